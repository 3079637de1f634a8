"""A task after a dash led by a short verb ("… – EMN tar frågan till förvaltningsledningen") is the named
person's own task, the clause before the dash read alone (the kommun's seat to fill stays the kommun's)."""
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes


def test_short_verb_after_dash_gives_its_own_task():
    people = [AttendanceEntry(name="Elin Mark", status="present", roles=["ledamot"], organisation="Tallby kommun")]
    body = "Tallby kommun utser ny representant till gruppen – EM tar frågan till förvaltningsledningen."
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Samverkansgrupp Ekmo", attendance=people,
                                        items=[ParsedItem(number="5", title="Representation", body=body)]))
    tasks = {(tuple(a.assignees), a.task) for a in r.assignments}
    assert (("Elin Mark",), "ta frågan till förvaltningsledningen") in tasks, tasks
    assert (("Tallby kommun",), "utse ny representant till gruppen") in tasks, tasks
