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
