"""Notes written in Word with their points' headings in Word's heading styles ("Rubrik 2") or typed bold, saved by
LibreOffice as OpenDocument text, RTF and HTML, as minutes arrive from kommuner that write in LibreOffice or publish
from it. Each format reads its headings as the Word reader reads the Word document: a heading in a heading style
marked "**…**" and set apart by a blank line, a short paragraph bold from end to end marked "**…**", and gives the
points the Word document gives."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan.loaders.formats import read_html, read_rtf
from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts

SAVED_AS = {"odt": "odt", "rtf": "rtf", "html": "html:XHTML Writer File:UTF8"}

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice saves the Word documents")


def _notes(tmp_path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Minnesanteckningar")
    d.add_paragraph("Nätverket för anhörigstöd i Granåsa")
    d.add_paragraph("Datum: 2026-11-17, kl. 09.00–11.00")
    d.add_heading("Närvarande", level=2)
    d.add_paragraph("Lina Ekvall, Granåsa kommun, ordförande")
    d.add_paragraph("Tove Marklund, Region Västmyra")
    d.add_paragraph("Per Rask, Lövsta kommun, sekreterare")
    d.add_heading("Uppföljning av handlingsplanen", level=2)
    d.add_paragraph("Lina gick igenom vad som gjorts sedan förra mötet. Tre av fem aktiviteter är klara.")
    p = d.add_paragraph()
    p.add_run("Utbildningsdag för anhörigkonsulenter").bold = True
    d.add_paragraph("Nätverket planerar en utbildningsdag i mars. Tove Marklund får i uppdrag att boka lokal.")
    d.add_heading("Remiss: Riktlinjer för avlösning", level=3)
    d.add_paragraph("Nätverket beslutade att lämna ett gemensamt yttrande över riktlinjerna.")
    d.add_heading("Nästa möte", level=2)
    d.add_paragraph("Nästa möte hålls den 2027-01-19 i Lövsta.")
    word = tmp_path / "word" / "anhorigstod_2026-11-17.docx"
    word.parent.mkdir()
    d.save(str(word))
    return word


def _saved(word: Path, tmp_path: Path, fmt: str) -> Path:
    out = tmp_path / fmt
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    SAVED_AS[fmt], "--outdir", str(out), str(word)], check=True, capture_output=True, timeout=180)
    return out / f"{word.stem}.{fmt}"


@needs_soffice
@pytest.mark.parametrize("fmt", ["odt", "rtf", "html"])
def test_headings_read_as_the_word_reader_reads_them(tmp_path, fmt):
    word = _notes(tmp_path)
    saved = _saved(word, tmp_path, fmt)
    lines = read_document(saved).text.split("\n")
    assert lines == read_document(word).text.split("\n")
    for heading in ("Närvarande", "Uppföljning av handlingsplanen", "Remiss: Riktlinjer för avlösning", "Nästa möte"):
        at = lines.index(f"**{heading}**")
        assert lines[at - 1] == ""  # a heading in a heading style is set apart
    at = lines.index("**Utbildningsdag för anhörigkonsulenter**")
    assert lines[at - 1].endswith("klara.")  # typed bold: marked, not set apart
    a, b = facts(word, tmp_path / "word"), facts(saved, tmp_path / fmt)
    assert b["items"] == a["items"] and len(a["items"]) >= 4
    assert b["assignments"] == a["assignments"]


def test_html_heading_and_bold_class_marked():
    page = ("<html><head><style>.T1 { font-weight:bold; } .P1 { font-size:11pt; }</style></head><body>"
            "<p class='P1'>Datum: 2026-10-06</p>"
            "<h2 class='Heading_20_2'><a id='a1'><span/></a>Ekonomisk uppföljning</h2>"
            "<p>Kassören redovisade utfallet.</p>"
            "<p><span class='T1'>Budget 2027</span></p><p>Budgeten antogs.</p>"
            "<p><span class='T1'>Beslut:</span> att anta budgeten.</p>"
            "<p>Mötet avslutades.</p><h3>Nästa möte</h3>"
            "<h1>Minnesanteckningar</h1></body></html>")
    lines = read_html(Path("n.html"), page.encode()).split("\n")
    assert lines[:6] == ["Datum: 2026-10-06", "", "**Ekonomisk uppföljning**", "Kassören redovisade utfallet.",
                         "**Budget 2027**", "Budgeten antogs."]
    assert "Beslut: att anta budgeten." in lines  # a label, no heading
    assert "Minnesanteckningar" in lines  # the title's level is no point's heading, as in Word
    assert lines[-3:-1] == ["Mötet avslutades.", "Nästa möte"]  # a web page's own heading stands as its author set it


def test_rtf_heading_style_and_bold_paragraph_marked():
    doc = (rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\stylesheet{\s0 Normal;}{\s2\sbasedon0\b\fs26 heading 2;}}"
           rb"\pard\plain\s0 Datum: 2026-10-06\par"
           rb"\pard\plain\s2\b Ekonomisk uppf\'f6ljning\par"
           rb"\pard\plain\s0 Kass\'f6ren redovisade utfallet.\par"
           rb"\pard\plain\s0{\b Budget 2027}\par"
           rb"\pard\plain\s0{\b Ordf\'f6rande:} Eva Holm\par"
           rb"\pard\plain\s0 Budgeten {\b antogs}.\par"
           rb"\trowd\pard\plain\intbl{\b Namn}\cell{\b Roll}\cell\row\pard}")
    lines = read_rtf(Path("n.rtf"), doc).split("\n")
    assert lines == ["Datum: 2026-10-06", "", "**Ekonomisk uppföljning**", "Kassören redovisade utfallet.",
                     "**Budget 2027**", "Ordförande: Eva Holm", "Budgeten antogs.", "Namn\tRoll"]
