"""Membership gaps, each with its evidence.

``samverkan gaps [--group NAME]`` — one row per gap, ``kind`` one of:

* ``missing_huvudman`` — a group's ``expects`` names a huvudman with no current member
  (a collective such as "kommunerna i Blekinge" is satisfied by a seat for it, for a unit of
  it, or for any huvudman the group does not name itself);
* ``size`` — the current members break the group's ``size_min`` / ``size_max``;
* ``no_seat`` — with ``--group``: the other huvudmän with no current member in it;
* ``vacancy`` — a role the minutes say is not yet filled;
* ``nobody_present`` — a meeting where a huvudman (expected, or else seen at the group's
  meetings) had nobody present;
* ``absent_in_row`` — a person absent at two or more of a group's meetings in a row;
* ``unassigned`` — an assignment with nobody resolved to do it;
* ``not_followed_up`` — an assignment no later minutes of the same body follow up;
* ``concentration`` — a person with ``min_seats`` current seats or ``min_tasks`` open tasks.

A member's huvudman is the one the seat is held for; else the one the person last attended
for; else the huvudman of the person's latest affiliation. Current members are seats with no
end after their latest start, as of the group's latest composition.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

from samverkan.queries import facts
from samverkan.queries.common import Rows, evidence, item_label, meeting_date, newest, s
from samverkan.queries.group import resolve_group
from samverkan.queries.org import current_members

NAME = "gaps"
FACTS = ("organisations", "groups", "memberships", "attendance", "affiliations", "vacancies",
         "assignments", "assignees", "follow_ups", "meetings")
CYPHER = {k: facts.CYPHER[k] for k in FACTS}
LIMIT = 25  # rows of each kind, the newest; a limit of 0 shows all
KINDS = ("missing_huvudman", "size", "no_seat", "vacancy", "nobody_present", "absent_in_row", "unassigned",
         "not_followed_up", "concentration")


@dataclass(frozen=True)
class Row:
    kind: str
    group: str | None
    subject: str
    detail: str
    evidence: str | None
    date: str | None = None


def sort_key(r: Row):
    return (KINDS.index(r.kind), s(r.group), s(r.date), s(r.subject), s(r.detail), s(r.evidence))


def _huvudman_of(orgs: dict) -> callable:
    def top(oid):
        seen = set()
        while oid and oid in orgs and oid not in seen:
            if orgs[oid].get("classification") == "huvudman":
                return oid
            seen.add(oid)
            oid = orgs[oid].get("parent_id")
        return None
    return top


def _structure(*tables) -> tuple:
    """What gaps reads, derived once per set of fact tables: organisations and groups by id, the
    huvudman of each organisation, the huvudmän, the huvudman each person stands for when a seat
    does not say, the current seats and each group's members, each group's meetings and
    absences, each assignment with its group, evidence and status (assigned? followed up at a
    later meeting of its body?), people's names and their open tasks."""
    f = dict(zip(FACTS, tables))
    orgs = {o["id"]: o for o in f["organisations"]}
    groups = {g["id"]: g for g in f["groups"]}
    walk = _huvudman_of(orgs)
    hm = {oid: walk(oid) for oid in orgs}
    top = hm.get
    huvudmän = sorted(o for o, d in orgs.items() if d.get("classification") == "huvudman" and not d.get("collective"))
    person_hm: dict = {}
    for a in sorted(f["attendance"], key=lambda a: s(meeting_date(a))):
        if top(a["huvudman_id"]):
            person_hm[a["person_id"]] = top(a["huvudman_id"])
    for a in sorted(f["affiliations"], key=lambda a: s(a["date"])):
        if top(a["org_id"]):
            person_hm.setdefault(a["person_id"], top(a["org_id"]))
    current = current_members(f["memberships"])
    members_of: dict = defaultdict(list)
    for (pid, gid), m in current.items():
        members_of[gid].append(m)
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
    tasks = []  # (group id, group, task, evidence, date, why unassigned or None, why not followed up or None)
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
        tasks.append((a["group_id"], a["group_name"], a["task"] or "", evidence(a["source"], item_label(a), when),
                      when, unassigned, why))
    names = {m["person_id"]: m["person"] for m in f["memberships"]}
    names.update({a["target_id"]: a["target"] for a in f["assignees"] if a["is_person"]})
    reports = {a["id"] for a in f["assignments"] if a.get("origin") == "report"}
    open_tasks = Counter(a["target_id"] for a in f["assignees"]
                         if a["is_person"] and a["assignment_id"] not in followed and a["assignment_id"] not in reports)
    return orgs, groups, top, huvudmän, person_hm, current, dict(members_of), attendance_of, tasks, names, open_tasks


def _attendance(atts: list[dict], group: dict, top, huvudmän: list) -> tuple:
    """A group's meetings in date order, the huvudmän looked for at them (expected, else any seen),
    the huvudmän present at each meeting, the meetings each person missed, and their names."""
    meetings = sorted({(meeting_date(a) or "", a["meeting_id"], a["source"]) for a in atts})
    expected = [o for o in (group.get("expects") or []) if o in huvudmän]
    seen = expected or sorted({top(a["huvudman_id"]) for a in atts} - {None})
    present_for: dict = defaultdict(set)
    absent_at: dict = defaultdict(set)
    people = {}
    for a in atts:
        people[a["person_id"]] = a["person"]
        if a["status"] == "absent":
            absent_at[a["person_id"]].add(a["meeting_id"])
        else:
            present_for[a["meeting_id"]].add(top(a["huvudman_id"]))
    return meetings, seen, dict(present_for), dict(absent_at), people


def compute(fetch, *, group: str | None = None, min_seats: int = 3, min_tasks: int = 5,
            limit: int | None = LIMIT) -> Rows:
    """The gaps, at most ``limit`` of each kind (the newest; 0 or None: all)."""
    only = resolve_group(fetch, group)[0] if group else None
    f = fetch(FACTS)
    (orgs, groups, top, huvudmän, person_hm, current, members_of, attendance_of, tasks, names,
     open_tasks) = facts.derived("gaps.structure", tuple(f[k] for k in FACTS), _structure)
    name = lambda oid: (orgs.get(oid) or {}).get("name") or oid  # noqa: E731
    # kind → {(priority, group, subject, detail, evidence)}: the priority is the date ("" for none),
    # or for concentration (seats, open tasks); the newest, or the most, are kept first
    found: dict[str, set] = {k: set() for k in KINDS}

    def add(kind, group, subject, detail, cite, date, priority=None):
        found[kind].add((date or "" if priority is None else priority, group or "", subject, detail, cite or ""))

    # (1) representation
    for gid, g in groups.items():
        if only and gid != only:
            continue
        members = members_of.get(gid, [])
        seated = {top(m["on_behalf_of_id"]) or m["on_behalf_of_id"] or person_hm.get(m["person_id"]) for m in members}
        seated.discard(None)
        latest = max(members, key=lambda m: (s(m["start_date"]), s(m["source"])), default=None)
        cite = evidence(latest["source"], item_label(latest), latest["start_date"]) if latest else None
        when = latest["start_date"] if latest else None
        expects = list(g.get("expects") or [])
        for oid in expects:
            if orgs.get(oid, {}).get("collective"):
                ok = oid in seated or any(x not in expects for x in seated) or any(
                    (orgs.get(x) or {}).get("parent_id") == oid for x in seated)
            else:
                ok = oid in seated
            if not ok:
                add("missing_huvudman", g["name"], name(oid), "expected huvudman has no current member", cite, when)
        n = len({m["person_id"] for m in members})
        lo, hi = g.get("size_min"), g.get("size_max")
        if members and ((lo is not None and n < lo) or (hi is not None and n > hi)):
            rule = f"{lo if lo is not None else 0}–{hi if hi is not None else '…'}"
            add("size", g["name"], g["name"], f"{n} current members, rule {rule}", cite, when)
        if only:
            for oid in huvudmän:
                if oid not in seated and oid not in expects:
                    add("no_seat", g["name"], name(oid), "no current member for this huvudman", cite, when)

    # (2) vacancies
    for v in f["vacancies"]:
        if only and v["target_id"] != only:
            continue
        add("vacancy", groups.get(v["target_id"], {}).get("name"), v["role"] or v["target"] or "",
            v["text"] or "", evidence(v["source"], item_label(v), meeting_date(v)), meeting_date(v))

    # (3) attendance
    for gid, (meetings, seen, present_for, absent_at, people) in attendance_of.items():
        if only and gid != only:
            continue
        gname = groups.get(gid, {}).get("name")
        for d, mid, source in meetings:
            there = present_for.get(mid, ())
            missing = [oid for oid in seen if oid not in there]
            if missing:
                cite = evidence(source, None, d)
                for oid in missing:
                    add("nobody_present", gname, name(oid), "nobody present for this huvudman", cite, d or None)
        position = {mid: i for i, (_, mid, _) in enumerate(meetings)}
        for pid, absent in absent_at.items():
            run: list = []
            for i in sorted(position[mid] for mid in absent):
                if run and i != run[-1] + 1:
                    _absent_run(add, gname, people[pid], [meetings[k] for k in run])
                    run = []
                run.append(i)
            _absent_run(add, gname, people[pid], [meetings[k] for k in run])

    # (4) assignments
    for gid, gname, task, cite, when, unassigned, why in tasks:
        if only and gid != only:
            continue
        if unassigned:
            add("unassigned", gname, task, unassigned, cite, when)
        if why:
            add("not_followed_up", gname, task, why, cite, when)

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
            add("concentration", None, names[pid],
                f"{seats[pid]} seats, {open_tasks[pid]} open tasks ({', '.join(groups_held)})", None, None,
                priority=(seats[pid], open_tasks[pid]))

    rows, omitted = [], {}
    for kind in KINDS:
        kept, omitted[kind] = newest(list(found[kind]), limit)
        rows.extend(Row(kind, group or None, subject, detail, cite or None, None if isinstance(p, tuple) else p or None)
                    for p, group, subject, detail, cite in kept)
    return Rows(sorted(rows, key=sort_key), omitted)


def _absent_run(add, gname: str | None, person: str, run: list) -> None:
    """A person's absences at consecutive meetings of a group, when two or more."""
    if len(run) >= 2:
        d, _, source = run[-1]
        add("absent_in_row", gname, person, f"absent at {len(run)} meetings in a row: {', '.join(x[0] for x in run)}",
            evidence(source, None, d), d or None)


def networkx(G, **params) -> list[Row]:
    from samverkan.queries import nx_fetch

    return compute(nx_fetch(G), **params)
