"""A protocol as a region's or kommun's web publication of its meetings renders it: each paragraph's mark set as a
list's bullet ("• § 3") over its title, and what was said told in the present tense. Each paragraph is an item, and
members adding to what was just told ("kompletterar informationen") are given no task.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

PUBLISHED = """Regionala samverkansrådet
Protokoll 2027-02-05

 • § 1
  Mötets öppnande
 • Ordföranden, Jonas Alm (S), hälsar välkommen och öppnar sammanträdet.

 • § 2
  Föregående protokoll
 • Ordföranden går igenom föregående protokoll.

  Inga synpunkter framförs på protokollet.

 • § 3
  Verksamhetsberättelse 2026
 • Elin Nirwall går igenom verksamhetsberättelsen.

  Maja Westling, Elin Nirwall och Jonas Alm kompletterar informationen.

  Maja Westling tar fram en tidplan för nästa år till nästa möte.
"""


def test_paragraphs_set_as_bullets_are_the_items():
    p = parse_minutes(PUBLISHED)
    assert [(it.number, it.title) for it in p.items] == [
        ("1", "Mötets öppnande"), ("2", "Föregående protokoll"), ("3", "Verksamhetsberättelse 2026")]


def test_adding_to_what_was_told_is_no_task():
    r = extract_relations(parse_minutes(PUBLISHED))
    tasks = {(tuple(a.assignees), a.task) for a in r.assignments}
    assert not any("komplettera" in task for _, task in tasks)
    assert any("Maja Westling" in who and task.startswith("ta fram en tidplan") for who, task in tasks)
