"""The store interface: one interface, two back ends (embedded networkx, Neo4j).

A store receives :class:`graph.schema.DocumentRows` and keeps them so that

* a document is written whole or not at all,
* re-writing a changed document replaces exactly that document's facts,
* shared entities (people, organisations, groups) are merged, and removed only when no
  document names them any more and they do not come from the regional knowledge file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Protocol, Sequence

if TYPE_CHECKING:
    import networkx as nx

from samverkan.graph.schema import DocumentRows, EdgeRow, NodeRow


@dataclass
class WriteCounts:
    """What writing one document did: entity rows inserted, updated or already identical."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, other: "WriteCounts") -> None:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged


@dataclass(frozen=True)
class SourceInfo:
    id: str
    path: str
    sha256: str


@dataclass(frozen=True)
class PersonInfo:
    """A person already in the store, as the resolver needs to see them."""

    id: str
    name: str
    other_names: tuple[str, ...] = ()
    huvudman_id: str | None = None
    group_ids: tuple[str, ...] = ()
    last_seen: str | None = None


@dataclass(frozen=True)
class AssignmentInfo:
    """An assignment already in the store, as a later report-back is matched against it."""

    id: str
    task: str
    assignee_ids: tuple[str, ...] = ()
    group_id: str | None = None  # the body whose minutes gave the task
    date: str | None = None  # of that meeting


@dataclass
class StoreStats:
    nodes: dict[str, int] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)


Rows = list[dict]


class FactSource(Protocol):
    """The fact tables questions read (``queries.facts.FACTS``), in the two forms a store can
    answer them: computed from a networkx graph, or read through Cypher."""

    names: tuple[str, ...]
    """Every fact table."""

    keys: dict[str, tuple[str, ...]]
    """The columns of each table a store keeping the tables indexes for :meth:`gather`."""

    dated: tuple[str, ...]
    """Tables a store keeping them orders by their meeting date, for questions about the newest rows."""

    def compute(self, G: nx.MultiDiGraph, names: Sequence[str]) -> dict[str, Rows]:
        """The named tables of the whole graph (no parameters applied)."""
        ...

    def compute_each(self, G: nx.MultiDiGraph, names: Sequence[str]) -> Iterable[tuple[str, Rows]]:
        """The named tables one at a time, none of them kept in memory (for writing them away)."""
        ...

    def cypher(self, run_read: Callable, names: Sequence[str], params: dict) -> dict[str, Rows]:
        """The named tables through ``run_read(statement, parameters)``, parameters applied."""
        ...

    def select(self, tables: dict[str, Rows], names: Sequence[str], params: dict) -> dict[str, Rows]:
        """The named tables of the whole graph with the parameters applied."""
        ...

    def table(self, rows: Rows) -> Rows:
        """Rows read back from where a store kept them, as :meth:`compute` returns them."""
        ...

    def newest_key(self, row: dict) -> str:
        """What a store orders a dated table by: the meeting's (first) date, "" when undated."""
        ...

    def window(self, rows: Rows, total: int) -> Rows:
        """Rows holding a table's newest rows, with the number of rows they were chosen from."""
        ...

    def gather(self, lookup, names: Sequence[str], params: dict) -> dict[str, Rows]:
        """The named tables with ``params`` applied, read through a store's indexed ``lookup``
        of the tables it keeps (``queries.facts.Lookup``): just the rows a question reads."""
        ...


class Store(Protocol):
    def sources(self) -> list[SourceInfo]: ...

    def known_people(self) -> list[PersonInfo]: ...

    def assignments(self) -> list[AssignmentInfo]:
        """Every stored assignment with its assignees, the body that gave it and when."""
        ...

    def write_knowledge(self, nodes: list[NodeRow], edges: list[EdgeRow]) -> None: ...

    def write_document(self, rows: DocumentRows, replaces: str | None = None) -> WriteCounts:
        """Write one document atomically; ``replaces`` is the source id of an older version to drop."""
        ...

    def remove_source(self, source_id: str) -> None: ...

    def forget_person(self, person_id: str, pseudonym: str) -> int: ...

    def to_networkx(self) -> nx.MultiDiGraph: ...

    def read_facts(self, names: Sequence[str], params: dict, facts: FactSource) -> dict[str, Rows]:
        """The named fact tables with ``params`` applied (``person_id``, ``group_id``); a store
        answers them its own way and keeps whatever it keeps for the next question itself."""
        ...

    def keep_facts(self, names: Sequence[str], facts: FactSource) -> None:
        """Prepare the named tables for the questions of later processes (a load ends so)."""
        ...

    def flush(self) -> None: ...

    def close(self) -> None: ...
