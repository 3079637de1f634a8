"""Fact tables kept in an embedded store's file: a new process answers without reading the graph."""
from __future__ import annotations

import sqlite3

import pytest

from samverkan import queries
from conftest import EXAMPLES, shared_path
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


def kept(path) -> dict[str, str]:
    """The text of each kept table's rows (a table is kept when it is in the registry)."""
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT name, group_concat(payload, char(10)) FROM fact_rows "
                               "WHERE name IN (SELECT name FROM fact_tables) GROUP BY name"))


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
        stale_tables = db.execute("SELECT * FROM fact_tables").fetchall()
        stale_rows = db.execute("SELECT rowid, * FROM fact_rows").fetchall()
    with NetworkxStore(path) as s:
        load_paths([EXAMPLES / "lsvo_2024-05-17_digital.txt"], s)
    with sqlite3.connect(path) as db:  # tables of the version before the load, put back
        db.executemany("INSERT OR REPLACE INTO fact_tables VALUES (?, ?, ?, ?, ?, ?, ?)", stale_tables)
        db.executemany("INSERT OR REPLACE INTO fact_rows (rowid, name, k1, k2, ord, payload, crc) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", stale_rows)
    assert len(ask(path, "meetings")) == len(before) + 1
    with sqlite3.connect(path) as db:  # a table whose rows no longer match their checksum
        assert db.execute("UPDATE fact_rows SET payload = '[]' WHERE name = 'meetings'").rowcount
    assert len(ask(path, "meetings")) == len(before) + 1


def test_a_flipped_byte_in_a_kept_row_is_never_read_as_another_name(path):
    whole = ask(path, "person", name="Fatima Haddad")
    with sqlite3.connect(path) as db:
        changed = db.execute("UPDATE fact_rows SET payload = replace(payload, 'Fatima Haddad', 'Gatima Haddad') "
                             "WHERE name IN ('attendance', 'memberships')").rowcount
    assert changed
    assert ask(path, "person", name="Fatima Haddad") == whole  # the rows fail their checksum: computed anew


def spy_reads(monkeypatch) -> list[tuple[str, str]]:
    """Record how the kept tables are read: ("whole", table) or ("rows", table)."""
    from samverkan.graph import nx_store

    reads = []
    whole, select = nx_store._KeptLookup._whole, nx_store._KeptLookup._select

    def spy_whole(self, name):
        reads.append(("whole", name))
        return whole(self, name)

    def spy_select(self, name, where, args):
        found = select(self, name, where, args)
        reads.extend(("rows", name) for _ in found)
        return found

    monkeypatch.setattr(nx_store._KeptLookup, "_whole", spy_whole)
    monkeypatch.setattr(nx_store._KeptLookup, "_select", spy_select)
    return reads


def test_a_question_about_one_person_reads_that_persons_rows_only(path, monkeypatch):
    with NetworkxStore(path) as s:
        keep_facts(s)
    whole = ask(path, "person", name="Fatima Haddad")
    reads = spy_reads(monkeypatch)
    no_graph_reads(monkeypatch)
    assert ask(path, "person", name="Fatima Haddad") == whole
    personal = {"memberships", "attendance", "presented", "affiliations", "assignees", "assignments", "follow_ups",
                "organisations"}
    assert not [name for how, name in reads if how == "whole" and name in personal]
    with sqlite3.connect(path) as db:
        attendance = db.execute("SELECT count(*) FROM fact_rows WHERE name = 'attendance'").fetchone()[0]
    read = sum(1 for how, name in reads if (how, name) == ("rows", "attendance"))
    assert 0 < read < attendance
    assert read == sum(1 for r in whole if r.section == "meeting" and r.status != "named")


def test_the_newest_decisions_are_read_without_the_rest(path, monkeypatch):
    with NetworkxStore(path) as s:
        keep_facts(s)
        G = s.to_networkx()
    every = ask(path, "decisions", limit=0)
    assert len({r.date for r in every}) == 2  # two meetings: the newest is one of them
    reads = spy_reads(monkeypatch)
    newest = ask(path, "decisions", limit=1)
    assert newest == queries.QUERIES["decisions"].networkx(G, limit=1) == every[:1]
    assert newest.omitted[""] == len(every) - 1
    assert ("whole", "decisions") not in reads
    read = sum(1 for how, name in reads if (how, name) == ("rows", "decisions"))
    assert read == sum(1 for r in every if r.date == every[0].date) < len(every)



def test_the_latest_meetings_are_read_with_their_counts_only(path, monkeypatch):
    with NetworkxStore(path) as s:
        keep_facts(s)
        G = s.to_networkx()
    every = ask(path, "meetings", limit=0)
    reads = spy_reads(monkeypatch)
    latest = ask(path, "meetings", limit=1)
    assert latest == queries.QUERIES["meetings"].networkx(G, limit=1) == every[-1:]
    assert latest.omitted[""] == len(every) - 1 == 1
    assert not [name for how, name in reads if how == "whole"]
    attendance = sum(1 for how, name in reads if (how, name) == ("rows", "attendance"))
    assert attendance == latest[0].present + latest[0].absent + latest[0].guests


KEPT_CASES = [
    ("person", {"name": "asman"}), ("person", {"name": "Skaar-Magnusson"}), ("person", {"name": "Mats Wennstig"}),
    ("person", {"name": "Per-Olof Strand"}), ("org", {"name": "Region Blekinge"}), ("group", {"name": "LSVO"}),
    ("gaps", {}), ("gaps", {"group": "LSVO"}), ("mandates", {}),
    ("decisions", {}), ("decisions", {"limit": 3}), ("decisions", {"limit": 40}), ("decisions", {"limit": 0}),
    ("decisions", {"group": "LSVO"}), ("decisions", {"group": "LSVO", "limit": 2}),
    ("decisions", {"group": "LSVO", "since": "2024-01-01", "text": "styrgrupp"}),
    ("meetings", {}), ("meetings", {"limit": 2}), ("meetings", {"group": "LSVO", "limit": 1}),
]


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    """The sample minutes loaded as `samverkan load` does (every table kept), and their graph."""
    minutes = shared_path("minutes")
    path = tmp_path_factory.mktemp("kept") / "g.sqlite"
    with NetworkxStore(path) as s:
        assert load_paths([EXAMPLES, minutes], s).failed == 0
        keep_facts(s)
        G = s.to_networkx()
    return path, G


@pytest.mark.parametrize("query,params", KEPT_CASES, ids=[f"{q}-{'-'.join(map(str, p.values()))}" for q, p in KEPT_CASES])
def test_answers_from_the_kept_rows_equal_answers_from_the_graph(shared_store, monkeypatch, query, params):
    path, G = shared_store
    want = queries.QUERIES[query].networkx(G, **params)
    no_graph_reads(monkeypatch)
    got = ask(path, query, **params)  # a new process: every row from the file's indexes
    assert got == want
    assert getattr(got, "omitted", {}) == getattr(want, "omitted", {})


def test_tables_kept_with_other_key_columns_are_computed_anew(path, monkeypatch):
    from samverkan.queries.facts import FACTS

    with NetworkxStore(path) as s:
        keep_facts(s)
    whole = ask(path, "person", name="Fatima Haddad")
    # a version of the program that indexes attendance by another column reads it anew
    monkeypatch.setitem(FACTS.keys, "attendance", ("group_id", "person_id"))
    assert ask(path, "person", name="Fatima Haddad") == whole
    with sqlite3.connect(path) as db:
        assert '"keys":["group_id","person_id"]' in db.execute(
            "SELECT columns FROM fact_tables WHERE name = 'attendance'").fetchone()[0]


def test_a_window_of_exactly_the_limit_still_counts_the_decisions_left_out():
    """A store hands the newest ``limit`` decisions and the table's total: when the window holds
    exactly ``limit`` rows, the ones left out are still counted (the loop never meets a row past it)."""
    from samverkan.queries import decisions
    from samverkan.queries.facts import Window

    rows = [{"date": "2024-12-0%d" % i, "date_from": None, "date_to": None, "group_id": "g", "group_name": "G",
             "source": "s.txt", "item": str(i), "parent_item": None, "text": f"beslut {i}", "classification": None,
             "quote": None} for i in range(1, 4)]
    answer = decisions.compute(lambda *_a, **_k: {"decisions": Window(rows, total=10)}, limit=3)
    assert len(answer) == 3 and answer.omitted == {"": 7}


def test_questions_about_groups_infer_the_huvudmän_once_per_store_version(path, monkeypatch):
    """Who a member works for, inferred from every attendance list and affiliation, is the same for
    every group: an open store works it out once for its version, and each group's roster is read from
    that group's rows (at 10,000 documents the whole-table work took seconds per question)."""
    from samverkan.queries import seats

    calls = []
    real = seats.employers
    monkeypatch.setattr(seats, "employers", lambda *a, **k: calls.append(1) or real(*a, **k))
    store = NetworkxStore(path, writable=False)
    try:
        first = queries.run("group", store, name="LSVO")
        queries.run("group", store, name="LSVO")
        queries.run("group", store, name="Samverkansgrupp Mitt i livet")
    finally:
        store.close()
    assert len(calls) == 1
    assert any(r.section == "member" and r.on_behalf_of for r in first)  # the members' huvudmän are still there
