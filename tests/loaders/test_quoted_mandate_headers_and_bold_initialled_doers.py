"""A working group's Markdown notes read on small made-up minutes: the header quoting, after an "Uppdrag:" label,
the decision of the body above that gave the group its task ("LSVO beslutade 2026-02-12 att ge arbetsgruppen i
uppdrag att …") above a roster table, and a closing "### Uppföljning" list of check-box rows naming each doer in
bold by the given name and the surname's initial ("— **Mira J** — 20/3").
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """# Arbetsgrupp egenvård

### Anteckningar möte 3 · onsdag 4 mars 2026 · kl. 09.00–10.00 · Teams

> **Uppdrag:** Styrgrupp Äldre beslutade 2026-01-20 att ge arbetsgruppen i uppdrag att ta fram en rutin för egenvård och att redovisa den till Styrgrupp Äldre senast 2026-05-31.

| Namn | Funktion | Huvudman | Närvaro |
|------|----------|----------|---------|
| Vera Holm | sjuksköterska, sammankallande | Region Åsen | x |
| Omar Lind | MAS | Åby kommun | x |
| Lina Berg | arbetsterapeut | Byn kommun | förhinder |

**1. Inledning**
Vera hälsade välkommen. Dagordningen godkändes.

**2. Rutinen**
Gruppen gick igenom utkastet.

### Uppföljning

- [ ] Skicka utkastet till Lina — **Omar L** — 10/3
- [ ] Boka möte med primärvården — **Vera H** — 20/3
"""


def _read():
    p = parse_minutes(NOTES, "ag_egenvard_2026-03-04.md")
    return p, extract_relations(p)


def test_a_quoted_decision_under_an_uppdrag_label_delegates_to_the_group():
    _, r = _read()
    mandates = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("Styrgrupp Äldre", "Arbetsgrupp egenvård", "delegates") in mandates, mandates


def test_the_quoted_decision_is_the_groups_task_from_the_body_above():
    _, r = _read()
    tasks = [(a.assignees, a.task) for a in r.assignments]
    assert any(who == ["Arbetsgrupp egenvård"] and task.startswith("ta fram en rutin för egenvård")
               for who, task in tasks), tasks


def test_check_box_rows_under_uppfoljning_name_their_doer_in_bold_by_initial():
    _, r = _read()
    tasks = {(tuple(a.assignees), a.task) for a in r.assignments}
    assert (("Omar L",), "skicka utkastet till Lina") in tasks, tasks
    assert (("Vera H",), "boka möte med primärvården") in tasks, tasks
