"""A seat's holder who retired or resigned, told as the reason a seat is filled ("utses till ledamot efter Anneli
Rask som gått i pension", "efter Per Lund, som har sagt upp sig"), leaves it; a piece of work a member brings to the
next meeting, in the definite ("Ali tar med utvärderingen av … till nästa möte"), is her task; one standing in as
convener ("tillförordnad sammankallande tills ny är utsedd") under a point about a group convenes that group.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """Ledningsgruppen för vård och omsorg
Anteckningar 2028-03-09

Närvarande: Eva Ek, Per Holm, Ali Haddad

1. Ledamöter
Tomas Wennberg utses till ledamot efter Anneli Rask som gått i pension. Kommunen utser en ny ersättare efter
Per Lund, som har sagt upp sig.

2. Digitala SIP-möten
Ali Haddad tar med utvärderingen av de digitala SIP-mötena i Lövsta till nästa möte.
"""


def _rel():
    return extract_relations(parse_minutes(NOTES, "lvo.txt"))


def test_one_who_retired_or_resigned_leaves_the_seat():
    leaves = {m.person for m in _rel().memberships if m.change == "leave"}
    assert {"Anneli Rask", "Per Lund"} <= leaves


def test_work_brought_to_the_next_meeting_is_a_task():
    [a] = [a for a in _rel().assignments if a.assignees == ["Ali Haddad"]]
    assert a.task.startswith("ta med utvärderingen av de digitala SIP-mötena")


STEERING = """Styrgrupp välfärdsteknik
Anteckningar 2028-04-06

Närvarande: Eva Ek, Per Holm, Sanna Viklund

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. Tidplan
Styrgruppen godkänner tidplanen.

3. Arbetsgruppen för digital nattillsyn
Arbetsgruppen har saknat sammankallande sedan februari. Sanna Viklund är tillförordnad sammankallande tills ny är utsedd.
"""


def test_one_standing_in_as_convener_of_the_group_the_point_is_about():
    rel = extract_relations(parse_minutes(STEERING, "sg.txt"))
    seats = [(m.person, m.group, m.role) for m in rel.memberships if m.person == "Sanna Viklund"]
    assert seats == [("Sanna Viklund", "Arbetsgruppen för digital nattillsyn", "tillförordnad sammankallande")]
