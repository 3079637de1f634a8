"""A regional ledningsgrupp's kansli notes: a "Beslut:" paragraph that gives a styrgrupp an uppdrag and, in the next
sentence, has the styrgrupp ("Styrgruppen återrapporterar till X den …") report back. The second sentence is the same
decided point, not a decision or a task of its own.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Region Åby · Enheten för länssamverkan
MINNESANTECKNINGAR
Regional ledningsgrupp för vård och omsorg (RLG)

Mötesdatum:  fredag 5 mars 2027, kl. 09.00–12.00
Plats:       Regionhuset, Åby

DELTAGARE PER HUVUDMAN

Region Åby
  Karl Berg, regiondirektör (ordförande)
Norrby kommun
  Lena Ek, socialchef
Ekby kommun
  Omar Said, socialchef

Punkt 1. Gemensam rutin för hemgång
Lena Ek redogjorde för läget i kommunerna.

Beslut: Styrgrupp hemgång Åby får i uppdrag att ta fram en plan för införandet i samtliga kommuner. Styrgruppen återrapporterar till RLG den 10 september 2027.

Punkt 2. Övrigt
Inga övriga frågor.
"""


def test_the_tasked_styrgrupps_report_back_belongs_to_its_uppdrag(tmp_path):
    f = load_text(tmp_path, "rlg.txt", NOTES)
    decisions = [d for d in f["decisions"] if "Styrgrupp" in d or "styrgrupp" in d]
    assert len(decisions) == 1, f["decisions"]
    assert "återrapporterar till RLG den 10 september 2027" in decisions[0]
    tasks = [task for who, task in f["assignments"] if who == ("Styrgrupp hemgång Åby",)]
    assert len(tasks) == 1 and tasks[0].startswith("ta fram en plan för införandet"), f["assignments"]


def test_the_report_back_is_no_part_of_the_task(tmp_path):
    f = load_text(tmp_path, "rlg.txt", NOTES)
    tasks = [task for who, task in f["assignments"] if who == ("Styrgrupp hemgång Åby",)]
    assert tasks and "återrapporterar" not in tasks[0], tasks
