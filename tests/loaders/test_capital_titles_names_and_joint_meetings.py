"""A title typed in capitals whose words the rest of the minutes writes small still names the body as the same title
typed in ordinary case: a name opens after the dash that follows the kind of document or a numbered meeting, the
bodies of a joint meeting open after "mellan" and at the second body's kind word, "kommun" after a huvudman's name is
small, a web address is written as mail and browsers write it, and a title that is a file's name is left as typed.
"""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes, title_in_ordinary_case

REST = """
Minnesanteckningar 3 februari 2027, kl. 09.00–11.00, Teams

Närvarande: Eva Ek, Åby kommun (ordförande), Per Lund, Ekeby kommun, Lisa Holm, region Åby

1. Inledning
Eva öppnade mötet. Det gemensamma mötet mellan styrgrupp äldres hälsa och arbetsgrupp trygg hemgång hölls i Åby.
Den centrala stödgruppen och e-tjänst för ansökan diskuterades, liksom skolans stödgrupp.

2. Läget
Per redovisade läget i kommun och region. Se index.html för mer.
"""


def first_line(title: str) -> str:
    return title_in_ordinary_case(title + "\n" + REST).split("\n")[0]


@pytest.mark.parametrize("title, want", [
    ("# MINNESANTECKNINGAR – CENTRALA STÖDGRUPPEN DEN 3 FEBRUARI", "# Minnesanteckningar – Centrala stödgruppen den 3 februari"),
    ("# PROJEKTGRUPPSMÖTE 4 – E-TJÄNST FÖR ANSÖKAN", "# Projektgruppsmöte 4 – E-tjänst för ansökan"),
])
def test_a_name_opens_after_the_dash_that_follows_the_kind_of_document(title, want):
    assert first_line(title) == want


@pytest.mark.parametrize("title", [
    "# Minnesanteckningar – Centrala stödgruppen den 3 februari",
    "# Gemensamt möte mellan Styrgrupp äldres hälsa och Arbetsgrupp trygg hemgång",
    "# Skolans stödgrupp – Åby kommun",
])
def test_a_title_in_capitals_names_the_body_its_ordinary_case_names(title):
    plain = parse_minutes(title + "\n" + REST, "x.md").body
    caps = parse_minutes(title.upper() + "\n" + REST, "x.md").body
    assert plain and caps == plain, (caps, plain)


def test_the_bodies_of_a_joint_meeting_open_with_capitals():
    got = first_line("# GEMENSAMT MÖTE MELLAN STYRGRUPP ÄLDRES HÄLSA OCH ARBETSGRUPP TRYGG HEMGÅNG")
    assert got == "# Gemensamt möte mellan Styrgrupp äldres hälsa och Arbetsgrupp trygg hemgång"


def test_kommun_after_a_name_is_small():
    # a signature writes the huvudman with a capital "Kommun": the title still names it as a huvudman is named
    rest = "\nSkolans stödgrupp möttes i Åby.\n\nVid protokollet: Eva Ek, Åby Kommun, Skolans stödgrupp\n"
    got = title_in_ordinary_case("# SKOLANS STÖDGRUPP – ÅBY KOMMUN" + rest).split("\n")[0]
    assert got == "# Skolans stödgrupp – Åby kommun"


def test_a_web_address_is_written_small():
    assert first_line("1.  [CENTRALA STÖDGRUPPEN ÅBY](INDEX.HTML)") == "1.  [Centrala stödgruppen Åby](index.html)"


def test_a_file_name_is_left_as_typed():
    title = "MINNESANTECKNINGAR_CENTRALA_STÖDGRUPPEN_ÅBY_2027-02-03"
    assert first_line(title) == title


def test_a_file_name_in_capitals_names_the_body_the_text_names_in_full():
    rest = ("\n\nNärvarande\nEva Ek, Åby kommun (ordf.)\nPer Lund, Ekeby kommun\n\n1. Mötet öppnas\n"
            "Eva hälsade välkommen. Stödgruppen för personal i äldreomsorgen i Åby är tillsatt av styrgruppen.\n\n"
            "2. Utbildning\nPer redovisade utbildningsdagen. Det beslutades att Per skickar utvärderingen.\n")
    plain = parse_minutes("Minnesanteckningar_Stödgruppen_PiÄ_2027-02-03" + rest, "x.txt").body
    caps = parse_minutes("MINNESANTECKNINGAR_STÖDGRUPPEN_PIÄ_2027-02-03" + rest, "x.txt").body
    assert caps == plain == "Stödgruppen för personal i äldreomsorgen i Åby", (caps, plain)
