"""Hurried notes' shorthand for who gets a task and what the meeting closed: a kommun written "X kn" ("Tallby kn
utser ny repr.") is the kommun given the task; a duty kept in shorthand ("KÖ fortsätter som sammank. 2028",
decided) is a task; a numbered uppdrag told done and closed ("Uppdrag 2026:14 om X är redovisat … och avslutas")
is the meeting's decision, as written."""
from samverkan.loaders.extract import _decided_text
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedDecision, ParsedItem, ParsedMinutes


def _minutes(body: str, decisions: tuple[str, ...] = ()) -> ParsedMinutes:
    people = [AttendanceEntry(name="Karin Öster", status="present", roles=["ledamot"], organisation="Region Ekmo"),
              AttendanceEntry(name="Filip Rask", status="present", roles=["ledamot"], organisation="Tallby kommun")]
    return ParsedMinutes(path="x.txt", layout="numbered", body="Arbetsgrupp hygien Ekmo", attendance=people,
                         items=[ParsedItem(number="4", title="Sammansättning", body=body)],
                         decisions=[ParsedDecision(item="4", text=d, position=i, decided_by="Arbetsgrupp hygien Ekmo")
                                    for i, d in enumerate(decisions)])


def test_kommun_in_shorthand_is_given_the_task():
    r = extract_relations(_minutes("FR lämnar AG efter årsskiftet. Tallby kn utser ny repr., FR återkommer med namn."))
    tasks = {(tuple(a.assignees), a.task) for a in r.assignments}
    assert any(who == ("Tallby kommun",) and task.startswith("utse ny repr") for who, task in tasks), tasks
    assert any(who == ("Filip Rask",) for who, _ in tasks), tasks


def test_duty_kept_in_shorthand_when_decided():
    r = extract_relations(_minutes("", ("KÖ fortsätter som sammank. 2028",)))
    assert [(a.assignees, a.task) for a in r.assignments] == [(["Karin Öster"], "vara sammankallande")]


def test_numbered_uppdrag_done_and_closed_is_decided_as_written():
    s = "Uppdrag 2026:14 om kostnader för mobila team är redovisat av KB och IP och avslutas."
    assert _decided_text(s, None, False) == s.rstrip(".")
    s = "Uppdrag 2027:09 (uppföljning av överenskommelsen) är återrapporterat och avslutas."
    assert _decided_text(s, None, False) == s.rstrip(".")
    # not closed today, nor done
    assert _decided_text("Uppdrag 2026:15 är redovisat och avslutas i juni.", None, False) is None
    assert _decided_text("Uppdrag 2026:15 är inte klart och avslutas inte.", None, False) is None
