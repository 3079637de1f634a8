"""A Bolt server lost in the middle of a load: that document rolls back, the load can simply be run again."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bolt_server as _bolt  # noqa: E402
from conftest import EXAMPLES  # noqa: E402
from samverkan.graph.errors import StoreUnavailable  # noqa: E402
from samverkan.graph.export import export_json  # noqa: E402
from samverkan.graph.neo4j_store import Neo4jStore  # noqa: E402
from samverkan.graph.nx_store import NetworkxStore  # noqa: E402
from samverkan.loaders.pipeline import load_paths  # noqa: E402

pytestmark = pytest.mark.bolt


def _store(server) -> Neo4jStore:
    return Neo4jStore(server.uri, (server.user, server.password), max_transaction_retry_time=1.0)


def test_a_load_cut_off_by_a_dying_server_can_be_run_again(tmp_path):
    try:
        server = _bolt.start_server()
    except _bolt.BoltServerUnavailable as exc:
        pytest.skip(str(exc))
    files = sorted(EXAMPLES.glob("*.txt"))
    try:
        store = _store(server)

        write = store.write_document
        reported = []

        def kill_after_first(rows, replaces=None):
            counts = write(rows, replaces=replaces)
            server.kill()  # the first document is committed, then the server dies
            return counts

        store.write_document = kill_after_first
        with pytest.raises(StoreUnavailable) as err:
            load_paths(files, store, on_document=reported.append)
        store.close()
        assert [d.status for d in reported] == ["loaded"]  # the one committed, reported once stored
        assert "\n" not in str(err.value) and "run the same load again" in str(err.value)
        assert "1 of 3 documents were written" in str(err.value)

        server = _bolt.start_server(root=server.root, password=server.password)
        store = _store(server)
        assert len(store.sources()) == 1  # the document in flight left nothing behind
        owners = {d.get("source_id") for _, d in store.to_networkx().nodes(data=True)} - {None}
        assert owners == {s.id for s in store.sources()}
        report = load_paths(files, store)
        assert sorted(d.status for d in report.documents) == ["loaded", "loaded", "unchanged"]
        again = export_json(store.to_networkx())
        store.close()
    finally:
        _bolt.stop_server(server)
    with NetworkxStore(tmp_path / "g.sqlite") as fresh:
        load_paths(files, fresh)
        expected = export_json(fresh.to_networkx())
    assert again == expected
