"""Readings of Blekinge minutes by other secretaries: a body's short name on the header's second line, another
body's decision cited after a colon, seats taken told as what a side let know or whom a unit sends, a
recommendation told in the perfect, and initials of a hyphened surname.
"""
from __future__ import annotations

import pytest

from tests.loaders.test_read_formats import load_text

PSVO = """Region Blekinge                                   PROTOKOLL                          1 (2)
Politiskt samverkansorgan för vård och omsorg     Sammanträdesdatum
(PSVO)                                            2031-05-28

Beslutande           Magnus Fredén (S), ordförande, Region Blekinge
                     Camilla Brandt Ahl (M), vice ordförande, Karlskrona kommun

Övriga deltagande    Helena Wikström Berg, hälso- och sjukvårdsdirektör, Region Blekinge, ordf. LSVO
                     Elin Sjöberg Nyqvist, sekreterare

§ 14 Återrapport från LSVO

Helena Wikström Berg återrapporterade LSVO:s arbete. LSVO har godkänt den reviderade överenskommelsen om
samverkan och överlämnat den till PSVO.

§ 15 Reviderad överenskommelse

LSVO har den 14 mars 2031 rekommenderat PSVO att ställa sig bakom den reviderade överenskommelsen.

PSVO beslutar
att ställa sig bakom den reviderade överenskommelsen.
"""


@pytest.fixture(scope="module")
def psvo(tmp_path_factory):
    return load_text(tmp_path_factory.mktemp("psvo"), "psvo_2031-05-28.txt", PSVO)


def test_the_short_name_under_the_body_in_a_header_copied_from_a_pdf(psvo):
    """"Politiskt samverkansorgan för vård och omsorg   Sammanträdesdatum" over "(PSVO)   2031-05-28": the
    bracketed letters are the body's name's end, and the body is the one the region knows as PSVO."""
    assert psvo["body"] == "PSVO"
    assert ("Magnus Fredén", "PSVO", "member") in psvo["memberships"]


def test_another_bodys_recommendation_and_handing_on_told_in_the_perfect(psvo):
    assert ("LSVO", "PSVO", "recommends") in psvo["mandates"]
    assert ("LSVO", "PSVO", "refers") in psvo["mandates"]


def test_another_bodys_decision_cited_after_a_colon_gives_the_task_to_whom_it_names(tmp_path):
    f = load_text(tmp_path, "styrgrupp.txt", """Minnesanteckningar – Styrgrupp Välfärdsteknik och e-hälsa
Datum: 2031-04-08

Närvarande: Johanna Ekström Lind, ordförande, Region Blekinge; Emelie Roos, Sölvesborgs kommun

§ 3 Uppdrag från LSVO
Ordföranden redogjorde för LSVO:s beslut 2031-03-14: LSVO beslutar att Styrgrupp Välfärdsteknik och e-hälsa ges i \
uppdrag att ta fram en länsgemensam plan för digital nattillsyn.
""")
    assert [a for a in f["assignments"] if "nattillsyn" in a[1]][0][0] == ("Styrgrupp Välfärdsteknik och e-hälsa",)


def test_where_the_task_was_given_between_the_verb_and_whom(tmp_path):
    """"LSVO gav där samverkansgruppen i uppdrag att …": "där" is no part of whom."""
    f = load_text(tmp_path, "sg.txt", """Anteckningar från Samverkansgrupp Mitt i livet
Tid: onsdag 16 april 2031

Närvarande ledamöter
Anneli Strömberg, ordförande – Karlshamns kommun
Erik Wallén – Karlskrona kommun

3. Uppdrag från LSVO
Anneli redogjorde för LSVO:s möte. LSVO gav där samverkansgruppen i uppdrag att kartlägga hur SIP används för vuxna.
""")
    assert (("Samverkansgrupp mitt i livet",), "kartlägga hur SIP används för vuxna") in f["assignments"]
    assert ("LSVO", "Samverkansgrupp mitt i livet", "delegates") in f["mandates"]


def test_seats_taken_told_by_what_a_side_let_know_and_whom_a_unit_sends(tmp_path):
    f = load_text(tmp_path, "lokal.txt", """LOKAL SAMVERKANSGRUPP KARLSHAMN
Minnesanteckningar 2031-05-07

Deltog:
Malin Ekdahl, enhetschef, Karlshamns kommun (ordförande)
Lisa Bergdahl, distriktssköterska, Vårdcentralen Asarum, Region Blekinge
Tobias Eklund, samordnare, Karlshamns kommun

1. Förändringar i gruppen
Lisa Bergdahl slutar i juni. Vårdcentralen Asarum skickar Johan Sjölin i hennes ställe från augusti.
Tobias Eklund går på föräldraledighet. Karlshamns kommun har meddelat att Sandra Öberg, IFO vuxen, tar hans plats i \
gruppen från 1 juni.

2. Rapport uppåt
Malin rapporterar gruppens arbete till samverkansgruppen Mitt i livet vid deras möte 21 maj.
""")
    assert ("Johan Sjölin", "Lokal samverkansgrupp Karlshamn", "replace") in f["memberships"]
    assert ("Sandra Öberg", "Lokal samverkansgrupp Karlshamn", "replace") in f["memberships"]
    assert not any("Johan Sjölin" in a[1] for a in f["assignments"])
    assert ("Lokal samverkansgrupp Karlshamn", "Samverkansgrupp mitt i livet", "reports_to") in f["mandates"]


def test_initials_of_a_hyphened_surname_name_its_bearer_in_a_task_table(tmp_path):
    f = load_text(tmp_path, "ag.md", """# Arbetsgrupp samsjuklighet – minnesanteckningar

**Möte:** 2031-04-29, kl. 14.00–16.00, Teams
**Uppdragsgivare:** Samverkansgrupp Mitt i livet

**Med på mötet:**
- Anna Svedberg (AS), psykolog, Region Blekinge
- Mohammed Al-Sayed (MA), socialsekreterare, Karlskrona kommun

## 1. Kartläggningen
Gruppen gick igenom upplägget.

## Att göra

| Nr | Uppgift | Ansvar | Klart |
|----|---------|--------|-------|
| 1 | Ta fram enkätfrågor | AS | 2 maj |
| 2 | Ta ut statistik på antal SIP per kommun | MA | 12 maj |
""")
    assert (("Mohammed Al-Sayed",), "ta ut statistik på antal SIP per kommun") in f["assignments"]


LOKAL = """LOKAL SAMVERKANSGRUPP KARLSHAMN
Minnesanteckningar 2031-05-07 kl. 13.15–15.00

Deltog:
Malin Ekdahl, enhetschef hemsjukvård, Karlshamns kommun (ordförande, antecknar)
Gustav Rydén, socialsekreterare vuxen, Karlshamns kommun

1. Föregående anteckningar
Lades till handlingarna.

2. Uppdrag från samverkansgruppen Mitt i livet
Samverkansgruppen har gett lokala samverkansgrupperna i uppdrag att bidra till kartläggningen av SIP för vuxna.

3. Övrigt
Inget att rapportera.
"""


def test_the_local_groups_in_the_plural_without_their_article_are_the_group_that_met(tmp_path):
    """"… har gett lokala samverkansgrupperna i uppdrag …" in one lokal samverkansgrupp's notes: the
    samverkansgrupp the item names gives the task to this one."""
    f = load_text(tmp_path, "lokal.txt", LOKAL)
    assert ("Samverkansgrupp mitt i livet", "Lokal samverkansgrupp Karlshamn", "delegates") in f["mandates"]


def test_a_question_raised_whose_till_names_no_body_is_raised_with_the_body_that_met(tmp_path):
    f = load_text(tmp_path, "sg.txt", """Anteckningar från Samverkansgrupp Mitt i livet
Tid: onsdag 16 april 2031

Närvarande ledamöter
Anneli Strömberg, ordförande – Karlshamns kommun
Erik Wallén – Karlskrona kommun

1. Inledning
Dagordningen godkändes.

2. Rapport från lokala samverkansgrupper
Lokal samverkansgrupp Karlshamn har lyft frågan om väntetider till neuropsykiatrisk utredning för vuxna.
""")
    assert ("Lokal samverkansgrupp Karlshamn", "Samverkansgrupp mitt i livet", "refers") in f["mandates"]
