"""The mandate tree from politisk down to operativ, and bodies outside it.

``samverkan mandates`` — one row per mandate between two bodies (kind delegates,
reports_to, refers, recommends; ``count`` says how many times the minutes state it, ``date``,
``source`` and ``item`` where they last did) and per PART_OF parent link (kind part_of), with
the levels of both ends and ``depth``: how many steps below a politisk/strategisk body the upper end sits
(DELEGATES and PART_OF lead down, REPORTS_TO leads up). Then ``no_mandate_path`` rows: bodies
with tasks or members that no chain of these edges (in any direction) connects to a
politisk or strategisk body (LSVO, PSVO).
"""
from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass

from samverkan.graph.schema import MANDATE_KINDS_BY_TYPE
from samverkan.queries import facts
from samverkan.queries.common import date_text, item_label, meeting_date, s

NAME = "mandates"
FACTS = ("groups", "mandates", "task_bodies")
CYPHER = {k: facts.CYPHER[k] for k in FACTS}
TOP_LEVELS = ("politisk", "strategisk")
KIND_ORDER = ("part_of", "delegates", "reports_to", "refers", "recommends", "no_mandate_path")


@dataclass(frozen=True)
class Row:
    from_body: str
    to_body: str | None
    kind: str
    from_level: str | None
    to_level: str | None
    depth: int | None
    count: int | None = None
    date: str | None = None
    source: str | None = None
    item: str | None = None
    quote: str | None = None  # the words of the minutes that state it, where they last did (--evidence)


def sort_key(r: Row):
    return (r.kind == "no_mandate_path", r.depth if r.depth is not None else 1 << 30, s(r.from_body),
            KIND_ORDER.index(r.kind), s(r.to_body), s(r.source), s(r.item))


def stated(mandates: list[dict]) -> dict[tuple, tuple[int, dict]]:
    """Each mandate between two bodies once: (from id, to id, kind) → how many times the minutes
    state it, and the latest statement (by meeting date, document and item)."""
    out: dict = {}
    for m in mandates:
        key = (m["from_id"], m["to_id"], MANDATE_KINDS_BY_TYPE.get(m["type"], m["type"].lower()))
        rank = (s(meeting_date(m)), s(m["source"]), s(item_label(m)), s(m.get("quote")))
        n, best, best_rank = out.get(key, (0, None, None))
        if best is None or rank > best_rank:
            best, best_rank = m, rank
        out[key] = (n + 1, best, best_rank)
    return {k: (n, m) for k, (n, m, _) in out.items()}


def compute(fetch) -> list[Row]:
    f = fetch(FACTS)
    groups = {g["id"]: g for g in f["groups"]}
    edges = []  # (from_id, from_name, from_level, to_id, to_name, to_level, kind, count, date, source, item, quote)
    for g in groups.values():
        if g["parent_id"] and g["parent_id"] in groups:
            p = groups[g["parent_id"]]
            edges.append((p["id"], p["name"], p["level"], g["id"], g["name"], g["level"], "part_of", None, None, None,
                          None, None))
    for (_, _, kind), (n, m) in facts.derived("mandates.stated", (f["mandates"],), stated).items():
        edges.append((m["from_id"], m["from_name"], m["from_level"], m["to_id"], m["to_name"], m["to_level"], kind, n,
                      date_text(m), m["source"], item_label(m), m.get("quote")))

    down = defaultdict(set)  # upper → lower
    around = defaultdict(set)
    levels = {g["id"]: g["level"] for g in groups.values()}
    names = {g["id"]: g["name"] for g in groups.values()}
    for e in edges:
        levels.setdefault(e[0], e[2])
        levels.setdefault(e[3], e[5])
        names.setdefault(e[0], e[1])
        names.setdefault(e[3], e[4])
        upper, lower = (e[3], e[0]) if e[6] == "reports_to" else (e[0], e[3])
        if e[6] in ("part_of", "delegates", "reports_to"):
            down[upper].add(lower)
        around[e[0]].add(e[3])
        around[e[3]].add(e[0])
    tops = sorted(n for n, lv in levels.items() if lv in TOP_LEVELS)
    depth = {n: 0 for n in tops if levels[n] == "politisk"}
    depth.update({n: 1 for n in tops if levels[n] == "strategisk" and n not in depth})
    queue = deque(sorted(depth, key=lambda n: depth[n]))
    while queue:
        n = queue.popleft()
        for child in sorted(down[n]):
            if child not in depth:
                depth[child] = depth[n] + 1
                queue.append(child)

    rows = set()
    for e in edges:
        upper = e[3] if e[6] == "reports_to" else e[0]
        rows.add(Row(e[1], e[4], e[6], e[2], e[5], depth.get(upper), *e[7:]))

    reached = set(tops)
    queue = deque(tops)
    while queue:
        n = queue.popleft()
        for m in around[n]:
            if m not in reached:
                reached.add(m)
                queue.append(m)
    for b in f["task_bodies"]:
        if b["id"] not in reached and levels.get(b["id"]) not in TOP_LEVELS:
            rows.add(Row(names.get(b["id"]) or b["id"], None, "no_mandate_path", levels.get(b["id"]), None, None))
    return sorted(rows, key=sort_key)


def networkx(G, **params) -> list[Row]:
    from samverkan.queries import nx_fetch

    return compute(nx_fetch(G), **params)
