"""Evidence on every fact: the words of the minutes a fact was read from (``quote``), kept through
both stores, the export and the questions, shown with ``--evidence``."""
from __future__ import annotations

import json
import re

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.graph.export import export_json, validate_export
from samverkan.graph.model import QUOTE_LIMIT, quote
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedDecision, ParsedItem, ParsedMinutes
from conftest import shared_path

runner = CliRunner()


def squeeze(text: str) -> str:
    """Terminal output with table borders and wrapping undone, for looking for a phrase."""
    return " ".join(re.sub(r"[│┃┆|]", " ", text).split())


# -- the loaders keep the words -------------------------------------------------------------

def _relations(body: str = "", decisions=(), meeting: str = "LSVO"):
    item = ParsedItem(number="1", title="Ärende", body=body)
    ds = [ParsedDecision(item="1", text=t, position=i, decided_by=meeting) for i, t in enumerate(decisions)]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=meeting, items=[item], decisions=ds))


def test_a_task_and_its_delegation_keep_the_clause_they_were_read_from():
    r = _relations(decisions=["ge Samverkansgrupp att åldras i uppdrag att ta fram en plan för hemgång,",
                              "godkänna dagordningen"])
    (a,) = r.assignments
    assert a.quote == "ge Samverkansgrupp att åldras i uppdrag att ta fram en plan för hemgång"
    (m,) = [m for m in r.mandates if m.kind == "delegates"]
    assert m.quote == a.quote


def test_a_membership_keeps_its_sentence_and_not_the_one_before():
    r = _relations("Mötet inleds med en presentationsrunda. Karin Ek väljs in i rekryteringsgruppen. "
                   "Nästa möte hålls i maj.")
    (m,) = r.memberships
    assert m.quote == "Karin Ek väljs in i rekryteringsgruppen"


def test_a_row_of_an_action_table_is_its_own_evidence():
    from samverkan.loaders.types import AttendanceEntry

    body = ("Vad                         | Vem    | När\n"
            "----------------------------|--------|------\n"
            "Boka lokal för temadagen    | KL     | 12/9\n")
    att = [AttendanceEntry("Karin Lund", "present", ["ledamot"])]
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Arbetsgrupp Hemgång", attendance=att,
                                        items=[ParsedItem(number="1", title="Att göra", body=body)]))
    (a,) = r.assignments
    assert "Boka lokal för temadagen" in a.quote and "KL" in a.quote and "12/9" in a.quote


def test_a_name_mention_quotes_its_sentence():
    r = _relations("Inledning av ordföranden. Helene informerar om läget i projektet. Frågor besvaras.")
    (m,) = [m for m in r.person_mentions if m.text == "Helene"]
    assert m.quote == "Helene informerar om läget i projektet."


def test_quotes_are_trimmed_and_cut_at_a_word():
    long = "ord " * 200
    q = quote(long)
    assert len(q) <= QUOTE_LIMIT and q.endswith(" …") and "  " not in q
    assert quote("  a\n\n  b\t c ") == "a b c"
    assert quote("   ") is None


# -- on the sample minutes: the export carries the quotes -----------------------------------

@pytest.fixture(scope="module")
def minutes_store(tmp_path_factory):
    minutes = shared_path("minutes")
    path = str(tmp_path_factory.mktemp("evidence") / "g.sqlite")
    result = runner.invoke(app, ["load", str(minutes), "--store", path, "-j", "1"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def exported(minutes_store):
    from samverkan.graph.nx_store import NetworkxStore

    s = NetworkxStore(minutes_store, writable=False)
    try:
        return export_json(s.to_networkx())
    finally:
        s.close()


def _names(doc):
    return {**{p["id"]: p["name"] for p in doc["persons"]}, **{o["id"]: o["name"] for o in doc["organizations"]}}


def test_the_export_with_quotes_follows_its_schema(exported):
    validate_export(exported)
    quotes = [x["quote"] for key in ("memberships", "decisions", "assignments", "mandates", "unresolved_mentions")
              for x in exported[key] if x.get("quote")]
    quotes += [p["quote"] for e in exported["events"] for p in e["participants"] if p.get("quote")]
    assert len(quotes) > 100
    assert all(len(q) <= QUOTE_LIMIT and q == " ".join(q.split()) for q in quotes)


def test_a_membership_quotes_the_sentence_that_appoints(exported):
    names = _names(exported)
    (m,) = [m for m in exported["memberships"] if names[m["person_id"]] == "André Jönsson"
            and names[m["organization_id"]] == "Rekryteringsgruppen"]
    assert "André Jönsson" in m["quote"] and "väljs in i rekryteringsgruppen" in m["quote"]
    assert m["sources"][0]["source_id"] and m["sources"][0]["item_id"]  # with its document and item


def test_an_assignment_quotes_the_words_that_give_it(exported):
    names = _names(exported)
    (a,) = [a for a in exported["assignments"] if a["task"] == "jobba vidare med planeringen av dagen"]
    assert "Bodil och Mats ges i uppdrag att jobba vidare med planeringen av dagen" in a["quote"]
    assert {names[x] for x in a["assignee_ids"]} >= {"Mats Wennstig"}


def test_a_mandate_quotes_the_words_that_give_it(exported):
    names = _names(exported)
    found = [m for m in exported["mandates"] if (names[m["from_id"]], m["classification"], names[m["to_id"]])
             == ("PSVO", "delegates", "LSVO")]
    assert found and all("PSVO ger LSVO i uppdrag" in m["quote"] for m in found)


def test_a_decision_quotes_its_clause(exported):
    (d,) = [d for d in exported["decisions"] if "2023-10-20 upprättat sammanträdesprotokoll" in d["text"]]
    assert d["quote"].startswith("godkänna för 2023-10-20 upprättat sammanträdesprotokoll")


def test_an_attendance_entry_quotes_its_line(exported):
    names = _names(exported)
    seen = {(names[p["person_id"]], p["status"]): p.get("quote") for e in exported["events"] for p in e["participants"]}
    assert "Anita Sjödahl, samordnare Region Blekinge §110" in seen[("Anita Sjödahl", "guest")]


def test_person_and_unresolved_mentions_quote_where_they_are_named(exported):
    heidi = [u["quote"] for u in exported["unresolved_mentions"] if u["text"] == "Heidi"]
    assert heidi and all("Heidi" in q for q in heidi)
    (p,) = [p for p in exported["persons"] if p["name"] == "Helen Andersson"]
    said = [s["quote"] for s in p["sources"] if s.get("quote")]
    assert said and any("Helen" in q for q in said)


# -- the questions: both stores alike, --json always, --evidence on the terminal ------------

CASES = [("person", {"name": "André Jönsson"}, "membership", "väljs in i rekryteringsgruppen"),
         ("person", {"name": "Tomas Ringberg"}, "meeting", "Tomas Ringberg, förvaltningschef"),
         ("group", {"name": "LSVO"}, "mandate_in", "PSVO ger LSVO i uppdrag"),
         ("org", {"name": "Karlshamn"}, "no_seat", "utgör styrgrupp Uppdrag psykisk hälsa"),
         ("gaps", {}, "unassigned", "Projektledare hemsjukvårdsavtal")]


@pytest.mark.bolt
def test_both_stores_answer_with_the_same_quotes(bolt_store, tmp_path):
    from samverkan import queries
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    minutes = shared_path("minutes")
    nx = NetworkxStore(tmp_path / "g.sqlite")
    try:
        for store in (nx, bolt_store):
            assert load_paths([minutes], store).failed == 0
        for name, params, section, words in CASES:
            a, b = (queries.run(name, store, **params) for store in (nx, bolt_store))
            assert a == b
            kind = "section" if name != "gaps" else "kind"
            assert any(words in (r.quote or "") for r in a if getattr(r, kind) == section), (name, section)
    finally:
        nx.close()


@pytest.mark.parametrize("name,params,section,words", CASES)
def test_json_rows_carry_the_quote(minutes_store, name, params, section, words):
    args = [name, *params.values(), "--json", "--store", minutes_store]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert all("quote" in r for r in rows)
    kind = "section" if name != "gaps" else "kind"
    assert any(words in (r["quote"] or "") for r in rows if r[kind] == section)


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("name,params,section,words", CASES)
def test_evidence_shows_the_words_and_only_when_asked(minutes_store, name, params, section, words, width):
    args = [name, *params.values(), "--store", minutes_store]
    plain = runner.invoke(app, args, env={"COLUMNS": str(width)})
    shown = runner.invoke(app, [*args, "--evidence"], env={"COLUMNS": str(width)})
    assert plain.exit_code == 0 and shown.exit_code == 0, shown.output
    assert words in squeeze(shown.stdout)
    assert "quote" in shown.stdout and "quote" not in plain.stdout
    # the quote column takes the room of less important columns (rich may draw a folded table one
    # cell wider than the width it is given, as it does for `decisions` at 80 columns)
    table = [line for line in shown.stdout.splitlines() if line[:1] in "┏┃┡│└"]
    assert table and max(cell_len(line) for line in table) <= width + 1


def test_group_with_evidence_lists_each_member_with_the_line_that_seats_them(minutes_store):
    result = runner.invoke(app, ["group", "LSVO", "--evidence", "--store", minutes_store], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    roster = squeeze(result.stdout[result.stdout.index("Roster"):result.stdout.index("Mandates")])
    assert "Tomas Ringberg" in roster and "utbildningsförvaltningen Karlshamns kommun" in roster


# -- decisions, meetings and mandates carry their words too ---------------------------------

LISTS = [("decisions", "godkänna för 2023-10-20 upprättat sammanträdesprotokoll"),
         ("meetings", "Plats och tid: Teams, den 24 maj 2024"),
         ("mandates", "PSVO ger LSVO i uppdrag")]


@pytest.mark.bolt
def test_both_stores_list_decisions_meetings_and_mandates_with_the_same_quotes(bolt_store, tmp_path):
    from samverkan import queries
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    nx = NetworkxStore(tmp_path / "g.sqlite")
    try:
        for store in (nx, bolt_store):
            assert load_paths([shared_path("minutes")], store).failed == 0
        for name, words in LISTS:
            a, b = (list(queries.run(name, store, limit=0) if name != "mandates" else queries.run(name, store))
                    for store in (nx, bolt_store))
            assert a == b
            assert any(words in (r.quote or "") for r in a), name
    finally:
        nx.close()


@pytest.mark.parametrize("name,words", LISTS)
def test_decision_meeting_and_mandate_rows_carry_the_quote_in_json(minutes_store, name, words):
    every = ["--limit", "0"] if name != "mandates" else []
    result = runner.invoke(app, [name, "--json", "--store", minutes_store, *every])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all("quote" in r for r in rows)
    assert any(words in (r["quote"] or "") for r in rows)
    if name == "decisions":  # a decision's text is its own evidence where no longer clause was read
        assert all(r["quote"] for r in rows)
    if name == "meetings":  # an undated meeting rests on no header line that states its date
        assert all(r["quote"] is None or r["date_certain"] or "…" not in r["quote"] for r in rows)
        stated = [r for r in rows if r["source"] == "003_0584372c7ed2cc1a.txt"]
        assert stated and "LSVO" in stated[0]["quote"] and "2023-11-17" in stated[0]["quote"]


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("name,words", LISTS)
def test_decisions_meetings_and_mandates_show_the_quote_only_with_evidence(minutes_store, name, words, width):
    args = [name, "--store", minutes_store, *(["--limit", "0"] if name != "mandates" else [])]
    plain = runner.invoke(app, args, env={"COLUMNS": str(width)})
    shown = runner.invoke(app, [*args, "--evidence"], env={"COLUMNS": str(width)})
    assert plain.exit_code == 0 and shown.exit_code == 0, shown.output
    assert "quote" in shown.stdout and "quote" not in plain.stdout
    # the first words of the quote (a row's other cells interleave with its wrapped lines)
    head = " ".join(words.split()[:2])
    assert head in squeeze(shown.stdout)
    # a table keeps to the width; rows too wide even so print as blocks, one field a line
    table = [line for line in shown.stdout.splitlines() if line[:1] in "┏┃┡│└"]
    assert max([0] + [cell_len(line) for line in table]) <= width + 1
    assert table or "  quote: " in shown.stdout
