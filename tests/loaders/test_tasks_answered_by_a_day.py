"""A task to answer something by a day, in a summary list of tasks: "Varje kommun besvarar kartläggningen till
Bo Ahlin senast den 22 augusti." (not "Per besvarar frågor från gruppen", answered at the meeting)."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar
Samverkansgrupp beroende i Norr
2031-05-12

Närvarande: Eva Ekström (Åby kommun), Stina Holm (Norrby kommun), Bo Ahlin (Region Norr)

1. Kartläggning
Gruppen enades om att kartlägga samordningen. Bo Ahlin besvarar frågor från gruppen.

Sammanfattning av uppdrag
1. Varje kommun besvarar kartläggningen till Bo Ahlin senast den 22 augusti.
"""


def test_each_kommun_answers_by_a_day(tmp_path):
    f = load_text(tmp_path, "sg.txt", NOTES)
    tasks = [(who, task) for who, task in f["assignments"] if "kartläggningen" in task]
    assert tasks and any("Åby kommun" in who or "kommunerna" in " ".join(who) for who, _ in tasks)
    assert not any("frågor från gruppen" in task for _, task in f["assignments"])
