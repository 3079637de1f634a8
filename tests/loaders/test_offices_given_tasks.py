"""A förvaltning called an office and written small as the object of an uppdrag ("ge kommunledningskontoret i
uppdrag att …"): the task is the office's, not skipped as a task of no one known.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PROTOCOL = """ÅBY KOMMUN                                     SAMMANTRÄDESPROTOKOLL
Kommunstyrelsens arbetsutskott                 Sammanträdesdatum 2026-11-24

Beslutande:
Jenny Malmberg (S), ordförande
Tobias Fors (C)

§ 115 Remiss – regional utvecklingsstrategi
Arbetsutskottet beslutar
att ge kommunledningskontoret i uppdrag att ta fram ett remissvar till kommunstyrelsens sammanträde den 8 december 2026.
"""


def test_an_office_written_small_takes_the_task(tmp_path):
    f = load_text(tmp_path, "ksau.txt", PROTOCOL)
    assert [who for who, task in f["assignments"] if task.startswith("ta fram ett remissvar")] == [
        ("Kommunledningskontoret, Åby kommun",)]
