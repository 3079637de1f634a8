"""A task given to an official by the definite title ("uppdra åt socialchefen") where the roster lists both the
official and a deputy with the title after "bitr." or "ställföreträdande": the task is the official's, not nobody's;
two who hold the same title alike are still no one in particular."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

MINUTES = """Protokoll Socialutskottet 2027-10-12

Beslutande: Anna Berg (C), ordförande; Per Holm (M)
Övriga deltagande: Ulla Henning, socialchef; Petter Wall, {deputy}; Ann Axner, sekreterare

§ 155 Kvartalsrapport
Socialutskottet beslutar
att uppdra åt socialchefen att återkomma med en åtgärdsplan till december.
"""


def _tasks(deputy: str):
    r = extract_relations(parse_minutes(MINUTES.format(deputy=deputy)))
    return [(a.assignees, a.task) for a in r.assignments if a.task.startswith("återkomma")]


def test_the_official_not_her_deputy_is_given_the_task():
    for deputy in ("bitr. socialchef", "biträdande socialchef", "ställföreträdande socialchef"):
        assert _tasks(deputy) == [(["Ulla Henning"], "återkomma med en åtgärdsplan till december")], deputy


def test_two_who_hold_the_title_alike_are_no_one_in_particular():
    tasks = _tasks("socialchef")
    assert tasks and not any({"Ulla Henning", "Petter Wall"} & set(who) for who, _ in tasks)
