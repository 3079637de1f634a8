"""Minutes that tell a stand-in for a member on leave, and a delegation as a list under its heading.

Each test loads a small minutes text alone and asserts what a user asks of it."""
from __future__ import annotations

from tests.loaders.test_read_formats import facts

HEAD = ("Ledningsgruppen för vård och omsorg i Ekvik\nProtokoll 2028-03-10\n\n"
        "Ordförande: Anna Lund, Region Ekvik\nLedamöter: Per Berg (Västby kommun), Lisa Holm (Norrvik kommun)\n"
        "Ersättare: Jonas Falk (Norrvik kommun)\nFrånvarande: Eva Strand (Norrvik kommun)\n\n")


def _load(text: str, tmp_path):
    p = tmp_path / "lg_ekvik_2028-03-10.txt"
    p.write_text(text, encoding="utf-8")
    return facts(p, tmp_path)


def test_a_stand_in_during_parental_leave_takes_the_seat_and_she_keeps_hers(tmp_path):
    f = _load(HEAD + "§ 1 Mötets öppnande\nAnna Lund hälsade välkommen. Under Eva Strands föräldraledighet t.o.m. "
              "juni ersätts hon av Jonas Falk, enhetschef i Norrvik kommun.\n\n§ 2 Nästa möte\n12 maj.\n", tmp_path)
    ms = f["memberships"]
    assert ("Jonas Falk", "Ledningsgrupp för vård och omsorg i Ekvik", "replace") in ms, ms
    assert not any(p == "Eva Strand" and c == "leave" for p, _, c in ms), ms


def test_a_delegation_list_under_its_heading_gives_each_matter_to_the_body(tmp_path):
    f = _load(HEAD + "§ 1 Delegation till Styrgrupp Nära vård Ekvik\nFör att korta beslutsvägarna föreslås följande.\n\n"
              "Delegeras till styrgruppen:\n- att fördela stimulansmedlen inom ramen för beslutad budget\n"
              "- att fastställa indikatorer för de mobila teamen\n\n"
              "BESLUT: Delegationen enligt ovan beslutas.\n\n§ 2 Nästa möte\n12 maj.\n", tmp_path)
    tasks = {t for who, t in f["assignments"] if who == ("Styrgrupp Nära vård Ekvik",)}
    assert any(t.startswith("fördela stimulansmedlen") for t in tasks), f["assignments"]
    assert any(t.startswith("fastställa indikatorer") for t in tasks), f["assignments"]
    assert ("Ledningsgrupp för vård och omsorg i Ekvik", "Styrgrupp Nära vård Ekvik", "delegates") in f["mandates"], \
        f["mandates"]


def test_a_delegation_to_the_chair_for_a_period_lists_lettered_matters_on_one_line(tmp_path):
    f = _load(HEAD + "§ 1 Delegation under sommaren\nDelegeras till ordföranden under perioden 15 juni–15 augusti 2028: "
              "a) beslut om köp av plats i brådskande ärenden b) beslut om yttrande till IVO\n\n"
              "BESLUT: Delegationen godkänns.\n", tmp_path)
    tasks = {t for who, t in f["assignments"] if who == ("Anna Lund",)}
    assert any(t.startswith("besluta om köp av plats") for t in tasks), f["assignments"]
    assert any(t.startswith("besluta om yttrande till IVO") for t in tasks), f["assignments"]
