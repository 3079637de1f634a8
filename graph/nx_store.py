"""The embedded store: a networkx MultiDiGraph kept in one SQLite file.

The file is data, never code: nodes, edges and the sources with the rows each owns are
tables of JSON text (an analyst can open it with ``sqlite3``), and reading it runs nothing.
Every row carries a checksum, so a damaged file is reported as damaged and never read as
different data. Writes are SQLite transactions in WAL mode: a process killed mid-write leaves
the previous version, and a reader reads the last committed version while a writer writes.
A writer also holds a lock file beside the store for as long as it is open, so two
concurrent runs cannot interleave their writes.

The store keeps its own derived tables (:meth:`NetworkxStore.read_facts`): fact tables
computed from the graph are kept in the same file, one row per fact row with its key columns
and meeting date indexed, marked with the generation of the graph they were computed from;
every write of the graph removes them in the same transaction. A question then reads the rows
it shows through those indexes, not the graph or whole tables. A kept row that fails its
checksum is never answered from: its table is computed again from the (checked) graph. What
the checksums cannot see is damage inside SQLite's own index pages that hides a row from a
look-up; ``PRAGMA integrity_check`` finds that.
"""
from __future__ import annotations

import gc
import json
import os
import sqlite3
import zlib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:  # imported where the graph is read: a question from kept tables needs none
    import networkx as nx
    from filelock import FileLock

from samverkan.graph.errors import StoreCorrupt, StoreUnavailable
from samverkan.graph.privacy import forget_in_graph, remove_stale_temporaries
from samverkan.graph.schema import SHARED_LABELS, DocumentRows, EdgeRow, NodeRow, merge_shared
from samverkan.graph.store import AssignmentInfo, FactSource, PersonInfo, SourceInfo, StoreStats, WriteCounts

FORMAT = "samverkan-store"
VERSION = 3  # 3: SQLite (1 and 2 were pickles, never read)
FILENAME = "graph.sqlite"
SQLITE_MAGIC = b"SQLite format 3\x00"

# The graph is read whole and written by primary key, so edges carry no index by type: at
# 10,000 documents it took 153 MB (every entry repeats the edge's key), a sixth of the file.
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, props TEXT NOT NULL, crc INTEGER NOT NULL);
CREATE INDEX nodes_by_label ON nodes (label);
CREATE TABLE edges (src TEXT NOT NULL, dst TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL,
                    props TEXT NOT NULL, crc INTEGER NOT NULL, PRIMARY KEY (src, dst, key)) WITHOUT ROWID;
CREATE TABLE sources (id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, owned TEXT NOT NULL,
                      crc INTEGER NOT NULL);
"""
# Kept fact tables (see NetworkxStore.read_facts): one row per fact row, its values a JSON array
# in the table's column order (an object when a row has other columns), with up to two key
# columns and the meeting date indexed, so that a question reads the rows it shows.
_FACT_SCHEMA = """
CREATE TABLE IF NOT EXISTS fact_tables (name TEXT PRIMARY KEY, generation INTEGER NOT NULL, columns TEXT NOT NULL,
                                        first INTEGER NOT NULL, last INTEGER NOT NULL, whole INTEGER NOT NULL,
                                        crc INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS fact_rows (name TEXT NOT NULL, k1 TEXT, k2 TEXT, ord TEXT, payload TEXT NOT NULL,
                                      crc INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS fact_rows_k1 ON fact_rows (name, k1) WHERE k1 IS NOT NULL;
CREATE INDEX IF NOT EXISTS fact_rows_k2 ON fact_rows (name, k2) WHERE k2 IS NOT NULL;
CREATE INDEX IF NOT EXISTS fact_rows_ord ON fact_rows (name, ord) WHERE ord IS NOT NULL;
DROP TABLE IF EXISTS facts;
"""
_KEY_SLOTS = ("k1", "k2")
_CHUNK = 500  # values per IN (...) of a look-up


def recreate_hint(path: str | os.PathLike) -> str:
    """How to make a store again from the minutes it was loaded from."""
    target = Path(path)
    if target.suffix == ".pkl":
        target = target.with_name(FILENAME)
    return f"re-create it from the minutes: samverkan load MINUTES_FOLDER --store {target}"


def refuse_pickle(path: Path) -> None:
    """Raise :class:`StoreCorrupt` for a path that names or holds an old pickle store; it is never read."""
    pickled = path.suffix == ".pkl"
    if not pickled and path.is_file():
        try:
            with open(path, "rb") as fh:
                pickled = fh.read(1) == b"\x80"  # every pickle of protocol 2 or later starts so
        except OSError:
            pickled = False
    if pickled and not path.exists():
        raise StoreCorrupt(f"{path}: a .pkl path names the old pickle store format, which samverkan no longer "
                           f"reads; name an SQLite store instead, e.g. --store {path.with_name(FILENAME)} "
                           f"(re-create it from the minutes: samverkan load MINUTES_FOLDER --store "
                           f"{path.with_name(FILENAME)})")
    if pickled:
        raise StoreCorrupt(f"{path}: an old pickle store, which samverkan no longer reads (a pickle can run code); "
                           f"move it away and re-create the store from the minutes: samverkan load MINUTES_FOLDER "
                           f"--store {path.with_name(FILENAME)}")


# one encoder for every row: json.dumps with options builds a new encoder per call, and
# JSONEncoder.encode still builds the C encoder anew each time; rows are never circular, so the
# C encoder is made once, without the check for cycles (JSONEncoder's own encoder where there is no C one)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)
_C_ENCODE = (json.encoder.c_make_encoder(None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",",
                                         True, False, True) if json.encoder.c_make_encoder else None)
# the same without sorting keys, for the values of a kept fact row (in its table's column order)
_IN_ORDER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_C_IN_ORDER = (json.encoder.c_make_encoder(None, _IN_ORDER.default, json.encoder.encode_basestring, None, ":", ",",
                                           False, False, True) if json.encoder.c_make_encoder else None)


def _dumps(value) -> str:
    if _C_ENCODE is None or value.__class__ is str:
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


def _dumps_in_order(value) -> str:
    if _C_IN_ORDER is None or value.__class__ is str:
        return _IN_ORDER.encode(value)
    return "".join(_C_IN_ORDER(value, 0))


def _loads_all(texts: list[str], chunk: int = 4096) -> list:
    """The JSON values of ``texts``, each a whole JSON text, read with one parse per ``chunk`` of
    them (a parse per row costs more than the parse; one for all would copy every row at once)."""
    values = []
    for k in range(0, len(texts), chunk):
        part = texts[k:k + chunk]
        got = json.loads("[" + ",".join(part) + "]")
        if len(got) != len(part):  # a text that was no single value (a checksum cannot tell)
            raise ValueError("a row holds more or less than one JSON value")
        values += got
    return values


def _crc(*parts: str) -> int:
    return zlib.crc32("\x1f".join(parts).encode("utf-8"))


class _NotKept(Exception):
    """A kept fact table is missing, of another version, or fails its checksum: compute it anew."""


def _key(value) -> str | None:
    return value if value is None or isinstance(value, str) else _dumps(value)


def _layout(name: str, columns: list, facts: FactSource) -> str:
    """How a kept table's rows are laid out: its columns, the key columns and whether dated."""
    return _dumps({"columns": columns, "keys": list(facts.keys.get(name, ())[:len(_KEY_SLOTS)]),
                   "dated": name in facts.dated})


def _row_crc(name: str, k1, k2, order, payload: str) -> int:
    return _crc(name, k1 or "", k2 or "", order or "", payload)


class NetworkxStore:
    """Embedded store.

    >>> import tempfile, os
    >>> s = NetworkxStore(os.path.join(tempfile.mkdtemp(), "graph.sqlite"))
    >>> s.sources()
    []
    >>> s.close()
    """

    def __init__(self, path: str | os.PathLike, *, writable: bool = True, lock_timeout: float = 30.0):
        self.path = Path(path)
        if self.path.is_dir():
            self.path = self.path / FILENAME
        refuse_pickle(self.path)
        self.writable = writable
        self._lock: FileLock | None = None
        self._db: sqlite3.Connection | None = None
        self._G: nx.MultiDiGraph | None = None
        self._owned: dict[str, tuple[list[str], list[tuple[str, str, str]]]] = {}
        self._generation = 0  # the committed version of the file the graph in memory was read from
        # what changed since the last write: exact nodes, edges and sources, or everything
        self._dirty = False
        self._everything = False
        self._changed_nodes: set[str] = set()
        self._changed_edges: set[tuple[str, str, str]] = set()
        self._changed_sources: set[str] = set()
        # the known people as last asked for, and the nodes changed since whose people may differ
        # (a load asks before each batch it resolves; a whole walk of the graph grows with the store)
        self._people: dict[str, PersonInfo] | None = None
        self._people_stale: set[str] = set()
        # the same for the stored assignments: each one's answer with the nodes it was read from
        # (itself, its items and its meeting), and the nodes changed since
        self._tasks: dict[str, tuple[AssignmentInfo, tuple[str, ...]]] | None = None
        self._tasks_stale: set[str] = set()
        # per generation: the kept tables' registry, and tables held whole in this process
        self._kept: tuple[object, dict] = (None, {})
        self._facts: tuple[object, dict] = (None, {})
        if writable:
            from filelock import FileLock, Timeout  # only a writer takes the lock; a question does not

            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = FileLock(str(self.path) + ".lock")
            try:
                self._lock.acquire(timeout=lock_timeout)
            except Timeout as exc:
                raise StoreUnavailable(
                    f"{self.path}: another samverkan run is writing to this store; wait for it to finish "
                    f"(lock file {self.path}.lock)") from exc
            remove_stale_temporaries(self.path)  # a crashed write's copy of the graph must not linger
        try:
            if self._holds_store():
                self._db = self._connect()
                self._generation = self._check_meta()
            else:
                import networkx as nx

                self._G = nx.MultiDiGraph(version=0)
        except BaseException:
            self._release()
            raise

    # -- the file --------------------------------------------------------------------------
    def _holds_store(self) -> bool:
        """Whether the path holds a store (an empty file, left by a first write that did not
        finish, holds none); anything else there than SQLite is refused."""
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise StoreCorrupt(f"{self.path}: cannot read the store ({exc.strerror})") from exc
        if not head:
            return False
        if head != SQLITE_MAGIC:
            raise StoreCorrupt(f"{self.path}: not a samverkan store (not an SQLite file); restore a backup, "
                               f"point --store elsewhere or {recreate_hint(self.path)}")
        return True

    def _connect(self) -> sqlite3.Connection:
        from urllib.parse import quote

        uri = "file:" + quote(str(self.path.resolve()))
        try:
            db = sqlite3.connect(uri + "?mode=rw", uri=True, isolation_level=None, timeout=5.0,
                                 check_same_thread=False)
        except sqlite3.OperationalError:
            if self.writable:
                raise StoreUnavailable(f"{self.path}: cannot open the store for writing (permissions?)")
            try:  # a reader of a store it may not write: it answers, but keeps no tables
                db = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
            except sqlite3.OperationalError as exc:
                raise StoreUnavailable(f"{self.path}: cannot open the store ({exc})") from exc
        # deleted rows are overwritten, so a name forget removed leaves no copy in free pages
        db.execute("PRAGMA secure_delete = ON")
        return db

    def _corrupt(self, what: str, exc: Exception | None = None) -> StoreCorrupt:
        cause = f" ({exc})" if exc is not None else ""
        return StoreCorrupt(f"{self.path}: the store is damaged: {what}{cause}; restore a backup or "
                            f"{recreate_hint(self.path)}")

    def _check_meta(self) -> int:
        try:
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.OperationalError as exc:  # the disk, not the file: full, read-only, over a quota
            raise StoreUnavailable(f"{self.path}: the store cannot be opened ({exc}): is the disk full or "
                                   f"the folder read-only? Nothing was changed") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreCorrupt(f"{self.path}: not a samverkan store ({exc}); restore a backup, point --store "
                               f"elsewhere or {recreate_hint(self.path)}") from exc
        if meta.get("format") != FORMAT:
            raise StoreCorrupt(f"{self.path}: not a samverkan store file; point --store elsewhere")
        if meta.get("version") != str(VERSION):
            raise StoreCorrupt(f"{self.path}: store format {meta.get('version')} is not supported "
                               f"(expected {VERSION}); {recreate_hint(self.path)}")
        try:
            return int(meta["generation"])
        except (KeyError, ValueError) as exc:
            raise self._corrupt("its generation is unreadable", exc) from exc

    def _create(self) -> sqlite3.Connection:
        """Make the file (0600, WAL) with its tables; a crash before the first commit leaves an
        empty file, which is read as no store."""
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)
        db = self._connect()
        db.execute("PRAGMA journal_mode=WAL")
        try:
            db.executescript(f"BEGIN IMMEDIATE; {_SCHEMA} {_FACT_SCHEMA} INSERT INTO meta VALUES ('format', '{FORMAT}'), "
                             f"('version', '{VERSION}'), ('generation', '0'); COMMIT;")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return db

    # -- reading ---------------------------------------------------------------------------
    @property
    def G(self) -> nx.MultiDiGraph:
        if self._G is None:
            self._G, self._owned = self._read_graph()
        return self._G

    def _read_graph(self):
        """The graph and each source's owned rows, read in one transaction, every row checked."""
        db = self._db
        enabled = gc.isenabled()
        # Millions of small objects: the cyclic collector would rescan them while they are built
        # and again on every later collection, so it pauses while they load and they are frozen
        # afterwards (they live as long as the store).
        gc.disable()
        loads = json.loads
        try:
            db.execute("BEGIN")
            try:
                generation = int(db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])
                rows = db.execute("SELECT id, label, props, crc FROM nodes").fetchall()
                for n, label, props, crc in rows:
                    if _crc(n, label, props) != crc:
                        raise self._corrupt(f"node {n!r} fails its checksum")
                # the rows checked, their JSON is read as one array: one parse instead of one per row
                nodes = {}
                for (n, label, _, _), d in zip(rows, _loads_all([r[2] for r in rows])):
                    d["label"] = label
                    nodes[n] = d
                rows = db.execute("SELECT src, dst, key, type, props, crc FROM edges").fetchall()
                for u, v, k, t, props, crc in rows:
                    if _crc(u, v, k, t, props) != crc:
                        raise self._corrupt(f"edge {k!r} fails its checksum")
                edges = []
                for (u, v, k, t, _, _), d in zip(rows, _loads_all([r[4] for r in rows])):
                    d["type"] = t
                    edges.append((u, v, k, d))
                del rows
                owned = {}
                for sid, path, sha, rows, crc in db.execute("SELECT id, path, sha256, owned, crc FROM sources"):
                    if _crc(sid, path, sha, rows) != crc:
                        raise self._corrupt(f"source {sid!r} fails its checksum")
                    own_nodes, own_edges = loads(rows)
                    owned[sid] = (own_nodes, [tuple(e) for e in own_edges])
            finally:
                db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise self._corrupt("SQLite cannot read it", exc) from exc
        except (ValueError, TypeError) as exc:  # JSON that the checksum let through cannot happen unless forged
            raise self._corrupt("a row is not valid JSON", exc) from exc
        finally:
            if enabled:
                gc.enable()
        import networkx as nx

        G = nx.MultiDiGraph(version=generation)
        G.add_nodes_from(nodes.items())
        G.add_edges_from(edges)
        self._generation = generation
        gc.freeze()
        return G, owned

    def _read_sources(self) -> list[SourceInfo]:
        try:
            rows = self._db.execute("SELECT id, path, sha256, owned, crc FROM sources").fetchall()
        except sqlite3.DatabaseError as exc:
            raise self._corrupt("SQLite cannot read it", exc) from exc
        for sid, path, sha, owned, crc in rows:
            if _crc(sid, path, sha, owned) != crc:
                raise self._corrupt(f"source {sid!r} fails its checksum")
        return sorted((SourceInfo(sid, path, sha) for sid, path, sha, _, _ in rows), key=lambda s: (s.path, s.id))

    # -- writing ---------------------------------------------------------------------------
    def flush(self) -> None:
        """Write what changed in one transaction (all of it or nothing) if anything did."""
        if not self.writable or not self._dirty:
            return
        everything = self._everything or not (self._changed_nodes or self._changed_edges or self._changed_sources)
        if self._db is None:
            self._db = self._create()
            everything = True
        G, db = self.G, self._db
        generation = self._generation + 1
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                if everything:
                    db.execute("DELETE FROM nodes")
                    db.execute("DELETE FROM edges")
                    db.execute("DELETE FROM sources")
                    node_ids: Iterable[str] = G.nodes
                    edge_keys: Iterable[tuple[str, str, str]] | None = None  # every edge
                    source_ids: Iterable[str] = self._owned
                else:
                    node_ids, edge_keys, source_ids = self._changed_nodes, self._changed_edges, self._changed_sources
                    db.executemany("DELETE FROM nodes WHERE id = ?", ((n,) for n in node_ids if n not in G))
                    db.executemany("DELETE FROM edges WHERE src = ? AND dst = ? AND key = ?",
                                   (e for e in edge_keys if not G.has_edge(*e)))
                    db.executemany("DELETE FROM sources WHERE id = ?", ((s,) for s in source_ids if s not in self._owned))
                db.executemany("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?)", self._node_rows(node_ids))
                db.executemany("INSERT OR REPLACE INTO edges VALUES (?, ?, ?, ?, ?, ?)", self._edge_rows(edge_keys))
                db.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?)", self._source_rows(source_ids))
                self._ensure_fact_schema()
                # tables of the previous version: names forgotten go too
                db.execute("DELETE FROM fact_rows")
                db.execute("DELETE FROM fact_tables")
                db.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (str(generation),))
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(f"{self.path}: the store could not be written ({exc}); nothing of this write "
                                   f"was kept") from exc
        except sqlite3.DatabaseError as exc:
            raise self._corrupt("SQLite cannot write it", exc) from exc
        self._generation = generation
        self._dirty = self._everything = False
        self._changed_nodes, self._changed_edges, self._changed_sources = set(), set(), set()

    def _node_rows(self, ids: Iterable[str]):
        nodes = self.G._node
        dumps, crc32 = _dumps, zlib.crc32
        for n in ids:
            data = nodes.get(n)
            if data is not None:
                props = dict(data)
                label = props.pop("label", None) or "Unknown"
                text = dumps(props)
                yield n, label, text, crc32(f"{n}\x1f{label}\x1f{text}".encode("utf-8"))

    def _edge_rows(self, keys: Iterable[tuple[str, str, str]] | None):
        """The rows of the edges with these keys (of every edge with None), each edge's JSON and
        checksum computed from the graph as it is now."""
        succ = self.G._succ
        dumps, crc32 = _dumps, zlib.crc32
        if keys is None:
            found = ((u, v, k, data) for u, nbrs in succ.items() for v, kd in nbrs.items() for k, data in kd.items())
        else:
            found = ((u, v, k, succ[u][v][k]) for u, v, k in keys
                     if u in succ and v in succ[u] and k in succ[u][v])
        for u, v, k, data in found:
            props = dict(data)
            t = props.pop("type", None) or ""
            text = dumps(props)
            yield u, v, k, t, text, crc32(f"{u}\x1f{v}\x1f{k}\x1f{t}\x1f{text}".encode("utf-8"))

    def _source_rows(self, ids: Iterable[str]):
        nodes = self.G.nodes
        for sid in ids:
            owned = self._owned.get(sid)
            if owned is None:
                continue
            d = nodes[sid] if sid in nodes else {}
            path, sha = str(d.get("path", "")), str(d.get("sha256", ""))
            text = _dumps([owned[0], [list(e) for e in owned[1]]])
            yield sid, path, sha, text, _crc(sid, path, sha, text)

    def _release(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    def close(self) -> None:
        try:
            self.flush()
            if self._G is not None:
                gc.unfreeze()  # the graph may become garbage now: let the collector see it again
        finally:
            self._release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if exc[0] is not None:
            # keep the previous version: do not persist a half-applied change
            self._dirty = False
        self.close()

    # -- reads -----------------------------------------------------------------------------
    def sources(self) -> list[SourceInfo]:
        if self._G is None and self._db is not None:
            return self._read_sources()
        return sorted(
            (SourceInfo(n, d.get("path", ""), d.get("sha256", "")) for n, d in self.G.nodes(data=True)
             if d.get("label") == "Source"),
            key=lambda s: (s.path, s.id))

    def known_people(self) -> list[PersonInfo]:
        """The people with what the resolver uses of them; after the first call only the people
        whose node, edges or neighbours changed since are read again."""
        G = self.G
        if self._people is None:
            self._people = {p.id: p for p in known_people(G)}
        elif self._people_stale:
            node = G._node
            for n in self._people_stale:
                d = node.get(n)
                if d is not None and d.get("label") == "Person":
                    self._people[n] = _person_info(G, n, d)
                else:
                    self._people.pop(n, None)
        self._people_stale = set()
        return sorted(self._people.values(), key=lambda p: p.id)

    def assignments(self) -> list[AssignmentInfo]:
        """The stored assignments (:func:`stored_assignments`); after the first call only those
        read from a node that changed since are read again."""
        G = self.G
        cached = self._tasks or {}
        changed, self._tasks_stale = self._tasks_stale, set()
        out, kept = [], {}
        for n, d in G._node.items():
            if d.get("label") != "Assignment":
                continue
            hit = cached.get(n)
            if hit is None or not changed.isdisjoint(hit[1]):
                hit = _assignment_info(G, n, d)
            kept[n] = hit
            out.append(hit[0])
        self._tasks = kept
        return out

    def to_networkx(self) -> nx.MultiDiGraph:
        return self.G

    def stats(self) -> StoreStats:
        return StoreStats(
            nodes=dict(Counter(d.get("label") for _, d in self.G.nodes(data=True))),
            edges=dict(Counter(d.get("type") for _, _, d in self.G.edges(data=True))))

    def read_facts(self, names: Sequence[str], params: dict, facts: FactSource) -> dict[str, list[dict]]:
        """The named fact tables with ``params`` applied.

        Tables are computed from the graph once per version and kept in the store file, row by
        row with their key columns and meeting date indexed and marked with that version's
        generation, so a later process reads neither the graph nor whole tables: a question
        reads the rows it shows (one person's rows, the newest decisions) through
        ``facts.gather``. A table that is not kept, or whose rows fail their checksum, is
        computed anew from the graph (itself checked) and kept again. A store holding unwritten
        changes answers from its graph.
        """
        if self._dirty or self._db is None:
            return facts.select(facts.compute(self.G, names), names, params)
        for _ in range(len(facts.names) + 1):
            try:
                return self._gather(names, params, facts)
            except _NotKept as missing:
                name = str(missing)
            rows = facts.compute(self.G, [name])[name]
            self._facts[1][name] = rows
            self._keep_table(name, rows, facts)
        raise RuntimeError("fact tables computed again and again")  # a bug, not bad input

    def _gather(self, names: Sequence[str], params: dict, facts: FactSource) -> dict[str, list[dict]]:
        """``facts.gather`` over the kept tables, in one read transaction (one version)."""
        db = self._db
        try:
            db.execute("BEGIN")
            try:
                generation = int(db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])
                if generation != self._generation and self._G is None:
                    self._generation = generation  # written since this store was opened: the new version
                if self._kept[0] != self._generation:
                    self._kept = (self._generation, self._read_registry(facts) if generation == self._generation else {})
                if self._facts[0] != self._generation:
                    self._facts = (self._generation, {})
                return facts.gather(_KeptLookup(self, facts), names, params)
            finally:
                db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise self._corrupt("SQLite cannot read it", exc) from exc

    def _read_registry(self, facts: FactSource) -> dict:
        """The kept tables of this generation laid out as ``facts`` reads them (the same key
        columns, dated or not): name → (columns, first rowid, last rowid, checksum of all rows)."""
        out = {}
        try:
            found = self._db.execute("SELECT name, generation, columns, first, last, whole, crc FROM fact_tables")
            found = found.fetchall()
        except sqlite3.OperationalError:  # a file written before tables were kept row by row
            return out
        for name, generation, layout, first, last, whole, crc in found:
            if generation != self._generation or _crc(name, str(generation), layout, str(first), str(last),
                                                      str(whole)) != crc:
                continue
            try:
                columns = json.loads(layout)["columns"]
            except (ValueError, KeyError, TypeError):
                continue
            if layout == _layout(name, columns, facts):
                out[name] = (columns, first, last, whole)
        return out

    def keep_facts(self, names: Sequence[str], facts: FactSource) -> None:
        """Compute the named tables now and keep them in the file (as a load does for the first
        question of the next process); one table at a time, so memory holds one at most."""
        if self._dirty or self._db is None:
            return
        self._kept = (self._generation, self._read_registry(facts))
        todo = [n for n in names if n not in self._kept[1]]
        if todo:
            # the tables' rows are freed by reference counting as each is kept; a cyclic collection
            # meanwhile would only rescan the graph (after a load of 200 documents 0.4 ms of CPU per
            # document, a whole scan of every object in memory for a larger load)
            enabled = gc.isenabled()
            gc.disable()
            try:
                for name, rows in facts.compute_each(self.G, todo):
                    self._keep_table(name, rows, facts)
                    del rows
            finally:
                if enabled:
                    gc.enable()

    def _ensure_fact_schema(self) -> None:
        """Add the tables of kept facts to a file written before they were kept row by row."""
        if self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'fact_rows'").fetchone() is None:
            for statement in _FACT_SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)

    def _keep_table(self, name: str, rows: list[dict], facts: FactSource) -> None:
        """Write a table computed from the graph of this version, row by row; nothing when the
        file has moved on to another version, or cannot be written by this process."""
        slots = facts.keys.get(name, ())[:len(_KEY_SLOTS)]
        dated = name in facts.dated
        columns = list(rows[0]) if rows else []
        dumps = _dumps_in_order
        whole = [0]

        def encoded():
            crc32 = zlib.crc32
            running, sep = 0, b""
            for r in rows:
                values = list(r.values()) if list(r) == columns else r
                payload = dumps(values)
                k1 = _key(r.get(slots[0])) if slots else None
                k2 = _key(r.get(slots[1])) if len(slots) > 1 else None
                order = facts.newest_key(r) if dated else None
                data = payload.encode("utf-8")
                running = crc32(data, crc32(sep, running))
                sep = b","
                yield name, k1, k2, order, payload, crc32(f"{name}\x1f{k1 or ''}\x1f{k2 or ''}\x1f{order or ''}\x1f".encode("utf-8") + data)
            whole[0] = running

        db = self._db
        try:
            if not self.writable:  # a question does not wait for a load's write to end: it keeps nothing
                db.execute("PRAGMA busy_timeout = 200")
            db.execute("BEGIN IMMEDIATE")
            try:
                current = int(db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])
                if current == self._generation:
                    self._ensure_fact_schema()
                    old = db.execute("SELECT first, last FROM fact_tables WHERE name = ?", (name,)).fetchone()
                    if old is not None:
                        db.execute("DELETE FROM fact_rows WHERE rowid BETWEEN ? AND ?", old)
                    first = db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM fact_rows").fetchone()[0]
                    db.executemany("INSERT INTO fact_rows VALUES (?, ?, ?, ?, ?, ?)", encoded())
                    last = db.execute("SELECT coalesce(max(rowid), 0) FROM fact_rows").fetchone()[0]
                    if last - first + 1 != len(rows):  # rowids not consecutive: leave the table unkept
                        raise sqlite3.OperationalError("fact rows not consecutive")
                    text = _layout(name, columns, facts)
                    db.execute("INSERT OR REPLACE INTO fact_tables VALUES (?, ?, ?, ?, ?, ?, ?)",
                               (name, self._generation, text, first, last, whole[0],
                                _crc(name, str(self._generation), text, str(first), str(last), str(whole[0]))))
                    if self._kept[0] == self._generation:
                        self._kept[1][name] = (columns, first, last, whole[0])
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except (sqlite3.OperationalError, TypeError, ValueError):
            return  # read-only, busy with a writer, or not JSON: the next question computes it again

    # -- writes ----------------------------------------------------------------------------
    def _touch(self, nodes: Iterable[str] | None = None, edges: Iterable[tuple[str, str, str]] | None = None,
               sources: Iterable[str] | None = None) -> None:
        """Mark the graph changed: it must be written, and tables derived from it are stale.

        Without arguments everything is written again at the next :meth:`flush`; with them, just
        those nodes, edges and sources (a change to anything else must name it too)."""
        G = self.G
        nodes = None if nodes is None else list(nodes)
        edges = None if edges is None else list(edges)
        everything = nodes is None and edges is None and sources is None
        self._stale_answers(G, nodes, edges, everything=everything)
        if everything or self._db is None:
            self._everything = True  # (a store not yet written is written whole: nothing to track)
        if not self._everything:
            self._changed_nodes.update(nodes or ())
            self._changed_edges.update(edges or ())
            self._changed_sources.update(sources or ())
        self._dirty = True
        G.graph["version"] = G.graph.get("version", 0) + 1

    def _stale_answers(self, G: nx.MultiDiGraph, nodes: list[str] | None,
                       edges: list[tuple[str, str, str]] | None, *, everything: bool) -> None:
        """Mark what a change may alter of the kept answers of :meth:`known_people` and
        :meth:`assignments`: an assignment reads its own node, items and meeting with their own
        edges; a person reads their node, their own edges and the nodes those lead to (an
        organisation's classification, a meeting's date), so a changed node makes the people
        pointing at it stale too."""
        if everything:
            self._people = self._tasks = None
            return
        starts = [u for u, _, _ in edges or ()]
        if self._tasks is not None:
            self._tasks_stale.update(nodes or ())
            self._tasks_stale.update(starts)
        if self._people is not None:
            stale, pred = self._people_stale, G._pred
            for n in nodes or ():
                stale.add(n)
                if n in pred:
                    stale.update(pred[n])
            stale.update(starts)

    def write_knowledge(self, nodes: list[NodeRow], edges: list[EdgeRow]) -> None:
        for row in nodes:
            self._put_node(row, knowledge=True)
        self._put_edges(edges)

    def write_document(self, rows: DocumentRows, replaces: str | None = None) -> WriteCounts:
        """Apply a document in memory; it becomes durable at the next :meth:`flush`."""
        G = self.G
        node = G._node  # networkx's attribute dict of each node (G.nodes without its view's cost per call)
        before = {row.id: dict(node[row.id]) for row in rows.nodes if row.id in node}
        if replaces:
            self.remove_source(replaces)
        if rows.source_id in self._owned:
            self.remove_source(rows.source_id)
        owned_nodes: list[str] = []
        inserted = updated = unchanged = 0
        for row in rows.nodes:
            self._put_node(row)
            if row.id not in before:
                inserted += 1
            elif before[row.id] == node[row.id]:
                unchanged += 1
            else:
                updated += 1
            if row.label not in SHARED_LABELS:
                owned_nodes.append(row.id)
        owned_edges = self._put_edges(rows.edges)
        self._owned[rows.source_id] = (owned_nodes, owned_edges)
        self._touch(sources=[rows.source_id])
        return WriteCounts(inserted, updated, unchanged)

    def _put_node(self, row: NodeRow, *, knowledge: bool = False) -> str:
        G = self.G
        old = G._node.get(row.id)
        if old is not None:
            if row.label in SHARED_LABELS:
                merged = merge_shared(row.label, old, row.props)
            else:
                merged = {**old, **row.props}
            if knowledge:
                merged["knowledge"] = True
            merged["label"] = row.label
            if merged == old:
                return "unchanged"
            old.clear()
            old.update(merged)
            self._touch(nodes=[row.id])
            return "updated"
        props = dict(row.props, label=row.label)
        if knowledge:
            props["knowledge"] = True
        G.add_node(row.id, **props)
        self._touch(nodes=[row.id])
        return "inserted"

    def _put_edges(self, edges: Iterable[EdgeRow]) -> list[tuple[str, str, str]]:
        """Add (or update) edges, marked for the next write; returns the keys of those a document
        owns (the ones with a ``source_id``)."""
        G = self.G
        node, succ_of, pred_of = G._node, G._succ, G._pred
        keys: list[tuple[str, str, str]] = []
        owned: list[tuple[str, str, str]] = []
        try:
            for e in edges:
                src, dst, props = e.src, e.dst, e.props
                if src not in node or dst not in node:
                    for end in (src, dst):
                        if end not in node:
                            # an edge to an entity the document did not describe (e.g. a parent group
                            # from the knowledge file that is not loaded yet): keep a minimal node
                            G.add_node(end, label="Unknown")
                            self._touch(nodes=[end])
                # what MultiDiGraph.add_edge does once both ends exist, without its checks per edge
                # (a third of writing a document); its cache of converted graphs is cleared below
                kd = succ_of[src].get(dst)
                if kd is None:
                    kd = succ_of[src][dst] = pred_of[dst][src] = {}
                data = kd.get(e.id)
                if data is None:
                    data = kd[e.id] = {}
                data["type"] = e.type
                data.update(props)
                key = (src, dst, e.id)
                keys.append(key)
                if "source_id" in props:
                    owned.append(key)
        finally:  # also the edges added before a faulty one: the file must hold what the graph holds
            if cache := getattr(G, "__networkx_cache__", None):
                cache.clear()
            self._touch(edges=keys)
        return owned

    def _remove_node(self, n: str) -> None:
        """Remove a node and, with it, its edges (each marked for the next write)."""
        G = self.G
        gone = [(u, v, k) for u, v, k in G.in_edges(n, keys=True)] + [(u, v, k) for u, v, k in G.out_edges(n, keys=True)]
        G.remove_node(n)
        self._touch(nodes=[n], edges=gone)

    def remove_source(self, source_id: str) -> None:
        owned = self._owned.pop(source_id, None)
        if owned is None:
            return
        nodes, edges = owned
        touched: set[str] = set()
        for u, v, k in edges:
            if self.G.has_edge(u, v, k):
                self.G.remove_edge(u, v, k)
                self._touch(edges=[(u, v, k)])
                touched.update((u, v))
        for n in nodes:
            if n in self.G:
                touched.update(self.G.predecessors(n))
                touched.update(self.G.successors(n))
                self._remove_node(n)
        for n in touched:
            self._drop_if_orphan(n)
        self._touch(sources=[source_id])

    def _drop_if_orphan(self, n: str) -> None:
        if n not in self.G:
            return
        d = self.G.nodes[n]
        if d.get("knowledge"):
            return
        if d.get("label") == "Unknown" and self.G.degree(n) == 0:
            self._remove_node(n)
            return
        if d.get("label") not in SHARED_LABELS:
            return
        named = any(data.get("type") == "FROM_SOURCE" for _, _, data in self.G.out_edges(n, data=True))
        if not named:
            self._remove_node(n)

    def forget_person(self, person_id: str, pseudonym: str) -> int:
        """Remove a person's personal data (name, surface forms, affiliations, the name in every
        text the store keeps), keep the structure."""
        changed = forget_in_graph(self.G, person_id, pseudonym)
        if changed:
            self._touch()
        return changed


class _KeptLookup:
    """``queries.facts.Lookup`` over a store's kept tables: a table held whole in the process
    answers from memory, anything else is read through the file's indexes, every row checked."""

    def __init__(self, store: "NetworkxStore", facts: FactSource):
        self.db, self.facts = store._db, facts
        self.kept, self.held = store._kept[1], store._facts[1]

    def _info(self, name: str):
        info = self.kept.get(name)
        if info is None:
            raise _NotKept(name)
        return info

    def _slot(self, name: str, column: str) -> str | None:
        keys = self.facts.keys.get(name, ())[:len(_KEY_SLOTS)]
        return _KEY_SLOTS[keys.index(column)] if column in keys else None

    def _checked(self, name: str, columns: list, found) -> list[dict]:
        """Rows read by a look-up, each checked against its checksum, in table order."""
        out = []
        loads = json.loads
        for _, k1, k2, order, payload, crc in sorted(found):
            if type(payload) is not str or _row_crc(name, k1, k2, order, payload) != crc:
                raise _NotKept(name)
            try:
                values = loads(payload)
            except ValueError:
                raise _NotKept(name) from None
            out.append(dict(zip(columns, values)) if type(values) is list else values)
        return out

    def _select(self, name: str, where: str, args: Sequence) -> list:
        return self.db.execute(f"SELECT rowid, k1, k2, ord, payload, crc FROM fact_rows WHERE name = ? AND {where}",
                               (name, *args)).fetchall()

    def rows(self, name: str, column: str | None = None, values: Sequence[str] = (), *,
             last: bool = False) -> list[dict]:
        held = self.held.get(name)
        if column is None:
            if held is None:
                held = self.held[name] = self._whole(name)
            return held
        slot = self._slot(name, column)
        if held is not None or slot is None:
            wanted = set(values)
            found = [r for r in self.rows(name) if r.get(column) in wanted]
            return list({r.get(column): r for r in found}.values()) if last else found
        columns = self._info(name)[0]
        values = sorted({_key(v) for v in values if v is not None})
        found = []
        for at in range(0, len(values), _CHUNK):
            chunk = values[at:at + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            if last:  # the newest rowid of each value, from the index alone
                found += self._select(name, f"rowid IN (SELECT max(rowid) FROM fact_rows WHERE name = ? AND "
                                            f"{slot} IN ({marks}) GROUP BY {slot})", [name, *chunk])
            else:
                found += self._select(name, f"{slot} IN ({marks})", chunk)
        return self._checked(name, columns, found)

    def since(self, name: str, first: str, column: str | None = None, value: str | None = None) -> list[dict]:
        held = self.held.get(name)
        slot = self._slot(name, column) if column else None
        if held is not None or name not in self.facts.dated or (column and slot is None):
            found = self.rows(name) if column is None else self.rows(name, column, [value])
            return [r for r in found if not self.facts.newest_key(r) or self.facts.newest_key(r) >= first]
        columns = self._info(name)[0]
        where, args = ("ord IS NOT NULL", []) if not slot else (f"{slot} = ? AND ord IS NOT NULL", [_key(value)])
        found = (self._select(name, f"{where} AND ord = ''", args)
                 + self._select(name, f"{where} AND ord >= ? AND ord > ''", [*args, first]))
        return self._checked(name, columns, found)

    def newest(self, name: str, limit: int, column: str | None = None, value: str | None = None) -> list[dict]:
        held = self.held.get(name)
        slot = self._slot(name, column) if column else None
        if held is not None or name not in self.facts.dated or (column and slot is None):
            return self.rows(name) if column is None else self.rows(name, column, [value])
        columns, first, last, _ = self._info(name)
        where, args = "ord IS NOT NULL", []
        if slot:
            where, args = f"{slot} = ? AND ord IS NOT NULL", [_key(value)]
            total = self.db.execute(f"SELECT count(*) FROM fact_rows WHERE name = ? AND {where}",
                                    (name, *args)).fetchone()[0]
        else:
            total = last - first + 1
        threshold = self.db.execute(f"SELECT ord FROM fact_rows WHERE name = ? AND {where} AND ord > '' "
                                    f"ORDER BY ord DESC LIMIT 1 OFFSET ?", (name, *args, limit - 1)).fetchone()
        if threshold is None:  # fewer dated rows than asked for: every row
            found = self._select(name, where, args)
        else:
            found = (self._select(name, f"{where} AND ord = ''", args)
                     + self._select(name, f"{where} AND ord >= ?", [*args, threshold[0]]))
        return self.facts.window(self._checked(name, columns, found), total)

    def _whole(self, name: str) -> list[dict]:
        """A whole table, checked against the checksum of all its rows, held for this generation."""
        columns, first, last, whole = self._info(name)
        payloads = [p for (p,) in self.db.execute("SELECT payload FROM fact_rows WHERE rowid BETWEEN ? AND ? "
                                                  "ORDER BY rowid", (first, last))]
        if not all(type(p) is str for p in payloads):
            raise _NotKept(name)
        text = ",".join(payloads)
        if len(payloads) != last - first + 1 or zlib.crc32(text.encode("utf-8")) != whole:
            raise _NotKept(name)
        enabled = gc.isenabled()
        gc.disable()  # many small objects that live as long as the store: see _read_graph
        try:
            values = json.loads(f"[{text}]")
            rows = self.facts.table([dict(zip(columns, v)) if type(v) is list else v for v in values])
        except ValueError:
            raise _NotKept(name) from None
        finally:
            if enabled:
                gc.enable()
        gc.freeze()
        return rows


def stored_assignments(G: nx.MultiDiGraph) -> list[AssignmentInfo]:
    """The assignments in a graph, each with its assignees and the meeting (body, date) it was
    given at, found through its agenda item."""
    return [_assignment_info(G, n, d)[0] for n, d in G.nodes(data=True) if d.get("label") == "Assignment"]


def _assignment_info(G: nx.MultiDiGraph, n: str, d: dict) -> tuple[AssignmentInfo, tuple[str, ...]]:
    """Assignment ``n`` (attributes ``d``) as :func:`stored_assignments` gives it, and the nodes
    it was read from: the assignment, its items and its meeting (their attributes and their
    own edges)."""
    assignees, item = [], None
    for _, v, e in G.out_edges(n, data=True):
        if e.get("type") == "ASSIGNED_TO":
            assignees.append((e.get("position") or 0, v))
        elif e.get("type") == "PART_OF":
            item = v
    read = [n]
    meeting = None
    for _ in range(4):  # sub-items sit under items, items under the meeting
        if item is None:
            break
        read.append(item)
        if G.nodes[item].get("label") == "Meeting":
            meeting = item
            break
        item = next((v for _, v, e in G.out_edges(item, data=True) if e.get("type") == "PART_OF"), None)
    group = date = None
    if meeting is not None:
        m = G.nodes[meeting]
        date = m.get("date") or m.get("date_to") or m.get("date_from")
        group = next((v for _, v, e in G.out_edges(meeting, data=True) if e.get("type") == "HELD_BY"), None)
    return AssignmentInfo(n, d.get("task") or "", tuple(v for _, v in sorted(assignees)), group, date), tuple(read)


def known_people(G: nx.MultiDiGraph) -> list[PersonInfo]:
    """The people in a graph with the context the resolver uses (names, huvudman, groups, last seen)."""
    return sorted((_person_info(G, n, d) for n, d in G.nodes(data=True) if d.get("label") == "Person"),
                  key=lambda p: p.id)


def _person_info(G: nx.MultiDiGraph, n: str, d: dict) -> PersonInfo:
    """What the resolver uses of person ``n`` (attributes ``d``): read from the node, its own
    edges and the nodes they lead to."""
    node = G._node
    names: set[str] = set()
    huvudman = None
    groups: set[str] = set()
    seen: list[str] = []
    for _, v, e in G.out_edges(n, data=True):
        t = e.get("type")
        if t == "FROM_SOURCE":
            names.update(e.get("mentions") or [])
        elif t == "MEMBER_OF":
            groups.add(v)
        elif t in ("AFFILIATED_WITH", "ON_BEHALF_OF") and node[v].get("classification") == "huvudman":
            huvudman = huvudman or v
        elif t == "ATTENDED":
            if e.get("huvudman_id"):
                huvudman = huvudman or e["huvudman_id"]
            m = node[v]
            date = (m.get("date") or m.get("date_to") or m.get("date_from")) if m.get("label") == "Meeting" else None
            if date:
                seen.append(date)
    names.discard(d.get("name"))
    return PersonInfo(n, d.get("name", ""), tuple(sorted(names)), huvudman, tuple(sorted(groups)),
                      max(seen) if seen else None)


def remove_store(path: str | os.PathLike) -> None:
    """Delete a store file with its write-ahead log and lock (nothing when there is none)."""
    path = Path(path)
    if path.is_dir():
        path = path / FILENAME
    refuse_pickle(path)
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        p.unlink(missing_ok=True)
