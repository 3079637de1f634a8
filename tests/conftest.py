"""Shared fixtures: example minutes, the shared sample corpus, fresh embedded stores."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

pytest_plugins = ["conftest_bolt"]

# The suite and the commands it starts keep their compiled patterns in a folder of their own, not in the user's cache
# (loaders/pattern_cache.py); set before the package is imported, which reads it.
_PATTERNS = tempfile.mkdtemp(prefix="samverkan-test-patterns-")
os.environ["SAMVERKAN_PATTERN_CACHE"] = _PATTERNS
atexit.register(shutil.rmtree, _PATTERNS, True)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# The shared folder beside the clone (sample minutes, gold, corpus). SAMVERKAN_SHARED names another;
# set to an empty or missing folder it hides it, as on a user's clone, where these tests skip.
SHARED = Path(os.environ.get("SAMVERKAN_SHARED") or ROOT.parent / "shared")


def shared_path(*parts: str) -> Path:
    """A file or folder of the shared folder that a test needs; the test skips, saying which, without it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared folder beside the repository, or SAMVERKAN_SHARED)")
    return path


@pytest.fixture
def example_minutes() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*.txt"))


@pytest.fixture
def shared_minutes() -> Path:
    return shared_path("minutes")


@pytest.fixture
def store_file(tmp_path) -> Path:
    return tmp_path / "store" / "graph.sqlite"


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
    monkeypatch.setenv("SAMVERKAN_STORE", str(tmp_path / "default-store" / "graph.sqlite"))
    monkeypatch.setenv("SAMVERKAN_SECRET_DIR", str(tmp_path / "secrets"))  # a Neo4j store's secret
    # and a private corrections file, never one that happens to lie in the working folder
    monkeypatch.setenv("SAMVERKAN_CORRECTIONS", str(tmp_path / "corrections" / "samverkan-corrections.toml"))
