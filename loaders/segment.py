"""Split a minutes text into header, table of contents, items and signatures, with line spans.

Three families of item headings are recognised:

* paragraphs: ``§ 108`` / ``§108 Title`` / ``§ 46/24`` / ``§ 12 Dnr SN 2024/123``,
* numbered points: ``4). Kunskapsstyrning (I/D)``,
* markdown headings: ``## 3. Budget`` / ``## § 3 Budget`` / ``### Punkt 3: Budget``,

and, where none of those is found, plain lines: ``1. Inledning``, ``12/25 Budget``, ``B. Budget``,
``3 Kartläggning`` (a Word heading numbered by its style, as a PDF gives it), and last Markdown
headings without numbers (``## Budget``), numbered in order. Then sub-items inside an item: ``a/ Title``, ``a). Title``, ``b/Title``, ``9 a/Title``,
``10a Title``, ``10d. Title``. A table of contents (the same § numbers listed before the
items themselves) is recognised and kept apart. Item numbers must rise through the
document, so a line that merely starts with a reference ("§100 Vårdplatsprocessen: ...")
inside an item is not taken for a heading.

>>> seg = segment_minutes("§ 1\\nMötets öppnande\\nText.\\n§ 2\\nBudget\\n")
>>> [(i.number, i.title, i.heading_line, i.end) for i in seg.items]
[('1', 'Mötets öppnande', 1, 3), ('2', 'Budget', 4, 5)]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from samverkan.loaders.clean import CleanText, clean
from samverkan.loaders.formats import hurried_approvals

_PARA = re.compile(r"^§\s?(\d{1,4})(?:\s?/\s?(\d{2,4}))?(?![\d/])\s*[.:]?\s*(.*)$")
# a kommun protocol's paragraphs numbered per body: "SN § 21", "KS § 123", "KSAU § 7"
# (a row of a decision log, "1 <tab> § 1 <tab> Dagordningen godkänns.", numbers the row and then names the
# paragraph: no heading)
_NUMBER_PARA = re.compile(r"^(\d{1,4})\s?§(?:\s+(?!\d)(.*))?$")
_PARA_PREFIX = re.compile(r"^[A-ZÅÄÖ]{1,6}\s?(?=§\s?\d)")
# paragraphs taken together under one heading, each listed after it with its number: "§§ 12–14 Anmälningar" /
# "12. Protokoll från …" / "13. Skrivelse från …" / "14. Rapport från …"
_PARA_GROUP = re.compile(r"^§§\s?(\d{1,4})\s?[–-]\s?(\d{1,4})\b")
_GROUPED_POINT = re.compile(r"^(\d{1,4})[.)]\s+(\S.*)$")
# a sentence telling of a paragraph, its verb after the number: "§ 49 justerades omedelbart", "§ 12 bordlades"
_PARA_TOLD = re.compile(r"(?:justerades|justeras|bordlades|bordläggs|ajournerades|behandlades|behandlas|återremitterades|"
                        r"är|var|har|hade|utgår|utgick|tjänstgjorde|tjänstgör|deltog|närvarade)\b")
# "§ 6–8 tjänstgjorde Eva Ek i stället för Per Ek": a range of paragraphs and what was told of them, no heading
_PARA_RANGE_TOLD = re.compile(r"[–-]\s?\d{1,4}\s+[a-zåäö]")
_NUMBERED = re.compile(r"^(\d{1,2})\s?\)\s?\.?(?:\s+(.*))?$")
_MD_NUMBER = re.compile(r"^(?:§\s?)?(\d{1,3})(?:\s?/\s?(\d{2,4}))?[.):]?\s+(\S.*)$")
# "1. Föregående anteckningar", "4: SIP – statistik t.o.m. juli": a title, not a sentence (a dot
# only inside an abbreviation); a title may ask its question ("3. Mobilt team – Åby i en andra etapp?")
# (its last word cut short in a hurry: "1. Föregående anteckn.", "6. Övr. frågor", "2. Ekonomi, forts.")
# (or any word cut after a consonant and its "n", as no whole Swedish word ends: "Sammansättn.", "Inledn.",
# "Uppföljn."; not "namn", "regn")
_CUT_WORD = r"(?:anteckn|ant|föreg|övr|ang|forts|uppf|prot|handl|sammantr|ekon|verks|utb|inf|mtg|m\.m|osv|[a-zåäö]{2,}[bdfjklprstv]n)\."
# (the title a cut word alone: "6. Övr."; a one-letter preposition's dot before a name: "3. Ang. sammanslagning
# m. MAS-nätverket", and a short preposition's before a place or body: "2. Avvikelser fr. Åby", "3. Rutin enl.
# Norrby"; two cut words joined by a plus: "1. Inledn. + föreg. anteckn."; a question put before the topic:
# "1. Hur går det? Mätningar sedan sist", or a note in brackets after it: "2. Vad har fungerat bra? (gröna
# lappar)", a workshop's question over the notes it gathered)
_PLAIN_NUMBER = re.compile(r"^(\d{1,3})[.:]\s+((?i:" + _CUT_WORD + r")|[A-ZÅÄÖ](?:[^.!?]|\.(?=[^\s.!?]|\s+[a-zåäö\d]|\s+[+&]\s)"
                           r"|(?:(?<=\s[a-zåäö])|(?<=\s[Ff]r)|(?<=\s[Aa]ng)|(?<=\s[Ee]nl)|(?<=\s[Jj]mf)|(?<=\s[Ii]nkl))\.(?=\s+[A-ZÅÄÖ])"
                           r"|\?(?=\s+[A-ZÅÄÖ(])){1,100}(?:\s" + _CUT_WORD + r")?\??)$")
# "2. föreg. anteckn.": notes typed in a hurry, no capital at a line's start, the items' titles included
# (an acronym may open one of them: "3. SIP-rutinen")
_LOWER_NUMBER = re.compile(r"^(\d{1,2})[.)]\s+([a-zåäö][^\n]{1,60}|[A-ZÅÄÖ]{2,6}(?![a-zåäö])[^\n]{0,60})$")
# "2. Utbildning – Rådet har rekommenderat …": a short topic, a dash, and what was said of it
_TOPIC_NUMBER = re.compile(r"^(\d{1,2})[.:]\s+([A-ZÅÄÖ][^.!?–—:]{1,50}?)\s+[–—]\s+(\S.{10,})$")
# protocol numbers without '§': "12/25 Budget 2026"
_YEAR_NUMBER = re.compile(r"^(\d{1,3})/(\d{2})\s+([A-ZÅÄÖ].{1,100})$")
# "P 3. Utbildningsdag": a point's abbreviation, capital and followed by a titled number only
# ("PKT 3 | Återkoppling från LSVO": the abbreviation written out, a bar between number and title; "Punkt 3 · Lokaler":
# a middle dot)
# ("Item 3 - SIP för barn", "Agenda item 3: Budget": a notes template whose labels are in English)
_POINT = re.compile(r"^(?:(?:Punkt|Pkt\.?|Ärende|Ärendepunkt|Paragraf:?|Item|Agenda\s+item)\s+|(?-i:P)\.?\s?(?=\d{1,2}[.:)]?\s+[A-ZÅÄÖ]))(\d{1,3}|[IVX]{1,5}\b|[A-Z]\b)\s*[.:)|·–-]?\s*(.*)$",
                    re.IGNORECASE)
# items lettered or in Roman numerals, typed without heading styles: "B. Budget 2026", "II. Val av plattform"
_PLAIN_LETTER = re.compile(r"^([IVX]{1,5}|[A-Z])[.)]\s+([A-ZÅÄÖ](?:[^.!?]|\.(?=[^\s.!?]|\s+[a-zåäö\d])){1,100})$")
_ROMAN = {"I": 1, "V": 5, "X": 10}
# items lettered in small letters with a bracket, typed in a mail's plain text: "a) Förra mötet", "b) Nytt i gruppen"
_SMALL_LETTER = re.compile(r"^([a-p])\)\s+([A-ZÅÄÖ](?:[^.!?]|\.(?=[^\s.!?]|\s+[a-zåäö\d])){1,100})$")
# a council's own items numbered after its acronym without '§': "KHR 4 Ny ledamot", "IR 36 Mötets öppnande"
_ACRONYM_NUMBER = re.compile(r"^([A-ZÅÄÖ]{2,6})\s(\d{1,3})\s+([A-ZÅÄÖ](?:[^.!?]|\.(?=[^\s.!?]|\s+[a-zåäö\d])){1,100})$")
# points that are sentences, as a village council's notes number what was said and decided:
# "2. Dagordningen lästes upp och godkändes." (the line is the item's text, its first sentence its title)
# (a sentence the page wrapped ends on a later line: "4. Sofia Renberg informerade om … för" / "2026. …")
_SENTENCE_NUMBER = re.compile(r"^(\d{1,2})\.\s+([A-ZÅÄÖ](?:[^\n]{3,}?[.!?](?=\s|$)|[^\n]{30,}$))")
# … such a point opened by its title as a label: "Ny medlem / avgår: Britt-Marie slutar i rådet …", "Övrigt: julfika …"
_LABEL_THEN_TEXT = re.compile(r"^(?P<title>[A-ZÅÄÖ][^.:;!?\n]{1,60}?):\s+(?P<text>\S[^\n]*)$")
# "3 Kartläggning av nuläget": a Word heading numbered by its style, whose number a PDF gives
# with a space only; a title, not a sentence, and only as an unbroken run from 1. Set off by a
# typed gap ("2  Från styrgruppen 19 mars") the title may hold a date; after one space it may not,
# though it may hold a year ("2 Verksamhetsplan 2026")
# (a title may hold a colon within: "12  Remiss: Riktlinjer för hemtjänst"); a dash between the number and
# the title sets it off as a gap does ("3 – Kartläggning av nuläget", "3 - Kartläggning 19 mars"), and so does a
# middle dot or a bar, as notes typed in Markdown set a heading's number apart ("3 · Kartläggning", "3 | Budget")
_BARE_NUMBER = re.compile(r"^(\d{1,2})(?:\s(?=(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d))*$)|\t\s*| {2,}|\s+[–—·|-]\s+)"
                          r"([A-ZÅÄÖ](?:[^.!?:;]|:(?=\s[A-ZÅÄÖ])){1,80})$")


def _key(label: str) -> int:
    """The rank of an item label: 3 for '3', 'C' and 'III' alike (I, V and X read as Roman numerals)."""
    if label.isdigit():
        return int(label)
    label = label.upper()
    if set(label) <= set(_ROMAN):
        values = [_ROMAN[c] for c in label]
        return sum(-v if nxt > v else v for v, nxt in zip(values, values[1:] + [0]))
    return ord(label) - ord("A") + 1


def _letter_rank(label: str) -> int:
    """The rank of a small letter heading an item: 1 for 'a', 9 for 'i' (no Roman numeral among small letters).

    >>> _letter_rank("a"), _letter_rank("i")
    (1, 9)
    """
    return ord(label) - ord("a") + 1


_SUB = re.compile(r"^(?:(\d{1,3})\s?)?([a-p])\s?(?:/|\)\s?\.?|\.)\s*(\S.*)$")
# a title followed, on the same line, by running text of its own
# a numbered point that is a whole sentence of the notes, not a sub-item's title ("1.1 Anteckningarna från
# förra mötet gicks igenom och lades till handlingarna.", "5.2 Kommunen utser en ny representant.")
_NOTE_POINT = re.compile(r"^(?:\S+\s+){5,}\S*[^\s.]\.$")
_RUN_IN = re.compile(r"^[^.!?]{2,80}[.!?]\s+[A-ZÅÄÖ][^.!?]*\s\w+\s\w+\s\w+")
_SUB_DECIMAL = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+([A-ZÅÄÖ].{0,150})$")
_SUB_GLUED = re.compile(r"^(\d{1,3})([a-p])\s?[.)]?\s+(\S.*)$")
_ATT_START = re.compile(r"^att\b", re.IGNORECASE)
_DNR = re.compile(r"\s*\b(?:Dnr|Diarienr|Diarienummer|Dnr:)\b.*$", re.IGNORECASE)
_DNR_THEN_TITLE = re.compile(r"(?i:dnr|diarienr|diarienummer)\.?:?\s*(?:[A-ZÅÄÖ]{1,6}[ .-]?)?\d{2,4}[/.:-]\d{1,6}"
                             r"(?:[/.:-]\d{1,4})?\s+(?P<title>[A-ZÅÄÖ][^\n]{3,})$")
# "(Dnr 2025/118)", "(dnr KS 2025/31)": a diary number in brackets, the item's title after it
_DNR_PAREN = re.compile(r"\((?i:dnr|diarienr|diarienummer)\.?:?\s*[^()]{1,30}\)\s*[.:–-]?\s*(\S.*)?$")
_KIND = re.compile(r"\(\s*([BID](?:\s*/\s*[BID]){0,3})\s*\)")
_KIND_WORD = re.compile(r"\(\s*(beslut|information|diskussion|dialog)\s*\)", re.IGNORECASE)
_NOTE = re.compile(
    r"\(\s*(?:se\s+)?(?:utskick|ppt|bilaga|bilagor|handling|handlingar|powerpoint|presentation)\b[^()]{0,60}\)",
    re.IGNORECASE,
)
_TOC_LABEL = re.compile(
    r"^(?:ärendeförteckning|innehållsförteckning|ärendelista|innehåll|dagordning|föredragningslista)\s*:?$",
    re.IGNORECASE,
)
_TOC_TRAILING = re.compile(r"§\s?\d{1,4}(?:\s?/\s?\d{2,4})?\s*$")
_AGENDA_TITLE = re.compile(r"dagordning|föredragningslista|ärendelista", re.IGNORECASE)
# an item that lists the documents reported to the body ("§ 8 Anmälningsärenden / a) Protokoll från …"):
# its lettered lines are those documents, no sub-items
_DOCUMENT_LIST_TITLE = re.compile(r"anmälningsärenden|anmälan\s+av|meddelanden|delgivningar|delegations?beslut|"
                                  r"delegeringsbeslut", re.IGNORECASE)
_PRESENTER = re.compile(r"^(?:(?:föredragande|föredragare)\s*:|föredr\.)", re.IGNORECASE)
_SIGNATURE_START = re.compile(r"^(?:underskrifter|underskrift|vid protokollet|vid anteckningarna|vid pennan|antecknat av|justerat|justeras)\b",
                              re.IGNORECASE)
# a signature line of its own, the role, the line to sign on and the name: "Ordförande ______ Eva Ek",
# "Justerare ........ Per Lund" (or the line to sign on cleaned away, two spaces left between role and name)
_SIGNATURE_LINE = re.compile(r"^(?:[Oo]rdförande|[Jj]usterare|[Jj]usterande|[Ss]ekreterare|[Pp]rotokollförare)\s*:?"
                             r"(?:\s*(?:_{4,}|\.{6,}|…{3,})|\s{2,}(?=[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][\wåäöé-]+){1,2}\s*$))")
# the signing roles side by side over their names, a Word table's row: "Ordförande\tJusterare\tSekreterare"
_SIGNATURE_ROLES_ROW = re.compile(r"^(?:ordförande|justerare|justerande|sekreterare|protokollförare)"
                                  r"(?:(?:\t|\s{2,})(?:ordförande|justerare|justerande|sekreterare|protokollförare)){1,3}$",
                                  re.IGNORECASE)
# the signing roles each before its name on a line of its own, one after the other as a meeting system exports the
# block: "Ordförande Mikaela Storm" / "Justerare Håkan Frisell" (one such line alone may be a sentence's start)
_SIGNER_LINE = re.compile(r"^(?:[Oo]rdförande|[Jj]usterare|[Jj]usterande|[Ss]ekreterare|[Pp]rotokollförare)\s*:?\s+"
                          r"[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][\wåäöé-]+){1,2}$")


def _opens_signer_run(lines: list[str], idx: int) -> bool:
    """Whether line ``idx`` (0-based) and the next non-empty line both give a signing role and a name.

    >>> _opens_signer_run(["Ordförande Mikaela Storm", "Justerare Håkan Frisell"], 0)
    True
    >>> _opens_signer_run(["Ordförande Mikaela Storm", "hälsade välkommen."], 0)
    False
    """
    if not _SIGNER_LINE.match(lines[idx].strip()):
        return False
    nxt = next((s.strip() for s in lines[idx + 1:] if s.strip()), "")
    return bool(_SIGNER_LINE.match(nxt))


# the notes of a second, shorter meeting put after the ordinary one's last point: "EXTRA AVSTÄMNING 22/2 2028",
# "Extra möte 2028-02-22 (Teams)", "Extrainsatt möte den 3 mars": another day's meeting, no part of that point
_LATER_MEETING = re.compile(r"^(?:kort\s+)?(?:extra|extrainsatt|extrainkallat|tillkommande)\s+(?:kort\s+)?"
                            r"(?:möte|mötet|avstämning|avstämningsmöte|sammanträde|telefonmöte|teamsmöte)\b"
                            r"(?=.{0,30}?\b(?:\d{1,2}/\d{1,2}|\d{4}-\d\d-\d\d|\d{1,2}\s+[a-zåäö]{3,}))", re.IGNORECASE)
# the box certifying the notice of the justering ("ANSLAG/BEVIS"), which a PDF may print after the last §
_NOTICE_BOX = re.compile(r"^(?:anslag\s*/\s*bevis|anslagsbevis|bevis\s+om\s+anslag|bevis\s*/\s*anslag)\s*$", re.IGNORECASE)
_ATTENDANCE_LABEL = re.compile(
    r"^[-•]?\s*(?:närvarande|ledamöter|beslutande|tjänstgörande|ersättare|frånvarande|förhinder|övriga\s+deltagare|"
    r"övriga\s+närvarande|tjänstepersoner|tjänstemän|deltagare|adjungerade?|gäst(?:er)?|sekreterare|ordförande|"
    r"[a-zåäö]*teamet\s*:|(?:arbets|projekt)?gruppen\s*:|processledare\s*:|"
    r"anm\.?\s+(?:förhinder|frånvaro)|"
    r"suppleanter|sekretariatet|dessutom|även\s+närvarande|förtroendevalda|föreningsrepresentanter|organisationsrepresentanter|"
    # a youth council's or assembly's adults: "Vuxna kontaktpersoner och övriga närvarande"
    r"(?:vuxna\s+)?(?:kontaktpersoner|kontaktpolitiker)\b(?=\s*(?::|$|och\s+övriga))|"
    # the officials who serve the body: "Stöd till styrgruppen", "Stödfunktioner"
    r"stöd\s+till\s+[a-zåäö]*(?:gruppen|nätverket|rådet|teamet)\s*:?\s*$|stödfunktion(?:er(?:na)?)?\s*:?\s*$|"
    # an owners' council: "Ägarnas företrädare" over the owners' people, "Från bolaget" over the company's
    r"(?:ägarnas|ägarkommunernas|medlemmarnas)\s+(?:företrädare|representanter)|ägarföreträdare|ägarrepresentanter|från\s+bolaget|"
    # a meeting app's notes template set to English
    r"attendees|participants|absent|apologies|"
    # a conference of the actors of a län, called over Rakel or telephone: "Uppropet – anslutna aktörer",
    # "Deltagande aktörer", "Anslutna aktörer"
    r"upprop(?:et)?(?=\s*[–:-]|\s*$)|(?:anslutna|deltagande|närvarande)\s+aktörer|"
    # a summary's own words: "På mötet deltog …", "Vid mötet närvarade …", "Följande deltog: …"
    r"(?:på|vid)\s+(?:mötet|sammanträdet)\s+(?:deltog|närvarade)|följande\s+(?:deltog|närvarade|var\s+närvarande|deltagare)|"
    r"(?:mötet|sammanträdet)\s+hade\s+följande\s+deltagare)\b",
    re.IGNORECASE,
)
_HEADER_END_LABEL = re.compile(
    r"^[-•]?\s*(?:underskrifter|underskrift|paragrafer|paragraf|justeringens|plats\s+och\s+tid\s+för\s+justering|"
    r"innehållsförteckning|ärendeförteckning|utses\s+att\s+justera)\b",
    re.IGNORECASE,
)
_KIND_LETTERS = {"beslut": "B", "information": "I", "diskussion": "D", "dialog": "D"}
# the item's kind as a line of its own under the heading: "Beslutsärende", "*Informationsärende*"
_KIND_TAG_LINE = re.compile(r"^[*_(\[]*\s*(beslut|information|diskussion|dialog)s?ärende\s*[*_)\]]*\.?$", re.IGNORECASE)


@dataclass
class ItemSegment:
    """One agenda item or sub-item and where it sits in the text (1-based, inclusive)."""

    number: str  # qualified: "108", "49/24", "10a", "49/24-a", "55/24-10a"
    label: str  # as on the heading line: "108", "a", "10a"
    title: str
    kind: list[str]
    parent: str | None
    heading_line: int
    body_start: int  # first line after the title
    end: int


@dataclass
class Segments:
    """Where the parts of a minutes text are: spans are 1-based and inclusive."""

    path: str
    lines: list[str]
    layout: str
    header: tuple[int, int] | None
    toc: list[tuple[int, int]] = field(default_factory=list)
    items: list[ItemSegment] = field(default_factory=list)  # main items and sub-items, in order
    signatures: tuple[int, int] | None = None  # signature block ("Underskrifter ..."), header or trailing
    attendance: tuple[int, int] | None = None  # from the first attendance label to its last entry
    md_headings: set[int] = field(default_factory=set)
    artefacts: set[int] = field(default_factory=set)
    bold_lines: set[int] = field(default_factory=set)  # lines written bold from end to end ("**Budget**")

    def line(self, n: int) -> str:
        return self.lines[n - 1] if 1 <= n <= len(self.lines) else ""


@dataclass
class _Head:
    line: int
    key: int
    number: str
    rest: str
    line_style: tuple[bool, ...] = (True,)  # (space after '§',)


def _lis(heads: list[_Head], strict: bool) -> list[_Head]:
    """Longest run of headings whose numbers rise through the text."""
    if not heads:
        return []
    tails: list[int] = []
    tail_idx: list[int] = []
    prev = [-1] * len(heads)
    for i, h in enumerate(heads):
        pos = bisect_left(tails, h.key) if strict else bisect_right(tails, h.key)
        if pos == len(tails):
            tails.append(h.key)
            tail_idx.append(i)
        else:
            tails[pos] = h.key
            tail_idx[pos] = i
        prev[i] = tail_idx[pos - 1] if pos else -1
    out = []
    k = tail_idx[-1]
    while k >= 0:
        out.append(heads[k])
        k = prev[k]
    return out[::-1]


def split_title(raw: str) -> tuple[str, list[str]]:
    """Strip kind markers and attachment notes from a heading title.

    >>> split_title("Revidering av LOS-överenskommelse (I/D/B)")
    ('Revidering av LOS-överenskommelse', ['I', 'D', 'B'])
    >>> split_title("Digitala möten med kvalitet (se utskick + PPT)")
    ('Digitala möten med kvalitet', [])
    """
    kinds: list[str] = []
    for m in _KIND.finditer(raw):
        kinds.extend(k.strip() for k in m.group(1).split("/"))
    for m in _KIND_WORD.finditer(raw):
        kinds.append(_KIND_LETTERS[m.group(1).lower()])
    title = _KIND.sub(" ", raw)
    title = _KIND_WORD.sub(" ", title)
    title = _NOTE.sub(" ", title)
    title = _DNR.sub("", title)
    title = " ".join(title.split())
    title = title.rstrip(" .:;,")
    seen: list[str] = []
    for k in kinds:
        if k not in seen:
            seen.append(k)
    return title, seen


def _skip_kind_tag(lines: list[str], after: int, end: int, kind: list[str]) -> int:
    """The line after the title, past a "Beslutsärende" / "Informationsärende" tag line (its kind
    added to ``kind``), so the tag is not read as the first words of the item's text.

    >>> kind = []
    >>> _skip_kind_tag(["§ 4 Budget", "", "*Beslutsärende*", "Text"], 1, 4, kind), kind
    (3, ['B'])
    """
    k = after
    while k < end and k < len(lines) and not lines[k].strip():
        k += 1
    m = _KIND_TAG_LINE.match(lines[k].strip()) if k < end and k < len(lines) else None
    if not m:
        return after
    letter = _KIND_LETTERS[m.group(1).lower()]
    if letter not in kind:
        kind.append(letter)
    return k + 1


# "Ärende:   Val av justerare": a meeting system's field naming the item under its "Paragraf:" field
_CASE_FIELD = re.compile(r"^Ärende:\s+(?=[A-ZÅÄÖ])")
_OPEN_END = re.compile(r"\s(?:för|i|och|av|om|till|med|på|vid|samt|inom|mellan)$")

# a title closed by who presents the point, their initials or names in brackets: "(ENB)", "(BMS, KJ)", "(Eva Ek)"
_PRESENTER_BRACKET_END = re.compile(r"\((?:[A-ZÅÄÖ][\wåäöÅÄÖ.-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ.-]*)?(?:\s*(?:[,/&+]|och)\s*)?)+\)$")
# "… för psykisk hälsa 2026–" / "2028": a span of years the line broke
_YEARS_BROKEN = re.compile(r"\b(?:19|20)\d\d[–-]$")


def _reads_as_sentences(line: str) -> bool:
    """The line is running text, not the rest of a title: one sentence ends and another begins in it,
    or it is a sentence of more than six words with its full stop.

    >>> _reads_as_sentences("Jessica berättade om kursen med tolv familjer. Kostnaderna delas.")
    True
    >>> _reads_as_sentences("Omar återkommer till nästa möte med ett förslag på fördelning.")
    True
    >>> _reads_as_sentences("Samordningsförbundet Norrby"), _reads_as_sentences("Samordningsförbundet Norrby.")
    (False, False)
    """
    return bool(re.search(r"[a-zåäö]{2}[.!?]\s+[A-ZÅÄÖ]", line)) or (line.endswith(".") and len(line.split()) > 6)


def _title_from(lines: list[str], start: int, first: str, limit: int) -> tuple[str, int]:
    """Title text beginning with ``first`` (possibly empty) and the line after the title.

    ``start`` is the 0-based index of the line after the heading. Wrapped continuation lines
    (no blank between, lowercase start) are joined.
    """
    i = start
    parts = [first.strip()] if first.strip() else []
    if not parts:
        while i < limit and not lines[i].strip():
            i += 1
        while i < limit and _DNR.match(" " + lines[i].strip()) and lines[i].strip()[:3].lower() in ("dnr", "dia"):
            i += 1
            while i < limit and not lines[i].strip():
                i += 1
        if i < limit:
            s = _CASE_FIELD.sub("", lines[i].strip())
            if not _PRESENTER.match(s) and not _is_heading_like(s):
                parts.append(s)
                i += 1
    while parts and i < limit:
        s = lines[i].strip()
        # "… och i styrelsen för" / "Samordningsförbundet Norrby": a title that ends in a preposition
        # goes on, whatever case its next line starts with
        open_end = _OPEN_END.search(parts[-1]) is not None
        if _YEARS_BROKEN.search(parts[-1]) and re.match(r"(?:19|20)\d\d\b", s):
            parts[-1] += s  # "2026–" / "2028": the span whole, without a space
            i += 1
            continue
        if not s or not (s[0].islower() or open_end) or _ATT_START.match(s) or _SUB.match(s) or len(parts) >= 3:
            break
        if s[0] in "-•*–" and s[1:2] == " ":
            break  # "3) Vilka är med" / "- EPF ny representant …": the point's first bullet, not its title going on
        if not open_end and _PRESENTER_BRACKET_END.search(parts[-1]):
            break  # "3. Kommunikation (ENB)" / "pressmedd ute i går": the title closed by who presents it, the notes begin
        if open_end and s[0].isupper() and _reads_as_sentences(s):
            break  # "4. Grundutbildningen Ett hem att växa i" / "Jessica berättade att …": the title ends, the text begins
        if not open_end and (_PRESENTER.match(s) or (s.endswith(".") and len(s.split()) > 6)):
            break  # "§ 15 mobilt närvårdsteam" / "föredr. Eva Ek" / "piloten avslutades i dec …, delas 50/50.": typed
            # in haste without capitals, the presenter's label or a whole sentence is the text, not the title going on
        if not open_end and hurried_approvals(s):
            break  # "1. Dagordn + förra anteckn" / "dagordn ok. förra anteckn lades till handl.": what became of them
        parts.append(s)
        i += 1
    return " ".join(parts), i


def _titled_next(lines: list[str], start: int) -> bool:
    """The next written line is a short title: a capital, no closing full stop, no clause.

    >>> _titled_next(["Ärende 3", "", "Val av justerare", "Text."], 1)
    True
    >>> _titled_next(["Ärende 3", "Flickan har haft hög frånvaro sedan hösten."], 1)
    False
    """
    for s in lines[start:start + 3]:
        s = s.strip()
        if s:
            return bool(_PLAIN_TITLE.match(s)) or (len(s) <= 120 and s[0].isupper() and s[-1] not in ".!?:;,"
                                                    and not _RUN_IN.match(s))
    return False


def _is_heading_like(s: str) -> bool:
    return bool(_PARA.match(s) or _NUMBERED.match(s))


def _grouped_paragraphs(lines: list[str], idx: int) -> list[_Head]:
    """The paragraphs a heading "§§ 12–14 Anmälningar" at line ``idx`` takes together, each a heading of its own at
    the line under it that gives its number and title ("12. Protokoll från X"); none unless each is listed.

    >>> [(h.line, h.number, h.rest) for h in _grouped_paragraphs(["§§ 3–4 Anmälningar", "3. Protokoll X", "4. Brev Y"], 0)]
    [(2, '3', 'Protokoll X'), (3, '4', 'Brev Y')]
    >>> _grouped_paragraphs(["§§ 3–4 Anmälningar", "Inga."], 0)
    []
    """
    g = _PARA_GROUP.match(lines[idx].strip())
    if not g or not 0 < int(g.group(2)) - int(g.group(1)) <= 20:
        return []
    want = list(range(int(g.group(1)), int(g.group(2)) + 1))
    heads = []
    for j in range(idx + 1, min(len(lines), idx + 3 + 2 * len(want))):
        p = _GROUPED_POINT.match(lines[j].strip())
        if p and want and int(p.group(1)) == want[0]:
            heads.append(_Head(j + 1, want.pop(0), p.group(1), p.group(2)))
    return heads if not want else []


# a decision's label alone on its line, over the decisions it heads: "Beslut:", "*Beslut:*", "BESLUT", "Beslutades:"
_DECISION_LABEL_LINE = re.compile(r"(?i)^\W*(?:beslut|beslutades|beslöts|gruppen\s+beslutade|[\wåäö]+\s+beslutar)\W*:?\W*$")


def _under_decision_label(lines: list[str], idx: int) -> bool:
    """Whether the numbered line ``idx`` is one of a list of decisions under a decision's label ("Beslut:" / "1) X ges
    i uppdrag att …" / "2) Kartläggningen redovisas …"): the decisions' numbers, no items'.

    >>> lines = ["*Beslut:*", "1) Gruppen ger Eva i uppdrag att kartlägga hindren.", "2) Kartläggningen redovisas i december."]
    >>> _under_decision_label(lines, 1), _under_decision_label(lines, 2)
    (True, True)
    >>> _under_decision_label(["Inga beslut.", "", "2) Budget"], 2)
    False
    """
    j = idx - 1
    while j >= 0 and (not lines[j].strip() or _NUMBERED.match(lines[j].strip())):
        if not lines[j].strip() and j < idx - 1 and not lines[j + 1].strip():
            return False  # two blank lines: what stood above is another part
        j -= 1
    return j >= 0 and bool(_DECISION_LABEL_LINE.match(lines[j].strip()))


def _candidates(lines: list[str], md: set[int]) -> tuple[list[_Head], list[_Head], list[_Head]]:
    para, numbered, mdh = [], [], []
    for idx, raw in enumerate(lines):
        s = raw.strip()
        if not s or len(s) > 400:
            continue
        c = s[0]
        if "A" <= c <= "Ö" and "§" in s and (pm := _PARA_PREFIX.match(s)):
            s, c = s[pm.end():], "§"  # "SN § 21", "KSAU § 7": the body's acronym before the paragraph
        if c == "§" and s[1:2] == "§" and (grouped := _grouped_paragraphs(lines, idx)):
            para.extend(grouped)
            continue
        if c == "§":
            m = _PARA.match(s)
            if m and (_PARA_TOLD.match(m.group(3) or "") or _PARA_RANGE_TOLD.match(m.group(3) or "")):
                continue  # "§ 49 justerades omedelbart" in the header's cell: what became of a paragraph, no heading
            if m:
                num = m.group(1) + (f"/{m.group(2)}" if m.group(2) else "")
                para.append(_Head(idx + 1, int(m.group(1)), num, m.group(3) or "", (s[1:2] == " ",)))
                continue
        if c.isdigit() and "§" in s[:6] and (m := _NUMBER_PARA.match(s)):
            # "1 § Mötets öppnande": the number before the sign, as Swedish statutes write it
            para.append(_Head(idx + 1, int(m.group(1)), m.group(1), m.group(2) or "", (True,)))
            continue
        if c.isdigit():
            m = _NUMBERED.match(s)
            if m and (m.group(2) or "").strip()[:1] not in ("-", "–") and not _under_decision_label(lines, idx):
                numbered.append(_Head(idx + 1, int(m.group(1)), m.group(1), m.group(2) or ""))
                continue
        if (idx + 1) in md:
            m = _MD_NUMBER.match(s) or None
            if m:
                num = m.group(1) + (f"/{m.group(2)}" if m.group(2) else "")
                mdh.append(_Head(idx + 1, int(m.group(1)), num, m.group(3)))
                continue
            m = _POINT.match(s)
            if m:
                mdh.append(_Head(idx + 1, _key(m.group(1)), m.group(1).upper(), m.group(2)))
        elif c in "PpÄä" or (c in "IA" and s[:5] in ("Item ", "Agend")):
            if c.islower() and idx and (prev := lines[idx - 1].rstrip()) and prev[-1] not in ".:!?":
                continue  # "… med ändringen att" / "punkt 6 behandlades före punkt 5.": a sentence wrapped
            m = _POINT.match(s)
            if m and m.group(2) and (dm := _DNR_PAREN.match(m.group(2))) and dm.group(1):
                # "Ärende 4 (Dnr 2025/118)  Riktlinje för …": the diary number in brackets before the title
                mdh.append(_Head(idx + 1, _key(m.group(1)), m.group(1).upper(), dm.group(1)))
                continue
            # "Ärende 1 (flicka, åk 8): skolan och …": a case told under an item, described, not titled
            if m and m.group(2) and not (s[m.start(2)] == "(" or _RUN_IN.match(m.group(2))):
                mdh.append(_Head(idx + 1, _key(m.group(1)), m.group(1).upper(), m.group(2)))
            elif m and not m.group(2) and c == "P" and s[:9] in ("Paragraf ", "Paragraf:") and m.group(1).isdigit():
                # "Paragraf 140" alone on its line, its title on the next (a kommun protocol's word for '§');
                # "Paragraf: 118", a meeting system's field, its title in an "Ärende:" field below
                mdh.append(_Head(idx + 1, _key(m.group(1)), m.group(1), ""))
            elif m and not m.group(2) and (c == "Ä" or s[:3] in ("Pkt", "Pun")) and m.group(1).isdigit() \
                    and _titled_next(lines, idx + 1):
                # "Ärende 3" alone on its line, a short title under it (a meeting system's print-out); "Pkt 1" so,
                # where a PDF sets the number and the title in columns of their own
                mdh.append(_Head(idx + 1, _key(m.group(1)), m.group(1), ""))
    return para, numbered, mdh


def _dominant_style(heads: list[_Head]) -> list[_Head]:
    """Keep the headings written like most of them ('§ 108' vs '§108').

    A line inside an item that starts with a paragraph reference ("§100 Vårdplatsprocessen: ...")
    is usually written differently from the item headings themselves.
    """
    if len(heads) < 3:
        return heads
    styles = [(h.line_style) for h in heads]
    top, count = max(((s, styles.count(s)) for s in set(styles)), key=lambda x: x[1])
    if count / len(heads) < 0.6:
        return heads
    return [h for h in heads if h.line_style == top]


def _split_toc(heads: list[_Head]) -> tuple[list[_Head], list[_Head]]:
    """Headings listed once as a table of contents and again as items: (toc, items)."""
    if len(heads) < 2:
        return [], heads
    first = heads[0].number
    for k in range(1, len(heads)):
        if heads[k].number == first:
            return heads[:k], heads[k:]
        if heads[k].key == heads[0].key - 1 and k + 1 < len(heads) and heads[k + 1].number == first:
            # the list's first entry shares its line with a label ("Paragrafer   § 7  Val av justerare"),
            # so the list is seen from § 8 on and the items restart at § 7
            return heads[:k], heads[k:]
    return [], heads


def _headed_after_index(index: list[_Head], points: list[_Head]) -> list[_Head]:
    """The items headed again after an index of them, by the same numbers in order ("Paragraf 34" after an
    Ärendeförteckning of "§ 34"), or nothing.

    >>> idx = [_Head(10, 34, "34", "Val av justerare"), _Head(11, 35, "35", "Dagordning")]
    >>> [h.line for h in _headed_after_index(idx, [_Head(20, 34, "34", ""), _Head(30, 35, "35", "")])]
    [20, 30]
    >>> _headed_after_index(idx, [_Head(20, 34, "34", "")])
    []
    """
    later = [h for h in points if h.line > index[-1].line]
    if len(index) < 2 or [h.number for h in later] != [h.number for h in index]:
        return []
    if index[-1].line - index[0].line > 3 * len(index):
        return []  # headings spread over the text: the items themselves, not a list of them
    return later


def _toc_span(lines: list[str], toc: list[_Head]) -> tuple[int, int]:
    start = toc[0].line
    if start >= 2 and _TOC_LABEL.match(lines[start - 2].strip()):
        start -= 1
    end = toc[-1].line
    i = end  # 0-based index of the line after the last entry
    while i < len(lines):
        s = lines[i].strip()
        if s and not (_SUB.match(s) or s[0] in "-–•" or s[0].islower()):
            break
        if s:
            end = i + 1
        i += 1
    return start, end


def _labelled_toc(lines: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Tables of contents introduced by a label ("Innehållsförteckning") with '§ N' at line ends."""
    spans = []
    i = lo
    while i < hi:
        if _TOC_LABEL.match(lines[i].strip()):
            j = i + 1
            last = i + 1
            while j < hi:
                s = lines[j].strip()
                if s and not _TOC_TRAILING.search(s):
                    break
                if s:
                    last = j + 1
                j += 1
            if last > i + 1:
                spans.append((i + 1, last))
            i = j
        else:
            i += 1
    return spans


def _sub_items(lines: list[str], parent: ItemSegment, artefacts: set[int]) -> list[ItemSegment]:
    if _AGENDA_TITLE.search(parent.title) or _DOCUMENT_LIST_TITLE.search(parent.title):
        return []
    subs: list[ItemSegment] = []
    expected = "a"
    digits_seen: str | None = None
    parent_lead = re.match(r"\d+", parent.label)
    parent_digits = parent_lead.group(0) if parent_lead else ""
    decimal = 1  # "2.1 Från RLG", "2.2 Från LVO" under item 2
    decided = False  # in the points under "Beslut:" ("a) Arbetssättet prövas …", "b) En arbetsgrupp inrättas …")
    for idx in range(parent.body_start - 1, parent.end):
        s = lines[idx].strip()
        if not s or len(s) > 300:
            continue
        if "eslut" in s and _DECIDED_LABEL.match(s):
            decided = None  # a run of lettered points may follow, from "a)" on the next line
            continue
        c = s[0]
        point = _SUB.match(s) if c.islower() else None
        if decided is None:
            decided = bool(point and not point.group(1) and point.group(2) == "a" and s[1:2] == ")")
        elif decided and not point and not c.islower():
            decided = False  # the points have ended
        if decided and point and not point.group(1):
            continue  # a point decided, lettered under its label: no sub-item
        if not (c.isdigit() or "a" <= c <= "p"):
            continue
        dm = _SUB_DECIMAL.match(s) if c.isdigit() and expected == "a" else None
        if dm and dm.group(1) == parent_digits and int(dm.group(2)) == decimal and not _RUN_IN.search(dm.group(3)) \
                and not _ATT_START.match(dm.group(3)) and not _NOTE_POINT.match(dm.group(3)):
            label = f"{dm.group(1)}.{dm.group(2)}"
            raw_title, after = _title_from(lines, idx + 1, dm.group(3), parent.end)
            title, kind = split_title(raw_title)
            subs.append(ItemSegment(label, label, title, kind, parent.number, idx + 1, after + 1, parent.end))
            decimal += 1
            continue
        if decimal > 1:
            continue
        m = _SUB.match(s) or _SUB_GLUED.match(s)
        if not m:
            continue
        digits, letter, rest = m.group(1) or "", m.group(2), m.group(3)
        if letter != expected or _ATT_START.match(rest) or rest[:1] in "-–":
            continue
        if digits:
            if digits != parent_digits and "/" not in parent.number:
                continue
            if digits_seen is None:
                digits_seen = digits
            elif digits != digits_seen:
                continue
        elif digits_seen:
            continue
        if not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "”\"'"):
            continue
        if _RUN_IN.search(rest):
            continue  # "a) Barn som anhöriga. Sara tar upp att …": a lettered paragraph, not a heading
        label = letter if (not digits or digits == parent_digits) else digits + letter
        number = f"{parent.number}-{label}" if "/" in parent.number else f"{parent.number}{label}"
        raw_title, after = _title_from(lines, idx + 1, rest, parent.end)
        title, kind = split_title(raw_title)
        subs.append(ItemSegment(number, label, title, kind, parent.number, idx + 1, after + 1, parent.end))
        expected = chr(ord(expected) + 1)
    for a, b in zip(subs, subs[1:]):
        a.end = b.heading_line - 1
    return subs


def _markdown_sections(lines: list[str], levels: dict[int, int]) -> list[_Head]:
    r"""Markdown headings without numbers ("## Dosdispensering") as the items, numbered 1, 2, 3 … in
    order: those of the level most headings have, at least two of them. A heading over the roster
    ("## Deltagare") or a table of contents is no item.

    >>> ct = clean("# Anteckningar\n## Deltagare\nAnna Ek\n## Budget\nText.\n## Lokaler\nMer.\n")
    >>> [(h.number, h.rest) for h in _markdown_sections(ct.lines, ct.md_levels)]
    [('1', 'Budget'), ('2', 'Lokaler')]
    """
    found = [(n, lines[n - 1].strip()) for n, _ in sorted(levels.items()) if lines[n - 1].strip()]
    if len(found) < 2:
        return []
    count = Counter(levels[n] for n, _ in found)
    level = min(count, key=lambda lv: (-count[lv], lv))
    heads = [(n, t) for n, t in found if levels[n] == level and not _ATTENDANCE_LABEL.match(t)
             and not _TOC_LABEL.match(t) and not _AGENDA_TITLE.fullmatch(t)]
    if len(heads) < 2:
        return []
    heads = _notes_section_opened(heads, found, levels, level)
    return [_Head(n, k, str(k), t) for k, (n, t) in enumerate(heads, start=1)]


# the section of a meeting app's recap that holds the notes by topic: "## Anteckningar" over "### Topic" headings
_NOTES_BY_TOPIC = re.compile(r"(?i)^(?:mötes)?anteckningar(?:\s+per\s+(?:ämne|punkt))?|noteringar|diskussion(?:spunkter)?$")


def _notes_section_opened(heads: list[tuple[int, str]], found: list[tuple[int, str]], levels: dict[int, int],
                          level: int) -> list[tuple[int, str]]:
    r"""The items with a recap's notes section ("## Anteckningar", as Teams or Loop writes it) replaced by the topics
    under it, at least two headings one level down: each topic is a point of the meeting.

    >>> found = [(1, "Deltagare"), (4, "Anteckningar"), (5, "Budget"), (8, "Lokaler"), (11, "Uppgifter")]
    >>> _notes_section_opened([(4, "Anteckningar"), (11, "Uppgifter")], found, {1: 2, 4: 2, 5: 3, 8: 3, 11: 2}, 2)
    [(5, 'Budget'), (8, 'Lokaler'), (11, 'Uppgifter')]
    """
    out = []
    for k, (n, t) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else float("inf")
        topics = [(m, u) for m, u in found if n < m < end and levels[m] == level + 1]
        out.extend(topics if _NOTES_BY_TOPIC.fullmatch(t) and len(topics) >= 2 else [(n, t)])
    return out


# the line under a document's title that says what the document is and when: "Minnesanteckningar från mötet
# måndagen den 15 november 2027, …", "Protokoll 2026-03-12", "Datum: 12 mars 2026"
_UNDER_TITLE = re.compile(r"(?i)^(?:(?:minnes|mötes)?anteckningar|protokoll|minnesprotokoll|datum|mötesdatum|"
                          r"sammanträdesdatum|möte|mötet|tid)\b.{0,140}\b(?:19|20)\d\d\b"
                          # or the day itself, where the meeting was held after it: "8 december 2026 kl. 13.15, Tallmo"
                          r"|^\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zé]*\s+(?:19|20)\d\d\b"
                          r"|^(?:19|20)\d\d-\d\d-\d\d\b")
# a first line that says what the minutes are: "Anteckningar arbetsgrupp mobila team", "Minnesanteckningar – X"
_TITLE_KIND = re.compile(r"(?i)^\W*(?:(?:minnes|mötes)?anteckningar|(?:sammanträdes|minnes)?protokoll)\b")


def _bold_title(lines: list[str], bold: set[int]) -> set[int]:
    r"""The document's first line, bold, when it is its title and no heading of a point: the line under it
    says what the minutes are and when they were held. Notes typed in Word mark their points' headings bold
    as they mark their title.

    >>> _bold_title(["Samverkansgrupp äldre", "Minnesanteckningar från mötet den 15 november 2027, Teams",
    ...              "Närvarande"], {1, 3})
    {1}
    >>> _bold_title(["Inledning", "Anna hälsade välkommen den 12 mars 2026."], {1})
    set()
    >>> _bold_title(["Anteckningar arbetsgrupp hälsa", "8 december 2026 kl. 13.15, Åby", "Närvarande"], {1, 3})
    {1}
    """
    first = next((n for n, raw in enumerate(lines, start=1) if raw.strip()), None)
    if first not in bold:
        return set()
    under = next((raw.strip() for raw in lines[first:] if raw.strip()), "")
    return {first} if _UNDER_TITLE.match(under) or _TITLE_KIND.match(lines[first - 1].strip()) else set()


# a heading typed as a line of its own: a short title, no sentence, no label
# (a colon within, as "Remiss: Riktlinjer för färdtjänst"; a period cut short before a number, as "v. 40–44")
_PLAIN_TITLE = re.compile(r"^[A-ZÅÄÖ](?:[^:;.!?]|:(?=\s[A-ZÅÄÖ])|(?<=\b[a-zåäö])\.(?=\s?\d)){1,60}$")
# the labels inside a point, never a heading of its own however typed ("BESLUT", "Bakgrund:", "Ansvarig:")
_POINT_LABEL = re.compile(r"(?i)^(?:beslut|beslutsförslag|förslag(?:\s+till\s+beslut)?|åtgärd(?:er)?|ansvarig[a]?|ansvar|bakgrund|"
                          r"diskussion|information|syfte|mål|kommentar(?:er)?|status|notering(?:ar)?|klart|deadline|"
                          r"datum|tid|plats|när|vem|vad|uppdrag|uppgift|sammanfattning|underlag|bilag(?:a|or)|"
                          r"föredragande|dragning|frågor|svar|resultat|synpunkter|övrigt|noteras|konstaterades)$")
# the words of a letterhead, never a point's title
_HEADER_LINE = re.compile(r"(?i)protokoll|anteckningar|kallelse|dagordning|föredragningslista|\b(?:kommun|region|"
                          r"regionen|landstinget)\b|\d")
# a point's time in the day's programme before its title: "09.00–09.30 Mötets öppnande", "Kl. 10.15 Fika"
_TIMED_TITLE = re.compile(r"^(?:[Kk]l\.?\s*)?(\d{1,2})[.:](\d{2})(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+"
                          r"([A-ZÅÄÖ](?:[^.!?]|\.(?=\S)){1,80})$")


# a point's time alone on its line: "09:02", "Kl. 10.15", "13.00–13.45"
_TIME_ALONE = re.compile(r"^(?:[Kk]l\.?\s*)?(\d{1,2})[.:](\d{2})(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$")


def _timed_sections(lines: list[str]) -> list[_Head]:
    r"""The points of notes that follow the day's programme, each title after its time ("09.00–09.30 Mötets
    öppnande"), numbered 1, 2, 3 … in order: at least two, the times running forward.

    >>> [(h.number, h.rest) for h in _timed_sections(["Anteckningar", "09.00–09.15 Mötets öppnande", "Text.",
    ...                                                 "09.15 Budget", "Mer text.", "Lunch 12.00"])]
    [('1', 'Mötets öppnande'), ('2', 'Budget')]
    >>> [(h.number, h.line, h.rest) for h in _timed_sections(["Anteckningar", "09:02", "Incheckning", "Text.", "09:10",
    ...                                                         "Budget", "Mer text."])]
    [('1', 3, 'Incheckning'), ('2', 6, 'Budget')]
    """
    found = []
    for idx, raw in enumerate(lines):
        if raw[:1] not in "0123456789Kk":
            continue
        if m := _TIMED_TITLE.match(raw.strip()):
            found.append((idx, int(m.group(1)) * 60 + int(m.group(2)), m.group(3).strip()))
        elif (m := _TIME_ALONE.match(raw.strip())) and idx + 1 < len(lines) and _PLAIN_TITLE.match(lines[idx + 1].strip()):
            # "09:02" alone on its line, the title on the next: a PDF sets the time and the title in columns of their own
            found.append((idx + 1, int(m.group(1)) * 60 + int(m.group(2)), lines[idx + 1].strip()))
    if len(found) < 2 or any(b[1] < a[1] for a, b in zip(found, found[1:])):
        return []
    return [_Head(idx + 1, k, str(k), title) for k, (idx, _, title) in enumerate(found, start=1)]


def _plain_sections(lines: list[str], paragraphs: bool = False) -> list[_Head]:
    r"""Headings without numbers or styles, as narrative notes have them, numbered 1, 2, 3 … in order:
    a short title line alone after a blank line, over a paragraph of running text (a sentence or
    more, ending in a full stop); at least three of them. A name under "Vid anteckningarna" is no
    body of text.

    >>> text = ("Anteckningar\n\nNärvarande: Anna Ek, Per Lind\n\nInledning\nAnna hälsade välkommen och "
    ...         "gick igenom dagordningen.\nDen godkändes.\n\nBudget\nPer redovisade budgeten, som "
    ...         "visar ett litet överskott.\nDen lades till handlingarna.\n\nNästa möte\nNästa möte hålls "
    ...         "den 12 februari i Åby.\nAnna kallar.\n\nVid anteckningarna\nPer Lind\n")
    >>> [(h.number, h.rest) for h in _plain_sections(text.split("\n"))]
    [('1', 'Inledning'), ('2', 'Budget'), ('3', 'Nästa möte')]
    """
    heads = _plain_titles(lines, paragraphs=False)
    # a document written a paragraph a line (Word, OpenDocument) holds no blank lines: a title line
    # then follows the end of a paragraph
    heads = heads if len(heads) >= 3 or not paragraphs else _plain_titles(lines, paragraphs=True)
    return _plain_notes_section_opened(lines, heads)


# the section of a meeting app's recap that holds the topics' notes: "Anteckningar" over "Budget", "Mobila team" …
_PLAIN_NOTES_TITLE = re.compile(r"(?i)(?:mötes)?anteckningar|noteringar")


def _plain_notes_section_opened(lines: list[str], heads: list[_Head]) -> list[_Head]:
    """``heads`` without a recap's "Anteckningar" title that holds nothing of its own before the next title (its
    topics' titles under it are the points), renumbered; as a Markdown recap's "## Anteckningar" is opened into
    its "### …" topics.

    >>> hs = [_Head(1, 1, "1", "Sammanfattning"), _Head(4, 2, "2", "Anteckningar"), _Head(6, 3, "3", "Budget")]
    >>> [(h.number, h.rest) for h in _plain_notes_section_opened(["Sammanfattning", "Vi gick igenom budgeten.", "",
    ...                                                            "Anteckningar", "", "Budget", "- Eva redovisade."], hs)]
    [('1', 'Sammanfattning'), ('2', 'Budget')]
    """
    empty = {k for k, h in enumerate(heads[:-1]) if _PLAIN_NOTES_TITLE.fullmatch(h.rest.strip())
             and not any(x.strip() for x in lines[h.line:heads[k + 1].line - 1])}
    if not empty:
        return heads
    kept = [h for k, h in enumerate(heads) if k not in empty]
    return [_Head(h.line, k, str(k), h.rest, h.line_style) for k, h in enumerate(kept, 1)]


def _plain_titles(lines: list[str], paragraphs: bool) -> list[_Head]:
    r"""The plain headings after a blank line, or (``paragraphs``) after the full stop ending a paragraph
    and over a paragraph a line long.

    >>> text = ("Anteckningar\nNärvarande: Anna Ek, Per Lind.\nInledning\nAnna hälsade välkommen och gick igenom "
    ...         "dagordningen, som godkändes.\nBudget\nPer redovisade budgeten, som visar ett litet överskott för "
    ...         "året.\nNästa möte\nNästa möte hålls den 12 februari i Åby, och Anna kallar till det.")
    >>> [h.rest for h in _plain_titles(text.split("\n"), paragraphs=True)]
    ['Inledning', 'Budget', 'Nästa möte']
    """
    heads: list[_Head] = []
    strong = 0  # titles set off by more than their line: in capitals, or ending in a colon
    dashed: set[int] = set()  # titles typed as a list's point ("- Nya i gruppen"), as a mail's notes mark them
    for idx, raw in enumerate(lines):
        s = raw.strip()
        bullet = _DASHED_TITLE.match(s)
        if bullet:
            s = s[bullet.end():]
        colon = s.endswith(":") and not paragraphs
        if colon:
            s = s[:-1].rstrip()
        caps = not paragraphs and s.isupper() and len(s) >= 4
        if not _PLAIN_TITLE.match(s) or len(s.split()) > 8 or s.endswith(","):
            continue  # (a line ending in a comma is a mail's greeting, "Hej allihop,", no title)
        if (colon or caps) and _POINT_LABEL.match(s):
            continue  # "Beslut:", "BAKGRUND": a label inside a point
        before = lines[idx - 1].strip() if idx else ""
        if paragraphs and bullet:
            # a list of one point over a paragraph, as a mail's "* Kartläggningen" over its text reads in Word or
            # a PDF ("• Kartläggningen" / "Verksamhetschefen berättade …"): a title, where no point of a list
            # stands over it and its paragraph is running text (a blank line may stand between)
            after = next((x.strip() for x in lines[idx + 1:idx + 3] if x.strip()), "")
            if (_DASHED_TITLE.match(before) or _DASHED_TITLE.match(after) or not after[:1].isupper()
                    or len(after) < 40):
                continue
        elif paragraphs:
            after = lines[idx + 1].strip() if idx + 1 < len(lines) else ""
            # over a list ("Till nästa möte" / "• Mia bjuder in …"); after a roster's last line ("Rolf Ax, Org")
            listed = after[:2] in ("• ", "- ", "– ", "* ")
            rostered = len(before) <= 60 and before[-1:].isalpha() and bool(re.match(r"[A-ZÅÄÖ]\w+ [A-ZÅÄÖ]\w+,", before))
            if (before[-1:] not in (".", "!", "?", "") and not rostered) or (len(after) < 60 and not listed) or not (
                    after[:1].isupper() or listed):
                continue
        elif before:
            continue
        if _ATTENDANCE_LABEL.match(s) or _SIGNATURE_START.match(s) or _TOC_LABEL.match(s) or _AGENDA_TITLE.fullmatch(s):
            continue
        if not heads and _UNDER_TITLE.match(s):
            continue  # "Minnesanteckningar från mötet den 10 juni 2027" over the notes: the letterhead's, no point
        # a paragraph a line, though a Word document may break one where the text it came from did
        para = []
        for nxt in lines[idx + 1:idx + 13] if paragraphs else ():
            if not nxt.strip() and not para:
                continue
            para.append(nxt.strip())
            if para[-1].endswith((".", "!", "?")):
                break
        start = idx + 2 if idx + 2 < len(lines) and not lines[idx + 1].strip() else idx + 1  # a blank line between
        for nxt in lines[start:] if not paragraphs else ():
            if not nxt.strip():
                break
            para.append(nxt.strip())
        body = " ".join(para)
        if not heads and para and not any(x.strip() for x in lines[:idx]) and _DATED_LINE.search(para[0]) \
                and not para[0].endswith((".", "!", "?")):
            continue  # the document's first line over the meeting's day and time ("tisdag 13 maj 2030 · 09:00"): its title
        if bullet and (not para or _DASHED_TITLE.match(para[0]) or colon or caps):
            continue  # a list's points, one under another, or a label: no headings
        if colon or caps:
            # a title in capitals or ending in a colon is a heading over any text of its own ("FALLPREVENTION" /
            # "Inga övriga frågor.")
            if (not re.search(r"[a-zåäö]{3,}", body) or _ATTENDANCE_LABEL.match(body) or _HEADER_LINE.search(s)
                    or (colon and not body.endswith((".", "!", "?")))):
                continue  # a letterhead's lines in capitals ("MINNESANTECKNINGAR" / "STYRGRUPP X") head no point
            strong += 1
        elif (len(body) < 40 or not body.endswith((".", "!")) or _LABEL_LED.match(body)) and not (
                # (the document's first line is its title, over the page's links or the notes' first points)
                not paragraphs and not bullet and any(x.strip() for x in lines[:idx]) and _over_points(para, s)):
            continue
        heads.append(_Head(idx + 1, len(heads) + 1, str(len(heads) + 1), s))
        if bullet:
            dashed.add(idx + 1)
    if dashed and len(dashed) < 3:  # a point or two of a list over a paragraph: the other titles alone
        heads = [_Head(h.line, k, str(k), h.rest) for k, h in enumerate((h for h in heads if h.line not in dashed), 1)]
    return heads if len(heads) >= 3 or (len(heads) >= 2 and strong == len(heads)) else []


# a body of text that opens with a label ("Datum: 2027-03-04", "Närvarande: Eva Ek") heads no point; one whose
# label runs on into a sentence in lower case ("Påminnelse: vi har uppdrag av …", "Återkommande problem: patienter
# skrivs ut …") is a point's notes, as loose notes open a paragraph
_LABEL_LED = re.compile(r"^[\wåäöÅÄÖ ]{1,30}:(?!\s+(?:[a-zåäö]+\s+){3}[a-zåäö])")
# a line that dates the meeting, its year written out: "tisdag 13 maj 2030 · 09:00–10:30", "2030-05-13, Teams"
_DATED_LINE = re.compile(r"\b(?:19|20)\d\d\b")
# a dash or bullet before a title line alone over its paragraph
_DASHED_TITLE = re.compile(r"^[-–*•]\s+(?=[A-ZÅÄÖ])")
# a list's point, or a task under it marked with an arrow
_POINT_LINE = re.compile(r"^(?:[-*•]|→|->)\s+(?=\S)")
# the title over a list of tasks, no point of the agenda: "Att göra", "Åtgärder till nästa möte"
# ("Uppföljningsuppgifter", "Åtgärdspunkter från förra mötet"); a list of checkboxes is one of tasks too
_TASK_LIST_TITLE = re.compile(r"(?i)^(?:att\s+göra|[\wåäö]*(?:åtgärd|uppgift|aktivitet|uppdrag)[\wåäö]*|to\s*do|actions?)\b")
_CHECKBOX = re.compile(r"^[-*•]\s+\[[ xX]?\]")
# a roster line: a name, then a comma before the title ("Eva Ek, enhetschef för hemtjänsten")
_NAME_COMMA = re.compile(r"[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2},")


def _over_points(para: list[str], title: str) -> bool:
    """Whether a title line alone after a blank line heads a list of points told in sentences, as notes typed
    without heading styles set a point's title over its bullets ("Uppföljning från förra mötet" / "- Checklistan
    är klar och skickad till samverkansgruppen."); a huvudman over its people's lines heads none.

    >>> _over_points(["- Checklistan för hemgång är klar och skickad.", "  → HW tar med ett förslag"], "Uppföljning")
    True
    >>> _over_points(["- Eva Ek, MAS", "- Per Lund, socialchef"], "Åby kommun")
    False
    >>> _over_points(["- Eva Ek, enhetschef för hemtjänsten i Åby"], "Hemtjänsten")
    False
    >>> _over_points(["- Per tar fram underlaget till nästa möte."], "Att göra")
    False
    >>> _over_points(["- [ ] Per tar fram underlaget till nästa möte."], "Till nästa gång")
    False
    """
    para = [x.strip() for x in para]
    if not para or _TASK_LIST_TITLE.match(title) or not all(_POINT_LINE.match(x) for x in para) or any(
            _CHECKBOX.match(x) for x in para):
        return False
    if re.search(r"\b(?:kommun|[Rr]egion|landstinget)\b", title):
        return False  # "Åby kommun" / "- Eva Ek, enhetschef för hemtjänsten": a huvudman over its people
    points = [_POINT_LINE.sub("", x) for x in para]
    return any(len(words := x.split()) >= 5 and sum(w[:1].islower() for w in words) >= 3 and not _NAME_COMMA.match(x)
               for x in points)


def _more_topics(lines: list[str], chosen: list[_Head]) -> bool:
    """Whether the plain numbered lines ``chosen`` are some of a longer run of topic lines ("2. Utbildning –
    Rådet har rekommenderat … i den" wrapped where a PDF's line ends, the point whose line holds a full stop
    no title): the topics are the items then.

    >>> lines = ["1. Statistik – antalet har ökat, men få hålls med", "barnet närvarande.",
    ...          "2. Representation – Omar lämnar nätverket. Li Ström ersätter", "honom."]
    >>> _more_topics(lines, [_Head(1, 1, "1", lines[0][3:])])
    True
    """
    if len(chosen) > 4:
        return False
    topics = [_Head(idx + 1, int(m.group(1)), m.group(1), m.group(2)) for idx, raw in enumerate(lines)
              if raw[:1].isdigit() and (m := _TOPIC_NUMBER.match(raw.strip()))]
    run = _lis(topics, strict=True) if len(topics) > len(chosen) else []
    return len(run) > len(chosen) and {h.line for h in chosen} <= {h.line for h in run}


# a point whose short title runs on into its text on the same line: "1. Inledning. Eva hälsar välkommen.",
# "2. Föregående protokoll – godkändes.", "7. Nästa möte 9 mars 2028 kl. 15.00."
_RUN_IN_NUMBER = re.compile(r"^(\d{1,2})\.\s+([A-ZÅÄÖ][^.!?–—:\d\n]{1,40}?)(?:\.\s+|\s+[–—]\s+|\s+(?=\d))(\S.*)$")


def _run_in_neighbours(lines: list[str], heads: list[_Head]) -> list[tuple[_Head, str]]:
    """The points numbered on from a run of titled points, before its first and after its last, whose title
    runs on into their text on the same line: (head, the text) of each, nearest first, the numbers unbroken.

    >>> run = [_Head(3, 2, "2", "Ekonomi"), _Head(5, 3, "3", "Lokaler")]
    >>> [(h.number, h.rest, t) for h, t in _run_in_neighbours(["Närvarande: Eva Ek", "1. Inledning. Eva hälsar "
    ...     "välkommen.", "2. Ekonomi", "Ingen prognos.", "3. Lokaler", "Inget nytt.", "4. Övrigt – inga frågor."], run)]
    [('1', 'Inledning', 'Eva hälsar välkommen.'), ('4', 'Övrigt', 'Inga frågor.')]
    >>> _run_in_neighbours(["1. Inledning. Eva hälsar välkommen.", "2. Ekonomi", "x", "3. Lokaler", "y",
    ...                     "5. Nästa möte 9 mars."], run)
    [(_Head(line=1, key=1, number='1', rest='Inledning', line_style=(True,)), 'Eva hälsar välkommen.')]
    """
    found = {idx + 1: m for idx, raw in enumerate(lines) if (m := _RUN_IN_NUMBER.match(raw.strip()))}
    # ("2. Föregående protokoll – godkändes.": the title the subject of the text, which reads as a sentence of its own)
    said = {n: m.group(3).strip()[:1].upper() + m.group(3).strip()[1:] for n, m in found.items()}
    out: list[tuple[_Head, str]] = []
    key, before = heads[0].key - 1, heads[0].line
    while key >= 1:
        at = max((n for n, m in found.items() if n < before and int(m.group(1)) == key), default=0)
        if not at:
            break
        out.append((_Head(at, key, str(key), found[at].group(2).strip()), said[at]))
        key, before = key - 1, at
    key, after = heads[-1].key + 1, heads[-1].line
    while True:
        at = min((n for n, m in found.items() if n > after and int(m.group(1)) == key), default=0)
        if not at:
            break
        out.append((_Head(at, key, str(key), found[at].group(2).strip()), said[at]))
        key, after = key + 1, at
    return out


def _hurried_run(lines: list[str]) -> list[_Head]:
    """Items of notes typed in a hurry, without a capital at any line's start ("1. föreg. anteckn.",
    "2. kartläggning ang. patienter"): short titles numbered 1, 2, 3 … where most lines begin in lower case.

    >>> [(h.number, h.rest) for h in _hurried_run(["närv: Eva Ek, Bo Ax", "1. föreg. anteckn.", "godkändes.",
    ...                                            "2. ekonomi", "ev. underskott.", "3. övr.", "inga."])]
    [('1', 'föreg. anteckn.'), ('2', 'ekonomi'), ('3', 'övr.')]
    >>> [h.number for h in _hurried_run(["anteckn ledningsgrupp x", "Eva Ek ordf", "Bo Ax", "1. förra anteckn.",
    ...                                  "Godkändes.", "2. ekonomi", "AK gav en lägesbild.", "3. övr.", "Inga."])]
    ['1', '2', '3']
    >>> [h.number for h in _hurried_run(["ANTECKN LEDNINGSGRUPP X", "Eva Ek ordf", "Bo Ax", "1. förra anteckn.",
    ...                                  "Godkändes.", "2. ekonomi", "AK gav en lägesbild.", "3. SIP-rutinen",
    ...                                  "Antas.", "4. övr.", "Inga."])]
    ['1', '2', '3', '4']
    """
    heads = _unbroken_run(lines, _LOWER_NUMBER, int, 3)
    if not heads or heads[0].key != 1 or any(len(h.rest.split()) > 8 for h in heads):
        return []
    starts = [c for raw in lines if (c := raw.lstrip(" -–•*\t0123456789.)")[:1]) and c.isalpha()]
    # the notes' own title typed small too ("anteckn ledningsgrupp …"), though names and initials open
    # most of the lines below it ("AK gav en lägesbild", "Beslut: …")
    if sum(c.islower() for c in starts) * 2 > len(starts) or starts[:1] and starts[0].islower():
        return heads
    # every point's title typed small ("1. förra anteckn", "2. uppdrag fr processteamet"), none an att-clause,
    # each over notes of its own, though the notes under them are written with capitals (an acronym opening a
    # title as typed in any case: "3. SIP-rutinen")
    if (len(heads) >= 4 and all((h.rest[:1].islower() or re.match(r"[A-ZÅÄÖ]{2,5}\b", h.rest))
                                and not h.rest.startswith("att ") for h in heads)
            and all(_notes_under(lines, h.line) for h in heads)):
        return heads
    return []


def _notes_under(lines: list[str], line: int) -> bool:
    """Whether the line after the heading at ``line`` (1-based) is notes, not another numbered line."""
    nxt = lines[line].strip() if line < len(lines) else ""
    return bool(nxt) and not _LOWER_NUMBER.match(nxt) and not re.match(r"\d{1,2}[.)]\s", nxt)


def _unbroken_run(lines: list[str], pattern: re.Pattern, key, least: int) -> list[_Head]:
    """The headings ``pattern`` finds when they run 1, 2, 3 … from the first, at least ``least`` of them;
    or on from the number the header states ("Paragrafer 9–14"), as a council numbers its items over
    the year."""
    plain = [_Head(idx + 1, key(m.group(1)), m.group(1), m.group(2)) for idx, raw in enumerate(lines)
             if (m := pattern.match(raw.strip()))]
    chosen = _lis(plain, strict=True) if len(plain) >= least else []
    if len(chosen) < least:
        return []
    first = 1 if chosen[0].key == 1 or not _stated_span(lines, chosen) else chosen[0].key
    return chosen if [h.key for h in chosen] == list(range(first, first + len(chosen))) else []


def _acronym_run(lines: list[str]) -> list[_Head]:
    """Items numbered after the body's acronym ("KHR 1 Mötets öppnande", "KHR 2 Val av justerare"): one
    acronym throughout, an unbroken run of at least three from the first number.

    >>> [(h.number, h.rest) for h in _acronym_run(["KHR 1 Mötets öppnande", "Text.", "KHR 2 Val av justerare",
    ...                                              "KHR 3 Dagordning", "KS 2025 Budget"])]
    [('1', 'Mötets öppnande'), ('2', 'Val av justerare'), ('3', 'Dagordning')]
    """
    found = [(idx, m) for idx, raw in enumerate(lines) if raw[:1].isupper() and (m := _ACRONYM_NUMBER.match(raw.strip()))]
    common = Counter(m.group(1) for _, m in found).most_common(1)
    if not common or common[0][1] < 3:
        return []
    heads = [_Head(idx + 1, int(m.group(2)), m.group(2), m.group(3)) for idx, m in found if m.group(1) == common[0][0]]
    chosen = _lis(heads, strict=True)
    keys = [h.key for h in chosen]
    return chosen if len(chosen) >= 3 and keys == list(range(keys[0], keys[0] + len(keys))) else []


# a label over the points decided: "Beslut", "Beslut:", "Arbetsutskottets beslut", "Gruppen beslutar:"
_DECIDED_LABEL = re.compile(r"^(?:(?:[A-ZÅÄÖ][\wåäö]*s\s+)?[Bb]eslut|[A-ZÅÄÖ][\wåäö-]*(?:\s+\S+){0,3}\s+beslut(?:ar|ade))\s*:?$")
_ANY_NUMBER = re.compile(r"^(\d{1,2})[.)]\s+\S")


def _without_decided_points(lines: list[str], heads: list[_Head]) -> list[_Head]:
    """The numbered lines without the points of a decision that share an item's number.

    Under "Beslut" a secretary numbers the points decided "1.", "2.", "3." as the items are
    numbered; a point that reads as a title (a line wrapped before its full stop) would take the
    place of the item of its number. Points run 1, 2, 3 … from the line after the label; a point
    whose number an item outside the run also holds is no item.

    >>> lines = ["1. Inledning", "2. Plan", "Beslut", "1. Gruppen godkänner planen med de", "ändringar som", "2. Klart.",
    ...          "3. Övrigt"]
    >>> heads = [_Head(i + 1, int(x[0]), x[0], x[3:]) for i, x in enumerate(lines) if x[0].isdigit() and i != 5]
    >>> [h.line for h in _without_decided_points(lines, heads)]
    [1, 2, 7]
    """
    points: set[int] = set()
    filled = [(i, x.strip()) for i, x in enumerate(lines) if x.strip()]
    for k, (i, s) in enumerate(filled):
        if "eslut" not in s or not _DECIDED_LABEL.match(s):
            continue
        want = 1
        for j, t in filled[k + 1:]:
            m = _ANY_NUMBER.match(t)
            if m and int(m.group(1)) == want:
                points.add(j + 1)
                want += 1
            elif m or (want == 1):
                break
    if not points:
        return heads
    held = Counter(h.key for h in heads if h.line not in points)
    return [h for h in heads if h.line not in points or not held[h.key]]


def paragraph_lines(path: str) -> bool:
    """Is the text of the file at ``path`` written a paragraph a line (by the reader of its format)?"""
    from os.path import splitext

    from samverkan.loaders.read import PARAGRAPH_TYPES, SUFFIXES  # (imported where used: a query need not read files)

    return SUFFIXES.get(splitext(path)[1].lower()) in PARAGRAPH_TYPES


# the points the notes cover, stated in their header: "Omfattning: p 9 - 19", "Punkter: 9–15"
_SPAN_STATED = re.compile(r"(?:^|\s{2,}|\t)(?:omfattning|punkter|(?:justerade\s+)?paragrafer)\s*:?\s*(?:p\.?|punkt(?:erna)?|§§?)?\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\b", re.I)


def _stated_span(lines: list[str], heads: list[_Head]) -> bool:
    """Points numbered on over the year ("9. Mötets öppnande" … "15. Nästa möte") are the items where
    the header states that span ("Omfattning: p 9–15"), its value on the label's line or the next.

    >>> _stated_span(["Omfattning:", "p 9–15", "9. Öppnande"], [_Head(3, 9, "9", "Öppnande")])
    True

    A form prints the span in a cell of its own beside another ("Justeringens   Kommunhuset
    2025-11-24      Paragrafer 9–14"), in Word a table cell a tab from the next.

    >>> _stated_span(["Justeringens\tKommunhuset 2025-11-24\tParagrafer 9–14", "9\tÖppnande"],
    ...              [_Head(2, 9, "9", "Öppnande")])
    True
    """
    first = heads[0].line
    for k in range(min(first - 1, 60)):
        s = lines[k].strip()
        if re.match(r"(?i)(?:omfattning|punkter|(?:justerade\s+)?paragrafer)\s*:?$", s) and k + 1 < first - 1:
            s = f"{s} {lines[k + 1].strip()}"
        m = _SPAN_STATED.search(s)
        if m and int(m.group(1)) == heads[0].key:
            return True
    return False


def _titles_over_notes(lines: list[str], heads: list[_Head]) -> bool:
    """Points numbered on from a later number with nothing in the header to say so ("3. Uppföljning" …
    "4. Övrigt", the opening points left unnumbered or kept in an earlier note): an unbroken run of
    short titles, each over notes of its own before the next point.

    >>> lines = ["Närvarande: Eva Ek", "3. Uppföljning av hemgång", "Gruppen går igenom statistiken.", "",
    ...          "4. Övrigt", "Inget."]
    >>> _titles_over_notes(lines, [_Head(2, 3, "3", "Uppföljning av hemgång"), _Head(5, 4, "4", "Övrigt")])
    True
    >>> _titles_over_notes(lines[:2] + lines[4:], [_Head(2, 3, "3", "Uppföljning av hemgång"), _Head(3, 4, "4", "Övrigt")])
    False
    """
    keys = [h.key for h in heads]
    if keys != list(range(keys[0], keys[0] + len(keys))) or any(len(h.rest.split()) > 8 for h in heads):
        return False
    for h in heads:
        # (the line after the title, a blank between them or not)
        filled = next((k for k in range(h.line, len(lines)) if lines[k].strip()), None)
        if filled is None or not _notes_under(lines, filled):
            return False
    return True


# the first point of a meeting: "Mötets öppnande", "Mötet öppnas", "Sammanträdets öppnande"
_OPENING_TITLE = re.compile(r"(?i)^(?:mötets|sammanträdets)\s+öppnande\b|^(?:mötet|sammanträdet)\s+öppnas\b|^öppnande\b")


def _opens_numbered_on(heads: list[_Head]) -> bool:
    """Points numbered on over the year with nothing in the header to say so ("112. Mötets öppnande" …
    "120. Nästa möte", as a LAG's protocols run): an unbroken run of four or more whose first point
    opens the meeting.

    >>> _opens_numbered_on([_Head(k, 112 + k, str(112 + k), t) for k, t in enumerate(
    ...     ["Mötets öppnande", "Dagordning", "Val av justerare", "Nästa möte"])])
    True
    >>> _opens_numbered_on([_Head(k, 40 + k, str(40 + k), t) for k, t in enumerate(
    ...     ["Budget", "Dagordning", "Val av justerare", "Nästa möte"])])
    False
    """
    keys = [h.key for h in heads]
    return (len(heads) >= 4 and bool(_OPENING_TITLE.match(heads[0].rest))
            and keys == list(range(keys[0], keys[0] + len(keys))))


def segment_minutes(text: str | CleanText, path: str = "") -> Segments:
    """Segment minutes text (raw or already cleaned) into its parts.

    A text without recognisable agenda items gives no items and the whole text as its header.
    """
    ct = text if isinstance(text, CleanText) else clean(text)
    lines = ct.lines
    para, numbered, mdh = _candidates(lines, ct.md_headings)
    toc_spans: list[tuple[int, int]] = []
    family = ""
    heads: list[_Head] = []
    if para:
        toc, rest = _split_toc(para)
        chosen = _lis(_dominant_style(rest), strict=True)
        if chosen:
            family, heads = "para", chosen
            if toc:
                toc_spans.append(_toc_span(lines, toc))
    if family == "para" and (later := _headed_after_index(heads, mdh)):
        # "§ 34 Val av justerare" in an Ärendeförteckning, each item then headed "Paragraf 34": the '§' list
        # is the index, the "Paragraf" lines the items
        toc_spans.append(_toc_span(lines, heads))
        heads = later
    if not heads and numbered:
        chosen = _lis(numbered, strict=False)
        if chosen:
            family, heads = "numbered", chosen
    if not heads and mdh:
        toc, rest = _split_toc(mdh)
        chosen = _lis(rest, strict=False)
        if chosen:
            family, heads = "markdown", chosen
            if toc:
                toc_spans.append(_toc_span(lines, toc))
    if not heads:
        # plain "1. Föregående anteckningar" lines, as notes typed without heading styles have
        # them: only where nothing more distinctive marks the items
        plain = [_Head(idx + 1, int(m.group(1)), m.group(1), m.group(2)) for idx, raw in enumerate(lines)
                 if (m := _PLAIN_NUMBER.match(raw.strip()))]
        plain = _without_decided_points(lines, plain)
        chosen = _lis(plain, strict=True) if len(plain) >= 2 else []
        if chosen and (chosen[0].key <= 2 or _stated_span(lines, chosen) or _opens_numbered_on(chosen)
                       or _titles_over_notes(lines, chosen)) \
                and not _more_topics(lines, chosen):
            family, heads = "markdown", chosen
    inline: dict[int, str] = {}
    if family == "markdown" and heads:
        # "1. Inledning. Ordföranden hälsar välkommen …" before "3. Information" / "7. Nästa möte 9 mars": the
        # points a hurried secretary ran on into their text, numbered next to the run found
        run_in = _run_in_neighbours(lines, heads)
        if run_in:
            lines = list(lines)
            for h, said in run_in:
                inline[h.line] = lines[h.line - 1] = said
            heads = sorted(heads + [h for h, _ in run_in], key=lambda h: h.line)
    one_line: set[int] = set()  # titles that never go on to the next line
    if not heads:
        heads = _hurried_run(lines)
        family = "markdown" if heads else family
        one_line = {h.line for h in heads}  # every line starts small there: no title wraps onto the next
    if not heads:
        # "2. Utbildning – Rådet har rekommenderat …": a summary's points, each a topic and what was
        # said of it on one line; the topic is the title, the rest of the line the item's text
        topics = [(idx, m) for idx, raw in enumerate(lines) if (m := _TOPIC_NUMBER.match(raw.strip()))]
        plain = [_Head(idx + 1, int(m.group(1)), m.group(1), m.group(2)) for idx, m in topics]
        chosen = _lis(plain, strict=True) if len(plain) >= 2 else []
        if chosen and chosen[0].key <= 2:
            family, heads = "markdown", chosen
            said = {idx + 1: m.group(3) for idx, m in topics}
            inline = {h.line: said[h.line] for h in chosen}
            lines = list(lines)
            for n, rest in inline.items():
                lines[n - 1] = rest
    if not heads:
        # "12/25 Budget": protocol numbers of one year written without '§'
        years = [(idx, m) for idx, raw in enumerate(lines) if (m := _YEAR_NUMBER.match(raw.strip()))]
        common = Counter(m.group(2) for _, m in years).most_common(1)
        plain = [_Head(idx + 1, int(m.group(1)), f"{m.group(1)}/{m.group(2)}", m.group(3)) for idx, m in years
                 if m.group(2) == common[0][0]] if common else []
        chosen = _lis(plain, strict=True) if len(plain) >= 2 else []
        if chosen:
            family, heads = "markdown", chosen
    if not heads:
        # "KHR 1 Mötets öppnande": a council's acronym before each item's number, the same throughout
        heads = _acronym_run(lines)
        family = "markdown" if heads else family
    if not heads:
        # "A. Inledning", "II. Val av plattform": lettered items; then "3 Kartläggning", numbered by a
        # heading style; each only as an unbroken run from the first
        heads = _unbroken_run(lines, _PLAIN_LETTER, _key, 2) or _unbroken_run(lines, _BARE_NUMBER, int, 3) \
            or _unbroken_run(lines, _SMALL_LETTER, _letter_rank, 3)
        family = "markdown" if heads else family
    if not heads:
        # "1. Ordförande X hälsade välkommen …", "2. Dagordningen godkändes.": points that are sentences,
        # an unbroken run from 1; each line stays the item's text
        heads = _unbroken_run(lines, _SENTENCE_NUMBER, int, 4)
        if heads:
            family = "markdown"
            lines = list(lines)
            for h in heads:
                inline[h.line] = lines[h.line - 1].strip()[len(h.number) + 1:].strip()
                cell, tab, told = inline[h.line].partition("\t")
                if tab and told.strip() and len(cell) <= 80:
                    # "2. Återrapport från PSO | Cecilia återrapporterade …": a "Punkt | Anteckning" table's row,
                    # the point's title in its first cell, what was said of it in the second
                    inline[h.line], h.rest = told.strip(), cell.strip()
                lines[h.line - 1] = inline[h.line]
                h.rest = h.rest.rstrip(".!?")
                if ":" in h.rest and (labelled := _LABEL_THEN_TEXT.match(inline[h.line])):
                    # "5. Ny medlem / avgår: Britt-Marie slutar i rådet …": the point's title before the colon, what
                    # was said of it after
                    h.rest, inline[h.line] = labelled.group("title"), labelled.group("text")
                    lines[h.line - 1] = inline[h.line]
    if not heads:
        heads = _markdown_sections(lines, ct.md_levels)
        family = "markdown" if heads else family
    if not heads:
        # notes typed in OneNote or an e-mail mark their headings bold on a line of their own
        # ("**Uppföljning från förra mötet**"), under a '#' title or none
        heads = _markdown_sections(lines, dict.fromkeys(ct.bold_lines - _bold_title(lines, ct.bold_lines), 1))
        family = "markdown" if heads else family
    if not heads:
        # "09.00–09.30 Mötets öppnande": the points under the times of the day's programme
        heads = _timed_sections(lines)
        family = "markdown" if heads else family
    if not heads:
        # (nor does a PDF's text, whose lines are the page's: a title is a line of its own there too)
        heads = _plain_sections(lines, paragraph_lines(path) or path.lower().endswith(".pdf"))
        family = "markdown" if heads else family
    if not heads:
        return _without_items(ct, path)

    n = len(lines)
    mains: list[ItemSegment] = []
    for k, h in enumerate(heads):
        end = heads[k + 1].line - 1 if k + 1 < len(heads) else n
        rest = h.rest
        if re.match(r"(?:Dnr|Diarienr|Diarienummer)\b", rest, re.IGNORECASE):
            # "§ 34 Dnr KS 2025/067 Uppföljning av …": the title after the diary number on the same line
            # (a PDF prints the number and title cells as one line), else on the lines below
            tm = _DNR_THEN_TITLE.match(rest)
            rest = tm.group("title") if tm else ""
        if h.line in inline:
            title, kind = split_title(rest)
            mains.append(ItemSegment(h.number, h.number, title, kind, None, h.line, h.line, end))
            continue
        raw_title, after = (rest, h.line) if h.line in one_line else _title_from(lines, h.line, rest, end)
        title, kind = split_title(raw_title)
        after = _skip_kind_tag(lines, after, end, kind)
        mains.append(ItemSegment(h.number, h.number, title, kind, None, h.line, after + 1, end))

    signatures = None
    last = mains[-1]
    for idx in range(last.body_start - 1, last.end):
        if (_SIGNATURE_START.match(lines[idx].strip()) or _SIGNATURE_LINE.match(lines[idx].strip())
                or _SIGNATURE_ROLES_ROW.match(lines[idx].strip()) or _opens_signer_run(lines[:last.end], idx)):
            signatures = (idx + 1, last.end)
            last.end = idx
            break
        if _NOTICE_BOX.match(lines[idx].strip()):
            last.end = idx  # no part of the last item; its "Underskrift" is the secretary's
            break
        if (_LATER_MEETING.match(lines[idx].strip()) and not lines[idx].rstrip().endswith(".")
                and len(lines[idx].split()) <= 10 and idx > 0 and not lines[idx - 1].strip("-–—=_* \t")):
            # the notes of a later extra meeting after the last point: that point ends where they begin (a
            # line of dashes between them no part of it either)
            last.end = idx
            while last.end > last.body_start and not lines[last.end - 1].strip("-–—=_* \t"):
                last.end -= 1
            break
    while last.end > last.heading_line and not lines[last.end - 1].strip():
        last.end -= 1

    items: list[ItemSegment] = []
    for it in mains:
        items.append(it)
        subs = _sub_items(lines, it, ct.artefacts)
        items.extend(subs)

    header = (1, heads[0].line - 1) if heads[0].line > 1 else None
    if header:
        toc_spans.extend(s for s in _labelled_toc(lines, 0, header[1]) if s not in toc_spans)
    attendance = signature_span = None
    if header:
        attendance, signature_span = _header_spans(lines, header, toc_spans, ct.md_levels)
    if signatures is None:
        signatures = signature_span
    layout = {"para": "formal", "numbered": "numbered", "markdown": "numbered"}[family]
    if family in ("para", "markdown") and any("/" in h.number for h in heads):
        layout = "digital"
    return Segments(path, lines, layout, header, sorted(toc_spans), items, signatures, attendance,
                    ct.md_headings, ct.artefacts, ct.bold_lines)


def _without_items(ct: CleanText, path: str) -> Segments:
    """Minutes whose agenda items cannot be recognised: the whole text is read as a header.

    Attendance, meeting facts and signatures are still found by their labels; the extractor
    reads decisions from the running text and says what was not found.
    """
    lines = ct.lines
    n = len(lines)
    while n and not lines[n - 1].strip():
        n -= 1
    header = (1, n) if n else None
    toc = _labelled_toc(lines, 0, n) if n else []
    attendance = signatures = None
    if header:
        attendance, signatures = _header_spans(lines, header, toc, ct.md_levels)
    return Segments(path, lines, "unknown", header, toc, [], signatures, attendance, ct.md_headings, ct.artefacts,
                    ct.bold_lines)


def _header_spans(lines: list[str], header: tuple[int, int], toc: list[tuple[int, int]],
                  levels: dict[int, int] | None = None):
    """Spans of the attendance block and the signature block inside the header."""
    in_toc = {n for a, b in toc for n in range(a, b + 1)}
    att_start = att_end = sig_start = sig_end = None
    levels = levels or {}
    att_level = 0  # the level of the Markdown heading over the attendance ("## Deltagare"), 0 for none
    for n in range(header[0], header[1] + 1):
        s = lines[n - 1].strip()
        if not s or n in in_toc:
            continue
        if att_level > 0 and n in levels and levels[n] <= att_level and not _ATTENDANCE_LABEL.match(s):
            # "## Deltagare" … "## Sammanfattning": a heading of the same rank ends the roster (one of a lower
            # rank, "### Region X", sorts the people under it)
            att_level = -1
        if _SIGNATURE_START.match(s.lstrip("-• ")) or s.lstrip("-• ").lower().startswith("underskrift"):
            sig_start, sig_end = n, n
            continue
        if sig_start:
            if _TOC_LABEL.match(s) or (_HEADER_END_LABEL.match(s) and not s.lower().startswith("paragraf")):
                break
            sig_end = n
            continue
        if _ATTENDANCE_LABEL.match(s) and not sig_start and att_level >= 0:
            att_start = att_start or n
            att_end = n
            if n in levels and not att_level:
                att_level = levels[n]
        elif att_start and att_level >= 0 and not (_HEADER_END_LABEL.match(s)
                                                   or re.match(r"^[-•]?\s*(?:tid|plats|datum)\b", s, re.I)):
            att_end = n
    att = (att_start, att_end) if att_start else None
    sig = (sig_start, sig_end) if sig_start else None
    return att, sig
