"""Contract: every named query gives identical rows from the embedded store and a Bolt store."""
from __future__ import annotations

import pytest

from samverkan import queries
from tests.sample_graph import fill_store, sample_store

CASES = [
    ("person", {"name": "asman"}),
    ("person", {"name": "Cecilia Grefve-Lang"}),
    ("person", {"name": "helen"}),
    ("person", {"name": "Torill Skaar Magnusson"}),
    ("org", {"name": "Karlshamn"}),
    ("org", {"name": "Region Blekinge"}),
    ("group", {"name": "LSVO"}),
    ("group", {"name": "Styrgrupp UPH"}),
    ("gaps", {}),
    ("gaps", {"group": "Styrgrupp Uppdrag psykisk hälsa"}),
    ("gaps", {"group": "att åldras"}),
    ("mandates", {}),
    ("decisions", {}),
    ("decisions", {"group": "LSVO", "since": "2024-01-01", "text": "link"}),
    ("meetings", {}),
    ("meetings", {"group": "Samverkansgrupp att åldras"}),
]


def test_every_query_has_a_case():
    assert {q for q, _ in CASES} == set(queries.QUERIES)


@pytest.fixture
def both_stores(request, tmp_path):
    pytest.importorskip("graph.neo4j_store", reason="the Neo4j store is not in this tree")
    try:
        bolt = request.getfixturevalue("bolt_store")
    except pytest.FixtureLookupError:
        pytest.skip("no bolt_store fixture (tests/conftest_bolt.py)")
    fill_store(bolt)
    nx = sample_store(tmp_path)
    yield nx, bolt
    nx.close()


@pytest.mark.bolt
@pytest.mark.parametrize("query,params", CASES, ids=[f"{q}-{'-'.join(map(str, p.values()))}" for q, p in CASES])
def test_cypher_and_networkx_give_identical_rows(both_stores, query, params):
    nx, bolt = both_stores
    expected = queries.run(query, nx, **params)
    assert expected, "every case should have rows on the sample graph"
    assert queries.run(query, bolt, **params) == expected


@pytest.mark.bolt
@pytest.mark.parametrize("fact", sorted(__import__("samverkan.queries.facts", fromlist=["CYPHER_OF_GROUP"]).CYPHER_OF_GROUP))
@pytest.mark.parametrize("group", ["LSVO", "Samverkansgrupp att åldras"])
def test_a_table_read_for_one_group_holds_exactly_that_groups_rows(both_stores, fact, group):
    from samverkan.queries import cypher_fetch, nx_fetch
    from samverkan.queries.group import resolve_group

    nx, bolt = both_stores
    gid = resolve_group(nx_fetch(nx.to_networkx()), group)[0]
    everything = nx_fetch(nx.to_networkx())((fact,))[fact]
    key = ("from_id", "to_id") if fact == "mandates" else ("group_id",)
    expected = sorted(repr(sorted(r.items())) for r in everything if gid in (r[k] for k in key))
    got = cypher_fetch(bolt)((fact,), group_id=gid)[fact]
    assert expected, f"the sample graph has {fact} rows for {group}"
    assert sorted(repr(sorted(r.items())) for r in got) == expected


@pytest.mark.bolt
def test_current_seats_are_the_same_in_both_stores(both_stores):
    """The one seat function answers alike from either store's fact tables."""
    from samverkan.queries import cypher_fetch, nx_fetch
    from samverkan.queries.seats import FACTS, current_seats

    nx, bolt = both_stores
    tables = [nx_fetch(nx.to_networkx())(FACTS), cypher_fetch(bolt)(FACTS)]
    answers = [current_seats(f["memberships"], f["attendance"], f["affiliations"], f["organisations"]) for f in tables]
    assert answers[0] and answers[0] == answers[1]
    assert any(seat.huvudman_basis == "inferred" for seat in answers[0].values())
