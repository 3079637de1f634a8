"""Minutes typed as a text file and printed to PDF as they are (LibreOffice opens the .txt and exports it, every
letter in its typewriter font; ``fixtures/formats/printed_text``): the PDF reads as the text file does. A PDF has
no blank lines and no columns of spaces, and the printer wraps a line longer than the page: the blank lines come
back from the space between the lines, the columns from where each piece is drawn, a tab from a jump with nothing
drawn, and a wrapped line is joined where the printer broke it (the space it broke at is drawn, or it broke after a
dash). Before, the header's cells ran together ("ÅBY KOMMUN Sida   PROTOKOLL", "Plats och tid 15.45 …"), items
were read with their body beside their title, and a mail's quoted message was read as more minutes."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_read_formats import facts, load_text

PRINTED = Path(__file__).parent / "fixtures" / "formats" / "printed_text"


@pytest.mark.parametrize("name", ["text_au_protokoll", "text_mailed_notes"])
def test_a_text_file_printed_to_pdf_reads_as_the_text_file(name, tmp_path):
    typed, printed = facts(PRINTED / f"{name}.txt", tmp_path / "txt"), facts(PRINTED / f"{name}.pdf", tmp_path / "pdf")
    assert typed["attendance"] and typed["items"] and typed["decisions"] and typed["assignments"]
    assert printed == typed


def test_the_printed_protocol_keeps_its_header_and_its_wrapped_decisions(tmp_path):
    f = facts(PRINTED / "text_au_protokoll.pdf", tmp_path)
    assert f["body"] == "Vård- och omsorgsnämndens arbetsutskott, Åby kommun" and f["date"] == "2027-03-16"
    assert ("Tove Lindahl", "present", ("ersättare", "tjänstgörande ersättare")) in f["attendance"]
    assert [n for n, _ in f["items"]] == ["12", "13", "14"]
    # "… efter Annika Sjöström" / "(C).": the decision the printer wrapped, one decision
    assert "utse Tove Lindahl (S) till nämndens representant i Samverkansgrupp äldre efter Annika Sjöström (C)" \
        in [d.rstrip(".") for d in f["decisions"]]


def test_a_mail_printed_to_pdf_is_read_without_the_message_it_quotes(tmp_path):
    f = facts(PRINTED / "text_mailed_notes.pdf", tmp_path)
    # the quoted agenda ("2. Sammankallande från hösten", "4. Sommarplanering") is not the meeting's
    assert f["items"] == [("1", "Föregående anteckningar"), ("2", "Sammankallande"), ("3", "Sommarplanering")]
    assert ("Louise Sand", "absent", ("ledamot",)) in f["attendance"]


def test_an_absence_told_after_a_roster_line_the_writer_wrapped_is_read(tmp_path):
    # "… kommunerna" / "i Skogland. Förhinder hade Marie Lind, …": the sentence of the absent on the wrapped line
    f = load_text(tmp_path, "lg.md", """# Regional ledningsgrupp för vård och omsorg – minnesanteckningar

**Datum:** 2026-01-23

**Deltagare:** Eva Ek, socialchef, Åby kommun; Karin Ås, länssamordnare, kommunerna
i Norrby. Förhinder hade Marie Lind, socialchef, Byå kommun.

## 1. Dagordning

Dagordningen godkändes.
""")
    assert ("Marie Lind", "absent", ("ledamot",)) in f["attendance"]
    assert ("Eva Ek", "present", ("ledamot",)) in f["attendance"]


PIPED = """# Lokal närvårdsgrupp Åby – minnesanteckningar 2025-11-25

**Närvarande:** Birgitta Ek (sammankallande), Wilma Holm, Darius Rahimi

| Punkt | Anteckning |
|---|---|
| 1. Inledning | Birgitta hälsade välkommen. Anteckningarna från 21/10 lades till handlingarna. |
| 2. Läkarmedverkan | Gruppen var överens om att pröva fasta läkarronder varannan vecka. Darius tar fram en rutin för ronderna. |
"""


def test_a_markdown_file_saved_as_word_reads_its_table_of_items(tmp_path):
    # LibreOffice opens the .md as text and saves it as .docx, a line a paragraph: the table of items in pipes
    # stays as typed, and is read as the text file's is
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    for line in PIPED.split("\n"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "nvg.docx")
    saved = facts(tmp_path / "nvg.docx", tmp_path / "docx")
    typed = load_text(tmp_path, "nvg.md", PIPED)
    assert saved["items"] == typed["items"] == [("1", "Inledning"), ("2", "Läkarmedverkan")]
    assert saved["assignments"] == typed["assignments"] and saved["assignments"]


def test_a_pdf_unfolding_into_more_text_than_minutes_hold_is_refused(tmp_path, monkeypatch):
    # the bound on a PDF's text is held page by page, whether its pages are read as typed or laid out
    from samverkan.graph.errors import ReadError
    from samverkan.loaders import read
    from samverkan.loaders.read import read_document

    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 200)
    for pdf in (PRINTED / "text_au_protokoll.pdf", Path(__file__).parent / "fixtures" / "formats" / "libreoffice"
                / "lvo_2025-06-05.pdf"):
        with pytest.raises(ReadError, match="decompression bomb"):
            read_document(pdf)
