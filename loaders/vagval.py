"""Read ``options/vagval.toml`` (the vägval as data; schema in ``options/README.md``) and compose
every combination of its values into an option.

A value shapes the structure through the keys it sets: ``principle``, ``groups`` (group tables
as in an option file), ``local_fixed_groups`` with ``local_group``, and ``under_each`` (a group
added under every group of a level; ``{focus}`` in its name is that group's perspective,
programme or name). The ``base`` groups are in every combination. Each composed structure is
validated like an option file, so every problem is one line naming the file.
"""
from __future__ import annotations

import itertools
from pathlib import Path

from samverkan.graph.vagval import (CHECKS, Combination, Dimension, Drawn, Principle, Space, Value,
                                    combination_name, combination_title)
from samverkan.loaders.options import OPTIONS_DIR, SPACE_FILE, OptionError, parse_option, read_toml

TOP_KEYS = {"source", "assumptions", "base", "dimensions", "principles", "drawn", "huvudman"}
VALUE_KEYS = {"key", "label", "short", "note", "principle", "groups", "local_fixed_groups", "local_group",
              "under_each"}
SINGLE = ("principle", "local_fixed_groups", "local_group", "under_each")  # at most one value sets each


def space_file(folder: str | Path | None = None) -> Path:
    return (Path(folder) if folder else OPTIONS_DIR) / SPACE_FILE


def _text(path, raw: dict, key: str, where: str, required: bool = True) -> str:
    value = raw.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise OptionError(path, f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _table_list(path, raw, where: str) -> list[dict]:
    if not isinstance(raw, list) or not raw or not all(isinstance(x, dict) for x in raw):
        raise OptionError(path, f"{where}: at least one table is required")
    return raw


def _dimensions(path, data: dict) -> list[tuple[Dimension, list[dict]]]:
    out, seen = [], set()
    for i, raw in enumerate(_table_list(path, data.get("dimensions"), "[[dimensions]]")):
        key = _text(path, raw, "key", f"[[dimensions]] #{i + 1}")
        where = f"dimension '{key}'"
        if key in seen:
            raise OptionError(path, f"{where}: key used twice")
        seen.add(key)
        unknown = set(raw) - {"key", "question", "values"}
        if unknown:
            raise OptionError(path, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        values, raws, keys = [], [], set()
        for j, v in enumerate(_table_list(path, raw.get("values"), f"{where} values")):
            vkey = _text(path, v, "key", f"{where} value #{j + 1}")
            vwhere = f"{where} value '{vkey}'"
            if vkey in keys:
                raise OptionError(path, f"{vwhere}: key used twice")
            keys.add(vkey)
            unknown = set(v) - VALUE_KEYS
            if unknown:
                raise OptionError(path, f"{vwhere}: unknown key(s) {', '.join(sorted(unknown))}")
            label = _text(path, v, "label", vwhere)
            values.append(Value(key, vkey, label, _text(path, v, "short", vwhere, False) or label,
                                _text(path, v, "note", vwhere, False)))
            raws.append(v)
        out.append((Dimension(key, _text(path, raw, "question", where, False), tuple(values)), raws))
    return out


def _compose(path, data: dict, chosen: list[tuple[Value, dict]], notes: list[str]) -> dict:
    """The option data of one combination of values."""
    values = [v for v, _ in chosen]
    name = combination_name(values)
    option: dict = {
        "name": name, "title": combination_title(values),
        "description": "Sammansatt ur vägvalen: " + " ".join(f"{i}) {v.label}." for i, v in enumerate(values, 1)),
        "source": data.get("source") or "",
        "assumptions": notes + [v.note for v in values if v.note],
        "groups": [dict(g) for g in data.get("base", [])],
    }
    if "huvudman" in data:
        option["huvudman"] = data["huvudman"]
    under_each = None
    for v, raw in chosen:
        for key in SINGLE:
            if key in raw:
                if key in option or (key == "under_each" and under_each is not None):
                    raise OptionError(path, f"combination {name}: two values set '{key}'")
                if key == "under_each":
                    under_each = raw[key]
                else:
                    option[key] = raw[key]
        groups = raw.get("groups", [])
        if not isinstance(groups, list) or not all(isinstance(g, dict) for g in groups):
            raise OptionError(path, f"value '{v.key}': 'groups' must be [[...groups]] tables")
        option["groups"] += [dict(g) for g in groups]
    if under_each is not None:
        if not isinstance(under_each, dict) or not isinstance(under_each.get("of_level"), str):
            raise OptionError(path, f"combination {name}: 'under_each' needs of_level = a level")
        template = {k: v for k, v in under_each.items() if k != "of_level"}
        for g in list(option["groups"]):
            if g.get("level") == under_each["of_level"]:
                focus = g.get("perspective") or g.get("programme") or g.get("name") or ""
                option["groups"].append({**template, "name": str(template.get("name", "{focus}")).replace("{focus}", focus),
                                         "parent": g.get("name")})
    if "principle" in option and option["principle"] is None:
        del option["principle"]
    return option


def parse_space(data: dict, path: str | Path = "<vagval>") -> Space:
    """Validate the vägval data and compose every combination."""
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise OptionError(path, f"unknown key(s) {', '.join(sorted(unknown))}")
    assumptions = data.get("assumptions", {})
    if not isinstance(assumptions, dict):
        raise OptionError(path, "[assumptions] must be a table")
    hours = assumptions.get("meeting_hours")
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or hours <= 0:
        raise OptionError(path, "[assumptions] meeting_hours must be a number of hours > 0 (the assumed meeting length)")
    limit = assumptions.get("max_seats_per_person")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise OptionError(path, "[assumptions] max_seats_per_person must be a whole number ≥ 1")
    notes = assumptions.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(x, str) for x in notes):
        raise OptionError(path, "[assumptions] notes must be a list of strings")
    if not isinstance(data.get("base", []), list):
        raise OptionError(path, "'base' must be [[base]] group tables")
    dims = _dimensions(path, data)
    combos = []
    for chosen in itertools.product(*[list(zip(d.values, raws)) for d, raws in dims]):
        option_data = _compose(path, data, list(chosen), list(notes))
        option = parse_option(option_data, f"{path} (combination {option_data['name']})")
        combos.append(Combination(option, tuple((v.dimension, v.key) for v, _ in chosen)))
    principles = []
    for i, raw in enumerate(data.get("principles", []) or []):
        where = f"[[principles]] #{i + 1}"
        if not isinstance(raw, dict):
            raise OptionError(path, f"{where} must be a table")
        check = raw.get("check")
        if check is not None and check not in CHECKS:
            raise OptionError(path, f"{where}: check '{check}' is not one of {', '.join(CHECKS)}")
        principles.append(Principle(i + 1, _text(path, raw, "text", where), check))
    dimensions = tuple(d for d, _ in dims)
    drawn = []
    for i, raw in enumerate(data.get("drawn", []) or []):
        where = f"[[drawn]] #{i + 1}"
        if not isinstance(raw, dict):
            raise OptionError(path, f"{where} must be a table")
        choices = raw.get("choices", {})
        if not isinstance(choices, dict):
            raise OptionError(path, f"{where}: 'choices' must be a table of dimension = value")
        for dim, value in choices.items():
            d = next((x for x in dimensions if x.key == dim), None)
            if d is None:
                raise OptionError(path, f"{where}: unknown dimension '{dim}' (known: {', '.join(x.key for x in dimensions)})")
            if not any(v.key == value for v in d.values):
                raise OptionError(path, f"{where}: dimension '{dim}' has no value '{value}' "
                                        f"(known: {', '.join(v.key for v in d.values)})")
        drawn.append(Drawn(i + 1, _text(path, raw, "wording", where), _text(path, raw, "option", where), dict(choices)))
    return Space(dimensions, combos, tuple(principles), tuple(drawn), float(hours), limit, tuple(notes),
                 str(data.get("source") or ""))


def read_space(folder: str | Path | None = None) -> Space:
    """The vägval file of an options folder (default: the bundled ``options/``), composed."""
    path = space_file(folder)
    if not path.is_file():
        raise OptionError(path, "no vägval file in this options folder")
    return parse_space(read_toml(path), path)
