"""A working group's notes as a Word table "Punkt | Diskussion | Beslut/åtgärd | Ansvarig | Klart": the task is
told in the Beslut/åtgärd cell with the doer's given name, and the Klart cell gives the day it is due.
"""
from __future__ import annotations

import docx

from tests.loaders.test_read_formats import facts


def _notes(path):
    d = docx.Document()
    d.add_paragraph("Minnesanteckningar – Lokal arbetsgrupp vårdprogram demens, närområde Åby")
    d.add_paragraph("Datum: 2026-11-19\nPlats: Åby vårdcentral")
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Namn", "Funktion", "Verksamhet"]):
        c.text = h
    for row in [("Ulrika Berg", "kurator", "Åby vårdcentral, Region Norrby"), ("Nils Åkesson", "läkare", "Region Norrby")]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    t = d.add_table(rows=1, cols=5)
    for c, h in zip(t.rows[0].cells, ["Punkt", "Diskussion", "Beslut/åtgärd", "Ansvarig", "Klart"]):
        c.text = h
    for row in [("1. Screening", "Åby har infört screening vid nybesök.",
                 "Ulrika tar fram en kort instruktion för journalmallen.", "Ulrika Berg", "2026-12-10"),
                ("2. Rapport", "En lägesrapport har begärts.", "Nils sammanställer lägesrapporten.", "Nils Åkesson",
                 "2027-02-05")]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    d.save(path)
    return path


def test_the_klart_cell_gives_the_day_the_task_in_the_row_is_due(tmp_path):
    path = _notes(tmp_path / "ag.docx")
    f = facts(path, tmp_path)
    tasks = {who: task for who, task in f["assignments"]}
    assert tasks[("Ulrika Berg",)].startswith("ta fram en kort instruktion")
    from samverkan.loaders.pipeline import parse_file
    due = {tuple(a.assignees): a.due_date for a in parse_file(str(path)).relations.assignments}
    assert due[("Ulrika Berg",)] == "2026-12-10"
    assert due[("Nils Åkesson",)] == "2027-02-05"
