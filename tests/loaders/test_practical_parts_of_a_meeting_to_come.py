"""A practical part of a meeting to come, seen to by a member: "Region X står för inbjudan" is a task; a share of
a cost ("står för hälften av bidraget") is none."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes


def _read(text):
    attendance = [AttendanceEntry(name="Eva Ek", status="present", roles=["ledamot"], organisation="Region Åby"),
                  AttendanceEntry(name="Bo Lind", status="present", roles=["ledamot"], organisation="Tallviks kommun")]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Medlemssamrådet, Samordningsförbundet Åby",
                                           attendance=attendance,
                                           items=[ParsedItem(number="6", title="Nästa medlemssamråd", body=text)]))


def test_the_invitation_to_the_next_meeting():
    r = _read("Nästa medlemssamråd hålls den 14 oktober 2027 i Tallvik. Region Åby står för inbjudan.")
    assert [(a.assignees, a.task) for a in r.assignments] == [(["Region Åby"], "stå för inbjudan")]


def test_a_share_of_a_cost_is_no_task():
    assert _read("Staten står för hälften av bidraget och regionen för en fjärdedel.").assignments == []
