""""Jag ber kommunikatören ta fram …" in notes written in the first person: a task of the one holding the role where
the minutes say who (as "processledaren sammanställer …" is), else the asker's task, to ask it of whoever does.
"""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes
from tests.loaders.test_read_formats import load_texts

CHAT = """Brukarråd daglig verksamhet – mötets chatt
Teams-möte torsdag 4 februari 2027 13:30–15:00
Funktionsstödsförvaltningen, Gransjö kommun

Eva Rask 13:31
Närvarande: Eva Rask (enhetschef, ordf), Olle Sund (enhetschef, sekr), Pia Berg (brukarrepresentant), Ali Nasser (FUB Gransjö)

Olle Sund 13:40
1. Nya riktlinjer för daglig verksamhet. Eva berättade om förslaget.

Ali Nasser 13:45
Kan vi få riktlinjerna i lättläst version?

Eva Rask 13:46
Ja, jag ber kommunikatören ta fram en lättläst. Olle skickar ut den när den finns

Olle Sund 14:30
2. Nästa råd 6 maj 2027.
"""


def _tasks(attendance, writer, text):
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Brukarråd", attendance=attendance,
                                        writer=writer, items=[ParsedItem(number="1", title="Riktlinjer", body=text)],
                                        decisions=[]))
    return [(a.assignees, a.task) for a in r.assignments]


def test_the_holder_of_the_role_does_the_task_where_the_minutes_say_who():
    att = [AttendanceEntry(name="Eva Rask", status="present", roles=["ordförande"]),
           AttendanceEntry(name="Nils Ek", status="present", roles=[], title="kommunikatör")]
    assert _tasks(att, "Eva Rask", "Jag ber kommunikatören ta fram en lättläst version.") == [
        (["Nils Ek"], "ta fram en lättläst version")]


def test_the_asker_asks_it_where_no_one_holds_the_role():
    att = [AttendanceEntry(name="Eva Rask", status="present", roles=["ordförande"])]
    assert _tasks(att, "Eva Rask", "Jag ber kommunikatören ta fram en lättläst version.") == [
        (["Eva Rask"], "be kommunikatören ta fram en lättläst version")]


def test_a_meeting_chat_gives_the_one_who_wrote_it_the_task(tmp_path):
    data = load_texts(tmp_path, {"brukarrad_2027-02-04.txt": CHAT})
    names = {p["id"]: p["name"] for p in data["persons"]}
    tasks = [([names.get(i) for i in a["assignee_ids"]], a["task"]) for a in data["assignments"]]
    assert (["Eva Rask"], "be kommunikatören ta fram en lättläst") in tasks, tasks
