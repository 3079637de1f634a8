"""A seat with no body named, under an item whose title names none ("Ärende 2 Ny sammankallande"), is never in a body
called "Ny sammankallande"; and one another body "väntas utse" someone to is no one's yet. Under a title that names a
body ("Beredningsgrupp för samverkansavtalet") the seat is in that body."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

MINUTES = """Styrgrupp Barnahus Norrby
Minnesanteckningar 2028-03-14

Närvarande: Sven Ek, Åby kommun (sammankallande); Elin Sand, Ekby kommun; Per Lind, Region Norrby

Ärende 1  Dagordning
Dagordningen fastställdes.

Ärende 2  Ny sammankallande
Sven Ek informerade om att Region Norrby på sitt möte den 17 mars väntas utse Eva Dal, socialchef i Tuna kommun, till ny
sammankallande.

Ärende 3  Beredningsgrupp för samverkansavtalet
Styrgruppen inrättar en beredningsgrupp för samverkansavtalet. Till beredningsgruppen utses Per Lind och Sven Ek.
"""


def test_a_seat_yet_to_be_filled_under_a_title_naming_no_body_makes_no_body_of_the_title(tmp_path: Path) -> None:
    f = load_text(tmp_path, "sg_barnahus_2028-03-14.txt", MINUTES)
    groups = {g for _p, g, _c in f["memberships"]}
    assert not any("sammankallande" in g.casefold() for g in groups), groups
    # a seat another body is expected to fill is no one's yet
    assert not any(p == "Eva Dal" for p, _g, _c in f["memberships"] if _c != "employment"), f["memberships"]


def test_a_seat_under_a_title_naming_a_body_is_in_that_body(tmp_path: Path) -> None:
    f = load_text(tmp_path, "sg_barnahus_2028-03-14.txt", MINUTES)
    assert {p for p, g, c in f["memberships"] if g.startswith("Beredningsgrupp") and c == "join"} == {"Per Lind", "Sven Ek"}, f["memberships"]
