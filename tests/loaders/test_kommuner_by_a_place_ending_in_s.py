"""A kommun whose place ends in s takes no genitive s ("Norrfors kommun"); written by its place alone as a doer
("Norrfors utser ny representant"), it is that kommun, as "Åby" is "Åby kommun".
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar Projektgrupp digitala hembesök
Datum: 2026-12-01
Närvarande: Eva Berg (Region Åsen), Per Lind (Norrfors kommun), Karin Holm (Åby kommun)

1. Övrigt
Per slutar som enhetschef i mars. {place} utser ny representant till projektgruppen.
"""


def test_a_place_ending_in_s_is_its_kommun(tmp_path):
    f = load_text(tmp_path, "pg.txt", NOTES.format(place="Norrfors"))
    assert (("Norrfors kommun",), "utse ny representant till projektgruppen") in f["assignments"]


def test_a_place_taking_the_genitive_s_is_its_kommun_still(tmp_path):
    f = load_text(tmp_path, "pg.txt", NOTES.format(place="Åby"))
    assert (("Åby kommun",), "utse ny representant till projektgruppen") in f["assignments"]
