"""Decided points the notes mark as decided after them ("Eva Ek blir vice ordförande från och med i dag – vi
beslutade det enhälligt", "…, vilket beslutades"), and a paper read and filed by a pronoun in the first person ("Vi
gick igenom anteckningarna … och lade dem till handlingarna")."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """\
Samverkansgrupp vuxna Tallmo
Minnesanteckningar 2026-11-04, kl. 13.00–15.00, Teams

Närvarande:
Klara Bengtsdotter, Region Norrby (ordförande)
Oskar Lind, Åby kommun
Malin Sjögren, Ekå kommun

1. Anteckningar
Vi gick igenom anteckningarna från 3 oktober och lade dem till handlingarna.

2. Förändringar i gruppen
Oskar Lind blir vice ordförande från och med i dag – vi beslutade det enhälligt.

3. Mötestider
Mötena flyttas till tisdagar, vilket beslutades.
"""


def test_points_marked_decided_and_papers_filed(tmp_path):
    got = load_text(tmp_path, "sg_vuxna_tallmo_2026-11-04.txt", NOTES)
    decided = got["decisions"]
    assert "lägga anteckningarna från 3 oktober till handlingarna" in decided
    assert "Oskar Lind blir vice ordförande från och med i dag" in decided
    assert "Mötena flyttas till tisdagar" in decided
    assert (("Oskar Lind",), "vara vice ordförande i Samverkansgrupp vuxna Tallmo") in got["assignments"]

