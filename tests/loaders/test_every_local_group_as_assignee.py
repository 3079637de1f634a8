"""A task to every body of a kind, "samtliga lokala samverkansgrupper", falls on each such body the minutes name."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedDecision, ParsedItem, ParsedMinutes


def test_samtliga_lokala_samverkansgrupper_are_the_ones_named():
    attendance = [AttendanceEntry(name="Eva Ek", status="present", roles=["ledamot"], organisation="Åby kommun")]
    items = [ParsedItem(number="2", title="Samverkan", body="Kommunen deltar i två lokala samverkansgrupper: Lokal "
                        "samverkansgrupp barn och unga Åby och Lokal samverkansgrupp psykisk hälsa Åby."),
             ParsedItem(number="3", title="SIP", body="")]
    decisions = [ParsedDecision(item="3", text="uppmana samtliga lokala samverkansgrupper att redovisa sitt arbete "
                                "med SIP för nämnden i november 2027", position=0, decided_by="Socialnämnden, Åby kommun")]
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Socialnämnden, Åby kommun",
                                        attendance=attendance, items=items, decisions=decisions))
    got = [(sorted(a.assignees), a.task) for a in r.assignments if "SIP" in a.task]
    assert got and set(got[0][0]) >= {"Lokal samverkansgrupp barn och unga Åby", "Lokal samverkansgrupp psykisk hälsa Åby"}
