"""A stand-in during a leave ("NN vikarierar för MM under hennes föräldraledighet") takes the seat while its holder
keeps it; in a nämnd's minutes the seat is the one the item just told she holds in another body, and "gruppen" in
the nämnd's seat decisions is the group the clause before named."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedDecision, ParsedItem, ParsedMinutes


def _read(text, body, decisions=()):
    attendance = [AttendanceEntry(name="Eva Ek", status="present", roles=["ledamot"], organisation="Åby kommun"),
                  AttendanceEntry(name="Hanna Ek", status="absent", roles=["ledamot"], organisation="Åby kommun")]
    return extract_relations(ParsedMinutes(
        path="x.txt", layout="numbered", body=body, attendance=attendance,
        items=[ParsedItem(number="4", title="Ledamöter", body=text)],
        decisions=[ParsedDecision(item="4", text=t, position=i, decided_by=body) for i, t in enumerate(decisions)]))


def test_the_one_on_leave_keeps_her_seat():
    r = _read("Petra Berg vikarierar för Hanna Ek under hennes föräldraledighet, som pågår året ut.",
              "Samverkansgrupp äldre i Norrby")
    got = [(m.person, m.group, m.change, m.replaces) for m in r.memberships]
    assert ("Petra Berg", "Samverkansgrupp äldre i Norrby", "replace", None) in got
    assert not [m for m in r.memberships if m.person == "Hanna Ek" and m.change == "leave"]


def test_a_nämnds_kontaktpolitiker_and_her_stand_in():
    r = _read("Hanna Ek (S) är även nämndens kontaktpolitiker för Lokal samverkansgrupp barn Åby. Eva Berg (S) "
              "vikarierar för Hanna Ek under hennes föräldraledighet.", "Socialnämnden, Åby kommun")
    got = {(m.person, m.group, m.change) for m in r.memberships}
    assert ("Hanna Ek", "Lokal samverkansgrupp barn Åby", "member") in got
    assert ("Eva Berg", "Lokal samverkansgrupp barn Åby", "replace") in got
    assert not [m for m in r.memberships if m.person == "Eva Berg" and m.group.startswith("Socialnämnden")]


def test_gruppen_in_a_nämnds_seat_decision_is_the_group_just_named():
    r = _read("", "Socialnämnden, Åby kommun", decisions=(
        "entlediga Per Ek (M) från uppdraget som kontaktpolitiker för Lokal samverkansgrupp psykisk hälsa Åby",
        "utse Lina Ås (C) till ny kontaktpolitiker för gruppen från och med 1 juli 2027"))
    got = {(m.person, m.group, m.change) for m in r.memberships}
    assert ("Per Ek", "Lokal samverkansgrupp psykisk hälsa Åby", "leave") in got
    assert ("Lina Ås", "Lokal samverkansgrupp psykisk hälsa Åby", "join") in got
