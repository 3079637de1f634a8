"""A kansli's notes that tell the choice of justerare in the running text and again in the item's "Beslut:"
paragraph: one appointment, one task.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar
Regional ledningsgrupp för vård och omsorg (RLG)

Datum: 2027-03-05
Plats: Regionhuset, Åby

Närvarande
Karl Berg, regiondirektör, Region Åby (ordförande)
Lena Ek, socialchef, Norrby kommun
Omar Said, socialchef, Ekby kommun

Punkt 1. Inledning
Ordföranden hälsade välkommen. Lena Ek utsågs att justera minnesanteckningarna.

Beslut: RLG fastställer dagordningen och utser Lena Ek till justerare.

Punkt 2. Övrigt
Omar Said utses till justerare för nästa möte.
"""


def test_the_justerare_told_twice_in_an_item_is_one_task(tmp_path):
    f = load_text(tmp_path, "rlg.txt", NOTES)
    tasks = [task for who, task in f["assignments"] if who == ("Lena Ek",)]
    assert len(tasks) == 1 and "justera" in tasks[0], f["assignments"]
    assert [task for who, task in f["assignments"] if who == ("Omar Said",)], f["assignments"]
