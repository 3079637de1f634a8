"""A working group's standing list under a label with an aside ("Gruppens sammansättning (enligt uppdraget från
X):"), then who came this time by first name ("Närvarande idag: Maja, Oskar"): the people in full from the list,
present or away as the day's lines say.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Arbetsgruppen för hemlöshet i Åby
Minnesanteckningar 30 november 2026

Gruppens sammansättning (enligt uppdraget från socialchefsgruppen):
Maja Lindberg, socialsekreterare, Åby kommun – sammankallande
Oskar Nilsson, boendestödjare, Åby kommun
Ingrid Wall, Bostadsbolaget Åbyhem

Närvarande idag: Maja, Oskar
Frånvarande: Ingrid

1. Kartläggning
Maja gick igenom kartläggningen.
"""


def test_the_standing_list_names_the_people_the_day_lists_by_first_name(tmp_path):
    f = load_text(tmp_path, "ag.txt", NOTES)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Maja Lindberg": "present", "Oskar Nilsson": "present", "Ingrid Wall": "absent"}
