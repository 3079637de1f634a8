"""A samverkansgrupp's Word template read on small made-up minutes: a roster with a column per huvudman whose
cells end in a letter the legend above the table spells out ("N = närvarande, F = förhinder"), and a
"Nr | Ärende | Anteckning | Beslut/åtgärd" table whose decision cell sets its att-clauses a line each, the rows
after it still read as items.
"""
from __future__ import annotations

import docx

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import read_document


def _docx(tmp_path, roster: list[list[str]], items: list[list[str]]):
    d = docx.Document()
    d.add_paragraph("Samverkansgrupp Äldre")
    d.add_paragraph("Minnesanteckningar 2027-03-08, Teams")
    d.add_paragraph("N = närvarande, F = förhinder")
    t = d.add_table(rows=len(roster), cols=len(roster[0]))
    for i, row in enumerate(roster):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    d.add_paragraph("Ordförande: Vera Holm")
    t = d.add_table(rows=len(items), cols=4)
    for i, row in enumerate(items):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    path = tmp_path / "sg_aldre_2027-03-08.docx"
    d.save(path)
    doc = read_document(path)
    return parse_minutes(doc.text, path.name)


ROSTER = [["", "Region Åsen", "Åby kommun", "Byn kommun"],
          ["Ordinarie", "Vera Holm\nverksamhetschef\nN", "Sten Ulf\nMAS\nF", "Lina Berg\nsocialchef\nN"],
          ["Ersättare", "Ida Sjö\nenhetschef\nF", "Omar Lind\nMAR\nN", "vakant"]]
ITEMS = [["Nr", "Ärende", "Anteckning", "Beslut/åtgärd"],
         ["1", "Dagordning", "Inga tillägg.", "Dagordningen godkändes."],
         ["2", "Uppdrag om fallprevention", "Uppdraget kräver en arbetsgrupp.",
          "Gruppen beslutar\natt inrätta en arbetsgrupp för fallprevention,\natt utse Lina Berg till sammankallande."],
         ["3", "Rapport från processteamet", "Vårdtiderna har minskat.", "Informationen läggs till handlingarna."],
         ["4", "Nästa möte", "Den 5 april.", "–"]]


def test_a_legend_letter_at_a_cells_end_is_the_persons_presence(tmp_path):
    p = _docx(tmp_path, ROSTER, ITEMS)
    status = {a.name: a.status for a in p.attendance}
    assert status.get("Vera Holm") == "present" and status.get("Lina Berg") == "present", status
    assert status.get("Sten Ulf") == "absent" and status.get("Ida Sjö") == "absent", status
    assert status.get("Omar Lind") == "present", status


def test_each_person_keeps_the_huvudman_of_the_column(tmp_path):
    p = _docx(tmp_path, ROSTER, ITEMS)
    orgs = {a.name: a.organisation for a in p.attendance}
    assert orgs.get("Sten Ulf") == "Åby kommun" and orgs.get("Omar Lind") == "Åby kommun", orgs
    assert orgs.get("Ida Sjö") == "Region Åsen", orgs


def test_the_rows_after_a_cell_of_att_clauses_are_items(tmp_path):
    p = _docx(tmp_path, ROSTER, ITEMS)
    assert [i.number for i in p.items] == ["1", "2", "3", "4"], [(i.number, i.title) for i in p.items]
    texts = [d.text for d in p.decisions]
    assert any("utse Lina Berg till sammankallande" in t for t in texts), texts
    assert any("informationen till handlingarna" in t.casefold() for t in texts), texts


def test_a_group_named_for_the_means_of_care_and_the_occasion_keeps_the_occasion():
    from samverkan.loaders.relations import find_groups

    names = [g.name for g in find_groups("att inrätta Arbetsgrupp hjälpmedel vid utskrivning med en representant per huvudman,")]
    assert names == ["Arbetsgrupp hjälpmedel vid utskrivning"], names
    names = [g.name for g in find_groups("Arbetsgrupp hjälpmedel vid behov träffas igen i maj.")]
    assert names == ["Arbetsgrupp hjälpmedel"], names
