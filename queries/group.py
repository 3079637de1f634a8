"""One collaboration body at a glance.

``samverkan group NAME`` — rows in sections:

* ``level`` and ``parent`` — where the body sits (subject = the parent's name);
* ``member`` — the current roster grouped by huvudman (on_behalf_of): person, role, since;
* ``mandate_in`` / ``mandate_out`` — DELEGATES, REPORTS_TO, REFERS, RECOMMENDS edges to and
  from other bodies (subject = the other body, detail = the kind);
* ``attendance`` — present / (present + absent) over its meetings (value = the rate);
* ``decision`` — the decisions of its latest ``latest`` meetings (default 3), newest first.
"""
from __future__ import annotations

from dataclasses import dataclass

from graph.schema import MANDATE_KINDS_BY_TYPE
from queries import facts
from queries.common import item_label, meeting_date, s
from queries.match import candidates_from, resolve
from queries.org import current_members

NAME = "group"
FACTS = ("groups", "memberships", "mandates", "attendance", "decisions")
CYPHER = {k: facts.CYPHER[k] for k in FACTS}
SECTIONS = ("level", "parent", "member", "mandate_in", "mandate_out", "attendance", "decision")


@dataclass(frozen=True)
class Row:
    section: str
    group: str
    subject: str | None = None
    role: str | None = None
    on_behalf_of: str | None = None
    detail: str | None = None
    value: float | None = None
    date: str | None = None
    source: str | None = None
    item: str | None = None


def sort_key(r: Row):
    newest_first = "".join(chr(0x10FFFF - ord(c)) for c in s(r.date)) if r.section == "decision" else s(r.date)
    return (SECTIONS.index(r.section), s(r.on_behalf_of), newest_first, s(r.source), s(r.item), s(r.subject),
            s(r.role), s(r.detail))


def resolve_group(fetch, name: str) -> tuple[str, list[dict]]:
    groups = fetch(("groups",))["groups"]
    return resolve(name, candidates_from(groups), "group"), groups


def compute(fetch, *, name: str, latest: int = 3) -> list[Row]:
    gid, groups = resolve_group(fetch, name)
    f = fetch(FACTS)
    g = next(x for x in groups if x["id"] == gid)
    display = g["name"]
    rows: set[Row] = set()
    if g.get("level"):
        rows.add(Row("level", display, detail=g["level"]))
    if g.get("parent_name"):
        rows.add(Row("parent", display, subject=g["parent_name"]))

    for (pid, group_id), m in current_members([m for m in f["memberships"] if m["group_id"] == gid]).items():
        firsts = [x["start_date"] for x in f["memberships"]
                  if x["person_id"] == pid and x["group_id"] == gid and x["start_date"]]
        rows.add(Row("member", display, m["person"], m["role"], m["on_behalf_of"], None, None,
                     min(firsts) if firsts else None, m["source"], item_label(m)))

    for md in f["mandates"]:
        kind = MANDATE_KINDS_BY_TYPE.get(md["type"], md["type"].lower())
        if md["to_id"] == gid:
            rows.add(Row("mandate_in", display, md["from_name"], detail=kind, source=md["source"], item=item_label(md)))
        if md["from_id"] == gid:
            rows.add(Row("mandate_out", display, md["to_name"], detail=kind, source=md["source"], item=item_label(md)))

    present = sum(1 for a in f["attendance"] if a["group_id"] == gid and a["status"] == "present")
    absent = sum(1 for a in f["attendance"] if a["group_id"] == gid and a["status"] == "absent")
    meetings = {a["meeting_id"] for a in f["attendance"] if a["group_id"] == gid}
    if present + absent:
        rows.add(Row("attendance", display, detail=f"{present} present, {absent} absent at {len(meetings)} meetings",
                     value=round(present / (present + absent), 3)))

    own = [d for d in f["decisions"] if d["group_id"] == gid]
    dates = sorted({meeting_date(d) or "" for d in own}, reverse=True)[:latest]
    for d in own:
        if (meeting_date(d) or "") in dates:
            rows.add(Row("decision", display, detail=d["text"], role=d["classification"], date=meeting_date(d),
                         source=d["source"], item=item_label(d)))
    return sorted(rows, key=sort_key)


def networkx(G, **params) -> list[Row]:
    from queries import nx_fetch

    return compute(nx_fetch(G), **params)
