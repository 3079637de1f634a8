"""Exports other tools read well: GraphML and GEXF open in networkx with names as labels and
kinds as types, --only gives the collaboration network with provenance on its edges, and the
Kumu blueprint follows Kumu's JSON import."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, shared_path
from samverkan.cli import app
from samverkan.graph import export as ex
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths

NETWORK = "people,groups,organisations"
PROVENANCE = {"Source", "Meeting", "AgendaItem", "Decision", "Assignment", "Vacancy", "Mention"}
READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}
runner = CliRunner()


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    with NetworkxStore(tmp_path_factory.mktemp("tools") / "graph.sqlite") as s:
        load_paths([EXAMPLES], s)
        return s.to_networkx()


def named(G, label: str) -> dict[str, str]:
    return {n: d["name"] for n, d in G.nodes(data=True) if d.get("label") == label}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_graph_files_label_nodes_by_name_and_type_them_by_kind(graph, tmp_path, fmt):
    ex.export(graph, fmt, tmp_path / f"g.{fmt}")
    R = READERS[fmt](tmp_path / f"g.{fmt}")
    assert R.number_of_nodes() == graph.number_of_nodes()
    for label in ("Person", "Group", "Organisation"):
        names = named(graph, label)
        assert len(names) > 5
        assert {n: R.nodes[n]["label"] for n in names} == names
        assert {R.nodes[n]["type"] for n in names} == {label}
    assert {d["type"] for _, d in R.nodes(data=True)} == {d["label"] for _, d in graph.nodes(data=True)}
    # no node is labelled with its kind, the sea of identical labels Gephi showed
    assert not [n for n, d in R.nodes(data=True) if d["label"] == d["type"]]
    meetings = [d["label"] for _, d in R.nodes(data=True) if d["type"] == "Meeting"]
    assert "LSVO 2024-03-15" in meetings
    relations = {d["label"] for _, _, d in R.edges(data=True)}
    assert {"MEMBER_OF", "ATTENDED", "HELD_BY"} <= relations


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_only_exports_the_network_with_sources_and_dates_on_its_edges(graph, tmp_path, fmt):
    ex.export(graph, fmt, tmp_path / f"n.{fmt}", only=NETWORK)
    R = READERS[fmt](tmp_path / f"n.{fmt}")
    kinds = {d["type"] for _, d in R.nodes(data=True)}
    assert kinds == {"Person", "Group", "Organisation"}
    assert not [n for n in R if n.split(":")[0] in {"source", "meeting", "item", "decision", "assignment"}]
    assert named(graph, "Person") == {n: d["label"] for n, d in R.nodes(data=True) if d["type"] == "Person"}
    member = [d for _, _, d in R.edges(data=True) if d["label"] == "MEMBER_OF"]
    assert member and all(d["sources"] and d["date_from"] and d["date_to"] for d in member)
    # a membership stated in both LSVO minutes is one edge, with both documents and the range
    folded = [d for d in member if int(d["weight"]) == 2]
    assert folded
    assert {d["sources"] for d in folded} == {"lsvo_2024-03-15.txt;lsvo_2024-05-17_digital.txt"}
    assert {(d["date_from"], d["date_to"]) for d in folded} == {("2024-03-15", "2024-05-17")}
    # what ran through meetings and assignments is a direct edge between the kept nodes
    assert {"ATTENDED", "ASSIGNS"} <= {d["label"] for _, _, d in R.edges(data=True)}


def test_folding_keeps_every_source_and_the_date_range():
    G = nx.MultiDiGraph()
    G.add_node("p", label="Person", name="Anna Berg")
    G.add_node("o", label="Organisation", name="Region X")
    G.add_node("g", label="Group", name="Styrgrupp")
    for i, (day, rng) in enumerate([("2024-01-10", None), (None, ("2024-02-01", "2024-02-28")), ("2023-11-05", None)]):
        s, m = f"s{i}", f"m{i}"
        G.add_node(s, label="Source", name=f"doc{i}.txt", path=f"/in/doc{i}.txt")
        G.add_node(m, label="Meeting", source_id=s, date=day, date_from=rng and rng[0], date_to=rng and rng[1])
        G.add_edge(m, "g", key=f"h{i}", type="HELD_BY", source_id=s)
        G.add_edge("p", m, key=f"a{i}", type="ATTENDED", source_id=s, status="present")
        G.add_edge("p", "g", key=f"b{i}", type="MEMBER_OF", source_id=s, item_id=f"item{i}",
                   role="ledamot" if i else "ordförande", on_behalf_of_id="o")
    H = ex.network_graph(G, "people,groups")
    assert sorted(H.nodes) == ["g", "p"]  # organisations were not asked for
    edges = {d["type"]: d for _, _, d in H.edges(data=True)}
    assert set(edges) == {"MEMBER_OF", "ATTENDED"}
    member = edges["MEMBER_OF"]
    assert member["count"] == 3 and member["sources"] == ["doc2.txt", "doc0.txt", "doc1.txt"]
    assert (member["date_from"], member["date_to"]) == ("2023-11-05", "2024-02-28")
    assert member["role"] == ["ledamot", "ordförande"] and member["on_behalf_of"] == "Region X"
    assert "item_id" not in member and "source_id" not in member
    assert edges["ATTENDED"]["count"] == 3 and edges["ATTENDED"]["status"] == "present"
    assert [d["type"] for _, _, d in ex.network_graph(G, ["person"]).edges(data=True)] == []


def test_kumu_blueprint_follows_kumus_json_import(graph):
    doc = json.loads(ex.export(graph, "kumu", only=NETWORK))
    assert set(doc) == {"elements", "connections"}
    elements, connections = doc["elements"], doc["connections"]
    people = named(graph, "Person")
    assert {e["id"]: e["label"] for e in elements if e["type"] == "Person"} == people
    assert {e["type"] for e in elements} == {"Person", "Group", "Organisation"}
    assert any(e.get("tags") == ["politisk"] for e in elements if e["type"] == "Group")
    ids = [e["id"] for e in elements] + [c["id"] for c in connections]
    assert len(ids) == len(set(ids))  # Kumu wants ids unique across elements and connections
    assert all(c["from"] in ids and c["to"] in ids and c["direction"] == "directed" for c in connections)
    member = [c for c in connections if c["type"] == "member of"]
    assert member and all(c["sources"] and c["date_from"] for c in member)
    whole = json.loads(ex.export(graph, "kumu"))
    assert "AgendaItem" in {e["type"] for e in whole["elements"]}


def test_cli_refuses_only_with_json_and_unknown_kinds_and_writes_kumu(tmp_path):
    store = str(tmp_path / "s.sqlite")
    runner.invoke(app, ["load", str(EXAMPLES), "--store", store])
    refused = runner.invoke(app, ["export", "--only", "people", "--store", store])
    assert refused.exit_code == 2 and "json" in refused.output
    unknown = runner.invoke(app, ["export", "-f", "gexf", "--only", "people,möten", "-o", str(tmp_path / "x.gexf"),
                                  "--store", store])
    assert unknown.exit_code == 2 and "möten" in unknown.output and not (tmp_path / "x.gexf").exists()
    done = runner.invoke(app, ["export", "-f", "kumu", "--only", "groups", "-o", str(tmp_path / "k.json"),
                               "--store", store])
    assert done.exit_code == 0, done.output
    doc = json.loads((tmp_path / "k.json").read_text(encoding="utf-8"))
    assert {e["type"] for e in doc["elements"]} == {"Group"}
    assert {c["type"] for c in doc["connections"]} >= {"part of", "delegates"}
    file_like = runner.invoke(app, ["export", "-f", "tables", "-o", str(tmp_path / "t.csv"), "--store", store])
    assert file_like.exit_code == 2 and "nodes.csv and edges.csv" in file_like.output
    assert not (tmp_path / "t.csv").exists()


def test_shared_minutes_network_opens_in_networkx_with_names(tmp_path):
    minutes = shared_path("minutes")
    with NetworkxStore(tmp_path / "graph.sqlite") as s:
        load_paths([minutes], s)
        G = s.to_networkx()
    ex.export(G, "gexf", tmp_path / "n.gexf", only=NETWORK)
    R = nx.read_gexf(tmp_path / "n.gexf")
    assert {n: d["label"] for n, d in R.nodes(data=True) if d["type"] == "Group"} == named(G, "Group")
    assert all(d.get("sources") for _, _, d in R.edges(data=True) if d["label"] == "MEMBER_OF")


def test_tables_are_a_node_and_an_edge_table_gephi_and_a_spreadsheet_read(graph, tmp_path):
    written = ex.export(graph, "tables", tmp_path / "t", only=NETWORK)
    assert [p.name for p in written] == ["nodes.csv", "edges.csv"]
    with open(tmp_path / "t" / "nodes.csv", encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with open(tmp_path / "t" / "edges.csv", encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert {r["Id"]: r["Label"] for r in nodes if r["Kind"] == "Person"} == named(graph, "Person")
    assert {r["Kind"] for r in nodes} == {"Person", "Group", "Organisation"}
    ids = {r["Id"] for r in nodes}
    assert edges and all(r["Source"] in ids and r["Target"] in ids and r["Type"] == "Directed" for r in edges)
    label = {r["Id"]: r["Label"] for r in nodes}
    assert all(r["Source label"] == label[r["Source"]] and r["Target label"] == label[r["Target"]] for r in edges)
    folded = [r for r in edges if r["Relation"] == "MEMBER_OF" and r["Weight"] == "2"]
    assert folded and all(r["sources"] == "lsvo_2024-03-15.txt;lsvo_2024-05-17_digital.txt" for r in folded)


def test_every_export_command_in_the_docs_runs(tmp_path, monkeypatch):
    import re
    import shlex
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "exports.md").read_text(encoding="utf-8")
    commands = sorted(set(re.findall(r"^samverkan export [^\n#]+", doc, re.MULTILINE)))
    assert {"kumu", "tables", "csv", "gexf", "graphml"} <= {shlex.split(c)[3] for c in commands}
    store = str(tmp_path / "s.sqlite")
    runner.invoke(app, ["load", str(EXAMPLES), "--store", store])
    monkeypatch.chdir(tmp_path)
    for command in commands:
        result = runner.invoke(app, [*shlex.split(command)[1:], "--store", store])
        assert result.exit_code == 0, (command, result.output)
        assert Path(shlex.split(command)[-1]).exists(), command
