"""The same minutes as text, Word and PDF: the renderer's reading of a text's layout, and the facts
each format gives compared with the text's."""
import pytest

from conftest import shared_path

from bench.formats import column_widths, page_furniture, parse_layout, render_docx, render_pdf, table
from samverkan.loaders.read import read_document

MINUTES = """REGION ÖSTERLAND                      PROTOKOLL                      1 (2)
Styrgrupp Nära vård                   2025-02-02

Närvarande            Ledamöter                         Ersättare
Region Österland      Anna Lund, ordförande             Eva Ek
Norrvik kommun        Per Berg                          vakant

§ 1   Mötets öppnande
Ordföranden öppnar mötet och hälsar alla välkomna. Dagordningen godkänns med ett tillägg om
korttidsplatser.

Justerandes sign                                     Utdragsbestyrkande

REGION ÖSTERLAND                      PROTOKOLL                      2 (2)

§ 2   Uppföljning
Styrgruppen beslutar
- att ge Per Berg i uppdrag att ta fram en plan,
- att planen redovisas i maj.

Justerandes sign                                     Utdragsbestyrkande
"""


def test_the_running_header_and_footer_are_page_furniture():
    lines = MINUTES.split("\n")
    drop, header, footer = page_furniture(lines)
    assert header == ["REGION ÖSTERLAND\tPROTOKOLL\t1 (2)"]
    assert footer == ["Justerandes sign\tUtdragsbestyrkande"]
    assert {lines[k] for k in drop} == {lines[0], lines[13], lines[11]}


def test_layout_blocks_a_secretary_would_write():
    blocks = parse_layout(MINUTES).blocks
    kinds = [(b.kind, b.text or b.rows) for b in blocks]
    assert ("table", [["Närvarande", "Ledamöter", "Ersättare"], ["Region Österland", "Anna Lund, ordförande", "Eva Ek"],
                      ["Norrvik kommun", "Per Berg", "vakant"]]) in kinds
    assert ("heading", "§ 1 Mötets öppnande") in kinds
    # the hard-wrapped sentence is one paragraph, as Word flows it
    assert ("para", "Ordföranden öppnar mötet och hälsar alla välkomna. Dagordningen godkänns med ett tillägg om "
                    "korttidsplatser.") in kinds
    assert ("bullet", "att ge Per Berg i uppdrag att ta fram en plan,") in kinds
    assert not any("Utdragsbestyrkande" in str(k) or "REGION" in str(k) for k in kinds[2:])


def test_columns_fit_their_longest_cell_when_the_page_allows():
    pytest.importorskip("reportlab")
    rows = [["Sign.", "Namn", "Organisation", "Funktion"],
            ["BH", "Birgitta Hallén", "Sandhamra kommun", "vård- och omsorgschef, ordförande " * 3]]
    widths = column_widths(rows, 480, "Helvetica", 9)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert abs(sum(widths) - 480) < 0.01
    assert widths[2] >= stringWidth("Sandhamra kommun", "Helvetica", 9)  # the short columns are not wrapped
    assert widths[3] == max(widths)


def test_word_copy_reads_back_with_its_table_and_page_header(tmp_path):
    pytest.importorskip("docx")
    render_docx(MINUTES, tmp_path / "m.docx")
    lines = read_document(tmp_path / "m.docx").text.split("\n")
    assert lines[0].startswith("REGION ÖSTERLAND\tPROTOKOLL")
    assert "Region Österland\tAnna Lund, ordförande\tEva Ek" in lines
    assert "• att ge Per Berg i uppdrag att ta fram en plan," in lines
    assert sum("Utdragsbestyrkande" in x for x in lines) == 0


def test_pdf_copy_has_a_header_and_a_numbered_footer_on_every_page(tmp_path):
    pytest.importorskip("reportlab")
    render_pdf(MINUTES + "\n" + "\n".join(f"Rad {n} i en lång text om samverkan." for n in range(120)), tmp_path / "m.pdf")
    from pypdf import PdfReader

    pages = PdfReader(tmp_path / "m.pdf").pages
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        text = page.extract_text()
        assert "REGION ÖSTERLAND" in text and f"Sida {n} av {len(pages)}" in text


def test_a_cell_below_the_text_version_is_marked():
    def result(f1):
        return {"metrics": {k: {"f1": f1} for k in ("items", "decisions", "attendance", "meeting_group",
                                                     "meeting_date", "persons", "groups", "assignments",
                                                     "memberships", "mandates", "presenters")},
                "load_errors": 0}
    text = table([("x", "text", result(1.0)), ("x", "pdf", result(0.9))])
    assert "| x | text | 1.00 |" in text and "| x | pdf | 0.90 ↓ |" in text


REGION = "skogland"
TOLERANCE = 0.05


def test_a_region_as_word_and_as_pdf_reads_as_well_as_its_text(tmp_path):
    """The region's text minutes rendered as Word and as PDF: attendance, items and decisions hold
    to the text version's figures, less a small tolerance."""
    pytest.importorskip("docx")
    pytest.importorskip("reportlab")
    region = shared_path("corpus", REGION)
    shared = shared_path("tools", "score_gold.py").parents[1]
    from bench.accuracy import score
    from bench.formats import render_set

    folders = render_set(region, tmp_path)
    # where LibreOffice is installed, the text files opened by it as they are, printed to PDF and saved as Word
    shown = ("docx", "pdf") + tuple(f for f in ("txt→pdf", "txt→docx") if f in folders)
    figures = {fmt: score(folders[fmt], region, shared)["metrics"] for fmt in ("text",) + shown}
    for fmt in shown:
        for metric in ("attendance", "items", "decisions"):
            text, got = figures["text"][metric]["f1"], figures[fmt][metric]["f1"]
            assert got >= text - TOLERANCE, f"{metric} as {fmt}: {got:.2f} against {text:.2f} as text"


def test_render_set_keeps_minutes_of_other_forms_in_every_folder(tmp_path):
    """A set's mails and web pages are copied as they are into each format's folder, so every folder holds the same
    documents; the gold is not; ``wanted`` leaves out the formats not asked for."""
    pytest.importorskip("docx")
    pytest.importorskip("reportlab")
    from bench.formats import render_set

    src = tmp_path / "set"
    src.mkdir()
    (src / "a.txt").write_text("Arbetsgrupp X\n2026-03-04\n\nNärvarande: Eva Ek\n\n1. Inledning\nText.\n", encoding="utf-8")
    (src / "b.eml").write_text("Subject: Anteckningar\n\nText.\n", encoding="utf-8")
    (src / "a.json").write_text("{}", encoding="utf-8")
    folders = render_set(src, tmp_path / "out", ["text", "docx"])
    assert {"text", "docx", "pdf"} <= set(folders) and not {"odt", "scan"} & set(folders)
    for fmt in ("text", "docx", "pdf"):
        assert (folders[fmt] / "b.eml").is_file() and not (folders[fmt] / "a.json").exists()
    assert (folders["docx"] / "a.docx").is_file() and (folders["pdf"] / "a.pdf").is_file()
