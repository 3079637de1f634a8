"""Minutes in renderings that put the decided points or the roster apart from the notes: a word processor's
"Punkt | Beslut | Ansvarig | Klart" table after the notes of numbered points, each row naming its point by number
alone."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_docx_text

from samverkan.loaders import read

POINT_TABLE = """Samverkansgruppen för äldre i Åby
Minnesanteckningar 2027-02-11
Deltagare
Namn\tHuvudman\tNärvaro
Eva Ek\tÅby kommun\tX
Bo Lind\tRegion Norrby\tX
Anteckningar
1. Inledning
Eva Ek öppnade mötet.
2. Trygg hemgång
Bo Lind redovisade läget i Åby och Ekby.
3. Nästa möte
Den 8 april.
Beslut och åtgärder
Punkt\tBeslut\tAnsvarig\tKlart
1\tDagordningen fastställs.\t\t
2\tAtt uppdra åt Bo Lind att ta fram en gemensam rutin för hemgång.\tBo Lind\t2027-04-08
2\tAtt bjuda in Ekby kommun till nästa möte.\t\t
Antecknat av Eva Ek"""


def test_a_point_table_after_the_notes_gives_each_point_its_decisions(tmp_path):
    f = load_docx_text(tmp_path, "sg_aldre_aby_2027-02-11.docx", POINT_TABLE)
    assert ("1", "Inledning") in f["items"] and ("2", "Trygg hemgång") in f["items"]
    assert any(d.startswith("uppdra åt Bo Lind att ta fram en gemensam rutin") for d in f["decisions"]), f["decisions"]
    assert any("bjuda in Ekby kommun" in d for d in f["decisions"]), f["decisions"]
    assert any(a == ("Bo Lind",) and "ta fram en gemensam rutin för hemgång" in t for a, t in f["assignments"])


AGENDA_THEN_TABLE = """Samverkansgruppen för äldre i Åby
Minnesanteckningar 2027-02-11
Närvarande: Eva Ek, Åby kommun, Bo Lind, Region Norrby
Dagordning
1. Inledning
2. Trygg hemgång
3. Nästa möte
Punkt\tBeslut\tAnsvarig\tKlart
1\tDagordningen fastställs.\t\t
2\tAtt uppdra åt Bo Lind att ta fram en gemensam rutin för hemgång.\tBo Lind\t2027-04-08
3\tNästa möte den 8 april.\t\t"""


def test_a_point_table_after_a_bare_agenda_stays_the_minutes_own_table():
    # the agenda's points have no notes under them: the table is the minutes' own, not a log to file under them
    assert read._register_rows_into_items(AGENDA_THEN_TABLE) == AGENDA_THEN_TABLE
