"""The embedded store: a networkx MultiDiGraph persisted to one file.

The file is written atomically (temporary file in the same folder, fsync, rename), so a
process killed mid-write leaves the previous version readable. A writer holds a lock file
beside the store for as long as it is open, so two concurrent runs cannot interleave their
writes; readers need no lock because the file is only ever replaced whole.
"""
from __future__ import annotations

import gc
import os
import pickle
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import networkx as nx
from filelock import FileLock, Timeout

from samverkan.graph.errors import StoreCorrupt, StoreUnavailable
from samverkan.graph.privacy import forget_in_graph, remove_stale_temporaries
from samverkan.graph.schema import SHARED_LABELS, DocumentRows, EdgeRow, NodeRow, merge_shared
from samverkan.graph.store import AssignmentInfo, PersonInfo, SourceInfo, StoreStats, WriteCounts

MAGIC = "samverkan-nx-store"
VERSION = 2  # 2: a header with the sources before the graph


class NetworkxStore:
    """Embedded store.

    >>> import tempfile, os
    >>> s = NetworkxStore(os.path.join(tempfile.mkdtemp(), "g.pkl"))
    >>> s.sources()
    []
    >>> s.close()
    """

    def __init__(self, path: str | os.PathLike, *, writable: bool = True, lock_timeout: float = 30.0):
        self.path = Path(path)
        if self.path.is_dir():
            self.path = self.path / "graph.pkl"
        self.writable = writable
        self._lock: FileLock | None = None
        self._dirty = False
        if writable:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = FileLock(str(self.path) + ".lock")
            try:
                self._lock.acquire(timeout=lock_timeout)
            except Timeout as exc:
                raise StoreUnavailable(
                    f"{self.path}: another samverkan run is writing to this store; wait for it to finish "
                    f"(lock file {self.path}.lock)") from exc
            remove_stale_temporaries(self.path)  # a crashed write's copy of the graph must not linger
        self._G: nx.MultiDiGraph | None = None
        self._owned: dict[str, tuple[list[str], list[tuple[str, str, str]]]] = {}
        self._sources: list[SourceInfo] | None = None
        self._graph_stamp: str | None = None  # which written file the graph in memory was read from
        if self.path.exists():
            self._sources = self._read_header()
        else:
            self._G = nx.MultiDiGraph(version=0)

    # -- persistence -----------------------------------------------------------------------
    # The file holds two pickles: a small header (format, and the sources with their hashes)
    # and the graph. Loading an unchanged corpus again needs only the header; the graph is
    # read the first time something asks for it.
    @property
    def G(self) -> nx.MultiDiGraph:
        if self._G is None:
            self._G, self._owned = self._read_graph()
            self._G.graph.setdefault("version", 0)
        return self._G

    def _open_pickles(self):
        try:
            fh = open(self.path, "rb")
        except OSError as exc:
            raise StoreCorrupt(f"{self.path}: cannot read the store ({exc.strerror})") from exc
        try:
            header = pickle.load(fh)
        except Exception as exc:  # any unpickling failure means the file is not a store
            fh.close()
            raise StoreCorrupt(f"{self.path}: not a readable samverkan store ({exc.__class__.__name__}); "
                               f"restore a backup or point --store elsewhere") from exc
        if not isinstance(header, dict) or header.get("magic") != MAGIC:
            fh.close()
            raise StoreCorrupt(f"{self.path}: not a samverkan store file")
        if header.get("version") != VERSION:
            fh.close()
            raise StoreCorrupt(f"{self.path}: store format {header.get('version')} is not supported "
                               f"(expected {VERSION}); reload the minutes into a new store")
        return fh, header

    def _read_header(self) -> list[SourceInfo]:
        fh, header = self._open_pickles()
        fh.close()
        return [SourceInfo(*s) for s in header["sources"]]

    def _read_graph(self):
        fh, _ = self._open_pickles()
        self._graph_stamp = _stamp(os.fstat(fh.fileno()))
        # Millions of small objects: the cyclic collector would rescan them while they are
        # built and again on every later collection, so it pauses while they load and they
        # are frozen afterwards (they live as long as the store).
        enabled = gc.isenabled()
        gc.disable()
        try:
            with fh:
                payload = pickle.load(fh)
        except Exception as exc:
            raise StoreCorrupt(f"{self.path}: the graph in this store is unreadable ({exc.__class__.__name__}); "
                               f"restore a backup or point --store elsewhere") from exc
        finally:
            if enabled:
                gc.enable()
        gc.freeze()
        return payload["graph"], payload["owned"]

    def flush(self) -> None:
        """Write the graph to disk atomically if it changed."""
        if not self.writable or not self._dirty:
            return
        header = {"magic": MAGIC, "version": VERSION,
                  "sources": [(s.id, s.path, s.sha256) for s in self.sources()]}
        payload = {"graph": self.G, "owned": self._owned}
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(header, fh, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._dirty = False
        self._graph_stamp = _stamp(os.stat(self.path))
        shutil.rmtree(self.cache_dir(), ignore_errors=True)  # tables of the previous file: names forgotten go too

    def close(self) -> None:
        try:
            self.flush()
            if self._G is not None:
                gc.unfreeze()  # the graph may become garbage now: let the collector see it again
        finally:
            if self._lock is not None and self._lock.is_locked:
                self._lock.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if exc[0] is not None:
            # keep the previous file: do not persist a half-applied change
            self._dirty = False
        self.close()

    # -- reads -----------------------------------------------------------------------------
    def sources(self) -> list[SourceInfo]:
        if self._G is None and self._sources is not None:
            return list(self._sources)
        return sorted(
            (SourceInfo(n, d.get("path", ""), d.get("sha256", "")) for n, d in self.G.nodes(data=True)
             if d.get("label") == "Source"),
            key=lambda s: (s.path, s.id))

    def known_people(self) -> list[PersonInfo]:
        return known_people(self.G)

    def assignments(self) -> list[AssignmentInfo]:
        return stored_assignments(self.G)

    def to_networkx(self) -> nx.MultiDiGraph:
        return self.G

    def stamp(self) -> str | None:
        """Which written version of the store file this store answers from (inode, size and
        modification time: every write replaces the file), or None while it holds changes not
        yet written."""
        if self._dirty:
            return None
        if self._G is not None:
            return self._graph_stamp
        return file_stamp(self.path)

    def cache_dir(self) -> Path:
        """Where tables derived from this store's file may be kept (see queries.facts); every
        write of the store removes it."""
        return self.path.with_name(self.path.name + ".facts")

    def stats(self) -> StoreStats:
        return StoreStats(
            nodes=dict(Counter(d.get("label") for _, d in self.G.nodes(data=True))),
            edges=dict(Counter(d.get("type") for _, _, d in self.G.edges(data=True))))

    # -- writes ----------------------------------------------------------------------------
    def _touch(self) -> None:
        """Mark the graph changed: it must be saved, and indexes built over it are stale."""
        self._dirty = True
        self.G.graph["version"] = self.G.graph.get("version", 0) + 1

    def write_knowledge(self, nodes: list[NodeRow], edges: list[EdgeRow]) -> None:
        for row in nodes:
            self._put_node(row, knowledge=True)
        for e in edges:
            self._put_edge(e)

    def write_document(self, rows: DocumentRows, replaces: str | None = None) -> WriteCounts:
        """Apply a document in memory; it becomes durable at the next :meth:`flush`."""
        counts = WriteCounts()
        before = {row.id: dict(self.G.nodes[row.id]) for row in rows.nodes if row.id in self.G}
        if replaces:
            self.remove_source(replaces)
        if rows.source_id in self._owned:
            self.remove_source(rows.source_id)
        owned_nodes: list[str] = []
        owned_edges: list[tuple[str, str, str]] = []
        for row in rows.nodes:
            self._put_node(row)
            after = self.G.nodes[row.id]
            status = "inserted" if row.id not in before else "unchanged" if before[row.id] == after else "updated"
            setattr(counts, status, getattr(counts, status) + 1)
            if row.label not in SHARED_LABELS:
                owned_nodes.append(row.id)
        for e in rows.edges:
            self._put_edge(e)
            if "source_id" in e.props:
                owned_edges.append((e.src, e.dst, e.id))
        self._owned[rows.source_id] = (owned_nodes, owned_edges)
        self._touch()
        return counts

    def _put_node(self, row: NodeRow, *, knowledge: bool = False) -> str:
        if row.id in self.G:
            old = self.G.nodes[row.id]
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
            self._touch()
            return "updated"
        props = dict(row.props, label=row.label)
        if knowledge:
            props["knowledge"] = True
        self.G.add_node(row.id, **props)
        self._touch()
        return "inserted"

    def _put_edge(self, e: EdgeRow) -> None:
        for end in (e.src, e.dst):
            if end not in self.G:
                # an edge to an entity the document did not describe (e.g. a parent group
                # from the knowledge file that is not loaded yet): keep a minimal node
                self.G.add_node(end, label="Unknown")
        self.G.add_edge(e.src, e.dst, key=e.id, type=e.type, **e.props)
        self._touch()

    def remove_source(self, source_id: str) -> None:
        owned = self._owned.pop(source_id, None)
        if owned is None:
            return
        nodes, edges = owned
        touched: set[str] = set()
        for u, v, k in edges:
            if self.G.has_edge(u, v, k):
                self.G.remove_edge(u, v, k)
                touched.update((u, v))
        for n in nodes:
            if n in self.G:
                touched.update(self.G.predecessors(n))
                touched.update(self.G.successors(n))
                self.G.remove_node(n)
        for n in touched:
            self._drop_if_orphan(n)
        self._touch()

    def _drop_if_orphan(self, n: str) -> None:
        if n not in self.G:
            return
        d = self.G.nodes[n]
        if d.get("knowledge"):
            return
        if d.get("label") == "Unknown" and self.G.degree(n) == 0:
            self.G.remove_node(n)
            return
        if d.get("label") not in SHARED_LABELS:
            return
        named = any(data.get("type") == "FROM_SOURCE" for _, _, data in self.G.out_edges(n, data=True))
        if not named:
            self.G.remove_node(n)

    def forget_person(self, person_id: str, pseudonym: str) -> int:
        """Remove a person's personal data (name, surface forms, affiliations, the name in every
        text the store keeps), keep the structure."""
        changed = forget_in_graph(self.G, person_id, pseudonym)
        if changed:
            self._touch()
        return changed


def _stamp(st: os.stat_result) -> str:
    return f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


def file_stamp(path: str | os.PathLike) -> str | None:
    """The stamp of the store file now at ``path`` (None when there is none)."""
    try:
        return _stamp(os.stat(path))
    except OSError:
        return None


def stored_assignments(G: nx.MultiDiGraph) -> list[AssignmentInfo]:
    """The assignments in a graph, each with its assignees and the meeting (body, date) it was
    given at, found through its agenda item."""
    out = []
    for n, d in G.nodes(data=True):
        if d.get("label") != "Assignment":
            continue
        assignees, item = [], None
        for _, v, e in G.out_edges(n, data=True):
            if e.get("type") == "ASSIGNED_TO":
                assignees.append((e.get("position") or 0, v))
            elif e.get("type") == "PART_OF":
                item = v
        meeting = None
        for _ in range(4):  # sub-items sit under items, items under the meeting
            if item is None:
                break
            if G.nodes[item].get("label") == "Meeting":
                meeting = item
                break
            item = next((v for _, v, e in G.out_edges(item, data=True) if e.get("type") == "PART_OF"), None)
        group = date = None
        if meeting is not None:
            m = G.nodes[meeting]
            date = m.get("date") or m.get("date_to") or m.get("date_from")
            group = next((v for _, v, e in G.out_edges(meeting, data=True) if e.get("type") == "HELD_BY"), None)
        out.append(AssignmentInfo(n, d.get("task") or "", tuple(v for _, v in sorted(assignees)), group, date))
    return out


def known_people(G: nx.MultiDiGraph) -> list[PersonInfo]:
    """The people in a graph with the context the resolver uses (names, huvudman, groups, last seen)."""
    meeting_date = {}
    for n, d in G.nodes(data=True):
        if d.get("label") == "Meeting":
            meeting_date[n] = d.get("date") or d.get("date_to") or d.get("date_from")
    out = []
    for n, d in G.nodes(data=True):
        if d.get("label") != "Person":
            continue
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
            elif t in ("AFFILIATED_WITH", "ON_BEHALF_OF") and G.nodes[v].get("classification") == "huvudman":
                huvudman = huvudman or v
            elif t == "ATTENDED":
                if e.get("huvudman_id"):
                    huvudman = huvudman or e["huvudman_id"]
                if meeting_date.get(v):
                    seen.append(meeting_date[v])
        names.discard(d.get("name"))
        out.append(PersonInfo(n, d.get("name", ""), tuple(sorted(names)), huvudman, tuple(sorted(groups)),
                              max(seen) if seen else None))
    return sorted(out, key=lambda p: p.id)
