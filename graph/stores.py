"""Choosing and opening a store from command-line options and the environment."""
from __future__ import annotations

import os
from pathlib import Path

FILENAME = "graph.sqlite"
DEFAULT_STORE = Path(".samverkan") / FILENAME
OLD_FILENAME = "graph.pkl"  # the pickle store of earlier versions: never read


def store_path(store: str | os.PathLike | None = None) -> Path:
    """``--store`` first, then ``SAMVERKAN_STORE``, then ``.samverkan/graph.sqlite`` in the working folder."""
    raw = store or os.environ.get("SAMVERKAN_STORE") or DEFAULT_STORE
    path = Path(raw).expanduser()
    return path / FILENAME if path.is_dir() else path


def old_store_hint(store: str | os.PathLike | None = None) -> str:
    """A note for a missing store when an old pickle store lies where it was expected."""
    old = store_path(store).with_name(OLD_FILENAME)
    if not old.exists():
        return ""
    return (f" ({old} is a store of an earlier version, which is not read: load the minutes again to "
            f"re-create it as {store_path(store)}, then delete {old})")


def neo4j_uri(uri: str | None = None) -> str | None:
    return uri or os.environ.get("NEO4J_URI") or None


def open_store(store: str | None = None, neo4j: str | None = None, *, writable: bool = True):
    """The Neo4j store when a URI is given (``--neo4j`` or ``NEO4J_URI``), else the embedded store."""
    uri = neo4j_uri(neo4j)
    if uri:
        from samverkan.graph.neo4j_store import Neo4jStore

        return Neo4jStore.from_env(uri)
    from samverkan.graph.nx_store import NetworkxStore

    return NetworkxStore(store_path(store), writable=writable)
