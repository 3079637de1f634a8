"""Narrative notes that tell a decision in the clause after what the group talked of ("Vi pratade om vem som ska
hålla i gruppen framöver, och gruppen beslutade att Kim blir sammankallande från och med juni") and a seat taken
over with a word of time between the verb and its particle ("Ronja Ek tar då över hennes plats som …")."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Lokal samverkansgrupp barn, Åby
Minnesanteckningar från träffen den 9 mars 2027

Närvarande var Tove Lindgren (Åby kommun), Sam Eklund (Region Ådalen) och Gun Hedberg (Åby kommun).

1. Gruppen
Vi pratade om vem som ska hålla i gruppen framöver, och gruppen beslutade att Sam blir sammankallande från och med
april. Gun berättade att hon går över till en annan tjänst i maj och lämnar gruppen. Ronja Ek tar då över hennes
plats som elevhälsans representant.
"""


def test_a_decision_in_the_clause_after_what_was_talked_of_is_read(tmp_path):
    f = load_text(tmp_path, "lsg_aby_2027-03-09.txt", NOTES)
    assert any(d.startswith("Sam blir sammankallande") for d in f["decisions"]), f["decisions"]
    assert any(a == ("Sam Eklund",) and "sammankallande" in t for a, t in f["assignments"]), f["assignments"]


def test_a_seat_taken_over_then_is_a_replacement(tmp_path):
    f = load_text(tmp_path, "lsg_aby_2027-03-09.txt", NOTES)
    assert ("Ronja Ek", "Lokal samverkansgrupp barn, Åby", "replace") in f["memberships"], f["memberships"]
