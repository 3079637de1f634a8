"""One collaboration body at a glance.

``samverkan group NAME`` — rows in sections:

* ``level`` and ``parent`` — where the body sits (subject = the parent's name);
* ``member`` — the current roster (:func:`queries.seats.current_seats`) grouped by huvudman
  (on_behalf_of): person, role, since; ``detail`` says how the huvudman is known ("stated" or
  "inferred" from the employer) and "förhinder" when the member was absent at the latest meeting;
* ``mandate_in`` / ``mandate_out`` — DELEGATES, REPORTS_TO, REFERS, RECOMMENDS to and from
  other bodies, once each (subject = the other body, detail = the kind, count = how many times
  the minutes state it, date / source / item = where they last did);
* ``attendance`` — present / (present + absent) over its meetings (value = the rate);
* ``decision`` — the decisions of its latest ``latest`` meetings (default 3), newest first.
"""
from __future__ import annotations

from dataclasses import dataclass

from samverkan.queries import facts
from samverkan.queries.common import date_text, item_label, meeting_date, s
from samverkan.queries.mandates import stated
from samverkan.queries.match import candidates_from, resolve
from samverkan.queries.seats import current_seats, employers_of

NAME = "group"
FACTS = ("groups", "memberships", "mandates", "attendance", "decisions", "affiliations", "organisations")
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
    count: int | None = None
    date: str | None = None
    source: str | None = None
    item: str | None = None
    quote: str | None = None  # the words of the minutes the row rests on (--evidence)


def sort_key(r: Row):
    newest_first = "".join(chr(0x10FFFF - ord(c)) for c in s(r.date)) if r.section == "decision" else s(r.date)
    return (SECTIONS.index(r.section), s(r.on_behalf_of), newest_first, s(r.source), s(r.item), s(r.subject),
            s(r.role), s(r.detail), s(r.quote))


def resolve_group(fetch, name: str) -> tuple[str, list[dict]]:
    groups = fetch(("groups",))["groups"]
    return resolve(name, candidates_from(groups), "group"), groups


def compute(fetch, *, name: str, latest: int = 3) -> list[Row]:
    gid, groups = resolve_group(fetch, name)
    f = fetch(FACTS, group_id=gid)
    g = next(x for x in groups if x["id"] == gid)
    display = g["name"]
    rows: set[Row] = set()
    if g.get("level"):
        rows.add(Row("level", display, detail=g["level"]))
    if g.get("parent_name"):
        rows.add(Row("parent", display, subject=g["parent_name"]))

    everyone = fetch(("attendance",))["attendance"]  # the huvudman a list wrote beside a member elsewhere
    employer = employers_of(everyone, f["affiliations"], f["organisations"])
    own_rows = facts.by(everyone, "group_id").get(gid, [])
    for (pid, g_id), seat in current_seats(f["memberships"], own_rows, f["affiliations"], f["organisations"],
                                           employer=employer).items():
        if g_id != gid:
            continue
        detail = ", ".join(x for x in (seat.huvudman_basis if seat.huvudman else None,
                                       "förhinder" if seat.absent_last else None) if x) or None
        rows.add(Row("member", display, seat.person, seat.role, seat.huvudman, detail=detail, date=seat.since,
                     source=seat.source, item=seat.item, quote=seat.quote))

    for (from_id, to_id, kind), (n, md) in facts.derived("mandates.stated", (f["mandates"],), stated).items():
        when = date_text(md)
        if to_id == gid:
            rows.add(Row("mandate_in", display, md["from_name"], detail=kind, count=n, date=when, source=md["source"],
                         item=item_label(md), quote=md.get("quote")))
        if from_id == gid:
            rows.add(Row("mandate_out", display, md["to_name"], detail=kind, count=n, date=when, source=md["source"],
                         item=item_label(md), quote=md.get("quote")))

    attended = facts.by(f["attendance"], "group_id").get(gid, [])
    present = sum(1 for a in attended if a["status"] == "present")
    absent = sum(1 for a in attended if a["status"] == "absent")
    meetings = {a["meeting_id"] for a in attended}
    if present + absent:
        rows.add(Row("attendance", display, detail=f"{present} present, {absent} absent at {len(meetings)} meetings",
                     value=round(present / (present + absent), 3)))

    own = facts.by(f["decisions"], "group_id").get(gid, [])
    dates = sorted({meeting_date(d) or "" for d in own}, reverse=True)[:latest]
    for d in own:
        if (meeting_date(d) or "") in dates:
            rows.add(Row("decision", display, detail=d["text"], role=d["classification"], date=date_text(d),
                         source=d["source"], item=item_label(d),
                         quote=d["quote"] if d.get("quote") is not None else d["text"]))  # see graph.schema
    return sorted(rows, key=sort_key)


def networkx(G, **params) -> list[Row]:
    from samverkan.queries import nx_fetch

    return compute(nx_fetch(G), **params)
