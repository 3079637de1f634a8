"""Answers a coordinator can trust, on the shared sample minutes, in both stores.

Each test names the complaint it pins down: what the minutes say (or do not say) about
representation, current seats and dates must be what the queries answer.
"""
from __future__ import annotations

import os

import pytest

from samverkan import queries
from conftest import SHARED
from samverkan.loaders.pipeline import load_paths

MINUTES = SHARED / "minutes"
UPH = "Styrgrupp Uppdrag psykisk hälsa"
NOT_COMPOSED = ("PSVO", "Samverkansgrupp att växa upp", "Samverkansgrupp mitt i livet")


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    if not MINUTES.is_dir():
        pytest.skip(f"needs {MINUTES} (the shared folder beside the repository, or SAMVERKAN_SHARED)")
    from samverkan.graph.nx_store import NetworkxStore

    store = NetworkxStore(tmp_path_factory.mktemp("answers") / "g.sqlite")
    assert load_paths([MINUTES], store).failed == 0
    yield store
    store.close()


@pytest.fixture(scope="module")
def bolt(request):
    if not MINUTES.is_dir():
        pytest.skip(f"needs {MINUTES} (the shared folder beside the repository, or SAMVERKAN_SHARED)")
    server = request.getfixturevalue("bolt_server")
    from samverkan.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(server.uri, (server.user, server.password), database=os.environ.get("NEO4J_DATABASE") or None)
    store.wipe()
    assert load_paths([MINUTES], store).failed == 0
    yield store
    store.wipe()
    store.close()


@pytest.fixture(params=["embedded", pytest.param("bolt", marks=pytest.mark.bolt)])
def store(request):
    return request.getfixturevalue(request.param)


# -- gaps: known, missing, unknown --------------------------------------------------------------

def test_groups_whose_rosters_are_in_no_minutes_are_not_covered_once_not_missing_per_huvudman(store):
    gaps = queries.run("gaps", store, limit=0)
    for name in NOT_COMPOSED:
        assert not [g for g in gaps if g.group == name and g.kind in ("missing_huvudman", "no_seat")], name
        assert [(g.kind, g.basis) for g in gaps if g.group == name] == [("not_covered", "not covered")], name


def test_a_meeting_without_an_attendance_list_is_not_nobody_present(store):
    gaps = queries.run("gaps", store, limit=0)
    assert not [g for g in gaps if g.kind == "nobody_present" and g.group == "Samverkansgrupp att åldras"]


def test_the_evidenced_composition_gap_leads_the_default_gaps(store):
    gaps = queries.run("gaps", store)
    uph = [g for g in gaps if g.group == UPH and g.kind in ("no_seat", "missing_huvudman")]
    assert sorted(g.subject for g in uph) == ["Karlshamns kommun", "Karlskrona kommun", "Ronneby kommun"]
    assert {(g.basis, g.evidence) for g in uph} == {("evidenced", "003_0584372c7ed2cc1a.txt § 117c")}
    assert gaps[:3] == sorted(uph, key=queries.gaps.sort_key)  # evidenced gaps come first
    assert [g.basis for g in gaps] == sorted((g.basis for g in gaps), key=queries.gaps.BASES.index)


def test_org_shows_the_groups_where_its_huvudman_lacks_a_seat_with_the_evidence(store):
    rows = queries.run("org", store, name="Karlshamn")
    assert [(r.group, r.via, r.detail, r.source) for r in rows if r.section == "no_seat"] == [
        (UPH, "no_seat", "evidenced", "003_0584372c7ed2cc1a.txt § 117c")]
    assert {r.group for r in rows if r.section == "not_covered"} >= set(NOT_COMPOSED)


# -- one answer to "who sits where, for whom" ---------------------------------------------------

def test_a_ledamot_with_förhinder_is_still_a_member(store):
    lsvo = {(r.subject, r.on_behalf_of) for r in queries.run("group", store, name="LSVO") if r.section == "member"}
    assert ("Tomas Ringberg", "Karlshamns kommun") in lsvo
    karlshamn = {(r.person, r.group) for r in queries.run("org", store, name="Karlshamn") if r.section == "member"}
    assert ("Tomas Ringberg", "LSVO") in karlshamn
    person = [r for r in queries.run("person", store, name="Tomas Ringberg") if r.section == "membership"]
    assert [(r.group, r.status) for r in person] == [("LSVO", "current")]


def test_org_finds_seats_from_the_members_employer_marked_inferred(store):
    rows = queries.run("org", store, name="Sölvesborg")
    uph = {(r.person, r.via) for r in rows if r.section == "member" and r.group == UPH}
    assert uph == {("Annelie Kjellström", "inferred"), ("Martin Åsman", "inferred")}


def test_a_guest_presenter_is_not_counted_as_a_member(store):
    rows = queries.run("org", store, name="Karlshamn")
    assert "Rebecca Welander" not in {r.person for r in rows if r.section == "member" and r.group == "LSVO"}
    assert ("Rebecca Welander", "LSVO") in {(r.person, r.group) for r in rows if r.section == "guest"}
    assert {r.section for r in rows} >= {"member", "guest", "employed"}


def test_every_question_counts_the_same_current_seats(store):
    """group, org and gaps agree on the roster, as the one seat function decides it."""
    lsvo = {r.subject for r in queries.run("group", store, name="LSVO") if r.section == "member"}
    by_org = set()
    for name in ("Karlshamn", "Karlskrona", "Olofström", "Ronneby", "Sölvesborg", "Region Blekinge"):
        by_org |= {r.person for r in queries.run("org", store, name=name) if r.section == "member" and r.group == "LSVO"}
    assert lsvo == by_org
    assert "Tomas Ringberg" in lsvo and len(lsvo) >= 26  # the 25 ledamöter the lists name, and förhinder


# -- uncertain dates stay uncertain ---------------------------------------------------------------

def test_a_meeting_dated_by_a_range_shows_the_range_not_its_first_day(store):
    meetings = {r.source: r for r in queries.run("meetings", store)}
    undated = meetings["001_4afcb9de932cb050.txt"]
    assert (undated.date_certain, undated.date) == (False, f"{undated.date_from}..{undated.date_to}")
    assert undated.date_from < undated.date_to
    assert meetings["003_0584372c7ed2cc1a.txt"].date_certain is True
    person = queries.run("person", store, name="Mats Wennstig")
    assert f"{undated.date_from}..{undated.date_to}" in {r.date for r in person if r.section == "meeting"}
    gaps = queries.run("gaps", store, limit=0)
    assert not any(g.date == undated.date_from for g in gaps)  # a range never passes for its first day


def test_since_and_until_include_a_range_that_overlaps_them_marked(store):
    undated = next(r for r in queries.run("meetings", store) if r.source == "001_4afcb9de932cb050.txt")
    inside = queries.run("decisions", store, since="2021-07-01", until="2021-07-31", limit=0)
    assert inside and {(d.source, d.date_certain) for d in inside} == {("001_4afcb9de932cb050.txt", False)}
    assert {d.date for d in inside} == {undated.date}
    assert not queries.run("decisions", store, since="2021-09-01", until="2023-01-01", limit=0)
    assert [m.source for m in queries.run("meetings", store, since="2021-08-01", until="2021-08-15")] == [
        "001_4afcb9de932cb050.txt"]


def test_the_structure_view_marks_a_meeting_dated_by_a_range(embedded, tmp_path):
    from samverkan.graph.views import render_structure

    html = render_structure(embedded.to_networkx(), tmp_path / "s.html", as_of="2021-07-01").read_text()
    assert "datum osäkert" in html


# -- options against the minutes ------------------------------------------------------------------

def test_nuvarande_names_groups_as_the_minutes_do_and_counts_lsvo_from_its_rosters(embedded):
    from samverkan.graph.options import check_against
    from samverkan.loaders.options import find_option, read_options

    nuvarande = find_option(read_options(), "nuvarande")
    found = check_against(nuvarande, embedded.to_networkx())
    assert not [line for line in found if "no group of this name" in line or "the minutes write it" in line]
    assert sum(nuvarande.group("LSVO").seats.values()) >= 20  # the lists name over 20 ledamöter, not 6
    assert all(isinstance(line, str) for line in found)
