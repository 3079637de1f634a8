"""Resolve names as written into canonical people, organisations and groups.

Input: per document the :class:`RawDocument`, its :class:`ParsedMinutes` and
:class:`RawRelations` (names as written); output: one :class:`DocumentFacts` per document with
deterministic ids, so resolving the same batch twice gives equal facts.

People: full names are one person when they agree after casefolding, hyphens as spaces and
diacritics dropped. Short forms ("Mats", "Lena H", "Rebecka") are resolved on evidence, nearest
first: the same agenda item, the same document (a first-name + initial form only against the
document's attendance roster), members of the group that met, then the batch and the people the
store already knows. Several candidates at one level is ambiguity: the mention is recorded as an
:class:`UnresolvedMention` with the candidate ids instead of guessing. A short form nothing
explains becomes a person under its written form, also recorded as unresolved.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Sequence

from samverkan.graph.ids import fold, make_id, normalise_key
from samverkan.graph.model import (
    ATTENDANCE_STATUSES, LEVELS, MANDATE_KINDS, MEMBERSHIP_CHANGES, Affiliation, AgendaItem,
    Assignment, Attendance, Decision, DocumentFacts, Group, Mandate, Meeting, Membership, Mention,
    Organisation, Person, Source, UnresolvedMention, Vacancy, quote,
)
from samverkan.graph.store import AssignmentInfo, PersonInfo
from samverkan.loaders.clean import split_lines
# a function in a body, beside its seats; a body's kind in its definite form
from samverkan.loaders.extract import _GROUP_FUNCTION, KIND_LETTERS_SHORT, _definite
from samverkan.loaders.knowledge import Knowledge, OrgEntry
from samverkan.loaders.names import _ASSOCIATION_UNIT_ENDS, is_title_word, nickname_of, stop_words
from samverkan.loaders.relations import (_ASSOCIATION_NAME, _CARE_UNITS_SUBJECT, _ROLE_IN_EACH_SUBJECT, _ASSOCIATION_SHAPED, _OFFICE, AUTHORITY, STATE_AUTHORITY_WORD, is_short_name_of, BRANCH_OF_CARE, BRANCH_UNIT,
                                         _UNIT_BY_WHAT_IT_IS, _UNIT_FOR_WHAT, _UNIT_FOR_WHAT_NAME,
                                         _board_of, acronym_ends_in_kind, acronyms_of_bodies_that_meet, acronyms_reported_to,
                                         _KIND_LETTERS_TOPIC, initials_of, kind_letters, legend_acronyms, spelled_acronyms,
                                         stands_for)
from samverkan.loaders.types import ParsedMinutes, RawDocument, RawGroup, RawRelations


# A person the store already holds, as the pipeline hands it to resolution.
KnownPerson = PersonInfo


# Roles at a meeting that say which seat a person holds in the body; justerare is a duty of one
# meeting, held by a member (ledamot)
# the kommun a kommun's own body is named with: "Socialnämnden, Åby kommun"
# a huvudman by the shape of its name: "Ekby kommun", "Åby stad", "Region Norrby"
_HUVUDMAN_SHAPED = re.compile(r"[A-ZÅÄÖ][\wåäö-]+(?:\s[A-ZÅÄÖ][\wåäö-]+)?\s(?:kommun|stad)|Region\s[A-ZÅÄÖ][\wåäö-]+(?:\s(?:län|[A-ZÅÄÖ][\wåäö-]+))?")
_OWNER_KOMMUN = re.compile(r", ([A-ZÅÄÖ][\wåäö-]*(?:\s[A-ZÅÄÖ][\wåäö-]*)?\s(?:kommun|stad))$")
_OWNER_REGION = re.compile(r", (Region\s[A-ZÅÄÖ][\wåäö-]+)$")
MEMBER_ROLES = ("ordförande", "vice ordförande", "1:e vice ordförande", "2:e vice ordförande", "sammankallande",
                "sekreterare", "ersättare", "ledamot")
_PARTICLES = {"af", "von", "van", "de", "der", "den", "la", "di", "da", "du", "el", "al", "bin", "ter"}
_NOUN_ENDINGS = ("rna", "ande", "ende", "ningen", "ningar", "ingen", "heten", "tionen", "modellen",
                 "iet", "skap", "ismen", "orna", "ering")
_GENERIC_PREFIX = re.compile(
    r"^(?:(?:en|ett|den|det|denna|detta|de|ny|nya|nytt|mindre|utsedd|utsedda|gemensam|gemensamma|"
    r"befintlig|befintliga|aktuell|aktuella|lokal|lokala)\s+)+", re.I)


# the heading of a roster's list of substitutes, after the left column's label it may share a line with:
# "Övriga närvarande        Ersättare", "Ej tjänstgörande ersättare"
_SUBSTITUTES_HEADING = re.compile(r"^(?:.*\S\s{2,})?(?:(?:ej|icke)\s+tjänstgörande\s+|närvarande\s+)?ersättare\s*:?$", re.I)
# a heading over another list of the roster: "Tjänstepersoner", "Övriga", "Tjänstgörande ersättare"
_OTHER_ROSTER_HEADING = re.compile(r"^(?:.*\S\s{2,})?[A-ZÅÄÖ][a-zåäö-]+(?:\s+[a-zåäö-]+){0,2}\s*:?$")


def _under_substitutes_heading(lines: list[str], n: int) -> bool:
    """Whether roster line ``n`` (1-based) is one of the names listed under an "Ersättare" heading of their
    own (a minutes system's "Övriga närvarande" column: "Ersättare" / "Jonny Lager (M)" / …): the body's
    substitutes, present without a seat today, whose lines need not say "ersättare" themselves.

    >>> roster = ["Övriga närvarande        Ersättare", "                         Eva Ek (M)", "                         Per Bo (C)",
    ...           "", "                         Tjänstepersoner", "                         Kim Al, förvaltningschef"]
    >>> _under_substitutes_heading(roster, 3), _under_substitutes_heading(roster, 6)
    (True, False)
    """
    for k in range(n - 1, max(0, n - 30), -1):
        s = lines[k - 1].strip()
        if not s:
            return False
        if _SUBSTITUTES_HEADING.match(s):
            return True
        if "(" not in s and "," not in s and _OTHER_ROSTER_HEADING.match(s):
            return False
    return False


def _definite_of_own_kind(word: str, body: str | None) -> bool:
    """A decider named by the definite form of a word of the name of the body that met: "Samrådet" in
    the minutes of "Politiskt samråd Nära vård X" is that body, no other.

    >>> _definite_of_own_kind("Samrådet", "Politiskt samråd Nära vård Åby"), _definite_of_own_kind("Styrgruppen", "Politiskt samråd Åby")
    (True, False)

    The body's own name may hold the word in its definite form already:

    >>> _definite_of_own_kind("Närvårdsrådet", "Lokala närvårdsrådet i Ekby"), _definite_of_own_kind("Ekby", "Lokala närvårdsrådet i Ekby")
    (True, False)
    """
    w = fold(word.strip())
    return bool(body) and " " not in w and any(
        len(part) >= 4 and w.startswith(part) and (0 < len(w) - len(part) <= 3 or w == part and w.endswith(("et", "en")))
        for part in fold(body).split()[:4])


# ---------------------------------------------------------------------------------- names
def clean_name(text: str | None) -> str:
    """A written name tidied for comparison: dots after initials dropped, spaces collapsed.

    >>> clean_name(" Jackie. Y ")
    'Jackie Y'
    >>> clean_name("Torill Skaar - Magnusson")
    'Torill Skaar-Magnusson'
    """
    return _clean_name(text or "")


_PARAGRAPH_REF = re.compile(r"§\s*\d+\w*")
_BRACKETED = re.compile(r"\([^)]*\)")
_HYPHEN = re.compile(r"\s*[\u2010-\u2015-]\s*")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def _clean_name(text: str) -> str:
    t = _PARAGRAPH_REF.sub(" ", text) if "§" in text else text
    t = _BRACKETED.sub(" ", t) if "(" in t else t
    t = _HYPHEN.sub("-", t)
    t = t.replace(".", " ")
    t = _SPACES.sub(" ", t).strip(" ,;:*'\"”“")
    words = t.split(" ")
    if len(words) >= 3 and is_title_word(words[0]):
        t = " ".join(words[1:])  # "Ordföranden Britta Hall", "Socialchef Hedda Dahl"
    return t


@lru_cache(maxsize=1 << 16)
def phonetic(word: str) -> str:
    """A spelling-tolerant key for first names ("Rebecka" and "Rebecca" agree, "Marie" and "Maria" do not).

    >>> phonetic("Rebecka") == phonetic("Rebecca")
    True
    >>> phonetic("Marie") == phonetic("Maria")
    False
    """
    k = fold(word)
    for a, b in (("ck", "k"), ("ph", "f"), ("th", "t"), ("c", "k"), ("w", "v"), ("z", "s"), ("q", "k")):
        k = k.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", k)


@lru_cache(maxsize=1 << 16)
def name_form(name: str) -> str:
    """'full', 'initial' (first name + initial: "Lena H"), 'surname' (initial + surname: "J Virtala")
    or 'first' (one word)."""
    tokens = name.split()
    if len(tokens) == 1:
        return "first"
    if len(tokens) == 2 and len(tokens[1]) == 1 or len(tokens) == 3 and len(tokens[1]) == len(tokens[2]) == 1:
        return "initial"  # "Lena H", "Eva N W" (the initials of a double surname)
    if len(tokens) == 2 and (len(tokens[0]) == 1 or _DOUBLE_INITIALS.fullmatch(tokens[0])):
        return "surname"  # "J Virtala": the given name as its initial ("L-G Vikström": a double one's)
    return "full"


def is_role(text: str, knowledge: Knowledge) -> bool:
    """Whether an assignee no person or body matched is a role, written as a title
    ("Projektledare hemsjukvårdsavtal"), rather than a name or a pronoun.

    >>> from loaders.knowledge import load_knowledge
    >>> k = load_knowledge()
    >>> [is_role(t, k) for t in ("Projektledare hemsjukvårdsavtal", "FoU-strateg inom RSS-funktionen",
    ...                          "Heidi", "samtliga huvudmän", "Dessa", "förvaltningen", "socialchefen")]
    [True, True, False, False, False, True, True]
    >>> [is_role(t, k) for t in ("länssamordnare nära vård", "samtliga deltagare", "processledare", "gruppen")]
    [True, False, True, False]
    >>> [is_role(t, k) for t in ("Kansliet", "närvårdskansliet", "Sekretariatet")]
    [True, True, True]
    """
    text = text.strip(" ,.")
    words = text.split()
    if _DEFINITE_ROLE.fullmatch(text):
        return True  # "uppdra åt förvaltningen", "socialchefen": a role whose holder the minutes do not name
    if len(words) == 1 and text.islower():
        return bool(_TITLE_HEAD.fullmatch(text))  # "av processledare och processteam": a title alone
    return (len(words) >= 2 and (text[:1].isupper() or bool(_TITLE_HEAD.fullmatch(words[0])))
            and not is_person_name(clean_name(text), knowledge))


# an organisation's delegates as a task's assignee: "Regionens representanter", "kommunernas företrädare"
_ORG_DELEGATES = re.compile(r"(?i)(?P<org>\S+(?:\s+kommun)?s)\s+(?:representanter|representant|företrädare)")

# a title as the first word of a role written in lower case ("länssamordnare nära vård ser över …")
_TITLE_HEAD = re.compile(r"[a-zåäö-]*(?:samordnare|ledare|strateg|chef|direktör|handläggare|ägare|sekreterare|utredare|"
                         r"koordinator|utvecklare|ombud)")


# a role or an office by its definite noun alone
_DEFINITE_ROLE = re.compile(r"(?i)(?:nämndens\s+|förbundets\s+)?[a-zåäö-]*(?:chefen|direktören|ledaren|samordnaren|"
                            r"sekreteraren|strategen|handläggaren|förvaltningen|"
                            # the staff who serve a body: "Kansliet kallar", "Närvårdskansliet tar fram …"
                            r"kansliet|sekretariatet)")


# the last letters of a förening's name by its kind ("… Idrottsallians", "… Åbykretsen", "… Hembygdsförening"): a
# cheap look before the full pattern
_ASSOCIATION_TAILS = frozenset(("ians", "tsen", "ning", "ngen", "bund", "ndet", "lubb", "bben", "skap", "apet", "ktet"))


# a town's quarter closing the name of premises ("Fritidsgård Väster"), and the kinds of premises so named
_QUARTER_WORDS = frozenset(("Norr", "Söder", "Väster", "Öster", "Nord", "Syd", "Väst", "Öst", "Centrum", "Mitt"))
_PREMISES_ENDS = ("gård", "gården", "huset", "boende", "boendet", "center", "centret", "centrum", "träffen", "skolan")


def is_person_name(name: str, knowledge: Knowledge) -> bool:
    """Whether a cleaned string can be a person's name (not a group, organisation, system or role).

    Answers are kept per knowledge file, since a corpus names the same people many times.

    >>> from loaders.knowledge import load_knowledge
    >>> k = load_knowledge()
    >>> [is_person_name(n, k) for n in ("Mats Wennstig", "Justerandes signatur", "Cosmic Link", "Heidi", "LSVO", "FoU Norrby")]
    [True, False, False, True, False, False]
    """
    known = knowledge.__dict__.setdefault("_person_name_answers", {})
    if name not in known:
        known[name] = _is_person_name(name, knowledge)
    return known[name]


def _is_person_name(name: str, knowledge: Knowledge) -> bool:
    if not name or len(name) < 2 or re.search(r"[\d@/§&+_=<>|]", name):
        return False
    tokens = name.split()
    if not 1 <= len(tokens) <= 5:
        return False
    if len(tokens) > 1 and tokens[-1] == "AB":
        return False  # "Tidsvar AB": a company by its form
    if len(tokens) > 1 and tokens[-1].endswith(_ASSOCIATION_UNIT_ENDS):
        return False  # "Röda Korset Ekbykretsen": an association's local branch by its kind
    if len(tokens) == 2 and tokens[1] in _QUARTER_WORDS and tokens[0].casefold().endswith(_PREMISES_ENDS):
        return False  # "Fritidsgård Väster", "Ungdomshuset Norr": premises by their kind and quarter of the town
    if knowledge.is_not_person(name):
        return False
    if knowledge.match_group(name) or knowledge.match_organisation(name):
        return False
    for i, tok in enumerate(tokens):
        if tok.casefold() in _PARTICLES and 0 < i < len(tokens) - 1:
            continue
        if not tok[0].isalpha() or not tok[0].isupper():
            return False
        if len(tok) == 1 and i != len(tokens) - 1 and not (i == 1 and len(tokens) == 3 and len(tokens[2]) > 1) \
                and not (i == 0 and len(tokens) == 2 and len(tokens[1]) > 1) \
                and not (i == 1 and len(tokens) == 3 and len(tokens[2]) == 1 and len(tokens[0]) > 1):
            # a single letter ends a name, is its one middle initial ("Karin M Holst") or stands for the
            # given name before a surname ("J Virtala")
            return False
        if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*'?", tok):
            return False
        if re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{1,2}[A-ZÅÄÖ]", tok):
            return False  # "FoU Skogland", "BoU": a short word with a capital inside stands for a unit
    if len(tokens) == 1:
        tok = tokens[0]
        if len(tok) > 12 or (tok.isupper() and len(tok) > 1):
            return False
        if fold(tok).endswith(_NOUN_ENDINGS):
            return False
    words = {fold(t) for t in tokens}
    for gt in knowledge.group_types:
        w = fold(gt.word)
        if " " in w:
            continue
        if words & {w, w + "en", w + "et", w + "na", w + "er", w + "erna", w + "ar", w + "arna"}:
            return False
    if any(knowledge.is_unit(t) for t in tokens if len(t) > 4) or knowledge.is_unit(name) and len(tokens) > 2:
        return False
    return True


@lru_cache(maxsize=1 << 16)
def _first_key(name: str) -> str:
    return phonetic(name.split()[0])


_DOUBLE_INITIALS = re.compile(r"\w-\w")
# a roster's "Representerar" cell naming a kommun's political body: "Socialnämnden", "Barn- och utbildningsnämnden"
_NAMND_SEAT = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-\s+och\s+[a-zåäö]+|,\s+[a-zåäö]+-?\s+och\s+[a-zåäö]+)?(?:nämnden|styrelsen|utskottet)"
                         r"|Kommunfullmäktige|Regionfullmäktige")


def _surname_fits(short: str, display: str) -> bool:
    """'J Virtala' fits 'Jukka Virtala': the same surname, a given name with that initial; 'L-G Vikström'
    fits 'Lars-Göran Vikström', each part of a double given name by its initial.

    >>> _surname_fits("L-G Vikström", "Lars-Göran Vikström"), _surname_fits("L-G Vikström", "Lars Vikström")
    (True, False)
    """
    a, b = short.split(), display.split()
    if not (len(b) >= 2 and name_form(display) == "full" and fold(a[-1]) == fold(b[-1])):
        return False
    if "-" in a[0]:
        given, letters = [fold(x) for x in b[0].split("-")], [fold(x) for x in a[0].split("-")]
        return len(given) == len(letters) and all(g.startswith(x) for g, x in zip(given, letters))
    return fold(b[0]).startswith(fold(a[0]))


def _initial_fits(initial: str, display: str) -> bool:
    """'H' fits 'Lena Hansson'; 'N W' fits 'Eva Nilsson Wik' and 'B H' 'Karin Berg-Holm' (the
    parts of a double surname in order)."""
    rest = display.split()[1:]
    letters = fold(initial).split()
    if len(letters) > 1:
        parts = [fold(x) for t in rest for x in t.split("-")]
        return len(parts) >= len(letters) and all(p.startswith(x) for p, x in zip(parts[-len(letters):], letters))
    i = letters[0][:1] if letters else ""
    return bool(i) and any(fold(t).startswith(i) for t in rest)


def _ends_in_kind(kind: str, word: str) -> bool:
    """Whether a word of a body's name (folded) is of the kind (folded), the kind its last part with an
    inflection at most: "pensionarsradet" is of "rad", "lagovertradare" ("lagöverträdare") is not.

    >>> _ends_in_kind("rad", "pensionarsradet"), _ends_in_kind("grupp", "samverkansgrupp"), _ends_in_kind("rad", "lagovertradare")
    (True, True, False)
    """
    return re.search(rf"{re.escape(kind)}(?:en|et|ens|ets|n|ns|s|er|erna|arna)?$", word) is not None


# a care centre by its kind and its place or owner: "Vårdcentralen Ås", "Hälsocentral Norrö", "Tuna Vårdcentral AB"
_NAMED_CARE_CENTRE = re.compile(r"(?:Vård|Hälso)central(?:en)?\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?|"
                                r"[A-ZÅÄÖ][\wåäö-]+\s+(?:[Vv]ård|[Hh]älso)central(?:en)?(?:\s+AB)?")


def _is_förbund_by_name(text: str) -> bool:
    """Whether a text is a förbund by its name ("Samordningsförbundet Åby"), an organisation of its own.

    >>> _is_förbund_by_name("Samordningsförbundet Åby"), _is_förbund_by_name("Samordningsförbundets styrelse")
    (True, False)
    """
    return "förbundet " in text and re.fullmatch(AUTHORITY, text.strip()) is not None


def _capitalise(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.")
    return text[:1].upper() + text[1:] if text else text


# ---------------------------------------------------------------------------------- people
@dataclass
class _PersonNode:
    key: str
    forms: Counter = field(default_factory=Counter)
    known: KnownPerson | None = None
    short: bool = False  # a person known only by a short form

    _chosen: tuple = field(default=(None, None, None), repr=False, compare=False)

    @property
    def display(self) -> str:
        if self.known is not None:
            return self.known.name
        return self._choose()[0]

    @property
    def id(self) -> str:
        return self.known.id if self.known is not None else self._choose()[1]

    def add_form(self, form: str, count: int = 1) -> None:
        self.forms[form] += count
        self._chosen = (None, None, None)  # choose again

    def _choose(self) -> tuple[str, str]:
        """The fullest written form and its id, chosen again only when the forms have changed."""
        if self._chosen[0] is None:
            best = max(self.forms, key=lambda f: (len(normalise_key(f).split()), len(f),
                                                  sum(1 for c in f if ord(c) > 127),
                                                  sum(1 for t in f.split() if t[:1].isupper() and not t[1:].isupper()),
                                                  self.forms[f], f.count("-"), f))
            self._chosen = (True, best, make_id("person", best))
        return self._chosen[1], self._chosen[2]


@dataclass
class _Occ:
    """One place a person is named."""

    doc: int
    item: int | None  # position in parsed.items
    written: str
    clean: str
    roster: bool = False


class _People:
    """Batch-wide person resolution."""

    def __init__(self, knowledge: Knowledge, known_people: Sequence[KnownPerson],
                 pins: dict[int, dict[str, str]] | None = None, apart: set[tuple[str, str]] | None = None):
        self.k = knowledge
        # the coordinator's decisions (loaders.corrections): doc -> folded form -> person, and
        # (folded short form, folded name) pairs that are not the same person
        self.pins = pins or {}
        self.apart = apart or set()
        self.nodes: dict[str, _PersonNode] = {}
        self.known_by_key: dict[str, KnownPerson] = {}
        for kp in known_people:
            for n in (kp.name, *kp.other_names):
                c = clean_name(n)
                if c and name_form(c) == "full":
                    self.known_by_key.setdefault(fold(c), kp)
        self.known = list(known_people)
        self.resolved: dict[tuple[int, int | None, str], _PersonNode | None] = {}
        self._by_form: dict[tuple[int, str], _PersonNode] | None = None  # (doc, form) → first node
        self._by_form_size = 0
        self._unresolved_by_doc: dict[int, list] | None = None
        self.unresolved: dict[tuple[int, int | None, str], tuple[str, tuple[str, ...]]] = {}
        self.occs: list[_Occ] = []
        self.by_doc: dict[int, list[_Occ]] = defaultdict(list)
        self.group_members: dict[str, set[str]] = defaultdict(set)  # group id -> person keys
        self.aliases: dict[tuple[int, str], str] = {}  # (doc, initials) -> the name they stand for
        self.roster_orgs: dict[tuple[int, str], str] = {}  # (doc, name) -> the organisation its roster gives

    def alias(self, doc: int, initials: str, name: str) -> None:
        """Initials the document's roster gives a person ("Per-Arne Nordin (PAN)"), used later for them."""
        self.aliases[(doc, initials)] = clean_name(name)

    def add(self, doc: int, item: int | None, written: str | None, roster: bool = False,
            organisation: str | None = None) -> None:
        if not written:
            return
        c = clean_name(written)
        c = self.aliases.get((doc, c), c)
        if not is_person_name(c, self.k):
            return
        o = _Occ(doc, item, written.strip(), c, roster)
        self.occs.append(o)
        self.by_doc[doc].append(o)
        if roster and organisation:
            self.roster_orgs[(doc, c)] = self._org_key(organisation)

    def _org_key(self, organisation: str) -> str:
        """An organisation as the roster writes it, folded to the known one it names where there is one."""
        known = self.k.match_organisation(organisation)
        return fold(known.name if known is not None else organisation)

    def _orgs_of(self, key: str) -> set[str]:
        """The organisations the rosters of the batch give a person."""
        return {org for (d, c), org in self.roster_orgs.items()
                if (n := self.resolved.get((d, None, c))) is not None and n.key == key}

    def _same_organisation(self, o: _Occ, key: str) -> bool:
        """Whether a given name alone on a roster, or in notes that name everyone so (``o``), may be the person
        ``key`` another document names in full: only where the roster gives her organisation and it is one the
        batch gives him ("Annika (elevhälsan)" in one kommun's notes is not the Annika Bergqvist of another body's
        roster)."""
        org = self.roster_orgs.get((o.doc, o.clean))
        return org is not None and org in self._orgs_of(key)

    def _node(self, key: str, form: str, short: bool = False) -> _PersonNode:
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = _PersonNode(key, short=short, known=self.known_by_key.get(key))
        node.add_form(form)
        return node

    def _known_node(self, kp: KnownPerson) -> _PersonNode:
        key = fold(clean_name(kp.name))
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = _PersonNode(key, known=kp, short=name_form(clean_name(kp.name)) != "full")
            node.add_form(kp.name, 0)
        return node

    def resolve_all(self, meeting_groups: dict[int, str | None]) -> None:
        # 1. full names; "Gösta Lunds" is the genitive of Gösta Lund where he is named too
        full_keys = {(o.doc, fold(o.clean)) for o in self.occs if name_form(o.clean) == "full"}
        for o in self.occs:
            if name_form(o.clean) == "full":
                key, form = fold(o.clean), o.clean
                if key.endswith("s") and (o.doc, key[:-1]) in full_keys:
                    key, form = key[:-1], form[:-1]
                self.resolved[(o.doc, o.item, o.clean)] = self._node(key, form)
        # "Ali Reza tar fram …" where the roster lists "Ali Reza Karimi": a double given name without the surname
        # is the one attendee whose name opens with it, not a person of its own (unless the roster lists it so)
        listed: dict[int, set[str]] = defaultdict(set)
        for o in self.occs:
            if o.roster and name_form(o.clean) == "full":
                listed[o.doc].add(fold(o.clean))
        for o in self.occs:
            if o.roster or name_form(o.clean) != "full" or len(o.clean.split()) != 2 or fold(o.clean) in listed[o.doc]:
                continue
            opens = [k for k in listed[o.doc] if len(k.split()) >= 3 and k.split()[:2] == fold(o.clean).split()]
            if len(opens) == 1:
                self.resolved[(o.doc, o.item, o.clean)] = self._node(opens[0], self.nodes[opens[0]].display)
        # a short form the coordinator has pinned to a person in a document is that person there
        for o in self.occs:
            name = self.pins.get(o.doc, {}).get(fold(o.clean))
            if name is not None:
                c = clean_name(name) or name
                self.resolved[(o.doc, o.item, o.clean)] = self._node(fold(c), c)
        full_nodes = {id(n): n for n in self.nodes.values()}
        # where each node is named: doc -> items, doc roster
        seen_items: dict[tuple[int, int | None], set[str]] = defaultdict(set)
        seen_doc: dict[int, set[str]] = defaultdict(set)
        roster: dict[int, set[str]] = defaultdict(set)
        for o in self.occs:
            n = self.resolved.get((o.doc, o.item, o.clean))
            if n is None:
                continue
            seen_items[(o.doc, o.item)].add(n.key)
            seen_doc[o.doc].add(n.key)
            if o.roster:
                roster[o.doc].add(n.key)
                g = meeting_groups.get(o.doc)
                if g:
                    self.group_members[g].add(n.key)
        batch_keys = sorted(self.nodes)

        def fits(short: str, node: _PersonNode) -> bool:
            if _first_key(short) != _first_key(node.display):
                return False
            if self.apart and (fold(short), fold(node.display)) in self.apart:
                return False
            if name_form(short) == "initial":
                return _initial_fits(" ".join(short.split()[1:]), node.display)
            return True

        def pick(short, keys):
            return sorted({k for k in keys if fits(short, self.nodes[k])})

        # 2. first name + initial: same item, else the document's roster
        for o in self.occs:
            if name_form(o.clean) != "initial" or (o.doc, o.item, o.clean) in self.resolved:
                continue
            hit = None
            levels = [seen_items[(o.doc, o.item)], roster[o.doc]]
            if len(o.clean.split()) == 3:
                # "Eva N W": two initials pin one person of the document, the batch or those already known
                levels.append(seen_doc[o.doc])
                levels.append([k for k in batch_keys if id(self.nodes[k]) in full_nodes]
                              + [self._known_node(kp).key for kp in self.known
                                 if _first_key(kp.name) == _first_key(o.clean)])
            for keys in levels:
                c = pick(o.clean, keys)
                if len(c) == 1:
                    hit = self.nodes[c[0]]
                    break
                if c:
                    break
            if hit is not None:
                self.resolved[(o.doc, o.item, o.clean)] = hit
                hit.add_form(o.clean)
                seen_items[(o.doc, o.item)].add(hit.key)
        # initial + surname ("J Virtala"): the one person of that surname and initial named in full in
        # the document, else in the batch, else among those already known
        for o in self.occs:
            if name_form(o.clean) != "surname" or (o.doc, o.item, o.clean) in self.resolved:
                continue
            hit = None
            for keys in (seen_doc[o.doc], [k for k in batch_keys if id(self.nodes[k]) in full_nodes],
                         [self._known_node(kp).key for kp in self.known if _surname_fits(o.clean, kp.name)]):
                c = sorted({k for k in keys if _surname_fits(o.clean, self.nodes[k].display)})
                if len(c) == 1:
                    hit = self.nodes[c[0]]
                    break
                if c:
                    break
            if hit is None:
                hit = self._node(fold(o.clean), o.clean, short=True)
            self.resolved[(o.doc, o.item, o.clean)] = hit
            hit.add_form(o.clean)
            seen_items[(o.doc, o.item)].add(hit.key)
            seen_doc[o.doc].add(hit.key)
        # initial forms nothing pins become their own people, named as written
        full_batch_keys = None  # the batch's people named in full, once for all such forms
        for o in self.occs:
            if name_form(o.clean) != "initial" or (o.doc, o.item, o.clean) in self.resolved:
                continue
            n = self._node(fold(o.clean), o.clean, short=True)
            self.resolved[(o.doc, o.item, o.clean)] = n
            seen_items[(o.doc, o.item)].add(n.key)
            seen_doc[o.doc].add(n.key)
            if full_batch_keys is None:
                full_batch_keys = [k for k in batch_keys if id(self.nodes[k]) in full_nodes]
            cands = pick(o.clean, full_batch_keys)
            self.unresolved[(o.doc, o.item, o.clean)] = (o.written, self._ids(cands))

        # 3. first names (the people of the batch and those already known, indexed by first name)
        batch_by_first: dict[str, list[str]] = defaultdict(list)
        for k in batch_keys:
            if not self.nodes[k].short:
                batch_by_first[_first_key(self.nodes[k].display)].append(k)
        known_by_first: dict[str, list[KnownPerson]] = defaultdict(list)
        for kp in self.known:
            known_by_first[_first_key(kp.name)].append(kp)
        # notes whose roster names everyone by given name alone ("närv: Camilla (VoO), Hassan (IFO)"): a given name
        # there is that document's own way of naming, not a short form of a name another document gives in full
        given_rosters = {d for d, occs in self.by_doc.items()
                         if (listed := [o for o in occs if o.roster]) and all(name_form(o.clean) == "first" for o in listed)}
        for o in self.occs:
            if name_form(o.clean) != "first" or (o.doc, o.item, o.clean) in self.resolved:
                continue
            g = meeting_groups.get(o.doc)
            doc_keys = seen_doc[o.doc]
            batch = batch_by_first.get(_first_key(o.clean), [])
            known_nodes = known_by_first.get(_first_key(o.clean), [])
            levels = [seen_items[(o.doc, o.item)], doc_keys]
            member_keys = self.group_members.get(g, set()) if g else set()
            if o.doc in given_rosters:
                # (the body's members named in full in its other minutes too: only one of the same organisation)
                member_keys = {k for k in member_keys if k in doc_keys or self._same_organisation(o, k)}
            known_in_group = [kp for kp in known_nodes if g and g in kp.group_ids]
            levels.append(member_keys | {self._known_node(kp).key for kp in known_in_group})
            hit, ambiguous = None, None
            for keys in levels:
                c = pick(o.clean, keys)
                if len(c) == 1:
                    hit = self.nodes[c[0]]
                    break
                if len(c) > 1:
                    ambiguous = c
                    break
            if hit is None and ambiguous is None:
                c = set(pick(o.clean, batch))
                c |= {self._known_node(kp).key for kp in known_nodes}
                c = sorted(c)
                if len(c) == 1 and (not (o.roster or o.doc in given_rosters) or c[0] not in batch
                                   or self._same_organisation(o, c[0])):
                    hit = self.nodes[c[0]]
                elif len(c) > 1:
                    ambiguous = c
            if hit is None and ambiguous is None and (formal := nickname_of(o.clean)) and len(
                    c := [k for k in doc_keys if not self.nodes[k].short
                          and self.nodes[k].display.split()[0].split("-")[0].casefold() in formal]) == 1:
                # "Micke" in notes whose roster names Mikael Sundh: the short form of the one given name of the
                # document it stands for, where no one there is called so in full
                hit = self.nodes[c[0]]
            if hit is None and ambiguous is None and (
                    by_surname := [k for k in roster[o.doc] if len(k.split()) >= 2 and k.split()[-1] == fold(o.clean)]):
                # "Ali" read alone out of "Yusra Ali (S)", whose given name is known to no list: the one attendee
                # of that surname, where no one in the document has it as a given name
                hit = self.nodes[by_surname[0]] if len(by_surname) == 1 else None
            if hit is not None:
                self.resolved[(o.doc, o.item, o.clean)] = hit
                hit.add_form(o.clean)
                continue
            if ambiguous and not o.roster:
                self.resolved[(o.doc, o.item, o.clean)] = None
                self.unresolved[(o.doc, o.item, o.clean)] = (o.written, self._ids(ambiguous))
                continue
            # (a roster of given names alone, "närv: Maja (VoO), Ali (IFO)": each one there is a person, though
            # the batch has more than one of that name to tell her from)
            n = self._node(fold(o.clean), o.clean, short=True)
            self.resolved[(o.doc, o.item, o.clean)] = n
            seen_doc[o.doc].add(n.key)
            self.unresolved[(o.doc, o.item, o.clean)] = (o.written, self._ids(ambiguous) if ambiguous else ())
        self._by_form = None
        self._unresolved_by_doc = None

    def unresolved_of(self, doc: int) -> list[tuple[tuple[int, int | None, str], tuple[str, tuple[str, ...]]]]:
        """The unresolved mentions of one document, by item and form (grouped once per batch)."""
        if self._unresolved_by_doc is None:
            self._unresolved_by_doc = defaultdict(list)
            for entry in sorted(self.unresolved.items(),
                                key=lambda kv: (kv[0][1] if kv[0][1] is not None else -1, kv[0][2])):
                self._unresolved_by_doc[entry[0][0]].append(entry)
        return self._unresolved_by_doc.get(doc, [])

    def _ids(self, keys) -> tuple[str, ...]:
        nodes = [self.nodes[k] for k in keys]
        nodes.sort(key=lambda n: ((n.known.last_seen or "") if n.known else "", n.id), reverse=True)
        return tuple(n.id for n in nodes)

    def lookup(self, doc: int, item: int | None, written: str | None) -> _PersonNode | None:
        if not written:
            return None
        c = clean_name(written)
        c = self.aliases.get((doc, c), c)
        n = self.resolved.get((doc, item, c))
        if n is None and (doc, item, c) not in self.resolved:
            # named elsewhere in the document under the same form: the first such node
            if self._by_form is None or self._by_form_size != len(self.resolved):
                self._by_form = {}
                for (d, _i, cc), node in self.resolved.items():
                    if node is not None:
                        self._by_form.setdefault((d, cc), node)
                self._by_form_size = len(self.resolved)
            return self._by_form.get((doc, c))
        return n


def _with_acronyms_spelled(name: str, text: str) -> str | None:
    """A body's name with each acronym in it that the document spells out written in full, where
    the name has words of its own besides ("Styrgrupp för DVH" in minutes that write "Digitala
    vårdmöten i hemmet (DVH)"); None when there is none.

    >>> _with_acronyms_spelled("Styrgrupp för DVH", "3. DIGITALA VÅRDMÖTEN I HEMMET (DVH)")
    'Styrgrupp för Digitala vårdmöten i hemmet'
    >>> _with_acronyms_spelled("DVH", "Digitala vårdmöten i hemmet (DVH)") is None
    True
    """
    tokens = re.findall(r"\b[A-ZÅÄÖ]{2,6}\b", name)
    if not tokens or name.strip() in tokens:
        return None
    defined = spelled_acronyms(text)
    spelled = name
    for token in tokens:
        if token in defined and defined[token].casefold() not in name.casefold():
            spelled = re.sub(rf"\b{token}\b", defined[token], spelled)
    return spelled if spelled != name else None


# ---------------------------------------------------------------------------------- documents
@dataclass
class _Doc:
    index: int
    raw: RawDocument
    parsed: ParsedMinutes
    rel: RawRelations
    group: str | None = None  # canonical group name of the body that met
    group_basis: str | None = None  # how it was found (see Meeting.group_basis)
    date: str | None = None
    # (index in the document's assignments, raw) of those that report back on earlier tasks
    follow_ups: list = field(default_factory=list)

    @property
    def sha(self) -> str:
        return self.raw.sha256

    def item_pos(self, number: str | None, line: int = 0) -> int | None:
        """The position of the item numbered ``number`` (the one spanning ``line`` if several)."""
        if number is None:
            return None
        want = normalise_key(number)
        numbered = self._numbered
        hits = self._by_number.get(want, [])
        if not hits:
            tail = [i for i, key in numbered if key.split(" ")[-1] == want.split(" ")[-1]]
            hits = tail if len(tail) == 1 else []
        if not hits:
            return None
        if line and len(hits) > 1:
            for i in hits:
                it = self.parsed.items[i]
                if it.line_start <= line <= (it.line_end or it.line_start):
                    return i
        return hits[0]

    @cached_property
    def rostered(self) -> frozenset[str]:
        """The organisations and units the attendance names its people by."""
        return frozenset(x.strip() for a in self.parsed.attendance for x in (a.organisation, a.unit) if x)

    @cached_property
    def _numbered(self) -> list[tuple[int, str]]:
        """(position, normalised number) of the items that have a number."""
        return [(i, normalise_key(it.number)) for i, it in enumerate(self.parsed.items) if it.number is not None]

    @cached_property
    def _by_number(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        for i, key in self._numbered:
            out[key].append(i)
        return dict(out)

    @cached_property
    def _item_ids(self) -> list[str | None]:
        # None for the running text of minutes without recognisable items: no agenda item
        return [None if it.number is None else make_id("item", self.sha, pos)
                for pos, it in enumerate(self.parsed.items)]

    def item_id(self, pos: int | None) -> str | None:
        return None if pos is None else self._item_ids[pos]


class _Entities:
    """Per-document registry of the shared entities named, with their mentions."""

    def __init__(self):
        self.mentions: dict[str, list[Mention]] = defaultdict(list)
        self._seen: set[tuple[str, str, str | None]] = set()  # (entity, text, item): a mention's identity

    def mention(self, entity_id: str, text: str | None, item_id: str | None, said: str | None = None) -> None:
        if not text:
            return
        text = " ".join(text.split())  # spaces collapsed, ends stripped
        if (entity_id, text, item_id) not in self._seen:
            self._seen.add((entity_id, text, item_id))
            self.mentions[entity_id].append(Mention(text, item_id, said))

    def of(self, entity_id: str) -> tuple[Mention, ...]:
        return tuple(sorted(self.mentions.get(entity_id, ()), key=lambda m: (m.text, m.item_id or "")))


# ---------------------------------------------------------------------------------- organisations
# a huvudman by the word of its kind, in a name written with its place
_HUVUDMAN_WORD = re.compile(r"(?i)\bkommuns?\b|\bregion(?:en|ens)?\b|\blandsting")
_ASSOCIATION_WORD = re.compile(r"(?i)förening")


class _Orgs:
    def __init__(self, knowledge: Knowledge):
        self.k = knowledge
        self.entities: dict[str, Organisation] = {}
        self.unit_huvudman: dict[str, set[str]] = defaultdict(set)  # unit key -> huvudman names
        self._ids: dict[str, str] = {}  # name -> id

    def learn(self, unit: str | None, organisation: str | None) -> None:
        """Remember which huvudman a unit was written with, for units written without one."""
        u, h = self._split(unit, organisation)
        if u and h is not None and self.k.is_unit(u):
            self.unit_huvudman[self._unit_key(u)].add(h.name)

    def _split(self, unit: str | None, organisation: str | None):
        u, h = self.k.split_organisation(unit) if unit else (None, None)
        if organisation:
            ou, oh = self.k.split_organisation(organisation)
            # (the huvudman written as such wins over a place in the unit's name: "Region X" beside
            # "Psykiatriska öppenvårdsmottagningen Åby", the region's clinic in Åby)
            h = oh if oh is not None and not ou else h or oh
            if ou and not u:
                u = ou
        return u, h

    def _unit_key(self, unit: str) -> str:
        known = self.k.known_unit(unit)
        return fold(known.name if known else unit)

    def _put(self, name: str, classification: str, parent_id: str | None = None,
             alias: str | None = None) -> str:
        oid = self._ids.get(name)
        if oid is None:
            oid = self._ids[name] = make_id("org", name)
        old = self.entities.get(oid)
        aliases = set(old.aliases) if old else set()
        if alias and normalise_key(alias) != normalise_key(name):
            aliases.add(re.sub(r"\s+", " ", alias).strip())
        self.entities[oid] = Organisation(oid, name, classification, parent_id or (old.parent_id if old else None),
                                          tuple(sorted(aliases)))
        return oid

    def huvudman_id(self, h: OrgEntry) -> str:
        return self._put(h.name, "huvudman")

    def resolve(self, unit: str | None, organisation: str | None = None) -> tuple[str | None, str | None]:
        """(unit id, top organisation id) for a unit and organisation as written."""
        alone = organisation if unit is None else unit if organisation is None else None
        if alone and _is_förbund_by_name(alone) and self.k.match_organisation(alone) is None:
            # "Samordningsförbundet Gransjö": a förbund named by the place of a kommun it serves is no unit of that
            # kommun, but an organisation of its own
            return None, self._put(" ".join(alone.split()), "external")
        u, h = self._split(unit, organisation)
        hid = self.huvudman_id(h) if h is not None else None
        if not u:
            return None, hid
        entry = self.k.match_organisation(u)
        if entry is not None and entry.classification == "external":
            return None, self._put(entry.name, "external", alias=u)
        if entry is not None and entry.classification == "huvudman":
            return None, self.huvudman_id(entry)
        if entry is None and not self.k.is_unit(u):
            if hid is None and organisation is None and unit is not None:
                return None, self._put(_capitalise(u), "external", alias=u)
            if (organisation is None and unit is not None and u != unit and not _HUVUDMAN_WORD.search(unit)
                    and _ASSOCIATION_WORD.search(u)):
                # "Anhörigföreningen i Ljungmyra": an association named by its place, no unit of the kommun whose
                # place it is (an acronym may be either: "AME Åby" is the kommun's)
                return None, self._put(_capitalise(unit), "external", alias=unit)
            return None, hid
        base = entry.name if entry is not None else _capitalise(u)
        if h is None:
            written_with = sorted(self.unit_huvudman.get(self._unit_key(u), ()))
            if len(written_with) == 1:
                h = self.k.huvudman(written_with[0])
            elif entry is not None and entry.parent:
                h = self.k.huvudman(entry.parent)
            if h is not None:
                hid = self.huvudman_id(h)
        name = f"{base}, {h.name}" if h is not None else base
        if h is None and organisation and "förbund" in organisation and self.k.match_organisation(organisation) is None:
            # "Kvalitetsenheten" in a gymnasieförbund's minutes: the förbund's own unit, the förbund no huvudman
            hid = self._put(organisation, "external")
            name = f"{base}, {organisation}"
        return self._put(name, "unit", hid, alias=u), hid

    def resolve_text(self, text: str | None) -> str | None:
        """The organisation a free-text name points at (unit if written, else the top organisation)."""
        if not text:
            return None
        u, top = self.resolve(text)
        return u or top


# ---------------------------------------------------------------------------------- groups
_MONTH_WORDS = ("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec")
# a time phrase or date glued to a body's name: "… före sommaren", "… den 12 mars", "… i vecka 12"
_TIME_TAIL = re.compile(
    rf"(?:\s+(?:före|efter|inför|under|till|senast|i|från|om|vid|på|den|per|för)\s+(?:"
    rf"(?:sommaren|hösten|våren|vintern|julen?|påsk(?:en)?|årsskiftet|nyår(?:et)?|semestern|helgen|veckan|"
    rf"månaden|året|terminen|mötet|möte|händelsen|krisen|pandemin|perioden|mandatperioden)\b|"
    rf"(?:nästa|kommande|förra|samma|detta|denna)\s+\w+|"
    rf"(?:den\s+)?\d{{1,2}}(?::e|:a)?\s+(?:{_MONTH_WORDS})\b\.?(?:\s+\d{{4}})?|"
    rf"(?:{_MONTH_WORDS})\b\.?(?:\s+\d{{4}})?|"
    rf"(?:vecka|v\.?)\s*\d{{1,2}}|"
    rf"\d{{4}}(?:-\d{{2}}(?:-\d{{2}})?)?)"
    rf"|\s+för\s+(?:tiden|närvarande|stunden)|\s+(?:nästa|kommande|förra)\s+\w+"
    # "… i Regionala programområdet för äldres hälsa för perioden 2027–2028": the term of a seat
    rf"|\s+(?:för|under)\s+(?:perioden|mandatperioden|åren|resten\s+av|återstoden\s+av|(?:den\s+)?resterande\s+delen?\s+av)\b.*"
    rf"|\s+(?:den\s+)?\d{{1,2}}\s+(?:{_MONTH_WORDS})\b.*|\s+\d{{4}}-\d{{2}}-\d{{2}}|\s+\d{{1,2}}/\d{{1,2}}"
    rf")\s*$", re.I)


def _compound_topic(name: str) -> tuple[str, bool, frozenset[str]] | None:
    """A "kind för topic" name's kind and its topic as one compound without its ending, where the topic
    is one word or "B av A" ("byte av lönesystem" → "lonesystembyt", "lonesystemsbyt"); None for other names."""
    m = re.fullmatch(r"(?i)(?P<kind>[\wåäö-]+?)(?:en|et)?\s+för\s+(?:(?P<b>[a-zåäö]{3,})\s+av\s+(?P<a>[a-zåäö]{3,})"
                     r"|(?P<c>[a-zåäö]{6,}))", name.strip())
    if m is None:
        return None
    end = re.compile(r"(?:et|en|e|t|n)$")
    if m.group("c"):
        return fold(m.group("kind")), False, frozenset({end.sub("", fold(m.group("c")))})
    a, b = fold(m.group("a")), end.sub("", fold(m.group("b")))
    return fold(m.group("kind")), True, frozenset({a + b, a + "s" + b})


def _same_topic(one, other) -> bool:
    """Whether two names read by `_compound_topic` are one kind with one topic, one as a compound, one as a phrase."""
    return (one is not None and other is not None and one[0] == other[0] and one[1] != other[1]
            and bool(one[2] & other[2]))


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` (casefolded) is the words' prefixes in order, each word giving one letter or more."""
    if not words:
        return not acronym
    w = fold(words[0]).replace("-", "")
    return any(fold(acronym[:k]) == w[:k] and _spells(acronym[k:], words[1:])
               for k in range(1, min(len(acronym), len(w)) + 1))


def _in_order(words: list[str], other: list[str]) -> bool:
    """Whether ``words`` all occur in ``other``, in the same order.

    >>> _in_order(["a", "c"], ["a", "b", "c"]), _in_order(["c", "a"], ["a", "b", "c"])
    (True, False)
    """
    rest = iter(other)
    return all(w in rest for w in words)


def _word_stem(word: str) -> str:
    """A word without the endings of definite and neuter forms (folded words):
    'politiska', 'politiskt' → 'politisk'; 'samradet' → 'samrad'; 'delregionala' → 'delregional'."""
    for end in ("et", "en", "a", "t"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _förbund_body(text: str, word: str, group: str | None) -> str | None:
    """The förbund's own body a bare definite type word names in the minutes of the förbund's board,
    where nothing else in them bears that name: "beredningsgruppen" there is "Beredningsgruppen,
    Samordningsförbundet X" (as "arbetsutskottet" in a nämnd's minutes is that nämnd's).

    >>> _förbund_body("beredningsgruppens", "beredningsgrupp", "Styrelsen, Samordningsförbundet Mellanå")
    'Beredningsgruppen, Samordningsförbundet Mellanå'
    >>> _förbund_body("en beredningsgrupp", "beredningsgrupp", "Styrelsen, Samordningsförbundet Mellanå") is None
    True

    And "styrelsen" in the minutes of the förbund's beredningsgrupp is the förbund's board:

    >>> _förbund_body("styrelsen", "styrelse", "Beredningsgruppen, Samordningsförbundet Mellanå")
    'Styrelsen, Samordningsförbundet Mellanå'
    """
    m = re.fullmatch(r"(?:Styrelsen|Beredningsgruppen|Arbetsutskottet), (?P<owner>.+)", group or "")
    if m is None or "förbund" not in m.group("owner").casefold():
        return None
    t = fold(text.strip())
    t = t[:-1] if t in (word + "ens", word + "ets", word + "ns") else t
    if t not in (word + "en", word + "et", word + "n"):
        return None
    return f"{_capitalise(t)}, {m.group('owner')}"


# ("Kommunstyrelsens allmänna utskott": an utskott named by its field, an adjective before it)
# (the council by its acronym too: "KPR:s arbetsutskott, Åby kommun")
_UTSKOTT_OF = re.compile(r"(?:(?P<parent>[A-ZÅÄÖ][\wåäö -]*?[a-zåäö])s|(?-i:(?P<parent_acr>[A-ZÅÄÖ]{2,6})):s)\s+"
                         r"(?:(?:[a-zåäö]+a\s+)?[a-zåäö-]*utskott|presidium)"
                         r"(?P<owner>,\s+.+)?",
                         re.I)


def _parent_of_utskott(word: str, group: str) -> str | None:
    """The council or board whose utskott met, when the minutes name it by its kind ("rådet").

    >>> _parent_of_utskott("rad", "Kommunala pensionärsrådets arbetsutskott, Åby kommun")
    'Kommunala pensionärsrådet, Åby kommun'
    >>> _parent_of_utskott("utskott", "Kommunala pensionärsrådets arbetsutskott, Åby kommun") is None
    True
    >>> _parent_of_utskott("styrelse", "Kommunstyrelsens allmänna utskott, Åby kommun")
    'Kommunstyrelsen, Åby kommun'
    """
    m = _UTSKOTT_OF.fullmatch(group)
    if not m or not m.group("parent") or fold(word) not in fold(m.group("parent")).split()[-1] or "utskott" in fold(word):
        return None
    return m.group("parent") + (m.group("owner") or "")


# a body's own utskott by the reflexive: "sitt arbetsutskott", "sitt beredningsutskott"
_OWN_UTSKOTT = re.compile(r"(?i)^sitt\s+([a-zåäö-]*utskott)$")


def _förbund_own_body(text: str, group: str | None) -> str | None:
    """A förbund's body named by the word that makes it the förbund's ("förbundsstyrelsen",
    "förbundsfullmäktiges", "valberedningen") in the minutes of another body of that förbund.

    >>> _förbund_own_body("förbundsstyrelsens", "Förbundsfullmäktige, Utbildningsförbundet Norrskär")
    'Förbundsstyrelsen, Utbildningsförbundet Norrskär'
    >>> _förbund_own_body("förbundsstyrelsen", "Socialnämnden, Åby kommun") is None
    True
    >>> _förbund_own_body("förbundsdirektionen", "Utbildningsberedningen, Ekås gymnasieförbund")
    'Direktionen, Ekås gymnasieförbund'

    In the minutes of a förbund's board, its fullmäktige by that word, the board by its own:

    >>> _förbund_own_body("förbundsfullmäktige", "Styrelsen, Avfallsförbundet Ås")
    'Förbundsfullmäktige, Avfallsförbundet Ås'
    >>> _förbund_own_body("Förbundsstyrelsen", "Styrelsen, Avfallsförbundet Ås")
    'Styrelsen, Avfallsförbundet Ås'

    In the minutes of a förbund's fullmäktige, "direktionen" is the förbund's board:

    >>> _förbund_own_body("direktionen", "Förbundsfullmäktige, Kommunalförbundet Ås")
    'Direktionen, Kommunalförbundet Ås'
    """
    if not group or "förbund" not in group.casefold():
        return None  # (most bodies: nothing below can match)
    t = " ".join(text.split()).casefold()
    board = re.fullmatch(r"(?P<kind>Styrelsen|Direktionen), (?P<owner>.*förbund.*)", group)
    if board:
        if t.removesuffix("s") == "förbundsfullmäktige":
            return f"Förbundsfullmäktige, {board.group('owner')}"
        if t.removesuffix("s") == "förbunds" + board.group("kind").casefold():
            return group
    m = re.fullmatch(r"Förbunds(?:fullmäktige|styrelsen|direktionen), (?P<owner>.+)", group)
    if m is None:
        if "förbund" not in group or "direktion" not in text:
            return None
        # "direktionen", "förbundsdirektionen" in the minutes of the förbund's beredning or utskott: its board
        sub = re.fullmatch(r"[A-ZÅÄÖ][a-zåäö-]*(?:beredningen|utskottet), (?P<owner>.*förbund.*)", group)
        if sub and t.removesuffix("s") in ("direktionen", "förbundsdirektionen"):
            return f"Direktionen, {sub.group('owner')}"
        return None
    if group.startswith("Förbundsfullmäktige") and t.removesuffix("s") == "direktionen":
        return f"Direktionen, {m.group('owner')}"
    t = t[:-1] if t in ("förbundsstyrelsens", "förbundsfullmäktiges", "förbundsdirektionens", "valberedningens") else t
    if t not in ("förbundsstyrelsen", "förbundsfullmäktige", "förbundsdirektionen", "valberedningen"):
        return None
    return f"{_capitalise(t)}, {m.group('owner')}"


def _board_of_one_förbund(text: str, minutes: str) -> str | None:
    """The board "förbundets styrelse" names in minutes that name one förbund and no other.

    >>> _board_of_one_förbund("förbundets styrelse", "finansieras av Samordningsförbundet Rödby. …")
    'Styrelsen, Samordningsförbundet Rödby'
    >>> _board_of_one_förbund("förbundets styrelse", "Samordningsförbundet Rödby och Samordningsförbundet Ås") is None
    True
    >>> _board_of_one_förbund("förbundsstyrelsen", "i Samordningsförbundet Rödbys lokaler. Samordningsförbundet Rödby …")
    'Styrelsen, Samordningsförbundet Rödby'
    >>> _board_of_one_förbund("förbundets styrelse", "§ 7 Fyllnadsval – Samordningsförbundet Rödby    Dnr KS 2026/9 "
    ...                       "ledamot i styrelsen för Samordningsförbundet Rödby")
    'Styrelsen, Samordningsförbundet Rödby'
    """
    if " ".join(text.casefold().split()) not in ("förbundets styrelse", "förbundsstyrelsen"):
        return None
    one = _the_one_förbund(minutes)
    return _board_of(one) if one else None


# a förbund's name in a letterhead typed in capitals: "SAMORDNINGSFÖRBUNDET RÖDBY"
_ASSOCIATION_IN_CAPITALS = re.compile(r"\b[A-ZÅÄÖ]{3,}FÖRBUNDET(?:[ \t][A-ZÅÄÖ][A-ZÅÄÖ-]*[A-ZÅÄÖ]){1,2}\b(?![ \t]?[a-zåäö])")


def _the_one_förbund(minutes: str) -> str | None:
    """The förbund the minutes name when they name one and no other.

    ("Samordningsförbundet Rödbys lokaler": the förbund named in the genitive is the same förbund)

    >>> _the_one_förbund("i Samordningsförbundet Rödbys lokaler. Samordningsförbundet Rödby …")
    'Samordningsförbundet Rödby'

    (a letterhead in capitals names it as well: "SAMORDNINGSFÖRBUNDET RÖDBY")

    >>> _the_one_förbund("SAMORDNINGSFÖRBUNDET RÖDBY                 PROTOKOLL\\nStyrelsen")
    'Samordningsförbundet Rödby'
    """
    named = {" ".join(m.group(0).split()) for m in _ASSOCIATION_NAME.finditer(minutes)}
    if "FÖRBUNDET" in minutes:
        named |= {" ".join("-".join(p.capitalize() for p in w.split("-")) for w in m.group(0).split())
                  for m in _ASSOCIATION_IN_CAPITALS.finditer(minutes)}
    named = {n for n in named if not (n.endswith("s") and n[:-1] in named)}
    return named.pop() if len(named) == 1 else None


# a förbund's body by its kind, in the förbund's genitive, and its name in the definite form as the förbund names it
_FÖRBUND_BODY_KIND = {"beredningsgrupp": "Beredningsgruppen", "beredningsgruppen": "Beredningsgruppen",
                      "arbetsutskott": "Arbetsutskottet", "arbetsutskottet": "Arbetsutskottet",
                      "ledningsgrupp": "Ledningsgruppen", "ledningsgruppen": "Ledningsgruppen"}


def _body_of_one_förbund(text: str, minutes: str) -> str | None:
    """A body "förbundets beredningsgrupp" names in minutes that name one förbund and no other.

    >>> _body_of_one_förbund("förbundets beredningsgrupp", "Insatsen styrs av Samordningsförbundet Rödby. …")
    'Beredningsgruppen, Samordningsförbundet Rödby'
    >>> _body_of_one_förbund("förbundets beredningsgrupp", "Samordningsförbundet Rödby och Samordningsförbundet Ås") is None
    True
    >>> _body_of_one_förbund("kommunens beredningsgrupp", "Samordningsförbundet Rödby") is None
    True
    """
    words = text.casefold().split()
    if len(words) != 2 or words[0] != "förbundets" or words[1] not in _FÖRBUND_BODY_KIND:
        return None
    one = _the_one_förbund(minutes)
    return f"{_FÖRBUND_BODY_KIND[words[1]]}, {one}" if one else None


def _company_at_end(group: str) -> str | None:
    """The company a body is named for, at the end of its name.

    >>> _company_at_end("Ägarrådet, Sandforsvatten AB"), _company_at_end("Ägarrådet Åsby Energi AB")
    ('Sandforsvatten AB', 'Åsby Energi AB')
    >>> _company_at_end("Styrgrupp Nära vård") is None
    True
    """
    m = re.search(r"((?:[A-ZÅÄÖ][\wåäö-]*\s+){1,4})AB$", group.rsplit(", ", 1)[-1])
    words = m.group(1).split() if m else []
    while words and re.search(r"(?i)(?:råd|rådet|samråd|styrelse|styrelsen|grupp|gruppen|nämnd|nämnden|möte|mötet)$", words[0]):
        words.pop(0)  # the body's kind, before the company's name
    return f"{' '.join(words)} AB" if words else None


# a län's council or group by the län's possessive: "länets folkhälsoråd", "länets samverkansgrupp"
_LANS_ORGAN = re.compile(r"(?i)länets\s+(?P<organ>[a-zåäö-]*(?:råd|grupp|nätverk|forum))")
# the län a body's name ends with: "ANDTS-nätverket Tallstrands län"
_LAN_END = re.compile(r"(?<=\s)[A-ZÅÄÖ][\wåäö-]+\s+län$")
# a kommun's organ by the kommun's possessive: "kommunens arbetsmarknadsutskott", "kommunens krisledningsnämnd"
_KOMMUNS_ORGAN = re.compile(r"(?i)kommunens\s+(?P<organ>[a-zåäö-]*(?:utskott|nämnd|styrelse))")


def _one_kommun_of(parsed) -> str | None:
    """The one kommun the people at a meeting come from, or whose kommunhus it met in; None where
    there are several or none.

    >>> from loaders.types import AttendanceEntry, ParsedMinutes
    >>> at = [AttendanceEntry(name="Eva Ek", status="present", organisation="Åby kommun, socialtjänsten"),
    ...       AttendanceEntry(name="Per Lind", status="present", organisation="Arbetsförmedlingen")]
    >>> _one_kommun_of(ParsedMinutes(path="x.txt", layout="numbered", attendance=at))
    'Åby kommun'
    >>> _one_kommun_of(ParsedMinutes(path="x.txt", layout="numbered", place="Ekås kommunhus"))
    'Ekås kommun'
    """
    kommuner = {m.group(0) for e in parsed.attendance if e.organisation
                and (m := re.match(r"[A-ZÅÄÖ][\wåäö-]+\s+kommun\b", e.organisation))}
    hall = re.match(r"([A-ZÅÄÖ][\wåäö-]+)\s+kommunhus\b", parsed.place or "")
    if not kommuner and hall:
        kommuner = {f"{hall.group(1)} kommun"}  # met in "Xs kommunhus": that kommun's
    return kommuner.pop() if len(kommuner) == 1 else None


def _one_kommun_named(parsed) -> str | None:
    """The one kommun the items of the minutes name ("Kommunfullmäktige i Ekå kommun har antagit …"); None
    where they name several or none.

    >>> from loaders.types import ParsedItem, ParsedMinutes
    >>> it = [ParsedItem(number="1", title="Ägardirektiv", body="Kommunfullmäktige i Ekå kommun har antagit direktiven.")]
    >>> _one_kommun_named(ParsedMinutes(path="x.txt", layout="numbered", items=it))
    'Ekå kommun'
    """
    named = {m.group(0) for it in parsed.items for t in (it.title, it.body) if t and "kommun" in t
             for m in re.finditer(r"\b[A-ZÅÄÖ][\wåäö-]+\s+kommun\b", t)}
    return named.pop() if len(named) == 1 else None


# the board of a stiftelse or förening named by its kind and name: "styrelsen för Stiftelsen Ås länsmuseum"
_BOARD_FOR_NAMED = re.compile(r"\b[Ss]tyrelsen\s+för\s+(?P<name>(?P<kind>Stiftelsen|Föreningen)\s+[A-ZÅÄÖ][\wåäö-]*"
                              r"(?:\s+[a-zåäö][\wåäö-]*){0,3}?)(?=\s*[,.;:)]|\s+(?:för|till|från|efter|och|som|i|med)\b|\s*$)")


def _board_of_one_named(text: str, minutes: str) -> str | None:
    """The board "stiftelsens styrelse" or "föreningens styrelse" names in minutes that name the board of one
    stiftelse (förening) in full, and no other.

    >>> _board_of_one_named("stiftelsens styrelse", "att entlediga Eva Ek från uppdraget som ledamot i styrelsen för "
    ...                     "Stiftelsen Ås länsmuseum, att välja Per Ek till ny ledamot i stiftelsens styrelse")
    'Styrelsen för Stiftelsen Ås länsmuseum'
    >>> _board_of_one_named("stiftelsens styrelse", "styrelsen för Stiftelsen Ås museum och styrelsen för Stiftelsen Bo") is None
    True
    """
    m = re.fullmatch(r"(?i)(stiftelsen|föreningen)s\s+styrelse", " ".join(text.split()))
    if m is None:
        return None
    named = {" ".join(b.group("name").split()) for b in _BOARD_FOR_NAMED.finditer(minutes)
             if b.group("kind").casefold() == m.group(1).casefold()}
    return f"Styrelsen för {named.pop()}" if len(named) == 1 else None


def _council_short_form(text: str, body: str) -> bool:
    """A council named without its "kommunala"/"regionala" in its own minutes.

    >>> _council_short_form("Pensionärsrådet", "Kommunala pensionärsrådet, Åby kommun")
    True
    >>> _council_short_form("Pensionärsrådet", "Regionala samverkansrådet")
    False
    """
    head = body.split(",")[0].strip().split(" ", 1)
    return (len(head) == 2 and head[0].casefold() in ("kommunala", "regionala", "kommunens", "regionens")
            and fold(head[1]) == fold(text.strip()))


def _is_board_of_förbund(text: str, group: str) -> bool:
    """Whether ``text`` names the board of the förbund whose board ``group`` is: "förbundets
    styrelse", "Förbundsstyrelsen", "samordningsförbundets styrelse", "Samordningsförbundet Ås styrelse".

    >>> _is_board_of_förbund("förbundets styrelse", "Styrelsen, Samordningsförbundet Mellanå")
    True
    >>> _is_board_of_förbund("regionstyrelsen", "Styrelsen, Samordningsförbundet Mellanå")
    False
    """
    m = re.fullmatch(r"Styrelsen, (?P<owner>.+)", group)
    if m is None or "förbund" not in m.group("owner").casefold():
        return False
    low = " ".join(text.casefold().split())
    owner = m.group("owner").casefold()
    return bool(re.fullmatch(r"(?:förbunds)?styrelsen|(?:[\wåäö]*förbundets|" + re.escape(owner) + r"s?)\s+styrelse", low))


_NETWORK_OF = re.compile(r"(?P<who>[a-z][\w-]*?)s?-?natverk(?:et)?|natverk (?P<who2>[a-z]\w+?)(?:er|ar|or)?")


def _body_key(text: str) -> str:
    """The key two spellings of one body share: "Arbetsgrupp för fallprevention" and
    "arbetsgrupp fallprevention", "den nya Styrgruppen X" and "Styrgrupp X".

    >>> _body_key("Arbetsgrupp för fallprevention") == _body_key("arbetsgrupp fallprevention")
    True
    >>> _body_key("Nätverket för socialchefer") == _body_key("Socialchefsnätverket") == "natverk socialchef"
    True
    >>> _body_key("vårdprogramgruppen för ADHD") == _body_key("vårdprogramgruppen ADHD") == _body_key("Vårdprogramgrupp ADHD")
    True
    >>> _body_key("Arbetsgrupp för konsultationstid i elevhälsan") == _body_key("Arbetsgrupp konsultationstid elevhälsa")
    True
    >>> _body_key("Samverkansgruppen för äldre i Ådalen") == _body_key("Samverkansgruppen äldre Ådal")
    False
    >>> _body_key("Styrelsen för Samordningsförbundet Åby") == _body_key("Styrelsen, Samordningsförbundet Åby")
    True
    >>> _body_key("Styrelsen för Åby stadshus")
    'styrelsen for aby stadshus'
    >>> _body_key("Analysgrupp i samverkan")
    'analysgrupp i samverkan'
    >>> _body_key("Lokal samverkan Ronneby") == _body_key("Lokal samverkansgrupp Ronneby") == _body_key("Lokala samverkansgruppen Ronneby")
    True
    >>> _body_key("Styrgrupp för insatsen Steget före") == _body_key("Styrgrupp Steget före") == "styrgrupp steget fore"
    True
    >>> _body_key("Styrgrupp för projektet")
    'styrgrupp projektet'
    >>> _body_key("Arbetsgrupp för målbilden") == _body_key("Arbetsgrupp för målbild") == "arbetsgrupp malbild"
    True
    >>> _body_key("Arbetsgrupp för samsjuklighet")
    'arbetsgrupp samsjuklighet'
    >>> _body_key("Arbetsgrupp för hemsjukvårdens läkarmedverkan") == _body_key("arbetsgrupp för läkarmedverkan i hemsjukvården")
    True
    """
    # a topic after "för" ending in a common noun after "i", in its indefinite form: "… för konsultationstid i
    # elevhälsan" is "… konsultationstid elevhälsa" (a place after "i" has a capital and stays; "Analysgrupp i
    # samverkan" names no topic)
    if " för " in text:
        text = _IN_COMMON_NOUN_END.sub(r" \1", text)
    k = fold(re.sub(r"^(?:den|det|en|ett)\s+", "", text, flags=re.I))
    # "Lokal samverkan Ronneby": the local level's group by what it does, as "Lokal samverkansgrupp Ronneby"
    k = re.sub(r"^lokala?\s+samverkan(?:sgrupp(?:en)?)?\s+(?=\S)", "lokal samverkansgrupp ", k)
    k = re.sub(r"^(\S*(?:grupp|team|natverk|rad|forum))(?:en|et)?\s+f[oö]r\s+", r"\1 ", k)
    # "Styrgrupp för insatsen Steget vidare": the effort the body leads, by its name after the kind of effort, is
    # "Styrgrupp Steget vidare"
    k = re.sub(r"^(\S*(?:grupp|team|rad|forum)) (?:insatsen|projektet|satsningen|programmet) (?=\S)", r"\1 ", k)
    # "Styrelsen för Samordningsförbundet X", as the förbund's own minutes head it: "Styrelsen, Samordningsförbundet X"
    k = _ORGAN_FOR_BODY.sub(r"\1 ", k)
    # "vårdprogramgruppen ADHD": the definite kind before the topic, as the indefinite one
    k = re.sub(r"^(\S*grupp)en\s+(?=\S)", r"\1 ", k)
    # "Arbetsgrupp för målbilden" and, in a table, "Arbetsgrupp för målbild": a one-word topic in the definite, as
    # the indefinite one
    k = _DEFINITE_TOPIC.sub(r"\1", k)
    # "Arbetsgrupp för hemsjukvårdens läkarmedverkan" and "arbetsgrupp för läkarmedverkan i hemsjukvården": a topic
    # owned in the genitive, as the topic and the field after it
    k = _GENITIVE_TOPIC.sub(r"\1 \3 \2", k)
    # a network named by whom it joins, as a compound or after its kind: "Socialchefsnätverket" and
    # "Nätverket för socialchefer"
    m = _NETWORK_OF.fullmatch(k)
    return f"natverk {m.group('who') or m.group('who2')}" if m else k


# a board or direktion "för" the förbund, bolag or stiftelse it governs (folded): the "för" is no part of its name
_ORGAN_FOR_BODY = re.compile(r"^(styrelsen|direktionen|forbundsstyrelsen|presidiet)\s+for\s+"
                             r"(?=\S*(?:forbund|bolag|stiftelse|forening)(?:et|en)?\b)")
# a kind and a two-word topic whose first word owns the second (folded): "arbetsgrupp hemsjukvardens lakarmedverkan"
# (a place or region after it stays: "… utbyggnad i norrby")
_GENITIVE_TOPIC = re.compile(r"^(\S*(?:grupp|team|natverk|rad|forum)) ([a-z]{4,}?)(?:ens|ets|ns) ([a-z]{4,})(?=$|\s)")
# (not the effort the minutes spoke of: "Styrgrupp för projektet" points back, names no topic)
_DEFINITE_TOPIC = re.compile(r"^(\S*(?:grupp|team|natverk|rad|forum) (?!(?:projekt|arbet|uppdrag|insats|satsning|program)"
                             r"(?:en|et)$)[a-z]{4,}?)(?:en|(?<!h)et)$")  # ("samsjuklighet" is no definite form)
_IN_COMMON_NOUN_END = re.compile(r"(?<=\S)\s+i\s+([a-zåäö][\wåäö-]*?)(?:en|n|et)$")


@lru_cache(maxsize=1 << 15)
def _body_keys(text: str) -> tuple[str, str]:
    """`_body_key` of a body's name, and that key without a place at its end ("… i Region X")."""
    key = _body_key(text)
    return key, _PLACE_END.sub("", key)


# the place a body's name ends with, as a proper name: "Lokala närvårdsrådet i Ekby" (not "… i samverkan")
_NAMED_PLACE_END = re.compile(r"\s+i\s+(?:Region\s+)?([A-ZÅÄÖ][\wåäö-]+?)s?(?:\s+kommun)?$"
                              # "Kommunfullmäktige, Åby kommun": the huvudman after a comma
                              r"|,\s+(?:Region\s+([A-ZÅÄÖ][\wåäö-]+)|([A-ZÅÄÖ][\wåäö-]+?)s?\s+kommun)$")


# a body named for one kommun, the kommun last: "Politiskt samrådsorgan Ekby kommun", "Socialnämnden, Åby kommun"
_KOMMUN_END = re.compile(r"(?:,\s+|\s+i\s+|\s+)(?P<place>[A-ZÅÄÖ][\wåäö-]+?)s?\s+kommun$", re.I)


def _kommun_of(name: str | None) -> str | None:
    """The kommun a body's name ends with, folded, or None.

    >>> _kommun_of("Politiskt Samrådsorgan Ekby kommun"), _kommun_of("Socialnämnden, Åby kommun"), _kommun_of("Politiskt samrådsorgan i Norrby")
    ('ekby', 'aby', None)
    """
    m = _KOMMUN_END.search(name or "")
    return fold(m.group("place")) if m else None


def _unplaced_one_of(hits: set[str], doc: "_Doc | None") -> str | None:
    """The one of several bodies a definite reference without a place stands for: a kommun's own body where
    the minutes are of a body of that kommun, else the one body not named for a kommun ("det politiska
    samrådsorganet" in a regional styrgrupp's notes is the region's, not "Politiskt samrådsorgan Ekby kommun").

    >>> hits = {"Politiskt samrådsorgan för vård och omsorg i Norrby", "Politiskt samrådsorgan Ekby kommun"}
    >>> _unplaced_one_of(hits, None)
    'Politiskt samrådsorgan för vård och omsorg i Norrby'
    >>> _unplaced_one_of(hits | {"Politiskt samrådsorgan för barn i Norrby"}, None) is None
    True
    """
    own = _kommun_of(doc.group) if doc is not None else None
    mine = [n for n in hits if own and _kommun_of(n) == own]
    if len(mine) == 1:
        return mine[0]
    unplaced = [n for n in hits if _kommun_of(n) is None]
    return unplaced[0] if len(unplaced) == 1 and len(hits) > 1 else None


def _other_place(known: str, text: str) -> bool:
    """Whether two names of one kind of body end with two different places ("… i Ekby", "… i Norrvik").

    >>> _other_place("Lokala närvårdsrådet i Ekby", "Lokala närvårdsrådet i Norrvik")
    True
    >>> _other_place("Analysgrupp i samverkan", "analysgrupp i Karlshamn"), _other_place("Nämnden i Region Åby", "Nämnden")
    (False, False)
    >>> _other_place("Kommunfullmäktige i Ekå kommun", "Kommunfullmäktige, Åby kommun")
    True
    """
    a, b = _NAMED_PLACE_END.search(known), _NAMED_PLACE_END.search(text)
    return bool(a and b and next(filter(None, a.groups())).casefold() != next(filter(None, b.groups())).casefold())


# a huvudman's own body named with its huvudman: "Hälso- och sjukvårdsnämnden i Region Mälarby"
_BODY_OF_OWNER = re.compile(r"(?P<body>[A-ZÅÄÖ][\wåäö-]*(?:\s+och\s+[\wåäö-]+)?(?:nämnd|styrelse|fullmäktige|utskott)\w*)"
                            r"\s+i\s+(?P<owner>[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+)")
# a kommun's organ named with the kommun's place before it: "Skålviks kommunfullmäktige", "Fjällsta kommunstyrelse"
_OWNER_FIRST_ORGAN = re.compile(r"(?P<place>[A-ZÅÄÖ][a-zåäö-]+(?:s|(?<=[aeiouyåäö])))\s+(?P<organ>kommunfullmäktige|kommunstyrelsen?)")
# and with the place alone after "i": "kommunfullmäktige i Lervåga" (the kommun's name as Swedish forms it)
_ORGAN_IN_PLACE = re.compile(r"(?i:(?P<organ>kommunfullmäktige|kommunstyrelsen))\s+i\s+(?P<place>[A-ZÅÄÖ][a-zåäö-]+)")
# a body of a kind named with its place after "i", as a name with the place right after it
# a local body's key in its definite or indefinite form, its place after "i" or straight after its kind:
# "lokala närvårdsrådet i ekby", "lokalt närvårdsråd ekby", "lokal närvårdsgrupp i ekby" (folded)
_LOCAL_BODY_KEY = re.compile(r"lokal[at]? (\S+?(?:rad|grupp|team|forum|natverk))(?:et|en)? (?:i )?(\S+)")


# every body of a kind: "samtliga lokala närvårdsråd", "alla arbetsgrupper", "varje lokal samverkansgrupp"
_ALL_OF_KIND = re.compile(r"(?:samtliga|alla|varje)\s+(?:(?P<adj>[a-zåäö]+)\s+)?(?P<kind>[a-zåäö]+)", re.I)


def is_all_of_own_kind(text: str, body: str) -> bool:
    """Whether ``text`` names every body of the kind ``body`` is: a task to all of them falls on it too.

    >>> [is_all_of_own_kind(t, "Lokalt närvårdsråd Ekby") for t in ("samtliga lokala närvårdsråd",
    ...  "alla närvårdsråden", "samtliga lokala samverkansgrupper", "alla regionala närvårdsråd", "Närvårdsrådet")]
    [True, True, False, False, False]
    """
    m = _ALL_OF_KIND.fullmatch(text.strip())
    if m is None:
        return False
    words = fold(body).split()
    stem = re.sub(r"(?:erna|arna|orna|na|en|er|ar|or)$", "", fold(m.group("kind")))
    adj = m.group("adj")
    return (len(stem) > 3 and any(w.startswith(stem) for w in words)
            and (adj is None or any(w.startswith(fold(adj)[:-1]) for w in words)))


def _local_body_key(key: str) -> str | None:
    """The key a local body's two forms share, or None for another body."""
    m = _LOCAL_BODY_KEY.fullmatch(key)
    return f"lokal {m.group(1)} {m.group(2)}" if m else None


# a body's kind, then "i" and the collaboration it is part of (a folded key): "samordningsgruppen i vardsamverkan …"
_KIND_IN_KEY = re.compile(r"^(\S*(?:grupp|team|natverk|rad|forum)\S*) i (?=\S+ \S+)")
_PLACED_WITH_I = re.compile(r"^(.*(?:grupp|team|natverk|rad|forum)\S*(?: \S+)*?) i (\S+)$")
_PLACE_END = re.compile(r"\s+i\s+(?:region\s+)?\S+(?:\s+kommun)?$")
_DEFINITE_GRUPP = re.compile(r"^([\wåäö-]*grupp)en(?=\s+(?:för|(?-i:[a-zåäö])))", re.I)
_ARTICLE_START = re.compile(r"^(den|det|en|ett)\s+", re.I)
# a named body's level in the definite form, and its kind, as running text describes it: "regionala
# arbetsgruppen för unga utanför" is "Regional arbetsgrupp för unga utanför" (a name written with capitals,
# "Regionala ledningsgruppen för …", stays as written)
# the words of a body's level, before their endings: regional(a), delregional(a), länsgemensam(ma), länsövergripande
_LEVELS = r"(?:del)?regional|länsgemensam|länsövergripande"
_LEVEL_DEFINITE = re.compile(r"^(?P<adj>" + _LEVELS + r")(?:a|ma)?\s+"
                             r"(?P<kind>[\wåäö-]*grupp)en(?=\s+(?:för|[a-zåäö]))")


# the level a body's name may open with or leave out: "(den) regionala arbetsgruppen för X", "Länsgemensam styrgrupp Y"
_LEVEL_START = re.compile(r"^(?:" + _LEVELS + r")(?:a|t|ma)?\s+(?=\S)", re.I)


def _levelless_key(name: str) -> str:
    """The key of a body's name without the level it opens with.

    >>> _levelless_key("Regional arbetsgrupp för barnantibiotika") == _levelless_key("Arbetsgrupp för barnantibiotika")
    True
    """
    return _body_keys(_LEVEL_START.sub("", name))[0]


# the officials' leadership of a collaboration, named by its function in the definite form, with the
# level it works at before it or not: "tjänstemannaledningen", "den sjukvårdsregionala tjänstemannaledningen"
_OFFICIALS_KIND = r"tjänste(?:manna|persons)(?:ledning|grupp)"
_OFFICIALS_BODY = re.compile(rf"(?i)(?:(?P<adj>[a-zåäö]*regional)a\s+)?(?P<kind>{_OFFICIALS_KIND})en")


def _officials_body(text: str, doc_text: str) -> str | None:
    """The name of an officials' body the minutes name by its function alone: the one level its
    definite form is given in the minutes, in the indefinite ("Sjukvårdsregional tjänstemannaledning"),
    else the function word as a name ("Tjänstemannaledningen").

    >>> _officials_body("tjänstemannaledningen", "från den sjukvårdsregionala tjänstemannaledningen, där")
    'Sjukvårdsregional tjänstemannaledning'
    >>> _officials_body("sjukvårdsregionala tjänstemannaledningen", "")
    'Sjukvårdsregional tjänstemannaledning'
    >>> _officials_body("tjänstepersonsgruppen", "Frågan går till tjänstepersonsgruppen.")
    'Tjänstepersonsgruppen'
    >>> _officials_body("Tjänstemannaledningen för vård och omsorg", "") is None
    True
    """
    m = _OFFICIALS_BODY.fullmatch(text.strip())
    if m is None:
        return None
    kind = m.group("kind").casefold()
    adj = {a.casefold() for a, k in _OFFICIALS_BODY.findall(doc_text or "") if a and k.casefold() == kind}
    if m.group("adj"):
        adj = {m.group("adj").casefold()}
    if len(adj) == 1:
        return f"{_capitalise(adj.pop())} {kind}"
    return _capitalise(m.group(0))


# an utskott named by its field in a nämnd's own minutes: "sociala utskottet", "nämndens individutskott"
_FIELD_UTSKOTT = re.compile(r"(?:[\wåäö-]*nämndens\s+)?(?P<kind>(?:[a-zåäö]+a\s+)?[a-zåäö-]*(?<!arbets)utskott)(?:et)?")
# the nämnd that met, by its kind (with the part of the kommun it serves) and its owner: "Stadsdelsnämnden Östra, Åby kommun"
_NÄMND_MET = re.compile(r"(?P<nämnd>[A-ZÅÄÖ][\wåäö-]+nämnden|[A-ZÅÄÖ][\wåäö-]+-\s+och\s+[\wåäö-]+nämnden)"
                        r"(?:\s+[A-ZÅÄÖ][\wåäö-]+)?(?P<owner>,\s*[^,]+)?")


# an utskott of a board or nämnd, named with the board: "Kommunstyrelsens allmänna utskott, Åby kommun"
_BOARD_UTSKOTT = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:styrelsens|nämndens)\s+(?P<own>(?:[a-zåäö]+a\s+)?[a-zåäö-]*utskott)(?:,.*)?")


def is_own_utskott_short(text: str, meeting: str | None) -> bool:
    """Whether ``text`` names the utskott that met without its board, as its own minutes do.

    >>> is_own_utskott_short("allmänna utskottet", "Kommunstyrelsens allmänna utskott, Åby kommun")
    True
    >>> is_own_utskott_short("Beredningsutskottet", "Kommunstyrelsens beredningsutskott")
    True
    >>> is_own_utskott_short("utskottet", "Kommunstyrelsens allmänna utskott, Åby kommun")
    False
    >>> is_own_utskott_short("sociala utskottet", "Kommunstyrelsens allmänna utskott, Åby kommun")
    False
    """
    m = _BOARD_UTSKOTT.fullmatch(meeting or "")
    if not m or not text:
        return False
    own = fold(m.group("own"))
    return own != "utskott" and fold(" ".join(text.split())).removesuffix("et") == own


def _own_named_utskott(low: str, meeting: str | None) -> str | None:
    """The nämnd's own utskott a bare field names in the nämnd's minutes ("sociala utskottet"), named by the
    nämnd as its arbetsutskott is; None where the meeting is no nämnd or the words name no such utskott.

    >>> _own_named_utskott("sociala utskottet", "Stadsdelsnämnden Östra, Åby kommun")
    'Stadsdelsnämndens sociala utskott, Åby kommun'
    >>> _own_named_utskott("socialnämndens individutskott", "Socialnämnden, Åby kommun")
    'Socialnämndens individutskott, Åby kommun'
    >>> _own_named_utskott("arbetsutskottet", "Socialnämnden, Åby kommun") is None
    True
    >>> _own_named_utskott("sociala utskottet", "Kommunstyrelsen, Åby kommun") is None
    True
    """
    field = _FIELD_UTSKOTT.fullmatch(low)
    met = _NÄMND_MET.fullmatch(meeting or "")
    if not field or not met or field.group("kind") == "utskott":
        return None
    return f"{met.group('nämnd')}s {field.group('kind')}{met.group('owner') or ''}"


def group_name_parts(text: str) -> tuple[str, str | None]:
    """A body's name as written split into its name and the acronym written with it; time
    phrases and dates glued on are no part of the name.

    >>> group_name_parts("Beslut: Gruppen"), group_name_parts("Beslut projektgruppen")
    (('Gruppen', None), ('projektgruppen', None))
    >>> group_name_parts("Regional ledningsgrupp för vård och omsorg (RLG)")
    ('Regional ledningsgrupp för vård och omsorg', 'RLG')
    >>> group_name_parts("Styrgrupp för Trygg hemgång (Styrgrupp TH)")
    ('Styrgrupp för Trygg hemgång', 'Styrgrupp TH')
    >>> group_name_parts("Styrgrupp psykisk hälsa före sommaren"), group_name_parts("Arbetsgrupp SIP den 12 mars")
    (('Styrgrupp psykisk hälsa', None), ('Arbetsgrupp SIP', None))
    >>> group_name_parts("Styrgrupp för Nära vård vid nästa möte"), group_name_parts("Arbetsgrupp SIP i vecka 12")
    (('Styrgrupp för Nära vård', None), ('Arbetsgrupp SIP', None))
    >>> group_name_parts("Politiskt samråd Norrby för 2026")
    ('Politiskt samråd Norrby', None)
    >>> group_name_parts("Länsstyrelsens regionala samverkanskonferens under händelsen")
    ('Länsstyrelsens regionala samverkanskonferens', None)
    >>> group_name_parts("Regionala programområdet för äldres hälsa för perioden 2027–2028")
    ('Regionala programområdet för äldres hälsa', None)
    >>> group_name_parts("Regional ledningsgrupp Norrby i uppdrag")
    ('Regional ledningsgrupp Norrby', None)
    >>> group_name_parts("Styrgrupp Ungdomsmottagning Åby (UMO-styrgruppen)")
    ('Styrgrupp Ungdomsmottagning Åby', 'UMO-styrgruppen')
    >>> group_name_parts("Taktisk samverkansgrupp barn och unga (TSG BoU)")
    ('Taktisk samverkansgrupp barn och unga', 'TSG BoU')
    >>> group_name_parts("Politiskt samråd för vård och omsorg, PSO"), group_name_parts("Arbetsgrupp, SIP")
    (('Politiskt samråd för vård och omsorg', 'PSO'), ('Arbetsgrupp, SIP', None))
    >>> group_name_parts("Politiskt samrådsorgan för vård och omsorg (PSO), Norrby län")
    ('Politiskt samrådsorgan för vård och omsorg, Norrby län', 'PSO')
    >>> group_name_parts("EST-gruppen Åby (operativ lägesbildsgrupp inom Effektiv samordning för trygghet)")
    ('EST-gruppen Åby', None)
    >>> group_name_parts("politiska samverkansberedningen PSVO"), group_name_parts("Arbetsgruppen SIP")
    (('politiska samverkansberedningen', 'PSVO'), ('Arbetsgruppen SIP', None))
    """
    return _group_name_parts(text or "")


# a body described by its adjectives and kind in the definite, its acronym after: "politiska samverkansberedningen PSVO"
_DESCRIBED_ACRONYM = re.compile(r"(?P<d>(?:[a-zåäö]+a\s+){1,2}[a-zåäö]+(?:en|et))\s+(?P<acr>[A-ZÅÄÖ]{2,6})")


@lru_cache(maxsize=1 << 15)
def _group_name_parts(text: str) -> tuple[str, str | None]:
    """`group_name_parts`, cached: a batch names the same bodies in every document."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:.\"”»")
    # "den 14 mars 2025 ledningsgruppen", "2025-03-14 Styrgruppen": a date before the name
    text = re.sub(rf"^(?:(?:den\s+)?\d{{1,2}}(?::e|:a)?\s+(?:{_MONTH_WORDS})\b\.?(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})\s+",
                  "", text, flags=re.I)
    # "Beslut gruppen", "Information styrgruppen": a label before a bare reference
    text = re.sub(r"^(?:Beslut|Beslutades|Förslag|Information|Ärende|Åtgärd|Ansvarig|Notering)(?:\s*:\s*|\s+(?=[a-zåäö]))",
                  "", text)
    acronym = None
    # "… omsorg (PSO), Norrby län": the county the body serves written after its acronym
    county = re.search(r"(?<=\)),\s*[A-ZÅÄÖ][a-zåäö]+\s+län$", text)
    if county:
        text = text[:county.start()]
    m = re.search(r"\s*\(((?:[A-ZÅÄÖ][a-zåäö-]+\s+)?([A-ZÅÄÖ][A-ZÅÄÖa-zåäö-]{1,7}|[A-ZÅÄÖ]{2,6}-[a-zåäö]{4,14}))\)\s*$", text)
    if m and sum(ch.isupper() for ch in m.group(2)) >= 2:
        acronym, text = m.group(1), text[:m.start()].strip(" ,")
    elif m := re.search(r"\s*\(([A-ZÅÄÖ]{2,6}\s+[A-ZÅÄÖ](?:[a-zåäö][A-ZÅÄÖ]|[A-ZÅÄÖ]{1,4}))\)\s*$", text):
        # "Taktisk samverkansgrupp barn och unga (TSG BoU)": an acronym of the kind and one of the topic
        acronym, text = m.group(1), text[:m.start()].strip(" ,")
    elif ((m := re.search(rf"\s*\(({KIND_LETTERS_SHORT})\)\s*$", text))
          and stands_for(m.group(1), text[:m.start()], given=True)):
        # "Styrgruppen för Socialjouren X (SG Socialjour)": the letters of the body's kind and its topic, its short name
        acronym, text = m.group(1), text[:m.start()].strip(" ,")
    elif (m := re.search(r",\s*([A-ZÅÄÖ]{2,6})$", text)) and " " in text[:m.start()].strip():
        # a letterhead's "Politiskt samrådsorgan för vård och omsorg, PSO": the acronym after a comma
        acronym, text = m.group(1), text[:m.start()].strip(" ,")
    elif m := _DESCRIBED_ACRONYM.fullmatch(text):
        # "den politiska samverkansberedningen PSVO": a description of the body in running text, its acronym after it
        acronym, text = m.group("acr"), m.group("d")
    if county:
        text += county.group(0)
    # "EST-gruppen Vallboda (operativ lägesbildsgrupp inom …)": a bracket telling what the body is, no part of its name
    text = re.sub(r"(?<=\S)\s*\([a-zåäö][\wåäö-]*(?:\s+[\wåäöÅÄÖ-]+){2,}\)$", "", text)
    # "gav Regional ledningsgrupp X i uppdrag att …": the phrase after the name is no part of it
    text = re.sub(r"\s+i\s+uppdrag$", "", text)
    for _ in range(3):
        cut = _TIME_TAIL.sub("", text).strip(" ,")
        if cut == text or not cut:
            break
        text = cut
    return text, acronym


# a body's level opening its name written small, or "lokal(a)": "regionala styrgruppen för närvård X" (matched on
# folded text; _LEVEL_START reads a level word of any case and leaves "lokal" in the name)
_LEVEL_WORD = re.compile(r"(?:" + _LEVELS + r")(?:a|ma)?\s|lokala?\s")


def _without_level_word(name: str) -> str:
    """A body's name without the level word it opens with (case-folded then), or the name as it is.

    >>> _without_level_word("Lokala collegegruppen i Ekeholm"), _without_level_word("Collegegrupp i Ekeholm")
    ('collegegruppen i ekeholm', 'Collegegrupp i Ekeholm')
    """
    low = name.casefold()
    m = _LEVEL_WORD.match(low)
    return low[m.end():] if m else name


# the part of a region a place name before the region's names (folded): "Södra Havsby"
_QUARTERS = frozenset(("norra", "sodra", "ostra", "vastra", "mellersta", "nordvastra", "nordostra", "sydvastra",
                       "sydostra", "inre", "yttre", "ovre", "nedre", "centrala"))


# the sector a body works for at its name's end: "… för vård och omsorg", "… för hälsa, vård och omsorg"
_SECTOR_END = re.compile(r"\s+för\s+(?:hälsa,?\s+)?vård\s+och\s+omsorg$", re.I)


# a state authority as a roster gives someone's organisation: "Polisområde Åby", "Lokalpolisområde Åby",
# "Polisregion Mitt", "Polisen", "Länsstyrelsen i X län", "Skogsstyrelsen", "Tullverket"
_AUTHORITY_ORGANISATION = re.compile(rf"(?:(?:Lokal)?[Pp]olis(?:område|region|distrikt)\b|(?:{AUTHORITY})$)")
# the finite verbs that end a body's name where a sentence runs into its acronym's bracket, and the prepositions
# that lead from the verb to the body ("är tillsatt av …", "rapporterar till …")
_FINITE_VERBS = frozenset({"är", "var", "har", "hade", "ska", "skall", "blir", "blev", "kan", "får", "fick", "rapporterar",
                           "rapporterade", "leds", "leddes", "tillsattes", "inrättades", "bildades", "arbetar", "arbetade",
                           "togs", "tas", "lyder", "ligger", "hör", "utsågs"})
_AGENT_PREPOSITIONS = frozenset({"av", "till", "från", "åt", "hos", "under"})


# an item's title line in a protocol or notes: "§ 31  Val av …", "4. Rapport från …"
_ITEM_TITLE_LINE = re.compile(r"^\s*(?:§\s*\d{1,3}|\d{1,2}\.)\s")


class _Groups:
    def __init__(self, knowledge: Knowledge):
        self.k = knowledge
        self.entities: dict[str, Group] = {}
        self.new_names: dict[str, str] = {}  # key -> canonical name for bodies not in the knowledge file
        self.raw_level: dict[str, str] = {}
        self.raw_parent: dict[str, str] = {}
        self.created: dict[int, list[tuple[int | None, str]]] = defaultdict(list)  # doc -> (item, name)
        # body -> the bodies a mandate of the batch joins it to, with the documents that state it
        self.related: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self.new_aliases: dict[str, set[str]] = defaultdict(set)  # canonical name -> acronyms and short forms
        self.met: set[str] = set()  # the canonical names of the bodies that met, as the batch's minutes name them
        self._generic_forms: list[tuple[str, set[str]]] | None = None
        self._read_forms: dict[str, tuple] = {}  # name as written -> what it says alone (_read)
        # (name as written, body that met) -> a body of the knowledge file it names: the tests before the look-up
        # read only these two, so a name met again in the batch (most are) skips them
        self._known_in: dict[tuple[str, str | None], str] = {}
        self._gids: dict[str, str] = {}  # canonical name -> id
        # bodies of a region without a knowledge file are that region's: two regions' "Samverkansgrupp
        # barn och unga" are two bodies
        self.scope = (f"region:{knowledge.region}",) if getattr(knowledge, "inferred", False) else ()
        # the region's own name after a body's name adds nothing in its minutes: "Styrgrupp Nära vård
        # Ådalen" is the "Styrgrupp Nära vård" the region's other minutes name
        region = fold(knowledge.region or "")
        self._region_end = re.compile(rf"(?<=\S) (?:i )?(?:region )?{re.escape(region)}$") if region else None
        self._matching = False  # while another name is read to see whether it is the same body
        self.relating = False  # while the batch's mandates are read, a bare kind is not yet looked up among them

    def gid(self, name: str) -> str:
        """The id of the group with this canonical name."""
        gid = self._gids.get(name)
        if gid is None:
            gid = self._gids[name] = make_id("group", name, *self.scope)
        return gid

    def _generic(self, text: str) -> str | None:
        """The type word when ``text`` is a bare reference ("styrgruppen", "en mindre styrgrupp")."""
        k = fold(_GENERIC_PREFIX.sub("", text.strip()))
        if self._generic_forms is None:  # each generic type word with its inflected forms, longest first
            self._generic_forms = [
                (w, {w, w + "en", w + "et", w + "na", w + "er", w + "erna", w + "ens", w + "ets", w + "s", w + "ns"})
                for w in (fold(gt.word) for gt in sorted(self.k.group_types, key=lambda t: -len(t.word))
                          if gt.generic)]
        for w, forms in self._generic_forms:
            if k in forms:
                return w  # "styrgruppen", "rådets", "nämndens"
        if k in {"gruppen", "gruppens", "gruppering", "grupperingen"}:
            return "grupp"
        return None

    def _read(self, text: str) -> tuple:
        """What a body's name as written says before any document is looked at, read once per
        written form: ("known", name) of a body of the knowledge file, ("none",), ("generic", type
        word) of a bare reference, or ("named", name as written, its folded form and a space, its
        acronym, the name with article and definite "-gruppen" dropped)."""
        hit = self._read_forms.get(text)
        if hit is not None:
            return hit
        t = _SPACES.sub(" ", text).strip(" ,;:.")
        g = self.k.match_group(t)
        if g is None:
            t, acronym = group_name_parts(t)
            if not t:
                hit = ("none",)
            else:
                g = self.k.match_group(acronym) or self.k.match_group(t)
        if g is not None:
            hit = ("known", g.name)
        elif hit is None:
            word = self._generic(t)
            if word is not None:
                hit = ("generic", word)
            else:
                # "arbetsgruppen för Barnahus" is the body others call "Arbetsgrupp för Barnahus"
                bare = _LEVEL_DEFINITE.sub(r"\g<adj> \g<kind>", _DEFINITE_GRUPP.sub(r"\1", t))
                hit = ("named", t, fold(t) + " ", acronym, _capitalise(_ARTICLE_START.sub("", bare)))
        self._read_forms[text] = hit
        return hit

    def _level_told_or_not(self, text: str, key: str, doc: _Doc) -> str | None:
        """The one body the same minutes name with its level before its kind where ``text`` leaves it out, or without
        it where ``text`` gives it ("arbetsgruppen för barnantibiotika" and "den regionala arbetsgruppen för
        barnantibiotika"); never two levels against each other."""
        levelled = bool(_LEVEL_START.match(text))
        bare = _levelless_key(text)
        hits = {n for _, n in self.created.get(doc.index, ())
                if bool(_LEVEL_START.match(n)) != levelled and _body_keys(n)[0] != key and _levelless_key(n) == bare}
        return hits.pop() if len(hits) == 1 else None

    def canonical(self, text: str | None, doc: _Doc | None = None, item: int | None = None,
                  create: bool = True) -> str | None:
        if not text or not text.strip():
            return None
        if doc is not None and doc.group and text.strip() == (doc.parsed.body or "").strip():
            return doc.group  # the title the minutes give the body that met, "… (HSL-chefer)", read again for a phrase
        # what follows depends on the text and the body that met alone, so a name read from the knowledge file is kept
        # by those two
        memo = (text, doc.group if doc is not None else None)
        if (known := self._known_in.get(memo)) is not None:
            return known
        if doc is not None and (own := _förbund_own_body(text, doc.group)) is not None:
            return own  # "förbundsstyrelsen" in the minutes of the förbund's fullmäktige: the förbund's own
        if doc is not None and doc.group and (up := _UTSKOTT_OF.fullmatch(doc.group)) and up.group("owner") \
                and fold(text.strip()) == fold(up.group("parent") or up.group("parent_acr")):
            # "Kommunala pensionärsrådet" in the minutes of its arbetsutskott, "KPR" in those of "KPR:s arbetsutskott":
            # the council of the utskott's owner
            return (up.group("parent") or up.group("parent_acr")) + up.group("owner")
        if doc is not None and doc.group and is_all_of_own_kind(text, doc.group):
            return doc.group  # "samtliga lokala närvårdsråd" in the minutes of one of them: that one, as one of all
        if doc is not None and is_own_utskott_short(text, doc.group):
            return doc.group  # "allmänna utskottet" in the minutes of "Kommunstyrelsens allmänna utskott, X"
        # "Nämnden delegerar till sitt arbetsutskott": the body's own utskott, as "arbetsutskottet" names it
        text = _OWN_UTSKOTT.sub(r"\1et", text.strip())
        read = self._read(text)
        if read[0] == "known":
            self._known_in[memo] = read[1]
            return read[1]
        if read[0] == "none":
            return None
        if read[0] == "generic":
            word = read[1]
            if doc is None:
                return None
            if doc.group and (parent := _parent_of_utskott(word, doc.group)):
                return parent  # "rådet" in the minutes of the council's arbetsutskott: the council, not the utskott
            if doc.group and (any(_ends_in_kind(fold(word), w) for w in fold(doc.group).split()[:4])
                              or is_short_name_of(text, doc.group) or _definite_of_own_kind(text, doc.group)):
                # "rådet", "nämnden", "samverkansgruppen": the body that met, and "Närvårdsrådet" in the minutes of
                # "Lokalt närvårdsråd X", its name in the indefinite form
                return doc.group
            for scope in ("item", "doc"):
                hits = sorted({n for i, n in self.created.get(doc.index, ())
                               if (scope == "doc" or i == item) and fold(word) in fold(n)})
                if len(hits) == 1:
                    return hits[0]
            if (own := _förbund_body(text, word, doc.group)) is not None:
                return own  # "beredningsgruppen" in the minutes of a förbund's board: the förbund's own
            if (above := self._related_of_kind(word, doc)) is not None:
                return above  # "styrgruppen" in a working group's notes: the styrgrupp its other minutes name
            if create and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{3,}rådet", text.strip()):
                # "Samverkansrådet har rekommenderat …" in a network's notes: a council named by its kind alone
                return self.new_names.setdefault(_body_keys(text.strip())[0], text.strip())
            return None
        _, written, folded, acronym, text = read
        if doc is not None and doc.group and (own := self._own_kind_letters(text, doc)) is not None:
            return own  # "AG:s uppdrag" in the notes of "Arbetsgrupp läkemedel": the body that met
        if doc is not None and doc.group and _definite_of_own_kind(text, doc.group):
            return doc.group  # "Tomas har lämnat terapigruppen" in the minutes of "Terapigrupp Hjärta–kärl"
        if doc is not None and doc.group and _council_short_form(text, doc.group):
            return doc.group  # "Pensionärsrådet beslutar …" in the minutes of "Kommunala pensionärsrådet, X kommun"
        if doc is not None and is_short_name_of(text, doc.group):
            return doc.group  # "Samrådsgruppen" in the minutes of "Samrådet med X", "BUS-gruppen" of "Lokal BUS-grupp X"
        if doc is not None and doc.group and _is_board_of_förbund(text, doc.group):
            return doc.group  # "förbundets styrelse" in the minutes of "Styrelsen, Samordningsförbundet X"
        if doc is not None and (board := _board_of_one_förbund(text, doc.raw.text)) is not None:
            # "förbundets styrelse" in the minutes of a body of the one förbund they name, one body with the
            # "styrelsen för Samordningsförbundet X" they name too
            return self.new_names.setdefault(_body_keys(board)[0], board)
        if doc is not None and (body := _body_of_one_förbund(text, doc.raw.text)) is not None:
            # "förbundets beredningsgrupp" in minutes naming one förbund: that förbund's body of the kind
            return self.new_names.setdefault(_body_keys(body)[0], body)
        if doc is not None and (board := _board_of_one_named(text, doc.raw.text)) is not None:
            return board  # "stiftelsens styrelse" where the minutes name "styrelsen för Stiftelsen X"
        if doc is not None and doc.group and fold(doc.group).startswith(folded):
            return doc.group  # "Socialnämnden" in the minutes of "Socialnämnden, Fjällsta kommun"
        if doc is not None and (officials := _officials_body(text, doc.raw.text)) is not None:
            text = officials  # "tjänstemannaledningen" where the minutes say "den sjukvårdsregionala tjänstemannaledningen"
        if (first := _OWNER_FIRST_ORGAN.fullmatch(text)) is not None and first.group("place") not in stop_words():
            # "Skålviks kommunfullmäktige" is "Kommunfullmäktige, Skålviks kommun", as the kommun's organs are named
            organ = "Kommunfullmäktige" if first.group("organ").endswith("fullmäktige") else "Kommunstyrelsen"
            text = f"{organ} i {first.group('place')} kommun"
        elif (placed_organ := _ORGAN_IN_PLACE.fullmatch(text)) is not None and placed_organ.group("place") not in stop_words():
            place = placed_organ.group("place")
            kommun = f"{place} kommun" if place[-1:] in "aeiouyåäösxz" else f"{place}s kommun"
            text = f"{placed_organ.group('organ')[:1].upper()}{placed_organ.group('organ')[1:]} i {kommun}"
        if (m := _BODY_OF_OWNER.fullmatch(text)) is not None:
            # "Kommunfullmäktige i Åby kommun" is "Kommunfullmäktige, Åby kommun", and a bare
            # "kommunfullmäktige" after it stays that body
            placeless = _body_keys(text)[1]
            text = f"{m.group('body')}, {m.group('owner')}"
            key = _body_keys(text)[0]
        else:
            text = self._owned(text, doc)
            key, placeless = _body_keys(text)
        placed = _PLACED_WITH_I.sub(r"\1 \2", key)  # "lokal närvårdsgrupp i östmo" → "… östmo"
        regionless = self._region_end.sub("", key) if self._region_end is not None else key
        if " " not in regionless or regionless.rsplit(" ", 1)[1] in _QUARTERS:
            regionless = key  # "Styrgrupp Ådalen": the kind alone is no name; "… Södra Havsby": a part of it
        if (own := self._fuller_name_here(text, doc)) is not None:
            name = own  # "Skrivgruppen" in minutes naming "skrivgruppen för samsjuklighet", not another's "Skrivgruppen"
        elif (own := self._setting_cut_here(text, doc)) is not None:
            name = own  # "nätverket mot våld" in minutes naming "Nätverket mot våld i nära relationer"
            self.new_aliases[name].add(text.strip())
        elif key in self.new_names and (own := self._own_longer_form(key, text, doc)) is not None:
            name = own  # "Politiskt samråd" after "Politiskt samråd för vård och omsorg i X" in the same minutes
        elif (key in self.new_names and doc is not None and re.fullmatch(r"[A-ZÅÄÖ]{2,6}", text)
              and (own := self._defined_as(text, doc.raw.text)) is not None and _other_place(self.new_names[key], own)
              and (own := self.canonical(own, doc, item, create)) is not None):
            # "BRÅ" in minutes that spell it "brottsförebyggande rådet (BRÅ) i Åby" where another kommun's council
            # took the acronym first: the body of this place these minutes define it as
            name = own
            self.new_aliases[name].add(text)
        elif key in self.new_names:
            name = self.new_names[key]
        elif doc is not None and (short := _KIND_LETTERS_TOPIC.fullmatch(text)) and (
                (hits := self._stood_for(text, doc)) or short.group("t")[:1].islower()):
            # "SG äldre" in running text of "Samverkansgrupp äldre", the one body of the batch of that kind and topic;
            # no guess between two ("Samverkansgrupp äldre" and "Styrgrupp äldre"); where the batch names none in
            # full, a capitalised topic makes the short name the body's only name ("styrgruppen (SG Heltidsresan)"),
            # a small word after an acronym none ("RLG ställer sig bakom", "LAG finner")
            if len(hits) != 1:
                return None
            name = hits.pop()
            self.new_names[key] = name
            self.new_aliases[name].add(text)
        elif (regionless != key and regionless in self.new_names
              and not _other_place(self.new_names[regionless], text)):
            # "Styrgrupp Nära vård Ådalen" of "Styrgrupp Nära vård"; not "Ledningsgruppen för vård och omsorg i Åby"
            # (the region) of "… i Norrby" (a kommun of it), the same kind of body of another place
            name = self.new_names[regionless]
            self.new_aliases[name].add(text)
        elif placed != key and placed in self.new_names:
            name = self.new_names[placed]  # "Lokal närvårdsgrupp i Östmo" of "Lokal närvårdsgrupp Östmo"
        elif (part_of := _KIND_IN_KEY.sub(r"\1 ", key, count=1)) != key and part_of in self.new_names:
            # "samordningsgruppen i Vårdsamverkan Södra X" of "Samordningsgruppen Vårdsamverkan Södra X": the body
            # of the collaboration, named with or without "i"
            name = self.new_names[part_of]
            self.new_aliases[name].add(text)
        elif (local := next((k for k in (f"lokal {placed}", f"lokala {placed}") if k in self.new_names), None)):
            name = self.new_names[local]  # "Närvårdsgruppen i Klippvik" of "Lokal närvårdsgrupp Klippvik"
        elif (one := self._local_form_of(key)) is not None:
            name = one  # "Lokalt närvårdsråd Ekby" of "Lokala närvårdsrådet i Ekby"
            self.new_aliases[name].add(text)
        elif acronym and fold(acronym) in self.new_names:
            name = self.new_names[fold(acronym)]  # "RLG" defined before, now its long form
        elif placeless != key and placeless in self.new_names and not _other_place(self.new_names[placeless], text):
            # "Hälso- och sjukvårdsnämnden (i Region X)": one body; not "Lokala närvårdsrådet i Ekby" for
            # "… i Norrvik", the same kind of body of another place
            name = self.new_names[placeless]
        elif doc is not None and (one := self._level_told_or_not(text, key, doc)) is not None:
            name = one  # "den regionala arbetsgruppen för barnantibiotika" after "arbetsgruppen för barnantibiotika"
            self.new_aliases[name].add(text)
        elif (one := self._only_of_its_kind(text, doc)) is not None:
            name = one  # "Arbetsutskottet" where "Socialnämndens arbetsutskott" is the only one
        elif (one := self._last_word_of(written, doc)) is not None:
            name = one  # "anhörigrådet" after "Åby kommuns anhörigråd" in the same minutes
        elif (one := self._definite_form_of(text, doc)) is not None:
            name = one  # "det delregionala politiska samrådet" of "Delregionalt politiskt samråd Södra X"
        elif (one := self._placed_form_of(key, text)) is not None:
            name = one  # "samverkansgruppen för hjälpmedel" of "Samverkansgrupp hjälpmedel Mellanbygden"
        elif (one := self._shortened_form_of(key, text)) is not None:
            name = one  # "arbetsgruppen för skolläkarfunktion" of "Arbetsgrupp för gemensam skolläkarfunktion"
        elif (one := self._typed_name_of(text)) is not None:
            name = one  # "arbetsgrupp Kompetensplattform vård Norrby" of "Kompetensplattform vård Norrby"
        elif (one := self._acronym_compound_of(text, doc)) is not None:
            name = one  # "BRÅ-rådet" of "Lokala brottsförebyggande rådet i Lodby"
            self.new_aliases[name].add(text)
        elif (one := self._cut_before_topic(text, doc)) is not None:
            name = one  # "Delregionala politiska samverkansgruppen" of "… samverkansgruppen för vård och omsorg"
            self.new_aliases[name].add(text)
        elif (one := self._compound_topic_of(text, doc)) is not None:
            name = one  # "Styrgruppen för byte av lönesystem" of "Styrgruppen för lönesystemsbytet"
            self.new_aliases[name].add(text)
        elif (one := self._spelled_out(text, doc)) is not None:
            name = one  # "RLG" where the minutes name "Regional ledningsgrupp Norrby" and define no acronym
        elif " " in key and f" {fold('för')} " not in key and (one := self._short_of_named(key)) is not None:
            name = one  # "Politiskt samråd rekommenderar …" after "Politiskt samråd för vård och omsorg i X": that one
        elif " för " in text and (one := self._of_its_place(key)) is not None:
            name = one  # "den regionala styrgruppen för kunskapsstyrning" after "… för kunskapsstyrning i Sjukvårdsregion X"
        elif " för " in text and (one := self._sector_added_to(text)) is not None:
            # "Politiskt samverkansråd för vård och omsorg" after "Politiskt samverkansråd": the council named with
            # the sector it works for, one body
            name = one
            self.new_aliases[name].add(text)
        elif (one := self._sector_left_out_of(text, doc)) is not None:
            # "Politiskt samverkansråd – Region X och kommunerna i X" under a letterhead's "Politiskt samverkansråd
            # för vård och omsorg": the council named without the sector it works for, one body
            name = one
            self.new_aliases[name].add(text)
        elif " för " in text and (one := self._lengthened_form_of(key)) is not None:
            # "arbetsgruppen för unga vuxna utan arbete eller studier" after "en arbetsgrupp för unga vuxna som …": the
            # body named before, the fuller name a name of it too
            name = one
            self.new_aliases[name].add(text)
        elif " för " in text and (one := self._cut_form_of(key)) is not None:
            # "arbetsgruppen för unga vuxna" after "Arbetsgruppen för unga vuxna utan arbete eller studier" (in these
            # minutes or others of the batch): the body named before by its fuller name, whichever came first
            name = one
            self.new_aliases[name].add(text)
        else:
            if not create or not (self._may_name_body(text, acronym) or (
                    doc is not None and (text in acronyms_of_bodies_that_meet(doc.raw.text)
                                         or text in acronyms_reported_to(doc.raw.text)))):
                return None  # a bare acronym names a body only where defined, or where it meets ("RLG:s möte")
            name = text
            self.new_names[key] = name
            self.new_names.setdefault(placeless, name)
            self.new_names.setdefault(placed, name)
            self.new_names.setdefault(regionless, name)
        if written != text and written[:1].isupper():
            self.new_aliases[name].add(written)  # "Ledningsgruppen för …" as written stays a name of it
        elif written != name and written[:1].isupper() and fold(written).startswith(fold(name) + " i "):
            # "Länsgemensam ledningsgrupp för X i Åby län" where other minutes named it first without the län: the
            # fuller name is a name of it too
            self.new_aliases[name].add(written)
        if doc is not None and (spelled := _with_acronyms_spelled(name, doc.raw.text)) is not None:
            self.new_aliases[name].add(spelled)  # "Styrgrupp för DVH" is "Styrgrupp för Digitala vårdmöten i hemmet"
        if acronym:
            self.new_names.setdefault(fold(acronym), name)
            self.new_aliases[name].add(acronym)
            head = text.split()[0]
            if self.k.group_type(head) is not None and fold(acronym)[:1] != fold(head)[:1]:
                alias = f"{_capitalise(head)} {acronym}"  # "Projektgrupp DVH"
                self.new_names.setdefault(fold(alias), name)
                self.new_aliases[name].add(alias)
        return name

    def relate(self, a: str | None, b: str | None, doc: int) -> None:
        """Note that a mandate of document ``doc`` joins bodies ``a`` and ``b``."""
        if a and b and a != b:
            self.related[a][b].add(doc)
            self.related[b][a].add(doc)

    def _related_of_kind(self, word: str, doc: _Doc) -> str | None:
        """The one body of the kind ``word`` that another document of the batch joins to the body that
        met by a mandate: "styrgruppen" in Arbetsgrupp SIP's notes is the styrgrupp Arbetsgrupp SIP
        reports to or is given its work by, where its other minutes, or that styrgrupp's, say so."""
        if not doc.group or word == "grupp" or self.relating:
            return None
        hits = [n for n, docs in self.related.get(doc.group, {}).items()
                if docs - {doc.index} and word in fold(n)]
        return hits[0] if len(hits) == 1 else None

    def _last_word_of(self, written: str, doc: _Doc | None) -> str | None:
        """The one body these minutes named before whose name ends in the indefinite form of a bare
        definite compound: "anhörigrådet" of "Åby kommuns anhörigråd"."""
        w = fold(written.strip())
        if doc is None or " " in w or not written[:1].islower() or not re.search(r"[a-zåäö]{4}(?:et|en)$", w):
            return None
        stem = w[:-2]
        named = [n for _, n in self.created.get(doc.index, ())] + [m.group for m in doc.rel.memberships if m.group]
        hits = {n for n in named if " " in n and fold(n).split()[-1] == stem}
        return next(iter(hits)) if len(hits) == 1 else None

    def _definite_form_of(self, text: str, doc: "_Doc | None" = None) -> str | None:
        """The one body already named whose indefinite name this definite reference shortens:
        "delregionala politiska samrådet" → "Delregionalt politiskt samråd Södra Havsby"."""
        words = fold(text).split()
        if len(words) < 2 or not re.search(r"(?:et|en)$", words[-1]) or any(w[:1].isupper() for w in text.split()[1:]):
            return None
        stem = [_word_stem(w) for w in words]
        hits = {n for n in self.new_names.values()
                if [_word_stem(w) for w in fold(n).split()[:len(stem)]] == stem and len(n.split()) > len(stem)}
        if not hits and not _LEVEL_START.match(text):
            # "det politiska samrådet" of "Regionalt politiskt samråd för vård och omsorg": its level left out too,
            # the one such body of these minutes first
            def levelled(names) -> set[str]:
                return {n for n in names if _LEVEL_START.match(n)
                        and [_word_stem(w) for w in fold(_LEVEL_START.sub("", n)).split()[:len(stem)]] == stem}
            own = levelled({n for _, n in self.created.get(doc.index, ())} if doc is not None else ())
            hits = own if len(own) == 1 else levelled(self.new_names.values())
        return next(iter(hits)) if len(hits) == 1 else _unplaced_one_of(hits, doc)

    def _placed_form_of(self, key: str, text: str) -> str | None:
        """The one body already named whose name is this one with its place after it: "Samverkansgrupp
        (för) hjälpmedel" of "Samverkansgrupp hjälpmedel Mellanbygden". Only a name in lower case
        after its kind word, so that "Styrgrupp Barnahus" stays apart from "Styrgrupp Barnahus Norr"."""
        if len(key.split()) < 2 or any(w[:1].isupper() for w in text.split()[1:]):
            return None
        n = len(key.split()) + 1
        hits = {name for k, name in self.new_names.items()
                if k.startswith(key + " ") and len(k.split()) == n and name.split()[-1][:1].isupper()}
        return next(iter(hits)) if len(hits) == 1 else None

    def _local_form_of(self, key: str) -> str | None:
        """The one local body already named whose name is this one in its other form: "Lokala närvårdsrådet i
        Ekby" of "Lokalt närvårdsråd Ekby".

        >>> g = _Groups.__new__(_Groups)
        >>> g.new_names = {_body_key("Lokala närvårdsrådet i Ekby"): "Lokala närvårdsrådet i Ekby"}
        >>> [g._local_form_of(_body_key(t)) for t in ("Lokalt närvårdsråd Ekby", "Lokalt närvårdsråd Norrvik")]
        ['Lokala närvårdsrådet i Ekby', None]
        """
        own = _local_body_key(key)
        if own is None:
            return None
        hits = {name for k, name in self.new_names.items() if _local_body_key(k) == own}
        return hits.pop() if len(hits) == 1 else None

    def _own_longer_form(self, key: str, text: str, doc: "_Doc | None") -> str | None:
        """The one body these minutes named whose name goes on from ``text`` with "för …", where the body already
        known by ``key`` has it only as another body's name with its region left out: "Politiskt samråd" after
        "Politiskt samråd för vård och omsorg i X" is that one, not "Politiskt samråd X" of other minutes."""
        known = self.new_names[key]
        if doc is None or _body_keys(known)[0] == key:
            return None
        head = fold(text.strip()) + f" {fold('för')} "
        hits = {n for _, n in self.created.get(doc.index, ()) if fold(n).startswith(head)}
        return hits.pop() if len(hits) == 1 else None

    def _fuller_name_here(self, text: str, doc: "_Doc | None") -> str | None:
        """The one body these minutes name by this one word with "för …", "mot …" or "i <place>" after it: "Skrivgruppen"
        of "skrivgruppen för samsjuklighet", "Kommunchefsgruppen" of "Kommunchefsgruppen i X län", "Nätverket" of
        "Nätverket mot våld i nära relationer", before any body another document names by the word alone.

        >>> from loaders.knowledge import load_generic
        >>> g = _Groups(load_generic())
        >>> d = _Doc.__new__(_Doc); d.index = 0
        >>> g.created[0] = [(1, "Skrivgrupp för samsjuklighet"), (2, "Arbetsgrupp för SIP"), (2, "Arbetsgrupp för BUS")]
        >>> g._fuller_name_here("Skrivgruppen", d), g._fuller_name_here("Arbetsgruppen", d), g._fuller_name_here("Skrivgrupp", d)
        ('Skrivgrupp för samsjuklighet', None, None)
        """
        word = text.strip()
        if doc is None or " " in word or not re.fullmatch(r"[A-ZÅÄÖa-zåäö][a-zåäö-]{3,}(?:en|et)", word):
            return None
        stems = (fold(word), fold(word[:-2]))
        # (a name with its level before the word counts too: "Lokala collegegruppen i X" beside "Collegegruppen i X"
        # leaves the one word unread here)
        levelless = {n: fold(_without_level_word(n)) for _, n in self.created.get(doc.index, ())}
        hits = {n for n, rest in levelless.items()
                if rest.split(" ", 1)[0] in stems and re.match(rf"\S+\s+(?:{fold('för')}|i|mot)\s", rest)}
        # ("Nätverket mot våld", read from an item's title, beside "Nätverket mot våld i nära relationer": one body, the
        # shorter name cut off the longer)
        hits = {n for n in hits if not any(h != n and fold(h).startswith(fold(n) + " ") for h in hits)}
        return hits.pop() if len(hits) == 1 else None

    def _setting_cut_here(self, text: str, doc: "_Doc | None") -> str | None:
        """The one body these minutes name with a few words more after "i" than this name's topic has: "nätverket mot
        våld" of "Nätverket mot våld i nära relationer" (an item's title cuts the setting off the topic).

        >>> from loaders.knowledge import load_generic
        >>> g = _Groups(load_generic())
        >>> d = _Doc.__new__(_Doc); d.index = 0
        >>> g.created[0] = [(1, "Nätverket mot våld i nära relationer"), (2, "Arbetsgrupp för SIP i Åby"), (2, "Arbetsgrupp för SIP i Ösby")]
        >>> g._setting_cut_here("nätverket mot våld", d), g._setting_cut_here("Arbetsgrupp för SIP", d)
        ('Nätverket mot våld i nära relationer', None)
        """
        low = fold(" ".join(text.split()))
        if doc is None or not re.fullmatch(rf"\S+\s+(?:mot|{fold('för')})\s+\S.*", low):
            return None
        hits = {n for _, n in self.created.get(doc.index, ())
                if fold(n).startswith(low + " i ") and len(fold(n).split()) - len(low.split()) <= 4}
        return hits.pop() if len(hits) == 1 else None

    def _short_of_named(self, key: str) -> str | None:
        """The one body already named "<these words> för … i <place>": "Politiskt samråd" of "Politiskt samråd för vård
        och omsorg i X", the name cut before its topic."""
        head = f"{key} {fold('för')} "
        # (a name with its place, "… för vård och omsorg i X": one body's proper name; "Politiskt samverkansråd för vård
        # och omsorg" alone is a kind of body as much as one)
        hits = {name for k, name in self.new_names.items() if k.startswith(head) and " i " in name.split(" för ", 1)[-1]}
        return hits.pop() if len(hits) == 1 else None

    def _of_its_place(self, key: str) -> str | None:
        """The one body already named "kind för topic i <Place>" this "kind för topic" leaves the place of:
        "Regional styrgrupp för kunskapsstyrning" of "… för kunskapsstyrning i Sjukvårdsregion Nordväst"."""
        hits = {name for k, name in self.new_names.items()
                if k.startswith(key + " i ") and 1 <= len(k.split()) - len(key.split()) - 1 <= 3
                and name.split()[-1][:1].isupper()}
        return hits.pop() if len(hits) == 1 else None

    def _sector_added_to(self, text: str) -> str | None:
        """The body already named as this one's name without "för vård och omsorg" at its end (a name of two
        words or more, itself without a topic): the sector a council or ledningsgrupp works for, said or left out.

        >>> from loaders.knowledge import load_generic
        >>> g = _Groups(load_generic())
        >>> g.new_names[_body_key("Politiskt samverkansråd")] = "Politiskt samverkansråd"
        >>> g._sector_added_to("Politiskt samverkansråd för vård och omsorg"), g._sector_added_to("Politiskt samverkansråd för unga")
        ('Politiskt samverkansråd', None)
        """
        m = _SECTOR_END.search(text)
        if not m or len(text[:m.start()].split()) < 2:
            return None
        name = self.new_names.get(_body_key(text[:m.start()]))
        return name if name and fold(name) == fold(text[:m.start()]) else None

    def _sector_left_out_of(self, text: str, doc: "_Doc | None" = None) -> str | None:
        """The body that met, named with "för vård och omsorg" at its end (a name of two words or more), of which this
        is the name: the same council or ledningsgrupp, the sector it works for left out (see
        :meth:`_sector_added_to`). (A body only an item names so, a kommunfullmäktige's seat in it, stays apart.)

        >>> from loaders.knowledge import load_generic
        >>> g = _Groups(load_generic())
        >>> long = "Politiskt samverkansråd för vård och omsorg"
        >>> g.new_names[_body_key(long)] = long
        >>> g._sector_left_out_of("Politiskt samverkansråd")
        >>> g.met.add(long)
        >>> g._sector_left_out_of("Politiskt samverkansråd"), g._sector_left_out_of("Samverkansråd")
        ('Politiskt samverkansråd för vård och omsorg', None)

        Or the body these same minutes name with its sector too ("Uppdrag från Politiskt samverkansråd" over
        "Politiskt samverkansråd för vård och omsorg gav …"): one body, whether it met or not.

        >>> g2 = _Groups(load_generic())
        >>> g2.new_names[_body_key(long)] = long
        >>> from types import SimpleNamespace
        >>> d = SimpleNamespace(index=0, raw=SimpleNamespace(text="Politiskt samverkansråd för vård och omsorg gav …"))
        >>> g2._sector_left_out_of("Politiskt samverkansråd", d)
        'Politiskt samverkansråd för vård och omsorg'
        """
        if len(text.split()) < 2 or " för " in text:
            return None
        # (named so in the text, not only in an item's title: a kommunfullmäktige's "§ 31 Val av ersättare i Politiskt
        # samverkansråd för vård och omsorg" over "… i Politiskt samverkansråd" keeps the form its text writes)
        here = " ".join(" ".join(line for line in doc.raw.text.split("\n") if not _ITEM_TITLE_LINE.match(line)).split()
                        ).casefold() if doc is not None and getattr(doc, "raw", None) else ""
        for sector in ("för vård och omsorg", "för hälsa, vård och omsorg", "för hälsa vård och omsorg"):
            name = self.new_names.get(_body_key(f"{text} {sector}"))
            if name and fold(name) == fold(f"{text} {sector}") and (name in self.met or name.casefold() in here):
                return name
        return None

    def _lengthened_form_of(self, key: str) -> str | None:
        """The one body already named "kind för topic" whose name this one goes on from with a few words
        more: "Arbetsgrupp för unga vuxna" of "Arbetsgrupp för unga vuxna utan arbete eller studier"."""
        # (not a body of the same kind placed elsewhere: "Lokala gruppen för unga i Ås" is not "… för unga i Åby",
        # whose placeless form the key goes on from with its own place)
        hits = {name for k, name in self.new_names.items()
                if " för " in name and key.startswith(k + " ") and len(key.split()) - len(k.split()) <= 4
                and not (key[len(k):].startswith(" i ") and _NAMED_PLACE_END.search(name))}
        return hits.pop() if len(hits) == 1 else None

    def _cut_form_of(self, key: str) -> str | None:
        """The one body already named "kind för topic" whose name goes on from this one with a few words more, the
        mirror of :meth:`_lengthened_form_of`, so that the two names are one body in whichever order the batch
        reads them: "Arbetsgrupp för unga vuxna" of "Arbetsgrupp för unga vuxna utan arbete eller studier".

        >>> from loaders.knowledge import load_generic
        >>> g = _Groups(load_generic())
        >>> g.new_names[_body_key("Arbetsgrupp för unga vuxna utan arbete")] = "Arbetsgrupp för unga vuxna utan arbete"
        >>> g._cut_form_of(_body_key("Arbetsgruppen för unga vuxna")), g._cut_form_of(_body_key("Arbetsgrupp för unga"))
        ('Arbetsgrupp för unga vuxna utan arbete', 'Arbetsgrupp för unga vuxna utan arbete')
        >>> g._cut_form_of(_body_key("Arbetsgrupp för äldre"))
        """
        n = len(key.split())
        if n < 2:
            return None
        hits = {name for k, name in self.new_names.items()
                if " för " in name and k.startswith(key + " ") and 1 <= len(k.split()) - n <= 4}
        return hits.pop() if len(hits) == 1 else None

    def _shortened_form_of(self, key: str, text: str) -> str | None:
        """The one body already named whose name is this one with a word or two more before the last:
        "Arbetsgrupp för skolläkarfunktion" of "Arbetsgrupp för gemensam skolläkarfunktion", as minutes
        shorten a name they gave in full. Only a name of the form "kind för topic", the words left out
        in lower case, so that "Styrgrupp för Barnahus Norr" stays apart from "Styrgrupp för Barnahus".

        >>> from loaders.knowledge import load_generic
        >>> g = _Groups(load_generic())
        >>> g.new_names[_body_key("Arbetsgrupp för gemensam skolläkarfunktion")] = "Arbetsgrupp för gemensam skolläkarfunktion"
        >>> g.new_names[_body_key("Styrgrupp för Nära vård Norr")] = "Styrgrupp för Nära vård Norr"
        >>> [g._shortened_form_of(_body_key(t), t) for t in ("Arbetsgrupp för skolläkarfunktion", "Styrgrupp för Nära vård")]
        ['Arbetsgrupp för gemensam skolläkarfunktion', None]
        >>> g.new_names[_body_key("Arbetsgrupp för samordning vid utskrivning")] = "Arbetsgrupp för samordning vid utskrivning"
        >>> g._shortened_form_of(_body_key("Arbetsgruppen för samordning"), "Arbetsgruppen för samordning")
        'Arbetsgrupp för samordning vid utskrivning'
        """
        words = key.split()
        if len(words) < 2 or not re.match(r"(?i)\S+\s+för\s", text):
            return None
        hits = set()
        for k, name in self.new_names.items():
            other = k.split()
            extra = len(other) - len(words)
            if extra == 2 and other[:len(words)] == words and other[-2] == "vid" and name.split()[-1][:1].islower():
                hits.add(name)  # "Arbetsgruppen för samordning" of "… för samordning vid utskrivning"
                continue
            if not (1 <= extra <= 2 and other[0] == words[0] and other[-1] == words[-1]):
                continue
            left_out = [w for w in other if w not in words]
            if len(left_out) == extra and _in_order(words, other) and all(
                    w[:1].islower() for w in name.split() if fold(w) in left_out):
                hits.add(name)
        return next(iter(hits)) if len(hits) == 1 else None

    def _typed_name_of(self, text: str) -> str | None:
        """The body already named whose name follows a type word here: "arbetsgrupp Kompetensplattform
        vård- och omsorg Norrby" is "Kompetensplattform vård- och omsorg Norrby" (a name of three words
        or more, so that "Styrgrupp Barnahus" stays a body of its own)."""
        m = re.match(r"(?i:[\wåäö]*grupp(?:en)?|nätverket|nätverk)\s+(?P<n>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäöÅÄÖ-]+){2,})$", text)
        return self.new_names.get(_body_key(m.group("n"))) if m else None

    def _only_of_its_kind(self, text: str, doc: "_Doc | None") -> str | None:
        """The one body of the document a bare definite compound ("Arbetsutskottet") stands for."""
        if (doc is not None and doc.group and ", " in doc.group and " " not in text.strip()
                and fold(doc.group.split(", ", 1)[0]) in (fold(text.strip()) + "et", fold(text.strip()) + "en")):
            # "till nästa medlemssamråd" in the minutes of "Medlemssamrådet, Samordningsförbundet X": the body that met,
            # its kind word without the article
            return doc.group
        if doc is None or " " in text.strip() or not re.search(r"(?:en|et)$", text):
            return None
        if fold(text) in ("arbetsutskottet", "utskottet") and doc.group and re.match(
                # (a nämnd of two fields too: "Vård- och omsorgsnämnden, Åby kommun")
                r"^[\w-]+(?:\s+och\s+[\w-]+)?(?:nämnden|styrelsen), ", doc.group):
            body, owner = doc.group.split(", ", 1)
            return f"{body}s arbetsutskott, {owner}"  # a nämnd's minutes: its own arbetsutskott
        stem = fold(re.sub(r"(?:en|et)$", "", text))
        names = {n for _, n in self.created.get(doc.index, ())} | ({doc.group} if doc.group else set())
        # the name before its owner ("Socialnämndens arbetsutskott" of "…, Åby kommun") ends in the stem
        hits = sorted(n for n in names if re.search(rf"(?:^|\s){re.escape(stem)}$", fold(n.split(", ")[0])))
        if not hits:
            # "samrådsgruppen" in the minutes of "Politisk samrådsgrupp för vårdsamverkan i X": the kind word
            # with the name's för-tail after it; "kommunchefsgruppen" of "Kommunchefsgrupp i X län": its place-tail
            # (its definite form too: "Lokala collegegruppen i X" beside "Collegegrupp i X" leaves it unread)
            hits = sorted(n for n in names
                          if re.search(rf"(?:^|\s){re.escape(stem)}(?:en|et)?\s+(?:{fold('för')}|i)\s", fold(n.split(", ")[0])))
        if not hits:
            # "tjänstemannaberedningen" where the minutes name "Tjänstemannaberedningen Södra": the name without its place
            hits = sorted(n for n in names if fold(n).startswith(fold(text) + " "))
        if not hits:
            # "samrådsgruppen" under the item "Rapport från Politisk samrådsgrupp": the one body an item's
            # title names by an adjective and that kind
            kind = re.sub(r"(?:en|et)$", "", text.strip())
            titled = {m.group(0) for it in doc.parsed.items for m in re.finditer(
                rf"\b[A-ZÅÄÖ][a-zåäö]+\s+{re.escape(kind.casefold())}\b", it.title or "")}
            hits = sorted(titled)
        return hits[0] if len(hits) == 1 else None

    def _own_kind_letters(self, text: str, doc: "_Doc") -> str | None:
        """The body that met where ``text`` is its kind's capitals alone ("AG" of "Arbetsgrupp läkemedel"), and no
        other body the minutes name has those capitals."""
        text = text.strip()
        if not re.fullmatch(r"[A-ZÅÄÖ]{1,3}G", text) or (kind_letters(doc.group) or ("",))[0] != text:
            return None
        others = {g.name for g in doc.rel.groups if g.name != text} | {n for _, n in self.created.get(doc.index, ())}
        others = {n for n in others if (kind_letters(n) or ("",))[0] == text and fold(n) != fold(doc.group)
                  and not _KIND_LETTERS_TOPIC.fullmatch(n.strip())}
        if any(self.canonical(n, doc, create=False) not in (doc.group, None) for n in others):
            return None  # "AG" where the minutes name another arbetsgrupp too
        return doc.group

    def _stood_for(self, short: str, doc: "_Doc | None") -> set[str]:
        """The bodies of the batch (and the knowledge file) whose kind's capitals and topic ``short`` is
        ("SG äldre" of "Samverkansgrupp äldre")."""
        named = set(self.new_names.values()) | self.met | {g.name for g in self.k.groups}
        if doc is not None:
            named |= {g.name for g in doc.rel.groups if " " in g.name and not _KIND_LETTERS_TOPIC.fullmatch(g.name)}
        hits = set()
        for n in named:
            if stands_for(short, n):
                # a body that met as it met, another as the batch names it
                hits.add(n if n in self.met else self.canonical(n, doc, create=False) or n)
        return hits

    def _spelled_out(self, text: str, doc: "_Doc | None") -> str | None:
        """The one body of the document whose initials a bare acronym spells, the parts of a compound
        kind word each giving a letter: "RLG" of "Regional ledningsgrupp Norrby", "PSR" of
        "Politiskt samverkansråd Norrby" (the place after the name may be left out)."""
        if doc is None or not re.fullmatch(r"[A-ZÅÄÖ]{2,6}", text.strip()):
            return None
        names = {n for _, n in self.created.get(doc.index, ())} | ({doc.group} if doc.group else set())
        hits = sorted(n for n in names if text.strip() in initials_of(n.split(", ")[0]))
        if not hits:
            # "2. Uppdrag från RLG" over "… informerade från Regionala ledningsgruppen för vård och omsorg": a body
            # the document names in full further on, not yet met here
            hits = sorted({g.name for g in doc.rel.groups if g.name != text.strip() and " " in g.name
                           and text.strip() in initials_of(g.name.split(", ")[0])})
        if len(hits) == 1:
            return hits[0]
        if not hits and (long := self._defined_as(text.strip(), doc.raw.text)) is not None and doc.group \
                and fold(long) != fold(doc.group) and self.canonical(long, doc) == doc.group:
            # "Brottsförebyggande rådet (BRÅ) beslutade …" in the minutes of "Brottsförebyggande rådet, Åby kommun":
            # the body that met, by its short name and acronym
            self.new_names.setdefault(fold(text.strip()), doc.group)
            self.new_aliases[doc.group].add(text.strip())
            return doc.group
        if not hits and long is not None:
            # "SG" in a title before "Styrgrupp Hemgång (SG) gav …": the body the bracket after its name
            # gives the short form, whether or not it spells its initials
            for k in (fold(text.strip()), _body_keys(long)[0]):
                self.new_names.setdefault(k, long)
            self.new_aliases[long].add(text.strip())
            return self.new_names[_body_keys(long)[0]]
        return None

    def _acronym_compound_of(self, text: str, doc: "_Doc | None") -> str | None:
        """The one body of the document a compound of an acronym and a definite kind word stands for,
        where the acronym spells the words of its name, each word giving one letter or more, with or
        without the kind word: "BRÅ-rådet" of "Lokala brottsförebyggande rådet i Lodby", "EST-styrgruppen"
        of "Styrgruppen för effektiv samordning för trygghet". Function words, a level word ("lokala")
        and the place after "i" are left out; the body must be of the compound's kind.

        >>> _spells("BRÅ", ["brottsförebyggande", "rådet"]), _spells("EST", ["effektiv", "samordning", "trygghet"])
        (True, True)
        >>> _spells("EST", ["effektiv", "samordning"]), _spells("BR", ["brottsförebyggande", "rådet", "unga"])
        (False, False)
        """
        m = re.fullmatch(r"(?P<acr>[A-ZÅÄÖ]{2,6})-(?P<kind>[a-zåäö]{3,}?)(?:en|et|n)", text.strip())
        if doc is None or m is None:
            return None
        acr, kind = m.group("acr").casefold(), fold(m.group("kind"))
        named = {n for _, n in self.created.get(doc.index, ())} | ({doc.group} if doc.group else set())
        named |= {g.name for g in doc.rel.groups if " " in g.name}
        hits = set()
        for n in named:
            words = re.sub(r"\s+i\s+[A-ZÅÄÖ].*$", "", n.split(", ")[0]).split()
            if len(words) > 2 and words[-1][:1].isupper():
                words = words[:-1]  # "EST-gruppen Vallboda": the place after the name
            words = [fold(w) for w in words if w.casefold() not in ("för", "i", "och", "av", "om", "med", "inom")]
            words = [w for w in words if not _LEVEL_WORD.match(w + " ")]
            with_kind = [k for k, w in enumerate(words) if w.startswith(kind)]
            if len(with_kind) != 1:
                continue
            without = words[:with_kind[0]] + words[with_kind[0] + 1:]
            if any(_spells(acr, ws) for ws in (words, without) if ws):
                # (a body the document names in full further on is read as that name will be)
                hits.add(self.canonical(n, doc, create=False) or n)
        if len(hits) != 1:
            return None
        return self.canonical(hits.pop(), doc)

    def _cut_before_topic(self, text: str, doc: "_Doc | None") -> str | None:
        """The one body the document names (here or further on) whose name is this one with what it is for
        after it: "Delregionala politiska samverkansgruppen" in an item's title over "… samverkansgruppen för
        vård och omsorg" in its text. A name of two words or more, so that a bare "Styrgruppen" is not read so."""
        if doc is None or self._matching or len(text.split()) < 2 or not re.search(r"(?:en|et)$", text):
            return None
        head = fold(text) + " " + fold("för") + " "
        named = {n for _, n in self.created.get(doc.index, ())} | {g.name for g in doc.rel.groups}
        named = {n for n in named if fold(n).startswith(head)}
        if not named:
            return None
        self._matching = True
        try:
            hits = {self.canonical(n, doc) for n in named}
        finally:
            self._matching = False
        hits.discard(None)
        return hits.pop() if len(hits) == 1 else None

    def _compound_topic_of(self, text: str, doc: "_Doc | None") -> str | None:
        """The one body of the document of the same kind whose topic is this one's written as a compound
        where this one writes a phrase, or the other way round: "Styrgruppen för byte av lönesystem" of
        "Styrgruppen för lönesystemsbytet".

        >>> _same_topic(_compound_topic("Styrgruppen för lönesystemsbytet"), _compound_topic("Styrgrupp för byte av lönesystem"))
        True
        >>> _same_topic(_compound_topic("Styrgruppen för lönesystemsbytet"), _compound_topic("Styrgrupp för byte av ekonomisystem"))
        False
        """
        mine = _compound_topic(text)
        if doc is None or mine is None or self._matching:
            return None
        named = {n for _, n in self.created.get(doc.index, ())} | ({doc.group} if doc.group else set())
        named |= {g.name for g in doc.rel.groups if " " in g.name}
        self._matching = True  # (the other name is read as itself, not again as a form of this one)
        try:
            hits = {self.canonical(n, doc, create=False) for n in named
                    if _same_topic(_compound_topic(n), mine)}
        finally:
            self._matching = False
        hits.discard(None)  # (a body named so far only in the other form is read when the text comes to it)
        return hits.pop() if len(hits) == 1 else None

    def _defined_as(self, acronym: str, raw: str) -> str | None:
        """The body's name a bracket with ``acronym`` follows in the text: "Styrgrupp Hemgång (SG)"; or the
        name in the bracket after it: "RLG (Ledningsgruppen för samverkan i Ådalen)"."""
        at = raw.find(f"({acronym})")
        if at < 3 and (legend := legend_acronyms(raw).get(acronym)) is not None \
                and self.k.group_type(legend.split(" ")[0]) is not None:
            # "SG = Styrgrupp Nära vård" in the legend of hurried notes: the body the short form stands for
            return group_name_parts(legend)[0] or None
        if at < 3:
            after = re.search(rf"\b{re.escape(acronym)}\s+\(([A-ZÅÄÖ][^()\n]{{3,90}})\)", raw)
            if (after and self.k.group_type(after.group(1).split(" ")[0]) is not None
                    and acronym_ends_in_kind(acronym, after.group(1))):
                return group_name_parts(after.group(1))[0] or None
            return None
        before = re.split(r"[\n.;:()•–]|\s-\s", raw[max(0, at - 80):at])[-1].strip(" ,*")
        words = before.split(" ")
        verb = max((k for k, w in enumerate(words) if w.casefold() in _FINITE_VERBS), default=None)
        if verb is not None:
            # "Samverkansgruppen är tillsatt av brottsförebyggande rådet (BRÅ) i Åby": a finite verb ends a name,
            # so the sentence's subject is none of it; the body is named after the verb, by a capital kind word
            # ("… har bildat Styrgrupp Hemgång (SG)") or by the words after the verb's preposition, with the place
            # the bracket is followed by
            words = words[verb + 1:]
            if not any(w[:1].isupper() and self.k.group_type(w) is not None for w in words):
                cut = max((k for k, w in enumerate(words) if w.casefold() in _AGENT_PREPOSITIONS), default=None)
                tail = words[cut + 1:] if cut is not None else []
                if len(tail) >= 2 and self.k.group_type(" ".join(tail)) is not None:
                    place = re.match(r"\s+i\s+([A-ZÅÄÖ][a-zåäö]+)\b", raw[at + len(acronym) + 2:])
                    name = " ".join(tail) + (f" i {place.group(1)}" if place else "")
                    return name[:1].upper() + name[1:]
                return None
        for k in range(len(words) - 1):
            name = " ".join(words[k:])
            if words[k][:1].isupper() and self.k.group_type(words[k]) is not None:
                return group_name_parts(name)[0] or None
        if 2 <= len(words) <= 4 and words[0][:1].isupper() and self.k.group_type(words[-1]) is not None:
            return " ".join(words)  # "Brottsförebyggande rådet (BRÅ)": the kind word last, the line or sentence its name
        return None

    def _owned(self, name: str, doc: "_Doc | None") -> str:
        """A kommun's own body named with its kommun: "Kommunfullmäktige" in the minutes of
        "Socialnämnden, Fjällsta kommun" is "Kommunfullmäktige, Fjällsta kommun"; so is
        "Socialnämndens arbetsutskott", and "socialnämnden" in its arbetsutskott's minutes. Other
        names are kept."""
        if doc is not None and doc.group and ", " not in doc.group and doc.parsed.letterhead and "," not in name:
            # "regionstyrelsen" in the notes of a collaboration body under "REGION ÅS": that region's board
            owner, low = doc.parsed.letterhead, name.casefold()
            hm = owner.casefold()
            if re.fullmatch(r"(?:region|kommun)(?:styrelsen|fullmäktige)", low) and (
                    hm.startswith("region") if low.startswith("region") else hm.endswith("kommun")):
                return f"{name[:1].upper()}{name[1:]}, {owner}"
            return name
        if (doc is not None and doc.group and ", " not in doc.group and "," not in name
                and name.casefold() in ("regionstyrelsen", "regionfullmäktige")):
            # "Forumet rapporterar till regionstyrelsen" in the notes of a forum one region sits in: its board
            regions = {e.organisation for e in doc.parsed.attendance
                       if e.organisation and re.fullmatch(r"Region\s+[A-ZÅÄÖ][\wåäö-]+", e.organisation)}
            if len(regions) == 1:
                return f"{name[:1].upper()}{name[1:]}, {regions.pop()}"
        if (doc is not None and doc.group and ", " not in doc.group and "," not in name
                and name.casefold() in ("kommunstyrelsen", "kommunfullmäktige")):
            # "Rådet rapporterar till kommunstyrelsen" in the notes of a council one kommun sits in: that kommun's
            if kommun := _one_kommun_of(doc.parsed):
                return f"{name[:1].upper()}{name[1:]}, {kommun}"
        if (doc is not None and doc.group and "," not in name and (organ := _KOMMUNS_ORGAN.fullmatch(name))
                and (kommun := (doc.group.rsplit(", ", 1)[-1] if doc.group.endswith(" kommun") else None)
                     or _one_kommun_of(doc.parsed))):
            # "Styrgruppen rapporterar till kommunens arbetsmarknadsutskott" in the notes of a body of one kommun or
            # one kommun sits in: that kommun's utskott, by its own name
            return f"{_definite(organ.group('organ'))}, {kommun}"
        if (doc is not None and doc.group and "," not in name and (organ := _LANS_ORGAN.fullmatch(name))
                and (lan := _LAN_END.search(doc.group))):
            # "Nätverket arbetar på uppdrag av länets folkhälsoråd" in the notes of a body of one län: that län's
            # council, by its own name
            return f"{_definite(organ.group('organ'))}, {lan.group(0)}"
        if (doc is not None and doc.group and re.fullmatch(r"(?i)bolagets\s+styrelse", name)
                and (company := _company_at_end(doc.group))):
            return f"Styrelsen, {company}"  # "bolagets styrelse" in the minutes of the company's ägarråd
        if (doc is not None and doc.group and doc.group.endswith(" kommun") and ", " in doc.group
                and (at := re.fullmatch(r"(?P<b>kommunala\s+[\wåäö-]+rådet)\s+i\s+(?P<p>[A-ZÅÄÖ][\wåäö-]+)", name, re.I))
                and doc.group.rsplit(", ", 1)[1].split()[0].casefold() in (at.group("p").casefold(), f"{at.group('p').casefold()}s")):
            # "kommunala pensionärsrådet i Åby" in the minutes of a nämnd of Åby kommun: that kommun's council, as
            # "kommunala pensionärsrådet" is
            return f"{at.group('b')}, {doc.group.rsplit(', ', 1)[1]}"
        if doc is None or not doc.group or ", " not in doc.group or "," in name or re.search(r"\s(?:i|för)\s", name):
            return name
        body, owner = doc.group.rsplit(", ", 1)
        if own_utskott := _own_named_utskott(name.casefold(), doc.group):
            return own_utskott  # "sociala utskottet" in a nämnd's minutes: that nämnd's
        gm = re.fullmatch(r"(kommunens|regionens)\s+([a-zåäö-]+(?:grupp|team))", name.casefold())
        if gm and (owner.casefold().endswith("kommun") if gm.group(1) == "kommunens" else owner.casefold().startswith("region")):
            # "Kommunens krisledningsgrupp" in the minutes of a nämnd of that kommun: that kommun's group
            return f"{_definite(gm.group(2))}, {owner}"
        if "förbund" in owner.casefold() and _is_board_of_förbund(name, f"Styrelsen, {owner}"):
            return f"Styrelsen, {owner}"  # "styrelsen" in the minutes of the förbund's beredningsgrupp
        if ("förbund" in owner.casefold() and (sam := re.fullmatch(r"(?i)(ägar|medlems)samråd(?:et)?", name))
                and not re.search(rf"(?i:{sam.group(1)[0]}){sam.group(1)[1:].lower()}samrådet\s+(?:för|i)\s+[A-ZÅÄÖ]",
                                  doc.raw.text)):
            # "Ordföranden rapporterar från ägarsamrådet" in the minutes of a förbund's board: the samråd of the
            # förbund's members, named as the förbund's other bodies are (unless the minutes name it in full)
            # ("Medlemssamrådet hålls den 12 mars": the same samråd by the members' other word)
            return f"{sam.group(1).capitalize()}samrådet, {owner}"
        if (owner.endswith(" AB") and name.casefold() in ("kommunstyrelsen", "kommunfullmäktige")
                and (kommun := _one_kommun_of(doc.parsed) or _one_kommun_named(doc.parsed))):
            # "rapportera till kommunstyrelsen" in the minutes of a kommunal bolag's board: its owner's
            return f"{name[:1].upper()}{name[1:]}, {kommun}"

        low = name.casefold()
        own_body = low.startswith(body.casefold().rstrip("n").rstrip("e")) and low != body.casefold()
        # "socialnämnden" in the minutes of a body of a kommun: that kommun's nämnd
        # (not "hälso- och sjukvårdsnämnden": that nämnd is a region's)
        kommun_nämnd = (owner.casefold().endswith("kommun") and re.fullmatch(r"[\wåäö-]+(?:\s+och\s+[\wåäö-]+)?nämnden", low)
                        and not low.startswith(("hälso- och sjukvård", "hälso-och sjukvård")))
        # "valberedningen" in a kommun's or region's minutes: its fullmäktige's valberedning
        valberedning = low == "valberedningen" and (owner.casefold().endswith("kommun") or owner.casefold().startswith("region"))
        # ("kommunala pensionärsrådet" in the minutes of a nämnd of a kommun: that kommun's council)
        kommun_council = low.startswith("kommunala ") and low.endswith("rådet") and owner.casefold().endswith("kommun")
        if (low.startswith("kommun") and owner.casefold().endswith("kommun")) or (
                low.startswith("region") and owner.casefold().startswith("region")) or own_body or kommun_nämnd \
                or valberedning:
            if re.search(r"(?:nämnd|styrelse|fullmäktige|utskott|valberedning)\w*$", low) or kommun_council:
                return f"{name[:1].upper()}{name[1:]}, {owner}" if valberedning else f"{name}, {owner}"
        return name

    def _may_name_body(self, text: str, acronym: str | None) -> bool:
        """Whether ``text`` can name a new body: it has a kind word ("Arbetsgrupp SIP"), comes with
        its acronym, or is a name of several words ("Vårdsamverkan Södra Havsby"). A bare acronym
        must have been defined with its long form; "den", "NS", "ledning 4 mars" name nothing.

        >>> from loaders.knowledge import load_generic
        >>> g = _Groups(load_generic())
        >>> [g._may_name_body(t, None) for t in ("Arbetsgrupp SIP", "Vårdsamverkan Södra Havsby", "Den", "NS", "ledning 4 mars")]
        [True, True, False, False, False]
        """
        if acronym or self.k.group_type(text) is not None:
            return True
        words = text.split()
        if len(words) == 1:
            return False
        return text[:1].isupper() and not re.search(r"\d", text)

    def looks_like_group(self, text: str | None) -> bool:
        if not text:
            return False
        return (self.k.match_group(text) is not None or self.k.group_type(text) is not None
                or fold(text) in self.new_names or _body_keys(text.strip())[0] in self.new_names)

    def entity(self, name: str) -> str:
        gid = self.gid(name)
        if gid in self.entities:
            return gid
        known = self.k.match_group(name)
        if known is not None:
            level, parent = known.level, known.parent
            aliases = known.aliases
        else:
            level = self.raw_level.get(fold(name))
            parent = self.raw_parent.get(fold(name))
            if level not in LEVELS:
                level = self.k.level_for(name, parent)
            aliases = tuple(sorted(self.new_aliases.get(name, ())))
        parent_id = self.gid(self.canonical(parent) or parent) if parent else None
        self.entities[gid] = Group(gid, name, level, parent_id, tuple(aliases))
        if parent:
            pname = self.canonical(parent)
            if pname and self.gid(pname) not in self.entities and pname != name:
                self.entity(pname)
        return gid


# ---------------------------------------------------------------------------------- main entry
def resolve_documents(batch: list[tuple[RawDocument, ParsedMinutes, RawRelations]], knowledge: Knowledge,
                      known_people: Sequence[KnownPerson] = (), *, default_group: str | None = None,
                      default_date: str | None = None,
                      known_assignments: Sequence[AssignmentInfo] = (), hints=None) -> list[DocumentFacts]:
    """Resolve a batch of parsed minutes into :class:`DocumentFacts`, one per document, in order.

    Minutes are resolved region by region: the knowledge file's region with that file, every
    other region with the generic vocabulary and the huvudmän its minutes name
    (:meth:`Knowledge.for_text`), so one region's huvudmän and groups never match another's names.
    ``known_assignments`` are the tasks already stored, which a report-back in these minutes
    may follow up (as may a task of an earlier document of the batch). ``hints`` are the
    coordinator's person decisions (:func:`loaders.corrections.resolution_hints`).
    """
    by_region: dict[str, list[int]] = defaultdict(list)
    for i, (raw, _, _) in enumerate(batch):
        by_region[knowledge.region_of(raw.text)].append(i)
    if "" in by_region and len(by_region) > 1:
        _place_regionless(batch, knowledge, by_region)
    out: list[DocumentFacts | None] = [None] * len(batch)
    for region, idx in by_region.items():
        k = knowledge.for_text("\n".join(batch[i][0].text for i in idx))
        facts = _resolve_region([batch[i] for i in idx], k, known_people, default_group=default_group,
                                default_date=default_date, known_assignments=known_assignments, hints=hints)
        for i, f in zip(idx, facts):
            out[i] = f
    return out


def _longer_names_first(named: list[RawGroup]) -> list[RawGroup]:
    """The bodies a document names, those named by one word last: "Kommunchefsgruppen" in an item's title before
    "Kommunchefsgruppen i Sydviks län" in its text is the body the longer name gives, as the bare word is read
    against the bodies of the document already named.

    >>> [g.name for g in _longer_names_first([RawGroup(name="Kommunchefsgruppen", item=1),
    ...                                       RawGroup(name="Kommunchefsgruppen i X län", item=1)])]
    ['Kommunchefsgruppen i X län', 'Kommunchefsgruppen']
    """
    return sorted(named, key=lambda g: " " not in g.name.strip())


def _place_regionless(batch, knowledge: Knowledge, by_region: dict[str, list[int]]) -> None:
    """Give the minutes that name no region (``by_region[""]``) a region of the batch: a kommun's
    minutes go with the region whose minutes name that kommun as a huvudman, and stay apart when
    none does, so that their "kommunerna" never become another region's; minutes that name no
    huvudman at all go with the region most of the batch is from."""
    named = {r: knowledge.for_text("\n".join(batch[i][0].text for i in idx)) for r, idx in by_region.items() if r}
    main = max(named, key=lambda r: len(by_region[r]))
    apart = []
    for i in by_region.pop(""):
        own = [h.name for h in knowledge.for_text(batch[i][0].text).huvudmän if not h.collective]
        if not own:
            by_region[main].append(i)
            continue
        region = next((r for r, k in named.items()
                       if any((m := k.match_organisation(n)) is not None and not m.collective for n in own)), None)
        (by_region[region] if region else apart).append(i)
    for r in named:
        by_region[r].sort()
    if apart:
        by_region[""] = apart


def _resolve_region(batch: list[tuple[RawDocument, ParsedMinutes, RawRelations]], knowledge: Knowledge,
                    known_people: Sequence[KnownPerson], *, default_group: str | None,
                    default_date: str | None, known_assignments: Sequence[AssignmentInfo],
                    hints=None) -> list[DocumentFacts]:
    docs = [_Doc(i, raw, parsed, rel) for i, (raw, parsed, rel) in enumerate(batch)]
    groups = _Groups(knowledge)
    orgs = _Orgs(knowledge)
    pins = {d.index: hints.pins_for(d.raw.path, d.raw.sha256) for d in docs} if hints is not None else None
    people = _People(knowledge, known_people, pins, hints.apart if hints is not None else None)

    # the bodies that met and every body written with its acronym first, so that a bare "RLG"
    # anywhere in the batch is the body "Regional ledningsgrupp (RLG)" defines
    for d in docs:
        if (met := groups.canonical(d.parsed.body)) is not None:
            groups.met.add(met)
            if d.parsed.body_with_place and (acr := re.search(r"\(([A-ZÅÄÖ][A-ZÅÄÖ-]{1,6})\)$", d.parsed.body_with_place)):
                # "REGIONAL LEDNINGSGRUPP – ÅBY (RLG)": the acronym the title gives after its place names the body that met
                groups.new_names.setdefault(fold(acr.group(1)), met)
                groups.new_aliases[met].add(acr.group(1))
        for rg in d.rel.groups:
            # (or with its kind's capitals and topic: "Arbetsgruppen för jourrutiner (AG Rutiner)")
            if re.search(r"\((?:(?:[A-ZÅÄÖ][a-zåäö-]+\s+)?[A-ZÅÄÖ][A-ZÅÄÖ-]{1,6}|[A-ZÅÄÖ]{1,3}G\s+[^()]{2,30})\)\s*$", rg.name):
                groups.canonical(rg.name)
    # then the full names ("Delregionalt politiskt samråd Södra Havsby"), so that a shortened
    # definite reference ("det delregionala politiska samrådet") finds the body it shortens
    for d in docs:
        d.group = groups.canonical(d.parsed.body) if d.parsed.body else None
        for rg in d.rel.groups:
            # (or written small before the place that names it: "regionala styrgruppen för närvård Kronsjö")
            if (rg.name[:1].isupper() and len(rg.name.split()) >= 3 or len(rg.name.split()) >= 4
                    and rg.name.split()[-1][:1].isupper() and _LEVEL_WORD.match(rg.name)) and groups._generic(rg.name) is None:
                groups.canonical(rg.name, d)
    # a bare acronym another document of the batch defines is that body here too ("RLG")
    acronyms = {a for d in docs for rg in d.rel.groups
                for a in re.findall(r"\(([A-ZÅÄÖ][A-ZÅÄÖ-]{1,6})\)\s*$", rg.name)}
    # (the title's acronym after its place: "REGIONAL LEDNINGSGRUPP – ÅBY (RLG)")
    acronyms |= {a for d in docs for body in (d.parsed.body, d.parsed.body_with_place)
                 for a in re.findall(r"\(([A-ZÅÄÖ][A-ZÅÄÖ-]{1,6})\)\s*$", body or "")}
    for d in docs:
        named = {rg.name for rg in d.rel.groups}
        for a in sorted(acronyms - named):
            if a in d.raw.text and re.search(rf"(?<![\wåäöÅÄÖ-]){re.escape(a)}(?::?s)?(?![\wåäöÅÄÖ-])", d.raw.text):
                d.rel.groups.append(RawGroup(name=a, item=None))
    # meeting groups and bodies created in each document
    for d in docs:
        d.group = groups.canonical(d.parsed.body) if d.parsed.body else None
        d.group_basis = (d.parsed.body_basis or "text") if d.group else None
        if d.group and d.parsed.body_with_place:
            # "ARBETSGRUPP SIP – SÄLVIK": with its place ("… – ÅBY (RLG)": the acronym after it read above)
            groups.new_aliases[d.group].add(re.sub(r"\s*\([A-ZÅÄÖ][A-ZÅÄÖ-]{1,6}\)$", "", d.parsed.body_with_place))
        if d.group is None and default_group:
            d.group = groups.canonical(default_group)
            d.group_basis = "option" if d.group else None
        if d.group is None:
            # the minutes attached to a message are named by their own file, and the message by its own
            named = ((d.raw.written_as and body_from_path(d.raw.written_as, d.raw.text, knowledge))
                     or body_from_path(d.raw.path, d.raw.text, knowledge))
            d.group = groups.canonical(named) if named else None
            if d.group:
                d.group_basis = "filename"
                d.parsed.warnings.append(f"the body that met is not named in the text; taken from the file name "
                                         f"({d.group})")
        d.date = d.parsed.date or default_date
        for rg in _longer_names_first(d.rel.groups):
            if groups._generic(rg.name) is not None and not knowledge.match_group(rg.name):
                continue
            name = groups.canonical(rg.name, d, d.item_pos(rg.item))
            if name is None:
                continue
            groups.created[d.index].append((d.item_pos(rg.item), name))
            if rg.level in LEVELS:
                groups.raw_level.setdefault(fold(name), rg.level)
            if rg.parent:
                groups.raw_parent.setdefault(fold(name), rg.parent)
        for a in d.parsed.attendance:
            orgs.learn(a.unit, a.organisation)

    # the bodies each mandate of the batch joins, so that a body another document names by its kind alone
    # ("styrgruppen") is found among those its body that met has a mandate with
    groups.relating = True
    for d in docs:
        for m in d.rel.mandates:
            pos = d.item_pos(m.item)
            groups.relate(groups.canonical(m.from_body, d, pos, create=False),
                          groups.canonical(m.to_body, d, pos, create=False), d.index)
    groups.relating = False

    # every place a person is named
    def body_or_person(text: str | None) -> bool:
        return bool(text) and (groups.looks_like_group(text) or knowledge.match_organisation(text) is not None
                               or re.fullmatch(AUTHORITY, text.strip()) is not None
                               or _UNIT_BY_WHAT_IT_IS.fullmatch(text.strip()) is not None
                               or BRANCH_UNIT.fullmatch(text.strip()) is not None
                               or _CARE_UNITS_SUBJECT.fullmatch(text.strip()) is not None
                               or _ROLE_IN_EACH_SUBJECT.fullmatch(text.strip()) is not None
                               or knowledge.split_organisation(text)[1] is not None and not
                               is_person_name(clean_name(text), knowledge))

    for d in docs:
        for a in d.parsed.attendance:
            if a.initials:
                people.alias(d.index, a.initials, a.name)
    for d in docs:
        for a in d.parsed.attendance:
            people.add(d.index, None, a.name, roster=True, organisation=a.organisation)
            people.add(d.index, None, a.substitute_for, roster=True)
        for pos, it in enumerate(d.parsed.items):
            for p in it.presenters:
                people.add(d.index, pos, p)
        for m in d.rel.person_mentions:
            people.add(d.index, d.item_pos(m.item, m.line), m.text)
        for m in d.rel.memberships:
            people.add(d.index, d.item_pos(m.item), m.person)
            people.add(d.index, d.item_pos(m.item), m.replaces)
        for asg in d.rel.assignments:
            pos = d.item_pos(asg.item)
            for a in asg.assignees:
                # ("Socialchefen får i uppdrag …" with no socialchef the minutes name: a role, no person)
                if not body_or_person(a) and a.strip() not in d.rostered and not (
                        " " not in a.strip() and is_title_word(a.strip())):
                    people.add(d.index, pos, a)
            if asg.report_to and not body_or_person(asg.report_to):
                people.add(d.index, pos, asg.report_to)
        for n in d.rel.absent:
            people.add(d.index, None, n)
        for n in d.parsed.named:
            people.add(d.index, None, n)
    people.resolve_all({d.index: (groups.gid(d.group) if d.group else None) for d in docs})

    facts = [_assemble(d, knowledge, groups, orgs, people) for d in docs]
    return _link_follow_ups(docs, facts, known_assignments)


_STEM_STOP = {"till", "från", "med", "för", "inom", "under", "efter", "inför", "nästa", "möte", "mötet", "senast",
              "också", "även", "samt", "eller", "kring", "frågan", "arbetet", "återkomma", "återkoppla",
              "återkoppling", "uppföljning", "rapportera", "redovisa", "gruppen"}


def _stems(text: str) -> set[str]:
    """Content words of a task, cut to six letters ("kontakta", "kontaktat" -> "kontak")."""
    return {w[:6] for w in re.findall(r"[a-zåäöé]{4,}", (text or "").casefold()) if w not in _STEM_STOP}


class _FollowUpCandidates:
    """Earlier assignments a report-back may follow up, indexed by assignee and by giving body,
    each with its task's stems computed once (a batch compares every report-back with every
    assignment; scanning and re-stemming them all per report-back was quadratic)."""

    def __init__(self, candidates: Sequence[AssignmentInfo]):
        self.items = list(candidates)
        self.stems = [_stems(c.task) for c in self.items]
        by_assignee: dict[str, list[int]] = {}
        by_group: dict[str, list[int]] = {}
        for i, c in enumerate(self.items):
            for a in set(c.assignee_ids):
                by_assignee.setdefault(a, []).append(i)
            if c.group_id:
                by_group.setdefault(c.group_id, []).append(i)
        self.by_assignee = {a: self._by_date(ix) for a, ix in by_assignee.items()}
        self.by_group = {g: self._by_date(ix) for g, ix in by_group.items()}

    def _by_date(self, positions: list[int]) -> tuple[list[str], list[int], list[int]]:
        """The dates of the dated candidates in date order, their positions, and the undated ones:
        a report-back looks only at tasks given before it (a batch of a body's minutes would
        otherwise compare each report-back with every task of the body, later ones too)."""
        dated = sorted((self.items[i].date, i) for i in positions if self.items[i].date)
        return [d for d, _ in dated], [i for _, i in dated], [i for i in positions if not self.items[i].date]

    def near(self, assignees: set[str], group_id: str | None, date: str | None = None) -> list[int]:
        """Positions, in order, of the candidates sharing an assignee or the giving body; with
        ``date``, only those given before it or undated."""
        found: set[int] = set()
        keys = [(a, self.by_assignee) for a in assignees]
        if group_id:
            keys.append((group_id, self.by_group))
        for key, index in keys:
            entry = index.get(key)
            if entry is not None:
                dates, dated, undated = entry
                found.update(dated[:bisect_left(dates, date)] if date else dated)
                found.update(undated)
        return sorted(found)


# a unit by its one word: "Kvalitetsenheten", "Förebyggandeavdelningen"
_OWN_UNIT = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?:enheten|avdelningen)")


def _follow_up_of(task_words: set[str], assignees: set[str], group_id: str | None, date: str | None,
                  candidates: _FollowUpCandidates, own: set[str]) -> str | None:
    """The earlier assignment a report-back follows up: given before it, to someone it names
    or by the same body, with most of its words in the report-back."""
    best, best_score = None, 0.0
    items, stems = candidates.items, candidates.stems
    for i in candidates.near(assignees, group_id, date):  # given before the report-back or undated
        words = stems[i]
        if not words or words.isdisjoint(task_words):
            continue  # no word in common: too little overlap whoever it was given to
        c = items[i]
        if c.id in own:
            continue
        shared = not assignees.isdisjoint(c.assignee_ids)
        overlap = len(words & task_words) / len(words)
        if overlap < (0.34 if shared else 0.5) or not shared and len(words & task_words) < 2:
            # (one word in common with a task of a body that met elsewhere, "analysera behoven" for "lyfte behovet av
            # …": no follow-up)
            continue
        score = overlap + (0.5 if shared else 0)
        if score > best_score:
            best, best_score = c.id, score
    return best


def _link_follow_ups(docs: list[_Doc], facts: list[DocumentFacts],
                     known: Sequence[AssignmentInfo]) -> list[DocumentFacts]:
    """Tie each report-back ("Återkoppling …") to the earlier assignment it reports on
    (FOLLOWS_UP); a report-back told in the past tense is kept only when it ties to one."""
    if not any(d.follow_ups for d in docs):
        return facts
    infos = list(known)
    for d, f in zip(docs, facts):
        group_id = f.meeting.group_id
        for a in f.assignments:
            infos.append(AssignmentInfo(a.id, a.task, a.assignee_ids, group_id, d.date))
    candidates = _FollowUpCandidates(infos)
    out = []
    for d, f in zip(docs, facts):
        if not d.follow_ups:
            out.append(f)
            continue
        items = {it.number: it for it in d.parsed.items}
        assignments = list(f.assignments)
        drop = set()
        own = {a.id for a in f.assignments}
        for idx, raw in d.follow_ups:
            a = assignments[idx]
            it = items.get(raw.item)
            context = f"{a.task} {it.title if it else ''} {(it.body or '')[:1500] if it else ''}"
            earlier = _follow_up_of(_stems(context), set(a.assignee_ids), f.meeting.group_id, d.date, candidates, own)
            if earlier:
                assignments[idx] = replace(a, follows_up_ids=(earlier,))
            elif raw.report_back:
                drop.add(idx)
        out.append(replace(f, assignments=tuple(a for i, a in enumerate(assignments) if i not in drop)))
    return out


_LÄNSSTYRELSE_NAMED = re.compile(r"\bLänsstyrelsen\s+(?:i\s+)?[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?")


# a branch of care as a unit, with the adjective that tells which: "Barnhälsovården", "centrala elevhälsan"
_BRANCH_WITH_ADJECTIVE = re.compile(rf"(?:(?:[Cc]entrala|[Kk]ommunala|[Rr]egionala|[Ll]okala)\s+)?(?i:{BRANCH_OF_CARE})")

# a nämnd (or its utskott) whose förvaltning is named after it: "Kultur- och fritidsnämnden" → "Kultur- och
# fritidsförvaltningen"; not the nämnder served by a kansli or by another body's förvaltning
_NÄMND_OF_ITS_OWN = re.compile(r"(?P<stem>(?!(?:Gemensam|Patient|Val|Överförmyndar|Samverkans|Krisledning)nämnd)"
                               r"[A-ZÅÄÖ][a-zåäö]{2,}(?:-\s+och\s+[a-zåäö]{3,})?)nämnden"
                               r"(?:s\s+(?:[a-zåäö]+)?utskott)?(?=,|$)")


def own_förvaltning(body: str | None, text: str) -> str | None:
    """The förvaltning of the nämnd that met, named after the nämnd, where the minutes name its chef by the
    same words ("kultur- och fritidschef Helena Storm") or the förvaltning itself ("Protokollet förvaras: Vård-
    och omsorgsförvaltningen"): "uppdra åt förvaltningen" in its protocol is that unit. Without either the minutes
    do not say which förvaltning serves the nämnd.

    >>> [own_förvaltning(b, "Lisa Berg, socialchef; Eva Ek, kultur- och fritidschef") for b in (
    ...     "Kultur- och fritidsnämnden, Bärsjö kommun", "Socialnämndens arbetsutskott", "Vård- och omsorgsnämnden",
    ...     "Patientnämnden, Region Norrdal", "Kommunstyrelsen")]
    ['Kultur- och fritidsförvaltningen', 'Socialförvaltningen', None, None, None]
    >>> own_förvaltning("Vård- och omsorgsnämndens individutskott", "Protokollet förvaras: Vård- och omsorgsförvaltningen")
    'Vård- och omsorgsförvaltningen'
    >>> own_förvaltning("Vård- och omsorgsnämnden, Åby kommun", "Tjänstepersoner: Eva Ek, förvaltningschef vård och omsorg")
    'Vård- och omsorgsförvaltningen'
    """
    m = _NÄMND_OF_ITS_OWN.match(body or "")
    # ("förvaltningschef vård och omsorg": the chef's title names the nämnd's field in words of its own)
    field = re.sub(r"-\s+och\s+", " och ", m.group("stem").rstrip("s")) if m else ""
    if not m or not (re.search(rf"(?i)\b{re.escape(m.group('stem').rstrip('s'))}s?chef", text)
                     or re.search(rf"(?i)\b{re.escape(m.group('stem'))}förvaltning", text)
                     or re.search(rf"(?i)\bförvaltningschef(?:en)?,?\s+(?:för\s+)?{re.escape(field)}\b", text)):
        return None
    return f"{m.group('stem')}förvaltningen"


def _the_one_länsstyrelse(written: str, text: str) -> str:
    """A bare "Länsstyrelsen" in minutes that name one länsstyrelse in full is that one; else as written.

    >>> _the_one_länsstyrelse("Länsstyrelsen", "Plats: Länsstyrelsen Fjällbotten, sal Vänern. Länsstyrelsen arbetar in …")
    'Länsstyrelsen Fjällbotten'
    >>> _the_one_länsstyrelse("Länsstyrelsen", "Länsstyrelsen Ås och Länsstyrelsen i Bodlands län")
    'Länsstyrelsen'
    """
    if written != "Länsstyrelsen":
        return written
    named = {" ".join(m.group(0).split()) for m in _LÄNSSTYRELSE_NAMED.finditer(text)}
    return named.pop() if len(named) == 1 else written


# the body that met is one kommun's own: "Socialnämndens arbetsutskott, Forsby kommun"
_OWN_KOMMUN = re.compile(r"(?i)(?:nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|fullmäktige)\w*,\s+"
                         r"([A-ZÅÄÖ][\wåäö-]+s?\s+kommun)$"
                         # a förbund's direktion, styrelse or beredning: "Direktionen, Åbys räddningstjänstförbund" (its
                         # units are the förbund's own)
                         r"|(?:direktionen|styrelsen|beredningen|utskottet),\s+((?-i:[A-ZÅÄÖ])[\wåäö-]+s\s+(?-i:[a-zåäö])+förbund|"
                         r"(?-i:[A-ZÅÄÖ])[\wåäö-]*förbundet\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)$"
                         # a region's own nämnd or beredning: "Kulturnämnden, Region X" (its förvaltning is the region's)
                         # ("Beredningen för folkhälsa och jämlikhet, Region X": named by its field)
                         r"|(?:nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|fullmäktige|beredning|beredningen)\w*"
                         r"(?:\s+för\s+[\wåäö -]+)?,\s+(Region\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)$")


def _assemble(d: _Doc, k: Knowledge, groups: _Groups, orgs: _Orgs, people: _People) -> DocumentFacts:
    sha = d.sha
    source = Source(make_id("source", sha), d.raw.path, sha, d.raw.media_type)
    meeting_id = make_id("meeting", sha)
    warnings: list[str] = list(d.parsed.warnings)
    ents = _Entities()
    person_nodes: dict[str, _PersonNode] = {}
    group_ids: set[str] = set()
    org_ids: set[str] = set()

    def person(written: str | None, pos: int | None, said: str | None = None) -> str | None:
        node = people.lookup(d.index, pos, written)
        if node is None:
            return None
        person_nodes[node.id] = node
        ents.mention(node.id, written, d.item_id(pos), said)
        return node.id

    lines: list[str] = []

    def line_of(n: int) -> str | None:
        """Line ``n`` (1-based) of the document as read, trimmed: the evidence of a list entry."""
        if not lines:
            lines.extend(split_lines(d.raw.text))
        return quote(lines[n - 1]) if 0 < n <= len(lines) else None

    # the units the roster places in a state authority ("Per Lind, utredare, ungdomsutredningsgruppen, Polisområde
    # Åby"): the authority's own team, no collaboration body, wherever the minutes name it again
    authority_units = {fold(a.unit) for a in d.parsed.attendance
                       if a.unit and a.organisation and _AUTHORITY_ORGANISATION.match(a.organisation.strip())}

    def group(written: str | None, pos: int | None, create: bool = True) -> str | None:
        if written and re.fullmatch(STATE_AUTHORITY_WORD, written.strip()):
            # "Erik Nyrén, Skogsstyrelsen, redogjorde …": a state authority, an organisation though "-styrelsen"
            # is a board's word; no body that meets
            org(written.strip(), None, pos)
            return None
        if written and authority_units and fold(written.strip()) in authority_units:
            return None
        name = groups.canonical(written, d, pos, create=create)
        if name is None:
            return None
        gid = groups.entity(name)
        group_ids.add(gid)
        # a label before the name ("Beslut: Ledningsgruppen") or a date after it is no part of the name
        bare, acronym = group_name_parts(written)
        ents.mention(gid, f"{bare} ({acronym})" if acronym else bare, d.item_id(pos))
        return gid

    own = _OWN_KOMMUN.search(d.parsed.body or "")
    if own is None and d.group and "förbund" in d.group and (forbund := _OWN_KOMMUN.search(d.group)) and forbund.group(2):
        own = forbund  # "Direktionen" under the förbund's letterhead: the units its minutes name are the förbund's

    def org(unit: str | None, organisation: str | None, pos: int | None) -> tuple[str | None, str | None]:
        if own and unit and organisation is None and k.is_unit(unit) and k.split_organisation(unit)[1] is None:
            # "uppdra åt socialförvaltningen" in a nämnd's protocol: the kommun's own (or the region's, or the förbund's)
            organisation = own.group(1) or own.group(2) or own.group(3)
        uid, top = orgs.resolve(unit, organisation)
        for oid, txt in ((uid, unit), (top, organisation or (unit if uid is None else None))):
            if oid:
                org_ids.add(oid)
                ents.mention(oid, txt, d.item_id(pos))
        return uid, top

    def body(written: str | None, pos: int | None) -> str | None:
        """A group, else an organisation, for a body as written."""
        if not written:
            return None
        if re.fullmatch(AUTHORITY, _capitalise(written.strip())):
            # "föreslå länsstyrelsen att fastställa …": the state's authority, no body of the kind "styrelse"; a bare
            # one where the minutes name one länsstyrelse in full is that one
            uid, top = org(_the_one_länsstyrelse(_capitalise(written.strip()), d.raw.text), None, pos)
            return uid or top
        if written[-4:] in _ASSOCIATION_TAILS and _ASSOCIATION_SHAPED.fullmatch(written.strip()):
            uid, top = org(written.strip(), None, pos)  # "Röda Korset Åbykretsen": a förening, no body that meets
            return uid or top
        if groups.looks_like_group(written):
            return group(written, pos)
        if (k.match_organisation(written) is not None or k.split_organisation(written)[1] is not None
                or _is_förbund_by_name(written)):
            # (a förbund by its name, "Samordningsförbundet Åby", mandated by a body: the organisation, its board
            # being a group of its own)
            uid, top = org(written, None, pos)
            return uid or top
        if people.lookup(d.index, pos, written) is not None:
            return None  # "förvaltningschef Tomas Edlund har gett elevhälsan i uppdrag …": a person, no body
        if _HUVUDMAN_SHAPED.fullmatch(written.strip()):
            # "… rekommenderat Region Ås samt Åby, Norrby och Ekby kommuner": a huvudman the recommendation goes to,
            # named nowhere else in the minutes, is still a kommun or a region, no body that meets
            uid, top = org(written.strip(), None, pos)
            return uid or top
        return group(written, pos)

    def anyone(written: str | None, pos: int | None) -> str | None:
        if not written:
            return None
        if re.fullmatch(AUTHORITY, written.strip()):
            # the state's authority ("Polisen kommer att …"), no person, though "Länsstyrelsen" ends in "styrelsen";
            # a bare "Länsstyrelsen" where the minutes name one länsstyrelse in full is that one
            uid, top = org(_the_one_länsstyrelse(written.strip(), d.raw.text), None, pos)
            return uid or top
        if written[-4:] in _ASSOCIATION_TAILS and _ASSOCIATION_SHAPED.fullmatch(written.strip()):
            # "Röda Korset Åbykretsen", "Åby Idrottsallians" given a task: a förening, no group and no person
            uid, top = org(written.strip(), None, pos)
            return uid or top
        if groups.looks_like_group(written) or d.group and written.strip() == (d.parsed.body or "").strip():
            return group(written, pos)  # (the body that met, by the title its minutes give it, a group whatever its words)
        if written.strip() in ("kommunen", "Kommunen") and d.group and (own := _OWNER_KOMMUN.search(d.group)):
            # "Samrådet har bett kommunen utse …" in the minutes of "Socialnämnden, Åby kommun": that kommun
            uid, top = org(own.group(1), None, pos)
            return top or uid
        if written[:3].isupper() and re.fullmatch(r"[A-ZÅÄÖ]{3,6}\s+[A-ZÅÄÖ][a-zåäö]{3,}", written.strip()):
            uid, top = org(written.strip(), None, pos)  # "AME Åby" in an action list's Vem column: a unit, no person
            return uid or top
        if _UNIT_BY_WHAT_IT_IS.fullmatch(written.strip()) or BRANCH_UNIT.fullmatch(written.strip()) \
                or _NAMED_CARE_CENTRE.fullmatch(written.strip()) or _CARE_UNITS_SUBJECT.fullmatch(written.strip()) \
                or _ROLE_IN_EACH_SUBJECT.fullmatch(written.strip()):
            # ("Vårdcentralen Brännhed", "Tuna Vårdcentral AB": a care centre by its kind and place, no person;
            # "Vårdcentralerna", "Biståndsenheterna": units by their kind, many of them; "MAS i varje kommun",
            # "Vårdcentralernas chefer": a function held in each, no one person)
            # "Skolan sammanställer …": a school or a centre by what it is, no person of that name
            uid, top = org(written.strip(), None, pos)
            return uid or top
        if written.strip() in ("förvaltningen", "Förvaltningen") and (unit := own_förvaltning(d.group, d.raw.text)):
            # "uppdra åt förvaltningen att …" in a nämnd's protocol: the nämnd's own förvaltning, by its name
            uid, top = org(unit, None, pos)
            if uid:
                ents.mention(uid, written.strip().casefold(), d.item_id(pos))
            return uid or top
        if written.strip() in ("förvaltningen", "Förvaltningen") and d.group and (
                owner := _OWNER_KOMMUN.search(d.group) or _OWNER_REGION.search(d.group)):
            # "uppdra åt förvaltningen att …" in the protocol of a kommun's or region's nämnd that names no
            # förvaltning of its own: the förvaltning serving it, a unit of that huvudman
            uid, top = org(f"Förvaltningen, {owner.group(1)}", None, pos)
            if uid:
                ents.mention(uid, "förvaltningen", d.item_id(pos))
            return uid or top
        pid = person(written, pos)
        if pid is not None:
            return pid
        if re.fullmatch(r"[A-ZÅÄÖ]{2,6}", written.strip()) and (gid := group(written.strip(), pos, create=False)) \
                and not (d.group and gid == groups.entity(d.group)):
            # "Rådet ger LLG i uppdrag att …" where the roster spelled the letters out ("ordförande i Länsgemensam
            # ledningsgrupp Åby (LLG)"): the body they stand for, no one of that name (not the body that met by its
            # letters, "AG tar fram en affisch. KÖ ansv.": its notes name who does it)
            return gid
        if (k.match_organisation(written) is not None or k.split_organisation(written)[1] is not None
                # "Räddningstjänsten Åby" as the attendance writes where a member comes from
                or written.strip() in d.rostered
                or re.fullmatch(r"(?:[A-ZÅÄÖa-zåäö][a-zåäö]*-\s+och\s+)?[A-ZÅÄÖa-zåäö][a-zåäö]*förvaltningen", written.strip())
                # "Barnhälsovården utser en ny representant": a provider by its branch of care, as a unit ("centrala
                # elevhälsan": with the adjective that tells which)
                or _BRANCH_WITH_ADJECTIVE.fullmatch(written.strip())
                # "Kvalitetsenheten tar fram …", "Förebyggandeavdelningen tar fram …": a unit by its one word
                or ("enheten" in written or "avdelningen" in written) and _OWN_UNIT.fullmatch(written.strip())
                # "Avdelningen för hälsa och samverkan får i uppgift …": a unit by what it is for
                or _UNIT_FOR_WHAT.match(written.strip()) and _UNIT_FOR_WHAT_NAME.fullmatch(written.strip())
                # "Regionledningskontoret får i uppdrag …": a förvaltning called an office
                or written.strip().endswith("kontoret") and _OFFICE.fullmatch(written.strip())
                # "Länsstyrelsen", "Kommunförbundet" given a task by a forum they sit in
                or re.fullmatch(AUTHORITY, written.strip())
                # "Tidsvar AB ska utse …": a company by its form, a supplier or provider the roster need not name
                or re.fullmatch(r"[A-ZÅÄÖ][\wåäö&-]+(?:\s+[A-ZÅÄÖ][\wåäö&-]+){0,3}\s+AB", written.strip())
                # "Kansliet fick i uppdrag att …": the body's staff as a unit, when no one is named as theirs
                or written.strip() in ("Kansliet", "kansliet", "Sekretariatet", "sekretariatet")
                # "FoU Skogland får i uppdrag …": a unit by its short name with a capital inside, and its region
                or re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{1,2}[A-ZÅÄÖ](?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}", written.strip())):
            # "uppdra åt hälso- och sjukvårdsförvaltningen att …", "Samhällsbyggnadsförvaltningen ansvarar för
            # att …": a förvaltning named without its huvudman
            uid, top = org(written, None, pos)
            return uid or top
        return None

    # meeting
    group_id = None
    if d.group:
        group_id = groups.entity(d.group)
        group_ids.add(group_id)
        ents.mention(group_id, d.parsed.body or d.group, None)
    if d.parsed.date:
        basis = d.parsed.date_basis or "text"
    elif d.date:
        basis = "option"
    elif d.parsed.date_range:
        basis = "range"
        if not _said_date(d.parsed.warnings):
            warnings.append(f"{d.raw.path}: meeting date not stated; bounded by {d.parsed.date_range[0]}"
                            f" – {d.parsed.date_range[1]}")
    else:
        basis = None
        if not _said_date(d.parsed.warnings):
            warnings.append(f"{d.raw.path}: meeting date not stated")
    if d.group is None:
        warnings.append(f"{d.raw.path}: the body that met is not named")
    meeting = Meeting(meeting_id, source.id, group_id, d.date, None if d.date else d.parsed.date_range,
                      d.parsed.time, d.parsed.place, basis, d.group_basis if d.group else None, d.parsed.quote)

    # items
    items = []
    for pos, it in enumerate(d.parsed.items):
        if it.number is None:
            continue  # the running text of minutes without recognisable items is no agenda item
        parent_id = None
        if it.parent is not None:
            ppos = d.item_pos(it.parent)
            if ppos is not None and ppos != pos:
                parent_id = d.item_id(ppos)
        pres = []
        for p in it.presenters:
            pid = person(p, pos)
            if pid and pid not in pres:
                pres.append(pid)
        items.append(AgendaItem(d.item_id(pos), meeting_id, source.id, it.number, it.title, pos,
                                tuple(it.kind), parent_id, tuple(pres), tuple(it.distribution),
                                tuple(it.documents)))

    # decisions
    decisions, decision_ids = [], {}
    for dec in d.parsed.decisions:
        pos = d.item_pos(dec.item, dec.line)
        if pos is None and dec.item is not None:
            warnings.append(f"{d.raw.path}:{dec.line}: decision under unknown item {dec.item!r} skipped")
            continue
        did = make_id("decision", sha, dec.position)
        decision_ids[dec.position] = did
        said = quote(dec.text)  # a decision is its own evidence: kept apart only when its text is cut
        decisions.append(Decision(did, meeting_id, d.item_id(pos), source.id, dec.text, dec.position,
                                  dec.classification, said if said != dec.text else None))
        if dec.decided_by:
            if (_definite_of_own_kind(dec.decided_by, d.group)
                    and groups.canonical(dec.decided_by, d, pos, create=False) is None):
                # "Samrådet beslutar …" in the minutes of "Politiskt samråd X": the body that met, no new one
                gid = group(d.group, pos)
                if gid:
                    ents.mention(gid, dec.decided_by, d.item_id(pos))
            else:
                group(dec.decided_by, pos)

    # attendance and affiliations
    attendance: dict[str, Attendance] = {}
    affiliations: dict[str, Affiliation] = {}
    memberships: list[Membership] = []
    substitutes_listed: set[str] = set()  # guests listed under an "Ersättare" heading of their own
    for a in d.parsed.attendance:
        said = line_of(a.line)
        pid = person(a.name, None, said)
        if pid is None:
            warnings.append(f"{d.raw.path}:{a.line}: attendance entry {a.name!r} is not a person name")
            continue
        if a.status == "guest" and "ersättare" in a.roles and lines and _under_substitutes_heading(lines, a.line):
            substitutes_listed.add(pid)
        title, unit = a.title, a.unit
        if unit and not title:
            m = _TITLE_THEN_UNIT.match(unit)
            if m and k.is_unit(m.group(2)):
                title, unit = m.group(1), m.group(2)
        uid, top = org(unit, a.organisation, None)
        if not uid and not top and a.organisation and _NAMND_SEAT.fullmatch(a.organisation.strip()):
            # "Malin Törnkvist (S) | Barn- och utbildningsnämnden": the nämnd whose seat she holds, a body of its own
            group(a.organisation.strip(), None)
        status = a.status if a.status in ATTENDANCE_STATUSES else "present"
        sub = person(a.substitute_for, None) if a.substitute_for else None
        old = attendance.get(pid)
        roles = tuple(dict.fromkeys([*(old.roles if old else ()), *a.roles]))
        paragraphs = tuple(dict.fromkeys([*(old.paragraphs if old else ()), *a.paragraphs]))
        if old is not None:
            status = old.status if old.status == "present" else status
        attendance[pid] = Attendance(pid, meeting_id, source.id, status, roles, paragraphs,
                                     sub or (old.substitute_for_id if old else None),
                                     title or (old.title if old else None),
                                     uid or (old.unit_id if old else None), top or (old.huvudman_id if old else None),
                                     (old.quote if old else None) or said)
        target = uid or top
        if target:
            aid = make_id("affiliation", sha, pid, target)
            affiliations[aid] = Affiliation(aid, pid, target, source.id, title, d.date, quote=said)
    for n in d.rel.absent:
        pid = person(n, None)
        if pid is not None and pid not in attendance:
            attendance[pid] = Attendance(pid, meeting_id, source.id, "absent")

    # standing members of the body that met
    if group_id:
        # an absent secretary someone kept the notes for is an official, not a member
        stood_in_for = {person(n, None) for n in d.rel.notes_kept_for}
        for pid, att in attendance.items():
            if att.status == "absent" and pid in stood_in_for:
                continue
            # every ledamot and ersättare the list names, present or absent; an official listed
            # only as sekreterare, föredragande or adjungerad holds no seat
            seats = sorted((r for r in att.roles if _seat_rank(r) is not None), key=_seat_rank)
            roles = seats or (["ledamot"] if "justerare" in att.roles else [])
            if roles in ([], ["sekreterare"]) and att.status == "present" and (
                    fn := [r for r in att.roles if _GROUP_FUNCTION.fullmatch(r)]):
                roles = fn[:1]  # "Roll: Samordnare": the function in the body its roster gives, held as a seat
            if att.status == "guest" and roles == ["ersättare"] and (
                    pid in substitutes_listed or re.search(r"(?i)\bersättare\b|\b(?:tjg|tjänstg)\.?\s+ers\b", att.quote or "")):
                pass  # "Övriga närvarande: Vera Holst (KD), ersättare" ("…, ej tjg ers"): the body's substitute present without a seat today
            elif att.status not in ("present", "absent") or not roles or roles == ["sekreterare"]:
                continue  # a secretary who holds no other seat is an official, not a member
            memberships.append(Membership(make_id("membership", sha, "roster", pid), pid, group_id, source.id,
                                          roles[0], att.huvudman_id, None, d.date, None, "member", quote=att.quote))

    # memberships stated in the text
    implied: set[str] = set()  # the leaves a replacement implies ("A ersätter B": B leaves)
    for idx, m in enumerate(d.rel.memberships):
        pos = d.item_pos(m.item)
        pid = person(m.person, pos, m.quote)
        gid = group(m.group, pos)
        if pid is None or gid is None:
            warnings.append(f"{d.raw.path}: a membership in {m.group!r} names nobody known as a person")
            continue
        on_behalf = None
        if m.on_behalf_of:
            uid, top = org(None, m.on_behalf_of, pos)
            on_behalf = top or uid
        change = m.change if m.change in MEMBERSHIP_CHANGES else "member"
        when = m.effective or d.date  # a change may take effect after the meeting that decided it
        start = when if change in ("member", "join", "replace") else None
        end = when if change == "leave" else None
        memberships.append(Membership(make_id("membership", sha, idx), pid, gid, source.id, m.role, on_behalf,
                                      m.perspective, start, end, change, d.item_id(pos), m.quote))
        if change == "replace" and m.replaces:
            rid = person(m.replaces, pos)
            if rid is not None:
                implied.add(make_id("membership", sha, idx, "replaced"))
                memberships.append(Membership(make_id("membership", sha, idx, "replaced"), rid, gid, source.id,
                                              m.role, None, m.perspective, None, when, "leave", d.item_id(pos),
                                              m.quote))

    # a replacement may be written both ways ("A ersätter B" and B's leaving): keep each fact once
    memberships = _once(memberships, d.date)
    # the seat given up in one item and filled in the next ("§ 12 Avsägelse" / "§ 13 Fyllnadsval … efter B"):
    # B's leave the filling implies is the leave the document already told
    told = {(m.person_id, m.group_id) for m in memberships if m.change == "leave" and m.id not in implied}
    memberships = [m for m in memberships if m.id not in implied or (m.person_id, m.group_id) not in told]

    # assignments
    assignments = []
    for idx, asg in enumerate(d.rel.assignments):
        pos = d.item_pos(asg.item)
        if pos is None and asg.item is not None:
            warnings.append(f"{d.raw.path}: assignment under unknown item {asg.item!r} skipped")
            continue
        ids, roles = [], []
        for a in asg.assignees:
            x = anyone(a, pos)
            if x and x not in ids:
                ids.append(x)
            elif x is None and is_role(a, k) and a.strip() not in roles:
                roles.append(a.strip())
                # "Regionens representanter tar med sig frågan": they carry it for their organisation
                om = _ORG_DELEGATES.fullmatch(a.strip())
                owner = om and k.match_organisation(om.group("org"))
                oid = owner and anyone(om.group("org"), pos)
                if oid and oid not in ids:
                    ids.append(oid)
        if not ids and not roles:
            warnings.append(f"{d.raw.path}: task {asg.task!r} of no one known ({', '.join(asg.assignees)}) skipped")
            continue  # "NSPH erbjuder sig att …" where nothing known goes by the name: a task of no one is no fact
        if asg.follows_up:
            d.follow_ups.append((len(assignments), asg))
        assignments.append(Assignment(
            make_id("assignment", sha, idx), d.item_id(pos), source.id, asg.task, tuple(ids),
            decision_ids.get(asg.decision_position) if asg.decision_position is not None else None,
            body(asg.given_by, pos), anyone(asg.report_to, pos), asg.due, asg.due_date,
            asg.origin if asg.origin in ("decision", "narrative", "report") else "narrative",
            assignee_roles=tuple(roles), quote=asg.quote))

    # mandates
    mandates = []
    stated = set()
    for idx, m in enumerate(d.rel.mandates):
        pos = d.item_pos(m.item)
        fid, tid = body(m.from_body, pos), body(m.to_body, pos)
        if fid is None or tid is None or m.kind not in MANDATE_KINDS:
            warnings.append(f"{d.raw.path}: mandate {m.from_body!r} → {m.to_body!r} not resolved")
            continue
        if (fid, tid, m.kind) in stated or fid == tid:
            continue  # two spellings of one body: the mandate is stated once in these minutes
        stated.add((fid, tid, m.kind))
        mandates.append(Mandate(make_id("mandate", sha, idx), fid, tid, m.kind, source.id,
                                decision_ids.get(m.decision_position) if m.decision_position is not None else None,
                                d.item_id(pos), m.quote))

    # vacancies
    vacancies = []
    for idx, v in enumerate(d.rel.vacancies):
        pos = d.item_pos(v.item)
        hid = org(None, v.huvudman, pos)[1] if v.huvudman else None
        vacancies.append(Vacancy(make_id("vacancy", sha, idx), source.id, v.text, v.role,
                                 group(v.group, pos) if v.group else None, hid, d.item_id(pos)))

    # remaining groups and organisations named
    for rg in d.rel.groups:
        group(rg.name, d.item_pos(rg.item))
    for om in d.rel.organisation_mentions:
        pos = d.item_pos(om.item, om.line)
        if groups.looks_like_group(om.text) and k.match_organisation(om.text) is None:
            group(om.text, pos)
        else:
            org(om.text, None, pos)
    # every other person mention, so each person carries where it was named
    said_in: dict[tuple[str, int | None], str] = {}
    for m in d.rel.person_mentions:
        pos = d.item_pos(m.item, m.line)
        person(m.text, pos, m.quote)
        if m.quote:
            said_in.setdefault((clean_name(m.text), pos), m.quote)
            said_in.setdefault((clean_name(m.text), None), m.quote)
    for n in d.parsed.named:
        person(n, None)

    # unresolved mentions
    unresolved = []
    for (doc, pos, clean), (written, cands) in people.unresolved_of(d.index):
        node = people.resolved.get((doc, pos, clean))
        if node is not None:
            person_nodes[node.id] = node
            ents.mention(node.id, written, d.item_id(pos))
        unresolved.append(UnresolvedMention(make_id("unresolved", sha, clean, pos if pos is not None else ""),
                                            source.id, written, d.item_id(pos), cands,
                                            said_in.get((clean_name(written), pos))
                                            or said_in.get((clean_name(written), None))))

    persons = tuple(sorted((Person(n.id, n.display, ents.of(n.id)) for n in person_nodes.values()),
                           key=lambda p: (normalise_key(p.name), p.id)))
    # parent groups and huvudmän referenced by the entities named are shipped too
    for gid in list(group_ids):
        parent = groups.entities[gid].parent_id
        while parent and parent in groups.entities and parent not in group_ids:
            group_ids.add(parent)
            parent = groups.entities[parent].parent_id
    for oid in list(org_ids):
        p = orgs.entities[oid].parent_id
        if p:
            org_ids.add(p)
    organisations = tuple(sorted((_with_mentions(orgs.entities[o], ents.of(o)) for o in org_ids),
                                 key=lambda o: (o.classification, normalise_key(o.name))))
    group_out = tuple(sorted((_with_mentions(groups.entities[g], ents.of(g)) for g in group_ids),
                             key=lambda g: normalise_key(g.name)))
    return DocumentFacts(
        source=source, meeting=meeting, persons=persons, organisations=organisations, groups=group_out,
        items=tuple(items), decisions=tuple(decisions), attendance=tuple(attendance.values()),
        affiliations=tuple(affiliations.values()), memberships=tuple(memberships),
        assignments=tuple(assignments), mandates=tuple(mandates), vacancies=tuple(vacancies),
        unresolved=tuple(unresolved), warnings=tuple(warnings))


@lru_cache(maxsize=1 << 10)
def _seat_rank(role: str) -> int | None:
    """The place in MEMBER_ROLES of the seat a role at a meeting names ("2:e vice ordförande"), or None."""
    return next((i for i, s in enumerate(MEMBER_ROLES) if role == s or role.endswith(" " + s)), None)


def _with_mentions(entity, mentions):
    from dataclasses import replace
    aliases = set(entity.aliases)
    for m in mentions:
        if normalise_key(m.text) != normalise_key(entity.name):
            aliases.add(m.text)
    return replace(entity, mentions=mentions, aliases=tuple(sorted(aliases)))


# "enhetschef, Vård- och omsorgsförvaltningen": a title written before the unit
_TITLE_THEN_UNIT = re.compile(r"^((?:t\.?\s?f\.?\s+)?[a-zåäö][\wåäö\- ]*?(?:chef|direktör|strateg|ledare|samordnare|"
                              r"läkare|sekreterare|utvecklare|handläggare))[, ]+(.+)$")


def _said_date(warnings) -> bool:
    """Whether the parser already warned that the meeting date is missing."""
    return any("meeting date not stated" in w for w in warnings)


def _once(memberships: list[Membership], meeting_date: str | None = None) -> list[Membership]:
    """Memberships with repeats of the same fact (other id, same content) dropped, order kept; a
    standing seat the text restates under an item ("att notera att X är ledamot") is the seat the
    attendance list gave. A change told twice, once with the seat's role ("lämnar uppdraget som vice
    ordförande i G") and once without ("Y ersätter henne i G"), is the one with the role. A change told twice in
    one item with two dates ("B lämnar gruppen vid årsskiftet. A ersätter honom från den 1 januari": B's leave, then
    B's leave again as the one A replaces) is one change, dated as first told unless that was only the meeting's
    own day (what a change without a date of its own is given)."""
    roled = {(m.person_id, m.group_id, m.change, m.item_id) for m in memberships if m.role and m.change != "member"}
    seen, out = set(), []
    changes: dict[tuple, int] = {}
    for m in memberships:
        if not m.role and m.change != "member" and (m.person_id, m.group_id, m.change, m.item_id) in roled:
            continue
        if m.change != "member":
            key = (m.person_id, m.group_id, m.role, m.change, m.item_id)
            k = changes.get(key)
            if k is not None:
                was = out[k]
                out[k] = replace(was, start_date=was.start_date if was.start_date not in (None, meeting_date)
                                 else m.start_date or was.start_date,
                                 end_date=was.end_date if was.end_date not in (None, meeting_date)
                                 else m.end_date or was.end_date)
                continue
            changes[key] = len(out)
        fact = (m.person_id, m.group_id, m.role, m.change, m.start_date, m.end_date,
                None if m.change == "member" else m.item_id)
        if fact not in seen:
            seen.add(fact)
            out.append(m)
    return out


_LOOSE_LETTERS = {"a": "[aåä]", "o": "[oö]", "e": "[eé]"}


def body_from_path(path: str, text: str, knowledge: Knowledge) -> str | None:
    """The body a file name names ("00026_arbetsgrupp-digitala-moten_2018-03-08.txt"), or None.

    A body of the knowledge file is taken by its name; another body only when the name starts
    with a group-type word, and then as the text writes it ("Arbetsgrupp Digitala möten"), since
    file names drop the letters å, ä and ö.

    >>> from loaders.knowledge import load_knowledge
    >>> k = load_knowledge()
    >>> body_from_path("00002_samverkansgrupp-att-aldras_2018-01-10.txt", "", k)
    'Samverkansgrupp att åldras'
    >>> body_from_path("x/arbetsgrupp-digitala-moten_2018-03-08.txt", "... i Arbetsgrupp digitala möten ...", k)
    'Arbetsgrupp digitala möten'
    >>> body_from_path("arbetsgrupp-los_2019-01-01.txt", "Rutinen för LOS ...", k)
    'Arbetsgrupp LOS'
    >>> body_from_path("protokoll_2018-03-08.txt", "", k) is None
    True
    """
    stem = re.sub(r"\d{4}-\d{2}-\d{2}|\b\d{6,8}\b|^\d+", " ", Path(path).stem)
    slug = re.sub(r"[\s_\-.]+", " ", stem).strip()
    if len(slug) < 3:
        return None
    entry = knowledge.match_group(slug)
    if entry is not None:
        return entry.name
    words = slug.split()
    if knowledge.group_type(words[0]) is None:
        return None
    written = _as_written(words, text)
    if written is None and len(words) > 1:
        rest = _as_written(words[1:], text)
        written = f"{words[0]} {rest}" if rest else None
    written = written or slug
    return re.sub(r"\s+", " ", written[0].upper() + written[1:])


def _as_written(words: list[str], text: str) -> str | None:
    """``words`` as the text writes them, letting a/o/e of a file name stand for å, ä, ö and é."""
    loose = r"\s+".join("".join(_LOOSE_LETTERS.get(c, re.escape(c)) for c in w.casefold()) for w in words)
    m = re.search(rf"(?<!\w){loose}(?!\w)", text, re.IGNORECASE)
    return m.group(0) if m else None
