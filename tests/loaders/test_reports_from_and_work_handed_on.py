"""A member who reports from another body, and a matter handed on for a piece of work.

"Siri Palm rapporterar från LPO psykisk hälsa till styrgruppen vid varje möte under våren": her task, and the
body she reports from reports to the styrgrupp through her. "… att frågan lämnas till Samverkansgrupp äldre för
planering av införandet": referred there, and planning it is that body's task (a referral, no uppdrag)."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

MINUTES = """Styrgrupp för kunskapsstyrning – minnesanteckningar 2026-03-05

Närvarande
Region Norrland: Fredrik Sandin, hälso- och sjukvårdschef (ordförande)
Region Norrland: Mikael Dahl, kunskapsstyrningsstrateg (sekreterare)
Åby kommun: Jenny Åberg, medicinskt ansvarig sjuksköterska
Adjungerad punkt 2: Siri Palm, processledare LPO psykisk hälsa, Region Norrland

Punkt 1 – Mötets öppnande
Ordföranden öppnade mötet.

Punkt 2 – LPO psykisk hälsa
Siri Palm berättade om arbetet i LPO psykisk hälsa.
{report}

Punkt 3 – Nationella kunskapsstöd
Styrgruppen beslöt att vårdförloppet för demenssjukdom ska införas gemensamt och att frågan lämnas till Samverkansgrupp äldre för planering av införandet.

Punkt 4 – Nästa möte
Torsdag 16 april 2026.
"""
REPORTS = "Siri Palm rapporterar från LPO psykisk hälsa till styrgruppen vid varje möte under våren."


def _read(report: str = REPORTS):
    return extract_relations(parse_minutes(MINUTES.format(report=report), "minnesanteckningar.txt"))


def test_reporting_from_another_body_at_each_meeting_is_a_task_and_a_line_of_reporting():
    rel = _read()
    assert [a.task for a in rel.assignments if a.assignees == ["Siri Palm"]] == [
        "rapportera från LPO psykisk hälsa till styrgruppen vid varje möte under våren"]
    assert ("LPO psykisk hälsa", "Styrgrupp för kunskapsstyrning", "reports_to") in [
        (m.from_body, m.to_body, m.kind) for m in rel.mandates]


def test_what_another_body_did_told_at_this_meeting_is_no_task():
    rel = _read("Siri Palm rapporterar från LPO psykisk hälsa att arbetet går enligt plan.")
    assert not [a for a in rel.assignments if a.assignees == ["Siri Palm"]]


def test_a_matter_handed_on_for_planning_is_planned_there_without_an_uppdrag():
    rel = _read()
    assert [(a.assignees, a.task) for a in rel.assignments if "införandet" in a.task] == [
        (["Samverkansgrupp äldre"], "planera införandet")]
    kinds = {(m.from_body, m.to_body, m.kind) for m in rel.mandates if m.to_body == "Samverkansgrupp äldre"}
    assert kinds == {("Styrgrupp för kunskapsstyrning", "Samverkansgrupp äldre", "refers")}
