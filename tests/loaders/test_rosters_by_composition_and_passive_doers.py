"""Habits of secretaries not read before: the standing members under "Gruppens sammansättning:" with the absent
named after them under "Förhinder:"; an empty seat told as a noun phrase ("Vakant plats för X sedan NN slutade");
"NN går in som ny ledamot i stället för MM" (in the body the item's title names, or the one that met); tasks in the
passive with the doer after "av" ("Lokalbokningen görs av NN", "Ett förslag tas fram av Arbetsgrupp X och
redovisas …", "En påminnelse skickas till socialchefen av NN"); the doer after the thing fronted ("För programmet
ansvarar NN och MM"); a decided clause naming a person to a duty after "och att"; and a case sent back to an
utskott in a decided clause after its "att"; and the others at the meeting told in a sentence after the members
("Vid mötet deltog även NN, …, och MM, …, under punkt 3")."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """Styrgrupp kompetensförsörjning Norrby

Anteckningar från mötet torsdag 3 juni 2027, kl. 09.00–11.30, Teams

Gruppens sammansättning: Eva Lund, HR-direktör, Region Norrby (ordförande), Per Holm, personalchef, Åby kommun, Sara Ek, socialchef, Ekby kommun, samt Olof Berg, förvaltningschef, Tallby kommun.

Förhinder: Olof Berg.

Vid mötet deltog även Ola Friberg, processledare, Region Norrby, som förde anteckningarna, och Amina Yusuf, projektledare, Tallby kommun, under punkt 2.

1 Föregående anteckningar
Anteckningarna godkändes.

2 Validering
Ett förslag till gemensam valideringsmodell tas fram av Arbetsgrupp validering och redovisas för styrgruppen på oktobermötet. En påminnelse skickas till socialchefen i Tallby av Eva Lund.

3 Introduktion
Beslut: Styrgruppen beslutade att tillsätta Arbetsgrupp introduktion och att Sara Ek är sammankallande.

4 Temadagen
För programmet ansvarar Per Holm och Sara Ek. Lokalbokningen görs av Per Holm.

5 Ändringar i gruppen
Vakant plats för Lövby kommun sedan Lars Hult slutade i april. Nils Ås, socialchef i Åby kommun, går in som ny ledamot i stället för Maja Öst, som har gått i pension.
"""

PROTOCOL = """ÅBY KOMMUN
Socialnämnden
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2027-05-19

Beslutande
Anna Lind (S), ordförande
Bo Ek (M)
Nora Sten (V)

§ 32 Remiss om missbruksvård
Socialnämnden beslutar
att ärendet återremitteras till socialnämndens arbetsutskott för komplettering med en konsekvensbeskrivning av kostnaderna.

§ 34 Byte av ledamot i Lokala närvårdsrådet i Åby
Nora Sten (V) går in som ny ledamot i stället för Bo Ek från 1 juni 2027.
Socialnämnden beslutar
att lägga informationen till handlingarna.
"""


def _read(text: str, name: str):
    parsed = parse_minutes(text, name)
    return parsed, extract_relations(parsed)


def _tasks(rel):
    return [(sorted(a.assignees), a.task.casefold()) for a in rel.assignments]


def test_the_composition_is_the_roster_and_the_absent_are_named_after_it():
    parsed, rel = _read(NOTES, "anteckningar.txt")
    status = {a.name: a.status for a in parsed.attendance}
    assert status.get("Eva Lund") == "present" and status.get("Per Holm") == "present"
    assert status.get("Sara Ek") == "present"
    assert status.get("Olof Berg") == "absent"


def test_the_others_told_in_a_sentence_after_the_members():
    parsed, _ = _read(NOTES, "anteckningar.txt")
    status = {a.name: a.status for a in parsed.attendance}
    assert status.get("Ola Friberg") == "guest" and status.get("Amina Yusuf") == "guest", status


def test_an_empty_seat_told_as_a_noun_phrase_and_a_seat_taken_instead_of_one_who_left():
    _, rel = _read(NOTES, "anteckningar.txt")
    changes = {(m.person, m.change) for m in rel.memberships}
    assert ("Lars Hult", "leave") in changes
    assert ("Nils Ås", "replace") in changes and ("Maja Öst", "leave") in changes


def test_passive_tasks_with_the_doer_after_av():
    _, rel = _read(NOTES, "anteckningar.txt")
    tasks = _tasks(rel)
    assert any(w == ["Arbetsgrupp validering"] and t.startswith("ta fram ett förslag till gemensam valideringsmodell")
               for w, t in tasks), tasks
    assert any(w == ["Eva Lund"] and t.startswith("skicka en påminnelse till socialchefen") for w, t in tasks), tasks
    assert any(w == ["Per Holm"] and "lokalbokningen" in t for w, t in tasks), tasks


def test_the_doer_after_the_thing_fronted():
    _, rel = _read(NOTES, "anteckningar.txt")
    assert (["Per Holm", "Sara Ek"], "ansvara för programmet") in _tasks(rel)


def test_a_person_named_to_a_duty_after_och_att_is_a_decided_point_of_its_own():
    parsed, _ = _read(NOTES, "anteckningar.txt")
    texts = [d.text for d in parsed.decisions if d.item == "3"]
    assert any(t.startswith("tillsätta Arbetsgrupp introduktion") and "Sara Ek" not in t for t in texts), texts
    assert any(t.startswith("Sara Ek är sammankallande") for t in texts), texts


def test_a_case_sent_back_to_the_utskott_in_a_decided_clause_and_a_seat_in_the_council_of_the_title():
    _, rel = _read(PROTOCOL, "protokoll.txt")
    assert any("arbetsutskott" in a.assignees[0].casefold() and a.task.startswith("komplettera ärendet")
               for a in rel.assignments), _tasks(rel)
    seats = {(m.person, m.group, m.change) for m in rel.memberships}
    assert ("Nora Sten", "Lokala närvårdsrådet i Åby", "replace") in seats, seats
    assert ("Bo Ek", "Lokala närvårdsrådet i Åby", "leave") in seats, seats
