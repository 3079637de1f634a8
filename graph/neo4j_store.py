"""The shared store: the graph shape of :mod:`graph.schema` kept in Neo4j (or any Bolt server
that speaks enough Cypher, such as ArcadeDB in the tests).

Semantics mirror :class:`graph.nx_store.NetworkxStore`:

* one managed write transaction per document, so a failure leaves nothing of it;
* re-writing a document first drops the facts of the version it replaces (and of the same
  source id), then shared entities that no document names any more;
* shared entities (people, organisations, groups) are merged with
  :func:`graph.schema.merge_shared`, read and written inside the same transaction;
* an edge to an entity nobody described yet gets a placeholder node labelled ``Unknown``.

Writes are parameterised ``UNWIND $rows`` statements, one per label or per
(relationship type, start label, end label). Labels and relationship types cannot be Cypher
parameters, so they are interpolated only after checking them against the fixed whitelists of
:mod:`graph.schema`.
"""
from __future__ import annotations

import os
from collections import defaultdict
from typing import Iterable, Sequence

import networkx as nx
from neo4j import GraphDatabase, READ_ACCESS
from neo4j import exceptions as neo4j_errors

from samverkan.graph.cypher_guard import READ_PROCEDURES, refusal
from samverkan.graph.errors import SamverkanError, StoreUnavailable
from samverkan.graph.nx_store import known_people as _known_people_of
from samverkan.graph.privacy import Redactor
from samverkan.graph.schema import LABELS, OWNED_LABELS, REL_TYPES, SHARED_LABELS, DocumentRows, EdgeRow, NodeRow, merge_shared
from samverkan.graph.store import AssignmentInfo, FactSource, PersonInfo, SourceInfo, StoreStats, WriteCounts

# the label the embedded store gives an edge end nobody has described yet
PLACEHOLDER_LABEL = "Unknown"
NODE_LABELS = LABELS + (PLACEHOLDER_LABEL,)
NAME_INDEXED = ("Person", "Organisation", "Group")
SOURCE_OWNED = tuple(label for label in OWNED_LABELS if label != "Source")


class CypherRefused(SamverkanError):
    """A query given to :meth:`Neo4jStore.run_read` would write, or the server rejected it."""


def _label(label: str) -> str:
    if label not in NODE_LABELS:
        raise ValueError(f"not a graph label: {label!r}")
    return label


def _rel_type(rel_type: str) -> str:
    if rel_type not in REL_TYPES:
        raise ValueError(f"not a relationship type: {rel_type!r}")
    return rel_type


def schema_statements() -> list[str]:
    """The idempotent constraint and index statements the store needs (Neo4j 5 and ArcadeDB)."""
    out = []
    for label in NODE_LABELS:
        out.append(f"CREATE CONSTRAINT {label.lower()}_id_unique IF NOT EXISTS "
                   f"FOR (n:{_label(label)}) REQUIRE n.id IS UNIQUE")
    for label in NAME_INDEXED:
        out.append(f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{_label(label)}) ON (n.name)")
    for label in SOURCE_OWNED:
        out.append(f"CREATE INDEX {label.lower()}_source_id IF NOT EXISTS FOR (n:{_label(label)}) ON (n.source_id)")
    for prop in ("sha256", "path"):
        out.append(f"CREATE INDEX source_{prop} IF NOT EXISTS FOR (n:Source) ON (n.{prop})")
    for rel in REL_TYPES:
        out.append(f"CREATE INDEX rel_{rel.lower()}_source_id IF NOT EXISTS "
                   f"FOR ()-[r:{_rel_type(rel)}]-() ON (r.source_id)")
    return out


def storable(props: dict) -> dict:
    """Properties as Neo4j keeps them: ``None`` dropped, tuples as lists, no maps.

    >>> storable({"a": None, "b": ("x", "y"), "c": 1})
    {'b': ['x', 'y'], 'c': 1}
    """
    out = {}
    for key, value in props.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            if any(v is None or isinstance(v, (dict, list, tuple)) for v in value):
                raise ValueError(f"property {key!r}: lists may hold only non-null primitives, got {value!r}")
            value = list(value)
        elif isinstance(value, dict):
            raise ValueError(f"property {key!r}: Neo4j cannot store a map ({value!r})")
        out[key] = value
    return out


# -- refusing anything but reads ---------------------------------------------------------------
def write_clause(cypher: str) -> str | None:
    """What makes a query more than a read (see :mod:`graph.cypher_guard`), or None.

    >>> write_clause("MATCH (n {name: 'CREATE'}) RETURN n.set")
    >>> write_clause("MATCH (n) DETACH DELETE n")
    'DETACH'
    >>> write_clause("CALL apoc.create.node(['X'], {})")
    'CALL apoc.create.node'
    """
    return refusal(cypher)


# -- the store ----------------------------------------------------------------------------------
class Neo4jStore:
    """Store backed by a Bolt server. Open it with :meth:`from_env`."""

    def __init__(self, uri: str, auth: tuple[str, str], *, database: str | None = None,
                 connection_timeout: float = 10.0, max_transaction_retry_time: float = 5.0,
                 ensure_schema: bool = True):
        self.uri = uri
        self.database = database
        try:
            self.driver = GraphDatabase.driver(
                uri, auth=auth, connection_timeout=connection_timeout,
                max_transaction_retry_time=max_transaction_retry_time)
        except (ValueError, neo4j_errors.ConfigurationError) as exc:
            raise StoreUnavailable(f"{uri} is not a usable Neo4j URI ({exc}); use bolt://host:7687 "
                                   f"or neo4j://host:7687") from exc
        try:
            with self._translated(connecting=True):
                self.driver.verify_connectivity()
            self.agent = self.driver.get_server_info().agent
            if ensure_schema:
                self.ensure_schema()
        except BaseException:
            self.driver.close()
            raise

    @classmethod
    def from_env(cls, uri: str, **kwargs) -> "Neo4jStore":
        """Open the store at ``uri`` with credentials from the environment.

        ``NEO4J_USER`` and ``NEO4J_PASSWORD``, or ``NEO4J_AUTH`` as ``user/password``;
        ``NEO4J_DATABASE`` picks a database other than the server's default.

        Raises:
            StoreUnavailable: no credentials, server unreachable, or credentials refused.
        """
        user = os.environ.get("NEO4J_USER")
        password = os.environ.get("NEO4J_PASSWORD")
        if password is None and os.environ.get("NEO4J_AUTH"):
            auth_user, sep, auth_password = os.environ["NEO4J_AUTH"].partition("/")
            if sep:
                user, password = user or auth_user, auth_password
        if not password:
            raise StoreUnavailable(f"no credentials for Neo4j at {uri}: set NEO4J_USER and NEO4J_PASSWORD "
                                   f"(or NEO4J_AUTH=user/password), see .env.example")
        return cls(uri, (user or "neo4j", password), database=os.environ.get("NEO4J_DATABASE") or None, **kwargs)

    # -- plumbing --------------------------------------------------------------------------
    def _translated(self, connecting: bool = False):
        return _DriverErrors(self.uri, connecting=connecting)

    def _session(self, **kwargs):
        return self.driver.session(database=self.database, **kwargs)

    def _write(self, fn, *args):
        with self._translated(), self._session() as session:
            return session.execute_write(fn, *args)

    def _read(self, fn, *args):
        with self._translated(), self._session(default_access_mode=READ_ACCESS) as session:
            return session.execute_read(fn, *args)

    def ensure_schema(self) -> None:
        """Create the constraints and indexes if they are missing (safe to run again)."""
        with self._translated(), self._session() as session:
            for statement in schema_statements():
                session.run(statement).consume()

    def flush(self) -> None:
        """Nothing to do: every write is committed when its call returns."""

    def close(self) -> None:
        self.driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- reads -----------------------------------------------------------------------------
    def sources(self) -> list[SourceInfo]:
        rows = self._read(_records, "MATCH (s:Source) RETURN s.id AS id, s.path AS path, s.sha256 AS sha256", {})
        return sorted((SourceInfo(r["id"], r["path"] or "", r["sha256"] or "") for r in rows),
                      key=lambda s: (s.path, s.id))

    def known_people(self) -> list[PersonInfo]:
        """Same content as :func:`graph.nx_store.known_people`, computed on the people's neighbourhood only."""
        return _known_people_of(self._read(_people_neighbourhood))

    def assignments(self) -> list[AssignmentInfo]:
        """Same content as :func:`graph.nx_store.stored_assignments`."""
        rows = self._read(_records, _ASSIGNMENTS, {})
        return [AssignmentInfo(r["id"], r["task"] or "", tuple(x for _, x in sorted(p for p in r["assignees"] if p[1])),
                               r["group_id"], r["date"]) for r in rows]

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph in the embedded store's shape (node ``label``, edge ``type``, edge key = id)."""
        return self._read(_whole_graph)

    def read_facts(self, names: Sequence[str], params: dict, facts: FactSource) -> dict[str, list[dict]]:
        """The named fact tables through their Cypher statements; the database keeps its own indexes."""
        return facts.cypher(self.run_read, names, params)

    def keep_facts(self, names: Sequence[str], facts: FactSource) -> None:
        """Nothing to prepare: the database answers every fact table from its own indexes."""

    def stats(self) -> StoreStats:
        def count(tx):
            nodes = {r["label"]: r["n"] for r in tx.run(
                "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n").data()}
            edges = {r["type"]: r["n"] for r in tx.run(
                "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").data()}
            return StoreStats(nodes, edges)

        return self._read(count)

    def run_read(self, cypher: str, params: dict | None = None) -> list[dict]:
        """Run a read-only query and return its rows as dicts.

        Raises:
            CypherRefused: the query contains a write clause or procedure call, or the server
                rejected it (syntax, unknown function ...).
        """
        clause = write_clause(cypher)
        if clause:
            raise CypherRefused(f"refusing to run this query ({_one_line(clause)}): queries here are read-only, "
                                f"made of MATCH, OPTIONAL MATCH, WITH, UNWIND, WHERE, RETURN, ORDER BY, SKIP, "
                                f"LIMIT and the procedures {', '.join(sorted(READ_PROCEDURES))}")
        try:
            return self._read(_records, cypher, params or {})
        except StoreUnavailable:
            raise
        except neo4j_errors.Neo4jError as exc:
            raise CypherRefused(f"Neo4j rejected the query: {_one_line(exc.message or str(exc))}") from exc
        except neo4j_errors.DriverError as exc:
            raise CypherRefused(f"the query failed: {_one_line(str(exc)) or type(exc).__name__}") from exc

    # -- writes ----------------------------------------------------------------------------
    def write_document(self, rows: DocumentRows, replaces: str | None = None) -> WriteCounts:
        """Write one document in one transaction; ``replaces`` is the source id of an older version."""
        _check_rows(rows.nodes, rows.edges)
        return self._write(_write_document_tx, rows, replaces)

    def write_knowledge(self, nodes: list[NodeRow], edges: list[EdgeRow]) -> None:
        """Write regional knowledge rows; their nodes are marked ``knowledge = true`` and never orphaned."""
        _check_rows(nodes, edges)
        self._write(_write_rows_tx, nodes, edges, None, True)

    def remove_source(self, source_id: str) -> None:
        self._write(_remove_source_tx, source_id)

    def forget_person(self, person_id: str, pseudonym: str) -> int:
        """Remove a person's personal data (name, surface forms, affiliations), keep the structure."""
        return self._write(_forget_person_tx, person_id, pseudonym)

    def write_rows(self, nodes: list[NodeRow], batch_size: int = 1000) -> None:
        """Merge plain node rows (no shared-entity merging), ``batch_size`` rows per transaction."""
        _check_rows(nodes, [])
        for start in range(0, len(nodes), batch_size):
            self._write(_merge_nodes_tx, nodes[start:start + batch_size])

    def write_rows_one_by_one(self, nodes: list[NodeRow]) -> None:
        """Like :meth:`write_rows` but one row per transaction; only for measuring what batching buys."""
        _check_rows(nodes, [])
        for row in nodes:
            self._write(_merge_one_node_tx, row)

    def wipe(self) -> None:
        """Delete every node and relationship (tests and benchmarks only)."""
        self._write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())


class _DriverErrors:
    """Turn the driver's connection and authentication errors into :class:`StoreUnavailable`."""

    def __init__(self, uri: str, *, connecting: bool = False):
        self.uri = uri
        self.connecting = connecting

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None:
            return False
        name = type(exc).__name__
        if isinstance(exc, neo4j_errors.AuthError):
            raise StoreUnavailable(f"Neo4j at {self.uri} refused the credentials: check NEO4J_USER/NEO4J_PASSWORD "
                                   f"(or NEO4J_AUTH)") from exc
        if isinstance(exc, (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired,
                            neo4j_errors.IncompleteCommit)):
            if self.connecting:
                raise StoreUnavailable(f"cannot reach Neo4j at {self.uri}: is `docker compose up -d` running? "
                                       f"({name})") from exc
            raise StoreUnavailable(f"lost the connection to Neo4j at {self.uri}: cannot reach Neo4j, is it still "
                                   f"running? A document is written whole or not at all, so re-running the load "
                                   f"is safe ({name})") from exc
        if isinstance(exc, neo4j_errors.DatabaseUnavailable) or (
                isinstance(exc, neo4j_errors.ClientError) and exc.code == "Neo.ClientError.Database.DatabaseNotFound"):
            raise StoreUnavailable(f"Neo4j at {self.uri} has no usable database "
                                   f"{os.environ.get('NEO4J_DATABASE') or '(default)'}: check NEO4J_DATABASE "
                                   f"({name})") from exc
        return False


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _check_rows(nodes: Iterable[NodeRow], edges: Iterable[EdgeRow]) -> None:
    for row in nodes:
        _label(row.label)
    for e in edges:
        _rel_type(e.type)


_ASSIGNMENTS = """
MATCH (a:Assignment)
OPTIONAL MATCH (a)-[:PART_OF]->(:AgendaItem)-[:PART_OF*1..3]->(m:Meeting)
OPTIONAL MATCH (m)-[:HELD_BY]->(g:Group)
OPTIONAL MATCH (a)-[r:ASSIGNED_TO]->(x)
RETURN a.id AS id, a.task AS task, collect(DISTINCT [coalesce(r.position, 0), x.id]) AS assignees,
       head(collect(g.id)) AS group_id, head(collect(coalesce(m.date, m.date_to, m.date_from))) AS date
"""


def _records(tx, cypher: str, params: dict) -> list[dict]:
    return tx.run(cypher, params).data()


# -- transaction functions (may be retried by the driver: they only depend on their arguments) --
def _lookup(tx, ids: Iterable[str]) -> dict[str, tuple[str, dict]]:
    """id → (label, properties without id) for the given ids, one index seek per label."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    cypher = " UNION ALL ".join(
        f"MATCH (n:{_label(label)}) WHERE n.id IN $ids RETURN n.id AS id, '{label}' AS label, "
        f"properties(n) AS props" for label in NODE_LABELS)
    out = {}
    for r in tx.run(cypher, ids=ids):
        props = dict(r["props"])
        props.pop("id", None)
        out[r["id"]] = (r["label"], props)
    return out


def _same(a: dict, b: dict) -> bool:
    return storable(a) == storable(b)


def _write_document_tx(tx, rows: DocumentRows, replaces: str | None) -> WriteCounts:
    ids = {r.id for r in rows.nodes} | {e.src for e in rows.edges} | {e.dst for e in rows.edges}
    before = _lookup(tx, ids | {rows.source_id})
    gone: set[str] = set()
    if replaces:
        gone |= _remove_source_tx(tx, replaces)
    if rows.source_id in before and before[rows.source_id][0] == "Source":
        gone |= _remove_source_tx(tx, rows.source_id)
    current = {k: v for k, v in before.items() if k not in gone}
    return _write_rows_tx(tx, rows.nodes, rows.edges, (before, current), False)


def _write_rows_tx(tx, nodes: list[NodeRow], edges: list[EdgeRow], state, knowledge: bool) -> WriteCounts:
    """Merge node rows and edge rows as the embedded store does, counting node rows by outcome.

    ``state`` is ``(before, current)``: what the ids looked like when the call started (for the
    counts) and now (for merging); ``None`` reads both.
    """
    if state is None:
        ids = {r.id for r in nodes} | {e.src for e in edges} | {e.dst for e in edges}
        before = _lookup(tx, ids)
        current = dict(before)
    else:
        before, current = state
        current = dict(current)
    in_db = dict(current)
    counts = WriteCounts()
    changed: dict[str, tuple[str, dict]] = {}
    relabel: dict[tuple[str, str], list[str]] = defaultdict(list)
    relabelled: set[str] = set()
    for row in nodes:
        old = current.get(row.id)
        if old is not None:
            old_props = old[1]
            if row.label in SHARED_LABELS:
                merged = merge_shared(row.label, old_props, row.props)
            else:
                merged = {**old_props, **row.props}
            stored = in_db.get(row.id)
            if stored is not None and stored[0] != row.label and row.id not in relabelled:
                # a placeholder (or a node filed under another label) becomes what the row says
                relabel[(stored[0], row.label)].append(row.id)
                relabelled.add(row.id)
        else:
            merged = dict(row.props)
        if knowledge:
            merged["knowledge"] = True
        baseline = current.get(row.id) or before.get(row.id)
        if baseline is None:
            status = "inserted"
        elif baseline[0] == row.label and _same(baseline[1], merged):
            status = "unchanged"
        else:
            status = "updated"
        setattr(counts, status, getattr(counts, status) + 1)
        if old is None or old[0] != row.label or not _same(old[1], merged):
            changed[row.id] = (row.label, merged)
        current[row.id] = (row.label, merged)

    for (old_label, new_label), id_list in relabel.items():
        tx.run(f"UNWIND $ids AS id MATCH (n:{_label(old_label)} {{id: id}}) "
               f"REMOVE n:{_label(old_label)} SET n:{_label(new_label)}", ids=id_list).consume()
    by_label: dict[str, list[dict]] = defaultdict(list)
    for node_id, (label, props) in changed.items():
        by_label[label].append({"id": node_id, "props": {**storable(props), "id": node_id}})
    for label, batch in by_label.items():
        tx.run(f"UNWIND $rows AS row MERGE (n:{_label(label)} {{id: row.id}}) SET n = row.props",
               rows=batch).consume()

    placeholders = sorted({end for e in edges for end in (e.src, e.dst) if end not in current})
    if placeholders:
        tx.run(f"UNWIND $ids AS id MERGE (n:{PLACEHOLDER_LABEL} {{id: id}})", ids=placeholders).consume()
        for end in placeholders:
            current[end] = (PLACEHOLDER_LABEL, {})
    by_type: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for e in edges:
        props = {k: (list(v) if isinstance(v, tuple) else v) for k, v in e.props.items()}
        storable({k: v for k, v in props.items() if v is not None})  # refuse maps and nested lists early
        by_type[(e.type, current[e.src][0], current[e.dst][0])].append(
            {"id": e.id, "src": e.src, "dst": e.dst, "props": props})
    for (rel, src_label, dst_label), batch in by_type.items():
        # ``SET r += props`` with a null value removes that property, as the embedded store
        # overwrites it with None
        tx.run(f"UNWIND $rows AS row MATCH (a:{_label(src_label)} {{id: row.src}}) "
               f"MATCH (b:{_label(dst_label)} {{id: row.dst}}) "
               f"MERGE (a)-[r:{_rel_type(rel)} {{id: row.id}}]->(b) SET r += row.props", rows=batch).consume()
    return counts


def _remove_source_tx(tx, source_id: str) -> set[str]:
    """Delete a document's facts and the shared entities only it named; return the deleted ids."""
    touched: set[str] = set()
    deleted: set[str] = set()
    for rel in REL_TYPES:
        for r in tx.run(f"MATCH (a)-[r:{_rel_type(rel)}]->(b) WHERE r.source_id = $sid "
                        f"WITH a.id AS a, b.id AS b, r DELETE r RETURN a, b", sid=source_id):
            touched.update((r["a"], r["b"]))
    for label in OWNED_LABELS:
        key = "id" if label == "Source" else "source_id"
        rows = tx.run(f"MATCH (n:{_label(label)}) WHERE n.{key} = $sid OPTIONAL MATCH (n)--(m) "
                      f"RETURN n.id AS id, collect(DISTINCT m.id) AS near", sid=source_id).data()
        if not rows:
            continue
        for r in rows:
            deleted.add(r["id"])
            touched.update(r["near"])
        tx.run(f"MATCH (n:{_label(label)}) WHERE n.{key} = $sid DETACH DELETE n", sid=source_id).consume()
    touched -= deleted
    if not touched:
        return deleted
    ids = sorted(touched)
    for label in SHARED_LABELS:
        for r in tx.run(f"MATCH (n:{_label(label)}) WHERE n.id IN $ids AND coalesce(n.knowledge, false) = false "
                        f"AND NOT EXISTS {{ (n)-[:FROM_SOURCE]->() }} "
                        f"WITH n, n.id AS id DETACH DELETE n RETURN id", ids=ids):
            deleted.add(r["id"])
    for r in tx.run(f"MATCH (n:{PLACEHOLDER_LABEL}) WHERE n.id IN $ids AND coalesce(n.knowledge, false) = false "
                    f"AND NOT EXISTS {{ (n)--() }} WITH n, n.id AS id DELETE n RETURN id", ids=ids):
        deleted.add(r["id"])
    return deleted


def _forget_person_tx(tx, person_id: str, pseudonym: str) -> int:
    found = tx.run("MATCH (p:Person {id: $id}) OPTIONAL MATCH (p)-[r:FROM_SOURCE]->() "
                   "RETURN p.name AS name, collect(r.mentions) AS mentions", id=person_id).data()
    if not found or found[0]["name"] is None:
        return 0
    forms = {found[0]["name"], *(m for ms in found[0]["mentions"] for m in (ms or []))}
    others = {f for r in tx.run("MATCH (p:Person) WHERE p.id <> $id OPTIONAL MATCH (p)-[r:FROM_SOURCE]->() "
                                "RETURN p.name AS name, collect(r.mentions) AS mentions", id=person_id)
              for f in [r["name"], *(m for ms in r["mentions"] for m in (ms or []))] if f}
    tx.run("MATCH (p:Person {id: $id}) SET p.name = $name, p.forgotten = true", id=person_id, name=pseudonym).consume()
    affiliations = tx.run("MATCH (p:Person {id: $id})-[r:AFFILIATED_WITH]->() DELETE r RETURN count(*) AS n",
                          id=person_id).single()["n"]
    sources = tx.run("MATCH (p:Person {id: $id})-[r:FROM_SOURCE]->() SET r.mentions = [] RETURN count(*) AS n",
                     id=person_id).single()["n"]
    tx.run("MATCH (p:Person {id: $id})-[r:ATTENDED]->() REMOVE r.title, r.unit_id", id=person_id).consume()
    # the name in every text the store keeps (decisions, items, tasks, places, unresolved mentions ...),
    # the same redaction as the embedded store's (graph.privacy.forget_in_graph)
    redactor = Redactor({f: pseudonym for f in forms}, keep=others)
    nodes = [{"id": r["id"], "props": changes} for r in tx.run(
        "MATCH (n) WHERE n.id <> $id RETURN n.id AS id, properties(n) AS props", id=person_id)
        if (changes := redactor.changes(r["props"]))]
    if nodes:
        tx.run("UNWIND $rows AS row MATCH (n {id: row.id}) SET n += row.props", rows=nodes).consume()
    rels = [{"id": r["id"], "props": changes} for r in tx.run(
        "MATCH ()-[r]->() RETURN r.id AS id, properties(r) AS props")
        if r["id"] is not None and (changes := redactor.changes(r["props"]))]
    if rels:
        tx.run("UNWIND $rows AS row MATCH ()-[r {id: row.id}]->() SET r += row.props", rows=rels).consume()
    redacted = sum(len(x["props"]) for x in nodes + rels)
    return affiliations + sources + redacted + 1


def _people_neighbourhood(tx) -> nx.MultiDiGraph:
    """People with the out-edges and neighbours :func:`graph.nx_store.known_people` looks at."""
    G = nx.MultiDiGraph()
    for r in tx.run("MATCH (p:Person) RETURN p.id AS id, properties(p) AS props"):
        G.add_node(r["id"], **_node_attrs(r["props"], "Person"))
    for r in tx.run(
            "MATCH (p:Person)-[e]->(v) WHERE type(e) IN ['FROM_SOURCE', 'MEMBER_OF', 'AFFILIATED_WITH', "
            "'ON_BEHALF_OF', 'ATTENDED'] "
            "RETURN p.id AS src, v.id AS dst, labels(v)[0] AS label, v.classification AS classification, "
            "v.date AS date, v.date_from AS date_from, v.date_to AS date_to, type(e) AS type, "
            "properties(e) AS props ORDER BY src, type, dst, props.id"):
        if r["dst"] not in G:
            G.add_node(r["dst"], **storable({"label": r["label"], "classification": r["classification"],
                                             "date": r["date"], "date_from": r["date_from"],
                                             "date_to": r["date_to"]}))
        props = dict(r["props"])
        key = props.pop("id", None)
        G.add_edge(r["src"], r["dst"], key=key, type=r["type"], **props)
    return G


def _node_attrs(props: dict, label: str) -> dict:
    attrs = dict(props)
    attrs.pop("id", None)
    attrs["label"] = label
    return attrs


def _whole_graph(tx) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for r in tx.run("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id"):
        labels = [label for label in r["labels"] if label in NODE_LABELS] or list(r["labels"])
        G.add_node(r["id"], **_node_attrs(r["props"], labels[0] if labels else PLACEHOLDER_LABEL))
    for r in tx.run("MATCH (a)-[r]->(b) RETURN a.id AS src, b.id AS dst, type(r) AS type, "
                    "properties(r) AS props ORDER BY src, dst, props.id"):
        props = dict(r["props"])
        key = props.pop("id", None)
        G.add_edge(r["src"], r["dst"], key=key, type=r["type"], **props)
    return G


def _merge_nodes_tx(tx, nodes: list[NodeRow]) -> None:
    by_label: dict[str, list[dict]] = defaultdict(list)
    for row in nodes:
        by_label[row.label].append({"id": row.id, "props": storable(row.props)})
    for label, batch in by_label.items():
        tx.run(f"UNWIND $rows AS row MERGE (n:{_label(label)} {{id: row.id}}) SET n += row.props",
               rows=batch).consume()


def _merge_one_node_tx(tx, row: NodeRow) -> None:
    tx.run(f"MERGE (n:{_label(row.label)} {{id: $id}}) SET n += $props",
           id=row.id, props=storable(row.props)).consume()
