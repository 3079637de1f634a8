"""Layouts and habits of the sister minutes' secretaries that tools make (fixtures/sisters/*/n14_*): a Word
protocol whose items are rows of a "§ | Ärende | Beslut" table, printed to PDF; minutes mailed as a reply to
the meeting's notice, the body named only in the subject; a LibreOffice document whose box "Om gruppen" says
whom the group reports to, its roster's Närvaro column saying who stands in for whom; a group's uppdrag told
as "Gruppen har fått i uppdrag av …"; a decision whose subject is the body that met ("gruppen rekommenderar
kommunerna att …"); a double given name used without the surname.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

from samverkan.loaders.extract import _body_cell, parse_minutes
from samverkan.loaders import read as reader
from samverkan.loaders.read import read_document
from samverkan.loaders.relations import extract_relations


# -- "§ | Ärende | Beslut" ---------------------------------------------------------------------------

def _protocol_with_item_table(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Politiskt samråd Nära vård Åby")
    d.add_paragraph("Protokoll 2026-04-23")
    d.add_paragraph("Närvarande: Eva Lund (S), ordförande, Åby kommun; Per Holm (M), Region Norrby")
    rows = [("§", "Ärende", "Beslut"),
            ("8", "Val av justerare", "Per Holm utses att jämte ordföranden justera protokollet."),
            ("9", "Trygghetsplatser\nFörslag från tjänstepersonsgruppen om delad finansiering av platserna.",
             "Samrådet beslutar att rekommendera Åby kommun och Region Norrby att dela kostnaden lika,\n"
             "att uppdra åt Eva Lund att återkomma med en utvärdering i december 2026."),
            ("10", "Anmälningar", "Anmälan noteras.")]
    t = d.add_table(rows=len(rows), cols=3)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("Vid protokollet")
    d.add_paragraph("Anna Ek")
    d.save(path)
    return path


def test_an_item_table_with_a_decision_column_reads_as_items_and_their_decisions(tmp_path):
    """Each row an item: its number alone in the first cell, its heading (and what was said) in the second,
    what was decided in the "Beslut" column; the decision's att-clauses each a decision."""
    text = read_document(_protocol_with_item_table(tmp_path / "p.docx")).text
    p = parse_minutes(text, "p.docx")
    assert [i.number for i in p.items][-3:] == ["8", "9", "10"]
    decided = [d.text for d in p.decisions]
    assert any(t.startswith("rekommendera Åby kommun och Region Norrby") for t in decided), decided
    assert any(t.startswith("uppdra åt Eva Lund") for t in decided), decided
    assert any("Anmälan noteras" in t for t in decided), decided
    tasks = {(tuple(a.assignees), a.task[:25]) for a in extract_relations(p).assignments}
    assert (("Eva Lund",), "återkomma med en utvärder") in tasks, tasks


def test_the_decision_column_printed_to_pdf_goes_on_over_the_page():
    """A printed page sets the cells apart by spaces; a decision's cell that wraps onto the next page goes on
    on the indented lines under the row."""
    text = ("§ Ärende                          Beslut\n"
            "8      Val av justerare            Per Holm utses att justera protokollet.\n"
            "9      Trygghetsplatser Förslag om delad finansiering av platserna.   Samrådet beslutar att "
            "rekommendera kommunen att dela kostnaden,\n\n"
            "                                  att uppdra åt Eva Lund att följa upp.\n\n"
            "Vid protokollet")
    out = reader._decision_rows_apart(text).split("\n")
    assert out[:2] == ["§ 8 Val av justerare", "Beslut: Per Holm utses att justera protokollet."]
    assert "§ 9 Trygghetsplatser" in out and "Förslag om delad finansiering av platserna." in out
    assert "att uppdra åt Eva Lund att följa upp." in out
    assert out[-1] == "Vid protokollet"


# -- the body named in a reply's subject ----------------------------------------------------------------

def test_the_body_of_notes_sent_as_a_reply_to_the_notice_is_the_subject_s():
    assert _body_cell("SV: Kallelse arbetsgrupp hemrehabilitering 4/5 - anteckningar") == "arbetsgrupp hemrehabilitering"
    assert _body_cell("RE: Inbjudan till möte i Nätverket för MAS 12/3") == "Nätverket för MAS"


# -- "Om gruppen" box and the Närvaro column ---------------------------------------------------------

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')


def _odt(path: Path, body: str) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<office:document-content {NS}><office:body><office:text>{body}'
                                  f'</office:text></office:body></office:document-content>')
    path.write_bytes(buf.getvalue())
    return path


def _cell(*paras: str) -> str:
    return "<table:table-cell>" + "".join(f"<text:p>{p}</text:p>" for p in paras) + "</table:table-cell>"


def _row(*cells: str) -> str:
    return "<table:table-row>" + "".join(_cell(c) for c in cells) + "</table:table-row>"


def test_a_box_of_one_cell_in_libreoffice_reads_as_its_lines(tmp_path):
    """A bordered box "Om gruppen" (a table of one cell) keeps its lines apart; "Rapporterar till X, två gånger
    per år" is the group's reporting line."""
    box = ('<table:table><table:table-column/><table:table-row>'
           + _cell("Om gruppen", "Uppdragsgivare: Styrgrupp Nära vård",
                   "Rapporterar till Styrgrupp Nära vård, två gånger per år (juni och december).")
           + "</table:table-row></table:table>")
    body = ("<text:p>Arbetsgrupp rehabilitering Åby – minnesanteckningar 2026-04-14</text:p>" + box
            + "<text:p>Deltagare: Eva Lund, Åby kommun; Per Holm, Region Norrby</text:p>"
            + "<text:h>1. Modell</text:h><text:p>Per gick igenom utkastet.</text:p>")
    text = read_document(_odt(tmp_path / "m.odt", body)).text
    assert "Uppdragsgivare: Styrgrupp Nära vård\nRapporterar till Styrgrupp Nära vård" in text
    mandates = {(m.from_body, m.to_body, m.kind) for m in extract_relations(parse_minutes(text, "m.odt")).mandates}
    assert ("Arbetsgrupp rehabilitering Åby", "Styrgrupp Nära vård", "reports_to") in mandates, mandates


def test_who_stands_in_for_whom_said_in_the_presence_column(tmp_path):
    rows = (_row("Namn", "Organisation", "Närvaro") + _row("Eva Lund", "Åby kommun", "närvarande")
            + _row("Jenny Sand", "Ekeby kommun", "förhinder")
            + _row("Petra Holm", "Ekeby kommun", "närvarande, deltar som ersättare för Jenny Sand"))
    body = ("<text:p>Minnesanteckningar arbetsgrupp rehabilitering 2026-04-14</text:p>"
            f"<table:table><table:table-column table:number-columns-repeated=\"3\"/>{rows}</table:table>"
            "<text:h>1. Inledning</text:h><text:p>Eva hälsade välkommen.</text:p>")
    p = parse_minutes(read_document(_odt(tmp_path / "r.odt", body)).text, "r.odt")
    petra = next(a for a in p.attendance if a.name == "Petra Holm")
    assert petra.status == "present" and "ersättare" in petra.roles and "ledamot" not in petra.roles
    assert petra.substitute_for == "Jenny Sand"


# -- phrasings ------------------------------------------------------------------------------------------

NOTES = """Arbetsgrupp läkemedel Åby – minnesanteckningar 2026-05-07

Deltagare: Johanna Lind, Region Norrby; Ali Reza Karimi, Region Norrby; Ann Hed, Åby kommun

1. Uppdraget
Gruppen har fått i uppdrag av Regional ledningsgrupp Norrby att ta fram en gemensam rutin för läkemedelsgenomgångar.

2. Bakgrund
Johanna påminde om bakgrunden: gruppen har fått i uppdrag av Samverkansgrupp äldre att kartlägga hemsjukvården i kommunerna.

3. Delegering
Beslut: gruppen rekommenderar kommunerna att använda den gemensamma utbildningsfilmen från sommaren 2026.
"""


def test_the_group_s_uppdrag_told_by_its_bare_word_is_its_task():
    r = extract_relations(parse_minutes(NOTES, "n.txt"))
    tasks = {(tuple(a.assignees), a.task[:25]) for a in r.assignments}
    assert (("Arbetsgrupp läkemedel Åby",), "ta fram en gemensam rutin") in tasks, tasks
    assert (("Arbetsgrupp läkemedel Åby",), "kartlägga hemsjukvården i") in tasks, tasks
    mandates = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("Samverkansgrupp äldre", "Arbetsgrupp läkemedel Åby", "delegates") in mandates, mandates


def test_a_decision_whose_subject_is_the_body_that_met_recommends():
    r = extract_relations(parse_minutes(NOTES, "n.txt"))
    assert any(m.kind == "recommends" and m.from_body == "Arbetsgrupp läkemedel Åby" and "kommunerna" in m.to_body
               for m in r.mandates), r.mandates


def test_a_double_given_name_without_the_surname_is_the_attendee_it_opens(tmp_path):
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "n.txt").write_text(NOTES + "\n4. Statistik\nAli Reza tar fram statistik till nästa möte.\n",
                                          encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "m"], s)
        names = {p.name for p in s.known_people()}
    assert "Ali Reza Karimi" in names and "Ali Reza" not in names, names


def test_a_ledamot_cell_wrapped_after_its_comma_onto_the_huvudman_goes_on_in_a_tight_printed_table():
    """A Word table printed without padding sets a wrapped cell's line as close as the next row: the huvudman
    under a cell left open after its comma, beside the ersättare's "– ej närvarande", goes on the row above."""
    above = [(0, "Jörgen Wallin (M), vice ordförande,"), (44, "Hanna Löfgren (M), Region Mälarby")]
    assert reader._runs_on(above, [(0, "Region Mälarby"), (44, "– ej närvarande")])
    assert not reader._runs_on(above, [(0, "Rasmus Nyberg (S)"), (44, "Ingela Borg (V)")])
