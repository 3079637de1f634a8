"""A body told by its level and its topic in the definite ("Den taktiska samverkansgruppen barn och unga har gett
gruppen i uppdrag …") is a body of its own, the one above, and the task it gave is its mandate down; and
"Representanterna ska återrapportera …" after the item chose them is their task, not the whole body's."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar
Samverkansgrupp barn och unga, Åby
Datum: 2027-04-14

Närvarande:
Anna Berg, Åby kommun, ordförande
Karl Lind, Norrby kommun
Eva Holm, Regionen

1. Val av representanter till länsnätverket
Gruppen utser Anna Berg och Karl Lind till representanter i länsnätverket för barnhälsa. Representanterna ska återrapportera till gruppen efter varje möte.

2. Uppdrag från den taktiska samverkansgruppen barn och unga
Den taktiska samverkansgruppen barn och unga har gett gruppen i uppdrag att kartlägga väntetiderna.
"""


def test_a_body_by_its_level_in_the_definite_gives_the_mandate(tmp_path):
    found = load_text(tmp_path, "sg_barn_2027-04-14.txt", NOTES)
    # (named as written, its level and topic both kept: the body above, not the one that met)
    assert [m for m in found["mandates"] if m[0].casefold().startswith("taktisk") and m[0].endswith("barn och unga")
            and m[1:] == ("Samverkansgrupp barn och unga, Åby", "delegates")]


def test_the_representatives_just_chosen_report_back(tmp_path):
    found = load_text(tmp_path, "sg_barn_2027-04-14.txt", NOTES)
    assert (("Anna Berg", "Karl Lind"), "återrapportera till gruppen efter varje möte") in found["assignments"]
    assert not [a for a in found["assignments"] if a[1].startswith("återrapportera") and a[0] != ("Anna Berg", "Karl Lind")]
