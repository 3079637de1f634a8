"""A question from a new process imports only what answering it needs.

Most of the time of a question from a new process went to importing modules the question never
used (pydantic through typer's value coercion, networkx, the drivers and readers of other
commands). Each case runs the console script's app in a new interpreter on a store whose fact
tables are kept, then lists the modules of that kind the process had imported.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import EXAMPLES, ROOT

# Libraries only loading, exporting, views, the Neo4j store or typer's pydantic coercion need,
# and this package's own parsing and domain model.
HEAVY = ("networkx", "neo4j", "pyvis", "jsonschema", "pydantic", "pydantic_core", "docx", "pypdf",
         "filelock", "samverkan.loaders", "samverkan.graph.model", "samverkan.graph.export",
         "samverkan.graph.views")

PROBE = """
import json, sys
from samverkan.cli import app
heavy = json.loads(sys.argv[2])
sys.argv = ["samverkan", *json.loads(sys.argv[1])]
try:
    app()
    code = 0
except SystemExit as exc:
    code = exc.code
loaded = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))
sys.stdout.flush()
print("\\n" + json.dumps({"code": code, "loaded": loaded}))
"""


@pytest.fixture(scope="module")
def kept_store(tmp_path_factory):
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths
    from samverkan.queries.facts import keep_facts

    path = tmp_path_factory.mktemp("startup") / "g.sqlite"
    with NetworkxStore(path) as s:
        load_paths([EXAMPLES], s)
        keep_facts(s)
    return path


def ask(args: list[str]) -> tuple[str, dict]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args), json.dumps(HEAVY)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    answer, _, report = done.stdout.rstrip().rpartition("\n")
    return answer, json.loads(report)


@pytest.mark.parametrize("args", [
    ["person", "Fatima Haddad", "--json"],
    ["person", "Fatima Haddad", "--pick", "1"],
    ["decisions", "--json"],
    ["decisions", "--limit", "3"],
    ["meetings", "--json"],
    ["meetings"],
], ids=" ".join)
def test_a_question_imports_none_of_the_heavy_modules(kept_store, args):
    answer, report = ask([*args, "--store", str(kept_store)])
    assert report["code"] == 0
    if "--json" in args:
        assert json.loads(answer)  # it answered, with rows
    else:
        assert answer.strip()
    assert report["loaded"] == []


def test_the_probe_sees_a_heavy_import(kept_store):
    """The check above is not blind: a command that needs pydantic's coercion is seen importing it."""
    _, report = ask(["decisions", "--limit", "1.5", "--store", str(kept_store)])
    assert report["code"] == 2  # typer refuses the value, with pydantic's message
    assert "pydantic" in report["loaded"]


def test_values_read_without_pydantic_match_typer(kept_store):
    """Whole numbers outside the plain form or the bounds still get typer's own reading or message."""
    for value, rows in (("3", 3), ("007", 7)):
        answer, report = ask(["decisions", "--limit", value, "--json", "--store", str(kept_store)])
        assert report["code"] == 0 and len(json.loads(answer)) == rows
    _, report = ask(["decisions", "--limit", "-1", "--store", str(kept_store)])
    assert report["code"] == 2
