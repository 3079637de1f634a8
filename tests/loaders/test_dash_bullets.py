"""Lists led by a dash: a word processor turns the "- " typed before a list item into "– ", and a PDF or a copy
of a Word document keeps the dash. A roster per huvudman and a list of tasks so led read as the ones typed with a
hyphen.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """Samverkansgrupp äldre i Norrdal
Minnesanteckningar – tisdag 9 mars 2027, kl. 13.00–15.00

Deltagare, per huvudman

{b}Region Norrdal – Eva Ekström (verksamhetschef, Geriatriken), ordf.; Olle Brandt (MAS)
{b}Åby kommun – Sara Lind (socialchef)
{b}Öby kommun – anmält förhinder: Karin Holm

1. Trygg hemgång

Gruppen gick igenom läget för utskrivningarna.

Att göra:
{b}Olle Brandt tar fram en rutin för läkemedelslistan till nästa möte.
{b}Sara Lind bjuder in biståndshandläggarna till en workshop i april.
"""


def _read(bullet: str):
    p = parse_minutes(NOTES.format(b=bullet), "sg_aldre_2027-03-09.txt")
    r = extract_relations(p)
    return ({(a.name, a.status) for a in p.attendance},
            {(tuple(sorted(a.assignees)), a.task) for a in r.assignments})


def test_a_roster_per_huvudman_led_by_dashes_is_read():
    attendance, _ = _read("– ")
    assert attendance == {("Eva Ekström", "present"), ("Olle Brandt", "present"), ("Sara Lind", "present"),
                          ("Karin Holm", "absent")}


def test_tasks_led_by_dashes_are_read():
    _, tasks = _read("— ")
    assert {who for who, _ in tasks} == {("Olle Brandt",), ("Sara Lind",)}
    assert any(t.startswith("ta fram en rutin för läkemedelslistan") for _, t in tasks)


def test_dashes_read_as_hyphens():
    assert _read("– ") == _read("- ") == _read("  — ")
