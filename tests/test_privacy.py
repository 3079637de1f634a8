"""Privacy that holds: keyed pseudonyms, every export format pseudonymised, forget that redacts,
files only their owner reads, no temporary copy of the graph outliving a crash."""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.graph.ids import make_id
from samverkan.graph.nx_store import NetworkxStore
from samverkan.graph.privacy import person_forms, secret_path

from conftest import EXAMPLES, SHARED

runner = CliRunner()
FORMATS = ("json", "graphml", "gexf", "csv", "tables", "kumu")
NETWORK_FORMATS = tuple(f for f in FORMATS if f != "json")  # --only: json stays whole


def load(store: Path, *folders) -> None:
    result = runner.invoke(app, ["load", *map(str, folders or [EXAMPLES]), "--store", str(store)])
    assert result.exit_code in (0, 1), result.output


def names_in(store: Path) -> set[str]:
    """Every form of every person's name the store knows."""
    s = NetworkxStore(store, writable=False)
    G = s.to_networkx()
    forms = set()
    for n, d in G.nodes(data=True):
        if d.get("label") == "Person":
            forms |= person_forms(G, n)
    s.close()
    return forms


def target_for(folder: Path, stem: str, fmt: str) -> Path:
    """Where an export of this format goes: a file, or for csv a folder."""
    return folder / (f"{stem}-{fmt}" if fmt in ("csv", "tables") else f"{stem}.{fmt}")


def export(store: Path, fmt: str, target: Path, *extra: str) -> str:
    """Export and return everything written, as text."""
    result = runner.invoke(app, ["export", "--format", fmt, "-o", str(target), "--store", str(store), *extra])
    assert result.exit_code == 0, result.output
    files = sorted(target.iterdir()) if target.is_dir() else [target]
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def found(name: str, text: str) -> bool:
    words = r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", name) if w)
    return re.search(rf"(?<!\w){words}(?!\w)", text, re.IGNORECASE) is not None


CORPORA = [
    pytest.param([EXAMPLES], id="examples"),
    pytest.param([SHARED / "minutes"], id="shared-minutes",
                 marks=pytest.mark.skipif(not (SHARED / "minutes").is_dir(), reason="no shared minutes")),
]


@pytest.mark.parametrize("folders", CORPORA)
@pytest.mark.parametrize("fmt", FORMATS)
def test_pseudonymized_export_holds_no_name_of_the_store_in_any_format(tmp_path, fmt, folders):
    store = tmp_path / "s" / "graph.sqlite"
    load(store, *folders)
    names = names_in(store)
    assert len(names) > 10
    plain = export(store, fmt, target_for(tmp_path, "plain", fmt))
    assert any(found(n, plain) for n in names)  # the check below would catch a name
    text = export(store, fmt, target_for(tmp_path, "pseudo", fmt), "--pseudonymize")
    leaked = sorted(n for n in names if found(n, text))
    assert leaked == []
    # neither the ids (hashes of the names) nor the old unkeyed pseudonyms appear
    for name in names:
        pid = make_id("person", name)
        assert pid.split(":")[1] not in text
        assert hashlib.sha256(pid.encode()).hexdigest()[:8].upper() not in text
    # nor the secret
    assert secret_path(store).read_text().strip() not in text


@pytest.mark.parametrize("folders", CORPORA)
def test_a_pseudonymized_network_export_holds_no_name_of_the_store_in_any_format(tmp_path, folders):
    store = tmp_path / "s" / "graph.sqlite"
    load(store, *folders)
    names = names_in(store)
    ids = [make_id("person", name).split(":")[1] for name in names]
    for fmt in NETWORK_FORMATS:
        only = ("--only", "people,groups,organisations")
        plain = export(store, fmt, target_for(tmp_path, f"plain-{fmt}", fmt), *only)
        assert any(found(n, plain) for n in names), fmt  # the check below would catch a name
        text = export(store, fmt, target_for(tmp_path, f"pseudo-{fmt}", fmt), "--pseudonymize", *only)
        assert sorted(n for n in names if found(n, text)) == [], fmt
        assert not [i for i in ids if i in text], fmt
        assert secret_path(store).read_text().strip() not in text


def _quotes(doc: dict) -> list[str]:
    """Every quote (the words of the minutes a fact rests on) in an export document."""
    out = [x["quote"] for key in ("memberships", "decisions", "assignments", "mandates", "unresolved_mentions")
           for x in doc[key] if x.get("quote")]
    out += [p["quote"] for e in doc["events"] for p in e["participants"] if p.get("quote")]
    out += [s["quote"] for p in doc["persons"] for s in p["sources"] if s.get("quote")]
    return out


@pytest.mark.parametrize("folders", CORPORA)
def test_quotes_are_pseudonymized_and_keep_their_other_words(tmp_path, folders):
    store = tmp_path / "s" / "graph.sqlite"
    load(store, *folders)
    names = names_in(store)
    plain = _quotes(json.loads(export(store, "json", tmp_path / "plain.json")))
    named = [q for q in plain if any(found(n, q) for n in names)]
    assert len(named) > 10  # quotes do hold names: the check below would catch one
    pseudo = _quotes(json.loads(export(store, "json", tmp_path / "pseudo.json", "--pseudonymize")))
    assert len(pseudo) == len(plain)
    assert sorted(n for n in names if any(found(n, q) for q in pseudo)) == []
    assert any("Person " in q for q in pseudo)


def test_forget_redacts_the_name_in_quotes(tmp_path):
    store = tmp_path / "s" / "graph.sqlite"
    load(store)
    before = _quotes(json.loads(runner.invoke(app, ["export", "--store", str(store)]).stdout))
    assert any("Henrik" in q for q in before)
    result = runner.invoke(app, ["forget", "Henrik Dahl", "--yes", "--store", str(store)])
    assert result.exit_code == 0, result.output
    after = _quotes(json.loads(runner.invoke(app, ["export", "--store", str(store)]).stdout))
    assert len(after) == len(before)
    assert not any("Dahl" in q or re.search(r"\bHenrik\b", q) for q in after)
    rows = runner.invoke(app, ["person", "Elin Sjöström", "--json", "--store", str(store)]).stdout
    assert "Henrik" not in rows and '"quote"' in rows


def test_pseudonyms_are_keyed_with_a_secret_beside_the_store(tmp_path):
    a, b = tmp_path / "a" / "graph.sqlite", tmp_path / "b" / "graph.sqlite"
    load(a)
    load(b)
    assert not secret_path(a).exists()  # created on first use
    doc_a = json.loads(runner.invoke(app, ["export", "--pseudonymize", "--store", str(a)]).stdout)
    secret = secret_path(a)
    assert secret.exists() and stat.S_IMODE(secret.stat().st_mode) == 0o600
    again = json.loads(runner.invoke(app, ["export", "--pseudonymize", "--store", str(a)]).stdout)
    doc_b = json.loads(runner.invoke(app, ["export", "--pseudonymize", "--store", str(b)]).stdout)
    assert doc_a == again  # stable for one store
    names_a = sorted(p["name"] for p in doc_a["persons"])
    names_b = sorted(p["name"] for p in doc_b["persons"])
    assert len(names_a) == len(names_b) > 10
    assert set(names_a).isdisjoint(names_b)  # another secret, other pseudonyms
    assert {p["id"] for p in doc_a["persons"]}.isdisjoint({p["id"] for p in doc_b["persons"]})
    # references inside the document still meet
    ids = {p["id"] for p in doc_a["persons"]}
    assert {m["person_id"] for m in doc_a["memberships"]} <= ids


def test_forget_redacts_the_name_in_every_text_and_prints_no_id(tmp_path):
    store = tmp_path / "s" / "graph.sqlite"
    load(store)
    pid = make_id("person", "Lina Åberg")
    result = runner.invoke(app, ["forget", "Lina Åberg", "--yes", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert pid not in result.output and pid.split(":")[1] not in result.output
    assert "Person " in result.output
    exported = runner.invoke(app, ["export", "--store", str(store)]).stdout
    assert "Åberg" not in exported
    assert not re.search(r"\bLina\b", exported)
    decisions = runner.invoke(app, ["decisions", "--json", "--limit", "0", "--store", str(store)]).stdout
    assert "Åberg" not in decisions and "uppföljningsplan" in decisions
    with open(store, "rb") as fh:  # nothing of the name left in the store file either
        raw = fh.read()
    assert "Åberg".encode() not in raw
    # the other people are untouched
    assert "Maja Öberg" in exported


def test_forget_in_the_store_also_redacts_short_forms_in_texts(nx_store):
    from samverkan.loaders.pipeline import load_paths

    load_paths([EXAMPLES], nx_store)
    G = nx_store.to_networkx()
    pid = make_id("person", "Henrik Dahl")
    assert "Henrik" in person_forms(G, pid)
    assert nx_store.forget_person(pid, "Person X") > 1
    texts = " ".join(str(v) for _, d in G.nodes(data=True) for v in d.values()) + " ".join(
        str(v) for *_, d in G.edges(data=True) for v in d.values())
    assert "Dahl" not in texts and not re.search(r"\bHenrik\b", texts)
    assert "Elin Sjöström och Person X ges i uppdrag" in texts


@pytest.mark.bolt
def test_forget_redacts_the_name_in_the_bolt_store(bolt_store):
    from samverkan.loaders.pipeline import load_paths

    load_paths([EXAMPLES], bolt_store)
    pid = make_id("person", "Henrik Dahl")
    assert bolt_store.forget_person(pid, "Person X") > 1
    G = bolt_store.to_networkx()
    texts = " ".join(str(v) for _, d in G.nodes(data=True) for v in d.values()) + " ".join(
        str(v) for *_, d in G.edges(data=True) for v in d.values())
    assert "Dahl" not in texts and not re.search(r"\bHenrik\b", texts)
    assert "Elin Sjöström och Person X ges i uppdrag" in texts


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_are_written_for_their_owner_only(tmp_path, fmt, monkeypatch):
    old = os.umask(0o022)
    try:
        store = tmp_path / "s" / "graph.sqlite"
        load(store)
        target = target_for(tmp_path, "out", fmt)
        export(store, fmt, target)
        files = sorted(target.iterdir()) if target.is_dir() else [target]
        assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
        if target.is_dir():
            assert stat.S_IMODE(target.stat().st_mode) == 0o700
        monkeypatch.setenv("SAMVERKAN_FILE_MODE", "0644")
        shared = target_for(tmp_path, "shared", fmt)
        export(store, fmt, shared)
        files = sorted(shared.iterdir()) if shared.is_dir() else [shared]
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o644 for f in files)
    finally:
        os.umask(old)


def test_views_are_written_for_their_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        store = tmp_path / "s" / "graph.sqlite"
        load(store)
        page = tmp_path / "lsvo.html"
        result = runner.invoke(app, ["view", "group", "LSVO", "-o", str(page), "--store", str(store)])
        assert result.exit_code == 0, result.output
        assert stat.S_IMODE(page.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_no_temporary_copy_of_the_graph_outlives_a_crash(tmp_path):
    store = tmp_path / "s" / "graph.sqlite"
    load(store)
    # what a write killed between creating and renaming its temporary file leaves behind
    left = store.with_name(store.name + ".k2x9_a.tmp")
    left.write_bytes(store.read_bytes())
    s = NetworkxStore(store)  # the next writer cleans up
    s.close()
    assert not left.exists()
    assert [p.name for p in store.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.bolt
def test_forget_on_neo4j_prints_no_id_and_keeps_its_secret_outside_the_database(bolt_server, bolt_store,
                                                                                 monkeypatch, tmp_path):
    from samverkan.loaders.pipeline import load_paths

    load_paths([EXAMPLES], bolt_store)
    monkeypatch.setenv("NEO4J_URI", bolt_server.uri)
    monkeypatch.setenv("NEO4J_USER", bolt_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", bolt_server.password)
    pid = make_id("person", "Lina Åberg")
    result = runner.invoke(app, ["forget", "Lina Åberg", "--yes"])
    assert result.exit_code == 0, result.output
    assert pid.split(":")[1] not in result.output
    secrets = list((tmp_path / "secrets").glob("neo4j-*.secret"))
    assert len(secrets) == 1 and stat.S_IMODE(secrets[0].stat().st_mode) == 0o600
    decisions = runner.invoke(app, ["decisions", "--json", "--limit", "0"]).stdout
    assert "Åberg" not in decisions and "uppföljningsplan" in decisions
    assert secrets[0].read_text().strip() not in runner.invoke(app, ["export", "--pseudonymize"]).stdout


def test_forget_leaves_another_persons_name_whole():
    import networkx as nx

    from samverkan.graph.privacy import forget_in_graph

    G = nx.MultiDiGraph()
    G.add_node("person:a", label="Person", name="Lina Åberg")
    G.add_node("person:b", label="Person", name="Lina Svensson")
    G.add_node("source:1", label="Source", path="m.txt")
    G.add_edge("person:a", "source:1", key="fs:a", type="FROM_SOURCE", mentions=["Lina", "Lina Åberg"])
    G.add_edge("person:b", "source:1", key="fs:b", type="FROM_SOURCE", mentions=["Lina Svensson"])
    G.add_node("decision:1", label="Decision", source_id="source:1",
               text="att Lina ges i uppdrag, med Lina Svensson och LINA ÅBERG")
    forget_in_graph(G, "person:a", "Person X")
    assert G.nodes["decision:1"]["text"] == "att Person X ges i uppdrag, med Lina Svensson och Person X"
    assert G.nodes["person:b"]["name"] == "Lina Svensson"
    assert G.edges["person:b", "source:1", "fs:b"]["mentions"] == ["Lina Svensson"]


def test_every_free_text_field_is_pseudonymized_even_one_added_later():
    import networkx as nx

    from samverkan.graph.export import export_csv, export_json, pseudonymized_graph

    G = nx.MultiDiGraph()
    G.add_node("person:a", label="Person", name="Anna Berg")
    G.add_node("source:1", label="Source", path="/home/x/Protokoll Anna Berg.txt", name="Protokoll Anna Berg.txt")
    G.add_edge("person:a", "source:1", key="fs:a", type="FROM_SOURCE", mentions=["Berg", "Anna Berg"])
    G.add_node("meeting:1", label="Meeting", source_id="source:1", place="Anna Bergs kontor", date="2024-01-01")
    G.add_node("item:1", label="AgendaItem", source_id="source:1", title="Berg informerar", distribution=["Anna Berg"])
    G.add_node("decision:1", label="Decision", source_id="source:1", text="att Anna Berg utreder",
               quote="”Vi är klara”, sade Berg")
    G.add_node("assignment:1", label="Assignment", source_id="source:1", task="Berg tar fram underlag", due="Bergs nästa möte")
    H = pseudonymized_graph(G, b"secret")
    text = json.dumps([dict(d) for _, d in H.nodes(data=True)] + [dict(d) for *_, d in H.edges(data=True)],
                      ensure_ascii=False) + json.dumps(export_json(H), ensure_ascii=False)
    assert "Berg" not in text and "Anna" not in text
    assert "”Vi är klara”, sade Person " in text
