"""The knowledge files: the genre's vocabulary and a region's huvudmän, units and groups.

Facts live in TOML files, not in code (see ``docs/knowledge.md``). ``generic.toml`` holds what
every region's minutes share (kinds of body and their levels, unit words, words never persons)
and is always read. A region file adds one region's huvudmän, units, external bodies and
named groups; the packaged one describes Blekinge, a user elsewhere points
``SAMVERKAN_KNOWLEDGE`` (or the ``path`` argument) at their own. A region file is never
required and applies only to minutes of its region (:meth:`Knowledge.for_text`): minutes of
another region get the generic vocabulary and the huvudmän their own text names by form
("Region Skogland", "Fjällsta kommun", "kommunerna").

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
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from samverkan.graph.errors import SamverkanError
from samverkan.graph.ids import fold, make_id
from samverkan.graph.model import LEVELS

PACKAGED = Path(__file__).with_name("data") / "blekinge.toml"
GENERIC = Path(__file__).with_name("data") / "generic.toml"
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
    colour: str | None = None  # the huvudman's fixed colour in the views ("#c0392b")


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
    topical: bool = False  # "LPO Barn och ungas hälsa": a topic after the name names one body of the kind


@dataclass(frozen=True)
class GroupSet:
    """Bodies a phrase names together ("alla tre samverkansgrupper")."""

    phrases: tuple[str, ...]  # regexes, matched case-insensitively
    groups: tuple[str, ...]  # canonical names of known groups


@dataclass(frozen=True)
class GroupType:
    """A word naming a kind of body ("styrgrupp") and the level a new body of it gets."""

    word: str
    level: str | None = None
    generic: bool = False  # the bare word refers to a body named elsewhere
    # a body of this kind belongs to the structure whose minutes name it, whatever word of scope its
    # name has: "den sjukvårdsregionala tjänstemannaledningen" keeps the level of its kind
    within: bool = False
    # the word's s-compounds name a kind of body too ("styrgruppsmöte"); not so where they name something
    # else: "delegationsbeslut", "delegationsordningen" are power handed down, not a delegation that meets
    compounds: bool = True


_PARAGRAPH = re.compile(r"§\s*\d+\w*(/\d+)?")
_ARTICLE = re.compile(r"^(den|det|de|en|ett|the)\s+", re.I)


# the inflections a short type word ends in: "rådet", "rådets", "råden", or joined by "s" to the next part
_SHORT_TYPE_END = r"(?:(?:et|ets|en|ens|s)?\b|s)"


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    """Forgiving comparison key: paragraph marks dropped, casefolded, hyphens as spaces, no diacritics."""
    text = _PARAGRAPH.sub(" ", text or "")
    text = text.replace(":s ", "s ").replace(":s", "s")
    return fold(text)


def _remember(answers: dict, text: str, answer):
    """Keep ``answer`` for ``text`` (at most 65,536 names; then start again) and return it."""
    if len(answers) >= 1 << 16:
        answers.clear()
    answers[text] = answer
    return answer


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
    local_markers: tuple[str, ...] = ()
    local_level: str | None = None
    political_markers: tuple[str, ...] = ()  # first words that make a body politisk ("Politisk vårdsamverkan")
    markers: tuple[str, ...] = ()  # names whose mention makes minutes this region's
    stop_words: frozenset[str] = frozenset()  # capitalised words never part of a person's name
    group_sets: tuple[GroupSet, ...] = ()

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
        # a type word ends its word, give or take an inflection ("samverkansrådets", "nämnderna"), or is
        # joined by an "s" to the next part of a compound ("samrådsgrupp"): "råd" is not in
        # "Räddningstjänsten", "Rådgivningen"
        # (a word as short as "råd" takes only its own inflections: "rad" folded is in "Radić", "Radio")
        self._type_res = [(t, re.compile(rf"{re.escape(_key(t.word))}" + (_SHORT_TYPE_END if len(_key(t.word)) <= 3
                                                                          else r"(?:[a-z]{0,5}\b|s)" if t.compounds
                                                                          else r"[a-z]{0,5}\b")))
                          for t in self._types]
        places = set()
        for h in self.huvudmän:
            for n in (h.name, *h.aliases):
                for w in re.findall(r"[A-ZÅÄÖ][\wåäöé-]+", n):
                    if fold(w) not in _COMMON_ORG_WORDS:
                        places.update({w, w + "s"} if not w.endswith("s") else {w})
        # the places of the huvudmän are no person's name either ("Tallmo", "Skoglands")
        self.name_stop_words = frozenset(self.stop_words | places)
        # answers by name as written: a batch of minutes asks about the same names again and again
        self._org_answers: dict[str, OrgEntry | None] = {}
        self._group_answers: dict[str, GroupEntry | None] = {}
        self._type_answers: dict[str, GroupType | None] = {}
        self._split_answers: dict[str, tuple[str | None, OrgEntry | None]] = {}

    def __getstate__(self) -> dict:
        """What a worker process that parses needs: the file, without the texts analysed here."""
        state = dict(self.__dict__)
        state.pop("_analysis_cache", None)
        state.pop("_analysis_chars", None)
        return state

    # ------------------------------------------------------------------ organisations
    def match_organisation(self, text: str | None) -> OrgEntry | None:
        """The known huvudman, unit or external body ``text`` names, or None.

        >>> load_knowledge().match_organisation("Ronneby kommun§111").name
        'Ronneby kommun'
        >>> load_knowledge().match_organisation("de fem kommunerna").name  # an alias with its article
        'kommunerna i Blekinge'
        """
        if not text:
            return None
        try:
            return self._org_answers[text]
        except KeyError:
            pass
        k = _key(_ARTICLE.sub("", text.strip()))
        hit = self._orgs.get(k)
        if hit is None and _ARTICLE.match(text.strip()):
            hit = self._orgs.get(_key(text.strip()))  # an alias with its article: "de fem kommunerna"
        if hit is None and k.endswith("s") and len(k) > 4:
            hit = self._orgs.get(k[:-1])  # genitive: "Region Blekinges"
        return _remember(self._org_answers, text, hit)

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
        try:
            return self._split_answers[text]
        except KeyError:
            return _remember(self._split_answers, text, self._split_organisation(text))

    def _split_organisation(self, text: str) -> tuple[str | None, OrgEntry | None]:
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
        try:
            return self._group_answers[text]
        except KeyError:
            pass
        raw = _ARTICLE.sub("", text.strip())
        k = _key(raw)
        hit = self._groups.get(k)
        if hit is None and k.startswith("samverkansgruppen "):
            hit = self._groups.get("samverkansgrupp " + k[len("samverkansgruppen "):])
        return _remember(self._group_answers, text, hit)

    def group(self, name: str) -> GroupEntry | None:
        return self.match_group(name)

    def group_type(self, text: str | None) -> GroupType | None:
        """The longest group-type word ``text`` contains ("Arbetsgrupp X" → arbetsgrupp)."""
        if not text:
            return None
        try:
            return self._type_answers[text]
        except KeyError:
            pass
        k = _key(text)
        hit = next((t for t, r in self._type_res if r.search(k)), None)
        return _remember(self._type_answers, text, hit)

    def is_outside(self, text: str | None) -> bool:
        """Whether a body's name places it outside the regional structure (national bodies)."""
        words = set(_key(text or "").split())
        return any(_key(m) in words for m in self.outside_markers)

    def level_for(self, name: str, parent: str | None = None) -> str | None:
        """The level of a body named ``name``: the known group's, else its type word's."""
        g = self.match_group(name)
        if g is not None:
            return g.level
        if self.is_outside(name) and not ((t := self.group_type(name)) is not None and t.within):
            return None
        first = _key(_ARTICLE.sub("", (name or "").strip())).split()[:1]
        if first and self.local_level and first[0] in {_key(m) for m in self.local_markers}:
            return self.local_level
        if first and first[0] in {_key(m) for m in self.political_markers}:
            return "politisk"
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
            if h.colour:
                props["colour"] = h.colour
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

    # ------------------------------------------------------------------ which region
    def region_markers(self) -> tuple[str, ...]:
        """Names whose mention makes minutes this region's: ``[region] markers``, else the
        huvudmän's own names ("Region Blekinge", "Karlshamn") and the acronyms of its ranked
        bodies ("LSVO"), never a word every region uses ("Regionen", "kommunerna")."""
        if self.markers:
            return self.markers
        out = []
        for h in self.huvudmän:
            for n in (h.name, *h.aliases):
                words = [w for w in re.findall(r"[\wåäöÅÄÖ]+", n) if w[:1].isupper()]
                if any(fold(w) not in _COMMON_ORG_WORDS for w in words):
                    out.append(n)
        out += [g.name for g in self.groups if g.level and re.fullmatch(r"[A-ZÅÄÖ]{3,6}", g.name)]
        return tuple(dict.fromkeys(out))

    def _marker_words(self) -> frozenset[str]:
        """The distinctive words of the markers, casefolded ("blekinge", "karlshamn", "lsvo")."""
        cached = self.__dict__.get("_marker_words_cache")
        if cached is None:
            words = set()
            for n in self.region_markers():
                for w in re.findall(r"[\wåäöÅÄÖ-]+", n):
                    if w[:1].isupper() and fold(w) not in _COMMON_ORG_WORDS:
                        words.add(w.casefold())
            cached = self.__dict__["_marker_words_cache"] = frozenset(words)
        return cached

    def _analysis(self, text: str) -> "_Analysis":
        """Whether ``text`` is about this region and the region and huvudmän it names, each worked
        out when first asked for; kept for the texts asked about last, up to a resolve batch of
        them: a load asks about each text when it parses it and again when it resolves its batch."""
        cache = self.__dict__.setdefault("_analysis_cache", {})
        hit = cache.get(text)
        if hit is None:
            hit = _Analysis(self, text)
            held = self.__dict__.get("_analysis_chars", 0) + len(text)
            if held > _ANALYSIS_CHARS:
                cache.clear()
                held = len(text)
            self.__dict__["_analysis_chars"] = held
            cache[text] = hit
        return hit

    def is_about(self, text: str) -> bool:
        """Whether minutes ``text`` are of this file's region: they name its huvudmän or bodies
        at least as often as huvudmän the file does not know ("Region Skogland", "Tallmo kommun").

        >>> k = load_knowledge()
        >>> k.is_about("Närvarande: Eva Ek, Karlshamns kommun"), k.is_about("Ola Ek, Region Skogland")
        (True, False)
        """
        return bool(text) and self._analysis(text).about

    def _is_about(self, text: str, forms=None) -> bool:
        # forms: a callable giving the text's _huvudman_forms (kept: a text not of this region
        # reads them again for the huvudmän it names)
        words = self._marker_words()
        if not words:
            return False
        forms = _huvudman_forms(text) if forms is None else forms()
        foreign = sum(1 for n, _ in forms if self.match_organisation(n) is None)
        low = text.casefold()
        if not foreign:
            return any(w in low for w in words)
        own = 0
        for w in words:  # "blekinge", "karlshamns", "lsvo:s" all count, until they outnumber the foreign
            own += low.count(w)
            if own >= foreign:
                return True
        return False

    def generic_part(self) -> "Knowledge":
        """The vocabulary every region shares (``generic.toml``), without this region's huvudmän,
        units, groups and the levels or words its file adds."""
        return _cached_generic()

    def for_text(self, text: str) -> "Knowledge":
        """The knowledge that applies to minutes ``text``: this file when they are of its region,
        else the generic vocabulary with the huvudmän the text itself names by form.

        >>> k = load_knowledge().for_text("Region Fjällby och kommunerna. Ola Ek, Tallmo kommun")
        >>> k.region, [h.name for h in k.huvudmän], k.match_group("LSVO")
        ('Fjällby', ['Region Fjällby', 'Tallmo kommun', 'kommunerna i Fjällby', 'huvudmännen i Fjällby'], None)
        >>> k.match_organisation("Regionen").name, k.match_organisation("Tallmos kommun").name
        ('Region Fjällby', 'Tallmo kommun')
        """
        if text and self._analysis(text).about:
            return self
        region, huvudmän = self._analysis(text).inferred if text else ("", ())
        made = self.__dict__.setdefault("_inferred", {})
        if (region, huvudmän) not in made:
            if len(made) > 64:
                made.clear()
            made[(region, huvudmän)] = replace(self.generic_part(), region=region, huvudmän=huvudmän)
        return made[(region, huvudmän)]

    @property
    def inferred(self) -> bool:
        """Whether this is the knowledge of a region without a file, read from its minutes."""
        return bool(self.region) and self.path == str(GENERIC)

    def region_of(self, text: str) -> str:
        """The region minutes ``text`` are of: this file's region or the one the text names most."""
        if not text:
            return ""
        analysis = self._analysis(text)
        return self.region if analysis.about else analysis.inferred[0]

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


# The texts whose analysis is kept, in characters: more than a resolve batch of minutes
# (1,000 of about 20,000 characters), whose texts the batch holds in memory anyway.
_ANALYSIS_CHARS = 48_000_000


class _Analysis:
    """What minutes ``text`` say about their region, each part worked out when first asked for:
    the huvudmän named by form are read once for both questions, and minutes of the file's own
    region need no inferred huvudmän."""

    def __init__(self, knowledge: Knowledge, text: str):
        self._knowledge, self._text = knowledge, text
        self._forms: list[tuple[str, str]] | None = None

    def forms(self) -> list[tuple[str, str]]:
        if self._forms is None:
            self._forms = _huvudman_forms(self._text)
        return self._forms

    @cached_property
    def about(self) -> bool:
        return self._knowledge._is_about(self._text, self.forms)

    @cached_property
    def inferred(self) -> tuple[str, tuple[OrgEntry, ...]]:
        return infer_huvudmän(self._text, self.forms())


# Words of an organisation's name that every region uses; a name made only of these names no region.
_COMMON_ORG_WORDS = {"region", "regionen", "regionens", "landstinget", "landstingets", "kommun", "kommunen",
                     "kommunerna", "kommunernas", "lanets", "lan", "de", "fem", "i",
                     # the huvudmän together ("Huvudmännen", "Samtliga huvudmän")
                     "huvudmannen", "huvudmannens", "huvudman", "samtliga", "alla"}
# Words that start a phrase "<word> kommun" without naming a kommun.
_NOT_KOMMUN = {
    "varje", "respektive", "den", "denna", "samma", "annan", "egen", "berord", "berorda", "aktuell", "vilken",
    "vald", "ingen", "alla", "nagon", "en", "ett", "din", "er", "var", "min", "hela", "ovriga", "landets",
    "sveriges", "region", "regionen", "per", "och", "eller", "samt", "som", "vilka", "inom", "fran", "till",
    "hemkommun", "bosattningskommun", "vistelsekommun", "ny", "nya", "stor", "liten", "mindre", "storre",
    "utsedd", "ansvarig", "ansvariga", "deltagande", "enskild", "enskilda", "sin", "sitt", "sina", "var", "att",
}
_CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][\wåäöÅÄÖ:-]*")
# (a place named by its quarter first is one name: "Region Västra Åby", "REGION ÖSTRA ÅBY")
_REGION_FORM = re.compile(r"(?:Region|REGION)\s+((?:(?:Västra|Östra|Norra|Södra|VÄSTRA|ÖSTRA|NORRA|SÖDRA)\s+(?=[A-ZÅÄÖ]))?"
                          r"[A-ZÅÄÖ][A-Za-zÅÄÖåäöé-]+)")  # no \b: a literal start scans fast
_LANDSTING_FORM = re.compile(r"\bLandstinget\s+(?:i\s+)?([A-ZÅÄÖ][a-zåäöé-]+)|\b([A-ZÅÄÖ][a-zåäöé-]+?)s?\s+läns\s+landsting\b")
# the region as the place of the huvudmän together, where the minutes of a kommun name no "Region X"
_COLLECTIVE_FORM = re.compile(r"\b(?:huvudmännen|kommunerna)\s+i\s+([A-ZÅÄÖ][a-zåäöé-]{2,})\b")
# the place of a regional body: "Regional ledningsgrupp för vård och omsorg i Norrby"
_REGIONAL_BODY_PLACE = re.compile(r"\b[Rr]egional[at]?\s+[a-zåäö-]+(?:grupp|råd|organ|beredning|forum)(?:\s+[a-zåäö,-]+){0,6}?"
                                  r"\s+i\s+([A-ZÅÄÖ][a-zåäöé-]{2,})\b")
# the place of a political samråd of the huvudmän: "Politiskt samrådsorgan för hälsa, vård och omsorg i Norrby"
_SAMRÅD_BODY_PLACE = re.compile(r"\b[Pp]olitiska?t?\s+samråd(?:sorgan|sorganet|et)?(?:\s+[a-zåäö,-]+){0,6}?"
                                r"\s+i\s+([A-ZÅÄÖ][a-zåäöé-]{2,})\b")
_KOMMUN_FORM = re.compile(r"\b([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?|[A-ZÅÄÖ]{3,}(?:-[A-ZÅÄÖ]{3,})?)\s+(?:kommun|KOMMUN)\b")
_KOMMUN_LIST = re.compile(r"kommunerna\s+((?:[A-ZÅÄÖ][a-zåäöé-]+(?:,\s*|\s+och\s+|\s*·\s*))+[A-ZÅÄÖ][a-zåäöé-]+)")


# the word "kommun" in either case, searched as two literals (a literal start scans fast)
_KOMMUN_WORD = re.compile(r"kommun\b")
_KOMMUN_WORD_UPPER = re.compile(r"KOMMUN\b")
# what every _LANDSTING_FORM match holds, and the letters of the place name before "läns landsting"
_LANDSTING_HINTS = (re.compile(r"Landstinget\s"), re.compile(r"läns\s+landsting\b"))
_PLACE_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖabcdefghijklmnopqrstuvwxyzåäöé-")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")
_BEFORE_KOMMUN = re.compile(r"\b([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?|[A-ZÅÄÖ]{3,}(?:-[A-ZÅÄÖ]{3,})?)\s+$")


class _At:
    """A match-like (group 1, start) for a name found before the word "kommun"."""

    def __init__(self, name: str, start: int):
        self._name, self._start = name, start

    def group(self, i: int) -> str:
        return self._name

    def start(self) -> int:
        return self._start


def _kommun_forms(text: str):
    """Each "X kommun" of ``text``: the word "kommun" found first, the name looked up before it."""
    words = _KOMMUN_WORD.finditer(text)
    if "KOMMUN" in text:
        words = sorted((*words, *_KOMMUN_WORD_UPPER.finditer(text)), key=lambda m: m.start())
    for m in words:
        if not m.start() or not text[m.start() - 1].isspace():
            continue
        lo = max(0, m.start() - 40)
        b = _BEFORE_KOMMUN.search(text, lo, m.start())
        if b:
            yield _At(b.group(1), b.start(1))


def _landsting_forms(text: str):
    """The matches of ``_LANDSTING_FORM`` in ``text``, in order, as ``finditer`` finds them, but tried
    only where the words every match holds are ("Landstinget ", "läns landsting"): a match starts
    at such words, or at the place name and spaces just before them."""
    floor = 0  # where the last match ended
    for h in sorted(m.start() for hint in _LANDSTING_HINTS for m in hint.finditer(text)):
        if h < floor:
            continue
        lo = h
        while lo > floor and text[lo - 1].isspace():
            lo -= 1
        while lo > floor and text[lo - 1] in _PLACE_LETTERS:
            lo -= 1
        m = None
        for p in range(lo, h + 1):
            if text[p] in _CAPITALS and (m := _LANDSTING_FORM.match(text, p)) is not None:
                break
        if m is not None:
            yield m
            floor = m.end()


def _region_base(name: str, text: str, end: int) -> str:
    """A region's name without the genitive s it bears before the noun it governs ("Region Norrmarkens kansli"):
    the s goes where the text names the region without it too, or where a word in lower case follows and the
    s follows a letter a base name does not end in with an s (a name in "-fors", "-ås", "-näs" keeps its s).

    >>> _region_base("Norrmarkens", "Region Norrmarkens digitala anslagstavla", 18)
    'Norrmarken'
    >>> _region_base("Norrmarkens", "Region Norrmarkens. Region Norrmarken", 18)
    'Norrmarken'
    >>> _region_base("Lärkfors", "Region Lärkfors digitala anslagstavla", 15)
    'Lärkfors'
    >>> _region_base("Norrmarkens", "Avtal med Region Norrmarkens", 28)
    'Norrmarkens'
    """
    if len(name) < 5 or not name.endswith("s") or name[-2] not in "aeldgmnkt":
        return name
    base = name[:-1]
    if re.match(r"\s+[a-zåäö]", text[end:end + 3]) or re.search(rf"Region\s+{re.escape(base)}(?![\wåäöÅÄÖ-])", text):
        return base
    return name


def _huvudman_forms(text: str) -> list[tuple[str, str]]:
    """(name as canonically written, kind) of each huvudman ``text`` names by its form."""
    out = []
    for m in _REGION_FORM.finditer(text or ""):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
            continue
        x = _region_base(m.group(1), text, m.end())
        if fold(x) in _NOT_KOMMUN:
            continue
        out.append((f"Region {x.capitalize() if x.isupper() else x}", "region"))
    for m in _kommun_forms(text or ""):
        x = m.group(1)
        if fold(x) in _NOT_KOMMUN or (m.start() > 0 and text[max(0, m.start() - 7):m.start()].rstrip().endswith("Region")):
            continue
        if x.isupper():
            x = "-".join(p.capitalize() for p in x.split("-"))
        out.append((f"{x} kommun", "kommun"))
    for m in (_KOMMUN_LIST.finditer(text) if "kommunerna " in (text or "") else ()):
        for x in re.split(r",\s*|\s+och\s+|\s*·\s*", m.group(1)):
            if x and fold(x) not in _NOT_KOMMUN:
                out.append((f"{x} kommun", "kommun"))
    return out


def _stem(name: str) -> str:
    """The place name without its genitive s: 'Klippviks' → 'klippvik' (as a key)."""
    k = fold(name)
    return k[:-1] if k.endswith("s") and len(k) > 4 else k


def infer_huvudmän(text: str, forms: list[tuple[str, str]] | None = None) -> tuple[str, tuple[OrgEntry, ...]]:
    """The region and huvudmän minutes name by form, for a region without a knowledge file.

    "Region X" (its region: the one named most; else the X of "huvudmännen i X"), "X kommun" /
    "Xs kommun" / "X KOMMUN" and the kommuner listed after "kommunerna" are huvudmän; "kommunerna"
    together are "kommunerna i X". ``forms`` are the text's :func:`_huvudman_forms` when the caller
    has read them already.

    >>> region, hs = infer_huvudmän("REGION SKOGLAND. Lindesunds kommun, Lindesund kommun; kommunerna Tallmo och Granvik")
    >>> region, [(h.name, h.aliases[:2]) for h in hs]
    ('Skogland', [('Region Skogland', ('REGION SKOGLAND', 'Region Skoglands')), ('Lindesunds kommun', ('Lindesund', 'Lindesund kommun')), ('Tallmo kommun', ('Tallmo', 'Tallmos kommun')), ('Granvik kommun', ('Granvik', 'Granviks kommun')), ('kommunerna i Skogland', ('kommunerna', 'Kommunerna')), ('huvudmännen i Skogland', ('huvudmännen', 'Huvudmännen'))])
    """
    regions: dict[str, Counter] = {}
    kommuner: dict[str, Counter] = {}
    for name, kind in (_huvudman_forms(text) if forms is None else forms):
        place = name.split(" ", 1)[1] if kind == "region" else name.rsplit(" ", 1)[0]
        (regions if kind == "region" else kommuner).setdefault(_stem(place), Counter())[place] += 1
    for x in (m.group(1) or m.group(2) for m in (_landsting_forms(text) if "andsting" in (text or "") else ())):
        regions.setdefault(_stem(x), Counter())[x] += 0
    # with no region named: the place of the huvudmän together ("rekommenderade huvudmännen i Norrby
    # att …"), else of a regional body ("Regional ledningsgrupp för vård och omsorg i Norrby"), else of a
    # political samråd of the huvudmän ("Politiskt samrådsorgan för hälsa, vård och omsorg i Norrby")
    for place, cue in ((_COLLECTIVE_FORM, " i "), (_REGIONAL_BODY_PLACE, "egional"), (_SAMRÅD_BODY_PLACE, "amråd")):
        if regions or cue not in (text or ""):
            continue
        for x in (m.group(1) for m in place.finditer(text)):
            if _stem(x) not in kommuner:
                regions.setdefault(_stem(x), Counter())[x] += 0
    entries = []
    region = ""
    ranked = sorted(regions.items(), key=lambda kv: -sum(kv[1].values()))
    for i, (key, forms) in enumerate(ranked):
        place = max(forms, key=lambda f: (not f.endswith("s"), forms[f]))
        aliases = [f"REGION {place.upper()}", f"Region {place}s", f"Landstinget {place}", f"Landstinget i {place}",
                   f"{place}s läns landsting", *(f"Region {f}" for f in forms if f != place)]
        if i == 0:
            region = place
            aliases += ["Regionen", "Region", "Regionens", "Landstinget"]
        entries.append(OrgEntry(f"Region {place}", "huvudman", tuple(dict.fromkeys(aliases))))
    for key, forms in kommuner.items():
        if key in regions:
            continue
        name_place = max(forms, key=lambda f: forms[f])
        bare = name_place[:-1] if fold(name_place) != key else name_place
        aliases = [bare, f"{bare}s kommun" if name_place == bare else f"{bare} kommun", f"{name_place.upper()} KOMMUN",
                   *(f"{f} kommun" for f in forms if f != name_place)]
        entries.append(OrgEntry(f"{name_place} kommun", "huvudman", tuple(dict.fromkeys(aliases))))
    if region or kommuner:
        where = f" i {region}" if region else ""
        entries.append(OrgEntry(f"kommunerna{where}", "huvudman",
                                ("kommunerna", "Kommunerna", "alla kommuner", "samtliga kommuner", "länets kommuner",
                                 "de fyra kommunerna", "de tre kommunerna", "de fem kommunerna", "medlemskommunerna",
                                 # a task each kommun carries out on its own: "gett varje kommun i uppdrag att …"
                                 "varje kommun", "respektive kommun"),
                                collective=True))
    # a recommendation "till huvudmännen" goes to the region and its kommuner together (no region named: to
    # the huvudmän the text speaks of, as a förbund's minutes speak of its "medlemmarna")
    if region or (kommuner and re.search(r"(?i)\b(?:huvudmännen|medlemmarna|förbundets\s+medlemmar)\b", text or "")):
        entries.append(OrgEntry(f"huvudmännen{where}", "huvudman",
                                # a förbund's members are its huvudmän: "rekommendera medlemmarna att anta …"
                                ("huvudmännen", "Huvudmännen", "samtliga huvudmän", "alla huvudmän", "medlemmarna",
                                 "förbundets medlemmar"), collective=True))
    return region, tuple(entries)


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


def _colour(path, where: str, value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        _fail(path, f"{where}.colour must be a colour like \"#2471a3\"")
    return value


def _level(path, where: str, value) -> str | None:
    if value is None or value == "":
        return None
    if value not in LEVELS:
        _fail(path, f"{where}: level {value!r} is not one of {', '.join(LEVELS)}")
    return value


def parse_knowledge(data: dict, path: str = "<knowledge>", *, require_huvudman: bool = True) -> Knowledge:
    """Build :class:`Knowledge` from the parsed TOML table; raise KnowledgeError on a bad entry."""
    huvudmän = []
    for i, t in enumerate(data.get("huvudman", []) or []):
        where = f"huvudman[{i}]"
        huvudmän.append(OrgEntry(_name(path, where, t), "huvudman",
                                 _strings(path, where + ".aliases", t.get("aliases")),
                                 collective=bool(t.get("collective", False)), colour=_colour(path, where, t.get("colour"))))
    if not huvudmän and require_huvudman:
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
                                 Representation(hv, lo, hi), bool(t.get("topical", False))))
    gnames = {_key(n) for g in groups for n in (g.name, *g.aliases)}
    for i, g in enumerate(groups):
        if g.parent is not None and _key(g.parent) not in gnames:
            _fail(path, f"groups[{i}] ({g.name}): parent {g.parent!r} is not a known group")

    sets = []
    for i, t in enumerate(data.get("group_sets", []) or []):
        where = f"group_sets[{i}]"
        phrases = _strings(path, where + ".phrases", (t or {}).get("phrases"))
        members = _strings(path, where + ".groups", (t or {}).get("groups"))
        for j, ph in enumerate(phrases):
            try:
                re.compile(ph)
            except re.error as e:
                _fail(path, f"{where}.phrases[{j}] {ph!r} is not a valid regex ({e})")
        for m in members:
            if _key(m) not in gnames:
                _fail(path, f"{where}: {m!r} is not a known group")
        sets.append(GroupSet(phrases, members))

    types = []
    for i, t in enumerate(data.get("group_types", []) or []):
        where = f"group_types[{i}]"
        if not isinstance(t, dict) or not isinstance(t.get("word"), str) or not t["word"].strip():
            _fail(path, f"{where} needs a non-empty 'word'")
        types.append(GroupType(t["word"].strip(), _level(path, where, t.get("level")),
                               bool(t.get("generic", False)), bool(t.get("within", False)),
                               bool(t.get("compounds", True))))

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
    scope = data.get("group_scope") or {}
    return Knowledge(
        path=str(path),
        region=str(region.get("name", "")),
        huvudmän=tuple(huvudmän), units=tuple(units), external=tuple(external),
        groups=tuple(groups), group_types=tuple(types), unit_patterns=tuple(patterns),
        outside_markers=_strings(path, "group_scope.outside_markers", scope.get("outside_markers")),
        not_person_names=frozenset(_key(n) for n in _strings(path, "not_persons.names", np.get("names"))),
        role_words=frozenset(_key(n) for n in _strings(path, "not_persons.role_words", np.get("role_words"))),
        name_prefixes=tuple(_key(n) for n in _strings(path, "not_persons.name_prefixes", np.get("name_prefixes"))),
        default_huvudman=huvudman_ref("region.default_huvudman", default) if default else None,
        local_markers=_strings(path, "group_scope.local_markers", scope.get("local_markers")),
        local_level=_level(path, "group_scope.local_level", scope.get("local_level")),
        political_markers=_strings(path, "group_scope.political_markers", scope.get("political_markers")),
        markers=_strings(path, "region.markers", region.get("markers")),
        stop_words=frozenset(_strings(path, "not_persons.words", np.get("words"))),
        group_sets=tuple(sets),
    )


def _read_toml(p: Path) -> dict:
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise KnowledgeError(p, f"cannot read knowledge file ({e.strerror or e})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise KnowledgeError(p, "knowledge file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise KnowledgeError(p, f"invalid TOML: {str(e).splitlines()[0]}") from None


def _merged(generic: dict, region: dict) -> dict:
    """The region file on top of the generic vocabulary: lists add up, a region's group type
    replaces the generic entry of the same word, scalar settings of the region win."""
    out = dict(generic)
    for key, value in region.items():
        if key == "group_types":
            words = {str(t.get("word", "")).strip() for t in value or [] if isinstance(t, dict)}
            out[key] = [t for t in generic.get(key, []) if t.get("word") not in words] + list(value or [])
        elif isinstance(value, dict) and isinstance(generic.get(key), dict):
            merged = dict(generic[key])
            for k2, v2 in value.items():
                old = merged.get(k2)
                merged[k2] = old + [x for x in v2 if x not in old] if isinstance(old, list) and isinstance(v2, list) else v2
            out[key] = merged
        elif isinstance(value, list) and isinstance(generic.get(key), list):
            out[key] = generic[key] + value
        else:
            out[key] = value
    return out


@lru_cache(maxsize=1)
def _cached_generic() -> Knowledge:
    return load_generic()


def load_generic() -> Knowledge:
    """The vocabulary every region shares, without any region's huvudmän or groups."""
    return parse_knowledge(_read_toml(GENERIC), str(GENERIC), require_huvudman=False)


@lru_cache(maxsize=4)
def _default_knowledge(env: str | None) -> Knowledge:
    return load_knowledge(env)


def default_knowledge() -> Knowledge:
    """The knowledge file the tool uses when none is given (read once per process)."""
    return _default_knowledge(os.environ.get(ENV_VAR))


def load_knowledge(path: str | os.PathLike | None = None) -> Knowledge:
    """Read a region file on top of the generic vocabulary: ``path``, else
    ``$SAMVERKAN_KNOWLEDGE``, else the packaged Blekinge file.

    Raises KnowledgeError (a SamverkanError) naming the file and the problem on one line.
    """
    if path is None:
        path = os.environ.get(ENV_VAR) or PACKAGED
    p = Path(path)
    region = _read_toml(p)
    parse_knowledge(region, str(p))  # the region file alone must be valid, so errors name it
    return parse_knowledge(_merged(_read_toml(GENERIC), region), str(p))
