"""Every export goes through one registry with one signature, and pseudonymisation is applied
in that one place for every format."""
from __future__ import annotations

import pytest

from conftest import EXAMPLES
from samverkan.graph import export as ex
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    with NetworkxStore(tmp_path_factory.mktemp("export") / "graph.sqlite") as s:
        load_paths([EXAMPLES], s)
        return s.to_networkx()


def names(G) -> set[str]:
    out = {d["name"] for _, d in G.nodes(data=True) if d.get("label") == "Person"}
    out |= {m for u, _, e in G.edges(data=True) if e.get("type") == "FROM_SOURCE"
            and G.nodes[u].get("label") == "Person" for m in e.get("mentions") or []}
    return {n for n in out if " " in n}  # full names: a lone first name may be a word of a title


def written_text(result) -> str:
    if isinstance(result, str):
        return result
    return "".join(p.read_text(encoding="utf-8") for p in result)


def test_the_registry_holds_every_format_the_cli_offers():
    assert set(ex.EXPORTERS) == {"json", "graphml", "gexf", "csv", "tables", "kumu"}


@pytest.mark.parametrize(("fmt", "only"), [(f, None) for f in sorted(ex.EXPORTERS)] +
                         [(f, "people,groups,organisations") for f in sorted(ex.EXPORTERS) if f != "json"])
def test_a_pseudonymized_export_names_nobody_in_any_format(graph, tmp_path, fmt, only):
    people = names(graph)
    assert len(people) > 10
    output = None if fmt == "json" else tmp_path / ("out" if fmt in ex.FOLDER_FORMATS else f"out.{fmt}")
    plain = written_text(ex.export(graph, fmt, output, only=only))
    assert any(n in plain for n in people)  # the check below can see names where they are
    hidden = written_text(ex.export(graph, fmt, output, pseudonymize=True, secret=b"store secret", only=only))
    assert not sorted(n for n in people if n in hidden)


def test_only_is_refused_with_json_and_for_an_unknown_kind(graph, tmp_path):
    with pytest.raises(ex.SamverkanError, match="json"):
        ex.export(graph, "json", only="people")
    with pytest.raises(ex.SamverkanError, match="unknown: robots"):
        ex.export(graph, "gexf", tmp_path / "x.gexf", only="people,robots")
    assert not (tmp_path / "x.gexf").exists()


def test_json_through_the_registry_is_the_json_export(graph):
    assert ex.export(graph, "json") == ex.dumps(ex.export_json(graph)) + "\n"
    assert ex.export(graph, "json", pseudonymize=True, secret=b"k") == \
        ex.dumps(ex.export_json(ex.pseudonymized_graph(graph, b"k"))) + "\n"


def test_pseudonymising_without_the_store_secret_is_refused(graph):
    with pytest.raises(ex.SamverkanError, match="secret"):
        ex.export(graph, "json", pseudonymize=True)


def test_unknown_format_and_missing_output_are_errors(graph):
    with pytest.raises(ex.SamverkanError, match="unknown format"):
        ex.export(graph, "xml")
    with pytest.raises(ex.SamverkanError, match="--output is required"):
        ex.export(graph, "csv")
