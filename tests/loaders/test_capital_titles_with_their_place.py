"""A title typed in capitals names its body as the same title in ordinary case does: the place the body serves
after a dash on the title's line ("OPERATIV ARBETSGRUPP SIP – SÄLVIK", "… – HEDLANDS LÄN") is part of the name;
what is left of the kind of document after the dash ("– ANTECKNINGAR FRÅN MÖTET 21 MAJ 2026") is not, and a short
place is no acronym.
"""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes

REST = """

Minnesanteckningar från möte 2 december 2025, kl. 13.30–15.00

Närvarande: Eva Ek, Per Lund

1. Inledning
Eva öppnade mötet och hälsade alla välkomna.

2. Budget
Per redovisade budgeten för året.
"""


@pytest.mark.parametrize("title, body", [
    ("OPERATIV ARBETSGRUPP SIP – SÄLVIK", "Operativ arbetsgrupp SIP, Sälvik"),
    ("# KOMPETENSRÅDET FÖR VÅRD OCH OMSORG – HEDLANDS LÄN", "Kompetensrådet för vård och omsorg, Hedlands län"),
    ("LÄNSNÄTVERKET FÖR REHABILITERING – STENMYRA LÄN", "Länsnätverket för rehabilitering, Stenmyra län"),
    ("ARBETSGRUPP SIP – ÅBY", "Arbetsgrupp SIP, Åby"),
    ("SAMVERKANSGRUPP ÄLDRE – ANTECKNINGAR FRÅN MÖTET 21 MAJ 2026", "Samverkansgrupp äldre"),
])
def test_a_title_in_capitals_names_the_body_with_its_place(title, body):
    got = parse_minutes(title + REST, "x.md").body
    assert got.casefold() == body.casefold(), got
    assert "(" not in got  # no acronym made of the place


def test_the_same_title_in_ordinary_case_names_the_same_body():
    caps = parse_minutes("OPERATIV ARBETSGRUPP SIP – SÄLVIK" + REST, "x.md").body
    plain = parse_minutes("Operativ arbetsgrupp SIP – Sälvik" + REST, "x.md").body
    assert caps.casefold() == plain.casefold()
