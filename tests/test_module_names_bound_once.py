"""Each module-level name of the package is bound once.

The readers hold thousands of patterns and word lists at module level. A second ``_SEAT_WORD = …``
further down a module silently replaces the first for every function that reads it, including the
ones written for the first: their reading changes with no error and, often, no failing example.
"""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("graph", "loaders", "queries")
SOURCES = sorted(p for sub in PACKAGES for p in (ROOT / sub).rglob("*.py")) + [ROOT / "cli.py"]


def bound_twice(source: str) -> dict[str, list[int]]:
    """The module-level names ``source`` binds more than once (by assignment, ``def`` or ``class``), with the lines.

    Imports and bindings under ``if``/``try`` (a fallback for a missing library) are not counted.

    >>> bound_twice("A = 1\\ndef f():\\n    A = 2\\nB = A\\nA = 3\\n")
    {'A': [1, 5]}
    >>> bound_twice("x: int = 1\\nclass x: pass\\n")
    {'x': [1, 2]}
    >>> bound_twice("try:\\n    import y\\nexcept ImportError:\\n    y = None\\n")
    {}
    """
    lines: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        else:
            names = []
        for name in names:
            lines.setdefault(name, []).append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path):
    assert bound_twice(path.read_text(encoding="utf-8")) == {}


def test_the_check_finds_a_pattern_bound_again_further_down():
    source = 'import re\n_SEAT = re.compile("ledamot")\ndef seat(s):\n    return _SEAT.search(s)\n_SEAT = re.compile("x")\n'
    assert bound_twice(source) == {"_SEAT": [2, 5]}
    assert bound_twice("try:\n    import y\nexcept ImportError:\n    y = None\n") == {}


def test_the_check_reads_the_readers():
    assert {ROOT / "loaders" / "relations.py", ROOT / "loaders" / "extract.py"} <= set(SOURCES)
