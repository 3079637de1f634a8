"""Habits of secretaries of collaboration bodies read from small inline minutes: a närvarolista table whose
presence column is headed with its answers ("Närvarande ja/nej"); the decisions listed in a "Beslut" section at
the end and the tasks in an "Uppdrag" section after it ("1. … Ansvarig: … Klart: …"); a body's contact person
appointed among the decided points; the doers written after a dash without a colon ("– ansvar Eva och Per");
a passive that is negated or reported ("X tog upp att … inte alltid utses") and what another body wants ("Rådet
vill att styrgruppen utser …"), neither of them a decision of the body that met."""
from __future__ import annotations

from docx import Document

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import read_document
from samverkan.loaders.relations import extract_relations


def _relations(text: str, name: str = "x.docx"):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


_SECTIONS = ("Styrgrupp Norrby\nMinnesanteckningar 2026-06-09\n"
             "Ledamöter: Eva Lund, ordförande (Region Norrby); Per Holm (Åby kommun); Sara Berg (Ekby kommun)\n"
             "1  Mötet öppnas\nDagordningen godkändes.\n2  Handlingsplan\nPer Holm redovisade läget.\n"
             "3  Övrigt\nInga övriga frågor.\n"
             "Beslut\n1. Styrgruppen ställer sig bakom lägesbeskrivningen.\n"
             "2. Per Holm utses till styrgruppens kontaktperson mot det regionala rådet.\n"
             "Uppdrag\n1. Inventera möjliga utbildare i kommunerna. Ansvarig: Sara Berg. Klart: 2026-09-01\n"
             "2. Skriva utkast till lägesrapport. Ansvarig: Per Holm. Klart: 2026-08-14\n"
             "Nästa möte\n25 augusti 2026 kl 13–15.\n")


def test_uppdrag_section_ends_the_beslut_section():
    p, _ = _relations(_SECTIONS)
    texts = [d.text for d in p.decisions]
    assert any("ställer sig bakom lägesbeskrivningen" in t for t in texts)
    assert not any(t.startswith(("Uppdrag", "Ansvarig", "Klart", "Inventera")) for t in texts)


def test_uppdrag_section_rows_are_tasks_of_the_one_responsible():
    _, r = _relations(_SECTIONS)
    sara = next(a for a in r.assignments if a.assignees == ["Sara Berg"])
    assert sara.task.startswith("inventera möjliga utbildare") and sara.due_date == "2026-09-01"
    assert any(a.assignees == ["Per Holm"] and a.task.startswith("skriva utkast") for a in r.assignments)


def test_contact_person_appointed_in_a_decided_point():
    _, r = _relations(_SECTIONS)
    assert any(a.assignees == ["Per Holm"] and "kontaktperson mot det regionala rådet" in a.task for a in r.assignments)


_LOCAL = ("Lokal samverkan Norrby\nMinnesanteckningar 2026-06-04\n"
          "Närvarande: Eva Lund (ordförande), Region Norrby; Per Holm, Åby kommun; Sara Berg, Åby kommun\n\n"
          "1. Fast vårdkontakt\nSara tog upp att fast vårdkontakt inte alltid utses när patienten skrivs ut till "
          "korttidsboende. Sara formulerar ärendet.\n\n"
          "2. Sommarplanering\nGruppen går igenom bemanningen. Överenskoms att kommunen och vårdcentralen byter "
          "kontaktlistor senast 15 juni – ansvar Eva och Per.\n\n"
          "3. Suicidprevention\nPer Holm berättade om det regionala rådets arbete. Rådet vill att styrgruppen utser "
          "en kontaktperson.\n\n4. Nästa möte\n10 september 2026.\n")


def test_negated_reported_passive_is_no_decision():
    p, _ = _relations(_LOCAL)
    assert not any("utse" in d.text or "vårdkontakt" in d.text for d in p.decisions)


def test_what_another_body_wants_is_no_decision():
    p, _ = _relations(_LOCAL)
    assert not any(d.item == "3" for d in p.decisions)


def test_doers_after_a_dash_without_colon():
    _, r = _relations(_LOCAL)
    task = next(a for a in r.assignments if "kontaktlistor" in a.task)
    assert task.assignees == ["Eva Lund", "Per Holm"] and task.due_date == "2026-06-15"


def test_presence_column_headed_with_its_answers(tmp_path):
    d = Document()
    d.add_heading("Lokal samverkan Norrby", 1)
    d.add_paragraph("Minnesanteckningar från möte torsdag 2026-06-04 kl. 14.00–16.00")
    d.add_heading("Närvarolista", 2)
    rows = [("Namn", "Verksamhet", "Kommun/Region", "Närvarande ja/nej"),
            ("Eva Lund", "Verksamhetschef vårdcentralen, ordförande", "Region", "ja"),
            ("Per Holm", "Enhetschef hemsjukvård", "Kommun", "ja"),
            ("Sara Berg", "Psykiatrisk öppenvård", "Region", "nej")]
    t = d.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    d.add_heading("1. Föregående anteckningar", 3)
    d.add_paragraph("Anteckningarna gicks igenom.")
    path = tmp_path / "lokal.docx"
    d.save(path)
    p = parse_minutes(read_document(path).text, path.name)
    status = {a.name: a.status for a in p.attendance}
    assert status.get("Sara Berg") == "absent" and status.get("Per Holm") == "present"
