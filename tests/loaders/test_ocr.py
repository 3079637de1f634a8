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
