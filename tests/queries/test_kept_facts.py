"""Fact tables kept in an embedded store's file: a new process answers without reading the graph."""
from __future__ import annotations

import sqlite3

import pytest

from samverkan import queries
from conftest import EXAMPLES
from samverkan.graph.errors import NotFound
from samverkan.graph.privacy import pseudonym
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from samverkan.queries.facts import keep_facts


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "g.sqlite"
    with NetworkxStore(path) as s:
        load_paths([EXAMPLES / "lsvo_2024-03-15.txt", EXAMPLES / "samverkansgrupp_mitt_i_livet_2024-04-08.txt"], s)
    return path


def ask(path, query, **params):
    store = NetworkxStore(path, writable=False)
    try:
        return queries.run(query, store, **params)
    finally:
        store.close()


def kept(path) -> dict[tuple[str, str], str]:
    with sqlite3.connect(path) as db:
        return {(name, part): rows.decode("utf-8") for name, part, rows in db.execute("SELECT name, part, rows FROM facts")}


def no_graph_reads(monkeypatch):
    def refuse(self):
        raise AssertionError("the graph was read although its tables are kept")
    monkeypatch.setattr(NetworkxStore, "_read_graph", refuse)


@pytest.mark.parametrize("query,params", [("decisions", {}), ("gaps", {}), ("mandates", {}), ("group", {"name": "LSVO"}),
                                          ("person", {"name": "Fatima Haddad"}), ("meetings", {})])
def test_a_new_process_answers_from_the_kept_tables(path, monkeypatch, query, params):
    first = ask(path, query, **params)
    assert first
    assert kept(path)
    no_graph_reads(monkeypatch)
    assert ask(path, query, **params) == first


def test_a_load_keeps_every_table_for_the_first_question(path, monkeypatch):
    with NetworkxStore(path) as s:
        load_paths([EXAMPLES / "lsvo_2024-05-17_digital.txt"], s)
        keep_facts(s)
    no_graph_reads(monkeypatch)
    assert len(ask(path, "meetings")) == 3
    assert ask(path, "person", name="Fatima Haddad")


def test_a_write_removes_the_kept_tables_and_forgotten_names_with_them(path):
    ask(path, "person", name="Fatima Haddad")
    assert any("Fatima Haddad" in rows for rows in kept(path).values())
    with NetworkxStore(path) as s:
        [pid] = [n for n, d in s.to_networkx().nodes(data=True) if d.get("name") == "Fatima Haddad"]
        s.forget_person(pid, pseudonym(pid, b"secret"))
    assert not kept(path)
    with pytest.raises(NotFound):
        ask(path, "person", name="Fatima Haddad")
    assert not any("Fatima Haddad" in rows for rows in kept(path).values())


def test_tables_of_an_earlier_version_or_damaged_ones_are_not_used(path):
    before = ask(path, "meetings")
    with sqlite3.connect(path) as db:
        stale = db.execute("SELECT name, part, generation, rows, sha256 FROM facts").fetchall()
    with NetworkxStore(path) as s:
        load_paths([EXAMPLES / "lsvo_2024-05-17_digital.txt"], s)
    with sqlite3.connect(path) as db:  # tables of the version before the load, put back
        db.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?, ?)", stale)
    assert len(ask(path, "meetings")) == len(before) + 1
    with sqlite3.connect(path) as db:  # a table whose text no longer matches its digest
        db.execute("UPDATE facts SET rows = CAST('[]' AS BLOB) WHERE name = 'meetings'")
    assert len(ask(path, "meetings")) == len(before) + 1


def test_a_question_about_one_person_reads_that_persons_part_only(path, monkeypatch):
    ask(path, "person", name="Fatima Haddad")  # keeps the tables
    meetings = ask(path, "meetings")
    parts = {part for name, part in kept(path) if name == "attendance"}
    assert "*" in parts and len(parts) > 5  # kept in parts, one per person
    whole = ask(path, "person", name="Fatima Haddad")
    read = []
    original = NetworkxStore._read_kept_facts

    def spy(self, keys, facts):
        read.extend(keys)
        return original(self, keys, facts)

    monkeypatch.setattr(NetworkxStore, "_read_kept_facts", spy)
    no_graph_reads(monkeypatch)
    assert ask(path, "person", name="Fatima Haddad") == whole
    assert ("attendance", None) not in read and any(k[0] == "attendance" and k[1] for k in read)
    assert ask(path, "meetings") == meetings and len(meetings) == 2  # a whole table: its parts together
