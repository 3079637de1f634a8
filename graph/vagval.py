"""The decision space of governance options: the vägval (dimensions) and their values, every
combination composed into an :class:`~graph.options.Option`, and the drawn alternatives
identified among the combinations.

No file I/O here: :mod:`loaders.vagval` reads ``options/vagval.toml`` and composes the options.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from samverkan.graph.ids import fold
from samverkan.graph.options import Option

CHECKS = ("huvudman_seated", "mandate_path", "group_count", "reporting_steps")


@dataclass(frozen=True)
class Value:
    """One value of a vägval, worded as the minutes word it (``short`` for titles)."""

    dimension: str
    key: str
    label: str
    short: str
    note: str = ""


@dataclass(frozen=True)
class Dimension:
    key: str
    question: str
    values: tuple[Value, ...]

    def value(self, key: str) -> Value:
        return next(v for v in self.values if v.key == key)


@dataclass(frozen=True)
class Principle:
    """A principle for the structure; ``check`` names how a structure shows it (None: a question)."""

    number: int
    text: str
    check: str | None = None


@dataclass(frozen=True)
class Drawn:
    """An alternative drawn in the minutes: its place in their list, wording, option file, choices."""

    number: int
    wording: str
    option: str
    choices: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Combination:
    """One composed option and the value it takes in each dimension (in dimension order)."""

    option: Option
    choices: tuple[tuple[str, str], ...]

    @property
    def name(self) -> str:
        return self.option.name

    def choice(self, dimension: str) -> str | None:
        return dict(self.choices).get(dimension)


@dataclass
class Space:
    dimensions: tuple[Dimension, ...]
    combinations: list[Combination]
    principles: tuple[Principle, ...]
    drawn: tuple[Drawn, ...]
    meeting_hours: float
    max_seats_per_person: int
    notes: tuple[str, ...] = ()
    source: str = ""

    def combination(self, name: str) -> Combination | None:
        return next((c for c in self.combinations if c.name == name), None)


def combination_name(choices: list[Value]) -> str:
    """A combination is named by its value keys in dimension order: ``program-tre-vid-behov``."""
    return "-".join(v.key for v in choices)


def combination_title(choices: list[Value]) -> str:
    return " · ".join(v.short for v in choices)


def is_drawn_as(drawn: Drawn, combination: Combination) -> bool:
    """True when every choice the drawn alternative states is the combination's."""
    return all(combination.choice(d) == v for d, v in drawn.choices.items())


def structure_differences(a: Option, b: Option) -> list[str]:
    """How two options' structures differ, one line each: groups only in one, parent or level changed.

    Groups are compared by name (case and diacritics aside); an empty list means the same structure.
    """
    ga, gb = {fold(g.name): g for g in a.groups}, {fold(g.name): g for g in b.groups}
    out = [f"only in {a.name}: {ga[k].name}" for k in ga if k not in gb]
    out += [f"only in {b.name}: {gb[k].name}" for k in gb if k not in ga]
    for k in ga.keys() & gb.keys():
        x, y = ga[k], gb[k]
        if x.level != y.level:
            out.append(f"{x.name}: level {x.level} in {a.name}, {y.level} in {b.name}")
        if fold(x.parent or "") != fold(y.parent or ""):
            out.append(f"{x.name}: under {x.parent or '–'} in {a.name}, under {y.parent or '–'} in {b.name}")
        if not x.formed_as_needed and not y.formed_as_needed and (
                x.seats != y.seats or x.meetings_per_year != y.meetings_per_year):
            out.append(f"{x.name}: seats or meetings differ between {a.name} and {b.name}")
    return sorted(out)


@dataclass
class Identification:
    """Where a drawn alternative sits in the space."""

    drawn: Drawn
    combinations: list[str]  # the combinations with its choices
    open_dimensions: list[str]  # dimensions the minutes leave open for it
    differences: list[str]  # its structure against the (first) matching combination
    same_wording: list[int] = field(default_factory=list)  # other drawn alternatives worded alike
    twin_differences: list[str] = field(default_factory=list)  # structure and assumptions vs those


def identify(space: Space, options: dict[str, Option]) -> list[Identification]:
    """Each drawn alternative: the combinations it is, what the minutes leave open, how its drawing
    differs from the composed structure and from another alternative with the same wording.

    ``options`` maps option name → the drawn option files read; a missing file gives no differences.
    """
    out = []
    for d in space.drawn:
        hits = [c for c in space.combinations if is_drawn_as(d, c)]
        open_dims = [x.key for x in space.dimensions if x.key not in d.choices]
        drawing = options.get(d.option)
        diffs = structure_differences(drawing, hits[0].option) if drawing is not None and hits else []
        out.append(Identification(d, [c.name for c in hits], open_dims, diffs))
    for ident in out:
        twins = [o for o in out if o is not ident and fold(o.drawn.wording) == fold(ident.drawn.wording)]
        ident.same_wording = [t.drawn.number for t in twins]
        a = options.get(ident.drawn.option)
        for t in twins:
            b = options.get(t.drawn.option)
            if a is None or b is None:
                continue
            ident.twin_differences += structure_differences(a, b)
            ident.twin_differences += [f"assumption only in {a.name}: {x}" for x in a.assumptions
                                       if x not in b.assumptions]
    return out


def drawn_label(space: Space, combination: Combination, not_stated: str = "not stated") -> str:
    """The drawn alternatives a combination is, e.g. ``"5 (princip not stated)"`` or ``"6, 7"``."""
    parts = []
    for d in space.drawn:
        if is_drawn_as(d, combination):
            open_dims = [x.key for x in space.dimensions if x.key not in d.choices]
            parts.append(str(d.number) + (f" ({', '.join(open_dims)} {not_stated})" if open_dims else ""))
    return ", ".join(parts)
