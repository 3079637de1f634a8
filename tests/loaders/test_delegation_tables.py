"""A delegationsordning laid out as a table ("Ärende | Delegat | Begränsning"): each delegat's matters a task to
decide them, given by the body that met; a body delegated to; a role named by the one the attendance says holds it."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedDecision, ParsedItem, ParsedMinutes

BODY = "Styrelsen, Samordningsförbundet Åby"
TABLE = ("Förbundschefen har tagit fram ett förslag till ny delegationsordning.\n"
         "Ärende\tDelegat\tBegränsning\n"
         "Beslut om insatser\tBeredningsgruppen\tHögst 200 000 kr per insats\n"
         "Attest och löpande ekonomi\tFörbundschefen\tInom fastställd budget\n"
         "Yttranden på remisser av mindre vikt\tFörbundschefen\tAnmäls till styrelsen\n"
         "• att anta delegationsordningen enligt tabellen ovan.")


def _read(text, decisions=("anta delegationsordningen enligt tabellen ovan.",)):
    attendance = [AttendanceEntry(name="Eva Ek", status="present", roles=["ordförande"], organisation="Region Åby"),
                  AttendanceEntry(name="Per Lund", status="present", roles=["ledamot"], organisation="Tallviks kommun"),
                  AttendanceEntry(name="Siv Berg", status="guest", roles=["sekreterare"], title="förbundschef",
                                  organisation="Samordningsförbundet Åby")]
    decs = [ParsedDecision(item="3", text=t, position=i, decided_by=BODY) for i, t in enumerate(decisions)]
    return extract_relations(ParsedMinutes(path="x.txt", layout="kommun", body=BODY, attendance=attendance,
                                           items=[ParsedItem(number="3", title="Delegationsordning 2027", body=text)],
                                           decisions=decs))


def test_each_delegat_decides_its_matters():
    r = _read(TABLE)
    tasks = {tuple(a.assignees): a for a in r.assignments}
    body = next(k for k in tasks if k[0].casefold() == "beredningsgruppen")
    assert tasks[body].task.startswith("besluta om insatser (högst 200 000 kr per insats)")
    assert tasks[body].origin == "decision" and tasks[body].given_by == BODY
    # the förbundschef's two rows are one task, given to the one the attendance says holds the role
    assert tasks[("Siv Berg",)].task == ("besluta om attest och löpande ekonomi (inom fastställd budget) samt "
                                         "yttranden på remisser av mindre vikt (anmäls till styrelsen)")


def test_a_body_as_delegat_is_delegated_to():
    r = _read(TABLE)
    assert [(m.from_body, m.to_body.casefold(), m.kind) for m in r.mandates if m.kind == "delegates"] == [
        (BODY, "beredningsgruppen", "delegates")]


def test_a_table_without_a_delegat_column_gives_no_delegation():
    r = _read("Ärende\tHandläggare\tStatus\nRemiss om insatser\tSiv Berg\tPågår\n", decisions=())
    assert r.mandates == [] and not any(a.task.startswith("besluta om") for a in r.assignments)
