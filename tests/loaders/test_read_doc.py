"""Minutes saved as Word 97–2003 documents (``.doc``) read as the same minutes as Word's ``.docx``.

``fixtures/formats`` holds five Word minutes of ``fixtures/unseen`` and ``fixtures/sisters`` as
LibreOffice saves them as .doc (a page header, numbered lists, a roster with merged cells, rows that
lay out an item): each must give the lines and every fact its Word original gives;
``formats/doc_features`` holds .doc files saved from small Word documents of one feature each
(tracked changes, text boxes, presence check boxes). Word itself
stores text that fits cp1252 a byte a character (a "compressed" piece), which LibreOffice never
writes: :func:`compressed_copy` rewrites a fixture so.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import olefile
import pytest

from samverkan.graph.errors import ReadError
from samverkan.loaders import formats
from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts

FIXTURES = Path(__file__).parent / "fixtures"
DOCS = sorted(FIXTURES.glob("formats/*.doc"))


def original(doc: Path) -> Path:
    (word,) = (p for p in FIXTURES.rglob(f"{doc.stem}.docx") if p.parent.name != "formats")
    return word


def lines(text: str) -> list[str]:
    return [" ".join(x.split()) for x in text.split("\n") if x.strip()]


def test_the_fixtures_are_word_97_documents_of_word_originals():
    assert len(DOCS) >= 5 and sum(p.stat().st_size for p in DOCS) < 300_000
    for doc in DOCS:
        assert doc.read_bytes().startswith(formats.OLE_SIGNATURE) and original(doc).exists()


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_a_doc_reads_the_lines_its_word_original_reads(doc):
    got, expected = read_document(doc), read_document(original(doc))
    assert got.media_type == formats.DOC
    assert lines(got.text) == lines(expected.text)


def test_a_table_row_reads_as_the_word_reader_writes_it():
    """A cell per tab, a cell merged over the roster's four columns followed by three empty ones, as
    the .docx reader writes ``w:gridSpan``; a row that lays out an item ("2. Återrapport från PSO" |
    its paragraphs) as the item's heading and its paragraphs a line each."""
    norrtuna = read_document(FIXTURES / "formats" / "hsvo_au_norrtuna_2025-10-30.doc").text.split("\n")
    assert "Ledamöter\t\t\t" in norrtuna and "Namn\tParti\tHuvudman\tNärvaro" in norrtuna
    assert "Lotta Fransson\tKD\tGäddviks kommun\tAnmält förhinder" in norrtuna
    lvo = read_document(FIXTURES / "formats" / "n5_lvo_2025-11-06.doc").text.split("\n")
    at = lvo.index("2. Återrapport från PSO")
    assert lvo[at + 1].startswith("Cecilia återrapporterade") and lvo[at + 2].startswith("Gruppen enades om")


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_a_doc_gives_every_fact_its_word_original_gives(doc, tmp_path):
    expected, got = facts(original(doc), tmp_path / "docx"), facts(doc, tmp_path / "doc")
    assert expected["attendance"] and expected["items"] and expected["decisions"]
    for kind in expected:
        assert got[kind] == expected[kind], kind


FEATURES = FIXTURES / "formats" / "doc_features"  # .doc files LibreOffice saved from Word documents with the feature


def test_a_paragraph_whose_mark_was_deleted_runs_on_into_the_next():
    """Tracked changes joined "Anna Lund, " / "Region Ekvik" and "§ 2 Handlingsplan " / "för hemgång": one
    line each, as the accepted text reads (and as the Word reader reads w:pPr/w:rPr/w:del)."""
    got = read_document(FEATURES / "deleted_paragraph_marks.doc").text.split("\n")
    assert "Anna Lund, Region Ekvik" in got and "§ 2 Handlingsplan för hemgång" in got


def test_a_text_box_reads_after_its_paragraph_or_in_its_cell():
    body = read_document(FEATURES / "text_box_in_body.doc").text.split("\n")
    assert body[body.index("Närvarande:") + 1] == "Justerare: Per Berg"
    cell = read_document(FEATURES / "text_box_in_roster_cell.doc").text.split("\n")
    assert "Beslutande\tAnna Lund (S); Per Berg (M); Sanna Ek (C)" in cell


def test_presence_ticked_with_wingdings_boxes_reads_as_marks(tmp_path):
    """A Närvarande column of Wingdings boxes: a ticked box "☒", an empty one a blank cell, as the
    Word reader reads them; the one left empty is absent."""
    path = FEATURES / "presence_check_boxes.doc"
    got = read_document(path).text.split("\n")
    assert "Anna Lund\tRegion Ekvik\t☒" in got and "Kim Ros\tÅsby kommun\t" in got
    assert ("Kim Ros", "absent", ("ledamot",)) in facts(path, tmp_path)["attendance"]


def _fib(word: bytes) -> tuple[int, int, int]:
    """(where fibRgFcLcb begins, ccpText's place) of the FIB; and fWhichTblStm."""
    csw = int.from_bytes(word[32:34], "little")
    at = 34 + 2 * csw
    cslw = int.from_bytes(word[at:at + 2], "little")
    return at + 2 + 4 * cslw + 2, at + 2 + 12, word[0x0B] & 0x02


def compressed_copy(src: Path, dst: Path) -> Path:
    """``src`` with its one UTF-16 piece stored as Word stores text that fits cp1252: a byte a
    character where the piece began, its offset doubled with the fCompressed bit set, and the
    paragraph and character runs' offsets moved with their characters."""
    shutil.copy(src, dst)
    with olefile.OleFileIO(str(dst), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        fclcb, _, which = _fib(bytes(word))
        name = "1Table" if which else "0Table"
        table = bytearray(ole.openstream(name).read())

        def fclcb_of(k: int) -> tuple[int, int]:
            at = fclcb + 8 * k
            return int.from_bytes(word[at:at + 4], "little"), int.from_bytes(word[at + 4:at + 8], "little")

        fc_clx, _ = fclcb_of(33)
        assert table[fc_clx] == 2  # one piece table, no property modifiers before it
        plc = fc_clx + 5
        start, end = (int.from_bytes(table[plc + 4 * k:plc + 4 * k + 4], "little") for k in (0, 1))
        fc = int.from_bytes(table[plc + 10:plc + 14], "little")
        assert not fc & 0x40000000
        text = word[fc:fc + 2 * (end - start)].decode("utf-16-le")
        raw = text.encode("cp1252")
        word[fc:fc + len(raw)] = raw
        table[plc + 10:plc + 14] = ((2 * fc) | 0x40000000).to_bytes(4, "little")

        def moved(value: int) -> int:
            return fc + (value - fc) // 2 if fc <= value <= fc + 2 * len(raw) else value

        for k in (12, 13):  # the character and the paragraph runs' pages
            at, lcb = fclcb_of(k)
            n = (lcb - 4) // 8
            for i in range(n + 1):
                x = at + 4 * i
                table[x:x + 4] = moved(int.from_bytes(table[x:x + 4], "little")).to_bytes(4, "little")
            for i in range(n):
                pn = int.from_bytes(table[at + 4 * (n + 1) + 4 * i:at + 4 * (n + 1) + 4 * i + 4], "little") & 0x3FFFFF
                page = pn * 512
                for j in range(word[page + 511] + 1):
                    x = page + 4 * j
                    word[x:x + 4] = moved(int.from_bytes(word[x:x + 4], "little")).to_bytes(4, "little")
        ole.write_stream("WordDocument", bytes(word))
        ole.write_stream(name, bytes(table))
    return dst


@pytest.mark.parametrize("name", ["n5_lvo_2025-11-06.doc", "rlg_vallmark_2025-10-16.doc"])
def test_text_stored_a_byte_a_character_reads_as_the_same_text(name, tmp_path):
    src = FIXTURES / "formats" / name
    copy = compressed_copy(src, tmp_path / name)
    assert copy.read_bytes() != src.read_bytes()
    assert read_document(copy).text == read_document(src).text


def test_field_codes_special_characters_and_pieces_of_both_kinds():
    """Field codes go (a field's result stays, in a field in a field too); a line break is a line in
    the paragraph, a page break ends it, a non-breaking hyphen is a hyphen, a soft hyphen nothing;
    a compressed piece's bytes 0x82–0x9F are the characters cp1252 puts there."""
    first = "Se \x13 HYPERLINK \"x\" \x14sidan \x13 PAGE \x143\x15\x15 nu\x0bAnna\x1eKarin\x1fs\r".encode("utf-16-le")
    second = b"Sida\x0cBeslut \x96 \x93klart\x94\xa0nu\r"
    doc = formats._WordDocument.__new__(formats._WordDocument)
    doc.word = first + second
    n1 = len(first) // 2
    doc.pieces = [(0, n1, 0, False), (n1, n1 + len(second), len(first), True)]
    doc.piece_starts = [0, n1]
    doc.papx, doc.chpx, doc.styles, doc.piece_props = [], [], {}, [{}, {}]
    got = [text for text, *_ in doc._paragraphs(0, n1 + len(second))]
    assert got == ["Se sidan 3 nu\nAnna-Karins", "Sida", "Beslut – “klart”\xa0nu"]
    # the header read once for the first page: its PAGE field is 1, whichever page its result was laid out on
    assert doc._paragraphs(0, n1, first_page=True)[0][0] == "Se sidan 1 nu\nAnna-Karins"


def test_properties_a_fast_save_gave_a_piece_apply_to_its_paragraphs():
    """A document saved fast keeps changed properties as a list of modifiers the piece names (its Prm):
    here the second piece's paragraphs are a table's cell and its row's end."""
    text = "Namn\x07\x07Anna Lund\x07\x07".encode("cp1252")
    doc = formats._WordDocument.__new__(formats._WordDocument)
    doc.word, doc.papx, doc.chpx, doc.styles = text, [], [], {}
    doc.pieces, doc.piece_starts = [(0, 5, 0, True), (5, 6, 5, True), (6, 16, 6, True), (16, 17, 16, True)], [0, 5, 6, 16]
    cell, row_end = {0x2416: b"\x01"}, {0x2416: b"\x01", 0x2417: b"\x01"}
    doc.piece_props = [cell, row_end, cell, row_end]
    doc.lists, doc.boxes = formats._DocLists.__new__(formats._DocLists), {}
    doc.lists.levels, doc.lists.overrides, doc.lists.counts = {}, [], {}
    out = formats.Lines()
    doc._blocks(doc._paragraphs(0, 17), out)
    assert out.text() == "Namn\nAnna Lund"


def test_a_row_keeps_its_cells_and_a_label_row_spans_the_table():
    """The table's columns are every edge its rows' cells have: a row of one cell over all of them (a
    label over the roster) reads as the label and an empty cell per column more, as the Word reader
    reads ``w:gridSpan``; a row of fewer, wider cells ("Övriga:" | a name) keeps its two cells; a row
    whose first cell stands under a later column starts with an empty cell per column before it."""
    table = formats._DocTable()
    grid = formats._grid([[0, 500, 2000, 3000, 4000], [0, 1000, 4000], [0, 4000], [2000, 4000]])
    cell = lambda text: [(text, 0x07, {}, False)]
    assert table._cells([cell("Ledamöter")], [0, 4000], grid) == ["Ledamöter", "", "", "", ""]
    assert table._cells([cell("Övriga:"), cell("Anna Lund")], [0, 1000, 4000], grid) == ["Övriga:", "Anna Lund"]
    assert table._cells([cell("x")], [2000, 4000], grid) == ["", "", "", "x", ""]


def test_symbols_and_properties_kept_in_the_data_stream():
    """A presence box inserted as a symbol (sprmCSymbol: its font and code) or typed in a symbol font
    reads by its font as the Word reader reads ``w:sym``; a symbol that is no box reads as nothing when
    inserted, as itself when typed. A row end's properties too many for its page (sprmPHugePapx) are
    read from the Data stream."""
    doc = formats._WordDocument.__new__(formats._WordDocument)
    doc.fonts = ["times new roman", "wingdings", "wingdings 2"]
    inserted = lambda font, code: {0x6A09: font.to_bytes(2, "little") + code.to_bytes(2, "little")}
    assert doc._symbol("(", inserted(1, 0xF0FE)) == "☒" and doc._symbol("(", inserted(2, 0xF0A3)) == "☐"
    assert doc._symbol("(", inserted(1, 0xF04A)) == ""
    assert doc._symbol("\uf0fe", {0x4A4F: b"\x01\x00"}) == "☒" and doc._symbol("\uf0fe", {}) == "\uf0fe"
    row_end = (0x2416).to_bytes(2, "little") + b"\x01" + (0x2417).to_bytes(2, "little") + b"\x01"
    doc.data = b"\x00" * 7 + len(row_end).to_bytes(2, "little") + row_end
    assert doc._huge_papx(7) == {0x2416: b"\x01", 0x2417: b"\x01"} and doc._huge_papx(100) == {}


def _damaged(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as exc:
        read_document(path)
    message = str(exc.value)
    assert str(path) in message and "\n" not in message
    return exc.value.reason


def test_a_truncated_or_foreign_doc_is_refused_with_the_reason(tmp_path):
    data = DOCS[0].read_bytes()
    for cut in (100, 2048, len(data) // 2, len(data) - 300):
        assert "truncated" in _damaged(tmp_path, f"cut{cut}.doc", data[:cut])
    assert "no OLE2 signature" in _damaged(tmp_path, "text.doc", "Minnesanteckningar\r\n§ 1 Öppnande".encode("cp1252"))


def test_a_password_protected_doc_is_refused_as_such(tmp_path):
    path = shutil.copy(DOCS[0], tmp_path / "locked.doc")
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        word[0x0B] |= 0x01  # fEncrypted
        ole.write_stream("WordDocument", bytes(word))
    assert _damaged(tmp_path, "locked.doc", Path(path).read_bytes()).startswith("password-protected")


@pytest.mark.parametrize("kind", [".rtf", ".html"])
def test_rtf_or_html_saved_under_a_doc_name_reads_as_what_it_is(kind, tmp_path):
    (real,) = FIXTURES.glob(f"formats/projektgrupp_far_2025-10-21{kind}")
    doc = tmp_path / "projektgrupp_far_2025-10-21.doc"
    doc.write_bytes(real.read_bytes())
    assert read_document(doc).text == read_document(real).text
