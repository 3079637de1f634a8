"""A samverkansgrupp's protocol with its § rows in a Word table: a matter raised to another body told in a paragraph
of its own above the decision block, a working group set up for care at a condition ("… behandling vid
samsjuklighet med en representant från varje huvudman"), and that group handing its proposal in to the
samverkansgrupp by a day."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedDecision, ParsedItem, ParsedMinutes
from tests.loaders.test_read_formats import facts

ROWS = [
    ("§ 14", "Uppdrag om samsjuklighet", [
        "Samverkansgruppen beslutar",
        "att inrätta en arbetsgrupp för integrerad behandling vid samsjuklighet med en representant från varje huvudman,",
        "att arbetsgruppen lämnar ett förslag till modell till samverkansgruppen senast den 14 oktober 2027."]),
    ("§ 15", "Samordningsförbundet – insats för unga vuxna", [
        "Förbundschefen informerade om förbundets nya insats för unga vuxna.",
        "Frågan om medfinansiering ligger utanför samverkansgruppens mandat och lyfts till RLG. Eva Ek tar med frågan "
        "till RLG:s möte den 20 maj.",
        "Samverkansgruppen beslutar",
        "att lägga informationen till handlingarna."]),
    ("§ 16", "Nästa sammanträde", ["Torsdag 10 juni 2027."]),
]


def _protocol(path):
    """A Word protocol whose § rows are a table's rows: the number in the left cell, the title and a paragraph
    per sentence group in the right one."""
    from docx import Document

    d = Document()
    for line in ("PROTOKOLL", "Samverkansgrupp psykisk hälsa", "Sammanträdesdatum: 2027-04-15"):
        d.add_paragraph(line)
    roster = d.add_table(rows=0, cols=3)
    for row in (("Namn", "Huvudman", "Närvaro"), ("Eva Ek, ordförande", "Region Norrmark", "Närvarande"),
                ("Per Lund", "Gransjö kommun", "Närvarande")):
        for c, v in zip(roster.add_row().cells, row):
            c.text = v
    d.add_paragraph("")
    body = d.add_table(rows=0, cols=2)
    for num, title, paras in ROWS:
        left, right = body.add_row().cells
        left.text = num
        right.text = title
        for x in paras:
            right.add_paragraph(x)
    d.save(path)
    return path


def _read_decisions(clauses: list[str], body: str = "Samverkansgrupp psykisk hälsa"):
    decisions = [ParsedDecision(item="14", text=c, position=i, decided_by=body) for i, c in enumerate(clauses)]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=[],
                                           items=[ParsedItem(number="14", title="Uppdrag", body="")], decisions=decisions))


def test_a_group_set_up_for_care_at_a_condition_keeps_the_condition_in_its_name():
    r = _read_decisions(["inrätta en arbetsgrupp för integrerad behandling vid samsjuklighet med en representant "
                         "från varje huvudman"])
    assert [(m.to_body, m.kind) for m in r.mandates] == [
        ("Arbetsgrupp för integrerad behandling vid samsjuklighet", "delegates")]


def test_the_new_group_hands_its_proposal_in_to_the_body_that_met():
    r = _read_decisions(["inrätta en arbetsgrupp för integrerad behandling vid samsjuklighet med en representant "
                         "från varje huvudman",
                         "arbetsgruppen lämnar ett förslag till modell till samverkansgruppen senast den 14 oktober 2027"])
    assert ("Arbetsgrupp för integrerad behandling vid samsjuklighet", "Samverkansgrupp psykisk hälsa", "reports_to") in {
        (m.from_body, m.to_body, m.kind) for m in r.mandates}, r.mandates
    assert any(a.assignees == ["Arbetsgrupp för integrerad behandling vid samsjuklighet"]
               and a.task.startswith("lämna ett förslag till modell") for a in r.assignments), r.assignments


def test_a_matter_raised_in_a_paragraph_above_the_decision_block_is_decided(tmp_path):
    data = facts(_protocol(tmp_path / "sg_2027-04-15.docx"), tmp_path)
    texts = [t.rstrip(".") for t in data["decisions"]]
    assert "lyfta frågan om medfinansiering till RLG" in texts, texts
    assert "lägga informationen till handlingarna" in texts, texts
