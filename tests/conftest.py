"""Shared fixtures: example minutes, the shared sample corpus, fresh embedded stores."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["conftest_bolt"]

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("SAMVERKAN_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def example_minutes() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*.txt"))


@pytest.fixture
def shared_minutes() -> Path:
    folder = SHARED / "minutes"
    if not folder.is_dir():
        pytest.skip(f"the shared sample minutes are not beside the repository ({folder} missing)")
    return folder


@pytest.fixture
def store_file(tmp_path) -> Path:
    return tmp_path / "store" / "graph.pkl"


@pytest.fixture
def nx_store(store_file):
    from samverkan.graph.nx_store import NetworkxStore

    s = NetworkxStore(store_file)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _embedded_by_default(monkeypatch, tmp_path):
    """CLI runs in tests use a private embedded store unless a test says otherwise."""
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("SAMVERKAN_STORE", str(tmp_path / "default-store" / "graph.pkl"))
