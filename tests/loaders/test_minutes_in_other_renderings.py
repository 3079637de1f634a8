"""Habits of minutes rendered in other ways than typed text: a Word letterhead's "Anteckningar från
styrgruppsmöte" over the body's name on a bold line of its own; … Each read on a small minutes of its own,
loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


STYRGRUPPSMOTE = """Anteckningar från styrgruppsmöte
Styrgrupp för hälsofrämjande vård i Åby län
Tid: torsdag 22 april 2027 kl. 13.15–15.30
Plats: Teams

Deltagare
Anna Berg, ordförande, socialchef, Åby kommun
Olle Nord, verksamhetschef, Region Åby
Lisa Strand, MAS, Ekby kommun

1. Inledning
Dagordningen fastställdes.
2. Nästa möte
Nästa möte är den 3 juni 2027.
"""


def test_a_meeting_named_by_its_kind_alone_leaves_the_body_to_the_line_below(tmp_path: Path) -> None:
    f = load_text(tmp_path, "styrgrupp.txt", STYRGRUPPSMOTE)
    assert f["body"] == "Styrgrupp för hälsofrämjande vård i Åby län"
    assert ("Olle Nord", "Styrgrupp för hälsofrämjande vård i Åby län", "member") in f["memberships"]
