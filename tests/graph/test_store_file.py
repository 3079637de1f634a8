"""The embedded store's file is data, not code: an old or planted pickle never runs, and a
damaged file is reported as damaged, never read as different data."""
from __future__ import annotations

import os
import pickle
import sqlite3
import zlib

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from samverkan import queries
from samverkan.cli import app
from samverkan.graph.errors import StoreCorrupt
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths

runner = CliRunner()


class _Payload:
    """Unpickling this object runs ``os.system``: it creates the marker file."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def malicious_pickle(marker) -> bytes:
    return pickle.dumps({"magic": "samverkan-nx-store", "x": _Payload(marker)}, protocol=4)


def test_the_payload_runs_when_unpickled(tmp_path):
    """The planted file is a real threat: unpickling it creates the marker."""
    marker = tmp_path / "ran"
    pickle.loads(malicious_pickle(marker))
    assert marker.exists()


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "s" / "graph.sqlite"
    with NetworkxStore(path) as s:
        load_paths([EXAMPLES / "lsvo_2024-03-15.txt"], s)
    return path


@pytest.mark.parametrize("name", ["graph.pkl", "graph.sqlite", "store"])
def test_a_planted_pickle_as_store_runs_nothing_and_says_how_to_recreate(tmp_path, monkeypatch, name):
    marker = tmp_path / "ran"
    planted = tmp_path / "unpacked" / name
    planted.parent.mkdir()
    planted.write_bytes(malicious_pickle(marker))
    for args, env in ((["person", "Anna", "--store", str(planted)], None),
                      (["decisions"], str(planted)),
                      (["load", str(EXAMPLES), "--store", str(planted)], None),
                      (["export", "--store", str(planted)], None)):
        if env:
            monkeypatch.setenv("SAMVERKAN_STORE", env)
        result = runner.invoke(app, args)
        assert result.exit_code == 1, result.output
        assert not marker.exists(), args
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and "old pickle store" in lines[0] and "samverkan load" in lines[0], result.output
        assert "graph.sqlite" in lines[0]
    assert planted.read_bytes() == malicious_pickle(marker)  # and it is left as it was


def test_an_old_store_in_the_working_folder_is_never_read(tmp_path, monkeypatch):
    marker = tmp_path / "ran"
    monkeypatch.delenv("SAMVERKAN_STORE")
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".samverkan").mkdir()
    (tmp_path / ".samverkan" / "graph.pkl").write_bytes(malicious_pickle(marker))
    result = runner.invoke(app, ["person", "Anna"])
    assert result.exit_code == 1
    assert not marker.exists()
    assert "graph.pkl is a store of an earlier version" in result.output and "load the minutes again" in result.output


def test_a_planted_pickle_as_fact_table_runs_nothing(store, tmp_path):
    marker = tmp_path / "ran"
    want = [r.date for r in queries.run("meetings", NetworkxStore(store, writable=False))]
    evil = malicious_pickle(marker)
    # where earlier versions kept their tables, beside the store ...
    for folder in (store.with_name("graph.sqlite.facts"), store.with_name("graph.pkl.facts")):
        folder.mkdir()
        for name in ("meetings", "item_counts", "decisions", "attendance"):
            (folder / f"{name}.pkl").write_bytes(evil)
    # ... and in the store's own rows of kept facts, with checksums that match
    from samverkan.graph.nx_store import _crc, _row_crc

    text = evil.decode("latin-1")
    with sqlite3.connect(store) as db:
        generation = int(db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])
        rows = db.execute("SELECT rowid, name, k1, k2, ord FROM fact_rows WHERE name = 'meetings'").fetchall()
        assert rows
        db.executemany("UPDATE fact_rows SET payload = ?, crc = ? WHERE rowid = ?",
                       [(text, _row_crc(name, k1, k2, order, text), rowid) for rowid, name, k1, k2, order in rows])
        whole = zlib.crc32(",".join([text] * len(rows)).encode("utf-8"))
        columns, first, last = db.execute("SELECT columns, first, last FROM fact_tables WHERE name = 'meetings' "
                                          "AND generation = ?", (generation,)).fetchone()
        db.execute("UPDATE fact_tables SET whole = ?, crc = ? WHERE name = 'meetings'",
                   (whole, _crc("meetings", str(generation), columns, str(first), str(last), str(whole))))
    got = [r.date for r in queries.run("meetings", NetworkxStore(store, writable=False))]
    assert got == want
    assert not marker.exists()


def flip_a_byte(path, needle: bytes) -> None:
    data = bytearray(path.read_bytes())
    at = data.index(needle)
    data[at] ^= 0x01  # "F" → "G": still valid text, a different name
    path.write_bytes(bytes(data))


def test_a_flipped_byte_is_detected_and_named_not_read_as_another_name(store):
    with sqlite3.connect(store) as db:
        db.execute("DELETE FROM fact_rows")  # so the name is only in the graph's rows
    flip_a_byte(store, b"Fatima Haddad")
    with pytest.raises(StoreCorrupt, match=f"{store}: the store is damaged: .* fails its checksum"):
        NetworkxStore(store, writable=False).to_networkx()
    result = runner.invoke(app, ["person", "Gatima", "--store", str(store)])
    assert result.exit_code == 1
    assert "the store is damaged" in result.output and "Gatima" not in result.output.split("damaged")[1]


def test_a_row_whose_checksum_was_made_for_two_values_is_named_damaged(store):
    """The graph's rows are read as one JSON array: a row holding two values (with a checksum made to
    match) would shift every row after it, so it is damage, not a shifted graph."""
    from samverkan.graph.nx_store import _crc

    with sqlite3.connect(store) as db:
        n, label = db.execute("SELECT id, label FROM nodes LIMIT 1").fetchone()
        db.execute("UPDATE nodes SET props = ?, crc = ? WHERE id = ?", ('{"a": 1}, {"b": 2}',
                                                                        _crc(n, label, '{"a": 1}, {"b": 2}'), n))
    with pytest.raises(StoreCorrupt, match=f"{store}: the store is damaged: a row is not valid JSON"):
        NetworkxStore(store, writable=False).to_networkx()


def test_a_damaged_file_structure_is_named(store):
    data = bytearray(store.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page, past the header: the schema
    store.write_bytes(bytes(data))
    result = runner.invoke(app, ["decisions", "--store", str(store)])
    assert result.exit_code == 1
    assert str(store) in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_the_store_is_sqlite_readable_with_standard_tools_and_private(store):
    assert oct(store.stat().st_mode & 0o777) == "0o600"
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        labels = dict(db.execute("SELECT label, count(*) FROM nodes GROUP BY label"))
    assert labels["Person"] > 5 and labels["Meeting"] == 1


def test_a_reader_reads_the_last_version_while_a_writer_writes(store):
    with NetworkxStore(store) as writer:
        load_paths([EXAMPLES / "lsvo_2024-05-17_digital.txt"], writer)  # written, the writer still open
        writer.write_document  # noqa: B018 - the writer holds its lock
        reader = NetworkxStore(store, writable=False)
        assert len(reader.sources()) == 2
        assert len(queries.run("meetings", reader)) == 2
        reader.close()


def test_a_question_during_a_write_answers_from_the_last_version_without_waiting(store):
    import sqlite3
    import time

    before = len(queries.run("meetings", NetworkxStore(store, writable=False)))
    with sqlite3.connect(store) as db:
        db.execute("DELETE FROM fact_tables")
        db.execute("DELETE FROM fact_rows")
    writer = sqlite3.connect(store, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a load in the middle of its write transaction
    writer.execute("DELETE FROM nodes WHERE label = 'Meeting'")
    try:
        started = time.perf_counter()
        assert len(queries.run("meetings", NetworkxStore(store, writable=False))) == before
        assert time.perf_counter() - started < 3
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_pkl_path_that_holds_nothing_is_refused_with_the_name_to_use(tmp_path):
    result = runner.invoke(app, ["load", str(EXAMPLES), "--store", str(tmp_path / "graph.pkl")])
    assert result.exit_code == 1
    assert "old pickle store format" in result.output and str(tmp_path / "graph.sqlite") in result.output
    assert not (tmp_path / "graph.pkl").exists()
