"""Habits of secretaries who write "Beslut enligt förslag." under a bare "Förslag:", welcome a newcomer "som
ersätter" someone, pair the doer and the time as "Ansvarig/Tidplan: X / Y", set the roster as a table with a
column per huvudman (a seat marked "*förhinder*"), name a point for the seat it fills ("Sammankallande"), file
the minutes with "Godkändes och lades till handlingarna."; each read on a small minutes of its own, loaded alone
into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


PROPOSAL_ADOPTED = """Regional ledningsgrupp för vård och omsorg i Norrby
Minnesanteckningar 2027-06-17

Deltagare: Eva Lindqvist, Region Norrby (ordf.); Per Nyholm, Åby kommun

1. Överenskommelse om hemsjukvård
Per Nyholm redogjorde för behovet av att se över överenskommelsen.
Förslag: att uppdra åt Styrgrupp Nära vård Norrby att ta fram ett förslag till reviderad överenskommelse till mötet i december.
Beslut enligt förslag.

2. Övrigt
Inga övriga frågor.
"""


def test_beslut_enligt_forslag_adopts_the_bare_proposal(tmp_path):
    """"Förslag: att …" / "Beslut enligt förslag.": the decision is the proposal's clause."""
    f = load_text(tmp_path, "rlg.txt", PROPOSAL_ADOPTED)
    assert any(d.startswith("uppdra åt Styrgrupp Nära vård Norrby att ta fram") for d in f["decisions"])
    assert ("Regional ledningsgrupp för vård och omsorg i Norrby", "Styrgrupp Nära vård Norrby", "delegates") in f["mandates"]


WELCOMED = """Samverkansgrupp Barn och unga i Norrby
Minnesanteckningar 2027-06-10

Närvarande: Eva Lindqvist, Region Norrby (ordf.); Hanna Björk, Åby kommun; Per Nyholm, Ekå kommun

1. Välkomna
Välkommen till nya medlemmen Hanna Björk, som ersätter Sven Kjellberg för Åby kommun.

2. Ingång
Gruppen ställer sig bakom förslaget om en gemensam ingång.
- Ansvarig/Tidplan: Per Nyholm / genomförandeplan till oktobermötet
"""


def test_welcomed_newcomer_replaces_and_responsible_pair(tmp_path):
    """"Välkommen till nya medlemmen A, som ersätter B för X kommun": A takes B's seat, B leaves; an
    "Ansvarig/Tidplan: X / Y" line gives X a task."""
    f = load_text(tmp_path, "sbu.txt", WELCOMED)
    assert ("Hanna Björk", "Samverkansgrupp Barn och unga i Norrby", "replace") in f["memberships"]
    assert ("Sven Kjellberg", "Samverkansgrupp Barn och unga i Norrby", "leave") in f["memberships"]
    assert any(who == ("Per Nyholm",) for who, _ in f["assignments"])


HUVUDMAN_COLUMNS = """# Samverkansgrupp Barn och unga i Norrby – minnesanteckningar

Datum: 2027-06-10

## Närvaro

| Region Norrby | Åby | Ekå | Tallvik |
|---|---|---|---|
| Maja Eklund, verksamhetschef BUP | Patrik Sjögren, socialchef | *förhinder* | Hanna Björk, IFO-chef |

Anmält förhinder: Ida Persson, Ekå kommun.

## 1. Föregående anteckningar

Godkändes och lades till handlingarna.
"""


def test_seat_marked_away_in_a_huvudman_column_is_no_detail_of_its_neighbour(tmp_path):
    """A roster with a column per huvudman: "*förhinder*" in a column marks that seat, not the person beside it;
    "Godkändes och lades till handlingarna." approves and files the point's title."""
    f = load_text(tmp_path, "sbu.md", HUVUDMAN_COLUMNS)
    status = {n: s for n, s, _ in f["attendance"]}
    assert status["Patrik Sjögren"] == "present" and status["Ida Persson"] == "absent"
    assert "godkänna föregående anteckningar och lägga dem till handlingarna" in f["decisions"]


CONVENER = """Lokal närvårdsgrupp Åby – minnesanteckningar 2027-06-22

Närvarande (på plats): Tobias Strand – verksamhetschef, Åby vårdcentral; Elin Dahl – enhetschef, Åby kommun
Närvarande (digitalt): Camilla Berg – MAS, Åby kommun

1. Föregående anteckningar
Lades till handlingarna.

2. Sammankallande
Tobias Strand utses till ny sammankallande efter Camilla Berg, som har haft uppdraget i två år.
"""


def test_point_named_for_the_seat_is_the_body_that_met(tmp_path):
    """"2. Sammankallande" / "X utses till ny sammankallande efter Y": the seat in the body that met, no group
    called "Sammankallande", and the duty given to X."""
    f = load_text(tmp_path, "nvg.txt", CONVENER)
    assert not any(g == "Sammankallande" or g.casefold() == "sammankallande" for _, g, _ in f["memberships"])
    assert any(who == ("Tobias Strand",) and "sammankallande" in task for who, task in f["assignments"])
