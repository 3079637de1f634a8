"""Two shapes of older protocols and of associations' boards: a meeting of two days dated by its range of days,
the month often shortened ("Möte med styrelsen den 19–20 sept. 2026"), and the label "Beslut" with its first
att-clause on the same line ("Beslut att välja Eva Ek till justerare."). The meeting is dated from its first day,
the date is no part of the body's name, and each such line is a decision of the item, its later att-lines too.
"""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_date_phrase, parse_minutes

BOARD = """Möte med föreningens styrelse den 19–20 sept. 2026

Ledamöter Närvarande
Eva Ek X
Per Holm X
Lisa Strand anmält förhinder

§ 44 Val av justerare

Beslut att välja Per Holm till justerare av protokollet.

§ 45 Rapport

Beslut att uppdra åt Eva Ek att skriva en rapport från mötet samt

att lägga rapporten på webben.

§ 46 Stadgar

Beslut att ändra stadgarna fattades redan av årsmötet 2025. Styrelsen diskuterade hur de ska tillämpas.
"""


@pytest.mark.parametrize("phrase, day", [
    ("den 19–20 sept. 2026", "2026-09-19"),
    ("26-27 januari 2027", "2027-01-26"),
    ("8 okt. 2026", "2026-10-08"),
    ("1 december 2026", "2026-12-01"),
])
def test_a_range_of_days_dates_the_meeting_from_its_first(phrase, day):
    assert parse_date_phrase(phrase) == day


@pytest.mark.parametrize("title, body", [
    ("Möte med föreningens styrelse den 19–20 sept. 2026", "Föreningens styrelse"),
    ("Styrgruppen för trygg hemgång 8 okt. 2026", "Styrgruppen för trygg hemgång"),
    ("Protokoll Styrgruppen för trygg hemgång 26–27 januari 2027", "Styrgruppen för trygg hemgång"),
])
def test_the_date_in_a_title_is_no_part_of_the_body(title, body):
    p = parse_minutes(f"{title}\n\n1. Mötet öppnas\nOrdföranden öppnade mötet.\n\n2. Budget\n"
                      "Styrgruppen beslutar att fastställa budgeten.\n")
    assert p.body == body


def test_beslut_with_its_first_att_clause_on_the_line_is_a_decision():
    p = parse_minutes(BOARD)
    assert p.date == "2026-09-19"
    decisions = {(d.item, d.text.rstrip(".")) for d in p.decisions}
    assert ("44", "välja Per Holm till justerare av protokollet") in decisions
    assert any(item == "45" and text.startswith("uppdra åt Eva Ek att skriva en rapport") for item, text in decisions)
    assert ("45", "lägga rapporten på webben") in decisions
    # a decision told as the subject of a sentence, taken by another body, is none of this meeting's
    assert not any(item == "46" for item, _ in decisions)
