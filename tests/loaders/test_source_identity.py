"""A document is the same document wherever it is loaded from: keyed by its resolved absolute
path and content hash, so loading the same folder from another working folder never duplicates."""
from __future__ import annotations

import os
import shutil

import pytest

from conftest import EXAMPLES
from samverkan import queries
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths


@pytest.fixture
def tree(tmp_path):
    minutes = tmp_path / "archive" / "minutes"
    shutil.copytree(EXAMPLES, minutes)
    for sub in ("one", "two/deeper"):
        (tmp_path / sub).mkdir(parents=True)
    return tmp_path


def load_from(cwd, path, store):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        with NetworkxStore(store) as s:
            return {os.path.basename(d.path): d.status for d in load_paths([path], s).documents}
    finally:
        os.chdir(old)


def meetings(store):
    with NetworkxStore(store, writable=False) as s:
        return queries.run("meetings", s, limit=0)


def test_the_same_folder_from_another_working_folder_is_unchanged(tree):
    store = tree / "graph.sqlite"
    first = load_from(tree / "one", "../archive/minutes", store)
    assert set(first.values()) == {"loaded"}
    again = load_from(tree / "two" / "deeper", "../../archive/minutes", store)
    assert set(again.values()) == {"unchanged"}, again
    assert set(load_from(tree / "archive", "minutes", store).values()) == {"unchanged"}
    with NetworkxStore(store, writable=False) as s:
        assert all(os.path.isabs(src.path) for src in s.sources())
        assert len(s.sources()) == len(first)
    assert len(meetings(store)) == len(first)


def test_a_corrected_document_loaded_from_another_working_folder_replaces_the_old_version(tree):
    store = tree / "graph.sqlite"
    load_from(tree / "one", "../archive/minutes", store)
    before = meetings(store)
    name = "lsvo_2024-03-15.txt"
    minutes = tree / "archive" / "minutes" / name
    text = minutes.read_text(encoding="utf-8")
    assert "Regionhuset Karlskrona" in text
    minutes.write_text(text.replace("Regionhuset Karlskrona", "Stadshuset Ronneby"), encoding="utf-8")
    report = load_from(tree / "two" / "deeper", "../../archive/minutes", store)
    assert report[name] == "replaced" and set(report.values()) == {"replaced", "unchanged"}
    after = meetings(store)
    assert len(after) == len(before)
    places = {m.place for m in after}
    assert "Stadshuset Ronneby" in places and "Regionhuset Karlskrona" not in places
