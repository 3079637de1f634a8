"""A ledningsgrupp's notes that name a council in full and then hand it a matter by its kind in the definite:
"Modellen lyfts till rådet för kännedom" is a referral to that council.
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

Punkt 1. Inför Politiskt samverkansråd den 7 maj
Lena Ek sammanställer ärendelistan till Politiskt samverkansråd för vård och omsorg i Åby. Modellen för trygg hemgång lyfts till rådet för kännedom.

Punkt 2. Övrigt
Inga övriga frågor.
"""

TWO_COUNCILS = NOTES.replace("Inga övriga frågor.", "Pensionärsrådet i Norrby har frågat om modellen.")


def test_the_council_named_in_full_is_the_one_the_matter_is_raised_to(tmp_path):
    f = load_text(tmp_path, "rlg.txt", NOTES)
    assert ("Regional ledningsgrupp för vård och omsorg", "Politiskt samverkansråd för vård och omsorg i Åby",
            "refers") in f["mandates"], f["mandates"]


def test_two_councils_named_leave_rådet_unread(tmp_path):
    f = load_text(tmp_path, "rlg.txt", TWO_COUNCILS)
    assert not [m for m in f["mandates"] if m[2] == "refers"], f["mandates"]
