"""The domain model: plain frozen dataclasses, no I/O.

One minutes document becomes one :class:`DocumentFacts`: its :class:`Source`, the
:class:`Meeting`, agenda items, decisions, attendance, assignments, memberships, mandates
and the people, organisations and groups it names. Every fact carries provenance: the
source id and, where it has one, the agenda item id.

Shared entities (people, organisations, groups) are identified by canonical names, so the
same person named in two documents is one node; document-owned facts (meetings, items,
decisions, assignments ...) have ids derived from the source hash and item number.
"""
from __future__ import annotations

from dataclasses import dataclass, field

LEVELS = ("politisk", "strategisk", "taktisk", "operativ")
ORG_CLASSES = ("huvudman", "unit", "external")
ATTENDANCE_STATUSES = ("present", "absent", "guest")
MANDATE_KINDS = ("delegates", "reports_to", "refers", "recommends")
MEMBERSHIP_CHANGES = ("member", "join", "leave", "replace")


QUOTE_LIMIT = 300  # characters of evidence kept with a fact


def quote(text: str | None, limit: int = QUOTE_LIMIT) -> str | None:
    """The words a fact was read from, whitespace collapsed and cut at a word to ``limit`` characters.

    >>> quote("  LSVO   beslutar\\n att godkänna  ")
    'LSVO beslutar att godkänna'
    >>> quote("ett två tre fyra", limit=10)
    'ett två …'
    """
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text or None
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + " …"


@dataclass(frozen=True)
class Source:
    """A minutes document as loaded: where it came from and what it contained."""

    id: str
    path: str
    sha256: str
    media_type: str = "text/plain"


@dataclass(frozen=True)
class Mention:
    """Where a shared entity is named: the surface form and the item it appears in."""

    text: str
    item_id: str | None = None
    quote: str | None = field(default=None, compare=False)  # the sentence or line it is named in


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Organisation:
    """A huvudman (Region Blekinge or a kommun), a unit inside one, or an external body."""

    id: str
    name: str
    classification: str  # one of ORG_CLASSES
    parent_id: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Group:
    """A collaboration body (LSVO, a samverkansgrupp, a styrgrupp, an arbetsgrupp ...)."""

    id: str
    name: str
    level: str | None = None  # one of LEVELS
    parent_id: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Meeting:
    id: str
    source_id: str
    group_id: str | None
    date: str | None = None  # ISO date when the text states it
    date_range: tuple[str, str] | None = None  # tightest bounds when it does not
    time: str | None = None
    place: str | None = None
    date_basis: str | None = None  # "text", "filename", "option", "range", "sidecar", "correction"
    group_basis: str | None = None  # "text", "inferred", "filename", "option", "sidecar", "correction"
    quote: str | None = None  # the header lines that state the body and the date


@dataclass(frozen=True)
class AgendaItem:
    id: str
    meeting_id: str
    source_id: str
    number: str  # as written: "130", "49/24", "4", "10a", "49/24-a"
    title: str
    position: int
    kind: tuple[str, ...] = ()  # B / I / D
    parent_id: str | None = None
    presenter_ids: tuple[str, ...] = ()
    distribution: tuple[str, ...] = ()  # "Protokollet ska skickas till"
    documents: tuple[str, ...] = ()  # "Dokument:"


@dataclass(frozen=True)
class Decision:
    id: str
    meeting_id: str
    item_id: str | None  # None in minutes without recognisable agenda items
    source_id: str
    text: str
    position: int
    classification: str | None = None  # "informational", "tabled", "adjourned", None
    quote: str | None = None  # the words it was read from, trimmed, where they are not ``text`` itself


@dataclass(frozen=True)
class Attendance:
    person_id: str
    meeting_id: str
    source_id: str
    status: str  # one of ATTENDANCE_STATUSES
    roles: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    substitute_for_id: str | None = None
    title: str | None = None
    unit_id: str | None = None
    huvudman_id: str | None = None
    quote: str | None = None  # the attendance line, trimmed


@dataclass(frozen=True)
class Affiliation:
    """A person's employment as the minutes state it: title, unit and huvudman at a date."""

    id: str
    person_id: str
    organisation_id: str
    source_id: str
    title: str | None = None
    date: str | None = None
    item_id: str | None = None
    quote: str | None = None  # the attendance line that states it, trimmed


@dataclass(frozen=True)
class Membership:
    """A person's seat in a group, dated by the meeting that records it."""

    id: str
    person_id: str
    group_id: str
    source_id: str
    role: str | None = None
    on_behalf_of_id: str | None = None
    perspective: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    change: str = "member"  # one of MEMBERSHIP_CHANGES
    item_id: str | None = None
    quote: str | None = None  # the sentence or attendance line it was read from, trimmed


@dataclass(frozen=True)
class Assignment:
    """A task (uppdrag) given to people or bodies."""

    id: str
    item_id: str | None  # None in minutes without recognisable agenda items
    source_id: str
    task: str
    assignee_ids: tuple[str, ...]
    decision_id: str | None = None
    given_by_id: str | None = None
    report_to_id: str | None = None
    due: str | None = None  # as written: "vid LSVO 19 januari", "till nästa möte"
    due_date: str | None = None  # ISO, where the due point names a date
    origin: str = "decision"  # "decision", "narrative", or "report" (a task reported done, following one up)
    follows_up_ids: tuple[str, ...] = ()  # earlier assignments this one reports back on
    assignee_roles: tuple[str, ...] = ()  # assignees named by role only ("Projektledare hemsjukvårdsavtal")
    quote: str | None = None  # the sentence or table row it was read from, trimmed


@dataclass(frozen=True)
class Mandate:
    id: str
    from_id: str
    to_id: str
    kind: str  # one of MANDATE_KINDS
    source_id: str
    decision_id: str | None = None
    item_id: str | None = None
    quote: str | None = None  # the sentence it was read from, trimmed


@dataclass(frozen=True)
class Vacancy:
    """A role the minutes say is not yet filled."""

    id: str
    source_id: str
    text: str
    role: str | None = None
    group_id: str | None = None
    huvudman_id: str | None = None
    item_id: str | None = None


@dataclass(frozen=True)
class UnresolvedMention:
    """A short form ("Mats", "Lena H") the evidence does not pin to one person."""

    id: str
    source_id: str
    text: str
    item_id: str | None = None
    candidate_ids: tuple[str, ...] = ()
    quote: str | None = None  # the sentence it was written in, trimmed


@dataclass(frozen=True)
class DocumentFacts:
    """Everything one minutes document contributes to the graph."""

    source: Source
    meeting: Meeting
    persons: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    groups: tuple[Group, ...] = ()
    items: tuple[AgendaItem, ...] = ()
    decisions: tuple[Decision, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    memberships: tuple[Membership, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    mandates: tuple[Mandate, ...] = ()
    vacancies: tuple[Vacancy, ...] = ()
    unresolved: tuple[UnresolvedMention, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)
