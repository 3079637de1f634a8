"""Faults on a real machine: a load killed mid-way, concurrent loads against one store."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time

from conftest import EXAMPLES, ROOT
from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore


def make_corpus(folder, copies):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        for src in EXAMPLES.glob("*.txt"):
            text = src.read_text(encoding="utf-8")
            (folder / f"{src.stem}-{i:04d}.txt").write_text(text + f"\n\nProtokollet ska skickas till\nArkivet {i}\n",
                                                         encoding="utf-8")


def cli(*args):
    return [sys.executable, "-c", "import cli; cli.app()", *args]


def test_killed_load_leaves_a_readable_store(tmp_path):
    store = tmp_path / "s" / "graph.sqlite"
    subprocess.run(cli("load", str(EXAMPLES), "--store", str(store)), cwd=ROOT, check=True, capture_output=True)
    before = export_json(NetworkxStore(store, writable=False).to_networkx())
    corpus = tmp_path / "big"
    make_corpus(corpus, 150)
    for delay in (0.5, 1.5, 3.0):
        proc = subprocess.Popen(cli("load", str(corpus), "--store", str(store)), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        after = export_json(NetworkxStore(store, writable=False).to_networkx())
        # either the old complete store or a newer complete one: never a half-written file
        assert len(after["events"]) >= len(before["events"])
        assert {e["id"] for e in before["events"]} <= {e["id"] for e in after["events"]}
    # and the load can be run again to completion
    done = subprocess.run(cli("load", str(corpus), "--store", str(store)), cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    final = export_json(NetworkxStore(store, writable=False).to_networkx())
    assert len(final["events"]) == 3 + 150 * 3


def test_concurrent_loads_do_not_corrupt_the_store(tmp_path):
    store = tmp_path / "s" / "graph.sqlite"
    a, b = tmp_path / "a", tmp_path / "b"
    make_corpus(a, 20)
    shutil.copytree(EXAMPLES, b)
    procs = [subprocess.Popen(cli("load", str(folder), "--store", str(store)), cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for folder in (a, b)]
    results = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), results
    data = export_json(NetworkxStore(store, writable=False).to_networkx())
    assert len(data["events"]) == 20 * 3 + 3


def test_default_output_of_a_load_names_nobody(tmp_path):
    """Load output and logs at the default level carry no personal data; -v is the opt-in."""
    store = tmp_path / "g.sqlite"
    cmd = [sys.executable, "-c", "import cli; cli.app()"]
    quiet = subprocess.run([*cmd, "load", str(EXAMPLES), "--store", str(store)], capture_output=True, text=True,
                           cwd=ROOT, timeout=120)
    assert quiet.returncode == 0, quiet.stderr
    exported = json.loads(subprocess.run([*cmd, "export", "--store", str(store)], capture_output=True, text=True,
                                          cwd=ROOT, timeout=120).stdout)
    names = {p["name"] for p in exported["persons"]}
    assert len(names) > 10
    words = {w for n in names for w in n.split() if len(w) > 3}
    assert not {w for w in words if w in quiet.stdout + quiet.stderr}
    store.unlink()
    loud = subprocess.run([*cmd, "-v", "load", str(EXAMPLES), "--store", str(store)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert {w for w in words if w in loud.stderr}, "at -v the log names people (so the check above can see them)"


def test_ctrl_c_keeps_whole_documents_and_the_load_can_be_run_again(tmp_path):
    """Ctrl-C while documents are written: exit 130, every stored document whole, a re-run finishes."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 60)
    store = tmp_path / "s" / "graph.sqlite"
    # -v logs each document as it is written (a document is reported loaded only once it is stored)
    proc = subprocess.Popen(cli("-v", "load", str(corpus), "--store", str(store)), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:
        if ": people " in line:
            proc.send_signal(signal.SIGINT)
            break
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    with NetworkxStore(store, writable=False) as s:
        kept = {src.id for src in s.sources()}
        G = s.to_networkx()
    assert 0 < len(kept) < 180
    assert sum(line.startswith("loaded") for line in out.splitlines()) == len(kept)  # each stored one is reported
    owners = {d["source_id"] for _, d in G.nodes(data=True) if d.get("source_id")}
    assert owners == kept  # nothing stored from a document that was not written whole
    rerun = subprocess.run(cli("load", str(corpus), "--store", str(store)), cwd=ROOT, capture_output=True,
                           text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(kept)} unchanged" in rerun.stdout
    fresh = tmp_path / "fresh" / "graph.sqlite"
    subprocess.run(cli("load", str(corpus), "--store", str(fresh)), cwd=ROOT, check=True, capture_output=True)
    with NetworkxStore(store, writable=False) as a, NetworkxStore(fresh, writable=False) as b:
        assert export_json(a.to_networkx()) == export_json(b.to_networkx())
