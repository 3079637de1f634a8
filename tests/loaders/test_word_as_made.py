"""Word minutes as secretaries make them read the same facts as the same minutes typed as text.

Each test builds a small protocol in Word with one thing real Word documents carry (tracked
changes, content controls, fields, merged or nested cells, a header, a layout table, text a
template hides or leaves unfilled) and compares what a user asks of it with the plain text."""
from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts

docx = pytest.importorskip("docx")

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')

HEAD = ["Protokoll Styrgruppen för Ekviks vårdsamverkan", "Datum: 2025-03-04"]
ROSTER = ["Närvarande:", "Anna Lund, Region Ekvik", "Per Berg, Västby kommun", "Lisa Holm, Norrvik kommun"]
ITEMS = ["§ 1 Mötets öppnande", "Ordföranden Anna Lund öppnade mötet.", "",
         "§ 2 Handlingsplan för hemgång", "Styrgruppen beslutar", "att godkänna handlingsplanen.", "",
         "§ 3 Nästa möte", "Nästa möte hålls 2025-04-08."]
TEXT = HEAD + [""] + ROSTER + [""] + ITEMS


def r(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*runs: str) -> str:
    return f'<w:p {_NS}>{"".join(runs)}</w:p>'


def tbl(rows: list[str]) -> str:
    return f'<w:tbl {_NS}>{"".join(rows)}</w:tbl>'


def tc(*paragraphs: str, props: str = "") -> str:
    inner = "".join(x if x.startswith("<") else f"<w:p>{r(x)}</w:p>" for x in paragraphs) or "<w:p/>"
    return f'<w:tc>{f"<w:tcPr>{props}</w:tcPr>" if props else ""}{inner}</w:tc>'


def _docx(blocks: list[str], tmp_path: Path, header: list[str] = (), name: str = "styrgruppen_2025-03-04",
          prepare=None) -> Path:
    """A Word document of ``blocks``: plain paragraphs, or raw body XML (starting "<");
    ``prepare``: what to do to the document first (a list definition)."""
    from docx.oxml import parse_xml

    d = docx.Document()
    if prepare:
        prepare(d)
    for block in blocks:
        if block.startswith("<"):
            d.element.body.insert(len(d.element.body) - 1, parse_xml(block))
        else:
            d.add_paragraph(block)
    if header:
        h = d.sections[0].header
        h.is_linked_to_previous = False
        h._element.remove(h._element[0])
        for block in header:
            h._element.append(parse_xml(block))
    path = tmp_path / f"{name}.docx"
    d.save(str(path))
    return path


def _same_as_text(blocks: list[str], tmp_path: Path, text: list[str] = TEXT, header: list[str] = (),
                  name: str = "styrgruppen_2025-03-04", prepare=None) -> dict:
    """The facts of the Word document of ``blocks`` (see :func:`_docx`), checked against those of
    ``text``; ``name``: the files' name (one naming no body or date leaves them to the text)."""
    word = facts(_docx(blocks, tmp_path, header, name, prepare), tmp_path)
    plain = tmp_path / f"{name}.txt"
    plain.write_text("\n".join(text) + "\n", encoding="utf-8")
    expected = facts(plain, tmp_path)
    assert expected["attendance"] and expected["items"] and expected["decisions"]
    for kind in expected:
        assert word[kind] == expected[kind], kind
    return word


def _blocks(roster: list[str] = ROSTER) -> list[str]:
    return HEAD + roster + ITEMS


def test_tracked_changes_comments_and_footnotes_read_as_the_accepted_text(tmp_path):
    """An inserted name is read, a deleted one and a deleted roster paragraph are not; a comment and
    a footnote's reference add nothing to the name they mark."""
    roster = ["Närvarande:",
              p(r("Anna Lund"), '<w:r><w:footnoteReference w:id="1"/></w:r>', r(", Region Ekvik")),
              p('<w:commentRangeStart w:id="0"/>', r("Per Berg, "), '<w:commentRangeEnd w:id="0"/>',
                '<w:r><w:commentReference w:id="0"/></w:r>',
                '<w:del w:id="3" w:author="X"><w:r><w:delText>Region Ekvik</w:delText></w:r></w:del>',
                '<w:ins w:id="4" w:author="X">' + r("Västby kommun") + '</w:ins>'),
              p('<w:del w:id="5" w:author="X"><w:r><w:delText>Kim Ros, Västby kommun</w:delText></w:r></w:del>'),
              p('<w:ins w:id="6" w:author="X">' + r("Lisa Holm, Norrvik kommun") + '</w:ins>')]
    _same_as_text(_blocks(roster), tmp_path)


def test_names_in_hyperlinks_smart_tags_fields_and_content_controls_read_as_typed(tmp_path):
    date = p(r("Datum: "), '<w:sdt><w:sdtPr><w:alias w:val="Datum"/><w:date w:fullDate="2025-03-04T00:00:00Z">'
             '<w:dateFormat w:val="yyyy-MM-dd"/></w:date></w:sdtPr><w:sdtContent>' + r("2025-03-04")
             + '</w:sdtContent></w:sdt>')
    roster = ["Närvarande:",
              p('<w:hyperlink w:history="1">' + r("Anna Lund") + '</w:hyperlink>', r(", Region Ekvik")),
              p('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
                + r("Per Berg") + '</w:smartTag>', r(", Västby kommun")),
              f'<w:sdt {_NS}><w:sdtPr><w:alias w:val="Deltagare"/></w:sdtPr><w:sdtContent>'
              + p('<w:fldSimple w:instr=" MERGEFIELD Namn ">' + r("Lisa Holm") + '</w:fldSimple>', r(", Norrvik kommun"))
              + '</w:sdtContent></w:sdt>']
    _same_as_text([HEAD[0], date] + roster + ITEMS, tmp_path)


def test_a_complex_date_field_and_a_soft_broken_roster_read_as_lines(tmp_path):
    date = p(r("Datum: "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
             '<w:r><w:instrText xml:space="preserve"> CREATEDATE \\@ "yyyy-MM-dd" </w:instrText></w:r>',
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("2025-03-04"),
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    roster = p(r("Närvarande:"), "<w:r><w:br/></w:r>", r("Anna Lund, Region Ekvik"), "<w:r><w:br/></w:r>",
               r("Per Berg, Västby kommun"), "<w:r><w:br/></w:r>", r("Lisa Holm, Norrvik kommun"))
    _same_as_text([HEAD[0], date, roster] + ITEMS, tmp_path)


def test_names_tabbed_from_their_organisations_read_as_the_text_with_tabs(tmp_path):
    roster = ["Närvarande:"] + [p(r(name), "<w:r><w:tab/></w:r>", r(org)) for name, org in
                                (("Anna Lund", "Region Ekvik"), ("Per Berg", "Västby kommun"),
                                 ("Lisa Holm", "Norrvik kommun"))]
    text = HEAD + ["", "Närvarande:", "Anna Lund\tRegion Ekvik", "Per Berg\tVästby kommun",
                   "Lisa Holm\tNorrvik kommun", ""] + ITEMS
    _same_as_text(_blocks(roster), tmp_path, text)


def test_a_header_with_a_positional_tab_names_the_body_apart_from_the_date(tmp_path):
    """Word's header building blocks set the date right with a positional tab (w:ptab), no tab
    character: the body's name and the date are two words apart, not one."""
    header = [p(r("Styrgruppen för Ekviks vårdsamverkan"),
                '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>', r("2025-03-04"))]
    text = ["Styrgruppen för Ekviks vårdsamverkan\t2025-03-04", "Protokoll", ""] + ROSTER + [""] + ITEMS
    f = _same_as_text(["Protokoll"] + ROSTER + ITEMS, tmp_path, text, header, name="protokoll")
    assert read_document(tmp_path / "protokoll.docx").text.split("\n")[0] == text[0]
    assert (f["body"], f["date"]) == ("Styrgrupp för Ekviks vårdsamverkan", "2025-03-04")


def test_a_header_table_and_a_text_box_name_the_body_and_the_date(tmp_path):
    header = [tbl([f"<w:tr>{tc('Styrgruppen för Ekviks vårdsamverkan')}{tc('Protokoll')}{tc('2025-03-04')}</w:tr>"])]
    box = ('<w:txbxContent><w:p>' + r("Justerare: Per Berg") + '</w:p></w:txbxContent>')
    anchor = p(r("Närvarande:"), '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
               + box + '</v:textbox></v:shape></w:pict></w:r>')
    text = ["Styrgruppen för Ekviks vårdsamverkan\tProtokoll\t2025-03-04", "Närvarande:", "Justerare: Per Berg",
            "Anna Lund, Region Ekvik", "Per Berg, Västby kommun", "Lisa Holm, Norrvik kommun", ""] + ITEMS
    f = _same_as_text([anchor] + ROSTER[1:] + ITEMS, tmp_path, text, header, name="protokoll")
    assert (f["body"], f["date"]) == ("Styrgrupp för Ekviks vårdsamverkan", "2025-03-04")


_PLACEHOLDER = ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                + r("Klicka eller tryck här för att ange text.", '<w:rStyle w:val="PlaceholderText"/>')
                + '</w:sdtContent></w:sdt>')


def test_text_a_template_hides_or_leaves_unfilled_is_not_read(tmp_path):
    """A template's hidden guidance (w:vanish) is not printed and its fields still showing their
    placeholder hold nothing: neither is read as a name, an organisation or a roster line."""
    roster = [p(r("Närvarande:"), r(" Skriv namn och organisation, en person per rad.", "<w:vanish/>")),
              p(r("Anna Lund, Region Ekvik")), p(r("Per Berg, Västby kommun")),
              p(r("Lisa Holm, Norrvik kommun")),
              p(r("Ange Sekreterare Här, Mötesanteckningar Kommun", "<w:vanish/>")),
              p(r("Justerare: "), _PLACEHOLDER),
              f'<w:sdt {_NS}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
              + p(r("Klicka Här Kommun, Ange Deltagare")) + '</w:sdtContent></w:sdt>']
    text = HEAD + ["", "Närvarande:", "Anna Lund, Region Ekvik", "Per Berg, Västby kommun",
                   "Lisa Holm, Norrvik kommun", "", "Justerare: ", ""] + ITEMS
    _same_as_text(HEAD + roster + ITEMS, tmp_path, text)
    lines = read_document(tmp_path / "styrgruppen_2025-03-04.docx").text.split("\n")
    assert lines[2:7] == ["Närvarande:", "Anna Lund, Region Ekvik", "Per Berg, Västby kommun",
                          "Lisa Holm, Norrvik kommun", ""]
    assert "Justerare: " in lines and not any("Klicka" in x or "Ange" in x for x in lines)


def _roster_table(rows: list[str]) -> str:
    return tbl([f"<w:tr>{tc('Namn')}{tc('Organisation')}{tc('Närvaro')}</w:tr>"] + rows)


def _row(*cells: str, props: str = "") -> str:
    return f'<w:tr>{f"<w:trPr>{props}</w:trPr>" if props else ""}{"".join(tc(c) for c in cells)}</w:tr>'


ROSTER_TABLE_TEXT = ["Namn\tOrganisation\tNärvaro", "Anna Lund\tRegion Ekvik\tx", "Per Berg\tVästby kommun\tx",
                     "Lisa Holm\tNorrvik kommun\t", "Kim Ros\tÅsby kommun\tx"]


def test_a_roster_table_row_deleted_with_tracked_changes_leaves_no_gap(tmp_path):
    """A row deleted with tracked changes (w:trPr/w:del) is gone, as the accepted document has it:
    the rows after it stay in the roster."""
    deleted = ('<w:tr><w:trPr><w:del w:id="7" w:author="X"/></w:trPr>'
               + "".join(tc(f'<w:p><w:del w:id="{k}" w:author="X"><w:r><w:delText>{t}</w:delText></w:r></w:del></w:p>')
                         for k, t in ((8, "Eva Ek"), (9, "Åsby kommun"), (10, "x"))) + '</w:tr>')
    table = _roster_table([_row("Anna Lund", "Region Ekvik", "x"), _row("Per Berg", "Västby kommun", "x"), deleted,
                           _row("Lisa Holm", "Norrvik kommun", ""), _row("Kim Ros", "Åsby kommun", "x")])
    _same_as_text(HEAD + [table] + ITEMS, tmp_path, HEAD + [""] + ROSTER_TABLE_TEXT + [""] + ITEMS)
    assert "\t\t" not in read_document(tmp_path / "styrgruppen_2025-03-04.docx").text


def test_a_row_whose_cells_start_under_a_later_column_keeps_its_columns(tmp_path):
    """A row of a ledamöter/ersättare table with no ledamot left in it: Word writes it with its
    first column skipped (w:gridBefore), and the ersättare stays in the ersättare column."""
    table = tbl([_row("Ledamöter", "Ersättare"), _row("Anna Lund, Region Ekvik", "Eva Ek, Region Ekvik"),
                 _row("Per Berg, Västby kommun", "Kim Ros, Västby kommun"),
                 _row("Lisa Holm, Norrvik kommun", "Ola Sand, Norrvik kommun"),
                 _row("Maja Ström, Åsby kommun", props='<w:gridBefore w:val="1"/>')])
    text = HEAD + ["", "Ledamöter\tErsättare", "Anna Lund, Region Ekvik\tEva Ek, Region Ekvik",
                   "Per Berg, Västby kommun\tKim Ros, Västby kommun", "Lisa Holm, Norrvik kommun\tOla Sand, Norrvik kommun",
                   "\tMaja Ström, Åsby kommun", ""] + ITEMS
    f = _same_as_text(HEAD + [table] + ITEMS, tmp_path, text)
    assert any(name == "Maja Ström" for name, _, _ in f["attendance"])
    assert read_document(tmp_path / "styrgruppen_2025-03-04.docx").text.split("\n")[6] == "\tMaja Ström, Åsby kommun"


def test_minutes_framed_in_a_table_of_one_cell_read_as_their_paragraphs(tmp_path):
    """A template that frames the whole protocol in a bordered table of one cell: its paragraphs
    are the minutes' lines, not one cell's text run into a single line."""
    frame = tbl([f"<w:tr>{tc(*[x for x in TEXT if x])}</w:tr>"])
    f = _same_as_text([frame], tmp_path)
    assert f["decisions"] == ["godkänna handlingsplanen."]


def test_items_laid_out_as_a_number_cell_beside_their_text_read_as_items(tmp_path):
    """Minutes whose items stand in a table, the number in the left cell and the heading and its
    paragraphs in the right one: each item has its heading as title and its decision; the rows of
    fields above (date, roster) stay rows."""
    rows = [_row("Datum", "2025-03-04"),
            f"<w:tr>{tc('Närvarande')}{tc('Anna Lund, Region Ekvik', 'Per Berg, Västby kommun', 'Lisa Holm, Norrvik kommun')}</w:tr>",
            f"<w:tr>{tc('§ 1')}{tc('Mötets öppnande', 'Ordföranden Anna Lund öppnade mötet.')}</w:tr>",
            f"<w:tr>{tc('§ 2')}{tc('Handlingsplan för hemgång', 'Styrgruppen beslutar', 'att godkänna handlingsplanen.')}</w:tr>",
            f"<w:tr>{tc('§ 3')}{tc('Nästa möte', 'Nästa möte hålls 2025-04-08.')}</w:tr>"]
    f = _same_as_text([HEAD[0], tbl(rows)], tmp_path)
    assert [t for _, t in f["items"]] == ["Mötets öppnande", "Handlingsplan för hemgång", "Nästa möte"]
    # the heading and text of an item as lines of one paragraph, set apart by soft breaks
    lines = lambda *xs: "<w:p>" + "<w:r><w:br/></w:r>".join(r(x) for x in xs) + "</w:p>"
    rows[3] = f"<w:tr>{tc('§ 2')}{tc(lines('Handlingsplan för hemgång', 'Styrgruppen beslutar', 'att godkänna handlingsplanen.'))}</w:tr>"
    (tmp_path / "soft").mkdir()
    _same_as_text([HEAD[0], tbl(rows)], tmp_path / "soft")


def test_merged_label_cells_and_a_roster_nested_in_a_cell_read_as_the_roster(tmp_path):
    """"Närvarande" merged down over the roster's rows (w:vMerge) and over two columns (w:gridSpan),
    and a roster that is a table inside a cell: each name with its organisation, as in the text."""
    restart, span = '<w:vMerge w:val="restart"/>', '<w:gridSpan w:val="2"/>'
    merged = tbl([_row("Datum", "2025-03-04"),
                  f"<w:tr>{tc('Närvarande', props=restart)}{tc('Anna Lund, Region Ekvik')}</w:tr>",
                  f"<w:tr>{tc('', props='<w:vMerge/>')}{tc('Per Berg, Västby kommun')}</w:tr>",
                  f"<w:tr>{tc('', props='<w:vMerge/>')}{tc('Lisa Holm, Norrvik kommun')}</w:tr>"])
    text = HEAD[:1] + ["Datum:\t2025-03-04", "Närvarande:\tAnna Lund, Region Ekvik", "\tPer Berg, Västby kommun",
                       "\tLisa Holm, Norrvik kommun", ""] + ITEMS
    _same_as_text(HEAD[:1] + [merged] + ITEMS, tmp_path, text)
    inner = tbl([_row("Anna Lund", "Region Ekvik"), _row("Per Berg", "Västby kommun"),
                 _row("Lisa Holm", "Norrvik kommun")]).replace(f" {_NS}", "")
    nested = tbl([f"<w:tr>{tc('Närvarande', props=span)}</w:tr>", f"<w:tr>{tc('Ledamöter')}{tc(inner + '<w:p/>')}</w:tr>"])
    text = HEAD + ["", "Närvarande:", "Anna Lund\tRegion Ekvik", "Per Berg\tVästby kommun", "Lisa Holm\tNorrvik kommun",
                   ""] + ITEMS
    (tmp_path / "nested").mkdir()
    _same_as_text(HEAD + [nested] + ITEMS, tmp_path / "nested", text)


def _box(checked: bool) -> str:
    """A check box content control as Word writes one with a symbol font: its glyph a private
    character of Wingdings, its state in w14:checked."""
    return (f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            '<w14:checkedState w14:val="00FE" w14:font="Wingdings"/><w14:uncheckedState w14:val="00A8" '
            'w14:font="Wingdings"/></w14:checkbox></w:sdtPr><w:sdtContent>'
            + r("\uf0fe" if checked else "\uf0a8", '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')
            + '</w:sdtContent></w:sdt>')


def _sym(checked: bool) -> str:
    return f'<w:r><w:sym w:font="Wingdings" w:char="{"F0FE" if checked else "F0A8"}"/></w:r>'


@pytest.mark.parametrize("mark", [_box, _sym], ids=["check_box_control", "symbol"])
def test_presence_ticked_in_word_check_boxes_reads_as_the_marks_of_the_text(mark, tmp_path):
    """A Närvarande column of check boxes (content controls, or symbols from Wingdings): a ticked
    box is a presence mark, an empty one marks no one, as "x" and a blank cell in the text."""
    people = (("Anna Lund", "Region Ekvik", 1), ("Per Berg", "Västby kommun", 1), ("Lisa Holm", "Norrvik kommun", 1),
              ("Kim Ros", "Åsby kommun", 0))
    rows = [_row("Namn", "Organisation", "Närvarande")] + [
        f"<w:tr>{tc(n)}{tc(o)}{tc('<w:p>' + mark(bool(c)) + '</w:p>')}</w:tr>" for n, o, c in people]
    text = HEAD + ["", "Namn\tOrganisation\tNärvarande"] + [f"{n}\t{o}\t{'x' if c else ''}" for n, o, c in people] + [""] + ITEMS
    f = _same_as_text(HEAD + [tbl(rows)] + ITEMS, tmp_path, text)
    assert ("Kim Ros", "absent", ("ledamot",)) in f["attendance"]


@pytest.mark.parametrize("framed", [False, True], ids=["body", "framed"])
def test_item_headings_numbered_by_word_read_with_their_numbers(framed, tmp_path):
    """Item headings numbered by a list whose level Word writes "§ %1": their numbers are drawn,
    not typed; in the body and inside a table framing the minutes alike."""
    from tests.loaders.test_read import _numbering

    numbered = lambda t: p('<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="81"/></w:numPr></w:pPr>', r(t))
    items = [numbered(x.split(" ", 2)[2]) if x.startswith("§") else x for x in ITEMS if x]
    blocks = HEAD + ROSTER + items
    if framed:
        blocks = [tbl([f"<w:tr>{tc(*blocks)}</w:tr>"])]
    f = _same_as_text(blocks, tmp_path, prepare=lambda d: _numbering(d, "81", ("decimal", "§ %1", 1)))
    assert [n for n, _ in f["items"]] == ["1", "2", "3"]


def test_a_header_table_with_page_number_fields_names_the_body_and_date(tmp_path):
    """A header table of the body's name, the date and "Sida {PAGE} ({NUMPAGES})" fields."""
    def field(instr: str, shown: str) -> str:
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    page = f"<w:p>{r('Sida ')}{field('PAGE', '1')}{r(' (')}<w:fldSimple w:instr=' NUMPAGES '>{r('2')}</w:fldSimple>{r(')')}</w:p>"
    header = [tbl([f"<w:tr>{tc('Styrgruppen för Ekviks vårdsamverkan')}{tc(page)}</w:tr>",
                   f"<w:tr>{tc('Protokoll')}{tc('2025-03-04')}</w:tr>"])]
    text = ["Styrgruppen för Ekviks vårdsamverkan\tSida 1 (2)", "Protokoll\t2025-03-04", ""] + ROSTER + [""] + ITEMS
    f = _same_as_text(ROSTER + ITEMS, tmp_path, text, header, name="protokoll")
    assert (f["body"], f["date"]) == ("Styrgrupp för Ekviks vårdsamverkan", "2025-03-04")


def test_paragraphs_joined_by_a_deleted_paragraph_mark_read_as_one_line(tmp_path):
    """Two lines joined with tracked changes on (the first paragraph's mark deleted, w:pPr/w:rPr/w:del)
    are one line of the accepted text: a name with its organisation, a heading with its end."""
    gone = '<w:pPr><w:rPr><w:del w:id="9" w:author="X"/></w:rPr></w:pPr>'
    roster = ["Närvarande:", p(gone, r("Anna Lund, ")), p(r("Region Ekvik")), ROSTER[2], ROSTER[3]]
    items = [p(gone, r("§ 2 Handlingsplan ")) if x.startswith("§ 2") else x for x in ITEMS]
    items.insert(items.index("Styrgruppen beslutar"), p(r("för hemgång")))
    _same_as_text(HEAD + roster + [x for x in items if x], tmp_path)
    lines = read_document(tmp_path / "styrgruppen_2025-03-04.docx").text.split("\n")
    assert "Anna Lund, Region Ekvik" in lines and "§ 2 Handlingsplan för hemgång" in lines


def test_item_rows_with_the_diary_number_under_the_item_number_read_as_items(tmp_path):
    """Board minutes whose left cell holds the item's number over its diary number ("§ 2" /
    "Dnr VS 2025/12"): the heading is the item's title, the diary number a line under it."""
    rows = [f"<w:tr>{tc('§ 1')}{tc('Mötets öppnande', 'Ordföranden Anna Lund öppnade mötet.')}</w:tr>",
            f"<w:tr>{tc('§ 2', 'Dnr VS 2025/12')}{tc('Handlingsplan för hemgång', 'Styrgruppen beslutar', 'att godkänna handlingsplanen.')}</w:tr>",
            f"<w:tr>{tc('§ 3')}{tc('Nästa möte', 'Nästa möte hålls 2025-04-08.')}</w:tr>"]
    items = list(ITEMS)
    items.insert(items.index("Styrgruppen beslutar"), "Dnr VS 2025/12")
    f = _same_as_text(HEAD + ROSTER + [tbl(rows)], tmp_path, HEAD + [""] + ROSTER + [""] + items)
    assert [t for _, t in f["items"]] == ["Mötets öppnande", "Handlingsplan för hemgång", "Nästa möte"]
