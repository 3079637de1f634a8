"""Notes written in Word with their points' headings in Word's heading styles ("Rubrik 2") or typed bold, saved by
LibreOffice as OpenDocument text, RTF and HTML, as minutes arrive from kommuner that write in LibreOffice or publish
from it. Each format reads its headings as the Word reader reads the Word document: a heading in a heading style
marked "**…**" and set apart by a blank line, a short paragraph bold from end to end marked "**…**", and gives the
points the Word document gives. Saved as a web page ("HTML (StarWriter)", as Word's "Spara som webbsida"), the
headings carry no style's name and the page names the program that wrote it; its headings read the same."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan.loaders.formats import read_html, read_rtf
from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts

# the filter LibreOffice saves with, and the file's suffix
SAVED_AS = {"odt": ("odt", "odt"), "rtf": ("rtf", "rtf"), "html": ("html:XHTML Writer File:UTF8", "html"),
            "web page": ("html:HTML (StarWriter)", "html")}

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
    saved_as, suffix = SAVED_AS[fmt]
    out = tmp_path / fmt.replace(" ", "_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    saved_as, "--outdir", str(out), str(word)], check=True, capture_output=True, timeout=180)
    return out / f"{word.stem}.{suffix}"


@needs_soffice
@pytest.mark.parametrize("fmt", ["odt", "rtf", "html", "web page"])
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
    a, b = facts(word, tmp_path / "word"), facts(saved, saved.parent)
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


def test_word_saved_web_page_headings_and_empty_paragraphs():
    """Word's "Spara som webbsida": headings as <h2> without a style's class, the page naming the program; an
    empty paragraph is the blank line the writer typed. The same markup from a web page's own author keeps its
    headings as lines, as above."""
    body = ("<body><p class=MsoNormal>Minnesanteckningar, arbetsgruppen för trygg hemgång i Norrby</p>"
            "<p class=MsoNormal>Datum: 2026-10-06</p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>Närvarande: Eva Holm, Per Ek</p>"
            "<h2>Uppföljning</h2><p class=MsoNormal>Eva redovisade läget.</p>"
            "<h2>Nästa möte</h2><p class=MsoNormal>Den 3 november.</p></body></html>")
    word = ("<html><head><meta name=Generator content=\"Microsoft Word 15 (filtered)\"></head>" + body).encode()
    lines = read_html(Path("n.html"), word).split("\n")
    assert lines == ["Minnesanteckningar, arbetsgruppen för trygg hemgång i Norrby", "Datum: 2026-10-06", "",
                     "Närvarande: Eva Holm, Per Ek", "", "**Uppföljning**", "Eva redovisade läget.", "",
                     "**Nästa möte**", "Den 3 november."]
    web = ("<html><head><meta name=generator content=\"Hugo 0.120\"></head>" + body).encode()
    lines = read_html(Path("n.html"), web).split("\n")
    assert "Uppföljning" in lines and "**Uppföljning**" not in lines


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
