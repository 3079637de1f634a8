"""A nämnd's protocol: a task to the förvaltning through its chef, a seat told as whose it is, and an official's task
after a semicolon.

"att uppdra åt socialförvaltningen, genom socialchef Marie Lindqvist-Borg, att ta fram …": both hold the task.
"Josefin Ek, som är kommunens representant i Samverkansgrupp X, informerar …": her seat there. "Josefin Ek
lämnar gruppen vid årsskiftet; socialchefen utser hennes efterträdare": the leave, and the chef's task."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

PROTOCOL = """Socialnämnden – protokoll 2026-12-09

Närvarande: Anna Berg (S), ordförande; Per Ek (M); Eva Lund (C)
Övriga deltagare: Marie Lindqvist-Borg, socialchef; Josefin Ek, enhetschef Vuxenenheten

§ 1 Justering
Per Ek utses att justera protokollet.

§ 2 Överenskommelse om SIP
Beslut
Socialnämnden beslutar
att anta överenskommelsen om samverkan kring barn och unga,
att uppdra åt socialförvaltningen, genom socialchef Marie Lindqvist-Borg, att ta fram en lokal rutin för SIP till nämndens sammanträde i mars 2027.

§ 3 Information om Samverkansgrupp Barn och unga
Josefin Ek, som är kommunens representant i Samverkansgrupp Barn och unga, informerar om gruppens arbete.
Josefin Ek lämnar gruppen vid årsskiftet; socialchefen utser hennes efterträdare.

Beslut
Socialnämnden beslutar att lägga informationen till handlingarna.

§ 4 Nästa sammanträde
Nästa sammanträde hålls den 20 januari.
"""


def _read():
    return extract_relations(parse_minutes(PROTOCOL, "protokoll.txt"))


def test_the_forvaltning_and_the_chef_it_acts_through_hold_the_task():
    tasks = [a.assignees for a in _read().assignments if "lokal rutin" in a.task]
    assert tasks == [["socialförvaltningen", "Marie Lindqvist-Borg"]]


def test_a_seat_told_as_whose_it_is():
    got = [(m.person, m.group, m.change) for m in _read().memberships]
    assert ("Josefin Ek", "Samverkansgrupp Barn och unga", "member") in got
    assert ("Josefin Ek", "Samverkansgrupp Barn och unga", "leave") in got


def test_an_officials_task_after_a_semicolon():
    assert [a.assignees for a in _read().assignments if "efterträdare" in a.task] == [["Marie Lindqvist-Borg"]]
