"""What an option means for each huvudman and for the people who sit in the groups today.

:func:`consequences` computes, for one option (drawn or composed), per huvudman and in total:
the seats to fill, the meeting hours a year (seats × meetings × the assumed meeting length), and
the mandate steps from the strategic body to the operativ groups. Given today's graph it also
compares the option's groups with the groups in the loaded minutes (keep, merge, create,
dissolve) and maps today's current seats into the option: who keeps a seat, whose seat
disappears, how many new seats each huvudman must fill, and who would hold more seats than the
stated limit. :func:`principle_checks` shows the principles a structure can show.

Matching today's groups to the option's uses the one rule of :func:`graph.options.targets`
(``maps_from``, then name or alias, then perspective on the same level, then the only group of
a level). Today's groups compared are the politisk, strategisk and taktisk ones, and any other
group an option group names; groups formed for a task on the operativ level are listed, not
compared. Today's seats are the current seats of :mod:`queries.seats`.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

from samverkan.graph.options import LEVELS, Option, TodaySeat, figures, path_length, targets

COMPARED_LEVELS = ("politisk", "strategisk", "taktisk")
UNKNOWN_HUVUDMAN = "huvudman ej känd"


@dataclass
class HuvudmanFigures:
    """One huvudman's (or the total's) figures; the people figures are None without a graph."""

    huvudman: str
    seats: int = 0
    seat_meetings: int = 0
    meeting_hours: float = 0.0
    people_keep: int | None = None  # people of this huvudman with a seat today who keep one
    people_lose: int | None = None  # … who keep none
    seats_lost: int | None = None  # today's seats (person in a group) whose group the option drops
    new_seats: int | None = None  # seats no member of today fills
    surplus: int | None = None  # members of today beyond the option's seats


@dataclass
class GroupChange:
    """An option group and today's groups it takes over: keep (one), merge (several), create (none)."""

    group: str
    level: str
    change: str
    today: list[str] = field(default_factory=list)


@dataclass
class PersonOutcome:
    person: str
    huvudman: str
    today: list[str]
    option: list[str]
    lost: list[str] = field(default_factory=list)  # today's groups of theirs the option drops

    @property
    def keeps(self) -> bool:
        return bool(self.option)


@dataclass
class Check:
    """A principle as the structure shows it: status met | not met | figure | question.

    ``items`` names what fails (groups, huvudmän); ``figures`` holds the counts a figure shows;
    ``detail`` says it in one line.
    """

    number: int
    principle: str
    check: str | None
    status: str
    detail: str = ""
    items: list[str] = field(default_factory=list)
    figures: dict[str, int | None] = field(default_factory=dict)


@dataclass
class Consequences:
    option: str
    title: str
    meeting_hours: float  # the assumed length of one meeting
    max_seats_per_person: int
    per_huvudman: list[HuvudmanFigures]
    total: HuvudmanFigures
    mandate_steps: int | None
    groups: list[GroupChange] | None = None
    dissolve: list[str] | None = None  # today's compared groups the option does not take over
    not_compared: list[str] | None = None  # today's groups outside the comparison
    people: list[PersonOutcome] | None = None
    over_limit: list[tuple[str, str, int]] | None = None  # (person, huvudman, seats)
    checks: list[Check] = field(default_factory=list)


@dataclass(frozen=True)
class TodayGroup:
    id: str
    name: str
    names: tuple[str, ...]
    level: str | None


def today_groups(G: nx.MultiDiGraph) -> list[TodayGroup]:
    out = []
    for n, d in G.nodes(data=True):
        if d.get("label") == "Group":
            names = tuple(x for x in [d.get("name"), *(d.get("aliases") or [])] if x)
            out.append(TodayGroup(n, d.get("name") or n, names, d.get("level")))
    return sorted(out, key=lambda g: (g.name, g.id))


def group_targets(option: Option, group: TodayGroup) -> list[str]:
    """The option groups a group of today goes to: by ``maps_from``, else by name or alias, else
    by perspective on the same level (not "the only group of a level", which would merge
    unrelated bodies)."""
    return targets(option, TodaySeat("", group.names, group.level, None), sole_of_level=False)


def consequences(option: Option, meeting_hours: float, max_seats_per_person: int,
                 G: nx.MultiDiGraph | None = None, as_of: str | None = None, principles=()) -> Consequences:
    """The consequences of ``option``; with ``G`` also against today's groups and seats."""
    fig = figures(option)
    per = {h: HuvudmanFigures(h) for h in option.huvudman}
    for g in option.groups:
        if g.formed_as_needed:
            continue
        for h, n in g.seats.items():
            f = per.setdefault(h, HuvudmanFigures(h))
            f.seats += n
            f.seat_meetings += n * g.meetings_per_year
    for f in per.values():
        f.meeting_hours = f.seat_meetings * meeting_hours
    result = Consequences(option.name, option.title, meeting_hours, max_seats_per_person, list(per.values()),
                          HuvudmanFigures("totalt"), fig.mandate_path_length)
    if G is not None:
        _against_today(option, G, as_of, result, per)
    total = result.total
    for f in result.per_huvudman:
        total.seats += f.seats
        total.seat_meetings += f.seat_meetings
        total.meeting_hours += f.meeting_hours
        for key in ("people_keep", "people_lose", "seats_lost", "new_seats", "surplus"):
            if getattr(f, key) is not None:
                setattr(total, key, (getattr(total, key) or 0) + getattr(f, key))
    result.checks = principle_checks(option, principles)
    return result


def _against_today(option: Option, G: nx.MultiDiGraph, as_of: str | None, result: Consequences,
                   per: dict[str, HuvudmanFigures]) -> None:
    from samverkan.graph.views import seats

    fixed = [g for g in option.groups if not g.formed_as_needed]
    groups = today_groups(G)
    goes_to = {g.id: group_targets(option, g) for g in groups}
    compared = [g for g in groups if g.level in COMPARED_LEVELS or goes_to[g.id]]
    compared_ids = {g.id for g in compared}
    taken: dict[str, list[str]] = defaultdict(list)
    for g in compared:
        for t in goes_to[g.id]:
            taken[t].append(g.name)
    result.groups = [GroupChange(g.name, g.level, "keep" if len(taken[g.name]) == 1 else
                                 "merge" if taken[g.name] else "create", sorted(taken[g.name])) for g in fixed]
    result.dissolve = [g.name for g in compared if not goes_to[g.id]]
    result.not_compared = [g.name for g in groups if g.id not in compared_ids]

    by_person: dict[tuple[str, str], dict] = {}
    for s in seats(G, as_of):
        if s.group_id not in compared_ids:
            continue
        hm = G.nodes[s.huvudman_id].get("name") if s.huvudman_id else None
        key = (s.person_id, hm or UNKNOWN_HUVUDMAN)
        rec = by_person.setdefault(key, {"today": set(), "option": set(), "lost": set()})
        name = G.nodes[s.group_id].get("name") or s.group_id
        rec["today"].add(name)
        rec["option"].update(goes_to[s.group_id])
        if not goes_to[s.group_id]:
            rec["lost"].add(name)
    people = []
    for (pid, hm), rec in by_person.items():
        people.append(PersonOutcome(G.nodes[pid].get("name") or pid, hm, sorted(rec["today"]), sorted(rec["option"]),
                                    sorted(rec["lost"])))
    result.people = sorted(people, key=lambda p: (p.huvudman, p.person))

    for f in per.values():
        f.people_keep = f.people_lose = f.seats_lost = f.new_seats = f.surplus = 0
    for p in result.people:
        f = per.get(p.huvudman)
        if f is None:
            f = per[p.huvudman] = HuvudmanFigures(p.huvudman, people_keep=0, people_lose=0, seats_lost=0, new_seats=0,
                                                     surplus=0)
        if p.keeps:
            f.people_keep += 1
        else:
            f.people_lose += 1
        f.seats_lost += len(p.lost)
    for g in fixed:
        held: dict[str, int] = defaultdict(int)
        for p in result.people:
            if g.name in p.option:
                held[p.huvudman] += 1
        for h, n in g.seats.items():
            per[h].new_seats += max(0, n - held.get(h, 0))
        for h, k in held.items():
            per[h].surplus += max(0, k - g.seats.get(h, 0))
    result.per_huvudman = list(per.values())
    counts: dict[tuple[str, str], int] = {}
    for p in result.people:
        counts[(p.person, p.huvudman)] = counts.get((p.person, p.huvudman), 0) + len(p.option)
    result.over_limit = sorted((name, hm, n) for (name, hm), n in counts.items() if n > result.max_seats_per_person)


def principle_checks(option: Option, principles) -> list[Check]:
    """Each principle as the structure shows it; principles without a check are questions."""
    fig = figures(option)
    out = []
    for p in principles:
        items: list[str] = []
        numbers: dict[str, int | None] = {}
        if p.check == "mandate_path":
            items = [g.name for g in option.groups if g.level == "operativ" and path_length(option, g.name) is None]
            status = "not met" if items else "met"
            detail = (f"operativ groups without a mandate path to {option.top}: {', '.join(items)}" if items
                      else f"every operativ group has a mandate path to {option.top}")
        elif p.check == "huvudman_seated":
            items = list(fig.huvudman_without_seat)
            status = "not met" if items else "met"
            detail = "huvudmän without a seat: " + ", ".join(items) if items else "every huvudman has a seat"
        elif p.check == "group_count":
            status = "figure"
            numbers = {"fixed": sum(fig.groups_per_level.values()), **fig.groups_per_level,
                       "formed_as_needed": fig.groups_formed_as_needed}
            levels = ", ".join(f"{lvl} {n}" for lvl in LEVELS if (n := fig.groups_per_level.get(lvl)))
            detail = f"{numbers['fixed']} fixed groups ({levels}), {fig.groups_formed_as_needed} formed as needed"
        elif p.check == "reporting_steps":
            status = "figure"
            numbers = {"steps": fig.mandate_path_length}
            detail = ("no operativ group reaches the strategic level" if fig.mandate_path_length is None else
                      f"{fig.mandate_path_length} reporting steps from the deepest operativ group to {option.top}")
        else:
            status, detail = "question", "not shown by a structure: a question for the group"
        out.append(Check(p.number, p.text, p.check, status, detail, items, numbers))
    return out
