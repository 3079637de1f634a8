"""Habits of a kommun's socialnämnd protocol in Word: the roster a table whose last column says, in one word
or a short note, whether each was there and held a seat ("Närvarande/tjänstgörande"), and a paragraph whose
decision opens with the proposal to kommunfullmäktige ("Socialnämnden föreslår kommunfullmäktige besluta")
over its att-clauses, before what the nämnd decides for its own part; each read on a small minutes of its
own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

import docx

from tests.loaders.test_read_formats import facts, load_text

ROSTER = [
    ("Namn", "Parti", "Uppdrag", "Närvarande/tjänstgörande"),
    ("Eva Lindqvist", "S", "ordförande", "Närvarande"),
    ("Per Nyholm", "M", "ledamot", "Frånvarande"),
    ("Kim Sandberg", "C", "ledamot", "Närvarande, §§ 3–5"),
    ("Anna Berg", "S", "ersättare", "Tjänstgörande för Per Nyholm"),
    ("Olle Dahl", "V", "ersättare", "Frånvarande"),
]


def _protocol(tmp_path: Path) -> dict:
    d = docx.Document()
    d.add_paragraph("ÅBY KOMMUN")
    d.add_paragraph("Socialnämnden")
    d.add_paragraph("Sammanträdesdatum 2030-03-19")
    d.add_paragraph("Beslutande och närvarande")
    table = d.add_table(rows=0, cols=4)
    for row in ROSTER:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.add_paragraph("§ 3\tVal av justerare")
    d.add_paragraph("Socialnämnden beslutar")
    d.add_paragraph("att utse Kim Sandberg (C) att jämte ordföranden justera protokollet.")
    path = tmp_path / "sn.docx"
    d.save(path)
    return facts(path, tmp_path)


def test_a_presence_column_headed_with_the_seat_reads_each_row(tmp_path):
    f = _protocol(tmp_path)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Per Nyholm"] == "absent"
    assert status["Kim Sandberg"] == "present"
    assert status["Anna Berg"] == "present"
    assert status["Olle Dahl"] == "absent"
    assert ("Anna Berg", "Socialnämnden, Åby kommun", "member") in f["memberships"]


PROPOSAL_UP = """ÅBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Socialnämnden
Sammanträdesdatum 2030-03-19

Beslutande
Eva Lindqvist (M), ordförande
Per Nyholm (S)
Kim Sandberg (C)

§ 26 Riktlinjer för anhörigstöd

Ärendebeskrivning
Förvaltningen har reviderat riktlinjerna för anhörigstöd, som ska antas av kommunfullmäktige.

Socialnämnden föreslår kommunfullmäktige besluta
att anta riktlinjer för anhörigstöd i Åby kommun enligt bilaga 2,
att riktlinjerna gäller från och med den 1 juli 2030.

Socialnämnden beslutar för egen del
att överlämna ärendet till kommunfullmäktige för beslut.
"""


def test_the_proposal_to_kommunfullmaktige_heads_its_att_clauses(tmp_path):
    decisions = load_text(tmp_path, "sn.txt", PROPOSAL_UP)["decisions"]
    assert "föreslå kommunfullmäktige besluta att anta riktlinjer för anhörigstöd i Åby kommun enligt bilaga 2" in decisions
    assert any(d.startswith("föreslå kommunfullmäktige besluta att riktlinjerna gäller från och med den 1 juli 2030")
               for d in decisions)
    assert any(d.startswith("överlämna ärendet") for d in decisions)
    # another body's proposal quoted in the case is none of the nämnd's decisions
    text = PROPOSAL_UP.replace("Socialnämnden föreslår kommunfullmäktige besluta",
                               "Kommunstyrelsen föreslår kommunfullmäktige besluta")
    (tmp_path / "quoted").mkdir()
    quoted = load_text(tmp_path / "quoted", "sn.txt", text)["decisions"]
    assert not any("anta riktlinjer" in d for d in quoted)
