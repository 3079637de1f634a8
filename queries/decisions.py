"""Decisions, newest meetings first within the filters.

``samverkan decisions [--group NAME] [--since DATE] [--until DATE] [--text WORDS]`` — the
group is matched forgivingly; since/until bound the meeting date (inclusive); text matches
ignoring case and diacritics.
"""
from __future__ import annotations

from dataclasses import dataclass

from queries import facts
from queries.common import contains, item_label, meeting_date, s
from queries.group import resolve_group

NAME = "decisions"
FACTS = ("decisions",)
CYPHER = {k: facts.CYPHER[k] for k in ("groups", *FACTS)}


@dataclass(frozen=True)
class Row:
    date: str | None
    group: str | None
    item: str | None
    text: str
    classification: str | None
    source: str | None


def sort_key(r: Row):
    return (s(r.date), s(r.group), s(r.source), _item_order(r.item), s(r.text))


def _item_order(item: str | None):
    head = (item or "").split(" ")[0].split("/")[0]
    return (int(head) if head.isdigit() else 1 << 30, s(item))


def compute(fetch, *, group: str | None = None, since: str | None = None, until: str | None = None,
            text: str | None = None) -> list[Row]:
    gid = resolve_group(fetch, group)[0] if group else None
    rows = []
    for d in fetch(FACTS)["decisions"]:
        when = meeting_date(d)
        if gid and d["group_id"] != gid:
            continue
        if since and (not when or when < since):
            continue
        if until and (not when or when > until):
            continue
        if not contains(d["text"], text):
            continue
        rows.append(Row(when, d["group_name"], item_label(d), d["text"] or "", d["classification"], d["source"]))
    return sorted(rows, key=sort_key)


def networkx(G, **params) -> list[Row]:
    from queries import nx_fetch

    return compute(nx_fetch(G), **params)
