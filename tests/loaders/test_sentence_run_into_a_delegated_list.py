"""A list of matters delegated to a body whose last point has no stop, and the sentence after the list run into it
("• att själv bestämma om arbetsformer / Respektive huvudman utser en representant …"): the point is the body's
task, the sentence one of its own (here each huvudman's)."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes

TEXT = """Gruppen beslutade att inrätta Arbetsgrupp övergång med Eva Ek som sammankallande.
Delegeras till arbetsgruppen:
• att ta fram ett förslag till gemensam rutin för övergången
• att själv bestämma om arbetsformer vid behov
Respektive huvudman utser en representant till arbetsgruppen och meddelar namnet till Eva Ek senast 31 mars."""


def test_the_last_point_and_the_sentence_after_it():
    attendance = [AttendanceEntry(name="Eva Ek", status="present", roles=["ledamot"], organisation="Region Åby"),
                  AttendanceEntry(name="Bo Lind", status="present", roles=["ledamot"], organisation="Tallviks kommun")]
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Samverkansgrupp funktionsnedsättning",
                                        attendance=attendance, items=[ParsedItem(number="2", title="Övergång", body=TEXT)]))
    tasks = [(a.assignees, a.task) for a in r.assignments]
    assert any(t == "själv bestämma om arbetsformer vid behov" for _, t in tasks)
    assert any(w[-1] == "huvudmännen" and "Region Åby" in w and t.startswith("utse en representant till arbetsgruppen")
               for w, t in tasks)
