"""Meetings with their body and counts of items, decisions and attendance.

``samverkan meetings [--group NAME] [--since DATE] [--until DATE]`` — in date order, the
latest 100 unless asked for more. A meeting whose minutes do not state the day shows its range
("2021-06-05..2021-08-31", ``date_certain`` false) and sorts by its first possible day; a range
overlapping --since/--until is included.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from samverkan.queries import facts
from samverkan.queries.common import Rows, date_bounds, date_text, in_period, meeting_date, s
from samverkan.queries.group import resolve_group

NAME = "meetings"
FACTS = ("meetings", "item_counts", "decisions", "attendance")
LIMIT = 100  # the latest meetings shown; a limit of 0 shows all
CYPHER = {k: facts.CYPHER[k] for k in ("groups", *FACTS)}


@dataclass(frozen=True)
class Row:
    date: str | None  # the stated date, else the range "from..to"
    group: str | None
    level: str | None
    place: str | None
    items: int
    decisions: int
    present: int
    absent: int
    guests: int
    source: str | None
    date_from: str | None = None
    date_to: str | None = None
    date_certain: bool = True
    quote: str | None = None  # the header lines that state the body and the date (--evidence)


def sort_key(r: Row):
    return (s(r.date_from or r.date), s(r.group), s(r.source))


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


def compute(fetch, *, group: str | None = None, since: str | None = None, until: str | None = None,
            limit: int | None = LIMIT) -> Rows:
    """The meetings (of one group, within ``since``..``until``), the latest ``limit`` of them
    (0 or None: all) in date order."""
    gid = resolve_group(fetch, group)[0] if group else None
    # without a period, the latest meetings (and their counts) are all a store need read
    f = fetch(FACTS, group_id=gid, newest=None if (since or until) else limit)
    ordered, by_group, items, decisions, status = facts.derived("meetings.counts", tuple(f[k] for k in FACTS), _counts)
    chosen = by_group.get(gid, []) if gid else ordered
    if since or until:
        chosen = [m for m in chosen if in_period(m, since, until) is not False]
    shown = chosen[-limit:] if limit else chosen
    rows = []
    for m in shown:
        mid = m["meeting_id"]
        first, last = date_bounds(m)
        rows.append(Row(date_text(m), m["group_name"], m["level"], m["place"], int(items.get(m["source_id"], 0)),
                        decisions[m["source_id"]], status[(mid, "present")], status[(mid, "absent")],
                        status[(mid, "guest")], m["source"], first, last, bool(m["date"]), m.get("quote")))
    found = f["meetings"].total if isinstance(f["meetings"], facts.Window) else len(chosen)
    return Rows(sorted(rows, key=sort_key), {"": found - len(shown)})


def networkx(G, **params) -> list[Row]:
    from samverkan.queries import nx_fetch

    return compute(nx_fetch(G), **params)
