"""Habits of the secretaries of sister minutes: points as the rows of a "Punkt | Anteckning"
table, a network's roster kept over the year with a column of marks per meeting, a dated decision log
kept over the year after the last point, and a note of who sees to it closing a sentence
("(Ansvar: AF, v. 5)"); each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


POINT_TABLE = """Ledningsgruppen för vård och omsorg i Norrby
Minnesanteckningar från mötet torsdagen den 6 november 2025

Ledamöter
Eva Lindqvist, socialchef, Åby kommun, ordförande
Per Nyholm, primärvårdschef, Region Norrby
Kim Sandberg, socialchef, Ekå kommun

Punkt\tAnteckning
1. Mötets öppnande\tEva hälsade välkommen. Dagordningen godkändes.
2. Uppföljning av piloten\tPer Nyholm redogjorde för pilotens första månader. Gruppen enades om att utvärderingen redovisas för ledningsgruppen i juni 2026 (Ansvar: Styrgrupp Nära vård Norrby, v. 24).
3. Övrigt\tKim går i pension vid årsskiftet. Ekå kommun har utsett Lisa Ahl att ersätta honom i ledningsgruppen från den 1 januari 2026.
4. Nästa möte\tTorsdagen den 11 december kl. 13.00 via Teams.
"""


def test_the_rows_of_a_point_table_are_points_whose_text_is_the_second_cell(tmp_path):
    """"2. Uppföljning av piloten | Per Nyholm redogjorde …": the first cell is the point's title, the second
    what was said; a sentence of it opening with a first name is read as the text's own, and the note
    closing a decision names who carries it out."""
    f = load_text(tmp_path, "lg.txt", POINT_TABLE)
    assert ("2", "Uppföljning av piloten") in f["items"] and ("3", "Övrigt") in f["items"]
    assert "utvärderingen redovisas för ledningsgruppen i juni 2026" in f["decisions"]
    assert any(who == ("Styrgrupp Nära vård Norrby",) and task.startswith("redovisa utvärderingen")
               for who, task in f["assignments"])
    body = f["body"]
    assert ("Kim Sandberg", body, "leave") in f["memberships"] and ("Lisa Ahl", body, "replace") in f["memberships"]


YEAR_GRID = """NÄTVERKET FÖR MAS I NORRBY
Anteckningar från nätverksträffen tisdagen den 14 oktober 2025

Närvaro 2025                                 11/3   13/5   9/9   14/10
Anna Berg, MAS, Åby kommun                     X      X     X      X
Bo Ek, MAS, Ekå kommun                         X      X     X      –
Cecilia Holm, Region Norrby (sammankallande)   –      X     X      X

1) Föregående anteckningar
Anteckningarna godkändes.

2) Avvikelser
Anna sammanställer avvikelserna till nästa träff.

Beslutslogg 2025
Datum\tPunkt\tBeslut
2025-09-09\t2\tUppföljningen av avvikelserna delegeras till Arbetsgrupp utskrivning.
2025-10-14\t1\tFöregående anteckningar godkänns.
"""


def test_a_roster_kept_over_the_year_marks_who_came_to_this_meeting_in_its_date_column(tmp_path):
    """"Närvaro 2025 | 11/3 | 13/5 | 9/9 | 14/10": the names under the year, this meeting's marks under its
    date; the decision log's row of an earlier meeting is neither a decision nor a task of this one, and
    the row of this meeting restates the decision its point holds."""
    f = load_text(tmp_path, "mas.txt", YEAR_GRID)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Anna Berg": "present", "Bo Ek": "absent", "Cecilia Holm": "present"}
    assert not any("delegeras" in d or "Arbetsgrupp utskrivning" in d for d in f["decisions"])
    assert not any("Arbetsgrupp utskrivning" in who for who, _ in f["assignments"])
    assert len([d for d in f["decisions"] if "anteckningarna" in d.casefold()]) == 1


STAND_IN_SECRETARY = """Ledningsgruppen för vård och omsorg i Norrby
Minnesanteckningar från mötet torsdagen den 6 november 2025

Ledamöter
Eva Lindqvist, socialchef, Åby kommun, ordförande
Per Nyholm, primärvårdschef, Region Norrby

Övriga deltagare
Johanna Brask, utredare, Region Norrby (för anteckningarna)

Förhinder
Kim Sandberg, socialchef, Ekå kommun
Hanna Wik, utvecklingsledare, Region Norrby

1. Mötets öppnande
Eva hälsade välkommen och presenterade Johanna Brask, som för anteckningarna i dag då Hanna har förhinder. Dagordningen godkändes.

2. Övrigt
Inget övrigt.
"""


def test_the_secretary_someone_keeps_the_notes_for_is_no_member(tmp_path):
    """"Johanna Brask, som för anteckningarna i dag då Hanna har förhinder": Hanna, listed under Förhinder
    without a role, is the body's regular secretary, an official; Kim beside her is an absent member."""
    f = load_text(tmp_path, "lg.txt", STAND_IN_SECRETARY)
    people = {m[0] for m in f["memberships"] if m[1] == f["body"]}
    assert "Kim Sandberg" in people and "Eva Lindqvist" in people
    assert "Hanna Wik" not in people
