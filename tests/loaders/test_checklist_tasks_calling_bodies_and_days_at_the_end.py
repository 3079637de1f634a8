"""A wiki page's checklist of tasks ("*   [ ] @Name does X"): calling a working group named by its work to its
first meeting ("kallar arbetsgruppen för placeringsuppföljning till första möte före jul") is a task, and a day in
figures ending a task's line ("skickar mall … till alla kommuner 2026-11-27") is when it is due."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

NOTES = """\
# Nätverket för socialchefer – minnesanteckningar 2026-11-13

Närvarande: Johan Ekwall, Tobias Rehn, Ingrid Haraldsson

## 1. Placeringar
Nätverket diskuterade uppföljningen av placeringar.

## Åtgärdspunkter

*   [ ] @Johan Ekwall kallar arbetsgruppen för placeringsuppföljning till första möte före jul
*   [ ] @Tobias Rehn skickar mall för uppföljningsmodellen till alla kommuner 2026-11-27
*   [ ] @Ingrid Haraldsson går igenom protokollet från 2026-10-02
"""


def _tasks(tmp_path) -> dict[str, str | None]:
    data = load_texts(tmp_path, {"natverk_socialchefer_2026-11-13.md": NOTES})
    return {a["task"]: a.get("due_date") for a in data["assignments"]}


def test_calling_a_group_named_by_its_work_to_its_first_meeting(tmp_path):
    tasks = _tasks(tmp_path)
    calling = [t for t in tasks if t.startswith("kalla arbetsgruppen för placeringsuppföljning")]
    assert calling and tasks[calling[0]] == "2026-12-24", tasks


def test_a_day_ending_the_line_is_the_due_day_and_a_past_day_is_none(tmp_path):
    tasks = _tasks(tmp_path)
    sending = [t for t in tasks if t.startswith("skicka mall")]
    assert sending and tasks[sending[0]] == "2026-11-27", tasks
    assert all(due != "2026-10-02" for due in tasks.values())
