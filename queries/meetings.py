"""Meetings with their body and counts of items, decisions and attendance.

``samverkan meetings [--group NAME]`` — in date order, the latest 100 unless asked for more.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from samverkan.queries import facts
from samverkan.queries.common import Rows, meeting_date, s
from samverkan.queries.group import resolve_group

NAME = "meetings"
FACTS = ("meetings", "item_counts", "decisions", "attendance")
LIMIT = 100  # the latest meetings shown; a limit of 0 shows all
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


def _counts(meetings, item_counts, decisions, attendance) -> tuple[list, dict, dict, Counter, Counter]:
    """The meetings in date order, all and by group, and the counts of items, decisions and
    attendance by status for each."""
    ordered = sorted(meetings, key=lambda m: (s(meeting_date(m)), s(m["group_name"]), s(m["source"])))
    by_group: dict = {}
    for m in ordered:
        by_group.setdefault(m["group_id"], []).append(m)
    items = {c["source_id"]: c["items"] for c in item_counts}
    return (ordered, by_group, items, Counter(d["source_id"] for d in decisions),
            Counter((a["meeting_id"], a["status"]) for a in attendance))


def compute(fetch, *, group: str | None = None, limit: int | None = LIMIT) -> Rows:
    """The meetings (of one group), the latest ``limit`` of them (0 or None: all) in date order."""
    gid = resolve_group(fetch, group)[0] if group else None
    f = fetch(FACTS, group_id=gid)
    ordered, by_group, items, decisions, status = facts.derived("meetings.counts", tuple(f[k] for k in FACTS), _counts)
    chosen = by_group.get(gid, []) if gid else ordered
    shown = chosen[-limit:] if limit else chosen
    rows = []
    for m in shown:
        mid = m["meeting_id"]
        rows.append(Row(meeting_date(m), m["group_name"], m["level"], m["place"], int(items.get(m["source_id"], 0)),
                        decisions[m["source_id"]], status[(mid, "present")], status[(mid, "absent")],
                        status[(mid, "guest")], m["source"]))
    return Rows(sorted(rows, key=sort_key), {"": len(chosen) - len(shown)})


def networkx(G, **params) -> list[Row]:
    from samverkan.queries import nx_fetch

    return compute(nx_fetch(G), **params)
