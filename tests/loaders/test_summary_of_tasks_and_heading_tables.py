"""Habits of secretaries read on small minutes of their own: a closing "Sammanfattning av uppdrag" list of
"- Namn: uppgift" rows; the same list pasted from Outlook, its long rows broken at 72 columns; a row whose task
names the same body as an earlier task of the same person but is another errand; a protocol in Word whose
paragraphs are headings with a two-column table under them ("Föredragande | …", "Ärendet | …", "Beslut | …"),
its att-clauses one a paragraph in the decision's cell; and "Ärendet: I skrivelse från X kommun meddelas att …
har utsett A till ledamot i stället för B".
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import read_document
from samverkan.loaders.relations import extract_relations

NOTES = """Styrgrupp äldre Norrby
Minnesanteckningar 2027-11-04

Närvarande: Anna Berg, Region Norrby, ordförande; Sven Ek, Åby kommun; Petra Lund, Ekå kommun

1. Dagordning
Dagordningen fastställdes.

2. Styrgruppens fortsättning
Styrgruppen beslutade att Anna Berg representerar området i Styrgrupp Nära vård Norrby från och med januari 2028.

Sammanfattning av uppdrag
- Sven Ek: skicka rapporten till ledningsgruppen, senast 1 december
- Anna Berg: informera Styrgrupp Nära vård Norrby om överlämningen vid decembermötet
- Petra Lund: sammanställa slutrapporten om digital vårdplanering och skicka den till
ledningsgruppen, senast 1 december
"""


def _read(text, name):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _tasks(r) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(sorted(a.assignees)), a.task) for a in r.assignments]


def test_rows_under_a_sammanfattning_av_uppdrag_are_tasks():
    _, r = _read(NOTES, "sg_aldre_2027-11-04.txt")
    tasks = _tasks(r)
    assert any(who == ("Sven Ek",) and t.startswith("skicka rapporten") for who, t in tasks), tasks


def test_a_row_broken_at_the_mail_width_is_read_whole():
    _, r = _read(NOTES, "sg_aldre_2027-11-04.txt")
    tasks = _tasks(r)
    assert any(who == ("Petra Lund",) and t.startswith("sammanställa slutrapporten om digital vårdplanering och skicka")
               for who, t in tasks), tasks


def test_a_row_naming_the_same_body_as_another_task_is_its_own_errand():
    _, r = _read(NOTES, "sg_aldre_2027-11-04.txt")
    tasks = _tasks(r)
    assert any(who == ("Anna Berg",) and t.startswith("informera Styrgrupp Nära vård Norrby") for who, t in tasks), tasks


LETTER = """Politiskt samråd Norrby (PSN)
Protokoll 2027-05-19

Närvarande: Anna Berg (S), Region Norrby, ordförande; Sven Ek (M), Åby kommun; Eva Lind (C), Ekå kommun

§ 2 Ändrad representation
Ärendet: I skrivelse från Ekå kommun meddelas att kommunstyrelsen den 22 april 2027 har utsett Eva Lind (C) till ledamot i PSN i stället för Lars Holm (C), som har avsagt sig sina politiska uppdrag.
"""


def test_a_seat_changed_by_letter_after_an_arendet_label():
    _, r = _read(LETTER, "psn_2027-05-19.txt")
    ms = {(m.person, m.change) for m in r.memberships}
    assert ("Eva Lind", "replace") in ms and ("Lars Holm", "leave") in ms, ms


def _heading_tables(path):
    from docx import Document

    d = Document()
    d.add_heading("Politiskt samråd Norrby (PSN)", 0)
    d.add_paragraph("PROTOKOLL 2027-05-19")
    d.add_paragraph("Närvarande: Anna Berg (S), Region Norrby, ordförande; Sven Ek (M), Åby kommun")
    d.add_heading("§ 3 Överenskommelse om hjälpmedel", 2)
    t = d.add_table(rows=0, cols=2)
    rows = [("Föredragande", ["Karl Holm"]),
            ("Ärendet", ["Överenskommelsen har reviderats efter remiss till huvudmännen."]),
            ("Beslut", ["Samrådet beslutar", "att rekommendera huvudmännen att anta överenskommelsen,",
                        "att uppdra åt ledningsgruppen att följa upp kostnaderna."])]
    for label, paras in rows:
        cells = t.add_row().cells
        cells[0].text = label
        cells[1].text = paras[0]
        for p in paras[1:]:
            cells[1].add_paragraph(p)
    d.save(path)
    return path


def test_att_clauses_one_a_paragraph_in_a_table_cell_are_decisions_apart(tmp_path):
    doc = read_document(_heading_tables(tmp_path / "psn_2027-05-19.docx"))
    p = parse_minutes(doc.text, "psn_2027-05-19.docx")
    texts = [d.text for d in p.decisions if d.item == "3"]
    assert any(t.startswith("rekommendera huvudmännen att anta överenskommelsen") and "uppdra" not in t for t in texts), texts
    assert any(t.startswith("uppdra åt ledningsgruppen") for t in texts), texts


def test_a_foredragande_cell_names_the_presenter(tmp_path):
    doc = read_document(_heading_tables(tmp_path / "psn_2027-05-19.docx"))
    p = parse_minutes(doc.text, "psn_2027-05-19.docx")
    item = next(i for i in p.items if i.number == "3")
    assert "Karl Holm" in item.presenters, item.presenters
