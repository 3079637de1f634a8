"""Membership gaps, each saying how it is known.

``samverkan gaps [--group NAME]`` — one row per gap. ``basis`` says how the gap is known:

* ``evidenced`` — the minutes state it: a group composed in an item without the huvudman, an
  appointment, a vacancy, an attendance list without anybody for a huvudman;
* ``inferred`` — read from rosters over several meetings or from people's employers (a seat
  whose huvudman the minutes do not state is given to the member's organisation);
* ``not covered`` — the loaded minutes hold no roster of the group (no attendance list, no
  composition): reported once per group, never as a missing seat per huvudman.

``kind`` is one of:

A group is composed in the minutes when every current seat in it is named in one item that
appoints members; otherwise its roster is known from its attendance lists, or not at all.

* ``missing_huvudman`` — a group's ``expects`` names a huvudman with no current seat
  (a collective such as "kommunerna i Blekinge" is satisfied by a seat for it, for a unit of
  it, or for any huvudman the group does not name itself);
* ``no_seat`` — a huvudman with no seat in a group composed in the minutes (a politisk,
  strategisk or taktisk group, or any group with ``--group``);
* ``not_covered`` — a group whose expectations cannot be checked: no roster in the minutes;
* ``size`` — the current members break the group's ``size_min`` / ``size_max``;
* ``vacancy`` — a role the minutes say is not yet filled;
* ``nobody_present`` — a meeting whose attendance list has nobody for a huvudman (expected,
  or else seen at the group's meetings); a meeting without an attendance list says nothing;
* ``absent_in_row`` — a person absent at two or more of a group's meetings in a row;
* ``unassigned`` — an assignment with nobody resolved to do it;
* ``not_followed_up`` — an assignment no later minutes of the same body follow up;
* ``concentration`` — a person with ``min_seats`` current seats or ``min_tasks`` open tasks.

Seats are the current seats of :func:`queries.seats.current_seats`. The default run lists
evidenced gaps first, then inferred ones, then groups not covered.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

from samverkan.graph.model import quote
from samverkan.queries import facts
from samverkan.queries.common import Rows, date_text, evidence, item_label, meeting_date, newest, s
from samverkan.queries.group import resolve_group
from samverkan.queries.seats import current_seats, huvudman_walk

NAME = "gaps"
FACTS = ("organisations", "groups", "memberships", "attendance", "affiliations", "vacancies",
         "assignments", "assignees", "follow_ups", "meetings")
CYPHER = {k: facts.CYPHER[k] for k in FACTS}
LIMIT = 25  # rows of each kind, the newest; a limit of 0 shows all
KINDS = ("missing_huvudman", "no_seat", "not_covered", "size", "vacancy", "nobody_present", "absent_in_row",
         "unassigned", "not_followed_up", "concentration")
BASES = ("evidenced", "inferred", "not covered")
# Levels at which every huvudman is looked for in a group composed in the minutes.
COMPOSED_LEVELS = ("politisk", "strategisk", "taktisk")


@dataclass(frozen=True)
class Row:
    kind: str
    basis: str
    group: str | None
    subject: str
    detail: str
    evidence: str | None
    date: str | None = None
    quote: str | None = None  # the words of the minutes the gap rests on, where one sentence or line does


def sort_key(r: Row):
    return (BASES.index(r.basis), KINDS.index(r.kind), s(r.group), s(r.date), s(r.subject), s(r.detail),
            s(r.evidence), s(r.quote))


@dataclass(frozen=True)
class Roster:
    """How a group's roster is known: by a ``composition`` (seats named in one item) or by its
    ``attendance list``s; ``cite`` and ``date`` say where; ``unlisted`` counts its meetings
    without an attendance list."""

    kind: str | None
    cite: str | None
    date: str | None
    unlisted: int
    quote: str | None = None  # for a composition: the words of the item that composes the group


def _rosters(groups: dict, seats_in: dict, meetings: list[dict], attendance: list[dict]) -> dict:
    """Group id → :class:`Roster`."""
    listed: dict = defaultdict(set)  # group → meetings whose attendance list names somebody present
    for a in attendance:
        if a["group_id"] and a["status"] != "absent":
            listed[a["group_id"]].add(a["meeting_id"])
    met: dict = defaultdict(list)
    for m in meetings:
        met[m["group_id"]].append(m)
    out = {}
    for gid in groups:
        own = met.get(gid, [])
        unlisted = sum(1 for m in own if m["meeting_id"] not in listed.get(gid, ()))
        seats = seats_in.get(gid, [])
        # composed: every seat named in one item that appoints (not one that replaces a member)
        items = Counter((x.source, x.item) for x in seats
                        if x.basis == "appointed" and x.item and x.change in ("join", "member", None))
        composed = [k for k, n in items.items() if n == len(seats)]
        if composed:
            source, item = composed[0]
            when = next((x.since for x in seats if (x.source, x.item) == (source, item) and x.since), None)
            said = next((x.quote for x in sorted(seats, key=lambda x: s(x.quote))
                         if (x.source, x.item) == (source, item) and x.quote), None)
            out[gid] = Roster("composition", evidence(source, item), when, unlisted, said)
        elif listed.get(gid):
            last = max((m for m in own if m["meeting_id"] in listed[gid]), key=lambda m: s(meeting_date(m)))
            out[gid] = Roster("attendance list", evidence(last["source"], None, date_text(last)), date_text(last),
                              unlisted)
        else:
            out[gid] = Roster(None, None, None, unlisted)
    return out


def _structure(*tables) -> tuple:
    """What gaps reads, derived once per set of fact tables: organisations and groups by id, the
    huvudman of each organisation, the huvudmän, the current seats and each group's seats and
    roster, each group's meetings and absences, each assignment with its group, evidence and
    status (assigned? followed up at a later meeting of its body?), people's names and their
    open tasks."""
    f = dict(zip(FACTS, tables))
    orgs = {o["id"]: o for o in f["organisations"]}
    groups = {g["id"]: g for g in f["groups"]}
    top = huvudman_walk(f["organisations"])
    huvudmän = sorted(o for o, d in orgs.items() if d.get("classification") == "huvudman" and not d.get("collective"))
    current = current_seats(f["memberships"], f["attendance"], f["affiliations"], f["organisations"])
    seats_in: dict = defaultdict(list)
    for (pid, gid), seat in current.items():
        seats_in[gid].append(seat)
    rosters = _rosters(groups, seats_in, f["meetings"], f["attendance"])
    rows_of: dict = defaultdict(list)
    for a in f["attendance"]:
        if a["group_id"]:
            rows_of[a["group_id"]].append(a)
    attendance_of = {gid: _attendance(atts, groups.get(gid, {}), top, huvudmän) for gid, atts in rows_of.items()}
    assigned = {a["assignment_id"] for a in f["assignees"]}
    followed = {x["assignment_id"] for x in f["follow_ups"]}
    group_dates = defaultdict(list)
    for m in f["meetings"]:
        group_dates[m["group_id"]].append(meeting_date(m) or "")
    for dates in group_dates.values():
        dates.sort()
    # (group id, group, task, evidence, date, why unassigned or None, why not followed up or None, quote)
    tasks = []
    for a in f["assignments"]:
        if a.get("origin") == "report":
            continue  # a report-back is itself the follow-up of a task
        when = meeting_date(a)
        dates = group_dates.get(a["group_id"], [])
        later = len(dates) - bisect_right(dates, when or "")
        why = None
        if a["id"] not in followed and a["group_id"] and later:
            due = f"due {a['due_date'] or a['due']}; " if (a["due_date"] or a["due"]) else ""
            why = f"{due}not followed up at {later} later meeting(s)"
        roles = a.get("assignee_roles")
        unassigned = None if a["id"] in assigned else (
            f"given to {', '.join(roles)}: no person or body named" if roles else "no resolved assignee")
        tasks.append((a["group_id"], a["group_name"], a["task"] or "", evidence(a["source"], item_label(a), date_text(a)),
                      date_text(a), unassigned, why, a.get("quote")))
    names = {seat.person_id: seat.person for seat in current.values()}
    names.update({a["target_id"]: a["target"] for a in f["assignees"] if a["is_person"]})
    reports = {a["id"] for a in f["assignments"] if a.get("origin") == "report"}
    open_tasks = Counter(a["target_id"] for a in f["assignees"]
                         if a["is_person"] and a["assignment_id"] not in followed and a["assignment_id"] not in reports)
    return (orgs, groups, top, huvudmän, current, dict(seats_in), rosters, attendance_of, tasks, names, open_tasks)


def _attendance(atts: list[dict], group: dict, top, huvudmän: list) -> tuple:
    """A group's meetings with an attendance list in date order, the huvudmän looked for at them
    (expected, else any seen), the huvudmän present at each meeting, the meetings each person
    missed, their names, and the attendance line of each absence. A meeting where nobody is listed
    present has no attendance list."""
    listed = {a["meeting_id"] for a in atts if a["status"] != "absent"}
    meetings = sorted({(meeting_date(a) or "", a["meeting_id"], a["source"], date_text(a) or "") for a in atts})
    expected = [o for o in (group.get("expects") or []) if o in huvudmän]
    seen = expected or sorted({top(a["huvudman_id"]) for a in atts} - {None})
    present_for: dict = defaultdict(set)
    absent_at: dict = defaultdict(set)
    people = {}
    said = {}
    for a in atts:
        people[a["person_id"]] = a["person"]
        if a["status"] == "absent":
            absent_at[a["person_id"]].add(a["meeting_id"])
            said[(a["person_id"], a["meeting_id"])] = a.get("quote")
        else:
            present_for[a["meeting_id"]].add(top(a["huvudman_id"]))
    return meetings, listed, seen, dict(present_for), dict(absent_at), people, said


def representation(f: dict, only: str | None = None) -> list[tuple]:
    """The representation gaps: (kind, basis, group, huvudman id or None, detail, evidence, date, quote).

    Every group with expectations (or ``only``) is checked against its current seats: a group
    whose roster the minutes do not hold is ``not_covered`` once; otherwise each expected
    huvudman without a seat is ``missing_huvudman``, evidenced when the group was composed in
    an item, inferred from its attendance lists otherwise. Groups composed in the minutes at a
    politisk, strategisk or taktisk level (or ``only``) also report every other huvudman
    without a seat as ``no_seat``.
    """
    orgs, groups, top, huvudmän, current, seats_in, rosters, *_ = facts.derived(
        "gaps.structure", tuple(f[k] for k in FACTS), _structure)
    out = []
    for gid, g in groups.items():
        if only and gid != only:
            continue
        seats = seats_in.get(gid, [])
        roster = rosters[gid]
        expects = list(g.get("expects") or [])
        if not roster.kind:
            if expects or only:
                unlisted = f"; {roster.unlisted} meeting(s) without an attendance list" if roster.unlisted else ""
                out.append(("not_covered", "not covered", g["name"], None,
                            f"no roster of this group in the loaded minutes{unlisted}"
                            + (f"; {len(expects)} huvudmän expected" if expects else ""), None, None, None))
            continue
        basis = "evidenced" if roster.kind == "composition" else "inferred"
        seated = {x.huvudman_id for x in seats} - {None}
        how = "composed without it" if roster.kind == "composition" else "no current member in its rosters"
        for oid in expects:
            if orgs.get(oid, {}).get("collective"):
                ok = oid in seated or any(x not in expects for x in seated) or any(
                    (orgs.get(x) or {}).get("parent_id") == oid for x in seated)
            else:
                ok = oid in seated
            if not ok:
                out.append(("missing_huvudman", basis, g["name"], oid, f"expected huvudman: {how}", roster.cite,
                            roster.date, roster.quote))
        if only or (roster.kind == "composition" and not expects and g.get("level") in COMPOSED_LEVELS):
            for oid in huvudmän:
                if oid not in seated and oid not in expects:
                    out.append(("no_seat", basis, g["name"], oid, f"no seat for this huvudman: {how}", roster.cite,
                                roster.date, roster.quote))
        n = len(seats)
        lo, hi = g.get("size_min"), g.get("size_max")
        if seats and ((lo is not None and n < lo) or (hi is not None and n > hi)):
            rule = f"{lo if lo is not None else 0}–{hi if hi is not None else '…'}"
            out.append(("size", basis, g["name"], None, f"{n} current members, rule {rule}", roster.cite, roster.date,
                        roster.quote))
    return out


def compute(fetch, *, group: str | None = None, min_seats: int = 3, min_tasks: int = 5,
            limit: int | None = LIMIT) -> Rows:
    """The gaps, at most ``limit`` of each kind (the newest; 0 or None: all)."""
    only = resolve_group(fetch, group)[0] if group else None
    f = fetch(FACTS)
    (orgs, groups, top, huvudmän, current, seats_in, rosters, attendance_of, tasks, names,
     open_tasks) = facts.derived("gaps.structure", tuple(f[k] for k in FACTS), _structure)
    name = lambda oid: (orgs.get(oid) or {}).get("name") or oid  # noqa: E731
    # kind → {(priority, basis, group, subject, detail, evidence, quote)}: the priority is the date (""
    # for none), or for concentration (seats, open tasks); the newest, or the most, are kept first
    found: dict[str, set] = {k: set() for k in KINDS}

    def add(kind, basis, group, subject, detail, cite, date, priority=None, quote=None):
        found[kind].add((date or "" if priority is None else priority, basis, group or "", subject, detail, cite or "",
                         quote or ""))

    # (1) representation
    for kind, basis, gname, oid, detail, cite, when, said in representation(f, only):
        add(kind, basis, gname, name(oid) if oid else gname, detail, cite, when, quote=said)

    # (2) vacancies
    for v in f["vacancies"]:
        if only and v["target_id"] != only:
            continue
        add("vacancy", "evidenced", groups.get(v["target_id"], {}).get("name"), v["role"] or v["target"] or "",
            v["text"] or "", evidence(v["source"], item_label(v), date_text(v)), date_text(v),
            quote=quote(v["text"]))

    # (3) attendance
    for gid, (meetings, listed, seen, present_for, absent_at, people, said) in attendance_of.items():
        if only and gid != only:
            continue
        gname = groups.get(gid, {}).get("name")
        for _, mid, source, shown in meetings:
            if mid not in listed:
                continue
            there = present_for.get(mid, ())
            missing = [oid for oid in seen if oid not in there]
            if missing:
                cite = evidence(source, None, shown)
                for oid in missing:
                    add("nobody_present", "evidenced", gname, name(oid),
                        "nobody for this huvudman in the attendance list", cite, shown or None)
        position = {mid: i for i, (_, mid, _, _) in enumerate(meetings)}
        for pid, absent in absent_at.items():
            run: list = []
            for i in sorted(position[mid] for mid in absent):
                if run and i != run[-1] + 1:
                    _absent_run(add, gname, people[pid], [meetings[k] for k in run], pid, said)
                    run = []
                run.append(i)
            _absent_run(add, gname, people[pid], [meetings[k] for k in run], pid, said)

    # (4) assignments
    for gid, gname, task, cite, when, unassigned, why, said in tasks:
        if only and gid != only:
            continue
        if unassigned:
            add("unassigned", "evidenced", gname, task, unassigned, cite, when, quote=said)
        if why:
            add("not_followed_up", "inferred", gname, task, why, cite, when, quote=said)

    # (5) concentration
    seats = Counter(pid for pid, _ in current)
    held: dict = defaultdict(list)
    for p, g in current:
        held[p].append(g)
    for pid in set(seats) | set(open_tasks):
        if only and (pid, only) not in current:
            continue
        if seats[pid] >= min_seats or open_tasks[pid] >= min_tasks:
            groups_held = sorted(groups.get(g, {}).get("name") or g for g in held[pid])
            add("concentration", "inferred", None, names.get(pid) or pid,
                f"{seats[pid]} seats, {open_tasks[pid]} open tasks ({', '.join(groups_held)})", None, None,
                priority=(seats[pid], open_tasks[pid]))

    rows, omitted = [], {}
    for kind in KINDS:
        kept, omitted[kind] = newest(list(found[kind]), limit)
        rows.extend(Row(kind, basis, group or None, subject, detail, cite or None,
                        None if isinstance(p, tuple) else p or None, said or None)
                    for p, basis, group, subject, detail, cite, said in kept)
    return Rows(sorted(rows, key=sort_key), omitted)


def _absent_run(add, gname: str | None, person: str, run: list, pid: str, said: dict) -> None:
    """A person's absences at consecutive meetings of a group, when two or more (quoted from the
    latest attendance list)."""
    if len(run) >= 2:
        _, mid, source, shown = run[-1]
        add("absent_in_row", "evidenced", gname, person,
            f"absent at {len(run)} meetings in a row: {', '.join(x[3] for x in run)}",
            evidence(source, None, shown), shown or None, quote=said.get((pid, mid)))


def networkx(G, **params) -> list[Row]:
    from samverkan.queries import nx_fetch

    return compute(nx_fetch(G), **params)
