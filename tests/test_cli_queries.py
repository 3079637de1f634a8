"""The question commands end to end: minutes loaded through the CLI, answers read back through it."""
import json

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from conftest import EXAMPLES, shared_path

runner = CliRunner()


def invoke(*args, store):
    return runner.invoke(app, [*args, "--store", store])


def rows(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "g.sqlite")
    result = runner.invoke(app, ["load", str(EXAMPLES), "--store", path])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    minutes = shared_path("minutes")
    path = str(tmp_path_factory.mktemp("corpus") / "g.sqlite")
    result = runner.invoke(app, ["load", str(minutes), "--store", path])
    assert result.exit_code == 0, result.output
    return path


def test_person_shows_memberships_with_their_source(store):
    got = rows(invoke("person", "per olof strand", "--json", store=store))
    seats = {(r["group"], r["role"]) for r in got if r["section"] == "membership"}
    assert ("Styrgrupp Barn och unga", "ledamot") in seats
    assert all(r["source"] for r in got if r["section"] == "membership")


def test_person_table_names_the_person_once_as_heading(store):
    result = invoke("person", "lina aberg", store=store)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Lina Åberg"
    assert "Assignments" in result.output and "Memberships" not in result.output


def test_person_not_found_exits_1_with_one_line(store):
    result = invoke("person", "Nobody Atall", store=store)
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "no person matches" in result.output


def test_two_people_sharing_a_first_name_give_a_numbered_choice(corpus_store):
    result = invoke("person", "Mats", store=corpus_store)
    assert result.exit_code == 1
    assert "1. Mats Berggren" in result.output and "2. Mats Wennstig" in result.output
    picked = rows(invoke("person", "Mats", "--pick", "2", "--json", store=corpus_store))
    assert {r["person"] for r in picked} == {"Mats Wennstig"}
    bad = invoke("person", "Mats", "--pick", "7", store=corpus_store)
    assert bad.exit_code == 2


def test_org_lists_representatives_and_groups_without_a_seat(corpus_store):
    got = rows(invoke("org", "karlshamn", "--json", store=corpus_store))
    reps = {r["person"] for r in got if r["section"] == "member" and r["group"] == "LSVO"}
    assert "Torill Skaar Magnusson" in reps
    no_seat = {r["group"] for r in got if r["section"] in ("no_seat", "not_covered")}
    assert "LSVO" not in no_seat and "PSVO" in no_seat  # PSVO minutes are not in the corpus


def test_group_roster_and_level(store):
    got = rows(invoke("group", "lsvo", "--json", store=store))
    assert [r["detail"] for r in got if r["section"] == "level"] == ["strategisk"]
    roster = {(r["subject"], r["on_behalf_of"]) for r in got if r["section"] == "member"}
    assert ("Anna Lindqvist", "Region Blekinge") in roster


def test_gaps_name_the_meeting_where_a_huvudman_had_nobody_present(store):
    got = rows(invoke("gaps", "--group", "LSVO", "--json", store=store))
    nobody = {(r["subject"], r["evidence"]) for r in got if r["kind"] == "nobody_present"}
    assert ("Sölvesborgs kommun", "lsvo_2024-03-15.txt (2024-03-15)") in nobody  # Nils Wester absent
    assert not any(subject == "Region Blekinge" for subject, _ in nobody)
    assert all(r["group"] == "LSVO" for r in got if r["group"])


def test_a_group_without_a_roster_is_not_covered_rather_than_missing_every_huvudman(store):
    got = rows(invoke("gaps", "--group", "mitt i livet", "--json", store=store))
    assert not [r for r in got if r["kind"] in ("missing_huvudman", "no_seat")]  # the notes list presenters only
    assert [(r["kind"], r["basis"]) for r in got] == [("not_covered", "not covered")]


def test_decisions_filters_by_date_and_text(store):
    got = rows(invoke("decisions", "--group", "LSVO", "--since", "2024-05-01", "--json", store=store))
    assert got and {r["date"] for r in got} == {"2024-05-17"}
    text = rows(invoke("decisions", "--text", "styrgrupp barn", "--json", store=store))
    assert len(text) == 1 and "utgör" in text[0]["text"]


def test_decisions_refuses_a_malformed_date(store):
    result = invoke("decisions", "--since", "17 maj", store=store)
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_meetings_and_mandates(store):
    meetings = rows(invoke("meetings", "--json", store=store))
    assert sorted(m["date"] for m in meetings) == ["2024-03-15", "2024-04-08", "2024-05-17"]
    mandates = rows(invoke("mandates", "--json", store=store))
    assert any(m["from_body"] == "LSVO" and m["to_body"] == "Styrgrupp Barn och unga" and m["kind"] == "delegates"
               for m in mandates)


def test_reading_a_store_that_does_not_exist_says_so(tmp_path):
    result = invoke("group", "LSVO", store=str(tmp_path / "none.sqlite"))
    assert result.exit_code == 1 and "no store here yet" in result.output
    assert not (tmp_path / "none.sqlite").exists()


def test_forget_removes_the_name_and_keeps_the_seats(tmp_path):
    path = str(tmp_path / "g.sqlite")
    assert runner.invoke(app, ["load", str(EXAMPLES), "--store", path]).exit_code == 0
    before = rows(invoke("group", "LSVO", "--json", store=path))
    result = invoke("forget", "Anna Lindqvist", "--yes", store=path)
    assert result.exit_code == 0, result.output
    assert invoke("person", "Anna Lindqvist", store=path).exit_code == 1
    exported = runner.invoke(app, ["export", "--store", path]).stdout
    assert "Lindqvist" not in exported
    after = rows(invoke("group", "LSVO", "--json", store=path))
    assert len([r for r in after if r["section"] == "member"]) == len([r for r in before if r["section"] == "member"])


def test_cypher_needs_the_neo4j_store(store):
    result = runner.invoke(app, ["cypher", "MATCH (n) RETURN count(n)"])
    assert result.exit_code == 2 and "NEO4J_URI" in result.output


@pytest.mark.bolt
def test_cypher_reads_with_parameters_and_refuses_writes(bolt_server, bolt_store, monkeypatch):
    from samverkan.graph.neo4j_store import Neo4jStore  # noqa: F401  (the store the CLI opens)
    from samverkan.loaders.pipeline import load_paths

    load_paths([EXAMPLES], bolt_store)
    monkeypatch.setenv("NEO4J_URI", bolt_server.uri)
    monkeypatch.setenv("NEO4J_USER", bolt_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", bolt_server.password)
    got = rows(runner.invoke(app, ["cypher", "MATCH (g:Group) WHERE g.name = $name RETURN g.level AS level",
                                   "-p", "name=LSVO", "--json"]))
    assert got == [{"level": "strategisk"}]
    refused = runner.invoke(app, ["cypher", "MATCH (p:Person) DETACH DELETE p"])
    assert refused.exit_code == 1 and "read-only" in refused.output
    assert rows(runner.invoke(app, ["person", "Anna Lindqvist", "--json"]))


def test_a_huvudman_named_by_its_alias_is_not_confused_with_its_units(corpus_store):
    got = rows(invoke("org", "Ronneby", "--json", store=corpus_store))
    assert {r["organisation"] for r in got} == {"Ronneby kommun"}


def test_huvudmän_without_a_seat_in_the_styrgrupp_as_composed(corpus_store):
    """§117 of 2023-11-17: Mellqvist (Region), Kjellström, Åsman and Schelin compose styrgrupp UPH."""
    got = rows(invoke("gaps", "--group", "Styrgrupp Uppdrag psykisk hälsa", "--json", store=corpus_store))
    missing = {r["subject"] for r in got if r["kind"] in ("no_seat", "missing_huvudman")}
    assert missing == {"Karlskrona kommun", "Karlshamns kommun", "Ronneby kommun"}


def test_one_person_under_every_spelling_with_affiliations_and_meetings(corpus_store):
    """Issue examples: 'Skaar-Magnusson', 'torill' and the full name find one person, every meeting."""
    answers = [rows(invoke("person", q, "--json", store=corpus_store))
               for q in ("Skaar-Magnusson", "torill", "Torill Skaar Magnusson")]
    assert all({r["person"] for r in a} == {"Torill Skaar Magnusson"} for a in answers)
    assert answers[0] == answers[1] == answers[2]
    meetings = {r["date"] for r in answers[0] if r["section"] == "meeting"}
    assert meetings == {"2021-06-05..2021-08-31", "2023-11-17", "2024-05-24"}  # 001 is dated by a range
    employers = {r["group"] for r in answers[0] if r["section"] == "affiliation"}
    assert employers and all("Karlshamns kommun" in e for e in employers)
    ranged = [r for r in answers[0] if r["section"] == "meeting" and ".." in r["date"]]
    assert [(r["date_from"], r["date_to"], r["date_certain"]) for r in ranged] == [("2021-06-05", "2021-08-31", False)]
    assert all(r["date_certain"] and r["date_from"] == r["date"] for r in answers[0]
               if r["section"] == "meeting" and r not in ranged)


@pytest.mark.parametrize("command", ["decisions", "meetings", "gaps"])
def test_limit_says_what_it_left_out_and_zero_shows_all(store, command):
    everything = rows(invoke(command, "--json", "--limit", "0", store=store))
    assert len(everything) > 2
    result = invoke(command, "--json", "--limit", "1", store=store)
    shown = rows(result)
    assert 1 <= len(shown) < len(everything)
    assert all(r in everything for r in shown)
    assert "--limit 0 shows all" in result.stderr


@pytest.mark.parametrize("command", ["decisions", "meetings", "gaps"])
def test_limit_help_states_the_query_default(command):
    from samverkan import queries

    help_text = " ".join(runner.invoke(app, [command, "--help"]).output.replace("│", " ").split())
    assert f"default {queries.QUERIES[command].LIMIT};" in help_text
