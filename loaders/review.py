"""What the loaders are unsure of, as a work list for the coordinator (``samverkan review``).

Each entry says what is uncertain, which candidates there are, how many facts depend on it, and
the exact ``samverkan correct …`` command that settles it. Entries come most consequential first
(corrections that no longer match anything lead: the minutes changed under them).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

import networkx as nx

from samverkan.graph.ids import fold
from samverkan.loaders.corrections import Corrections, StoredCorrections, stale_corrections

FACT_EDGES = ("ATTENDED", "MEMBER_OF", "ASSIGNED_TO", "PRESENTED", "AFFILIATED_WITH", "ON_BEHALF_OF",
              "SUBSTITUTES_FOR")
# the order of kinds among entries of equal weight
KIND_ORDER = ("stale_correction", "ambiguous_name", "short_name", "similar_names", "first_name_only",
              "no_assignee", "meeting_inferred", "group_incomplete")

# how a meeting's date or body was found (Meeting.date_basis / group_basis): stated ones need no review;
# a basis of None on a meeting with a body predates the property and counts as stated
SETTLED_BASES = (None, "text", "sidecar", "correction")
BASIS_WORDS = {"filename": "taken from the file name", "inferred": "inferred from the items",
               "range": "not stated; bounded by dated references", "option": "the default given on load"}


@dataclass
class ReviewEntry:
    kind: str
    subject: str
    detail: str
    weight: int  # how many facts depend on it
    command: str  # the command that settles it
    document: str | None = None
    candidates: list[str] = field(default_factory=list)
    other_commands: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def shell_quote(text: str) -> str:
    """A shell word for ``text``, in double quotes when it needs quoting.

    >>> shell_quote("Mats"), shell_quote("Helen Andersson"), shell_quote('a"b')
    ('Mats', '"Helen Andersson"', '"a\\\\"b"')
    """
    if text and all(c.isalnum() or c in "-_./:åäöÅÄÖ" for c in text):
        return text
    return '"' + "".join("\\" + c if c in '"\\$`' else c for c in text) + '"'


def _cmd(*words: str) -> str:
    return "samverkan correct " + " ".join(w if w.startswith("--") else shell_quote(w) for w in words)


def _first(name: str) -> str:
    return fold(name.split()[0]) if name.split() else ""


def _is_short(name: str) -> bool:
    """A first name alone, or a first name and an initial ("Lena H")."""
    words = name.replace("-", " ").split()
    return len(words) == 1 or (len(words) == 2 and len(words[1].rstrip(".")) == 1)


def _near(a: str, b: str) -> bool:
    """Given names that may be one spelt two ways: Helen/Helene, Anna/Ana, Karin/Karin."""
    a, b = fold(a), fold(b)
    if a == b:
        return False
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 3:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    return False


def review_entries(G: nx.MultiDiGraph, corrections: Corrections | None = None,
                   state: StoredCorrections | None = None) -> list[ReviewEntry]:
    """The work list for a store's graph, most consequential first."""
    label = {n: d.get("label") for n, d in G.nodes(data=True)}
    name = {n: d.get("name") or d.get("text") or n for n, d in G.nodes(data=True)}
    docname = {n: d.get("name") or d.get("path") or n for n, d in G.nodes(data=True) if label[n] == "Source"}
    persons = [n for n in G if label[n] == "Person"]
    facts_of: Counter = Counter()  # person -> fact edges
    facts_in: Counter = Counter()  # (person, source) -> fact edges
    for u, v, d in G.edges(data=True):
        if d.get("type") in FACT_EDGES:
            for p in (u, v):
                if label.get(p) == "Person":
                    facts_of[p] += 1
                    if d.get("source_id"):
                        facts_in[(p, d["source_id"])] += 1
    forms_in: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, source) -> forms written
    for p in persons:
        for _, s, d in G.out_edges(p, data=True):
            if d.get("type") == "FROM_SOURCE" and label.get(s) == "Source":
                forms_in[(p, s)].update(d.get("mentions") or [])
    full = [p for p in persons if not _is_short(name[p])]
    by_first: dict[str, list[str]] = defaultdict(list)
    for p in full:
        by_first[_first(name[p])].append(p)

    cs = corrections.entries if corrections is not None else []
    pinned = {(fold(c.get("document")), fold(c.get("text"))) for c in cs if c.kind == "mention"}
    settled_pairs = {frozenset((fold(c.get("person")), fold(c.get(k)))) for c in cs
                     for k in ("other",) if c.kind in ("same", "different")}
    settled_groups = {fold(c.get("group")) for c in cs if c.kind == "group"}
    settled_meetings = {fold(c.get("document")) for c in cs if c.kind == "meeting"}
    renamed = {fold(c.get("person")) for c in cs if c.kind in ("rename", "not-person")} | \
              {fold(c.get("text")) for c in cs if c.kind == "not-person"}

    def is_pinned(src: str, text: str) -> bool:
        return (fold(docname.get(src, src)), fold(text)) in pinned

    def fits(short: str, p: str) -> bool:
        words = short.replace("-", " ").split()
        if _first(short) != _first(name[p]):
            return False
        if len(words) == 2:
            return fold(name[p]).split()[-1].startswith(fold(words[1].rstrip(".")))
        return True

    out: list[ReviewEntry] = []

    # corrections the minutes no longer bear out
    if corrections is not None and state is not None:
        for c in stale_corrections(corrections, state):
            out.append(ReviewEntry(
                "stale_correction", c.describe(),
                f"matches nothing in the loaded minutes ({corrections.where(c)}); the minutes may have changed",
                0, _cmd("remove", c.id)))

    # short forms the loaders left unresolved
    seen_short: set[tuple[str, str]] = set()
    mentions: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for n, d in G.nodes(data=True):
        if label[n] == "Mention":
            mentions[(d.get("source_id"), d.get("text") or "")].append(d)
    for (src, text), ds in sorted(mentions.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        if is_pinned(src, text) or fold(text) in renamed:
            continue
        cands = sorted({c for d in ds for c in (d.get("candidate_ids") or []) if c in G})
        if not cands:
            cands = sorted(p for p in full if fits(text, p))
        short_person = next((p for p in persons if name[p] == text), None)
        weight = len(ds) + (facts_in[(short_person, src)] if short_person else 0)
        doc = docname.get(src, src)
        cand_names = [name[c] for c in cands]
        detail = (f"could be {', '.join(cand_names)}" if len(cand_names) > 1 else
                  f"could be {cand_names[0]}" if cand_names else "no one in the store fits this name")
        cmds = [_cmd("mention", doc, text, c) for c in cand_names] or [_cmd("mention", doc, text, "FULL NAME")]
        if short_person and not cand_names:
            cmds.append(_cmd("rename", text, "FULL NAME"))
        # with candidates a short name that could be several people; without, a person seen by a first name only
        out.append(ReviewEntry("ambiguous_name" if cand_names else "first_name_only", f"{text!s} in {doc}", detail,
                               weight, cmds[0], doc, cand_names, cmds[1:]))
        seen_short.add((src, fold(text)))

    # short forms read as one person while others share the first name
    for (p, src), forms in sorted(forms_in.items(), key=lambda kv: (kv[0][1], name[kv[0][0]])):
        if p not in full:
            continue
        for form in sorted(forms):
            if not _is_short(form) or (src, fold(form)) in seen_short or is_pinned(src, form):
                continue
            others = sorted((q for q in by_first.get(_first(form), []) if q != p and fits(form, q)),
                            key=lambda q: name[q])
            if not others:
                continue
            doc = docname.get(src, src)
            out.append(ReviewEntry(
                "short_name", f"{form} in {doc}",
                f"read as {name[p]}; could also be {', '.join(name[q] for q in others)}",
                facts_in[(p, src)], _cmd("mention", doc, form, name[others[0]]), doc,
                [name[p]] + [name[q] for q in others],
                [_cmd("mention", doc, form, name[q]) for q in others[1:]] + [_cmd("mention", doc, form, name[p])]))
            seen_short.add((src, fold(form)))

    # two people who may be one
    by_rest: dict[str, list[str]] = defaultdict(list)
    for p in full:
        words = fold(name[p]).split()
        by_rest[" ".join(words[1:])].append(p)
    for rest, ps in sorted(by_rest.items()):
        ps = sorted(ps, key=lambda q: name[q])
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                if not _near(name[a].split()[0], name[b].split()[0]):
                    continue
                if frozenset((fold(name[a]), fold(name[b]))) in settled_pairs:
                    continue
                keep, other = (a, b) if facts_of[a] >= facts_of[b] else (b, a)
                out.append(ReviewEntry(
                    "similar_names", f"{name[a]} / {name[b]}",
                    f"same surname, given names one letter apart: one person or two? "
                    f"({facts_of[a]} and {facts_of[b]} facts)",
                    facts_of[a] + facts_of[b], _cmd("same", name[keep], name[other]), None,
                    [name[a], name[b]], [_cmd("different", name[keep], name[other])]))

    # people known by a first name only
    for p in sorted(persons, key=lambda q: name[q]):
        if p in full or fold(name[p]) in renamed:
            continue
        srcs = sorted(s for (q, s) in forms_in if q == p)
        if all((s, fold(name[p])) in seen_short for s in srcs):
            continue
        docs = [docname.get(s, s) for s in srcs]
        out.append(ReviewEntry(
            "first_name_only", name[p],
            f"known only as {name[p]!r}, in {len(docs)} document{'s' if len(docs) != 1 else ''}: {', '.join(docs)}",
            facts_of[p], _cmd("rename", name[p], "FULL NAME"), docs[0] if len(docs) == 1 else None, [],
            [_cmd("not-person", name[p])]))

    # tasks nobody was given
    for n, d in G.nodes(data=True):
        if label[n] != "Assignment" or d.get("assignee_roles"):
            continue
        if any(e.get("type") == "ASSIGNED_TO" for _, _, e in G.out_edges(n, data=True)):
            continue
        doc = docname.get(d.get("source_id"), d.get("source_id"))
        task = " ".join(str(d.get("task") or "").split())
        out.append(ReviewEntry(
            "no_assignee", f"task in {doc}", f"no one is named for: {task[:120]}", 1,
            _cmd("add", "assignment", doc, task[:200], "--assignee", "PERSON"), doc, [],
            [_cmd("drop", n)]))

    # meetings whose date or body the minutes do not state
    for n, d in G.nodes(data=True):
        if label[n] != "Meeting":
            continue
        src = d.get("source_id")
        doc = docname.get(src, src)
        if fold(doc) in settled_meetings:
            continue
        held = [v for _, v, e in G.out_edges(n, data=True) if e.get("type") == "HELD_BY"]
        problems = []
        opts: list[str] = []
        date_basis = d.get("date_basis")
        if date_basis not in SETTLED_BASES or not d.get("date"):
            when = d.get("date") or (f"{d.get('date_from')}..{d.get('date_to')}" if d.get("date_from") else "unknown")
            problems.append(f"date {when} ({BASIS_WORDS.get(date_basis, date_basis or 'not stated')})")
            opts += ["--date", d.get("date") if d.get("date") else "YYYY-MM-DD"]
        group_basis = d.get("group_basis")
        if not held:
            problems.append("the body that met is unknown")
            opts += ["--group", "GROUP"]
        elif group_basis not in SETTLED_BASES:
            body = name.get(held[0], held[0])
            problems.append(f"body {body} ({BASIS_WORDS.get(group_basis, group_basis)})")
            opts += ["--group", body]
        if not problems:
            continue
        dated = sum(1 for x, xd in G.nodes(data=True) if xd.get("source_id") == src
                    and label[x] in ("Decision", "Assignment"))
        out.append(ReviewEntry("meeting_inferred", doc, "; ".join(problems), dated,
                               _cmd("meeting", doc, *opts), doc))

    # groups without a level or a parent
    for n, d in G.nodes(data=True):
        if label[n] != "Group" or fold(name[n]) in settled_groups:
            continue
        parent = [v for _, v, e in G.out_edges(n, data=True) if e.get("type") == "PART_OF"]
        missing = []
        if not d.get("level"):
            missing.append("level")
        if not parent and d.get("level") != "politisk":
            missing.append("parent")
        if not missing:
            continue
        weight = sum(1 for _, _, e in G.in_edges(n, data=True) if e.get("type") in ("MEMBER_OF", "HELD_BY"))
        opts = (["--level", "LEVEL"] if "level" in missing else []) + (["--parent", "PARENT"] if "parent" in missing else [])
        out.append(ReviewEntry("group_incomplete", name[n], f"no {' and no '.join(missing)}", weight,
                               _cmd("group", name[n], *opts)))

    out.sort(key=lambda e: (e.kind != "stale_correction", -e.weight, KIND_ORDER.index(e.kind), e.subject))
    return out
