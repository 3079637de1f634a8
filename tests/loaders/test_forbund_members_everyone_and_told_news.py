"""Tasks to a förbund's members and to everyone at the table, and news told at the meeting that is no task."""
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes


def _read(text: str, body: str, roster: list[tuple[str, str, str, list[str]]]):
    att = [AttendanceEntry(name=n, status=st, roles=r, organisation=o) for n, o, st, r in roster]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=att,
                                           items=[ParsedItem(number="1", title="Ärende", body=text)]))


ROSTER = [("Eva Ek", "Region Åby", "present", ["ordförande"]),
          ("Bo Lund", "Tallviks kommun", "present", ["ledamot"]),
          ("Siv Berg", "Försäkringskassan", "absent", ["ledamot"]),
          ("Per Holm", "Samordningsförbundet Åby", "guest", ["sekreterare"])]


def test_forbund_members_are_each_seated_organisation_and_the_collective():
    r = _read("Förbundsmedlemmarna anmäler sina företrädare i arbetsgruppen till Per Holm senast den 19 mars 2027.",
              "Styrelsen, Samordningsförbundet Åby", ROSTER)
    assert [(a.assignees, a.task[:30]) for a in r.assignments] == [
        (["Region Åby", "Tallviks kommun", "Försäkringskassan", "förbundsmedlemmarna"], "anmäla sina företrädare i arbe")]


def test_everyone_label_with_imperative_is_a_task_of_the_body():
    r = _read("Alla: sprid info om sommarjobben till ungdomar ni möter.", "Trygghetsgruppen Åby", ROSTER)
    assert [(a.assignees, a.task) for a in r.assignments] == [
        (["Trygghetsgruppen Åby"], "sprida info om sommarjobben till ungdomar ni möter")]


def test_meeting_to_come_in_a_relative_clause_makes_no_task_of_news():
    r = _read("Per Holm informerar om verksamheten och om årsredovisningen för 2026, som behandlas vid nästa sammanträde.",
              "Styrelsen, Samordningsförbundet Åby", ROSTER)
    assert r.assignments == []
