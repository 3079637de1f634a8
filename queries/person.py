"""Everything the minutes say about one person.

``samverkan person NAME`` — the name is matched forgivingly (case, diacritics, hyphens, any
surface form the minutes used). One flat row per fact, in sections:

* ``membership`` — group, role, on behalf of, since (earliest start) and until (the end of a
  leave or replacement, when none started later), status current/ended as
  :func:`queries.seats.current_seats` decides (a ledamot with förhinder is still a member);
  ``detail`` says when the huvudman is inferred from the employer;
* ``affiliation`` — title and organisation (unit or huvudman) as the minutes give them, from
  the first to the latest meeting that says so, so a change of role or employer shows;
* ``assignment`` — task (detail), given by (group), report to, due, meeting date, source and
  item, status open/followed_up (followed up when a later assignment FOLLOWS_UP it), or
  reported for a report-back on an earlier task;
* ``presented`` — items presented: meeting date, group, item number, title (detail);
* ``attendance`` — per group: present (incl. as guest) and absent counts, last seen (date);
* ``meeting`` — every meeting the person is named in, with the attendance status or "named".

Raises AmbiguousName (with (id, name) candidates) when several people match, NotFound when none.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from samverkan.queries import facts
from samverkan.queries.common import date_text, item_label, s
from samverkan.queries.match import candidates_from, resolve
from samverkan.queries.seats import seats_of

NAME = "person"
FACTS = ("memberships", "affiliations", "assignments", "assignees", "follow_ups", "presented", "attendance",
         "organisations")
CYPHER = {k: facts.CYPHER[k] for k in ("person_names", *FACTS)}
SECTIONS = ("membership", "affiliation", "assignment", "presented", "attendance", "meeting")


@dataclass(frozen=True)
class Row:
    section: str
    person: str
    group: str | None = None
    role: str | None = None
    on_behalf_of: str | None = None
    detail: str | None = None
    date: str | None = None
    until: str | None = None
    due: str | None = None
    report_to: str | None = None
    status: str | None = None
    present: int | None = None
    absent: int | None = None
    source: str | None = None
    item: str | None = None
    corrected: bool | None = None  # a coordinator's correction (loaders.corrections) made or changed this row
    correction: str | None = None  # its id
    quote: str | None = None  # the words of the minutes the row rests on (--evidence)


def sort_key(r: Row):
    return (SECTIONS.index(r.section), s(r.group), s(r.date), s(r.item), s(r.role), s(r.detail), s(r.source),
            s(r.quote))


def _corrected(rows) -> dict:
    """``corrected``/``correction`` for a row made from these fact rows: the first correction among them."""
    cid = next((r.get("correction") for r in rows if r.get("correction")), None)
    return {"corrected": True, "correction": cid} if cid else {}


def resolve_person(fetch, name: str) -> tuple[str, str]:
    """The (id, display name) of the one person ``name`` matches."""
    cands = candidates_from(fetch(("person_names",))["person_names"])
    pid = resolve(name, cands, "person", trust_forms=False)
    return pid, next(n for i, n, _ in cands if i == pid)


def compute(fetch, *, name: str) -> list[Row]:
    pid, display = resolve_person(fetch, name)
    f = fetch(FACTS, person_id=pid)
    rows: list[Row] = []

    # memberships, one row per (group, role): since the earliest start, until a later end
    current = {gid: seat for (p, gid), seat in seats_of(f).items() if p == pid}
    seats: dict = defaultdict(list)
    for m in f["memberships"]:
        if m["person_id"] == pid:
            seats[(m["group_id"], m["group_name"], m["role"])].append(m)
    for (gid, group, role), ms in seats.items():
        starts = [m["start_date"] for m in ms if m["start_date"]]
        ends = [m["end_date"] for m in ms if m["end_date"]]
        since = min(starts) if starts else None
        until = max(ends) if ends and (not starts or max(ends) >= max(starts)) else None
        ended_by = [m for m in ms if m["end_date"] == until] if until else []
        first = sorted(ms, key=lambda m: (s(m["start_date"] or m["end_date"]), s(m["source"])))[0]
        cite = (ended_by or [first])[0]
        obo = sorted({m["on_behalf_of"] for m in ms if m["on_behalf_of"]})
        seat = current.get(gid)
        inferred = not obo and seat is not None and seat.huvudman_basis == "inferred"
        rows.append(Row("membership", display, group, role, ", ".join(obo) or (seat.huvudman if inferred else None),
                        "huvudman inferred from employer" if inferred else None, since, until,
                        status="current" if seat and not until else "ended", source=cite["source"],
                        item=item_label(cite), quote=cite.get("quote"), **_corrected(ms)))
    for gid, seat in current.items():
        if not any(k[0] == gid for k in seats):  # listed in the group's attendance lists only
            rows.append(Row("membership", display, seat.group, seat.role, seat.huvudman,
                            "from the attendance lists" + ("; huvudman inferred from employer"
                                                           if seat.huvudman_basis == "inferred" else ""),
                            seat.since, status="current", source=seat.source, quote=seat.quote))

    # affiliations: title and organisation, first and latest seen
    held: dict = defaultdict(list)
    for a in f["affiliations"]:
        if a["person_id"] == pid:
            held[(a["org"], a["title"])].append(a)
    for (org, title), seen in held.items():
        seen.sort(key=lambda a: (s(a["date"]), s(a["source"])))
        rows.append(Row("affiliation", display, org, title, date=seen[0]["date"], until=seen[-1]["date"],
                        source=seen[-1]["source"], quote=seen[-1].get("quote"), **_corrected(seen)))

    # assignments given to the person
    mine = {a["assignment_id"] for a in f["assignees"] if a["target_id"] == pid}
    followed: dict = defaultdict(list)
    for fu in f["follow_ups"]:
        followed[fu["assignment_id"]].append(fu)
    for a in f["assignments"]:
        if a["id"] not in mine:
            continue
        rows.append(Row("assignment", display, a["given_by"] or a["group_name"], None, None, a["task"],
                        date_text(a), None, a["due_date"] or a["due"], a["report_to"],
                        "reported" if a.get("origin") == "report" else (
                            "followed_up" if followed.get(a["id"]) else "open"),
                        source=a["source"], item=item_label(a), quote=a.get("quote"),
                        **_corrected([a] + [x for x in f["assignees"] if x["assignment_id"] == a["id"] and x["target_id"] == pid])))

    # items presented
    for p in f["presented"]:
        if p["person_id"] == pid:
            rows.append(Row("presented", display, p["group_name"], "föredragande", None, p["title"],
                            date_text(p), source=p["source"], item=item_label(p)))

    # attendance per group
    per_group: dict = defaultdict(lambda: {"present": 0, "absent": 0, "last": None, "source": None, "lines": []})
    meetings: dict = {}
    for a in f["attendance"]:
        if a["person_id"] != pid:
            continue
        g = per_group[a["group_name"]]
        d = date_text(a)
        if a["status"] == "absent":
            g["absent"] += 1
        else:
            g["present"] += 1
            if d and (g["last"] is None or d > g["last"]):
                g["last"], g["source"] = d, a["source"]
        if a.get("quote"):  # the line of the latest list naming the person, present rather than absent
            g["lines"].append((a["status"] != "absent", s(d), s(a["source"]), a["quote"]))
        meetings[a["meeting_id"]] = (a["group_name"], d, a["status"], ", ".join(a["roles"] or []) or None, a["source"],
                                     a.get("quote"))
    for group, g in per_group.items():
        rows.append(Row("attendance", display, group, detail=f"present {g['present']}, absent {g['absent']}",
                        date=g["last"], present=g["present"], absent=g["absent"], source=g["source"],
                        quote=max(g["lines"])[3] if g["lines"] else None))

    # every meeting the person appears in
    for p in f["presented"]:
        if p["person_id"] == pid and p["meeting_id"] and p["meeting_id"] not in meetings:
            meetings[p["meeting_id"]] = (p["group_name"], date_text(p), "named", None, p["source"], None)
    for a in f["assignments"]:
        if a["id"] in mine and a["meeting_id"] and a["meeting_id"] not in meetings:
            meetings[a["meeting_id"]] = (a["group_name"], date_text(a), "named", None, a["source"], a.get("quote"))
    for group, d, status, roles, source, said in meetings.values():
        rows.append(Row("meeting", display, group, roles, date=d, status=status, source=source, quote=said))

    return sorted(rows, key=sort_key)


def networkx(G, **params) -> list[Row]:
    from samverkan.queries import nx_fetch

    return compute(nx_fetch(G), **params)

