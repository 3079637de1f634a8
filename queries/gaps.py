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
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass

from queries import facts
from queries.common import evidence, item_label, meeting_date, s
from queries.group import resolve_group
from queries.org import current_members

NAME = "gaps"
FACTS = ("organisations", "groups", "memberships", "attendance", "affiliations", "vacancies",
         "assignments", "assignees", "follow_ups", "meetings")
CYPHER = {k: facts.CYPHER[k] for k in FACTS}
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


# The structure derived from one set of fact tables, kept for the tables it came from (the
# embedded store keeps its tables per graph version, so asking again reuses it).
_RECENT: OrderedDict = OrderedDict()


def _structure(f: dict) -> tuple:
    """Organisations and groups by id, the huvudman of an organisation, the huvudmän, the huvudman
    each person stands for when a seat does not say, the current seats and each group's members."""
    tables = tuple(f[k] for k in FACTS)
    key = tuple(id(t) for t in tables)
    hit = _RECENT.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], tables)):
        return hit[1]
    orgs = {o["id"]: o for o in f["organisations"]}
    groups = {g["id"]: g for g in f["groups"]}
    top = _huvudman_of(orgs)
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
    found = (orgs, groups, top, huvudmän, person_hm, current, dict(members_of))
    _RECENT[key] = (tables, found)  # holding the tables keeps their ids from being reused
    while len(_RECENT) > 4:
        _RECENT.popitem(last=False)
    return found


def compute(fetch, *, group: str | None = None, min_seats: int = 3, min_tasks: int = 5) -> list[Row]:
    only = resolve_group(fetch, group)[0] if group else None
    f = fetch(FACTS)
    orgs, groups, top, huvudmän, person_hm, current, members_of = _structure(f)
    name = lambda oid: (orgs.get(oid) or {}).get("name") or oid  # noqa: E731
    rows: set[Row] = set()

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
                rows.add(Row("missing_huvudman", g["name"], name(oid), "expected huvudman has no current member",
                             cite, when))
        n = len({m["person_id"] for m in members})
        lo, hi = g.get("size_min"), g.get("size_max")
        if members and ((lo is not None and n < lo) or (hi is not None and n > hi)):
            rule = f"{lo if lo is not None else 0}–{hi if hi is not None else '…'}"
            rows.add(Row("size", g["name"], g["name"], f"{n} current members, rule {rule}", cite, when))
        if only:
            for oid in huvudmän:
                if oid not in seated and oid not in expects:
                    rows.add(Row("no_seat", g["name"], name(oid), "no current member for this huvudman", cite, when))

    # (2) vacancies
    for v in f["vacancies"]:
        if only and v["target_id"] != only:
            continue
        rows.add(Row("vacancy", groups.get(v["target_id"], {}).get("name"), v["role"] or v["target"] or "",
                     v["text"] or "", evidence(v["source"], item_label(v), meeting_date(v)), meeting_date(v)))

    # (3) attendance
    by_group: dict = defaultdict(list)
    for a in f["attendance"]:
        if a["group_id"] and (not only or a["group_id"] == only):
            by_group[a["group_id"]].append(a)
    for gid, atts in by_group.items():
        gname = groups.get(gid, {}).get("name")
        meetings = sorted({(meeting_date(a) or "", a["meeting_id"], a["source"]) for a in atts})
        expected = [o for o in (groups.get(gid, {}).get("expects") or []) if o in huvudmän]
        seen = expected or sorted({top(a["huvudman_id"]) for a in atts} - {None})
        present_for: dict = defaultdict(set)
        for a in atts:
            if a["status"] != "absent":
                present_for[a["meeting_id"]].add(top(a["huvudman_id"]))
        for d, mid, source in meetings:
            there = present_for[mid]
            for oid in seen:
                if oid not in there:
                    rows.add(Row("nobody_present", gname, name(oid), "nobody present for this huvudman",
                                 evidence(source, None, d), d or None))
        status = {(a["person_id"], a["meeting_id"]): a["status"] for a in atts}
        people = {a["person_id"]: a["person"] for a in atts}
        for pid, pname in people.items():
            run: list = []
            for d, mid, source in [*meetings, ("", None, None)]:
                if mid is not None and status.get((pid, mid)) == "absent":
                    run.append((d, source))
                    continue
                if len(run) >= 2:
                    rows.add(Row("absent_in_row", gname, pname,
                                 f"absent at {len(run)} meetings in a row: {', '.join(x[0] for x in run)}",
                                 evidence(run[-1][1], None, run[-1][0]), run[-1][0] or None))
                run = []

    # (4) assignments
    assignees = defaultdict(list)
    for a in f["assignees"]:
        assignees[a["assignment_id"]].append(a["target_id"])
    followed = {x["assignment_id"] for x in f["follow_ups"]}
    group_dates = defaultdict(list)
    for m in f["meetings"]:
        group_dates[m["group_id"]].append(meeting_date(m) or "")
    for dates in group_dates.values():
        dates.sort()
    for a in f["assignments"]:
        if only and a["group_id"] != only:
            continue
        cite = evidence(a["source"], item_label(a), meeting_date(a))
        if not assignees.get(a["id"]):
            rows.add(Row("unassigned", a["group_name"], a["task"] or "", "no resolved assignee", cite, meeting_date(a)))
        dates = group_dates.get(a["group_id"], [])
        later = len(dates) - bisect_right(dates, meeting_date(a) or "")
        if a["id"] not in followed and a["group_id"] and later:
            due = f"due {a['due_date'] or a['due']}; " if (a["due_date"] or a["due"]) else ""
            rows.add(Row("not_followed_up", a["group_name"], a["task"] or "",
                         f"{due}not followed up at {later} later meeting(s)", cite, meeting_date(a)))

    # (5) concentration
    seats = Counter(pid for pid, _ in current)
    names = {m["person_id"]: m["person"] for m in f["memberships"]}
    names.update({a["target_id"]: a["target"] for a in f["assignees"] if a["is_person"]})
    open_tasks = Counter(a["target_id"] for a in f["assignees"] if a["is_person"] and a["assignment_id"] not in followed)
    held: dict = defaultdict(list)
    for p, g in current:
        held[p].append(g)
    for pid in set(seats) | set(open_tasks):
        if only and (pid, only) not in current:
            continue
        if seats[pid] >= min_seats or open_tasks[pid] >= min_tasks:
            groups_held = sorted(groups.get(g, {}).get("name") or g for g in held[pid])
            rows.add(Row("concentration", None, names[pid],
                         f"{seats[pid]} seats, {open_tasks[pid]} open tasks ({', '.join(groups_held)})",
                         None))
    return sorted(rows, key=sort_key)


def networkx(G, **params) -> list[Row]:
    from queries import nx_fetch

    return compute(nx_fetch(G), **params)
