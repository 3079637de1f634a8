"""A to-do list whose label says it is for the next meeting ("Att göra till nästa gång:"), the minutes giving
that meeting's day: each row is due that day, whether or not the running text read the row's task already.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

NOTES = """Arbetsgruppen för hemlöshet i Åby
Minnesanteckningar 30 november 2026

Närvarande: Maja Lindberg, Oskar Nilsson, Linnéa Aho

1. Bostad först
Gruppen diskuterade modellen.

Att göra till nästa gång:
• Maja: skriva förslaget om Bostad först till socialchefsgruppen
• Linnéa: ta reda på hur psykiatrin kan medverka i piloten

Nästa träff: 25 januari 2027
"""


def test_each_row_of_a_list_for_the_next_meeting_is_due_that_day(tmp_path):
    data = load_texts(tmp_path, {"ag.txt": NOTES})
    dues = {a["task"]: a.get("due_date") for a in data["assignments"]}
    assert dues == {"skriva förslaget om Bostad först till socialchefsgruppen": "2027-01-25",
                    "ta reda på hur psykiatrin kan medverka i piloten": "2027-01-25"}


def test_a_list_for_no_meeting_in_particular_gives_no_day(tmp_path):
    data = load_texts(tmp_path, {"ag.txt": NOTES.replace("Att göra till nästa gång:", "Att göra:")})
    assert {a.get("due_date") for a in data["assignments"]} == {None}
