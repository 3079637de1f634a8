"""The body a mailed note met as, where the message's fields name it short: a subject naming it by its kind and its
letters ("Anteckningar processteam TSIU 24/6") under the notes' own title that spells the letters out
("Processteam Trygg och säker in- och utskrivning (TSIU)"), and a "Till:" field that lists the body among its
members ("Processteam TSIU; Alva Lindkvist; Kasper Mörk").
"""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes

MAILED = """Från: Hedda Norrby <hedda.norrby@region.example>
Skickat: den 25 juni 2031 15:47
Till: Processteam VVS; Alma Lindgren; Kevin Mark
Ämne: {subject}

Hej!

Här kommer anteckningarna från gårdagens träff.

Processteam Vård vid sidan (VVS)
Tisdag 24 juni 2031, 13.00-15.00, Teams

Med på mötet:
Hedda Norrby (HN), processledare, Region Norrhav - sammankallande
Alma Lindgren (AL), sjuksköterska, Region Norrhav
Kevin Mark (KM), biståndshandläggare, Åby kommun

1. Uppföljning
HN visade statistiken för maj.
"""


@pytest.mark.parametrize("subject", ["Anteckningar processteam VVS 24/6", "Anteckningar 24/6"])
def test_a_body_named_by_its_letters_is_the_one_the_title_spells_out(subject):
    minutes = parse_minutes(MAILED.format(subject=subject), "mail.txt")
    assert minutes.body == "Processteam Vård vid sidan"


def test_the_members_mailed_beside_the_body_are_no_part_of_its_name():
    text = MAILED.format(subject="Anteckningar 24/6").replace("Processteam Vård vid sidan (VVS)\n", "")
    minutes = parse_minutes(text, "mail.txt")
    assert minutes.body == "Processteam VVS"
