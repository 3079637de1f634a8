"""Read and validate governance option files (``options/*.toml``; schema in ``options/README.md``).

Every problem is one :class:`SamverkanError` line naming the file and what is wrong.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from samverkan.graph.errors import NotFound, SamverkanError
from samverkan.graph.ids import fold
from samverkan.graph.options import LEVELS, PRINCIPLES, Option, OptionGroup, expand_local_groups

OPTIONS_DIR = Path(__file__).resolve().parent.parent / "options"
SPACE_FILE = "vagval.toml"  # the vägval beside the options (loaders.vagval), not an option


def default_huvudman() -> tuple[str, ...]:
    """The huvudmän of the configured knowledge file, for options that list none."""
    from samverkan.loaders.knowledge import default_knowledge
    return tuple(h.name for h in default_knowledge().huvudmän if not h.collective)


def _is_region(name: str) -> bool:
    """A region (or landsting) by its form; every other huvudman is a kommun."""
    return bool(re.match(r"(?i)(?:region|landsting)", name)) or name.casefold().endswith("landsting")

TOP_KEYS = {"name", "title", "description", "principle", "huvudman", "top", "assumptions", "source",
            "local_fixed_groups", "local_group", "groups"}
GROUP_KEYS = {"name", "level", "parent", "perspective", "programme", "meetings_per_year", "seats",
              "formed_as_needed", "maps_from", "note"}


class OptionError(SamverkanError):
    def __init__(self, path, problem: str):
        self.path = str(path)
        super().__init__(f"{self.path}: {problem}")


def _str(path, data: dict, key: str, where: str, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise OptionError(path, f"{where}: '{key}' is required")
        return None
    if not isinstance(value, str) or not value.strip():
        raise OptionError(path, f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _seats(path, raw, where: str, huvudman: tuple[str, ...], allow_kommun: bool = False) -> dict[str, int]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise OptionError(path, f"{where}: 'seats' must be a table, e.g. {{ per_huvudman = 1 }}")
    out: dict[str, int] = {}
    known = {fold(h): h for h in huvudman}
    for key, n in raw.items():
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise OptionError(path, f"{where}: seats '{key}' must be a whole number ≥ 0")
        if key not in ("per_huvudman", "kommun") and fold(key) not in known:
            raise OptionError(path, f"{where}: seats for unknown huvudman '{key}' (known: {', '.join(huvudman)})")
        if key == "kommun" and not allow_kommun:
            raise OptionError(path, f"{where}: seats key 'kommun' is only allowed in [local_group]")
    if "per_huvudman" in raw:
        out = {h: raw["per_huvudman"] for h in huvudman}
    for key, n in raw.items():  # explicit counts override per_huvudman
        if key == "kommun":
            out["kommun"] = n
        elif key != "per_huvudman":
            out[known[fold(key)]] = n
    return out


def _group(path, raw, where: str, huvudman: tuple[str, ...], template: bool = False) -> OptionGroup:
    if not isinstance(raw, dict):
        raise OptionError(path, f"{where} must be a table")
    unknown = set(raw) - GROUP_KEYS
    if unknown:
        raise OptionError(path, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    name = _str(path, raw, "name", where, required=True)
    where = f"{where} '{name}'"
    level = _str(path, raw, "level", where, required=True)
    if level not in LEVELS:
        raise OptionError(path, f"{where}: level '{level}' is not one of {', '.join(LEVELS)}")
    perspective, programme = _str(path, raw, "perspective", where), _str(path, raw, "programme", where)
    if perspective and programme:
        raise OptionError(path, f"{where}: give a perspective or a programme, not both")
    meetings = raw.get("meetings_per_year", 0)
    if not isinstance(meetings, int) or isinstance(meetings, bool) or meetings < 0:
        raise OptionError(path, f"{where}: 'meetings_per_year' must be a whole number ≥ 0")
    as_needed = raw.get("formed_as_needed", False)
    if not isinstance(as_needed, bool):
        raise OptionError(path, f"{where}: 'formed_as_needed' must be true or false")
    maps_from = raw.get("maps_from", [])
    if not isinstance(maps_from, list) or not all(isinstance(m, str) and m.strip() for m in maps_from):
        raise OptionError(path, f"{where}: 'maps_from' must be a list of group names")
    seats = _seats(path, raw.get("seats"), where, huvudman, allow_kommun=template)
    if as_needed and (seats or meetings):
        raise OptionError(path, f"{where}: a group formed as needed has no fixed seats or meetings")
    if not as_needed and not seats:
        raise OptionError(path, f"{where}: 'seats' is required for a fixed group")
    return OptionGroup(name=name, level=level, parent=_str(path, raw, "parent", where), perspective=perspective,
                       programme=programme, meetings_per_year=meetings, seats=seats, formed_as_needed=as_needed,
                       maps_from=tuple(maps_from), note=_str(path, raw, "note", where) or "")


def parse_option(data: dict, path: str | Path = "<option>") -> Option:
    """Validate one option's TOML data and build the :class:`Option`."""
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise OptionError(path, f"unknown key(s) {', '.join(sorted(unknown))}")
    name = _str(path, data, "name", "option", required=True)
    title = _str(path, data, "title", "option", required=True)
    description = _str(path, data, "description", "option", required=True)
    principle = _str(path, data, "principle", "option")
    if principle is not None and principle not in PRINCIPLES:
        raise OptionError(path, f"principle '{principle}' is not one of: {' | '.join(PRINCIPLES)}")
    huvudman = data.get("huvudman", list(default_huvudman()))
    if not isinstance(huvudman, list) or not huvudman or not all(isinstance(h, str) and h for h in huvudman):
        raise OptionError(path, "'huvudman' must be a non-empty list of names")
    huvudman = tuple(huvudman)
    for key in ("assumptions",):
        if not isinstance(data.get(key, []), list) or not all(isinstance(x, str) for x in data.get(key, [])):
            raise OptionError(path, f"'{key}' must be a list of strings")
    raw_groups = data.get("groups")
    if not isinstance(raw_groups, list) or not raw_groups:
        raise OptionError(path, "at least one [[groups]] table is required")
    groups = [_group(path, g, f"[[groups]] #{i + 1}", huvudman) for i, g in enumerate(raw_groups)]

    kommuner = [h for h in huvudman if not _is_region(h)]
    local = data.get("local_fixed_groups", False)
    if isinstance(local, bool):
        local_for = kommuner if local else []
    elif isinstance(local, dict):
        known = {fold(k): k for k in kommuner}
        short = {fold(k).split()[0]: k for k in kommuner}
        local_for = []
        for key, flag in local.items():
            k = known.get(fold(key)) or short.get(fold(key))
            if k is None:
                raise OptionError(path, f"local_fixed_groups: unknown kommun '{key}'")
            if not isinstance(flag, bool):
                raise OptionError(path, f"local_fixed_groups: '{key}' must be true or false")
            if flag:
                local_for.append(k)
    else:
        raise OptionError(path, "'local_fixed_groups' must be true, false or a table of kommun = true/false")
    template = None
    if "local_group" in data:
        template = _group(path, data["local_group"], "[local_group]", huvudman, template=True)
    if local_for and template is None:
        raise OptionError(path, "local_fixed_groups is set but there is no [local_group] template")
    groups = expand_local_groups(groups, local_for, template)

    names = [g.name for g in groups]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise OptionError(path, f"group name(s) used twice: {', '.join(dupes)}")
    for g in groups:
        if g.parent and g.parent not in names:
            raise OptionError(path, f"group '{g.name}': parent '{g.parent}' is not a group of this option")
        if g.parent and LEVELS.index(option_level(groups, g.parent)) > LEVELS.index(g.level):
            raise OptionError(path, f"group '{g.name}' ({g.level}) sits under a lower level group '{g.parent}'")
    for g in groups:
        seen, current = set(), g.name
        while current:
            if current in seen:
                raise OptionError(path, f"group '{g.name}': parents form a cycle")
            seen.add(current)
            current = next(x.parent for x in groups if x.name == current)
    # the strategic body mandate paths are measured from: as written, else the first strategisk group
    top = data.get("top") or next((g.name for g in groups if g.level == "strategisk"), names[0])
    if top not in names:
        raise OptionError(path, f"top body '{top}' is not a group of this option")
    return Option(name=name, title=title, description=description, groups=tuple(groups), huvudman=huvudman,
                  principle=principle, top=top, assumptions=tuple(data.get("assumptions", [])),
                  source=_str(path, data, "source", "option") or "")


def option_level(groups: list[OptionGroup], name: str) -> str:
    return next(g.level for g in groups if g.name == name)


def read_toml(path: Path) -> dict:
    """A TOML file of the options folder as data; what cannot be read is one OptionError naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise OptionError(path, f"cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise OptionError(path, "not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise OptionError(path, f"not valid TOML ({exc})") from exc


def read_option(path: str | Path) -> Option:
    """Read one option file."""
    path = Path(path)
    option = parse_option(read_toml(path), path)
    if option.name != path.stem:
        raise OptionError(path, f"name '{option.name}' must match the file name '{path.stem}'")
    return option


def read_options(folder: str | Path | None = None) -> list[Option]:
    """All option files in ``folder`` (default: the bundled ``options/``), ``nuvarande`` first."""
    folder = Path(folder) if folder else OPTIONS_DIR
    if not folder.is_dir():
        raise NotFound(f"{folder}: no options folder")
    options = [read_option(p) for p in sorted(folder.glob("*.toml")) if p.name != SPACE_FILE]
    if not options:
        raise NotFound(f"{folder}: no option files (*.toml)")
    return sorted(options, key=lambda o: (o.name != "nuvarande", o.name))


def find_option(options: list[Option], query: str) -> Option:
    """The option named ``query`` (name or title, forgiving about case and diacritics)."""
    from samverkan.graph.errors import AmbiguousName

    q = fold(query)
    exact = [o for o in options if q in (fold(o.name), fold(o.title))]
    hits = exact or [o for o in options if q in fold(o.name) or q in fold(o.title)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise NotFound(f"no option matches '{query}' (see: samverkan options list)")
    raise AmbiguousName(query, [(o.name, f"{o.name} — {o.title}") for o in hits])
