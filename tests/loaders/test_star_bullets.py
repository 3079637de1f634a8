"""Lists led by an asterisk, as Markdown and plain-text mail type them: "* Eva Ek, MAS". A roster per huvudman and
a list of tasks so led read as the ones typed with a hyphen, and an asterisk that marks emphasis ("*Beslut:*",
"**Ansvar:**") is still read as emphasis, not as a list.
"""
from __future__ import annotations

from samverkan.loaders.clean import clean
from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """Samverkansgrupp äldre i Västerlid
Minnesanteckningar – onsdag 14 april 2027, kl. 09.00–11.00

Närvarande:
{b}Region Västerlid: Agnes Roswall, hälso- och sjukvårdsdirektör (ordförande)
{b}Åsby kommun: Tore Falkman, MAS; Edvin Sjöqvist, socialchef
{b}Ösby kommun: Linnea Brodd, förvaltningschef vård och omsorg

Frånvarande:
{b}Hjalmar Strand, Åsby kommun

1. Trygg hemgång

Gruppen gick igenom läget för utskrivningarna.

Att göra:
{b}Tore Falkman tar fram en rutin för läkemedelslistan till nästa möte.
{b}Linnea Brodd bjuder in biståndshandläggarna till en workshop i maj.
"""


def _read(bullet: str):
    p = parse_minutes(NOTES.format(b=bullet), "sg_aldre_2027-04-14.txt")
    r = extract_relations(p)
    return ({(a.name, a.status) for a in p.attendance},
            {(tuple(sorted(a.assignees)), a.task) for a in r.assignments})


def test_a_roster_led_by_asterisks_is_read():
    attendance, _ = _read("* ")
    assert attendance == {("Agnes Roswall", "present"), ("Tore Falkman", "present"), ("Linnea Brodd", "present"),
                          ("Edvin Sjöqvist", "present"), ("Hjalmar Strand", "absent")}


def test_tasks_led_by_asterisks_are_read():
    _, tasks = _read("* ")
    assert {who for who, _ in tasks} == {("Tore Falkman",), ("Linnea Brodd",)}
    assert any(t.startswith("ta fram en rutin för läkemedelslistan") for _, t in tasks)


def test_asterisks_read_as_hyphens():
    assert _read("* ") == _read("- ")
    assert _read("  * ") == _read("  - ")


def test_emphasis_and_rules_are_no_list():
    assert clean("* Eva Ek, MAS\n\t* Per Lund\n* **Beslut:** Planen antas.\n*Beslut:* Planen antas.\n* * *").lines \
        == ["- Eva Ek, MAS", "\t- Per Lund", "- Beslut: Planen antas.", "Beslut: Planen antas.", "* * *"]
