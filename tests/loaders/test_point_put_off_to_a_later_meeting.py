"""A point of the agenda the meeting puts off, told in the passive in running text ("Punkten flyttas till januari
eftersom X inte var på plats"): a decision of the meeting, without the reason why; a move of premises ("Verksamheten
flyttas till nya lokaler i mars") is none."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

NOTES = """Anteckningar samverkansgrupp unga lagöverträdare, Åby kommun
Datum: 3 mars 2027

Närvarande:
Tilda Ek, enhetschef, Åby kommun

1. Lägesbild
Punkten flyttas till april eftersom polisen inte var på plats. Tilda Ek påminner polisen.

2. Fältgruppen
Verksamheten flyttas till nya lokaler i maj.
"""


def test_the_point_put_off_is_decided_and_a_move_is_not():
    parsed = parse_minutes(NOTES, "ulo_aby_2027-03-03.txt")
    by_item = {}
    for d in parsed.decisions:
        by_item.setdefault(d.item, []).append(d.text.rstrip(" ."))
    assert by_item.get("1") == ["flytta punkten till april"], by_item
    assert "2" not in by_item, by_item
