"""Meetings with their body and counts of items, decisions and attendance.

``samverkan meetings [--group NAME]``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from queries import facts
from queries.common import meeting_date, s
from queries.group import resolve_group

NAME = "meetings"
FACTS = ("meetings", "item_counts", "decisions", "attendance")
CYPHER = {k: facts.CYPHER[k] for k in ("groups", *FACTS)}


@dataclass(frozen=True)
class Row:
    date: str | None
    group: str | None
    level: str | None
    place: str | None
    items: int
    decisions: int
    present: int
    absent: int
    guests: int
    source: str | None


def sort_key(r: Row):
    return (s(r.date), s(r.group), s(r.source))


def compute(fetch, *, group: str | None = None) -> list[Row]:
    gid = resolve_group(fetch, group)[0] if group else None
    f = fetch(FACTS)
    items = {c["source_id"]: c["items"] for c in f["item_counts"]}
    decisions = Counter(d["source_id"] for d in f["decisions"])
    status = Counter((a["meeting_id"], a["status"]) for a in f["attendance"])
    rows = []
    for m in f["meetings"]:
        if gid and m["group_id"] != gid:
            continue
        mid = m["meeting_id"]
        rows.append(Row(meeting_date(m), m["group_name"], m["level"], m["place"], int(items.get(m["source_id"], 0)),
                        decisions[m["source_id"]], status[(mid, "present")], status[(mid, "absent")],
                        status[(mid, "guest")], m["source"]))
    return sorted(rows, key=sort_key)


def networkx(G, **params) -> list[Row]:
    from queries import nx_fetch

    return compute(nx_fetch(G), **params)
