""""X fortsätter som utskottets andra representant och utses till sammankallande för utskottets del": a seat kept (no
change) and an appointment as the convener of the utskott's seats in the body the item gives them, for the utskott.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

PROTOCOL = """PROTOKOLLSUTDRAG
Kulturutskottet, Åby kommun
Sammanträdesdatum 2026-11-16

Beslutande
Eva Holm (S), ordförande
Fatima Ali (V)
Olle Dahl (C)

§ 58   Utskottets representanter i Åby pensionärsråd

Sammanfattning
Utskottet har två platser i pensionärsrådet. Siv Lind (L) har avsagt sig uppdraget som utskottets representant.

Beslut
Kulturutskottet beslutar
1. att utse Olle Dahl (C) till representant i Åby pensionärsråd efter Siv Lind (L) för resterande del av
   mandatperioden,
2. att Fatima Ali (V) fortsätter som utskottets andra representant och
   utses till sammankallande för utskottets del.
"""


def test_the_convener_for_the_bodys_part_sits_in_the_body_of_its_seats(tmp_path):
    data = load_texts(tmp_path, {"ku_aby_2026-11-16.txt": PROTOCOL})
    names = {o["id"]: o["name"] for o in data["organizations"]} | {p["id"]: p["name"] for p in data["persons"]}
    seats = {(names[m["person_id"]], names[m["organization_id"]], m["role"], m["change"], names.get(m["on_behalf_of_id"]))
             for m in data["memberships"] if m["change"] != "employment"}
    convener = [s for s in seats if s[0] == "Fatima Ali" and s[2] == "sammankallande"]
    assert len(convener) == 1, seats
    _, group, _, change, for_whom = convener[0]
    assert "pensionärsråd" in group.casefold() and change == "join", convener
    assert for_whom == "Åby kommun", convener  # for the utskott, exported as the organisation it belongs to
    # the seat she keeps is no new seat in the råd
    assert not any(s[0] == "Fatima Ali" and s[2] == "representant" for s in seats), seats
    tasks = [([names[i] for i in a["assignee_ids"]], a["task"]) for a in data["assignments"]]
    assert any(who == ["Fatima Ali"] and "sammankallande" in task for who, task in tasks), tasks
