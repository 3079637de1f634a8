"""Notes written in Word set no blank line between a roster and the point after it: a point's heading ("Nytt i
teamet") over its running text ends the roster, whose last entry is closed ("JB (Jessica Borg, rehab)"); the text
is no more of that entry and the people it names are no members absent. And a signature line run onto one line
("Vid protokollet Sofia Berg Justeras Mats Ek") names no one "Justeras"."""
from __future__ import annotations

import pytest

from samverkan.loaders.names import find_person_names
from tests.loaders.test_read_formats import load_text

NOTES = """Processteam hemgång Åby -- anteckn. 9/11 2027
Med idag: LS (Lina Sandberg, samordnare Åby kommun), HE (Hugo Ek, Region Norrby)
Inte med: JB (Jessica Borg, rehab Åby)
Nytt i teamet
HE är ny från och med idag och ersätter Karin W som har gått till Björkby. LS frågar chefen om ny person.
Från förra gången
• HE skulle kolla om avdelningen kan skicka tidigare. Gjort.
"""


def test_a_heading_over_running_text_ends_the_roster(tmp_path):
    f = load_text(tmp_path, "team_2027-11-09.txt", NOTES)
    assert f["attendance"] == [("Hugo Ek", "present", ("ledamot",)), ("Jessica Borg", "absent", ("ledamot",)),
                               ("Lina Sandberg", "present", ("ledamot",))]
    assert "Karin" not in f["persons"]


def test_a_name_under_the_roster_still_runs_on():
    """The entry above going on with its huvudman on the next line is not a heading over running text."""
    from samverkan.loaders.extract import _PROSE_UNDER_HEADING

    assert _PROSE_UNDER_HEADING.match("HE är ny från och med idag och ersätter Karin W som har gått.")
    assert not _PROSE_UNDER_HEADING.match("Eva Lund (Åby kommun)")
    assert not _PROSE_UNDER_HEADING.match("Per Ek, Anna Berg, Eva Lund och Nils Ek, Region Norrby, med flera")


@pytest.mark.parametrize("text", ["Vid protokollet Sofia Berg Justeras Mats Ek",
                                  "Sekreterare Sofia Berg Justerat Mats Ek 2026-11-12"])
def test_the_justering_label_is_no_part_of_a_name(text):
    assert [n for n, _ in find_person_names(text)] == ["Sofia Berg", "Mats Ek"]
