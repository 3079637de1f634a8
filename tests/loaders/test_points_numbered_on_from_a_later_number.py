"""Notes whose points are numbered on from a later number with nothing in the header to say so: the opening
points left unnumbered or kept in an earlier note, "3. Uppföljning av trygg hemgång" the first point typed, two
points in all. Each point stands over notes of its own, so the run is the items; a point's decision block ends
where the next point begins."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar
Samverkansgrupp äldre, Åby kommun
Datum: 2027-03-02

Närvarande:
Anna Berg, Åby kommun
Karl Lind, Norrby kommun
Eva Holm, Regionen

3. Uppföljning av trygg hemgång
Gruppen går igenom statistiken för februari.
Beslut: Gruppen beslutar att ge Karl Lind i uppdrag att sammanställa avvikelserna till nästa möte.

4. Övrigt
Eva Holm informerar om utbildningsdagen i maj.
"""


def test_points_numbered_on_from_three_are_the_items(tmp_path):
    found = load_text(tmp_path, "sg_aldre_2027-03-02.txt", NOTES)
    assert found["items"] == [("3", "Uppföljning av trygg hemgång"), ("4", "Övrigt")]
    # the decision block of point 3 stops at point 4: what is said there is no decision
    assert found["decisions"] == ["ge Karl Lind i uppdrag att sammanställa avvikelserna till nästa möte."]


def test_a_list_of_numbered_lines_without_notes_between_is_no_run_of_items(tmp_path):
    listed = """Minnesanteckningar
Samverkansgrupp äldre, Åby kommun
Datum: 2027-03-02

Närvarande: Anna Berg, Åby kommun, Karl Lind, Norrby kommun

Gruppen går igenom planens mål. De två första är nådda, kvar är:
3. Fler samordnade individuella planer
4. Kortare väntetider vid utskrivning
Karl Lind sammanställer läget till nästa möte.
"""
    found = load_text(tmp_path, "sg_aldre_2027-03-02.txt", listed)
    assert found["items"] == []
