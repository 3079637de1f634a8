"""Decisions, newest meetings first within the filters, the newest 100 unless asked for more.

``samverkan decisions [--group NAME] [--since DATE] [--until DATE] [--text WORDS]`` — the
group is matched forgivingly; since/until bound the meeting date (inclusive); text matches
ignoring case and diacritics. A meeting whose minutes do not state the day shows its range
("2021-06-05..2021-08-31", ``date_certain`` false); a range overlapping since/until is
included (it may have been held within them).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from samverkan.queries import facts
from samverkan.queries.common import Rows, contains, date_bounds, date_text, in_period, item_label, meeting_date, s
from samverkan.queries.group import resolve_group

NAME = "decisions"
FACTS = ("decisions",)
CYPHER = {k: facts.CYPHER[k] for k in ("groups", *FACTS)}


LIMIT = 100  # the newest decisions shown; a limit of 0 shows all


@dataclass(frozen=True)
class Row:
    date: str | None
    group: str | None
    item: str | None
    text: str
    classification: str | None
    source: str | None
    date_from: str | None = None
    date_to: str | None = None
    date_certain: bool = True
    quote: str | None = None  # the words of the minutes it was read from (--evidence)


class _Reversed(dict):
    """A ``str.translate`` table mapping each character to its mirror image in Unicode, so that
    ascending order of translated strings is descending order of the originals."""

    def __missing__(self, code: int) -> str:
        mirrored = self[code] = chr(0x10FFFF - code)
        return mirrored


_REVERSED = _Reversed()


def _order(date, group, source, item, text) -> tuple:
    """Newest meeting first; within a meeting by group, document and item number.

    >>> _order("2024-03-15", None, None, None, None) < _order("2023-12-31", None, None, None, None)
    True
    """
    return (s(date).translate(_REVERSED), s(group), s(source), _item_order(item), s(text))


def sort_key(r: Row):
    return _order(r.date_from or r.date, r.group, r.source, r.item, r.text)


def _item_order(item: str | None):
    head = (item or "").split(" ")[0].split("/")[0]
    return (int(head) if head.isdigit() else 1 << 30, s(item))


def _indexed(decisions: list[dict]) -> tuple[list, dict]:
    """The decisions in answer order, all and by group."""
    ordered = sorted(decisions, key=lambda d: _order(meeting_date(d), d["group_name"], d["source"], item_label(d),
                                                     d["text"]))
    by_group: dict = defaultdict(list)
    for d in ordered:
        by_group[d["group_id"]].append(d)
    return ordered, dict(by_group)


def compute(fetch, *, group: str | None = None, since: str | None = None, until: str | None = None,
            text: str | None = None, limit: int | None = LIMIT) -> Rows:
    """The decisions within the filters, the newest ``limit`` of them (0 or None: all)."""
    gid = resolve_group(fetch, group)[0] if group else None
    filtered = bool(since or until or text)
    # unfiltered, the newest decisions are all a store need read
    table = fetch(FACTS, group_id=gid, newest=None if filtered else limit)["decisions"]
    ordered, by_group = facts.derived("decisions.index", (table,), _indexed)
    chosen = by_group.get(gid, []) if gid else ordered
    rows, found = [], 0
    for d in chosen:
        if since or until:
            day = d["date"]
            if day:  # the common case, compared as the dated rows always were
                if (since and day < since) or (until and day > until):
                    continue
            elif in_period(d, since, until) is False:
                continue
        if not contains(d["text"], text):
            continue
        found += 1
        if limit and len(rows) >= limit:
            if not filtered:
                found = table.total if isinstance(table, facts.Window) else len(chosen)
                break
            continue
        first, last = date_bounds(d)
        rows.append(Row(date_text(d), d["group_name"], item_label(d), d["text"] or "", d["classification"], d["source"],
                        first, last, bool(d["date"]), d["quote"] if d.get("quote") is not None else d["text"]))
    if not filtered and isinstance(table, facts.Window):
        found = max(found, table.total)  # a window of exactly ``limit`` rows never meets the row after the limit
    return Rows(rows, {"": found - len(rows)})


def networkx(G, **params) -> list[Row]:
    from samverkan.queries import nx_fetch

    return compute(nx_fetch(G), **params)
