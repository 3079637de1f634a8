"""Groups whose names share their last word with another compound, and the mandate told of them in passing.

"Barn- och ungagruppen Granby" is one group, named by two compounds that share "gruppen" and by the place it
serves; "…, som arbetar på uppdrag av X" tells its standing mandate, whether it follows "av" or opens the
sentence, and is no task of the work just told."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations, find_groups

PROTOCOL = """Kommunstyrelsens arbetsutskott – protokoll 2026-11-12

Närvarande: Anna Berg (S), ordförande; Per Ek (M); Eva Lund (C)

§ 1 Yttrande över remiss om barn och unga med psykisk ohälsa
Tjänstemannaledningsgruppen Granby har remitterat ett förslag till regional överenskommelse till länets kommuner och
Region Granby. {sentence}

Arbetsutskottet beslutar att anta förvaltningens förslag till yttrande.
"""
TOLD = ("Överenskommelsen har tagits fram av Barn- och ungagruppen Granby, som arbetar på uppdrag av "
        "Tjänstemannaledningsgruppen Granby.")


def _relations(sentence: str = TOLD):
    return extract_relations(parse_minutes(PROTOCOL.format(sentence=sentence), "protokoll.txt"))


def test_compounds_sharing_the_group_word_are_one_group():
    assert [g.name for g in find_groups("Frågan lyfts till Vård- och omsorgsgruppen.")] == ["Vård- och omsorgsgruppen"]
    assert [g.name for g in find_groups("Frågan bereds av barn- och ungagruppen.")] == ["barn- och ungagruppen"]
    assert [g.name for g in find_groups("MAS- och MAR-nätverket träffas i maj.")] == ["MAS- och MAR-nätverket"]


def test_the_group_and_the_place_it_serves_and_its_standing_mandate():
    rel = _relations()
    assert ("Tjänstemannaledningsgruppen Granby", "Barn- och ungagruppen Granby", "delegates") in \
        [(m.from_body, m.to_body, m.kind) for m in rel.mandates]
    # the work done by a body whose uppdrag the relative clause tells is no task given
    assert not rel.assignments


def test_the_relative_clause_after_the_subject():
    rel = _relations("Barn- och ungagruppen Granby, som arbetar på uppdrag av Tjänstemannaledningsgruppen Granby, har "
                     "tagit fram överenskommelsen.")
    assert ("Tjänstemannaledningsgruppen Granby", "Barn- och ungagruppen Granby", "delegates") in \
        [(m.from_body, m.to_body, m.kind) for m in rel.mandates]


def test_work_done_on_an_uppdrag_is_still_a_task():
    # the uppdrag given for this work, not told of the body: the task stands
    rel = _relations("Överenskommelsen har tagits fram av Barn- och ungagruppen Granby på uppdrag av "
                     "Tjänstemannaledningsgruppen Granby.")
    assert [(a.assignees, a.task) for a in rel.assignments] == [(["Barn- och ungagruppen Granby"], "ta fram överenskommelsen")]
