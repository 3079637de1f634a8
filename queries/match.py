"""Forgiving name matching for the names coordinators type.

Case, diacritics, hyphens and word order do not matter, and any surface form the minutes
used counts as well as the canonical name:

>>> people = [("p1", "Martin Åsman", ["Martin Åsman", "Åsman"]),
...           ("p2", "Torill Skaar Magnusson", ["Torill Skaar-Magnusson"]),
...           ("p3", "Mats Wennstig", []), ("p4", "Mats Berggren", [])]
>>> resolve("asman", people)
'p1'
>>> resolve("Skaar-Magnusson", people), resolve("torill", people)
('p2', 'p2')
>>> resolve("mats", people)
Traceback (most recent call last):
...
samverkan.graph.errors.AmbiguousName: 'mats' matches 2 entries: 1. Mats Berggren; 2. Mats Wennstig

A first name the minutes wrote for one of them is an alias only where aliases are trusted:

>>> people[2] = ("p3", "Mats Wennstig", ["Mats"])
>>> resolve("mats", people)
'p3'
>>> resolve("mats", people, trust_forms=False)
Traceback (most recent call last):
...
samverkan.graph.errors.AmbiguousName: 'mats' matches 2 entries: 1. Mats Berggren; 2. Mats Wennstig
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from samverkan.graph.errors import AmbiguousName, NotFound
from samverkan.graph.ids import fold

Candidate = tuple[str, str, Iterable[str]]  # (id, display name, other surface forms)


def _tiers(query: str, forms: list[str]) -> int | None:
    """How well a folded query matches folded forms: 0 exact, 1 every word, 2 inside; None no match."""
    q = fold(query)
    if not q:
        return None
    words = q.split()
    compact = q.replace(" ", "")
    best = None
    for f in forms:
        if q == f:
            return 0
        fw = f.split()
        if all(w in fw for w in words):
            best = 1
        elif best is None and compact in f.replace(" ", ""):
            best = 2
    return best


def matches(query: str, candidates: Iterable[Candidate], *, trust_forms: bool = True) -> list[tuple[str, str]]:
    """The (id, display) candidates matching best, sorted by display name; an exact id wins.

    With ``trust_forms`` an exact match on another form (an alias) is as good as one on the
    display name. People's forms are what the minutes wrote, and a first name written for one
    Mats is no reason to pass over the other Mats, so for them only the display name is exact.
    """
    scored: dict[int, list[tuple[str, str]]] = {}
    for cid, display, others in candidates:
        if query == cid:
            return [(cid, display)]
        forms = sorted({fold(x) for x in [display, *others] if x})
        tier = _tiers(query, forms)
        if tier == 0 and not trust_forms and fold(query) != fold(display or ""):
            tier = 1
        if tier is not None:
            scored.setdefault(tier, []).append((cid, display))
    if not scored:
        return []
    return sorted(set(scored[min(scored)]), key=lambda c: (fold(c[1] or ""), c[0]))


def resolve(query: str, candidates: Iterable[Candidate], what: str = "name", *, trust_forms: bool = True) -> str:
    """The one id ``query`` names.

    Raises:
        AmbiguousName: several candidates match equally well (with their (id, display) pairs).
        NotFound: nothing matches.
    """
    found = matches(query, candidates, trust_forms=trust_forms)
    if not found:
        raise NotFound(f"no {what} matches '{query}'; check the spelling or load the minutes that name it")
    if len(found) > 1:
        raise AmbiguousName(query, found)
    return found[0][0]


# Candidates of fact tables seen recently, by the table itself: the embedded store keeps its fact
# tables per graph version, so the same table is collapsed once, not on every question.
_RECENT: OrderedDict = OrderedDict()


def candidates_from(rows: Iterable[dict], *, form_keys: tuple[str, ...] = ("mentions", "aliases")) -> list[Candidate]:
    """Collapse fact rows (one per node and source) into candidates with all their surface forms."""
    if not isinstance(rows, list):
        return _candidates(rows, form_keys)
    key = (id(rows), form_keys)
    hit = _RECENT.get(key)
    if hit is not None and hit[0] is rows:
        _RECENT.move_to_end(key)
        return hit[1]
    found = _candidates(rows, form_keys)
    _RECENT[key] = (rows, found)  # holding the table keeps its id from being reused
    while len(_RECENT) > 8:
        _RECENT.popitem(last=False)
    return found


def _candidates(rows: Iterable[dict], form_keys: tuple[str, ...]) -> list[Candidate]:
    names: dict[str, str] = {}
    forms: dict[str, set[str]] = {}
    for r in rows:
        names[r["id"]] = r.get("name") or r["id"]
        bucket = forms.setdefault(r["id"], set())
        for k in form_keys:
            bucket.update(x for x in (r.get(k) or []) if x)
    return [(i, names[i], sorted(forms[i])) for i in sorted(names)]
