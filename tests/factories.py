"""Small hand-made documents for store and export tests."""
from __future__ import annotations

from samverkan.graph.ids import make_id
from samverkan.graph.model import (AgendaItem, Attendance, Decision, DocumentFacts, Group, Meeting, Membership, Mention,
                         Organisation, Person, Source)


def loaded_store(store_path, *minutes):
    """Load these minutes files or folders into a new embedded store, which must take them all,
    and yield it read-only (a generator for fixtures)."""
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    with NetworkxStore(store_path) as s:
        report = load_paths(list(minutes), s)
    assert report.failed == 0, [d.error for d in report.documents]
    s = NetworkxStore(store_path, writable=False)
    yield s
    s.close()


def document(sha: str, path: str, people: list[str], group: str = "LSVO", date: str = "2024-01-01",
             decision: str = "godkänna dagordningen") -> DocumentFacts:
    """One meeting of `group` where `people` attend as members of Region Blekinge."""
    sid, mid = make_id("source", sha), make_id("meeting", sha)
    gid, oid = make_id("group", group), make_id("org", "Region Blekinge")
    item = AgendaItem(make_id("item", sha, 0), mid, sid, "1", "Godkännande av dagordning", 0)
    persons = tuple(Person(make_id("person", n), n, (Mention(n, item.id),)) for n in people)
    return DocumentFacts(
        source=Source(sid, path, sha),
        meeting=Meeting(mid, sid, gid, date=date),
        persons=persons,
        organisations=(Organisation(oid, "Region Blekinge", "huvudman", mentions=(Mention("Regionen"),)),),
        groups=(Group(gid, group, "strategisk", mentions=(Mention(group),)),),
        items=(item,),
        decisions=(Decision(make_id("decision", sha, 0), mid, item.id, sid, decision, 0),),
        attendance=tuple(Attendance(p.id, mid, sid, "present", ("ledamot",), huvudman_id=oid) for p in persons),
        memberships=tuple(Membership(make_id("membership", sha, i), p.id, gid, sid, "ledamot", oid,
                                     start_date=date) for i, p in enumerate(persons)),
    )
