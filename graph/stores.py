"""Choosing and opening a store from command-line options and the environment."""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_STORE = Path(".samverkan") / "graph.pkl"


def store_path(store: str | os.PathLike | None = None) -> Path:
    """``--store`` first, then ``SAMVERKAN_STORE``, then ``.samverkan/graph.pkl`` in the working folder."""
    raw = store or os.environ.get("SAMVERKAN_STORE") or DEFAULT_STORE
    path = Path(raw).expanduser()
    return path / "graph.pkl" if path.is_dir() else path


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
