"""Fact tables kept beside an embedded store: a new process answers without reading the graph."""
from __future__ import annotations

import pytest

from samverkan import queries
from conftest import EXAMPLES
from samverkan.graph.errors import NotFound
from samverkan.graph.privacy import pseudonym
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "g.pkl"
    with NetworkxStore(path) as s:
        load_paths([EXAMPLES / "lsvo_2024-03-15.txt", EXAMPLES / "samverkansgrupp_mitt_i_livet_2024-04-08.txt"], s)
    return path


def ask(path, query, **params):
    store = NetworkxStore(path, writable=False)
    try:
        return queries.run(query, store, **params)
    finally:
        store.close()


def no_graph_reads(monkeypatch):
    def refuse(self):
        raise AssertionError("the graph was read although its tables are kept")
    monkeypatch.setattr(NetworkxStore, "_read_graph", refuse)


@pytest.mark.parametrize("query,params", [("decisions", {}), ("gaps", {}), ("mandates", {}), ("group", {"name": "LSVO"}),
                                          ("person", {"name": "Fatima Haddad"}), ("meetings", {})])
def test_a_new_process_answers_from_the_kept_tables(path, monkeypatch, query, params):
    first = ask(path, query, **params)
    assert first
    assert list(NetworkxStore(path, writable=False).cache_dir().glob("*.pkl"))
    no_graph_reads(monkeypatch)
    assert ask(path, query, **params) == first


def test_a_write_removes_the_kept_tables_and_forgotten_names_with_them(path):
    ask(path, "person", name="Fatima Haddad")
    folder = NetworkxStore(path, writable=False).cache_dir()
    assert any(b"Fatima Haddad" in f.read_bytes() for f in folder.glob("*.pkl"))
    with NetworkxStore(path) as s:
        [pid] = [n for n, d in s.to_networkx().nodes(data=True) if d.get("name") == "Fatima Haddad"]
        s.forget_person(pid, pseudonym(pid, b"secret"))
    assert not folder.exists()
    with pytest.raises(NotFound):
        ask(path, "person", name="Fatima Haddad")
    assert not any(b"Fatima Haddad" in f.read_bytes() for f in folder.glob("*.pkl"))


def test_tables_of_an_earlier_file_or_broken_ones_are_not_used(path, tmp_path):
    before = ask(path, "meetings")
    folder = NetworkxStore(path, writable=False).cache_dir()
    stale = {f.name: f.read_bytes() for f in folder.glob("*.pkl")}
    with NetworkxStore(path) as s:
        load_paths([EXAMPLES / "lsvo_2024-05-17_digital.txt"], s)
    folder.mkdir()
    for name, data in stale.items():  # tables of the file before the load, put back
        (folder / name).write_bytes(data)
    assert len(ask(path, "meetings")) == len(before) + 1
    (folder / "meetings.pkl").write_bytes(b"not a pickle")
    assert len(ask(path, "meetings")) == len(before) + 1
