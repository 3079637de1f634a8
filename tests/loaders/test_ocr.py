"""Scanned minutes: a PDF of page images read by OCR (loaders/ocr.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.graph.errors import ReadError
from samverkan.loaders import ocr
from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import read_document
from samverkan.loaders.relations import extract_relations

# a kommun's signed protocol of two pages as a scanner makes it: page images only, a little
# skewed, specks on the glass, the letterhead and page number repeated on the second page
SCAN = Path(__file__).parent / "fixtures" / "formats" / "scanned_sn_au_lindmark_2025-11-18.pdf"

needs_ocr = pytest.mark.skipif(not ocr.available(), reason="tesseract-ocr with tesseract-ocr-swe and poppler-utils "
                                                           "are not installed (make system-deps installs them)")


@pytest.fixture(scope="module")
def scanned():
    return read_document(SCAN)


@needs_ocr
def test_a_scanned_protocol_is_read_as_its_text(scanned):
    assert scanned.media_type == "application/pdf"
    for line in ("Socialnämndens arbetsutskott", "Maria Sjöholm (S), ordförande", "§ 42 Samverkan kring barn och unga",
                 "att utse Leila Haddad till ledamot i Lokal styrgrupp barn och unga,", "§ 44 Övrigt"):
        assert line in scanned.text.split("\n"), line
    # the letterhead repeated on the second page is running furniture, kept once
    assert scanned.text.count("Sida ") == 1
    assert scanned.notes == (ocr.NOTE,)


@needs_ocr
def test_a_scanned_protocol_gives_its_meeting_roster_and_facts(scanned):
    parsed = parse_minutes(scanned.text, scanned.path)
    assert parsed.body.startswith("Socialnämndens arbetsutskott")
    assert parsed.date == "2025-11-18"
    assert [i.number for i in parsed.items] == ["41", "42", "43", "44"]
    status = {e.name: e.status for e in parsed.attendance}
    assert status == {"Maria Sjöholm": "present", "Göran Åkesson": "present", "Leila Haddad": "present",
                      "Jonas Öberg": "guest", "Annika Frisk": "guest"}
    rel = extract_relations(parsed)
    assert any(m.person == "Leila Haddad" and m.group == "Lokal styrgrupp barn och unga" for m in rel.memberships)
    assert any("handlingsplan" in a.task for a in rel.assignments)


@needs_ocr
def test_a_load_says_the_text_was_read_by_ocr(tmp_path):
    from samverkan.loaders.pipeline import parse_file

    assert ocr.NOTE in parse_file(str(SCAN)).parsed.warnings


def test_without_the_ocr_programs_a_scan_is_refused_naming_what_to_install(monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda tool: None)
    with pytest.raises(ReadError) as err:
        read_document(SCAN)
    message = str(err.value)
    assert str(SCAN) in message and "no text layer" in message and "tesseract-ocr-swe" in message
    assert "\n" not in message


# the same protocol as an office scanner saves it: a TIFF of two black-and-white pages
TIFF = SCAN.with_suffix(".tif")


@needs_ocr
def test_a_scanners_tiff_is_read_page_by_page_as_the_scanned_pdf_is(scanned):
    doc = read_document(TIFF)
    assert doc.media_type == "image/tiff" and doc.notes == (ocr.NOTE_IMAGE,)
    lines = set(doc.text.split("\n"))
    for line in ("Maria Sjöholm (S), ordförande", "§ 42 Samverkan kring barn och unga", "§ 44 Övrigt"):
        assert line in lines, line
    assert doc.text.count("Sida ") == 1
    parsed = parse_minutes(doc.text, doc.path)
    assert [i.number for i in parsed.items] == ["41", "42", "43", "44"]
    assert {e.name for e in parsed.attendance} == {e.name for e in parse_minutes(scanned.text, scanned.path).attendance}


def test_a_tif_that_is_no_tiff_is_refused(tmp_path):
    fake = tmp_path / "protokoll.tif"
    fake.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(ReadError, match="not a TIFF image") as err:
        read_document(fake)
    assert str(fake) in str(err.value)


def test_without_tesseract_a_tiff_is_refused_naming_what_to_install(monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda tool: None)
    with pytest.raises(ReadError, match="tesseract-ocr-swe") as err:
        read_document(TIFF)
    assert str(TIFF) in str(err.value) and "\n" not in str(err.value)


@needs_ocr
@pytest.mark.parametrize("kind", ["eml", "msg"])
def test_a_scan_a_scanner_mailed_is_read_and_said_to_be_read_by_ocr(kind, tmp_path):
    """"Scan to e-mail": the office scanner sends the signed protocol as a TIFF attached to a message."""
    from email.message import EmailMessage

    from tests.loaders.outlook_msg import outlook_message

    if kind == "eml":
        m = EmailMessage()
        m["Subject"], m["From"], m["Date"] = "Skannat dokument", "scanner@lindmark.se", "Tue, 18 Nov 2025 16:02:00 +0100"
        m.set_content("Skannat från kopiatorn.")
        m.add_attachment(TIFF.read_bytes(), maintype="image", subtype="tiff", filename="scan_0001.tif")
        data = bytes(m)
    else:
        data = outlook_message("Skannat dokument", "Skrivare plan 2", body="Skannat från kopiatorn.",
                               attachments=(("scan_0001.tif", TIFF.read_bytes()),))
    p = tmp_path / f"scan.{kind}"
    p.write_bytes(data)
    doc = read_document(p)
    assert doc.notes == (ocr.NOTE_IMAGE,)
    assert "§ 42 Samverkan kring barn och unga" in doc.text.split("\n")
