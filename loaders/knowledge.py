"""The regional knowledge file: huvudmän, units, external bodies and collaboration groups.

Regional facts live in a TOML file, not in code (see ``docs/knowledge.md``). The packaged
file describes Blekinge; a user elsewhere points ``SAMVERKAN_KNOWLEDGE`` (or the ``path``
argument) at their own.

>>> k = load_knowledge()
>>> k.match_organisation("Sölvesborg kommun").name
'Sölvesborgs kommun'
>>> k.match_group("LSVO:s ledningsgrupp").name
'LSVO'
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from samverkan.graph.errors import SamverkanError
from samverkan.graph.ids import fold, make_id
from samverkan.graph.model import LEVELS

PACKAGED = Path(__file__).with_name("data") / "blekinge.toml"
ENV_VAR = "SAMVERKAN_KNOWLEDGE"


class KnowledgeError(SamverkanError):
    """The knowledge file is missing or malformed."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True)
class OrgEntry:
    """A huvudman, a unit or an external body the knowledge file names."""

    name: str
    classification: str  # huvudman | unit | external
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # canonical huvudman name, for units
    collective: bool = False


@dataclass(frozen=True)
class Representation:
    """Who a group's seats belong to: expected huvudmän and a size rule."""

    huvudman: str | tuple[str, ...] | None = None  # "all" or canonical huvudman names
    min: int | None = None
    max: int | None = None


@dataclass(frozen=True)
class GroupEntry:
    """A collaboration body of the region's structure."""

    name: str
    aliases: tuple[str, ...] = ()
    level: str | None = None
    parent: str | None = None
    representation: Representation = field(default_factory=Representation)


@dataclass(frozen=True)
class GroupType:
    """A word naming a kind of body ("styrgrupp") and the level a new body of it gets."""

    word: str
    level: str | None = None
    generic: bool = False  # the bare word refers to a body named elsewhere


_PARAGRAPH = re.compile(r"§\s*\d+\w*(/\d+)?")
_ARTICLE = re.compile(r"^(den|det|de|en|ett|the)\s+", re.I)


def _key(text: str) -> str:
    """Forgiving comparison key: paragraph marks dropped, casefolded, hyphens as spaces, no diacritics."""
    text = _PARAGRAPH.sub(" ", text or "")
    text = text.replace(":s ", "s ").replace(":s", "s")
    return fold(text)


@dataclass
class Knowledge:
    """What the region's knowledge file says, with look-ups by name as written."""

    path: str
    region: str
    huvudmän: tuple[OrgEntry, ...]
    units: tuple[OrgEntry, ...]
    external: tuple[OrgEntry, ...]
    groups: tuple[GroupEntry, ...]
    group_types: tuple[GroupType, ...]
    unit_patterns: tuple[re.Pattern, ...]
    outside_markers: tuple[str, ...] = ()
    not_person_names: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()
    name_prefixes: tuple[str, ...] = ()
    default_huvudman: str | None = None

    def __post_init__(self):
        self._orgs: dict[str, OrgEntry] = {}
        for entry in (*self.huvudmän, *self.units, *self.external):
            for name in (entry.name, *entry.aliases):
                self._orgs.setdefault(_key(name), entry)
        self._groups: dict[str, GroupEntry] = {}
        for g in self.groups:
            for name in (g.name, *g.aliases):
                self._groups.setdefault(_key(name), g)
        # huvudman aliases longest first, for suffix matching ("socialförvaltningen Karlshamns kommun")
        self._huvudman_suffixes = sorted(
            ((_key(n), h) for h in self.huvudmän if not h.collective for n in (h.name, *h.aliases)),
            key=lambda p: -len(p[0]))
        self._types = sorted(self.group_types, key=lambda t: -len(t.word))

    # ------------------------------------------------------------------ organisations
    def match_organisation(self, text: str | None) -> OrgEntry | None:
        """The known huvudman, unit or external body ``text`` names, or None.

        >>> load_knowledge().match_organisation("Ronneby kommun§111").name
        'Ronneby kommun'
        """
        if not text:
            return None
        k = _key(_ARTICLE.sub("", text.strip()))
        hit = self._orgs.get(k)
        if hit is None and k.endswith("s") and len(k) > 4:
            hit = self._orgs.get(k[:-1])  # genitive: "Region Blekinges"
        return hit

    def huvudman(self, name: str) -> OrgEntry | None:
        """The huvudman with this canonical name or alias."""
        hit = self.match_organisation(name)
        return hit if hit is not None and hit.classification == "huvudman" else None

    def split_organisation(self, text: str | None) -> tuple[str | None, OrgEntry | None]:
        """Split "socialförvaltningen Karlshamns kommun" into the unit as written and the huvudman.

        >>> u, h = load_knowledge().split_organisation("Vård- och omsorgsförvaltningen, Ronneby kommun")
        >>> u, h.name
        ('Vård- och omsorgsförvaltningen', 'Ronneby kommun')
        """
        if not text:
            return None, None
        clean = _PARAGRAPH.sub(" ", text)
        clean = re.sub(r"\s+", " ", clean).strip(" ,;.:()")
        if not clean:
            return None, None
        whole = self.match_organisation(clean)
        if whole is not None and whole.classification == "huvudman":
            return None, whole
        words = clean.split(" ")
        # the longest trailing run of words that names a huvudman
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            h = self.huvudman(tail)
            if h is not None and not h.collective:
                head = " ".join(words[:i]).strip(" ,;.:-")
                head = re.sub(r"\s+(inom|i|på|vid|hos)$", "", head, flags=re.I).strip(" ,;.:-")
                return (head or None), h
        return clean, None

    def is_unit(self, text: str | None) -> bool:
        """Whether ``text`` names a förvaltning, enhet, avdelning or similar unit."""
        if not text:
            return False
        hit = self.match_organisation(text)
        if hit is not None:
            return hit.classification == "unit"
        return any(p.search(text) for p in self.unit_patterns)

    def known_unit(self, text: str | None) -> OrgEntry | None:
        hit = self.match_organisation(text)
        return hit if hit is not None and hit.classification == "unit" else None

    # ------------------------------------------------------------------ groups
    def match_group(self, text: str | None) -> GroupEntry | None:
        """The known group ``text`` names, or None.

        >>> load_knowledge().match_group("det interkommunala forumet").name
        'Interkommunala forumet'
        """
        if not text:
            return None
        raw = _ARTICLE.sub("", text.strip())
        k = _key(raw)
        hit = self._groups.get(k)
        if hit is None and k.startswith("samverkansgruppen "):
            hit = self._groups.get("samverkansgrupp " + k[len("samverkansgruppen "):])
        return hit

    def group(self, name: str) -> GroupEntry | None:
        return self.match_group(name)

    def group_type(self, text: str | None) -> GroupType | None:
        """The longest group-type word ``text`` contains ("Arbetsgrupp X" → arbetsgrupp)."""
        if not text:
            return None
        k = _key(text)
        for t in self._types:
            if _key(t.word) in k:
                return t
        return None

    def is_outside(self, text: str | None) -> bool:
        """Whether a body's name places it outside the regional structure (national bodies)."""
        words = set(_key(text or "").split())
        return any(_key(m) in words for m in self.outside_markers)

    def level_for(self, name: str, parent: str | None = None) -> str | None:
        """The level of a body named ``name``: the known group's, else its type word's."""
        g = self.match_group(name)
        if g is not None:
            return g.level
        if self.is_outside(name):
            return None
        t = self.group_type(name)
        if t is None:
            return None
        if t.level == "taktisk" and _key(t.word) == "styrgrupp" and parent:
            pg = self.match_group(parent)
            if pg is not None and pg.level == "operativ":
                return "operativ"
        return t.level

    # ------------------------------------------------------------------ seed
    def seed_rows(self) -> tuple[list, list]:
        """Node and edge rows for the structure the region knows before any minutes are read.

        The huvudmän (with ``collective`` for "the kommuner together") and the groups with
        level, parent, the huvudmän each expects a seat for and its size rule, so that gaps
        can be found in a group whose minutes have never been loaded.

        >>> nodes, edges = load_knowledge().seed_rows()
        >>> lsvo = next(n for n in nodes if n.props["name"] == "LSVO")
        >>> lsvo.props["level"], len(lsvo.props["expects"])
        ('strategisk', 6)
        """
        from samverkan.graph.schema import EdgeRow, NodeRow

        nodes, edges = [], []
        every = [make_id("org", h.name) for h in self.huvudmän if not h.collective]
        for h in self.huvudmän:
            props = {"name": h.name, "classification": "huvudman", "aliases": sorted(set(h.aliases))}
            if h.collective:
                props["collective"] = True
            nodes.append(NodeRow(make_id("org", h.name), "Organisation", props))
        for g in self.groups:
            gid = make_id("group", g.name)
            props = {"name": g.name, "level": g.level, "aliases": sorted(set(g.aliases))}
            rule = g.representation
            if rule.huvudman == "all":
                props["expects"] = every
            elif rule.huvudman:
                names = (rule.huvudman,) if isinstance(rule.huvudman, str) else rule.huvudman
                props["expects"] = [make_id("org", n) for n in names]
            if rule.min is not None:
                props["size_min"] = rule.min
            if rule.max is not None:
                props["size_max"] = rule.max
            nodes.append(NodeRow(gid, "Group", props))
            if g.parent:
                pid = make_id("group", g.parent)
                edges.append(EdgeRow(make_id("part_of", gid, pid), "PART_OF", gid, pid, {}))
        return nodes, edges

    # ------------------------------------------------------------------ people
    def is_not_person(self, text: str) -> bool:
        """Whether the knowledge file rules ``text`` out as a person name."""
        k = _key(text)
        if k in self.not_person_names:
            return True
        words = k.split()
        if not words:
            return True
        if any(w.startswith(p) for w in words for p in self.name_prefixes):
            return True
        return any(words[0] == r or (len(r) > 4 and words[0].endswith(r)) for r in self.role_words)


def _fail(path, reason: str):
    raise KnowledgeError(path, reason)


def _strings(path, where: str, value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        _fail(path, f"{where} must be a list of strings")
    return tuple(value)


def _name(path, where: str, table) -> str:
    if not isinstance(table, dict):
        _fail(path, f"{where} must be a table")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        _fail(path, f"{where} needs a non-empty 'name'")
    return name.strip()


def _level(path, where: str, value) -> str | None:
    if value is None or value == "":
        return None
    if value not in LEVELS:
        _fail(path, f"{where}: level {value!r} is not one of {', '.join(LEVELS)}")
    return value


def parse_knowledge(data: dict, path: str = "<knowledge>") -> Knowledge:
    """Build :class:`Knowledge` from the parsed TOML table; raise KnowledgeError on a bad entry."""
    huvudmän = []
    for i, t in enumerate(data.get("huvudman", []) or []):
        where = f"huvudman[{i}]"
        huvudmän.append(OrgEntry(_name(path, where, t), "huvudman",
                                 _strings(path, where + ".aliases", t.get("aliases")),
                                 collective=bool(t.get("collective", False))))
    if not huvudmän:
        _fail(path, "no [[huvudman]] entries: the region needs at least one huvudman")
    hnames = {_key(h.name): h.name for h in huvudmän}
    for h in huvudmän:
        for a in h.aliases:
            hnames.setdefault(_key(a), h.name)

    def huvudman_ref(where, value):
        if value is None:
            return None
        if not isinstance(value, str) or _key(value) not in hnames:
            _fail(path, f"{where}: huvudman {value!r} is not a [[huvudman]] name or alias")
        return hnames[_key(value)]

    units = []
    for i, t in enumerate(data.get("units", []) or []):
        where = f"units[{i}]"
        units.append(OrgEntry(_name(path, where, t), "unit",
                              _strings(path, where + ".aliases", t.get("aliases")),
                              parent=huvudman_ref(where, t.get("huvudman"))))
    external = []
    for i, t in enumerate(data.get("external", []) or []):
        where = f"external[{i}]"
        external.append(OrgEntry(_name(path, where, t), "external",
                                 _strings(path, where + ".aliases", t.get("aliases"))))

    groups = []
    for i, t in enumerate(data.get("groups", []) or []):
        where = f"groups[{i}]"
        name = _name(path, where, t)
        rep = t.get("representation") or {}
        if not isinstance(rep, dict):
            _fail(path, f"{where}.representation must be a table")
        hv = rep.get("huvudman")
        if hv is not None and hv != "all":
            hv = tuple(huvudman_ref(where + ".representation", x) for x in _strings(path, where, hv))
        lo, hi = rep.get("min"), rep.get("max")
        for label, v in (("min", lo), ("max", hi)):
            if v is not None and (not isinstance(v, int) or v < 0):
                _fail(path, f"{where}.representation.{label} must be a non-negative integer")
        if lo is not None and hi is not None and lo > hi:
            _fail(path, f"{where}.representation: min {lo} is greater than max {hi}")
        groups.append(GroupEntry(name, _strings(path, where + ".aliases", t.get("aliases")),
                                 _level(path, where, t.get("level")), t.get("parent"),
                                 Representation(hv, lo, hi)))
    gnames = {_key(n) for g in groups for n in (g.name, *g.aliases)}
    for i, g in enumerate(groups):
        if g.parent is not None and _key(g.parent) not in gnames:
            _fail(path, f"groups[{i}] ({g.name}): parent {g.parent!r} is not a known group")

    types = []
    for i, t in enumerate(data.get("group_types", []) or []):
        where = f"group_types[{i}]"
        if not isinstance(t, dict) or not isinstance(t.get("word"), str) or not t["word"].strip():
            _fail(path, f"{where} needs a non-empty 'word'")
        types.append(GroupType(t["word"].strip(), _level(path, where, t.get("level")),
                               bool(t.get("generic", False))))

    patterns = []
    for j, p in enumerate(_strings(path, "unit_patterns.patterns",
                                   (data.get("unit_patterns") or {}).get("patterns"))):
        try:
            patterns.append(re.compile(p, re.I))
        except re.error as e:
            _fail(path, f"unit_patterns.patterns[{j}] {p!r} is not a valid regex ({e})")

    np = data.get("not_persons") or {}
    region = data.get("region") or {}
    default = region.get("default_huvudman")
    return Knowledge(
        path=str(path),
        region=str(region.get("name", "")),
        huvudmän=tuple(huvudmän), units=tuple(units), external=tuple(external),
        groups=tuple(groups), group_types=tuple(types), unit_patterns=tuple(patterns),
        outside_markers=_strings(path, "group_scope.outside_markers",
                                 (data.get("group_scope") or {}).get("outside_markers")),
        not_person_names=frozenset(_key(n) for n in _strings(path, "not_persons.names", np.get("names"))),
        role_words=frozenset(_key(n) for n in _strings(path, "not_persons.role_words", np.get("role_words"))),
        name_prefixes=tuple(_key(n) for n in _strings(path, "not_persons.name_prefixes", np.get("name_prefixes"))),
        default_huvudman=huvudman_ref("region.default_huvudman", default) if default else None,
    )


def load_knowledge(path: str | os.PathLike | None = None) -> Knowledge:
    """Read a knowledge file: ``path``, else ``$SAMVERKAN_KNOWLEDGE``, else the packaged Blekinge file.

    Raises KnowledgeError (a SamverkanError) naming the file and the problem on one line.
    """
    if path is None:
        path = os.environ.get(ENV_VAR) or PACKAGED
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise KnowledgeError(p, f"cannot read knowledge file ({e.strerror or e})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise KnowledgeError(p, "knowledge file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise KnowledgeError(p, f"invalid TOML: {str(e).splitlines()[0]}") from None
    return parse_knowledge(data, str(p))
