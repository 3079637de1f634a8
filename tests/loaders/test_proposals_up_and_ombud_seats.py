"""Readings of a räddningsnämnd's and a regional council's minutes: the decision heading that says the body decides to
propose ("Räddningsnämnden beslutar att föreslå kommunfullmäktige"), the att-clause under it being what is proposed;
a seat as the nämnd's "ombud" in a council, left and filled by decision; and a seat filled "efter" one whose given name
is a common one the name list lacked ("Birger"). Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

HEAD = """ÅBY KOMMUN
Räddningsnämnden
PROTOKOLL 2030-05-21

Beslutande
Eva Strand (S), ordförande
Anna Lund (M)
Åsa Berg (M)

"""

PROPOSED = HEAD + """§ 18 Handlingsprogram för skydd mot olyckor

Räddningsnämndens beslut
Räddningsnämnden beslutar att föreslå kommunfullmäktige
att anta handlingsprogram för skydd mot olyckor 2031–2034 enligt bilaga 1.
"""

OMBUD = HEAD + """§ 20 Entledigande och val av ombud

Räddningsnämndens beslut
Räddningsnämnden beslutar
att bevilja Anna Lund (M) entledigande från uppdraget som ombud i Krisberedskapsrådet i Åby,
att välja Åsa Berg (M) till räddningsnämndens ombud i Krisberedskapsrådet i Åby för tiden till och med 2030-12-31.
"""

SUCCESSOR = """Regionalt samverkansråd för kompetensförsörjning
Protokoll 2030-11-07
Huvudman: Region Ås

Närvarande
Eva Strand (S), Region Ås, ordförande
Per-Anders Wik (M), Ekeby kommun, ledamot

§ 31 Ny ledamot för Ekeby kommun

Kommunstyrelsen i Ekeby kommun har den 2 oktober 2030 utsett Per-Anders Wik (M) till ledamot i rådet efter
Birger Lundh (M), som har entledigats på egen begäran.

Rådets beslut
- att notera anmälan om ny ledamot.
"""


def test_the_clause_under_a_decision_to_propose_is_proposed_to_the_body_named(tmp_path):
    got = load_text(tmp_path, "rn.txt", PROPOSED)
    assert got["decisions"] == ["föreslå kommunfullmäktige att anta handlingsprogram för skydd mot olyckor 2031–2034 "
                                "enligt bilaga 1."], got["decisions"]
    assert ("Räddningsnämnden, Åby kommun", "Kommunfullmäktige, Åby kommun", "recommends") in got["mandates"]


def test_an_ombud_seat_is_left_and_filled(tmp_path):
    got = load_text(tmp_path, "rn.txt", OMBUD)
    assert ("Anna Lund", "Krisberedskapsrådet i Åby", "leave") in got["memberships"], got["memberships"]
    assert ("Åsa Berg", "Krisberedskapsrådet i Åby", "join") in got["memberships"], got["memberships"]


def test_a_seat_filled_after_birger_is_his_left(tmp_path):
    got = load_text(tmp_path, "rad.txt", SUCCESSOR)
    assert any(p == "Birger Lundh" and c == "leave" for p, _, c in got["memberships"]), got["memberships"]


def test_a_named_raddningstjanst_is_no_person(tmp_path):
    got = load_text(tmp_path, "rn.txt", HEAD + """§ 19 Avtal om gemensam räddningschef i beredskap

Räddningstjänsten i Åby och Räddningstjänsten Vargåsen har utrett en gemensam ledningsfunktion.

Räddningsnämndens beslut
Räddningsnämnden beslutar
att ge räddningschefen i uppdrag att slutförhandla avtalet.
""")
    assert "Räddningstjänsten Vargåsen" not in got["persons"], got["persons"]


def test_a_beredningsgrupp_named_by_its_owner_works_for_the_council(tmp_path):
    got = load_text(tmp_path, "rad.txt", SUCCESSOR + """
§ 33 Utbildningsplatser

Kompetensplattformens beredningsgrupp arbetar på rådets uppdrag och rapporterar till rådet.

Rådets beslut
- att lägga informationen till handlingarna.
""")
    council = "Regionalt samverkansråd för kompetensförsörjning"
    assert (council, "Kompetensplattformens beredningsgrupp", "delegates") in got["mandates"], got["mandates"]
    assert ("Kompetensplattformens beredningsgrupp", council, "reports_to") in got["mandates"], got["mandates"]
