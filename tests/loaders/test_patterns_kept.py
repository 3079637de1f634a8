"""Minutes read again compile no regular expression again: the readers' patterns, more than the re module keeps by
default, stay compiled for the life of the process."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import read_document
from samverkan.loaders.relations import extract_relations

FIXTURES = Path(__file__).parent / "fixtures"


def _read_all(files: list[Path]) -> None:
    for f in files:
        doc = read_document(f)
        extract_relations(parse_minutes(doc.text, doc.path))


def test_text_read_again_compiles_nothing(monkeypatch):
    files = sorted(FIXTURES.glob("sisters/*/*.txt"))[:20] + sorted(FIXTURES.glob("unseen/*/*.txt"))[:20]
    if len(files) < 20:
        pytest.skip("the sister and unseen fixtures are not there")
    _read_all(files)  # every pattern these minutes need, compiled once
    compiled = []
    real = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda p, flags=0: compiled.append(p) or real(p, flags))
    _read_all(files)
    assert compiled == []
