"""Governance options: alternative collaboration structures as data, and how they compare.

An :class:`Option` is a set of groups in tiers (politisk → operativ) with parents, seats per
huvudman and meetings a year; fixed local groups per kommun are expanded from a template.
:func:`compare` reports, per option, what the structure costs (groups, seats, meetings) and how
long the mandate path from the strategic body to the operational level is; given today's graph
it also maps today's members into the option's groups.

No file I/O here: :mod:`loaders.options` reads and validates option files.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

from samverkan.graph.ids import fold

LEVELS = ("politisk", "strategisk", "taktisk", "operativ")
PRINCIPLES = ("mål och program", "mål och aktivitet")


@dataclass(frozen=True)
class OptionGroup:
    """One body in an option. ``seats`` maps huvudman → seats; empty for groups formed as needed."""

    name: str
    level: str
    parent: str | None = None
    perspective: str | None = None
    programme: str | None = None
    meetings_per_year: int = 0
    seats: dict[str, int] = field(default_factory=dict, hash=False, compare=False)
    formed_as_needed: bool = False
    maps_from: tuple[str, ...] = ()
    kommun: str | None = None  # set on a fixed local group
    note: str = ""


@dataclass(frozen=True)
class Option:
    name: str
    title: str
    description: str
    groups: tuple[OptionGroup, ...]
    huvudman: tuple[str, ...]
    principle: str | None = None
    top: str = ""  # the strategic body mandate paths are measured from
    assumptions: tuple[str, ...] = ()
    source: str = ""

    def group(self, name: str) -> OptionGroup:
        return next(g for g in self.groups if g.name == name)

    @property
    def tactical_groups(self) -> int:
        return sum(1 for g in self.groups if g.level == "taktisk" and not g.formed_as_needed)

    @property
    def local_fixed_groups(self) -> tuple[str, ...]:
        return tuple(g.kommun for g in self.groups if g.kommun)


def expand_local_groups(groups: list[OptionGroup], kommuner: list[str],
                        template: OptionGroup | None) -> list[OptionGroup]:
    """Add one fixed local group per kommun from ``template``.

    The template's name may hold ``{kommun}``; its seat key ``kommun`` means the local kommun.
    """
    out = list(groups)
    if template is None:
        return out
    for k in kommuner:
        seats = {}
        for key, n in template.seats.items():
            seats[k if key == "kommun" else key] = seats.get(k if key == "kommun" else key, 0) + n
        out.append(OptionGroup(
            name=template.name.replace("{kommun}", k), level=template.level, parent=template.parent,
            perspective=template.perspective, programme=template.programme,
            meetings_per_year=template.meetings_per_year, seats=seats, formed_as_needed=False,
            maps_from=tuple(m.replace("{kommun}", k) for m in template.maps_from), kommun=k, note=template.note))
    return out


def path_length(option: Option, group: str) -> int | None:
    """Parent hops from ``group`` up to the option's top body (None if it does not lead there)."""
    hops, seen, current = 0, set(), group
    while current and current not in seen:
        if current == option.top:
            return hops
        seen.add(current)
        g = next((x for x in option.groups if x.name == current), None)
        current = g.parent if g else None
        hops += 1
    return None


@dataclass
class Figures:
    """What one option implies. Mapping figures are None when no graph was given."""

    name: str
    title: str
    principle: str | None
    groups_per_level: dict[str, int]
    groups_formed_as_needed: int
    tactical_groups: int
    local_fixed_groups: list[str]
    seats_per_huvudman: dict[str, int]
    total_seats: int
    meetings_per_year: int
    seat_meetings_per_huvudman: dict[str, int]
    mandate_path_length: int | None
    huvudman_without_seat: list[str]
    people_per_group: dict[str, int] | None = None
    seats_per_person_max: int | None = None
    seats_per_person_mean: float | None = None
    people_mapped: int | None = None
    people_unmapped: int | None = None
    unfilled_seats: dict[str, list[str]] | None = None


def figures(option: Option) -> Figures:
    """The structural figures of one option (no graph needed)."""
    fixed = [g for g in option.groups if not g.formed_as_needed]
    per_level = {lvl: sum(1 for g in fixed if g.level == lvl) for lvl in LEVELS}
    seats: dict[str, int] = {h: 0 for h in option.huvudman}
    seat_meetings: dict[str, int] = {h: 0 for h in option.huvudman}
    for g in fixed:
        for h, n in g.seats.items():
            seats[h] = seats.get(h, 0) + n
            seat_meetings[h] = seat_meetings.get(h, 0) + n * g.meetings_per_year
    operational = [g for g in option.groups if g.level == "operativ"]
    lengths = [path_length(option, g.name) for g in operational]
    known = [n for n in lengths if n is not None]
    return Figures(
        name=option.name, title=option.title, principle=option.principle, groups_per_level=per_level,
        groups_formed_as_needed=sum(1 for g in option.groups if g.formed_as_needed),
        tactical_groups=option.tactical_groups, local_fixed_groups=list(option.local_fixed_groups),
        seats_per_huvudman=seats, total_seats=sum(seats.values()),
        meetings_per_year=sum(g.meetings_per_year for g in fixed), seat_meetings_per_huvudman=seat_meetings,
        mandate_path_length=max(known) if known else None,
        huvudman_without_seat=[h for h in option.huvudman if not seats.get(h)],
    )


@dataclass(frozen=True)
class TodaySeat:
    """A seat in today's structure: who, in which group (name, aliases, level), for which huvudman."""

    person_id: str
    group_names: tuple[str, ...]
    level: str | None
    huvudman: str | None
    perspective: str | None = None


def today_seats(G: nx.MultiDiGraph, as_of: str | None = None) -> list[TodaySeat]:
    """Today's seats from the graph (memberships in force), with names for mapping."""
    from samverkan.graph.views import seats

    out = []
    for s in seats(G, as_of):
        d = G.nodes[s.group_id]
        names = tuple(x for x in [d.get("name"), *(d.get("aliases") or [])] if x)
        hm = G.nodes[s.huvudman_id].get("name") if s.huvudman_id else None
        out.append(TodaySeat(s.person_id, names, d.get("level"), hm, s.perspective))
    return out


def _mentions(pattern: str, names: tuple[str, ...]) -> bool:
    p = fold(pattern)
    return bool(p) and any(p == fold(n) or f" {p} " in f" {fold(n)} " for n in names)


def targets(option: Option, seat: TodaySeat, sole_of_level: bool = True) -> list[str]:
    """The option groups a seat in today's structure maps to.

    In order: groups whose ``maps_from`` names today's group; a group with the same name; groups
    whose perspective today's group (or the membership) names; the only fixed group on the same
    level when it has no perspective, programme or ``maps_from`` of its own (left out when
    ``sole_of_level`` is false).
    """
    fixed = [g for g in option.groups if not g.formed_as_needed]
    hits = [g.name for g in fixed if any(_mentions(m, seat.group_names) for m in g.maps_from)]
    if hits:
        return hits
    hits = [g.name for g in fixed if any(fold(g.name) == fold(n) for n in seat.group_names)]
    if hits:
        return hits
    hits = [g.name for g in fixed if g.perspective and seat.level == g.level and (
        _mentions(g.perspective, seat.group_names) or (seat.perspective and fold(seat.perspective) == fold(g.perspective)))]
    if hits:
        return hits
    if not sole_of_level:
        return []
    same_level = [g for g in fixed if g.level == seat.level]
    sole = same_level[0] if len(same_level) == 1 else None
    if sole and not sole.perspective and not sole.programme and not sole.maps_from:
        return [sole.name]
    return []


def map_members(option: Option, seats_today: list[TodaySeat], fig: Figures) -> Figures:
    """Fill the mapping figures of ``fig``: people per group, seats per person, unfilled seats."""
    people: dict[str, set[str]] = defaultdict(set)
    filled: dict[str, set[str]] = defaultdict(set)
    mapped_people: set[str] = set()
    all_people = {s.person_id for s in seats_today}
    for s in seats_today:
        for t in targets(option, s):
            people[t].add(s.person_id)
            mapped_people.add(s.person_id)
            if s.huvudman:
                filled[t].add(fold(s.huvudman))
    per_person: dict[str, int] = defaultdict(int)
    for members in people.values():
        for p in members:
            per_person[p] += 1
    fig.people_per_group = {g.name: len(people.get(g.name, ())) for g in option.groups if not g.formed_as_needed}
    fig.seats_per_person_max = max(per_person.values(), default=0)
    fig.seats_per_person_mean = round(sum(per_person.values()) / len(per_person), 2) if per_person else 0.0
    fig.people_mapped = len(mapped_people)
    fig.people_unmapped = len(all_people - mapped_people)
    fig.unfilled_seats = {}
    for g in option.groups:
        if g.formed_as_needed:
            continue
        missing = [h for h, n in g.seats.items() if n and fold(h) not in filled.get(g.name, set())]
        if missing:
            fig.unfilled_seats[g.name] = missing
    return fig


def compare(options: list[Option], G: nx.MultiDiGraph | None = None, as_of: str | None = None) -> list[Figures]:
    """Figures for each option, in the given order; with ``G`` also today's members mapped in."""
    seats_today = today_seats(G, as_of) if G is not None else None
    out = []
    for option in options:
        fig = figures(option)
        if seats_today is not None:
            map_members(option, seats_today, fig)
        out.append(fig)
    return out


def check_against(option: Option, G: nx.MultiDiGraph) -> list[str]:
    """What an option file and the loaded minutes disagree on, one line each.

    For each fixed group of the option (local groups aside): whether the minutes hold a group
    of that name (or of a ``maps_from`` alias), and whether the seats per huvudman the option
    gives match the current seats the minutes list; then the politisk, strategisk and taktisk
    groups of the minutes the option does not name.
    """
    from samverkan.graph.views import seats

    groups = {n: d for n, d in G.nodes(data=True) if d.get("label") == "Group"}
    names = {n: tuple(x for x in [d.get("name"), *(d.get("aliases") or [])] if x) for n, d in groups.items()}
    held: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for s in seats(G):
        hm = G.nodes[s.huvudman_id].get("name") if s.huvudman_id else "huvudman not known"
        held[s.group_id][hm] += 1
    found: set[str] = set()
    out = []
    for g in option.groups:
        if g.formed_as_needed or g.kommun:
            continue
        hits = [n for n, ns in names.items()
                if any(fold(g.name) == fold(x) for x in ns) or any(_mentions(m, ns) for m in g.maps_from)]
        if not hits:
            out.append(f"{g.name}: no group of this name (or its maps_from) in the loaded minutes")
            continue
        found.update(hits)
        exact = [n for n in hits if fold(groups[n].get("name") or "") == fold(g.name)]
        if not exact:
            out.append(f"{g.name}: the minutes write it '{groups[hits[0]].get('name')}'")
        listed: dict[str, int] = defaultdict(int)
        for n in hits:
            for hm, k in held.get(n, {}).items():
                listed[hm] += k
        if listed and sum(listed.values()) != sum(g.seats.values()):
            per = ", ".join(f"{hm} {k}" for hm, k in sorted(listed.items()))
            out.append(f"{g.name}: the option gives {sum(g.seats.values())} seats; the minutes list "
                       f"{sum(listed.values())} current members ({per})")
    for n, d in sorted(groups.items(), key=lambda x: x[1].get("name") or ""):
        if n not in found and d.get("level") in ("politisk", "strategisk", "taktisk") and held.get(n):
            out.append(f"{d.get('name')} ({d.get('level')}): in the minutes, not in the option")
    return out
