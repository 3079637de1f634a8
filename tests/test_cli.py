"""The CLI through typer's runner: documented commands, load/export round trip, exit codes."""
import json
import re

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from conftest import EXAMPLES, ROOT

runner = CliRunner()


def commands(typer_app, prefix=()):
    import typer.main

    group = typer.main.get_command(typer_app)
    stack = [(prefix, group)]
    while stack:
        path, cmd = stack.pop()
        subs = getattr(cmd, "commands", None)
        if subs:
            stack.extend(((*path, name), sub) for name, sub in subs.items())
        else:
            yield path


ALL = sorted(commands(app))


def test_there_are_commands():
    assert ("load",) in ALL and ("export",) in ALL and ("view", "structure") in ALL


@pytest.mark.parametrize("path", ALL, ids=[" ".join(p) for p in ALL])
def test_every_command_has_help_with_an_example(path):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    assert "Example: samverkan " + " ".join(path) in re.sub(r"\s+", " ", result.output)


def _params(path):
    import typer.main

    cmd = typer.main.get_command(app)
    for name in path:
        cmd = cmd.commands[name]
    return cmd.params


@pytest.mark.parametrize("path", ALL, ids=[" ".join(p) for p in ALL])
def test_help_names_each_value_with_a_metavar_and_no_type_placeholder(path):
    output = runner.invoke(app, [*path, "--help"], terminal_width=200).output
    assert not re.search(r"<(str|int|float|bool|path|list\[\w+\])>", output, re.I), output
    for param in _params(path):
        if getattr(param, "is_flag", False):
            continue
        assert param.metavar and re.fullmatch(r"[A-Z][A-Z=]*", param.metavar), (param.name, param.metavar)
        assert param.metavar in output


@pytest.mark.parametrize("path", ALL, ids=[" ".join(p) for p in ALL])
def test_every_command_is_in_the_readme(path):
    readme = (ROOT / "README.md").read_text()
    assert "samverkan " + " ".join(path) in readme


def test_load_prints_a_line_per_document_and_a_total(tmp_path):
    store = str(tmp_path / "s.sqlite")
    result = runner.invoke(app, ["load", str(EXAMPLES), "--store", store])
    assert result.exit_code == 0, result.output
    lines = [l for l in result.output.splitlines() if l.startswith("loaded")]
    assert len(lines) == 3
    assert any("LSVO 2024-03-15" in l and "6 items" in l and "7 decisions" in l for l in lines), lines
    assert "3 documents: 3 loaded" in result.output
    again = runner.invoke(app, ["load", str(EXAMPLES), "--store", store])
    assert "3 unchanged" in again.output


def test_load_exit_status_counts_failures(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["load", str(EXAMPLES), str(bad), "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 1
    assert "1 failed" in result.output
    assert f"error: {bad}: empty file" in result.output


def test_export_json_round_trip(tmp_path):
    store = str(tmp_path / "s.sqlite")
    runner.invoke(app, ["load", str(EXAMPLES), "--store", store])
    result = runner.invoke(app, ["export", "--format", "json", "--store", store])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["format"] == "samverkan-export/1" and len(data["events"]) == 3


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_export_other_formats(tmp_path, fmt):
    import networkx as nx

    store = str(tmp_path / "s.sqlite")
    runner.invoke(app, ["load", str(EXAMPLES), "--store", store])
    target = tmp_path / (f"out.{fmt}" if fmt != "csv" else "out-csv")
    result = runner.invoke(app, ["export", "--format", fmt, "-o", str(target), "--store", store])
    assert result.exit_code == 0, result.output
    if fmt == "graphml":
        assert nx.read_graphml(target).number_of_nodes() > 20
    elif fmt == "gexf":
        assert nx.read_gexf(target).number_of_nodes() > 20
    else:
        header = (target / "nodes_Person.csv").read_text().splitlines()[0]
        assert header.startswith("id:ID,:LABEL")
        assert (target / "rels_ATTENDED.csv").read_text().splitlines()[0].startswith(":START_ID,:END_ID")


def test_csv_export_says_it_writes_a_folder_and_refuses_a_file_name(tmp_path):
    store = str(tmp_path / "s.sqlite")
    runner.invoke(app, ["load", str(EXAMPLES), "--store", store])
    refused = runner.invoke(app, ["export", "--format", "csv", "-o", str(tmp_path / "graph.csv"), "--store", store])
    assert refused.exit_code == 2 and "folder" in refused.output
    assert not (tmp_path / "graph.csv").exists()
    done = runner.invoke(app, ["export", "--format", "csv", "-o", str(tmp_path / "graph"), "--store", store])
    assert done.exit_code == 0 and "into the folder" in done.output and (tmp_path / "graph").is_dir()
    assert "FOLDER for csv" in " ".join(runner.invoke(app, ["export", "--help"], terminal_width=200).output.split())


@pytest.mark.parametrize("command", [["view", "structure", "--as-of", "1 jan 2024"],
                                     ["decisions", "--since", "2024-13-01"], ["decisions", "--until", "igår"],
                                     ["meetings", "--since", "24-01-01"], ["load", "x.txt", "--date", "2024-1-5"]])
def test_every_date_option_refuses_what_is_not_a_date(tmp_path, command):
    result = runner.invoke(app, [*command, "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 2
    assert "is not a date; write it as YYYY-MM-DD" in " ".join(result.output.replace("│", " ").split())


def test_pseudonymized_export_hides_names(tmp_path):
    store = str(tmp_path / "s.sqlite")
    runner.invoke(app, ["load", str(EXAMPLES), "--store", store])
    result = runner.invoke(app, ["export", "--pseudonymize", "--store", store])
    assert result.exit_code == 0
    for name in ("Lindqvist", "Holm-Berg", "Åberg", "Sjöström"):
        assert name not in result.stdout
    again = runner.invoke(app, ["export", "--pseudonymize", "--store", store])
    assert again.stdout == result.stdout


def test_export_validate_checks_the_json_against_the_packaged_schema(tmp_path):
    store = str(tmp_path / "s.sqlite")
    assert runner.invoke(app, ["load", str(EXAMPLES), "--store", store]).exit_code == 0
    out = tmp_path / "graph.json"
    result = runner.invoke(app, ["export", "--validate", "-o", str(out), "--store", store])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["persons"]
    other = runner.invoke(app, ["export", "--validate", "--format", "gexf", "-o", str(tmp_path / "g.gexf"), "--store", store])
    assert other.exit_code == 2 and "JSON export" in other.output


def test_unknown_export_format_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["export", "--format", "xml", "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 2


def test_demo_writes_the_structure_view(tmp_path):
    out = tmp_path / "demo.html"
    result = runner.invoke(app, ["demo", "-o", str(out), "--store", str(tmp_path / "demo.sqlite")])
    assert result.exit_code == 0, result.output
    assert "new vis.Network" in out.read_text(encoding="utf-8")
    assert f"structure view: {out}" in result.output


def test_the_demo_says_how_to_ask_its_store_and_that_answers(tmp_path, monkeypatch):
    """What make demo prints last is a command to copy, and it answers on the demo's store."""
    import shlex

    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["demo", "-o", "demo.html"])
    assert result.exit_code == 0, result.output
    asks = [line.split(":", 1)[-1].strip() for line in result.output.splitlines()
            if line.startswith(("ask it:", "        "))]
    assert len(asks) == 2 and all("--store .samverkan/demo/graph.sqlite" in a for a in asks), result.output
    for ask in asks:
        answer = runner.invoke(app, shlex.split(ask)[1:])
        assert answer.exit_code == 0, (ask, answer.output)
    assert "Anna Lindqvist" in runner.invoke(app, shlex.split(asks[0])[1:]).output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert asks[0].replace("samverkan ", ".venv/bin/samverkan ", 1) in readme or asks[0] in readme


def test_the_console_script_flushes_its_output_and_keeps_exit_statuses(tmp_path):
    """The entry point leaves without tearing down the heap: output and exit status must survive."""
    import subprocess
    import sys

    store = str(tmp_path / "g.sqlite")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "cli", *args, "--store", store], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)

    assert run("load", str(EXAMPLES)).returncode == 0
    found = run("decisions", "--json", "--limit", "0")
    assert found.returncode == 0, found.stderr
    assert len(json.loads(found.stdout)) >= 10  # the whole document arrived
    missing = run("person", "Nobody Atall")
    assert missing.returncode == 1 and "no person matches" in missing.stderr
    usage = run("decisions", "--since", "nope")
    assert usage.returncode == 2 and "is not a date" in usage.stderr
    assert run("nonsense-command").returncode == 2
