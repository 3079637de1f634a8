"""Typed data passed between the loader stages.

``read`` → :class:`RawDocument`; ``segment``/``extract`` → :class:`ParsedMinutes` (names as
written); ``relations`` → :class:`RawRelations` (names as written); ``resolve`` →
:class:`graph.model.DocumentFacts` (canonical ids).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawDocument:
    """A file read from disk: its text, content hash and media type."""

    path: str
    text: str
    sha256: str
    media_type: str  # text/plain, text/markdown, application/pdf, application/vnd...docx
    notes: tuple[str, ...] = ()  # what the reader says of how it read the file ("read by OCR …")
    # the file a message's text is read from: the minutes attached to it, by the name they were attached under
    # ("Protokoll PSR 2025-12-12.rtf"), which tells how the text is laid out and may date it
    written_as: str = ""


@dataclass
class AttendanceEntry:
    """One person in an attendance list, as written."""

    name: str
    status: str  # present | absent | guest
    roles: list[str] = field(default_factory=list)  # ordförande, sekreterare, justerare, ersättare, adjungerad, ledamot
    title: str | None = None  # "förvaltningschef", "t.f. förvaltningschef"
    unit: str | None = None  # "Socialförvaltningen", "Enheten för kvalitet och utveckling"
    organisation: str | None = None  # huvudman or other top organisation as written
    party: str | None = None  # "(S)", "(M)" for political bodies
    paragraphs: list[str] = field(default_factory=list)  # ["§110"] for partial attendance
    substitute_for: str | None = None  # the member a serving ersättare replaces
    line: int = 0  # 1-based line in the text where the entry starts
    initials: str | None = None  # "AL" where the roster gives them ("Anna Lund (AL)"); later text may use them
    seats: list[tuple[str, str]] = field(default_factory=list)  # ("ordförande", "LVO") for "…, ordförande i LVO"
    new: bool = False  # marked new in the body: "ledamot (ny)", "Holmgren, Petra – Åby kommun (ny)"


@dataclass
class ParsedDecision:
    """One att-clause under a '... beslutar' heading."""

    item: str | None  # number of the item it belongs to, as written (see ParsedItem.number); None: no item
    text: str  # the clause without its leading 'att', whitespace normalised
    position: int  # order within the document
    classification: str | None = None  # informational | tabled | adjourned | None
    decided_by: str | None = None  # the body as written in 'X beslutar' ("LSVO", "Samverkansgruppen")
    line: int = 0


@dataclass
class ParsedItem:
    """An agenda item (§ or numbered point) with its body text."""

    # as written, sub-items qualified: "130", "49/24", "4", "10a", "49/24-a", "136a"; None for the
    # running text of minutes whose agenda items could not be recognised (no agenda item)
    number: str | None
    title: str
    kind: list[str] = field(default_factory=list)  # B / I / D
    presenters: list[str] = field(default_factory=list)  # names as written
    parent: str | None = None  # number of the parent item for sub-items
    body: str = ""  # the item's running text (title and presenter lines excluded)
    line_start: int = 0
    line_end: int = 0
    distribution: list[str] = field(default_factory=list)  # "Protokollet ska skickas till"
    documents: list[str] = field(default_factory=list)  # "Dokument:" lists


@dataclass
class ParsedMinutes:
    """What the segment and extract stages read from one document, names as written."""

    path: str
    layout: str  # formal | numbered | digital | kommun | unknown
    body: str | None = None  # the body that met, as written ("LSVO", "Samverkansgrupp att åldras")
    date: str | None = None  # ISO date when the text states the meeting date
    date_range: tuple[str, str] | None = None  # bounds from dated references when it does not
    time: str | None = None  # "08.15-12.00"
    place: str | None = None
    attendance: list[AttendanceEntry] = field(default_factory=list)
    items: list[ParsedItem] = field(default_factory=list)
    decisions: list[ParsedDecision] = field(default_factory=list)
    paragraphs_range: tuple[str, str] | None = None  # "Paragrafer: §108 - §117"
    warnings: list[str] = field(default_factory=list)
    named: list[str] = field(default_factory=list)  # people the header names outside the attendance ("Projektägare: …")
    preamble: list[str] = field(default_factory=list)  # header lines that are no attendance ("Projektägare: …, ordförande i …")
    # how ``body`` and ``date`` were found: "text" (stated), "inferred" (the body the items speak of
    # most), "filename", "option" (the default date given), "sidecar", "range" (date bounded only)
    body_basis: str | None = None
    date_basis: str | None = None
    quote: str | None = None  # the header lines that state the body and the date
    justering_date: str | None = None  # ISO date of "Justeringens plats och tid  …, fredagen den 31 oktober 2025"
    administrations: list[str] = field(default_factory=list)  # förvaltningar the text names ("Socialförvaltningen")
    writer: str | None = None  # who sent the notes as an e-mail ("Från: …"): the "jag" of its text
    letterhead: str | None = None  # the huvudman on the letterhead ("REGION ÅS" → "Region Ås")
    # the short forms a legend of the notes defines: {"SG": "Styrgrupp Nära vård"} of "(SG = Styrgrupp Nära vård)"
    legend: dict[str, str] = field(default_factory=dict)
    # the body's name with the place its title in capitals gives after a dash, where ``body`` leaves the place out
    # ("ARBETSGRUPP SIP – SÄLVIK": "Arbetsgrupp SIP – Sälvik"), a name the body also goes by
    body_with_place: str | None = None


@dataclass
class NameMention:
    """A person named in running text, as written, with where it was found."""

    text: str
    item: str | None = None
    line: int = 0
    quote: str | None = None  # the sentence it was named in, trimmed


@dataclass
class RawAssignment:
    item: str | None  # None: in minutes without recognisable agenda items
    assignees: list[str]  # people or bodies, as written
    task: str
    origin: str  # decision | narrative
    decision_position: int | None = None  # ParsedDecision.position when from a decision
    given_by: str | None = None  # body as written
    report_to: str | None = None  # body or person as written
    due: str | None = None  # "vid LSVO 19 januari", "i september", "senast 2025-12-31"
    due_date: str | None = None  # ISO where the due point names a full date
    follows_up: bool = False  # the item reports back ("Återkoppling", "Uppföljning")
    report_back: bool = False  # a report on a task done ("EB har kontaktat …"), kept only where it follows one up
    quote: str | None = None  # the sentence or row it was read from, trimmed


@dataclass
class RawMembership:
    person: str  # as written
    group: str  # as written
    role: str | None = None
    on_behalf_of: str | None = None  # huvudman as written
    perspective: str | None = None
    change: str = "member"  # member | join | leave | replace
    item: str | None = None
    replaces: str | None = None  # for change == replace: the person leaving
    effective: str | None = None  # ISO date the change takes effect, where written ("från och med 1 november 2024")
    quote: str | None = None  # the sentence it was read from, trimmed


@dataclass
class RawMandate:
    from_body: str
    to_body: str
    kind: str  # delegates | reports_to | refers | recommends
    item: str | None = None
    decision_position: int | None = None
    quote: str | None = None  # the sentence it was read from, trimmed


@dataclass
class RawGroup:
    """A collaboration body named or created in the document."""

    name: str  # as written
    item: str | None = None
    level: str | None = None
    parent: str | None = None  # as written ("LSVO" for "en styrgrupp som under LSVO ...")
    created: bool = False


@dataclass
class RawVacancy:
    text: str
    role: str | None = None
    huvudman: str | None = None
    group: str | None = None
    item: str | None = None


@dataclass
class RawRelations:
    """Facts read from decisions and running text, names as written."""

    assignments: list[RawAssignment] = field(default_factory=list)
    memberships: list[RawMembership] = field(default_factory=list)
    mandates: list[RawMandate] = field(default_factory=list)
    groups: list[RawGroup] = field(default_factory=list)
    person_mentions: list[NameMention] = field(default_factory=list)
    organisation_mentions: list[NameMention] = field(default_factory=list)
    vacancies: list[RawVacancy] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)  # "Helene inte deltar i mötet"
    # the regular secretary someone stood in for: "Johanna för anteckningarna i dag då Hanna har förhinder"
    notes_kept_for: list[str] = field(default_factory=list)
