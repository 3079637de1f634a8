"""The one a kommun sends to a company's or förbund's stämma ("utses att företräda kommunen vid bolagsstämman i X AB
den 16 december"): her duty is due on the stämma's day, a body's name between "vid" and the day or not, and the
instruction the point gives her ("Ombudet instrueras att rösta för …") is due the same day."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

KSAU = """\
PROTOKOLL
Kommunstyrelsens arbetsutskott, Åby kommun
Sammanträdesdatum 2027-12-07

Närvarande
Kjell Ahl (S), ordförande
Mona Berg (M)

§ 123 Ombud vid extra bolagsstämma i Åby Bostäder AB
Åby Bostäder AB håller extra bolagsstämma den 16 december 2027.
Arbetsutskottets beslut
1. Kjell Ahl (S) utses att företräda kommunen vid bolagsstämman i Åby Bostäder AB den 16 december 2027.
2. Ombudet instrueras att rösta för den föreslagna ändringen av bolagsordningen.
"""


def test_the_agents_duty_and_her_instruction_are_due_on_the_stammas_day():
    r = extract_relations(parse_minutes(KSAU, "ksau_aby_2027-12-07.txt"))
    tasks = {a.task: a.due_date for a in r.assignments if a.assignees == ["Kjell Ahl"]}
    duty = next(t for t in tasks if t.startswith("företräda kommunen vid bolagsstämman"))
    assert tasks[duty] == "2027-12-16"
    assert tasks["rösta för den föreslagna ändringen av bolagsordningen"] == "2027-12-16"
