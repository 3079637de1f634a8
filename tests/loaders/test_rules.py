"""Every example and counter-example of the relation rules registry (loaders/rules.py)."""
from __future__ import annotations

import re

import pytest

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.rules import RULES, Example, Prefilter, rules_for
from samverkan.loaders.types import AttendanceEntry, ParsedDecision, ParsedItem, ParsedMinutes


def read(ex: Example):
    """The relations of a one-item minutes holding the example (each line a decision when
    ``ex.decision``), held by ``ex.body``, with ``ex.roster`` as its attendance list."""
    attendance = []
    for entry in ex.roster:
        # "Eva Ek, Åby kommun, ordförande": a third part is the person's role at the meeting or title
        name, _, org = entry.partition(", ")
        org, _, held = org.partition(", ")
        roles = ["ledamot"] + ([held] if held in ("ordförande", "vice ordförande", "sekreterare") else [])
        attendance.append(AttendanceEntry(name=name, status="present", roles=roles, organisation=org or None,
                                          title=held if held and held not in roles else None))
    decisions = []
    body = ex.text
    if ex.decision:
        decisions = [ParsedDecision(item="1", text=line.strip(), position=i, decided_by=ex.body)
                     for i, line in enumerate(ex.text.split("\n")) if line.strip()]
        body = ""
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=ex.body, attendance=attendance,
                                           items=[ParsedItem(number="1", title=ex.title, body=body)],
                                           decisions=decisions))


def _f(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").casefold().replace("-", " ")).strip()


def facts_of(r, kind: str) -> list[tuple]:
    if kind == "assignment":
        return [("assignment", [_f(a) for a in x.assignees], _f(x.task)) for x in r.assignments]
    if kind == "membership":
        return [("membership", _f(x.person), _f(x.group), x.change) for x in r.memberships]
    if kind == "mandate":
        return [("mandate", _f(x.from_body), _f(x.to_body), x.kind) for x in r.mandates]
    return [("vacancy", _f(x.role)) for x in r.vacancies]


def found(fact: tuple, r) -> bool:
    kind = fact[0]
    for got in facts_of(r, kind):
        if kind == "assignment":
            if {_f(a) for a in fact[1]} <= set(got[1]) and got[2].startswith(_f(fact[2])):
                return True
        elif tuple(_f(x) if isinstance(x, str) and i < len(fact) - (kind != "vacancy") else x
                   for i, x in enumerate(fact)) == got:
            return True
    return False


EXAMPLES = [pytest.param(rule, ex, id=f"{rule.name}-{i}") for rule in RULES for i, ex in enumerate(rule.examples)]
COUNTER = [pytest.param(rule, text, id=f"{rule.name}-not-{i}") for rule in RULES
           for i, text in enumerate(rule.counter_examples)]


@pytest.mark.parametrize("rule,ex", EXAMPLES)
def test_example_yields_its_facts(rule, ex):
    r = read(ex)
    for fact in ex.facts:
        assert found(fact, r), (fact, facts_of(r, fact[0]))


@pytest.mark.parametrize("rule,text", COUNTER)
def test_counter_example_yields_nothing_of_its_kind(rule, text):
    assert facts_of(read(Example(text=text)), rule.kind) == []


def test_every_rule_has_an_example():
    assert [r.name for r in RULES if not r.examples] == []


def test_examples_meet_their_rule_through_the_prefilter():
    for rule in RULES:
        for ex in rule.examples:
            assert any(rule is r for line in ex.text.split("\n") for r in rules_for(line)), (rule.name, ex.text)


def test_prefilter_finds_overlapping_triggers():
    from samverkan.loaders.rules import Rule
    pf = Prefilter((Rule("a", "assignment", ("tar med",), handler="x"),
                    Rule("b", "mandate", ("med sig",), handler="y")))
    assert [r.name for r in pf.rules_for("Mats tar med sig frågan")] == ["a", "b"]
    assert pf.rules_for("Inget här") == []


def test_prefilter_meets_exactly_the_rules_with_a_trigger_in_the_sentence():
    """Triggers inside a longer word, of several words, of no word characters, at the start and
    end of a word, and the same words met again: each rule with a trigger in the sentence, no other."""
    texts = [ex.text for r in RULES for ex in r.examples] + [t for r in RULES for t in r.counter_examples]
    texts += ["Återrapporteras: Kommunerna ska", "Hon är ny i gruppen, tar med sig det.", "nej tack",
              "Hon är vice ordförande i rådet", "Kommunernas uppdrag av rådet", "Inget här", ""]
    for text in texts + texts:
        low = text.casefold()
        want = [r.name for r in RULES if any(t.casefold() in low for t in r.triggers)]
        assert [r.name for r in rules_for(text)] == want, text


def test_prefilter_lists_each_rule_under_every_trigger_word_it_has_in_any_case():
    from samverkan.loaders.rules import Rule
    pf = Prefilter((Rule("a", "assignment", ("Tar med", "tar med"), handler="x"),
                    Rule("b", "mandate", ("med sig", "ger i uppdrag"), handler="y"),
                    Rule("c", "mandate", ("tar med",), handler="z")))
    assert pf.by_word == {"tar med": [0, 2], "med sig": [1], "ger i uppdrag": [1]}
    assert [r.name for r in pf.rules_for("Eva TAR MED sig det")] == ["a", "b", "c"]


@pytest.mark.parametrize("text", [
    "Region Skogland blir anställningsmyndighet för projektledaren.",
    "Förslag till beslut: Arbetsgruppen ges i uppdrag att ta fram en rutin.",
])
def test_no_mandate_and_no_task_from_these(text):
    r = read(Example(text=text))
    assert r.mandates == [] and r.assignments == []


def test_a_middle_initial_and_a_week_number_end_no_sentence_of_a_task():
    r = read(Example("Ansvar: Agneta K. Brodin återkopplar om schemat till v. 44. Nästa möte hålls i november.",
                     ()))
    tasks = [(x.assignees, x.task) for x in r.assignments]
    assert tasks == [(["Agneta K. Brodin"], "återkoppla om schemat till v. 44")], tasks


def test_a_proposal_reported_at_a_meeting_ends_the_task_given_before_it():
    """"… ska redovisa ett första förslag vid ledningsgruppens möte den 4 februari 2026": one task, due
    that day, not a second task beside the uppdrag."""
    r = read(Example("Ledningsgruppen har gett samverkansgruppen i uppdrag att ta fram en modell för tidiga "
                     "insatser. Samverkansgruppen rapporterar till ledningsgruppen och ska redovisa ett första "
                     "förslag vid ledningsgruppens möte den 4 februari 2026.", ()))
    assert [(x.assignees, x.task) for x in r.assignments] == [
        (["Samverkansgrupp äldre"], "ta fram en modell för tidiga insatser och redovisa ett första förslag vid "
                                    "ledningsgruppens möte den 4 februari 2026")]


@pytest.mark.parametrize("line", ["Kjell Ahl (S) deltar inte i beslutet.",
                                  "Mona Berg (M) deltar inte i handläggningen av ärendet på grund av jäv."])
def test_a_decided_line_of_who_takes_no_part_gives_no_task(line):
    """Under a nämnd's Beslut, the note that a member takes no part is no task of hers."""
    r = read(Example(text=line, decision=True, body="Socialnämnden"))
    assert r.assignments == [], [(x.assignees, x.task) for x in r.assignments]


def test_a_group_named_by_its_kind_alone_and_nowhere_else_gives_no_delegation():
    """"Arbetsgruppen arbetar på uppdrag av styrgruppen" in a styrgrupp's minutes that name no
    arbetsgrupp, under a point with no title: no body to give the mandate to, and the sentence is
    passed over, not the document lost."""
    item = ParsedItem(number="1", title="", body="Arbetsgruppen arbetar på uppdrag av styrgruppen och "
                                                "rapporterar till styrgruppen.")
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Styrgruppen för socialtjänst i Åby län",
                                        items=[item]))
    assert [f for f in facts_of(r, "mandate") if f[3] == "delegates"] == []


@pytest.mark.parametrize("title", ["Övrigt", "Information", "Uppföljning", "Runt bordet", "Nästa möte"])
def test_no_body_is_named_after_a_point_named_for_no_matter(title):
    """"Arbetsgruppen" under "Övrigt" is no "Arbetsgrupp övrigt": a body named after a point's
    topic only where the title names a matter."""
    item = ParsedItem(number="1", title=title, body="Arbetsgruppen arbetar på uppdrag av styrgruppen.")
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Styrgrupp Äldre", items=[item]))
    assert not [m for m in r.mandates if title.casefold() in m.to_body.casefold()]


def test_a_body_is_named_after_a_point_that_names_a_matter():
    item = ParsedItem(number="1", title="Trygg hemgång", body="Arbetsgruppen arbetar på uppdrag av styrgruppen.")
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Styrgrupp Äldre", items=[item]))
    assert [(m.from_body, m.to_body) for m in r.mandates if m.kind == "delegates"] == [
        ("Styrgrupp Äldre", "Arbetsgrupp trygg hemgång")]
