"""A first line typed all in capitals reads as the same title typed in ordinary case: each word written as the rest
of the minutes writes it (an inflected form counting), a word the text never writes kept as a name, an acronym in
capitals; a huvudman's letterhead, printed in capitals by custom, is left as it is.
"""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes, title_in_ordinary_case

REST = """
Minnesanteckningar 2 december 2026, kl. 13.30–15.00, Teams

Närvarande: Eva Ek, Åby kommun (ordförande), Per Lund, Ekeby kommun, Lisa Holm, region Åby

1. Inledning
Eva öppnade mötet. Krisgruppen för värmebölja i Åby kommun har mött kommunala rehabiliteringen och SIP-teamet.

2. Läget
Per redovisade läget för pensionärsrådets arbetsutskott.
"""


@pytest.mark.parametrize("title", [
    "Krisgrupp värmebölja, Åby kommun - anteckningar",
    "# Minnesanteckningar – Kommunala pensionärsrådets arbetsutskott",
])
def test_a_title_in_capitals_names_the_body_its_ordinary_case_names(title):
    plain = parse_minutes(title + "\n" + REST, "x.md").body
    caps = parse_minutes(title.upper() + "\n" + REST, "x.md").body
    assert plain and caps == plain, (caps, plain)


def test_each_word_as_the_text_writes_it():
    got = title_in_ordinary_case("KRISGRUPP VÄRMEBÖLJA, ÅBY KOMMUN – KOMMUNAL SIP\n" + REST)
    assert got.split("\n")[0] == "Krisgrupp värmebölja, Åby kommun – kommunal SIP"


def test_a_word_the_text_never_writes_is_a_name():
    got = title_in_ordinary_case("FRÅN: HEDVIG TALLGREN <HEDVIG.TALLGREN@ABY.SE>\nHej!\nVi hörs, sa Hedvig. Mer från oss sen.")
    assert got.split("\n")[0] == "Från: Hedvig Tallgren <hedvig.tallgren@aby.se>"


@pytest.mark.parametrize("line", ["ÅBY KOMMUN\tSAMMANTRÄDESPROTOKOLL", "**EKEBY KOMMUN**", "LÄNSSTYRELSEN I ÅBY LÄN",
                                  "Krisgrupp i Åby"])
def test_a_letterhead_or_a_title_with_small_letters_is_left_as_it_is(line):
    assert title_in_ordinary_case(line + "\n" + REST) == line + "\n" + REST
