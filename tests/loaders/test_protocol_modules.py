"""Phrasings of the protocols that municipal and regional meeting systems print: elections told in the
passive with the seat first, two seats named in one appointment on delegation, decisions taken on
delegation announced to the body that delegated, recommendations to the county's kommuner, and the
proposal of an arbetsutskott printed above the decision of its nämnd."""
from __future__ import annotations

import re

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedDecision, ParsedItem, ParsedMinutes


def _f(s):
    return re.sub(r"\s+", " ", (s or "").casefold().replace("-", " ")).strip()


def read(body: str, text: str = "", decisions: tuple[str, ...] = ()):
    ds = [ParsedDecision(item="1", text=d, position=i, decided_by=body) for i, d in enumerate(decisions)]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=[],
                                           items=[ParsedItem(number="1", title="Ärende", body=text)], decisions=ds))


def memberships(r):
    return {(_f(m.person), _f(m.group), m.change) for m in r.memberships}


def mandates(r):
    return {(_f(m.from_body), _f(m.to_body), m.kind) for m in r.mandates}


def test_passive_election_with_whose_seats_and_year_first():
    r = read("Regionstyrelsen, Region Åsen", decisions=(
        "Till regionens ledamöter i Politiskt samråd Åsen för 2026 väljs Helena Bruk (S) och Magnus Tå (M).",
        "Till ersättare väljs Gun Nord (S) och Sara Kåhl (M)."))
    got = memberships(r)
    for who in ("helena bruk", "magnus tå", "gun nord", "sara kåhl"):
        assert (who, "politiskt samråd åsen", "join") in got, got


def test_new_seat_with_a_term_keeps_the_body_of_the_seat_left():
    r = read("Social- och omsorgsnämnden, Åby kommun", decisions=(
        "Stefan Kron (C) entledigas från uppdraget som ersättare i Lokala samverkansgruppen.",
        "Till ny ersättare för tiden till och med 2026-12-31 väljs Nora Pålsson (C)."))
    assert ("nora pålsson", "lokala samverkansgruppen", "join") in memberships(r), memberships(r)


def test_pair_of_seats_with_the_body_after_the_first_and_the_subject_after_the_verb():
    r = read("Kommunstyrelsens arbetsutskott, Åby kommun", decisions=(
        "Med stöd av delegation utser arbetsutskottet Ulla Sand (M) till kommunens ledamot i Politiskt samråd "
        "Åsen och Hugo Ek (S) till ersättare, för tiden till och med 2026-12-31.",))
    got = memberships(r)
    assert ("ulla sand", "politiskt samråd åsen", "join") in got, got
    assert ("hugo ek", "politiskt samråd åsen", "join") in got, got
    assert any([_f(x) for x in a.assignees] == ["hugo ek"] and _f(a.task).startswith("vara ersättare")
               for a in r.assignments), [(a.assignees, a.task) for a in r.assignments]


def test_decisions_on_delegation_announced_to_the_delegating_nämnd():
    r = read("Social- och omsorgsnämnden, Åby kommun", decisions=(
        "Social- och omsorgsnämnden delegerar till social- och omsorgsnämndens arbetsutskott att avge yttranden "
        "över remisser från regionala samverkansorgan.",
        "Beslut som fattas med stöd av delegationen anmäls till nämnden."))
    assert ("social och omsorgsnämndens arbetsutskott", "social och omsorgsnämnden, åby kommun", "reports_to") \
        in mandates(r), mandates(r)


def test_utskott_decision_announced_to_its_kommunstyrelse():
    r = read("Kommunstyrelsens arbetsutskott, Åby kommun", decisions=("Beslutet anmäls till kommunstyrelsen.",))
    assert ("kommunstyrelsens arbetsutskott, åby kommun", "kommunstyrelsen, åby kommun", "reports_to") in mandates(r)


def test_delegation_in_the_delegation_ordinance_with_a_point_number():
    r = read("Kommunstyrelsens arbetsutskott, Åby kommun",
             "Kommunstyrelsen har i sin delegationsordning (punkt 2.4) delegerat till arbetsutskottet att utse "
             "kommunens representanter i regionala samverkansorgan.")
    assert any(k == "delegates" and t == "kommunstyrelsens arbetsutskott, åby kommun" for _, t, k in mandates(r)), mandates(r)


def test_recommendation_to_the_region_and_the_countys_kommuner():
    r = read("Socialnämnden, Åby kommun",
             "Politiskt samråd Åsen rekommenderar Region Åsen och länets kommuner att anta överenskommelsen.")
    got = mandates(r)
    assert ("politiskt samråd åsen", "region åsen", "recommends") in got, got
    # the kommuner as a collective, however the text names them ("länets kommuner" is "kommunerna")
    assert {("politiskt samråd åsen", "länets kommuner", "recommends"),
            ("politiskt samråd åsen", "kommunerna", "recommends")} & got, got


def test_recommendation_with_the_time_first_and_the_subject_after_the_verb():
    r = read("Regionstyrelsen, Region Åsen",
             "Vid sitt sammanträde den 3 oktober 2025 ställde sig Politiskt samråd Åsen bakom planen och "
             "rekommenderar Region Åsen att anta den.")
    assert ("politiskt samråd åsen", "region åsen", "recommends") in mandates(r), mandates(r)


def test_arbetsutskottets_forslag_is_not_given():
    text = ("Ärendebeskrivning\nFörslag om delegation.\n\nArbetsutskottets förslag\n\n"
            "Nämnden delegerar till nämndens arbetsutskott att besluta om tillägg till avtalet under 2026.\n\n"
            "Beslut\nEnligt förslag.")
    r = read("Hälso- och sjukvårdsnämnden, Region Åsen", text)
    assert not [a for a in r.assignments if "tillägg" in a.task], [(a.assignees, a.task) for a in r.assignments]
