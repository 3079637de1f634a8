"""A seat in another body appointed with the side it is for before it ("utser Eva Ek till kommunal representant
i G", "till regional representant"): the appointment is a task and a seat in that body, as a plain
"till representant i G" is."""
from pathlib import Path

from tests.loaders.test_read_formats import load_text

NOTES = """# Styrgrupp nära vård Åby

**Datum:** 2028-02-08

## Närvarande

- Eva Ek, chef, Åby kommun
- Per Lind, chef, Region Åby

## 4. Nationellt nätverk

**Beslut:**
- Styrgruppen utser Eva Ek till kommunal representant i det nationella nätverket.
- Styrgruppen utser Per Lind till regional representant i det nationella nätverket.
"""


def test_side_named_before_the_seat_still_appoints(tmp_path: Path):
    facts = load_text(tmp_path, "a.md", NOTES)
    assert (("Eva Ek",), "vara representant i det nationella nätverket") in facts["assignments"]
    assert (("Per Lind",), "vara representant i det nationella nätverket") in facts["assignments"]
    assert ("Eva Ek", "Nationella nätverket", "join") in facts["memberships"]
