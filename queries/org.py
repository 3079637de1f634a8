"""Who represents a huvudman or unit, where, and where it has no one.

``samverkan org NAME`` — rows in sections:

* ``representative`` — a person, the group and role, and how the minutes tie them to the
  organisation (``via``): ``member_of`` (a seat on its behalf), ``attended`` (at meetings for
  it), ``affiliated`` (employed there; group empty, role = title); one row per person, group,
  role and via, dated by the latest time the minutes say so, with that source. Units under the
  organisation count for it.
* ``no_seat`` — for a huvudman: the groups that expect it (``Group.expects``) or, when no
  group states an expectation, every politisk/strategisk group and samverkansgrupp, where it
  has no current seat and nobody for it at the group's latest meeting.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from samverkan.graph.ids import fold
from samverkan.queries import facts
from samverkan.queries.common import item_label, meeting_date, s
from samverkan.queries.match import candidates_from, resolve

NAME = "org"
FACTS = ("organisations", "groups", "memberships", "attendance", "affiliations")
CYPHER = {k: facts.CYPHER[k] for k in FACTS}
SECTIONS = ("representative", "no_seat")


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


def sort_key(r: Row):
    return (SECTIONS.index(r.section), s(r.group), s(r.person), s(r.via), s(r.role), s(r.date), s(r.source))


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


def expected_groups(groups: list[dict], org_id: str) -> list[dict]:
    """Groups that expect this huvudman, or by default the bodies every huvudman sits in."""
    by_id = {g["id"]: g for g in groups}
    if any(g.get("expects") for g in by_id.values()):
        return [g for g in by_id.values() if org_id in (g.get("expects") or [])]
    return [g for g in by_id.values()
            if g.get("level") in ("politisk", "strategisk") or fold(g.get("name") or "").startswith("samverkansgrupp")]


def current_members(memberships: list[dict]) -> dict[tuple[str, str], dict]:
    """(person, group) → the latest membership row, for seats with no end after their last start."""
    by_seat: dict = defaultdict(list)
    for m in memberships:
        by_seat[(m["person_id"], m["group_id"])].append(m)
    out = {}
    for key, ms in by_seat.items():
        starts = [m["start_date"] for m in ms if m["start_date"]]
        ends = [m["end_date"] for m in ms if m["end_date"]]
        if ends and (not starts or max(ends) >= max(starts)):
            continue
        out[key] = max(ms, key=lambda m: (s(m["start_date"]), s(m["on_behalf_of_id"]), s(m["role"])))
    return out


def _latest(found: dict, fields: tuple) -> None:
    """Keep, for each person, group, role and via, the fields with the latest date (then
    document, then item)."""
    key = fields[:4]
    rank = (s(fields[4]), s(fields[5]), s(fields[6]))
    if key not in found or rank > found[key][0]:
        found[key] = (rank, fields)


def _seated_at(memberships: list[dict], attendance: list[dict]) -> tuple[dict, dict]:
    """The current seats, and the date of each group's latest meeting."""
    latest: dict = {}
    for a in attendance:
        d = meeting_date(a) or ""
        if a["group_id"] and d >= latest.get(a["group_id"], ""):
            latest[a["group_id"]] = d
    return current_members(memberships), latest


def compute(fetch, *, name: str) -> list[Row]:
    f = fetch(("organisations",))
    oid = resolve(name, candidates_from(f["organisations"]), "organisation")
    f = fetch(FACTS)
    org = facts.by(f["organisations"], "id")[oid][0]
    ours = descendants(f["organisations"], oid)
    display = org["name"]
    seats = facts.by(f["memberships"], "on_behalf_of_id")
    present = facts.by(f["attendance"], "huvudman_id")
    employed = facts.by(f["affiliations"], "org_id")
    # one row per person, group and role (or title), dated by the latest time the minutes say so
    found: dict = {}
    for unit in ours:
        for m in seats.get(unit, ()):
            _latest(found, (m["person"], m["group_name"], m["role"], "member_of", m["start_date"] or m["end_date"],
                            m["source"], item_label(m)))
        for a in present.get(unit, ()):
            if a["status"] != "absent":
                roles = ", ".join(a["roles"] or []) or None
                _latest(found, (a["person"], a["group_name"], roles, "attended", meeting_date(a), a["source"], None))
        for a in employed.get(unit, ()):
            _latest(found, (a["person"], None, a["title"], "affiliated", a["date"], a["source"], None))
    rows = {Row("representative", display, *fields) for _, fields in found.values()}

    if org.get("classification") == "huvudman" and not org.get("collective"):
        current, latest = facts.derived("org.seated", (f["memberships"], f["attendance"]), _seated_at)
        seated = {g for (_, g), m in current.items() if m["on_behalf_of_id"] in ours}
        for unit in ours:
            for a in present.get(unit, ()):
                if a["status"] != "absent" and (meeting_date(a) or "") == latest.get(a["group_id"]):
                    seated.add(a["group_id"])
        groups = facts.derived("groups.by_id", (f["groups"],), lambda gs: list({g["id"]: g for g in gs}.values()))
        for g in expected_groups(groups, oid):
            if g["id"] not in seated:
                rows.add(Row("no_seat", display, None, g["name"], None, "expects" if g.get("expects") else "default"))
    return sorted(rows, key=sort_key)


def networkx(G, **params) -> list[Row]:
    from samverkan.queries import nx_fetch

    return compute(nx_fetch(G), **params)
