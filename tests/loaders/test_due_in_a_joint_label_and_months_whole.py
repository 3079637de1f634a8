"""When a task is due: one label for the doer and the day ("Ansvarig/klart: Moa Lindahl, 15/12", as a notes
template's last column reads); and a month only as a whole word ("skicka siffrorna till Maja" is due at no May).
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

NOTES = """Minnesanteckningar Projektgrupp X Åby
Datum: 2026-12-01
Närvarande: Moa Lindahl, Per Lind, Eva Berg

1. Pilot
{body}

2. Nästa möte
2027-01-19
"""


def _dues(tmp_path, body: str) -> dict[str, str | None]:
    data = load_texts(tmp_path, {"pg.txt": NOTES.format(body=body)})
    return {a["task"]: a.get("due_date") for a in data["assignments"]}


def test_a_day_after_the_doer_under_a_joint_label_is_the_due_day(tmp_path):
    dues = _dues(tmp_path, "Moa tar fram ett utkast till dokumentationsrutin.\nAnsvarig/klart: Moa Lindahl, 15/12")
    assert dues == {"ta fram ett utkast till dokumentationsrutin": "2026-12-15"}


def test_a_name_that_begins_with_a_month_is_no_due_month(tmp_path):
    dues = _dues(tmp_path, "Per skickar Stadsmissionens siffror till Maja.")
    assert dues == {"skicka Stadsmissionens siffror till Maja": None}
