"""Two of the meeting's approvals in one sentence, joined by "och": two decisions.

"Dagordningen godkändes och anteckningarna från 3 december lades till handlingarna" is how many secretaries open
the minutes; "Frågan lyfts till RLG och arbetsgruppen får i uppdrag att utreda" joins a decision to a task, not to
a second approval, and stays as it was read."""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes

NOTES = """Minnesanteckningar Styrgrupp Nära vård 2027-01-14

Närvarande: Anna Berg, Lars Holm

1. Inledning
{sentence}

2. Övrigt
Inga övriga frågor.
"""


@pytest.mark.parametrize("sentence, decided", [
    ("Dagordningen godkändes och anteckningarna från 3 december lades till handlingarna.",
     ["godkänna dagordningen", "lägga anteckningarna från 3 december till handlingarna"]),
    ("Dagordningen fastställdes och föregående minnesanteckningar godkändes.",
     ["fastställa dagordningen", "godkänna föregående minnesanteckningar"]),
    ("Dagordningen godkändes med ett tillägg och minnesanteckningarna lades till handlingarna.",
     ["godkänna dagordningen med ett tillägg", "lägga minnesanteckningarna till handlingarna"]),
])
def test_each_approval_is_a_decision(sentence, decided):
    assert [d.text for d in parse_minutes(NOTES.format(sentence=sentence), "anteckningar.txt").decisions] == decided


def test_a_decision_joined_to_a_task_is_no_second_approval():
    parsed = parse_minutes(NOTES.format(sentence="Frågan lyfts till RLG och arbetsgruppen får i uppdrag att utreda."),
                           "anteckningar.txt")
    assert len(parsed.decisions) == 1
