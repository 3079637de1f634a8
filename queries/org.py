"""Who sits for a huvudman or unit, where, and where it has no seat.

``samverkan org NAME`` — rows in sections, units under the organisation counting for it:

* ``member`` — its current seats (:func:`queries.seats.current_seats`): person, group, role,
  since; ``via`` says how the seat is tied to the organisation: ``stated`` (the minutes say the
  seat is held for it) or ``inferred`` (the member works there); ``detail`` "förhinder" when
  the member was absent at the group's latest meeting;
* ``guest`` — people who attended a group's meetings for it as guests or presenters, not as
  members (latest date and source);
* ``employed`` — people the minutes say work there: title (role), first and latest seen;
* ``no_seat`` — for a huvudman: the groups where it lacks a seat, as :mod:`queries.gaps`
  finds them (``via`` = the gap's kind, ``detail`` = its basis, ``source`` = its evidence);
* ``not_covered`` — for a huvudman: groups that expect it whose roster the loaded minutes do
  not hold, so whether it has a seat there is unknown.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from samverkan.queries import facts
from samverkan.queries.common import date_text, meeting_date, s
from samverkan.queries.match import candidates_from, resolve

NAME = "org"
FACTS = ("organisations", "groups", "memberships", "attendance", "affiliations", "vacancies", "assignments",
         "assignees", "follow_ups", "meetings")
CYPHER = {k: facts.CYPHER[k] for k in FACTS}
SECTIONS = ("member", "guest", "employed", "no_seat", "not_covered")


@dataclass(frozen=True)
class Row:
    section: str
    organisation: str
    person: str | None = None
    group: str | None = None
    role: str | None = None
    via: str | None = None
    date: str | None = None
    source: str | None = None
    item: str | None = None
    detail: str | None = None
    quote: str | None = None  # the words of the minutes the row rests on (--evidence)


def sort_key(r: Row):
    return (SECTIONS.index(r.section), s(r.group), s(r.person), s(r.via), s(r.role), s(r.date), s(r.source),
            s(r.quote))


def descendants(orgs: list[dict], root: str) -> set[str]:
    """The organisation and every unit under it."""
    children = defaultdict(set)
    for o in orgs:
        if o.get("parent_id"):
            children[o["parent_id"]].add(o["id"])
    out, todo = set(), [root]
    while todo:
        n = todo.pop()
        if n not in out:
            out.add(n)
            todo.extend(children[n])
    return out


def _latest(found: dict, key: tuple, rank: tuple, fields: dict) -> None:
    """Keep, for each key, the fields with the highest rank (date, then document)."""
    if key not in found or rank > found[key][0]:
        found[key] = (rank, fields)


def compute(fetch, *, name: str) -> list[Row]:
    from samverkan.queries import gaps
    from samverkan.queries.seats import seats_of

    f = fetch(("organisations",))
    oid = resolve(name, candidates_from(f["organisations"]), "organisation")
    f = fetch(FACTS)
    org = facts.by(f["organisations"], "id")[oid][0]
    ours = descendants(f["organisations"], oid)
    display = org["name"]
    rows: set[Row] = set()
    seated = set()
    for (pid, gid), seat in seats_of(f).items():
        if seat.huvudman_id in ours:
            seated.add(pid)
            rows.add(Row("member", display, seat.person, seat.group, seat.role, seat.huvudman_basis, seat.since,
                         seat.source, seat.item, "förhinder" if seat.absent_last else None, seat.quote))
    found: dict = {}
    for a in f["attendance"]:
        if a["huvudman_id"] in ours and a["status"] == "guest":
            _latest(found, ("guest", a["person"], a["group_name"]), (s(meeting_date(a)), s(a["source"])),
                    {"person": a["person"], "group": a["group_name"], "role": ", ".join(a["roles"] or []) or None,
                     "via": "attended", "date": date_text(a), "source": a["source"], "quote": a.get("quote")})
    employed: dict = defaultdict(list)
    for a in f["affiliations"]:
        if a["org_id"] in ours:
            employed[(a["person"], a["title"])].append(a)
    for (person, title), seen in employed.items():
        seen.sort(key=lambda a: (s(a["date"]), s(a["source"])))
        first, last = seen[0]["date"], seen[-1]["date"]
        rows.add(Row("employed", display, person, None, title, None, last, seen[-1]["source"],
                     detail=f"first seen {first}" if first and first != last else None, quote=seen[-1].get("quote")))
    for (section, *_), (_, fields) in found.items():
        rows.add(Row(section, display, **fields))

    if org.get("classification") == "huvudman" and not org.get("collective"):
        for kind, basis, gname, hid, detail, cite, when, said in gaps.representation(f):
            if kind == "not_covered":
                g = next((g for g in f["groups"] if g["name"] == gname), {})
                if oid in (g.get("expects") or []):
                    rows.add(Row("not_covered", display, group=gname, via=kind, detail=detail))
            elif hid == oid and kind in ("missing_huvudman", "no_seat"):
                rows.add(Row("no_seat", display, group=gname, via=kind, date=when, source=cite, detail=basis,
                             quote=said))
    return sorted(rows, key=sort_key)


def networkx(G, **params) -> list[Row]:
    from samverkan.queries import nx_fetch

    return compute(nx_fetch(G), **params)
