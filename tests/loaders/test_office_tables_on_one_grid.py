"""Tables LibreOffice saves on one grid read in the columns their cells make.

A Word document's tables laid one under another (the header's labels, the roster, the points with their
BESLUT rows) become one table when LibreOffice saves it as .odt or .html: its columns a grid fine enough for
every table's edges, each cell spanning some of them. Read so, a row has empty cells between its own and its
cells stand in other columns than the Word document's; read by the cells' spans each table is itself again,
and a row with a merged cell keeps its cells under their headings."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from samverkan.loaders.formats import columns_by_spans
from tests.loaders.test_read_formats import NS, facts

# (the edges of each table's columns on a grid of ten, its rows; a cell may span to the next cell's column)
TABLES = [
    ([0, 5, 10], [["ARBETSGRUPP MUNHÄLSA ÄLDRE", "Minnesanteckningar 2/2027"],
                  ["Datum", "Onsdag 10 mars 2027, kl. 09.00–11.00"],
                  ["Plats", "Ekby, kommunhuset, rum Tallen"]]),
    ([0, 3, 6, 8, 10], [["Namn", "Organisation", "Roll", "Närvarande"],
                        ["Eva Lindqvist", "Region Norrmark, tandvårdsenheten", "ordförande", "Ja"],
                        ["Tomas Brandt", "Ekby kommun, äldreomsorgen", "ledamot", "Ja"],
                        ["Sara Holmgren", "Åby kommun, socialförvaltningen", "sekreterare", "Ja"],
                        ["Nils Ekström", ("Lövsta kommun, hemtjänsten", 2), "Nej"]]),
    ([0, 2, 4, 10], [["Punkt 1", "Inledning", ""],
                     ["", "Föregående anteckningar gicks igenom.", ""],
                     ["", "BESLUT", "Anteckningarna läggs till handlingarna."],
                     ["Punkt 2", "Munvårdsrutin", ""],
                     ["", "Sara Holmgren redovisade utkastet till rutin.", ""],
                     ["", "BESLUT", "Arbetsgruppen fastställer rutinen för munvård."]]),
]
GRID = 10


def _cells(edges: list[int], row: list) -> list[tuple[str, int]]:
    """A row's cells with the grid columns each spans."""
    out, k = [], 0
    for cell in row:
        text, n = cell if isinstance(cell, tuple) else (cell, 1)
        out.append((text, edges[k + n] - edges[k]))
        k += n
    return out


def _html(tmp_path: Path) -> Path:
    rows = "".join("<tr>" + "".join(f'<td colspan="{span}"><p>{text}</p></td>' if span > 1 else f"<td><p>{text}</p></td>"
                                    for text, span in _cells(edges, row)) + "</tr>"
                   for edges, table in TABLES for row in table)
    path = tmp_path / "ag_munhalsa_2027-03-10.html"
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
                    f'<title></title></head><body><p>KOMMUNERNA OCH REGIONEN I NORRMARK</p><table>'
                    f'{"<col/>" * GRID}{rows}</table><p>Justerat: EL, 2027-03-12</p></body></html>', encoding="utf-8")
    return path


def _odt(tmp_path: Path) -> Path:
    def cell(text: str, span: int) -> str:
        spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        return f"<table:table-cell{spanned}><text:p>{text}</text:p></table:table-cell>" + \
            "<table:covered-table-cell/>" * (span - 1)

    rows = "".join("<table:table-row>" + "".join(cell(t, s) for t, s in _cells(edges, row)) + "</table:table-row>"
                   for edges, table in TABLES for row in table)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<office:document-content {NS}><office:body><office:text>'
                                  f'<text:p>KOMMUNERNA OCH REGIONEN I NORRMARK</text:p><table:table>'
                                  f'<table:table-column table:number-columns-repeated="{GRID}"/>{rows}</table:table>'
                                  f'<text:p>Justerat: EL, 2027-03-12</text:p></office:text></office:body>'
                                  f'</office:document-content>')
    path = tmp_path / "ag_munhalsa_2027-03-10.odt"
    path.write_bytes(buf.getvalue())
    return path


def _docx(tmp_path: Path) -> Path:
    """The Word document LibreOffice saved: each table a table of its own, a merged cell a merged cell."""
    import docx

    d = docx.Document()
    d.add_paragraph("KOMMUNERNA OCH REGIONEN I NORRMARK")
    for edges, table in TABLES:
        t = d.add_table(rows=0, cols=len(edges) - 1)
        for row in table:
            cells = t.add_row().cells
            k = 0
            for c in row:
                text, n = c if isinstance(c, tuple) else (c, 1)
                if n > 1:
                    cells[k].merge(cells[k + n - 1])
                cells[k].text = text
                k += n
    d.add_paragraph("Justerat: EL, 2027-03-12")
    path = tmp_path / "ag_munhalsa_2027-03-10.docx"
    d.save(str(path))
    return path


def test_each_table_on_the_grid_is_written_in_its_own_columns():
    rows, spans = [], []
    for edges, table in TABLES:
        for row in table:
            cells = _cells(edges, row)
            rows.append([x for text, span in cells for x in [text] + [""] * (span - 1)])
            spans.append([span for _, span in cells])
    got = columns_by_spans(rows, spans)
    assert got[1] == ["Datum", "Onsdag 10 mars 2027, kl. 09.00–11.00"]
    assert got[3] == ["Namn", "Organisation", "Roll", "Närvarande"]
    assert got[7] == ["Nils Ekström", "Lövsta kommun, hemtjänsten", "", "Nej"]  # the mark under its heading
    assert got[10] == ["", "BESLUT", "Anteckningarna läggs till handlingarna."]


def test_a_table_without_merged_cells_is_as_it_was():
    rows = [["Namn", "Roll"], ["Eva Ek", "ordförande"]]
    assert columns_by_spans(rows, [[1, 1], [1, 1]]) == rows


@pytest.mark.parametrize("make", [_html, _odt], ids=["html", "odt"])
def test_saved_by_libreoffice_reads_the_facts_of_the_word_document(make, tmp_path):
    word = facts(_docx(tmp_path), tmp_path)
    status = {name: st for name, st, _ in word["attendance"]}
    assert status["Eva Lindqvist"] == "present" and status["Nils Ekström"] == "absent"
    assert "Anteckningarna läggs till handlingarna." in word["decisions"]
    got = facts(make(tmp_path), tmp_path)
    for kind in ("attendance", "decisions", "memberships", "assignments", "items"):
        assert got[kind] == word[kind], kind
