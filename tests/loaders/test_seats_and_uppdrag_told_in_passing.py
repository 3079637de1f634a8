"""Seats and an uppdrag told in passing, as notes and protocols of the sister regions write them.

"Fr.o.m. januari representeras Ekby av Y i stället för X": Y takes X's seat. "Nätverket lyder under Styrgrupp Z och
har fått i uppdrag att …": the task is the network's, given by the body it sorts under. "… får en lägesbild –
nätverket rapporterar ju dit – …": the body that met reports to the one named before the aside. "Åby kommun
välkomnas in i arbetsgruppen, med Y som representant": Y's seat. "X (S) har varit nämndens ledamot i samrådet sedan
2023 och har avböjt omval": X leaves. "utse Y till ersättare i samrådet för samma period": the samråd the item names,
the term no part of its name. "Beslutet skickas till: / Kommunstyrelsen": an organ of the kommun the minutes name.
"Beslut: … En skrivgrupp bildas med A och B": their duty, decided."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """Nätverket för elevhälsa – anteckningar 2026-12-14

Närvarande: Linda Åkesson (Ekeby kommun, ordf), Emil Dahl (Holmsund kommun), Kerstin Alm (Region Norrby)

1. Nätverkets uppdrag
Nätverket lyder under Styrgrupp Nära vård Norrby och har fått i uppdrag att ta fram en gemensam rutin för remisser till BUP.

2. Läget i kommunerna
Nätverket vill att Samverkansgrupp äldre får en lägesbild – nätverket rapporterar ju dit – och Linda tar med siffrorna.

3. Förändringar i nätverket
Fr.o.m. januari representeras Holmsund av Sara Berglund i stället för Emil Dahl, som byter tjänst.
Beslut: Ekby kommun välkomnas in i nätverket från och med mars, med Olle Strand som representant.

4. Remissrutin
Beslut: Nätverket tar sig an uppdraget. En skrivgrupp bildas med Linda Åkesson och Kerstin Alm.

5. Nästa möte
Nästa möte hålls den 8 februari.
"""

PROTOCOL = """Socialnämnden – protokoll 2026-12-15

Närvarande: Anna Berg (S), ordförande; Per Ek (M); Eva Lund (C)

§ 99 Val av ledamot och ersättare i Politiskt samråd Nära vård Norrby 2027–2028
Kommunen ska utse en ledamot och en ersättare i Politiskt samråd Nära vård Norrby. Maud Lind (S) har varit nämndens ledamot i samrådet sedan 2023 och har avböjt omval.

Beslut
Socialnämnden beslutar
att utse Bengt Aro (M) till ledamot i Politiskt samråd Nära vård Norrby för perioden 2027–2028,
att utse Eila Kos (S) till ersättare i samrådet för samma period.

Beslutet skickas till:
De valda
Kommunstyrelsen
Ekonomienheten
"""


def _notes():
    return extract_relations(parse_minutes(NOTES, "anteckningar.txt"))


def _protocol():
    return extract_relations(parse_minutes(PROTOCOL, "protokoll.txt"))


def test_a_side_represented_by_a_new_person_instead_of_the_old():
    got = {(m.person, m.change) for m in _notes().memberships}
    assert ("Sara Berglund", "replace") in got
    assert ("Emil Dahl", "leave") in got


def test_an_uppdrag_of_a_body_placed_under_another():
    r = _notes()
    assert any("gemensam rutin" in a.task and (a.given_by or "").startswith("Styrgrupp Nära vård") for a in r.assignments)
    assert any(m.from_body.startswith("Styrgrupp Nära vård") and m.kind == "delegates" for m in r.mandates)


def test_reports_there_said_in_an_aside():
    assert any(m.to_body == "Samverkansgrupp äldre" and m.kind == "reports_to" for m in _notes().mandates)


def test_a_side_welcomed_in_with_its_representative():
    assert any(m.person == "Olle Strand" and m.change == "join" for m in _notes().memberships)


def test_a_seat_not_taken_again():
    got = {(m.person, m.group, m.change) for m in _protocol().memberships}
    assert ("Maud Lind", "Politiskt samråd Nära vård Norrby", "leave") in got


def test_the_term_is_no_part_of_the_bodys_name():
    r = _protocol()
    assert {g.name for g in r.groups if "för perioden" in g.name or "samma period" in g.name} == set()
    assert ("Eila Kos", "Politiskt samråd Nära vård Norrby") in {(m.person, m.group) for m in r.memberships}


def test_an_organ_the_decision_is_sent_to_is_a_body_named():
    assert any(g.name.startswith("Kommunstyrelsen") for g in _protocol().groups)


def test_a_writing_group_formed_by_a_decision_is_its_members_duty():
    got = [a.assignees for a in _notes().assignments if a.task.startswith("utgöra skrivgrupp")]
    assert got == [["Linda Åkesson", "Kerstin Alm"]]


PRESENTED = """Samverkansgrupp barn och unga – anteckningar 2026-12-16

Närvarande: Annelie Frost (ordförande), Petra Åhlin, Linda Åkesson

1. Rapport från ledningsgruppen
Annelie återgav att ledningsgruppen i november gett samverkansgruppen i uppdrag att ta fram en gemensam plan.

2. Remissrutin
Gruppen diskuterade remisserna. Linda redovisar arbetet för styrgruppen i april.
"""


def test_who_tells_what_another_body_said_presents_the_item_and_a_report_due_later_does_not():
    items = parse_minutes(PRESENTED, "anteckningar.txt").items
    assert [(it.number, list(it.presenters)) for it in items] == [("1", ["Annelie Frost"]), ("2", [])]
