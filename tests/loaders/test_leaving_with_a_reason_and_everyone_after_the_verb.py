"""A local group's notes in running prose: a member's leaving told as his news with the reason before the verb and
his seat by whose it is ("Eva Ek meddelade att hon av tidsskäl lämnar uppdraget som regionens representant efter
sommaren"), the leaving of the body that met; and a task to everyone with the time first and the verb before them
("Inför nästa möte undersöker var och en i gruppen hur många …"), the task of the body that met.
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
