""""X föreslår att Y får i uppdrag att …" is a proposal: neither the proposer nor Y has a task from it."""
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes


def _assignments(text: str):
    attendance = [AttendanceEntry(name="Kim Berg", status="present", roles=[], title="förbundschef"),
                  AttendanceEntry(name="Ola Dahl", status="present", roles=["ledamot"])]
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Styrelsen, Samordningsförbundet Norrå",
                                        attendance=attendance,
                                        items=[ParsedItem(number="4", title="Ärende", body=text)], decisions=[]))
    return [(a.assignees, a.task) for a in r.assignments]


def test_proposal_gives_no_task_to_the_proposer():
    assert _assignments("Förbundschefen föreslår att beredningsgruppen får i uppdrag att ta fram ett förslag "
                        "till gemensam insats.") == []


def test_proposal_in_the_past_gives_no_task():
    assert _assignments("Förbundschefen föreslog att Ola Dahl får i uppdrag att se över avtalet.") == []


def test_the_task_itself_is_still_read():
    assert _assignments("Förbundschefen får i uppdrag att ta fram ett förslag.") == [
        (["Kim Berg"], "ta fram ett förslag")]
