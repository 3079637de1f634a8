"""A local group's notes in running prose: a member's leaving told as his news with the reason before the verb and
his seat by whose it is ("Eva Ek meddelade att hon av tidsskäl lämnar uppdraget som regionens representant efter
sommaren"), the leaving of the body that met; and a task to everyone with the time first and the verb before them
("Inför nästa möte undersöker var och en i gruppen hur många …"), the task of the body that met; and a thing one
member makes that another takes on, told in a relative clause ("Eva skriver ett underlag som Per tar med till
styrgruppens möte"), a task of each.
"""
from __future__ import annotations

from samverkan.loaders.rules import Example
from tests.loaders.test_rules import facts_of, read

BODY = "Lokal samverkansgrupp äldre Åby"
ROSTER = ("Eva Ek, Region Norr", "Per Lind, Åby kommun")


def test_a_leaving_told_with_its_reason_and_a_seat_by_whose_it_is():
    r = read(Example(text="Eva Ek meddelade att hon av tidsskäl lämnar uppdraget som regionens representant efter "
                          "sommaren.", body=BODY, roster=ROSTER))
    assert ("membership", "eva ek", "lokal samverkansgrupp äldre åby", "leave") in facts_of(r, "membership")


def test_a_leaving_of_a_seat_by_whose_it_is_without_a_reason():
    r = read(Example(text="Eva Ek meddelade att hon lämnar uppdraget som regionens representant efter sommaren.",
                     body=BODY, roster=ROSTER))
    assert ("membership", "eva ek", "lokal samverkansgrupp äldre åby", "leave") in facts_of(r, "membership")


def test_handing_over_a_paper_is_no_leaving():
    r = read(Example(text="Eva Ek meddelade att hon av praktiska skäl lämnar underlaget till Per.", body=BODY,
                     roster=ROSTER))
    assert not facts_of(r, "membership")


def test_everyone_in_the_group_after_the_verb_is_the_body_that_met():
    r = read(Example(text="Inför nästa möte undersöker var och en i gruppen hur många avvikelser som gäller helger.",
                     body=BODY, roster=ROSTER))
    tasks = facts_of(r, "assignment")
    assert any(a == ["lokal samverkansgrupp äldre åby"] and t.startswith("undersöka hur många avvikelser")
               for _, a, t in tasks), tasks


def test_the_one_who_takes_a_thing_made_on_has_a_task_of_her_own():
    r = read(Example(text="Eva skriver ett kort underlag som Per tar med till styrgruppens möte den 14 juni.",
                     body=BODY, roster=ROSTER))
    tasks = facts_of(r, "assignment")
    assert any(a == ["per lind"] and t.startswith("ta med") and "styrgruppens möte" in t for _, a, t in tasks), tasks
    assert any(a == ["eva ek"] and t == "skriva ett kort underlag" for _, a, t in tasks), tasks


def test_a_relative_clause_telling_what_was_done_gives_no_second_task():
    r = read(Example(text="Eva skickar ut rutinen som Per har skrivit till alla enheter.", body=BODY, roster=ROSTER))
    assert not any(a == ["per lind"] for _, a, _ in facts_of(r, "assignment"))
