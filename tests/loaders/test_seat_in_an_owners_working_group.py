"""A member appointed to represent the body in another body's working group, the owner in the genitive before it
("X utses att företräda gruppen i styrgruppens arbetsgrupp för unga med skadligt bruk"): a seat in that working
group, named whole."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

NOTES = """Samverkansgrupp barn och unga Åby
Anteckningar 2025-10-23

Närvarande: Sara Lind, Åby kommun; Per Ek, Region Norrby

1. Inledning
Dagordningen godkändes.

2. Unga med skadligt bruk
Styrgruppen har gett en arbetsgrupp i uppdrag att utreda en gemensam mottagning.
Beslut: Sara Lind utses att företräda gruppen i styrgruppens arbetsgrupp för unga med skadligt bruk.

3. Nästa möte
12 mars.
"""


def test_a_seat_in_an_owners_working_group_named_whole(tmp_path: Path) -> None:
    f = load_text(tmp_path, "sg_2025-10-23.txt", NOTES)
    assert ("Sara Lind", "Arbetsgrupp för unga med skadligt bruk", "join") in f["memberships"], f["memberships"]
