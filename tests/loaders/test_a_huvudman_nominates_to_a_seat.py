"""A huvudman to name someone to a seat to be filled: "Ekå kommun nominerar en ny ledamot före februarimötet" is
the kommun's task; a nomination made at the meeting ("nominerar Eva Ek till …") is none."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes


def _read(text):
    attendance = [AttendanceEntry(name="Eva Ek", status="present", roles=["ledamot"], organisation="Region Åby"),
                  AttendanceEntry(name="Bo Lind", status="present", roles=["ledamot"], organisation="Ekå kommun")]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Samverkansgrupp barn och unga",
                                           attendance=attendance,
                                           items=[ParsedItem(number="3", title="Ledamöter 2029", body=text)]))


def test_the_kommun_nominates_a_new_member():
    r = _read("Malin Ek har lämnat sin tjänst i Ekå. Ekå kommun nominerar en ny ledamot före februarimötet.")
    assert [(a.assignees, a.task) for a in r.assignments] == [
        (["Ekå kommun"], "nominera en ny ledamot före februarimötet")]


def test_a_nomination_made_at_the_meeting_is_no_task():
    assert _read("Valberedningen nominerar Eva Ek till ordförande för 2029.").assignments == []
