"""A nämnd's decision written in running text, as protocols print it.

"Delegationsbesluten för december anmäls. Nämnden beslutar att godkänna redovisningen.": the body deciding is
the last sentence's subject, not the paragraph's opening. "… beslutar att anta riktlinjerna och ger
förvaltningschefen i uppdrag att …": the nämnd gives the task, in a predicate coordinated with the decision's
first; the förvaltningschef is the one given it, never its giver."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

PROTOCOL = """Social- och omsorgsnämnden, Tallby kommun
Protokoll 2027-01-26

Närvarande ledamöter: Maja Rönn (S), ordförande; Amina Hussein (V); Peter Sandgren (SD)
Närvarande tjänstepersoner: Therese Nyberg, förvaltningschef; Kristina Ahlberg, äldreomsorgschef

§ 1 Riktlinjer för trygg hemgång
Föredragande: Kristina Ahlberg
Förvaltningen föreslår att modellen införs under 2027.
Beslut
Social- och omsorgsnämnden beslutar att anta riktlinjerna för trygg hemgång och ger förvaltningschefen i uppdrag att
redovisa en plan för införandet senast i juni 2027.

§ 2 Anmälan av delegationsbeslut
Delegationsbesluten för december 2026 anmäls. Nämnden beslutar att godkänna redovisningen.
"""


def test_the_body_deciding_is_the_last_sentences_subject():
    parsed = parse_minutes(PROTOCOL, "protokoll.txt")
    by = {d.item: d.decided_by for d in parsed.decisions}
    assert by["2"] == "Nämnden"


def test_a_task_given_in_a_predicate_coordinated_with_the_decision():
    rel = extract_relations(parse_minutes(PROTOCOL, "protokoll.txt"))
    [a] = [a for a in rel.assignments if a.task.startswith("redovisa en plan")]
    assert a.assignees == ["Therese Nyberg"]
    assert a.given_by.startswith("Social- och omsorgsnämnden")
