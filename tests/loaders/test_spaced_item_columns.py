"""Notes typed as a two-column "Punkt / Anteckning" table with spaces: the item's heading in the left column,
its notes (and "Ansvarig:" lines) in the right, each cell broken over several lines."""
from __future__ import annotations

import textwrap

from tests.loaders.test_read_formats import load_text

NOTES = textwrap.dedent("""\
    SAMVERKANSGRUPP VUXNA – NORRBY
    Minnesanteckningar 2031-02-11
    Plats: Kommunhuset, rum Forsen

    Närvarande:   Eva Lind, verksamhetschef, Region Norrby (ordf.)
                  Per Holm, socialchef, Åby kommun
                  Sara Berg, utvecklingsledare, Region Norrby (sekreterare)

    Punkt                        Anteckning
    ------------------------------------------------------------------
    1. Mötets öppnande           Eva öppnade mötet. Dagordningen
                                 godkändes.

    2. Föregående anteckningar   Anteckningarna lades till
                                 handlingarna.

    3. Rapport till             Gruppens årsrapport lämnas till
       ledningsgruppen           ledningsgruppen i mars.
                                 Ansvarig: Eva Lind

    4. Nästa möte                2031-04-15, Teams.

    Vid anteckningarna: Sara Berg
    """)


def test_each_row_of_the_spaced_table_is_an_item_with_its_notes(tmp_path):
    f = load_text(tmp_path, "notes.txt", NOTES)
    assert [n for n, _ in f["items"]] == ["1", "2", "3", "4"]
    assert ("3", "Rapport till ledningsgruppen") in f["items"]
    assert any("dagordningen" in d.casefold() for d in f["decisions"])
    assert any("handlingarna" in d for d in f["decisions"])


def test_a_responsible_line_under_a_wrapped_sentence_takes_the_whole_sentence(tmp_path):
    f = load_text(tmp_path, "notes.txt", NOTES)
    assert any(who == ("Eva Lind",) and "årsrapport" in task for who, task in f["assignments"])
