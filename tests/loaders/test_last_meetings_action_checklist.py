"""A point that goes through the last meeting's actions as a ticked check list ("Åtgärder från förra mötet",
"- [x] Boka lokal (Per Lind)"): each row is a task of the one named in its bracket, done or not."""
from pathlib import Path

from tests.loaders.test_read_formats import load_text

NOTES = """# Styrgrupp nära vård Åby

**Datum:** 2028-02-08

## Närvarande

- Eva Ek, chef, Åby kommun
- Per Lind, chef, Region Åby

## 2. Åtgärder från förra mötet

- [x] Skicka ut enkäten till kommunerna (Eva Ek)
- [ ] Boka lokal för workshopen (Per Lind)

## 3. Nästa möte

I april.
"""


def test_ticked_and_open_rows_of_last_meetings_actions_are_tasks(tmp_path: Path):
    tasks = load_text(tmp_path, "a.md", NOTES)["assignments"]
    assert (("Eva Ek",), "skicka ut enkäten till kommunerna") in tasks
    assert (("Per Lind",), "boka lokal för workshopen") in tasks
