"""Rosters laid out as a Word or PDF protocol lays them out read as the same rosters as text.

Each test builds the document a secretary's template gives and checks what a user asks of it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_read_formats import facts


def _label_table(d, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, value


@pytest.mark.parametrize("between", [False, True])
def test_docx_label_cell_wrapped_over_rows_below_a_roster_starts_its_own_section(between, tmp_path):
    """"Närvarande, ej" / "tjänstgörande" / "ersättare" in the label column of a Word table under
    "Beslutande | Ledamöter" (``between``: the table goes on after a paragraph naming the ersättare
    who serve): the officials under "Tjänstemän" after it are no ledamöter."""
    import docx

    d = docx.Document()
    d.add_paragraph("Kommunstyrelsen")
    d.add_paragraph("Sammanträdesdatum 2025-12-03")
    _label_table(d, [
        ("Plats och tid", "Kommunhuset, kl. 09.00–14.20"),
        ("Beslutande", "Ledamöter"),
        ("", "Helena Strand (S), ordförande, Mikael Berg (M), 1:e vice ordförande,"),
        ("", "Sara Nyqvist (S) och Johan Dahl (S)."),
    ])
    if between:
        d.add_paragraph("Tjänstgörande ersättare")
        d.add_paragraph("Ali Hassan (S) ersätter Eva Ström (S)")
    _label_table(d, [
        ("Närvarande, ej", "Tord Nilsson (M) och Anna Frost (L)"),
        ("tjänstgörande", ""),
        ("ersättare", ""),
        ("Tjänstemän", "Kommundirektör Karl Wiberg, kommunsekreterare Ida Rönn"),
    ])
    d.add_heading("§ 170 Fastställande av dagordning", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att fastställa dagordningen.")
    path = tmp_path / "ks_2025-12-03.docx"
    d.save(str(path))
    f = facts(path, tmp_path)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Karl Wiberg"] == status["Ida Rönn"] == "guest"
    assert status["Tord Nilsson"] == status["Anna Frost"] == "present"
    members = {name for name, _, _ in f["memberships"]}
    assert {"Helena Strand", "Sara Nyqvist", "Tord Nilsson"} <= members
    assert not members & {"Karl Wiberg", "Ida Rönn"}


def test_docx_notes_with_bold_headings_and_arrow_actions_read_their_points(tmp_path):
    """Notes written in Word: each point's heading a bold paragraph of its own, the action an arrow
    flowed into the point's bullet ("… är inte klar. → HW tar med …")."""
    import docx

    d = docx.Document()
    d.add_heading("AG Trygg hemgång – 2025-11-04", level=1)
    d.add_paragraph("Mötesordförande: Sofia Kron (SK), Region Högmark")
    d.add_paragraph("Antecknare: Anders Lund (AL), Tuvby kommun")
    d.add_paragraph("Kallade: Sofia Kron, Anders Lund, Hanna Wikström (HW, Region Högmark)")
    for title, bullet in (("Uppföljning från förra mötet", "Rutinen för läkemedelslista är inte klar. → HW tar med ett förslag till nästa möte"),
                          ("Utskrivningsklara patienter", "Tolv patienter låg kvar över tid. → SK tar fram statistik per kommun till nästa möte"),
                          ("Nästa möte", "Nästa möte hålls 2025-12-02 på Teams. → AL kallar")):
        d.add_paragraph().add_run(title).bold = True
        d.add_paragraph(bullet, style="List Bullet")
    path = tmp_path / "ag_2025-11-04.docx"
    d.save(str(path))
    f = facts(path, tmp_path)
    assert [t for _, t in f["items"]] == ["Uppföljning från förra mötet", "Utskrivningsklara patienter", "Nästa möte"]
    tasks = {(who, task) for who, task in f["assignments"]}
    assert (("Hanna Wikström",), "ta med ett förslag till nästa möte") in tasks
    assert (("Sofia Kron",), "ta fram statistik per kommun till nästa möte") in tasks


def test_docx_bold_paragraph_is_a_title_only_when_short_unlabelled_and_bold_throughout(tmp_path):
    import docx

    from samverkan.loaders.read import read_document

    d = docx.Document()
    d.add_paragraph().add_run("Budget").bold = True
    p = d.add_paragraph()
    p.add_run("Närvarande:").bold = True
    p.add_run(" Anna Ek")
    d.add_paragraph().add_run("Beslut:").bold = True
    half = d.add_paragraph()
    half.add_run("Halv").bold = True
    half.add_run(" fet")
    path = tmp_path / "m.docx"
    d.save(str(path))
    assert read_document(path).text.split("\n") == ["**Budget**", "Närvarande: Anna Ek", "Beslut:", "Halv fet"]


def test_pdf_item_heading_beginning_two_pages_is_no_running_header():
    """"KS § 2" and "KS § 3" each begin a page of a PDF: the items, not a header repeated there."""
    from samverkan.loaders.read import _without_running_furniture

    pages = ["KS  1 (3)\nKS § 1\nBudget", "KS  2 (3)\nKS § 2\nVal", "KS  3 (3)\nKS § 3\nAvtal"]
    assert _without_running_furniture(pages) == ["KS  1 (3)\nKS § 1\nBudget", "KS § 2\nVal", "KS § 3\nAvtal"]


def test_pdf_label_cell_wrapped_under_a_blank_line_in_an_indented_layout():
    """A PDF read with its layout: the label column a space in from the line's start and a blank
    line where the label cell "Närvarande, ej / tjänstgörande / ersättare" grew taller than its row."""
    from samverkan.loaders.clean import clean
    from samverkan.loaders.extract import parse_header
    from samverkan.loaders.segment import segment_minutes

    text = ("Kommunstyrelsen  Sammanträdesdatum 2025-12-03\n\n"
            " Beslutande           Ledamöter\n"
            "                      Helena Strand (S), ordförande, Sara Nyqvist (S)\n\n"
            " Närvarande, ej       Tord Nilsson (M) och Anna Frost (L)\n\n"
            " tjänstgörande\n"
            " ersättare\n\n"
            " Tjänstemän           Kommundirektör Karl Wiberg, kommunsekreterare Ida Rönn\n\n"
            "§ 170 Fastställande av dagordning\n\nKommunstyrelsen beslutar att fastställa dagordningen.\n")
    seg = segment_minutes(clean(text))
    got = {e.name: (e.status, tuple(e.roles)) for e in parse_header(seg, *seg.header)["attendance"]}
    assert got["Tord Nilsson"] == ("present", ("ersättare",))
    assert got["Karl Wiberg"][0] == "guest" and "ersättare" not in got["Karl Wiberg"][1]


def test_pdf_bold_lines_at_the_running_text_size_are_marked_as_headings(tmp_path):
    """A PDF of notes whose headings are bold paragraphs: each is marked "**…**" as in notes typed as
    text; the title in larger letters and a bold label ("Beslut:") are not."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from samverkan.loaders.read import read_document

    path = tmp_path / "notes.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for font, size, line in (("Helvetica-Bold", 16, "Anteckningar styrgrupp"),
                             ("Helvetica", 11, "Närvarande: Anna Ek, Per Lind"),
                             ("Helvetica-Bold", 11, "Budget"),
                             ("Helvetica", 11, "Per redovisade budgeten, som visar ett litet överskott."),
                             ("Helvetica-Bold", 11, "Beslut:"),
                             ("Helvetica-Bold", 11, "Nästa möte"),
                             ("Helvetica", 11, "Nästa möte hålls den 12 februari.")):
        c.setFont(font, size)
        c.drawString(72, y, line)
        y -= 20
    c.save()
    lines = read_document(path).text.split("\n")
    assert "**Budget**" in lines and "**Nästa möte**" in lines
    assert "Anteckningar styrgrupp" in lines and "Beslut:" in lines


# "Ledamöter | Närvarande ersättare | Övriga närvarande": three lists side by side, each person's
# cell wrapping over lines where the text or the PDF lays them out with spaces
THREE_COLUMNS = Path(__file__).parent / "fixtures" / "unseen" / "notes" / "narvardsrad_ostra_tallmark_2025-11-27.txt"
_ROSTER = [
    ["Göran Viklund, S, Region Tallmark, ordförande", "Maja Hedfors, C, Lövsjö kommun, vice ordförande",
     "Tove Ringqvist, M, Raviks kommun, ej närvarande", "Petter Alvedal, KD, Region Tallmark"],
    ["Lennart Oxelgren, M, Raviks kommun, tjänstgörande för Tove Ringqvist", "Sanna Krook, S, Region Tallmark"],
    ["Inga Sellberg, utvecklingsledare Region Tallmark, sekreterare", "Mattias Broms, socialchef Lövsjö kommun, 3",
     "Helga Nordstrand, verksamhetschef primärvården Region Tallmark, 4"],
]


def _word_roster(path: Path, one_cell_each: bool) -> None:
    """The roster as a secretary's Word table: a row per person (``one_cell_each``) or one row whose
    cells hold a paragraph per person; then the minutes' points."""
    import docx

    d = docx.Document()
    d.add_paragraph("Närvårdsrådet Östra Tallmark")
    d.add_paragraph("Protokoll från sammanträde 2025-11-27, kl. 13.00–15.30")
    t = d.add_table(rows=1, cols=3)
    for cell, head in zip(t.rows[0].cells, ("Ledamöter", "Närvarande ersättare", "Övriga närvarande")):
        cell.text = head
    if one_cell_each:
        for r in range(max(map(len, _ROSTER))):
            for cell, col in zip(t.add_row().cells, _ROSTER):
                cell.text = col[r] if r < len(col) else ""
    else:
        for cell, col in zip(t.add_row().cells, _ROSTER):
            cell.text = col[0]
            for person in col[1:]:
                cell.add_paragraph(person)
    for line in ("1 Val av justerare", "Till justerare utsågs Maja Hedfors.", "2 Primärvården",
                 "Helga Nordstrand redovisade tillgängligheten.", "3 Övriga frågor", "Inga övriga frågor."):
        d.add_paragraph(line)
    d.save(str(path))


@pytest.mark.parametrize("form", ["text", "word_rendered", "word_rows", "word_paragraphs", "pdf"])
def test_three_rosters_side_by_side_with_wrapped_cells_read_alike(form, tmp_path):
    """The text's rows of wrapped cells ("Göran Viklund, S, Region" / "Tallmark, ordförande"; "…,
    tjänstgörande för" / "Tove Ringqvist"; "utvecklings-" / "ledare"), the same rows as a Word table and
    as a PDF, and the Word tables a secretary makes of it read the same people, seats and statuses."""
    from bench.formats import render_docx, render_pdf

    path = tmp_path / f"narvardsrad_2025-11-27.{'pdf' if form == 'pdf' else 'txt' if form == 'text' else 'docx'}"
    text = THREE_COLUMNS.read_text(encoding="utf-8")
    if form == "text":
        path.write_text(text, encoding="utf-8")
    elif form == "word_rendered":
        render_docx(text, path)
    elif form == "pdf":
        render_pdf(text, path)
    else:
        _word_roster(path, one_cell_each=form == "word_rows")
    f = facts(path, tmp_path)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Göran Viklund": "present", "Maja Hedfors": "present", "Tove Ringqvist": "absent",
                      "Petter Alvedal": "present", "Lennart Oxelgren": "present", "Sanna Krook": "present",
                      "Inga Sellberg": "guest", "Mattias Broms": "guest", "Helga Nordstrand": "guest"}
    roles = {name: set(rl) for name, _, rl in f["attendance"]}
    assert "ordförande" in roles["Göran Viklund"] and "vice ordförande" in roles["Maja Hedfors"]
    assert "sekreterare" in roles["Inga Sellberg"] and "ersättare" in roles["Lennart Oxelgren"]
    members = {name for name, body, change in f["memberships"] if change == "member" and body == f["body"]}
    assert members == {"Göran Viklund", "Maja Hedfors", "Tove Ringqvist", "Petter Alvedal", "Lennart Oxelgren",
                       "Sanna Krook"}
    works = {(name, body) for name, body, change in f["memberships"] if change == "employment"}
    assert ("Inga Sellberg", "Region Tallmark") in works and ("Mattias Broms", "Lövsjö kommun") in works


UNSEEN = Path(__file__).parent / "fixtures" / "unseen"


def _rendered(name: str, fmt: str, tmp_path: Path) -> tuple[dict, dict]:
    """The facts of unseen minutes read as their text and as Word or PDF renders that text."""
    from bench.formats import render_docx, render_pdf

    source = next(UNSEEN.glob(f"*/{name}.*[tm][xd]*"))
    target = tmp_path / f"{name}.{fmt}"
    (render_docx if fmt == "docx" else render_pdf)(source.read_text(encoding="utf-8"), target)
    return facts(source, tmp_path / "text"), facts(target, tmp_path)


@pytest.mark.parametrize("name", ["hedvik_von_2025-11-26", "gemensam_namnd_hjalpmedel_2025-11-20",
                                  "folkhalsorad_myrheden_2025-10-28"])
def test_pdf_roster_rows_laid_out_anew_read_as_the_table_above(name, tmp_path):
    """A PDF lays out anew the rows of a roster table after a page break (a närvarolista's "Ersättare (7)"
    going on on the next page) or under a label of its own ("Tjänstgörande ersättare" / "Mona Lax   S
    Region X, för Nils Dahl (S)"): their cells, set apart from the header's columns, are read cell for cell;
    and "Beslutande" beside "Tjänstgörande ersättare" read a cell a line still tells who serves for whom
    ("Kerstin Malm (S) för Rolf Nordin (S)")."""
    (tmp_path / "text").mkdir()
    text, pdf = _rendered(name, "pdf", tmp_path)
    assert pdf["attendance"] == text["attendance"]
    assert pdf["memberships"] == text["memberships"]


def test_word_items_a_tab_from_their_number_over_the_year_from_the_stated_span(tmp_path):
    """A council's items numbered on over the year, "9<tab>Öppnande", under a form whose "Paragrafer 9–14"
    is a table cell of its own a tab from the next: the items."""
    (tmp_path / "text").mkdir()
    text, word = _rendered("kpr_granhed_2025-11-17", "docx", tmp_path)
    assert [n for n, _ in word["items"]] == [n for n, _ in text["items"]] == ["10", "11", "12", "13", "14", "9"]
    assert word["decisions"] == text["decisions"]


def test_pdf_summary_points_wrapped_and_a_decision_log_read_a_cell_a_line(tmp_path):
    """An e-mailed summary as PDF: its points "2. Utbildning – Samverkansrådet har …" wrap where the page's
    line ends (one holding a full stop reads as no title), and its "Datum / Beslut / Status" log is read a
    cell a line: the points are the items, the log's row of the day the one decision, and no "Beslut"
    column head opens a decision of the lines after it."""
    (tmp_path / "text").mkdir()
    text, pdf = _rendered("sip_natverk_hogmark_2025-11-12", "pdf", tmp_path)
    assert pdf["items"] == text["items"] == [("1", "Statistik SIP kvartal 3"), ("2", "Utbildning"), ("3", "Representation")]
    assert pdf["decisions"] == text["decisions"]


def test_pdf_running_header_a_cell_a_line_does_not_split_a_decision(tmp_path):
    """A PDF whose pages with tables are read with their layout ("HEDVIKS KOMMUN   SAMMANTRÄDESPROTOKOLL
    1 (4)") and the others without it ("HEDVIKS KOMMUN" / "SAMMANTRÄDESPROTOKOLL", the page number among
    the footer's cells): the header is furniture on every page but the first, so the points of a decision
    going on from the page before are read."""
    (tmp_path / "text").mkdir()
    text, pdf = _rendered("hedvik_von_2025-11-26", "pdf", tmp_path)
    assert any(d.startswith("Förvaltningschefen får i uppdrag") for d in pdf["decisions"])
    assert len(pdf["decisions"]) == len(text["decisions"])


def test_pdf_paragraph_with_its_diary_number_near_a_page_end_is_no_furniture(tmp_path):
    """"§ 47    Dnr SN 2025/003" stands near the end of the last page as "§ 44    Dnr …" does on others: a
    paragraph, kept, not a running footer."""
    (tmp_path / "text").mkdir()
    text, pdf = _rendered("brannvik_sn_au_2025-10-21", "pdf", tmp_path)
    assert pdf["items"] == text["items"] and ("47", "Delegationsbeslut och meddelanden") in pdf["items"]


DECISION_LOG = """\
# Arbetsgrupp SIP Åsen – minnesanteckningar

**Datum:** 2025-05-07, kl. 13.15–15.30
**Antecknare:** Lisa Kron

## Närvaro

| Namn | Organisation | Närvaro |
|---|---|---|
| Rydh Maja (sammankallande) | Region Åsen | X |
| Kron Lisa | Tallviks kommun | X |
| Wall Jonas | Tallviks kommun | förhinder |
| Berg Ida (ny) | Tallviks kommun, elevhälsan | X |

## Beslutslogg

| Nr | Ärende | Beslut / åtgärd | Ansvarig | Klart till |
|---|---|---|---|---|
| 1 | Föregående anteckningar | Anteckningarna från 26 mars läggs till handlingarna. | – | – |
| 2 | Ny representant | Tallviks kommun har utsett Ida Berg till ny representant i arbetsgruppen. | – | – |
| 3 | Utbildning för SIP-samordnare | LK skickar deltagarlistorna till kommunerna. | LK | 2025-05-14 |
| 4 | Nästa möte | Onsdag 10 september kl. 13.15. MR kallar. | MR | – |
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_notes_kept_as_a_decision_log_read_alike_as_word_and_pdf(fmt, tmp_path):
    """Notes whose points are the rows of a decision log ("Nr | Ärende | Beslut / åtgärd | Ansvarig |
    Klart till") give their points, decisions, tasks and seats alike as text, as a Word table (cells
    between tabs) and as a PDF (cells between gaps)."""
    from bench.formats import render_docx, render_pdf

    (tmp_path / "text").mkdir()
    source = tmp_path / "text" / "ag_sip_asen_2025-05-07.md"
    source.write_text(DECISION_LOG, encoding="utf-8")
    target = tmp_path / f"ag_sip_asen_2025-05-07.{fmt}"
    (render_docx if fmt == "docx" else render_pdf)(DECISION_LOG, target)
    text, rendered = facts(source, tmp_path / "text"), facts(target, tmp_path)
    assert [n for n, _ in text["items"]] == ["1", "2", "3", "4"]
    assert [n for n, _ in rendered["items"]] == ["1", "2", "3", "4"]
    assert (("Lisa Kron",), "skicka deltagarlistorna till kommunerna") in text["assignments"]
    for fact in ("decisions", "assignments", "attendance", "memberships"):
        assert rendered[fact] == text[fact], fact


PROSE_NOTES = """\
LOKALA NÄRVÅRDSRÅDET I ÅSBY

Minnesanteckningar från rådets möte onsdagen den 10 september 2025 på Vårdcentralen Åsby, kl. 14.00–16.00.

Närvarande var Vera Sund (ordförande, Åsby kommun), Per-Olof Lindh (socialchef, Åsby kommun), Mia Kron (Åsby kommun), Tor Ahl (primärvårdschef, Region Västmark), Eva Fors (verksamhetschef, Vårdcentralen Åsby) och Ola Hed (distriktsläkare, Vårdcentralen Åsby). Anteckningar fördes av Mia Kron. Ines Dahl (Region Västmark) hade anmält förhinder.

Vera Sund hälsades välkommen som ny ordförande.

Om läkemedelsgenomgångar enades rådet om att Ola Hed och Mia Kron tar fram en gemensam planering till nästa möte.

Rådet beslutade att ställa sig bakom förslaget om gemensamma hembesök och att lämna förslaget till styrgruppen för beslut.

Nästa möte hålls den 12 november.
"""


@pytest.mark.parametrize("form", ["wrapped", "wrapped_no_blank_lines", "pdf"])
def test_a_roster_told_in_a_wrapped_sentence_reads_whole(form, tmp_path):
    """Notes with no numbered points whose roster is a sentence ("Närvarande var Vera Sund
    (ordförande, Åsby kommun), …") hard-wrapped over lines, with or without blank lines between the
    paragraphs (a PDF has none), read every attendee, and the decisions after the roster."""
    import textwrap as tw

    from bench.formats import render_pdf

    paragraphs = PROSE_NOTES.split("\n\n")
    path = tmp_path / ("notes.pdf" if form == "pdf" else "notes.txt")
    if form == "pdf":
        render_pdf(PROSE_NOTES, path)
    else:
        glue = "\n\n" if form == "wrapped" else "\n"
        path.write_text(glue.join("\n".join(tw.wrap(p, 90)) for p in paragraphs), encoding="utf-8")
    f = facts(path, tmp_path)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Vera Sund": "present", "Per-Olof Lindh": "present", "Mia Kron": "present", "Tor Ahl": "present",
                      "Eva Fors": "present", "Ola Hed": "present", "Ines Dahl": "absent"}
    assert any("ställa sig bakom förslaget" in d for d in f["decisions"])
    assert (("Mia Kron", "Ola Hed"), "ta fram en gemensam planering till nästa möte") in f["assignments"]


def _paragraphs_as(form: str, paragraphs: list[str], stem: Path, text: str) -> Path:
    """A Word document of one paragraph per line ("docx"), or the text a secretary would type ("text")."""
    import docx

    if form == "text":
        path = stem.with_suffix(".txt")
        path.write_text(text, encoding="utf-8")
        return path
    path = stem.with_suffix(".docx")
    d = docx.Document()
    for line in paragraphs:
        d.add_paragraph(line)
    d.save(str(path))
    return path


CLAUSE_THEN_SENTENCE = [
    "Minnesanteckningar Ledningsgrupp för samverkan Västmark", "Datum: 2024-03-15",
    "Närvarande: Anna Berg (Region Västmark), Per Lind (Tallby kommun)", "§ 1 Kompetensplattform",
    "Ledningsgruppen beslutar",
    "att Malin Ek återkommer till ledningsgruppen med information från arbetsgrupp Kompetensplattform",
    "När det gäller frågan om vård- och omsorgscollege gav huvudmännen följande återrapportering:",
    "• Tallby kommun: Finns en vilja att delta.", "§ 2 Nästa möte", "Nästa möte hålls den 12 maj.",
]


@pytest.mark.parametrize("form", ["docx", "text"])
def test_an_att_clause_ends_where_the_next_paragraph_opens_a_sentence(form, tmp_path):
    """"att Malin Ek återkommer … från arbetsgrupp Kompetensplattform" with no period, then a paragraph
    "När det gäller frågan …": the decision is the clause alone, as a Word paragraph and as text with a
    blank line between; the clause's words going on on the next line stay in it."""
    path = _paragraphs_as(form, CLAUSE_THEN_SENTENCE, tmp_path / "lg_2024-03-15", "\n\n".join(CLAUSE_THEN_SENTENCE))
    decided = [t for t in facts(path, tmp_path)["decisions"] if "Malin Ek" in t]
    assert decided == ["Malin Ek återkommer till ledningsgruppen med information från arbetsgrupp Kompetensplattform"]


@pytest.mark.parametrize("form", ["docx", "text"])
def test_a_paragraph_after_a_list_or_its_presenter_is_a_sentence_of_its_own(form, tmp_path):
    """"-Presentation av arbetet" / "Föredragande: Pernilla Hed & Magnus Ek" / "Pernilla och Magnus … är
    båda med i e-hälsogruppen": the sentence after the list's last point and the presenter's label is no
    part of either, as a Word paragraph and as text with a blank line before it."""
    lines = ["Minnesanteckningar Samverkansgrupp äldre", "Datum: 2024-03-15",
             "Närvarande: Anna Berg (Region Västmark), Per Lind (Tallby kommun)", "1. Digitalisering",
             "-Ny deltagare i samverkansgruppen", "-Presentation av arbetet",
             "Föredragande: Pernilla Hed & Magnus Ek",
             "Pernilla och Magnus arbetar som IKT-strateger och är båda med i e-hälsogruppen.",
             "2. Nästa möte", "Den 12 maj."]
    path = _paragraphs_as(form, lines, tmp_path / "sg_2024-03-15", "\n".join(lines[:7]) + "\n\n" + "\n".join(lines[7:]))
    joined = {(person, body) for person, body, change in facts(path, tmp_path)["memberships"] if change != "employment"}
    assert {("Pernilla Hed", "E-hälsogruppen"), ("Magnus Ek", "E-hälsogruppen")} <= joined, joined


def test_a_decision_paragraph_a_page_flowed_to_a_lone_first_word_goes_on(tmp_path):
    """A hard-wrapped line flowed again to the page's width leaves the next sentence's first word on a
    line of its own ("…från Regionen." / "Lena" / "återkopplar besked …"): no paragraph of its own, so
    the decision goes on to its end, and the referral in its last sentence is read once, whole."""
    lines = ["Minnesanteckningar Samverkansgrupp äldre", "Datum: 2024-03-15",
             "Närvarande: Anna Berg (Region Västmark), Per Lind (Tallby kommun), Lena Holm (Region Västmark)",
             "1. Revidering av överenskommelsen", "Samverkansgruppen beslutar",
             "att Per Lind utses som kommunrepresentant i arbetsgruppen. Lena Holm stämmer av vem",
             "som ska delta från Regionen.", "Lena",
             "återkopplar besked till Anna. Arbetet återkopplas till Samverkansgrupp äldre innan det",
             "lyfts vidare till LSVO.", "2. Nästa möte", "Den 12 maj."]
    path = tmp_path / "sg_2024-03-15.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    decided = facts(path, tmp_path)["decisions"]
    assert len(decided) == 1 and decided[0].endswith("innan det lyfts vidare till LSVO."), decided


def test_a_word_action_table_whose_first_row_leaves_its_last_cells_empty_is_read(tmp_path):
    """"Vad | Vem | När | Status" as a Word table, its first row with no status yet: the line loses its
    trailing tabs, not its cells, so every row's task is read, not none."""
    import docx

    d = docx.Document()
    for line in ["Minnesanteckningar Arbetsgrupp fallprevention", "Datum: 2025-09-17",
                 "Närvarande: Tobias Engqvist (Klippviks kommun), Lena Järvholm (Region Västmark)",
                 "1. Fallpreventionsveckan", "Gruppen planerade veckan.", "Att göra"]:
        d.add_paragraph(line)
    rows = [("Vad", "Vem", "När", "Status"),
            ("Sammanställa fallskadorna för alla kommuner", "Tobias Engqvist", "14/10", ""),
            ("Lyfta avsnittet om läkemedel till MAS-nätverket", "Lena Järvholm", "24/9", "")]
    table = d.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    d.add_paragraph("2. Nästa möte")
    d.add_paragraph("Den 19 november.")
    path = tmp_path / "ag_fallprevention_2025-09-17.docx"
    d.save(str(path))
    assert facts(path, tmp_path)["assignments"] == [
        (("Lena Järvholm",), "lyfta avsnittet om läkemedel till MAS-nätverket"),
        (("Tobias Engqvist",), "sammanställa fallskadorna för alla kommuner")]


def test_minutes_of_one_point_read_its_task_without_a_person_made_of_its_title(tmp_path):
    """Notes of a single numbered point ("1. Checklista") are read without agenda items; the point's title
    on its own line is no part of the sentence under it, so no person "Checklista Johan Berg" is made."""
    path = tmp_path / "ag_hemgang_2025-03-04.txt"
    path.write_text("Minnesanteckningar\nArbetsgrupp Hemgång\nDatum: 2025-03-04\n"
                    "Deltagare: Karin Lund (Tallviks kommun), Johan Berg (Region Norrby)\n\n1. Checklista\n"
                    "Johan Berg tar fram ett utkast till checklista för hemgång till nästa möte.\n", encoding="utf-8")
    f = facts(path, tmp_path)
    assert f["persons"] == ["Johan Berg", "Karin Lund"]
    assert f["assignments"] == [(("Johan Berg",), "ta fram ett utkast till checklista för hemgång till nästa möte")]


REPLY_QUOTING_EARLIER = """Hej!

Här kommer anteckningarna från gårdagens möte.

Närvarande: Anna Lund, Norrviks kommun; Per Ek, Region Västmark; Sara Holm, Åby kommun

1. Statistik
Per Ek visade statistiken för kvartal 3.

2. Utbildning
Sara Holm bokar lokal för utbildningsdagen.

Hälsningar
Anna

Skickat från min iPhone

-----Ursprungligt meddelande-----
Från: Per Ek
Skickat: den 1 september 2025 10:00
Ämne: Minnesanteckningar arbetsgrupp SIP 1 september

1. Statistik
Olle Berg tar fram statistik för kvartal 2.
"""


@pytest.mark.parametrize("suffix", [".eml", ".txt"])
def test_a_mail_reads_its_own_minutes_not_the_message_it_quotes(suffix, tmp_path):
    """Minutes sent as a reply that quotes the earlier message under "-----Ursprungligt meddelande-----": the
    earlier minutes' task is no task of this meeting, and "Anna" / "Skickat från min iPhone" is no person. A
    greeting over a forward keeps the forwarded minutes (tested in the docstring)."""
    path = tmp_path / f"ag_sip_2025-10-08{suffix}"
    if suffix == ".eml":
        head = ("From: Anna Lund <anna.lund@norrvik.se>\nTo: Arbetsgrupp SIP Norrvik <sip@norrvik.se>\n"
                "Subject: Minnesanteckningar arbetsgrupp SIP 8 oktober\nDate: Thu, 9 Oct 2025 08:12:00 +0200\n"
                "Content-Type: text/plain; charset=utf-8\n\n")
    else:
        head = "Från: Anna Lund\nSkickat: den 9 oktober 2025 08:12\nÄmne: Minnesanteckningar arbetsgrupp SIP 8 oktober\n\n"
    path.write_text(head + REPLY_QUOTING_EARLIER, encoding="utf-8")
    f = facts(path, tmp_path)
    assert f["assignments"] == [(("Sara Holm",), "boka lokal för utbildningsdagen")]
    assert f["persons"] == ["Anna Lund", "Per Ek", "Sara Holm"]


def test_pdf_page_header_cells_run_together_name_the_body_without_the_documents_kind(tmp_path):
    """A running header whose cells touch ("… i Norrvik" and "PROTOKOLL" drawn end to end): the extractor
    runs them together ("… i NorrvikPROTOKOLL"); the body that met is the name without the kind."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from samverkan.loaders.extract import parse_minutes
    from samverkan.loaders.read import read_document

    path = tmp_path / "sg_2025-05-16.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    name = "Samverkansgrupp för äldre i Norrvik"
    c.setFont("Helvetica", 10)
    c.drawString(72, 810, name)
    c.drawString(72 + stringWidth(name, "Helvetica", 10), 810, "PROTOKOLL")
    y = 770
    c.drawString(72, y, "Datum 2025-05-16")
    y -= 30
    for cells in (("Namn", "Organisation", "Närvaro"), ("Anna Ek", "Norrviks kommun", "X"),
                  ("Per Lind", "Region Västmark", "X")):  # a roster table: the page is read with its layout
        for x, cell in zip((72, 240, 420), cells):
            c.drawString(x, y, cell)
        y -= 18
    y -= 12
    for line in ("1. Budget", "Per Lind redovisade budgeten.", "2. Övrigt", "Inga övriga frågor."):
        c.drawString(72, y, line)
        y -= 18
    c.save()
    assert parse_minutes(read_document(path).text).body == name
