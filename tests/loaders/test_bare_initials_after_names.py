"""Hurried notes that write each person's initials after the name, without brackets ("Mona Ek ME, Tor Wik TW"),
and then use the initials: the initials are the person's, no organisation, and tell a person where the given name
is not a known one; an acronym that does not fit the name stays the person's organisation."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Lokal samverkan Åby – anteckningar 2027-05-06
Närvarande: Mona Ek ME, Tor Wik TW, Lisa Berg LB, Per Ek, BUP
1. Dagordning
Dagordningen godkändes.
2. Hemtjänst
ME berättade om läget. TW tar fram statistik till nästa möte.
"""


def test_initials_after_a_name_are_the_person_s_and_no_organisation(tmp_path):
    f = load_text(tmp_path, "aby.txt", NOTES)
    assert [who for who, status, _ in f["attendance"]] == ["Lisa Berg", "Mona Ek", "Per Ek", "Tor Wik"]
    employments = {(who, org) for who, org, change in f["memberships"] if change == "employment"}
    assert employments == {("Per Ek", "BUP")}


def test_a_task_by_the_initials_goes_to_the_person_they_stand_for(tmp_path):
    f = load_text(tmp_path, "aby.txt", NOTES)
    assert f["assignments"] == [(("Tor Wik",), "ta fram statistik till nästa möte")]
