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
    (word,) = (p for p in FIXTURES.rglob(f"{saved.stem}.docx")
               if p.parent.parent.name in ("sisters", "blekinge", "unseen"))
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
    # (the original's tracked change, a date struck for another, LibreOffice writes as plain text: "28 februari31 mars")
    assert len(saved["decisions"]) == len(original["decisions"])
    assert len(saved["assignments"]) == len(original["assignments"])


def test_a_presenter_a_paragraph_of_the_item_cell_stays_apart_from_what_was_said(tmp_path):
    # "Föredragande: Ulla Forsberg" and "Behovet av …" two paragraphs of the item's cell: two lines, as in Word,
    # and no person "Ulla Forsberg Behovet"
    for name in ("r8_psvo_2026-10-01.odt", "r8_psvo_2026-10-01.rtf"):
        saved = SAVED / name
        lines = read_document(saved).text.split("\n")
        at = lines.index("§ 22 Hemsjukvård i ordinärt boende")
        assert lines[at + 1] == "Föredragande: Ulla Forsberg"
        assert lines[at + 2].startswith("Behovet av sjuksköterskeinsatser ökar.")
        got, original = facts(saved, tmp_path / saved.suffix[1:]), facts(_original(saved), tmp_path / "docx")
        assert got["persons"] == original["persons"]


def test_numbered_headings_a_list_each_in_a_saved_web_page_go_on_counting(tmp_path):
    # LibreOffice writes each numbered heading as a list of its own, every one with the first's start
    # ("<ol start=\"12\">" thrice): the items are § 12, 13 and 14, as in the Word original
    page = SAVED / "von_granlunda_2025-11-18.html"
    lines = read_document(page).text.split("\n")
    assert "13. Avsiktsförklaring om mobila närvårdsteam" in lines
    assert "14. Val av ledamot i Samverkansgrupp äldre Granlunda" in lines
    saved, original = facts(page, tmp_path / "html"), facts(_original(page), tmp_path / "docx")
    assert [n.lstrip("§ ").rstrip(".") for n, _ in saved["items"]] == [n.lstrip("§ ").rstrip(".") for n, _ in original["items"]]
    # (the original's tracked change, a date struck for another, LibreOffice writes as plain text: "28 februari31 mars")
    assert len(saved["decisions"]) == len(original["decisions"])
    assert len(saved["assignments"]) == len(original["assignments"])


def test_signature_leaders_side_by_side_in_a_saved_web_page_are_page_furniture_not_a_decision(tmp_path):
    # "Justerandes signatur ......    Utdragsbestyrkande ......" after the last decision: the page shows the gap
    # between the two boxes as one space, and the line is still no part of the decision
    page = SAVED / "n17_sn_fjallsta_2026-05-26.html"
    assert "Justerandes signatur ...... Utdragsbestyrkande ......" in read_document(page).text.split("\n")
    saved, original = facts(page, tmp_path / "html"), facts(_original(page), tmp_path / "docx")
    assert not [d for d in saved["decisions"] if "signatur" in d]
    assert saved["decisions"] == original["decisions"]
