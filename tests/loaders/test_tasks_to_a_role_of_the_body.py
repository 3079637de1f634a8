"""A task given to a role of the body that met, the role in the body's genitive ("ledningsgruppens ordförande
föredrar …", "Gruppens processledare sammanställer …"): the one the attendance says holds it, or the one named
after the role; and a message owed to someone named ("Bo meddelar Kim Ahl vilka som kommer")."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedDecision, ParsedItem, ParsedMinutes


def _read(body, text="", decisions=()):
    attendance = [AttendanceEntry(name="Eva Ek", status="present", roles=["ledamot", "ordförande"],
                                  title="verksamhetschef", organisation="Region Åby"),
                  AttendanceEntry(name="Lisa Holm", status="present", roles=["ledamot"], title="processledare",
                                  organisation="Region Åby"),
                  AttendanceEntry(name="Bo Lind", status="present", roles=["ledamot"], title="socialchef",
                                  organisation="Åby kommun")]
    decs = [ParsedDecision(item="1", text=t, position=i, decided_by=body) for i, t in enumerate(decisions)]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=attendance,
                                           items=[ParsedItem(number="1", title="Punkt", body=text)], decisions=decs))


def _tasks(r):
    return [(a.assignees, a.task) for a in r.assignments]


def test_the_chair_of_the_body_presents_at_another_body():
    r = _read("Ledningsgruppen för Barnahus Åby", decisions=["ledningsgruppens ordförande föredrar redovisningen i RLG."])
    assert _tasks(r) == [(["Eva Ek"], "föredra redovisningen i RLG")]


def test_the_process_leader_of_the_group():
    r = _read("Arbetsgrupp SIP Åby", "Gruppens processledare sammanställer synpunkterna till nästa möte.")
    assert _tasks(r) == [(["Lisa Holm"], "sammanställa synpunkterna till nästa möte")]


def test_the_name_after_the_role_wins():
    r = _read("Arbetsgrupp SIP Åby", "Arbetsgruppens processledare Bo Lind sammanställer synpunkterna till nästa möte.")
    assert _tasks(r) == [(["Bo Lind"], "sammanställa synpunkterna till nästa möte")]


def test_a_message_owed_to_someone_named():
    r = _read("Brukarrådet Åby", "Bo meddelar arbetsgruppens processledare Kim Ahl vilka som kommer.")
    assert [a.task for a in r.assignments] == ["meddela arbetsgruppens processledare Kim Ahl vilka som kommer"]


def test_what_the_role_holder_tells_at_the_meeting_is_no_task():
    r = _read("Arbetsgrupp SIP Åby", "Gruppens processledare Bo Lind redovisar höstens arbete: väntetiden har minskat "
                                     "från fyra till två dagar.")
    assert r.assignments == []
