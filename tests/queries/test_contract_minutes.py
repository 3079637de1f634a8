"""Contract on real minutes: loaded by the same pipeline into both stores, every query answers alike."""
from __future__ import annotations

import os

import pytest

from samverkan import queries
from conftest import EXAMPLES, SHARED
from samverkan.loaders.pipeline import load_paths

pytestmark = pytest.mark.bolt

SHARED_MINUTES = SHARED / "minutes"
# People only the shared sample minutes name; the rest of the cases have rows in the bundled examples.
NAMED_IN_SHARED = {"asman", "Skaar-Magnusson", "Mats Wennstig"}

CASES = [
    ("person", {"name": "asman"}),
    ("person", {"name": "Skaar-Magnusson"}),
    ("person", {"name": "Mats Wennstig"}),
    ("person", {"name": "Per-Olof Strand"}),
    ("org", {"name": "Karlshamn"}),
    ("org", {"name": "Region Blekinge"}),
    ("group", {"name": "LSVO"}),
    ("group", {"name": "att åldras"}),
    ("gaps", {}),
    ("gaps", {"group": "LSVO"}),
    ("mandates", {}),
    ("decisions", {}),
    ("decisions", {"group": "LSVO", "since": "2024-01-01", "text": "styrgrupp"}),
    ("meetings", {}),
]


def test_every_query_has_a_case():
    assert {q for q, _ in CASES} == set(queries.QUERIES)


@pytest.fixture(scope="module")
def both_stores(bolt_server, tmp_path_factory):
    from samverkan.graph.neo4j_store import Neo4jStore
    from samverkan.graph.nx_store import NetworkxStore

    paths = [EXAMPLES] + ([SHARED_MINUTES] if SHARED_MINUTES.is_dir() else [])
    nx = NetworkxStore(tmp_path_factory.mktemp("contract") / "g.sqlite")
    bolt = Neo4jStore(bolt_server.uri, (bolt_server.user, bolt_server.password),
                      database=os.environ.get("NEO4J_DATABASE") or None)
    bolt.wipe()
    for store in (nx, bolt):
        report = load_paths(paths, store)
        assert report.failed == 0, [d.error for d in report.documents if d.error]
    yield nx, bolt
    nx.close()
    bolt.wipe()
    bolt.close()


@pytest.mark.parametrize("query,params", CASES, ids=[f"{q}-{'-'.join(map(str, p.values()))}" for q, p in CASES])
def test_same_minutes_same_answers(both_stores, query, params):
    if params.get("name") in NAMED_IN_SHARED and not SHARED_MINUTES.is_dir():
        pytest.skip(f"{params['name']} is named only in the shared sample minutes ({SHARED_MINUTES} missing)")
    nx, bolt = both_stores
    expected = queries.run(query, nx, **params)
    assert expected, "every case has rows on these minutes"
    assert queries.run(query, bolt, **params) == expected
