"""Rosters and points of minutes written in Word, where each paragraph is a line and no blank line parts them.

A roster told a huvudman a sentence ("Från Åby kommun deltog …") is joined over its wrapped lines to the blank line
under it; a Word document sets none, so the numbered points after it stay points of their own. A roster laid out as a
Word table whose first column holds each row's huvudman by its short code ("RN | Eva Ek, MAS, Region Norr") is read
as the same roster laid out with spaces is. A point titled in one of Word's heading styles, unnumbered, is a point as a
heading typed bold is.
"""
from __future__ import annotations

from docx import Document

from samverkan.loaders.extract import parse_minutes, prose_rosters_unwrapped
from samverkan.loaders.read import read_document


def _table(doc: Document, rows: list[tuple[str, ...]]) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = c


def _parsed(doc: Document, tmp_path, name: str = "notes.docx"):
    path = tmp_path / name
    doc.save(path)
    return parse_minutes(read_document(path).text, path.name)


def test_sentence_roster_ends_before_the_numbered_points_of_a_word_document(tmp_path):
    d = Document()
    d.add_heading("Nätverket för skolkuratorer – minnesanteckningar", 1)
    d.add_paragraph("Datum: tisdag 9 mars 2027, kl. 09.00–11.00")
    d.add_heading("Närvaro", 2)
    d.add_paragraph("Från Åby kommun deltog kurator Vera Lindqvist och rektor Olof Sandell. Björkby kommun "
                    "företräddes av Mira Hallberg, kurator, som ledde mötet. Från Region Norr deltog Tove Ek, "
                    "BUP, som adjungerad under punkt 2.")
    d.add_heading("1. Föregående anteckningar", 2)
    d.add_paragraph("Anteckningarna godkändes.")
    d.add_heading("2. Remisser till BUP", 2)
    d.add_paragraph("Tove Ek informerade om den nya remissmallen.")
    d.add_paragraph("Beslut: Nätverket ställer sig bakom mallen.")
    d.add_heading("3. Övrigt", 2)
    d.add_paragraph("Inget övrigt.")
    p = _parsed(d, tmp_path)
    assert [i.title for i in p.items] == ["Föregående anteckningar", "Remisser till BUP", "Övrigt"]
    assert {a.name for a in p.attendance} >= {"Vera Lindqvist", "Olof Sandell", "Mira Hallberg"}
    assert any("bakom mallen" in d.text for d in p.decisions)


def test_sentence_roster_still_joins_its_wrapped_lines():
    text = "Från Åby kommun deltog Eva Ek och Per\nLind. Från Region Norr deltog Ola Ås.\n\n1. Inledning\nText."
    assert prose_rosters_unwrapped(text).split("\n")[0] == \
        "Från Åby kommun deltog Eva Ek och Per Lind. Från Region Norr deltog Ola Ås."


def test_roster_table_with_a_column_of_huvudman_codes(tmp_path):
    d = Document()
    d.add_paragraph("ARBETSGRUPP HJÄLPMEDEL – NORRBY")
    d.add_paragraph("Träff 2/2027 · tisdag 11 maj 2027 · 09.00–11.00 · Hjälpmedelscentralen")
    d.add_paragraph("Närvarande")
    rows = [("RN", "Karin Vall, enhetschef rehab, Region Norrby – sammankallande"),
            ("RN", "Jonas Frisk, enhetschef, Region Norrby"),
            ("ÅK", "Hedda Lund, arbetsterapeut, Åby kommun"),
            ("BK", "Elsa Norén, arbetsterapeut, Björkby kommun (Teams)")]
    _table(d, rows)
    d.add_paragraph("Förhinder: Maja Holm, enhetschef, Björkby kommun")
    d.add_paragraph("1. Gruppens uppdrag")
    d.add_paragraph("Uppdraget löper året ut.")
    d.add_paragraph("2. Sortiment")
    d.add_paragraph("Upphandlingen är klar.")
    p = _parsed(d, tmp_path)
    people = {a.name: a for a in p.attendance}
    assert set(people) == {"Karin Vall", "Jonas Frisk", "Hedda Lund", "Elsa Norén", "Maja Holm"}
    assert people["Karin Vall"].organisation == "Region Norrby" and people["Karin Vall"].status == "present"
    assert people["Hedda Lund"].organisation == "Åby kommun"
    assert people["Maja Holm"].status == "absent"


def test_roster_table_led_by_initials_keeps_them(tmp_path):
    d = Document()
    d.add_paragraph("Arbetsgrupp fallprevention")
    d.add_paragraph("Datum: 2027-05-11")
    d.add_paragraph("Närvarande")
    rows = [("KV", "Karin Vall, Region Norrby"), ("HL", "Hedda Lund, Åby kommun")]
    _table(d, rows)
    d.add_paragraph("1. Inledning")
    d.add_paragraph("KV hälsade välkommen.")
    d.add_paragraph("2. Övrigt")
    d.add_paragraph("Inget.")
    p = _parsed(d, tmp_path)
    assert {a.name: a.initials for a in p.attendance} == {"Karin Vall": "KV", "Hedda Lund": "HL"}


def test_points_in_word_heading_styles_without_numbers(tmp_path):
    d = Document()
    d.add_heading("Lokal samverkansgrupp äldre Norrby", 1)
    d.add_paragraph("Minnesanteckningar från mötet torsdagen den 10 juni 2027")
    d.add_paragraph("Vi träffades i konferensrummet. Från Åby kommun deltog Eva Lund, MAS, och Per Holm, "
                    "enhetschef. Region Norr representerades av Sara Berg, verksamhetschef.")
    d.add_paragraph("Eva hälsade välkommen.")
    d.add_heading("Förändringar i gruppen", 2)
    d.add_paragraph("Per Holm lämnar gruppen efter sommaren.")
    d.add_heading("Remiss: Riktlinjer för hemgång", 2)
    d.add_paragraph("Gruppen lämnar synpunkter. Sara sammanställer dem senast den 20 juni.")
    d.add_heading("Inför hösten", 2)
    d.add_paragraph("Nästa möte hålls den 9 september.")
    p = _parsed(d, tmp_path)
    assert [i.title for i in p.items] == ["Förändringar i gruppen", "Remiss: Riktlinjer för hemgång", "Inför hösten"]


def test_a_bold_heading_may_hold_a_colon_before_more_of_its_title():
    from samverkan.loaders.clean import clean

    ct = clean("Anteckningar\n\n**Remiss: Riktlinjer för hemgång**\nText.\n\n**Beslut:** Godkänt.\n")
    assert 3 in ct.bold_lines and 6 not in ct.bold_lines
