"""Queries and the command line talk to a store only through the Store protocol."""
from __future__ import annotations

import inspect
import re

from conftest import ROOT
from samverkan import queries
from samverkan.graph.store import Store

PRIVATE = re.compile(r"hasattr\(\s*(s|store)\b|\._node\b|\._adj\b|\.cache_dir\(|\.stamp\(\)|file_stamp|\._G\b")


def test_no_query_or_command_reaches_past_the_store_interface():
    offenders = []
    for path in [*sorted((ROOT / "queries").glob("*.py")), ROOT / "cli.py"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PRIVATE.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert not offenders


def test_the_protocol_carries_the_fact_tables_a_question_reads():
    assert "read_facts" in dict(inspect.getmembers(Store)) and "keep_facts" in dict(inspect.getmembers(Store))


class GraphOnly:
    """A store that answers fact tables from a graph it holds, through the protocol only."""

    def __init__(self, G):
        self.G = G
        self.asked = []

    def read_facts(self, names, params, facts):
        self.asked.append(tuple(names))
        return facts.select(facts.compute(self.G, names), names, params)


def test_any_store_implementing_read_facts_answers_questions(tmp_path):
    from sample_graph import sample_store

    with sample_store(tmp_path) as s:
        store = GraphOnly(s.to_networkx())
    assert queries.run("meetings", store)
    assert store.asked


def test_a_question_from_kept_tables_does_not_load_networkx(tmp_path):
    """Importing networkx takes longer than answering from the kept tables; only reading the graph needs it."""
    import subprocess
    import sys

    from conftest import EXAMPLES
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths
    from samverkan.queries.facts import keep_facts

    path = tmp_path / "g.sqlite"
    with NetworkxStore(path) as s:
        load_paths([EXAMPLES], s)
        keep_facts(s)
    code = ("import sys; from samverkan import queries; from samverkan.graph.nx_store import NetworkxStore; "
            f"rows = queries.run('person', NetworkxStore({str(path)!r}, writable=False), name='Fatima Haddad'); "
            "assert rows; print('networkx' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
