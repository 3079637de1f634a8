"""Read the facts of a minutes text: meeting, attendance, items, presenters and decisions.

Names are kept as written; the resolver canonicalises them later.

>>> m = parse_minutes('''Socialnämnden
... Sammanträdesprotokoll 2024-03-12
... Beslutande: Anna Berg (S), ordförande
... § 12
... Budget
... Socialnämnden beslutar
... att godkänna budgeten
... ''')
>>> m.body, m.date, [(a.name, a.status, a.roles, a.party) for a in m.attendance]
('Socialnämnden', '2024-03-12', [('Anna Berg', 'present', ['ledamot', 'ordförande'], '(S)')])
>>> [(d.item, d.text) for d in m.decisions]
[('12', 'godkänna budgeten')]
"""
from __future__ import annotations

import calendar
import dataclasses
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from samverkan.graph.errors import ParseError
from samverkan.graph.ids import fold
from samverkan.graph.model import quote
from samverkan.loaders.clean import OPEN_END as _OPEN_END
from samverkan.loaders.clean import SENTENCE_OPENER as _SENTENCE_OPENER
from samverkan.loaders.clean import clean
from samverkan.loaders.formats import hurried_approvals
# imported once here: an import statement in a function costs about 2 µs at every call
from samverkan.loaders.names import (
    PARTICLES, _NOUN_ENDING, _ORG_NOUN_END, _PLACE_PART, _UNIT_ENDING, _is_surname, _looks_like_surname, is_given_name, is_person_name, is_title_word,
    normalise_person_name, same_person_form,
)
from samverkan.loaders.segment import ItemSegment, Segments, paragraph_lines, segment_minutes
from samverkan.loaders.types import AttendanceEntry, ParsedDecision, ParsedItem, ParsedMinutes

# ---------------------------------------------------------------- vocabulary

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
_MONTH_RE = "|".join(MONTHS)
_MONTHS3 = tuple(name[:3] for name in MONTHS)  # "jan" … "dec", as rosters and dates shorten them
_ISO = re.compile(r"(?<![\d-])(20\d\d)-(\d\d)-(\d\d)(?![\d])")
# (a meeting of two days from its first: "den 19–20 september 2026")
_TEXT_DATE = re.compile(rf"\b(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?(?:\s*:e|\s*:a)?\s+({_MONTH_RE}),?\s+(20\d\d)\b", re.IGNORECASE)
# "den 12 juni", "Torsdag 23 oktober": a date without its year, read in the year the document is from
_YEARLESS_DATE = re.compile(rf"\b(\d{{1,2}})(?:\s*:e|\s*:a)?\s+({_MONTH_RE})\b(?!\s+(?:20)?\d\d)", re.IGNORECASE)
_HELD = re.compile(r"\b(?:höll|har\s+hållit|hade)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d-])(20\d\d)(?![\d-])")
_COMPACT = re.compile(r"(?<![\d/-])(\d{2})(\d{2})(\d{2})(?![\d/-])")
_COMPACT_CUE = re.compile(
    r"\b(?:[A-ZÅÄÖ]{2,8}(?::s)?|vid|möte|mötet|protokoll|beslutad|beslutat|beslut|sammanträde|tog|den)\s+$"
)
# searched in lowercased text (re.IGNORECASE over the month alternation is several times slower)
_DATE_HINT = re.compile(rf"\d{{6}}|20\d\d-\d|\b(?:i|\d{{1,2}})\s+(?:{_MONTH_RE})\b")
_DIGITS6 = re.compile(r"\d{6}")
# the digit part of _DATE_HINT ("\d{6}|20\d\d-\d"); its month part is looked up apart. Written to start
# with one digit: the pattern is then scanned about 2.5 times faster over a whole text
_DATE_DIGITS = re.compile(r"\d(?:\d{5}|(?<=2)0\d\d-\d)")
_MONTH_REF = re.compile(rf"\bi\s+({_MONTH_RE})(?:\s+(20\d\d))?\b", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"^\s*(?:[-–—]|till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?|tom)\s*(?:20)?\d{2}")
_RANGE_BEFORE = re.compile(r"(?:\bfrån|\bmellan|\d\s*(?:[-–—]|till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?|tom))\s*$", re.IGNORECASE)
_FUTURE_CUE = re.compile(
    # "Ansvarig", "Deadline": the head of an action list, whose dates are when tasks are due
    r"\b(?:kommer|ska|skall|nästa|kommande|framöver|inbjudan|för beslut|senast|planeras|ses|ansvarig|deadline)\b",
    re.IGNORECASE
)
_PAST_CUE = re.compile(
    r"\b(?:var|togs|tog|lyftes|gjordes|beslutades|presenterades|presenterade|genomfördes|hölls|ställdes|"
    r"deltog|godkändes|senaste|föregående|förra|information från)\b",
    re.IGNORECASE,
)
_STRONG_PAST = re.compile(
    r"\b(?:senaste|föregående|förra|information\s+från|protokoll\s+för\s+mötet|presenterades|godkändes)\b", re.I
)
_MEETING_CUE = re.compile(
    r"(?:möte|mötet|sammanträde|protokoll|workshop|utvecklingsdag|intervju|konferens|seminari|"
    r"(?-i:\b[A-ZÅÄÖ]{3,5}\b)|nämnd|styrelse|samverkansgrupp|ledningsgrupp|styrgrupp|fullmäktige|utskott|"
    r"samrådsorgan|samverkansråd|beredning)",
    re.IGNORECASE,
)
# The cues above searched in the lowercased sentence, without re.IGNORECASE: an alternation scans several
# times faster so. Exact wherever the sentence holds none of "ſ", "ı", "İ" (the only characters that
# re.IGNORECASE matches to these Latin letters otherwise than str.lower() makes them; see _lowered)
_MEETING_WORDS = re.compile(
    r"möte|sammanträde|protokoll|workshop|utvecklingsdag|intervju|konferens|seminari|nämnd|styrelse|"
    r"samverkansgrupp|ledningsgrupp|styrgrupp|fullmäktige|utskott|samrådsorgan|samverkansråd|beredning")
_ACRONYM = re.compile(r"\b[A-ZÅÄÖ]{3,5}\b")  # the case-sensitive part of _MEETING_CUE
_FUTURE_LOW = re.compile(_FUTURE_CUE.pattern)
_PAST_LOW = re.compile(_PAST_CUE.pattern)
_STRONG_PAST_LOW = re.compile(_STRONG_PAST.pattern)
_HELD_LOW = re.compile(_HELD.pattern)


def _lowered(sent: str) -> str | None:
    """``sent.lower()`` where the lowercase twins of the cue patterns find what the patterns find in
    ``sent``, else None."""
    return None if "ſ" in sent or "ı" in sent or "İ" in sent else sent.lower()


def _cue(low_pat: re.Pattern, pat: re.Pattern, sent: str, low: str | None) -> bool:
    return bool(low_pat.search(low) if low is not None else pat.search(sent))


def _meeting_cue(sent: str, low: str | None) -> bool:
    if low is None:
        return bool(_MEETING_CUE.search(sent))
    return bool(_MEETING_WORDS.search(low) or _ACRONYM.search(sent))


# a sentence ends at the punctuation before a space and a capital or a digit; a middle initial ("Tomas J.
# Wiklund") ends no sentence. The match takes the punctuation along: a pattern that starts with a
# character class is scanned about 2.5 times faster than one that starts with a lookbehind
# (a lettered point opens one too: "… ny ersättare. b) Göran informerade …")
_SENTENCE_BREAK = re.compile(r"[.!?:;•](?<!\s[A-ZÅÄÖ]\.)\s+(?=[A-ZÅÄÖ\-\d]|[a-h]\)\s+[A-ZÅÄÖ])")


def _split_flat(flat: str, breaks: re.Pattern = _SENTENCE_BREAK) -> tuple[list[str], list[int]]:
    """The sentences of ``flat`` (text with single spaces), and where each starts in it; a match of
    ``breaks`` starts with the punctuation that ends a sentence, which stays with it.

    >>> _split_flat("Mötet öppnades. Nästa möte: 3 maj. Tomas J. Wiklund kom.")
    (['Mötet öppnades.', 'Nästa möte:', '3 maj.', 'Tomas J. Wiklund kom.'], [0, 16, 28, 35])
    """
    pieces: list[str] = []
    starts: list[int] = []
    last = 0
    for m in breaks.finditer(flat):
        pieces.append(flat[last:m.start() + 1])
        starts.append(last)
        last = m.end()
    pieces.append(flat[last:])
    starts.append(last)
    return pieces, starts


def _sentences(text: str) -> list[str]:
    return _split_flat(" ".join(text.replace("•", ". ").split()))[0]


_TITLE_SUFFIX = (
    "chef", "direktör", "strateg", "samordnare", "ledare", "läkare", "sekreterare", "handläggare",
    "utvecklare", "controller", "sjuksköterska", "specialist", "rådgivare", "ansvarig", "ombud",
    "representant", "konsult", "koordinator", "assistent", "administratör", "jurist", "ekonom",
    "analytiker", "utredare", "kommunikatör", "kurator", "psykolog", "ägare", "expert", "inspektör",
    "arkivarie", "skötare", "terapeut", "pedagog", "rektor", "förman", "ordförande", "revisor", "dietist", "planerare",
    "apotekare", "farmaceut", "barnmorska", "upphandlare",
)
# "Sjuksköterskan Eva Ek informerar", "Dietisten Sofia Lönn": a title in its definite form before the name
_DEFINITE_TITLE_SUFFIX = tuple(t + ("n" if t.endswith(("a", "e", "r")) else "en") for t in _TITLE_SUFFIX)
# titles written as acronyms in vård och omsorg: medicinskt ansvarig sjuksköterska / för rehabilitering
# and a company's verkställande direktör: "Helena Sjöberg, VD"
_TITLE_ACRONYMS = frozenset({"mas", "mar", "mas/mar", "mar/mas", "mas och mar", "vd"})
_UNIT_WORDS = re.compile(
    r"(?:förvaltning|enhet|avdelning|verksamhet|kontor|stab|sektion|centrum|center|klinik|mottagning|kansli|"
    r"område|sekretariat|byrå|funktion|division|vård|omsorg)",
    re.IGNORECASE,
)
# a company by the form its name ends in: "Källviks Läkarhus AB", "Vårdbolaget i Norr HB"
_COMPANY_FORM = re.compile(r"\s(?:AB|HB|KB|Aktiebolag)(?:\s*\(publ\))?$")
_ORG = re.compile(
    r"\b(?:Region\s+[A-ZÅÄÖ][\wåäö]+(?:\s+län)?|Landstinget\s+[A-ZÅÄÖ][\wåäö]+|"
    r"[A-ZÅÄÖ][\wåäö-]*\s+(?:[Kk]ommun|[Ss]tad|[Kk]ommunförbund)|Regionen|Landstinget)\b"
)
def _caps_org(s: str) -> str | None:
    """A huvudman written in capitals, as a roster's heading prints it, in its usual letters.

    >>> _caps_org("BJÖRKÅ KOMMUN"), _caps_org("REGION SKOGLAND"), _caps_org("ÖVRIGA NÄRVARANDE")
    ('Björkå kommun', 'Region Skogland', None)
    """
    if not s.isupper() or len(s) > 60:
        return None
    t = re.sub(r"\b(Kommun|Stad|Kommunförbund|Län)\b", lambda m: m.group(1).lower(), " ".join(w.capitalize() for w in s.split()))
    return t if _ORG.fullmatch(t) else None


# a state authority named in one word, as a roster's organisation column gives it ("Åklagarmyndigheten",
# "Kriminalvården", "Migrationsverket", "Polisen"): an organisation, not a label over a section of rows
_AUTHORITY_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:myndigheten|verket|vården|kassan|förmedlingen|inspektionen)"
                             r"|Polisen|Länsstyrelsen|Kustbevakningen|Kronofogden")
# "(S)", and in older protocols the party in lower case: "(s)", "(kd)"
_PARTY = re.compile(r"\(\s*(S|M|C|V|L|KD|SD|MP|FP|Fi|SPI|(?!MAS\b|MAR\b|MAP\b)[A-ZÅÄÖ]{1,4}|s|m|c|v|l|kd|sd|mp|fp|fi)\s*\)")
# the party first in the brackets with the seat after it: "(S, ordförande)", "(C, tjänstgörande ersättare för …)"
_PARTY_THEN_ROLE = re.compile(r"^\s*,?\s*\(\s*(S|M|C|V|L|KD|SD|MP|FP|Fi|s|m|c|v|l|kd|sd|mp|fp|fi)\s*,\s*(?=[a-zåäö])")
# a party written out, as a roster grouped by party heads its names: "Socialdemokraterna   Anna Berg"
_PARTY_NAMES = {
    "socialdemokraterna": "S", "arbetarepartiet socialdemokraterna": "S", "moderaterna": "M",
    "moderata samlingspartiet": "M", "centerpartiet": "C", "liberalerna": "L", "folkpartiet": "FP",
    "folkpartiet liberalerna": "FP", "kristdemokraterna": "KD", "sverigedemokraterna": "SD",
    "vänsterpartiet": "V", "miljöpartiet": "MP", "miljöpartiet de gröna": "MP", "feministiskt initiativ": "Fi",
}


def party_heading(cell: str) -> str | None:
    """The party a roster's left column names, as its letters, or None.

    >>> party_heading("Socialdemokraterna"), party_heading("Moderaterna (M)"), party_heading("Region Ost")
    ('S', 'M', None)
    """
    low = re.sub(r"\s*\([A-ZÅÄÖa-z]{1,4}\)\s*$", "", cell.strip().rstrip(":")).casefold()
    return _PARTY_NAMES.get(low)


_PARAGRAPHS = re.compile(r"§\s?§?\s?(\d{1,4}[a-z]?(?:\s?[-–]\s?§?\s?\d{1,4}[a-z]?)?)")
# a list of paragraphs after "§§": "§§ 120, 123–124", "§§ 4 och 6"
_PARAGRAPH_LIST = re.compile(r"§\s?§\s?(\d{1,4}[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?"
                             r"(?:\s*(?:,|och)\s*\d{1,4}[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?(?![\d.:]))+)")
_PARAGRAPH_SEP = re.compile(r"\s*(?:,|\boch\b)\s*")
_NOT_PARAGRAPHS = re.compile(r"(?:,\s*)?\b(?:ej|inte|utom)\s+(?:närvarande\s+)?(?:vid\s+|under\s+)?"
                             r"§\s?§?\s?\d{1,4}[a-z]?(?:\s?[-–]\s?§?\s?\d{1,4}[a-z]?)?", re.I)
# "Bo Nett, ej pkt 5d, 11-15", "ej punkt 1–3": away for those points, there for the others, which go unnamed
_NOT_POINTS = re.compile(r"(?:,\s*)?\b(?:ej|inte|utom)\s+(?:närvarande\s+)?(?:vid\s+|under\s+)?(?:p\.|pkt\.?|punkt(?:erna)?)\s*"
                         r"\d{1,3}[a-z]?(?:\s*(?:[-–,]|och)\s*\d{1,3}[a-z]?)*", re.I)
_SUBSTITUTE = re.compile(
    # ("Emma Fors (L), ersättare – tjänstgjorde för Nadia Benali (C)": what she did, in the past, after a dash)
    r"(?:,\s*|\s+[–-]\s+)?(?:tjänstgörande\s+|tjg\.?\s+)?(?:ersättare\s+för|ersätter|ers\.?\s+(?:(?P<seat>[A-ZÅÄÖ]{2,6})\s+)?för|"
    r"tjänstgör\s+för|tjänstgjorde\s+för|i\s+stället\s+för|istället\s+för|"
    # "Maud Ek S tjg för Leif Ås": the verb cut short in a roster's note column
    r"tjg\.?\s+för|"
    # "Tomas Bäck (m) (ers Maj Jonsson (m))": the one served for in brackets
    r"(?<=\()ers\.?(?=\s+[A-ZÅÄÖ]))\s+"
    # "ersättare för sektionschef Petra Lind": the title of the one stood in for before the name
    r"(?:[a-zåäö][a-zåäö-]{3,}(?:chef|ledare|samordnare|strateg|handläggare|direktör)\s+(?=[A-ZÅÄÖ]))?"
    r"(?P<who>[A-ZÅÄÖ][\w'-]*\.?(?:\s+[A-ZÅÄÖ][\w'-]+){0,3})(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\))?",
)
# the member stood in for named by the post she holds, in brackets after the stand-in's title: "(ersätter
# socialchefen)", "(ersätter ordinarie ledamot)"
_STANDS_IN_FOR_TITLE = re.compile(r"\s*\(ersätter\s+(?:ordinarie\s+)?(?:[a-zåäö][a-zåäö-]*(?:chefen|ledamoten|ledamot|"
                                  r"direktören|samordnaren|strategen|representanten))\)")
# a sentence about a person under the roster, her name its subject: "Eva Ek deltog för första gången …",
# "Per Ek ersätter Anna Lund …", "Lisa Berg lämnar gruppen vid årsskiftet"
_TOLD_OF_PERSON = re.compile(r"^\s*(?:deltog|deltar|ersätter|ersatte|lämnar|lämnade|går\s+in|gick\s+in|börjar|började|"
                             r"slutar|slutade|efterträder|efterträdde|har\s+(?:ersatt|efterträtt|lämnat|slutat|gått))\s+"
                             r"[a-zåäöA-ZÅÄÖ]")
# "Per Ek, Åby kommun, ersattes av Lisa Berg": a member replaced by a deputy for the meeting
_REPLACED_BY = re.compile(r"^(?P<name>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){1,3})(?P<mid>(?:,\s*[^,()]{2,60}?)?),?\s+"
                          r"(?:ersattes|ersätts|var\s+ersatt)\s+av\s+"
                          r"(?P<who>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){1,3})\s*\.?$")
# the seat held at this meeting written out in full on the person's line: "…, tjänstgörande ersättare för Eva Lund"
# (the secretary's short forms of the same: "Per Ek (V) tjg för Eva Lund (V)", "ersättare, tjänstgör för Eva Lund")
_SERVING_WORDED = re.compile(r"\btjänstgörande\s+ersättare\b|\btjg\.?\s+för\b|\btjänstgör\s+för\b", re.I)
# the same as a bare note after the ersättare's name: "Per Ek (KD), tjänstgör", "Eva Lund – tjänstgörande"
_SERVING_NOTE = re.compile(r"(?:,|\s[-–—])\s*(?:tjänstgör|tjänstgjorde|tjänstgörande|tjg\.?)$", re.I)
_ROLE_WORDS = {
    "vice ordförande": "vice ordförande", "1:e vice ordförande": "1:e vice ordförande",
    "2:e vice ordförande": "2:e vice ordförande", "vice ordf": "vice ordförande", "vice ordf.": "vice ordförande",
    "1:e vice ordf": "1:e vice ordförande", "1:e vice ordf.": "1:e vice ordförande",
    "2:e vice ordf": "2:e vice ordförande", "2:e vice ordf.": "2:e vice ordförande",
    "ordförande": "ordförande", "ordf": "ordförande", "ordf.": "ordförande", "mötesledare": "ordförande",
    "leder mötet": "ordförande", "mötesordförande": "ordförande",
    # "Eva Ek (verksamhetschef, mötets ordförande)": who chaired this meeting, as a dialogue's parties take turns
    "mötets ordförande": "ordförande", "dagens ordförande": "ordförande", "dagens mötesordförande": "ordförande",
    # a youth council's or a reference group's politician to turn to, listed with the adults at its meeting
    "kontaktpolitiker": "kontaktpolitiker",
    # "Karin Ek, processledare i Region X, som ledde mötet": the one told in a prose roster to have chaired
    "som ledde mötet": "ordförande", "ledde mötet": "ordförande", "som leder mötet": "ordförande",
    # "Till punkt 4 deltog Eva Ek, enhetschef, som föredrog ärendet": the guest presented the point she came for
    "som föredrog ärendet": "föredragande", "som föredrog punkten": "föredragande", "som föredrog frågan": "föredragande",
    "som föredrar ärendet": "föredragande",
    "sekreterare": "sekreterare", "antecknare": "sekreterare", "antecknar": "sekreterare",
    "anteckningar": "sekreterare", "för anteckningar": "sekreterare", "för anteckningarna": "sekreterare",
    # the one a meeting recap names for its notes: "Anton Sjöberg, Region X (mötesanteckningar)"
    "mötesanteckningar": "sekreterare", "minnesanteckningar": "sekreterare",
    "för mötesanteckningar": "sekreterare", "för minnesanteckningar": "sekreterare",
    "protokollförare": "sekreterare",
    "loggförare": "sekreterare", "mötessekreterare": "sekreterare", "för loggen": "sekreterare",
    # a samverkanskonferens called over Rakel: the länsstyrelse's moderator leads it, its "logg" is its notes
    "moderator": "moderator", "logg": "sekreterare",
    "justerare": "justerare", "justerande": "justerare", "tjänstgörande ersättare": "ersättare",
    "ersättare": "ersättare", "tjg": "ersättare", "tjänstgör": "ersättare", "tjänstgörande": "ersättare",
    "tjg ersättare": "ersättare", "tjg. ersättare": "ersättare", "tjg ers": "ersättare", "tjg ers.": "ersättare",
    "adjungerad": "adjungerad", "adjungerande": "adjungerad", "ledamot": "ledamot",
    "sammankallande": "sammankallande", "sammank": "sammankallande", "sammank.": "sammankallande",
    # "AB  Anna Berg, Åby, vård- och omsorgschef (samm.)": shorter still, beside "(anteckn.)"
    "samm.": "sammankallande",
    # "Sara Holm (Åby kommun) - sammankallande t.f.": one who stands in as convenor convenes
    "sammankallande t.f.": "sammankallande", "sammankallande t.f": "sammankallande",
    "sammankallande tf": "sammankallande",
    "t.f. sammankallande": "sammankallande", "tf sammankallande": "sammankallande",
    "tillförordnad sammankallande": "sammankallande",
    # a chat app's list of who took part: "Amra Ek (Åby kommun) – organisatör", the one who called the meeting
    "organisatör": "sammankallande", "mötesorganisatör": "sammankallande", "v ordf": "vice ordförande", "v. ordf.": "vice ordförande",
    "v.ordf.": "vice ordförande", "v ordförande": "vice ordförande", "v. ordf": "vice ordförande",
    "v.ordf": "vice ordförande", "sekr": "sekreterare", "sekr.": "sekreterare",
    # "Tomas Bengtsson (M), 1:e v ordf": the first vice chair shortened
    "1:e v ordf": "1:e vice ordförande", "1:e v. ordf.": "1:e vice ordförande", "1:e v ordf.": "1:e vice ordförande",
    "2:e v ordf": "2:e vice ordförande", "2:e v. ordf.": "2:e vice ordförande", "2:e v ordf.": "2:e vice ordförande",
    # ("Lars Ek, 1:e v.o." in a fullmäktige's närvaro- och omröstningslista: the vice chairs shortest)
    "v.o.": "vice ordförande", "1:e v.o.": "1:e vice ordförande", "2:e v.o.": "2:e vice ordförande",
    "v.o": "vice ordförande", "1:e v.o": "1:e vice ordförande", "2:e v.o": "2:e vice ordförande",
    # "Camilla Ek (ers., Bruksberga kommun)", "Elin Borg (adj., utvecklingsledare)": the roles shortened
    "ers": "ersättare", "ers.": "ersättare", "adj": "adjungerad", "adj.": "adjungerad",
    # "Eva Holm (EH), anteckn.": the notes' keeper in a hurried roster's shortest form
    "anteckn": "sekreterare", "anteckn.": "sekreterare",
    # "Johanna Ek (JE), apotekare, Region X – sammankallande, antecknade": who kept the notes, in the past
    "antecknade": "sekreterare",
    # "Tomas Berg, avdelningschef (höll i mötet)": the one whose turn it was to chair, in a group that takes turns
    "höll i mötet": "ordförande", "håller i mötet": "ordförande",
    # a meeting app's template set to English: "Helena Vik, socialchef (chair)", "Per Lund (notes)"
    "chair": "ordförande", "chairperson": "ordförande", "note taker": "sekreterare", "notetaker": "sekreterare",
    "minute taker": "sekreterare",
}
# words in an entry that say the person was not there, or came as a guest
# ("Ledamot (förhindrad)" in a roster's Roll column)
# (a roster's "Anm." column shortens them: "frånv.", "förh.")
# (told as a clause after the details: "Nils Ek (KD), Åby kommun, hade anmält förhinder.")
_ABSENT_NOTE = re.compile(r"^(?:(?:(?:har|hade)\s+)?anmält\s+förhinder|(?:har|hade)\s+förhinder|anmälda?\s+förhinder|meddelat\s+förhinder|förhinder|förhindrad|frånvarande|ej\s+närvarande|"
                          r"inte\s+närvarande|återbud|sjuk|sjukskriven|ledig|föräldraledig|frånv\.?|förh\.?|"
                          # a party that did not answer a conference's roll call: "ej ansluten", "inte uppkopplad"
                          r"(?:ej|inte)\s+(?:ansluten|anslutna|uppkopplad|uppkopplade))$", re.I)
_GUEST_NOTE = re.compile(r"^(?:(?:gäst|inbjuden|inbjuden\s+gäst|adjungerad|adjungerande)\b|adj\.?(?=[\s,]|$))", re.I)
class _NameToken:
    """A capitalised word that may be part of a person name, in any Latin script ('Hodžić', 'Jovanović')."""

    _SHAPE = re.compile(r"^[^\W\d_][^\W\d_'’]+(?:-[^\W\d_][^\W\d_'’]+)*$")
    _SWEDISH = re.compile(r"^[A-ZÅÄÖÉÜÆØ][a-zåäöéèüáíóúñæøç'’]+(?:-[A-ZÅÄÖÉÜa-zåäöé][a-zåäöéèüáíóúñæøç'’]+)*$")

    def match(self, tok: str) -> bool:
        if self._SWEDISH.match(tok):
            return True  # the common case, decided by one pattern
        if tok.isascii() or not self._SHAPE.match(tok) or not tok[0].isupper():
            return False
        return all(part[1:].replace("'", "").replace("’", "").islower() for part in tok.split("-"))


_NAME_TOKEN = _NameToken()
_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.?$")
_DOTTED_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.$")
# a dotted initial and a surname that is no known given name: 'T. Lundkvist', 'J. Virtala'
_INITIAL_SURNAME = re.compile(r"^([A-ZÅÄÖ]\.\s?([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?))(?=$|[\s,;(])")


def _initial_surname(word: str) -> bool:
    """The word after a dotted initial is a surname: no given name, title, place word or stop word."""
    low = word.casefold()
    return (_is_surname(word) and not is_given_name(word) and low not in _NOT_NAME_FIRST
            and low not in _ORG_TOKENS)
_NOT_NAME_FIRST = {
    "det", "den", "de", "ett", "en", "i", "vid", "se", "från", "efter", "protokollet", "protokoll", "region",
    "regionen", "landstinget", "kommunen", "kommunerna", "sekreterare", "ordförande", "justerare", "paragraf",
    "paragrafer", "tid", "plats", "underskrifter", "dokument", "närvarande", "frånvarande", "övriga", "enheten",
    "förvaltningen", "samverkansgruppen", "samverkansgrupp", "styrgruppen", "föredragande", "ledamöter", "alla",
    "samtliga", "mötet", "nämnden", "beslut", "inga", "ingen", "var", "välkommen", "tjänstepersoner", "ärende",
    "information", "justerandes", "utdragsbestyrkande", "innehållsförteckning", "sammanträdesprotokoll",
    "digital", "digitala", "teams", "via", "kl", "klockan", "fredagen", "måndagen", "tisdagen", "onsdagen",
    "torsdagen", "ersättare", "adjungerade", "gäster", "förhinder", "vi", "hon", "han", "man", "dag", "dagens",
    "lokal", "sal", "rum", "stadshuset", "kommunhuset", "regionhuset", "för", "och", "med", "till", "om", "på",
    # a part of the region a roster groups its members by: "Område Norr", "Länsdel Syd"
    "område", "området", "länsdel", "länsdelen",
    # a workplace of a daglig verksamhet by its kind and name, where a brukarrepresentant comes from: "Café Linden"
    "café", "kafé", "kaféet", "restaurang", "restaurangen",
}
# an ersättare there without a seat, in a protocol's short words: "ej tjg ers", "ej tjänstgörande ersättare"
_NOT_SERVING_ERS = re.compile(r"(?:ej|icke|inte)\s+(?:tjg|tjänstg|tjänstgörande)\.?\s+(?:ers|ersättare)\.?")
_ORG_TOKENS = {"region", "landstinget", "kommun", "kommunen", "stad", "regionen"}
_FÖRENING_WORD = re.compile(r"(?:förbund|förbundet|förening|föreningen)$")
# the body that met by its kind, in the definite, where a roster told in a sentence names the meeting by it: "Vid
# beredningen deltog …", "På arbetsgruppen närvarade …"
_AT_BODY_BY_KIND = r"[a-zåäö]*(?:beredningen|gruppen|utskottet|rådet|nätverket|teamet)"

# attendance labels: pattern, status, roles, is_section ("roster" lists people whose status is said elsewhere)
_ATT_LABELS: list[tuple[re.Pattern, str | None, list[str], bool]] = [
    (re.compile(r"^(?:närvarande\s+)?(?:tjänstgörande\s+ersättare)$", re.I), "present", ["ersättare"], True),
    # "Närvarande, ej tjänstgörande ersättare": present ersättare who hold no seat at this meeting
    # "Ej tjänstgörande" alone as a label over the ersättare who are there without a seat
    # ("Ersättare, ej tjänstgörande": the noun first, what they are not after the comma)
    # ("Ersättare i övrigt": the ersättare besides those serving, listed after the seats)
    (re.compile(r"^(?:närvarande,?\s+)?(?:(?:(?:icke|ej|inte)\s+tjänstgörande\s+|övriga\s+(?:närvarande\s+)?)?ersättare|"
                r"ersättare\s+i\s+övrigt|"
                # a table of seats, each ledamot's own ersättare beside: "Personlig ersättare"
                r"personlig(?:a)?\s+ersättare|"
                r"(?:icke|ej|inte)\s+tjänstgörande|ersättare,?\s+(?:icke|ej|inte)\s+tjänstgörande|"
                # the label as a sentence: "Ersättare som inte tjänstgjorde", "Ersättare som ej tjänstgör"
                r"(?:närvarande\s+)?ersättare\s+som\s+(?:icke|ej|inte)\s+(?:tjänstgjorde|tjänstgör|tjänstgjort))$", re.I),
     "present", ["ersättare"], True),
    # "Närvarande, ej tjg ers:": the ersättare present who do not serve, in a form's short words
    (re.compile(r"^(?:närvarande,?\s+)?(?:ej|icke|inte)\s+tjg\.?\s+ers(?:\.|ättare)?$", re.I),
     "present", ["ersättare"], True),
    # a förening's board names its ersättare "suppleanter"
    (re.compile(r"^(?:närvarande\s+)?suppleanter$", re.I), "present", ["ersättare"], True),
    # the ersättare and the others called in under one heading: "Ersättare och övriga" (each line says which it is:
    # "(ersättare, tjänstgör)", "sekreterare, Region X"; a line saying neither holds no seat)
    (re.compile(r"^(?:närvarande\s+)?ersättare\s*(?:och|/|&)\s*övriga(?:\s+(?:deltagare|närvarande))?$", re.I),
     "present", [], True),
    (re.compile(r"^(?:frånvarande(?:\s+ledamöter)?(?:\s+och\s+ersättare)?|förhinder|anmält\s+förhinder|"
                r"anmälda\s+förhinder|ej\s+närvarande(?:\s+ledamöter)?(?:\s+och\s+ersättare)?|inte\s+närvarande|(?:ej|inte)\s+närv\.?|frånvarande\s+ersättare|"
                # the verb cut short in hurried notes: "Anm. förhinder: EG Elin Grahn"
                r"anm\.?\s+(?:förhinder|frånvaro)|"
                r"frånvaro|återbud|förhindrade|förhindrad|har\s+anmält\s+förhinder|"
                # a hurried secretary's shorthand: "förhindr: Eva-Lotta Strand", "frånv: Bo Ek", "Förh: PL, BE"
                r"förhindr\.?|förh\.?|frånv\.?|"
                # ("Närv: AB, CD …" then "Fr: EF (Ekby)": förhinder cut to its first letters, under the present)
                # (in small letters: "FR  Fia Rask" under "Närv:" is one present, by her initials)
                r"(?-i:[Ff]r)\.?|"
                # "Meddelat förhinder" / "Meddelat återbud" as a heading over the absent
                r"(?:har\s+)?meddelat\s+(?:förhinder|återbud)|"
                # "Lämnat återbud:" over those who sent word they could not come
                r"(?:har\s+)?lämnat\s+(?:förhinder|återbud)|"
                # a summary's own words: "Hade förhinder: Britt Lönn"
                r"hade\s+förhinder|kunde\s+(?:inte|ej)(?:\s+(?:delta|komma|närvara))?|"
                # an invitation's replies copied into the notes: "Avböjt: Sjöberg Ingrid"
                r"avböjt|avböjde|tackat\s+nej|tackade\s+nej|"
                # "Anmäld frånvaro", "Frånvarande med/utan anmälan", "Saknas", "Deltog ej", "Ej deltagit",
                # "Inbjudna som inte deltog"
                r"anmäl(?:t|d)\s+frånvaro|frånvarande\s+(?:med|utan)\s+anmälan|saknas|saknades|deltog\s+(?:ej|inte)|"
                # the opposite of "Med:" in an e-mail's notes: "Ej med: Per Lind (Åby)", "Inte med på mötet: …"
                r"(?:ej|inte)\s+med(?:\s+på\s+mötet)?|"
                r"(?:ej|inte)\s+(?:deltagit|deltagande|närvarat)|(?:inbjudna|kallade)\s+som\s+(?:inte|ej)\s+(?:deltog|närvarade|kom|anslöt)|"
                # a meeting app's notes: "Inbjudna men deltog inte: …"
                r"(?:inbjudna|kallade)(?:,)?\s+men\s+(?:deltog|närvarade|kom)\s+(?:inte|ej)|"
                # the labels of a meeting app's notes template set to English
                r"absent|apologies|declined|not\s+present)$",
                re.I), "absent", ["ledamot"], True),
    # ("Närvarande från kommunen" beside "Närvarande från regionen": a two-party body's roster by huvudman, its
    # members on both sides, not a council's kommun staff; read with the present labels below)
    (re.compile(r"^(?!närvarande\s+från\s+(?:kommunen|regionen)$)(?:närvarande\s+)?(?:övriga\s+(?:deltagare|närvarande|deltagande|mötesdeltagare)"
                r"(?:\s+och\s+föredragande)?|övriga|tjänstepersoner|tjänstemän|närvarande\s+tjänstepersoner|"
                # the officials and the others called in under one heading: "Tjänstepersoner och övriga"
                r"(?:tjänstepersoner|tjänstemän)\s+och\s+övriga(?:\s+(?:deltagare|närvarande))?|"
                r"övriga\s+tjänstepersoner|gäster|gäst|inbjudna|inbjuden|inbjudna\s+gäster|föredragande|adjungerade?|adjungerande|"
                # a youth council's or assembly's adults: "Vuxna kontaktpersoner och övriga närvarande", "Kontaktpolitiker"
                r"(?:vuxna\s+)?(?:kontaktpersoner|kontaktpolitiker)(?:\s+och\s+övriga(?:\s+(?:deltagare|närvarande))?)?|"
                # the ones called in and the staff under one heading: "Adjungerade och övriga", "Adjungerade/övriga"
                r"adjungerade\s*(?:och|/|&)\s*övriga(?:\s+(?:deltagare|närvarande))?|"
                # a hurried secretary's shorthand over the ones called in: "Adj: LBN (p. 3)"
                r"adj\.?|"
                # a users' reference group: the huvudmän's officials who serve it, beside its members
                r"från\s+huvudmännen|(?:tjänstepersoner|tjänstemän)\s+från\s+huvudmännen|"
                # the staff's unions at a förbund's direktion: "Fackliga organisationer" / "Personalföreträdare"
                # a meeting app's template set to English: "Guests:", "Optional / guest:" (Outlook's optional invitees)
                r"guests?|optional(?:\s+attendees)?(?:\s*/\s*guests?)?|"
                r"fackliga\s+(?:organisationer|företrädare|representanter)|personalföreträdare|"
                # the staff of the company the owners meet about: "Från bolaget" (its vd, its board's chair)
                r"från\s+(?:bolaget|bolagen)|"
                # the body's own officials under the members: "Från förvaltningen", "Från kommunen" (a council's
                # kommun staff), "Från förbundet"
                r"från\s+(?:förvaltningen|förvaltningarna|kommunen|regionen|förbundet|förbundskansliet)|"
                r"sakkunniga|sakkunnig|närvarande\s+tjänstemän|"
                # the staff who serve the body: "Kansliet" / "Sekretariatet" over their names; "Dessutom" over
                # the others at a förening's or a programme's board
                # "Även närvarande: Maria Kvist, förvaltningschef; …" under a roster's table: the officials
                r"kansliet|sekretariatet|från\s+kansliet|från\s+sekretariatet|dessutom(?:\s+närvarande)?|även\s+närvarande|"
                # ("Också med: Eva Ek, FoU X (B-29-14), och jag som för loggen": a mailed log's others there)
                r"också\s+med|även\s+med|"
                # "Därutöver" / "Därutöver närvarande" over the officials under the members' list
                r"därutöver(?:\s+närvarande)?|"
                # the officials who serve the body, under the members: "Stöd till styrgruppen" (its samordnare,
                # its processledare), "Stödfunktioner"
                r"stöd\s+till\s+[a-zåäö]*(?:gruppen|nätverket|rådet|teamet)|stödfunktion(?:er(?:na)?)?|"
                # "Kansli Vårdsamverkan X", "Kansliet för närvårdssamverkan": the kansli of a named collaboration
                r"kansli(?:et)?\s+(?:för\s+)?[\wåäöÅÄÖ][\wåäöÅÄÖ -]{2,40}|"
                # there for some items: "Adjungerad till punkt 3", "Gäster under §§ 4–5"
                # "Adjungerad punkt 4": the preposition left out
                # "Inbjuden till punkt 3": one invited for an item
                # "Dessutom närvarande under punkt 4": one there for that item only
                # ("Inbjuden, pkt 4": the point after a comma, its word shortened)
                r"(?:adjungerade?|adjungerande|adj\.?|gäster|gäst|inbjudna|inbjuden|föredragande|(?:dessutom\s+)?närvarande),?\s+"
                r"(?:(?:till|under|vid|för|på)\s+)?"
                # ("Gäst p 3": the abbreviation's full stop left out in hurried notes)
                r"(?:punkt(?:erna)?|pkt\.?|p\.?|§§?|ärende(?:na)?)\s*\d[\d\s,–-]*(?:och\s+\d+)?)$", re.I), "guest", [], True),
    # "Ordinarie" / "Ersättare" / "Tjänstemän": a roster split by seat, the word alone over the members
    (re.compile(r"^(?:närvarande\s+ledamöter(?:\s+och\s+ersättare)?|närvarande|ledamöter|ordinarie(?:\s+ledamöter)?|"
                r"beslutande(?:\s+ledamöter)?|tjänstgörande\s+ledamöter|deltagare|närvarande\s+deltagare|deltagande|"
                # "Närvarande idag: Maja, Oskar" under the group's standing list: those of it who came this time
                r"(?:närvarande|deltagare|närv\.?)\s+(?:idag|i\s+dag|denna\s+gång|den\s+här\s+gången)|"
                r"deltog|närvaro|närvarolista|mötesdeltagare|"
                # a meeting system's roster table under its own heading: "Förteckning över beslutande"
                r"(?:förteckning|lista|sammanställning)\s+över\s+(?:beslutande|närvarande|tjänstgörande)(?:\s+ledamöter)?|närv\.?|närvarande\s+(?:via|på|digitalt|i)\b.{0,25}|"
                r"deltagare\s+(?:via|på|digitalt|i)\b.{0,25}|"
                # a roster split by huvudman under headings of their own: "Närvarande från Region X" over the
                # region's people, "Närvarande från kommunerna" over the kommuner's
                # ("Deltog från Åby kommun: …" names the huvudman of each line: read where the huvudman is kept)
                r"närvarande\s+från\s+(?:region\s+[\wåäö-]+|regionen|kommunerna|kommunen)|"
                # a roster split by where each sat: "På plats:" over those in the room, "Via Teams:" over the
                # ones on the link, "Digitalt:" / "På distans:"
                r"på\s+plats|i\s+rummet|i\s+lokalen|(?:deltog\s+)?(?:via|på)\s+(?:teams|länk|video|zoom|skype|distans)|"
                # a decision log's count of the members there, their names under it: "Beslutsförhet: fem av sex
                # ledamöter på plats." / "  Eva Ek, Region X (ordförande)"
                r"beslutsförhet|"
                r"digitalt|(?:deltog\s+)?digitalt|"
                # a kommun's revisorer, who meet as a body of their own: "Närvarande revisorer"
                r"(?:närvarande\s+)?(?:förtroendevalda\s+)?revisorer|"
                # a council's roster by the side each member sits for: "Förtroendevalda:" /
                # "Föreningsrepresentanter:" / "Representanter för kommunen:"
                # "Politiker:" over the elected, "Tjänstemän:" over the officials, under one "Närvarande:"
                r"(?:närvarande\s+)?(?:förtroendevalda|politiker|föreningsrepresentanter|organisationsrepresentanter|"
                r"representanter\s+(?:för|från)\s+(?:kommunen|regionen|föreningarna|organisationerna|"
                r"(?:pensionärs|funktionshinders?|funktionsrätts|handikapp)organisationerna))|"
                # an owners' council's seats, the owners' people over them: "Ägarnas företrädare" / "Ägarrepresentanter"
                r"(?:ägarnas|ägarkommunernas|medlemmarnas)\s+(?:företrädare|representanter)|ägarföreträdare|ägarrepresentanter|"
                # a summary's own words: "Med var: Johanna Ek (…), Anna Pettersson (…)", "På mötet deltog …",
                # "Vid mötet närvarade …", "Följande deltog: …", "Mötet hade följande deltagare: …"
                # "Med: för Region X: Eva Ek, …" (the colon alone makes it a label: read in _match_label)
                # the group speaking of itself: "Vi som var med", "Vi som deltog"
                r"vi\s+som\s+(?:var\s+med|deltog|närvarade|var\s+där)|"
                # or asking it as a heading: "Vilka var med", "Vem var med?", "Vilka deltog"
                r"(?:vilka|vem)\s+(?:var\s+med|deltog|närvarade|var\s+där)\??|"
                # or counting itself in a mail's notes: "Vi var: Eva Ek (…), Per Lund (…) och jag"
                r"vi\s+var(?:\s+(?:med|där|på\s+plats))?|"
                # ("På mötet:" alone over the lines of those who came, each huvudman's people after it)
                # "Med idag:" / "Med i dag:" / "Med den här gången:": a team's own notes counting who came that day
                r"med\s+(?:idag|i\s+dag|denna\s+gång|den\s+här\s+gången)|"
                # a mail's notes counting who came by "us": "Med oss:", "Med oss idag:", "Med oss på träffen:"
                r"med\s+oss(?:\s+(?:idag|i\s+dag|denna\s+gång|den\s+här\s+gången|på\s+(?:mötet|träffen)))?|"
                r"med\s+var|(?:med\s+)?på\s+(?:mötet|träffen|dagens\s+(?:möte|träff))|med|närvarande\s+var|(?:på|vid)\s+(?:mötet|sammanträdet)\s+(?:deltog|närvarade)|"
                # (at the body by its kind, as a roster told in a sentence opens: "Vid beredningen deltog")
                r"(?:på|vid)\s+" + _AT_BODY_BY_KIND + r"\s+(?:deltog|närvarade)|"
                r"följande\s+(?:deltog|närvarade|var\s+närvarande|deltagare)|(?:mötet|sammanträdet)\s+hade\s+följande\s+deltagare|"
                # a heading over lines of "Huvudman: Name, unit; Name, unit": "Deltagare per huvudman"
                # ("Deltagare, per huvudman": the same heading with a comma before what it sorts by)
                # ("Närvaro per förbundsmedlem": a förbund's roster sorted by the member each seat is for)
                r"(?:deltagare|närvarande|ledamöter|närvaro),?\s+(?:per|efter)\s+(?:huvudman|organisation|kommun|part|"
                r"(?:förbunds)?medlem)|"
                # the labels of a meeting app's notes template set to English
                r"attendees|participants|present|attendance|"
                # the actors answering the call of a län's samverkanskonferens: "Uppropet – anslutna aktörer"
                r"upprop(?:et)?(?:\s*[–:-]\s*(?:anslutna|deltagande|närvarande)\s+aktörer)?|"
                r"(?:anslutna|deltagande|närvarande)\s+aktörer)$", re.I),
     "present", ["ledamot"], True),
    # a small team's notes name its members by the body itself: "Teamet: Elsa Grön, distriktssköterska; …",
    # "Projektgruppen: …", present unless listed under a label of absence
    (re.compile(r"^(?:[a-zåäö]*teamet|(?:arbets|projekt)?gruppen)$", re.I), "present", ["ledamot"], True),
    # the official who leads a team's or a programme's work, beside its members: a role, not a section
    (re.compile(r"^processledare$", re.I), None, ["processledare"], False),
    # ("Samordnare: Eva Ek": the one who coordinates the body's work, told as the processledare is)
    (re.compile(r"^samordnare$", re.I), None, ["samordnare"], False),
    # "Ej kallade: Ola Ek, rektor (ärendet utgick)": named as not called to this meeting, so neither there nor away
    # "Inbjudna med förhinder: Eva Ek, X": invited from outside the group and away, neither member nor guest that day
    (re.compile(r"^inbjudna?\s+med\s+(?:förhinder|återbud)$", re.I), "absent", [], True),
    (re.compile(r"^(?:ej|inte|icke)\s+kallade?(?:\s+till\s+(?:mötet|sammanträdet))?$", re.I), "uncalled", [], True),
    # who was called: present unless listed under förhinder ("Kallade: …" / "Förhinder: …")
    (re.compile(r"^(?:deltagarförteckning|deltagarlista|deltagare\s+och\s+initialer|förkortningar|initialer|"
                # the body's standing members, the absent named after them: "Gruppens sammansättning: …"
                r"(?:gruppens|styrgruppens|arbetsgruppens|samverkansgruppens|ledningsgruppens|nätverkets|rådets)\s+sammansättning|"
                # a body's seats with the column telling who came: "Ägarrådets sammansättning och närvaro"
                r"[a-zåäö-]*(?:gruppens|rådets|nämndens|styrelsens|utskottets|beredningens|direktionens|nätverkets)\s+"
                r"sammansättning\s+och\s+närvaro|(?:sammansättning\s+och\s+närvaro|närvaro\s+och\s+sammansättning)|"
                r"kallade(?:\s+(?:ledamöter|deltagare|till\s+mötet))?|"
                # a gemensam nämnd's seats per huvudman under one heading, each line's presence said after a dash:
                # "Ledamöter och ersättare" / "Åby kommun" / "  Eva Ek (S), ersättare – frånvarande"
                r"ledamöter\s+och\s+ersättare)$", re.I),
     "roster", ["ledamot"], True),
    # the same sections in longer words: "Närvarande ordinarie ledamöter", "Frånvarande med förhinder"
    # the seat before the status: "Ledamöter frånvarande", "Ersättare med förhinder"
    (re.compile(r"^(?:ordinarie\s+)?(?:ledamöter|ledamot|ersättare)(?:\s+och\s+ersättare)?\s+(?:frånvarande|ej\s+närvarande|"
                r"med\s+(?:förhinder|återbud)|som\s+(?:inte|ej)\s+deltog)$", re.I), "absent", ["ledamot"], True),
    (re.compile(r"^(?:ordinarie\s+)?(?:ledamöter|ledamot)(?:\s+och\s+ersättare)?\s+(?:närvarande|som\s+deltog|på\s+plats)$", re.I),
     "present", ["ledamot"], True),
    # ("Ersättare, närvarande utan att tjänstgöra", "Ersättare som tjänstgjort": the seat and whether it served)
    (re.compile(r"^(?:(?:icke|ej|inte)\s+tjänstgörande\s+)?ersättare,?\s+(?:närvarande|som\s+deltog|på\s+plats)"
                r"(?:\s+utan\s+att\s+tjänstgöra)?$|^ersättare\s+som\s+(?:har\s+)?tjänstgjort$", re.I),
     "present", ["ersättare"], True),
    (re.compile(r"^(?:frånvarande|ej\s+närvarande|förhinder|anmält\s+förhinder|anmäld\s+frånvaro)(?:\s+(?:ordinarie|"
                r"ledamöter|ledamot|och|samt|ersättare|med|förhinder|från|mötet|sammanträdet))+$", re.I),
     "absent", ["ledamot"], True),
    (re.compile(r"^(?:närvarande|deltagande|deltog|deltagare)(?:\s+(?:ordinarie|ledamöter|ledamot|och|samt|"
                r"beslutande|tjänstgörande|ersättare|via|på|plats|digitalt|teams|distans|i|mötet|vid|sammanträdet|länk))+$", re.I),
     "present", ["ledamot"], True),
    (re.compile(r"^vice\s+ordförande$", re.I), None, ["vice ordförande"], False),
    (re.compile(r"^1:e\s+vice\s+ordförande$", re.I), None, ["1:e vice ordförande"], False),
    (re.compile(r"^2:e\s+vice\s+ordförande$", re.I), None, ["2:e vice ordförande"], False),
    # (a meeting app's template kept in English: "Chair: Eva Ek", "Chaired by: …")
    (re.compile(r"^(?:ordförande|ordf\.?|mötesledare|mötesordförande|chair(?:person)?|chaired\s+by)$", re.I), None,
     ["ordförande"], False),
    # the invitation's organiser calls the meeting: "Arrangör: Sandström-Öhman Karin"
    (re.compile(r"^(?:sammankallande|(?:möte?s)?arrangör|(?:mötes)?organisatör)$", re.I), None, ["sammankallande"], False),
    (re.compile(r"^(?:sekreterare|mötessekreterare|protokollförare|sekreterare/protokollförare|antecknare|(?:minnes|mötes)?anteckningar|ant\.?|"
                # the body's official who also keeps the notes: "Processledare och sekreterare: Eva Ek, Åby FoU"
                r"(?:processledare|processtöd|samordnare|utvecklingsledare)\s*(?:och|/|&)\s*sekreterare|"
                r"sekreterare\s*(?:och|/|&)\s*(?:processledare|processtöd|samordnare|utvecklingsledare)|"
                # ("Skriver: Marie", "Antecknar: EB": who keeps the notes, in the loose notes' present tense)
                r"loggförare|dokumentation|dokumenterar|dokumentatör|skriver|antecknar|"
                # ("Skrev: Petter", "Vid pennan: Eva Ek": the past tense, and the pen that wrote)
                r"skrev|vid\s+pennan|"
                # ("Noterat av: Eva Ek", "Noterade: EE": the notes kept, in the word for jotting them down)
                r"noterat\s+av|noterade|"
                r"för\s+anteckningar|antecknade|antecknat(?:\s+av)?|vid\s+tangentbordet|anteckn\.?|"
                r"(?:minnes)?anteckningar(?:na)?\s+förda\s+av|"
                # a meeting app's template kept in English: "Note taker: Hanna Sjöström", "Minutes taken by: …"
                r"note[\s-]?taker|minute[\s-]?taker|minutes\s+taken\s+by|notes\s+by)$", re.I),
     None, ["sekreterare"], False),
    # ("Justering: Eva Ek (M). Protokollet justeras …": who checks the minutes, under the act's name)
    (re.compile(r"^(?:justerare|justerande|justering|utses\s+att\s+justera|justeras\s+av|justerare\s+utses)$", re.I), None, ["justerare"], False),
]
# the labels in one pattern, a named group each (the first that matches, as in the list's order)
_ATT_LABEL_ANY = re.compile("|".join(f"(?P<l{k}>{pat.pattern})" for k, (pat, *_) in enumerate(_ATT_LABELS)), re.I)


@lru_cache(maxsize=1 << 14)
def _att_label(s: str) -> re.Match | None:
    """``_ATT_LABEL_ANY.match(s)``, kept: the alternation is long and the same few words are tried line after line."""
    return _ATT_LABEL_ANY.match(s)


# a roster heading that says whom it lists, not whether they came: a status label may follow it
_PRESENCE_HEADING = re.compile(r"^(?:närvarande|deltagare|närvaro)$", re.I)
# a unit or organisation heading its people on a roster line, by its name in the definite singular
# ("Socialförvaltningen", "Polisen", "Räddningstjänsten Åby"), not a collective ("Kommunerna")
# a unit in the definite form, in lower case after a title, its place after it: "fältgruppen", "fritidsgården Norrbyn"
# (not a political body, whose chair a roster may name so: "ordförande kommunstyrelsen")
_DEFINITE_UNIT = re.compile(r"(?![a-zåäö-]*(?:nämnden|styrelsen|utskottet|rådet|beredningen|presidiet|fullmäktige)\b)"
                            r"[a-zåäö][a-zåäö-]{4,}(?:en|et)(?:\s+[A-ZÅÄÖ][\wåäö-]+)?")
_UNIT_LABEL = re.compile(r"[A-ZÅÄÖ][\wåäö-]{2,}(?:en|et)(?:\s+[A-ZÅÄÖ][\wåäö-]+)?")
_STAFF_LABEL = re.compile(r"^(?:sekretariatet|kansliet)$", re.I)
_ROLE_HEADING = re.compile(r"^(?:ordinarie\s+)?(?:ledamöter|ersättare|suppleanter|tjänstepersoner|tjänstemän)$", re.I)
_SIGNATURE_LABEL = re.compile(r"^(?:underskrifter|underskrift|signaturer|vid\s+protokollet|vid\s+anteckningarna|antecknat\s+av)$", re.I)
_JUSTERING_LABEL = re.compile(r"^justeringens\s+(?:plats|tid|datum)\b|^plats\s+och\s+tid\s+för\s+justering", re.I)
# a note of a change of seat beside a roster: "Ny i gruppen:", "Ny ledamot:", "Nya ledamöter:"
_CHANGE_LABEL = re.compile(r"^(?:nya?|nytillträdd[ae]?)\s+(?:i\s+(?:gruppen|styrgruppen|arbetsgruppen)|ledamot|ledamöter|"
                           r"deltagare|medlem(?:mar)?|representant(?:er)?)$", re.I)
# "Från styrgruppen:", "Från SBU:", "Från Region X:": a joint meeting's roster by body (or huvudman)
_FROM_BODY_LABEL = re.compile(r"^[Ff]rån\s+((?:[A-ZÅÄÖ]{2,6}|[a-zåäö]*(?:gruppen|rådet|nämnden|beredningen|utskottet|teamet)|"
                              r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäö-]+){0,6}))\s*:\s*(.+)$")
# a joint meeting's heading, naming the other body: "Gemensamt möte med X", "Gemensamt sammanträde mellan X och Y"
_JOINT_MEETING = re.compile(r"^[Gg]emensamt?\s+(?:möte|sammanträde|arbetsmöte|dialogmöte)\s+(?:med|mellan)\s+[A-ZÅÄÖ]")
# "Gemensamt möte mellan Styrgrupp psykisk hälsa och beroende och Arbetsgrupp suicidprevention": the body that called
# the meeting named first, the other after the last "och" before a body's kind
_JOINT_BETWEEN = re.compile(r"^[Gg]emensamt?\s+(?:möte|sammanträde|arbetsmöte|dialogmöte)\s+mellan\s+(?P<a>[A-ZÅÄÖ][^.;:]+?)\s+och\s+"
                            r"(?P<b>(?:[A-ZÅÄÖ][a-zåäö]*(?:grupp|grupper|gruppen|rådet|råd|nämnd|nämnden|beredning|team|teamet|"
                            r"utskott|nätverk|nätverket)\b|[A-ZÅÄÖ]{2,6}\b)[^.;:]*?)\s*$")
# the verb of taking part before a roster line's "Från X:": "Deltog från Åby kommun: Eva Ek (MAS).", one line per huvudman
_TOOK_PART_FROM = re.compile(r"^(?:deltog|närvarade|närvarande|deltagare|med\s+var)\s+(?=från\s+\S.*:)", re.I)
# a joint meeting's roster by body told in a sentence: "Från arbetsgruppen deltog Eva Ek (sammankallande), …"
_FROM_BODY_SENTENCE = re.compile(r"^[Ff]rån\s+((?:[A-ZÅÄÖ]{2,6}|[a-zåäö]*(?:gruppen|rådet|nämnden|beredningen|utskottet|teamet)))"
                                 r"\s+(?:deltog|närvarade|var\s+med)\s+(?=[A-ZÅÄÖ])(.+)$")
# the body that met named by its type word alone in such a roster
_OWN_BODY_WORD = re.compile(r"[a-zåäö]*(?:gruppen|rådet|nämnden|beredningen|utskottet|teamet)")
# (an acronym's genitive is no label: "LSVO:s ledningsgrupp", "BUP:s mottagning")
_ANY_LABEL = re.compile(r"^[-•]?\s*([A-ZÅÄÖ][\wåäö ./&-]{1,45}?)\s*:(?!\d)(?!(?<=[A-ZÅÄÖ][A-ZÅÄÖ]:)(?:s|n|en|et|ar|s)\b)\s*(.*)$")
_TIME_PLACE = re.compile(
    r"^(?:tid\s+och\s+plats|plats\s+och\s+tid|tid|datum|sammanträdesdatum|mötesdatum|sammanträdesdag|mötesdag|"
    r"när|tidpunkt|plats|lokal|mötestid|"
    r"dag(?:\s+och\s+tid)?|datum\s+och\s+tid|tid\s+och\s+datum|datum,?\s+tid\s+och\s+plats|"
    # the two words slashed together, as a log's form heads them: "Datum/tid:", "Tid/plats:"
    r"datum\s*/\s*tid|tid\s*/\s*datum|tid\s*/\s*plats|datum\s*/\s*plats|"
    # a meeting app's template kept in English: "Date:", "Meeting date:", "Location:"
    r"(?:meeting\s+)?date|location)$", re.I
)
_TIME = re.compile(r"(?:\bkl\.?|\bklockan|\btid)?\s*\b(\d{1,2}[.:]\d{2})\s*(?:[-–—]|till)\s*(\d{1,2}[.:]\d{2})\b")
_TIME_START = re.compile(r"(?:\bkl\.?|\bklockan)\s*(\d{1,2}[.:]\d{2})\b", re.I)
_WEEKDAY = re.compile(r"\b(?:må|ti|on|to|fre|lö|sö)\w*dag(?:en)?\b", re.I)
# a roster's label naming the seat the kommuner hold together: "Kommunernas representant", "Kommunernas företrädare"
_COLLECTIVE_SEAT_LABEL = re.compile(r"(?i)kommunernas\s+(?:gemensamma\s+)?(?:representant|företrädare)(?:er|na)?")
# a line naming the meeting by its own word and then its day: "Träff 2026-05-06 kl 08.30", "Möte den 6 maj 2026"
_MEETING_WORD_DAY = re.compile(r"(?i)^(?:träff|träffen|möte|mötet|arbetsmöte|nätverksträff|sammanträde)\s+(?:den\s+)?"
                               r"(?:[a-zåäö]+dag(?:en)?\s+(?:den\s+)?)?\d")
_ORG_UNIT_LABEL = re.compile(r"^[-•]?\s*(?P<org>[A-ZÅÄÖ][^,:]{2,40}),\s*(?P<unit>[\wåäöÅÄÖ][\wåäöÅÄÖ ./&-]{2,45}?)\s*:\s*(?P<rest>\S.*)$")


def _org_unit_label(line: str) -> tuple[str, str, str] | None:
    """A roster line labelled with a huvudman and its unit, and what follows the label: the huvudman, the unit and
    the rest; None where the label's first part is no huvudman.

    >>> _org_unit_label("Region Ekby, vuxenpsykiatrin: Eva Ek, sjuksköterska")
    ('Region Ekby', 'vuxenpsykiatrin', 'Eva Ek, sjuksköterska')
    >>> _org_unit_label("Ärende 4, uppföljning: Eva Ek redovisade"), _org_unit_label("Eva Ek, chef: ja")
    (None, None)

    A dialogue's roster tells each party's people "från" it, the unit before its huvudman or after:

    >>> _org_unit_label("Från BUP, Region Åby: Eva Ek (enhetschef), Per Lind (psykolog)")
    ('Region Åby', 'BUP', 'Eva Ek (enhetschef), Per Lind (psykolog)')
    >>> _org_unit_label("Från Åby kommun, elevhälsan: Ola Ås (skolkurator)")
    ('Åby kommun', 'elevhälsan', 'Ola Ås (skolkurator)')
    """
    if line[:5].casefold() == "från ":
        line = line[5:]
    m = _ORG_UNIT_LABEL.match(line)
    if not m:
        return None
    org, unit = m.group("org").strip(), m.group("unit").strip()
    if not _ORG.fullmatch(org):
        if not (_ORG.fullmatch(unit) and unit[:1].isupper() and len(org.split()) <= 3):
            return None
        org, unit = unit, org  # "BUP, Region Åby": the unit named first, its huvudman after
    return org, unit, m.group("rest").strip()


def _typed_title_body(line: str) -> str | None:
    """The body a title line names after the kind of document and a dash: "Minnesanteckningar – Lokal
    samverkansgrupp Olofström"; None for any other line.

    >>> _typed_title_body("Minnesanteckningar – Lokal samverkansgrupp Åby")
    'Lokal samverkansgrupp Åby'
    >>> [_typed_title_body(x) for x in ("Minnesanteckningar – uppföljning av SIP", "Hej – här kommer gruppens anteckningar")]
    [None, None]
    """
    doc, sep, rest = line.strip().strip("*#_ ").partition(" – ")
    if not sep:
        doc, sep, rest = line.strip().strip("*#_ ").partition(" - ")
    rest = rest.strip()
    if (sep and _DOC_TYPE.fullmatch(doc.strip()) and 3 < len(rest) < 80 and rest[:1].isupper()
            and _BODY_WORD.search(rest) and not re.search(r"[.:;,\d]", rest)):
        return rest
    return None


def _without_kind_tail(title: str) -> str:
    """A title without the kind of document a dash sets after the body's name.

    >>> _without_kind_tail("SAMVERKANSGRUPP ATT VÄXA UPP – protokollsanteckningar")
    'SAMVERKANSGRUPP ATT VÄXA UPP'
    >>> _without_kind_tail("Arbetsgrupp SIP – barn och unga")
    'Arbetsgrupp SIP – barn och unga'
    """
    head, sep, tail = title.rpartition(" – ")
    if not sep:
        head, sep, tail = title.rpartition(" - ")
    return head.strip() if sep and head.strip() and _DOC_TYPE.fullmatch(tail.strip()) else title


_DOC_TYPE = re.compile(
    # (the notes called short or quick, as a summary mailed after the meeting is: "Kort sammanfattning – …",
    # "Korta anteckningar från …")
    r"\b(?:(?:kort|korta|kortfattad|kortfattade|snabb|snabba)\s+(?=(?:sammanfattning|minnesanteckningar|anteckningar|"
    r"referat|mötesanteckningar)\b))?(?:sammanträdesprotokoll|protokoll|minnesanteckningar|mötesanteckningar|anteckningar|mötesprotokoll|"
    r"justerat\s+protokoll|protokollsutdrag|"
    # notes kept in a protocol's place: "Samverkansgrupp … – protokollsanteckningar"
    r"protokollsanteckningar|protokollsanteckning|"
    # the other words notes are titled by: "Referat från mötet i …", "Dokumentation från arbetsmöte i …"
    r"minnesanteckning|mötesanteckning|referat|sammanfattning|mötesdokumentation|dokumentation|"
    # a memo over the body's name: "MEMO" / "Arbetsgruppen för …", "Promemoria från mötet i …"
    r"memo|promemoria|"
    # a styrgrupp's log of its decisions mailed as its notes: "Beslutslogg styrgruppen X 6/9"
    r"beslutslogg(?:en)?|"
    # a hurried secretary's shorthand: "anteckn ledningsgrupp …", "minnesanteckn. styrgruppen"
    r"(?:minnes|mötes)?anteckn|minnesant)\b",
    re.I,
)
# "Enligt närvarolista (sidan 2)", "Se förteckning, bilaga 1": the people of a label listed elsewhere
_ROSTER_ELSEWHERE = re.compile(r"^(?:enligt|se)\s+(?:särskild\s+|bifogad\s+)?(?:närvarolista|närvaroförteckning|"
                               # "Närvarande: se deltagarlista i bilaga": the list closes the notes
                               r"deltagarlista|deltagarförteckning|"
                               # "Se bifogad närvaro- och omröstningslista, sidan 8": the roster with the votes
                               r"närvaro-\s+och\s+(?:omröstnings|voterings)lista|"
                               r"förteckning|bilaga|sid(?:an)?\s+\d)", re.I)
_PARAGRAPH_RANGE = re.compile(r"(?:paragrafer|paragraf|§§)\s*:?\s*§?\s?(\d{1,4}(?:/\d{2})?)\s*[-–]\s*§?\s?(\d{1,4}(?:/\d{2})?)", re.I)

# decisions
_DECIDE = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\w:’'./-]*(?:\s+[\w:’'./-]+){0,5}?)\s+beslutar\b\s*[:,]?\s*(?P<rest>.*)$"
)
# "LSVO beslutar (2028-04-14, § 31) att …": another meeting's decision cited by its date, background to this one
_CITED_MEETING = re.compile(r"^\((?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:\s+\d{4})?|\d{6})\b[^()]{0,30}\)")
_DECIDES_AFTER_SENTENCE = re.compile(r"(?<=[.!])\s+(?=[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}?\s+beslutar\s*:\s*$)")
_DECIDE_BAD_FIRST = {
    "därefter", "sedan", "då", "vidare", "härefter", "slutligen", "också", "det", "man", "hon", "han", "de",
    "vi", "ni", "om", "när", "ordföranden", "inga", "ingen", "först", "nu", "även", "sen",
    "med",  # "Med 52 ja-röster mot 9 nej-röster beslutar fullmäktige enligt …": the vote's outcome
}
# what a body proposes another decides is no decision of the one that proposes ("X föreslår att Y beslutar")
_PROPOSING = re.compile(r"\b(?:föreslår|föreslås|föreslog|förslag)\b")
_OWN_PART = re.compile(r"^för\s+(?:egen|sin)\s+del\b[\s:,]*")
# the warrant a body decides by, before its clauses: "med stöd av delegation från kommunstyrelsen", "enligt
# delegationsordningen punkt 3.2", "på delegation av nämnden"
_WARRANT = re.compile(r"^(?:med\s+stöd\s+av|enligt|på)\s+(?:[\wåäö]+\s+){0,2}?(?:delegation|delegationsordning(?:en)?|"
                      r"reglemente[t]?|arbetsordning(?:en)?)\b[^,:;]{0,60}?[\s:,]*(?=att\b|$)")
# "Beslut", "Beslut:", "Nämndens beslut", "Vård- och omsorgsnämndens beslut" (the body's name in the genitive),
# and a numbered one: "Beslut 2. Socialchefen får mandat att …", or "Beslut 2" alone over its text (a protocol that
# numbers its decisions, "Ansvarig:" and "Återrapport:" under each); "Rådets konklusion:" over the points it settled;
# "Ställningstagande: Lommeby kommun blir upphandlande part …" (the stand the body took, a group's decision)
# (a template kept in two languages: "Beslut/Decisions", "Decisions / Beslut")
_DECISION_LABEL = re.compile(
    # (an acronym's genitive after a colon: "PSVO:s beslut")
    r"^(?:[A-ZÅÄÖ][\w-]*(?::s|(?:\s+[\w-]+){0,4}?s)\s+)?(?:beslut(?:ades|at)?|konklusion(?:er)?|ställningstaganden?|"
    # a group's notes that label what was settled by the verb in the passive: "Bestämdes: modul 3 skrivs om",
    # "Överenskoms: att utkastet skickas på remiss" (or the participle, as a dialogue's notes close each question
    # with what was agreed on it: "Överenskommet: Elevhälsan använder checklistan från vårterminen")
    r"bestämdes|överenskoms|överenskommet|decisions?(?:\s+made)?|"
    # (the gavel's word in a styrgrupp's shorthand: "Klubbat: läggs till handlingarna", "Klubbades: Eva Ek vice ordf.")
    r"klubbat|klubbades)"
    # (numbered by the year and its order in the year, as a council's decision register does: "Beslut 2026:14")
    r"(?:\s*/\s*(?:decisions?|beslut))?(?:\s+för\s+(?:egen|sin)\s+del)?(?:\s+(?:nr\.?\s*)?(?:\d{4}:\d{1,3}|\d{1,2})\s*(?:[.:)]|\s[–-])\s*(?P<numbered>\S.*)|"
    r"(?:\s+(?:nr\.?\s*)?(?:\d{4}:\d{1,3}|\d{1,2}))?\s*(?::\s*(?P<rest>.*))?)$", re.I)
# the label and its first att-clause on one line, as older protocols and associations' boards write it: "Beslut att
# välja Eva Ek till justerare." (a sentence about a decision taken elsewhere is no label: "Beslut att införa
# rutinen fattades av kommunstyrelsen 2024")
# (the clause's subject a member by name or initials: "Beslut att EE blir kontaktperson tills vidare", "… att Eva Ek leder")
_LABEL_THEN_ATT = re.compile(r"^Beslut\s+(?=att\s+(?:[a-zåäö]|[A-ZÅÄÖ]{2,3}\s+[a-zåäö]{2,}(?:r|s)\b|"
                             r"[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]{2,}(?:r|s)\b))")
_DECISION_AS_SUBJECT = re.compile(r"\b(?:fattades|fattats|fattas|togs|tagits|tas|finns|fanns|saknas|väntas|krävs|behövs|"
                                  r"gäller|gällde|kvarstår|återstår|har|hade|är|var)\b")
# the passive verbs that label a group's settled points, as "Beslut:" does
_SETTLED_LABEL = re.compile(r"^(?:[Bb]estämdes|[Öö]verenskom(?:s|met)|[Kk]lubba(?:t|des))\s*:")
# the decision told as the proposal's, label and text in one phrase: "Beslut enligt förslag.", "Beslutades enligt förslaget."
# (hurried: "Beslut: enl. förslag.")
# ("… enligt förslaget", "… helt i enlighet med det framlagda förslaget": as the proposal had it)
# (a pointer to the decision log after it: "Gruppen beslutade enligt förslaget (beslut 10).")
_AS_PROPOSED_TAIL = (r"(?:helt\s+)?(?:enligt|enl\.|i\s+enlighet\s+med)\s*(?:det\s+(?:framlagda|liggande)\s+)?förslag(?:et)?"
                     r"(?:\s*\((?:se\s+)?(?:beslut|beslutslogg(?:en)?)(?:\s+nr\.?)?\s*[A-Z]?\d{1,3}\))?\.?$")
_DECIDED_AS_PROPOSED_LINE = re.compile(r"^(?:beslut|beslutades|beslutas)\s+" + _AS_PROPOSED_TAIL, re.I)
# the words in capitals a decision's heading may open with: "ARBETSUTSKOTTET BESLUTAR", "SOCIALNÄMNDENS BESLUT"
_CAPS_DECIDES = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖ-]+(?:\s+[A-ZÅÄÖ][A-ZÅÄÖ-]+){0,5}\b(?![a-zåäö])")
# "Arbetsgruppen beslutade" / "Mötet beslöt:" alone on a line: a heading over att-clauses
_DECIDED_HEADING = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\w:’'./-]*(?:\s+[\w:’'./-]+){0,5}?)\s+(?:beslutade|beslöt|har\s+beslutat)\s*:?$"
)
# the same heading ending in "att" over bulleted points with no "att" of their own: "Gruppen beslutade att" /
# "• införa en checklista," / "• följa upp i november." (only over bullets: "Gruppen beslutade att" / "införa en
# checklista." is one sentence a line break cut)
_DECIDED_ATT_HEADING = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\w:’'./-]*(?:\s+[\w:’'./-]+){0,5}?)\s+(?:beslutade|beslöt|har\s+beslutat)\s+att$"
)
# the meeting agreeing on points listed below: "Mötet enades om:", "Gruppen kom överens om följande:"
_AGREED_HEADING = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\w:’'./-]*(?:\s+[\w:’'./-]+){0,5}?)\s+(?:enades|enade\s+sig|kom\s+överens)\s+om"
    # ("Konferensen enades om följande inriktning för det fortsatta arbetet:": what the points are, after "följande")
    r"(?:\s+följande(?:\s+[a-zåäö]+){0,6})?\s*:$"
)
# the meeting's decisions announced in the first person over a list, as a summary mailed after the meeting
# writes them: "Det här bestämde vi:", "Detta beslutade vi:", "Vi bestämde följande:", "Följande bestämdes:"
_WE_DECIDED_HEADING = re.compile(
    r"^(?:(?:det\s+här|detta|det\s+här\s+är\s+vad|följande|så\s+här)\s+(?:bestämde|beslutade|beslöt)\s+vi(?:\s+om)?"
    r"|vi\s+(?:bestämde|beslutade|beslöt)(?:\s+(?:följande|detta))?|följande\s+(?:bestämdes|beslutades))\s*:$", re.I)
# (not the label of an action line: "Att göra: Karin skickar kallelsen", nor a to-do list's heading, "## Att göra")
_ATT_CLAUSE = re.compile(r"^(?:[-•–*]\s*)?(?:(?:\d{1,2}|[a-z])\s?[.)]\s*)?[Aa]tt\b(?!\s+göra\s*(?::|$))[\s:]*(?P<text>.*)$")
# a task list's row with its check box: "- [ ] @Sven Öqvist: ta fram …" ends a decision, as a task
# ("Uppdrag: X sammanställer …", "Ansvarig: X" under "Beslut: …": the task given after the decision, no part of it)
# ("Uppgift: Skriva en sammanfattning …" / "Ansvarig: X": a meeting app's task fields after the decision)
# (typed in capitals as the headings are: "BESLUT: / att … / UPPDRAG: Ta fram … Ansvarig: X.")
# ("Action: Skicka frågan … – KH – 2027-02-01": the same field in a template whose labels are in English)
_ACTION_LABEL_LINE = re.compile(r"^(?:Att\s+göra|Åtgärd(?:er)?|Uppdrag|Uppgift|Ansvarig|Ansvar|Actions?|"
                                r"ATT\s+GÖRA|ÅTGÄRD(?:ER)?|UPPDRAG|UPPGIFT|ANSVARIG|ANSVAR|ACTIONS?)\s*:\s*\S")
_CHECKBOX_ROW = re.compile(r"^\s*(?:[-*•]\s*)?\[[ xX]?\]\s")
# a task list's heading alone on its line: "Uppgifter", "Åtgärder", "Att göra till nästa gång"
_TASK_LIST_HEADING = re.compile(r"(?i)^\s*(?:uppgifter|åtgärder|åtgärdslista|uppföljningslista|beslutade\s+åtgärder|"
                                r"att\s+göra(?:\s+(?:till|inför)\s+nästa\s+(?:gång|möte))?|"
                                r"(?:till|inför)\s+nästa\s+(?:möte|sammanträde|gång))\s*:?\s*$")
_LEADING_ATT = re.compile(r"^att\b\s*", re.I)
# a decided point whose verb asks its object to do something, the att of what to do not yet written: "rekommendera
# Region X och Y kommun", "uppdra åt ledningsgruppen", "ge styrgruppen i uppdrag"; a line after it that opens with
# "att" goes on with the same point (the recommendation's content), no point of its own
_AWAITS_ATT = re.compile(r"^(?:rekommendera|uppmana|anmoda|ålägga|uppdra\s+(?:åt|till)|hemställa\s+(?:hos|till)|"
                         r"ge\s+[^;.]{2,80}?\s+i\s+uppdrag)\b(?![^;.]*\batt\b)[^;.]*$", re.I)
# "och föreslår regionfullmäktige besluta att" on its own line between decided points
# and "KFN föreslår kommunfullmäktige att besluta" on its own line under "Beslut", the att-clauses after it
# ("Allmänna utskottet föreslår kommunstyrelsen föreslå kommunfullmäktige": an utskott's proposal that its board
# propose on to fullmäktige, the att-clauses after it)
_PROPOSES_AFTER = re.compile(r"^(?:(?:och|samt)|(?P<who>[A-ZÅÄÖ][\w:’'./-]*(?:\s+[\w:’'./-]+){0,5}?))\s+föreslår\s+"
                             r"(?P<to>[a-zåäö][\wåäö -]{2,60}?)\s+(?:att\s+)?"
                             r"(?P<verb>besluta|föreslå\s+[a-zåäö][\wåäö-]*(?:fullmäktige|styrelsen|nämnden))(?:\s+att)?\s*:?$")
# "Räddningsnämnden beslutar att föreslå kommunfullmäktige" on its own line, the att-clauses after it what it proposes
_DECIDES_TO_PROPOSE = re.compile(r"^(?P<who>[A-ZÅÄÖ][\w:’'./-]*(?:\s+[\w:’'./-]+){0,5}?)\s+beslutar\s+(?:att\s+)?föreslå\s+"
                                 # (not a line the sentence wraps after its own "att": "Samrådet beslutar att föreslå
                                 # huvudmännen att fastställa" / "kostnadsfördelningen …": one decided point)
                                 r"(?P<to>[a-zåäö](?:(?!\satt\s)[\wåäö -]){2,60}?)(?:\s+(?:att\s+)?besluta)?\s*:?$")
# the end of a sentence and a capital after it, within a clause
_SENTENCE_AFTER_CLAUSE = re.compile(r"(?<=[a-zåäö0-9])\.\s+(?=[A-ZÅÄÖ])")
# a body of the collaboration as the subject of its own sentence, doing something: "Arbetsgruppen rapporterar till …",
# "Nätverket ska återkomma …"
_BODY_GOES_ON = re.compile(r"[A-ZÅÄÖ][a-zåäö-]*(?:gruppen|rådet|teamet|nätverket)\s+(?:ska\s+|skall\s+)?"
                           r"[a-zåäö]{2,}(?:ar|er|ir|år|a)\b")
# the body recommending, whom, and nothing after: the clauses on the lines below say what ("Ledningsgruppen rekommenderar
# kommunerna" / "att anta modellen")
_RECOMMENDS_OVER_CLAUSES = re.compile(r"^(?:[A-ZÅÄÖ][\w:’'./-]*(?:\s+[\w:’'./-]+){0,5}?\s+)?rekommenderar\s+"
                                      r"(?P<to>[a-zåäöA-ZÅÄÖ](?:(?!\satt\s)[\wåäöÅÄÖ ,-]){2,80}?)\s*:?$")
# "utser för perioden 2027–2030", "väljer för tiden 2027-01-01–2027-12-31:": an appointment whose points, below it,
# say whom to what
_APPOINTS_OVER_POINTS = re.compile(r"^(?P<who>[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,7}?)\s+(?P<verb>utser|väljer)"
                                   r"(?P<span>\s+(?:för|under)\s+(?:perioden|tiden|mandatperioden)\s+[^.:;]{4,40}?)?\s*:?$")


def _bullet_follows(lines: list[str], i: int, hi: int) -> bool:
    """Whether the next written line after line ``i`` is a bullet point.

    >>> _bullet_follows(["Nämnden utser", "", "• A till ledamot"], 1, 3), _bullet_follows(["Nämnden utser", "A"], 1, 2)
    (True, False)
    """
    j = i + 1
    while j <= hi and not lines[j - 1].strip():
        j += 1
    return j <= hi and lines[j - 1].strip()[:1] in _BULLETS


# "KFN beslutar vidare" / "Nämnden beslutar också": a further decision, its clauses after it
_FURTHER = re.compile(r"^(?:vidare|också|även|dessutom|slutligen|därutöver)\b[\s:,]*")


def _own_proposal_label(label: str, selves: "_Selves | None") -> str:
    """The body that met, folded, as a proposal's label names it in the genitive ("" when the label is another's):
    "Arbetsutskottets förslag till beslut" in the arbetsutskott's own minutes is what it proposes up, where
    "Förslag till beslut" is another's draft.

    >>> _own_proposal_label("Arbetsutskottets förslag till beslut", _Selves("Socialnämndens arbetsutskott", ""))
    'arbetsutskottet'
    >>> _own_proposal_label("Förvaltningens förslag till beslut", _Selves("Socialnämndens arbetsutskott", ""))
    ''
    >>> _own_proposal_label("Förslag till beslut", _Selves("Socialnämndens arbetsutskott", ""))
    ''
    """
    owner = re.match(r"([A-ZÅÄÖa-zåäö][\wåäö-]+?)s\s+förslag\b", label.strip())
    return owner.group(1).casefold() if owner and selves is not None and selves.is_self(owner.group(1)) else ""


def _opens_own_proposal(pm: re.Match, selves: "_Selves | None", lines: list[str], i: int, hi: int) -> bool:
    """Whether the line ``i`` matched by :data:`_PROPOSES_AFTER`, "Socialnämnden föreslår kommunfullmäktige
    besluta", heads the att-clauses under it as the decision of the body that met: the body its subject, the
    next line written an att-clause.

    >>> m = _PROPOSES_AFTER.match("Socialnämnden föreslår kommunfullmäktige besluta")
    >>> _opens_own_proposal(m, _Selves("Socialnämnden", ""), ["", "att anta riktlinjerna."], 1, 2)
    True
    >>> m = _PROPOSES_AFTER.match("Allmänna utskottet föreslår kommunstyrelsen föreslå kommunfullmäktige")
    >>> m.group("to"), m.group("verb")
    ('kommunstyrelsen', 'föreslå kommunfullmäktige')
    >>> _opens_own_proposal(m, _Selves("Kommunfullmäktige", ""), ["", "att anta riktlinjerna."], 1, 2)
    False
    """
    who = pm.group("who")
    if not who or selves is None or not selves.is_self(who):
        return False
    j = i + 1
    while j <= hi and not lines[j - 1].strip():
        j += 1
    return j <= hi and bool(_LEADING_ATT.match(_strip_bullet(lines[j - 1].strip())))
# (or numbered under its item's number: "4.1 Gruppen beslutade att …", "4.2 Varje kommun utser …"; the point's
# number, "1.", "2)", "(3)", "4.1", which a decision's text and a paragraph at the margin are read without: _NUMBER_LEAD)
_POINT_NUMBER = r"^\(?\d{1,2}(?:\s?[.)]|\.\d{1,2}\.?(?=\s+[A-ZÅÄÖ]))\s+"
_NUMBERED_POINT = re.compile(_POINT_NUMBER + r"(?P<text>\S.*)$")
# the part of an item's notes a label heads, alone on its line: "Noteringar" over what was noted, "Åtaganden"
# over who took on what
_NOTES_POINT_LEAD = re.compile(r"^(?:(?:[Nn]oteringar|[Åå]taganden)\s*:?\s+)?\d{1,2}\.\d{1,2}\.?\s+(?=[A-ZÅÄÖ])")
_NOTES_PART_LABEL = re.compile(r"(?i)(?:noteringar|åtaganden)\s*:?")
# "a) Arbetssättet prövas …" / "b) En arbetsgrupp inrättas …": the points under "Beslut:" lettered
_LETTERED_POINT = re.compile(r"^\(?[a-h]\)\s+(?P<text>[A-ZÅÄÖ].*)$")
_INLINE_DECIDE = re.compile(r"^[A-ZÅÄÖ][\w:’'-]*(?:\s+[\w:’'-]+){0,4}?\s+beslutar\s+(?:att\s+)?", re.I)
# "Protokollsutdrag: A, B", "Protokollsutdrag till: A", "Protokollsutdrag skickas till A": the paragraph's extract
# and who receives it, a distribution list like "Expedieras till"
_EXTRACT_SENT_TO = r"protokollsutdrag(?:\s+(?:skickas\s+|sänds\s+)?till)?(?=\s*:|\s+(?-i:[A-ZÅÄÖ]))"
_STRUCTURAL = re.compile(
    r"^(?:dokument|bilagor?|handlingar|beslutsunderlag|protokollet\s+(?:ska\s+|skall\s+)?skickas\s+till|"
    r"beskrivning\s+av\s+ärendet|ärendet\s+i\s+korthet|ärendets\s+beredning|"
    r"protokoll\s+skickas\s+till|beslutet\s+(?:ska\s+)?(?:skickas|expedieras)\s+till|expedieras\s+till|"
    # "Beslutet delges: de berörda": who is told of the decision, a distribution list in other words
    r"beslutet\s+delges(?:\s+till)?(?=\s*:)|"
    # "Expedieras: Kommundirektören, X AB", "Expedieras: –": the distribution list without its "till"
    # (or the label alone on its line, the list below it)
    r"expedieras(?=\s*:|[\s*]*$)|"
    # "Sänds till: Kommunstyrelsen, socialchefen": an extract's distribution list in plainer words
    r"(?:beslutet\s+|protokollet\s+|utdrag(?:et)?\s+)?sänds\s+till(?=\s*:)|"
    r"expediering|sändlista|utdrag\s+till|föredragande\s*:|föredragare\s*:|ärendebeskrivning|sammanfattning|"
    # "Protokollsutdrag: Kommunfullmäktiges presidium": who gets an extract of the paragraph
    + _EXTRACT_SENT_TO + "|"
    r"bakgrund|yrkanden?|propositionsordning|reservation(?:er)?|protokollsanteckning|jäv|beredning|"
    # the signing row of a Word table a PDF joins into a line: "Sekreterare Ordförande Justerare Eva Ek …"
    r"(?:sekreterare|ordförande|justerare|justerande|vid\s+protokollet)(?:\s+(?:sekreterare|ordförande|justerare|"
    r"justerande|vid\s+protokollet)){1,3}|"
    r"förslag\s+till\s+beslut|förvaltningens\s+förslag|beslutsgång|omröstning|särskilt\s+yttrande|"
    r"(?:ansvar(?:ig)?|åtgärd(?:er)?)(?=\s*:)|"
    # the agenda's own sections: "Beslutsärenden", "Informationsärenden"
    r"(?:besluts|informations|diskussions|anmälnings)ärenden\s*$|"
    # a section of the tasks given after the section of decisions at the end: "Beslut" … "Uppdrag", "Nästa möte"
    r"(?:uppdrag|uppdragslista|nästa\s+möte)\s*$)\b",
    re.I,
)
# an action marked with an arrow under a decision: "→ Anna tar med sig frågan …", running text again
# (or a notes app's open to-do box, "☐ Eva Ek bokar lokal", or a ticked one over a task done)
# ("AP 2.1 – Ansvar: …": a numbered action point after the item)
_ACTION_ARROW = re.compile(r"^(?:[-–•*·]\s*)?(?:→|➔|➜|⇒|=>|->|☐|☑|(?:AP|ÅP)\s?\d{1,2}(?:\.\d{1,2})*\s*[–-](?=\s))")
# a decision adopting a document whose content follows under its own labels ("Uppdrag:", "Sammansättning:")
_ADOPTED_AS_FOLLOWS = re.compile(r"\b(?:enligt|med)\s+följande(?:\s+innehåll)?\s*[.:]?\s*$")
_DOCUMENT_LABEL = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,20}(?:\s+[a-zåäö]{2,12}){0,2}\s*:\s+\S")
# "→ Beslut: Dagordningen godkänns": the arrow marks the decision itself, not an action under it
# (or a check mark: "✔ Beslut: Anteckningarna godkänns", a notes app's ticked decision)
_ARROW_DECISION = re.compile(r"^(?:[-–•*·]\s*)?(?:→|➔|➜|⇒|=>|->|✔️?|✓|✅)\s*(?=[Bb]eslut(?:\s+\d{1,2})?\s*:)")
_DISTRIBUTION = re.compile(
    r"^(?:protokollet\s+(?:ska\s+|skall\s+)?skickas\s+till|protokoll\s+skickas\s+till|"
    r"beslutet\s+(?:ska\s+)?(?:skickas|expedieras)\s+till|expedieras\s+till|expedieras(?=\s*:)|expediering|sändlista|"
    r"beslutet\s+delges(?:\s+till)?(?=\s*:)|"
    # ("**Expedieras**" alone on its line, a meeting system's label over the list below it)
    r"expedieras(?=[\s*]*$)|"
    r"skickas\s+till(?=\s*:)|(?:beslutet\s+|protokollet\s+|utdrag(?:et)?\s+)?sänds\s+till(?=\s*:)|utdrag\s+till|"
    + _EXTRACT_SENT_TO + r")\s*:?\s*(?P<rest>.*)$",
    re.I,
)
_DOCUMENTS = re.compile(r"^(?:dokument|bilagor?|handlingar)\s*(?::\s*(?P<rest>.*))?$", re.I)
# a header sentence stating whom the body works for or reports to
# also who set the body up and where its work goes, in a paragraph on its uppdrag above the items:
# "Arbetsgruppen tillsattes av Samverkansgrupp X i mars …", "Förslaget ska återrapporteras till samverkansgruppen"
_HEADER_RELATION = re.compile(r"\b(?:arbetar|verkar)\s+på\s+uppdrag\s+(?:av|från)\b|\b(?:åter)?rapporterar\s+(?:till|dit)\b"
                              # "Nätverket träffas fyra gånger per år på uppdrag av X": a network meeting for the body
                              # it works for, how often between
                              r"|\b(?:träffas|samlas|möts)\s+(?:[\wåäö]+\s+){0,5}?på\s+uppdrag\s+(?:av|från)\s+[A-ZÅÄÖ]"
                              # "Styrgruppen leder det gemensamma arbetet med e-hälsa på uppdrag av X": the work it leads
                              r"|\b(?:leder|samordnar|driver|styr)\s+(?:[\wåäö-]+\s+){1,10}?på\s+uppdrag\s+(?:av|från)\s+[A-ZÅÄÖ]"
                              # "Gruppen arbetar enligt uppdragsbeskrivning fastställd av X": set up by X
                              r"|\b(?:arbetar|verkar)\s+(?:utifrån|enligt)\s+(?:[a-zåäö]+\s+)?uppdragsbeskrivning(?:en)?\s+"
                              r"(?:som\s+\S+\s+)?(?:fastställd|beslutad|antagen|fastställts|beslutats|antagits)\s+(?:av|i)\s+[A-ZÅÄÖ]"
                              # "Arbetsgruppen har sitt uppdrag från X": the body's standing uppdrag under the roster
                              r"|\bhar\s+(?:fått\s+)?(?:sitt|vårt)\s+uppdrag\s+(?:från|av)\s+[A-ZÅÄÖ]"
                              r"|\b(?:tillsattes|inrättades|bildades|tillsatt|inrättad|bildad)\s+av\s+[A-ZÅÄÖ]"
                              # "Ungdomsfullmäktige tillsätts av kommunstyrelsen och redovisar sitt arbete till
                              # kommunfullmäktige": a kommun's council or assembly, set up by a body named in lower case
                              r"|\b(?:tillsätts|utses)\s+av\s+(?:[A-ZÅÄÖ]|[a-zåäö-]*(?:nämnd|styrelse|fullmäktige)|$)"
                              r"|\bredovisar\s+(?:sitt|sina)\s+(?:arbete|resultat)\s+(?:till|för)\s+[a-zåäöA-ZÅÄÖ]"
                              r"|\b(?:åter)?rapporteras\s+till\b"
                              # "Styrgruppen är underställd RLG …", "Gruppen har sitt mandat från X", "… lyder under X",
                              # "Brukarrådet är referensgrupp till gruppen": the body's place in the structure
                              r"|\bär\s+underställ(?:d|t|da)\s+[A-ZÅÄÖa-zåäö]|\blyder\s+under\s+[A-ZÅÄÖa-zåäö]"
                              r"|\bhar\s+(?:sitt|vårt)\s+mandat\s+(?:från|av)\s+[A-ZÅÄÖ]|\bär\s+referensgrupp\s+till\b"
                              # "Rådet är knutet till X och lämnar sina synpunkter dit": what it hands in goes there
                              r"|\blämnar\s+(?:sina|sitt|sin|en|ett)\s+(?:[a-zåäö]+\s+)?[a-zåäö]+\s+dit\b"
                              # "Arbetsutskottet bereder ärenden till Politiskt samråd X": an utskott's place under its body
                              r"|\bbereder\s+(?:alla\s+)?(?:ärenden|ärendena|frågor|frågorna)\s+(?:till|åt)\s+[A-ZÅÄÖa-zåäö]"
                              # "RLG beslutade 2026-02-12 att ge arbetsgruppen i uppdrag att …": the decision the body
                              # works under, quoted at the top of its notes
                              r"|\b(?:beslutade|har\s+beslutat|beslöt)\s+(?:den\s+)?(?:\d{4}-\d\d-\d\d\s+|\d{1,2}\s+[a-zåäö]+\s+(?:\d{4}\s+)?)?"
                              r"att\s+ge\s+(?:arbets|projekt|process|styr)?(?:gruppen|teamet|nätverket)\s+(?:i\s+)?uppdrag(?:et)?\s+att\b")
# the label of a header line quoting the mandate the body works under: "Uppdrag:", "Bakgrund/uppdrag:", "Mandat:"
_MANDATE_HEAD = re.compile(r"(?:bakgrund\s*(?:/|och)\s*)?uppdrag(?:et)?|mandat|bakgrund|[a-zåäö]*gruppens\s+uppdrag")
# the collaboration structure drawn as a line of arrows: "RLG → Styrgrupp X → Arbetsgrupp A, Arbetsgrupp B"
_CHAIN_ARROW = re.compile(r"\s(?:→|->|=>|➔|⇒)\s")


def _org_chain(line: str) -> list[str]:
    """The sentences a line of arrows between bodies stands for: "B arbetar på uppdrag av A." for each body B
    after an arrow from A ("Organisation: RLG → Styrgrupp X → Arbetsgrupp A, Arbetsgrupp B"); none unless every
    step names a body."""
    text = re.sub(r"^\s*(?:[-•*]\s*)?(?:[A-ZÅÄÖa-zåäö][\wåäö -]{2,30}:\s*)?", "", line.strip())
    steps = [x.strip(" .") for x in _CHAIN_ARROW.split(f" {text} ".replace("  ", " ")) if x.strip(" .")]
    if len(steps) < 2:
        return []
    levels = [[b.strip() for b in re.split(r",\s*|\s+och\s+|\s*/\s*", st) if b.strip()] for st in steps]
    if any(not lv or any(len(b.split()) > 8 or not (_BODY_WORD.search(b) or re.fullmatch(r"[A-ZÅÄÖ]{2,6}", b))
                         for b in lv) for lv in levels):
        return []
    return [f"{b} arbetar på uppdrag av {a}." for up, down in zip(levels, levels[1:]) for a in up[-1:] for b in down]


# a sentence under the roster telling a newcomer's first meeting: "Ida Ek deltog för första gången som ny
# representant för elevhälsan i Åby kommun. Hon efterträder Per Lind."
_FIRST_MEETING = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+(?:deltog|deltar|var\s+med)\s+"
                            r"(?:(?:i\s*dag|idag)\s+)?(?:för\s+första\s+gången|på\s+sitt\s+första\s+möte)\s+som\s+ny\s+"
                            r"(?:ledamot|representant|ersättare|deltagare|medlem)\b")
# a labelled header line naming whom the body works for or reports to
# (a box "Om gruppen" also writes the reporting line as a sentence without its subject: "Rapporterar till Styrgrupp X,
# två gånger per år")
# (with the body as its subject: "Gruppen rapporterar till: Samverkansgrupp X")
_MANDATE_LABEL = re.compile(r"^(?:[\wåäö-]*(?:gruppen|teamet|nätverket|rådet)\s+(?=\S+\s+till\b))?"
                            r"(?P<label>uppdragsgivare|beställare|uppdrag\s+från|rapporterar\s+till|rapportering\s+till|"
                            r"återrapporteras\s+till|återrapportering\s+till|återrapporterar\s+till)"
                            r"(?:\s*:\s*|(?<=[Tt]ill)\s+(?=[A-ZÅÄÖ]))(?P<to>[A-ZÅÄÖ](?:[^.]|\.(?!\s+(?-i:[A-ZÅÄÖ][a-zåäö]))){2,100}?)"
                            # a sentence after the body on the label's line: "Uppdragsgivare: Styrgrupp X. Gruppen
                            # lämnar en lägesrapport till styrgruppen varje månad."
                            r"(?:\.\s+(?P<more>(?-i:[A-ZÅÄÖ][a-zåäö]).{2,200}))?$", re.I)
_ONE_POINT = re.compile(r"\d{1,3}[a-z]?")
# a point of notes kept as questions and answers, the answer led by the one who gave it: "Svar (Per Lund): …",
# "Svar från Per Lund: …" (who put the question, "Fråga (Eva Ek): …", asked it of the meeting: no presenter, as
# the shared gold reads a question put under "Övriga frågor")
_QA_SPEAKER = re.compile(r"^Svar\s*(?:\((?P<who>[A-ZÅÄÖ][^()]{2,80})\)|\s+från\s+(?P<from>[A-ZÅÄÖ][^:()]{2,60}?))\s*:\s*\S")
_TITLE_PRESENTER = re.compile(r"\((?:Föredragande|Föredragare)\s*:\s*([^)]{2,120})\)")
# (also who the agenda says leads the point: "Ansvarig för punkten: Per Ek", "Punktansvarig:", "Dragning:",
# "Föredras av:"; and who is called in for the point under its heading, "§ 23/25 … / Adjungerad: Jonas Ekwall",
# there to present it)
# (hurried, the label cut short with no colon: "föredr. Eva Ek, Per Lind")
_PRESENTER = re.compile(r"^(?:(?:föredragande|föredragare|presentatör|presentatörer|ansvarig\s+för\s+punkten|punktansvarig|"
                        r"dragning|föredras\s+av|presenteras\s+av|adjungerad|adjungerade)\s*:|föredr\.:?)\s*(?P<rest>.*)$", re.I)
# "X presenterar …", "Yasmin informerar: …", "SP informerade om …", "Linnea redovisade …": present and past;
# in notes also who shows figures ("Mia visade täckningsgraden") or raises the matter ("Sara tar upp att …",
# "Petra tog upp önskemålet …"). Who opens the meeting or welcomes ("Helen hälsade välkommen") chairs it:
# no presenter, as the shared gold reads it
# what a presenter gives the meeting: "en kort lägesbild", "gruppen en dragning"
_GIVEN = (r"(?:[a-zåäö]*gruppen\s+|rådet\s+|nämnden\s+)?(?:en\s+|ett\s+)?(?:kort\s+|muntlig\s+|aktuell\s+)?"
          r"(?:lägesbild|lägesrapport|återblick|dragning|presentation|information|bakgrund|genomgång|"
          r"uppdatering|redogörelse|orientering)")
# ("presenterade sig kort": a newcomer introducing herself, no item presented; "presented": notes mixing in English)
_PROSE_PRESENT = re.compile(r"\b((?:presenterar|presenterade|presented)(?!\s+sig\b)|(?:visar|visade)\s+(?!sig\b)|tog\s+upp\b|tar\s+upp\s+(?=att\b)|(?:informerar|informerade)(?:\s+(?:kort|kortfattat|muntligt|översiktligt))?(?:\s+om|\s+från|(?=\s*:))|"
                            r"(?:redogör|redogjorde)(?:\s+för|(?=\s*:))|föredrar|föredrog|"
                            # "Eva Ek och Per Lind bjuds in för att informera om …": guests called in to tell the meeting
                            # (not "bjuds in till nästa möte för att …": a talk to come)
                            r"(?:bjuds|bjöds)\s+in\s+(?:för\s+)?att\s+(?:informera|berätta|presentera|redogöra|föredra)\b|"
                            r"(?:berättar|berättade|beskriver|beskrev)(?:\s+om|\s+att|\s+hur|(?=\s*:))|"
                            # "Annika berättade från styrgruppens möte": what another body did, told at the meeting
                            r"(?:berättar|berättade)\s+från\s|(?:beskriver|beskrev)\s+(?:ett|en|det|den|läget|arbetet)\b|"
                            # "Eva återgav RLG:s sammanträde": what another body's meeting did, told again
                            r"(?:återger|återgav)\s+(?=[A-ZÅÄÖ][\wåäöÅÄÖ-]*:?s\s+(?:sammanträde|möte|beslut|diskussion))|"
                            # "Mikael Ros beskrev Granviks arbete med …": the piece of work by whose it is
                            r"(?:beskriver|beskrev)\s+(?=[A-ZÅÄÖ][\wåäöÅÄÖ-]{2,}s\s+[a-zåäö]{3,})|"
                            # "Mattias Ceder beskriver svårigheterna att få …": the matter in the definite form
                            r"(?:beskriver|beskrev)\s+(?=[a-zåäö]{5,}(?:erna|arna|orna|heten|ningen|ationen)\b)|"
                            # ("Linda redovisar arbetet för styrgruppen i april": to be told another body later, a task)
                            r"(?:redovisar(?![^.;]*\bför\s+\S+(?:\s+\S+){0,4}?\s+(?:i\s+(?:januari|februari|mars|april|maj|juni|"
                            r"juli|augusti|september|oktober|november|december)|den\s+\d|vid\s+nästa|på\s+nästa)\b)|redovisade)"
                            r"(?:\s+(?!till\b|senast\b)|(?=\s*:))|"
                            # "Annelie återgav att LVO i november gett …": what another body said, told at the meeting
                            r"(?:återger|återgav)\s+(?=att\b|hur\b|vad\b)|(?:återkopplar|återkopplade|rapporterar|"
                            r"rapporterade|återrapporterar|återrapporterade)\s+från|"
                            # "Sven Dahl rapporterar om kontorets arbete under hösten": told at the meeting (not "rapporterar
                            # om avvikelser till nämnden", a report still to be made elsewhere)
                            r"(?:rapporterar|rapporterade)\s+om\b(?![^.;]*\b(?:till|senast)\b)|"
                            # "Marie-Louise Tideman återrapporterar uppdraget": the task reported back at the meeting
                            r"(?:återrapporterar|återrapporterade)\s+(?:uppdraget|arbetet|resultatet)\b(?![^.;]*\b(?:till|senast)\b)|"
                            # "HG återrapporterade att alla kommunerna har utsett …": what came of it, told
                            r"(?:återrapporterar|återrapporterade)\s+(?=att\b)|"
                            # "Gunilla återrapporterade, som RLG bad om i juni, att …": who asked for it between
                            r"(?:återrapporterar|återrapporterade)(?=,\s*som\s[^,.;]{2,60},\s*att\b)|"
                            # "Camilla Ek återrapporterade: …", "Therese återkopplade på uppdraget från juni …", "… återkopplade
                            # för ledningsgruppens räkning": a task given earlier, its outcome told now
                            r"(?:återkopplar|återkopplade|återrapporterar|återrapporterade)(?=\s*:)|"
                            r"(?:återkopplar|återkopplade)\s+(?:på\s|för\s+[\wåäöÅÄÖ:-]+s\s+räkning\b)"
                            r"(?![^.;]*\b(?:senast|till\s+nästa|vid\s+nästa|på\s+nästa)\b)|"
                            # "Mikael Stenros återrapporterade frågan om …", "Karin återkopplade frågan som …": the
                            # piece of work reported on at the meeting (the past tense: told, not to be told)
                            r"(?:återrapporterade|återkopplade)\s+(?=[a-zåäö]{3,}(?:en|et|an|na)\b)|"
                            # "… återrapporterade Tallbys rutin för …", "ES återrapporterade samverkansgruppens
                            # synpunkter": the piece of work by whose it is
                            r"återrapporterade\s+(?=[\wåäöÅÄÖ-]{3,}s\s+[a-zåäö]{3,})|"
                            # "Kjell Borén rapporterar.", "Carina Lööf rapporterar för gruppen": the group's report
                            r"(?:rapporterar|rapporterade)(?=\s*[.:]|\s+för\s+(?:gruppen|\w+gruppen)\b)|(?:går|gick)\s+igenom|anmäler\s+(?=delegationsbeslut|meddelanden|inkomna)|"
                            r"har\s+(?:sammanställt|tagit\s+fram)\s+(?=en|ett|antalet|underlag)|"
                            # "Helga Nyberg lämnade lägesrapport från projektet": a report given at the meeting
                            # (not "lämnar en rapport till styrgruppen", a task)
                            r"(?:lämnar|lämnade)\s+(?:en\s+)?(?:kort\s+|muntlig\s+)?(?:läges)?rapport\b"
                            r"(?![^.;]*\b(?:till|senast|vid|inför)\b)|"
                            # "Förbundsdirektören lämnade information om resandeutvecklingen": told at the meeting
                            r"(?:lämnar|lämnade)\s+(?:en\s+)?(?:kort\s+|muntlig\s+)?information\s+om\b|"
                            # in fullmäktige, who answers an interpellation or a question presents the item
                            r"(?:besvarar|besvarade)\s+(?:interpellationen|frågan|den\s+enkla\s+frågan)|"
                            # "Per Ek gav en lägesbild", "Eva höll en dragning om …", "Per drog ärendet", "Eva delgav
                            # gruppen statistiken", "Per uppdaterade styrgruppen om …" (not "ger en lägesbild till
                            # styrgruppen i december", a task)
                            r"gav\s+" + _GIVEN + r"\b(?![^.;]*\b(?:till\s+(?!\d)|senast\b|inför\b))|"
                            r"ger\s+" + _GIVEN + r"\b(?![^.;]*\b(?:till|senast|vid|inför)\b)|"
                            r"(?:höll|håller)\s+(?:en\s+|ett\s+)?(?:kort\s+)?(?:presentation|dragning|genomgång|föredrag(?:ning)?|"
                            r"orientering)\b(?![^.;]*\b(?:senast|inför)\b)|"
                            r"(?:drar|drog)\s+(?:ärendet|punkten|frågan|läget|förslaget|underlaget)\b|(?:delgav|delger)\s+|"
                            r"(?:uppdaterade|uppdaterar)\s+(?:[a-zåäö]*gruppen|rådet|mötet|nämnden|ledamöterna)\s+(?:om|kring|med|på)\b)")
# a member who opens an item's text by reminding of a matter presents it: "Henrik påminde om att …", "Anders
# påminner om utbildningsdagen …", "LV påminde: nätv är tillsatt av …" (further into the item, a remark on what another presented; the chair's
# reminder, "Ordföranden påminde om att …", frames the item as chairing does; "lyfte att", "meddelade att" are
# remarks)
# Who opens it with the work they have done ("Sofia har sammanställt synpunkterna …", "Amira och Karolina har gått
# igenom de lokala rutinerna"), with what they report or propose ("Lukas rapporterade att …", "Göran föreslog att …")
# or describe ("Tobias beskrev två händelser …", "Yusuf beskriver …") presents it too.
_OPENING_PRESENT = re.compile(r"\b((?:påminde|påminner)(?:\s+om\b|\s*:)|har\s+(?:på\s+uppdrag\s+av\s+\S+(?:\s+\S+)?\s+)?"
                              r"(?:sammanställt|granskat|gått\s+igenom|följt\s+upp|träffat|kartlagt|undersökt|tittat\s+på)\s|"
                              # ("Yusuf beskriver elever som väntat …": notes kept in the present tense)
                              r"rapporterade\s+att\b|föreslog\s+att\b|(?:beskrev|beskriver)\s+(?!sig\b))")
_OPENING_WORDS = ("påmin", "har ", "rapporterade att", "föreslog att", "beskrev ", "beskriver ")
_INFORMED_BY = re.compile(r"\b(?:informerades|fick\s+information)\s+av\s+(?:[a-zåäö][\wåäö-]*\s+){0,2}"
                          r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})"
                          # a line naming what was given and by whom: "Information från Per Ek om …", "Dragning av
                          # verksamhetschef Eva Lind"
                          r"|(?m:^)[-•*]?\s*(?:Information|Dragning|Presentation|Lägesrapport|Redovisning|Genomgång|"
                          r"Återrapportering|Föredragning)\s+(?:från|av)\s+(?:[a-zåäö][\wåäö-]*\s+){0,2}"
                          r"(?P<who2>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})")
_INFORMED_BY_WORDS = ("informerades", "fick", "Information", "Dragning", "Presentation", "Lägesrapport", "Redovisning",
                      "Genomgång", "Återrapportering", "Föredragning")  # one of which each match holds: a first look
# "Viktor har sammanställt antalet …", "Henrik har tagit fram en disposition som gruppen går igenom": the
# work brought to the item; not an action item reported done ("Tomas har tagit fram en lista …, klart")
_DONE = re.compile(r",\s*(?:klart|klar|gjort|genomfört)\s*\.?\s*$", re.I)
# "Tobias: 38 digitala vårdmöten …": a line led by the attendee who reports it (split off as a sentence)
# ("TM: 31 anmälda …": or by the initials the attendance list makes unique; not "Anna: tar fram ett utkast …",
# a task under its doer's name)
# (the given name and the surname's initial too, as a secretary's short hand writes her: "Eva E: rutinen behöver …")
_LEAD_NAME_COLON = re.compile(r"(?m)^[ \t]*(?P<who>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé-]+){0,2}"
                              r"|[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ]\.?|[A-ZÅÄÖ]{2,4}):(?=\s|$)(?![ \t]+[a-zåäö]+(?:ar|er|ir)\b)"
                              # a bullet led by initials, its report a figure or what is known of something: "* NH: 14
                              # utbildade hittills", "* JH: uppgifter om 5–7 mån väntan" (not "- SA: anmäla två deltagare",
                              # a task in a to-do list's shape, nor "- JW: undersöka om …", a task by its infinitive)
                              r"|^[ \t]*[-•–*][ \t]+(?P<who2>[A-ZÅÄÖ]{2,4}):[ \t]+(?=\d|[a-zåäö]+(?<!a)\s+(?:om|från|kring)\b)")
# a round from the huvudmän, each line headed by the huvudman with its teller in brackets: "- Fjällsta kommun
# (Siri Lund): Ny larmcentral …", "Region Norrby (Gustav Ek): …"
_ROUND_TELLER = re.compile(r"(?m)^[ \t]*(?:[-•–*][ \t]+)?(?:Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+kommun)\s+"
                           r"\((?P<who>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2})\)\s*:")
_AT_ANOTHER_MEETING = re.compile(r"\b(?:vid|på|till)\s+(?:nästa|kommande|\w+s)\s+(?:möte|sammanträde)")
# "Fredrik redovisar antalet SIP:ar efter tre månader": a time to come, a task and no talk at the meeting
# (not "redovisar uppföljningen efter ett år": the follow-up made after a year, told now)
_AFTER_A_WHILE = re.compile(r"(?<!uppföljningen\s)(?<!utvärderingen\s)(?<!uppföljning\s)(?<!utvärdering\s)"
                            r"\b(?:efter|om)\s+(?:en|ett|två|tre|fyra|fem|sex|\d{1,2})\s+(?:dagar|veckor|vecka|månader|månad|år)\b")
# "… om rutinen vid PSV den 12 december": a body's meeting on a day, where the matter is to be told (not
# "inför förbundsstyrelsens sammanträde den 12 december", told now ahead of it, nor "rapporterar från X den 2 mars",
# a meeting held)
_AT_DAY_ELSEWHERE = re.compile(r"[^.;]{0,80}?\b(?:vid|på|för)\s+[^.;]{2,90}?\bden\s+\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|"
                               r"jul|aug|sep|okt|nov|dec)")
# "… presenterar sammanställningen vid RLG i november", "… föredrar ärendet i RLG.": another body, named by
# its acronym, where the matter is to be told (its time, if any, ending the sentence)
_AT_BODY_ELSEWHERE = re.compile(r"[^.;]{0,80}?\b(?:vid|i|på)\s+[A-ZÅÄÖ]{3,6}\b(?![:’']?s\b)(?:\s+(?:i\s+[a-zåäö]+|den\s+\d{1,2}"
                                r"(?:\s+[a-zåäö]+)?|\d{4}-\d{2}-\d{2}))?\s*[.;]?\s*$")
# the matter sent on to another body, in the sentence before the one who is to present it: "Frågan lyfts till X.",
# "Gruppen beslutade att lyfta frågan till ledningsgruppen den 19 maj."
# (not "Ärendet har lyfts till samrådet av X": sent here, presented here)
_SENT_ON = re.compile(r"\b(?<!har\s)(?<!hade\s)(?:lyfts|lyfta\s+(?:frågan|ärendet))\s+(?:vidare\s+)?till\s+[^.;]+")
# "Karin redovisar i april", "… föredrar ärendet i rådet den 13 mars": a month to come, or a council's
# meeting where the matter is to be told, right after the verb and its object
_IN_MONTH_OR_COUNCIL = re.compile(rf"^(?:[a-zåäö]+\s+){{0,2}}?(?:i|under)\s+(?:{_MONTH_RE})\b(?!\s*[–-])|"
                                  r"^(?:[a-zåäö]+\s+){0,2}?i\s+(?:rådet|fullmäktige|styrelsen|nämnden)\s+den\s+\d", re.I)
# "… går igenom pärmen och kontaktlistorna tillsammans i juni": the work done together in a month to come, no talk now
_TOGETHER_IN_MONTH = re.compile(rf"^[^.;]{{0,80}}?\btillsammans\s+(?:i|under)\s+(?:{_MONTH_RE})\b(?:\s+\d{{4}})?\s*\.?$", re.I)
# what the meeting decided someone is to do: "Beslutades att A presenterar …", "Gruppen enades om att A redovisar …"
_DECIDED_THAT = re.compile(r"\b(?:[Bb]eslutades|beslutade|beslutar|enades\s+om|[Öö]verenskoms)\s+att\s+")
# a past tense of the verbs above: "… presenterade vid förra mötet" tells of another meeting
_PAST_PRESENT = ("ade", "jorde", "drog", "gick", "gav", "höll")
_INFORMATIONAL = re.compile(
    r"(?:lägga\s+(?:informationen|redovisningen|rapporten|ärendet|uppföljningen)\s+till\s+(?:protokollet|handlingarna)|"
    r"lägga\s+\w+\s+till\s+handlingarna|notera\s+(?:informationen|redovisningen)|informationen\s+noteras|"
    r"tacka\s+för\s+(?:informationen|redovisningen)|anteckna\s+informationen)",
    re.I,
)
_TABLED = re.compile(r"bordl[äa]gg|bordlades|bordlägges", re.I)
_ADJOURNED = re.compile(r"ajourner", re.I)
_GENERIC_BODY = {
    "samverkansgruppen": "samverkansgrupp", "styrgruppen": "styrgrupp", "arbetsgruppen": "arbetsgrupp",
    "ledningsgruppen": "ledningsgrupp", "gruppen": "grupp", "processteamet": "processteam",
    "nätverket": "nätverk", "forumet": "forum", "rådet": "råd",
}
_FUNCTION_WORDS = {"att", "och", "i", "för", "som", "med", "till", "om", "på", "har", "är", "kommer", "ska",
                   "samt", "inom", "under", "av", "vid", "den", "det", "de", "en", "ett", "innan"}
_BULLETS = ("-", "•", "–", "*", "·")
# patterns the functions below use at almost every call, compiled once (re.match(r"…", s) looks its
# pattern up in the re module's cache each time: about half a microsecond, a few hundred times a document)
# (or where she comes from: "Gäst p3: Jessica från trygg hemgång")
_GIVEN_LEAD = re.compile(r"^([A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)(?=\s*(?:$|[,;(]|\s(?:och|samt|från)\s))")
_NAME_PARTS = re.compile(r"[\s-]+")
# a roster's initials after the name, in brackets or bare at the entry's end: "Anna Lund (AL)", "Mona Ek ME"
_INITIALS_NOTE = re.compile(r"^\s*(?:\(\s*([A-ZÅÄÖÉ]{2,4}[a-zåäö]{0,2})\s*\)|([A-ZÅÄÖÉ]{2,4})(?=\s*(?:$|[,;]|[–-]\s)))")
_NOTE = re.compile(r"\(([^()]{0,60})\)")
_LIST_SEP = re.compile(r"[,;]")
_LEADING_AND = re.compile(r"^(?:och|samt|&)\s+")
# the running text under a point's heading: a sentence of eight words or more to its full stop
_PROSE_UNDER_HEADING = re.compile(r"^\S+(?:\s+\S+){7,}?[^.!?]*[.!?](?:\s|$)")
# a short heading over a roster's people by where they come from ("Primärvården", "Regionen – sjukhusvården")
_SECTION_HEADING = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:[–-]\s+)?[\wåäöÅÄÖ-]+){0,4}")
_LABEL_LINE = re.compile(r"^([^:\t]{2,60}?)\s*(?::|\t|\s{2,}|$)\s*(.*)$")
_CELL = re.compile(r"\S+(?: \S+)*")
_LABEL_SEP = re.compile(r":|\t|\s{2,}")
_BLANK_LINES = re.compile(r"\n\s*(?:\n\s*)+")
_NUMBER_LEAD = re.compile(_POINT_NUMBER)
_COMMA_SPLIT = re.compile(r"[,;]")
_FILENAME_DATE = re.compile(r"(?<!\d)(20\d\d)-?(\d\d)-?(\d\d)(?!\d)|(?<!\d)(\d{2})(\d{2})(\d{2})(?!\d)")


# ---------------------------------------------------------------- small helpers

def _norm_key(name: str) -> str:
    s = unicodedata.normalize("NFC", name).casefold().replace("-", " ").replace("–", " ")
    return " ".join(s.split())


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _compact_iso(yy: str, mm: str, dd: str) -> str | None:
    y = int(yy)
    if not 10 <= y <= 45:
        return None
    return _iso(2000 + y, int(mm), int(dd))


def parse_date_phrase(s: str) -> str | None:
    """First full date in a phrase, as ISO.

    >>> parse_date_phrase("Fredagen den 17 november 2023 kl. 08.15 - 12.00, via Teams")
    '2023-11-17'
    >>> parse_date_phrase("Teams, den 24 maj 2024, klockan 08:30-12:00")
    '2024-05-24'
    >>> [parse_date_phrase(s) for s in ("8/10 2025", "onsdag 8.10.2025", "2025.10.08", "8 okt. 2025", "kl. 13.00 2025")]
    ['2025-10-08', '2025-10-08', '2025-10-08', '2025-10-08', None]
    >>> [parse_date_phrase(s) for s in ("14/10-25", "14/10 -2025", "14-10-2025", "14.10.25", "Minnesanteckningar 251014",
    ...                                 "20251014", "14 oktober, 2025")]
    ['2025-10-14', '2025-10-14', '2025-10-14', '2025-10-14', '2025-10-14', '2025-10-14', '2025-10-14']
    >>> [parse_date_phrase(s) for s in ("kl. 14.10-15.30", "3.2.15 Rutiner", "Dnr 2025/251014", "Tfn 0455-251014")]
    [None, None, None, None]
    """
    m = _ISO.search(s)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _TEXT_DATE.search(s)
    if m:
        return _iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _SHORT_MONTH_DATE.search(s)
    if m:  # "8 okt 2025", "8 okt. 2025"
        return _iso(int(m.group(3)), _MONTHS3.index(m.group(2).lower()[:3]) + 1, int(m.group(1)))
    m = _NUMERIC_DATE.search(s)
    if m:  # "8/10 2025", "08.10.2025", "2025.10.08", "2025/10/08"
        if m.group("y"):
            return _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return _iso(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    m = _SHORT_YEAR_DATE.search(s)
    if m:  # "14/10-25", "14/10-2025", "14.10.25"
        if m.group("y"):
            return _compact_iso(m.group("y")[-2:], m.group("m"), m.group("d"))
        # (with dots only from 2020: "3.2.15" numbers a section)
        return _compact_iso(m.group("y2"), m.group("m2"), m.group("d2")) if m.group("y2") >= "20" else None
    m = _COMPACT_DATE.search(s)
    if m:  # "20251014", "Minnesanteckningar 251014": the digits of a date, as a file is named
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m.group(1) else _compact_iso(*m.group(4, 5, 6))
    return None


_SHORT_MONTH_DATE = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+(jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?\s+(20\d\d)\b", re.I)
# a date written with numbers and dots, slashes or spaces, the day first ("8/10 2025", "08.10.2025") or the year
# first ("2025.10.08", "2025/10/08"); a year of four digits tells the order
_NUMERIC_DATE = re.compile(r"(?<![\d.,/-])(?:(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?:(?P=sep)|\s)\s?(?P<y>20\d\d)"
                           r"|(?P<y2>20\d\d)[./ ](?P<m2>\d{1,2})[./ ](?P<d2>\d{1,2}))(?![\d.,/]\d)")
# the short forms Swedish notes write a date in: "14/10-25", "14/10 -2025" (the year after a dash), "14.10.25"
_SHORT_YEAR_DATE = re.compile(r"(?<![\d.,/-])(?P<d>\d{1,2})/(?P<m>\d{1,2})\s?-\s?(?P<y>\d{2}|20\d\d)(?![\d.,/-]?\d)"
                              r"|(?<![\d.,/-])(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{2})(?![\d.,/-]?\d)")
# a date's digits alone, as a file or a title is named: "20251014", "Minnesanteckningar 251014" (the six digits
# last on the line after a word, or the whole value)
_COMPACT_DATE = re.compile(r"(?<![\d/.-])(20\d\d)(\d\d)(\d\d)(?![\d/.-])|(?:^|(?<=[A-Za-zåäöÅÄÖ]\s))(\d\d)(\d\d)(\d\d)\s*$")


def _strip_bullet(s: str) -> str:
    s = s.strip()
    while s[:1] in ("-", "•", "–", "*", "·") and len(s) > 1:
        s = s[1:].lstrip()
    return s


# a branch of care or welfare in the definite form, as a roster's unit column names it ("Äldreomsorgen",
# "Socialtjänsten", "Vuxenpsykiatrin", "Elevhälsan"): no surname ends so
_BRANCH_ENDING = re.compile(r"(?:omsorgen|tjänsten|psykiatrin|vården|hälsan|medicinen|rehabiliteringen)$")


@lru_cache(maxsize=1 << 14)
def leading_name(s: str) -> tuple[str, str]:
    """Split a person's name off the start of ``s``: (name, rest); name is '' when none.

    >>> leading_name("Anna-Karin Åkesson verksamhetschef Ronneby kommun§111")
    ('Anna-Karin Åkesson', 'verksamhetschef Ronneby kommun§111')
    >>> leading_name("Annika Mellqvist; Region Blekinge")
    ('Annika Mellqvist', '; Region Blekinge')
    >>> leading_name("A. Nygård-Pettersson, verksamhetschef")
    ('A. Nygård-Pettersson', ', verksamhetschef')
    >>> leading_name("Gösta Nordin Kommunförbundet, Ekbacka")
    ('Gösta Nordin', 'Kommunförbundet, Ekbacka')
    >>> leading_name("Inga Bratt, DHR"), leading_name("Inga beslut fattades")
    (('Inga Bratt', ', DHR'), ('', 'Inga beslut fattades'))
    >>> leading_name("Kommunförbundet Sälgmark")
    ('', 'Kommunförbundet Sälgmark')
    >>> leading_name("Miljösamverkan Grönby, sekreterare")[0]
    ''
    >>> leading_name("Synskadades Riksförbund Åby")[0]
    ''
    >>> leading_name("Jessica Falk Äldreomsorgen, Åby kommun (ordf.) ja")[0], leading_name("Martin Ek Individ- och familjeomsorgen")[0]
    ('Jessica Falk', 'Martin Ek')
    >>> leading_name("Oskar Lindberg Lars-Göran Mattsson har förhinder")[0], leading_name("Anna Karin Lund, MAS")[0]
    ('Oskar Lindberg', 'Anna Karin Lund')
    >>> leading_name("Karl-Erik Holm Åbys vårdcentral, Region X ja")[0], leading_name("Per Lund Svens")[0]
    ('Karl-Erik Holm', 'Per Lund Svens')
    >>> leading_name("Egenvårdsinformation Rut")[0], leading_name("Tobias Anledning: rutinen")[0]
    ('', '')
    >>> leading_name("Mellersta Fjällfors")[0], leading_name("Norra Berget (företräder även Åby)")[0]
    ('', '')
    """
    tokens = s.split(" ")
    taken: list[str] = []
    consumed = 0
    stop_after = False
    lead = _INITIAL_SURNAME.match(s)
    if lead and _initial_surname(lead.group(2)):
        # "T. Lundkvist, primärvårdschef": a given name written as its initial, then the surname
        rest = s[lead.end(1):]
        return lead.group(1), rest if rest.startswith((",", ";")) else rest.lstrip(" ")
    for k, raw in enumerate(tokens):
        if raw == "":
            if len(taken) >= 2:
                break  # a wide gap ends the name: "Anna Lund    Per Berg" are two people
            consumed += 1
            continue
        tok = raw
        trail = ""
        while tok and tok[-1] in ",;:":
            trail = tok[-1] + trail
            tok = tok[:-1]
        if "§" in tok:
            break
        low = tok.lower()
        nxt = tokens[k + 1].strip(",;:").lower() if k + 1 < len(tokens) else ""
        if taken and low in PARTICLES and k + 1 < len(tokens) and (
                tokens[k + 1][:1].isupper() or tokens[k + 1] in PARTICLES and k + 2 < len(tokens) and tokens[k + 2][:1].isupper()):
            # "Anna von Essen", "Eva van der Berg": the particles of the surname after them
            taken.append(tok)
            consumed += 1
            continue
        if len(taken) >= 2 and tok == taken[0]:
            break  # "Mia Tell Mia Tell presenterar": a name does not repeat its first word
        is_name = bool(_NAME_TOKEN.match(tok)) or (len(taken) >= 1 and bool(_INITIAL.match(tok))) or (
            # "Y. Farouk", "A. Nygård-Pettersson": an initial with its dot, then the surname
            k == 0 and bool(_DOTTED_INITIAL.match(tok)) and _NAME_TOKEN.match(nxt[:1].upper() + nxt[1:])
            and tokens[k + 1][:1].isupper() and _is_surname(tokens[k + 1].strip(",;:")) and not is_given_name(nxt))
        if not is_name or low in _ORG_TOKENS or nxt in ("kommun", "stad", "kommuns") or _FÖRENING_WORD.search(low):
            break  # ("Synskadades Riksförbund X", "Hörselskadades Förening": a förening's kind, no name ends so)
        if _NOUN_ENDING.match(low):
            break  # "Egenvårdsinformation Rut informerade …": a point's title, a common noun, run onto the name
        if len(taken) >= 2 and (_UNIT_ENDING.search(low) or low.endswith(("styrelsen", "fullmäktige", "förbundet"))):
            # "Maj Sandell Omsorgsnämnden": a council's roster names the nämnd a member sits for;
            # "Gösta Nordin Kommunförbundet, Ekbacka": a forum's the förbund
            break
        if (len(taken) == 2 and k + 1 < len(tokens) and tokens[k + 1][:1].isupper() and is_given_name(low.split("-")[0])
                and not is_given_name(taken[1].lower()) and is_given_name(taken[0].lower())
                and is_given_name(low) and not is_given_name(nxt.split("-")[0])):
            break  # "Oskar Lindberg Lars-Göran Mattsson har förhinder": a second person's given name begins
        if len(taken) >= 2 and (_BRANCH_ENDING.search(low) or tok.endswith("-") or low.endswith("s") and len(nxt) >= 4
                                and nxt.isalpha() and nxt[:1].islower() and nxt not in PARTICLES and not trail):
            # a PDF's table row with one space between its cells: "Jessica Falk Äldreomsorgen, Åby kommun",
            # "Martin Ek Individ- och familjeomsorgen", "Karl Holm Åbys vårdcentral": the branch or unit after the name
            break
        if len(taken) >= 5:
            break
        taken.append(tok)
        consumed += 1
        if trail:
            stop_after = True
            break
    given_word = (len(taken) == 2 and taken[0].lower() in _NOT_NAME_FIRST and is_given_name(taken[0].lower())
                  and bool(re.match(rf"{re.escape(' '.join(taken))}\s*(?:[,(]|$)", s)))
    if given_word:
        pass  # "Inga Bratt, DHR": a given name that is also a word ("inga"), as a roster line writes it
    elif len(taken) < 2 or taken[0].lower() in _NOT_NAME_FIRST or all(_INITIAL.match(t) for t in taken[1:]) and len(taken) > 2:
        return "", s
    if taken[0].casefold() in _PLACE_PART:
        return "", s  # "Mellersta Fjällfors": a place (a unit's, its line broken off) by the part of a land it names
    if _UNIT_ENDING.search(taken[0].casefold()) or taken[0].casefold().endswith(("förbundet", "samverkan")):
        # "Vårdcentralen Norrby", "Socialförvaltningen Norrvik" name a place, "Kommunförbundet Sälgmark" an
        # organisation, "Miljösamverkan Grönby" a collaboration by its kind and place, not a person
        return "", s
    if any(t.lower() in _NOT_NAME_FIRST and not (t.lower() in PARTICLES and j + 1 < len(taken))
           for j, t in enumerate(taken[1:], start=1)):
        return "", s  # (a particle of the surname, "Per de Geer", is no word of the sentence)
    name = " ".join(taken)
    # rest: re-find the position after the consumed tokens
    pos = 0
    count = 0
    for k, raw in enumerate(tokens):
        if count == consumed:
            break
        pos += len(raw) + 1
        count += 1
    rest = s[pos:] if pos <= len(s) else ""
    if stop_after:
        last = tokens[consumed - 1]
        trail = last[len(last.rstrip(",;:")):]
        rest = trail + " " + rest if rest else trail
    return name, rest


def _given_only(s: str) -> str:
    """A lone known given name at the start of ``s`` ('Linnea', 'Linnea (Norrvik)'), else ''.

    >>> _given_only("Jessica från trygg hemgång"), _given_only("Linnea (Norrvik)"), _given_only("Rutinen från i fjol")
    ('Jessica', 'Linnea', '')
    >>> _given_only("Lina från skolan är ny i gruppen och ersätter Jonas")
    ''
    """
    m = _GIVEN_LEAD.match(s.strip())
    if m and s.strip()[m.end():].startswith(" från ") and (len(s.split()) > 5 or "." in s):
        return ""  # "Lina från skolan är ny i gruppen och …": a sentence told of her, no entry
    return m.group(1) if m and is_given_name(m.group(1)) else ""


def is_name_line(s: str) -> bool:
    """A roster line opening with a person's name and the details after it.

    >>> is_name_line("Elin Borg, enhetschef"), is_name_line("Elin Borg [Åby kommun] enhetschef")
    (True, True)
    >>> is_name_line("Dr. Sofie Lind-Berg, geriatriker"), is_name_line("Dr. med. vet. Karlsson")
    (True, False)
    """
    s = _SLASH_ORG.sub(", ", s.strip()) if "/" in s else s.strip()  # "Per Ek/Region Västmark"
    s = _DOTTED_HONORIFIC.sub("", s, count=1)  # "Dr. Sofie Berg, geriatriker": the title before the name
    seat = _LEAD_SEAT.match(s) or _LEAD_ROLE.match(s)  # "Vice ordförande Anna Lund (S)", "Ordf. Per Ek, …"
    name, rest = leading_name(s[seat.end():] if seat else s)
    if not name:
        return False
    r = rest.lstrip()
    # after the name: details after a comma, a bracket or a dash ("Elin Borg – Region Norrby"), or the
    # huvudman in square brackets ("Elin Borg [Åby kommun] enhetschef")
    return (not r or r[0] in ",;(§\t[" or r[:2] in ("– ", "— ") or r[0].islower()
            or r[0].isupper() and bool(_ORG.match(r)) or bool(_SEAT_BODY.match(r)) or bool(_BRANCH_CELL.match(r)))


# the unit column after a name, one space between as a PDF prints a table's cells: "Äldreomsorgen, …", "Individ- och
# familjeomsorgen, …", "Åbys vårdcentral, …"
_BRANCH_CELL = re.compile(r"[A-ZÅÄÖ][\wåäö]*(?:omsorgen|tjänsten|psykiatrin|vården|hälsan|medicinen|rehabiliteringen)\b"
                          r"|[A-ZÅÄÖ][\wåäö]*-\s+och\s|[A-ZÅÄÖ][\wåäö-]+s\s+[a-zåäö]{4,}")


# after a name on a council's roster, the body or association the member sits for, no comma between:
# "Gunvor Alm PRO", "Maj Sandell Omsorgsnämnden, vice ordförande", "Tomas Wik Kommunstyrelsen"
# "Gösta Nordin Kommunförbundet, Ekbacka": the förbund a forum's member comes from, the place after it
_SEAT_BODY = re.compile(r"(?:[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][a-zåäö-]+(?:nämnden|styrelsen|fullmäktige|förbundet))(?:,|$)")


def _title_split(text: str) -> tuple[str | None, str]:
    """Split a leading job title ('t.f. förvaltningschef', 'hälso- och sjukvårdschef') off a part.

    >>> _title_split("medicinskt ansvarig sjuksköterska (MAS)")
    ('medicinskt ansvarig sjuksköterska (MAS)', '')
    >>> _title_split("t.f. förvaltningschef Åby")
    ('t.f. förvaltningschef', 'Åby')
    """
    toks = text.split()
    for i, t in enumerate(toks[:6]):
        base = t.strip(",.;").lower()
        if base.endswith(_TITLE_SUFFIX) and len(base) > 3:
            before = toks[:i]
            if all(b[:1].islower() or b.endswith("-") or b.lower() in ("och", "t.f.", "tf", "bitr.", "t.f") for b in before):
                if t[:1].isupper() and before:
                    return None, text
                end = i + 1
                if base == "ansvarig" and end < len(toks) and toks[end][:1].islower() \
                        and toks[end].strip(",.;").lower().endswith(_TITLE_SUFFIX):
                    end += 1  # "medicinskt ansvarig sjuksköterska": the adjective, then the title it goes with
                    if end < len(toks) and toks[end].strip(",.;()").casefold() in _TITLE_ACRONYMS \
                            and toks[end].rstrip(",.;").startswith("("):
                        end += 1  # "… sjuksköterska (MAS)": the title's acronym after it
                return " ".join(toks[:end]).rstrip(",;"), " ".join(toks[end:])
            return None, text
        if not (t[:1].islower() or t.endswith("-") or t.lower() in ("och", "t.f.", "tf", "bitr.")):
            if i == 0 and "-" in t and t.lower().endswith(_TITLE_SUFFIX):
                continue
            return None, text
    return None, text


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------- attendance

_BARE_BOUND = re.compile(r"[\s,(]+(t\.?\s?o\.?\s?m|fr\.?\s?o\.?\s?m)\.?\s+(\d{1,3})\)?\s*$", re.I)
# (not a pointer to where the notes tell more: "(ny – se punkt 2)")
_POINTS = re.compile(r"(?<!\bse\s)\b(?:p\.|p(?=\s\d)|punkt(?:erna)?|pkt\.?)\s*(\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*(?:,|och)\s*\d{1,3})*)", re.I)
# paragraph numbers without "§" after an official's name, as a protocol's Tjänstemän run writes them
_BARE_PARAGRAPHS = re.compile(r"^\s*(\d{1,3}(?:\s*[–-]\s*\d{1,3})?(?:\s*(?:,|och)\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?)*)\s*$")
# the staff of a collaboration: "Närvårdskansliet", "Kansli Vårdsamverkan X", "sekretariatet"
# (or the unit whose business is the collaboration itself: "Enheten för länssamverkan", "Avdelningen för hälsa och
# samverkan", "Enheten för samverkan och utveckling", whose officials keep the notes of the bodies they serve)
_KANSLI = re.compile(r"(?i)kansli|sekretariat|samverkan")
# a member who came late or left early: "kom under punkt 4", "anslöt från punkt 3", "lämnade mötet efter punkt 6"
_CAME_OR_LEFT = re.compile(r"(?:(?P<came>kom|anslöt)|avvek|lämnade(?:\s+mötet)?|gick)\s+(?:till\s+mötet\s+)?"
                           r"(?:under|efter|före|vid|från|inför)\s+punkt\s*(?P<n>\d{1,3})", re.I)
# (and a minute-taker's shortest form: "Per Ek (Norra delen), fr p 4")
_POINT_BOUND = re.compile(r"\b(fr\.?\s?o\.?\s?m\.?|t\.?\s?o\.?\s?m\.?|från\s+och\s+med|till\s+och\s+med|fr\.?|från)\s*"
                          r"(?=(?:p\.|p\s\d|punkt|pkt)|$)", re.I)
_FROM_PARAGRAPH = re.compile(r"\b(?:fr\.?\s?o\.?\s?m\.?|från(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?|till\s+och\s+med)\s*(?=§)", re.I)
_SERVING_FOR = re.compile(r"\s+för\s+(?P<who>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){0,3})(?:\s*\([A-ZÅÄÖ]{1,4}\))?")
# "Sara Ek, utvecklingsledare (för Johan Lind)": the one stood in for, alone in brackets
_BRACKETED_FOR = re.compile(r"\s*\(för\s+(?P<who>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){1,3})\)")
_PARTY_SERVING_FOR = re.compile(r"(?<=\))\s+för\s+(?P<who>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){1,3})\s*\([A-ZÅÄÖa-zåäö]{1,4}\)")
_INITIALS = re.compile(r"^[A-ZÅÄÖÉ]{2,4}[a-zåäö]{0,2}$")
_EMAIL = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
# a mailing list's own kind after the body's name: "(sändlista)", "(e-postlista)", "(alla)"
_LIST_NOTE = re.compile(r"\s*\((?:sändlista|sändlistan|e-postlista|e-postlistan|maillista|mejllista|lista|alla|samtliga)\)\s*$", re.I)
_MARK = re.compile(r"^(?:[xX✓✔☒]|ja)\s+(?=\S)")


def initials_fit(abbr: str, name: str) -> bool:
    """Whether ``abbr`` abbreviates ``name``: 'PAN' for Per-Arne Nordin, 'JWi' for Johan Wiklund.

    >>> initials_fit("PAN", "Per-Arne Nordin"), initials_fit("KAW", "Kerstin Ahl Wiberg"), initials_fit("KD", "Anna Lund")
    (True, True, False)

    A double name joined by a hyphen may give one letter, as a surname with a particle does: 'MA' for
    Mohammed Al-Sayed.

    >>> initials_fit("MA", "Mohammed Al-Sayed"), initials_fit("MA", "Mohammed Sayed")
    (True, False)

    Three capitals may be the given name's letter, the surname's and one more of the surname's: 'JHÅ' for
    Jonas Håkansson, 'AKR' for Ali Karimi.

    >>> initials_fit("JHÅ", "Jonas Håkansson"), initials_fit("AKR", "Ali Karimi"), initials_fit("JHA", "Jonas Berg")
    (True, True, False)
    """
    caps = "".join(c for c in abbr if c.isupper())
    low = abbr[len(caps):] if abbr.startswith(caps) else ""
    parts = [p for p in _NAME_PARTS.split(name) if p]
    if len(caps) < 2 or len(parts) < 2:
        return False
    firsts = "".join(p[0] for p in parts).upper()
    by_word = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper() if "-" in name else firsts
    if caps not in (firsts, firsts[0] + firsts[-1], by_word):
        # the given name's letter, the surname's and another of the surname's, all capitals: "PLU" for Per
        # Lundqvist, "AKR" for Ali Karimi
        return (not low and len(caps) == 3 and caps[:2] == (parts[0][0] + parts[-1][0]).upper()
                and caps[2] in parts[-1][1:].upper())
    return not low or parts[-1][1:1 + len(low)].lower() == low


def _is_initials(s: str) -> bool:
    return bool(_INITIALS.match(s)) and sum(c.isupper() for c in s) >= 2


def _reversed_name(name: str) -> str:
    """'Åkerlund Linnea' (surname first, as e-mail clients list people) as 'Linnea Åkerlund'."""
    toks = name.split()
    if len(toks) == 2 and not is_given_name(toks[0]) and is_given_name(toks[1]) and _looks_like_surname(toks[0]):
        return f"{toks[1]} {toks[0]}"
    return name


# a seat written before the name, as rosters in a table-less protocol do ("Ledamot Per Ek (S)")
_LEAD_SEAT = re.compile(r"^((?:\d:[ea]\s+)?vice\s+ordförande|ledamot|ersättare)\s+(?=[A-ZÅÄÖÉ])", re.I)
# the meeting's role before a name on a roster line: "Ordf. Per Ek, Region X", "Sekr. Eva Lind"
_LEAD_ROLE = re.compile(r"^(?:ordförande|ordf\.|sekreterare|sekr\.|justerare)\s+(?=[A-ZÅÄÖÉ])", re.I)


_TAKING_PART = re.compile(r"(?:(?:deltog|deltar|närvarade|närvarar)\s+)?(?:digitalt|på\s+distans|via\s+[\wåäö]+|på\s+plats|"
                          r"fysiskt)$|(?:från|till|fr\.?\s?o\.?\s?m\.?|t\.?\s?o\.?\s?m\.?)\s+(?:kl\.?\s*)?\d{1,2}[.:]\d\d$")
_SLASH_ORG = re.compile(r"(?<=[a-zåäö])\s*/\s*(?=(?:Region\s|Landstinget\s|[A-ZÅÄÖ][a-zåäö-]+s?\s+kommun\b))")
# ("…, Åby kommun – för loggen": who keeps a running log)
# "…, Region X – sekreterare", "…, Region X – leder mötet", "Ronja Blom, demenssjuksköterska – förhinder": a role or the person's absence after a dash
_DASH_ROLE = re.compile(r"(?:^|\s+)[–-]\s+(?=(?:vice\s+)?(?:ordförande|ordf\.?|sekreterare|sekr\.?|justerare|mötesledare|"
                        r"antecknare|antecknar|antecknade|protokollförare|sammankallande|(?:mötes)?organisatör)\b|"
                        # a hurried roster's shortened roles: "Karin Lövgren, dietist, X lasarett – sammank."
                        r"(?:sammank|anteckn|sekr|ordf)(?:\.|$)|"
                        r"för\s+(?:minnes)?anteckningar(?:na)?$|(?:leder|ledde|håller\s+i|höll\s+i)\s+mötet\b|för\s+loggen$|"
                        # ("Eva Ek, samordnare, Region X – anteckningar": the one who keeps the notes, by the notes alone)
                        r"(?:minnes|mötes)?anteckningar$|"
                        # ("Eva Ek, folkhälsochef, Region X – adjungerad punkt 2": there for an item, no seat)
                        r"adjungerad(?=\s*(?:,|$|(?:under\s+|till\s+)?(?:punkt|p\.|§)\s*\d))|"
                        # "Oskar Ek, enhetschef – förhindrad, ersattes av": the absence, then who stood in
                        r"(?:(?:anmält\s+)?förhinder|förhindrad|frånvarande|ej\s+närvarande|återbud|"
                        r"(?:ej|inte)\s+(?:ansluten|uppkopplad))(?=\s*(?:,|$))|"
                        # "Eva Ek (KD), ersättare – närvarande, ej tjänstgörande": there, without a seat to take
                        r"(?:närvarande|(?:ej|icke|inte)\s+tjänstgörande)(?=\s*(?:,|$))|"
                        # "Eva Ek, HR-strateg, Region X – projektledare": the bare function, leading the project
                        r"projektledare(?=\s*(?:,|$)))", re.I)


# academic titles written before a name in vården's rosters
_HONORIFICS = frozenset({"dr", "dr.", "doktor", "med.dr", "med.dr.", "med. dr", "docent", "professor", "prof.", "fil.dr",
                         "fil.dr."})


# an academic title with its full stop before a roster line's name ("Dr. Sofie Berg", "Prof. Ali Saleh"), which
# the name reader takes for a sentence's end
_DOTTED_HONORIFIC = re.compile(r"^(?:Dr|Prof|Doc)\.\s+(?=[A-ZÅÄÖ][a-zåäö])")
_DOCTOR_OF = re.compile(r"(?:med|fil|odont|tekn)\.\s?dr\.?\s+(?=[A-ZÅÄÖ])", re.I)


def _lead_title(s: str) -> tuple[str | None, list[str], str]:
    """A title or role written before the name: ('avdelningschef', [], 'Rasmus Eklöf ...').

    >>> _lead_title("Dr Henrik Alm, Vårdcentralen Aspvik")
    ('dr', [], 'Henrik Alm, Vårdcentralen Aspvik')
    >>> _lead_title("Överläkare Dr Karin Sjövall"), _lead_title("Apotekare Per Ek, sekreterare")
    (('överläkare', [], 'Karin Sjövall'), ('apotekare', [], 'Per Ek, sekreterare'))
    >>> _lead_title("Med. dr Anna Berg, Vårdcentralen Ek")
    ('med. dr', [], 'Anna Berg, Vårdcentralen Ek')
    """
    seat = _LEAD_SEAT.match(s)
    if seat and leading_name(s[seat.end():])[0]:
        role = " ".join(seat.group(1).lower().split())
        return None, [role] + (["ledamot"] if "ordförande" in role else []), s[seat.end():]
    toks = s.split(" ", 1)
    if len(toks) < 2:
        return None, [], s
    word = toks[0].strip(",:").lower()
    if word in ("ordföranden", "ordförande", "ordf.", "sekreteraren", "sekreterare", "sekr.", "justerare"):
        role = {"ordföranden": "ordförande", "ordf.": "ordförande", "sekreteraren": "sekreterare",
                "sekr.": "sekreterare"}.get(word, word)
        return None, [role], toks[1]
    if word in ("tjänstgörande", "tjg", "tjg."):
        return None, ["ersättare"], toks[1]
    doctor = _DOCTOR_OF.match(s)
    if doctor and leading_name(s[doctor.end():])[0]:
        title, roles, rest = _lead_title(s[doctor.end():])  # "Med. dr Anna Berg": a doctor's degree in two words
        return title or " ".join(doctor.group(0).lower().split()), roles, rest
    if word in _HONORIFICS and leading_name(toks[1])[0] or word in _HONORIFICS and _lead_title(toks[1])[0]:
        # "Dr Henrik Alm", "Docent Sven Rudberg", "Överläkare Dr Karin Sjövall": an academic title
        # before the name (or before its title) is no part of the name; it is the title when none other is
        title, roles, rest = _lead_title(toks[1])
        return title or word.rstrip("."), roles, rest
    if word.endswith(_TITLE_SUFFIX) and len(word) > 4 and toks[1].split(" ", 1)[0].lower() in _HONORIFICS:
        return word, [], _lead_title(toks[1])[2]  # "Överläkare Dr Karin Sjövall"
    if word.endswith(_TITLE_SUFFIX) and len(word) > 4 and leading_name(toks[1])[0]:
        return word, [], toks[1]
    return _lead_title_words(s)


def _lead_title_words(s: str) -> tuple[str | None, list[str], str]:
    """A title of several words or an acronym before a name, as roster cells write them.

    >>> _lead_title_words("Hälso- och sjukvårdsstrateg Tilda Ekvall")
    ('hälso- och sjukvårdsstrateg', [], 'Tilda Ekvall')
    >>> _lead_title_words("MAS Ivar Holm")
    ('MAS', [], 'Ivar Holm')
    >>> _lead_title_words("Norrby kommun Ivar Holm")
    (None, [], 'Norrby kommun Ivar Holm')
    >>> _lead_title_words("enhetschef hemtjänst Maria Rönn, Åby kommun")
    ('enhetschef hemtjänst', [], 'Maria Rönn, Åby kommun')
    """
    toks = s.split(" ")
    for k in range(1, min(5, len(toks) - 1)):
        if not is_given_name(toks[k]) or any(is_given_name(t.strip(",")) for t in toks[:k]):
            continue
        prefix, rest = toks[:k], " ".join(toks[k:])
        last = prefix[-1].strip(",:").lower()
        acronym = k == 1 and re.fullmatch(r"[A-ZÅÄÖ]{2,4}", prefix[0]) is not None
        # the title, then the field it serves in lower case: "enhetschef hemtjänst Maria Rönn"
        field = (1 < k <= 3 and prefix[0].lower().endswith(_TITLE_SUFFIX) and len(prefix[0]) > 4
                 and all(re.fullmatch(r"[a-zåäö]{4,}", t.strip(",:")) for t in prefix[1:]))
        if (acronym or field or (last.endswith(_TITLE_SUFFIX) and len(last) > 4)) and leading_name(rest)[0]:
            title = prefix[0] if acronym else " ".join(prefix).strip(",:").lower()
            return title, [], rest
    return None, [], s


# a sentence under the roster telling of a seat left ("Vakant: IFS Åby. Kjell Ek har lämnat sin plats i gruppen och
# föreningen har inte utsett någon efterträdare", "Eva Berg (PRO) har lämnat rådet."): the seat's label and what
# holds it may come first
_LEFT_SEAT_LINE = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö ]{2,30}:\s*(?:[^.:]{2,60}\.\s+)?)?(?P<s>[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ]"
                             r"[\wåäöéü-]+){1,2}(?:\s*\([^()]{1,40}\))?\s+har\s+(?:lämnat|avgått\s+(?:från|ur)|"
                             r"avsagt\s+sig)\s+(?:sin\s+plats|sitt\s+uppdrag|[a-zåäö-]*(?:gruppen|rådet|nätverket|nämnden|"
                             r"styrelsen|forumet|teamet))\b.*)$")
# a närvarolista's note for one who has left the body since it was drawn up: "avgått från rådet"
_LEFT_BODY_NOTE = re.compile(r"(?:[,;]\s*|\s)(?:har\s+)?avgått\s+(?:från|ur)\s+(?:rådet|nämnden|styrelsen|gruppen|"
                             r"direktionen|utskottet)\b|(?:[,;]\s*|\s)avgått$"
                             # "Eva Lund (M) har avgått som ledamot i kommunfullmäktige": the seat left, told in a sentence
                             r"|\)\s+har\s+avgått\s+som\s+(?:ledamot|ersättare|ordförande)\b", re.I)
# the mark for one who was away, after the name: "Eva Berg, –", "Eva Berg   -"
_DASH_MARK = re.compile(r"(?:,|;|\s)\s*[-–—]$")
# the same mark in brackets after the details, as a roster whose legend reads "N = närvarande, F = förhinder,
# – = ej kallad" marks each name: "Eva Berg, enhetschef (F)", "Per Ek, MAS (–)" (a remark may follow: "(F, sjuk)")
_BRACKET_ABSENT_MARK = re.compile(r"\s*\((?:[-–—]|F|förh\.?|frånv\.?)(?:,[^()]*)?\)$")
# a roster's note of a side without its seat: "Ekby saknar representant sedan januari.", "Åby kommun har ingen
# ledamot just nu"
_SEAT_EMPTY_NOTE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun|\s+[A-ZÅÄÖ][\wåäö-]+)?\s+(?:saknar|har\s+(?:ingen|inte\s+någon))\s+"
                              r"(?:ordinarie\s+)?(?:representant|företrädare|ledamot)\b")
# the same told in words after a dash at the end of a roster line: "Åby kommun: Eva Berg (skolchef) – ej närvarande",
# "Per Ek, MAS – frånvarande", "– anmält förhinder"
# (or after a comma, as a table cell of ledamöter writes it: "Per Ek (M), deltog ej", "Eva Berg (S), ej närvarande")
_WORD_ABSENT_MARK = re.compile(r"(?:\s+[-–—]\s*|,\s*)(?:(?:ej|inte)\s+(?:närvarande|med|deltagit)|frånvarande|(?:anmält\s+|har\s+)?förhinder|"
                               r"återbud|lämnat\s+återbud|deltog\s+(?:ej|inte))$", re.I)
# the mark first and the name after it, in a cell of a roster table: "förhinder – Eva Berg (KD)", "Frånvarande: Per Ek"
_LEAD_ABSENT_MARK = re.compile(r"^(?:anmält\s+)?(?:förhinder|frånvarande|återbud)\s*[-–—:]\s*(?=[A-ZÅÄÖ])", re.I)


# "Åby kommun/Anna Lund/Verksamhetschef …", "Arbetsförmedlingen – Ali Said, ersättare för …": the
# organisation first, then the person, then (after a slash or a comma) the title
_ORG_SLASH_NAME = re.compile(r"^(?P<org>[A-ZÅÄÖ][^/–,]{1,60}?)\s*(?:/|\s–\s)\s*"
                             r"(?P<name>[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2})"
                             r"\s*(?:(?:/|,)\s*(?P<details>\S.*))?$")


_TITLE_ENDING = re.compile(r"(?:chef|ledare|samordnare|strateg|konsulent|konsult|handläggare|sekreterare|rektor|"
                           r"ansvarig|direktör|assistent|administratör|sjuksköterska|läkare|kurator|psykolog|utvecklare)$")


def _org_before_name(text: str) -> str:
    """A roster line that puts the organisation before the person, rewritten person first.

    >>> _org_before_name("Åby kommun/Anna Lund/Verksamhetschef Arbetsmarknadsenheten, ordförande")
    'Anna Lund, verksamhetschef Arbetsmarknadsenheten, ordförande, Åby kommun'
    >>> _org_before_name("Arbetsförmedlingen – Ali Said, ersättare för sektionschef Petra Lund")
    'Ali Said, ersättare för sektionschef Petra Lund, Arbetsförmedlingen'
    >>> _org_before_name("Kommunförbundet Rönnmark – Jenny Holmberg, processledare")
    'Jenny Holmberg, processledare, Kommunförbundet Rönnmark'
    >>> _org_before_name("Elin Borg – Region Norrby"), _org_before_name("EE – Eva Ek, Åby kommun")
    ('Elin Borg – Region Norrby', 'EE – Eva Ek, Åby kommun')
    """
    m = _ORG_SLASH_NAME.match(text.strip())
    # "Kommunförbundet Rönnmark – Jenny Holmberg": an organisation by its kind, though it reads like a name
    kind_first = bool(m) and bool(_ORG_NOUN_END.search(m.group("org").split(" ", 1)[0].casefold()))
    if (not m or leading_name(m.group("org"))[0] and not kind_first or leading_name(m.group("name"))[0] != m.group("name")
            or _is_initials(m.group("org").strip())):
        return text  # "EE – Eva Ek, Åby kommun": initials and the name they stand for
    details = (m.group("details") or "").strip()
    first = details.split()[0].rstrip(",") if details else ""
    if first[1:].islower() and (is_title_word(first) or _TITLE_ENDING.search(first)):
        details = details[:1].lower() + details[1:]  # "/Verksamhetschef …": a title, written small after a comma
    return ", ".join(x for x in (m.group("name"), details, m.group("org").strip()) if x)


# a roster's note that one took no part in some paragraphs for jäv: "Jäv § 74", "jäv §§ 12–13"
_JAV_NOTE = re.compile(r"[,;(]?\s*\b[Jj]äv(?:ig)?\b\s*(?:§§?\s*\d{1,4}(?:\s*[-–,]\s*\d{1,4})*)?\)?")


# "Ekå kn", "Åbys kn.": the shorthand a hurried secretary writes a kommun in
_KN = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+) kn\b\.?")


_SQUARE_BRACKETED = re.compile(r"\[([^\[\]]{2,60})\]")


# a name in a column of its own, the initials' column before it, a typed gap after it, and the next cell a word
_NAME_CELL_GAP = re.compile(r"(?P<name>(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3} {2,})?[A-ZÅÄÖ][\w'’-]+(?: [A-ZÅÄÖ][\w'’-]+){1,3})"
                            r" {3,}(?=[A-ZÅÄÖ]?[a-zåäö]{2,})")


# a typed column's gap between two cells of a roster row, after the name's
_LATER_CELL_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


# a roster row's last cell after a column's gap, marking the person there or away: "…   Närvarande", "…\tFörhinder"
_MARK_CELL = re.compile(r"(?:\t|\s{3,})(?P<mark>närvarande|närv\.?|deltog|anmält\s+förhinder|förhinder|frånvarande|"
                        r"ej\s+närvarande|frånv\.?|återbud)\s*$", re.I)


# a roster's presence column one space after the name, as a PDF prints two columns: "Eva Ek X",
# "Eva Ek X, ej § 7-8", "Per Ek Anmält förhinder"
_ONE_SPACE_MARK = re.compile(r"^(?P<name>[A-ZÅÄÖ][\w'’-]+(?: [A-ZÅÄÖ][\w'’-]+){1,3}?) (?:(?P<x>[Xx×])|"
                             r"(?P<away>[Aa]nmält förhinder|[Ff]örhinder|[Ff]rånvarande|[Ee]j närvarande))(?=,|$)")
# the paragraphs one chaired, which are not the only ones she was there for: "mötesordf. § 1-4"
_CHAIR_FOR = re.compile(r"\bmötesordf(?:\.|örande)?\s*§\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?", re.I)


def _one_space_mark(text: str) -> tuple[str, bool]:
    """A roster row whose presence mark follows the name after one space, the mark taken off.

    Returns the row without the mark and whether the mark says the person was away.

    >>> _one_space_mark("Eva Lund-Ek X, mötesordf. § 1-4"), _one_space_mark("Per Ek Anmält förhinder")
    (('Eva Lund-Ek, mötesordförande', False), ('Per Ek', True))
    >>> _one_space_mark("Eva Ek X, ej § 7-8"), _one_space_mark("Eva X, ordförande")
    (('Eva Ek, ej § 7-8', False), ('Eva X, ordförande', False))
    """
    one = _ONE_SPACE_MARK.match(text.strip())
    if not one or leading_name(one["name"])[0] != one["name"]:
        return text, False
    rest = text.strip()[one.end():]
    if "ötesordf" in rest:
        rest = _CHAIR_FOR.sub("mötesordförande", rest)
    return one["name"] + rest, bool(one["away"])


def _is_title_note(note: str) -> bool:
    """Whether a bracketed note after a name is a title alone ("vårdcentralschef", "enhetschef hemsjukvård"); a note
    of several parts ("samordnare, Samverkanskansliet") is read as it was, by its organisation and role words.

    >>> _is_title_note("enhetschef hemsjukvård"), _is_title_note("MAS"), _is_title_note("digitalt"), _is_title_note("del av mötet")
    (True, True, False, False)
    >>> _is_title_note("samordnare, Samverkanskansliet")
    False
    """
    if "," in note:
        return False
    words = note.strip().casefold().split()
    return bool(words) and len(words) <= 4 and (words[0].endswith(_TITLE_SUFFIX) or words[0] in _TITLE_ACRONYMS)


# a conference's party not connected, its person in brackets after: "ej ansluten – … (Sara Ek, kommunikationschef)"
_NOT_CONNECTED_THEN_WHO = re.compile(r"(?i)(?P<note>(?:ej|inte)\s+(?:ansluten|uppkopplad))\b[^()]*\(\s*"
                                     r"(?P<who>(?-i:[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})[^()]*)\)\s*$")
# a bracketed note of a second party the person also speaks for: "(företräder även Åby kommun)", "(även för X)"
_ALSO_FOR_NOTE = re.compile(r"\s*\((?:företräder|representerar)\s+(?:även|också)\s+[^()]{2,60}\)|\s*\(även\s+för\s+[^()]{2,60}\)")


def _as_ersättare(roles: list[str]) -> list[str]:
    """The roles of one who stands in for a member: ersättare, no ledamot."""
    return [r for r in roles if r != "ledamot"] + ["ersättare"] * ("ersättare" not in roles)


# the chair of another body or association, named after the office: "ordförande, Anhörigföreningen Åby", "vice
# ordförande i Pensionärsrådet" (not a huvudman the chair of the meeting represents: "ordförande, Region Åby")
_CHAIR_ELSEWHERE = re.compile(r"(?i)\b((?:vice\s+)?ordförande)(?:,\s*|\s+(?:i|för)\s+)(?!region\b|landstinget\b)"
                              r"(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?!kommun\b|stad\b)[\wåäö-]+)*?(?=\s*(?:,|$|\s{2,}))")


def parse_attendance_entry(text: str, status: str, roles: list[str], line: int = 0) -> tuple[AttendanceEntry, str | None] | None:
    """Parse one attendance line such as 'Björn Petersson, förvaltningschef X, Sölvesborgs kommun'.

    Returns the entry and, for a serving substitute, the member replaced.

    >>> e, _ = parse_attendance_entry("Anita Sjödahl, samordnare Region Blekinge §110", "guest", [])
    >>> e.name, e.title, e.organisation, e.paragraphs
    ('Anita Sjödahl', 'samordnare', 'Region Blekinge', ['§110'])
    >>> e, who = parse_attendance_entry("Karin Lund (C) ersätter Per Nyman (M)", "present", ["ledamot"])
    >>> e.name, e.party, e.roles, e.substitute_for, who
    ('Karin Lund', '(C)', ['ersättare'], 'Per Nyman', 'Per Nyman')
    >>> e, who = parse_attendance_entry("Kerstin Malm (S) för Rolf Nordin (S)", "present", ["ledamot"])
    >>> e.name, e.roles, who
    ('Kerstin Malm', ['ersättare'], 'Rolf Nordin')
    >>> parse_attendance_entry("Ronja Blom, demenssjuksköterska – förhinder", "present", ["ledamot"])[0].status
    'absent'
    >>> e, _ = parse_attendance_entry("Elsa Berg (EB), utvecklingsledare, Norrvik kommun, förhinder", "present", ["ledamot"])
    >>> e.name, e.initials, e.party, e.status, e.organisation
    ('Elsa Berg', 'EB', None, 'absent', 'Norrvik kommun')
    >>> parse_attendance_entry("Eva Berg.", "absent", [])[0].name
    'Eva Berg'
    >>> parse_attendance_entry("Eva Berg, –", "present", ["ledamot"])[0].status
    'absent'
    >>> parse_attendance_entry("Eva Berg, enhetschef socialpsykiatri (F)", "present", ["ledamot"])[0].status
    'absent'
    >>> parse_attendance_entry("Leon Berg, avgått från rådet", "present", ["ledamot"]) is None
    True
    >>> e, _ = parse_attendance_entry("Eva Berg [Region Åby] ordf", "present", ["ledamot"])
    >>> e.organisation, e.roles
    ('Region Åby', ['ledamot', 'ordförande'])
    >>> e, _ = parse_attendance_entry("Per Nyholm Ekå kn, enhetschef hemsjukvård", "present", [])
    >>> e.name, e.organisation
    ('Per Nyholm', 'Ekå kommun')
    >>> e, _ = parse_attendance_entry("Åsa Berg       Socialtjänsten vuxen, Åby kommun", "present", [])
    >>> e.name, e.unit, e.organisation
    ('Åsa Berg', 'Socialtjänsten vuxen', 'Åby kommun')
    >>> e, _ = parse_attendance_entry("Kjell Bäck       förvaltningschef, vice ordförande   Förhinder", "present", ["ledamot"])
    >>> e.name, e.status, e.title, e.roles
    ('Kjell Bäck', 'absent', 'förvaltningschef', ['ledamot', 'vice ordförande'])
    >>> e, _ = parse_attendance_entry("Per Lind, ordförande, Anhörigföreningen Åby", "guest", [])
    >>> e.roles, e.title
    ([], 'ordförande')
    >>> parse_attendance_entry("Eva Ek, ordförande, Region Åby", "present", ["ledamot"])[0].roles
    ['ledamot', 'ordförande']
    """
    if is_heading_row(text):
        return None  # "Ledamot Parti Anm": the table's headings, no one's name
    if text[:3].lower() in ("ej ", "int") and (gone := _NOT_CONNECTED_THEN_WHO.match(text.strip())):
        # "ej ansluten – skriftlig lägesrapport inkom 08.40 (Sara Ek, kommunikationschef)": the party's person,
        # in brackets after the note that the party did not answer the call
        text = f"{gone.group('who')} – {gone.group('note')}"
    text, away = _one_space_mark(text)
    status = "absent" if away else status
    if (mark := _MARK_CELL.search(text)) and leading_name(text.strip())[0]:
        # "Kjell Berg    förvaltningschef, ordförande    Förhinder": a roster row's last cell marks whether the
        # person was there, as a table without a heading row prints it
        text = text[:mark.start()]
        if _ABSENT_NOTE.match(mark.group("mark")):
            status = "absent"
    if "   " in text and (gap := _NAME_CELL_GAP.match(text.strip())):
        # "Åsa Berg       Socialtjänsten vuxen, Åby kommun": a typed column's gap parts the name from the unit
        # (and each later gap the cells after it: "…, verksamhetschef geriatriken   ordförande")
        text = f"{gap.group('name')}, {_LATER_CELL_GAP.sub(', ', text.strip()[gap.end():])}"
    s = " ".join(_strip_bullet(text).replace("\t", " ; ").split())
    if "[" in s:
        s = _SQUARE_BRACKETED.sub(r"(\1)", s)  # "Eva Berg [Region X] ordf": the huvudman in square brackets
    if "@" in s:  # a cheap first look: each pattern below needs its literal
        s = _EMAIL.sub(" ", s)
    s = s.replace("*", " ").strip()
    if "äv" in s:
        # "Anita Hedberg  S  X  …  Jäv § 74": the paragraphs a member took no part in, a note and no unit
        s = _JAV_NOTE.sub(" ", s)
    if "även" in s:
        # "Kent Ek, räddningschef (företräder även Åby kommun)": a second party he speaks for, not his own
        s = _ALSO_FOR_NOTE.sub(" ", s)
    s = " ".join(s.split())
    if s.endswith(".") and not re.search(r"\b[A-ZÅÄÖ]\.$", s):
        s = s[:-1].rstrip()  # "Förhinder: Eva Berg." ends its sentence; "Per L." keeps his initial
    if "/" in s:
        s = _SLASH_ORG.sub(", ", s)  # "Per Ek/Region Västmark": the huvudman after a slash
    if " kn" in s:
        s = _KN.sub(r"\1 kommun", s)  # "Per Nyholm Ekå kn, enhetschef": a kommun in shorthand
    new = "ny" in s.lower() and bool(_NEW_NOTE.search(s))
    if not s or s.lower().strip(" .,") in ("vakant", "vakans", "–", "-", "—"):
        return None
    if "avg" in s and _LEFT_BODY_NOTE.search(s):
        return None  # "Leon Berg, avgått från rådet" in a närvarolista: no longer of the body, neither here nor away
    dash = _DASH_MARK.search(s) if s[-1:] in "-–—" else None
    if dash:
        # "Eva Berg, –": the närvarolista's mark for one who was away, beside the X of those there
        s, status = s[:dash.start()].rstrip(), "absent"
    elif s[-1:] == ")" and (mark := _BRACKET_ABSENT_MARK.search(s)):
        s, status = s[:mark.start()].rstrip(), "absent"
    elif s[-1:].isalpha() and (mark := _WORD_ABSENT_MARK.search(s)):
        s, status = s[:mark.start()].rstrip(), "absent"
    elif s[:1] in "fFåÅaA" and (mark := _LEAD_ABSENT_MARK.match(s)):
        s, status = s[mark.end():], "absent"
    roles = list(roles)
    lead_title, lead_roles, s = _lead_title(s)
    for r in lead_roles:
        if r == "ersättare":
            roles = [x for x in roles if x != "ledamot"]
        if r not in roles:
            roles.append(r)
    paragraphs = []
    if "§" in s:
        s = _FROM_PARAGRAPH.sub(" ", s)
        # "X, ej § 39 – § 40": away for those paragraphs, so present for the others, which the line
        # does not name
        s = _NOT_PARAGRAPHS.sub(" ", s)
        if "§§" in s or "§ §" in s:
            # "Camilla Ek, verksamhetschef, §§ 120, 123–124": the paragraphs of a list after "§§", each
            for m in _PARAGRAPH_LIST.finditer(s):
                paragraphs += ["§" + re.sub(r"\s+", "", p) for p in _PARAGRAPH_SEP.split(m.group(1).strip())]
            s = _PARAGRAPH_LIST.sub(" ", s)
        paragraphs += ["§" + re.sub(r"\s+", "", m.group(1)).replace("§", "") for m in _PARAGRAPHS.finditer(s)]
        s = _PARAGRAPHS.sub(" ", s)
    if "ej " in s or "inte " in s or "utom " in s:
        s = _NOT_POINTS.sub(" ", s)
    came_left = _CAME_OR_LEFT.search(s) if "punkt" in s else None
    if came_left:
        # "(kom under punkt 4)", "(lämnade mötet efter punkt 6)": a member there for part of the
        # meeting, from or until that point; not one who came for one point only
        n = came_left.group("n")
        paragraphs.append(f"{n}–" if came_left.group("came") else f"–{n}")
        s = (s[: came_left.start()] + s[came_left.end():]).replace("()", " ")
    bare_bound = _BARE_BOUND.search(s) if " o m " in s or "o.m" in s else None
    if bare_bound:
        # "Jenny Lund Kommunförbundet, Tallby t o m 2": there until (or from) that point, "p." left out
        n = bare_bound.group(2)
        paragraphs.append(f"1–{n}" if bare_bound.group(1).lower().startswith("t") else f"{n}–")
        s = s[:bare_bound.start()].rstrip(" ,")
    points = list(_POINTS.finditer(s)) if "p" in s or "P" in s else []
    if points:
        for m in points:
            n = re.sub(r"\s+", "", m.group(1))
            # "(t.o.m. p. 8)" / "(fr.o.m. p. 3)": there until or from a point, not for that point alone
            bound = _POINT_BOUND.search(s, 0, m.start())
            if bound and bound.end() >= m.start() - 1 and n.isdigit():
                n = f"1–{n}" if bound.group(1).lower().startswith("t") else f"{n}–"
            paragraphs.append(n)
        s = _POINT_BOUND.sub(" ", _POINTS.sub(" ", s))
    sub_for = None
    if len(s) > 40 and (told := leading_name(s))[0] and _TOLD_OF_PERSON.match(told[1]):
        return None  # "Eva Ek deltog för första gången som ny representant för …": a sentence told of her
    replaced = _REPLACED_BY.match(s) if "ersat" in s or "ersätts" in s else None
    if replaced:
        # "Per Ek, Åby kommun, ersattes av Lisa Berg": the one who served for him, said the other way round
        s = f"{replaced['who']}{replaced['mid']}, ersättare för {replaced['name']}"
    m = _SUBSTITUTE.search(s) if "ers" in s or "stället" in s or "tjänstgör" in s or "tjg" in s else None
    if m is None and "ersättare" in roles:
        m = _SERVING_FOR.search(s)
    if m is None and "(för " in s and (m := _BRACKETED_FOR.search(s)) and not is_person_name(m.group("who")):
        m = None  # "(för Region Blekinge)": the side sat for, no person
    if m is None and ") för " in s:
        # "Kerstin Malm (S) för Rolf Nordin (S)": one politician for another, whatever the section (a PDF
        # reading the columns "Beslutande" and "Tjänstgörande ersättare" a cell a line mixes them)
        m = _PARTY_SERVING_FOR.search(s)
        if m and not is_person_name(m.group("who")):
            m = None
    if m:
        sub_for = m.group("who").strip()
        # "Ingela Norrman, ers SKPF för Sven Ahl": the association both sit for stays on the line
        s = s[: m.start()] + s[m.end():] + (f", {m['seat']}" if m.groupdict().get("seat") else "")
        roles = _as_ersättare(roles)
        if status == "present" and "tjänstgörande ersättare" not in roles and _SERVING_WORDED.search(m.group(0)):
            # "Tomas Ek (S), tjänstgörande ersättare för Eva Lund (V)": the ersättare who holds a seat at this
            # meeting, a role of its own beside the plain ersättare who only listens
            roles.append("tjänstgörande ersättare")
    elif "tjänstgör" in s and status == "present" and "ersättare" in roles and (serving := _SERVING_NOTE.search(s)):
        # "Per Ek (KD), tjänstgör" in the ersättare column of a roster table: the ersättare who holds a seat at this
        # meeting, for whom the line does not say
        s = s[:serving.start()].rstrip(" ,")
        if "tjänstgörande ersättare" not in roles:
            roles = [*roles, "tjänstgörande ersättare"]
    elif "ersätter " in s and (stand_in := _STANDS_IN_FOR_TITLE.search(s)):
        # "Maria Ek, förvaltningschef (ersätter socialchefen)": there for the member named by her post
        s = (s[:stand_in.start()] + s[stand_in.end():]).rstrip(" ,")
        roles = _as_ersättare(roles)
    name, rest = leading_name(s)
    if not name:
        name = _given_only(s)  # informal notes list people by first name: "Linnea, Ali (Åby)"
        if not name:
            return None
        rest = s[len(name):]
    name = _reversed_name(name)
    bare = _BARE_PARAGRAPHS.match(rest) if lead_title and not paragraphs else None
    if bare:  # "ekonom Nils Åberg 171", "socialchef Tove Hall 173–174": the §§ a titled official was there for
        paragraphs = ["§" + re.sub(r"\s+", "", p) for p in re.split(r"\s*(?:,|och)\s*", bare.group(1))]
        rest = ""
    party = initials = None
    im = _INITIALS_NOTE.match(rest)
    if im and initials_fit(im.group(1) or im.group(2), name):
        initials = im.group(1) or im.group(2)
        rest = rest[im.end():]
    pm = _PARTY.search(rest)
    if pm and rest[: pm.start()].strip(" ,;") == "":
        party = f"({pm.group(1)})"
        rest = rest[: pm.start()] + rest[pm.end():]
    elif pm2 := _PARTY_THEN_ROLE.match(rest):
        # "Eva Ek (S, ordförande)": the party first in the brackets, the seat after it
        party = f"({pm2.group(1)})"
        rest = "(" + rest[pm2.end():]
    note_leads = False
    for note in _NOTE.findall(rest):
        # ("(vc-chef – leder mötet)": a role after a dash inside the brackets)
        for piece in (_DASH_ROLE.sub(",", note) if "–" in note or " - " in note else note).split(","):
            if piece.strip().lower() == "projektledare":
                note_leads = True  # "Kim Ek (projektledare)": the function in brackets, as after a comma
            r = _ROLE_WORDS.get(piece.strip().lower())
            if r and r not in roles:
                roles.append(r)
            if _ABSENT_NOTE.match(piece.strip()):
                status = "absent"
            elif _GUEST_NOTE.match(piece.strip()):
                status = "guest"
    # "(Karlskrona kommun, ordförande)": details in brackets read like details after commas;
    # other notes ("(digitalt)", "(del av mötet)") say nothing about the person
    # so too a title in brackets after the name: "Eva Ek (vårdcentralschef)", "Per Lind (enhetschef hemsjukvård)"
    rest = _NOTE.sub(lambda m: f", {m.group(1)}," if (
        _ORG.search(m.group(1)) or any(p.strip().lower() in _ROLE_WORDS for p in m.group(1).split(","))
        or _is_title_note(m.group(1))) else " ", rest)
    title = unit = org = None
    seats: list[tuple[str, str]] = []
    leads = note_leads
    # "…, Region X – sekreterare", "Per Ek – ordf., …": a role after a dash
    parts = [p.strip(" .") for p in _COMMA_SPLIT.split(_DASH_ROLE.sub(", ", rest) if "–" in rest or " - " in rest else rest)]
    for part in parts:
        if not part:
            continue
        if " och " in part and (also := _SEAT_ELSEWHERE.match(part.rsplit(" och ", 1)[1])) and " i " in part.rsplit(" och ", 1)[0]:
            # "kommundirektör i Åby kommun och ordförande i Ledningsgrupp X": her title, and a seat elsewhere after "och"
            seats.append((re.sub(r"\s+", " ", also.group(1)).lower(), also.group(2).strip(" .")))
            part = part.rsplit(" och ", 1)[0]
        low = part.lower()
        sm = _SEAT_ELSEWHERE.match(part)
        if sm:  # "…, ordförande i LVO": a seat in another body, not a role at this meeting
            office = re.sub(r"\s+", " ", sm.group(1)).lower()
            seats.append((_ROLE_WORDS.get(office, office), sm.group(2).strip(" .")))
            continue
        if low in _ROLE_WORDS:
            r = _ROLE_WORDS[low]
            if r not in roles:
                roles.append(r)
            continue
        if _ABSENT_NOTE.match(part):
            status = "absent"
            continue
        gm = _GUEST_NOTE.match(part)
        if gm:
            status = "guest"
            if low.startswith("adjunger") and "adjungerad" not in roles:
                roles.append("adjungerad")
            part = part[gm.end():].strip(" .")
            if not part:
                continue
            low = part.lower()
        if _NOT_SERVING_ERS.fullmatch(low):
            # "Eva Ek (KD), ej tjg ers, del av § 14" among the others present: an ersättare of the body, there
            # without a seat
            if "ersättare" not in roles:
                roles.append("ersättare")
            continue
        if (low in ("ej tjänstgörande", "icke tjänstgörande", "inte tjänstgörande", "ej tjg", "ny i gruppen", "närvarande")
                or _TAKING_PART.match(low)):
            continue  # how or when the person took part ("deltog digitalt", "från kl. 10.00"): no title
        om = None
        for om in _ORG.finditer(part):
            pass
        if om:
            org = om.group(0)
            part = (part[: om.start()] + " " + part[om.end():]).strip(" .")
            if not part:
                continue
        if low == "projektledare":
            # "Anders Holm, Region X, projektledare": the bare function (not "projektledare mobila
            # team", a title) is the leader of the project whose group meets
            leads = True
        t, remainder = _title_split(part)
        if t and not remainder.strip() and (r := _ROLE_WORDS.get(part.lower())):
            # "Lena Holm   sekreterare   Region X, Enheten för …": a roster's role column run into the huvudman
            # after it, the comma missing (not "ordförande LSVO", a seat in another body)
            if r not in roles:
                roles.append(r)
            continue
        if t:
            if title is None:
                title = t
            part = remainder.strip()
            if not part:
                continue
            # "förvaltningschef för Omsorgsförvaltningen", "chef på Socialkontoret": the unit after its preposition
            part = re.sub(r"^(?:för|på|vid|inom)\s+(?=[A-ZÅÄÖ])", "", part)
        if part.lower() in _ROLE_WORDS:
            r = _ROLE_WORDS[part.lower()]
            if r not in roles:
                roles.append(r)
            continue
        if part.casefold() in _TITLE_ACRONYMS:  # "Sofia Nyberg, MAS, § 17": a title, not a unit
            title = title or part
            continue
        if unit is None and (part[:1].isupper() or _UNIT_WORDS.search(part)):
            unit = _cap(part)
        elif title is None and part[:1].islower():
            title = part
        elif unit is None and _DEFINITE_UNIT.fullmatch(part):
            # "Robert Lund, socialsekreterare, fältgruppen", "verksamhetsledare fritidsgården Norrbyn": after the
            # title, the unit she works in, in the definite form and lower case (its place after it)
            unit = _cap(part)
        elif org is None and part[:1].isupper():
            org = part
    if title is None and lead_title:
        title = lead_title
    if leads and status == "present" and "projektledare" not in roles and not (
            len(paragraphs) == 1 and _ONE_POINT.fullmatch(paragraphs[0])):  # "(punkt 3)": comes to present it
        roles.insert(0, "projektledare")
    if "adjungerad" in roles and "ledamot" in roles:
        roles.remove("ledamot")
    if "sekreterare" in roles and "ledamot" in roles and _KANSLI.search(f"{unit or ''} {org or ''} {title or ''}"):
        roles.remove("ledamot")  # "Helena Ulvsten, Närvårdskansliet, sekreterare": the kansli's official, no seat
    if "ersättare" in roles and "ledamot" in roles:
        roles.remove("ledamot")  # "Yvonne Berg (L), ersättare, tjänstgör för …" under the ledamöter: an ersättare
    if "adjungerad" in roles and status == "present" and "ledamot" not in roles and not (
            {"ersättare", "ordförande", "sekreterare"} & set(roles)):
        status = "guest"
    if paragraphs and status == "absent":
        status = "guest"
    if status == "guest" and (chair := _CHAIR_ELSEWHERE.search(text)) and chair.group(1).casefold() in roles:
        # "Per Lind | ordförande, Anhörigföreningen Åby | Ja, gäst": a guest chairs the association he comes from,
        # not the meeting; the office is his title
        roles.remove(chair.group(1).casefold())
        title = title or chair.group(1).casefold()
    entry = AttendanceEntry(name=name, status=status, roles=roles, title=title, unit=unit, organisation=org,
                            party=party, paragraphs=paragraphs, substitute_for=sub_for, line=line, initials=initials,
                            seats=seats, new=new)
    return entry, sub_for


def _starts_person(piece: str) -> bool:
    """A piece of a list line that begins a new person: a known given name, or a name with a party tag.

    >>> _starts_person("Inga Sellberg"), _starts_person("Inga övriga frågor"), _starts_person("Tor Wik TW")
    (True, False, True)
    """
    p = _strip_bullet(piece)
    nm, rest = leading_name(p)
    titled = _TITLE_BEFORE_NAME.match(p) if not nm else None
    if titled:  # "nämndsekreterare Jesper Holm": a title in lower case, then the person
        nm, rest = leading_name(p[titled.end():])
        return bool(nm) and is_given_name(nm.split()[0])
    if not nm or not is_given_name(nm.split()[0]):
        # "Förvaltningschef Cecilia Brandt", "medicinskt ansvarig sjuksköterska Karin Öberg": the title first
        title, roles, after = _lead_title(p)
        lead = leading_name(after)[0] if title or roles else ""
        if lead and is_given_name(lead.split()[0]):
            return True
    if not nm:
        return bool(_given_only(p))
    first = nm.split()[0]
    if first.lower() in _NOT_NAME_FIRST and is_given_name(first.lower()):
        return True  # "Inga Sellberg, …": leading_name took the word that is also a given name as one
    # (the person's initials after the name tell a person as a party tag does: "Tor Wik TW")
    return (is_given_name(first) or is_given_name(nm.split()[-1]) or bool(_PARTY.match(rest.strip()))
            or bool(_INITIAL_SURNAME.match(nm))
            or bool((im := _INITIALS_NOTE.match(rest)) and initials_fit(im.group(1) or im.group(2), nm)))


_TITLE_BEFORE_NAME = re.compile(r"[a-zåäö][\wåäö-]{3,}\s+(?=[A-ZÅÄÖ][a-zåäö])")
_CONJUNCTION = re.compile(r"\s+(?:och|samt|&)\s+(?=[A-ZÅÄÖ])")
# a name and nothing else, two or three capitalised words: "Sevgi Demir"
_BARE_NAME_SHAPE = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}$")
# a roster entry's details in a bracket at its end: "Leia Roos (kurator, Region Åby)"
_BRACKET_END = re.compile(r"\s+\([^()]*\)$")


# a name word in Latin letters, those of other languages included ("Hodžić", "Åhs", "Müller")
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?"
_LONE_WORD = re.compile(rf"^{_NAME_WORD}$")
# the given name and what follows it: details in brackets, or after a dash ("Elin – Region Norrby")
_GIVEN_THEN_NOTE = re.compile(rf"^(?P<given>{_NAME_WORD})(?P<rest>\s*(?:\(.*|[–—-]\s.*)?)$")


def _surname_piece(p: str) -> bool:
    """A surname alone, of one word or two ('Borg', 'Ahlgren Wik'), no given name among them."""
    words = p.split(" ")
    return len(words) <= 2 and all(_LONE_WORD.match(w) and not is_given_name(w) and _is_surname(w) for w in words)


def _surname_comma_given(pieces: list[str]) -> list[str]:
    """'Berg', 'Ulla (socialchef)': a list written 'Surname, Given (details), ...' joined back
    into 'Ulla Berg (socialchef)', one piece a person.

    >>> _surname_comma_given(["Berg", "Ulla (socialchef, ordförande)", "Holm", "Karin"])
    ['Ulla Berg (socialchef, ordförande)', 'Karin Holm']
    >>> _surname_comma_given(["Ahlgren Wik", "Kerstin – Åby kommun"])
    ['Kerstin Ahlgren Wik – Åby kommun']
    >>> _surname_comma_given(["Hodžić", "Amra – Lindesund kommun"])
    ['Amra Hodžić – Lindesund kommun']
    >>> _surname_comma_given(["Anita Sjödahl", "samordnare", "Region Blekinge"])
    ['Anita Sjödahl', 'samordnare', 'Region Blekinge']
    """
    out: list[str] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        m = _GIVEN_THEN_NOTE.match(pieces[i + 1]) if i + 1 < len(pieces) else None
        if m and _surname_piece(p) and is_given_name(m.group("given")):
            out.append(f"{m.group('given')} {p}{m.group('rest')}")
            i += 2
            continue
        out.append(p)
        i += 1
    return out


# "Utvärderarna Eva Ek och Per Berg (punkt 5)": a plural agent noun before the people it names
_PLURAL_TITLE_BEFORE = re.compile(r"^(?P<title>[A-ZÅÄÖ][a-zåäö-]{3,}ar)na\s+(?P<people>[A-ZÅÄÖ].*?)(?P<note>\s*\([^()]*\))?$")
# "Sofia Ahl/Tobias Renström, sekretariatet": two people of one function, the details after both
_SLASHED_PEOPLE = re.compile(r"^(?P<people>[^,()/]+(?:/[^,()/]+)+)(?P<details>,.*)?$")


def _people_sharing_details(text: str) -> list[str] | None:
    """Several people before one title or one set of details, each with them; None when ``text``
    is no such line.

    >>> _people_sharing_details("Utvärderarna Eva Norling och Gustav Brandt (punkt 5)")
    ['Eva Norling, utvärderare (punkt 5)', 'Gustav Brandt, utvärderare (punkt 5)']
    >>> _people_sharing_details("Sofia Ahl/Tobias Renström, sekretariatet")
    ['Sofia Ahl, sekretariatet', 'Tobias Renström, sekretariatet']
    >>> _people_sharing_details("Eva Lund, HSL/SoL-samordnare") is None
    True
    """
    m = _PLURAL_TITLE_BEFORE.match(text)
    if m:
        people = [p.strip() for p in re.split(r",|\s+och\s+|\s+samt\s+", m.group("people")) if p.strip()]
        if len(people) >= 2 and all(leading_name(p)[0] and not leading_name(p)[1].strip() for p in people):
            title = m.group("title").lower() + "e"
            return [f"{p}, {title}{m.group('note') or ''}" for p in people]
    m = _SLASHED_PEOPLE.match(text)
    if m:
        people = [p.strip() for p in m.group("people").split("/")]
        if all(leading_name(p)[0] and not leading_name(p)[1].strip() for p in people):
            return [f"{p}{m.group('details') or ''}" for p in people]
    return None


_TITLE_THEN_NAME = re.compile(r"^(?P<title>[a-zåäö][\wåäö/-]*(?:\s+[a-zåäö][\wåäö/-]*){0,2})\s+(?P<name>[A-ZÅÄÖ].*)$")


# a unit's name by its first word: "Psykiatrin Skogland", "Medicinkliniken Åby", "Socialförvaltningen Ekby"
_UNIT_FIRST_WORD = re.compile(r"(?:psykiatrin|kliniken|förvaltningen|enheten|avdelningen|centralen|mottagningen|vården|"
                              r"omsorgen|hälsan|tjänsten|kontoret|kansliet|sekretariatet)$")


def _titles_after_names(pieces: list[str]) -> list[str]:
    """"Name, Title Name, Title": people on one line each followed by their title with no separator
    between a title and the next name, as a form's cell gives them; each person with their own title.

    >>> _titles_after_names(["Sanna Ek", "projektledare Kim Dahl", "förbundschef"])
    ['Sanna Ek, projektledare', 'Kim Dahl, förbundschef']
    >>> _titles_after_names(["Sanna Ek", "projektledare Kim Dahl"])
    ['Sanna Ek', 'projektledare Kim Dahl']
    >>> _titles_after_names(["Reza Tavakoli", "verksamhetschef Psykiatrin Skogland", "Region Skogland"])
    ['Reza Tavakoli', 'verksamhetschef Psykiatrin Skogland', 'Region Skogland']
    >>> _titles_after_names(["Reza Tavakoli", "verksamhetschef Psykiatrin Skogland", "ordförande"])
    ['Reza Tavakoli', 'verksamhetschef Psykiatrin Skogland', 'ordförande']
    >>> _titles_after_names(["Maja Ek", "samordnare Vux Tallbygden", "sekreterare"])
    ['Maja Ek', 'samordnare Vux Tallbygden', 'sekreterare']
    """
    if len(pieces) < 3 or not _is_bare_name(pieces[0]) or not pieces[-1][:1].islower() or _starts_person(pieces[-1]):
        return pieces
    middle = [_TITLE_THEN_NAME.match(p) for p in pieces[1:-1]]
    # (the last a title, not a huvudman: "Reza Tavakoli, verksamhetschef Psykiatrin Skogland, Region Skogland")
    # (a unit after the title, no person: "Reza Tavakoli, verksamhetschef Psykiatrin Skogland, ordförande")
    if not all(m and _is_bare_name(m.group("name")) and not _ORG.search(m.group("name"))
               and not _UNIT_FIRST_WORD.search(m.group("name").split()[0].casefold()) for m in middle):
        return pieces
    if not any(_starts_person(m.group("name")) for m in middle):
        # (a named collaboration after the title, no person: "Maja Ek, samordnare Vux Tallbygden, sekreterare"; one
        # given name known among the names after the titles tells a line of several people)
        return pieces
    names = [pieces[0], *(m.group("name") for m in middle)]
    titles = [*(m.group("title") for m in middle), pieces[-1]]
    return [f"{n}, {t}" for n, t in zip(names, titles)]


def _is_bare_name(text: str) -> bool:
    """A person's name and nothing after it."""
    nm, rest = leading_name(text)
    return bool(nm) and not rest.strip()


# a detail saying whom an entry's person stands in for: "ersättare för sektionschef Petra Lind", "ersätter Per Ek"
_STANDS_IN_FOR = re.compile(r"(?:tjänstgörande\s+|tjg\.?\s+)?(?:ersättare\s+för|ersätter|tjänstgör\s+för|tjänstgjorde\s+för|"
                            r"i\s+stället\s+för)\s", re.I)
# a full stop after a word (not an initial) and before a capital: the end of one roster sentence
_ROSTER_STOP = re.compile(r"(?<=[a-zåäö)])\.\s+(?=[A-ZÅÄÖ])")
# a table cell's lines joined by a space: "Eva Ek (S), ordförande Bo Lind (M)", the role closing the one
# before (after her party) and the next person opening on her name, with a party of her own
_ROLE_THEN_PARTY_NAME = re.compile(
    r"(?P<party>\([A-ZÅÄÖ]{1,3}\),\s)(?P<role>(?:(?:\d:e\s+|förste\s+|andre\s+)?vice\s+)?ordförande|ledamot|ersättare|"
    r"justerare|tjänstgörande)\s+(?=[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2}"
    r"\s+\([A-ZÅÄÖ]{1,3}\))")
# a full stop and then a person's full name and initials: the roster's next sentence, cut where a label
# followed it ("…, Eva Holm (EH), anteckn. Lisa Lind (LL) anslöt fr. p. 3. Förhinder: …")
_STOP_THEN_NAME = re.compile(r"(?<=[a-zåäö)])\.\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][\wåäöé-]+\s+\([A-ZÅÄÖ]{2,4}\)")


# a meeting role in brackets after a name ("Annika Berg (ordf.)"): no details of the person's own
_ROLE_BRACKET = re.compile(r"\s*\((?:ordf|ordförande|v\.\s?ordf|vice\s+ordförande|sekr|sekreterare|adj|adjungerad|"
                           r"sammankallande|mötesordförande)\.?\)")


# a roster entry by initials, the name and details in the bracket after them: "EB (Eva Berg, Region X, ordf.)"
_INITIALS_FIRST = re.compile(r"(?P<ini>[A-ZÅÄÖ]{2,4})\s\((?P<name>[A-ZÅÄÖ][\w'’-]+(?:\s[A-ZÅÄÖ][\w'’-]+){1,3})"
                             r"(?P<rest>,\s[^()]*)?\)")

# a roster entry by initials set equal to the name, the details in the bracket after it, as hurried notes write their
# legend on one line: "EB=Eva Berg (ÅK, enhetschef, sammank.), KL=Karl Lund (RV)"
_INITIALS_EQUALS = re.compile(r"(?P<ini>[A-ZÅÄÖ]{2,4})\s?=\s?(?P<name>[A-ZÅÄÖ][\w'’-]+(?:\s[A-ZÅÄÖ][\w'’-]+){1,3})"
                              r"(?:\s\((?P<rest>[^()]*)\))?")

# a roster entry by the huvudman, the one who sits for it in the bracket after it: "Åby kn (Eva Berg, meddelat förhinder)"
_HUVUDMAN_FIRST = re.compile(r"(?P<org>[A-ZÅÄÖ][\wåäö-]+s?\s+(?:kommun|kn\.?)|Region\s+[A-ZÅÄÖ][\wåäö-]+)\s\("
                             r"(?P<name>[A-ZÅÄÖ][\w'’-]+(?:\s[A-ZÅÄÖ][\w'’-]+){1,3})(?P<rest>,\s[^()]*)?\)")

# who stood in told on the line below, the member's line ending open: "…, områdeschef – förhindrad, ersattes av"
_STOOD_IN_BY_END = re.compile(r"[,;–-]?\s*(?:ersattes|ersatt|ersätts)\s+av\s*[.:]?\s*$")
# an absence with who stood in after it, on the member's own line: "…, Åby kommun – frånvarande, ersatt av Lars Ås"
# (under an absence label the dash and who stood in alone, her details after her: "Förhinder: Eva Ek, Åby kommun – ersatt
# av Lars Ås, biträdande socialchef Åby kommun")
_AWAY_STOOD_IN_BY = re.compile(r"[–,-]\s*(?:(?:frånvarande|förhinder|ej\s+närvarande)\s*[,;]?\s*|(?=ersatt(?:es|s)?\s+av\s+[^,;]+,\s*[a-zåäö]))"
                               r"(?P<by>ersatt(?:es|s)?\s+av)\s+"
                               r"(?P<who>[A-ZÅÄÖ][\wåäöé]+(?:[- ][A-ZÅÄÖ][\wåäöé]+){1,2})(?P<details>,\s*[^,;()]+(?:,\s*[^,;()]+)?)?\s*\.?$")


# a person's paragraphs and the next person's name with one space between, as a PDF joins two columns' cells:
# "Eva Ek, controller, § 12 Per Lind, enhetschef", "…, ekonom, 23 Per Lind, …" (the "§" left out)
_PARAGRAPHS_THEN_NAME = re.compile(r"(?P<par>(?:§\s?|paragraf(?:erna)?\s+|(?<=,\s)|(?<=,))\d{1,4}(?:\s*(?:[-–]|,\s*|\s+och\s+)\d{1,4})*)"
                                   r"\s+(?=[A-ZÅÄÖ][\w'’-]+(?:\s+[A-ZÅÄÖ][\w'’-]+){1,3}(?:,\s*[a-zåäö]|\s+\([A-ZÅÄÖ]{1,3}\)))")
_PARAGRAPH_WORD = re.compile(r",?\s*\bparagraf(?:erna)?\s+(?=\d)")
_BARE_PARAGRAPH_END = re.compile(r",\s*(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)$")
# two politicians on one line, each with her party in brackets: "Rickard Ek (M) Fatima Lund-Dahl (S)"
_PARTY_THEN_NAME = re.compile(r"(\([A-ZÅÄÖ]{1,3}\))\s+(?=[A-ZÅÄÖ][\w'’-]+(?:\s+[A-ZÅÄÖ][\w'’-]+){1,3}(?:\s+\([A-ZÅÄÖ]{1,3}\)|,))")


def _glued_entries(text: str) -> str:
    """A line of people whose entries a PDF's reader joined without a separator, each entry ended by ";".

    >>> _glued_entries("Eva Ek, controller, § 12 Sara Haddad, kurator, §15, 16 Jonas Ås, enhetschef, § 13")
    'Eva Ek, controller, § 12; Sara Haddad, kurator, §15, 16; Jonas Ås, enhetschef, § 13'
    >>> _glued_entries("Eva Ek, sekreterare, Bo Lind, strateg, 23 Lisa Berg, ekonom, 24")
    'Eva Ek, sekreterare, Bo Lind, strateg, § 23; Lisa Berg, ekonom, § 24'
    >>> _glued_entries("Eva Ek, controller, paragraf 3 Bo Ås, strateg")
    'Eva Ek, controller § 3; Bo Ås, strateg'
    >>> _glued_entries("Rickard Ek (M) Fatima Lund-Dahl (S)"), _glued_entries("Eva Ek, Region Ås, 2 st")
    ('Rickard Ek (M); Fatima Lund-Dahl (S)', 'Eva Ek, Region Ås, 2 st')
    """
    if ") " in text:
        text = _PARTY_THEN_NAME.sub(r"\1; ", text)
    if "paragraf" in text:
        # "…, ekonomichef, paragraf 33 Per Lind, …": the paragraphs in words, read as the "§" after the title
        text = _PARAGRAPH_WORD.sub(" § ", text)
    if not any(map(str.isdigit, text)) or not _PARAGRAPHS_THEN_NAME.search(text):
        return text
    out = _PARAGRAPHS_THEN_NAME.sub(lambda m: (m["par"] if m["par"][:1] in "§p" else "§ " + m["par"]) + "; ", text)
    return _BARE_PARAGRAPH_END.sub(r", § \1", out)


def split_entries(text: str) -> list[str]:
    """Several people written on one line, each with details in brackets, after commas, or none.

    >>> split_entries("Karin Åkesson (Karlskrona kommun, ordförande), Ahmed Yousef (Karlshamns kommun); Ewa Lind")
    ['Karin Åkesson (Karlskrona kommun, ordförande)', 'Ahmed Yousef (Karlshamns kommun)', 'Ewa Lind']
    >>> split_entries("Anita Sjödahl, samordnare, Region Blekinge §110")
    ['Anita Sjödahl, samordnare, Region Blekinge §110']
    >>> split_entries("Tove Ek, M, Åby kommun, ej närvarande; Petter Alm, KD, Region Väst")
    ['Tove Ek, M, Åby kommun, ej närvarande', 'Petter Alm, KD, Region Väst']
    >>> split_entries("Tore Wik (M) §§ 23–24, 26–29, Kajsa Ål (MP), Hälsocentralen Åby")
    ['Tore Wik (M) §§ 23–24, 26–29', 'Kajsa Ål (MP), Hälsocentralen Åby']
    >>> split_entries("PAN (sammankallande), JW, AH")
    ['PAN (sammankallande)', 'JW', 'AH']
    >>> split_entries("Ekvall, Tilda (Norrby kommun, MAS); Holm, Ivar (Region Väst)")
    ['Tilda Ekvall (Norrby kommun, MAS)', 'Ivar Holm (Region Väst)']
    >>> split_entries("Ida Wester, Brukarföreningen Norrby (punkt 3)")
    ['Ida Wester, Brukarföreningen Norrby (punkt 3)']
    >>> split_entries("Annika Berg (ordf.), Räddningstjänsten Åby")
    ['Annika Berg (ordf.), Räddningstjänsten Åby']
    >>> split_entries("Förvaltningschef Eva Lund, medicinskt ansvarig sjuksköterska Pia Holm § 3, ekonom Bo Ek")
    ['Förvaltningschef Eva Lund', 'medicinskt ansvarig sjuksköterska Pia Holm § 3', 'ekonom Bo Ek']
    >>> split_entries("Hassan Amin, ersättare för sektionschef Petra Lind, Arbetsförmedlingen")
    ['Hassan Amin, ersättare för sektionschef Petra Lind, Arbetsförmedlingen']
    >>> split_entries("Ivar Tholin, Jenny Skog, Gun Björklund. Verksamhetsledare Hanna Mörk (adjungerad).")
    ['Ivar Tholin', 'Jenny Skog', 'Gun Björklund', 'Verksamhetsledare Hanna Mörk (adjungerad)']
    >>> split_entries("Lisa Ek, processledare, Region Väst (sammankallande) · Karl Berg, Åby kommun · Vera Lund")
    ['Lisa Ek, processledare, Region Väst (sammankallande)', 'Karl Berg, Åby kommun', 'Vera Lund']
    >>> split_entries("Lisa Ek, Region Väst, processledare – Karl Berg, Åby kommun – Vera Lund, Byns kommun")
    ['Lisa Ek, Region Väst, processledare', 'Karl Berg, Åby kommun', 'Vera Lund, Byns kommun']
    >>> split_entries("EB (Eva Berg, Region X, utv.ledare – ordf.), CL (Cilla Lund, spec.ssk, Region X)")
    ['Eva Berg (EB), Region X, utv.ledare – ordf.', 'Cilla Lund (CL), spec.ssk, Region X']
    >>> split_entries("EB=Eva Berg (ÅK, enhetschef, sammank.), KL=Karl Lund (RV), ÖN=Örjan Nord")
    ['Eva Berg (EB), ÅK, enhetschef, sammank.', 'Karl Lund (KL), RV', 'Örjan Nord (ÖN)']
    >>> split_entries("Eva Ek (S), ordförande Bo Lind-Ås (M)")
    ['Eva Ek (S), ordförande', 'Bo Lind-Ås (M)']
    >>> split_entries("Åby kn (Eva Berg, meddelat förhinder), Region Väst (Karl Holm)")
    ['Eva Berg, Åby kn, meddelat förhinder', 'Karl Holm, Region Väst']
    >>> split_entries("Eva Berg (rektor), Leia Roos (kurator, Region Väst) och Karin Holm (sammankallande)")
    ['Eva Berg (rektor)', 'Leia Roos (kurator, Region Väst)', 'Karin Holm (sammankallande)']
    >>> split_entries("Mona Ek, socialchef, Åby kommun – frånvarande, ersatt av Lars-Göran Ås")
    ['Mona Ek, socialchef, Åby kommun – frånvarande', 'Lars-Göran Ås, ersättare för Mona Ek']
    >>> split_entries("Eva Ek, socialchef Åby kommun – ersatt av Lars Ås, biträdande socialchef Åby kommun")
    ['Eva Ek, socialchef Åby kommun', 'Lars Ås, ersättare för Eva Ek, biträdande socialchef Åby kommun']
    """
    text = _glued_entries(text)
    if "ersatt" in text and (away := _AWAY_STOOD_IN_BY.search(text)):
        # "Mona Ek, … – frånvarande, ersatt av Lars Ås": the one away and who stood in, each an entry of his own
        name = leading_name(_strip_bullet(text))[0]
        if name:
            return [text[:away.start("by")].rstrip(" ,;–-"), f"{away['who']}, ersättare för {name}{away['details'] or ''}"]
    if "), " in text and (joined := _ROLE_THEN_PARTY_NAME.search(text)):
        # a cell's wrapped lines joined: the role ends the person before, as a new line would have
        text = _ROLE_THEN_PARTY_NAME.sub(r"\g<party>\g<role>; ", text)
    if "=" in text[:6] and (im := _INITIALS_EQUALS.match(_strip_bullet(text))) and initials_fit(im["ini"], im["name"]):
        # "EB=Eva Berg (ÅK, enhetschef), KL=Karl Lund (RV)": each person by her initials set equal to her name;
        # read as the usual "Eva Berg (EB), ÅK, enhetschef"
        text = _INITIALS_EQUALS.sub(lambda m: f"{m['name']} ({m['ini']})" + (f", {m['rest']}" if m["rest"] else ""),
                                    _strip_bullet(text))
    if text[:1].isupper() and " (" in text[:6] and _INITIALS_FIRST.match(text):
        # "EB (Eva Berg, Region X, utv.ledare), CL (…)": each person by her initials, the name and details in the
        # bracket after them; read as the usual "Eva Berg (EB), Region X, utv.ledare"
        text = _INITIALS_FIRST.sub(lambda m: f"{m['name']} ({m['ini']}){m['rest'] or ''}", text)
    if " (" in text and (hm := _HUVUDMAN_FIRST.match(text)) and is_person_name(hm["name"]):
        # "Åby kn (Eva Berg, meddelat förhinder)": the seat's huvudman first, who sits for it in the bracket; read as
        # the usual "Eva Berg, Åby kn, meddelat förhinder"
        text = _HUVUDMAN_FIRST.sub(lambda m: f"{m['name']}, {m['org']}{m['rest'] or ''}", text)
    if "." in text and ("," in text or ";" in text) and (text.rstrip().endswith(".") or _STOP_THEN_NAME.search(text)):
        # a roster written as sentences: "…, Fredrik Alm, Gun Björklund. Verksamhetsledare Hanna Mörk
        # (adjungerad).": each full stop ends an entry as a comma does
        text = _ROSTER_STOP.sub(", ", text.rstrip().removesuffix("."))
    shared = _people_sharing_details(text)
    if shared:
        return shared
    if " · " in text:
        parts = [p.strip() for p in text.split(" · ") if p.strip()]
        if len(parts) > 1 and all(leading_name(_strip_bullet(p))[0] for p in parts):
            # "Lisa Ek, processledare, Region X · Karl Berg, Åby kommun": a Markdown roster's people apart by a
            # middle dot, each with her details after commas
            return [e for p in parts for e in split_entries(p)]
    if " – " in text or " — " in text:
        parts = [p.strip() for p in re.split(r"\s[–—]\s", text) if p.strip()]
        if len(parts) > 2 and all(leading_name(_strip_bullet(p))[0] for p in parts):
            # "Lisa Ek, Region X, processledare – Karl Berg, Åby kommun – Vera Lund, Byn kommun": a roster's
            # people apart by a dash, each with her details after commas
            return [e for p in parts for e in split_entries(p)]
    if "; " in text:
        parts = [p.strip() for p in text.split(";") if p.strip()]
        if len(parts) > 1 and all(leading_name(_strip_bullet(p))[0] for p in parts):
            # "Göran Viklund, S, Region X, ordförande; Petter Alvedal, KD, Region X": a person a part, as a
            # Word cell's paragraphs read, whether or not each given name is a known one
            return [e for p in parts for e in split_entries(p)]
    if "," not in text and ";" not in text and not _CONJUNCTION.search(text):
        return [text]
    if "(" not in text:
        pieces = [p.strip() for p in _LIST_SEP.split(text)]
    else:
        pieces, depth, buf = [], 0, []
        for ch in text:
            depth += (ch == "(") - (ch == ")" and depth > 0)
            if ch in ",;" and depth == 0:
                pieces.append("".join(buf).strip())
                buf = []
            else:
                buf.append(ch)
        pieces.append("".join(buf).strip())
    pieces = [_LEADING_AND.sub("", p) for p in pieces if p]
    if len(pieces) > 1 and any(_STANDS_IN_FOR.match(p) for p in pieces[1:]):
        # "Hassan Amin, ersättare för sektionschef Petra Lind": whom the person stands in for, no person of its own
        kept = [pieces[0]]
        for p in pieces[1:]:
            if _STANDS_IN_FOR.match(p):
                kept[-1] += ", " + p
            else:
                kept.append(p)
        pieces = kept
    pieces = _surname_comma_given(pieces)
    pieces = _titles_after_names(pieces)
    # "Anna Lund och Per Berg": a conjunction between two people
    joined: list[str] = []
    for p in pieces:
        parts = _CONJUNCTION.split(p)
        if len(parts) > 1 and _starts_person(parts[0]) and all(_starts_person(x) for x in parts[1:]):
            joined.extend(parts)
        elif (len(parts) == 2 and all(_BARE_NAME_SHAPE.match(n) and not _ORG.search(n)
                                      for n in (_BRACKET_END.sub("", x) for x in parts))
              and any(_starts_person(x) for x in parts)):
            # "Sevgi Demir och Mikaela Rosén", "Leia Roos (kurator, Region Åby) och Karin Holm (sammankallande)": two
            # names, each with her details in a bracket at most, one given name of them known, two people
            joined.extend(parts)
        else:
            joined.append(p)
    pieces = joined
    if len(pieces) < 2:
        return pieces or [text]
    # "Ida Holm, Brukarföreningen Norrby", "Annika Berg (ordf.), Länsstyrelsen Åby": a bare name (its bracket
    # at most) and then no person is the name and its organisation
    if all(_named_person(_strip_bullet(p)) or _given_only(_strip_bullet(p)) for p in pieces) and not any(
            _starts_person(a) and not _ROLE_BRACKET.sub("", leading_name(_strip_bullet(a))[1]).strip() and not _starts_person(b)
            for a, b in zip(pieces, pieces[1:])):
        return pieces
    if all(_is_initials(_strip_bullet(p).split(" ")[0]) for p in pieces):
        return pieces
    if not _starts_person(pieces[0]):
        return [text]
    groups: list[str] = []
    for p in pieces:
        if groups and not _starts_person(p):
            groups[-1] += ", " + p
        else:
            groups.append(p)
    return groups


def _named_person(text: str) -> str | None:
    """The name a roster piece starts with, where it may be a person's: not "Räddningstjänsten Mellersta X",
    an organisation whose name is three capitalised words as a person's is.

    >>> _named_person("Räddningstjänsten Mellersta Åby"), _named_person("Tove Ek, Åby kommun")
    (None, 'Tove Ek')

    Nor a job title capitalised as a table's cell begins, before the unit it is held in:

    >>> _named_person("Verksamhetschef Hälsocentralen Forsby"), _named_person("Förvaltningschef Eva Lund")
    (None, 'Förvaltningschef Eva Lund')

    Nor a state authority's office after the title of the one it sends ("Ahmed Berg  sektionschef, Arbetsförmedlingen
    Åby län"):

    >>> _named_person("Arbetsförmedlingen Åby län"), _named_person("Försäkringskassan Åby")
    (None, None)

    Nor a kommun named by its quarter's word after the member it sends ("Eva Ek (C), Östra Hamre"):

    >>> _named_person("Östra Hamre")
    """
    if text[:1].isupper() and text.split(None, 1)[0].casefold() in _PLACE_PART:
        return None
    name = leading_name(text)[0]
    if name and _ORGANISATION_WORD.match(name):
        return None
    words = (name or "").split()
    if len(words) >= 2 and is_title_word(words[0]) and not is_given_name(words[1]):
        return None
    return name


# the first word of an organisation's name, a definite noun of the kinds organisations are
_ORGANISATION_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]*(?:tjänsten|förvaltningen|nämnden|styrelsen|mottagningen|centralen|"
                                r"kontoret|enheten|avdelningen|myndigheten|verket|förbundet|föreningen|polisen|"
                                # (the state's authorities: "Arbetsförmedlingen Åby län", "Försäkringskassan Norr")
                                r"kyrkan|skolan|bolaget|förmedlingen|kassan|fogden|inspektionen)\s")


def _label_before_name(body: str) -> re.Match | None:
    """A label and the first name after it with one space between, as a PDF gives a title page's
    label cell and value cell drawn on one line ("Beslutande Karin Dahl (S), ordförande").

    >>> _label_before_name("Utses att justera Nils Örn (M)").groups()
    ('Utses att justera', 'Nils Örn (M)')
    >>> _label_before_name("Sekreterare Elin Bys, utvecklingsledare, Region Ekby").groups()
    ('Sekreterare', 'Elin Bys, utvecklingsledare, Region Ekby')
    >>> _label_before_name("Beslutande ledamöter enligt bilaga") is None
    True
    >>> _label_before_name("Övriga närvarande Ersättare").groups()
    ('Övriga närvarande', 'Ersättare')
    >>> _label_before_name("Övriga deltagande Regiondirektör Ulf Strand, chefsjurist Per Alm § 116").groups()
    ('Övriga deltagande', 'Regiondirektör Ulf Strand, chefsjurist Per Alm § 116')
    """
    words = body.split(" ")
    for k in range(min(6, len(words) - 1), 0, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        label = _att_label(head)
        if not label:
            continue
        _, status, roles, section = _ATT_LABELS[int(label.lastgroup[1:])]
        # a seat before a name ("Vice ordförande Tilda Sandberg") is the entry's own, read with it
        if (section or roles in (["justerare"], ["sekreterare"])) and (leading_name(rest)[0] or rest[:1].isupper()
                                                     and _lead_title(rest)[0] and leading_name(_lead_title(rest)[2])[0]):
            # (a title before the name, as protocols write their officials: "Regiondirektör Ulf Strand")
            return re.match(rf"^({re.escape(head)})\s(.*)$", body)
        if section and rest[:3].casefold() == "se " and _ROSTER_ELSEWHERE.match(rest):
            # "Beslutande Se bilaga 1, närvarolista": the label's people on a page of their own
            return re.match(rf"^({re.escape(head)})\s(.*)$", body)
        if section and status == "guest" and rest[:1].isupper() and (inner := _ATT_LABEL_ANY.match(rest)) \
                and _ATT_LABELS[int(inner.lastgroup[1:])][3]:
            # "Övriga närvarande Ersättare" / "Tommy Hedberg (S)": the others' heading cell and the first of
            # its sub-headings beside it, the names under that
            return re.match(rf"^({re.escape(head)})\s(.*)$", body)
    return None


# the writer of e-mailed notes among those present, named in brackets: "Leila Karimi och jag (Noor Al-Sayed)"
_WRITER_NAMED = re.compile(r"\b[Jj]ag(?:\s+själv)?\s*\(([A-ZÀ-ÖØ-Þ][^()]{2,60})\)")
# the writer among those present by "jag" alone, or with her role: "… och jag (sekreterare)", "…, jag själv"
_WRITER_SELF = re.compile(r"((?:,|\boch|\bsamt)\s+)[Jj]ag(?:\s+själv)?"
                          # "… och jag själv som sammankallande.": the writer's seat after "som"
                          r"(?:\s+som\s+(?P<role>sammankallande|sekreterare|ordförande|antecknare|mötesledare))?"
                          # ("…, och jag som för loggen.": the writer who keeps the notes or the log)
                          r"(?:\s+som\s+(?P<keeps>(?:för|förde)\s+(?:loggen|anteckningarna|minnesanteckningarna|protokollet)|"
                          r"antecknar|antecknade))?"
                          r"(?=\s*(?:\([a-zåäö][^()]{2,40}\))?\s*(?:[.,;]|$))")
# attendance told in a sentence of its own: "Närvarande var Saga Nordin (ordförande, X kommun), … och
# Oskar Hemming (…). Anteckningar fördes av Maria Holm. Ingela Tidström (Region X) hade anmält förhinder."
_PROSE_ROSTER = re.compile(r"^(?:(?:[Nn]ärvarande|[Mm]ed)(?:\s+(?:vid|på)\s+(?:mötet|sammanträdet))?"
                           # "Närvarande från kommunerna var A, Tallmo kommun (ordförande), … Från regionen deltog …"
                           r"(?:\s+från\s+(?:kommunerna|regionen|kommunen|kommunens\s+sida|regionens\s+sida))?\s+var|"
                           # "På mötet deltog …", "Vid mötet närvarade …", "Följande deltog …"
                           # "Vid sammanträdet deltog ledamöterna Eva Ek (S, ordförande), …": the seat before the names
                           # (or at the body by its kind: "Vid beredningen deltog …", as the roster by side has it)
                           r"(?:[Pp]å|[Vv]id)\s+(?:mötet|sammanträdet|" + _AT_BODY_BY_KIND + r")\s+(?:deltog|närvarade)"
                           r"(?P<seat>\s+(?:ledamöterna|följande\s+ledamöter))?|[Ff]öljande\s+(?:deltog|närvarade)|"
                           # "Med på mötet: A (Åby kommun), B … och jag (sekreterare). C hade förhinder.": a label, the
                           # roster a sentence after it
                           r"[Mm]ed\s+på\s+(?:mötet|sammanträdet):|"
                           # "Vi som var med: A (…), B (…) och jag själv. C (…) hade förhinder.": the writer's own
                           # roster in a mailed note, the same label in the first person
                           r"(?P<we>[Vv]i\s+som\s+(?:var\s+med|deltog|närvarade)(?:\s+(?:på|vid)\s+(?:mötet|sammanträdet))?:))"
                           r"\s+(?=[A-ZÅÄÖ])")
_PROSE_ROSTER_FIRST = frozenset("NnMmPpVvFf")
# an ersättare told after a nämnd's roster, there without a seat: "Ersättaren Nils Ahl (S) närvarade utan att tjänstgöra."
_PROSE_NOT_SERVING = re.compile(r"(?<=[.)])\s+(?:Ersättaren|Ersättarna)\s+(?P<who>[A-ZÅÄÖ][^.:]{2,200}?)\s+"
                                r"(?:närvarade|deltog|var\s+närvarande|var\s+med)\s+(?:utan\s+att\s+tjänstgöra|"
                                r"som\s+(?:icke|ej|inte)\s+tjänstgörande(?:\s+ersättare)?)\.?")
_PROSE_ROSTER_SIDE = re.compile(r"\s+från\s+(?:kommunerna|regionen|kommunen|kommunens\s+sida|regionens\s+sida)(?=\s)")
# the verbs a roster told in a sentence is written with: a first look before the pattern
_PROSE_ROSTER_VERBS = (" var ", " deltog ", " närvarade ", " mötet: ")
# guests told in a sentence after the roster: "Dessutom deltog Eva Ek, utvecklare i X kommun, under punkt 4."
# ("Vid mötet deltog även Olle Ek, processledare, …, och Amina Yusuf, …, under punkt 3": the others, after the members)
_PROSE_GUESTS = re.compile(r"^(?:(?:Dessutom|Därutöver|Även)\s+(?:deltog|närvarade|medverkade)|(?:Vid|På)\s+(?:mötet|sammanträdet)\s+"
                           r"(?:deltog|närvarade|medverkade)(?=\s+(?:även|också|dessutom)\s))(?:\s+(?:även|också|dessutom))?\s+(?=[A-ZÅÄÖ])")
# officials told in a sentence by where they come from: "Från kommunens förvaltningar närvarade A (fram till kl. 15.00),
# B och C (sekreterare)", "Från myndigheten (MUCF) deltog …"
# "Från förvaltningen deltog förvaltningschef Eva Ahl och …": the official's title before her name
_PROSE_GUESTS_FROM = re.compile(r"^Från\s+[^.:;]{3,80}?\s+(?:deltog|närvarade|medverkade)(?:\s+även)?\s+"
                                r"(?=[A-ZÅÄÖ]|[a-zåäö][a-zåäö -]{2,50}?\s[A-ZÅÄÖ][a-zåäö]+\s[A-ZÅÄÖ])")
_TITLED_AHEAD = r"[a-zåäö][a-zåäö -]{2,50}?\s[A-ZÅÄÖ][\wåäö-]+\s[A-ZÅÄÖ]"
_TITLED_NEXT = re.compile(rf"\s(?:och|samt)\s(?={_TITLED_AHEAD})")
_TITLED_SPLIT = re.compile(rf"\s+(?:och|samt)\s+(?={_TITLED_AHEAD})|,\s+(?={_TITLED_AHEAD})")
_TITLED = re.compile(r"^(?P<title>[a-zåäö][a-zåäö -]{2,50}?)\s+(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})"
                     r"(?P<tail>(?:\s*\([^()]*\))?(?:,\s*under\s.*)?\.?)$")


def _titled_after(piece: str) -> str:
    """"förvaltningschef Eva Ahl (sekreterare)" as a roster writes it: "Eva Ahl, förvaltningschef (sekreterare)"."""
    t = _TITLED.match(piece.strip())
    if not t:
        return piece.strip()
    return f"{t.group('name')}, {t.group('title')}{t.group('tail')}"


# one there for an item told inside the list: "… samt, under § 45, medicinskt ansvarig sjuksköterska Eva Ek."
_AT_INSIDE = re.compile(r"(?P<sep>,|\s+samt|\s+och),\s+under\s+(?P<at>(?:punkt|punkterna|§|§§|p\.)\s*\d{1,3}"
                        r"(?:\s*(?:[–-]|och)\s*\d{1,3})?),\s+(?P<who>[^,.;]{3,120}?)\s*(?=[.;]|$)")
# (or "Till punkt 4 deltog Eva Ek, enhetschef, som föredrog ärendet": invited for that item only)
_PROSE_GUESTS_AT = re.compile(r"^(?:Under|Till|Vid)\s+(?P<at>(?:punkt|punkterna|§|§§|p\.)\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?)\s+"
                              r"(?:deltog|närvarade|medverkade)(?:\s+även)?\s+(?=[A-ZÅÄÖ])")
_PROSE_MORE_FROM = re.compile(r"\.\s+Från\s+[^.:;]{3,80}?\s+(?:deltog|närvarade|medverkade)(?:\s+även|\s+också)?\s+(?=[A-ZÅÄÖ])")
# the roster going on by the side its people spoke for: ". Kommunerna företräddes av A (Åby kommun), B …"
# (the kommun by its place's name alone, and the next ones with the verb left out: ". Öby företräddes av A (AR)
# och Ryd av B (LK).")
_PROSE_MORE_FOR = re.compile(r"\.\s+(?:Kommunerna|Regionen|Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]*(?:\s+kommun)?)\s+"
                             r"(?:företräddes|representerades)(?:\s+även|\s+också)?\s+av\s+(?=[A-ZÅÄÖ])")
# … the side named in full, its one's title before her name: ". Öby kommun företräddes av socialchef Eva Ek, som …"
# (the side kept after her, as the roster by side gives it)
_PROSE_MORE_FOR_TITLED = re.compile(r"\.\s+(?P<org>Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+kommun)\s+"
                                    r"(?:företräddes|representerades)\s+av\s+(?P<title>[a-zåäö][a-zåäö -]{2,50}?)\s+"
                                    r"(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?=[,.]|\s+\()")
_PROSE_MORE_FOR_GAPPED = re.compile(r"(?<=\))\s+(?:och|samt)\s+[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun)?\s+av\s+(?=[A-ZÅÄÖ])")
# the roster going on with the next one's side before her name, inside the sentence: "…, och från Region X Eva Ek (EE),
# Psykiatrin, som …" (the side after her name, as the list gives it)
_PROSE_NEXT_SIDE = re.compile(r",?\s+(?:och|samt)\s+från\s+(?P<org>(?:Region|Landstinget)\s+[A-ZÅÄÖ][\wåäö-]+|"
                              r"[A-ZÅÄÖ][\wåäö-]+s?\s+(?:kommun|stad))\s+"
                              r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}(?:\s+\([A-ZÅÄÖ]{2,4}\))?)")
# a seat in the body told in a relative clause inside the roster: "Eva Ek (EE), enhetschef, som är sammankallande, …"
# (… or in the past tense of that meeting: ", som var ordförande")
_PROSE_SEAT_CLAUSE = re.compile(r",\s+som\s+(?:är|var)\s+(?:(?:gruppens|styrgruppens|arbetsgruppens|teamets|nätverkets|rådets)\s+)?(?P<role>(?:vice\s+)?(?:sammankallande|ordförande))(?=\s*[,.;]|\s+(?:och|samt)\s|$)")
# the next ones joined to the first named: "Eva Ek, chef, Region X, som var ordförande, tillsammans med Per Lind, …"
_PROSE_TOGETHER = re.compile(r",?\s+tillsammans\s+med\s+(?=[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ])")
# the one who kept the notes told inside a roster told in sentences: "… och Per Lind, som förde anteckningarna."
_PROSE_KEPT_NOTES = re.compile(r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}),\s+som\s+(?:också\s+|även\s+)?"
                               r"(?:förde|skrev)\s+(?:minnes)?anteckningar(?:na)?(?=[.;,]|$)")
# a roster told from who led the meeting, the others in the sentences after it: "Mötet leddes av Eva Ek, Region X,
# ordförande. Från regionen deltog även Per Lind. Kommunerna företräddes av …"
_PROSE_LED_BY = re.compile(r"^(?:Mötet|Sammanträdet)\s+leddes\s+av\s+(?P<who>[A-ZÅÄÖ][^.]{2,120}?)\.\s+"
                           r"(?=[A-ZÅÄÖ][^.]{0,80}?\b(?:deltog|närvarade|medverkade|företräddes|representerades)\b)")
_PROSE_LED_BY_START = re.compile(r"^(?:Mötet|Sammanträdet)\s+leddes\s+av\s+[A-ZÅÄÖ]")


def _led_roster(s: str) -> str:
    """A roster told from who led the meeting as one told from who was there, the one who led it the chair.

    >>> _led_roster("Mötet leddes av Eva Ek, Region X, ordförande. Från regionen deltog även Per Lind.")
    'Närvarande var Eva Ek (ordförande), Region X. Från regionen deltog även Per Lind.'
    >>> _led_roster("Mötet leddes av Eva Ek. Sedan gick vi igenom listan.")
    'Mötet leddes av Eva Ek. Sedan gick vi igenom listan.'
    """
    m = _PROSE_LED_BY.match(s)
    if not m:
        return s
    who = re.sub(r",\s*(?:ordförande|mötesordförande|sammankallande)$", "", m.group("who").strip())
    return f"Närvarande var {_with_role(who, 'ordförande')}. {s[m.end():]}"
_BRACKETED_SECTIONS = re.compile(r"^(Närvarolista|Närvarande|Deltagare|Närvaro)\s*:\s*\((?:Ledamöter|Ledamot|Styrelsen)\)\s*", re.I)
_BRACKETED_LABEL = re.compile(r"(?<=[.;,])\s*\((Kansli|Kansliet|Sekretariatet|Ersättare|Övriga|Frånvarande|Förhinder)\)\s*", re.I)
_BRACKETED_AS = {"kansli": "Kansliet", "kansliet": "Kansliet", "sekretariatet": "Sekretariatet", "ersättare": "Ersättare",
                 "övriga": "Övriga", "frånvarande": "Frånvarande", "förhinder": "Förhinder"}
_PROSE_ABSENT = re.compile(r"(?<=[.)])\s+(?P<who>[A-ZÅÄÖ][^.:]{2,200}?)\s+(?:hade|har)\s+(?:(?:anmält|meddelat)\s+"
                           r"(?:förhinder|återbud)|förhinder)\.?")
# the last of a roster told in a sentence, there only for some items: "… samt Eva Ek, läkare, som deltog under punkt 2"
_PROSE_FOR_ITEMS = re.compile(r"(?:,\s*|\s+(?:samt|och)\s+)(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}"
                              r"(?:,\s*[a-zåäö][^.;:()]{2,120}?)?),?\s+som\s+(?:deltog|var\s+med|"
                              r"närvarade)\s+under\s+(?P<at>(?:punkt|punkterna|§|§§)\s*\d{1,3}(?:\s*(?:[–-]|och)\s*\d{1,3})?)"
                              r"(?=\.|$)")
# who chaired and who kept the notes, told after the roster: "Eva ledde mötet och Per förde anteckningar."
_PROSE_CHAIR = re.compile(r"(?<=[.)])\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2}\s+(?:ledde|höll\s+i)\s+"
                          r"(?:mötet|sammanträdet)(?:\s+och\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2}\s+"
                          r"(?:förde|skrev)\s+(?:minnes)?anteckningar(?:na)?)?"
                          # ("Per ledde mötet eftersom Birgitta, som är sammankallande, var borta.": why, after it)
                          r"(?:\s+(?:eftersom|då|när|medan)\s[^.]*)?\.?")
# (… with her title or organisation after the name, "… fördes av Eva Ek, utvecklare vid Region X." / "… av Eva Ek
# (Region X).": one not named in the roster before, who came to keep them)
_PROSE_NOTES = re.compile(r"(?<=[.)])\s+(?:Minnes)?(?:[Aa]nteckningar(?:na)?|Protokollet)\s+(?:fördes|förs|skrevs)\s+av\s+"
                          r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})"
                          r"(?P<tail>\s*\([^()]{3,80}\)|,\s*[^.;:()]{3,80}?(?=\.(?:\s|$)))?\.?")
# who kept the notes told with her as the subject: "Oskar Lind, Region X, förde anteckningar."
_PROSE_NOTES_BY = re.compile(r"(?<=[.)])\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}(?:,\s*[^.,;:()]{3,60},)?)"
                             r"\s+(?:förde|skrev|för|skriver)\s+(?:minnes)?anteckningar(?:na)?\.?")


def _notes_keeper(m: re.Match, roster: str) -> str:
    """Who kept the notes, told after a roster in sentences: gone where the roster names her already, else one more
    at the meeting, "Övriga: Eva Ek (sekreterare), utvecklare vid Region X."

    >>> r = "Eva Ek (Åby kommun) och Per Lind. Anteckningar fördes av Bo Sand, utvecklare vid Region X. Ola Ås hade förhinder."
    >>> _PROSE_NOTES.sub(lambda m: _notes_keeper(m, r), r)
    'Eva Ek (Åby kommun) och Per Lind. Övriga: Bo Sand (sekreterare), utvecklare vid Region X. Ola Ås hade förhinder.'
    >>> r = "Eva Ek (Åby kommun) och Per Lind (Region X). Anteckningar fördes av Per Lind."
    >>> _PROSE_NOTES.sub(lambda m: _notes_keeper(m, r), r)
    'Eva Ek (Åby kommun) och Per Lind (Region X).'
    """
    who, tail = m.group("who"), (m.group("tail") or "").strip()
    if not tail or who in roster[:m.start()]:
        return ""
    tail = tail[1:-1] if tail[:1] == "(" else tail.lstrip(", ")
    return f" Övriga: {who} (sekreterare), {tail}."


# a guest for an item told in a sentence after the roster: "Under punkt 3 medverkade Eva Ek, projektledare."
_PROSE_MORE_AT = re.compile(r"(?<=[.)])\s+Under\s+(?P<at>(?:punkt|punkterna|§|§§|p\.)\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?)\s+"
                            r"(?:deltog|närvarade|medverkade)(?:\s+även)?\s+(?P<who>[A-ZÅÄÖ][^.]{2,160}?)\.(?=\s|$)")


# who kept the notes told with the duty first: "Som sekreterare fungerade Eva Ek, handläggare i Åby kommun."
_PROSE_SECRETARY = re.compile(r"(?<=[.)])\s+(?:Som\s+(?:sekreterare|mötessekreterare|protokollförare)\s+(?:fungerade|tjänstgjorde|"
                              r"fungerar|tjänstgör)|(?:Mötes)?[Ss]ekreterare\s+var)\s+"
                              r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}(?:,\s*[^.;:()]{3,80}?)?)\.(?=\s|$)")
# one invited to the meeting, told after the roster: "Eva Ek, processledare för X, var inbjuden till den andra punkten."
_PROSE_INVITED = re.compile(r"(?<=[.)])\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}(?:,\s*[^.;:()]{3,100}?,)?)"
                            r"\s+(?:var|hade\s+blivit)\s+(?:inbjuden|inbjudna|inbjuden\s+som\s+gäst|inbjudna\s+som\s+gäster)"
                            r"(?:\s+(?:till|under|för)\s+[^.:;]{2,80}?)?\.(?=\s|$)")


def _with_role(who: str, role: str) -> str:
    """"Oskar Lind, Region X" with the role in brackets after the name: "Oskar Lind (sekreterare), Region X"."""
    name, _, rest = who.partition(",")
    return f"{name.strip()} ({role})" + (f",{rest}" if rest else "")


class _FromBody(tuple):
    """A joint meeting's roster sentence read as its label: the body, the names."""

    def __new__(cls, where: str, names: str):
        return super().__new__(cls, (where, names))

    def group(self, k: int) -> str:
        return self[k - 1]


def _names_kind(body: str, word: str) -> bool:
    """Whether ``body`` is of the kind ``word`` names it by: "Arbetsgrupp suicidprevention", "arbetsgruppen"."""
    stem = re.sub(r"(?:en|et|n)$", "", word.casefold())
    return body.casefold().startswith(stem)


# the note-taker told with the verb first on a line of the header's own: "Antecknade gjorde Lotta Berg (Region X)",
# "Anteckningar fördes av Eva Ek", "Protokollet fördes av Eva Ek"
_NOTES_KEPT_BY = re.compile(r"^(?:[Aa]ntecknade\s+gjorde|[Aa]ntecknar\s+gör|(?:[Mm]innes)?[Aa]nteckningar(?:na)?\s+"
                            r"(?:förde|(?:fördes|förs|skrevs|skrivs)\s+av)|[Pp]rotokollet\s+(?:fördes|förs)\s+av)\s+"
                            r"(?=[A-ZÅÄÖ][\w'’-]+\s+[A-ZÅÄÖ][\w'’-]+(?:\s*\([^()]*\))?\.?$)")


# a roster told in a sentence by where each comes from: "Vid mötet deltog från Åby kommun Eva Ek, socialchef, och Per
# Lind, från Region X Ola Ås, läkare, …"; each "från" + the organisation before the names it gives
# (or at the body by its kind: "Vid beredningen deltog från Åby kommun …", "Vid arbetsgruppen närvarade från …")
_PROSE_ROSTER_BY_ORG = re.compile(r"^(?P<head>(?:[Vv]id|[Pp]å)\s+(?:mötet|sammanträdet|" + _AT_BODY_BY_KIND + r")\s+"
                                  r"(?:deltog|närvarade))\s+(?=från\s)")
# (each side's people a clause of the list, parted by semicolons, their titles before their names: "…; från Öby kommun
# socialchef Eva Ek")
_FROM_ORG = re.compile(r"(?:^|[,;]?\s+)(?:(?:och|samt)\s+)?från\s+(?P<org>(?:Region|Landstinget)\s+[A-ZÅÄÖ][\wåäö-]+|"
                       r"[A-ZÅÄÖ][\wåäö-]+s?\s+(?:kommun|stad)|[A-ZÅÄÖ][\wåäö-]*förbundet(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+"
                       r"(?=(?:[a-zåäö][\wåäö-]*\s+){0,4}[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ])")
# the next one's name in a list of people with their titles: ", och Per Lind", " samt Ola Ås", ", och strateg Ola Ås"
# (never inside a title: "hälso- och sjukvårdsdirektör Eva Ek")
_NEXT_NAMED = re.compile(r",?\s+(?:och|samt)\s+(?=[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)")
_NEXT_TITLED_NAMED = re.compile(r"(?<!-),?\s+(?:och|samt)\s+(?=(?:[a-zåäö][\wåäö-]*\s+){0,3}[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)")
# one of them with the title before the name and the seat after it: "hälso- och sjukvårdsdirektör Eva Ek, sammankallande"
_TITLE_NAME_SEAT = re.compile(r"^(?P<title>[a-zåäö][\wåäö -]{1,50}?)\s+(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})"
                              r"(?:,\s+(?P<seat>(?:vice\s+)?(?:ordförande|sammankallande)))?$")
# the one who kept the notes told inside the roster: "Per Lind, handläggare, som också förde anteckningarna"
_KEPT_THE_NOTES = re.compile(r",?\s+som\s+(?:också\s+|även\s+)?(?:förde|skrev)\s+(?:minnes)?anteckningar(?:na)?\s*$")
# the roster's sentence ends: a full stop before the next sentence's capital
_SENTENCE_STOP = re.compile(r"\.(?=\s+[A-ZÅÄÖ]|$)")


def _roster_by_org(s: str) -> str:
    """A roster told by where each comes from ("Vid mötet deltog från Åby kommun Eva Ek, socialchef, och Per Lind,
    från Region X Ola Ås, som också förde anteckningarna. …") as a roster of names, each with its organisation
    after it and the one who kept the notes as the secretary; the sentences after it as they were.

    >>> _roster_by_org("Vid mötet deltog från Åby kommun Eva Ek, socialchef, och Per Lind samt från Region Norr "
    ...                "Ola Ås, läkare, som också förde anteckningarna. Bo Ahl hade förhinder.")
    'Vid mötet deltog Eva Ek, socialchef, Åby kommun; Per Lind, Åby kommun; Ola Ås (sekreterare), läkare, Region Norr. Bo Ahl hade förhinder.'

    Each side's people a clause of their own, their titles before their names, at the body by its kind:

    >>> _roster_by_org("Vid beredningen deltog från Region Norr hälso- och sjukvårdsdirektör Eva Ek, sammankallande, och "
    ...                "strateg Per Lind; från Åby kommun socialchef Ola Ås. Bo Ahl hade förhinder.")
    'Vid beredningen deltog Eva Ek (sammankallande), hälso- och sjukvårdsdirektör, Region Norr; Per Lind, strateg, Region Norr; Ola Ås, socialchef, Åby kommun. Bo Ahl hade förhinder.'
    """
    m = _PROSE_ROSTER_BY_ORG.match(s)
    stop = _SENTENCE_STOP.search(s, m.end()) if m else None
    if not m or not stop:
        return s
    sentence = s[m.end():stop.start()]
    parts = _FROM_ORG.split(sentence)
    if parts[0].strip() or len(parts) < 3:
        return s
    people = []
    for org, names in zip(parts[1::2], parts[2::2]):
        titled = names[:1].islower()  # "från Åby kommun socialchef Eva Ek …": titles before the names
        for who in (_NEXT_TITLED_NAMED if titled else _NEXT_NAMED).split(names.strip().rstrip(",")):
            who = who.strip().rstrip(",")
            if titled and (t := _TITLE_NAME_SEAT.match(who)):
                who = f"{t.group('name')}, {t.group('title')}"
                if t.group("seat"):
                    who = _with_role(who, t.group("seat"))
            if kept := _KEPT_THE_NOTES.search(who):
                who = _with_role(who[:kept.start()], "sekreterare")
            people.append(f"{who}, {org}")
    return f"{m.group('head')} {'; '.join(people)}{s[stop.start():]}"


# a roster told a huvudman at a time, a sentence each: "Från Åby kommun deltog elevhälsochef Eva Ek och …",
# "Öby kommun företräddes av Per Lind, …", "Ryd kommun var inte företrädd; Ola Ås … hade anmält förhinder."
_SIDE_ORG = r"(?:Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+kommun)"
# (the side by its kind alone in a local group's notes, where only one kommun and one region sit: "Från kommunen
# deltog A, …. Från regionen kom B, …"; its people then without an organisation the sentence cannot name)
_SIDE_OWN = r"(?:kommunen|regionen)"
# a side that is no huvudman, named in capitals: a förening, an authority ("RSMH Östby", "Attention Östby", "Polisen")
_SIDE_NAMED = r"(?:[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})"
_SIDE_SENTENCE_START = re.compile(rf"^(?:Från|För)\s+(?:(?:{_SIDE_ORG}|{_SIDE_OWN})\s+(?:deltog|närvarade|kom)|"
                                  rf"{_SIDE_NAMED}\s+kom)\s+(?=[a-zåäö]+\s+[A-ZÅÄÖ]|[A-ZÅÄÖ])")
_SIDE_CAME = re.compile(rf"^(?:Från|För)\s+(?P<org>{_SIDE_ORG}|{_SIDE_OWN})\s+(?:deltog|närvarade|kom)\s+(?P<who>.+)$|"
                        rf"^(?:Från|För)\s+(?P<org3>{_SIDE_NAMED})\s+kom\s+(?P<who3>[A-ZÅÄÖ].+)$|"
                        rf"^(?P<org2>{_SIDE_ORG})\s+(?:företräddes|representerades)\s+av\s+(?P<who2>.+)$|"
                        rf"^(?P<org4>{_SIDE_NAMED})\s+(?:företräddes|representerades)\s+av\s+(?P<who4>[A-ZÅÄÖ].+)$")
# the next side of a sentence that names the verb once: "X representerades av Eva Ek, Y av Per Lind och Z av Ola Ås"
_SIDE_GAPPED = re.compile(rf"(?:,|\s+och|\s+samt)\s+(?P<org>{_SIDE_NAMED})\s+av\s+(?=[A-ZÅÄÖ])")
# one there for an item named by its subject, her name first: "Eva Ek från Åby kommun var med under punkten om X"
_SIDE_GUEST_NAMED_FIRST = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)(?:\s+från\s+(?P<org>[^,]+?))?"
                                     r"\s+(?:var\s+med|deltog|medverkade)\s+(?:under|vid|till)\s+punkten\s+om\s+[^,]{3,80}$")
# who kept the notes, by her given name, in a sentence of its own after the roster: "Anteckningarna skrevs av Eva."
_SIDE_NOTES_BY = re.compile(r"^(?:[Mm]innes)?[Aa]nteckningar(?:na)?\s+(?:fördes|skrevs)\s+av\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+)$")
_SIDE_AWAY = re.compile(rf"^(?:(?P<org>{_SIDE_ORG})\s+(?:var\s+(?:inte|ej)\s+företrädd|saknade\s+företrädare)[;,:]\s*)?"
                        r"(?P<who>[A-ZÅÄÖ][^;]+?)\s+(?:hade|har)\s+(?:anmält\s+|meddelat\s+|lämnat\s+)?(?:förhinder|återbud)$")
# one invited who could not come, no seat in the group: "Eva Ek från X var också inbjuden men hade förhinder"
_SIDE_INVITED_AWAY = re.compile(r"^(?P<who>[A-ZÅÄÖ][^;]+?)\s+var\s+(?:också\s+|även\s+)?inbjuden\s+men\s+(?:hade|har)\s+"
                                r"(?:anmält\s+|meddelat\s+|lämnat\s+)?(?:förhinder|återbud)$")
# one who sits in the group in a capacity of her own, told in a sentence of hers: "Eva Ek deltog som brukarrepresentant;
# hon sitter sedan mars i gruppen …" (what follows the semicolon tells about her, not who came)
_SIDE_AS = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+(?:deltog|var\s+med)\s+som\s+"
                      r"(?P<role>[a-zåäö][a-zåäö-]{3,40})(?:\s*[;,].*)?$")
# who kept the notes told by her first name after the roster: "Lena skrev anteckningarna."
_SIDE_WROTE = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+(?:skrev|förde)\s+"
                         r"(?:minnes)?anteckningar(?:na)?$")
# a clause telling of the one named last, not her title: ", som var med för sista gången", ", som deltog för första gången"
_SIDE_TIMES = re.compile(r",?\s+som\s+(?:var\s+med|deltog|deltar|är\s+med)\s+för\s+(?:första|sista|andra)\s+gången\s*$")
# one there for an item: "… som adjungerad under punkt 3", "…, deltog som gäst under punkt 4"
_SIDE_AT = r"(?P<at>(?:punkt|punkterna|§|§§|p\.)\s*\d{1,3}(?:\s*(?:[–-]|och)\s*\d{1,3})?)"
_SIDE_FOR_ITEM = re.compile(rf",?\s+(?:deltog\s+)?som\s+(?:adjungerad|gäst|inbjuden)\s+(?:under|till|vid)\s+{_SIDE_AT}$")
# a guest told in a sentence of her own: "Kim Ek, utvecklare, deltog som gäst under punkt 4", "Eva Ek, samordnare vid
# X, var inbjuden under punkt 3"
_SIDE_GUEST = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][^.]*?),?\s+(?:deltog\s+som\s+(?:adjungerad|gäst|inbjuden)|"
                         rf"var\s+(?:också\s+|även\s+)?(?:inbjuden|adjungerad))\s+(?:under|till|vid)\s+{_SIDE_AT}$")
# one there for an item named by its subject, her title before her name: "Under punkten om läkemedel var apotekaren
# Eva Ek från Läkemedelsenheten med oss", "Till punkten om X deltog även utvecklaren Per Lind"
_SIDE_GUEST_TOPIC = re.compile(r"^(?:Under|Till|Vid)\s+punkten\s+om\s+[^,]{3,80}?\s+(?:var|deltog|medverkade)\s+"
                               r"(?:även\s+|också\s+)?(?P<title>[a-zåäö][a-zåäö-]+\s+)?"
                               r"(?P<who>[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)(?:\s+från\s+(?P<org>[^,]+?))?"
                               r"(?:\s+med(?:\s+oss|\s+på\s+mötet)?)?$")
_IN_HUVUDMAN = re.compile(rf"\s+i\s+({_SIDE_ORG})$")
_FROM_AFTER_NAME = re.compile(r"(?<=[a-zåäö])\s+från\s+(?=[A-ZÅÄÖ])")
# a seat in the body told after a title, inside the roster: "Eva Ek, verksamhetschef och gruppens sammankallande"
_SIDE_SEAT = re.compile(r"\s+(?:och|samt)\s+(?:gruppens|styrgruppens|arbetsgruppens|teamets|nätverkets|rådets)\s+"
                        r"(?P<role>(?:vice\s+)?(?:sammankallande|ordförande))(?=\s*,|\s*$)")
# what the one named did at the meeting, told after her in the sentence: ", som ledde mötet", ", som också förde anteckningarna"
_SIDE_LED = re.compile(r",?\s+som\s+(?:ledde|höll\s+i)\s+(?:mötet|sammanträdet)\s*$")
_SIDE_NOTES = re.compile(r",?\s+som\s+(?:också\s+|även\s+)?(?:förde|skrev)\s+(?:minnes)?anteckningar(?:na)?\s*$")


def _side_note(said: str) -> str:
    """The role a guest's clause names, as a roster's bracket gives it before the item: "adjungerad, "."""
    return "adjungerad, " if re.search(r"\bsom\s+adjungerad\b", said) else ""


def _side_people(who: str) -> list[str]:
    """The people of a roster sentence's list, each with what follows her name up to the next one's: the next one
    after "och" / "samt", or after a comma where the piece is a name of its own.

    >>> _side_people("Eva Ek, MAS, Per Lind, enhetschef, och Ola Ås")
    ['Eva Ek, MAS', 'Per Lind, enhetschef', 'Ola Ås']
    >>> _side_people("Eva Ek, sjuksköterska, Blekingesjukhuset Karlskrona, och Ola Ås, Region Norr")
    ['Eva Ek, sjuksköterska, Blekingesjukhuset Karlskrona', 'Ola Ås, Region Norr']
    """
    people = []
    for part in _NEXT_NAMED.split(who):
        chunks = part.split(", ")
        cur = chunks[0]
        for c in chunks[1:]:
            name = leading_name(c)[0]
            if name and is_given_name(name.split()[0]) and len(name.split()) >= 2 and c.strip().startswith(name) \
                    and (c.strip() == name or c.strip()[len(name):].lstrip()[:1] == "("):
                people.append(cur)
                cur = c
            else:
                cur = f"{cur}, {c}"
        people.append(cur)
    return [x.strip() for x in people if x.strip()]


def _side_roster(s: str) -> str:
    """A roster told a huvudman at a time, each in a sentence of its own, as label lines: those who came with
    their huvudman, those away, those there for an item; sentences of anything else are left out.

    >>> _side_roster("Från Åby kommun deltog elevhälsochef Eva Ek och skolsköterska Per Lind. Öby kommun företräddes "
    ...              "av Ola Ås, rektor, som ledde mötet. Ryd kommun var inte företrädd; Bo Ahl, rektor, hade anmält "
    ...              "förhinder. Från Region Norr deltog Siv Berg, BUP, som adjungerad under punkt 3. Kim Ek, "
    ...              "utvecklare, deltog som gäst under punkt 4.")
    'Närvarande: Eva Ek, elevhälsochef, Åby kommun; Per Lind, skolsköterska, Åby kommun; Ola Ås, rektor, Öby kommun. Förhinder: Bo Ahl, rektor, Ryd kommun. Gäster: Siv Berg, BUP, Region Norr (adjungerad, punkt 3); Kim Ek, utvecklare (punkt 4).'
    """
    came, away, guests, invited_away = [], [], [], []
    wrote = ""
    for sentence in _SENTENCE_STOP.split(s):
        t = " ".join(sentence.split()).strip(" .")
        if not t:
            continue
        if g := _SIDE_GUEST.match(t):
            guests.append(f"{g.group('who')} ({_side_note(t)}{g.group('at')})")
            continue
        if t[:1] in "UTV" and (g := _SIDE_GUEST_TOPIC.match(t)):
            title = f", {g.group('title').strip()}" if g.group("title") else ""
            # ("från Läkemedelsenheten i Region X": the unit, then its huvudman)
            org = _IN_HUVUDMAN.sub(r", \1", g.group("org")) if g.group("org") else ""
            guests.append(f"{g.group('who')}{title}" + (f", {org}" if org else ""))
            continue
        if "inbjuden men" in t:
            if g := _SIDE_INVITED_AWAY.match(t):
                invited_away.append(re.sub(r"\s+från\s+", ", ", g.group("who").rstrip(" ,"), count=1))
                continue
        if " som " in t and (g := _SIDE_AS.match(t)):
            came.append(f"{g.group('who')} ({g.group('role')})")
            continue
        if "anteckningar" in t and (g := _SIDE_WROTE.match(t)):
            wrote = g.group("who")
            continue
        if t[:1] in "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ" and (g := _SIDE_GUEST_NAMED_FIRST.match(t)):
            guests.append(g.group("who") + (f", {g.group('org')}" if g.group("org") else ""))
            continue
        if t[:1] in "AaMm" and (g := _SIDE_NOTES_BY.match(t)):
            given = g.group("who")
            for k, p in enumerate(came):
                if p.startswith(f"{given} "):
                    came[k] = _with_role(p, "sekreterare")
                    break
            continue
        if m := _SIDE_CAME.match(t):
            org = m.group("org") or m.group("org2") or m.group("org3") or m.group("org4")
            who = m.group("who") or m.group("who2") or m.group("who3") or m.group("who4")
            if (m.group("who2") or m.group("who4")) and " av " in who:
                # "Y av Per Lind och Z av Ola Ås": each side after the first named without the verb
                cut = list(_SIDE_GAPPED.finditer(who))
                if cut:
                    pieces = [(org, who[:cut[0].start()])] + [
                        (c.group("org"), who[c.end():cut[k + 1].start() if k + 1 < len(cut) else len(who)])
                        for k, c in enumerate(cut)]
                    came.extend(f"{w.strip().rstrip(',')}, {o}" for o, w in pieces)
                    continue
            if " gången" in who:
                who = _SIDE_TIMES.sub("", who)
            if " som är " in who:
                who = _PROSE_SEAT_CLAUSE.sub(lambda a: f" ({a.group('role')})", who)
            item = _SIDE_FOR_ITEM.search(who)
            if item:
                who = who[:item.start()]
            role = None
            if lead := _SIDE_LED.search(who):
                who = who[:lead.start()]  # who led it: the roster's head names her office ("Sammankallande: …")
            elif notes := _SIDE_NOTES.search(who):
                who, role = who[:notes.start()], "sekreterare"
            if " och " in who or " samt " in who:
                who = _SIDE_SEAT.sub(lambda a: f" ({a.group('role')})", who)
            people = [_titled_after(x) for x in _TITLED_SPLIT.split(who)] if who[:1].islower() or _TITLED_NEXT.search(who) \
                else _side_people(who)
            # (the clause "som också förde anteckningarna" told of the last one named)
            people = [f"{_with_role(p, role) if role and k == len(people) - 1 else p}" + ("" if org in ("kommunen", "regionen")
                                                                                        else f", {org}")
                      for k, p in enumerate(people) if p.strip()]
            (guests if item else came).extend(f"{p} ({_side_note(item.group(0))}{item.group('at')})" if item else p
                                              for p in people)
            continue
        if m := _SIDE_AWAY.match(t):
            # ("Lisa Holm från Öby vårdcentral hade lämnat återbud": where she comes from after her name)
            who = _FROM_AFTER_NAME.sub(", ", m.group("who").rstrip(" ,"), count=1)
            away.append(who + (f", {m.group('org')}" if m.group("org") else ""))
    if wrote:
        # the one who kept the notes, named by the name she has in the roster
        for k, p in enumerate(came):
            if p == wrote or p.startswith(f"{wrote} ") or p.startswith(f"{wrote},"):
                came[k] = _with_role(p, "sekreterare") if "(" not in p.split(",")[0] else p
                break
    out = []
    for label, people in (("Närvarande", came), ("Förhinder", away), ("Gäster", guests),
                          ("Inbjudna med förhinder", invited_away)):
        if people:
            out.append(f"{label}: {'; '.join(people)}.")
    return " ".join(out) or s


# "Eva var med för första gången i går": one the roster told in prose leaves out (a stand-in told of further on), present
_FIRST_TIME_PRESENT = re.compile(r"(?<![\wåäö])(?P<n>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+var\s+med\s+"
                                 r"för\s+första\s+gången\b")


def _add_first_timers(text: str, attendance: list) -> None:
    """Add as present each one a sentence says was there for the first time, by her name in full as the text gives it
    once, where the attendance lacks her.

    >>> att = [AttendanceEntry(name="Per Lind", status="present")]
    >>> _add_first_timers("Under tiden ersätts hon av Eva Ek, chef i Åby. Eva var med för första gången i går.", att)
    >>> [(a.name, a.status) for a in att]
    [('Per Lind', 'present'), ('Eva Ek', 'present')]
    """
    listed = {a.name.casefold() for a in attendance if a.name}
    for m in _FIRST_TIME_PRESENT.finditer(text):
        n = m.group("n")
        if " " in n:
            full = {n} if is_person_name(n) else set()
        else:
            full = {f.group(0) for f in re.finditer(rf"\b{re.escape(n)}\s+[A-ZÅÄÖ][\wåäö-]+", text)
                    if is_person_name(f.group(0))}
        if len(full) == 1 and (name := full.pop()).casefold() not in listed:
            attendance.append(AttendanceEntry(name=name, status="present"))
            listed.add(name.casefold())


# a roster table's rule for its ersättare and the one it does not hold for: "Ersättare som inte tjänstgör är inte
# närvarande, med undantag av Eva Ek (S)."
_ABSENT_BUT = re.compile(r"(?i)\bersättare\b[^.\n]{0,60}?\b(?:är\s+)?(?:inte|ej)\s+(?:närvarande|närvarat|närvar)\b[^.\n]{0,40}?"
                         r",?\s+(?:med\s+undantag\s+(?:av|för)|utom)\s+(?P<who>[^.\n]{3,160})")


# the work one does for a collaboration body rather than a seat in it: "processledare", "projektledare" (not a job
# title such as "utvecklingsledare", which a member holds as well)
_SERVES_THE_BODY = re.compile(r"(?i)(?:process|projekt)ledare")


def _present_by_exception(text: str, attendance: list) -> None:
    """Mark present each ersättare a roster's rule about the absent ones excepts, where the table left her without a
    mark.

    >>> att = [AttendanceEntry(name="Eva Ek", status="absent", roles=["ersättare"]),
    ...        AttendanceEntry(name="Per Lind", status="absent", roles=["ersättare"])]
    >>> _present_by_exception("Ersättare som inte tjänstgör är inte närvarande, med undantag av Eva Ek (S).", att)
    >>> [(a.name, a.status) for a in att]
    [('Eva Ek', 'present'), ('Per Lind', 'absent')]
    """
    for m in _ABSENT_BUT.finditer(text):
        named = {normalise_person_name(n).casefold()
                 for n in re.split(r"\s*(?:,|\boch\b)\s*", re.sub(r"\s*\([^()]{1,12}\)", "", m.group("who"))) if n}
        for a in attendance:
            if a.name and a.status == "absent" and a.name.casefold() in named:
                a.status = "present"


# "Närvarande: Åby (2), Norrby (1), Region Ekland/psykiatrin (1).": a roster that counts each side's people, their names
# told in the notes' text
_COUNTED_ROSTER = re.compile(r"(?im)^\s*(?:närvarande|deltagare|vi\s+var)\s*:?\s*(?P<sides>(?:[A-ZÅÄÖ][^():;\n]{1,50}?\s*\(\d+\)"
                             r"\s*(?:,|och)?\s*){2,})\.?(?:\s|$)")
_COUNTED_SIDE = re.compile(r"(?P<side>[A-ZÅÄÖ][^():;,\n]{1,50}?)\s*\((?P<n>\d+)\)")
_NAME = r"[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+"
# "Eva Ek och Per Lind från Åby berättade …", "Siv Berg och jag från Ekby …", "Bo Lund är ny i nätverket från Norrby"
_FROM_SIDE = re.compile(rf"(?<![\wåäö])(?P<who>(?:{_NAME}|jag)(?:\s*(?:,|och)\s*(?:{_NAME}|jag))*)"
                        r"(?:\s+är\s+ny\s+i\s+[\wåäö]+)?\s+från\s+(?P<side>[A-ZÅÄÖ][\wåäö-]+)")


def _add_counted_sides(text: str, attendance: list, presenters: list[str], writer: str | None) -> None:
    """Add as present those of a roster that only counts each side's people ("Närvarande: Åby (2), Norrby (1)") whom
    the text names as from a counted side, the writer of the notes where she counts herself in ("… och jag från
    Åby"), and those who presented a point; no more than the roster counts.

    >>> att = []
    >>> _add_counted_sides("Närvarande: Åby (2), Norrby (1).\\nEva Ek och jag från Åby berättade. Bo Lund från Norrby "
    ...                    "tog upp kvällarna. Vi skickar till Siv Berg.", att, [], "Per Lind")
    >>> [(a.name, a.status) for a in att]
    [('Eva Ek', 'present'), ('Per Lind', 'present'), ('Bo Lund', 'present')]
    >>> _add_counted_sides("Närvarande: Åby (1), Norrby (1).\\nEva Ek och Per Lind från Åby berättade.", att := [], [], None)
    >>> att
    []
    """
    roster = _COUNTED_ROSTER.search(text)
    if attendance or not roster:
        return
    counts = {m.group("side").strip(): int(m.group("n")) for m in _COUNTED_SIDE.finditer(roster.group("sides"))}
    found: list[str] = []
    refused: set[str] = set()  # named from a side the roster counts fewer of: who of them came is not known
    for m in _FROM_SIDE.finditer(text[roster.end():]):
        side = next((k for k in counts if k.split("/")[0].split()[0].casefold() == m.group("side").casefold()), None)
        who = [w.strip() for w in re.split(r"\s*(?:,|\boch\b)\s*", m.group("who")) if w.strip()]
        who = [writer if w == "jag" else w for w in who]
        if side is None or None in who or not all(is_person_name(w) for w in who) or len(who) > counts[side]:
            refused |= {w for w in who if w}
            continue
        found += [w for w in who if w not in found]
    found += [p for p in presenters if " " in p and is_person_name(p) and p not in found and p not in refused]
    if found and len(found) <= sum(counts.values()):
        attendance.extend(AttendanceEntry(name=n, status="present", roles=["ledamot"]) for n in found)


def _prose_roster(s: str) -> str:
    """A roster told in sentences, as its label line: the sentence's opening words become the label
    and an absence told after it a "Förhinder:" label further on the line.

    >>> _prose_roster("Närvarande var Eva Ek (ordförande, Åby kommun) och Per Lind (Region X). "
    ...               "Anteckningar fördes av Per Lind. Anna Berg (Åby kommun) hade anmält förhinder.")
    'Närvarande var: Eva Ek (ordförande, Åby kommun) och Per Lind (Region X). Förhinder: Anna Berg (Åby kommun).'
    >>> _prose_roster("Närvarande var Eva Ek och Per Lind från Åby kommun. Anna Berg (Åby kommun) hade förhinder. "
    ...               "Eva ledde mötet och Per förde anteckningar.")
    'Närvarande var: Eva Ek och Per Lind från Åby kommun. Förhinder: Anna Berg (Åby kommun).'
    >>> _prose_roster("Med på mötet: Eva Ek (Åby kommun). Per Lind (Åby kommun) hade förhinder. "
    ...               "Eva ledde mötet eftersom Per, som är sammankallande, var borta.")
    'Med på mötet: Eva Ek (Åby kommun). Förhinder: Per Lind (Åby kommun).'
    >>> _prose_roster("Vi som var med: Eva Ek (Åby kommun) och Per Lind (Region X). Bo Ahl (Åby kommun) hade förhinder.")
    'Med på mötet: Eva Ek (Åby kommun) och Per Lind (Region X). Förhinder: Bo Ahl (Åby kommun).'
    >>> _prose_roster("Närvarande var Eva Ek och Per Lind samt Ola Ås, läkare på X, som deltog under punkt 2 och 3.")
    'Närvarande var: Eva Ek och Per Lind. Gäster: Ola Ås, läkare på X, under punkt 2 och 3.'
    >>> _prose_roster("Vid sammanträdet deltog ledamöterna Eva Ek (S, ordförande) och Per Lind (M). "
    ...               "Ersättaren Ola Ås (S) närvarade utan att tjänstgöra.")
    'Vid sammanträdet deltog: Eva Ek (S, ordförande) och Per Lind (M). Ersättare: Ola Ås (S).'
    >>> _prose_roster("Dessutom deltog Sofia Ren, utvecklare i Åby kommun, under punkt 4.")
    'Dessutom: Sofia Ren, utvecklare i Åby kommun, under punkt 4.'
    >>> _prose_roster("Under punkt 2 deltog Viktor Ek, apotekare på Läkemedelsenheten, som gäst från arbetsgruppen.")
    'Dessutom: Viktor Ek, apotekare på Läkemedelsenheten, som gäst från arbetsgruppen, under punkt 2.'
    >>> _prose_roster("Från kommunens förvaltningar närvarade Eva Ahl (fram till kl. 15.00) och Bo Sand (sekreterare).")
    'Dessutom: Eva Ahl (fram till kl. 15.00) och Bo Sand (sekreterare).'
    >>> _prose_roster("Från förvaltningen deltog förvaltningschef Eva Ahl samt, under § 45, läkare Bo Sand.")
    'Dessutom: Eva Ahl, förvaltningschef; Bo Sand, läkare, under § 45.'
    >>> _prose_roster("Närvarolista: (Ledamöter) Eva Ek (ordförande), Per Lind. (Kansli) Ola Ås (kanslichef).")
    'Närvarolista: Eva Ek (ordförande), Per Lind. Kansliet: Ola Ås (kanslichef).'
    >>> _prose_roster("Vid mötet deltog Eva Ek, chef, Region X, som var ordförande, tillsammans med Per Lind, MAS, Åby "
    ...               "kommun, och Bo Sand, Öby kommun.")
    'Vid mötet deltog: Eva Ek, chef, Region X (ordförande), Per Lind, MAS, Åby kommun, och Bo Sand, Öby kommun.'
    >>> _prose_roster("Antecknade gjorde Lotta Berg (Region X)"), _prose_roster("Anteckningar fördes av Eva Ek.")
    ('Antecknare: Lotta Berg (Region X)', 'Antecknare: Eva Ek')
    >>> _prose_roster("Vid mötet deltog Eva Ek, chef i Åby kommun, och Per Lind. Ola Ås hade anmält förhinder. Som "
    ...               "sekreterare fungerade Bo Sand, handläggare i Åby kommun. Eva Ahl, processledare för X, var inbjuden "
    ...               "till den andra punkten.")
    'Vid mötet deltog: Eva Ek, chef i Åby kommun, och Per Lind. Förhinder: Ola Ås. Övriga: Bo Sand (sekreterare), handläggare i Åby kommun. Gäster: Eva Ahl, processledare för X.'
    """
    if s[:1] == "F" and _SIDE_SENTENCE_START.match(s):
        return _side_roster(s)  # "Från Åby kommun deltog …. Öby kommun företräddes av …": a huvudman a sentence
    if s[:1] in "DdÄVP" and (g := _PROSE_GUESTS.match(s)):
        return f"Dessutom: {s[g.end():]}"
    if s[:1] in "AaMmPp" and (g := _NOTES_KEPT_BY.match(s)):
        return f"Antecknare: {s[g.end():].rstrip(' .')}"
    if s[:4] == "Från" and (g := _PROSE_GUESTS_FROM.match(s)) and not _FROM_BODY_SENTENCE.match(s):
        # ("Från arbetsgruppen deltog …": a joint meeting's roster by body, read where the roster is)
        rest = s[g.end():]
        if ", under " in rest:
            rest = _AT_INSIDE.sub(lambda a: f"{a.group('sep')} {a.group('who')}, under {a.group('at')}", rest)
        if rest[:1].islower() or _TITLED_NEXT.search(rest):
            # "förvaltningschef Eva Ahl och nämndsekreterare Bo Sand (sekreterare)": each title after its name
            rest = "; ".join(_titled_after(x) for x in _TITLED_SPLIT.split(rest))
        return f"Dessutom: {rest}"
    if s[:3] in ("Und", "Til", "Vid") and (g := _PROSE_GUESTS_AT.match(s)):
        # "Under punkt 2 deltog Viktor Ek, apotekare, som gäst från X.": a guest for the item named first
        return f"Dessutom: {s[g.end():].rstrip(' .')}, under {g.group('at')}."
    if ": (" in s and (b := _BRACKETED_SECTIONS.match(s)):
        # "Närvarolista: (Ledamöter) Eva Ek (ordförande), Per Lind. (Kansli) Ola Ås (kanslichef)": each
        # section's label in brackets before its names, as labels after a colon
        return f"{b.group(1)}: " + _BRACKETED_LABEL.sub(lambda m: f" {_BRACKETED_AS[m.group(1).casefold()]}: ",
                                                        s[b.end():]).strip()
    if s[:1] in "VvPp" and " från " in s[:30]:
        s = _roster_by_org(s)
    if s[:1] in "MS" and " leddes av " in s[:20]:
        s = _led_roster(s)
    m = _PROSE_ROSTER.match(s) if s[:1] in _PROSE_ROSTER_FIRST else None
    if not m:
        return s
    rest = s[m.end():]
    rest = _PROSE_CHAIR.sub("", _PROSE_NOTES.sub(lambda a: _notes_keeper(a, rest), rest))
    if "anteckningar" in rest:
        rest = _PROSE_NOTES_BY.sub(lambda a: f" Övriga: {_with_role(a.group('who').rstrip(','), 'sekreterare')}.", rest)
    if "ekreterare" in rest or "protokollförare" in rest:
        rest = _PROSE_SECRETARY.sub(lambda a: f" Övriga: {_with_role(a.group('who'), 'sekreterare')}.", rest)
    if "inbjud" in rest:
        rest = _PROSE_INVITED.sub(lambda a: f" Gäster: {a.group('who').rstrip(' ,')}.", rest)
    if "Under " in rest:
        rest = _PROSE_MORE_AT.sub(lambda a: f" Gäster: {a.group('who')}, under {a.group('at')}.", rest)
    if "Från " in rest:
        # "Närvarande var A och B, båda vårdsamordnare. Från kommunerna deltog C, D och E.": the roster goes on
        rest = _PROSE_MORE_FROM.sub("; ", rest)
    if "des av " in rest:
        rest = _PROSE_MORE_FOR.sub("; ", _PROSE_MORE_FOR_TITLED.sub(
            lambda a: f"; {a.group('name')}, {a.group('title')}, {a.group('org')}", rest))
        if " av " in rest:
            rest = _PROSE_MORE_FOR_GAPPED.sub("; ", rest)
    if "anteckningar" in rest:
        rest = _PROSE_KEPT_NOTES.sub(lambda a: f"{a.group('who')} (sekreterare)", rest)
    if " som är " in rest or " som var " in rest:
        rest = _PROSE_SEAT_CLAUSE.sub(lambda a: f" ({a.group('role')})", rest)
    if " tillsammans med " in rest:
        rest = _PROSE_TOGETHER.sub(", ", rest)
    if " från " in rest:
        rest = _PROSE_NEXT_SIDE.sub(lambda a: f"; {a.group('who')}, {a.group('org')}", rest)
    rest = _PROSE_ABSENT.sub(lambda a: f" Förhinder: {a.group('who').rstrip(' ,')}.", rest)
    if "rsättar" in rest:
        rest = _PROSE_NOT_SERVING.sub(lambda a: f" Ersättare: {a.group('who').rstrip(' ,')}.", rest)
    if " som " in rest:
        # "… samt Eva Ek, läkare på X, som deltog under punkt 2 och 3.": with the meeting for some items, a guest
        rest = _PROSE_FOR_ITEMS.sub(lambda a: f". Gäster: {a.group('who')}, under {a.group('at')}", rest)
    head = "Med på mötet" if m.group("we") else s[:m.start("seat") if m.group("seat") else m.end()].rstrip().rstrip(':')
    if " från " in head:
        head = _PROSE_ROSTER_SIDE.sub("", head)  # "Närvarande från kommunerna var": the label without the side
    return f"{head}: {rest}"



def _roster_tail(roster: str, below: list[str]) -> bool:
    """Whether the lines ``below`` a roster told in sentences go on with it: who kept the notes, who sent
    apologies, as :func:`_prose_roster` reads them after the roster's sentence."""
    probe = f"{roster} {' '.join(x.strip() for x in below)}"
    return bool(_PROSE_NOTES.match(probe, len(roster)) or _PROSE_ABSENT.match(probe, len(roster))
                or _PROSE_CHAIR.match(probe, len(roster))
                # (one more side and its one: ". Öby kommun företräddes av socialchef Eva Ek, som …")
                or (" företräddes av " in probe and _PROSE_MORE_FOR_TITLED.match(probe, len(roster) - 1)))


# a sentence telling when and where the group met, before the roster in the same paragraph: "Vi träffades kl. 13.15 i
# konferensrummet på X. Från Åby kommun deltog …", "Gruppen möttes på Teams. Vid mötet deltog …"
# (or counting who came: "Vi var sju den här gången. Från kommunen deltog …")
_MET_SENTENCE = re.compile(r"^(?:Vi|Gruppen|Styrgruppen|Arbetsgruppen|Teamet|Nätverket|Mötet|Träffen)\s+"
                           r"(?:träffades|sågs|möttes|samlades|hölls|ägde\s+rum|var\s+\w+\s+(?:personer|deltagare)\s+på)\b|"
                           r"^Vi\s+var\s+(?:\d{1,2}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+"
                           r"(?:personer\s+)?(?:den\s+här\s+gången|denna\s+gång|i\s+dag|idag|på\s+(?:mötet|träffen))\b")


def _met_sentence_apart(text: str) -> str:
    r"""The text with a sentence telling where the group met set on a line of its own when the roster's sentence
    follows it in the paragraph, so the roster starts its line as a roster's label does.

    >>> _met_sentence_apart("Vi träffades kl. 13.15 på X. Från Åby kommun deltog Eva Ek, MAS, och Per Lind.")
    'Vi träffades kl. 13.15 på X.\nFrån Åby kommun deltog Eva Ek, MAS, och Per Lind.'
    >>> _met_sentence_apart("Vi träffades på X. Från och med i höst deltog Eva Ek i arbetet.")
    'Vi träffades på X. Från och med i höst deltog Eva Ek i arbetet.'

    A page that wrapped the roster's sentence after its first words ("… på X. Från Åby kommun" / "deltog Eva Ek, …")
    gives the line those words:

    >>> _met_sentence_apart("Vi träffades på X. Från Åby kommun\ndeltog Eva Ek, MAS, och Per Lind.")
    'Vi träffades på X.\nFrån Åby kommun deltog Eva Ek, MAS, och Per Lind.'
    """
    lines = text.split("\n")
    for k, line in enumerate(lines):
        s = line.strip()
        if s[:1] not in "VGSATNM" or not _MET_SENTENCE.match(s):
            continue
        stop = _SENTENCE_STOP.search(s)
        if not stop or not stop.end() < len(s):
            continue
        rest = s[stop.end():].lstrip()
        if _opens_roster(rest):
            lines[k] = f"{s[:stop.end()]}\n{rest}"
        elif k + 1 < len(lines) and lines[k + 1].strip() and len(rest) < 60 and rest[:1] in "FNMPVf" \
                and _opens_roster(f"{rest} {lines[k + 1].strip()}"):
            lines[k], lines[k + 1] = s[:stop.end()], f"{rest} {lines[k + 1].strip()}"
    return "\n".join(lines)


def _opens_roster(s: str) -> bool:
    """Whether a sentence tells who took part, by huvudman ("Från Åby kommun deltog …") or all at once."""
    return (s[:1] == "F" and bool(_SIDE_SENTENCE_START.match(s))) or (
        s[:1] in _PROSE_ROSTER_FIRST and bool(_PROSE_ROSTER.match(s) or _PROSE_ROSTER_BY_ORG.match(s)))


def prose_rosters_unwrapped(text: str) -> str:
    r"""The text with a roster told in a sentence ("Närvarande var Eva Ek (ordförande, Åby kommun),
    Per …") that the page wrapped over several lines on one line, to the line that ends its last
    sentence, as the roster's label line is read.

    >>> prose_rosters_unwrapped("Närvarande var Eva Ek (ordförande,\nÅby kommun) och Per Lind.\nAnteckningar "
    ...                         "fördes av Per Lind. Anna Berg hade\nanmält förhinder.\nEva hälsade välkommen.")
    'Närvarande var Eva Ek (ordförande, Åby kommun) och Per Lind. Anteckningar fördes av Per Lind. Anna Berg hade anmält förhinder.\nEva hälsade välkommen.'
    >>> prose_rosters_unwrapped("Vid mötet närvarade Eva Ek (Åby kommun),\nPer Lind och Anna Berg.\nEva hälsade välkommen.")
    'Vid mötet närvarade Eva Ek (Åby kommun), Per Lind och Anna Berg.\nEva hälsade välkommen.'

    A roster told a huvudman a sentence is joined to the blank line under it, or, in text written a paragraph a line,
    to a numbered point, a label or a table row after its last sentence:

    >>> prose_rosters_unwrapped("Från Åby kommun deltog Eva Ek. Från Region Norr\ndeltog Per Lind.\n1. Inledning\nEva "
    ...                         "hälsade välkommen.\nBeslut: Anteckningarna godkändes.")
    'Från Åby kommun deltog Eva Ek. Från Region Norr deltog Per Lind.\n1. Inledning\nEva hälsade välkommen.\nBeslut: Anteckningarna godkändes.'
    """
    if not any(verb in text for verb in _PROSE_ROSTER_VERBS) and not any(
            f"\n{verb.lstrip()}" in text for verb in _PROSE_ROSTER_VERBS):  # (the verb where a page wrapped the line)
        return text
    if "träffades " in text or "möttes " in text or "sågs " in text or "hölls " in text or "Vi var " in text \
            or " personer på " in text or " deltagare på " in text:
        text = _met_sentence_apart(text)
    if "Från " in text or "För " in text:
        # a roster told a huvudman a sentence: the whole paragraph, to the blank line under it
        text = _lines_joined(text, lambda s: s[:1] == "F" and bool(_SIDE_SENTENCE_START.match(s)),
                             lambda s, rest: bool(rest[0].strip()) and not rest[0].lstrip().startswith("#")
                             and not (s[-1:] in ".!?" and _OPENS_BLOCK.match(rest[0])), paragraph_ends=True)
    return _lines_joined(
        text, lambda s: s[:1] in _PROSE_ROSTER_FIRST and bool(_PROSE_ROSTER.match(s) or _PROSE_ROSTER_BY_ORG.match(s)
                                                            or _PROSE_LED_BY_START.match(s)),
        lambda s, rest: bool(rest[0].strip()) and (s[-1:] not in ".!?" or _roster_tail(s, rest[:2]))
        and not _attendance_label_line(rest[0]))


# a line that opens a block of its own after a sentence's end, where text written a paragraph a line (a Word document, a
# web page) sets no blank line: a numbered point ("1. Inledning"), a paragraph ("§ 3"), a label ("Beslut: …"), a table row
_OPENS_BLOCK = re.compile(r"^\s*(?:\d{1,2}[.)]\s+[A-ZÅÄÖ]|§\s*\d|[A-ZÅÄÖ][\wåäö ]{1,40}:(?:\s|$)|[^\t]+\t)")
# a line opened by a label of its own: "Ej med: Per Lind (Åby)", "Skriver: Marie"
_LINE_LABEL = re.compile(r"^\s*([A-ZÅÄÖ][\wåäö ]{1,40}?)\s*:\s")


def _attendance_label_line(line: str) -> bool:
    """Whether a line under a roster told after "Med på mötet:" opens a roster's label of its own, and so ends the
    roster above it though its last name had no full stop (notes typed without bold labels).

    >>> _attendance_label_line("Ej med: Anton Berg (rektor)"), _attendance_label_line("Åby kommun: Eva Ek, MAS")
    (True, False)
    """
    return ":" in line[:45] and bool((m := _LINE_LABEL.match(line)) and _att_label(m.group(1)))


# a line that goes on telling who came, who did not and who kept the notes: "Ove Ek (X) hade förhinder.",
# "Anteckningarna skrevs av Gösta.", "Från Region X deltog …"
_TELLS_WHO_CAME = re.compile(r"\b(?:förhinder|återbud|frånvarande|deltog|närvarade|var\s+med|kom|representerades|"
                             r"företräddes|anteckningar(?:na)?\s+(?:fördes|skrevs))\b", re.I)


def _lines_joined(text: str, starts, goes_on, indent: bool = False, paragraph_ends: bool = False) -> str:
    r"""The text with each line that ``starts`` a list (stripped) joined by the lines after it while ``goes_on``
    (the list so far, the lines left) holds; the first line keeps its ``indent`` where asked.

    With ``paragraph_ends``, a paragraph the page wrapped also ends at a line that ends a sentence well short of the
    lines above it: a printed page (a PDF) sets no blank line under a paragraph, but leaves its last line short (unless
    the next line goes on telling who came or did not: a typed text printed keeps its own short lines).

    >>> _lines_joined("Från A deltog Eva Ek, MAS, och Per Lind,\nsom förde anteckningarna.\nEva hälsade välkommen.",
    ...               lambda s: s.startswith("Från"), lambda s, rest: bool(rest[0].strip()), paragraph_ends=True)
    'Från A deltog Eva Ek, MAS, och Per Lind, som förde anteckningarna.\n\nEva hälsade välkommen.'
    """
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        s = line.rstrip() if indent else line.strip()
        if starts(s.strip()):
            widest, ended = len(s.strip()), False
            while k < len(lines) and goes_on(s, lines[k:]):
                if paragraph_ends and s[-1:] in ".!?" and len(lines[k - 1].strip()) < 0.7 * widest \
                        and not _TELLS_WHO_CAME.search(lines[k]):
                    ended = True
                    break
                widest = max(widest, len(lines[k].strip()))
                s = f"{s} {lines[k].strip()}"
                k += 1
            line = s
            if ended:  # the paragraph set apart as the text sets it
                out.append(line)
                line = ""
        out.append(line)
    return "\n".join(out)


_FRONT_FENCE = re.compile(r"^\ufeff?\s*-{3}\s*$")
# a page's own heading in Markdown: "# Kuratorsnätverket i X län"
_MD_TITLE = re.compile(r"^#\s+(\S.*?)\s*$")
# a line alone that may be a page's heading typed without a mark: short, a capital first, no sentence's end
_FRONT_HEADING_PLAIN = re.compile(r"[A-ZÅÄÖ][^.:!?|*#]{2,78}")
# a wiki page's own title key: "title: Kuratorsnätverket X – träff 24 september"
_FRONT_TITLE = re.compile(r"^(?:title|titel|rubrik)\s*:\s*(\S.*)$", re.I)
_FRONT_KEY = re.compile(r"^((?:datum|mötesdatum|tid|plats|lokal|grupp|möte|mötesgrupp|organ|forum|deltagare|närvarande|"
                        r"frånvarande|förhinder|ordförande|sammankallande|sekreterare|antecknare|justerare|"
                        r"adjungerade?|gäster|övriga|"
                        # the keys spelled without å, ä and ö, as a YAML key often is: "mote:", "forhinder:"
                        r"motesdatum|motesgrupp|mote|narvarande|franvarande|forhinder|ordforande|gaster|ovriga)"
                        r"\b[\wåäö -]{0,20}?)\s*:(?!\d)(\s.*|)$")
# a run of letters in a title, and the marks that make the word after them open a sentence
_TITLE_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n[^\w\n]*)$")


# a mail address or a web address, whose letters tell nothing of how the text writes its words
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?i:https?://)\S+|\b[\w-]+\.(?i:html?|se|com|nu)\b")
# the short words of a title that are no acronym when the text does not write them
_TITLE_SMALL_WORDS = frozenset("och för i av om mot med den det vid på till från nr kl län ny nya".split())
# a huvudman's name alone, as a letterhead prints it in capitals: "FORSBY KOMMUN", "LÄNSSTYRELSEN I KRAGSJÖ LÄN"
_CAPS_LETTERHEAD = re.compile(r"(?:[A-ZÅÄÖ][A-ZÅÄÖ-]+\s+){1,2}KOMMUN|(?:REGION|LANDSTINGET)(?:\s+[A-ZÅÄÖ-]+){1,2}"
                              r"|LÄNSSTYRELSEN(?:\s+I(?:\s+[A-ZÅÄÖ-]+){1,2})?|(?:[A-ZÅÄÖ-]+\s+){1,2}LÄN"
                              r"|[A-ZÅÄÖ]*FÖRBUNDET(?:\s+[A-ZÅÄÖ-]+){1,5}")


# a dash after the kind of document or a numbered meeting, the body's name after it: "MINNESANTECKNINGAR – CENTRALA …",
# "PROJEKTGRUPPSMÖTE 7 – E-TJÄNST …" (the name's first letter a capital as in a title typed in ordinary case)
_TITLE_NAME_OPENS = re.compile(r"(?:ANTECKNINGAR|ANTECKN\.|PROTOKOLL|MÖTE(?:\s+\d{1,2})?)\s+[–-]\s+([A-ZÅÄÖ])")
# a joint meeting's title in capitals: the first body's name opens after "MELLAN"/"MED", the second's at its kind word
_CAPS_JOINT = re.compile(r"^\W*GEMENSAMT?\s+(?:MÖTE|SAMMANTRÄDE|ARBETSMÖTE|DIALOGMÖTE)\s+(?:MED|MELLAN)\s+")
_CAPS_JOINT_NEXT = re.compile(r"\sOCH\s+([A-ZÅÄÖ]*(?:GRUPP|GRUPPEN|RÅD|RÅDET|NÄTVERK|NÄTVERKET|TEAM|TEAMET|UTSKOTT|"
                              r"UTSKOTTET|BEREDNING|BEREDNINGEN|NÄMND|NÄMNDEN)\b)")


def title_in_ordinary_case(text: str) -> str:
    r"""The text with a first line typed all in capitals written as the rest of the text writes its words, so a title
    in capitals reads as the same title typed in ordinary case: each word small where the text writes it small,
    capitalised where it does so mid-sentence, in capitals where it writes it so (an acronym), an inflected form
    counting where the word itself is not written ("KOMMUNAL" as "kommunala"); a word the text never writes is
    capitalised (a name), a short one kept in capitals (an acronym) unless it is a small word of titles ("län", "och"), a letter after a
    colon small ("KPR:S" → "KPR:s"); a title whose words the text is mostly silent on, a single word ("ANTECKNINGAR"), or a title with a place after
    its dash, or a file's name ("MINNESANTECKNINGAR_X_2026-01-05"), is left in capitals. The first word opens the
    title with its capital, and so does a name after the dash that follows the kind of document or a numbered meeting
    ("MINNESANTECKNINGAR – CENTRALA …") and each body of a joint meeting ("GEMENSAMT MÖTE MELLAN STYRGRUPP X OCH
    ARBETSGRUPP Y"); "kommun" after a huvudman's name is small. Only letters change, so the
    line keeps its length; a text all in capitals, or a first line with a small letter, is as it was.

    >>> title_in_ordinary_case("KRISGRUPP VÄRMEBÖLJA, TRANEMÅLA KOMMUN - ANTECKN.\nKrisgruppen i Tranemåla kommun möttes om värmebölja och SIP.")
    'Krisgrupp värmebölja, Tranemåla kommun - Anteckn.\nKrisgruppen i Tranemåla kommun möttes om värmebölja och SIP.'
    >>> title_in_ordinary_case("# MINNESANTECKNINGAR – KPR:S ARBETSUTSKOTT\nKPR:s arbetsutskott läste minnesanteckningarna.")
    '# Minnesanteckningar – KPR:s arbetsutskott\nKPR:s arbetsutskott läste minnesanteckningarna.'
    >>> title_in_ordinary_case("Protokoll LEADER\nText.")
    'Protokoll LEADER\nText.'
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line, rest = text[start:end], text[end:]
    if not re.search(r"[A-ZÅÄÖ]{2}", line) or re.search(r"[a-zåäöéü]", line) or not re.search(r"[a-zåäö]{3}", rest):
        return text
    if re.fullmatch(r"[\w-]+(?:_[\w-]+){2,}(?:\.\w{2,4})?", line.strip("#* ")):
        return text  # "MINNESANTECKNINGAR_STYRGRUPPEN_2026-01-05": a file's name, no title to write in ordinary case
    if _CAPS_LETTERHEAD.fullmatch(re.split(r"\t| {3,}|\s[·|*]\s", line.strip())[0].strip("*#_ ")):
        return text  # "FORSBY KOMMUN\tPROTOKOLL": a huvudman's letterhead, in capitals as letterheads are printed
    forms: dict[str, Counter] = {}
    rest = _ADDRESS.sub(lambda m: " " * len(m.group(0)), rest)  # "eva.ek@aby.se": no word written as the text writes it
    for m in _TITLE_WORD.finditer(rest):
        w = m.group(0)
        if w.islower():
            form = "small"
        elif w.isupper() and len(w) > 1:
            form = "upper"
        elif _SENTENCE_START.search(rest[max(0, m.start() - 4):m.start()]):
            form = "initial"  # a capital a sentence opens with: the word's form only where nothing else tells it
        elif w[:1].isupper() and w[1:].islower():
            form = "capital"
        else:
            continue
        forms.setdefault(w.casefold(), Counter())[form] += 1

    def seen_as(w: str) -> Counter:
        key = w.casefold()
        if key in forms:
            return forms[key]
        # the word inflected in the text: "KOMMUNAL" as "kommunala", "FJÄLLBOTTENS" as "Fjällbotten"
        near = Counter()
        for k, c in forms.items():
            if (k.startswith(key) and len(k) - len(key) <= 3 or key.endswith("s") and k == key[:-1]) and len(key) > 3:
                near.update({f: n for f, n in c.items() if f != "initial"})  # "Kommunala" opening a sentence: no form
        return near

    opens_name = {n.start(1) for n in _TITLE_NAME_OPENS.finditer(line)}
    joint = _CAPS_JOINT.match(line)
    if joint:
        opens_name.add(joint.end())
        opens_name.update(n.start(1) for n in _CAPS_JOINT_NEXT.finditer(line, joint.end()))

    def recased(m: re.Match) -> str:
        w = as_told(m)
        if m.start() in opens_name and w.islower():
            return w[:1].upper() + w[1:]  # "MINNESANTECKNINGAR – CENTRALA ELEVHÄLSOTEAMET": a name opens there
        return w

    def as_told(m: re.Match) -> str:
        w = m.group(0)
        if w == "KOMMUN" and m.start() != first:
            return "kommun"  # "– EKMARKA KOMMUN": the huvudman's kind after its name, small as a name is typed
        seen = seen_as(w)
        told = [f for f, _ in seen.most_common() if f != "initial"]
        form = told[0] if told else "capital" if seen and w.casefold() not in _TITLE_SMALL_WORDS else None
        if form == "upper" or not form and len(w) <= 3 and w.casefold() not in _TITLE_SMALL_WORDS:
            return w  # an acronym: "SIP", "AG", "KPR"
        if m.start() == first:
            return w[:1] + w[1:].lower()
        if len(w) == 1 and line[m.start() - 1:m.start()] == ":":
            return w.lower()
        if not form and w.casefold() not in _TITLE_SMALL_WORDS:
            form = "capital"  # a word the text never writes, even inflected: a name ("SOLBACKA", "HEDVIG")
        if w.casefold() in ("region", "landstinget") and (n := _TITLE_WORD.search(line, m.end())) and not seen_as(
                n.group(0)).get("small"):
            form = "capital"  # "REGION SOLBACKA": the huvudman's name, however the text writes "region" alone
        return w[:1] + w[1:].lower() if form == "capital" else w.lower()

    long_words = [w for w in _TITLE_WORD.findall(_ADDRESS.sub(" ", line)) if len(w) > 3]
    if re.search(r"\s[–-]\s+(?!ANTECKN|MINNESANT|PROTOKOLL|MÖTE|SAMMANTRÄDE|LOGG)[A-ZÅÄÖ][A-ZÅÄÖ-]+(?:\s+LÄN)?\s*$", line):
        # "ARBETSGRUPPEN FÖR FALLPREVENTION – NORRBYVIK": a title in capitals with a place after its dash names its
        # body without the place, as the title is typed (only one in ordinary case names it with the place)
        return text
    if len(long_words) < 2 or 3 * sum(1 for w in long_words if seen_as(w) or w.casefold() in forms) < len(long_words):
        return text  # the text too silent on the title's words to tell how it writes them: the capitals as they are
    first_word = _TITLE_WORD.search(line)
    first = first_word.start() if first_word else -1
    line = _TITLE_WORD.sub(recased, line)
    line = _ADDRESS.sub(lambda m: m.group(0).lower(), line)  # "<EVA.EK@ABY.SE>": an address as mail writes it
    return text[:start] + line + text[end:]


# a front matter key spelled without å, ä and ö, and the label a secretary types for it
_FRONT_KEY_SPELLED = {"motesdatum": "mötesdatum", "motesgrupp": "mötesgrupp", "mote": "möte", "narvarande": "närvarande",
                      "franvarande": "frånvarande", "forhinder": "förhinder", "ordforande": "ordförande",
                      "gaster": "gäster", "ovriga": "övriga"}


# a YAML string in quotes, as a list item or a key's value: '  - "[[Eva Ek]] (Åby kommun)"', 'grupp: "[[Styrgrupp X]]"'
_YAML_QUOTED = re.compile(r"""^(?P<lead>\s*-\s+|[\wåäöÅÄÖ -]{1,30}:\s+)(?P<q>["'])(?P<value>[^"'\n]*)(?P=q)\s*$""")


def front_matter_labelled(text: str) -> str:
    r"""The text with a YAML-like front matter block ("---" / "datum: 2027-09-30" / "grupp: Samverkansgrupp X" /
    "deltagare:" / "  - Eva Ek, Åby kommun" / "---") read as the header labels a secretary types: each key
    of a meeting's header with its capital ("Grupp: …", "Deltagare:"), the fences dropped, the list under a key
    left as it is (a wiki's own keys, "title:", "tags:", as they were).

    >>> front_matter_labelled("---\ngrupp: Styrgrupp X\ndeltagare:\n  - Eva Ek\n---\n# 1. Inledning")
    '\nGrupp: Styrgrupp X\nDeltagare:\n  - Eva Ek\n\n# 1. Inledning'

    A title that names the body by its kind is the notes' own title, on the first line:

    >>> front_matter_labelled("---\ndatum: 2026-09-24\ntitle: Nätverket X – träff\n---\nText")
    'Nätverket X – träff\n\nDatum: 2026-09-24\n\nText'

    … or, where the page's own heading under the front matter names the body in its words, with or without its
    mark, that heading:

    >>> front_matter_labelled("---\ndatum: 2026-09-24\ntitle: Nätverket X län – träff\n---\n\nNätverket i X län\n")[:19]
    'Nätverket i X län\n\n'

    A key spelled without å, ä and ö is the label it stands for:

    >>> front_matter_labelled("---\nmote: Styrgrupp X\nforhinder:\n  - Eva Ek\n---\nText")
    '\nMöte: Styrgrupp X\nFörhinder:\n  - Eva Ek\n\nText'

A string in quotes, as a notes app writes a link in its front matter, is the string:

    >>> front_matter_labelled('---\ngrupp: "[[Styrgrupp X]]"\ndeltagare:\n  - "[[Eva Ek]] (Åby kommun)"\n---\nText')
    '\nGrupp: [[Styrgrupp X]]\nDeltagare:\n  - [[Eva Ek]] (Åby kommun)\n\nText'
    """
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or first > 2 or not _FRONT_FENCE.match(lines[first]):
        return text
    end = next((i for i in range(first + 1, min(len(lines), first + 80)) if _FRONT_FENCE.match(lines[i])), None)
    if end is None or not any(_FRONT_KEY.match(lines[i]) for i in range(first + 1, end)):
        return text
    out = lines[:first] + [""]
    titles = []
    for line in lines[first + 1:end]:
        if '"' in line or "'" in line:
            line = _YAML_QUOTED.sub(r"\g<lead>\g<value>", line)  # '  - "[[Eva Ek]] (Åby kommun)"': the string within
        m = _FRONT_KEY.match(line)
        t = None if m else _FRONT_TITLE.match(line)
        if t and _BODY_WORD.search(t.group(1)):
            # the page's title naming the body: the notes' own title, first (the page's own heading under the
            # front matter, where it names the body too, in its words: "# Kuratorsnätverket i X län")
            below = [x for x in lines[end + 1:end + 8] if x.strip()][:3]
            h1 = next((h.group(1) for h in map(_MD_TITLE.match, below) if h and _BODY_WORD.search(h.group(1))), None)
            if h1 is None and below and _FRONT_HEADING_PLAIN.fullmatch(below[0].strip()) \
                    and _BODY_WORD.search(below[0]) and below[0].split()[0].casefold() == t.group(1).split()[0].casefold():
                h1 = below[0].strip()  # the heading typed without its mark: "Kuratorsnätverket i X län" alone
            titles.append((h1 or t.group(1)).strip())
            continue
        key = _FRONT_KEY_SPELLED.get(m.group(1).casefold(), m.group(1)) if m else ""
        out.append(f"{key[:1].upper()}{key[1:]}:{m.group(2)}" if m else line)
    return "\n".join(lines[:first] + titles + out[first:] + [""] + lines[end + 1:])


def label_lists_unwrapped(text: str) -> str:
    r"""The text with a roster's inline list that the writer wrapped after a comma ("**Med på mötet:** Eva Ek
    (Åby kommun), Per Lind (Norrby kommun)," / "Anna Berg (Tallviks kommun)") on the label's line.

    >>> label_lists_unwrapped("Närvarande: Eva Ek (Åby kommun), Per Lind,\nAnna Berg (Norrby kommun)\nFörhinder: Ola Sund")
    'Närvarande: Eva Ek (Åby kommun), Per Lind, Anna Berg (Norrby kommun)\nFörhinder: Ola Sund'
    """
    if ",\n" not in text:
        return text
    return _lines_joined(
        text, lambda s: s.endswith(",") and bool((lab := _match_label(s)) and lab[3].strip()),
        lambda s, rest: s.endswith(",") and rest[0].strip()[:1].isupper() and not _match_label(rest[0].strip()),
        indent=True)


# a stand-in's cell in a roster laid out in columns of spaces that the writer wrapped after "för": the one
# served for stands on the next line under the cell ("Per Ek (S) för" / "    Eva Lund (S)")
_FOR_CELL_END = re.compile(r"\s(?:för|ersätter|i\s+stället\s+för)$")


def stand_in_cells_unwrapped(text: str) -> str:
    r"""The text with a roster's right-hand cell that wrapped after "för" (a tjänstgörande ersättare and the
    ledamot she serves for, in columns of spaces) whole on its line again: the next line's last cell, standing
    under it, goes up to it; the left column's name on that line stays.

    >>> print(stand_in_cells_unwrapped("Eva Ek (S), ordf      Per Ek (S) för\nBo Lind (M)               Ola Sund (S)\nAnna Berg (V)"))
    Eva Ek (S), ordf      Per Ek (S) för Ola Sund (S)
    Bo Lind (M)
    Anna Berg (V)
    >>> stand_in_cells_unwrapped("Eva Ek (S)      Per Ek (S) för\nBo Lind (M)")  # nothing under the cell
    'Eva Ek (S)      Per Ek (S) för\nBo Lind (M)'
    >>> stand_in_cells_unwrapped("Ersättare\tParti\tTjänstgör för\nPer Ek\tS\tOla Sund")  # a heading row, not a wrap
    'Ersättare\tParti\tTjänstgör för\nPer Ek\tS\tOla Sund'
    """
    if "för\n" not in text and "ersätter\n" not in text:
        return text
    lines = text.split("\n")
    for k in range(len(lines) - 1):
        cells = [(m.start(), m.group()) for m in _CELL.finditer(lines[k])]
        if len(cells) < 2 or not _FOR_CELL_END.search(cells[-1][1]):
            continue
        if _table_columns(_row_cells(lines[k])[0]) is not None:
            continue  # "Ersättare | Parti | Tjänstgör för": a table's heading row, the cell under it its first row's
        below = [(m.start(), m.group()) for m in _CELL.finditer(lines[k + 1])]
        if not below or below[-1][0] < cells[-1][0] - 1 or not below[-1][1][:1].isupper() \
                or not leading_name(below[-1][1])[0]:
            continue
        lines[k] = f"{lines[k].rstrip()} {below[-1][1]}"
        lines[k + 1] = lines[k + 1][:below[-1][0]].rstrip()
    return "\n".join(lines)


# the meeting's day after a roster's label: "Adjungerade den 15/10", "Närvarande 12 maj"
_LABEL_DATE = re.compile(r"\s+(?:den\s+)?\d{1,2}(?:/\d{1,2}|\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|"
                         r"september|oktober|november|december))(?:\s+\d{4})?$")


# the document's kind set apart from the title after it by a dot, a dash or a bar, never a label over a name
_DOC_KIND_BEFORE_TITLE = re.compile(r"(?i)^(?:minnes|mötes)?anteckningar\s*[·–—|]\s")


# an aside in brackets between a label and its colon
_LABEL_ASIDE = re.compile(r"(?<=\S)\s*\([^()]{12,80}\)(?=\s*:)")


def _match_label(s: str) -> tuple[str | None, list[str], bool, str] | None:
    """(status, roles, is_section, inline rest) when ``s`` is an attendance label line."""
    body = _prose_roster(_strip_bullet(s))
    if body.isupper() and body.strip(" :") in ("ANTECKNINGAR", "MINNESANTECKNINGAR"):
        return None  # the document's kind in capitals under the letterhead, not who kept the notes
    if _DOC_KIND_BEFORE_TITLE.match(body):
        return None  # "ANTECKNINGAR  ·  ARBETSGRUPP X": the document's kind, a dot or a dash, then the body's name
    if "):" in body[:140]:
        # "Gruppens sammansättning (enligt uppdraget från socialchefsgruppen):": an aside on the label, no part of it
        body = _LABEL_ASIDE.sub("", body, count=1)
    m = _LABEL_LINE.match(body)
    if not m:
        # a label and a long line after it with one space between, as a PDF prints a label cell and the cell
        # beside, past the reach of a label line ("Beslutande ledamöter Eva Lindkvist-Borg (C), Region X,
        # ordförande", "Övriga deltagande Regiondirektör Ulf Strand, hälso- och sjukvårdsdirektör …")
        # (the one who keeps the notes too, past a section of the absent: "Förhinder …" / "Sekreterare Eva Ek, …")
        m = _label_before_name(body) if body[:1].isupper() and (len(body) > 60 or body[:12] == "Sekreterare ") else None
        if not m:
            return None
    elif not _att_label(" ".join(m.group(1).split())):
        m = _label_before_name(body) or m
    head = m.group(1)
    if "(" in head:
        head = re.sub(r"\s*\([^()]*\)", " ", head)  # "Närvarande (x = närvarande)"
    head = " ".join(head.split())
    if not head:
        return None
    if head[-1:].isdigit() or " den " in head:
        head = _LABEL_DATE.sub("", head)  # "Adjungerade den 15/10": those of the meeting the roster's grid has a column for
    if "s " in head:
        # "Direktionens ledamöter" / "Direktionens ersättare": the body's own seats, named with the body
        head = _BODY_GENITIVE_LABEL.sub("", head)
    label = _att_label(head)
    if label and len(head) == 3 and head.casefold() == "med" and body[3:4] != ":":
        return None  # "Med vänlig hälsning": "Med" opens a roster only with its colon ("Med: Eva Ek, …")
    if label and head[:1] in "Mm" and head.casefold() in ("minnesanteckningar", "mötesanteckningar") and not \
            is_person_name(re.split(r"\s*[,(;]", m.group(2).strip(" *"), maxsplit=1)[0]):
        return None  # "Minnesanteckningar" heading the document, or a title after it: only a name after it keeps notes
    if label:
        _, status, roles, section = _ATT_LABELS[int(label.lastgroup[1:])]
        if head.lower().startswith("adjunger"):
            roles = ["adjungerad"]
        elif head.lower() in ("inbjudna", "inbjuden", "inbjudna gäster") and status == "guest":
            roles = ["inbjuden"]  # "Inbjudna: Eva Ek (punkt 4); …": invited for an item, so said of each
        rest = m.group(2).strip()
        if ":" in rest and (other := _NEXT_HEADER_LABEL.search(rest)):
            rest = rest[:other.start()]  # "Utses att justera: Eva Ek   Justeringens tid: …": two cells of a header row
        if roles == ["sekreterare"]:
            rest = keepers_in_turn(rest)
        if status == "guest" and rest and head[-1:].isdigit() and (pts := _LABEL_POINTS.search(head)):
            # "Gäst under punkt 4: Mia Holm, apotekare, …": each one after the label there for those points, as
            # "Mia Holm, apotekare, punkt 4" says it of her
            rest = "; ".join(f"{x.strip().rstrip('.')}, {pts.group(0)}" for x in rest.split(";") if x.strip())
        return status, roles, section, rest
    return None


# the points a label for guests names at its end: "Gäst under punkt 4", "Adjungerade till §§ 5–6"
_LABEL_POINTS = re.compile(r"(?:punkt(?:erna)?|pkt\.?|p\.?|§§?)\s*\d[\d\s,–-]*(?:och\s+\d+)?$", re.I)


# the points one keeper of the notes wrote, after her name: "(punkt 1–4)", "(1–4)", "(från punkt 5)", "för punkt 1–3",
# "t.o.m. punkt 4"
_KEEPER_POINTS = re.compile(
    r"\s*(?:\((?:(?:från|fr\.o\.m\.|t\.o\.m\.|till\s+och\s+med)\s+)?(?:punkt(?:erna)?|p\.|§§?)?\s*\d+[a-z]?"
    r"(?:\s*[–-]\s*\d*[a-z]?)?\)|(?:för|t\.o\.m\.|till\s+och\s+med|från)\s+(?:punkt(?:erna)?|p\.|§§?)\s*\d+[a-z]?"
    r"(?:\s*[–-]\s*\d+[a-z]?)?|(?:punkt(?:erna)?|p\.|§§)\s*\d+[a-z]?\s*[–-]\s*\d+[a-z]?)", re.I)
# the turn from one keeper to the next: ", därefter", ", sedan", " / ", ", från punkt 5"
_KEEPER_TURN = re.compile(r"\s*,?\s+(?:och\s+)?(?:därefter|sedan)\s+|\s+/\s+|\s*,\s*från\s+(?:punkt|p\.|§)\s*\d+[a-z]?\s+",
                          re.I)


def keepers_in_turn(rest: str) -> str:
    """The keepers of the notes as a list of names, where the keeper changed during the meeting and the label
    says who wrote which points: the points are the part each wrote, not the only ones she attended.

    >>> keepers_in_turn("Eva Ek (punkt 1–4), Per Olsson (punkt 5–8)")
    'Eva Ek, Per Olsson'
    >>> keepers_in_turn("Eva Ek (1–4) / Per Olsson (5–8)"), keepers_in_turn("Eva Ek för punkt 1–3, därefter Per Olsson")
    ('Eva Ek, Per Olsson', 'Eva Ek, Per Olsson')
    >>> keepers_in_turn("Eva Ek t.o.m. punkt 3, sedan Per Olsson"), keepers_in_turn("Eva Ek, från punkt 4 Per Olsson")
    ('Eva Ek, Per Olsson', 'Eva Ek, Per Olsson')

    One keeper for some points only, and a keeper with her details, stay as written:

    >>> keepers_in_turn("Eva Ek (punkt 3–5)"), keepers_in_turn("Eva Ek, utvecklingsledare (Region Norrby)")
    ('Eva Ek (punkt 3–5)', 'Eva Ek, utvecklingsledare (Region Norrby)')
    """
    turn = _KEEPER_TURN.search(rest)
    if not turn and len(_KEEPER_POINTS.findall(rest)) < 2:
        return rest
    out = _KEEPER_TURN.sub(", ", _KEEPER_POINTS.sub("", rest))
    return re.sub(r"\s*,(?:\s*,)+", ",", out).strip(" ,")


# the header's next label after a label's value on one line, as a PDF runs the cells of a row together
_NEXT_HEADER_LABEL = re.compile(r"\s+(?=(?:Justeringens\s+(?:tid|plats|dag)|Paragrafer|Underskrifter|Plats\s+och\s+tid)\b[^:]{0,30}:)")


def is_heading_row(s: str) -> bool:
    """Whether ``s`` is a roster table's row of headings, its cells run together as a PDF prints them.

    >>> is_heading_row("**Ledamot Parti Anm**"), is_heading_row("Namn Funktion"), is_heading_row("Per Anm")
    (True, True, False)
    >>> is_heading_row("Ledamot")
    False
    """
    words = [w.strip("*_:|").casefold() for w in s.split()]
    return len(words) >= 2 and all(w and (_COL_NAME.match(w) or any(rx.match(w) for _, rx in _COL_KINDS))
                                   for w in words)


# the heading over the agenda right under the roster: "Ärenden", "Dagordning"
_AGENDA_HEADING = re.compile(r"^(?:ärenden|ärendelista|dagordning|föredragningslista|agenda)\s*:?$", re.I)
# a sentence under "Närvarande" that says whom the roster below lists, before its own labels
_ROSTER_NOTE = re.compile(r"^[A-ZÅÄÖ][\wåäö]+\s+(?:ledamöter|ersättare|deltagare)\b[^:]{0,80}\b(?:närvarande|deltog|deltar)\b"
                          r"[^:]{0,40}$")
# the body's genitive before its seats in a roster heading: "Direktionens ersättare", "Styrelsens ledamöter"
_BODY_GENITIVE_LABEL = re.compile(r"^(?:direktionens|styrelsens|nämndens|rådets|utskottets|arbetsutskottets|"
                                  r"förbundets|styrgruppens|gruppens|beredningens)\s+(?=(?:närvarande\s+)?(?:ordinarie\s+)?"
                                  r"(?:ledamöter|ersättare|suppleanter)$)", re.I)

# a huvudman's seat empty at the meeting, before who was away: "Ingen företrädare –", "Ej representerad –"
_NO_ONE_HEAD = re.compile(r"(?i)^\s*(?:ingen\s+(?:företrädare|representant|närvarande)|(?:ej|inte)\s+(?:representerad|företrädd))"
                          r"\s*[–—-]\s*$")
# who was away, told in a sentence after the roster's on its line: "… Per Ek. Lisa Berg hade förhinder.", with
# the details a roster gives in brackets after a name ("Per Ek (socialchef, Åby kommun) hade förhinder."), and
# one replaced by a deputy for the meeting ("Eva Ek (Åby kommun) ersattes av Per Lind.")
_AWAY_NAME = r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}(?:\s*\([^()]{1,120}\))?"
_AWAY_NAMES = rf"{_AWAY_NAME}(?:(?:,\s*|\s+och\s+){_AWAY_NAME})*"
_AWAY_SENTENCE = re.compile(
    # (after a dash too: "Ingen företrädare – Hans-Erik Vikström (S) hade anmält förhinder", a huvudman's empty seat)
    rf"(?:(?<=[.;])\s+|(?<=\s[–—])\s+|^)(?P<who>{_AWAY_NAMES})"
    r"\s+(?:hade|har)\s+(?:anmält\s+|meddelat\s+)?förhinder\.?$"
    rf"|(?:(?<=[.;])\s+|^)(?P<who2>{_AWAY_NAMES})"
    r"\s+(?:var\s+frånvarande|deltog\s+(?:inte|ej)|kunde\s+inte\s+(?:delta|närvara|komma))\.?$"
    rf"|(?:(?<=[.;])\s+|^)(?P<who3>{_AWAY_NAME})\s+(?:ersattes|ersätts)\s+(?:(?:i\s*dag|vid\s+(?:detta|dagens)\s+möte)\s+)?av\s+"
    r"(?P<sub>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\.?$"
    # the absence first, who with her details after: "… Per Ek, Åby kommun. Förhinder hade Eva Ek, socialchef, Åby kommun."
    r"|(?<=[.;])\s+(?:Förhinder|Återbud)\s+(?:hade|har|hade\s+anmälts\s+av|lämnades\s+av)\s+"
    r"(?P<who4>[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][^.;:]{2,200}?)\.?$")
# a roster's section label further on the line, after a name list ("…, Per Lind. Förhinder: Eva Berg")
_MIDLINE_LABEL = re.compile(
    r"(?<=[\w).;,])\s+(?=(?:Förhinder|Anmält\s+förhinder|Frånvarande|Ej\s+närvarande|Övriga(?:\s+[a-zåäö]+)?|Gäster|"
    r"Adjungerade?|Ersättare|Tjänstgörande\s+ersättare|Tjänstepersoner|Frånvarande\s+ledamöter|Kansliet|Sekretariatet|"
    r"Inbjudna\s+med\s+förhinder)\s*:)")
# another field of the front past a wide gap on the line, a label of a word or two and its colon:
# "Ordförande: Eva Ek        Anteckningar: Per Lind", "Mötesledare: Eva Ek\tSekreterare: Per Lind"
_GAPPED_LABEL = re.compile(r"(?:\t|\s{3,})(?=[A-ZÅÄÖ][\wåäö]+(?:\s+[\wåäö]+)?\s*:\s*\S)")
# a signing role's label after a name on the line, the gap between the fields lost: "Sekreterare: Eva Ek
# Justerare: Per Lind" (a web page's "&nbsp;" between them read as one space)
_MIDLINE_ROLE_LABEL = re.compile(r"(?<=[a-zåäö)])\s+(?=(?:Justerare|Justerande|Sekreterare|Ordförande|Mötesledare|"
                                 r"Protokollförare)\s*:\s*[A-ZÅÄÖ])")
# a field of the protocol's front run on after a name on the line: "Justerare: Olle Strand  Justeringsdatum: 2026-11-24"
_TRAILING_FIELD = re.compile(r"\s+(?:Justeringsdatum|Justeringsdag|Justeras\s+den|Justeringsplats)\s*:.*$")


# one part of a roster line by the huvudman it speaks for: "för Region X: Eva Ek, Per Lind;"
# ("Region X: Eva Ek, Per Lind; Åby kommun: Ola Ås": the huvudman alone before its people, as a label)
_FOR_ORG_PART = re.compile(r"(?:^|(?<=[;.]))\s*(?:[Ff]ör\s+)?(?P<org>[^:;,.]{3,40}?)\s*:\s*")


def _for_org_parts(text: str) -> list[tuple[str, str]] | None:
    """The parts of a roster line that names, before each list of people, the huvudman they are there for.

    >>> _for_org_parts("för Region Norrby: Eva Ek, Per Lind; för Åby kommun: Ola Ås.")
    [('Region Norrby', 'Eva Ek, Per Lind'), ('Åby kommun', 'Ola Ås')]
    >>> _for_org_parts("Eva Ek, ordförande för Åby kommun: se nedan") is None
    True
    >>> _for_org_parts("Region Norrby: Eva Ek (ordf.), Per Lind; Åby kommun: Ola Ås")
    [('Region Norrby', 'Eva Ek (ordf.), Per Lind'), ('Åby kommun', 'Ola Ås')]
    """
    found = list(_FOR_ORG_PART.finditer(text))
    if not found or found[0].start() != 0 or not all(_ORG.fullmatch(m.group("org")) for m in found):
        return None
    ends = [m.start() for m in found[1:]] + [len(text)]
    parts = [(m.group("org"), text[m.end():e].strip(" ;.,")) for m, e in zip(found, ends)]
    return [(o, n) for o, n in parts if n]


# one sentence of a roster line by the huvudman its people come from: "Från Region X: …", "från Åby: …" (the
# kommun by its place name alone)
_FROM_ORG_PART = re.compile(r"(?:^|(?<=\.)\s+)[Ff]rån\s+(?P<org>Region\s+[A-ZÅÄÖ][\wåäö]+|[A-ZÅÄÖ][\wåäö-]*\s+(?:[Kk]ommun|[Ss]tad)|"
                            r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s*:\s*")


def _is_bulleted_name(line: str) -> bool:
    """Whether ``line`` is a bullet of a list opening with a person's name (struck through too).

    >>> _is_bulleted_name("- ~~Eva Ek, distriktssköterska~~ (förhinder)"), _is_bulleted_name("- Budget 2030")
    (True, False)
    """
    t = line.strip()
    return t[:1] in ("-", "•", "*", "–") and bool(leading_name(_strip_bullet(t).lstrip("~*_ "))[0])


# a body's short name of its kind's capitals and its topic: "LSG LARO", "AG Jourrutiner" (the capitals a group of
# their own); the groups and the resolver read it in a bracket after the body's name too
KIND_LETTERS_SHORT = r"([A-ZÅÄÖ]{1,3}G)\s+[A-ZÅÄÖa-zåäö][\wåäö-]+(?:\s+[\wåäö-]+)?"
_KIND_LETTERS_SUBJECT = re.compile(KIND_LETTERS_SHORT)


# a subject's body by the letters of its kind, then its topic and place: "LSG barn och unga Norrfors"
_LETTERS_THEN_TOPIC = re.compile(r"(?P<acr>[A-ZÅÄÖ]{1,3}[GTRN])\s+(?P<rest>[a-zåäö][\wåäö-]*(?:\s+[\wåäö-]+){0,5})")
# the head of a compound kind its letters end in: "samverkans|grupp" is S and G
_KIND_HEAD_LETTER = (("grupp", "G"), ("gruppen", "G"), ("team", "T"), ("teamet", "T"), ("råd", "R"), ("rådet", "R"),
                     ("nätverk", "N"), ("nätverket", "N"))


def _spelled_kind(letters: str, name: str) -> str | None:
    """The first words of ``name`` that ``letters`` spell, a compound's head with a letter of its own.

    >>> _spelled_kind("LSG", "Lokal samverkansgrupp Norrfors"), _spelled_kind("SG", "Samverkansgrupp äldre")
    ('Lokal samverkansgrupp', 'Samverkansgrupp')
    >>> _spelled_kind("RSG", "Lokal samverkansgrupp Åby") is None
    True
    """
    spelled = ""
    words = name.split()
    for k, w in enumerate(words):
        low = w.casefold()
        head = next((h for tail, h in _KIND_HEAD_LETTER if low.endswith(tail) and len(low) > len(tail)), "")
        for option in (w[0].upper() + head, w[0].upper()) if head else (w[0].upper(),):
            if letters.startswith(spelled + option):
                spelled += option
                break
        else:
            return None
        if spelled == letters:
            return " ".join(words[:k + 1])
    return None


def _spelled_out_body(label: str, lines: list[str]) -> str | None:
    """The body a subject names by its kind and its letters ("Processteam TSIU") as the text's own title names it in
    full, the letters in brackets after it ("Processteam Trygg och säker in- och utskrivning (TSIU)").

    >>> _spelled_out_body("Processteam TSIU", ["Hej!", "Processteam Trygg och säker in- och utskrivning (TSIU)"])
    'Processteam Trygg och säker in- och utskrivning'
    >>> _spelled_out_body("Processteam TSIU", ["Processteam Trygg hemgång (TH)"]) is None
    True
    """
    if (short := _KIND_LETTERS_SUBJECT.fullmatch(label.strip())) is not None:
        # "LSG LARO" over "LOKAL SAMVERKANSGRUPP LARO X (LSG LARO)": a short name of the kind's capitals and the topic,
        # given in brackets after the title (kept with it, a name of the body too)
        return _title_spelling_out(short.group(0), lines)
    m = re.fullmatch(r"(?P<kind>\S+)\s+(?P<acr>[A-ZÅÄÖ]{2,6})", label.strip())
    if not m or not _BODY_WORD.search(m["kind"]):
        return None
    kind = m["kind"].casefold().removesuffix("et").removesuffix("en")
    titled = re.compile(rf"(?i:{re.escape(kind)}\w*)\s+(?P<name>[^():;.]{{3,80}}?)\s*\({m['acr']}\)\s*$")
    for line in lines:
        t = line.strip().strip("*#_ ")
        if (b := titled.match(t)):
            return f"{t[:b.start('name')].strip()} {b['name']}"
    return None


def _title_spelling_out(letters: str, lines: list[str], bare: bool = False) -> str | None:
    """The title line that spells out the letters a subject names a body by, the letters in brackets after it, with
    the letters kept ("Ledningsgruppen för vård i Åby (LGV)"); None when no line does. Letters alone (``bare``, "LGV")
    ask more of the line than a short name of a kind's capitals and a topic ("LSG LARO"): the letters as written, the
    name beginning with a capital and its first word a body's kind.

    >>> _title_spelling_out("LGV", ["Hej!", "Ledningsgruppen för vård, omsorg och skola i Åby (LGV)", "Närvarande:"],
    ...                     True)
    'Ledningsgruppen för vård, omsorg och skola i Åby (LGV)'
    >>> _title_spelling_out("LGV", ["Vi har fått uppdrag av ledningsgruppen för vård i Åby (LGV)."], True) is None
    True
    >>> _title_spelling_out("LGV", ["Laget för vård i Åby (LGV)"], True) is None
    True
    >>> _title_spelling_out("LSG LARO", ["Lokal samverkansgrupp LARO Åby (lsg laro)"])  # the letters in any case
    'Lokal samverkansgrupp LARO Åby (LSG LARO)'
    """
    pattern = re.compile(rf"(?P<name>[A-ZÅÄÖ][^():;.]{{5,90}}?)\s*\({re.escape(letters)}\)" if bare
                         else rf"(?P<name>[^():;.]{{5,90}}?)\s*\((?i:{re.escape(letters)})\)")
    for line in lines:
        t = line.strip().strip("*#_ ")
        if not (b := pattern.fullmatch(t)):
            continue
        if (_BODY_WORD.search(b["name"].split()[0]) and b["name"][:1] == letters[:1] if bare
                else _BODY_WORD.search(b["name"]) and b["name"][:1].casefold() == letters[:1].casefold()):
            return f"{_tidy_caps(b['name'], False)} ({letters})"
    return None


def _owners_body(label: str, lines: list[str]) -> str | None:
    """The body a subject names by whom it gathers ("folkhälsostrategernas nätverk") as the text names it in full:
    its kind, "för" and them, with where ("Nätverket för folkhälsostrateger i Lövmora län").

    >>> _owners_body("folkhälsostrategernas nätverk", ["Hej!", "Här kommer anteckningar från Nätverket för "
    ...              "folkhälsostrateger i Lövmora län, onsdag 9 december 2026."])
    'Nätverket för folkhälsostrateger i Lövmora län'
    >>> _owners_body("socialchefernas nätverk", ["Nätverket träffades i Åby."]) is None
    True
    """
    m = re.fullmatch(r"(?P<who>[a-zåäö]{4,}?)(?:nas|s)\s+(?P<kind>[a-zåäö]{3,})", label.strip().casefold())
    if not m or not _BODY_WORD.search(m["kind"]):
        return None
    named = re.compile(rf"\b(?P<b>{m['kind'][:1].upper()}{re.escape(m['kind'][1:])}(?:et|en|n)?\s+för\s+{re.escape(m['who'])}"
                       r"(?:\s+(?:i|inom)\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[a-zåäö]+)?)?)(?=[.,;:]|\s+(?:den|och|på|kl)\b|$)")
    for line in lines:
        if (b := named.search(line)) and len(b["b"]) < 80:
            return b["b"]
    return None


# a title naming a body with its acronym in brackets and the kommun or region it is of after a comma:
# "Samverkansgrupp unga lagöverträdare (ULÖ), Åby kommun"
_TITLE_ACRONYM_OWNER = re.compile(r"(?P<n>[A-ZÅÄÖ][\wåäö -]{3,80}?)\s+\((?P<a>[A-ZÅÄÖ]{2,8})\),\s+"
                                  r"(?P<k>[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+)")


# (no label of the header after the name: "Till: Arbetsgrupp X" / "Skickat: …")
# (a word naming the kind of document is no place: the title line "Arbetsgrupp SIP Åby" over "Minnesanteckningar 3 maj")
_PLACE_AFTER_NAME = re.compile(r"\s+(?!(?:Minnes|Mötes)?[Aa]nteckningar\b|Protokoll\b|Dagordning\b|Kallelse\b)"
                               r"([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\b(?!\s*:)(?!\s+(?:kommun|region)\b)")


def _placed_in_running_text(label: str, lines: list[str]) -> str:
    """The body a subject names by its kind (bare or definite) and the words of its name, as a mailed message's
    running text names it, a place's name after those words, the line wrapped anywhere in it; "" when the text has
    no such name.

    >>> _placed_in_running_text("Styrgruppen Nära vård", ["Här kommer anteckningarna från mötet i Styrgrupp", "Nära vård Åby (16 maj)."])
    'Styrgrupp Nära vård Åby'
    >>> _placed_in_running_text("Styrgruppen Nära vård", ["Styrgruppen Nära vård Mars"]), _placed_in_running_text("Styrgruppen Nära vård", ["styrgruppen Nära vård i Åby"])
    ('', '')
    >>> _placed_in_running_text("Arbetsgrupp SIP", ["Till: Arbetsgrupp SIP", "Skickat: den 10 juni 2027 08:12"])
    ''
    >>> _placed_in_running_text("Arbetsgrupp SIP Åby", ["Arbetsgrupp SIP Åby", "Minnesanteckningar 2027-05-03, kl. 9"])
    ''
    """
    words = label.split()
    kind = words[0].casefold()
    if not _BODY_WORD.search(kind) or not any(w[:1].isupper() for w in words[1:]):
        return ""
    bare = re.sub(r"(?:en|et)$", "", kind)
    text = " ".join(line.strip() for line in lines)
    pat = re.compile(rf"\b(?i:{re.escape(bare)}(?:en|et)?)\s+" + r"\s+".join(re.escape(w) for w in words[1:]) + r"(?=\s)")
    for m in pat.finditer(text):
        if (p := _PLACE_AFTER_NAME.match(text, m.end())) and not _SUBJECT_DAY_WORD.fullmatch(p.group(1).casefold()):
            return " ".join(m.group(0).split()[:1]).capitalize() + " " + " ".join(m.group(0).split()[1:]) + " " + p.group(1)
    return ""


def _linked_in_running_text(label: str, lines: list[str]) -> str:
    """The body a subject names by its kind and the words of its topic ("ledningsgruppen tolkfrågor"), as a mailed
    message's running text names it in full, with the "för" the subject left out and its place after it; "" when
    the text has no such name.

    >>> _linked_in_running_text("ledningsgruppen tolkfrågor", ["här är anteckningarna från Ledningsgruppen för",
    ...                         "tolkfrågor i Åby, torsdag 20 november."])
    'Ledningsgruppen för tolkfrågor i Åby'
    >>> _linked_in_running_text("ledningsgruppen tolkfrågor", ["Ledningsgruppen för tolkfrågor diskuterade i maj"])
    ''
    """
    words = label.split()
    if len(words) < 2 or not _BODY_WORD.search(words[0].casefold()) or "för" in (w.casefold() for w in words):
        return ""
    bare = re.sub(r"(?:en|et)$", "", words[0].casefold())
    text = " ".join(line.strip() for line in lines)
    pat = re.compile(rf"\b(?i:{re.escape(bare)}(?:en|et)?\s+för\s+" + r"\s+".join(re.escape(w) for w in words[1:])
                     + r")\s+i\s+([A-ZÅÄÖ][\wåäö-]+)\b")
    if m := pat.search(text):
        name = " ".join(m.group(0).split())
        return name[:1].upper() + name[1:]
    return ""


def _titled_with_owner(label: str, lines: list[str]) -> list[str]:
    """The body a subject names by its kind and words ("samverkansgruppen unga lagöverträdare"), as a title line
    names it with its acronym and owner, written as a body of one huvudman is; [] when no line does.

    >>> _titled_with_owner("samverkansgruppen unga lagöverträdare", ["ANTECKNINGAR",
    ...                    "Samverkansgrupp unga lagöverträdare (ULÖ), Åby kommun"])
    ['Samverkansgrupp unga lagöverträdare, Åby kommun (ULÖ)']
    >>> _titled_with_owner("samverkansgruppen unga lagöverträdare", ["Samverkansgrupp för unga (SFU), Åby kommun"])
    []
    """
    want = label.casefold().split()
    for line in lines:
        m = _TITLE_ACRONYM_OWNER.fullmatch(line.strip().strip("*#_ ")) if "(" in line else None
        have = m.group("n").casefold().split() if m else []
        if have and have[1:] == want[1:] and want[0] in (have[0], have[0] + "en", have[0] + "et", have[0] + "n"):
            return [f"{m.group('n')}, {m.group('k')} ({m.group('a')})"]
    return []


def _placed_body(name: str, lines: list[str]) -> list[str]:
    """The body ``name`` with the place the text names after it ("MAS-nätverket i Mälarby"), as the
    first of the lines gives it; [] when none does.

    >>> _placed_body("MAS-nätverket", ["Här kommer anteckningarna från MAS-nätverket i Mälarby den 5 november"])
    ['MAS-nätverket i Mälarby']
    >>> _placed_body("MAS-nätverket", ["MAS-nätverket i maj: inget möte"])
    []
    >>> _placed_body("Viltförvaltningsdelegationen", ["Protokoll fört vid sammanträde med Viltförvaltningsdelegationen i "
    ...                                                "Ekmo län"])
    ['Viltförvaltningsdelegationen i Ekmo län']
    """
    # (a county's body with its county: "Viltförvaltningsdelegationen i X län")
    placed = re.compile(rf"(?<![\w-]){re.escape(name)}\s+i\s+([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?(?:\s+län)?)\b"
                        rf"(?!\s+[A-ZÅÄÖ])")
    for line in lines:
        if m := placed.search(line):
            return [f"{name} i {m.group(1)}"]
    return []


# a roster line that names the huvudman before its people with a dash, not a colon: "Region X – Eva Ek (…); Per Lind"
_ORG_DASH_LINE = re.compile(r"^(?:[-•*]\s*)?(?P<org>(?:Region|Landstinget)\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]*\s+"
                            r"(?:kommun|stad))\s+[–—-]\s+(?=[A-ZÅÄÖa-zåäö])")


def _org_dash_line(s: str) -> str:
    """A roster line "Huvudman – people" as the "Huvudman: people" line it amounts to; any other line as it is.

    >>> _org_dash_line("* Åby kommun – Eva Ek (socialchef); Per Lind"), _org_dash_line("Region Norrby – anmält förhinder: Bo Ahl")
    ('Åby kommun: Eva Ek (socialchef); Per Lind', 'Region Norrby: anmält förhinder: Bo Ahl')
    >>> _org_dash_line("Åby kommun – ny rutin för SIP")
    'Åby kommun – ny rutin för SIP'
    """
    m = _ORG_DASH_LINE.match(s)
    if not m:
        return s
    rest = s[m.end():]
    if not (is_name_line(rest) or _match_label(rest)):
        return s
    return f"{m.group('org')}: {rest}"


# a roster line of one huvudman with two of its people side by side, a dash between them: "Åby kommun: Eva Ek,
# socialchef, ordförande – Per Lind, förvaltningschef"
_ORG_COLON_LINE = re.compile(r"^(?:[-•*]\s*)?(?:(?:Region|Landstinget)\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]*\s+"
                             r"(?:kommun|stad)):\s+(?=[A-ZÅÄÖ])")
_DASH_BEFORE_NAMED = re.compile(r"\s+[–—]\s+(?=[A-ZÅÄÖ][a-zåäé]+(?:-[A-ZÅÄÖ][a-zåäé]+)?\s+[A-ZÅÄÖ][\wåäö-]+"
                                r"(?:\s+[A-ZÅÄÖ][\wåäö-]+)?,\s+[a-zåäö])")


def _side_by_side_on_org_line(s: str) -> str:
    """A "Huvudman: people" roster line whose people stand side by side with a dash between them, each with her
    details after her name, as the line with its people parted by semicolons; any other line as it is.

    >>> _side_by_side_on_org_line("Åby kommun: Eva Ek, socialchef, ordförande – Per Lind, avdelningschef (förhinder)")
    'Åby kommun: Eva Ek, socialchef, ordförande; Per Lind, avdelningschef (förhinder)'
    >>> _side_by_side_on_org_line("Region Norrby: Eva Ek, chef – Närsjukvården Öst")
    'Region Norrby: Eva Ek, chef – Närsjukvården Öst'
    >>> _side_by_side_on_org_line("Åby kommun: Eva Ek – ordförande")
    'Åby kommun: Eva Ek – ordförande'
    """
    m = _ORG_COLON_LINE.match(s)
    if not m or not is_name_line(s[m.end():]):
        return s
    return s[:m.end()] + _DASH_BEFORE_NAMED.sub("; ", s[m.end():])


def _from_roster_line(s: str) -> str:
    """A roster line that tells its people took part before naming their huvudman, read as the
    "Från X:" line it amounts to; any other line as it is.

    >>> _from_roster_line("Deltog från Åby kommun: Eva Ek (MAS) och Per Lind (MAR).")
    'Från Åby kommun: Eva Ek (MAS) och Per Lind (MAR).'
    >>> _from_roster_line("Deltog gjorde alla utom Per.")
    'Deltog gjorde alla utom Per.'
    """
    t = _strip_bullet(s)
    m = _TOOK_PART_FROM.match(t)
    return "F" + t[m.end() + 1:] if m else s


def _from_parts(text: str) -> list[tuple[str, str]] | None:
    """The sentences of a roster line that each name, after "Från", the huvudman (or the kommun by its place
    name) its people come from; None unless there are two or more such sentences.

    >>> _from_parts("Från Region Norrby: Eva Ek, läkare (ordförande), och Per Lind. Från Åby: Ola Ås, MAS.")
    [('Region Norrby', 'Eva Ek, läkare (ordförande), och Per Lind.'), ('Åby', 'Ola Ås, MAS.')]
    >>> _from_parts("Från styrgruppen: Eva Ek. Från SBU: Per Lind.") is None
    True
    """
    found = list(_FROM_ORG_PART.finditer(text))
    if len(found) < 2 or found[0].start() != 0 or any(_OWN_BODY_WORD.fullmatch(m.group("org")) for m in found):
        return None
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [(m.group("org"), text[m.end():e].strip(" ;,")) for m, e in zip(found, ends)]


def _sub_labelled(lab: tuple[str | None, list[str], bool, str] | None) -> tuple[str | None, list[str], bool, str] | None:
    """A section label whose value opens with a label of its own says who by the inner one: "Övriga
    närvarande   Ersättare: Jonas Berg (S)" lists ersättare, "Frånvarande   Ersättare: Eva Ek (M)"
    absent ersättare.

    >>> _sub_labelled(_match_label("Övriga närvarande   Ersättare: Jonas Berg (S), Eva Ek (M)"))
    ('present', ['ersättare'], True, 'Jonas Berg (S), Eva Ek (M)')
    >>> _sub_labelled(_match_label("Frånvarande   Ersättare: Eva Ek (M)"))
    ('absent', ['ersättare'], True, 'Eva Ek (M)')

    The inner label alone beside the outer heads the names on the lines under it ("Övriga närvarande
    Ersättare" / "Tommy Hedberg (S)"):

    >>> _sub_labelled(_match_label("Övriga närvarande Ersättare"))
    ('present', ['ersättare'], True, '')
    """
    if not lab or not lab[2] or not lab[3]:
        return lab
    inner = _match_label(lab[3])
    if not inner or not inner[2] or not (inner[3] or lab[0] == "guest"):
        return lab
    status = lab[0] if lab[0] == "absent" else inner[0]
    return status, inner[1] or lab[1], True, inner[3]


class _Attendance:
    def __init__(self):
        self.entries: list[AttendanceEntry] = []
        self.index: dict[str, AttendanceEntry] = {}
        self.absent_members: list[tuple[str, int]] = []
        self.uncalled: list[str] = []  # named under "Ej kallade": people of the text, not of the attendance

    def find(self, name: str) -> AttendanceEntry | None:
        key = _norm_key(name)
        if key in self.index:
            return self.index[key]
        for k, e in self.index.items():
            if k.startswith(key + " ") or key.startswith(k + " "):
                return e
        return None

    def add(self, entry: AttendanceEntry) -> AttendanceEntry:
        old = self.find(entry.name)
        if old is None:
            self.entries.append(entry)
            self.index[_norm_key(entry.name)] = entry
            return entry
        self._fuller(old, entry.name)
        if old.status == "roster" and entry.status != "roster":
            old.status = entry.status
        elif old.status == "present" and entry.status == "absent" and not old.paragraphs and "ledamot" in old.roles:
            # a member on the list of ledamöter whom "Frånvarande: …" names was not there
            old.status = "absent"
        elif old.status == "present" and entry.status == "guest" and old.roles == ["sekreterare"] and not entry.paragraphs:
            # "Sekreterare   Maja Ek" on the title page, then among "Övriga närvarande": an official, no seat
            old.status = "guest"
        elif old.status == "guest" and entry.status == "present" and {"ledamot", "ersättare"} & set(entry.roles):
            # "Övriga närvarande: … ersättare Rune Dahl (S)" and the närvarolista marking him present
            # among the body's ersättare: he attended in his seat
            old.status = "present"
        if entry.initials and not old.initials:
            old.initials = entry.initials
        for r in entry.roles:
            if r not in old.roles:
                old.roles.append(r)
        for f in ("title", "unit", "organisation", "party", "substitute_for"):
            if getattr(old, f) is None and getattr(entry, f) is not None:
                setattr(old, f, getattr(entry, f))
        for p in entry.paragraphs:
            if p not in old.paragraphs:
                old.paragraphs.append(p)
        return old

    def _fuller(self, e: AttendanceEntry, name: str) -> None:
        """'Karin' on the list and 'Karin Berg' signing are one person, named in full."""
        if len(name.split()) > len(e.name.split()) and leading_name(name)[0] == name:
            self.index.pop(_norm_key(e.name), None)
            e.name = name
            self.index[_norm_key(name)] = e

    def add_role(self, name: str, role: str, line: int) -> None:
        e = self.find(name)
        if e is not None:
            self._fuller(e, name)
        if e is None:
            nm, _ = leading_name(name)
            if not nm:
                return
            e = self.add(AttendanceEntry(name=nm, status="present", roles=[], line=line))
        if role not in e.roles:
            e.roles.append(role)


# ---------------------------------------------------------------- attendance tables

_PIPE_SEP = re.compile(r"^[\s|:+=_—–-]*-{3,}[\s|:+=_—–-]*$")  # "|---|---|", "------ ------"
_LEGEND = re.compile(r"^\S{1,5}\s*=\s*\S[^=]{0,40}(?:(?:,|\s{2,})\s*\S{1,5}\s*=\s*\S.*)?$")
_COL_NAME = re.compile(
    # (the name and what she does in one cell: "Namn och funktion | Helena Qvarfordt, regionbibliotekschef")
    r"^(?:namn(?:\s+och\s+|\s*/\s*|,\s*)(?:funktion|titel|befattning|roll|uppdrag)|"
    r"namn|name|person|deltagare|mötesdeltagare|närvarande|ledamot|ledamöter|ordinarie(?:\s+ledam(?:ot|öter))?|"
    r"(?:(?:tjänstgörande|närvarande)\s+)?ersättare|personlig(?:a)?\s+ersättare|övriga(?:\s+[a-zåäö]+){0,2}|adjungerade?|gäster|tjänstepersoner|tjänstemän|"
    r"inbjudna|beslutande(?:\s+ledamöter)?|närvarande\s+ledamöter|ersätts\s+av|"
    # a council's roster by the seat, the one who fills it beside: "Organisation / funktion | Representant"
    r"representant(?:er)?|företrädare|"
    # a förbund's board listed as one column: "Ledamöter och ersättare | Parti | Medlem | Roll"
    r"ledam(?:ot|öter)\s+och\s+ersättare|ersatt\s+av|ersätter|(?:tjänstgörande\s+|tjg\.?\s+)?ersättare\s+för|"
    # a roster kept over the year names its year over the names: "Närvaro 2025", "Närvarolista ht 2025"
    r"(?:närvaro|närvarolista|deltagare|namn)\s+(?:(?:vt|ht|år)\s*)?(?:19|20)\d\d)$")
# the column of the ersättare serving in the seat of the row's ledamot, and the ledamot's own column beside it
_STOOD_IN_COL = re.compile(r"^(?:ersätts\s+av|ersatt\s+av|tjänstgörande\s+ersättare)$")
_SEAT_HOLDER_COL = frozenset({"ledamot", "ledamöter", "ordinarie", "ordinarie ledamot", "ordinarie ledamöter"})
# the heading of a roster's list of the ersättare, and of the column beside it naming whose seat each took
_SUBSTITUTES_HEAD = frozenset({"ersättare", "ersättare närvarande", "närvarande ersättare"})
_SERVES_FOR_COL = re.compile(r"^(?:tjänstgörande\s+|tjg\.?\s+)?(?:ersättare\s+för|tjänstgör\s+för|i\s+stället\s+för)$")
_SUBSTITUTE_COL = re.compile(r"^(?:ersätts\s+av|ersatt\s+av|(?:tjänstgörande\s+|tjg\.?\s+)?ersättare\s+för|tjänstgörande\s+ersättare)$")

# a heading over what each does: "Funktion", "Befattning", "Uppdrag i gruppen"
_TITLE_HEAD = (r"(?:funktion|titel|befattning|roll|role|uppdrag|yrkesroll|profession|yrke|tjänst|"
               r"(?:roll|uppdrag|funktion)\s+i\s+[a-zåäö]*(?:gruppen|teamet|rådet)|"
               # the part each plays in the body the roster names: "Uppdrag i PSO", "Roll i RLG"
               r"(?:roll|uppdrag|funktion)\s+i\s+[a-zåäö]{2,8})")

_COL_KINDS = [
    ("party", re.compile(r"^(?:parti|partibeteckning|partitillhörighet)$")),
    # (the two answers the cells give, as its heading: "Deltar/Förhinder", "Närvaro/Frånvaro")
    # (or the presence and who sat in the seat instead: "Närvaro / ersättare", "Närvarande/tjänstgörande ersättare")
    # (or whether the person held a seat: "Närvarande/tjänstgörande", "Närvaro/tjänstgöring")
    ("mark", re.compile(r"^(?:deltar|deltog|närvaro|närvarande|närv\.?)\s*/\s*(?:förhinder|frånvaro|frånvarande|ej\s+närvarande|"
                        r"(?:tjänstgörande\s+)?ersättare|tjänstgörande|tjänstgöring|tjg\.?)$")),
    # (the answers it takes written after the heading: "Närvarande ja/nej", "Deltog j/n")
    # ("Ersättarens närvaro": the presence of the ersättare in the name column before it, in a table of seats)
    ("mark", re.compile(r"^(?:(?:ersättarens|ledamotens)\s+)?(?:närvaro|närvarande|närv\.?|deltog|deltar|status|ja/nej|x)(?:\s*\(.*\)|\s+(?:ja|j)\s*/\s*(?:nej|n)|\s+(?:via|på|i|"
                        r"digitalt|fysiskt|på\s+plats)\b.{0,20})?$")),
    # ("Tjänstgörande" alone beside an ersättare's column: a cross where the ersättare took a seat, and came; a blank
    # where the ersättare neither served nor, the table saying nothing else, came)
    ("mark", re.compile(r"^(?:tjänstgörande|tjänstgör|tjg\.?)$")),
    # a presence column by two letters the legend under the table spells out: "N/F" (N = närvarande, F = frånvarande)
    ("nf_mark", re.compile(r"^(?:n\s*/\s*f|närv\.?\s*/\s*frånv\.?)$")),
    # (abbreviated beside its "Närv." column: "Närv. | Ej närv.", "Frånv.")
    ("absent_mark", re.compile(r"^(?:förhinder|frånvarande|frånvaro|frånv\.?|anmält\s+förhinder|ej\s+närvarande|ej\s+närv\.?|"
                               r"inte\s+närv(?:\.|arande)?)(?:\s*\(.*\))?$")),
    # a förbund's roster names the member each sits for: "Medlem", "Medlemskommun"; a vårdval's the care provider each
    # runs or works for, the region's own or a company: "Vårdgivare", "Utförare"
    ("org", re.compile(r"^(?:organisation|org\.?|huvudman|huvudmän|kommun|region/kommun|kommun/region|representerar|"
                       r"vårdgivare|utförare|"
                       r"medlem|medlemskommun|medlemsorganisation|förbundsmedlem|"
                       # a samordningsförbund's roster names the party each sits for: "Part"
                       r"part|förbundspart|"
                       r"företräder|myndighet|arbetsgivare|(?:region|kommun)\s*/\s*(?:organisation|myndighet)|organisation\s*/\s*(?:region|kommun))$")),
    # two of them in one heading: "Uppdrag i gruppen / befattning", "Befattning och roll i teamet"
    ("title", re.compile(rf"^{_TITLE_HEAD}(?:\s*/\s*|\s+och\s+){_TITLE_HEAD}$|^{_TITLE_HEAD}$")),
    # "Organisation och funktion": one cell holds both ("Region X, projektledare"), read as a roster line's details
    # "Förvaltning/organisation": a unit or a huvudman, after the person's title ("IT-chef, Kommunledningsförvaltningen")
    ("title", re.compile(r"^(?:förvaltning|enhet|verksamhet)\s*/\s*(?:organisation|huvudman)$|"
                         r"^(?:organisation|huvudman)\s*/\s*(?:förvaltning|enhet|verksamhet)$")),
    ("title", re.compile(r"^(?:organisation|huvudman|verksamhet|enhet)(?:\s+och\s+|\s*/\s*|,\s*)(?:funktion|titel|roll|befattning)$|"
                         r"^(?:funktion|titel|roll|befattning|profession)(?:\s+och\s+|\s*/\s*|,\s*)(?:organisation|huvudman|verksamhet|enhet)$")),
    # beside an ersättare's name, the ledamot whose seat the ersättare takes: "Tjänstgör för"
    ("serves_for", re.compile(r"^(?:tjänstgör\s+för|i\s+stället\s+för|istället\s+för)$")),
    ("para", re.compile(r"^(?:§|§§|paragraf|paragrafer|punkt|punkter|del\s+av\s+mötet)$")),
    # ("Anteckning": a förbund's roster notes there who served in each seat)
    ("note", re.compile(r"^(?:anmärkning|anm\.?|anteckning|kommentar|kommentarer|notering|noteringar|övrigt)$")),
    ("initials", re.compile(r"^(?:sign\.?|signatur|initialer|init\.?|förk\.?|förkortning|kortnamn|kortform)$")),
    ("unit", re.compile(r"^(?:förvaltning|enhet|avdelning|verksamhet)(?:\s*/\s*(?:förvaltning|enhet|avdelning|verksamhet))?$")),
    ("skip", re.compile(r"^(?:e-post|epost|mejl|mail|telefon|tel\.?|mobil)$")),
    # a närvaro- och omröstningslista's columns of votes on a paragraph ("§ 4 Ja | Nej | Avstår"): no one's presence
    ("skip", re.compile(r"^(?:§\s*\d{1,3}\s+)?(?:ja|nej|avstår|avstod)$")),
    # a meeting invitation's tracking list (Outlook, Teams): "Namn | Deltagare | Svar"
    ("response", re.compile(r"^(?:svar|svarsstatus|svar\s+på\s+inbjudan|deltagarsvar)$")),
    # a Teams attendance report: "Namn | Första anslutning | Senaste avslut | Varaktighet i mötet | E-post | Roll"
    # (the report in English where Teams runs in English: "Name | First Join | Last Leave | In-Meeting Duration")
    ("joined", re.compile(r"^(?:första\s+anslutning|anslöt|anslutningstid|gick\s+med|tid\s+för\s+anslutning|first\s+join)$")),
    # ("Senast lämnat": the column as a Swedish Teams names it)
    ("skip", re.compile(r"^(?:senaste?\s+(?:avslut|frånkoppling|lämnande|lämnat)|lämnade|varaktighet(?:\s+i\s+mötet)?|tid\s+i\s+mötet|"
                        r"deltagar-id(?:\s*\(upn\))?|upn|last\s+leave|(?:in-meeting\s+)?duration|email|"
                        r"participant\s+id(?:\s*\(upn\))?)$")),
]
_DATED_HEAD = re.compile(r"^(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})|\d{4}-(?P<m2>\d{2})-(?P<d2>\d{2})|"
                         r"(?P<d3>\d{1,2})\s+(?P<mn>jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?)$")


def huvudman_of_mail(address: str, lines: list[str] = ()) -> str | None:
    """The huvudman a mail address's domain names ("eva.ek@regionnorrby.se" → Region Norrby, "per@aby.se" →
    Åby kommun), the place spelt as the minutes spell it where they do; None for another kind of domain.

    >>> huvudman_of_mail("eva.ek@regionmalarby.se", ["Samverkan i Mälarby"]), huvudman_of_mail("per.ek@fjallsta.se")
    ('Region Mälarby', 'Fjallsta kommun')
    >>> huvudman_of_mail("a.b@strandvik.se", ["Strandviks plats är vakant"])
    'Strandviks kommun'
    >>> huvudman_of_mail("per.ek@gmail.com"), huvudman_of_mail("x@vgregion.se")
    (None, None)
    """
    m = re.fullmatch(r"[\w.+-]+@(?P<d>[a-z-]+)\.se", address.strip().casefold())
    if not m or m.group("d") in ("gmail", "hotmail", "outlook", "live", "yahoo", "telia", "icloud") or "-" in m.group("d"):
        return None
    region = m.group("d").startswith("region") and len(m.group("d")) > 8
    place = m.group("d")[6:] if region else m.group("d")
    if not region and (len(place) < 3 or re.search(r"region|kommun|lans|lan$|vard|halsa", place)):
        return None
    spelt = next((w for line in lines for w in re.findall(r"[A-ZÅÄÖ][a-zåäöé]+", line)
                  if fold(w) in (place, place + "s")), None)
    name = (spelt[:-1] if spelt and fold(spelt) == place + "s" else spelt) or place.capitalize()
    return f"Region {name}" if region else f"{name}{'' if name[-1] in 'aeiouyåäösxz' else 's'} kommun"


def _dated_head(head: str) -> tuple[int, int] | None:
    """(day, month) of a roster column headed by a meeting's date ("14/5", "2025-05-14", "14 maj").

    >>> _dated_head("14/5"), _dated_head("2025-05-14"), _dated_head("14 maj"), _dated_head("namn")
    ((14, 5), (14, 5), (14, 5), None)
    """
    m = _DATED_HEAD.match(head)
    if not m:
        return None
    if m.group("d"):
        return int(m.group("d")), int(m.group("m"))
    if m.group("d2"):
        return int(m.group("d2")), int(m.group("m2"))
    return int(m.group("d3")), _MONTHS3.index(m.group("mn")) + 1


def _dated_marks(raw_entries: list[dict], tables: list["_Table"], date: str | None) -> None:
    """In a roster with a column of marks per meeting, who came to this one: the marks under the
    meeting's date, or, where the date is not known, under the last date that has any."""
    for t in tables:
        cols = {k: _dated_head(head) for k, (_, kind, head) in enumerate(t.columns) if kind == "dated"}
        rows = [r for r in raw_entries if r.get("table") == t.ident and r.get("dated") is not None]
        if not cols or not rows:
            continue
        chosen = None
        if date and re.match(r"\d{4}-\d{2}-\d{2}$", date):
            day = (int(date[8:10]), int(date[5:7]))
            chosen = next((k for k, dm in cols.items() if dm == day), None)
        if chosen is None:
            filled = [k for k in cols if any(r["dated"].get(k, "").strip() for r in rows)]
            chosen = max(filled) if filled else None
        if chosen is None:
            continue
        for r in rows:
            if r["status"] != "guest":
                r["status"] = "present" if _PRESENT_MARK.match(r["dated"].get(chosen, "").strip()) else "absent"


_GENERIC_NAME_COL = {"namn", "name", "person", "deltagare", "mötesdeltagare", "närvarande", "beslutande"}
# a response to the invitation: accepted is there, declined is away; the organiser is there; a guest is a guest
_ACCEPTED = re.compile(r"^(?:accepterat|accepterad|accepterade|godkänt|tackat\s+ja|preliminärt|preliminär)\b", re.I)
_DECLINED = re.compile(r"^(?:avböjt|avböjd|avböjde|nekat|tackat\s+nej)\b", re.I)
_INVITED_AS = re.compile(r"^(?:(?P<organiser>(?:mötes)?organisatör|mötesarrangör)|(?P<guest>(?:extern\s+)?gäst)|"
                         r"(?:obligatorisk|valfri|nödvändig)\s+deltagare|deltagare|presentatör|medorganisatör)$", re.I)
_EXTERNAL_NOTE = re.compile(r"\((?:extern|gäst|external|guest)\)", re.I)
# a seat a roster row gives someone from outside the huvudmän: "Brukarrepresentant", "Patientrepresentant"
_REPRESENTATIVE_SEAT = re.compile(r"(?i)(?:brukar|patient|anhörig|närstående|pensionärs)representant")
# "1" / "0": a närvarolista's Närvaro column counting each seat
# (a tick is no word character: nothing after it may be one; "D" / "digitalt": there, on the link, beside "✓" on site)
# (a chat app's green tick, "✅", as a Teams or Loop table marks who took part)
_PRESENT_MARK = re.compile(r"^(?:[xX✓✔☒☑✅]\ufe0f?(?!\w)|(?:ja|j|närvarande|närv\.?|deltog|p|1$|tjg\.?|tjänstgörande|tjänstgör|"
                           r"d|digitalt|digital|distans|på\s+distans)\b)", re.I)
# a presence mark with the capacity the person came in: "Ja, gäst", "Närvarande (inbjuden)", "x, som adjungerad"
_PRESENT_AS_GUEST = re.compile(r"^(?:ja|närvarande|närv\.?|deltog|[xX✓✔])\s*[,;:(]?\s*(?:som\s+)?"
                               r"(?:gäst|inbjuden|adjungerad)\b", re.I)
# a presence cell giving the seat the person attended in: "Ersättare", "Tjänstgörande ersättare"
_SEATED_AS_MARK = re.compile(r"(?i)(?:tjänstgörande\s+)?ersättare")


def _seat_presence(note: str) -> tuple[str, str] | None:
    """(the seat holder's, the ersättare's) presence as the row's note in a "Ledamot | Ersättare | Närvaro" table
    says it in words, or None.

    >>> _seat_presence("Ledamot närvarande"), _seat_presence("Ersättare tjänstgör för ledamoten")
    (('present', 'absent'), ('absent', 'present'))
    >>> _seat_presence("Förhinder, ingen tjänstgör"), _seat_presence("Ledamot tjänstgör, ersättare närvarande")
    (('absent', 'absent'), ('present', 'present'))
    >>> _seat_presence("x") is None, _seat_presence("Närvarande") is None
    (True, True)
    """
    v = note.strip().casefold()
    if re.match(r"(?:förhinder|frånvarande|båda\s+frånvarande)\b.*\b(?:ingen|ej)\s+(?:tjänstgör|ersättare|närvarande)", v) \
            or re.fullmatch(r"(?:ingen|ingen\s+av\s+dem)\s+(?:närvarande|tjänstgör)\.?", v):
        return "absent", "absent"
    holder = re.match(r"(?:ordinarie\s+)?ledamot(?:en)?\s+(?:närvarande|närvarar|deltar|deltog|tjänstgör|tjänstgjorde)\b", v)
    sub = re.match(r"ersättar(?:e|en)\s+(?:tjänstgör|tjänstgjorde|tjänstgörande|närvarande|deltar|deltog)\b", v)
    if holder:
        return "present", ("present" if re.search(r"\bersättar(?:e|en)\s+(?:också\s+)?(?:närvarande|deltar|deltog)\b", v)
                           else "absent")
    if sub:
        return "absent", "present"
    return None


# a presence cell naming the item the person came for: "p. 3", "punkt 4", "§ 12"
_ITEM_MARK = re.compile(r"^(?:p\.?|pkt\.?|punkt|§)\s*(\d{1,3}[a-z]?)$", re.I)
# … after a presence word: "Närvarande, punkt 3", "Deltog p. 4"
_PRESENT_FOR_ITEM = re.compile(r"^(?:närvarande|närv\.?|deltog|deltar|ja)[,:;\s]+(?:endast\s+|bara\s+)?"
                               r"(?:p\.?|pkt\.?|punkt|§)\s*(\d{1,3}[a-z]?)$", re.I)
# (a ballot cross, "✗", "✖", "❌", beside ticks: not there; a meeting app's column of "Närvarande" / "Frånvaro")
_ABSENT_MARK = re.compile(r"^(?:0$|[-–—✗✘✖❌✕]|nej|n|frånvarande|frånvaro|frånv\.|förhinder|anmält\s+förhinder|ej\b|inte\b|återbud)", re.I)


# an absence told in words in a roster's cell, longer than a mark: "Anmält förhinder", "Meddelat återbud"
_ABSENT_IN_WORDS = re.compile(r"(?i)(?:har\s+)?(?:anmält|meddelat)\s+(?:förhinder|återbud)")


def _is_mark(cell: str) -> bool:
    """Whether a roster's cell is a presence mark ("x", "Ja", "Förhinder"), not a name or a note."""
    return len(cell) <= 12 and bool(_PRESENT_MARK.match(cell) or _ABSENT_MARK.match(cell))


# a roster table's first cell naming the row's person a guest for one item: "*Gäst, punkt 2*", "Adjungerad, p. 4"
_LABEL_FOR_ITEM = re.compile(r"^[*_ ]*(?P<label>[^,*_]+?),?\s+(?:p\.?|pkt\.?|punkt|§)\s*(?P<n>\d{1,3}[a-z]?)[*_ ]*$", re.I)


_SECRETARY_WORD = re.compile(r"(?i)\bsekreterare\b|\bantecknar\b")
# a roster's cell saying its person holds no seat: "sekreterare, ej ledamot", "(inte ledamot)"
_NO_SEAT = re.compile(r"(?i)\b(?:ej|inte|icke)\s+(?:ledamot|medlem)\b")
# a function that is only the keeping of the minutes (a "sekreterare" in a Roll column may hold a seat)
_SECRETARY_FUNCTION = re.compile(r"(?i)loggförare|antecknare|antecknar\b|protokollförare")
_SEAT_WORD = re.compile(r"(?i)\b(?:ledamot|ordförande|ordf\.?|ersättare|tjänstgörande|ledamöter|justerare)\b")


_SEAT_COUNT = re.compile(r"\s*\(\d{1,2}\)$")
# a roster cell that breaks off where its line does: "…, Region" / "…, tjänstgörande för" / "utvecklings-"
# a cell that is an entry of its own, or a presence mark: "vakant", "–", "x"
_ENTRY_WORD = re.compile(r"(?i)vakant|vakant\s+plats|[-–—xX✓✔☒✗✘✖❌✕]|ja|nej")
_OPEN_CELL_END = re.compile(r"(?:[,\-/&]|\b(?:för|och|samt|i|av|till|med|på|vid|från|efter|Region))$")
# … and one whose rest is a name: "…, tjänstgörande för" / "Tove Ringqvist" (a run of names "Anna Ek," /
# "Per Lind" is a name a line)
_NAME_AWAITED = re.compile(r"(?:\b(?:för|efter|ersätter)|[a-zåäö]-)$")
# … or the surname of one whose given name ends the cell above: "Ylva Kronqvist (S) för Göran" / "Ljung (S)"
_GIVEN_NAME_AWAITS = re.compile(r"\b(?:för|efter|ersätter)\s+([A-ZÅÄÖ][a-zåäöéü]+)$")
_SURNAME_CELL = re.compile(r"[A-ZÅÄÖ][\wåäöéü-]+(?:\s+\([A-ZÅÄÖ]{1,3}\))?")


def _row_cells(raw: str) -> tuple[list[tuple[int, str]], bool]:
    """Cells of a table row and whether they are placed by index (pipe, tab) or by column offset (spaces)."""
    s = raw.rstrip("\r\n ")
    if s.lstrip().startswith("|"):
        parts = s.strip().strip("|").split("|")
        return [(k, p.strip()) for k, p in enumerate(parts)], True
    if "\t" in s:  # a Word row: leading and trailing empty cells keep the others under their headers
        return [(k, p.strip()) for k, p in enumerate(s.lstrip(" ").split("\t"))], True
    return [(m.start(), m.group(0)) for m in _CELL.finditer(s)], False


def _two_line_head(upper: list[tuple[int, str]], below: str) -> list[tuple[int, str]] | None:
    """The cells of a table's header row written over two lines: each upper heading joined with the
    one under it (by where it starts), or a column of its own where none is under it.

    >>> _two_line_head([(38, "Tjänstgörande"), (61, "Närv."), (69, "§ 4")],
    ...                "Ledamöter                             ersättare                      Ja  Nej  Avstår")
    [(0, 'Ledamöter'), (38, 'Tjänstgörande ersättare'), (61, 'Närv.'), (69, '§ 4 Ja'), (73, 'Nej'), (78, 'Avstår')]
    """
    if "\t" in below or below.lstrip().startswith("|"):
        return None
    lower = [[pos, c] for pos, c in _row_cells(below)[0]]
    if len(lower) < 2 or lower[0][0] > 2:
        return None
    extra = []
    for pos, c in upper:
        under = next((cell for cell in lower if abs(cell[0] - pos) <= 2), None)
        if under is not None:
            under[1] = f"{c} {under[1]}"
        else:
            extra.append([pos, c])
    return [(pos, c) for pos, c in sorted(lower + extra)]


def _table_columns(cells: list[tuple[int, str]]) -> list[tuple[int, str, str]] | None:
    """(position, kind, header) per column when the cells are the header row of an attendance table.

    >>> [k for _, k, _ in _table_columns([(0, "Namn"), (1, "Organisation"), (2, "Närvarande")])]
    ['name', 'org', 'mark']
    >>> [k for _, k, _ in _table_columns([(0, "Närvarande"), (22, "Ledamöter"), (62, "Ersättare")])]
    ['org', 'name', 'name']
    >>> [k for _, k, _ in _table_columns([(0, "Beslutande"), (45, "Tjänstgörande ersättare")])]
    ['name', 'name']
    >>> _table_columns([(0, "Ordförande"), (20, "Sekreterare")]) is None
    True
    >>> [k for _, k, _ in _table_columns([(0, "Ledamöter (7)"), (33, "Parti"), (41, "Närvaro")])]
    ['name', 'party', 'mark']
    >>> [k for _, k, _ in _table_columns([(0, "Namn"), (1, "Organisation och funktion"), (2, "Närv.")])]
    ['name', 'title', 'mark']
    >>> [k for _, k, _ in _table_columns([(0, "Närvaro 2025"), (57, "11/3"), (64, "13/5"), (70, "14/10")])]
    ['name', 'dated', 'dated', 'dated']
    >>> [k for _, k, _ in _table_columns([(0, "Närvarande"), (1, "Anmält förhinder")])]
    ['name', 'name']
    >>> [k for _, k, _ in _table_columns([(0, "Huvudman"), (1, "Ordinarie"), (2, ""), (3, "Ersättare"), (4, "")])]
    ['org', 'name', 'mark', 'name', 'mark']
    >>> [k for _, k, _ in _table_columns([(0, "Ledamot"), (1, "Parti"), (2, "Närvaro"), (3, "Personlig ersättare"),
    ...                                   (4, "Ersättarens närvaro")])]
    ['name', 'party', 'mark', 'name', 'mark']
    >>> [k for _, k, _ in _table_columns([(0, "Ledamot"), (1, "Parti"), (2, "Närvarande"), (3, "Ersättare"),
    ...                                   (4, "Parti"), (5, "Tjänstgörande")])]
    ['name', 'party', 'mark', 'name', 'party', 'mark']
    """
    # "Ledamöter (7)": a närvarolista's heading counts the seats; "Tjänstgörande ersättare för …": a form's
    # heading ends in the blank its cells fill in
    heads = [_SEAT_COUNT.sub("", re.sub(r"\s*(?:…|\.{3})$", "", " ".join(c.lower().split()).rstrip(":")))
             for _, c in cells]
    if sum(1 for h in heads if h) < 2 or any(len(h) > 40 for h in heads):
        return None
    kinds: list[str] = []
    for h in heads:
        if not h:
            kinds.append("skip")
            continue
        kind = _column_kind(h)
        if kind is None and " " in h and len(h) <= 12 and (kind := _column_kind(h.replace(" ", ""))):
            # "Sig n.", "När v.": a heading a narrow cell broke inside its word, printed to PDF
            heads[len(kinds)] = h = h.replace(" ", "")
        if kind is None and _DATED_HEAD.match(h):
            kind = "dated"  # a roster kept over the year, a column of marks per meeting: "12/3 | 14/5 | 17/9"
        if kind is None:
            return None
        kinds.append(kind)
    names = [k for k, kind in enumerate(kinds) if kind == "name"]
    if len(names) == 2 and heads[names[0]] in _SUBSTITUTES_HEAD and _SERVES_FOR_COL.match(heads[names[1]]):
        # "Ersättare | Parti | Tjänstgörande ersättare för …": beside each ersättare the ledamot whose seat
        # the ersättare takes, or a note saying the ersättare did not serve or was away; no names of its own
        kinds[names[1]] = "serves_for"
        names = names[:1]
    if not names:
        return None
    away_lists: set[int] = set()
    if "absent_mark" in kinds and any(heads[k] in ("närvarande", "närvarande ledamöter") for k in names):
        # 'Närvarande | Anmält förhinder': beside a column of those there, one of those away, names too
        away_lists = {k for k, kind in enumerate(kinds) if kind == "absent_mark"}
        kinds = ["name" if k in away_lists else kind for k, kind in enumerate(kinds)]
        names = [k for k, kind in enumerate(kinds) if kind == "name"]
    for k in names:
        others = [j for j in names if j != k and heads[j] != "närvarande" and j not in away_lists]
        if heads[k] == "närvarande" and others:
            if k == 0 and all(heads[j] not in _GENERIC_NAME_COL for j in others):
                kinds[k] = "org"  # 'Närvarande | Ledamöter | Ersättare': the first column holds the huvudman
            else:
                kinds[k] = "mark"  # 'Namn | … | Närvarande': a presence column beside the names
    names = [k for k, kind in enumerate(kinds) if kind == "name"]
    if "joined" in kinds:
        # the report's own 'Roll' column says how each took part (Organisatör, Deltagare, Presentatör)
        kinds = ["invited_as" if kind == "title" and heads[k] in ("roll", "role") else kind for k, kind in enumerate(kinds)]
        if "org" not in kinds:
            # its 'E-post' column, where no column names the huvudman: the mail domain does ("@regionnorrby.se")
            kinds = ["mail" if kind == "skip" and heads[k] in ("e-post", "epost", "email", "e-mail") else kind
                     for k, kind in enumerate(kinds)]
    if "response" in kinds and len(names) >= 2:
        for k in names[1:]:
            if heads[k] == "deltagare":
                kinds[k] = "invited_as"  # 'Namn | Deltagare | Svar': how each was invited, beside the name
        names = [k for k, kind in enumerate(kinds) if kind == "name"]
    if (len(names) >= 2 and names[0] == 0 and heads[0] in _GENERIC_NAME_COL and not away_lists
            and (len(names) >= 3 or "ersättare" not in heads[names[1]])):
        # 'Beslutande | Ledamöter | Tjänstgörande ersättare'; but 'Beslutande | Tjänstgörande ersättare'
        # side by side are two lists of names
        kinds[0] = "org"  # 'Beslutande | Ledamöter | Tjänstgörande ersättare
    blanks = [k for k, h in enumerate(heads) if not h]
    if len(names) >= 2 and blanks == [k + 1 for k in names]:
        # "Ordinarie | | Ersättare | ": a narrow column with no heading right after each column of names,
        # the last one too, holds the marks of the names on its left (a mark before a name has none after the last)
        kinds = ["mark" if k in blanks else kind for k, kind in enumerate(kinds)]
    elif blanks == [0] and names and names[0] == 1:
        # "| | Namn | Organisation | Roll |" with "✅" or "❌" in the first cell: a meeting app's column of who took
        # part, its heading left empty, before the names
        kinds[0] = "mark"
    if len(names) < 2 and len(set(kinds) - {"skip", "name"}) < 1:
        return None
    return [(pos, kind, h) for (pos, _), kind, h in zip(cells, kinds, heads)]


def _marks_after_names(cols: list[tuple[int, str, str]], rows: list[list[tuple[int, str]]]) -> list[tuple[int, str, str]]:
    """The columns of a Word roster whose narrow unheaded columns hold the marks of the names on their left
    ("Huvudman | Ordinarie | | Ersättare | "), where the line has lost the empty heading after its last names:
    a row below with a mark beyond the header's last column tells it. Without one the unheaded column may be
    the mark of the names on its right, as a list of names after their crosses has it.

    >>> cols = [(0, "org", "huvudman"), (1, "name", "ordinarie"), (2, "skip", ""), (3, "name", "ersättare")]
    >>> [k for _, k, _ in _marks_after_names(cols, [[(0, "Åby kommun"), (1, "Eva Ek"), (2, "X"), (3, "Bo Ek"), (4, "X")]])]
    ['org', 'name', 'mark', 'name', 'mark']
    >>> [k for _, k, _ in _marks_after_names(cols, [[(0, "Åby kommun"), (1, "Eva Ek"), (2, "X"), (3, "Bo Ek")]])]
    ['org', 'name', 'skip', 'name']
    """
    kinds = [k for _, k, _ in cols]
    names = [k for k, kind in enumerate(kinds) if kind == "name"]
    blanks = [k for k, (_, kind, h) in enumerate(cols) if kind == "skip" and not h]
    n = len(cols)
    if names and names[-1] != n - 1 and "mark" not in kinds and (blanks == [n - 1] or not blanks):
        # "Deltagare | Funktion | Organisation | " with "X" or "anmält förhinder" in the last cell of each row: the
        # unheaded column at the end (its empty heading cut off the line, or kept) holds each row's presence
        last = n - 1 if blanks else n
        filled = [cells[last][1] for cells in rows if len(cells) > last and cells[last][1]]
        if len(filled) >= 2 and all(_is_mark(c) or _ABSENT_IN_WORDS.fullmatch(c) for c in filled):
            return [(pos, "mark" if k == last else kind, h) for k, (pos, kind, h) in enumerate(cols)] + (
                [] if blanks else [(n, "mark", "")])
    if len(names) < 2 or names[-1] != n - 1 or not blanks or blanks != [k + 1 for k in names[:-1]]:
        return cols
    beyond = False
    for cells in rows:
        if not cells or not any(c for _, c in cells):
            break
        if len(cells) > n and _is_mark(cells[n][1]) and not any(c for _, c in cells[n + 1:]):
            beyond = True
    if not beyond:
        return cols
    return [(pos, "mark" if k in blanks else kind, h) for k, (pos, kind, h) in enumerate(cols)] + [(n, "mark", "")]


# the cross after a name in a roster of crosses, with the legend's word for serving after it: "x tjg"
_CROSS_AND_SEAT = re.compile(r"[xX✓✔☒](?:\s+(tjg\.?|tjänstgör|tjänstgörande))?", re.I)


def _crosses_after_names(cols: list[tuple[int, str, str]], rows: list[list[tuple[int, str]]]) -> bool:
    """Whether a roster laid out with spaces, two columns of names and none of marks in its header
    ("Huvudman   Ordinarie   Ersättare"), sets each cross after the name it marks: some row ends in one.
    A cross before each name leaves the row's last cell a name ("x  Eva Ek   x  Bo Ek").

    >>> cols = [(0, "org", "huvudman"), (16, "name", "ordinarie"), (59, "name", "ersättare")]
    >>> _crosses_after_names(cols, [[(0, "Åby kommun"), (16, "Eva Ek, MAS"), (40, "X"), (59, "Bo Ek"), (80, "X")]])
    True
    >>> _crosses_after_names(cols, [[(0, "Åby kommun"), (16, "x  Eva Ek, MAS"), (59, "x  Bo Ek")], [(16, "Per Ek"), (59, "–")]])
    False
    """
    if sum(1 for _, kind, _ in cols if kind == "name") < 2 or any(kind in ("mark", "nf_mark", "skip") for _, kind, _ in cols):
        return False
    for cells in rows:
        cells = [(pos, c) for pos, c in cells if c]
        if not cells:
            break
        if (len(cells) >= 3 and _CROSS_AND_SEAT.fullmatch(cells[-1][1]) and not _is_mark(cells[-2][1])
                and not _MARK.match(cells[-2][1])):
            return True
    return False


def _column_kind(head: str) -> str | None:
    """What an attendance table's column holds, by its heading (lower case); None for no such heading. A heading
    broken in its narrow cell, as a PDF prints it, is read whole.

    >>> _column_kind("medlemskom mun"), _column_kind("befatt ning"), _column_kind("namn"), _column_kind("nytt ärende")
    ('org', 'title', 'name', None)
    """
    kind = "name" if _COL_NAME.match(head) else next((k for k, pat in _COL_KINDS if pat.match(head)), None)
    if kind is None and (broken := _BROKEN_HEAD.fullmatch(head)):
        whole = broken.group(1) + broken.group(2)
        kind = "name" if _COL_NAME.match(whole) else next((k for k, pat in _COL_KINDS if pat.match(whole)), None)
    return kind


# a heading broken in its cell: "Medlemskom mun", "Befatt ning"
_BROKEN_HEAD = re.compile(r"([a-zåäö]{4,})\s([a-zåäö]{1,4})")


# a roster's column of the part each plays in the body ("Roll | Ordförande / Ledamot / Samordnare")
# (not "Uppdrag": a förbund's roster gives there the seat of some, "Ordförande", "Ledamot", and the job title of a member's
# official who sits for it, "hälso- och sjukvårdsdirektör", no sign of one who holds no seat)
_ROLE_COLUMNS = frozenset({"roll", "role", "roll i gruppen"})
# a function in a body a roster's Roll column gives alone in its cell, as it gives a seat
_GROUP_FUNCTION = re.compile(r"(?i)[a-zåäö-]*(?:samordnare|processledare|koordinator)|processägare|(?:patient|brukar)representant")
_PROCESS_FUNCTION = re.compile(r"(?i)process(?:ledare|ägare)|(?:patient|brukar)representant")
# a function in a staff, written before the name in a list by function: "Stabschef", "Informationsansvarig", "Loggförare"
_STAFF_FUNCTION = re.compile(r"(?i)[a-zåäö-]*(?:chef|ansvarig|ledare|samordnare|förare|sekreterare)")
# a role or a title by its definite noun after a label, for the one who holds it: "Anteckningar: samordnaren"
_ROLE_HOLDER = re.compile(r"(?i)(?:[a-zåäö-]*(?:samordnare|processledare|koordinator|sekreterare)n|(?:vice\s+)?ordföranden)")


# a presence cell saying who stands in for the one away: "Nej – Moa Ek ersätter"
_STAND_IN_MARK = re.compile(r"^(?:[Nn]ej\s*)?[–-]\s*(?P<n>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2})\s+ersätter\b")
# a presence cell naming who sat in the row's seat: "Ersatt av Sara Lind (KD)", "Nej – ersätts av Elin Ek, chef"
_STOOD_IN_BY_MARK = re.compile(r"^(?:(?:[Nn]ej|[Ff]rånvarande|[Ff]örhinder)\s*[,–-]?\s*)?[Ee]rsatt(?:es|s)?\s+av\s+"
                               r"(?P<who>[A-ZÅÄÖ].*)$|^(?:(?:[Nn]ej|[Ff]rånvarande|[Ff]örhinder)\s*[,–-]?\s*)?[Ee]rsätts\s+av\s+"
                               r"(?P<who2>[A-ZÅÄÖ].*)$")


def _is_prose_line(text: str) -> bool:
    """Whether a line under a roster table is a sentence of its own, not a row: a capital, words with single
    spaces only and a full stop at the end, with a verb among them.

    >>> _is_prose_line("Hugo Rantanen har lämnat sekreterarrollen; Oliver Strand för anteckningar fr.o.m. i dag.")
    True
    >>> _is_prose_line("Oliver Strand, systemförvaltare"), _is_prose_line("Eva Ek, Åby kommun, ersättare för Bo Lind.")
    (False, False)
    """
    words = text.split()
    return (len(words) >= 6 and text[:1].isupper() and text.rstrip().endswith((".", "!"))
            and any(w.casefold() in _PROSE_VERBS for w in words))


# finite verbs that make a line under a roster a sentence of its own
_PROSE_VERBS = frozenset({"har", "hade", "är", "var", "blir", "kommer", "ska", "lämnar", "tar", "går", "deltar",
                          "deltog", "ersätter", "efterträder", "tillträder", "slutar", "börjar"})


class _Table:
    """An attendance table being read row by row; a cell per column."""

    def __init__(self, columns: list[tuple[int, str, str]], by_index: bool, ident: int):
        self.columns = columns
        self.by_index = by_index
        self.ident = ident
        self.party_rows = 0  # rows whose name cell gives a party: "Eva Lindqvist (S)"
        self.org: str | None = None
        self.marked = False
        # who stands in for whom, as the presence cell of the one away says: "Nej – Moa Ek ersätter"
        self.stand_ins: set[str] = set()
        # a section row in the name column ("Ersättare"): (status, roles) of the rows under it
        self.section: tuple[str, list[str]] | None = None
        self.line = 0  # the line of its header row
        # a cross after each name, none before ("Henrik Alm, …  X  Louise Fjäll, …"), as rows ending in one tell
        self.marks_after = False
        # per name column, the entry its last cell began and the line of the table's last row: a cell
        # wrapped onto the next line goes on with that entry
        self.tails: dict[int, dict] = {}
        self.row_line = 0
        self.last_cells: dict[int, str] = {}  # the cells of the last row read, by column
        # where the rows under a label of their own or after a page break are laid out apart from the
        # header: where their cells start, column by column
        self.relaid: list[int] | None = None
        self.words: list[str] = []  # the minutes' lines, where a cell's place is spelt without å, ä, ö (a mail domain)

    def _place(self, cells: list[tuple[int, str]]) -> dict[int, str]:
        row: dict[int, str] = {}
        n = len(self.columns)
        for pos, text in cells:
            if not text:
                continue
            if self.by_index:
                k = min(pos, n - 1)
            else:
                k = min(range(n), key=lambda j: abs(self.columns[j][0] - pos))
            row[k] = f"{row[k]} {text}" if k in row else text
        return row

    def wrapped(self, cells: list[tuple[int, str]], line: int) -> tuple[dict[int, str], list[tuple[int, str]]]:
        """The cells of a row that go on with the entry above them in their name
        column, a roster's cell wrapped over lines ("Göran Viklund, S, Region" / "Tallmark, ordförande";
        "Lennart Oxelgren, …, tjänstgörande för" / "Tove Ringqvist"), and the line's other cells.

        A cell goes on with the one above where that one waits for a name ("… för"); where it starts no
        name, also where that one is open (it ends with a comma, a hyphen, a "Region" waiting for its
        name) or the cell reads as the rest of an entry (lower case, a comma, a number of a §) in a row
        that fills no column of huvudman, party or marks; a label starts a section instead.
        """
        if line != self.row_line + 1 or not self.tails:
            return {}, cells
        n = len(self.columns)
        found: dict[int, str] = {}
        rest = []
        placed = [(min(pos, n - 1) if self.by_index else min(range(n), key=lambda j: abs(self.columns[j][0] - pos)),
                   pos, text) for pos, text in cells]
        # a row that fills a column of huvudman, party or marks begins a row of its own
        new_row = any(text and self.columns[k][1] != "name" for k, _, text in placed)
        for k, pos, text in placed:
            last = self.tails.get(k)
            lab = _match_label(text) if text else None
            named = bool(text) and bool(leading_name(_lead_title(_MARK.sub("", text))[2])[0])
            if (text and last is not None and k not in found and not (lab and lab[2])
                    and not _ENTRY_WORD.fullmatch(text) and (
                    _NAME_AWAITED.search(last["text"])
                    or ((given := _GIVEN_NAME_AWAITS.search(last["text"])) and _SURNAME_CELL.fullmatch(text)
                        and is_given_name(given.group(1)))
                    or (not named and (_OPEN_CELL_END.search(last["text"]) or (
                        not new_row and (text[0].islower() or "," in text or re.search(r"\d", text))))))):
                found[k] = text
                tail = last["text"]
                last["text"] = (tail[:-1] + text if tail.endswith("-") and text[0].islower()
                                else tail + text if tail.endswith("-") else f"{tail} {text}")
                text = ""  # the cell stays, empty, where a Word row places its cells by index
            rest.append((pos, text))
        names = [k for k, (_, kind, _) in enumerate(self.columns) if kind == "name"]
        entry = self.tails.get(names[0]) if len(names) == 1 and names[0] in self.last_cells else None
        if entry and not found and all(k not in self.tails and self.columns[k][1] in ("title", "org", "unit") and text
                                       and not leading_name(text)[0] for k, _, text in placed) and placed:
            # "certifierad kommunal revisor, Revisa" / "Kommunrevision AB, sakkunnigt biträde": a detail cell of the
            # row above wrapped onto a line of its own, the row's name column empty
            for k, _, text in placed:
                above = self.last_cells.get(k)
                at = entry["text"].find(above) if above else -1
                if at < 0:
                    return found, rest
                entry["text"] = f"{entry['text'][:at + len(above)]} {text}{entry['text'][at + len(above):]}"
                self.last_cells[k] = f"{above} {text}"
                found[k] = text
            return found, [(pos, "") for pos, _ in cells]
        return found, rest

    def in_own_columns(self, cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Cells of a row laid out as the relaid rows are, placed where the header's columns start."""
        starts = self.relaid or []
        return [(self.columns[min(range(len(starts)), key=lambda j: abs(starts[j] - pos))][0], text)
                for pos, text in cells] if len(starts) == len(self.columns) else cells

    def crowded(self, cells: list[tuple[int, str]]) -> bool:
        """Whether a row of as many cells as the header has columns (its last may be empty) stands apart
        from the header's columns, so that its cells fall nearest to columns out of their order."""
        n = len(self.columns)
        if not n - 1 <= len(cells) <= n or len(cells) < 3 or not all(t for _, t in cells) or self.aligned(cells):
            return False
        nearest = [min(range(n), key=lambda j: abs(self.columns[j][0] - pos)) for pos, _ in cells]
        if nearest == sorted(set(nearest)) and (
                # a row leaving its first columns empty (a second person of the huvudman above)
                nearest[0] > 0 and abs(self.columns[nearest[0]][0] - cells[0][0]) <= 2
                # a mark under each mark column it reaches: a row a cell short that leaves a column between empty
                # ("Region X | Ingrid Marklund (S), ordförande | – | Eva-Britt Lönnqvist (S)" under "Huvudman |
                # Ledamot | Tjänstgörande ersättare | Ersättare"), pushed right by a long cell before it
                or all(self.columns[k][1] not in ("mark", "nf_mark") or _is_mark(t) for k, (_, t) in zip(nearest, cells))):
            return False  # in order: read where its cells stand
        return nearest != list(range(len(cells)))

    def in_header_order(self, cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Cells of a crowded row (see :meth:`crowded`) in the header's order. A row a cell short of the
        header leaves empty the presence column its next cell is no mark for: the ledamot of a roster of
        paired columns without a mark beside, the ersättare beside with one ("Anders Holm, …   Nadia
        Hussein, …   x" under "Ordinarie   Närv.   Ersättare   Närv.")."""
        spare = len(self.columns) - len(cells)
        out: list[tuple[int, str]] = []
        for pos, kind, _ in self.columns:
            if len(out) == len(cells):
                break
            text = cells[len(out)][1]
            if spare and kind == "mark" and not _is_mark(text):
                spare -= 1
                continue
            out.append((pos, text))
        return out

    def aligned(self, cells: list[tuple[int, str]]) -> bool:
        """Whether every cell of a line laid out with spaces starts where a column of this table does."""
        starts = [c[0] for c in self.columns]
        return not self.by_index and len(cells) >= 2 and all(any(abs(pos - st) <= 2 for st in starts)
                                                             for pos, text in cells if text)

    def _own_mark(self, k: int, names: list[int], marks: dict[int, str]) -> str | None:
        """The reading of the presence column right after name column ``k``, where each of two or more
        name columns has one of its own; None otherwise."""
        if len(names) < 2 or len(marks) < 2:
            return None
        nxt = min((j for j in names if j > k), default=len(self.columns))
        own = [marks[j] for j in range(k + 1, nxt) if j in marks]
        return own[0] if len(own) == 1 else None

    def _bare_name_row(self, cells: list[tuple[int, str]]) -> bool:
        """Whether a line without tabs under a Word table of names is the table's row whose cells after the name are
        empty: the line lost its trailing tabs ("Eva Ek (S)" between "Bo Ax (S)\tordförande\t" and "Olle
        Sten (C)\t\tLiv Ros (C)"), a name with the party as the name column's cells write it, no label."""
        if len(cells) != 1 or self.columns[0][1] != "name" or self.party_rows < 1:
            return False
        v = cells[0][1].strip()
        nm, rest = leading_name(v)
        return bool(nm) and _PARTY.fullmatch(rest.strip()) is not None and _match_label(v) is None

    def read_row(self, cells: list[tuple[int, str]], status: str | None, roles: list[str],
                 own_section: bool = False) -> list[dict] | None:
        """Raw entries of one row; None when the line is no row of this table. ``own_section``: the row
        is under a label below the header ("Ledamöter  Närvarande" … "Suppleanter"), whose roles the
        name column's heading does not override."""
        if self.by_index and len(cells) < 2 and not self._bare_name_row(cells):
            return None
        if self.marks_after:
            # "Henrik Alm, …  X  Louise Fjäll, …": the cross is the name's on its left; read it as one before it
            kept: list[tuple[int, str]] = []
            for pos, text in cells:
                if kept and (cross := _CROSS_AND_SEAT.fullmatch(text)) and not _is_mark(kept[-1][1]):
                    # ("x tjg" after an ersättare's name: there, and serving in the seat)
                    kept[-1] = (kept[-1][0], f"X {kept[-1][1]}" + (", tjänstgörande ersättare" if cross.group(1) else ""))
                else:
                    kept.append((pos, text))
            cells = kept
        row = self._place(cells)
        self.last_cells = dict(row or {})
        if not row:
            return []
        filled = [v for v in row.values() if v]
        if len(filled) == 1 and filled[0] == row.get(0) and _ORG.fullmatch(filled[0].strip()):
            # "Region Norrby" / "Åby kommun" on a row of its own over the rows of its people: a heading
            # naming the huvudman of the rows below it, no end of the table
            self.org = filled[0].strip()
            return []
        label_paragraphs: list[str] = []
        for k, (_, kind, _) in enumerate(self.columns):
            v = row.get(k)
            if kind == "org" and v and not (k > 0 and self.columns[k][2] == "kommun"):
                lab = _match_label(v)
                item = _LABEL_FOR_ITEM.match(v) if lab is None and " " in v else None
                if item and (lab := _match_label(item.group("label"))) and lab[0] == "guest":
                    label_paragraphs = ["§ " + item.group("n")]
                if (lab and lab[2] and lab[0] == "guest" and not lab[3] and len(row) > 2
                        and any(kd in ("mark", "nf_mark") for _, kd, _ in self.columns)):
                    # "Övriga | Vera Lund (sekreterare) | Enheten för … | N": a row of the table whose first
                    # cell says its person is no member, not a label over rows of its own
                    status, roles, own_section = "guest", [], True
                    # ("Tove Ek | Förbundschef | Kansliet | Närvarande": no huvudman's, nor the row's above)
                    self.org = None
                    del row[k]
                    continue
                if lab and lab[2] or _SIGNATURE_LABEL.match(v.lower()) or (
                        # (a one-word organisation in a column right of the names is the row's: "Lungföreningen")
                        (k == 0 or k < min((j for j, c in enumerate(self.columns) if c[1] == "name"), default=0))
                        and " " not in v and not _ORG.search(v) and not _UNIT_ENDING.search(v.casefold())
                        and not _AUTHORITY_WORD.fullmatch(v)
                        # ("Kommunen | A (S), B (M) | C (C)": the kommun's side of a råd, in the definite, by
                        # the pensioners' associations' rows)
                        and v.casefold() not in ("kommunen", "regionen")):
                    return None  # a new section in the left column ("Tjänstgörande" / "ersättare"), not
                    # the unit a secretary comes from ("Samverkanskansliet")
        names = [k for k, (_, kind, _) in enumerate(self.columns) if kind == "name"]
        for k in names:  # "Lundgren, Eva (Region X)": a name cell surname first, as mail clients write it
            v = row.get(k, "")
            if "," in v and len(turned := _surname_comma_given([p.strip() for p in v.split(",", 1)])) == 1:
                row[k] = turned[0]
        values = [row.get(k, "") for k in names]
        if not any(leading_name(_lead_title(_MARK.sub("", _strip_bullet(v)))[2])[0] or _is_initials(v.split(" ")[0])
                   or v.lower().strip(" .") in ("vakant", "–", "-", "—") for v in values if v):
            if not self.by_index and not any(v for v in values):
                return []  # a wrapped detail in another column
            if self.by_index and row.get(names[0]) is None:
                return []
            return None
        details, party, mark_status, initials = [], None, None, None
        marks: dict[int, str] = {}  # each presence column's reading
        stood_in_by: list[str] = []  # who sat in the row's seat, as its presence cell names them
        function = None  # the row's function in the body, as its Roll column gives it
        staff_role = None  # the row's function in a staff listed by function, a seat in it
        dated: dict[int, str] | None = None
        paragraphs: list[str] = []
        own_paragraphs: list[str] = list(label_paragraphs)  # written with the presence mark or the row's label
        seat_marks: dict[int, str] = {}  # each name column's presence, as a note on the seat says it in words
        seated = [j for j, (_, kd, _) in enumerate(self.columns) if kd == "name"]
        for k, (_, kind, head) in enumerate(self.columns):
            v = row.get(k, "")
            if (kind in ("mark", "note") and v and len(seated) == 2 and self.columns[seated[0]][2] in _SEAT_HOLDER_COL
                    and self.columns[seated[1]][2] in _SUBSTITUTES_HEAD and (sp := _seat_presence(v))):
                # "Ledamot | Ersättare | Närvaro" with "Ersättare tjänstgör" beside the pair: each one's presence
                seat_marks = dict(zip(seated, sp))
                mark_status = sp[0]
                continue
            if kind == "org" and head == "kommun" and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö-]+", v or ""):
                # "Kommun" column of a gemensam nämnd's närvarolista: "Östervik" is Österviks kommun
                self.org = f"{v}{'' if v[-1] in 'aeiouyåäösxz' else 's'} kommun"
            elif kind == "org":
                # (a company by its form: "Källviks Läkarhus AB", a private care provider whose words may read as a name)
                if v and (_ORG.search(v) or not leading_name(v)[0] or _COMPANY_FORM.search(v)):
                    org, sep, tail = v.partition(", ")
                    if sep and _ORG.fullmatch(org.strip()):
                        # "Region X, ordförande", "Åby kommun, för Per Ek (S)": the seat's role or whom
                        # the person stands in for, written after the huvudman in its cell
                        self.org = org.strip()
                        details.append(tail.strip())
                    else:
                        self.org = v
            elif kind == "party" and v:
                party = v.strip("() ")
            elif kind == "nf_mark":
                if v[:1] in ("N", "n", "F", "f") and len(v.rstrip(".")) == 1:
                    mark_status = "present" if v[:1] in "Nn" else "absent"
                    marks[k] = mark_status
            elif kind == "absent_mark":
                if v and not _ABSENT_MARK.match(v) and mark_status is None:
                    mark_status = "absent"  # 'Förhinder: X'
            elif kind == "mark":
                # several presence columns ('på plats', 'via Teams'): a mark in any of them is presence
                part = _ITEM_MARK.match(v or "") or _PRESENT_FOR_ITEM.match(v or "")
                if part and mark_status is None:
                    # "p. 3" where the others have "x": there for that item only, invited to it, no seat
                    mark_status = "guest"
                    own_paragraphs.append("§ " + part.group(1))
                    continue
                if mark_status is None and v and _GUEST_NOTE.match(v):
                    # "Gäst, punkt 3" in the Närvaro column beside the members' "Ja": there as a guest
                    mark_status = "guest"
                    if (lm := _LABEL_FOR_ITEM.match(v)) is not None:
                        own_paragraphs.append("§ " + lm.group("n"))
                    continue
                if mark_status is None and v and _PRESENT_AS_GUEST.match(v.strip()):
                    # "Ja, gäst" / "x (adjungerad)" in the Närvaro column: there, as a guest without a seat
                    mark_status = "guest"
                    continue
                if v and (sb := _STOOD_IN_BY_MARK.match(v.strip())):
                    # "Ersatt av Sara Lind (KD)" in the Närvaro column: the row's person away, the one named there in
                    # the seat
                    mark_status, marks[k] = "absent", "absent"
                    stood_in_by.append(sb.group("who") or sb.group("who2"))
                    continue
                if v and _SEATED_AS_MARK.fullmatch(v.strip()):
                    # "Ersättare" in the Närvaro column beside the members' "Ja": there, in an ersättare's seat
                    mark_status, marks[k] = "present", "present"
                    details.append(v.strip().casefold())
                    continue
                if v and _PRESENT_MARK.match(v):
                    mark_status = "present"
                elif mark_status is None and (not v or _ABSENT_MARK.match(v)):
                    mark_status = "absent"
                marks[k] = "present" if v and _PRESENT_MARK.match(v) else "absent"
                rest = re.sub(r"^(?:[xX✓✔☒]|ja|nej|[01]$)\b", "", v).strip()
                if "ersätter" in rest and (sm := _STAND_IN_MARK.match(rest)):
                    self.stand_ins.add(sm.group("n").casefold())
                elif (" för " in rest or "ersätter" in rest) and _STANDS_IN_FOR.search(rest):
                    # "närvarande, deltar som ersättare för Jenny Sandin" / "✔ (ersätter Jenny Sandin)" in the
                    # Närvaro column: there, standing in for the one it names, as the name's own cell would say it
                    # ("Tjänstgör för Sven Ek" alone in the cell: the stand-in's words, written small as a detail is)
                    said = re.sub(r"(?i)^(?:närvarande|närv\.?|deltog|deltar)\b[,;\s]*", "", rest.strip("() ")).strip()
                    details.append(said[:1].lower() + said[1:])
                elif _SECRETARY_FUNCTION.search(rest) and _PRESENT_MARK.match(v):
                    # "närvarande, antecknar" in the Närvaro column: there, and keeping the notes
                    details.append("sekreterare")
                if "§" in rest or re.match(r"\d", rest):
                    own_paragraphs.append(rest if "§" in rest else "§ " + rest)
            elif kind == "serves_for" and v:
                # "Anna Ek (S)", "Anna Ek (S), § 98": serving in that ledamot's seat (for those paragraphs);
                # "Närvarande, ej tjänstgörande": there without a seat to take; "Ej närvarande": away
                v = re.sub(r"^(?:för|tjänstgör\s+för)\s+", "", v)
                stood, rest = leading_name(v)
                if stood:
                    mark_status = "present"
                    details.append(f"tjänstgörande ersättare för {v.split(',')[0].strip()}")
                    tail = rest.strip(" ,")
                    tail = re.sub(r"^\([^()]*\)[\s,]*", "", tail)
                    if "§" in tail:
                        own_paragraphs.append(tail)
                elif re.match(r"(?i)(?:närvarande|närv\.?|deltog|deltar)\b|ej\s+tjänstgör", v):
                    mark_status = "present"
                elif re.fullmatch(r"[-–—]+", v.strip()):
                    pass  # "–" under "Tjänstgör för": no seat taken, the same as an empty cell, not an absence
                elif _ABSENT_MARK.match(v):
                    mark_status = "absent"
            elif kind == "response" and v:
                if _ACCEPTED.match(v) and mark_status != "guest":
                    mark_status = "present"
                elif _DECLINED.match(v):
                    mark_status = "absent"
            elif kind == "mail" and v and (org := huvudman_of_mail(v, self.words)):
                self.org = org
            elif kind == "joined" and v and mark_status is None:
                mark_status = "present"  # a time the person joined the call
            elif kind == "invited_as" and v:
                m = _INVITED_AS.match(v)
                if m and m.group("guest"):
                    mark_status = "guest" if mark_status != "absent" else mark_status
                elif m and m.group("organiser") and mark_status is None:
                    mark_status = "present"
            elif kind == "para" and v:
                paragraphs.append(v if "§" in v else "§ " + v)
            elif kind == "initials" and v and _is_initials(v):
                initials = v
            elif kind == "dated":
                dated = dated if dated is not None else {}
                dated[k] = v
            elif (kind == "title" and v and head == "funktion" and names and k < names[0]
                  and any(c[1] == "title" for c in self.columns[names[0] + 1:])):
                # "Funktion | Namn | Förvaltning/organisation", a crisis staff's list: the function the person holds in
                # the staff before the name ("Stabschef", "Informationsansvarig"), or the field the person answers
                # for ("IT", "Socialtjänst"), no title; the cell after the name gives the title
                if _STAFF_FUNCTION.fullmatch(v.strip()):
                    staff_role = v.strip().casefold()
            elif kind == "title" and v and head in _ROLE_COLUMNS and (
                    _GROUP_FUNCTION.fullmatch(v.strip()) or _PROCESS_FUNCTION.fullmatch(v.split(",")[0].strip())):
                # "Roll | Samordnare" beside "Ordförande", "Ledamot": the person's function in the body, no title;
                # "Processledare, sekreterare": the function, then the seat's other duty (a samordnare's job title
                # before "sekreterare" is an official's: "minoritetssamordnare, sekreterare")
                function, _, also = (x.strip() for x in v.partition(","))
                function = function.casefold()
                if also:
                    details.append(also)
            elif kind in ("title", "unit", "note") and v and v not in ("–", "-", "—"):
                # (a dash is an empty cell, not a mark saying the person is away)
                # ("Ordförande · hälso- och sjukvårdsdirektör": a meeting app's cell, the seat and the title a dot apart)
                details.extend(x for x in re.split(r"\s+·\s+", v) if x) if " · " in v else details.append(v)
        out = []
        # "Ledamöter | Tjänstgörande ersättare": the row's ledamot away, the ersättare beside her serving in her seat
        # (for the whole meeting: one serving for some paragraphs, "Sanna Pihlaja (S) §§ 45–47", leaves her there;
        # one serving for someone the cell names, "Ylva Kronqvist (S) för Göran Ljung (S)", stands in for that one)
        # (a dash in the ersättare's cell is a cell left empty: "Ja | –", no one in the seat but its holder)
        stood_in = (len(names) >= 2 and self.columns[names[0]][2] in _SEAT_HOLDER_COL
                    and any(v and v.strip() not in _DASHES and "§" not in v and " för " not in v
                            and _STOOD_IN_COL.match(self.columns[k][2]) for k, v in zip(names[1:], values[1:])))
        for k, v in zip(names, values):
            if not v:
                continue
            head = self.columns[k][2]
            st, rl = status, list(roles)
            lab = _match_label(head) if head not in _GENERIC_NAME_COL else None
            if _SUBSTITUTE_COL.match(head):
                lab = ("present", ["ersättare"], True, "")
            elif self.section and k == names[0]:
                lab = (*self.section, True, "")
            if lab and lab[2] and not (own_section and roles):
                if lab[0] in ("guest", "absent") or st in (None, "present", "roster"):
                    st = lab[0] if lab[0] in ("guest", "absent") or st is None else st
                rl = list(lab[1])
            marked = None
            m = _MARK.match(v)
            if m:
                marked, v = True, v[m.end():]
                self.marked = True
            elif k > 0 and self.columns[k - 1][1] == "skip" and re.fullmatch(r"[xX✓✔☒]", row.get(k - 1, "")):
                marked = self.marked = True  # the mark in its own unnamed column before the name
            nm, rest = leading_name(v)
            if nm and nm.casefold() in self.stand_ins and st == "present":
                rl = ["ersättare"] + [r for r in rl if r not in ("ledamot", "ersättare")]  # standing in, named above
            if nm and party and not _PARTY.match(rest.strip()):
                v = f"{nm} ({party}){rest}"
            text = ", ".join([v, *details, *paragraphs, *(own_paragraphs if k == names[0] else [])])
            own_mark = self._own_mark(k, names, marks)
            if own_mark:  # "Ordinarie ledamot | Närv. | Ersättare | Närv.": each name its own mark
                st = own_mark if st != "guest" or own_mark == "absent" else st
            elif mark_status and k == names[0]:  # the presence mark is the row's own person's
                st = mark_status if st != "guest" or mark_status == "absent" else st
            if stood_in and k == names[0] and st == "present":
                st = "absent"
            if k in seat_marks:
                st = seat_marks[k]
            if "(" in v and _EXTERNAL_NOTE.search(v) and st != "absent" and not any(
                    _REPRESENTATIVE_SEAT.fullmatch(str(c).strip(" *_")) for c in [*rl, *details, *row.values()]):
                # "Berg, Olle (Extern)": a guest from outside, as Teams marks one (not one whose row gives him a seat
                # in the body, "Brukarrepresentant": outside the huvudmän's staff, a member all the same)
                st = "guest"
            if st == "guest" and (mark_status or st != status):  # a guest by the row itself: no seat in the body
                rl = [r for r in rl if r != "ledamot"]
            if (k == names[0] and party is None and "ledamot" in rl and st == "present" and details
                    and any(kind == "party" for _, kind, _ in self.columns)
                    and not any(_SEAT_WORD.search(d) for d in details)):
                # a roster of politicians by party: a row with no party and a job title for its
                # function ("Socialchef", "Nämndsekreterare") is an official, no member
                st, rl = "guest", [r for r in rl if r != "ledamot"]
            if k == names[0] and _PARTY.search(v):
                self.party_rows += 1
            elif (k == names[0] and self.party_rows and "ledamot" in rl and st == "present" and details
                    # (an arbetsutskott's "Namn | Funktion | Närvarande | Frånvarande": "Funktion" its Roll column)
                    and any(h in _ROLE_COLUMNS or h == "funktion" for _, _, h in self.columns)
                    and not any(_SEAT_WORD.search(d) for d in details)):
                # "| Eva Lindqvist (S) | Åby kommun | ordförande |" over "| Johan Ek | förbundet | förbundschef |"
                # ("| Per Lind | kommundirektör | x | |" under "| Eva Ek (S) | ordförande | x | |"):
                # below politicians named with their parties, a row with none and no seat in its Roll is an official
                st, rl = "guest", [r for r in rl if r != "ledamot"]
            if (k == names[0] and "ledamot" in rl and any(_SECRETARY_WORD.search(d) for d in details)
                    and not any(_SEAT_WORD.search(d) for d in details) and self.org and not _ORG.search(self.org)):
                # "Samverkanskansliet | Karin Falk | Processledare, sekreterare": the secretary a kansli
                # provides keeps the minutes and holds no seat (one a huvudman sends may hold one)
                rl = [r for r in rl if r != "ledamot"]
            if k == names[0] and "ledamot" in rl and any(_NO_SEAT.search(d) for d in details):
                # "Sara Nyhlén | sekreterare, ej ledamot | Region X": the row says its person holds no seat
                rl = [r for r in rl if r != "ledamot"]
            if k == names[0] and function:
                rl = [function] + [r for r in rl if r != "ledamot"]
            if k == names[0] and staff_role:
                rl = [staff_role] + rl
            if k == names[0] and "ledamot" in rl and any(_SECRETARY_FUNCTION.fullmatch(d.strip()) for d in details):
                # "Loggförare | Elin Dahl": the function column says only that the person keeps the minutes
                rl = [r for r in rl if r != "ledamot"] + ([] if "sekreterare" in rl else ["sekreterare"])
            out.append({"text": text, "status": st, "roles": rl, "table": self.ident, "mark": marked, "col": k,
                        "initials": initials if k == names[0] else None, "org": self.org,
                        "dated": dated if k == names[0] else None})
        away = leading_name(values[0])[0] if values and values[0] else None
        for who in stood_in_by if away else []:
            out.append({"text": f"{who}, ersättare för {away}", "status": "present", "roles": ["ersättare"],
                        "table": self.ident, "mark": None, "col": names[0], "initials": None, "org": self.org,
                        "dated": None})
        return out


def _split_label_cell(lines: list[str], i: int, hi: int) -> None:
    """Join a label broken over two lines in the left column ("Tjänstgörande" / "ersättare"); the
    column may stand a space or two in from the line's start, as a PDF's layout sets the page."""
    raw = lines[i - 1]
    cells, by_index = _row_cells(raw)
    if len(cells) < 2 or cells[0][0] > (0 if by_index else 2):
        return
    ind = 0 if by_index else cells[0][0]
    # a label whole on its line ("Ej tjänstgörande") joins the next only to make a longer one ("… ersättare")
    whole = _match_label(cells[0][1])
    j = i + 1
    if j < hi and not lines[j - 1].strip():
        j += 1  # a PDF's layout leaves a blank line where the cell's row grew taller than its line
    if j > hi:
        return

    def fragment(k: int):
        """(where it starts, match) of the lower-case rest of the label on line ``k`` (0-based)."""
        line = lines[k]
        off = len(line) - len(line.lstrip(" "))
        if off > ind:
            return off, None
        # ("Ersättare" / "(ej tjg)": a note in brackets under the label, the label's own)
        return off, re.match(r"^([a-zåäö][\wåäö ]{1,30}?|\([a-zåäö][\wåäö .]{1,20}\))(\s{2,}|\t|$)", line[off:])

    off, m = fragment(j - 1)
    if not m:
        return
    joined = f"{cells[0][1]} {m.group(1).strip()}"
    lab = _match_label(joined)
    if whole and lab is None:
        return
    # a third line may make a longer label still ("Närvarande, ej" / "tjänstgörande" / "ersättare")
    off3, third = fragment(j) if j < hi else (0, None)
    if third and _match_label(f"{joined} {third.group(1).strip()}"):
        # "Närvarande, ej" / "tjänstgörande" / "ersättare": a label cell wrapped over three lines
        lines[j] = lines[j][:off3] + " " * len(third.group(1)) + lines[j][off3 + len(third.group(1)):]
        joined = f"{joined} {third.group(1).strip()}"
        lab = _match_label(joined)
    if lab is None and not _TIME_PLACE.match(joined) and not re.match(r"^justeringens\b", joined, re.I):
        return
    sep = "\t" if by_index else "  "
    head = raw[:ind] + joined
    rest = raw[ind + len(cells[0][1]):].lstrip(" \t")
    lines[i - 1] = head + sep + rest if lab else raw
    nxt = lines[j - 1]
    lines[j - 1] = nxt[:off] + " " * len(m.group(1)) + nxt[off + len(m.group(1)):]
    if lab is None:
        lines[i - 1] = head + ":" + sep + rest


# a huvudman's or unit's short code in a roster's first column: "RN", "ÅK", "SOC"
_CAPS_CODE = re.compile(r"[A-ZÅÄÖ]{2,5}")
_INITIALS_LEAD = re.compile(r"^([A-ZÅÄÖÉ]{2,4}[a-zåäö]{0,2})(?:\s*[=:–]\s*|\s+-\s+|\s+)(\S.*)$")


def _initials_line(s: str) -> tuple[str, str] | None:
    """'PAN   Per-Arne Nordin, verksamhetschef' or 'AL = Anna Lund': a roster line led by the
    person's initials, as (initials, the rest)."""
    m = _INITIALS_LEAD.match(s)
    if not m:
        return None
    nm, _ = leading_name(m.group(2))
    return (m.group(1), m.group(2)) if nm and initials_fit(m.group(1), nm) else None


def _initials_list(s: str) -> bool:
    """'JW, AH (p. 3)': people written by their initials only."""
    parts = [re.sub(r"\([^()]*\)", "", p).strip() for p in _LIST_SEP.split(s)]
    return all(_is_initials(p) for p in parts if p) and any(parts)


# "ordförande i LVO" among a person's details in an attendance list
# ("ordförande RPO psykisk hälsa": a programområde by its letters and field, named without the preposition)
# (the chair shortened, the body by its level and kind in lower case: "ordf i strategisk ledningsgrupp")
_SEAT_ELSEWHERE = re.compile(r"^((?i:(?:vice\s+|v\.?\s*)?(?:ordförande|ordf\.?|sammankallande|ledamot|ersättare)))\s+"
                             r"(?:(?:i|för)\s+|(?=[NRL]PO\s+[a-zåäö]))"
                             r"([A-ZÅÄÖ][^,;]{1,80}|[a-zåäö]+(?:gruppen|rådet|teamet|beredningen)"
                             r"|(?:politisk|strategisk|taktisk|operativ|regional|länsgemensam)\s+[a-zåäö]*"
                             r"(?:grupp|gruppen|råd|rådet|beredning|beredningen))$")
# a newcomer marked in the roster: "ledamot (ny)", "Holmgren, Petra – Åby kommun (ny)", "…, ny i gruppen"
_NEW_NOTE = re.compile(r"(?i)\(\s*(?:ny|nya|ny\s+i\s+gruppen|ny\s+ledamot|ny\s+representant|nytillträdd)\s*\)"
                       r"|(?:^|[,;])\s*ny\s+i\s+gruppen\s*(?:[,;]|$)")


# header labels that name a person who need not attend ("Projektägare: Britt-Inger Lund, socialchef")
_PERSON_LABEL = re.compile(r"^(?:projektägare|uppdragsgivare|beställare|processägare|kontaktperson|mötesansvarig|"
                           r"huvudansvarig|ansvarig\s+chef)$")


# a mail's sending date, and a summary that says it was written the day of the meeting
_SENT_LABEL = re.compile(r"^(?:skickat|skickades|sent|datum\s+skickat)$")
_TODAYS_MEETING = re.compile(r"\b(?:möte(?:t)?\s+i\s*dag|dagens\s+möte)\b", re.I)
# a shared page's record of its last edit under the title ("Senast ändrad 2026-11-27 av Eva Ek", "Skapad av X"):
# the day someone edited the page, never the day the group met
_PAGE_EDIT_STAMP = re.compile(r"^\W*(?:senast\s+(?:ändrad|uppdaterad|redigerad)|(?:skapad|ändrad|uppdaterad|redigerad)"
                              r"\s+(?:av|den)|last\s+(?:modified|edited|updated))\b", re.I)
_YESTERDAYS_MEETING = re.compile(r"\b(?:möte(?:t)?\s+i\s*går|gårdagens\s+möte)\b", re.I)
_MAIL_LABEL = re.compile(r"^(?:från|till|kopia|cc|kopia\s+till|mottagare)$")


def _mailed_body(recipients: str) -> str:
    """Of a message's recipients, the first that names a body ("Processteam X; Anna Lund; Per Ek" is mailed to
    Processteam X and two of its members); the field as it is when none or only one is named.

    >>> _mailed_body("Processteam TSIU; Alva Lindkvist; Kasper Mörk")
    'Processteam TSIU'
    >>> _mailed_body("Anna Lund; Per Ek")
    'Anna Lund; Per Ek'
    """
    parts = [p.strip() for p in recipients.split(";")]
    if len(parts) < 2:
        return recipients
    return next((p for p in parts if _BODY_WORD.search(p)), recipients)


def _mail_names(value: str) -> list[str]:
    """People on an e-mail's Från/Till/Kopia line, surname-first lists ('Demir Ali; Laine Hanna') turned.

    >>> _mail_names("Demir Ali <ali.demir@norrvik.se>; Laine Hanna; Socialnämnden")
    ['Ali Demir', 'Hanna Laine']
    >>> _mail_names("Närvårdsrådet Åby")
    []
    """
    # (a mailing list named for the body is no one: "Till: Närvårdsrådet Åby")
    names = [nm for piece in re.split(r"[;,]", _EMAIL.sub(" ", value)) if (nm := leading_name(piece.strip())[0])
             and not _BODY_WORD.search(nm.split()[0].casefold())]
    two = [n.split() for n in names if len(n.split()) == 2]
    turned = [t for t in two if not is_given_name(t[0]) and is_given_name(t[1])]
    if turned and len(turned) * 2 > len(two):
        names = [f"{n.split()[1]} {n.split()[0]}" if n.split() in turned else n for n in names]
    return names


_LABEL_HEAD = re.compile(r"^(?:(?:ej|icke|inte)\s+)?tjänstgörande$", re.I)
_UNSERVING_LABEL = re.compile(r"^((?:ej|icke|inte)\s+tjänstgörande)\s*:", re.I)
_LABEL_TAIL = re.compile(r"^(?:ersättare|ledamöter)$", re.I)
_LABEL_TAIL_VALUED = re.compile(r"^(?:ersättare|ledamöter)\s*:\s*\S", re.I)


def _outdented_heading(line: str, above: str, text: str) -> bool:
    """Whether a roster's line is a heading over the people below it: written further out to the left than
    the entry above, a few words naming no one, no sentence ("Socialförvaltningen", "Region Åby, primärvården").

    >>> _outdented_heading("Socialförvaltningen", "    Per Ek, MAS", "Socialförvaltningen")
    True
    >>> _outdented_heading("Region Åby, primärvården", "    Per Ek, MAS", "Region Åby, primärvården")
    True
    >>> _outdented_heading("    enhetschef", "    Per Ek,", "enhetschef"), _outdented_heading("Eva Lund", "  Per Ek", "Eva Lund")
    (False, False)
    """
    lead, above_lead = len(line) - len(line.lstrip()), len(above) - len(above.lstrip())
    if lead >= above_lead or not text[:1].isupper() or text.rstrip().endswith((".", ",")) or len(text.split()) > 6:
        return False
    return not leading_name(_strip_bullet(text))[0] and bool(_SECTION_HEADING.fullmatch(text.split(",")[0].strip()))


def _sentence_goes_on(below: list[str], most: int = 3) -> list[str]:
    """The lines a hard-wrapped sentence goes on to, up to its full stop: none when the line above ended it.

    ``below`` starts with the line after the sentence's first; the first line is taken as unfinished.

    >>> _sentence_goes_on(["Regionala samverkansgruppen (RSVO) och rapporterar dit.", "", "**Deltog**"])
    ['Regionala samverkansgruppen (RSVO) och rapporterar dit.']
    >>> _sentence_goes_on(["", "Deltog"]), _sentence_goes_on(["**Deltog**", "- Eva Ek"])
    ([], [])
    """
    out: list[str] = []
    for line in below[:most]:
        t = line.strip()
        if not t or t[:1] in "#*-|•" or re.match(r"\d+[.)]\s", t) or ":" in t[:30] and not t[-1:] in ".!?":
            return []
        out.append(t)
        if t[-1:] in ".!?":
            return out
    return []


# the presence column's heading and its answers: "Namn Verksamhet Närvarande ja/nej", "Deltog j/n"
_YES_NO_HEADING = re.compile(r"(?i)\b(?:närvarande|närvaro|deltog|deltar|närv\.?)\s+(?:ja\s*/\s*nej|j\s*/\s*n)\s*$")
_YES_NO_END = re.compile(r"\s(ja|nej|Ja|Nej|j|n)$")


# the notes' own title with the kind of document first: "Minnesanteckningar – Lokala närvårdsrådet i Åby"
_KIND_THEN_BODY = re.compile(r"^(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll)\s*[–—-]\s*"
                             r"(?P<body>[A-ZÅÄÖ][^.:;,]{3,70})$", re.I)


def _titled_notes_body(label: str, lines: list[str]) -> str | None:
    """The body a title "Minnesanteckningar – X" names, X holding the word ``label`` (the subject line's name of it).

    >>> _titled_notes_body("Närvårdsrådet", ["Hej!", "Minnesanteckningar – Lokala närvårdsrådet i Åby", "Tisdag 11 maj"])
    'Lokala närvårdsrådet i Åby'
    >>> _titled_notes_body("Närvårdsrådet", ["Minnesanteckningar – Styrgrupp Nära vård"]) is None
    True
    """
    word = label.casefold()
    for line in lines:
        t = line.strip().strip("*#_ ")
        if t[:1] in "MmAaPp" and (m := _KIND_THEN_BODY.match(t)) and word in m.group("body").casefold().split():
            return m.group("body").strip()
    return None


def _sent_before(lines: list[str], lo: int, hi: int, out: dict, said: re.Pattern) -> str | None:
    """The day the message was sent whose text says ``said`` ("gårdagens möte"), or None when no line says it.

    In a forwarded chain ("VB: …" over "-----Ursprungligt meddelande-----") the words are the message's they stand
    in, so they count from its own "Skickat:" above them, not from the quoted message's below.
    """
    at = next((k for k, x in enumerate(lines[lo - 1:hi + 40], start=lo - 1) if said.search(x)), None)
    if at is None:
        return None
    return next((d for k, d in reversed(out.get("mail_sent_at") or []) if k <= at and d), out["mail_sent"])


# the closing words of a mailed note above the sender's name: "Vänliga hälsningar", "Ha det gott!", "Mvh"
_CLOSING_GREETING = re.compile(r"(?i)^(?:(?:med\s+)?(?:vänliga|bästa|många|varma)\s+hälsningar|hälsningar|mvh|"
                               r"ha\s+det\s+(?:gott|bra|fint)|trevlig\s+helg)\s*[!.,]?$")


def _last_greeting(lines: list[str], reach: int) -> int | None:
    """The index of the last closing greeting among the last ``reach`` lines, the sender's signature under it."""
    return next((k for k in range(len(lines) - 1, max(len(lines) - reach, 0) - 1, -1)
                 if _CLOSING_GREETING.match(lines[k].strip())), None)


def _closing_signer(lines: list[str]) -> str | None:
    """The writer of a mailed note whose roster says "jag själv som …", by the name under its closing greeting.

    >>> _closing_signer(["Med på mötet: Eva Ek och jag själv som sammankallande.", "", "Ha det gott!", "Per Lind"])
    'Per Lind'
    >>> _closing_signer(["Med på mötet: Eva Ek och Bo Ahl.", "Ha det gott!", "Per Lind"]) is None
    True
    """
    if not any("jag själv som " in ln for ln in lines) or (k := _last_greeting(lines, 14)) is None:
        return None
    nxt = next((ln.strip() for ln in lines[k + 1:k + 3] if ln.strip()), "")
    name, _ = leading_name(nxt)
    return name if name and name == nxt and " " in name else None


# the labels of a forwarded message's head, quoted into the text of the message forwarding it
_FORWARD_HEAD_LABEL = re.compile(r"^[ \t>]*(?:från|from|ämne|subject|till|to|skickat|sent|kopia|cc)\s*:", re.I)


def _in_forward_head(lines: list[str], i: int, lo: int, hi: int) -> bool:
    """Whether line ``i`` (1-based) stands among a forwarded message's head lines: a sender's and a subject's
    label within the three lines either side of it.

    >>> _in_forward_head(["Från: Eva Ek <eva@aby.se>", "Datum: 7 mars 2029", "Ämne: Anteckningar", "Hej"], 2, 1, 4)
    True
    >>> _in_forward_head(["Arbetsgrupp X", "Datum: 7 mars 2029", "Plats: Teams"], 2, 1, 3)
    False
    """
    near = [lines[k - 1].strip().casefold() for k in range(max(lo, i - 3), min(hi, i + 3) + 1) if k != i]
    labels = {_FORWARD_HEAD_LABEL.match(t).group(0).strip(" \t>:") for t in near if _FORWARD_HEAD_LABEL.match(t)}
    return bool(labels & {"från", "from"}) and bool(labels & {"ämne", "subject"})


# a place alone as a heading over its people in a roster: "Åby:", "Övre Norrby:" (not "Förhinder:", "Region Åby:")
# (a roster's own labels, "Förhinder:", "Övriga:", are told apart where it is read, as labels)
_BARE_PLACE_HEADING = re.compile(r"(?!Region\b)[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?:")


def parse_header(seg: Segments, lo: int, hi: int) -> dict:
    """Meeting facts from header lines lo..hi (1-based, inclusive): date, time, place, body, attendance."""
    out: dict = {"date": None, "time": None, "place": None, "body": None, "paragraphs_range": None}
    att = _Attendance()
    lines = list(seg.lines)
    if (signer := _closing_signer(lines)) is not None:
        out["writer"] = signer  # a "Från:" line above, when there is one, names the writer instead
    in_toc = set()
    for a, b in seg.toc:
        in_toc.update(range(a, b + 1))
    mode = None  # None | "att" | "sig"
    status: str | None = None
    section_roles: list[str] = []
    pending_role: list[str] = []
    queue: list[tuple[str | None, list[str]]] = []  # labels still waiting for their names
    secretary_heading = False  # "Sekreterare" alone on its line in the roster, over the one who keeps the minutes
    label_filled = False
    raw_entries: list[dict] = []
    deputies: list[tuple[str, str]] = []  # (deputy, the one away) from "Eva Ek ersattes av Per Lind"
    sig_seq: list[tuple[str, str, int]] = []
    blank_run = 0
    table: _Table | None = None
    tables: list[_Table] = []
    org_context: str | None = None  # a huvudman heading the names under it belong to
    staff_unit: str | None = None  # "Sekretariatet" heading the names under it: the unit they serve in
    party_context: str | None = None  # a party in the left column heading the names under it
    party_over = False  # that party stood alone on its line, over names that start at the margin
    title_lines: list[tuple[int, str]] = []
    seen_label = False
    role_heading: int | None = None  # the line of a heading naming whom a roster lists ("Ledamöter")
    presence_heading: int | None = None  # the line of a bare "Närvarande:" over labelled sections
    last_table: _Table | None = None  # the attendance table a label ended, whose columns may go on
    last_table_end = 0  # the line of its last row
    label_line = 0  # the line of the last section label
    label_valued = False  # that label had its people after it on its line ("Frånvarande: Eva Ek")
    decided_above = False  # a "Beslutande" section came before: a bare "Deltagande" then lists the others
    # a column heading "Närvarande ja/nej" printed with one space between the cells: each row ends in its answer
    yes_no = any("/" in x and _YES_NO_HEADING.search(x) for x in lines[lo - 1:hi])

    def i_before(k: int) -> int:
        """The last non-blank line above line ``k``."""
        k -= 1
        while k > lo and not lines[k - 1].strip():
            k -= 1
        return k

    def the_writer_named(text: str) -> str:
        """``text`` with "jag" in a roster (the one who sent the notes) as the mail's sender is named."""
        if "jag" in text and out.get("writer"):
            return _WRITER_SELF.sub(lambda w: f"{w.group(1)}{out['writer']}"
                                    + (f" ({w.group('role') or 'sekreterare'})" if w.group("role") or w.group("keeps")
                                       else ""), text)
        return text

    def entry(text: str, st: str | None, roles: list[str], line: int, **extra) -> None:
        if yes_no and st == "present" and (answer := _YES_NO_END.search(text)):
            # "Anneli Persson Barn- och utbildning, Åby kommun nej": the row's answer in the presence column
            text = text[:answer.start()].rstrip()
            st = "absent" if answer.group(1).casefold().startswith("n") else st
        if "Juster" in text:
            text = _TRAILING_FIELD.sub("", text)
        away = _AWAY_SENTENCE.search(text) if "ade" in text or "inte" in text or "frånv" in text else None
        if away:
            # "Vid mötet närvarade Anna Lund och Per Ek. Lisa Berg hade förhinder.": the absent in a sentence of their own
            if text[:away.start()].strip() and not _NO_ONE_HEAD.match(text[:away.start()]):
                entry(text[:away.start()].rstrip(), st, roles, line, **extra)
            entry(away.group("who") or away.group("who2") or away.group("who3") or away.group("who4"), "absent", roles, line,
                  **extra)
            if away.group("sub"):
                deputies.append((away.group("sub"), leading_name(away.group("who3"))[0]))
            return
        mid = _MIDLINE_LABEL.search(text) if ":" in text else None
        lab = _match_label(text[mid.end():]) if mid else None
        if lab and lab[2] and lab[3]:
            # "Närvarande: Anna Ek, Per Lind. Förhinder: Eva Berg": another label further on the line
            head = text[:mid.start()].rstrip(" .;,")
            if head:
                entry(head, st, roles, line, **extra)
            entry(lab[3], lab[0], lab[1], line, **extra)
            return
        gap = (_GAPPED_LABEL.search(text) or _MIDLINE_ROLE_LABEL.search(text)) if ":" in text else None
        lab = _match_label(text[gap.end():]) if gap else None
        if lab and lab[3] and text[:gap.start()].strip():
            # "Ordförande: Eva Ek        Anteckningar: Per Lind": fields side by side, each label with its own
            entry(text[:gap.start()].rstrip(), st, roles, line, **extra)
            entry(lab[3], lab[0], lab[1], line, **extra)
            return
        if ":" in text and (parts := _for_org_parts(text)):
            # "för Region X: Eva Ek, Per Lind; för Åby kommun: Ola Ås": the huvudman each part of the line speaks for
            for where, names in parts:
                entry(names, st, roles, line, **{**extra, "org": where})
            return
        if staff_unit and staff_unit.casefold() not in text.casefold():
            text = f"{text}, {staff_unit}"  # "Sekretariatet" / "Helena Ek   X": the unit on her line
        if "(" in text and "ag" in text:
            text = _WRITER_NAMED.sub(r"\1", text)  # "… och jag (Noor Al-Sayed) från kommunen"
        text = the_writer_named(text)  # "… och jag (sekreterare)", "…, jag själv"
        raw_entries.append({"text": text, "status": st, "roles": list(roles), "line": line,
                            "org": extra.pop("org", org_context), **extra})

    def run_on(text: str) -> None:
        """The entry above goes on with ``text``; a label further on the line that wrapped ("…, Maria" /
        "Holm (Ekeby kommun) Förhinder: Eva Berg") starts its own section, as on one line."""
        last = raw_entries[-1]
        text = the_writer_named(text)  # "… Malin Dahl (Sölvesborg)" / "och jag. Per Ek hade förhinder."
        nm, after = leading_name(_strip_bullet(last["text"]))
        # a table's name cell over its details cell ("Helena Ulvsten" / "Närvårdskansliet, sekreterare"): the
        # details follow the name as after a comma, not as more of the name
        bare = bool(nm) and not after.strip() and text[:1].isupper() and not leading_name(text)[0]
        last["text"] += (", " if bare else " ") + text
        mid = _MIDLINE_LABEL.search(text) if ":" in text else None
        lab = _match_label(text[mid.end():]) if mid else None
        if lab and lab[2] and lab[3]:
            raw_entries.pop()
            extra = {k: v for k, v in last.items() if k not in ("text", "status", "roles", "line")}
            entry(last["text"], last["status"], last["roles"], last["line"], **extra)

    i = lo
    while i <= hi:
        if i in in_toc:
            i += 1
            continue
        s = lines[i - 1].strip()
        if not s:
            blank_run += 1
            party_context, party_over = None, False
            if mode == "att" and label_filled and len(queue) > 1 and blank_run == 1 and prev_entry_closed(raw_entries, i):
                queue.pop(0)
                status, section_roles = queue[0]
                label_filled = False
            i += 1
            continue
        was_blank = blank_run > 0
        blank_run = 0
        if mode == "att" and seg.attendance and i > seg.attendance[1] and i in seg.md_headings:
            # "## Deltagare" … "## Sammanfattning": a Markdown heading of the roster's rank, where the segmenter
            # ended the roster; the summary's bullets under it name people in sentences, no one's attendance
            mode, queue = None, []
        if raw_entries and "har " in s and (left := _LEFT_SEAT_LINE.match(s)):
            # "Vakant: IFS X. Kjell Ek har lämnat sin plats i gruppen …" under the roster: a seat left empty, told
            # in a sentence read with the running text (no one at the meeting, nor away from it)
            out.setdefault("preamble", []).append(left.group("s").strip())
            mode = None
            i += 1
            continue
        if raw_entries and (sides := _SIDES_BY_NAME.match(s)):
            # "Nils, Rania och Ylva företräder Region X, övriga Åby kommun." under the roster: the huvudman of each
            out.setdefault("sides", []).append(sides)
            mode = None
            i += 1
            continue
        if _PIPE_SEP.match(s) or (mode == "att" and _LEGEND.match(s) and not _initials_line(s)):
            i += 1
            continue
        cells, by_index = _row_cells(lines[i - 1])
        if (s.startswith("|") and table is None and sum(1 for _, c in cells if c) == 2 and not _table_columns(cells)
                and not leading_name(next(c for _, c in cells if c))[0]):
            k, v = [c for _, c in cells if c]
            s = f"{k}: {v}"  # a key-value table: "| Mötesledare | Britta Hall |"
            cells, by_index = _row_cells(s)
        if mode != "sig":
            cols = _table_columns(cells)
            if (cols is None and not by_index and i < hi and len(cells) >= 2 and cells[0][0] >= 8
                    and all(len(c) <= 20 for _, c in cells) and (two := _two_line_head(cells, lines[i]))):
                # "              Tjänstgörande    Närv.  § 4" / "Ledamöter      ersättare          Ja  Nej": a header
                # row whose headings run over two lines, the first cell empty on the upper one
                cols = _table_columns(two)
                if cols:
                    i += 1
            # the rows under a table's header, whose marks tell which name each belongs to (read for a header only)
            below = [_row_cells(x)[0] for x in lines[i:min(hi, i + 40)]] if cols else []
            if cols and by_index:
                cols = _marks_after_names(cols, below)
            if cols:
                table = _Table(cols, by_index, len(tables))
                table.words = seg.lines  # (to spell a mail domain's place as the minutes do)
                table.line = i
                table.marks_after = not by_index and _crosses_after_names(cols, below)
                tables.append(table)
                first = _match_label(cells[0][1])
                if first and first[2] and first[0] in ("guest", "absent", "roster") or mode != "att":
                    st, rl = (first[0], first[1]) if first and first[2] else ("present", ["ledamot"])
                    queue, status, section_roles = [(st, rl)], st, rl
                mode, label_filled, seen_label, org_context = "att", False, True, None
                i += 1
                continue
            if (table or last_table) is not None and len(cells) >= 2 and cells[0][0] <= 2 and cells[0][1]:
                # "Närvarande, ej" / "tjänstgörande" / "ersättare" in the label column below a table whose
                # first column holds labels ("Beslutande   Ledamöter", a Word table's cells apart by tabs,
                # also one that goes on after a paragraph "Tjänstgörande ersättare"): a label of its own,
                # not a row
                _split_label_cell(lines, i, hi)
                s = lines[i - 1].strip()
                cells, by_index = _row_cells(lines[i - 1])
            if table is not None and mode == "att" and not by_index and ":" in s:
                lab_here = _match_label(s)
                if lab_here and (lab_here[2] or lab_here[1]) and lab_here[3]:
                    # "Förhinder: Siri Nordahl, …", "Justerare: Johan Eklund (M)" under a table laid out with spaces
                    # (a PDF's, its rows a blank line apart): a label of its own with its people after it, not a row
                    # under the first column (a row without a mark, whose person would be away)
                    table = None
            if (table is not None and mode == "att" and not by_index and not table.by_index and len(cells) == 2
                    and table.columns[0][1] == "name" and cells[0][0] <= table.columns[0][0] + 2
                    and i > table.row_line + 1 and not lines[i - 2].strip()
                    and (lab_first := _match_label(cells[0][1].strip())) and (lab_first[2] or lab_first[1] or lab_first[0])
                    and not leading_name(cells[0][1])[0]):
                # "Förhinder   Yvonne Lilja (S)", "Övriga närvarande   Mikaela Brandt, kommundirektör" a blank line under
                # a roster of "Ledamöter | Ersättare": a label and its people beside it, the table ended
                last_table, table = table, None
            if table is None and mode == "att" and last_table is not None and label_line > last_table_end and (
                    (last_table.aligned(cells) and leading_name(cells[0][1])[0])
                    # a Word table's section row ("Övriga", merged across) and the rows under it, cell for cell
                    or (last_table.by_index and len(cells) == len(last_table.columns)
                        and any(leading_name(c)[0] for _, c in cells[1:])
                        and not label_valued and not _match_label(cells[0][1]))
                    # … set a little apart from them, where a PDF lays the rows under the label out as a
                    # table of their own: cell for cell
                    or (not last_table.by_index and not by_index and len(cells) == len(last_table.columns) > 1
                        and last_table.columns[0][1] == "name" and leading_name(cells[0][1])[0]
                        and not label_valued and not _match_label(cells[0][1]))):
                # "Tjänstgörande ersättare" / "Mona Lax   S   Region X, för Nils Dahl (S)": a row laid out
                # in the columns of the table above, under a label of its own
                table = last_table
                if not by_index and not table.by_index and not table.aligned(cells):
                    table.relaid = [pos for pos, _ in cells]
            filled = [c for _, c in cells if c]
            if (table is not None and mode == "att" and not table.by_index and not by_index and len(filled) == 1
                    and was_blank and (lab_alone := _match_label(filled[0])) and lab_alone[2] and not lab_alone[3]
                    and (table.columns[0][1] != "name" or (lab_alone[0] == "guest" and any(c[1] == "mark" for c in table.columns)))):
                # "Ej tjänstgörande ersättare" alone a blank line under a roster laid out with spaces whose first
                # column holds no names ("Parti   Namn   Tjänstgör för", a PDF's): a label of its own, the table ended;
                # so too "Övriga deltagande" alone a blank line under a roster with a column of marks: those who
                # take part without a seat get no mark, the table ended and not taken up again by the rows under it
                last_table, table = (table if table.columns[0][1] != "name" else None), None
            if (table is not None and mode == "att" and not table.by_index and len(filled) == 1
                    and cells[0][0] <= table.columns[0][0] + 2
                    and _ROLE_HEADING.match(filled[0].rstrip(": ")) and (lab_row := _match_label(filled[0])) and lab_row[2]):
                # "Ersättare" alone in the name column of a närvarolista: the rows under it are the ersättare
                table.section = (lab_row[0], list(lab_row[1]))
                i += 1
                continue
            if (table is not None and mode == "att" and not by_index and len(filled) == 1 and len(table.columns) >= 3
                    and any(c[1] in ("mark", "nf_mark") for c in table.columns) and _is_prose_line(filled[0])):
                # "Hugo Rantanen har lämnat sekreterarrollen; Oliver Strand för anteckningar fr.o.m. i dag." right
                # under a närvarolista with a column of marks: a sentence written below the table, no row of it
                # (whose empty mark would put the person it names away)
                last_table, table = table, None
            if table is not None and mode == "att" and by_index and not table.by_index and "\t" in lines[i - 1]:
                # a row apart by tabs under a roster laid out with spaces is another table's (a PDF's table of
                # items read a row a line, under the roster its page lays out): the roster has ended
                last_table, table = table, None
            if table is not None and mode == "att":
                st, rl = queue[0] if queue else ("present", ["ledamot"])
                if (not table.by_index and not by_index and not table.relaid and len(cells) == len(table.columns)
                        and not table.aligned(cells)
                        and any(k in seg.artefacts for k in range(max(table.row_line, table.line) + 1, i))):
                    # the table goes on after a page break, where a PDF lays its rows out anew
                    table.relaid = [pos for pos, _ in cells]
                if table.relaid and not by_index:
                    cells = table.in_own_columns(cells)
                elif not table.by_index and not by_index and table.crowded(cells):
                    # a row whose wrapped cells a PDF's reader joined, its cells no longer under their headings
                    # ("Region Norrby   Eva Ek, chef   x   Bo Lind, MAS   x"): its cells in the header's order
                    cells = table.in_header_order(cells)
                went_on, cells = table.wrapped(cells, i)
                rows = table.read_row(cells, st, rl, own_section=label_line > table.line) if any(
                    c for _, c in cells) or not went_on else []
                if rows is not None:
                    for r in rows:
                        col = r.pop("col")
                        entry(r.pop("text"), r.pop("status"), r.pop("roles"), i, **r)
                        table.tails[col] = raw_entries[-1]
                    label_filled = label_filled or bool(rows)
                    last_table_end = table.row_line = i
                    i += 1
                    continue
                last_table, table = table, None
            if len(cells) >= 2 and cells[0][1]:
                _split_label_cell(lines, i, hi)
                s = lines[i - 1].strip()
                cells, by_index = _row_cells(lines[i - 1])
        # a label broken over two lines: "Övriga deltagare och" / "föredragande:"
        if s.lower().endswith((" och", " samt")) and i < hi:
            j = i + 1
            while j <= hi and not lines[j - 1].strip():
                j += 1
            if j <= hi:
                joined = s + " " + lines[j - 1].strip()
                if _match_label(joined) and not _match_label(s):
                    s = joined
                    i = j
        head_cell = cells[0][1].strip().lower() if len(cells) >= 2 and cells[0][0] == 0 else ""
        if s[:5] in ("Organ", "Styre", "Nämnd") and (m_org := _ORGAN_AND_SECTIONS.match(s)):
            # "Organ och §§: Socialnämnden §§ 84–100", "Styrelse/Nämnd: Kommunstyrelsen": the ANSLAG/BEVIS box's
            # body label with the paragraphs the extract holds, read as "Organ: Socialnämnden"
            s = f"Organ: {m_org.group('v') or ''}"
        if len(cells) == 1 and s[:5] in ("Organ", "Beslu", "Insta", "Myndi") and (m_org := _ORGAN_SPACED.match(s)):
            # "Organ Socialnämnden" in an ANSLAG/BEVIS box a PDF printed from Word gives a single space between
            # its cells: the label and its value
            s = f"{m_org.group(1)}: {s[m_org.end():]}"
        if (_TIME_PLACE.match(head_cell) or head_cell in _BODY_LABELS) and any(c for _, c in cells[1:]):
            # "Sammanträdesdatum<tab>2025-11-18", "Organ<tab>Socialnämnden" in a table (a title page,
            # an ANSLAG/BEVIS box) are the label and its value, as "Sammanträdesdatum: 2025-11-18" is
            s = f"{cells[0][1].strip()}: " + " ".join(c for _, c in cells[1:] if c)
        if _LABEL_HEAD.match(s):
            # "Ej tjänstgörande" / "Hampus Lindgren (SD)" / "ersättare": a label cell wrapped in two, as a
            # PDF gives it, its second half under the first name
            tail = next((j for j in range(i + 1, min(i + 4, hi + 1)) if _LABEL_TAIL.match(lines[j - 1].strip())), None)
            if tail is None and i < hi and _LABEL_TAIL_VALUED.match(lines[i].strip()):
                tail = i + 1  # "Ej tjänstgörande" / "ersättare:   Mikael Lövgren (S)": the label's second half, the first name after it
            if tail:
                s = f"{s} {lines[tail - 1].strip()}"
                lines[tail - 1] = ""
        # "Beslutande: … / Ej tjänstgörande: …": the ersättare who do not serve, the word left out
        s = _UNSERVING_LABEL.sub(r"\1 ersättare:", s)
        if mode == "att" and " " in s[:60]:
            s = _side_by_side_on_org_line(_org_dash_line(s))
        lab = _sub_labelled(_match_label(s))
        sig_head = _LABEL_SEP.split(_strip_bullet(s), maxsplit=1)
        if _SIGNATURE_LABEL.match(sig_head[0].strip().lower()):
            mode = "sig"
            table = None
            seen_label = True
            if sig_head[0].strip().lower() in ("vid protokollet", "vid anteckningarna", "antecknat av"):
                sig_seq.append(("role", "sekreterare", i))  # the name that follows kept the minutes
            rest = sig_head[1] if len(sig_head) > 1 else ""  # "Underskrifter   Sekreterare ..... Anna Ek"
            _sig_tokens(rest, i, sig_seq, out)
            i += 1
            continue
        if mode == "sig":
            if lab and lab[2]:
                mode = None
            elif _ANY_LABEL.match(s) and not _sig_role(s) and not _PARAGRAPH_RANGE.search(s):
                mode = None
            elif _HEADER_RELATION.search(s) and not leading_name(_strip_bullet(s))[0]:
                # "Antecknat av: Katja Nurmi" / "" / "Den lokala arbetsgruppen är tillsatt av X och återrapporterar dit":
                # the body's standing line under the note-taker, no name of a signature
                mode = None
            else:
                _sig_tokens(s, i, sig_seq, out)
                i += 1
                continue
        if lab:
            seen_label = True
            party_context, party_over = None, False
            st, roles, section, rest = lab
            low_label = _strip_bullet(s).lower()
            if section and low_label.startswith("beslutande"):
                decided_above = True
            elif section and decided_above and st == "present" and re.match(r"(?:deltagande|deltagare)\b", low_label):
                # "Beslutande: … / Deltagande: Eva Ek, förbundschef": the others there, after those who decide
                st, roles = "guest", []
            if (section and rest and st == "absent" and mode == "att" and queue and raw_entries and i > lo + 1
                    and lines[i - 1][:1] in (" ", "\t") and lines[i - 2].strip() and lines[i - 2][:1] not in (" ", "\t")
                    and not _match_label(lines[i - 2].strip())):
                # "Åby kommun" / "    Frånvarande: Eva Ek, enhetschef": a roster by organisation, each heading over
                # its people indented under it; the label marks that one person away, not the people below
                entry(rest, st, roles, i)
                label_filled = True
                i += 1
                continue
            if section:
                org_context = None
                staff_unit = _STAFF_LABEL.match(_strip_bullet(s).rstrip(": "))
                staff_unit = staff_unit.group(0).capitalize() if staff_unit else None
                if (mode == "att" and not label_filled and queue and role_heading == i_before(i)
                        and st in ("present", "absent")):
                    # "Ledamöter" / "Närvarande:": the heading says who, the label under it their status
                    queue[-1] = (st, queue[-1][1])
                    status, section_roles = queue[-1]
                elif (mode == "att" and not label_filled and len(queue) == 1 and presence_heading == i_before(i)
                      and st == "present"):
                    # "Närvarande:" / "Beslutande:" / …  / "Ersättare:": a heading over the sections, no
                    # section of its own
                    queue = [(st, roles)]
                    status, section_roles = st, roles
                elif (mode == "att" and not label_filled and queue
                      and not (raw_entries and "table" in raw_entries[-1] and raw_entries[-1].get("line", 0) > label_line)):
                    queue.append((st, roles))
                else:
                    # (a table's rows under the last label fill it: "### Ledamöter" / "| Namn | … |" rows /
                    # "### Adjungerade" starts a section of its own)
                    queue = [(st, roles)]
                    status, section_roles = st, roles
                    label_filled = False
                mode = "att"
                pending_role = []
                label_line, label_valued = i, bool(rest)
                presence_heading = i if not rest and _PRESENCE_HEADING.match(_strip_bullet(s).rstrip(": ")) else None
                role_heading = i if not rest and _ROLE_HEADING.match(_strip_bullet(s).rstrip(": ")) else None
                if rest and rest[:2].casefold() in ("se", "en") and _ROSTER_ELSEWHERE.match(rest):
                    # "Beslutande   Se bilaga 1, närvarolista": the label's people listed on a page of their own
                    label_filled = True
                    out["roster_elsewhere"] = True
                elif rest:
                    entry(rest, queue[0][0], queue[0][1], i)
                    label_filled = True
                    if _PROSE_ROSTER.match(_strip_bullet(s)):
                        mode, queue = None, []  # a roster told in a sentence ends with it: prose follows
            else:
                if rest:
                    nm, _ = leading_name(_strip_bullet(rest))
                    if (gap := _MIDLINE_ROLE_LABEL.search(rest)) and leading_name(_strip_bullet(rest[:gap.start()]))[0] and (
                            nxt := _match_label(rest[gap.end():])) and nxt[1] and not nxt[2] and nxt[3]:
                        # "Sekreterare: Eva Ek Justerare: Per Lind": each signing role with its own holder
                        entry(rest[:gap.start()], "present", roles, i, role_only=True)
                        entry(nxt[3], "present", nxt[1], i, role_only=True)
                    elif nm or _is_initials(_strip_bullet(rest).split(" ")[0]):
                        # ("Stöd till styrgruppen" / "Samordnare: Eva Ek": a function serving the body, listed among
                        # its officials, keeps their status)
                        serving = (mode == "att" and queue and queue[-1][0] == "guest"
                                   and set(roles) <= {"processledare", "samordnare"})
                        entry(rest, "guest" if serving else "present", roles, i, role_only=True)
                    elif (holder := _ROLE_HOLDER.fullmatch(_strip_bullet(rest).strip(" ."))) is not None:
                        # "Anteckningar: samordnaren": the one the roster gives that role or title keeps the notes
                        raw_entries.append({"text": "", "status": "present", "roles": list(roles), "line": i,
                                            "holder": " ".join(holder.group(0).casefold().split())[:-1]})
                elif roles and _strip_bullet(s).lower().startswith((
                        "ordf", "sekreterare", "justera", "vice", "1:e", "2:e", "protokoll", "mötesledare",
                        "sammankallande", "antecknare", "utses att justera")) or (
                        # "Anteckningar" as a heading of its own inside the roster, over the one who keeps them
                        # (any label for the notes' keeper alone on its line: "Noterat av", "Antecknade")
                        roles == ["sekreterare"] and mode == "att" and not rest):
                    pending_role = list(roles)
                    secretary_heading = mode == "att" and roles == ["sekreterare"] and not rest
                    if mode is None:
                        mode = "att"
                        status, section_roles = "present", ["ledamot"]
                        queue = [(status, section_roles)]
                        label_filled = False
            i += 1
            continue
        if mode == "att" and queue and not label_filled and s in ("-", "–", "—"):
            # "Inte tjänstgörande ersättare:" / "-": a section with no one in it; the next label starts its own
            label_filled = True
            i += 1
            continue
        if mode == "att" and queue and not label_filled and _ROSTER_ELSEWHERE.match(s):
            # "Beslutande" / "Enligt närvarolista": the label's people are listed on a page of their own
            label_filled = True
            out["roster_elsewhere"] = True
            i += 1
            continue
        if s.rstrip(" :") in ("Organ", "Myndighet", "Instans") and out.get("organ_cell") is None and i < hi:
            # "Organ" / "Gemensamma överförmyndarnämnden för X, Y och" / "Z": an anslag box drawn line by line,
            # its value wrapped over the lines below
            value = lines[i].strip()
            j = i + 1
            while j < hi and value.endswith((" och", ",", " för")) and lines[j].strip():
                value, j = f"{value} {lines[j].strip()}", j + 1
            out["organ_cell"] = value
        if _TIME_PLACE.match(s) and out["place"] is None and not s.lower().startswith(("datum", "sammanträdesdatum", "date", "meeting date")):
            # "Plats och tid" / "Stadshuset, rum Navet, kl. 13.30–15.45": a title page drawn line by line
            j = i + 1
            while j <= hi and not lines[j - 1].strip():
                j += 1
            nxt = lines[j - 1].strip() if j <= hi else ""
            if nxt and not _match_label(nxt) and not _ANY_LABEL.match(nxt) and not _TIME_PLACE.match(nxt):
                _time_place(nxt, out)
                i = j + 1
                continue
        if s[:12].lower().lstrip("*# ").startswith("gemensam") and _JOINT_MEETING.match(s.strip("*# ")):
            # "Gemensamt möte med Samverkansgrupp Barn och unga (SBU)": the other body at the table, and its acronym
            out.setdefault("preamble", []).append(s.strip("*# "))
        if s[:12].lower().lstrip("-• ").startswith(("deltog", "närvara", "deltagare", "med var")):
            s = _from_roster_line(s)
        fm = (_FROM_BODY_LABEL.match(_strip_bullet(s)) or _FROM_BODY_SENTENCE.match(_strip_bullet(s))) \
            if s[:5].lower().lstrip("-• ").startswith("från") else None
        if fm and not fm.group(2).rstrip(" .").count(":") and fm.re is _FROM_BODY_SENTENCE:
            fm = _FromBody(fm.group(1), _prose_roster(f"Närvarande var {fm.group(2)}").split(": ", 1)[1])
        if fm and getattr(fm, "re", None) is _FROM_BODY_LABEL and (parts := _from_parts(_strip_bullet(s))):
            # "Från Region X: Eva Ek, …. Från Åby: Per Lind, …": the people of each huvudman a sentence of the line
            for where, names in parts:
                entry(names, "present", ["ledamot"], i, org=where)
            mode, queue, label_filled, seen_label = "att", [("present", ["ledamot"])], True, True
            status, section_roles = queue[0]
            i += 1
            continue
        if fm and is_name_line(fm.group(2).strip()):
            # a joint meeting's roster by the body each sits in: "Från styrgruppen: Anna Ek, …" (the body
            # that met, its type word), "Från SBU: Per Lind (sammankallande), …" (the other: a seat there)
            where = fm.group(1).strip()
            joint = next((jb for x in out.get("preamble", ()) if (jb := _JOINT_BETWEEN.match(x))), None)
            if joint and _OWN_BODY_WORD.fullmatch(where) and _names_kind(joint.group("b"), where) \
                    and not _names_kind(joint.group("a"), where):
                # "Gemensamt möte mellan Styrgrupp X och Arbetsgrupp Y" / "Från arbetsgruppen deltog …": the other body
                entry(fm.group(2), "present", [], i, seat_body=joint.group("b"))
            elif _ORG.fullmatch(where):
                entry(fm.group(2), "present", ["ledamot"], i, org=where)
            elif _OWN_BODY_WORD.fullmatch(where):
                entry(fm.group(2), "present", ["ledamot"], i)
            else:
                entry(fm.group(2), "present", [], i, seat_body=where)
            mode, queue, label_filled, seen_label = "att", [("present", ["ledamot"])], True, True
            status, section_roles = queue[0]
            i += 1
            continue
        pr = _PARAGRAPH_RANGE.search(s)
        if pr and out["paragraphs_range"] is None:
            out["paragraphs_range"] = (pr.group(1), pr.group(2))
        if mode == "att" and s[:4].casefold() == "för " and ":" in s:
            # "för Region Mälarby: Eva Ek (ordf.), Per Lind": the huvudman a line of the roster speaks for,
            # read as its "Region Mälarby: …" line
            fr = s[4:].lstrip()
            if _ORG.fullmatch(fr.split(":", 1)[0].strip()):
                s = fr
        if mode == "att" and s.lstrip("-• ")[:5].casefold() == "från " and s.rstrip().endswith(":") and \
                _ORG.fullmatch(fr := s.lstrip("-• ")[5:].rstrip().rstrip(":").strip()):
            # "Från Fjällsta kommun:" alone on its line: the huvudman the people on the lines under it come from
            org_context = fr
            i += 1
            continue
        if (mode == "att" and i < hi and raw_entries and "," not in s and "  " not in s and "\t" not in s
                and lines[i - 1][:1] not in (" ", "\t", "-", "•")
                and lines[i][:1] in (" ", "\t") and lines[i].strip() and not _ANY_LABEL.match(s) and not _match_label(s)
                and lines[raw_entries[-1]["line"] - 1][:1] in (" ", "\t")
                and (leading_name(lines[i].strip())[0] or _match_label(lines[i].strip()))):
            # "Socialtjänsten Åby kommun" / "    Eva Ek, enhetschef" / "Barnahus Norrby" / "    Per Lind, samordnare":
            # a roster by organisation, each at the margin over its people indented under it; a heading, no one's name
            # (not a row of two columns, its party or label at the margin: "Moderaterna      Eva Ek")
            org_context = s if _ORG.fullmatch(s) else None
            i += 1
            continue
        if mode is None and i < hi and _ORG.fullmatch(s.strip("*_# ")) and _is_bulleted_name(lines[i]):
            # "Ekeby kommun" / "- Eva Ek, MAS" / "- Per Lind, enhetschef": a roster by huvudman with no label over
            # it, each huvudman a heading of its own over its people
            mode, queue, label_filled, seen_label = "att", [("present", ["ledamot"])], False, True
            status, section_roles = queue[0]
            org_context = s.strip("*_# ")
            i += 1
            continue
        if (mode == "att" and s.rstrip().endswith(":") and i < hi and _BARE_PLACE_HEADING.fullmatch(s.strip())
                and not _match_label(s.strip()) and is_name_line(_strip_bullet(lines[i]).split(",")[0])):
            # "Närvarande" / "Åby:" / "Eva Ek, enhetschef …": a kommun's place alone on its line over its people, as
            # a PDF sets the "Åby:   Eva Ek, …" of the typed roster; the people under it stay in the roster
            org_context = None
            i += 1
            continue
        m = _ANY_LABEL.match(s)
        if m and mode == "att" and _CHANGE_LABEL.match(m.group(1).strip()):
            # "Ny i gruppen: Amela Begić, ny ledamot från Åby kommun efter Sanna Holm" under the absent:
            # a change of seat told beside the roster, its person there unless the roster says otherwise; the
            # roster ends with it (the running text below is no one's details)
            who = leading_name(_strip_bullet(m.group(2).strip()))[0]
            if who:
                entry(who, "present", ["ledamot"], i, change_note=True)
            out.setdefault("preamble", []).append(s.strip())  # the change it tells is read with the relations
            mode, queue = None, []
            i += 1
            continue
        if not m and mode == "att" and (ou := _org_unit_label(s)) and is_name_line(ou[2]):
            # "Region X, vuxenpsykiatrin: Eva Ek, sjuksköterska": the huvudman and its unit the people on the line
            # come from, as a line per förvaltning names its own
            org_context = ou[0]
            entry(ou[2], *(queue[0] if queue else ("present", ["ledamot"])), i, unit_label=ou[1])
            label_filled = True
            i += 1
            continue
        if m and mode == "att" and _COLLECTIVE_SEAT_LABEL.fullmatch(m.group(1).strip()) and m.group(2).strip():
            # "Kommunernas representant: Karin Ek, länssamordnare": the seat the kommuner hold together, its holder
            # theirs as a "Kommunerna:" line's people are
            org_context = None
            entry(m.group(2), *(queue[0] if queue else ("present", ["ledamot"])), i, org="Kommunerna")
            label_filled = True
            i += 1
            continue
        if m and mode == "att" and (_ORG.fullmatch(m.group(1).strip()) or (
                not _TIME_PLACE.match(m.group(1).strip().lower()) and not _PERSON_LABEL.match(m.group(1).strip().lower())
                and not _MAIL_LABEL.match(m.group(1).strip().lower()) and (is_name_line(m.group(2).strip()) or _given_only(m.group(2))))):
            # "Åby kommun: Anna Lund (S), Per Berg (M)", "Kommunerna: Eva Ek (Norrvik), …": people by huvudman
            org_context = m.group(1).strip() if _ORG.fullmatch(m.group(1).strip()) else None
            # "Socialförvaltningen: Fatima Haddad (…)", "Räddningstjänsten Åby: Sara Ek": the unit or
            # organisation each person on the line comes from
            where = m.group(1).strip() if not org_context and _UNIT_LABEL.fullmatch(m.group(1).strip()) else None
            if m.group(2).strip():
                who, seat = m.group(2), (queue[0] if queue else ("present", ["ledamot"]))
                if org_context and (away := _match_label(who)) and away[0] == "absent" and away[3]:
                    # "Åby kommun: anmält förhinder: Eva Ek": the huvudman's people, away
                    who, seat = away[3], ("absent", away[1])
                entry(who, *seat, i, unit_label=where)
                label_filled = True
            i += 1
            continue
        if (m and mode == "att" and not m.group(2).strip() and s.rstrip().endswith(":") and len(m.group(1).split()) <= 3
                and not _TIME_PLACE.match(m.group(1).strip().lower()) and not _MAIL_LABEL.match(m.group(1).strip().lower())
                and i < hi and lines[i][:1].isspace() and is_name_line(_strip_bullet(lines[i].strip()))):
            # "Skola:" / "  Eva Ek, rektor Norrbyskolan": a heading over the people of one sector or party to the
            # meeting, its people indented under it; the roster goes on
            i += 1
            continue
        if mode is None and (ml := _MANDATE_LABEL.match(s.strip())) and _BODY_WORD.search(ml.group("to")):
            # "Uppdragsgivare: Styrgrupp X", "Rapporterar till: Ledningsgruppen": the body's standing mandate
            # as a labelled header line, read as the sentence it stands for (a person there is no body)
            verb = "rapporterar till" if ml.group("label").casefold().startswith(("rapport", "återrapport")) \
                else "arbetar på uppdrag av"
            out.setdefault("preamble", []).append(f"Gruppen {verb} {ml.group('to').strip().rstrip('.')}.")
            if ml.group("more"):
                out["preamble"].append(ml.group("more").strip())
            seen_label = True
            i += 1
            continue
        if m:
            head = m.group(1).strip().lower()
            # a chat app's recap heads the notes with labelled lines over their own title block
            seen_label = seen_label or head not in _RECAP_LABELS
            if head in ("datum", "date") and _in_forward_head(lines, i, lo, hi) and (sent := parse_date_phrase(m.group(2))):
                # "Från: Eva Ek" / "Datum: tors 7 mars 2029 kl 16:02" / "Ämne: Anteckningar …": the head of a
                # forwarded message dates its sending, not the meeting its notes tell of
                out["mail_sent"] = sent
                out.setdefault("mail_sent_at", []).append((i - 1, sent))
            elif (_TIME_PLACE.match(head) and "juster" not in head) or (
                    head in _WHEN_OR_BODY and parse_date_phrase(m.group(2)) and _TIME.search(m.group(2))):
                # "Möte: tisdag 2 september 2025 09:00–11:00, Teams": the label names when, not which body
                _time_place(m.group(2), out)
                nxt = lines[i].strip() if not m.group(2).strip() and i < hi else ""
                if nxt and not _ANY_LABEL.match(nxt) and not _match_label(nxt) and not _TIME_PLACE.match(nxt):
                    # "Dag:" / "18 november 2025", "Plats:" / "Länsstyrelsen, Skogsby": the value on the next line
                    _time_place(nxt, out)
                    mode, table = None, None
                    i += 2
                    continue
            elif head in ("huvudman", "huvudmannen") and _HUVUDMAN_CELL.match(m.group(2).strip(" *_.")):
                # "Huvudman: Region X" in the header of a board of the region's own (a folkhögskola's): the owner
                # whose bodies the minutes name bare, as a letterhead's are
                out.setdefault("letterhead", m.group(2).strip(" *_."))
            elif head in _BODY_LABELS and out.get("body_label") is None:
                # "Organ: Socialnämnden", "Ämne: Minnesanteckningar från möte i Arbetsgrupp X 12/3"
                # "Kanal: Barn och unga > Arbetsgrupp X": a channel's path, the body last
                value = m.group(2)
                if not value.strip() and head in _ORGAN_LABELS:
                    # "Organ och §§:" / "" / "Samordningsförbundet X": a PDF's ANSLAG/BEVIS box gives the value its
                    # own line, a blank line between; only a body's name is taken from there
                    value = _value_below(lines, i, hi)
                cand = _body_cell(value.rsplit(">", 1)[-1])
                if cand and head == "ämne" and (sg := _SG_SHORT.match(cand)):
                    # "Ämne: Anteckningar SG Psykisk hälsa vuxna 28/1": the letters stand for a samverkansgrupp in
                    # one region and a styrgrupp in the next; the notes' own text names it in full
                    cand = _sg_in_full(sg.group(1), "\n".join(lines[lo - 1:hi + 60])) or cand
                if cand and head == "ämne" and _KIND_LETTERS_SUBJECT.fullmatch(cand):
                    # "Ämne: Minnesanteckningar LSG LARO 6/10" over the notes' own title "LOKAL SAMVERKANSGRUPP LARO X
                    # (LSG LARO)": the body the short name stands for, as the title names it
                    cand = _spelled_out_body(cand, lines[lo - 1:hi + 60]) or cand
                if cand and head == "ämne" and re.fullmatch(r"[A-ZÅÄÖ]{3,8}", cand):
                    # "Ämne: Minnesanteckningar LGV 23 juni" over the notes' own title "Ledningsgruppen för vård i
                    # Åby (LGV)": the body the letters alone stand for, as the title spells them out
                    cand = _title_spelling_out(cand, lines[lo - 1:hi + 60], bare=True) or cand
                if cand and not _HUVUDMAN_CELL.match(cand) and (head not in _LOOSE_BODY_LABELS or _BODY_WORD.search(cand)):
                    out["body_label"] = cand[:1].upper() + cand[1:]
                elif cand and head == "ämne" and (lettered := _LETTERS_THEN_TOPIC.fullmatch(cand)):
                    # "Ämne: Minnesanteckningar LSG barn och unga Norrfors 3/12": the kind by its letters, then the
                    # topic and place; the recipients may spell the letters out (see the mail's body below)
                    out["subject_letters"] = (lettered["acr"], lettered["rest"])
            elif _SENT_LABEL.match(head):
                out["mail_sent"] = parse_date_phrase(m.group(2))  # "Skickat: den 12 november 2025 16:42"
                # (each message of a forwarded chain with the day it was sent, for the words of its own text)
                out.setdefault("mail_sent_at", []).append((i - 1, out["mail_sent"]))
            elif _MANDATE_HEAD.fullmatch(head.strip("*_> ")) and _HEADER_RELATION.search(m.group(2)):
                # "Uppdrag: RLG beslutade 2026-02-12 att ge arbetsgruppen i uppdrag att …": the mandate the body
                # works under, quoted in its header; read with the running text
                out.setdefault("preamble", []).append(s.strip())
            elif _PERSON_LABEL.match(head):
                nm, _ = leading_name(m.group(2).strip())
                if nm:
                    out.setdefault("named", []).append(nm)
                # "Projektägare: Anna Lund, ordförande i Styrgrupp X. Styrgrupp X rapporterar till …":
                # the relations it states are read with the running text
                out.setdefault("preamble", []).append(s.strip())
            elif _MAIL_LABEL.match(head):
                sent_by = _mail_names(m.group(2))
                out.setdefault("named", []).extend(sent_by)
                if head == "från" and len(sent_by) == 1:
                    # (in a reply over the quoted notes, the notes are by the sender of the message quoted last:
                    # "Från: Maria" answering "Från: Jonas" over Jonas's notes)
                    out["writer"] = sent_by[0]
                # ("Till: Processteam X (sändlista)": the list's kind in brackets after the body's name)
                to = _LIST_NOTE.sub("", _body_cell(_mailed_body(_EMAIL.sub(" ", m.group(2)))))
                if to[:3] in ("AG ", "SG ", "PG "):
                    # "Till: AG suicidprevention": the mailing list named by the body's kind in its short letters
                    to = _KIND_LETTERS[to[:2]] + to[2:]
                if head == "till" and len(to.split()) <= 8 and _BODY_WORD.search(to) and not _HUVUDMAN_CELL.match(to):
                    # "Till: Samverkansgrupp barn och unga": notes mailed to the body that met
                    out.setdefault("mail_to_body", to[:1].upper() + to[1:])
            mode = None if not is_name_line(s) else mode
            if mode is None:
                table = None
                i += 1
                continue
        if mode == "att" and len(cells) == 1 and _JUSTERING_LABEL.match(s):
            mode, table = None, None  # "Justeringens plats och" alone on its line: the roster has ended
            i += 1
            continue
        first = _FIRST_MEETING.match(_strip_bullet(s)) if mode == "att" else None
        if first:
            # "Ida Ek deltog för första gången som ny representant för …": the newcomer is there
            entry(first.group("who"), "present", ["ledamot"], i, change_note=True)
        if first or (mode == "att" and len(s) > 40 and (told := leading_name(_strip_bullet(s)))[0]
                     and _TOLD_OF_PERSON.match(told[1])):
            # "Eva Ek deltog för första gången som ny representant för Åby kommun. Hon ersätter Per Ek …": the
            # roster has ended; the change its paragraph tells is read with the relations
            para, j = [s.strip()], i + 1
            while j <= hi and lines[j - 1].strip():
                para.append(lines[j - 1].strip())
                j += 1
            out.setdefault("preamble", []).append(" ".join(para))
            mode, queue = None, []
            i = j
            continue
        if (mode == "att" and len(s) > 60 and s.count(" ") >= 8 and _HEADER_RELATION.search(s)
                and not is_name_line(s) and not leading_name(_strip_bullet(s))[0]):
            # a paragraph after the roster on the body's uppdrag ("Arbetsgruppen tillsattes av Samverkansgrupp X
            # …"): the roster has ended; its sentences are read as the body's standing relations
            # (to the sentence's end where the line wraps: "Gruppen arbetar på uppdrag av X och" / "lämnar en
            # lägesbild dit inför varje rådsmöte.")
            mode, queue = None, []
            rest = _sentence_goes_on(lines[i:hi]) if s.rstrip()[-1:] not in ".!?:" else []
            out.setdefault("preamble", []).append(" ".join([s.strip()] + rest))
            i += 1 + len(rest)
            continue
        if mode == "att":
            if by_index and table is None and len(cells) == 2 and cells[0][0] == 0:
                lead, rest = cells[0][1].strip(), cells[1][1].strip()
                if (_CAPS_CODE.fullmatch(lead) and not party_heading(lead) and leading_name(rest)[0]
                        and not initials_fit(lead, leading_name(rest)[0])):
                    # the huvudman's short code in the first cell of every row ("RN | Eva Ek, MAS, Region Norr"),
                    # no initials of the person: the person's cell, as the same roster laid out with spaces is read
                    by_index, s, cells = False, rest, [(0, rest)]
                elif (not lead or party_heading(lead) or _ORG.fullmatch(lead)) and leading_name(rest)[0]:
                    # a roster as a Word table, the party or huvudman in the first cell of its first row
                    # only: read as the same roster laid out with spaces is
                    by_index, s = False, f"{lead}    {rest}" if lead else f"    {rest}"
                    cells = [(0, lead), (len(lead) + 4, rest)] if lead else [(4, rest)]
            text = _strip_bullet(s)
            if by_index:  # a row of cells under no header: "Anna Lund<tab>Region Österland<tab>ordförande"
                vals = [c for _, c in cells if c]
                if len(vals) > 2 and sum(1 for c in vals if leading_name(_strip_bullet(c))[0]) >= 2:
                    # "| Eva Ek, MAS | *förhinder* | Per Lind, socialchef |": a column's seat marked away or empty,
                    # the mark no detail of the name in the cell beside it
                    vals = [c for c in vals if not (_ABSENT_NOTE.match(c.strip("*_ ")) or _ENTRY_WORD.fullmatch(c.strip("*_ ")))]
                text = "; ".join(vals)
                if len(vals) >= 2 and _is_initials(vals[0]):
                    text = vals[0] + "   " + "; ".join(vals[1:])  # "PAN<tab>Per-Arne Nordin"
            if not by_index and len(cells) == 1 and party_heading(text):
                # "Socialdemokraterna" alone on its line over its names, as a PDF gives a roster's party cell
                party_context, party_over = party_heading(text), True
                i += 1
                continue
            if not by_index and cells[0][0] == 0 and (len(cells) == 1 or party_heading(cells[0][1])) and not (
                    party_over and len(cells) == 1):
                party_context = None  # a line from the margin: a party heading names below it, or none
            if not by_index and len(cells) >= 2 and cells[0][0] == 0 and party_heading(cells[0][1]):
                party_context, party_over = party_heading(cells[0][1]), False  # "Socialdemokraterna   Anna Berg, ordförande"
                text = s[len(cells[0][1]):].strip()
            if party_context and not by_index and not _PARTY.search(text):
                nm, after = leading_name(text)
                if nm:
                    text = f"{nm} ({party_context}){after}"
            if party_context and not by_index:
                pass  # a name under its party: neither a huvudman heading nor another label
            elif not by_index and len(cells) >= 2 and cells[0][0] <= 4 and _ORG.fullmatch(cells[0][1]):
                # the huvudman in the left column, its people to the right (the roster indented a little under
                # its label: "Närvarande ledamöter" / "  Åby kommun     Eva Ek (S)")
                org_context = cells[0][1]
                text = s[len(cells[0][1]):].strip()
            elif ((ph := _PRESIDIUM_HEADING.fullmatch(text.strip("*_ :"))) and _ORG.fullmatch(ph.group("org"))
                  and not by_index):
                # "Ulvhöga kommun, socialnämndens presidium" over its members: the huvudman of the people below,
                # as a bare huvudman heading is, never a run-on of the entry above
                org_context = ph.group("org")
                i += 1
                continue
            elif (_ORG.fullmatch(text.rstrip(":")) or _caps_org(text.rstrip(":"))) and not (
                    raw_entries and raw_entries[-1]["line"] >= i - 2 and raw_entries[-1]["text"].rstrip().endswith(",")):
                # a huvudman heading over its people, in capitals too ("BJÖRKÅ KOMMUN", "REGION SKOGLAND")
                org_context = _caps_org(text.rstrip(":")) or text.rstrip(":")
                i += 1
                continue
            elif (not by_index and len(cells) >= 2 and cells[0][0] == 0 and not leading_name(cells[0][1])[0]
                  and not _initials_line(s) and cells[0][1][:1].isupper() and len(cells[0][1].split()) <= 4):
                mode, table = None, None  # another label in the left column ("Justeringens plats och tid")
                i += 1
                continue
            if not by_index and ("/" in text or " – " in text):
                text = _org_before_name(text)  # "Åby kommun/Anna Lund/Verksamhetschef …"
            if not by_index and "," in text:
                # "Borg, Elin – Region Norrby (sammankallande)": one person a line, surname first
                turned = _surname_comma_given([p.strip() for p in text.split(",", 1)])
                text = turned[0] if len(turned) == 1 else text
            named = [c for _, c in cells if leading_name(_strip_bullet(c))[0]]
            if not by_index and len(cells) >= 2 and len(named) == len(cells):
                text = "; ".join(named)  # people side by side: "Anna Lund      Per Berg"
            elif (not by_index and len(cells) in (2, 3) and len(named) == 1 and named[0] is cells[0][1]
                  and is_person_name(cells[0][1].strip()) and cells[1][1][:1].isupper()
                  and all(c[:1].islower() for _, c in cells[2:])):
                # "Nadia El-Amin      NSPH Ekebrinken": a person and the association she sits for, in columns of spaces
                # (and her seat in a third column: "Eva Ek      Försäkringskassan      vice ordförande")
                text = ", ".join(c.strip() for _, c in cells)
            if (raw_entries and not was_blank and raw_entries[-1]["line"] == i - 1 and not by_index
                    and raw_entries[-1]["text"].rstrip().endswith((",", " och", " samt", " för"))):
                # the entry above runs on ("…, förvaltningschef," / "Hälsocentralen Norrby"); a new
                # person on this line is split off again with the others of the list (a cell wrapped after
                # "…, tjänstgörande ersättare för" / "Hanna Lind (V)": the one she serves for, not another member)
                run_on(s)
                raw_entries[-1]["line"] = i
            elif ((is_name_line(text) and not _ORG.match(text)) or _initials_line(text) or _initials_list(text)
                    or _given_only(text)):
                if not queue:
                    queue = [("present", ["ledamot"])]
                st, roles = queue[0]
                if pending_role == ["sekreterare"] and st == "present" and roles == ["ledamot"] and secretary_heading:
                    # "Sekreterare" as a heading of its own inside the roster, over the one who keeps the minutes:
                    # that official, no member of the sections above
                    roles = []
                elif pending_role == ["sekreterare"] and st in ("guest", "absent") and secretary_heading:
                    # "Övriga närvarande: …" / "Sekreterare" / "Rut Almqvist": the heading of its own ends the
                    # guests' section (or the absent's, "Frånvarande" / "Amir Haddad" above it); the one who keeps
                    # the minutes is at the meeting
                    st, roles = "present", []
                entry(text, st, list(roles) + [r for r in pending_role if r not in roles], i)
                pending_role = []
                label_filled = True
            elif (raw_entries and raw_entries[-1]["text"].rstrip().endswith(".") and not by_index
                  and _SECTION_HEADING.fullmatch(text)):
                pass  # "… Länssjukhuset." / "Primärvården": a heading over the next people, not a run-on
            elif (raw_entries and not by_index and raw_entries[-1]["text"].rstrip().endswith(")")
                  and _SECTION_HEADING.fullmatch(text) and not _ORG.fullmatch(text) and i < hi
                  and _PROSE_UNDER_HEADING.match(lines[i].strip())):
                # "Inte med: JB (Jessica Borg, rehab)" / "Nytt i teamet" / "ON är ny från och med i dag och ersätter
                # …": a point's heading and its running text where Word sets no blank line, the roster ended
                mode = None
                i += 1
                continue
            elif (presence_heading is not None and presence_heading == i_before(i) and not label_filled
                  and _ROSTER_NOTE.match(text)):
                # "Närvarande" / "Direktionens ledamöter och ersättare som var närvarande på mötet" / "Direktionens
                # ledamöter": a sentence saying whom the heading lists; the heading still stands over the labels
                presence_heading = i
            elif sm := _STAND_IN_NOTE.match(s):
                # "§ 6–8 tjänstgjorde Eva Ek i stället för Per Ek, som lämnade mötet efter § 5." under the roster:
                # who sat for whom for some paragraphs, a note of its own, no more of the entry above
                deputies.append((sm.group("who"), sm.group("away")))
            elif _HEADER_RELATION.search(s) and not leading_name(_strip_bullet(s))[0] and (
                    s[:1].islower() or not raw_entries or raw_entries[-1]["line"] < i - 1):
                # a sentence under the roster telling the body's standing mandate ("Rådet består av … i Åby" / "och
                # rapporterar till Styrgrupp X."): read with the running text, its start on the line above
                above = lines[i - 2].strip() if i >= 2 else ""
                wrapped = s[:1].islower() and above and above[-1:] not in ".!?:"
                # (and its end on the lines below, where the sentence wraps after "och")
                rest = _sentence_goes_on(lines[i:hi]) if s.rstrip()[-1:] not in ".!?:" else []
                out.setdefault("preamble", []).append(" ".join([above] * bool(wrapped) + [s.strip()] + rest))
                i += len(rest)
            elif (raw_entries and not by_index and raw_entries[-1]["line"] == i - 1 and ":" not in s
                  and _outdented_heading(lines[i - 1], lines[i - 2], text)):
                # "    Per Ek, MAS" / "Socialförvaltningen" / "    Eva Lund, enhetschef": a förvaltning's or a
                # huvudman's heading back at the margin over the next people, not a run-on of the entry above
                head_org = text.split(",")[0].strip()
                if _ORG.fullmatch(head_org) or _caps_org(head_org):
                    org_context = _caps_org(head_org) or head_org
            elif _SEAT_EMPTY_NOTE.match(text):
                # "Ekby saknar representant sedan januari." under the roster's lines: a side's empty seat, a note of
                # its own read with the running text, no more of the entry above
                out.setdefault("preamble", []).append(s.strip())
            elif "\t" in s and _ORG.fullmatch(s.split("\t", 1)[0].strip()) and _AWAY_SENTENCE.search(s.split("\t", 1)[1]):
                # "Malmsta kommun | Ingen företrädare – Eva Ek (S) hade anmält förhinder": a huvudman's own row, whose
                # one member was away, never a run-on of the row above
                st, roles = queue[0] if queue else ("present", ["ledamot"])
                entry(s.split("\t", 1)[1].strip(), st, list(roles), i, org=s.split("\t", 1)[0].strip())
            elif (raw_entries and not was_blank and raw_entries[-1]["line"] >= max(i - 3, label_line)
                  and not _AGENDA_HEADING.match(s)
                  and all(lines[k - 1].strip() for k in range(raw_entries[-1]["line"] + 1, i))):
                # the entry above runs on, unless a label came between (or the agenda's heading), or a blank
                # line: "Förhinder: Eva Ek, Åby kommun" / "" / "Rådet består av …" / "och rapporterar till …"
                run_on(s)
            i += 1
            continue
        if mode is None and _CHAIN_ARROW.search(s) and (chain := _org_chain(s)):
            # "Organisation: RLG → Styrgrupp X → Arbetsgrupp A, Arbetsgrupp B": the structure drawn as a line of
            # arrows, each body working on the uppdrag of the one before it
            out.setdefault("preamble", []).extend(chain)
            i += 1
            continue
        if mode is None and _HEADER_RELATION.search(s):
            # "Projektgruppen arbetar på uppdrag av Samverkansgrupp X och rapporterar dit.": the body's
            # standing line, read with the running text as the labelled header lines are; its start on the
            # line above where the page wrapped it ("… Styrgruppen arbetar" / "på uppdrag av …")
            above = lines[i - 2].strip() if i - 2 >= lo - 1 and i >= 2 else ""
            wrapped = s[:1].islower() and above and above[-1:] not in ".!?:"
            # (and its end on the lines below: "Rådet arbetar på uppdrag av" / "Regionala samverkansgruppen … dit.")
            rest = _sentence_goes_on(lines[i:hi]) if s[-1:] not in ".!?:" else []
            out.setdefault("preamble", []).append(" ".join([above] * bool(wrapped) + [s.strip()] + rest))
            if rest:  # (the lines it went on to are read)
                title_lines += [(i, s)] * (not seen_label)
                i += len(rest) + 1
                continue
        if not seen_label and not _PAGE_EDIT_STAMP.match(s):
            title_lines.append((i, s))
        i += 1
    # body and date from the title block
    _title_block(title_lines, out)
    if out["date"] is None and out.get("mail_sent") and (sent := _sent_before(lines, lo, hi, out, _TODAYS_MEETING)):
        out["date"] = sent  # "Tack för ett bra möte i dag": the summary was sent the day it met
    if out["date"] is None and out.get("mail_sent") and (sent := _sent_before(lines, lo, hi, out, _YESTERDAYS_MEETING)):
        # "Tack för ett bra möte i går": sent the day after it met
        out["date"] = (date.fromisoformat(sent) - timedelta(days=1)).isoformat()
    if out["date"] is None and out.get("mail_sent"):
        # a message whose text under the greeting opens the notes with their own heading ("Minnesanteckningar
        # torsdag 9 april 2026, kl. 09.00–11.30"): the day it names, on or before the day the message was sent
        for k, line in enumerate(lines[lo - 1:hi], start=lo - 1):
            t = line.strip().strip("*#_ ")
            # (or with the meeting's own word before the day: "Träff 2026-05-06 kl 08.30–10.00, …"; or the day alone
            # under the notes' title set off by a rule: "=====" / "ARBETSGRUPP X – ANTECKNINGAR" / "Tisdag 8 oktober …")
            # (or the day after a dash on the ruled title's own line: "ARBETSGRUPP X – tisdag 9 februari 2027, …")
            if len(t) < 100 and (_DOC_TYPE.match(t) or _MEETING_WORD_DAY.match(t) or _day_under_ruled_title(lines, k)
                                 or _day_after_ruled_title(lines, k)) \
                    and not re.search(r"\b(?:från|frå)\s+(?:mötet|den)\b", t, re.I) \
                    and (d := parse_date_phrase(t)) and d <= out["mail_sent"]:
                out["date"] = d
                if (tm := _TIME.search(t)) and out["time"] is None:
                    out["time"] = f"{tm.group(1)}-{tm.group(2)}"
                break
    organ = out.get("organ_cell")
    if organ and out.get("body") and organ.casefold().startswith(out["body"].casefold() + " för "):
        # the running header's "Gemensamma överförmyndarnämnden" over the anslag's "Organ: Gemensamma
        # överförmyndarnämnden för X, Y och Z": the body in full
        out["body"] = organ
    label = out.get("body_label")
    fuller = [b for b in (out.get("body"), out.get("mail_to_body"))
              if label and b and " " not in label and b.casefold().startswith(label.casefold() + " ")]
    # (the notes' own title is fuller than the mailing list's name: "Till: MAS-nätverket Åby" over "MAS-nätverket i Åby –
    # minnesanteckningar" under the greeting)
    # (the kind may follow the word saying how far the group reaches: "regional arbetsgrupp tolkförsörjning")
    kind_at = 1 if label and _REACH_WORD.fullmatch(label.split()[0]) and len(label.split()) > 2 else 0
    if (not fuller or fuller == [out.get("mail_to_body")]) and label and _BODY_WORD.search(label.split()[kind_at]):
        # "Ämne: Minnesanteckningar socialchefsnätverket 6 mars" over the notes' own title further down, under the
        # greeting: "SOCIALCHEFSNÄTVERKET I SKOGLAND – MINNESANTECKNINGAR": the body in full; so too a subject
        # naming it by its kind and a word of its name ("arbetsgruppen demensvård" over "ARBETSGRUPPEN FÖR
        # SAMMANHÅLLEN DEMENSVÅRD I X")
        head, rest = " ".join(label.split()[:kind_at + 1]).casefold() + " ", label.casefold().split()[kind_at + 1:]
        # (the day the subject ends with is no word of the title: "Anteckningar AG korttidsplatser 2 dec")
        rest = [w for w in rest if not _SUBJECT_DAY_WORD.fullmatch(w)]
        for k, line in enumerate(lines[lo - 1:hi], start=lo - 1):
            t = re.split(r"\s+[–—-]\s+", line.strip().strip("*#_ "), maxsplit=1)[0]
            # (a title set off by a rule above it is the notes' own, whatever words the subject chose for the
            # field: "Anteckningar samverkansgruppen spel om pengar" over "-----" / "SAMVERKANSGRUPPEN FÖR SPELPROBLEM")
            ruled = k > 0 and bool(_RULE_LINE.match(lines[k - 1]))
            tw = t.casefold().split()
            # (or the subject's words, in the title, with the place's name the subject left out: "Anteckningar
            # samverkansgrupp RCC och kommunerna" over "Samverkansgrupp RCC Norrby och kommunerna")
            # (in a mailed message's notes, the place between the subject's words, no column run on after them)
            # (or after them: "Anteckningar referensgruppen demensvård 12/11" over "Referensgrupp demensvård Åby–Öby")
            placed = (bool(out.get("mail_sent") or out.get("writer")) and rest and "  " not in t
                      and all(w in tw for w in rest) and len(tw) > len(rest) + 1
                      and (tw[-1] == rest[-1] or tw[1:len(rest) + 1] == rest)
                      and all(w[:1].isupper() for w in t.split()[1:] if w.casefold() not in rest))
            # (the subject may name the kind in its definite form, the title in its bare one: "referensgruppen" /
            # "Referensgrupp")
            # (or with the "för" the subject left out: "regional arbetsgrupp tolkförsörjning" over "Regional
            # arbetsgrupp för tolkförsörjning – Västerheds län")
            # (and the place the subject left out after them: "operativ arbetsgrupp utskrivning" over "Operativ
            # arbetsgrupp för utskrivning i Åby")
            unlinked, named = [w for w in tw if w != "för"], head.split() + rest
            linked = "för" in tw and (unlinked == named or unlinked[:-2] == named and unlinked[-2] == "i"
                                      and t.split()[-1][:1].isupper())
            if (t.casefold().startswith(head) or placed and tw and head.rstrip() in (tw[0] + "en", tw[0] + "et")) \
                    and len(t) < 80 \
                    and (placed or linked or re.match(r"(?i)\S+\s+(?:i|för)\s+[A-ZÅÄÖ]", t)) \
                    and not re.search(r"[.:;,]", t) and (ruled or all(_word_in_title(w, tw) for w in rest)):
                fuller = [_tidy_caps(t, False)]
                break
    if not fuller and label and " " not in label and label[:1].isupper() and _BODY_WORD.search(label):
        # "Ämne: Minnesanteckningar MAS-nätverket 5 november" over "… från MAS-nätverket i Mälarby den 5 november"
        # in the message's text: the subject's name of the body, its place after it in full
        fuller = _placed_body(label, lines[lo - 1:hi])
    if not fuller and label and " " in label and (titled := _titled_with_owner(label, lines[lo - 1:hi])):
        # "Ämne: Anteckningar samverkansgruppen unga lagöverträdare 8/12" over the notes' own title "Samverkansgrupp
        # unga lagöverträdare (ULÖ), X kommun": the body in full, with the kommun it is of
        fuller = titled
    if not fuller and label and " " in label and (owned := _owners_body(label, lines[lo - 1:hi])):
        # "Ämne: Minnesanteckningar folkhälsostrategernas nätverk 9/12" over "… anteckningar från Nätverket för
        # folkhälsostrateger i X län": the body named by whom it gathers, in full in the text
        fuller = [owned]
    if not fuller and (short := label or not out.get("body") and out.get("mail_to_body")) \
            and (spelled := _spelled_out_body(short, lines[lo - 1:hi])):
        # "Ämne: Anteckningar processteam TSIU 24/6" over the notes' own title "Processteam Trygg och säker in- och
        # utskrivning (TSIU)": the body its letters stand for, in full
        fuller = [spelled]
    if not fuller and label and " " in label and (out.get("mail_sent") or out.get("writer")) \
            and (placed_in_text := _placed_in_running_text(label, lines[lo - 1:hi])):
        # "Sv: Anteckningar styrgruppen Nära vård 16/9?" over "… från torsdagens möte i Styrgrupp / Nära vård X (16
        # september …)": the message's own text names the body in full, its place after the subject's words
        fuller = [placed_in_text]
    if not fuller and label and " " in label and (out.get("mail_sent") or out.get("writer")) \
            and (linked_in_text := _linked_in_running_text(label, lines[lo - 1:hi])):
        # "Ämne: Minnesanteckningar ledningsgruppen tolkfrågor 20 november" over "… anteckningarna från
        # Ledningsgruppen för tolkfrågor i Åby, torsdag …": the message's own text names the body in full
        fuller = [linked_in_text]
    if not fuller and label and out.get("mail_to_body") and _same_kind(label, out["mail_to_body"]):
        # "Ämne: Anteckningar närvårdsgruppen Lövsta 14/10" mailed "Till: Lokal närvårdsgrupp Lövsta": the
        # recipients name in full the body the subject names by its kind
        fuller = [out["mail_to_body"]]
    if not fuller and label and (titled := out.get("body")) and titled.casefold().startswith(label.casefold() + " ") \
            and re.fullmatch(r"(?:i\s+)?[A-ZÅÄÖ][\wåäö-]+", titled[len(label) + 1:]):
        # "Möte: Arbetsgrupp X – septembermöte" (a meeting app's field) under the notes' title "Arbetsgrupp X
        # Åby": the title names the body with its place
        fuller = [titled]
    if label and fuller and fuller == [out.get("mail_to_body")] and (own := _titled_notes_body(label, lines[lo - 1:hi])):
        # "Ämne: Anteckningar närvårdsrådet 11/5" mailed "Till: Närvårdsrådet Åby" over the quoted notes' own
        # title "Minnesanteckningar – Lokala närvårdsrådet i Åby": the title names the body in full
        fuller = [own]
    if fuller:
        # "Ämne: Minnesanteckningar ledningsgruppen 11 juni" over "LEDNINGSGRUPPEN FÖR SAMVERKAN I X": the
        # subject's bare kind is the body the title or the recipients name in full
        out["body"] = fuller[0]
    elif label and (titled := out.get("body")) and _OCCASION_LABEL.fullmatch(label) and _BODY_WORD.search(titled):
        # "Möte: Nätverksträff november" (a meeting app's name of the occasion) under the notes' title
        # "Mötesanteckningar – Lokalt nätverk mot X, Åby": the title names the body, the label only the meeting
        pass
    elif label and out.get("mail_to_body") and _OCCASION_LABEL.fullmatch(label):
        # "Ämne: Sammanfattning från nätverksträffen 10 mars" mailed "Till: Nätverket för X i Åby": the subject
        # names the meeting, the recipients the body that held it
        out["body"] = out["mail_to_body"]
    elif label:
        out["body"] = out["body_label"]
    elif not out.get("body") and out.get("mail_to_body"):
        out["body"] = out["mail_to_body"]
        if (lettered := out.get("subject_letters")) and (kind := _spelled_kind(lettered[0], out["body"])) \
                and lettered[1].split()[-1] == out["body"].split()[-1]:
            # "Ämne: … LSG barn och unga Norrfors" mailed "Till: Lokal samverkansgrupp Norrfors": the kind the letters
            # stand for, as the recipients spell it, with the subject's topic and place
            out["body"] = f"{kind} {lettered[1]}"
        short = out["body"].casefold()
        for line in lines[lo - 1:hi]:
            t = line.strip().strip("*#_ ")
            if (len(t) < 90 and t.casefold().startswith(short + " ") and not re.search(r"[.:;,]", t)
                    and re.match(r"(?:för|i)\s+\S", t[len(short) + 1:])):
                # "Till: Regionalt politiskt samråd" over the notes' own title "Regionalt politiskt samråd för vård
                # och omsorg": the mailing list's short name, the title's in full
                out["body"] = t
                break
    if not out.get("body") and (out.get("mail_sent") or out.get("writer")):
        # a message whose notes, under the greeting and the signature, open with their own title set off by a
        # rule ("=====" / "Lokal samverkansgrupp X" / "Torsdag 16 april …"): the body the title names
        for k in range(max(lo - 1, 1), hi):
            t = lines[k].strip().strip("*#_ ")
            # (the kommun's or region's letterhead may stand between the rule and the title: "-----" / "ÅBY KOMMUN" /
            # "Kommunstyrelsens arbetsutskott")
            ruled = bool(_RULE_LINE.match(lines[k - 1]) or k >= 2 and _RULE_LINE.match(lines[k - 2])
                         and _LETTERHEAD_LINE.match(lines[k - 1].strip()))
            # (the kind of document after a dash is no part of the name: "SAMVERKANSGRUPP X (SBU) – MINNESANTECKNINGAR",
            # "SAMVERKANSGRUPP X – protokollsanteckningar")
            t = _without_kind_tail(t)
            if (ruled and 3 < len(t) < 80 and _BODY_WORD.search(t)
                    and not re.search(r"[.:;,\d]", t) and not _DOC_TYPE.match(t)):
                out["body"] = _tidy_caps(t, False)
                if out["date"] is None and k + 1 < hi and (d := parse_date_phrase(lines[k + 1])):
                    out["date"] = d  # "Torsdag 16 april 2026, 13.00–15.00, …" under the title
                    if (tm := _TIME.search(lines[k + 1])) and out["time"] is None:
                        out["time"] = f"{tm.group(1)}-{tm.group(2)}"
                break
            if (named := _typed_title_body(lines[k])) and k + 1 < hi and (d := parse_date_phrase(lines[k + 1])):
                # "Minnesanteckningar – Lokal samverkansgrupp X" over "Torsdag 7 oktober 2027 kl. 13.30–15.30, …":
                # the notes' own title under a forward's greeting, the kind of document before the body it names
                out["body"] = named
                if out["date"] is None:
                    out["date"] = d
                break
            if _RULE_LINE.match(lines[k - 1]) and len(t) < 80 and _DOC_TYPE.match(t):
                # "------" / "MINNESANTECKNINGAR LSVO 2026-12-04": the notes' own title line, the kind of document
                # with the body and the day, read as a title block is
                sub = {"date": None, "time": None}
                _title_block([(k + 1, lines[k])], sub)
                if sub.get("body"):
                    out["body"] = sub["body"]
                    break
    if not out.get("body"):
        out["body"] = _spelled_title_body(lines[lo - 1:hi])
    elif not label and " " not in out["body"] and (placed := _placed_body(
            out["body"], [t for t in lines[lo - 1:hi] if _DOC_TYPE.match(t.strip())])):
        # "Viltförvaltningsdelegationen" in the letterhead's cell over "Protokoll fört vid sammanträde med
        # Viltförvaltningsdelegationen i X län": the title's sentence names the body with its county or place
        out["body"] = placed[0]
    if out.get("body") and out["body"][:8].casefold() == "gemensam" and (jb := _JOINT_BETWEEN.match(out["body"])):
        out["body"] = jb.group("a")  # "Gemensamt möte mellan X och Y": the body named first called it
    _dated_marks(raw_entries, tables, out.get("date"))
    raw_entries = _away_apart(raw_entries, deputies)
    _attendance_from(raw_entries, tables, att)
    if att.uncalled:
        out.setdefault("named", []).extend(att.uncalled)
    for deputy, away in deputies:  # "Eva Ek ersattes av Per Lind.": the deputy, listed as present, sat as ersättare
        for e in att.entries:
            if e.status == "present" and _norm_key(e.name) == _norm_key(deputy):
                e.roles[:] = _as_ersättare(e.roles)
                e.substitute_for = e.substitute_for or away
    for e in att.entries:
        if (e.status == "present" and e.roles == ["ledamot"] and not e.party and len(e.paragraphs) == 1
                and _ONE_POINT.fullmatch(e.paragraphs[0])):
            # "Lina Hedberg, projektledare, Region X (punkt 3)" in notes: there for one point only (not
            # "p. 1–5", not a protocol's "fr.o.m. § 16"), with no seat written, is who comes to present it
            e.status, e.roles = "guest", []
    _pair_signatures(sig_seq, att)
    for sides in out.get("sides", []):
        named = {n.strip().casefold() for n in re.split(r",|\boch\b", sides.group("who")) if n.strip()}
        for e in att.entries:
            if e.name.casefold() in named or e.name.split()[0].casefold() in named:
                e.organisation = sides.group("org").strip()
            elif sides.group("rest") and e.organisation is None:
                e.organisation = sides.group("rest").strip()
    out["attendance"] = att.entries
    return out


_SIDE_NAME = r"[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+)?"
# "Nils, Rania och Ylva företräder Region X, övriga Åby kommun.": a sentence under the roster giving the huvudman
# of the people named above it by their first names, and of the others
_SIDES_BY_NAME = re.compile(
    rf"(?P<who>{_SIDE_NAME}(?:\s*,\s*{_SIDE_NAME})*\s+och\s+{_SIDE_NAME})\s+(?:företräder|representerar|kommer\s+från|är\s+från)"
    r"\s+(?P<org>[A-ZÅÄÖ][^,.;:]{2,60}?)(?:\s*[,;]\s*övriga\s+(?:företräder\s+|från\s+)?(?P<rest>[A-ZÅÄÖ][^,.;:]{2,60}?))?\s*\.?$")


# a note under a roster on who sat for whom for some paragraphs: "§ 6–8 tjänstgjorde Eva Ek i stället för Per Ek",
# "Under § 118–121 tjänstgjorde Ola Ås (S) i stället för Eva Ek (S)", "Från punkt 4 tjänstgjorde …"
_STAND_IN_NOTE = re.compile(r"^(?:(?:Under|Från|Vid|Fr\.o\.m\.)\s+)?(?:§§?|punkt(?:erna)?|p\.)\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?,?\s+"
                            r"(?:tjänstgjorde|tjänstgör)\s+(?:som\s+ersättare\s+)?"
                            r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:\s*\([^()]*\))?\s+"
                            r"(?:i\s+stället\s+för|istället\s+för|för)\s+"
                            r"(?P<away>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})")


def _away_apart(raw_entries: list[dict], deputies: list[tuple[str, str]]) -> list[dict]:
    """The entries with the sentences closing a roster told in sentences apart: a roster's last entry whose
    text ran on over the lines below it ("… och Eva Ek (Åby kommun). / Per Lind (Region X) ersattes av Bo
    Sand. Lisa Berg (…) hade förhinder.") holds who was away, each an absent entry of the roster's roles;
    the deputies named are added to ``deputies``."""
    out: list[dict] = []
    for raw in raw_entries:
        text = raw["text"]
        if raw.get("table") is not None or not any(w in text for w in ("ade ", "ade.", "inte", "frånv", "ersatt")):
            out.append(raw)
            continue
        away: list[dict] = []
        while text and (m := _AWAY_SENTENCE.search(text)):
            who = m.group("who") or m.group("who2") or m.group("who3") or m.group("who4")
            away.insert(0, {**raw, "text": who, "status": "absent", "roles": list(raw["roles"])})
            if m.group("sub"):
                deputies.append((m.group("sub"), leading_name(m.group("who3"))[0]))
            text = text[:m.start()].rstrip()
        if text:
            out.append({**raw, "text": text} if away else raw)
        out.extend(away)
    return out


# a member's seat written on a roster line
_SEAT_NAMED = re.compile(r"(?i)\bledam(?:ot|öter)\b")
# the chair's seat, which a column run over may have hidden in the unit ("… barn och unga sammankallande")
_CHAIR_WORD = re.compile(r"(?i)\b(?:sammankallande|ordf(?:\.|örande)?)(?!\w)")


# a tick written after a name in a roster's cell: "Eva Ek ✔", "Eva Ek (✓)"
_NAME_TICK = re.compile(r"\s*\(?[✔✓☑✅]\ufe0f?\)?(?=\s*(?:[;,]|$))")


def _ticked_tables(raw_entries: list[dict]) -> set:
    """The tables whose cells tick some names and leave others bare: a roster whose legend reads
    "✔ = närvarande", where the names without a tick were away.

    >>> _ticked_tables([{"table": 0, "text": "Eva Ek ✔; Per Lind"}, {"table": 1, "text": "Bo Sand ✔"}])
    {0}
    """
    ticked: dict = {}
    for raw in raw_entries:
        if raw.get("table") is None:
            continue
        for piece in split_entries(raw["text"]):
            if leading_name(_strip_bullet(_NAME_TICK.sub("", piece)))[0]:
                ticked.setdefault(raw["table"], set()).add(bool(_NAME_TICK.search(piece)))
    return {t for t, marks in ticked.items() if marks == {True, False}}


# a place alone in brackets closing a roster entry: "Eva Ek (Ekeby)"
_BARE_PLACE_NOTE = re.compile(r"\((?P<p>[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ][a-zåäö]+)?)\)\s*[,;.]?\s*$")
# words a roster's brackets hold that are no place: how one took part
_NOT_A_PLACE = frozenset({"teams", "zoom", "skype", "distans", "digitalt", "telefon", "länk", "punkt", "frånvarande",
                          "förhinder", "ordförande", "sekreterare", "sammankallande", "ersättare", "ledamot"})


def kommun_of_bare_place(entry: str) -> str | None:
    """The kommun a roster entry names by its place alone, where the region's people beside it are
    written "(Region X)": "Eva Ek (Ekeby)" -> "Ekeby kommun".

    >>> kommun_of_bare_place("Eva Ek (Ekeby)"), kommun_of_bare_place("Eva Ek (Teams)"), kommun_of_bare_place("Eva Ek")
    ('Ekeby kommun', None, None)
    >>> kommun_of_bare_place("Eva Ek (Vårdcentralen)"), kommun_of_bare_place("Eva Ek (Psykiatrin)")
    (None, None)
    """
    m = _BARE_PLACE_NOTE.search(entry) if entry.endswith((")", "),", ").", ");")) else None
    if not m or m.group("p").casefold() in _NOT_A_PLACE or is_given_name(m.group("p")) or \
            _UNIT_ENDING.search(m.group("p").casefold()) or m.group("p").endswith(("vården", "iatrin")):
        return None  # (a unit in brackets, "(Vårdcentralen)", "(Psykiatrin)": no kommun)
    return f"{m.group('p')} kommun"


def _attendance_from(raw_entries: list[dict], tables: list[_Table], att: "_Attendance") -> None:
    """Parse the collected entries into ``att``: people, then those named by initials, then substitutes."""
    replaced: list[tuple[str, int]] = []
    served: list[tuple[str, int, list[str]]] = []  # an ersättare serving for someone over the §§ the roster names
    by_initials: list[tuple[str, dict, str]] = []
    turned = 0  # names written surname first and turned by their form
    marked_tables = {t.ident for t in tables if t.marked}
    ticked_tables = _ticked_tables(raw_entries)
    seat_bodies = {raw["seat_body"] for raw in raw_entries if raw.get("seat_body")}
    seat_named: set[str] = set()  # those whose line writes their seat ("ledamot")
    seatless_secretaries: list[AttendanceEntry] = []  # a secretary whose line writes no seat
    # a table's row that gives a title and no seat, and its table; how many of each table's rows write a seat
    seatless_titled: list[tuple[AttendanceEntry, int]] = []
    seat_tables: Counter = Counter()
    # the region's people by "(Region X)": the others' bare place in brackets is their kommun's
    regional = any("(Region " in raw["text"] for raw in raw_entries)
    for raw, nxt in zip(raw_entries, raw_entries[1:]):
        # the roster's initials on their own line, the person on the next ("PAN" / "Per-Arne Nordin, …")
        abbr = raw["text"].strip()
        if (_is_initials(abbr) and nxt["line"] <= raw["line"] + 2 and not nxt.get("initials")
                and initials_fit(abbr, leading_name(_strip_bullet(nxt["text"]))[0] or "")):
            nxt["initials"], raw["text"] = abbr, ""
        # "Linda Ek, områdeschef – förhindrad, ersattes av" / "Mikael Strand, MAS": who stood in, on the line below
        if (raw["text"].rstrip(" .:").endswith(" av") and (end := _STOOD_IN_BY_END.search(raw["text"]))
                and nxt["line"] <= raw["line"] + 1 and (away := leading_name(_strip_bullet(raw["text"]))[0])
                and leading_name(_strip_bullet(nxt["text"]))[0]):
            raw["text"] = raw["text"][:end.start()].rstrip(" ,;–-")
            nxt["text"] = f"{nxt['text'].rstrip(' .')}, ersättare för {away}"
    holders = []
    for raw in raw_entries:
        if raw.get("holder"):
            holders.append(raw)
            continue
        if raw.get("change_note") and any(_norm_key(e.name) == _norm_key(raw["text"]) for e in att.entries):
            continue  # a change of seat beside the roster, of someone the roster lists
        pieces = split_entries(raw["text"])
        # "Förhinder: Eva Ek, … – ersatt av Lars Ås, …": who stood in was there, whatever the label says of the line
        stood_in = (pieces[-1] if raw["status"] == "absent" and len(pieces) == 2 and "ersatt" in raw["text"]
                    and _AWAY_STOOD_IN_BY.search(raw["text"]) else None)
        for piece in pieces:
            st = "present" if piece is stood_in else raw["status"]
            if raw.get("table") in marked_tables and raw.get("mark") is None and st != "guest":
                st = "absent"  # 'x' marks who was there; the unmarked were not
            if raw.get("table") in ticked_tables and st != "guest":
                # "Eva Ek ✔" in a cell beside "Per Lind": the tick after a name marks who was there
                st = "present" if _NAME_TICK.search(piece) else "absent"
                piece = _NAME_TICK.sub("", piece)
            p = _strip_bullet(piece)
            abbr = None
            lead = _initials_line(p)
            if lead:
                abbr, p = lead
            parsed = parse_attendance_entry(p, st or "present", raw["roles"], raw["line"])
            if parsed is None:
                first = p.split(" ")[0].strip(",;:")
                if _is_initials(first):
                    by_initials.append((first, raw, p[len(first):]))
                continue
            entry, sub_for = parsed
            if not p.startswith(entry.name) and p.startswith(" ".join(entry.name.split()[::-1])):
                turned += 1
            if st is None:
                entry.status = "present"
            entry.initials = entry.initials or abbr or raw.get("initials")
            if entry.organisation is None and raw.get("org"):
                entry.organisation = raw["org"]
            if regional and entry.organisation is None and entry.unit is None:
                entry.organisation = kommun_of_bare_place(p)
            where = raw.get("unit_label")
            if where and entry.unit is None and entry.organisation is None:
                if _UNIT_WORDS.search(where.split()[0]):
                    entry.unit = where
                else:
                    entry.organisation = where
            if raw.get("role_only"):
                e = att.find(entry.name)
                if e is not None:
                    att._fuller(e, entry.name)
                    for r in entry.roles:
                        if r not in e.roles:
                            e.roles.append(r)
                    continue
            seat_body = raw.get("seat_body") or next((b for b in seat_bodies if f"({b})" in p), None)
            if seat_body:
                # listed under another body of a joint meeting ("Från SBU: …"), or marked with it later ("Ej
                # närvarande: Eva Ek (SBU)"): a seat in that body, none in this one
                seat = next((r for r in entry.roles if r in ("ordförande", "vice ordförande", "sammankallande",
                                                             "ledamot", "ersättare")), "ledamot")
                entry.seats.append((seat, seat_body))
                entry.roles = [r for r in entry.roles if r not in ("ordförande", "vice ordförande", "sammankallande",
                                                                   "ledamot", "ersättare")]
            added = att.add(entry)
            if _SEAT_NAMED.search(p):
                seat_named.add(_norm_key(entry.name))
                seat_tables[raw.get("table")] += 1
            elif "sekreterare" in entry.roles and "ledamot" in entry.roles and not _CHAIR_WORD.search(p):
                seatless_secretaries.append(added)
            elif (entry.roles == ["ledamot"] and entry.title and st in ("present", "absent") and raw.get("table") is not None
                  and not sub_for and not _CHAIR_WORD.search(p) and "rsätt" not in p):
                seatless_titled.append((added, raw["table"]))
            if sub_for:
                replaced.append((sub_for, raw["line"]) if not entry.paragraphs else ("", 0))
                if entry.paragraphs:
                    served.append((sub_for, raw["line"], entry.paragraphs))
    # people written by their initials: the roster's own initials first, then initials that fit one name
    for abbr, raw, rest in by_initials:
        e = next((x for x in att.entries if x.initials == abbr), None)
        if e is None:
            fits = [x for x in att.entries if initials_fit(abbr, x.name)]
            e = fits[0] if len(fits) == 1 else None
        if e is None:
            continue
        notes = re.findall(r"\(([^()]*)\)", rest)
        roles = [r for r in raw["roles"] if r != "ledamot" or raw["status"] == "present"]
        for n in notes:
            for piece in n.split(","):
                r = _ROLE_WORDS.get(piece.strip().lower())
                if r:
                    roles.append(r)
                pm = _POINTS.search(piece) or _PARAGRAPHS.search(piece)
                if pm:
                    e.paragraphs.append(re.sub(r"\s+", "", pm.group(1)))
        if not raw.get("role_only") and raw["status"] not in (None, "roster"):
            e.status = raw["status"]
            if raw["status"] != "present" and "ledamot" in e.roles and raw["status"] == "guest":
                e.roles.remove("ledamot")
        for r in roles:
            if r not in e.roles:
                e.roles.append(r)
    if len(seat_named) >= 2:
        # "Asta Nyman (ledamot, Åby kommun), …, Eva Hed (sekreterare, Region X)", a table's "Uppdrag i gruppen"
        # column reading "ledamot" row by row and "sekreterare" in hers: where the roster writes each member's
        # seat, one whose line writes only the keeping of the notes holds none
        for e in seatless_secretaries:
            # (not "Hälso- och sjukvårdsstrateg Per Ek | … | sekreterare": a member's job; but "processledare,
            # sekreterare" in the seat column, the work she does for the body beside the notes)
            if (_norm_key(e.name) not in seat_named and set(e.roles) == {"ledamot", "sekreterare"}
                    and (not e.title or _SERVES_THE_BODY.fullmatch(e.title))):
                e.roles.remove("ledamot")
    for e, table in seatless_titled:
        # a table's "Funktion" column reading "ledamot" row by row and "förbundschef" in one: where the table writes
        # each member's seat, the row that gives only a title is an official's, holding none (not a stand-in's)
        # (but a huvudman's one person in the table is its representative, her job in the column: "Åby kommun |
        # folkhälsostrateg" in a network of the län)
        sole = (e.organisation and _HUVUDMAN_CELL.match(e.organisation.split(",")[0].strip())
                and sum((x.organisation or "").split(",")[0].strip() == e.organisation.split(",")[0].strip()
                        for x in att.entries) == 1)
        if (seat_tables[table] >= 3 and seat_tables[table] >= 2 * sum(t == table for _, t in seatless_titled)
                and e.roles == ["ledamot"] and _norm_key(e.name) not in seat_named and not sole):
            e.roles.remove("ledamot")
    for raw in holders:  # "Anteckningar: samordnaren": the one attendee of that role, or else of that title
        word = raw["holder"]
        held = [e for e in att.entries if word in e.roles] or [e for e in att.entries if (e.title or "").casefold() == word]
        if len(held) == 1:
            held[0].roles.extend(r for r in raw["roles"] if r not in held[0].roles)
    _surname_first_lists(att, turned)
    for e in [e for e in att.entries if e.status == "uncalled"]:  # not called: no attendance at all, named still
        att.entries.remove(e)
        att.index.pop(_norm_key(e.name), None)
        att.uncalled.append(e.name)
    for e in att.entries:
        if e.status == "roster":
            e.status = "present"
        if e.substitute_for:
            e.substitute_for = _full_form(e.substitute_for, att) or e.substitute_for
    replaced += _served_throughout(served, att.entries)
    for who, line in replaced:
        if not who:
            continue
        who = _full_form(who, att) or who
        e = att.find(who)
        if e is None:
            att.add(AttendanceEntry(name=who, status="absent", roles=["ledamot"], line=line))
        elif not e.paragraphs:
            e.status = "absent"


def _served_throughout(served: list[tuple[str, int, list[str]]], entries: list[AttendanceEntry]) -> list[tuple[str, int]]:
    """The members an ersättare served for over the whole meeting, where a roster's column of §§ gives
    everyone present throughout the same span ("Närvarande §§": "§§ 88–94" in most rows, "§§ 88–91" for one
    who left): (who, line) for each whose ersättare's §§ are that span.

    >>> e = [AttendanceEntry("Eva Ek", "present", ["ledamot"], paragraphs=["§1–5"]),
    ...      AttendanceEntry("Bo Ek", "present", ["ledamot"], paragraphs=["§1–5"])]
    >>> _served_throughout([("Per Lind", 3, ["§1–5"]), ("Ola Berg", 4, ["§4–5"])], e)
    [('Per Lind', 3)]
    """
    spans = Counter(tuple(e.paragraphs) for e in entries if e.paragraphs)
    if not spans:
        return []
    whole, n = spans.most_common(1)[0]
    return [(who, line) for who, line, paras in served if n >= 2 and tuple(paras) == whole]


def _surname_first_lists(att: "_Attendance", turned: int) -> None:
    """Where most two-word names are written surname first ('Demir Ali; Åkerlund Linnea', as
    e-mail clients list people), turn those whose second word is a known given name, and those whose double
    surname stands before it ('Berggren Sahlin Tove')."""
    pairs = [e for e in att.entries if len(e.name.split()) == 2]
    reversed_ = [e for e in pairs if not is_given_name(e.name.split()[0]) and is_given_name(e.name.split()[1])]
    given_first = [e for e in pairs if is_given_name(e.name.split()[0])]
    if len(reversed_) + turned < 2 or len(reversed_) + turned <= len(given_first) - turned:
        return
    for e in reversed_:
        first, last = e.name.split()
        att.index.pop(_norm_key(e.name), None)
        e.name = f"{last} {first}"
        att.index[_norm_key(e.name)] = e
    # (a double surname before the given name too: "Berggren Sahlin Tove")
    for e in att.entries:
        words = e.name.split()
        if len(words) == 3 and is_given_name(words[2]) and not any(is_given_name(w) for w in words[:2]):
            att.index.pop(_norm_key(e.name), None)
            e.name = f"{words[2]} {words[0]} {words[1]}"
            att.index[_norm_key(e.name)] = e


def _full_form(short: str, att: "_Attendance") -> str | None:
    """'J. Dahlgren' or 'E-K Sjödin' as the one listed person they abbreviate."""
    toks = short.replace(".", " ").split()
    if len(toks) < 2 or all(len(t) > 1 and "-" not in t for t in toks[:-1]):
        return None
    heads = _NAME_PARTS.split(" ".join(toks[:-1]))
    fits = [e.name for e in att.entries if e.name.split()[-1].casefold() == toks[-1].casefold()
            and [t[0].lower() for t in _NAME_PARTS.split(" ".join(e.name.split()[:-1]))] == [h[0].lower() for h in heads if h]]
    return fits[0] if len(fits) == 1 else None


# a heading over the members a huvudman's nämnd sends: "Region X, hälso- och sjukvårdsnämndens presidium"
_PRESIDIUM_HEADING = re.compile(r"(?P<org>[A-ZÅÄÖ][^,]{2,60}?),\s+(?P<body>[a-zåäö][\wåäö -]*(?:nämndens|styrelsens)"
                                r"\s+(?:presidium|ledamöter))")


def prev_entry_closed(raw_entries: list, i: int) -> bool:
    return bool(raw_entries) and raw_entries[-1]["line"] < i


_SIG_ROLE_WORDS = frozenset(("ordförande", "sekreterare", "justerare", "justerande", "protokollförare", "justeras"))


def _sig_role(s: str) -> str | None:
    low = _strip_bullet(s).lower()
    for word in ("vice ordförande", "ordförande", "sekreterare", "justerare", "justerande", "protokollförare",
                 "justeras", "justerat"):
        if low.startswith(word):
            # 'Justeras' heads the signatures of the chair and the justerare alike
            return {"justerande": "justerare", "protokollförare": "sekreterare", "justeras": "justeras",
                    "justerat": "justeras"}.get(word, word)
    return None


def _pair_signatures(seq: list[tuple[str, object, int]], att: "_Attendance") -> None:
    """Give the signers their roles: 'Lars Holm, ordförande', a role above its name, names side by
    side over a line of their roles, or names after 'Justeras' (the chair's and the justerare's)."""
    for kind, val, line in seq:
        if kind == "pair":
            att.add_role(val[0], val[1], line)
    seq = [x for x in seq if x[0] != "pair"]
    by_line: dict[int, list[tuple[str, object]]] = {}
    for kind, val, line in seq:
        by_line.setdefault(line, []).append((kind, val))
    numbers = sorted(by_line)
    name_first = bool(seq) and seq[0][0] == "name"  # 'Anna Lund' over 'ordförande', not a role over its name
    used: set[int] = set()
    for a, b in zip(numbers, numbers[1:]):
        names, roles = by_line[a], by_line[b]
        if (a not in used and all(k == "name" for k, _ in names) and all(k == "role" for k, _ in roles)
                and len(names) == len(roles) and (len(names) >= 2 and b <= a + 2 or b == a + 1 and name_first)):
            for (_, nm), (_, role) in zip(names, roles):
                att.add_role(nm, "justerare" if role == "justeras" else role, a)
            used |= {a, b}
            before = [n for n in numbers if n < a and n not in used]
            if before and all(k == "role" for k, _ in by_line[before[-1]]) and by_line[before[-1]][-1][1] == "justeras":
                used.add(before[-1])
    # a signature table read a cell a line: its roles one a line ("Vid protokollet" / "Ordförande" / "Justerare")
    # over as many names one a line, the first name the first role's
    single = [n for n in numbers if n not in used and len(by_line[n]) == 1]
    j = 0
    while j < len(single):
        run = [single[j]]
        while (j + len(run) < len(single) and single[j + len(run)] == run[-1] + 1
               and by_line[single[j + len(run)]][0][0] == by_line[run[0]][0][0]):
            run.append(single[j + len(run)])
        nxt = single[j + len(run):j + 2 * len(run)]
        if (by_line[run[0]][0][0] == "role" and len(run) >= 2 and len(nxt) == len(run)
                and nxt == list(range(run[-1] + 1, run[-1] + 1 + len(run)))
                and all(by_line[n][0][0] == "name" for n in nxt)
                and "justeras" not in {by_line[n][0][1] for n in run}):
            for r, n in zip(run, nxt):
                att.add_role(by_line[n][0][1], by_line[r][0][1], n)
            used |= {*run, *nxt}
            j += 2 * len(run)
        else:
            j += len(run)
    seq = [x for x in seq if x[2] not in used]
    if not seq:
        return
    if seq[0][0] == "role":
        pend, pend_line = None, 0
        side: list[str] = []  # roles side by side on one line ("Vid protokollet    Justeras")
        for kind, val, line in seq:
            if kind == "role":
                side = [*side, val] if side and line == pend_line else [val]
                pend, pend_line = val, line
            elif len(side) > 1:
                # … over names side by side: the first column's name is the first role's, the names
                # after it the next role's ("Helena Ek" kept the minutes, the others sign "Justeras")
                att.add_role(val, side.pop(0), line)
                pend_line = line
            elif pend == "justeras":
                att.add_role(val, "justeras", line)
                if line != pend_line and any(x[2] == line and x[0] == "name" and x[1] != val for x in seq):
                    pend_line = line  # names side by side: each of them signs
            elif pend:
                att.add_role(val, pend, line)
                # (its role taken: "Ordförande: Eva Ek      Justerare: Bo Sand" is role and name twice on one line,
                # not two roles over the names after them)
                pend, side = None, []
    else:
        pend_name = None
        for kind, val, line in seq:
            if kind == "name":
                pend_name = (val, line)
            elif pend_name:
                att.add_role(pend_name[0], "justerare" if val == "justeras" else val, pend_name[1])
                pend_name = None


def _two_known(name: str, known: dict) -> bool:
    """Whether ``name`` is two of the ``known`` names (keyed by :func:`_norm_key`) one after the other.

    >>> _two_known("Karin Sjöholm Hamid Rostami", {"karin sjöholm": 1, "hamid rostami": 2})
    True
    >>> _two_known("Karin Sjöholm Hamid", {"karin sjöholm": 1}), _two_known("Anna Maria Berg", {"anna": 1})
    (False, False)
    """
    words = name.split()
    return any(_norm_key(" ".join(words[:k])) in known and _norm_key(" ".join(words[k:])) in known
               for k in range(2, len(words) - 1))


_SECRETARY_TITLE = re.compile(r"(?i)^(?:nämnd|kommun|region|mötes|styrelse|förbunds|utskotts|kansli)sekreterare$")


def _secretary_by_title(entries: list[AttendanceEntry]) -> None:
    """Where no one is said to keep the minutes, the one official listed as nämndsekreterare or
    kommunsekreterare does.

    >>> e = [AttendanceEntry(name="Jonas Lind", status="guest", roles=[], title="kommunsekreterare")]
    >>> _secretary_by_title(e); e[0].roles
    ['sekreterare']
    """
    if any("sekreterare" in e.roles for e in entries):
        return
    titled = [e for e in entries if e.title and _SECRETARY_TITLE.match(e.title) and e.status != "absent"]
    if len(titled) == 1:
        titled[0].roles.append("sekreterare")


def _surname_written_out(name: str, text: str) -> str:
    """"Lisa A" on the roster, as the one the text names in full with that given name and initial ("/Lisa Ahl"
    signing the notes); as written where none or two do.

    >>> _surname_written_out("Lisa A", "anteckn: Lisa A … /Lisa Ahl, samordnare"), _surname_written_out("Lisa A", "Lisa A")
    ('Lisa Ahl', 'Lisa A')
    """
    given, initial = name[:-2], name[-1]
    full = {m.group(0) for m in re.finditer(rf"\b{re.escape(given)}\s+{initial}[a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\b", text)}
    return full.pop() if len(full) == 1 else name


def settle_justeras(entries: list[AttendanceEntry]) -> None:
    """Those who sign under 'Justeras' other than the chair and the secretary are the justerare."""
    for e in entries:
        if "justeras" in e.roles:
            e.roles.remove("justeras")
            if not {"ordförande", "sekreterare", "justerare"} & set(e.roles):
                e.roles.append("justerare")


def _sig_tokens(s: str, line: int, seq: list, out: dict) -> None:
    s = re.sub(r"[_.…]{3,}", " ", s).strip()
    if not s:
        return
    cells = [c for c in re.split(r"\t|\s{3,}", s) if c.strip()]
    words = s.split()
    if len(cells) == 1 and len(words) >= 2 and all(w.lower() in _SIG_ROLE_WORDS for w in words):
        # "Ordförande Justerare Sekreterare": a signature table's roles side by side, a single space between
        # them as a PDF printed from Word gives its cells
        out["sig_row_roles"] = len(words)
        for w in words:
            seq.append(("role", _sig_role(w), line))
        return
    k = out.get("sig_row_roles") or 0
    if (len(cells) == 1 and k >= 2 and len(words) == 2 * k
            and all(re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?", w) for w in words)):
        # "Kjell Rask Marie Ulvhed Tove Sandin" under them: a given name and a surname for each role
        for j in range(k):
            seq.append(("name", f"{words[2 * j]} {words[2 * j + 1]}", line))
        return
    if len(cells) > 1:  # signatures side by side: "Lars Holm, ordförande      Birgitta Ek"
        for cell in cells:
            _sig_tokens(cell, line, seq, out)
        return
    nm, rest = leading_name(_strip_bullet(s))
    role = _sig_role(rest.strip(" ,")) if nm and rest.strip(" ,") else None
    if role and rest.strip(" ,").lower() in (role, "ordf.", "justerande", "protokollförare"):
        seq.append(("pair", (nm, role), line))  # "Lars Holm, ordförande"
        return
    pr = _PARAGRAPH_RANGE.search(s)
    if pr and out["paragraphs_range"] is None:
        out["paragraphs_range"] = (pr.group(1), pr.group(2))
    role = _sig_role(s)
    if role:
        seq.append(("role", role, line))
        low = _strip_bullet(s)
        rest = low.split(None, 1)[1] if " " in low else ""
        if role == "vice ordförande":
            rest = low.split(None, 2)[2] if low.count(" ") >= 2 else ""
        rest = _PARAGRAPH_RANGE.sub(" ", rest).strip(" :")
        if role == "justeras" and ";" in rest:
            # "Justeras: Agneta Rehn, ordförande; Camilla Öst": the signers on one line, the chair by her role
            for part in rest.split(";"):
                nm, after = leading_name(part.strip())
                own = _sig_role(after.strip(" ,")) if nm and after.strip(" ,") else None
                if nm:
                    seq.append(("pair", (nm, own), line) if own and own != "justeras" else ("name", nm, line))
            return
        nm, _ = leading_name(rest)
        if nm:
            seq.append(("name", nm, line))
        return
    nm, _ = leading_name(_strip_bullet(s))
    if nm:
        seq.append(("name", nm, line))


def _same_kind(short: str, full: str) -> bool:
    """Whether a body named by its kind (and place) is the one named in full: the kind's stem is a word
    of the full name and so is every other word.

    >>> _same_kind("Närvårdsgruppen Lövsta", "Lokal närvårdsgrupp Lövsta"), _same_kind("Närvårdsgruppen", "Lokal närvårdsgrupp Tallvik")
    (True, True)
    >>> _same_kind("Styrgruppen", "Arbetsgrupp SIP"), _same_kind("Närvårdsgruppen Åby", "Lokal närvårdsgrupp Lövsta")
    (False, False)
    """
    words, whole = short.casefold().split(), full.casefold().split()
    head = re.sub(r"(?:en|et|n)$", "", words[0]) if words else ""
    return len(head) >= 5 and any(w.startswith(head) for w in whole) and all(w in whole for w in words[1:])


def _time_place(value: str, out: dict) -> None:
    if not value:
        return
    d = parse_date_phrase(value)
    if d and out["date"] is None:
        out["date"] = d
    tm = _TIME.search(value)
    if tm and out["time"] is None:
        out["time"] = f"{tm.group(1)}-{tm.group(2)}"
    elif out["time"] is None:
        ts = _TIME_START.search(value)
        if ts:
            out["time"] = ts.group(1)
    if out["place"] is None:
        out["place"] = place_from(value)


def place_from(value: str) -> str | None:
    """The place in a 'Tid och plats' value, with date and time removed.

    >>> place_from("Fredagen den 17 november 2023 kl. 08.15 - 12.00, via Teams")
    'Teams'
    >>> place_from("Stadshuset, sammanträdesrum Ronneby, 2024-03-12 kl. 13.00–16.00")
    'Stadshuset, sammanträdesrum Ronneby'
    >>> place_from("Regionhuset, sammanträdesrum Vega (deltagande via Teams")
    'Regionhuset, sammanträdesrum Vega'
    """
    v = _ISO.sub(" ", value)
    if v.count("(") > v.count(")"):  # "… sammanträdesrum Vega (deltagande via Teams" wrapped: a remark
        v = v[:v.rindex("(")]
    v = _TEXT_DATE.sub(" ", v)
    v = _TIME.sub(" ", v)
    v = _TIME_START.sub(" ", v)
    v = _WEEKDAY.sub(" ", v)
    v = re.sub(r"\b(?:den|kl\.?|klockan|via|digitalt\s+via|digitalt|plats:|tid:)\s", " ", v + " ", flags=re.I)
    parts = [p.strip(" .") for p in v.split(",")]
    parts = [p for p in parts if p and re.search(r"[A-Za-zÅÄÖåäö]", p)]
    if not parts:
        return None
    return ", ".join(" ".join(p.split()) for p in parts)


# A cell of the title block that names a body by its kind ("Socialnämnden", "Arbetsgrupp SIP",
# "Politiskt samverkansråd", "Regional ledningsgrupp", "Samordningsgruppen", "Processteam X")
# a meeting app's name of the occasion rather than the body: "Nätverksträff november", "Styrgruppsmöte 3",
# "Höstträff", "Rådsmöte våren 2027"
_OCCASION_LABEL = re.compile(
    r"(?i)[\wåäö-]*(?:träff|möte)(?:en|t)?(?:\s+(?:i\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
    r"oktober|november|december|våren|hösten|vår|höst|nr\.?\s*\d+|\d{1,2}))?(?:\s+\d{4})?")
_BODY_WORD = re.compile(
    r"(?:nämnd|styrelse|fullmäktige|utskott|grupp|råd\b|rådet|samrådsorgan|samverkansorgan|forum|beredning|"
    r"direktion|kommitté|processteam|samverkansteam|implementeringsteam|förbättringsteam|nätverk|samråd\b|samrådet|programområde|"
    # the presidia of a region's and the kommuners' nämnder meeting as one: "Presidieöverläggning", "Presidiesamråd"
    r"presidieöverläggning|"
    # the officials' leadership of a collaboration, a body of its own: "Regional tjänstemannaledning för hälsa och välfärd"
    r"tjänste(?:manna|persons)ledning|"
    # a länsstyrelse's standing call of the actors of a län during an event: "Samverkanskonferens – stormen X"
    r"samverkanskonferens|"
    # a hospital's standing check with the kommuner on beds: "VPL-avstämning lasarettet – kommunerna",
    # "Daglig kapacitetsavstämning"
    r"(?:kapacitets|vårdplats|vpl-)avstämning|"
    # the kommuner's heads of health care meeting as one body of a län: "Kommunala hälso- och sjukvårdsledningen
    # i X län" (a region's own "hälso- och sjukvårdsledning" is its management, no body of the collaboration)
    r"^kommunala?\s+hälso-\s+och\s+sjukvårdsledning|"
    # a kommun's förtroendevalda revisorer meet as a body of their own: "Revisorerna", "Revisorerna i X kommun"
    r"^revisorerna\b)", re.I)
# a meeting of a kind of body, numbered or not: "Projektgruppsmöte 7", "Styrgruppsmöte nr 3", "Nätverksträff"
_NUMBERED_KIND_MEETING = re.compile(r"([A-ZÅÄÖ][a-zåäö]*(?:grupp|team|råd|nätverk)|Nätverk|Råd)s?(?:möte|träff)(?:\s+(?:nr\.?\s*)?\d{1,3})?")


def _kind_meeting(cell: str) -> str | None:
    """The kind of body whose meeting a title cell names, or None.

    >>> _kind_meeting("Projektgruppsmöte 7"), _kind_meeting("Styrgruppsmöte nr 3"), _kind_meeting("Nätverksträff")
    ('Projektgrupp', 'Styrgrupp', 'Nätverk')
    >>> _kind_meeting("Projektgruppen E-tjänst"), _kind_meeting("Mötesanteckningar")
    (None, None)
    """
    m = _NUMBERED_KIND_MEETING.fullmatch(cell)
    return m.group(1) if m else None


# a huvudman by its form: the letterhead, never the body that met
_HUVUDMAN_CELL = re.compile(
    r"^(?:(?:Region|REGION|Landstinget|LANDSTINGET)\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:s)?|"
    r"[A-ZÅÄÖ][\wåäöÅÄÖ-]+s?\s+(?:kommun|KOMMUN|stad|STAD)|[A-ZÅÄÖ][\wåäö-]+\s+läns\s+landsting)$")
# the gap between a title's cells, a separator standing alone in it too: "ANTECKNINGAR  ·  ARBETSGRUPP X"
_TITLE_CELL_GAP = re.compile(r"\t|\s{2,}(?:[·–—|•]\s{2,})?")
# a cell listing the huvudmän behind the body: "Region X och kommunerna A, B och C", "A · B · Region X"
_PARTIES_CELL = re.compile(
    r"^(?:(?:Region|REGION)\s+\S+\s+(?:och|samt|,)|kommunerna\b|.*\bkommunerna\s+[A-ZÅÄÖ]|.*\s·\s)", re.I)
_UNIT_CELL = re.compile(r"^[\wåäö-]*(?:enheten|avdelningen|förvaltningen|kansliet|staben|sektionen)\b", re.I)
# a state authority on the letterhead or running header ("LÄNSSTYRELSEN STORMARK", "Länsstyrelsen i X län"): the
# organisation that writes the notes, never the body that met, though its name holds "styrelse"
_AUTHORITY_CELL = re.compile(r"^(?:Länsstyrelsen|LÄNSSTYRELSEN)(?:\s+(?:i|I))?(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,3}$")
_NOT_BODY_CELL = re.compile(
    r"^(?:\d+\s*\(\d+\)|sida\s+\d+.*|dnr\b.*|diarie\w*.*|sammanträdesdatum|datum|mötesdatum|tid|plats|"
    r"justering|justerat|sammanträde|möte|anslag.*|bilaga.*|utdrag.*|paragrafer?\b.*|"
    # the document's status beside the body on a running header: "Krisledningsgruppen    Arbetsmaterial"
    r"arbetsmaterial|arbetsdokument|utkast|preliminär(?:t|a)?|ej\s+justerad(?:e|t)?|ojusterad(?:e|t)?|"
    r"internt|intern|för\s+kännedom|version\s+[\d.]+|"
    # where a meeting online was held: "Teams", "via Zoom", "Digitalt möte"
    r"(?:(?:via|på|digitalt\s+(?:via|på))\s+)?(?:microsoft\s+)?(?:teams|zoom|skype)(?:-?möte)?|digitalt(?:\s+möte)?)$", re.I)
# labels that name the body that met ("Möte: Styrgrupp X") or, in an invitation's copy, when it met
# ("Möte: tisdag 2 september 2025 09:00–11:00, Teams")
_WHEN_OR_BODY = ("möte", "sammanträde")
# the labels of an ANSLAG/BEVIS box naming the body whose protocol it is
_ORGAN_LABELS = ("organ", "myndighet", "instans", "beslutsorgan", "beslutande organ")
# the box's body label as kommuner's templates word it, with the paragraphs the extract holds: "Organ och §§",
# "Organ/paragrafer", "Styrelse/Nämnd", "Nämnd/Styrelse" (the paragraphs after the name dropped: "§§ 84–100")
_ORGAN_AND_SECTIONS = re.compile(
    r"(?:Organ|Styrelse\s*/\s*[Nn]ämnd|Nämnd\s*/\s*[Ss]tyrelse)(?:\s*(?:och|/|,|&)?\s*(?:§§|paragrafer))?(?:\s*:\s*"
    r"(?P<v>.*?)\s*(?:,?\s*(?:§§?|paragraf(?:er(?:na)?)?)\s*\d+(?:\s*[-–]\s*\d+)?)?|(?P<alone>))\s*$")
# a body label and its value with one space between, as a PDF printed from Word gives a table's cells
_ORGAN_SPACED = re.compile(r"(Organ|Beslutsorgan|Beslutande\s+organ|Instans|Myndighet)\s+(?=[A-ZÅÄÖ][a-zåäö])")
# a body's kind by its letters, as a mailing list is named: "AG suicidprevention", "SG Nära vård"
_KIND_LETTERS = {"AG": "Arbetsgrupp", "SG": "Styrgrupp", "PG": "Projektgrupp"}
def _word_in_title(word: str, title_words: list[str]) -> bool:
    """A subject's word is in the title: as written, or as the first part of a compound there (the subject's
    "länsnätverket integration" for the title's "Länsnätverket för integrationssamordnare i X län").

    >>> _word_in_title("integration", ["länsnätverket", "för", "integrationssamordnare"])
    True
    >>> _word_in_title("hem", ["arbetsgrupp", "för", "hemgång"]), _word_in_title("spel", ["samverkansgruppen"])
    (False, False)
    """
    return word in title_words or len(word) >= 6 and any(w.startswith(word) for w in title_words)


# a day's number or month in a mail subject: "2", "2/12", "dec", "december", the day in full: "3.11.2026"
_SUBJECT_DAY_WORD = re.compile(r"\d{1,4}(?:[/.-]\d{1,2}){0,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|(?:jan|feb|mars?|apr|maj|juni?|juli?|aug|sept?|okt|nov|dec)"
                               r"(?:uari|ruari|il|usti|ember|ober)?\.?")
_BODY_LABELS = ("organ", "myndighet", "beslutande organ", "ämne", "möte", "mötesforum", "forum", "grupp", "nämnd", "mötets namn", "instans",
                "beslutsorgan", "sammanträde", "mötesgrupp", "samverkansforum",
                # a meeting app's print or export: "Mötesnamn: Lokal närvårdsgrupp X", "Mötestitel: …"
                "mötesnamn", "mötestitel", "mötesrubrik",
                # the same template with its labels kept in English: "Meeting: Lokal samverkansgrupp X",
                # "Meeting title: …"
                "meeting", "meeting title", "meeting name",
                # a chat app's recap: "Sammanfattning: Arbetsgrupp X – möte 2/6", "Kanal: Team Y > Arbetsgrupp X"
                "sammanfattning", "mötessammanfattning", "kanal")
_RECAP_LABELS = ("sammanfattning", "mötessammanfattning", "kanal")
# labels whose value names a body only when a body's word is in it ("Ämne: Anteckningar 12/3" names none)
_LOOSE_BODY_LABELS = ("ämne", "sammanfattning", "mötessammanfattning", "kanal")
# a body of one huvudman, named without it: "Socialnämnden" of the kommun on the letterhead
# (a fullmäktige's beredning named by its field alone: "Beredningen för folkhälsa och jämlikhet"; a styrelse's utskott
# too: "Regionstyrelsens utskott för regional utveckling" is the region's)
_OWN_FIELD_BODY = (r"^(?:regionala\s+)?(?:nämnden|beredningen)\s+för\s+[\wåäö ,-]+|^(?:[\wåäö]+-\s+och\s+)?[\wåäö]+(?:nämndens|styrelsens|fullmäktiges)\s+"
                   r"(?:beredning|arbetsutskott|utskott)\s+för\s+[\wåäö ,-]+")
_ONE_HUVUDMAN_BODY = re.compile(r"(?:nämnd(?:en)?|styrelsen?|fullmäktige|utskott(?:et)?|^revisorerna|"
                                r"^brottsförebyggande\s+råd(?:et)?|^krisledningsgrupp(?:en)?|"
                                # a kommun's own crisis support: "POSOM-ledningsgruppen", "POSOM-gruppen", "Krisstödsgruppen"
                                r"^(?:posom|krisstöds)[\wåäö-]*grupp(?:en)?|"
                                # a kommun's own councils: "Kommunala pensionärsrådet", "Funktionshinderrådet"
                                # ("Kommunala pensionärs- och funktionsrättsrådet": the two councils as one; a
                                # region's own: "Regionala funktionsrättsrådet", "Regionala pensionärsrådet")
                                r"^(?:(?:kommunala|regionala)\s+)?(?:pensionärs|funktionshinders?|funktionsrätts|handikapp|tillgänglighets|ungdoms|"
                                r"integrations|trygghets|minoritets|trafiksäkerhets|näringslivs)(?:-\s+och\s+(?:funktionsrätts|funktionshinders?|tillgänglighets))?"
                                r"råd(?:et)?|^(?:kommunala\s+)?rådet\s+för\s+(?:funktionshinder|funktionsnedsättning|"
                                r"tillgänglighet|personer\s+med\s+funktionsnedsättning|"
                                # a kommun's own council with its minorities: "Rådet för romsk inkludering"
                                r"romsk\s+inkludering|nationella\s+minoriteter|minoritetsfrågor)\w*"
                                # a nämnd named by its field ("Nämnden för funktionsstöd"), and a nämnd's own
                                # beredning or utskott named by it ("Hälso- och sjukvårdsnämndens beredning för …")
                                r"|" + _OWN_FIELD_BODY +
                                # a region's beredning for a part of the län: "Hälso- och sjukvårdsberedning Norra"
                                # a fullmäktige's or styrelse's own beredning: "Kommunfullmäktiges demokratiberedning"
                                # (and its presidium: "Kommunfullmäktiges presidium")
                                r"|^(?:kommun|region)(?:fullmäktiges|styrelsens)\s+(?:[\wåäö-]*beredning(?:en)?|presidi(?:um|et))"
                                # (named bare, as only a fullmäktige has them: "Arvodesberedningen", "Valberedningen")
                                # (and the party group leaders' beredning of a fullmäktige: "Gruppledarberedningen")
                                r"|^(?:arvodes|val|gruppledar)beredning(?:en)?"
                                # a region's or kommun's own beredning named by its field in one word: "Folkhälsoberedningen",
                                # "Demokratiberedningen" (not the collaboration's "Samverkansberedningen", the officials'
                                # "Tjänstemannaberedningen", a län's "Länsberedningen")
                                r"|^(?!samverkans|samråds|tjänste|läns|region(?:al|ala)?\b)[a-zåäö]{4,}beredning(?:en)?$"
                                # a nämnd for one part of a kommun, named by it: "Stadsdelsnämnden Östra"
                                r"|^(?:stadsdels|kommundels|områdes)nämnd(?:en)?\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?"
                                r"|^(?:hälso-\s+och\s+sjukvårds|folkhälso|primärvårds|vård)beredning(?:en)?\s+"
                                r"(?:norra|södra|östra|västra|norr|söder|öst|väst|mitt|nord|syd)"
                                r")(?:\s+\([A-ZÅÄÖ]{2,6}\))?$", re.I)
_TRAILING_ACRONYM = re.compile(r"\s+\([A-ZÅÄÖ]{2,6}\)$")
_SMALL_WORDS = {"för", "och", "i", "med", "av", "om", "till", "på", "vid", "inom", "samt"}
# a förbund (samordningsförbund, kommunalförbund) on the letterhead, and its board named bare below it
# ("KOMMUNALFÖRBUNDET VÅRD OCH STÖD ÅBY": a name of up to four words)
# ("SAMORDNINGSFÖRBUNDET MÖRTNÄS–KÅVSTA": the förbund of two kommuner, their names joined by a dash)
_FÖRBUND_CELL = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]*förbundet|[A-ZÅÄÖ]+FÖRBUNDET|Föreningen|FÖRENINGEN)\s+[A-ZÅÄÖ][\wåäöÅÄÖ–-]+(?:\s+(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]+|och)){0,3}$"
                           # the förbund named by its place in the genitive: "Åbyns räddningstjänstförbund"
                           # (or by its place alone: "Ekå gymnasieförbund", "ÅBY RÄDDNINGSTJÄNSTFÖRBUND")
                           r"|^[A-ZÅÄÖ][\wåäö-]+s?\s+[a-zåäö]+förbund$|^[A-ZÅÄÖ]+S?\s+[A-ZÅÄÖ]+FÖRBUND$")
# an association of the parties around a water, named by the water in the genitive ("Åbyåns vattenråd",
# "ÅBYÅNS VATTENRÅD"): a förening with a board of its own, as a förbund has; its name holds "råd", but the body
# that meets under it is its styrelse ("PROTOKOLL – Styrelsemöte")
_ASSOCIATION_CELL = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ-]+[sS]\s+(?:vattenråd|VATTENRÅD)$")
# "Styrelsen för Samordningsförbundet X", "Direktionen för Räddningstjänstförbundet Y": a förbund's board
# (or a body of the förbund below its board, the förbund's name right after it, as a mail's recipient list writes
# it: "Beredningsgruppen Samordningsförbundet Norrby")
_BOARD_FOR = re.compile(r"^(Styrelsen|Direktionen|Förbundsstyrelsen|Beredningsgruppen|Arbetsutskottet)\s+(?:(?:för|i)\s+)?"
                        r"([A-ZÅÄÖ][\wåäö-]*förbundet(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,3})$")
# "Styrelsen", "Styrelsens sammanträde", "Styrelsemöte": the board's meeting, named by the förbund above it;
# "Möte med föreningens styrelse" under "Föreningen X": the board of the förening on the letterhead
_BARE_STYRELSE = re.compile(r"(?i)(?:förbunds)?styrelse(?:n|ns\s+sammanträde|möte|mötet|sammanträde)?"
                            r"|(?:föreningens|förbundets)\s+styrelse(?:ns\s+sammanträde)?")
# a Leader area's local action group meeting: "LAG-möte i Leader X" or "Leader X, LAG-möte"
_LAG_MEETING = re.compile(r"^(?:(?:(?:fört|förda)\s+)?(?:(?:från|vid)\s+)?LAG[- ]?(?:möte|mötet|sammanträde|gruppsmöte)\s+(?:i|för|med|inom)\s+"
                          r"(?P<a>(?:Leader|LEADER)\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2})"
                          r"|(?P<b>(?:Leader|LEADER)\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2}),?\s+"
                          r"LAG[- ]?(?:möte|mötet|sammanträde|gruppsmöte))$")
# a kommunalförbund's board is its direktion: "KOMMUNALFÖRBUNDET X / Direktionen"; a web page's
# "Direktionens protokoll 28 november 2025" over "Räddningstjänstförbundet X – sammanträde …"
_BARE_DIREKTION = re.compile(r"(?i)(?:förbunds)?direktionen?s?(?:\s+sammanträde)?")
# the council where a förbund's members (its huvudmän) meet: "Medlemssamråd", "Ägarsamrådet"
_FÖRBUND_COUNCIL = re.compile(r"(?i)(medlems|ägar)samråd(?:et)?")
# a förbund's own preparing body named in one word: "Utbildningsberedningen", "Arbetsutskottet", "Presidiet";
# or by its board's utskott: "Direktionens arbetsutskott", "Förbundsstyrelsens arbetsutskott"
_FÖRBUND_SUB_BODY = re.compile(r"[A-ZÅÄÖ][a-zåäö-]*(?:beredningen|utskottet)|Presidiet"
                               r"|(?:Förbunds)?(?:[Dd]irektionens|[Ss]tyrelsens)\s+arbetsutskott")


# a subject's "SG" before a group's topic: a samverkansgrupp or a styrgrupp, the text says which
_SG_SHORT = re.compile(r"^SG\s+([A-ZÅÄÖa-zåäö][\wåäö -]{2,60})$")


def _sg_in_full(topic: str, text: str) -> str | None:
    """The group a subject names "SG <topic>", as the text names it in full: "Samverkansgrupp <topic>" or
    "Styrgrupp <topic>", with the place it is for ("… i Mälarby"); None where the text names neither.

    >>> _sg_in_full("Psykisk hälsa vuxna", "från gårdagens möte i Samverkansgrupp Psykisk hälsa\\nvuxna i Mälarby (28 jan")
    'Samverkansgrupp Psykisk hälsa vuxna i Mälarby'
    >>> _sg_in_full("Nära vård", "Styrgruppen för nära vård träffades.") is None
    True
    """
    words = topic.split()
    m = re.search(r"\b(Samverkansgrupp|Styrgrupp|SAMVERKANSGRUPP|STYRGRUPP)\s+"
                  + r"\s+".join(re.escape(w) for w in words)
                  + r"(?![\wåäö])(?P<place>\s+i\s+(?!Teams\b|Zoom\b)[A-ZÅÄÖ][\wåäö-]+)?", text, re.I)
    if not m or not m.group(1)[:1].isupper():
        return None
    return " ".join(m.group(0).split())


# a company's name, a dash and the kind of its council: "Kronhedstrafiken AB – ägarsamråd", "Ekby Energi AB - ägarråd"
_COMPANY_COUNCIL = re.compile(r"^(?P<co>[A-ZÅÄÖ][\wåäö&-]*(?:\s+[A-ZÅÄÖ][\wåäö&-]*){0,3}\s+AB)\s*[–—-]\s*"
                              r"(?P<kind>[a-zåäö]*(?:ägarråd|ägarsamråd|samråd))$")
def _company_council(seg: str) -> str | None:
    """The owners' council of a company its title names before a dash, as its kind and the company; None else.

    >>> _company_council("Ekby Trafik AB – ägarsamråd")
    'Ägarsamrådet, Ekby Trafik AB'
    >>> _company_council("Ekby Trafik AB – protokoll") is None
    True
    """
    m = _COMPANY_COUNCIL.match(seg.strip(" *_")) if " AB" in seg else None
    return f"{_definite(m.group('kind'))}, {m.group('co')}" if m else None


# the kinds of group notes shorten to two capitals before the group's name (not "SG", which is a
# styrgrupp in one region and a samverkansgrupp in the next)
# the word before a group's kind saying how far it reaches: "Regional arbetsgrupp …", "lokala styrgruppen …"
# (or the level of the collaboration structure it works at, set before the kind the same way: "operativ arbetsgrupp
# utskrivning", "taktisk samordningsgrupp rehabilitering")
_REACH_WORD = re.compile(r"(?i)(?:regional|lokal|länsgemensam|gemensam|delregional|kommunal|nationell|operativ|taktisk"
                         r"|strategisk)a?")
_KIND_SHORT_WORDS = {"AG": "Arbetsgrupp", "PG": "Projektgrupp"}
_BOARD_LETTER_WORDS = {"KS": "Kommunstyrelsens", "RS": "Regionstyrelsens"}
# ("KS miljö- och klimatutskott": an utskott for two fields)
_BOARD_LETTERS = re.compile(r"^(KS|RS)\s+(?=[a-zåäö-]*(?:\s+och\s+[a-zåäö]*)?utskott(?:et)?\b)")
_PARAGRAPH_TAIL = re.compile(r"[\s,]*§§?\s*\d+(?:\s*(?:[-–—]|och|,)\s*\d+)*\s*$")
# "fört vid styrelsesammanträde för X AB": a company's or association's board, its meeting a compound
_BOARD_MEETING_OF = re.compile(r"^(?:(?:fört|förda)\s+)?(?:(?:från|vid)\s+)?(styrelse|direktions)(?:möte(?:t)?|sammanträde(?:t)?)"
                               r"\s+(?:i|för|med|hos)\s+(?=[A-ZÅÄÖ])", re.I)
# ("AG barn- och elevhälsa": a topic in lower case after the letters; "AG DEMENS": a title all in capitals)
# ("regional AG tolkförsörjning": the letters after the word saying how far the group reaches)
_KIND_SHORT = re.compile(r"^(?P<adj>(?:regional|lokal|länsgemensam|gemensam|delregional)a?\s+)?(AG|PG)\s+"
                         r"(?=[A-ZÅÄÖ][a-zåäö]|[a-zåäö]{3,}|[A-ZÅÄÖ]{3,}[A-ZÅÄÖ-]*(?:\s+[A-ZÅÄÖ-]+)*$)")


# "styrgruppsmöte för X", "ledningsgruppsmötet i X", "nätverksträff för X": a meeting named by its body's kind
_KIND_MEETING = re.compile(r"^\s*(?:(?:fört\s+)?(?:från|vid)\s+)?(?P<kind>[a-zåäö]*(?:grupp|nätverk|råd|utskott))s?"
                           r"(?:möte|mötet|träff|träffen)\s+(?P<prep>för|med|i|inom)\s+(?=\S)", re.I)
# the occasion alone, in the definite or not: "nätverksträffen", "styrgruppsmötet", "Anteckningar från
# styrgruppsmöte" over the body's name on a line of its own
_DEFINITE_KIND_MEETING = re.compile(r"[a-zåäö]*(?:grupp|nätverk|råd|utskott|team)s?(?:möte|mötet|träff|träffen)")
# … and the body's own name after a dash or after "i" and its kind: "nätverksträffen – Nätverket för X",
# "styrgruppsmötet i Styrgrupp X"
_KIND_MEETING_THEN_NAME = re.compile(
    r"^\s*(?:(?:fört\s+)?(?:från|vid)\s+)?[a-zåäö]*(?:grupp|nätverk|råd|utskott)s?(?:möte|mötet|träff|träffen)\s*"
    r"(?:[–—-]\s*|(?:i|med|inom)\s+(?=(?-i:[A-ZÅÄÖ]))(?=[\wåäö]*?(?:grupp|nätverk|råd|utskott|team|forum)(?:en|et)?\b))", re.I)
# "Styrgruppsmöte ESF-projektet Steg framåt": the meeting of the kind named by what follows, no preposition;
# "Styrgruppsmöte e-hälsa Skogslänet": a topic in lower case before the name
_KIND_MEETING_NAMED = re.compile(r"^\s*(?:(?:fört\s+)?(?:från|vid)\s+)?(?P<kind>[a-zåäö]*(?:grupp|nätverk|råd|utskott))s?(?:möte|mötet)\s+"
                                 r"(?=(?:[A-ZÅÄÖ]|ESF-|projektet\b|[a-zåäö][\wåäö]*-[a-zåäö]+\s+[A-ZÅÄÖ]))", re.I)


def _definite(kind: str) -> str:
    """A body's kind in its definite form, capitalised: 'styrgrupp' → 'Styrgruppen', 'nätverk' → 'Nätverket'.

    >>> _definite("arbetsmarknadsutskott"), _definite("krisledningsnämnd"), _definite("styrelse"), _definite("team")
    ('Arbetsmarknadsutskottet', 'Krisledningsnämnden', 'Styrelsen', 'Teamet')
    """
    kind = kind.lower()
    end = "en" if kind.endswith(("grupp", "nämnd")) else "n" if kind.endswith("styrelse") else "et"
    return (kind + end).capitalize()


# a mail subject's marks of a reply or a forward ("SV:", "RE:", "VB:", "Fwd:"), and of the notice the reply answers
# ("Kallelse arbetsgrupp X", "Inbjudan till möte i …")
_REPLY_MARKS = re.compile(r"^\s*(?:(?:sv|re|vb|vs|fw|fwd|aw|wg)\s*:\s*)*(?:(?:kallelse|inbjudan)(?:\s+till)?\s+(?=\S))?", re.I)


_GENITIVE_MEETING = re.compile(r"^(?P<body>[A-ZÅÄÖ][\wåäö-]+(?:et|en))s\s+(?:sammanträde|möte)(?:\s+innehållsförteckning)?$",
                               re.I)
# the local level's group named by what it does, its place after: "lokal samverkan Åby 6/2 …" opening a title line
# (not after a document's word, "Anteckningar lokal samverkan Åby": the work the notes are of)
_LOCAL_SAMVERKAN = re.compile(r"^(?i:lokala?\s+samverkan)\s+(?=[A-ZÅÄÖ]|i\s+[A-ZÅÄÖ])")
# a title's day followed by the meeting's time or place: "6/2 2031 kl 9-10.30, kommunhuset", "2031-02-06, Teams"
_DAY_THEN_DETAILS = re.compile(r"\s+(?:\d{1,2}/\d{1,2}(?:\s*[-/]\s*\d{2,4}|\s+(?:19|20)\d{2})?|(?:19|20)\d\d-\d\d-\d\d)"
                               r"(?=\s*(?:,|\bkl\b|\bklockan\b)).*$", re.I)

# the meeting's time after a comma, its place after that: ", kl 13-15.30, Ekby stadshus", ", klockan 9.00"
_COMMA_TIME_THEN_DETAILS = re.compile(r",\s*(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d\d)?\s*(?:[-–]|,|$).*$", re.I)


def _value_below(lines: list[str], i: int, hi: int) -> str:
    """The value of a label standing alone on header line ``i`` (1-based): the next line with text, at most one
    blank line between, when it is a body's name and no label of its own.

    >>> _value_below(["Organ och §§:", "", "Samordningsförbundet Åby", "", "Sammanträdesdatum: 2026-12-16"], 1, 5)
    'Samordningsförbundet Åby'
    >>> _value_below(["Organ:", "Sammanträdesdatum: 2026-12-16"], 1, 2), _value_below(["Organ:", "", "", "Socialnämnden"], 1, 4)
    ('', '')
    """
    j = i
    if j < hi and not lines[j].strip():
        j += 1
    nxt = lines[j].strip() if j < hi else ""
    if not nxt or _ANY_LABEL.match(nxt) or _match_label(nxt) or _TIME_PLACE.match(nxt.lower()):
        return ""
    return nxt if _BODY_WORD.search(nxt) or "förbund" in nxt.casefold() else ""


def _body_cell(c: str) -> str:
    """A title cell without document-type words, meeting phrases and dates.

    >>> _body_cell("Anteckningar – arbetsgruppen för gemensam SIP-utbildning 28/8")
    'arbetsgruppen för gemensam SIP-utbildning'
    >>> _body_cell("SV: Kallelse arbetsgrupp hemrehabilitering 4/5 - anteckningar")
    'arbetsgrupp hemrehabilitering'
    >>> _body_cell("Arbetsgrupp föräldraskapsstöd – möte 2/6")
    'Arbetsgrupp föräldraskapsstöd'
    >>> _body_cell("Styrgrupp Nära vård Skogland – januari")
    'Styrgrupp Nära vård Skogland'
    >>> _body_cell("AG Trygg hemgång")
    'Arbetsgrupp Trygg hemgång'
    >>> _body_cell("SV: Minnesanteckningar regional AG tolkförsörjning 2 december")
    'regional arbetsgrupp tolkförsörjning'
    >>> _body_cell("AG DEMENS – minnesant. 19/4 2028")
    'Arbetsgrupp Demens'
    >>> _body_cell("Minnesanteckningar från styrgruppsmöte för det regionala nätverket, 14 oktober 2025")
    'Styrgruppen för det regionala nätverket'
    >>> _body_cell("Minnesanteckningar förda vid telefonmöte med nätverkets arbetsgrupp för MAS den 24 november 2025")
    'nätverkets arbetsgrupp för MAS'
    >>> _body_cell("Protokoll från styrgruppsmöte e-hälsa Skogslänet")
    'Styrgrupp e-hälsa Skogslänet'
    >>> _body_cell("PROTOKOLL FRÅN STYRGRUPPSMÖTE E-HÄLSA SKOGSLÄNET")
    'Styrgrupp E-HÄLSA SKOGSLÄNET'
    >>> _body_cell("Protokoll från styrelsemöte i Brukarföreningen Sjöby 2025-09-14")
    'Styrelsen, Brukarföreningen Sjöby'
    >>> _body_cell("Protokoll LEADER Tallbygd, LAG-möte")
    'LAG, Leader Tallbygd'
    >>> _body_cell("Protokoll fört vid LAG-sammanträde i Leader Åmyren")
    'LAG, Leader Åmyren'
    >>> _body_cell("Protokoll nr 6/2025 fört vid styrelsesammanträde för Ekby Bostäder AB")
    'Styrelsen, Ekby Bostäder AB'
    >>> _body_cell("Protokollsutdrag KS socialutskott 2026-11-24, §§ 77–79")
    'Kommunstyrelsens socialutskott'
    >>> _body_cell("Protokoll från Socialutskottets sammanträde 2031-02-18 Innehållsförteckning")
    'Socialutskottet'
    >>> _body_cell("Stabsorientering, Kommunal krisledningsgrupp")
    'Kommunal krisledningsgrupp'
    >>> _body_cell("lokal samverkan Åby 6/2 2031 kl 9-10.30, kommunhuset + teams")
    'lokal samverkan Åby'
    >>> _body_cell("Samverkansgrupp Vuxna, kl 13-15.30, Ekby stadshus + Teams")
    'Samverkansgrupp Vuxna'
    >>> _body_cell("Arbetsgrupp SIP 2031-02-06, Vårdcentralen Ås")
    'Arbetsgrupp SIP'
    >>> _body_cell("Arbetsgrupp fallprevention – septembermöte")
    'Arbetsgrupp fallprevention'
    >>> _body_cell("Sv: Anteckningar styrgruppen Nära vård 16/9?")
    'styrgruppen Nära vård'
    >>> _body_cell("Minnesanteckningar från nätverksträffen – Nätverket för boendestöd Åby 2027-03-10")
    'Nätverket för boendestöd Åby'
    >>> _body_cell("Minnesanteckningar från nätverksträffen")
    ''
    >>> _body_cell("Anteckningar från styrgruppsmöte")
    ''
    >>> _body_cell("Anteckningar från styrgruppsmötet i Styrgrupp Nära vård Åby, 2027-03-10")
    'Styrgrupp Nära vård Åby'
    """
    # "SV: Kallelse arbetsgrupp X 4/5 - anteckningar": the notes sent as a reply to the meeting's notice, the
    # subject keeping the reply's mark and the notice's word
    c = _REPLY_MARKS.sub("", c)
    cand = _DOC_TYPE.sub(" ", c)
    # "Protokoll nr 6/2025 fört vid …": the protocol's number before the meeting it records
    cand = re.sub(r"^\s*nr\s+\d{1,3}(?:\s*/\s*\d{2,4})?\s+(?=\S)", "", cand, flags=re.I)
    # "Anteckningar från möte i Arbetsgrupp LOS", "Protokoll fört vid sammanträde med PSVO"
    cand = re.sub(r"^\s*(?:(?:fört|förda)\s+)?(?:(?:från|vid)\s+)?(?:(?:digitalt|ordinarie|extra|extrainsatt)\s+)?"
                  # "Minnesanteckningar förda vid telefonmöte med …": the medium is no part of the body
                  r"(?:(?:telefon|teams|video|distans|arbets|dialog|uppstarts)?möte|mötet|sammanträde|sammanträdet|träff|"
                  # a meeting of another kind: "Anteckningar från arbetsmöte i …", "Planeringsdag för …",
                  # "Utvecklingsdag Styrgrupp X", "Anteckningar från workshop med …"
                  r"(?:utvecklings|planerings|tema|arbets|uppstarts)dag(?:en)?|workshop(?:en)?|seminari(?:um|et)|"
                  # a crisis staff's briefing: "Stabsorientering, Kommunal krisledningsgrupp", "Lägesgenomgång i …"
                  r"(?:stabs|läges)(?:orientering|genomgång|möte)(?:en|t)?)"
                  r"(?:\s+(?:i|med|för|hos)\s+|,?\s+(?=[A-ZÅÄÖ]))",
                  "", cand, flags=re.I)
    # "Minnesanteckningar från nätverksträffen – Nätverket för X", "… från nätverksträffen i Nätverket för X": the
    # occasion named by the body's kind, the body's own name after it
    if "träff" in cand or "möte" in cand or "TRÄFF" in cand or "MÖTE" in cand:
        cand = _KIND_MEETING_THEN_NAME.sub("", cand)
    # "Minnesanteckningar från styrgruppsmöte för X": the meeting of the body that is X's styrgrupp
    cand = _KIND_MEETING.sub(lambda m: _definite(m.group("kind")) + " " + m.group("prep") + " ", cand)
    if "öte" in cand or "ÖTE" in cand:  # a title in capitals too: "PROTOKOLL FRÅN STYRGRUPPSMÖTE E-HÄLSA X"
        cand = _KIND_MEETING_NAMED.sub(lambda m: m.group("kind").capitalize() + " ", cand)
    cand = re.sub(r"^\s*(?:från|för|vid|med)\s+", "", cand, flags=re.I)
    # "lokal samverkan X 6/2 2031 kl 9-10.30, kommunhuset": a hurried title's day with the time and the place after
    # it, the body's name before
    cand = _DAY_THEN_DETAILS.sub(" ", cand)
    # "Samverkansgrupp X, kl 13-15.30, Ekby stadshus + Teams": the time and the place after a comma, the day on
    # another line
    # (only after a body's kind: "Onsdagen den 4 mars 2026, kl. 9.00" is the day alone)
    if (tm := _COMMA_TIME_THEN_DETAILS.search(cand)) and _BODY_WORD.search(cand[:tm.start()]):
        cand = cand[:tm.start()]
    cand = _ISO.sub(" ", cand)
    cand = _SHORT_MONTH_DATE.sub(" ", _TEXT_DATE.sub(" ", cand))  # "… den 19–20 sept. 2026"
    # "2026-09-17 Möte arbetsgruppen" (a wiki page's title, its date first): the meeting of the body named after it
    cand = re.sub(r"^\s*möte\s+(?=[\wåäö-]*(?:gruppen|nätverket|rådet|teamet|styrelsen|forumet)\b)", "", cand.strip(), flags=re.I)
    cand = re.sub(rf"\b\d{{1,2}}(?::e|:a)?\s+(?:{_MONTH_RE})\b", " ", cand, flags=re.I)  # "12 mars"
    cand = re.sub(r"\b(?:möte|nr)\s+\d+\s*/\s*\d{4}\b", " ", cand, flags=re.I)
    # "Möte: Styrgrupp Nära vård X – januari" (a Teams meeting's title): the month after a dash is no part of its body
    # ("Arbetsgrupp X – septembermöte", "… – höstmöte": the meeting named by its month or season, after a dash)
    cand = re.sub(rf"\s+[–—-]\s+(?:(?:{_MONTH_RE})|(?:(?:{_MONTH_RE})|vår|höst|månads|extra)(?:möte|mötet|träff|träffen))"
                  rf"(?:\s+\d{{4}})?\s*$", " ", cand.strip(), flags=re.I)
    cand = re.sub(r"(?:[–—-]\s*)?(?:\b(?:den|från|möte|mötet)\s+)?\b\d{1,2}/\d{1,2}(?:\s*[-/]\s*\d{2,4}|\s+(?:19|20)\d{2})?\s*$",
                  " ", cand.strip().rstrip(" -–—:,?!"))  # "… 28/8", "… 4/5 - anteckningar", "… 19/4 2028", "– möte 2/6"
    # (a reply's subject may keep the asker's question mark: "Sv: Anteckningar styrgruppen X 16/9?")
    # "Protokollsutdrag KS socialutskott 2026-11-24, §§ 77–79": the paragraphs an extract holds are no part of the body
    cand = _PARAGRAPH_TAIL.sub("", cand)
    cand = re.sub(r"\b(?:för|från|vid|med|den|i)\s*$", "", cand.strip(), flags=re.I)
    cand = " ".join(cand.split()).strip(" ,.-–—:|*#")
    if "ts " in cand or "ns " in cand:
        # "Protokoll från Socialutskottets sammanträde 2031-02-18 Innehållsförteckning": the body in the genitive
        # before its meeting, the heading of the table of contents a PDF sets on the title's line
        cand = _GENITIVE_MEETING.sub(r"\g<body>", cand)
    # "KS socialutskott", "RS arbetsutskott": a board's utskott with the board shortened to its letters
    cand = _BOARD_LETTERS.sub(lambda m: _BOARD_LETTER_WORDS[m.group(1)] + " ", cand)
    # "AG Trygg hemgång", "PG Digitala vårdmöten": a group's kind shortened before its name
    if cand[:3] in ("AG ", "PG ") and cand.isupper():
        # "AG DEMENS – minnesant. 19/4 2028": the kind's letters before a topic in capitals
        cand = _tidy_caps(_KIND_SHORT.sub(lambda m: _KIND_SHORT_WORDS[m.group(2)].upper() + " ", cand), False)
    cand = _KIND_SHORT.sub(_kind_spelled, cand)
    # "Protokoll från styrelsemöte i Brukarföreningen Sjöby": the board of the association named
    cand = _BOARD_MEETING_OF.sub(lambda m: f"{'Direktionen' if m.group(1).lower().startswith('d') else 'Styrelsen'}, ", cand)
    if "LAG" in cand and (lm := _LAG_MEETING.match(cand)):
        # a Leader area's board is its LAG: "LAG-sammanträde i Leader X", "LEADER X, LAG-möte"
        area = lm.group("a") or lm.group("b")
        cand = "LAG, " + re.sub(r"^LEADER\b", "Leader", area)
    if "område" in cand and (district := _DISTRICT_GROUP_TITLE.fullmatch(cand)):
        # "Lokal samverkansgrupp skola–socialtjänst–polis (LGS), område Centrum, Åby kommun": one of a kommun's
        # district groups, named as such groups go by, its acronym, district and kommun (the district alone names
        # the same group in every kommun)
        return f"{district.group('acr')} {district.group('area')}, {district.group('k')}"
    # "Processteam Trygg hemgång, Region Nordmark": the region behind a body of the collaboration
    m = re.search(r",\s*(?:(?:Region|Landstinget)\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+kommun)$", cand)
    if m and not _ONE_HUVUDMAN_BODY.search(cand[:m.start()]):
        cand = cand[:m.start()].strip()
    if cand[:1].islower() and _DEFINITE_KIND_MEETING.fullmatch(cand):
        return ""  # "Minnesanteckningar från nätverksträffen – …": the occasion, its body named in another cell
    return cand


# a kommun's district group titled by its kind and parts, its acronym, its district and the kommun:
# "Lokal samverkansgrupp skola–socialtjänst–polis (LGS), område Centrum, Åby kommun"
_DISTRICT_GROUP_TITLE = re.compile(r"[A-ZÅÄÖ][^()]{5,90}?\s+\((?P<acr>[A-ZÅÄÖ]{2,6})\),?\s+(?:[–—-]\s+)?"
                                   r"(?P<area>område\s+[A-ZÅÄÖ][\wåäö-]+),\s+(?P<k>[A-ZÅÄÖ][\wåäö-]+\s+kommun)")


def _kind_spelled(m: re.Match) -> str:
    """The kind a subject shortens to its letters, written out ("AG" → "Arbetsgrupp"), in lower case after the
    word before it ("regional AG" → "regional arbetsgrupp")."""
    kind = _KIND_SHORT_WORDS[m.group(2)]
    return f"{m.group('adj')}{kind.lower()} " if m.group("adj") else f"{kind} "


def _tidy_caps(name: str, proper: bool) -> str:
    """'VÅRDSAMVERKAN SÖDRA HAVSBY' → 'Vårdsamverkan Södra Havsby' (a proper name), 'ARBETSGRUPP FÖR SIP' →
    'Arbetsgrupp för SIP'; a name not written in capitals is kept.

    >>> _tidy_caps("SANDFORSVATTEN AB", True)
    'Sandforsvatten AB'
    >>> _tidy_caps("SAMORDNINGSFÖRBUNDET MÖRTNÄS–KÅVSTA", True)
    'Samordningsförbundet Mörtnäs–Kåvsta'
    >>> _tidy_caps("NÄTVERKET FÖR SAMORDNARE I LOMMAREDS LÄN", False)
    'Nätverket för Samordnare i Lommareds län'
    >>> _tidy_caps("KOMMUNDIREKTÖRSGRUPPEN I ÅBY LÄN", False), _tidy_caps("ÅBYS LÄN", False)
    ('Kommundirektörsgruppen i Åby län', 'Åbys län')
    """
    if not name.isupper() or len(name) < 5:
        return name
    words = name.split()
    out = [words[0].capitalize()]
    for w in words[1:]:
        low = w.lower()
        if w[:1] == "(" and _PAREN_ACRONYM.fullmatch(w):
            out.append(w)  # "… OCH OMSORG (RLG)": the acronym the name is known by stays in capitals
            continue
        if w in ("AB", "HB", "KB"):
            out.append(w)  # "SANDFORSVATTEN AB": the company's form stays as it is written
            continue
        if low == "län":
            # "… I LOMMAREDS LÄN", "… I ÅBY LÄN": the county after its place, a common noun (the place before it a
            # name however short, no acronym)
            if out[-1].isupper() and out[-1].isalpha():
                out[-1] = out[-1].capitalize()
            out.append(low)
            continue
        # ("MÖRTNÄS–KÅVSTA": two places joined by a dash, each a name)
        out.append(low if low in _SMALL_WORDS else "–".join(p.capitalize() for p in w.split("–")) if proper or len(w) > 4 else w)
    return " ".join(out)


_PAREN_ACRONYM = re.compile(r"\([A-ZÅÄÖ]{2,6}\)")


# the lines of a Word table cell in a protocol's title, run together on one: the letterhead in
# capitals before the body, a body's own arbetsutskott or presidium after it
_CAPS_LEAD = re.compile(r"^([A-ZÅÄÖ]{2,}(?:\s+[A-ZÅÄÖ]{2,})*)\s+(?=[A-ZÅÄÖ][a-zåäö])")
_SUB_BODY = re.compile(r"^(?P<name>arbetsutskott|presidi|beredningsutskott)(?:et|um)?$", re.I)
_SUB_BODY_TAIL = re.compile(r"\s+((?:Arbetsutskottet|Presidiet|Beredningsutskottet))$")


def _title_cell_lines(c: str) -> list[str]:
    """A title cell as the lines it was written in.

    >>> _title_cell_lines("NORRTUNA LÄN Hälso-, sjukvårds- och omsorgsrådet (HSVO) Arbetsutskottet")
    ['NORRTUNA LÄN', 'Hälso-, sjukvårds- och omsorgsrådet (HSVO)', 'Arbetsutskottet']
    >>> _title_cell_lines("REGION X Protokoll")
    ['REGION X Protokoll']
    """
    m = _CAPS_LEAD.match(c)
    if not (m and _BODY_WORD.search(c[m.end():])):
        return [c]
    rest = c[m.end():]
    tail = _SUB_BODY_TAIL.search(rest)
    return [m.group(1), *([rest[:tail.start()], tail.group(1)] if tail and tail.start() else [rest])]


def _sub_body(parent: str, sub: str) -> str:
    """The arbetsutskott (presidium) of a body named on the line above it, as Swedish names it.

    >>> _sub_body("Hälso-, sjukvårds- och omsorgsrådet (HSVO)", "Arbetsutskottet")
    'Hälso-, sjukvårds- och omsorgsrådets arbetsutskott'
    >>> _sub_body("Regionstyrelsen", "Presidiet")
    'Regionstyrelsens presidium'
    """
    name = _TRAILING_ACRONYM.sub("", parent).strip()
    kind = _SUB_BODY.match(sub).group("name").lower()
    return f"{name if name[-1:] in 'sxz' else name + 's'} {kind + 'um' if kind == 'presidi' else kind}"


# a title line that ends where its name cannot: after a comma or a small word
# a place's name alone on a line of the title block ("Åby", "Norra Ekby" is two words and not read so)
_LONE_PLACE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ][a-zåäö]+)?")
# the line that says what kind of notes these are, under the body's name: "Minnesanteckningar 2029-05-15, kl. 9"
_NOTES_KIND_LINE = re.compile(r"(?i)(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll|sammanträdesprotokoll)\b")
_RUNS_ON = re.compile(r"(?:,|\s(?:och|för|i|av|med|samt|inom|mellan))$")
# a body's short name in brackets, alone on its line: "(PSVO)", "(RSG-BU)"
_SHORT_NAME_CELL = re.compile(r"\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö0-9-]{1,11}\)")


# a title written as a file name, its words joined by underscores: "Minnesanteckningar_Utbildningsgruppen_2025-11-05"
_FILE_NAME_TITLE = re.compile(r"[\wåäöÅÄÖ.-]+(?:_[\wåäöÅÄÖ.-]+)+_?")
# the same with its underscores read as spaces (see clean): a document type, one to three words, a date
# with a body named by one word in the definite form and at most a shorthand ("… Utbildningsgruppen VoO 2025-11-05")
_SPACED_FILE_NAME = re.compile(r"(?i)(?:minnesanteckningar|anteckningar|protokoll)\s+[\wåäö-]+(?:gruppen|rådet|teamet|nätverket)"
                               r"(?:\s+[\wåäö.-]+)?\s+(?:19|20)\d\d-\d\d-\d\d")


def _untranslated(seg: str) -> str:
    """A title naming its body, without the translation after a slash that names none (minutes of a
    förvaltningsområde write their titles in Swedish and the minority's language).

    >>> _untranslated("Samrådsmöte med sverigefinska minoriteten / Kuulemiskokous ruotsinsuomalaisen vähemmistön kanssa")
    'Samrådsmöte med sverigefinska minoriteten'
    >>> _untranslated("PSVO / Politiskt samverkansorgan")
    'PSVO / Politiskt samverkansorgan'
    """
    left, right = seg.split(" / ", 1)
    if ((_BODY_WORD.search(left) or re.search(r"(?i)\w{4,}(?:s)?möte\b", left)) and not _BODY_WORD.search(right)
            and len(right.split()) >= 2
            and not _HUVUDMAN_CELL.match(right.strip()) and not re.search(r"\d", right)):
        return left
    return seg


def _first_word(name: str) -> str:
    """The first word of a name, folded: where two names of one body agree ("Tjänstemannaberedningen" and
    "Tjänstemannaberedningen för vård och omsorg i X")."""
    return (name.split() or [""])[0].casefold()


# a title naming no kind of body but the parts at its table, and the acronym it goes by:
# "Skola, socialtjänst, polis och fritid (SSPF)"
_SPELLED_TITLE = re.compile(r"(?P<long>[A-ZÅÄÖ][\wåäö-]*(?:,?\s+[\wåäö-]+){2,9})\s+\((?P<acr>[A-ZÅÄÖ]{2,6})\)")


# a body's name with the acronym of its kind inside it: "Regionalt programområde (RPO) rörelseorganens sjukdomar"
_MID_ACRONYM = re.compile(r"([A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){1,3})\s+\(([A-ZÅÄÖ]{2,6})\)\s+([a-zåäö][\wåäö-]*(?:\s+[\wåäö-]+){0,5})")


def _spelled_title_body(lines: list[str]) -> str | None:
    """The body a title names by the parts at its table and its acronym, under the document's kind, where
    no line names a kind of body: the acronym and the area after the dash.

    >>> _spelled_title_body(["MINNESANTECKNINGAR", "Skola, socialtjänst, polis och fritid (SSPF) – område Norr, Åby kommun"])
    'SSPF område Norr, Åby kommun'
    >>> _spelled_title_body(["Minnesanteckningar", "Barn och unga i samverkan (BUS)"])
    'BUS'
    >>> _spelled_title_body(["Hej alla (VG) –", "Protokoll"]) is None
    True
    """
    text = [x.strip(" *#_") for x in lines[:60]]
    for k, x in enumerate(text[:-1]):
        if not x or len(x) > 40 or not _DOC_TYPE.search(x):
            continue
        nxt = next((y for y in text[k + 1:k + 3] if y), "")
        m = _SPELLED_TITLE.match(nxt)
        if m:
            tail = nxt[m.end():].strip()
            tail = re.sub(r"^[–—-]\s*", "", tail) if re.match(r"^[–—-]\s", tail) else ("" if tail else "")
            return f"{m.group('acr')} {tail}".strip() if len(tail) <= 60 else m.group("acr")
    return None


_BARE_PRESIDIEÖVERLÄGGNING = re.compile(r"(?i)presidieöverläggning(?:en)?")


# the other side of a check between a hospital or a region and the kommuner, after a dash in the body's name
_PARTY_TAIL = re.compile(r"(?i)(?:kommunerna|regionen|kommunen|länets\s+kommuner)")


def _with_party_tail(parts: list[str]) -> list[str]:
    """A title line's parts between dashes, with a part that names the other side joined to the name before it:
    "VPL-avstämning X lasarett – kommunerna" is one name, as "Arbetsgrupp SIP – Sälvik" is two cells.

    >>> _with_party_tail(["VPL-AVSTÄMNING VITSJÖ LASARETT", "KOMMUNERNA"])
    ['VPL-AVSTÄMNING VITSJÖ LASARETT – KOMMUNERNA']
    >>> _with_party_tail(["Arbetsgrupp SIP", "Sälvik"])
    ['Arbetsgrupp SIP', 'Sälvik']
    """
    out: list[str] = []
    for part in parts:
        if out and out[-1].strip() and _PARTY_TAIL.fullmatch(part.strip(" *_")) and _BODY_WORD.search(out[-1]):
            out[-1] = f"{out[-1].rstrip()} – {part.strip()}"
        else:
            out.append(part)
    return out


# a body named as one word and its place: "Socialchefsnätverket Åby", "Kuratorsgruppen Norrby" (its topic, a joining
# "s", its kind in the definite form)
_COMPOUND_BODY = re.compile(r"(?P<topic>[A-ZÅÄÖ][a-zåäö]{3,}?)s?(?P<kind>nätverk|grupp|råd|forum|team)(?:et|en)?\s+"
                            r"(?P<place>[A-ZÅÄÖ][\wåäö-]+)")


def _level_written_before(short: str, full: str) -> str | None:
    """``full`` where it names the body ``short`` names with its level or reach before it (and its place after a
    comma), the name a page's short title leaves out.

    >>> _level_written_before("Arbetsgrupp utskrivning", "Operativ arbetsgrupp utskrivning, Åby")
    'Operativ arbetsgrupp utskrivning, Åby'
    >>> _level_written_before("Arbetsgrupp utskrivning", "Operativ arbetsgrupp hemgång, Åby") is None
    True
    """
    core = re.sub(r",\s*[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:kommun|län))?$", "", full.strip())
    m = _LEVEL_BEFORE_KIND.fullmatch(core)
    return full.strip() if m and m.group("rest").casefold() == short.strip().casefold() else None


# a body's name after the word saying its level or reach: "Operativ arbetsgrupp X", "Lokala samverkansgruppen X"
_LEVEL_BEFORE_KIND = re.compile(r"(?i)(?:operativ|taktisk|strategisk|lokal|regional|delregional|länsgemensam)a?\s+"
                                r"(?P<rest>\S.*)")


def _compound_written_out(short: str, full: str) -> str | None:
    """``full`` where it writes out the body ``short`` names as one word: its kind, its topic and its place.

    >>> _compound_written_out("Socialchefsnätverket Åby", "Regionalt nätverk för socialchefer i Åby län")
    'Regionalt nätverk för socialchefer i Åby län'
    >>> _compound_written_out("Socialchefsnätverket Åby", "Regionalt nätverk för socialchefer i Norrby län") is None
    True
    """
    m = _COMPOUND_BODY.fullmatch(short.strip())
    low = full.casefold()
    if not m or not re.search(rf"\b{m.group('kind')}", low) or m.group("topic").casefold() not in low \
            or not re.search(rf"\b{re.escape(m.group('place').casefold())}", low) or len(full.split()) <= 2:
        return None
    return full


# a kind of body told only by its level or reach, naming no body: "operativa gruppen", "den strategiska gruppen"
_LEVEL_ONLY_KIND = re.compile(r"(?i)(?:den\s+)?(?:operativa|taktiska|strategiska)\s+(?:gruppen|arbetsgruppen|nivån)")

# a name's parties joined by dashes, each a word of its own in lower case after the first: "Frivård – socialtjänst –
# polis", "Skola – socialtjänst – polis – fritid" (two or more after the first; one alone may be the document's kind,
# "Styrgrupp X – minnesanteckningar")
_PARTIES_DASHED = re.compile(r"(?<=[a-zåäö])(?: – [a-zåäö]{4,}){2,}(?=\s*(?:,|$|\s[–—]\s))")


def _title_block(title_lines: list[tuple[int, str]], out: dict) -> None:
    """Body and date from the lines before the first label (the protocol's title block).

    The body is the first cell that names a body by its kind; the huvudman on the letterhead,
    the list of huvudmän behind the body, units, page numbers and dates are not it. A bare kind
    ("Samordningsgruppen", "projektgrupp") takes the name next to it ("VÅRDSAMVERKAN SÖDRA HAVSBY",
    "– Digitala vårdmöten i hemmet").
    """
    cells: list[str] = []
    dashed: set[int] = set()  # cells written after a dash on their line ("Arbetsgrupp SIP – Sälvik")
    rows = [_FILE_NAME_TITLE.fullmatch(s.strip()) and [c for c in s.strip().split("_") if c]
            or _SPACED_FILE_NAME.fullmatch(s.strip()) and s.split() or _TITLE_CELL_GAP.split(s)
            for _, s in title_lines[:12]]
    for row, below in zip(rows, rows[1:]):
        # "Hälso-, sjukvårds- och omsorgsrådet (HSVO)   Sammanträdesdatum …" over "Arbetsutskottet": the body's own
        # arbetsutskott, its cell's second line, which a PDF's layout sets under the line the cell beside made
        if len(row) > 1 and len(below) == 1 and _SUB_BODY.match(below[0].strip()) and _BODY_WORD.search(row[0]):
            row.insert(1, below[0].strip())
            below[0] = ""
    for row, below in zip(rows, rows[1:]):
        # "Politiskt samverkansorgan för vård och omsorg   Sammanträdesdatum" over "(PSVO)   2031-05-28": the
        # body's short name, its cell's second line, which a PDF's layout sets under the line the cell beside made
        if len(row) > 1 and _BODY_WORD.search(row[0]) and not row[0].rstrip().endswith(")") \
                and _SHORT_NAME_CELL.fullmatch(below[0].strip()):
            row[0], below[0] = f"{row[0].rstrip()} {below[0].strip()}", ""
    for k, row in enumerate(rows[:-1]):
        # "Politiskt samverkansråd för hälsa," over "vård och omsorg i X": a name running on below;
        # in a PDF's text the cell beside it may stand between ("Sammanträdesdatum")
        if not (_RUNS_ON.search(row[0]) and _BODY_WORD.search(row[0])):
            continue
        for below in rows[k + 1:k + 3]:
            # "… för socialtjänst i" / "Skärlinge län, 14 oktober 2025": after "i", the place the name ends with
            if below[0][:1].islower() or row[0].endswith(" i") and below[0][:1].isupper() and len(below) == 1:
                row[0], below[0] = f"{row[0]} {below[0]}", ""
                break
            if len(below) > 1 or len(below[0].split()) > 2:
                break
    for row, below, after in zip(rows, rows[1:], rows[2:]):
        # "Styrgrupp Kompetensplattform vård och omsorg" / "Åby" / "Minnesanteckningar 2029-05-15": a title a PDF's
        # page wrapped before its last word, the place alone on the line under it, the kind of notes under that
        if len(row) == len(below) == 1 and _BODY_WORD.search(row[0]) and _LONE_PLACE_WORD.fullmatch(below[0].strip()) \
                and not _BODY_WORD.search(below[0]) and _NOTES_KIND_LINE.match(after[0].strip()):
            row[0], below[0] = f"{row[0].rstrip()} {below[0].strip()}", ""
    if any(_FILE_NAME_TITLE.fullmatch(s.strip()) or _SPACED_FILE_NAME.fullmatch(s.strip()) for _, s in title_lines[:12]):
        out["file_name_title"] = True
    for row in rows:
        for seg in row:
            parts = [p.strip(" *_") for p in seg.split(" · ")]
            if len(parts) > 2 and any(_HUVUDMAN_CELL.match(p) for p in parts):
                continue  # "Sandhamra · Östmo · Region Havsby": the huvudmän behind the body
            if " / " in seg:
                seg = _untranslated(seg)
            if council := _company_council(seg):
                cells.append(council)  # "Kronhedstrafiken AB – ägarsamråd": one body, not the company and a kind
                continue
            # "Lokal närvårdsgrupp X > Allmänt": a Teams team and its channel, the team the body
            if " – " in seg and (chain := _PARTIES_DASHED.search(seg)):
                # "Lokal samverkansgrupp Frivård – socialtjänst – polis, X": the parties of the name joined by dashes,
                # one cell (kept apart from the split below, then written back)
                seg = seg[:chain.start()] + chain.group(0).replace(" – ", "\x1f") + seg[chain.end():]
            for i, c in enumerate(_with_party_tail(re.split(r"\s[–—|·>]\s|^#+\s", seg))):
                c = c.strip(" -–|*#•").replace("\x1f", " – ")
                if c:
                    if i and re.search(rf"\s[–—]\s+{re.escape(c)}", seg):
                        dashed.add(len(cells))
                    cells.extend(_title_cell_lines(c))
    for c in cells:
        if "juster" in c.lower():
            continue
        d = parse_date_phrase(c)
        if d and out["date"] is None:
            out["date"] = d
            tm = _TIME.search(c)
            if tm and out["time"] is None:
                out["time"] = f"{tm.group(1)}-{tm.group(2)}"
    has_doc_type = any(_DOC_TYPE.search(c) for c in cells)
    kinds: list[tuple[int, str]] = []
    names: list[tuple[int, str]] = []
    topics: list[tuple[int, str]] = []  # a bare kind's topic after a dash, in lower case
    offices: list[tuple[int, str]] = []  # the cells naming a förvaltning
    for pos, c in enumerate(cells):
        cand = _body_cell(c)
        if not cand or _NOT_BODY_CELL.match(cand) or cand.lower() in ("sammanträde", "möte", "justering"):
            continue
        if _HUVUDMAN_CELL.match(cand):
            out.setdefault("letterhead", re.sub(r"\b(Kommun|Stad|Läns Landsting)$", lambda m: m.group(1).lower(),
                                                _tidy_caps(cand, True)))
            continue
        if cand.endswith("förvaltningen") and re.fullmatch(r"[\wåäöÅÄÖ -]{3,60}förvaltningen", cand):
            out["administration_cell"] = True  # "Vård- och omsorgsförvaltningen" over the body's name
            offices.append((pos, cand))
        if _AUTHORITY_CELL.match(cand) and (län := re.search(r"(?i)\bi\s+(\S+\s+län)$", cand)):
            out.setdefault("authority_län", _tidy_caps(län.group(1), True))
        if _PARTIES_CELL.match(cand) or _UNIT_CELL.match(cand) or _AUTHORITY_CELL.match(cand):
            continue
        if (held := _kind_meeting(cand)) and pos + 1 in dashed and cells[pos + 1][:1].isupper():
            # "Projektgruppsmöte 7 – E-tjänst X": a meeting of the kind, the body named by what follows the dash
            kinds.append((pos, f"{held} {cells[pos + 1]}"))
            continue
        # (a district group written by its acronym is the kind of body its title spelled out)
        kind = (bool(_BODY_WORD.search(cand)) or bool(_LOCAL_SAMVERKAN.match(c))
                or "område" in cand and bool(_DISTRICT_GROUP_TITLE.search(c)) and bool(_BODY_WORD.search(c)))
        if (len(cand) > (110 if kind else 60) or len(cand.split()) > (14 if kind else 6)
                or re.search(r":(?![a-zåäö]{1,3}\b)", cand) or not (cand[:1].isupper() or kind or _DISTRICT_CELL.fullmatch(cand))):
            if pos in dashed and cand[:1].islower() and not re.search(r"[\d:]", cand) and len(cand.split()) <= 8:
                topics.append((pos, cand))  # "Implementeringsteam – regionalt vårdprogram för X": the kind's topic
            continue
        if re.search(r"\d", cand) and not kind:
            continue
        (kinds if kind else names).append((pos, cand))
    body = None
    typed = next((pos for pos, c in enumerate(cells) if _DOC_TYPE.search(c)), None)
    if len(kinds) >= 2 and typed is not None and kinds[0][0] < typed:
        # "Läkemedelskommittén" in the running header over "Minnesanteckningar Terapigrupp Hjärta–kärl": the body
        # whose notes the title says these are met; the one above is the owner whose letterhead they are written on
        # (not "Anteckningar från nätverksträffen …", nor the same body named again in full)
        after = cells[typed][_DOC_TYPE.search(cells[typed]).end():].strip(" :–-")
        # ("Terapigrupp Infektion – minnesanteckningar": the kind of document after a dash on the body's own line,
        # a body of another kind than the owner above; not "Styrgrupp X" over "Länsgemensam styrgrupp inom Y –
        # minnesanteckningar", which tells what the styrgrupp is)
        titled = [(p, c) for p, c in kinds if p == typed and after[:1].isupper() or p == typed + 1 and not after
                  or p == typed - 1 and typed in dashed and not after and p > kinds[0][0]
                  and _BODY_WORD.search(c).group(0).casefold() not in kinds[0][1].casefold()]
        if titled and not _first_word(titled[0][1]).startswith(_first_word(kinds[0][1])[:6]):
            out.setdefault("preamble", []).append(kinds[0][1])
            kinds = [(p, c) for p, c in kinds if p >= titled[0][0]]
    if len(kinds) >= 2 and kinds[1][0] == kinds[0][0] + 1 and _SUB_BODY.match(kinds[1][1]):
        # "Hälso-, sjukvårds- och omsorgsrådet" over "Arbetsutskottet": the body's own arbetsutskott met;
        # the body above it, named in full there and by its acronym later, is named by the document
        out.setdefault("preamble", []).append(kinds[0][1])
        kinds[0] = (kinds[1][0], _sub_body(kinds[0][1], kinds[1][1]))
    if len(kinds) >= 2 and kinds[1][0] <= kinds[0][0] + 3:
        # "AG rehab i hemmet – anteckningar 8/2" over "Arbetsgrupp rehabilitering i hemmet (Region X, …)": the
        # body's name shortened in the title, written out on the line below
        short, full = kinds[0][1].split(), re.sub(r"\s*\(.*$", "", kinds[1][1]).split()
        if (len(short) == len(full) and short != full
                and all(f.casefold().startswith(w.casefold().rstrip(".")) for w, f in zip(short, full))):
            kinds[0] = (kinds[0][0], " ".join(full))
    if len(kinds) >= 2 and kinds[1][0] <= kinds[0][0] + 3 and (full := _level_written_before(kinds[0][1], kinds[1][1])):
        # "AG utskrivning 28 april" (a notes app's page title, its date and time under it) over "Operativ arbetsgrupp
        # utskrivning, Åby": the body the title shortens, named in full with its level on the page
        kinds[0] = (kinds[0][0], full)
    if len(kinds) >= 2 and kinds[1][0] <= kinds[0][0] + 3 and (full := _compound_written_out(kinds[0][1], kinds[1][1])):
        # "Socialchefsnätverket X" (a wiki's space) over "Regionalt nätverk för socialchefer i X län": the body's
        # name as one word, written out below
        kinds[0] = (kinds[0][0], full)
    if kinds:
        pos, body = kinds[0]
        if pos in dashed and _LEVEL_ONLY_KIND.fullmatch(body):
            # "SSPF X – operativa gruppen": the body is named before the dash; the words after it say only which
            # level of it met, naming no body of their own
            named = [n for p, n in names if p == pos - 1 and len(n.split()) <= 5]
            if named:
                body = named[0]
                names = [(p, n) for p, n in names if p != pos - 1]
        bare = re.fullmatch(r"[\wåäöÅÄÖ-]*(?:grupp|gruppen|processteam|processteamet|implementeringsteam|"
                            r"implementeringsteamet|nätverket|rådet|forumet)", body, re.I)
        if not bare and any(p == pos + 1 for p, _ in topics):
            # "Operativ arbetsgrupp – utskrivning från X": the kind with its level before it, its topic after the
            # dash in lower case, is as bare as the kind alone
            bare = _LEVELLED_KIND.fullmatch(body)
        named_later = [n for p, n in kinds[1:] if bare and n.casefold().startswith(body.casefold().removesuffix("en")[:-1])
                       and len(n.split()) > 1] if bare else []
        regional = re.fullmatch(r"(?:Regional|Regionala|REGIONAL|REGIONALA)\s+(?:styrgrupp|styrgruppen|STYRGRUPP|"
                                r"STYRGRUPPEN)", body) if not bare else None
        above = [n for p, n in names if p == pos - 1] if regional else []
        if above and not _FÖRBUND_CELL.match(above[0]) and not re.search(r"\d", above[0]):
            # "Vård- och omsorgscollege Hallanda" over "Regional styrgrupp": the regional steering group of the
            # collaboration named on the line above, as its own name says it
            body = f"{body} {_tidy_caps(above[0], True)}"
        if named_later:
            # "MINNESANTECKNINGAR / STYRGRUPPEN" in a letterhead's box, then "Styrgruppsmöte ESF-projektet X": the
            # kind the box names, named in full on the line below it
            body, bare = named_later[0], None
        if bare:
            # "projektgrupp – Digitala vårdmöten i hemmet": the name after the kind;
            # "VÅRDSAMVERKAN SÖDRA HAVSBY / Samordningsgruppen": the name on the line above
            after = [n for p, n in names + topics if p == pos + 1]
            before = [n for p, n in names if p < pos]
            if after:
                body = f"{body} {after[0]}"
            elif (body[:1].islower() and body.endswith(("gruppen", "teamet", "rådet"))
                  and (whole := [n for p, n in kinds if p == pos + 1 and p in dashed and n[:1].isupper()])):
                # "Möte arbetsgruppen – Barnrättsnätverket": the working group of the network named after the dash
                body = f"{body[:1].upper()}{body[1:]}, {whole[0]}"
            elif before and _FÖRBUND_CELL.match(before[-1]):
                # "Samordningsförbundet X – Beredningsgruppen": the förbund's own body, as its board is
                body = f"{body}, {_tidy_caps(before[-1], True)}"
            elif before:
                body = f"{body} {_tidy_caps(before[-1], True)}"
        else:
            # "Operativ arbetsgrupp SIP – Sälvik": the place the group serves, after a dash on its line
            # ("… – kommundel Norra X", "… – stadsdel Y": the part of a kommun a local group serves)
            place = [n for p, n in names if p == pos + 1 and p in dashed
                     and (_PLACE_WORD.fullmatch(n) or _LÄN.fullmatch(n) or _DISTRICT_CELL.fullmatch(n))]
            # "Förvaltningsgemensam samverkansgrupp (FSG) – socialförvaltningen": the förvaltning whose group it is,
            # each förvaltning of a kommun having one
            office = [n for p, n in offices if p == pos + 1 and p in dashed]
            if place:
                body = f"{body}, {place[0]}"
            elif office and (own := re.fullmatch(r"(?P<name>.+?)(?P<acr>\s+\([A-ZÅÄÖ]{2,6}\))?", body)):
                body = f"{own.group('name')}, {office[0][:1].lower()}{office[0][1:]}{own.group('acr') or ''}"
        owner = [n for p, n in names if _FÖRBUND_CELL.match(n)] or [
            n for n in out.get("preamble", []) + [c for p, c in kinds if p < pos] if _ASSOCIATION_CELL.match(n)]
        if _BARE_STYRELSE.fullmatch(body) and owner:
            # "Samordningsförbundet X / Styrelsen": the board of the förbund on the letterhead
            body = f"Styrelsen, {_tidy_caps(owner[0], True)}"
        elif _BARE_DIREKTION.fullmatch(body) and owner:
            body = f"Direktionen, {_tidy_caps(owner[0], True)}"
        elif owner and (council := _FÖRBUND_COUNCIL.fullmatch(body)):
            # "Samordningsförbundet X / Anteckningar från medlemssamråd": the council of the förbund's members
            body = f"{council.group(1).capitalize()}samrådet, {_tidy_caps(owner[0], True)}"
        elif owner and _FÖRBUND_SUB_BODY.fullmatch(body):
            # "Ekås gymnasieförbund / Utbildningsberedningen": a beredning or utskott of the förbund above it
            body = f"{body}, {_tidy_caps(owner[0], True)}"
        body = _tidy_caps(body, False)
        body = body[:1].upper() + body[1:]
        if out.get("authority_län") and re.fullmatch(r"(?i)samverkanskonferens(?:en)?", body):
            # "Länsstyrelsen i X län" over "SAMVERKANSKONFERENS – stormen Y": every länsstyrelse calls one, so the
            # conference is named by the län whose actors it gathers
            body = f"Samverkanskonferens, {out['authority_län']}"
        if (_BARE_PRESIDIEÖVERLÄGGNING.fullmatch(body) and out.get("letterhead")
                and (reg := re.fullmatch(r"Region\s+(\S.*)", out["letterhead"]))):
            # "Region X" over "Protokoll från presidieöverläggning": the presidia of the region and of its
            # kommuner meeting in X, named after the region as its other bodies of the collaboration are
            body = f"Presidieöverläggning {reg.group(1)}"
        if "(" in body and (mid := _MID_ACRONYM.fullmatch(body)):
            # "Regionalt programområde (RPO) rörelseorganens sjukdomar": the kind's acronym inside the name,
            # written after the whole name as a body's acronym is
            body = f"{mid.group(1)} {mid.group(3)} ({mid.group(2)})"
        # (in a title typed in capitals, a word of a name is no acronym: "PROCESSTEAM VÅRDÖVERGÅNGAR – ÅDALEN")
        shouting = cells[pos].isupper()
        # (not "ÅLVO – Styrgrupp X" on one line: the body above whose group met, named before the dash, when its
        # short name cannot stand for the group's, whose first word it does not start as)
        acr = [n for p, n in names if abs(p - pos) == 1 and re.fullmatch(r"[A-ZÅÄÖ]{2,6}", n)
               and not (shouting and len(n) > 4 and len(re.findall(r"[AEIOUYÅÄÖ]", n)) >= 2)
               and not (p == pos - 1 and pos in dashed and n[0] != body[:1].upper())]
        # "LPO Psykisk hälsa" over "Lokalt programområde psykisk hälsa": the acronym before the topic both share
        acr += [m.group(1) for p, n in names if abs(p - pos) == 1 and (m := re.fullmatch(r"([A-ZÅÄÖ]{2,6})\s+(\S.*)", n))
                and body.split(",")[0].casefold().endswith(" " + m.group(2).casefold())]
        if acr and not body.endswith(")") and not out.get("file_name_title"):
            # (not in a file's name, whose shorthand after a one-word name is part of the name: "…_UTBILDNINGSGRUPPEN_VOO_…")
            body = f"{body} ({acr[0]})"  # "Protokoll PSVO / Politiskt samverkansorgan …": one body, two names
    elif has_doc_type and (spelled := _spelled_title_body([x for _, x in title_lines])):
        body = spelled  # "Skola, socialtjänst, polis och fritid (SSPF) – område Norr": the acronym and the area
    elif names and has_doc_type:
        body = _tidy_caps(names[0][1], True)
        out["body_guessed"] = True  # a cell naming no kind of body under the document's kind: the best there is
    if body:
        out["body"] = body


# the utskott or presidium of a body, named by the body in the genitive: "Socialnämndens arbetsutskott"
_UTSKOTT_OF = re.compile(r"(?P<parent>.+?)s?\s+(?:arbetsutskott(?:et)?|beredningsutskott(?:et)?|presidi(?:um|et))")


def qualified_body(body: str | None, letterhead: str | None, text: str) -> str | None:
    """A body of one huvudman named with it: "Socialnämnden" of "FJÄLLSTA KOMMUN" is
    "Socialnämnden, Fjällsta kommun" (many kommuner have a Socialnämnden); without a letterhead, the
    kommun the minutes name most. A body of the collaboration is kept as written.

    >>> qualified_body("Socialnämnden", "Fjällsta kommun", "")
    'Socialnämnden, Fjällsta kommun'
    >>> qualified_body("Vård- och omsorgsnämnden", None, "Ekeby kommun ... Ekeby kommun ... Region Ås")
    'Vård- och omsorgsnämnden, Ekeby kommun'
    >>> qualified_body("Brottsförebyggande rådet (BRÅ)", "Ekeby kommun", "")
    'Brottsförebyggande rådet, Ekeby kommun (BRÅ)'
    >>> qualified_body("Kommunala pensionärs- och funktionsrättsrådet (KPFR)", "Ekeby kommun", "")
    'Kommunala pensionärs- och funktionsrättsrådet, Ekeby kommun (KPFR)'
    >>> qualified_body("Integrationsrådet", "Ekeby kommun", "")
    'Integrationsrådet, Ekeby kommun'
    >>> qualified_body("Trafiksäkerhetsrådet", "Ekeby kommun", "")
    'Trafiksäkerhetsrådet, Ekeby kommun'
    >>> qualified_body("Regionala funktionsrättsrådet", "Region Ås", "")
    'Regionala funktionsrättsrådet, Region Ås'
    >>> qualified_body("Rådet för funktionshinderfrågor", "Ekeby kommun", "")
    'Rådet för funktionshinderfrågor, Ekeby kommun'
    >>> qualified_body("Rådet för romsk inkludering", "Ekeby kommun", "")
    'Rådet för romsk inkludering, Ekeby kommun'
    >>> qualified_body("Nämnden för funktionsstöd", "Ekeby kommun", "")
    'Nämnden för funktionsstöd, Ekeby kommun'
    >>> qualified_body("Regionala nämnden för kultur och bildning", "Region Ås", "")
    'Regionala nämnden för kultur och bildning, Region Ås'
    >>> qualified_body("Beredningen för folkhälsa och jämlikhet", "Region Ås", "")
    'Beredningen för folkhälsa och jämlikhet, Region Ås'
    >>> qualified_body("Hälso- och sjukvårdsnämndens beredning för hälsa och omsorg", None, "Region Ås ... Region Ås")
    'Hälso- och sjukvårdsnämndens beredning för hälsa och omsorg, Region Ås'
    >>> qualified_body("Gemensamma nämnden för familjerätt", "Ekeby kommun", "")
    'Gemensamma nämnden för familjerätt'
    >>> qualified_body("Hälso- och sjukvårdsberedning Norra", None, "Region Ås ... Region Ås")
    'Hälso- och sjukvårdsberedning Norra, Region Ås'
    >>> qualified_body("Politiskt samråd Nära vård Norrbys arbetsutskott", None, "Plats: Åby kommunhus ... Åby kommun")
    'Politiskt samråd Nära vård Norrbys arbetsutskott'
    >>> qualified_body("Regionstyrelsens utskott för regional utveckling", "Region Ås", "")
    'Regionstyrelsens utskott för regional utveckling, Region Ås'
    >>> qualified_body("Socialnämndens arbetsutskott", None, "Åby kommun ... Åby kommun")
    'Socialnämndens arbetsutskott, Åby kommun'
    >>> qualified_body("KPR:s arbetsutskott", None, "Åby kommun ... Åby kommun")
    'KPR:s arbetsutskott, Åby kommun'
    >>> qualified_body("POSOM-ledningsgruppen", "Åby kommun", "")
    'POSOM-ledningsgruppen, Åby kommun'
    >>> qualified_body("Kommunfullmäktiges demokratiberedning", "Åby kommun", "")
    'Kommunfullmäktiges demokratiberedning, Åby kommun'
    >>> qualified_body("Kommunfullmäktiges presidium", "Åby kommun", "")
    'Kommunfullmäktiges presidium, Åby kommun'
    >>> qualified_body("Arvodesberedningen", "Region Ås", "")
    'Arvodesberedningen, Region Ås'
    >>> qualified_body("Folkhälsoberedningen", "Region Ås", ""), qualified_body("Tjänstemannaberedningen", "Region Ås", "")
    ('Folkhälsoberedningen, Region Ås', 'Tjänstemannaberedningen')
    >>> qualified_body("Gruppledarberedningen", "Åby kommun", "")
    'Gruppledarberedningen, Åby kommun'
    >>> qualified_body("Kommunfullmäktiges beredning för översyn av arvodena", "Åby kommun", "")
    'Kommunfullmäktiges beredning för översyn av arvodena, Åby kommun'
    >>> qualified_body("Politiskt samverkansråd", "Region Ås", ""), qualified_body("Nämnden", None, "")
    ('Politiskt samverkansråd', 'Nämnden')
    >>> qualified_body("Stadsdelsnämnden Östra", "Åby kommun", "")
    'Stadsdelsnämnden Östra, Åby kommun'
    >>> qualified_body("Arbetsutskottet", None, "anslag på Region Ås digitala anslagstavla ... Region Ås kansli")
    'Arbetsutskottet, Region Ås'
    >>> qualified_body("Förbundsfullmäktige", None, "Utbildningsförbundet Norrskär\\nÅby kommun, Ås kommun")
    'Förbundsfullmäktige, Utbildningsförbundet Norrskär'
    """
    if body and _FÖRBUND_OWN_BODY.fullmatch(body):
        # "Förbundsfullmäktige" is a förbund's, never a kommun's: the förbund the head names, else the one the text does
        head = "\n".join(text.splitlines()[:20])
        named = [" ".join(m.group(0).split()) for m in _FÖRBUND_NAMED.finditer(f"{letterhead or ''}\n{head}")]
        named = named or list(dict.fromkeys(" ".join(m.group(0).split()) for m in _FÖRBUND_NAMED.finditer(text)))
        return f"{body}, {named[0]}" if named and (len(set(named)) == 1 or named[0] in head) else body
    if (not body or not _ONE_HUVUDMAN_BODY.search(body) or "," in body
            or re.search(r"\s(?:i|för)\s", body) and not re.match(r"(?i)(?:kommunala\s+)?rådet\s+för\s|" + _OWN_FIELD_BODY, body)):
        return body
    if ((sub := _UTSKOTT_OF.fullmatch(body)) and not _ONE_HUVUDMAN_BODY.search(sub.group("parent"))
            and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö-]+(?:\s+[\wåäöÅÄÖ-]+)+", sub.group("parent"))):
        return body  # "Politiskt samråd Nära vård Ådalens arbetsutskott": the utskott of a joint body is no kommun's
    owner = letterhead
    if owner is None:
        from samverkan.loaders.knowledge import _huvudman_forms
        forms = Counter(n for n, kind in _huvudman_forms(text)
                        if kind == ("region" if re.match(r"(?i)region|hälso", body) else "kommun"))
        if not forms and body.casefold() == "arbetsutskottet":
            # "Myndighet Arbetsutskottet" in the anslag box of minutes naming only their region: a region has an
            # arbetsutskott as a kommun has
            forms = Counter(n for n, kind in _huvudman_forms(text) if kind == "region")
        owner = forms.most_common(1)[0][0] if forms else None
    if owner is None or body.casefold() in ("nämnden", "styrelsen", "utskottet"):
        return body
    # "Brottsförebyggande rådet (BRÅ)": the acronym stays the body's, after its owner
    acronym = _TRAILING_ACRONYM.search(body)
    return f"{_TRAILING_ACRONYM.sub('', body)}, {owner}{acronym.group(0) if acronym else ''}"


_PLACE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+")
# a kind of body with only its level before it: "Operativ arbetsgrupp", "Taktiskt team"
_LEVELLED_KIND = re.compile(r"(?:Operativ|Operativt|Taktisk|Taktiskt|Strategisk|Strategiskt)\s+"
                            r"[a-zåäö-]*(?:grupp|processteam|team|nätverk|råd|forum)")
# ("… – västra Vretby": the part of a län or kommun a delregional body serves, by its quarter)
_DISTRICT_CELL = re.compile(r"(?:kommundel|stadsdel|kommundelsområde|stadsdelsområde|norra|södra|västra|östra|mellersta|"
                            r"nordvästra|nordöstra|sydvästra|sydöstra|centrala|inre|yttre)\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?")
# a förbund's own bodies, by the word that says whose they are, and a förbund by its name
_FÖRBUND_OWN_BODY = re.compile(r"(?i)förbunds(?:fullmäktige|styrelsen|direktionen)")
_FÖRBUND_NAMED = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]*förbundet(?:[ ]+[A-ZÅÄÖ][a-zåäö][\wåäö-]*){1,2}")
# "Regionalt samverkansråd mot … – Fjällbottens län": the län a council serves, after a dash on its line
# (a name ending in a vowel takes no genitive s: "… – Stenmyra län", as "Uppsala län")
_LÄN = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:s|(?<=[aeiouyåäö]))\s+län")
_REGION_TAIL = re.compile(r"^(?P<name>.*(?:grupp|gruppen|team|teamet|[Rr]åd|[Rr]ådet|[Nn]ätverk|[Nn]ätverket|beredning)\b.*?),\s+"
                          r"(?P<place>[A-ZÅÄÖ][a-zåäö]+)(?P<short>\s+\([A-ZÅÄÖ][\wåäöÅÄÖ ]{1,12}\))?$")

# the huvudmän behind a group after a comma: "…, Region X och kommunerna", "…, Region X, Åby och Ekeby"
_PARTIES_TAIL = re.compile(r"^(?P<name>.*(?:grupp|gruppen|team|teamet|råd|rådet|nätverk|nätverket|beredning)\b.*?),\s+"
                           r"(?:Region|Landstinget)\s+[A-ZÅÄÖ][\wåäö-]+(?:(?:,\s*|\s+(?:och|samt)\s+)"
                           r"(?:kommunerna(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?|[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?))+"
                           r"(?P<short>\s+\([A-ZÅÄÖ][\wåäöÅÄÖ ]{1,12}\))?$")


def _recased_by_text(name: str, lines: list[str]) -> str:
    """A name read from a title in capitals, each word after the first written as the rest of the text writes it:
    small where it is written small ("BARN OCH UNGA" with "barn" in the notes), capitalised where it is written so
    in a sentence's midst, in capitals where the text writes it so (an acronym); as it is where the text is silent.

    >>> _recased_by_text("Nätverket för Anhörigstöd i Ådalen", ["NÄTVERKET FÖR ANHÖRIGSTÖD I ÅDALEN",
    ...                  "Träffpunkt i Ådalen. Hon berättade om anhörigstöd och SIP."])
    'Nätverket för anhörigstöd i Ådalen'
    >>> _recased_by_text("Arbetsgrupp Mobila TEAM", ["ARBETSGRUPP MOBILA TEAM", "Teamet startar. Två mobila team behövs."])
    'Arbetsgrupp mobila team'
    """
    text = "\n".join(s for s in lines if not s.strip().isupper())
    out = name.split()
    for k, w in enumerate(out[1:], start=1):
        if not re.fullmatch(r"[A-ZÅÄÖa-zåäöéü-]{2,}", w) or w.islower():
            continue
        small = capital = upper = False
        for m in re.finditer(rf"(?<![\wåäöÅÄÖ-]){re.escape(w)}(?![\wåäöÅÄÖ-])", text, re.I):
            form = m.group(0)
            initial = re.search(r"(?:^|[.!?:]\s+|\n\s*|[-•*]\s+)$", text[max(0, m.start() - 3):m.start()]) is not None
            if form.islower():
                small = True
            elif form.isupper() and len(form) > 1:
                upper = upper or not initial
            elif not initial:
                capital = True
        if small:
            out[k] = w.lower()
        elif capital:
            out[k] = w[:1].upper() + w[1:].lower()
        elif upper:
            out[k] = w.upper()
    return " ".join(out)


# a title naming the body by its kind alone: "regional styrgrupp", "Styrgruppen", "Lokal ledningsgrupp"
_BARE_KIND = re.compile(r"(?i)(?:(?:regional|lokal|länsgemensam|gemensam|delregional)a?\s+)?"
                        r"(?:styrgrupp|ledningsgrupp|referensgrupp|arbetsgrupp|projektgrupp)(?:en)?")
# a programme's, a centre's or a project's own name on the first line: "Vård- och omsorgscollege Granhammar"
_OWN_NAME_LINE = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och|för|i|[\wåäöÅÄÖ-]+))*\s+[A-ZÅÄÖ][\wåäö-]+")


def _kind_of_first_line(body: str | None, lines: list[str]) -> str | None:
    """A body the title names by its kind alone, as the group of the programme, centre or project the
    first line names (no huvudman, no kind of document): "Vård- och omsorgscollege Granhammar" over
    "Minnesanteckningar – regional styrgrupp" is "Regional styrgrupp för Vård- och omsorgscollege Granhammar".

    >>> _kind_of_first_line("Regional styrgrupp", ["Vård- och omsorgscollege Granhammar", "Minnesanteckningar – regional styrgrupp"])
    'Regional styrgrupp för Vård- och omsorgscollege Granhammar'
    >>> _kind_of_first_line("Styrgruppen", ["Åby kommun", "Minnesanteckningar styrgruppen"])
    'Styrgruppen'
    >>> _kind_of_first_line("Styrgruppen", ["Minnesanteckningar", "Styrgruppen"])
    'Styrgruppen'
    """
    if not body or not _BARE_KIND.fullmatch(body):
        return body
    first = next((x.strip() for x in lines[:3] if x.strip()), "")
    if (len(first.split()) > 6 or not _OWN_NAME_LINE.fullmatch(first) or _HUVUDMAN_CELL.match(first)
            or _DOC_TYPE.search(first) or _BODY_WORD.search(first) or body.casefold() in first.casefold()):
        return body
    return f"{body[:1].upper()}{body[1:]} för {first}"


def _footer_body(lines: list[str]) -> str | None:
    """The body named by a footer closing the text, as a word processor's footer is copied into it: "Arbetsgrupp
    X, Norrby | Minnesanteckningar 2025-10-28 | Sida 1 (1)"; None when the last lines hold no such footer.

    >>> _footer_body(["Nästa möte 9/12.", "", "----", "Arbetsgrupp trygg hemgång | Minnesanteckningar 2025-10-28 | Sida 1"])
    'Arbetsgrupp trygg hemgång'
    >>> _footer_body(["Anteckningarna skickas till samverkansgruppen | Anna"]) is None
    True
    """
    seen = 0
    for s in reversed(lines):
        s = s.strip()
        if not s or not re.search(r"\w", s):
            continue
        seen += 1
        if seen > 3:
            break
        parts = [p.strip() for p in re.split(r"\s+[|·]\s+|\t", s) if p.strip()]
        if len(parts) < 2 or not any(_DOC_TYPE.match(p) or _DOC_TYPE.match(p.lower()) for p in parts):
            continue
        for p in parts:
            if (_BODY_WORD.search(p) and not _DOC_TYPE.search(p) and p[:1].isupper() and len(p.split()) <= 10
                    and not re.search(r"\d", p)):
                return p
    return None


# a body in the genitive, its base form the word without the "s": "regionfullmäktiges", "kommunstyrelsens",
# "barn- och utbildningsnämndens", "direktionens"
_GENITIVE_BODY = (r"(?P<gen>(?:[A-ZÅÄÖa-zåäö][\wåäö]*-\s+och\s+)?[A-ZÅÄÖa-zåäö][\wåäö]*"
                  r"(?:nämndens|styrelsens|fullmäktiges|direktionens|beredningens))")
# the text telling of its own meeting: "Till justerare vid regionfullmäktiges sammanträde den 25 november utses …"
_OWN_SITTING = re.compile(rf"\bvid\s+{_GENITIVE_BODY}\s+sammanträde\b(?P<when>[^.;]{{0,60}})", re.I)
_SITTING_WORD = re.compile(r"(?i)sammanträde")
# an utskott prepares its parent's business: "Kommunstyrelsens arbetsutskott har berett ärendet" in the parent's
# minutes ("Ärendet har beretts av socialnämndens arbetsutskott")
_PREPARED_BY_UTSKOTT = re.compile(
    rf"(?:\b{_GENITIVE_BODY}\s+[a-zåäö]*utskott\s+har\s+berett\s+ärendet"
    rf"|\b[Äär]rendet\s+har\s+beretts\s+av\s+{_GENITIVE_BODY.replace('gen>', 'gen2>')}\s+[a-zåäö]*utskott\b)")


# a title naming the meeting by its members' post and the place they serve: "Kommunchefsmöte, Åbyregionen"
_POST_MEETING_TITLE = re.compile(r"(?P<stem>[A-ZÅÄÖ][a-zåäö]+(?:chefs|direktörs|rektors|samordnar))möte(?:t)?,?\s+"
                                 r"(?P<place>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)\s*$")


def _group_of_meeting_title(first: str, text: str) -> str | None:
    """The group whose meeting the first line names by its members' post and place, where the text speaks of the
    group by that post ("Kommunchefsmöte, Åbyregionen" over "Kommunchefsgruppen beslutade …"); None otherwise.

    >>> _group_of_meeting_title("Kommunchefsmöte, Åbyregionen", "1. Mötet öppnas. Kommunchefsgruppen beslutade att …")
    'Kommunchefsgruppen, Åbyregionen'
    >>> _group_of_meeting_title("Kommunchefsmöte, Åbyregionen", "1. Mötet öppnas.") is None
    True
    """
    m = _POST_MEETING_TITLE.match(first)
    if not m or not re.search(rf"\b{m['stem']}gruppen\b", text, re.IGNORECASE):
        return None
    return f"{m['stem']}gruppen, {m['place']}"


# a standing dialogue between two parties named by its title: "Dialogmöte BUP – elevhälsan i Åby", "DIALOGMÖTE
# VÅRDCENTRALEN – HEMTJÄNSTEN"; a body that meets again and again where the text speaks of its next or of its
# meetings ("Nästa dialogmöte: …", "dialogmötena har varit oregelbundna") (not "Dialogmöte med byalagen", a
# meeting one body holds with others)
_DIALOGUE_TITLE = re.compile(r"(?i)^(?P<kind>dialogmöte|dialogforum)\s+(?!med\b|om\b)(?P<parties>[\wåäöÅÄÖ][^.:;]{1,40}?"
                             r"\s[–-]\s[^.:;]{2,60}?)\s*$")
_DIALOGUE_AGAIN = re.compile(r"(?i)\b(?:nästa\s+dialogmöte|dialogmötena|dialogmötet\s+(?:ska|bör)\s|dialogmöte\s+"
                             r"(?:två|tre|fyra|en)\s+gånger?\s+per)\b")


def _dialogue_of_title(first: str, text: str) -> str | None:
    """The standing dialogue meeting a title names by its two parties, where the text tells it meets again.

    >>> _dialogue_of_title("DIALOGMÖTE BUP – ELEVHÄLSAN I ÅBY", "1. Remisser … Nästa dialogmöte: 5 maj.")
    'Dialogmöte BUP – elevhälsan i Åby'
    >>> _dialogue_of_title("Dialogmöte BUP – elevhälsan i Åby", "1. Remisser. Inget mer.") is None
    True
    >>> _dialogue_of_title("Dialogmöte med byalagen – Åby", "Nästa dialogmöte: 5 maj.") is None
    True
    """
    m = _DIALOGUE_TITLE.match(first)
    if not m or not _DIALOGUE_AGAIN.search(text):
        return None
    name = f"{m['kind']} {m['parties']}"
    if name.isupper():
        # in capitals: the kind a common noun, the parties' acronyms kept, a place after "i" its proper name
        words = name.split()
        out = [words[0].capitalize()]
        for k, w in enumerate(words[1:], 1):
            proper = k > 1 and words[k - 1].lower() in ("i", "på")
            out.append(w if (len(w) <= 4 and w.isalpha() and k == 1) or not w.isalpha()
                       else w.capitalize() if proper else w.lower())
        name = " ".join(out)
    return name


def _body_told_by_its_text(lines: list[str], meeting_date: str | None) -> str | None:
    """The body that met as the text tells of its own meeting, where no head names it (a meeting system's page
    copied without its header): its sitting that day or the one its justerare sign for ("vid regionfullmäktiges
    sammanträde den 25 november"), else the parent whose business its utskott prepared ("Kommunstyrelsens
    arbetsutskott har berett ärendet"). A sitting on another day, or a body the business goes to, is only
    mentioned.

    >>> _body_told_by_its_text(["Till justerare vid regionfullmäktiges sammanträde utses Eva Ek."], None)
    'Regionfullmäktige'
    >>> _body_told_by_its_text(["Motionen väcktes vid kommunfullmäktiges sammanträde den 3 maj 2030."], "2030-11-25")
    >>> _body_told_by_its_text(["Frågan ska tas upp vid kommunstyrelsens sammanträde i december."], "2030-11-25")
    >>> _body_told_by_its_text(["Socialnämndens arbetsutskott har berett ärendet."], None)
    'Socialnämnden'
    """
    text = " ".join(l.strip() for l in lines)
    # (both patterns try every word of the text: a word each needs, looked for first)
    for m in _matches_near(_OWN_SITTING, _SITTING_WORD, text, 61) if "sammanträde" in text.casefold() else ():
        start = text.rfind(".", 0, m.start()) + 1
        sentence = text[start:m.end()]
        if _is_this_sitting(m.group("when"), sentence, meeting_date):
            return _base_of_genitive(m.group("gen"))
    m = _PREPARED_BY_UTSKOTT.search(text) if "utskott" in text and "berett" in text else None
    return _base_of_genitive(m.group("gen") or m.group("gen2")) if m else None


# a council of users' or relatives' associations: its members speak for the associations, the huvudmän's people
# there serve it
_USERS_COUNCIL = re.compile(r"(?i)\b(?:brukar|patient|anhörig)(?:råd|rådet|forum|forumet)\b")
_HUVUDMAN_SIDE = re.compile(r"(?:Region|Landstinget)\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+(?:kommun|stad)")


def _officials_of_a_users_council(attendance: list[AttendanceEntry]) -> None:
    """In a users' council whose roster seats two or more associations, the huvudmän's people who hold no office
    of the council are officials who serve it, not members: no seat ("Från Region X deltog Eva Ek, samordnare …"
    beside "Från RSMH X kom …"). Where a huvudman's people hold the council's offices (vice chair, secretary), the
    huvudman sits in it and they all keep their seats.

    >>> att = [AttendanceEntry("Eva Ek", "present", ["ledamot", "ordförande"], unit="RSMH Åby"),
    ...        AttendanceEntry("Bo Ek", "present", ["ledamot"], unit="Attention Åby"),
    ...        AttendanceEntry("Siv Ås", "present", ["ledamot"], title="samordnare", organisation="Region Åby")]
    >>> _officials_of_a_users_council(att)
    >>> [(a.name, a.roles) for a in att]
    [('Eva Ek', ['ledamot', 'ordförande']), ('Bo Ek', ['ledamot']), ('Siv Ås', [])]
    >>> att[2].roles = ["ledamot"]
    >>> att.append(AttendanceEntry("Ola Ås", "present", ["ledamot", "sekreterare"], organisation="Region Åby"))
    >>> _officials_of_a_users_council(att)
    >>> [(a.name, a.roles) for a in att][2:]
    [('Siv Ås', ['ledamot']), ('Ola Ås', ['ledamot', 'sekreterare'])]
    """
    def side(a: AttendanceEntry) -> str:
        return (a.organisation or a.unit or "").strip()

    associations = {side(a) for a in attendance if side(a) and a.status != "guest" and not _HUVUDMAN_SIDE.fullmatch(side(a))}
    if len(associations) < 2:
        return
    if any(_HUVUDMAN_SIDE.fullmatch(side(a)) and set(a.roles) - {"ledamot", "justerare"} for a in attendance):
        return  # the huvudman's people hold the council's offices: the huvudman sits in it
    for a in attendance:
        if _HUVUDMAN_SIDE.fullmatch(side(a)) and a.roles == ["ledamot"] and not a.party and a.status == "present":
            a.roles = []


def _authority_letterhead(lines: list[str]) -> str | None:
    """The länsstyrelse whose own protocol this is, by its letterhead, where no body is named otherwise (a
    protocol of a recount: "LÄNSSTYRELSEN ÅBY LÄN / PROTOKOLL").

    >>> _authority_letterhead(["", "LÄNSSTYRELSEN ÅBY LÄN", "PROTOKOLL"]), _authority_letterhead(["Länsstyrelsen i Ås län"])
    ('Länsstyrelsen i Åby län', 'Länsstyrelsen i Ås län')
    >>> _authority_letterhead(["Kommunfullmäktige", "Länsstyrelsen i Ås län har meddelat …"]) is None
    True
    """
    first = next((l.strip() for l in lines if l.strip()), "")
    m = re.fullmatch(r"(?i)länsstyrelsen\s+(?:i\s+)?(?P<län>[a-zåäö-]+)\s+län", first)
    return f"Länsstyrelsen i {m.group('län').capitalize()} län" if m else None


def _is_this_sitting(when: str, sentence: str, meeting_date: str | None) -> bool:
    """Whether "vid X:s sammanträde" + ``when`` is the meeting itself: today's, the meeting's date, or the one
    whose protocol the sentence's justerare sign."""
    if re.match(r"\s*(?:i\s*dag|idag)\b", when, re.I) or re.search(r"\bdagens\s+sammanträde|\bjuster", sentence, re.I):
        return True
    day = re.match(rf"\s*(?:den\s+)?(\d{{1,2}})\s+({_MONTH_RE})(?:\s+(20\d\d))?\b", when, re.I)
    if day:
        if not meeting_date:
            return False
        y, mo, d = (int(x) for x in meeting_date.split("-"))
        return (int(day.group(1)), MONTHS[day.group(2).lower()]) == (d, mo) and int(day.group(3) or y) == y
    iso = _ISO.match(when.strip())
    return bool(iso) and iso.group(0) == meeting_date


def _base_of_genitive(gen: str) -> str:
    """The body a genitive names, in its base form: "regionfullmäktiges" is Regionfullmäktige."""
    base = re.sub(r"\s+", " ", gen[:-1])
    return base[:1].upper() + base[1:]


def _without_region_tail(body: str | None, text: str) -> str | None:
    """A group of the collaboration written with its region after a comma ("Styrgrupp äldre,
    Norrby" where the minutes speak of Region Norrby) is the group: the region is no part of its name.

    >>> _without_region_tail("Styrgrupp äldre, Norrby", "Region Norrby och kommunerna")
    'Styrgrupp äldre'
    >>> _without_region_tail("Taktisk samverkansgrupp barn och unga, Norrby (TSG BoU)", "Region Norrby")
    'Taktisk samverkansgrupp barn och unga (TSG BoU)'
    >>> _without_region_tail("Nätverket för biståndshandläggare, Norrby", "Region Norrby")
    'Nätverket för biståndshandläggare'
    >>> _without_region_tail("Styrgrupp äldre, Tallvik", "Region Norrby")
    'Styrgrupp äldre, Tallvik'

    The huvudmän behind the group written after a comma are no part of its name either:

    >>> _without_region_tail("Samverkansgrupp barn och unga, Region Norrby och kommunerna", "")
    'Samverkansgrupp barn och unga'
    >>> _without_region_tail("Arbetsgrupp SIP, Region Norrby, Åby och Ekeby (AG SIP)", "")
    'Arbetsgrupp SIP (AG SIP)'
    """
    if (m := _PARTIES_TAIL.match(body or "")) is not None:
        return m.group("name") + (m.group("short") or "")
    m = _REGION_TAIL.match(body or "")
    if m and re.search(rf"\b[Rr]egion\s+{re.escape(m.group('place'))}\b", text):
        return m.group("name") + (m.group("short") or "")  # "…, Ravinge (TSG BoU)": the short name stays
    return body


# ---------------------------------------------------------------- items

# a presenter's seat in a body after her name: "…, ordförande i samverkansgruppen X", "…, sammankallande för Y"
_PRESENTER_SEAT = re.compile(r",\s+(?:vice\s+)?(?:ordförande|sammankallande|ledamot|sekreterare)\s+(?:i|för)\s+\S")
# the words that tie a title to the body or unit it is held in: "ordförande i samverkansgruppen X", "chef för Y"
_OF_BODY = frozenset(("i", "för", "på", "vid", "inom", "hos"))


def _split_presenters(rest: str) -> list[str]:
    """Names in a 'Föredragande:' value: split on ',', '&', 'och', 'samt', ';'.

    >>> _split_presenters("Rebecca Welander, André Jönsson, Anna-Karin Åkesson och Maria Theandersson")
    ['Rebecca Welander', 'André Jönsson', 'Anna-Karin Åkesson', 'Maria Theandersson']
    >>> _split_presenters("Eva Ek, ordförande i samverkansgruppen Vuxna i Ås, och enhetschef Per Lund")
    ['Eva Ek', 'Per Lund']
    """
    rest = re.sub(r"\([^()]{0,60}\)", " ", rest)
    out = []
    for part in re.split(r"\s*(?:,|;|&|\boch\b|\bsamt\b|\s/\s)\s*", rest):
        part = part.strip(" .:")
        if not part:
            continue
        toks = part.split()
        led = []
        while toks and (toks[0][:1].islower() or toks[0].lower().endswith(_TITLE_SUFFIX)):
            led.append(toks.pop(0))
        if not toks or _OF_BODY.intersection(led):
            # "…, ordförande i samverkansgruppen Vuxna i Ås": the presenter's seat in a body, no name
            continue
        name_toks = []
        for t in toks:
            if _NAME_TOKEN.match(t) or (name_toks and _INITIAL.match(t)) or (name_toks and t.lower() in PARTICLES):
                name_toks.append(t)
            else:
                break
        if not name_toks:
            continue
        name = " ".join(name_toks)
        if name.lower() in ("föredragande", "ordförande", "sekreterare", "samtliga", "alla", "ledamöter",
                            "ledamöterna", "gruppen", "samverkansgruppen"):
            continue
        if name not in out:
            out.append(name)
    return out


def attendee_short_names(attendance: list[AttendanceEntry]) -> dict[str, str]:
    """Short forms later text uses for attendees -> the one attendee each stands for: the given name
    alone ("Sanna") and the initials ("SP"), where only one attendee has them; initials the roster states
    ("JW Jörgen Wall", "JWi Johan Wikander") are theirs even where two names give the same letters.

    >>> short = attendee_short_names([AttendanceEntry("Sanna Pirinen", "present"),
    ...     AttendanceEntry("Sara Lindh", "present"), AttendanceEntry("Tove Marklund", "present", initials="TM")])
    >>> short["SP"], short["Sanna"], short["TM"], "S" in short, "Per" in short
    ('Sanna Pirinen', 'Sanna Pirinen', 'Tove Marklund', False, False)
    >>> short["SaP"], short["SaL"], short["SPi"]
    ('Sanna Pirinen', 'Sara Lindh', 'Sanna Pirinen')
    >>> short["SPI"], short["TMA"]
    ('Sanna Pirinen', 'Tove Marklund')
    """
    return dict(_short_names(tuple((a.name, a.initials) for a in attendance)))


def initials_told_apart(names: list[str], text: str) -> dict[str, str]:
    """Initials two attendees share once Å, Ä and Ö are written A and O, where the text tells one of them apart
    by a second letter ("KrA" of Kristina Ahlberg): the plain initials ("KA") the other's (Karin Åslund).

    >>> initials_told_apart(["Kristina Ahlberg", "Karin Åslund"], "KrA tar fram siffrorna. KA slutar i december.")
    {'KA': 'Karin Åslund'}
    >>> initials_told_apart(["Kristina Ahlberg", "Karin Åslund"], "KA slutar i december.")
    {}
    """
    by_key: dict[str, list[tuple[str, list[str]]]] = {}
    for name in (normalise_person_name(n or "") for n in names):
        parts = [w for w in _NAME_PARTS.split(name) if w and w[0].isupper()]
        if len(parts) >= 2:
            key = unicodedata.normalize("NFD", "".join(w[0] for w in parts)).encode("ascii", "ignore").decode()
            by_key.setdefault(key, []).append((name, parts))
    out: dict[str, str] = {}
    for key, pair in by_key.items():
        if len(pair) != 2 or not re.search(rf"(?<![\wåäöÅÄÖ]){key}(?![\wåäöÅÄÖ])", text):
            continue
        for (_, parts), (other, _) in (pair, pair[::-1]):
            told = (parts[0][:2] + "".join(w[0] for w in parts[1:]), "".join(w[0] for w in parts[:-1]) + parts[-1][:2])
            if any(re.search(rf"(?<![\wåäöÅÄÖ]){re.escape(t)}(?![\wåäöÅÄÖ])", text) for t in told if t != key):
                out[key] = other
    return out


def _short_name_of(word: str, short: dict[str, str], attendance: list[AttendanceEntry]) -> str:
    """The attendee a short form stands for (see :func:`attendee_short_names`); a given name also the one
    attendee the list names by that initial and a surname, where none is listed with the name in full
    ("Ingela" for "I. Rask").

    >>> att = [AttendanceEntry("I. Rask", "present"), AttendanceEntry("Kent Ågren", "present")]
    >>> _short_name_of("Ingela", {}, att), _short_name_of("Kent", {"Kent": "Kent Ågren"}, att), _short_name_of("Inga", {}, att[1:])
    ('I. Rask', 'Kent Ågren', '')
    """
    if word in short:
        return short[word]
    if len(word) < 3 or not is_given_name(word):
        return ""
    initial = f"{word[0]}."
    held = [e.name for e in attendance if e.name and e.name.startswith(initial) and " " in e.name]
    if len(held) != 1 or any(e.name and e.name.split()[0] == word for e in attendance):
        return ""
    return held[0]


@lru_cache(maxsize=256)
def _short_names(people: tuple[tuple[str | None, str | None], ...]) -> dict[str, str]:
    """`attendee_short_names` of the attendees' (name, initials); cached, as each item of the
    minutes asks again. Callers get a copy."""
    seen: dict[str, list[str]] = {}
    for name in (normalise_person_name(a or "") for a, _ in people):
        parts = [w for w in _NAME_PARTS.split(name) if w and w[0].isupper()]
        if len(parts) >= 2:
            # (where two share initials, a secretary tells them apart by a second letter: "KrA" of Kristina
            # Ahlberg beside Karin Åslund's "KA", "JWi" of Johan Wikander beside Jörgen Wall)
            told_apart = (parts[0][:2] + "".join(w[0] for w in parts[1:]), "".join(w[0] for w in parts[:-1]) + parts[-1][:2])
            # (and typed in capitals in a table's Vem column: "UST" of Ulrika Stendahl)
            for key in (name.split(" ")[0], "".join(w[0] for w in parts), *told_apart, *(t.upper() for t in told_apart)):
                if not any(same_person_form(name, other) for other in seen.setdefault(key, [])):
                    seen[key].append(name)
    short = {k: v[0] for k, v in seen.items() if len(v) == 1}
    for name, initials in people:
        if initials and name:
            short[initials] = normalise_person_name(name)
    return short


_SECTION_WORDS = {"ärendebeskrivning", "bakgrund", "sammanfattning", "beslutsunderlag", "ärendet", "ärende"}
_SECTION_LABEL_IN = re.compile(r"(?:^|\s)(?:Ärendebeskrivning|Bakgrund|Sammanfattning|Beskrivning\s+av\s+ärendet|"
                               r"Ärendet\s+i\s+korthet)\s+(?=[A-ZÅÄÖ])")
_SECTION_LEAD = re.compile(r"^(?:beskrivning\s+av\s+ärendet|ärendet\s+i\s+korthet|sammanfattning\s+av\s+ärendet)\s+",
                           re.I)


# a title in its definite form as the subject: "Socialchefen", "Regiondirektören", "Förbundschefen"
_DEFINITE_TITLE = re.compile(r"((?:[a-zåäö]+-\s+och\s+)?[a-zåäö-]+(?:chef|direktör|samordnare|ledare|strateg|sekreterare))(?:en|n)")
# titles written bare, as a name is, at the head of a sentence: "Rektor redogjorde för söktrycket"
_BARE_PRESENTING_TITLES = frozenset(("rektor", "förbundsdirektör", "kommundirektör", "regiondirektör", "förvaltningschef",
                                     "socialchef", "verksamhetschef", "skolchef", "stadsdirektör"))
_DNR_LINE = re.compile(r"(?im)^\s*(?:diarienummer|dnr)\b\s*:?\s*\S+(?:\s+\S+)?\s*$")


# who brings a point, in brackets after its title: "(Ida)", "(Per Lund)", "(Ida och Lena)"
# (or by the initials the roster gives: "(PE)", "(PE/AL)"; or after a dash: "Statistik – Per Ek")
_TITLE_WHO = r"(?:[A-ZÅÄÖ][a-zåäö-]+(?:\s+[A-ZÅÄÖ][a-zåäö-]+)?|[A-ZÅÄÖ]{2,4})"
_TITLE_PRESENTER_NAMED = re.compile(rf"\s(?:\((?P<who>{_TITLE_WHO}(?:\s*(?:,|/|\soch\s)\s*{_TITLE_WHO})*)\)"
                                    rf"|[–—-]\s+(?P<who2>{_TITLE_WHO}(?:\s*(?:,|/|\soch\s)\s*{_TITLE_WHO})*))$")

# an item that lists what is to be done by the next meeting: "Annelie beskriver hur …" there is a task, not a talk
_TASKS_TITLE = re.compile(r"(?i)^\s*(?:(?:till|inför)\s+nästa\s+(?:möte|sammanträde)|att\s+göra|åtgärdslista|"
                          r"uppföljningslista)\s*:?\s*$")


# a to-do list's heading on a line of its own inside a point's text: "Till nästa gång", "Att göra:"
_TODO_LINE = re.compile(r"(?im)^\s*(?:(?:till|inför)\s+nästa\s+(?:möte|sammanträde|gång)|att\s+göra|åtgärdslista|"
                        r"uppföljningslista)\s*:?\s*$")
_RESPONSIBLE_DUE = re.compile(r"(?m)^Ansvarig[a]?\s*:\s*([^,\n]{2,60}),\s*\S")


# a matter presented at the meeting, told in the passive with who presents it last: "… framförs av Peter Holm (S)."
_PASSIVE_PRESENTER = re.compile(r"\b(?:framförs|föredras)\s+av\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})"
                                r"(?:\s+\([A-ZÅÄÖ]{1,3}\))?\s*\.?$")
# a role for its holder as the subject of a presenting verb, in its bare and definite forms
# (and the body's own processledare or samordnare, where the roster gives that role: "Processledaren redovisade läget")
_PRESENTING_ROLES = {f"{w}{end}": w for w in ("ordförande", "vice ordförande", "sekreterare", "processledare", "samordnare")
                     for end in ("", "n")}


_HOLDER = r"(?:vice\s+)?ordföranden|sekreteraren|[a-zåäö-]+(?:chef|direktör|samordnare|ledare|strateg|sekreterare)(?:en|n)"
_PRESENTER_AFTER_VERB = re.compile(
    rf"\b(?:föredrogs|presenterades|redovisades)\s+av\s+(?P<who>{_HOLDER}|[A-ZÅÄÖ][a-zåäöé-]+\s+[A-ZÅÄÖ][a-zåäöé-]+)\b"
    rf"|\b(?:gick|går)\s+(?P<who2>{_HOLDER}|[A-ZÅÄÖ][a-zåäöé-]+(?:\s+[A-ZÅÄÖ][a-zåäöé-]+)?)\s+igenom\b"
    rf"|\b(?:berättade|redogjorde)\s+(?P<who3>{_HOLDER}|[A-ZÅÄÖ][a-zåäöé-]+\s+[A-ZÅÄÖ][a-zåäöé-]+)\s+(?:om|för)\b")


# a title in its definite form and the unit it is held in: "Verksamhetschefen för Medicinkliniken", "Enhetschefen på
# Vuxenenheten", "verksamhetschefen vid BUP Norrby"
_TITLE_OF_UNIT = re.compile(r"(?P<title>(?:[a-zåäö]+-\s+och\s+)?[a-zåäö-]+(?:chef|direktör|samordnare|ledare|strateg))(?:en|n)"
                            r"\s+(?:för|på|vid)\s+(?P<unit>(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*|[a-zåäö][\wåäö-]*)(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})",
                            re.I)


def _title_of_unit_holder(subject: str, att: list[AttendanceEntry]) -> str | None:
    """The one attendee a title and the unit it is held in name, the roster giving both ("Lars Ek, verksamhetschef
    Medicinkliniken, Region Å" or a title and a unit of their own).

    >>> a = [AttendanceEntry("Lars Ek", "guest", title="verksamhetschef", unit="Medicinkliniken"),
    ...      AttendanceEntry("Eva Berg", "present", title="verksamhetschef", unit="Geriatriken")]
    >>> _title_of_unit_holder("Verksamhetschefen för Medicinkliniken", a), _title_of_unit_holder("Verksamhetschefen för BUP", a)
    ('Lars Ek', None)
    """
    m = _TITLE_OF_UNIT.fullmatch(subject.strip())
    if not m:
        return None
    title, unit = m.group("title").lower(), m.group("unit").casefold()
    holders = []
    for e in att:
        held = (e.title or "").casefold()
        if not held.startswith(title):
            continue
        where = " ".join(x for x in (held, e.unit, e.organisation) if x).casefold()
        if unit in where or unit.rstrip("s") in where:
            holders.append(e.name)
    return holders[0] if len(set(holders)) == 1 else None


def _holder(who: str | None, att: list[AttendanceEntry]) -> str | None:
    """The attendee a presenter's words name: by a role ("ordföranden"), by a title the roster gives
    one attendee only ("förbundsdirektören"), or by name.

    >>> a = [AttendanceEntry("Ola Brandt", "guest", title="Förbundsdirektör"), AttendanceEntry("Eva Ek", "present", ["ordförande"])]
    >>> _holder("förbundsdirektören", a), _holder("ordföranden", a), _holder("Ola Brandt", a), _holder("Bo Ax", a)
    ('Ola Brandt', 'Eva Ek', 'Ola Brandt', None)
    """
    if not who:
        return None
    low = who.lower()
    if low in _PRESENTING_ROLES:
        return next((e.name for e in att if _PRESENTING_ROLES[low] in e.roles), None)
    if who[:1].islower():
        tm = _DEFINITE_TITLE.fullmatch(low)
        holders = [e.name for e in att if tm and (e.title or "").lower() == tm.group(1)]
        return holders[0] if len(holders) == 1 else None
    return who if any(e.name == who for e in att) else None


# a section's label on a line of its own under an item, as a meeting app exports its notes: "Anteckningar", "Diskussion"
_NOTES_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?:Anteckningar|Diskussion|Noteringar|Minnesanteckningar|Sammanfattning)[ \t]*$")


def _prose_presenters(text: str, att: list[AttendanceEntry]) -> list[str]:
    """Presenters named in running text: 'X och Y presenterar ...', 'Ordförande informerar om ...', and
    the round of reports where each line starts with who tells it ('Tobias: 38 möten i Forsby …').

    >>> att = [AttendanceEntry("Eva Ek", "guest", []), AttendanceEntry("Per Lind", "guest", [])]
    >>> _prose_presenters("Eva Ek och Per Lind bjuds in för att informera om larmen.", att)
    ['Eva Ek', 'Per Lind']
    >>> _prose_presenters("Eva Ek bjuds in till nästa möte för att informera om larmen.", att)
    []
    >>> _prose_presenters("Beslutades att Eva Ek presenterar höstens rapport för ledningsgruppen.", att)
    []
    >>> _prose_presenters("Vi rapporterar till styrgruppen den 3 december. Eva Ek presenterar där.", att)
    []
    >>> _prose_presenters("Anteckningar\\nPer Lind presenterar väntetidsläget.", att)
    ['Per Lind']
    >>> att = [AttendanceEntry("Per Lind", "guest", []), AttendanceEntry("Jan Ek", "guest", [], title="servicedirektör")]
    >>> _prose_presenters("Per Lind och servicedirektören redovisar tidplanen.", att)
    ['Per Lind', 'Jan Ek']
    >>> _prose_presenters("Servicedirektören lämnade information om upphandlingen.", att)
    ['Jan Ek']
    >>> _prose_presenters("Per Lind återgav RLG:s sammanträde 2028-05-19.", att)
    ['Per Lind']
    >>> _prose_presenters("Per Lind återkopplade på uppdraget från juni. Jan Ek återrapporterade: avtalet är klart.", att)
    ['Per Lind', 'Jan Ek']
    >>> _prose_presenters("Per Lind återkopplar på frågan till nästa möte.", att)
    []
    >>> _prose_presenters("Jan E: rutinen behöver ses över efter de nya lagkraven.", att)
    ['Jan Ek']
    """
    out: list[str] = []
    # "Rådet informerades av äldreomsorgschef Helena Borg om …": the agent of the passive told the body
    for m in _INFORMED_BY.finditer(text) if any(w in text for w in _INFORMED_BY_WORDS) else ():
        nm = leading_name(m.group("who") or m.group("who2"))[0]
        if nm and nm not in out and any(e.name == nm for e in att):
            out.append(nm)
    if "framförs av" in text or "föredras av" in text:
        for sent in _sentences(text):
            if (pm := _PASSIVE_PRESENTER.search(sent)) is not None:
                # "Valberedningens förslag framförs av Peter Holm (S).": the one who presents it, told in the passive
                hit = next((e.name for e in att if e.name == pm.group("who")), None)
                if hit and hit not in out:
                    out.append(hit)
    if "ogs av " in text or "ades av " in text or " igenom " in text or "berättade " in text or "redogjorde " in text:
        # "Ärendet föredrogs av förbundsdirektören": the passive's agent by a role or title the roster gives;
        # "Inför arbetet gick ordföranden igenom uppdraget": the subject after its verb, an adverbial first
        for m in _PRESENTER_AFTER_VERB.finditer(text):
            nm = _holder(m.group("who") or m.group("who2") or m.group("who3"), att)
            if nm and nm not in out:
                out.append(nm)
    # (the item's first sentence only where a reminder stands anywhere in it: this runs for every item)
    opening = (any(w in text for w in _OPENING_WORDS) and bool(sents := _sentences(text))
               and _OPENING_PRESENT.search(sents[0]) is not None)
    for m in _ROUND_TELLER.finditer(text):
        if (nm := m.group("who")) not in out and any(e.name == nm for e in att):
            out.append(nm)
    if not _PROSE_PRESENT.search(text) and not _LEAD_NAME_COLON.search(text) and not opening:
        return out
    # "Diarienummer: RS 2025/0101" on a line of its own is no part of the sentence after it; a list item
    # and the line after a list are sentences of their own, though a Word paragraph ends in no period
    text = _DNR_LINE.sub("", text)
    # ("Anteckningar" / "Lovisa Hed presenterar …": a meeting app's section label on a line of its own, no part of a name)
    text = _NOTES_LABEL_LINE.sub("", text)
    text = re.sub(r"(?m)^([-•–*]\s.*?)(?<![.:;])$", r"\1.", text)
    short = attendee_short_names(att)
    # "IL beskriver hur …" / "Ansvarig: IL, nästa möte": the one responsible by a time to come has a task, no talk
    due_by = {r.group(1).strip() for r in _RESPONSIBLE_DUE.finditer(text)} if "Ansvarig" in text else set()
    todo = _TODO_LINE.search(text)
    for lead in _LEAD_NAME_COLON.finditer(text):
        if lead.group("who2") and todo and lead.start() > todo.start():
            continue  # "Till nästa gång" / "- MS: ersättare från Älvnäs": a to-do list run on under the last point
        toks = (lead.group("who") or lead.group("who2")).split()
        nm = leading_name(lead.group("who"))[0] if len(toks) > 1 else _short_name_of(toks[0], short, att)
        if len(toks) == 2 and len(toks[1].rstrip(".")) == 1:
            # "Eva E:": the one attendee of that given name whose surname starts with the letter
            held = {e.name for e in att if e.name and len(parts := e.name.split()) > 1 and parts[0] == toks[0]
                    and parts[-1].startswith(toks[1][0])}
            nm = held.pop() if len(held) == 1 else ""
        if nm and nm not in out and any(e.name == nm for e in att):
            out.append(nm)
    sents = _sentences(text)
    for si, sent in enumerate(sents):
        m = _PROSE_PRESENT.search(sent)
        reminded = m is None and si == 0 and opening
        if reminded:
            m = _OPENING_PRESENT.search(sent)
            if m and sent[:m.start()].strip().lower() in _PRESENTING_ROLES:
                continue
        if not m:
            continue
        if sent[:1] in _BULLETS:  # "- Hanna presenterade utkastet": a point of a list
            sent = _strip_bullet(sent)
            m = _PROSE_PRESENT.search(sent)
            if not m:
                continue
        after = sent[m.end():].lstrip()
        if m.group(1).split()[0].endswith(_PAST_PRESENT) and re.match(r"(?:vid|på|under|i)\b", after):
            continue
        if _AT_ANOTHER_MEETING.search(after):  # "EB redovisar … vid styrgruppens möte": a task, told here
            continue
        if m.group(1).split()[0].endswith("r") and _AFTER_A_WHILE.search(after):
            continue  # "… redovisar antalet SIP:ar efter tre månader": to be told then
        if due_by and m.group(1).split()[0].endswith("r") and sent[:m.start()].strip() in due_by:
            continue
        if re.match(r"(?:(?:den|det|dem|ärendet|frågan)\s+)?där\b", after):
            continue  # "… lyfts till Styrgrupp X. KSÖ föredrar den där.", "Malin presenterar där.": to be presented there
        if si and re.fullmatch(r"(?:ärendet|frågan)\s*\.?", after) and _SENT_ON.search(sents[si - 1]):
            continue  # "Gruppen beslutade att lyfta frågan till X den 19 maj. Maria föredrar ärendet.": there, later
        if m.group(1).split()[0].endswith("r") and not m.group(1).endswith("från") and _AT_DAY_ELSEWHERE.match(after):
            continue  # "Ingrid informerar om rutinen vid PSV den 12 december": a task, told here
        if m.group(1).split()[0].endswith("r") and _AT_BODY_ELSEWHERE.match(after):
            continue  # "Mats föredrar ärendet i RLG": a task, told here
        if m.group(1).split()[0].endswith("r") and _IN_MONTH_OR_COUNCIL.match(after):
            continue  # "Karin redovisar i april": a task, told here
        if m.group(1).split()[0].endswith("r") and _TOGETHER_IN_MONTH.match(after):
            continue  # "Gunilla och Anneli går igenom pärmen tillsammans i juni": what they will do, told here
        if m.group(1).split()[0].endswith("r") and _DECIDED_THAT.search(sent[:m.start()]):
            continue  # "Beslutades att Gunilla presenterar höstens rapport": a talk decided for later, a task
        if m.group(1).startswith("har") and _DONE.search(sent):
            continue
        # "Marie-Louise, som ingår i processteamet, berättade …": the relative clause is no part of the subject
        subject = re.sub(r",\s*som\s[^,]*,?", " ", sent[: m.start()]).strip(" ,")
        # "Beskrivning av ärendet / Förbundschef Jenny Åkerman informerar …": the label over the text is no subject
        subject = _SECTION_LEAD.sub("", subject)
        if subject[:1].isdigit() or subject[:1] in "NnÅå":
            # "Noteringar" / "2.1 Eva Ek redogjorde för …": the label over the points and the point's number, no subject
            subject = _NOTES_POINT_LEAD.sub("", subject)
        if labels := list(_SECTION_LABEL_IN.finditer(subject)):
            # "Beslutsunderlag – Tjänsteskrivelse … Ärendebeskrivning MAS Oliver Palm redogör …": a list of
            # documents and the label over the text run into its first sentence; the subject follows the label
            subject = subject[labels[-1].end():]
        if not subject or len(subject) > 160:
            continue
        low = subject.lower()
        if low in _PRESENTING_ROLES:
            # "Ordföranden informerade om …", "Vice ordföranden berättade om …": the attendee who holds the role
            role = _PRESENTING_ROLES[low]
            for e in att:
                if role in e.roles and e.name not in out:
                    out.append(e.name)
                    break
            continue
        if " för " in low or " på " in low or " vid " in low:
            # "Verksamhetschefen för Medicinkliniken redogjorde …": the one attendee holding that title in that unit
            if (holder := _title_of_unit_holder(subject, att)) is not None:
                if holder not in out:
                    out.append(holder)
                continue
        tm = _DEFINITE_TITLE.fullmatch(low)
        if tm or " " not in low and low in _BARE_PRESENTING_TITLES:
            # "Socialchefen föredrar ärendet", "Rektor redogjorde för …": the one attendee who holds that title
            title = tm.group(1) if tm else low
            holders = [e.name for e in att if (e.title or "").lower() == title]
            if len(holders) == 1 and holders[0] not in out:
                out.append(holders[0])
            continue
        found = []
        # "Vård- och omsorgschef Jörgen Tall": a title whose compounds share their last part is one title
        subject = re.sub(r"(?<=\w)-\s+och\s+(?=[a-zåäö])", "-", subject)
        for part in re.split(r"\s*(?:,|&|\boch\b)\s*", subject):
            if (pt := _DEFINITE_TITLE.fullmatch(part.strip().lower())) and len(
                    holders := [e.name for e in att if (e.title or "").lower() == pt.group(1)]) == 1:
                found.append(holders[0])  # "Petter Sjöberg och servicedirektören redovisar …": the title's one holder
                continue
            toks = part.split()
            while toks and (toks[0].lower().endswith(_TITLE_SUFFIX + _DEFINITE_TITLE_SUFFIX) or toks[0][:1].islower()
                            or toks[0].lower() in _SECTION_WORDS  # "Ärendebeskrivning" over the text
                            # "MAS Oliver Palm redogör för ärendet": a title by its letters before the name
                            or len(toks) > 2 and toks[0].casefold() in _TITLE_ACRONYMS
                            # "Medicinskt ansvarig sjuksköterska Sofia Nyberg": a title led by its adjective
                            or len(toks) > 2 and toks[1][:1].islower() and not is_given_name(toks[0])):
                toks = toks[1:]
            nm, _ = leading_name(" ".join(toks))
            if not nm and len(toks) == 1:
                nm = _short_name_of(toks[0], short, att)
            if nm and found and " " in nm and not is_person_name(nm) and not any(e.name == nm for e in att):
                continue  # "Jenny Strand, Länstrafiken Åby AB, informerade …": where she comes from, no second presenter
            if nm:
                found.append(nm)
            elif found:
                break
            else:
                found = []
                break
        # "BH, LJ och SLA redovisade siffrorna för sina kommuner och KW för Östmo": one more, the verb left out
        gapped = _GAPPED_PRESENTER.search(after) if found else None
        if gapped:
            toks = gapped.group("n").split()
            nm = leading_name(gapped.group("n"))[0] if len(toks) > 1 else _short_name_of(toks[0], short, att)
            if nm and any(e.name == nm for e in att):
                found.append(nm)
        for nm in found:
            if nm not in out:
                out.append(nm)
    return out


def _reporters_back(title: str, text: str, att: list[AttendanceEntry]) -> list[str]:
    """Attendees who report back in an item that follows up the last meeting's tasks ("Återkoppling från förra
    mötet", "Uppföljning från orienteringen kl. 08.00", or a line led by such a label), each in a sentence of
    her own on what she has done ("Johan har pratat med …"), and those who tell their part of a status round
    ("Lägesbild": "Maria rapporterade att …", "Jessica meddelade att …").

    >>> att = [AttendanceEntry("Johan Åkerblad", "present", []), AttendanceEntry("Eva Ek", "present", [])]
    >>> _reporters_back("Återkoppling från förra mötet", "Mirjam har bytt jobb. Johan har pratat med cheferna.", att)
    ['Johan Åkerblad']
    >>> _reporters_back("Lägesbild", "Läget är oförändrat. Eva meddelade att boendena har vatten.", att)
    ['Eva Ek']
    >>> _reporters_back("Återrapporter från kommunerna", "Eva rapporterade att Ås har utbildat 20. Från By "
    ...                 "berättade Johan att planerna är klara.", att)
    ['Eva Ek', 'Johan Åkerblad']
    >>> _reporters_back("Sedan sist", "Åby: Eva Ek meddelade att två tjänster är vakanta.", att)
    ['Eva Ek']
    >>> _reporters_back("Checklistan", "Återkoppling från förra mötet: Eva har skickat ut den. Johan har sett den.", att)
    ['Eva Ek']
    >>> _reporters_back("Uppföljning av checklistan", "Johan har pratat med cheferna.", att)
    []
    >>> _reporters_back("Uppföljning sedan förra mötet", "Eva har skickat ut mallen till alla enheter, klart.", att)
    []
    """
    if _FOLLOW_UP_TITLE.match(title or ""):
        scope, verb = text, _REPORTED_DONE
    elif _STATUS_ROUND_TITLE.match(title or ""):
        scope, verb = text, _REPORTS_STATUS
    elif lead := _FOLLOW_UP_LEAD.search(text):
        scope, verb = text[lead.end():].split("\n", 1)[0], _REPORTED_DONE
        scope = _sentences(scope)[0] if scope.strip() else ""
    else:
        return []
    short = attendee_short_names(att)
    out: list[str] = []
    for sent in _sentences(scope):
        sent = _FOLLOW_UP_LEAD.sub("", _strip_bullet(sent) if sent[:1] in _BULLETS else sent).strip()
        if verb is _REPORTS_STATUS:
            # "Åby: Eva Ek meddelade att …": the round's line led by the huvudman it tells of
            sent = _ROUND_PLACE_LEAD.sub("", sent, count=1)
        m = verb.match(sent) or (verb is _REPORTS_STATUS and _REPORTS_STATUS_FRONTED.match(sent) or None)
        if not m or _DONE.search(sent):
            continue  # ("Mia har skickat ut mallen …, klart": an action item ticked off, no talk)
        toks = m.group("who").split()
        nm = leading_name(m.group("who"))[0] if len(toks) > 1 else _short_name_of(toks[0], short, att)
        if nm and nm not in out and any(e.name == nm for e in att):
            out.append(nm)
    return out


# an item that follows up what was to be done since the last meeting: "Återkoppling från förra mötet",
# "Uppföljning från orienteringen kl. 08.00" (not "Uppföljning av ordinationsmallen", a matter of its own)
_FOLLOW_UP_TITLE = re.compile(r"(?i)^(?:återkoppling|uppföljning|återrapportering)\s+(?:från|sedan)\s+(?:(?:förra|föregående|"
                              r"senaste)\s+[a-zåäö]+|[a-zåäö]*(?:mötet|orienteringen|genomgången|träffen))\b")
# the same label leading a line of an item: "Återkoppling från förra mötet: Mirjam har …"
_FOLLOW_UP_LEAD = re.compile(r"(?im)^[-•–*]?\s*(?:återkoppling|uppföljning|återrapportering)\s+(?:från|sedan)\s+(?:förra|föregående|"
                             r"senaste)\s+[a-zåäö]+\s*:\s*")
# an item where each function tells its part of the situation: "Lägesbild", "Läget", "Laget runt"
_STATUS_ROUND_TITLE = re.compile(r"(?i)^(?:lägesbild(?:en)?|läget|lägesrapporter|laget\s+runt|runt\s+bordet|rundan|"
                                 # "Sedan sist": each huvudman tells what has happened since the last meeting
                                 r"sedan\s+sist\s*$|"
                                 # "Återrapporter från kommunerna": each huvudman's teller tells its part
                                 r"återrapport(?:er|ering|eringar)?\s+från\s+(?-i:(?:kommunerna|huvudmännen|parterna|"
                                 r"verksamheterna|förvaltningarna|enheterna|organisationerna))\s*$)")
# a round's line led by the huvudman it tells of: "Åby: Eva Ek meddelade att …", "Region Norrby: Per Lind berättade …"
_ROUND_PLACE_LEAD = re.compile(r"^(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun)?\s*:\s+(?=[A-ZÅÄÖ])")
_REPORTER = r"(?P<who>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé-]+){0,2}|[A-ZÅÄÖ]{2,4})"
# "Johan har pratat med …", "HSD har kollat …": what one has done since, told (not "har kontakt med", a state)
_REPORTED_DONE = re.compile(_REPORTER + r"\s+har\s+(?:nu\s+|också\s+|även\s+)?(?!kontakt\b|mandat\b)[a-zåäö]{2,}(?:at|it|tt|t)\b")
_REPORTS_STATUS = re.compile(_REPORTER + r"\s+(?:rapporterade|rapporterar|meddelade|meddelar|berättade|berättar|"
                             r"informerade|informerar)\s+(?:att|om)\b")
# the same with the part told first, the teller after the verb: "Från Åby berättade EK att …", "För Ås
# kommun rapporterade Eva att …"
_REPORTS_STATUS_FRONTED = re.compile(r"(?:Från|För|I)\s+(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?\s+"
                                     r"(?:rapporterade|rapporterar|meddelade|meddelar|berättade|berättar|informerade|"
                                     r"informerar)\s+" + _REPORTER + r"\s+(?:att|om)\b")


# a second presenter with the verb left out, for a part of what was told: "… och KW för Östmo"
_GAPPED_PRESENTER = re.compile(r"\boch\s+(?P<n>[A-ZÅÄÖ]{2,4}|[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé-]+){0,2})\s+för\s+"
                               r"(?:[A-ZÅÄÖ]|sin\b|sitt\b|sina\b)")


def _collect_list(lines: list[str], start: int, end: int, bullets_only: bool, consumed: set[int]) -> list[str]:
    """Entries of a 'Dokument:' / 'Protokollet skickas till' list starting after line ``start`` (1-based)."""
    out: list[str] = []
    gap = 0
    i = start + 1
    while i <= end:
        s = lines[i - 1].strip()
        if not s:
            gap += 1
            if gap >= 4:
                break
            i += 1
            continue
        bullet = s[:1] in "-•–*"
        if (not bullet and _is_structural_line(s)) or _ATT_CLAUSE.match(s) or _decision_heading(s):
            break
        if bullets_only and not bullet:
            break
        if not bullet and (len(s) > 70 or s.endswith(".") or s.count(" ") > 8):
            break
        gap = 0
        entry = _strip_bullet(s)
        if entry:
            out.append(entry)
        consumed.add(i)
        i += 1
    return out


# a member's own note or dissent under the decision, its text after the label on its line: "Protokollsanteckning:
# Henrik Alm (M) vill till protokollet anteckna att …", "Reservation: …"
_NOTE_LABEL = re.compile(r"(?i)^(?:protokollsanteckning|reservation|särskilt\s+yttrande)\s*:\s+\S")


def _is_structural_line(s: str) -> bool:
    """Whether a line under a decision is none of it: a label of the item's other parts, an action arrow.

    >>> _is_structural_line("Protokollsanteckning: Henrik Alm (M) vill till protokollet anteckna att belysningen vid "
    ...                     "gångtunneln bör åtgärdas före årsskiftet.")
    True
    >>> _is_structural_line("Rådet ställer sig bakom förslaget.")
    False
    >>> _is_structural_line("Sekreterare Ordförande Justerare Eva Ek Per Lind Ola Berg")
    True
    """
    if _ACTION_ARROW.match(s.lstrip()):
        return not _ARROW_DECISION.match(s.lstrip())
    b = _strip_bullet(s)
    if ":" in b and _DISTRIBUTION.match(b):
        return True  # "Beslutet skickas till: A, B, C, …": the distribution list, however long, on one line
    if ":" in b and _NOTE_LABEL.match(b):
        return True
    return len(s) < 90 and not b[:1].islower() and bool(_STRUCTURAL.match(b))


# a line ending its sentence: a word or a number and a full stop (not an initial, not "bil. 1")
_CLAUSE_ENDED = re.compile(r"[a-zåäö]{3,}\.$|\d{4}\.$")
# the quantifiers a sentence of the running text may open with, over the whole of a side: "Samtliga huvudmän ska …"
_QUANTIFIER_OPENER = re.compile(r"(?:Samtliga|Alla|Varje|Respektive)\s+[a-zåäö]")
# a decision told on its label's line ends also with a date: "… redovisa det senast 2028-10-18." (a clause of a
# protocol's may go on after a period ("… 2022-01-01 - 2023-12-31. Parterna har rätt …"))
_INLINE_CLAUSE_ENDED = re.compile(r"\d{4}-\d\d-\d\d\.$")


_IMMEDIATE_JUSTERING = re.compile(r"(?i)^omedelbar\s+justering\s*:?\s*(.*)$")


def _named_body(body: str) -> str | None:
    """The body a heading names, or None for "Mötet": the meeting itself, the body that met (never a person).

    >>> _named_body("Mötet"), _named_body("Styrgruppen ")
    (None, 'Styrgruppen')
    """
    body = body.strip()
    return None if body.casefold() in ("mötet", "möte") else body


# a decision cell or label saying that nothing was decided: "Inget beslut fattades.", "Inga beslut togs", "–"
_NO_DECISION_TAKEN = re.compile(r"^(?:(?:inget|inga)\s+beslut(?:\s+(?:fattades|fattas|togs|tas))?|[-–—])\s*[.!]?\s*$", re.I)


def _decision_heading(s: str) -> tuple[str | None, str, int] | None:
    """(body or None, inline rest, kind) when ``s`` opens a decision: 'LSVO beslutar', 'Beslut:'.

    >>> _decision_heading("→ BESLUT: Piloten förlängs till 30 juni.")
    (None, 'Piloten förlängs till 30 juni.', 2)
    """
    if "BESLUT" in s or "BESLÖT" in s:
        if s[:1] in "→⇒➔➜=-" and (arrow := _ACTION_ARROW.match(s)):
            s = s[arrow.end():].lstrip()  # "→ BESLUT: Piloten förlängs.": the label in capitals marked with an arrow
        # "ARBETSUTSKOTTET BESLUTAR att …", "NÄMNDENS BESLUT": the heading in capitals, read as written small
        caps = _CAPS_DECIDES.match(s)
        if caps and re.search(r"BESLUT|BESLÖT", caps.group(0)):
            s = caps.group(0).capitalize() + s[caps.end():]
    if s[:9].casefold() == "omedelbar" and (oj := _IMMEDIATE_JUSTERING.match(s.strip())):
        # "Omedelbar justering" over "Paragrafen förklaras omedelbart justerad.": the body's own decision on the item
        return None, oj.group(1).strip(), 2
    if len(s) < 90 and s.rstrip().endswith(":") and ("enade" in s or "överens" in s) and (
            agreed := _AGREED_HEADING.match(re.split(r"(?<=[a-zåäö0-9][.!?])\s+(?=[A-ZÅÄÖ])", s.strip())[-1])):
        # (also ending a line of running text: "Eva föreslog en övning. Mötet enades om:")
        # "Mötet enades om:" / "• att …": the points agreed follow, one decision each
        if agreed.group("body").split()[0].lower().strip(",.") not in _DECIDE_BAD_FIRST:
            return _named_body(agreed.group("body")), "", 1
    if len(s) < 50 and s.rstrip().endswith(":") and _WE_DECIDED_HEADING.match(s.strip()):
        return None, "", 2  # "Det här bestämde vi:" / "• Dagordningen godkändes.": the meeting's points follow
    # ("Decision: …": the label of a notes template kept in English)
    english = "ecision" in s[:24]
    if len(s) > 400 or ("eslut" not in s and "beslöt" not in s and "onklusion" not in s and "tällningstag" not in s
                        and not english and not (s[:1] in "BbÖö" and _SETTLED_LABEL.match(s))):
        return None
    if "beslutar" in s:
        if (tail := _DECIDES_AFTER_SENTENCE.search(s)) and tail.start() > 0:
            # "Ordföranden öppnade mötet. Ledningsgruppen beslutar:" / "– att …": the clauses follow the heading
            # that ends a line of running text
            s = s[tail.end():]
        m = _DECIDE.match(s)
        if m:
            body = _INLINE_DECISION_LABEL.sub("", m.group("body").strip())  # "Beslut: Projektgruppen beslutar att …"
            if ". " in body:
                # "Delegationsbesluten för december anmäls. Nämnden beslutar att …": the body is the last sentence's
                body = re.split(r"(?<=[a-zåäö0-9][.!?])\s+(?=[A-ZÅÄÖ])", body)[-1]
            if _PROPOSING.search(body):
                return None  # "Regiondirektören föreslår att regionstyrelsen beslutar att …": a proposal
            if m.group("rest")[:1] == "(" and _CITED_MEETING.match(m.group("rest")):
                return None
            rest = _OWN_PART.sub("", m.group("rest").strip())  # "beslutar för egen del": the clauses follow
            rest = _FURTHER.sub("", rest)  # "beslutar vidare": the further clauses follow
            if rest[:4] in ("med ", "enli", "på d") and (w := _WARRANT.match(rest)):
                rest = rest[w.end():]  # "beslutar med stöd av delegation från kommunstyrelsen": the clauses follow
            first = body.split()[0].lower().strip(",.")
            if first not in _DECIDE_BAD_FIRST and (not rest or _LEADING_ATT.match(rest) or len(s) < 90):
                if rest and not _LEADING_ATT.match(rest) and rest.lower().startswith(("om ", "vilka", "hur ")):
                    return None
                return body, rest, 1
    elif len(s) < 90 and ("beslutade" in s or "beslöt" in s or "beslutat" in s):
        m = _DECIDED_HEADING.match(s.strip())
        if m and m.group("body").split()[0].lower().strip(",.") not in _DECIDE_BAD_FIRST:
            return _named_body(m.group("body")), "", 1
    if s[:1] in "→⇒➔➜=-" and (arrow := _ACTION_ARROW.match(s)):
        s = s[arrow.end():].lstrip()  # "→ Beslut: …", "-> Beslut: …": the decision marked out with an arrow
    s = _strip_bullet(s)  # "- Beslut: …" as a point of a bulleted list
    if s[:1] in "→➔➜⇒=-✔✓✅" and (arrow := _ARROW_DECISION.match(s)):
        s = s[arrow.end():]  # "→ Beslut: …"
    if s[:7] == "Beslut " and _LABEL_THEN_ATT.match(s):
        rest = s[7:].strip()
        # (the clause's own verbs are infinitives: a finite one tells of a decision, as a sentence does)
        return None if _DECISION_AS_SUBJECT.search(rest[4:].split(" att ")[0]) else (None, rest, 2)
    low = s.lower()
    if "beslut" in low[:40] or "konklusion" in low[:40] or "ställningstag" in low[:40] or _SETTLED_LABEL.match(s) \
            or (english and low.startswith("decision")):
        m = _DECISION_LABEL.match(s)
        if m and not low.startswith(("förslag", "beslutsunderlag", "beslutet")):
            rest = (m.group("rest") or m.group("numbered") or "").strip()
            if _NO_DECISION_TAKEN.match(rest):
                return None  # "Beslut: Inget beslut fattades.": the label's cell filled in, no decision
            return None, rest, 2
        if _DECIDED_AS_PROPOSED_LINE.match(s.strip()):
            # "Beslut enligt förslag.": the label and its text as one phrase, the proposal above adopted
            return None, "enligt förslaget", 2
    return None


# lowercase twins, as for the date cues (see _lowered)
_INFORMATIONAL_LOW = re.compile(_INFORMATIONAL.pattern)
_TABLED_LOW = re.compile(_TABLED.pattern)
_ADJOURNED_LOW = re.compile(_ADJOURNED.pattern)


def _classify(text: str) -> str | None:
    low = _lowered(text)
    if _cue(_INFORMATIONAL_LOW, _INFORMATIONAL, text, low):
        return "informational"
    if _cue(_TABLED_LOW, _TABLED, text, low):
        return "tabled"
    if _cue(_ADJOURNED_LOW, _ADJOURNED, text, low):
        return "adjourned"
    return None


def _sub_point_added(clause: dict, text: str) -> None:
    """Add a bullet under a numbered decision point to the point's parts: after "… i uppdrag att" the bullets
    are the things to do, joined by "och"; after a whole sentence each bullet is a further condition of it.

    >>> c = {"parts": ["Förvaltningschefen får i uppdrag att"]}
    >>> _sub_point_added(c, "informera verksamheterna"); _sub_point_added(c, "återrapportera i september")
    >>> _clause_text(c["parts"])
    'Förvaltningschefen får i uppdrag att informera verksamheterna och återrapportera i september'
    >>> c = {"parts": ["Nämnden antar överenskommelsen."]}
    >>> _sub_point_added(c, "den gäller från 1 mars"); _sub_point_added(c, "den gamla upphör")
    >>> _clause_text(c["parts"])
    'Nämnden antar överenskommelsen; den gäller från 1 mars; den gamla upphör'
    """
    prev = clause["parts"][-1].rstrip()
    if clause.get("sub") == "att":
        clause["parts"][-1] = prev.rstrip(" .;,") + " och"
    elif re.search(r"(?:\batt|:)$", prev):
        clause["sub"] = "att"
        clause["parts"][-1] = prev.rstrip(":")
    else:
        clause["sub"] = "more"
        clause["parts"][-1] = prev.rstrip(" .;,") + ";"
    clause["parts"].append(text.rstrip(" ,;"))


def _clause_text(parts: list[str]) -> str:
    """An att-clause's text without its leading 'att' and the 'samt' or 'och' that joins it to the next.

    >>> _clause_text(["att säkerställa en kontaktperson under sommaren, samt"])
    'säkerställa en kontaktperson under sommaren'
    >>> _clause_text(["att godkänna handlingsplanen,"])
    'godkänna handlingsplanen'
    """
    text = " ".join(" ".join(parts).split())
    text = _LEADING_ATT.sub("", text).strip()
    return re.sub(r",?\s+(?:samt|och)$", "", text).rstrip(" ,;")


def _own_ranges(items: list[ItemSegment]) -> list[tuple[int, int]]:
    """The lines each item holds itself (a parent stops where its first sub-item starts)."""
    ranges = []
    for k, it in enumerate(items):
        end = it.end
        for nxt in items[k + 1:]:
            if nxt.parent == it.number:
                end = nxt.heading_line - 1
                break
            if nxt.parent is None:
                break
        ranges.append((it.body_start, end))
    return ranges


# a line ending where its sentence cannot: after a comma, a conjunction, a preposition or an article


# the header of a decision log: a table with a column of decisions ("| Punkt | Ärende | Beslut | Ansvarig | Klart |")
# a "Beslutat" cell that says where and when a task was given, no decision: "HSVO 2025-03-14 § 8", "RLG 12/3"
_DECISION_REFERENCE = re.compile(r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ:-]*\s+){0,2}(?=.*(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}|§))"
                                 r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:\s*-?\s*\d{2,4})?)?,?\s*(?:§\s*\d+[\w/]*)?$")
_LOG_DECISION_COLUMN = re.compile(r"^(?:beslut|beslut\s*/\s*åtgärd|beslut\s+och\s+åtgärd|beslutat|fattade\s+beslut)$", re.I)
_LOG_WHO_COLUMN = re.compile(r"^(?:ansvarig|ansvar|vem|ansvarig\s*/\s*vem)$", re.I)
_CLAUSE_VERB = re.compile(r"\b(?:att|[a-zåäö]{2,}(?:er|ar|ir|or|ur|yr|s|des|tes))\b")
_CELL_FILLER_WORDS = frozenset(("för", "efter", "under", "över", "mer", "genom", "utifrån", "inför", "bland", "mellan"))


def _action_only(cell: str) -> bool:
    """A log cell that names an action and states no decision: a noun phrase or a bare infinitive
    ("Utkast till införandeplan", "Bjuda in Sofia Lindgren till mötet"), no finite verb after its
    first word.

    >>> _action_only("Utkast till införandeplan barn och unga"), _action_only("Bjuda in Sofia Lindgren till LVO:s möte")
    (True, True)
    >>> _action_only("Styrgruppen fastställer handlingsplanen"), _action_only("Försöket förlängs till juni")
    (False, False)
    >>> _action_only("Godkänd"), _action_only("Antogs")
    (False, False)
    """
    if len(cell.split()) <= 2:
        return False  # "Godkänd", "Antogs", "Bordläggs": a decision in a word or two
    words = [w for w in cell.split()[1:] if w.islower() and w not in _CELL_FILLER_WORDS]
    return not any(_CLAUSE_VERB.fullmatch(w.strip(".,;:")) for w in words)


_LOG_DATE_COLUMN = re.compile(r"^(?:datum|mötesdatum|beslutsdatum|möte|beslutat\s+den)$", re.I)
_LOG_ITEM_COLUMN = re.compile(r"^(?:punkt|p\.?|pkt\.?|nr|§|ärende\s*nr|dagordningspunkt)$", re.I)


_GIVEN_TASK = re.compile(r"\b(?:får|fick|ges|gavs)\b[^.]*\buppdrag|\b(?:uppdras|utses|väljs)\b")


def _item_text(seg: Segments, number: str) -> str:
    """The title and the text of the item numbered ``number``."""
    it = next((x for x in seg.items if x.number == number), None)
    if it is None:
        return ""
    return " ".join([it.title, *seg.lines[it.body_start - 1:it.end]])


def _told_in(short: str, text: str) -> bool:
    """Whether most content words of a log row are words of a text, in any of their forms (a word and
    another sharing its first six letters: "godkänns" and "godkändes", "kvartalsrapporten" and
    "kvartalsrapport").

    >>> _told_in("Kvartalsrapporten för juli–september godkänns.", "Kvartalsrapport Ingrid gick igenom "
    ...          "rapporten för juli–september. Rapporten godkändes.")
    True
    >>> _told_in("Budgeten för 2026 fastställs.", "Kvartalsrapport Ingrid gick igenom rapporten för juli–september.")
    False
    """
    words = {w[:6] for w in re.findall(r"[\wåäö]{4,}", short.casefold())}
    told = {w[:6] for w in re.findall(r"[\wåäö]{4,}", text.casefold())}
    return bool(words) and len(words & told) / len(words) >= 0.6


def _restates(short: str, full: str) -> bool:
    """Whether a log row's decision says what a decision read from the text says: most of its content
    words are in it.

    >>> _restates("Arbetsgruppens upplägg godkänns", "Styrgruppen godkänner arbetsgruppens upplägg.")
    True
    >>> _restates("Underlag från utbildningscheferna", "Styrgruppen godkänner arbetsgruppens upplägg.")
    False
    """
    # a year or a number says which, not what ("folkhälsoplan 2026–2029"); a verb's or a genitive's ending is
    # the form, not the word ("ställer"/"ställa", "rådet"/"rådets")
    a, b = ([w for w in re.findall(r"[\wåäö]{4,}", t.casefold()) if not w.isdigit()] for t in (short, full))
    known = {_stem(w) for w in b} | {w[:5] for w in b}
    return bool(a) and sum(1 for w in a if _stem(w) in known or w[:5] in known) / len(a) >= 0.6


_LOG_OTHER_COLUMN = re.compile(r"^(?:status|läge|klart|klart\s+till|kommentar|anteckning)$", re.I)


def _stacked_log(lines: list[str], i: int, hi: int) -> tuple[list[str], list[list[tuple[int, str]]], int] | None:
    """A decision log whose cells a PDF read one a line ("Datum" / "Beslut" / "Status" / "2025-05-14" /
    "Gemensam mall …" / "Genomfört" …): its column heads, its rows as (line, cell) and its last line.
    The heads are short column names one a line; each row starts with a date or an item number
    under a Datum or Punkt column, which keeps the rows in step.

    >>> heads, rows, end = _stacked_log(["Datum", "Beslut", "Status", "2025-05-14", "Mallen används", "Klart",
    ...                                  "2025-11-12", "Två utbildningar i mars", "Nytt", "Nästa möte: 14 januari."], 1, 10)
    >>> heads, [[c for _, c in r] for r in rows], end
    (['Datum', 'Beslut', 'Status'], [['2025-05-14', 'Mallen används', 'Klart'], ['2025-11-12', 'Två utbildningar i mars', 'Nytt']], 9)
    """
    heads: list[str] = []
    j = i
    while j <= hi and len(heads) < 6:
        h = lines[j - 1].strip().strip(" *:")
        if not (h and len(h) <= 25 and (_LOG_DECISION_COLUMN.match(h) or _LOG_DATE_COLUMN.match(h) or _LOG_ITEM_COLUMN.match(h)
                                        or _LOG_WHO_COLUMN.match(h) or _LOG_OTHER_COLUMN.match(h))):
            break
        heads.append(h)
        j += 1
    if len(heads) < 3 or not any(_LOG_DECISION_COLUMN.match(h) for h in heads):
        return None
    key = next((k for k, h in enumerate(heads) if _LOG_DATE_COLUMN.match(h) or _LOG_ITEM_COLUMN.match(h)), None)
    if key is None:
        return None
    keyed = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:\s*-?\s*\d{2,4})?" if _LOG_DATE_COLUMN.match(heads[key])
                       else r"§?\s*\d{1,3}[a-z]?\.?")
    rows: list[list[tuple[int, str]]] = []
    while j + len(heads) - 1 <= hi:
        row = [(k, lines[k - 1].strip()) for k in range(j, j + len(heads))]
        if not all(c for _, c in row) or not keyed.fullmatch(row[key][1]):
            break
        rows.append(row)
        j += len(heads)
    return (heads, rows, j - 1) if rows else None


def _log_head(line: str) -> bool:
    """Whether the line is the header row of a decision log, its cells apart: one of them heads the decisions.

    >>> _log_head("#\\tBeslut\\tPunkt"), _log_head("Beslut"), _log_head("Nr | Beslut/åtgärd | Ansvarig")
    (True, False, True)
    """
    if "\t" not in line and "|" not in line:
        return False
    return any(_LOG_DECISION_COLUMN.match(c.strip(" *:")) for c in re.split(r"\t|\|", line))


# a decision told in the text pointing to its row in the decision log: "… (beslut 10)", "(se beslutslogg nr B3)"
_LOG_POINTER = re.compile(r"\((?:se\s+)?(?:beslut|beslutslogg(?:en)?)(?:\s+nr\.?)?\s*(?P<n>[A-Z]?\d{1,3})\)", re.I)


# a decision told in the text pointing to the decision log with no row number: "…, se beslutslogg.", "(se beslutsloggen)"
_BARE_LOG_POINTER = re.compile(r"[,;]?\s*\(?\s*(?:se|enligt|jfr)\s+beslutslogg(?:en)?\s*\)?\.?$", re.I)


def _pointing_to_row(decisions: list[ParsedDecision], lines: list[str], row: str) -> int | None:
    """The index of the decision whose text, or the line it was told on, points to the log row ``row``
    by the number in the row's first cell (the proposal a decision adopts may have taken its words).

    >>> d = [ParsedDecision(item="5", text="FoU gör utvärderingen", position=1, line=2)]
    >>> lines = ["Karin föreslog att FoU gör utvärderingen.", "Gruppen beslutade enligt förslaget (beslut 10)."]
    >>> _pointing_to_row(d, lines, "10\\tUtvärderingen görs av FoU\\t2029-04-17"), _pointing_to_row(d, lines, "9\\tPiloten")
    (0, None)
    """
    first = _row_cells(row)[0][:1]
    number = first[0][1].strip(" .") if first else ""
    if not re.fullmatch(r"[A-Z]?\d{1,3}", number):
        return None

    def points(text: str) -> bool:
        return "(" in text and any(m.group("n").casefold() == number.casefold() for m in _LOG_POINTER.finditer(text))

    own = next((k for k, d in enumerate(decisions) if points(d.text)), None)
    if own is not None:
        return own
    # (a decision whose own words point to no row, on a line that points: the proposal's words it took)
    return next((k for k, d in enumerate(decisions) if 0 < d.line <= len(lines) and not _LOG_POINTER.search(d.text)
                 and points(lines[d.line - 1])), None)


def _wraps_log_row(row: list[tuple[int, str]], heads: list[tuple[int, str]], col: int) -> bool:
    """Whether a line of a table laid out with spaces is the rest of the row above: nothing under the
    first column, and text under the decision column (a long decision wrapped onto the next line).

    >>> heads = [(0, "Nr"), (9, "Datum"), (22, "Beslut"), (80, "Pkt")]
    >>> _wraps_log_row([(22, "överenskommelser i länet.")], heads, 2), _wraps_log_row([(0, "Nästa möte")], heads, 2)
    (True, False)
    """
    if not row or len(heads) < 2 or heads[0][0] != 0 or col >= len(heads):
        return False
    start = heads[col][0]
    return row[0][0] >= max(heads[1][0], start - 3) and any(abs(pos - start) <= 3 for pos, _ in row)


def _wrapped_cell(row: list[tuple[int, str]], heads: list[tuple[int, str]], col: int) -> str:
    """The text of a wrapped line that lies under the decision column, before the next column starts.

    >>> _wrapped_cell([(22, "i länet."), (80, "3")], [(0, "Nr"), (9, "Datum"), (22, "Beslut"), (80, "Pkt")], 2)
    'i länet.'
    """
    start = heads[col][0]
    end = heads[col + 1][0] if col + 1 < len(heads) else 10 ** 6
    return " ".join(c for pos, c in row if start - 3 <= pos < end - 1)


def _decision_log(seg: Segments, lo: int, hi: int, item: str | None, meeting_date: str | None = None,
                  spans: set[int] | None = None, dated_lines: set[int] | None = None) -> list[tuple[int, str | None, str]]:
    """(line, item, decision) per row of a decision log table in lines lo..hi.

    A log kept over the year dates its rows: a row dated other than the meeting (without the
    meeting's date, earlier than the latest row) was decided at an earlier meeting.

    A row's decision belongs to the item its point column names, where that is an item of the
    minutes; else to the item the table stands in. Pipe or tab tables, and tables laid out with
    spaces (as a PDF's table reads with its layout) whose rows hold as many cells as the header; such
    a table may run on over a page break; and one whose cells a PDF read one a line, all of whose lines
    go into ``spans`` (no label in them opens a decision). The lines of a dated log naming no one
    responsible go into ``dated_lines``: its rows are decisions, this meeting's or earlier ones, and
    give no task of this meeting.
    """
    out: list[tuple[int, str | None, str]] = []
    numbers = {i.number for i in seg.items}
    i = lo
    while i <= hi:
        raw = seg.lines[i - 1]
        spaced = "|" not in raw and "\t" not in raw
        stacked = None
        if spaced and "  " not in raw.strip():
            stacked = _stacked_log(seg.lines, i, hi) if len(raw.strip()) <= 25 and raw.strip()[:1].isupper() else None
            if stacked is None:
                i += 1
                continue
        if stacked:
            heads, cell_rows, end = stacked
            if spans is not None:
                spans.update(range(i, end + 1))
            cells = [(k, h) for k, h in enumerate(heads)]
        else:
            cells, _ = _row_cells(raw)
            heads = [c.strip(" *:") for _, c in cells]
        col = next((k for k, h in enumerate(heads) if _LOG_DECISION_COLUMN.match(h)), None)
        if col is None or len(heads) < 3:
            i += 1
            continue
        # "Nr | Datum | Beslut | Pkt": the row's own number beside a column naming the item it was decided under
        points = [k for k, h in enumerate(heads) if _LOG_ITEM_COLUMN.match(h)]
        point = next((k for k in points if heads[k].casefold() != "nr"), points[0] if points else None)
        dated = next((k for k, h in enumerate(heads) if _LOG_DATE_COLUMN.match(h)), None)
        who_at = next((k for k, h in enumerate(heads) if _LOG_WHO_COLUMN.match(h)), None)
        # "Beslut | Ansvarig | Datum": a date after the one responsible is when the task is due, as an action list
        # orders what, who and when; only a row due before the meeting was decided earlier
        due = dated is not None and who_at is not None and who_at < dated

        def earlier(w: str | None, now: str | None) -> bool:
            return bool(now and w and (w < now if due else w != now))
        rows: list[tuple[int, str | None, str, str | None]] = []
        last_row = 0  # the line of the row last read, whose cells a wrapped line below goes on with
        if stacked:
            for row in cell_rows:
                text = row[col][1]
                at = row[point][1].strip(" .§") if point is not None else ""
                when = _ISO.search(row[dated][1]) if dated is not None else None
                if text not in ("-", "–", "—") and not _DECISION_REFERENCE.match(text):
                    rows.append((row[col][0], at if at in numbers else item, text, when.group(0) if when else None))
            now = meeting_date or (None if due else max((w for *_, w in rows if w), default=None))
            out.extend((k, at, text) for k, at, text, w in rows if not earlier(w, now))
            i = end + 1
            continue
        # "Beslut/åtgärd" beside "Ansvarig": a row may log an action ("Utkast till införandeplan"), no decision
        mixed = bool(re.search(r"(?i)åtgärd", heads[col])) and any(_LOG_WHO_COLUMN.match(h) for h in heads)
        quiet = dated is not None and not any(_LOG_WHO_COLUMN.match(h) for h in heads) and dated_lines is not None
        if quiet:
            dated_lines.add(i)
        i += 1
        while i <= hi:
            if not seg.lines[i - 1].strip():
                # a table laid out with spaces goes on after the blank lines of a page break
                nxt = next((j for j in range(i + 1, min(hi, i + 200) + 1) if seg.lines[j - 1].strip()), None)
                if not spaced or nxt is None or len(_row_cells(seg.lines[nxt - 1])[0]) != len(cells) \
                        or not any(k in seg.artefacts for k in range(i, nxt)):
                    break
                i = nxt
            row, _ = _row_cells(seg.lines[i - 1])
            if not _PIPE_SEP.match(seg.lines[i - 1].strip()):
                if spaced and len(row) != len(cells) and last_row == i - 1 and _wraps_log_row(row, cells, col):
                    # a cell too long for its column, laid out with spaces, goes on under it on the next line
                    if rows and rows[-1][0] == last_row:
                        k, at, text, when = rows[-1]
                        rows[-1] = (i, at, f"{text} {_wrapped_cell(row, cells, col)}".strip(), when)
                    last_row = i
                    if spans is not None and dated is not None:
                        spans.add(i)
                    if quiet:
                        dated_lines.add(i)
                    i += 1
                    continue
                if len(row) != len(cells):
                    break
                last_row = i
                text = row[col][1].strip()
                who = next((row[k][1].strip() for k, h in enumerate(heads) if _LOG_WHO_COLUMN.match(h)), "")
                if (text and text not in ("-", "–", "—") and not (mixed and who and _action_only(text))
                        and not _DECISION_REFERENCE.match(text)):
                    at = row[point][1].strip(" .§") if point is not None else ""
                    when = _ISO.search(row[dated][1]) if dated is not None else None
                    rows.append((i, at if at in numbers else item, text, when.group(0) if when else None))
                if spans is not None and dated is not None:
                    spans.add(i)  # a row of an earlier meeting is the log's too: no running text to read decisions in
                if quiet:
                    dated_lines.add(i)
            i += 1
        now = meeting_date or (None if due else max((w for *_, w in rows if w), default=None))
        out.extend((k, at, text) for k, at, text, w in rows if not earlier(w, now))
        if dated_lines is not None and now:
            # a row of an earlier meeting, its Ansvarig column still filled in: that meeting's task, not this one's
            dated_lines.update(k for k, at, text, w in rows if earlier(w, now))
    return out


# a decision log's heading over rows numbered B1, B2 …: "Beslutslogg", "Beslut", "Nr | Beslut"
_B_LOG_HEAD = re.compile(r"^(?:nr\s*(?:\||\t|\s{2})\s*)?(?:beslutslogg|beslut|fattade\s+beslut|beslutade\s+punkter)\s*:?$", re.I)
_B_LOG_ROW = re.compile(r"^B\s?\d{1,2}[.:)]?(?:\s*\|\s*|\t|\s+)(?P<text>[A-ZÅÄÖ][^|\t]{5,}?)[\s|]*$")
# a list of what the meeting decided to do, numbered 1, 2 … under its heading: "Beslutade åtgärder" / "1. Eva Ek skickar …"
_DECIDED_LIST_HEAD = re.compile(r"^(?:beslutade\s+(?:åtgärder|aktiviteter|punkter)|fattade\s+beslut)\s*:?$", re.I)
_DECIDED_LIST_ROW = re.compile(r"^(?:\d{1,2}[.)]|"
                               # "- p. 4: Kim tar fram …", "● Punkt 2: …": bulleted, each pointing back to its item
                               r"(?:[-–•●▪*]\s*)?(?:[Pp]\.|[Pp]unkt|§)\s?\d{1,3}\s*:)\s+(?P<text>[A-ZÅÄÖ][^|\t]{5,}?)\s*$")
# "Samverkansgruppen beslutade följande:" over a table whose column of what was decided is headed "Beslut" or
# "Beslut/åtgärd" ("Nr | Beslut/åtgärd | Ansvarig | Tidplan"): each row's cell in it is a decision
_DECIDED_FOLLOWING = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,5}?\s+(?:beslutade|beslutar|beslöt)|"
                                r"[Bb]eslutades|[Mm]ötet\s+beslutade)\s+följande\s*:?$")
_DECISION_COLUMN = re.compile(r"(?i)beslut(?:\s*(?:/|och)\s*åtgärd(?:er)?)?$")
_LOG_CELL_GAP = re.compile(r"\t| {3,}")


_PAGE_LINE = re.compile(r"(?i)^(?:sida\s+)?\d{1,3}\s*(?:av|/|\()\s*\d{1,3}\)?$")


def _rows_go_on(lines: list[str], i: int, hi: int) -> bool:
    """Whether the next line with text after line i (past blank and page lines) is a row pointing back to an item
    ("● p. 5: …"), so that a page break has cut the list."""
    for k in range(i + 1, min(hi, i + 4) + 1):
        t = lines[k - 1].strip()
        if t and not _PAGE_LINE.match(t):
            return bool(_DECIDED_LIST_ROW.match(t)) and not t[:1].isdigit()
    return False


def _b_numbered_log(lines: list[str], lo: int, hi: int) -> list[tuple[int, str]]:
    """(line, decision) per row of a log whose decisions are numbered B1, B2 … under its heading, as a
    line each or as a Word table's rows ("Beslutslogg" / "B1 Utkastet skickas på remiss …"): each row is
    what the body decided, whatever its verb.

    >>> _b_numbered_log(["Beslutslogg", "B1 Utkastet skickas på remiss.", "B2 Statistiken redovisas i oktober.",
    ...                  "", "Vad / Vem / När"], 1, 5)
    [(2, 'Utkastet skickas på remiss.'), (3, 'Statistiken redovisas i oktober.')]
    >>> _b_numbered_log(["B1 Utkastet skickas på remiss."], 1, 1)
    []
    >>> _b_numbered_log(["Beslutslogg", "Nr        Beslut", "B1        Tidplanen fastställs."], 1, 3)
    [(3, 'Tidplanen fastställs.')]
    >>> _b_numbered_log(["**Beslutade åtgärder**", "1. Eva Ek skickar ut mallen.", "2. Per Lind kallar.", "Nästa möte"], 1, 4)
    [(2, 'Eva Ek skickar ut mallen.'), (3, 'Per Lind kallar.')]
    >>> _b_numbered_log(["Beslutade åtgärder", "- p. 4: Eva Ek skickar ut mallen.", "- p. 6: Per Lind kallar till mötet."], 1, 3)
    [(2, 'Eva Ek skickar ut mallen.'), (3, 'Per Lind kallar till mötet.')]
    """
    out: list[tuple[int, str]] = []
    under = False
    listed = False  # under a heading over rows numbered 1, 2 …
    last = 0  # the line of the last row read
    column = None  # under "X beslutade följande:": the table's column of what was decided
    for i in range(lo, hi + 1):
        s = lines[i - 1].strip()
        if _DECIDED_FOLLOWING.match(s) and i < hi:
            # (a Word table's cells a tab apart, or, printed to PDF and read with its layout, three spaces or more)
            head = [c.strip() for c in _LOG_CELL_GAP.split(lines[i].strip())]
            column = next((k for k, c in enumerate(head) if _DECISION_COLUMN.match(c)), None) if len(head) >= 2 else None
            under = listed = False
            continue
        if column is not None:
            cells = [c.strip() for c in _LOG_CELL_GAP.split(lines[i - 1].strip())]
            if len(cells) > column and _DECISION_COLUMN.match(cells[column]):
                continue  # the heading row
            if len(cells) > column and re.match(r"[A-ZÅÄÖ]", cells[column]) and len(cells[column]) > 5 and (
                    column == 0 or re.fullmatch(r"\d{1,2}[.)]?", cells[0])):
                out.append((i, cells[column]))
                continue
            column = None
        if _B_LOG_HEAD.match(s):
            under, listed = True, False
            continue
        if _DECIDED_LIST_HEAD.match(s.strip("*_ ")):
            under = listed = True
            continue
        m = (_DECIDED_LIST_ROW.match(s) if listed else _B_LOG_ROW.match(s) if s[:1] == "B" else None) if under else None
        if m:
            out.append((i, m.group("text").strip()))
            last = i
        elif under and listed and out and (not s or _PAGE_LINE.match(s)) and _rows_go_on(lines, i, hi):
            continue  # a page break inside the list: its rows go on after the footer
        elif under and listed and out and last == i - 1 and s[:1].islower():
            # a row wrapped onto the next line, as a PDF prints a long one
            out[-1] = (out[-1][0], f"{out[-1][1]} {s}")
            last = i
        elif s or out:
            under = False
    return out


# a line that adopts the proposal written above it: "Beslut: Enligt förslaget.", "Mötet beslutade enligt
# förslaget.", "Styrgruppen beslutar i enlighet med förslaget"
_ADOPTS_PROPOSAL = re.compile(
    r"^(?:beslut\s*:\s*|(?:[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ]{2,6})\s+(?:beslutade|beslutar|beslöt)\s+)"
    r"(?:i\s+enlighet\s+med|enligt)\s+(?:(?:framlagt|liggande|ordförandens|detta)\s+)?förslag(?:et)?\s*\.?$", re.I)
# an att-clause with a subject and a verb of its own after ", att": a person who does something ("…, att Eva Ek
# efterträder honom som ledamot", "…, att Per Lund utser en läkare"), one who holds a duty ("…, att Eva Ek är
# sammankallande") or a thing that is done ("…, att förslaget
# redovisas för styrgruppen"), where "godkänna avtalet, att gälla från …" goes on with the same clause
_OWN_SUBJECT_CLAUSE = (r"[A-ZÅÄÖ][\wåäöéü]+(?:-\s*[A-ZÅÄÖ][\wåäöéü]+)?(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2}\s+[a-zåäö]{2,}(?:ar|er)\s"
                       r"|[a-zåäö]{3,}(?:en|et)\s+[a-zåäö]{3,}(?:as|s)\s"
                       # a person or a body that holds a duty from now: "…, att Samverkansgrupp Vuxna i Åby är
                       # sammankallande för uppdraget", "…, att Eva Ek blir ordförande"
                       r"|[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[\wåäöéü-]+){0,4}?\s+(?:är|blir)\s+(?:sammankallande|ordförande|"
                       r"vice\s+ordförande|samordnare|huvudansvarig|ansvarig)\b"
                       # a body tasked in the passive: "…, att samverkansgrupp Vuxna i Åby ges i uppdrag att …"
                       r"|[a-zåäöA-ZÅÄÖ][^,.;]{2,80}?\s(?:ges|får)\s+i\s+uppdrag\s+att\s")
# where one att-clause on a line ends and the next begins: "att anta planen, och att redovisa den i maj", "att notera
# att Eva Ek har lämnat gruppen, att Per Lund efterträder henne"
# ("att Eva Ek är ordförande från januari och att Per Lind då övergår till vice ordförande": a clause of its own
# where a person's name follows "och att")
_ATT_CLAUSES_JOINED = re.compile(r"(?:,\s*(?:och|samt)|;\s*(?:och|samt)?|\s+samt)\s+(?=att\s)"
                                 r"|,\s*(?=att\s+(?:" + _OWN_SUBJECT_CLAUSE + r"))"
                                 r"|\s+och\s+(?=att\s+[A-ZÅÄÖ][\wåäöéü]+\s+[A-ZÅÄÖ][\wåäöéü-]+[\s,])")
# "Förslag till beslut: att …" with the proposal on the label's own line
_PROPOSAL_INLINE = re.compile(r"^(?:förslag\s+till\s+beslut|beslutsförslag)\s*:\s*(?P<text>\S.*)$", re.I)


def _proposals_adopted(lines: list[str], lo: int, hi: int, adopted: set[int]) -> list[str]:
    """``lines`` with each line of the item that adopts the proposal above it ("Beslut: Enligt förslaget.",
    "Mötet beslutade enligt förslaget.") written as the decision it adopts: "Beslut:" and the proposal's text;
    the numbers of those lines added to ``adopted``. The lines themselves when no line adopts one.

    >>> _proposals_adopted(["Förslag till beslut: att anta planen,", "och att redovisa den i maj.",
    ...                     "Mötet beslutade enligt förslaget."], 1, 3, set())[2]
    'Beslut: att anta planen, och att redovisa den i maj.'
    >>> _proposals_adopted(["Förslag till beslut", "Nämnden föreslås besluta", "att anta planen,", "att redovisa den i maj.",
    ...                     "Beslut", "Nämnden beslutar enligt förslaget."], 1, 6, set())[5]
    'Beslut: att anta planen; att redovisa den i maj.'
    >>> _proposals_adopted(["Förslag till beslut:", "", "Gruppen antar planen.", "", "Beslut: Enligt förslaget."], 1, 5, set())[4]
    'Beslut: Gruppen antar planen.'
    >>> _proposals_adopted(["Planen presenterades.", "Beslut: Enligt förslaget."], 1, 2, set())[1]
    'Beslut: Enligt förslaget.'
    """
    out = lines
    proposal: list[str] | None = None
    closed = False
    for i in range(lo, hi + 1):
        s = lines[i - 1].strip()
        low = s[:40].lower()
        if "förslag" not in low and proposal is None:
            continue
        if _PROPOSAL_LABEL.match(s):
            proposal, closed = [], False
        elif m := _PROPOSAL_INLINE.match(s):
            proposal, closed = [m.group("text")], False
        elif proposal and _ADOPTS_PROPOSAL.match(s):
            if out is lines:
                out = list(lines)
            heads = [k for k, t in enumerate(proposal) if _ATT_CLAUSE.match(t)]
            if heads and heads[0] == 0 and len(heads) > 1:
                # "att fastställa budgeten," / "att uppdra åt …": a point a line, each kept its own point
                points = [" ".join(proposal[a:b]).rstrip(" ,;") for a, b in zip(heads, heads[1:] + [len(proposal)])]
                out[i - 1] = "Beslut: " + "; ".join(points)
            else:
                out[i - 1] = "Beslut: " + " ".join(proposal)
            adopted.add(i)
            proposal = None
        elif proposal is not None and not closed:
            if s and not proposal and _PROPOSAL_LEAD.match(s):
                continue  # "Nämnden föreslås besluta" over the att-clauses: the lead, no point of its own
            if s and proposal and _DECISION_LABEL.match(s) and not _DECISION_LABEL.match(s).group("rest") \
                    and not _DECISION_LABEL.match(s).group("numbered"):
                closed = True  # "Beslut" alone over the line adopting the proposal: the proposal has ended
                continue
            if s:
                proposal.append(s)
            elif proposal:
                closed = True  # the proposal's paragraph has ended
    return out


# "Fråga: Ska piloten förlängas?" / "Svar: Ja, ledningsgruppen beslutade att …": notes kept as the questions put to
# the meeting and its answers; the labels (and the answer's bare yes) are no words of what was said
_QA_LABEL = re.compile(r"^(?:Fråga|Svar)(?:\s*\([^)]{2,60}\))?\s*:\s*(?P<yes>(?:Ja|Nej)\s*[,.]\s*(?=\w))?")


def _answers_told(lines: list[str], lo: int, hi: int) -> list[str]:
    """``lines`` with the item's lines ``lo``–``hi`` that put a question or give its answer ("Fråga: …", "Svar: Ja,
    ledningsgruppen beslutade att …") as what they tell: "Ledningsgruppen beslutade att …".

    >>> _answers_told(["Fråga (Eva Ek): Vem tar fram underlaget?", "Svar: Ja, gruppen beslutade att anta den."], 1, 2)
    ['Vem tar fram underlaget?', 'Gruppen beslutade att anta den.']
    """
    out = list(lines)
    for k in range(lo, hi + 1):
        m = _QA_LABEL.match(out[k - 1])
        if m:
            rest = out[k - 1][m.end():].lstrip()
            out[k - 1] = rest[:1].upper() + rest[1:] if m.group("yes") else rest
    return out


# a rule drawn across the page: "----------", "==========", "_ _ _ _ _ _"
_PAGE_RULE = re.compile(r"^(?:[-–—=_*~]\s*){3,}$")


def _extract_item(seg: Segments, it: ItemSegment, lo: int, hi: int, decisions: list[ParsedDecision],
                  bodies: Counter, att: list[AttendanceEntry], selves: _Selves | None = None,
                  meeting_date: str | None = None) -> ParsedItem:
    adopted: set[int] = set()  # the lines adopting a proposal: every sentence of it was decided
    lines = _proposals_adopted(seg.lines, lo, hi, adopted)
    if any(lines[k - 1][:5] in ("Svar:", "Svar ", "Fråga") for k in range(lo, hi + 1)):
        lines = _answers_told(lines, lo, hi)
    first_own = len(decisions)  # the decisions this item adds start here
    consumed: set[int] = set()
    stacked_lines: set[int] = set()  # the lines of a log whose cells a PDF read one a line
    dated_lines: set[int] = set()  # the lines of a dated log of decisions, no one responsible named: no tasks in it
    logged = _decision_log(seg, lo, hi, it.number, meeting_date, stacked_lines, dated_lines)
    if any(lines[k - 1].startswith(("B1", "B 1")) or lines[k - 1].lstrip("*_ \t")[:1] in ("b", "B", "f", "F")
           and _DECIDED_LIST_HEAD.match(lines[k - 1].strip("*_ \t"))
           or "följande" in lines[k - 1] and _DECIDED_FOLLOWING.match(lines[k - 1].strip())
           for k in range(lo, hi + 1)):
        rows = _b_numbered_log(lines, lo, hi)
        logged += [(k, it.number, text) for k, text in rows]
        for k in range(lo, hi):
            if rows and "följande" in lines[k - 1] and _DECIDED_FOLLOWING.match(lines[k - 1].strip()) and any(
                    r > k + 1 for r, _ in rows):
                consumed.add(k)  # "… beslutade följande:" over the table: its rows are the decisions
    from_log: list[ParsedDecision] = []  # the decisions read from a log's rows
    for k, number, text in logged:
        pointing = _pointing_to_row(decisions, lines, lines[k - 1])
        if pointing is None:
            # "Dagordningen godkändes, se beslutslogg." under the item the row names: the decision the log words
            pointing = next((j for j, d in enumerate(decisions) if d.item == number and _BARE_LOG_POINTER.search(d.text)
                             and _restates(_BARE_LOG_POINTER.sub("", d.text), text)), None)
        if pointing is not None:
            # "Gruppen beslutade enligt förslaget (beslut 10)" above the log's row 10: the decision the text took,
            # worded as the log words it
            decisions[pointing] = dataclasses.replace(decisions[pointing], text=text, classification=_classify(text))
            continue
        if any((d.item == number or 0 < d.line < k) and _restates(text, d.text) for d in decisions):
            # a log restating a decision its item's text holds, or one the text above it told under another
            # point (a log closing the notes, after the point that decided): the same decision
            continue
        if number != it.number and any(d.item == number for d in decisions) and _told_in(text, _item_text(seg, number)):
            # a log after the last item, its rows pointing back to items decided in their text: a row whose words
            # are the item's ("Kvartalsrapporten för juli–september godkänns" for "Rapporten godkändes" under
            # "Betalningsansvar – kvartalsrapport") repeats what was decided there
            continue
        decisions.append(ParsedDecision(item=number, text=text, position=len(decisions) + 1,
                                        classification=_classify(text), decided_by=None, line=k))
        from_log.append(decisions[-1])
    log_lines = {k for k, _, _ in logged} | stacked_lines  # read: the table stays in the item's text for its tasks
    # the header row over the log's rows ("#  Beslut  Punkt") is no decision either, under a "Beslut" label as it may be
    log_lines |= {k - 1 for k, _, _ in logged if k - 1 >= lo and k - 1 not in log_lines and _log_head(lines[k - 2])}
    restored: dict[int, str] = {}  # consumed lines whose tail is running text after all
    block_end = 0  # the last line of the decisions found in blocks
    known: set[str] | None = None  # the attendees' given and full names, read when a decision block needs them

    def known_names() -> set[str]:
        """The attendees' given and full names, read once, when a decision block first needs them."""
        nonlocal known
        if known is None:
            known = {w.casefold() for e in att for w in e.name.split()[:1]} | {e.name.casefold() for e in att}
        return known
    presenters: list[str] = []
    answered: list[str] = []  # who answered the point's questions, told as well as any presenter the text names
    distribution: list[str] = []
    documents: list[str] = []
    block_body: str | None = None
    block_kind = 0
    in_block = False
    clause: dict | None = None
    proposing = ""  # "föreslå X besluta att ": the body proposes what the points after it say
    proposal = False  # under "Förslag till beslut" / "Arbetsutskottets förslag till X": a "Y beslutar att" is proposed
    proposal_said = False  # a line of the proposal has been read under its label
    own_label = ""  # the body that met as the proposal's label names it: "Arbetsutskottets förslag till beslut"
    block_bare = False  # the block's heading named the body and said no more: its numbered points follow
    gap = 0
    artefact_gap = False

    def close_clause():
        nonlocal clause, in_block, block_end
        if clause is not None:
            if proposing:  # "… och föreslår regionfullmäktige besluta att / 3. anta …"
                clause["parts"][0] = proposing + clause["parts"][0]
            if clause.get("form") == "att":  # an att-clause keeps all its sentences
                texts, rest = [_clause_text(clause["parts"])], ""
                if proposing[:13] == "rekommendera " and (cut := _SENTENCE_AFTER_CLAUSE.search(texts[0])):
                    # "Ledningsgruppen rekommenderar X" / "att starta …. Förslaget lyfts till Y.": what is recommended
                    # ends with its sentence, the body's next decision after it
                    more, _ = _block_decisions(texts[0][cut.end():], selves, known_names(), False)
                    texts = [texts[0][:cut.start() + 1], *more]
                elif clause.get("split_inline") and (cut := _SENTENCE_AFTER_CLAUSE.search(texts[0])) \
                        and _BODY_GOES_ON.match(texts[0][cut.end():]):
                    # "Beslut: … att uppdra åt arbetsgruppen att … och att Eva Ek leder arbetet. Arbetsgruppen
                    # rapporterar till styrgruppen.": the last of the clauses a line's decision was split into ends
                    # with its sentence, a body's own sentence after it a point as a decision paragraph's are
                    more, _ = _block_decisions(texts[0][cut.end():], selves, known_names(), False)
                    texts = [texts[0][:cut.start() + 1], *more]
            else:
                texts, rest = _block_decisions(" ".join(clause["parts"]), selves, known_names(), clause.get("next", False),
                                               told=clause.get("told", False), adopted=clause["line"] in adopted)
            if texts and texts[0][:1].isdigit() and it.title and _NEXT_MEETING_TITLE.match(it.title) \
                    and _BARE_WHEN.match(texts[0]):
                # "Nästa möte" / "Beslut: 10/5 kl. 13–15 i Åby.": the day the item's title asks for, decided
                texts[0] = "nästa möte " + texts[0].rstrip(" .")
            head, och, handed = texts[0].partition(" och ") if texts else ("", "", "")
            if head[:1] in "lLgGfFoOjJ" and _SUBJECTLESS_APPROVAL.match(head):
                # "Förslaget gicks igenom." / "Beslut: ok med ändringarna.": the label's approval on a line of its
                # own approves what the item's lines above it read out (and hands it on after "och")
                above = [x for k in range(lo, clause["line"]) for x in _split_sentences(lines[k - 1].strip())]
                texts[0] = (_decided_text(head, selves, True, above) or head) + och + handed
            for text in texts:
                if text:
                    block_end = max(block_end, clause.get("end", clause["line"]))
                    decisions.append(ParsedDecision(item=it.number, text=text, position=len(decisions) + 1,
                                                    classification=_classify(text), decided_by=clause["by"],
                                                    line=clause["line"]))
            if rest:
                restored[clause.get("end", clause["line"])] = rest
                in_block = False
        clause = None

    def end_block():
        nonlocal in_block, proposing
        close_clause()
        in_block, proposing = False, ""

    i = lo
    while i <= hi:
        raw = lines[i - 1]
        s = raw.strip()
        if lines is not seg.lines and (said := seg.lines[i - 1].strip())[:4] == "Svar" and (
                qa := _QA_SPEAKER.match(said)):
            # "Fråga: …" / "Svar (Per Lund): …": who answered the question told the meeting, a presenter of the point
            # (read before the labels are taken off the lines, the line itself then read as what it tells)
            who = qa.group("who") or qa.group("from")
            answered.extend(p for p in _split_presenters(who) if p not in answered)
        if i in log_lines:
            end_block()
            i += 1
            continue
        if not s:
            if i in seg.artefacts:
                artefact_gap = True
            else:
                gap += 1
            i += 1
            continue
        if s[:1] in "-–—=_*~" and _PAGE_RULE.match(s):
            # a rule drawn across the page between the §§ ("--------"): the decision above it has ended (a rule
            # under the label itself, "Beslut" / "======", underlines it: the decisions are still to come)
            if clause is not None:
                end_block()
            consumed.add(i)
            i += 1
            continue
        b = _strip_bullet(s) if s[:1] in _BULLETS else s
        c = b[:1].lower()
        pm = _PRESENTER.match(b) if c in "fpad" and (":" in b or "." in b) else None
        if pm:
            end_block()
            rest = pm.group("rest").strip()
            consumed.add(i)
            # "Föredragande: Anna Berglöf. Politiskt samverkansråd X har …": the case told on the same line
            told = re.match(r"^(?P<who>[^.]{2,80}?(?<!\b[A-ZÅÄÖ]))\.\s+(?P<tail>[A-ZÅÄÖ].{20,})$", rest)
            if told and len(told.group("who").split()) <= 8:
                rest, restored[i] = told.group("who"), told.group("tail")
            elif _PRESENTER_SEAT.search(rest):
                # "Föredragande: Anna Ek, ordförande i samverkansgruppen X": her seat there, read as the running text is
                restored[i] = rest
            if not rest:
                j = i + 1
                while j <= hi and not lines[j - 1].strip():
                    j += 1
                if j <= hi:
                    rest = lines[j - 1].strip()
                    consumed.add(j)
                    i = j
            presenters.extend(p for p in _split_presenters(rest) if p not in presenters)
            gap, artefact_gap = 0, False
            i += 1
            continue
        if "förslag" in b.casefold() and _PROPOSAL_LABEL.match(b):
            end_block()
            proposal, proposal_said = True, False
            own_label = _own_proposal_label(b, selves)
            gap, artefact_gap = 0, False
            i += 1
            continue
        dh = _decision_heading(s)
        if dh is None and s.endswith(" att") and (att_head := _DECIDED_ATT_HEADING.match(s.strip())) and \
                att_head.group("body").split()[0].lower().strip(",.") not in _DECIDE_BAD_FIRST and \
                (below := next((k for k in range(i + 1, hi + 1) if lines[k - 1].strip()), None)) and \
                lines[below - 1].strip()[:1] in _BULLETS:
            dh = (_named_body(att_head.group("body")), "", 1)
        if proposal and (dh is not None and dh[2] == 2 or dh is None and not in_block and _is_structural_line(s)):
            proposal = False  # "Beslut", "Beslutsunderlag": the proposal has ended
        if proposal and dh is not None and proposal_said and not dh[1] and not in_block:
            # "Förslag till beslut" / "Nämnden fastställer planen." / "Gemensamma e-nämnden beslutar" / "1. …": the
            # body's own heading alone on its line after the proposal was told heads what it decided
            proposal = False
        if proposal and dh is None:
            proposal_said = True
        if dh is not None and proposal:
            # "Arbetsutskottets förslag till socialnämnden / Socialnämnden beslutar att …": proposed, not decided
            end_block()
            consumed.add(i)
            gap, artefact_gap = 0, False
            i += 1
            continue
        if dh is not None:
            # "Direktionens beslut" / "Direktionen beslutar att …" / "Förbundschefen får i uppdrag …": the
            # label over the paragraphs goes on governing them
            under_label = in_block and block_kind == 2 and clause is None and dh[2] == 1
            end_block()
            body, rest, kind = dh
            if re.fullmatch(r"(?:att\s*)?:", rest.strip()):
                rest = ""  # "Beredningen beslutar att:" / "- anta planen," / "- …": the decided points are the bullets below
            in_block, block_body, block_kind = True, body, 2 if under_label else kind
            block_bare = not rest.strip() and bool(body)  # "Gemensamma e-nämnden beslutar" alone on its line
            if body:
                bodies[body] += 1
            consumed.add(i)
            proposing = ""  # a new heading: what follows is decided, unless it proposes again
            if rest and (pm := _DECIDES_TO_PROPOSE.match(s)):
                # "Räddningsnämnden beslutar att föreslå kommunfullmäktige" / "att anta …": the body decides to
                # propose what the clauses after it say
                proposing = f"föreslå {pm.group('to')} att "
                gap, artefact_gap = 0, False
                i += 1
                continue
            if rest and "rekommender" in rest and (rm := _RECOMMENDS_OVER_CLAUSES.match(rest)) and (
                    j := next((k for k in range(i + 1, hi + 1) if lines[k - 1].strip()), None)) and \
                    _ATT_CLAUSE.match(lines[j - 1].strip()):
                # "Beslut: Ledningsgruppen rekommenderar Åby kommun och Ekby kommun" / "att starta …" / "att …": each
                # clause below is what the body recommends them (a printed page's line may break before the "att")
                proposing = f"rekommendera {rm.group('to')} att "
                gap, artefact_gap = 0, False
                i += 1
                continue
            if rest:
                inline = _INLINE_DECIDE.match(rest)
                if inline:
                    rest = rest[inline.end():]
                if kind == 1 and re.match(r"(?:enligt|i\s+enlighet\s+med)\b", rest):
                    j = i + 1
                    while j <= hi and not lines[j - 1].strip():
                        j += 1
                    if j <= hi and _LEADING_ATT.match(lines[j - 1].strip()) and re.fullmatch(
                            r"(?:enligt|i\s+enlighet\s+med)\s+[\wåäö-]+s?\s+förslag(?:et)?\s*[:,]?", rest):
                        rest = ""  # "… beslutar i enlighet med valberedningens förslag" / "att …": the clauses follow
                    else:
                        rest = "besluta " + rest  # "Nämnden beslutar enligt förvaltningens förslag"
                # "Beslut: att anta planen, och att redovisa den i maj": one decision a clause
                *done, rest = _ATT_CLAUSES_JOINED.split(rest) if rest[:4].lower() == "att " else [rest]
                if kind == 2 and not done and ". " in rest and (pv := _PASSIVE_SENTENCE.match(rest)):
                    # "Beslut: rutinen antas. ag SIP får i uppdrag att …": a passive decision its own sentence, the
                    # next decided point after it on the line, typed small in a hurry
                    done, rest = [pv.group(1)], rest[pv.end():]
                for part in done:
                    clause = {"parts": [part], "line": i, "by": block_body, "last": s, "form": "att", "end": i}
                    close_clause()
                # "Styrgruppen beslutar att …" in running text, under no "Beslut" label
                # ("Jävsnämndens beslut: …": the label in the body's genitive heads a decision as "Beslut:" does)
                clause = {"parts": [rest], "line": i, "by": block_body, "last": s,
                          "told": kind != 2 and not s.lstrip("*#_ ").lower().startswith("beslut")}
                if done:
                    clause["form"], clause["split_inline"] = "att", True
                # "Beslut: Gruppen beslutar att X ges i uppdrag att …": an att-clause told on the heading's line, which
                # its sentence ends where a line is a paragraph (a Word document's); a typed text's next line may
                # go on with the decision ("… inrätta en arbetsgrupp." / "Arbetsgruppen består av …")
                # (under a "Beslut" heading of its own the paragraphs after it are further decisions)
                clause["att_inline"] = (kind == 1 and not under_label and not clause["told"]
                                        and dh[1][:4].lower() == "att " and paragraph_lines(seg.path))
                if i in adopted:
                    end_block()  # the proposal adopted is the whole decision; what follows is running text
                if s[:1] in _BULLETS or _ACTION_ARROW.match(s):
                    # "→ Beslut: …" / "- Beslut: …": a point marked out, which a sentence at the margin ends
                    clause["bullet"] = True
                    # "• Beslut: X" among the bullets of the notes: the label is its own point's alone
                    clause["own_bullet"] = s[:1] in _BULLETS
            gap, artefact_gap = 0, False
            i += 1
            continue
        dist = _DISTRIBUTION.match(b) if c in "pbeus" else None
        docs = _DOCUMENTS.match(b) if not dist and c in "dbh" else None
        if (dist or docs) and len(s) < 120:
            end_block()
            consumed.add(i)
            rest = ((dist or docs).group("rest") or "").strip()
            target = distribution if dist else documents
            if rest:
                target.extend(p.strip() for p in _LIST_SEP.split(rest) if p.strip())
            target.extend(_collect_list(lines, i, hi, bullets_only=bool(docs), consumed=consumed))
            i = max(consumed) + 1 if consumed else i + 1
            gap, artefact_gap = 0, False
            continue
        if not in_block and c == "a" and s[:1] == b[:1] and _bare_decision_clause(lines, lo, i):
            in_block, block_body, block_kind = True, None, 0
        if in_block and i in seg.bold_lines:
            end_block()  # "Beslut: a) … b) …" / "**Uppdragsbeskrivning – Arbetsgrupp X**": the decision has ended
            gap, artefact_gap = 0, False
            i += 1
            continue
        if "föreslår" in s and (pm := _PROPOSES_AFTER.match(s)) and (in_block and (
                not pm.group("who") or selves is None or selves.is_self(pm.group("who")))
                or (not proposal or own_label and (pm.group("who") or "").casefold() == own_label)
                and _opens_own_proposal(pm, selves, lines, i, hi)):
            # "Regionstyrelsen beslutar för egen del att 1. … 2. … och föreslår regionfullmäktige
            # besluta att 3. …": the points after it are the body's decision to propose them
            # ("Socialnämnden föreslår kommunfullmäktige besluta" / "att anta …": the proposal heads the clauses;
            # under "Arbetsutskottets förslag till beslut" in the arbetsutskott's own minutes as well, the utskott
            # its subject: not "Kommunstyrelsen föreslår kommunfullmäktige" under it, the board's proposal drafted)
            close_clause()
            proposal = False
            if not in_block:
                in_block, block_body, block_kind, block_bare = True, pm.group("who"), 1, False
            # ("… föreslår kommunstyrelsen föreslå kommunfullmäktige": the board to propose it on, as "att föreslå" says)
            proposing = f"föreslå {pm.group('to')} {'att ' if pm.group('verb') != 'besluta' else ''}{pm.group('verb')} att "
            consumed.add(i)
            gap, artefact_gap = 0, False
            i += 1
            continue
        if in_block and s[:1] in "AÅU" and _ACTION_LABEL_LINE.match(s):
            end_block()  # "Beslut: … / Att göra: Annika tar fram …": the task after the decision is no part of it
            gap, artefact_gap = 0, False
            i += 1
            continue
        if (in_block and (ap := _APPOINTS_OVER_POINTS.match(s)) and (selves is None or selves.is_self(ap.group("who")))
                and _bullet_follows(lines, i, hi)):
            # "Nämnden utser för perioden 2027–2030" / "• A (S) och B (M) till ledamöter i …": the points say whom to
            # what, each a decision of its own with the verb over it
            close_clause()
            proposing = f"{ap.group('verb')}{ap.group('span') or ''} "
            consumed.add(i)
            gap, artefact_gap = 0, False
            i += 1
            continue
        if in_block and clause is None and "\t" in s and not _ATT_CLAUSE.match(s):
            # "Styrelsen beslutar" / a Word table (the delegationsordning decided, row by row) / "• att anta
            # delegationsordningen enligt tabellen ovan": the table shows what the att-clauses under it decide
            j = i + 1
            while j <= hi and ("\t" in lines[j - 1] or not lines[j - 1].strip()):
                j += 1
            if j <= hi and _ATT_CLAUSE.match(lines[j - 1].strip()):
                i = j
                continue
        if in_block:
            am = _ATT_CLAUSE.match(s)
            if am and clause is not None and _GROUP_NAME_BROKEN.search(clause["last"]) and re.fullmatch(
                    r"Att\s+[a-zåäö]+(?:\s+[a-zåäö]+)?\.?", s):
                am = None  # "… för Samverkansgrupp / Att växa upp": a name broken over two lines
            if (am and clause is not None and clause.get("bullet") and s[:1] not in _BULLETS and gap == 0
                    and raw[:1].isspace() and not clause["last"].rstrip().endswith((",", ".", ";"))):
                am = None  # "– att anta överenskommelsen / att gälla från …": the bulleted clause goes on
            if (am and clause is not None and clause.get("form") == "att" and gap == 0 and s[:1] == "a"
                    and not clause["last"].rstrip().endswith((",", ".", ";", ":"))
                    and _AWAITS_ATT.match(" ".join(clause["parts"]))):
                am = None  # "att rekommendera Region X och Y kommun / att höja avgiften …": the verb's own att wrapped
            numbered = (_NUMBERED_POINT.match(s) or _LETTERED_POINT.match(s)) if am is None else None
            inline = _INLINE_DECIDE.match(s) if am is None else None
            if am:
                close_clause()
                clause = {"parts": [am.group("text")], "line": i, "by": block_body, "last": s, "form": "att",
                          "bullet": s[:1] in _BULLETS, "end": i, "indent": len(raw) - len(raw.lstrip())}
                consumed.add(i)
            elif numbered and (clause is not None or block_kind == 2 or proposing or block_bare) and not _is_structural_line(s):
                close_clause()  # "1. Nämnden ställer sig bakom …" / "2. Förvaltningen får i uppdrag …"
                clause = {"parts": [numbered.group("text")], "line": i, "by": block_body, "last": s, "end": i,
                          "numbered": True}
                consumed.add(i)
            # (under a heading that only names the body, "Nämnden beslutar", a bullet per decided point as a number)
            elif (s[:1] in _BULLETS and len(s) > 2 and (clause is not None or block_kind == 2 or proposing or block_bare)
                  and not _is_structural_line(s)
                  and not (clause and (clause["last"].rstrip().endswith(":") or clause.get("list")))):
                if clause is not None and clause.get("own_bullet") or _CHECKBOX_ROW.match(s):
                    # "• Beslut: X" / "• Forumet är tillsatt av …": the next point is the notes again (and a
                    # task list's row after the decision, "- [ ] @Sven Öqvist: …", is a task)
                    end_block()
                    continue
                if (clause is not None and _is_task_sentence(_strip_bullet(s), known_names())
                        and not _GIVEN_TASK.search(s)
                        # ("beslutar att / • överlämna frågan till X, / • Eva Ek och Per Lund tar fram ett underlag":
                        # the decided point before it ends in a comma, the list of decided points goes on)
                        and not (lines[clause["line"] - 1].lstrip()[:1] in _BULLETS
                                 and clause["last"].rstrip().endswith(","))):
                    # "- NL och KÅ tar fram två fallbeskrivningar": the tasks after the decision (while "- Per
                    # Ek får i uppdrag att …" is the decision giving one)
                    end_block()
                    continue
                if clause is not None and clause.get("numbered"):
                    # "1. Nämnden antar överenskommelsen." / "   • den gäller från 1 mars": the bullets under a
                    # numbered point are its parts ("2. Förvaltningschefen får i uppdrag att" / "• informera …")
                    _sub_point_added(clause, _strip_bullet(s))
                    clause["last"], clause["end"] = s, i
                    consumed.add(i)
                    gap, artefact_gap = 0, False
                    i += 1
                    continue
                close_clause()  # "Beslut" with a bullet per decision: "- Informationen noteras."
                # (a bullet per decided point: a sentence back at the margin after them is running text again)
                clause = {"parts": [_strip_bullet(s)], "line": i, "by": block_body, "last": s, "end": i,
                          "indent": len(raw) - len(raw.lstrip()), "bullet": True}
                consumed.add(i)
            elif inline and clause is None:
                clause = {"parts": [s[inline.end():]], "line": i, "by": block_body, "last": s, "end": i}
                consumed.add(i)
            elif s[:1] == "(" and _ASIDE.match(s):
                end_block()  # "(påminnelse: ag SIP rapporterar till …)": the secretary's aside, no part of the decision
                continue
            elif _is_structural_line(s) or _decision_heading(s):
                end_block()
                continue
            elif (clause is not None and (clause.get("bullet") or clause.get("list")) and gap == 0 and s[:1].isupper()
                  and len(raw) - len(raw.lstrip()) <= clause.get("indent", 0)
                  and (clause["last"].lstrip()[:1] in _BULLETS or clause["last"].rstrip().endswith("."))
                  and not _OPEN_END.search(clause["last"])):
                # "- att … / Varje huvudman meddelar …": a sentence at the margin after the bullets; also
                # after a bullet wrapped onto a line that ends its sentence, where a Word document or a
                # PDF keeps no blank line before the running text
                end_block()
                continue
            elif (clause is not None and (clause.get("form") == "att" or clause.get("att_inline")) and gap == 0
                  and s[:1].isupper()
                  and len(raw) - len(raw.lstrip()) <= clause.get("indent", 0)
                  and (_CLAUSE_ENDED.search(clause["last"])
                       or clause.get("att_inline") and _INLINE_CLAUSE_ENDED.search(clause["last"]))
                  and not _sentence_head(s, lines[i] if i < len(lines) else "")):
                # "att bjuda in … till rådets nästa möte." / "Kent Åberg berättade …": a PDF's lines keep no
                # blank line between the att-clause that ended its sentence and the running text after it
                end_block()
                continue
            elif (clause is not None and clause.get("form") == "att" and gap == 0 and s.rstrip().endswith(".")
                  and not clause["last"].rstrip().endswith((".", ":", ";")) and not _OPEN_END.search(clause["last"])
                  and (_SENTENCE_OPENER.match(s) or _QUANTIFIER_OPENER.match(s))):
                # "att utse Ida Ek till sammankallande" / "Samtliga huvudmän ska namnge …": a Word list of att-clauses
                # without stops, the next paragraph a sentence of the running text
                end_block()
                continue
            elif clause is not None and _TASK_LIST_HEADING.match(s):
                # "Beslut: Mätvärdena blir akutbesök." / "Uppgifter" / "Uppgift | Ansvarig | Datum": a task list's
                # heading alone on its line, where a web or Word page keeps no blank line before it, ends the decision
                end_block()
                continue
            elif (clause is not None and gap <= 1 and ":" in s[:24] and _ADOPTED_AS_FOLLOWS.search(clause["parts"][-1])
                  and _DOCUMENT_LABEL.match(s)):
                # "… fastställer uppdragsbeskrivningen enligt följande." / "Uppdrag: …" / "Sammansättning: …": the
                # headings of the document adopted, its content and no decisions of their own
                end_block()
                continue
            elif clause is not None and _continues(clause, s, gap, artefact_gap):
                clause["parts"].append(s)
                clause["last"] = s
                clause["end"] = i
                clause["list"] = clause.get("list") or s[:1] in _BULLETS  # the clause's own list goes on
                consumed.add(i)
            elif clause is None and block_kind == 2 and gap <= 2:
                clause = {"parts": [s], "line": i, "by": block_body, "last": s, "end": i}
                consumed.add(i)
            elif (clause is not None and block_kind == 2 and gap == 1 and seg.layout in ("formal", "digital")
                  and clause.get("form") != "att" and not clause.get("bullet") and s[:1].isupper()):
                # a protocol's "Beslut" with a paragraph per decision: the § or a label ends it
                close_clause()
                if in_block:
                    clause = {"parts": [s], "line": i, "by": block_body, "last": s, "end": i, "next": True}
                    consumed.add(i)
            else:
                end_block()
        gap, artefact_gap = 0, False
        i += 1
    end_block()

    own = [(k, restored[k] if k in restored else lines[k - 1]) for k in range(lo, hi + 1)
           if (k not in consumed or k in restored) and k not in dated_lines]
    own_text = [t for _, t in own]
    # in an item with a decision block, what comes after it may still decide ("Projektgruppen
    # rekommenderar …"); what comes before is the case being decided
    # (the running text of minutes without items is one stretch: all of it may decide)
    after = 0 if it.number is None else block_end
    # the minutes of the last meeting filed in the sentence opening the item, its decisions on other
    # matters after it ("Protokollet från 2025-05-16 läggs till handlingarna. … Beslut: Uppdrag 5 stängs.")
    filed = [(k, m.group(0)) for k, t in own if k <= after and k not in restored and ("rotokollet" in t or "nteckningarna" in t)
             and (m := _PRIOR_MINUTES_FILED.match(t.strip()))]
    if not filed:
        # "Ordföranden öppnar sammanträdet. Dagordningen fastställs utan ändringar." above the item's "X beslutar att
        # utse …": the meeting's approval of its own papers, no case the block decides (unless the block approves them)
        filed = [(k, m.group("approval")) for k, t in own if k <= after and k not in restored
                 # (a paper's name looked for first: the pattern tries every position of the line)
                 and ("rotokollet" in t or "nteckningarna" in t or "agordningen" in t or "öredragningslistan" in t)
                 and (m := _OWN_PAPERS_APPROVED.search(t.strip()))
                 and not any(m.group("papers")[:6].casefold() in d.text.casefold() for d in decisions[first_own:])]
    # "Eva Ek utsågs att justera protokollet." above the block: the meeting's own choice (unless the block makes it)
    signer = [(k, m.group("choice")) for k, t in own if k <= after and k not in restored and "just" in t
              and (m := _SIGNER_CHOSEN.search(t.strip()))
              and not any("justera" in d.text.casefold() for d in decisions[first_own:])]
    # "Frågan om X kan inte lösas i arbetsgruppen och hänskjuts till RLG." above the block: the matter handed on
    # is decided, not the case the block decides
    referred = _referred_before(own, after, restored, decisions[first_own:]) if after else []
    # "Ledningsgruppen inrättar en arbetsgrupp för X …" above a block deciding who sits in it: the body set up is
    # decided too (unless the block sets it up)
    set_up = [(k, m.group(0)) for k, t in own if k <= after and k not in restored
              and ("inrätta" in t or "tillsätt" in t or "bildar" in t) and (m := _SETS_UP_A_BODY.search(t.strip()))
              and not any(_SETS_UP_VERB.search(d.text) for d in decisions[first_own:])] if after else []
    # "Rådet rekommenderar huvudmännen att anta …" above a block "Rådet beslutar vidare att …": the body's own
    # recommendation, a decided point of its own (unless the block makes it)
    recommended = _recommended_before(own, after, restored, decisions[first_own:], selves) if after else []
    # a markdown heading inside the text is a title, not the start of a sentence
    _narrative_decisions(it.number, filed[:1] + signer[:1] + referred + set_up[:1] + recommended
                         + [(k, "" if k in seg.md_headings or k in log_lines else t) for k, t in own
                            if k > after or k in restored], decisions, selves)
    for k, t in own:  # "Godkändes." alone: the meeting approved what the item's title names
        m = (_BARE_APPROVAL.match(t.strip()) or (_BARE_APPROVAL_READ.match(t.strip()) if t.strip()[:1] in "GL" else None)) \
            if "handl" in t or "odkän" in t or "odk." in t or "astställ" in t or "oter" in t or "ordläggs" in t else None  # (a verb first)
        if m and t.strip()[:1].islower() and k > lo and lines[k - 2].strip()[-1:] not in (".", "!", "?", ""):
            continue  # "… gicks igenom och" / "lades till handlingarna.": the sentence above goes on, no bare approval
        if m and it.title and k > after:
            filed = bool(m.group(2)) or m.re is _BARE_APPROVAL and bool(m.group(3))
            verb = (m.group(1) or m.group(2) or "läggs").lower()
            verb = "läggs" if verb.startswith("lag") else verb  # "lagda till handlingarna": the participle files
            tail = " till handlingarna" if filed else ""
            text = f"{_PASSIVE_DECISION.get(verb, 'godkänna')} {it.title[:1].lower()}{it.title[1:]}{tail}"
            if m.re is _BARE_APPROVAL_READ and m.group(0).startswith("Godk") and m.group(2):
                # "Godkändes och lades till handlingarna.": the item's title approved, then filed
                text = f"godkänna {it.title[:1].lower()}{it.title[1:]} och lägga dem till handlingarna"
            decisions.append(ParsedDecision(item=it.number, text=text, position=len(decisions) + 1,
                                            classification=_classify(text), decided_by=None, line=k))
    for k, t in own:
        if "ok" in (tf := t.casefold()) or "godk" in tf or "handl" in tf:
            if any(d.line == k for d in decisions[first_own:]):
                continue  # read already, in full words
            for text in hurried_approvals(t.strip()):
                decisions.append(ParsedDecision(item=it.number, text=text, position=len(decisions) + 1,
                                                classification=_classify(text), decided_by=None, line=k))
    if it.title and ("ok" in (tt := it.title.casefold()) or "handl" in tt or "godk" in tt) \
            and not any(d.item == it.number for d in decisions[first_own:]):
        # "pkt 1: föreg. anteckn ok, lades t handl.": the point's own line says what became of the papers, the title
        # and the decision both
        for text in hurried_approvals(it.title.strip()):
            decisions.append(ParsedDecision(item=it.number, text=text, position=len(decisions) + 1,
                                            classification=_classify(text), decided_by=None, line=it.heading_line))
    _decided_as_proposed(lines, lo, hi, decisions, first_own)
    if from_log:
        # a log closing the notes inside the last item, its row repeating what that item's own text decided above it
        # ("Rutinen godkänns." under "Gruppen beslutar att godkänna rutinen."): told once, as the log words it
        told = [d for d in decisions[first_own:] if not any(d is x for x in from_log)]
        stale = [t for t in told if any(0 < t.line < d.line and _restates(d.text, t.text) for d in from_log)]
        if stale:
            decisions[:] = [d for d in decisions if not any(d is x for x in stale)]
            for n, d in enumerate(decisions, start=1):
                d.position = n
    body = "\n".join(own_text)
    body = _BLANK_LINES.sub("\n\n", body).strip()
    body = "\n".join(l.rstrip() for l in body.split("\n"))
    title = it.title
    if not presenters and title and (tp := _TITLE_PRESENTER_NAMED.search(title)) and (
            tp.group("who") or not tp.group("who2").isupper()):
        # "2. Regional risk- och sårbarhetsanalys (Ida)": who brings the point, by given name after its title
        # (after a dash only by name: "Rapport – RSS" names a body)
        short = attendee_short_names(att)
        who = [w if any(e.name == w for e in att) else _short_name_of(w, short, att)
               for w in re.split(r"\s*(?:,|/|\boch\b)\s*", tp.group("who") or tp.group("who2"))]
        if who and all(w and " " in w and not w.isupper() for w in who):
            presenters, title = list(dict.fromkeys(who)), title[:tp.start()].rstrip()
    if not presenters:
        titled = _TITLE_PRESENTER.search(it.title) if it.title and "(F" in it.title else None
        # "2. Bemanning (Föredragande: Tobias Ek)": who presents, named in the heading, and who the text says told
        presenters = _split_presenters(titled.group(1)) if titled else []
        if not _TASKS_TITLE.match(it.title or ""):  # what is listed for the next meeting is tasks, no talks
            presenters += [p for p in _prose_presenters(body, att) if p not in presenters]
            presenters += [p for p in _reporters_back(it.title or "", body, att) if p not in presenters]
    presenters += [p for p in answered if p not in presenters]
    return ParsedItem(number=it.number, title=title, kind=list(it.kind), presenters=presenters,
                      parent=it.parent, body=body, line_start=it.heading_line, line_end=it.end,
                      distribution=distribution, documents=documents)


# the minutes of the meeting before filed or approved: "Protokollet från 2025-05-16 läggs till handlingarna."
_PRIOR_MINUTES_FILED = re.compile(r"^(?:[Pp]rotokollet|[Mm]innesanteckningarna|[Aa]nteckningarna)(?:\s+från\s+[^.]{4,40}?)?\s+"
                                  r"(?:läggs\s+till\s+handlingarna|lades\s+till\s+handlingarna|godkänns|godkändes)\.")
# the meeting's own papers approved in a sentence of the running text, wherever it stands in its line:
# "Ordföranden hälsar välkommen. Dagordningen fastställs utan ändringar."
_OWN_PAPERS_APPROVED = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<approval>(?P<papers>[Dd]agordningen|[Ff]öredragningslistan|[Pp]rotokollet|"
    r"[Mm]innesanteckningarna|[Aa]nteckningarna)(?:\s+från\s+[^.]{4,40}?)?\s+"
    r"(?:fastställs|fastställdes|godkänns|godkändes|läggs\s+till\s+handlingarna|lades\s+till\s+handlingarna)"
    r"(?:\s+utan\s+(?:ändringar|erinran|synpunkter))?\.)")
# the meeting's choice of who signs its protocol, told above the item's decision block: "Eva Ek (S) utsågs att justera
# protokollet.", "Till justerare valdes Eva Ek."
_SIGNER_CHOSEN = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<choice>(?:[A-ZÅÄÖ][\w'’-]+(?:\s+[A-ZÅÄÖ][\w'’-]+){1,3}(?:\s*\([A-ZÅÄÖ]{1,4}\))?\s+"
    r"(?:utsågs|utses|valdes|väljs)\s+(?:att\s+)?(?:jämte\s+ordföranden\s+)?justera\s+[^.]{2,40}?|"
    r"[Tt]ill\s+justerare\s+(?:utsågs|utses|valdes|väljs)\s+[A-ZÅÄÖ][^.]{2,40}?)\.)")
# "Beslut: Enligt förslaget." / "Mötet beslutade enligt förslaget.": what was decided is the proposal told above it
_AS_PROPOSED = re.compile(r"^(?:(?:[\wåäö]+\s+)?(?:beslutar|beslutade|beslöt)\s+|besluta\s+)?" + _AS_PROPOSED_TAIL, re.I)
# the lead under the label over the att-clauses: "Nämnden föreslås besluta", "Förvaltningen föreslår att nämnden beslutar:"
_PROPOSAL_LEAD = re.compile(r"^[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,5}?\s+(?:föreslås|föreslår)\s+(?:att\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:besluta|beslutar|fatta\s+följande\s+beslut)\s*:?$", re.I)
# the proposal under a bare label, adopted by "Beslut enligt förslag." below it: "Förslag: att uppdra åt …"
_BARE_PROPOSAL_LABEL = re.compile(r"^förslag\s*:?$", re.I)
_BARE_PROPOSAL_LABEL_INLINE = re.compile(r"^förslag\s*:\s*(?P<rest>\S.*)$", re.I)
# a proposal told in the running text: "Rima föreslog att vårdavdelningarna ringer hemtjänsten …"
_PROSE_PROPOSAL = re.compile(r"\b(?:föreslår|föreslog|föreslogs)\s+att\s+(?P<text>.+?)\.(?=\s+[A-ZÅÄÖ]|\s*$)", re.S)


def _proposal_clauses(lines: list[str], lo: int, k: int, hi: int) -> list[str]:
    """The points of the proposal nearest above line ``k`` of an item's lines ``lo``–``hi``: the att-clauses
    under a "Förslag till beslut" label, else what someone "föreslog att …" in the running text.

    >>> _proposal_clauses(["Förslag till beslut", "- att godkänna planen,", "- att ge LVO i uppdrag att följa",
    ...                    "  upp införandet.", "Beslut", "Enligt förslaget."], 1, 6, 6)
    ['godkänna planen', 'ge LVO i uppdrag att följa upp införandet.']
    >>> _proposal_clauses(["Förslag till beslut", "Nämnden föreslås besluta", "att anta planen,", "att uppdra åt X att följa upp.",
    ...                    "Beslut", "Nämnden beslutar enligt förslaget."], 1, 6, 6)
    ['anta planen', 'uppdra åt X att följa upp.']
    >>> _proposal_clauses(["Rima föreslog att avdelningen ringer senast kl. 12 på fredagen.",
    ...                    "Mötet beslutade enligt förslaget."], 1, 2, 2)
    ['avdelningen ringer senast kl. 12 på fredagen']
    >>> _proposal_clauses(["Förslag till beslut: Att ge Eva Ek i uppdrag att ta fram en modell.",
    ...                    "Beslut: Gruppen beslutar enligt förslaget."], 1, 2, 2)
    ['ge Eva Ek i uppdrag att ta fram en modell.']
    """
    label = next((j for j in range(k - 1, lo - 1, -1) if _PROPOSAL_LABEL.match(_strip_bullet(lines[j - 1]))
                  or _PROPOSAL_LABEL_INLINE.match(_strip_bullet(lines[j - 1]))
                  or _BARE_PROPOSAL_LABEL.match(_strip_bullet(lines[j - 1]))
                  or _BARE_PROPOSAL_LABEL_INLINE.match(_strip_bullet(lines[j - 1]))), None)
    if label is not None:
        clauses: list[list[str]] = []
        # "Förslag till beslut: Att ge X i uppdrag att …": the proposal told on the label's own line
        im = (_PROPOSAL_LABEL_INLINE.match(_strip_bullet(lines[label - 1]))
              or _BARE_PROPOSAL_LABEL_INLINE.match(_strip_bullet(lines[label - 1])))
        if im:
            am = _ATT_CLAUSE.match(im.group("rest").strip())
            clauses.append([am.group("text") if am else im.group("rest").strip()])
        for j in range(label + 1, k):
            s = lines[j - 1].strip()
            if not s:
                continue
            am = _ATT_CLAUSE.match(s)
            if am:
                clauses.append([am.group("text")])
            elif not clauses and _PROPOSAL_LEAD.match(s):
                continue  # "Tandvårdsnämnden föreslås besluta" over the att-clauses: the lead, no point of its own
            elif clauses and not clauses[-1][-1].rstrip().endswith(".") and not _decision_heading(s):
                clauses[-1].append(s)
            else:
                break
        return [t for t in (_clause_text(c) for c in clauses) if t]
    # the decision is told at line k or in the lines of its paragraph after it, the proposal before it
    before = " ".join(l.strip() for l in lines[lo - 1:k - 1])
    text = " ".join(l.strip() for l in lines[lo - 1:hi])
    adopted = next((m.start() for m in re.finditer(r"(?i)\benligt\s+förslag(?:et)?\b", text) if m.start() >= len(before)),
                   None)
    told = [m for m in _PROSE_PROPOSAL.finditer(text) if adopted is not None and m.end() <= adopted]
    return [" ".join(told[-1].group("text").split())] if told else []


def _decided_as_proposed(lines: list[str], lo: int, hi: int, decisions: list[ParsedDecision], first: int) -> None:
    """Replace an item's decision "enligt förslaget" by the points of the proposal it adopts."""
    out: list[ParsedDecision] = []
    adopted = False
    for d in decisions[first:]:
        points = _proposal_clauses(lines, lo, d.line, hi) if d.line and _AS_PROPOSED.match(d.text.strip()) else []
        out.extend(dataclasses.replace(d, text=t, classification=_classify(t)) for t in points) if points else out.append(d)
        adopted = adopted or bool(points)
    if adopted:
        decisions[first:] = [dataclasses.replace(d, position=first + n + 1) for n, d in enumerate(out)]


# ---------------------------------------------------------------- decisions in paragraphs and narrative

# the definite forms by which minutes name a body deciding: "Nämnden", "Samverkansgruppen", "Rådet"
_GROUPISH = re.compile(
    r"(?:nämnden|styrelsen|gruppen|rådet|organet|utskottet|mötet|forumet|nätverket|teamet|beredningen|"
    r"samrådet|kommittén|delegationen|direktionen|fullmäktige|ledningen|presidiet)$",
    re.I,
)
# "Grupperna beslutade …" in the notes of a joint meeting: the groups at the table
_ALWAYS_SELF = {"gruppen", "mötet", "vi", "grupperna", "båda grupperna"}
_TYPE_STEMS = re.compile(
    r"grupp|nämnd|styrelse|råd\b|rådet|organ\b|utskott|forum|nätverk|team|beredning|samråd|kommitté|delegation|"
    r"direktion|fullmäktige")
# "Vi kom fram till att avdelningen ringer …": what a working group settled on; not what it found ("kom fram till att
# det …", "… att verksamhetscheferna behöver påminnas": a need, no decision)
_CAME_TO_DECIDE = (r"(?:kommer|kom)\s+fram\s+till(?=\s+att\b)(?!\s+att\s+(?:det|detta|frågan|problemet|behovet|orsaken|"
                   r"vi\s+behöver|man\s+behöver|(?:[\wåäö-]+\s+){1,4}?behöver)\b)")
# what a body does when it decides, present and past: "ställer sig bakom", "ger X i uppdrag", ...
_DECISION_VERB = (
    # (or its stance: "Nätverket ställde sig positivt till ett gemensamt förfrågningsunderlag")
    r"(?:ställer|ställde)\s+sig\s+(?:bakom|positiv[at]?\s+till)|(?:ger|gav)\s+(?=[^.]*\bi\s+uppdrag)|uppdrar|uppdrog|"
    # "Nätverket ger arbetsgruppen mandat att …", "Nätverket nominerar Eva Ek som ny representant …"
    r"(?:ger|gav)\s+(?=[^.]*\bmandat\s+att\b)|nominerar|nominerade|"
    # "Styrgruppen lägger informationen till handlingarna"
    r"(?:lägger|lade)\s+(?=[^.]*\btill\s+handlingarna)|"
    # ("Styrgruppen förordar alternativ B": the option it chooses)
    r"rekommenderar|rekommenderade|föreslår|föreslog|förordar|förordade|(?:lämnar|lämnade)\s+över|överlämnar|överlämnade|"
    r"(?:tackar|tackade)\s+för\s+(?:informationen|redovisningen|rapporten|dragningen|presentationen)|"
    r"noterar|noterade|godkänner|godkände|fastställer|fastställde|utser|utsåg|väljer|valde|antar|antog|"
    r"inrättar|inrättade|tillsätter|tillsatte|bildar|bildade|delegerar|delegerade|tillstyrker|tillstyrkte|avstyrker|avstyrkte|"
    r"bifaller|biföll|avslår|avslog|(?:lyfter|lyfte)\s+(?=[^.]*\btill\b)|återremitterar|återremitterade|"
    # "Vi bestämde att …"; a working group's "Vi kom fram till att avdelningen ringer …"
    r"(?:bestämmer|bestämde)(?=\s+att\b)|" + _CAME_TO_DECIDE + "|"
    # a first-person body's request to a body above, its decided point: "Vi ber styrgruppen för nära vård i Region Åby
    # att ta fram …" (not a request to a person: "Vi ber Eva att …")
    r"(?<=\b[Vv]i\s)ber(?=\s+(?:den\s+|det\s+)?[\wåäöÅÄÖ-]*(?:grupp|gruppen|rådet|nätverket|ledningen)\b[^.;]{0,80}?\s+att\s)|"
    # (or on a thing it then lists: "Gruppen enades om dispositionen: bakgrund, kartläggning, …")
    # (or on a thing it names: "Teamet enades om en gemensam utbildning för chefer våren 2027")
    # "Rådet konstaterade att uppdraget därmed anses slutfört och avslutas": the body's own conclusion that its
    # uppdrag is done closes it (not "Eva konstaterade att …", nor a finding about anything else)
    r"(?:konstaterar|konstaterade)(?=\s+att\s+(?:[a-zåäö]+\s+){0,3}?(?:uppdraget|arbetet|projektet|utredningen)\s+"
    r"(?:[a-zåäö]+\s+){0,3}?(?:är\s+|anses\s+|därmed\s+)*(?:slutfört|slutförd|avslutat|avslutad|avslutas|genomfört|"
    r"klart|fullgjort)\b)|"
    r"beslutar|beslutade|beslöt|(?:enas|enades|enade\s+sig|(?:kommer|kom)\s+överens)(?:\s+(?:också|även|dessutom|vidare))?\s+om(?=\s+att\b|\s*:|\s+[a-zåäö]{3,}(?:en|et|na)\s*:|\s+(?:en|ett)\s+(?!(?:del|annan|annat|sak|fråga)\b)[a-zåäö]{3,}\s|"
    # (or on a thing named without an article, and what it is for: "Rådet enades om disposition för berättelsen",
    # not on how much a thing matters: "enades om vikten av …")
    r"\s+(?!(?:vikten|behovet|betydelsen|värdet|problemet)\b)[a-zåäö]{4,}\s+(?:för|till|av|kring|inför)\s|"
    # (or on things it sets up, in the plural or with what they share: "Vi enades om gemensamma kvällspass polis och
    # fältare fredagar v. 45–50", "… om fasta tider för avstämning")
    r"\s+(?:gemensamma|gemensamt|nya|nytt|fasta|regelbundna|tätare)\s+[a-zåäö]{4,})|"
    r"(?:fattade|tog)\s+(?:ett\s+)?beslut\s+om|(?:fattar|tar)\s+(?:ett\s+)?beslut\s+om(?=\s+att\b)|"
    # "är överens om att" decides only when a verb follows ("… att följa upp"), not a statement ("… att frågan är viktig")
    # (an infinitive ending in another vowel too: "var överens om att utgå från kartläggningen", "… att föreslå
    # styrgruppen …", "… att avstå")
    # (a noun in the definite plural is no infinitive: "… att kontaktvägarna behöver bli tydligare")
    r"(?:är|var|blev)\s+överens\s+om(?=\s+att\s+(?!(?:alla|andra|bara|dessa|flera|många|samma)\b)"
    r"(?![a-zåäö]+(?:arna|erna|orna)\b)(?:[a-zåäö]+a|[a-zåäö]*(?:slå|stå|gå|få|nå))\b"
    # (or on the matter handed on, in the passive: "… om att frågan lyfts till styrgruppen"; or on what each party or one
    # member by her initials does: "… om att varje kommun skickar sina siffror till EE", "… om att EE skriver ihop …")
    r"|\s+att\s+(?:frågan|ärendet|den|det|saken)\s+(?:lyfts|skickas|förs|överlämnas|tas\s+upp)\s+(?:vidare\s+)?till\b"
    r"|\s+att\s+(?:varje|respektive)\s+(?:kommun|huvudman|part|verksamhet)\s+[a-zåäö]+(?:ar|er|år)\b"
    r"|\s+att\s+[A-ZÅÄÖ]{2,3}\s+(?:och\s+[A-ZÅÄÖ]{2,3}\s+)?[a-zåäö]+(?:ar|er|år)\b)"
)
# the body, in the first person or by its kind, reads a paper through, then approves or files it by a pronoun:
# "Vi gick igenom anteckningarna från 3 februari och lade dem till handlingarna", "Gruppen gick igenom … och godkände dem"
_READ_THEN_FILED = re.compile(r"^(?:Vi|Gruppen|Rådet|Teamet|Nätverket|[A-ZÅÄÖ][a-zåäö]*(?:gruppen|rådet|teamet|nätverket))\s+(?:gick|går)\s+igenom\s+"
                              r"(?P<obj>[a-zåäö][^.;]{2,100}?)\s+och\s+(?P<v>lade|lägger|godkände|godkänner|fastställde|"
                              r"fastställer)\s+(?:dem|den|det)(?:\s+till\s+handlingarna)?(?:\s+utan\s+ändringar)?$")
# the matter fronted, the body that met in the first person after the verb handing it on: "Det lyfter vi till
# samverkansgruppen i juni – Eva tar med det" (who carries it, after the dash, is a task of its own)
_WE_RAISE_IT = re.compile(r"^(?P<obj>Det|Detta|Den|Denna|Frågan|Den\s+frågan)\s+(?:lyfter|lyfte)\s+vi\s+"
                          r"(?:(?:därför|vidare|också)\s+)?(?P<rest>till\s+[^.;–—]+?)\s*(?:[–—;,]\s.*)?$")
_PAST_DECISION_VERB = re.compile(
    r"(?:ställde|gav|uppdrog|rekommenderade|föreslog|lämnade|överlämnade|tackade|noterade|godkände|fastställde|"
    r"utsåg|valde|antog|inrättade|tillsatte|bildade|delegerade|tillstyrkte|avstyrkte|biföll|avslog|lyfte|återremitterade|"
    r"bestämde|enades|kom\s+överens|kom\s+fram\s+till)\b")
_SUBJECT_VERB = re.compile(
    # (not through what someone wants or asks: "Rådet vill att styrgruppen utser en kontaktperson")
    rf"^(?P<subj>[A-ZÅÄÖ][\w:’'./-]*(?:\s+(?:och\s+)?(?!(?:vill|önskar|ber|önskade|ville|bad)\s+att\b)[\w:’'./-]+){{0,6}}?)\s+"
    rf"(?P<verb>{_DECISION_VERB})\b\s*"
)
# "Efter diskussion rekommenderar samverkansgruppen kommunerna att …": verb before the subject
# (not when the words first tell of another meeting: "Vid mötet i augusti gav styrgruppen arbetsgruppen i uppdrag …"
# is what that meeting decided, told again where its task is followed up)
_VERB_SUBJECT = re.compile(
    r"^(?!(?:Vid|På)\s+(?:förra|föregående|senaste|tidigare)\s+möte|(?:Vid|På)\s+mötet\s+(?:i|den)\s|Förra\s+mötet\b)"
    rf"(?:[A-ZÅÄÖ][a-zåäö]*(?:\s+[a-zåäö]+){{0,3}}"
    # a reason or a time told first as a clause of its own: "Eftersom planen innebär åtaganden för kommunen under
    # hela mandatperioden beslutade nämnden att …", "När remissvaren kommit in, beslutade gruppen att …"
    r"|(?:Eftersom|Med\s+anledning\s+av\s+att|Mot\s+bakgrund\s+av\s+att)\s+[^.;:]{3,200}?,?(?=\s+(?:beslutade|beslutar|beslöt)\s))"
    rf"\s+(?P<verb>{_DECISION_VERB})\b\s*"
    r"(?P<subj>[\wåäöÅÄÖ:-]*(?:gruppen|nämnden|rådet|organet|mötet|styrelsen|utskottet|teamet|nätverket))\s+"
)
# a decision in the clause after what the meeting talked of, the body by its kind: "Vi pratade om …, och gruppen
# beslutade att …"
# (or the reason before it: "Frågan kommer vi inte längre med på egen hand, så vi beslutade att lyfta den till X")
_TALK_THEN_DECIDED = re.compile(r"^[A-ZÅÄÖ][^.;]{3,200}?,\s+(?:och|så)\s+(?=(?:[a-zåäö]*(?:gruppen|nätverket|rådet|nämnden|teamet)|vi)"
                                # (or its choice of someone: "Eftersom Per var gruppens vice ordförande behövde vi
                                # välja en ny, och gruppen valde Eva Ek till vice ordförande")
                                r"\s+(?:(?:beslutade|beslöt|beslutar|bestämde)\s+att\s|(?:valde|utsåg)\s+(?=[A-ZÅÄÖ])))")
# the matter fronted in the clause before the decision, then taken up by a pronoun: "Frågan om X kommer vi inte längre
# med på egen hand, så vi beslutade att lyfta den till Y"
_MATTER_FRONTED = re.compile(r"\b(?P<obj>(?:Frågan|Ärendet)\s+om\s+[^,;.]{2,100}?)\s+(?=(?:kommer|är|har|kan|går|behöver|"
                             r"blir|ligger|måste|klarar)\b)")
_IT_RAISED = re.compile(r"\b(?P<v>lyfta|skicka|lämna|överlämna|föra|ta)\s+(?:den|det)(?=\s+(?:vidare\s+)?till\s)")
# a decision told with the meeting or the paragraph it was taken at: "antog budgeten vid sitt sammanträde den
# 10 december 2024 § 61", "beslutade 2023-08-29 § 56"
_TOLD_AS_HISTORY = re.compile(r"\b(?:vid|på)\s+(?:sitt|sina|dess|förra|föregående|tidigare)\s+(?:\w+\s+)?(?:sammanträde|möte)\b"
                              r"|(?:\d{4}-\d\d-\d\d|(?:19|20)\d\d),?\s*§\s*\d")
_RECALLED = re.compile(rf"(?:den\s+\d|\d{{1,2}}\s+(?:{_MONTH_RE})|i\s+(?:{_MONTH_RE})|(?:19|20)\d\d|tidigare|förra|redan)", re.I)
_BESLUTAR_ATT = re.compile(
    # ("Vi enades också om att …": a further point agreed, an adverb before "om")
    r"^(?:beslutar|beslutade|beslöt|bestämmer|bestämde|" + _CAME_TO_DECIDE + r"|(?:enas|enades|enade\s+sig|(?:kommer|kom|är|var|blev)\s+överens)(?:\s+(?:också|även|dessutom|vidare))?\s+om|"
    # "Styrgruppen fattade beslut om att …" (a present "fattar beslut om budgeten i december" is to come)
    r"(?:fattade|tog)\s+(?:ett\s+)?beslut\s+om|(?:fattar|tar)\s+(?:ett\s+)?beslut\s+om(?=\s+att\b))"
    r"\s*[:,]?\s*(?:att\s+)?", re.I)
# "Beslutades att …", and in a förening's or a LAG's older words "Beslöts att …"
# "Det beslutades vidare att …", "Det beslutades också att …": a further decision of the meeting
# (also "Överenskoms att …", a subjectless "Enades om att …", and "Det blev / fattades / togs beslut om att …")
_IMPERSONAL = re.compile(r"^(?:(?:Det\s+)?(?:[Bb]esl(?:utades|öts)|[Öö]verenskoms|[Ee]nades\s+om(?=\s+att\b))|Det\s+(?:blev|fattades|togs)\s+(?:ett\s+)?beslut\s+om|"
                         # a working group's "Det blev också bestämt att …", "Det bestämdes att …": decided, told
                         # without the body as subject
                         r"Det\s+(?:blev\s+(?:(?:också|även|vidare|dessutom)\s+)?bestämt|bestämdes)(?=\s+(?:(?:också|även|vidare|dessutom)\s+)?att\b)|"
                         # a team's hurried notes, the subject left out: "Bestämdes att vi fortsätter …", and the
                         # participle with its verb left out too: "Överenskommet att starta en arbetsgrupp …"
                         r"Bestämdes(?=\s+(?:(?:också|även|vidare|dessutom)\s+)?att\b)|"
                         r"(?:Det\s+(?:är|blev|var)\s+(?:(?:också|även)\s+)?)?[Öö]verenskommet(?=\s+att\b)|"
                         # "Ett beslut fattades om att …", "Beslut togs om att …"
                         r"(?:Ett\s+beslut|Beslut)\s+(?:fattades|togs)\s+om(?=\s+att\b))"
                         r"\s+(?:(?:vidare|också|även|dessutom|slutligen)\s+)?(?:att\s+)?")
# a team going ahead with what was just put to it, in the words of its own notes: "Vi kör på det", "Teamet kör på förslaget"
_WE_GO_AHEAD = re.compile(r"^(?:Vi|Gruppen|Teamet)\s+kör\s+på\s+(?:det|den|förslaget|upplägget|det\s+upplägget)$")
# a passive choice with its subject last: "Till justerare utsågs Eva Ek", "Det uppdrogs åt kansliet att …"
_INVERTED_PASSIVE = re.compile(
    r"^(?:[Tt]ill\s+(?P<role>(?:mötes)?(?:sekreterare|justerare|ordförande|mötesordförande|vice\s+ordförande)"
    r"(?:\s+(?:för|vid)\s+(?:mötet|dagens\s+möte|sammanträdet))?)\s+(?P<verb>utsågs|utses|valdes|väljs)\s+"
    r"(?P<who>[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,3})"
    r"|(?:Det\s+)?(?P<v>[Uu]ppdr(?:ogs|as)\s+(?:åt|till)|[Åå]l(?:ades|äggs))\s+(?P<rest>[^.]+?\s+att\s+[^.]+))$")
# the meeting's own approvals in the passive, and the verb's infinitive for the decision text
_PASSIVE_DECISION = {
    "godkänns": "godkänna", "godkändes": "godkänna", "fastställs": "fastställa", "fastställdes": "fastställa",
    "läggs": "lägga", "lades": "lägga", "noteras": "notera", "noterades": "notera",
    "överlämnas": "överlämna", "överlämnades": "överlämna", "lyfts": "lyfta", "lyftes": "lyfta",
    # "Frågan förs vidare till LSVO": handed on, as "lyfts" (only with the body it goes to)
    "förs": "föra",
    "utses": "utse", "utsågs": "utse", "väljs": "välja", "valdes": "välja", "antas": "anta", "antogs": "anta",
    "återremitteras": "återremittera",
    # "Ärendet bordläggs till nästa möte": the meeting puts it off (a past "bordlades" may tell of an earlier meeting)
    "bordläggs": "bordlägga",
    # "Frågan bordlades till nästa möte": the past too, when it is put off to the next meeting (only so, see below)
    "bordlades": "bordlägga",
    # "Förslaget lämnas till samrådet för beslut": handed on for another body to decide (only so, see _HANDED_FOR)
    "lämnas": "lämna",
    # "Uppdraget att ta fram X ges till Eva Ek": an uppdrag handed out (only so, see _UPPDRAG_NAMED)
    "ges": "ge",
    "återremitterades": "återremittera", "stängs": "stänga", "avslutas": "avsluta", "avskrivs": "avskriva",
    # "Punkt 1 och 3 avförs från listan": tasks done taken off the meeting's own list of uppdrag
    "avförs": "avföra", "avfördes": "avföra",
    "tillstyrks": "tillstyrka", "tillstyrktes": "tillstyrka", "avstyrks": "avstyrka", "avstyrktes": "avstyrka",
    "avslås": "avslå", "avslogs": "avslå", "bifalls": "bifalla", "bifölls": "bifalla",
    # "Uppföljningen av betalningsansvaret delegeras till Arbetsgrupp utskrivning"
    "delegeras": "delegera", "delegerades": "delegera",
    # a question handed on: "Frågan skickas vidare till Processteam X", "Frågan remitteras till LG för beredning",
    # "Ärendet hänskjuts till nämnden" (only so, see _ONWARD_ONLY)
    "skickas": "skicka", "skickades": "skicka", "remitteras": "remittera", "remitterades": "remittera",
    "hänskjuts": "hänskjuta",
    # "Frågan hänvisas till kommunchefsgruppen": sent to the body whose matter it is (only with where it goes)
    "hänvisas": "hänvisa",
    # "En arbetsgrupp bildas bestående av …": a body the meeting sets up (a body only, see _SET_UP_BODY)
    "bildas": "bilda", "inrättas": "inrätta", "tillsätts": "tillsätta",
    # "Delgruppen för förskrivningsstöd avvecklas": a body the meeting sets down (a body only, see _SET_UP_BODY)
    "avvecklas": "avveckla", "upplöses": "upplösa",
}
# put off to the next meeting: "… bordlades till nästa möte", "… bordlades till kommande sammanträde"
_TO_NEXT_MEETING = re.compile(r"\s+(?:till|på)\s+(?:nästa|kommande)\s+(?:möte|sammanträde|träff)\b")
_SET_UP = frozenset({"bildas", "inrättas", "tillsätts", "avvecklas", "upplöses"})
# a body set down in the clause after ", och": "… gjort det den var tillsatt för, och delgruppen för X avvecklas."
_SET_DOWN_AFTER_OCH = re.compile(r"^[A-ZÅÄÖ][^;]*?,\s+och\s+(?P<np>[a-zåäö][\wåäö-]*(?:gruppen|rådet|nätverket|teamet)"
                                 r"(?:\s+för\s+[^,;.]{2,50}?)?)(?P<verb>\s+(?:avvecklas|upplöses))\s*\.?$")
# what is set up must be a body: "En arbetsgrupp bildas", not "Tjänsten tillsätts" or "Ett konto inrättas"
_SET_UP_BODY = re.compile(r"^(?:(?:en|ett)\s+)?(?:[a-zåäö]+\s+)?[\wåäö-]*(?:grupp|team|nätverk|råd|beredning|forum|kommitté)\w*\b", re.I)
_LATER = re.compile(
    rf"\b(?:(?:i|under|till|före|senast|efter|vid)\s+(?:{_MONTH_RE}|våren|hösten|sommaren|vintern|årsskiftet)|"
    r"(?:vid|på|till|inför)\s+(?:nästa|kommande)|senare|framöver|längre\s+fram)\b",
    re.I,
)
# an approval without a subject, alone on its line under the item it approves: "Godkändes.", "Läggs till handlingarna."
# a board or presidium in the indefinite as what was elected: news of another body's constitution
_BOARD_TOLD_ELECTED = re.compile(r"Ett\s+(?:nytt\s+)?(?:presidium|arbetsutskott)")
# the present forms among the passive decision verbs (the others are past: "godkändes", "antogs", "valdes")
_PRESENT_PASSIVE = frozenset(v for v in _PASSIVE_DECISION if not re.search(r"(?:des|tes|ogs|ågs|lades|valdes|bifölls)$", v))
_DATED = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}\s+(?:" + _MONTH_RE + r")\s+(?:19|20)\d\d\b", re.I)
# (in notes typed in a hurry, small and cut short: "godkändes utan ändr.")
_BARE_APPROVAL = re.compile(
    # ("Inga synpunkter. Lades till handlingarna.": what the meeting had to say, then what it did)
    # ("Genomgångna, inga synpunkter. Lades till handlingarna.": how they were read first)
    r"^(?:(?:Genomgångna|Genomgånget|Genomgången|Genomlästa|Lästa|Lästes|Gicks\s+igenom),\s+(?=[Ii]nga\s))?"
    # ("gicks igenom, läggs till handl.": a hurried secretary's, typed small and shortened)
    r"(?:(?:[Gg]icks|[Gg]ås)\s+igenom,\s+(?=läggs\s|lades\s|godk))?"
    # ("- ok, läggs t handl.": a bullet under the item's title, the approval given first in a word)
    r"(?:[-•–*]\s+)?(?:[Oo]k(?:ej)?,\s+(?=läggs\s|lades\s|till\s))?"
    # ("Inga kommentarer, lades till handlingarna.": the remark and the approval one sentence)
    r"(?:[Ii]nga\s+(?:synpunkter|ändringar|invändningar|kommentarer|erinringar)[.,]\s+)?"
    # ("Bordläggs.": the item put off, alone on its line after what it waits for)
    # ("Godkända.": a hurried note's participle under "Förra anteckningarna")
    # ("Ok, till handlingarna.", "Till handl.": filed, the verb left out)
    # ("Godk. utan ändr.": the verb itself cut short under "Föreg. ant.")
    r"(?:([Gg]odkänns|[Gg]odkändes|[Gg]odkända|[Gg]odkänd|[Gg]odkänt|[Gg]odk\.(?=\s+utan\s|\s*$)|[Ff]astställs|[Ff]astställdes|[Nn]oteras|[Nn]oterades|[Bb]ordläggs)|"
    r"(?:([Ll]äggs|[Ll]ades)\s+(?:till|t\.?)|([Tt]ill))\s+(?:handlingarna|handl\.?(?=\s*$)))"
    # ("Godkändes utan kommentarer.": no remark on them, as "utan synpunkter" says)
    r"(?:\s+utan\s+(?:ändr\.?|ändringar|erinran|anmärkningar|synpunkter|synpkt\.?|synp\.?|kommentarer|invändningar|"
    r"tillägg))?\s*\.?$")
# the same with no subject, the reading first, more text after it: "Gicks igenom och lades till handlingarna. Jonas …"
# (or in participles, of the minutes read: "Genomgångna och lagda till handlingarna.", "Lästa och godkända.")
_BARE_APPROVAL_READ = re.compile(r"^(?:(?:Gicks|Gås|Lästes|Läses)\s+igenom|Godkändes|Godkänns|Genomgångna|Genomgånget|Genomgången|"
                                 r"Genomlästa|Lästa)\s+och\s+(?:(godkändes|godkänns|godkända|godkänt)|"
                                 r"(lades|läggs|lagda|lagd|lagt)\s+till\s+handlingarna)\s*(?:\.|$)")
_MODAL_BEFORE = re.compile(r"\s(?:kan|kunde|ska|skall|skulle|bör|borde|måste|behöver)$")
_SUBJECTLESS_READ = re.compile(r"(?:(?:Gicks|Gås|Lästes|Läses)(?:\s+snabbt)?\s+(?:igenom|upp)|Godkändes|Godkänns)\s+och")
_PASSIVE_WORDS = frozenset(_PASSIVE_DECISION)  # a cheap first look before the pattern
# a member's motion or request whose content is a passive decision: "X (SD) yrkar att ärendet bordläggs"
_MOTION_THAT = re.compile(r"\b(?:yrkar|yrkade|begär|begärde|hemställer|hemställde)\s+(?:[\wåäö]+\s+)?att\b")
# an aside in brackets on a line of its own: "(påminnelse: …)", "(OBS …)"
_ASIDE = re.compile(r"\((?:påminnelse|obs|nb|observera|notera)\b", re.I)
# a decided point that ends in its passive verb, another sentence after it typed small: "rutinen antas. ag SIP får …"
# (one after it with a capital is split as sentences are)
_PASSIVE_SENTENCE = re.compile(r"([^.;:]{2,80}?\s(?:" + "|".join(sorted(_PASSIVE_WORDS)) + r"))\.\s+(?=[a-zåäö])")
_PERSON_NP = re.compile(r"[A-ZÅÄÖ][a-zåäöéü-]+(?:\s+[A-ZÅÄÖ][a-zåäöéü-]+){1,2}")
_INVERTED_APPOINTMENT = re.compile(r"^(?:Att|Till|Som)\s+\S")
# who is appointed, then from when: "Eva Ek från och med januari 2027", "Per Lind fr.o.m. 1 mars"
_NAME_THEN_WHEN = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,3})\s+"
                             r"(?P<when>(?:från\s+och\s+med|fr\.\s?o\.\s?m\.|från|efter\s+årsskiftet|tills\s+vidare)\s.*|"
                             r"tills\s+vidare)$")
_WORD = re.compile(r"\w+")
# a group's notes that label what was recorded, the sentence after it the point: "Noterades: Dagordningen fastställdes"
_NOTED_LABEL = re.compile(r"^(?:[Nn]oterades|[Nn]oterat|[Aa]ntecknades)\s*:\s*(?=[A-ZÅÄÖ])")
_PASSIVE = re.compile(
    # ("Uppdraget redovisas och avslutas": a task reported back at the meeting, then closed by it; only so closed, as
    # "Meddelandena redovisas och läggs till handlingarna" is kept as written)
    r"^(?P<np>[A-ZÅÄÖ][^.!?]{0,100}?)(?:\s+(?:gicks|gås|lästes|läses)(?:\s+snabbt)?\s+(?:igenom|upp)\s+och|"
    r"\s+(?:redovisas|redovisades)\s+och(?=\s+(?:avslutas|avslutades|stängs|avförs|avskrivs)\b))?\s+"
    r"(?P<verb>" + "|".join(sorted(_PASSIVE_DECISION, key=len, reverse=True)) + r")\b(?P<rest>[^.!?]*)"
)
# what a question or a proposal is about, after its noun: "Frågan om …", "Förslaget rörande …"
_ABOUT_TAIL = re.compile(r"^((?:[Ff]rågan|[Ää]rendet|[Ff]örslaget|[Bb]egäran)\s)(?:om|kring|rörande|angående|gällande)\s.*$")
_NOT_NP_START = {
    "enligt", "i", "vid", "på", "från", "efter", "under", "inför", "till", "om", "när", "då", "sedan", "det", "den",
    "som", "där", "här", "nu", "även", "också", "dessutom", "därefter", "vidare", "med", "för", "av", "inom",
    # "… har anställt Eva Ek som länssamordnare. Hon utses att företräda kommunerna i …": a person told of, whose
    # appointment is read with the seat it gives (no "utse Hon" decided)
    "hon", "han", "hen",
}
# a subject, a predicate of state and "och" before a passive that hands the subject on
# ("Frågan om X kan inte avgöras av styrgruppen och förs vidare till Y": what the body cannot settle)
_COORDINATED_STATE = re.compile(r"^(?P<np>.+?)\s+(?:(?:ligger|hör|faller|är|var)\s+(?:inte\s+)?(?:utanför|inom|under|till)\s+"
                                r"[^,;]{2,60}?|(?:kan|kunde)\s+inte\s+(?:avgöras|lösas|beslutas)(?:\s+(?:av|i|på|inom)\s+[^,;]{2,60}?)?"
                                # ("Frågan kräver resurser som inte finns lokalt och lyfts till X": what it needs, the reason)
                                r"|(?:kräver|behöver|saknar)\s+[^,;]{2,80}?"
                                # ("Frågan rör ansvarsfördelningen mellan kommunerna och lyfts därför till X": what it is about)
                                r"|(?:rör|gäller|berör)\s+[^,;]{2,80}?)"
                                r"\s+och$")
# a numbered uppdrag told done, then closed: "Uppdrag 2027:09 (…) är återrapporterat och avslutas", "Uppdrag U 2027-08
# är slutfört och stängs" (the number makes it an entry of the body's own list of uppdrag)
_NUMBERED_UPPDRAG_CLOSED = re.compile(
    r"^[Uu]ppdrag\s+(?:[A-ZÅÄÖ]{1,3}\s*)?\d{1,4}(?:[:/-]\d{1,4})?\b[^.;]{0,120}?\s(?:är|har\s+blivit|blev)\s+"
    r"(?:nu\s+|därmed\s+)?(?:åter)?(?:rapporterat|redovisat|slutfört|genomfört|klart|färdigt|utfört)\b[^.;]{0,60}?\s+och\s+"
    r"(?:avslutas|stängs|avförs|avskrivs)$")
_FINITE = re.compile(r"\b(?:är|var|har|hade|blir|blev|kommer|ska|skall|kan|kunde|behöver|måste|bör)\b")
# two things joined in one subject, the second with its pronoun or article: "Förseningen och dess påverkan", "Rutinen
# och de nya blanketterna"
_NOUN_AND_NOUN = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:n|t|na|en|et|erna)\s+och\s+(?:dess|deras|den|det|de|sin|sitt|sina)\s+[a-zåäö]")
# notes on who comes and goes, written after a decision: they end it
_PROCEDURAL = re.compile(
    r"\b(?:lämnar\s+(?:sammanträdet|mötet)|ansluter|anländer|tjänstgör|deltar\s+inte|anmäler\s+jäv|"
    r"reserverar\s+sig|avviker)\b"
)
# words without which no sentence of running text is a decision (a cheap first look)
_DECISION_HINT = re.compile(
    r"eslut|bakom|sig positiv|uppdr|rekommend|föreslå|föreslog|över|tack|noter|godkän|fastställ|utse|utsåg|välj|vald|"
    r"anta|antog|inrätta|bilda|tillsätt|delegera|tillstyrk|avstyrk|bifall|biföll|avsl|lyft|återremitt|läggs|lades|lägger|till handlingarna|stäng|"
    r"beslöt|avskrivs|avförs|avfördes|avveckla|upplös|enas|enade|överens|bestäm|mandat|nomin|fram till att|skickas vidare|skickades vidare|förs vidare|förs till|remitter|hänskjut|hänvisas till|"
    # a question settled by consent: "Ingen invändning – …"
    r"ingen invändning|inga invändningar|"
    # a team going ahead with what was put to it: "Vi kör på det."
    r"kör på|"
    # a first-person body's request to a body above: "Vi ber styrgruppen … att …"
    r"vi ber |"
    # notes written in English: "The group decided that …", "The agenda was accepted"
    r"decided|was accepted|was approved|were approved"
)  # searched in lowercased text: much faster than re.I over an alternation
_HINT_WORDS = tuple(_DECISION_HINT.pattern.split("|"))
# the end of a sentence and the space after it (from the punctuation on: faster to scan than a lookbehind)
# (a hurried secretary's shortened preposition before a name ends no sentence: "arbetet m. MAS-nätverket",
# "slutrapport t. SG äldre", "fr. Region X", "Ang. Lövsta")
_SENTENCE_END = re.compile(r"(?:\.(?<!\s[mt]\.)(?<!\sfr\.)(?<![\s(][aA]ng\.)(?<!^[aA]ng\.)(?<!\spga\.)|[!?])\s+(?=[A-ZÅÄÖ\"”(])")
# a second decided point: ", samt att …", "; att …", and "… och att" before a deciding verb
# ("utse Eva Ek att justera och att godkänna dagordningen", "godkänna avsägelsen och att begära ny sammanräkning";
# "… och att gruppen har det" stays one)
# (and ", samt utser …" where a nämnd's decided points run on in the present tense, one per line: "… entledigar
# Eva Ek (C) från uppdraget, samt / utser Per Lund (C) till ledamot i pensionärsrådet efter Eva Ek")
_SAMT_ATT = re.compile(r",\s*att\s+(?=" + _OWN_SUBJECT_CLAUSE + r")|"
                       r",\s*samt\s+att\s+|;\s*(?:samt\s+)?att\s+|,\s*samt\s+(?=(?:utser|entledigar|antar|godkänner|"
                       r"fastställer|uppdrar|återremitterar|delegerar|överlämnar|väljer)\s)"
                       r"|\s+och\s+att\s+(?=(?:godkänna|fastställa|utse|"
                       r"anta|lägga|ge|uppdra|notera|entlediga|välja|bevilja|avslå|tillstyrka|avstyrka|överlämna|"
                       r"föreslå|rekommendera|inrätta|delegera|lämna|skicka|be|begära|lyfta|tacka|bjuda\s+in|remittera|tillsätta)\b"
                       # a numbered thing the clause is about, its own subject: "stänga uppdrag 3 och att uppdrag 4 ska
                       # prioriteras under hösten" (a status table's rows decided on one by one)
                       r"|(?:uppdrag|uppdraget|punkt|punkten|åtgärd|åtgärden|ärende|ärendet|aktivitet|aktiviteten)\s+\d{1,3}\s+"
                       r"(?:ska|skall|bör)\s"
                       # a person named to a duty in a clause of its own: "… och att Kerstin Moberg är sammankallande"
                       r"|[A-ZÅÄÖ][\wåäöÅÄÖ-]+\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+\s+(?:är|blir|ska\s+vara)\s+(?:sammankallande|ordförande|"
                       r"vice\s+ordförande|sekreterare|kontaktperson|processledare|projektledare|samordnare)\b)")
# a second act of the body after "och", an appointment after an approval: "godkänner dagordningen och utser Eva Ek (S)
# att justera protokollet" (not "godkänner uppföljningen och uppdrar åt X att återrapportera …": the approval's follow-up,
# one point, as is the approval handed on: "godkänner rapporten och överlämnar den till styrgruppen"); a person named
# to a duty after any decided point is a second act too, the second verb in the present tense where the first
# was made an infinitive ("fastställa dagordningen och utser Eva Ek till justerare", "hålla möte två gånger per
# termin och utser Per Lund till sammankallande")
_SECOND_ACT = re.compile(r"^(?P<first>(?:godkänner|fastställer|antar|godkänna|fastställa|anta)\s[^,;]{4,120}?)\s+och\s+"
                         r"(?P<second>(?:utser|väljer)\s+[A-ZÅÄÖ].+)$"
                         r"|^(?P<any>[a-zåäö][^,;]{4,120}?)\s+och\s+(?P<named>(?:utser|väljer)\s+[A-ZÅÄÖ][\wåäöé-]+"
                         r"\s+[A-ZÅÄÖ][\wåäöé-]+(?:\s+\([^)]{1,12}\))?\s+(?:till|att|som)\s.+)$")


# … or an act and a decision told after it: "godkände rapporten och beslutade att genomföra en kampanj"
_AND_DECIDED_THAT = re.compile(r"^(?P<first>[a-zåäö][^,;]{4,120}?)\s+och\s+(?:beslutade|beslutar|beslöt)\s+(?:också\s+|även\s+)?"
                               r"att\s+(?P<second>\S.{3,})$")

# … or an infinitive's act and the body's thanks in the present tense after it, said, not decided: "notera
# informationen och tackar Eva Ek för hennes arbete"
_AND_THANKS = re.compile(r"^(?P<first>[a-zåäö]{2,}a\s[^,;]{3,120}?)\s+och\s+(?:tackar|framför\s+(?:sitt\s+|ett\s+)?tack)\b.*$")


def _second_act(point: str) -> list[str]:
    """A decided point as the body's acts it joins with "och", each a point of its own.

    >>> _second_act("godkänner dagordningen och utser Eva Ek (S) att jämte ordföranden justera protokollet.")
    ['godkänner dagordningen', 'utser Eva Ek (S) att jämte ordföranden justera protokollet.']
    >>> _second_act("godkänner uppföljningen och uppdrar åt förvaltningschefen att återrapportera i juni.")
    ['godkänner uppföljningen och uppdrar åt förvaltningschefen att återrapportera i juni.']
    >>> _second_act("fastställa dagordningen och utser Eva Ek till justerare")
    ['fastställa dagordningen', 'utse Eva Ek till justerare']
    >>> _second_act("hålla möte två gånger per termin och utser Per Lund till sammankallande.")
    ['hålla möte två gånger per termin', 'utse Per Lund till sammankallande.']
    >>> _second_act("godkänner rapporten för 2026 och överlämnar den till styrgruppen i Åby.")
    ['godkänner rapporten för 2026 och överlämnar den till styrgruppen i Åby.']
    >>> _second_act("bjuda in Eva Ek och Per Lund till nästa möte")
    ['bjuda in Eva Ek och Per Lund till nästa möte']
    >>> _second_act("godkänna rapporten och beslutade att genomföra en kampanj i Åby vecka 40")
    ['godkänna rapporten', 'genomföra en kampanj i Åby vecka 40']
    >>> _second_act("notera informationen och tackar Eva Ek för hennes arbete i gruppen.")
    ['notera informationen']
    """
    if " tack" in point and (thanks := _AND_THANKS.match(point)):
        return [thanks.group("first")]  # "notera informationen och tackar Eva Ek för …": the thanks is no point
    if " beslut" in point and (also := _AND_DECIDED_THAT.match(point)):
        # "godkände rapporten och beslutade att genomföra en kampanj": an act and then a decision of its own
        return [also.group("first"), also.group("second")]
    m = _SECOND_ACT.match(point)
    if not m:
        return [point]
    first, second = (m.group("first"), m.group("second")) if m.group("first") else (m.group("any"), m.group("named"))
    if first.split(" ", 1)[0] not in _DECIDED_INFINITIVE:
        # the first act made an infinitive, as an att-clause writes it: the second told the same way
        verb, _, rest = second.partition(" ")
        second = f"{_DECIDED_INFINITIVE.get(verb, verb)} {rest}"
    return [first, second]


# a body's standing mandate in the present tense, told by its kind: "Nätverket arbetar på uppdrag av X och rapporterar dit"
_STANDING_MANDATE = re.compile(r"(?=[A-ZÅÄÖ])(?i:[a-zåäö-]*(?:gruppen|nätverket|rådet|teamet|forumet))\s+(?:arbetar|verkar)\s+på\s+"
                               r"uppdrag\s+(?:av|från)\s")
_BACKGROUND = re.compile(
    r"^(?:ärendebeskrivning|beskrivning\s+av\s+ärendet|ärendet\s+i\s+korthet|ärendets\s+beredning|"
    r"bakgrund|sammanfattning|yrkanden?|propositionsordning|beslutsgång|omröstning|votering|"
    r"förslag\s+till\s+beslut|förvaltningens\s+förslag|reservationer?|protokollsanteckning|särskilt\s+yttrande|beslutsunderlag)\b"
    # "Arbetsutskottets förslag till regionstyrelsen": what the body proposes another to decide
    r"|^[a-zåäö]+(?::s|s)\s+förslag\s+till\s+(?:[a-zåäö]+-\s+och\s+)?[a-zåäö-]+$",
    re.I,
)


def _stem(word: str) -> str:
    """'Arbetsgruppen' → 'arbetsgrupp', 'Rådet' → 'råd', 'Styrelsen' → 'styrelse'."""
    w = word.casefold()
    for suffix in ("en", "et", "n", "t"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


# "Kultur- och fritidsnämnden (KFN)": a body's name with the acronym it is written by after it
_SPELLED_BODY = re.compile(r"(?P<name>[A-ZÅÄÖ][\wåäö]*(?:-?\s+[\wåäö]+){0,6}?)\s+\((?P<acr>[A-ZÅÄÖ]{2,6})\)")
_ACRONYM_AFTER = re.compile(r"\s\([A-ZÅÄÖ]{2,6}\)")  # where each of its matches ends: looked for first


class _Selves:
    """How the minutes name the body that met: 'Gruppen', 'Mötet', its name, its type in the definite form
    (and, for a cheap first look, the lines where a decision may be told).

    >>> s = _Selves("Arbetsgrupp trygg hemgång", "FORSBY KOMMUN\\nMinnesanteckningar\\nArbetsgrupp trygg hemgång")
    >>> s.is_self("Arbetsgruppen"), s.is_self("Gruppen"), s.is_self("Styrgruppen")
    (True, True, False)
    >>> _Selves("Närvårdssamverkan Mellanbygden", "").is_self("Närvårdssamverkan")
    True
    >>> _Selves("Samrådet med X", "Samrådsmöte med X").is_self("Samrådsgruppen")
    True
    >>> _Selves("Ledningsgruppen för vård och omsorg i Åsen (LVÅ)", "").is_self("LVÅ")
    True
    >>> _Selves("Kommunala pensionärsrådet i Åby kommun", "").is_self("KPR")
    True
    """

    def __init__(self, body: str | None, title_text: str, cue_lines: set[int] | None = None, text: str = ""):
        self.cue_lines = cue_lines  # lines holding a decision cue word (None: not looked for)
        self.names = set(_ALWAYS_SELF)
        if body:
            self.names.add(" ".join(body.casefold().split()))
            # "Kultur- och fritidsnämnden (KFN) tackar …" at its first mention: the acronym the body goes by after it
            own = " ".join(body.casefold().split())
            for d in _matches_near(_SPELLED_BODY, _ACRONYM_AFTER, text[:20000], 9):
                words = d.group("name").split()
                for k, w in enumerate(words):  # "Informationen om Kultur- och fritidsnämnden (KFN)": from a capital
                    name = " ".join(words[k:]).casefold()
                    if w[:1].isupper() and len(name) >= 6 and (own == name or own.startswith((name + ",", name + " "))):
                        self.names.add(d.group("acr").casefold())
                        break
        self.title = " ".join(title_text.casefold().split()) + " " + (body or "").casefold()
        self.first_word = (body or "").casefold().split()[0] if (body or "").split() else ""
        self.second_word = (body or "").casefold().split()[1] if len((body or "").split()) > 1 else ""
        # (the initials of the name's common words after it: "LSG" of "Ledningsgruppen för samverkan …" spells those)
        self.later_initials = {w[0] for w in (body or "").split()[1:] if w[:1].islower() and len(w) >= 4}
        # a title that names no kind of body ("LSVO protokoll") cannot tell 'Ledningsgruppen' from others
        self.typed = bool(_TYPE_STEMS.search(self.title))

    def is_self(self, subject: str) -> bool | None:
        """True, False, or None when the title does not say what kind of body met."""
        subj = " ".join(subject.casefold().split())
        if subj in self.names:
            return True
        if " " not in subj and len(subj) >= 6 and any(n.startswith(subj + " ") for n in self.names):
            return True  # "Närvårdssamverkan" in the minutes of "Närvårdssamverkan Mellanbygden": its name, short
        last = subj.split()[-1] if subj else ""
        if _GROUPISH.search(last):
            stem = _stem(last)
            if len(stem) >= 4 and stem in self.title:
                return True
            if any(w.endswith(stem) or w.endswith(last) for w in self.title.split()):
                return True  # "Rådet" of a "samverkansråd", of the "Utvecklingsrådet barn och unga"
            pre = re.fullmatch(r"([a-zåäö]{4,}?)s?gruppen", last)
            if pre and any(w in (pre.group(1) + "et", pre.group(1) + "en", pre.group(1) + "smöte")
                           for w in self.title.split()):
                return True  # "Samrådsgruppen beslutade …" in the minutes of a "Samrådsmöte med …": the body as a group
            return False if self.typed else None
        # an acronym the title names, bracketed or not ("Ledningsgruppen … (LVÅ)": "LVÅ noterar informationen")
        if bool(subj) and len(subj) >= 2 and subj.upper() == subject.strip() and subj in re.findall(r"[\wåäö]+", self.title):
            return True
        # the acronym of the compound the body's name opens with: "PVR beslutade …" in the minutes of "Primärvårdsrådet"
        # (or, a kommun's council, of the word before it and that compound: "KPR" of "Kommunala pensionärsrådet i Åby
        # kommun", as such a råd is called in every kommun)
        acr = subject.strip()
        return _compound_acronym(acr, self.first_word) and \
            not any(c in self.later_initials for c in acr[1:].casefold()) or (
                len(acr) == 3 and acr.isupper() and acr.isalpha() and len(self.second_word) >= 10
                and self.second_word.rstrip(",").endswith("rådet")
                and acr[0].casefold() == self.first_word[:1] and acr[1].casefold() == self.second_word[0]
                and acr[2].casefold() in self.second_word[4:])


def _compound_acronym(acr: str, word: str) -> bool:
    """Whether acr (three to five capitals) spells the parts of one compound word in order, from its first letter.

    >>> _compound_acronym("PVR", "primärvårdsrådet"), _compound_acronym("KFR", "kommunala"), _compound_acronym("PV", "primärvård")
    (True, False, False)
    """
    if not (3 <= len(acr) <= 5 and acr.isupper() and acr.isalpha()) or len(word) < 10 or acr[0].casefold() != word[0]:
        return False
    k = 1
    for c in acr[1:].casefold():
        k = word.find(c, k) + 1
        if not k:
            return False
    return True


# the people of a group just set up, by their initials after a colon: ": EK (sammank.), PL och BÖ"
_SEATS_AFTER_COLON = re.compile(r":\s*(?:[A-ZÅÄÖ]{2,3}(?:\s*\([^()]{1,20}\))?(?:\s*,\s*|\s+och\s+))+"
                                r"[A-ZÅÄÖ]{2,3}(?:\s*\([^()]{1,20}\))?\s*$")
# a passive decision whose subject points back ("Frågan lyfts …", "Den frågan …", "Anteckningarna läggs …")
# a proposal handed on for another body to decide: "lämnas till Regionalt politiskt samråd för beslut"
_HANDED_FOR = re.compile(r"\s+(?:vidare\s+)?till\s+[^,;]{2,100}?\s+för\s+(?:beslut|ställningstagande|fastställande|fastställelse|"
                         r"godkännande|vidare\s+beredning|beredning)\b")
# an uppdrag named by what it is, the subject of the passive that hands it out: "Uppdraget att ta fram en plan"
_UPPDRAG_NAMED = re.compile(r"(?:[Dd]et\s+)?[Uu]ppdrag(?:et)?\s+att\s+\S")
_QUESTION_ANAPHOR = re.compile(r"^(?:den(?:na)?\s+)?(?:frågan|fråga|den|det|detta)$", re.I)
# the plural thing the sentence before is about: "Anteckningarna från 2026-04-09 gicks igenom."
_PLURAL_SUBJECT = re.compile(r"^(?P<np>[A-ZÅÄÖ][\wåäö-]*(?:na|rna)(?:\s+från\s+[^.,;]{1,40}?)?)\s+(?:gicks|gås|lästes|"
                             r"läses|diskuterades|presenterades|redovisades|har|hade|är|var)\b")
_PRONOUN_AFTER_COMMA = re.compile(r",\s+(de|den|det|dessa|denna)$")
# the meeting's remark on what it approves: "Inga synpunkter", "Utan ändringar", "Inga kommentarer framkom"
_REMARK = (r"(?:[Ii]nga|[Uu]tan)\s+(?:synpunkter|ändringar|kommentarer|invändningar|erinringar)"
           r"(?:\s+(?:framkom|framfördes|kom\s+fram))?")
# "Inga synpunkter, anteckningarna lades till handlingarna": the meeting's remark before the subject, no part of it
_REMARK_BEFORE_SUBJECT = re.compile(rf"^{_REMARK},\s+(?P<np>\S.*)$")
# the remark alone before a passive approval, no subject after it: "Inga kommentarer, lades till handlingarna"
_REMARK_ALONE = re.compile(rf"{_REMARK},?")
# a second passive approval coordinated with the first: "… godkändes och anteckningarna … lades till handlingarna"
# (the second's subject may be a person: "Dagordningen godkändes och Eva Ek utsågs att justera protokollet")
_AND_PASSIVE = re.compile(r"^(?P<rest1>(?:\s+(?:utan\s+ändringar|med\s+[^,;]{1,60}?))?)\s+och\s+(?P<second>(?:de\s+|det\s+|"
                          r"föregående\s+|förra\s+|dagens\s+)?(?:[a-zåäö][\wåäö-]*|[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})"
                          r"\b[^,;]{0,80}?\s+"
                          rf"(?P<v2>{'|'.join(sorted(_PASSIVE_DECISION, key=len, reverse=True))})\b.*)$")
# the matter a body hands on, as the subject of a referral that is a decision only so ("Frågan hänvisas till …")
_MATTER_WORDS = frozenset(("frågan", "frågorna", "ärendet", "ärendena", "saken", "förslaget", "motionen", "medborgarförslaget"))
_REFERRAL_PASSIVE = frozenset(("lyfts", "lyftes", "förs", "överlämnas", "överlämnades", "skickas", "skickades", "remitteras",
                               "remitterades", "hänskjuts", "hänvisas"))
# the referrals that decide only when they hand a question on to a body: "skickas vidare till", "remitteras till"
# ("Kallelsen skickas ut senast 19 november", "Förslaget remitteras": a plan, or no receiver named)
# ("Frågan … lyfts t Socialchefsnätverket": "till" cut to its letter in notes typed in a hurry)
# "därför", "därmed" between a referral's verb and where it goes: "… och lyfts därför till styrgruppen"
_THEREFORE_ONWARD = re.compile(r"\s+(?:därför|därmed|alltså|således)(?=\s+(?:nu\s+)?(?:vidare\s+)?till\s)")
_ONWARD = re.compile(r"\s+(?:nu\s+)?(?:vidare\s+)?(?:till\b|t\s+(?=[A-ZÅÄÖ]))")
_ONWARD_TO = re.compile(r"\s+(?:nu\s+)?(?:vidare\s+)?till\s")
_ONWARD_FURTHER = re.compile(r"\s+(?:nu\s+)?vidare\s+till\s")
_ONWARD_ONLY = {"lyfts": _ONWARD, "lyftes": _ONWARD, "förs": _ONWARD, "delegeras": _ONWARD, "delegerades": _ONWARD,
                "skickas": _ONWARD_FURTHER, "skickades": _ONWARD_FURTHER, "remitteras": _ONWARD_TO,
                "remitterades": _ONWARD_TO, "hänskjuts": _ONWARD_TO, "hänvisas": _ONWARD_TO}
_QUESTION_WORD = r"(?:hur|vem|vilka|vilken|vilket|vad|var|när|om)"
# "Det är inte bestämt vem som ska …", "Det är oklart hur …": the open question at the sentence's end
_OPEN_QUESTION = re.compile(
    rf"\b(?:bestämt|klart|oklart|avgjort|beslutat|tydligt|otydligt|känt|utrett)\s+(?P<q>{_QUESTION_WORD}\s+[^.!?]+)",
    re.I,
)
_QUESTION_SUBJECT = re.compile(rf"^(?P<q>{_QUESTION_WORD}\s+[^.!?]+)", re.I)  # "Hur elevhälsan ska ingå … kräver …"
_NAMED_QUESTION = re.compile(r"\bfrågan\s+(?P<q>om\s+[^.!?,;]+)", re.I)          # "… frågan om kostnadsfördelning"
_NAMED_QUESTION_VERB = re.compile(r"\s+(?:kräver|ligger|är|har|behöver|måste|innebär|gäller|berör|hör|kan|kunde|ska|skall|bör|"
                                  r"saknar|kommer)\s")
# a question whether it shall be one way or the other, up to what the sentence says of it
_QUESTION_OF_ALTERNATIVES = re.compile(r"om\s+[^,;]+?\s+(?:ska|skall|bör)\s+[^,;]+?\s+eller\s+[^,;]+?"
                                       r"(?=\s+(?:kräver|ligger|är|behöver|måste|kan)\s|\s*$)")
_QUESTION_WORD_AFTER_OM = re.compile(rf"om\s+{_QUESTION_WORD}\s", re.I)
# "Finansieringen kan projektgruppen inte avgöra, …": the matter fronted before what the body cannot decide
_UNDECIDABLE = re.compile(r"^(?P<np>[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:av|för|om|till)\s+[\wåäö -]+?)?)\s+kan\s+"
                          r"(?:[\wåäö]+\s+){1,2}?inte\s+(?:avgöra|besluta|ta\s+ställning)")
_CLAUSE_FINITE = re.compile(
    r"(?:är|var|har|hade|blir|blev|kommer|ska|skall|kan|kunde|behöver|måste|bör|kräver|ligger|avgör|innebär|"
    r"gäller|får|fick|påverkar|styr|hänger)$"
)
_DATED_OF = re.compile(r"^(?P<np>[\wåäöÅÄÖ-]+)(?P<of>\s+från\s+(?:mötet\s+)?(?:den\s+)?(?:\d{4}-\d\d-\d\d|"
                       rf"\d{{1,2}}\s+(?:{_MONTH_RE})(?:\s+\d{{4}})?))", re.I)


def _question_clause(q: str, subject: bool) -> str:
    """The indirect question without what the sentence says of it: in a subject clause ('Hur X ska
    ingå i Y kräver …') it ends before the main clause's finite verb, the second one."""
    words = q.rstrip(" .").split()
    if subject:
        finite = 0
        for k, w in enumerate(words):
            if _CLAUSE_FINITE.fullmatch(w.casefold()):
                finite += 1
                if finite == 2:
                    return " ".join(words[:k])
        return ""  # no main verb: no subject clause
    return " ".join(words)


def _antecedent(np: str, before: list[str]) -> str | None:
    """What an anaphoric subject of a passive decision stands for, from the sentences before it in
    the item (nearest first), or None when it points back to nothing it can name.

    >>> _antecedent("Frågan", ["Det är inte klart vem som ska betala tolken.", "Vi diskuterade länge."])
    'frågan om vem som ska betala tolken'
    >>> _antecedent("Frågan", ["Hur skolan ska delta i planen kräver ett beslut av huvudmännen."])
    'frågan om hur skolan ska delta i planen'
    >>> _antecedent("Protokollet", ["Mötesprotokollet från 2024-11-05 gicks igenom."])
    'mötesprotokollet från 2024-11-05'
    >>> _antecedent("Den", ["Frågan om ett gemensamt team kräver finansiering och ligger utanför mandatet."])
    'frågan om ett gemensamt team'
    >>> _antecedent("frågan", ["Finansieringen kan projektgruppen inte avgöra,"])
    'frågan om finansieringen'
    >>> _antecedent("den", ["Frågan om hemsjukvården ska sitta på regionens nät eller kommunens eget behöver lösas;"])
    'frågan om hemsjukvården ska sitta på regionens nät eller kommunens eget'
    >>> _antecedent("Rapporten", ["Inget sades om den."]) is None
    True
    >>> _antecedent("Den", ["Det saknas ersättning.", "Frågan ligger utanför gruppens uppdrag."])
    'frågan'
    """
    key = np.casefold()
    if key in ("de", "dessa") and before and (plural := _PLURAL_SUBJECT.match(_split_sentences(before[-1])[-1])):
        # "Anteckningarna från 2026-04-09 gicks igenom. Inga synpunkter, de lades till handlingarna."
        return plural.group("np")[:1].lower() + plural.group("np")[1:]
    question = _QUESTION_ANAPHOR.match(key)
    if not question and (" " in key or len(key) < 5):
        return None
    if not question and key not in " ".join(before).casefold():
        return None  # the word is nowhere before: nothing to point back to (the common case, cheaply)
    before = [x for chunk in before for x in _split_sentences(chunk)]
    if question:
        for sent in reversed(before):
            m = _NAMED_QUESTION.search(sent)
            if m:
                # "Frågan om ett gemensamt team kräver finansiering och ligger utanför …": the question ends
                # where the sentence says what it does, unless it is a question of its own ("om vem som ska …")
                # (nor a question between two ways: "om hemsjukvården ska sitta på regionens nät eller kommunens eget")
                alt = _QUESTION_OF_ALTERNATIVES.match(m.group("q"))
                q = (m.group("q") if _QUESTION_WORD_AFTER_OM.match(m.group("q"))
                     else alt.group(0) if alt else _NAMED_QUESTION_VERB.split(m.group("q"))[0])
                return "frågan " + q.strip()
            m = _UNDECIDABLE.match(sent)
            if m and not _QUESTION_ANAPHOR.match(m.group("np").casefold()):
                return "frågan om " + m.group("np")[:1].lower() + m.group("np")[1:]
            m = _OPEN_QUESTION.search(sent)
            q = _question_clause(m.group("q"), False) if m else ""
            if not q:
                m = _QUESTION_SUBJECT.match(sent)
                q = _question_clause(m.group("q"), True) if m else ""
            if q:
                q = q[:1].lower() + q[1:]
                return "frågan " + q if q.startswith("om ") else "frågan om " + q
        if key in ("den", "det") and any(_BARE_QUESTION.match(x) for x in before[-2:]):
            # "Frågan ligger utanför gruppens uppdrag. Den lyfts till …": the question the sentence before
            # speaks of, which names no more of it than the item does
            return "frågan"
        return None
    word_re = re.compile(rf"[\wåäöÅÄÖ-]*{re.escape(key)}\b", re.I)
    for sent in reversed(before):
        for m in word_re.finditer(sent):
            word = m.group().casefold()
            d = _DATED_OF.match(sent, m.start())
            if d or len(word) > len(key):  # a dated or a fuller form of the same thing
                return word + (d.group("of") if d else "")
    return None


# a sentence about the question by its bare noun: "Frågan ligger utanför gruppens uppdrag."
_BARE_QUESTION = re.compile(r"^(?:Frågan|Ärendet)\s+(?!om\b)[a-zåäö]+")


def _point_opened(point: str) -> str:
    """A loose point of hurried notes, typed with a small letter, opened as the sentence of its own it is
    ("* gruppen enades om att …" / "* frågan lyfts till styrgruppen"); a clause going on ("att …", "och …")
    stays as written.

    >>> _point_opened("frågan lyfts till styrgruppen"), _point_opened("att anta planen")
    ('Frågan lyfts till styrgruppen', 'att anta planen')
    """
    if point[:1].islower() and not _CONTINUING_WORD.match(point):
        return point[0].upper() + point[1:]
    return point


_CONTINUING_WORD = re.compile(r"(?:att|och|samt|eller|men|som|där|vilket|bl\.a\.|t\.ex\.|ev\.)\b")


# a body's sentence setting up another body: "Ledningsgruppen inrättar en arbetsgrupp för läkarmedverkan med …"
_SETS_UP_A_BODY = re.compile(r"(?:^|(?<=[.!?]\s))[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|nätverket|teamet|nämnden|styrelsen|"
                             r"utskottet|beredningen|samrådet)\s+(?:inrättar|tillsätter|bildar)\s+(?:en|ett)\s+"
                             r"[\wåäö-]*(?:grupp|råd|nätverk|team|forum|beredning)\b[^.;!?]*[.!?]")
_SETS_UP_VERB = re.compile(r"(?i)\b(?:inrätta|tillsätt|bilda)")
# a matter handed on to a body named, in the present passive: "… och hänskjuts till Regionala ledningsgruppen"
_HANDED_ON_NOW = re.compile(r"\b(?<!har\s)(?<!har\sredan\s)(?:lyfts|hänskjuts)\s+(?:vidare\s+)?till\s+"
                            r"(?P<to>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,2})")


# the body that met recommending the huvudmän or its members something, the sentence's own subject: "Nätverket
# rekommenderar kommunerna att anta riktlinjen." ("**…**" a Markdown secretary's bold around it)
_SELF_RECOMMENDS = re.compile(r"^\**\s*(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ:-]*(?:\s+[\wåäöÅÄÖ:-]+){0,4}?)\s+rekommenderar\s+"
                              r"(?!att\b)[^.;]{1,80}?\s+att\s+\S")


def _recommended_before(own: list[tuple[int, str]], after: int, restored, block: list[ParsedDecision] = (),
                        selves: "_Selves | None" = None) -> list[tuple[int, str]]:
    """The lines above an item's decision block where the body that met recommends the huvudmän something: a
    decided point though a block follows ("… beslutar vidare att …"), not the case the block decides; none where
    the block itself recommends.

    >>> class _S:
    ...     def is_self(self, who): return who == "Rådet"
    >>> _recommended_before([(3, "**Rådet rekommenderar kommunerna att anta planen.**"), (5, "Rådet beslutar vidare att")], 5, set(), (), _S())
    [(3, '**Rådet rekommenderar kommunerna att anta planen.**')]
    >>> _recommended_before([(3, "Nätverket rekommenderar kommunerna att anta planen.")], 5, set(), (), _S())
    []
    """
    if selves is None or any("rekommendera" in d.text.casefold() for d in block):
        return []
    return [(k, t) for k, t in own if k <= after and k not in restored and "rekommenderar" in t
            and (m := _SELF_RECOMMENDS.match(t.strip())) and selves.is_self(m.group("who").strip("* "))]


def _referred_before(own: list[tuple[int, str]], after: int, restored,
                     block: list[ParsedDecision] = ()) -> list[tuple[int, str]]:
    """The sentences above an item's decision block that hand a matter on to a named body, each a paragraph of
    its own (the line it starts on, then a blank one); not where the block itself turns to that body ("Frågan lyfts
    till Styrgrupp Äldre. Beslut: Gruppen föreslår Styrgrupp Äldre att …": the block's decision told before it).

    >>> _referred_before([(3, "Eva redovisade läget. Frågan kan inte lösas i gruppen och hänskjuts till"),
    ...                   (4, "Styrgrupp Äldre."), (5, "Beslut: gruppen antar checklistan.")], 4, set())
    [(3, 'Frågan kan inte lösas i gruppen och hänskjuts till Styrgrupp Äldre.'), (3, '')]
    >>> _referred_before([(3, "Frågan har lyfts till Styrgrupp Äldre tidigare.")], 3, set())
    []
    >>> _referred_before([(3, "Eva redovisade läget."), (4, ""), (5, "Frågan ligger utanför mandatet och lyfts till RLG.")], 5, set())
    [(5, 'Frågan ligger utanför mandatet och lyfts till RLG.'), (5, '')]
    """
    before = [(k, t) for k, t in own if k <= after and k not in restored]
    text = " ".join(t for _, t in before)
    if not _HANDED_ON_NOW.search(text):
        return []
    first = before[0][0] if before else 0

    def line_of(sent: str) -> int:
        # the line the sentence opens on, as the decision cues were looked for line by line (a stretch of
        # paragraphs above the block opens on a line of another sentence, or a blank one)
        head = " ".join(sent.split()[:4])
        return next((k for k, t in before if head and head in " ".join(t.split())), first)

    return [x for sent in _split_sentences(text) if (m := _HANDED_ON_NOW.search(sent))
            and not any(m.group("to").casefold() in d.text.casefold() for d in block)
            for x in ((line_of(sent), sent), (line_of(sent), ""))]


def _split_sentences(text: str) -> list[str]:
    pieces, _ = _split_flat(" ".join(text.split()), _SENTENCE_END)
    return [p for p in map(str.strip, pieces) if p]


# each of the parties as the subject of a task: "Respektive huvudman meddelar …", "Varje kommun utser …"
_EACH_PARTY_DOES = re.compile(r"(?:Respektive|Varje)\s+(?:huvudman|kommun|part|förvaltning|verksamhet|region)\s+"
                              r"(?:[a-zåäö]+\s+)?[a-zåäö]+(?:ar|er|ir|år)\b")


# the members' own part after the decision: "Ledamöterna ska förankra rutinen i sin organisation", "Varje representant
# ska …" (each member's task, not the body's decision)
MEMBERS_SHALL = re.compile(r"^(?:Ledamöterna|Representanterna|Deltagarna|Medlemmarna|(?:Varje|Respektive|Alla|Samtliga)\s+"
                           r"(?:ledamot|ledamöter|representant|representanter|deltagare|medlem|medlemmar))"
                           r"(?:\s+i\s+(?:gruppen|nätverket|rådet|teamet))?\s+(?:ska|skall|behöver|ansvarar\s+för\s+att)\s+"
                           r"(?P<task>[a-zåäö][^;]{4,200}?)\s*\.?$")


# one who is no body does a thing: "Förbundschefen skriver ett första utkast …" (not "Samverkansgruppen ger …")
_ONE_DOES = re.compile(r"(?![\wåäöÅÄÖ-]*(?:gruppen|nämnden|rådet|styrelsen|utskottet|nätverket|teamet|samrådet|mötet)\b)"
                       r"[A-ZÅÄÖ][\wåäö-]+\s+[a-zåäö]+(?:ar|er|ir|år)\b")


# a task line's deadline written first: "Till 15 mars:", "Till styrgruppens möte 20 januari:", "Till nästa möte:"
_DEADLINE_LABEL = re.compile(r"^(?:[-–•*]\s*)?Till\s+(?:[a-zåäö]+s\s+(?:möte|sammanträde)\s+)?(?:den\s+)?"
                             r"(?:\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|v(?:ecka|\.)?\s?\d{1,2}|"
                             r"nästa\s+(?:möte|sammanträde)|[a-zåäö]+s\s+(?:möte|sammanträde))\s*:\s+(?=[A-ZÅÄÖ])")


def _is_task_sentence(s: str, known_names: set[str]) -> bool:
    """A sentence that gives people a task or notes a coming and going, not a decision of the body.

    >>> _is_task_sentence("Till 31 januari: Johan Ek tar fram underlag för kostnadsfördelningen.", {"johan"})
    True

    >>> _is_task_sentence("Helga och Aleksandra tar fram ett utkast.", {"helga", "aleksandra"})
    True
    >>> _is_task_sentence("Ahmad Rahimi (S) väljs till representant.", {"ahmad"})
    False
    >>> _is_task_sentence("Arbetsgruppen består av KW och RÖ.", set())
    False
    >>> _is_task_sentence("Respektive huvudman meddelar Alva namnet på sin kontaktperson.", set())
    True
    """
    if _PROCEDURAL.search(s):
        return True
    if dl := _DEADLINE_LABEL.match(s):
        return _is_task_sentence(s[dl.end():], known_names)  # "Till 31 januari: Eva Ek tar fram …": the task, due first
    tokens = re.sub(r"\([^()]{0,20}\)", " ", s).replace(",", " ").split()
    subject: list[str] = []
    verb = ""
    for tok in tokens:
        if tok in ("och", "samt", "&"):
            continue
        if tok[:1].isupper() or tok[:1].isdigit():
            subject.append(tok)
            continue
        verb = tok.strip(".,;:")
        break
    if not subject or not verb or verb.endswith("s") or verb in ("är", "blir", "var", "blev"):
        return False
    if len(subject) == 1 and subject[0].casefold() in ("alla", "samtliga"):
        return True
    if _EACH_PARTY_DOES.match(s) or MEMBERS_SHALL.match(s):
        return True  # "Respektive huvudman meddelar Alva namnet …": what each party does after the decision
    for tok in subject:
        t = tok.strip(".,;:")
        if not (re.fullmatch(r"[A-ZÅÄÖ]{2,4}", t) or t.casefold() in known_names or _NAME_TOKEN.match(t)):
            return False
    if all(re.fullmatch(r"[A-ZÅÄÖ]{2,4}", t.strip(".,;:")) or t.strip(".,;:").casefold() in known_names
           for t in subject):
        return True
    return bool(leading_name(" ".join(subject))[0])


# "…, EB tar med den" / "… – Helga tar med den" after a passive decision: who carries it, not the decision
_TASK_TAIL = re.compile(r"(?:[,;]|\s[–—-])\s+(?:och\s+)?[A-ZÅÄÖ][\w.-]*(?:\s+(?:och\s+)?[A-ZÅÄÖ][\w.-]*){0,3}\s+[a-zåäö]+r\b[^,–—]*$")
# a reason told first, then "så" and the matter handed on in the passive: "Nätverket har ingen budget, så frågan … lyfts
# till …"
_REASON_THEN_SO = re.compile(r"^[A-ZÅÄÖ][^.;:]{5,120}?,\s+så\s+(?=(?:frågan|ärendet|förslaget|den|det)\s[^.;:]*?\b"
                             r"(?:lyfts|förs|skickas|överlämnas|hänskjuts)\s+(?:vidare\s+)?till\b)")
# a later clause of a sentence decided in the passive, its subject pointing back: "…, den lyfts till …"
# a clause after a semicolon whose subject is the body by its kind word: "…; gruppen ställde sig bakom förslaget"
# the body endorsing the clause before it, in a relative clause at the sentence's end: ", vilket gruppen ställde sig
# bakom", ", vilket mötet godkände"
_ENDORSED_AFTER = re.compile(r",\s+vilket\s+(?:[a-zåäö-]*(?:gruppen|rådet|teamet|nätverket|nämnden|styrelsen|utskottet)|mötet|"
                             r"vi|alla)\s+(?:också\s+|även\s+)?(?:ställde\s+sig\s+bakom|står\s+bakom|godkände|godkänner|"
                             r"tillstyrkte|instämde\s+i|enades\s+om)\s*\.?$")
_BODY_CLAUSE = re.compile(r";\s+(?=(?:[a-zåäö-]*(?:gruppen|rådet|teamet|nätverket|forumet|nämnden|styrelsen|utskottet))\s+[a-zåäö]+)")
_ANAPHOR_CLAUSE = re.compile(r"(?:[,;]|\s[–—-])\s+(?=(?:den|det|frågan|denna\s+fråga)\s+[a-zåäö]+s\b)")


_PROPOSES_DECISION = re.compile(r"\bföreslå(?:r|g)\s+(?:[\wåäöÅÄÖ-]+\s+){1,4}(?:att\s+)?besluta\b"
                                # "Gruppen … föreslår att rådet antar en rutin": what it would have another decide
                                r"|\b(?:föreslår|föreslog|föreslagit|rekommenderar)\s+att\s+(?:[\wåäöÅÄÖ-]+\s+){1,4}"
                                r"(?:beslutar|antar|godkänner|fastställer|utser|inrättar|gör|utreder|prövar)\b")


# the decision verbs of running text in the infinitive, as an att-clause writes them
_DECIDED_INFINITIVE = {
    "ställer": "ställa", "lägger": "lägga", "lade": "lägga", "ställde": "ställa", "godkänner": "godkänna", "godkände": "godkänna", "tackar": "tacka",
    "tackade": "tacka", "noterar": "notera", "noterade": "notera", "fastställer": "fastställa", "fastställde": "fastställa",
    "utser": "utse", "utsåg": "utse", "väljer": "välja", "valde": "välja", "antar": "anta", "antog": "anta",
    "rekommenderar": "rekommendera", "rekommenderade": "rekommendera", "lämnar": "lämna", "lämnade": "lämna",
    "överlämnar": "överlämna", "överlämnade": "överlämna", "ger": "ge", "gav": "ge", "uppdrar": "uppdra", "uppdrog": "uppdra",
    "delegerar": "delegera", "delegerade": "delegera", "inrättar": "inrätta", "inrättade": "inrätta", "tillsätter": "tillsätta", "tillsatte": "tillsätta", "bildar": "bilda",
    "bildade": "bilda", "tillstyrker": "tillstyrka", "tillstyrkte": "tillstyrka", "avstyrker": "avstyrka",
    "avstyrkte": "avstyrka", "bifaller": "bifalla", "biföll": "bifalla", "avslår": "avslå", "avslog": "avslå",
    "lyfter": "lyfta", "lyfte": "lyfta", "återremitterar": "återremittera", "återremitterade": "återremittera"}


# a welcome joined to the decision: "Delegationen noterade informationen och ordföranden hälsade Eva Ek välkommen"
# (or "… samt önskade henne välkommen"): a courtesy of the chair, no part of what the body decided
_WELCOME_TAIL = re.compile(r",?\s+(?:och|samt)\s+(?:[\wåäöÅÄÖ.-]+\s+){0,4}?(?:hälsa[rd]e?|önska[rd]e?)\s+"
                           r"(?:[^.;]{0,80}?\s)?välkom(?:men|na)\b.*$", re.S)


def _as_decided_clause(rest: str) -> str:
    """A decision told in running text as an att-clause writes it: its verb in the infinitive
    ("Ledningsgruppen ställer sig bakom förslaget" is "ställa sig bakom förslaget"); a welcome the chair
    joins to it is none of it.

    >>> _as_decided_clause("ställer sig bakom förslaget"), _as_decided_clause("godkände budgeten")
    ('ställa sig bakom förslaget', 'godkänna budgeten')
    >>> _as_decided_clause("noterade informationen och ordföranden hälsade Eva Ek välkommen")
    'notera informationen'
    >>> _as_decided_clause("välkomnade förslaget och gav kansliet i uppdrag att hälsa nya medlemmar välkomna")
    'välkomnade förslaget och gav kansliet i uppdrag att hälsa nya medlemmar välkomna'
    """
    if "välkom" in rest and (w := _WELCOME_TAIL.search(rest)) and w.start() > 0:
        rest = rest[:w.start()]
    verb, sep, tail = rest.partition(" ")
    inf = _DECIDED_INFINITIVE.get(verb)
    return f"{inf}{sep}{tail}" if inf else rest


# a proposal put to a body by name: "Samverkansgruppen föreslår LVO att handlingsplanen skickas till huvudmännen"
_PROPOSED_TO = re.compile(r"\b(?:föreslår|föreslog|rekommenderar|rekommenderade)\s+(?P<to>[A-ZÅÄÖ][\wåäöÅÄÖ:-]*"
                          r"(?:\s+[\wåäöÅÄÖ:-]+){0,5}?)\s+att\s")


# the body that met proposing to its fullmäktige: "Nämnden föreslår kommunfullmäktige besluta att …"
# (or with the fullmäktige as the subject of the clause: "Nämnden föreslår att regionfullmäktige fastställer …")
# (or an utskott to the nämnd it serves: "Bygglovsutskottet föreslår miljö- och byggnadsnämnden besluta att …")
_OWN_PROPOSAL_UP = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}?)\s+föreslår\s+(?:(?:kommun|region|landstings)?"
                              r"fullmäktige\s+(?:att\s+)?besluta\s+att\s+\S|"
                              r"(?:[a-zåäö]+-\s+(?:och|eller)\s+)?[a-zåäö-]*(?:nämnden|styrelsen|direktionen)\s+(?:att\s+)?"
                              # (on through the board to its fullmäktige: "… föreslår kommunstyrelsen att föreslå
                              # kommunfullmäktige besluta att …")
                              r"(?:föreslå\s+(?:kommun|region|landstings)?fullmäktige\s+(?:att\s+)?)?besluta\s+att\s+\S|"
                              r"att\s+(?:kommun|region|landstings|förbunds)?fullmäktige\s+"
                              r"(?:beslutar|antar|godkänner|fastställer|beviljar|inrättar)\s+\S)")


# the group's own decision in notes written in English: "The working group decided to propose …", "The group
# decided that Mikko is the chair …"; its approval of the agenda or the memo: "The agenda was accepted as it was."
_EN_DECIDED = re.compile(r"^(?:the\s+)?(?:working\s+group|steering\s+group|group|meeting|council|network|team)\s+"
                         r"(?:decided|decides)\s+(?:that\s+|to\s+)?(?P<rest>\S.*)$", re.I)
_EN_APPROVED = re.compile(r"^(?:the\s+)?(?:agenda|memo|minutes|notes)(?:\s+(?:of|from)\s+[^.]{2,40}?)?\s+"
                          r"(?:was|were)\s+(?:accepted|approved|adopted)\b", re.I)



def _is_own_agent(by: str, selves: "_Selves | None") -> bool:
    """Whether the agent of a passive decision ("godkändes av gruppen") is the body that met.

    >>> _is_own_agent("gruppen", None), _is_own_agent("fullmäktige", _Selves("Samverkansgrupp äldre", ""))
    (True, False)
    """
    by = " ".join(by.split())
    return by.casefold() in _ALWAYS_SELF or (selves is not None and selves.is_self(by) is True)


# the body standing behind what the sentence before proposed, by a pronoun: "Gruppen ställde sig bakom det."
_BEHIND_IT = re.compile(r"(?:ställer|ställde)\s+sig\s+(?:enhälligt\s+)?bakom\s+(?:det|detta)$")
# a proposal told with what it is: "Fredrika föreslog att gruppen ska ha suicidprevention som stående punkt."
_PUT_TO_IT = re.compile(r"\b(?:föreslog|föreslår|har\s+föreslagit)\s+att\s+(?P<what>[^.;]{5,200}?)\s*\.?$")


# an approval with no subject after a decision's label, in full or in a styrgrupp's shorthand: "läggs till
# handlingarna", "godkänns", "ok med ändringarna", "OK", "Ja, utan ändringar"
_SUBJECTLESS_APPROVAL = re.compile(r"^(?:(?P<filed>(?:läggs|lades)\s+till\s+handlingarna)|godkänns|godkändes|godkänt|godkänd|"
                                   r"fastställs|fastställdes|ok(?:ej)?|ja)(?:,?\s+(?P<tail>(?:med|utan)\s+(?:de\s+)?"
                                   r"(?:ändringarna|ändringar|tilläggen|tillägg|synpunkterna|justeringarna|justeringar)"
                                   r"(?:\s+ovan)?))?\s*[.!]?$", re.I)
# what the meeting read out before approving it, a sentence of its own: "Anteckningarna från 1/2 gicks igenom.",
# "Förslaget från arbetsgruppen gicks igenom rad för rad.", "Rapporten presenterades."
_READ_OUT = re.compile(r"^(?P<np>[A-ZÅÄÖ][a-zåäö]+(?:na|et|en)(?:\s+(?:från|för|om|till)\s+[^.;:]{1,50}?)?)\s+"
                       r"(?:gicks\s+igenom|presenterades|redovisades|lästes(?:\s+upp)?|visades)"
                       r"(?:\s+(?:rad\s+för\s+rad|punkt\s+för\s+punkt|kort|snabbt|i\s+sin\s+helhet))?\s*\.?$")


def _read_out(before: list[str]) -> str:
    """What the item's sentences before a subjectless approval read out ("Anteckningarna från 1/2 gicks igenom."),
    in lower case, the nearest first; "" when none did.

    >>> _read_out(["Förslaget från arbetsgruppen gicks igenom rad för rad.", "Ändringar: avsnitt 2 skrivs om."])
    'förslaget från arbetsgruppen'
    >>> _read_out(["Eva Ek presenterade förslaget."])
    ''
    """
    for t in reversed(before[-4:]):
        if m := _READ_OUT.match(t.strip()):
            return m.group("np")[:1].lower() + m.group("np")[1:]
    return ""


def _decided_text(s: str, selves: _Selves | None, block: bool, before: list[str] | None = None) -> str | None:
    """The decision in sentence ``s`` without the body named as its subject, or None when the body
    that met does not decide in it. A decision block's "X ställer sig bakom …" is kept as written:
    without its subject the stand taken reads as no one's.

    In a decision block (``block``) every sentence is the body's; in running text only sentences
    where the body itself decides, or the meeting's approvals in the passive, are. ``before`` holds
    the item's sentences before ``s``: an anaphoric subject of a passive decision ("Frågan lyfts …")
    is written out as what it stands for.

    >>> _decided_text("Socialnämnden tackar för informationen.", None, True)
    'tackar för informationen.'
    >>> _decided_text("The working group decided to propose to the steering group that the agreement is extended.", None, False)
    'propose to the steering group that the agreement is extended'
    >>> _decided_text("The agenda was accepted as it was.", None, False)
    'The agenda was accepted as it was'
    >>> _decided_text("Uppdrogs åt Anna Tell att anmäla ombuden.", None, False)
    'uppdra åt Anna Tell att anmäla ombuden'
    >>> _decided_text("Ledningsgruppen ställer sig bakom utkastet.", None, True)
    'Ledningsgruppen ställer sig bakom utkastet.'
    >>> _decided_text("Arbetsutskottet föreslår socialnämnden besluta att utse Eva Ek till ledamot.", None, True) is None
    True
    >>> _decided_text("Nämnden föreslår kommunfullmäktige besluta att anta planen.", _Selves("Socialnämnden", ""), True)
    'föreslår kommunfullmäktige besluta att anta planen.'
    >>> _decided_text("Bygglovsutskottet föreslår miljö- och byggnadsnämnden besluta att anta riktlinjerna.",
    ...               _Selves("Miljö- och byggnadsnämndens bygglovsutskott", ""), True)
    'föreslår miljö- och byggnadsnämnden besluta att anta riktlinjerna.'
    >>> _decided_text("Utskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta att anta planen.",
    ...               _Selves("Kommunstyrelsens miljö- och klimatutskott", ""), True)
    'föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta att anta planen.'
    >>> _decided_text("Nämnden föreslår att regionfullmäktige fastställer regelboken.", _Selves("Primärvårdsnämnden", ""), False)
    'föreslår att regionfullmäktige fastställer regelboken'
    >>> _decided_text("Kommunstyrelsen föreslår kommunfullmäktige besluta att anta planen.", _Selves("Kommunfullmäktige", ""), True) is None
    True
    >>> _decided_text("Gruppen har kartlagt processen och föreslår att rådet antar en rutin.", None, False) is None
    True
    >>> _decided_text("Arbetsgruppen föreslår att styrgruppen gör rutinen länsgemensam.", None, False) is None
    True
    >>> lvo = _Selves("Ledningsgruppen för vård och omsorg i Åsen (LVÅ)", "")
    >>> _decided_text("Gruppen föreslår LVÅ att planen skickas till huvudmännen.", lvo, False) is None
    True

    The body's standing mandate, told in the present tense, is no point decided:

    >>> _decided_text("Nätverket arbetar på uppdrag av Åby BRÅ och rapporterar dit.", None, False) is None
    True
    >>> au = _Selves("Rådets arbetsutskott", "Hälso- och sjukvårdsrådet (HSR) Arbetsutskottet")
    >>> _decided_text("Arbetsutskottet föreslår HSR att anta planen.", au, False)
    'föreslår HSR att anta planen'
    >>> _decided_text("Ledningsgruppen föreslår huvudmännen att anta planen.", lvo, False)
    'föreslår huvudmännen att anta planen'
    >>> _decided_text("Vi kör på det.", None, False)
    'Vi kör på det'
    >>> _decided_text("Vi kör på det viset i två veckor till.", None, False) is None
    True
    >>> _decided_text("Dagordningen godkänns.", None, False)
    'godkänna dagordningen'
    >>> _decided_text("Vi gick igenom anteckningarna från 3 februari och lade dem till handlingarna.", None, False)
    'lägga anteckningarna från 3 februari till handlingarna'
    >>> _decided_text("Gruppen gick igenom minnesanteckningarna och godkände dem.", None, False)
    'godkänna minnesanteckningarna'
    >>> _decided_text("Rutinen godkändes av gruppen, gäller fr 1/9.", None, False)
    'godkänna rutinen, gäller fr 1/9'
    >>> _decided_text("Styrgruppen förordar alternativ B, med platser i Ekeby.", None, False)
    'förordar alternativ B, med platser i Ekeby'
    >>> _decided_text("Appen godkändes för start 2023-09-06 och slutdatumet ändrades.", None, False) is None
    True
    >>> _decided_text("Projektet avslutas vid årsskiftet och systemet sägs upp.", None, False) is None
    True
    >>> _decided_text("Till justerare utsågs Eva Ek.", None, False)
    'utse Eva Ek till justerare'
    >>> _decided_text("Det uppdrogs åt kansliet att kalla till nästa möte.", None, False)
    'uppdra åt kansliet att kalla till nästa möte'
    >>> _decided_text("Det ålades sekreteraren att hålla ledamöterna uppdaterade.", None, False)
    'ålägga sekreteraren att hålla ledamöterna uppdaterade'
    >>> _decided_text("Uppdras åt Eva Ek att sammanställa statistiken.", None, False)
    'uppdra åt Eva Ek att sammanställa statistiken'
    >>> _decided_text("Gruppen enas om att ta fram en gemensam checklista.", None, False)
    'ta fram en gemensam checklista'
    >>> _decided_text("Eftersom planen binder kommunen i fyra år beslutade nämnden att överlämna den till fullmäktige.", None, False)
    'att överlämna den till fullmäktige'
    >>> _decided_text("Som ersättare för Åby kommun utsågs Eva Ek, som alltså går från vikarie till ordinarie.", None, False)
    'utse Eva Ek till ersättare för Åby kommun'
    >>> _decided_text("Gruppen är överens om att en checklista behövs.", None, False) is None
    True
    >>> _decided_text("Vi var överens om att kontaktvägarna kvällstid behöver bli tydligare.", None, False) is None
    True
    >>> _decided_text("Vi har ingen budget, så frågan om föreläsare lyfts till styrgruppen.", None, False)
    'lyfta frågan om föreläsare till styrgruppen'
    >>> _decided_text("Gruppen var överens om att föreslå styrgruppen en utbildningsdag.", None, False)
    'föreslå styrgruppen en utbildningsdag'
    >>> _decided_text("Gruppen fattade beslut om att införa rutinen.", None, False)
    'införa rutinen'
    >>> _decided_text("Förbundsstyrelsen fattar beslut om budgeten i december.", None, False) is None
    True
    >>> _decided_text("Delgruppen har gjort sitt arbete, och delgruppen för stöd avvecklas.", None, False)
    'avveckla delgruppen för stöd'
    >>> _decided_text("Styrgruppen fastställde checklistan.", _Selves("Arbetsgrupp Hemgång", ""), False) is None
    True
    >>> _decided_text("Frågan om stöd till skolor lyfts till styrgruppen; HG tar med den till mötet 2 oktober.", None, False)
    'lyfta frågan om stöd till skolor till styrgruppen'
    >>> _decided_text("Frågan kräver resurser som inte finns lokalt och lyfts till styrgruppen.", None, False)
    'lyfta frågan som kräver resurser som inte finns lokalt till styrgruppen'
    >>> _decided_text("Frågan ligger utanför gruppens mandat och lyfts därför till styrgruppen.", None, False)
    'lyfta frågan till styrgruppen'
    >>> _decided_text("Den lyfts till styrgruppen.", None, False, ["Frågan om palliativt team på kvällar kan inte lösas lokalt."])
    'lyfta frågan om palliativt team på kvällar till styrgruppen'
    >>> _decided_text("Det lyfter vi till samverkansgruppen i juni – Eva tar med det.", None, False)
    'lyfta det till samverkansgruppen i juni'
    >>> _decided_text("Gruppen ställde sig bakom det.", None, False, ["Eva föreslog att gruppen ska ha X som stående punkt."])
    'gruppen ska ha X som stående punkt'
    >>> _decided_text("Frågan lyfts till styrgruppen i maj, KL tar med den.", None, False,
    ...               ["Vem som ska bekosta tolkarna är inte klart."])
    'lyfta frågan om vem som ska bekosta tolkarna till styrgruppen i maj'
    """
    if "på uppdrag" in s and _STANDING_MANDATE.match(s.strip()):
        return None
    if not block and (co := _SET_DOWN_AFTER_OCH.match(s)):
        # "Delgruppen har gjort det den var tillsatt för, och delgruppen avvecklas": the body set down in the last clause
        return _decided_text(co.group("np")[:1].upper() + co.group("np")[1:] + co.group("verb") + ".", selves, block, before)
    s = _NOTED_LABEL.sub("", _NUMBER_LEAD.sub("", s.strip()))
    if before and s[:1] in "lLgGfFoOjJ" and (bare := _SUBJECTLESS_APPROVAL.match(s)) and (np := _read_out(before)):
        # "Anteckningarna från 1/2 gicks igenom. Beslut: läggs till handlingarna." / "Förslaget gicks igenom.
        # Beslut: ok med ändringarna.": the label's approval without a subject approves what was read out before it
        tail = f" {bare.group('tail')}" if bare.group("tail") else ""
        return f"lägga {np} till handlingarna{tail}" if bare.group("filed") else f"godkänna {np}{tail}"
    if not block and ", så " in s and (so := _REASON_THEN_SO.match(s)):
        # "Nätverket har ingen egen budget, så frågan om X lyfts till Y": the reason first, then what is handed on
        # (what the body it goes to is, in a relative clause after its name, is no part of it: "…, som nätverket
        # rapporterar till")
        rest = re.sub(r",\s+som\s+[^,;]+$", "", s[so.end():].rstrip(" ."))
        return _decided_text(rest[:1].upper() + rest[1:], selves, block, before)
    if not block:
        s = s.rstrip(" .")
        if s[:3] in ("The", "the") and (en := _EN_DECIDED.match(s)):
            return en.group("rest")
        if s[:3] in ("The", "the") and _EN_APPROVED.match(s):
            return s
    if not block and " igenom " in s and (read := _READ_THEN_FILED.match(s)):
        # "Vi gick igenom anteckningarna från 3 februari och lade dem till handlingarna": what was read, then approved
        obj = read.group("obj")
        return (f"lägga {obj} till handlingarna" if read.group("v").startswith("l")
                else f"{'fastställa' if read.group('v').startswith('fast') else 'godkänna'} {obj}")
    if not block and s[:1] in "DF" and (we := _WE_RAISE_IT.match(s)):
        # "Det lyfter vi till samverkansgruppen i juni": the body that met, in the first person, hands the matter on
        return f"lyfta {we.group('obj').casefold()} {we.group('rest')}"
    if s and selves and (own := _OWN_PROPOSAL_UP.match(s)) and selves.is_self(own.group("who")):
        # "Nämnden föreslår kommunfullmäktige besluta att …" in the nämnd's own minutes: its decision, a proposal up
        return s[own.end("who"):].strip()
    if not s or _PROPOSES_DECISION.search(s):
        return None  # "Arbetsutskottet föreslår socialnämnden besluta att …": a förslag till beslut
    if selves and (to := _PROPOSED_TO.search(s)) and selves.is_self(to.group("to")) and (
            (by := s[:to.start()].strip()).casefold() in _ALWAYS_SELF or not selves.is_self(by)):
        # "Gruppen föreslår LVO att …" in LVO's minutes: a proposal put to the body by another, not its decision
        # (the body named by its kind proposes to the council over it: "Arbetsutskottet föreslår HSVO att …")
        return None
    if not block and ", som " in s and (m := _RELATIVE_APPROVAL.search(s)):
        # "Cecilia gick igenom dagordningen, som godkändes", "Inga synpunkter på förra anteckningarna, som därmed
        # är godkända": the meeting's approval told in a relative clause of what it approved
        verb = m.group("verb").casefold()
        inf = "lägga" if "handlingarna" in verb else "fastställa" if verb.startswith("fastställ") else "godkänna"
        np = m.group("np")
        return f"{inf} {np[:1].lower()}{np[1:]}" + (" till handlingarna" if inf == "lägga" else "")
    if not block and s[:1] in "VGT" and " kör på " in s and _WE_GO_AHEAD.match(s):
        return s  # "Vi kör på det.": the team's own yes to what the sentence before put to it
    m = _IMPERSONAL.match(s)
    if m:
        if re.match(r"(?:då|därefter|tidigare)\b", s[m.end():]) or _RECALLED.match(s[m.end():]):
            return None  # "Det beslutades då att …": told as history
        # ("Överenskommet att starta en arbetsgrupp för X: EK (sammank.), PL och BÖ": the seats after the colon are
        # memberships of the new group, no part of what was decided)
        return _SEATS_AFTER_COLON.sub("", s[m.end():]) or None
    m = _INVERTED_PASSIVE.match(s) if not block else None
    if m:
        # "Till justerare utsågs Eva Ek", "Det uppdrogs åt kansliet att …": the meeting's choice, its subject last
        if m.group("role"):
            return f"{_PASSIVE_DECISION[m.group('verb')]} {m.group('who')} till {m.group('role')}"
        return f"{'uppdra åt' if m.group('v')[:1] in 'Uu' else 'ålägga'} {m.group('rest')}"
    if not block and " i uppdrag av " in s and (m := _TASKED_BY_SELF.match(s)):
        # "Arbetsgruppen för X får i uppdrag av processteamet att …": the body that met gave the task, so decided it
        by = m.group("by")
        if (selves.is_self(by) if selves else None) or (not selves and by.casefold() in _ALWAYS_SELF):
            return s
    if not block and (", och " in s or ", så " in s) and (lead := _TALK_THEN_DECIDED.match(s)):
        # "Vi pratade om vem som ska hålla i gruppen, och gruppen beslutade att Sam blir sammankallande": what was
        # talked of first, the decision in the clause after it
        matter = _MATTER_FRONTED.search(s, 0, lead.end()) if ", så " in s else None
        s = s[lead.end()].upper() + s[lead.end() + 1:]
        if matter:
            # "Frågan om X kommer vi inte längre med, så vi beslutade att lyfta den till Y": "den" is the question
            s = _IT_RAISED.sub(lambda r: f"{r.group('v')} {matter.group('obj')[:1].lower()}{matter.group('obj')[1:]}", s, 1)
    m = _SUBJECT_VERB.match(s)
    if m:
        subj = m.group("subj")
        groupish = bool(_GROUPISH.search(subj.split()[-1])) or subj.casefold() in _ALWAYS_SELF
        is_self = selves.is_self(subj) if selves else groupish
        if is_self is None:  # the title does not say: present tense reads as the meeting's own
            is_self = groupish and not _PAST_DECISION_VERB.match(m.group("verb"))
        rest = s[m.start("verb"):]
        b = _BESLUTAR_ATT.match(rest)
        if b:
            rest = rest[b.end():]
        rest = _THANKS_FILED.sub(r"lägga \g<what> till \g<where>", rest)
        if block and (groupish or is_self):
            if not b and not _THANKS_FILED.search(s) and re.match(r"(?:ställer|ställde)\s+sig\s+bakom\b", rest):
                return s  # "Beslut: Ledningsgruppen ställer sig bakom utkastet": the decision as written, with who
            return rest or None
        if not block and is_self:
            if _RECALLED.match(s[m.end():]) or (_PAST_DECISION_VERB.match(m.group("verb")) and _TOLD_AS_HISTORY.search(s)):
                return None  # the body's own decision told as history
            if before and rest[:4] == "stäl" and _BEHIND_IT.match(rest) and (put := _PUT_TO_IT.search(before[-1])):
                # "Eva föreslog att gruppen ska ha X som stående punkt. Gruppen ställde sig bakom det.": what was
                # proposed is what was decided
                return put.group("what")
            return _as_decided_clause(rest) or None
        if not block and groupish:
            return None  # another body's decision
    if not block:
        m = _VERB_SUBJECT.match(s)
        if m and (selves.is_self(m.group("subj")) is not False if selves else True):
            rest = s[m.end():]
            verb = m.group("verb").strip()
            b = _BESLUTAR_ATT.match(verb + " ")
            return (rest if b else f"{verb} {rest}").strip() or None
        if s[:7].casefold() == "uppdrag" and _NUMBERED_UPPDRAG_CLOSED.match(re.sub(r"\s+\([^()]*\)", "", s.rstrip(" ."))):
            # "Uppdrag 2026:14 om X är redovisat av KBS och IP och avslutas": a numbered uppdrag on the body's list
            # told done and closed, a decision as written (what the uppdrag was, in brackets, kept)
            return s.rstrip(" .")
        m = _PASSIVE.match(s) if not _PASSIVE_WORDS.isdisjoint(_WORD.findall(s.lower())) else None
        if m:
            np, verb, rest = m.group("np").strip().rstrip(":"), m.group("verb"), m.group("rest")
            if verb in _REFERRAL_PASSIVE and (why := _THEREFORE_ONWARD.match(rest)):
                rest = rest[why.end():]  # "… och lyfts därför till styrgruppen": the reason's adverb, no part of where
            if " och " in rest and (co := _AND_PASSIVE.match(rest)) and co.group("v2") in _PASSIVE_WORDS:
                # "Dagordningen godkändes och anteckningarna från 3 december lades till handlingarna": two approvals
                first = _decided_text(f"{np} {verb}{co.group('rest1')}", selves, block, before)
                later = co.group("second")
                second = _decided_text(later[:1].upper() + later[1:], selves, block, before)
                if first and second:
                    return f"{first.rstrip(' .')} och att {second}"
            if np[:1] in "GL" and _SUBJECTLESS_READ.fullmatch(np):
                return None  # "Gicks igenom och lades till handlingarna": what was filed is the item's title
            if _MODAL_BEFORE.search(np):
                return None  # "Helena frågar chefen om någon kan utses": a passive after a modal is no decision made
            if verb in ("valdes", "utsågs") and np[:2] == "Et" and _BOARD_TOLD_ELECTED.fullmatch(np):
                # "Ett presidium valdes också: A ordförande, …": another body's constitution told as news (its own
                # election the body writes "Till ordförande valdes …", "Styrelsen valde …")
                return None
            if _NEGATED_OR_REPORTED.search(np):
                # "Elin tog upp att fast vårdkontakt inte alltid utses när …": a state of things reported, no decision
                return None
            if _REMARK_ALONE.fullmatch(np):
                return None  # "Inga kommentarer, lades till handlingarna": the item's title was filed (_BARE_APPROVAL)
            if ", " in np and (pron := _PRONOUN_AFTER_COMMA.search(np)):
                # "Inga synpunkter, de lades till handlingarna": a remark, then the pronoun that is the subject
                np = pron.group(1)
            elif ", " in np and (remark := _REMARK_BEFORE_SUBJECT.match(np)):
                np = remark.group("np")
            # "Frågan"/"Den" stand for a question only where it is raised or handed on
            # (or put off: "Frågan bordlades till nästa möte" after the sentence that raised "frågan om X")
            ante = _antecedent(np, before) if before and (
                verb in _REFERRAL_PASSIVE or verb in ("bordläggs", "bordlades")
                or not _QUESTION_ANAPHOR.match(np.casefold())) else None
            if verb in ("bordläggs", "bordlades"):
                # "… till nästa möte eftersom Åby inte var representerat": why it waits is no part of what was decided
                rest = re.sub(r",?\s+(?:eftersom|därför\s+att)\s.*$", "", rest)
            tail = _TASK_TAIL.search(rest) if ("," in rest or ";" in rest or "–" in rest or "—" in rest) else None
            if tail:
                rest = rest[:tail.start()]
            inverted = _INVERTED_APPOINTMENT.match(np) if verb in ("utses", "utsågs", "väljs", "valdes") else None
            if inverted and rest.strip():
                # "Att representera föreningen vid stämman utsågs Per Olsson", "Till kassör valdes Eva Ek":
                # the duty first, who takes it after the verb
                duty = np[:1].lower() + np[1:]
                # "Som vice ordförande från årsskiftet väljs Gunilla Hofer": the duty as an election names it
                duty = re.sub(r"^som\s", "till ", duty)
                # "… utsågs Eva Ek, som alltså går från vikarie till ordinarie": what is told of her, no part of the choice
                rest = re.sub(r",\s+som\s.*$", "", rest)
                # "Som ny sammankallande utsågs Eva Ek från och med januari": the name, the duty, then from when
                w = _NAME_THEN_WHEN.match(rest.strip())
                if w:
                    return f"{_PASSIVE_DECISION[verb]} {w.group('who')} {duty} {w.group('when')}"
                return f"{_PASSIVE_DECISION[verb]} {rest.strip()} {duty}"
            if not ante and ", som " in np:
                # "Frågan om X, som arbetsgruppen lyfte till SBU i oktober, lyfts …": the relative clause tells its past
                np = re.sub(r",\s+som\s+[^,]+,?$", "", np)
            if not ante and verb in _REFERRAL_PASSIVE and (co := _COORDINATED_STATE.match(np)):
                # "Frågan om X ligger utanför gruppens uppdrag och lyfts till Y": what it is handed on is the
                # subject, the first predicate a reason
                pred = np[co.end("np"):].strip()[:-len("och")].strip()
                np = co.group("np")
                if re.fullmatch(r"(?:Frågan|Ärendet|Den\s+frågan)", np) and re.match(r"(?:kräver|behöver|rör|gäller|berör)\s", pred):
                    # "Frågan kräver ett ställningstagande om sekretess … och lyfts …": a bare question is what it needs
                    np = f"{np} som {pred}"
            if ante:
                np = ante
            elif np.split()[0].casefold() in _NOT_NP_START or len(np.split()) > 12:
                return None
            # ("Uppföljningen läggs i övrigt till handlingarna": an adverb between, the rest of it filed)
            if verb in ("läggs", "lades") and not re.match(r"\s+(?:(?:i\s+övrigt|därmed|härmed|därefter|också|även)\s+)?"
                                                         r"till\s+(?:handlingarna|protokollet)", rest):
                return None
            if verb in _SET_UP:
                if not _SET_UP_BODY.search(np):
                    return None
                np = re.sub(r"^(En|Ett)\s", lambda a: a.group(1).lower() + " ", np)
            if verb in ("lämnas", "ges") and _UPPDRAG_NAMED.match(np) and re.match(r"\s+(?:till|åt)\s", rest):
                pass  # "Uppdraget att ta fram X lämnas till Eva Ek": the uppdrag handed out, a joint council's decision
            elif verb == "ges":
                return None  # "Information ges av Eva": only an uppdrag given is decided so
            elif verb == "lämnas" and not _HANDED_FOR.match(rest):
                return None  # "Information lämnas av Eva", "Synpunkter lämnas senast i maj"
            if verb == "hänvisas" and np.split()[0].casefold() not in _MATTER_WORDS:
                return None  # "Medborgare med frågor hänvisas till kontaktcenter": people sent on, no matter decided
            if _MOTION_THAT.search(np):
                return None  # "Eva Ek (SD) yrkar att ärendet bordläggs": a motion put, decided (or not) after it
            if verb == "bordlades" and not _TO_NEXT_MEETING.match(rest):
                return None  # "Ärendet bordlades i våras": told of an earlier meeting
            if verb in _ONWARD_ONLY and not _ONWARD_ONLY[verb].match(rest):
                return None
            if agent := re.match(r"\s+av\s+(?P<by>[^,;]+?)(?=\s*[,;]|\s*$)", rest):
                if not _is_own_agent(agent.group("by"), selves):
                    return None  # "… antogs av fullmäktige": another body's decision
                rest = rest[agent.end():]  # "Rutinen godkändes av gruppen, gäller fr 1/9": the meeting's own
            if " av " in rest and re.match(r"\s+till\s+[^,;]{2,60}?\s+av\s+[A-ZÅÄÖ]", rest):
                return None  # "Planeringen överlämnades till gruppen av Arbetsgrupp X": another body handed it on
            if (verb not in ("lyfts", "lyftes", "bordläggs", "bordlades", "lämnas", *_REFERRAL_PASSIVE) and _LATER.search(rest)
                    and not (verb in ("utses", "väljs") and re.match(r"\s+till\s", rest) and _PERSON_NP.fullmatch(np))):
                # "Budgeten fastställs i november": a plan, not today's decision (but "Eva Ek utses till
                # sammankallande under våren": one appointed today, for a term)
                return None
            if verb not in _PRESENT_PASSIVE and _DATED.search(rest):
                return None  # "Appen godkändes för start 2023-09-06": dated, so told as history
            # "Uppdrag 4 är slutfört och stängs" (but "Frågan om en tjänst för skolan och vården lyfts …": the "och"
            # in what the question is about)
            # ("Punkt 1 och 3 avförs från listan": points of a list by their numbers, one subject)
            # ("Förseningen och dess påverkan på budgeten lyfts …": two things joined, a pronoun's or article's noun after
            # "och", one subject)
            if not ante and (_FINITE.search(np) or " och " in _ABOUT_TAIL.sub(r"\1", re.sub(r"(\d)\s+och\s+(?=\d)", r"\1", np))
                             and not _NOUN_AND_NOUN.search(np)):
                return s if not rest.strip() else None  # "Uppdrag 4 är slutfört och stängs"
            first, _, tail = np.partition(" ")
            # ("Omar utses till sammankallande": one appointed by a given name keeps it)
            if not ante and not (tail[:1].isupper() or first.isupper() or first.casefold() in _NOT_NAME_FIRST
                                 or not tail and verb in ("utses", "utsågs", "väljs", "valdes") and is_given_name(first)):
                np = first[:1].lower() + first[1:] + (" " + tail if tail else "")
            return f"{_PASSIVE_DECISION[verb]} {np}{rest}".strip()
        return None
    return s


# the meeting's approval in a relative clause of the minutes or agenda approved
_RELATIVE_APPROVAL = re.compile(
    r"(?:^|\s)(?P<np>(?:(?:förra|föregående|senaste|dagens)\s+)?(?:dagordningen|föredragningslistan|minnesanteckningarna|"
    r"mötesanteckningarna|anteckningarna|protokollet)(?:\s+från\s+[^,]{2,40}?)?),\s+som\s+(?:därmed|därefter|sedan|då)?\s*"
    r"(?P<verb>godkändes|godkänns|fastställdes|fastställs|är\s+godkända|är\s+godkänd|är\s+godkänt|"
    r"lades\s+till\s+handlingarna|läggs\s+till\s+handlingarna)\s*\.?$", re.I)
# a passive negated ("… inte alltid utses") or inside what someone reported ("Eva tog upp att …"): no decision
_NEGATED_OR_REPORTED = re.compile(r"\b(?:inte|ej|aldrig)(?:\s+(?:alltid|längre|heller))?$|"
                                  r"\b(?:tog\s+upp|berättade|påpekade|framförde|konstaterade|menade|upplever|"
                                  r"upplevde|informerade\s+om)\s+att\s|"
                                  # another body's decision told: "Länsstyrelsen meddelar i protokoll den 20 maj att Eva
                                  # Ek (C) utses till ledamot i Per Lunds ställe"
                                  r"\b(?:meddelar|meddelade|har\s+meddelat)\s+(?:i\s+(?:protokoll|beslut)\s+)?(?:den\s+[^.;]{1,25}?\s+)?att\s")
# a task given by the body that met, told in the passive with the body as its agent
_TASKED_BY_SELF = re.compile(r"^[A-ZÅÄÖ][^.;]{0,120}?\s+(?:får|ges)\s+i\s+uppdrag\s+av\s+(?P<by>[\wåäöÅÄÖ-]+)\s+att\s")
# "Samverkansgruppen tackar för rapporten och lägger den till handlingarna": the decision is the filing
_THANKS_FILED = re.compile(r"^tackar\s+för\s+(?P<what>\w+(?:\s+\w+){0,3}?)\s+och\s+(?:lägger|lade)\s+"
                           r"(?:den|det|dem)\s+till\s+(?P<where>handlingarna|protokollet)")
# the tasked body's report back, in the active with its name's head: "Styrgruppen återrapporterar till X i maj"
_TASKED_REPORTS_BACK = re.compile(r"^(?P<noun>[A-ZÅÄÖ][a-zåäö]{3,}?)(?:en|et|n|na)\s+(?:återrapporterar|rapporterar|"
                                  r"redovisar|återkommer)\s+(?:till|för)\s")
_FOLLOW_ON = re.compile(r"^(?P<noun>[A-ZÅÄÖ][a-zåäö]{3,}?)(?:et|en|n|na)\s+(?P<verb>[a-zåäö]+s)\b")


def _is_follow_on(sent: str, previous: str) -> bool:
    """Is ``sent`` a detail of the decision before it: in the passive, its subject the thing that
    decision brought in ("… ta fram ett förslag …" / "Förslaget redovisas i höst")?

    >>> _is_follow_on("Rapporten lämnas i juni.", "ge kansliet i uppdrag att skriva en rapport om läget")
    True
    >>> _is_follow_on("Arbetsgruppen består av AB och CD.", "inrätta en arbetsgrupp för SIP")
    False
    >>> _is_follow_on("Utvärderingen återrapporteras till nämnden i februari.", "ge förvaltningen i uppdrag att utvärdera programmet")
    True
    >>> _is_follow_on("Styrgruppen återrapporterar till RLG den 3 maj.", "Styrgrupp Åby får i uppdrag att ta fram en plan.")
    True
    >>> _is_follow_on("Styrgruppen återrapporterar till RLG den 3 maj.", "Arbetsgrupp Ekby får i uppdrag att ta fram en plan.")
    False
    >>> _is_follow_on("Planen återrapporteras till utskottet den 8 juni.", "Kommundirektören uppdras att ta fram en åtgärdsplan.")
    True
    """
    m = _TASKED_REPORTS_BACK.match(sent)
    if m:
        # "Styrgrupp Åby får i uppdrag att … / Styrgruppen återrapporterar till RLG i maj": the report back of the
        # body tasked just before, by its name's head in the definite form
        return re.search(rf"\b{m.group('noun').casefold()}\b[^.;]{{0,80}}?\s(?:får|ges)\s+i\s+uppdrag\b",
                         previous.casefold()) is not None
    m = _FOLLOW_ON.match(sent)
    if not m or m.group("verb") in ("består", "finns", "anses", "behövs", "måste", "förs"):
        return False
    noun = m.group("noun").casefold()
    if (noun.endswith("ing") and m.group("verb") in _REPORTED_BACK
            and re.search(rf"\b{noun[:-3]}a\b", previous.casefold())):
        return True  # "… utvärdera programmet efter ett år. / Utvärderingen återrapporteras till nämnden i februari"
    # (the thing may be named by a compound the noun ends: "… ta fram en åtgärdsplan …" / "Planen återrapporteras …")
    return re.search(rf"\b(?:en|ett)\s+(?:[a-zåäö]+\s+)?(?:[a-zåäö]{{2,}})?{noun}\b", previous.casefold()) is not None


_REPORTED_BACK = frozenset(("återrapporteras", "redovisas", "rapporteras", "lämnas", "presenteras"))


# an item on the next meeting, its decision the day alone: "Nästa möte" / "Beslut: 10/5 kl. 13–15 i Åby."
_NEXT_MEETING_TITLE = re.compile(r"^(?:\W*\d+\W*\s*)?(?:nästa|kommande)\s+(?:möte|träff|sammanträde)", re.I)
_BARE_WHEN = re.compile(r"^\d{1,2}(?:/\d{1,2}|\s+[a-zåäö]{3,}\.?)(?:\s+\d{4})?(?:[,\s]+(?:kl\.?\s*)?\d{1,2}(?:[.:]\d\d)?"
                        r"(?:\s*[–-]\s*\d{1,2}(?:[.:]\d\d)?)?)?(?:[,\s]+(?:i|på|via)\s+[^.;]{1,40})?\s*\.?$")


# what was approved, handed on to the body that decides it, after the approval: "Rutinen skickas till RLG för beslut
# 3/4, Per föredrar." (who presents it there after the comma)
_APPROVED_HANDED_ON = re.compile(r"^(?P<np>[A-ZÅÄÖ][a-zåäö]+(?:en|et|na))\s+(?P<verb>skickas|lyfts|överlämnas|går)\s+"
                                 r"(?:vidare\s+)?(?P<rest>till\s+[^,;]+?)(?:,\s+(?P<after>[A-ZÅÄÖ][^,;]+?))?\s*\.?$")
# … who presents it there, that after the comma: "Per föredrar", "Eva Ek presenterar"
_PRESENTS_THERE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?\s+(?:föredrar|presenterar|redovisar)$")


def _block_decisions(text: str, selves: _Selves | None, known_names: set[str],
                     check_first: bool = False, told: bool = False, adopted: bool = False) -> tuple[list[str], str]:
    """Decisions in a decision paragraph ("Beslut: …", "X beslutar att …" and what follows), one per
    sentence and per ", samt att"; the sentences after one that gives people a task go back to the
    running text: (decisions, rest). In a decision told in running text (``told``, under no "Beslut"
    label) so does a sentence on what another body shall do: that body's task. A proposal ``adopted``
    ("Förslag till beslut: …" / "Beslut: Enligt förslaget") was decided in every sentence.

    >>> _block_decisions("Nämnden godkänner rapporten. Uppdraget gäller 2026. Eva Ek lämnar sammanträdet kl. 11.", None, set())
    (['godkänner rapporten.', 'Uppdraget gäller 2026.'], 'Eva Ek lämnar sammanträdet kl. 11.')
    >>> _block_decisions("godkänna planen. Sekreteraren bereder ärendet till PSVO.", None, set(), told=True)
    (['godkänna planen.'], 'Sekreteraren bereder ärendet till PSVO.')
    >>> _block_decisions("stänga uppdrag 3 och att uppdrag 4 ska prioriteras under hösten.", None, set())[0]
    ['stänga uppdrag 3', 'uppdrag 4 ska prioriteras under hösten.']
    >>> _block_decisions("Rutinen skickas till styrgruppen. Nätverket arbetar på uppdrag av Åby BRÅ och rapporterar dit.",
    ...                  None, set())
    (['Rutinen skickas till styrgruppen.'], 'Nätverket arbetar på uppdrag av Åby BRÅ och rapporterar dit.')
    >>> _block_decisions("En arbetsgrupp bildas med Eva Ek och Per Lund; Eva Ek är sammankallande.", None, set())[0]
    ['En arbetsgrupp bildas med Eva Ek och Per Lund', 'Eva Ek är sammankallande.']
    """
    out: list[str] = []
    sentences = _split_sentences(text)
    for k, sent in enumerate(sentences):
        if (k or check_first) and not adopted and (
                # ("Emma Ek får i uppdrag att …" after the decision under a "Beslut" label: a decided point too)
                _is_task_sentence(sent, known_names) and (told or not _GIVEN_TASK.search(sent))
                or told and _other_body_shall(sent, selves)
                # "LSVO beslutar att rekommendera PSVO … Sekreteraren bereder ärendet …": a role's task after it
                or told and _ROLE_DOES.match(sent[:1].lower() + sent[1:])) and not (
                # "Beslut: Förbundschefen skriver ett utkast. Varje huvudman lämnar synpunkter …": tasks decided
                # in turn, where the decision itself is a task; after any other decision, the parties' task
                k and _EACH_PARTY_DOES.match(sent) and (_is_task_sentence(sentences[0], known_names)
                                                        or _ONE_DOES.match(sentences[0]))):
            return out, " ".join(sentences[k:])
        if _NEXT_MEETING_LINE.match(sent):
            # "Nästa möte: 2026-11-12, kl. 13.00 …" under the last item's decision: the minutes' closing line
            return out, " ".join(sentences[k:])
        if k and "på uppdrag" in sent and _STANDING_MANDATE.match(sent):
            # "Beslut: Rutinen skickas till X. Nätverket arbetar på uppdrag av Y och rapporterar dit.": the body's
            # standing mandate told after the decision goes back to the running text, no point decided
            return out, " ".join(sentences[k:])
        if k and out and _RAISED_AFTER.match(sent) and _TASK_GIVEN.search(out[-1]):
            # "… uppdra åt ordföranden att föra samtal med X. Ett förslag lyfts därefter till kommunstyrelsen.":
            # where the task's outcome goes next is the mandate, told after the decision, no point decided
            return out, " ".join(sentences[k:])
        if k and "av " in sent and _decided_by_other(sent, selves):
            # "Planen beslutas av kulturnämnden i april." after the group's stand: that body's decision to come
            return out, " ".join(sentences[k:])
        if k and out and "anmäl" in sent and _PAPERS_REPORTED.match(sent):
            # "Anmälningarna läggs till handlingarna." / "Protokoll från PSO och från arbetsutskottet anmäls.": what
            # was reported, told after the decision on it, goes back to the running text
            return out, " ".join(sentences[k:])
        if out and (out[-1][:9] == "godkänna " or _SUBJECTLESS_APPROVAL.match(out[-1])) \
                and (on := _APPROVED_HANDED_ON.match(sent)):
            # "Beslut: ok med ändringarna. Rutinen skickas till RLG för beslut 3/4, Per föredrar.": the approval
            # handed on is one point; who presents it there goes back to the running text
            verb = {"lyfts": "lyfta", "går": "låta", "överlämnas": "överlämna"}.get(on.group("verb"), "skicka")
            np = on.group("np")[:1].lower() + on.group("np")[1:]
            goes = " gå vidare" if on.group("verb") == "går" else ""
            out[-1] = f"{out[-1].rstrip(' .')} och {verb} {np}{goes} {on.group('rest')}"
            after = on.group("after") or ""
            if _PRESENTS_THERE.match(after):
                after = ""  # ("…, Per föredrar": he presents it to that body, no item of this meeting he presents)
            if after or sentences[k + 1:]:
                return out, " ".join([after + "." if after else "", *sentences[k + 1:]]).strip()
            continue
        if out and _is_follow_on(sent, out[-1]):
            out[-1] = out[-1].rstrip(" .") + "; " + sent[:1].lower() + sent[1:].rstrip(" .")
            continue
        back = None  # what goes back to the running text after this sentence's decision
        if "; " in sent and not adopted:
            head, _, tail = sent.partition("; ")
            if tail[:1].islower() and (_ROLE_DOES.match(tail) or _is_task_sentence(tail[:1].upper() + tail[1:], known_names)):
                # "PSVO beslutar att fastställa planen; sekreteraren skickar ut kallelser …": the decision ends at the
                # semicolon, the task after it goes back to the running text with the sentences after it
                sent, back = head, " ".join([tail[:1].upper() + tail[1:], *sentences[k + 1:]])
        t = _decided_text(sent, selves, True)
        if t:
            # ("En arbetsgrupp bildas med A, B och C; A är sammankallande": who leads it, a point of its own)
            out.extend(q for point in _LEAD_AFTER_SEMICOLON.split(t) for p in _SAMT_ATT.split(_LEADING_ATT.sub("", point))
                       if p.strip() for q in _second_act(p.strip()))
        if back is not None:
            return out, back
    return out, ""


_SHALL = re.compile(r"^(?P<subj>[A-ZÅÄÖ][\wåäö-]+)\s+(?:ska|skall)\s")
# what comes of a task goes on to another body afterwards: "Ett förslag till avtal lyfts därefter till kommunstyrelsen."
_RAISED_AFTER = re.compile(r"^[A-ZÅÄÖ][^.;]{0,80}?\s(?:lyfts|förs|överlämnas|skickas|tas\s+upp)\s+(?:därefter|sedan|efter\s+det)\s+"
                           r"(?:vidare\s+)?(?:till|i|med)\s+[^.;]{3,80}\.?$")
_TASK_GIVEN = re.compile(r"^(?:att\s+)?(?:uppdra\s+åt|ge\s+[^.;]{2,60}?\s+i\s+uppdrag)\s")
# what another body is to decide, in the passive with its agent: "Planen beslutas av kulturnämnden i april 2027"
_DECIDED_BY = re.compile(r"^[A-ZÅÄÖ][^.;]{0,80}?\s(?:beslutas|fastställs|antas)\s+(?:sedan\s+|slutligt\s+|formellt\s+)?"
                         r"av\s+(?P<body>[a-zåäöA-ZÅÄÖ][^.;]{2,80}?)(?:\s+(?:i|den|under|vid|senare|efter|på)\s+[^.;]*)?\.?$")


def _decided_by_other(sent: str, selves: _Selves | None) -> bool:
    """Whether ``sent`` tells what another body is to decide ("Planen beslutas av kulturnämnden i april"),
    not what the body that met decided.

    >>> s = _Selves("Samverkansgruppen för folkbibliotek", "Samverkansgruppen för folkbibliotek")
    >>> _decided_by_other("Planen beslutas av kulturnämnden i Region Åby i april 2027.", s)
    True
    >>> _decided_by_other("Planen fastställs av samverkansgruppen i maj.", s)
    False
    """
    m = _DECIDED_BY.match(sent)
    return bool(m and _GROUPISH.search(m.group("body"))
                and (selves is None or selves.is_self(m.group("body").split(" i ")[0]) is False))
# a role or unit doing something, a clause of its own: "sekreteraren skickar ut …", "förvaltningen återkommer …"
_ROLE_DOES = re.compile(r"(?:[a-zåäö-]*(?:aren|ören|chefen|ledaren|samordnaren|ordföranden|förvaltningen|kansliet|"
                        r"sekretariatet))\s+(?:(?:ska|skall)\s+[a-zåäö]{2,}a|[a-zåäö]{2,}(?:ar|er|ir|år|ör))\s")
_NEXT_MEETING_LINE = re.compile(r"^(?:Nästa|NÄSTA)\s+(?:möte|sammanträde|MÖTE|SAMMANTRÄDE)\s*:")
# papers reported to the body, listed after its decision to file them (not "… anmäls till kommunstyrelsen", decided)
_PAPERS_REPORTED = re.compile(r"^[A-ZÅÄÖ](?:(?!\btill\b)[^.;]){0,240}?\s(?:anmäls|anmäldes|har\s+anmälts)\s*\.?$")


def _other_body_shall(sent: str, selves: _Selves | None) -> bool:
    """"Arbetsgruppen ska lämna ett förslag …" after the decision that set it up: a task of that other
    body, not a decision of the one that met.

    >>> s = _Selves("Styrgrupp psykisk hälsa", "Styrgrupp psykisk hälsa")
    >>> _other_body_shall("Arbetsgruppen ska lämna ett förslag i mars.", s), _other_body_shall("Styrgruppen ska följa upp.", s)
    (True, False)
    """
    m = _SHALL.match(sent) if selves is not None else None
    return bool(m and _GROUPISH.search(m.group("subj")) and selves.is_self(m.group("subj")) is False)


def _lines_holding(lines: list[str], text: str, words) -> set[int]:
    r"""The 0-based numbers of the ``lines`` (``text`` is them joined by newlines, perhaps
    lowercased) that hold one of ``words``, found for the whole text at once with str.find (several
    times faster than a pattern over the alternation, line by line).

    >>> sorted(_lines_holding(["a beslut", "b", "c att"], "a beslut\nb\nc att", ("beslut", "att")))
    [0, 2]
    """
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    out: set[int] = set()
    for word in words:
        i = text.find(word)
        while i >= 0:
            k = bisect_right(starts, i) - 1  # the line holding position i
            out.add(k)
            i = text.find(word, starts[k + 1] if k + 1 < len(starts) else len(text))
    return out


def _cue_lines(lines: list[str]) -> set[int]:
    """The 1-based numbers of the lines holding a decision cue word."""
    return {k + 1 for k in _lines_holding(lines, "\n".join(lines).lower(), _HINT_WORDS)}


_DECIDED_PASSIVE_LEAD = re.compile(r"^(?:Det\s+)?[Bb]eslutades\s+(?:också\s+|även\s+)?att\s+")


def _decider(sent: str) -> str | None:
    """The body named as deciding in a sentence: 'Gruppen beslutade …', 'Efter diskussion föreslår
    arbetsgruppen …'; None for the passive and for a subject that is no body.

    >>> _decider("Efter diskussion föreslår arbetsgruppen att …"), _decider("Dagordningen godkänns")
    ('arbetsgruppen', None)
    >>> _decider("Det beslutades att samverkansgruppen ställer sig bakom planen"), _decider("Vi bestämde att …")
    ('Samverkansgruppen', None)
    >>> _decider("Styrgruppen gav projektgruppen i uppdrag att pröva headset")
    'Styrgruppen'
    """
    if "eslutades" in sent[:16] and (lead := _DECIDED_PASSIVE_LEAD.match(sent)):
        sent = sent[lead.end():]  # "Det beslutades att gruppen ställer sig bakom …": the clause's own subject
        sent = sent[:1].upper() + sent[1:]
    m = _SUBJECT_VERB.match(sent)
    if m and m.group("subj").casefold() == "vi":
        return None  # "Vi bestämde att …": the meeting itself, as in the passive
    if m and (_GROUPISH.search(m.group("subj").split()[-1]) or m.group("subj").casefold() in _ALWAYS_SELF):
        return m.group("subj")  # "Styrgruppen gav projektgruppen i uppdrag …": the body before the verb decides
    m = _VERB_SUBJECT.match(sent)
    if m:
        return m.group("subj")
    return None


def _giving_goes_on(last: str, line: str) -> bool:
    """Whether ``line`` goes on with the "ge … i uppdrag" the list item above left open, a body's name broken
    over the lines: "● RLG beslutade att ge Styrgrupp kompetensförsörjning vård och omsorg" / "Skogland i
    uppdrag att …".

    >>> _giving_goes_on("RLG beslutade att ge Styrgrupp kompetens vård och omsorg", "Skogland i uppdrag att ta fram")
    True
    >>> _giving_goes_on("RLG beslutade att ge Styrgrupp X i uppdrag att ta fram en plan", "Skogland deltar inte.")
    False
    """
    return (" i uppdrag" not in last and bool(_GIVE_OPEN.search(last))
            and bool(_IN_UPPDRAG_NEXT.match(line)))


# "… att ge Styrgrupp X" with "i uppdrag" still to come, and the line that brings it
_GIVE_OPEN = re.compile(r"\b(?:ge|ger|gav|gett|givit)\s+[A-ZÅÄÖ][^.;:]*$")
_IN_UPPDRAG_NEXT = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäöÅÄÖ-]+){0,3}?\s+i\s+uppdrag\b")


# a point marked decided in brackets at its end, as loose notes do: "… hela 2027 (beslut)", "(beslutades)"
# ("… från och med i dag – vi beslutade det enhälligt", "…, vilket beslutades": the point before, marked decided after it)
_DECIDED_MARK = re.compile(r"\s*\((?:beslut|beslutat|beslutades|beslutas)\)\s*\.?\s*$"
                           r"|\s*(?:[–—-]|,)\s*(?:vi\s+(?:beslutade|bestämde)\s+(?:det|så)|vilket\s+(?:beslutades|bestämdes)|"
                           r"(?:det|så)\s+(?:beslutades|bestämdes))(?:\s+(?:enhälligt|också|även))?\s*\.?\s*$", re.I)


def _narrative_decisions(item: str | None, own: list[tuple[int, str]], decisions: list[ParsedDecision],
                         selves: _Selves | None) -> None:
    """Decisions told in the running text: the body itself deciding, or approving in the passive.

    ``own`` holds the item's running-text lines (line number, text); paragraphs under a background
    label ("Ärendebeskrivning", "Yrkanden" …) tell what led to a decision and are skipped.

    >>> found = []
    >>> _narrative_decisions("2", [(3, "Ewa informerade. Gruppen beslutade att ställa sig bakom"), (4, "förslaget.")], found, None)
    >>> [(d.text, d.decided_by, d.line) for d in found]
    [('ställa sig bakom förslaget', 'Gruppen', 3)]
    >>> found = []
    >>> _narrative_decisions("4", [(5, "Gruppen enades om att utvärderingen redovisas i juni (Ansvar: AF, v. 24).")], found, None)
    >>> [d.text for d in found]
    ['utvärderingen redovisas i juni']
    >>> found = []
    >>> _narrative_decisions("3", [(4, "Gruppen beslutade att samla en utbildningsdag i april; JH bokar lokal.")], found, None)
    >>> [d.text for d in found]
    ['samla en utbildningsdag i april']
    >>> found = []
    >>> _narrative_decisions("2", [(3, "Uppdrag\\tAnsvarig\\tStatus"), (4, "Ny rutin\\tEva Ek\\tEj påbörjad"),
    ...                            (5, "Gruppen beslutade att uppdraget förlängs till juni.")], found, None)
    >>> [d.text for d in found]
    ['uppdraget förlängs till juni']
    """
    paragraphs: list[tuple[int, list[str]]] = []
    hinted: list[bool] = []
    cues = selves.cue_lines if selves is not None else None
    background = False
    after_bullet = False  # the line before was a list item or its continuation
    last_line = ""
    lead = None  # the body named alone on the line above a list of what it decides
    for n, line in own:
        s = line.strip()
        if not s:
            background = background == "label"  # a label over a blank line still heads the paragraph below
            if paragraphs and paragraphs[-1][1]:
                paragraphs.append((0, []))
                hinted.append(False)
            continue
        if _BACKGROUND.match(s):
            background = "label"
            continue
        if s[:1] in "Dd" and _DNR_LINE.match(s):
            # "Dnr EN 2026/2" alone under the § heading, the meeting system's print with no blank line after it:
            # the case's number, no part of the sentence below it
            if paragraphs and paragraphs[-1][1]:
                paragraphs.append((0, []))
                hinted.append(False)
            continue
        if len(s) < 14 and _NOTES_PART_LABEL.fullmatch(s):
            # "Noteringar" / "4.1 Gruppen beslutade …": the label of the points below, no part of their first sentence
            if paragraphs and paragraphs[-1][1]:
                paragraphs.append((0, []))
                hinted.append(False)
            last_line = s + ":"
            continue
        if background or s[:1] in "|\t":
            if background:
                background = True  # the paragraph under the label has begun: a blank line ends it
            continue
        if (paragraphs and paragraphs[-1][1] and s[:1].isdigit() and _NUMBERED_POINT.match(s)
                and last_line.rstrip().endswith((".", "!", ":"))):
            # "1. Regionstyrelsen föreslår … / 2. Regiondirektören får i uppdrag …": a numbered point
            # at the margin is a paragraph of its own, its number no part of its first sentence
            paragraphs.append((0, []))
            hinted.append(False)
            s = _NUMBER_LEAD.sub("", s)
        if s[:1] in "-→⇒➔➜=☐☑" and (arrow := _ACTION_ARROW.match(s)):
            # "-> HG lämnar utkastet till styrgruppen 4/12.": an action marked under the paragraph, a
            # paragraph of its own, not more of the decision above it
            if paragraphs and paragraphs[-1][1]:
                paragraphs.append((0, []))
                hinted.append(False)
            s = s[arrow.end():].lstrip()
            if not s:
                continue
        if s.count("\t") >= 2 or "\t" in s and all(0 < len(c.strip()) <= 40 for c in s.split("\t")) \
                and not s.endswith((".", ":", ",")):
            # a table's row of three cells or more ("Uppdrag\tAnsvarig\tStatus" …), read as its table: no running
            # text, and the sentence after the table starts a paragraph of its own, though a Word document keeps
            # no blank line between them (a row of two short cells too: "Tema\tPrickar" / "Dokumentation\t7")
            if paragraphs and paragraphs[-1][1]:
                paragraphs.append((0, []))
                hinted.append(False)
            last_line = s
            continue
        bullet = s[:1] in _BULLETS
        # (a line indented under the item, as Markdown wraps a list item, goes on with it: "- … med Elsa Ek, Mirja" /
        # "  Lind och Tomas Berg.")
        indented = after_bullet and line[:2] == "  "
        if (paragraphs and paragraphs[-1][1] and after_bullet and not bullet and s[:1].isupper() and not indented
                and not _OPEN_END.search(last_line) and not last_line.rstrip().endswith(":")
                and not _giving_goes_on(last_line, s)):
            # a capitalised line at the margin after a list: the list has ended, though a Word document
            # or a PDF keeps no blank line before the paragraph that follows
            paragraphs.append((0, []))
            hinted.append(False)
        if not paragraphs or not paragraphs[-1][1]:
            if paragraphs:
                paragraphs.pop()
                hinted.pop()
            paragraphs.append((n, []))
            hinted.append(False)
        if bullet and lead is not None and paragraphs[-1][1] and (point := _strip_bullet(s))[:1].islower():
            # "Styrgruppen" / "- godkänner projektplanen," / "- utser Eva Ek till projektledare,": the body on a
            # line of its own, each point under it a sentence of its own with the body as its subject
            if paragraphs[-1][1][-1] == lead:
                paragraphs[-1][1].pop()
            paragraphs[-1][1].append(f"{lead} {point.rstrip(' ,;')}".rstrip(" .") + ".")
        else:
            if (bullet and paragraphs[-1][1] and after_bullet and not _OPEN_END.search(paragraphs[-1][1][-1])
                    and not paragraphs[-1][1][-1].rstrip().endswith((".", "!", "?", ":", ";", ","))):
                # "- Birgitta + Marie sammanställer erfarenheterna" / "- Beslutades att …": loose notes' points
                # without a full stop, each a sentence of its own
                paragraphs[-1][1][-1] = paragraphs[-1][1][-1].rstrip() + "."
                s = _point_opened(_strip_bullet(s))
            paragraphs[-1][1].append(_strip_bullet(s) if bullet else s)
        if not bullet:
            lead = s.rstrip(" :") if len(s.split(None, 2)) <= 2 and _LONE_BODY.fullmatch(s) else None
        hinted[-1] = hinted[-1] or cues is None or n in cues
        after_bullet = bullet or (after_bullet and (not s[:1].isupper() or indented))
        last_line = s
    said: list[str] = []  # the item's sentences so far, for what an anaphoric subject stands for
    appointed = False  # the sentence before named people to a body or a duty
    for (n, parts), hint in zip(paragraphs, hinted):
        if not parts:
            continue
        if not hint:
            said.append(" ".join(parts))  # split into sentences only if an anaphor needs it
            appointed = False
            continue
        labelled = False  # the paragraph's last sentence was decided under an inline "Beslut:" label
        for sent in _split_sentences(" ".join(parts)):
            if labelled and _DECIDED_PASSIVE_AFTER_LABEL.match(sent.strip()):
                # "Beslut: Omar ingår i arbetsgruppen. Arbetsgruppens uppdrag förlängs till 2028.": the label
                # covers the next sentence too, a decided point told in the passive
                text = sent.strip().rstrip(" .")
                decisions.append(ParsedDecision(item=item, text=text, position=len(decisions) + 1,
                                                classification=_classify(text), decided_by=None, line=n))
                said.append(sent)
                continue
            labelled = False
            if appointed and (lead := _LEAD_AFTER_APPOINTMENT.fullmatch(sent.strip())):
                # "Till beredningsgruppen utses A, B och C. C är sammankallande.": who leads them, decided with them
                decisions.append(ParsedDecision(item=item, text=lead.group(0).rstrip(" ."), position=len(decisions) + 1,
                                                classification=_classify(lead.group(0)), decided_by=None, line=n))
                said.append(sent)
                continue
            appointed = False
            if sent[:4] in ("Inge", "Inga") and (consent := _NO_OBJECTION.match(sent.strip())):
                # "Camilla frågade om mötet ska vara fysiskt. Ingen invändning – första mötet blir fysiskt i X.":
                # the question put to the meeting settled by consent, what it settled after the dash
                text = consent.group("d").rstrip(" .")
                decisions.append(ParsedDecision(item=item, text=text, position=len(decisions) + 1,
                                                classification=_classify(text), decided_by=None, line=n))
                said.append(sent)
                continue
            if "?" in sent or not _DECISION_HINT.search(sent.lower()):
                said.append(sent)
                continue
            label = _INLINE_DECISION_LABEL.match(sent)
            if (not label and sent[:7] == "Beslut " and (label := _LABEL_THEN_ATT.match(sent))
                    and _DECISION_AS_SUBJECT.search(sent[label.end() + 4:].split(" att ")[0])):
                # "… Beslut att genomföra en utbildningsdag i mars.": the label and its att-clause inside the
                # paragraph, as on a line of its own (not a decision told as the subject: "Beslut att X fattades av …")
                label = None
            if label and _NO_DECISION_TAKEN.match(sent[label.end():]):
                said.append(sent)  # "Beslut: Inget beslut fattades.": nothing decided
                continue
            # "… redogjorde för läget. Beslut: att införa rutinen": a label inside the paragraph
            text = (_decided_text(_LEADING_ATT.sub("", sent[label.end():]), selves, True, said) if label
                    else _decided_text(sent, selves, False, said))
            if not text and (mark := _DECIDED_MARK.search(sent)) and mark.start() > 0:
                # "Hampus fortsätter som sammankallande hela 2027 (beslut)": the point marked decided after it
                text = sent[:mark.start()].strip(" –-,")
            if not text:
                # "Den frågan kan gruppen inte avgöra, den lyfts till …": the later clause decides
                clause = _ANAPHOR_CLAUSE.search(sent)
                if clause:
                    later = sent[clause.end():]
                    text = _decided_text(later[:1].upper() + later[1:], selves, False, said + [sent[:clause.start()]])
            if not text and "vilket" in sent and (endorsed := _ENDORSED_AFTER.search(sent)) and endorsed.start() > 20:
                # "Moa Berg blir vice ordförande från nästa möte, vilket gruppen ställde sig bakom": the body's
                # endorsement after the clause makes the clause what it decided
                text = sent[:endorsed.start()].strip(" ,.")
            if not text and ";" in sent and (own := _BODY_CLAUSE.search(sent)):
                # "Helena presenterade förslaget; gruppen ställde sig bakom det med ett tillägg": the body's clause decides
                later = sent[own.end():]
                text = _decided_text(later[:1].upper() + later[1:], selves, False, said + [sent[:own.start()]])
            said.append(sent)
            if not text:
                continue
            # "beslutade att dagen hålls i X och att varje huvudman står för …": a decision per att-clause
            # ("… (Ansvar: AF, v. 5)": who sees to it and when, no part of what was decided)
            # ("beslutade att ge X i uppdrag att …, att en arbetsgrupp ska tillsättas …, samt att förslaget ska …": each)
            # ("Gruppen fastställer dagordningen och utser Eva Ek till justerare": two acts, two points)
            # ("… en utbildningsdag i april; JH bokar lokal och IH skickar inbjudan": who does what after the semicolon,
            # by initials, the tasks that follow from it and no part of what was decided)
            text = _DOERS_AFTER_SEMICOLON.sub("", text)
            # ("En arbetsgrupp bildas med A, B och C; A är sammankallande": who leads it, a decided point of its own)
            for text in (t for point in _LEAD_AFTER_SEMICOLON.split(text)
                         for clause in _NARRATIVE_ATT_SPLIT.split(_RESPONSIBLE_NOTE.sub("", point.rstrip(" .")).rstrip(" ."))
                         for t in _second_act(clause)):
                decisions.append(ParsedDecision(item=item, text=text, position=len(decisions) + 1,
                                                classification=_classify(text),
                                                decided_by=_decider(sent[label.end():] if label else sent), line=n))
            appointed = bool(re.match(r"(?:utse|välja)\s", text))
            labelled = label is not None


# the tasks a decision's sentence goes on to after a semicolon, each by its doer's initials: "; JH bokar lokal och …"
_DOERS_AFTER_SEMICOLON = re.compile(r"\s*;\s+[A-ZÅÄÖ]{2,4}(?:\s+(?:och|,)\s+[A-ZÅÄÖ]{2,4})?\s+[a-zåäö]{2,}r\b.*$")


# a decided point told in the passive, its subject a noun: "Arbetsgruppens uppdrag förlängs till och med 2028",
# "Rutinen fastställs", "Frågan bordläggs till nästa möte"
_DECIDED_PASSIVE_AFTER_LABEL = re.compile(
    r"^[A-ZÅÄÖ][\wåäö:-]*(?:\s+[\wåäö:-]+){0,5}?\s+(?:förlängs|antas|fastställs|godkänns|läggs|avslutas|upphör|"
    r"inrättas|tillsätts|bordläggs|ändras|utökas|återremitteras|skjuts\s+upp)\b")


# the att-clauses of one decision told in a sentence: "… och att …", ", samt att …", and ", att …" before a deciding verb
# or a clause of its own with "ska" ("…, att en arbetsgrupp ska tillsättas"; not "godkänna avtalet, att gälla från …")
_NARRATIVE_ATT_SPLIT = re.compile(r",?\s+och\s+att\s+|,\s*samt\s+att\s+|,\s*att\s+(?=(?:godkänna|fastställa|utse|anta|lägga|ge|"
                                  r"uppdra|notera|överlämna|föreslå|rekommendera|inrätta|tillsätta|delegera|skicka)\b"
                                  r"|(?:[a-zåäö]+\s+){1,3}ska\s|" + _OWN_SUBJECT_CLAUSE + r")")


# a question settled by the meeting's consent: "Ingen invändning – första mötet blir fysiskt", "Inga invändningar: …"
_NO_OBJECTION = re.compile(r"(?:Ingen\s+invändning|Inga\s+invändningar)(?:\s+framfördes|\s+mot\s+förslaget)?\s*[–:;-]\s*"
                           r"(?P<d>[a-zåäöA-ZÅÄÖ].{5,})$")


# the body alone on a line over the points it decides: "Styrgruppen", "Samverkansgruppen beslutar:" is elsewhere
_LONE_BODY = re.compile(r"[A-ZÅÄÖ][a-zåäö-]*(?:gruppen|rådet|teamet|nätverket|nämnden|styrelsen|utskottet|beredningen)\s*:?")


# who of those just appointed leads them, a sentence of its own after the appointment: "Anita Rask är
# sammankallande", "Per Lund är ordförande i gruppen"
_LEAD_AFTER_APPOINTMENT = re.compile(r"[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2}\s+är\s+"
                                     r"(?:vice\s+)?(?:sammankallande|ordförande)(?:\s+(?:i|för)\s+[^.;,]{2,80})?\.?")

# the same after a semicolon, closing the sentence that set the body up: "…; Eva Ek är sammankallande"
_LEAD_AFTER_SEMICOLON = re.compile(r"\s*;\s+(?=[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){0,2}\s+är\s+"
                                   r"(?:vice\s+)?(?:sammankallande|ordförande)\b)")


# a note closing a sentence of who sees to it and when: "(Ansvar: AF, första gången v. 5)"
# a task in brackets at the end of a decided point, its doer by name and a verb in the present: "(Eva Ek tar frågan till …)"
_DOER_ASIDE_AT_END = re.compile(r"\s*\((?P<first>[A-ZÅÄÖ][a-zåäöé]+)(?:\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)?"
                                r"\s+(?:tar|ser|gör|får|[a-zåäö]{2,}(?:ar|er))\s[^()]{6,200}\)\.?$")
_RESPONSIBLE_NOTE = re.compile(r"\s*\((?:[Aa]nsvar(?:ig[a]?)?)\s*:[^()]{2,100}\)\s*$")
# "Beslut:", "Beslut 2:" (the points decided numbered through the notes)
# (a meeting app's notes template in English: "Decisions:" over a bulleted point)
_INLINE_DECISION_LABEL = re.compile(r"^(?:Beslut(?:\s+\d{1,2})?|Ställningstagande|Decisions?(?:\s+made)?)\s*:\s*(?:[-•*]\s+)?(?=\S)")
_GROUP_NAME_BROKEN = re.compile(r"[Ss]amverkansgrupp(?:en)?\s*$")
_BARE_ATT = re.compile(r"^att\s+[a-zåäö]+\s+\S")
# a label over what the body was proposed to decide, written as the decision would be
_PROPOSAL_LABEL = re.compile(r"^(?:förslag\s+till\s+beslut|(?:förvaltningens|ordförandens|arbetsutskottets|"
                             r"presidiets|beredningens)\s+förslag(?:\s+till\s+beslut)?"
                             # "Individutskottets förslag till vård- och omsorgsnämnden": an utskott's proposal to its nämnd
                             r"|[a-zåäö]*utskottets\s+förslag\s+till\s+(?:[a-zåäö]+-\s+och\s+)?[a-zåäö-]+)\s*:?$", re.I)
# the label with the proposal after it on the same line: "Förslag till beslut: Att ge X i uppdrag att …"
_PROPOSAL_LABEL_INLINE = re.compile(_PROPOSAL_LABEL.pattern[:-len(r"\s*:?$")] + r"\s*:\s*(?P<rest>\S.*)$", re.I)
# what makes the att-clauses under it a proposal, a motion or another's words, not the decision
_PROPOSED = re.compile(r"\b(?:föreslår|föreslog|yrkar|yrkade|yrkande\w*|tillstyrker|hemställer|rekommenderar|"
                       r"rekommenderade|begär|begärde|önskar|vill)\b|\bförslag\s+till\s+beslut|^förslag(?:et)?\b",
                       re.I)


def _bare_decision_clause(lines: list[str], lo: int, i: int) -> bool:
    """Line ``i`` opens an att-clause that stands alone after a finished paragraph of the item,
    under no "Beslut" label and no body deciding: how a protocol that writes no labels records its
    decision ("… Förbundsstyrelsen fattar beslut i december." / "att ställa sig bakom förslaget").
    A clause after a sentence proposing, moving or asking for it is no decision.

    >>> _bare_decision_clause(["Ett förslag har skickats ut.", "att ställa sig bakom förslaget."], 1, 2)
    True
    >>> _bare_decision_clause(["Förvaltningen föreslår nämnden besluta", "att anta planen."], 1, 2)
    False
    >>> _bare_decision_clause(["Gruppen menar", "att det behövs."], 1, 2)
    False
    """
    if not _BARE_ATT.match(lines[i - 1].strip()):
        return False
    k = i - 1
    while k >= lo and not lines[k - 1].strip():
        k -= 1
    if k < lo:
        return False
    before = lines[k - 1].strip()
    if not before.endswith((".", "!")) or _ATT_CLAUSE.match(before):
        return False
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    return not _PROPOSED.search(sentence)


def _sentence_head(s: str, after: str) -> bool:
    """Is line ``s`` only the first word or two of a sentence the next line goes on with? A page
    that flowed a hard-wrapped line to its width can leave "Lena" / "återkopplar besked till Mats."
    — no paragraph of its own, so no end of the paragraph before it either.

    >>> _sentence_head("Lena", "återkopplar besked till Mats.")
    True
    >>> _sentence_head("Kent Åberg berättade om kommunstyrelsens", "arbete med budgeten.")
    False
    >>> _sentence_head("Övrigt", "Inga övriga frågor.")
    False
    """
    return len(s.split()) <= 2 and s[-1:].isalpha() and after.strip()[:1].islower()


def _continues(clause: dict, s: str, gap: int, artefact_gap: bool) -> bool:
    """Does line ``s`` continue the current att-clause?"""
    last = clause["last"].rstrip()
    if s[:1] in "-•–*":
        return gap == 0 and (last.endswith(":") or last.lstrip()[:1] in "-•–*")
    if clause.get("bullet") and gap and not clause.get("list"):
        return False  # a paragraph after a list of bulleted clauses is running text again
    if gap == 0:
        return True
    if last.endswith((".", "!", "?", ":")):
        return False
    if _SENTENCE_OPENER.match(s) and not _OPEN_END.search(last):
        return False  # "att … Blekinge" / "När det gäller …": a sentence of its own after the paragraph
    return gap <= 1 or artefact_gap or s[:1].islower()


# ---------------------------------------------------------------- meeting body and date

_NOT_IN_NAME = {
    "vid", "på", "till", "får", "ges", "fick", "har", "hade", "ska", "skall", "kommer", "som", "med", "den", "det",
    "om", "inom", "under", "efter", "inför", "senast", "beslutar", "beslutade", "nästa", "möte", "mötet",
    "sammanträde", "sammanträdet", *MONTHS,
}


def _matches_at(pat: re.Pattern, text: str, word: str):
    """``pat.finditer(text)`` for a case-insensitive ``pat`` that starts with ``word`` (lowercase):
    the pattern tried only where the lowercased text holds the word, not at every position of a
    long text (see :func:`_lowered` for why the lowercased text finds the same places)."""
    low = _lowered(text)
    if low is None:
        yield from pat.finditer(text)
        return
    end = 0
    i = low.find(word)
    while i >= 0:
        if i >= end:
            m = pat.match(text, i)
            if m:
                end = m.end()
                yield m
        i = low.find(word, i + 1)


# "Utbildningsgruppen för vård- och omsorgspersonal i Norrby är tillsatt av …": the name ends before the verb
_FULL_NAME_AFTER = r"\s+((?:för|inom)\s+(?:[\wåäöÅÄÖ-]+\s+){0,7}?[\wåäöÅÄÖ-]+)(?=\s+(?:är|som|har|ska|rapporterar|arbetar|och\s+\w+ar)\b|\s*[.,;:(]|$)"


_OWN_LEDNINGSGRUPP = re.compile(r"(?i)ledningsgrupp(?:en)?(?:\s+för\s+[\wåäö ,-]{3,60})?")


# "Arbetsgrupp barn- och elevhälsa": a group named by its kind and its topic, as a subject line shortens it
_SHORT_KIND_TOPIC = re.compile(r"(Arbetsgrupp|Projektgrupp)\s+([a-zåäö][\wåäö -]{2,60})")


def _kind_topic_in_full(short: re.Match, text: str) -> str:
    """A group a mail's subject names by its kind's letters and its topic ("AG barn- och elevhälsa"), named
    as the mail names it in full ("möte i arbetsgruppen för barn- och elevhälsa"); as it is where it does not.

    >>> _kind_topic_in_full(_SHORT_KIND_TOPIC.fullmatch("Arbetsgrupp barn- och elevhälsa"),
    ...                     "anteckningarna från mötet i arbetsgruppen för barn- och elevhälsa (Teams)")
    'Arbetsgruppen för barn- och elevhälsa'
    >>> _kind_topic_in_full(_SHORT_KIND_TOPIC.fullmatch("Arbetsgrupp psykisk hälsa"), "Gruppen träffades.")
    'Arbetsgrupp psykisk hälsa'
    >>> _kind_topic_in_full(_SHORT_KIND_TOPIC.fullmatch("Arbetsgrupp hembesök"),
    ...                     "Minnesanteckningar\\n**Arbetsgrupp för hembesök av äldre i Norrby**\\nDatum: 3 maj")
    'Arbetsgrupp för hembesök av äldre i Norrby'
    >>> _kind_topic_in_full(_SHORT_KIND_TOPIC.fullmatch("Arbetsgrupp hembesök"),
    ...                     "Arbetsgrupp för hembesök av äldre i Norrby har träffats två gånger.")
    'Arbetsgrupp hembesök'
    >>> _kind_topic_in_full(_SHORT_KIND_TOPIC.fullmatch("Arbetsgrupp anhörigstöd"),
    ...                     "Arbetsgruppen för anhörigstöd i Mälarby, möte 3/6 kl. 9–12")
    'Arbetsgruppen för anhörigstöd i Mälarby'
    """
    kind, topic = short.group(1), short.group(2)
    # ("**Arbetsgrupp för delegering av hälso- och sjukvårdsuppgifter**": the notes' title on a line of its own, the
    # header's short topic the first word of what the group is for, the rest of its name after it)
    line = re.search(rf"(?im)^[ \t*]*(?P<n>{kind}(?:en)?\s+för\s+{re.escape(topic)}\s+(?:av|i|vid|inom|med|för|och)\s+"
                     rf"[^\n.:;]{{2,70}}?)[ \t*]*$", text)
    if line:
        return " ".join(line.group("n").split())
    if topic not in text:
        return short.group(0)
    # ("Arbetsgruppen för anhörigstöd i Mälarby, möte 3/6 …": the name goes on with the place it is for)
    m = re.search(rf"\b(?i:{kind}en)\s+för\s+{re.escape(topic)}(?![\wåäö])(?P<place>\s+i\s+(?!Teams\b|Zoom\b)[A-ZÅÄÖ][\wåäö-]+(?=[,.:;)]|\s*$|\s*\n))?",
                  text)
    return f"{kind}en för {topic}" + (" " + " ".join(m.group("place").split()) if m.group("place") else "") if m \
        else short.group(0)


def _named_in_full(body: str, text: str) -> str:
    """A body a title written as a file name gives by its one-word name and a shorthand ("Utbildningsgruppen
    VoO"), named as the text names it in full; a name of a kind and what it is for ("Arbetsgrupp SIP") is kept.

    >>> _named_in_full("Utbildningsgruppen VoO", "Gruppen … Utbildningsgruppen för vård- och\\n"
    ...                "omsorgspersonal i Norrby är tillsatt av Samverkansgrupp äldre.")
    'Utbildningsgruppen för vård- och omsorgspersonal i Norrby'
    >>> _named_in_full("Arbetsgrupp SIP", "Arbetsgrupp för SIP")
    'Arbetsgrupp SIP'
    """
    word = body.split()[0]
    if not (_BODY_WORD.search(word) and re.search(r"(?:en|et)$", word)) or len(body.split()) > 2:
        return body
    m = re.search(rf"\b{re.escape(word)}{_FULL_NAME_AFTER}", " ".join(text.split()))
    return f"{word} {m.group(1)}" if m else body


# a nämnd several kommuner share, named in the header by its kind alone: "Gemensamma kostnämnden"
_BARE_GEMENSAM_NÄMND = re.compile(r"Gemensamma\s+[a-zåäö-]*nämnden")


def _gemensam_named_in_full(body: str, lines: list[str]) -> str:
    """A shared nämnd the header names by its kind, named as the head writes it out with the kommuner it serves
    (its full name, as the kommuner's agreement gives it); kept as written where the head does not.

    >>> _gemensam_named_in_full("Gemensamma kostnämnden", ["ÅBY KOMMUN", "Gemensamma kostnämnden för Åby, Ekeby "
    ...                         "och Ås kommuner. Värdkommun: Åby kommun."])
    'Gemensamma kostnämnden för Åby, Ekeby och Ås kommuner'
    >>> _gemensam_named_in_full("Gemensamma kostnämnden", ["Gemensamma kostnämnden för budgetåret 2030 beslutar"])
    'Gemensamma kostnämnden'
    """
    place = r"[A-ZÅÄÖ][\wåäö-]+"
    full = re.compile(rf"{re.escape(body)}\s+(?:för|i)\s+{place}(?:(?:,\s*|\s+och\s+){place})*"
                      rf"(?:\s+kommun(?:er)?)?(?=\s*(?:[.;(]|$))")
    for line in lines:
        if m := full.search(" ".join(line.split())):
            return m.group(0)
    return body


def _specific_group(text: str, generic: str) -> str | None:
    """The full name behind a definite 'Samverkansgruppen': the most frequent 'Samverkansgrupp att åldras'."""
    stem = _GENERIC_BODY.get(generic.casefold())
    if not stem:
        return None
    pat = re.compile(rf"\b({re.escape(stem)})((?:[ \t]+[\wåäöÅÄÖ-]+){{1,5}})", re.IGNORECASE)
    grams: Counter = Counter()
    forms: dict[str, Counter] = {}
    total = 0
    for m in _matches_at(pat, text, stem):
        if not m.group(1)[:1].isupper():
            continue
        total += 1
        words = m.group(2).split()
        cut = next((k for k, w in enumerate(words) if w.casefold() in _NOT_IN_NAME), len(words))
        words = words[:cut]  # "Styrgrupp Nära vård vid nästa möte": the name ends before "vid"
        for n in range(1, len(words) + 1):
            key = " ".join(w.casefold() for w in words[:n])
            grams[key] += 1
            forms.setdefault(key, Counter())[m.group(1) + " " + " ".join(words[:n])] += 1
    if not total:
        return None
    best = None
    for key, cnt in grams.items():
        if cnt < max(2, 0.6 * total) or key.split()[-1] in _FUNCTION_WORDS:
            continue
        if best is None or len(key.split()) > len(best.split()) or (
                len(key.split()) == len(best.split()) and cnt > grams[best]):
            best = key
    if best is None:
        return None
    return forms[best].most_common(1)[0][0]


def _date_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that may refer to a date: those ``_DATE_HINT`` finds something in."""
    flat = " ".join(text.replace("•", ". ").split())
    sentences, starts = _split_flat(flat)
    # a cheap first look over the whole text: the sentences holding a digit or a month name
    cued: set[int] = {bisect_right(starts, m.start()) - 1 for m in _DATE_DIGITS.finditer(flat)}
    low = flat.lower()
    for month in MONTHS:
        i = low.find(month)
        while i >= 0:
            cued.add(bisect_right(starts, i) - 1)
            i = low.find(month, i + 1)
    return [sent for k, sent in enumerate(sentences)
            if k in cued and len(sent) >= 6 and _DATE_HINT.search(sent.lower())]


def _dated_refs(text: str, year: int | None = None, sentences: list[str] | None = None
                ) -> tuple[list[str], list[str], list[tuple[int, str]]]:
    """Dates the text refers to as past and as upcoming, and bare 'i september' month references;
    with ``year``, dates written without a year ("den 12 juni") count too, in that year.
    ``sentences``: ``_date_sentences(text)`` when already at hand."""
    past: list[str] = []
    future: list[str] = []
    months: list[tuple[int, str]] = []
    for sent in (_date_sentences(text) if sentences is None else sentences):
        found: list[str] = []
        for m in _ISO.finditer(sent):
            if _RANGE_AFTER.match(sent[m.end(): m.end() + 40]) or _RANGE_BEFORE.search(sent[max(0, m.start() - 60): m.start()]):
                continue
            d = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d:
                found.append(d)
        for m in _TEXT_DATE.finditer(sent):
            d = _iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
            if d and not _RANGE_BEFORE.search(sent[max(0, m.start() - 60): m.start()]):
                found.append(d)
        low = _lowered(sent)
        if year is not None and _meeting_cue(sent, low):
            # a date without its year counts only where the sentence says which side of the meeting it is
            fut = _cue(_FUTURE_LOW, _FUTURE_CUE, sent, low)
            pst = _cue(_PAST_LOW, _PAST_CUE, sent, low) or _cue(_HELD_LOW, _HELD, sent, low)
            for m in _YEARLESS_DATE.finditer(sent):
                d = _iso(year, MONTHS[m.group(2).lower()], int(m.group(1)))
                if d and fut != pst and not _RANGE_BEFORE.search(sent[max(0, m.start() - 60): m.start()]) \
                        and not _RANGE_AFTER.match(sent[m.end(): m.end() + 40]):
                    (future if fut else past).append(d)
        if _DIGITS6.search(sent):
            for m in _COMPACT.finditer(sent):
                if not _COMPACT_CUE.search(sent[max(0, m.start() - 25): m.start()]):
                    continue
                if _RANGE_AFTER.match(sent[m.end(): m.end() + 40]) or _RANGE_BEFORE.search(sent[max(0, m.start() - 60): m.start()]):
                    continue
                d = _compact_iso(m.group(1), m.group(2), m.group(3))
                if d:
                    found.append(d)
        months_here = list(_MONTH_REF.finditer(sent)) if "i " in sent else []
        if not found and not months_here:
            continue
        fut = _cue(_FUTURE_LOW, _FUTURE_CUE, sent, low)
        meet = _meeting_cue(sent, low)
        pst = _cue(_PAST_LOW, _PAST_CUE, sent, low)
        if found and meet:
            (future if fut and not _cue(_STRONG_PAST_LOW, _STRONG_PAST, sent, low) else past).extend(found)
        for m in months_here:
            if m.group(2):
                if meet and fut:
                    y, mo = int(m.group(2)), MONTHS[m.group(1).lower()]
                    future.append(_iso(y, mo, 1))
                continue
            if meet and (fut or not pst):
                months.append((MONTHS[m.group(1).lower()], sent))
    return past, future, months


def _shift(iso: str, days: int) -> str:
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def date_range_from(text: str) -> tuple[str, str] | None:
    """Bounds for an undated meeting from the dates it refers to as past and upcoming.

    The meeting came after what it refers to as past: the lower bound is the day after the latest
    such date. The upper bound is the earliest upcoming date (a task may be due the same day) or
    the day before the earliest upcoming meeting month; an unknown side is open ("0001-01-01" /
    "9999-12-31").

    Where no reference carries its year, dates written without one ("den 12 juni") are read in
    the one year the document names ("möte 4/2025", "januari–juli 2025").

    >>> date_range_from("Protokoll för mötet 2023-11-20 presenterades. Nästa möte är 2024-01-15.")
    ('2023-11-21', '2024-01-15')
    >>> date_range_from("Möte 3/2024. Styrgruppen höll sitt första möte den 4 juni. Nästa möte är den 12 november.")
    ('2024-06-05', '2024-11-12')
    """
    sentences = _date_sentences(text)
    past, future, months = _dated_refs(text, sentences=sentences)
    if not past and not future:
        years = set(_YEAR.findall(text))
        if len(years) == 1:
            past, future, months = _dated_refs(text, int(years.pop()), sentences)
    lower = _shift(max(past), 1) if past else None
    uppers = [d for d in future if d and (lower is None or d >= lower)]
    if lower and months:
        ly, lm = int(lower[:4]), int(lower[5:7])
        for mo, _ in months:
            y = ly if mo > lm else ly + 1
            if mo == lm:
                continue
            first = date(y, mo, 1)
            up = (first - timedelta(days=1)).isoformat()
            if up < lower:
                up = date(y, mo, calendar.monthrange(y, mo)[1]).isoformat()
            uppers.append(up)
    upper = min(uppers) if uppers else None
    if not lower and not upper:
        return None
    return lower or "0001-01-01", upper or "9999-12-31"


def date_from_path(path: str) -> str | None:
    """A meeting date written in a file name: '2024-05-24_lsvo.txt', 'LSVO 240524.pdf'.

    >>> date_from_path("arkiv/LSVO 240524.pdf"), date_from_path("2024-05-24_lsvo.txt")
    ('2024-05-24', '2024-05-24')
    """
    stem = Path(path).stem if path else ""
    for m in _FILENAME_DATE.finditer(stem):
        if m.group(1):
            d = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        else:
            d = _compact_iso(m.group(4), m.group(5), m.group(6))
        if d:
            return d
    return None


# ---------------------------------------------------------------- entry point

# in running text only a label with its colon opens an attendance list ("Ledamöter" alone may head a
# distribution list)
# "Närvarande: ...", or a label alone on its line over the list ("Närvarolista" closing the notes)
_ITEM_ATT_LABEL = re.compile(r"^[-•*]?\s*(?:närvarande|närvarolista|närvaro|deltagare|deltog|mötesdeltagare|frånvarande|"
                             r"förhinder|anmält\s+förhinder)\b(?:[^:\n]{0,40}:|\s*$)", re.I)


# the title of a roster appended with the votes on its paragraphs: "NÄRVARO- OCH OMRÖSTNINGSLISTA" (a first look: "närvaro-")
_VOTE_ROSTER_TITLE = re.compile(r"(?i)närvaro-\s+och\s+(?:omröstnings|voterings)lista\b[^:]{0,60}")
# the same roster under its bilaga's number or letter: "Bilaga A – Närvaro- och omröstningslista, § 116"
_BILAGA_VOTE_ROSTER_TITLE = re.compile(r"(?i)bilaga(?:\s+(?:\d{1,2}|[a-z]))?\s*[.:–-]?\s*närvaro-\s+och\s+"
                                       r"(?:omröstnings|voterings)lista\b[^:]{0,60}")


def _is_vote_roster_title(line: str) -> bool:
    """Whether a line titles a närvaro- och omröstningslista, alone or under its bilaga.

    >>> _is_vote_roster_title("NÄRVARO- OCH OMRÖSTNINGSLISTA"), _is_vote_roster_title("Bilaga A – Närvaro- och omröstningslista, § 4")
    (True, True)
    >>> _is_vote_roster_title("Bilaga 2 – Reservation")
    False
    """
    head = line.lstrip()[:8].casefold()
    return (head == "närvaro-" and _VOTE_ROSTER_TITLE.fullmatch(line.strip()) is not None) or (
        head[:6] == "bilaga" and _BILAGA_VOTE_ROSTER_TITLE.fullmatch(line.strip()) is not None)
# a roster appended as the notes' bilaga: "Bilaga 1. Närvarolista 2025-10-30", "Bilaga: Närvarolista"
_APPENDED_ROSTER = re.compile(r"^Bilaga(?:\s+\d{1,2})?\s*[.:–-]?\s*(?P<label>Närvarolista|Närvarande|Deltagare|Deltagarlista|"
                              # "Bilaga 1 – Närvaro 15 december 2026", "Bilaga 1. Deltagarförteckning": the same roster
                              r"Närvaro|Närvaroförteckning|Deltagarförteckning)"
                              r"(?:\s+(?:den\s+)?(?:\d{4}-\d\d-\d\d|\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?))?\s*:?$", re.I)
# the head of an action list: a column of the task and one of who carries it out ("Nr | § | Uppdrag | Ansvarig | …")
_ACTION_HEAD_TASK = ("uppdrag", "åtgärd", "åtgärder", "uppgift", "aktivitet", "vad")
_ACTION_HEAD_WHO = ("ansvarig", "ansvariga", "ansvar", "vem")


def _action_list_start(lines: list[str], lo: int, hi: int) -> int | None:
    """The line (1-based) of lines lo..hi that heads an action list: a column of the task and one of who does it."""
    for k in range(lo - 1, hi):
        line = lines[k]
        if "\t" not in line and "|" not in line and "   " not in line:
            continue
        # (a PDF's table read with its layout sets its cells apart by runs of spaces)
        cells = {c.strip(" *:").casefold() for c in _ROW_CELLS.split(line.strip())}
        if cells & set(_ACTION_HEAD_TASK) and cells & set(_ACTION_HEAD_WHO):
            return k + 1
    return None


_ROW_CELLS = re.compile(r"\t|\||\s{3,}")


def _action_list_after(lines: list[str], lo: int, hi: int) -> str | None:
    r"""The action list a protocol appends after its signatures (lines lo..hi): its header row and the rows
    under it, as the text lays them out.

    >>> _action_list_after(["Vid protokollet", "Eva Ek", "Uppdragslista", "Nr\t§\tUppdrag\tAnsvarig",
    ...                     "1\t4\tTa fram en plan\tPer Lind", ""], 1, 6)
    'Nr\t§\tUppdrag\tAnsvarig\n1\t4\tTa fram en plan\tPer Lind'
    >>> print(_action_list_after(["Justeras", "Uppdragslista", "Nr   §   Uppdrag     Ansvarig",
    ...                           "1    4   Ta fram en plan   Per Lind", "", "", "2    5   Skriv ett svar   Eva Ek", "", "Sida 2"], 1, 9))
    Nr   §   Uppdrag     Ansvarig
    1    4   Ta fram en plan   Per Lind
    <BLANKLINE>
    <BLANKLINE>
    2    5   Skriv ett svar   Eva Ek
    """
    start = _action_list_start(lines, lo, hi)
    if start is None:
        return None
    end = start
    while end < hi:
        if lines[end].strip():
            end += 1
            continue
        # blank lines where a page broke the table: it goes on when the next line is a row of its cells
        after = next((n for n in range(end, hi) if lines[n].strip()), hi)
        if after == hi or len(_ROW_CELLS.split(lines[after].strip())) < 2 or end == start:
            break
        end = after
    return "\n".join(lines[start - 1:end]) if end > start else None


_BILAGA_ALONE = re.compile(r"^Bilaga(?:\s+\d{1,2})?\s*:?$", re.I)
# the appended roster's title alone on its line, after the last point: "Deltagarlista", "Närvarolista:"
_ROSTER_TITLE_ALONE = re.compile(r"(?i)(?:närvarolista|närvaroförteckning|deltagarlista|deltagarförteckning)\s*:?")
# the appended roster's title under its "Bilaga 1", with the body and day it lists: "Närvarolista, Socialnämnden 2025-11-19"
_APPENDED_ROSTER_TITLE = re.compile(r"^(?P<label>Närvarolista|Deltagarlista)\b(?:[\s,–-]+[^:]{0,80})?$", re.I)


_SURNAME_FIRST_ROW = re.compile(r"^\s*(?P<surname>[A-ZÅÄÖ][\wåäöé-]+),\s(?P<given>[A-ZÅÄÖ][\wåäöé-]+(?:[ -][A-ZÅÄÖ][\wåäöé-]+)?)"
                                r"(?:\s{2,}|\t)(?P<rest>\S.*)$")


def _roster_after_signatures(seg: Segments, lo: int, hi: int) -> tuple[int, list[AttendanceEntry]] | None:
    """The roster a note appends after its signature ("Vid anteckningarna / Eva Ek", then "Bilaga 1 Närvarolista"
    and its table): the line it starts on and the people it lists."""
    lines = list(seg.lines)
    for n in range(lo, hi + 1):
        line = lines[n - 1].strip()
        if (ap := _APPENDED_ROSTER.match(line)) is not None:
            label = ap.group("label")
        elif n < hi and _BILAGA_ALONE.match(line) and (ap := _APPENDED_ROSTER_TITLE.match(lines[n].strip())):
            n, label = n + 1, ap.group("label")
        else:
            continue
        lines[n - 1] = ("Deltagare" if label.casefold() in ("deltagarlista", "deltagarförteckning")
                        else "Närvarolista" if label.casefold() in ("närvaro", "närvaroförteckning") else label)
        sub = Segments(seg.path, lines, seg.layout, None, [], [], None, None, seg.md_headings, seg.artefacts, seg.bold_lines)
        return n, parse_header(sub, n, hi)["attendance"]
    return None


# the key to a roster written in initials, put at the very end of the notes: "Förkortningar" / "Initialer" /
# "Förklaring av initialer" over lines "AB  Anna Bergkvist, sjuksköterska, Åby kommun"
_INITIALS_KEY = re.compile(r"^(?:förkortningar|initialer|förklaring(?:ar)?\s+(?:av|till)\s+(?:initialer(?:na)?|förkortningar(?:na)?)|"
                           r"initialer(?:na)?\s+(?:står\s+för|betyder)|deltagarnas\s+initialer)\s*:?$", re.I)


def _initials_key_at_end(seg: Segments) -> list[str]:
    """The key lines of a roster written in initials only ("Närvarande: JW (ordf.), AB, CL"), given after the last
    point rather than in the header: the lines, each "AB  Anna Bergkvist, …", or [] when there is none. The key's
    initials may stand a line above their name, as a PDF's text gives a two-column key."""
    if not seg.header or not seg.items:
        return []
    lines = seg.lines
    start = seg.items[0].heading_line
    for n in range(len(lines), start, -1):
        # (what the pattern may open with looked at first: it is tried on every line up to the first point)
        if lines[n - 1].lstrip()[:1] not in ("f", "F", "i", "I", "d", "D", "İ", "ı") or not _INITIALS_KEY.match(lines[n - 1].strip()):
            continue
        key = []
        m = n + 1
        while m <= len(lines):
            s = _strip_bullet(lines[m - 1].strip())
            m += 1
            if not s:
                if key:
                    break
                continue
            if _is_initials(s) and m <= len(lines) and _initials_line(f"{s}   {lines[m - 1].strip()}"):
                # "AB" / "Anna Bergkvist, sjuksköterska, …": the key's initials and names in columns that a PDF's
                # text gives a cell a line
                s = f"{s}   {lines[m - 1].strip()}"
                m += 1
            elif not _initials_line(s):
                break
            key.append(s)
        if len(key) < 2:
            return []
        head = " ".join(lines[seg.header[0] - 1:seg.header[1]])
        used = [k for k in key if re.search(r"(?<![\w-])" + re.escape(k.split()[0].strip(":=–")) + r"(?![\w-])", head)]
        return key if len(used) * 2 >= len(key) else []
    return []


def _attendance_in_items(seg: Segments, titled_only: bool = False, last_only: bool = False) -> list[AttendanceEntry]:
    """Attendance written in an agenda item rather than the header: an item titled 'Närvaro' or
    'Närvarande', or (unless ``titled_only``) a 'Närvarande:' list in the first items or the last one (only
    the last one's with ``last_only``: a roster appended after the last paragraph)."""
    found: list[AttendanceEntry] = []
    mains = [it for it in seg.items if it.parent is None]
    for it in mains[-1:] if last_only else mains[:3] + mains[-1:] if len(mains) > 3 else mains:
        lines = list(seg.lines)
        title_label = _match_label(it.title)
        if title_label and title_label[2]:
            lines[it.heading_line - 1] = it.title + ":"
            lo = it.heading_line
        elif titled_only:
            continue
        else:
            for n in range(it.body_start, it.end + 1):
                if it is mains[-1] and _is_vote_roster_title(lines[n - 1]):
                    lines[n - 1] = "Närvarolista"  # "NÄRVARO- OCH OMRÖSTNINGSLISTA": the roster, its votes beside it
                elif (ap := _APPENDED_ROSTER.match(lines[n - 1].strip())) and it is mains[-1]:
                    # "Bilaga 1. Närvarolista 2025-10-30": the roster appended after the last point ("Bilaga –
                    # deltagarlista" under "Närvarande: se deltagarlista i bilaga": those who took part)
                    lines[n - 1] = ("Deltagare" if ap.group("label").casefold() in ("deltagarlista", "deltagarförteckning")
                                    else "Närvarolista" if ap.group("label").casefold() in ("närvaro", "närvaroförteckning")
                                    else ap.group("label"))
                elif (it is mains[-1] and n < it.end and _BILAGA_ALONE.match(lines[n - 1].strip())
                      and (ap := _APPENDED_ROSTER_TITLE.match(lines[n].strip()))):
                    # "Bilaga 1" / "Närvarolista, Socialnämnden 2025-11-19": the same, its title on a line of its own
                    lines[n] = ap.group("label")
                elif last_only and it is mains[-1] and _ROSTER_TITLE_ALONE.fullmatch(lines[n - 1].strip()):
                    # "Närvarande: se deltagarlista" in the header, "Deltagarlista" over its table after the last
                    # point: the roster the header points to, no "Bilaga" over it
                    lines[n - 1] = ("Närvarolista" if lines[n - 1].strip()[:1] in "Nn" else "Deltagare")
            lo = next((n for n in range(it.body_start, it.end + 1)
                       if _ITEM_ATT_LABEL.match(lines[n - 1].strip()) and (lab := _match_label(lines[n - 1]))
                       and lab[2] and lab[0] in ("present", "absent")), None)
            if lo is None:
                continue
            for n in range(lo + 1, it.end + 1):
                # "Arnesson, Ludvig      enhetschef, Åby kommun": a name surname first in a column of its own
                if (sn := _SURNAME_FIRST_ROW.match(lines[n - 1])) is not None:
                    lines[n - 1] = f"{sn.group('given')} {sn.group('surname')}, {sn.group('rest').strip()}"
        sub = Segments(seg.path, lines, seg.layout, None, [], [], None, None, seg.md_headings, seg.artefacts, seg.bold_lines)
        known = {_norm_key(e.name) for e in found}
        found.extend(e for e in parse_header(sub, lo, it.end)["attendance"] if _norm_key(e.name) not in known)
    return found


# (a name's words never lie apart across a table's cells or a line's end)
_WHO = r"(?P<who>[A-ZÅÄÖ][\w'’-]+(?:[^\S\n\t]+[A-ZÅÄÖ][\w'’-]+){0,3})"
_ELECT = r"(?:valdes|utsågs|väljs|utses|utsåg|valde)"
_PARTY_AFTER = r"(?:[^\S\n\t]*\([A-ZÅÄÖ]{1,4}\))?"
_BESIDE_CHAIR = r"(?:(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordföranden?\s+)?"
_ROLE_PHRASES: list[tuple[re.Pattern, str]] = [
    # (a network's gathering is its "träff": "Eva Ek ledde träffen och hälsade välkommen")
    (re.compile(_WHO + r"\s+(?:(?:hälsar|hälsade)\s+(?:alla\s+)?välkommen\s+och\s+)?(?:leder|ledde)\s+(?:dagens\s+)?"
                r"(?:mötet|träffen|sammanträdet)\b"), "ordförande"),
    (re.compile(_WHO + r"\s+(?:är|var)\s+(?:dagens\s+|mötets\s+)?(?:mötes|tillförordnad\s+)?ordförande\b(?!\s+(?:i|för|på|vid)\s)"), "ordförande"),
    (re.compile(r"\b[Tt]ill\s+(?:mötes)?ordförande\s+(?:för\s+\w+\s+)?" + _ELECT + r"\s+" + _WHO), "ordförande"),
    # ("Nämnden utser Tord Berg (M) att jämte ordföranden justera protokollet", "… utsågs att tillsammans med
    # ordföranden justera anteckningarna": the party after the name, the chair beside)
    (re.compile(r"\b(?:utse|utser|utses|välja|väljer|väljs|valdes|utsågs)\s+" + _WHO + _PARTY_AFTER +
                r"\s+(?:att\s+)?" + _BESIDE_CHAIR + r"(?:att\s+)?justera\b"), "justerare"),
    (re.compile(_WHO + _PARTY_AFTER + r"\s+" + _ELECT + r"\s+(?:till\s+(?:protokoll)?justerare|att\s+" + _BESIDE_CHAIR
                + r"justera)"), "justerare"),
    (re.compile(r"\b[Tt]ill\s+(?:protokoll)?justerare\s+" + _ELECT + r"\s+" + _WHO), "justerare"),
    (re.compile(_WHO + r"\s+(?:för|förde)\s+(?:dagens\s+)?(?:anteckningar|protokollet|minnesanteckningarna)"), "sekreterare"),
    (re.compile(_WHO + r"\s+(?:antecknar|antecknade)\b"), "sekreterare"),
    # the keeping of the notes told with the verb first or in the passive: "Antecknade gjorde Lotta Berg (Region X)",
    # "Anteckningar förde Eva Ek", "Anteckningar fördes av Maria Holm."
    (re.compile(r"\b(?:[Aa]ntecknade\s+gjorde|[Aa]ntecknar\s+gör|(?:[Mm]innes)?[Aa]nteckningar(?:na)?\s+"
                r"(?:förde|(?:fördes|förs|skrevs|skrivs|togs)\s+av)|[Pp]rotokollet\s+(?:fördes|förs)\s+av)\s+" + _WHO),
     "sekreterare"),
    (re.compile(r"\b[Tt]ill\s+sekreterare\s+" + _ELECT + r"\s+" + _WHO), "sekreterare"),
    # the note-taker's label under a roster, by given name: "Anteckningar: Lovisa", also after another field on
    # its line as a hurried note puts both ("Ordf: Nikola. Antecknat: Sofia")
    # (shortened as hurried notes write it: "ant: Camilla", "sekr.: Eva")
    (re.compile(r"(?m)(?:^|\s)(?:(?:[Mm]innes)?[Aa]nteckningar|[Aa]ntecknare|[Aa]ntecknat(?:\s+av)?|[Ss]ekreterare|"
                r"[Pp]rotokollförare|[Aa]nt\.?|[Ss]ekr\.?)\s*:\s*" + _WHO + r"\s*(?:[.;]\s|\.?$)"), "sekreterare"),
    # the chair's label by given name, alone on its line or before the note-taker's: "Ordf: Nikola. Antecknat: Sofia"
    (re.compile(r"(?m)(?:^|(?<!\b[Vv]ice)\s)(?:[Oo]rdf(?:örande|\.)?|[Mm]ötesledare)\s*:\s*" + _WHO + r"\s*(?:[.;]\s|\.?$)"),
     "ordförande"),
    # the label in the header, after a sentence on the same line as a PDF's paragraphs are read ("Malin Ek
    # ersätter Per Ås vid dagens möte. Justerare: Sofia Lind")
    (re.compile(r"(?m)(?:^\s*|[.;]\s+)[Jj]usterare\s*:\s*" + _WHO + r"\s*\.?\s*$"), "justerare"),
    # told as a fact of the meeting: "Sekreterare är Linnea Ek.", "Justerare är Ola Ek." (not "… är sekreterare i
    # arbetsgruppen": a seat in another body)
    (re.compile(r"\b(?:[Mm]ötes)?[Ss]ekreterare\s+(?:är|var)\s+" + _WHO + r"(?!\s+(?:i|för)\s)"), "sekreterare"),
    (re.compile(r"\b[Jj]usterare\s+(?:är|var)\s+" + _WHO), "justerare"),
    # "Att jämte ordförande Maria Fjällström justera dagens protokoll valdes Leila Haddou."
    (re.compile(r"\b[Aa]tt\s+(?:jämte\s+ordföranden?\s+(?:[A-ZÅÄÖ][\w-]+\s+){0,3})?justera\s+[^.;]{0,60}?"
                + _ELECT + r"\s+" + _WHO), "justerare"),
]


# "Olle Dahl deltar som ersättare för Maja Ström", "Lovisa Berg tjänstgör för Tomas Wennerberg": a stand-in
# at this meeting (an ersättare serving, not one who joins the body)
_SERVES_FOR = re.compile(
    _WHO + r"(?:\s*\([A-ZÅÄÖ]{1,4}\))?(?:,[^,.;\n\t]{2,60},)?\s+(?:deltar\s+(?:idag\s+|i\s+dag\s+)?som\s+ersättare|"
    r"tjänstgör(?:\s+som\s+ersättare)?|ersätter)\s+(?:för|i\s+stället\s+för|istället\s+för|idag|i\s+dag)\s+"
    r"(?P<for>[A-ZÅÄÖ][\w'’-]+(?:\s+[A-ZÅÄÖ][\w'’-]+){0,3})")
# the next meeting, told before who will chair it or keep its notes
_NEXT_TIME = re.compile(r"(?i)\bnästa\s+(?:gång|möte|träff|sammanträde)\b|\btill\s+nästa\b")
_ROLE_CUE = re.compile(r"leder|ledde|ordförande|justera|anteckn|protokollet|sekreterare|ersättare|tjänstgör|ersätter|"
                       r"Anteckn|Sekreterare|Protokollförare|Justerare|Ordf|Mötesledare|ordf|ant:|ant.:|Ant:|Ant.:|sekr|Sekr")
_ROLE_CUE_WORDS = tuple(_ROLE_CUE.pattern.split("|"))


def roles_from_text(text: str, attendance: list[AttendanceEntry]) -> None:
    """Meeting roles the running text gives people of the attendance list.

    >>> att = [AttendanceEntry("Yrsa Falk", "present", ["ledamot"]), AttendanceEntry("Ola Ek", "present", [])]
    >>> roles_from_text("Yrsa hälsar välkommen och leder mötet som ordförande. Till justerare valdes Ola Ek.", att)
    >>> [a.roles for a in att]
    [['ledamot', 'ordförande'], ['justerare']]
    >>> att = [AttendanceEntry("Linnea Ek", "present", []), AttendanceEntry("Ola Ek", "present", [])]
    >>> roles_from_text("Sekreterare är Linnea Ek. Ola Ek är sekreterare i arbetsgruppen.", att)
    >>> [a.roles for a in att]
    [['sekreterare'], []]
    >>> roles_from_text("Att jämte ordförande Yrsa Falk justera dagens protokoll valdes Ola Ek.", att)
    >>> att[1].roles
    ['justerare']
    >>> att = [AttendanceEntry("Lovisa Hed", "present", ["ledamot"]), AttendanceEntry("Ola Ek", "present", [])]
    >>> roles_from_text("Gäst: Eva Ek, Åby kommun (punkt 2)\\nAnteckningar: Lovisa", att)
    >>> att[0].roles
    ['ledamot', 'sekreterare']
    >>> roles_from_text("Ordf: Ola. Antecknat: Lovisa", att)
    >>> att[1].roles
    ['ordförande']
    >>> att = [AttendanceEntry("Eva Ek", "present", ["ledamot"])]
    >>> roles_from_text("Punkt 1 – Inledning\\nEva Ek ledde träffen och hälsade välkommen.", att)
    >>> att[0].roles
    ['ledamot', 'ordförande']
    >>> att = [AttendanceEntry("Camilla", "present", ["ledamot"]), AttendanceEntry("Hassan", "present", ["ledamot"])]
    >>> roles_from_text("närv: Camilla (VoO), Hassan (IFO)\\nant: Camilla", att)
    >>> att[0].roles
    ['ledamot', 'sekreterare']
    """
    lines = text.split("\n")
    cued = sorted(_lines_holding(lines, text, _ROLE_CUE_WORDS))
    if not cued:
        return
    # only the lines with a cue word (and the one before, where a name may have wrapped) are read
    text = "\n".join(" ".join(lines[max(0, k - 1): k + 1]) for k in cued)
    for pat, role in _ROLE_PHRASES:
        for m in pat.finditer(text):
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if _NEXT_TIME.search(text, start, m.start()):
                continue  # "Nästa gång håller Fatima i mötet och Erik för anteckningar": the roles of the next meeting
            who = m.group("who")
            toks = who.split()
            while toks and toks[0].lower() in _NOT_NAME_FIRST | {"ordföranden", "sekreteraren"}:
                toks = toks[1:]
            if not toks:
                continue
            key = _norm_key(" ".join(toks))
            hits = [e for e in attendance if _norm_key(e.name) == key]
            while not hits and len(toks) > 2:
                # "Inledning Eva Ek ledde träffen": a heading's last word on the line before, read with the
                # name (the name the attendance lists, at the end)
                toks = toks[1:]
                hits = [e for e in attendance if _norm_key(e.name) == _norm_key(" ".join(toks))]
            if not hits and len(toks) == 1:
                hits = [e for e in attendance if _norm_key(e.name).split()[0] == key]
            if len(hits) == 1 and role not in hits[0].roles:
                hits[0].roles.append(role)
    for m in _SERVES_FOR.finditer(text):
        _serving_substitute(m.group("who"), " ".join(m.group("for").split()), attendance)


def _serving_substitute(who: str, absent: str, attendance: list[AttendanceEntry]) -> None:
    """Mark ``who`` as the ersättare serving for ``absent`` at this meeting; one the attendance does
    not list is added as present, of the absent member's organisation.

    >>> att = [AttendanceEntry("Maja Ström", "absent", ["ledamot"], organisation="Ekö kommun"),
    ...        AttendanceEntry("Olle Dahl", "present", ["ledamot"])]
    >>> roles_from_text("Olle Dahl deltar som ersättare för Maja Ström. Eva Ek tjänstgör för Maja Ström.", att)
    >>> [(a.name, a.status, a.roles, a.substitute_for) for a in att][1:]
    [('Olle Dahl', 'present', ['ersättare'], 'Maja Ström'), ('Eva Ek', 'present', ['ersättare'], 'Maja Ström')]

    The line before, read with the stand-in's, may end in capitalised words that run into her name:

    >>> att = [AttendanceEntry("Maja Ström", "absent", ["ledamot"]), AttendanceEntry("Leif Bark", "present", ["ledamot"])]
    >>> roles_from_text("Kristina Åhman (KD), Region Norrby\\nLeif Bark (L), Region Norrby, tjänstgör för Maja Ström", att)
    >>> [(a.name, a.roles, a.substitute_for) for a in att]
    [('Maja Ström', ['ledamot'], None), ('Leif Bark', ['ersättare'], 'Maja Ström')]
    """
    def one(name: str) -> AttendanceEntry | None:
        key = _norm_key(name)
        hits = [e for e in attendance if _norm_key(e.name) == key]
        if not hits and " " not in name.strip():
            hits = [e for e in attendance if _norm_key(e.name).split()[0] == key]
        return hits[0] if len(hits) == 1 else None

    toks = who.split()
    while toks and toks[0].lower() in _NOT_NAME_FIRST:
        toks = toks[1:]
    replaced = one(absent)
    if not toks or (replaced is not None and replaced.status == "present"):
        return  # a stand-in for someone the roster lists as present is no reading of this
    e = one(" ".join(toks))
    while e is None and len(toks) > 2:
        # "… Region Norrby Leif Bark (L), …, tjänstgör för …": the line before joined on; the name the roster
        # lists at the end of the words read
        toks = toks[1:]
        e = one(" ".join(toks))
    if e is None:
        if len(toks) < 2 or replaced is None:
            return
        e = AttendanceEntry(" ".join(toks), "present", [], organisation=replaced.organisation)
        attendance.append(e)
    if e.status != "present":
        return
    e.roles = [r for r in e.roles if r != "ledamot"] + ([] if "ersättare" in e.roles else ["ersättare"])
    if replaced is not None:
        e.substitute_for = e.substitute_for or replaced.name
        e.organisation = e.organisation or replaced.organisation


def _listed_points(p: str) -> list[str]:
    """The item numbers an attendance note lists: "4" -> ["4"], "§33" -> ["33"], "§33–35" -> ["33", "34", "35"].

    >>> _listed_points("§33–35"), _listed_points("p. 5"), _listed_points("§ 12"), _listed_points("§117a")
    (['33', '34', '35'], ['5'], ['12'], ['117a'])
    """
    if _ONE_POINT.fullmatch(p):
        return [p]
    sub = re.fullmatch(r"(?:§§?|p\.?|punkt)?\s*(\d{1,3}\s?[a-zåäö])", p.strip())
    if sub:  # a lettered sub-point: "§117a"
        return [sub.group(1).replace(" ", "")]
    m = re.fullmatch(r"(?:§§?|p\.?|punkt)?\s*(\d{1,3})(?:\s*[–-]\s*(\d{1,3}))?", p.strip())
    if not m:
        return []
    a, b = int(m.group(1)), int(m.group(2) or m.group(1))
    return [str(n) for n in range(a, b + 1)] if 0 <= b - a <= 20 else []


# a timed agenda's row: "09.00–09.10 <tab> 1. Inledning <tab> Sara Lindqvist" (the time, the point, who presents it)
_TIMED_AGENDA_ROW = re.compile(r"^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*(?:[–-]\s*\d{1,2}[.:]\d{2})?\s*\t+\s*"
                               r"(?P<n>\d{1,2})[.)]?\s+(?P<title>[^\t]+?)\s*\t+\s*(?P<who>[^\t]+?)\s*$")


# a rule drawn across a mail's text before the sender's signature: "=====", "-----", "_____"
_RULE_LINE = re.compile(r"^\s*([=_*~-])\1{9,}\s*$")
# a line opening with the day: "Tisdag 8 oktober 2030 kl. 13.00", "8 oktober 2030", "2030-10-08"
_DAY_FIRST = re.compile(r"(?i)^(?:[a-zåäö]+dag(?:en)?\s+(?:den\s+)?)?\d")


def _day_under_ruled_title(lines: list[str], k: int) -> bool:
    """Whether line ``k`` (0-based) opens with a day and stands under a title set off by a rule above it.

    >>> _day_under_ruled_title(["=" * 20, "ARBETSGRUPP X – ANTECKNINGAR", "Tisdag 8 oktober 2030, Teams"], 2)
    True
    >>> _day_under_ruled_title(["Hej,", "Anteckningar", "Tisdag 8 oktober 2030, Teams"], 2)
    False
    """
    return (k >= 2 and bool(_RULE_LINE.match(lines[k - 2])) and bool(lines[k - 1].strip())
            and bool(_DAY_FIRST.match(lines[k].strip())))


def _day_after_ruled_title(lines: list[str], k: int) -> bool:
    """Whether line ``k`` (0-based), set off by a rule above it, names a body and then, after a dash, the day:
    the notes' own title and day on one line under a mail's greeting.

    >>> _day_after_ruled_title(["-" * 20, "ARBETSGRUPP X – tisdag 9 februari 2027, 13.30–15.30, Teams"], 1)
    True
    >>> _day_after_ruled_title(["Hej,", "Arbetsgrupp X – tisdag 9 februari 2027, Teams"], 1)
    False
    """
    if not (k >= 1 and _RULE_LINE.match(lines[k - 1])):
        return False
    title, dash, day = lines[k].strip().strip("*#_ ").partition(" – ")
    return bool(dash and _BODY_WORD.search(title) and not re.search(r"\d", title) and _DAY_FIRST.match(day))
_SIGNATURE_NAME = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé-]+){1,2}\s*$")


def _before_signature(lines: list[str], lo: int, hi: int) -> int:
    """The last line of the last point before a rule drawn over the sender's signature (a name, then a
    title or an organisation, a few lines in all): the signature is no part of the point.

    >>> _before_signature(["6  NÄSTA MÖTE", "16 april. Eva kallar.", "", "==========", "Eva Lund",
    ...                    "Folkhälsosamordnare, Åby kommun"], 1, 6)
    2
    """
    for n in range(hi, lo, -1):
        if _RULE_LINE.match(lines[n - 1]):
            after = [x for x in lines[n:hi] if x.strip()]
            if 1 <= len(after) <= 5 and _SIGNATURE_NAME.match(after[0]):
                k = n - 1
                while k > lo and not lines[k - 1].strip():
                    k -= 1
                return k
            break
    return hi


def _agenda_table_presenters(lines: list[str], items: list[ParsedItem], att: list[AttendanceEntry]) -> None:
    """A timed agenda laid out as a table over the notes ("Tid | Punkt | Föredragande"): who presents
    each point, where the notes under the point do not say it.

    >>> its = [ParsedItem("1", "Inledning", [], []), ParsedItem("2", "Budget", [], ["Per Lind"])]
    >>> _agenda_table_presenters(["Tid\\tPunkt\\tFöredragande", "09.00–09.10\\t1. Inledning\\tSara Ek",
    ...                           "09.10–09.50\\t2. Budget\\tSara Ek"], its, [])
    >>> [it.presenters for it in its]
    [['Sara Ek'], ['Per Lind', 'Sara Ek']]
    >>> its = [ParsedItem("1", "Inledning", [], [])]  # a PDF's table read with its layout: cells apart by spaces
    >>> _agenda_table_presenters(["Tid       Punkt       Föredragande", "09.00–09.10   1. Inledning   Sara Ek"], its, [])
    >>> its[0].presenters
    ['Sara Ek']
    """
    head = next((k for k, line in enumerate(lines[:200]) if ("\t" in line or "   " in line)
                 and re.search(r"(?i)\bföredrag(?:ande|are)\b", line)
                 and re.match(r"(?i)\s*(?:tid|klockan|kl\.?)\s*(?:\t|\s{3})", line)), None)
    if head is None or not items:
        return
    by_number = {it.number: it for it in items}
    for line in lines[head + 1:head + 40]:
        if not line.strip():
            break
        m = _TIMED_AGENDA_ROW.match(line if "\t" in line else re.sub(r"\s{3,}", "\t", line.strip()))
        if not m:
            continue
        it = by_number.get(m.group("n"))
        if it is None:
            continue
        for who in _split_presenters(m.group("who")):
            if re.fullmatch(r"[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2}", who) and who not in it.presenters:
                it.presenters.append(who)


def _invited_presenters(attendance: list[AttendanceEntry], items: list[ParsedItem]) -> None:
    """One listed among those present with a title and one point, who presents that point and holds no
    party seat, was invited to it: a guest ("Ulla Berg, förskolechef, § 4" over "Ulla Berg redogjorde …").

    >>> att = [AttendanceEntry("Ulla Berg", "present", ["ledamot"], title="förskolechef", paragraphs=["§4"])]
    >>> _invited_presenters(att, [ParsedItem("4", "Förskola", [], ["Ulla Berg"])]); att[0].status, att[0].roles
    ('guest', [])
    """
    by_number = {it.number: it for it in items}
    for e in attendance:
        if e.status != "present" or e.party or not e.title or e.roles not in ([], ["ledamot"]):
            continue
        points = [n for p in e.paragraphs for n in _listed_points(p)]
        it = by_number.get(points[0]) if len(points) == 1 else None
        if it is not None and any(p in (e.name, e.name.split()[0]) for p in it.presenters):
            e.status, e.roles = "guest", []


# the roles of one who leads a meeting: a sender who holds one sent the notes as its leader
_LEADING_ROLES = frozenset({"ordförande", "vice ordförande", "1:e vice ordförande", "2:e vice ordförande",
                            "sammankallande", "projektledare"})


# the sender's own notes: "Här kommer mina anteckningar från …", "bifogar mina minnesanteckningar"
_OWN_NOTES = re.compile(r"(?i)\bmina\s+(?:minnes)?anteckningar\b|\bjag\s+(?:har\s+)?antecknade?\b")


# who wrote the notes, as a summary's head tells: "Sammanfattningen är gjord av Eva Ek", "Anteckningarna är skrivna
# av Eva Ek", "Sammanfattning skriven av: Eva Ek"
_NOTES_MADE_BY = re.compile(r"(?m)^\s*(?:[Ss]ammanfattning(?:en)?|[Aa]nteckningarna|[Mm]innesanteckningarna)\s+(?:är\s+)?"
                            r"(?:gjord|gjorda|skriven|skrivna|sammanställd|sammanställda|förd|förda)\s+av:?\s+"
                            r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\b")


# a seat in a body, on a signature's line under the sender's name: "sammankallande i Nätverket för boendestöd Åby"
_SIGNATURE_SEAT = re.compile(r"(?i)^(?P<role>sammankallande|(?:vice\s+)?ordförande)\s+(?:i|för)\s+(?P<body>[^,;]{4,80}?)\.?$")


def _signers_seat(lines: list[str], attendance: list[AttendanceEntry], body: str) -> None:
    """Give the sender of mailed notes the seat her signature says she holds in the body that met.

    >>> att = [AttendanceEntry("Karin Ek", "present", ["ledamot"]), AttendanceEntry("Per Lind", "present", ["ledamot"])]
    >>> _signers_seat(["Nästa träff 12 maj.", "", "Hälsningar", "Karin Ek", "samordnare, Åby kommun",
    ...                "sammankallande i Nätverket för boendestöd Norrby"], att, "Nätverket för boendestöd Norrby")
    >>> att[0].roles, att[1].roles
    (['ledamot', 'sammankallande'], ['ledamot'])
    >>> att = [AttendanceEntry("Karin Ek", "present", ["ledamot"])]
    >>> _signers_seat(["Hälsningar", "Karin Ek", "ordförande i Pensionärsföreningen Norrby"], att, "Nätverket för boendestöd")
    >>> att[0].roles
    ['ledamot']
    """
    if (k := _last_greeting(lines, 15)) is None:
        return
    after = [ln.strip() for ln in lines[k + 1:k + 6] if ln.strip()]
    name = leading_name(after[0])[0] if after else None
    if not name or name != after[0]:
        return
    held = [e for e in attendance if _norm_key(e.name) == _norm_key(name)]
    for ln in after[1:4]:
        m = _SIGNATURE_SEAT.match(ln)
        seat = fold(m.group("body")) if m else ""
        if m and len(held) == 1 and (seat == fold(body) or seat in ("natverket", "gruppen", "radet", "teamet")):
            role = " ".join(m.group("role").casefold().split())
            if role not in held[0].roles:
                held[0].roles.append(role)


def _the_one_secretary(attendance: list[AttendanceEntry]) -> str | None:
    """The one who kept the notes, where the roster or the signature names one ("Vid anteckningarna / Eva Ek"):
    the "jag" of the notes ("Jag skickar ut rutinen till alla senast 1 juni").

    >>> _the_one_secretary([AttendanceEntry(name="Eva Ek", status="present", roles=["ledamot", "sekreterare"]),
    ...                     AttendanceEntry(name="Bo Ahl", status="present", roles=["ledamot"])])
    'Eva Ek'
    """
    kept = [a.name for a in attendance if "sekreterare" in a.roles]
    return kept[0] if len(kept) == 1 else None


def _writer_keeps_the_notes(attendance: list[AttendanceEntry], writer: str | None, own: bool = False) -> None:
    """Mark as sekreterare the sender of notes sent as an e-mail who was at the meeting, where the roster
    names no one else to keep them and the sender did not lead it, or says the notes are her own (``own``).

    "Här kommer anteckningarna från gårdagens möte" from Elin Dahl, present: she kept them. A sammankallande
    who sends the notes sends them as the group's leader; "Här kommer mina anteckningar" she kept them too.

    >>> att = [AttendanceEntry("Eva Ek", "present", ["ledamot", "sammankallande"]),
    ...        AttendanceEntry("Elin Dahl", "present", ["ledamot"])]
    >>> _writer_keeps_the_notes(att, "Elin Dahl"); att[1].roles
    ['ledamot', 'sekreterare']
    >>> _writer_keeps_the_notes(att, "Eva Ek"); att[0].roles
    ['ledamot', 'sammankallande']
    >>> att = [AttendanceEntry("Eva Ek", "present", ["ledamot", "sammankallande"])]
    >>> _writer_keeps_the_notes(att, "Eva Ek", own=True); att[0].roles
    ['ledamot', 'sammankallande', 'sekreterare']
    """
    if not writer or any("sekreterare" in e.roles for e in attendance):
        return
    key = _norm_key(writer)
    hits = [e for e in attendance if _norm_key(e.name) == key]
    if len(hits) == 1 and hits[0].status == "present" and (own or not _LEADING_ROLES & set(hits[0].roles)):
        hits[0].roles.append("sekreterare")


def _presenting_guests(attendance: list[AttendanceEntry], items: list[ParsedItem]) -> None:
    """Mark as föredragande a guest the roster lists for one point who presents that point.

    "Gäst: Anton Berg (…), punkt 4" with "Anton Berg berättade om …" under point 4 is the point's
    föredragande; "Adjungerade: RT (p. 5)" with "RT deltar under punkten" only takes part.
    """
    by_number = {it.number: it for it in items}
    for e in attendance:
        if e.status == "guest" and "föredragande" in e.roles and len(e.paragraphs) == 1 \
                and len(points := _listed_points(e.paragraphs[0])) == 1 and (it := by_number.get(points[0])) is not None \
                and not any(p in {e.name, e.name.split()[0]} for p in it.presenters):
            # "Till punkt 4 deltog Eva Ek, enhetschef, som föredrog ärendet": the point's föredragande
            it.presenters.append(e.name)
        if e.status != "guest" or "föredragande" in e.roles:
            continue
        said = {e.name, e.name.split()[0]} | ({e.initials} if e.initials else set())
        # "Eva Nilsson Wik, socialchef, § 18" / "Olle Sandin, socialchef, §§ 33–34": the
        # points a guest is listed for, one of which the guest presents
        points = [n for p in e.paragraphs for n in _listed_points(p)]
        if any((it := by_number.get(n)) is not None and any(p in said for p in it.presenters) for n in points):
            e.roles.append("föredragande")
        elif len(points) == 1 and (it := by_number.get(points[0])) is not None and _presented_unsaid(it, said):
            # "Gäst: Sofia Brandt, läkare, punkt 3" over "… Sofia Brandt hade i uppdrag att ta fram ett utkast.
            # Utkastet presenterades.": the guest asked in for the point presented what it tells was presented
            it.presenters.append(e.name)
            e.roles.append("föredragande")


# a presentation told in the passive, no one named its agent: "Utkastet presenterades."
_PRESENTED_NO_AGENT = re.compile(r"\b(?:presenterades|redovisades|föredrogs|presenteras|redovisas|föredras)(?!\s+(?:av|för|i|till)\b)"
                                 r"\s*[.;]")


def _presented_unsaid(item: ParsedItem, said: set[str]) -> bool:
    """Whether the point, no presenter of its own, tells in the passive that something was presented, and names
    the one (``said``: the forms of a guest's name) asked in for it.

    >>> it = ParsedItem("3", "LARO", body="Sofia Brandt hade i uppdrag att ta fram ett utkast. Utkastet presenterades.")
    >>> _presented_unsaid(it, {"Sofia Brandt", "Sofia"}), _presented_unsaid(it, {"Eva Ek", "Eva"})
    (True, False)
    """
    body = item.body or ""
    return (not item.presenters and bool(_PRESENTED_NO_AGENT.search(body))
            and any(re.search(rf"\b{re.escape(n)}\b", body) for n in said if n))


# a förvaltning by its name: "Socialförvaltningen", "vård- och omsorgsförvaltningen" (not the bare word)
_ADMINISTRATION = re.compile(r"(?i)\b(?:[a-zåäö]+-\s+och\s+)?(?!förvaltningen)[a-zåäö]+förvaltningen(?=s?\b)")


_ADMINISTRATION_WORD = re.compile(r"(?i)förvaltningen")


def _matches_near(pattern: re.Pattern, word: re.Pattern, t: str, tail: int):
    """``pattern.finditer(t)`` for a pattern each match of which starts in the stretch of word characters, hyphens
    and spaces that holds (or ends at) a match of ``word``, and ends at most ``tail`` characters past that stretch:
    the pattern tried only on the stretches around ``word`` (tried at every word of a whole text it costs more
    than the rest of the reading).

    >>> [m.group(0) for m in _matches_near(_ADMINISTRATION, _ADMINISTRATION_WORD,
    ...                                    "Vård- och omsorgsförvaltningen, förvaltningen; Socialförvaltningens", 2)]
    ['Vård- och omsorgsförvaltningen', 'Socialförvaltningen']
    """
    floor = at = 0  # no match starts before the last one's end; the next ``word`` is looked for from ``at``
    while (hit := word.search(t, at)) is not None:
        start, end = hit.start(), hit.end()
        while start > floor and (t[start - 1].isalnum() or t[start - 1] in " _-" or t[start - 1].isspace()):
            start -= 1
        while end < len(t) and (t[end].isalnum() or t[end] in " _-" or t[end].isspace()):
            end += 1
        m = pattern.search(t, start, end + tail)
        if m is None or m.start() >= end:  # no match starts in the stretch
            at = end
            continue
        yield m
        floor = at = m.end()


def named_administrations(*texts: str | None) -> list[str]:
    """The förvaltningar the texts name, each once, capitalised.

    >>> named_administrations("Förvaringsplats: Socialförvaltningen", "förvaltningen och socialförvaltningens chef")
    ['Socialförvaltningen']
    """
    found = sorted(" ".join(m.group(0).split()) for t in texts if t and "förvaltningen" in t.casefold()
                   for m in _matches_near(_ADMINISTRATION, _ADMINISTRATION_WORD, t, 2))
    return sorted({n.casefold(): n[:1].upper() + n[1:] for n in found}.values())


# a legend of the short forms hurried notes use: "(RÅ = Region Ådalen, SG = Styrgrupp Nära vård, PT = …)" or
# "Förk: AG = arbetsgruppen; kn = kommun": an acronym of capitals, an equals sign, the words it stands for up to
# the next comma, semicolon, bracket or line end
_LEGEND_PAIR = re.compile(r"(?:^|(?<=[\s(,;:]))([A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,5})\s*=\s*([A-ZÅÄÖa-zåäö][^,;=()\n]{2,80}?)\s*(?=[,;)\n]|$)",
                          re.M)


@lru_cache(maxsize=64)
def legend_acronyms(text: str) -> dict[str, str]:
    """The acronyms a legend in the text defines with an equals sign ("SG = Styrgrupp Nära vård"), with
    the words they stand for; the first definition of each counts. Kept per text.

    >>> legend_acronyms("(RÅ = Region Ådalen, kn = kommun, SG = Styrgrupp Nära vård,\\nPT = Processteam x)")
    {'RÅ': 'Region Ådalen', 'SG': 'Styrgrupp Nära vård', 'PT': 'Processteam x'}
    >>> legend_acronyms("Röstning: 5 = ja")
    {}
    """
    out: dict[str, str] = {}
    if "=" not in (text or ""):
        return out
    for m in _LEGEND_PAIR.finditer(text):
        out.setdefault(m.group(1), m.group(2).strip())
    return out


# the level of the collaboration structure a title sets beside the body's name: "Samverkansgrupp Åby (taktisk nivå)",
# "Arbetsgrupp hemtjänst – operativ nivå"
_LEVEL_ASIDE = re.compile(r"(?i)\s*(?:\(\s*(?:politisk|strategisk|taktisk|operativ)\s+nivå\s*\)|[–-]\s*(?:politisk|strategisk|"
                          r"taktisk|operativ)\s+nivå)\s*$")


def parse_minutes(text: str, path: str = "", *, default_date: str | None = None, written_as: str = "") -> ParsedMinutes:
    """Parse a minutes text into meeting facts, attendance, items and decisions, names as written.
    ``written_as``: the name of the file the text was read from when it is not ``path`` (the minutes
    attached to a message): its format tells how the text is laid out, its name may date it.

    Raises:
        ParseError: when the text holds no recognisable agenda item.
    """
    if not isinstance(text, str):
        raise ParseError(path, None, "minutes text must be a string")
    try:
        return _parse(text, path, default_date, written_as)
    except ParseError:
        raise
    except (ValueError, IndexError, KeyError, TypeError, AttributeError, RecursionError, OverflowError) as exc:
        raise ParseError(path, None, f"could not read the minutes structure ({type(exc).__name__}: {exc})") from exc


# a kommun's or region's name alone on a line, as a letterhead prints it: "ÅBY KOMMUN", "Region Åby"
_LETTERHEAD_LINE = re.compile(r"^(?:[A-ZÅÄÖ][A-ZÅÄÖ-]+\s+KOMMUN|REGION\s+[A-ZÅÄÖ-]+|[A-ZÅÄÖ][a-zåäö-]+\s+kommun|"
                             r"Region\s+[A-ZÅÄÖ][a-zåäö-]+)$")


def _title_text(seg: Segments) -> str:
    """The lines that name the meeting: the first lines before the attendance and the first item."""
    first_item = seg.items[0].heading_line if seg.items else len(seg.lines) + 1
    stop = min(first_item, seg.attendance[0] if seg.attendance else first_item)
    # "Arbetsgruppen är tillsatt av Samverkansgruppen X och rapporterar till den.": a sentence under the title on
    # the bodies above it, which name no kind of the body that met
    head = [l for l in seg.lines[: stop - 1] if l.strip() and not (l.rstrip().endswith(".") and _TITLE_SENTENCE.search(l))][:12]
    # a roster under a label the segmenter does not take for one ("Närv:" over "AB  Anna Berg, …") is no part
    # of the title: its initials would pass for the body's acronym
    roster = next((k for k, l in enumerate(head) if _is_roster_label(l)), len(head))
    return "\n".join(head[:roster])


def _is_roster_label(line: str) -> bool:
    """Whether ``line`` is an attendance label, alone or before its colon: "Närv:", "Deltagare: Eva Ek, …".

    >>> _is_roster_label("Närv:"), _is_roster_label("Deltagare: Eva Ek, Per Lund"), _is_roster_label("Samverkansgrupp äldre")
    (True, True, False)
    """
    label = line.split(":", 1)[0].strip(" .\t") if ":" in line else line.strip(" .:\t")
    return bool(label) and bool(_ATT_LABEL_ANY.fullmatch(label))


_TITLE_SENTENCE = re.compile(r"\s(?:är|rapporterar|arbetar|ansvarar|leds)\s")


def _without_items(seg: Segments, head: dict, decisions: list[ParsedDecision], bodies: Counter,
                   attendance: list[AttendanceEntry], path: str, warnings: list[str],
                   selves: _Selves | None = None) -> list[ParsedItem]:
    """Read minutes whose agenda items cannot be recognised: degrade, never drop.

    The running text after the attendance block is read as one unnumbered stretch (``number``
    None: no agenda item), so its decisions and tasks still load with the meeting and its
    attendance. Only a text in which nothing can be read as minutes is rejected.
    """
    n = len(seg.lines)
    start = 1
    if attendance:  # the running text starts at the first blank line after the last attendance entry
        start = max(e.line for e in attendance) + 1
        # a roster told in a sentence is one line (:func:`prose_rosters_unwrapped`): the next line goes on; a
        # document written a paragraph a line (a web page, Word) sets no blank line after its roster
        while start <= n and seg.lines[start - 1].strip() and not _PROSE_ROSTER.match(seg.lines[start - 2].strip()) \
                and not paragraph_lines(seg.path):
            start += 1
    stretch = ItemSegment(None, "", "", [], None, start, start, n)  # type: ignore[arg-type]
    loose = _extract_item(seg, stretch, start, n, decisions, bodies, attendance, selves, head["date"])
    if not (attendance or decisions or head["date"]):
        raise ParseError(path, None, "nothing in it can be read as minutes: no agenda items ('§ N', 'N.', "
                                     "'N)' or headings), no attendance, no meeting date, no decisions")
    warnings.append("no agenda items found (expected '§ N', 'N.', 'N)' or headings); loaded the "
                    "meeting, attendance and decisions without items")
    return [loose]


# a decision log that is the agenda itself: "| Nr | Ärende | Beslut / åtgärd | Ansvarig | Klart till |", one row
# a point; its title column
_LOG_TITLE_COLUMN = re.compile(r"^(?:ärende|ärenden|rubrik|fråga|punkt|ämne|dagordningspunkt)"
                               # the title and what was said of it in one cell: "Ärende och noteringar"
                               r"(?P<notes>\s*(?:och|/|&|\+)\s*(?:noteringar|anteckningar|diskussion|kommentarer|"
                               r"minnesanteckningar|information))?$", re.I)
# the title a cell of a title-and-notes column opens with, as a sentence of a word or a few: "Inledning. Ordföranden …"
_CELL_TITLE_SENTENCE = re.compile(r"^(?P<title>[A-ZÅÄÖ][^.!?:]{1,60}?)[.:]\s+(?P<notes>[A-ZÅÄÖ\d].*)$")
_LOG_DUE_COLUMN = re.compile(r"^(?:klart(?:\s+till)?|när|datum|deadline|senast|tidplan)$", re.I)
_NUMBERED_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:§\s*\d+|\d{1,2}[.)]?\s+[A-ZÅÄÖ])")
_DASHES = ("", "-", "–", "—")


def _log_cells(line: str) -> list[str]:
    """The cells of a line of a decision log: between pipes, tabs (a Word table) or gaps of two or
    more spaces (a PDF's table), in order; none for a line of running text."""
    if line.lstrip().startswith("|") or "\t" in line:
        return [c for _, c in _row_cells(line)[0]]
    cells = _CELL.findall(line)
    return cells if len(cells) > 1 else []


def _log_heads(line: str) -> tuple[list[str], int | None, int | None, int | None]:
    """A line's cells as a log's header, and the columns of its points, their titles and what was decided."""
    heads = [c.strip(" *:") for c in _log_cells(line)]
    point = next((k for k, h in enumerate(heads) if _LOG_ITEM_COLUMN.match(h)), None)
    title = next((k for k, h in enumerate(heads) if k != point and _LOG_TITLE_COLUMN.match(h)), None)
    said = next((k for k, h in enumerate(heads) if _LOG_DECISION_COLUMN.match(h)), None)
    return heads, point, title, said


_DECISIONS_ALONE = re.compile(r"(?i)^(?:beslut|beslutat|fattade\s+beslut)$")


# the part of the notes a post or a mail holds, after the title: "(del 1 av 3)", "– del 2/2"
_PART_MARK = re.compile(r"[\s,–-]*\(?\b[Dd]el\s+\d{1,2}\s*(?:av|/)\s*\d{1,2}\)?\s*$")


# an entry of a decision log kept by code, the log's letter, the year and the entry's number, its text after a gap and
# its further lines hanging under the text: "B-29-12  Loggen från 13 juni fastställdes." / "         Ansvar: …"
_CODED_ENTRY = re.compile(r"^(?P<code>[A-ZÅÄÖ]{1,3}-\d{2,4}-(?P<n>\d{1,3}))(?: {2,}|\t+)(?P<text>\S.*)$")
# the topic an entry opens with, a word or a few before a full stop: "Sammansättning. Eva Ek har …"
_CODED_TOPIC = re.compile(r"^(?P<title>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,5})\.\s+(?=[A-ZÅÄÖ])")


def coded_log_entries_as_items(text: str) -> str:
    r"""A decision log whose entries are numbered by code ("B-29-12", "B-29-13", …), each a point of the meeting: the
    entry written as a numbered point by the code's last number, its opening topic the title (else the code is), its
    hanging lines joined under it. Two entries or more of one series make a log.

    >>> print(coded_log_entries_as_items("Hej,\n\nB-29-12  Loggen från 13 juni fastställdes.\n\n"
    ...                                  "B-29-13  Sammansättning. Eva Ek lämnar gruppen\n         vid årsskiftet.\n"
    ...                                  "  U-29-07  Nominera ledamot – Öby – 15/11"))
    Hej,
    <BLANKLINE>
    12. B-29-12
    Loggen från 13 juni fastställdes.
    <BLANKLINE>
    13. Sammansättning
    Eva Ek lämnar gruppen vid årsskiftet.
      U-29-07  Nominera ledamot – Öby – 15/11
    """
    if "-" not in text:
        return text
    lines = text.split("\n")
    hits = [(k, m) for k, x in enumerate(lines) if (m := _CODED_ENTRY.match(x))]
    series = Counter(m.group("code").rsplit("-", 1)[0] for _, m in hits)
    if not series or series.most_common(1)[0][1] < 2:
        return text
    log = series.most_common(1)[0][0]
    out: list[str] = []
    k = 0
    while k < len(lines):
        m = _CODED_ENTRY.match(lines[k])
        if not m or m.group("code").rsplit("-", 1)[0] != log:
            out.append(lines[k])
            k += 1
            continue
        indent = m.start("text")
        body = [m.group("text").strip()]
        k += 1
        while k < len(lines) and lines[k].strip() and len(lines[k]) - len(lines[k].lstrip()) >= indent - 1:
            body.append(lines[k].strip())
            k += 1
        entry = " ".join(body)
        if t := _CODED_TOPIC.match(entry):
            out += [f"{int(m.group('n'))}. {t.group('title')}", entry[t.end():]]
        else:
            # (an entry that is its decision alone: its code the point's title, the sentence its text)
            out += [f"{int(m.group('n'))}. {m.group('code')}", entry]
    return "\n".join(out)


def log_rows_as_items(text: str) -> str:
    """Minutes kept as one decision log table whose rows are the meeting's points, and no numbered
    item otherwise: each row written out as its point, its text under it and its responsible and
    when on an "Ansvarig:" line, as notes with items write them. The table may be Markdown (pipes
    and a rule under the header), a Word table (cells between tabs) or a PDF's (cells between
    gaps), one row a line.

    >>> print(log_rows_as_items("## Beslutslogg\\n| Nr | Ärende | Beslut / åtgärd | Ansvarig | Klart till |\\n"
    ...                         "|---|---|---|---|---|\\n| 1 | Rutinen | Rutinen godkänns. | – | – |\\n"
    ...                         "| 2 | Mått | TF tar fram siffror. | TF | 2025-09-10 |"))
    ## Beslutslogg
    1. Rutinen
    Rutinen godkänns.
    <BLANKLINE>
    2. Mått
    TF tar fram siffror.
    Ansvarig: TF, 2025-09-10
    <BLANKLINE>
    >>> print(log_rows_as_items("Nr   Ärende    Beslut    Ansvarig\\n1    Rutinen   Rutinen godkänns.   –"))
    1. Rutinen
    Rutinen godkänns.
    <BLANKLINE>

    A column of decisions alone decides the tasks its cells give:

    >>> print(log_rows_as_items("§\\tÄrende\\tBeslut\\tAnsvarig\\n3\\tPlan\\tPlanen fastställs. Eva Ek får i uppdrag "
    ...                         "att följa upp den.\\tEva Ek"))
    3. Plan
    Beslut: Planen fastställs. Eva Ek får i uppdrag att följa upp den.
    Ansvarig: Eva Ek
    <BLANKLINE>

    A column of the titles and what was said of them gives the title as the cell's first short sentence:

    >>> print(log_rows_as_items("Nr\\tÄrende och noteringar\\tBeslut / åtgärd\\tAnsvar\\n"
    ...                         "1\\tInledning. Ingen övrig fråga.\\tDagordningen fastställs.\\t"))
    1. Inledning
    Ingen övrig fråga.
    Dagordningen fastställs.
    <BLANKLINE>
    """
    if "eslut" not in text:  # a log's header names its column of decisions
        return text
    lines = text.split("\n")
    if not any(None not in _log_heads(line)[1:] for line in lines if "eslut" in line):
        return text  # no line is a log's header
    out: list[str] = []
    in_log: set[int] = set()  # the lines of the logs' headers and rows
    i = 0
    while i < len(lines):
        heads, point, title, said = _log_heads(lines[i]) if "eslut" in lines[i] else ([], None, None, None)
        piped = lines[i].lstrip().startswith("|")
        if None in (point, title, said) or piped and (i + 1 >= len(lines) or not _PIPE_SEP.match(lines[i + 1].strip())):
            out.append(lines[i])
            i += 1
            continue
        who = next((k for k, h in enumerate(heads) if _LOG_WHO_COLUMN.match(h)), None)
        due = next((k for k, h in enumerate(heads) if _LOG_DUE_COLUMN.match(h)), None)
        in_log.add(i)
        i += 2 if piped else 1
        while i < len(lines) and (row := _log_cells(lines[i])) and (not piped or lines[i].lstrip().startswith("|")):
            fits = len(row) == len(heads) and re.fullmatch(r"§?\s*\d{1,2}[a-z]?\.?", row[point])
            if not fits and not piped:
                break  # a Word or PDF table ends at the first line that is none of its rows
            in_log.add(i)
            i += 1
            if not fits:
                continue
            head, notes = row[title], ""
            if _LOG_TITLE_COLUMN.match(heads[title]).group("notes") and (ts := _CELL_TITLE_SENTENCE.match(head)):
                head, notes = ts.group("title"), ts.group("notes")
            decided = row[said]
            if _DECISIONS_ALONE.match(heads[said]) and _GIVEN_TASK.search(decided):
                # a column of decisions alone ("Beslut") decides the tasks its cells give, as a "Beslut:" label does:
                # "Planen fastställs. Eva Ek får i uppdrag att …" (a column of decisions and actions, "Beslut /
                # åtgärd", may log a task that is no decision)
                decided = f"Beslut: {decided}"
            out += [f"{row[point].strip('§ .')}. {head}", *([notes] if notes else []), decided]
            if who is not None and row[who] not in _DASHES:
                when = row[due] if due is not None and row[due] not in _DASHES else ""
                # (several in the cell, "LA, alla kommuner": listed with "och", the comma left to part them from when)
                doers = " och ".join(x.strip() for x in row[who].rsplit(",", 1)) if when else row[who]
                out.append(f"Ansvarig: {doers}" + (f", {when}" if when else ""))
            out.append("")
    if not in_log or any(_NUMBERED_HEADING.match(line) for k, line in enumerate(lines) if k not in in_log):
        return text  # no log, or minutes with numbered items of their own, whose logs the items read
    return "\n".join(out)


# a page's running line with its counter, its fields apart by a dot or a bar: "Processteam X · Minnesanteckningar
# 2025-10-30 · sida 1 av 2"
_RUNNING_LINE = re.compile(r"^(?P<fields>\S.{4,140}?)\s+[·|•]\s+(?:[Ss]ida|[Ss]\.)\s*\d{1,3}\s*(?:av|/)\s*\d{1,3}\s*$")
_RUNNING_FIELD_SEP = re.compile(r"\s+[·|•]\s+")


def _running_line_body(seg: Segments) -> str | None:
    """The body a page's running line names (a footer of notes that name their body nowhere else), the running
    lines after the title blanked as page furniture.

    >>> from samverkan.loaders.segment import Segments
    >>> seg = Segments("x", ["Minnesanteckningar", "1. Start", "Processteam Åby · Minnesanteckningar 2025-10-30 · sida 1 av 2"],
    ...                "unknown", None, [], [], None, None)
    >>> _running_line_body(seg), seg.lines[2]
    ('Processteam Åby', '')
    """
    first_item = seg.items[0].heading_line if seg.items else 1
    body = None
    for n, line in enumerate(seg.lines, start=1):
        m = _RUNNING_LINE.match(line.strip()) if "·" in line or "|" in line or "•" in line else None
        if m is None:
            continue
        for field in _RUNNING_FIELD_SEP.split(m.group("fields")):
            field = field.strip()
            if body is None and _BODY_WORD.search(field) and not _DOC_TYPE.search(field) and len(field.split()) <= 10:
                body = field
        if n >= first_item:
            seg.lines[n - 1] = ""
            seg.artefacts.add(n)
    return body


# a numbered point's sentence ("1. Eva Ek (M) avsäger sig uppdraget som ersättare i regionfullmäktige"): a
# number and a name or words, then a verb in the present with words after it, never a body's name
_NUMBERED_SENTENCE = re.compile(r"^\s*(?:[•\-–]\s*)?\d{1,3}[.)]\s+\S+(?:\s+\S+)*?\s+\w{3,}(?:ar|er|r)\b(?:\s+sig)?\s+\S+")
# a finite verb no body's name holds: "Enligt fullmäktiges arbetsordning har tillkännagivande … meddelats …"
_FINITE_VERB = re.compile(r"(?i)\s(?:har|hade|är|var|ska|skall|kan|får|blir|meddelas|meddelats|beslutar|meddelar|"
                          r"utser|utses|informerar|föreslår|[a-zåäö]{3,}(?:ar|er|r)\s+sig)\s")


def _sentence_not_body(body: str | None) -> str | None:
    """The header's body unless it is a sentence (a numbered point's, or more than a few words round a finite
    verb): a page that names its body only in its text ("enligt regionfullmäktiges arbetsordning") names none in
    its head.

    >>> _sentence_not_body("1. Eva Ek (M) avsäger sig den uppdraget som ersättare i regionfullmäktige") is None
    True
    >>> _sentence_not_body("2. Per Ås meddelar att han avgår som ledamot i nämnden") is None
    True
    >>> _sentence_not_body("Enligt fullmäktiges arbetsordning har tillkännagivande om sammanträdet meddelats") is None
    True
    >>> _sentence_not_body("Regionfullmäktige")
    'Regionfullmäktige'
    >>> _sentence_not_body("1. Kommunstyrelsen")
    '1. Kommunstyrelsen'
    >>> _sentence_not_body("Samverkansgrupp för vård och omsorg om äldre i Åby och Ekeby")
    'Samverkansgrupp för vård och omsorg om äldre i Åby och Ekeby'
    >>> _sentence_not_body("Ny sammanräkning efter ledamot som avgått ur kommunfullmäktige i Åby kommun") is None
    True
    """
    words = len(body.split()) if body else 0
    if words > 5 and _NUMBERED_SENTENCE.match(body) or words > 6 and _FINITE_VERB.search(f" {body} "):
        return None
    if _is_about_a_body(body):
        return None  # "Ny sammanräkning efter ledamot som avgått ur kommunfullmäktige": a matter's title, about a body
    return body


def _is_about_a_body(body: str | None) -> bool:
    """Whether a head's line tells of a body rather than names it: the body's word only after "efter", "från" …"""
    kind = _BODY_WORD.search(body) if body and len(body.split()) > 4 else None
    return bool(kind) and bool(_ABOUT_A_BODY.search(body[:kind.start()]))


def _body_line_of_head(lines: list[str]) -> str | None:
    """A line of the head that is a body's name alone, beside a line that only told of it ("här kommer
    anteckningarna från arbetsgruppens möte …" / "Arbetsgrupp för fallprevention").

    >>> _body_line_of_head(["Hej alla,", "här kommer anteckningarna från arbetsgruppens möte.", "Arbetsgrupp för fallprevention"])
    'Arbetsgrupp för fallprevention'
    """
    for line in [x.strip() for x in lines if x.strip()][:8]:
        kind = _BODY_WORD.search(line)
        # (the kind in its first word: "Arbetsgrupp för …", "Folkhälsorådet i Saltvik")
        if (kind and kind.start() < len(line.split()[0]) and len(line.split()) <= 8 and line[:1].isupper()
                and not re.search(r"[\d.,:;]", line) and not _FINITE_VERB.search(f" {line} ")
                and not _authority_letterhead([line])):  # (the länsstyrelse's letterhead: an authority, no body)
            return line
    return None


# a word that makes the body after it what a title is about: "… efter ledamot som avgått ur kommunfullmäktige"
_ABOUT_A_BODY = re.compile(r"(?i)\b(?:efter|ur|från|inför|angående|avseende|gällande)\s")


def _parse(text: str, path: str, default_date: str | None, written_as: str = "") -> ParsedMinutes:
    typed = text
    text = stand_in_cells_unwrapped(
        label_lists_unwrapped(prose_rosters_unwrapped(log_rows_as_items(coded_log_entries_as_items(front_matter_labelled(title_in_ordinary_case(text)))))))
    ct = clean(text)
    seg = segment_minutes(ct, written_as or path)
    warnings: list[str] = []
    running_body = _running_line_body(seg)
    head = {"date": None, "time": None, "place": None, "body": None, "paragraphs_range": None, "attendance": []}
    if seg.header:
        head = parse_header(seg, seg.header[0], seg.header[1])
        told_of = _is_about_a_body(head["body"])
        head["body"] = _sentence_not_body(head["body"])
        if told_of:
            head["body"] = _body_line_of_head(seg.lines)
        if key := _initials_key_at_end(seg):
            # "Närvarande: JW (ordf.), AB, CL" in the header, who they are in a key after the last point: the
            # header read with the key as its roster
            lo, hi = seg.header
            lines = list(seg.lines[:hi]) + ["", "Initialer:"] + key
            sub = Segments(seg.path, lines, seg.layout, (lo, len(lines)), [], [], None, None, seg.md_headings,
                           seg.artefacts, seg.bold_lines)
            keyed = parse_header(sub, lo, len(lines))
            if len(keyed["attendance"]) > len(head["attendance"]):
                head["attendance"] = keyed["attendance"]
    if running_body and (not head.get("body") or head.get("body_guessed")):
        head["body"] = running_body  # named only on the pages' running line
    appended_after = None
    if seg.signatures:
        # ("Vid anteckningarna / Eva Ek" then "Bilaga 1 Närvarolista" with its table: the roster no one's signature)
        appended_after = _roster_after_signatures(seg, *seg.signatures)
        sig_hi = appended_after[0] - 1 if appended_after else seg.signatures[1]
        # (an action list after the signatures is no one's signature: "Uppdragslista" / "Nr | § | Uppdrag | Ansvarig")
        listed = _action_list_start(seg.lines, seg.signatures[0], sig_hi)
        tail = parse_header(seg, seg.signatures[0], listed - 1 if listed else sig_hi)
        known = {_norm_key(e.name): e for e in head["attendance"]}
        for e in tail["attendance"]:
            old = known.get(_norm_key(e.name))
            if old is None and _two_known(e.name, known):
                continue  # "Karin Sjöholm Hamid Rostami": two signatures side by side, read as one line
            if old is None:
                head["attendance"].append(e)
            else:
                # (a signature gives one the role she signs in, never a seat: "Sekreterare / Eva Ek")
                old.roles.extend(r for r in e.roles if r not in old.roles and r != "ledamot")
        if head["paragraphs_range"] is None:
            head["paragraphs_range"] = tail["paragraphs_range"]
    attendance: list[AttendanceEntry] = head["attendance"]
    # (the ersättare who did not serve may still be named in the header: "Ej tjänstgörande ersättare  Bo Ås (S)")
    appended = bool(head.get("roster_elsewhere") and not any(
        e.status == "absent" or "ersättare" in e.roles and (e.status != "present" or "tjänstgörande ersättare" in e.roles)
        for e in attendance))
    if appended_after and appended_after[1]:
        roster = appended_after[1]
        known = {_norm_key(e.name): e for e in attendance}
        listed = {_norm_key(e.name) for e in roster}
        if any("ledamot" in e.roles for e in roster):
            for e in attendance:
                if _norm_key(e.name) not in listed:
                    e.roles[:] = [r for r in e.roles if r != "ledamot"]
        for e in roster:
            if (old := known.get(_norm_key(e.name))) is not None:
                # the närvarolista's line for her (its title, organisation and mark), the signature's role kept
                e.roles.extend(r for r in old.roles if r not in e.roles)
                attendance[attendance.index(old)] = e
            else:
                attendance.append(e)
    elif not attendance:
        # "Närvarande: se deltagarlista" and no one else in the header: the list after the last point first
        attendance.extend(appended and _attendance_in_items(seg, last_only=True) or _attendance_in_items(seg))
    elif all(e.roles and e.roles[0] != "ledamot" for e in attendance) or appended:
        # "**Antecknare:** Tove Marklund" in the header, the roster under a heading "Närvaro" of its own; or
        # "Beslutande: Se bilaga 1, närvarolista" over the signatures (no roster in the header), the roster
        # appended after the last paragraph
        known = {_norm_key(e.name): e for e in attendance}
        roster = _attendance_in_items(seg, titled_only=not appended, last_only=bool(appended))
        if appended and any("ledamot" in e.roles for e in roster):
            listed = {_norm_key(e.name) for e in roster}
            for e in attendance:
                if _norm_key(e.name) not in listed:
                    # "Sekreterare / Eva Ek" signing, not on the närvarolista: no seat in the body
                    e.roles[:] = [r for r in e.roles if r != "ledamot"]
        for e in roster:
            if (old := known.get(_norm_key(e.name))) is not None:
                old.roles[:0] = [r for r in e.roles if r not in old.roles]
                if appended and e.status in ("present", "absent"):
                    old.status = e.status  # the signing ordförande as the närvarolista marks her, not as a signature
            else:
                attendance.append(e)
    settle_justeras(attendance)
    for e in attendance:
        if e.name[-1:].isupper() and e.name[-2:-1] == " ":
            e.name = _surname_written_out(e.name, "\n".join(seg.lines))
    if attendance:
        # the header's own sentences too ("Justering och sekreterare / Att jämte ordförande … justera … valdes X.
        # Sekreterare är Y.")
        roles_from_text("\n".join(seg.lines), attendance)
        _secretary_by_title(attendance)

    decisions: list[ParsedDecision] = []
    bodies: Counter = Counter()
    items: list[ParsedItem] = []
    selves = _Selves(head["body"], _title_text(seg), _cue_lines(seg.lines), "\n".join(seg.lines))
    ranges = _own_ranges(seg.items)
    if appended and ranges:
        # the närvarolista appended after the last paragraph is the roster read above, no part of that paragraph
        lo, hi = ranges[-1]
        at = next((n for n in range(lo, hi + 1) if _ROSTER_TITLE_ALONE.fullmatch(seg.lines[n - 1].strip())
                   or _is_vote_roster_title(seg.lines[n - 1])
                   or (seg.lines[n - 1][:1] in "Nn" and _APPENDED_ROSTER_TITLE.match(seg.lines[n - 1].strip())
                       and n > lo and _BILAGA_ALONE.match(seg.lines[n - 2].strip()))), None)
        if at is not None:
            at -= 1 if at - 1 >= lo and re.fullmatch(r"Bilaga(?:\s+\d{1,2})?", seg.lines[at - 2].strip()) else 0
            ranges[-1] = (lo, at - 1)
    if ranges:
        ranges[-1] = (ranges[-1][0], _before_signature(seg.lines, *ranges[-1]))
    for it, (lo, hi) in zip(seg.items, ranges):
        items.append(_extract_item(seg, it, lo, hi, decisions, bodies, attendance, selves, head["date"]))
    if items and seg.signatures and (after := _action_list_after(seg.lines, *seg.signatures)):
        # "Vid protokollet … Justeras …" / "Uppdragslista efter mötet" with its table: the meeting's tasks, read
        # with its last point (a "§" column gives each row its own)
        items[-1].body = f"{items[-1].body}\n\n{after}"
    if not seg.items:
        items = _without_items(seg, head, decisions, bodies, attendance, path, warnings, selves)
    _agenda_table_presenters(seg.lines, items, attendance)
    _invited_presenters(attendance, items)
    _presenting_guests(attendance, items)
    _writer_keeps_the_notes(attendance, head.get("writer"), _OWN_NOTES.search("\n".join(seg.lines[:40])) is not None)
    if (made := _NOTES_MADE_BY.search("\n".join(seg.lines[:12]))) and made.group("who") != head.get("writer"):
        # "Sammanfattningen är gjord av Eva Ek utifrån chatten": the one who wrote the notes kept them
        _writer_keeps_the_notes(attendance, made.group("who"), True)

    full_text = "\n".join(seg.lines)
    if head["body"] and (board := _BOARD_FOR.match(head["body"])):
        # "Organ: Direktionen för Hjälpmedelsförbundet X": the förbund's board, named as the förbund's boards are
        head["body"] = f"{board.group(1)}, {board.group(2)}"
    if head["body"] and head.get("file_name_title"):
        head["body"] = _named_in_full(head["body"], full_text)
    if head["body"] and head["body"][:1] in "AP" and (short := _SHORT_KIND_TOPIC.fullmatch(head["body"])):
        head["body"] = _kind_topic_in_full(short, full_text)
    if (head["body"] and head.get("administration_cell") and _OWN_LEDNINGSGRUPP.fullmatch(head["body"])
            and re.search(r"(?i)\bkommun$", head.get("letterhead") or "")):
        # "ÅBY KOMMUN / Vård- och omsorgsförvaltningen / Ledningsgruppen för vård och omsorg": the förvaltning's
        # own ledningsgrupp, one of the kommun's, named with it as its nämnder are
        head["body"] = f"{head['body']}, {head['letterhead']}"
    if head["body"] and _BARE_GEMENSAM_NÄMND.fullmatch(head["body"]):
        head["body"] = _gemensam_named_in_full(head["body"], seg.lines[:25])
    body = _without_region_tail(qualified_body(head["body"], head.get("letterhead"), full_text), full_text)
    body = _kind_of_first_line(body, seg.lines)
    if (opening := next((x.strip() for x in seg.lines[:3] if x.strip()), ""))[:6].casefold() == "dialog" and (
            dialogue := _dialogue_of_title(opening, full_text)):
        # "DIALOGMÖTE BUP – ELEVHÄLSAN I ÅBY": the standing dialogue the title names met, not one party of it
        body = dialogue
    if body is None:
        body = _without_region_tail(_footer_body(seg.lines), full_text)
    if body is None and "möte" in (first := next((x.strip() for x in seg.lines[:3] if x.strip()), "")):
        body = _group_of_meeting_title(first, full_text)
    if body is None:
        # (dated by the file's name, never by the head's date: a page without its header dates itself by the
        # first date of its text, which may be the very sitting it mentions)
        body = _body_told_by_its_text(seg.lines, default_date or date_from_path(written_as or path))
    if body is None and (body := _authority_letterhead(seg.lines)):
        for e in attendance:  # an authority's officials at its protocol hold no seat in it
            e.roles = [r for r in e.roles if r != "ledamot"]
    if body and _USERS_COUNCIL.search(body):
        _officials_of_a_users_council(attendance)
    if body and "niv" in body[-22:] and (level := _LEVEL_ASIDE.search(body)):
        body = body[:level.start()]  # "SAMVERKANSGRUPP ÄLDRE (taktisk nivå)": the body's level in the structure, no name
    if body and any(s.strip().isupper() and body.casefold() in s.casefold() for s in seg.lines[:20]):
        body = _recased_by_text(body, seg.lines)  # "NÄTVERKET FÖR ANHÖRIGSTÖD I ÅDALEN": each word as the text writes it
    if body and "el " in body[-14:] and (part := _PART_MARK.search(body)) and part.start() > 3:
        body = body[:part.start()]  # "Nätverket X, 12 november (del 1 av 3)": a post's part of the notes, no name
    body_basis = "text" if body else None
    if body is None and bodies:
        top = bodies.most_common(1)[0][0]
        body = _specific_group(full_text, top) or top
        body_basis = "inferred"
    layout = seg.layout
    if any(e.party for e in attendance) or (body and re.search(r"nämnd|styrelse|fullmäktige|utskott", body, re.I)):
        layout = "kommun"

    meeting_date = head["date"]
    date_range = None
    date_basis = None
    if meeting_date:
        date_range = (meeting_date, meeting_date)
        date_basis = "text"
    else:
        body_text = "\n".join(seg.lines[(seg.header[1] if seg.header else 0):])
        date_range = date_range_from(body_text)
        from_name = (written_as and date_from_path(written_as)) or date_from_path(path)
        if from_name and (date_range is None or date_range[0] <= from_name <= date_range[1]):
            meeting_date = from_name
            date_basis = "filename"
            warnings.append(f"meeting date not stated in the text; taken from the file name ({from_name})")
        elif default_date:
            if date_range is None:
                meeting_date = default_date
                date_basis = "option"
                warnings.append(f"meeting date not stated in the text; using the default date {default_date}")
            else:
                warnings.append(f"meeting date not stated in the text; bounded by references to {date_range[0]}..{date_range[1]}"
                                f" (default date {default_date} not used)")
        elif date_range:
            warnings.append(f"meeting date not stated in the text; bounded by references to {date_range[0]}..{date_range[1]}")
        else:
            warnings.append("meeting date not stated in the text and no dated references found")
        if meeting_date is None and date_range:
            date_basis = "range"
        if from_name and meeting_date != from_name:
            warnings.append(f"file name date {from_name} lies outside the dated references")
    for d in decisions:
        # "… beakta analysen när den är klar (Eva Ek tar frågan till kommundirektörsgruppen).": who carries it on, in
        # brackets after the decided point, is no part of what was decided
        if d.text.endswith((")", ").")) and (aside := _DOER_ASIDE_AT_END.search(d.text)) and is_given_name(aside.group("first")):
            d.text = d.text[:aside.start()].rstrip(" ,")
            note = aside.group(0).strip(" .()")
            for it in items:
                if it.number == d.item and note not in it.body:
                    it.body = f"{it.body}\n{note}.".strip()  # the task is read as the item's running text tells it
    if attendance and "för första gången" in full_text:
        _add_first_timers(full_text, attendance)
    if attendance and "undantag" in full_text:
        _present_by_exception(full_text, attendance)
    if not attendance and "(" in full_text:
        _add_counted_sides(full_text, attendance, [p for it in items for p in it.presenters], head.get("writer"))
    if attendance and body:
        _signers_seat(seg.lines, attendance, body)
    if not decisions:
        warnings.append("no decisions found")
    said = _meeting_quote(seg, head["body"] if body_basis == "text" else None,
                          meeting_date if date_basis == "text" else None)
    return ParsedMinutes(path=path, layout=layout, body=body, date=meeting_date, date_range=date_range,
                         time=head["time"], place=head["place"], attendance=attendance, items=items,
                         decisions=decisions, paragraphs_range=head["paragraphs_range"], warnings=warnings,
                         named=head.get("named", []), preamble=head.get("preamble", []),
                         writer=head.get("writer") or _the_one_secretary(attendance),
                         body_basis=body_basis, date_basis=date_basis, quote=said,
                         justering_date=_justering_date(seg, meeting_date),
                         administrations=named_administrations(full_text), letterhead=head.get("letterhead"),
                         legend=legend_acronyms(full_text), body_with_place=body_with_title_place(typed, body))


# a title typed in capitals with a place after its dash: "OPERATIV ARBETSGRUPP SIP – SÄLVIK", "… – HEDLANDS LÄN"
_CAPS_TITLE_PLACE = re.compile(r"[#*\s]*(?P<name>[A-ZÅÄÖ][A-ZÅÄÖ0-9 ,()/-]*?)\s+[–-]\s+"
                               r"(?P<place>[A-ZÅÄÖ][A-ZÅÄÖ-]+(?:\s+(?:LÄN|KOMMUN))?)"
                               # (the body's acronym in a bracket after the place: "… – ÅBY (RLG)")
                               r"(?:\s+\((?P<acronym>[A-ZÅÄÖ][A-ZÅÄÖ-]{1,6})\))?[*\s]*")

# the place first, as a letterhead on the title's line: "ÅBY LÄN – SAMVERKANSGRUPP ÄLDRE (taktisk nivå)", "NORRBY KOMMUN –
# LOKAL STYRGRUPP"
_CAPS_PLACE_TITLE = re.compile(r"[#*\s]*(?P<place>[A-ZÅÄÖ][A-ZÅÄÖ-]+\s+(?:LÄN|KOMMUN))\s+[–-]\s+"
                               r"(?P<name>[A-ZÅÄÖ][A-ZÅÄÖ0-9 ,/-]*?)(?:\s*\([a-zåäö ]+\))?[*\s]*")


def body_with_title_place(text: str, body: str | None) -> str | None:
    r"""The body that met named with the place its title in capitals gives after a dash, where the name read from the
    title leaves the place out: secretaries typing the title in ordinary case name the body with its place, in
    capitals without it, and the body goes by both names.

    >>> body_with_title_place("OPERATIV ARBETSGRUPP SIP – SÄLVIK\nAnteckningar", "Operativ arbetsgrupp SIP")
    'Operativ arbetsgrupp SIP – Sälvik'
    >>> body_with_title_place("# KOMPETENSRÅDET FÖR VÅRD – HEDLANDS LÄN\n", "Kompetensrådet för vård")
    'Kompetensrådet för vård – Hedlands län'
    >>> body_with_title_place("ÅBY LÄN – SAMVERKANSGRUPP ÄLDRE (taktisk nivå)\n", "SAMVERKANSGRUPP ÄLDRE")
    'SAMVERKANSGRUPP ÄLDRE – Åby län'
    >>> body_with_title_place("REGIONAL LEDNINGSGRUPP VÅRD – ÅBY (RLG)\nMinnesanteckningar", "Regional ledningsgrupp Vård")
    'Regional ledningsgrupp Vård – Åby (RLG)'
    >>> body_with_title_place("Operativ arbetsgrupp SIP – Sälvik\n", "Operativ arbetsgrupp SIP") is None
    True
    >>> body_with_title_place("MINNESANTECKNINGAR – SÄLVIK\n", "Operativ arbetsgrupp SIP") is None
    True
    """
    first = next((line for line in text.split("\n") if line.strip()), "")
    m = _CAPS_TITLE_PLACE.fullmatch(first) or _CAPS_PLACE_TITLE.fullmatch(first)
    if not body or not m:
        return None
    words = set(re.findall(r"[\wåäö]+", m.group("name").casefold()))
    said = re.findall(r"[\wåäö]+", body.casefold())
    place = m.group("place").casefold()
    if not said or not set(said) <= words or place.split()[0] in said or m.group("place") in ("KOMMUN", "LÄN"):
        return None
    acronym = f" ({m.groupdict()['acronym']})" if m.groupdict().get("acronym") else ""
    return f"{body} – " + " ".join(w if w in ("kommun", "län") else w.capitalize() for w in place.split()) + acronym


# "Justeringens plats och tid   Regionhuset, fredagen den 31 oktober 2025", "Justeringens plats  …, 2025-09-15"
# ("Justeringsdag: 2026-11-17, digital justering": the day's own label)
_JUSTERING_LINE = re.compile(r"^\s*justering(?:ens|sdag|sdatum)?(?:\s+plats)?(?:\s+och\s+tid|\s+datum)?\s*:?\s+(?P<v>\S.*)$", re.I)


# "Justeringens" alone on its line, "plats och tid  …, 2025-11-28" on the next
_JUSTERING_ALONE = re.compile(r"^\s*justeringens(?P<v>)\s*$", re.I)
_JUSTERING_SENTENCE = re.compile(r"(?:^|[.:;]\s+)Justering(?:en)?\s+(?:sker\s+|äger\s+rum\s+|görs\s+)?"
                                 r"(?P<v>[^.;]*?\d[^.;]*?)(?:\.\s|\.?$)")


def _justering_date(seg: Segments, meeting_date: str | None) -> str | None:
    """The day the header says the minutes are checked, on or after the meeting day."""
    spans = [r for r in (seg.header, seg.signatures) if r]
    for lo, hi in spans:
        for i in range(lo, min(hi, len(seg.lines)) + 1):
            line = seg.lines[i - 1]
            m = "ustering" in line and (_JUSTERING_LINE.match(line) or _JUSTERING_ALONE.match(line))
            day = parse_date_phrase(m.group("v")) if m and m.group("v") else None
            # the day on the label's second line ("plats och tid  …"), or after a label broken over two
            # lines with its value below, as a PDF's table cell is read ("Justeringens plats och" / "tid" / "…")
            for nxt in seg.lines[i:i + 2] if m and day is None else ():
                day = parse_date_phrase(re.sub(r"^\s*(?:plats\s+och\s+)?tid\b", "", nxt, flags=re.I))
                if day:
                    break
            if day and (meeting_date is None or day >= meeting_date):
                return day
    # "Justerare: Karl Nyholm. Justering 2025-11-18.", "Till justerare utses Ulf Ring (KD). Justering sker på
    # förvaltningen fredagen den 5 december 2025.": the day told in a sentence, in the header or the first §
    for line in seg.lines:
        m = "ustering" in line and _JUSTERING_SENTENCE.search(line)
        day = parse_date_phrase(m.group("v")) if m else None
        if day and (meeting_date is None or day >= meeting_date):
            return day
    return None


def _meeting_quote(seg: Segments, body: str | None, day: str | None) -> str | None:
    """The header lines that state the body that met and the meeting date, joined by " … "."""
    spans = [r for r in (seg.header, seg.signatures) if r]
    lines = [_strip_bullet(seg.lines[i - 1]) for lo, hi in spans for i in range(lo, min(hi, len(seg.lines)) + 1)]
    body_line = next((l for l in lines if body and body.casefold() in l.casefold()), None)
    date_line = next((l for l in lines if day and parse_date_phrase(l) == day), None)
    said = [l for l in dict.fromkeys((body_line, date_line)) if l]
    return quote(" … ".join(said)) if said else None
