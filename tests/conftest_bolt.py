"""Bolt fixtures: a session-wide server and a fresh, empty :class:`Neo4jStore` per test.

With ``NEO4J_URI`` set, the tests use that server (credentials from ``NEO4J_USER`` /
``NEO4J_PASSWORD`` or ``NEO4J_AUTH``) and wipe it before every test, so point it at a
throw-away database. Otherwise they start ArcadeDB from the ``arcadedb-embedded`` package;
without either, Bolt tests are skipped with the reason.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

import bolt_server as _bolt


@dataclass(frozen=True)
class BoltTarget:
    uri: str
    user: str
    password: str
    private: bool  # True when the tests started the server themselves

    def __iter__(self):
        return iter((self.uri, self.user, self.password))


def _env_credentials() -> tuple[str, str]:
    user, password = os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD")
    if password is None and "/" in os.environ.get("NEO4J_AUTH", ""):
        auth_user, _, password = os.environ["NEO4J_AUTH"].partition("/")
        user = user or auth_user
    if not password:
        pytest.skip("NEO4J_URI is set but NEO4J_PASSWORD (or NEO4J_AUTH) is not")
    return user or "neo4j", password


@pytest.fixture(scope="session")
def bolt_server():
    """``(uri, user, password)`` of the Bolt server the tests use."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        user, password = _env_credentials()
        yield BoltTarget(uri, user, password, private=False)
        return
    try:
        server = _bolt.start_server()
    except _bolt.BoltServerUnavailable as exc:
        pytest.skip(f"no Bolt server: set NEO4J_URI or install arcadedb-embedded ({exc})")
    try:
        yield BoltTarget(server.uri, server.user, server.password, private=True)
    finally:
        _bolt.stop_server(server)


@pytest.fixture
def bolt_store(bolt_server):
    """A fresh, empty :class:`graph.neo4j_store.Neo4jStore` on the session's server."""
    from samverkan.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(bolt_server.uri, (bolt_server.user, bolt_server.password),
                       database=os.environ.get("NEO4J_DATABASE") or None)
    store.wipe()
    try:
        yield store
    finally:
        store.close()
