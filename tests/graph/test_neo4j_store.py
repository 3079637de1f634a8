"""The Neo4j store against a Bolt server (ArcadeDB from arcadedb-embedded, or NEO4J_URI)."""
from __future__ import annotations

import pytest
from neo4j import exceptions as neo4j_errors

import bolt_server as _bolt
from samverkan.graph import neo4j_store as ns
from samverkan.graph.errors import SamverkanError, StoreUnavailable
from samverkan.graph.model import (Affiliation, AgendaItem, Assignment, Attendance, Decision, DocumentFacts, Group, Mandate,
                         Meeting, Membership, Mention, Organisation, Person, Source, UnresolvedMention)
from samverkan.graph.neo4j_store import CypherRefused, Neo4jStore, write_clause
from samverkan.graph.nx_store import NetworkxStore
from samverkan.graph.schema import LABELS, DocumentRows, EdgeRow, NodeRow, document_rows

pytestmark = pytest.mark.bolt

REGION = Organisation("org:region", "Region Blekinge", "huvudman", aliases=("RB",))
KOMMUN = Organisation("org:karlskrona", "Karlskrona kommun", "huvudman")
LSVO = Group("group:lsvo", "LSVO", level="strategisk", parent_id="group:politisk-samverkan")
ANNA = Person("person:anna", "Anna Berg", mentions=(Mention("Anna", "item:a1"),))
MATS = Person("person:mats", "Mats Wennstig", mentions=(Mention("Mats W", "item:a1"),))
LENA = Person("person:lena", "Lena Holm")


def facts(tag: str, people=(ANNA, MATS), title="Budget", decision="Beslut att godkänna", date="2024-03-01"):
    """A small but complete document: meeting, item, decision, attendance, membership, assignment."""
    sid = f"source:{tag}"
    mid, iid, did, aid = f"meeting:{tag}", f"item:{tag}", f"decision:{tag}", f"assignment:{tag}"
    return DocumentFacts(
        source=Source(sid, f"/minutes/{tag}.txt", f"sha-{tag}-{title}"),
        meeting=Meeting(mid, sid, LSVO.id, date=date, place="Karlskrona"),
        persons=tuple(people),
        organisations=(REGION, KOMMUN),
        groups=(LSVO,),
        items=(AgendaItem(iid, mid, sid, "1", title, 0, kind=("B",), presenter_ids=(people[0].id,),
                          documents=("bilaga.pdf",)),),
        decisions=(Decision(did, mid, iid, sid, decision, 0),),
        attendance=tuple(Attendance(p.id, mid, sid, "present", roles=("ledamot",), huvudman_id=REGION.id,
                                    title="chef") for p in people),
        affiliations=(Affiliation(f"aff:{tag}", people[0].id, REGION.id, sid, title="chef", date=date),),
        memberships=(Membership(f"ms:{tag}", people[-1].id, LSVO.id, sid, role="ordförande",
                                on_behalf_of_id=KOMMUN.id, start_date=date),),
        assignments=(Assignment(aid, iid, sid, "Ta fram underlag", (people[0].id, LSVO.id), decision_id=did,
                                given_by_id=LSVO.id, report_to_id=LSVO.id, due="till nästa möte"),),
        mandates=(Mandate(f"mandate:{tag}", LSVO.id, KOMMUN.id, "delegates", sid, decision_id=did),),
        unresolved=(UnresolvedMention(f"mention:{tag}", sid, "Lena", iid, (LENA.id,)),),
    )


def normalised(G):
    """Nodes and edges of a graph with absent and None properties treated alike."""
    nodes = {n: {k: v for k, v in d.items() if v is not None} for n, d in G.nodes(data=True)}
    edges = {(u, v, k): {a: b for a, b in d.items() if b is not None} for u, v, k, d in G.edges(keys=True, data=True)}
    return nodes, edges


@pytest.fixture
def nx_store(tmp_path):
    store = NetworkxStore(tmp_path / "graph.sqlite")
    yield store
    store.close()


# -- schema -----------------------------------------------------------------------------------
def test_constraints_exist_and_are_enforced(bolt_store):
    with bolt_store.driver.session(database=bolt_store.database) as s:  # SHOW is not for `cypher`
        names = {r["name"] for r in s.run("SHOW CONSTRAINTS YIELD name RETURN name").data()}
    for label in LABELS:
        assert f"{label.lower()}_id_unique" in names
    with bolt_store.driver.session(database=bolt_store.database) as s:
        s.run("CREATE (:Person {id: 'person:dup'})").consume()
        with pytest.raises(neo4j_errors.ConstraintError):
            s.run("CREATE (:Person {id: 'person:dup'})").consume()


def test_schema_setup_twice_is_fine(bolt_store):
    bolt_store.ensure_schema()
    bolt_store.ensure_schema()


def test_labels_and_types_come_only_from_the_whitelist(bolt_store):
    rows = DocumentRows("source:x", [NodeRow("x", "Person) DETACH DELETE (m", {})], [])
    with pytest.raises(ValueError):
        bolt_store.write_document(rows)
    rows = DocumentRows("source:x", [], [EdgeRow("e", "KNOWS]->() DELETE r//", "a", "b", {})])
    with pytest.raises(ValueError):
        bolt_store.write_document(rows)


def test_maps_are_not_storable(bolt_store):
    with pytest.raises(ValueError):
        bolt_store.write_document(DocumentRows("source:x", [NodeRow("source:x", "Source", {"meta": {"a": 1}})], []))
    assert bolt_store.to_networkx().number_of_nodes() == 0


# -- writes ---------------------------------------------------------------------------------
def test_same_rows_give_the_embedded_graph(bolt_store, nx_store):
    for tag in ("d1", "d2"):
        rows = document_rows(facts(tag, people=(ANNA, MATS) if tag == "d1" else (MATS, LENA)))
        assert bolt_store.write_document(rows) == nx_store.write_document(rows)
    got, want = bolt_store.to_networkx(), nx_store.to_networkx()
    assert normalised(got) == normalised(want)
    # the mandate and a parent group nobody described yet became placeholders in both
    assert got.nodes["group:politisk-samverkan"]["label"] == "Unknown"
    assert bolt_store.known_people() == nx_store.known_people()
    assert [p.id for p in bolt_store.known_people()] == ["person:anna", "person:lena", "person:mats"]
    assert bolt_store.sources() == nx_store.sources()


def test_writing_a_document_twice_changes_nothing(bolt_store):
    rows = document_rows(facts("d1"))
    first = bolt_store.write_document(rows)
    assert first.inserted == len(rows.nodes) and first.updated == first.unchanged == 0
    before = normalised(bolt_store.to_networkx())
    second = bolt_store.write_document(rows)
    assert (second.inserted, second.updated, second.unchanged) == (0, 0, len(rows.nodes))
    assert normalised(bolt_store.to_networkx()) == before


def test_replacing_a_document_replaces_exactly_its_facts(bolt_store, nx_store):
    old, other = document_rows(facts("v1", people=(ANNA, MATS))), document_rows(facts("o1", people=(MATS,)))
    new = document_rows(facts("v2", people=(LENA, MATS), title="Budget 2025", decision="Beslut att avslå"))
    for store in (bolt_store, nx_store):
        store.write_document(old)
        store.write_document(other)
        store.write_document(new, replaces=old.source_id)
    G = bolt_store.to_networkx()
    assert normalised(G) == normalised(nx_store.to_networkx())
    ids = set(G.nodes)
    assert not any(n.endswith(":v1") for n in ids)          # nothing of the old version
    assert {"meeting:o1", "decision:o1", "meeting:v2", "decision:v2"} <= ids
    assert "person:anna" not in ids                           # only the old version named her
    assert {"person:mats", "person:lena"} <= ids              # still named
    assert not any(d.get("source_id") == "source:v1" for _, _, d in G.edges(data=True))
    assert [s.id for s in bolt_store.sources()] == ["source:o1", "source:v2"]


def test_shared_entities_merge_like_the_embedded_store(bolt_store, nx_store):
    short = Person("person:mats", "Mats")
    region_unknown = Organisation("org:region", "Region Blekinge", None, aliases=("Regionen",))
    a = document_rows(facts("d1", people=(MATS,)))
    b = document_rows(DocumentFacts(
        source=Source("source:d2", "/m/d2.txt", "sha-d2"), meeting=Meeting("meeting:d2", "source:d2", None),
        persons=(short,), organisations=(region_unknown,)))
    for store in (bolt_store, nx_store):
        store.write_document(a)
        counts = store.write_document(b)
        assert (counts.inserted, counts.updated, counts.unchanged) == (2, 1, 1)
    G = bolt_store.to_networkx()
    assert G.nodes["person:mats"]["name"] == "Mats Wennstig"
    assert G.nodes["org:region"]["classification"] == "huvudman"
    assert G.nodes["org:region"]["aliases"] == ["RB", "Regionen"]
    assert normalised(G) == normalised(nx_store.to_networkx())


def test_knowledge_entities_outlive_their_documents(bolt_store, nx_store):
    lena = NodeRow(LENA.id, "Person", {"name": LENA.name})
    parent = NodeRow("group:politisk-samverkan", "Group", {"name": "Politisk samverkan", "level": "politisk"})
    for store in (bolt_store, nx_store):
        store.write_knowledge([lena, parent], [EdgeRow("part_of:x", "PART_OF", LSVO.id, parent.id, {})])
        rows = document_rows(facts("d1", people=(LENA, MATS)))
        store.write_document(rows)
        store.remove_source(rows.source_id)
    G = bolt_store.to_networkx()
    assert normalised(G) == normalised(nx_store.to_networkx())
    assert G.nodes[LENA.id]["knowledge"] is True and "person:mats" not in G
    assert G.nodes[parent.id]["label"] == "Group"


def test_a_placeholder_becomes_the_entity_a_later_document_describes(bolt_store, nx_store):
    parent = Group("group:politisk-samverkan", "Politisk samverkan", level="politisk")
    later = DocumentFacts(source=Source("source:d2", "/m/d2.txt", "sha-d2"),
                          meeting=Meeting("meeting:d2", "source:d2", parent.id, date="2024-05-01"), groups=(parent,))
    for store in (bolt_store, nx_store):
        store.write_document(document_rows(facts("d1")))
        counts = store.write_document(document_rows(later))
        assert counts.updated == 1
    G = bolt_store.to_networkx()
    assert G.nodes[parent.id]["label"] == "Group" and G.nodes[parent.id]["level"] == "politisk"
    assert normalised(G) == normalised(nx_store.to_networkx())


def test_a_failure_half_way_leaves_nothing(bolt_store, monkeypatch):
    bolt_store.write_document(document_rows(facts("d1")))
    before = normalised(bolt_store.to_networkx())
    calls = []
    real = ns._remove_source_tx

    def fail_after_first_statement(tx, source_id):
        calls.append(source_id)
        real(tx, source_id)  # the old version's facts are gone inside the transaction ...
        raise RuntimeError("injected failure")

    monkeypatch.setattr(ns, "_remove_source_tx", fail_after_first_statement)
    with pytest.raises(RuntimeError, match="injected"):
        bolt_store.write_document(document_rows(facts("d2", people=(LENA,))), replaces="source:d1")
    assert calls == ["source:d1"]
    assert normalised(bolt_store.to_networkx()) == before      # ... and back after the rollback


def test_a_constraint_violation_leaves_nothing_of_the_document(bolt_store, monkeypatch):
    bolt_store.write_document(document_rows(facts("d0", people=(LENA,))))
    before = normalised(bolt_store.to_networkx())
    real = ns._write_rows_tx

    def write_then_clash(tx, *args):
        counts = real(tx, *args)  # every row of d1 is written inside the transaction ...
        tx.run("CREATE (:Meeting {id: 'meeting:d1'})").consume()  # ... then a duplicate id
        return counts

    monkeypatch.setattr(ns, "_write_rows_tx", write_then_clash)
    with pytest.raises(neo4j_errors.ConstraintError):
        bolt_store.write_document(document_rows(facts("d1")))
    assert normalised(bolt_store.to_networkx()) == before


def test_forget_person(bolt_store, nx_store):
    for store in (bolt_store, nx_store):
        store.write_document(document_rows(facts("d1")))
        assert store.forget_person(ANNA.id, "Person 1") == 3
        assert store.forget_person("person:nobody", "Person 2") == 0
    G = bolt_store.to_networkx()
    assert G.nodes[ANNA.id]["name"] == "Person 1" and G.nodes[ANNA.id]["forgotten"] is True
    assert not any(d["type"] == "AFFILIATED_WITH" for _, _, d in G.out_edges(ANNA.id, data=True))
    assert normalised(G) == normalised(nx_store.to_networkx())


# -- reads ----------------------------------------------------------------------------------
@pytest.mark.parametrize("cypher", [
    "CREATE (n)", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.x = 1", "MERGE (n:Person {id: 'a'})",
    "MATCH (n) REMOVE n.name", "DROP CONSTRAINT person_id_unique", "LOAD CSV FROM 'file:///x' AS l RETURN l",
    "CALL apoc.create.node(['X'], {})", "CALL db.createLabel('X')", "MATCH (n) CALL { WITH n DELETE n } RETURN 1",
    "match (n) detach\ndelete n",
])
def test_run_read_refuses_writes(bolt_store, cypher):
    bolt_store.write_document(document_rows(facts("d1")))
    with pytest.raises(CypherRefused) as err:
        bolt_store.run_read(cypher)
    assert isinstance(err.value, SamverkanError) and "\n" not in str(err.value)
    assert bolt_store.run_read("MATCH (n:Person) RETURN count(n) AS n") == [{"n": 2}]


def test_run_read_runs_a_match(bolt_store):
    bolt_store.write_document(document_rows(facts("d1")))
    rows = bolt_store.run_read(
        "MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WHERE p.name <> 'CREATE' RETURN p.name AS name, m.date AS date "
        "ORDER BY name", {})
    assert rows == [{"name": "Anna Berg", "date": "2024-03-01"}, {"name": "Mats Wennstig", "date": "2024-03-01"}]
    assert write_clause("MATCH (n) WHERE n.title = 'SET; DELETE' RETURN n // CREATE") is None


def test_run_read_reports_a_bad_query_as_one_line(bolt_store):
    with pytest.raises(CypherRefused, match="rejected the query"):
        bolt_store.run_read("MATCH (n RETURN n")


# -- availability ---------------------------------------------------------------------------
def test_wrong_password_is_store_unavailable(bolt_server, monkeypatch):
    monkeypatch.setenv("NEO4J_USER", bolt_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", bolt_server.password + "-wrong")
    with pytest.raises(StoreUnavailable, match="refused the credentials: check NEO4J_USER/NEO4J_PASSWORD") as err:
        Neo4jStore.from_env(bolt_server.uri)
    assert "\n" not in str(err.value) and bolt_server.password not in str(err.value)


def test_unreachable_port_is_store_unavailable(monkeypatch):
    monkeypatch.setenv("NEO4J_USER", "neo4j")
    monkeypatch.setenv("NEO4J_PASSWORD", "irrelevant")
    uri = f"bolt://127.0.0.1:{_bolt.free_port()}"
    with pytest.raises(StoreUnavailable, match="cannot reach Neo4j at bolt://127.0.0.1:.*docker compose up -d"):
        Neo4jStore.from_env(uri)


def test_missing_credentials_are_reported(monkeypatch):
    for name in ("NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_AUTH"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(StoreUnavailable, match="set NEO4J_USER and NEO4J_PASSWORD"):
        Neo4jStore.from_env("bolt://127.0.0.1:7687")


def test_neo4j_auth_is_read(bolt_server, monkeypatch):
    monkeypatch.delenv("NEO4J_USER", raising=False)
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.setenv("NEO4J_AUTH", f"{bolt_server.user}/{bolt_server.password}")
    with Neo4jStore.from_env(bolt_server.uri) as store:
        assert store.sources() is not None


def test_a_server_dying_mid_load_is_store_unavailable(tmp_path):
    try:
        server = _bolt.start_server()
    except _bolt.BoltServerUnavailable as exc:
        pytest.skip(str(exc))
    embedded_path = tmp_path / "graph.sqlite"
    with NetworkxStore(embedded_path) as embedded:
        embedded.write_document(document_rows(facts("e1")))
    snapshot = embedded_path.read_bytes()
    try:
        store = Neo4jStore(server.uri, (server.user, server.password), max_transaction_retry_time=1.0)
        store.write_document(document_rows(facts("d1")))
        server.kill()
        with pytest.raises(StoreUnavailable, match="lost the connection to Neo4j") as err:
            store.write_document(document_rows(facts("d2")))
        assert "\n" not in str(err.value)
        store.close()
    finally:
        _bolt.stop_server(server)
    assert embedded_path.read_bytes() == snapshot
    assert server.process.poll() is not None


def test_the_fresh_store_is_empty(bolt_store):
    assert bolt_store.to_networkx().number_of_nodes() == 0


def test_rewriting_a_source_id_drops_what_the_new_rows_no_longer_say(bolt_store, nx_store):
    first, second = document_rows(facts("d1", people=(ANNA, MATS))), document_rows(facts("d1", people=(MATS,)))
    for store in (bolt_store, nx_store):
        store.write_document(first)
        store.write_document(second)
    G = bolt_store.to_networkx()
    assert ANNA.id not in G
    assert normalised(G) == normalised(nx_store.to_networkx())


def test_removing_a_source_drops_placeholders_left_without_relationships(bolt_store, nx_store):
    base = facts("d1")
    rows = document_rows(DocumentFacts(
        source=base.source, meeting=base.meeting, persons=base.persons, groups=base.groups,
        mandates=(Mandate("mandate:x", LSVO.id, "group:undescribed", "refers", base.source.id),)))
    for store in (bolt_store, nx_store):
        store.write_knowledge([NodeRow(LSVO.id, "Group", {"name": LSVO.name})], [])
        store.write_document(rows)
        assert store.to_networkx().nodes["group:undescribed"]["label"] == "Unknown"
        store.remove_source(rows.source_id)
    G = bolt_store.to_networkx()
    assert "group:undescribed" not in G and LSVO.id in G
    assert normalised(G) == normalised(nx_store.to_networkx())
