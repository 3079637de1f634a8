"""Review and correct on the shared sample minutes, in both stores.

``review`` lists what the loaders are unsure of; every kind of correction changes the answers of
the questions it touches; a store given the same minutes and corrections gives the same answers
whether it was fresh or corrected after loading; stale corrections are reported; and the
coordinator's round trip (load, review, correct three things, reload, ask) holds.
"""
from __future__ import annotations

import json
import os
import shlex
from dataclasses import asdict

import pytest
from typer.testing import CliRunner

from samverkan import queries
from samverkan.cli import app
from samverkan.graph.errors import AmbiguousName, NotFound
from samverkan.loaders.corrections import read_corrections, record_correction, stored_corrections
from samverkan.loaders.pipeline import load_paths
from samverkan.loaders.review import review_entries
from conftest import shared_path

runner = CliRunner()

DOC_000 = "000_adebbee7ca96b066.txt"
DOC_001 = "001_4afcb9de932cb050.txt"
DOC_003 = "003_0584372c7ed2cc1a.txt"
DOC_004 = "004_02592d1c80ce8d1e.txt"

STORES = ["nx", pytest.param("bolt", marks=pytest.mark.bolt)]


@pytest.fixture
def make_store(request, tmp_path):
    """A factory of fresh, empty stores of the kind the test is parametrised with."""
    made = []

    def make():
        if request.param == "nx":
            from samverkan.graph.nx_store import NetworkxStore

            s = NetworkxStore(tmp_path / f"s{len(made)}" / "graph.sqlite")
        else:
            from samverkan.graph.neo4j_store import Neo4jStore

            server = make.server
            for s in made:  # one server, one database: a fresh store is the same database wiped
                s.close()
            made.clear()
            s = Neo4jStore(server.uri, (server.user, server.password),
                           database=os.environ.get("NEO4J_DATABASE") or None)
            s.wipe()
        made.append(s)
        return s

    make.kind = request.param
    make.server = request.getfixturevalue("bolt_server") if request.param == "bolt" else None
    yield make
    for s in made:
        if make.kind == "bolt":
            s.wipe()
        s.close()


def answer(store, query: str, **params) -> str:
    """A question's answer as text (rows as JSON), or the reason there is none."""
    try:
        return json.dumps([asdict(r) for r in queries.run(query, store, **params)], ensure_ascii=False, sort_keys=True)
    except NotFound as exc:
        return f"not found: {exc}"
    except AmbiguousName as exc:
        return f"ambiguous: {exc}"


def load(store, corrections=None):
    report = load_paths([shared_path("minutes")], store, corrections=corrections)
    assert report.failed == 0, [d.error for d in report.documents if d.error]
    store.flush()
    return report


# ------------------------------------------------------------------------------ review
def test_review_lists_the_ambiguous_short_names_and_the_helen_helene_pair(tmp_path):
    from samverkan.graph.nx_store import NetworkxStore

    store = NetworkxStore(tmp_path / "g.sqlite")
    load(store)
    entries = review_entries(store.to_networkx())
    store.close()
    mats = [e for e in entries if e.subject.startswith("Mats in ")]
    assert mats and all({"Mats Wennstig", "Mats Berggren"} <= set(e.candidates) for e in mats)
    assert all(e.command.startswith("samverkan correct mention ") for e in mats)
    heidi = [e for e in entries if e.subject.startswith("Heidi in ")]
    assert heidi and {e.kind for e in heidi} == {"first_name_only"}
    marie = [e for e in entries if e.subject.startswith("Marie in ")]
    assert any(e.kind == "ambiguous_name" and {"Marie Sjöberg", "Marie Kullving"} <= set(e.candidates) for e in marie)
    assert any(DOC_000 in e.command for e in heidi)
    pair = [e for e in entries if e.kind == "similar_names" and set(e.candidates) == {"Helen Andersson", "Helene Andersson"}]
    assert len(pair) == 1 and pair[0].command.startswith("samverkan correct same ")
    kinds = {e.kind for e in entries}
    assert {"meeting_inferred", "group_incomplete", "first_name_only"} <= kinds
    assert [e.weight for e in entries] == sorted((e.weight for e in entries), reverse=True)


def test_review_lists_a_task_nobody_was_given_and_not_one_given_to_a_role():
    import networkx as nx

    G = nx.MultiDiGraph()
    G.add_node("source:1", label="Source", path="m.txt")
    G.add_node("assignment:1", label="Assignment", source_id="source:1", task="ta fram en rutin")
    G.add_node("assignment:2", label="Assignment", source_id="source:1", task="se över stödet",
               assignee_roles=["länssamordnare nära vård"])
    entries = [e for e in review_entries(G) if e.kind == "no_assignee"]
    assert [e.subject for e in entries] == ["task in m.txt"] and "ta fram en rutin" in entries[0].detail


def test_review_cli_prints_commands_and_json(tmp_path):
    store = str(tmp_path / "g.sqlite")
    assert runner.invoke(app, ["load", str(shared_path("minutes")), "--store", store]).exit_code == 0
    result = runner.invoke(app, ["review", "--store", store, "--limit", "0", "--corrections", str(tmp_path / "c.toml")])
    assert result.exit_code == 0, result.output
    assert 'samverkan correct same "Helen Andersson" "Helene Andersson"' in result.stdout
    rows = json.loads(runner.invoke(app, ["review", "--store", store, "--json", "--limit", "0",
                                          "--corrections", str(tmp_path / "c.toml")]).stdout)
    assert any(r["subject"] == f"Heidi in {DOC_000}" for r in rows)
    assert all(r["command"].startswith("samverkan correct ") for r in rows)


def test_review_lists_meetings_whose_body_or_date_the_text_does_not_state(tmp_path):
    from samverkan.graph.nx_store import NetworkxStore

    store = NetworkxStore(tmp_path / "g.sqlite")
    load(store)
    entries = {e.document: e for e in review_entries(store.to_networkx()) if e.kind == "meeting_inferred"}
    store.close()
    # 004 states its date but not the body that met: the body is read from what its items speak of
    assert "body LSVO (inferred from the items)" in entries[DOC_004].detail
    assert entries[DOC_004].command == f"samverkan correct meeting {DOC_004} --group LSVO"
    # 001 is undated: only a range of dated references bounds it
    assert "not stated; bounded by" in entries[DOC_001].detail
    assert entries[DOC_001].command.startswith(f"samverkan correct meeting {DOC_001} --date YYYY-MM-DD")
    assert DOC_003 not in entries  # date and body stated in its header


@pytest.mark.parametrize("make_store", STORES, indirect=True)
def test_a_body_and_date_taken_from_the_file_name_are_recorded_and_reviewed(make_store, tmp_path):
    from test_pipeline import NOTES_WITHOUT_HEADER

    name = "00026_arbetsgrupp-digitala-moten_2024-02-01.txt"
    (tmp_path / name).write_text(NOTES_WITHOUT_HEADER, encoding="utf-8")
    store = make_store()
    assert load_paths([tmp_path / name], store).failed == 0
    store.flush()
    G = store.to_networkx()
    [meeting] = [d for _, d in G.nodes(data=True) if d.get("label") == "Meeting"]
    assert (meeting["date_basis"], meeting["group_basis"]) == ("filename", "filename")
    [entry] = [e for e in review_entries(G) if e.kind == "meeting_inferred"]
    assert "date 2024-02-01 (taken from the file name)" in entry.detail
    assert "body Arbetsgrupp digitala möten (taken from the file name)" in entry.detail
    assert entry.command == (f'samverkan correct meeting {name} --date 2024-02-01 '
                             f'--group "Arbetsgrupp digitala möten"')

    # the command review shows settles it: the basis becomes the correction
    path = tmp_path / "c.toml"
    record_correction("meeting", {"document": name, "date": "2024-02-01", "group": "Arbetsgrupp digitala möten"},
                      path=path)
    assert load_paths([tmp_path / name], store, corrections=read_corrections(path)).failed == 0
    store.flush()
    G = store.to_networkx()
    [meeting] = [d for _, d in G.nodes(data=True) if d.get("label") == "Meeting"]
    assert (meeting["date_basis"], meeting["group_basis"]) == ("correction", "correction")
    assert not [e for e in review_entries(G, read_corrections(path)) if e.kind == "meeting_inferred"]
    assert not [e for e in review_entries(G) if e.kind == "meeting_inferred"]


# ------------------------------------------------------------------------------ each kind, both stores
def _decision_of(store, source_name: str) -> tuple[str, str]:
    """The id and text of a decision of this document whose text no other decision has."""
    from collections import Counter

    G = store.to_networkx()
    sid = next(n for n, d in G.nodes(data=True) if d.get("label") == "Source" and d.get("name") == source_name)
    texts = Counter(d.get("text") for _, d in G.nodes(data=True) if d.get("label") == "Decision")
    return sorted((n, d["text"]) for n, d in G.nodes(data=True) if d.get("label") == "Decision"
                  and d.get("source_id") == sid and texts[d.get("text")] == 1 and len(d.get("text") or "") > 20)[0]


@pytest.mark.parametrize("make_store", STORES, indirect=True)
def test_each_kind_of_correction_changes_the_answers_it_touches(make_store, tmp_path):
    plain = make_store()
    load(plain)
    dropped, dropped_text = _decision_of(plain, DOC_003)
    questions = {
        "same": ("person", {"name": "Helene Andersson"}),
        "different": ("person", {"name": "Marie Sjöberg"}),
        "rename": ("person", {"name": "Lena Hansson"}),
        "not-person": ("person", {"name": "Jackie Y"}),
        "mention": ("person", {"name": "Mats Berggren"}),
        "meeting": ("meetings", {"group": "LSVO"}),
        "group": ("group", {"name": "Workshop äldre"}),
        "person": ("person", {"name": "Nuray Iliev"}),
        "drop": ("decisions", {}),
        "add-membership": ("group", {"name": "Styrgrupp Barnahus"}),
        "add-assignment": ("person", {"name": "Mats Wennstig"}),
    }
    before = {k: answer(plain, q, **p) for k, (q, p) in questions.items()}
    helen_before = answer(plain, "person", name="Helen Andersson")  # a Bolt store is wiped for the next one
    path = tmp_path / "c.toml"
    decided = [
        ("same", {"person": "Helene Andersson", "other": "Helen Andersson"}),
        ("different", {"person": "Marie", "other": "Marie Sjöberg"}),
        ("rename", {"person": "Lena H", "name": "Lena Hansson"}),
        ("not-person", {"text": "Jackie Y"}),
        ("mention", {"document": DOC_000, "text": "Mats", "person": "Mats Berggren"}),
        ("meeting", {"document": DOC_001, "date": "2021-06-11"}),
        ("group", {"group": "Workshop äldre", "level": "operativ", "parent": "Samverkansgrupp att åldras"}),
        ("person", {"person": "Nuray Iliev", "organisation": "Karlskrona kommun"}),
        ("drop", {"fact": dropped}),
        ("add-membership", {"document": DOC_003, "person": "Mats Berggren", "group": "Styrgrupp Barnahus",
                            "on_behalf_of": "Region Blekinge"}),
        ("add-assignment", {"document": DOC_003, "task": "Sammanställa rättelserna", "assignees": ["Mats Wennstig"]}),
    ]
    ids = {kind: record_correction(kind, fields, path=path)[0].id for kind, fields in decided}
    corrections = read_corrections(path)

    fixed = make_store()
    report = load(fixed, corrections)
    assert report.stale == []
    after = {k: answer(fixed, q, **p) for k, (q, p) in questions.items()}
    for kind in questions:
        assert after[kind] != before[kind], f"{kind} changed nothing"

    assert "Sammanställa rättelserna" in after["add-assignment"] and ids["add-assignment"] in after["add-assignment"]
    assert "Mats Berggren" in after["add-membership"]
    quoted = json.dumps(dropped_text, ensure_ascii=False)
    assert quoted not in after["drop"] and quoted in before["drop"]
    assert "Karlskrona kommun" in after["person"] and ids["person"] in after["person"]
    assert "operativ" in after["group"] and "Samverkansgrupp att åldras" in after["group"]
    assert "2021-06-11" in after["meeting"] and "2021-06-11" not in before["meeting"]
    assert DOC_000 in after["mention"] and DOC_000 not in before["mention"]
    assert before["not-person"].startswith("[") and after["not-person"].startswith("not found")
    assert before["rename"].startswith("not found") and "Lena Hansson" in after["rename"]
    assert ids["same"] in after["same"]
    assert answer(fixed, "person", name="Helen Andersson") != helen_before

    # the loaders' reading each correction replaced is kept
    state = stored_corrections(fixed)
    assert set(state.applied) == set(ids.values())
    assert any("Helen Andersson" in t for t in state.originals[ids["same"]])
    assert any("range" in t for t in state.originals[ids["meeting"]])

    # the JSON export marks what was corrected
    from samverkan.graph.export import export_json, validate_export

    doc = export_json(fixed.to_networkx())
    validate_export(doc)
    assert any(m.get("correction") == ids["add-membership"] and m["corrected"] is True for m in doc["memberships"])
    assert any(e.get("correction") == ids["meeting"] for e in doc["events"])


@pytest.mark.parametrize("make_store", STORES, indirect=True)
def test_a_loaded_store_corrected_later_answers_as_a_fresh_one(make_store, tmp_path):
    path = tmp_path / "c.toml"
    record_correction("same", {"person": "Helene Andersson", "other": "Helen Andersson"}, path=path)
    record_correction("mention", {"document": DOC_000, "text": "Mats", "person": "Mats Berggren"}, path=path)
    record_correction("group", {"group": "LSVO", "aliases": ["Länsledningen"]}, path=path)
    corrections = read_corrections(path)
    cases = [("person", {"name": "Mats Berggren"}), ("person", {"name": "Helene Andersson"}),
             ("group", {"name": "Länsledningen"}), ("gaps", {}), ("decisions", {}), ("meetings", {})]

    fresh = make_store()
    load(fresh, corrections)
    expected = [answer(fresh, q, **p) for q, p in cases]
    again = load(fresh, corrections)  # idempotent: nothing to do the second time
    assert {d.status for d in again.documents} == {"unchanged"}
    assert [answer(fresh, q, **p) for q, p in cases] == expected

    later = make_store()
    load(later)
    assert [answer(later, q, **p) for q, p in cases] != expected
    report = load(later, corrections)
    assert {d.status for d in report.documents} == {"replaced"}
    assert [answer(later, q, **p) for q, p in cases] == expected


@pytest.mark.parametrize("make_store", STORES, indirect=True)
def test_a_stale_correction_is_reported_and_kept(make_store, tmp_path):
    path = tmp_path / "c.toml"
    stale, _ = record_correction("rename", {"person": "Nobody Atall", "name": "Somebody Else"}, path=path)
    good, _ = record_correction("not-person", {"text": "Jackie Y"}, path=path)
    store = make_store()
    report = load(store, read_corrections(path))
    assert [c.id for c in report.stale] == [stale.id]
    entries = review_entries(store.to_networkx(), read_corrections(path), stored_corrections(store))
    assert entries[0].kind == "stale_correction" and entries[0].command == f"samverkan correct remove {stale.id}"
    assert good.id not in {e.command.split()[-1] for e in entries}
    assert len(read_corrections(path).entries) == 2


def test_load_reports_a_hand_edit_error_with_its_line(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[[correction]]\nkind = "same"\nperson = "Helen Andersson"\n\n'
                    '[[correction]]\nkind = "rename"\nperson = "Heidi"\n', encoding="utf-8")
    result = runner.invoke(app, ["load", str(shared_path("minutes")), "--store", str(tmp_path / "g.sqlite"),
                                 "--corrections", str(path)])
    assert result.exit_code == 1
    assert f"{path}:1: same: the field 'other' is missing" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "g.sqlite").exists()


# ------------------------------------------------------------------------------ the round trip
@pytest.mark.parametrize("make_store", STORES, indirect=True)
def test_round_trip_load_review_correct_three_things_reload_ask(make_store, tmp_path, monkeypatch):
    corrections = tmp_path / "samverkan-corrections.toml"
    monkeypatch.setenv("SAMVERKAN_CORRECTIONS", str(corrections))
    first = make_store()
    if make_store.kind == "nx":
        monkeypatch.setenv("SAMVERKAN_STORE", str(first.path))
        first.close()
    else:
        monkeypatch.setenv("NEO4J_URI", make_store.server.uri)
        monkeypatch.setenv("NEO4J_USER", make_store.server.user)
        monkeypatch.setenv("NEO4J_PASSWORD", make_store.server.password)
    assert runner.invoke(app, ["load", str(shared_path("minutes"))]).exit_code == 0
    asks = [["person", "Mats Berggren", "--json"], ["person", "Helene Andersson", "--json"],
            ["meetings", "--group", "LSVO", "--json"]]
    before = [runner.invoke(app, a).stdout for a in asks]

    rows = json.loads(runner.invoke(app, ["review", "--json", "--limit", "0"]).stdout)
    pick = [next(r for r in rows if r["kind"] == "similar_names" and "Helene Andersson" in r["candidates"]),
            next(r for r in rows if r["subject"] == f"Mats in {DOC_000}"),
            next(r for r in rows if r["kind"] == "meeting_inferred" and r["document"] == DOC_001)]
    for r in pick:  # the commands review shows, run as shown (placeholders filled in)
        words = shlex.split(r["command"].replace("YYYY-MM-DD", "2021-06-11"))
        assert words[:2] == ["samverkan", "correct"]
        result = runner.invoke(app, words[1:])
        assert result.exit_code == 0, result.output
        assert "applied: 5 documents" in result.stdout
    corrected = [runner.invoke(app, a).stdout for a in asks]
    assert all(a != b for a, b in zip(before, corrected))
    assert '"corrected": true' in corrected[0] and "2021-06-11" in corrected[2]
    assert len(read_corrections(corrections).entries) == 3
    settled = json.loads(runner.invoke(app, ["review", "--json", "--limit", "0"]).stdout)
    assert not any(r["subject"] == f"Mats in {DOC_000}" or r["kind"] == "similar_names"
                   and "Helene Andersson" in r["candidates"] for r in settled)

    # a fresh store, the same minutes, the same corrections file: the same answers
    fresh = make_store()
    if make_store.kind == "nx":
        monkeypatch.setenv("SAMVERKAN_STORE", str(fresh.path))
        fresh.close()
    assert runner.invoke(app, ["load", str(shared_path("minutes"))]).exit_code == 0
    assert [runner.invoke(app, a).stdout for a in asks] == corrected



def test_correct_refuses_a_bad_decision_and_a_broken_file_in_one_line(tmp_path):
    path = tmp_path / "c.toml"
    result = runner.invoke(app, ["correct", "group", "LSVO", "--level", "hög", "--corrections", str(path)])
    assert result.exit_code == 2 and "level 'hög' is not one of" in result.output
    assert not path.exists()
    path.write_text('[[correction]]\nkind = "drop"\nfact = "x"\n\n[[correction]\n', encoding="utf-8")
    result = runner.invoke(app, ["correct", "not-person", "Ordförande", "--corrections", str(path)])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {path}:5: not valid TOML") and len(result.output.strip().splitlines()) == 1
    assert "Ordförande" not in path.read_text(encoding="utf-8")


def test_correct_and_each_of_its_commands_show_an_example_in_their_help():
    from typer.main import get_command

    group = get_command(app).commands["correct"]
    paths = [[]] + [[name] for name in group.commands] + [["add", name] for name in group.commands["add"].commands]
    assert len(paths) >= 14
    for path in paths:
        result = runner.invoke(app, ["correct", *path, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        assert "Example: samverkan correct " + (path[0] if path else "") in result.stdout, path
