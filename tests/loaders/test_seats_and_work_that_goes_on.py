"""A seat told in a relative clause, and a task after the work a body goes on with.

"Petra Sandberg, som är sammankallande i arbetsgrupp samsjuklighet, rapporterade …": her seat in that group,
its kind written in lower case. "Arbetsgruppen fortsätter arbetet och lämnar ett färdigt utkast till
samverkansgruppen senast den 23 januari": the group's task."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

MINUTES = """Samverkansgrupp vuxna – minnesanteckningar 2025-12-10

Närvarande: Anders Hjelm (Region Norrland, ordf.), Petra Sandberg (Region Norrland, Psykiatri), Jonna Falk (Åby kommun), Ulf Martinsson (Ekby kommun)

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. Handlingsplan samsjuklighet – rapport från arbetsgruppen
Petra Sandberg, som är sammankallande i arbetsgrupp samsjuklighet, rapporterade: arbetsgruppen har gjort klart nulägesbeskrivningen och har ett första utkast till åtgärder.

Gruppen diskuterade utkastet. Arbetsgruppen fortsätter arbetet och lämnar ett färdigt utkast till samverkansgruppen senast den 23 januari.

3. Nästa möte
Nästa möte hålls den 10 februari.
"""


def test_a_seat_in_a_relative_clause_in_a_group_written_in_lower_case():
    rel = extract_relations(parse_minutes(MINUTES, "minnesanteckningar.txt"))
    assert [(m.person, m.group, m.role) for m in rel.memberships if m.group != "Samverkansgrupp vuxna"] == [
        ("Petra Sandberg", "Arbetsgrupp samsjuklighet", "sammankallande")]


def test_what_a_body_hands_in_after_the_work_it_goes_on_with_is_its_task():
    rel = extract_relations(parse_minutes(MINUTES, "minnesanteckningar.txt"))
    tasks = [(a.assignees, a.task) for a in rel.assignments if "utkast" in a.task]
    assert len(tasks) == 1
    assert [w.casefold() for w in tasks[0][0]] == ["arbetsgrupp samsjuklighet"]
    assert tasks[0][1].startswith("lämna ett färdigt utkast till samverkansgruppen")


def test_a_body_going_on_with_its_work_alone_has_no_new_task():
    text = MINUTES.replace("Arbetsgruppen fortsätter arbetet och lämnar ett färdigt utkast till samverkansgruppen "
                           "senast den 23 januari.", "Arbetsgruppen fortsätter arbetet.")
    rel = extract_relations(parse_minutes(text, "minnesanteckningar.txt"))
    assert not [a for a in rel.assignments if "arbetsgrupp" in " ".join(a.assignees).casefold()]
