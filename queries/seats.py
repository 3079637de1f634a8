"""Who sits where, for whom: the one answer to "current seats" every question and view shares.

A seat is a person's place in a group. It is current when the minutes record it (a membership,
or the person listed as a ledamot — present or with förhinder — in the group's attendance
list) and no end after its latest start. A member with förhinder is still a member.

A seat belongs to a huvudman when the minutes say so (the membership is held on its behalf,
or the group's attendance list names the huvudman beside the person): ``huvudman_basis`` is
``"stated"``. Otherwise, when the person's organisation (their latest affiliation) is a
huvudman or a unit of one (else the huvudman another group's attendance list writes beside
the name), the seat is given to it and marked ``"inferred"``.

``basis`` says how the seat is known: ``"appointed"`` (a decision or item of the minutes names
the person to the group), ``"roster"`` (the group's own attendance list or roster).

A question about one group passes the membership and attendance rows of that group and the
huvudmän :func:`employers_of` infers from the whole tables.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from samverkan.queries.common import meeting_date, s

# Roles in an attendance list that make a person a member of the group that met. Guests,
# presenters, justerare, adjungerade and a sekreterare who is no ledamot (an official) alone do not.
MEMBER_ROLES = frozenset({"ledamot", "ordförande", "vice ordförande", "sammankallande", "ersättare"})
FACTS = ("organisations", "memberships", "attendance", "affiliations")


@dataclass(frozen=True)
class Seat:
    person_id: str
    person: str | None
    group_id: str
    group: str | None
    role: str | None
    huvudman_id: str | None
    huvudman: str | None
    huvudman_basis: str | None  # "stated", "inferred" or None (nobody can tell)
    basis: str  # "appointed" or "roster"
    since: str | None  # the earliest start (or first meeting listing the person)
    source: str | None
    item: str | None
    absent_last: bool = False  # förhinder at the group's latest meeting with an attendance list
    change: str | None = None  # of the membership the seat rests on: join, member, replace …
    perspective: str | None = None  # the perspective the membership names, if any
    quote: str | None = None  # the words the seat rests on: the membership's sentence or the attendance line


def huvudman_walk(organisations: list[dict]):
    """A function: organisation id → the huvudman it is or belongs to (climbing units), or None."""
    orgs = {o["id"]: o for o in organisations}

    def top(oid):
        seen = set()
        while oid and oid in orgs and oid not in seen:
            if orgs[oid].get("classification") == "huvudman":
                return oid
            seen.add(oid)
            oid = orgs[oid].get("parent_id")
        return None
    return top


def employers(affiliations: list[dict], top, attendance: list[dict] = ()) -> dict[str, str]:
    """Person id → the huvudman of their latest affiliation that has one; else the huvudman an
    attendance list (of any group) last wrote beside their name."""
    out: dict = {}
    for a in sorted(attendance, key=lambda a: (s(meeting_date(a)), s(a["source"]), s(a["huvudman_id"]))):
        h = top(a["huvudman_id"])
        if h:
            out[a["person_id"]] = h
    for a in sorted(affiliations, key=lambda a: (s(a["date"]), s(a["source"]), s(a["org_id"]))):
        h = top(a["org_id"])
        if h:
            out[a["person_id"]] = h
    return out


def _organisations(organisations: list[dict]):
    """:func:`huvudman_walk` and the name of each organisation id."""
    return huvudman_walk(organisations), {o["id"]: o.get("name") for o in organisations}


def employers_of(attendance: list[dict], affiliations: list[dict], organisations: list[dict]) -> dict[str, str]:
    """:func:`employers` over whole fact tables, kept with them while they stay the same (see
    ``facts.derived``): the same for every group a process asks about."""
    from samverkan.queries import facts

    def build(att, aff, orgs):
        return employers(aff, facts.derived("seats.organisations", (orgs,), _organisations)[0], att)

    return facts.derived("seats.employers", (attendance, affiliations, organisations), build)


def current_seats(memberships: list[dict], attendance: list[dict], affiliations: list[dict],
                  organisations: list[dict], as_of: str | None = None,
                  employer: dict[str, str] | None = None) -> dict[tuple[str, str], Seat]:
    """(person id, group id) → the current :class:`Seat` (in force on ``as_of`` when given).

    ``employer`` (:func:`employers_of` of the whole tables) lets a question about one group pass
    only that group's memberships and attendance."""
    from samverkan.queries import facts
    from samverkan.queries.common import item_label

    top, names = facts.derived("seats.organisations", (organisations,), _organisations)
    if employer is None:
        employer = employers(affiliations, top, attendance)
    records: dict = defaultdict(list)  # (pid, gid) → [(start, end, row kind, row)]
    for m in memberships:
        if as_of and m["start_date"] and m["start_date"] > as_of:
            continue
        records[(m["person_id"], m["group_id"])].append(("membership", m))
    listed_hm: dict = {}  # (pid, gid) → (date, huvudman) the group's attendance lists give
    latest_listed: dict = {}  # gid → date of its latest meeting with someone listed present
    for a in attendance:
        when = meeting_date(a)
        if not a["group_id"] or (as_of and when and when > as_of):
            continue
        if a["status"] != "absent" and (when or "") >= latest_listed.get(a["group_id"], ""):
            latest_listed[a["group_id"]] = when or ""
        key = (a["person_id"], a["group_id"])
        if a["status"] in ("present", "absent") and MEMBER_ROLES & set(a["roles"] or ()):
            records[key].append(("attendance", a))
        if top(a["huvudman_id"]) and (when or "") >= listed_hm.get(key, ("",))[0]:
            listed_hm[key] = (when or "", top(a["huvudman_id"]))
    out = {}
    for key, recs in records.items():
        starts = [_start(kind, r) for kind, r in recs if _start(kind, r)]
        ends = [r["end_date"] for kind, r in recs if kind == "membership" and r["end_date"]
                and (not as_of or r["end_date"] <= as_of)]
        if ends and (not starts or max(ends) >= max(starts)):
            continue
        alive = [(kind, r) for kind, r in recs if not (kind == "membership" and r.get("change") == "leave")]
        if not alive:
            continue
        kind, r = max(alive, key=lambda x: (s(_start(*x)), x[0] == "membership", s(_role(*x)),
                                             s(x[1].get("on_behalf_of_id")), s(x[1]["source"])))
        pid, gid = key
        stated = next((top(m["on_behalf_of_id"]) or m["on_behalf_of_id"]
                       for k, m in sorted(alive, key=lambda x: s(_start(*x)), reverse=True)
                       if k == "membership" and m["on_behalf_of_id"]), None) or listed_hm.get(key, (None, None))[1]
        hm, basis = (stated, "stated") if stated else (employer.get(pid), "inferred" if employer.get(pid) else None)
        appointed = any(k == "membership" and m.get("item") for k, m in alive)
        last = latest_listed.get(gid)
        absent_last = any(k == "attendance" and m["status"] == "absent" and (meeting_date(m) or "") == last
                          for k, m in alive) and not any(
            k == "attendance" and m["status"] == "present" and (meeting_date(m) or "") == last for k, m in alive)
        out[key] = Seat(pid, r["person"], gid, r["group_name"], _role(kind, r), hm, names.get(hm), basis,
                        "appointed" if appointed else "roster", min(starts) if starts else None, r["source"],
                        item_label(r) if kind == "membership" else None, absent_last,
                        r.get("change") if kind == "membership" else None,
                        r.get("perspective") if kind == "membership" else None, r.get("quote"))
    return out


def _start(kind: str, row: dict) -> str | None:
    return row["start_date"] if kind == "membership" else meeting_date(row)


def _role(kind: str, row: dict) -> str | None:
    if kind == "membership":
        return row["role"]
    roles = [x for x in (row["roles"] or ()) if x in MEMBER_ROLES]
    return next((x for x in ("ordförande", "vice ordförande", "sammankallande", "sekreterare") if x in roles),
                roles[0] if roles else None)


def seats_of(f: dict, as_of: str | None = None) -> dict[tuple[str, str], Seat]:
    """:func:`current_seats` over a fetched set of fact tables (kept with them when possible)."""
    from samverkan.queries import facts

    tables = tuple(f[k] for k in ("memberships", "attendance", "affiliations", "organisations"))
    if as_of:
        return current_seats(*tables, as_of=as_of)
    return facts.derived("seats.current", tables, current_seats)
