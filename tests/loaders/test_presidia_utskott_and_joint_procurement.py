"""Habits of the secretaries of a kommunfullmäktiges presidium, a kommunstyrelse's utskott for two fields, a
regional utvecklingsnämnd and a gemensam nämnd for upphandling: "Presidiet föreslår kommunfullmäktige besluta
att …" as the presidium's own decision, "KS miljö- och klimatutskott" as the board's utskott, "Utskottet
föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta att …", a compound title after an adjective of
reach before the person tasked ("regional utvecklingsdirektör X"), and the kommun a member of a joint nämnd
sits for after the party ("Eva Ek (C), Östra Hamre"); each read on a small minutes of its own.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PRESIDIUM = """BJÖRKBY KOMMUN                              PROTOKOLL
Kommunfullmäktiges presidium                Sammanträdesdatum 2026-11-16

Närvarande          Eva Lindqvist (S), ordförande
                    Per Nyholm (M), 1:e vice ordförande
                    Kim Sandberg (SD), 2:e vice ordförande
Övriga              Lisa Ahl, kanslichef

§ 1  Sammanträdesplan 2027

Beslut
Presidiet föreslår kommunfullmäktige besluta att fastställa sammanträdesplan för 2027 enligt bilaga.

§ 2  Medborgardialog

Beslut
Presidiet ger Demokratiberedningen Björkby i uppdrag att genomföra dialogmöten och redovisa resultatet till
presidiet senast den 26 februari 2027.
"""


def test_the_presidium_proposing_to_fullmaktige_decides(tmp_path):
    f = load_text(tmp_path, "kfp.txt", PRESIDIUM)
    assert f["body"] == "Kommunfullmäktiges presidium, Björkby kommun"
    assert any(d.startswith("föreslår kommunfullmäktige besluta att fastställa") for d in f["decisions"])
    delegated = [(a, b) for a, b, kind in f["mandates"] if kind == "delegates"]
    assert ("Kommunfullmäktiges presidium, Björkby kommun", "Demokratiberedningen Björkby") in delegated


UTSKOTT = """Ämne: Protokollsutdrag KS miljö- och klimatutskott 2026-12-01 § 41

SVARTBY KOMMUN
KS miljö- och klimatutskott
PROTOKOLLSUTDRAG
Sammanträdesdatum: 2026-12-01

Beslutande:  Eva Lindqvist (MP), ordförande
             Per Nyholm (M)

§ 41   Klimatfärdplan 2030

Utskottets beslut
1. Delrapporten godkänns.
2. Utskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta att höja målet för förnybar energi
   till 80 procent år 2030.
"""


def test_the_boards_utskott_for_two_fields_and_its_proposal_through_the_board(tmp_path):
    f = load_text(tmp_path, "ksu.txt", UTSKOTT)
    assert f["body"].startswith("Kommunstyrelsens miljö- och klimatutskott")
    assert any("föreslå kommunfullmäktige besluta att höja målet" in d for d in f["decisions"])


NAMND = """REGION SJÖBY
PROTOKOLL  Regionala utvecklingsnämnden
Datum: 2026-11-26

Närvarande ledamöter
Eva Lindqvist (S), ordförande
Per Nyholm (M)
Övriga deltagande
Tobias Lagerqvist, regional utvecklingsdirektör

§ 92 Kompetensförsörjning
Beslut
Regionala utvecklingsnämnden beslutar
att ge regional utvecklingsdirektör Tobias Lagerqvist i uppdrag att senast den 15 februari 2027 återkomma till
nämnden med en handlingsplan för kompetensförsörjning.
"""


def test_a_compound_title_after_an_adjective_of_reach_names_who_is_tasked(tmp_path):
    f = load_text(tmp_path, "run.txt", NAMND)
    assert any(who == ("Tobias Lagerqvist",) and t.startswith("återkomma till nämnden") for who, t in f["assignments"])


JOINT = """KVARNBY KOMMUN                            SAMMANTRÄDESPROTOKOLL
Gemensamma upphandlingsnämnden            Sammanträdesdatum 2026-02-10

Beslutande          Eva Lindqvist (S), ordförande, Kvarnby
                    Per Nyholm (M), vice ordförande
                    Kim Sandberg (C), Östra Hamre
Övriga närvarande   Lisa Ahl, upphandlingschef
                    Johan Nyström Berg, upphandlare

§ 1  Remiss

Upphandlare Johan Nyström Berg redogör för förslaget.

Beslut
Nämnden antar yttrandet.
"""


def test_the_kommun_a_member_sits_for_is_no_person(tmp_path):
    f = load_text(tmp_path, "upn.txt", JOINT)
    names = [n for n, _, _ in f["attendance"]]
    assert "Östra Hamre" not in names and "Kim Sandberg" in names


REGLEMENTE = JOINT.replace("Nämnden antar yttrandet.", "Upphandlingsnämnden föreslår kommunfullmäktige i Kvarnby, "
                           "Ljusby och Östra Hamre besluta att anta reviderat reglemente.")


def test_a_proposal_to_the_fullmaktige_of_each_kommun_a_place_of_two_words_among_them(tmp_path):
    f = load_text(tmp_path, "upn.txt", REGLEMENTE)
    recommended = {b for _, b, kind in f["mandates"] if kind == "recommends"}
    assert any("Östra Hamre" in b for b in recommended) and any("Ljusby" in b for b in recommended)
