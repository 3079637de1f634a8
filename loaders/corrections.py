"""The coordinator's corrections: decisions kept as data beside the minutes, applied on every load.

A corrections file is plain TOML, one ``[[correction]]`` table per decision (see
``docs/corrections.md``). :func:`read_corrections` reads and checks it (an error names the file
and line); :func:`record_correction` appends one entry; :func:`resolution_hints` gives the
resolver what it needs for person decisions that must be taken while names are resolved
(``mention``, ``different``); :func:`corrected_rows` applies every other kind to a resolved
document and turns it into store rows, marking what it changed (``corrected``, ``correction``).

The same function writes both stores, so a store loaded from the same minutes with the same
corrections holds the same graph, whichever store it is.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from samverkan.graph.errors import ParseError
from samverkan.graph.ids import fold, make_id, normalise_key
from samverkan.graph.model import (
    LEVELS, Affiliation, Assignment, DocumentFacts, Group, Membership, Organisation, Person,
)
from samverkan.graph.schema import DocumentRows, EdgeRow, NodeRow, document_rows

DEFAULT_FILE = "samverkan-corrections.toml"

# kind -> (required fields, optional fields); every entry also has id, kind, when and note
KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "same": (("person", "other"), ()),
    "different": (("person", "other"), ()),
    "rename": (("person", "name"), ()),
    "not-person": (("text",), ()),
    "mention": (("document", "text", "person"), ()),
    "meeting": (("document",), ("date", "group")),
    "group": (("group",), ("level", "parent", "aliases")),
    "person": (("person", "organisation"), ()),
    "drop": (("fact",), ()),
    "add-membership": (("document", "person", "group"), ("role", "on_behalf_of")),
    "add-assignment": (("document", "task", "assignees"), ("due",)),
}
LIST_FIELDS = ("aliases", "assignees")
COMMON = ("id", "kind", "when", "note")


class CorrectionsError(ParseError):
    """A corrections file that cannot be used as it stands."""


@dataclass(frozen=True)
class Correction:
    id: str
    kind: str
    fields: dict = field(hash=False, compare=False)
    when: str | None = None
    note: str | None = None
    line: int | None = None  # where its table starts in the file

    def get(self, name: str, default=None):
        return self.fields.get(name, default)

    def describe(self) -> str:
        """One line naming the decision, e.g. ``same "Helen Andersson" "Helene Andersson"``."""
        req, opt = KINDS[self.kind]
        parts = [self.kind]
        for f in req + opt:
            v = self.fields.get(f)
            if v is None:
                continue
            shown = ", ".join(v) if isinstance(v, list) else str(v)
            parts.append(f'"{shown}"' if f in req else f'{f}="{shown}"')
        return " ".join(parts)


@dataclass
class Corrections:
    path: Path | None
    entries: list[Correction] = field(default_factory=list)

    @property
    def digest(self) -> str | None:
        """A fingerprint of what the entries decide (not of comments or notes): a document
        loaded under another fingerprint is loaded again."""
        if not self.entries:
            return None
        text = json.dumps(sorted([c.id for c in self.entries]))
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def of_kind(self, *kinds: str) -> list[Correction]:
        return [c for c in self.entries if c.kind in kinds]

    def where(self, c: Correction) -> str:
        return f"{self.path}:{c.line}" if self.path and c.line else str(self.path or "corrections")


def corrections_path(path: str | os.PathLike | None = None) -> Path:
    """``--corrections`` first, then ``SAMVERKAN_CORRECTIONS``, then the default in the working folder."""
    return Path(path or os.environ.get("SAMVERKAN_CORRECTIONS") or DEFAULT_FILE).expanduser()


def correction_id(kind: str, fields: dict) -> str:
    """The same decision always gets the same id, so recording it twice records it once."""
    req, opt = KINDS[kind]
    key = [kind]
    for f in req + opt:
        v = fields.get(f)
        key.append("|".join(v) if isinstance(v, list) else ("" if v is None else str(v)))
    return make_id("correction", *key).replace("correction:", "c-")[:12]


# ------------------------------------------------------------------------------ reading
_HEADER = re.compile(r"^\s*\[\[\s*correction\s*\]\]\s*(#.*)?$")
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def read_corrections(path: str | os.PathLike | None = None, *, missing_ok: bool = True) -> Corrections:
    """Read and check a corrections file; a file that does not exist holds no corrections.

    Raises :class:`CorrectionsError` naming the file and line of the first problem.
    """
    p = corrections_path(path)
    if not p.exists():
        if missing_ok:
            return Corrections(p)
        raise CorrectionsError(p, None, "no such corrections file")
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsError(p, None, f"cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
    return parse_corrections(text, p)


def parse_corrections(text: str, path: str | os.PathLike = "corrections") -> Corrections:
    """Corrections from TOML text.

    >>> c = parse_corrections('[[correction]]\\nkind = "not-person"\\ntext = "Ordförande"\\n')
    >>> c.entries[0].kind, c.entries[0].get("text"), c.entries[0].line
    ('not-person', 'Ordförande', 1)
    """
    p = Path(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _TOML_LINE.search(str(exc))
        raise CorrectionsError(p, int(m.group(1)) if m else None,
                               f"not valid TOML: {_TOML_LINE.sub('', str(exc)).strip()}") from None
    starts = [i + 1 for i, line in enumerate(text.splitlines()) if _HEADER.match(line)]
    unknown = sorted(set(data) - {"correction"})
    if unknown:
        line = next((i + 1 for i, s in enumerate(text.splitlines())
                     if re.match(rf"\s*\[?\s*{re.escape(unknown[0])}\b", s)), None)
        raise CorrectionsError(p, line, f"unknown section or key {unknown[0]!r}: every entry is a [[correction]] table")
    tables = data.get("correction", [])
    if not isinstance(tables, list):
        raise CorrectionsError(p, starts[0] if starts else None, "'correction' must be [[correction]] tables")
    out = Corrections(p)
    seen: dict[str, int | None] = {}
    for n, t in enumerate(tables):
        line = starts[n] if n < len(starts) else None
        c = _entry(t, p, line)
        if c.id in seen:
            raise CorrectionsError(p, line, f"id {c.id!r} is used twice (also at line {seen[c.id]})")
        seen[c.id] = line
        out.entries.append(c)
    return out


def _entry(t: dict, p: Path, line: int | None) -> Correction:
    def bad(msg: str):
        raise CorrectionsError(p, line, msg)

    kind = t.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        bad(f"kind {kind!r} is not one of: {', '.join(KINDS)}" if kind is not None else "the entry has no kind")
    req, opt = KINDS[kind]
    extra = sorted(set(t) - set(req) - set(opt) - set(COMMON))
    if extra:
        bad(f"{kind}: unknown field {extra[0]!r} (fields: {', '.join(req + opt)})")
    fields: dict = {}
    for f in req + opt:
        v = t.get(f)
        if v is None:
            if f in req:
                bad(f"{kind}: the field {f!r} is missing")
            continue
        if f in LIST_FIELDS:
            if isinstance(v, str):
                v = [v]
            if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
                bad(f"{kind}: {f!r} must be a list of names")
            fields[f] = [x.strip() for x in v]
        else:
            if not isinstance(v, str) or not v.strip():
                bad(f"{kind}: {f!r} must be a non-empty text")
            fields[f] = v.strip()
    if kind == "meeting":
        if "date" not in fields and "group" not in fields:
            bad("meeting: give a date, a group or both")
        if "date" in fields:
            try:
                date.fromisoformat(fields["date"])
            except ValueError:
                bad(f"meeting: date {fields['date']!r} is not YYYY-MM-DD")
    if kind == "group":
        if not set(fields) - {"group"}:
            bad("group: give a level, a parent or aliases")
        if "level" in fields and fields["level"] not in LEVELS:
            bad(f"group: level {fields['level']!r} is not one of: {', '.join(LEVELS)}")
    for f in ("when", "note"):
        if t.get(f) is not None and not isinstance(t.get(f), (str, datetime)):
            bad(f"{f!r} must be a text")
    cid = t.get("id")
    if cid is not None and (not isinstance(cid, str) or not cid.strip()):
        bad("'id' must be a non-empty text")
    when = t.get("when")
    return Correction(cid.strip() if cid else correction_id(kind, fields), kind, fields,
                      when.isoformat() if isinstance(when, datetime) else when, t.get("note"), line)


# ------------------------------------------------------------------------------ writing
def _toml_string(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_value(v) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(_toml_string(x) for x in v) + "]"
    return _toml_string(str(v))


def format_entry(c: Correction) -> str:
    """The TOML table of one correction.

    >>> print(format_entry(Correction("c-1", "rename", {"person": "Heidi", "name": "Heidi Berg"},
    ...                               when="2024-01-01T10:00:00Z")), end="")
    [[correction]]
    id = "c-1"
    kind = "rename"
    person = "Heidi"
    name = "Heidi Berg"
    when = "2024-01-01T10:00:00Z"
    """
    req, opt = KINDS[c.kind]
    lines = ["[[correction]]", f"id = {_toml_string(c.id)}", f"kind = {_toml_string(c.kind)}"]
    for f in req + opt:
        if c.fields.get(f) is not None:
            lines.append(f"{f} = {_toml_value(c.fields[f])}")
    if c.when:
        lines.append(f"when = {_toml_string(c.when)}")
    if c.note:
        lines.append(f"note = {_toml_string(c.note)}")
    return "\n".join(lines) + "\n"


FILE_HEADER = ("# samverkan corrections: the coordinator's decisions, applied on every load.\n"
               "# One [[correction]] table per decision; see docs/corrections.md. Keep this file\n"
               "# under version control beside the minutes.\n")


def record_correction(kind: str, fields: dict, *, note: str | None = None,
                      path: str | os.PathLike | None = None, now: datetime | None = None) -> tuple[Correction, bool]:
    """Append a decision to the corrections file (created if missing); returns it and whether it
    was new. The file is checked first: a decision is never appended to a file that has an error."""
    p = corrections_path(path)
    existing = read_corrections(p)
    fields = {k: v for k, v in fields.items() if v not in (None, [], "")}
    # validate through the reader: the same rules for the command line and hand edits
    probe = _entry({"kind": kind, **fields}, p, None)
    for c in existing.entries:
        if c.id == probe.id:
            return c, False
    when = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    c = Correction(probe.id, kind, probe.fields, when, note or None)
    text = p.read_text(encoding="utf-8") if p.exists() else FILE_HEADER
    if text and not text.endswith("\n"):
        text += "\n"
    text += "\n" + format_entry(c)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, p)
    return read_corrections(p).entries[-1], True


def remove_correction(cid: str, *, path: str | os.PathLike | None = None) -> Correction:
    """Take the entry with this id out of the corrections file (the rest of the file as it was)."""
    p = corrections_path(path)
    cs = read_corrections(p, missing_ok=False)
    c = next((c for c in cs.entries if c.id == cid), None)
    if c is None:
        raise CorrectionsError(p, None, f"no correction with the id {cid!r} (see: samverkan correct list)")
    lines = p.read_text(encoding="utf-8").splitlines(keepends=True)
    start = c.line - 1
    end = next((i for i in range(start + 1, len(lines)) if _HEADER.match(lines[i])), len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")) \
            and end < len(lines):
        end -= 1  # blank lines and comments before the next entry belong to it
    while start > 0 and not lines[start - 1].strip():
        start -= 1
    text = "".join(lines[:start] + lines[end:])
    parse_corrections(text, p)  # never leave a broken file behind
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, p)
    return c


# ------------------------------------------------------------------------------ matching
def is_document(name: str, path: str, sha256: str = "") -> bool:
    """Whether a document named in a correction is this one: its file name, a path ending in it,
    or (8 or more characters of) its sha256."""
    n = name.replace("\\", "/").strip()
    p = str(path).replace("\\", "/")
    if n == p or p.endswith("/" + n.lstrip("/")) or n == p.rsplit("/", 1)[-1]:
        return True
    return len(n) >= 8 and bool(sha256) and sha256.startswith(n.lower())


@dataclass
class ResolutionHints:
    """What the resolver must know while it resolves names."""

    pins: dict[str, dict[str, str]] = field(default_factory=dict)  # document -> folded short form -> person
    apart: set[tuple[str, str]] = field(default_factory=set)  # (folded name, folded name), both orders

    def pins_for(self, path: str, sha256: str = "") -> dict[str, str]:
        out: dict[str, str] = {}
        for doc, forms in self.pins.items():
            if is_document(doc, path, sha256):
                out.update(forms)
        return out

    def is_apart(self, a: str, b: str) -> bool:
        return (fold(a), fold(b)) in self.apart


def resolution_hints(corrections: Corrections | None) -> ResolutionHints | None:
    if corrections is None or not corrections.entries:
        return None
    h = ResolutionHints()
    for c in corrections.of_kind("mention"):
        h.pins.setdefault(c.get("document"), {})[fold(c.get("text"))] = c.get("person")
    for c in corrections.of_kind("different"):
        a, b = fold(c.get("person")), fold(c.get("other"))
        h.apart.update({(a, b), (b, a)})
    return h


# ------------------------------------------------------------------------------ applying
@dataclass
class _Index:
    """Names of the whole batch, so a correction finds an entity by any name it goes by."""

    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded name -> (id, name)
    groups: dict[str, Group] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    knowledge: object = None


def _index(facts_list: list[DocumentFacts], knowledge=None) -> _Index:
    ix = _Index()
    for f in facts_list:
        for p in f.persons:
            ix.people.setdefault(fold(p.name), (p.id, p.name))
        for g in f.groups:
            for n in (g.name, *g.aliases):
                ix.groups.setdefault(fold(n), g)
        for o in f.organisations:
            for n in (o.name, *o.aliases):
                ix.orgs.setdefault(fold(n), o)
    ix.knowledge = knowledge
    return ix


def _person(ix: _Index, name: str) -> tuple[str, str]:
    return ix.people.get(fold(name)) or (make_id("person", name), name)


def _group(ix: _Index, name: str) -> Group:
    g = ix.groups.get(fold(name))
    if g is not None:
        return g
    k = getattr(ix, "knowledge", None)
    entry = k.match_group(name) if k is not None else None
    if entry is not None:
        g = ix.groups.get(fold(entry.name))
        if g is not None:
            return g
        return Group(make_id("group", entry.name), entry.name, entry.level, None, tuple(entry.aliases))
    return Group(make_id("group", name), name)


def _org(ix: _Index, name: str) -> Organisation:
    o = ix.orgs.get(fold(name))
    if o is not None:
        return o
    k = getattr(ix, "knowledge", None)
    entry = k.match_organisation(name) if k is not None else None
    if entry is not None:
        o = ix.orgs.get(fold(entry.name))
        if o is not None:
            return o
        cls = getattr(entry, "classification", None) or "huvudman"
        return Organisation(make_id("org", entry.name), entry.name, cls if cls in ("huvudman", "unit", "external") else "huvudman")
    return Organisation(make_id("org", name), name, "external")


def _swap(value, old: str, new: str | None):
    """``value`` with every occurrence of the id ``old`` replaced by ``new`` (or removed)."""
    if isinstance(value, str):
        return new if value == old else value
    if isinstance(value, tuple) and value and all(isinstance(x, str) for x in value):
        return tuple(dict.fromkeys(new if x == old else x for x in value if x != old or new is not None))
    return value


def _replace_id(obj, old: str, new: str | None, skip: tuple[str, ...] = ("id", "source_id")):
    changes = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        v = getattr(obj, f.name)
        nv = _swap(v, old, new)
        if nv is not v and nv != v:
            changes[f.name] = nv
    return dataclasses.replace(obj, **changes) if changes else obj


_PERSON_REFS = {"attendance": ("person_id",), "affiliations": ("person_id",), "memberships": ("person_id",),
                "mandates": ("from_id", "to_id")}


def _substitute_person(f: DocumentFacts, old: str, new: str, name: str) -> DocumentFacts:
    """The document with one person id replaced by another (merging them when both are named)."""
    persons = {p.id: p for p in f.persons}
    gone = persons.pop(old, None)
    if new in persons:
        p = persons[new]
        persons[new] = Person(p.id, p.name, tuple(dict.fromkeys(p.mentions + (gone.mentions if gone else ()))))
    else:
        persons[new] = Person(new, name, gone.mentions if gone else ())
    changes = {"persons": tuple(sorted(persons.values(), key=lambda p: (normalise_key(p.name), p.id)))}
    for name_ in ("items", "attendance", "affiliations", "memberships", "assignments", "mandates", "unresolved"):
        items = tuple(_replace_id(x, old, new) for x in getattr(f, name_))
        if name_ == "attendance":  # one attendance per person and meeting
            seen: dict[tuple, object] = {}
            for a in items:
                seen.setdefault((a.person_id, a.meeting_id), a)
            items = tuple(seen.values())
        changes[name_] = items
    return dataclasses.replace(f, **changes)


def _remove_person(f: DocumentFacts, pid: str, text: str) -> DocumentFacts:
    changes: dict = {"persons": tuple(p for p in f.persons if p.id != pid)}
    for name_, refs in _PERSON_REFS.items():
        changes[name_] = tuple(_replace_id(x, pid, None) for x in getattr(f, name_)
                               if all(getattr(x, r) != pid for r in refs))
    changes["items"] = tuple(_replace_id(x, pid, None) for x in f.items)
    changes["assignments"] = tuple(_replace_id(x, pid, None) for x in f.assignments)
    changes["unresolved"] = tuple(_replace_id(u, pid, None) for u in f.unresolved if fold(u.text) != fold(text))
    return dataclasses.replace(f, **changes)


def _with_group(f: DocumentFacts, g: Group) -> DocumentFacts:
    if any(x.id == g.id for x in f.groups):
        return f
    return dataclasses.replace(f, groups=f.groups + (g,))


def _with_org(f: DocumentFacts, o: Organisation) -> DocumentFacts:
    if any(x.id == o.id for x in f.organisations):
        return f
    return dataclasses.replace(f, organisations=f.organisations + (o,))


def _with_person(f: DocumentFacts, pid: str, name: str) -> DocumentFacts:
    if any(p.id == pid for p in f.persons):
        return f
    return dataclasses.replace(f, persons=f.persons + (Person(pid, name),))


@dataclass
class _Marks:
    rows: dict[str, str] = field(default_factory=dict)  # node or edge id -> correction id
    people: dict[str, str] = field(default_factory=dict)  # person id -> correction id (their edges)
    applied: dict[str, list[str]] = field(default_factory=dict)  # correction id -> original readings

    def apply(self, c: Correction, original: str) -> None:
        self.applied.setdefault(c.id, []).append(original)


def _edge_id(kind: str, src: str, dst: str, sid: str, *key) -> str:
    return make_id(kind.lower(), src, dst, sid, *key)


def _apply_facts(f: DocumentFacts, cs: Corrections, ix: _Index) -> tuple[DocumentFacts, _Marks]:
    marks = _Marks()
    sid, src = f.source.id, f.source
    here = lambda c: is_document(c.get("document"), src.path, src.sha256)  # noqa: E731
    # names the resolver pinned in this document
    for c in cs.of_kind("mention"):
        if not here(c):
            continue
        pid, pname = _person(ix, c.get("person"))
        hit = next((p for p in f.persons if p.id == pid and any(fold(m.text) == fold(c.get("text")) for m in p.mentions)), None)
        if hit is not None:
            marks.people[pid] = c.id
            marks.apply(c, f"{c.get('text')!r} left unresolved or read as someone else")
    for c in cs.of_kind("different"):
        names = {fold(c.get("person")), fold(c.get("other"))}
        if any(fold(p.name) in names or any(fold(m.text) in names for m in p.mentions) for p in f.persons):
            marks.apply(c, "")
    for c in cs.of_kind("same", "rename"):
        old_name = c.get("other") if c.kind == "same" else c.get("person")
        new_name = c.get("person") if c.kind == "same" else c.get("name")
        old = next((p for p in f.persons if fold(p.name) == fold(old_name)), None)
        if old is None:
            continue
        if c.kind == "same":
            new_id, new_display = _person(ix, new_name)
        else:
            new_id, new_display = make_id("person", new_name), new_name
        if new_id == old.id and new_display == old.name:
            continue
        f = _substitute_person(f, old.id, new_id, new_display)
        if c.kind == "rename":
            f = dataclasses.replace(f, persons=tuple(Person(p.id, new_display, p.mentions) if p.id == new_id else p
                                                     for p in f.persons))
        marks.people[new_id] = c.id
        marks.apply(c, f"{old.name} read as a person of their own" if c.kind == "same" else f"named {old.name}")
    for c in cs.of_kind("not-person"):
        hit = [p for p in f.persons if fold(p.name) == fold(c.get("text"))]
        if not hit and not any(fold(u.text) == fold(c.get("text")) for u in f.unresolved):
            continue
        for p in hit:
            f = _remove_person(f, p.id, c.get("text"))
        if not hit:
            f = _remove_person(f, "", c.get("text"))
        marks.apply(c, f"{c.get('text')} read as a person")
    for c in cs.of_kind("meeting"):
        if not here(c):
            continue
        m = f.meeting
        before = []
        changes: dict = {}
        if c.get("date"):
            before.append(f"date {m.date or ('..'.join(m.date_range) if m.date_range else 'unknown')} ({m.date_basis})")
            changes.update(date=c.get("date"), date_range=None, date_basis="correction")
        if c.get("group"):
            g = _group(ix, c.get("group"))
            old_gid = m.group_id
            before.append(f"body {next((x.name for x in f.groups if x.id == old_gid), 'unknown')}")
            f = _with_group(f, g)
            changes.update(group_id=g.id, group_basis="correction")
            if old_gid and old_gid != g.id:  # standing members read from the attendance list sit in the body that met
                f = dataclasses.replace(f, memberships=tuple(
                    dataclasses.replace(ms, group_id=g.id) if ms.group_id == old_gid and ms.item_id is None else ms
                    for ms in f.memberships))
            marks.rows[_edge_id("HELD_BY", m.id, g.id, sid)] = c.id
        f = dataclasses.replace(f, meeting=dataclasses.replace(m, **changes))
        if c.get("date"):  # memberships dated by this meeting
            f = dataclasses.replace(f, memberships=tuple(
                dataclasses.replace(ms, start_date=c.get("date")) if ms.start_date in (m.date, None) and ms.item_id is None else ms
                for ms in f.memberships))
        marks.rows[m.id] = c.id
        marks.apply(c, "; ".join(before))
    for c in cs.of_kind("group"):
        target = _group(ix, c.get("group"))
        if not any(g.id == target.id for g in f.groups):
            continue
        g = next(g for g in f.groups if g.id == target.id)
        new = g
        before = []
        if c.get("level"):
            before.append(f"level {g.level or 'none'}")
            new = dataclasses.replace(new, level=c.get("level"))
        if c.get("parent"):
            parent = _group(ix, c.get("parent"))
            before.append(f"parent {next((x.name for x in f.groups if x.id == g.parent_id), g.parent_id or 'none')}")
            new = dataclasses.replace(new, parent_id=parent.id)
            f = _with_group(f, parent)
        if c.get("aliases"):
            before.append(f"aliases {', '.join(g.aliases) or 'none'}")
            new = dataclasses.replace(new, aliases=tuple(sorted(set(new.aliases) | set(c.get("aliases")))))
        f = dataclasses.replace(f, groups=tuple(new if x.id == g.id else x for x in f.groups))
        marks.rows[g.id] = c.id
        marks.apply(c, "; ".join(before))
    for c in cs.of_kind("person"):
        pid, _ = _person(ix, c.get("person"))
        if not any(p.id == pid for p in f.persons):
            continue
        o = _org(ix, c.get("organisation"))
        f = _with_org(f, o)
        mine = [a for a in f.affiliations if a.person_id == pid]
        before = sorted({next((x.name for x in f.organisations if x.id == a.organisation_id), a.organisation_id)
                         for a in mine}) or ["no organisation"]
        title = next((a.title for a in mine if a.title), None)
        aff = Affiliation(make_id("affiliation", sid, pid, c.id), pid, o.id, sid, title, f.meeting.date)
        f = dataclasses.replace(
            f, affiliations=tuple(a for a in f.affiliations if a.person_id != pid) + (aff,),
            attendance=tuple(dataclasses.replace(a, huvudman_id=o.id if o.classification == "huvudman" else a.huvudman_id,
                                                 unit_id=o.id if o.classification == "unit" else a.unit_id)
                             if a.person_id == pid else a for a in f.attendance))
        marks.rows[_edge_id("AFFILIATED_WITH", pid, o.id, sid, aff.id)] = c.id
        for a in f.attendance:
            if a.person_id == pid:
                marks.rows[_edge_id("ATTENDED", pid, a.meeting_id, sid)] = c.id
        marks.apply(c, "works for " + ", ".join(before))
    for c in cs.of_kind("add-membership"):
        if not here(c):
            continue
        pid, pname = _person(ix, c.get("person"))
        g = _group(ix, c.get("group"))
        f = _with_group(_with_person(f, pid, pname), g)
        behalf = None
        if c.get("on_behalf_of"):
            o = _org(ix, c.get("on_behalf_of"))
            f = _with_org(f, o)
            behalf = o.id
        ms = Membership(make_id("membership", sid, c.id), pid, g.id, sid, c.get("role"), behalf,
                        start_date=f.meeting.date or (f.meeting.date_range[0] if f.meeting.date_range else None))
        f = dataclasses.replace(f, memberships=f.memberships + (ms,))
        marks.rows[_edge_id("MEMBER_OF", pid, g.id, sid, ms.id)] = c.id
        marks.apply(c, "not read from the minutes")
    for c in cs.of_kind("add-assignment"):
        if not here(c):
            continue
        ids = []
        for name in c.get("assignees"):
            g = ix.groups.get(fold(name))
            if g is not None:
                f = _with_group(f, g)
                ids.append(g.id)
                continue
            pid, pname = _person(ix, name)
            f = _with_person(f, pid, pname)
            ids.append(pid)
        a = Assignment(make_id("assignment", sid, c.id), None, sid, c.get("task"), tuple(ids),
                       given_by_id=f.meeting.group_id, due=c.get("due"), origin="decision")
        f = dataclasses.replace(f, assignments=f.assignments + (a,))
        marks.rows[a.id] = c.id
        marks.apply(c, "not read from the minutes")
    return f, marks


def _mark(props: dict, cid: str) -> dict:
    return {**props, "corrected": True, "correction": cid}


def corrected_rows(facts: DocumentFacts, corrections: Corrections | None, *,
                   index: _Index | None = None) -> tuple[DocumentRows, DocumentFacts, dict[str, list[str]]]:
    """The store rows of one resolved document with the corrections applied: the rows, the facts
    they were made from, and the ids of the corrections that matched (with the loaders' reading
    each replaced). Without corrections, exactly :func:`document_rows`."""
    if corrections is None or not corrections.entries:
        return document_rows(facts), facts, {}
    ix = index or _index([facts])
    f, marks = _apply_facts(facts, corrections, ix)
    rows = document_rows(f)
    sid = rows.source_id
    drops = {c.get("fact"): c for c in corrections.of_kind("drop")}
    nodes, edges = [], []
    dropped_nodes = set()
    for n in rows.nodes:
        c = drops.get(n.id)
        if c is not None and n.label not in ("Source", "Meeting", "Person", "Organisation", "Group"):
            dropped_nodes.add(n.id)
            marks.apply(c, f"{n.label} {n.props.get('text') or n.props.get('task') or n.id}")
            continue
        if n.id in marks.rows:
            n = NodeRow(n.id, n.label, _mark(n.props, marks.rows[n.id]))
        nodes.append(n)
    for e in rows.edges:
        c = drops.get(e.id)
        if c is not None and "source_id" in e.props:
            marks.apply(c, f"{e.type} {e.src} -> {e.dst}")
            continue
        if e.src in dropped_nodes or e.dst in dropped_nodes:
            continue
        cid = marks.rows.get(e.id)
        if cid is None and "source_id" in e.props:
            cid = marks.people.get(e.src) or (marks.people.get(e.dst) if e.type in ("ASSIGNED_TO", "SUBSTITUTES_FOR") else None)
        if cid is not None:
            e = EdgeRow(e.id, e.type, e.src, e.dst, _mark(e.props, cid))
        edges.append(e)
    for i, n in enumerate(nodes):
        if n.label == "Source":
            nodes[i] = NodeRow(n.id, n.label, {
                **n.props, "corrections": sorted(marks.applied), "corrections_digest": corrections.digest,
                "corrections_original": json.dumps({k: [x for x in v if x] for k, v in sorted(marks.applied.items())},
                                                   ensure_ascii=False)})
    return DocumentRows(sid, nodes, edges), f, marks.applied


def batch_index(facts_list: list[DocumentFacts], knowledge=None) -> _Index:
    """The names of a batch of documents, for :func:`corrected_rows`."""
    return _index(facts_list, knowledge)


# ------------------------------------------------------------------------------ state in a store
@dataclass(frozen=True)
class StoredCorrections:
    """What the documents of a store say about the corrections they were written with."""

    digests: dict[str, str | None]  # source id -> corrections digest
    applied: dict[str, list[str]]  # correction id -> documents (names) it applied in
    originals: dict[str, list[str]]  # correction id -> the loaders' readings it replaced


def stored_corrections(store) -> StoredCorrections:
    """Read the corrections state of a store (either kind) from its Source nodes."""
    run_read = getattr(store, "run_read", None)
    if callable(run_read):
        rows = run_read("MATCH (s:Source) RETURN s.id AS id, s.name AS name, s.corrections AS corrections, "
                        "s.corrections_digest AS digest, s.corrections_original AS original", {})
    else:
        rows = [{"id": n, "name": d.get("name"), "corrections": d.get("corrections"),
                 "digest": d.get("corrections_digest"), "original": d.get("corrections_original")}
                for n, d in store.to_networkx().nodes(data=True) if d.get("label") == "Source"]
    digests, applied, originals = {}, {}, {}
    for r in rows:
        digests[r["id"]] = r.get("digest")
        for cid in r.get("corrections") or []:
            applied.setdefault(cid, []).append(r.get("name") or r["id"])
        try:
            orig = json.loads(r.get("original") or "{}")
        except ValueError:
            orig = {}
        for cid, texts in orig.items():
            originals.setdefault(cid, []).extend(t for t in texts if t)
    return StoredCorrections(digests, {k: sorted(v) for k, v in applied.items()}, originals)


def stale_corrections(corrections: Corrections | None, state: StoredCorrections) -> list[Correction]:
    """The corrections that match nothing in the store: reported, never silently dropped."""
    if corrections is None:
        return []
    return [c for c in corrections.entries if c.id not in state.applied]


__all__ = [
    "Correction", "Corrections", "CorrectionsError", "DEFAULT_FILE", "KINDS",
    "batch_index", "corrected_rows", "corrections_path", "format_entry", "is_document", "parse_corrections",
    "read_corrections", "record_correction", "remove_correction", "resolution_hints", "stale_corrections", "stored_corrections",
]
