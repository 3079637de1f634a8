"""Per-file isolation on load: whatever goes wrong inside one file costs that file only, a write
failure is reported as such with nothing reported loaded, and parsing workers end with their parent."""
from __future__ import annotations

import io
import os
import resource
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.graph.errors import ReadError
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders import pipeline
from samverkan.loaders.read import MAX_DOCX_PARTS, MAX_DOCX_XML, read_document

from conftest import EXAMPLES, ROOT

docx = pytest.importorskip("docx")
runner = CliRunner()
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def minutes_docx(lines=("Protokoll LSVO 2024-03-15", "§ 1 Mötets öppnande", "Ordförande öppnade mötet.")) -> bytes:
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def with_parts(data: bytes, parts: dict[str, bytes]) -> bytes:
    """The DOCX with extra (or replaced) parts, compressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename not in parts:
                dst.writestr(info, src.read(info))
        for name, blob in parts.items():
            dst.writestr(name, blob)
    return out.getvalue()


def folder_with(tmp_path, name: str, data: bytes) -> Path:
    """The example minutes and one more file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for f in EXAMPLES.glob("*.txt"):
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / name).write_bytes(data)
    return folder


def load(folder, store, *extra):
    return runner.invoke(app, ["load", str(folder), "--store", str(store), *extra])


def stored_paths(store) -> set[str]:
    with NetworkxStore(store, writable=False) as s:
        return {Path(src.path).name for src in s.sources()}


def test_a_docx_bomb_is_one_line_and_the_other_files_are_stored(tmp_path):
    # 3 MB of XML per MB compressed and more: an inflated document part beyond the bound
    body = b"<w:p><w:r><w:t>" + b" " * (MAX_DOCX_XML + 1024) + b"</w:t></w:r></w:p>"
    bomb = with_parts(minutes_docx(), {"word/bomb.xml": body})
    assert len(bomb) < 1024 * 1024
    with pytest.raises(ReadError, match="decompression bomb"):
        read_document(_write(tmp_path / "x.docx", bomb))
    folder = folder_with(tmp_path, "bomb.docx", bomb)
    store = tmp_path / "s" / "graph.sqlite"
    result = load(folder, store)
    assert result.exit_code == 1
    failed = [line for line in result.output.splitlines() if "bomb.docx" in line]
    assert len(failed) == 1 and "decompression bomb" in failed[0], result.output
    assert stored_paths(store) == {f.name for f in EXAMPLES.glob("*.txt")}


def test_a_docx_of_too_many_parts_is_refused(tmp_path):
    many = with_parts(minutes_docx(), {f"customXml/p{i}.xml": b"<a/>" for i in range(MAX_DOCX_PARTS + 1)})
    with pytest.raises(ReadError, match=f"more than {MAX_DOCX_PARTS}"):
        read_document(_write(tmp_path / "many.docx", many))


def test_a_malformed_list_level_is_read_as_the_first_level(tmp_path):
    d = docx.Document()
    d.add_paragraph("Protokoll LSVO 2024-03-15")
    p = d.add_paragraph("Mötets öppnande", style="List Number")
    num_pr = p._p.get_or_add_pPr().makeelement(f"{{{W}}}numPr", {})
    num_pr.append(num_pr.makeelement(f"{{{W}}}ilvl", {f"{{{W}}}val": "abc"}))
    num_pr.append(num_pr.makeelement(f"{{{W}}}numId", {f"{{{W}}}val": "1"}))
    p._p.get_or_add_pPr().append(num_pr)
    buf = io.BytesIO()
    d.save(buf)
    text = read_document(_write(tmp_path / "ilvl.docx", buf.getvalue())).text
    assert "Mötets öppnande" in text


@pytest.mark.parametrize("jobs", [1, 2])
def test_any_exception_in_one_file_fails_that_file_only(tmp_path, monkeypatch, jobs):
    from samverkan.loaders import extract

    real = extract.parse_minutes

    def parse(text, path, **kwargs):
        if "kopia_07" in str(path):
            raise KeyError("a parser fault")
        return real(text, path, **kwargs)

    monkeypatch.setattr(extract, "parse_minutes", parse)  # workers are forked: they see it too
    folder = _copies(tmp_path, 40)
    store = tmp_path / "s" / "graph.sqlite"
    result = load(folder, store, "--jobs", str(jobs))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "kopia_07" in line]
    assert len(lines) == 1 and "KeyError" in lines[0] and lines[0].startswith("error:"), result.output
    assert "Traceback" not in result.output
    assert len(stored_paths(store)) == 39


def test_a_worker_that_dies_costs_only_its_file(tmp_path, monkeypatch):
    from samverkan.loaders import extract

    real = extract.parse_minutes

    def parse(text, path, **kwargs):
        if "kopia_11" in str(path):
            os._exit(9)  # as if killed for memory
        return real(text, path, **kwargs)

    monkeypatch.setattr(extract, "parse_minutes", parse)
    folder = _copies(tmp_path, 40)
    store = tmp_path / "s" / "graph.sqlite"
    result = load(folder, store, "--jobs", "2")
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if "kopia_11" in line]
    assert len(lines) == 1 and "process died" in lines[0], result.output
    assert len(stored_paths(store)) == 39


def test_a_write_failure_is_reported_as_such_and_nothing_as_loaded(tmp_path):
    store = tmp_path / "s" / "graph.sqlite"
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_bytes((EXAMPLES / "lsvo_2024-03-15.txt").read_bytes())
    assert load(first, store).exit_code == 0
    before = store.read_bytes()

    def small_files():  # as good as a full disk: no file may grow past 1 kB (EFBIG, "File too large")
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, resource.RLIM_INFINITY))

    proc = subprocess.run([sys.executable, "-m", "samverkan", "load", str(EXAMPLES), "--store", str(store)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, preexec_fn=small_files)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Traceback" not in out
    assert not [line for line in proc.stdout.splitlines() if line.startswith(("loaded", "replaced"))], out
    # either each new file is one line saying it was not stored and why (the store failed on writing
    # a document or on making the run durable), or the store could not even be opened for the write
    # and one line says so; never is the store called damaged, and nothing is reported loaded
    errors = proc.stderr.splitlines()
    assert sum("not stored: " in line for line in errors) == 2 or (
        len(errors) == 1 and "cannot be opened" in errors[0] and "Nothing was changed" in errors[0]), out
    assert any(w in proc.stderr for w in ("File too large", "full", "disk I/O error"))  # the reason the system gave
    assert "damaged" not in out and "not a samverkan store" not in out
    assert store.read_bytes() == before  # the store is as it was


def test_parsing_workers_end_with_their_parent(tmp_path):
    script = (
        "import sys, time\n"
        "from samverkan.loaders.pipeline import parse_pool\n"
        "pool = parse_pool(2)\n"
        "futures = [pool.submit(time.sleep, 60) for _ in range(2)]\n"
        "time.sleep(0.5)\n"
        "print(' '.join(str(p) for p in pool._processes), flush=True)\n"
        "time.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(_alive(p) for p in workers)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in workers if _alive(p)]


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def _copies(tmp_path, n: int) -> Path:
    """``n`` distinct copies of one example minutes."""
    folder = tmp_path / "copies"
    folder.mkdir()
    text = (EXAMPLES / "lsvo_2024-03-15.txt").read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"kopia_{i:02d}.txt").write_text(f"Kopia {i}\n{text}", encoding="utf-8")
    return folder


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
