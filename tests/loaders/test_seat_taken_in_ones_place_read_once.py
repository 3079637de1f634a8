""""B går in som ordinarie … i hans ställe" is one reading of the registry: the seat B takes in the body that met, and
the leave of the one the sentence before names, each told once.
"""
from __future__ import annotations

import re

from samverkan.loaders.rules import Example, rules_for
from tests.loaders.test_rules import read

TOLD_BEFORE = "Per Lind har bytt tjänst; Eva Sand går in som ordinarie för Primärvården i hans ställe."
ALONE = "Tjänsten som enhetschef är nu tillsatt. Eva Sand går in som ordinarie ledamot i hans ställe."


def _seats(text):
    r = read(Example(text=text, roster=("Per Lind",)))
    return sorted((m.person, m.group, m.role, m.change) for m in r.memberships)


def test_one_rule_of_the_registry_reads_the_seat_taken_in_ones_place():
    clause = "Eva Sand går in som ordinarie för Primärvården i hans ställe."
    readers = [r.name for r in rules_for(clause) if r.pattern and re.search(r.pattern, clause)]
    assert readers == ["in_place_of_one_told_before"], readers


def test_the_replace_and_the_leave_each_once():
    assert _seats(TOLD_BEFORE) == [("Eva Sand", "Samverkansgrupp äldre", "ledamot", "replace"),
                                   ("Per Lind", "Samverkansgrupp äldre", "ledamot", "leave")]


def test_the_replace_alone_where_no_one_is_told_before():
    assert _seats(ALONE) == [("Eva Sand", "Samverkansgrupp äldre", "ledamot", "replace")]
