"""Habits of minutes rendered in other ways than typed text: a Word document's "Anteckningar från
styrgruppsmöte" over the body's name on a bold line of its own; a notes app's page title shortening the body
("AG hemgång 3 maj"), its date and time stamp under it, the body's full name with its level below; a region's
council named by what it is for after its level ("Regionalt programråd för äldres hälsa"). Each read on
a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


STYRGRUPPSMOTE = """Anteckningar från styrgruppsmöte
Styrgrupp för hälsofrämjande vård i Åby län
Tid: torsdag 22 april 2027 kl. 13.15–15.30
Plats: Teams

Deltagare
Anna Berg, ordförande, socialchef, Åby kommun
Olle Nord, verksamhetschef, Region Åby
Lisa Strand, MAS, Ekby kommun

1. Inledning
Dagordningen fastställdes.
2. Nästa möte
Nästa möte är den 3 juni 2027.
"""


def test_a_meeting_named_by_its_kind_alone_leaves_the_body_to_the_line_below(tmp_path: Path) -> None:
    f = load_text(tmp_path, "styrgrupp.txt", STYRGRUPPSMOTE)
    assert f["body"] == "Styrgrupp för hälsofrämjande vård i Åby län"
    assert ("Olle Nord", "Styrgrupp för hälsofrämjande vård i Åby län", "member") in f["memberships"]


NOTES_APP_PAGE = """AG hemgång 3 maj
den 3 maj 2027
09:15
Operativ arbetsgrupp hemgång, Åby
Minnesanteckningar
Plats: Åby vårdcentral

Med på mötet
• Eva Holm, enhetschef hemtjänst, Åby kommun
• Nils Berg, vårdcentralschef, Region Ekby

1. Föregående anteckningar
Anteckningarna läggs till handlingarna.
"""


def test_a_notes_app_pages_short_title_gives_way_to_the_bodys_full_name_below(tmp_path: Path) -> None:
    f = load_text(tmp_path, "onenote.txt", NOTES_APP_PAGE)
    assert f["body"].startswith("Operativ arbetsgrupp hemgång")


COUNCIL_SEAT = """Minnesanteckningar
Ledningsgrupp vård och omsorg i Åby län
Datum: 2027-04-15

Närvarande
Anna Berg, ordförande, Region Åby
Olle Nord, Ekby kommun

1. Representation
Ledningsgruppen utser Olle Nord till kommunernas representant i Regionalt programråd för äldres hälsa.
"""


def test_a_regional_council_named_by_what_it_is_for(tmp_path: Path) -> None:
    f = load_text(tmp_path, "lg.txt", COUNCIL_SEAT)
    assert ("Olle Nord", "Regionalt programråd för äldres hälsa", "join") in f["memberships"]
