"""Sentences by other secretaries about the lines between bodies: a decision of the body above told with the
meeting it was taken at first and its subject after the verb ("Vid LSVO:s sammanträde 2027-02-12 beslutade LSVO
att Styrgrupp X ges i uppdrag att …", "Vid sitt möte i april beslutade LSVO att …"), read as in straight order; and
a duty laid on each body of a kind ("Varje lokal grupp rapporterar resultatet till Samverkansgrupp Y"), which in the
minutes of a body of that kind is the duty of the body that met.
"""
from __future__ import annotations

from samverkan.loaders.rules import Example
from tests.loaders.test_rules import facts_of, read


def _read(text: str, body: str):
    r = read(Example(text=text, body=body))
    return facts_of(r, "assignment"), facts_of(r, "mandate")


def test_a_decision_fronted_by_its_meeting_gives_the_task_and_the_mandate():
    tasks, mandates = _read("Vid LSVO:s sammanträde 2027-02-12 beslutade LSVO att Styrgrupp Trygghet ges i uppdrag att "
                            "ta fram en regional handlingsplan.", "Styrgrupp Trygghet")
    assert ("assignment", ["styrgrupp trygghet"], "ta fram en regional handlingsplan") in tasks
    assert ("mandate", "lsvo", "styrgrupp trygghet", "delegates") in mandates


def test_the_own_meeting_fronted_reads_the_same():
    tasks, mandates = _read("Vid sitt möte i april beslutade LSVO att Styrgrupp Trygghet ges i uppdrag att "
                            "se över rutinen.", "Styrgrupp Trygghet")
    assert ("mandate", "lsvo", "styrgrupp trygghet", "delegates") in mandates


def test_a_meeting_told_first_with_no_body_deciding_gives_nothing():
    tasks, mandates = _read("Vid mötet beslutade vi att ses igen i maj.", "Styrgrupp Trygghet")
    assert not mandates


def test_each_local_group_reporting_is_the_local_group_that_met():
    _, mandates = _read("Varje lokal grupp rapporterar resultatet till Samverkansgrupp äldre senast den 30 september.",
                        "Lokal samverkansgrupp äldre Åby")
    assert ("mandate", "lokal samverkansgrupp äldre åby", "samverkansgrupp äldre", "reports_to") in mandates


def test_each_group_of_another_kind_is_not_the_body_that_met():
    _, mandates = _read("Varje lokal grupp rapporterar resultatet till Samverkansgrupp äldre.", "Arbetsgrupp SIP")
    assert not any(m[1] == "arbetsgrupp sip" for m in mandates)
