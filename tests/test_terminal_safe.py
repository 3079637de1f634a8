"""Terminal-safe output: control characters in file names and extracted text never reach the
terminal raw, in anything the CLI prints."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from samverkan.cli import app, terminal_safe

from conftest import EXAMPLES

runner = CliRunner()
RAW = ("\x1b", "\x9b", "\x07", "\x08", "\r", "\u202e")


def assert_clean(text: str) -> None:
    assert not [c for c in RAW if c in text], repr(text)


def hostile_copy(tmp_path):
    """The example minutes under a file name with escapes, with escapes in a decision and a title."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = (EXAMPLES / "lsvo_2024-03-15.txt").read_text(encoding="utf-8")
    text = text.replace("gemensam uppföljningsplan", "gemensam \x1b[2J\x1b]0;pwned\x07uppföljningsplan\u202e")
    name = folder / "lsvo\x1b[31m_2024-03-15\r\x9b2K.txt"
    name.write_text(text, encoding="utf-8")
    broken = folder / "tom\x1b[5m.txt"
    broken.write_bytes(b"")
    return folder


def test_load_escapes_file_names_in_every_line(tmp_path):
    folder = hostile_copy(tmp_path)
    result = runner.invoke(app, ["load", str(folder), "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 1  # the empty file
    assert_clean(result.output)
    assert "lsvo\\x1b[31m_2024-03-15\\r\\x9b2K.txt" in result.output
    assert "tom\\x1b[5m.txt" in result.output


def test_the_log_at_v_escapes_too(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    folder = hostile_copy(tmp_path)
    proc = subprocess.run([sys.executable, "-c", "import cli; cli.main()", "-v", "load", str(folder),
                           "--store", str(tmp_path / "s.sqlite")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "DEBUG" in proc.stderr
    assert_clean(proc.stdout + proc.stderr)


def test_query_tables_and_json_escape_extracted_text(tmp_path):
    folder = hostile_copy(tmp_path)
    store = str(tmp_path / "s.sqlite")
    runner.invoke(app, ["load", str(folder), "--store", store])
    table = runner.invoke(app, ["decisions", "--text", "uppdrag", "--store", store])
    assert table.exit_code == 0, table.output
    assert_clean(table.output)
    assert "\\x1b[2J" in table.output
    as_json = runner.invoke(app, ["decisions", "--json", "--text", "uppdrag", "--store", store])
    assert_clean(as_json.stdout)
    rows = json.loads(as_json.stdout)  # still JSON, and the text is intact for a program
    assert any("\x1b[2J" in r["text"] and "\u202e" in r["text"] for r in rows)
    exported = runner.invoke(app, ["export", "--store", store])
    assert_clean(exported.stdout)
    decisions = json.loads(exported.stdout)["decisions"]
    assert any("\x1b[2J" in d["text"] for d in decisions)


def test_terminal_safe_keeps_plain_text():
    assert terminal_safe("Åsa Öberg, § 3\tbeslut\nnästa rad") == "Åsa Öberg, § 3\tbeslut\nnästa rad"
    assert terminal_safe("a\nb", one_line=True) == "a\\nb"
    assert terminal_safe("\x1b[31m\x9b\u202e") == "\\x1b[31m\\x9b\\u202e"
