import os
import sqlite3
import signal
import subprocess
import sys
import textwrap

import pytest

from factories import document
from samverkan.graph.errors import StoreCorrupt, StoreUnavailable
from samverkan.graph.nx_store import NetworkxStore
from samverkan.graph.schema import document_rows


def labels(G):
    return sorted(d["label"] for _, d in G.nodes(data=True))


def test_write_is_idempotent(store_file):
    doc = document_rows(document("a" * 64, "a.txt", ["Anna Berg", "Per Nyman"]))
    with NetworkxStore(store_file) as s:
        first = s.write_document(doc)
        second = s.write_document(doc)
        G = s.to_networkx()
    assert first.inserted > 0
    assert second.inserted == 0 and second.updated == 0
    assert labels(G).count("Person") == 2
    assert sum(1 for *_, d in G.edges(data=True) if d["type"] == "ATTENDED") == 2


def test_changed_document_replaces_only_its_own_facts(store_file):
    a = document("a" * 64, "a.txt", ["Anna Berg", "Per Nyman"])
    b = document("b" * 64, "b.txt", ["Anna Berg", "Karin Lund"], date="2024-02-01")
    a2 = document("c" * 64, "a.txt", ["Anna Berg"], decision="godkänna ny dagordning")
    with NetworkxStore(store_file) as s:
        s.write_document(document_rows(a))
        s.write_document(document_rows(b))
        s.write_document(document_rows(a2), replaces=a.source.id)
    G = NetworkxStore(store_file, writable=False).to_networkx()
    names = sorted(d["name"] for _, d in G.nodes(data=True) if d["label"] == "Person")
    # Per Nyman was named only by the old version of a.txt; Karin Lund is still named by b.txt
    assert names == ["Anna Berg", "Karin Lund"]
    decisions = sorted(d["text"] for _, d in G.nodes(data=True) if d["label"] == "Decision")
    assert decisions == ["godkänna dagordningen", "godkänna ny dagordning"]
    assert a.source.id not in G and b.source.id in G


def test_knowledge_entities_survive_removal_of_every_document(store_file):
    from samverkan.graph.schema import NodeRow

    a = document("a" * 64, "a.txt", ["Anna Berg"])
    with NetworkxStore(store_file) as s:
        s.write_knowledge([NodeRow(a.groups[0].id, "Group", {"name": "LSVO", "level": "strategisk"})], [])
        s.write_document(document_rows(a))
        s.remove_source(a.source.id)
        G = s.to_networkx()
    assert labels(G) == ["Group"]


def test_fuller_name_wins_regardless_of_order(store_file):
    short = document("a" * 64, "a.txt", ["Torill Skaar-Magnusson"])
    with NetworkxStore(store_file) as s:
        s.write_document(document_rows(short))
        pid = short.persons[0].id
        # the same person id under another surface form, as the resolver produces it
        assert pid == document("b" * 64, "b.txt", ["Torill Skaar Magnusson"]).persons[0].id


def test_second_writer_is_refused_while_the_first_holds_the_lock(store_file):
    with NetworkxStore(store_file):
        with pytest.raises(StoreUnavailable, match="another samverkan run"):
            NetworkxStore(store_file, lock_timeout=0.2)
        # readers are not blocked
        NetworkxStore(store_file, writable=False)


def test_garbage_store_file_is_reported_not_crashed(store_file):
    store_file.parent.mkdir(parents=True)
    store_file.write_bytes(b"not a store at all")
    with pytest.raises(StoreCorrupt, match="not a samverkan store"):
        NetworkxStore(store_file, writable=False)
    store_file.unlink()
    with sqlite3.connect(store_file) as db:  # SQLite, but somebody else's database
        db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('format', 'other')")
    with pytest.raises(StoreCorrupt, match="not a samverkan store"):
        NetworkxStore(store_file, writable=False)


def test_exception_inside_a_session_keeps_the_previous_file(store_file):
    with NetworkxStore(store_file) as s:
        s.write_document(document_rows(document("a" * 64, "a.txt", ["Anna Berg"])))
    before = [src.id for src in NetworkxStore(store_file, writable=False).sources()]
    with pytest.raises(RuntimeError):
        with NetworkxStore(store_file) as s:
            s.write_document(document_rows(document("b" * 64, "b.txt", ["Per Nyman"])))
            raise RuntimeError("crash between documents")
    assert [src.id for src in NetworkxStore(store_file, writable=False).sources()] == before


def test_killed_writer_leaves_previous_store_readable(store_file, tmp_path):
    """Kill a process in the middle of writing a large store: the old file must still load."""
    with NetworkxStore(store_file) as s:
        s.write_document(document_rows(document("a" * 64, "a.txt", ["Anna Berg"])))
    script = tmp_path / "writer.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(os.getcwd())!r})
        sys.path.insert(0, {str(os.path.dirname(os.path.dirname(__file__)))!r})
        from factories import document
        from samverkan.graph.nx_store import NetworkxStore
        from samverkan.graph.schema import document_rows
        s = NetworkxStore({str(store_file)!r})
        for i in range(400):
            s.write_document(document_rows(document(f"{{i:064x}}", f"d{{i}}.txt", [f"Person Nummer{{j}}" for j in range(60)])))
        print("ready", flush=True)
        while True:
            s._dirty = True
            s.flush()
    """))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    import time
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    G = NetworkxStore(store_file, writable=False).to_networkx()
    people = [d for _, d in G.nodes(data=True) if d["label"] == "Person"]
    assert people, "the store must hold the previous or the new complete version"
    # the write-ahead log the kill left is part of the store, not a copy beside it
    assert not [p for p in store_file.parent.iterdir() if p.suffix == ".tmp"]


def asked_after_each(steps, ask, whole) -> list:
    """What the store answers ``ask`` after each step, each checked against the answer of a
    walk of the whole graph."""
    seen = []
    for step in steps:
        step()
        asked = ask()
        assert asked == whole()
        seen.append(asked)
    return seen


def test_known_people_asked_again_after_each_change_are_those_of_the_whole_graph(store_file):
    from samverkan.graph.ids import make_id
    from samverkan.graph.nx_store import known_people
    from samverkan.graph.schema import DocumentRows, EdgeRow, NodeRow

    def naming(sha: str, classification: str | None, person: bool) -> DocumentRows:
        """Minutes naming Tallmo kommun, and Eva Ek of it when ``person``."""
        sid, pid, oid = make_id("source", sha), make_id("person", "Eva Ek"), make_id("org", "Tallmo kommun")
        nodes = [NodeRow(sid, "Source", {"path": f"{sha[:1]}.txt", "sha256": sha}),
                 NodeRow(oid, "Organisation", {"name": "Tallmo kommun", "classification": classification})]
        edges = [EdgeRow(make_id("e", sha, 0), "FROM_SOURCE", oid, sid, {"source_id": sid})]
        if person:
            nodes.append(NodeRow(pid, "Person", {"name": "Eva Ek"}))
            edges += [EdgeRow(make_id("e", sha, 1), "FROM_SOURCE", pid, sid, {"source_id": sid, "mentions": ["Eva"]}),
                      EdgeRow(make_id("e", sha, 2), "AFFILIATED_WITH", pid, oid, {"source_id": sid})]
        return DocumentRows(sid, nodes, edges)

    a = document("a" * 64, "a.txt", ["Anna Berg", "Per Nyman"])
    b = document("b" * 64, "b.txt", ["Anna Berg", "Karin Lund"], date="2024-02-01")
    a2 = document("c" * 64, "a.txt", ["Anna Berg"])
    with NetworkxStore(store_file) as s:
        steps = [lambda: s.write_document(document_rows(a)),
                 lambda: s.write_document(document_rows(b)),  # Anna seen later
                 lambda: s.write_document(document_rows(a2), replaces=a.source.id),  # Per gone
                 lambda: s.write_document(naming("d" * 64, None, person=True)),
                 # the organisation becomes a huvudman: Eva's huvudman, though minutes naming her are not loaded
                 lambda: s.write_document(naming("e" * 64, "huvudman", person=False)),
                 lambda: s.remove_source(b.source.id),
                 lambda: s.forget_person(make_id("person", "Anna Berg"), "Person 1")]
        seen = asked_after_each(steps, s.known_people, lambda: known_people(s.G))
    eva = make_id("person", "Eva Ek")
    assert [p.huvudman_id for p in seen[3] if p.id == eva] == [None]
    assert [p.huvudman_id for p in seen[4] if p.id == eva] == [make_id("org", "Tallmo kommun")]
    anna = make_id("person", "Anna Berg")
    assert [p.last_seen for p in seen[1] if p.id == anna] == ["2024-02-01"]


def test_assignments_asked_again_after_each_change_are_those_of_the_whole_graph(store_file):
    from samverkan.graph.ids import make_id
    from samverkan.graph.nx_store import stored_assignments
    from samverkan.graph.schema import DocumentRows, EdgeRow, NodeRow

    meeting, item, group = make_id("meeting", "m"), make_id("item", "i"), make_id("group", "LSVO")

    def minutes(sha: str, date: str, task: str | None) -> DocumentRows:
        """Minutes of the meeting on ``date`` (one meeting, written by every one of these
        minutes), with an assignment given at it when ``task``."""
        sid = make_id("source", sha)
        nodes = [NodeRow(sid, "Source", {"path": f"{sha[:1]}.txt", "sha256": sha}),
                 NodeRow(meeting, "Meeting", {"source_id": sid, "date": date}),
                 NodeRow(group, "Group", {"name": "LSVO"})]
        edges = [EdgeRow(make_id("e", sha, 0), "HELD_BY", meeting, group, {"source_id": sid})]
        if task:
            aid, pid = make_id("assignment", sha), make_id("person", "Eva Ek")
            nodes += [NodeRow(item, "AgendaItem", {"source_id": sid, "number": "1"}),
                      NodeRow(aid, "Assignment", {"source_id": sid, "task": task}),
                      NodeRow(pid, "Person", {"name": "Eva Ek"})]
            edges += [EdgeRow(make_id("e", sha, 1), "PART_OF", item, meeting, {"source_id": sid}),
                      EdgeRow(make_id("e", sha, 2), "PART_OF", aid, item, {"source_id": sid}),
                      EdgeRow(make_id("e", sha, 3), "ASSIGNED_TO", aid, pid, {"source_id": sid, "position": 0})]
        return DocumentRows(sid, nodes, edges)

    def also_assigned(sha: str, given: DocumentRows) -> DocumentRows:
        """Minutes naming another assignee of the assignment ``given`` holds, which they write unchanged."""
        sid, pid = make_id("source", sha), make_id("person", "Karin Lund")
        task = next(n for n in given.nodes if n.label == "Assignment")
        return DocumentRows(sid, [NodeRow(sid, "Source", {"path": f"{sha[:1]}.txt", "sha256": sha}), task,
                                  NodeRow(pid, "Person", {"name": "Karin Lund"})],
                            [EdgeRow(make_id("e", sha, 0), "ASSIGNED_TO", task.id, pid, {"source_id": sid, "position": 1})])

    with NetworkxStore(store_file) as s:
        first = minutes("a" * 64, "2024-01-01", "ta fram en rutin")
        second = minutes("b" * 64, "2024-01-01", "följa upp rutinen")
        steps = [lambda: s.write_document(first),
                 lambda: s.write_document(second),
                 lambda: s.write_document(also_assigned("d" * 64, second)),
                 # other minutes give the meeting another date: the assignment given at it moves with it
                 lambda: s.write_document(minutes("c" * 64, "2024-03-01", None)),
                 lambda: s.remove_source(first.source_id),
                 lambda: s.forget_person(make_id("person", "Eva Ek"), "Person 1")]
        seen = asked_after_each(steps, s.assignments, lambda: stored_assignments(s.G))
    assert [a.date for a in seen[1]] == ["2024-01-01", "2024-01-01"]
    assert [len(a.assignee_ids) for a in seen[2]] == [1, 2]
    assert [a.date for a in seen[3]] == ["2024-03-01", "2024-03-01"]
    assert [a.task for a in seen[4]] == ["följa upp rutinen"]
