"""Word minutes saved by a word processor in another format (OpenDocument, RTF, a web page) read as their Word
original: the same layout readings run on every such text, a table's rows of items and decisions, a protocol's
section cells and an arrow opening a line after a sentence. ``fixtures/formats/saved`` holds Word fixtures as
LibreOffice saves them."""
from __future__ import annotations

from pathlib import Path

from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts

FIXTURES = Path(__file__).parent / "fixtures"
SAVED = FIXTURES / "formats" / "saved"


def _original(saved: Path) -> Path:
    (word,) = (p for p in FIXTURES.rglob(f"{saved.stem}.docx") if p.parent.parent.name in ("sisters", "blekinge"))
    return word


def test_a_protocol_of_ärende_and_beslut_cells_saved_as_opendocument_reads_its_decisions(tmp_path):
    # the decision's att-clauses a paragraph each in its cell: each a line of the decision, and the rows after
    # it still the table's
    odt = SAVED / "r8_psvo_2026-10-01.odt"
    lines = read_document(odt).text.split("\n")
    at = lines.index("Beslut: PSVO beslutar")
    assert lines[at + 1:at + 3] == ["att godkänna återrapporten",
                                    "att ge LSVO i uppdrag att redovisa hur de återstående målen ska nås vid PSVO:s "
                                    "möte i februari 2027."]
    assert "§ 23 Sammanträdesplan 2027" in lines
    saved, original = facts(odt, tmp_path / "odt"), facts(_original(odt), tmp_path / "docx")
    assert len(saved["decisions"]) >= 8
    assert saved["decisions"] == original["decisions"]


def test_an_arrow_after_a_sentence_in_a_saved_web_page_opens_a_line_as_in_its_original(tmp_path):
    page = SAVED / "n30_sg_nara_vard_malarby_2027-09-16.html"
    lines = read_document(page).text.split("\n")
    assert "Beslut: Styrgruppen avvaktar samrådsorganets ställningstagande." in lines
    assert any(x.startswith("→ IF bevakar frågan") for x in lines)
    saved, original = facts(page, tmp_path / "html"), facts(_original(page), tmp_path / "docx")
    assert saved["decisions"] == original["decisions"]
    assert saved["assignments"] == original["assignments"]
