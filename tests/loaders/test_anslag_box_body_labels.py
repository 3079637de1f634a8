"""The body a protocol belongs to, named only in its ANSLAG/BEVIS box as kommuner's and förbund's templates word
the label ("Organ och §§", "Styrelse/Nämnd", "Nämnd/Styrelse"), with the paragraphs the extract holds after the
name, and with the value on a line of its own below the label, as a PDF's text gives the box's cells.
"""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes

HEAD = """Plats och tid: Stadshuset, Norrby 2026-12-16 kl. 09.00-12.00

Beslutande:
Ida Burlin, ordförande
Åsa Vinge

{box}

Sammanträdesdatum: 2026-12-16

§ 1 Mötets öppnande

Ordföranden öppnar mötet.

§ 2 Budget 2027

Beslut

att godkänna budgeten.
"""


@pytest.mark.parametrize("box, body", [
    ("Organ och §§: Socialnämnden §§ 84-100", "Socialnämnden"),
    ("Organ och §§: Socialnämnden", "Socialnämnden"),
    ("Styrelse/Nämnd: Kommunstyrelsen", "Kommunstyrelsen"),
    ("Nämnd/Styrelse: Vård- och omsorgsnämnden, §§ 12–20", "Vård- och omsorgsnämnden"),
    ("Organ och §§:\n\nSamordningsförbundet Norrdal", "Samordningsförbundet Norrdal"),
    ("Organ:\nSocialnämnden", "Socialnämnden"),
    ("Organ\nSocialnämnden", "Socialnämnden"),
])
def test_the_box_label_names_the_body_that_met(box, body):
    assert parse_minutes(HEAD.format(box=box)).body == body


@pytest.mark.parametrize("box", [
    # the line below the label is another label: the box was left empty
    "Organ och §§:\nAnslag uppsättes: 2026-12-20",
    # two blank lines: the text below belongs to something else
    "Organ:\n\n\nSocialnämnden",
    # no body's word in the line below: no name of a body
    "Organ och §§:\n\nKumla stadshus",
])
def test_no_body_is_taken_from_a_line_that_is_not_the_label_s_value(box):
    assert parse_minutes(HEAD.format(box=box)).body in (None, "")
