"""Relations stage: assignments, memberships, mandates, groups, person mentions, vacancies
and narrative absences read from the decisions and running text of one set of minutes.

Names stay as written; ``resolve`` canonicalises them. Generic references to a group
("Samverkansgruppen", "styrgruppen", "Arbetsgruppen") are tied to a specific group when the
item makes it clear, and never emitted as a group called "gruppen".

>>> from loaders.types import ParsedMinutes, ParsedItem, ParsedDecision
>>> pm = ParsedMinutes(path="x", layout="formal", body="LSVO",
...     items=[ParsedItem(number="115", title="Utvecklingsdag")],
...     decisions=[ParsedDecision(item="115", position=0, decided_by="LSVO",
...         text="Bodil och Mats ges i uppdrag att jobba vidare med planeringen av dagen")])
>>> a = extract_relations(pm).assignments[0]
>>> a.assignees, a.task, a.given_by
(['Bodil', 'Mats'], 'jobba vidare med planeringen av dagen', 'LSVO')
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache

from samverkan.graph.model import QUOTE_LIMIT, quote
from samverkan.loaders.extract import (MEMBERS_SHALL, _ADMINISTRATION, _JOINT_BETWEEN, _LOG_DECISION_COLUMN, _LOG_ITEM_COLUMN, _STAFF_LABEL, MONTHS,
                                       attendee_short_names, leading_name,
                                       named_administrations, parse_date_phrase)
from samverkan.loaders.names import (
    PARTICLES_BEFORE,
    find_person_names,
    is_given_name,
    is_name_list,
    is_person_name,
    is_title_word,
    name_shaped,
    normalise_person_name,
    reset_stop_words,
    same_person_form,
    split_name_list,
    use_stop_words,
)
from samverkan.loaders.rules import FREQUENCY, HANDED_REPORT, KINDS, TASK_VERB, TASK_VERBS, rules_for
from samverkan.loaders.types import (
    AttendanceEntry,
    NameMention,
    ParsedDecision,
    ParsedItem,
    ParsedMinutes,
    RawAssignment,
    RawGroup,
    RawMandate,
    RawMembership,
    RawRelations,
    RawVacancy,
)

# --------------------------------------------------------------------------- text

_MONTHS = MONTHS
_MONTH = f"(?:{'|'.join(MONTHS)})"
# "tf." (tillförordnad) before a title, its dot no end of a clause
_ACTING_TITLE = re.compile(r"\btf\.\s+(?=[a-zåäö])")
_ACTING_UNDONE = re.compile(r"\btf\s+(?=[a-zåäö])")
_ABBREV = {"t.ex", "bl.a", "ev", "kl", "resp", "ca", "fr.o.m", "t.o.m", "dvs", "osv", "s.k",
           "nr", "jfr", "tf", "t.f", "mm", "m.m", "bla", "exkl", "inkl", "st", "f.d", "v",  # "v. 42": a week
           # a hurried secretary's shortened prepositions: "arbetet m. MAS-nätverket", "rapport t. SG äldre",
           # "utskrivning fr. sjukhus", "Ang. sammanslagningen"
           "m", "t", "fr", "ang", "pga",
           # "Amir Haddad ny rep. för Olofströms kommun": a representative shortened
           "rep",
           # a law's chapter before its paragraph: "med stöd av 3 kap. 3 § LEH"
           "kap"}


_SHORT_MONTHS = frozenset(("jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"))
_BLANKS = re.compile(r"[ \t]+")
_SPACES_ONLY = re.compile(r" {2,}")
_CELL_GAP = re.compile(r" ?\t[ \t]*")
# a gap of three spaces or more between words: a column's edge in a table laid out with spaces (a
# PDF's table read with its layout, a roster typed with spaces), as a tab is in a Word table
_WIDE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_SPACES = re.compile(r"\s+")
_ATT_START = re.compile(r"^(?:att|Att)\s+(?!göra\s*:)")  # (not the label of an action line: "Att göra: …")
_BESLUTAR_END = re.compile(r"\bbeslutar\s*:?\s*$")
# a numbered label opening a sentence in running text: "Åtgärd 2: …", "Beslut 1: …"
_NUMBERED_LABEL = re.compile(r"^(?:Åtgärd|Beslut)\s+\d{1,2}\s*:\s+(?=[A-ZÅÄÖ])")
# "Uppdrag: Styrgruppen får i uppdrag att …": a label before a sentence that gives the task in full
_TASK_LABEL = re.compile(r"^Uppdrag\s*:\s+(?=[A-ZÅÄÖ][^.;:]{0,80}?\s+(?:får|ges|fick|gavs)\s+i\s+uppdrag\s+att\b)")
# "Återrapport till LSVO 2026-05-15", "Återrapportering till styrgruppen i maj": the report back as a noun
# the same joined to the task it follows: "… får i uppdrag att ta fram ett förslag; återrapport till LSVO 2026-05-15"
_REPORT_BACK_JOINED = re.compile(r"(?:;|,?\s+och(?=\s+återrapportering\s+sker\s))\s*(?:[Åå]ter)?[Rr]apport(?:ering)?\s+(?:sker\s+)?"
                                 # "…, och återrapportering sker till X två gånger per år": how often is no body
                                 r"(?:till|för)\s+(?P<to>[^.;]+?)(?:\s+(?:två|tre|fyra|en)\s+gånger?\s+(?:per|om|i)\s+år\b.*|"
                                 r"\s+(?:varje|årligen|halvårsvis|kvartalsvis)\b.*)?\.?$")
_REPORT_BACK_NOUN = re.compile(r"^(?:[Åå]ter)?[Rr]apport(?:ering)?\s+(?:sker\s+)?(?:till|för)\s+(?P<to>[^.;]+?)\.?$")
# the huvudman whose turn it is in a round of the table, before what its member told: "Mossby: …", "Region X: …"
_PLACE_LABEL = re.compile(r"^(?:(?P<h>Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+kommun)|(?P<p>[A-ZÅÄÖ][\wåäö-]+)):\s+(?=[A-ZÅÄÖ])")
_LABEL_RULES = frozenset(("roster_line", "roster_intro"))
# … and, past a semicolon after what its member told, a task without its subject, the huvudman's: "Mossby: Stor
# personalomsättning i hemtjänsten; tar fram en introduktion för nyanställda."
_ROUND_LATER_TASK = re.compile(r"^[A-ZÅÄÖ][^;:]{2,160}?;\s+(?P<rest>[a-zåäö]+(?:ar|er|ir|yr|år|ör)\s[^;]+)$")
# a decision to stand behind what someone named will do: "(Nätverket) ställer sig bakom att X anordnar …"
_TASK_AFTER_SUBJECT = re.compile(rf"[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){{0,2}}\s+{TASK_VERB}\b")
_ENDORSES_THAT = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]*\s+)?(?:att\s+)?(?:ställer|ställde|ställa)\s+sig\s+bakom\s+att\s+(?=[A-ZÅÄÖ])")
_HEADING_PREFIX = re.compile(r"^[A-ZÅÄÖ][^–:.]{0,60}?\s[–-]\s+(?=[A-ZÅÄÖ])")
# the whole of a body, as the subject of its task: "Hela styrgruppen", "Alla i gruppen"
_WHOLE_BODY = re.compile(r"(?:Hela|Alla\s+i|Samtliga\s+i)\s+((?:[a-zåäö]*grupp|[a-zåäö]*råd|[a-zåäö]*nätverk|[a-zåäö]*beredning|"
                         r"[a-zåäö]*nämnd)(?:en|et))\b")
# the body that met by its type word, opening a decided clause in small letters: "rådet lämnar …"
_OWN_BODY_SUBJECT = re.compile(r"(?:gruppen|rådet|nätverket|styrgruppen|arbetsgruppen|projektgruppen|samverkansgruppen|"
                               r"ledningsgruppen|referensgruppen|teamet|forumet|beredningen)"
                               r"(?P<when>\s+(?:från\s+och\s+med|till\s+och\s+med|efter|före)\s+(?:den\s+)?\d{1,2}\s+[a-zåäö]+)?"
                               r"\s+[a-zåäö]+(?:ar|er|ir|år|ör)\b")
# (a dash, the hyphen or the en dash a word processor makes of it: "– AB bjuder in …"; a point numbered under
# its item's number, "2.3 Eva Ek arbetar in synpunkterna …"; the open check box
# and @-mention of a task list kept in a meeting app after it: "- [ ] @Eva Ström sammanställer …", "☐ Per Ek
# bokar …" — a box ticked is a task done, no new one)
_BULLET = re.compile(r"(?:(?:(?:[-–•*]\s*)?(?:[→➔➜⇒]|=>|->)|[•▪●◦·*]|[-–](?=\s)|-(?=[A-ZÅÄÖ])|[a-z]\.(?=\s)|\d+\.(?=\s)|\d{1,2}\.\d{1,2}\.?(?=\s+[A-ZÅÄÖ]))\s*"
                     r"(?:\[ ?\]\s*)?|[☐☑]\s*)(?:@(?=[A-ZÅÄÖ]))?")


# the newcomer a host welcomes: "Anders hälsade välkommen, särskilt Nadia Haddad som …"
_WELCOMED_AFTER = re.compile(r"\b(?:hälsade|hälsar)\s+(?:alla\s+|gruppen\s+)?välkom(?:men|na),?\s+(?:särskilt|speciellt|framför\s+allt)\s+"
                             r"(?:(?:nya?\s+)?(?:ledamoten|ledamöterna|deltagaren|representanten)\s+)?"
                             r"(?P<n>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\b")
# an uppdrag told before the object a decision shares: "PSVO gav i juni LSVO i uppdrag att ta fram ett förslag till
# handlingsplan X" over the decision "anta handlingsplan X" is the task given then, not the decision told again
_UPPDRAG_BEFORE = re.compile(r"\bi\s+uppdrag\s+att\b|\buppdraget\s+att\b")
# the labels of a protocol's sections, alone on their line over the text ("Ärendebeskrivning")
_SECTION_LABEL = re.compile(r"(?i)ärendebeskrivning|ärendet(?:\s+i\s+korthet)?|beskrivning\s+av\s+ärendet|beslutsunderlag|förslag\s+till\s+beslut|expedieras\s+till|"
                            r"beslutet\s+skickas\s+till|bakgrund|sammanfattning(?:\s+av\s+ärendet)?|yrkanden|propositionsordning|"
                            r"reservationer|reservation|protokollsanteckning|noteringar|åtaganden")


# an item titled as a status report from a group under the body that met
# (after the matter, a dash between: "Samsjuklighet – lägesrapport från Arbetsgrupp samsjuklighet")
_STATUS_REPORT_TITLE = re.compile(r"(?:^\s*|\s[–—-]\s+)Lägesrapport(?:er)?\s+från\s+(.+)$", re.I)
# an item titled "Rapport från hjälpmedelsgruppen" / "Återrapport från arbetsgruppen för X": a working group under
# the body that met reports back (not a body above or beside it: "Rapport från regionala ledningsgruppen", news)
_REPORT_FROM_TITLE = re.compile(r"^\s*(?:Åter)?[Rr]apport(?:ering)?\s+från\s+(.+)$")
_WORKING_GROUP_WORD = re.compile(r"(?i)grupp|team")
_ABOVE_OR_BESIDE = re.compile(r"(?i)lednings|styr|samverkans|samråd|råd(?:et)?\b|nämnd|styrelse|forum|direktion|presidi"
                              r"|utskott|beredning|kommun|region")
# the groups under a ledningsgrupp that an item reports back from: "Återrapportering från Samverkansgrupp X"
_REPORTED_BACK_KIND = re.compile(r"(?i)(?:samverkansgrupp|styrgrupp)\b")
_GROUP_UNDER = re.compile(r"(?i)team|(?<!lednings)grupp|lokal|nätverk")
# an item titled after the task it works on: "Uppdrag från RLG – handlingsplan", "Handlingsplan – uppdraget från RLG"
# "Återkoppling på uppdrag från PSO – handlingsplan", "Återrapport av uppdraget från RLG: …": the task reported
# back on to the body that gave it
_TASK_FROM_TITLE = re.compile(r"(?:^|\s[–—-]\s)(?P<back>(?:återkoppling|återrapport(?:ering)?|redovisning)\s+(?:på|av)\s+)?"
                              r"uppdrag(?:et)?\s+från\s+(?:det\s+|den\s+)?(?P<g>[^–—:]+?)\s*(?:(?:\s[–—-]\s|:\s)(?P<topic>.*))?$", re.I)
# the work such a title names by its noun, and the verb that does it: "uppföljning av X" is to follow X up
_TOPIC_VERBS = {"uppföljning av": "följa upp", "uppföljningen av": "följa upp", "samordning av": "samordna",
                "samordningen av": "samordna", "revidering av": "revidera", "revideringen av": "revidera",
                "kartläggning av": "kartlägga", "kartläggningen av": "kartlägga", "översyn av": "se över",
                "översynen av": "se över", "utvärdering av": "utvärdera", "utvärderingen av": "utvärdera"}
_UPPDRAG_TOLD = re.compile(r"\bi\s+uppdrag\s+att\b|\buppdraget\s+att\b|\buppdrag\s+(?:av|från)\s+[^.;]{2,60}?\s+att\b")
_TITLE_TOPIC_TASK = re.compile(r"(?i)(?P<noun>" + "|".join(re.escape(k) for k in _TOPIC_VERBS) + r")\s+(?P<what>\S.{2,120})$")


# a point titled by the body's own uppdrag, no work of its own: "Gruppens uppdrag 2027", "Uppdragsbeskrivning"
_OWN_UPPDRAG_TITLE = re.compile(r"(?i)^(?:(?:gruppens|teamets|nätverkets|rådets|styrgruppens|arbetsgruppens|vårt)\s+)?"
                                r"(?:uppdrag(?:et)?|uppdragsbeskrivning(?:en)?|direktiv(?:et)?)(?:\s+(?:för\s+)?\d{4}(?:[-–/]\d{2,4})?)?$")


# a field on a line of its own: a label of a word or two and a colon, then a name or a short value
# ("Adjungerad: Jonas Ekwall", "Föredragande: Anna Lund"); in a Word document or a PDF, where no
# blank line follows a paragraph, the text on the next line is a sentence of its own
_DNR_LINE = re.compile(r"(?i)dnr\.?:?\s+[A-ZÅÄÖ]{0,6}\s?\d{2,4}[/.-]\d{1,5}(?:[/.-]\d{1,4})?")
# a case number alone on its line, as a meeting system prints it under the item's title: "KS 2026/377"
_BARE_DNR_LINE = re.compile(r"[A-ZÅÄÖ]{2,6}\s?\d{4}[/.-]\d{1,5}(?:[/.-]\d{1,4})?")
# (a week by its shortening in it: "Ansvar: Eva och Per, klart v. 24")
_FIELD_LINE = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+)?: [A-ZÅÄÖ](?:[^.:;!?]|(?<=\bv)\.(?= ?\d)){0,50}")
_LABEL_LINE = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?: [a-zåäö-]+)?:(?:\s+\S|$)")


# a line that ends opening a clause its list goes on with: "… fått uppdrag från X att", "att"
_OPEN_ATT = re.compile(r"(?:^|\s)att$", re.IGNORECASE)


# an agenda point's number and short title on its own line ("1. Checklista"), where no item was recognised
_NUMBERED_TITLE = re.compile(r"\d{1,2}[.)]\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+(?![a-zåäö]+(?:ar|er|ir)\b)[\wåäöÅÄÖ-]+){0,3}")


# a doer's tasks as a list under a heading of its own: "Uppdrag till Karin Ek:" / "- ta fram …" / "- skicka …"
_TASK_HEADING = re.compile(r"^[#*\s]*(?P<head>(?:Uppdrag|Uppgift|Uppgifter|Att\s+göra)\s+(?:till|för)\s+[^:]{2,80}?)\s*:\s*\**\s*$",
                           re.I)


def _task_heading_lists(lines: list[str]) -> list[str]:
    r"""The list under a heading "Uppdrag till X:" read as one labelled action a line, the heading its label.

    >>> _task_heading_lists(["### Uppdrag till Karin Ek:", "- ta fram en plan", "- skicka den till RLG", "", "Nästa"])
    ['- Uppdrag till Karin Ek: ta fram en plan', '- Uppdrag till Karin Ek: skicka den till RLG', '', 'Nästa']
    >>> _task_heading_lists(["Uppdrag till arbetsgruppen:", "Gruppen tar fram en plan."])
    ['Uppdrag till arbetsgruppen:', 'Gruppen tar fram en plan.']
    """
    if not any("till" in x or "för" in x for x in lines):
        return lines
    out: list[str] = []
    k = 0
    while k < len(lines):
        h = _TASK_HEADING.match(lines[k])
        j = k + 1
        while h and j < len(lines) and not lines[j].strip():
            j += 1  # (a blank line between the heading and its list)
        items: list[str] = []
        while h and j < len(lines) and (b := _BULLET.match(lines[j].strip())) and lines[j].strip()[b.end():][:1].islower():
            items.append(f"- {h.group('head')}: {lines[j].strip()[b.end():]}")
            j += 1
        if items:
            out.extend(items)
            k = j
        else:
            out.append(lines[k])
            k += 1
    return out


# an uppdrag told without its giver: "Arbetsgruppen har fått i uppdrag att …", "Gruppen har fått ett nytt uppdrag att …"
_UPPDRAG_NO_GIVER = re.compile(r"^(?P<who>(?:[A-ZÅÄÖ][\wåäö-]*\s+)?[\wåäö-]*?(?:[Gg]ruppen|[Rr]ådet|[Tt]eamet|[Nn]ätverket|"
                               r"[Nn]ämnden|[Bb]eredningen|[Uu]tskottet))\s+har\s+(?:nu\s+)?fått\s+(?:ett\s+(?:nytt\s+)?)?"
                               r"(?:i\s+)?uppdrag(?:et)?\s+att\s")
# the body whose decision the sentence tells of: "styrgruppens beslut", "RLG:s beslut", "beslutet i Styrgrupp X" (the
# genitive's last word; the words before it may be the rest of the name)
_DECIDED_BY_BEFORE = re.compile(
    r"(?P<body>[\wåäö-]+)(?::s|s)\s+(?:senaste\s+)?beslut\b"
    r"|\bbeslut(?:et|en)?\s+(?:i|från)\s+(?P<body2>[A-ZÅÄÖ][^.,;]{2,60}?)(?=\s+den\b|\s+\d|[.,;]|$)")


# a responsible note standing after a sentence's full stop, alone on the rest of its line or on the next
_NOTE_AFTER_STOP = re.compile(r"(?P<s>[^\s.])\.[ \t]*\n?[ \t]*(?P<note>\((?:[Aa]nsvar(?:ig[a]?)?|[Aa]nsv\.?)\s*:[^()\n]{2,100}\))"
                              r"[ \t]*(?=\n|$)")


@lru_cache(maxsize=4096)
def _flatten(text: str) -> str:
    r"""Join wrapped lines into one string; list bullets, short headings, field lines and paragraph
    ends become sentence breaks (NUL).

    >>> _flatten("Adjungerad: Jonas Ekwall\nRådet gav gruppen i uppdrag att\nta fram en plan.")
    'Adjungerad: Jonas Ekwall\x00Rådet gav gruppen i uppdrag att ta fram en plan.'
    >>> _flatten("Ansvar: Eva och Per, klart v. 24\nAnsvar: Ola, klart v. 34\n\nEva och Per gör ett schema.")
    'Ansvar: Eva och Per, klart v. 24\x00Ansvar: Ola, klart v. 34\x00Eva och Per gör ett schema.'
    >>> _flatten("1. Checklista\nJohan Berg tar fram ett utkast.")
    'Checklista\x00Johan Berg tar fram ett utkast.'
    >>> _flatten("Dnr SN 2026/18\nUppdraget kommer från kommunstyrelsen.")
    'Dnr SN 2026/18\x00Uppdraget kommer från kommunstyrelsen.'
    >>> _flatten("KS 2026/377\nKommunstyrelsen har överlåtit åt utskottet att besluta om bidrag.")
    'KS 2026/377\x00Kommunstyrelsen har överlåtit åt utskottet att besluta om bidrag.'
    >>> _flatten("• Per Ek tar fram ett förslag\nNästa möte: 12 feb. 2026")
    'Per Ek tar fram ett förslag\x00Nästa möte: 12 feb. 2026'
    >>> _flatten("• Nya processledare har utsetts. Detta då tidigare processledare slutar. Karin Ek\n\n"
    ...          "Åby kommun har utsetts till processledare.\n\n• Nästa punkt\n\nx\n\ny\n\nz\n\n")
    'Nya processledare har utsetts. Detta då tidigare processledare slutar. Karin Ek Åby kommun har utsetts till processledare.\x00Nästa punkt x y z'
    """
    if not text:
        return ""
    if "nsv" in text:
        # "Rutinen skickas ut till enheterna.\n(Ansvar: Eva Ek)": the note after the full stop, on its line or the
        # next, closes the sentence before it as a note inside it would
        text = _NOTE_AFTER_STOP.sub(r"\g<s> \g<note>.", text)
    parts: list[str] = []
    last = last_raw = ""  # the line before, and as written (its number or bullet kept)
    seg_lines = 0
    prev_blank = False
    in_bullet = False
    in_att_list = False  # the lines are a list of the clauses a line ending in "att" opens
    last_opens = False  # the last line started a sentence of its own
    lines = _task_heading_lists(text.replace("\r", "").split("\n"))
    # a text written with a blank line after every line: a blank line there ends no list item
    filled = [i for i, x in enumerate(lines) if x.strip()]
    double = len(filled) >= 6 and sum(1 for i in filled if i + 1 < len(lines) and not lines[i + 1].strip()) >= 0.8 * len(filled)
    for raw in lines:
        # a table row's cells stay apart by a tab: a body's name ends with its cell
        line = (_CELL_GAP.sub("\t", _SPACES_ONLY.sub(" ", _WIDE_GAP.sub("\t", raw))) if "\t" in raw or "  " in raw
                else raw).strip()
        if not line:
            prev_blank = True
            continue
        b = _BULLET.match(line)
        if b and (in_att_list or _OPEN_ATT.search(last)) and line[b.end():b.end() + 1].islower():
            # "… har fått uppdrag från X att" / "• revidera …," / "• föreslå …": the list is the
            # clause the sentence opens, one task a dash, as a list typed with dashes reads
            line, b, in_att_list = f"– {line[b.end():]}", None, True
            parts.append(" ")
            parts.append(line)
            seg_lines += 1
            last, last_raw = line, raw.strip()
            prev_blank = False
            continue
        in_att_list = in_att_list and not b and line[:1].islower()  # a list entry wrapped onto this line
        heading = (last and seg_lines == 1 and (prev_blank or _SECTION_LABEL.fullmatch(last) or _NUMBERED_TITLE.fullmatch(last_raw))
                   and len(last.split()) <= 6 and last[-1] not in ",;!?-" and line[0].isupper())
        # (a long line of a list item in a double-spaced text, a name at its end, runs on: "… slutar. Karin
        # Ek" / "Åby kommun har …")
        run_on = double and len(last.split()) > 8 and last.split()[-1][:1].isupper()  # a name broken over the lines
        para = last and prev_blank and (last[-1] in ".:!?" or in_bullet and not run_on) and line[0].isupper()
        field_ = last_opens and line[0].isupper() and _FIELD_LINE.fullmatch(last)
        # "• … tar fram ett förslag" / "Nästa möte: 12 feb. 2026": a labelled line after a list ends its last item
        field_ = field_ or (in_bullet and not b and _LABEL_LINE.match(line))
        # a section's label or a case's number on a line of its own ("Dnr KS 2025/176" / "Ärendebeskrivning"), in a
        # document read with no blank lines between its paragraphs: neither runs into the sentence after it
        label = len(line) < 40 and (line[0] in "DÄBFEYPRSdäbfeyprs" and (
            _SECTION_LABEL.fullmatch(line) or _DNR_LINE.fullmatch(line)) is not None
            # the writer's signature after the last sentence: "/Eva Lund"
            or line[0] == "/" and line[1:2].isupper())
        # ... nor the line after it: "Dnr SN 2026/18" / "Uppdraget kommer från kommunstyrelsen …"
        label = label or bool(last and len(last) < 40 and line[0].isupper() and (
            _DNR_LINE.fullmatch(last) or _BARE_DNR_LINE.fullmatch(last)))
        # notes typed in a hurry start no line with a capital: a line's full stop ends its sentence there too
        # ("… till vårdnadshavare." / "ev. behövs ny rutin …"), but for an abbreviation's ("bl.a." / "en rutin")
        stop = (last[-1:] == "." and line[:1].islower() and not b and (w := last.rsplit(" ", 1)[-1].rstrip(".").casefold())
                and len(w) > 3 and "." not in w and w not in _ABBREV and _hurried(lines, line))
        last_opens = not parts or bool(b or heading or para or field_ or label or stop) or last[-1:] in ".!?"
        if b or heading or para or field_ or label or stop:
            parts.append("\x00")
            line = line[b.end():] if b else line
            seg_lines = 0
            in_bullet = bool(b)  # a list item ends at a blank line before a capitalised one
        elif parts and parts[-1] != "\x00":
            if parts[-1].endswith("-") and not re.match(r"(?:och|eller|samt|till)\b", line):
                pass
            else:
                parts.append(" ")
        parts.append(line)
        seg_lines += 1
        last, last_raw = line, raw.strip()
        prev_blank = False
    return "".join(parts).strip(" \x00")


def _hurried(lines: list[str], line: str) -> bool:
    """Whether ``line`` of ``lines`` opens as notes typed in a hurry do, with a small letter on a line of its own:
    a short word cut short ("ev. behövs …", "ang. remisserna …"), or where most lines begin so.

    >>> _hurried(["Eva Ek", "ev. en rutin"], "ev. en rutin"), _hurried(["Per Ek tar", "fram den."], "fram den.")
    (True, False)
    """
    if re.match(r"[a-zåäö]{2,5}\.\s", line):
        return True
    starts = [c for raw in lines if (c := raw.lstrip(" -–•*\t0123456789.)")[:1]) and c.isalpha()]
    return sum(c.islower() for c in starts) * 2 > len(starts)


_MIDDLE_INITIAL = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?) ([A-ZÅÄÖ])\.$")


def _middle_initial(before: str, after: str) -> bool:
    """Whether a period after a single capital is a middle initial: "Anders P. | Lund återkopplar"
    (given name, initial, surname), not a sentence ending "Lena H. | Nästa möte …"."""
    if before[-3:-2] != " " or before[-1:] != "." or not before[-2:-1].isupper():
        return False  # the pattern below ends in " X."
    m = _MIDDLE_INITIAL.search(before)
    w = re.match(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?", after) if m else None
    return bool(w) and not is_given_name(w.group(0)) and is_person_name(f"{m.group(1)} {m.group(2)} {w.group(0)}")


# a sentence ends at . ! ?; a semicolon or a dash ends a clause whose next one opens with a person's name
# and its verb ("Jonas Ekwall lämnar arbetsgruppen; Hanna Wikström ersätter honom", "Frågan lyfter vi till
# samordningsgruppen – Wilma tar med den")
_SPLIT_RE = re.compile(r"\x00|(?<=[.!?])\s+(?=[\"”“'(]?[A-ZÅÄÖ0-9])"
                       # notes typed in a hurry start a sentence small too: "… lämnar då gruppen. socialförvaltningen
                       # utser …" (a whole word before the stop, not one cut short: "inkl. moms", "resp. kommun")
                       r"|(?<=[a-zåäö]{5}\.)\s+(?=[a-zåäö]{5})"
                       # a hurried note's arrow between a step and the next one's doer: "Ekby utser ersättare ->
                       # NT meddelar MF" (not "→ bockas av", what becomes of the step itself)
                       r"|\s+(?:->|→)\s+(?=[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+[a-zåäö]{2,}(?:ar|er|ir|år|ör)\b)"
                       # a sentence in brackets ends with them: "(Karin tar upp frågan med Eva.) Johanna går …"
                       r"|(?<=[.!?]\))\s+(?=[A-ZÅÄÖ])"
                       # a lettered point after a sentence on the same line: "… ersättare. b) Göran informerade …"
                       r"|(?<=[.!?])\s+(?=[a-h]\)\s+[A-ZÅÄÖ])"
                       # a clause of its own after ", och", a body named by its kind its subject: "… varit svårt att
                       # bemanna, och Styrgrupp Nära vård har lyft frågan till samrådet"
                       r"|(?<=,)\s+och\s+(?=(?:Styrgrupp|Arbetsgrupp|Samverkansgrupp|Ledningsgrupp|Processteam|Referensgrupp|"
                       r"Projektgrupp)(?:en)?\s[^.;,]{0,60}?\s(?:har|hade)\s)"
                       r"|(?:(?<=;)\s+|\s+[–—]\s+)(?=[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)?\s+[a-zåäö])"
                       # initials and a verb: "SN och GT ingår från förvaltningen; KW frågar hälsocentralen …"
                       r"|(?<=;)\s+(?=[A-ZÅÄÖ]{2,4}\s+[a-zåäö]{2,}(?:ar|er|r)\b)"
                       # a unit and a verb: "Alva Tör slutar i gruppen; elevhälsan i Åby utser en ny representant"
                       r"|(?<=;)\s+(?=(?:[a-zåäö]+vården|elevhälsan|[a-zåäö-]*förvaltningen)(?:\s+i\s+[A-ZÅÄÖ][a-zåäö]+)?"
                       r"\s+[a-zåäö]{2,}(?:ar|er|r)\b)")


# a sentence opening with the preposition "I": "I den reviderade uppdragsbeskrivningen föreslås …"
_SENTENCE_I = re.compile(r"I\s+(?:den|det|de|dag|dagsläget|samband|maj|juni|juli|augusti|september|oktober|november|december|"
                         r"januari|februari|mars|april|år|fjol|höst|vår|vinter|sommar|övrigt|nuläget|hans|hennes|hens|deras|vår|min|mitt|sitt|sin|[a-zåäö]+(?:en|et|na))\b")


def _sentences(text: str) -> list[str]:
    """Sentences of running text; abbreviations and "Jackie. Y" do not end a sentence."""
    return list(_sentences_cached(text or ""))


@lru_cache(maxsize=4096)
def _sentences_cached(text: str) -> tuple[str, ...]:
    flat = _flatten(text)
    out: list[str] = []
    buf = ""
    pos = 0
    for m in _SPLIT_RE.finditer(flat):
        piece = flat[pos:m.start()]
        pos = m.end()
        buf = f"{buf} {piece}".strip() if buf else piece.strip()
        if m.group(0).strip() in ("–", "—"):
            if not is_given_name(flat[pos:pos + 30].split(" ", 1)[0]):
                buf += f" {m.group(0).strip()}"  # "”Blekingerutiner – Samverkan vid …”": a title's dash, no clause
                continue
        elif m.group(0) != "\x00":
            last = buf.rsplit(" ", 1)[-1].rstrip(".").lstrip("([").casefold()  # "(v. 50)", "(t.ex. …)" too
            nxt = flat[pos:pos + 3]
            # an abbreviation, "Jackie. Y", or a middle initial ("Anders P. Lund") ends no sentence
            # ("… Nära vård. I den reviderade …": the preposition "I" opens a sentence; "Jackie. Y" does not)
            if last in _ABBREV or (re.match(r"[A-ZÅÄÖ](?:\s|$)", nxt) and not _SENTENCE_I.match(flat, pos)) \
                    or _middle_initial(buf, flat[pos:pos + 40]):
                continue
            if nxt[:1].isdigit() and last in _SHORT_MONTHS and re.search(r"\b\d{1,2}\s+\S+$", buf):
                continue  # "till mötet 12 feb. 2026": a month shortened between its day and its year
        if buf:
            out.append(buf.strip())
        buf = ""
    rest = f"{buf} {flat[pos:]}".strip()
    if rest:
        out.append(rest)
    if "(" in flat and _TASK_ASIDE.search(flat):
        # "… regionen utser ersättare (Anders tar frågan med sig till ledningen).": the task in brackets is a
        # sentence of its own, its doer named first, read after the one it stands in
        out = _asides_apart(out, _TASK_ASIDE, lambda a: is_given_name(a.group("first")), lambda a: f"{a.rstrip('.')}.")
    if "(" in flat and _ASIDE_IN_SENTENCE.search(flat):
        # "Sanna redogjorde för läget i arbetsgruppen (påminnelse: ag frånvaro rapporterar till lg BoU).": the
        # secretary's aside is a sentence of its own, read after the one it stands in
        out = _asides_apart(out, _ASIDE_IN_SENTENCE, lambda a: True,
                            lambda a: a[:1].upper() + a[1:] if a.split(" ", 1)[0] not in _KIND_LETTERS_SMALL else a)
    out = [_TOPIC_TYPED_SMALL.sub("", s, count=1) if ": " in s[:60] else s for s in out]
    return tuple(_unwrapped(s.strip(" \x00")) for s in out if s.strip(" \x00"))


# a hurried note's topic typed small before a colon, its sentence after it led by initials and a verb:
# "ers. för geriatriken: KN slutar i gruppen efter sommaren"
_TOPIC_TYPED_SMALL = re.compile(r"^[a-zåäö][^:;]{2,40}:\s+(?=[A-ZÅÄÖ]{2,4}\s+[a-zåäö]{2,}(?:ar|er|r)\b)")


def _asides_apart(sentences: list[str], aside: re.Pattern, taken, as_sentence) -> list[str]:
    """The sentences with each bracketed ``aside`` that is ``taken`` cut out of its sentence and read after it,
    its inner text made a sentence by ``as_sentence``."""
    out: list[str] = []
    for s in sentences:
        found = [a.group("inner").strip() for a in aside.finditer(s) if taken(a)]
        if found:
            s = aside.sub(lambda a: "" if taken(a) else a.group(0), s)
        out.append(s)
        out.extend(as_sentence(a) for a in found)
    return out


# an aside in brackets inside a sentence, a statement of its own: "(påminnelse: ag SIP rapporterar till DLG)",
# "(obs: …)", "(OBS! …)"
_ASIDE_IN_SENTENCE = re.compile(r"\s*\((?:påminnelse|obs|nb|observera|notera)\s*[:!]\s*(?P<inner>[^()]{8,200}?)\s*\.?\)", re.I)
_KIND_LETTERS_SMALL = frozenset(("ag", "sg", "lg"))
# a task in brackets inside a sentence, its doer by name and a verb in the present: "(Anders tar frågan med sig
# till närsjukvårdens ledning)", "(Helena mejlar Bengt och frågar om läget)", "(Eva Ek tar frågan till gruppen)"
_TASK_ASIDE = re.compile(r"\s*\((?P<inner>(?P<first>[A-ZÅÄÖ][a-zåäöé]+)(?:\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)?"
                         r"\s+(?:tar|ser|gör|får|[a-zåäö]{2,}(?:ar|er))\s[^()]{6,200}?)\.?\)(?=[\s.,;:]|$)")


def _unwrapped(s: str) -> str:
    """A sentence without the parentheses a secretary put around it or around the sentences of a task note:
    "(Jenny arbetar in tilläggen." / "Karin skickar rapporten senast 31 oktober.)" / "(Karin tar upp frågan.)".
    A parenthesis within the sentence, or a tag like "(Ansvar: KSÖ, v. 48)", stays."""
    if s[:1] != "(" and s[-1:] != ")":
        return s
    opens, closes = s.count("("), s.count(")")
    if s[:1] == "(" and (opens > closes or (s.endswith(".)") and opens == 1 and closes == 1)):
        s = s[1:].lstrip()
        opens -= 1
    if s.endswith(")") and closes > opens:
        s = s[:-1].rstrip()
    return s


# the doer and the due date tagged after a task: "(Ansvar: KSÖ, v. 48)", "– Ansv. RÖ, v. 40", "(ansvarig: Eva, 2/12)"
_RESPONSIBLE_TAG = re.compile(r"\s*(?:\(\s*(?:ansvar(?:ig)?|ansv\.?)\s*:?\s*(?P<tag>[^()]*)\)|\s[–-]\s*(?:ansvar(?:ig)?|ansv\.?)"
                              r"\s*:?\s*(?P<tag2>[^–()]*))\s*\.?$", re.I)


def _dues_agree(one: str, other: str) -> bool:
    """Whether two due dates may be the same day: equal, or a day, a week ("2026-W03") or a month
    ("2026-01") that holds the other.

    >>> _dues_agree("2026-W03", "2026-01"), _dues_agree("2026-01-16", "2026-01"), _dues_agree("2026-W03", "2026-02")
    (True, True, False)
    """
    if one == other:
        return True

    def months(d: str) -> set[str]:
        w = re.fullmatch(r"(\d{4})-W(\d{2})", d)
        if w:
            start = date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1)
            return {(start + timedelta(days=k)).strftime("%Y-%m") for k in (0, 4)}
        return {d[:7]} if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", d) else set()

    coarse = [d for d in (one, other) if re.fullmatch(r"\d{4}-\d{2}", d)]
    return bool(coarse) and bool(months(one) & months(other))


def _clean_task(task: str) -> str:
    """A task as its sentence gave it, without the week noted after it ("ta fram en rutin (v. 50)"), which
    says when, not what.

    >>> _clean_task("ta fram en rutin för ronderna (v. 50).")
    'ta fram en rutin för ronderna'
    >>> _clean_task("ta fram en modell, och Samverkansgrupp äldre redovisar sitt arbete till RLG i december")
    'ta fram en modell'
    """
    task = " ".join(task.split()).strip(" ,.;:")
    if task.endswith(")"):
        task = _WEEK_NOTE.sub("", task)
    task = re.sub(r"^på\s+(?:motsvarande|samma)\s+sätt\s+", "", task)  # how, not what: "ska på motsvarande sätt se över …"
    task = re.sub(r"^(?:båda|bägge|var\s+för\s+sig)\s+(?=[a-zåäö])", "", task)  # who of them: "ska båda utse …"
    return _TOLD_AFTER.sub("", task)


# a week noted in brackets after a task: "(v. 50)", "(vecka 3)", "(senast v. 12)"
_WEEK_NOTE = re.compile(r"\s*\((?:senast\s+)?(?:v\.?|vecka)\s*\d{1,2}\)$", re.I)


# a due date written before the task's verb: "senast den 15 januari 2026 redovisa behovet …"
_LEADING_DUE = re.compile(r"^(?:senast|före|till)\s+(?:den\s+)?(?:\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|\d{4}-\d\d-\d\d|"
                          r"\d{1,2}/\d{1,2})\s+(?=[a-zåäö]+a\b)")


# what a sentence tells after the task is no part of it: "se över detta och ändra men att ändringarna inte …",
# "erbjuda handledarstöd och har haft ett första möte …", "samla ihop avvikelserna då förhoppningen är att …",
# "ta fram en modell, och Samverkansgrupp X redovisar sitt arbete …" (another doer's clause after ", och")
_TOLD_AFTER = re.compile(r"\s+(?:men\s+att|men\s+(?:det|detta|dessa)\s+(?:är|har|var|blir)|då\s+förhoppningen|"
                         r"och\s+har\s+(?:haft|varit|gjort|fått))\b.*$"
                         r"|,\s+och\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäöÅÄÖ-]+){0,4}?\s+(?:ska|skall|har|kommer|får|redovisar|"
                         r"rapporterar|återrapporterar|presenterar|ansvarar|arbetar|lämnar|fortsätter)\s.*$")


# a body set up with its members: "En arbetsgrupp bildas bestående av A, B och C med uppdrag att …",
# "En referensgrupp bestående av A och B inrättas …", "bilda en arbetsgrupp bestående av …"
_FORMED_OF = re.compile(
    r"^(?:att\s+)?(?P<lead>(?:bilda|inrätta|tillsätta|skapa)\s+)?"
    # "Samrådet tillsätter en planeringsgrupp för X: A (S), sammankallande, B och C": the body that met its subject
    r"(?:(?:[Gg]ruppen|[A-ZÅÄÖ][a-zåäö]*(?:rådet|gruppen|nämnden|samrådet|teamet|nätverket|beredningen))\s+"
    r"(?P<lead2>tillsätter|bildar|inrättar)\s+)?(?:[Ee]n|[Ee]tt)\s+(?P<adj>[a-zåäö]+\s+)??"
    r"(?P<head>[a-zåäö-]*(?:grupp|team|nätverk|råd|beredning))"
    r"(?P<tail>\s+(?:för|om|kring)\s+[^.;:]+?)?"
    r"(?:\s+(?:(?:(?P<v1>bildas|inrättas|tillsätts|skapas)\s+)?bestående\s+av\s+"
    # "En skrivgrupp tillsätts: A, B och C", "En arbetsgrupp för X tillsätts med A, B och C": the members after the verb
    r"|(?P<v3>bildas|inrättas|tillsätts|skapas)(?:\s+med\s+(?=[A-ZÅÄÖ])|\s*:\s*))"
    r"|(?<=[a-zåäö])(?P<colon>:)(?(lead)|(?(lead2)|(?!)))\s+(?=[A-ZÅÄÖ]))(?P<who>[^.;]+?)"
    r"(?:\s+(?P<v2>bildas|inrättas|tillsätts|skapas))?"
    r"(?:,?\s+(?:med\s+(?:uppdrag(?:et)?|uppgift(?:en)?)\s+att|som\s+(?:får\s+i\s+uppdrag\s+att|ska))\s+(?P<task>[^;]+?))?\s*\.?$")
# who leads a body just set up, the role after the name and a comma: "Rolf Ek (S), sammankallande, Eva Lund …"
_LEAD_AFTER_COMMA = re.compile(r"(?P<n>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}(?:\s*\([^()]{1,12}\))?),\s+"
                               r"(?P<r>sammankallande|ordförande|samordnare|projektledare)\b(?=,|\s+och\b|\s*$)")
# the members of a body just set up, named after its verb: "… tillsätts med Eva Ek (sammankallande), Per Lind och …"
_MEMBERS_AFTER_VERB = re.compile(r"\s+med\s+[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][^.;()]{0,60}?\((?:sammankallande|ordförande|samordnare|"
                                 r"projektledare)\)")
# a body's kind in its definite form: "skrivgrupp" -> "skrivgruppen", "nätverk" -> "nätverket"
_DEFINITE_END = {"grupp": "en", "team": "et", "nätverk": "et", "råd": "et", "beredning": "en"}
_WORK_WHEN_TAIL = re.compile(r"\s+(?:(?:till|senast|före|inför|i|under|från)(?:\s+den)?|den)\s+(?:nästa|kommande|\d|januari|februari|mars|april|maj|"
                        r"juni|juli|augusti|september|oktober|november|december|våren|hösten|vårterminen|höstterminen)\b.*$")


# the place a body's name ends with: "Åsen norra", "Södra Åsen", "Östra länsdelen"
_PLACE_TAIL = re.compile(r"[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|norra|södra|östra|västra|mellersta|län|kommun|länsdel))*")


# the seat just appointed, its former holder named after "därmed": "Nils ersätter därmed Malin, som …"
# the one replaced gone from her post, said after "som": "A ersätter B, som har gått i pension"
_REPLACES_LEAVER_RE = re.compile(r"^(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\s+ersätter\s+"
                                 r"(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}),?\s+som\s+(?:har\s+|nu\s+)?"
                                 r"(?:gått\s+i\s+pension|går\s+i\s+pension|pensionerats|slutat|slutar|bytt\s+tjänst|byter\s+tjänst|"
                                 r"lämnat\s+(?:sin\s+tjänst|kommunen|regionen|förvaltningen)|gått\s+vidare|"
                                 # "… som gått över till akutmottagningen", "som har flyttat till …": moved to other work
                                 r"(?:gått|går)\s+över\s+till|flyttat\s+till|bytt\s+(?:arbete|jobb|uppdrag))\b[^;]*$")
_REPLACES_THEREBY_RE = re.compile(r"^(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+ersätter\s+(?:därmed|därigenom|då)\s+"
                                  r"(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)\s*(?:,|\.|$)")


def _stem_kind(word: str) -> str:
    """A body's kind from its definite form: "Arbetsgruppen" -> "arbetsgrupp", "Teamet" -> "team".

    >>> _stem_kind("Arbetsgruppen"), _stem_kind("Nätverket"), _stem_kind("Skrivgruppen")
    ('arbetsgrupp', 'nätverk', 'skrivgrupp')
    """
    w = word.casefold()
    return w[:-2] if w.endswith(("en", "et")) else w


def _work_named(task: str) -> str | None:
    """What a body with no name of its own works on, from its task: "ta fram ett utkast till handlingsplan
    mot X" -> "handlingsplan mot X", "följa införandet av Y och återrapportera …" -> "införandet av Y".

    >>> _work_named("revidera den länsgemensamma rutinen för skyddat boende")
    'länsgemensamma rutinen för skyddat boende'
    >>> _work_named("ta fram ett utkast till handlingsplan mot skolfrånvaro till den 7 maj")
    'handlingsplan mot skolfrånvaro'
    """
    t = re.split(r"\s+(?:och|samt)\s+(?=[a-zåäö]+a\b)", task, maxsplit=1)[0]
    t = _WORK_WHEN_TAIL.sub("", t)
    m = re.match(r"(?:ta\s+fram|arbeta\s+fram|se\s+över|[a-zåäö]+a)\s+(?:(?:ett|en)\s+(?:utkast|förslag)\s+(?:till|på)\s+)?"
                 r"(?:(?:en|ett|den|det|de)\s+)?(?P<obj>[a-zåäö][^,]{2,80})$", t)
    return m.group("obj").strip() if m else None


# --------------------------------------------------------------------------- groups

_ADJ = r"(?:(?:[Dd]en|[Dd]et|[Ee]n|[Ee]tt)\s+)?(?:(?:[Pp]olitiska?|[Nn]ationella|[Rr]egionala?|[Dd]elregionala?|[Ll]änsgemensam(?:ma)?|[Ll]änsövergripande|[Ll]okala?|mindre|gemensam(?:ma)?|nya?|utsedda?|framtagen|särskild)\s+)*"
_HEAD = (r"(?:[Ss]tyrgrupp|[Aa]rbetsgrupp|[Rr]eferensgrupp|[Pp]rojektgrupp|[Aa]nalysgrupp|[Pp]rogramstyrgrupp|"
         r"[Pp]rocessteam|[Ii]mplementeringsteam)")
# the lookahead names the letters a match can start with (an article's, an adjective's or a head's),
# so the scan skips other words without trying every alternative at each of them
_HEAD_RE = re.compile(rf"\b(?=[DdEeLlRrNnmgufsSAaPpIi]){_ADJ}(?P<head>{_HEAD})(?P<def>en|et)?(?:\s+och\s+(?P<head2>{_HEAD}))?\b")
# the kinds a body set up at the meeting is of: those above, and a nämnd's "politisk beredningsgrupp"
_NEW_HEAD = rf"(?:{_HEAD[3:-1]}|[Bb]eredningsgrupp)"
_NEW_HEAD_RE = re.compile(rf"\b{_ADJ}(?P<head>{_NEW_HEAD})(?P<def>en|et)?\b")
_TAIL_STOP = {
    "som", "med", "inom", "under", "vid", "har", "hade", "är", "var", "ska", "skall", "kan",
    "ges", "får", "fick", "leder", "ser", "tar", "samt", "där", "på", "till", "efter", "innan",
    "mellan", "när", "då", "men", "bör", "blir", "kommer", "utgör", "arbetar", "redovisar",
    "fungerar", "och", "eller", "genom", "enligt", "inför", "sedan", "också", "även", "de",
    "det", "den", "vilket", "vilka", "ger", "gav", "hos", "utifrån", "kring", "om", "före", "tills",
    # "återkommer till Styrgrupp Nära vård senast i december / i mars", "starta Lokal närvårdsgrupp X
    # från oktober": when, not a name
    "senast", "från", *MONTHS,
    # "uppdraget till Arbetsgrupp för X därmed anses slutfört": a sentence adverb and the passive after the name
    "därmed", "därför", "därigenom", "härmed", "anses", "ansågs",
    # "ge arbetsgruppen för barn och unga mandat att …": what the body is given, no part of its name
    "mandat", "mandatet",
    # "att till ledamot i Lokal styrgrupp barn och unga utse X": the verb of an election after the body
    "utse", "välja", "utses", "väljs",
    # "tillsätta en arbetsgrupp för barns hälsa bestående av A, B och C": who sits in it, after its name
    "bestående",
    # "LVO har låtit Arbetsgrupp för X ta fram ett underlag": the task after the body made to do it
    "ta",
    # "det arbete som Arbetsgrupp suicidprevention redan har gjort": an adverb before the verb
    "redan",
    # a passage kept in English ("… reports to Styrgruppen för gränssamverkan two times a year"): no Swedish
    # body's name goes on in English words
    "that", "the", "is", "are", "with", "from", "two", "times", "and", "to", "of", "for", "which", "who",
    # "Styrgruppen för Barnahus X efterfrågar en representant": the body's wish or decision after its name
    "efterfrågar", "efterfrågade", "önskar", "önskade", "vill", "ville", "behöver", "begär", "begärde",
    "föreslår", "föreslog", "beslutar", "beslutade",
    # "Arbetsgrupp för X tillsätts": the body set up, then the verb
    "tillsätts", "bildas", "inrättas", "skapas",
    # "Arbetsgrupp mobila team slås ihop med …", "… läggs ned": the body merged or closed, then the verb
    "slås", "slogs", "läggs", "lades", "upphör", "upphörde", "avvecklas",
    # "ge Arbetsgrupp X och Y gemensamt i uppdrag att …": the task shared, no part of the name
    "gemensamt",
}
_REGION_NAMED = re.compile(r"\bRegion\s+([A-ZÅÄÖ][a-zåäö]{2,})\b"
                           # the places of the region and its kommuner: "huvudmännen i Norrby", "Tallviks kommun"
                           r"|\b(?:huvudmännen|kommunerna|länet)\s+i\s+([A-ZÅÄÖ][a-zåäö]{2,})\b"
                           r"|\b([A-ZÅÄÖ][a-zåäö]{2,}?)s?\s+kommun\b"
                           # a region named as a compound: "Åsbyregionen", "Göteborgsregionen"
                           r"|\b([A-ZÅÄÖ][a-zåäö]{2,}regionen)\b")


# a huvudman by its name: "Åby kommun", "Region Österland"
_HUVUDMAN_NAME = re.compile(r"Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+kommun")


@dataclass(frozen=True)
class GroupVocabulary:
    """What the group finder knows of the region whose minutes it reads: the names and aliases
    of its known bodies ("LSVO", "Samverkansgrupp att åldras") and the places of its huvudmän
    ("Ekeby", "Mälarby"), which may end a body's name ("Lokala närvårdsrådet i Ekeby")."""

    names: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    topical: tuple[str, ...] = ()  # known names a topic may follow, each topic one body ("LPO Barn och ungas hälsa")
    sets: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (phrase, bodies): "alla tre samverkansgrupper"
    acronyms: tuple[str, ...] = ()  # acronyms the minutes define for a body: "(RLG)"
    regions: tuple[str, ...] = ()  # the places the minutes name: "Region Norrby" -> "Norrby", "Tallviks kommun" -> "Tallvik"
    political: frozenset[str] = frozenset()  # the known bodies (names and aliases, folded) the knowledge places politisk

    def __hash__(self) -> int:
        """The hash of the fields, computed once: the group finder's cache asks for it at every call."""
        h = self.__dict__.get("_hash")
        if h is None:
            h = hash((self.names, self.places, self.topical, self.sets, self.acronyms, self.regions, self.political))
            object.__setattr__(self, "_hash", h)
        return h

    @classmethod
    def of(cls, knowledge, text: str = "") -> "GroupVocabulary":
        """The vocabulary of ``knowledge`` (a :class:`loaders.knowledge.Knowledge`) plus the
        acronyms ``text`` defines for bodies ("Regional ledningsgrupp (RLG)")."""
        names = [n for g in getattr(knowledge, "groups", ()) for n in (g.name, *g.aliases)]
        defined = tuple(dict.fromkeys(
            [m.group(1) for m in _ACRONYM_AT.finditer(text or "")
             if _ACRONYM_DEF.search(text[max(0, m.start() - 40):m.start()] + " ")]
            + sorted(acronyms_of_bodies_that_meet(text))
            # "RLG (Ledningsgruppen för samverkan i Ådalen)": the acronym first, the body it stands for in brackets
            + [m.group("a") for m in _ACRONYM_THEN_BODY.finditer(text or "")
               if acronym_ends_in_kind(m.group("a"), m.group("name"))]))
        places = []
        for h in getattr(knowledge, "huvudmän", ()):
            if not h.collective:
                m = re.match(r"^(?:Region\s+)?(.+?)s?(?:\s+kommun)?$", h.name)
                if m:
                    places.append(m.group(1))
        topical = tuple(g.name for g in getattr(knowledge, "groups", ()) if getattr(g, "topical", False))
        sets = tuple((p, tuple(gs.groups)) for gs in getattr(knowledge, "group_sets", ()) for p in gs.phrases)
        regions = tuple(dict.fromkeys([m.group(m.lastindex) for m in _region_matches(text or "")
                                       if m.group(m.lastindex) not in _NO_KOMMUN]
                                      # "Nätverket för biståndshandläggare i Tallmo" as a heading: the area the
                                      # body serves is a place of the minutes, named no huvudman's way
                                      + [m.group("p") for m in _HEADING_BODY_PLACE.finditer((text or "")[:600])]))
        political = frozenset(n.casefold() for g in getattr(knowledge, "groups", ()) if getattr(g, "level", None) == "politisk"
                              for n in (g.name, *g.aliases))
        return cls(tuple(dict.fromkeys(names)), tuple(dict.fromkeys(places)), topical, sets, defined, regions, political)


_HEADING_BODY_PLACE = re.compile(r"^[#*\s]*(?:[A-ZÅÄÖ][\wåäö-]*(?:gruppen|nätverket|rådet|teamet|forumet)|Nätverket|Rådet|"
                                 r"Teamet|Forumet)\s+för\s+"
                                 r"[a-zåäö][^\n.;:]{2,80}?\s+i\s+(?P<p>[A-ZÅÄÖ][a-zåäö]{3,})[*\s]*$", re.M)


@lru_cache(maxsize=64)
def acronyms_of_bodies_that_meet(text: str) -> frozenset[str]:
    """The acronyms a text shows to be bodies without spelling them out: one that holds meetings
    or gives tasks. Kept per text: the resolver asks again for each body a document names.

    >>> sorted(acronyms_of_bodies_that_meet("Uppdraget från RLG. Planen redovisas vid RLG:s möte och i BUP."))
    ['RLG']
    """
    return frozenset(m.group("a") or m.group("b") for m in _ACRONYM_MEETS.finditer(text or ""))


@lru_cache(maxsize=64)
def spelled_acronyms(text: str) -> dict[str, str]:
    """The acronyms a text defines by a bracket after the words they spell, a body's or anything
    else's ("Digitala vårdmöten i hemmet (DVH)"), with those words; one written in capitals
    ("DIGITALA VÅRDMÖTEN I HEMMET (DVH)") in sentence case. Kept per text.

    >>> spelled_acronyms("3. DIGITALA VÅRDMÖTEN I HEMMET (DVH) – FORTSÄTTNING")
    {'DVH': 'Digitala vårdmöten i hemmet'}
    >>> spelled_acronyms("Beslut om införande av Trygg hemgång (TH). Mötet (HT) avslutades.")
    {'TH': 'Trygg hemgång'}
    """
    out: dict[str, str] = {}
    for m in _ACRONYM_AT.finditer(text or ""):
        acronym = m.group(1)
        words = re.findall(r"[\wåäöÅÄÖ-]+", text[max(0, m.start() - 120):m.start()])
        for k in range(len(acronym), min(len(words), 2 * len(acronym) + 2) + 1):
            tail = words[-k:]
            if acronym in initials_of(" ".join(tail)) and tail[0][:1].isupper():
                phrase = " ".join(tail)
                if phrase.isupper():
                    phrase = phrase[:1] + phrase[1:].lower()
                out.setdefault(acronym, phrase)
                break
    return out


def _region_matches(text: str):
    """The matches of ``_REGION_NAMED.finditer(text)``, the pattern tried only where a match can
    start: at "Region", "huvudmännen", "kommunerna" and "länet", and at the capital of the word
    before white space and "kommun" (the scan of every capital of the text costs more than the rest
    of the vocabulary)."""
    starts = {i for w in ("Region", "huvudmännen", "kommunerna", "länet") for i in _find_all(text, w)}
    for k in _find_all(text, "kommun"):
        j = k
        while j and text[j - 1].isspace():
            j -= 1
        if j == k:
            continue
        while j and text[j - 1] in _LOWER_LETTERS:
            j -= 1
        if j and text[j - 1] in _UPPER_LETTERS:
            starts.add(j - 1)
    for k in _find_all(text, "regionen"):  # "Åsbyregionen": from the capital the compound starts with
        j = k
        while j and text[j - 1] in _LOWER_LETTERS:
            j -= 1
        if j and j < k and text[j - 1] in _UPPER_LETTERS:
            starts.add(j - 1)
    end = 0
    for start in sorted(starts):
        if start >= end:
            m = _REGION_NAMED.match(text, start)
            if m:
                end = m.end()
                yield m


_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäö")
_UPPER_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")


_VOCABULARY: ContextVar[GroupVocabulary] = ContextVar("group_vocabulary", default=GroupVocabulary())
# an acronym defined for a body: "Regionala ledningsgruppen för vård och omsorg (RLG)"; the
# bracket is found first, the body's words are looked for just before it
_ACRONYM_AT = re.compile(r"\(([A-ZÅÄÖ][A-ZÅÄÖ-]{1,6})\)")
# an acronym never spelled out that holds meetings or gives tasks is a body: "vid RLG:s möte den 12 juni",
# "Uppdraget från RLG"
_ACRONYM_MEETS = re.compile(r"\b(?P<a>[A-ZÅÄÖ]{2,6}):s\s+(?:nästa\s+|kommande\s+)?(?:möte|sammanträde)\b"
                            r"|\b[Uu]ppdrag(?:et)?\s+(?:från|av)\s+(?P<b>[A-ZÅÄÖ]{2,6})\b")
# an acronym with the name of the body it stands for in the bracket after it
_ACRONYM_THEN_BODY = re.compile(r"\b(?P<a>[A-ZÅÄÖ]{2,6})\s+\((?P<name>[A-ZÅÄÖ][^()\n]{0,40}?(?:grupp|råd|nämnd|beredning|samråd|"
                                r"team|forum|nätverk|styrelse|utskott)[^()\n]{0,50})\)")
# the kind of body an acronym's last letter stands for: the G of "RLG" for a grupp
_KIND_OF_LAST_LETTER = {"G": ("grupp",), "R": ("råd",), "N": ("nämnd", "nätverk"), "S": ("samråd", "styrelse", "samverkan"),
                        "T": ("team",), "U": ("utskott",), "F": ("forum",), "B": ("beredning",), "O": ("organ",)}


def acronym_ends_in_kind(acronym: str, name: str) -> bool:
    """Whether ``acronym`` may stand for the body ``name``: its last letter the initial of the body's kind,
    as "RLG" is a ledningsgrupp's (not "BUP (Samverkansgrupp att växa upp)", the group that answers for BUP).

    >>> acronym_ends_in_kind("RLG", "Ledningsgruppen för samverkan i Ådalen"), acronym_ends_in_kind("BUP", "Samverkansgrupp X")
    (True, False)
    """
    kinds = _KIND_OF_LAST_LETTER.get(acronym[-1:].upper(), ())
    return any(k in name.casefold() for k in kinds)


_ACRONYM_DEF = re.compile(
    r"(?:grupp\w*|råd\w*|organ\w*|nämnd\w*|beredning\w*|samråd\w*|team\w*|forum\w*|nätverk\w*|styrelse\w*|"
    r"utskott\w*|fullmäktige|omsorg|hälsa|vård|unga|äldre)\s*$")


@lru_cache(maxsize=256)
def _phrase_re(phrase: str) -> re.Pattern:
    """A group set's phrase ("alla tre samverkansgrupper") compiled once, in any case."""
    return re.compile(phrase, re.I)


@lru_cache(maxsize=64)
def _known_index(names: tuple[str, ...]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(longest word, name, its other words) of each known name: a text without all of its words
    cannot name the body."""
    out = []
    for n in names:
        words = re.findall(r"[\wåäöÅÄÖ]+", n.casefold())
        if words:
            key = max(words, key=len)
            out.append((key, n, tuple(w for w in dict.fromkeys(words) if w != key)))
    return tuple(out)


@lru_cache(maxsize=64)
def _known_keys(names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, str, tuple[str, ...]], ...]]:
    """The distinct longest words of :func:`_known_index` and the index itself: several names share a word."""
    index = _known_index(names)
    return tuple(dict.fromkeys(key for key, _, _ in index)), index


def _known_part(name: str) -> str:
    """A known body's name as a pattern: an acronym as written, another name in any case (the
    pattern is compiled case-insensitively)."""
    esc = re.escape(name).replace("\\ ", r"\s+").replace("\\-", "-?\\s*")
    if re.fullmatch(r"[A-ZÅÄÖ][A-ZÅÄÖa-z-]{1,6}", name) and sum(c.isupper() for c in name) >= 2:
        return rf"(?-i:{esc})(?::?s)?"
    return esc + r"(?:en|et)?"


def _known_re(names: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for the known bodies' names: acronyms as written, other names in any case. The
    definition :func:`_known_matches` keeps to (the tests hold them to the same matches)."""
    if not names:
        return None
    parts = [_known_part(n) for n in sorted(names, key=len, reverse=True)]
    # the lookahead (the names' first letters, in any case as the names are) skips the other
    # positions without entering every name's alternative there
    first = "".join(sorted({re.escape(n[0]) for n in names}))
    return re.compile(rf"(?=[{first}])(?<![\wåäöÅÄÖ-])(?:" + "|".join(parts) + r")(?![\wåäöÅÄÖ-])", re.I)


@lru_cache(maxsize=4096)
def _known_name_re(name: str) -> re.Pattern:
    """One known name's alternative of :func:`_known_re`, alone."""
    return re.compile(r"(?<![\wåäöÅÄÖ-])(?:" + _known_part(name) + r")(?![\wåäöÅÄÖ-])", re.I)


# letters that a case-insensitive pattern equates with letters of another lower case ("ı" with "i",
# "ſ" with "s", the Kelvin and Ångström signs with "k" and "å")
_CASE_FOLDED_ALIKE = frozenset("\u0131\u0130\u017f\u212a\u212b")


@lru_cache(maxsize=4096)
def _lead_word(name: str) -> str:
    """The word a known name's pattern starts with, in lower case ("" when it starts otherwise)."""
    m = re.match(r"[\wåäöÅÄÖ]+", name)
    return m.group(0).lower() if m else ""


def _known_matches(names: tuple[str, ...], text: str) -> list[re.Match]:
    """The matches of ``_known_re(names).finditer(text)``, from one small pattern per name (compiled
    once per name, where the pattern of each set of names met was compiled once per set: a
    thousandth of a second each, for a few dozen sets per document at first).

    As the one pattern does, at each place the first name (longest first) that matches there wins,
    and the scan goes on after it."""
    order = sorted(names, key=len, reverse=True)
    first_at: dict[int, int] = {}  # where a name matches -> the first name in order that does
    # a name is tried only where its first word is written (found in the lower-cased text, unless
    # lower case moves letters or a letter that the pattern's case folding equates with another is there)
    low = text.lower()
    if len(low) != len(text) or not _CASE_FOLDED_ALIKE.isdisjoint(text):
        low = None
    for k, name in enumerate(order):
        rx = _known_name_re(name)
        lead = _lead_word(name) if low is not None else ""
        if len(lead) >= 3:
            i = low.find(lead)
            while i >= 0:
                if rx.match(text, i):
                    first_at.setdefault(i, k)
                i = low.find(lead, i + 1)
            continue
        m = rx.search(text)
        while m:
            first_at.setdefault(m.start(), k)
            m = rx.search(text, m.start() + 1)
    out = []
    end = 0
    for start in sorted(first_at):
        if start >= end:
            m = _known_name_re(order[first_at[start]]).match(text, start)
            out.append(m)
            end = m.end()
    return out


_KIND = (r"nämnd|styrelse|fullmäktige|utskott|samrådsorgan|samverkansorgan|samverkansråd|ledningsråd|"
         r"ledningsgrupp|beredning|samråd|närvårdsråd|närvårdsgrupp|samordningsgrupp|samverkansgrupp|"
         # the officials' leadership of a collaboration, by its function: "uppdra åt tjänstemannaledningen att …"
         r"tjänstemannaledning|tjänstepersonsledning|tjänstemannagrupp|tjänstepersonsgrupp|"
         # the kunskapsstyrning's bodies: "Lokalt programområde psykisk hälsa", "nationella programområdet"
         r"programområde|"
         # the region's committee of experts by law: "Läkemedelskommittén", "läkemedelskommitténs expertgrupper"
         r"läkemedelskommitté|"
         # the region's leadership in a major incident or crisis: "Regional särskild sjukvårdsledning" (not the
         # standing "hälso- och sjukvårdsledning" of its officials)
         r"särskild sjukvårdsledning")
# the kind words capitalised or not (a case-insensitive alternation scans ~50 times slower)
_KIND_ANY_CASE = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _KIND.split("|")) + ")"
# a body named by its kind: "Socialnämndens arbetsutskott", "Hälso- och sjukvårdsnämnden",
# "det delregionala politiska samrådet", "Regional ledningsgrupp", "Holmsunds kommunstyrelse"
_KIND_RE = re.compile(
    # ("RCC Norrbys ledningsgrupp": the owner's acronym before its place)
    # ("Fjällsta kommunstyrelse": a place ending in a vowel owns its kommun's organs without the genitive s)
    r"(?<![\wåäöÅÄÖ-])(?P<own>(?:[A-ZÅÄÖ]{2,6}\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]+s\s+|"
    # a unit's own body, in lower case in running text: "vårdcentralens ledningsgrupp", "klinikens ledningsgrupp"
    r"(?:vårdcentralens|hälsocentralens|sjukhusets|klinikens|förvaltningens|avdelningens|enhetens|verksamhetens|"
    r"socialtjänstens|primärvårdens|hemtjänstens|elevhälsans|skolans|räddningstjänstens)\s+(?=[Ll]ednings)|(?!(?:Nya|Hela|Varje|Denna|Detta|Samma|Båda|Alla|Övriga|Andra|Berörda|Respektive|Se|Via|Enligt\s+beslut)\s)[A-ZÅÄÖ][a-zåäö-]+[aeiouyåäö]\s+(?=[Kk]ommun[sf]|[Rr]egion[sf])|[\wåäö]*(?:nämnd|styrelse|direktion)(?:ens|ns)\s+|[\wåäöÅÄÖ]+-\s*och\s+[\wåäö]+?(?:ens|en|s)\s+)?"
    r"(?P<adj>(?:(?:[Pp]olitisk[at]?|[Dd]elregional[at]?|(?:[Ss]jukvårds)?[Rr]egional[at]?|[Ll]okal[at]?|[Kk]ommunal[at]?|"
    r"[Ll]änsgemensamm?a?|[Gg]emensamm?a?|[Ss]trategisk[at]?|[Nn]ya?|[Cc]entral[at]?)\s+){0,2})"
    rf"(?P<w>(?:[\wåäöÅÄÖ]+-\s*och\s+)?[\wåäöÅÄÖ]*?{_KIND_ANY_CASE}(?P<end>en|et|n|ens|ets|s)?)(?![\wåäöÅÄÖ-])"
)
_KIND_WORDS = tuple(_KIND.split("|"))
# a kind of body a region has one of, so that its kind names it: "Läkemedelskommittén" (not "nämnden")
_SELF_NAMED_KINDS = frozenset(("läkemedelskommitté", "tjänstemannaledning", "tjänstepersonsledning", "tjänstemannagrupp",
                               "tjänstepersonsgrupp"))


def _find_all(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _kind_matches(text: str):
    """The matches of :data:`_KIND_RE`, found from the kind word back, without trying the
    pattern at every position of the text."""
    seen_end = -1
    low = text.lower()
    if len(low) != len(text):
        low = text  # a character whose lower case is longer: find the words as written
    hits = sorted((i, i + len(w)) for w in _KIND_WORDS for i in _find_all(low, w))
    for k_start, k_end in hits:
        if k_start < seen_end:
            continue
        lo = k_start
        for _ in range(4):  # owner and up to two adjectives and "X- och" before the kind's word
            prev = text.rfind(" ", 0, max(lo - 1, 0))
            if prev < 0 or lo - prev > 40:
                lo = max(prev + 1, 0) if prev >= 0 and lo - prev <= 40 else (0 if prev < 0 and lo < 40 else lo)
                break
            lo = prev + 1
        hi = k_end
        while hi < len(text) and (text[hi].isalnum() or text[hi] == "-"):
            hi += 1  # the rest of the word ("samrådsorganets"), and one character to see its end
        for m in _KIND_RE.finditer(text, lo, min(len(text), hi + 1)):
            if m.start("w") <= k_start < m.end() and m.end() > seen_end:
                seen_end = m.end()
                yield m
                break


_KIND_NOT = {"benämnd", "omnämnd", "ovannämnd", "nyssnämnd", "förutnämnd"}
# the kinds of body that are neuter nouns, whose plural a reader can tell from their form: "råden" (the singular
# "rådet"), "lokala råd" (the singular "lokalt råd")
_NEUTER_KINDS = ("samrådsorgan", "samverkansorgan", "råd", "utskott")
# what makes "-a adjective + bare noun" singular: an article or a genitive before it ("RCC:s regionala patientråd",
# "det lokala rådet")
_DEFINITE_BEFORE = re.compile(r"(?:\b(?:de|det|den|dess|sitt|sina|vårt|våra|ert|era|detta|dessa)|[\wåäö]:?s)\s+$", re.I)


def _plural_of_neuter_kind(text: str, m: re.Match, low: str) -> bool:
    """Whether a kind of body matched by :data:`_KIND_RE` is a neuter kind in the plural, which names
    no one body.

    >>> [bool(_plural_of_neuter_kind(t, m, m.group("w").casefold())) for t in ("De lokala närvårdsråden möts.",
    ...  "4. Lokala närvårdsråd", "i kommunens lokala närvårdsråd", "Lokala närvårdsrådet i Åby", "Regionala utskottet")
    ...  for m in [next(_kind_matches(t))]]
    [True, True, False, False, False]
    """
    kind = next((k for k in _NEUTER_KINDS if low.removesuffix(m.group("end") or "").endswith(k)), None)
    if not kind:
        return False
    end = m.group("end") or ""
    if end == "en":
        return True  # "råden", "samverkansorganen"
    adj = m.group("adj") or ""
    return (not end and bool(re.search(r"a\s+$", adj)) and not m.group("own")
            and not _DEFINITE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
_ITS_BOARD = re.compile(r"\b[Ff]örbundets\s+styrelse\b")
_ASSOCIATION = r"(?:[Ss]amordnings|[Kk]ommunal)förbundet"
_ASSOCIATION_NAME = re.compile(_ASSOCIATION + r"(?:\s+[A-ZÅÄÖ][\wåäö-]*){1,2}")
# a seat in a förbund, which its board holds
_SEAT_IN_ASSOCIATION = re.compile(r"\b(?:ordförande|vice\s+ordförande|ledamot|ledamöter|ersättare|ersättarna)\s+i\s+"
                                  rf"(?P<f>{_ASSOCIATION}(?:\s+[A-ZÅÄÖ][\wåäö-]*(?<!s)){{1,2}})\b(?!\s+styrelse)")
# a förbund's name just before the genitive owner of its board ("Samordningsförbundet Norra Åby" + "s styrelse")
_ASSOCIATION_BEFORE = re.compile(r"((?:[Ss]amordnings|[Kk]ommunal)?förbundet(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\s+\Z")


def _board_of(association: str) -> str:
    """A förbund's board, named as the förbund's own minutes name it.

    >>> _board_of("Samordningsförbundet Norrvik")
    'Styrelsen, Samordningsförbundet Norrvik'
    """
    return f"Styrelsen, {association}"


# a seat "i direktionen för Räddningstjänstförbundet Norrfjäll": the direktion of the named förbund, named as its own
# minutes name it ("styrelsen för X" the group reader names already)
_NAMED_BOARD = re.compile(r"(?P<b>(?:[Ff]örbunds)?[Dd]irektionen)\s+(?:för|i)\s+"
                          r"(?P<n>[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:[A-ZÅÄÖ][\wåäö-]*|och|för|AB)){0,4})")


def _named_board(phrase: str | None) -> str | None:
    """The direktion a seat in "direktionen för X" is held on.

    >>> _named_board("direktionen för Räddningstjänstförbundet Norrfjäll"), _named_board("direktionen för gruppen")
    ('Direktionen, Räddningstjänstförbundet Norrfjäll', None)
    """
    m = _NAMED_BOARD.fullmatch((phrase or "").strip(" .,"))
    return f"Direktionen, {m.group('n')}" if m else None


def _seat_board(phrase: str | None) -> str | None:
    """The board a seat "i Samordningsförbundet Norrvik" is held on, where the phrase is a förbund's name."""
    phrase = (phrase or "").strip(" .,")
    return _board_of(phrase) if _ASSOCIATION_NAME.fullmatch(phrase) else None
_ONE_OWNER = re.compile(r"(?:nämnd|styrelse|fullmäktige|utskott)", re.I)
# (and the past passive of the verbs that drop the -a-: "ställdes", "godkändes", "köptes"; not "således")
_PAST_VERB = re.compile(r"^[a-zåäö]{3,}(?:ade|ades|[^aeiouyåäö\W][dt]es)$")
_PASSIVE = re.compile(r"^[a-zåäö]{3,}(?:eras|isas)$")  # "informeras", "redovisas"


def _is_verb(word: str) -> bool:
    """Whether a word after a body's name starts the predicate: "berättade", "informeras",
    "träffas", "återkommer" (a body's name has no verb)."""
    w = word.casefold()
    return (w in _VERBS or bool(_PAST_VERB.match(w)) or bool(_PASSIVE.match(w))
            # (a plural's genitive is no passive: "arbetsgruppen för ungdomsmottagningarnas utveckling")
            or (word.islower() and len(w) > 5 and w.endswith("as") and not w.endswith(("arnas", "ernas", "ornas"))))
# an adjective and a noun in the definite after "för det"/"för den": "kommunala aktivitetsansvaret"
def _supine_with_object(word: str, nxt: str | None) -> bool:
    """A supine of a loan verb before its object in the definite, which ends a body's name: "har på uppdrag av
    Styrgrupp X reviderat överenskommelsen" (not the adjective of "arbetsgruppen mot hedersrelaterat våld").

    >>> _supine_with_object("reviderat", "överenskommelsen"), _supine_with_object("hedersrelaterat", "våld")
    (True, False)
    """
    return (len(word) > 6 and word.endswith("erat") and nxt is not None
            and bool(re.fullmatch(r"(?:den|det|de|sin|sitt|sina|[a-zåäö]{3,}(?:en|et|na))", nxt)))


_ARTICLE_TOPIC = re.compile(r"\s+[a-zåäö]{3,}a\s+[a-zåäö]{4,}(?:et|en|an)\b")
_COUNT_WORDS = {"två", "tre", "fyra", "fem", "sex", "gånger", "gång", "varje", "per", "årligen"}
# verbs that start the predicate after "X och": "Östmos ledningsgrupp för vård och omsorg och återkommer"
_VERBS = {"förlängs", "läggs", "tillsätts", "upphör", "återkommer", "kommer", "tar", "ger", "får", "har", "går", "ser", "blir", "står", "ska", "bör", "kan",
          "beslutar", "rapporterar", "arbetar", "ansvarar", "bereder", "föreslår", "följer", "informerar",
          "lämnar", "skickar", "svarar", "återrapporterar", "deltar", "önskar", "behöver", "fortsätter",
          "undersöker", "utreder", "träffas", "möts", "ses", "tog", "gav", "fick", "hade", "var", "blev",
          "träffades", "sammanträder", "presenterar", "redovisar", "påbörjar", "startar", "avslutar",
          # what a body decides: "Enligt överenskommelsen om Politiskt samverkansråd X utser varje huvudman …"
          "utser", "väljer", "antar", "godkänner", "inrättar", "uppdrar", "rekommenderar", "utsåg", "valde", "antog",
          # a second act after "och" that hands a matter on: "nominerar Eva Ek som ersättare i Politiskt samråd X
          # och överlämnar ärendet till …", "skicka en skrivelse till Samverkansgrupp äldre och föreslå att …"
          "överlämnar", "överlämna", "föreslå", "hänskjuter", "hänskjuta", "lyfter", "begär", "begära",
          # supines after a body named in a clause: "redovisade hur Arbetsgrupp SIP lagt upp arbetet"
          "lagt", "tagit", "gjort", "fått", "haft", "arbetat", "tagits",
          # … and ones that hand a question on: "Frågan har Styrgrupp X lyft till samrådet"
          "lyft", "skickat", "lämnat", "överlämnat", "gett", "givit",
          # one body taking another's place: "där Politiskt samråd X ersätter Regionalt samverkansråd X"
          "ersätter", "övertar", "ersatte", "övertog",
          # what a body asks, says or wants, in tenses no ending shows: "Samverkansgrupp äldre bad kommunerna …"
          "bad", "ber", "bett", "begär", "begärde", "sa", "sade", "säger", "skrev", "skriver", "vill", "ville",
          "skulle", "kunde", "måste", "anser", "ansåg", "menar", "tycker", "tyckte", "betonar", "framför",
          "framförde", "konstaterar", "noterar", "föreslog", "beslöt", "gjorde", "gick", "kom", "stod", "lät",
          "höll", "bjöd", "ställde", "lyfte",
          # a meeting a body holds: "Arbetsgruppen för introduktionsprogrammet håller sitt första möte före jul"
          "håller", "hålls", "samlas", "kallar",
          # what a body compiles or orders: "Samverkansgrupp Barn och unga i X sammanställer lägesrapporterna",
          # "den kartläggning som Politiskt samverkansråd beställde i juni"
          "sammanställer", "sammanställde", "beställer", "beställde",
          # what a fullmäktige or nämnd does with a motion, a request or a resignation: "Kommunfullmäktige beviljar
          # avsägelsen"
          "beviljar", "beviljade", "bifaller", "biföll", "avslår", "avslog", "fastställer", "fastställde",
          "godkände", "tillstyrker", "avstyrker", "återremitterar", "entledigar",
          # what a plan a body made rests on: "tagits fram av Arbetsgrupp för X och bygger på uppföljningen"
          "bygger", "byggde", "utgår", "utgick", "omfattar", "innehåller", "beskriver", "visar",
          # a body it sets up: "Nämnden för funktionsstöd tillsätter en politisk referensgrupp"; what it is told:
          # "Behöver Politiskt samverkansråd få veta om förlängningen?"
          "tillsätter", "tillsatte", "bildar", "bildade", "inrättade", "delegerar", "delegerade", "få"}
# what a sentence does with a body named by its kind and topic ("meddelar Samverkansgrupp äldre beslutet")
_OBJECT_NOUNS = {"beslutet", "besluten", "protokollet", "informationen", "rapporten", "underlaget", "förslaget",
                 "ärendet", "uppdraget", "svaret", "yttrandet", "frågan", "planen", "handlingsplanen", "rutinen",
                 "synpunkterna", "anteckningarna", "materialet", "presentationen", "sammanställningen"}
# a year or a span of years after a body's name: "2028", "2027–2028" ("Agenda 2030" is a name)
_YEAR_AFTER_NAME = re.compile(r"(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?")
# a plan named with its horizon: "översiktsplan Forsnäs 2040", "Översiktsplan 2040" (the year a part of the plan's name;
# "för social välfärd 2026" is when)
_PLAN_NAMED = re.compile(r"(?:[a-zåäö-]*(?:plan|planen|program|programmet|strategi|strategin)|[A-ZÅÄÖ][a-zåäö-]*(?:plan|program|strategi))"
                         r"(?:\s+[A-ZÅÄÖ][\wåäö-]+)?")
# the first word after "för" telling a term, not a body's field: "för samma period", "för perioden 2027–2028"
_TERM_WORDS = {"samma", "perioden", "resten", "återstoden", "återstående", "mandatperioden", "innevarande", "tiden",
               "åren"}
_PURPOSE = {"beslut", "kännedom", "information", "yttrande", "godkännande", "synpunkter", "diskussion",
            "återkoppling", "fastställande", "fastställelse", "remiss", "behandling", "vidare", "ställningstagande", "handläggning",
            # "överlämnar den till kommunstyrelsen för antagande": what the body is to do with it
            "antagande", "prövning"}
_KIND_IN_TAIL = re.compile(r"(?i)grupp|nämnd|styrelse|råd$|rådet|beredning|utskott|processteam")
# words that end a capitalised name after a kind: page headers, labels, other sentences
_NOT_NAME_TAIL = {"att", "nästa", "kommande", "förra", "igen", "nu", "snart", "framöver", "idag", "imorgon", "sammanträdesdatum", "datum", "sida", "protokoll", "justerandes", "paragraf", "beslut",
                  "mötesanteckningar", "minnesanteckningar", "anteckningar", "dnr", "bilaga", "jan", "feb", "mar",
                  "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "v", "vecka",
                  # how the work is done, after a kind in lower case: "sker i arbetsgrupp tillsammans med …"
                  "tillsammans", "gemensamt", "löpande", "regelbundet"}
# compounds sharing the last word of a body: "Hälso-, sjukvårds- och omsorgsrådet", "Barn- och ungagruppen"
_COORDINATED = r"(?:[\wåäöÅÄÖ]+-,\s+)*[\wåäöÅÄÖ]+-\s+(?:och|samt)\s+"
_COORDINATED_BEFORE = re.compile(rf"(?<![\wåäöÅÄÖ-]){_COORDINATED}$")
_RAD_RE = re.compile(
    # ("Kommunala funktionsrättsrådet i X", "Kommunala pensionärsrådet": a kommun's council, its adjective in its name)
    r"\b(?:(?P<adj>[Rr]egionala|[Rr]egionalt|[Nn]ationella|[Ss]jukvårdsregionala|"
    rf"[Ss]jukvårdsregionalt|[Ll]änsgemensamma|Kommunala)\s+)?(?P<w>(?:{_COORDINATED})?[\wåäöÅÄÖ-]{{3,}}råd(?:et)?)\b"
    r"(?:\s+i\s+(?:[a-zåäö]+\s+)?[a-zåäö]+regionen|\s+i\s+[A-ZÅÄÖ][a-zåäö]+s?\s+län\b)?"  # "Länsberedskapsrådet i X län"
    r"(?:\s+\([A-ZÅÄÖ][A-ZÅÄÖ-]{1,6}\))?"  # the acronym it is given: "… omsorgsrådet (HSVO)"
)
_COMPOUND_RE = re.compile(
    # (a network in the genitive too: "MAS-nätverkets synpunkter", the network named)
    # ("MAS/MAR-nätverket": two acronyms joined by a slash before the kind)
    # ("Barn- och ungagruppen": compounds sharing the group word, one group)
    rf"(?<![\w/-])(?P<w>(?:{_COORDINATED})?(?:[\wåäöÅÄÖ]+(?:/[A-ZÅÄÖ]{{2,6}})?-)?[\wåäöÅÄÖ]*?(?:gruppen|grupperna|nätverket|forumet|kollegiet|teamet))(?:(?<=nätverket)s)?\b"
)
_COMPOUND_GENERIC = {
    "", "arbets", "styr", "samverkans", "referens", "projekt", "lednings", "analys", "mål",
    "kontroll", "interventions", "patient", "ålders", "risk", "befolknings", "personal",
    "yrkes", "brukar", "fokus", "diagnos", "test", "del", "sam", "huvud", "under", "mål",
    "program", "intresse", "fem", "tre", "två", "utsedda", "special", "kund", "barn", "ung",
    "länssamverkans", "taktiska", "lokala",
}
_RAD_SUFFIX_RE = re.compile(r"råd(?:et)?\b")
_BRA_RE = re.compile(r"\b(?:(?P<gen>[A-ZÅÄÖ][a-zåäö]+)s\s+)?(?:[Ll]okala\s+)?[Bb]rottsförebyggande\s+råd(?:et)?\b"
                     r"(?:\s+i\s+(?P<at>[A-ZÅÄÖ][a-zåäö]+)\b(?!\s+kommun))?")
_IN_PLACE = re.compile(r"\s+i\s+([A-ZÅÄÖ][a-zåäö]{2,})\b(?!\s+kommun|-)")
_IN_REGION = re.compile(r"\s+i\s+(Region\s+([A-ZÅÄÖ][\wåäö-]+))\b")
_COMPOUND_SUFFIX_RE = re.compile(r"(?:gruppen|grupperna|nätverkets?|forumet|kollegiet|teamet)\b")
_NATIONAL_BEFORE = re.compile(r"\b([Nn]ationella)\s+$")
_NAME_ADJ_BEFORE = re.compile(r"\b(Regionala|Nationella|Länsgemensamma|Kommunala)\s+$")
# two places a body serves, joined by a dash: "Åby–Öby"
_PLACE_PAIR = re.compile(r"[A-ZÅÄÖ][a-zåäö]+[–—][A-ZÅÄÖ][a-zåäö]+")
_PLACE_NAME_AFTER = re.compile(r"\s+([A-ZÅÄÖ][a-zåäö]{2,})\b(?!\s+kommun|-)")


def _suffix_anchored(text: str, suffix: re.Pattern, full: re.Pattern, extra_before: int):
    """Matches of ``full`` that end at a ``suffix`` hit, found without scanning every word."""
    last_end = -1
    for sm in suffix.finditer(text):
        start = sm.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"
                             or text[start - 1] == "/" and text[start - 2:start - 1].isupper()):
            start -= 1
        coordinated = _COORDINATED_BEFORE.search(text, max(0, start - 80), start)
        if coordinated:
            start = coordinated.start()  # "Hälso-, sjukvårds- och omsorgsrådet": one råd
        elif extra_before:
            # an adjective before the compound ("Regionala samverkansrådet")
            prev = text.rfind(" ", 0, max(start - 1, 0))
            start = max(prev + 1, 0) if start - prev <= extra_before else start
        if start < last_end:
            continue
        m = full.search(text, start, sm.end() + 60)
        if m and m.start() <= sm.start():
            last_end = m.end()
            yield m


# (the ESF-rådet is the national authority that funds a project, no body of the collaboration)
_NOT_GROUP_WORDS = {"samråd", "samrådet", "förråd", "förrådet", "rådet", "råd", "vårdråd", "esf-rådet", "esf-råd"}

_BARE_SUBJECT_AFTER = re.compile(r"\s+(?:har|ska|skall|arbetar|består|kommer|är|bör|ges|får)\b")
_BARE_SUBJECT_BEFORE = re.compile(r"(?:utsedda?|tillsatta?|framtagen|med|samt|utse)\s+$", re.I)
# The three samverkansgrupper of the collaboration structure, named when the text speaks of
# "alla tre samverkansgrupper" or lists the three perspectives.
_INOM_TAIL = re.compile(r"\s+(?:inom|under)\s+(?-i:[A-ZÅÄÖ]{3,5})\b.*$")
_GENERIC_SINGULAR = re.compile(
    r"^(?:[Dd]en\s+|[Dd]enna\s+)?(?:samverkansgruppen|gruppen|gruppering(?:en)?)$", re.I
)


@dataclass(frozen=True)
class _Group:
    name: str
    start: int
    end: int
    generic_head: str | None = None   # "styrgrupp" etc. for a bare head with no name


_FÖR_WHEN = re.compile(r"(?:(?:första|andra|tredje|sista|en|ett|varje)\s+gången|närvarande|tillfället|tiden|stunden|"
                       r"året|dagen|perioden|hösten|våren|sommaren|vintern|resten|återstoden)\b", re.I)


# the huvudman an elected member sits for, after the name and party: "Oskar Brandt (M), Norrskärs kommun"
_HUVUDMAN_AFTER_NAME = re.compile(r",\s+(?P<hm>[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+)$")
# an acronym naming a group's topic right after its kind ("vårdprogramgruppen ADHD"), not a body's own ("LSVO:s")
# nor a person's initials before a verb
_ACRONYM_TOPIC = re.compile(r"\s+([A-ZÅÄÖ]{3,6})\b(?![:'’-])(?!\s+(?:har|ska|tar|är|och)\b)")
# what "mot" after a group's kind opens when it names no cause the group works against: when, why, whom
_MOT_NOT_NAME = re.compile(r"(?i)(?:bakgrund|slutet|början|mitten|slut|att|en|ett|den|det|de|dem|varandra|"
                           r"förslaget|beslutet|ersättning|betalning|[A-ZÅÄÖ])\b|\d")


_IN_LÄN = re.compile(r"\s+i\s+([A-ZÅÄÖ][\wåäö-]+\s+län)\b")


# after "och": a noun in its definite form and a verb, a clause of its own ("och resultatet ska …")
# a verb and the pronoun it takes after "och", a clause of its own: "utse två representanter till den lokala
# samverkansgruppen för samsjuklighet och anmäla dessa till nämnden"
_INFINITIVE_OBJECT = re.compile(r"\s*[a-zåäö]{3,}a\s+(?:dessa|dem|denna|detta|den|det|honom|henne)\b")
_CLAUSE_AFTER_AND = re.compile(r"\s*[a-zåäö][\wåäö-]*(?:et|en|na)\s+(?:ska|skall|kommer|har|är|blir|kan|måste|"
                               r"behöver|bör)\b")
# what goes on with a place at a name's end: "i Åby och Ekå", "i Norrby län", "i Åby kommun"
_AFTER_PLACE = {"och", "län", "läns", "kommun", "kommuns", "kommuner"}
# the particle after a verb that makes it a phrase ("följt upp", "tagit fram"): no word of a name comes before it
_VERB_PARTICLES = frozenset({"upp", "fram", "in", "ut", "över", "igenom", "bort"})


# the pronouns that open a clause of their own after a body's name and a comma
_CLAUSE_SUBJECTS = frozenset(("ingen", "inget", "vi", "man", "de", "han", "hon", "alla", "det"))
# a working group by its kind's letters before its name in running text: "ag SIP", "AG SIP-utbildning"
# (and a styrgrupp or ledningsgrupp typed small, "lg BoU", "sg Barnahus"; a working group by a topic typed
# small where a verb follows it: "ag frånvaro rapporterar till …")
_KIND_LETTERS_IN_TEXT = re.compile(r"(?<![\wåäöÅÄÖ-])(?:(?:ag|AG)\s+(?=[A-ZÅÄÖ]{2,}\b)|(?:ag|sg|lg)\s+(?=[A-ZÅÄÖ]{2,}\b|"
                                   r"[A-ZÅÄÖ][a-zåäö]+[A-ZÅÄÖ]\w*\b|[A-ZÅÄÖ][a-zåäö]{3,}\b)|"
                                   r"ag\s+(?=[a-zåäö]{4,}\s+(?:rapporterar|får|har|ska|tar|lämnar|arbetar)\b))")
_KIND_LETTERS_NAME = {"ag": "Arbetsgrupp ", "sg": "Styrgrupp ", "lg": "Ledningsgrupp "}
_AT_PROCESS = re.compile(r"\s+(?:(?:in|ut)-\s+och\s+)?[a-zåäö]+(?:skrivning|gång|gångar)\b(?!\s+(?:av|i)\s)")
# the care a body is about and the condition it is given at: "arbetsgrupp för sekundärprevention vid osteoporos",
# "nätverket för rehabilitering vid stroke" (a bare noun ending the phrase; "vid behov", "vid mötet" are when)
_CARE_BEFORE_VID = re.compile(r"(?i)(?:prevention|rehabilitering|vård|stöd|behandling|omhändertagande|insatser|"
                              r"habilitering|omvårdnad|utredning|läkemedelsbehandling|nutrition|uppföljning)$")
_AT_CONDITION = re.compile(r"\s+(?!(?:behov|varje|nästa|kommande|samma|sitt|sina|behandling|tillfället|"
                           r"möte|mötet|mötena|frånvaro|sjukdom|förfall)\b)[a-zåäö]{4,}(?<!et)(?<!en)(?<!na)"
                           r"(?=\s*(?:[.;:,)]|$|\s+(?:och|samt)\s+[a-zåäö]{4,}\s*[.;:,)]))")


def _group_kind_word(word: str) -> str:
    """A body's kind word without its definite ending: "arbetsgruppen" → "arbetsgrupp"."""
    w = word.casefold()
    return w[:-2] if re.search(r"(?:grupp|nätverk|råd|team|forum)(?:en|et)$", w) else w


# the people a body serves, which a relative clause may define as part of its name ("… för unga som varken arbetar
# eller studerar", "… för barn som far illa")
_TARGET_GROUPS = {"unga", "ungdomar", "barn", "vuxna", "äldre", "personer", "elever", "kvinnor", "män", "föräldrar",
                  "familjer", "patienter", "individer", "människor", "brukare", "invånare", "nyanlända"}
# that clause: a few lower-case words up to the end of the sentence, the clause or the line, none of them a passive
# ("… för barn som far illa träffas i morgon" tells what the body does)
# ("… för äldre som ska ta fram en rutin", "… som leder arbetet": what the body does, told of the body)
_TARGET_GROUP_CLAUSE = re.compile(r"\s+(?!(?:ska|skall|kommer|bör|kan|får|har|hade|vill|tar|tog|leder|ledde|ansvarar|"
                                  r"rapporterar|består|bestod|sammanträder|arbetar\s+(?:med|fram|vidare))\b)"
                                  r"((?:(?![a-zåäö]+s\b)[a-zåäö]+\s+){0,7}(?![a-zåäö]+s\b)[a-zåäö]+)(?=\s*(?:[.,;:)]|$))")


# a body being made, not yet named ("inrätta en arbetsgrupp för unga vuxna som …"): what it is for, described
_INDEFINITE_BEFORE = re.compile(r"\b(?:en|ett)\s+[\wåäö-]+$")


def _head_tail(text: str, pos: int) -> tuple[str, int]:
    """The naming tail after a group head ("för X", "Uppdrag psykisk hälsa", "i samverkan")."""
    rest = text[pos:]
    m = re.match(r"\s+för\s+", rest)
    if m and _FÖR_WHEN.match(rest, m.end()):
        m = None  # "styrgruppen för första gången", "gruppen för närvarande": when, no part of a name
    elif m and (nxt := re.match(r"[a-zåäö]+", rest[m.end():])) and nxt.group(0) in _PURPOSE:
        m = None  # "överlämnas till Politiskt samverkansråd för ställningstagande": why, no part of the name
    if m is None and (m := re.match(r"\s+mot\s+", rest)) and _MOT_NOT_NAME.match(rest, m.end()):
        m = None  # "Arbetsgruppen mot hedersrelaterat våld" is named; "gruppen mot slutet av året" is when
    if m:
        words = []
        i = m.end()
        for w in re.finditer(r"[^\s.;:()|]+[,]?|[.;:()|]", rest[i:]):
            tok = w.group(0)
            bare = tok.rstrip(",").casefold()
            if bare in ("och", "o") and words and tok in ("och", "o"):
                # "för hälsa, vård och omsorg", "för psykisk hälsa och beroende": the list goes on
                # ("o" for "och" in notes typed in a hurry: "tillsatta av Vårdprogramgruppen för nutrition o
                # återrapporterar dit"; a verb of the -era kind after it ends the name: "… och avrapporterar till den")
                nxt = re.match(r"\s*([a-zåäö][\wåäö-]*)", rest[i + w.end():])
                if (not nxt or nxt.group(1) in _TAIL_STOP or nxt.group(1) in _VERBS or nxt.group(1) == "att"
                        or re.fullmatch(r"[a-zåäö]{3,}erar", nxt.group(1))
                        or _INFINITIVE_OBJECT.match(rest, i + w.end())
                        or _PAST_VERB.match(nxt.group(1)) or _PASSIVE.match(nxt.group(1))
                        or _CLAUSE_AFTER_AND.match(rest, i + w.end())):
                    # "… för Nära vård X och resultatet ska redovisas": a clause of its own after the name
                    break
                words.append(tok)
                end = i + w.end()
                continue
            if tok in ("–", "—") and words:
                break  # "… till arbetsgruppen för korttidsplatser – 16 januari": a list's columns set apart by dashes
            if bare == "som" and words and words[-1].casefold() in _TARGET_GROUPS and (
                    clause := _TARGET_GROUP_CLAUSE.match(rest, i + w.end())) \
                    and not _INDEFINITE_BEFORE.search(text, max(0, pos - 40), pos):
                # "Lokal samverkansgrupp för unga som varken arbetar eller studerar": whom the body is for, told by
                # a relative clause that runs to the end of its sentence or clause
                words.append(f"som {' '.join(clause.group(1).split())}")
                end = clause.end(1)
                break
            if tok in ".;:()|" or (bare in _TAIL_STOP and not (bare == "att" and not words)
                                   and not (bare == "ta" and words and words[-1] == "att")
                                   # "Arbetsgruppen för samordning vid utskrivning": the moment of care the
                                   # body is about, a process noun without article ("vid mötet", "vid behov" end it)
                                   and not (bare == "vid" and words and _AT_PROCESS.match(rest, i + w.end()))
                                   # "… för sekundärprevention vid osteoporos", "… för uppföljning efter diagnos"
                                   and not (bare in ("vid", "efter") and words and _CARE_BEFORE_VID.search(words[-1])
                                            and _AT_CONDITION.match(rest, i + w.end()))
                                   # "Samrådsgruppen för det kommunala aktivitetsansvaret": the topic with its article
                                   and not (bare in ("det", "den") and not words
                                            and _ARTICLE_TOPIC.match(rest, i + w.end()))):
                break  # (a Markdown table's cell ends at its bar; "Arbetsgrupp för att ta fram …" is a name)
            if (bare != "att" and bare in _NOT_NAME_TAIL) or bare in _COUNT_WORDS or (
                    bare == "för" and re.match(r"\s*(?:tiden|närvarande|stunden|samma\s+tid|återstoden|resten)\b", rest[i + w.end():])):
                break  # a page header, "två gånger per år", "för tiden": no part of the name
            if bare == "i" and rest[i + w.end():].lstrip().casefold().startswith(("uppdrag", "samband", "stället")):
                # "ge styrgruppen för X i uppdrag att …", "lämnar gruppen för X i samband med …", "föredrog
                # förslaget från Arbetsgrupp för X i stället för Pernilla"
                break
            if bare == "för" and words and (nxt := re.match(r"\s*([a-zåäö]+)", rest[i + w.end():])) \
                    and (nxt.group(1) in _PURPOSE or nxt.group(1) in _TERM_WORDS):
                # "lyfts till Rådet för vård och omsorg för kännedom": why, no part of the name; "… i Regionala
                # programområdet för äldres hälsa för perioden 2027–2028": for how long
                break
            if bare == "att" and words:
                break
            if _is_verb(bare):
                break  # "arbetsgrupp för läkemedelsöverföring berättade …", "… informeras"
            if len(words) >= 2 and words[-2] == "i" and words[-1][:1].isupper() and (
                    words[-1].endswith(",") or not tok[:1].isupper() and bare.rstrip(",") not in _AFTER_PLACE):
                break  # "meddela Samverkansrådet för barn och unga i X beslutet", "… i X, 2025-10-08": the place ends it
            if words and _PLACE_PAIR.fullmatch(words[-1]) and tok[:1].islower() and bare not in _AFTER_PLACE:
                break  # "föreslå styrgruppen för vård och omsorg Åby–Öby en utbildningsdag": the places it serves end it
            if words and words[-1].endswith(",") and tok[:1].isdigit():
                break  # "Remiss från Regional ledningsgrupp för vård och omsorg, 2026-03-20": the letter's day
            if words and words[-1].endswith(",") and (bare in _CLAUSE_SUBJECTS or (
                    nx := re.match(r"\s*([a-zåäö]+)\b", rest[i + w.end():])) and _is_verb(nx.group(1))):
                # "från Styrgruppen för Nära vård X, resultatet ska dit 18/2", "… för närvård X, ingen här har
                # mandat": a clause of its own after the comma
                break
            words.append(tok)
            end = i + w.end()
            if len(words) >= 10 or tok.endswith(","):
                if len(words) >= 10:
                    break
        if len(words) >= 2 and _YEAR_AFTER_NAME.fullmatch(words[-1]) and words[-2].casefold() not in ("agenda", "vision") \
                and not _PLAN_NAMED.fullmatch(" ".join(words[:-1])):
            # "verksamhetsplan för styrgruppen för social välfärd 2026", "Ekonomi för Styrgruppen för Nära vård X
            # 2028": the year is when ("Agenda 2030" is a name)
            words.pop()
            if words[-1].casefold() in ("år", "året"):
                words.pop()
        while words and words[-1].casefold() in ("i", "på", "vid", "den", "om", "och", "för"):
            words.pop()  # "Styrgruppen för äldreomsorg i (september)"
        while words and words[-1].endswith(","):
            # "för jämlik hälsa, nära vård" continues; a trailing comma ends the tail
            nxt = rest[end:end + 30]
            if re.match(r"\s+[a-zåäö]", nxt) and not re.match(r"\s+(?:som|och att|där|men)\b", nxt):
                break
            words[-1] = words[-1].rstrip(",")
            break
        if words and words[0] == "att" and len(words) == 1:
            return "", pos
        if words and words[0].casefold() in _PURPOSE:
            return "", pos  # "till samrådet för beslut": what for, not which body
        if words and words[0].casefold() in _TERM_WORDS:
            return "", pos  # "ersättare i samrådet för samma period": for how long, not which body
        kind_at = next((j for j, x in enumerate(words) if _KIND_IN_TAIL.search(x)), None)
        if kind_at is not None:
            if kind_at == 0 or words[kind_at - 1].casefold() in ("av", "för", "till", "med", "i", "och"):
                return "", pos  # "styrgrupp för inrättande av styrgrupp X": another body, not a name
            words = words[:kind_at]
            while words and (words[-1].endswith(",") or words[-1] in ("och", "liksom", "samt")):
                words.pop()
            if not words:
                return "", pos
        if words and words[-1].casefold() in ("räkning", "skull"):
            return "", pos  # "för Ekeby kommuns räkning"
        if words:
            s = " ".join(words).rstrip(",")
            return f"{m.group(0).strip()} {s}", pos + m.end() + len(rest[m.end():].split(s, 1)[0]) + len(s) if s in rest else pos
        return "", pos
    if (m := _COMPASS_PLACE.match(rest)) and m.group("p") not in _VOCABULARY.get().names:
        # "Närvårdsgruppen norra Älvlanda", "Vårdsamverkan södra Havsby": the part of the region a body serves
        return f"{m.group('d')} {m.group('p')}", pos + m.end()
    m = re.match(r"\s+(?P<n>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+(?:och|[a-zåäö][\wåäö-]*|[A-ZÅÄÖ][\wåäöÅÄÖ-]*)){0,5})", rest)
    if m:
        words = m.group("n").split()
        keep = []
        for j, w in enumerate(words):
            if ((w.casefold() in _TAIL_STOP and w != "och") or w.casefold() in _NOT_NAME_TAIL or _is_verb(w)
                    or _supine_with_object(w, words[j + 1] if j + 1 < len(words) else None)):
                break
            if w.casefold() in _COUNT_WORDS:
                break  # "rapporterar till Rådet Norrvik två gånger per år": how often, not which body
            if w == "och" and j + 2 < len(words) and is_person_name(f"{words[j + 1]} {words[j + 2]}"):
                break  # "A till ledamot i Politiskt samråd X och Hugo Ek till ersättare": a person, no part of the name
            if w == "och" and j + 2 < len(words) and words[j + 1].islower() and words[j + 2] in _VERB_PARTICLES:
                break  # "fastställt uppdraget för Styrgrupp Nära vård X och följt upp …": the verb's second act
            if w == "och" and j + 1 < len(words) and words[j + 1].casefold() in ("i", "för", "till", "av", "med", "på", "vid"):
                break  # "i Politiskt samverkansråd Norrby och i styrelsen för …": a second place, not the name
            if w == "och" and j + 1 < len(words) and re.search(
                    r"(?i)(?:grupp|gruppen|team|nätverk|råd|rådet|nämnd|nämnden|styrelse|styrelsen|utskott|forum)$", words[j + 1]):
                break  # "lämnar Styrgrupp Nära vård och Arbetsgrupp SIP": a second body, not the name
            if w == "för" and j + 1 < len(words) and words[j + 1].casefold() in _PURPOSE:
                break  # "Samverkansgrupp Mitt i livet för kännedom"
            if w in ("för", "under") and j + 1 < len(words) and words[j + 1].casefold() in (
                    "resten", "återstoden", "tiden", "mandatperioden", "kalenderåret", "året", "verksamhetsåret",
                    "perioden", "samma", "åren", "innevarande"):
                break  # "Rådet Norrvik för resten av mandatperioden", "… för perioden 2027–2028": when, not which body
            if w == "i" and j + 1 < len(words) and words[j + 1].casefold().startswith("uppdrag"):
                break  # "gav Samordningsgruppen Vårdsamverkan Västra Norrby i uppdrag att …"
            if w == "i" and j + 1 < len(words) and words[j + 1].casefold() in ("stället", "stor", "tid", "dag"):
                break  # "rapporterar till Styrgrupp Nära vård i stället för …": instead of, no part of the name
            if j == 0 and re.fullmatch(r"[A-ZÅÄÖ]{1,2}", w):
                break  # initials of a person ("styrgrupp RT sept …"), not a body's name
            if j == 0 and len(words) > 1 and is_person_name(f"{w} {words[1]}"):
                break  # "Styrgrupp Helga Nyberg": a person after the kind, as in a table row
            if keep and w.casefold() in _MEETING_NOUNS and keep[-1].endswith("s") and len(keep[-1]) > 3:
                keep[-1] = keep[-1][:-1]  # "på Styrgrupp Nära vård Mälarbys möte": the body whose meeting it is
                break
            keep.append(w)
        while keep and keep[-1] in ("och", "vård-", "i", "för", "år"):
            keep.pop()  # "Politiskt samråd Norrvidd för 2026": the year is when
        if (keep and keep[0] not in ("Region", "Regionen") and keep[0] not in _VOCABULARY.get().names
                and keep[0].casefold() not in _TAIL_STOP):
            s = " ".join(keep)
            return s, pos + m.start("n") + len(s)
    m = re.match(r"\s+i\s+(?P<n>samverkan|[A-ZÅÄÖ][a-zåäö]+)\b", rest)
    if m and re.search(r"(?i)analysgrupp\w*\s*$", text[max(0, pos - 20):pos]):
        return f"i {m.group('n')}", pos + m.end()
    return "", pos


_COMPASS_PLACE = re.compile(r"\s+(?P<d>norra|södra|östra|västra|mellersta|nordvästra|nordöstra|sydvästra|"
                            r"sydöstra)\s+(?P<p>[A-ZÅÄÖ][\wåäö-]+)\b")
_PREPOSITION_END = re.compile(r"\s(?:av|om|till|för|med|på|från|kring|inom|över)$")
_MEETING_NOUNS = {"möte", "mötet", "möten", "sammanträde", "sammanträdet", "träff"}


def find_groups(text: str, vocabulary: GroupVocabulary | None = None) -> list[_Group]:
    """Collaboration bodies named in ``text``, as written, without overlaps.

    The known bodies come from ``vocabulary`` (by default the one :func:`extract_relations` set
    for the minutes being read); bodies are otherwise found by their kind.

    >>> v = GroupVocabulary(names=("LSVO", "LSVO:s beredningsgrupp"))
    >>> [g.name for g in find_groups("Mats tar med sig ärendet till LSVO:s beredningsgrupp.", v)]
    ['LSVO:s beredningsgrupp']
    >>> [g.name for g in find_groups("styrgrupp och arbetsgrupp Barnahus")]
    ['styrgrupp Barnahus', 'arbetsgrupp Barnahus']
    >>> [g.name for g in find_groups("Frågan lyfts till Socialnämndens arbetsutskott och Kommunfullmäktige.")]
    ['Socialnämndens arbetsutskott', 'Kommunfullmäktige']
    >>> [g.name for g in find_groups("Förslaget tas i samråd med det delregionala politiska samrådet.")]
    ['delregionala politiska samrådet']
    >>> [g.name for g in find_groups("utse Eva Ek till ledamot i Samrådsgruppen för nära vård Norrby för återstoden av året")]
    ['Samrådsgruppen för nära vård Norrby']
    >>> [g.name for g in find_groups("RLG inrättar Arbetsgrupp läkemedel i särskilt boende med en representant per huvudman.")]
    ['Arbetsgrupp läkemedel i särskilt boende']
    >>> [g.name for g in find_groups("RPO inrättar en arbetsgrupp för rehabilitering vid stroke. Den träffas vid behov.")]
    ['arbetsgrupp för rehabilitering vid stroke']
    >>> [g.name for g in find_groups("Eva föredrog förslaget från Arbetsgrupp för gemensam skolläkarfunktion i stället för Per.")]
    ['Arbetsgrupp för gemensam skolläkarfunktion']
    >>> [g.name for g in find_groups("den kartläggning som Politiskt samverkansråd beställde i juni")]
    ['Politiskt samverkansråd']
    >>> [g.name for g in find_groups("Tobias tar upp frågan på Styrgrupp Nära vård Mälarbys möte den 12 november.")]
    ['Styrgrupp Nära vård Mälarby']
    >>> [g.name for g in find_groups("Samrådsgruppen för nära vård Norrby är ett politiskt samråd mellan regionen och kommunerna.")]
    ['Samrådsgruppen för nära vård Norrby']
    >>> [g.name for g in find_groups("Val av ledamot i Politiskt samverkansråd Norrby och i styrelsen för X")]
    ['Politiskt samverkansråd Norrby', 'styrelsen för X']
    >>> [g.name for g in find_groups("Enligt avtalet om Politiskt samverkansråd Norrby utser varje huvudman en ledamot.")]
    ['Politiskt samverkansråd Norrby']
    >>> [g.name for g in find_groups("verksamhetsplan för styrgruppen för social välfärd år 2026")]
    ['styrgruppen för social välfärd']
    >>> [g.name for g in find_groups("Anna lämnar därmed Styrgrupp Nära vård och Arbetsgrupp SIP.")]
    ['Styrgrupp Nära vård', 'Arbetsgrupp SIP']
    >>> [g.name for g in find_groups("RLG har fastställt uppdraget för Styrgrupp Nära vård och följt upp planen.")]
    ['Styrgrupp Nära vård']
    >>> [g.name for g in find_groups("DVH rapporterar till Styrgrupp Nära vård i stället för till ledningsgruppen.")]
    ['Styrgrupp Nära vård', 'ledningsgruppen']
    >>> [g.name for g in find_groups("Rutinen lyfts till den delregionala styrgruppen för fastställande.")]
    ['delregionala styrgruppen']
    >>> [g.name for g in find_groups("Hälso-, sjukvårds- och omsorgsrådet (HSVO) sammanträder.")]
    ['Hälso-, sjukvårds- och omsorgsrådet (HSVO)']
    >>> [g.name for g in find_groups("Anna berättade om arbetet i samverkansgruppen skola–socialtjänst.")]
    ['Samverkansgrupp skola–socialtjänst']
    >>> [g.name for g in find_groups("där Politiskt samråd Åsen ersätter Regionalt samverkansråd Åsen från 2027")]
    ['Politiskt samråd Åsen', 'Regionalt samverkansråd Åsen']
    >>> [g.name for g in find_groups("två ersättare i Politiskt samråd Åsen för kalenderåret 2026")]
    ['Politiskt samråd Åsen']
    >>> [g.name for g in find_groups("Styrgrupp psykisk hälsa barn och unga och Styrgrupp psykisk hälsa vuxna")]
    ['Styrgrupp psykisk hälsa barn och unga', 'Styrgrupp psykisk hälsa vuxna']
    >>> [g.name for g in find_groups("Samverkansgrupp äldre bad kommunerna att utse var sin representant.")]
    ['Samverkansgrupp äldre']
    >>> [g.name for g in find_groups("Nätverket rapporterar till Samverkansgrupp äldre en gång per år.")]
    ['Samverkansgrupp äldre']
    >>> [g.name for g in find_groups("Eva – statistik till arbetsgruppen för korttidsplatser – 16 januari")]
    ['arbetsgruppen för korttidsplatser']
    >>> [g.name for g in find_groups("Uppdraget kommer från Styrgruppen för Nära vård X och resultatet ska redovisas.")]
    ['Styrgruppen för Nära vård X']
    >>> [g.name for g in find_groups("§ 6 Ekonomi för Styrgruppen för Nära vård X 2028")]
    ['Styrgruppen för Nära vård X']
    >>> [g.name for g in find_groups("Lokal närvårdsgrupp Klippvik och Lokal närvårdsgrupp Lövsta har börjat.")]
    ['Lokal närvårdsgrupp Klippvik', 'Lokal närvårdsgrupp Lövsta']
    >>> [g.name for g in find_groups("Frågan har Styrgrupp för digitala vårdmöten i hemmet lyft till samrådet.")]
    ['Styrgrupp för digitala vårdmöten i hemmet', 'samrådet']
    >>> [g.name for g in find_groups("Vaccinationsgruppen rapporterar till Närvårdsgruppen norra Älvby varje höst.")]
    ['Vaccinationsgruppen', 'Närvårdsgruppen norra Älvby']
    >>> [g.name for g in find_groups("Eva sitter i länets nätverk för barnhälsovård. Nätverket för socialchefer träffas.")]
    ['nätverk för barnhälsovård', 'Nätverket för socialchefer']
    >>> [g.name for g in find_groups("Vi behöver ett nätverk för chefer.")]
    []
    >>> [g.name for g in find_groups("Frågan överlämnas till kommunstyrelsen inför budgetberedningen 2026.")]
    ['kommunstyrelsen']
    >>> [g.name for g in find_groups("Frågan lyfts till Länsledningen och Samverkansrådet i Rönnmarks län.")]
    ['Samverkansrådet i Rönnmarks län']
    >>> [g.name for g in find_groups("Rapporten går till Socialchefsgruppen i Rönnmarks län i mars.")]
    ['Socialchefsgruppen i Rönnmarks län']
    >>> v = GroupVocabulary.of(None, "Klippviks kommun, Region Havsby")
    >>> [g.name for g in find_groups("MS kontaktar rektorsgruppen i Klippvik. Chefsgruppen i Åsele träffas.", v)]
    ['rektorsgruppen i Klippvik', 'Chefsgruppen']
    >>> [g.name for g in find_groups("Eva tar med sig frågan till MAS-nätverket i Klippvik för en samlad bild.", v)]
    ['MAS-nätverket i Klippvik']
    >>> [g.name for g in find_groups("Eva tar upp frågan vid Lokala närvårdsrådet i Åbys möte den 4 december.")]
    ['Lokala närvårdsrådet i Åby']
    >>> v = GroupVocabulary.of(None, "Region Bergslid")
    >>> [g.name for g in find_groups("Frågan överlämnas till Kommunchefsforum Bergslid för ställningstagande.", v)]
    ['Kommunchefsforum Bergslid']
    """
    found = _find_groups_cached(text or "", vocabulary or _VOCABULARY.get())
    if any(" för " in g.name and (g.name.endswith(" kommun") or " för Region " in g.name) for g in found):
        # "ledamot i beredningsgruppen för Åby kommun": whom the seat is for, no part of the body's name
        found = [_Group(m.group(1), g.start, g.start + len(m.group(1)))
                 if (m := _KIND_FOR_HUVUDMAN.fullmatch(g.name)) else g for g in found]
    if not any(g.name.endswith("s") for g in found):
        return list(found)
    # "vid Lokala närvårdsrådet i Åbys möte": the body whose meeting it is, its place in the genitive
    return [_Group(g.name[:-1], g.start, g.end - 1, g.generic_head)
            if g.name.endswith("s") and " i " in g.name and g.name.rsplit(" ", 1)[-1][:1].isupper()
            and _MEETING_AFTER.match(text, g.end) else g for g in found]


# an owner's acronym and its place in the genitive before the body's kind: "RCC Norrbys ledningsgrupp"
_ACRONYM_PLACE_OWNER = re.compile(r"[A-ZÅÄÖ]{2,6}\s+[A-ZÅÄÖ][a-zåäö-]+s\s+[a-zåäö]")
# a body by its kind alone, and the huvudman a seat in it is for: "beredningsgruppen för Åby kommun"
_KIND_FOR_HUVUDMAN = re.compile(r"((?:[a-zåäö][\wåäö-]*)?(?:gruppen|rådet|utskottet|teamet))\s+för\s+"
                                r"(?:[A-ZÅÄÖ][\wåäö-]+\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+)")
_MEETING_AFTER = re.compile(r"\s+(?:nästa\s+|kommande\s+)?(?:möte|sammanträde)\b")


# a kind in the indefinite with no article after a preposition names a body, in lower case too: "lyfts till
# samverkansgrupp äldre", "ledamot i arbetsgrupp demens" (Swedish puts no bare indefinite noun there)
_BARE_KIND_AFTER = re.compile(r"(?:^|[\s(])(?:till|i|från|av|inom|hos|vid|åt)\s+$")


# the two sectors a group joins, after its kind: "samverkansgruppen skola–socialtjänst", "BUP–elevhälsa"
_SECTOR_PAIR = re.compile(r"\s+([a-zåäöA-ZÅÄÖ][\wåäö]+–[a-zåäöA-ZÅÄÖ][\wåäö]+)\b")
# the settings of care a body's topic may end in: "… i särskilt boende", "… i hemmet"
_CARE_SETTING = re.compile(r"(?:särskilt|ordinärt)\s+boende\b|(?:hemmet|skolan|hemtjänsten|hemsjukvården|primärvården|"
                           r"slutenvården|elevhälsan)\b")


# what a body owns, after its name in the genitive: "Arbetsgrupp trygg hemgångs möte", "… ordförande"; and what
# it delivers: "Arbetsgrupp trygg hemgångs uppföljning", "Samverkansgrupp äldres arbetsplan"
_OWNED_BY_BODY = {"möte", "mötet", "möten", "sammanträde", "sammanträdet", "ordförande", "representant",
                  "representanter", "ledamöter", "uppdrag", "uppdragsbeskrivning",
                  "uppföljning", "arbetsplan", "verksamhetsplan", "handlingsplan", "rapport", "lägesrapport",
                  "delrapport", "slutrapport", "förslag", "arbete", "synpunkter", "kartläggning", "redovisning",
                  "sammanställning"}


def _topic_tail(text: str, pos: int) -> tuple[str, int]:
    """The lower-case topic after a capitalised kind in its indefinite form, which names the body:
    "Samverkansgrupp barn och unga", "Arbetsgrupp mobila team" (not "Samverkansgruppen tog …").

    >>> _topic_tail("Arbetsgrupp uppföljning efter suicidförsök med", 11)[0]
    'uppföljning efter suicidförsök'
    >>> _topic_tail("Arbetsgrupp rehabilitering efter sommaren", 11)[0], _topic_tail("Arbetsgrupp läkemedel efter mötet", 11)[0]
    ('rehabilitering', 'läkemedel')
    >>> _topic_tail("Arbetsgrupp trygg hemgångs uppföljning. Checklistan används", 11)[0]
    'trygg hemgång'
    """
    m = re.match(r"\s+([a-zåäö][\wåäö–-]*(?:,?\s+[a-zåäö][\wåäö–-]*){0,5})", text[pos:])
    if not m:
        return "", pos
    keep = []
    words = m.group(1).replace(",", " ,").split()
    for k, w in enumerate(words):
        if len(w) > 4 and w.endswith("s") and k + 1 < len(words) and words[k + 1] in _OWNED_BY_BODY:
            keep.append(w[:-1])  # "vid Arbetsgrupp trygg hemgångs möte 10 juni": the body's genitive
            break
        if w == "i" and keep and _CARE_SETTING.match(" ".join(words[k + 1:k + 3])):
            keep.append(w)  # "Arbetsgrupp läkemedel i särskilt boende": where the care is given names the topic
            continue
        if w == "om" and len(keep) == 1 and _topic_object_ends(words, k + 1):
            # "Arbetsgrupp spel om pengar": what a one-word topic is about, indefinite, ends the name (while
            # "förslaget från Processteam trygg utskrivning om telefonkontakt" tells what the proposal is about)
            keep.append(w)
            continue
        if w in ("efter", "vid") and keep and _TOPIC_NOUN.fullmatch(keep[-1]) and k + 1 < len(words) \
                and _TOPIC_OCCASION.fullmatch(words[k + 1]):
            keep.append(w)  # "Arbetsgrupp uppföljning efter suicidförsök": the occasion of the work names the topic
            continue
        if (w == "," or w in _TAIL_STOP and w != "och" or w in _NOT_NAME_TAIL or _is_verb(w) or w in ("för", "i")
                or _supine_with_object(w, words[k + 1] if k + 1 < len(words) else None)
                or w in _OBJECT_NOUNS or w in _COUNT_WORDS):
            # "meddelar Samverkansgrupp barn och unga beslutet": the object after the name; "… varje kvartal": how often
            break
        keep.append(w)
    while keep and keep[-1] in ("och", "i", "en", "ett"):
        keep.pop()  # "… till Samverkansgrupp äldre en gång per år": the article of how often, no part of the name
    # "Styrgrupp psykisk hälsa barn och unga": a topic and the ages it is for, five words with their "och";
    # "Arbetsutskott och representation": a title naming two topics, no body
    if not keep or len(keep) > (5 if "och" in keep[1:-1] else 4) or keep[0] == "och":
        return "", pos
    s = " ".join(keep)
    return s, pos + text[pos:].index(keep[-1]) + len(keep[-1])


def _topic_object_ends(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is what a body's topic is about after "om": an indefinite noun ending the name
    ("Arbetsgrupp spel om pengar får …"), not a definite one told of the body ("informerade Arbetsgrupp SIP
    om läget").

    >>> _topic_object_ends(["spel", "om", "pengar", "får"], 2), _topic_object_ends(["SIP", "om", "läget"], 2)
    (True, False)
    """
    if k >= len(words) or not _TOPIC_OCCASION.fullmatch(words[k]) or _is_verb(words[k]):
        return False
    after = words[k + 1] if k + 1 < len(words) else None
    return after is None or after == "," or after in _TAIL_STOP or _is_verb(after)


# a body's genitive owning the kind after it: "rådets arbetsgrupp", "styrgruppens referensgrupp"
_BODY_GENITIVE_BEFORE = re.compile(r"\b[a-zåäö]*(?:gruppens|rådets|nätverkets|nämndens|styrelsens|teamets)\s+$")
# the nouns a working body's topic is named by: a field of care or of work ("rehabilitering", "demensvård",
# "psykisk hälsa", "suicidprevention", "missbruk")
_TOPIC_NOUN = re.compile(r"[a-zåäö]*(?:ering|ning|vård|hälsa|omsorg|prevention|psykiatri|missbruk|beroende|"
                         r"habilitering|samverkan|hemgång|utbildning)")
# the occasion a topic's work follows or meets, in the indefinite form a name takes ("efter suicidförsök", "vid
# demens"); a definite noun after "efter" tells when ("efter sommaren", "vid årsskiftet"), no part of the name
_TOPIC_OCCASION = re.compile(r"(?![a-zåäö]*(?:en|et|na)$)[a-zåäö]{4,}")
# the verbs that give a body something, the noun after it then the thing given: "ger arbetsgruppen utbildning"
_GIVES_BEFORE = re.compile(r"\b(?:ge|ger|gav|givit|gett|får|fick|erbjuds?|erbjöd|bjuder|tilldela[rs]?)\s+$", re.I)


def _named_topic(text: str, start: int, topic: str) -> bool:
    """Whether the topic after a definite or owned kind names the body: one or two words, a field of work.

    >>> _named_topic("Sanna lämnar arbetsgruppen rehabilitering", 13, "rehabilitering")
    True
    >>> _named_topic("Nätverket ger arbetsgruppen återkoppling", 14, "återkoppling")
    False
    """
    words = topic.split()
    if not words or len(words) > 2 or words[0] in _PURPOSE or _is_verb(words[0]):
        return False
    if _GIVES_BEFORE.search(text, max(0, start - 20), start):
        return False
    return bool(_TOPIC_NOUN.fullmatch(words[-1])) and (len(words) == 1 or words[0] in ("psykisk", "fysisk", "god", "nära"))


def _place_after(text: str, tail: str, end: int, places: tuple[str, ...]) -> tuple[str, int]:
    """A topic tail with the place that ends it, when the word after it is a place of the minutes; two places
    joined by a dash, when the body serves both ("Referensgrupp demensvård Åby–Öby").

    >>> _place_after("Referensgrupp demensvård Åby–Ösby träffas", "demensvård", 24, ("Åby", "Ösby"))
    ('demensvård Åby–Ösby', 33)
    >>> _place_after("Referensgrupp demensvård Åby–Norrland", "demensvård", 24, ("Åby", "Ösby"))
    ('demensvård Åby', 28)
    """
    m = re.match(r"\s+([A-ZÅÄÖ][a-zåäö]{2,})\b(?!\s+kommun)", text[end:]) if tail and places else None
    if m and m.group(1) in places:
        pair = re.match(r"[–—-]([A-ZÅÄÖ][a-zåäö]{2,})\b(?!\s+kommun|-)", text[end + m.end():])
        if pair and pair.group(1) in places:
            return f"{tail} {m.group(1)}{pair.group(0)}", end + m.end() + pair.end()
        return f"{tail} {m.group(1)}", end + m.end()
    return tail, end


def _kind_tail(text: str, pos: int, places: tuple[str, ...], owned: bool, topic: bool = False,
               regions: tuple[str, ...] = (), municipal: bool = False) -> tuple[str, int]:
    """The naming tail after a body named by its kind: "för vård och omsorg", "i Region Mälarby",
    "Södra Havsby", and an acronym in brackets; a topic may end in the place of the region or
    a huvudman ("Styrgrupp psykisk hälsa Norrvik"). A kommun's own board or nämnd (``municipal``) is
    named by the place after it, known or not: each kommun has its own ("Kommunstyrelsen i Kråkby").

    >>> _kind_tail("Styrgrupp psykisk hälsa Norrvik rapporterar", 9, (), False, True, ("Norrvik",))
    ('psykisk hälsa Norrvik', 31)
    >>> _kind_tail("Styrgrupp psykisk hälsa Anna rapporterar", 9, (), False, True, ("Norrvik",))
    ('psykisk hälsa', 23)
    >>> _kind_tail("Kommunstyrelsen i Kråkby och", 15, ("Åby",), False), _kind_tail("Kommunstyrelsen i Kråkby och", 15, ("Åby",), False, municipal=True)
    (('', 15), ('i Kråkby', 24))
    """
    tail, end = ("", pos) if owned and not text[pos:pos + 6].lstrip().startswith("för") else _head_tail(text, pos)
    if not tail and topic:
        tail, end = _place_after(text, *_topic_tail(text, pos), (*places, *regions))
    m = re.match(r"\s+i\s+(?P<p>(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun|s?\s+län\b)?)", text[end:])
    # "Socialchefsgruppen i Rönnmarks län": a län is the body's scope, never where it met
    if m and (m.group("p").endswith(" län") or not places or municipal and _UNKNOWN_KOMMUN_PLACE.fullmatch(m.group("p")) or any(m.group("p").split()[-1 if "kommun" not in m.group("p") else -2].rstrip("s")
                                .startswith(p.rstrip("s")) for p in (*places, *regions))):
        # "i Ekby" names the body's place when Ekby is a huvudman's place, of the region or named as such in
        # the minutes ("Ekby kommun"); "i Skogsby" is where it met
        tail, end = f"{tail} i {m.group('p')}".strip(), end + m.end()
    m = re.match(r"\s*\((?P<a>[A-ZÅÄÖ][A-ZÅÄÖ-]{1,6})\)", text[end:])
    if m:
        tail, end = f"{tail} ({m.group('a')})".strip(), end + m.end()
    return tail, end


# a kommun's own bodies, one in each kommun: "kommunstyrelsen", "kommunfullmäktige", "socialnämnden" (not a bare
# "nämnden", which is the nämnd the minutes speak of)
_MUNICIPAL_KIND = re.compile(r"(?:kommunstyrelse|kommunfullmäktige|[a-zåäö-]+nämnd)(?:en|ens|ns|n|s)?$")
# the place after such a body, one word and no body's own name ("i Ledningsgruppen för …", "i LVO": a seat there)
_UNKNOWN_KOMMUN_PLACE = re.compile(r"(?![\wåäöÅÄÖ-]*(?:grupp|gruppen|rådet|råd|nätverket|teamet|utskottet|forumet|nämnden|"
                                   r"styrelsen|samrådet|beredningen)\b)[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ][a-zåäö]+)?")
# what may stand between a body's name and a bracket describing it: its place ("BUS-gruppen i Lomvik (…")
_APPOSITION_GAP = re.compile(r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?\s*")


@lru_cache(maxsize=8192)
def _find_groups_cached(text: str, vocabulary: GroupVocabulary) -> tuple[_Group, ...]:
    if not text:
        return ()
    if "\t" in text:
        # a table row read as one line: a name ends with its cell ("… till arbetsgruppen för X<tab>KH, LGP")
        out, at = [], 0
        for cell in text.split("\t"):
            out += [_Group(g.name, g.start + at, g.end + at, g.generic_head) for g in _find_groups_cached(cell, vocabulary)]
            at += len(cell) + 1
        return tuple(out)
    found: list[_Group] = []

    def add(name: str, s: int, e: int, generic: str | None = None) -> None:
        found.append(_Group(" ".join(name.split()).strip(" ,"), s, e, generic))

    has = text.casefold()
    if "förbundet" in has:
        for m in _SEAT_IN_ASSOCIATION.finditer(text):
            # "ledamot i Samordningsförbundet Norrvik": a seat on the förbund's board
            add(_board_of(m.group("f")), m.start("f"), m.end("f"))
        named = _ASSOCIATION_NAME.search(text)
        for m in _ITS_BOARD.finditer(text) if named else ():
            # "Samordningsförbundet Ådalen: … förbundets styrelse vill …": the board of the förbund named before
            if named.end() <= m.start():
                add(_board_of(named.group(0)), m.start(), m.end())
    known_spans: list[tuple[int, int]] = []
    keys, index = _known_keys(vocabulary.names + vocabulary.acronyms)
    present = set(filter(has.__contains__, keys))  # the distinct words, tested without a Python loop
    # a name is looked for only where all of its words are ("Samverkansgrupp att åldras" not in every
    # text that says "samverkansgrupp")
    candidates = tuple(n for key, n, rest in index if key in present and all(w in has for w in rest)) if present else ()
    matches = _known_matches(candidates, text) if candidates else []
    for m in matches:
        name = m.group(0)
        if name not in vocabulary.names and name not in vocabulary.acronyms and re.search(r"[A-ZÅÄÖ]:?s$", name):
            name = re.sub(r":?s$", "", name)  # "LSVO:s", "RLGs": the body itself
        end = m.end()
        if name in vocabulary.topical:
            t = re.match(r"\s+([A-ZÅÄÖ][a-zåäö]+(?:\s+(?:och|[a-zåäö]+)){0,4})", text[end:])
            topic = t.group(1).split() if t else []
            while topic and (topic[-1] == "och" or topic[-1].casefold() in _TAIL_STOP):
                topic.pop()
            if topic:
                name = f"{name} {' '.join(topic)}"
                end += t.start(1) + len(" ".join(topic))
        add(name, m.start(), end)
        known_spans.append((m.start(), end))
    for m in _kind_matches(text) if any(k in has for k in ("nämnd", "styrels", "fullmäktige", "utskott", "samråd",
                                                               "samverkans", "lednings", "beredning", "närvård",
                                                               "samordningsgrupp", "läkemedelskommitt", "tjänstemannaledning", "särskild sjukvårdsledning",
                                                               "tjänstepersonsledning", "tjänstemannagrupp", "tjänstepersonsgrupp")) else ():
        w, own, adj = m.group("w"), m.group("own") or "", m.group("adj") or ""
        low = w.casefold()
        if low in _KIND_NOT or (own and own.strip().casefold() in ("dess", "hans", "hennes", "deras")):
            continue
        if low.startswith("budgetberedning") and re.match(r"\s+(?:för\s+)?(?:år\s+)?\d{4}\b", text[m.end():]):
            continue  # "inför budgetberedningen 2026": the preparing of a year's budget, no body that meets
        if low.startswith("länsstyrelse"):
            continue  # "Länsstyrelsen": the state's authority in the län, an organisation, no board that meets
        if _plural_of_neuter_kind(text, m, low):
            continue  # "de lokala närvårdsråden", "4. Lokala närvårdsråd", "från regionala samverkansorgan": many, none named
        if low.startswith("samråd") and re.match(r"\s+med\b", text[m.end():]) and not adj:
            continue  # "i samråd med": together with, no body
        if not w[:1].isupper() and not adj[:1].isupper() and not m.group("end") and _PREDICATE_ARTICLE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Samrådsgruppen … är ett politiskt samråd mellan …": what a body is, no body's name
        if (adj and not own and not m.group("end") and adj[:1].islower() and not w[:1].isupper()
                and re.search(r"a\s+$", adj) and not re.search(r"\b(?:de|den|det)\s+$", text[max(0, m.start() - 5):m.start()])):
            continue  # "kommunens representanter i regionala samverkansorgan": bodies of a kind in the plural, none named
        bare = re.sub(r"(?:en|et|n|ens|ets|s)$", "", low)
        owned = bool(_ONE_OWNER.search(low))
        # an indefinite kind without an article is a name even first in a sentence ("Samverkansgrupp
        # äldre rapporterar …"): Swedish puts no bare indefinite noun there
        named_head = ((w[:1].isupper() or adj[:1].isupper() or not (own or adj) and _BARE_KIND_AFTER.search(text, max(0, m.start() - 40), m.start()))
                      and not m.group("end"))  # "Lokal samverkansgrupp barn …", "lyfts till samverkansgrupp äldre"
        tail, end = _kind_tail(text, m.end(), vocabulary.places, owned or bool(own), topic=named_head,
                               regions=vocabulary.regions, municipal=bool(_MUNICIPAL_KIND.match(low)) and not own)
        if not tail and adj[:1].isupper() and m.group("end") in ("en", "et"):
            # "Lokala samverkansgruppen vård och omsorg Korsbyn": a definite kind after its capitalised adjective,
            # named by its topic and the place that ends it ("Lokala samverkansgruppen tog upp frågan" has none)
            topic, topic_end = _kind_tail(text, m.end(), vocabulary.places, owned or bool(own), topic=True,
                                          regions=vocabulary.regions)
            if topic and topic.split()[-1] in (*vocabulary.places, *vocabulary.regions):
                tail, end = topic, topic_end
        start = m.start() if (own or adj) else m.start("w")
        if own and own.strip().casefold() in ("regionens", "kommunens", "kommunernas"):
            start, own = m.start("adj") if adj else m.start("w"), ""
        fm = _ASSOCIATION_BEFORE.search(text, max(0, m.start() - 80), m.start()) if own and "förbund" in text else None
        if fm and low.startswith("styrelse") and not tail:
            # "Samordningsförbundet Norrviks styrelse": the board of a förbund, named as its minutes name it
            add(_board_of(f"{fm.group(1)} {own.strip()[:-1]}"), fm.start(1), m.end())
            continue
        name = text[start:m.end()]
        if m.group("end") in ("s", "ens", "ets") and not tail:
            name = name[:-1] if m.group("end") == "s" else name[:-1]  # "Samverkansgruppens" → "Samverkansgruppen"
        pair = _SECTOR_PAIR.match(text, m.end()) if not (own or adj or tail) and "–" in text[m.end():m.end() + 40] else None
        if pair:
            # "samverkansgruppen skola–socialtjänst": a group named by the two sectors it joins, in any form
            add(f"{bare[:1].upper()}{bare[1:]} {pair.group(1)}", start, pair.end())
            continue
        if (not own and not adj and not tail and bare not in _SELF_NAMED_KINDS
                and any(bare == k or bare == k + "e" for k in _KIND.split("|"))):
            add(name, start, m.end(), generic=bare)  # "nämnden", "ledningsgruppen": named elsewhere
            continue
        if low.endswith("fullmäktige") and tail[:1].islower() and not tail.startswith("i "):
            # "på uppdrag av regionfullmäktige för skolans verksamhet": a huvudman has one fullmäktige, what it is
            # for is no part of its name, nor what the sentence goes on to say ("Ramen från kommunfullmäktige
            # innebär en effektivisering")
            tail, end = "", m.end()
        add(f"{name} {tail}" if tail else name, start, end)
    for m in _suffix_anchored(text, _RAD_SUFFIX_RE, _RAD_RE, 40) if "råd" in has else ():
        w = m.group("w").casefold()
        if w in _NOT_GROUP_WORDS or w.endswith(("forråd", "området")) or "förråd" in w:
            # "e-hälsoområdet" is a field and "läkemedelsförrådet" a store of drugs, no råd
            continue
        if not m.group("adj") and not w.endswith("rådet") and not m.group("w")[0].isupper():
            continue
        if w.endswith("rådet") and m.group(0)[:1].isupper():
            # "Arbetsmarknadsrådet i Gäddeby", "Patientrådet i Region Fjällsjö": the council of a huvudman the
            # minutes know, by its place
            at = _IN_PLACE.match(text, m.end())
            if at and at.group(1) in (*vocabulary.places, *vocabulary.regions):
                add(f"{m.group(0)} i {at.group(1)}", m.start(), at.end())
                continue
            at = _IN_REGION.match(text, m.end())
            if at and at.group(2) in vocabulary.regions:
                add(f"{m.group(0)} i {at.group(1)}", m.start(), at.end())
                continue
            at = _PLACE_NAME_AFTER.match(text, m.end())
            if at and at.group(1) in (*vocabulary.places, *vocabulary.regions):
                # "Kompetensrådet Vindhammar", "Vuxenutbildningsrådet Åby": the council named by its place right
                # after it, as "Styrgrupp psykisk hälsa Norrvik" is
                add(f"{m.group(0)} {at.group(1)}", m.start(), at.end())
                continue
            tail, tail_end = _head_tail(text, m.end())
            if tail.startswith("för ") and not m.group("adj"):
                # "Länsrådet för jämlik hälsa": a council named by what it is for, as a group is
                add(f"{m.group(0)} {tail}", m.start(), tail_end)
                continue
        add(m.group(0), m.start(), m.end())
    for m in (_HEAD_RE.finditer(text) if "grupp" in has or "processteam" in has or "implementeringsteam" in has else ()):
        tail, tail_end = _head_tail(text, m.end())
        head = m.group("head")
        prefix = text[m.start():m.start("head")]
        # "Länsövergripande styrgrupp barn och unga X": a name that starts with its adjective
        titled = prefix.strip()[:1].isupper() and not re.match(r"(?:Den|Det|En|Ett)\b", prefix.strip())
        # "regional styrgrupp barn och unga", "den regionala arbetsgruppen för unga utanför": the level tells
        # which body of its kind, so it is part of the name
        level_named = _LEVEL_OF_NAME.fullmatch(prefix)
        if not tail and (head[:1].isupper() or titled or level_named and not level_named.group("the")
                         or not prefix.strip() and _BARE_KIND_AFTER.search(text, max(0, m.start() - 40), m.start())) \
                and not m.group("def") and not m.group("head2"):
            # "… i Arbetsgrupp mobila team", "Styrgrupp psykisk hälsa Norrvik", "Lokal styrgrupp barn och unga X"
            tail, tail_end = _place_after(text, *_topic_tail(text, m.end()), (*vocabulary.places, *vocabulary.regions))
        if not tail and not m.group("head2") and not prefix.strip() and (m.group("def") or _BODY_GENITIVE_BEFORE.search(text, max(0, m.start() - 60), m.start())):
            # "lämnar arbetsgruppen rehabilitering", "för rådets arbetsgrupp demensvård": a definite kind, or one
            # owned by the body, named by the topic noun right after it (not "ger arbetsgruppen information")
            topic, topic_end = _topic_tail(text, m.end())
            if _named_topic(text, m.start(), topic):
                tail, tail_end = topic, topic_end
                if m.group("def"):
                    add(f"{head}{m.group('def')} {tail}", m.start(), tail_end)
                    continue
        heads = [head] + ([m.group("head2")] if m.group("head2") else [])
        # "nationella …" and a capitalised "Lokal arbetsgrupp LOS Sölvesborg" belong to the name
        nat = "nationella" in prefix.casefold() or prefix.strip() in ("Lokal", "Lokala") or titled
        if level_named and tail and not titled:
            prefix, nat = level_named.group("lvl") + " ", True  # the level without its article
        # "den delregionala styrgruppen": the level names which styrgrupp, as a name does
        level = _LEVEL_PREFIX.fullmatch(prefix) if not nat and m.group("def") and not m.group("head2") else None
        for h in heads:
            if tail:
                base = (f"{prefix.strip()} {h}{m.group('def') or ''}" if nat else h + (m.group("def") or "" if tail.startswith(("för", "mot ")) else ""))
                add(f"{base} {tail}", m.start(), tail_end)
            elif level:
                add(f"{level.group('lvl')} {h}{m.group('def')}", m.start(), m.end())
            else:
                add(h + (m.group("def") or ""), m.start(), m.end(), generic=h.casefold())
    for m in _suffix_anchored(text, _COMPOUND_SUFFIX_RE, _COMPOUND_RE, 0):
        w = m.group("w")
        low = w.casefold()
        stem = re.sub(r"(gruppen|grupperna|nätverket|forumet|kollegiet|teamet)$", "", low).rstrip("-")
        if stem in _COMPOUND_GENERIC or low in ("gruppen", "grupperna", "samverkansgrupperna"):
            if low == "forumet":
                add(w, m.start(), m.end(), generic="forum")  # "kommunens ersättare i forumet": one named elsewhere
            continue
        if low.endswith("teamet") and stem not in ("process", "projekt", "implementerings"):
            continue
        # a network is named by what it is for, written in lower case too: "länsnätverket för barn i familjehem"
        tail, tail_end = (_head_tail(text, m.end()) if w[:1].isupper() or low.endswith(("nätverket", "gruppen"))
                          else ("", m.end()))
        if tail.startswith(("för ", "mot ")):  # "Samrådsgruppen för nära vård Norrby": a name with its för-tail
            nat = _NATIONAL_BEFORE.search(text, max(0, m.start() - 20), m.start()) if m.start() else None
            if nat:  # "den nationella vårdprogramgruppen för X": the national body of that name
                add(f"Nationella {w} {tail}", nat.start(1), tail_end)
                continue
            lvl = _NAME_ADJ_BEFORE.search(text, max(0, m.start() - 20), m.start()) if m.start() else None
            if lvl:  # "Regionala vårdprogramgruppen för nutrition": the name opens with its level
                add(f"{lvl.group(1)} {w} {tail}", lvl.start(1), tail_end)
                continue
            add(f"{w} {tail}", m.start(), tail_end)
            continue
        # "vårdprogramgruppen ADHD": the topic by its acronym, right after the kind
        acr = _ACRONYM_TOPIC.match(text, m.end()) if low.endswith("gruppen") else None
        if acr:
            add(f"{w} {acr.group(1)}", m.start(), acr.end())
            continue
        # "rektorsgruppen i Klippvik", "MAS-nätverket i Åby": the group of a huvudman or region whose place the
        # minutes know
        at = _IN_PLACE.match(text, m.end()) if low.endswith(("gruppen", "nätverket")) else None
        if at and at.group(1) in (*vocabulary.places, *vocabulary.regions):
            add(f"{w} i {at.group(1)}", m.start(), at.end())
            continue
        # "Barn- och ungagruppen Granby": a capitalised group by the place of the region or huvudman it serves
        at = _PLACE_NAME_AFTER.match(text, m.end()) if w[:1].isupper() and low.endswith("gruppen") else None
        if at and at.group(1) in (*vocabulary.places, *vocabulary.regions):
            add(f"{w} {at.group(1)}", m.start(), at.end())
            continue
        # "Socialchefsgruppen i Rönnmarks län": the län it serves, a place the minutes need not know otherwise
        län = _IN_LÄN.match(text, m.end()) if low.endswith(("gruppen", "nätverket")) else None
        if län:
            add(f"{w} i {län.group(1)}", m.start(), län.end())
            continue
        lvl = _NAME_ADJ_BEFORE.search(text, max(0, m.start() - 20), m.start()) if m.start() else None
        if lvl:
            # "Regionala folkhälsoforumet X": a name opening with its level, the place it serves after it
            at = _PLACE_NAME_AFTER.match(text, m.end())
            add(f"{lvl.group(1)} {w}{' ' + at.group(1) if at else ''}", lvl.start(1), at.end() if at else m.end())
            continue
        add(w, m.start(), m.end())
    for m in (_FORUM_OF_PLACE.finditer(text) if "forum " in has else ()):
        # "Kommunchefsforum Bergslid": a forum by the place of the region or huvudman it serves
        if m.group("at") in (*vocabulary.places, *vocabulary.regions):
            add(m.group(0), m.start(), m.end())
    for m in (_NETWORK_FOR.finditer(text) if "nätverk" in has else ()):
        # a network named by what it is for, capitalised or after its owner: "Nätverket för socialchefer",
        # "länets nätverk för barnhälsovård" (the owner is the region's, no part of the name)
        if not (m.group("own") or m.group("w")[0].isupper()):
            continue
        tail, tail_end = _head_tail(text, m.end("w"))
        if tail.startswith("för "):
            add(f"{m.group('w')} {tail}", m.start("w"), tail_end)
    for m in (_GROUP_FOR.finditer(text) if "gruppen för " in has else ()):
        tail, tail_end = _head_tail(text, m.end("w"))
        if tail.startswith("för ") and not _is_verb(tail.split()[1].casefold()):
            add(f"{m.group('w')} {tail}", m.start("w"), tail_end)
    for m in (_NAMED_TEAM.finditer(text) if "teamet " in has else ()):
        # "Samverkansteamet Unga i Åby": a team by its proper name, capitalised after its kind
        add(f"{m.group('w')} {m.group('n')}", m.start("w"), m.end("n"))
    for m in (_LEDNING_FOR.finditer(text) if "ledningen för " in has else ()):
        # "Länsledningen för vård och omsorg i X": a ledning named by what it leads is a body of the collaboration
        tail, tail_end = _head_tail(text, m.end("w"))
        if tail.startswith("för "):
            add(f"{m.group('w')} {tail}", m.start("w"), tail_end)
    for m in (_BRA_RE.finditer(text) if "brottsförebyggande råd" in has else ()):
        # "Lodbys lokala brottsförebyggande råd", "Brottsförebyggande rådet i Åby": the kommun's council against
        # crime, two words, its place before it in the genitive or after it
        place = m.group("gen") or m.group("at")
        if place and place not in (*vocabulary.places, *vocabulary.regions):
            continue
        if not (place or m.group(0)[:1].isupper()):
            continue
        if m.group("gen"):  # "Lodbys lokala brottsförebyggande råd": named as the councils name themselves
            lokala = "Lokala b" if re.search(r"[Ll]okala\s", m.group(0)) else "B"
            add(f"{lokala}rottsförebyggande rådet i {place}", m.start(), m.end())
        else:
            add(m.group(0), m.start(), m.end())
    for m in (re.finditer(r"\b[Vv]erksamhetsgrupp(?:er|erna)\b", text) if "verksamhetsgrupp" in has else ()):
        add(m.group(0), m.start(), m.end())
    # a known body first, then the longest, dropping overlaps
    known_at = set(known_spans)
    # ("RCC Norrbys ledningsgrupp": a known acronym that is only the owner of a body named after it and its place)
    owned = {g.start for g in found if (g.start, g.end) not in known_at and _ACRONYM_PLACE_OWNER.match(g.name)}
    found.sort(key=lambda g: (g.start, (g.start, g.end) not in known_at or g.start in owned, -(g.end - g.start)))
    out: list[_Group] = []
    last_end = -1
    for g in found:
        # "styrgrupp och arbetsgrupp Barnahus" names two bodies at one place ("barn och unga" is one topic)
        if g.start >= last_end or (out and g.start == out[-1].start and g.name != out[-1].name
                                   and _TWO_KINDS.match(text, out[-1].start)):
            out.append(g)
            last_end = max(last_end, g.end)
    # "Styrgrupp för Digitala vårdmöten i hemmet (Styrgrupp DVH)": the short name defined in
    # parentheses is written with the body, as an acronym is
    if "(" in text:
        for i in range(len(out) - 1, -1, -1):
            a = out[i]
            m = None if a.generic_head or a.name.endswith(")") else _SHORT_NAME_RE.match(text, a.end)
            if not m and not a.generic_head and not a.name.endswith(")"):
                k = _ACRONYM_KIND_RE.match(text, a.end)
                m = k if k and a.name.split()[0].casefold().endswith(k.group(3)) else None
            if m and sum(ch.isupper() for ch in m.group(2)) >= 2 and (
                    m.group(1).split()[0].casefold() in a.name.casefold() or m.re is _ACRONYM_KIND_RE):
                inner = [g for g in out[i + 1:] if g.start < m.end()]
                out[i:i + 1 + len(inner)] = [_Group(f"{a.name} ({m.group(1)})", a.start, m.end(), None)]
    if "(" in text and len(out) > 1:
        # "Hjälpmedelsnämnden i Lysmark (gemensam nämnd för Region Lysmark och …)", "BUS-gruppen i Lomvik (lokal
        # samverkansgrupp för barn och unga, …)": a bracket telling what the body before it is, no body of its own
        out = [g for i, g in enumerate(out) if not (
            i and g.name[:1].islower() and text[:g.start].rstrip().endswith("(")
            and _APPOSITION_GAP.fullmatch(text, out[i - 1].end, text.rindex("(", 0, g.start)))]
    if " och " in text:
        # "Lokal närvårdsgrupp Klippvik och Lokal närvårdsgrupp Lövsta": two bodies of one kind, each named in full
        for i in range(len(out) - 1, -1, -1):
            two = _TWO_OF_A_KIND.match(out[i].name) if out[i].generic_head is None else None
            if two and two.group("b").startswith(two.group("kind")):
                a, at = out[i], out[i].start + two.start("b")
                out[i:i + 1] = [_Group(two.group("a"), a.start, a.start + two.end("a"), None), _Group(two.group("b"), at, a.end, None)]
    return tuple(out)


# the head of a nämnd's or styrelse's name, and the huvudman after it: "Gemensamma överförmyndarnämnden för X och Y",
# "Socialnämnden, Åby kommun"
_NÄMND_HEAD = re.compile(r"^([A-ZÅÄÖ][\wåäö -]*?(?:nämnden|styrelsen))(?:\s+för\s|,|$)")
_OWNER_TAIL = re.compile(r",\s*(?:[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+)$")
_NAMED_TEAM = re.compile(r"(?<![\wåäö-])(?P<w>[A-ZÅÄÖ][a-zåäö]*teamet)\s+(?P<n>[A-ZÅÄÖ][a-zåäö]+"
                         r"(?:\s+[a-zåäö]+)?\s+i\s+[A-ZÅÄÖ][\wåäö-]+)")
_LEDNING_FOR = re.compile(r"(?<![\wåäö-])(?P<w>[A-ZÅÄÖ][a-zåäö]*ledningen)(?=\s+för\s)")
_OWNER_GENITIVE = re.compile(r"^(?:länets|regionens|kommunens|kommunernas)\s+(?=[a-zåäö])")
_FORUM_OF_PLACE = re.compile(r"(?<![\wåäö-])[A-ZÅÄÖ][\wåäöÅÄÖ-]*forum\s+(?P<at>[A-ZÅÄÖ][a-zåäö]+)\b")
_NETWORK_FOR = re.compile(r"(?:\b(?P<own>[Ll]änets|[Rr]egionens|[Kk]ommunens|[Kk]ommunernas)\s+)?"
                          r"(?<![\wåäö-])(?P<w>[Nn]ätverk(?:et)?)(?=\s+för\s)")
# a group named by its topic alone: "gruppen för anhörigutbildning", "Gruppen för trygg hemgång" (not "gruppen
# för närvarande", "gruppen för att …", "gruppen för kännedom")
_GROUP_FOR = re.compile(r"(?<![\wåäö-])(?P<w>[Gg]ruppen)(?=\s+för\s+(?!att\b|en\b|ett\b|den\b|det\b|de\b|dess\b|sin\b|sitt\b|sina\b)"
                        r"[a-zåäöA-ZÅÄÖ][\wåäö-]{3,})")
# two names joined by "och" that open with the same words: "Lokal närvårdsgrupp X och Lokal närvårdsgrupp Y"
_TWO_OF_A_KIND = re.compile(r"^(?P<a>(?P<kind>[A-ZÅÄÖ][\wåäö-]*\s+[\wåäö-]+)\s+[A-ZÅÄÖ][^ ]*(?:\s+[^ ]+){0,2}?)\s+och\s+"
                            r"(?P<b>[A-ZÅÄÖ].+)$")


# the level before a named body's kind, with or without its article ("den regionala arbetsgruppen för
# unga utanför", "regional styrgrupp barn och unga")
_LEVEL_OF_NAME = re.compile(r"(?P<the>[Dd]en\s+)?(?P<lvl>(?:[Dd]el)?[Rr]egionala?|[Ll]änsgemensamma|[Ll]änsövergripande)\s+")
# the level before a body's kind that tells one body from others of its kind ("delregionala styrgruppen")
_LEVEL_PREFIX = re.compile(r"(?:[Dd]en\s+)?(?P<lvl>(?:[Dd]el)?[Rr]egionala|[Ll]änsgemensamma|[Ll]änsövergripande)\s+")
_TWO_KINDS = re.compile(r"\S+\s+(?:\S+\s+)?och\s+[\wåäö-]*(?:grupp|team|råd|nämnd|nätverk)", re.I)
# a short name defined for a body in parentheses: its type word and an acronym ("(Styrgrupp DVH)")
_SHORT_NAME_RE = re.compile(r"\s*\(\s*([A-ZÅÄÖ][a-zåäö-]+\s+([A-ZÅÄÖ][A-ZÅÄÖa-zåäö-]{1,7}))\s*\)")
# "Samrådsgruppen för det kommunala aktivitetsansvaret (KAA-gruppen)": a short name of the body's acronym and kind
_ACRONYM_KIND_RE = re.compile(r"\s*\(\s*(([A-ZÅÄÖ]{2,6})-(gruppen|rådet|teamet|nätverket|forumet|utskottet))\s*\)")


# --------------------------------------------------------------------------- subjects

_ROLE_NOUNS = (
    "länssamordnare", "samordnare", "processledare", "processägare", "projektledare",
    "programledare", "utredare", "kommunikatör", "strateg", "fou-strateg", "representant",
    "representanter", "ordförande", "sekreterare", "sammankallande", "regiondirektören",
    "förvaltningschef", "verksamhetschef", "chef", "mas", "e-hälsorepresentanter",
)
_ROLE_NOUN_START = re.compile(r"(?i)^(?:" + "|".join(map(re.escape, _ROLE_NOUNS)) + r")\b")
# an organisation by its acronym: "NSPH", or with its place "SKR Åsen"
# (two or three capitals alone are as often a person's initials: "KL kontaktar …")
_ACRONYM_ORG = re.compile(r"^(?:[A-ZÅÄÖ]{4,6}|[A-ZÅÄÖ]{3,6}\s+[A-ZÅÄÖ][a-zåäö]{3,})$")
# a provider by its branch of care: "Barnhälsovården utser en ny representant", "Primärvården tar fram …"
BRANCH_OF_CARE = r"(?:Barnhälso|Primär|Mödrahälso|Elevhälso|Special|Sluten|Hem|Hemsjuk)vården|Elevhälsan"
# an authority or a förbund a forum's tasks go to: "Kommunförbundet och Länsstyrelsen får i uppdrag att …"
AUTHORITY = (r"Länsstyrelsen(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?)?|Arbetsförmedlingen|Försäkringskassan|Polisen|"
             r"[A-ZÅÄÖ][a-zåäö]*förbundet(?:\s+[A-ZÅÄÖ][\wåäö-]+)?")
# a unit or a branch of care with the place whose kommun runs it: "Elevhälsan i Åby", "socialförvaltningen i Åby"
# ("Vård- och omsorgsförvaltningen i Åby": a förvaltning named by two fields)
_UNIT_IN_PLACE = re.compile(rf"(?:(?i:{BRANCH_OF_CARE})|[A-ZÅÄÖa-zåäö][a-zåäö-]*(?:\s+och\s+[a-zåäö-]+)?förvaltningen)\s+i\s+[A-ZÅÄÖ][a-zåäö]+")
# a unit by its one word, with the place whose kommun runs it: "Kvalitetsenheten", "Arbetsmarknadsenheten i Åby"
_OWN_UNIT = re.compile(r"[A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:enheten|avdelningen)(?:\s+i\s+[A-ZÅÄÖ][a-zåäö]+)?")
# a huvudman's förvaltning called an office: "Regionledningskontoret", "Kommunledningskontoret", "Miljö- och byggkontoret"
_OFFICE = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]+-\s+och\s+[a-zåäö]+|[A-ZÅÄÖ][a-zåäö]{3,})kontoret")
_ORG_SUBJECT = re.compile(
    r"^(?:[Rr]egionen|Region\s+[A-ZÅÄÖ][\wåäö-]+|[Kk]ommunerna|[Kk]ommunen|[Ll]andstinget|FoU(?:\s+[A-ZÅÄÖ][\wåäö-]+)?|FoU-verksamheten|"
    r"[Rr]egionens representanter|[Kk]ommunernas representanter|[A-ZÅÄÖ][a-zåäö]+s? kommun|"
    r"[Hh]uvudmännen|"
    # a company, a private provider or employer by its form: "Omsorgshuset AB utser själv en ersättare"
    r"[A-ZÅÄÖ][\wåäö&-]+(?:\s+[A-ZÅÄÖ][\wåäö&-]+){0,3}\s+AB|"
    # the staff who serve a body: "Kansliet kallar", "Till nästa möte tar kansliet fram …"
    r"[Kk]ansliet|[Ss]ekretariatet|[A-ZÅÄÖ][a-zåäö]+kansliet|"
    + BRANCH_OF_CARE + r")$"
)
# a school named by what it is, in the definite form: "Skolan", "Förskolan", "Grundskolan" (a centre, "Vårdcentralen",
# is the one the roster seats someone from, or a unit whose doer the minutes name after it)
_UNIT_BY_WHAT_IT_IS = re.compile(r"Skolan|[A-ZÅÄÖ][a-zåäö]{2,}skolan")
# a branch of care or welfare by what it is: "Psykiatrin", "Hemtjänsten i Åby", "Äldreomsorgen" (never a person)
BRANCH_UNIT = re.compile(r"(?=[A-ZÅÄÖ])(?i:[a-zåäö]*(?:psykiatrin|tjänsten|omsorgen|hälsan))(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?")
# a unit by its kind and place: "vårdcentralen i Åsen", "hälsocentralen", "räddningstjänsten i Åby"
_CARE_UNIT = re.compile(r"(?i)(?:(?:vård|hälso)centralen|[\wåäö-]*mottagningen|räddningstjänsten|[\wåäö-]*förvaltningen)"
                        r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:s\s+kommun)?)?")
# a title opening the sentence before the name it is the title of: "Kommundirektör Mikaela Brandt", "Socialchef Eva Ek",
# also one led by an acronym: "HR-chef Annika Vest", "IT-strateg Per Ek", "IFO-chef Vera Ek"
# ("teknisk chef Anna Ek", "tekniska chefen Anna Ek": a title of an adjective and its noun, written small)
# ("regional utvecklingsdirektör Tobias Lagerqvist": a compound title after the adjective saying how far it reaches)
_TITLE_THEN_NAME = re.compile(r"(?:[A-ZÅÄÖ]{2,5}-[a-zåäö-]*|[A-ZÅÄÖ][a-zåäö-]{2,}|[A-ZÅÄÖa-zåäö][a-zåäö]+(?:isk|iska|iv|iva|ell|ella|al|ala)\s+[a-zåäö-]*)"
                              r"(?:chef|direktör|ansvarig|samordnare|ledare|strateg|sekreterare|"
                              r"läkare|sköterska|handläggare|inspektör|ingenjör)(?:en|n)?\s+(?P<n>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2})")
_LEAD_STRIP = re.compile(
    r"^(?:(?:och|samt|men|att|dessutom|därefter|sedan|vidare|även|också|nu|då)\s+)+", re.I
)


# a sentence opened by an adverbial, the subject after the modal (the verb second, as Swedish puts it): "Lokalt ska
# CSG se över …", "Under våren ska förvaltningen ta fram …", "Till nästa möte ska Eva Ek sammanställa …"
_FRONTED_SHALL = re.compile(r"^(?P<adv>[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö0-9]+){0,3}?),?\s+(?:ska|skall)\s+(?P<rest>[^.;]+[.;]?)$")


def _fronted_shall(s: str, ctx: "_Ctx") -> str | None:
    """The sentence in its straight order ("CSG ska se över …") when a fronted adverbial put its subject after
    "ska" ("Lokalt ska CSG se över …"); None when the words before "ska" are a subject of their own or no one
    named follows it.
    """
    m = _FRONTED_SHALL.match(s.strip())
    if not m or _subject_assignees(m.group("adv"), False, ctx):
        return None
    words = m.group("rest").split()
    for k in range(1, min(6, len(words) - 1) + 1):
        nxt = words[k]
        if not (nxt[:1].islower() and nxt.isalpha()):
            continue
        subj = " ".join(words[:k])
        if subj.casefold() in ("alla", "samtliga", "alla deltagare") and not re.search(
                r"(?:rda|lda|nda|dda|ade|iga|ska)$", nxt):  # not "ska alla berörda genomföra …": those concerned
            # "Till nästa gång ska alla ta med …": everyone at the meeting, read as "Alla ska …"
            return f"{subj[0].upper()}{subj[1:]} ska {' '.join(words[k:])}"
        if subj.casefold() in ("vi", "man", "det", "den", "de", "detta", "dessa") or not _subject_assignees(subj, False, ctx):
            continue
        return f"{subj} ska {' '.join(words[k:])}"
    return None


# a person and a bracketed note on who they are, before the verb
# a name and the title in apposition before the verb: "Elin Sandqvist, socialchef, utser …"
_NAME_THEN_APPOSED_TITLE = re.compile(r"^(?P<n>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}),\s+"
                                      r"(?P<t>[a-zåäö][\wåäö-]+(?:\s+[a-zåäö][\wåäö-]+){0,3}),\s+(?=[a-zåäö]+r\b)")
_NAME_THEN_BRACKET = re.compile(r"^(?P<n>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ.-]*){0,3})\s*\([^()]{1,80}\)\s+(?=[a-zåäö])")
# ", socialpsykiatrichef" after a name in a list: a title in apposition, not a name ("och"/"samt" go on the list)
_TITLE_APPOSITION = re.compile(r",\s*(?!och\b|samt\b)[a-zåäö0-9][^,]*")
# a kommun's or region's own organs, as against the collaboration bodies they send members to
_OWN_ORGAN = re.compile(r"(?i)(?:kommun|region|landstings)?(?:fullmäktige|styrelsen?)\b|[\wåäö-]*(?:nämnd|utskott)")


def _apposition_free(s: str) -> str:
    """Drop ", title Org," appositions and ", alternativt ...," asides from a subject; a comma inside
    a body's name ("Politiskt samrådsorgan för hälsa, vård och omsorg i Åsen") is no apposition.

    >>> _apposition_free("Eva Lind, socialchef")
    'Eva Lind'
    >>> _apposition_free("Politiskt samrådsorgan för hälsa, vård och omsorg i Åsen (PSÅ)")
    'Politiskt samrådsorgan för hälsa, vård och omsorg i Åsen (PSÅ)'
    """
    s = re.sub(r",\s*(?:alternativt|eller)\s[^,]*,?", "", s)
    m = re.search(r",\s*(?:t\.?\s?f\.?\s+)?[a-zåäö][^,]*,?\s*$", s)
    if m and not any(g.start < m.start() < g.end for g in find_groups(s)):
        s = s[:m.start()]
    return s.strip(" ,")


# a body's genitive before a role: "Styrgruppens ordförande", "Rådets sekreterare"
_OWN_GENITIVE = re.compile(r"(?i)^(?P<g>[a-zåäö]*(?:gruppens|rådets|nämndens|teamets|utskottets|beredningens|styrelsens))\s+"
                           r"(?P<rest>(?:vice\s+)?[a-zåäö-]{4,})$")


# someone not yet named, beside one who is: "en överläkare från vuxenpsykiatrin", "en representant för BUP"
_UNNAMED_PERSON = re.compile(r"(?:en|ett)\s+[a-zåäö-]{4,}(?:\s+(?:från|på|inom|i|vid|för)\s+[^,;]{2,40})?")


# an organisation or unit as a subject, and in brackets the one who does it for it: "Regionen (Maria)", "BUP (AL)"
_ORG_THEN_PERSON = re.compile(r"(?P<org>[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäö-]+){0,3}?)\s*\((?P<p>[A-ZÅÄÖ][\wåäöé-]*(?:\s+[A-ZÅÄÖ][\wåäöé-]+)?)\)")


# a huvudman and, in brackets, the unit of it that does what the sentence says: "Kommunen (socialtjänsten)"
_ORG_THEN_UNIT = re.compile(r"(?P<org>[A-ZÅÄÖ][a-zåäö]+)\s*\((?P<unit>[a-zåäö][a-zåäö-]+(?:\s+[a-zåäö-]+){0,2})\)")
# the one kommun and the region together, as a local group's notes name its two huvudmän
_KOMMUN_AND_REGION = re.compile(r"(?i)kommunen\s+och\s+regionen|regionen\s+och\s+kommunen")
_LANS_KOMMUNER = re.compile(r"[Ll]änets\s+(?:[a-zåäö]+\s+)?kommuner")


def _subject_assignees(subj: str, decision: bool, ctx: "_Ctx") -> list[str] | None:
    """Assignees named by a clause subject, or None when it names no person or body."""
    s = _LEAD_STRIP.sub("", subj.strip(" ,:;")).strip()
    if s[:6] in ("Länets", "länets") and _LANS_KOMMUNER.fullmatch(s):
        s = "Kommunerna"  # "Länets kommuner behöver säkerställa …": the kommuner of the region
    if len(s) > 480:
        return None  # no subject, even with its appositions dropped (and the drop is slow on long text)
    if ", genom " in s and (through := _THROUGH_HOLDER.fullmatch(s)) and is_person_name(through.group("who")):
        # "socialförvaltningen, genom socialchef Marie Lindqvist-Borg,": the förvaltning and the chef it acts through
        body = _subject_assignees(through.group("body"), decision, ctx)
        if body:
            return body + [p for p in [normalise_person_name(through.group("who"))] if p not in body]
    if s.endswith(")") and (bm := _ORG_THEN_PERSON.fullmatch(s)):
        # "Regionen (Maria) bidrar med uppgifter …": the organisation, and the person in brackets who does it for it
        org = _subject_assignees(bm.group("org"), decision, ctx)
        person = bm.group("p").strip()
        if org and not is_name_list([bm.group("org")]) and (
                is_given_name(person.split()[0]) and is_name_list([person]) or person.casefold() in ctx.roster
                or is_given_name(person) or person in ctx.initials):
            return org + [ctx.initials.get(person, person)]
    s = _apposition_free(s)
    if not s or len(s) > 160:
        return None
    if s.isupper() and ctx.meeting and ctx.meeting.startswith(s + " "):
        return [ctx.meeting]  # "SSPF tar fram …" in the minutes of "SSPF område Norr": the body that met
    parts = [ctx.initials.get(p, p) for p in split_name_list(s)]
    if parts and (is_name_list(parts) or all(p.casefold() in ctx.roster for p in parts)):
        return parts
    if (titled := _TITLE_THEN_NAME.fullmatch(s)) and is_name_list([titled.group("n")]):
        return [titled.group("n")]  # "Kommundirektör Mikaela Brandt återkommer …": the title before the name
    if len(parts) > 1 and not getattr(ctx, "_in_mixed", False):
        # "Anna Ek, Per Lund och hemsjukvården i Åby kartlägger …": people and a unit share the task, each read on
        # its own (one person at least, and every part someone or something that can be given a task)
        each = _mixed_subject(parts, decision, ctx)
        if each:
            return each
    if len(parts) > 1 and not any(is_name_list([p]) or p.casefold() in ctx.roster for p in parts):
        # "fältgruppen och fritidsgården gör …": units the attendance places its people in, each by its name there
        units = [ctx.roster_unit(p, with_place=True) for p in parts]
        if all(units):
            ctx.workplaces.update(units)
            return list(dict.fromkeys(units))
    if len(parts) > 1 and " och e" in s:
        # "Eva Lund och en överläkare från vuxenpsykiatrin skriver …": the one named does it with one not yet named
        named = [p for p in parts if not _UNNAMED_PERSON.fullmatch(p)]
        if named and len(named) < len(parts) and (is_name_list(named) or all(p.casefold() in ctx.roster for p in named)):
            return named
    if len(parts) > 1 and all(re.fullmatch(r"(?i)[a-zåäö-]{4,}(?:en|n)|(?:vice\s+)?ordförande|sekreterare", p) for p in parts):
        # "Ordföranden och sekreteraren sammanställer …": each role's holder
        each = [ctx.role_holder(p) for p in parts]
        if all(each):
            return list(dict.fromkeys(each))
    if ctx.meeting and (pl := _PLURAL_OF_KIND.fullmatch(s)):
        # "Styrgruppen har gett de lokala närvårdsgrupperna i uppdrag …" in a lokal närvårdsgrupp's minutes: this one
        kind = f"{pl.group('adj')[:-1]} {pl.group('kind')}" if pl.group("adj") else pl.group("kind")
        words = ctx.meeting.casefold().split()
        if ctx.meeting.casefold().startswith(kind.casefold() + " ") or (
                pl.group("adj") and len(words) >= 3 and words[0] == pl.group("adj")[:-1].casefold()
                and (words[1].endswith(pl.group("kind").casefold())
                     or words[1] == "samverkan" and pl.group("kind").casefold() == "grupp")):
            # "de lokala grupperna" in the minutes of "Lokal samverkansgrupp Norrby": its adjective, a group of
            # that kind by its own compound (or "Lokal samverkan Norrby", the local group by what it does)
            return [ctx.meeting]
        # "Styrgruppen gav de lokala närvårdsgrupperna i uppdrag …" where the item names each in full ("Lokal
        # närvårdsgrupp Klippvik och Lokal närvårdsgrupp Lövsta …, medan Lokal närvårdsgrupp Östmo …"): each of them
        named: list[str] = []
        for g in find_groups(ctx.item.body or "") if ctx.item else ():
            if not g.generic_head and g.name.casefold().startswith(kind.casefold() + " ") and g.name not in named:
                named.append(g.name)
        if len(named) >= 2:
            return named
    holder = ctx.role_holder(s) or (_title_acronym_holder(s, ctx) if s.isupper() and 2 <= len(s) <= 5 else None)
    if not holder and (placed := _PLACED_ACRONYM.fullmatch(s)):
        holder = _title_acronym_holder(placed.group("acr"), ctx, placed.group("place"))  # "MAS i Lövsta"
    if holder:
        return [holder]
    staff = ctx.unit_staff(s)
    if staff:
        return staff
    holders = ctx.role_holders(s)
    if holders:
        return holders  # "socialcheferna i Tallvik och Åby": each attendee with that title there
    own = (_own_body(s, ctx.meeting) if not re.match(r"(?i)gruppens?$", s)
           # "Kommunstyrelsens arbetsutskott får i uppdrag …" in the styrelse's minutes: its utskott, not the styrelse
           and not _GENITIVE_UTSKOTT.match(s) else None)
    if own and (len(s.split()) <= 2 or not _OWN_BODY_RE.match(s)):
        return [own]  # "rådet", "samordningsgruppen"; a bare "gruppen" is as often an intention's subject
    reported = ctx.reported_group(ctx.meeting) if re.fullmatch(r"(?i)gruppen", s) else None
    if reported:
        return [reported]  # in a council's minutes, the group the item reports from
    groups = find_groups(s)
    if groups:
        covered = re.sub(r"\s+", " ", s)
        rest = s
        for g in sorted(groups, key=lambda g: -g.start):
            rest = rest[:g.start] + " " + rest[g.end:]
        if not re.sub(r"\b(?:och|samt|,|&|tillsammans med)\b|[,&]", " ", rest).strip():
            names = []
            for g in groups:
                names.append(ctx.resolve_generic(g))
            names = [n for n in names if n]
            return names or None
        _ = covered
    unit = ctx.roster_unit(s) if not groups else None
    if unit:
        return [unit]  # "Geriatriska kliniken utser en ny representant": the unit an attendee is from
    if s.casefold() == "kommunen" and (one := _the_kommun(ctx)):
        return [one]  # "Kommunen återkommer med namn på ersättare": the one kommun the minutes speak of
    if s.endswith(")") and (ou := _ORG_THEN_UNIT.fullmatch(s)) and s.casefold().startswith(("kommunen", "regionen")):
        # "Kommunen (socialtjänsten) bjuder in …": the huvudman, the unit that does it for it in brackets
        return _subject_assignees(ou.group("org"), decision, ctx)
    if _KOMMUN_AND_REGION.fullmatch(s) and (one := _the_kommun(ctx)):
        # "Kommunen och regionen ska utse …" in a local group's notes: the one kommun and the region, each
        return [one if p.casefold() == "kommunen" else p[:1].upper() + p[1:] for p in re.split(r"\s+och\s+", s)]
    if s.endswith(" AB") and (co := re.match(r"(?:[Ll]everantören|[Bb]olaget|[Ff]öretaget|[Uu]tföraren|[Ff]astighetsägaren)\s+"
                                             r"(?=[A-ZÅÄÖ])", s)):
        s = s[co.end():]  # "Leverantören Tidsvar AB ska utse …": the company, by its name
    if _ORG_SUBJECT.match(s) or _ACRONYM_ORG.match(s) or s[:1].isupper() and _ADMINISTRATION.fullmatch(s):
        return [s]  # "Regionen", "Samhällsbyggnadsförvaltningen ansvarar för att …", "Kultur- och fritidsförvaltningen utser …"
    if _UNIT_IN_PLACE.fullmatch(s):
        return [s[:1].upper() + s[1:]]  # "elevhälsan i Åby utser en ny representant": the unit of that place's kommun
    if ("enheten" in s or "avdelningen" in s) and _OWN_UNIT.fullmatch(s):
        # "Kvalitetsenheten tar fram …", "Arbetsmarknadsenheten i Åby tar fram …": a unit by its one word
        # (written small where it is the object: "Kulturnämnden har gett kulturenheten i uppdrag att …")
        return [s[:1].upper() + s[1:]]
    if s.endswith("kontoret") and _OFFICE.fullmatch(s):
        return [s]  # "Regionledningskontoret får i uppdrag att …": the förvaltning by its office's name
    if _UNIT_BY_WHAT_IT_IS.fullmatch(s):
        return [s]  # "Skolan sammanställer …", "Förskolan tar fram …": a school by what it is
    parts = [p for p in re.split(r",\s*|\s+(?:och|samt)\s+", s) if p]
    if parts and len(parts) <= 8 and all(_ORG_SHAPED.match(p) or re.fullmatch(AUTHORITY, p) or ctx.org_of_place(p)
                                         for p in parts):
        # "Klippviks kommun och Lövsta kommun", "Klippvik och Lövsta" (the kommuner by their places); not
        # "kommunerna och regionen", which tell what the collaboration did as often as what it shall do
        return [p if _ORG_SHAPED.match(p) or re.fullmatch(AUTHORITY, p) else ctx.org_of_place(p) for p in parts]
    if re.fullmatch(r"(?i)(?:nämndens\s+)?förvaltning(?:en)?", s):
        unit = _own_administration(ctx.meeting if ctx else None, ctx.administrations() if ctx else ())
        if unit:
            return [unit]
    bm = _BODY_NAME_RE.fullmatch(s)
    if bm and not s.isupper() and len(s.split()) <= 8:
        return [s]  # a body by its type word: "Arbetsutskottet", "Tjänstemannaberedningen"
    if _GENERIC_SINGULAR.match(s) and ctx.meeting_is_samverkansgrupp and "samverkans" in s.casefold():
        return [ctx.meeting]
    if decision or _ROLE_NOUN_START.match(s):
        first = s.split()[0].casefold() if s.split() else ""
        if first in _ROLE_NOUNS and len(s.split()) <= 8:
            return [s]
    if decision and _DECIDED_TITLE_SUBJECT.fullmatch(s):
        if _PRESIDIUM_REF.fullmatch(s) and (presidium := _presidium_of(ctx.meeting)):
            return [presidium]  # "Presidiet får i uppdrag att …": the presidium of the body that met, named after it
        return [s]  # "Förvaltningschefen får i uppdrag att …", "Presidiet ges i uppdrag att …": the role stays
    return None


# the body a group works for, told in a relative clause after its name: "…, som gruppen arbetar på uppdrag av"
_WORKS_FOR_RELATIVE = re.compile(r",\s+som\s+(?:gruppen|vi|arbetsgruppen|styrgruppen|nätverket|teamet|projektgruppen)\s+"
                                 r"(?:arbetar|är\s+tillsatt|har\s+tillsatts)\s+på\s+uppdrag\s+(?:av|från)\b")


def _mixed_subject(parts: list[str], decision: bool, ctx: "_Ctx") -> list[str] | None:
    """The assignees of a list subject mixing people with units or bodies, or None unless every part is read."""
    people = [p for p in parts if is_name_list([p]) or p.casefold() in ctx.roster]
    if not people or len(people) == len(parts):
        return None
    out: list[str] = []
    ctx._in_mixed = True
    try:
        for p in parts:
            got = [p] if p in people else _subject_assignees(p, decision, ctx)
            if not got or len(got) != 1:
                return None
            out.append(got[0])
    finally:
        ctx._in_mixed = False
    return list(dict.fromkeys(out))


def _the_kommun(ctx: "_Ctx") -> str | None:
    """The kommun "kommunen" stands for: the one kommun the attendance list names, or else the one the
    item's text names ("X slutar som MAS i Åby kommun … Kommunen återkommer med namn på ersättare")."""
    if ctx.parsed is None:
        return None
    for texts in ([t for a in ctx.parsed.attendance for t in (a.organisation, a.unit) if t],
                  [ctx.item.body or ""] if ctx.item else []):
        found = {km.group(1) for t in texts if "kommun" in t
                 for km in re.finditer(r"\b([A-ZÅÄÖ][a-zåäö]+s?\s+kommun)\b", t)}
        if len(found) == 1:
            return found.pop()
    return None


# "Kommunstyrelsens arbetsutskott", "regionstyrelsens arbetsutskott": the utskott of a body, not the body
_GENITIVE_UTSKOTT = re.compile(r"(?i)[\wåäö-]+s\s+[\wåäö-]*utskott(?:et)?\b")
# an official by the definite title, the nämnd's förvaltning, its presidium: the subject of a decided task in a
# protocol where nobody holds the title in the attendance list
_DECIDED_TITLE_SUBJECT = re.compile(r"(?i)(?:[a-zåäö-]{2,}(?:chefen|direktören|förvaltningen)|förvaltningen|presidiet|"
                                    r"kansliet|(?:nämndens|styrelsens|direktionens)\s+presidium)")
# a task of an official by the definite title, in the clause after a semicolon: "…; socialchefen utser hennes efterträdare"
_TITLED_TASK_AFTER_SEMICOLON = re.compile(r";\s+(?P<t>(?:[a-zåäö][a-zåäö-]{2,}(?:chefen|direktören|ordföranden|sekreteraren|"
                                          r"samordnaren|ledaren|förvaltningen|kansliet)"
                                          # or a huvudman: "Elin Holm lämnar gruppen; regionen utser ersättare"
                                          r"|regionen|kommunen)\s+" + TASK_VERB + r"\b[^;]*)$")
# who fills a seat, after the comma that ends the news of its leaving: "…, Länsstyrelsen utser ersättare", "…, Åby
# kommun utser en ny representant"
_SEAT_FILLED_AFTER_COMMA = re.compile(r",\s+(?P<t>(?:[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:i\s+)?[A-ZÅÄÖ][\wåäö-]+)?(?:\s+(?:kommun|län))?"
                                      r"|[a-zåäö-]{3,}(?:chefen|direktören|förvaltningen|kansliet)|regionen|kommunen)\s+utser\s+"
                                      r"(?:en\s+|sin\s+|sina\s+)?(?:nya?\s+)?(?:ersättare|efterträdare|representanter|representant|"
                                      r"ledamot|ledamöter)\b[^;,]*)$")
# a topic, a dash, then who does what about it, as hurried notes write it: "Ev. gemensam utbildningsdag i maj – FL och
# PS undersöker om läkarmedverkan går att ordna", "Ersättare meddelas av Lövsta – AS tar frågan m. sin chef"; or an
# arrow, or a comma after what was settled: "Lägesrapport nov -> LV skriver utkast", "Frågan lyfts t X, LV skriver underlag"
_TASK_AFTER_TOPIC_DASH = re.compile(r"(?:\s+[–—]|\s*->|\s*→|,)\s+(?P<t>(?P<who>(?:[A-ZÅÄÖ]{2,4}|[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)"
                                    r"(?:\s*(?:,|och|o|\+)\s*(?:[A-ZÅÄÖ]{2,4}|[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?))*)"
                                    r"\s+[a-zåäö]{2,}(?:ar|er|ör|ir|yr)\s+[^–—]+)$")
# a clause led by its doer and verb: before a comma and the next doer's clause, two tasks the sentence reads as such
# ("BE kallar, AL skickar över sändlistan"), no topic before a task
_DOER_FIRST = re.compile(r"(?:[A-ZÅÄÖ]{2,4}|[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö-]+){0,2})\s+[a-zåäö]{2,}(?:ar|er|ör|ir|yr)\b")
# a comma before a clause of its own subject: "…, alla kommenterar senast 20/11", "…, MB skickar ut den"
_NEXT_SUBJECT_CLAUSE = re.compile(r",\s+(?=(?:alla|samtliga|[A-ZÅÄÖ]{2,4}|[A-ZÅÄÖ][a-zåäö]+)\s+[a-zåäö]{2,}(?:ar|er|ör|ir|yr)\b)")
# a person's first verb that gives no task, then one that does: "Karolina deltar i länets nätverk den 20 mars och
# tar med frågan om …" (not when the first clause is negated)
_FIRST_THEN_TASK = re.compile(rf"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){{0,2}})\s+(?:deltar|medverkar|"
                              rf"sitter|är|går|åker|träffar|besöker)\s+(?![^.;]*?\b(?:inte|ej)\b[^.;]*?\s+och\s)[^.;]{{2,120}}?"
                              rf"\s+och\s+(?=(?:{TASK_VERB}))")
# a body and the one it acts through, in apposition: "socialförvaltningen, genom socialchef Marie Lindqvist-Borg"
_THROUGH_HOLDER = re.compile(r"(?P<body>[^,]{3,80}?),\s*genom\s+(?:[a-zåäö][\wåäö-]*\s+)?"
                             r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})")
# bodies of a kind in the plural: "de lokala närvårdsgrupperna", "alla lokala arbetsgrupper"
_PLURAL_OF_KIND = re.compile(r"(?i)(?:de|alla|samtliga)\s+(?:(?P<adj>[a-zåäö]{3,}a)\s+)?(?P<kind>[a-zåäö]*grupp)(?:erna|er)")


# a subject that goes on with its work before the task's verb: "Arbetsgruppen fortsätter arbetet och …"
_GOES_ON_AND = re.compile(r"(?P<subj>[A-ZÅÄÖ][^,;]{1,80}?)\s+fortsätter\s+(?P<work>arbetet|sitt\s+arbete)"
                          r"(?:\s+med\s+[^,;]{2,60}?)?\s+och\s*")


# a title's acronym and the kommun or region it is held in: "MAS i Lövsta", "MAR för Åby kommun"
_PLACED_ACRONYM = re.compile(r"(?P<acr>[A-ZÅÄÖ]{2,5})\s+(?:i|för)\s+(?P<place>(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+?)s?(?:\s+kommun)?")


def _title_acronym_holder(acronym: str, ctx: "_Ctx", place: str | None = None) -> str | None:
    """"MAS tar fram en plan": the one attendee whose title is that acronym ("Rickard Öst, MAS, Åby kommun");
    with ``place`` ("MAS i Åby"), the one of them whose organisation is there."""
    if ctx.parsed is None or acronym in ctx.initials:
        return None
    holders = {normalise_person_name(a.name) for a in ctx.parsed.attendance
               if a.name and (a.title or "").split(",")[0].strip().casefold() == acronym.casefold()
               and (place is None or place.casefold() in (a.organisation or "").casefold())}
    return holders.pop() if len(holders) == 1 else None


def _own_administration(body: str | None, named: tuple[str, ...] | set[str] = ()) -> str | None:
    """The förvaltning of a nämnd, which "förvaltningen" in its protocol means: the one förvaltning
    the minutes name (a unit in the attendance, "förvaltningschef för Omsorgsförvaltningen"), with
    the kommun the nämnd belongs to; where they name none or several, no body (the word stays a role).

    >>> _own_administration("Socialnämnden, Åsby kommun", {"Socialförvaltningen"})
    'Socialförvaltningen, Åsby kommun'
    >>> _own_administration("Vård- och omsorgsnämnden", {"Omsorgsförvaltningen"})
    'Omsorgsförvaltningen'
    >>> _own_administration("Socialnämnden", {"Socialförvaltningen", "Utbildningsförvaltningen"})
    'Socialförvaltningen'
    >>> _own_administration("Socialnämnden, Åsby kommun") is None, _own_administration("Samverkansgrupp äldre", {"Socialförvaltningen"})
    (True, None)
    """
    m = re.match(r"^(?P<stem>[A-ZÅÄÖ][^,]*?)nämnden(?P<rest>,\s+[^,]+)?$", (body or "").strip())
    if not m:
        return None
    # of several, the one named like the nämnd ("Socialförvaltningen" of "Socialnämnden")
    own = [n for n in named if n.casefold() == f"{m.group('stem')}förvaltningen".casefold()]
    one = own or (list(named) if len(named) == 1 else [])
    return f"{one[0]}{m.group('rest') or ''}" if one else None


# --------------------------------------------------------------------------- context


# the kinds of body a document names one of ("Styrgrupp psykisk hälsa"), which its bare definite form
# ("styrgruppen") then means; with the name after the kind word
_NAMED_KIND = re.compile(r"(?i)(styrgrupp|arbetsgrupp|referensgrupp|projektgrupp|analysgrupp|samverkansgrupp|samordningsgrupp)")
# a named group: its kind, after a level that tells it from others ("delregionala styrgruppen"), and its name
# a second huvudman's appointment in the same sentence: "… A och Fjällsta kommun har utsett B till ledamöter"
_AND_HUVUDMAN_APPOINTED = re.compile(r"\s+(och|samt)\s+(?:[A-ZÅÄÖ][\wåäö-]+\s+kommun|[Rr]egion(?:en|\s+[A-ZÅÄÖ][\wåäö-]+))"
                                     r"\s+(?:har|hade)\s+(?:utsett|valt)\s+")
# the operative groups that work under a styrgrupp
_WORKING_GROUP = re.compile(r"(?i)\b(?:arbetsgrupp|processteam|projektgrupp)")
_NAMED_KIND_TAIL = re.compile(r"(?i)(?:(?:delregionala|länsgemensamma|länsövergripande)\s+)?" + _NAMED_KIND.pattern[4:]
                              + r"(?:en)?\s*(?P<tail>.*)$")


# a kommun named in full ("Lövsta kommun", "Klippviks kommun") or by the house it meets in ("Sandhamra kommunhus",
# "Klippviks stadshus"), found by the word after the name (a scan from every capital costs more)
_KOMMUN_WORD = re.compile(r"\s(?:kommun\b(?!\s*(?:hus|styrelse|fullmäktige))|stadshus|kommunhus)")
_NAME_BEFORE = re.compile(r"\b[A-ZÅÄÖ][a-zåäö-]+$")


@dataclass
class _Ctx:
    parsed: ParsedMinutes
    meeting: str | None
    out: RawRelations = field(default_factory=RawRelations)
    item: ParsedItem | None = None
    parent_title: str = ""
    reporting_body: str | None = None
    named: dict[str, str] = field(default_factory=dict)   # head -> last named group in item
    topic_named: set = field(default_factory=set)  # the bodies named after an item's topic
    working_group: str | None = None
    # the group an item's own "gruppen" means when the item sets up another body and calls it so ("Enligt
    # uppdragsbeskrivningen ska gruppen bestå av:" under "Uppdragsbeskrivning – Arbetsgrupp X")
    item_group: str | None = None
    clause: str = ""  # the clause or sentence being read (a seat change there may say from when)
    _roster: frozenset | None = None
    _initials: dict | None = None
    _text_names: dict | None = None
    stated_roles: dict = field(default_factory=dict)  # role -> the person the text says holds it
    workplaces: set = field(default_factory=set)  # roster units given a task together: no bodies a mandate runs to
    _doc_named: dict | None = None
    _spelled: dict | None = None
    _administrations: set | None = None
    _places: dict | None = None

    def org_of_place(self, place: str) -> str | None:
        """The huvudman the attendance names by the place written alone: "Klippvik" for "Klippviks kommun";
        else a kommun the minutes name in full ("Lövsta kommun") or by its stadshus or kommunhus
        ("Plats: Klippviks stadshus")."""
        if self._places is None:
            self._places = {}
            for a in (self.parsed.attendance if self.parsed else []):
                m = re.fullmatch(r"(?:(?P<k>[A-ZÅÄÖ][\wåäö-]+?)s?\s+kommun|Region\s+(?P<r>[A-ZÅÄÖ][\wåäö-]+))",
                                 (a.organisation or "").strip())
                if m:
                    self._places.setdefault(m.group("k") or m.group("r"), a.organisation.strip())
            p = self.parsed
            texts = [p.place or ""] + [t or "" for it in (p.items if p else []) for t in (it.title, it.body)] if p else []
            text = "\n".join(texts)
            for m in _KOMMUN_WORD.finditer(text):
                name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
                k = name.group(0) if name else None
                if not k or k in _NO_KOMMUN:
                    continue  # "Varje kommun", "Respektive kommun"
                # "Klippviks stadshus" and "Kramfors kommunhus": the kommun's name is the genitive's either way
                for written in (k, k[:-1]) if k.endswith("s") else (k,):
                    self._places.setdefault(written, f"{k} kommun")
        return self._places.get(place.strip())

    def administrations(self) -> set[str]:
        """The förvaltningar the minutes name anywhere (the whole text, or its attendance, items and decisions)."""
        if self._administrations is None:
            p = self.parsed
            texts = [t for a in (p.attendance if p else []) for t in (a.unit, a.title, a.organisation)]
            texts += [t for it in (p.items if p else []) for t in (it.title, it.body)]
            texts += [d.text for d in (p.decisions if p else [])]
            names = named_administrations(*texts, *(p.administrations if p else ()))
            self._administrations = set({n.casefold(): n for n in names}.values())
        return self._administrations

    def spelled_out(self, acronym: str) -> str | None:
        """The one body named in full in the document (or the body that met) whose initials
        ``acronym`` spells ("RLG" of "Regional ledningsgrupp Norrby"), else None."""
        if self._spelled is None:
            texts = [t for it in (self.parsed.items if self.parsed else []) for t in (it.title, it.body)]
            texts += [d.text for d in (self.parsed.decisions if self.parsed else [])]
            names = {g.name for t in texts for g in find_groups(_flatten(t or "")) if not g.generic_head}
            self._spelled = {}
            for n in names | ({self.meeting} if self.meeting else set()):
                for a in initials_of(n.split(", ")[0]):
                    self._spelled.setdefault(a, set()).add(n)
        hits = self._spelled.get(acronym, set())
        return next(iter(hits)) if len(hits) == 1 else None

    @property
    def roster(self) -> frozenset[str]:
        """The names in the meeting's attendance list, folded: people, whatever their names look like."""
        if self._roster is None:
            people = self.parsed.attendance if self.parsed is not None else []
            self._roster = frozenset(normalise_person_name(a.name).casefold() for a in people if a.name)
        return self._roster

    @property
    def initials(self) -> dict[str, str]:
        """Roster initials ("MÖ", "KAW", "SÅN") and given names ("Mehmet") -> the attendee they
        stand for, where only one attendee has them."""
        if self._initials is None:
            self._initials = attendee_short_names(self.parsed.attendance if self.parsed is not None else [])
            # "KH/NE" in the action list after "Nils Ek har ersatt Karin Holm": the initials of one person the
            # text names in full who is not on the roster (one who has left, a guest of an earlier meeting)
            roster = {normalise_person_name(a.name or "") for a in (self.parsed.attendance if self.parsed else [])}
            named: dict[str, set[str]] = {}
            for it in (self.parsed.items if self.parsed is not None else []):
                for n, _ in find_person_names(it.body or ""):
                    name = normalise_person_name(n)
                    words = name.split()
                    if len(words) in (2, 3) and name not in roster and all(w[:1].isupper() for w in words):
                        named.setdefault("".join(w[0] for w in words), set()).add(name)
            for ini, names in named.items():
                if len(names) == 1 and ini not in self._initials and ini.isupper():
                    self._initials[ini] = names.pop()
        return self._initials

    def unit_staff(self, phrase: str) -> list[str]:
        """The attendees the attendance list places in the unit a definite noun names: "sekretariatet"
        of "Sekretariatet / Helena Ek X, sekreterare" or "Dessutom: Sofia Ahl/Tobias Lind, sekretariatet"."""
        word = " ".join(phrase.casefold().split())
        if self.parsed is None or not _STAFF_LABEL.fullmatch(word):
            return []
        return [normalise_person_name(a.name) for a in self.parsed.attendance
                if a.name and (a.unit or "").casefold().strip() == word]

    def roster_unit(self, phrase: str, with_place: bool = False) -> str | None:
        """The unit the attendance places an attendee in, named as a clause's subject ("Geriatriska kliniken
        utser en ny representant", "elevhälsan i Åby …"): the unit, with its huvudman where the attendance
        says it ("Geriatriska kliniken, Region X"). ``with_place``: a unit the attendance names with its place
        after it ("fritidsgården Norrbyn") is the one its first word names, as in a list of units given a task."""
        if self.parsed is None or not phrase[:1].isalpha():
            return None
        place = re.search(r"\s+i\s+([A-ZÅÄÖ][\wåäö-]+)$", phrase)
        word = " ".join(phrase[:place.start() if place else None].split()).casefold()
        a = next((a for a in self.parsed.attendance if a.unit and a.unit.casefold().strip() == word), None)
        if a is None and with_place and " " not in word and word.endswith(("en", "et")):
            # "fritidsgården" where the roster seats someone from "fritidsgården Norrbyn": the one unit of that kind,
            # named with its place after it
            named = {x.unit.strip() for x in self.parsed.attendance
                     if x.unit and x.unit.casefold().strip().startswith(word + " ") and len(x.unit.split()) == 2}
            if len(named) == 1:
                one = named.pop()
                a = next(x for x in self.parsed.attendance if x.unit and x.unit.strip() == one)
        if a is None and " " not in word and word.endswith("en") and len(word) > 6:
            # "Vårdcentralen ser över …" where the roster seats someone from "Åby vårdcentral": that unit, the one
            # unit of its kind the attendance names
            stem = word[:-2]
            units = sorted({x.unit.strip() for x in self.parsed.attendance
                            if x.unit and x.unit.casefold().strip().endswith(" " + stem)}, key=len)
            if units and all(u.casefold().endswith(units[0].casefold()) for u in units):
                a = next(x for x in self.parsed.attendance if x.unit and x.unit.strip() == units[0])
        if a is None:
            return None
        unit = a.unit[:1].upper() + a.unit[1:]
        org = a.organisation if a.organisation and _ORG_SHAPED.match(a.organisation) else (
            self.org_of_place(place.group(1)) if place else None)  # "elevhälsan i Åby": Åby kommun's
        return f"{unit}, {org}" if org else unit

    def role_holder(self, phrase: str) -> str | None:
        """The attendee holding the role a definite role noun names ("förvaltningschefen",
        "processledaren", "sekreteraren"), when the attendance list says who and only one does;
        a name written after the role ("förvaltningschefen Kristoffer Hallén") wins."""
        if phrase[:5].casefold() == "vice " and phrase.rstrip().endswith("n"):
            phrase = phrase.strip()[:-1]  # "Vice ordföranden": the holder of "vice ordförande"
        gm = _OWN_GENITIVE.match(phrase.strip()) if "s " in phrase else None
        if gm:
            # "Styrgruppens ordförande" in a styrgrupp's minutes, "gruppens sekreterare": the role in the body that met
            own = gm.group("g").casefold()[:-1]
            if not (own == "gruppen" or (self.meeting and any(
                    len(stem) >= 3 and self.meeting.casefold().startswith(stem) for stem in (own[:-2], own[:-1])))):
                return None
            phrase = gm.group("rest")
        if phrase.strip().casefold() in _ACRONYM_ROLES and self.parsed is not None:
            # "uppdra åt VD att …", "MAS tar fram …": a title written as an acronym, the one attendee holding it
            word = phrase.strip().casefold()
            holders = {normalise_person_name(a.name) for a in self.parsed.attendance
                       if a.name and (a.title or "").casefold().split(",")[0].strip() == word}
            return holders.pop() if len(holders) == 1 else None
        # "Hälso- och sjukvårdsdirektören": a role written with the compounds it shares its last part with
        # "regional utvecklingsdirektören", "medicinskt ansvariga sjuksköterskan": the title with its adjective
        m = re.match(r"(?i)^(?:vår\s+|nämndens\s+|gruppens\s+)?(?P<adj>[a-zåäö]{3,}(?:al|isk|iskt|ell)\s+)?"
                     r"(?:[a-zåäö]+-,?\s+(?:och\s+)?)*(?P<r>[a-zåäö-]{4,}(?:en|n))"
                     r"(?:\s+i\s+(?P<where>[A-ZÅÄÖ][\wåäö-]+)|\s+(?P<n>[A-ZÅÄÖ].+))?$", phrase.strip())
        # "Ordförande och sekreterare planerar …": a role word without its article names its holder too
        own_form = phrase.strip().casefold() in ("sammankallande", "vice sammankallande", "ordförande", "vice ordförande",
                                                 "sekreterare") or bool(_BARE_HEAD_TITLE.fullmatch(phrase.strip()))
        if not m and not own_form:
            return None
        if m and m.group("n") and is_person_name(m.group("n")):
            return normalise_person_name(m.group("n"))
        word = m.group("r").casefold() if m else ""
        # "förvaltningschefen" -> förvaltningschef, "sekreteraren" -> sekreterare; "Sammankallande kontaktar …":
        # the role word is its own definite form
        roles = {phrase.strip().casefold()} if own_form else {word[:-2], word[:-1]}
        if m and m.group("adj") and self.parsed is not None:
            adj = m.group("adj").strip().casefold()
            titled = {f"{adj} {r}" for r in roles}
            if any(_holds_role(a, titled) for a in self.parsed.attendance if a.name):
                roles = titled  # the one whose title has the adjective too
        stated = [self.stated_roles[r] for r in roles if r in self.stated_roles]
        if stated:
            return stated[0]  # "Karin Ek är processledare …" earlier in the minutes
        if self.parsed is None:
            return None
        where = (m.group("where") or "").casefold() if m else ""  # "förvaltningschefen i Ekby": the one of that huvudman
        held = [a for a in self.parsed.attendance if a.name and _holds_role(a, roles)
                and (not where or where in (a.organisation or "").casefold())]
        holders = {normalise_person_name(a.name) for a in held}
        if len(holders) > 1:
            # "Ordföranden tar med frågan …" where a guest is "ordförande LSVO": the chair of the meeting, not the guest
            holders = {normalise_person_name(a.name) for a in held if a.status != "guest"}
        return holders.pop() if len(holders) == 1 else None

    def role_holders(self, phrase: str) -> list[str]:
        """The attendees holding the role a plural role noun names, where the attendance says who:
        "socialcheferna" (all of them), "socialcheferna i Tallvik, Åby och Ekeby" (those of these huvudmän)."""
        m = re.match(r"^(?P<r>[a-zåäö-]{4,}?(?:erna|arna|rna))(?:\s+i\s+(?P<where>[^.;]+))?$", phrase.strip())
        if not m or self.parsed is None:
            return []
        word = m.group("r").casefold()
        roles = {word[:-4], word[:-3], word[:-3] + "e", word[:-2]} - {""}
        places = [p.strip() for p in re.split(r",\s*|\s+(?:och|samt)\s+", m.group("where") or "") if p.strip()]
        out = []
        for a in self.parsed.attendance:
            if not a.name or not _holds_role(a, roles):
                continue
            org = (a.organisation or "").casefold()
            if places and not any(p.casefold() in org for p in places):
                continue
            out.append(normalise_person_name(a.name))
        return out if len(out) >= 2 else []

    @property
    def given_names_in_text(self) -> dict[str, str]:
        """Given name -> the one person named in full in the minutes' text or attendance list with
        it ("Per har slutat" where the text names "Per Hallberg"); for seat changes, which name
        people who may no longer attend."""
        if self._text_names is None:
            names = [normalise_person_name(a.name or "") for a in (self.parsed.attendance if self.parsed else [])]
            for it in (self.parsed.items if self.parsed is not None else []):
                names += [normalise_person_name(n) for n, _ in find_person_names(it.body or "") if " " in n]
            seen: dict[str, list[str]] = {}
            for name in names:
                key = name.split(" ")[0]
                if not any(same_person_form(name, other) for other in seen.setdefault(key, [])):
                    seen[key].append(name)
            self._text_names = {k: v[0] for k, v in seen.items() if len(v) == 1}
        return self._text_names

    @property
    def meeting_is_samverkansgrupp(self) -> bool:
        return bool(self.meeting and "samverkansgrupp" in self.meeting.casefold())

    def topic(self) -> str:
        """What the point is about, by its title; "" under a point named for no matter ("Övrigt",
        "Information", "Nästa möte"), after which no body is named."""
        title = self._point_title()
        return "" if _GENERIC_POINT.fullmatch(title) else title

    def on_generic_point(self) -> bool:
        """Whether the point's title names no matter ("Övrigt", "Information", "Nästa möte")."""
        return bool(_GENERIC_POINT.fullmatch(self._point_title()))

    def _point_title(self) -> str:
        title = self.item.title if self.item else ""
        if self.parent_title and not re.fullmatch(
                r"(?i)\s*(?:uppföljning|återkoppling|rapport|övrigt|övriga frågor)[\s/a-zåäö]*", self.parent_title):
            title = self.parent_title
        title = re.sub(r"\(.*?\)", "", title or "")
        title = re.split(r"\s+[-–]\s+|,\s*(?:uppföljning|återkoppling)", title)[0]
        if re.match(r"\s*(?:Protokoll|Information från|Rapport från)\b", title):
            return ""
        title = title.strip(" .:-")
        # "Workshop äldre 4 mars": the day of one meeting is not part of a body's name
        title = re.sub(rf"\s+(?:den\s+)?\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?$|\s+\d{{4}}-\d{{2}}-\d{{2}}$", "", title,
                       flags=re.I).strip(" .:-")
        first = title.split(" ")[0] if title else ""
        if len(first) > 1 and first[1:].islower():  # "Uppföljning …", not an acronym such as "FoU"
            title = title[0].lower() + title[1:]
        return title

    def joint_partner_of_kind(self, head: str) -> str | None:
        """The other body of a joint meeting whose heading names both ("Gemensamt möte mellan Styrgrupp X och
        Arbetsgrupp Y"), when it is of the kind ``head`` and the body that met is not."""
        for line in self.parsed.preamble or ():
            jb = _JOINT_BETWEEN.match(line) if line[:8].casefold() == "gemensam" else None
            if jb and jb.group("b").casefold().startswith(head) and not jb.group("a").casefold().startswith(head):
                return jb.group("b")
        return None

    def resolve_generic(self, g: _Group) -> str | None:
        """The specific group a bare head ("styrgruppen", "Arbetsgruppen") stands for."""
        if not g.generic_head:
            low = g.name.casefold()
            if low in ("samverkansgruppen",) and self.meeting_is_samverkansgrupp:
                return self.meeting
            if low.endswith(("gruppen", "teamet")) and " " not in low and low[:-2] in self.named:
                return self.named[low[:-2]]  # "skrivgruppen" after "delegera till en skrivgrupp med …": that group
            # ("Förbundsstyrelsen uppdrar åt sitt arbetsutskott att …": the body's own by the reflexive)
            if (low in ("arbetsutskottet", "arbetsutskott", "sitt arbetsutskott") or re.fullmatch(r"(?:direktionens|styrelsens|förbundsstyrelsens)"
                                                                         r"\s+arbetsutskott(?:et)?", low)) and self.meeting and (
                    own := _BOARD_OF.match(self.meeting)):
                # "arbetsutskottet" in the minutes of a förbund's, a förening's or a LAG's board: the board's own
                # (also named by the board: "direktionens arbetsutskott" in the direktion's minutes)
                return f"Arbetsutskottet, {own.group(1)}"
            if low in ("nämndens arbetsutskott", "styrelsens arbetsutskott", "sitt arbetsutskott") and self.meeting and (
                    parent := _NÄMND_HEAD.match(self.meeting)) and "utskott" not in self.meeting.casefold():
                # "nämndens arbetsutskott" in the nämnd's own minutes: "Socialnämndens arbetsutskott, Åby kommun"
                owner = _OWNER_TAIL.search(self.meeting)
                return f"{parent.group(1)}s arbetsutskott{owner.group(0) if owner else ''}"
            return g.name
        head = g.generic_head
        if head in self.named:
            return self.named[head]
        if self.parsed and (partner := self.joint_partner_of_kind(head)):
            return partner  # "arbetsgruppen" at a "Gemensamt möte mellan Styrgrupp X och Arbetsgrupp Y": the other body
        if self.meeting and re.match(rf"(?:[\wåäö-]+\s+){{0,2}}?{re.escape(head)}", self.meeting.casefold()):
            titled = self.group_of_item(head) if self.item and head in (self.item.title or "").casefold() else None
            if titled and titled.casefold() != self.meeting.casefold():
                # "Samverkansgruppen har bett …" in a lokal samverkansgrupp's notes, under "Uppdrag från Samverkansgrupp
                # äldre": the group of that kind the item's title names
                return titled
            clause = self.clause or ""
            at = clause.casefold().find(g.name.casefold())
            others = set() if at < 0 or not clause[:at].rstrip().casefold().endswith(" via") else {
                x.name for x in find_groups(clause[:at]) if not x.generic_head
                      and head in x.name.casefold() and x.name.casefold() != self.meeting.casefold()
                      and not x.name.casefold().startswith(self.meeting.casefold())}
            if len(others) == 1:
                # "Gruppen är tillsatt av Samverkansgrupp X och återrapporterar till LSVO via samverkansgruppen" in a
                # lokal samverkansgrupp's notes: the group of that kind the sentence has just named, not the one that met
                # (only the body a report goes through: "X har lyft frågan till samrådet" is the samråd that met)
                return others.pop()
            # "styrgruppen" in a styrgrupp's own minutes, no other named; "arbetsgruppen" in an
            # "Operativ arbetsgrupp SIP"'s
            return self.meeting
        named = self.named_in_document().get(head) if head in ("styrgrupp", "samverkansgrupp", "samordningsgrupp") else None
        if named:
            # "styrgruppen", "samverkansgruppen" in a working group's notes: the body above it, which the
            # notes name somewhere (a working group "arbetsgruppen" names is more often a new one)
            return named
        if not _HEAD_RE.fullmatch(head):
            # "nämnden", "rådet", "beredningen": the body that met when it is of that kind; such a
            # body is never named after the item's topic; "nämnden" in its arbetsutskott's minutes is the nämnd
            parent = _utskott_parent(self.meeting)
            if parent and head in parent.casefold() and head not in ("utskott", "arbetsutskott"):
                return parent
            if self.meeting and head in self.meeting.casefold():
                return self.meeting
            # "Samverkansrådet har rekommenderat …" in a network's notes: a council of its own, named by its
            # compound kind as written (a bare "rådet", "nämnden" stays a reference)
            if head == "samråd" and g.name[:1].islower() and (one := self.one_named_with(head)):
                return one  # "Kommunens ledamot i samrådet är …" after "Politiskt samråd Nära vård X": that samråd
            if head.endswith("råd") and len(head) > 5 and g.name[:1].isupper() and " " not in g.name:
                # "Samrådet har beslutat …" under "Återrapport från Politiskt samråd Nära vård X": the one samråd
                # the minutes name in full; else a council of its own by its compound kind
                return (self.one_named_with(head) if head == "samråd" else None) or g.name
            if head.endswith("grupp") and len(head) > 6:
                # "närvårdsgruppen" after "starta Lokal närvårdsgrupp Östmo": the one group of that compound
                # kind the items name
                return self.one_named_with(head)
            if head == "råd" and self.item:
                # "rådet" under an item about "Lokala närvårdsrådet i Åby", in a nämnd's minutes: the one
                # council of a compound kind the item names
                return self.one_council_of_item()
            if head == "forum":
                return self.one_named_with(head)  # "forumet" after "Regionala folkhälsoforumet X": the one forum named
            return None
        # "Samverkansgruppen ska presentera …" under an item reporting from "Samverkansgrupp äldre"
        if head == "styrgrupp" and _WORKING_GROUP.search(self.meeting or ""):
            # "styrgruppen" in a working group's notes is the body above it, not one named after the item
            return self.group_of_item(head)
        if head == "processteam" and (one := self.one_named_with(head)):
            # "processteamet" after "Eva har lämnat Processteam utskrivning": a standing team, the one the text
            # names, not one named after the item
            return one
        return self.group_of_item(head) or self.project_group_of_meeting(head) or self.named_after_topic(head)

    def project_group_of_meeting(self, head: str) -> str | None:
        """"projektgruppen" in the minutes of a project's styrgrupp ("Styrgrupp för Digitala vårdmöten i hemmet"):
        the project group of the same project, which the styrgrupp steers, not one named after the item.

        >>> ctx = _Ctx.__new__(_Ctx); ctx.meeting = "Styrgrupp för Digitala vårdmöten i hemmet"
        >>> ctx.project_group_of_meeting("projektgrupp"), ctx.project_group_of_meeting("arbetsgrupp")
        ('Projektgrupp Digitala vårdmöten i hemmet', None)
        """
        m = _PROJECT_STYRGRUPP.match(self.meeting or "") if head == "projektgrupp" else None
        return f"Projektgrupp {m.group('project')}" if m else None

    def reported_group(self, meeting: str | None) -> str | None:
        """"gruppen" in the minutes of a body that is no group (a council, a nämnd), under an item
        reporting from the one group its title names ("§ 5 Samverkansgrupp psykisk hälsa"): that group."""
        if not meeting or "grupp" in meeting.casefold():
            return None
        return self.group_of_item()

    def group_of_item(self, head: str | None = None) -> str | None:
        """The one group the item's title names (of the kind ``head``, where given): the group an
        item reporting from it ("Samverkansgrupp barn och unga", "a) Arbetsgrupp SIP: …") speaks of."""
        title = self.item.title if self.item else ""
        low = title.casefold()
        if not title or "grupp" not in low and "team" not in low and "nätverk" not in low:
            return None  # ("Processteam vårdövergångar – rapportering": a team, as a group)
        rf = _REPORT_FROM_GROUP.match(title)
        if rf and (head is None or rf.group("g").casefold().startswith(head)):
            # "Återrapport från arbetsgruppen trygg hemgång": the group reported from, its name in lower case
            return f"{rf.group('g').capitalize()} {rf.group('rest').strip()}"
        names = {g.name for g in find_groups(_flatten(title)) if not g.generic_head
                 and (head is None or g.name.casefold().startswith(head))}
        return next(iter(names)) if len(names) == 1 else None

    def one_council_of_item(self) -> str | None:
        """The one council ("Lokala närvårdsrådet i X", "Pensionärsrådet") the item's title and text name."""
        texts = [t for t in (self.item.title, self.item.body) if t and "råd" in t]
        names = {g.name for t in texts for g in find_groups(_flatten(t)) if not g.generic_head
                 and any(re.fullmatch(r"[\wåäö-]*råd(?:et)?", w.casefold()) for w in g.name.split()[:2])}
        return next(iter(names)) if len(names) == 1 else None

    def one_named_with(self, head: str) -> str | None:
        """The one group whose name holds the compound kind ``head`` ("närvårdsgrupp"), as the items'
        text names it (their titles where the text does not; "X i Östmo" and "X Östmo" are one)."""
        if not self.parsed:
            return None
        for texts in ([t for it in self.parsed.items for t in (it.body,)] + [d.text for d in self.parsed.decisions],
                      [it.title for it in self.parsed.items]):
            found = {_one_body_key(g.name): g.name for t in texts if t and head in t.casefold()
                     for g in find_groups(_flatten(t)) if not g.generic_head and head in g.name.casefold()}
            if len(found) == 1:
                return next(iter(found.values()))
            if found:
                return None
        return None

    def named_in_document(self) -> dict[str, str]:
        """Head ("styrgrupp") -> the one group of that head the whole document names, where it
        names exactly one."""
        if self._doc_named is None:
            seen: dict[str, set[str]] = {}
            texts = [t for it in (self.parsed.items if self.parsed else []) for t in (it.title, it.body)]
            texts += [d.text for d in (self.parsed.decisions if self.parsed else [])]
            n_body = len(texts)
            texts += self.parsed.preamble if self.parsed else []
            for k, t in enumerate(texts):
                for g in find_groups(_flatten(t or "")):
                    hm = _NAMED_KIND_TAIL.match(g.name)
                    if hm and not g.generic_head and not is_person_name(hm.group("tail")):
                        if k >= n_body and hm.group(1).casefold() in seen:
                            continue  # the header names a body above one the items name: the items' one
                        seen.setdefault(hm.group(1).casefold(), set()).add(g.name)
            self._doc_named = {h: next(iter(v)) for h, v in seen.items()
                               if len({x.casefold() for x in v}) == 1 and next(iter(v)).casefold() != (self.meeting or "").casefold()}
        return self._doc_named

    def named_after_topic(self, head: str) -> str | None:
        """"Styrgrupp för vårdplatsläget": a body the item is about, named after the item."""
        topic = self.topic()
        if not topic:
            return None
        if topic.casefold().startswith(head) and topic[len(head):len(head) + 1] in (" ", ""):
            # "processteamet" under "5. Processteam Trygg hemgång": the body the title names
            name = head.capitalize() + topic[len(head):]
        else:
            name = f"{head.capitalize()} för {topic}" if head == "styrgrupp" else f"{head.capitalize()} {topic}"
            self.topic_named.add(name)
        self.named[head] = name
        return name


# the one who leads a group, by a note after the name in its list of members: "Nora Lindqvist (sammankallande)"
# (the note may follow the member's huvudman: "Tomas Ek, Region X (ordförande), Ylva Berg, Åby kommun")
_LEAD_NOTE = re.compile(r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})(?P<org>,\s*[A-ZÅÄÖ][^,()]{2,40}?)?"
                        r"\s*\((?P<role>sammankallande|ordförande|samordnare)\)")
# members not yet named at the end of the list: "… och en representant för elevhälsan från respektive kommun"
_SEAT_TO_FILL = re.compile(r"(?:,|\s+och|\s+samt)\s+(?:en|ett|två|tre|fyra)\s+(?:representant|företrädare|ledamot|person)(?:er)?\b.*$")
_WHEN_WORDS = re.compile(r"\b(?:under\s+perioden|perioden|senast|januari|februari|mars|april|maj|juni|juli|augusti|"
                         r"september|oktober|november|december|vecka|nästa|möte|mötet|träff|träffen)\b")


def _task_told_again(a: str, b: str) -> bool:
    """Whether two tasks of the same people are one told twice, as notes restate their tasks in a list after the
    text ("Eva Ek får i uppdrag att samla in synpunkter från X under piloten" and "☐ Eva Ek ska samla
    in synpunkter under piloten från X"): most of the words of the shorter are the longer's, two at least (where a
    task goes, "till X", says nothing of what it is).

    >>> _task_told_again("föra fram frågan där", "föra fram behörighetsfrågan på styrgruppens möte 3/11")
    True
    >>> _task_told_again("besluta om köp av plats under perioden 15 juni–15 augusti 2028",
    ...                  "besluta om yttrande till IVO i ärenden under perioden 15 juni–15 augusti 2028")
    False
    >>> _task_told_again("ta fram ett förslag till rutin", "skicka förslaget till rutin till styrgruppen")
    False
    >>> _task_told_again("föreslå gemensamma mått och redovisa förslagen för styrgruppen",
    ...                  "revidera den gemensamma rutinen och redovisa förslagen för styrgruppen")
    False
    """
    def content(t: str) -> set[str]:  # (when, "under perioden 15 juni–15 augusti 2028", says nothing of what either)
        t = _WHEN_WORDS.sub(" ", re.sub(r"\btill\s+\S+", " ", t.casefold()))
        return {w[:4] for w in re.findall(r"[^\W\d_]{4,}", t)}
    a, b = (re.sub(r"^(?:få|fått)\s+i\s+uppdrag\s+att\s+", "", t) for t in (a, b))
    if a.split()[:1] != b.split()[:1]:
        return False  # what is to be done, its verb, first: "föreslå mått …" and "revidera rutinen …" are two tasks
    x, y = content(a), content(b)
    shared = x & y
    return len(shared) >= 2 and len(shared) / min(len(x), len(y)) >= 0.5


def _task_shortened(a: str, b: str) -> bool:
    """Whether one task is the other told shorter, its first words and no more (two words at least).

    >>> _task_shortened("bereda frågan", "bereda frågan om sommarens bemanning"), _task_shortened("skicka", "skicka ut")
    (True, False)
    """
    short, full = sorted((a, b), key=len)
    return len(short.split()) >= 2 and full.startswith(short + " ")


# a body set up with its members in a table after the colon: "att bilda Arbetsgrupp X med följande sammansättning:"
_SET_UP_BEFORE_TABLE = re.compile(r"(?:^|\batt\s+)(?:inrätta|bilda|tillsätta|starta)\s+(?:(?:en|ett)\s+(?:(?:tillfällig|ny|gemensam)\s+)?)?"
                                  r"(?P<group>[^.;:]{2,80}?)\s+med\s+följande\s+(?:sammansättning|ledamöter|deltagare)\s*:")
# a table's cells, set apart by a tab or by the run of spaces a printed page's layout keeps between columns
_CELL_GAP = re.compile(r"\t|\s{3,}")
_LEAD_ROLES = ("sammankallande", "ordförande", "samordnare", "projektledare")


def _composition_rows(lines: list[str]) -> list[tuple[str, str | None]]:
    """The members a table under the line lists, each name with its role: the table's header names its columns,
    "Namn" first, and each row under it gives a name in that column ("Roll" or "Funktion" the role's).

    >>> _composition_rows(["", "Namn\\tOrganisation\\tRoll", "Eva Ek\\tÅby kommun\\tsammankallande",
    ...                    "Per Lind   Region Västmo   ledamot", "", "Arbetsgruppen ska …"])
    [('Eva Ek', 'sammankallande'), ('Per Lind', 'ledamot')]
    >>> _composition_rows(["Gruppen träffas varannan månad."])
    []
    """
    k = 0
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines):
        return []
    head = [x.strip().casefold() for x in _CELL_GAP.split(lines[k].strip())]
    if len(head) < 2 or head[0] != "namn":
        return []
    role_at = next((j for j, h in enumerate(head) if h in ("roll", "funktion", "uppdrag")), None)
    rows = []
    for line in lines[k + 1:]:
        cells = [x.strip() for x in _CELL_GAP.split(line.strip())]
        if not line.strip() or len(cells) < 2:
            break
        role = cells[role_at].casefold() if role_at is not None and role_at < len(cells) else None
        rows.append((cells[0], role))
    return rows


def _members_without_orgs(listed: str) -> str:
    """A composition's members with the huvudman each sits for left out, as the people a subject names.

    >>> _members_without_orgs("Tomas Ek, Region Åby, Ylva Berg, Ekby kommun och Petra Sand, Åby kommun")
    'Tomas Ek, Ylva Berg, Petra Sand'

    A bulleted list a PDF ran onto one line, the next name right after the huvudman before it:

    >>> _members_without_orgs("Jonas Ek, Åby kommun (sammankallande) Karin Holm, Ekby kommun Elin Sand, BUP")
    'Jonas Ek, Karin Holm, Elin Sand'
    """
    parts = [p.strip() for p in re.split(r",|;|\s+och\s+|\s+samt\s+", listed) if p.strip()]
    people = []
    for p in parts:
        if is_person_name(p):
            people.append(p)
        elif (tail := _NAME_RUN_ON.search(p)) and is_given_name(tail.group(1).split()[0]) and is_person_name(tail.group(1)):
            people.append(tail.group(1))  # "Åby kommun (sammankallande) Karin Holm": the next member's name
    return ", ".join(people) if len(people) >= 2 else listed


# a name closing a list's part, run on after the huvudman of the member before it
_NAME_RUN_ON = re.compile(r"(?<=\S)\s+([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)$")


# a project's styrgrupp by its name: "Styrgrupp för Digitala vårdmöten i hemmet", "Styrgruppen för projektet X"
_PROJECT_STYRGRUPP = re.compile(r"^Styrgrupp(?:en)?\s+(?:för\s+)?(?:projektet\s+)?(?P<project>[A-ZÅÄÖ][^,()]{3,80}?)(?:\s+\([^()]*\))?$")


# --------------------------------------------------------------------------- dates
_EFFECTIVE_RE = re.compile(
    r"(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från|per|med\s+start)\s+(?:den\s+)?"
    rf"(?P<d>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})")


def _effective(text: str) -> str | None:
    """The date a change of seats takes effect, where the clause writes one.

    >>> _effective("Sofia Nyberg ersätter Peter Ahl som ledamot från och med 1 november 2024")
    '2024-11-01'
    >>> _effective("Oskar Lind ersätter Karin Nyqvist som processledare") is None
    True
    """
    m = _EFFECTIVE_RE.search(text) if ("från" in text or "fr." in text or "per " in text or "start" in text) else None
    return parse_date_phrase(m.group("d")) if m else None



def _iso(y: int, mo: int, d: int) -> str | None:
    if 1 <= mo <= 12 and 1 <= d <= 31 and 1990 <= y <= 2100:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


_DUE_RES = [
    re.compile(rf"\b(?:senast|klart|klar)\s+(?:den\s+)?(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)", re.I),
    re.compile(rf"\bvid\s+(?:[A-ZÅÄÖ]{{3,5}})(?::?s)?\s+(?:möte\s+)?(?:den\s+)?(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|\d{{6}}|\d{{4}}-\d{{2}}-\d{{2}})"),
    re.compile(r"\b(?:vid|till|på|under|inför|före|innan)\s+(?:nästa|kommande)\s+(?:(?-i:[A-ZÅÄÖ]{3,5})\b|möte|mötet|sammanträde|samverkansgrupp|träff)\w*(?:-möte)?", re.I),
    re.compile(rf"\b(?:vid|till|på|inför)\s+(?:mötet|sammanträdet)\s+(?:den\s+)?(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})", re.I),
    # "återkomma till gruppen den 11 april"
    re.compile(rf"\b(?:till|vid|på|inför|före)\s+(?:[\wåäö:]+\s+){{0,3}}?den\s+\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?", re.I),
    re.compile(rf"\b(?:i|under|till|före|innan|inom)\s+(?:slutet\s+av\s+|början\s+av\s+)?{_MONTH}(?:\s+\d{{4}})?(?:\s+eller\s+{_MONTH})?", re.I),
    # the holidays, the quarters and the years of the calendar: "före jul", "under första kvartalet", "i början av nästa år"
    _HOLIDAY := re.compile(r"\b(?:före|innan|till|inför)\s+(?P<h>jul|midsommar)(?:en|helgen|ledigheten)?\b", re.I),
    _QUARTER := re.compile(r"\b(?:under|i|till|före|innan|inom|senast)\s+(?:slutet\s+av\s+)?(?:det\s+)?"
                           r"(?P<q>första|andra|tredje|fjärde)\s+kvartalet(?:s\s+slut)?(?:\s+(?P<y>\d{4}))?", re.I),
    _YEAR := re.compile(r"\b(?P<next>(?:i\s+början\s+av|under)\s+nästa\s+år|efter\s+årsskiftet)|"
                        r"\b(?P<end>i\s+slutet\s+av\s+(?:året|detta\s+år))", re.I),
    # "till i höst", "innan sommaren", "efter sommaren"
    _SEASON := re.compile(r"\b(?:till\s+i|till|under|i|före|innan|inför|efter)\s+(?P<s>hösten|våren|sommaren|vintern|"
                          # "i vår" and not "i vår region" (our)
                          r"(?:höst|vår|sommar)(?!\s+(?!och\b|eller\b)[a-zåäö]))"
                          r"\b(?:\s+(?P<y>\d{4}))?", re.I),
    re.compile(r"\b(?:senast|till|före|innan)\s+(?:den\s+)?\d{4}-\d{2}-\d{2}"),
    re.compile(r"\b(?:denna vecka|(?:till|före|innan)\s+årsskiftet|inom kort|omgående)\b", re.I),
    # "inom två veckor", "inom en månad", "senast om tre veckor": counted from the meeting
    # (at the task's end: "SIP som inte följts upp inom tre månader, redovisas i april" is what is counted, no due)
    _WITHIN := re.compile(r"\b(?:inom|(?:senast\s+)?om)\s+(?P<n>en|ett|två|tre|fyra|fem|sex|\d{1,2})\s+(?P<u>dag(?:ar)?|veck(?:a|or)|"
                          r"månad(?:er)?)\b(?=\s*(?:[.;!]|och\b|$))", re.I),
    re.compile(r"\b(?:klart|klar|senast|till|före|inför|innan)\s+(?:den\s+)?\d{1,2}/\d{1,2}\b", re.I),  # "klart 21/5"
    # "på styrgruppens möte 3/11": a body's meeting by its day in figures
    re.compile(r"\b(?:vid|på|till|inför)\s+(?:[\wåäö-]+s\s+)?(?:möte|mötet|sammanträde|sammanträdet)\s+(?:den\s+)?\d{1,2}/\d{1,2}\b", re.I),
    _WEEK := re.compile(r"(?<![\wåäö])(?:v\.?|vecka)\s?(?P<week>\d{1,2})\b(?!\s*(?:procent|%|dagar|timmar))", re.I),  # "v. 42"
    # "återkommer den 7 januari": the day the one given the task comes back with it
    re.compile(rf"\b(?:återkomm|återkoppl|rapporter|redovis)\w*\s+(?:[\wåäö:]+\s+){{0,3}}?den\s+\d{{1,2}}\s+{_MONTH}"
               rf"(?:\s+\d{{4}})?", re.I),
    # "informera om rutinen vid Politiskt samråd Vassmark (PSV) den 12 december", "redovisa checklistan för LVO den
    # 4 februari": the day of the body's meeting where it is to be told
    re.compile(rf"\b(?:vid|för|på)\s+[A-ZÅÄÖ][^.;]{{1,90}}?\s+den\s+\d{{1,2}}\s+(?i:{_MONTH})(?:\s+\d{{4}})?"),
    # "föredra rapporten för folkhälsorådet 22 april", "… till lärarträffen 22 januari": the day last, without "den"
    re.compile(rf"\b(?:för|till|vid|på|inför)\s+(?:[\wåäö:-]+\s+){{1,3}}?\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?\s*$", re.I),
]


# "… och redovisar därefter uppdraget till Y", "… ska redovisa ett första förslag vid Y:s möte": how the
# task given just before ends (the proposal is the task's), not a second task
# the year an organisation's own work is for, the only time its sentence names: "… tar fram ett nytt medborgarlöfte
# för 2026" (no day, no meeting to come back to)
_MODAL_START = re.compile(r"(?:ska|skall|skulle|kommer|avser|behöver)\s")
# an inquiry an organisation makes into its own matter, with no day, no one to report to and nothing to deliver
# ("Regionen utreder en ny stationering"); "… och återkommer till rådet", "… senast i maj" make it a task
_OWN_INQUIRY = re.compile(r"^(?:utreder|undersöker|ser\s+över)\s+(?:en|ett|sin|sitt|sina)\s+(?![^.;]*\b(?:till|för|senast|inför|"
                          rf"före|innan|och|samt|ska|skall|i\s+(?:{_MONTH}|höst|vår|sommar|vinter)|under|vecka|v\.)\b)[^.;]+\.?$")
# a result sent on to a body: "… och skickar den till RLG senast v. 48"
_SENT_TO = re.compile(r"\b(?:skicka[rs]?|sänd[ae]?r?|lämna[rs]?|överlämna[rs]?)\s+(?:[\wåäö]+\s+){0,4}?till\s+"
                      r"(?P<to>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)*)")
# someone keeps the notes in place of the regular secretary: "som för anteckningarna i dag då Hanna har förhinder",
# "Per för minnesanteckningar i stället för Eva Ek"
_STOOD_IN_FOR_NOTES = re.compile(
    r"\b(?:för|sköter|tar|skriver)\s+(?:minnes)?anteckningar(?:na)?\s+(?:(?:i\s+dag|idag|denna\s+gång|vid\s+dagens\s+möte)\s+)?"
    r"(?:(?:då|eftersom|när)\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\s+har\s+(?:anmält\s+)?förhinder"
    r"|i\s+stället\s+för\s+(?P<who2>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2}))")
_FOR_THE_YEAR = re.compile(r"^[^.;]*?\s(?:för|inför)\s+(?:år\s+)?20\d\d\s*\.?$")
_REPORTS_THE_TASK = re.compile(
    r"^(?P<verb>återrapportera|rapportera|redovisa|återkoppla)\s+(?:därefter\s+|sedan\s+|slutligen\s+)?"
    r"(?:(?:uppdraget|arbetet|resultatet)\s+|(?P<obj>(?:ett\s+(?:första\s+)?|)(?:förslag|utkast)(?:et)?\s+))"
    r"(?P<rest>(?:till|för|vid)\s+.+)$")


_CALENDAR_RES = (_HOLIDAY, _QUARTER, _YEAR, _SEASON)


# which of the patterns above need a digit (a date, a day, a week): a text without one is not
# scanned with them
_DUE_NEEDS_DIGIT = (True, True, False, True, True, False, False, False, False, False, True, False, False, True, True, True, True,
                    True, True)
assert len(_DUE_NEEDS_DIGIT) == len(_DUE_RES)
_DIGIT = re.compile(r"\d")


# "till nästa möte", "vid nästa sammanträde": the next meeting of the body that met (not "nästa möte i RLG")
_NEXT_OWN = re.compile(r"\b(?:vid|till|på|inför|före|innan)\s+nästa\s+(?:möte|mötet|sammanträde|träff|träffen)\b"
                       r"(?!\s+(?:i|för|hos)\s)", re.I)
# "före januarimötet", "till marsmötet": a meeting named by its month
_MONTH_MEETING = re.compile(r"\b(?:före|till|inför|vid|på|innan)\s+(?P<m>januari|februari|mars|april|maj|juni|juli|augusti|"
                            r"september|oktober|november|december)(?:mötet|sammanträdet)\b", re.I)
# "jämte ordföranden justera …", "tillsammans med ordföranden justera …": the justerare's task
_JUSTERA_TASK = re.compile(r"^(?:(?:jämte|tillsammans\s+med)\s+ordföranden\s+)?justera\s+(?:dagens\s+)?(?:protokoll|protokollet)\b")
_NEXT_OWN_NAMED = re.compile(r"\b(?:vid|till|på|inför)\s+(?P<w>[a-zåäö]{3,}?)(?:ets|ens|s)\s+nästa\s+(?:möte|mötet|sammanträde)\b")
# "Nästa möte: onsdag 10 december kl. 09.00", "Nästa möte hålls den 12 november 2025."
# ("Nästa: 13/10 kl 13-15 Teams.": hurried notes' label alone)
_NEXT_MEETING = re.compile(r"^[-•*\s]*nästa(?:\s+(?:möte|sammanträde|träff)\b|\s*:)[^\n]*", re.I | re.M)


def next_meeting_date(items: list, meeting_date: str | None) -> str | None:
    """The day the minutes give for the next meeting ("Nästa möte: 10 december", or an item of that title).

    >>> from samverkan.loaders.types import ParsedItem
    >>> next_meeting_date([ParsedItem("5", "Övrigt", body="Nästa möte: onsdag 10 december kl. 09.00, Teams.")], "2025-11-12")
    '2025-12-10'
    >>> next_meeting_date([ParsedItem("6", "Nästa möte", body="Den 22 januari 2026 på Teams.")], "2025-11-20")
    '2026-01-22'
    >>> next_meeting_date([ParsedItem("6", "Nästa möte", body="Bokas senare.")], "2025-11-20") is None
    True
    >>> next_meeting_date([ParsedItem("6", "Övr", body="JP slutar.\\n\\nNästa: 13/10 kl 13-15 Teams. KH kallar.")], "2026-09-08")
    '2026-10-13'
    """
    if not (meeting_date and re.match(r"\d{4}-\d{2}-\d{2}$", meeting_date)):
        return None
    for it in reversed(items):
        lines = [m.group(0) for m in _NEXT_MEETING.finditer(it.body)] if "ästa" in it.body else []
        if _NEXT_MEETING.match(it.title or ""):
            # its first paragraph, which a printed PDF may have wrapped onto a second line
            lines.append(" ".join(it.body.split("\n\n", 1)[0].split("\n")[:3]))
        for line in lines:
            day = _due_date(_full_months(line), meeting_date)
            if day and re.match(r"\d{4}-\d{2}-\d{2}$", day) and day > meeting_date:
                return day
    return None


# a month shortened after a day, as a wiki or a calendar writes it: "05 dec. 2025", "12 feb 2026"
_SHORT_MONTH = re.compile(r"\b(\d{1,2})\s+(jan|febr?|mar|apr|jun|jul|aug|sept?|okt|nov|dec)(?:\.(?=\s|$)|(?=\s+\d{4}\b))", re.I)
_MONTH_OF = {m[:3]: m for m in MONTHS}


def _full_months(text: str) -> str:
    """Shortened months after a day written out: "senast 05 dec. 2025" -> "senast 05 december 2025"."""
    return _SHORT_MONTH.sub(lambda m: f"{m.group(1)} {_MONTH_OF[m.group(2)[:3].casefold()]}", text)


# a matter taken off the agenda, the verb after it its own: "ärendet om X utgår och återkommer i december"
_MATTER_DEFERRED = re.compile(r"\b(?:ärendet|frågan|punkten|informationen|beslutet)\b[^.;:]{0,80}?\s+(?:utgår|bordläggs|"
                              r"skjuts\s+upp|flyttas)\s+och\s*$")


def _due(text: str, meeting_date: str | None) -> tuple[str | None, str | None]:
    """The due phrase of a task and the date it names; a day the text names wins over a season or holiday
    ("… under hösten, som redovisas för styrgruppen den 9 december").

    >>> _due("göra en uppföljning under hösten, som redovisas för styrgruppen den 9 december", "2025-09-09")
    ('redovisas för styrgruppen den 9 december', '2025-12-09')
    >>> _due("skickar rutinen till styrgruppen senast 05 dec. 2025", "2025-11-20")
    ('senast 05 december 2025', '2025-12-05')
    >>> _due("föredra rapporten för folkhälsorådet 22 april", "2025-12-09")[1]
    '2026-04-22'
    """
    text = _full_months(text)
    digits = _DIGIT.search(text) is not None
    calendar = None
    for rx, needs_digit in zip(_DUE_RES, _DUE_NEEDS_DIGIT):
        if needs_digit and not digits:
            continue
        m = rx.search(text)
        if m and rx is _WITHIN and re.search(r"\bsom\b[^,.;]*$", text[:m.start()]):
            m = None  # "SIP som inte följts upp inom tre månader": the time counted in what is done, no due
        if m:
            due = m.group(0)
            if rx in _CALENDAR_RES:
                calendar = calendar or due
                continue
            return due, _due_date(due, meeting_date)
    return (calendar, _due_date(calendar, meeting_date)) if calendar else (None, None)


_NOT_CALENDAR = object()
_COUNT = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6}
_QUARTER_END = {"första": "03-31", "andra": "06-30", "tredje": "09-30", "fjärde": "12-31"}
# the season a due phrase names, the last month of the meeting's year it can still be that season's next time
_SEASON_NAME = {"höst": "hösten", "vår": "våren", "sommar": "sommaren"}
_SEASON_LAST_MONTH = {"hösten": 11, "våren": 5, "sommaren": 8}


def _calendar_due(due: str, meeting_date: str | None):
    """The due point of a holiday, quarter, season or year named without a date, as the conventions write it:
    the holiday's day, a quarter's last day, the month before summer, a season as "hösten 2025", a year;
    ``_NOT_CALENDAR`` where the phrase names none of them. Only where the meeting date tells the year.

    >>> _calendar_due("före jul", "2025-10-08"), _calendar_due("före midsommar", "2025-05-14")
    ('2025-12-24', '2025-06-20')
    >>> _calendar_due("före första kvartalets slut", "2025-10-08"), _calendar_due("innan sommaren", "2025-10-08")
    ('2026-03-31', '2026-06')
    >>> _calendar_due("under hösten", "2025-10-08") is None  # a period as often as a due
    True
    >>> _calendar_due("till i höst", "2025-02-13"), _calendar_due("till våren", "2025-10-08")
    ('hösten 2025', 'våren 2026')
    >>> _calendar_due("efter sommaren", "2025-05-14"), _calendar_due("i början av nästa år", "2025-10-08")
    ('hösten 2025', '2026')
    >>> _calendar_due("under vintern", "2025-10-08") is None, _calendar_due("till jul", None) is None
    (True, True)
    >>> _calendar_due("under januari", "2023-11-01") is _NOT_CALENDAR  # a month: read as a month
    True
    """
    held = date.fromisoformat(meeting_date) if meeting_date and re.match(r"\d{4}-\d{2}-\d{2}$", meeting_date) else None
    if re.match(r"(?i)under\s", due) and any(rx.search(due) for rx in _CALENDAR_RES):
        return None  # "redovisa orosanmälningarna under hösten", "boka lokal för mötena under våren": a period, no due
    if m := _HOLIDAY.search(due):
        if not held:
            return None
        for year in (held.year, held.year + 1):
            day = date(year, 12, 24) if m.group("h").casefold() == "jul" else next(
                date(year, 6, d) for d in range(19, 26) if date(year, 6, d).weekday() == 4)  # midsommarafton
            if day >= held:
                return day.isoformat()
    if m := _QUARTER.search(due):
        end = _QUARTER_END[m.group("q").casefold()]
        if m.group("y"):
            return f"{m.group('y')}-{end}"
        return (f"{held.year}-{end}" if f"{held.year}-{end}" >= held.isoformat() else f"{held.year + 1}-{end}") if held else None
    if m := _YEAR.search(due):
        if not held:
            return None
        return str(held.year + 1) if m.group("next") else f"{held.year}-12"
    if m := _SEASON.search(due):
        season = m.group("s").casefold()
        season = _SEASON_NAME.get(season, season)
        before = re.match(r"(?i)(?:före|innan|till)\s+sommaren", m.group(0))
        after = re.match(r"(?i)efter\s+sommaren", m.group(0))
        if season == "vintern" or (not held and not m.group("y")):
            return None
        if before:  # "innan sommaren": the month before the summer
            year = int(m.group("y")) if m.group("y") else held.year + (held.month > 6)
            return f"{year}-06"
        if after:
            season = "hösten"
        year = int(m.group("y")) if m.group("y") else held.year + (held.month > _SEASON_LAST_MONTH[season])
        return f"{season} {year}"
    return _NOT_CALENDAR


def _due_date(due: str, meeting_date: str | None) -> str | None:
    """The date a due phrase names (a week as an ISO week); a day or week without a year is the next one
    after the meeting.

    >>> _due_date("senast 30/11", "2025-11-05"), _due_date("v. 42", "2025-09-18"), _due_date("vecka 2", "2025-11-05")
    ('2025-11-30', '2025-W42', '2026-W02')
    >>> _due_date("v. 42", None), _due_date("till nästa möte", "2025-09-18")
    (None, None)
    >>> _due_date("före årsskiftet", "2025-11-11"), _due_date("inom två veckor", "2025-10-14")
    ('2025-12-31', '2025-10-28')
    >>> _due_date("i slutet av november", "2025-10-08"), _due_date("i februari", "2025-10-08")
    ('2025-11', '2026-02')
    >>> _due("informera om rutinen vid Politiskt samråd Vassmark (PSV) den 12 december", "2025-11-26")
    ('vid Politiskt samråd Vassmark (PSV) den 12 december', '2025-12-12')
    """
    within = _WITHIN.search(due)
    if within:  # "inom två veckor": that many days, weeks or months after the meeting
        if not (meeting_date and re.match(r"\d{4}-\d{2}-\d{2}$", meeting_date)):
            return None
        n = _COUNT.get(within.group("n").casefold()) or int(within.group("n"))
        unit = within.group("u").casefold()
        held = date.fromisoformat(meeting_date)
        if unit.startswith("månad"):
            month = held.month - 1 + n
            return _iso(held.year + month // 12, month % 12 + 1, min(held.day, 28))
        return (held + timedelta(days=n * (7 if unit.startswith("veck") else 1))).isoformat()
    if re.search(r"\b(?:till|före|innan)\s+årsskiftet", due, re.I):  # the last day of the meeting's year
        return f"{meeting_date[:4]}-12-31" if meeting_date and re.match(r"\d{4}-", meeting_date) else None
    calendar = _calendar_due(due, meeting_date)
    if calendar is not _NOT_CALENDAR:
        return calendar
    w = _WEEK.search(due)
    if w:
        if not (meeting_date and re.match(r"\d{4}-\d{2}-\d{2}$", meeting_date)):
            return None
        held = date.fromisoformat(meeting_date)
        week = int(w.group("week"))
        for year in (held.year, held.year + 1):
            try:
                monday = date.fromisocalendar(year, week, 1)
            except ValueError:
                continue
            if monday >= held - timedelta(days=held.weekday()):
                return f"{year}-W{week:02d}"  # an ISO week: the minutes name no day in it
        return None
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", due)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"\b(\d{2})(\d{2})(\d{2})\b", due)
    if m:
        return _iso(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(rf"\b(\d{{1,2}})\s+({_MONTH})(?:\s+(\d{{4}}))?", due, re.I) or re.search(
        r"\b(\d{1,2})/(\d{1,2})()\b", due)
    if m:
        day = int(m.group(1))
        mo = int(m.group(2)) if m.group(2).isdigit() else _MONTHS[m.group(2).casefold()]
        if not 1 <= mo <= 12:
            return None
        if m.group(3):
            return _iso(int(m.group(3)), mo, day)
        if meeting_date and re.match(r"\d{4}-\d{2}-\d{2}$", meeting_date):
            y, mm, dd = (int(x) for x in meeting_date.split("-"))
            year = y if (mo, day) >= (mm, dd) else y + 1
            return _iso(year, mo, day)
    m = re.search(rf"\b({_MONTH})(?:\s+(\d{{4}}))?\b", due, re.I)
    if m:  # "i slutet av november", "till mötet i december": the month (as an ISO year and month), no day named
        mo = _MONTHS[m.group(1).casefold()]
        if m.group(2):
            return f"{m.group(2)}-{mo:02d}"
        if meeting_date and re.match(r"\d{4}-\d{2}-\d{2}$", meeting_date):
            y, mm = int(meeting_date[:4]), int(meeting_date[5:7])
            return f"{y if mo >= mm else y + 1}-{mo:02d}"
    return None


# --------------------------------------------------------------------------- rules

_VERB_INF = {
    "återkommer": "återkomma", "bidrar": "bidra", "återkopplar": "återkoppla", "tar": "ta", "ser": "se",
    "skickar": "skicka", "utformar": "utforma", "tittar": "titta", "informerar": "informera",
    "påbörjar": "påbörja", "lyfter": "lyfta", "kontaktar": "kontakta", "stämmer": "stämma",
    "undersöker": "undersöka", "utreder": "utreda", "jämför": "jämföra", "sammanställer": "sammanställa",
    "bjuder": "bjuda", "ansvarar": "ansvara", "genomför": "genomföra", "följer": "följa",
    "deltar": "delta", "rapporterar": "rapportera", "redovisar": "redovisa", "gör": "göra",
    "hanterar": "hantera", "leder": "leda", "driver": "driva", "planerar": "planera",
    "förbereder": "förbereda", "samordnar": "samordna", "ger": "ge", "arbetar": "arbeta",
    "jobbar": "jobba", "bereder": "bereda", "tillsätter": "tillsätta", "utser": "utse",
    "presenterar": "presentera", "skriver": "skriva", "säkerställer": "säkerställa",
    "återrapporterar": "återrapportera", "kallar": "kalla", "reviderar": "revidera",
    "företräder": "företräda", "representerar": "representera",
}
# a task verb standing alone, a comma, and the next person's task: "BÖ kallar, AKL skickar över sändlistan"
_NEXT_DOER = re.compile(rf"^\s*,\s+(?=[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){{0,2}}\s+{TASK_VERB}\b)")
# a stand-in in terse notes, whom for left to the sentence before: "Sven Ohlsson, Hällsjö, ersätter tillfälligt."
_STANDS_IN_BARE = re.compile(r"^(?P<new>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})(?:,\s*[^,;]{2,60}?,)?\s+"
                             r"(?P<v>ersätter|vikarierar)\s+(?:tillfälligt|under\s+tiden|tills\s+vidare)\s*\.?$")
# a stand-in told with the time first, the newcomer after the verb: "Under tiden ersätter Petra Lund honom tillfälligt"
_WHILE_FIRST_REPLACES = re.compile(r"^(?P<when>Under\s+tiden|Tills\s+vidare|Så\s+länge|Fram\s+till\s+dess)\s+"
                                   r"(?P<v>ersätter|efterträder)\s+(?P<new>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})\s+"
                                   r"(?P<pron>henne|honom|hen)\b")
_INFINITIVE_EXCEPTIONS = {"tar": "ta", "ser": "se", "gör": "göra", "hör": "höra", "får": "få", "går": "gå",
                          "står": "stå", "åtar": "åta", "för": "föra", "begär": "begära"}


# the body that met as the subject of its own decision, with the verb of what it does by deciding
# (or with the subject already cut off: "utser Birgitta Sand (S) och …"; "väljer X att justera": to appoint)
_OWN_ACT = re.compile(r"^(?:(?P<subj>[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:för|och|i|-)\s*[\wåäö-]+){0,6}?)\s+)?"
                      r"(?P<v>utser|tillsätter|inrättar|lämnar|(?:väljer|välja)(?=\s+[A-ZÅÄÖ][^.;]*\satt\s))\s+(?=\S)")


def _present_to_infinitive(verb: str) -> str:
    """The infinitive of a present-tense verb phrase ("kollar" -> "kolla", "tar fram" -> "ta fram").

    >>> _present_to_infinitive("skriver"), _present_to_infinitive("stämmer av"), _present_to_infinitive("tar fram")
    ('skriva', 'stämma av', 'ta fram')
    """
    first, _, rest = verb.partition(" ")
    low = first.casefold()
    if low in _VERB_INF:
        inf = _VERB_INF[low]
    elif low in _INFINITIVE_EXCEPTIONS:
        inf = _INFINITIVE_EXCEPTIONS[low]
    elif low.endswith("ar"):
        inf = low[:-1]
    elif low.endswith("er"):
        inf = low[:-2] + "a"
    else:
        inf = low
    return f"{inf} {rest}".strip() if rest else inf


def _after_modal(pattern: str) -> str:
    """A present-tense verb pattern as it is written after a modal: its first word in the infinitive.

    >>> _after_modal("bokar"), _after_modal("ringer"), _after_modal("håller in")
    ('boka', 'ringa', 'hålla in')
    """
    m = re.match(r"[a-zåäö]+", pattern)
    return _present_to_infinitive(m.group(0)) + pattern[m.end():]


# Present-tense task verbs that make an assignment in running text.
_NARRATIVE_VERBS = (
    # "tar gemensamt fram": an adverb between the verb and its particle
    # (not "återkopplar: …", the feedback itself given at the meeting after the colon)
    r"återkommer|återkopplar(?!\s*:)|tar\s+(?:gemensamt\s+|tillsammans\s+)?fram|ser\s+(?:gemensamt\s+|tillsammans\s+)?över|"
    r"tar\s+med\s+sig|tar\s+kontakt|kontaktar|"
    # material given to the work: "Regionen (Maria) bidrar med uppgifter om …"
    r"bidrar\s+med(?=\s+(?:sina\s+)?(?:uppgifter|underlag|siffror|statistik|data|exempel)\b)|"
    # "Tiina tar frågan vidare till vård- och omsorgsförvaltningen": carries it on to those who can answer it
    r"tar\s+(?:frågan|frågorna|ärendet|synpunkterna|detta)\s+vidare\b|"
    # not news told at the meeting: "informerar om att …", "informerar nämnden om att nya riktlinjer gäller …"
    r"skickar\s+ut|informerar\s+(?!om\b|också\b|även\b|att\b|kring\b|kort\b|från\b|i\s+sin\s+tur\b|[a-zåäö]+\s+(?:om\s+)?att\b)|"
    r"tittar\s+(?:\S+\s+){0,5}?(?:vidare|på)|utformar|stämmer\s+av|"
    # reporting back is a task where it says to whom or when; "X återrapporterar uppdraget" is done at the meeting
    r"återrapporterar(?!\s+från)(?=[^.;]*?\b(?:till|senast|inför|före|nästa|den\s+\d|i\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)))|"
    r"bjuder\s+in|sammanställer|(?:kan\s+)?delta(?:r)?\s+som\s+stöd|ansvarar\s+(?:(?:gemensamt|tillsammans)\s+)?för\s+att|"
    # "NR och JE gör en ny kartläggning": a piece of work to do, not "gör bedömningen att …", "gör en satsning"
    r"gör\s+(?:en|ett)\s+(?:ny|nytt|förnyad|förnyat|gemensam|gemensamt|fördjupad|fördjupat)?\s*(?:kartläggning|"
    r"uppföljning|genomgång|inventering|sammanställning|översyn|enkät|utvärdering|utredning|omvärldsbevakning|analys|"
    # a plan or form to draw up: "VA och JW gör ett schema för läkemedelsdagarna"
    r"schema|tids?plan|checklista|blankett|instruktion)\b|"
    # a seat to fill, no one named yet: "Kultur- och fritidsförvaltningen utser en ny representant"
    r"utser\s+(?=(?:en|ett|sin|sina|nya?|två|tre)\s)|"
    # any present tense "inom kort" tells what the subject is to do: "Samverkansgruppen inleder inom kort en dialog"
    r"[a-zåäö]{3,}(?:ar|er)\s+inom\s+kort"
)
# "skulle": a commitment told in the past ("Eva skulle ta med sig frågan och stämma av med …")
_MODAL = r"(?:ska|skall|skulle|kommer\s+att|kommer|avser\s+att|avser|behöver)"
_MODAL_VERBS = (
    r"(?:återkomma|återkoppla|ta\s+fram|se\s+över|ta\s+med\s+sig|ta\s+kontakt|kontakta|"
    r"skicka\s+ut|informera|titta|utforma|stämma\s+av|utreda|undersöka|sammanställa|bjuda\s+in|"
    r"ta\s+ställning|göra|lyfta|presentera|redovisa|(?:åter)?rapportera|genomföra|samordna|hantera|"
    r"planera|förbereda|följa\s+upp|leda|driva|träffas|träffa|ansvara|skriva|revidera|"
    r"säkerställa|utse|kalla|tillsätta|leverera|erbjuda|"
    r"lämna\s+(?:in\s+)?(?:ett\s+|en\s+)?(?:förslag|underlag|rapport|lägesrapport|redovisning|yttrande|svar)|"
    # reading is a task when it is to be done: "KAW ska läsa och lämna synpunkter"
    r"läsa|"
    # support to give to others' work: "att Elin ska stödja arbetsgruppen i uppdraget", "ska bistå processledaren"
    r"stödja|stötta|bistå|hjälpa\s+till|"
    # every verb that gives a person a task in the present gives one after a modal: "Elin ska boka lokal"
    + "|".join(_after_modal(v) for v in TASK_VERBS)
    + ")"
)
_DECISION_VERBS = (
    _NARRATIVE_VERBS
    + r"|påbörjar|undersöker|utreder|ansvarar|genomför|följer\s+upp|rapporterar|återrapporterar|redovisar|"
    r"gör|hanterar|leder|driver|planerar|förbereder|samordnar|ger\s+(?:en\s+)?återkoppling|"
    r"arbetar\s+vidare|jobbar\s+vidare|bereder|lyfter|tillsätter|utser|presenterar|skriver|"
    r"säkerställer|kallar|reviderar|deltar|"
    # "att sekreteraren meddelar Samverkansgrupp X beslutet": who lets others know what was decided
    r"meddelar|informerar|underrättar"
)
# (and "på motsvarande sätt", "på samma sätt": "Regionen ska på motsvarande sätt se över rutinen")
# ("Kommunen och regionen ska båda utse …": each of the subject's two, after the modal)
_ADV = (r"(?:(?:också|även|sedan|därefter|gemensamt|omgående|vidare|själv|själva|nu|snarast|också|båda|bägge|"
        r"på\s+(?:motsvarande|samma)\s+sätt)\s+)*")
_NARR_RE = re.compile(rf"\s(?P<v>{_ADV}(?:{_NARRATIVE_VERBS}))")
_MODAL_RE = re.compile(rf"\s(?P<v>{_MODAL}\s+{_ADV}{_MODAL_VERBS})\b")
# a deadline between "ska" and its verb: "ska senast fredagen den 13 februari redovisa …", "ska till nästa möte ta fram …"
_DUE_BEFORE_VERB = re.compile(
    r"\b(?P<modal>ska|skall)\s+(?P<due>senast\s+(?:(?:måndagen|tisdagen|onsdagen|torsdagen|fredagen)\s+)?(?:den\s+)?\d{1,2}\s+"
    r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+\d{4})?"
    r"|senast\s+\d{4}-\d{2}-\d{2}|till\s+nästa\s+(?:möte|träff|sammanträde))\s+(?P<rest>[a-zåäö]{3,}\b[^;]*?)\.?$")
_DEC_RE = re.compile(rf"\s(?P<v>{_ADV}(?:{_DECISION_VERBS}))")
# past the start, a clause starts at one of the characters in the lookahead, which the scan skips to
# (not the "och" of words joined under one ending: "vård- och omsorgsnämnden" is one body)
_CLAUSE_START = re.compile(r"(?:^|(?=[;:,\sd])(?:[;:]\s+|\s(?:om\s+)?att\s+|\bdär\s+|,?(?<!-)\s+och\s+))")

# a task told with its period first: "under januari–mars 2023 genomföra …"
_PERIOD_FIRST = re.compile(r"(?:under|i|från)\s+[^,.;]{0,30}?\b(?P<y>(?:19|20)\d\d)\b")
# every huvudman, each on its own: "respektive huvudman ges i uppdrag att …"
_EACH_HUVUDMAN = frozenset(("respektive huvudman", "varje huvudman", "alla huvudmän", "samtliga huvudmän", "huvudmännen"))
# "LSVO beslutade 2028-04-14 att …", "Samverkansgrupp X beslutade 22/3 att …": another body's decision told, the
# task in the att-clause given by that body
_DECIDED_LEAD_IN = re.compile(
    r"^(?P<by>[A-ZÅÄÖ][^.;,]{1,60}?)\s+(?:har\s+beslutat|beslutade|beslöt|beslutar)\s+"
    r"(?:(?:den\s+)?\d{1,4}[-/]\d{1,2}(?:[-/]\d{1,4})?\s+|\([^()]{3,40}\)\s+|(?:den|vid)\s+[^.;,]{3,40}?\s+)?att\s+(?=\S)")
_UPPDRAG_RE = re.compile(
    r"^(?P<who>.+?)\s+(?P<v>ges|får|fick|har\s+(?:nu\s+|också\s+|även\s+)?fått|har\s+getts|har)\s+"
    # "Arbetsgruppen fick i våras i uppdrag av styrgruppen att …": when, and by whom
    # ("Enhetschefen ges uppdraget att …": the task in definite form, without "i")
    r"(?:också\s+|även\s+|nu\s+)?(?:i\s+(?P<when>våras|höstas|somras|vintras|fjol)\s+)?(?:i\s+(?:uppdrag|uppgift)|uppdraget|uppgiften)"
    r"(?:\s+av\s+(?P<by>[^.;:,]{2,60}?))?"
    # "NN fick i uppdrag vid förra mötet att …": a task given earlier, followed up
    r"(?:\s+(?:vid|på|under)\s+(?:förra|föregående|senaste)\s+(?:mötet|möte|sammanträdet|träffen))?\s+att\s+(?P<task>.+)$"
)
# how far a followed-up task has come, after a dash: "… – klart, bifogas", "… – kvarstår"
_FOLLOWUP_STATUS_TAIL = re.compile(r"\s+[–—-]\s+(?:klart|klar|kvarstår|pågår|påbörjat|ej\s+klart|inte\s+klart|fortsätter)\b.*$",
                                   re.I)
_FICK_INV_RE = re.compile(
    r"^(?P<front>.+?)\s+(?:fick|får)\s+(?P<who>.+?)\s+i\s+uppdrag\s+att\s+(?P<task>.+)$"
)
# "… den reviderade överenskommelsen, som RLG": the object a relative clause is about and its subject
_GAVE_WHICH_RE = re.compile(r"^.*\b(?P<obj>(?:den|det|de)\s+[^,;]{3,80}?),\s+som\s+(?P<giver>[^,;]+?)\s*$")
# … and a definite noun without article, when after it: "… utkastet till handlingsplan, som styrgruppen i juni gav …"
_GAVE_WHICH_NOUN_RE = re.compile(r"^.*\b(?P<obj>[a-zåäö]{3,}(?:et|en|na)(?:\s+[^,;]{1,60}?)?),\s+som\s+(?P<giver>[^,;]+?)"
                                 r"(?:\s+(?:i|under)\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
                                 r"oktober|november|december|våras|höstas))?\s*$")
# a body by the definite form of its name's first word, before "har (nu) gett": "Länsledningen har nu gett …"
_BARE_DEFINITE_GIVER = re.compile(r"(?P<b>[A-ZÅÄÖ][a-zåäö-]{3,}(?:en|et))(?:\s+har(?:\s+(?:nu|nyligen|också|även|därför))?)?\s*")
_GE_RE = re.compile(
    # ("… ge X och Y i gemensamt uppdrag att …": the task shared by those named)
    r"^(?P<giver>.*?)\b(?P<v>[Gg]e|[Gg]er|[Gg]av|har\s+gett|har\s+givit|gett|givit)\s+(?P<who>.+?)\s+(?:ett\s+)?"
    r"(?:i\s+(?P<joint>(?:ett\s+)?(?:gemensamt|delat)\s+)?uppdrag|uppdraget)\s+"
    # "… som gav styrgruppen uppdraget om suicidprevention i våras": the uppdrag by its subject
    r"(?:att\s+(?P<task>.+)|(?P<om>om\s+[^,;]+?)(?:\s+(?:i\s+(?:våras|höstas|vintras|somras)|tidigare|förra\s+året))?)$"
)
# "uppdra åt LSVO att återrapportera …", "PSVO uppdrar till förvaltningen att …"
_UPPDRA_AT_RE = re.compile(
    r"^(?P<giver>.*?)\b(?:[Uu]ppdras|[Uu]ppdra|[Uu]ppdrar|[Uu]ppdrogs|[Uu]ppdrog|har\s+uppdragit)"
    # ("Kommunfullmäktige uppdrog 2026-06-15, § 74, åt nämnden att …": the day and paragraph of its protocol between)
    r"(?:\s+(?:den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})(?:,?\s*\(?§\s?\d{1,4}\)?)?,?)?"
    r"\s+(?:åt|till)\s+(?P<who>.+?)\s+att\s+(?P<task>.+)$"
)
# "Regionfullmäktige beslutade 2026-04-22, § 51, att uppdra åt …": the body that decided, without its verb
_DECIDED_TO_TAIL = re.compile(r"\s+(?:har\s+|hade\s+)?(?:beslutade|beslöt|beslutat)\b.*$", re.S)
# who is welcomed, and where from, before a relative clause about them: "Ett särskilt välkommen riktades
# till Helena Vik, Region X, som …"
# ("… hälsade välkommen och presenterade A, titel, som …", "Ordföranden presenterade A, som …": the one presented)
_WELCOMED_WHO = (r"^.*?\b(?:[Vv]älkom(?:men|na|nade|nar),?\s+(?:(?:riktades|hälsades|riktas)\s+)?(?:särskilt\s+)?(?:till\s+)?"
                 # "Välkommen till nya medlemmen Eva Ek, som ersätter …": the newcomer named after her new seat
                 r"(?:(?:vår\s+|vårt\s+)?(?:nya|nye|ny|nyaste)\s+(?:medlemmen|medlem|ledamoten|ledamot|representanten|"
                 r"deltagaren|kollegan|kollega)\s+)?"
                 r"(?:och\s+)?(?:(?:presenterade|presenterar|introducerade|introducerar)\s+)?"
                 r"|(?:presenterade|presenterar|introducerade|introducerar)\s+)"
                 r"(?P<who>[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2})(?:,\s*[^,]{2,60}?)?,?\s+som\s+")
# a newcomer welcomed, the seat told in the relative clause: "…, som ersätter Per Holm i styrgruppen"
_WELCOMED_FOR_SIDE = re.compile(r"^(?P<r>ersätter\s+[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2})\s+för\s+(?=\S)")
_WELCOMED_BARE = re.compile(r"^ersätter\s+[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2}\s*\.?$")
_WELCOMED_REPLACES_RE = re.compile(_WELCOMED_WHO + r"(?P<rest>(?:ersätter|har\s+ersatt)\s+.+)$")
_DECIDES_THAT = re.compile(r"^(?P<by>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+(?:beslutar|beslutade|beslöt|har\s+beslutat)\s+att\s+(?=\S)")
_MANDAT_RE = re.compile(r"^(?:(?P<who>.+?)\s+(?:ges|får|har\s+fått)\s+(?:ett\s+)?(?:\w+\s+)?"
                        # "Styrgruppen ger arbetsgruppen mandat att …": the body named first gives it
                        r"|(?:att\s+|(?P<giver>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+(?=ger\s|gav\s|har\s+gett\s|har\s+givit\s))?"
                        r"(?:ge|ger|gav|har\s+gett|har\s+givit)\s+(?P<who2>.+?)\s+"
                        r"(?:ett\s+)?(?:(?:fullt|utökat|tydligt|förnyat|särskilt)\s+)?)"
                        r"mandat\s+att\s+(?P<task>.+)$")
# a point named for a seat or duty alone: "Sammankallande", "Val av ny ordförande", "Ny sekreterare"
_POINT_NAMED_FOR_SEAT = re.compile(r"(?i)(?:val\s+av\s+|ny\s+|nya\s+)?(?:sammankallande|ordförande|vice\s+ordförande|sekreterare|"
                                   r"antecknare|samordnare)(?:\s+(?:från|fr\.o\.m\.?)\s+[^.]{2,30})?")
# the presidium of a body by its letters: "HSN:s presidium", "KS presidium"
_ACRONYM_PRESIDIUM = re.compile(r"[A-ZÅÄÖ]{2,6}(?::s|s)?\s+presidium\b")
# a body by its kind in the definite, however it goes on: "nätverket under 2027", "gruppen framöver"
_KIND_WORD_DEFINITE = re.compile(r"(?i)[a-zåäö-]*(?:gruppen|nätverket|rådet|teamet|nämnden|styrelsen|utskottet|forumet|"
                                 r"beredningen|samrådet)\b")
# a question raised by another body, in the minutes of the one it came to: "Frågan har väckts av samverkansgruppen"
_RAISED_BY = re.compile(r"^(?:Frågan|Ärendet|Förslaget|Frågorna|Ärendena)(?:\s+om\s+[^.;]{2,100}?)?\s+(?:har\s+|hade\s+)?"
                        r"(?:väckts|väcktes|aktualiserats|aktualiserades)\s+(?:av|i|från)\s+(?P<from>[A-ZÅÄÖa-zåäö][^.;,]{1,80}?)"
                        r"(?=\s*[.,;]|\s+(?:i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
                        r"november|december|samband)|den|under|vid|inför|som|och(?=\s+(?:[a-zåäö]+(?:ar|er|ir)|tas|ska|har)\b))\b|\s*$)")
# a piece of work to be decided, first in its sentence: "Ändringarna lyfts till …", "Riktlinjen skickas vidare till …"
# (not "Remissvaret skickas till Socialstyrelsen": an answer sent, no matter handed on)
_DEFINITE_WORK_FIRST = re.compile(r"(?:Ändringarna|Förslagen|Riktlinjen|Riktlinjerna|Handlingsplanen|Planen|Överenskommelsen|"
                                  r"Utredningen|Kartläggningen|Analysen|Policyn|Programmet|Strategin|Uppdragsbeskrivningen|"
                                  r"Rutinerna|Revideringen|Modellen)\s+(?:om\s+[^.;]{2,80}?\s+)?(?:tas|lyfts|skickas)\s")
# a point's title on the body's own staffing: "Bemanning i teamet", "Ny ledamot i gruppen", "Förändringar i nätverket"
# (or by its genitive: "Projektgruppens sammansättning", "Nätverkets bemanning")
_SEAT_IN_THE_BODY = re.compile(r"(?i)\s(?:i|inom)\s+(?:teamet|gruppen|nätverket|rådet|styrgruppen|arbetsgruppen)$|"
                               r"^[a-zåäö-]*(?:gruppens|teamets|rådets|nätverkets)\s+(?:sammansättning|bemanning|ledamöter|"
                               r"medlemmar|representation|representanter)$")
_UTSES_RE = re.compile(
    r"^(?P<who>.+?)\s+(?:utses|utsågs|har\s+utsetts|föreslås\s+bli)\s+(?:(?:som|till)\s+"
    # whose seat it is, in the genitive: "regionens representant", "Åby kommuns ledamot"
    r"(?:(?P<owner>[A-ZÅÄÖ][\wåäö-]+\s+kommuns|[Rr]egion(?:ens|\s+[A-ZÅÄÖ][\wåäö-]+s)|kommunens|förvaltningens|"
    r"[A-ZÅÄÖ][\wåäöÅÄÖ]*:s|"
    # "styrgruppens representant i G": the body that met sends one of its own to another body
    r"[a-zåäö]*(?:gruppens|rådets|nätverkets|nämndens|teamets|beredningens|styrelsens))\s+)?"
    # "utses till ständig justerare tillsammans med ordförande X": the standing duty, whoever shares it
    r"(?:(?:ständig|ordinarie)\s+(?=justerare))?"
    # "utses till ny sammankallande efter Eva Ek": the seat new to its holder
    r"(?:(?:ny|nya|nytt)\s+(?=(?:sammankallande|ordförande|sekreterare|antecknare|samordnare|justerare)\b))?"
    # ("X utses till biträdande projektledare": a duty second to another's)
    r"(?P<role>(?:(?:biträdande|ställföreträdande|tillförordnad)\s+)?[\wåäö-]+)(?:\s+(?:för|i)\s+(?P<for>[^.]+?))?"
    r"(?:\s+(?:tillsammans\s+med|jämte)\s+ordföranden?(?:\s+[A-ZÅÄÖ][^.]*?)?)?"
    r"(?:\s+(?:från|fr\.o\.m\.?|efter|till\s+och\s+med|t\.o\.m\.?)\s+(?:den\s+)?\d[^.]*?)?"
    # "… i G efter Eva Ek, som lämnar nätverket vid årsskiftet": whose seat it was, and why it fell free
    r"(?:\s+efter\s+(?P<prev>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:,\s+som\s+[^.]+?)?)?"
    # "utses att företräda socialnämnden i Referensgruppen X": a seat for the body that met in another
    r"(?:\s+att\s+(?P<task>.+))?|att\s+(?P<task2>(?:ingå|delta|sitta)\s+i\s+.+|(?:företräda|representera)\s+.+))$"
)
# a duty at a meeting, which no group holds: who checks the minutes or chairs the next meeting
_MEETING_DUTY = re.compile(r"(?i)justerare|protokolljusterare|mötesordförande|ordförandereserv|mötessekreterare|"
                           r"rapportör|vice\s+mötesordförande")
# the body that met represented at an occasion: "Bygderådet representeras av A, B och C", "Föreningen
# representeras vid stämman av Eva Ek" (not "X kommun representeras i G av Y": a seat, see represented_by)
_REPRESENTED_AT = re.compile(
    r"^(?P<body>(?=[A-ZÅÄÖ])[\wåäöÅÄÖ]*?(?:[Rr]ådet|[Ss]tyrelsen|[Ff]öreningen|[Gg]ruppen|[Ll]aget|[Nn]ätverket|[Ff]örbundet))\s+representeras\s+"
    r"(?:vid\s+(?P<event>[^.;]+?)\s+)?av\s+(?P<who>[A-ZÅÄÖ][^.;]+?)(?:\s+vid\s+(?P<event2>[^.;]+?))?\.?$")
# "utse vice ordförande Eva Ek till ständig justerare tillsammans med ordförande Per Berg": the standing duty
_DUTY_RE = re.compile(r"^(?:.*?\b)?(?:utse|välja)\s+(?:(?:1:e\s+|2:e\s+)?vice\s+ordförande\s+)?(?P<who>[A-ZÅÄÖ].+?)\s+(?:till|som)\s+"
                      r"(?:ständig\s+(?=justerare))?(?P<role>" + _MEETING_DUTY.pattern[4:]
                      # "välja X till sekreterare för mötet": the meeting's secretary, no seat in the body
                      + r"|sekreterare(?=\s+(?:för|vid)\s+(?:mötet|sammanträdet)\b))"
                      r"(?P<rest>\s+(?:för|vid|till)\s+(?:(?:nästa|kommande|dagens)\s+(?:möte|sammanträde)t?|mötet|sammanträdet))?"
                      r"(?:\s+(?:tillsammans\s+med|jämte)\s+ordföranden?(?:\s+[A-ZÅÄÖ][^.]*?)?)?\s*\.?$", re.I)


# a duty outside the body a kommun's or region's organ hands one of its politicians: ombud at a company's
# stämma, kontaktpolitiker for a unit, lekmannarevisor; told with the duty first or the person first
# (a body's contact person towards another, told as a duty: "utses till styrgruppens kontaktperson mot rådet")
_AGENT_DUTY = (r"(?:stämmo)?ombud|ombudsersättare|ersättare\s+för\s+ombudet|kontaktpolitiker|kontaktperson(?=\s+(?:gente)?mot\s)|"
               r"lekmannarevisor(?:suppleant|ssuppleant)?")
_PARTY_NAME = r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}(?:\s+\([^()]{1,12}\))?"
_PARTY_NAMES = _PARTY_NAME + r"(?:(?:,\s*|\s+och\s+)" + _PARTY_NAME + r"){0,5}"
# a thing to deliver and, in a relative clause after it, who promised to deliver it: "Det som saknas är en
# överblick över avgifterna, som Per har lovat att ta fram till nästa möte"
_PROMISED_IN_RELATIVE_RE = re.compile(
    r"(?:^|\b(?:är|saknas|behövs|saknar|behöver|gäller)\s+)(?P<obj>(?:en|ett|de|den|det|alla)\s+[^;]+?),?\s+som\s+"
    r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?(?:\s+och\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)?)"
    r"\s+(?:har\s+|hade\s+)?(?:lovat|lovade|lovar|åtagit\s+sig|åtog\s+sig|tagit\s+på\s+sig|tog\s+på\s+sig)\s+att\s+"
    r"(?P<verb>(?!det\b|den\b)[a-zåäö]{2,}(?:\s+(?:fram|in|ut|upp|ihop|över|samman))?)(?P<rest>\s+(?:till|senast|före|inför|i|under|på)\b[^.;]*)?\.?$")


# whose agent the person is, before the duty: "till kommunens ombud vid …"
_AGENT_OWNER = r"(?:(?:kommunens|regionens|nämndens|styrelsens|förbundets|[a-zåäö]*gruppens)\s+)?"
_AGENT_DUTY_RE = re.compile(
    r"^(?:att\s+)?(?:(?:[Ss]om|[Tt]ill)\s+(?:nytt?\s+)?" + _AGENT_OWNER + r"(?P<role>" + _AGENT_DUTY + r")(?P<rest>\s+(?:vid|för|i|på|mot|gentemot)\s+[^;]+?)?"
    r"\s+(?:utses|väljs|utsågs|valdes|utse|välja)\s+(?P<who>" + _PARTY_NAMES + r")"
    # (the official by her title first: "utse folkhälsostrateg Eva Ek till kommunens kontaktperson gentemot …")
    r"|(?:[^.;]{0,60}?\s+)?(?:utser|utsåg|väljer|valde|utse|välja)\s+(?:[a-zåäö][\wåäö-]{3,}\s+)?(?P<who2>" + _PARTY_NAMES
    + r")\s+(?:till|som)\s+"
    r"(?:nytt?\s+)?" + _AGENT_OWNER + r"(?P<role2>" + _AGENT_DUTY + r")(?P<rest2>\s+(?:vid|för|i|på|mot|gentemot)\s+[^;]+?)?"
    r"|(?P<who3>" + _PARTY_NAMES + r")\s+(?:utses|väljs|utsågs|valdes)\s+(?:till|som)\s+(?:nytt?\s+)?" + _AGENT_OWNER + r"(?P<role3>" + _AGENT_DUTY
    + r")(?P<rest3>\s+(?:vid|för|i|på|mot|gentemot)\s+[^;]+?)?)"
    r"(?:,?\s+med\s+(?P<sub>" + _PARTY_NAME + r")\s+som\s+(?:personlig\s+)?ersättare"
    # "utser A (S) till ombud och B (M) till ersättare för ombudet vid föreningsstämman …": the stand-in
    # named in the same breath, the meeting told after both
    r"|\s+och\s+(?P<sub2>" + _PARTY_NAME + r")\s+till\s+(?:personlig\s+)?ersättare(?:\s+för\s+ombudet)?"
    r"(?P<rest4>\s+(?:vid|för|i|på)\s+[^;]+?)?)?"
    r"(?:,?\s+(?:för\s+tiden|till\s+och\s+med|t\.\s?o\.\s?m\.?)\s+[^;]+?)?\s*\.?$")


# the duties of one meeting a body hands out as its first points ("Val av justerare", "Till
# sekreterare utsågs …"), each read as one task however the minutes appoint to it
_MEETING_DUTIES = ("justerare", "protokolljusterare", "justeringsperson", "sekreterare", "mötessekreterare")


# titles written as acronyms that name their holder in a task: "uppdra åt VD att …"
_ACRONYM_ROLES = frozenset({"vd", "mas", "mar"})


# the title of the one who heads an organisation, written without its article as a name is: "uppdra åt rektor att …",
# "Förvaltningschef återkommer …"
# (or a staff's function: "Informationsansvarig uppdaterar webbplatsen", the one the roster gives that function)
_BARE_HEAD_TITLE = re.compile(r"(?i)rektor|[a-zåäö]+(?:direktör|chef|ansvarig)")


def _holds_role(a: AttendanceEntry, roles: set[str]) -> bool:
    """Whether an attendee holds one of ``roles`` (casefolded role nouns): as a role of the meeting
    ("ordförande") or as the title before any comma ("Socialchef, Åby kommun", "IFO-chef").

    >>> a = AttendanceEntry(name="Eva Ek", status="present", title="Tf. socialchef, Åby kommun")
    >>> _holds_role(a, {"socialchef"}), _holds_role(a, {"chef"}), _holds_role(a, {"förvaltningschef"})
    (True, True, False)
    """
    return bool(roles & {r.casefold() for r in a.roles}) or any(
        (a.title or "").casefold().split(",")[0].strip().endswith(r) for r in roles if len(r) >= 4)


def _duty_task(role: str, when: str = "") -> str:
    """The task a duty at a meeting gives: "justera protokollet", "vara mötesordförande för nästa möte";
    the secretary is the meeting's, however the minutes name the duty.

    >>> _duty_task("justerare"), _duty_task("mötesordförande", " för nästa möte")
    ('justera protokollet', 'vara mötesordförande för nästa möte')
    >>> _duty_task("mötessekreterare"), _duty_task("Sekreterare"), _duty_task("sekreterare", " för nästa möte")
    ('vara sekreterare vid mötet', 'vara sekreterare vid mötet', 'vara sekreterare för nästa möte')
    >>> _duty_task("protokolljusterare"), _duty_task("justeringsperson")
    ('justera protokollet', 'justera protokollet')
    """
    role = role.casefold()
    if role.endswith("justerare") or role == "justeringsperson":
        return "justera protokollet"
    if role.endswith("sekreterare"):
        return f"vara sekreterare{when or ' vid mötet'}"
    return f"vara {role}{when}"


def _seat_owner(genitive: str | None) -> str | None:
    """The huvudman or unit a seat is held for, from its genitive before the role.

    >>> [_seat_owner(g) for g in ("regionens", "Åby kommuns", "Region Norrhavets", "BUP:s", "kommunens", None)]
    ['Regionen', 'Åby kommun', 'Region Norrhavet', 'BUP', None, None]
    """
    if not genitive or genitive.casefold() in ("kommunens", "förvaltningens"):
        return None  # the kommun of the minutes: its name is the body's, not written here
    if genitive.casefold() == "regionens":
        return "Regionen"
    return re.sub(r":?s$", "", genitive)


_ORG_SHAPED = re.compile(r"^(?:Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+kommun)$")
# a huvudman's unit, by the last part of its name: "Socialförvaltningen", "Psykiatriska öppenvårdsmottagningen X"
_UNIT_SUFFIX = re.compile(r"(?i)(?:förvaltning|enhet|avdelning|mottagning|klinik|kansli|central|vårdcentral|sektion|"
                          r"stab|förbund|myndighet|länsstyrelse|polis|skola|nämnd)(?:en|et)?\b|\bkommun\b|\bregion\b")
# a decided clause whose subject is a body: "styrgruppen rapporterar till ledningsgruppen"
_BODY_FIRST = re.compile(r"[a-zåäö]+(?:gruppen|rådet|nämnden|utskottet|beredningen|organet|teamet)\s+[a-zåäö]+(?:ar|er|r)\s")
# an election proposed to the body that fills the seat: "föreslå kommunfullmäktige besluta att välja X till …",
# "föreslå regionfullmäktige att entlediga X från …"
_PROPOSED_ELECTION = re.compile(r"^föreslå\s+(?:[\wåäö:-]+\s+){1,5}?(?:att\s+)?(?:besluta\s+att\s+)?"
                                r"(?:välja|utse|entlediga|befria|nominera)\s")
# a title before a name: "enhetschef Pia Lund", "IFO-chef Vera Ek"
_TITLE_FIRST = re.compile(r"^[\wåäöÅÄÖ-]*(?:chef|ledare|samordnare|strateg|direktör|sekreterare|handläggare)\s+(?=[A-ZÅÄÖ][a-zåäö])")
# the seat's holder named with it: "… i G efter Lotta Grahn (S)", "(ersättare) för Mats Forsell i G"
_SEAT_AFTER = re.compile(r"\s+efter\s+(?P<p>[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)(?:\s+\([A-ZÅÄÖ]{1,4}\))?$")
# when a seat is held, after the body it is in: "… efter Peter Lilja från och med den 1 januari 2026"
_SEAT_TERM = re.compile(r",?\s+(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|till\s+och\s+med|t\.\s?o\.\s?m\.?|för\s+tiden|"
                        # "… efter Y (M), som lämnar uppdraget": why the seat is free
                        r"som\s+(?:lämnar|har\s+lämnat|avgår|har\s+avgått|entledigas|har\s+entledigats|avsagt|har\s+avsagt)|"
                        r"för\s+(?:resten|återstoden)\s+av)\b.*$")
_SEAT_OF = re.compile(r"^(?P<p>[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+)(?:\s+\([A-ZÅÄÖ]{1,4}\))?\s+i\s+(?P<g>\S.*)$")
_UTSE_RE = re.compile(
    r"^(?P<pre>.*?)\b(?:utse|nominera)\s+(?P<who>.+?)\s+(?:(?P<att>att)\s+(?P<task>.+)|(?:till|som)\s+"
    # "till ny ledamot", "till nämndens representant": the seat after an adjective or an owner
    # "till regionens politiska representant": and the kind of seat before it
    r"(?:(?:ny|nya|nytt|ordinarie)\s+)?(?:[a-zåäö]{3,}(?:ens|ets)\s+)?(?:(?:politiska?|nya?|ordinarie)\s+)?(?P<role>[\wåäö-]+)"
    r"(?:\s+(?:för|i)\s+(?P<for>.+?))?(?:\s+på\s+\d+\s*%.*)?)$"
)
_SELF_RE = re.compile(
    r"^(?P<pre>(?:efter|vid|under|i)\s+[^,]{0,60}?\s+)?(?P<v>utse|inrätta|tillsätta)\s+(?P<obj>.+)$", re.I
)
_VALJS_RE = re.compile(r"^(?P<who>.+?)\s+(?:väljs|valdes)\s+in\s+i\s+(?P<group>.+?)$")
_GRUPPLEDARE_RE = re.compile(
    r"\b(?:[Dd]e\s+)?(?:utsedda\s+)?(?P<role>gruppledar|processledar|samordnar|kontaktperson)(?:na|e|er)\s+är\s+(?P<who>.+)$"
)
_ONSKAR_RE = re.compile(r"^(?P<who>.+?)\s+önskar\s+(?P<task>(?!gärna\b)(?!att\b)[a-zåäö]+a\b.*)$")
_POSITIV_RE = re.compile(
    r"(?:ställer\s+sig\s+(?P<who1>[A-ZÅÄÖ][^,.]{2,60}?)\s+positiv[a]?\s+till\s+att\s+(?P<task1>.+)$|"
    r"^(?P<who2>.+?)\s+ställer\s+sig\s+positiv[a]?\s+till\s+att\s+(?P<task2>.+)$)"
)
# a question put at the meeting, to be answered later: "Gunvor Alm frågade hur många platser …"
_ASKED = re.compile(r"\b(?:frågade|frågar|undrade|undrar|ställde\s+frågan)\s+(?P<q>(?:om|hur|vad|när|varför|vilka|vilken|vem)\b[^.;?]+)")
# how a body reports as a standing duty, not a task of this meeting: "… en gång om året", "genom sin årsrapport"
# the body that gave the body that met its uppdrag, by that role alone: "… till uppdragsgivaren", "… till vår uppdragsgivare"
_COMMISSIONER_REF = re.compile(r"(?i)(?:(?:vår|sin|dess|gruppens|styrgruppens|[\wåäö]+gruppens)\s+)?uppdragsgivare(?:n)?")
_STANDING_REPORT = re.compile(r"\brapporterar\s+till\b[^.]*\b(?:genom\s+sin(?:a)?\s+[\wåäö-]*(?:rapport|berättelse)\w*|"
                              r"en\s+gång\s+(?:om|per|i)\s+år(?:et)?|årligen|varje\s+år|löpande|regelbundet)\b")
# a report handed in at set times, a standing duty: "Rådet lämnar en gång per år en lägesbeskrivning till Styrgrupp X",
# "… lämnar sin lägesrapport till X två gånger per år"
_PERIODIC_HAND_IN = re.compile(r"\blämnar\s+(?:" + FREQUENCY + r"\s+)?" + HANDED_REPORT + r"\s+till\s+[^.;]*?(?<=\s)"
                               + FREQUENCY + r"\b|\blämnar\s+" + FREQUENCY + r"\s+" + HANDED_REPORT + r"\s+till\b")
# an item reporting from a group named in lower case after its kind: "Återrapport från arbetsgruppen trygg hemgång"
_REPORT_FROM_GROUP = re.compile(r"(?i)^\s*(?:åter)?rapport(?:ering)?\s+från\s+(?P<g>[a-zåäö]*grupp)en\s+(?P<rest>[a-zåäö][^,.;:()]{2,60})$")
# a remiss answer sent to the body that asked: "överlämnar synpunkterna till …", "… synpunkterna och överlämnar dem till …"
_REMISS_ANSWER = re.compile(r"\b(?:synpunkter(?:na)?|yttrande(?:t)?|remissvar(?:et)?)\b[^.;]*\b(?:överlämna|lämna|skicka|sända)"
                            r"[a-zåäö]*\s+(?:dem|det|den)\b|\b(?:överlämna|lämna|skicka|sända)[a-zåäö]*\s+(?:[a-zåäö]+s\s+)?"
                            r"(?:synpunkter(?:na)?|yttrande(?:t)?|remissvar(?:et)?)\b"
                            # (the answer the subject of the passive: "Yttrandet överlämnas till RLG inför mötet")
                            r"|^(?:[Aa]tt\s+)?(?:[\wåäö]+s\s+|[Vv]årt\s+)?(?:[Yy]ttrande(?:t)?|[Rr]emissvar(?:et)?|[Rr]emissyttrande(?:t)?)"
                            r"\s+(?:överlämnas|lämnas|skickas|sänds)\b")
_PASSIVE_AGENT_RE = re.compile(
    r"(?:^|\batt\s+|,\s+(?=vilka|vilket|vilken|som\s))(?P<obj>(?:(?!\batt\s)[^,]){2,80}?)\s+(?P<modal>ska|skall|kommer\s+att|kommer)\s+"
    r"(?P<v>[a-zåäö]+s(?:\s+(?:fram|upp|in|ut|över|igenom))?)\s+av\s+(?P<who>[^,.]+?)"
    r"(?P<rest>\s+(?:som|och|för|innan|under|inom)\b.*)?$"
)
# who has the say in a matter, no task: "Frågan om representationen ska avgöras av nämnden"
_HAS_THE_SAY = re.compile(r"avgöras|avgörs|fastställas|fastställs")
# "… utbildningsinsatser i Link, vilka ska tas fram av …": what the relative pronoun stands for
_RELATIVE_OBJ = re.compile(r"(?i)^(?:vilka|vilket|vilken|som)$")
_NEED_LEAD = re.compile(r"(?i)^.*?\b(?:behövs|krävs|saknas|finns)\s+(?:det\s+)?(?:även\s+|också\s+|dessutom\s+)?")
_AVSER_RE = re.compile(r"^(?P<who>.+?)\s+(?:.{0,120}?\s)?och\s+avser\s+(?:att\s+)?(?P<task>.+)$")
_HAR_UPPDRAG_RE = re.compile(
    r"^(?P<who>.+?)\s+har\s+(?:detta|det|det\s+här)\s+som\s+en\s+del\s+i\s+(?:sitt|sina|deras)\s+uppdrag"
)

_HUVUDMAN_WORDS = r"(?:[Rr]egionen|(?:Region|Landstinget)\s+[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ][a-zåäö]+s?\s+kommun)"
_WELCOMES_RE = re.compile(
    # ("Ordföranden öppnar mötet och hälsar X välkommen som …": the opening told first)
    r"^(?:[A-ZÅÄÖ][\wåäö]*\s+){1,3}?(?:(?:öppnar|öppnade)\s+(?:mötet|sammanträdet)\s+och\s+)?hälsa(?:r|de)\s+(?P<who>[A-ZÅÄÖ][^.;]+?)\s+(?:varmt\s+|särskilt\s+|speciellt\s+)?"
    r"välkom(?:men|na|mna)\s+som\s+"
    # ("… som ny medlem i nätverket": a network's members, neither ledamöter nor representatives)
    r"(?:nya?\s+)?(?P<role>ledamot|ledamöter|ersättare|representant(?:er)?|medlem(?:mar)?|deltagare)"
    # ("… som ny representant i styrgruppen": the body by its kind)
    r"(?:\s+i\s+(?P<g>[A-ZÅÄÖ][^.;]+?|[a-zåäö]*(?:gruppen|rådet|nämnden|teamet|nätverket)))?(?:\s+för\s+(?P<hm>" + _HUVUDMAN_WORDS + r"))?"
    # "… som ny ledamot för BUP Åsen", "… för primärvården": the unit the newcomer comes from
    r"(?:\s+(?:för|från)\s+(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,3}|[a-zåäö-]+(?:vården|omsorgen|tjänsten|psykiatrin)))?"
    r"(?:\s+efter\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}(?:\s*\([A-ZÅÄÖ]{1,3}\))?))?\.?$")
# a newcomer welcomed at her first meeting: "Ett särskilt välkommen riktades till A, Org, som var med på sitt
# första styrgruppsmöte"
_WELCOMED_FIRST_RE = re.compile(
    _WELCOMED_WHO + r"(?:var|är|deltog|deltar)\s+"
    r"(?:med\s+)?(?:på|i|vid)\s+(?:sitt|sina)\s+första\s+[\wåäö-]*möte\b")
# the newcomers welcomed as a list: "hälsade de nya deltagarna i utvecklingsrådet, A, Org, och B, Org, speciellt välkomna"
_WELCOMES_NEW_RE = re.compile(
    r"^.*?\bhälsa(?:de|r)\s+(?:de\s+)?nya\s+(?:deltagarna|ledamöterna|representanterna|medlemmarna)"
    r"(?:\s+i\s+(?P<g>[^,.;]+?))?,\s+(?P<list>[A-ZÅÄÖ][^.;]+?),?\s+(?:speciellt|särskilt|varmt)\s+välkomna\.?$")
_WELCOMES_ALL_RE = re.compile(
    r"^(?P<a>(?:[A-ZÅÄÖ][\wåäö]*\s+){1,3}?)hälsa(?:de|r)\s+(?:alla\s+)?välkom(?:men|na),\s+(?:särskilt|speciellt)\s+"
    # ("… särskilt Eva Ek som är brukarrådets nya representant …": whose seat she takes, in the genitive)
    r"(?P<who>[A-ZÅÄÖ][^.;,]+?)\s+som\s+(?:(?:är|blir)\s+)?(?:[\wåäö-]+s\s+(?=nya\s))?(?P<rest>nya?\s+[^.;]+?)"
    # "… och Hanna Wikström som ny sekreterare": a second newcomer, in another role
    r"(?:\s+och\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}\s+som\s+[^.;]+?)?\.?$")
_WELCOME_TO_RE = re.compile(
    r"^(?:[Vv]älkommen\s+till|(?:[A-ZÅÄÖ][\wåäö]*\s+){1,2}?välkomna(?:r|de))\s+(?P<who>[A-ZÅÄÖ][^.;,]+?)\s+som\s+"
    r"(?P<rest>nya?\s+[^.;!]+?)[.!]?$")
_SEAT_WORDS = r"(?:representant(?:er)?|ledamot|ledamöter|ersättare|[\wåäö-]*(?:ledare|samordnare|ägare))"
# "Olofströms kommun har ännu inte utsett någon representant till arbetsgruppen för Barnahus"
_NOT_APPOINTED_RE = re.compile(
    rf"(?P<hm>{_HUVUDMAN_WORDS})\s+har\s+(?:ännu\s+|fortfarande\s+)?(?:inte|ej)\s+(?:ännu\s+)?"
    rf"(?:utsett|valt|tillsatt|nominerat|anmält|utsett)\s+(?:någon\s+|några\s+|en\s+|sin\s+|sina\s+)?"
    rf"(?P<role>{_SEAT_WORDS})\b(?:\s+(?:till|i)\s+(?P<g>[^.,;]+))?")
# "Det saknas fortfarande en representant från Karlshamns kommun i styrgruppen"
_MISSING_RE = re.compile(
    rf"\bsaknas\s+(?:fortfarande\s+|ännu\s+)?(?:en\s+|någon\s+)?(?P<role>{_SEAT_WORDS})\s+(?:från|för)\s+"
    rf"(?P<hm>{_HUVUDMAN_WORDS})(?:\s+(?:i|till)\s+(?P<g>[^.,;]+))?")
# "Arbetsgruppen saknar fortfarande representant från Sölvesborgs kommun"
_LACKS_RE = re.compile(
    rf"(?P<g>[A-ZÅÄÖ]?[\wåäö-]*(?:grupp(?:en)?|rådet|nätverket)(?:\s+för\s+[^,.;]+?)?)\s+saknar\s+"
    rf"(?:fortfarande\s+|ännu\s+)?(?:en\s+|någon\s+)?(?P<role>{_SEAT_WORDS})\s+(?:från|för)\s+(?P<hm>{_HUVUDMAN_WORDS})")
# a huvudman's seat told empty: "Platsen för Åby kommun är vakant", "Representant från Åby kommun saknas"
_SEAT_OF_HUVUDMAN_OPEN = re.compile(
    rf"(?:^|\b)(?:(?P<role>[Pp]latsen|[Pp]osten|{_SEAT_WORDS})\s+(?:för|från)\s+(?P<hm>{_HUVUDMAN_WORDS})\s+är\s+"
    rf"(?:fortfarande\s+|ännu\s+)?vakant"
    rf"|(?P<role2>{_SEAT_WORDS})\s+(?:för|från)\s+(?P<hm2>{_HUVUDMAN_WORDS})\s+saknas)",
    re.I)
# "Åby kommun saknar fortfarande representant i gruppen": the huvudman whose seat is empty as the subject
_HM_LACKS_RE = re.compile(
    rf"^(?P<hm>{_HUVUDMAN_WORDS})\s+saknar\s+(?:fortfarande\s+|ännu\s+|just\s+nu\s+)?(?:en\s+|någon\s+)?"
    rf"(?P<role>{_SEAT_WORDS})\s+(?:i|till)\s+(?P<g>[^.,;]+)")
_PROPOSAL = re.compile(
    r"(?:Förslag\s+till\s+beslut|Beslutsförslag|Förvaltningens\s+förslag|Ordförandens\s+förslag)\s*:?"
    r"|[A-ZÅÄÖ][\wåäö:-]*(?:\s+[\wåäö:-]+){0,3}\s+föreslås\s+(?:besluta\s+)?(?:att\s+)?(?:ge|uppdra|utse|inrätta)\b")
# a heading over what one body proposes another to decide: "Arbetsutskottets förslag till kommunstyrelsen"
# ("Individutskottets förslag till vård- och omsorgsnämnden": a nämnd whose name joins two words with "och")
_PROPOSAL_HEADING = re.compile(r"^(?P<by>[A-ZÅÄÖ][a-zåäö]+(?::s|s))\s+förslag\s+till\s+"
                               r"(?P<to>[a-zåäö][\wåäö]*-\s+och\s+[a-zåäö][\wåäö-]+|[a-zåäö][\wåäö-]+)$")
# "Arbetsutskottets förslag" alone over a paragraph in the nämnd's minutes: what its utskott proposes, not given
# ("Förslag till beslut" / "Beslutsförslag" alone over its paragraph, "Beslut" over the decision after it)
_PROPOSAL_BARE = re.compile(r"(?m)^(?:(?:Arbetsutskottets|Utskottets|Presidiets|Beredningens)\s+förslag(?:\s+till\s+beslut)?|"
                            r"Förslag\s+till\s+beslut|Beslutsförslag)\s*:?\s*$")
# the heading that ends a proposal's paragraph when no blank line does: the decision, or a note beside it
_AFTER_PROPOSAL = re.compile(r"^(?:(?:[A-ZÅÄÖ][\wåäö-]*s\s+)?[Bb]eslut|Beslutsunderlag|Yrkanden?|Propositionsordning|"
                             r"Protokollsanteckning|Reservation)\s*:?\s*$")
# a decision that adopts a proposal told before it in the item: "ställa sig bakom förvaltningens förslag",
# "besluta enligt förvaltningens förslag", "bifalla ordförandens förslag"
_ADOPTS_PROPOSAL = re.compile(r"^(?:[Aa]tt\s+)?(?:[A-ZÅÄÖ][\wåäö-]*\s+beslutar\s+(?:att\s+)?)?(?:ställa\s+sig\s+bakom|bifalla|godkänna|"
                              r"besluta\s+(?:enligt|i\s+enlighet\s+med))\s+(?P<by>förvaltningens|ordförandens|presidiets|"
                              r"arbetsutskottets|kansliets)\s+förslag(?:et)?\s*[.,;]?$")
# the proposal as told: "Förvaltningen föreslår att arbetsgruppen får i uppdrag att …"
# (after a heading the sentence runs on from: "Förvaltningens förslag / Förvaltningen föreslår att …")
_PROPOSES_THAT = re.compile(r"(?:^|(?<=\s))(?P<by>Förvaltningen|Ordföranden|Presidiet|Arbetsutskottet|Kansliet)\s+föreslår\s+"
                            r"(?:(?:nämnden|styrelsen|utskottet)\s+)?(?:besluta\s+)?att\s+(?P<what>.+)$")
_PROPOSAL_OPENINGS = ("Förslag", "Beslutsförslag", "Förvaltningens", "Ordförandens")  # or "… föreslås …"
_TASK_COLUMNS = {"åtgärd", "åtgärder", "uppgift", "uppgifter", "uppdrag", "aktivitet", "aktiviteter", "vad", "att göra",
                 "beskrivning", "action", "todo",
                 # a meeting-notes template kept in English: "| Who | What | When |", "Owner | Task | Due"
                 "what", "task", "action item",
                 # a follow-up table of the questions the last meeting left: "Fråga | Ansvarig | Status"
                 "fråga", "frågor"}
# (English headings, as a wiki's or a template's task table keeps them: "Action | Assignee | Förfallodatum")
_WHO_COLUMNS = {"ansvarig", "ansvariga", "vem", "ansvar", "utförare", "ägare", "vem?", "mottagare",
                "who", "owner", "responsible", "assignee"}
# what every name of a who column holds: a line with none of them heads no action table
_WHO_HINTS = ("ansvar", "vem", "utförare", "ägare", "mottagare", "who", "owner", "responsible", "assignee")
assert all(any(h in w for h in _WHO_HINTS) for w in _WHO_COLUMNS)
_DUE_COLUMNS = {"klart", "klart till", "klart senast", "när", "när?", "datum", "deadline", "tidplan", "senast",
                "klar", "återrapport", "slutdatum", "tidpunkt", "when", "due", "due date", "förfallodatum"}
# a task line that says it is done: "… – klart, se p. 1", "…, klart."
# (also in a list of earlier tasks followed up: "X skulle sammanställa väntetiderna: redovisat, punkten avslutas")
_REPORTED_DONE = re.compile(r"\s*[–,:-]\s*(?:klart|klar|gjort|genomfört|redovisat|redovisad|avklarat|avslutat|avslutad)"
                            r"(?:,?\s+se\s+(?:p|punkt)\.?\s*\d*|,?\s+(?:punkten\s+)?(?:avslutas|stryks|avförs))?\.?\s*$", re.I)
# a follow-up table's column of how far each task has come: "Klart", "Pågår", "Ej påbörjad"
_STATUS_COLUMNS = {"status", "läge", "lägesstatus"}
# every heading a column of an action table may have ("Nr", "§" and the columns above)
_TABLE_HEADINGS = _TASK_COLUMNS | _WHO_COLUMNS | _DUE_COLUMNS | _STATUS_COLUMNS | {"nr", "nr.", "#", "§", "punkt"}
_DONE_STATUS = re.compile(r"(?i)(?:klart|klar|genomfört|genomförd|gjort|avslutat|avslutad|utfört|utförd)\b")
# a body set up for a time, no part of its name: "inrättar en tillfällig arbetsgrupp", "en tidsbegränsad projektgrupp"
_FOR_A_TIME = r"(?:(?:tillfälliga?|tidsbegränsade?|temporära?)\s+)?"
_CREATE_HINT = re.compile(r"skapa|inrätta|tillsätt|tillsatt|bilda|etablera")
# the end of a follow-up table's row as a PDF's text runs its cells together: "… DR, RÖ Påbörjad 2026-02-15"
_FLAT_ROW_END = re.compile(
    r"^(?P<pre>.*?)\s*(?P<who>(?:[A-ZÅÄÖ]{2,4}|[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé-]+|Alla(?:\s+kommuner)?)"
    r"(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ]{2,4})*)\s+(?P<status>[Ee]j\s+påbörjad|[Pp]åbörjad|[Pp]ågår|[Kk]lar|[Kk]lart|[Aa]vslutad|"
    r"[Ee]j\s+klar|[Ff]örsenad)\s+(?P<due>\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2})$")


def _flat_status_rows(lines: list[str]) -> list[tuple[str, str, str, bool]]:
    """The rows of a follow-up table whose cells a PDF's text runs together, each row's task wrapped over
    lines above its "who status date" end: (who, task, due, done).

    >>> _flat_status_rows(["Uppföljningslista", "Uppgift Ansvarig Status Datum", "Plan för läkemedels-",
    ...                    "genomgångar 2026", "MAS Ej påbörjad 2025-12-03", "Kallelse till mötet VH Klar 2025-10-24"])
    [('MAS', 'Plan för läkemedels-genomgångar 2026', '2025-12-03', False), ('VH', 'Kallelse till mötet', '2025-10-24', True)]
    """
    head = next((k for k, line in enumerate(lines) if 3 <= len(line.split()) <= 5
                 and all(w.casefold() in _TASK_COLUMNS | _WHO_COLUMNS | _STATUS_COLUMNS | _DUE_COLUMNS for w in line.split())
                 and any(w.casefold() in _WHO_COLUMNS for w in line.split())
                 and any(w.casefold() in _STATUS_COLUMNS for w in line.split())), None)
    if head is None:
        return []
    rows, wrapped = [], []
    for line in lines[head + 1:head + 60]:
        line = line.strip()
        if not line:
            continue
        m = _FLAT_ROW_END.match(line)
        if not m:
            if len(wrapped) >= 4:
                break  # no row ends within four lines: the table has ended
            wrapped.append(line)
            continue
        task = " ".join(wrapped + [m.group("pre")]).strip()
        task = re.sub(r"(?<=\w-) (?=[a-zåäö])", "", task)  # "läkemedels- genomgångar": a word broken at its hyphen
        wrapped = []
        if task:
            rows.append((m.group("who"), task, m.group("due"), bool(_DONE_STATUS.match(m.group("status")))))
    return rows
_ABS_VAC_HINT = re.compile(r"\binte\b|\bej\b|förhinder|vakant|sakna[rs]|behöver\s+(?:utses|tillsättas|rekryteras)")
_REPORT_RE = re.compile(
    r"\b(?:återkomm\w*|återkoppl\w*|rapporter\w*|redovis\w*|återrapport\w*|ger\s+(?:en\s+)?återkoppling|"
    r"tar\s+med\s+sig\s+\w+|ta\s+med\s+sig\s+\w+|lyft\w*\s+vidare)\s+(?:\w+\s+){0,3}?"
    r"(?:till|vid\s+nästa|vid|in\s+i)\s+(?P<to>.+)$"
)


_ADVERBIAL = (r"(?:(?:[Tt]ill|[Ii]nför|[Ff]öre|[Ss]enast|[Ee]fter|[Uu]nder|[Ii]nnan|[Ff]ram\s+till)\s+[^,]{2,40}?"
              # "Vid LSVO:s decembermöte redovisar Eva …", "På nästa möte presenterar Per …": at a meeting to come
              r"|(?:[Vv]id|[Pp]å)\s+(?:nästa\s+|kommande\s+|[\wåäöÅÄÖ-]+:?s\s+(?:nästa\s+)?)[a-zåäö]*(?:möte|mötet|sammanträde|"
              r"sammanträdet|träff|träffen)(?:\s+(?:den\s+)?\d{1,2}\s+[a-zåä]+|\s+\d{1,2}/\d{1,2})?)")
_PERSON_TASK_RE = re.compile(
    # (also roles joined to the first: "Ordförande och sekreterare planerar …")
    # (a hurried note's "+" or "&" between two: "TM + EPF planerar programmet")
    rf"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ.-]*(?:(?:\s+|,\s*|\s+och\s+|\s+[+&]\s+){PARTICLES_BEFORE}[A-ZÅÄÖ][\wåäöÅÄÖ.-]*"
    # ("Ordföranden och samordnaren skriver …": the role word whole, as well as a compound of it)
    rf"|\s+och\s+(?:vice\s+)?(?:ordföranden?|sekreteraren?|[a-zåäö-]*(?:chefen|ledaren|samordnaren|koordinatorn))"
    # a unit last among the people: "Anna Ek, Per Lund och hemsjukvården i Åby kartlägger …"
    rf"|(?:,\s*|\s+och\s+)(?:(?i:{BRANCH_OF_CARE})|[a-zåäö-]{{3,}}enheten)(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?(?=\s+[a-zåäö])"
    # each of the kommuner by its name in full: "Forsby kommun, Älvnäs kommun och Bruksberga kommun beskriver …"
    rf"|s?\s+kommun(?=,\s*[A-ZÅÄÖ]|\s+och\s+[A-ZÅÄÖ]))"
    rf"{{0,8}}(?:s?\s+kommun)?"
    # a role and the place of the huvudman whose it is: "Förvaltningschefen i Ekby samordnar …"
    rf"(?:(?<=[a-zåäö]n)\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+"
    rf"(?:också\s+|även\s+|sedan\s+|själv\s+|gemensamt\s+)?(?P<v>{TASK_VERB})(?P<rest>\b.*)$")
_ROLE_AFTER_VERB = re.compile(r"(?:ordföranden|sekreteraren|samordnaren|processledaren|sammankallande)")
_INVERTED_TASK_RE = re.compile(rf"^(?P<adv>{_ADVERBIAL})\s+(?P<v>{TASK_VERB})\s+(?P<rest>.+)$")
# when a task is to be done: "efter varje stabsmöte", "före lunch", "senast fredag", "till nästa möte"
_TASK_TIME = (r"\b(?:(?:efter|vid|inför)\s+varje|varje\s+(?:dag|vecka|månad)|dagligen|veckovis|löpande|senast|före|"
              r"innan|till\s+nästa\s+(?:möte|sammanträde)|inför\s+nästa|i\s+dag|i\s+morgon)\b")
# "… efter varje stabsmöte och tar fram … före lunch": the same doer's second task, each with its own time
_SECOND_TIMED_TASK = re.compile(rf"{_TASK_TIME}[^,;]{{0,40}}?\s+och\s+(?P<v>{TASK_VERB})(?P<rest>\b.*{_TASK_TIME}.*)$")
# a particle verb with the subject between its parts: "Till nästa möte tar kansliet fram …", "Inför mötet ser EB över …"
_INVERTED_SPLIT_RE = re.compile(
    rf"^(?P<adv>{_ADVERBIAL})\s+(?P<v>tar|ser|följer|bjuder|stämmer|arbetar|hör|lämnar|kollar)\s+"
    r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ.-]*(?:(?:\s+|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ.-]*){0,4}|kansliet|sekretariatet|"
    r"[a-zåäö]+kansliet|ordföranden|sekreteraren|samordnaren|processledaren)\s+"
    r"(?P<part>fram|över|upp|in|av|med|ut)\b(?P<rest>.+)$")
_COLLECTIVE_WHO = (r"(?P<who>"
                   # "Kommunerna i länet och Region X ska …": the kommuner of the län, with the region beside them
                   # ("Kommunerna och regionen anmäler …": the region beside them, by its kind)
                   r"(?:[Kk]ommunerna(?:\s+i\s+länet)?|[Aa]lla\s+kommuner(?:na)?|[Ss]amtliga\s+kommuner)"
                   r"\s+och\s+(?:[Rr]egionen|Region\s+[A-ZÅÄÖ][\wåäö-]+)|"
                   r"[Kk]ommunerna|[Aa]lla\s+kommuner(?:na)?|[Ss]amtliga\s+kommuner|(?:[Rr]espektive|[Vv]arje)\s+kommun|"
                   r"(?:[Vv]arje|[Rr]espektive)\s+huvudman|(?:[Aa]lla|[Ss]amtliga)\s+huvudmän(?:nen)?|[Hh]uvudmännen|"
                   # "Föreningarna samlar in …": each association the roster lists, in a body of users' associations
                   r"(?:[Bb]rukar|[Pp]atient)?[Ff]öreningarna|(?:[Vv]arje|[Rr]espektive)\s+förening|"
                   r"(?:[Vv]ar\s+och\s+en|[Aa]lla|[Ee]n)\s+av\s+kommunerna|"
                   # "Varje MAS går igenom …": each holder of a function the attendance lists
                   r"(?:[Vv]arje|[Aa]lla|[Ss]amtliga)\s+[A-ZÅÄÖ]{2,5}(?![\wåäöÅÄÖ/-])|"
                   # "Samtliga i gruppen tar med …": everyone of the body that met
                   r"(?:[Aa]lla|[Ss]amtliga)\s+i\s+(?:gruppen|[a-zåäö]+gruppen|rådet|nätverket|teamet)|"
                   # "Samtliga ledamöter läser …", "Var och en tar med sig …": everyone of the body that met
                   r"(?:[Aa]lla|[Ss]amtliga)(?:\s+(?:deltagare|ledamöter|närvarande))?|"
                   r"[Vv]ar\s+och\s+en(?:\s+av\s+(?:deltagarna|ledamöterna|oss))?(?=\s+(?:ska\s+)?[a-zåäö]+r\b)|"
                   r"[A-ZÅÄÖ][\wåäö-]+(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäö-]+)+(?=\s+\w+\s+(?:var\s+för\s+sig|var\s+och\s+en)))")
_EACH = r"(?:var\s+för\s+sig|var\s+och\s+en|själva|också|även)"
# "Varje kommun", "Respektive kommun": no kommun's name
_NO_KOMMUN = {"Varje", "Respektive", "Samma", "Denna", "Annan", "Egen", "Vilken", "Någon", "Ingen", "Per"}
# the body that met in the first person, owing an answer at a later meeting or a thing to bring:
# "Vi återkommer på nästa möte med ett förslag", "Vi återkommer med en tidplan till nästa träff"
_WE_COME_BACK = re.compile(r"^[Vv]i\s+(?:återkommer|återkopplar)\s+(?P<rest>(?:på|till|vid|inför)\s+(?:nästa|kommande)\s+"
                           r"(?:möte|träff|gång|sammanträde)\b.*|med\s+.+)$")
_COLLECTIVE_RE = re.compile(
    # ("Varje kommun (Åby, Ekå, Ås) provar …": the kommuner it means, in brackets)
    rf"^{_COLLECTIVE_WHO}(?:\s*\((?P<listed>[A-ZÅÄÖ][^()]{{2,120}})\))?\s+(?P<modal>(?:ska|skall|behöver|får)\s+)?(?P<each>{_EACH}\s+)?(?P<rest>[a-zåäö].+)$")
# "Kommunerna tar var för sig fram en plan": "var för sig" between the verb and its particle
_EACH_IN_VERB = re.compile(rf"^(?P<v>[a-zåäö]+r)\s+(?P<each>{_EACH}|gemensamt|tillsammans)\s+(?P<rest>(?:fram|upp|ut|in|med|över|bort)\b.+)$")
_COLLECTIVE_INV_RE = re.compile(
    rf"^(?P<adv>{_ADVERBIAL})\s+(?P<v>[a-zåäö]+(?:ar|er|r))\s+{_COLLECTIVE_WHO}\s+(?:{_EACH}\s+)?(?P<rest>.+)$")


# A label before the sentence ("Åtgärd: Oskar skickar …", "Lövsta: Wilma redovisar …")
# (after an arrow a hurried list draws before it: "-> Ansvar: Elin Sandqvist utser …")
_LABEL_PREFIX = re.compile(r"^(?:-+>\s*|→\s*)?[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,2}\s*:\s+(?=[A-ZÅÄÖ])")
# Verbs that report in the meeting unless the sentence says to whom or by when they deliver
# "lämnar en lägesrapport" with no one to give it to and no day is the report given at the meeting
# whom a person asks for something, named in the definite form: "frågar hälsocentralen (i Östmo) om …", not
# the meeting itself ("frågar gruppen om synpunkter") nor a question ("frågar om det finns medel")
_ASKS_SOMEONE = re.compile(r"\s+(?!(?:gruppen|mötet|deltagarna|ledamöterna|rådet|styrgruppen|arbetsgruppen)\b)"
                           r"[a-zåäö]+(?:en|et|na|erna|arna)\s+(?:i\s+[A-ZÅÄÖ][\wåäö-]+\s+)?om\s")
# a second nämnd after the first a matter goes to: "… till socialnämnden i Åby och välfärdsnämnden i Ekå"
# (not the second half of one name: "vård- och omsorgsnämnden")
# the body a matter goes on to from the first one it is handed to: "… till nämnden och vidare till kommunfullmäktige"
# a second body a matter goes to, after the first: "… till RLG och till styrgruppen för psykisk hälsa"
_AND_TO_ANOTHER = re.compile(r"\s(?:och|samt)\s+(?:även\s+|också\s+)?till\s+(.+)$")
_ONWARD_TO = re.compile(r"\s+och\s+vidare\s+till\s+([^.;,]+?)(?:\s+(?:för|inför|senast|den)\b[^.;]*)?\s*\.?$")
# the nämnd or styrelse an utskott belongs to, by its name: "Kommunstyrelsens välfärdsutskott" → "Kommunstyrelse"
# ("Socialnämndens individ- och familjeutskott": an utskott named by two fields)
_UTSKOTT_PARENT = re.compile(r"(?i)^([\wåäö-]+(?:nämnd|styrelse))(?:n|en)?s\s+(?:[\wåäö]+-\s+och\s+)?[\wåäö-]*utskott")
# ("… till socialnämnden och barn- och utbildningsnämnden": the second nämnd's name holding "och" itself)
_AND_NAEMND = re.compile(r"(?<!-)\s+och\s+((?:[a-zåäö]+-\s+och\s+)?[a-zåäö-]+(?:nämnden|styrelsen)(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?)\s*$")
# the report the body a task is delegated to owes, by a day: "…, som rapporterar till RLG senast i mars 2026"
_DELEGATED_REPORTS_BY = re.compile(r",\s*som\s+(?:åter)?rapporterar\s+(?P<t>till\s+[^.;,]+?\s+(?:senast|före|inför)\b[^.;]*)$")
# whom a seat is taken after, named in the sentence before: "… i rådet efter honom"
_AFTER_PRONOUN = re.compile(r"\s+efter\s+(?:honom|henne|hen)\s*$")
# a motion put to the meeting by a member: "Kim Sandberg (C) yrkar bifall till förvaltningens förslag med tillägget att …"
_MOTION = re.compile(r"^[A-ZÅÄÖ][^.;:]{0,80}?\s+(?:yrkar|yrkade|har\s+yrkat)\b")
# a question asked at the meeting: "frågar hur många …", "frågar vilka …"
_QUESTION_WORD = re.compile(r"\s+(?:hur|vad|när|varför|vilka|vilken|vilket|vem|vart|var)\b")
_REPORTING = re.compile(r"(?i)(?:redovisar|(?:åter)?rapporterar|informerar|meddelar|påminner|frågar|presenterar|"
                        r"lämnar\s+(?:en\s+)?(?:\w+\s+){0,2}\w*rapport)\b")


# a day named for what is to be reported ("redovisar förslaget för PSO den 26 september"); not the day
# a figure is taken on or a period starts ("läget per den 31 augusti", "från den 1 mars")
_DAY_TO_COME = re.compile(r"(?<!\bper\s)(?<!\bfrån\s)(?<!\bsedan\s)(?<!\btill\s)(?<!\bmed\s)"
                          r"\bden\s+\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\b")


# the meeting a matter is to be told at: "vid PSO den 16 maj", "på nästa möte", "för rådet den 13 juni" (not
# "inför förbundsstyrelsens sammanträde den 12 december": told now, ahead of it)
_AT_MEETING_TO_COME = re.compile(r"\b(?:(?:vid|på)\s+(?:nästa|kommande)\s+(?:möte|sammanträde)|"
                                 r"(?:vid|på|för)\s+[^.;]{2,90}?\bden\s+\d{1,2}\s+[a-zåäö]{3})")


# a month of the half year after the meeting: "redovisar statistiken i december", "… i början av mars"
_MONTH_TO_COME = re.compile(r"(?<!\bfrån\s)(?<!\bsedan\s)(?<!\bper\s)\bi\s+(?:början\s+av\s+|slutet\s+av\s+|mitten\s+av\s+)?"
                            rf"(?P<m>{_MONTH})\b")


def _month_to_come(rest: str, held: str | None) -> bool:
    """Whether ``rest`` names a month one to six months after the meeting ``held`` (known only then).

    >>> _month_to_come(" statistiken i december", "2025-10-14"), _month_to_come(" statistiken i oktober", "2025-10-14")
    (True, False)
    """
    m = _MONTH_TO_COME.search(rest) if held and re.match(r"\d{4}-\d{2}-\d{2}$", held) else None
    return bool(m) and 1 <= (_MONTHS[m.group("m")] - int(held[5:7])) % 12 <= 6


def _to_come(day: re.Match | None, held: str | None) -> bool:
    """Whether a day named without its year is one of the next half year after the meeting ``held``."""
    if day is None:
        return False
    if not (held and re.match(r"\d{4}-\d{2}-\d{2}$", held)):
        return True
    when = _due_date(day.group(0), held)
    return when is not None and 0 < (date.fromisoformat(when) - date.fromisoformat(held)).days <= 183


def _same_person(a: str, b: str) -> bool:
    """Whether two written names are one person's, the one with its surname cut to initials ("Maria H"
    as the running text writes her, "Maria Holm" as the action table's initials resolve).

    >>> _same_person("Maria H", "Maria Holm"), _same_person("Pernilla Jonsson Wedin", "Pernilla J W")
    (True, True)
    >>> _same_person("Maria H", "Maria Lund"), _same_person("Maria", "Maria Holm")
    (False, False)
    """
    if a.casefold() == b.casefold():
        return True
    x, y = a.casefold().replace(".", "").split(), b.casefold().replace(".", "").split()
    if len(x) < 2 or len(x) != len(y) or x[0] != y[0]:
        return False

    def cut(short: list[str], full: list[str]) -> bool:
        return all(len(p) <= 2 and q.startswith(p) for p, q in zip(short[1:], full[1:]))
    return cut(x, y) or cut(y, x)


# carrying the group's work to another body, meeting after meeting (not "rapporterar från RLG:s möte")
_FROM_OUR_MEETINGS = re.compile(r"\s+från\s+(?:[\wåäö-]+s|våra|dessa)\s+möten\s+till\s")
# a body named by its acronym and the field it works in: "LPO psykisk hälsa", "NSG äldre"
_ACRONYM_AND_FIELD = re.compile(r"[A-ZÅÄÖ]{2,6}(?:\s+[a-zåäö]+){1,4}")
# a member reporting from another body she sits in, at the meetings to come: "rapporterar från LPO psykisk hälsa till
# styrgruppen vid varje möte under våren"
_FROM_BODY_TO = re.compile(r"\s+från\s+(?P<frm>[A-ZÅÄÖ][^.;,]{1,60}?)\s+till\s+(?P<to>[^.;,]{2,60}?)"
                           r"(?=\s+(?:vid\s+(?:varje|nästa|kommande)|på\s+(?:varje|nästa)|löpande|regelbundet|"
                           r"varje\s+(?:möte|gång|månad)|en\s+gång|två\s+gånger)\b)")


# a piece of work due later: "till nästa möte", "senast …", "inför …", "före …"
# the one just named leads the body: "…, som är sammankallande"
_WHO_LEADS = re.compile(r"\s*som\s+är\s+(?P<role>sammankallande|ordförande|samordnare)\b")
# a decided clause that goes on with a second act of the body that met, its verb in the present
_SECOND_DECIDED_ACT = re.compile(r"^(?P<first>(?:att\s+)?[a-zåäö]+a\b[^;]{10,}?),\s+och\s+(?P<v>utser|väljer)(?P<rest>\s+[A-ZÅÄÖ].+)$")
_FOR_LATER = re.compile(r"\b(?:till\s+nästa|senast|inför|före|vid\s+nästa|på\s+nästa)\b")


# telling someone named, or a body, what the meeting came to: "meddelar nätverket beslutet", "meddelar Per besked"
_TELLS_SOMEONE_WHAT = re.compile(r"\s+(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)?|[a-zåäö]*(?:nätverket|gruppen|rådet|nämnden|"
                                 r"styrelsen|kansliet|teamet|förvaltningen|samordnaren|sekreteraren))\s+(?:[a-zåäö]+\s+)?"
                                 r"(?:beslutet|besked|beskedet|svaret|namn|namnet|namnen|resultatet|datum|datumet|utfallet)\b")


# a member's note or dissent handed in at the meeting, for the minutes: "lämnar följande anteckning till protokollet",
# "lämnar en protokollsanteckning", "lämnar ett särskilt yttrande"
_INTO_THE_MINUTES = re.compile(r"(?i)\s+(?:(?:följande|en|ett|sin|sitt)\s+)?(?:(?:protokolls)?anteckning(?:ar)?|särskilt\s+"
                               r"yttrande|skriftlig\s+reservation|reservation)\b|[^.;:]*\btill\s+protokollet\b")


# what the body does by its rules, a standing duty: "Nämnden utser enligt stiftelseförordnandet två ledamöter …"
_BY_THE_RULES = re.compile(r"(?i)\s+enligt\s+(?:[a-zåäö]+s\s+)?[a-zåäö]*(?:förordnandet|reglementet|stadgarna|ordningen|"
                           r"avtalet|överenskommelsen|ägardirektivet|direktiven)\b")


def _is_task_use(verb: str, rest: str, held: str | None = None) -> bool:
    """Whether a task verb gives a task here: "meddelar att …", "anmäler jäv", "redovisar läget"
    report in the meeting; "redovisar förslaget för styrgruppen senast …" is a task, and so is one
    for a day to come (after the meeting ``held``, when known).

    >>> _is_task_use("redovisar", " läget"), _is_task_use("redovisar", " förslaget till styrgruppen i maj")
    (False, True)
    >>> _is_task_use("ser till", " att rapporten kommer in"), _is_task_use("anmäler", " jäv")
    (True, False)
    >>> _is_task_use("lämnar en lägesrapport", ""), _is_task_use("lämnar en lägesrapport", " till styrgruppen i maj")
    (False, True)
    >>> _is_task_use("lämnar styrgruppens halvårsrapport", " på RLG:s möte den 22 januari")
    True
    >>> _is_task_use("redovisar", " ett första utkast till sammanställningen av kostnaderna")
    False
    >>> _is_task_use("redovisar", " förslaget för PSO den 26 september"), _is_task_use("redovisar", " läget per den 31 augusti")
    (True, False)
    >>> _is_task_use("redovisar", " förslaget för PSO den 26 september", "2025-08-28")
    True
    >>> _is_task_use("redovisar", " resultaten från mätningen den 4 mars", "2025-03-26")
    False
    >>> _is_task_use("informerar", " om ärendet vid PSO den 16 maj", "2025-05-06"), _is_task_use("informerar", " om läget")
    (True, False)
    >>> _is_task_use("informerar", " om beslutet vid PSO den 3 april", "2025-05-06")
    False
    >>> _is_task_use("frågar", " hälsocentralen i Östmo om två representanter"), _is_task_use("frågar", " om det finns medel")
    (True, False)
    >>> _is_task_use("påminner", " Tallmo"), _is_task_use("påminner", " om att rapporten ska in i maj")
    (True, False)
    >>> _is_task_use("frågar", " hur många av avvikelserna som har lett till vårdskada")
    False
    >>> _is_task_use("återrapporterar", " från arbetsgruppens möten till samverkansgruppen")
    True
    >>> _is_task_use("redovisar", " utfallet för 2025 och förslaget till fördelning av insatsmedel 2026", "2026-02-06")
    False
    >>> _is_task_use("redovisar", " utfallet för primärvården till och med oktober", "2025-11-13")
    False
    >>> _is_task_use("redovisar", " antalet SIP:ar efter tre månader."), _is_task_use("redovisar", " läget efter sommaren")
    (True, False)
    >>> _is_task_use("kompletterar", " med polisens bild av läget"), _is_task_use("kompletterar", " med statistik till nästa möte")
    (False, True)
    >>> _is_task_use("kompletterar", " riktlinjen med en juridisk bilaga")
    True
    >>> _is_task_use("meddelar", " nätverket beslutet"), _is_task_use("meddelar", " gruppen att hon slutar")
    (True, False)
    >>> _is_task_use("lämnar", " följande anteckning till protokollet: ”Taxan bör ses över.”")
    False
    >>> _is_task_use("utser", " enligt stiftelseförordnandet två ledamöter i styrelsen")
    False
    """
    if re.match(r"\s*:", rest) or re.match(r"(?i)anmäler$", verb) and re.match(r"\s+jäv\b", rest):
        return False
    if _INTO_THE_MINUTES.match(rest) or _BY_THE_RULES.match(rest):
        return False
    if re.match(r"(?i)bereder$", verb):  # "bereder ärenden inför rådets sammanträden" is a standing duty
        return bool(re.match(r"\s+(?:frågan|ärendet|förslaget|underlaget|beslutet|yttrandet)\b", rest))
    if re.match(r"(?i)frågar$", verb) and _ASKS_SOMEONE.match(rest):
        return True  # "KW frågar hälsocentralen i Östmo om två representanter": asking someone outside the meeting
    if re.match(r"(?i)frågar$", verb) and _QUESTION_WORD.match(rest):
        return False  # "TR frågar hur många av avvikelserna som har lett till vårdskada": a question at the meeting
    if re.match(r"(?i)kompletterar$", verb) and re.match(r"\s+med\b", rest):
        # "Jonas kompletterar med polisens bild": adding to what was just told at the meeting (not "kompletterar
        # riktlinjen med en bilaga", nor "… med statistik till nästa möte")
        return bool(_FOR_LATER.search(rest) or _to_come(_DAY_TO_COME.search(rest), held))
    if re.match(r"(?i)påminner$", verb) and re.match(r"\s+[A-ZÅÄÖ]", rest):
        return True  # "Karin påminner Tallmo": reminding someone named, after the meeting (not "påminner om att …")
    if re.match(r"(?i)meddelar$", verb) and _TELLS_SOMEONE_WHAT.match(rest):
        return True  # "Yasmin meddelar nätverket beslutet": telling someone outside the meeting what was decided
    if _REPORTING.match(verb) and (_FROM_OUR_MEETINGS.match(rest) or _FROM_BODY_TO.match(rest)):
        # "återrapporterar från arbetsgruppens möten till samverkansgruppen", "rapporterar från LPO X till
        # styrgruppen vid varje möte": a standing duty
        return True
    if _REPORTING.match(verb):
        if re.match(r"\s*(?:om|kring)\b(?!\s+att\b)", rest) and _AT_MEETING_TO_COME.search(rest):
            return _to_come(_DAY_TO_COME.search(rest), held) or not _DAY_TO_COME.search(rest)
        if re.match(r"\s*(?:att|om|från|kring|kort)\b", rest) or re.match(r"(?i)informerar", verb):
            return False
        # "redovisar ett utkast till sammanställningen": "till" of the object, no one it goes to
        rest = re.sub(r"\b(?:utkast|förslag|underlag|svar|plan|rutin|mall|program|bidrag)\s+till\b", " ", rest)
        # (definite too, before what it is of, not whom it goes to: "redovisar utfallet och förslaget till fördelning av
        # medlen", not "redovisar förslaget till styrgruppen")
        rest = re.sub(r"\b(?:utkast|förslag|underlag|svar|plan|rutin|mall|bidrag)(?:et|en|n)\s+till\b"
                      r"(?!\s+(?:[A-ZÅÄÖ]|[a-zåäö]+(?:en|et|na)\b))", " ", rest)
        # ("till och med oktober": the period reported on, not whom it goes to)
        # ("efter tre månader": a report when a period to come has passed)
        return bool(re.search(r"\b(?:till(?!\s+och\s+med\b)|senast|vid\s+nästa|på\s+nästa|(?:vid|på)\s+[\wåäö:]+s\s+[a-zåäö]*(?:möte|sammanträde)|inför|före"
                              r"|efter\s+(?:\d{1,2}|en|ett|två|tre|fyra|sex|några)\s+(?:veckor|vecka|månader|månad|år)$)\b", rest.rstrip(" ."))
                    or _to_come(_DAY_TO_COME.search(rest), held) or _month_to_come(rest, held))
    return True


_STATES_ROLE_RE = re.compile(
    r"(?:^|\bmed\s+)(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})(?:\s+är|\s+som)\s+(?:ny\s+)?"
    r"(?P<role>[a-zåäö-]*(?:ledare|samordnare|ansvarig|sekreterare|ordförande|sammankallande|strateg|chef))\b")


_SUPINE_IRREGULAR = {"tagit": "ta", "gjort": "göra", "skrivit": "skriva", "gett": "ge", "givit": "ge", "utrett": "utreda",
                     "kartlagt": "kartlägga", "lagt": "lägga", "satt": "sätta", "dragit": "dra", "sett": "se"}


def _supine_to_infinitive(task: str) -> str:
    """'tagit fram en rutin' → 'ta fram en rutin', 'reviderat riktlinjen' → 'revidera riktlinjen',
    'sammanställt svaren' → 'sammanställa svaren'.

    >>> _supine_to_infinitive("reviderat riktlinjen"), _supine_to_infinitive("tagit fram en rutin")
    ('revidera riktlinjen', 'ta fram en rutin')
    """
    verb, _, rest = task.partition(" ")
    v = verb.casefold()
    if v in _SUPINE_IRREGULAR:
        inf = _SUPINE_IRREGULAR[v]
    elif v.endswith("at"):
        inf = v[:-1]
    elif v.endswith(("llt", "nt", "rt", "mt", "kt", "pt", "st")):
        inf = v[:-1] + "a"
    else:
        inf = v
    return f"{inf} {rest}".strip()


def _task_list(task: str) -> list[str]:
    """A task written as a dash list ("att – revidera …, – föreslå …") is one task per dash.

    >>> _task_list("– revidera rutinen, – föreslå mått")
    ['revidera rutinen', 'föreslå mått']
    """
    if not re.match(r"\s*[–•-]\s", task):
        return [task]
    parts = [p.strip(" ,;") for p in re.split(r"(?:^|\s)[–•-]\s+", task)]
    parts = [p for p in parts if len(p) > 2] or [task]
    if len(parts) > 2 and re.match(r"(?:redovisa|återrapportera|rapportera|återkomma|lämna)\b", parts[-1]):
        # a closing "– redovisa förslagen för X senast …" says how each task before it is delivered
        parts = [f"{p} och {parts[-1]}" for p in parts[:-1]]
    return parts


_ACTION_LINE_RE = re.compile(
    r"^\s*[-*•]\s*(?:\[[ xX]?\]\s*)?\*\*(?P<who>[^*]+)\*\*\s*[–:-]\s*(?P<task>.+?)"
    r"(?:\s+[–-]\s*\*?(?P<due>[^*]+?)\*?)?\s*$")
def _rejoin_wrapped_rows(lines: list[str]) -> list[str]:
    r"""The rows of a bulleted list whose long rows a mail client broke at its line width (72 columns in a plain
    text mail pasted from Outlook): a line with no bullet of its own after a filled bullet row goes on that row,
    as does an indented or lower-case one.

    >>> for row in _rejoin_wrapped_rows(["- Per Ek, Anna Berg: sammanställa slutrapporten om vårdplanering",
    ...                                  "Nära vård senast 1 december", "- Bo Lund: boka lokal", "Nästa möte"]):
    ...     print(row)
    - Per Ek, Anna Berg: sammanställa slutrapporten om vårdplanering Nära vård senast 1 december
    - Bo Lund: boka lokal
    Nästa möte
    """
    out: list[str] = []
    filled = False  # the row above reached the width a client breaks at
    for line in lines:
        s = line.strip()
        bullet = s[:2] in ("- ", "– ", "• ", "* ")
        prev = out[-1].lstrip()[:2] in ("- ", "– ", "• ", "* ") if out else False
        if (s and not bullet and prev and out[-1].strip()
                and (filled or line[:1] in " \t" and len(line) - len(line.lstrip()) <= 4 or s[:1].islower())):
            out[-1] = out[-1].rstrip() + " " + s
            filled = len(line.rstrip()) >= 60
            continue
        out.append(line)
        filled = bullet and len(line.rstrip()) >= 60
    return out


# a plain list under an action label: "Att göra" then "- Kalle (Tallviks kommun): boka lokal, senast 28/11"
# (also the task list of meeting notes kept in Teams, Loop or OneNote: "Uppgifter", "Uppföljningsuppgifter")
_ACTION_LABEL = re.compile(r"^\s*(?:att\s+göra(?:-?lista)?|åtgärder|åtgärdslista|åtgärdspunkter|actionpunkter|"
                           r"uppdragslista|(?:nya\s+)?uppdrag|(?:uppföljnings)?uppgifter|to\s?do|åtgärdsobjekt|"
                           # the closing summary of what was handed out: "Sammanfattning av uppdrag", "Sammanställning
                           # över åtgärder", "Fördelade uppdrag", "Uppdrag från mötet"
                           r"(?:sammanfattning|sammanställning|förteckning|lista)\s+(?:av|över)\s+(?:(?:givna|nya)\s+)?"
                           r"(?:uppdrag(?:en)?|åtgärder(?:na)?|uppgifter(?:na)?)(?:\s+(?:från|efter)\s+mötet)?|"
                           r"(?:fördelade|givna)\s+(?:uppdrag|uppgifter|åtgärder)|(?:uppdrag|uppgifter|åtgärder)\s+(?:från|efter)\s+mötet|"
                           # a meeting app's notes template set to English
                           r"action\s+(?:items|points)|follow-up\s+tasks|"
                           # ("Att göra tills nästa gång", as it is said)
                           r"(?:uppdrag|uppgifter|att\s+göra)\s+tills?\s+nästa\s+(?:möte|sammanträde|gång)|"
                           # under "Nästa möte" and its day: "Till dess:", "Uppgifter till dess:"
                           r"(?:(?:uppdrag|uppgifter|att\s+göra)\s+)?till\s+dess)\s*:?\s*$", re.I)
# a row's bullet, with the check box of a task list ("- [ ]", "- [x]": done) and an @-mention before who
# (under the label a row needs no bullet: "Att göra:" / "ES: ta fram förslaget" / "PE – boka lokal")
# (a wiki's task list numbers each task after its box: "- [ ] 14: Per-Anders – skicka yttrandet …")
_ROW_BULLET = r"^\s*(?:[-*•]\s*)?(?:\[(?P<box>[ xX]?)\]\s*(?:\d{1,3}\s*[:.]\s+)?)?@?"
# a task list's row with its check box and who (an @-mention, its "@" dropped by the reader) before a colon, as
# Loop, OneNote and wiki pages write it anywhere under a point: "- [ ] @Anna Berg: skicka utkastet till styrgruppen"
# a secretary's lead-in before a colon, the sentence after it led by a body: "Bakgrund: arbetsgruppen har i uppdrag …"
_LEAD_IN_LABEL = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,5}\s*:\s+(?=[a-zåäö-]*(?:gruppen|nätverket|teamet|rådet)\s+"
                            r"(?:har|har\s+fått|får|fick|ska|skall|rapporterar|arbetar)\s)")
# a protocol's case-summary label before the sentence: "Ärendet i korthet: RLG gav 2025 samverkansgruppen i uppdrag …"
# ("Ärendet: …", "Ärende: …", the left cell of a paragraph laid out as a table)
_CASE_SUMMARY_LABEL = re.compile(r"^(?:Ärendet\s+i\s+korthet|Sammanfattning(?:\s+av\s+ärendet)?|Ärendebeskrivning|"
                                 r"Ärendet|Ärende|Beskrivning\s+av\s+ärendet|Bakgrund)\s*:\s+(?=[A-ZÅÄÖ])")
# a body's decision that another does something: "RLG:s beslut att …", "X har beslutat (den 3 maj) att …"
_BODY_DECIDED_THAT = re.compile(r"(?::s|s)?\s+(?:har\s+beslutat|beslutade|beslöt|beslut)\s+(?:(?:den|i|vid)\s+[^.;,]{3,40}?\s+)?att\s+")
# … and the other body's verb after its name: "… Samordningsgruppen X leder införandet", "… ska ta fram"
_DOES_AFTER_BODY = re.compile(r"\s+(?:(?:ska|skall)\s+[a-zåäö]{2,}|(?!(?:är|var|har|blir)\b)[a-zåäö]{3,}(?:ar|er|ör))\s+[a-zåäö]")
# a person's state, then "och" and a task of hers: "Anna är sammankallande och tar med sig lägesbilden …"
_STATE_THEN_TASK = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}(?:\s+och\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*"
                              r"(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})?)\s+(?:är|blir|har\s+(?:ännu\s+)?inte)\s+"
                              r"(?:[a-zåäö][\wåäö.-]*\s+){1,4}?och\s+(?P<rest>(?!är\b|har\b)[a-zåäö]+(?:ar|er|ör)\s.+)$")
_MENTIONED_BOX = re.compile(r"^\s*[-*•]\s*\[[ xX]?\]\s*@?[A-ZÅÄÖ][\wåäöéÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöéÅÄÖ-]+){0,2}\s*:\s")
_LABELLED_ROW_RE = re.compile(
    _ROW_BULLET + r"(?![^:]*\([Aa]nsvarig)(?P<who>[A-ZÅÄÖ][^:]{1,80}?)\s*:\s+(?P<task>[^\s].+?)"
    # (or a bare day and month at the row's end: "… till direktionen 11/12")
    r"(?:(?:,\s*|\s+\(|\s+(?=(?:senast\s+)?\d{1,2}/\d{1,2}\s*\.?$))(?P<due>(?:senast|klart|klar|due|deadline:?)\s+[^,()]+|v\.?\s?\d{1,2}|vecka\s+\d{1,2}|"
    r"\d{1,2}/\d{1,2})\)?)?\s*\.?$")

# … or the task first, who in brackets or after "ansvarig": "- Skicka ut presentationen (AL)",
# "1. Boka lokal för utbildningsdagen – ansvarig SH, v. 44", "- Boka lokal (ansvarig: SH, senast 15/10)"
_TASK_THEN_WHO_ROW_RE = re.compile(
    r"^\s*(?:[-–*•]|\d{1,2}[.)])\s*(?:\[(?P<box>[ xX]?)\]\s*)?(?P<task>[A-ZÅÄÖa-zåäö][^()–—:]+?)\s*"
    r"(?:\((?:ansvarig[a]?\s*:?\s*)?@?(?P<who>[A-ZÅÄÖ][^(),]{0,60}?)(?:,\s*(?P<due>[^()]{1,30}?))?\)"
    r"|\s[–—-]\s*ansvarig[a]?\s*:?\s*@?(?P<who2>[A-ZÅÄÖ][^,]{0,60}?)(?:,\s*(?P<due2>.{1,30}?))?"
    # "- [ ] Ta fram enkätfrågor – KN, KH – 2025-12-19": who by initials after a dash, then when
    # (or by the given name, last: "– boka teamslänk för 18/3 – Anna")
    # (a given name in two parts, "Per-Olof"; the day after a comma: "– Annika, 10/2")
    # (hyphens for dashes, as a plain-text mail types them: "- Besked om remissväg - Jenny - före jul")
    # (or the full name: "• Boka rum till december – Sanna Vikström Lind", a wiki's task with its @-mention last)
    r"|\s[–—-]\s+@?(?P<who3>(?-i:[A-ZÅÄÖ]{2,4}|[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){0,2})"
    r"(?:\s*(?:,|och)\s*(?-i:[A-ZÅÄÖ]{2,4}|[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?))*)"
    r"(?:\s+[–—-]\s+(?P<due3>[^–—]{1,30}?)|,\s*(?P<due4>\d{1,2}/\d{1,2}|v\.?\s?\d{1,2}|\d{4}-\d{2}-\d{2}|senast\s+[^,–—]{1,20}))?)"
    r"\s*\.?$", re.I)

# … or with dashes between who, what and when: "• SB, RE – skriva sammanställningen till projektgruppen – 15/10"
_DASHED_ROW_RE = re.compile(
    # (a kommun answering for the row: "- [ ] 17: Ekholma kommun – utse ny representant")
    # (an ampersand for "och" between two doers: "Sanna Ek & Jonas Bo – ta fram …")
    _ROW_BULLET + r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ.-]*(?:(?:\s*,\s*@?|\s+och\s+@?|\s*[+&]\s*@?|\s+)[A-ZÅÄÖ][\wåäöÅÄÖ.-]*){0,5}"
    # (or an arrow, as hurried notes point from who to what: "KL -> underlag till länsstyrgruppen ...... 1/12")
    r"(?:s?\s+kommun)?)\s+(?:[–—-]|->|→)\s+"
    # (what is to be done, led by a capital: "Åsa – SIP-statistik per kommun för 2026", "Per – Boka lokal")
    # (when after a dot leader: "… till länsstyrgruppen ........ 1/12")
    r"(?P<task>(?:[a-zåäö]|[A-ZÅÄÖ][\wåäöÅÄÖ]*-[a-zåäö]|[A-ZÅÄÖ][a-zåäö]+\s)[^–—]+?)(?:(?:\s+[–—-]\s+|\s*\.{4,}\s*)(?P<due>[^–—]{1,30}?)"
    # (or labelled after the task's full stop, in the English of a template: "… frivilliga. Due: 2026-11-15")
    r"|\.?\s+(?:Due|Deadline|Klart|Senast|När)\s*:\s*(?P<due_label>[^–—:]{1,30}?))?\s*\.?$")


# "MS o NL", "Eva o Per": "o" for "och" between two names or initials, as notes typed in a hurry write it
_HURRIED_EACH = re.compile(r"(?i)(?<![\wåäö])resp\.?\s+(?=(?:kommun|huvudman|förvaltning|verksamhet|enhet)\b)")
_HURRIED_AND = re.compile(r"(?<=\b[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]) o (?=[A-ZÅÄÖ])|(?<=[A-ZÅÄÖ][a-zåäö]{2}) o (?=[A-ZÅÄÖ])")
# words notes typed in a hurry cut to a letter or a few: "lyfts t X" (till), "nätv är tillsatt av …" (nätverket)
_HURRIED_WORD = re.compile(r"(?<=[a-zåäö.]) t (?=[A-ZÅÄÖa-zåäö\d])|\b[Nn]ätv\b\.?")
_HURRIED_WORDS = {"t": "till", "nätv": "nätverket"}


def hurried_words_spelled(text: str) -> str:
    """A sentence of hurried notes with the words cut to a letter or a few written out.

    >>> hurried_words_spelled("Frågan lyfts t Socialchefsnätverket, nätv. rapporterar dit")
    'Frågan lyfts till Socialchefsnätverket, nätverket rapporterar dit'
    >>> hurried_words_spelled("Nätv är tillsatt av X"), hurried_words_spelled("Tidplan t.ex. för T 4")
    ('Nätverket är tillsatt av X', 'Tidplan t.ex. för T 4')
    """
    def spelled(m: re.Match) -> str:
        word = m.group(0).strip(" .")
        full = _HURRIED_WORDS[word.casefold()]
        return m.group(0).replace(word, full[:1].upper() + full[1:] if word[:1].isupper() else full).rstrip(".")

    return _HURRIED_WORD.sub(spelled, text)


# a sentence ending in the initials of who does it: "Ta fram förslag på rutin (AL)."
_TASK_THEN_INITIALS = re.compile(r"^(?P<task>[A-ZÅÄÖ][^()]{5,}?)\s*\((?P<who>[A-ZÅÄÖ]{2,4}(?:\s*(?:,|och)\s*[A-ZÅÄÖ]{2,4})*)\)\s*\.?$")
# words ending as an infinitive does that open a sentence without being one: "Nästa möte …", "Flera kommuner …"
_NOT_INFINITIVE = frozenset(("nästa", "flera", "båda", "några", "samma", "andra", "sista", "första", "hela", "egna", "stora",
                             "olika", "vilka", "dessa", "denna", "detta", "bra", "nya", "gamla", "övriga", "många", "vissa",
                             "sådana", "senaste", "tidigare", "kommande", "aktuella", "gemensamma", "viktiga", "därtill"))
# a passive that states a task without its doer: "Rutinen ses över", "Förslaget tas fram", "Kallelsen skickas ut"
# (a question raised to a body: "Frågan om saknat stöd från BUP lyfts till Samverkansgrupp X")
_DOERLESS_PASSIVE = re.compile(r"^(?:(?:Frågan|Ärendet)\s+om(?:\s+[\wåäö-]+){1,6}?\s+lyfts\s+till\b|"
                               r"[A-ZÅÄÖ][\wåäö-]+(?:\s+(?!(?:är|var|har|blir)\b)[\wåäö-]+){0,4}?\s+"
                               r"(?:[a-zåäö]{2,}as|ses|tas|ges|dras|fås|görs|läggs|sätts|hålls|följs|sänds|skrivs|"
                               # what is to be done by a day: "Rådets halvårsrapport till styrgruppen ska vara inlämnad
                               # före 31 mars"
                               r"(?:ska|skall)\s+vara\s+(?:[a-zåäö]{3,}(?:ad|at|ade|rd|rt|dd|tt)|klar|klart|färdig|färdigt)"
                               r"(?=[^.;]*\b(?:före|senast|till|inför|i\s+(?:jan|feb|mar|apr|maj|jun|aug|sep|okt|nov|dec))))\b)")


def _doerless_task(sentence: str) -> bool:
    """Whether a sentence states a task without saying who: an imperative ("Ta fram förslag på rutin", "Boka
    lokal") or a passive ("Rutinen ses över till nästa möte").

    >>> [_doerless_task(s) for s in ("Ta fram förslag på rutin", "Rutinen ses över till nästa möte",
    ...                              "Nästa möte hålls i mars", "Presentation av läget", "Gruppen diskuterade")]
    [True, True, False, False, False]
    """
    first = sentence.split(" ", 1)[0].casefold()
    if first in _NOT_INFINITIVE:
        return False
    if _INFINITIVE_START.match(sentence) and not first.endswith(("ande", "ende")):
        return True
    return bool(_DOERLESS_PASSIVE.match(sentence)) and not re.match(r"(?i)nästa\s+möte\b", sentence)


# the heading of a column of tasks another body gave: "Uppdrag från LSVO", "Uppdragen från styrgruppen", "Uppdrag av RLG"
_GIVEN_TASKS_HEAD = re.compile(r"(?i)^(?:våra\s+|gruppens\s+)?uppdrag(?:en)?\s+(?:från|av|givna\s+av)\s+(?P<g>\S.{1,60}?)\s*$")
# the initials of those who do a task, in brackets at its end: "… i juni (ES, AB).", "(KL)"
_INITIALS_TAG = re.compile(r"\s*\(([A-ZÅÄÖ]{2,3}(?:\s*(?:,|&|och)\s*[A-ZÅÄÖ]{2,3})*)\)\s*\.?$")
# where and when a task is reported back, on the line after the one who is responsible: "Återrapport: LSVO 2026-11-20"
_RESPONSIBLE_LABEL = re.compile(r"^\s*Ansv(?:ar(?:ig[a]?)?)?\s*:")
_REPORT_BACK_LINE = re.compile(r"^\s*Återrapport(?:ering|eras)?(?:\s+till)?\s*:\s*(?P<to>[^\n]*\S)")


def _report_back_after(body: str, line: str, start: int = 0) -> str:
    r"""The "Återrapport:" line right after ``line`` in ``body``, as "återrapporteras till … senast …" (or "" when none, or a dash).

    >>> _report_back_after("Beslut 1\nPlanen antas.\nAnsvarig: Eva Ek\nÅterrapport: LSVO 2026-11-20", "Ansvarig: Eva Ek")
    'återrapporteras till LSVO senast 2026-11-20'
    >>> _report_back_after("Ansvarig: Eva Ek\nÅterrapport: –", "Ansvarig: Eva Ek")
    ''
    """
    at = body.find(line, start)
    if at < 0:
        return ""
    m = _REPORT_BACK_LINE.match(body[at + len(line):].lstrip("\n").split("\n", 1)[0])
    to = m.group("to").strip(" .") if m else ""
    if not to or to in ("–", "-", "—"):
        return ""
    day = re.search(r"\b\d{4}-\d\d-\d\d\b", to)
    if not day:
        return f"återrapporteras till {to}"
    body_to = (to[:day.start()] + to[day.end():]).strip(" ,")
    return f"återrapporteras{' till ' + body_to if body_to else ''} senast {day.group(0)}"


# a decision told as the body's own before what it decided: "Processteamet beslutade att …"
_DECIDED_LEAD = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*\s+(?:beslutade|beslutar|beslöt)\s+att\s+(?=[a-zåäö])")


def _doer_named_before(body: str, line: str) -> tuple[str, str] | None:
    """The doer and task of the sentence right before ``line``, when it opens on a given name (or a full
    name) and a verb in the present, its task in the infinitive.

    >>> _doer_named_before("Läget. Johanna kontaktar MAS om avvikelserna.\\nAnsvarig: Johanna Kvist", "Ansvarig: Johanna Kvist")
    ('Johanna', 'kontakta MAS om avvikelserna')
    >>> _doer_named_before("Rutinen ses över.\\nAnsvarig: Eva Ek", "Ansvarig: Eva Ek") is None
    True
    """
    at = body.find(line)
    if at <= 0:
        return None
    before = re.split(r"(?<=[.!?])\s+|\n", body[:at].rstrip())[-1].strip().rstrip(".")
    m = re.match(r"^(?P<who>[A-ZÅÄÖ][a-zåäöéü]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+)?)\s+(?P<v>[a-zåäö]+(?:ar|er|ir|yr|år|ör))\b"
                 r"(?P<rest>[^.!?]{3,})$", before)
    if not m or not is_given_name(m.group("who").split()[0]) or m.group("v") in _NOT_TASK_VERBS:
        return None
    return m.group("who"), f"{_present_to_infinitive(m.group('v'))}{m.group('rest')}".strip()


def _doerless_before(body: str, line: str) -> str | None:
    r"""The sentence right before ``line`` in ``body`` when it states a task without its doer (a label before
    it left out), its first letter small.

    >>> _doerless_before("Läget redovisades. Ta fram förslag på rutin. Ansvar: Anna Lund.", "Ansvar: Anna Lund.")
    'ta fram förslag på rutin'
    >>> _doerless_before("Gruppen diskuterade rutinen.\nAnsvar: Anna Lund", "Ansvar: Anna Lund") is None
    True
    >>> _doerless_before("Frågan om stöd från BUP lyfts till Samverkansgrupp barn. Ansv: SK.", "Ansv: SK.")
    'lyfta frågan om stöd från BUP till Samverkansgrupp barn'
    >>> _doerless_before("Sent.\nRutinen ses över. Förslag presenteras i maj.\nAnsvarig: Eva Ek", "Ansvarig: Eva Ek")
    'rutinen ses över och förslag presenteras i maj'
    >>> _doerless_before("Brister.\nGruppen beslutade att listorna följs upp i maj.\nAnsvarig: Eva Ek", "Ansvarig: Eva Ek")
    'listorna följs upp i maj'
    >>> _doerless_before("Gruppen beslutade att fasta dagar införs från september.\n\nAnsvar: Eva Ek", "Ansvar: Eva Ek") is None
    True
    """
    at = body.find(line)
    if at <= 0:
        return None
    before = re.split(r"(?<=[.!?])\s+|\n", body[:at].rstrip())[-1].strip().rstrip(".")
    before = re.sub(r"^(?:[→•*–-]\s*)?(?:(?:Åtgärd(?:er)?|Uppdrag|Uppgift|Att\s+göra)\s*:\s*)?", "", before)
    # the sentences of the line right above: "Rutinen ses över. Förslag presenteras på nästa möte."
    said = re.split(r"(?<=[.!?])[ \t]+", body[:at].rstrip().split("\n")[-1].strip())
    # (only where the label is on the very next line, as a table's row is written, no blank line between)
    above = body[:at].rstrip(" \t")
    next_line = above.endswith("\n") and not above[:-1].rstrip(" \t").endswith("\n")
    if next_line and (lead := _DECIDED_LEAD.match(before)):
        # "Processteamet beslutade att avvikelser följs upp i maj." / "Ansvarig: Gun Persson": what was decided is
        # her task
        before = before[lead.end():]
        before = before[:1].upper() + before[1:]
    elif (next_line and len(said) == 2 and ":" not in said[0] and len(said[0].split()) <= 6
          and not re.search(r"\bsom\b", said[0]) and _doerless_task(first := said[0].rstrip(".")) and _doerless_task(before)):
        # "Rutinen ses över. Förslag presenteras på nästa möte." / "Ansvarig: …": both steps of the one task (a
        # short first step, no state of things: "Fortsatt många hjälpmedel som inte lämnas tillbaka.")
        before = f"{first} och {before[:1].lower()}{before[1:]}"
    # (a colon of a label, not of a genitive: "till LVO:s sekreterare")
    if len(before) < 6 or (":" in before and re.search(r":(?![a-zåäö])", before)) or not _doerless_task(before):
        return None
    if raised := re.match(r"^(?P<q>(?:Frågan|Ärendet)\s+om\s.+?)\s+lyfts\s+(?P<to>till\s.+)$", before):
        return f"lyfta {raised.group('q')[:1].lower()}{raised.group('q')[1:]} {raised.group('to')}"  # in the active
    return before[:1].lower() + before[1:]


# an action point ("AP") in terse notes, who before a dash, the task, then when after a dash or an arrow:
# "- AP: IS – utkast lokal rutin Åby – v. 10", "- AP: Alla kommuner – anmäl 2 ombud var till CL senast v. 7"
_ACTION_POINT_ROW = re.compile(r"^\s*(?:[-*•]\s*)?AP\s*:\s*(?P<who>[A-ZÅÄÖ][^–—:→]{0,40}?)\s+[–—-]\s+"
                               r"(?P<task>[a-zåäö][^–—→]+?)(?:\s*(?:\s[–—]|→)\s*(?P<due>[^–—→]{1,30}?))?\s*\.?$")
# a task's delivery: by a day or to a meeting ("… till samverkansgruppens möte den 7 maj", "senast i juni")
_DELIVERED_BY = re.compile(r"\b(?:senast|före|inför|till\s+(?:\S+\s+){0,2}(?:möte|sammanträde)|den\s+\d{1,2}\s+[a-zåäö]{3,})\b")
# a sentence that only says when: "Klart 16 januari 2026.", "Senast v. 3."
_DUE_ALONE = re.compile(r"^(?:klart|klar|färdigt|senast|deadline)\s*:?\s*(?P<d>(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|"
                        r"\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|\d{1,2}/\d{1,2}|v\.?\s?\d{1,2}|vecka\s+\d{1,2}))\.?$", re.I)
# who leads a project or a programme for the body that owns it
_PROJECT_LEAD = re.compile(r"(?i)(?:del)?(?:projekt|program)ledare")
# the seats of a body itself, as opposed to a duty in its work ("projektledare")
# the duties in a body that met that one member hands on to another at the meeting
_HANDED_ON_DUTIES = frozenset(("sammankallande", "ordförande", "vice ordförande", "sekreterare"))
_TAKES_OVER_NOW = re.compile(r"\btar\s+över\b")
_SEAT_ROLES = frozenset(("sammankallande", "ordförande", "vice ordförande", "sekreterare", "ledamot", "ersättare", "kassör",
                          "representant", "vice sammankallande", "biträdande sammankallande"))
# "Åtgärd: <task> (<who>, <when>)", "Åtgärd: <task> – <who>, <when>", "Uppdrag till <who>: <task>"
_LABELLED_ACTION_RE = re.compile(
    r"^(?:Åtgärd|Att\s+göra)\s*:\s*(?:(?P<task>[A-ZÅÄÖ][^()]+?)\s*\((?P<who>[^(),]+?)(?:,\s*(?P<due>[^()]+?))?\)"
    r"|(?P<task2>[A-ZÅÄÖ][^–]+?)\s+[–-]\s+(?P<who2>[A-ZÅÄÖ][^,–]+?)(?:,\s*(?P<due2>[^,]+?))?)\s*\.?$"
    r"|^(?:Uppdrag|Uppgift)\s+till\s+(?P<who3>[^:]{2,60}?)\s*:\s*(?P<task3>[a-zåäö].+)$"
    # the label, the doers, a colon and the task, the label in capitals as a banner: "ÅTGÄRD Eva Ek + Bo Lind: utkast
    # till rutin, klart 2026-02-09"
    r"|^(?:Åtgärd|Att\s+göra)\s+(?P<who4>[A-ZÅÄÖ][^:]{1,80}?)\s*:\s*(?P<task4>[^:]+?)"
    r"(?:,\s*(?P<due4>(?:klart?|senast|till|före)\b[^,]+?))?\s*\.?$", re.I)
# a task under its doers' names, as a summary lists them: "Anna: tar fram …", "Karl och Emma: går igenom …"
# (not what the one named reported, opening with a comparative or a preposition that ends as a verb does:
# "Cecilia: fler äldre med depression …", "Per: mer stöd behövs …")
_NAMED_LINE_TASK = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ.-]*(?:(?:\s+|,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ.-]*){0,5})\s*:\s+"
                              r"(?!(?:fler|flera|mer|färre|andra|efter|under|över|senare|tidigare|bättre|sämre|större|mindre|"
                              r"längre|kortare|högre|lägre|äldre|yngre|där|här|när|var|vår)\b)"
                              # (nor a plural noun, which ends as a verb does: "JH: uppgifter om 5–7 mån väntan …")
                              r"(?![a-zåäö]*(?:tider|gifter|kostnader|heter|ningar|gärder|punkter|iteter|satser)\b)"
                              r"(?:(?P<rest>[a-zåäö]+(?:ar|er|ir|yr|år|ör)\b.+)"
                              # ("- **Anneli:** sprida valideringsplanen till kommunerna": the task in the infinitive, as a
                              # list of who does what writes it)
                              r"|(?!(?:bra|fina|nya|hela|alla|båda|bägge|sista|första|andra|egna|gamla|stora|svåra|viktiga|klara|"
                              r"lika|enda|samma|bara|många|vissa|flera|sina|dina|mina|våra|era|ena|övriga|extra|ca|okta)\b)"
                              # (not a noun's plural in the definite: "väntetiderna har ökat")
                              r"(?![a-zåäö]*(?:rna|nna)\b)(?P<inf>[a-zåäö]{3,}a\s+(?:[a-zåäöA-ZÅÄÖ0-9]).+))$")
# a subject, its task in the present tense, and after a dash at the end the one who does it: "Regionen redovisar
# motsvarande uppgifter för primärvårdens hembesök – Johanna."
_DASH_DOER = re.compile(r"^(?P<subj>[A-ZÅÄÖ][\wåäö-]+(?:\s+[a-zåäö][\wåäö-]+)?)\s+(?P<verb>[a-zåäö]+(?:ar|er|ör))\s+"
                        r"(?P<rest>(?:fram\s+|över\s+|in\s+)?[a-zåäö][^;–—]{4,200}?)\s+[–—]\s+"
                        r"(?P<who>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé-]+)?)\s*\.?$")
# a task begins with its verb in the infinitive ("ta fram", "skicka", "utse"), not with a noun
_INFINITIVE_START = re.compile(r"(?i)(?!(?:ingen|inga|alla|inte|se\s+bilaga)\b)(?:[a-zåäö]+[ae]|gå|få|bli|nå|stå|dra)\b")
# a labelled action's doers in brackets, then the next line's label run on: "… (HK) Åtgärd: …", "… (IW) Nästa möte: …"
_NEXT_LABEL_AFTER_WHO = re.compile(r"(?<=\))\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)?\s*:)")
# … or in the imperative, as an action list bids it: "Åtgärd: Sammanställ kostnaderna (HK)", "Bjud in …"
_IMPERATIVE_START = re.compile(r"(?i)(?:sammanställ|ställ|bjud|skriv|ring|gör|hör|läs|följ|undersök|utred|förbered|"
                               r"säkerställ|begär|sänd|lägg|välj|håll|tillsätt|stäm|kolla|se\s+över|ta)\b(?!\s*:)")
# ("… och lämnar sina förslag dit": what it hands in goes there too)
_REPORTS_THERE = re.compile(r"\boch\s+(?:(?:åter)?rapporterar|redovisar|lämnar\s+(?:sina|sitt|sin|en|ett)\s+[a-zåäö]+)\s+"
                            r"(?:dit|till\s+(?:den|denna|dem|henne|honom))\b")
# … or to the body whose minutes tell it: "Arbetsgruppen tillsattes av LVO i juni och rapporterar hit"
_REPORTS_HERE = re.compile(r"\boch\s+(?:(?:åter)?rapporterar|redovisar)\s+hit\b")
# … or to the one that set it up, named again: "… och återrapporterar till nätverket i februari"
_REPORTS_BACK_TO = re.compile(r"\boch\s+(?:(?:åter)?rapporterar|redovisar)\s+till\s+(?P<ref>[^.;,]+?)"
                              r"(?:\s+(?:i|senast|varje|en|två|före|under|vid)\b[^.;]*)?\.?$")
# an item whose lines are the tasks to be done by the next meeting
# an item that sets the next meeting ("Nästa möte", "Övrigt och nästa möte", "5. Nästa träff"), and a task that
# readies a meeting: its call, invitation, room or host
_NEXT_MEETING_ITEM = re.compile(r"\bnästa\s+(?:möte|träff|sammanträde)\s*$", re.I)
_MEETING_PREP = re.compile(r"\b(?:kallelse|kalla|inbjudan|bjuda\s+in|lokal|värd|dagordning)", re.I)
_TO_NEXT_MEETING = re.compile(r"^(?:(?:att\s+göra|uppgifter|uppdrag|hemläxa|läxa)\s+)?(?:tills?|inför|före)\s+nästa\s+"
                              r"(?:möte|sammanträde|träff|gång)\b", re.I)
# a subject and its present-tense verb: "Kommunerna redovisar …", "Alla läser …", "JK bokar …"
# (a kommun or a region by its name: "Ekby kommun redovisar …", "Region Åby tar fram …")
_LISTED_TASK = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ.-]*(?:(?:\s+|,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ.-]*){0,5}"
                          r"(?:s?\s+kommun)?)\s+"
                          r"(?P<v>[a-zåäö]+(?:ar|er|ir|yr|år|ör))\b(?P<rest>.+)$")


# a table row written out as labelled fields on one line: "Vem: BE. Vad: skicka rutinen. När: senast 5/12."
_ACTION_FIELD = re.compile(r"(?:^|(?<=[\s.;,]))(?P<label>Vad|Vem|När|Ansvarig|Klart)\s*:\s*(?P<value>.+?)"
                           r"(?=\s*[.;,]?\s*(?:Vad|Vem|När|Ansvarig|Klart)\s*:|\s*\.?\s*$)")


def _action_fields(line: str) -> tuple[str, str, str] | None:
    """(who, task, due) of a line of labelled fields holding at least what and who.

    >>> _action_fields("- Vem: BE. Vad: skicka rutinen till styrgruppen. När: senast 5/12.")
    ('BE', 'skicka rutinen till styrgruppen', 'senast 5/12')
    >>> _action_fields("Vad: Boka lokal; Ansvarig: Eva Lind") is None, _action_fields("Vad: lunch") is None
    (False, True)
    """
    found = {m.group("label"): m.group("value").strip(" .;,") for m in _ACTION_FIELD.finditer(line.strip(" -•*"))}
    who = found.get("Vem") or found.get("Ansvarig")
    if not who or not found.get("Vad"):
        return None
    return who, found["Vad"], found.get("När") or found.get("Klart") or ""


def _logged_task(who: str, decision: str) -> tuple[str, str]:
    """Who does what for one row of a decision log: the responsible cell may say the task itself
    ("Hanna Berg arbetar in ändringarna"); else the task is the decision, without its subject
    ("Regionen erbjuder utbildning …" -> "erbjuda utbildning …").

    >>> _logged_task("Hanna Berg arbetar in ändringarna", "Styrgruppen fastställer planen.")
    ('Hanna Berg', 'arbetar in ändringarna')
    >>> _logged_task("Per Nilsson", "Regionen erbjuder utbildning i Lifecare.")
    ('Per Nilsson', 'erbjuda utbildning i Lifecare')
    >>> _logged_task("Kommunerna", "Samtliga kommuner inför e-tjänsten.")
    ('Kommunerna', 'införa e-tjänsten')
    """
    m = _PERSON_TASK_RE.match(who.strip())
    if m:
        return m.group("who"), f"{m.group('v')}{m.group('rest')}".strip(" .")
    decision = decision.strip(" .")
    m = _LOGGED_SUBJECT.match(decision)
    if not m:
        return who, decision
    verb, rest = m.group("v"), decision[m.end("v"):]
    # "erbjuder" -> "erbjuda", "inför" -> "införa"
    verb = verb + "a" if verb.endswith("ör") and verb not in _INFINITIVE_EXCEPTIONS else _present_to_infinitive(verb)
    return who, verb + rest


# the subject of a logged decision and its present-tense verb: "Regionen erbjuder", "Samtliga kommuner inför"
_LOGGED_SUBJECT = re.compile(
    r"^(?:(?:[Ss]amtliga|[Aa]lla|[Vv]arje|[Rr]espektive|[Bb]erörda|[Bb]åda)\s+[a-zåäö]+|[A-ZÅÄÖ][\wåäö:-]*"
    r"(?:\s+[A-ZÅÄÖ][\wåäö:-]*)*)\s+(?P<v>[a-zåäö]+(?:ar|er|ir|yr|år|ör))\b")


def _cells(line: str, want: int = 0) -> list[str]:
    """The cells of a table row: tab, pipe or wide-space separated; where that gives fewer than the
    ``want`` cells of the table's header, two spaces part them (a PDF's table read with its layout
    sets a cell as long as its column two spaces from the next)."""
    if "|" in line:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    cells = [c.strip() for c in re.split(r"\t|\s{3,}", line.strip())]
    if len(cells) < want and "\t" not in line:
        cells = [c.strip() for c in re.split(r"\s{2,}", line.strip())]
    return cells


def _unwrapped_task_rows(header: str, rows: list[str], width: int, task_col: int) -> list[str]:
    r"""The rows of an action table with a task cell wrapped onto the lines under it joined to the row
    it began in ("Ta fram en gemensam rutin för   Petter Alvedal   Klart" / "läkemedelslistor vid
    utskrivning"): a line right under a row holding only a lower-case continuation of its task
    column (alone on a line laid out with spaces, starting where the column does; the one filled
    cell of a tab or pipe row).

    >>> _unwrapped_task_rows("Uppdrag      Ansvarig   Status", ["Ta fram en rutin för   Per Ek   Pågår",
    ...                      "läkemedel", "Beslut: Rådet godkänner."], 3, 0)
    ['Ta fram en rutin för läkemedel\tPer Ek\tPågår', 'Beslut: Rådet godkänner.']
    """
    heads = _cells(header, width)
    at = header.casefold().find(heads[task_col].casefold()) if task_col < len(heads) else -1
    # where each of the header's columns starts, as a page laid out with spaces prints them (two spaces
    # apart where the header's cells are: "Nr  Åtgärd")
    gap = 2 if len(_cells(header)) < len(heads) else 3
    starts = [m.start() for m in re.finditer(r"(?:(?<=^)|(?<=\s{%d}))\S" % gap, header)] if "\t" not in header else []
    out: list[str] = []
    last: list[str] | None = None  # the cells of the row just above
    gap = 0  # blank lines since it: a PDF's layout may leave one where the row grew taller than its line
    for row in rows:
        values = _cells(row, width) if row.strip() else []
        filled = [(i, v) for i, v in enumerate(values) if v]
        spaced = "\t" not in row and "|" not in row
        if (last is not None and len(filled) == 1 and filled[0][1][:1].islower() and gap <= int(spaced)
                and (abs(len(row) - len(row.lstrip()) - at) <= 2 if spaced
                     else len(values) == width and filled[0][0] == task_col)):
            last[task_col] = f"{last[task_col]} {filled[0][1]}"
            del out[len(out) - gap - 1:]
            out.append("\t".join(last))
            gap = 0
            continue
        if (last is not None and spaced and (under := _cells_under(row, starts)) and 0 not in under
                and (len(under) >= 2 or not gap)):
            # the rest of a row's cells on the next page, each under its column ("av mobila team     Sved"), or
            # one cell's wrapped line right under its row ("Pågår – redovisas" / "2026-02-12")
            for col, piece in under.items():
                last[col] = (last[col] + piece if last[col].endswith("-") and last[col][-2:-1].isalpha()
                             else f"{last[col]} {piece}".strip())
            del out[len(out) - gap - 1:]
            out.append("\t".join(last))
            gap = 0
            continue
        if not row.strip() and last is not None:
            gap += 1
            out.append(row)
            continue
        last, gap = (values if len(values) == width and row.strip() else None), 0
        out.append(row)
    return out


# a due cell: a date ("2026-03-12", "12/3", "v. 48")
_DUE_CELL = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}(?:\s+\d{4})?|v(?:\.|ecka)\s*\d{1,2}")


def _cells_under(row: str, starts: list[int]) -> dict[int, str]:
    """The cells of a row laid out with spaces by the column each starts under (at most two places off), or
    nothing when a piece starts under no column.

    >>> _cells_under("         av mobila team       Sved", [0, 9, 30])
    {1: 'av mobila team', 2: 'Sved'}
    """
    out: dict[int, str] = {}
    for m in re.finditer(r"\S+(?: \S+)*", row):
        col = next((i for i, at in enumerate(starts) if abs(m.start() - at) <= 2), None)
        if col is None:
            return {}
        out[col] = m.group()
    return out


# every body of a kind: "alla lokala grupper", "samtliga arbetsgrupper"
# ("de lokala grupperna": every one of the kind, by its adjective, in the definite plural)
_EVERY_OF_KIND = re.compile(r"(?:alla|samtliga|de(?=\s+[a-zåäö]{3,}a\s+\S+erna$))\s+(?:(?P<adj>[a-zåäö]{3,}a)\s+)?[a-zåäö]*?(?P<kind>grupp|team|råd)(?:er|erna|en)?",
                            re.I)
# a unit by its one word: "Kommunikationsavdelningen", "Digitaliseringsenheten", "Socialförvaltningen"
# or a branch of care: "Hemsjukvården", "Elevhälsan", "Vuxenpsykiatrin"
_UNIT_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?:avdelningen|enheten|förvaltningen|kansliet|sekretariatet|kontoret)"
                        r"|[A-ZÅÄÖ][a-zåäö]{2,}(?:vården|hälsan|psykiatrin)"
                        # a school or a centre by what it is: "Skolan", "Förskolan", "Vårdcentralen", "Familjecentralen"
                        r"|(?:Skolan|[A-ZÅÄÖ][a-zåäö]{2,}skolan|[A-ZÅÄÖ][a-zåäö]{2,}centralen)")


def _slash_table(body: str) -> str:
    r"""An action list written with slashes between its cells ("Vad / Vem / När" and a row such as
    "Skicka ut utkastet / LK / 2025-09-19"), its header and rows laid out with tabs as a table's.

    >>> _slash_table("Vad / Vem / När\nSkicka ut utkastet / LK / 2025-09-19\n\nNästa möte: 13 oktober")
    'Vad\tVem\tNär\nSkicka ut utkastet\tLK\t2025-09-19\n\nNästa möte: 13 oktober'
    >>> _slash_table("Region / kommun samverkar")
    'Region / kommun samverkar'
    """
    lines = body.split("\n")
    width = 0
    for k, line in enumerate(lines):
        cells = [c.strip() for c in line.split(" / ")]
        if width and len(cells) == width and all(cells):
            lines[k] = "\t".join(cells)
            continue
        width = 0
        low = [c.casefold() for c in cells]
        if (len(cells) >= 2 and any(_column(c, _TASK_COLUMNS) for c in low) and any(_column(c, _WHO_COLUMNS) for c in low)
                and all(_column(c, _TASK_COLUMNS | _WHO_COLUMNS | _DUE_COLUMNS | _STATUS_COLUMNS) for c in low)):
            width = len(cells)
            lines[k] = "\t".join(cells)
    return "\n".join(lines)


def _column(cell: str, names: set[str]) -> bool:
    """A header cell naming one of the columns ("Klart datum" is a Klart column)."""
    return cell in names or (cell.split(" ")[0] in names if cell else False)


# a standing line of report told in a relative clause inside a proposal: "… föreslår att arbetsgruppen, som
# rapporterar till styrgruppen, får i uppdrag att …"
_PROPOSED_STANDING = re.compile(r"\b(?:föreslår|föreslog|föreslås)\s+(?:[a-zåäö]+\s+)?att\s+(?P<who>[^,;.]{3,80}?),\s+som\s+"
                                r"(?:rapporterar|återrapporterar|redovisar)\s+till\s+(?P<to>[^,;.]{2,80}?),")
# a proposal to another body, what it would do: "Arbetsgruppen föreslår att styrgruppen gör …"
_PROPOSED_THAT = re.compile(r"\b(?:föreslå|föreslår|föreslog|rekommendera|rekommenderar|rekommenderade)\s+att\s+$")
# an endorsement of what someone does: "ställa sig bakom att X deltar i …", "godkänner att X medverkar i …"
_ENDORSED_THAT = re.compile(r"\b(?:(?:ställa|ställer|ställde)\s+sig\s+bakom|godkänna|godkänner|godkände|tillstyrka|"
                            r"tillstyrker|tillstyrkte)\s+att\s+[^.;]{2,60}?$")
# an option opened, not a task given: "det finns möjlighet att …", "ett alternativ är att …"
_POSSIBILITY = re.compile(r"\b(?:möjlighet(?:en)?|möjligt|tänkbart|alternativ(?:et)?)\s+(?:är\s+)?att\s+$")
# who speaks, before the reporting verb; and a pronoun that points back to that speaker
_SPEAKER = re.compile(r"^(?P<sp>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+(?:berätta\w*|informer\w*|"
                      r"beskr[ie]v\w*|säger|sa|sade|förklara\w*)\s+(?:om\s+)?att\s+$")
_SELF_PRONOUN = re.compile(r"\s*(?:hon|han|hen)\s*")
_REPORTED_SPEECH = re.compile(
    r"\b(?:påmin\w*|berätta\w*|meddela[rt]?|meddelade|informer\w*|konstater\w*|beskr[ie]v\w*|framhåll\w*|betona\w*|påpeka\w*|"
    r"menar|menade|säger|sa|sade|tycker|tyckte|anser|ansåg|förklara\w*|underströk|understryker)\s+(?:om\s+)?att\s+$")


# Party tags after a politician's name ("Eva-Lena Mattsson (V)"): not part of the name
# "(S)", or in lower case as older protocols write it: "(s)", "(kd)"
_PARTY_TAG = re.compile(r"\s+\((?:S|M|V|C|L|KD|MP|SD|FP|s|m|v|c|l|kd|mp|sd|fp)\)")


_FOLLOW_UP_TITLE = re.compile(r"(?i)\b(?:återkoppling|uppföljning|återrapport\w*|sedan\s+sist|från\s+förra\s+mötet)")
# "Karin har tagit fram en sammanställning, den redovisas vid nästa möte": the work done, to be told at a meeting to come
_DONE_THEN_TOLD = re.compile(r",\s+(?:den|det|de|och\s+(?:den|det|de))\s+(?P<v>redovisas|presenteras|föredras|skickas\s+ut|skickas)\s+"
                             r"(?P<when>(?:vid|på|till|för|inför)\s+[^.;]+)$")
_REPORT_BACK_RE = re.compile(
    r"^(?:(?:Återkoppling|Uppföljning)(?:\s+(?:från|av|om)\s+[^:]{1,80})?:\s*)?(?P<who>[A-ZÅÄÖ][^.;:]{0,80}?)\s+"
    r"(?P<v>har\s+(?:nu\s+|också\s+)?(?:kontaktat|återkopplat|rapporterat|redovisat|tagit\s+fram|sammanställt|"
    r"skickat(?:\s+ut)?|undersökt|stämt\s+av|pratat\s+med|tittat\s+på|lyft|tagit\s+med|gjort|skrivit|"
    r"kollat|ringt|mejlat|bokat|anmält|uppdaterat)|återkopplade|rapporterade|redovisade|kontaktade|tog\s+fram|"
    r"sammanställde|skickade(?:\s+ut)?|undersökte|stämde\s+av|lyfte|kollade|skrev|mejlade|uppdaterade)\b(?P<rest>.*)$")


# the paragraph of an earlier decision cited in brackets: "gav den 16 maj 2025 (§ 17) LVO i uppdrag"
# a standing duty told after the decision it rests on, fronted, the subject after the verb: "Enligt LSVO:s beslut
# 2027-06-18, § 47, leder styrgruppen omställningen …"
_ACCORDING_FRONTED = re.compile(r"^Enligt\s+[^,]{2,80}?(?:,\s*§§?\s*\d{1,4}(?:/\d{2,4})?)?,\s+(?P<v>[a-zåäö]{2,}(?:ar|er|år|ör))\s+"
                                r"(?P<subj>[a-zåäö]*(?:gruppen|rådet|nämnden|teamet|nätverket|beredningen|organet|forumet))\s+"
                                r"(?P<rest>\S.*)$")
# the verbs of a body's standing duties, as a list of them goes on after one subject
_DUTY_VERB = (r"(?:får|ska|skall|har|leder|rapporterar|återrapporterar|ansvarar|arbetar|bereder|samordnar|följer|fattar|"
              r"beslutar|utser|tillsätter|svarar|lämnar)")
# "Styrgruppen leder X på uppdrag av LSVO, får tillsätta arbetsgrupper och rapporterar till LSVO": three duties of
# one body, the last two after a comma and "och"
_DUTY_LIST = re.compile(rf"^(?P<subj>[A-ZÅÄÖ][a-zåäö]*(?:gruppen|rådet|nämnden|teamet|nätverket|beredningen|organet|forumet))\s+"
                        rf"(?P<first>{_DUTY_VERB}\s[^,;]+?),\s+(?P<second>{_DUTY_VERB}\s[^,;]+?)\s+och\s+"
                        rf"(?P<third>{_DUTY_VERB}\s[^,;]+)$")


def _duties_apart(s: str) -> list[str] | None:
    """A sentence that fronts the decision its body's standing duties rest on, or lists three duties of one body,
    as a sentence a duty in straight order; None where it is neither.

    >>> _duties_apart("Enligt LSVO:s beslut 2027-06-18, § 47, leder styrgruppen arbetet på uppdrag av LSVO, "
    ...               "får tillsätta arbetsgrupper och rapporterar till LSVO")
    ['Styrgruppen leder arbetet på uppdrag av LSVO', 'Styrgruppen får tillsätta arbetsgrupper', 'Styrgruppen rapporterar till LSVO']
    >>> _duties_apart("Enligt planen, som LSVO antog, ska kommunerna anta den") is None
    True
    """
    fronted = _ACCORDING_FRONTED.match(s) if s[:7] == "Enligt " else None
    if fronted:
        s = f"{fronted.group('subj').capitalize()} {fronted.group('v')} {fronted.group('rest')}"
    listed = _DUTY_LIST.match(s)
    if listed:
        return [f"{listed.group('subj')} {listed.group(k)}" for k in ("first", "second", "third")]
    return [s] if fronted else None


_PARAGRAPH_CITED = re.compile(r"\s*\(§§?\s*\d{1,4}(?:/\d{2,4})?(?:\s*[-–,]\s*\d{1,4}(?:/\d{2,4})?)?\)")
# a matter passed on by the body it went to: "Kommunfullmäktige har remitterat motionen till kommunstyrelsen, som i sin
# tur har överlämnat den till utskottet för beredning"
_IN_TURN = re.compile(r"^(?P<first>.+?\b(?P<obj>frågan|ärendet|motionen|medborgarförslaget|förslaget|skrivelsen|remissen)\b"
                      r"[^,;]*?\btill\s+(?P<b>[^,;]+?)),\s+som\s+i\s+sin\s+tur\s+(?P<rest>[^;]+)$")
_IN_TURN_WHY = re.compile(r"\s+för\s+(?:vidare\s+)?(?:beredning|yttrande|handläggning|beslut)\b")
_OWN_BODY_RE = re.compile(
    r"(?i)(?:den\s+|det\s+)?((?:[\wåäö]+-)?[\wåäö]*(?:grupp|råd|nämnd|organ|beredning|forum|styrelse|utskott|direktion|nätverk|team|presidieöverläggning))"
    r"(?:en|et|ens|ets|n|ns)\b")


# A body named by its type word ("kommunfullmäktige", "Delregionalt politiskt samråd Södra Havsby",
# "Tjänstemannaberedningen") or an acronym ("RLG", "LVO:s")
_BODY_NAME_RE = re.compile(
    r"(?:[Dd]en\s+|[Dd]et\s+)?(?P<b>[A-ZÅÄÖ]{2,6}(?::?s)?|(?:[A-ZÅÄÖ]?[a-zåäö]+\s+){0,2}[\wåäöÅÄÖ-]*(?:fullmäktige|[Uu]tskott(?:et)?|"
    r"[Nn]ämnd(?:en)?|styrelse(?:n)?|[Ll]edningsgrupp(?:en)?|[Bb]eredning(?:en)?|[Ss]amråd(?:et)?|[Ss]amrådsorgan(?:et)?|råd(?:et)?)"
    r"(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,3}(?:\s+(?:för|i)\s+[^,.;()]+)?)"
    r"(?=\s+(?:för|den|senast|inför|i|och|om|med|vid|att|som)\b|\s*$|[,.;(])")


# a word in small letters between two capitalised words of a body's name: "Politiskt samråd Nära vård Ådalen"
_SMALL_IN_NAME = r"(?:\s+(?!(?:och|i|den|det|med|för|på|till|om|av|som|vid|från|under|efter|har|är|var|ska)\b)[a-zåäö]{3,}(?=\s+[A-ZÅÄÖ]))?"
# A body named in full: capitalised words around a type word ("Delregionalt politiskt samråd
# Södra Havsby", "Regional ledningsgrupp för vård och omsorg")
_FULL_BODY_RE = re.compile(
    # ("RCC Norrbys ledningsgrupp": an owner's acronym before its place)
    r"\b(?:[A-ZÅÄÖ]{2,6}\s+(?=[A-ZÅÄÖ][a-zåäö]+s\s))?[A-ZÅÄÖ][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,2}\s+[\wåäö-]*(?:samråd|samrådsorgan|råd|nämnd|beredning|"
    r"ledningsgrupp|utskott)\b(?:\s+[A-ZÅÄÖ][\wåäö-]+" + _SMALL_IN_NAME + r"){0,3}(?:\s+för\s+[a-zåäö]+(?:\s+och\s+[a-zåäö]+)?)?"
    r"|\b[A-ZÅÄÖ][\wåäö-]*(?:samråd|samrådsorgan|råd|nämnd|beredning|ledningsgrupp|utskott)\b(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,3}")


# every type word of the pattern contains one of these ("samråd" and "samrådsorgan" contain "råd")
_FULL_BODY_TYPE = re.compile(r"råd|nämnd|beredning|ledningsgrupp|utskott")
_CAPITAL_START = re.compile(r"\b[A-ZÅÄÖ]")


def _full_bodies(text: str):
    """The matches of :data:`_FULL_BODY_RE` in ``text`` (its white space single spaces), found
    from the type words back instead of trying the pattern at every capital of the text.

    A match starts at most three words before the word holding its type word, so only the
    capitals in that stretch are tried, in order, each once; the first that matches is the
    match ``finditer`` would find next.

    >>> [m.group(0) for m in _full_bodies("Frågan tas upp i Delregionalt politiskt samråd Södra Havsby i maj.")]
    ['Delregionalt politiskt samråd Södra Havsby']
    >>> [m.group(0) for m in _full_bodies("Återrapport från Politiskt samråd Nära vård Ådalen")]
    ['Politiskt samråd Nära vård Ådalen']
    """
    pos = 0  # the end of the last match: the next starts at or after it
    tried = 0  # the capitals before this have been tried
    for k in _FULL_BODY_TYPE.finditer(text):
        if k.start() < pos:
            continue
        start = text.rfind(" ", 0, k.start()) + 1  # the word holding the type word, and three before it
        for _ in range(3):
            if start == 0:
                break
            start = text.rfind(" ", 0, start - 1) + 1
        end = text.find(" ", k.end())
        end = len(text) if end < 0 else end
        m = None
        for c in _CAPITAL_START.finditer(text, max(start, pos, tried), end):
            m = _FULL_BODY_RE.match(text, c.start())
            if m:
                break
        if m:
            yield m
            pos = tried = m.end()
        else:
            tried = max(tried, end)


# a note closing a sentence of who sees to it and when: "… till PSO (Ansvar: CNW, v. 48)", "(Ansvarig: Eva Ek)"
# a responsible note on a line of its own, naming people only: "-> Ansvar: JH, ÅK.", "Ansvarig: Eva Ek och PL"
_BARE_RESPONSIBLE = re.compile(r"^(?:-+>\s*|→\s*)?[Aa]nsvar(?:ig[a]?)?\s*:\s*(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ.-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)?"
                               r"(?:\s*(?:,|och|&|\+)\s*[A-ZÅÄÖ][\wåäöÅÄÖ.-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)?)*)\s*\.?$")
# the sentence before such a line, its doers and a verb in the present ("JH och ÅK går igenom …"), not a passive
# ("Dagordningen fastställdes." over a table's "Ansvarig: Sofia Lindahl")
_DOERS_PRESENT = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ.-]*(?:\s+(?:och\s+|\+\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ.-]*){0,3}\s+[a-zåäö]+(?:ar|er|ir|yr|år|ör)\b")
_RESPONSIBLE_NOTE = re.compile(r"\s*\((?:[Aa]nsvar(?:ig[a]?)?)\s*:\s*(?P<who>[^()]{2,100})\)\s*[.;]?\s*$")
# the time in such a note: "v. 44", "senast fredag v. 46", "första gången v. 5", "31/10", "nästa möte"
_NOTE_TIME = re.compile(r"(?i)^(?:senast\s+|före\s+|till\s+|första\s+gången\s+|klart\s+)?(?:[a-zåäö]+dag\s+)?"
                        r"(?:v\.?\s*\d{1,2}|vecka\s+\d{1,2}|\d{1,2}/\d{1,2}|\d{4}-\d\d-\d\d|\d{1,2}\s+[a-zåäö]{3,}|"
                        r"nästa\s+möte|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                        r"december|löpande|snarast|hösten|våren)\b")
# an action without a doer and the line naming who carries it out: "Åtgärd: Sammanställa X." / "Ansvar: Sara Nyholm"
# (the short infinitives too, "Ta fram …", "Ge …", and the responsible after the action on its line: "Åtgärd:
# Ta fram en rutin. Ansvarig: AL")
# (or the action in the passive, the thing to be done its subject: "Åtgärd: Kartläggningen färdigställs och redovisas
# …", wrapping onto an indented line before "Ansvar: ÅN, DP")
_ACTION_THEN_RESPONSIBLE = re.compile(r"(?m)^\s*Åtgärd(?:er)?\s*:\s*(?P<task>(?:(?:[A-ZÅÄÖ][a-zåäö]*a|Ge|Gå|Se|Stå|Få|Be|Dra)\b"
                                      r"|[A-ZÅÄÖ][a-zåäö]+(?:en|et|na)\s+[a-zåäö]{3,}s\b)"
                                      r"[^\n]*?(?:\n[ \t]+(?![A-ZÅÄÖ][\wåäö]*\s*:)\S[^\n]*?)*)"
                                      r"(?:\n\s*|(?<=\.)\s+)Ansvar(?:ig[a]?)?\s*:\s*(?P<who>[^\n]+)")
# a task as a block of labelled lines, each value wrapping onto indented lines: "Uppdrag: … / Ansvarig: … /
# Återrapport: …"
# (or, as a PDF wraps a long value, onto a line at the margin that goes on in lower case)
_BLOCK_GOES_ON = r"(?:\n(?:[ \t]+(?=\S)|(?=[a-zåäö]))(?![A-ZÅÄÖ][\wåäö]*\s*:)[^\n]+)*"
# (a meeting app's task fields too: "Uppgift: … / Ansvarig: … / Klart senast: 2027-03-02")
# (or the fields one after the other on the task's line, the label in capitals: "UPPDRAG: Ta fram en modell.
# Ansvarig: Eva Ek. Tidpunkt: 2027-12-10.")
# the task of such a block told with the body that does it as its subject: "Samverkansgrupp X följer upp …"
_BODY_DOES = re.compile(r"^(?P<g>[A-ZÅÄÖ][\wåäö-]*(?:grupp|gruppen|team|teamet|nätverk|nätverket|råd|rådet)(?:\s+[\wåäöÅÄÖ-]+){0,5}?)\s+"
                        r"(?P<rest>[a-zåäö]+(?:ar|er|ir|yr)\b.*)$")
_TASK_DUE_LABEL = r"(?:Klart\s+senast|Klart|Klar\s+senast|Senast|Slutdatum|Förfallodatum|Tidpunkt|Tidplan)"
_TASK_BLOCK = re.compile(r"(?m)^[ \t]*(?:Uppdrag|Uppgift|UPPDRAG|UPPGIFT)\s*:[ \t]*"
                         r"(?P<task>[A-ZÅÄÖa-zåäö](?:(?!(?<=\.)\s+Ansvar(?:iga?)?\s*:)[^\n])*" + _BLOCK_GOES_ON + r")"
                         r"(?:\n[ \t]*|(?<=\.)\s+)Ansvar(?:iga?)?\s*:"
                         r"[ \t]*(?P<who>\S(?:(?!\.\s+" + _TASK_DUE_LABEL + r"\s*:)[^\n])*" + _BLOCK_GOES_ON + r")"
                         r"(?:(?:\n[ \t]*|\.\s+)" + _TASK_DUE_LABEL + r"\s*:[ \t]*(?P<due>[^\n]+))?"
                         r"(?:\n[ \t]*Återrapport(?:eras|ering)?(?:\s+till)?"
                         r"\s*:[ \t]*(?P<report>[^\n]+))?")
# an uppdragsbeskrivning adopted with its content under labels after it, and those labels
_MISSION_ADOPTED = re.compile(r"(?:fastställ|anta|antog|godkän|beslutade\s+om)[a-zåäö]*\s+(?:den\s+)?uppdragsbeskrivning(?:en)?"
                              r"\s+för\s+(?P<rest>[^\n]{3,120}?)\s+(?:enligt|med)\s+följande")
_MISSION_FIELD = re.compile(r"^(?P<label>Uppdrag|Sammankallande|Rapportering|Återrapportering)\s*:\s*(?P<value>\S.*)$")
_REPORTS_TO_BODY = re.compile(r"\b(?:rapporterar|redovisar|återrapporterar)\s+(?:\w+\s+)?till\s+(?P<to>[^,.;]{3,80})")
# a responsible named alone, with or without when: "Ansvarig: Eva Ek, v. 42", "Ansvar: Eva Ek och Bo Lind"
# verbs of being and having, no task however the responsible line reads: "IL är föräldraledig"
_NOT_TASK_VERBS = frozenset(("är", "har", "var", "blir", "kan", "vill", "ska", "behöver", "tycker", "anser", "menar"))
# (the label cut short and the time labelled too: "Ansv: Eva Ek, Klart: v. 50")
# (or the kommuner together: "Ansv: kommunerna, Klart: v. 3")
# (the time under its column's whole head: "Ansvarig: Eva Ek, Klart till: 2029-03-31", "Klart senast: v. 12")
_RESPONSIBLE_RE = re.compile(r"^Ansv(?:ar(?:ig[a]?)?)?\s*:\s*(?P<who>(?:[A-ZÅÄÖ]|(?=kommunerna\b|alla\s+kommuner\b|"
                             r"respektive\s+kommun\b|huvudmännen\b)[a-z])[^,;:]{1,80}?)"
                             r"(?:,\s*(?:Klart(?:\s+(?:till|senast))?\s*:\s*)?(?P<due>[^;:]{1,40}?))?\.?$")


def _further_doers(after: str, roster) -> list[str]:
    """The people named after the first doer's comma on an "Ansvarig:" line, when that part is names
    and no time: "Johanna Kvist" in "Ansvarig: Rasmus Engdahl, Johanna Kvist".

    >>> _further_doers("Johanna Kvist", set()), _further_doers("Eva Ek och Bo Lind", set()), _further_doers("v. 42", set())
    (['Johanna Kvist'], ['Eva Ek', 'Bo Lind'], [])
    >>> _further_doers("Nästa möte", set()), _further_doers("December 2028", set())
    ([], [])
    """
    names = split_name_list(after.strip(" ."))
    if not names or re.search(r"\d", after):
        return []
    if all(p.casefold() in roster for p in names) or is_name_list(names) and all(
            len(p.split()) >= 2 and is_given_name(p.split()[0]) for p in names):
        return names
    return []


# the doer and the time labelled as one pair: "Ansvarig/Tidplan: Eva Ek / till oktobermötet"
_RESPONSIBLE_WHEN_PAIR = re.compile(r"^Ansv(?:ar(?:ig[a]?)?)?\s*/\s*(?:tidplan|tid|klart|när|deadline)\s*:\s*(?P<who>[^/]{2,80}?)"
                                    r"\s+/\s*(?P<when>\S[^/]{0,80}?)\.?$", re.I)
# what the doer does, told in brackets after the name: "Ansvarig: Eva Ek (bereder ärendet till rådet)"
_RESPONSIBLE_DOES = re.compile(r"^Ansv(?:ar(?:ig[a]?)?)?\s*:\s*(?P<who>[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2})\s*"
                               r"\((?P<v>[a-zåäö]+(?:ar|er|ir|yr))\b(?P<rest>[^()]{3,120})\)\.?$")
# the doer's seat in the body given the task, told in brackets: "Ansvarig: Siri Ek (sammankallande i projektgruppen)"
_RESPONSIBLE_SEAT = re.compile(r"^Ansv(?:ar(?:ig[a]?)?)?\s*:\s*(?P<who>[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2})\s*"
                               r"\((?P<role>sammankallande|ordförande|projektledare|samordnare)\s+(?:i|för)\s+"
                               r"(?P<g>[^()]{3,80})\)\.?$")
# a responsible line that names the task after the doers: "Ansvar: Eva Ek och Per Lind, siffror för Åby senast 31/8"
_RESPONSIBLE_WITH_TASK = re.compile(r"^Ansv(?:ar(?:ig[a]?)?)?\s*:\s*(?P<who>[A-ZÅÄÖ][^,;:]{1,80}?),\s*"
                                    r"(?P<task>[a-zåäö][^;:]{5,160}?)\.?$")
# that part a task, not a time: three words or more, not opening on when ("klart v. 24", "inför nästa möte")
# (nor on how or with whom: "Ansvar: EG, med underlag från BN")
_RESPONSIBLE_TASK = re.compile(r"^(?!(?:sammankallande|ordförande|sekreterare|samordnare|[a-zåäö]*chef|senast|före|inför|till|klart|klar|första|nästa|löpande|snarast|v\.|vecka|"
                               r"[a-zåäö]+dag(?:en)?|med|utan|i|på|för|via|genom|tillsammans|och|samt|efter|om|under|"
                               r"från|vid|mot|hos|av|som|se|ev\.?|eventuellt|gemensamt|\d)\b)[a-zåäö][\wåäö-]*(?:\s+\S+){2,}$")
# "… för tiden till och med den 31 december 2026", "… till och med december": when a seat is held, not where
_SEAT_TIME = re.compile(r",?\s+(?:för\s+tiden|till\s+och\s+med|från\s+och\s+med|t\.\s?o\.\s?m\.?|fr\.\s?o\.\s?m\.?|"
                        # "… i gruppen från januari", "från den 1 mars", "från nästa möte", "från årsskiftet"
                        rf"från\s+(?=(?:den\s+)?(?:\d|{_MONTH}|nästa|kommande|årsskiftet|hösten|våren|sommaren))|"
                        r"(?:för|under)\s+(?:resten\s+av\s+|återstoden\s+av\s+|den\s+återstående\s+)?"
                        # "… i arbetsutskottet för resten av verksamhetsåret": a förening's or a LAG's year
                        r"(?:mandatperioden|verksamhetsåret|programperioden)|"
                        # "… till ersättare i rådet för samma tid (period)": the term of the seat named just before
                        r"för\s+samma\s+(?:tid|period|mandatperiod)|"
                        # "…, för perioden 2027–2028", "för åren 2027–2030": the years of the seat
                        r"för\s+(?:perioden|åren)\s+(?=\d))\b.*$")
# the functions in a body, as against its seats (ledamot, ersättare, representant)
_DUTY_ROLE = re.compile(r"(?i)(?:(?:vice|biträdande|ställföreträdande|tillförordnad)\s+)?(?:ordförande|sammankallande|"
                        r"sekreterare|[\wåäö-]*(?:ledare|samordnare))")
# what a body set up in a decision does: "… en styrgrupp som under ledningsgruppen leder utvecklingen av …"
# an item titled by the work it is about: "Revidering av rutinen för X" is to "revidera rutinen för X"
_TITLE_WORK = {"revidering": "revidera", "översyn": "se över", "uppdatering": "uppdatera", "framtagande": "ta fram",
               "framtagning": "ta fram", "utvärdering": "utvärdera", "kartläggning": "kartlägga", "utredning": "utreda",
               "omarbetning": "omarbeta", "uppföljning": "följa upp", "utveckling": "utveckla", "planering": "planera"}
_TITLE_WORK_RE = re.compile(r"^(?:\d+[.)]?\s+)?(?:(?:[ÅåÄä]rlig|[Gg]emensam|[Ff]ortsatt|[Ss]amordnad|[Ll]öpande)\s+)?"
                            r"(?P<n>[A-ZÅÄÖa-zåäö]+)\s+(?:av|om)\s+(?P<obj>(?:den|det|de|en|ett)?\s*[a-zåäö][^.;:]{2,100}?)"
                            r"\s*(?:[–-].*)?$")


# "De återkommer …", "Hon tar fram …": the doers of the task just given
_PRONOUN_TASK_RE = re.compile(rf"^(?P<p>De|Hon|Han)\s+(?:också\s+|sedan\s+|därefter\s+)?(?P<v>{TASK_VERB})(?P<rest>\b.*)$")
# "Lisa föredrar den där": who presents the work just named at the meeting just named
_TELLS_IT_THERE_RE = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+"
                                r"(?P<v>föredrar|presenterar|redovisar)\s+(?:den|det|dem)\s+(?:där|då)$")
# "… att analysen redovisas för rådet den 13 juni": the work and where it is to be told
_SENT_TO_BODY_RE = re.compile(r"\b(?P<obj>[a-zåäö]+(?:en|et|na)(?:\s+(?:av|om|över)\s+[^.;]{1,60}?)?)\s+(?:ska\s+)?"
                              r"(?:redovisas|presenteras|föredras|lyfts|tas\s+upp)\s+(?P<where>(?:för|vid|på|i|till)\s+[^;]+)$")
# a second doer with the verb left out, its object after the same preposition as the first's:
# "… med elevhälsan och Jonas med BUP"
_GAPPED_DOER = re.compile(r"\s+och\s+(?P<n>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)?)\s+"
                          r"(?P<prep>med|till|hos|på|om|för)\s+(?P<obj>[^.;]+)$")
# what the two share at the end: "… för att förankra rutinen", "… före årsskiftet", "… senast 1 mars"
_SHARED_TAIL = re.compile(r"\s+(?:för\s+att|före|senast|innan|inför|till\s+nästa|under\s+(?:våren|hösten))\b")
# bodies of one kind in the plural: "Närvårdsgrupperna i Älvby och Norrvik", "Båda styrgrupperna", "De två råden"
_PLURAL_HEADS = {"grupperna": "grupp", "råden": "råd", "teamen": "team", "nätverken": "nätverk"}
_PLURAL_BODIES_RE = re.compile(
    r"^(?P<det>(?:[Dd]e\s+)?(?:[Bb]åda|[Bb]ägge|två)\s+|[Dd]e\s+två\s+)?(?P<stem>(?:[A-ZÅÄÖa-zåäö][a-zåäö-]*?)?)"
    r"(?P<pl>(?<=\w)grupperna|(?<=\w)råden|(?<=\w)teamen|(?<=\w)nätverken|[Gg]rupperna|[Rr]åden|[Tt]eamen|[Nn]ätverken)\s+(?:(?:i|för)\s+(?P<places>[A-ZÅÄÖ][\wåäö-]+(?:(?:,\s*|\s+och\s+)"
    r"[A-ZÅÄÖ][\wåäö-]+)+)\s+)?(?P<rest>[a-zåäö].+)$")
# a huvudman named in full before the person it appointed: "Tallviks kommun Oskar Rask", "Region Norrby Eva Lund"
_HUVUDMAN_LEAD = re.compile(r"(?:[Rr]egion\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+kommun)\s+(?=[A-ZÅÄÖ])")


def _work_of_title(title: str | None) -> str | None:
    """The work an item's title names, as a task: "Revidering av rutinen för samordnad vårdplanering"
    -> "revidera rutinen för samordnad vårdplanering"; a title that names no work gives None.

    >>> _work_of_title("Revidering av överenskommelsen om hemsjukvård"), _work_of_title("Barn som anhöriga")
    ('revidera överenskommelsen om hemsjukvård', None)
    >>> _work_of_title("Årlig uppföljning av samverkan vid utskrivning")
    'följa upp samverkan vid utskrivning'
    """
    m = _TITLE_WORK_RE.match((title or "").strip())
    verb = m and _TITLE_WORK.get(m.group("n").casefold())
    return f"{verb} {m.group('obj').strip()}" if verb else None


_NEW_BODY_DOES = re.compile(r"\bsom\s+(?:under\s+[A-ZÅÄÖ][\wåäö-]*\s+)?(?:ska\s+)?(?P<v>leder|samordnar|driver|styr|"
                            r"ansvarar\s+för|tar\s+fram|följer\s+upp|utreder|bereder|stödjer|planerar)\s+(?P<task>[^.;]+)")
# the official who heads a huvudman's administration, as the one a recommendation is addressed to
_HEAD_OFFICIAL = re.compile(r"(?i)(?P<org>region|landstings|kommun)(?:direktören|direktörerna|direktör)")
_HUVUDMAN_THEN_GROUP = re.compile(rf"^(?:{_HUVUDMAN_WORDS})\s+i\s+(?=\S)")
# "Gruppen har på rådets uppdrag sett över …", "Arbetsgruppen arbetar på LSVO:s uppdrag"
# a body doing its work for another, the work told between: "Arbetsgruppen följer sedan september upp
# betalningsansvaret på uppdrag av Styrgrupp X" (its subject a body's type word or name, the giver last)
_DOES_ON_BEHALF = re.compile(
    r"^(?P<x>[A-ZÅÄÖ][\wåäö-]*(?:grupp|gruppen|rådet|teamet|nätverket|beredningen)(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,3}|Revisorerna)\s+"
    r"(?!arbetar\b)(?:[\wåäö-]+\s+){1,10}?på\s+uppdrag\s+(?:av|från)\s+"
    # (a kommun's own bodies written small: "granskar på uppdrag av kommunfullmäktige")
    r"(?P<from>[A-ZÅÄÖ][^.,;]+?|(?:kommun|region)?fullmäktige|[a-zåäö]+(?:nämnden|styrelsen))"
    r"(?:\s+(?:sedan|från|under|i\s+(?:år|våras|höstas))\b[^.,;]*)?"
    # "… och ansvarar inför fullmäktige": what else it does told after
    r"(?:\s+och\s+(?:ansvarar|rapporterar|återrapporterar)\s+[^.]*)?\.?$")
_ON_GENITIVE_UPPDRAG = re.compile(r"^(?P<x>[A-ZÅÄÖ][^,;.]{1,60}?)\s+(?:har\s+|hade\s+|arbetar\s+)?på\s+"
                                  r"(?P<from>[\wåäöÅÄÖ-]+(?:\s+[\wåäöÅÄÖ-]+){0,3}?)(?::s|s)\s+uppdrag\b")
# the same told of a body in a relative clause: "… den modell som Styrgrupp X har tagit fram på RLG:s uppdrag"
_ON_GENITIVE_UPPDRAG_AFTER_SOM = re.compile(r"\bsom\s+(?P<x>[A-ZÅÄÖ][^,;.]{1,60}?)\s+(?:har|hade)\s+"
                                            r"[a-zåäö]{3,}(?:at|it|tt|gt|nt)(?:\s+fram)?\s+på\s+"
                                            r"(?P<from>[\wåäöÅÄÖ-]+(?:\s+[\wåäöÅÄÖ-]+){0,3}?)(?::s|s)\s+uppdrag\b")
# a decision handing the matter on with the proposal the other body is to decide: "… för beslut med följande förslag:"
_OTHER_BODYS_PROPOSAL = re.compile(r"\s*\b(?:med|enligt)\s+följande\s+förslag(?:\s+till\s+beslut)?\s*:")
# who tells of a change, before it: "Socialchef Eva Ek informerar om att …", "Ordföranden meddelade att …"
# (or a note of a newcomer before a colon: "Ny ledamot hälsades välkommen: A ersätter B som …")
# (or told as done by the side whose seat it is: "Åby kommun har meddelat att A ersätter B som …")
# "efterträder", "har efterträtt", "kommer att efterträda": a successor's verb, read as "ersätter"
_SUCCEEDS = re.compile(r"\b(?:har\s+efterträtt|(?:kommer\s+att|ska)\s+efterträda|efterträder)\b")
_CHANGE_TOLD_BY = re.compile(r"^[A-ZÅÄÖ][^.;:]{0,80}?\s+(?:informerar|informerade|meddelar|meddelade|berättar|berättade|"
                        r"rapporterar|rapporterade|har\s+(?:informerat|meddelat|berättat|rapporterat))\s+(?:om\s+)?att\s+"
                        r"(?=(?:[a-zåäö][\wåäö-]{3,}\s+)?[A-ZÅÄÖ])"
                        r"|^Nya?\s+(?:ledamot|ledamöter|representant|representanter|deltagare|medlem)\b[^.;:]{0,60}:\s+(?=[A-ZÅÄÖ])")
_TITLE_BEFORE_NEWCOMER = re.compile(r"^[a-zåäö][\wåäö-]{3,}\s+(?=[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?"
                                    r"\s+(?:ersätter|har\s+ersatt|ersatte|efterträder)\s)")
_NEWCOMER_APPOSITION = re.compile(r"^(?P<n>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}),\s+[^,]{2,50},\s+"
                                  r"(?=(?:ersätter|har\s+ersatt|ersatte)\s)")
# the seat of a unit named by its common noun in the definite form: "representant för förskolan / elevhälsan"
# a proposal that another body give the task: "… föreslår Ledningsgruppen att [ge X i uppdrag]"
# (a decision's own att-clause: "att föreslå LVO att ge Processteam X i uppdrag att …")
_PROPOSES_TO_GIVE = re.compile(r"\b(?:föreslå|föreslår|föreslog|föreslås|rekommendera|rekommenderar|rekommenderade|"
                               r"hemställer\s+hos|hemställa\s+hos)\s+"
                               r"(?:[^.;]{1,100}?\s+)?att\s*$")
# a case handed on with a request to the body it goes to: "… med en begäran om en genomgång"
_WITH_REQUEST = re.compile(r"\bmed\s+(?:en\s+)?(?:begäran|hemställan|förfrågan|önskan)\s+om\b")
_UNIT_SEAT_ROLE = re.compile(r"(?i)(?:ny\s+)?(?:representant|företrädare|ledamot)")
# (its owner before it in the genitive: "kommunens rehabenhet", "regionens barnhälsovården")
_DEFINITE_UNIT = re.compile(r"(?:(?:kommunens|regionens|förvaltningens|[a-zåäö][\wåäö-]{2,30}(?:ningens|ens))\s+)?"
                            r"[a-zåäö][\wåäö-]{2,40}(?:en|an|et|n)(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?")
# "Leif Ek (KD) ersätts av Ida Berg (KD) som ersättare för Region X från och med …": the passive, the one leaving first
_REPLACED_BY_AS_RE = re.compile(
    r"^(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?P<op>\s+\([^()]{1,12}\))?\s+(?:ersätts|efterträds)\s+av\s+"
    r"(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?P<np>\s+\([^()]{1,12}\))?\s+(?P<seat>som\s+[^;]+?)\.?$")
_REPLACES_AS_RE = re.compile(
    r"^(?P<new>.+?)\s+(?:ersätter|har\s+ersatt|ersatte)\s+(?P<old>.+?)\s+som\s+(?:(?P<org>[A-ZÅÄÖ][\wåäö-]*(?:\s+kommun)?(?::s|s)|"
    # "… som socialförvaltningens representant i rådet": a unit's seat
    r"[a-zåäö][\wåäö-]*(?:förvaltningens|enhetens|avdelningens)|"
    # "… som polisens ledamot i rådet", "… som skolans representant i G": a side named by its common noun
    r"[a-zåäö][\wåäö-]{2,}(?:ens|ans))\s+)?"
    r"(?P<role>[\wåäö-]+)\s+(?:för|i)\s+(?P<g>.+)$")
# "A ersätter B i ledningsgruppen", "A är ny socialchef i X kommun och ersätter B i G",
# "A ersätter B från enheten, som slutar i gruppen": no seat named, the group after "i" at the end
_REPLACES_IN_RE = re.compile(
    r"^(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\b[^.;]*?\bersätter\s+"
    r"(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\b(?:[^.;]*?,\s+som\s+slutar)?[^.;,]*?\s+i\s+"
    r"(?P<g>[^.;,]+?)\.?$")
# a stand-in while the one replaced is away: "… medan Elin är föräldraledig", "… under Elins sjukskrivning"
_AWAY_FOR_A_WHILE = re.compile(r"\b(?:medan\s+[^.;]*?\b(?:föräldraledig|sjukskriven|tjänstledig|ledig|borta)|"
                               r"under\s+[^.;]*?(?:föräldraledighet|sjukskrivning|tjänstledighet|ledighet))\b")
# the titles of points that name no body: a seat given under them is in the body that met
_GENERIC_POINT = re.compile(r"(?i)övrigt|övriga\s+frågor|övriga\s+ärenden|ärende|information|informationsärenden|"
                            r"uppföljning|återkoppling|aktuellt|aktuella\s+frågor|lägesrapport(?:er)?|rapporter|"
                            r"runt\s+bordet|runda|omvärldsbevakning|meddelanden|delgivningar|anmälningsärenden|"
                            r"mötets\s+öppnande|öppnande|inledning|nästa\s+möte|dagordning|val\s+av\s+[\wåäö ]+|"
                            r"föregående\s+(?:mötes\s+)?(?:anteckningar|protokoll)|avslutning|mötets\s+avslutande")
# "Eva Ström ersätter Per Ek från januari": nothing but when after the one replaced
# "Från Ronneby kommun ersätter A B från och med 1/1": the side fronted, the two names run together after the verb
_FRONTED_SIDE_REPLACES_RE = re.compile(
    r"^(?:Från|För)\s+(?P<org>" + _HUVUDMAN_WORDS + r")\s+ersätter\s+"
    r"(?P<names>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){3,4})(?P<rest>(?:\s+(?:från|fr\.\s?o\.\s?m\.?)\b.*)?)$")
# "Åby kommun har utsett Ida Ek, MAS, till ny representant": the one a side appointed, whom a "Hon ersätter B"
# after it names
# (or "… har nu anmält Eva Ek (EE) som ordinarie ledamot": her initials in brackets, the seat without "ny")
_APPOINTED_IN_PREV = re.compile(r"\b(?:(?:har|hade)\s+)?(?:nu\s+)?(?:utsett|utsåg|valt|valde|anmält|nominerat)\s+"
                                r"(?P<n>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\b(?:\s+\([A-ZÅÄÖ]{1,3}\))?"
                                r"(?:,[^,.;]{2,40},)?\s+(?:till|som)\s+(?:ny\b|nya\b|nytt\b|(?:ordinarie\s+)?"
                                r"(?:representant|ledamot|ersättare|företrädare)\b)")
# "A har utsetts till Åby kommuns ledamot och ersätter B …": the seat named before the one replaced; "A är ny
# representant för Åby kommun och ersätter B, som lämnade gruppen …" and a hurried note's "A ny rep. för Åby
# kommun, ersätter B." the same (what is told of B after "som" no part of the seat)
_APPOINTED_SEAT_REPLACES_RE = re.compile(
    r"^(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\s+(?:(?:har\s+(?:utsetts|valts)|utses|väljs)\s+till|"
    r"(?:är\s+)?nya?(?=\s+(?:representant|ledamot|ersättare)\b|\s+rep\.))\s+"
    r"(?P<seat>[^.;,]{0,60}?\b(?:ledamot|ersättare|representant|rep\.)(?:\s+för\s+" + _HUVUDMAN_WORDS + r")?)"
    r"(?:\s+och|,)\s+ersätter\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:,\s+som\s+[^;]*?)?"
    r"(?P<rest>(?:\s+(?:från|fr\.\s?o\.\s?m\.?)\b.*)?)\.?$")
# ", då Peter går i pension" after a change of seat: why, no part of the seat
# (not a stand-in's "då Eva är föräldraledig", who keeps the seat)
# "tillsvidare", "tills vidare", "t.v." after the one replaced: the change's length, no part of the seat
_UNTIL_FURTHER = re.compile(r"(?<=\S)\s+(?:tills?\s?vidare|t\.\s?v\.)(?=[\s,.;]|$)")
_REPLACE_REASON_TAIL = re.compile(r",\s+(?:då|eftersom)\s+(?![^,;]*(?:ledig|sjuk|tillfällig))[^,;]+?\.?$")
_REPLACES_BARE_RE = re.compile(
    r"^(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+ersätter\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})"
    r"(?:\s+(?:från|fr\.\s?o\.\s?m\.?|efter)\b[^.;,]*)?\.?$")
# "ansvara inför Styrgrupp X": whom a body answers to, a mandate and no task ("ansvara inför nästa möte för …" is one)
_ANSWERS_TO_BODY = re.compile(r"(?:ansvara|svara)\s+inför\s+(?!(?:nästa|kommande|mötet|sammanträdet|dagens)\b)"
                              r"(?:[A-ZÅÄÖ]|[a-zåäö]*(?:gruppen|rådet|nämnden|teamet|nätverket|styrelsen)\b)[^.;,]*\.?$")
# "gruppen", "teamet": the body that met named by its kind
_OWN_BODY_WORD = re.compile(r"(?i)gruppen|teamet|nätverket|rådet")
# "… från i dag efter att Sanna Rydh slutade vid årsskiftet": the one whose seat the newcomer takes
_SEAT_AFTER_LEAVER = re.compile(r"\befter\s+att\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+"
                                r"(?:har\s+)?(?:slutade|slutat|lämnade|lämnat|avgick|avgått|gick\s+i\s+pension|gått\s+i\s+pension)\b")
# "Maja Ek ersätter Lena Berg under dennes föräldraledighet till och med juni": a stand-in for one away a while,
# no seat nor body named: the seat in the body that met, which the one away keeps
_STAND_IN_BARE_RE = re.compile(
    r"^(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+ersätter\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})"
    r"\s+under\s+(?:dennes|hennes|hans|hens|[A-ZÅÄÖ][\wåäö-]+s)\s+(?:föräldraledighet|sjukskrivning|tjänstledighet|ledighet|"
    r"frånvaro|studier|utlandstjänstgöring)\b[^.;]*\.?$")
# "Anita Ek (KD) har utsetts av Åby kommun att ersätta Lars Eng (KD) i styrgruppen"
_APPOINTED_TO_REPLACE_RE = re.compile(
    r"^(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:\s*\([A-ZÅÄÖ]{1,3}\))?,?\s+"
    r"(?:har\s+(?:utsetts|utsett|valts)|utses|utsågs|väljs|valdes)\s+"
    r"(?:av\s+(?P<org>[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|[Rr]egion(?:en|\s+[A-ZÅÄÖ][\wåäö-]+)|[A-ZÅÄÖ][\wåäö-]+)\s+)?"
    r"(?:till\s+)?att\s+ersätta\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:\s*\([A-ZÅÄÖ]{1,3}\))?"
    r"(?:\s+som\s+(?P<role>[\wåäö-]+))?(?:\s+(?:i|för)\s+(?P<g>[^.;]+?))?\s*(?:från\b.*|efter\b.*)?$")
# a body named by its owner in the genitive and its kind: "Länets landsbygdsnätverk", "Kommunens integrationsforum"
_OWNED_KIND = re.compile(r"[A-ZÅÄÖ][\wåäö-]+s\s+[a-zåäö-]*(?:nätverk|nätverket|forum|forumet|råd|rådet|grupp|gruppen)")
# a board named with the förbund, förening or Leader area it leads: "Styrelsen, Föreningen X", "LAG, Leader Y"
_BOARD_OF = re.compile(r"^(?:Styrelsen|Direktionen|Förbundsstyrelsen|LAG),\s+(.+)$")
# the huvudman first: "Forsby kommun har utsett Johanna Rask att ersätta henne från 1 oktober", "Kommunen har
# utsett Klara Sundelin, enhetschef hemtjänst, att ersätta honom från januari" (whom by a pronoun: the one told
# to leave before)
_ORG_APPOINTED_TO_REPLACE_RE = re.compile(
    # "…, och Åby kommun har utsett …": after the clause that told the leaving
    r"^(?:(?P<lead>[^.;]*?),\s+och\s+)?"
    # ("Karlby har utsett …": the kommun by its place name alone)
    r"(?:(?P<org>[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|[Kk]ommunen|[Rr]egion(?:en|\s+[A-ZÅÄÖ][\wåäö-]+)|[A-ZÅÄÖ][a-zåäö]{3,}(?=\s+har\s+utsett\s))"
    # "Kommunstyrelsen i Åby har utsett …": the huvudman's board appoints its seat
    r"|[A-ZÅÄÖ][\wåäö-]*(?:styrelsen|nämnden|fullmäktige)(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?"
    # "Geriatriken har utsett …": the unit whose seat it is
    r"|(?P<unit>[A-ZÅÄÖ][a-zåäö]{3,}(?:iken|vården|hälsan|kliniken|enheten|centralen)))\s+(?:har|hade)\s+"
    # her title after the name, shortened or not: "…, tf. primärvårdsdirektör, att ersätta …"
    # (a title and the unit it is held at: "…, specialistläkare vid Kirurgkliniken, Länssjukhuset X, att …")
    r"(?:utsett|valt)\s+(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:(?:,\s+(?:[^,.;]|\.(?=\s[a-zåäö])){2,60}){1,2},)?\s+(?:till\s+)?"
    r"att\s+(?:ersätta|efterträda)\s+(?:honom|henne|(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}))"
    r"(?:\s+som\s+(?P<role>(?:ordinarie\s+)?[\wåäö-]+))?(?:\s+(?:i|för)\s+(?P<g>[^.;]+?))??\s*(?:(?:från|efter|fr\.o\.m\.)\b.*)?\.?$")
# a referral in a relative clause: "… som Styrgrupp X lyfte till Ledningsgruppen Y i mars"
_REFERRED_EARLIER = re.compile(r"\bsom\s+(?P<from>[A-ZÅÄÖ][^,.;]{2,80}?)\s+(?:har\s+|hade\s+)?(?:lyfte|lyft|skickade|skickat|"
                               r"överlämnade|överlämnat)\s+(?:vidare\s+)?till\s+(?P<to>[^,.;]+)")
# when, after where it went: "… till SBU i oktober", "… den 12 mars"
_WHEN_TAIL = re.compile(r"\s+(?:i|under|den|förra|tidigare)\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
                        r"oktober|november|december|våras|höstas|\d{1,2}|år|veckan|månaden|mötet)\b.*$")
# a body handing in its own report: "SBU lämnar sin årsrapport till RLG i oktober" (its subject opens the sentence
# or the clause after ", och")
# what a body hands the body it works for: "… och lämnar en årlig rapport dit", "… och lämnar sina förslag dit"
# ("… och lämnar en verksamhetsberättelse dit varje år": the year's account of its work)
# the next report handed to the body one works for, a one-off task: "… och lämnar nästa halvårsrapport dit i januari"
_NEXT_REPORT_THERE = re.compile(r"\boch\s+lämnar\s+(?P<what>nästa\s+[a-zåäö]*rapport)\s+dit"
                                r"(?P<when>\s+(?:i|senast|till|den|före|inför)\s+[^.;,]+)?")
_HANDS_IN = (r"lämnar\s+(?:en\s+|sin\s+|sina\s+)?(?:[a-zåäö]+\s+)?(?:[a-zåäö]*rapport(?:er)?|förslag|lägesbild(?:er)?|"
             r"verksamhetsberättelse|årsberättelse)")
# what a body working on another's uppdrag does after it: "… och rapporterar dit", "… och lämnar sin
# verksamhetsberättelse hit varje januari" (there, to the giver; here, to the body whose minutes these are)
_REPORTS_BACK_AFTER = re.compile(r"[^.;]*?\s+och\s+(?:(?:åter)?rapporterar|" + _HANDS_IN + r")\s+(?P<where>dit|hit)\b")
# (a relative clause after the body between: "Arbetsgruppen för X, som styrgruppen tillsatte i mars, lämnar sin slutrapport
# till styrgruppen i december")
# (told as done, after who told it: "Eva Ek informerar om att Projektgruppen X har lämnat sin slutrapport till LVO")
_HANDS_IN_REPORT = re.compile(r"(?:^|,\s+och\s+|\b(?:om\s+)?att\s+)(?P<x>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,6}?)"
                              r"(?:,\s+som\s+[^,.;]{2,80},)?\s+(?:lämnar|har\s+lämnat|lämnade)\s+(?:sin|sina)\s+"
                              r"(?:[a-zåäö]*rapport(?:er)?|verksamhetsberättelse|årsberättelse)\s+till\s+(?P<to>[^.;,]+)")
# a body attached to another that reports there: "Referensgruppen är knuten till Styrgrupp X och rapporterar dit"
# … or one that is a body of experts to it: "MAS-nätverket är ett sakkunnignätverk till Länsledningen för X och
# rapporterar till länsledningen två gånger per år" (the body again by its kind)
_ATTACHED_REPORTS = re.compile(r"^(?P<x>[A-ZÅÄÖ][^.;,]{2,80}?)\s+är\s+(?:knuten|kopplad|ansluten|underställd|"
                               r"(?:ett|en)\s+[a-zåäö]*(?:nätverk|stöd|organ|grupp|forum|råd))\s+till\s+"
                               r"(?P<to>[^.;,]+?)\s+och\s+(?:åter)?rapporterar\s+(?:dit\b|till\s+(?P<again>[a-zåäö]{4,}?)(?:en|et)\b)")
# the agent after a passive that is both bodies of a joint meeting, and the heading naming the other one
_BOTH_GROUPS_AGENT = re.compile(r"\s+av\s+(?:båda|de\s+två)\s+(?:grupperna|parterna)\b")
_JOINT_WITH = re.compile(r"^[Gg]emensamt?\s+(?:möte|sammanträde|arbetsmöte|dialogmöte)\s+med\s+(?P<b>[A-ZÅÄÖ][^.;]+?)\s*$")
# the agent after a passive: "… lyfts vidare till RLG av båda grupperna"
_PASSIVE_AGENT_TAIL = re.compile(r"\s+av\s+(?:båda|alla|samtliga|de\s+två|de\s+tre)?\s*(?:grupperna|parterna|huvudmännen|"
                                 r"[a-zåäö]*gruppen|[a-zåäö]*rådet)\b.*$")
# a decision to raise a question with another body, in the infinitive: "lyfta frågan om X till styrgruppen" (what
# is "överlämnat" may be an answer sent or a proposal: read where it is written in the passive)
_RAISE_INFINITIVE = re.compile(r"^(?:att\s+)?lyfta\s+(?!sig\b)[^.;]{1,100}?\s+(?:vidare\s+)?till\s+"
                               r"(?P<to>[^.;]+)$")
# what is handed on is a report: reporting, no referral
# what a body hands on of its own work, and the result of a task it was given ("godkänna inventeringen och
# överlämna den till kommunstyrelsen")
# ("Slutrapporten överlämnas till RLG": a report by its kind, one word with it)
# a piece of work handed over to a body to do, a delegation as well as a matter handed on: "överlämna framtagandet av ett utkast
# till Arbetsgrupp X", "lämnar över arbetet till processteamet"
_WORK_HANDED_DOWN = re.compile(r"\b(?:överlämna[rs]?|överlämnade|lämna[rs]?\s+över|lämnade\s+över)\s+"
                               r"(?:uppdraget|arbetet|framtagandet|utredningen|uppgiften)\b")
_REPORT_NOUN = re.compile(r"(?i)\b(?:slut|åter)?(?:rapport|redovisning|uppföljning|verksamhetsberättelse|årsberättelse|"
                          r"inventering|kartläggning|utvärdering)\w*\b")
# handed on for another body to decide: "Handlingsplanen lämnas till RLG för fastställande"
# "… lämnas till G för fastställande", "… och skickar den till G för fastställande", "lämna rutinen till G för beslut"
# ("lämna frågan om en gemensam mottagning till RLG för ställningstagande": the matter with what it is about)
# the body's backing, then the thing sent on: "… ställde sig bakom rutinen och skickar den vidare till G, som …"
_BEHIND_AND_SENT_ON = re.compile(r"\bbakom\b[^.;]{2,160}?\s+och\s+(?:skickar|skickade|lämnar|lämnade|överlämnar)\s+"
                                 r"(?:den|det|dem)\s+(?:vidare\s+)?till\s+(?P<to>[^.;,]+?)(?=\s*[,.;]|\s+(?:för|inför|den)\b|\s*$)")
_LEFT_FOR_DECISION = re.compile(r"\b(?:lämnas|(?:över)?lämnar|(?:över)?lämna|skickar|skicka)\s+(?:(?:den|det|dem|[a-zåäö]+(?:en|et|na|an))"
                                r"(?:\s+(?:om|kring|gällande|rörande)\s+[^.;]{2,120}?)?\s+)?"
                                r"(?:vidare\s+|över\s+)?till\s+(?P<to>[^.;]+?)\s+för\s+"
                                # (a draft sent to a body for its view: "skicka utkastet till styrgruppen för synpunkter")
                                r"(?:beslut|fastställande|fastställelse|godkännande|ställningstagande|synpunkter)\b")
# the one leaving, told before the appointment of the successor in the same sentence
# two replacements told with one seat phrase: "A (S) ersätter B (S) och C (KD) ersätter D (KD) som ersättare i G"
_WILL_REPLACE = re.compile(r"\b(?:kommer\s+att|ska)\s+ersätta\b")
_TWO_REPLACES_RE = re.compile(r"^(?P<first>[^.;]+?\bersätter\s+[^.;]+?)\s+och\s+(?P<second>[^.;]+?\bersätter\s+[^.;]+?)"
                              r"(?P<tail>\s+som\s+[^.;]+)$")
_LEAVING_LEAD = re.compile(r"^(?P<n>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+(?:avgår|slutar|lämnar)\b")
_GROUP_WORD_END = re.compile(r"(?:grupp|gruppen|rådet|råd|nämnden|teamet|beredningen|utskottet|nätverket|forumet|[A-ZÅÄÖ]\w*)$")
# "A går in som ordinarie ledamot för X kommun från 1 november och ersätter då B, som lämnar gruppen"
_ENTERS_REPLACING_RE = re.compile(
    # ("A går från ersättare till ordinarie ledamot för X kommun och ersätter därmed B": a deputy moving up)
    r"^(?P<new>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2})\s+går\s+(?:in\s+som|(?:över\s+)?från\s+ersättare\s+till)\s+"
    r"(?P<role>(?:ordinarie\s+|ny\s+)?(?:ledamot|ersättare|representant))"
    r"(?:\s+för\s+(?P<org>[A-ZÅÄÖ][\wåäö-]*\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+))?"
    r"(?:\s+(?:från\s+och\s+med|från|fr\.o\.m\.)\s+[^,.;]*?)?\s+och\s+ersätter\s+(?:då\s+|därmed\s+)?"
    r"(?P<old>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2})(?:,\s+som\s+(?:lämnar|slutar)\b.*)?\.?$")
_REPLACES_SEAT_RE = re.compile(
    # "… ersätter från och med i dag B som …": when, before whom
    r"^(?P<new>.+?)\s+ersätter\s+(?:(?:från\s+och\s+med|fr\.\s?o\.\s?m\.)\s+(?:i\s*dag|detta\s+möte|dagens\s+möte)\s+)?"
    r"(?P<old>.+?)\s+som\s+(?:(?P<org>[A-ZÅÄÖ][\wåäö-]+\s+kommuns|[Rr]egion\s+[A-ZÅÄÖ][\wåäö-]+s|"
    # a unit's seat by its acronym: "som BUP Norrbys representant", "som BUP:s representant"
    r"[A-ZÅÄÖ]{2,6}(?:\s+[A-ZÅÄÖ][\wåäö-]+)?(?::s|s)|"
    # a kommun by its place name alone: "som Åbys representant"
    r"[A-ZÅÄÖ][a-zåäö-]+s|"
    # a unit by its common noun: "som utbildningsförvaltningens representant", "som elevhälsans ledamot"
    r"[a-zåäö-]{4,}(?:ens|ets|ans|ins))\s+)?"
    # "som Region Xs andra ledamot": the huvudman's second seat
    r"(?:(?:andra|tredje|nya|ordinarie)\s+)?"
    r"(?P<role>ledamot|ersättare|representant|ordförande|sammankallande)\b(?!\s+(?:för|i)\s)"
    r"(?:\s+(?:från|fr\.o\.m\.|efter|under|tills|till)\b.*)?[.!]?$")


# a numbered action point and its fields up to the next one: "AP 2.1 – Ansvar: … – … – Klart: 20/3"
_ACTION_POINT_RE = re.compile(r"\b(?:AP|ÅP|Åtgärdspunkt)\s*\d{1,2}(?:\.\d{1,2})*\s*[–:-]\s*"
                              r"(?P<fields>(?:(?!\b(?:AP|ÅP|Åtgärdspunkt)\s*\d).)+)")
_ACTION_POINT_LEAD = re.compile(r"^(?:AP|ÅP|Åtgärdspunkt)\s*\d{1,2}(?:\.\d{1,2})*\s*[:.]?\s*")
_AP_FIELD = re.compile(r"(?i)^(?P<l>ansvar(?:ig[a]?)?|ansv\.?|klart|klar|senast|deadline|tidplan|tid)\s*:\s*")
# the members speaking for their huvudmän in the first person: "Vi på Åby kommun", "Vi från Åby och Ekå"
_WE_AT = re.compile(r"^Vi\s+(?:på|från|i|inom)\s+(?=(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?(?:\s+(?:och|samt)\s+"
                    r"(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?)*\s+[a-zåäö])")
# one away for a while, told before a stand-in takes the seat: "Eva Berg är föräldraledig till hösten"
_AWAY_NAMED = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+(?:är|blir|har\s+blivit)\s+"
                         r"(?:föräldraledig|sjukskriven|tjänstledig|ledig|borta|på\s+utlandsuppdrag)\b")
# someone named as away in a relative clause, the seat they hold between commas before it
_NOT_THERE_RE = re.compile(r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:,\s+(?P<role>(?:vice\s+)?ordförande|"
                           r"sammankallande|ledamot|ersättare))?,?\s+som\s+(?:inte|ej)\s+(?:var|är|kunde\s+vara)\s+"
                           r"(?:närvarande|på\s+plats|med)\b")


# a decided clause on when the result of a task just given is reported: "att förslaget redovisas vid …"
_REPORTED_ON_DAY = re.compile(r"^(?:att\s+)?(?:förslaget|handlingsplanen|planen|uppdraget|rapporten|resultatet|resultaten|"
                              r"utredningen|analysen|underlaget|sammanställningen)\s+(?:ska\s+)?(?:redovisas|återrapporteras|"
                              r"rapporteras|presenteras)\b")


# a task told in a relative clause, its verb last: "14 ärenden som nämnden uppdragit åt förvaltningschefen att bereda"
_GIVEN_IN_RELATIVE = re.compile(r"\b(?P<obj>(?:\d+\s+)?[a-zåäö]+(?:\s+[a-zåäö]+){0,2})\s+som\s+(?P<giver>[a-zåäö]*(?:nämnden|"
                                r"styrelsen|rådet|gruppen|direktionen|utskottet))\s+(?:har\s+)?uppdragit\s+åt\s+"
                                r"(?P<who>[a-zåäö-]{4,}(?:en|n)|[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+att\s+"
                                r"(?P<verb>[a-zåäö]{3,})(?=\s*[.;,]|\s*$)")


# the owner's directive to a kommunal bolag: "Kommunfullmäktige i Åby kommun har den 29 september antagit nya ägardirektiv
# för bolaget"
_OWNER_DIRECTIVE = re.compile(r"\b(?P<owner>(?:Kommunfullmäktige|Regionfullmäktige)(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|"
                              r"\s+i\s+Region\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+(?:har\s+)?(?:[^.;]{0,40}?\s+)?(?:antagit|beslutat\s+om|"
                              r"fastställt|antog|fastställde)\s+(?:nya\s+|reviderade\s+)?ägardirektiv\s+för\s+bolaget\b")


# the side a seat is for, then the body that met by its kind: "Arbetsförmedlingen i nätverket", "Åby kommun i gruppen"
_SIDE_IN_OWN_BODY = re.compile(r"(?P<side>[A-ZÅÄÖ][^,;]{1,60}?)\s+i\s+(?P<g>[a-zåäö-]*(?:gruppen|nätverket|rådet|teamet|forumet))")


# the reason given after where a question goes: "… eftersom den rör alla kommuner", "…, då den kräver beslut"
_BECAUSE_TAIL = re.compile(r",?\s+(?:eftersom|därför\s+att|då(?=\s+(?:den|det|de|frågan|ärendet)\b))\s.*$")


# a body described by its adjectives and kind in the definite, its acronym after: "den politiska samverkansberedningen PSVO"
_DESCRIBED_ACRONYM_REF = re.compile(r"(?:[Dd]e[nt]\s+)?(?:[a-zåäö]+a\s+){1,2}[a-zåäö]+(?:en|et)\s+(?P<acr>[A-ZÅÄÖ]{2,6})")


def _one_body_key(name: str) -> str:
    """What two spellings of one body's name share: "X i Östmo" and "X Östmo", "Processteamet för trygg
    utskrivning" and "Processteam trygg utskrivning".

    >>> _one_body_key("Processteamet för trygg utskrivning") == _one_body_key("Processteam Trygg utskrivning")
    True
    >>> _one_body_key("Lokal närvårdsgrupp i Östmo") == _one_body_key("Lokal närvårdsgrupp Östmo")
    True
    """
    key = re.sub(r"\s+i\s+", " ", name.casefold())
    return re.sub(r"^(\S*?(?:team|grupp|nätverk|råd|forum))(?:et|en)?\s+(?:för\s+)?", r"\1 ", key)


def _own_body(text: str, meeting: str | None) -> str | None:
    """The body that met, where a phrase starts with its type word in definite or genitive form
    ("rådet", "nämndens", "samrådsorganet", "samordningsgruppen" in that body's own minutes).

    >>> _own_body("nämndens sammanträde i juni", "Socialnämnden, Fjällsta kommun")
    'Socialnämnden, Fjällsta kommun'
    >>> _own_body("arbetsgruppen", "Samverkansgrupp äldre") is None
    True
    >>> _own_body("Vårdsamverkan västra", "Vårdsamverkan västra Ekbotten")
    'Vårdsamverkan västra Ekbotten'
    >>> _own_body("Socialnämnden", "Socialnämndens arbetsutskott, Åby kommun") is None
    True
    >>> _own_body("socialnämnden", "Socialnämndens individ- och familjeutskott, Åby kommun") is None
    True
    >>> _own_body("RLG senast 2026-02-12", "Regional ledningsgrupp Norrby (RLG)")
    'Regional ledningsgrupp Norrby (RLG)'
    >>> _own_body("Närvårdssamverkan", "Närvårdssamverkan Mellanbygden"), _own_body("Regional", "Regional ledningsgrupp X")
    ('Närvårdssamverkan Mellanbygden', None)
    >>> _own_body("BUS-gruppen", "Lokal BUS-grupp Sörviken"), _own_body("BUS-styrgruppen", "Lokal BUS-grupp Sörviken")
    ('Lokal BUS-grupp Sörviken', None)
    >>> _own_body("Samrådsgruppen", "Samrådet med X"), _own_body("Samverkansgruppen", "Samverkansrådet X")
    ('Samrådet med X', None)
    >>> _own_body("Teamet", "Lokalt samverkansteam Åby"), _own_body("teamet", "Arbetsgrupp mobila team")
    ('Lokalt samverkansteam Åby', None)
    >>> _own_body("Processteamet", "Processteam trygg hemgång Åby")
    'Processteam trygg hemgång Åby'
    >>> _own_body("Teamet", "Förbättringsteamet Tillgänglighet")  # a team named in the definite
    'Förbättringsteamet Tillgänglighet'
    >>> _own_body("nämndens presidium", "Kulturnämnden, Region Ås") is None
    True
    """
    acronym = re.search(r"\(([A-ZÅÄÖ]{2,8})\)", meeting or "")
    if acronym and re.match(rf"{acronym.group(1)}(?::s)?\b", text.strip()):
        return meeting  # the body that met by the acronym its name gives
    if meeting and meeting[:11].casefold() == "revisorerna" and re.match(r"(?i)revisorerna?s?\b", text.strip()):
        return meeting  # "revisorerna", "revisorernas" in the minutes of a kommun's revisorer
    m = _OWN_BODY_RE.match(text.strip()) if meeting else None
    if m and _PRESIDIUM_REF.fullmatch(text.strip()):
        m = None  # "nämndens presidium": its ordförande and vice ordförande, a body of their own
    if m and m.group(1).casefold() == "team" and not re.search(r"(?i)\w(?:team)(?:et)?\b", meeting):
        m = None  # "teamet" is the body that met where its name is a kind of team ("samverkansteam"), not "mobila team"
    if m and m.group(1).casefold() in meeting.casefold():
        # ("Socialnämndens individ- och familjeutskott": an utskott named by two fields)
        # ("rådet" in the minutes of "Kommunala pensionärsrådets arbetsutskott": the council above it)
        if re.search(r"(?i)(?:nämndens|styrelsens|direktionens|rådets)\s+(?:[\wåäö]+-\s+och\s+)?\w*utskott", meeting) and not m.group(1).casefold().endswith("utskott"):
            return None  # "socialnämnden" in its arbetsutskott's minutes: the nämnd above it
        return meeting
    t = text.strip()
    rest = meeting[len(t):] if meeting and len(t.split()) >= 2 and meeting.casefold().startswith(t.casefold()) else None
    if rest and re.fullmatch(r",?\s+[A-ZÅÄÖ][\wåäö-]+", rest):
        return meeting  # "Delregional vårdsamverkan norra" in the minutes of "… norra Sjöbotten": without its place
    if (meeting and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+", t) and _KIND_WORD_IN.search(t)
            and meeting.casefold().startswith(t.casefold() + " ")):
        return meeting  # "Närvårdssamverkan ger …" in the minutes of "Närvårdssamverkan Mellanbygden"
    return meeting if is_short_name_of(t, meeting) else None


def is_short_name_of(text: str, meeting: str | None) -> bool:
    """Whether one word names the body that met by a short form of its name: "BUS-gruppen" in the minutes
    of "Lokal BUS-grupp X", "Samrådsgruppen" in those of "Samrådet med X".

    >>> is_short_name_of("BUS-gruppen", "Lokal BUS-grupp Ekby"), is_short_name_of("Samrådsgruppen", "Samrådet med X")
    (True, True)
    >>> is_short_name_of("länsnätverket", "Länsnätverkets arbetsgrupp för X"), is_short_name_of("Styrgruppen", "Lokal BUS-grupp Ekby")
    (False, False)
    >>> is_short_name_of("Hjälpmedelsnämnden", "Gemensamma hjälpmedelsnämnden i X"), is_short_name_of("Nämnden", "Gemensamma nämnden")
    (True, False)
    """
    if not meeting or " " in text.strip():
        return False
    t = text.strip().casefold()
    words = meeting.casefold().replace(",", " ").split()
    if words[0] in ("gemensamma", "gemensam") and len(words) > 1 and len(t) > 8 and t.removesuffix("s") == words[1]:
        return True  # "Hjälpmedelsnämnden beslutar" in the minutes of "Gemensamma hjälpmedelsnämnden i X"
    h = re.fullmatch(r"([\wåäö]+-[\wåäö]*grupp)(?:en|ens)", t)
    if h:
        return h.group(1) in words
    g = re.fullmatch(r"([a-zåäö]{4,}?)s?(?:gruppen|gruppens)", t)
    return bool(g) and words[0] in (g.group(1) + "et", g.group(1) + "en")


# a word that names a kind of body inside it: "Närvårdssamverkan", "Samverkansforum"
_KIND_WORD_IN = re.compile(r"samverkan|grupp|råd$|forum|team$|beredning|utskott|styrelse|nätverk|organ$|nämnd", re.I)


_UTSKOTT_OF = re.compile(r"^(?P<parent>[A-ZÅÄÖ][\wåäö -]*?(?:nämnd|styrels)en|(?:Förbunds)?[Dd]irektionen)s\s+(?:arbets)?utskott\b(?P<owner>,\s*.+)?$")


def _utskott_parent(meeting: str | None) -> str | None:
    """The nämnd or styrelse an utskott's minutes speak of as "nämnden" / "styrelsen".

    >>> _utskott_parent("Socialnämndens arbetsutskott, Åby kommun"), _utskott_parent("Styrgrupp Äldre")
    ('Socialnämnden, Åby kommun', None)
    >>> _utskott_parent("Kommunstyrelsens arbetsutskott, Åby kommun")
    'Kommunstyrelsen, Åby kommun'
    >>> _utskott_parent("Direktionens arbetsutskott, Kommunalförbundet Åbydalen")
    'Direktionen, Kommunalförbundet Åbydalen'
    """
    m = _UTSKOTT_OF.match(meeting or "")
    return f"{m.group('parent')}{m.group('owner') or ''}" if m else None


# a förbund's board by its kind alone, in the minutes of one of the förbund's own bodies: "direktionen",
# "förbundsdirektionens sammanträde", "styrelsen" in a beredning's or an utskott's minutes
_FÖRBUND_BOARD_REF = re.compile(r"(?i)(?:den\s+)?(?:förbunds)?(direktionen|styrelsen)s?(?:\s+sammanträde\b.*)?")
_OWNED_BY_FÖRBUND = re.compile(r"^(?P<body>[^,]+),\s*(?P<owner>[^,]*förbund(?:et)?\b[^,]*)$")


def _board_of_förbund(raw: str, meeting: str | None) -> str | None:
    """The board of the förbund whose body met, where a phrase names it by its kind alone.

    >>> _board_of_förbund("direktionen", "Utbildningsberedningen, Ekå gymnasieförbund")
    'Direktionen, Ekå gymnasieförbund'
    >>> _board_of_förbund("förbundsdirektionens sammanträde den 11 december", "Utbildningsberedningen, Ekå gymnasieförbund")
    'Direktionen, Ekå gymnasieförbund'
    >>> _board_of_förbund("styrelsen", "Beredningsgruppen, Samordningsförbundet Åby")
    'Styrelsen, Samordningsförbundet Åby'
    >>> _board_of_förbund("styrelsen", "Styrelsen, Samordningsförbundet Åby"), _board_of_förbund("styrelsen", "Socialnämnden, Åby kommun")
    (None, None)
    """
    m = _FÖRBUND_BOARD_REF.fullmatch(raw.strip()) if meeting else None
    own = _OWNED_BY_FÖRBUND.match(meeting) if m else None
    if not own or own.group("body").casefold().startswith(("direktion", "styrelse", "förbunds")):
        return None
    return f"{m.group(1).capitalize()}, {own.group('owner')}"


# the presidium of the body that met: "presidiet", "nämndens presidium"; and such a presidium named in full
_PRESIDIUM_REF = re.compile(r"(?i)presidiet|(?:nämndens|styrelsens|förbundets|rådets|direktionens)\s+presidium")
_PRESIDIUM = re.compile(r"(?i)^(?:presidiet\b|[\wåäö -]+s\s+presidium\b)")


# the head of a compound body name, which an acronym writes with a letter of its own: "lednings|grupp" → "LG"
_COMPOUND_HEAD = re.compile(r"(?<=[a-zåäö]{3})(grupp|råd|nämnd|beredning|styrelse|utskott|team|forum|nätverk)(?:en|et|s)?$")


def _is_acronym_of(acronym: str, name: str) -> bool:
    """Whether an acronym spells the first words of a body's name (three letters at least), a compound's head
    written with a letter of its own or not.

    >>> [_is_acronym_of(a, "Delregional ledningsgrupp närvårdssamverkan Tjädervik") for a in ("DLG", "DL", "DLGN", "RLG")]
    [True, False, True, False]
    >>> _is_acronym_of("RSG", "Regional samverkansgrupp missbruk"), _is_acronym_of("SG", "Samverkansgrupp äldre")
    (True, False)
    >>> _is_acronym_of("LSVO", "Ledningsgrupp för samverkan vård och omsorg")
    True
    """
    if not 3 <= len(acronym) <= 6:
        return False
    words = [w for w in re.findall(r"[A-ZÅÄÖa-zåäö]+", name.split(",")[0])
             if w.casefold() not in ("för", "och", "i", "av", "med", "om")]
    spelled = {""}
    for w in words:
        head = _COMPOUND_HEAD.search(w.casefold())
        options = {w[0].upper()} | ({w[0].upper() + head.group(1)[0].upper()} if head else set())
        spelled = {p + o for p in spelled for o in options if acronym.startswith(p + o)}
        if acronym in spelled:
            return True
        if not spelled:
            return False
    return False


def _presidium_of(meeting: str | None) -> str | None:
    """The presidium (ordförande and vice ordförande) of the body that met, named after it.

    >>> _presidium_of("Styrelsen, Samordningsförbundet Åby"), _presidium_of("Socialnämnden, Åby kommun")
    ('Presidiet, Samordningsförbundet Åby', 'Socialnämndens presidium, Åby kommun')
    >>> _presidium_of("Kommunfullmäktiges presidium, Åby kommun")
    'Kommunfullmäktiges presidium, Åby kommun'
    """
    m = re.match(r"^(?P<b>[^,]+?)(?P<owner>,\s*.+)?$", meeting or "")
    if not m:
        return None
    if _PRESIDIUM.match(m.group("b")):
        return meeting  # "Presidiet ger …" in the minutes of a presidium: the body that met
    if m.group("owner") and m.group("b") in ("Styrelsen", "Direktionen"):
        return f"Presidiet{m.group('owner')}"
    return f"{m.group('b')}s presidium{m.group('owner') or ''}"


def _one_name(a: str, b: str) -> bool:
    """Whether two names are one body's, the one written out with its acronym after it and the other
    the acronym alone.

    >>> _one_name("Politiskt samverkansorgan (PSVO)", "PSVO"), _one_name("LSVO", "lsvo"), _one_name("LSVO", "PSVO")
    (True, True, False)
    """
    a, b = a.strip(), b.strip()
    if a.casefold() == b.casefold():
        return True
    short, full = (a, b) if len(a) < len(b) else (b, a)
    return full.endswith(f"({short})")


# who told the meeting, before what they told: "Ordföranden informerade om att …", "Anna berättade att …"
_TOLD_THAT = re.compile(r"^.*?\b(?:informerade|informerar|berättade|berättar|meddelade|meddelar|redogjorde|redogör|"
                        r"rapporterade|rapporterar|uppgav|uppger|framförde|påminde|påminner|återgav|återger|"
                        r"återrapporterade|återrapporterar)\s+(?:om\s+|för\s+\w+\s+)?att\s+")
# who reminded or told the meeting of a standing fact, before it: "Ordföranden påminde om att X är tillsatt av Y"
# (also in the perfect: "Reza Tavakoli har berättat att Politiskt samverkansråd har gett RLG i uppdrag …")
_TOLD_STANDING = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)?\s+(?:påminde|påminner|informerade|informerar|"
                            r"berättade|berättar|meddelade|meddelar|har\s+(?:berättat|informerat|meddelat))\s+(?:om\s+)?att\s+")
# a pronoun after a dash, for the person the sentence began with: "MR presenterade sig – hon företräder …"
_PRONOUN_AFTER_DASH = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+[a-zåäö][^.;–—]{2,80}?"
                                 r"(?P<dash>\s+[–-]\s+)(?:hon|han|hen)\s+(?P<rest>[a-zåäö][^.;]+)$")
# a seat filled, told by the huvudman or someone else: "Lövsta kommun har meddelat att Ingrid Falk utses till …"
_TOLD_APPOINTMENT = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)?|[A-ZÅÄÖ][\wåäö-]+\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+|"
    r"[Rr]egionen|[Kk]ommunen|[Ff]örvaltningen)\s+(?:har\s+)?(?:meddelat|meddelade|meddelar|informerat|informerade|"
    r"informerar|anmält|anmälde|anmäler)\s+(?:om\s+)?att\s+"
    r"(?=[A-ZÅÄÖ][^.;]{1,60}?\s+(?:utses|har\s+utsetts|utsetts|väljs|har\s+valts|blir|ersätter|ersätts)\b)")
# who has told it, in the perfect (the past and present tenses are read by the rules themselves)
_TOLD_PERFECT = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)?\s+har\s+(?:berättat|informerat|meddelat)\s+"
                           r"(?:om\s+)?att\s+")
# a body giving a task, after the words that tell it: "… att Politiskt samverkansråd har gett RLG i uppdrag"
_GAVE_TASK_AFTER = re.compile(r"[A-ZÅÄÖ][^.;:]{1,80}?\s+(?:har\s+gett|har\s+gi(?:vi)?t|gav|ger)\s+[^.;:]{2,80}?\s+i\s+uppdrag\b")
# work handed over in the passive: "Planeringen av temadagen överlämnas till X, som har budget för föreläsare"
_HANDED_OVER_RE = re.compile(
    # (or passing to it by the decision: "att den fortsatta uppföljningen av X övergår till Samverkansgrupp Y, som
    # rapporterar till ledningsgruppen en gång per år")
    r"(?:^|\batt\s+)(?:(?:den|det)\s+fortsatta\s+)?(?P<noun>[Pp]laneringen|[Ss]amordningen|[Uu]ppföljningen|[Gg]enomförandet|[Aa]nsvaret)\s+(?:av|för)\s+"
    r"(?P<obj>[^.;]{3,120}?)\s+(?:(?P<hand>överlämnas|lämnas\s+över)|(?P<pass>övergår|förs\s+över))\s+(?:nu\s+)?till\s+(?P<to>[^.;,]+?)"
    r"(?:,\s+som\s+(?P<back>(?:åter)?rapporterar\s+till\s+[^.;]+?))?(?:,\s+som\b.*)?\.?$")
_HANDED_OVER_VERB = {"planeringen": "planera", "samordningen": "samordna", "uppföljningen": "följa upp",
                     "genomförandet": "genomföra", "ansvaret": "ansvara för"}
# the day a giver gave its task, between the giver and the verb: "X den 29 oktober (har gett …)"
_GIVEN_ON_DAY = re.compile(r"\s+den\s+\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
                           r"november|december)(?:\s+\d{4})?(?=\s+(?:har|hade)\b|\s*$)")
# a kommun's own organ, "i" and the kommun: "kommunfullmäktige i Åby kommun"; and one organ of several kommuner:
# "kommunfullmäktige i Åby kommun, Ekå kommun och Ås kommun"
_KOMMUN_ORGAN = r"(?:kommun|region)?fullmäktige|kommunstyrelsen|[a-zåäö-]+nämnden"
# a kommun's place, of two words where the first tells its quarter: "Östra Hamre"
_PLACE_OF_KOMMUN = r"(?:(?:Östra|Västra|Norra|Södra|Övre|Nedre|Stora|Lilla)\s+)?[A-ZÅÄÖ][\wåäö-]+"
_ORGAN_OF_KOMMUN = re.compile(rf"(?:{_KOMMUN_ORGAN}|regionstyrelsen)\s+i\s+(?:{_PLACE_OF_KOMMUN}\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+)")
_ORGAN_OF_EACH = re.compile(rf"(?P<organ>{_KOMMUN_ORGAN})\s+i\s+"
                            r"(?P<kommuner>(?:[A-ZÅÄÖ][\wåäö-]+\s+kommun(?:,\s*|\s+och\s+))+[A-ZÅÄÖ][\wåäö-]+\s+kommun)"
                            # "regionstyrelserna i Region A, Region B och Region C": the styrelse of each region
                            r"|(?P<organs>regionstyrelserna|kommunstyrelserna)\s+i\s+"
                            r"(?P<places>(?:(?:Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+kommun)(?:,\s*|\s+och\s+))+"
                            r"(?:Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+kommun))")
# one organ of several kommuner named by their places alone: "kommunfullmäktige i Åby, Ekå och Ås"
# (a place of two words by its quarter: "kommunfullmäktige i Kvarnby, Ljusby och Östra Hamre")
_ORGAN_OF_PLACES = re.compile(rf"(?P<organ>{_KOMMUN_ORGAN})\s+i\s+(?P<places>(?:{_PLACE_OF_KOMMUN}(?:,\s*|\s+och\s+))+"
                              rf"{_PLACE_OF_KOMMUN})")


# the subject of a clause after "vill att", "beslutade att" and the like, adverbs of time after it dropped: "… vill
# att gruppen framöver" → "gruppen"
_WISHED_REPORTER = re.compile(r"\b(?:vill|önskar|beslutade|beslutat|beslöt|föreslår|begär|bestämde|bestämt)\s+att\s+"
                              r"(?!(?:den|det|de|han|hon|hen|vi)\s)(?P<subj>(?:(?!\batt\s)[^.;])+?)(?:\s+(?:framöver|hädanefter|fortsättningsvis|"
                              r"i\s+fortsättningen|därefter|sedan|också|även|i\s+stället))*\s*$")


# a newcomer's first meeting told before the seat she takes: "KE deltar för första gången och ersätter B"
_FIRST_TIME_AND = re.compile(r"(?<=\S)\s+(?:deltar|deltog|är\s+med|var\s+med)\s+(?:(?:i\s*dag|idag)\s+)?för\s+första\s+gången"
                             r"(?:\s+i\s+(?:gruppen|rådet|nätverket|teamet))?\s+och(?=\s+(?:ersätter|efterträder)\b)")


# a take-over with its time fronted: "Från och med nästa möte tar ÅK över som …", "Efter årsskiftet tar Eva över efter Per"
_FRONTED_TAKEOVER = re.compile(r"^(?P<when>(?:[Ff]rån\s+och\s+med|[Ff]r\.?\s?o\.?\s?m\.?|[Ii]\s+och\s+med|[Ee]fter|[Vv]id|[Ii]|"
                               r"[Pp]å)\s+[^,]{2,40}?)\s+tar\s+(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2})"
                               r"\s+över\s+(?P<rest>(?:som|efter)\s.+)$")


# a unit of care or welfare sending another to a seat: "psykiatrin skickar någon annan", "BUP utser en ersättare"
_UNIT_FILLS_SEAT = re.compile(r"(?:^|\s[–—-]\s+|;\s+)(?P<unit>(?i:[a-zåäö-]*(?:psykiatrin|tjänsten|omsorgen|vården|hälsan|"
                              r"centralen|mottagningen|enheten|förvaltningen))(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?|[A-ZÅÄÖ]{2,5})\s+"
                              r"(?:(?:ska|skall)\s+)?(?P<v>utser|skickar|nominerar|anmäler|utse|skicka|nominera|anmäla)\s+"
                              r"(?P<what>(?:en\s+)?(?:ny\s+)?(?:representant|ersättare|efterträdare|företrädare|ledamot)|någon\s+annan)"
                              r"(?=\s*[.,;]|\s*$|\s+(?:i\s+(?:hans|hennes)\s+ställe|till\s+(?:nästa|gruppen|rådet)|efter|från|senast)\b)")


# a body's act in the perfect with where it was said fronted: "I regionplan och budget 2026 har regionfullmäktige
# uppdragit åt primärvårdsnämnden att …", "Genom beslut i maj har LSVO gett gruppen i uppdrag att …"
_FRONTED_PERFECT = re.compile(r"^(?:I|Inom|Under|Vid|Genom|Efter|Sedan)\s+[^,.;]{3,60}?\s+har\s+"
                              r"(?P<subj>[a-zåäö-]*(?:fullmäktige|styrelsen|nämnden|rådet|gruppen|utskottet|beredningen|direktionen)"
                              r"|[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖa-zåäö][\wåäö-]+){0,3}?(?=\s+(?:uppdragit|gett|givit)\b))\s+"
                              r"(?P<v>(?:uppdragit|gett|givit|tillsatt|bett)\b.*)$")


# an uppdrag on a numbered list, its holder in brackets and how far it has come: "Uppdrag 2027:11, analys av … (Samverkansgrupp
# att växa upp): pågår, redovisas 2027-11-19" (done ones are no open task: "…: klart")
_LISTED_UPPDRAG = re.compile(r"^(?:[-•*–]\s*)?Uppdrag\s+(?:nr\.?\s*)?\d{1,4}[:/-]\d{1,4},?\s+(?P<what>[^():]{3,120}?)\s+"
                             r"\((?P<holder>[^()]{3,80})\)\s*:\s*(?:pågår|påbörjat|pågående|ej\s+påbörjat|ej\s+klart|"
                             r"inte\s+klart|inte\s+påbörjat|försenat|fortsätter)\b")


# a report made at the meeting of the body it goes to: "… redovisas vid LSVO:s möte i november"
_AT_BODYS_MEETING = re.compile(r"(?:återkopplas|återrapporteras|redovisas|rapporteras)\s+(?:vid|på)\s+"
                               r"(?P<to>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,5}?)(?::s|s)\s+(?:nästa\s+|kommande\s+)?"
                               r"(?:möte|sammanträde)\b")


# an uppdrag told by whose it is, its holder after "ska": "Enligt uppdraget från Samverkansgrupp X ska lokala grupper följa
# upp trygg hemgång"
_BY_UPPDRAG_FROM = re.compile(r"^Enligt\s+(?:uppdraget|uppdrag|direktivet|direktiv)\s+från\s+(?P<giver>[A-ZÅÄÖ][^,.;]{1,80}?)\s+"
                              r"(?:ska|skall)\s+(?P<subj>(?:[Dd]e\s+|[Aa]lla\s+)?lokala\s+(?:samverkans)?grupp(?:er|erna)|"
                              r"[a-zåäö]*(?:gruppen|rådet|teamet|nätverket))\s+(?P<task>[a-zåäö]+a\b.*)$")


# the tjänstemän's leading bodies under a political one: "LSVO", "Ledningsgruppen för samverkan", "Styrgrupp X"
# (not a council, whose report is news: "Lokala närvårdsrådet", "Patientrådet")
_TJANSTEMAN_BODY = re.compile(r"(?i)^[A-ZÅÄÖ]{2,6}$|lednings|styrgrupp|samverkansgrupp|tjänstemannaberedning")


def _is_political(body: str | None) -> bool:
    """Whether a body is political: placed so by the knowledge, else by its kind ("Socialnämnden", "Politiskt
    samråd …", "Kommunstyrelsen", "Regionfullmäktige").

    >>> _is_political("Socialnämnden, Åby kommun"), _is_political("Politiskt samråd Nära vård"), _is_political("LSVO")
    (True, True, False)
    """
    if not body:
        return False
    if body.casefold() in _VOCABULARY.get().political:
        return True
    return bool(_POLITICAL_KIND.search(body.split(",")[0]))


_POLITICAL_KIND = re.compile(r"(?i)^politisk|nämnd(?:en)?\b|fullmäktige|styrelse(?:n)?\b|direktion(?:en)?\b|\butskott|samråd(?:et)?\b")


# the "@" a meeting app writes before a name it links: "@Gustav Wennerholm" (not a mail address)
_MENTION_AT = re.compile(r"(?<![\w.])@(?=[A-ZÅÄÖ])")


# the one person a sentence opens with as its subject: "Sofia har fortfarande två vakanta tjänster …"
_ONE_SUBJECT = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2})\s+(?!och\b)[a-zåäö]+")


# a question carried to another body through one of the members: "Frågan tas till MLA-nätverket via Ylva"
_CARRIED_VIA = re.compile(r"^(?:[-–>→\s]*)?(?P<obj>[Ff]rågan(?:\s+om\s+[^.;]{2,80}?)?|[Ää]rendet)\s+(?:tas|lyfts|förs|skickas|går)"
                          r"(?:\s+vidare)?\s+till\s+(?P<to>[^.;]{2,80}?)\s+via\s+(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2})"
                          r"\s*\.?$")


# the unit a newcomer's seat belongs to, closing a replacement: "… ersätter Jenny Falk från biståndsenheten"
_FROM_UNIT_END = re.compile(r"\s+från\s+[a-zåäö][\wåäö-]*(?:enheten|förvaltningen|tjänsten|omsorgen|vården|psykiatrin|centralen|"
                            r"mottagningen|kontoret)\s*\.?$")


# the named body a seat just given is in: "… som ny representant i Samverkansgrupp att åldras."
_SEAT_IN_NAMED = re.compile(r"\s+i\s+(?P<g>[A-ZÅÄÖ][^,.;]{2,80}?)(?=\s*[.,;]|\s+(?:från|efter|och|fr\.)\b|\s*$)")


def _title_tail(title: str | None) -> list[str]:
    """The sentences a point's heading line runs on with after its title, as a hurried secretary writes
    what was said on the heading's own line.

    >>> _title_tail("Nästa möte: 4/2 2027 kl 13, Teams. KL skickar kallelse")
    ['KL skickar kallelse']
    >>> _title_tail("Information från förvaltningen"), _title_tail("Uppföljning av riktl. för hemsjukvård")
    ([], [])
    """
    if not title or ". " not in title:
        return []
    return [t for t in _sentences(title)[1:] if _TOLD_ON_THE_HEADING.match(t)]


# a sentence with its subject and a verb in the present: "KL skickar kallelse", "Gruppen beslutar att …"
_TOLD_ON_THE_HEADING = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ.-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ.-]*)?\s+[a-zåäö]{2,}(?:ar|er|ir|är)\b")


def _kommun_of_place(place: str) -> str:
    """The kommun named by its place as Swedish forms it: no genitive -s after a vowel or s.

    >>> _kommun_of_place("Hjortmyra"), _kommun_of_place("Kvarnåsen"), _kommun_of_place("Ås")
    ('Hjortmyra kommun', 'Kvarnåsens kommun', 'Ås kommun')
    """
    return f"{place} kommun" if place[-1:] in "aeiouyåäösxz" else f"{place}s kommun"


# a question referred to a body to prepare: "Frågan om X lyfts till RLG för beredning"
_REFERRED_FOR_PREPARATION = re.compile(r"(?:^|[.;]\s+)(?P<what>(?:[Ff]rågan|[Ää]rendet)\s+(?:om|kring|gällande)\s+[^.;]{3,120}?)"
                                       r"\s+(?:lyfts|lyftes|överlämnas|överlämnades|hänskjuts)\s+(?:vidare\s+)?till\s+"
                                       r"[^.;]{2,80}?\s+för\s+beredning\b")
# a matter handed on to a body for a piece of work: "… lämnas till Samverkansgrupp X för planering av införandet"
_WORK_VERB = {"planering": "planera", "hantering": "hantera", "genomförande": "genomföra", "utredning": "utreda",
              "översyn": "se över", "uppföljning": "följa upp", "samordning": "samordna",
              "implementering": "implementera", "bearbetning": "bearbeta", "vidareutveckling": "vidareutveckla"}
_REFERRED_FOR_WORK = re.compile(r"\s(?:lyfts|lyftes|lämnas|lämnades|överlämnas|överlämnades|hänskjuts|skickas)\s+"
                                r"(?:vidare\s+)?till\s+[^.;]{2,80}?\s+för\s+(?:vidare\s+)?(?P<noun>"
                                + "|".join(_WORK_VERB) + r")\s+av\s+(?P<obj>[^.;]{3,120}?)\s*(?:[.;]|$)")
# a task given in a decided clause, and the report back that may close it
_GIVES_TASK = re.compile(r"^(?:ge|uppdra\s+åt|uppdra\s+till)\s+[^.;]{2,80}?(?:\s+i\s+uppdrag)?\s+att\s+", re.I)
# "rutinen ska återrapporteras till beredningen", "förslaget redovisas för styrgruppen i mars": where the product of
# a task given in the decision before goes
_PRODUCT_REPORTED = re.compile(r"(?P<noun>[a-zåäö]{4,}?)(?:et|en|n|na)\s+(?:ska\s+|skall\s+)?(?:sedan\s+|därefter\s+)?"
                               r"(?:återrapporteras|rapporteras|redovisas|återkopplas|presenteras)\s+(?:till|för|i)\s+"
                               r"(?P<to>.+)$", re.I)
# "Håkan Lidberg och Gunilla Hofer bistår.", "AB hjälper till.": helpers of the task just given, told in a sentence
# of its own
_HELPERS = re.compile(r"^(?P<who>[A-ZÅÄÖ][^.;:]{1,120}?)\s+(?:bistår|hjälper\s+till|stöttar|stödjer)"
                      r"(?:\s+(?:med\s+(?:detta|det|arbetet|underlaget)|i\s+arbetet))?\s*\.?$")
# verbs that say nothing to do without what they are for: "X och Y ansvarar." (for the task before, read so)
_NO_TASK_ALONE = frozenset(("ansvara", "bistå", "stötta", "stödja", "hjälpa till"))
# "Malin Tegnér och Johanna Brink ansvarar.": those who carry the task just given, told in a sentence of its own
_CARRIERS = re.compile(r"^(?P<who>[A-ZÅÄÖ][^.;:]{1,120}?)\s+(?:ansvarar|håller\s+i\s+(?:det|detta|arbetet|uppdraget))"
                       r"(?:\s+för\s+(?:det|detta|arbetet|uppdraget))?\s*\.?$")
# the presidium of a named body: "från presidiet i Politiska samverkansberedningen, som träffades …"
_NAMED_PRESIDIUM = re.compile(r"\b[Pp]residiet\s+(?:i|för)\s+(?P<b>[A-ZÅÄÖ][^,.;:()]{2,80}?)"
                              r"(?=\s*[,.;:(]|\s+(?:som|har|hade|vill|ville|och|den|i\s+[a-zåäö])\b|$)")
# a unit named by one word in the definite form: "Sekretariatet", "Kansliet", "Förvaltningen"
_BARE_UNIT = re.compile(r"[A-ZÅÄÖ][a-zåäö]{5,}(?:et|en)")
_REPORT_BACK_START = re.compile(r"^(?:åter)?(?:rapportera|redovisa)\s+(?:\w+\s+)?(?:till|för)\s+", re.I)
# a report that goes through another body on its way: "återrapporteras till ledningsgruppen via Styrgrupp X"
_REPORTED_VIA = re.compile(r"\b(?:rapporter|återrapporter|redovis)[a-zåäö]*\s+(?:till|för)\s+[^.;]{2,80}?\s+via\s+"
                           r"(?P<via>[A-ZÅÄÖa-zåäö][^.;,]{2,80})")
# a line that opens a list of a group's members: "Enligt uppdragsbeskrivningen ska gruppen bestå av:"
_COMPOSED_OF_LINE = re.compile(r"(?P<subj>[^.:;]*?)\s+(?:ska\s+|skall\s+|kommer\s+att\s+)?(?:består|bestå|bestod|utgörs)\s+av"
                               r"(?:\s+följande(?:\s+(?:personer|ledamöter|representanter))?)?\s*:?\s*$")
_SEAT_WORD = re.compile(r"(?i)\b(?:vice\s+ordförande|ordförande|sammankallande|samordnare|ersättare|adjungerad|ledamot)\b")
_ROW_HUVUDMAN = re.compile(r"\bRegion\s+[A-ZÅÄÖ][\wåäö-]+|\b[A-ZÅÄÖ][\wåäö-]+s?\s+kommun\b")
# "kommunerna Åby, Ekeby och Tallvik": the collective, then the kommuner by their place names
_KOMMUNERNA_NAMED = re.compile(r"\bkommunerna\s+(?P<places>[A-ZÅÄÖ][\wåäö-]+(?:,\s*[A-ZÅÄÖ][\wåäö-]+)*"
                               r"\s+(?:och|samt)\s+[A-ZÅÄÖ][\wåäö-]+)")
# the recipients of a recommendation one by one: "Region X, Y kommun och de fem kommunerna"
# the kommuner named before the plural head they share: "Sandhamra, Östmo och Lövsta kommuner"
_KOMMUNER_BEFORE_HEAD = re.compile(r"\b((?:[A-ZÅÄÖ][\wåäö-]+(?:,\s*|\s+och\s+))+[A-ZÅÄÖ][\wåäö-]+)\s+kommuner\b")
_RECIPIENTS_SPLIT = re.compile(r",\s*|\s+(?:och|samt)\s+(?=[A-ZÅÄÖ]|kommunerna|regionen|huvudmännen|de\s+\w+\s+kommunerna|länets\s)")


# a body by its kind, named in a bracket after it by the kind's letters: "styrgruppen (SG Heltid 6/10)"
_KIND_NAMED_IN_BRACKET = re.compile(r"\s*\((?P<n>(?P<acr>[A-ZÅÄÖ]{2,4})\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)*)")


def _target(text: str, ctx: _Ctx) -> str | None:
    """The body or person a phrase starts with ("LSVO med ...", "Mats om ...")."""
    text = text.strip()
    gs = find_groups(text)
    if gs and gs[0].start <= 4:
        named = gs[0].generic_head and _KIND_NAMED_IN_BRACKET.match(text, gs[0].end)
        if named and named.group("acr")[0].casefold() == gs[0].generic_head[0]:
            return named.group("n")  # "styrgruppen (SG Heltid 6/10)": the body the bracket names
        return ctx.resolve_generic(gs[0])
    if ctx.item_group and re.match(r"gruppen\b", text, re.I):
        return ctx.item_group  # "Gruppen arbetar på uppdrag av …" in the item that sets that group up
    if ctx.meeting and re.match(r"(?:gruppen|mötet)\b", text, re.I):
        return ctx.meeting  # "återkomma till gruppen": the body whose minutes these are
    if ctx.meeting and text.casefold().startswith(ctx.meeting.casefold()) and not text[len(ctx.meeting):][:1].isalnum():
        return ctx.meeting  # "SIP-forum är tillsatt av …": the body that met by its whole name, of no kind a pattern knows
    own = _own_body(text, ctx.meeting)
    if own:
        return own
    acr = re.match(r"([A-ZÅÄÖ]{2,6})(?::s)?\b", text)
    if acr and (spelled := ctx.spelled_out(acr.group(1))):  # "tar med sig frågan till RLG": the body the letters spell
        return spelled
    names = find_person_names(text)
    if names and names[0][1] == 0:
        return names[0][0]
    return None


def _by_kind_alone(text: str | None, whole: bool = False) -> str | None:
    """A body a phrase starts with by its kind alone, as written ("styrgruppen i december" ->
    "styrgruppen"), where the minutes name no body of that kind it could be: kept as written, for
    resolution to find the body in the other minutes of the batch (the one of that kind the body that
    met has a mandate with).

    >>> _by_kind_alone("styrgruppen i december"), _by_kind_alone("gruppen"), _by_kind_alone("Anna Berg")
    ('styrgruppen', None, None)
    >>> _by_kind_alone("Processteamet"), _by_kind_alone("samrådet"), _by_kind_alone("Styrgruppen har bett X", whole=True)
    ('Processteamet', None, None)
    """
    gs = find_groups(text) if text else []
    if not gs or gs[0].start > 2 or not _KIND_ALONE.fullmatch(gs[0].generic_head or ""):
        return None
    if whole and gs[0].end < len(text.rstrip(" .,;:")):
        return None  # "Ledningsgruppen har inrättat X, som …": the phrase says more than the body
    return gs[0].name


# the kinds of the groups of a collaboration structure that their neighbours' minutes name by kind alone
_KIND_ALONE = re.compile(r"[a-zåäö]+(?:grupp|team)")


# a task that is itself a report: "redovisa hur …", "återrapportera läget"
_REPORT_TASK = re.compile(r"(?:åter)?(?:redovisa|rapportera)\b")


# the report back joined to a task after a semicolon, the task its subject: "…; uppdraget återredovisas till rådet i
# februari 2030", "…; förslaget redovisas för styrgruppen den 22 maj"
_TASK_REPORTED_BACK = re.compile(r"\s*;\s*(?:uppdraget|förslaget|resultatet|arbetet|uppföljningen|redovisningen)\s+"
                                 r"(?:ska\s+)?(?:återredovisas|redovisas|återrapporteras|rapporteras|återkopplas)\s+"
                                 r"(?:till|för)\s+[^.;]+?\.?$")


_REPORT_AT_MEETING = re.compile(r"\b(?:(?:åter)?redovisa|(?:åter)?rapportera|presentera)\w*\s+[^.;]{0,120}?\bvid\s+"
                                r"(?P<to>[\wåäö-]+?|[A-ZÅÄÖ]{2,6}:)s\s+(?:nästa\s+|kommande\s+|ordinarie\s+)?(?:sammanträde|möte)\b")


def _report_to(text: str, ctx: _Ctx) -> str | None:
    m = _REPORT_RE.search(text)
    if m:
        t = _target(m.group("to"), ctx) or _by_kind_alone(m.group("to"))
        if t:
            return t
    m = re.search(r"\binformer\w*\s+(?P<b>\S+?)(?::s|s)?\s+ledamöter", text)
    if m:
        gs = find_groups(m.group("b"))
        if gs:
            return gs[0].name
    # "redovisa ett första utkast vid rådets sammanträde i februari": at the meeting of the body in the genitive
    m = _REPORT_AT_MEETING.search(text)
    if m and (t := _target(m.group("to"), ctx) or _by_kind_alone(m.group("to"))):
        return t
    # "redovisa åtgärdsplanen för minskat betalningsansvar för kommunstyrelsen senast …": the "för" that names a body
    # ("… och presentera den för samverkansgruppen i september": the same, by presenting)
    m = re.search(r"\b(?:(?:åter)?redovisa|presentera)\w*\s+(?P<rest>[^.;]+)", text)
    rest = m.group("rest") if m else ""
    for f in re.finditer(r"\bför\s+", rest):
        b = re.match(r"[^.;,]+?(?=\s+(?:senast|den|vid|under|före|inför|i\s+\w+\s+\d{4})\b|[.;,]|$)", rest[f.end():])
        gs = find_groups(b.group(0)) if b else []
        if gs and gs[0].start == 0 and not _PERSONAL_FOR.match(b.group(0)):
            return _target(b.group(0), ctx) or gs[0].name
        acr = b.group(0).strip() if b else ""
        if re.fullmatch(r"[A-ZÅÄÖ]{2,6}", acr) and acr not in ctx.initials:
            return _target(acr, ctx) or acr  # "att redovisas för RLG senast …": a body by its acronym
    return None


# "för sin del", "för egen del": no body
_PERSONAL_FOR = re.compile(r"(?i)(?:sin|egen|dess|deras)\s+del\b")


# "avser att inrätta", "planerar att bilda": what a body means to do has not yet been done
_INTENT_BEFORE = re.compile(r"\b(?:avser|planerar|överväger|funderar\s+på|vill)\s+att\s+(?:(?:på\s+sikt|under\s+\w+|också|även)\s+)?$")
_OWNED_SUBGROUP_RE = re.compile(
    r"\b(?P<owner>[a-zåäö]+(?:teamets|gruppens|rådets|nämndens|beredningens|samrådets)|[A-ZÅÄÖ]{2,6}:s)\s+"
    r"(?P<g>(?:arbetsgrupp|projektgrupp)(?:en)?\s+för\s+[^,.;()]+?)(?=\s*[,.;(]|\s+(?:som|och|berättade|har|är)\b|$)")
_GAVE_REPORT_RE = re.compile(
    r"^(?P<h>[A-ZÅÄÖ][^.;:]{1,80}?)\s+(?:gav|ger|har\s+gett|har\s+gi(?:vi)?t)\s+(?:(?:den|i)\s+\d[^.;]{0,20}?\d{4}\s+|i\s+\w+\s+)?"
    r"(?P<g>[^.;:]{2,80}?)\s+i\s+uppdrag\s+att\s+[^.;]+?(?:"
    # "…, med återrapport till LSVO i april 2026": the report told as a noun after a comma
    r",\s+med\s+(?:åter)?(?:rapport|rapportering|redovisning)\s+(?:(?:i|den|senast)\s+[^.;,]{1,30}?\s+)?"
    r"(?:till|för)\s+(?P<k4>[^.;,]+?)|\s+och\s+(?:att\s+)?(?:(?:åter)?rapportera"
    r"(?:\s+(?:\w+\s+){0,3}?till\s+(?P<k>[^.;,]+?))?"
    # "… och redovisa den för samrådsorganet den 26 september"
    r"|(?:åter)?redovisa\s+(?:\w+\s+){0,3}?för\s+(?P<k2>[^.;,]+?)"
    # "… och redovisa den vid rådets sammanträde i juni 2026": at the meeting of the body in the genitive
    r"|(?:åter)?(?:redovisa|rapportera)\s+(?:\w+\s+){0,3}?vid\s+(?P<k3>[\wåäö-]+?)s\s+(?:nästa\s+)?(?:sammanträde|möte)\b"
    # "… och redovisa resultatet i januari 2027": to the body that gave the uppdrag
    r"|(?:åter)?redovisa(?:\s+(?!(?:för|till|vid|i|senast|den|under|före)\b)[\wåäö-]+){0,3}(?=\s+(?:i|senast|den|under|före)\b|$)))"
    r"(?:\s+(?:i|senast|den|under|före)\b.*)?$")


# "är ett", "utgör en", "som ett": a kind word after it says what something is
_PREDICATE_ARTICLE = re.compile(r"\b(?:är|blir|utgör|som)\s+(?:en|ett)\s+$")
# a body by the definite form of its kind, which the sentence has named in full before it
_SAME_KIND_REF = re.compile(r"(?i)(nämnd|styrelse|beredning|utskott)(?:en|et)")
_COUNCIL_REF = re.compile(r"(?i)(råd|samråd)et")


_KIND_PART = re.compile(r"^(?P<a>[a-zåäö]{3,}?s?)(?P<b>grupp|gruppen|råd|rådet|nämnd|nämnden|organ|organet|beredning|"
                        r"beredningen|styrelse|styrelsen|utskott|utskottet|team|teamet)$")


def initials_of(name: str) -> set[str]:
    """The acronyms a body's name spells: each word's first letter, a compound kind word giving one for
    each part, with and without the place that ends the name.

    >>> sorted(initials_of("Regional ledningsgrupp Norrby"))
    ['RLG', 'RLGN', 'RLN']

    The name's head before what it is for ("RLG" of "Regional ledningsgrupp för vård och omsorg"), and a
    compound kind word by its first letter alone ("SBU" of "Samverkansgrupp Barn och unga"), spell it too:

    >>> sorted(initials_of("Regional ledningsgrupp för vård och omsorg")), sorted(initials_of("Samverkansgrupp Barn och unga"))
    (['RLG', 'RLGVO', 'RLVO'], ['SBU', 'SGBU'])
    """
    raw = [w for w in re.split(r"[\s-]+", name) if w]
    head = next((k for k, w in enumerate(raw) if k >= 2 and w.casefold() in ("för", "i")), None)
    words = [w for w in raw if w.casefold() not in ("för", "i", "och", "av", "om")]
    letters, singles = [], []
    for w in words:
        m = _KIND_PART.match(w.casefold())
        letters.append((m.group("a")[0] + m.group("b")[0]).upper() if m else w[0].upper())
        singles.append(w[0].upper())
    out = {"".join(letters)}
    if len(words) > 1 and words[-1][:1].isupper():
        out.add("".join(letters[:-1]))
    if len(words) >= 3:
        out.add("".join(singles))
    if head is not None:
        out |= initials_of(" ".join(raw[:head]))
    return out


# "Frågan kan behöva tas upp i PSVO", "… kan komma att lyftas till LSVO": raising it only foreseen
_MAY_NEED_RAISING = re.compile(r"(?i)\bkan\s+(?:behöva|komma\s+att)\s+(?:tas\s+upp|lyftas|lämnas|skickas|föras)\b")
# "… på uppdrag av X via Y", "Uppdraget kommer från X via Y": the body between the giver and the doer
_VIA_BODY = re.compile(r"\bvia\s+(?P<v>[A-ZÅÄÖa-zåäö][^.;,:(]*?)(?=\s*[:(.;,]|\s+och\b|\s*$)")


def _whole_body(sentence: str, m: re.Match, slot: str) -> str:
    """A body slot widened to the whole name the group finder reads where the slot starts.

    A rule's pattern ends a slot at the first word that may end it ("och", "i"), where a body's
    name may go on ("… för vård och omsorg (RLG)", "Samverkansgrupp äldre i Fjällby").

    >>> m = re.match(r"(?P<from>.+?) rapporterar till (?P<to>.+?)(?: och .*)?$",
    ...              "Arbetsgrupp SIP rapporterar till Ledningsgruppen för vård och omsorg.")
    >>> _whole_body(m.string, m, "to")
    'Ledningsgruppen för vård och omsorg'
    """
    start, end = m.span(slot)
    if not _NAME_GOES_ON.match(sentence, end):
        return m.group(slot)
    for g in find_groups(sentence):
        if g.start == start and g.end > end:
            return sentence[g.start:g.end]
    return m.group(slot)


# where a pattern may end a slot inside a body's name: "… vård och omsorg", "… äldre i Fjällby", "… (RLG)"
# and "… för hälsa, vård och omsorg" (an enumeration inside the name)
_NAME_GOES_ON = re.compile(r"\s+(?:och|samt|i)\s|\s*\(|,\s+[a-zåäö]+\s+och\s")


def _to_infinitive(task: str) -> str:
    task = re.sub(r"^(?:ska|skall|skulle|kommer\s+att|kommer|avser\s+att|avser|behöver|kan)\s+", "", task)
    m = re.match(r"(\w+)(.*)$", task, re.S)
    if m and m.group(1) in _VERB_INF:
        return _VERB_INF[m.group(1)] + m.group(2)
    return task


class _Extractor:
    def __init__(self, parsed: ParsedMinutes):
        self.p = parsed
        self.ctx = _Ctx(parsed=parsed, meeting=parsed.body)
        self.out = self.ctx.out
        self.items = {it.number: it for it in parsed.items}
        self._seen_groups: set[tuple[str, str | None]] = set()
        self._seat_group: str | None = None  # the body the last seat appointed in this item is in
        self._roster_group: tuple[str, str] | None = None  # the body and role a "Följande …:" list is for
        self._leaving: tuple[str, str] | None = None  # (person, body) of the last one said to leave, in this item
        self._doc_bodies: set[str] | None = None
        self._prev_decision: ParsedDecision | None = None  # the decision read before, in this item
        self._named_presidium: str | None = None  # "presidiet i X" named in this item

    @cached_property
    def _next_meeting(self) -> str | None:
        """The next meeting's day, read once: as the minutes tell it, or as the body decided it ("beslutar att
        sammanträda nästa gång den 29 november")."""
        day = next_meeting_date(self.p.items, self.p.date)
        if day or not self.p.date:
            return day
        for d in self.p.decisions:
            if re.search(r"\b(?:sammanträda|mötas|träffas)\s+nästa\s+gång\b|\bnästa\s+(?:möte|sammanträde)\s+(?:hålls|äger)", d.text):
                got = _due_date(_full_months(d.text), self.p.date)
                if got and re.match(r"\d{4}-\d{2}-\d{2}$", got) and got > self.p.date:
                    return got
        return None

    # ------------------------------------------------------------- emitters
    def group(self, name: str | None, item: str | None, parent: str | None = None,
              created: bool = False) -> None:
        if not name:
            return
        name = " ".join(name.split()).strip(" ,.")
        if not name or name.casefold() in ("gruppen", "grupperna", "arbetsgruppen", "styrgruppen"):
            return
        key = (name.casefold(), item)
        if key in self._seen_groups:
            if created or parent:
                for g in self.out.groups:
                    if g.name.casefold() == name.casefold() and g.item == item:
                        g.created = g.created or created
                        g.parent = g.parent or parent
            return
        self._seen_groups.add(key)
        self.out.groups.append(RawGroup(name=name, item=item, level=None,  # the knowledge's kinds of body give levels
                                        parent=parent, created=created))

    def mandate(self, frm: str | None, to: str | None, kind: str, item: str | None,
                pos: int | None, via_read: bool = False) -> None:
        if not frm or not to or frm.casefold() == to.casefold():
            return
        if frm.casefold() in self.ctx.roster or to.casefold() in self.ctx.roster:
            return  # "Ordföranden informerade om nämndens beslut att ge gruppen i uppdrag …": a mandate joins bodies, no person
        clause = self.ctx.clause or ""
        if kind == "reports_to" and not via_read and " via " in clause and (vm := _REPORTED_VIA.search(clause)):
            # "Arbetet återrapporteras till ledningsgruppen via Styrgrupp X": to the body in between, which
            # reports on to the one named first
            via = _target(vm.group("via"), self.ctx)
            if via and via.casefold() not in (frm.casefold(), to.casefold()):
                self.mandate(frm, via, kind, item, pos, via_read=True)
                self.mandate(via, to, kind, item, pos, via_read=True)
                return
        for m in self.out.mandates:  # a mandate flow once per document, at its first statement
            if (m.from_body.casefold(), m.to_body.casefold(), m.kind) == (frm.casefold(), to.casefold(), kind):
                return
        self.out.mandates.append(RawMandate(from_body=frm, to_body=to, kind=kind, item=item,
                                            decision_position=pos, quote=self._quote()))

    def membership(self, person: str, group: str | None, item: str | None, role: str | None = None,
                   change: str = "member", on_behalf_of: str | None = None,
                   perspective: str | None = None, replaces: str | None = None) -> None:
        if not group or not person:
            return
        person = normalise_person_name(person)
        for m in self.out.memberships:
            if (m.group.casefold() == group.casefold() and same_person_form(m.person, person)
                    and (m.change == change or {m.change, change} <= {"member", "join"}
                         # "Eva Ek deltog för första gången … Hon ersätter Per Ek": one new seat, someone's
                         or {m.change, change} == {"join", "replace"})):
                if len(person) > len(m.person):
                    m.person = person
                m.role = m.role or role
                m.on_behalf_of = m.on_behalf_of or on_behalf_of
                m.perspective = m.perspective or perspective
                m.quote = m.quote or self._quote()
                if change == "replace":
                    m.change, m.replaces = "replace", m.replaces or replaces
                elif change == "join" and m.change != "replace":
                    m.change = "join"
                return
        self.out.memberships.append(RawMembership(
            person=person, group=group, role=role, on_behalf_of=on_behalf_of,
            perspective=perspective, change=change, item=item, replaces=replaces,
            effective=_effective(self.ctx.clause) if change in ("join", "replace", "leave") else None,
            quote=self._quote()))

    def assignment(self, assignees: list[str], task: str, *, origin: str, pos: int | None,
                   given_by: str | None, context: str = "", report_to: str | None = None,
                   report_back: bool = False, delegated: bool = True) -> RawAssignment | None:
        """A task of ``assignees``; a body given it by another is delegated to (unless not ``delegated``:
        a request, which a body may make of a nämnd it has no mandate over)."""
        done = _REPORTED_DONE.search(task) if origin == "narrative" else None
        if done:  # "EB kontaktar Anders Nygård – klart, se p. 1": a task reported done, kept where it follows one up
            task, origin, given_by, report_back = task[:done.start()], "report", None, True
        tag = _RESPONSIBLE_TAG.search(task) if "nsv" in task else None
        if tag:  # "… till nätverket (Ansvar: KSÖ, v. 48)": who and when, written after the task, no part of it
            task, context = task[:tag.start()], f"{context} {tag.group('tag') or tag.group('tag2')}".strip()
        if ";" in task and (back := _TASK_REPORTED_BACK.search(task)):
            # "följa upp indikatorerna årligen; uppdraget återredovisas till rådet i februari 2030": to whom and when
            # the task is reported back, no part of what is to be done
            task, context = task[:back.start()], f"{context} {back.group(0).lstrip(' ;')}".strip()
        if task.endswith(")") and (tag := _INITIALS_TAG.search(task)):
            # "Vi bestämde att ta fram en checklista (ES, AB).": the attendees whose initials close the task do it
            # (the body that met decided it; they carry it out)
            people = [self.ctx.initials.get(x) for x in re.split(r"\s*(?:,|&|\boch\b)\s*", tag.group(1).strip())]
            if people and all(people):
                task = task[:tag.start()]
                bodies = [a for a in assignees if self._is_body(a)]
                assignees = people if len(bodies) == len(assignees) else [*assignees, *people]
        task = _clean_task(_to_infinitive(_clean_task(task)))
        assignees = list(dict.fromkeys(a for a in (normalise_person_name(a) if is_person_name(a) else a.strip(" ,.")
                                                   for a in assignees) if a))
        if not assignees or len(task) < 3 or task in _NO_TASK_ALONE or _ANSWERS_TO_BODY.match(task):
            return None
        item = self.ctx.item
        number = item.number if item else ""
        for a in self.out.assignments:
            if a.item == number and a.task == task and a.assignees == assignees:
                return a
            if a.item == number and a.assignees == assignees and _task_shortened(a.task, task):
                # "Frågan remitteras till X för beredning" beside the decision "remittera frågan om Y till X för
                # beredning": one task, read once in full (and by when the fuller telling says)
                if len(task) > len(a.task):
                    a.task = task
                if not a.due_date:
                    a.due, a.due_date = _due(f"{task} {context}", self.p.date)
                if origin == "decision" and a.origin == "narrative":
                    a.origin, a.decision_position, a.given_by = origin, pos, given_by or a.given_by
                return a
        if origin == "narrative":
            # (the list may stand under a later item than the one whose text gave the task: "3. Mallen / RH och AS
            # testar mallen …" and, under "6. Nästa möte", "ATT GÖRA: - RH, AS: testa mallen …")
            told = next((a for a in self.out.assignments if a.origin == "narrative"
                         and (a.item == number or self._listed_after(a.item, number))
                         and set(a.assignees) == set(assignees) and _task_told_again(a.task, task)), None)
            if told:  # the notes' list of tasks restating one the text gave: one task, in its longer words
                if len(task) > len(told.task):
                    told.task = task
                if not told.due_date:
                    told.due, told.due_date = _due(f"{task} {context}", self.p.date)
                return told
        full = f"{task} {context}"
        report = report_to or _report_to(full, self.ctx)
        due, due_date = _due(full, self.p.date)
        if due_date:  # "uppdras åt X att senast den 15 januari 2026 redovisa …": when is the due date, not the task
            task = _LEADING_DUE.sub("", task) or task
            for a in self.out.assignments:
                if a.item == number and a.task == task and a.assignees == assignees:
                    # the same task read once with its "senast den …" and once without: one task, decided
                    # when either reading was of a decision
                    if origin == "decision" and a.origin == "narrative":
                        a.origin, a.decision_position, a.given_by = origin, pos, given_by or a.given_by
                    return a
        if due and not due_date and _NEXT_OWN.search(full):
            due_date = self._next_meeting
        elif not due_date and item is not None and _TO_NEXT_MEETING.match(item.title or "") and self._next_meeting:
            due, due_date = item.title, self._next_meeting  # listed under "Till nästa möte"
        elif (not due_date and item is not None and _NEXT_MEETING_ITEM.search(item.title or "")
              and _MEETING_PREP.search(task) and self._next_meeting):
            # "6. Övrigt och nästa möte / … Per skickar kallelse": readying the meeting the item sets
            due, due_date = item.title, self._next_meeting
        elif not due_date and self.p.justering_date and _JUSTERA_TASK.search(task):
            due, due_date = due or self.p.justering_date, self.p.justering_date  # the day the header names for it
        elif not due_date and "nästa" in full and self.p.body:
            # "vid rådets nästa sammanträde" in the råd's own minutes: its next meeting
            own = _NEXT_OWN_NAMED.search(full)
            if own and own.group("w").casefold() in self.p.body.casefold():
                due, due_date = due or own.group(0), self._next_meeting
        if ((not due_date or re.fullmatch(r"\d{4}-\d{2}", due_date)) and "mötet" in full and self._next_meeting
                and (named := _MONTH_MEETING.search(full))
                and MONTHS[named.group("m").casefold()] == int(self._next_meeting[5:7])):
            # "före januarimötet": the meeting named by its month, the next one when it falls in that month
            due, due_date = named.group(0), self._next_meeting
        back = _REPORTS_THE_TASK.match(task)
        if back:
            # "X återrapporterar därefter uppdraget till Y": how X's task ends, not a task of its own
            for a in reversed(self.out.assignments):
                if a.item == number and a.assignees == assignees:
                    a.task = f"{a.task} och {back.group('verb')} {back.group('obj') or ''}{back.group('rest')}"
                    a.report_to = a.report_to or report
                    if not a.due_date:
                        a.due, a.due_date = due, due_date
                    return a
        follows = report_back or self._follow_up_context()
        a = RawAssignment(item=number, assignees=assignees, task=task, origin=origin,
                          decision_position=pos, given_by=given_by, report_to=report,
                          due=due, due_date=due_date, follows_up=follows, report_back=report_back,
                          quote=self._quote())
        self.out.assignments.append(a)
        for who in assignees:
            # (units the attendance places its people in, given a task together, "fältgruppen och fritidsgården gör
            # …", are workplaces, no bodies a mandate runs to)
            if self._is_body(who) and who not in self.ctx.workplaces:
                if given_by and origin in ("decision", "narrative") and delegated:
                    self.mandate(given_by, who, "delegates", number, pos)
                if report and self._is_body(report):
                    self.mandate(who, report, "reports_to", number, pos)
                elif (not report and given_by and delegated and task[:4] in ("redo", "rapp", "åter") and _REPORT_TASK.match(task)
                      and " till " not in task and " för " not in task and " vid " not in task
                      and given_by.casefold() != who.casefold() and self._is_body(given_by)):
                    # "Samverkansgruppen har bett de lokala grupperna redovisa hur …": they report to the body that
                    # asked (where the task names no one else to report to)
                    self.mandate(who, given_by, "reports_to", number, pos)
        return a

    def _quote(self) -> str | None:
        """The evidence of a fact being emitted: the clause, sentence or table row being read."""
        return quote(self.ctx.clause)

    def _follow_up_context(self) -> bool:
        """The item or sentence reports back on earlier tasks ("Återkoppling", "Uppföljning av uppdrag")."""
        item = self.ctx.item
        titles = f"{item.title if item else ''} {self.ctx.parent_title}"
        return bool(_FOLLOW_UP_TITLE.search(titles) or _FOLLOW_UP_TITLE.match(self.ctx.clause or ""))

    def _report_back(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Återkoppling: EB har kontaktat Anders …", "MÖ återkopplade att …": a task reported done.
        Kept by resolution only where it follows up an earlier task."""
        m = _REPORT_BACK_RE.match(s)
        if not m or not (self._follow_up_context() or m.group("v").casefold().startswith(("återkoppl", "har återkoppl"))):
            return False
        who = self._people(m.group("who")) or _subject_assignees(m.group("who"), False, self.ctx)
        if not who:
            return False
        rest = m.group("rest")
        pm = _DONE_THEN_TOLD.search(rest)
        self.assignment(who, f"{m.group('v')}{rest[:pm.start()] if pm else rest}", origin="report", pos=pos,
                        given_by=None, report_back=True)
        if pm:  # "…, den redovisas vid nästa möte": what was done is to be told, by who did it
            obj = re.sub(r"^\s*(?:en|ett|sin|sitt|nu|också)\s+", "", rest[:pm.start()])
            self.assignment(who, f"{pm.group('v')[:-1]} {obj.strip()} {pm.group('when')}", origin="narrative", pos=pos,
                            given_by=None)
        return True

    # work reported done in a follow-up: "JB: utkastet till checklista är klart", "- Utkast till checklista
    # (Johan Berg): klart", "– Rutin för hemmasittare (MÖ): Klar, skickad 28 april", "Utkastet till checklista har tagits fram av Johan Berg"
    _DONE_SAID = re.compile(
        r"^(?:[-•*]\s*)?(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2}):\s+(?P<what>[a-zåäö][^:;]{3,120}?)\s+"
        r"(?:är|blev)\s+(?:nu\s+)?(?:klart?|färdigt?|genomfört?|gjort|skickat|utskickat|inlämnat|bokat)\b.*$"
        r"|^(?:[-–•*]\s*)?(?P<what2>[A-ZÅÄÖ][^:;()]{3,120}?)\s+\((?P<who2>[A-ZÅÄÖ][^():;]{1,60})\)\s*:\s*"
        r"(?:[Kk]lart?|[Ff]ärdigt?|[Gg]enomfört?|[Gg]jort|[Ss]kickat|[Uu]tfört)\b.*$"
        r"|^(?P<what3>[A-ZÅÄÖ][^:;]{3,120}?)\s+har\s+(?:nu\s+)?(?P<v3>tagits\s+fram|skickats(?:\s+ut)?|sammanställts|"
        r"genomförts|gjorts|bokats|reviderats|uppdaterats)\s+av\s+(?P<who3>[A-ZÅÄÖ][^.;:]{1,80}?)\s*\.?$")

    def _done_reported(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """Work an earlier task asked for, reported done where the item follows up tasks: a report-back
        by whom it names, kept by resolution only where it follows up an earlier task."""
        s = re.sub(r"^(?:Återkoppling|Uppföljning)[^:]{0,80}:\s*", "", s) if s[:1] in "ÅU" else s
        m = self._DONE_SAID.match(s) if self._follow_up_context() else None
        if not m:
            return False
        who = self._people(m.group("who") or m.group("who2") or m.group("who3"))
        if not who:
            return False
        what = (m.group("what") or m.group("what2") or m.group("what3")).strip()
        task = f"ha {m.group('v3').replace('ts', 't', 1)} {what[0].lower()}{what[1:]}" if m.group("v3") else \
            f"{what[0].lower()}{what[1:]} klart"
        self.assignment(who, task, origin="report", pos=pos, given_by=None, report_back=True)
        return True

    def _is_body(self, name: str) -> bool:
        if name.startswith("Länsstyrelsen"):
            return False  # the state's authority: an organisation, though its name ends in "styrelsen"
        gs = find_groups(name)
        return bool(gs) and gs[0].start == 0 and gs[0].end >= len(name.strip()) - 1 or (
            name.startswith(("Arbetsgrupp ", "Styrgrupp ", "Referensgrupp ", "Projektgrupp "))) or (
            name == self._meeting_body() or (not is_person_name(name) and (
                self._body_ref(name) == name or bool(_BODY_NAME_RE.fullmatch(name)) or bool(_OWN_BODY_RE.fullmatch(name)))))

    # ------------------------------------------------------------- driving
    def run(self) -> RawRelations:
        if self.p.body:
            self.group(self.p.body, None)
        self._preamble()
        for a in self.p.attendance:  # "Anna Lund, socialchef, ordförande i LVO": her seat in that body
            if a.new and self.p.body and a.status != "guest":  # "ledamot (ny)": her seat taken at this meeting
                seat = next((r for r in a.roles if r in ("ordförande", "vice ordförande", "sammankallande", "ledamot",
                                                         "ersättare")), None)
                self.membership(a.name, self.p.body, None, role=seat, change="join", on_behalf_of=a.organisation)
            for role, body in a.seats:
                gs = find_groups(body)
                # "LVO", defined in the text; "ordförande i samordningsgruppen": the one the minutes name
                name = (gs[0].name if gs and gs[0].start == 0 and not gs[0].generic_head
                        else self.ctx.resolve_generic(gs[0]) if gs and gs[0].start == 0
                        else body if re.fullmatch(r"[A-ZÅÄÖ]{2,6}", body) else None)
                if name and name.casefold() != (self.p.body or "").casefold():
                    self.group(name, None)
                    self.membership(a.name, name, None, role=role, change="member", on_behalf_of=a.organisation)
        decisions_by_item: dict[str, list[ParsedDecision]] = {}
        for d in self.p.decisions:
            decisions_by_item.setdefault(d.item, []).append(d)
        seen_items = set()
        for it in self.p.items:
            seen_items.add(it.number)
            self._item(it, decisions_by_item.get(it.number, []))
        for num, ds in decisions_by_item.items():
            if num not in seen_items:
                self._item(ParsedItem(number=num, title=""), ds)
        self._named_justerare()
        self._result_to_the_giver()
        self._reporting_item_titles()
        self._title_names_created()
        self._units_of_the_roster()
        self._shortened_compounds()
        return self.out

    def _shortened_compounds(self) -> None:
        """"förvaltningens ledningsgrupp" in minutes that name "socialförvaltningens ledningsgrupp": a body named
        without the first part of its owner's compound is the one body the minutes name in full that way."""
        names = list(dict.fromkeys(g.name for g in self.out.groups))
        for short in names:
            first, _, rest = short.partition(" ")
            if not rest or not first[:1].islower():
                continue
            full = {n for n in names if n.casefold() != short.casefold() and " " in n
                    and n.split(" ", 1)[1].casefold() == rest.casefold()
                    and len(n.split(" ", 1)[0]) > len(first) + 2 and n.split(" ", 1)[0].casefold().endswith(first.casefold())}
            if len({f.casefold() for f in full}) == 1:
                self._rename_group(short, full.pop())

    def _units_of_the_roster(self) -> None:
        """"Sekretariatet får i uppdrag att …" where the roster lists a member of "Regionala
        samverkanssekretariatet": a unit named by its last word is the one unit of the roster that name ends."""
        units = {a.organisation for a in self.p.attendance if a.organisation}
        if not units:
            return
        for a in self.out.assignments:
            for k, x in enumerate(a.assignees):
                if not _BARE_UNIT.fullmatch(x):
                    continue
                full = {u for u in units if len(u) > len(x) + 2 and u.casefold().endswith(x.casefold())
                        and u[-len(x) - 1].isalpha()}
                if len(full) == 1:
                    a.assignees[k] = full.pop()

    def _presidium_named(self, it: ParsedItem) -> str | None:
        """"Viveka Strand återkopplade från presidiet i Politiska samverkansberedningen …": the presidium of a
        named body, a body of its own ("Presidiet, Politiska samverkansberedningen"); a bare "presidiet" later in
        the item is that one, not the presidium of the body that met."""
        if "presidi" not in (it.body or ""):
            return None
        m = _NAMED_PRESIDIUM.search(" ".join(it.body.split()))
        if not m:
            return None
        self.ctx.clause = m.group(0)
        body = self._body_ref(m.group("b"))
        if not body or not self._is_body(body) or body.casefold() == (self._meeting_body() or "").casefold():
            return None
        name = f"Presidiet, {body}"
        self.group(name, it.number)
        return name

    def _title_names_created(self) -> None:
        """"4. Arbetsgrupp för osteoporos / RPO inrättar en arbetsgrupp för sekundärprevention vid
        osteoporos": the item's title names, in short, the body its decision sets up; one body, by the
        name the decision gives it."""
        titles = {it.number: it.title or "" for it in self.p.items}
        for g in [g for g in self.out.groups if g.created and g.item in titles]:
            full = g.name.casefold().split()
            for t in find_groups(titles[g.item]):
                short = t.name.casefold().split()
                if (t.generic_head or short == full or len(short) < 3 or short[1] != "för"
                        or _group_kind_word(short[0]) != _group_kind_word(full[0])
                        or not (len(short) < len(full) and full[-len(short) + 2:] == short[2:])):
                    continue  # the title's topic words end the name the decision gives
                self._rename_group(t.name, g.name)

    def _rename_group(self, old: str, new: str) -> None:
        o = old.casefold()
        self.out.groups = [g for g in self.out.groups if g.name.casefold() != o]
        for m in self.out.mandates:
            m.from_body = new if m.from_body.casefold() == o else m.from_body
            m.to_body = new if m.to_body.casefold() == o else m.to_body
        for m in self.out.memberships:
            m.group = new if m.group.casefold() == o else m.group
        for a in self.out.assignments:
            a.assignees = [new if x.casefold() == o else x for x in a.assignees]
            a.given_by = new if (a.given_by or "").casefold() == o else a.given_by
            a.report_to = new if (a.report_to or "").casefold() == o else a.report_to

    def _result_to_the_giver(self) -> None:
        """"RLG gav styrgruppen i uppdrag att genomföra kartläggningen … Peter och Karin sammanställer
        kartläggningen och skickar den till RLG": the body that met sends the result of a task another body
        gave it to that body, so it reports to it."""
        met = self._meeting_body()
        if not met:
            return
        for a in list(self.out.assignments):
            sent = _SENT_TO.search(a.task)
            to = a.report_to or (sent.group("to") if sent else None)
            if not to or not a.item or (a.given_by and a.given_by.casefold() != met.casefold()):
                continue
            gave = next((m for m in self.out.mandates if m.kind == "delegates" and m.item == a.item
                         and m.to_body.casefold() == met.casefold() and _one_name(m.from_body, to)), None)
            if gave is not None:
                self.ctx.clause = a.quote or a.task
                self.mandate(met, gave.from_body, "reports_to", a.item, a.decision_position)

    _REPORTING_TITLE = re.compile(
        r"^(?P<g>[A-ZÅÄÖ][^–—:]{3,100}?)\s*[–—:-]\s*(?:åter)?rapportering(?:\s+av\s+uppdraget)?$"
        r"|^(?:Slutrapport|Slutredovisning)\s+från\s+(?P<g2>[A-ZÅÄÖ][^–—:]{3,100}?)$")
    # the working bodies whose report back an item is ("Återrapport från Politiskt samråd": news from a body above)
    _WORKING_KIND = re.compile(r"(?i)^(?:arbetsgrupp|projektgrupp|processteam|delgrupp|skrivgrupp|referensgrupp)")

    def _reporting_item_titles(self) -> None:
        """An item titled by another body and its report ("Arbetsgrupp för X – återrapportering", "Slutrapport från
        Arbetsgrupp X"): that body reports to the body that met."""
        met = self._meeting_body()
        if not met:
            return
        for it in self.p.items:
            m = self._REPORTING_TITLE.match(" ".join((it.title or "").split()))
            name = m and (m.group("g") or m.group("g2")).strip()
            gs = find_groups(name) if name else []
            if not gs or gs[0].start != 0 or gs[0].end < len(name) - 1 or gs[0].generic_head \
                    or not self._WORKING_KIND.match(gs[0].name):
                continue
            body = self._body_ref(gs[0].name) or gs[0].name
            if self._is_body(body) and not _one_name(body, met):
                self.ctx.clause = it.title
                self.mandate(body, met, "reports_to", it.number, None)

    def _named_justerare(self) -> None:
        """Those the header or the signatures name to check the minutes ("Utses att justera  Tord
        Lindqvist") were given that duty by the meeting: a task of the first item when no item gave it."""
        named = [a.name for a in self.p.attendance if "justerare" in a.roles]
        if not named or not self.p.items or any(re.search(r"\bjustera\b", a.task) for a in self.out.assignments):
            return
        self.ctx.item = next((it for it in self.p.items if it.parent is None), self.p.items[0])
        self.ctx.clause = f"Justerare: {', '.join(named)}"
        self.assignment(named, "justera protokollet", origin="decision", pos=None, given_by=self.p.body)
        self.ctx.item = None

    def _preamble(self) -> None:
        """Header lines that are no attendance ("Projektägare: Anna Lund, ordförande i Styrgrupp X.
        Styrgrupp X rapporterar till …"): the bodies they name, and the memberships and mandates
        they state; no tasks are given in a header."""
        if not self.p.preamble:
            return
        ctx = self.ctx
        ctx.item = ParsedItem(number=None, title="", body="\n".join(self.p.preamble))
        ctx.parent_title, ctx.named, ctx.working_group, ctx.item_group = "", {}, None, None
        ctx.reporting_body = None
        for line in self.p.preamble:
            value = re.sub(r"^[^:]{1,45}:\s*", "", line)
            flat = _flatten(value)
            for g in find_groups(flat):
                if not g.generic_head:
                    self.group(g.name, None)
            for sentence in _sentences(value):
                sentence = _SPACES.sub(" ", sentence).strip()
                self._sentence(sentence, origin="narrative", pos=None, giver=None, kinds=("membership", "mandate"))
                self._prev_clause = sentence  # "Eva Ek deltog för första gången … Hon ersätter Per Ek …"
        ctx.item = None

    def _status_report_title(self, it: ParsedItem) -> None:
        """An item titled "Lägesrapport från arbetsgrupp hemsjukvård": the group named in full reports
        to the body that met."""
        title = it.title or ""
        m = _STATUS_REPORT_TITLE.search(title) if "ägesrapport" in title else None
        plain = None if m else _REPORT_FROM_TITLE.match(title) if "apport" in title else None
        body = self._meeting_body()
        if not (m or plain) or not body:
            return
        rest = (m or plain).group(1).strip(" .:")
        gs = find_groups(rest[:1].upper() + rest[1:])
        if not gs or gs[0].start != 0 or gs[0].generic_head or gs[0].end < len(rest):
            return  # a bare "arbetsgruppen", or a name the title runs past
        # ("Återrapportering från Samverkansgrupp X" / "… från Styrgrupp Y": a group the body that met gave a task,
        # reporting it back; a mere "Rapport från" such a group may be news told at the meeting)
        # (reported back to a body above them, never to a group under one: "Återrapport från Samverkansgrupp X" in a
        # local team's notes is news from the group above the team)
        back = (plain and re.match(r"\s*Återrapport", title) and _REPORTED_BACK_KIND.match(gs[0].name)
                and not _GROUP_UNDER.search(body))
        # ("Rapport från LSVO" in a political body's minutes: the tjänstemän's body under it, reporting as it does)
        under_politics = (_is_political(body) and not _is_political(gs[0].name) and not _one_name(gs[0].name, body)
                          and bool(_TJANSTEMAN_BODY.search(gs[0].name)))
        if plain and not under_politics and (
                not _WORKING_GROUP_WORD.search(gs[0].name) or (_ABOVE_OR_BESIDE.search(gs[0].name) and not back)
                or _one_name(gs[0].name, body)):
            return  # "Rapport från regionala ledningsgruppen", "Rapport från RLG": news from a body that is no working group
        self.ctx.clause = it.title
        self.group(gs[0].name, it.number)
        self.mandate(gs[0].name, body, "reports_to", it.number, None)
        self.ctx.clause = ""

    def _task_from_title(self, it: ParsedItem) -> None:
        """An item titled "Handlingsplan – uppdraget från RLG": the body named gave the body that met the task."""
        m = _TASK_FROM_TITLE.search(it.title or "")
        body = self._meeting_body()
        if not m or not body:
            return
        rest = m.group("g").strip(" .:")
        if not rest[:1].isupper():
            return  # "uppdrag från det delregionala politiska samrådet": a body described, named in the text
        gs = find_groups(rest)
        if re.fullmatch(r"[A-ZÅÄÖ]{2,6}", rest):
            giver = self._body_ref(rest)  # "uppdraget från RLG": a body by its acronym
        elif not gs or gs[0].start != 0 or gs[0].end < len(rest) - 1:
            return  # a name the title runs past, or no body at all ("uppdrag från regeringen")
        else:
            giver = self.ctx.resolve_generic(gs[0])
        if not giver or giver.casefold() == body.casefold():
            return
        self.ctx.clause = it.title
        self.group(giver, it.number)
        self.mandate(giver, body, "delegates", it.number, None)
        if m.group("back"):
            self.mandate(body, giver, "reports_to", it.number, None)  # the task reported back where it came from
        topic = _TITLE_TOPIC_TASK.match(m.group("topic") or "") if not m.group("back") else None
        if topic and not _UPPDRAG_TOLD.search(it.body or ""):
            # (where the text tells the uppdrag itself, "LSVO har gett samverkansgruppen i uppdrag att följa upp …",
            # the title only names it)
            # "Uppdrag från LSVO – uppföljning av hemsjukvårdsöverenskommelsen": the work the title names by its noun
            verb = _TOPIC_VERBS[topic.group("noun").casefold()]
            self.assignment([body], f"{verb} {topic.group('what').strip(' .')}", origin="narrative", pos=None,
                            given_by=giver)
        self.ctx.clause = ""

    def _item(self, it: ParsedItem, decisions: list[ParsedDecision]) -> None:
        ctx = self.ctx
        ctx.item = it
        ctx.clause = ""  # nothing read yet in this item: no evidence carries over from the last
        parent = self.items.get(it.parent) if it.parent else None
        ctx.parent_title = parent.title if parent else ""
        ctx.named = {}
        ctx.working_group = None
        ctx.item_group = None
        self._seat_group = None
        self._leaving = None
        self._roster_group = None
        ctx.reporting_body = self._reporting_body(it)
        texts = [it.title or "", it.body or ""] + [d.text for d in decisions]
        self._named_presidium = self._presidium_named(it)
        self._mentions(it, decisions)
        self._organs_sent_to(it)
        self._status_report_title(it)
        self._task_from_title(it)
        # named groups first, so bare heads resolve to them
        for t in texts:
            for g in find_groups(_flatten(t)):
                if not g.generic_head:
                    head = _NAMED_KIND.match(g.name)
                    # "samverkansgruppen" in a samverkansgrupp's own minutes stays the body that met
                    old = ctx.named.get(head.group(1).casefold()) if head else None
                    # the fuller name of a body named before wins ("Samverkansgrupp barn och unga" in the
                    # title, "Samverkansgrupp barn och unga Norrby" in the text)
                    if head and (old is None or g.name.casefold().startswith(old.casefold() + " ")) and not (
                            head.group(1).casefold() == "samverkansgrupp" and ctx.meeting_is_samverkansgrupp):
                        ctx.named[head.group(1).casefold()] = g.name
        for t in texts:
            flat = _flatten(t)
            for g in find_groups(flat):
                if g.generic_head and not (
                        _BARE_SUBJECT_AFTER.match(flat, g.end)
                        or _BARE_SUBJECT_BEFORE.search(flat[max(0, g.start - 20):g.start])):
                    continue
                name = ctx.resolve_generic(g)
                head = _NAMED_KIND.match(name or "")
                fuller = ctx.named.get(head.group(1).casefold()) if head else None
                if fuller and fuller.casefold().startswith(name.casefold() + " "):
                    name = fuller  # the title's "Samverkansgrupp barn och unga" is the text's "… unga Norrby"
                if name:
                    self.group(name, it.number)
        flats = None
        for phrase, members in _VOCABULARY.get().sets:
            if flats is None:
                flats = [_flatten(t) for t in texts]
            rx = _phrase_re(phrase)
            if not any(rx.search(f) for f in flats):
                continue
            for name in members:  # "alla tre samverkansgrupper": the bodies the knowledge lists for it
                if not any(g.name.casefold() == name.casefold() or (self.p.body or "").casefold() == name.casefold()
                           for g in self.out.groups if g.item == it.number):
                    self.group(name, it.number)
        dec_texts = [" ".join(d.text.split()) for d in decisions]
        # a decision of the running text is written with its verb in the infinitive: the rest is as told
        dec_tails = [f" {_PARTY_TAG.sub('', t)}" for _, _, t in (dt.partition(" ") for dt in dec_texts) if len(t) > 15]
        self._composition_list(it)
        self._prev_decision = None
        for d in decisions:
            self._decision(d)
            self._prev_decision = d  # for a decision that goes on from the one before it
        self._prev_decision = None
        said = ""
        last_new: RawAssignment | None = None  # the task the sentence before gave
        for s in [*_title_tail(it.title), *_sentences(self._without_proposals(it))]:
            norm = " ".join(s.split())  # str.split and the pattern \s agree on what is white space
            if "(" in norm:  # a party tag is in brackets
                norm = _PARTY_TAG.sub("", norm)
            norm = _ATT_START.sub("", norm)
            if " o " in norm:  # "MS o NL tar fram …": the hurried "o" for "och" between two doers
                norm = _HURRIED_AND.sub(" och ", norm)
            if "resp" in norm:  # "resp kommun tar fram …": the hurried "resp" for "respektive" before whom
                norm = _HURRIED_EACH.sub("respektive ", norm)
            if " t " in norm or "ätv" in norm:  # "lyfts t X", "nätv är tillsatt av …": hurried words spelled out
                norm = hurried_words_spelled(norm)
            if "beslutar" in norm and _BESLUTAR_END.search(norm) or (
                    norm.startswith(_PROPOSAL_OPENINGS) or "föreslås" in norm) and _PROPOSAL.match(norm):
                continue  # a proposal is not yet a decision, and what it would give is not yet given
            if any(norm and (norm in dt or dt in norm) for dt in dec_texts if len(dt) > 15):
                said = norm  # read as a decision, yet the sentence a next one refers back to ("KSÖ föredrar den där")
                note = _RESPONSIBLE_NOTE.search(norm) if "nsvar" in norm else None
                last = next((d for d in reversed(decisions) if len(" ".join(d.text.split())) > 15
                             and " ".join(d.text.split()) in norm), None) if note else None
                if last is not None:
                    # "Gruppen enades om att … och att Annelie lämnar dem till LVO (Ansvar: AF, v. 5)": the note
                    # names who carries out the decision it closes
                    self._noted_responsible(" ".join(last.text.split()), note.group("who"), origin="decision",
                                            pos=last.position, giver=self._meeting_body(),
                                            kinds=KINDS, read=False)
                continue
            if any(t in norm and not _UPPDRAG_BEFORE.search(norm[:norm.index(t)])
                   and not _PREPOSITION_END.search(norm, 0, norm.index(t)) for t in dec_tails):
                # "Styrgruppen lyfter frågan till RLG": the decision "lyfta frågan till RLG" as told (not "Uppgift:
                # Skriva en sammanfattning av avvikelserna till X" after the decision "lyfta avvikelserna till X")
                continue
            if said and last_new is None and norm[:1] in "-→Aa" and (bare := _BARE_RESPONSIBLE.match(norm)) \
                    and _DOERS_PRESENT.match(said):
                # "JH och ÅK går igenom schemat." / "-> Ansvar: JH, ÅK. Klart till nästa möte.": the line after
                # names who carries out what the sentence before said
                before = len(self.out.assignments)
                self._noted_responsible(said, bare.group("who"), origin="narrative", pos=None, giver=None,
                                        kinds=("assignment",), read=False)
                if len(self.out.assignments) > before:
                    last_new = self.out.assignments[-1]
                    continue
            self._prev_clause, said = said, norm  # for rules that refer back ("– Helga tar med den")
            before = len(self.out.assignments)
            if last_new is not None and not last_new.due_date and (dm := _DUE_ALONE.match(norm)):
                # "Åtgärd: Linnea sammanställer rutinerna. Klart 16 januari 2026.": the task's day
                last_new.due, last_new.due_date = _due(f"senast {dm.group('d')}", self.p.date)
                continue
            for part in self._coordinated_person_tasks(norm):
                self._sentence(part, origin="narrative", pos=None, giver=None)
            if "; " in norm and len(self.out.assignments) == before:
                # "Nästa rapport lämnas i december; MLH och JQ skriver utkastet till mötet 7 oktober": a clause of
                # its own after the semicolon, led by who does it
                for tail in norm.split("; ")[1:]:
                    if _PERSON_TASK_RE.match(tail):
                        self._sentence(tail, origin="narrative", pos=None, giver=None)
            last_new = self.out.assignments[-1] if len(self.out.assignments) > before else None
            if len(self.out.assignments) == before and _TO_NEXT_MEETING.match(it.title or ""):
                self._listed_for_next_meeting(norm)
        self._perspectives(it)
        self._action_table(it)
        first = _sentences(it.body or "")[:1]
        if first and it.presenters and re.match(r"^(?:Arbetsgruppen|Projektgruppen|Processteamet)\s+har\b", first[0]):
            ctx.clause = first[0]
            g = ctx.resolve_generic(find_groups(first[0])[0]) if find_groups(first[0]) else None
            for p in it.presenters:
                if g and is_person_name(p):
                    self.membership(p, g, it.number, role="ledamot", change="member")

    def _composition_list(self, it: ParsedItem) -> None:
        """"Enligt uppdragsbeskrivningen ska gruppen bestå av:" and the members in the rows under it (a table's
        "Namn / Organisation / Roll i gruppen" or a list, a name first in each row): a seat in that group for
        each, its role as the row gives it ("sammankallande"), for the huvudman the row names. "Gruppen" of an
        item whose title names another body than the one that met is that body (the group the point is about);
        a group still to be set up ("ska bestå av") is the item's working group, to which a convener the point
        appoints goes."""
        body = it.body or ""
        if " av:" not in body and " av följande" not in body:
            return
        lines = body.split("\n")
        for i, line in enumerate(lines):
            m = _COMPOSED_OF_LINE.search(line.strip())
            if not m:
                continue
            subject = re.split(r"[,;]\s+|\s+(?:och|men)\s+", m.group("subj"))[-1]
            named = find_groups(subject)
            grp = None
            if named and not named[-1].generic_head:
                grp = named[-1].name
            elif named or re.search(r"(?i)\b(?:gruppen|arbetsgruppen|projektgruppen|styrgruppen|nätverket)$", subject):
                titled = [g.name for g in find_groups(_flatten(it.title or "")) if not g.generic_head
                          and g.name.casefold() != (self._meeting_body() or "").casefold()]
                grp = titled[0] if titled else (self.ctx.resolve_generic(named[-1]) if named else self._meeting_body())
            if not grp:
                continue
            members: list[tuple[str, str, str | None]] = []
            for raw in lines[i + 1:]:
                row = re.sub(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+", "", raw).strip()
                if not row:
                    if members:
                        break
                    continue
                # (a PDF's table read with its layout sets its cells apart by runs of spaces)
                cells = [c.strip() for c in re.split(r"\t+|\s*\|\s*|\s{3,}", row) if c.strip()]
                if not members and cells and cells[0].casefold() in ("namn", "name", "person", "deltagare", "ledamot"):
                    continue  # the table's head
                if (members and "\t" not in raw and "|" not in raw and row == raw.strip()
                        and (raw[:3].isspace() or cells[0][:1].islower())):
                    continue  # a row's cells wrapped onto the lines under it ("distriktsläkare   Bruksberga, Region")
                who = re.split(r",|\s+\(", cells[0] if cells else "")[0].strip()
                if not who or not is_person_name(who):
                    break
                role = _SEAT_WORD.search(row)
                hm = _ROW_HUVUDMAN.search(row)
                members.append((who, role.group(0).casefold() if role else "ledamot", hm.group(0) if hm else None))
            if len(members) < 2:
                continue
            future = bool(re.search(r"\b(?:ska|skall|kommer\s+att)\s+(?:\w+\s+)?bestå\b", line))
            self.group(grp, it.number, created=future)
            if future and not self.ctx.working_group:
                self.ctx.working_group = grp
            if future and re.search(r"(?i)\bgruppen$", subject) and grp != self._meeting_body():
                self.ctx.item_group = grp
            self.ctx.clause = line.strip()
            for who, role, hm in members:
                self.membership(who, grp, it.number, role=role, change="join" if future else "member", on_behalf_of=hm)

    def _listed_for_next_meeting(self, s: str) -> None:
        """A line under "Till nästa möte": whoever it names does what it says by that meeting
        ("Kommunerna redovisar antal …", "Alla läser vägledningen")."""
        m = _LISTED_TASK.match(s)
        if not m or _STANDING_REPORT.search(s):
            return  # "Rådet rapporterar till kommunstyrelsen genom sin årsrapport": a standing duty, no task
        who_text = m.group("who")
        who = self._people(who_text) or self._collective(who_text) or _subject_assignees(who_text, False, self.ctx)
        if who:
            self.ctx.clause = s
            verb = _present_to_infinitive(m.group("v"))
            self.assignment(who, f"{verb}{m.group('rest')}", origin="narrative", pos=None, given_by=self.p.body)

    def _labelled_action(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Åtgärd: Ta fram en rutin (Elin Borg, v. 48)", "Åtgärd: Skicka underlaget – Olle Sand, senast 2/12",
        "Uppdrag till Elin Borg: ta fram …": a task, then who does it and by when, or who before it."""
        if (cut := _NEXT_LABEL_AFTER_WHO.search(s)) is not None:
            # "Åtgärd: Sammanställ … (HK) Åtgärd: Bjud in … (PS)": action lines run together, each its own task
            # (and "… (IW) Nästa möte: 2026-02-09": the next label is no part of the task)
            first = self._labelled_action(s[:cut.start()], origin=origin, pos=pos, giver=giver)
            rest = s[cut.end():]
            if _LABELLED_ACTION_RE.match(rest) or rest.startswith(("Åtgärd", "Att göra")):
                first = self._labelled_action(rest, origin=origin, pos=pos, giver=giver) or first
            return first
        m = _LABELLED_ACTION_RE.match(s)
        raw_who = (m.group("who") or m.group("who2") or m.group("who3") or m.group("who4")) if m else None
        who = (self._people(raw_who) or self._collective(raw_who) or _subject_assignees(raw_who, False, self.ctx)
               if m else None)
        task = (m.group("task") or m.group("task2") or m.group("task3") or m.group("task4")).strip(" .") if m else ""
        # under the doers' names the label makes even a noun the task ("ÅTGÄRD Eva Ek: utkast till rutin")
        nominal = bool(m and m.group("who4") and who and all(is_person_name(w) for w in who))
        if not who or not (nominal or _INFINITIVE_START.match(task) or _IMPERATIVE_START.match(task)):
            # "Åtgärd: Lisa Ek är sammankallande för arbetsgruppen": a sentence of its own under the label
            lab = re.match(r"^(?:Åtgärd(?:er)?|Att\s+göra)\s*:\s*(?=[A-ZÅÄÖ])", s)
            if not lab:
                return False
            before = (len(self.out.assignments), len(self.out.memberships))
            self._sentence(s[lab.end():], origin=origin, pos=pos, giver=giver)
            return (len(self.out.assignments), len(self.out.memberships)) != before
        due = (m.group("due") or m.group("due2") or m.group("due4") or "").strip(" .")
        if m.group("due") and not re.search(r"\d", due) and (more := self._people(due)):
            # "(JE, LM)": two doers' initials, no day
            who, due = list(dict.fromkeys([*who, *more])), ""
        task = task[0].lower() + task[1:]
        self.assignment(who, task, origin=origin, pos=pos, given_by=giver or self.p.body,
                        context=f"senast {due}" if due and not re.match(r"(?i)senast|till|före|klart?\b", due) else due)
        return True

    _ASKED = re.compile(r"^Kan\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?(?:\s*(?:,|och|&)\s*[A-ZÅÄÖ][\wåäö-]+"
                        r"(?:\s+[A-ZÅÄÖ][\wåäö-]+)?){0,3})\s+(?P<task>[a-zåäö]{2,}\b[^?]{3,200}?)\s*\?(?P<answer>.*)$")
    # the answer that takes the task on: "– Ja, …", "– Absolut", "– Mattias kollar och återkommer …"
    _AGREED = re.compile(r"^\s*[–—-]\s*(?:(?:Ja|Japp|Absolut|Javisst|Ok|Okej|Det\s+går\s+bra|Det\s+fixar\s+jag)\b|"
                         r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?\s+(?:kollar|tar|ordnar|fixar|gör|återkommer|löser|"
                         r"ser\s+till|bokar|skickar)\b)")

    def _asked_and_agreed(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Kan Sanna sammanställa synpunkterna? – Ja, före v. 10.": a task asked of people at the table, taken on
        by the answer after the dash (on the same line, or the sentence after it)."""
        m = self._ASKED.match(s)
        if not m:
            return False
        answer = m.group("answer")
        if not answer.strip() and self.ctx.item:
            body = _flatten(self.ctx.item.body or "")
            at = body.find(s[:60])
            answer = body[at + len(s):at + len(s) + 80] if at >= 0 else ""
        if not self._AGREED.match(answer):
            return False
        who = self._people(m.group("who"), text_names=True)
        if not who or not all(is_person_name(w) for w in who):
            return False
        self.assignment(who, m.group("task").strip(" ."), origin=origin, pos=pos, given_by=giver or self.p.body)
        return True

    # notes written in English by a secretary whose language is neither: "Action: Pekka Laine and Ulrika Sjöberg
    # find out …", "Mikko will send the final draft to the steering group before 20.11"
    _EN_NAMES = (r"[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+)?(?:\s*(?:,|\band\b|&)\s*[A-ZÅÄÖ][\wåäöÅÄÖ-]+"
                 r"(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+)?){0,3}")
    _EN_ACTION = re.compile(r"^(?:(?:Action|ACTION)\s*:\s*(?P<who>" + _EN_NAMES + r")\s+(?:will\s+)?(?P<task>[a-z]{2,}\b[^;]{4,240}?)"
                            r"|(?P<who2>" + _EN_NAMES + r")\s+will\s+(?P<task2>[a-z]{2,}\b[^;]{4,240}?))\s*\.?$")

    def _english_action(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Action: Pekka Laine and Ulrika Sjöberg find out …", "Mikko will send the draft …": a task of the
        people named, in the English a cross-border group's notes are written in."""
        m = self._EN_ACTION.match(s.strip())
        if not m:
            return False
        raw = m.group("who") or m.group("who2")
        who = self._people(re.sub(r"\s*(?:,|\band\b|&)\s*", " och ", raw).strip(), text_names=True)
        if not who or not all(is_person_name(w) for w in who):
            return False
        self.assignment(who, (m.group("task") or m.group("task2")).strip(" ."), origin=origin, pos=pos,
                        given_by=giver or self.p.body)
        return True

    def _dash_doer(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"• Regionen redovisar motsvarande uppgifter – Johanna.": a subject's task in the present tense, and
        after a dash at its end the one person of the attendance who carries it out for it."""
        m = _DASH_DOER.match(s.lstrip("•*- ")) if (" – " in s or " — " in s) else None
        if not m or not _present_to_infinitive(m.group("verb")).endswith(("a", "å", "e")):
            return False
        who = self._people(m.group("who"), text_names=True)
        if not who or len(who) != 1 or not is_person_name(who[0]):
            return False
        subj = _subject_assignees(m.group("subj"), origin == "decision", self.ctx)
        if not subj or any(is_person_name(x) for x in subj):
            return False
        task = f"{_present_to_infinitive(m.group('verb'))} {m.group('rest')}".strip(" .")
        self.assignment(subj + [w for w in who if w not in subj], task, origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else None)
        return True

    _DEADLINE_FIRST = re.compile(r"^(?:[-–•*]\s*)?Till\s+(?P<due>(?:[a-zåäö]+s\s+(?:möte|sammanträde)\s+)?(?:den\s+)?"
                                 r"(?:\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|v(?:ecka|\.)?\s?\d{1,2}|"
                                 r"nästa\s+(?:möte|sammanträde)|[a-zåäö]+s\s+(?:möte|sammanträde)))\s*:\s+(?P<rest>[A-ZÅÄÖ].*)$")

    def _deadline_first_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Till 15 mars: Kalle och Sanna sammanställer …": the deadline first, then the task told as a
        sentence; the task is due then."""
        m = self._DEADLINE_FIRST.match(s.strip())
        if not m:
            return False
        before = len(self.out.assignments)
        rest = m.group("rest")
        if not self._named_line_task(rest, origin=origin, pos=pos, giver=giver):
            self._sentence(rest, origin=origin, pos=pos, giver=giver)
        due = f"till {m.group('due')}"
        day = re.search(r"\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}", m.group("due"))
        due_date = _due(f"senast {day.group(0)}", self.p.date)[1] if day else None
        if not day and "nästa" in due:
            due_date = self._next_meeting
        for a in self.out.assignments[before:]:
            if not a.due and not a.due_date:
                a.due, a.due_date = due, due_date
        return len(self.out.assignments) > before

    def _named_line_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Anna: tar fram ett utkast …", "Karl och Emma: går igenom …": the doers named before a
        colon, their task after it in the present tense, read as the sentence "Anna tar fram …"."""
        m = _NAMED_LINE_TASK.match(s)
        who = self._people(m.group("who"), text_names=True) if m else None
        if not who:
            return False
        if m.group("inf"):
            task = m.group("inf").strip(" .")
            # "… i kapitel 3 senast 18/6", "… (senast 2025-10-15)": by when, no part of the task
            due = re.search(r"\s*\(?\s*\bsenast\s+[^()]*\)?\s*$", task)
            context = due.group(0).strip(" ()") if due else ""
            task = task[:due.start()] if due else task
            if not self._restates(who, task):  # (a summary's line restating what the text gave them adds nothing)
                self.assignment(who, task, origin=origin, pos=pos, given_by=giver or self.p.body, context=context)
            return True
        before = len(self.out.assignments)
        self._sentence(f"{m.group('who')} {m.group('rest')}", origin=origin, pos=pos, giver=giver)
        if len(self.out.assignments) == before:
            # a verb the sentence rules do not take for a task ("går igenom"): under a name, it is one
            verb, _, rest = m.group("rest").partition(" ")
            self.assignment(who, f"{_present_to_infinitive(verb)} {rest}".strip(" ."), origin=origin, pos=pos,
                            given_by=giver or self.p.body)
        return True

    def _action_table(self, it: ParsedItem) -> None:
        """An action list: a table ("Åtgärd / Ansvarig / Klart", "Vad | Vem | När"; tab, pipe or
        space separated) or a list of "**Vem** – task – *when*" lines. A task per row, given to the
        one responsible, due when the row says; a row that restates a task the running text
        already gave the same people adds nothing."""
        body = it.body or ""
        if " / " in body and "\t" not in body and "|" not in body:
            body = _slash_table(body)
        lines = body.split("\n")
        if "\t" in body or "   " in body or "|" in body:
            for k, line in enumerate(lines):
                low = line.casefold()
                if not any(w in low for w in _WHO_HINTS):
                    if "uppdrag" in low and "status" in low and self._standing_tasks(line, lines[k + 1:]):
                        return
                    continue  # a table's header names its column of who is to do it
                if low.lstrip()[:2] == "§ " and "\t" not in line and "|" not in line:
                    # "§ Vad      Vem      När": a PDF prints the narrow § column's heading a space from the next
                    line = re.sub(r"^(\s*§) (?=\w)", r"\1   ", line)
                cells = [c.casefold() for c in _cells(line)]
                if "\t" not in line and "|" not in line and any("  " in c for c in cells):
                    # "Nr  Åtgärd      Ansvarig": a narrow column's heading two spaces from the next one's
                    two = [c.casefold() for c in _cells(line, len(cells) + 1)]
                    if all(_column(c, _TABLE_HEADINGS) for c in two):
                        cells = two
                if len(cells) < 2:
                    continue
                task_col = next((i for i, c in enumerate(cells) if _column(c, _TASK_COLUMNS)), None)
                who_col = next((i for i, c in enumerate(cells) if _column(c, _WHO_COLUMNS)), None)
                logged = None if task_col is not None else next(
                    (i for i, c in enumerate(cells) if _LOG_DECISION_COLUMN.match(c.strip(" *:"))), None)
                point_col = None
                if logged is not None:
                    task_col = logged  # a decision log: who carries out each decision, by when
                    point_col = next((i for i, c in enumerate(cells) if _LOG_ITEM_COLUMN.match(c.strip(" *:"))), None)
                if task_col is None or who_col is None:
                    continue
                # ("Återrapport till": to whom, not when)
                due_col = next((i for i, c in enumerate(cells) if _column(c, _DUE_COLUMNS) and not c.endswith(" till")), None)
                # "Nr | § | Uppdrag | Ansvarig": the paragraph each row's task was given under
                item_col = None if logged is not None else next(
                    (i for i, c in enumerate(cells) if c.strip(" *:") in ("§", "punkt", "ärende")), None)
                status_col = next((i for i, c in enumerate(cells) if _column(c, _STATUS_COLUMNS)), None)
                # "Uppdrag | Mottagare | Beslutat | Status": the body the "Beslutat" cell names gave the task
                giver_col = next((i for i, c in enumerate(cells) if i != task_col
                                  and c.strip(" *:") in ("beslutat", "beslutat av", "uppdragsgivare", "givet av")), None)
                # a decision log kept over the year: the meeting each row was decided at
                met_col = None if logged is None else next(
                    (i for i, c in enumerate(cells) if c.strip(" *:") in ("datum", "mötesdatum", "beslutsdatum")), None)
                rows = _unwrapped_task_rows(line, lines[k + 1:], len(cells), task_col)
                for n, row in enumerate(rows):
                    if re.fullmatch(r"[\s|:+-]*-[\s|:+-]*", row):
                        continue  # a rule under the header
                    if not row.strip() and "|" not in line and n + 1 < len(rows) \
                            and len(_cells(rows[n + 1], len(cells))) == len(cells):
                        continue  # a table read from a PDF with its layout goes on after a page break
                    values = _cells(row, len(cells))
                    if "\t" in row and max(who_col, task_col) < len(values) < len(cells):
                        # a Word row whose last cells are empty ("Skicka rutinen\tKW\t1/10\t"): the
                        # line lost its trailing tabs, not its cells
                        values += [""] * (len(cells) - len(values))
                    elif ("\t" not in row and "|" not in row and len(values) == len(cells) - 1
                          and due_col == len(cells) - 1 and _DUE_CELL.fullmatch(values[-1])):
                        # a row laid out with spaces whose cell before its date is empty ("4   Anmäla frågan …
                        # 2026-03-12"): no one is named for it, and the rows under it go on
                        values.insert(len(cells) - 2, "")
                    if len(values) != len(cells):
                        break  # the table ends where its rows do
                    who, task = values[who_col], values[task_col]
                    met = re.search(r"\d{4}-\d\d-\d\d", values[met_col]) if met_col is not None else None
                    if met and self.p.date and met.group(0) != self.p.date:
                        continue  # a row of an earlier meeting: its task was given then
                    if logged is not None:
                        who, task = _logged_task(who, task)
                        # the row's task belongs to the item its point column names
                        at = values[point_col].strip(" .§") if point_col is not None else ""
                        self.ctx.item = next((x for x in self.p.items if x.number == at), it)
                    if item_col is not None:
                        at = values[item_col].strip(" .§")
                        self.ctx.item = next((x for x in self.p.items if x.number == at), it)
                    giver = None
                    if giver_col is not None:
                        gm = re.match(r"\s*([A-ZÅÄÖ][\wåäöÅÄÖ:-]*(?:\s+[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ:-]*){0,4}?)\s+(?:\d|§)",
                                      values[giver_col])
                        giver = self._body_ref(gm.group(1)) if gm else None
                    done = status_col is not None and bool(_DONE_STATUS.match(values[status_col].strip()))
                    self._action_row(who, task, values[due_col] if due_col is not None else "", giver, done=done)
                self.ctx.item = it
                return
        if "tatus" in body:
            flat = _flat_status_rows(lines)
            if flat:
                for who, task, due, done in flat:
                    self._action_row(who, task, due, done=done)
                return
        listed = bool(_ACTION_LABEL.match(it.title or ""))  # under an "Att göra" label, or an item so titled
        lines = _rejoin_wrapped_rows(lines)
        for line in lines:
            m = _ACTION_LINE_RE.match(line)
            fields = _action_fields(line) if m is None and "Va" in line and ":" in line else None
            if m:
                self._action_row(m.group("who"), m.group("task"), m.group("due") or "")
            elif fields:
                self._action_row(*fields)
            elif _ACTION_LABEL.match(line) or (line[:1] in "#*" and _ACTION_LABEL.match(line.strip("#*_ "))):
                listed = True  # (a Markdown heading or bold words as the label: "### Att göra")
            elif "AP" in line[:8] and (m := _ACTION_POINT_ROW.match(line)):
                # "- AP: AN + SH – förslag gemensam mall → nästa möte": an action point by who, what, when
                self._action_row(re.sub(r"\s*\+\s*", ", ", m.group("who")), m.group("task"), m.group("due") or "")
            elif ((listed or _MENTIONED_BOX.match(line))
                  # (a dashed row whose due date is labelled is no "who: task" row: "Per Ek – boka lokal. Due: 4/2")
                  and ((m := _DASHED_ROW_RE.match(line)) and m.group("due_label")
                       or (m := _LABELLED_ROW_RE.match(line)) or (m := _DASHED_ROW_RE.match(line)))):
                # (a task list's row needs no label where its box and @-mention say it: "- [ ] @Anna Berg: …")
                # ("Sara + Amra – utkast …": the plus for "och" between two doers)
                self._action_row(re.sub(r"\s*[+&]\s*", ", ", m.group("who")), m.group("task"),
                                 m.group("due") or m.groupdict().get("due_label") or "",
                                 done=(m.group("box") or "").strip() != "")
            elif listed and (m := _TASK_THEN_WHO_ROW_RE.match(line)) and (
                    _INFINITIVE_START.match(m.group("task"))
                    # what is to be delivered, who and by when, three columns under the label: "- Besked om
                    # remissväg - Jenny - före jul"
                    or m.group("who3") and m.group("due3")
                    # an open box on a task list: what is to be delivered is the task ("- [ ] Text om X – Annika")
                    or m.group("box") is not None and not m.group("box").strip()):
                self._action_row(m.group("who") or m.group("who2") or m.group("who3"), m.group("task"),
                                 m.group("due") or m.group("due2") or m.group("due3") or m.group("due4") or "",
                                 done=(m.group("box") or "").strip() != "")
            elif ((m := _TASK_THEN_INITIALS.match(re.sub(r"^[-*•]\s*", "", line.strip()))) and _doerless_task(m.group("task"))
                  and (who := re.split(r"\s*(?:,|och)\s*", m.group("who")))
                  and all(w in self.ctx.initials for w in who)):
                # "Ta fram förslag på rutin (AL).", "Förslaget tas fram till nästa möte (AL, PE).": a task without
                # its doer in running text, and the roster's initials of who does it after it
                task = m.group("task").strip()
                self.assignment([self.ctx.initials[w] for w in who], task[:1].lower() + task[1:], origin="narrative",
                                pos=None, given_by=self._meeting_body())
            elif line.strip() and not (listed and line.lstrip()[:2] in ("– ", "- ", "• ", "* ")):
                listed = False  # (a row it cannot read ends no list: the next rows are still under the label)

    def _standing_tasks(self, head: str, rows: list[str]) -> bool:
        """"Uppdrag från LSVO | Status | Kommentar": a table of the tasks the body the heading names gave the body
        that met, one a row, how far each has come beside it ("Klart", "Pågår"); it reports back to that body."""
        cells = _cells(head)
        col = next((i for i, c in enumerate(cells) if _GIVEN_TASKS_HEAD.match(c.strip(" *"))), None)
        status = next((i for i, c in enumerate(cells) if _column(c.casefold().strip(" *"), _STATUS_COLUMNS)), None)
        if col is None or status is None:
            return False
        giver = self._body_ref(_GIVEN_TASKS_HEAD.match(cells[col].strip(" *")).group("g"))
        own = self._meeting_body()
        if not giver or not own or giver.casefold() == own.casefold():
            return False
        read = 0
        for row in rows:
            if re.fullmatch(r"[\s|:+-]*-[\s|:+-]*", row):
                continue  # a rule under the header
            values = _cells(row, len(cells))
            if len(values) != len(cells) or not values[col].strip():
                break  # the table ends where its rows do
            task = values[col].strip(" *")
            self.assignment([own], task[:1].lower() + task[1:] if task[1:2].islower() else task, origin="narrative",
                            pos=None, given_by=giver, report_to=giver)
            read += 1
        return read > 0

    def _action_row(self, who_text: str, task: str, due: str, giver: str | None = None, done: bool = False) -> None:
        """One row of an action list. ``done``: its status column says the task is done ("Klart"):
        the task an earlier meeting gave, reported done."""
        row = " – ".join(x.strip() for x in (task, who_text, due) if x and x.strip())  # the row as the table reads
        # "Samverkansgruppen (AF)": the body, and by the initials in brackets the person answering for it
        bracketed = re.search(r"\(([A-ZÅÄÖ]{2,4})\)\s*$", who_text)
        who_text = re.sub(r"\s*\([^)]*\)", "", who_text).strip()
        who_text = re.sub(r"\s+\+\s+", " och ", who_text)  # "Anna Ek + Bo Lund": the two together
        # "AME Åby": a unit by its acronym and place, no person (though two capitalised words)
        named = None if " " in who_text and _ACRONYM_ORG.match(who_text) else self._people(who_text)
        # "Respektive kommun", "Alla huvudmän" in the Ansvarig column: each kommun (or huvudman) and them together
        who = named or ("kommun" in who_text.lower() or "huvudm" in who_text.lower()) and self._collective(who_text)
        who = who or _subject_assignees(who_text, True, self.ctx)
        if not who:
            who = self._collective(who_text) or self._roster_org_by_start(who_text)
        if not who and _UNIT_WORD.fullmatch(who_text):
            # "Kommunikationsavdelningen", "Hemsjukvården" in the Vem column: the unit answers for the row
            who = [who_text]
        if who and bracketed and not named:
            who = who + [p for p in self._people(bracketed.group(1)) or [] if p not in who]
        task = task.strip()
        if not who or not task:
            return
        task = task[0].lower() + task[1:] if task[1:2].islower() else task
        if re.match(r"(?:utkast|förslag)\s+(?:till|på|om)\s", task):
            task = f"ta fram ett {task}"  # a row naming what is to be delivered: "Utkast till införandeplan"
        elif re.match(r"kallelse\s+till\s", task):
            task = "kalla" + task[8:]  # "Kallelse till första mötet i arbetsgruppen": to call it
        due_date = _due(f"senast {due}", self.p.date)[1] if due else None
        known = self._restates(who, task, due_date)
        if known:
            if due_date and not known.due_date:  # the row says when the task the text gave is due
                known.due, known.due_date = due, due_date
            # "TE + ES: lista över fallriskläkemedel" under "ES skulle ta fram en lista …": the row names one more who
            # shares the task
            known.assignees.extend(p for p in who if not any(
                p == y or _same_person(normalise_person_name(p), y) for y in known.assignees))
            return
        self.ctx.clause = row
        if done:  # the task an earlier meeting gave, reported done: kept, as reported
            self.assignment(who, task, origin="report", pos=None, given_by=None)
            return
        self.assignment(who, task, origin="narrative", pos=None, given_by=giver or self.p.body,
                        context=f"senast {due}" if due else "")

    def _roster_org_by_start(self, text: str) -> list[str] | None:
        """An organisation or unit by the start of its name as the attendance writes it: "Räddningstjänsten"
        in a list of tasks where the roster reads "Räddningstjänsten Åby: Sara Ek". Only where one fits."""
        low = text.strip().casefold()
        if not re.fullmatch(r"[a-zåäö-]{4,}", low):
            return None
        names = {o for e in self.p.attendance for o in (e.organisation, e.unit)
                 if o and o.casefold().startswith(low + " ")}
        return list(names) if len(names) == 1 else None

    def _collective(self, text: str) -> list[str] | None:
        """"Alla kommuner", "Kommunerna": each identifiable kommun and the collective ("Samtliga huvudmän":
        each region and kommun); "Alla": the body."""
        low = text.strip().casefold()
        # ("Länets kommuner", "länets fem kommuner": the kommuner of the region)
        if re.fullmatch(r"(?:alla|samtliga|respektive)?\s*kommuner(?:na)?|kommunerna|(?:varje|respektive)\s+kommun|"
                        r"länets\s+(?:[a-zåäö]+\s+)?kommuner", low):
            return self._kommuner() + ["kommunerna"]
        if re.fullmatch(r"(?:alla\s+|samtliga\s+)?kommunerna\s+i\s+(?:länet|regionen|[a-zåäö]+\s+län)", low):
            # "kommunerna i länet": each kommun, and them together as the minutes name them
            return self._kommuner() + [text.strip()[:1].lower() + text.strip()[1:]]
        if re.fullmatch(r"regionen\s+och\s+(?:(?:alla|samtliga)\s+kommunerna|kommunerna|länets\s+(?:[a-zåäö]+\s+)?kommuner)|"
                        r"kommunerna\s+och\s+regionen", low):
            # "Regionen och kommunerna tar fram …": the region, each kommun, and the kommuner together
            return (self._regions() or ["regionen"]) + self._kommuner() + ["kommunerna"]
        if re.fullmatch(r"(?:alla|samtliga)\s+huvudmän(?:nen)?|huvudmännen|(?:varje|respektive)\s+huvudman|länets\s+huvudmän", low):
            return self._regions() + self._kommuner() + ["huvudmännen"]
        if low in ("alla", "samtliga", "alla deltagare", "gruppen") and self._meeting_body():
            return [self._meeting_body()]
        if low.startswith(("alla ", "samtliga ", "varje ", "respektive ")):
            return self._holders_of(text.strip().split(None, 1)[1])
        return None

    def _holders_of(self, function: str) -> list[str] | None:
        """"Alla MAS", "Varje MAS" (an Ansvarig cell, a subject): each one the attendance lists with that
        function ("MAS", "MAS/MAR"; present or not), and them together as written."""
        word = function.strip(" .").casefold()
        if not re.fullmatch(r"[a-zåäö]{2,}", word):
            return None
        held = [e.name for e in self.p.attendance if e.status != "guest" and any(
            word in re.split(r"[\s/,]+", t.casefold()) for t in (e.title, *e.roles) if t)]
        return held + [f"alla {function.strip(' .')}"] if held else None

    def _listed_after(self, earlier: str, number: str) -> bool:
        """Whether item ``number`` is the last of the minutes, after item ``earlier``: where notes list the tasks
        the items gave ("6. Nästa möte … ATT GÖRA TILL NÄSTA MÖTE")."""
        numbers = [it.number for it in self.p.items if it.parent is None] if self.p.items else []
        return (len(numbers) > 1 and number == numbers[-1] and earlier in numbers
                and numbers.index(earlier) < len(numbers) - 1)

    def _restates(self, who: list[str], task: str, due_date: str | None = None) -> RawAssignment | None:
        """The task the running text gave the same people that an action row restates. Not when both
        say when and the dates differ ("utkast klart 21/5" and "planen till styrgruppen 28/5")."""
        def content(t: str) -> set[str]:  # where a task goes ("till styrgruppen") does not say what it is,
            # nor does a body or person it names ("informera Styrgrupp Nära vård om …" and "representera
            # kommunerna i Styrgrupp Nära vård" are two errands); a word's first letters stand for its forms
            for g in sorted(find_groups(t), key=lambda g: -g.start) if re.search(r"\s[A-ZÅÄÖ]", t) else ():
                if t[g.start:g.start + 1].isupper() and not g.generic_head:  # (a proper name, not "gruppen")
                    t = f"{t[:g.start]} {t[g.end:]}"
            return {w[:4] for w in re.findall(r"[\wåäö]{4,}", re.sub(r"\btill\s+\S+", " ", t.casefold()))}

        words = content(task)
        for a in self.out.assignments:
            if a.origin == "report":
                continue  # a task an earlier meeting gave, reported done, is not one the running text gives now
            if not any(x == y or _same_person(normalise_person_name(x), y) for x in who for y in a.assignees):
                continue
            if due_date and a.due_date and not _dues_agree(due_date, a.due_date):
                continue
            if re.match(r"har\s+[a-zåäö]+(?:t|at|it|tt)\b", a.task):
                continue  # "Viktor har sammanställt …" is work done, not the task the row gives
            if re.match(r"(?:ingå|vara|sitta)\s", a.task) and not re.match(r"(?:ingå|vara|sitta)\s", task):
                continue  # a seat or a duty ("ingå i arbetsgruppen … som sammankallande") is no errand a row restates
            other = content(a.task)
            if words and other and len(words & other) / min(len(words), len(other)) >= 0.3:
                return a
            if a.task.startswith("ansvara för frågan") and words & other:
                # "Frågan om en gemensam tolkning delegeras till X-nätverket" over the row "X-nätverket | Ta fram förslag
                # till gemensam tolkning …": the question handed over, and what the row says is to be done with it
                a.task = task
                return a
            if due_date and len(due_date) == 10 and a.due_date == due_date \
                    and re.match(r"[a-zåäö]+(?:\s+(?:upp|in|ut|fram|med))?\s+(?:den|det|dem)\b", a.task):
                return a  # the same people by the same day: the row restates a task the text told with a pronoun
        return None

    def _reporting_body(self, it: ParsedItem) -> str | None:
        m = re.match(r"\s*(?:Protokoll|Rapport|Information)\s+(?:från\s+)?(?P<b>.+)", it.title or "")
        head = (it.body or "")[:300]
        m2 = re.search(r"(?:[Ii]nformation|[Rr]apport)\s+från\s+(?P<b>[^\n:]+)|information\s+från\s+(?P<c>[A-ZÅÄÖ]{3,5})\b", head)
        for src in (m.group("b") if m else None, (m2.group("b") or m2.group("c")) if m2 else None):
            if src:
                gs = find_groups(src)
                if gs and gs[0].start <= 2:
                    return gs[0].name
        return None

    def _giver(self, d: ParsedDecision) -> str | None:
        by = re.sub(r"^(?:Beslut|Beslutades)\s*:?\s*", "", (d.decided_by or "").strip())
        if not by:
            return self.p.body
        if _own_body(by, self.p.body) or (self.p.body and re.fullmatch(r"(?i)mötet|sammanträdet", by)):
            return self.p.body  # ("Mötet beslutar att …": the body that met, by its meeting)
        if _GENERIC_SINGULAR.match(by) or by.casefold() in ("styrgruppen", "arbetsgruppen", "ledningsgruppen"):
            return self.p.body or by
        return by

    # ------------------------------------------------------------- decisions
    def _decision(self, d: ParsedDecision) -> None:
        giver = self._giver(d)
        self._adopted_proposal(d, giver)
        text = " ".join((d.text or "").split())
        if "(" in text:
            text = _PARTY_TAG.sub("", text)
        text = re.sub(r"^(?:att|Att)\s+", "", text)
        if "följande förslag" in text and (cut := _OTHER_BODYS_PROPOSAL.search(text)):
            # "Ärendet överlämnas till kommunstyrelsen för beslut med följande förslag: Kommunstyrelsen antar … och
            # uppdrar åt socialchefen att …": the decision to come is the other body's, and what it would give not yet given
            text = text[:cut.start()]
        if not text:
            return
        sentences = _sentences(text) or [text]
        first = sentences[0]
        # "X ... och att Y ..." carries two decisions
        clauses = [c.strip() for c in re.split(r",?\s+och\s+att\s+|\s+samt\s+att\s+", first) if c.strip()]
        if len(clauses) == 2 and _GIVES_TASK.match(clauses[0]) and _REPORT_BACK_START.match(clauses[1]):
            # "ge socialnämnden i uppdrag att införa … och att återrapportera till kommunstyrelsen": the report
            # closes the task given, no decision of its own
            clauses = [f"{clauses[0]} och {clauses[1]}"]
        prev = ""
        for c in clauses:
            self._clause(c, d, giver, prev)
            prev = c
        for k, s in enumerate(sentences[1:]):
            self._prev_clause = sentences[k]  # for rules that refer back ("Det slutgiltiga svaret skickas …")
            self._sentence(s, origin="decision", pos=d.position, giver=giver)
        # "Arbetet återkopplas in i X innan det lyfts vidare till Y"
        m = re.search(r"återkopplas\s+(?:in\s+)?(?:i|till)\s+(?P<to>.+)$", text)
        if m:
            self.ctx.clause = text
            to = _target(m.group("to"), self.ctx)
            if to:
                for a in self.out.assignments:
                    if a.decision_position == d.position and not a.report_to:
                        a.report_to = to
                if self.ctx.working_group:
                    self.mandate(self.ctx.working_group, to, "reports_to", d.item, d.position)

    _RELATIVE_OF_PERSON_RE = re.compile(r"\b(?:till|åt|hos|för)\s+(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})"
                                        r"(?:\s+\([^()]{1,12}\))?\s*,\s+som\s+(?P<rest>[a-zåäö].+)$")

    _REFERRED_WITH_TASK_RE = re.compile(
        r"\b(?:eskaleras|lyfts|lämnas|överlämnas|skickas|hänskjuts)\s+(?:därför\s+|nu\s+)?(?:vidare\s+)?till\s+"
        r"(?P<to>[^.;,]{2,80}?),?\s+som\s+(?:får|ges|fick)\s+i\s+uppdrag\s+att\s+(?P<task>[^.;]{5,240})")

    def _referred_with_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Frågan eskaleras till RLG som får i uppdrag att ta fram förslag …": the body the question goes to, and
        the work the relative clause gives it, a task from the body that met which it answers to it for."""
        m = self._REFERRED_WITH_TASK_RE.search(s)
        own = giver or self._meeting_body()
        to = self._body_ref(m.group("to")) if m else None
        if not m or not to or not own or not self._is_body(to) or self._is_meeting_body_ref(to):
            return False
        return self.assignment([to], m.group("task").strip(), origin=origin, pos=pos, given_by=own,
                               report_to=own) is not None

    def _task_in_relative_of_person(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Mallen skickas till Annika, som sprider den i nätverket": the one something is handed to, and what the
        relative clause says she does with it, read as her own sentence."""
        m = self._RELATIVE_OF_PERSON_RE.search(s)
        if m and re.match(r"[a-zåäö]+\s+(?:inför|senast|före|innan|till\s+nästa)\b", m.group("rest")):
            return False  # "… till Maria, som sammanställer inför nästa möte": what she puts together is what was sent
        if not m or not self._people(m.group("who")) or not any(is_person_name(w) for w in self._people(m.group("who"))):
            return False
        return self._person_task(f"{m.group('who')} {m.group('rest')}", origin=origin, pos=pos, giver=giver)

    def _adopted_proposal(self, d: ParsedDecision, giver: str | None) -> None:
        """"Nämnden beslutar att ställa sig bakom förvaltningens förslag": the proposal told in the item's running
        text ("Förvaltningen föreslår att arbetsgruppen får i uppdrag att …") is decided as it stands, and what it
        would give is given by the decision."""
        text = " ".join((d.text or "").split())
        m = _ADOPTS_PROPOSAL.match(text)
        it = self.ctx.item
        if not m or it is None or not it.body:
            return
        owner = m.group("by").casefold().removesuffix("s")
        for s in _sentences(it.body):
            s = " ".join(s.split())
            pm = _PROPOSES_THAT.search(s)
            if not pm or pm.group("by").casefold() != owner:
                continue
            for c in re.split(r",?\s+och\s+att\s+|,?\s+samt\s+att\s+", pm.group("what").rstrip(" .")):
                c = c.strip()
                if c:
                    self._sentence(c[:1].upper() + c[1:], origin="decision", pos=d.position, giver=giver,
                                   kinds=("assignment",))

    def _md_product_reported(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"att ge G i uppdrag att föreslå en rutin / att rutinen ska återrapporteras till Y": a decision
        that says where the product of the decision before it goes; the body given that task reports
        to Y."""
        prev = self._prev_decision
        m = prev is not None and _PRODUCT_REPORTED.match(s)
        if not m or not re.search(rf"\b(?:en|ett)\s+(?:[a-zåäö-]+\s+)?{m.group('noun').casefold()}\b", prev.text.casefold()):
            return False
        to = _target(m.group("to"), self.ctx)
        if not to or not self._is_body(to):
            return False
        item = self.ctx.item.number if self.ctx.item else None
        for a in self.out.assignments:
            if a.decision_position != prev.position:
                continue
            a.report_to = a.report_to or to
            for who in a.assignees:
                if who != to and self._is_body(who):
                    self.mandate(who, to, "reports_to", item, pos)
        return False

    def _as_helpers(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Sekretariatet får i uppdrag att sammanställa ett underlag. Håkan Lidberg och Gunilla Hofer bistår.":
        those who help with the task the sentence before gave have a task too, to help its holder with it;
        "SSPF tar fram ett underlag … Malin Tegnér och Johanna Brink ansvarar.": those who carry it hold it too."""
        carry = _CARRIERS.match(s)
        m = carry or _HELPERS.match(s)
        if not m or not self.out.assignments:
            return False
        last = self.out.assignments[-1]
        prev = getattr(self, "_prev_clause", "") or ""
        item = self.ctx.item.number if self.ctx.item else None
        if last.item != item or not last.quote or last.quote[:40] not in prev:
            # the sentence after a decision's task, which the minutes write under it: the one task the item decided
            decided = {a.decision_position: a for a in self.out.assignments if a.item == item and a.origin == "decision"}
            if origin != "narrative" or len(decided) != 1:
                return False
            last = next(iter(decided.values()))
        who = _subject_assignees(m.group("who"), origin == "decision", self.ctx)
        if not who or not all(is_person_name(w) or w.casefold() in self.ctx.roster for w in who):
            return False
        if carry:
            last.assignees = list(dict.fromkeys(last.assignees + [normalise_person_name(w) for w in who]))
            return True
        holder = " och ".join(h if is_person_name(h) else h[:1].lower() + h[1:] for h in last.assignees)
        self.assignment(who, f"bistå {holder} med att {last.task}", origin=origin, pos=pos,
                        given_by=last.given_by or giver, report_to=last.report_to)
        return True

    def _clause(self, c: str, d: ParsedDecision, giver: str | None, prev: str) -> None:
        """One att-clause of a decision, read with the registry like any sentence; the clause
        before it is there for rules that refer back ("… har detta som en del i sitt uppdrag")."""
        self.ctx.clause = c
        self._prev_clause = prev
        if _BODY_FIRST.match(c):  # "att styrgruppen rapporterar till …": a sentence with the body as subject
            c = c[0].upper() + c[1:]
        if c[:7] == "föreslå" and _PROPOSED_ELECTION.match(c):
            # "föreslå kommunfullmäktige besluta att välja X till ersättare i G": the seat is the other body's to fill;
            # the proposal goes up, no one holds the seat yet
            self._sentence(c, origin="decision", pos=d.position, giver=giver, kinds=("mandate",))
            return
        self._sentence(c, origin="decision", pos=d.position, giver=giver)

    # ------------------------------------------------------------- handlers for decisions
    def _body_decided_that(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"… påminde om RLG:s beslut att Samordningsgruppen X leder införandet", "Styrgrupp Y har beslutat att
        Arbetsgrupp Z ska ta fram …": a body's decision that another body carries out a task, told in passing,
        is the first body's mandate to the second."""
        item = self.ctx.item.number if self.ctx.item else None
        done = False
        for m in _BODY_DECIDED_THAT.finditer(s):
            before = s[:m.start() + (s[m.start()] == "s")].rstrip()  # "Styrgrupp Barnahus beslut": its own "s"
            frm = None
            named = {g.name.casefold() for g in self.out.groups}

            def body_ending(cut: str) -> str | None:
                gs = [g for g in find_groups(cut) if g.end >= len(cut) - 1]
                return self.ctx.resolve_generic(gs[-1]) if gs else None

            # "Styrgrupp Nära vårds beslut": the genitive of a body the minutes name (not "Styrgrupp Barnahus
            # beslut"); "samverkansgruppens beslut": of a body by its kind
            bare = body_ending(before[:-1]) if before.endswith("s") else None
            if bare and (bare.casefold() in named or re.search(r"(?:en|et|na)s$", before)):
                frm = bare
            frm = frm or body_ending(before) or bare
            if frm is None and (acr := re.search(r"\b([A-ZÅÄÖ]{2,6}):?$", before)):
                frm = self._body_ref(acr.group(1))
            after = s[m.end():]
            tg = find_groups(after)
            if not frm or not tg or tg[0].start != 0 or not _DOES_AFTER_BODY.match(after, tg[0].end):
                continue
            to = self.ctx.resolve_generic(tg[0])
            if to and self._is_body(frm) and self._is_body(to):
                self.mandate(frm, to, "delegates", item, pos)
                done = True
        return done

    def _decision_refers(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"… skickas/lyfts/överlämnas/remitteras vidare till G": the deciding body refers to G."""
        item = self.ctx.item.number if self.ctx.item else None
        for m in re.finditer(r"\b(?:skickas|lyfts|överlämnas|remitteras|hänskjuts|tas\s+med)\s+(?:vidare\s+|in\s+|över\s+)*till\s+(?P<to>.+)$", s):
            if re.search(r"\binnan\s+(?:det|den|de)\s+$", s[:m.start()]):
                continue  # "återkopplas in i X innan det lyfts vidare till Y": a chain of reporting
            if _REMISS_ANSWER.search(s):
                continue  # "Yttrandet överlämnas till RLG": an answer to a remiss sent back, no mandate
            to = _target(m.group("to"), self.ctx)
            if to and self._is_body(to):
                # "Rapporten godkänns och skickas till styrgruppen": a report handed on is reporting
                self.mandate(giver, to, "reports_to" if _REPORT_NOUN.search(s[:m.start()]) else "refers", item, pos)
        # "lyfta teamets kvällstäckning till styrgruppen den 12 november": the decision in the infinitive
        m = s[:4].casefold() in ("att ", "lyft") and _RAISE_INFINITIVE.match(s)
        if m and (to := _target(_WHEN_TAIL.sub("", m.group("to")), self.ctx)) and self._is_body(to) and to != giver:
            self.mandate(giver, to, "refers", item, pos)
        # "… lämnas till G för fastställande": handed on for the other to decide ("lämnas till" alone may be a report)
        # (or sent on after the body stood behind it: "ställde sig bakom rutinen och skickar den vidare till G")
        m = ("lämna" in s or "skicka" in s) and (_LEFT_FOR_DECISION.search(s) or (
            not _REMISS_ANSWER.search(s) and _BEHIND_AND_SENT_ON.search(s)))
        if m and (to := _target(m.group("to"), self.ctx)) and self._is_body(to):
            self.mandate(giver, to, "refers", item, pos)
        return False

    _EXTENDED_RE = re.compile(
        r"^(?P<giver>[A-ZÅÄÖ][^.;,]{1,60}?)\s+har\s+förlängt\s+(?:tiden\s+för\s+)?(?P<who>[^.;,]{2,80}?)(?::s|s)\s+uppdrag"
        r"(?:\s+(?:så\s+att|och)\s+(?P<task>[^.;]{5,200}?)"
        # "… har förlängt processteamets uppdrag att förbättra vårdövergångarna …": the uppdrag itself
        r"|\s+att\s+(?P<task3>[a-zåäö]{3,}[^.;]{5,200}?))?\.?$"
        r"|^(?P<who2>[A-ZÅÄÖ][^.;,]{2,80}?)\s+har\s+fått\s+förlängd\s+tid\s+(?:för|med)\s+(?P<task2>[^.;]{5,160}?)"
        r"(?:\s+till\s+(?P<due>(?:den\s+)?\d{1,2}\s+[a-zåä]+(?:\s+\d{4})?|[a-zåä]+\s+\d{4}|\d{4}-\d{2}-\d{2}))?\.?$")
    _PASSIVE_DUTY_RE = re.compile(r"^(?P<obj>.+?)\s+ska\s+(?P<verb>[a-zåäö]{4,}?)s\b\s*(?P<rest>.*)$")

    def _extended_uppdrag(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"LSVO har förlängt samverkansgruppens uppdrag så att handlingsplanen ska redovisas den 13 februari",
        "Samverkansgrupp X har fått förlängd tid för handlingsplanen till februari 2026": a standing uppdrag
        kept with a later day, from the body that extended it (or the body the item reports from)."""
        m = self._EXTENDED_RE.match(s)
        if not m:
            return False
        who = self._body_ref(m.group("who") or m.group("who2"))
        by = self._body_ref(m.group("giver")) if m.group("giver") else (self.ctx.reporting_body or None)
        if not who or not by or not self._is_body(who) or who.casefold() == by.casefold():
            return False
        if m.group("task3"):
            task = m.group("task3")
        elif m.group("task"):
            duty = self._PASSIVE_DUTY_RE.match(m.group("task"))
            # "handlingsplanen ska redovisas för LSVO …": what the body is to do, in the active
            task = (f"{duty.group('verb')} {duty.group('obj')} {duty.group('rest')}".strip() if duty
                    else m.group("task"))
        else:
            task = f"slutföra {m.group('task2')}" + (f" till {m.group('due')}" if m.group("due") else "")
        told_to = by if re.search(rf"\b(?:för|till)\s+{re.escape(by)}\b", task, re.I) or re.search(
            r"\b(?:för|till)\s+(?:styrgruppen|ledningsgruppen|samverkansgruppen|rådet|nämnden)\b", task) else None
        self.assignment([who], task, origin="narrative" if origin != "decision" else origin, pos=pos, given_by=by,
                        report_to=told_to)
        return True

    def _decision_recommends(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"rekommendera/föreslå G att …" with G a group anywhere in the phrase."""
        item = self.ctx.item.number if self.ctx.item else None
        # ("godkänna riktlinjen och rekommendera huvudmännen att anta den": the body's own approval, which the
        # recommendation after it goes with, is the decision; the corpus golds read no mandate in it)
        m = re.match(r"^(?:att\s+)?(?:rekommenderar?(?!\s+att\b)|föreslå(?!r)|"
                     # "Beslut: gruppen rekommenderar kommunerna att …": the body that met, by its bare word
                     r"(?:[Gg]ruppen|[Aa]rbetsgruppen|[\wåäö-]*(?:rådet|teamet|nätverket))\s+(?:rekommenderar|föreslår))"
                     r"\s+(?P<to>.+?)\s+(?:att|besluta|godkänna|anta|fatta)\b", s)
        # "föreslå socialchefsnätverket en gemensam upphandling av …": the proposal a thing, given to a body by its name
        m = m or re.match(r"^(?:att\s+)?föreslå\s+(?P<to>[a-zåäö-]*(?:nätverket|gruppen|rådet|nämnden|styrelsen|utskottet|beredningen)"
                          r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+(?:en|ett)\s+\w", s)
        # "Huvudmännen rekommenderas att anta handlingsplanen": the decided point in the passive, the recommended first
        m = m or re.match(r"^(?P<to>[A-ZÅÄÖ][^.;:]{1,90}?)\s+rekommenderas\s+(?:att|besluta|godkänna|anta|fatta)\b", s)
        if m:
            groups = find_groups(m.group("to"))
            for g in groups:
                self.mandate(giver, self.ctx.resolve_generic(g), "recommends", item, pos)
            if not groups and any(w in m.group("to").casefold() for w in ("kommun", "region", "huvudm")):
                # "rekommendera Region X och de fem kommunerna att anta …": to the huvudmän it names
                to = _KOMMUNERNA_NAMED.sub(lambda k: self._kommuner_named(k.group("places")), m.group("to"))
                targets = [self._recipient(t) for t in _RECIPIENTS_SPLIT.split(to)]
                if targets and all(targets):
                    for t in targets:
                        self.mandate(giver, t, "recommends", item, pos)
            head = _HEAD_OFFICIAL.fullmatch(m.group("to").strip())
            if head:  # "rekommendera regiondirektören att …": the organisation the official heads
                self.mandate(giver, "Regionen" if head.group("org").startswith(("region", "landsting")) else "Kommunen",
                             "recommends", item, pos)
        return False

    def _mandat(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"X ges mandat att …": a task and, to a body, a delegation."""
        decided = _DECIDES_THAT.match(s) if " att " in s else None
        if decided and (by := self._body_ref(decided.group("by"))):
            # "Styrgruppen beslutar att arbetsgruppen får mandat att …" in the running text: the deciding body gives it
            s, giver = s[decided.end():], by
        m = _MANDAT_RE.match(s)
        who = _subject_assignees(m.group("who") or m.group("who2"), True, self.ctx) if m else None
        if not who:
            return False
        if m.group("giver"):
            giver = self._body_ref(m.group("giver"))
            if not giver:
                return False  # "Avtalet ger regionen mandat att …": no body gives it
        item = self.ctx.item.number if self.ctx.item else None
        self.assignment(who, m.group("task"), origin="decision" if origin == "decision" else "narrative", pos=pos,
                        given_by=giver)
        for w in who:
            if self._is_body(w):
                self.mandate(giver, w, "delegates", item, pos)
        return True

    def _becomes_responsible(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"X blir ansvarig/värd/ägare/uppdragsgivare": the deciding body delegates to X
        ("X blir anställningsmyndighet" is no mandate)."""
        m = re.match(r"^(?P<who>.+?)\s+blir\s+(?P<role>ansvarig|värd|värdkommun|ägare|uppdragsgivare)\b", s)
        who = _subject_assignees(m.group("who"), True, self.ctx) if m else None
        if not who:
            return False
        for w in who:
            self.mandate(giver, w, "delegates", self.ctx.item.number if self.ctx.item else None, pos)
        return True

    def _has_uppdrag(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"LSVO har detta som en del i sitt uppdrag": the clause before is the task."""
        m = _HAR_UPPDRAG_RE.match(s)
        who = _subject_assignees(m.group("who"), True, self.ctx) if m else None
        if not who:
            return False
        prev = getattr(self, "_prev_clause", "")
        task = f"ha {prev} som en del i sitt uppdrag" if prev else s
        self.assignment(who, task, origin="decision", pos=pos, given_by=giver)
        return True

    def _own_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"utse en arbetsgrupp …", "inrätta …": a task the deciding body gives itself."""
        m = _SELF_RE.match(s)
        # "utse Anna Ek till …", "utse KW till …" (initials the roster gives): a person appointed, no task of its own
        if not m or split_name_list(m.group("obj")) == [] or all(
                is_person_name(p) or p in self.ctx.initials
                for p in split_name_list(re.split(r"\s+(?:att|till|som)\s+", m.group("obj"))[0])):
            return False
        if self._STAFFED_LISTED.search(s):
            return False  # "tillsätta en skrivgrupp: A, B och C": set up at the meeting, its members named
        if giver:
            self.assignment([giver], s, origin="decision", pos=pos, given_by=giver)
        return True

    _WORKS_FOR_TASK_RE = re.compile(
        r"(?:^|\batt\s+)(?P<who>[A-ZÅÄÖ](?:(?!\batt\s)[^,.;]){2,80}?)(?:,\s+som\s+arbetar\s+på\s+uppdrag\s+(?:av|från)\s+(?P<giver>[^,.;]+?),"
        r"\s+(?P<v>[a-zåäö]{3,}(?:ar|er))\s+(?P<rest>[^.;]+?)"
        r"|\s+arbetar\s+(?:nu\s+)?med\s+(?P<obj>(?:en|ett|den|det|de)\s+[^.;]+?)\s+på\s+uppdrag\s+(?:av|från)\s+(?P<giver2>[^.;]+?))\.?$")

    def _works_for_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Arbetsgrupp SIP, som arbetar på uppdrag av Styrgrupp Nära vård, reviderar rutinen", "Arbetsgrupp
        X arbetar med en checklista på uppdrag av styrgruppen": the body's work is a task the body it works
        for gave it, whoever tells of it."""
        m = self._WORKS_FOR_TASK_RE.search(s)
        if not m:
            return False
        who = _subject_assignees(m.group("who"), False, self.ctx)
        if not who or len(who) != 1 or not self._is_body(who[0]) or who[0] == self._meeting_body():
            return False
        raw_by = m.group("giver") or m.group("giver2")
        by = self._body_ref(raw_by)
        said = " ".join(f"{it.title or ''} {it.body or ''}" for it in self.p.items)
        if by and by.casefold() not in _flatten(said).casefold() and (gs := find_groups(raw_by)) and gs[0].generic_head:
            by = None  # "styrgruppen" the minutes name no one body of: not a body named after the item's topic
        task = f"{m.group('v')} {m.group('rest')}" if m.group("v") else f"arbeta med {m.group('obj')}"
        self.assignment(who, task, origin="narrative", pos=pos, given_by=by)
        if by:
            self.mandate(by, who[0], "delegates", self.ctx.item.number if self.ctx.item else None, pos)
        return True

    _OWN_WORK_RE = re.compile(r"^(?:ta\s+fram|följa\s+upp|arbeta\s+fram|revidera|sammanställa|utreda|kartlägga|"
                              r"utarbeta|genomföra)\s+\S")

    def _own_work(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """A decided clause that starts with the work itself ("följa upp bokningstiden …"): a task the
        deciding body gives itself."""
        if not giver or not self._OWN_WORK_RE.match(s):
            return False
        self.assignment([giver], s, origin="decision", pos=pos, given_by=giver)
        return True

    def _creation(self, c: str, giver: str | None, pos: int | None, decision: bool) -> bool:
        if not _CREATE_HINT.search(c):
            return False
        m = re.search(
            rf"\b(?:(?:skapa|inrätta|tillsätta|bilda|etablera)(?P<perf>t|de)?|tillsat(?P<perf2>te|t))\s+(?:en|ett)\s+"
            rf"{_FOR_A_TIME}(?P<g>{_ADJ}{_NEW_HEAD}\b.*)$", c)
        # "Samverkansgruppen tillsätter en arbetsgrupp som …": the body that met, in the present tense
        pm = None if m else re.match(
            rf"^(?P<s>[A-ZÅÄÖ][\wåäö]*|(?:[Kk]ommunerna|[Rr]egionen)\s+och\s+(?:kommunerna|regionen)|[Hh]uvudmännen)\s+"
            rf"(?:gemensamt\s+)?(?:skapar|inrättar|tillsätter|bildar|etablerar)\s+(?:en|ett)\s+{_FOR_A_TIME}"
            rf"(?P<g>{_ADJ}{_NEW_HEAD}\b.*)$", c)
        if not m and not pm and decision:
            # "RPO inrättar en arbetsgrupp …" with the body that met, its subject, read off already
            pm = re.match(rf"^(?P<s>)(?:gemensamt\s+)?(?:skapar|inrättar|tillsätter|bildar|etablerar)\s+(?:en|ett)\s+"
                          rf"{_FOR_A_TIME}(?P<g>{_ADJ}{_NEW_HEAD}\b.*)$", c)
            if pm:
                m, pm = pm, None
        if pm and (_own_body(pm.group("s"), self._meeting_body())
                   or " " in pm.group("s") or pm.group("s").casefold() == "huvudmännen"
                   # "Beslut: RPO inrättar en arbetsgrupp …": the letters of the body whose decision it is
                   or (decision and re.fullmatch(r"[A-ZÅÄÖ]{2,6}", pm.group("s"))
                       and self._body_ref(pm.group("s")) in (None, pm.group("s"), self._meeting_body()))):
            # "Kommunerna och regionen tillsätter en gemensam arbetsgrupp" decided by the body that met: its own
            m = pm
        elif not m:
            return self._creation_named(c, giver, pos, decision)
        perfect = m.groupdict().get("perf") or m.groupdict().get("perf2")  # "har inrättat", "har tillsatt"
        if not perfect and "i uppdrag att" in c[:m.start()] and re.search(
                r"\bi\s+uppdrag\s+att\s+$", c[:m.start()]):
            # "RLG har gett Samverkansgrupp X i uppdrag att inrätta en arbetsgrupp …": a group the one
            # given the task is to set up, not one the body that met sets up
            return False
        told = None
        if perfect:  # "PSO har också inrättat en arbetsgrupp …": only with a body as its subject
            # (told as what someone reported: "Eva Ek redogör för att ledningsgruppen har tillsatt en arbetsgrupp …")
            tm = re.match(r"^(?:[A-ZÅÄÖ][^.;,]{1,60}?\s+(?:redogör\s+för|redogjorde\s+för|informerar\s+om|informerade\s+om|"
                          r"berättar|berättade|meddelar|meddelade)\s+att\s+)?"
                          r"(?P<s>[A-ZÅÄÖa-zåäö][^.;,]{1,80}?)\s+(?:har\s+)?(?:också\s+|även\s+|nu\s+)?(?:skapat|inrättat|tillsatt|bildat|etablerat|skapade|inrättade|tillsatte|bildade|etablerade)\s", c)
            told = tm and (self._body_ref(tm.group("s")) or (tm.group("s") if re.fullmatch(r"[A-ZÅÄÖ]{3,6}", tm.group("s")) else None))
            # (after another thing it has done: "LVO har sedan förra sammanträdet behandlat X och tillsatt en arbetsgrupp")
            tm = None if told else re.match(r"^(?P<s>[A-ZÅÄÖ][^.;,]{1,60}?)\s+har\s+[^.;]{3,160}?\s+och\s+(?:skapat|inrättat|"
                                            r"tillsatt|bildat|etablerat)\s+(?:en|ett)\s", c)
            told = told or tm and (self._body_ref(tm.group("s"))
                                   or (tm.group("s") if re.fullmatch(r"[A-ZÅÄÖ]{3,6}", tm.group("s")) else None))
            if not told:
                return False
        item = self.ctx.item.number if self.ctx.item else None
        rest = m.group("g")
        hm = _NEW_HEAD_RE.match(rest)
        if not hm:
            return False
        head = hm.group("head").capitalize()
        tail, _ = _head_tail(rest, hm.end())
        parent = None
        pm = re.search(r"\b(?:under|inom)\s+(?P<b>[A-ZÅÄÖ]{3,5}|[Ss]amverkansgrupp\w*(?:\s+att\s+\w+(?:\s+upp)?)?)\b", rest)
        if pm:
            parent = pm.group("b")
        else:  # "som under Styrgrupp Nära vård leder …"
            um = re.search(r"\b(?:under|inom)\s+", rest)
            gs = find_groups(rest[um.end():]) if um else []
            if gs and gs[0].start == 0 and not gs[0].generic_head:
                parent = gs[0].name
        name = None
        if tail and tail.startswith("för"):
            name = f"{head} {_INOM_TAIL.sub('', tail)}"
        elif tail:
            name = f"{head} {tail}"
        else:
            um = re.search(r"\bmed\s+(?:uppdrag|uppgift)\s+att\s+(?:ta\s+fram|utreda|utarbeta|arbeta\s+fram|se\s+över)?\s*(?:en\s+|ett\s+)?(?P<obj>[^.,;]+)", rest)
            if um:
                name = f"{head} för {um.group('obj').strip()}"
            else:
                named = self.ctx.named.get(head.casefold())
                if named and named.casefold() in {(x or "").casefold() for x in (parent, giver, self.p.body)}:
                    named = None  # the body creating it, or the one it sits under, is not the new one
                name = named or self.ctx.named_after_topic(head.casefold())
        if not name:
            return False
        if not decision and _INTENT_BEFORE.search(c[:m.start()]):
            self.group(name, item, parent=parent)  # "RLG avser att inrätta en styrgrupp …": a plan, no mandate yet
            self.ctx.named[head.casefold()] = name
            return True
        creator = told or giver or self.ctx.reporting_body or self.p.body
        sm = re.match(r"^(?P<s>[A-ZÅÄÖ]{3,5})\s+(?:har\s+)?(?:tog|tagit|fattade|beslutade|beslutat)", c)
        if sm:
            creator = sm.group("s")
        self.group(name, item, parent=parent or creator, created=True)
        self.ctx.named[head.casefold()] = name
        self.mandate(creator, name, "delegates", item, pos)
        # "… som rapporterar till styrgruppen", "… som tar fram ett utkast och rapporterar till styrgruppen"
        rm = re.search(r"\bsom\s+(?:[^.;]{0,60}?\s+(?:och|samt)\s+)?(?:ska\s+|skall\s+)?(?:åter)?rapportera[r]?\s+till\s+"
                       r"(?P<to>[^.;,]+?)(?:\s+(?:och|samt)\b.*)?$", rest)
        to = self._body_ref(rm.group("to")) if rm else None
        if to:  # "inrätta en arbetsgrupp … som rapporterar till styrgruppen"
            self.mandate(name, to, "reports_to", item, pos)
        wm = decision and _NEW_BODY_DOES.search(rest)
        if wm:  # "skapa en styrgrupp som under RLG leder utvecklingen av …": what it is set up to do is its task
            self.assignment([name], f"{_present_to_infinitive(wm.group('v'))} {wm.group('task').strip()}", origin="decision",
                            pos=pos, given_by=creator)
        elif decision and self.ctx.item and not re.search(r"\bmed\s+(?:uppdrag|uppgift)", rest):
            work = _work_of_title(self.ctx.item.title)
            if work:  # "Revidering av rutinen …" / "tillsätta en arbetsgrupp för revideringen": the item's work
                self.assignment([name], work, origin="decision", pos=pos, given_by=creator)
        if decision and creator and re.match(r"^(?:\S+\s+){0,6}?(?:inrätta|tillsätta)\b", c) and not self._staffed(c):
            # a body to set up is a task of its creator; one staffed at the meeting is set up already
            self.assignment([creator], c, origin="decision", pos=pos, given_by=creator)
        return True

    _STAFFED = re.compile(r"\b(?:sammankallande|består\s+av|leder\s+(?:arbets|styr|projekt)?gruppen|"
                          r"(?:en|två)\s+(?:representant|företrädare|ledamot)\s+(?:per|för\s+varje|från\s+varje)|"
                          r"med\s+(?:en\s+)?(?:företrädare|representant(?:er)?)\s+(?:för|från)\s+varje)", re.I)

    def _staffed(self, clause: str) -> bool:
        """The item names who sits in or leads the body its decision creates ("med Pernilla som
        sammankallande", "Arbetsgruppen består av …", "en representant per huvudman")."""
        item = self.ctx.item
        decided = " ".join(d.text for d in self.p.decisions if item and d.item == item.number)
        return bool(self._STAFFED.search(f"{clause} {item.body if item else ''} {decided}")
                    or self._STAFFED_LISTED.search(clause))

    # "tillsätta en skrivgrupp: Eva Ek, …", "tillsätta en arbetsgrupp med Eva Ek, …": its members listed with it
    _STAFFED_LISTED = re.compile(r"\b(?:tillsätta|inrätta|bilda)\s+[^.;:]{3,80}?(?::|\s+med)\s+[A-ZÅÄÖ][a-zåäö-]+\s+[A-ZÅÄÖ][a-zåäö]")

    def _creation_named(self, c: str, giver: str | None, pos: int | None, decision: bool = False) -> bool:
        """"inrätta Styrgrupp psykisk hälsa", "RLG har inrättat Styrgrupp …": a body created by
        its proper name; the deciding body (or the subject that did it) delegates to it."""
        m = re.search(r"\b(?:skapa|inrätta|tillsätta|bilda|etablera)(?:t|de|t)?\s+(?=[A-ZÅÄÖ])", c)
        if not m:
            return decision and self._created_in_passive(c, giver, pos)
        gs = [g for g in find_groups(c[m.end():]) if g.start == 0 and not g.generic_head]
        if not gs:
            return False
        name = gs[0].name
        creator = giver or self.ctx.reporting_body or self.p.body
        # (told by someone: "Anna rapporterar från LSVO, bland annat att LSVO har inrättat Styrgrupp X")
        sm = re.match(r"^(?:[^.;]{0,120}?\batt\s+)?(?P<s>[A-ZÅÄÖ][^.;,]{1,80}?)\s+har\s+(?:nu\s+|redan\s+|också\s+|även\s+)?"
                      r"(?:skapat|inrättat|tillsatt|bildat|etablerat)\b", c)
        # its decision told with its day: "LVO beslutade 2027-09-09 att inrätta Projektgruppen för X"
        sm = sm or re.match(r"^(?P<s>[A-ZÅÄÖ][^.;,]{1,60}?)\s+(?:har\s+)?(?:beslutade|beslutat|beslöt)\s+"
                            r"(?:den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?,?\s+|\d{4}-\d{2}-\d{2},?\s+|i\s+[a-zåäö]+\s+)?"
                            r"att\s+(?:skapa|inrätta|tillsätta|bilda|etablera)\s+(?=[A-ZÅÄÖ])", c)
        # told in the past, with its day: "Margareta informerar om att RLG den 16 maj inrättade Styrgrupp …"
        sm = sm or re.match(r"^(?:[^.;]{0,80}?\bom\s+att\s+)?(?P<s>[A-ZÅÄÖ][^.;,]{1,60}?)\s+(?:den\s+\d{1,2}\s+[a-zåäö]+\s+|"
                            r"i\s+[a-zåäö]+\s+)?(?:skapade|inrättade|tillsatte|bildade|etablerade)\s+(?=[A-ZÅÄÖ])", c)
        if sm:
            creator = self._body_ref(sm.group("s")) or (sm.group("s") if re.fullmatch(r"[A-ZÅÄÖ]{3,6}", sm.group("s")) else None)
        elif not re.match(r"^(?:att\s+)?(?:\S+\s+){0,4}?(?:skapa|inrätta|tillsätta|bilda|etablera)\s", c):
            return False  # someone else's creation told in passing, without its subject
        if not creator or creator.casefold() == name.casefold():
            return False
        item = self.ctx.item.number if self.ctx.item else None
        self.group(name, item, parent=creator, created=True)
        self.mandate(creator, name, "delegates", item, pos)
        if " uppdrag att " in c and (tm := re.search(r"\bmed\s+(?:uppdrag|uppgift(?:en)?)\s+att\s+(?P<task>[^.;]+)$", c[m.end():])) \
                and _DELIVERED_BY.search(tm.group("task")):
            # "att tillsätta Arbetsgrupp X med uppdrag att ta fram ett utkast till mötet den 7 maj": the new body's task,
            # a piece of work to deliver (its standing remit, "… att samordna arbetet", is what it is for)
            self.assignment([name], tm.group("task").rstrip(" ,"), origin="decision" if decision else "narrative", pos=pos,
                            given_by=creator)
        return True

    def _created_in_passive(self, c: str, giver: str | None, pos: int | None) -> bool:
        """A decision "Arbetsgrupp X inrättas med uppdrag att …": the deciding body creates the named
        body and gives it the task."""
        m = re.match(r"^(?:att\s+)?(?:(?:en|ett)\s+(?=[a-zåäö]))?(?P<g>[A-ZÅÄÖa-zåäö][^.;]{2,80}?)\s+"
                     r"(?:inrättas|tillsätts|bildas|skapas|etableras)\b"
                     # "en arbetsgrupp för X bildas under samverkansgruppen": the body it is set up under
                     r"(?:\s+(?:under|inom)\s+(?P<under>[^.;,]+?)(?=,|\s+med\b|\s+och\b|$))?"
                     r"(?:,?\s+med\s+(?:uppdrag|uppgift(?:en)?)\s+att\s+(?P<task>[^.;]+))?", c)
        if m and m.group("g")[:1].islower() and not re.match(r"^(?:att\s+)?(?:en|ett)\s", c):
            m = None  # a lower-case name only after "en": "en arbetsgrupp för X bildas"
        gs = [g for g in find_groups(m.group("g")) if g.start == 0 and not g.generic_head] if m else []
        creator = (self._body_ref(m.group("under")) if m and m.group("under") else None) \
            or giver or self.ctx.reporting_body or self.p.body
        if not gs or not creator or gs[0].name.casefold() == creator.casefold():
            return False
        name = gs[0].name
        item = self.ctx.item.number if self.ctx.item else None
        self.group(name, item, parent=creator, created=True)
        self.mandate(creator, name, "delegates", item, pos)
        if m.group("task"):
            self.assignment([name], m.group("task"), origin="decision", pos=pos, given_by=creator)
        # "En arbetsgrupp för X tillsätts med A (sammankallande), B och C": its members named after it, read by the
        # membership rules of the registry after this one
        return not _MEMBERS_AFTER_VERB.match(c, m.end())

    def _formed_of_members(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                           giver: str | None = None) -> bool:
        """"En arbetsgrupp bildas bestående av A, B och C med uppdrag att …": a body set up with its
        members named and its task given, often with no name of its own; it is named by its kind and
        what it is to work on. Its members join it, the task is theirs and the body's, the body that
        set it up delegates to it (and hears back from it where the task says so)."""
        m = _FORMED_OF.match(c.strip())
        if not m or not (m.group("lead") or m.group("lead2") or m.group("v1") or m.group("v2") or m.group("v3")):
            return False
        if m.group("v3") and re.search(r"\((?:sammankallande|ordförande|samordnare|projektledare)\)", m.group("who")):
            return False  # "… bildas med A (sammankallande), B och C": its lead in brackets, read with them (see the registry)
        # "A (S), sammankallande, B och C": who leads it, the role after the name and a comma
        led = _LEAD_AFTER_COMMA.search(m.group("who"))
        if m.group("colon") and m.group("lead") and not led:
            return False  # "tillsätta en skrivgrupp: A, B och C": a plain list, read as the registry's other rules read it
        raw_who = _LEAD_AFTER_COMMA.sub(lambda x: x.group("n"), m.group("who"))
        raw_who = _SEAT_TO_FILL.sub("", re.sub(r"\s*\([^()]{1,40}\)", "", raw_who))
        people = self._people(raw_who, text_names=True)
        if not people or not all(is_person_name(p) for p in people):
            return False
        head = m.group("head")
        adj = (m.group("adj") or "").strip()
        kind = f"{adj} {head}" if adj and adj.casefold() not in ("ny", "nya") else head
        kind = kind[:1].upper() + kind[1:]
        task = (m.group("task") or "").strip(" ,.")
        if m.group("tail"):
            # ("en planeringsgrupp för närvårdsdagen i oktober": when the day falls is no part of its name)
            name = f"{kind} {_WORK_WHEN_TAIL.sub('', m.group('tail')).strip()}"
        else:
            obj = _work_named(task)
            if obj:
                name = f"{kind} för {obj}"
            elif (m.group("v3") or m.group("lead2") or m.group("lead")) and not task:
                # "En skrivgrupp tillsätts: A, B och C.": no name, no task told with it; the text goes on with "Skrivgruppen"
                end = next(v for k, v in _DEFINITE_END.items() if head.casefold().endswith(k))
                name = kind + end
            else:
                return False
        item = self.ctx.item.number if self.ctx.item else None
        creator = giver or self.ctx.reporting_body or self.p.body
        if not creator:
            return False
        self.group(name, item, parent=creator, created=True)
        self.ctx.named[head.casefold()] = name
        self.mandate(creator, name, "delegates", item, pos)
        lead = self._people(led.group("n"), text_names=True) if led else None
        for p in people:
            role = led.group("r") if lead and p == lead[0] else None
            self.membership(p, name, item, role=role, change="join")
            if role:
                self.assignment([p], f"vara {role} i {name[:1].lower()}{name[1:]}", origin="decision", pos=pos,
                                given_by=creator)
        if not task and origin == "decision":
            # "Beslut: … En skrivgrupp bildas med A, B och C.": set up by a decision with no task told, its members' duty
            # is to be it, for the uppdrag the body took on in the item where one was read
            held = next((a.task for a in reversed(self.out.assignments) if a.item == item and a.assignees == [creator]), "")
            self.assignment(people, f"utgöra {kind.lower()}" + (f" för att {held}" if held else ""), origin=origin,
                            pos=pos, given_by=creator)
        if task:
            self.assignment([*people, name], task, origin=origin, pos=pos, given_by=creator)
            rm = re.search(r"\b(?:åter)?rapportera[r]?\s+(?:till|för)\s+(?P<to>[^.;,]+?)(?:\s+(?:i|den|senast|före|under|vid)\s+.*)?$",
                           task)
            to = self._body_ref(rm.group("to")) if rm else None
            if to:  # "… med uppdrag att följa införandet och återrapportera till utskottet"
                self.mandate(name, to, "reports_to", item, pos)
        return True

    # ------------------------------------------------------------- memberships
    def _ms_composition(self, c: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"X, Y och Z utgör styrgrupp …": the members of a body, named by its composition."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = "utgör" in c and re.match(r"^(?P<who>.+?)\s+utgör\s+(?:en\s+|den\s+)?(?P<g>.+?)\s*$", c)
        if m:
            people = split_name_list(m.group("who"))
            if people and is_name_list(people):
                g = self._group_phrase(m.group("g"))
                phrase = m.group("g").strip(" .,")
                gs = find_groups(phrase)
                tail = phrase[gs[0].end:] if gs and g == gs[0].name else ""
                if tail and len(tail.split()) <= 4 and not re.search(r"[,;:]|\b(?:att|som|och|samt|från)\b", tail):
                    g = phrase[gs[0].start:]  # "utgör styrgrupp Digitala möten med kvalitet": the rest is the name
                if g:
                    self._name_created(g, item)
                    self.group(g, item)
                    for p in people:
                        self.membership(p, g, item, role="ledamot", change="join")
                    if origin == "decision":  # a body's composition decided is a duty given its members
                        self.assignment(people, f"utgöra {phrase}", origin=origin, pos=pos,
                                        given_by=giver or self._current_giver(pos))
                    return True
        return False

    _ROSTER_INTRO = re.compile(
        r"(?:^|[.:]\s+)[Ff]öljande\s+(?P<who>representanter|ledamöter|ersättare|personer|deltagare|medlemmar|företrädare)\s+"
        r"(?:har\s+|ska\s+|kommer\s+att\s+)?(?:anmälts|anmäls|utsetts|utses|valts|väljs|ingå|ingår|delta|deltar|nominerats)"
        r"(?:\s+(?:i|till)\s+(?P<g>[^:.;]+?))?\s*:?\s*$")
    _ROSTER_LINE = re.compile(r"^(?P<hm>[A-ZÅÄÖ][^:;.]{1,50}?):\s+(?P<names>\S.*)$")

    def _ms_roster_intro(self, c: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"Följande representanter har anmälts:" before a list of "Huvudman: Namn, titel, och Namn"
        lines: the members of the body the item sets up (or the one the sentence names)."""
        m = self._ROSTER_INTRO.search(c)
        if not m:
            return False
        grp = self._group_phrase(m.group("g")) if m.group("g") else None
        if not grp:
            named = {v for v in self.ctx.named.values() if v.casefold() != (self._meeting_body() or "").casefold()}
            grp = named.pop() if len(named) == 1 else self.ctx.working_group
        if not grp:
            return False
        self._roster_group = (grp, "representant" if m.group("who").startswith(("repr", "före")) else "ledamot")
        return True

    def _ms_roster_line(self, c: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """One line of a list a roster intro opened: every name in it joins, for the huvudman it is labelled with."""
        if not self._roster_group:
            return False
        m = self._ROSTER_LINE.match(c)
        if not m:
            self._roster_group = None
            return False
        grp, role = self._roster_group
        names = re.sub(r"\([^()]*\)", "", m.group("names"))
        parts = [x.strip() for x in re.split(r",\s*(?:och\s+|samt\s+)?|\s+(?:och|samt)\s+", names) if x.strip()]
        people = [p[0] for p in (self._people(x) for x in parts if x[:1].isupper()) if p and len(p) == 1]
        if not people and any(x[:1].isupper() for x in parts):
            return False  # a line of another kind: "Region Norrby: Karin Ek redovisar läget"
        item = self.ctx.item.number if self.ctx.item else None
        hm = m.group("hm").strip()
        on_behalf = hm if re.search(r"(?i)\b(?:kommun|region|regionen|landsting\w*)\b", hm) else None
        for p in people:
            self.membership(p, grp, item, role=role, change="join", on_behalf_of=on_behalf)
        return bool(people)

    _GRANTEE_SHALL_RE = re.compile(r"^(?:att\s+)?[Ff]öreningen\s+(?:(?P<due>senast\s+[^,;]{3,40}?)\s+)?(?:ska|skall)\s+"
                                   r"(?P<task>[a-zåäö][^;]{3,200}?)\.?$")
    _GRANTED_RE = re.compile(r"\b(?:bevilja|beviljar|beviljade)\s+(?P<g>[A-ZÅÄÖ][^,;.]{2,60}?)\s+(?:ett\s+)?"
                             r"(?:verksamhets|förenings|aktivitets)?bidrag\b|(?:^|\n)(?:\d+\.\s+)?(?P<g2>[A-ZÅÄÖ][^,;.\n]{2,60}?)\s+"
                             r"beviljas\s+(?:ett\s+)?(?:verksamhets|förenings|aktivitets)?bidrag\b")

    def _grantee_shall(self, c: str, *, origin: str = "decision", pos: int | None = None,
                       giver: str | None = None) -> bool:
        """"Föreningen ska redovisa …" under a decision granting a named association its bidrag: that one's task."""
        m = self._GRANTEE_SHALL_RE.match(c)
        item = self.ctx.item if m else None
        # the grant is among the point's decisions, which its running text no longer holds
        told = "\n".join([item.body or "", *(d.text for d in self.p.decisions if d.item == item.number)]) if item else ""
        g = self._GRANTED_RE.search(told)
        if not g:
            return False
        who = (g.group("g") or g.group("g2")).strip()
        if not re.match(r"[A-ZÅÄÖ][\wåäö-]*förening(?:en)?\b", who):
            return False  # "Föreningen" stands for a grantee named as one ("Brottsofferjouren X" reads as a person's name)
        task = m.group("task") + (f" {m.group('due')}" if m.group("due") else "")
        self.assignment([who], task, origin=origin, pos=pos, given_by=giver or self._meeting_body(),
                        report_to=self._meeting_body(), delegated=False)
        return True

    _DECIDED_BODY_SHALL_RE = re.compile(
        # ("att fritidsförvaltningen ska anlägga …": the nämnd's förvaltning in lower case after "att")
        r"^(?:att\s+)?(?P<who>[A-ZÅÄÖ][^,;.]{1,80}?|[a-zåäö-]*förvaltningen)(?:\s+(?:i\s+arbetet|därefter|också|även|sedan|vidare))?\s+"
        r"(?:ska|skall)\s+(?P<task>[a-zåäö]+a\b[^;]{3,200}?)\.?$")

    # "Det samordnande ansvaret för översynen anförtros trafikstrateg Eva Ek", "Uppdraget att sammankalla gruppen
    # anförtros Per Ek": a duty entrusted, the one it is entrusted to after the verb
    _ENTRUSTED_RE = re.compile(
        r"^(?:att\s+)?(?P<what>(?:[Dd]et|[Dd]en|[Uu]ppdraget|[Aa]nsvaret)\b[^.;]{3,140}?)\s+(?:anförtros|anförtroddes)\s+"
        r"(?P<who>[^.;]{2,80}?)\.?$")

    def _entrusted(self, c: str, *, origin: str = "decision", pos: int | None = None, giver: str | None = None) -> bool:
        """"Det samordnande ansvaret för översynen anförtros X": X's task is to hold the duty ("ha det samordnande
        ansvaret …"; "Uppdraget att sammankalla …": to do what the uppdrag says)."""
        m = self._ENTRUSTED_RE.match(c.strip())
        who = m and _subject_assignees(_TITLE_FIRST.sub("", m.group("who")), origin == "decision", self.ctx)
        if not m or not who:
            return False
        what = m.group("what")
        task = (what.split(" att ", 1)[1] if re.match(r"(?i)uppdraget\s+att\s", what)
                else "ha " + what[:1].lower() + what[1:])
        self.assignment(who, task, origin=origin, pos=pos, given_by=giver or self._meeting_body())
        return True

    def _decided_body_shall(self, c: str, *, origin: str = "decision", pos: int | None = None,
                            giver: str | None = None) -> bool:
        """"att LVO i arbetet ska inhämta synpunkter …", decided: the body the clause names is given the task
        (not the body that met, nor a person or a thing)."""
        m = self._DECIDED_BODY_SHALL_RE.match(c.strip())
        if not m or is_person_name(m.group("who")):
            return False
        who = self._group_phrase(m.group("who")) or self._body_ref(m.group("who"))
        if not who or not self._is_body(who) or who == self._meeting_body():
            if re.fullmatch(r"[a-zåäöA-ZÅÄÖ-]*förvaltningen", m.group("who").strip()) and (
                    unit := _subject_assignees(m.group("who"), True, self.ctx)):
                # "att fritidsförvaltningen ska anlägga ett utegym …": the nämnd's förvaltning, a unit, given the task
                self.assignment(unit, m.group("task").strip(" ."), origin=origin, pos=pos,
                                given_by=giver or self._meeting_body())
                return True
            return False
        self.assignment([who], m.group("task").strip(" ."), origin=origin, pos=pos,
                        given_by=giver or self._meeting_body())
        return True

    _BRACKETED_DOER_RE = re.compile(
        r"^(?P<main>[A-ZÅÄÖ→\-–][^()]{10,}?)\s*\((?P<who>[A-ZÅÄÖ]{2,3}|[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö-]+)?)\s+"
        r"(?P<v>påminner|bevakar|kallar|sammanställer|följer\s+upp|samordnar)\)\s*\.?$")

    def _bracketed_doer(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                        giver: str | None = None) -> bool:
        """"Kommunerna kontrollerar att … stämmer (CW påminner)": the one in brackets sees to the task the
        sentence gives, by the verb in brackets."""
        m = self._BRACKETED_DOER_RE.match(s.strip())
        if not m:
            return False
        who = self._people(m.group("who"))
        if not who or len(who) != 1:
            return False
        verb, _, part = m.group("v").partition(" ")
        main = m.group("main").lstrip("→-– ").rstrip(" .")
        task = f"{_present_to_infinitive(verb)}{' ' + part if part else ''} om: {main[:1].lower()}{main[1:]}"
        self.assignment(who, task, origin=origin, pos=pos, given_by=giver or self._meeting_body())
        return True

    def _composition_table(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                           giver: str | None = None) -> bool:
        """"… bilda Arbetsgrupp X med följande sammansättning:" over a table of the members ("Namn | Organisation |
        Roll"): each row's person joins the body set up, in the role its Roll or Funktion cell names; the one
        who convenes or chairs it is appointed to that."""
        m = _SET_UP_BEFORE_TABLE.search(c)
        body_text = self.ctx.item.body if self.ctx.item else ""
        if not m or not body_text:
            return False
        grp = self._group_phrase(m.group("group"))
        at = body_text.find(m.group(0).strip()[-40:])
        rows = _composition_rows(body_text[at:].split("\n")[1:]) if at >= 0 else []
        if not grp or not rows:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        self.group(grp, item)
        given_by = self._current_giver(pos) or giver or self._meeting_body()
        for name, role in rows:
            people = self._people(name)
            if not people:
                continue
            self.membership(people[0], grp, item, role=role or "ledamot", change="join")
            if role in _LEAD_ROLES:
                self.assignment([people[0]], f"vara {role} i {grp}", origin=origin, pos=pos, given_by=given_by)
        return True

    def _task_block(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                    giver: str | None = None) -> bool:
        """"Uppdrag: Ta fram … / Ansvarig: Eva Ek / Återrapport: Styrgruppen 2026-04-15": each block of the point
        whose task the sentence holds is a task of those its Ansvarig line names (a body with the one who leads
        the work in brackets too), due when the Återrapport line says."""
        body = self.ctx.item.body if self.ctx.item else ""
        if not body or "nsvar" not in body:
            return False
        flat = " ".join(c.split())
        done = False
        for m in _TASK_BLOCK.finditer(body):
            task = " ".join(m.group("task").split()).rstrip(" .")
            if task[:25] not in flat:
                continue
            raw = " ".join(m.group("who").split()).rstrip(" .")
            led = re.findall(r"\(([^()]{3,60})\)", raw)  # "Projektgruppen X (Maria Holm)": who leads it
            who, _ = self._noted_who(re.sub(r"\s*\([^()]*\)", "", raw))
            for x in led:
                who.extend(self._people(x) or [])
            if not who:
                continue
            report = " ".join((m.group("report") or "").split())
            if m.group("due"):  # "Klart senast: 2027-03-02": when the task is due
                report = f"senast {m.group('due').strip()} {report}".strip()
            doer = _BODY_DOES.match(task)
            group = self._group_phrase(doer.group("g")) if doer else None
            if group and self._is_body(group):
                # "UPPDRAG: Samverkansgrupp X följer upp … och återrapporterar till LSVO. Ansvarig: Eva Ek": the body
                # named carries it out on the uppdrag of the one that met, Ansvarig the one who answers for it there
                task = " och ".join(_present_to_infinitive(v.strip()) for v in re.split(r"\s+och\s+(?=[a-zåäö]+r\b)", doer.group("rest")))
                who = [group] + [w for w in who if w != group]
                own = self._meeting_body()
                item = self.ctx.item.number if self.ctx.item else None
                if own and group.casefold() != own.casefold():
                    self.group(group, item)
                    self.mandate(own, group, "delegates", item, pos)
                    to = _REPORTS_TO_BODY.search(doer.group("rest"))
                    back = self._body_ref(to.group("to")) if to else None
                    if back:
                        self.mandate(group, back, "reports_to", item, pos)
            self.assignment(who, task[:1].lower() + task[1:], origin=origin, pos=pos,
                            given_by=giver or self._meeting_body(), context=report)
            done = True
        return done

    def _adopted_mission(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                         giver: str | None = None) -> bool:
        """"… fastställer uppdragsbeskrivningen för Arbetsgrupp X enligt följande." / "Uppdrag: Ta fram …" /
        "Sammankallande: Eva Ek" / "Rapportering: Arbetsgruppen rapporterar till samverkansgruppen …": the
        document the point adopted, whose mission is the group's task, whose convener is appointed to it and
        whose reporting line is the group's to the body named."""
        m = _MISSION_FIELD.match(c)
        item = self.ctx.item
        # the adopting sentence, in the running text or read as the point's decision
        told = "\n".join([item.body or "", *(d.text for d in self.p.decisions if d.item == item.number)]) if m and item else ""
        adopted = _MISSION_ADOPTED.search(told) if "uppdragsbeskrivning" in told else None
        if not adopted:
            return False
        found = [g for g in find_groups(" ".join(adopted.group("rest").split())) if not g.generic_head]
        if not found:
            return False
        group, own = found[0].name, self._meeting_body()
        value = m.group("value").strip().rstrip(".")
        label = m.group("label").casefold()
        self.group(group, self.ctx.item.number)
        if label == "uppdrag":
            return self.assignment([group], value[:1].lower() + value[1:], origin="decision", pos=pos,
                                   given_by=giver or own, report_to=own) is not None
        if label == "sammankallande":
            people = self._people(value)
            if not people:
                return False
            self.assignment(people, f"vara sammankallande i {group}", origin="decision", pos=pos, given_by=giver or own)
            for person in people:
                self.membership(person, group, self.ctx.item.number, role="sammankallande", change="join")
            return True
        to = _REPORTS_TO_BODY.search(value)
        if not to:
            return False
        target = next(iter(find_groups(" ".join(to.group("to").split()))), None)
        name = self.ctx.resolve_generic(target) if target is not None and target.generic_head else (target and target.name)
        if not name:
            return False
        self.mandate(group, name, "reports_to", self.ctx.item.number, pos)
        return True

    def _action_point(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                      giver: str | None = None) -> bool:
        """"AP 2.1 – Ansvar: Eva Ek – ta fram textförslag – Klart: 20/3": a numbered action point, its doer,
        task and due date in dash-parted fields (in either order); "Ansvar: alla kommuner" is each kommun."""
        done = False
        # (the point's number may come stripped as a list's: "Boka lokal – Ansvar: Per Ek – Klart: v. 12")
        runs = [m.group("fields") for m in _ACTION_POINT_RE.finditer(c)] or (
            [c] if _ACTION_POINT_RE.search(c) is None and re.search(r"\s[–-]\s+Ansv", c) else [])
        for run in runs:
            fields = [f.strip(" .") for f in re.split(r"\s+[–-]\s+", run) if f.strip(" .")]
            fields = [_ACTION_POINT_LEAD.sub("", f) for f in fields]
            who = due = None
            tasks = []
            for f in fields:
                lab = _AP_FIELD.match(f)
                if lab and lab.group("l").casefold().startswith("ansv"):
                    who = f[lab.end():].strip()
                elif lab:
                    due = f[lab.end():].strip()
                else:
                    tasks.append(f)
            if not who or len(tasks) != 1:
                continue
            people = self._collective(who) if who[:1].islower() else None
            if not people:
                names = split_name_list(who)
                people = names if names and is_name_list(names) else self._people(who)
            if not people:
                continue
            task = tasks[0]
            self.assignment([normalise_person_name(p) if " " in p and p[:1].isupper() else p for p in people],
                            task[:1].lower() + task[1:], origin=origin, pos=pos,
                            given_by=giver or self._meeting_body(), context=due or "")
            done = True
        return done

    def _responsible_line(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                          giver: str | None = None) -> bool:
        """"Ansvarig: Eva Ek, v. 42" under a point: Eva Ek carries out, with whom it names, the task the
        point just gave, by that time; under a task another body gave the body that met, she is given it."""
        if "/" in c[:24] and (pair := _RESPONSIBLE_WHEN_PAIR.match(c)):
            # "Ansvarig/Tidplan: Eva Ek / till oktobermötet": the doer and the time as one labelled pair
            c = f"Ansvarig: {pair.group('who').strip()}, {pair.group('when').strip()}"
        if "(" in c and (seat := _RESPONSIBLE_SEAT.match(c)) and (
                g := self._group_phrase(seat.group("g")) or self._body_ref(seat.group("g"))):
            # "Ansvarig: Siri Ek (sammankallande i projektgruppen)": her seat in the body the point gives the task
            self.group(g, self.ctx.item.number if self.ctx.item else None)
            self.membership(seat.group("who"), g, self.ctx.item.number if self.ctx.item else None,
                            role=seat.group("role").casefold())
            c = f"Ansvarig: {seat.group('who')}"
        if "(" in c and (said := _RESPONSIBLE_DOES.match(c)) and said.group("v") not in _NOT_TASK_VERBS:
            # "Ansvarig: Eva Ek (bereder ärendet till rådet)": what she does, told in brackets after her name
            c = f"Ansvarig: {said.group('who')}, {_present_to_infinitive(said.group('v'))}{said.group('rest')}"
        m = _RESPONSIBLE_RE.match(c)
        if not m or (m.group("due") and _RESPONSIBLE_TASK.match(m.group("due").strip())):
            if (t := _RESPONSIBLE_WITH_TASK.match(c)) and _RESPONSIBLE_TASK.match(t.group("task").strip()):
                # "Ansvar: Eva Ek och Per Lind, siffror för Åby senast 31/8.": the doers, then the task itself
                names = split_name_list(t.group("who"))
                people = names if names and is_name_list(names) else self._people(t.group("who"))
                if people:
                    task = t.group("task").strip(" .")
                    self.assignment([normalise_person_name(p) if " " in p and p[:1].isupper() else p for p in people],
                                    task, origin=origin, pos=pos, given_by=giver or self._meeting_body(), context=task)
                    return True
            if not m:
                return False
        people = split_name_list(m.group("who"))
        if m.group("due") and (more := _further_doers(m.group("due"), self.ctx.roster)):
            # "Ansvarig: Rasmus Engdahl, Johanna Kvist": a second doer after the comma, no time
            people, m = people + more, _RESPONSIBLE_RE.match(f"Ansvarig: {m.group('who')}")
        if people and len(people) == 1 and people[0] in self.ctx.initials:
            people = [self.ctx.initials[people[0]]]  # "Ansvarig: IL": the attendee the initials stand for
        if not people or not is_name_list(people):
            people = self._people(m.group("who"))  # "Ansvarig: SH": initials the roster gives
            if not people and m.group("who")[:1].islower():
                people = self._collective(m.group("who"))  # "Ansv: kommunerna": each kommun and them together
            if not people:
                return False
        number = self.ctx.item.number if self.ctx.item else ""
        earlier = [a for a in self.out.assignments if a.item == number]
        if self.ctx.item and (answered := self._decision_answered(c)):
            decided, at = answered
            # "Beslut 2" / "Kontaktpersoner utses i varje kommun." / "Ansvarig: Eva Ek" / "Återrapport: LSVO 2026-09-01":
            # the one responsible sees the decision carried out (with those the decision gave it to, if any), and
            # reports back where and when the line after says
            report = _report_back_after(self.ctx.item.body or "", c, at)
            due = f" {m.group('due').strip()}" if m.group("due") else ""
            given = next((a for a in earlier if a.origin == "decision" and a.task.casefold()[:20] in decided.text.casefold()), None)
            if given is None:
                self.assignment(people, f"ansvara för beslutet: {decided.text.rstrip(' .')}", origin="decision",
                                pos=decided.position, given_by=giver or self._meeting_body(), context=f"{due} {report}".strip())
                return True
            given.assignees.extend(p for p in map(normalise_person_name, people) if p not in given.assignees)
            if not given.due_date and (due or report):
                when, when_date = _due(f"{due} {report}", self.p.date)
                if when_date:
                    given.due, given.due_date = when, when_date
            if report and not given.report_to and (to := _report_to(report, self.ctx)):
                given.report_to = to
                for body in given.assignees:
                    if self._is_body(body) and self._is_body(to) and body.casefold() != to.casefold():
                        self.mandate(body, to, "reports_to", given.item, given.decision_position)
            return True
        # the action this line is the responsible of ("Åtgärd: …" / "Ansvarig: SH"), not yet given: an item may
        # hold several such pairs
        action = next((a for a in _ACTION_THEN_RESPONSIBLE.finditer(self.ctx.item.body)
                       if m.group("who").strip() in a.group("who") and not any(
                           a.group("task").casefold().startswith(x.task.casefold()[:20]) for x in earlier)),
                      None) if self.ctx.item and "tgärd" in self.ctx.item.body else None
        if action:
            # "Åtgärd: Sammanställa väntetiderna …" / "Ansvar: Sara Nyholm": the action in the infinitive, its doer below
            task = " ".join(action.group("task").split()).strip(" .")
            self.assignment(people, task[:1].lower() + task[1:], origin=origin, pos=pos, given_by=giver or self._meeting_body())
            return True
        if not earlier and self.ctx.item and len(people) == 1:
            # "IL beskriver hur elevhälsan kallas till SIP i dag." / "Ansvarig: IL, nästa möte": what the one
            # responsible does, told in the point, is the task (whatever its verb), due when the line says
            said = re.escape(m.group("who").strip())
            told = re.search(rf"(?:^|(?<=[.!?]\s))(?P<who>{said})\s+(?P<v>[a-zåäö]+(?:ar|er|ir|yr|år|ör))\b"
                             r"(?P<rest>[^.!?\n]*)", self.ctx.item.body or "")
            who = [normalise_person_name(people[0])] if told else None
            if told and who and told.group("v") not in _NOT_TASK_VERBS:
                due = f" {m.group('due').strip()}" if m.group("due") else ""
                self.assignment(who, f"{_present_to_infinitive(told.group('v'))}{told.group('rest')}".strip(" ."),
                                origin=origin, pos=pos, given_by=giver or self._meeting_body(), context=due.strip())
                return True
        if self.ctx.item and (told := _doer_named_before(self.ctx.item.body or "", c)) and (who := [
                p for p in map(normalise_person_name, people) if p.split()[0] == told[0] or p == told[0]]):
            # "Johanna kontaktar MAS om avvikelserna." / "Ansvarig: Rasmus Engdahl, Johanna Kvist": the sentence
            # above names which of them does it, by her given name
            if not any(a.task.casefold() == told[1].casefold() for a in earlier):
                due = f" {m.group('due').strip()}" if m.group("due") else ""
                self.assignment(who[:1], told[1], origin=origin, pos=pos, given_by=giver or self._meeting_body(),
                                context=due.strip())
            return True
        if self.ctx.item and (task := _doerless_before(self.ctx.item.body or "", c)) and not any(
                a.task.casefold() == task.casefold() for a in earlier):
            # "Ta fram förslag på rutin. Ansvar: Anna Lund.", "Rutinen ses över. Ansvarig: Per Ek, v. 45": the task the
            # sentence before states without its doer (whatever tasks the point gave before it)
            due = f" {m.group('due').strip()}" if m.group("due") else ""
            self.assignment([normalise_person_name(p) for p in people], task, origin=origin, pos=pos,
                            given_by=giver or self._meeting_body(), context=due.strip())
            return True
        if not earlier:
            return False
        if any(normalise_person_name(p) in a.assignees for p in people for a in earlier):
            return True  # the task already names who carries it out
        if self.ctx.item and (decided := self._decision_on_line_before(c)) and not any(
                a.decision_position == decided.position for a in earlier):
            # a row of "Punkt | Diskussion | Beslut | Ansvarig | Klart till": "Frågan lyfts till RLG." /
            # "Ansvarig: Eva Ek, Klart till: …": the one responsible sees the decision just above carried out,
            # not the task the discussion before it gave
            due = f" {m.group('due').strip()}" if m.group("due") else ""
            self.assignment(people, f"ansvara för beslutet: {decided.text.rstrip(' .')}", origin="decision",
                            pos=decided.position, given_by=giver or self._meeting_body(), context=due.strip())
            return True
        task = earlier[-1]
        body = self._meeting_body()
        if task.given_by and body and task.given_by.casefold() != body.casefold():
            # a task the body that met was given by another body: the line passes it on, a task of its own
            due = f" {m.group('due').strip()}" if m.group("due") else ""
            self.assignment(people, f"{task.task}{due}", origin=origin, pos=pos, given_by=giver or body)
            return True
        # the body's own task: the line names who else carries it out, and when; co-assignees, not a second task
        task.assignees.extend(p for p in map(normalise_person_name, people) if p not in task.assignees)
        if m.group("due") and not task.due_date:
            due, due_date = _due(m.group("due").strip(), self.p.date)
            if due_date or not task.due:
                task.due, task.due_date = due or task.due, due_date
        return True

    def _decision_on_line_before(self, line: str):
        """The item's decision read from the line just above its "Ansvarig:" line ``line`` (a decision
        column's cell, its responsible under it), when that line holds the decision's last words."""
        item = self.ctx.item
        body = item.body or ""
        at = body.find(line)
        if at < 0:
            return None
        lines = body[:at].split("\n")
        above = lines[-2] if len(lines) > 1 else ""
        row = item.line_start + len(lines) - 2  # the line above, counted in the document as decisions are
        tail = lambda d: " ".join(d.text.rstrip(" .").split()[-2:]).casefold()
        return next((d for d in self.p.decisions if d.item == item.number and d.line == row
                     and tail(d) and tail(d) in above.casefold()), None)

    def _decision_answered(self, line: str):
        """The item's decision whose "Ansvarig:" line ``line`` is, when the item gives each of its decisions
        one such line ("Beslut 1" / text / "Ansvarig: …" / "Återrapport: …", the decisions read apart)."""
        item = self.ctx.item
        body = item.body or "" if item else ""
        seen = self.__dict__.setdefault("_answered_seen", {})
        key = (item.number, line)
        nth = seen[key] = seen.get(key, -1) + 1  # "Ansvarig: Eva Ek" under two decisions: the line read the nth time
        at = -1
        for _ in range(nth + 1):
            at = body.find(line, at + 1)
            if at < 0:
                return None
        lines = body.split("\n")
        responsible = [k for k, x in enumerate(lines) if _RESPONSIBLE_LABEL.match(x)]
        decisions = sorted((d for d in self.p.decisions if d.item == item.number), key=lambda d: d.position or 0)
        here = body[:at].count("\n")
        if not decisions or len(responsible) != len(decisions) or here not in responsible:
            return None
        if not all(k + 1 < len(lines) and _REPORT_BACK_LINE.match(lines[k + 1]) for k in responsible):
            return None  # the pair of lines under each decision, "Ansvarig:" and "Återrapport:", is the habit read
        return decisions[responsible.index(here)], at

    def _ms_replaced_by_as(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                           giver: str | None = None) -> bool:
        """"A ersätts av B som ledamot i G": read as "B ersätter A som ledamot i G"."""
        m = _REPLACED_BY_AS_RE.match(c.strip())
        if not m or not name_shaped(m.group("old")) or not name_shaped(m.group("new")):
            return False
        active = f"{m.group('new')}{m.group('np') or ''} ersätter {m.group('old')}{m.group('op') or ''} {m.group('seat')}"
        return self._ms_replaces_as(active, origin=origin, pos=pos, giver=giver)

    def _seat_left_in_item(self, person: str, item) -> str | None:
        """The group the person is told to have left earlier under the same item, if any."""
        return next((ms.group for ms in reversed(self.out.memberships)
                     if ms.item == item and ms.change == "leave" and same_person_form(ms.person, person)), None)

    def _ms_replaces_as(self, c: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"A ersätter B som ledamot i G": A replaces B, B leaves."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        if ("att " in c or ":" in c) and (told := _CHANGE_TOLD_BY.match(c)):
            c = c[told.end():]  # "Socialchef Eva Ek informerar om att A ersätter B som …": the change told
            # "… har meddelat att kommunpolis Jonas Ek ersätter …": the newcomer's title before her name
            c = _TITLE_BEFORE_NEWCOMER.sub("", c)
        sm = self._seat_group and _REPLACES_THEREBY_RE.match(c)
        if sm:
            # "Teamet utser Nils Ek till representant i BUS-gruppen. Nils ersätter därmed Malin, som …": the seat just
            # appointed is the one the other leaves
            new, old = self._people(sm.group("new"), text_names=True), self._people(sm.group("old"), text_names=True)
            if new and old and len(new) == len(old) == 1 and new != old:
                self.membership(new[0], self._seat_group, item, change="replace", replaces=old[0])
                self.membership(old[0], self._seat_group, item, change="leave")
                return True
        if " från " in c and (unit := _FROM_UNIT_END.search(c)):
            c = c[:unit.start()]  # "A ersätter B tillsvidare från biståndsenheten": where the seat is, no group
        if "första gången och " in c:
            # "KE deltar för första gången och ersätter Ulrika Mohlin": the newcomer's first meeting, then the seat
            c = _FIRST_TIME_AND.sub("", c, count=1)
        if "ersätta" in c:  # "A kommer att ersätta B i gruppen": the change to come, read as the present
            c = _WILL_REPLACE.sub("ersätter", c)
        if "vidare" in c or "t.v." in c:
            # "A ersätter B tillsvidare som Åby kommuns representant": for how long says nothing of the seat
            c = _UNTIL_FURTHER.sub("", c)
        if "har ersatt " in c:  # "A har ersatt B i gruppen": the change made since, read as the present
            c = c.replace("har ersatt ", "ersätter ", 1)
        if "efterträ" in c:  # "A efterträder B som föreningens ledamot i rådet": the same change in other words
            c = _SUCCEEDS.sub("ersätter", c, 1)
        if "ersätter" in c and (fr := _FRONTED_SIDE_REPLACES_RE.match(c)):
            # "Från Ronneby kommun ersätter Camilla Stål Peter Ljung från och med 1/1": the side fronted, the
            # newcomer and the one replaced after the verb; the side's seat
            toks = fr.group("names").split()
            cut = next((k for k in range(2, len(toks) - 1) if " ".join(toks[k:]).casefold() in ctx.roster), 2)
            if len(toks) == 4 or cut != 2 or len(toks) > 4 and " ".join(toks[2:]).casefold() in ctx.roster:
                c = (f"{' '.join(toks[:cut])} ersätter {' '.join(toks[cut:])} som representant för {fr.group('org')}"
                     f"{fr.group('rest')}")
        if "ersätter" in c and (ap := _APPOINTED_SEAT_REPLACES_RE.match(c)):
            # "Marie Ek har utsetts till Åby kommuns ledamot och ersätter Lars Wik från och med 1/11": the seat named
            # before the one replaced
            seat = re.sub(r"\brep\.", "representant", ap.group("seat"))
            c = f"{ap.group('new')} ersätter {ap.group('old')} som {seat}{ap.group('rest')}"
        c = _REPLACE_REASON_TAIL.sub("", c)
        two = c.count("ersätter") == 2 and _TWO_REPLACES_RE.match(c)
        if two:
            # "A ersätter B och C ersätter D som ersättare i G": one seat phrase serving both clauses
            done = [self._ms_replaces_as(f"{two.group(k)}{two.group('tail')}", origin=origin, pos=pos, giver=giver)
                    for k in ("first", "second")]
            return any(done)
        w = ("älkom" in c or "presenter" in c or "introducer" in c) and _WELCOMED_REPLACES_RE.match(c)
        if w:  # "Ett särskilt välkommen riktades till A, Region X, som ersätter B i styrgruppen": the same
            rest = w.group("rest")
            # "…, som ersätter Per Holm för Åby kommun": the huvudman's seat in the body that met
            rest = _WELCOMED_FOR_SIDE.sub(r"\g<r> som representant för ", rest)
            if " som " not in rest and _WELCOMED_BARE.match(rest):
                # "Välkommen till nya medlemmen A, som ersätter B.": a seat in the body that met
                rest = rest.rstrip(" .") + " som ledamot i gruppen"
            c = f"{w.group('who')} {rest}"
        # "Karin Holm, Kommunförbundet, ersätter B som …": where the newcomer comes from, between commas
        c = _NEWCOMER_APPOSITION.sub(r"\g<n> ", c) if ", " in c else c
        # "… som ledamot i G", "… som Ekby kommuns representant i G", "… som BUP:s representant i G"
        m = ("ersätter" in c or "ersatt" in c) and _REPLACES_AS_RE.match(c)
        if m and name_shaped(m.group("new")) and name_shaped(m.group("old")):
            g_text = _SEAT_TIME.sub("", m.group("g"))
            hm = re.fullmatch(_HUVUDMAN_WORDS, g_text.strip(" ."))
            side_in = c[:m.start("g")].endswith(" för ") and _SIDE_IN_OWN_BODY.fullmatch(g_text.strip(" ."))
            if side_in and _own_body(side_in.group("g"), self._meeting_body()):
                # "… som representant för Arbetsförmedlingen i nätverket": the side's seat in the body that met
                g_text, org_for = side_in.group("g"), side_in.group("side")
            elif hm and self._meeting_body():
                # "… som representant för Berga kommun": that huvudman's seat in the body that met
                g_text, org_for = "gruppen", hm.group(0)
            elif (self._meeting_body() and c[:m.start("g")].endswith(" för ") and _UNIT_SEAT_ROLE.fullmatch(m.group("role"))
                  and _DEFINITE_UNIT.fullmatch(g_text.strip(" .")) and not find_groups(g_text)):
                # "… som representant för förskolan": a unit's seat in the body that met, the unit no body
                g_text, org_for = "gruppen", None
            else:
                org_for = None
            # "… som sekreterare i gruppen": the body that met
            bare = ((g_text.strip(" .").casefold() == "gruppen" and self._meeting_body())
                    or _own_body(g_text.strip(" ."), self._meeting_body()))
            groups = [bare] if bare else [ctx.resolve_generic(g) for g in find_groups(g_text)] or [g_text]
            org = re.sub(r":?s$", "", m.group("org")) if m.group("org") else org_for
            for g in groups:
                if not g:
                    continue
                self.group(g, item)
                self.membership(m.group("new"), g, item, role=m.group("role"), change="replace",
                                replaces=normalise_person_name(m.group("old")), on_behalf_of=org)
                self.membership(m.group("old"), g, item, role=m.group("role"), change="leave", on_behalf_of=org)
            if origin == "decision" and _DUTY_ROLE.fullmatch(m.group("role")):
                # "A ersätter B som sammankallande för G": a function decided is a duty given (a seat is not)
                self.assignment([m.group("new")], f"vara {c[m.start('role'):].strip(' .')} i stället för {m.group('old')}",
                                origin=origin, pos=pos, given_by=giver or self._current_giver(pos))
            return True
        # "A ersätter B som Ekby kommuns ledamot från maj": a seat in the body that met
        m = "ersätter" in c and _REPLACES_SEAT_RE.match(c)
        body = self._meeting_body()
        if m and body and m.group("old") in ("henne", "honom"):
            # "Eva Berg är föräldraledig; Nils Ek, barnmorska, ersätter henne som Region Xs andra ledamot
            # under tiden": a stand-in for one away a while, who keeps the seat
            head, _, new = m.group("new").rpartition(";")
            new = new.split(",")[0].strip()
            away = _AWAY_NAMED.match(head.strip() or getattr(self, "_prev_clause", "") or "")
            if away and name_shaped(new):
                org = re.sub(r":?s$", "", m.group("org")) if m.group("org") else None
                self.group(body, item)
                self.membership(new, body, item, role=m.group("role"), change="replace", on_behalf_of=org)
                return True
        if m and body and name_shaped(m.group("new")) and name_shaped(m.group("old")):
            org = m.group("org")
            org = re.sub(r":?s$", "", org) if org else None
            self.group(body, item)
            self.membership(m.group("new"), body, item, role=m.group("role"), change="replace",
                            replaces=normalise_person_name(m.group("old")), on_behalf_of=org)
            self.membership(m.group("old"), body, item, role=m.group("role"), change="leave")
            return True
        m = "ersätter" in c and _REPLACES_IN_RE.match(c)
        if m and " " not in m.group("new").strip():
            # "Maria ersätter Siri Nordahl i nätverket": the newcomer by the given name the text used of her
            known = self._people(m.group("new"), text_names=True)
            new_name = known[0] if known and len(known) == 1 and name_shaped(known[0]) else None
            m = m if new_name and _GROUP_WORD_END.search(m.group("g").strip(" .")) else None
            c = f"{new_name}{c[m.end('new'):]}" if m else c
            m = m and _REPLACES_IN_RE.match(c)
        if m and name_shaped(m.group("new")) and " " not in m.group("old").strip():
            # "Petra Holmgren ersätter Anders i arbetsgruppen": the one leaving by the given name the text used
            known = self._people(m.group("old"), text_names=True)
            old_name = known[0] if known and len(known) == 1 and name_shaped(known[0]) else None
        else:
            old_name = m.group("old") if m else None
        if m and old_name and name_shaped(m.group("new")) and name_shaped(old_name):
            # ("… i projektgruppen under våren medan Elin är föräldraledig": why, after the group and the time)
            g_text = _SEAT_TIME.sub("", re.sub(r"\s+(?:(?:under|i)\s+(?:våren|hösten|sommaren|vintern)\s+)?(?:medan|eftersom|så\s+länge)"
                                               r"\s.*$", "", m.group("g"))).strip(" .")
            # ("gruppen" in a nämnd's minutes, under an item on the group its title names: that group)
            g = ((g_text.casefold() == "gruppen" and (ctx.reported_group(body) or body)) or _own_body(g_text, body)
                 or next((ctx.resolve_generic(x) for x in find_groups(g_text)), None))
            if not g or not _GROUP_WORD_END.search(g_text):
                return False
            self.group(g, item)
            away = _AWAY_FOR_A_WHILE.search(m.group("g")) is not None  # one on leave for a while keeps the seat
            self.membership(m.group("new"), g, item, change="replace",
                            replaces=None if away else normalise_person_name(old_name))
            if not away:
                self.membership(old_name, g, item, change="leave")
            return True
        # "Sofia ersätter Malin Åkesson som har gått i pension": no seat nor body named, the one replaced gone from her
        # post: her seat in the body that met
        m = "ersätter" in c and body and _REPLACES_LEAVER_RE.match(c)
        if m:
            new, old = self._people(m.group("new"), text_names=True), self._people(m.group("old"), text_names=True)
            if (new and old and len(new) == len(old) == 1 and new != old and name_shaped(new[0]) and name_shaped(old[0])
                    and new[0].casefold() in ctx.roster):
                self.group(body, item)
                self.membership(new[0], body, item, change="replace", replaces=normalise_person_name(old[0]))
                self.membership(old[0], body, item, change="leave")
                return True
        # "Eva Ström ersätter Per Ek (från januari)": no seat nor body named, and the one replaced on the roster: his seat
        # in the body that met
        m = "ersätter" in c and _REPLACES_BARE_RE.match(c)
        old = self._people(m.group("old"), text_names=True) if m and body else None
        if m and old and len(old) == 1 and self._stands_in_today(m.group("new"), old[0]):
            return True  # "Annika Ek ersätter Per Lund." with her an ersättare present, him absent: today's stand-in
        if (m and old and len(old) == 1 and name_shaped(m.group("new")) and name_shaped(old[0])
                and old[0].casefold() in ctx.roster):
            self.group(body, item)
            self.membership(m.group("new"), body, item, change="replace", replaces=normalise_person_name(old[0]))
            self.membership(old[0], body, item, change="leave")
            return True
        # "Maja Ek ersätter Lena Berg under dennes föräldraledighet": a stand-in in the body that met; the one away
        # keeps her seat
        m = "ersätter" in c and body and _STAND_IN_BARE_RE.match(c)
        if m and name_shaped(m.group("new")) and name_shaped(m.group("old")):
            self.group(body, item)
            self.membership(m.group("new"), body, item, change="replace")
            return True
        # "A går in som ordinarie ledamot för X kommun från 1 november och ersätter då B": B's seat in the body that met
        m = ("går in som" in c or "från ersättare till" in c) and _ENTERS_REPLACING_RE.match(c)
        if m and body and name_shaped(m.group("new")) and name_shaped(m.group("old")):
            self.group(body, item)
            self.membership(m.group("new"), body, item, role=m.group("role"), change="replace",
                            replaces=normalise_person_name(m.group("old")), on_behalf_of=m.group("org"))
            self.membership(m.group("old"), body, item, change="leave", on_behalf_of=m.group("org"))
            return True
        return False

    def _stands_in_today(self, new: str, old: str) -> bool:
        """Whether the attendance lists ``new`` as an ersättare at the meeting and ``old`` as absent from it: "A
        ersätter B" tells who serves in B's seat today, and no one's seat changes."""
        def entry(name: str):
            return next((a for a in (self.ctx.parsed.attendance if self.ctx.parsed else [])
                         if same_person_form(a.name, name)), None)
        stand_in, away = entry(new), entry(old)
        return bool(stand_in and away and away.status == "absent" and stand_in.status == "present"
                    and any("ersättare" in r.casefold() for r in stand_in.roles))

    _PRONOUN_REPLACES_RE = re.compile(
        r"^(?:Hon|Han)\s+ersätter\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})"
        r"(?:,\s+som\s+[^,.;]*?\blämnar\s+(?P<g>[^,.;]+?))?(?:,.*|\s+(?:som|i|från|och\s+blir)\b.*)?\.?$")

    def _ms_pronoun_replaces(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                             giver: str | None = None) -> bool:
        """"Saga Nordin hälsades välkommen som ny ordförande. Hon ersätter Siv Ottosson, som lämnar rådet":
        the person the sentence before opens with takes the seat of the one named, who leaves."""
        m = self._PRONOUN_REPLACES_RE.match(c)
        prev = getattr(self, "_prev_clause", "") or ""
        new = leading_name(prev)[0] if prev else ""
        welcomed = _WELCOMED_AFTER.search(prev) if m and "välkom" in prev else None
        if welcomed:
            # "Anders hälsade välkommen, särskilt Nadia Haddad som …. Hon ersätter B": the one welcomed, not the host
            new = welcomed.group("n")
        appointed = None
        if m and prev and not name_shaped(new or "") and (appointed := _APPOINTED_IN_PREV.search(prev)):
            # "Åby kommun har utsett Ida Ek, MAS, till ny representant …. Hon ersätter B": the one appointed
            new = appointed.group("n")
        if m and prev and not new and (given := re.match(r"[A-ZÅÄÖ][a-zåäö]+(?=\s+[a-zåäö])", prev)):
            # "Aisha går in i …. Hon ersätter B": the one the sentence before names by her given name
            known = self._people(given.group(0), text_names=True)
            new = known[0] if known and len(known) == 1 else ""
        if not m or not new or not name_shaped(new) or not name_shaped(m.group("old")):
            return False
        item = self.ctx.item.number if self.ctx.item else None
        g = (self._group_phrase(m.group("g")) or self._body_ref(m.group("g"))) if m.group("g") else None
        if not g and " in i " in prev and (went := find_groups(prev)):
            g = self.ctx.resolve_generic(went[0])  # "A går in i Styrgruppen X. Hon ersätter B …": her seat there
        if not g and appointed and (seat := _SEAT_IN_NAMED.search(prev, appointed.end())):
            # "Åby kommun har anmält Eva Ek som ny representant i Samverkansgrupp X. Hon ersätter B": that group's seat
            g = self._group_phrase(seat.group("g")) or self._body_ref(seat.group("g"))
        g = g or self._meeting_body()
        if not g:
            return False
        self.membership(new, g, item, change="replace", replaces=normalise_person_name(m.group("old")))
        self.membership(m.group("old"), g, item, change="leave")
        return True

    # the newcomer by pronoun, what she has become between: "Han har anställts som MAS i Åby kommun och ingår i
    # nätverket från och med i dag"
    _PRONOUN_JOINS_RE = re.compile(
        r"^(?:Hon|Han|Hen)\s+(?:[^.;]{2,100}?\s+och\s+)?(?:ingår|sitter)\s+(?:också\s+|även\s+)?i\s+"
        r"(?P<g>[a-zåäö]*(?:gruppen|nätverket|teamet|rådet)|[A-ZÅÄÖ][^,.;]{2,80}?)\s+"
        r"(?:från\s+och\s+med|fr\.\s?o\.\s?m\.|från)\s+(?:i\s*dag|idag|nu|dagens\s+möte)\b")

    def _ms_pronoun_joins(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                          giver: str | None = None) -> bool:
        """"Ali Nouri hälsades välkommen. Han har anställts som MAS i Åby kommun och ingår i nätverket från
        och med i dag": the one the sentence before names (or welcomes) takes a seat in the body named,
        "nätverket" being the body that met."""
        m = self._PRONOUN_JOINS_RE.match(c.strip())
        prev = getattr(self, "_prev_clause", "") or ""
        if not m or not prev:
            return False
        welcomed = _WELCOMED_AFTER.search(prev) if "välkom" in prev else None
        new = welcomed.group("n") if welcomed else leading_name(prev)[0]
        raw = m.group("g").strip()
        grp = self._meeting_body() if _OWN_BODY_WORD.search(raw) and raw[:1].islower() else self._group_phrase(raw)
        if not new or not name_shaped(new) or not grp:
            return False
        self.membership(new, grp, self.ctx.item.number if self.ctx.item else None, change="join")
        return True

    _PRONOUN_REPLACED_BY_RE = re.compile(
        r"^(?:(?:(?:Från|Fr\.\s?o\.\s?m\.|Efter|Vid)\s[^,;]{2,40}?,?\s+)?(?:ersätts|efterträds)\s+(?:hon|han|hen)"
        # (terse notes leave the pronoun out: "HJ lämnar vid årsskiftet (ny tjänst). Ersätts av Ulrika P-B, …"; or
        # name the seat: "Hennes plats tas tills vidare av Lukas Berg")
        r"|Ersätts|Efterträds|(?P<seat>Hennes|Hans)\s+plats\s+tas(?:\s+(?P<while>tills\s+vidare|under\s+tiden|tillfälligt))?)"
        r"\s+av\s+"
        r"(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:,.*|\s+(?:som|i|från)\b.*)?\.?$")

    def _ms_pronoun_replaced_by(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                                giver: str | None = None) -> bool:
        """"Eva Lund lämnar RLG vid årsskiftet. Från den 1 januari ersätts hon av Karin Berg,
        …": the one named takes the seat of the person the sentence before opens with, who leaves."""
        m = self._PRONOUN_REPLACED_BY_RE.match(c)
        prev = getattr(self, "_prev_clause", "") or ""
        old = leading_name(prev)[0] if prev else ""
        if not old and (ini := re.match(r"[-–•*\s]*([A-ZÅÄÖ]{2,3})\s+[a-zåäö]", prev)):
            old = self.ctx.initials.get(ini.group(1)) or ""  # "HJ lämnar vid årsskiftet. Ersätts av …": by initials
        if not m or not old or not name_shaped(old) or not name_shaped(m.group("new")):
            return False
        g = self._meeting_body()
        if not g:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        if m.group("while") or m.group("seat") and _AWAY_NAMED.match(prev):
            self.membership(m.group("new"), g, item, change="replace")  # a stand-in while she is away: she keeps her seat
            return True
        self.membership(m.group("new"), g, item, change="replace", replaces=normalise_person_name(old))
        self.membership(old, g, item, change="leave")
        return True

    # the newcomer first, the one replaced by a pronoun: "Yusuf Demir ersätter henne", "Selma Öhman, arbetsterapeut i
    # Östmo kommun, efterträder honom", "B, tillförordnad socialchef, ersätter henne i ledningsgruppen från 1 april"
    _REPLACES_PRONOUN_RE = re.compile(
        r"^(?P<new>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2})(?:\s*\([A-ZÅÄÖ]{1,3}\))?(?:,\s*[^,;]{2,80}?,)?"
        r"\s+(?:ersätter|efterträder|har\s+ersatt|har\s+efterträtt)\s+(?:henne|honom|hen)"
        # ("… ersätter henne tillfälligt och kommer därefter att gå ur gruppen": a stand-in, what follows for her after)
        r"(?:\s+tillfälligt(?=\s*\.?$|\s+och\s+(?:kommer|ska|går)\b))?"
        # ("… efterträder honom som Åbys representant i styrgruppen": the seat's huvudman in the genitive)
        r"(?:\s+(?:i|som\s+(?:[A-ZÅÄÖ][\wåäö-]+s\s+|kommunens\s+|regionens\s+)?(?:ledamot|representant|företrädare)\s+i)"
        r"\s+(?P<g>[^,;.]+?))?"
        # ("… efterträder honom som ledamot för Åby kommun": the huvudman's seat in the body that met)
        r"(?:\s+som\s+(?:ledamot|representant|företrädare|ersättare)\s+för\s+(?P<side>(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+"
        r"(?:\s+kommun)?))?"
        r"(?:\s+(?:från|fr\.\s?o\.\s?m\.|efter|vid|under|till\s+och\s+med|den|redan)\b[^;]*"
        r"|\s+och\s+(?:kommer|ska|går)\b[^;]*)?\s*\.?$")
    _NAME_RUN = re.compile(r"[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){0,2}")

    def _people_named_in(self, sentence: str) -> list[str]:
        """The distinct people a sentence names, in full or by a given name the text resolves."""
        found: list[str] = []
        for m in self._NAME_RUN.finditer(sentence or ""):
            words = m.group(0).split()
            name = next((" ".join(words[:k]) for k in (3, 2) if len(words) >= k and is_person_name(" ".join(words[:k]))),
                        None)
            if not name and len(words) == 1:
                full = self.ctx.given_names_in_text.get(words[0])
                name = full if full and full != words[0] else None
            if not name and len(words) == 1 and re.fullmatch(r"[A-ZÅÄÖ]{2,3}", words[0]):
                name = self.ctx.initials.get(words[0])  # "EG föräldraledig t.o.m. aug": the roster's initials
            if name and not any(same_person_form(name, f) for f in found):
                found.append(name)
        return found

    def _ms_replaces_pronoun(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                             giver: str | None = None) -> bool:
        """"Anneli Strand utgår ur gruppen från årsskiftet. Yusuf Demir ersätter henne": the one named takes
        the seat of the one person the sentence before names, who leaves; the seat is in the body the
        sentence names, else the one the sentence before has her leave, else the body that met."""
        if "att " in c and (told := _CHANGE_TOLD_BY.match(c)):
            # "Åby kommun har meddelat att Eva Ek, ny socialchef, efterträder honom …": the change the side told
            c = _TITLE_BEFORE_NEWCOMER.sub("", c[told.end():])
        if (bare := _STANDS_IN_BARE.match(c)):
            # "EG föräldraledig t.o.m. aug. Sven Ohlsson, Hällsjö, ersätter tillfälligt": the one away unnamed again
            c = f"{bare.group('new')} {bare.group('v')} henne under tiden."
        if (inv := _WHILE_FIRST_REPLACES.match(c)):
            # "Under tiden ersätter Petra Lund honom tillfälligt": the time first, the newcomer after the verb
            # (each of these times a stand-in's: "under tiden", read as such below)
            c = f"{inv.group('new')} {inv.group('v')} {inv.group('pron')} under tiden{c[inv.end():]}"
        m = self._REPLACES_PRONOUN_RE.match(c)
        if not m or not name_shaped(m.group("new")):
            return False
        prev = getattr(self, "_prev_clause", "") or self._sentence_before(c) or self._decision_before(pos, origin)
        named = [p for p in self._people_named_in(prev) if not same_person_form(p, m.group("new"))]
        if len(named) != 1 or not name_shaped(named[0]):
            return False  # none, or more than one the pronoun could stand for
        old = normalise_person_name(named[0])
        item = self.ctx.item.number if self.ctx.item else None
        g = (self._group_phrase(m.group("g")) or self._body_ref(m.group("g"))) if m.group("g") else None
        if m.group("g") and not g:
            return False  # "ersätter henne i arbetet med …": no seat
        left = next((ms.group for ms in self.out.memberships
                     if ms.change == "leave" and same_person_form(ms.person, old)), None)
        if not g:
            went = [x for x in find_groups(prev) if not x.generic_head]
            g = left or (self.ctx.resolve_generic(went[0]) if len(went) == 1 else None) or self._meeting_body()
        if not g:
            return False
        self.group(g, item)
        if _AWAY_NAMED.match(prev) or _AWAY_FOR_A_WHILE.search(c) or re.search(r"\bunder\s+tiden\b", c):
            # "Eva Ek är tjänstledig maj–juni. Per Lind ersätter henne i projektgruppen under tiden": a stand-in,
            # she keeps her seat
            self.membership(m.group("new"), g, item, change="replace")
            return True
        self.membership(m.group("new"), g, item, change="replace", replaces=old)
        self.membership(old, g, item, change="leave")
        return True

    def _ms_appointed_to_replace(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                                 giver: str | None = None) -> bool:
        """"A har utsetts av X kommun att ersätta B i G": A takes B's seat in G (the body that met
        where no body or only its type word is named) on behalf of X; B leaves."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = _APPOINTED_TO_REPLACE_RE.match(c) or _ORG_APPOINTED_TO_REPLACE_RE.match(c)
        if not m or not name_shaped(m.group("new")) or (m.group("old") and not name_shaped(m.group("old"))):
            return False
        g = self._group_phrase(m.group("g")) if m.group("g") else None
        g = g or self._meeting_body()
        if not g:
            return False
        org = m.group("org") if m.group("org") and m.group("org").lower() not in ("kommunen", "regionen") else None
        if m.groupdict().get("unit"):
            org = None  # a unit appoints for its huvudman, which the roster names
        self.group(g, item)
        old = m.group("old")
        lead = m.groupdict().get("lead")
        if not old and lead and (lm := _LEAVING_LEAD.match(lead)) and name_shaped(lm.group("n")):
            old = lm.group("n")  # "A avgår ur arbetsgruppen …, och X kommun har utsett B att efterträda henne"
        if not old and not lead and re.search(r"\s(?:henne|honom)\b", c):
            # "A lämnar sin tjänst vid BUP vid årsskiftet. Region X har utsett B att efterträda henne i
            # ledningsgruppen": the one the sentence before tells leaving
            lm = _LEAVING_LEAD.match(self._sentence_before(c))
            old = lm.group("n") if lm and name_shaped(lm.group("n")) else None
            if old and any(ms.change == "leave" and ms.person == normalise_person_name(old) for ms in self.out.memberships):
                old = None  # "A lämnar styrgruppen vid årsskiftet": her leaving read already
        self.membership(m.group("new"), g, item, role=m.group("role"), change="replace",
                        replaces=normalise_person_name(old) if old else None, on_behalf_of=org)
        if old:
            self.membership(old, g, item, role=m.group("role"), change="leave", on_behalf_of=org)
        return True

    _NEW_IN_GROUP_RE = re.compile(
        # ("Ny ordinarie ledamot för Åby kommun är Lisa Ek, äldreomsorgschef, från den 1 februari": the seat's
        # kind, the huvudman whose it is, the newcomer's title and from when)
        r"^(?:[Nn]ya?\s+i\s+(?P<g>[^,.;]+?)|[Nn]ya?\s+(?:ordinarie\s+)?(?P<role>ledamot|ledamöter|representant|deltagare|medlem)"
        r"(?:\s+i\s+(?P<g2>[^,.;]+?))?(?:\s+(?:för|från)\s+(?P<rep>Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+kommun))?)"
        r"\s+(?:är|blir)\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})"
        r"(?:\s*\([A-ZÅÄÖ]{1,3}\))?(?:,\s*(?P<hm>(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+s?(?:\s+kommun)?))?"
        r"(?:,?\s+som\s+ersätter\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}))?"
        # ("Ny i gruppen är Lisa Ek som representerar Åby kommun": for whom in a relative clause)
        r"(?:,?\s+som\s+(?:representerar|företräder)\s+(?P<repr>(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+s?(?:\s+kommun)?))?"
        r"(?:,\s*[a-zåäö][\wåäö -]{2,60}?)?(?:,?\s+från\s+(?:och\s+med\s+)?(?:den\s+)?\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?)?[\s,.]*$")

    # the newcomer first: "Sara Ek, primärvården, är ny i gruppen", "Sara Ek är ny ledamot i styrgruppen"
    _IS_NEW_IN_RE = re.compile(
        # ("EÅ är ny i gruppen för IFO och ersätter Kristina Ahl": by initials, for a unit, and whom she replaces)
        r"^(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}|[A-ZÅÄÖ]{2,3})(?:\s*\([A-ZÅÄÖ]{1,3}\))?(?:,\s*(?P<hm>[^,.;]{2,60}?),)?"
        # ("Ingela Mårtensson har utsetts av Kullerstad kommun och är ny i arbetsgruppen": who named her first)
        r"(?:\s+har\s+utsetts\s+av\s+(?P<by>[^,.;]{2,60}?)\s+och(?=\s+är\s))?"
        # (in a hurried secretary's notes without the verb, and from when: "TW ny i gruppen fr o m idag, ersätter
        # Frida Ek (socialförv) som gått till annan tjänst")
        # ("Hedda Sjögren, färdtjänsthandläggare, kommer in som ny medlem i projektgruppen": coming in as one)
        # ("EPF ny representant för Gransjö, efterträder Malin Roos": for whom, in the body that met)
        r"\s+(?:är\s+|(?:kommer|går)\s+in\s+som\s+)?nya?\s+(?:(?P<role>ledamot|representant|deltagare|medlem)\s+)?"
        r"(?:i\s+(?P<g>[^,.;]+?)|(?:(?<=representant\s)|(?<=ledamot\s))för\s+(?P<for>(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+"
        r"(?:\s+kommun)?))(?P<g2>)"
        r"(?:\s+(?:fr\s?o\s?m|fr\.\s?o\.\s?m\.|från\s+och\s+med|från)\s+(?:idag|i\s+dag|detta\s+möte|dagens\s+möte|nu))?"
        # "… är ny i gruppen och representerar Åby kommun efter Per Lind, som har gått i pension": for whom, after whom
        # ("… och företräder Åby kommun, som har saknat representant sedan i höstas": why, of the huvudman)
        r"(?:\s+och\s+(?:representerar|företräder)\s+(?P<rep>[^,.;]+?)(?:,\s+som\s+(?!ersätter\b)[^.;]*?)?)?"
        r"(?:\s+för\s+[^,.;]{2,40}?)?(?:(?:\s+och\s+(?:ersätter|efterträder)|,\s+(?:ersätter|efterträder)|,?\s+efter|\s+i\s+stället\s+för"
        # ("…; hon tar över efter Göran Bexell": whom she follows, in a clause of its own)
        r"|;\s+(?:hon|han|hen)\s+(?:tar\s+över\s+efter|efterträder|ersätter))\s+"
        r"(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:\s*\([^()]{1,40}\))?(?:,?\s+som\s+[^.;]*)?)?"
        # ("… och delar verksamhetsrollen med Oskar": what she does there besides)
        r"(?:\s+och\s+(?!ersätter|representerar|företräder)[a-zåäö]+ar\b[^.;]*)?\s*\.?$"
        # "Sara Ek, akutmottagningen, är ny ledamot – gruppen har saknat …": in the body that met, why after a dash
        r"|^(?P<who2>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:,\s*(?P<hm2>[^,.;]{2,60}?),)?\s+är\s+nya?\s+"
        r"(?P<role2>ledamot|representant)(?:\s+[–—]\s+[^.;]*)?\s*\.?$")

    # a label beside the roster: "Ny i gruppen: Amela Begić, ny ledamot från Åby kommun efter Sanna Holm"
    _NEW_IN_LABEL_RE = re.compile(
        r"^[Nn]ya?\s+i\s+(?P<g>[^:,.;]+?)\s*:\s*(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})"
        r"(?:,\s*(?:nya?\s+(?P<role>ledamot|representant|deltagare|medlem)\s+)?(?:från|för)\s+"
        r"(?P<hm>(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+s?(?:\s+kommun)?))?(?P<g2>)"
        # (or her work in apposition, as members introduce themselves: "Ny i gruppen: Eva Ek, distriktsläkare på
        # vårdcentralen sedan 2019", "…, sjuksköterska i Åby, som vill bidra med …")
        r"(?:,\s*(?!nya?\s)[a-zåäö][^;:]*?)?"
        r"(?:,?\s+(?:efter|som\s+ersätter|i\s+stället\s+för|ersätter)\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}))?"
        r"\s*\.?$")
    # the newcomer and her new seat in apposition: "Amela Begić, ny ledamot från Åby kommun efter Sanna Holm"
    _NEWCOMER_APPOSED_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}),\s*nya?\s+(?P<role>ledamot|representant|deltagare|medlem)"
        r"\s+(?:från|för)\s+(?P<hm>(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+s?(?:\s+kommun)?)(?P<g>)(?P<g2>)"
        r"(?:,?\s+(?:efter|som\s+ersätter|i\s+stället\s+för|ersätter)\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}))?"
        r"\s*\.?$")

    # "Anders Ek, socialchef i Åby kommun, går den 1 mars över till Region Norrby som … och representerar därefter
    # regionen i ledningsgruppen": the seat left for the one huvudman and taken for the other
    _CHANGES_HUVUDMAN_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})(?:,[^,.;]{2,80},)?\s+(?:går|gick|har\s+gått)\s+"
        r"(?:[^.;]{1,30}?\s+)?över\s+till\s+(?P<to>Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+(?:kommun|kn\.?))"
        r"(?![\wåäö])[^.;]{0,80}?\s+och\s+(?:representerar|företräder)\s+(?:därefter|därmed|sedan|framöver|då)\s+"
        r"(?:regionen|kommunen|[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?)\s+i\s+(?P<g>[^.;,]+?)\s*\.?$")

    def _ms_changes_huvudman(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                             giver: str | None = None) -> bool:
        m = self._CHANGES_HUVUDMAN_RE.match(s)
        if not m:
            return False
        who = m.group("who")
        if " " not in who:
            # "Sofie går över till …": the one attendee (or one named in full) with that given name
            who = self.ctx.initials.get(who) or self.ctx.given_names_in_text.get(who)
        if not who or not name_shaped(who):
            return False
        g = self._group_phrase(m.group("g")) or self._meeting_body()
        if not g:
            return False
        to = re.sub(r"\s+kn\.?$", " kommun", m.group("to"))
        item = self.ctx.item.number if self.ctx.item else None
        self.membership(who, g, item, change="leave")
        self.membership(who, g, item, change="join", on_behalf_of=to)
        return True

    def _ms_new_in_group(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                         giver: str | None = None) -> bool:
        """"Ny i gruppen är Lisa Ek, Åby kommun, som ersätter Karl Berg": a newcomer's seat in the body
        that met (or the body named), taken from whom it names."""
        if " är ny och " in s:
            # "Gustav Lindell är ny och ersätter Jenny Falk tillsvidare från biståndsenheten": new in the body that met
            s = s.replace(" är ny och ", " är ny i gruppen och ", 1)
            if " från " in s and (unit := _FROM_UNIT_END.search(s)):
                s = s[:unit.start()]
            s = re.sub(r"\s+(?:tillsvidare|tills\s+vidare|t\.\s?v\.)(?=\s*\.?$)", "", s)
        m = (self._NEW_IN_GROUP_RE.match(s) or self._IS_NEW_IN_RE.match(s) or self._NEW_IN_LABEL_RE.match(s)
             or self._NEWCOMER_APPOSED_RE.match(s))
        if not m:
            return self._ms_new_ones(s)
        if m.re is self._IS_NEW_IN_RE and m.group("who2"):
            if not name_shaped(m.group("who2")) or not self._meeting_body():
                return False
            hm = m.group("hm2") if m.group("hm2") and _ORG_SHAPED.match(m.group("hm2")) else None
            self.membership(m.group("who2"), self._meeting_body(), self.ctx.item.number if self.ctx.item else None,
                            role=m.group("role2"), change="join", on_behalf_of=hm)
            return True
        who = m.group("who")
        if re.fullmatch(r"[A-ZÅÄÖ]{2,3}", who or ""):
            who = self.ctx.initials.get(who)  # "EÅ är ny i gruppen": the attendee the initials stand for
        if not who or not name_shaped(who):
            return False
        raw = m.group("g") or m.group("g2")
        g = (self._group_phrase(raw) if raw else None) or self._meeting_body()
        if not g:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        old = m.group("old") if m.group("old") and name_shaped(m.group("old")) else None
        hm = m.group("hm") if m.group("hm") and _ORG_SHAPED.match(m.group("hm")) else None
        if not hm and (by := m.groupdict().get("by")) and _ORG_SHAPED.match(by):
            hm = by  # "… har utsetts av Kullerstad kommun och är ny i …": the huvudman whose seat it is
        rep = m.groupdict().get("rep") or m.groupdict().get("repr")
        if not rep and (place := m.groupdict().get("for")):
            # "ny representant för Gransjö": the kommun by its place, as the minutes' own huvudmän are named
            rep = place if _ORG_SHAPED.match(place) else _kommun_of_place(place)
        if not hm and rep and _ORG_SHAPED.match(rep):
            hm = rep
        role = "ledamot" if (m.group("role") or "").startswith("ledam") else m.group("role")
        self.membership(who, g, item, role=role, change="replace" if old else "join", on_behalf_of=hm,
                        replaces=normalise_person_name(old) if old else None)
        if old:
            self.membership(old, g, item, role=role, change="leave", on_behalf_of=hm)
        return True

    # several newcomers, each with the huvudman she comes from: "Nya i gruppen är Sara Holm, Åby kommun, och Olle
    # Berg, Norrviks kommun", "Nya ledamöter i styrgruppen är Sara Holm och Olle Berg"
    _NEW_ONES_RE = re.compile(r"^[Nn]ya\s+(?:i\s+(?P<g>[^,.;]+?)|(?P<role>ledamöter|representanter|deltagare|medlemmar)"
                              r"(?:\s+i\s+(?P<g2>[^,.;]+?))?)\s+(?:är|blir)\s+(?P<list>[A-ZÅÄÖ][^.;]+?)\s*\.?$")

    def _ms_new_ones(self, s: str) -> bool:
        m = self._NEW_ONES_RE.match(s)
        if not m:
            return False
        people: list[tuple[str, str | None]] = []  # (name, huvudman after it)
        for part in split_name_list(m.group("list")):
            if _ORG_SHAPED.match(part) and people and people[-1][1] is None:
                people[-1] = (people[-1][0], part)
            elif name_shaped(part) and is_person_name(part):
                people.append((part, None))
            else:
                return False  # a list of what is new, not of who
        raw = m.group("g") or m.group("g2")
        g = (self._group_phrase(raw) if raw else None) or self._meeting_body()
        if len(people) < 2 or not g:
            return False
        role = "ledamot" if m.group("role") == "ledamöter" else None
        for who, hm in people:
            self.membership(who, g, self.ctx.item.number if self.ctx.item else None, role=role, change="join",
                            on_behalf_of=hm)
        return True

    # (or sends the kallelse: "Anna Lindahl skickar ut kallelse")
    # (after the day, time and place of the next meeting: "Tisdag 24 november kl. 08.30 på Hagaskolan, Amir kallar")
    _CONVENES_RE = re.compile(r"^(?:Nästa\s+möte:?\s+[^;]{3,60}?,\s+|(?:[Mm]åndag|[Tt]isdag|[Oo]nsdag|[Tt]orsdag|[Ff]redag)(?:en)?"
                              r"\s+(?:den\s+)?\d{1,2}\s+[a-zåä]{3,}[^;]{0,60}?,\s+)?(?P<who>[A-ZÅÄÖ][\wåäö.-]*(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+(?:kallar|skickar\s+ut\s+kallelse(?:n)?)"
                              r"(?:\s+till\s+(?:nästa\s+)?(?:möte(?:t)?|sammanträde(?:t)?))?$")

    def _listed_uppdrag_open(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                             giver: str | None = None) -> bool:
        """"Uppdrag 2027:11, analys av … (Samverkansgrupp X): pågår": an uppdrag on the list the body keeps, still
        open, is the holder's task on the body's uppdrag."""
        m = _LISTED_UPPDRAG.match(s)
        if not m:
            return False
        raw = m.group("holder").strip()
        group = self._group_phrase(raw)
        own = self._meeting_body()
        who = [group] if group and self._is_body(group) else self._people(raw)
        if not who:
            return False
        what = m.group("what").strip()
        item = self.ctx.item.number if self.ctx.item else None
        if who == [group] and own and group.casefold() != own.casefold():
            self.group(group, item)
            self.mandate(own, group, "delegates", item, pos)
        self.assignment(who, what[:1].lower() + what[1:], origin=origin, pos=pos, given_by=own)
        return True

    def _carried_via(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                     giver: str | None = None) -> bool:
        """"Frågan tas till MLA-nätverket via Ylva": the member it goes through carries the question there."""
        m = _CARRIED_VIA.match(s)
        who = self._people(m.group("who")) if m else None
        if not who or not all(is_person_name(w) for w in who):
            return False
        obj = m.group("obj")
        self.assignment(who, f"ta {obj[:1].lower()}{obj[1:]} till {m.group('to')}", origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else None)
        return True

    def _unit_fills_seat(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                         giver: str | None = None) -> bool:
        """"– psykiatrin skickar någon annan", "Hemtjänsten utser en ny representant": the unit whose person
        leaves sends another, its task (also as the clause after a dash)."""
        m = _UNIT_FILLS_SEAT.search(s)
        if not m:
            return False
        unit = m.group("unit")
        word = unit.split()[0].casefold()
        placed = {a.unit.strip() for a in self.p.attendance
                  if a.unit and a.unit.split()[0].casefold().endswith(word) and a.unit.split()[0].casefold() != word}
        if " " not in unit and len(placed) == 1:
            unit = placed.pop()  # "psykiatrin" of one the roster places in "vuxenpsykiatrin Karlshamn": that unit
        self.assignment([unit[:1].upper() + unit[1:]], f"{_present_to_infinitive(m.group('v'))} {m.group('what')}",
                        origin=origin, pos=pos, given_by=giver if origin == "decision" else None)
        return True

    def _convenes_next(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                       giver: str | None = None) -> bool:
        """"PE kallar.", "Ordföranden kallar till nästa möte": convening the next meeting is a task."""
        m = self._CONVENES_RE.match(s)
        who = (self._people(m.group("who")) or _subject_assignees(m.group("who"), False, self.ctx)) if m else None
        if not who:
            return False
        # ("Leila skickar ut kallelse": what she sends, as the notes say it, to the meeting the line is about)
        task = "skicka ut kallelse till nästa möte" if " kallelse" in s[m.end("who"):] else "kalla till nästa möte"
        self.assignment(who, task, origin=origin, pos=pos, given_by=giver or self._meeting_body())
        return True

    def _ms_elected_into(self, c: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"X väljs in i G": X joins G, an appointment decided."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = ("väljs" in c or "valdes" in c) and _VALJS_RE.match(c)
        if m:
            who_raw = m.group("who")
            org = None
            am = re.match(r"^(?P<p>[^,]+),\s*(?P<app>[^,]+?)\s*,?$", who_raw)
            if am:
                who_raw = am.group("p")
                om = re.search(rf"({_HUVUDMAN_WORDS})\s*$", am.group("app"))
                org = om.group(1) if om else None
            people = split_name_list(who_raw)
            g = self._group_phrase(m.group("group"))
            if people and is_name_list(people) and g:
                self.group(g, item)
                for p in people:
                    self.membership(p, g, item, role="ledamot", change="join", on_behalf_of=org)
                giver = self._current_giver(pos)
                self.assignment(people, f"väljs in i {m.group('group')}", origin="decision" if pos is not None else "narrative",
                                pos=pos, given_by=giver)
                return True
        return False

    _PAIR_SEAT_RE = re.compile(
        r"^(?P<v>(?:.{0,60}?\s)?(?:utser|väljer|utse|välja))"
        # "Med stöd av delegation utser arbetsutskottet A …": the subject after the verb, the body that met
        r"(?:\s+(?:arbetsutskottet|utskottet|nämnden|styrelsen|presidiet|[a-zåäö]+(?:nämnden|styrelsen|utskottet)))?"
        r"\s+(?P<a>[A-ZÅÄÖ][^.;]{2,60}?)\s+till\s+(?:ordinarie\s+)?(?:(?:kommunens|regionens|nämndens|förbundets)\s+)?"
        r"(?P<ra>(?:vice\s+)?(?:ordförande|ledamot|ersättare|representant))"
        # "A till kommunens ledamot i G och B till ersättare, för tiden …": the body named with the first seat
        r"(?:\s+(?P<rest1>(?:i|för|vid)\s+[^.;,]+?))?"
        r"\s+och\s+(?P<b>[A-ZÅÄÖ][^.;]{2,60}?)\s+till\s+"
        r"(?:ordinarie\s+)?(?:(?:kommunens|regionens|nämndens|förbundets)\s+)?(?P<rb>(?:vice\s+)?(?:ordförande|ledamot|ersättare|representant))"
        r"(?:\s+(?P<rest>(?:i|för|vid)\s+[^.;]+)|(?P<term>,?\s+(?:för\s+tiden|till\s+och\s+med|från\s+och\s+med)\b[^.;]*))?$")

    def _ms_appointed_pair(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"välja A (S) till ledamot och B (M) till ersättare i G …" (or "A till ledamot i G och B till
        ersättare"): each seat read as an appointment of its own."""
        m = "till" in s and self._PAIR_SEAT_RE.match(s)
        if not m or not (self._people(m.group("a")) and self._people(m.group("b"))):
            return False
        rest = m.group("rest") or (f"{m.group('rest1')}{m.group('term') or ''}" if m.group("rest1") else None)
        if not rest:
            return False
        for who, role in ((m.group("a"), m.group("ra")), (m.group("b"), m.group("rb"))):
            self._sentence(f"{m.group('v')} {who} till {role} {rest}", origin=origin, pos=pos, giver=giver,
                           kinds=("membership",))
        return True

    _WITH_SUBSTITUTE_RE = re.compile(
        r"^(?P<main>[^;]+?\b(?:utses|väljs|valdes|utsågs|utse|välja|utser|väljer)\b[^;]+?),?\s+med\s+"
        r"(?P<who>[A-ZÅÄÖ][^,;]{2,60}?)\s+som\s+(?:personlig\s+)?ersättare"
        # ("…, med B som personlig ersättare, för perioden 2027–2028": the term of both seats after the substitute)
        r"(?P<term>,?\s+(?:för\s+(?:perioden|tiden|år|mandatperioden|återstoden)|under|till\s+och\s+med|t\.\s?o\.\s?m\.?)\b[^;]*)?\s*$")

    # "X (KD) befrias från uppdraget som ledamot i G. I hans ställe väljs Y (KD) för tiden …": the seat just left,
    # by a pronoun, filled
    _ELECTED_IN_PLACE_RE = re.compile(
        r"^(?:att\s+)?[Ii]\s+(?:hans|hennes|dennes|hens)\s+ställe\s+(?:väljs|valdes|utses|utsågs|förordnas)\s+"
        r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})(?:\s+\([^()]{1,12}\))?"
        r"(?:,?\s+(?:för\s+tiden|till\s+och\s+med|t\.\s?o\.\s?m\.?|från\s+och\s+med|för\s+(?:resten|återstoden)\s+av)\b.*)?$")

    def _ms_elected_in_place(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                             giver: str | None = None) -> bool:
        """"I hans ställe väljs Y": Y takes the seat the sentence before tells someone left (the last seat left)."""
        m = self._ELECTED_IN_PLACE_RE.match(s.strip().rstrip("."))
        left = next((x for x in reversed(self.out.memberships) if x.change == "leave"), None) if m else None
        item = self.ctx.item.number if self.ctx.item else None
        if not m or not left or left.item != item:
            return False
        who = normalise_person_name(m.group("who"))
        self.membership(who, left.group, item, role=left.role, change="replace", on_behalf_of=left.on_behalf_of,
                        replaces=left.person)
        if origin == "decision":
            self.assignment([who], f"vara {left.role or 'ledamot'} i {left.group}", origin=origin, pos=pos,
                            given_by=self._current_giver(pos) or self._meeting_body())
        return True

    def _ms_appointed_with_substitute(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                                      giver: str | None = None) -> bool:
        """"A utses till representant i G, med B som personlig ersättare": A's seat read as the appointment it is,
        B a substitute in the same body."""
        m = "ersättare" in s and self._WITH_SUBSTITUTE_RE.match(s.strip().rstrip("."))
        who = m and self._people(m.group("who"))
        if not m or not who:
            return False
        before = len(self.out.memberships)
        self._sentence(m.group("main") + (m.group("term") or ""), origin=origin, pos=pos, giver=giver, kinds=("membership",))
        seats = {x.group for x in self.out.memberships[before:] if x.change in ("join", "replace")}
        if len(seats) != 1:
            return False
        grp = seats.pop()
        item = self.ctx.item.number if self.ctx.item else None
        for p in who:
            self.membership(p, grp, item, role="ersättare", change="join")
        if origin == "decision":
            self.assignment(who, f"vara ersättare i {grp}", origin=origin, pos=pos,
                            given_by=self._current_giver(pos) or self._meeting_body())
        return True

    _SEAT_COLON_LIST_RE = re.compile(
        r"^[Tt]ill\s+(?:nya?\s+)?(?P<role>(?:ordinarie\s+)?(?:ledamot|ledamöter|representant|representanter|ombud))"
        r"\s+(?:i|för|vid)\s+(?P<group>[A-ZÅÄÖa-zåäö][^:;]{2,80}?)\s*:\s*(?P<a>[A-ZÅÄÖ][^:;]{2,120}?)"
        r"(?:\s*;\s*(?:och\s+)?(?:personliga?\s+)?(?P<rb>ersättare|ersättarna)\s*:?\s+(?P<b>[A-ZÅÄÖ][^:;]{2,120}?))?\.?$")

    def _ms_seat_colon_list(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                            giver: str | None = None) -> bool:
        """"Till ledamot i G: A (S); ersättare B (M)": each seat of an election list read as the election it is,
        "välja A till ledamot i G", "välja B till ersättare i G"."""
        m = ":" in s and self._SEAT_COLON_LIST_RE.match(s.strip())
        if not m or not self._people(m.group("a")) or (m.group("b") and not self._people(m.group("b"))):
            return False
        group = m.group("group").strip()
        role = re.sub(r"(?:ledamöter)$", "ledamot", re.sub(r"representanter$", "representant", m.group("role")))
        seats = [(p, role) for p in self._people(m.group("a"))]
        if m.group("b"):
            seats += [(p, "ersättare") for p in self._people(m.group("b"))]
        for who, r in seats:
            self._sentence(f"välja {who} till {r} i {group}", origin=origin, pos=pos, giver=giver,
                           kinds=("membership",))
        return True

    _DELEGATED_REPORTED_RE = re.compile(
        r"^(?:att\s+)?[Bb]eslut(?:en|et)?\s+(?:som\s+(?:fattas|fattats|tas)\s+|fattade\s+|tagna\s+)?"
        r"(?:med\s+stöd\s+av\s+(?:delegation(?:en)?|[^.;]{2,40}?delegation)\s+)?(?:ska\s+|skall\s+)?"
        r"(?:anmäls|anmälas|redovisas|återrapporteras)\s+(?:i\s+efterhand\s+)?(?:till\s+(?P<to>[^.;,]+?)"
        r"(?:\s+(?:vid|på|senast|i)\b[^.;]*)?"
        # "Beslutet anmäls vid kommunfullmäktiges nästa sammanträde": the body by its meeting
        r"|(?:vid|på)\s+(?P<at>[a-zåäö-]*(?:fullmäktige|nämnden|styrelsen))s\s+(?:nästa\s+|kommande\s+)?sammanträde\b[^.;]*)$")

    def _md_delegated_reported(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                               giver: str | None = None) -> bool:
        """"Beslut som fattas med stöd av delegationen anmäls till nämnden": the body delegated to in this item
        reports its decisions to the one that delegated; "Beslutet anmäls till kommunstyrelsen" in the minutes
        of a body that decided on delegation: that body reports to the one named."""
        m = self._DELEGATED_REPORTED_RE.match(s.strip().rstrip("."))
        if not m:
            return False
        body = self._meeting_body()
        item = self.ctx.item.number if self.ctx.item else None
        raw = (m.group("to") or m.group("at")).strip()
        parent = _utskott_parent(body)
        if re.fullmatch(r"(?i)(?:nämnden|styrelsen|direktionen)", raw):
            to = parent or body
        elif parent and raw.casefold() == parent.split(",")[0].casefold():
            to = parent  # "kommunstyrelsen" in its arbetsutskott's minutes: that kommun's styrelse
        else:
            to = self._recipient(raw) or self._body_ref(raw)
        if not to:
            return False
        delegated = [x for x in self.out.mandates if x.kind == "delegates" and x.item == item
                     and x.from_body.split(",")[0].casefold() == to.split(",")[0].casefold()]
        frm = delegated[-1].to_body if delegated else None
        if not frm and "delegation" in s and body and body.casefold() != to.casefold():
            frm = body  # the body that met decided on delegation and reports the decision back
        if not frm and origin == "decision" and body and parent and parent.casefold() == to.casefold():
            frm = body  # an utskott's own decision announced to its nämnd
        if not frm and origin == "decision" and body and re.search(r"(?i)fullmäktige", to):
            frm = body  # a nämnd's own decision announced to the fullmäktige above it (a krisledningsnämnd's, by law)
        if not frm or frm.casefold() == to.casefold():
            return False
        self.group(to, item)
        self.mandate(frm, to, "reports_to", item, pos)
        return True

    # (or its proposal labelled before the names: "Valberedningens förslag: Linus Ek (KD) väljs till ledamot")
    _NOMINATES_RE = re.compile(r"^(?:(?P<vb>[Vv]alberedningen|[A-ZÅÄÖ][\wåäö-]*s\s+valberedning)\s+(?:föreslår|föreslog|"
                               r"har\s+föreslagit)\s+(?:att\s+)?|(?P<vb2>[Vv]alberedningen)s\s+förslag\s*:\s*)"
                               r"[A-ZÅÄÖ][^.;]{2,120}?\s+(?:väljs|utses|nomineras)\b")

    def _md_nominates(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"Valberedningen föreslår att X väljs till …" in the protocol of the body that elects: its valberedning
        recommends it the one to elect."""
        m = "valberedning" in s.casefold() and self._NOMINATES_RE.match(s)
        body = self.p.body
        if not m or not body or "valberedning" in body.casefold():
            return False
        said = m.group("vb") or m.group("vb2")
        vb = self._body_ref(said) or said
        item = self.ctx.item.number if self.ctx.item else None
        self.group(vb, item)
        self.mandate(vb, body, "recommends", item, pos)
        return False

    _FORMS_GROUP_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][^.;:]{2,120}?)\s+(?:bildar|bildade)\s+(?:en|ett)\s+(?P<kind>[a-zåäö]{3,}(?:grupp|team))"
        r"(?:\s+för\s+(?P<topic>[^.;,]+?))?(?:\s+tillsammans\s+med\s+(?P<with>[A-ZÅÄÖ][^.;:]{2,80}?))?\.?$")

    def _ms_forms_group(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"A och B bildar en planeringsgrupp tillsammans med C": a group of the three, for what it names or
        the item is about; each joins it and the group is to do that work."""
        m = "bildar" in s and self._FORMS_GROUP_RE.match(s)
        if not m:
            return False
        who = self._people(m.group("who"))
        also = self._people(m.group("with")) if m.group("with") else []
        if not who or m.group("with") and not also:
            return False
        topic = (m.group("topic") or "").strip()
        if not topic and self.ctx.item and self.ctx.item.title:
            # the item's title without a translation after a slash and a day: "Sverigefinnarnas dag 24 februari / …"
            topic = re.sub(r"\s+\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
                           r"november|december)\b.*$", "", self.ctx.item.title.split(" / ")[0]).strip()
        if not topic:
            return False
        name = f"{m.group('kind').capitalize()} för {topic}"
        item = self.ctx.item.number if self.ctx.item else None
        self.group(name, item, parent=self.p.body, created=True)
        members = list(dict.fromkeys([*who, *also]))
        for p in members:
            self.membership(p, name, item, change="join")
        self.assignment(members, f"planera och genomföra arbetet med {topic[:1].lower() + topic[1:]} i {name[:1].lower() + name[1:]}",
                        origin=origin, pos=pos, given_by=giver or self.p.body)
        return True

    def _ms_appointed_as(self, c: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"X utses till/som representant för G (att delta i …)"."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = re.search(r"utses|utsågs|utsetts|föreslås bli", c) and _UTSES_RE.match(c)
        if m:
            # "Enhetschef Nikola Jovanović utses att ingå i …": the title before the name is no part of it
            who = m.group("who")
            if who in ("Hon", "Han") and (prev := getattr(self, "_prev_clause", "")):
                # "Kommuncheferna har anställt Sofia Ek som ny länssamordnare. Hon utses att företräda …": the one
                # person the sentence before names
                named = {normalise_person_name(n) for n, _ in find_person_names(prev)}
                who = next(iter(named)) if len(named) == 1 else who
            if "(" in who:
                who = _PARTY_TAG.sub("", who)  # "Ann-Sofi Berg (S) utses …": the party tag after a politician's name
            people = split_name_list(re.sub(r"^(?:(?:[Tt]illträdande|[Bb]iträdande|[Tt]f\.)\s+)?(?:[A-ZÅÄÖ]?[a-zåäö-]*(?:chef|ledare|samordnare|strateg|direktör|sekreterare|handläggare)|"
                                            r"(?:[Vv]ice|1:e\s+vice|2:e\s+vice)\s+ordförande|[Oo]rdföranden)\s+(?=[A-ZÅÄÖ])", "", who))
            if people and is_name_list(people):
                role = m.group("role") or "ledamot"
                g = None
                task = m.group("task") or m.group("task2")
                if task:
                    gm = re.search(rf"\b(?:delta|ingå|sitta|(?P<rep>företräda|representera)\s+(?:[\wåäö-]+\s+){{1,4}}?)\s*i\s+"
                                   rf"(?P<g>{_ADJ}{_HEAD}.*)$", task)
                    if gm:
                        g = self._group_phrase(gm.group("g"))
                        if gm.group("rep") and not m.group("role"):
                            role = "representant"
                    elif task[:4] in ("före", "repr") and (om := re.search(
                            r"\s+i\s+(?P<b>[a-zåäö]+(?:gruppen|rådet|nämnden|beredningen|teamet))\b", task)):
                        # "… att företräda kommunerna i ledningsgruppen": the body that met, by its kind
                        g = _own_body(om.group("b"), self._meeting_body())
                if _MEETING_DUTY.fullmatch(role) and not task:
                    # "X utses till justerare", "… till mötesordförande för nästa möte": a duty at a
                    # meeting, no seat in the group the item's title names
                    duty = _duty_task(role, f" för {m.group('for').strip()}" if m.group("for") else "")
                    self.assignment(people, duty, origin="decision" if pos is not None else "narrative",
                                    pos=pos, given_by=self._current_giver(pos))
                    return True
                stand_in = None
                seat_for = (m.group("for") or "").strip(" .")
                held_by = self._people(seat_for) if seat_for and len(people) == 1 and is_person_name(seat_for) \
                    and not _HUVUDMAN_NAME.fullmatch(seat_for) else None
                if not g and held_by and len(held_by) == 1 and (
                        held_by[0].casefold() in self.ctx.roster or any(x.person == held_by[0] for x in self.out.memberships)):
                    # "Hanna Bäcklin utses till ersättare för Mikael Strömqvist": the stand-in of a person the minutes
                    # know, in the body where the item gave him a seat (or the item's), no body named after him
                    stand_in = held_by[0]
                    g = next((x.group for x in reversed(self.out.memberships) if x.item == item and x.person == stand_in), None)
                # ("Per Holm utses till ersättare för Åby kommun": the seat the kommun holds in the item's body)
                if not g and seat_for and not stand_in and not _HUVUDMAN_NAME.fullmatch(seat_for):
                    seat_in = _SEAT_TIME.sub("", m.group("for"))  # "… i G, för perioden 2027–2028": the years, no part of G
                    g = (self._group_phrase(seat_in)
                         # "X utses till sekreterare i gruppen": the body that met
                         or (self._meeting_body() if seat_in.strip(" .").casefold() == "gruppen" else None)
                         or seat_in.strip())
                if not g and task and task[:4] in ("före", "repr"):
                    # "X utses att företräda nämnden vid dialogdagen": a duty, no seat
                    self.assignment(people, task, origin="decision" if pos is not None else "narrative",
                                    pos=pos, given_by=self._current_giver(pos))
                    return True
                if not g:
                    # "Övrigt: X utsågs till sammankallande": a point named for no body, the seat in the body that met
                    # (a point that sets up a working group: its convener, the seat in that group)
                    topic = self._seat_topic()
                    if topic and _POINT_NAMED_FOR_SEAT.fullmatch(topic.strip(" .:")) and self._meeting_body():
                        # "2. Sammankallande" / "X utses till ny sammankallande": the point named for the seat, the
                        # seat in the body that met
                        topic = self._meeting_body()
                    g = ctx.working_group or topic or (self._meeting_body() if ctx.on_generic_point() else None)
                own = m.group("owner") or ""
                body_owner = bool(re.fullmatch(r"[a-zåäö]*(?:gruppens|rådets|nätverkets|nämndens|teamets|beredningens|styrelsens)", own))
                obo = self._meeting_body() if body_owner else _seat_owner(m.group("owner"))
                if not obo and _HUVUDMAN_NAME.fullmatch(seat_for):
                    obo = seat_for
                if obo:
                    pass
                elif role.casefold().startswith("kommun"):
                    obo = "kommunerna"
                elif role.casefold().startswith("region"):
                    obo = "Regionen"
                if g:
                    self.group(g, item)
                    if m.group("role") and re.match(r"(?i)arbetsgrupp|styrgrupp|referensgrupp|projektgrupp", g):
                        ctx.working_group = g
                    for p in people:
                        self.membership(p, g, item, role=role, change="join", on_behalf_of=obo)
                    if (m.group("prev") and not re.search(r",\s+som\s+(?:kvarstår|stannar|fortsätter|är\s+kvar)\b", c)
                            and (prev := self._people(m.group("prev")))):
                        # "X utsågs till representant i G efter Y": Y's seat, Y leaves it (not "…, som kvarstår
                        # som ledamot": Y keeps a seat)
                        for p in prev:
                            self.membership(p, g, item, role=role, change="leave", on_behalf_of=obo)
                    if pos is not None and ctx.working_group == g:
                        self.mandate(self._current_giver(pos), g, "delegates", item, pos)
                if task:
                    self.assignment(people, task, origin="decision" if pos is not None else "narrative",
                                    pos=pos, given_by=self._current_giver(pos))
                elif stand_in and g and pos is not None:
                    self.assignment(people, f"vara {role} för {stand_in} i {g}", origin="decision", pos=pos,
                                    given_by=self._current_giver(pos))
                elif g and m.group("role") and (pos is not None or (
                        _DUTY_ROLE.fullmatch(role) and re.search(r"\b(?:utses|utsågs|har\s+utsetts)\b", c))):
                    # an appointment decided is a duty given (told in the running text too: "X utses till ny
                    # sammankallande")
                    self.assignment(people, f"vara {role} i {g}", origin="decision", pos=pos,
                                    given_by=self._current_giver(pos))
                elif g and body_owner and m.group("role"):
                    # "X utsågs till styrgruppens representant i G", told in the running text: the body that met
                    # chose one of its own to speak for it elsewhere, a duty it gave
                    self.assignment(people, f"vara {own} {role} i {g}", origin="decision", pos=pos,
                                    given_by=self._meeting_body())
                return True
        return False

    def _ms_take_part_in_the_group(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                                   giver: str | None = None) -> bool:
        """"Niklas och Helena deltar": members of the working group the clause before named, no other body told."""
        ctx = self.ctx
        m = ctx.working_group and re.match(r"^(?P<who>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+(?:deltar|ingår)"
                                           r"(?:\s+(?:också|även|dessutom))?\s*\.?$", c)
        people = self._people(m.group("who"), text_names=True) if m else None
        if not people or not all(p.casefold() in ctx.roster for p in people):
            return False
        for p in people:
            self.membership(p, ctx.working_group, ctx.item.number if ctx.item else None, role="ledamot", change="member")
        return True

    def _ms_takes_part_as(self, c: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"X kan delta som stöd i arbetsgruppen": a seat in the working group of the item."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = "delta som" in c and re.match(r"^(?P<who>.+?)\s+(?:kan|ska|får)\s+(?:också\s+|även\s+)?delta\s+som\s+(?P<role>[\wåäö-]+)(?P<rest>.*)$", c)
        if m and ctx.working_group:
            people = split_name_list(m.group("who"))
            if people and is_name_list(people):
                role = m.group("role") + (" vid behov" if "vid behov" in m.group("rest") else "")
                for p in people:
                    self.membership(p, ctx.working_group, item, role=role, change="join")
        return False

    def _represented_at(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                        giver: str | None = None) -> bool:
        """"Bygderådet representeras av A, B och C" (at the event the item is about), "Föreningen
        representeras vid stämman av X": the body that met sends its people to an occasion, a duty and
        no seat in another body."""
        m = _REPRESENTED_AT.match(c)
        people = self._people(m.group("who")) if m else None
        if not people:
            return False
        event = (m.group("event") or m.group("event2") or "").strip(" .")
        task = f"representera {m.group('body').lower()}" + (f" vid {event}" if event else "")
        self.assignment(people, task, origin="decision", pos=pos, given_by=self._meeting_body())
        return True

    def _as_duty(self, c: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"utse X till justerare", "välja X till mötesordförande för nästa möte": a duty at a meeting
        given, no seat in the group the item's title names."""
        d = _DUTY_RE.match(c)
        people = split_name_list(d.group("who")) if d else []
        if not (people and is_name_list(people)):
            return False
        rest = d.group("rest") or ""
        if re.fullmatch(r"\s+(?:för|vid)\s+(?:mötet|sammanträdet)", rest):
            rest = ""  # "sekreterare för mötet": this meeting's, as "Till sekreterare utsågs" gives it
        duty = _duty_task(d.group("role").lower(), rest)
        self.assignment(people, duty.strip(" ."), origin="decision" if pos is not None else origin, pos=pos,
                        given_by=self._current_giver(pos))
        return True

    def _as_promised_in_relative(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                                 giver: str | None = None) -> bool:
        """"… en överblick över avgifterna, som Per har lovat att ta fram till nästa möte": what is to be delivered
        named first, the promise to deliver it in the relative clause after it; the task is the verb with it."""
        m = _PROMISED_IN_RELATIVE_RE.search(c)
        if not m:
            return False
        people = self._people(m.group("who"))
        if not people:
            return False
        rest = (m.group("rest") or "").strip()
        task = f"{m.group('verb')} {m.group('obj').strip()}" + (f" {rest}" if rest else "")
        self.assignment(people, task, origin=origin, pos=pos, given_by=giver or self._meeting_body())
        return True

    # the duty's seat in a body, after the one who held it: " i Referensgruppen för brukare efter Bengt Aronsson (M)"
    _SEAT_AFTER = re.compile(r"\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?)(?P<after>\s+efter\s+(?P<prev>[A-ZÅÄÖ][^.;,]+?))")

    def _as_agent(self, c: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"Som ombud vid bolagsstämman i X AB utses Kjell Ahl (S)", "utse Mona Berg (M) till kontaktpolitiker för
        Y": the duty is the person's task, given by the body that met; no seat in the company or the unit."""
        m = _AGENT_DUTY_RE.match(c)
        if not m:
            return False
        raw = m.group("who") or m.group("who2") or m.group("who3")
        people = self._people(_PARTY_TAG.sub("", raw), text_names=True)
        if not people:
            return False
        role = re.sub(r"\s+", " ", (m.group("role") or m.group("role2") or m.group("role3")).lower())
        rest = (m.group("rest") or m.group("rest2") or m.group("rest3") or m.group("rest4") or "").rstrip(" .")
        origin = "decision" if pos is not None else origin
        gb = self._current_giver(pos) or (self._meeting_body() if origin == "decision" else None)
        seat = self._SEAT_AFTER.fullmatch(rest) if " efter " in rest and len(people) == 1 else None
        if seat and (grp := self._group_phrase(seat.group("group"))) and is_person_name(_PARTY_TAG.sub("", seat.group("prev"))):
            # "Till kontaktpolitiker i Referensgruppen X efter B valdes Y": Y takes B's seat in the body named
            rest = rest[:seat.start("after")]
            self.membership(people[0], grp, self.ctx.item.number if self.ctx.item else None, role=role, change="replace",
                            replaces=normalise_person_name(_PARTY_TAG.sub("", seat.group("prev"))))
        self.assignment(people, f"vara {role}{rest}", origin=origin, pos=pos, given_by=gb)
        sub_raw = m.group("sub") or m.group("sub2")
        sub = self._people(_PARTY_TAG.sub("", sub_raw), text_names=True) if sub_raw else None
        if sub and len(sub) == 1:
            self.assignment(sub, f"vara ersättare för {role}et{rest}" if role == "ombud" else f"vara ersättare som {role}{rest}",
                            origin=origin, pos=pos, given_by=gb)
        return True

    def _ms_appoint(self, c: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"utse X till ledamot i G", "utse X att …"."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        # ("nominera X till ersättare i G": a nämnd's nominee to a seat another body fills, named as if appointed)
        m = ("utse " in c or "nominera " in c) and _UTSE_RE.match(c)
        if m and re.search(r"\bföreslå[rs]?\b[^.;]*\bbesluta\b", m.group("pre")):
            return False  # "X föreslår nämnden besluta att utse Y till …": a seat proposed, no one's yet
        if m:
            who = _TITLE_FIRST.sub("", m.group("who"))  # "utse IFO-chef Vera Ek till …": the title is no part of the name
            people = split_name_list(who)
            if len(people) == 2 and "," in who and name_shaped(people[0]) and not name_shaped(people[1]):
                # "utse Eva Ek, Vårdcentralen Ås(,) till ny sammankallande": where she works, in apposition
                people = people[:1]
            # ("utse Petra Hedlund och Sevgi Demir att leda …": people by the shape of their names, as for a seat)
            if people and (is_name_list(people) or ((m.group("role") or m.group("att")) and all(name_shaped(p) for p in people))):
                if m.group("att"):
                    self.assignment(people, m.group("task"), origin="decision" if pos is not None else "narrative",
                                    pos=pos, given_by=self._current_giver(pos))
                    # "utse X att företräda samrådet i referensgruppen för …": a seat in that body
                    # ("utse X och Y att ingå i arbetsgruppen för …": a seat in it as its members)
                    rm = re.match(r"(?:(?P<rep>företräda|representera)\s+(?:[\wåäö:]+\s+){1,3}?|ingå\s+)i\s+(?P<g>.+)$",
                                  m.group("task"))
                    g = self._group_phrase(rm.group("g")) if rm else None
                    if g and g != self._meeting_body():
                        self.group(g, item)
                        for p in people:
                            self.membership(p, g, item, role="representant" if rm.group("rep") else "ledamot", change="join")
                elif not m.group("for") and m.group("role") and m.group("role").casefold() in _MEETING_DUTIES:
                    # "utse Eva Ek till justerare": a duty at this meeting, no seat in the item's topic
                    self.assignment(people, _duty_task(m.group("role")),
                                    origin="decision" if pos is not None else "narrative", pos=pos,
                                    given_by=self._current_giver(pos))
                else:
                    where, prev, whose = m.group("for") or "", None, None
                    if " efter " in where:
                        where = _SEAT_TERM.sub("", where)  # "… efter Y från och med …": the term after whose seat it was
                    after = _SEAT_AFTER.search(where)
                    if after and self._people(after.group("p")):  # "… i G efter Lotta Grahn": her seat
                        prev, where = self._people(after.group("p")), where[:after.start()]
                    of = _SEAT_OF.match(where)
                    if of and self._people(of.group("p")):  # "ersättare för Mats Forsell i G": his stand-in
                        whose, where = of.group("p"), of.group("g")
                    g, hm = self._seat(where)
                    if not g and not where.strip() and m.group("role").casefold() in ("sammankallande", "ordförande"):
                        # "Som ny sammankallande utsågs Eva Ek, Vårdcentralen Ås": no body named, the one that met
                        g = self.ctx.working_group or self._meeting_body()
                    if g and g != where.strip():
                        self.group(g, item)
                    # "Till beredningsgruppen utses A, B och C": named to the body, a seat in it and no duty
                    to_body = bool(re.fullmatch(r"(?i)[\wåäö-]*(?:gruppen|rådet|nätverket|teamet|utskottet)", m.group("role")))
                    role = "ledamot" if to_body else m.group("role")
                    for p in people:
                        self.membership(p, g, item, role=role, change="replace" if prev else "join",
                                        on_behalf_of=hm, **({"replaces": prev[0]} if prev else {}))
                    for p in prev or []:
                        self.membership(p, g, item, role=role, change="leave")
                    self._seat_group = g or self._seat_group
                    if pos is not None and g and not to_body:  # an appointment decided is a duty given
                        self.assignment(people, f"vara {m.group('role')}{f' för {whose}' if whose else ''} i {g}",
                                        origin="decision", pos=pos, given_by=self._current_giver(pos))
                return True
        return False

    def _name_created(self, name: str, item: str | None) -> None:
        """"skapa en styrgrupp som …" then "X, Y och Z utgör styrgrupp Vårdplatsläget": the body
        created in the item is the one the composition names."""
        head = name.split(" ")[0].casefold().removesuffix("en")
        old = self.ctx.named.get(head)
        if not old or old.casefold() == name.casefold():
            return
        if not any(g.created and g.item == item and g.name == old for g in self.out.groups):
            return
        for g in self.out.groups:
            if g.created and g.item == item and g.name == old:
                g.name = name
                self._seen_groups.add((name.casefold(), item))
        for m in self.out.mandates:
            if m.item == item:
                m.from_body = name if m.from_body == old else m.from_body
                m.to_body = name if m.to_body == old else m.to_body
        self.ctx.named[head] = name

    def _seat(self, phrase: str | None) -> tuple[str | None, str | None]:
        """(group, huvudman) of "Styrgrupp Barnahus för Region Blekinge"; the item's topic when
        the phrase names no group ("för Ronneby kommun", or nothing)."""
        phrase = (phrase or "").strip(" .,")
        # "… för tiden till och med den 31 december 2026": when the seat is held, not where
        phrase = _SEAT_TIME.sub("", phrase)
        hm = None
        m = re.search(rf"(?:^|\s+för\s+)(?P<hm>{_HUVUDMAN_WORDS})$", phrase)
        if m:
            hm, phrase = m.group("hm"), phrase[:m.start()].strip()
        elif " i " in phrase and (m := _HUVUDMAN_THEN_GROUP.match(phrase)):
            # "ersättare för Åby kommun i Regionala folkhälsoforumet X": whose seat, then the body it is in
            hm, phrase = phrase[:m.end()].rsplit(" i ", 1)[0].strip(), phrase[m.end():].strip()
        board = _seat_board(phrase)
        if board:
            return board, hm  # "ledamot i Samordningsförbundet Norrvik": its board's seat
        topic = self._seat_topic()
        if not phrase and topic:
            gs = find_groups(topic)  # "Inrättande av Styrgrupp X": the body the item is about
            named = self.ctx.resolve_generic(gs[0]) if gs else None
            if named:
                return named, hm
        g = self._group_phrase(phrase)
        if not g and _COUNCIL_REF.fullmatch(phrase):
            # "nominera X till ersättare i rådet" after the item named the council in full: that council (in a
            # council's own minutes, the council that met)
            g = _own_body(phrase, self._meeting_body()) or (self.ctx.one_council_of_item() if self.ctx.item else None)
        return (g or phrase or topic or None), hm

    def _seat_topic(self) -> str | None:
        """The item's topic as the body a seat named for no body is in: the body that met where the topic is
        about its own staffing ("4. Bemanning i teamet", "Ny ledamot i gruppen")."""
        topic = self.ctx.topic()
        if topic and _SEAT_IN_THE_BODY.search(topic) and not find_groups(topic) and self._meeting_body():
            return self._meeting_body()
        return topic

    def _current_giver(self, pos: int | None) -> str | None:
        if pos is None:
            return None
        for d in self.p.decisions:
            if d.position == pos:
                return self._giver(d)
        return self.p.body

    def _group_phrase(self, phrase: str) -> str | None:
        phrase = phrase.strip(" .,")
        # "länets nätverk för barnhälsovård", "regionens samverkansgrupp för äldre": the body after its owner
        owner = _OWNER_GENITIVE.match(phrase)
        gs = find_groups(phrase)
        if gs and gs[0].start <= 4 + (owner.end() if owner else 0):
            return self.ctx.resolve_generic(gs[0])
        return None

    _SEAT_APPOSITION_RE = re.compile(
        r"(?:^|:\s*)(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})(?P<app>(?:,\s*[^,;:]{2,80}?)?),\s+"
        # ("Petra Sandberg, som är sammankallande i arbetsgrupp samsjuklighet, rapporterade": the seat in a relative
        # clause, the body's kind in lower case before its name)
        # ("…, som är kommunens representant i Samverkansgrupp X, informerar": whose seat it is before the role)
        r"(?:som\s+är\s+(?:(?:kommunens|regionens|förvaltningens|nämndens)\s+(?=representant))?)?"
        r"(?P<role>(?:vice\s+)?ordförande|sammankallande|sekreterare|ledamot|ersättare|(?<=s\s)representant)\s+(?:i|för)\s+"
        r"(?P<g>[A-ZÅÄÖ][^,;]+?|(?:arbets|styr|projekt|process|samverkans|referens)grupp\s+[^,;]+?)\s*(?:,|$)"
        # "Annelie informerar Linnea Åkerlund, sammankallande i arbetsgruppen, om uppdraget": the body the item names
        r"|\s(?P<who2>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2}),\s+(?P<role2>(?:vice\s+)?ordförande|"
        r"sammankallande|ledamot)\s+i\s+(?P<g2>[a-zåäö]+gruppen),")

    def _ms_seat_in_apposition(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                               giver: str | None = None) -> bool:
        """"Anna Lund, socialchef Åby kommun, ordförande i Styrgrupp X": her seat in a body named
        in full, on behalf of the huvudman her title names."""
        m = self._SEAT_APPOSITION_RE.search(s)
        if not m:
            return False
        if m.group("who2"):
            return self._seat_in_the_items_group(m.group("who2"), m.group("role2"), m.group("g2"))
        who = self._people(m.group("who"))
        g = m.group("g")
        gs = find_groups(g[:1].upper() + g[1:])
        if not who or len(who) != 1 or not gs or gs[0].start != 0 or gs[0].generic_head \
                or gs[0].end < len(g.rstrip(" .")) - 1:
            return False  # the whole phrase is one body's name, or the seat is not read here
        grp = self.ctx.resolve_generic(gs[0])
        hm = re.search(r"\b(?:Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+kommun)\b", m.group("app"))
        item = self.ctx.item.number if self.ctx.item else None
        self.group(grp, item)
        self.membership(who[0], grp, item, role=m.group("role"), change="member",
                        on_behalf_of=hm.group(0) if hm else None)
        return False

    _CONVENER_WITH_RE = re.compile(
        r"(?P<g>[A-ZÅÄÖ][^.;,]{2,80}?)\s*,?\s+med\s+(?:[^.;]{0,80}?\s+(?:och|samt)\s+)?"
        r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})(?:,\s*(?P<org>[^,.;]{2,40}),)?\s+som\s+"
        r"(?P<role>sammankallande|ordförande)\b")

    def _ms_convener_with(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                          giver: str | None = None) -> bool:
        """"… har bildat Arbetsgrupp samsjuklighet med en representant per huvudman och Vera Lund, Åby
        kommun, som sammankallande": the one who leads the group named in full sits in it."""
        m = self._CONVENER_WITH_RE.search(s)
        if not m:
            return False
        gs = [g for g in find_groups(m.group("g")) if not g.generic_head]
        who = self._people(m.group("who"))
        if not gs or not who or len(who) != 1 or gs[-1].end < len(m.group("g").rstrip(" ,")) - 1:
            return False  # the body named in full just before "med", else not read here
        grp = self.ctx.resolve_generic(gs[-1])
        org = m.group("org") if m.group("org") and _HUVUDMAN_NAME.fullmatch(m.group("org").strip()) else None
        item = self.ctx.item.number if self.ctx.item else None
        self.group(grp, item)
        self.membership(who[0], grp, item, role=m.group("role"), change="member", on_behalf_of=org)
        return False

    def _items_one_group(self, head: str) -> str | None:
        """The one group of kind ``head`` ("arbetsgrupp") the item names in full, or None."""
        item = self.ctx.item
        if not item:
            return None
        named = {g.name for g in find_groups(_flatten(item.body or "")) if not g.generic_head and head in g.name.casefold()}
        named |= {x.name for x in self.out.groups if x.item == item.number and head in x.name.casefold()}
        return named.pop() if len({n.casefold() for n in named}) == 1 else None

    def _place(self, word: str) -> bool:
        """Whether ``word`` names a huvudman by its place ("Ekbo" for "Ekbo kommun")."""
        word = word.strip(" ,.")
        return bool(self.ctx.org_of_place(word)) or word in getattr(_VOCABULARY.get(), "regions", ())

    def _seat_in_the_items_group(self, who_raw: str, role: str, generic: str) -> bool:
        """A seat in "arbetsgruppen": the one group of that kind the item names in full."""
        who = self._people(who_raw)
        head = find_groups(generic)
        item = self.ctx.item
        grp = self._items_one_group(head[0].generic_head) if head and head[0].generic_head else None
        if not who or len(who) != 1 or not grp or not item:
            return False
        self.group(grp, item.number)
        self.membership(who[0], grp, item.number, role=role, change="member")
        return False

    _WHERE_SEAT_RE = re.compile(
        # "… rapporterar från styrelsen i Samordningsförbundet X, där hon är kommunens ledamot": a report from a
        # seat held elsewhere, the seat's owner before the role
        r"\b(?:i|inom|av|från|om)\s+(?P<g>(?:styrelsen\s+(?:i|för)\s+)?[A-ZÅÄÖ][^,;]{1,100}?),\s+där\s+(?:hon|han|hen|(?P<holder>[a-zåäö-]{4,}(?:chefen|direktören|ledaren|samordnaren)))\s+(?:sedan\s+[\wåäö]+(?:\s+\d{4})?\s+"
        r"|numera\s+|nu\s+|också\s+|även\s+)?är\s+(?:(?:kommunens|kommunernas|regionens|nämndens|styrelsens|beredningens|"
        r"utskottets|förbundets)\s+)?(?P<role>(?:\d:e\s+)?(?:vice\s+)?(?:ordförande|ledamot|ersättare|"
        r"sammankallande|representant|sekreterare))\b")

    def _ms_seat_where(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                       giver: str | None = None) -> bool:
        """"X informerar om arbetet i Politiskt samverkansråd, där hon är 2:e vice ordförande": the seat
        of the person the sentence (else the item's one presenter) is about, in the body named."""
        m = self._WHERE_SEAT_RE.search(s)
        if not m:
            return False
        lead = re.match(r"[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2}", s)
        who = self._people(lead.group(0)) if lead else None
        if m.group("holder"):  # "…, där socialchefen är ordförande": the attendee with that title
            holder = self.ctx.role_holder(m.group("holder"))
            who = [holder] if holder else None
        elif not who and self.ctx.item and len(self.ctx.item.presenters or []) == 1:
            who = list(self.ctx.item.presenters)
        grp = (_seat_board(re.sub(r"^styrelsen\s+(?:i|för)\s+", "", m.group("g"))) or _named_board(m.group("g"))
               or self._group_phrase(m.group("g"))
               or self._body_ref(m.group("g")))
        if not who or len(who) != 1 or not grp or grp == self._meeting_body():
            return False
        item = self.ctx.item.number if self.ctx.item else None
        self.group(grp, item)
        self.membership(who[0], grp, item, role=m.group("role"), change="member")
        return False

    _PART_OF_RE = re.compile(
        r"(?:^|\b(?:till|välkomna?|välkommen)\s+)(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2}"
        # "Oskar Nygårds och Hanna Ruotsalainen ingår i arbetsgruppen": the people listed
        r"(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2}(?=\s+(?:och|ingår)\b|,)){0,5})"
        r"(?:,\s*[^,;]{2,60}?,)?(?:,?\s+som)?\s+(?P<new>(?:från\s+och\s+med\s+(?:i\s+dag|idag|nu|\w+\s+\w+)|numera|nu)\s+)?"
        # a newcomer presented by where she comes from: "Johanna kommer från slutenvården och ingår i teamet från i dag"
        r"(?:kommer\s+från\s+[^,;.]{2,60}?\s+och\s+)?"
        r"(?:också\s+|även\s+|sedan\s+\w+\s+)?ingår\s+(?:också\s+|även\s+|sedan\s+\w+\s+)?(?:fortsättningsvis\s+|fortsatt\s+)?i\s+(?:(?P<owner>[a-zåäö]+(?:ets|ens|s))\s+)?(?P<g>[^,;]+?)"
        # "A och B ingår i planeringsgruppen tillsammans med C, som är sammankallande": one more member, after the body
        r"(?:\s+tillsammans\s+med\s+(?P<with>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2}))?"
        # "… ingår i styrgruppen från och med januari": a seat taken from then
        r"(?P<from>\s+(?:från\s+och\s+med|fr\.\s?o\.\s?m\.|från)\s+[^,;.]+)?\s*\.?\s*(?:,|$)")

    def _ms_is_part_of(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                       giver: str | None = None) -> bool:
        """"Anna, som ingår i processteamets arbetsgrupp för X, …", "Anna ingår också i Styrgrupp Y":
        her seat in that body (a working group of another body is named without its owner)."""
        m = self._PART_OF_RE.search(s)
        if not m:
            return self._ms_part_of_inverted(s)
        who = self._people(m.group("who"), text_names=True)
        if who and _OWN_BODY_WORD.fullmatch(m.group("g").strip(" .")) and (body := self._meeting_body()):
            grp = body  # "Anna ingår fortsättningsvis i gruppen": the body that met
        else:
            gs = find_groups(m.group("g"))
            if not who or not gs or gs[0].start != 0 or gs[0].end < len(m.group("g").rstrip(" .")) - 1:
                return False
            grp = self.ctx.resolve_generic(gs[0])  # "projektgruppen": the body that met, or the one the minutes name
            here = self.ctx.item.number if self.ctx.item else None
            # "RPO inrättar en arbetsgrupp för … Oskar och Hanna ingår i arbetsgruppen": the one the item sets up
            made_here = {g.name.casefold() for g in self.out.groups if g.created and g.item == here}
            if not grp or gs[0].generic_head and grp != self.p.body and grp not in self.ctx.named_in_document().values() \
                    and grp.casefold() not in made_here:
                return False
        item = self.ctx.item.number if self.ctx.item else None
        also = self._people(m.group("with"), text_names=True) if m.group("with") else []
        led = _WHO_LEADS.match(s, m.end()) if also and len(also) == 1 else None
        for p in who + [p for p in also if p not in who]:  # "som från och med i dag ingår i …": a new seat
            role = led.group("role") if led and p == also[0] else "ledamot"
            self.membership(p, grp, item, role=role, change="join" if m.group("new") or m.group("from") else "member")
        if led:
            # "…, som är sammankallande": the one named last leads the body
            self.assignment([also[0]], f"vara {led.group('role')} i {grp}", origin=origin, pos=pos,
                            given_by=giver or self._current_giver(pos))
        gone = m.group("from") and _SEAT_AFTER_LEAVER.search(m.group("from"))
        if gone and who and name_shaped(gone.group("old")):
            # "… ingår i teamet från i dag efter att Sanna Rydh slutade": the seat the one gone held
            self.membership(gone.group("old"), grp, item, change="leave")
        return False

    _PART_OF_INVERTED_RE = re.compile(r"(?:^|(?<=[.!?]\s))I\s+(?P<g>[\wåäöÅÄÖ -]{3,60}?)\s+ingår\s+(?:också\s+|även\s+|nu\s+)?(?P<list>[A-ZÅÄÖ].+?)\.?$")

    def _ms_part_of_inverted(self, s: str) -> bool:
        """"I skrivargruppen ingår A, Region X, B, Y kommun och C": the seats of the people listed (their
        organisations between them are no members)."""
        m = self._PART_OF_INVERTED_RE.search(s) if "I " in s else None
        gs = find_groups(m.group("g")) if m else []
        here = self.ctx.item.number if self.ctx.item else None
        made = [g.name for g in self.out.groups if g.created and g.item == here]
        if m and made and re.fullmatch(r"(?i)den\s+(?:nya|nybildade|nyinrättade)\s+(?:arbets)?gruppen", m.group("g").strip()):
            # "Nätverket beslutade att bilda en arbetsgrupp för X. I den nya gruppen ingår A, B och C."
            gs, grp = [None], made[-1]
        elif not gs or gs[0].start != 0:
            return False
        else:
            grp = self.ctx.resolve_generic(gs[0])
        people = [p for part in re.split(r",?\s+och\s+|,\s*", m.group("list")) if (p := self._people(part, text_names=True))]
        if not grp or len(people) < 1:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        for p in people:
            self.membership(p[0], grp, item, role="ledamot", change="member")
        return False

    # ("A tar över som kommunens representant för hälso- och sjukvården efter B": whose seat before the role, what
    # it stands for after it, in the body that met)
    _TOOK_OVER_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2})\s+(?:har\s+)?(?:tagit|tar|tog)\s+över\s+som\s+"
        r"(?:(?:kommunens|regionens|förvaltningens|[A-ZÅÄÖ][\wåäö-]+s)\s+(?=(?:ny\s+)?(?:representant|ledamot|ersättare)\b))?"
        # ("… som gruppens sekreterare efter HS": the body that met by its kind, in the genitive)
        r"(?:(?:gruppens|rådets|nätverkets|teamets|styrgruppens|arbetsgruppens)\s+)?"
        r"(?P<role>(?:vice\s+)?[\wåäö-]+)(?:\s+för\s+(?![a-zåäö]*(?:gruppen|nätverket|teamet|rådet)\b)[^,.;]+?(?=\s+efter\s)"
        r"|\s+(?:i|för)\s+(?P<g>[^,.;]+?))?\s+efter\s+"
        r"(?:(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2})\b|(?P<pron>honom|henne)\b)")

    # whom first, the seat after: "A tar över efter B som representant för Åby kommun (i gruppen)"
    _TOOK_OVER_AFTER_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2})\s+(?:har\s+)?(?:tagit|tar|tog)\s+över\s+efter\s+"
        r"(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2})(?P<pron>)\s+som\s+(?P<role>(?:vice\s+)?[\wåäö-]+)"
        r"(?:\s+(?:för|från)\s+(?:[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|[Rr]egion(?:en|\s+[A-ZÅÄÖ][\wåäö-]+)))?"
        r"(?:\s+i\s+(?P<g>[^,.;]+?))?\s*(?:\s(?:från|vid|efter)\b.*)?$")

    # the taker-over in a clause of her own after the one who leaves: "…; Lena Ek (Åby kommun) tar över efter honom"
    _TOOK_OVER_CLAUSE_RE = re.compile(
        r";\s+(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})(?:\s+\([^()]{1,60}\))?\s+(?:tar|tog)\s+över"
        r"(?:\s+efter\s+(?:(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})|honom|henne))?"
        r"(?:\s+(?:från|fr\.o\.m\.|vid|efter|i|till)\s+[^.;]+)?\s*\.?$")
    # the clause before it: one who leaves the body that met ("Per Holm lämnar gruppen efter sista mötet")
    _LEAVES_FIRST_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})(?:\s+\([^()]{1,60}\))?\s+"
        r"(?:lämnar|slutar\s+i|går\s+ur)\s+(?:gruppen|arbetsgruppen|teamet|nätverket|rådet|styrgruppen|samverkansgruppen)\b")

    _TAKES_OVER_CHAIR_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:\s+\([^()]{1,12}\))?(?:,\s+[^.;,]{2,60},)?\s+"
        r"(?:tar\s+över|övertar)\s+(?P<vice>vice\s+)?ordförande(?:skapet|posten|uppdraget)"
        r"(?:\s+i\s+(?P<group>[^.;,]+?))?"
        r"(?:\s+(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från|den|vid|efter|när|i\s+(?=[a-zåäö]+\b))\b[^.;]*)?\s*\.?$")

    _SHARE_DUTY_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}(?:,\s+[^.;,]{2,40})?\s+och\s+"
        r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})(?:,\s+[^.;,]{2,40},)?\s+(?:ska\s+)?(?:delar|dela)\s+(?:på\s+)?"
        r"(?:(?:uppdraget|rollen)\s+som\s+(?P<role>(?:vice\s+)?ordförande|sammankallande|sekreterare|samordnare|"
        r"processledare|kontaktperson(?:er)?)|(?P<chair>ordförandeskapet))"
        r"(?:\s+(?:i|för)\s+(?P<group>(?!\d)[^.;,]+?))?"
        r"(?:\s+(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från|under|den|vid|efter|till\s+och\s+med|i\s+(?=[a-zåäö\d]+\b))\b[^.;]*)?"
        r"(?:,\s*[^.;]*)?\s*\.?$")

    def _ms_share_duty(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                       giver: str | None = None) -> bool:
        """"A och B delar på uppdraget som sammankallande": a seat in that role for each; decided at the
        meeting, the duty is a task of the two."""
        m = self._SHARE_DUTY_RE.match(s.strip())
        if not m:
            return False
        who = self._people(m.group("who"), text_names=True)
        raw = (m.group("group") or "").strip()
        body = self._meeting_body()
        grp = (_own_body(raw, body) or self._group_phrase(raw)) if raw else body
        if not who or len(who) < 2 or not grp:
            return False
        role = m.group("role") or "ordförande"
        item = self.ctx.item.number if self.ctx.item else None
        self.group(grp, item)
        for p in who:
            self.membership(p, grp, item, role=role, change="join")
        if origin == "decision":
            self.assignment(who, f"vara {role} i {grp}", origin=origin, pos=pos, given_by=giver or body, delegated=False)
        return True

    _HANDS_OVER_CHAIR_RE = re.compile(
        r"^(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:\s+\([^()]{1,12}\))?(?:,\s+[^.;,]{2,60},)?\s+"
        r"(?:lämnar\s+över|lämnade\s+över|överlämnar|överlämnade|lämnar|lämnade)\s+"
        r"(?:(?P<vice>vice\s+)?ordförande(?:skapet|posten|uppdraget|klubban)|(?:uppdraget|rollen)\s+som\s+"
        r"(?P<role>(?:vice\s+)?ordförande|sammankallande|sekreterare|samordnare|processledare))"
        r"(?:\s+i\s+(?P<group>[^.;,]+?))?\s+till\s+(?P<new>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})"
        r"(?:\s+(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från|den|vid|efter|när|inför|under|i\s+(?=[a-zåäö\d]+\b))\b[^.;]*)?"
        r"(?:,\s*[^.;]*)?\s*\.?$")

    def _ms_hands_over_chair(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                             giver: str | None = None) -> bool:
        """"A lämnar över ordförandeskapet till B": B takes the chair of the body named, else of the
        body that met, in A's place."""
        m = self._HANDS_OVER_CHAIR_RE.match(s.strip())
        if not m:
            return False
        old = self._people(m.group("old"), text_names=True)
        new = self._people(m.group("new"), text_names=True)
        raw = (m.group("group") or "").strip()
        body = self._meeting_body()
        grp = (_own_body(raw, body) or self._group_phrase(raw)) if raw else body
        if not old or not new or len(old) != 1 or len(new) != 1 or not grp or _same_person(old[0], new[0]):
            return False
        role = (m.group("role") or ("vice ordförande" if m.group("vice") else "ordförande")).strip()
        item = self.ctx.item.number if self.ctx.item else None
        self.group(grp, item)
        self.membership(new[0], grp, item, role=role, change="replace")
        self.membership(old[0], grp, item, role=role, change="leave")
        return True

    def _ms_takes_over_chair(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                             giver: str | None = None) -> bool:
        """"Tor Berg tar över ordförandeskapet från och med 1 juli": the chair of the body named, else of the
        body that met, taken by that person."""
        m = self._TAKES_OVER_CHAIR_RE.match(s.strip())
        if not m:
            return False
        who = self._people(m.group("who"), text_names=True)
        raw = (m.group("group") or "").strip()
        body = self._meeting_body()
        grp = (_own_body(raw, body) or self._group_phrase(raw)) if raw else body
        if not who or len(who) != 1 or not grp:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        self.group(grp, item)
        self.membership(who[0], grp, item, role="vice ordförande" if m.group("vice") else "ordförande", change="join")
        return True

    def _ms_leaves_then_taken_over(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                                   giver: str | None = None) -> bool:
        """"Per Holm lämnar gruppen efter sista mötet; Lena Ek (Åby kommun) tar över (efter honom) från augusti":
        the seat the first clause gives up, taken in the body that met by the one the second names."""
        c = "; " in s and self._TOOK_OVER_CLAUSE_RE.search(s)
        lm = c and self._LEAVES_FIRST_RE.match(s[:c.start()])
        if not lm:
            return False
        new = self._people(c.group("who"), text_names=True)
        old = self._people(c.group("old") or lm.group("who"), text_names=True)
        body = self._meeting_body()
        if not new or not old or len(old) != 1 or not body:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        for p in new:
            self.membership(p, body, item, change="replace", replaces=normalise_person_name(old[0]))
        self.membership(old[0], body, item, change="leave")
        return True

    def _ms_took_over_after(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                            giver: str | None = None) -> bool:
        """"A har tagit över som sammankallande i närvårdsgruppen efter B": A replaces B there; a
        group named by its type word is the one of that type the item named before."""
        if s[:1] in "FIEVP" and (fr := _FRONTED_TAKEOVER.match(s)):
            # "Från och med nästa möte tar ÅK över som gruppens sekreterare efter HS": the time fronted, the
            # taker-over after the verb
            s = f"{fr.group('who')} tar över {fr.group('rest')} {fr.group('when')[:1].lower()}{fr.group('when')[1:]}"
        m = self._TOOK_OVER_RE.match(s) or self._TOOK_OVER_AFTER_RE.match(s)
        if not m:
            return self._ms_took_over_as(s)
        new = self._people(m.group("who"), text_names=True)
        # "… tar över som kassör efter honom": the one the sentence before named ("Kjell Ek lämnar rådet")
        old = self._people(m.group("old"), text_names=True) if m.group("old") else self._named_before(s, new)
        if not new or not old or len(old) != 1:
            return False
        gs = find_groups(m.group("g")) if m.group("g") else []
        if m.group("g") and (not gs or gs[0].generic_head) and re.match(r"[a-zåäö]{3,}(?:et|en)\s+för\s+[a-zåäö]", m.group("g")):
            # "… i nätverket för elevhälsans medicinska insats": a body named by its kind and what it is for, its
            # name as a heading would write it
            raw = m.group("g")
            named = find_groups(raw[0].upper() + raw[1:])
            gs = named if named and named[0].start == 0 and not named[0].generic_head else gs
        if not m.group("g"):
            # "… tar över som sammankallande efter B": a seat in the body that met
            grp = self.p.body if m.group("role") in _SEAT_ROLES else None
        elif not gs or gs[0].start != 0:
            return False
        elif gs[0].generic_head:
            text = re.sub(r"\s+", " ", self.ctx.item.body or "") if self.ctx.item else ""
            at = text.find(s[:40])
            before = [g.name for g in find_groups(text[:at]) if not g.generic_head
                      and gs[0].generic_head in g.name.casefold()] if at > 0 else []
            grp = before[-1] if before else (self.p.body if (self.p.body or "").casefold().startswith(gs[0].generic_head) else None)
        else:
            grp = self.ctx.resolve_generic(gs[0])
        if not grp:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        role = m.group("role")
        for p in new:
            self.membership(p, grp, item, role=role, change="replace", replaces=normalise_person_name(old[0]))
        self.membership(old[0], grp, item, role=role, change="leave")
        if not m.group("g") and role in _HANDED_ON_DUTIES and _TAKES_OVER_NOW.search(s):
            # "MB tar över som sammankallande efter AL fr o m jan": the body that met hands its own duty on, a task
            # of the one who takes it (not "har tagit över", told of a change made before)
            self.assignment(new, f"vara {role}", origin=origin, pos=pos, given_by=giver or self._meeting_body())
        return True

    _TOOK_OVER_AS_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2})\s+(?:har\s+)?(?:tagit|tar|tog)\s+över\s+som\s+"
        r"(?P<role>(?:vice\s+)?[\wåäö-]+)(?:\s+i\s+(?P<g>gruppen|[a-zåäö]{3,}(?:gruppen|nätverket|teamet|rådet)"
        r"(?:\s+för\s+[^,.;]+?)?(?=\s+(?:från|fr\.o\.m\.|vid|under|efter|i)\s|\s*[,.]|\s*$)))?"
        r"(?:\s+(?:från|fr\.o\.m\.|vid|under|efter|i)\s+[^.;]+)?\s*[.]?$")

    def _ms_took_over_as(self, s: str) -> bool:
        """"Olle Berg har tagit över som sekreterare (i gruppen)": a seat in the body that met, whom it was
        taken over from not told."""
        m = "som" in s and self._TOOK_OVER_AS_RE.match(s)
        body = self._meeting_body()
        if m and m.group("g") and m.group("g") != "gruppen":
            # "Maria tar över som sammankallande i arbetsgruppen för SIP efter sommaren": a seat in that body
            raw = m.group("g")
            gs = find_groups(raw) or find_groups(raw[0].upper() + raw[1:])
            if not gs or gs[0].start != 0:
                return False
            body = self.ctx.resolve_generic(gs[0]) if gs[0].generic_head else gs[0].name
        if not m or not body or m.group("role") not in _SEAT_ROLES:
            return False
        new = self._people(m.group("who"), text_names=True)
        if not new or len(new) != 1:
            return False
        self.membership(new[0], body, self.ctx.item.number if self.ctx.item else None, role=m.group("role"),
                        change="join")
        return True

    def _named_before(self, s: str, besides: list[str] | None) -> list[str] | None:
        """The person named last in the item's text before the sentence ``s`` (besides ``besides``), for a
        "honom" / "henne" that points back to them."""
        text = re.sub(r"\s+", " ", self.ctx.item.body or "") if self.ctx.item else ""
        at = text.find(s[:40])
        for cand in reversed(re.findall(self._NAME, text[:at]) if at > 0 else []):
            people = self._people(cand, text_names=True)
            if people and people[0] not in (besides or []):
                return people[:1]
        return None

    _NAME = r"[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2}"
    _SEAT_ROLE = r"(?:vice\s+)?(?:ordförande|sammankallande)"
    _SEAT_FROM_RE = re.compile(
        rf"^(?:[Ff]rån(?:\s+och\s+med)?|[Ff]\.?\s?o\.?\s?m\.?)\s+(?:den\s+)?\d{{1,2}}\s+[a-zåäö]+(?:\s+\d{{4}})?\s+"
        rf"(?:är|blir)\s+(?P<a>{_NAME})\s+(?P<ra>{_SEAT_ROLE})(?:\s+och\s+(?P<b>{_NAME})\s+(?P<rb>{_SEAT_ROLE}))?$")

    # the same with the time after the roles: "A är ordförande och B vice ordförande från och med § 3 på detta möte
    # och till och med den 31 december 2027" (the chair and the vice changing places)
    _SEAT_FROM_AFTER_RE = re.compile(
        rf"^(?:att\s+)?(?P<a>{_NAME})\s+(?:är|blir)\s+(?P<ra>{_SEAT_ROLE})\s+och\s+(?P<b>{_NAME})\s+(?:är\s+|blir\s+)?"
        rf"(?P<rb>{_SEAT_ROLE})\s+(?P<when>(?:från(?:\s+och\s+med)?|fr\.?\s?o\.?\s?m\.?)\s+[^.;]+?)\.?$")

    def _ms_seat_from_date(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                           giver: str | None = None) -> bool:
        """"Från den 1 januari 2026 är A ordförande och B vice ordförande": new roles in the body
        that met, from that date."""
        m = self._SEAT_FROM_RE.match(s) or self._SEAT_FROM_AFTER_RE.match(s)
        body = self._meeting_body()
        if not m or not body:
            return False
        pairs = [(m.group("a"), m.group("ra"))] + ([(m.group("b"), m.group("rb"))] if m.group("b") else [])
        people = [(self._people(p, text_names=True), r) for p, r in pairs]
        if not all(p and len(p) == 1 for p, _ in people):
            return False
        item = self.ctx.item.number if self.ctx.item else None
        for (p,), role in people:
            role = re.sub(r"\s+", " ", role)
            self.membership(p, body, item, role=role, change="join")
            if origin == "decision" and "when" in m.re.groupindex:
                # decided: each chair is a duty given from then on
                self.assignment([p], f"vara {role} i {body} {m.group('when')}", origin=origin,
                                pos=pos, given_by=giver or self._current_giver(pos))
        return True

    _REGISTERED_RE = re.compile(
        r"\b(?:har\s+)?(?:anmält|anmäler|anmälde|nominerat)\s+(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})"
        r"\s+som\s+(?:(?P<hm>[A-ZÅÄÖ][\wåäö-]+\s+kommuns|[Rr]egionens|[Kk]ommunens|[Rr]egion\s+[A-ZÅÄÖ][\wåäö-]+s)\s+)?"
        r"(?P<role>företrädare|representant|ledamot|ersättare)\s+i\s+(?P<g>[^.;,]+?)\s*$")
    # the new one named for the seat just left, no body named: "… lämnar därmed styrgruppen. Tallmo kommun har anmält
    # Oskar Nyström som ny ledamot från den 1 augusti."
    _REGISTERED_SUCCESSOR_RE = re.compile(
        r"\b(?:har\s+)?(?:anmält|anmäler|anmälde|nominerat|utsett)\s+(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})"
        r"\s+(?:som|till)\s+ny(?:tt)?\s+(?P<role>ledamot|representant|företrädare|ersättare)"
        r"(?:\s+(?:från(?:\s+och\s+med)?|fr\.?\s?o\.?\s?m\.?|efter|den)\b[^.;]*)?\s*\.?$")

    def _ms_registered_as(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                          giver: str | None = None) -> bool:
        """"Förvaltningschefen har anmält A som Åby kommuns företrädare i arbetsgruppen": A's seat there."""
        m = self._REGISTERED_RE.search(s)
        if not m and self._leaving and (succ := self._REGISTERED_SUCCESSOR_RE.search(s)):
            # "Tallmo kommun har anmält Oskar Nyström som ny ledamot från den 1 augusti": the seat the sentence before
            # has someone leave
            who = self._people(succ.group("who"), text_names=True)
            old, grp = self._leaving
            item = self.ctx.item.number if self.ctx.item else None
            for p in who or []:
                self.membership(p, grp, item, role=succ.group("role"), change="replace", replaces=old)
            return bool(who)
        if not m:
            return False
        who = self._people(m.group("who"))
        gs = find_groups(m.group("g"))
        if not who or not gs or gs[0].start != 0:
            return False
        grp = self.ctx.resolve_generic(gs[0])
        if not grp or gs[0].generic_head and grp != self.p.body and grp not in self.ctx.named.values():
            return False  # "arbetsgruppen": only the one the item has named
        hm = m.group("hm")
        hm = re.sub(r"s$", "", hm) if hm and re.search(r"kommuns$|^Region\s", hm) else None
        item = self.ctx.item.number if self.ctx.item else None
        for p in who:
            self.membership(p, grp, item, role="representant" if m.group("role") == "företrädare" else m.group("role"),
                            change="join", on_behalf_of=hm)
        return True

    def _ms_welcomed(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"X hälsas välkommen som ny ledamot i G (utifrån …-perspektivet)"."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = "hälsa" in s and re.match(r"^(?P<who>.+?)\s+hälsa(?:s|des)\s+(?:\w+\s+)*?välkom(?:n|na|men|mna)\s+som\s+(?:nya?\s+)?(?P<role>ledamot|ledamöter|deltagare|medlem(?:mar)?|representant(?:er)?)\s+i\s+(?P<g>.+?)(?:\s+utifrån\s+(?P<persp>.+?))?\.?$", s)
        if m:
            people = split_name_list(m.group("who"))
            g = self._group_phrase(m.group("g"))
            if people and is_name_list(people) and g:
                persp = None
                if m.group("persp"):
                    persp = re.sub(r"(?:-|\s)?perspektiv(?:et)?$", "", m.group("persp").strip()).strip()
                    persp = re.sub(r"hälso$", "hälsa", persp)
                role = "ledamot" if m.group("role").startswith("ledam") else m.group("role")
                for p in people:
                    self.membership(p, g, item, role=role, change="join", perspective=persp)
            return False
        f = "första" in s and _WELCOMED_FIRST_RE.match(s)
        if f and self.p.body and is_name_list([f.group("who")]):
            # "Ett särskilt välkommen riktades till A som var med på sitt första styrgruppsmöte": a new member
            self.membership(f.group("who"), self.p.body, item, role="ledamot", change="join")
            return False
        n = "nya" in s and _WELCOMES_NEW_RE.match(s)
        if n:
            # "Hon hälsade de nya deltagarna i rådet, Anna Lund, Åby kommun, och Per Ek, Ekby kommun, speciellt välkomna"
            g = (self._group_phrase(n.group("g")) or self._body_ref(n.group("g"))) if n.group("g") else self.p.body
            pieces = [p.strip() for p in re.split(r",\s*(?:och\s+)?|\s+och\s+", n.group("list")) if p.strip()]
            people = [p for p in pieces if is_name_list([p]) and not _ORG_SUBJECT.match(p)]
            for p in people if g else ():
                self.membership(p, g, item, role="ledamot", change="join")
            return False
        # "Ordföranden hälsar Anna Lund (S) välkommen som ny ledamot för Åby kommun efter Per Ek (S)":
        # a seat in the body that met unless a body is named; "efter" names whom the newcomer replaces
        w = "särskilt" in s and _WELCOMES_ALL_RE.match(s)
        if w:  # "Helen hälsade välkommen, särskilt Anna Lund som är ny ledamot …": the same
            s = f"{w.group('a')}hälsar {w.group('who')} välkommen som {w.group('rest')}"
        w = "hälsa" in s and re.match(r"^(?P<who>.+?)\s+hälsa(?:s|des)\s+(?:\w+\s+)*?välkom(?:n|na|men|mna)\s+som\s+(?P<rest>.+)$", s)
        if w:  # "Lisa Ek hälsas (hälsades) välkommen som ny representant för Åby kommun": the same, in the passive
            s = f"Gruppen hälsar {w.group('who')} välkommen som {w.group('rest')}"
        w = "älkom" in s and _WELCOME_TO_RE.match(s)
        if w:  # "Välkommen till Eva Nord som ny ledamot för Ekby kommun", "Vi välkomnar Eva Nord som …": the same
            s = f"Gruppen hälsar {w.group('who')} välkommen som {w.group('rest')}"
        m = "hälsa" in s and _WELCOMES_RE.match(s)
        if m:
            # "hälsade Cecilia Hammar, Vårdcentralen Tornvik, särskilt välkommen": the name without where she comes from
            people = split_name_list(re.sub(r"^([A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}),\s+[^,]{2,60},?$", r"\1",
                                            m.group("who")))
            # (or names the roster holds: "Inga Bratt", a given name that is also a word)
            if not (people and (is_name_list(people) or all(p.casefold() in self.ctx.roster for p in people))):
                return False
            # ("… som ny medlem i nätverket": the body that met by its kind alone)
            g = (self._group_phrase(m.group("g")) or _own_body(m.group("g"), self.p.body)) if m.group("g") else self.p.body
            old = normalise_person_name(_PARTY_TAG.sub("", m.group("old"))) if m.group("old") else None
            role = "ledamot" if m.group("role").startswith("ledam") else m.group("role")
            stand_in = re.search(r"\bersättare\s+för\s+(?P<p>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s*\.?$", s)
            if stand_in and is_name_list([stand_in.group("p")]):
                return False  # "… välkommen som ersättare för Annika Sjödin": serving for her today, no seat of his own
            for p in people:
                self.membership(p, g, item, role=role, change="replace" if old else "join",
                                on_behalf_of=m.group("hm"), replaces=old)
            if old and is_name_list([old]):
                self.membership(old, g, item, role=role, change="leave", on_behalf_of=m.group("hm"))
        return False

    def _ms_sits_in(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"X är/sitter med i G"."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = " med i " in s and re.match(r"^(?P<who>.+?)\s+(?:.*?\s)?(?P<v>är|sitter|kommer\s+att\s+vara|ska\s+vara)\s+"
                                        r"(?:båda\s+|alla\s+|också\s+|även\s+)*med\s+i\s+(?P<g>.+?)$", s)
        if m:
            who = re.split(r"\s+(?:arbetar|är|sitter|kommer\s+att|ska)\b", s)[0]
            people = split_name_list(who)
            if people and is_name_list(people):
                # "Eva kommer att vara med i processteamet under hösten": a seat to come, for a time
                joins = m.group("v") not in ("är", "sitter")
                for part in re.split(r"\s+och\s+(?:nu\s+)?(?:med\s+)?", m.group("g")):
                    if joins:
                        part = re.sub(r"\s+(?:under|från|fram\s+till|till\s+och\s+med|efter)\s+[^,;]*$", "", part)
                    g = self._group_phrase(part)
                    if g:
                        change = "join" if joins or re.search(r"\bnya\b", part) else "member"
                        for p in people:
                            self.membership(p, g, item, role="ledamot", change=change)
        return False

    def _ms_group_leaders(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"Gruppledarna är X och Y": a duty and a seat in the body the item is about."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = re.search(r"ledar|samordnar|kontaktperson", s) and _GRUPPLEDARE_RE.search(s)
        if m:
            raw = m.group("who").rstrip(". ")
            people = split_name_list(raw)
            if people and is_name_list(people):
                role = {"gruppledar": "gruppledare", "processledar": "processledare",
                        "samordnar": "samordnare", "kontaktperson": "kontaktperson"}[m.group("role")]
                task = f"vara {role}"
                body = ctx.item.body if ctx.item else ""
                bm = re.search(rf"{role}en\s+ska\s+(?P<t>[^.]+)", body or "")
                if bm:
                    task += ": " + re.sub(r"\s+", " ", bm.group("t"))
                self.assignment(people, task, origin="narrative", pos=None,
                                given_by=None)
                g = ctx.item.title.strip() if ctx.item and ctx.item.title else None
                if g:
                    g = re.sub(r"\s*\((?:[IDB]/?)+\)\s*$", "", g)
                    self.group(g, item)
                    for p in people:
                        self.membership(p, g, item, role=role, change="join")
                dm = re.search(r"Deltagare\s+från\s+(?P<g>.+?)\s+kommer", _flatten(body or ""))
                if dm:
                    g2 = self._group_phrase(dm.group("g"))
                    if g2:
                        for p in people:
                            self.membership(p, g2, item, change="member")
        return False

    def _ms_has_been_appointed(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"X, Y kommun har utsetts till processledare"."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = "utsetts" in s and re.search(r"(?P<p1>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+(?P<o1>[A-ZÅÄÖ][a-zåäö]+s?\s+kommun|[Rr]egionen)\s+har\s+utsetts\s+till\s+(?P<r1>[\wåäö]+)"
                      r"(?:\s+och\s+(?P<p2>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+(?P<o2>[A-ZÅÄÖ][a-zåäö]+s?\s+kommun|[Rr]egionen)\s+(?:som|till)\s+(?P<r2>[\wåäö]+))?", s)
        if m:
            pm = re.search(r"\bför\s+processen\s+(?P<p>[^.]+?)(?:\s+för\s+\w+)?\.", _flatten(ctx.item.body or "") if ctx.item else "")
            g = (f"processen {pm.group('p')}" if pm else None) or ctx.topic() or (
                self._meeting_body() if ctx.on_generic_point() else None)
            for k in ("1", "2"):
                p = m.group(f"p{k}")
                if p and is_person_name(p):
                    if not pm:  # a process is no body with seats: its processledare has a duty, not a membership
                        self.membership(p, g, item, role=m.group(f"r{k}"), change="join",
                                        on_behalf_of=m.group(f"o{k}"))
                    # the appointment is a duty given, by the body whose meeting the item reports
                    where = f" för {g}" if g else ""
                    self.assignment([p], f"vara {m.group(f'r{k}')}{where}", origin=origin, pos=pos,
                                    given_by=giver if origin == "decision" else ctx.reporting_body)
        return False

    _RELEASED_FROM_THE_SEAT = re.compile(r"^(?:att\s+)?entlediga\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})"
                                         r"(?:\s*\([A-ZÅÄÖ]{1,3}\))?\s+från\s+(?:sitt\s+)?uppdraget\s*[,.]?$")
    _SEAT_IN_TITLE = re.compile(r"(?P<role>representant|ledamot|ersättare)\s+i\s+(?P<g>[A-ZÅÄÖ][^,;]+?)\s*$")

    def _ms_released_from_the_items_seat(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                                         giver: str | None = None) -> bool:
        """"att entlediga X (S) från uppdraget" under "Byte av nämndens representant i G": the seat the item is
        about, which its title names."""
        m = self._RELEASED_FROM_THE_SEAT.match(s.strip())
        t = self._SEAT_IN_TITLE.search(self.ctx.item.title or "") if m and self.ctx.item else None
        g = self._group_phrase(t.group("g")) if t else None
        if not g or not is_person_name(m.group("who")):
            return False
        item = self.ctx.item.number
        self.group(g, item)
        self.membership(m.group("who"), g, item, role=t.group("role"), change="leave")
        return True

    def _perspectives(self, it: ParsedItem) -> None:
        m = re.search(r"representerar\s+perspektiv(?:en|et)?\s*[;:,]?\s*(?P<p>[^.\n]+?)(?:\s{2,}|\.|\n|$)", it.body or "")
        if not m:
            return
        persp = re.sub(r"\s+", " ", m.group("p")).strip()
        for ms in self.out.memberships:
            if ms.item == it.number and ms.group.casefold().startswith("styrgrupp") and not ms.perspective:
                ms.perspective = persp

    # ------------------------------------------------------------- sentences
    def _sentence(self, s: str, *, origin: str, pos: int | None, giver: str | None,
                  kinds: tuple[str, ...] = KINDS) -> None:
        """Read one sentence with the rules of the registry whose trigger words it contains
        (of ``kinds``)."""
        s = s.strip().rstrip(".").rstrip(",;").rstrip()  # a decision's clauses end with "," before the next "att"
        if "@" in s:
            s = _MENTION_AT.sub("", s)  # "Vi ber @Gustav Wennerholm stämma av …": a chat app's mention, the name
        if s[:4] == "Kan " and "?" in s and "assignment" in kinds and origin != "decision" \
                and self._asked_and_agreed(s, origin=origin, pos=pos, giver=giver):
            return  # "Kan Sanna sammanställa …? – Ja, före v. 10": the question and its answer read together
        if "(§" in s:
            s = _PARAGRAPH_CITED.sub("", s)  # "gav den 16 maj 2025 (§ 17) LVO i uppdrag": where it was decided, aside
        if (s[:7] == "Enligt " or ", " in s) and "mandate" in kinds and (duties := _duties_apart(s)):
            # "Enligt LSVO:s beslut …, leder styrgruppen … på uppdrag av LSVO, får … och rapporterar till LSVO": each
            # standing duty of the body read as its own sentence in straight order
            for duty in duties[:-1]:
                self._sentence(duty, origin=origin, pos=pos, giver=giver, kinds=kinds)
            s = duties[-1]
        if ", som i sin tur " in s and (turn := _IN_TURN.match(s)):
            # the first body's act and the one it passed the matter on to, each read as its own sentence; what for
            # the matter went on, it went the first way for too
            why = _IN_TURN_WHY.search(turn.group("rest"))
            self._sentence(turn.group("first") + (why.group(0) if why else ""), origin=origin, pos=pos, giver=giver,
                           kinds=kinds)
            b = turn.group("b")
            s = b[:1].upper() + b[1:] + " " + re.sub(r"\b(?:den|det)\b", turn.group("obj"), turn.group("rest"), count=1)
        if s[:3] == "Vi " and (we := _WE_AT.match(s)):
            # "Vi på Åby kommun tar fram …", "Vi från Åby och Ekå undersöker …": the members speaking
            # for their huvudmän, whose task it is
            s = s[we.end():]
        acting = "tf." in s
        if acting:
            s = _ACTING_TITLE.sub("tf ", s)  # "som tf. primärvårdsdirektör": no sentence ends in a title
        note = _RESPONSIBLE_NOTE.search(s) if "nsvar" in s else None
        if note and "assignment" in kinds:
            self._noted_responsible(s[:note.start()].rstrip(" .,;"), note.group("who"), origin=origin, pos=pos,
                                    giver=giver, kinds=kinds)
            return
        if origin == "decision" and " och " in s and (two := _SECOND_DECIDED_ACT.match(s)):
            # "bilda en arbetsgrupp för X med A som sammankallande, och utser B och C till representanter i
            # arbetsgruppen": a second act of the body that met after the first, read as its own att-clause
            self._sentence(two.group("first"), origin=origin, pos=pos, giver=giver, kinds=kinds)
            s = _present_to_infinitive(two.group("v")) + two.group("rest")
        if (" – h" in s or " - h" in s) and (pro := _PRONOUN_AFTER_DASH.match(s)) and self._people(pro.group("who")):
            # "MR presenterade sig – hon företräder Tallmo kommun i SBU efter Jukka Heikkinen": the clause after the dash
            # told of the one the sentence began with
            self._sentence(f"{pro.group('who')} {pro.group('rest')}", origin=origin, pos=pos, giver=giver, kinds=kinds)
            s = s[:pro.start("dash")]
        if " att " in s and "membership" in kinds and (told := _TOLD_APPOINTMENT.match(s)):
            # "Lövsta kommun har meddelat att Ingrid Falk (L) utses till ersättare i samrådet efter Gunnar Rapp": the
            # appointment told, read as it stands after the words that tell it
            s = s[told.end():]
        if self._roster_group and ": " not in s:
            self._roster_group = None  # a roster's list ends where its lines do
        if "assignment" in kinds and self._delegation_list(s, origin=origin, pos=pos, giver=giver):
            return
        if origin == "decision" and "assignment" in kinds and "bakom att" in s and (bk := _ENDORSES_THAT.match(s)) \
                and _TASK_AFTER_SUBJECT.match(s, bk.end()):
            # "ställa sig bakom att FoU Rönnmark anordnar en utbildning": the one the body stands behind does it (not
            # "… att Strandviks kommun deltar i piloten": a part taken, no task)
            self._sentence(s[bk.end():], origin=origin, pos=pos, giver=giver, kinds=("assignment",))
        if "föresl" in s and "mandate" in kinds and ", som " in s and (ps := _PROPOSED_STANDING.search(s)):
            # "Förvaltningen föreslår att arbetsgruppen, som rapporterar till styrgruppen, får i uppdrag att …": the
            # line the group reports along stands, whatever becomes of the proposal
            who = ps.group("who")
            self._sentence(f"{who[:1].upper()}{who[1:]} rapporterar till {ps.group('to')}", origin=origin, pos=pos,
                           giver=giver, kinds=("mandate",))
        if "; " in s and "assignment" in kinds and (tail := _TITLED_TASK_AFTER_SEMICOLON.search(s)):
            # "Josefin Ek lämnar gruppen vid årsskiftet; socialchefen utser hennes efterträdare": the clause after
            # the semicolon a task of its own, whatever reads the one before it
            t = tail.group("t")
            named = set(re.findall(r"\b[A-ZÅÄÖ][a-zåäö]+s?\s+kommun\b", s[:tail.start()])) if t.startswith("kommunen ") else ()
            if len(named) == 1:
                # "X går in som ledamot för Åby kommun; kommunen utser ny ersättare": the kommun the clause before named
                t = named.pop() + t[len("kommunen"):]
            self._sentence(t[:1].upper() + t[1:], origin=origin, pos=pos, giver=giver, kinds=("assignment",))
            s = s[:tail.start()]
        if (" – " in s or " - " in s) and "assignment" in kinds and (unit := _UNIT_FILLS_SEAT.search(s)) \
                and unit.start() > 0:
            # "Cecilia slutar i gruppen efter sommaren – psykiatrin skickar någon annan": the unit's task after the dash,
            # the leaving before it read alone
            self.ctx.clause = s[unit.start():].lstrip(" –—-")
            self._unit_fills_seat(self.ctx.clause, origin=origin, pos=pos, giver=giver)
            s = s[:unit.start()]
        if ", " in s and " utser " in s and "assignment" in kinds and (tail := _SEAT_FILLED_AFTER_COMMA.search(s)):
            # "Leila Karimi lämnar rådet vid årsskiftet, Länsstyrelsen utser ersättare": who fills the seat, a task
            # of its own after the comma
            self._sentence(tail.group("t"), origin=origin, pos=pos, giver=giver, kinds=("assignment",))
            s = s[:tail.start()]
        if (" – " in s or "->" in s or "→" in s or ", " in s) and "assignment" in kinds and (
                tail := _TASK_AFTER_TOPIC_DASH.search(s)) and not (
                tail.group(0)[:1] == "," and _DOER_FIRST.match(s[:tail.start()].lstrip("-•* "))) and all(
                w in self.ctx.initials or self._people(w)
                for w in re.split(r"\s*(?:,|\bo\b|\boch\b|\+)\s*", tail.group("who")) if w):
            # the clause after the dash a task of the people it names, the topic before it read alone (and a
            # clause of another subject after a comma read on its own: "LV skriver utkast, alla kommenterar senast 20/11")
            for part in _NEXT_SUBJECT_CLAUSE.split(tail.group("t")):
                self._sentence(part, origin=origin, pos=pos, giver=giver, kinds=("assignment",))
            s = s[:tail.start()]
        if "yrka" in s and "assignment" in kinds and _MOTION.match(s):
            # "KS (C) yrkar bifall … med tillägget att socialchefen ska återrapportera …": a motion put to the
            # meeting, which gives no task; the decision that adopts it does
            kinds = tuple(k for k in kinds if k != "assignment")
        if "i uppdrag" in s and " har " in s and (told := _TOLD_PERFECT.match(s)) and _GAVE_TASK_AFTER.match(s, told.end()):
            # "Reza har berättat att Politiskt samverkansråd har gett RLG i uppdrag att …": the task given, as told
            s = s[told.end()].upper() + s[told.end() + 1:]
        if s[:7] == "Enligt " and (by := _BY_UPPDRAG_FROM.match(s)):
            # "Enligt uppdraget från Samverkansgrupp X ska lokala grupper följa upp …": the giver's uppdrag to those
            # after "ska", told in the words the uppdrag rules read
            subj = by.group("subj")
            if re.fullmatch(r"(?i)(?:de\s+|alla\s+)?lokala\s+(?:samverkans)?grupp(?:er|erna)", subj):
                subj = "de lokala grupperna"
            s = f"{by.group('giver')} har gett {subj[:1].lower() + subj[1:] if subj[:1].islower() or subj[:3] == 'De ' else subj} " \
                f"i uppdrag att {by.group('task')}"
        if " har " in s[:90] and (fp := _FRONTED_PERFECT.match(s)):
            # "I regionplan och budget 2026 har regionfullmäktige uppdragit åt nämnden att …": where it was said
            # fronted, the act read in straight order
            subj = fp.group("subj")
            s = f"{subj[:1].upper()}{subj[1:]} har {fp.group('v')}"
        rules = rules_for(s)
        if not rules:  # a heading prefix below only shortens s: no trigger, nothing to find
            return
        full = s
        if "–" in s or "-" in s:  # a heading prefix ends in a dash
            s = _HEADING_PREFIX.sub("", s)
        if s[:1] in "ÅB" and (lab := _NUMBERED_LABEL.match(s)):
            s = s[lab.end():]  # "Åtgärd 2: Ledningsgruppen får i uppdrag …": the numbered label before the sentence
        elif s[:1] == "U" and (lab := _TASK_LABEL.match(s)):
            s = s[lab.end():]
        labelled = s
        if ":" in s[:40] and (lab := _PLACE_LABEL.match(s)):
            v = _VOCABULARY.get()
            if lab.group("p") in (*v.places, *v.regions) or lab.group("h"):
                s = s[lab.end():]  # "Mossby: Ahmed deltar …": a round of the table, the huvudman whose turn it is
                if "; " in s and "assignment" in kinds and (later := _ROUND_LATER_TASK.match(s)):
                    self._sentence(f"{lab.group('h') or lab.group('p')} {later.group('rest')}", origin=origin, pos=pos,
                                   giver=giver, kinds=("assignment",))
                    s = s[:later.start("rest")].rstrip("; ")
        if not s:
            return
        self._cut_off = full[:len(full) - len(s)]  # what a heading-like prefix took ("… i maj – ")
        self.ctx.clause = _ACTING_UNDONE.sub("tf. ", s) if acting else s  # quoted as written
        if origin == "decision" and (own := _OWN_ACT.match(s)) and (
                not own.group("subj") or self._is_meeting_body_ref(own.group("subj"))):
            # "Arbetsmarknadsnämnden utser Omar Said (S) till …", "Beredningen väljer X att …", "Nämnden för
            # funktionsstöd tillsätter en referensgrupp …": the body that met doing what it decides, read as its
            # att-clause ("utse …", "tillsätta …"), no task of its own
            s = ("utse" if own.group("v") in ("väljer", "välja") else _present_to_infinitive(own.group("v"))) + s[own.end("v"):]
            rules = rules_for(s)
        if ": " in s[:70] and (lead := _LEAD_IN_LABEL.match(s)):
            # "Påminnelse för nya läsare: gruppen har fått i uppdrag av X att …": a lead-in before the sentence
            # (quoted with it)
            s = s[lead.end()].upper() + s[lead.end() + 1:]
        elif ": " in s[:40] and (lead := _CASE_SUMMARY_LABEL.match(s)):
            s = s[lead.end():]  # the label of the protocol's field, no part of the sentence
            rules = rules_for(s)
        if (" ag " in s or " AG " in s or s[:3] in ("ag ", "AG ") or " lg " in s or " sg " in s) and \
                _KIND_LETTERS_IN_TEXT.search(s):
            # "ag SIP får i uppdrag att …": a working group named by its kind's letters, as hurried notes write it
            s = _KIND_LETTERS_IN_TEXT.sub(lambda k: _KIND_LETTERS_NAME[k.group(0)[:2].lower()], s)
            short = re.match(r"Arbetsgrupp (?P<t>[a-zåäö]{4,})\b", s)
            if short and self.ctx.item:
                # "… i arbetsgruppen för problematisk skolfrånvaro (påminnelse: ag frånvaro rapporterar …)": the
                # working group the item names in full, by the last word of its topic
                full = {g.name for g in find_groups(self.ctx.item.body or "") if not g.generic_head
                        and g.name.casefold().startswith("arbetsgrupp") and " för " in g.name
                        and g.name.casefold().split()[-1].endswith(short.group("t"))}
                if len(full) == 1:
                    name = full.pop()
                    s = name[:1].upper() + name[1:] + s[short.end():]
        decision = origin == "decision"
        # "Rådet rapporterar till kommunstyrelsen genom sin årsrapport": a standing duty, the reports_to mandate only
        standing = ("rapporterar" in s and bool(_STANDING_REPORT.search(s))
                    # (a body's, not a person's: "Eva Ek lämnar en lägesrapport … två gånger per år" is her task)
                    or "lämnar" in s and bool(_PERIODIC_HAND_IN.search(s)) and bool(
                        _KIND_WORD_DEFINITE.match(s) or any(g.start == 0 for g in find_groups(s))))
        if standing and decision and "assignment" in kinds and ("övergår" in s or "förs över" in s):
            # "… uppföljningen av X övergår till Samverkansgrupp Y, som rapporterar till ledningsgruppen en gång per
            # år": the work passed on is a task all the same, its standing report a part of it
            self._handed_over_task(s, origin=origin, pos=pos, giver=giver)
        for rule in rules:
            if (rule.decision_only and not decision) or (rule.narrative_only and decision) or rule.kind not in kinds:
                continue
            if standing and rule.kind == "assignment":
                continue
            if rule.handler:
                # a roster line reads its huvudman from the label ("Region X: Karin Ek, enhetschef")
                text = labelled if rule.name in _LABEL_RULES else s
                done = getattr(self, rule.handler)(text, origin=origin, pos=pos, giver=giver)
            else:
                m = rule.regex.search(s)
                done = bool(m) and self._produce(rule, m, s, origin=origin, pos=pos, giver=giver)
                if not done and rule.kind == "mandate" and " att " in s and (told := _TOLD_STANDING.match(s)):
                    # "Ordföranden påminde om att gruppen är tillsatt av X …": the standing fact, told by someone
                    rest = s[told.end():]
                    rest = rest[:1].upper() + rest[1:]
                    m = rule.regex.search(rest)
                    done = bool(m) and self._produce(rule, m, rest, origin=origin, pos=pos, giver=giver)
                    if not done and " och att " in rest:
                        # "… påminde om att RLG fastställde planen och att gruppen har i uppdrag av RLG att …"
                        last = rest.rsplit(" och att ", 1)[1]
                        last = last[:1].upper() + last[1:]
                        m = rule.regex.search(last)
                        done = bool(m) and self._produce(rule, m, last, origin=origin, pos=pos, giver=giver)
            if done and rule.exclusive:
                return

    def _noted_responsible(self, s: str, note: str, *, origin: str, pos: int | None, giver: str | None,
                           kinds: tuple[str, ...], read: bool = True) -> None:
        """A sentence and the note after it of who sees to it, and by when: "Cecilia skriver underlaget
        till PSO (Ansvar: CNW, v. 48)". The sentence is read as it stands; the one the note names
        carries out its task, by the time the note gives: the task the sentence gave them, or the
        sentence's last clause ("… och att Annelie lämnar dem till LVO (Ansvar: AF, v. 5)"). Unless
        ``read``, the sentence is a decision read already: its tasks are those of its position."""
        before = len(self.out.assignments)
        if read:
            self._sentence(s, origin=origin, pos=pos, giver=giver, kinds=kinds)
        who, due = self._noted_who(note)
        if not who:
            return
        made = (self.out.assignments[before:] if read else
                [a for a in self.out.assignments if a.origin == "decision" and a.decision_position == pos])
        mine = [a for a in made if any(_same_person(normalise_person_name(w), x) or w == x for w in who for x in a.assignees)]
        if mine:
            for a in mine:  # the task the sentence gave them: by when the note says
                if due and not a.due_date:
                    a.due, a.due_date = _due(due, self.p.date)
            return
        if made and not re.search(r"\s+och\s+att\s+", s):
            return  # the sentence gave its task to others ("Respektive huvudman anmäler …" / "Ansvar: alla")
        clause = re.split(r"\s+och\s+att\s+|\b(?:enades|enas|beslutade|beslutar|beslöt)\s+(?:om\s+)?att\s+", s)[-1].strip()
        subj = re.match(r"^(?P<subj>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+(?:och\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,3})\s+"
                        r"(?P<v>[a-zåäö]+(?:ar|er|ir|yr|år|ör))\b(?P<rest>.*)$", clause)
        passive = None if subj else re.match(r"^(?P<obj>[a-zåäöA-ZÅÄÖ][^,;]{2,80}?)\s+(?P<v>[a-zåäö]{3,}(?:a|e))s\b(?P<rest>.*)$", clause)
        if subj and subj.group("v") not in _NOT_TASK_VERBS:
            task = f"{_present_to_infinitive(subj.group('v'))}{subj.group('rest')}"
        elif passive:  # "utvärderingen av piloten redovisas för LVO i juni": to present the evaluation
            obj = passive.group("obj")
            if re.match(r"(?:En|Ett|[A-ZÅÄÖ][a-zåäö]+(?:en|et|na))\s", obj + " "):
                obj = obj[:1].lower() + obj[1:]  # "Rutinen skickas ut": the sentence's capital is no name's
            task = f"{passive.group('v')} {obj}{passive.group('rest')}"
        else:
            return
        self.assignment(who, task, origin=origin, pos=pos, given_by=giver or self._meeting_body(), context=due)

    def _noted_who(self, note: str) -> tuple[list[str], str]:
        """Who a responsible note names and by when: "AF, första gången v. 5" -> (["Annelie Frost"],
        "första gången v. 5"); "KH, LGP, v. 10" -> both of them; a body by its name; "alla" names no one."""
        who: list[str] = []
        due: list[str] = []
        for part in (p.strip() for p in re.split(r"\s*,\s*|\s+och\s+", note) if p.strip()):
            if due or _NOTE_TIME.match(part):
                due.append(part)
                continue
            person = self._people(part, text_names=True)
            if person:
                who.extend(person)
            elif self._body_ref(part) and part[:1].isupper():
                who.append(self._body_ref(part))
            else:
                return [], ""
        return who, ", ".join(due)

    # ------------------------------------------------------------- handlers of the registry
    def _creation_in_text(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        decision = origin == "decision"
        return self._creation(s, giver if decision else None, pos, decision=decision)

    _RESPONSIBLE_IS_RE = re.compile(r"^[Aa]nsvariga?\s+för\s+(?P<what>[^.;]{3,120}?)\s+är\s+(?P<who>[A-ZÅÄÖ][^.;]{1,80}?)\s*\.?$"
                                    # the thing fronted, the verb before who: "För programmet ansvarar Mats och Hanna"
                                    r"|^För\s+(?P<what2>[a-zåäö][^.;]{2,120}?)\s+ansvarar\s+(?P<who2>[A-ZÅÄÖ][^.;]{1,80}?)\s*\.?$")

    def _responsible_is(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Ansvarig för utskicket är Anna Lund": the one named last is to see to it."""
        m = self._RESPONSIBLE_IS_RE.match(s)
        who = self._people(m.group("who") or m.group("who2")) if m else None
        if not who:
            return False
        self.assignment(who, f"ansvara för {m.group('what') or m.group('what2')}", origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else self.p.body)
        return True

    _FOR_COMMENT_RE = re.compile(r"^(?P<who>[A-ZÅÄÖ][^.;:]{0,80}?)\s+(?:får|fick)\s+(?P<what>(?:[\wåäöÅÄÖ:-]+\s+){0,4}?"
                                 r"[\wåäöÅÄÖ:-]+)\s+för\s+(?:synpunkter|kommentarer|granskning|genomläsning)\b(?P<rest>.*)$")

    _WORK_DONE_BY_RE = re.compile(
        r"^(?P<noun>" + "|".join(f"{n}(?:en|et|t)" for n in _WORK_VERB) + r")\s+av\s+(?P<obj>[^.;]{3,100}?)\s+"
        r"(?:görs|sköts|genomförs|tas\s+om\s+hand)\s+(?:(?:i\s+fortsättningen|framöver|hädanefter|härefter|"
        r"fortsättningsvis|nu|därefter|sedan)\s+)?av\s+(?P<who>[^.;,]{2,80}?)"
        r"(?P<rest>\s+(?:från|fr\.\s?o\.\s?m\.|fram\s+till|till|under|senast|inför)\b[^.;]*)?\.?$", re.I)

    def _work_done_by(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Uppföljningen av teamen görs i fortsättningen av Arbetsgrupp X": who does the work the passive names
        after "av" has it to do."""
        m = self._WORK_DONE_BY_RE.match(s.strip())
        if not m:
            return False
        raw = m.group("who").strip()
        who = self._people(raw) or ([b] if raw[:1].isupper() and (b := self._body_ref(raw)) and self._is_body(b) else None)
        if not who:
            return False
        noun = m.group("noun").casefold()
        verb = next(v for n, v in _WORK_VERB.items() if noun.startswith(n))
        self.assignment(who, f"{verb} {m.group('obj')}{m.group('rest') or ''}", origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else self._meeting_body(), delegated=False)
        return True

    _SENT_WITH_REQUEST_RE = re.compile(
        r"^(?P<obj>[A-ZÅÄÖ][^.;]{2,100}?)\s+(?:överlämnas|skickas|sänds|översänds|lämnas|remitteras)\s+(?:härmed\s+)?"
        r"(?:vidare\s+)?till\s+(?P<who>[^.;]+?)\s+med\s+(?:en\s+)?(?:begäran|hemställan|uppmaning)\s+(?:om\s+)?att\s+"
        # who is to act, said again: "respektive kommun", "de", "styrgruppen"
        r"(?:(?:respektive|varje)\s+[a-zåäö]+|var\s+och\s+en|de|dessa|[a-zåäö]+(?:en|et|na))\s+"
        r"(?:(?:ska|skall)\s+(?P<inf>[a-zåäö]+)|(?P<v>[a-zåäö]+(?:ar|er|ör|ir|yr|år)))\b(?P<rest>[^.;]*)\.?$")

    def _sent_with_request(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Överenskommelsen överlämnas till kommunerna i länet med en begäran om att respektive kommun fattar beslut
        om …": those it is sent to are to do what the request says."""
        m = self._SENT_WITH_REQUEST_RE.match(s.strip())
        if not m:
            return False
        raw = m.group("who").strip()
        who = self._collective(raw) or ([b] if (b := self._body_ref(raw)) and raw[:1].isupper() else None)
        if not who:
            return False
        verb = m.group("inf") or _present_to_infinitive(m.group("v"))
        self.assignment(who, f"{verb}{m.group('rest')}", origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else self._meeting_body(), delegated=False)
        return True

    def _gets_for_comment(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"AF får utkastet för synpunkter från BUP innan dess": who gets a text to comment on is to comment."""
        m = self._FOR_COMMENT_RE.match(s)
        who = (self._people(m.group("who")) or _subject_assignees(m.group("who"), origin == "decision", self.ctx)) if m else None
        if not who:
            return False
        self.assignment(who, f"lämna synpunkter på {m.group('what')}{m.group('rest')}", origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else self.p.body)
        return True

    def _ges_i_uppdrag(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"X ges/får i uppdrag att …" (also as the clause of another body's decision told: "LSVO beslutade att
        Samverkansgrupp X ges i uppdrag att …", that body the task's giver and the group's mandator)."""
        decider = None
        if "esl" in s[:90] and (lead := _DECIDED_LEAD_IN.match(s)) and (
                (by_body := self._body_ref(lead.group("by"))) and self._is_body(by_body)):
            decider, s = by_body, s[lead.end():]
        m = _UPPDRAG_RE.match(s)
        if not m or m.group("by") and m.group("v") == "har":
            return False  # ("Arbetsgruppen har i uppdrag av LVO att … och rapporterar till LVO": a standing task, read elsewhere)
        if m.group("who").strip().casefold() in _EACH_HUVUDMAN:
            # "att respektive huvudman ges i uppdrag att …": the region and each kommun, and the collective
            who = self._regions() + self._kommuner() + ["huvudmännen"]
        else:
            who = _subject_assignees(m.group("who"), origin == "decision", self.ctx)
        if not who:
            return False
        task = _FOLLOWUP_STATUS_TAIL.sub("", m.group("task"))
        tm = re.match(r"tillsammans\s+med\s+(?P<w>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:(?:\s+|,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,6})\s+(?=[a-zåäö])", task)
        if tm and (with_ := self._people(tm.group("w"))):
            # "fick i uppdrag att tillsammans med Sara Holm arbeta in …": she is given the task too
            who, task = who + [p for p in with_ if p not in who], task[tm.end():]
        gb = giver if origin == "decision" else (self.ctx.reporting_body or self.p.body)
        by = self._body_ref(m.group("by")) if m.group("by") else None
        if by:
            # "… fick i uppdrag av styrgruppen att …": the body that gave it, which the group works for
            gb = by
            for w in who:
                if w != by and self._is_body(w):
                    self.mandate(by, w, "delegates", self.ctx.item.number if self.ctx.item else None, pos)
        if decider and not by:
            gb = decider
            for w in who:
                if w != decider and self._is_body(w):
                    self.mandate(decider, w, "delegates", self.ctx.item.number if self.ctx.item else None, pos)
        if m.group("v") == "har" and origin != "decision":
            gb = None  # "Anna Lund och Per Ek har i uppdrag att …": a task they hold, by whom given not told
        if (origin != "decision" and not self.ctx.reporting_body and m.group("v") == "fick"
                and (when := _PERIOD_FIRST.match(task)) and self.p.date and when.group("y") <= self.p.date[:4]):
            gb = None  # "Föreningen fick i uppdrag att under januari–mars 2023 …": history, its giver not told
        self.assignment(who, task, origin=origin, pos=pos, given_by=gb)
        return True

    def _handed_over_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Planeringen av temadagen överlämnas till Utbildningsgruppen X, som har budget …": the work the noun
        names is the task of the one it is handed over to."""
        m = _HANDED_OVER_RE.search(s)
        if not m or (m.group("pass") and origin != "decision"):
            return False
        who = _subject_assignees(m.group("to"), origin == "decision", self.ctx)
        if not who:
            return False
        task = f"{_HANDED_OVER_VERB[m.group('noun').casefold()]} {m.group('obj').strip()}"
        if m.group("back"):
            # "…, som rapporterar till ledningsgruppen en gång per år": the report the work owes, part of it
            task += " och " + _present_to_infinitive(m.group("back").split()[0]) + " " + m.group("back").split(None, 1)[1]
        # handed over, not delegated: the matter is referred to a body the one handing it has no mandate over; a
        # piece of the body's own work it decides passes to a body is the body's to give
        self.assignment(who, task, origin=origin, pos=pos, given_by=giver if origin == "decision" else self.p.body,
                        delegated=bool(m.group("pass")))
        return True

    def _fick_inverted(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Dokumentet fick Nuray och Mats i uppdrag att se över": the fronted object is the task's."""
        m = _FICK_INV_RE.match(s)
        if not m:
            return False
        who = _subject_assignees(m.group("who"), origin == "decision", self.ctx)
        if not who:
            return False
        task = m.group("task")
        if len(task.split()) <= 3:
            front = m.group("front")
            task = f"{task} {front[0].lower() + front[1:]}"
        gb = giver if origin == "decision" else (self.ctx.reporting_body or None)
        self.assignment(who, task, origin=origin, pos=pos, given_by=gb)
        return True

    # who is urged or asked to give a task has not given it: "rekommenderar kommunerna att ge …"
    # also a proposal sent on: "Frågan lyfts till LSVO med förslag om att ge samverkansgruppen i uppdrag att …"
    _URGED = re.compile(r"\b(?:rekommenderar|föreslår|uppmanar|uppmanas|rekommenderas|föreslås|"
                        r"(?:med\s+)?(?:ett\s+)?förslag(?:et)?\s+(?:om|på))\b[^.;]*\batt\s*$")

    def _ge_i_uppdrag(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"(G) ger X i uppdrag att …": the body named first is the giver."""
        ctx = self.ctx
        m = _GE_RE.match(s)
        if not m:
            return False
        pre, task = m.group("giver").strip(), m.group("task") or f"genomföra uppdraget {m.group('om')}"
        if _PROPOSES_TO_GIVE.search(pre):
            # "Gruppen föreslår RLG att ge Arbetsgrupp SIP i uppdrag att …": a proposal to the body above, which
            # has given no task yet (the recommendation is read by the recommends rules)
            return True
        if " att " in pre:
            # "Ordföranden informerade om att LSVO har gett …": the giver is the reported clause's subject
            pre = _TOLD_THAT.sub("", pre)
        if " den " in pre:
            pre = _GIVEN_ON_DAY.sub("", pre)  # "Ledningsgruppen … den 29 oktober har gett": the day it gave the task
        # "LVO (har) i november gett samverkansgruppen i uppdrag": the month it gave the task, between giver and verb
        pre = re.sub(rf"\s+(?:har\s+)?(?:i|under)\s+(?:{_MONTH}|våras|höstas|vintras|somras)(?:\s+\d{{4}})?$", "", pre,
                     flags=re.I)
        if (wm := re.search(r"(?P<b>[^,;]+?),\s+som\s*$", pre)) and (gs := find_groups(wm.group("b"))):
            pre = gs[-1].name  # "…, Regional ledningsgrupp Österland, som gav …": the body the clause is about
        rel = _GAVE_WHICH_RE.search(pre) or (_GAVE_WHICH_NOUN_RE.search(pre) if ", som " in pre else None)
        if rel and (v := re.match(r"(?:ta\s+fram|arbeta\s+fram|se\s+över|revidera|utreda|utarbeta|skriva)\b", task)):
            # "… överenskommelsen, som RLG gav styrgruppen i uppdrag att ta fram i början av året": the
            # task's object is what the relative clause is about, the body in it the giver
            pre, task = rel.group("giver").strip(), f"{v.group(0)} {rel.group('obj')}"
        # "… gav den 14 mars 2025 ledningsgruppen i uppdrag", "… gav i början av året": when, then whom;
        # a protocol adds the paragraph: "Socialnämnden gav den 17 juni 2025, § 54, förvaltningen i uppdrag"
        who_text = re.sub(rf"^(?:den\s+)?(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}})"
                          rf"(?:,?\s*§\s*\d+[\w/]*)?,?\s+|^(?:i\s+)?{_MONTH}(?:\s+\d{{4}})?\s+"
                          # "… gav 2025 samverkansgruppen i uppdrag": the year alone, then whom
                          r"|^(?:(?:år|under|i\s+början\s+av|i\s+slutet\s+av)\s+)?(?:19|20)\d\d,?\s+(?=[A-ZÅÄÖa-zåäö])"
                          r"|^(?:i\s+(?:början|slutet|mitten)\s+av\s+(?:året|\w+)|tidigare|under\s+(?:året|våren|hösten)"
                          r"|i\s+(?:våras|höstas|vintras|somras))\s+", "",
                          m.group("who"), flags=re.I)
        # "ge FoU X och elevhälsochefsnätverket gemensamt i uppdrag": the task shared by those named, each one
        joint = re.search(r"\s+(?:gemensamt|tillsammans)$", who_text)
        who_text = who_text[:joint.start()] if joint else who_text
        joint = joint or m.group("joint")
        if who_text[:4].casefold() in ("vid ", "på s", "på d"):
            # "PSO gav vid sitt sammanträde 2025-06-05 RLG i uppdrag": the meeting it gave the task at, then whom
            who_text = re.sub(rf"^(?:vid|på)\s+(?:sitt|dess|det)\s+(?:senaste\s+|förra\s+)?(?:sammanträde|möte)"
                              rf"(?:\s+(?:den\s+)?(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|i\s+{_MONTH}))?"
                              rf"(?:,?\s*§\s*\d+[\w/]*)?,?\s+", "", who_text, flags=re.I)
        # "… gav oss i maj uppdraget": when, after whom
        who_text = re.sub(rf"\s+(?:i|under|i\s+början\s+av|i\s+slutet\s+av)\s+(?:{_MONTH}|våras|höstas|vintras|somras)(?:\s+\d{{4}})?$",
                          "", who_text, flags=re.I)
        who_raw = re.split(r"\s+tillsammans\s+med\s+" + (r"|,\s*|\s+(?:och|samt)\s+" if joint else ""), who_text)
        if len(who_raw) == 1 and who_raw[0].strip().casefold() in ("oss", "gruppen") and self._meeting_body():
            who_raw = [self._meeting_body()]  # "gav oss uppdraget": the body whose minutes these are
        if len(who_raw) == 1 and who_raw[0].strip().casefold() in ("henne", "honom") and (
                (lead := find_person_names(s)) and lead[0][1] == 0):
            # "Karin Ek visade mallen, som arbetsgruppen gav henne i uppdrag att ta fram": the one the sentence is about
            who_raw = [lead[0][0]]
        named_giver = _subject_assignees(pre, True, ctx) if pre else None
        if pre and not named_giver and self._body_ref(pre):
            named_giver = [self._body_ref(pre)]
        if pre and not named_giver and ctx.item and (bare := _BARE_DEFINITE_GIVER.fullmatch(pre)):
            # "Länsledningen har nu gett nätverket i uppdrag …" under a title or a text naming "Länsledningen för
            # vård och omsorg i …": that body, by the first word of its name
            head = bare.group("b").casefold() + " "
            named = [g.name for text in (ctx.item.title, ctx.item.body) if text for g in find_groups(text)
                     if g.name.casefold().startswith(head)]
            named_giver = named[:1] if len(set(named)) == 1 else None
        if named_giver and len(named_giver) == 1:
            who = [w for part in who_raw for w in (_subject_assignees(part, True, ctx) or [part.strip()])]
            self.assignment(who, task, origin=origin, pos=pos, given_by=named_giver[0])
            return True
        if m.group("v") == "ge" and self._URGED.search(pre):
            return True  # "rekommenderar kommunerna att ge sina förvaltningar i uppdrag att …": urged, not given yet
        if not pre or m.group("v") == "ge":
            who = [w for part in who_raw for w in (_subject_assignees(part, True, ctx) or [part.strip()])]
            self.assignment(who, task, origin=origin, pos=pos, given_by=giver)
            return True
        if _OWN_BODY_RE.match(pre) or find_groups(pre):
            # "Rådet har gett RLG i uppdrag att …" where which råd is not clear: RLG is still given the task;
            # "Styrgruppen har gett arbetsgruppen i uppdrag" names the giver by its kind alone
            who = [w for part in who_raw for w in (_subject_assignees(part, True, ctx) or [part.strip()])]
            self.assignment(who, task, origin=origin, pos=pos, given_by=_by_kind_alone(pre, whole=True) or giver)
            return True
        if origin == "decision" and pre.endswith((" och", " samt")):
            # "… beslutar att anta riktlinjerna och ger förvaltningschefen i uppdrag att …": the body deciding gives
            # the task, in a predicate coordinated with the decision's first
            who = [w for part in who_raw for w in (_subject_assignees(part, True, ctx) or [part.strip()])]
            self.assignment(who, task, origin=origin, pos=pos, given_by=giver)
            return True
        # "I juni 2022 gav LSVO i uppdrag att ...": the body named is the giver (a person named there is given the
        # task by the body of the sentence before, read above)
        gv = _subject_assignees(m.group("who"), True, ctx)
        if gv and not self._is_body(gv[0]):
            return False
        if gv and ctx.item and ctx.item.presenters:
            self.assignment(list(ctx.item.presenters), task, origin=origin, pos=pos,
                            given_by=gv[0], report_to=gv[0])
            return True
        return False

    _BARE_KIND = re.compile(r"[A-ZÅÄÖ][a-zåäö]*(?:grupp|gruppen|team|teamet|nätverk|nätverket|råd|rådet)")
    # "åldras att beskriva …", "växa upp att ta fram …": the rest of a name holding "att", then the task
    _ATT_NAME_REST = re.compile(r"^(?P<rest>[a-zåäö]+(?:\s+[a-zåäö]+){0,2})\s+att\s+(?P<task>[a-zåäö].+)$", re.S)

    def _uppdra_at(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"uppdra åt LSVO att …", "Det uppdras åt X att …"."""
        m = _UPPDRA_AT_RE.match(s)
        if not m:
            return False
        pre = _DECIDED_TO_TAIL.sub("", m.group("giver")).strip()
        who_text, task = m.group("who"), m.group("task")
        for g in find_groups(s):
            # "uppdra åt Samverkansgrupp att åldras att beskriva …": a body whose name holds "att", the task after it
            if g.start == m.start("who") and g.end > m.end("who") and (t := re.match(r"\s+att\s+(?=\S)", s[g.end:])):
                who_text, task = s[g.start:g.end], s[g.end + t.end():]
                break
        else:
            if self._BARE_KIND.fullmatch(who_text.strip()) and (t := self._ATT_NAME_REST.match(task)):
                # a body's kind alone before "att" and a second "att" a few words on: the name goes on to it
                who_text, task = f"{who_text.strip()} att {t.group('rest')}", t.group("task")
        named_giver = _subject_assignees(pre, True, self.ctx) if pre else None
        who = _subject_assignees(who_text, True, self.ctx) or [who_text.strip()]
        gb = named_giver[0] if named_giver and len(named_giver) == 1 else (giver or (self.p.body if pre.casefold().startswith("det") else None))
        self.assignment(who, task, origin=origin, pos=pos, given_by=gb)
        return True

    def _positive_to(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        m = _POSITIV_RE.search(s)
        if not m:
            return False
        who = _subject_assignees(m.group("who1") or m.group("who2"), True, self.ctx)
        if not who:
            return False
        self.assignment(who, m.group("task1") or m.group("task2"), origin=origin, pos=pos, given_by=giver)
        return True

    def _wishes(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        wish = self._wish(s)
        if wish:
            gname, rest = wish
            vm = re.match(r"^(?P<who>.+?)\s+(?P<task>[a-zåäö]+(?:ar|er|r)\b.*)$", rest)
            if vm:
                who = _subject_assignees(vm.group("who"), False, self.ctx)
                if who and is_name_list(who):
                    self.assignment(who, vm.group("task"), origin=origin, pos=pos,
                                    given_by=gname or giver, report_to=gname)
                    return True
                if who and gname and all(self._body_ref(w) for w in who):
                    # a wish to a body is no uppdrag: the task is read, no mandate between the bodies
                    self.assignment(who, vm.group("task"), origin=origin, pos=pos, given_by=None)
                    return True
        m = "önskar" in s and _ONSKAR_RE.match(s)
        if m:
            people = split_name_list(m.group("who"))
            if people and is_name_list(people):
                self.assignment(people, m.group("task"), origin=origin, pos=pos, given_by=giver)
                return True
        return False

    def _passive_agent(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        m = _PASSIVE_AGENT_RE.search(s)
        if not m or _HAS_THE_SAY.fullmatch(m.group("v")):
            return False  # ("Frågan ska avgöras av nämnden": who has the say, no task)
        who = _subject_assignees(m.group("who"), True, self.ctx)
        sp = None
        if not who and re.fullmatch(r"(?i)henne|honom|hen", m.group("who").strip()):
            # "Eva berättar att justeringarna kommer ses över av henne …": the speaker
            sp = _SPEAKER.match(s[:m.start("obj")])
            who = sp and self._people(sp.group("sp"))
        if not who or (m.group("modal") == "kommer" and not sp):
            return False  # "kommer" without "att" only in the speaker's own words ("… kommer ses över av henne")
        obj, rest = m.group("obj"), m.group("rest") or ""
        if sp:
            v = m.group("v").split()
            self.assignment(who, f"{v[0][:-1]}{' ' + v[1] if len(v) > 1 else ''} {obj}{rest}", origin=origin, pos=pos,
                            given_by=giver if origin == "decision" else None)
            return True
        also = re.match(r"\s+(?:och|samt)\s+(?P<w>[a-zåäö-]*(?:team|teamet|gruppen|grupp))\b", rest)
        if also and (more := _subject_assignees(also.group("w"), True, self.ctx)):
            who, rest = who + [w for w in more if w not in who], rest[also.end():]  # "av processledare och processteam"
        if _RELATIVE_OBJ.match(obj):  # the thing to be done is what stands before the comma
            obj = _NEED_LEAD.sub("", s[:m.start()].strip()).strip(" ”\"")
            v = m.group("v").split()
            task = f"{v[0][:-1]}{' ' + v[1] if len(v) > 1 else ''} {obj}{rest}"
        else:
            task = f"{obj} {m.group('v')} av {m.group('who')}{m.group('rest') or ''}"
        self.assignment(who, task, origin=origin, pos=pos, given_by=giver)
        return True

    _OWNED_PASSIVE_RE = re.compile(
        r"^(?P<np>(?:[Dd]et|[Dd]en|[Dd]e)\s+(?:[a-zåäö]+\s+)?(?P<noun>[a-zåäö]{3,}?)(?:et|en|na|n|t))\s+"
        r"(?P<v>skickas|sänds|lämnas|överlämnas|presenteras|redovisas)(?P<part>\s+(?:ut|in|över))?"
        r"(?P<rest>\s+(?:till|för)\s+[^.;]+)$")

    def _owned_passive(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"… Region Norrbys svar till IVO. Det slutgiltiga svaret skickas ut till rådet i maj": in a
        decision, the passive's doer is whose the thing is, named in the genitive just before."""
        m = self._OWNED_PASSIVE_RE.match(s)
        prev = getattr(self, "_prev_clause", "") or ""
        if not m or not prev:
            return False
        om = re.search(rf"(?P<owner>[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){{0,2}})s\s+(?:[a-zåäö]+\s+)?"
                       rf"{re.escape(m.group('noun'))}\b", prev)
        if not om:
            return False
        who = _subject_assignees(om.group("owner"), True, self.ctx)
        if not who:
            return False
        v = m.group("v")
        verb = (v[:-1] if v.endswith("as") else v[:-1] + "a") + (m.group("part") or "")
        np = m.group("np")
        self.assignment(who, f"{verb} {np[0].lower()}{np[1:]}{m.group('rest')}", origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else None)
        return True

    _CARRIES_RE = re.compile(
        # ", och HR tar den dit": the clause joined by "och"
        # "… den 19 november och Helga föredrar den där": the clause joined by "och" alone
        r"(?:^|(?:[,;]|\s[–—-])\s+(?:och\s+)?|\s+och\s+(?=[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+(?:föredrar|presenterar)\s+(?:den|det)\s+där\b))"
        r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+(?:och\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+"
        # "PJW föredrar det (där)": presents it to the body it goes to
        r"(?:tar\s+med\s+(?:sig\s+)?|(?P<pres>föredrar|presenterar)\s+|tar\s+upp\s+)"
        # ("Birgitta tar med den dit i december": where it goes by a pronoun, then when)
        r"(?:den|det|dem|frågan|ärendet)(?:\s+till\s+[^.;]+|\s+där|\s+dit(?:\s+(?:den|på|vid|i)\s+[^.;,]{1,40})?)?$"
        # "HR tar den dit den 22 oktober", "Sara tar upp den där den 4 december": where it goes, then when
        r"|(?:^|(?:[,;]|\s[–—-])\s+(?:och\s+)?)(?P<who2>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+(?:och\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+"
        r"tar\s+(?:upp\s+)?(?:den|det|frågan|ärendet)\s+(?:dit|där)(?:\s+(?:den|på|vid|i)\s+[^.;,]{1,40})?$"
        # "… lyfts till styrgruppen (AR tar med)": the one who carries it, in brackets after it, the pronoun left out
        r"|\s*\((?P<who3>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+(?:och\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+tar\s+med"
        r"(?:\s+(?:sig\s+)?(?:den|det|frågan))?\)\.?$")
    # (or by the meeting itself: "Frågan lyfter vi till samordningsgruppen"; "Frågan överlämnas till nätverket")
    _RAISED_RE = re.compile(r"\b(?:lyfts|lyftes|tas\s+upp|skickas|förs|lyfter\s+vi|lämnas)\s+(?:vidare\s+)?till\s+(?P<rest>.+)$")
    # what is raised, by its noun in the definite form before the verb: "Delrapporten lämnas till …"
    _RAISED_THING = re.compile(r"(?:^|[.;:]\s+)(?P<thing>[A-ZÅÄÖ][a-zåäö]{3,}(?:en|et|na))\s*$")
    # … and handed over, where the one carrying it "tar den dit"
    _HANDED_OVER_RE = re.compile(r"\b(?:lyfts|lyftes|tas\s+upp|skickas|förs|lyfter\s+vi|överlämnas)\s+(?:vidare\s+)?till\s+(?P<rest>.+)$")

    _PRESENTS_NEXT_TIME_RE = re.compile(
        r"^(?:[-•*]\s*)?(?:(?P<by>[A-ZÅÄÖ][\wåäöÅÄÖ-]*)\s+ang\.?\s+)?(?P<topic>[A-ZÅÄÖa-zåäö][^,;]{3,120}?)\s*(?:->|→|–)?\s*"
        r"tas\s+upp\s+(?:på\s+|vid\s+|till\s+)?nästa\s+(?:möte|ggn|gång|träff)\b[^,;]*,\s+"
        r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+(?P<v>föredrar|presenterar|redovisar)\s*\.?$")

    def _presents_next_time(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"SÖ ang. de nya föreskrifterna -> tas upp nästa ggn, SÖ föredrar": the matter put off to the next
        meeting, presenting it then the task of the one named last."""
        m = self._PRESENTS_NEXT_TIME_RE.match(s)
        who = self._people(m.group("who"), text_names=True) if m else None
        if not who:
            return False
        topic = m.group("topic").strip(" .")
        topic = topic[:1].lower() + topic[1:] if topic[:1].isupper() and topic.split()[0][1:].islower() and not (
            len(topic.split()[0]) > 1 and topic.split()[0].endswith("s")) else topic
        self.assignment(who, f"{_present_to_infinitive(m.group('v'))} {topic}", origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else None)
        return True

    def _carries_it(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Frågan lyfts till styrgruppen den 19 mars, EB tar med den": EB's task is to raise it there
        (as the meeting's decision on it writes the question out, when it does)."""
        m = self._CARRIES_RE.search(s)
        # the sentence before, where "– Helga tar med den" stands alone
        head = (s[:m.start()] or getattr(self, "_cut_off", "") or getattr(self, "_prev_clause", "") or "") if m else ""
        raised = (self._HANDED_OVER_RE if m and m.group("who2") else self._RAISED_RE).search(head.rstrip(" .–—-"))
        if not raised:
            return False
        who = self._people(m.group("who") or m.group("who2") or m.group("who3"), text_names=True)
        if not who:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        task = next((d.text for d in self.p.decisions if d.item == item and d.text.startswith("lyfta ")
                     and raised.group("rest").split(" ")[0] in d.text), None)
        thing = self._RAISED_THING.search(head[:raised.start()].rstrip())
        task = task or f"lyfta {thing.group('thing').lower() if thing else 'frågan'} till {raised.group('rest')}"
        if m.group("pres"):  # "föredra delrapporten för Styrgrupp X den 17 september"
            task = re.sub(r"^lyfta\s+(.*?)\s+till\s+", r"föredra \1 för ", task.split(";")[0])
        self.assignment(who, task, origin=origin, pos=pos, given_by=giver if origin == "decision" else None)
        return True

    _PRESENT_PASSIVE_RE = re.compile(
        # the short verbs with their particle: "Lokalbokningen görs av X", "Ett förslag tas fram av X"
        r"^(?P<obj>[A-ZÅÄÖ][^,:]{2,60}?)\s+(?P<v>[a-zåäö]{4,}s|görs|tas(?=\s+(?:fram|upp|över)\b))(?P<part>(?<=\btas)\s+(?:fram|upp|över))?"
        # where it goes, between the verb and its agent: "En påminnelse skickas till socialchefen av X"
        r"(?P<dest>\s+till\s+[a-zåäö][^,.;]{2,50}?)?"
        # "Frågan besvaras vid nästa möte av X": when, between the verb and its agent
        r"(?P<when>\s+(?:vid|på|till)\s+(?:nästa|kommande)\s+(?:möte|sammanträde))?\s+av\s+"
        # a named working body as the agent: "… tas fram av Arbetsgrupp validering och redovisas för styrgruppen"
        r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}"
        r"(?:\s+(?:och|samt)\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})?|"
        r"(?P<body>(?:Arbetsgrupp|Arbetsgruppen|Projektgrupp|Projektgruppen|Nätverket|Processteam|Processteamet)"
        r"(?:\s+[\wåäöÅÄÖ-]+){1,4}?))"
        r"(?P<rest>\s+(?:och|till|för|inom|innan|under|senast|vid|före)\b.*)?$")
    _DECIDED_PASSIVE_RE = re.compile(
        r"^(?:att\s+)?(?P<obj>[a-zåäöA-ZÅÄÖ][^,]{2,60}?)\s+(?P<v>[a-zåäö]{4,}s)\s+av\s+(?P<who>[^,.;]{2,60}?)"
        r"(?P<rest>\s+(?:och|till|för|inom|innan|under|senast|vid|före)\b.*)?\s*\.?$")
    # verbs of the meeting itself, or of who spoke in it: no task
    # ("Valberedningens förslag framförs av Per Ek (S)": told at the meeting, no task)
    _NO_TASK_PASSIVE = re.compile(r"(?:leds|föredras|framförs|framfördes|hålls|öppnas|avslutas|protokollförs|förs|redovisas|presenteras|inleds|"
                                  r"beskrivs|ställs|godkänns|justeras|tas\s+upp|tillstyrks|bifalls|"
                                  # a seat taken for the rest of a meeting: "… lämnar sammanträdet och ersätts av X"
                                  r"ersätts|ersattes)")

    def _present_passive_agent(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Resultatet sammanställs av Åsa Grip och presenteras för RLG i oktober": a present passive
        with a person as agent is that person's task (the meeting's own verbs — leds, föredras — are not)."""
        m = self._PRESENT_PASSIVE_RE.match(s) or (origin == "decision" and self._DECIDED_PASSIVE_RE.match(s))
        if not m or self._NO_TASK_PASSIVE.fullmatch(m.group("v")):
            return False
        # decided, the agent may be a body or an organisation: "att medel rekvireras av föreningen"
        who = ((not m.groupdict().get("body") and not _ACRONYM_ORG.match(m.group("who")) and self._people(m.group("who")))
               or (origin == "decision" and _subject_assignees(m.group("who"), True, self.ctx))
               or (m.groupdict().get("body") and (b := self._body_ref(m.group("body"))) and self._is_body(b) and [b]))
        if not who:
            return False

        def inf(v: str) -> str:
            return v[:-1] if v.endswith("as") else v[:-1] + "a"

        rest = re.sub(r"\b(och|samt)\s+([a-zåäö]{4,}as)\b", lambda x: f"{x.group(1)} {inf(x.group(2))}", m.group("rest") or "")
        obj = m.group("obj")
        asked = (_ASKED.search(getattr(self, "_prev_clause", "") or "")
                 if obj.casefold() == "frågan" and "when" in m.groupdict() else None)
        if asked:  # "X frågade hur många … Frågan besvaras vid nästa möte av Y": the question asked just before
            obj = f"frågan {asked.group('q')}"
        rest = (m.groupdict().get("dest") or "") + (m.groupdict().get("when") or "") + rest
        self.assignment(who, f"{inf(m.group('v'))}{m.groupdict().get('part') or ''} {obj[0].lower()}{obj[1:]}{rest}", origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else None)
        return True

    _MODAL_PASSIVE_RE = re.compile(
        r"^(?P<obj>[A-ZÅÄÖ][^,.;]{2,80}?)\s+(?:ska|skall|kommer\s+att)\s+(?P<v>[a-zåäö]{3,}as)(?P<part>\s+(?:upp|fram|över|ut|in))?"
        r"\s+av\s+(?P<who>[A-ZÅÄÖ][^,.;]{2,80}?)(?:,\s+som\s+[^.;]*)?$")

    def _modal_passive_agent(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Överenskommelsen ska följas upp av Samverkansgrupp äldre, som …": what is to be done, and by
        whom, is that body's (or person's) task."""
        m = self._MODAL_PASSIVE_RE.match(s)
        if not m or self._NO_TASK_PASSIVE.fullmatch(m.group("v")):
            return False
        who = self._people(m.group("who"))
        if not who:
            body = _target(m.group("who"), self.ctx)
            who = [body] if body and self._is_body(body) else None
        if not who:
            return False
        obj = m.group("obj")
        self.assignment(who, f"{m.group('v')[:-1]}{m.group('part') or ''} {obj[0].lower()}{obj[1:]}", origin=origin,
                        pos=pos, given_by=giver if origin == "decision" else None)
        return False  # the relative clause after the agent may state more

    _COORDINATED_TASK_RE = re.compile(
        rf"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){{0,2}})\s+(?:tror|tycker|menar|anser|konstaterar|berättar|"
        rf"beskriver|påpekar|säger|upplever|bedömer|redogör|informerar|presenterar)\b[^.;]{{3,160}}?\s+(?:men|och)\s+(?P<v>{TASK_VERB})(?P<rest>\b.*)$")

    _PRESENTS_THERE_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}|[A-ZÅÄÖ][a-zåäö]+-\s+och\s+[a-zåäö-]{4,}(?:en|n))"
        r"\s+(?:föredrar|presenterar|redovisar)\s+"
        r"(?P<obj>ärendet|frågan|[a-zåäö]{4,}(?:en|et|na)(?:\s+(?:av|om|för|från)\s+[^.;]{1,60}?)?)"
        r"\s+(?:där|(?P<prep>vid|på|i)\s+(?P<at>[^.;]*\bmöte[^.;]*|[A-ZÅÄÖ][^.;]+|"
        # "… i rådet den 13 mars": a council's meeting on a day to come
        r"(?:rådet|fullmäktige|styrelsen|nämnden)\s+den\s+\d{1,2}\s+[a-zåäö]+))$")
    # where the sentence before sent the matter: "Frågan lyfts till LSVO:s möte i maj."
    _SENT_TO_RE = re.compile(r"\b(?:lyfts|lyfter\s+\w+|tas\s+upp|skickas|tas\s+med)\s+(?:vidare\s+)?(?:till|i|på|vid)\s+"
                             r"(?P<to>[^.;]+?)\s*[.;]?\s*$")

    def _presents_there(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Frågan lyfts till LSVO:s möte i maj. Anders Hjelm föredrar ärendet där.": presenting the matter at
        another body's meeting to come is a task (presenting it at this meeting is not)."""
        m = self._PRESENTS_THERE_RE.match(s)
        who = m and (self._people(m.group("who")) or (
            [h] if " och " in m.group("who") and (h := self.ctx.role_holder(m.group("who"))) else None))
        if not who:
            return False
        if m.group("at"):
            at = f"{m.group('prep')} {m.group('at')}"
            if m.group("obj") not in ("ärendet", "frågan"):
                # "Maria presenterar sammanställningen vid RLG i november": a work told at a body named, to come
                if not find_groups(m.group("at")) or re.match(r"(?:dagens|detta|mötet)\b", m.group("at")):
                    return False
            elif not (find_groups(m.group("at")) or re.search(r"\bnästa\b|\b(?:i|den\s+\d{1,2})\s+(?:" + "|".join(MONTHS) + r")\b", at)):
                return False
        else:
            body = self.ctx.item.body if self.ctx.item else ""
            before = body.split(s[:30])[0] if s[:30] in body else ""
            sent = self._SENT_TO_RE.search(before.rstrip())
            if not sent:
                return False
            at = f"på {sent.group('to')}" if "möte" in sent.group("to") else f"vid {sent.group('to')}"
        verb = "föredra" if "föredrar" in s else "presentera"
        self.assignment(who, f"{verb} {m.group('obj')} {at}", origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else None)
        return True

    _SET_UP_TO_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|nätverket|teamet|beredningen))\s+(?:tillsattes|bildades|inrättades|"
        r"har\s+tillsatts|har\s+bildats|har\s+inrättats)(?:\s+av\s+(?P<by>[^.;]+?))?(?:\s+(?:i|under|den|våren|hösten)\b"
        r"[^.;]{0,40}?)?\s+och\s+(?:ska|skall|har\s+i\s+uppdrag\s+att)\s+(?P<task>[a-zåäö][^.;]+)$")

    def _set_up_to(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Arbetsgruppen tillsattes av Samverkansgrupp X i mars och ska ta fram ett förslag till …": the task the
        body was set up for, told where its minutes say why it meets."""
        m = self._SET_UP_TO_RE.match(s)
        who = m and _subject_assignees(m.group("who"), False, self.ctx)
        if not who or not all(self._is_body(w) for w in who):
            return False
        by = self._body_ref(m.group("by")) if m.group("by") else None
        self.assignment(who, m.group("task"), origin=origin, pos=pos, given_by=by)
        return False  # the setting up is read as a mandate too

    def _coordinated_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"JW tror att det beror på registreringen men återkommer med en orsaksanalys till nästa möte":
        after a view the same subject takes on a task."""
        m = self._COORDINATED_TASK_RE.match(s)
        if not m or not _is_task_use(m.group("v"), m.group("rest"), self.p.date):
            return False
        who = self._people(m.group("who"))
        if not who:
            return False
        self.assignment(who, _present_to_infinitive(m.group("v")) + m.group("rest"), origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else None)
        return True

    def _intends(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        m = _AVSER_RE.match(s)
        if not m:
            return False
        lead = re.sub(r"^(?:Vidare\s+)?(?:beskrivs|framgår|nämns)\s+(?:det\s+)?att\s+", "", s)
        names = find_person_names(lead)
        if names and names[0][1] == 0:
            after = lead[len(names[0][0]):]
            after = re.sub(r"^,[^,]*,", "", after).strip()
            self.assignment([names[0][0]], after, origin=origin, pos=pos, given_by=giver)
            return True
        return False

    def _people(self, raw: str | None, text_names: bool = False) -> list[str] | None:
        """The people a subject names: names, initials of the roster ("MÖ och TF"), or roster
        names written otherwise; None when any part is not a person."""
        if not raw:
            return None
        if raw.strip().casefold() == "jag" and self.p.writer:
            return [self.p.writer]  # "Jag skickar inbjudan" in notes sent as an e-mail: its sender
        raw = _apposition_free(_LEAD_STRIP.sub("", raw.strip(" ,:;")))
        parts = split_name_list(raw)
        if not parts:
            return None
        out = []
        for p in parts:
            p = self.ctx.initials.get(p, p)
            if text_names:
                p = self.ctx.given_names_in_text.get(p, p)
            if p.endswith(")") and "(" in p:
                # "Per Ek (Norra delen)": the place or the party the person sits for, after the name
                bare = re.sub(r"\s*\([^()]{1,40}\)$", "", p)
                p = bare if is_person_name(bare) else p
            if p.casefold() not in self.ctx.roster and len(words := p.split()) == 2 \
                    and f"{words[1]} {words[0]}".casefold() in self.ctx.roster:
                p = f"{words[1]} {words[0]}"  # "Lindqvist Maria": surname first, as Outlook lists the roster
            if not (is_person_name(p) or p.casefold() in self.ctx.roster):
                return None
            out.append(p)
        return out

    def _uppdrag_from_body_before(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                                  giver: str | None = None) -> bool:
        """"Elin berättade om styrgruppens beslut den 20 januari. Arbetsgruppen har fått i uppdrag att …": the
        uppdrag named without its giver is from the body whose decision the sentence before tells of."""
        m = _UPPDRAG_NO_GIVER.match(c)
        b = m and _DECIDED_BY_BEFORE.search(getattr(self, "_prev_clause", None) or "")
        if not m or not b:
            return False
        raw = m.group("who")
        who = self._meeting_body() if self._is_meeting_body_ref(raw) else self._body_ref(raw)
        frm = None
        if b.group("body"):
            words = b.string[:b.start()].split()[-4:]
            for k in range(len(words), -1, -1):  # "Styrgrupp Nära vårds beslut": the longest name that is a body's
                cand = " ".join(words[len(words) - k:] + [b.group("body")])
                if cand[:1].isupper() or k == 0:
                    frm = self._body_ref(cand) if k == 0 or find_groups(cand) else None
                    if frm:
                        break
        else:
            frm = self._body_ref(b.group("body2"))
        if not who or not frm or frm.casefold() == who.casefold():
            return False
        self.mandate(frm, who, "delegates", self.ctx.item.number if self.ctx.item else None, pos)
        return True

    def _body_ref(self, raw: str | None) -> str | None:
        """The body a phrase starts with: a group found by its form, the body that met for
        "gruppen", or a name of a body by its type word or acronym ("kommunfullmäktige", "RLG")."""
        if not raw:
            return None
        raw = raw.strip(" ,.")
        if board := _board_of_förbund(raw, self._meeting_body()):
            return board  # "direktionen" in the minutes of the förbund's utbildningsberedning
        if self.ctx.item_group and re.fullmatch(r"(?i)gruppen", raw):
            return self.ctx.item_group  # "gruppen" in the item that sets up a group and calls it so
        if re.fullmatch(r"[Mm]ötet", raw) and self._meeting_body():
            return self._meeting_body()  # "Mötet beslutar att rekommendera …": the body that met, by its meeting
        if self._named_presidium and _PRESIDIUM_REF.fullmatch(raw):
            return self._named_presidium  # "presidiet" in the item that named another body's presidium
        if _PRESIDIUM.search(raw):
            return _presidium_of(self._meeting_body()) if _PRESIDIUM_REF.fullmatch(raw) else raw
        own = _own_body(raw, self._meeting_body()) if not _GENITIVE_UTSKOTT.match(raw) else None
        if own:
            gs = find_groups(raw) if self.ctx.item and " " not in raw else []
            if gs and gs[0].generic_head:
                titled = self.ctx.resolve_generic(gs[0])  # under a title naming another body of that kind: that one
                if titled and titled.casefold() != own.casefold():
                    return titled
            return own  # "samverkansgruppen", "rådet" in that body's own minutes
        met = self._meeting_body()
        if met and len(raw.split()) >= 2 and met.casefold().startswith(raw.casefold() + " "):
            return met  # "politisk vårdsamverkan" in the minutes of "Politisk vårdsamverkan Södra X": its name shortened
        if met and raw.isupper() and _is_acronym_of(raw, met):
            return met  # "DLG" in the minutes of "Delregional ledningsgrupp närvårdssamverkan X", defined nowhere
        if met and raw == "LG" and re.match(r"(?i)ledningsgrupp(?:en)?\b", met):
            return met  # "LG" in the minutes of "Ledningsgruppen för samverkan i X": the kind's own two letters
        named = self._named_of_type(raw)
        if named:
            return named  # "samrådet": the one samråd the minutes name
        if da := _DESCRIBED_ACRONYM_REF.fullmatch(raw):
            # "den politiska samverkansberedningen PSVO": the body by its acronym, described before it
            return self.ctx.spelled_out(da.group("acr")) or da.group("acr")
        dm = re.match(r"(?:[Dd]et|[Dd]en)\s+(?P<adj>(?:[a-zåäö-]+a\s+){1,3})(?P<t>[a-zåäö]+(?:et|en))\b(?P<rest>.*)$", raw)
        if dm:  # "det delregionala politiska samrådet": the same, with its adjectives in definite form
            named = self._named_of_type(dm.group("t") + dm.group("rest"))
            if named:
                return named
            if met and not dm.group("rest").strip() and all(
                    re.search(rf"(?i)\b{re.escape(a[:-1])}\b", met) for a in dm.group("adj").split()):
                # "Den lokala samverkansgruppen" in the minutes of "Lokal samverkansgrupp Åby": the body that met,
                # its adjectives those of its name
                own = _own_body(dm.group("t"), met)
                if own:
                    return own
        t = _target(raw, self.ctx)
        if t and not is_person_name(t):
            return t
        m = _BODY_NAME_RE.match(raw)
        if m and not (m.group("b").isupper() and m.group("b") in self.ctx.initials):
            b = m.group("b")
            return re.sub(r":?s$", "", b) if b.isupper() or b[:-1].isupper() or b[:-2].isupper() else b
        council = _COUNCIL_REF.fullmatch(raw)
        if council and self.ctx.item and self.ctx.clause:
            # "Ordföranden rapporterar från Samverkansrådet för … Rådet har gett X i uppdrag …": the
            # council the item named last
            return self._kind_named_before(self.ctx.clause, council.group(1).casefold())
        return None

    # ("Krisledningsnämnden övertar, med stöd av 3 kap. 3 § LEH, socialnämndens …": the law it rests on, between commas)
    _TAKES_OVER_RE = re.compile(r"^(?:att\s+)?(?:(?P<who>[A-ZÅÄÖ][^,.;]{2,60}?)\s+)?(?:överta|övertar|övertog|har\s+övertagit)"
                                r"(?:,\s+med\s+stöd\s+av\s+[^,;]{2,60},)?\s+"
                                r"(?P<from>[a-zåäö-]+(?:\s+och\s+[a-zåäö-]+)?(?:nämnd|styrelse)(?:en)?s)\s+"
                                r"(?:beslutanderätt|beslutsrätt|ansvar|uppgifter|verksamhet)\b")

    def _takes_over_powers(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                           giver: str | None = None) -> bool:
        """"att överta socialnämndens beslutanderätt i …": the body that met (or the one the sentence names)
        takes over the powers of the other nämnd, which thereby hands its mandate to it."""
        m = self._TAKES_OVER_RE.match(c.strip())
        if not m:
            return False
        taker = self._body_ref(m.group("who")) if m.group("who") else (self.p.body if origin == "decision" else None)
        frm = m.group("from")[:-1]
        if not taker or not self._is_body(taker) or taker.casefold().startswith(frm.casefold()):
            return False
        item = self.ctx.item.number if self.ctx.item else None
        self.group(frm, item)
        self.mandate(frm, taker, "delegates", item, pos)
        return True

    _SEAT_REPORTS_RE = re.compile(
        r"^(?P<owner>[Kk]ommunernas|[Rr]egionens|[A-ZÅÄÖ][\wåäö-]+\s+kommuns|Region\s+[A-ZÅÄÖ][\wåäö-]+s)\s+"
        r"(?:representant|företrädare)\s+i\s+(?P<group>[^.;,]+?)\s+(?P<v>(?:åter)?rapporterar)\s+till\s+(?P<to>[^.;,]+?)"
        r"(?P<when>\s+(?:efter|varje|vid|en|två|löpande|inför|senast|kvartalsvis|årligen)\b[^.;]*)?\s*\.?$")

    def _seat_reports_to(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                         giver: str | None = None) -> bool:
        """"Kommunernas representant i styrgruppen rapporterar till RLG efter varje möte": a reporting duty laid on
        a seat, the task of the one attendee the list seats for that huvudman (or for the kommuner together)."""
        m = self._SEAT_REPORTS_RE.match(c.strip())
        if not m:
            return False
        owner = m.group("owner").casefold()
        if owner == "kommunernas":
            held = [a for a in self.p.attendance if (a.organisation or "").casefold().startswith("kommunerna")]
        elif owner == "regionens":
            held = [a for a in self.p.attendance if (a.organisation or "").casefold().startswith("region ")]
        else:
            org = owner[:-1]
            held = [a for a in self.p.attendance if (a.organisation or "").casefold() == org]
        holders = {normalise_person_name(a.name) for a in held if a.name and a.status != "guest"}
        to = self._body_ref(m.group("to"))
        if len(holders) != 1 or not to:
            return False
        v = "återrapportera" if m.group("v").startswith("åter") else "rapportera"
        self.assignment([holders.pop()], f"{v} till {m.group('to').strip()}{m.group('when') or ''}", origin=origin, pos=pos,
                        given_by=giver or self._meeting_body(), report_to=to)
        return False

    _SEAT_SHALL_RE = re.compile(
        r"^(?:[Aa]tt\s+)?(?P<owner>[Kk]ommunens|[Rr]egionens|[Nn]ämndens|[Ss]tyrelsens|[A-ZÅÄÖ][\wåäö-]+\s+kommuns|"
        r"Region\s+[A-ZÅÄÖ][\wåäö-]+s)\s+(?P<seat>ledamot|representant|ersättare|ombud)\s+i\s+(?P<group>[^.;,]+?)\s+"
        r"(?:ska|skall)\s+(?P<task>[a-zåäö]+\s[^;]{5,}?)\.?$")

    def _seat_shall(self, c: str, *, origin: str = "decision", pos: int | None = None,
                    giver: str | None = None) -> bool:
        """"att utse Noor Rahimi till ledamot i förbundets styrelse / att regionens ledamot i förbundets styrelse ska
        lämna en rapport till nämnden två gånger per år": a duty the decision lays on a seat it has just filled, the
        task of the one person the item appointed to that seat."""
        m = self._SEAT_SHALL_RE.match(c.strip())
        if not m:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        group = " ".join(m.group("group").casefold().split())
        holders = {ms.person for ms in self.out.memberships
                   if ms.item == item and ms.role == m.group("seat") and ms.change in ("join", "replace")
                   and " ".join(ms.group.casefold().split()) == group}
        if len(holders) != 1:
            return False
        self.assignment([holders.pop()], m.group("task").strip(), origin=origin, pos=pos,
                        given_by=giver or self._meeting_body())
        return False

    _WORKS_FOR_AND_SHALL_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+(?:arbetar|verkar)\s+på\s+uppdrag\s+(?:av|från)\s+(?P<from>[^.;,(]+?)"
        r"(?:\s*\([^)]*\))?\s+och\s+ska\s+(?P<task>(?!(?:åter)?rapportera\b)[a-zåäö]+\s[^;]{5,})$")

    def _works_for_and_shall(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                             giver: str | None = None) -> bool:
        """"Arbetsgruppen arbetar på uppdrag av Styrgrupp X och ska ta fram en rutin före sommaren": the work the
        uppdrag asks is a task of the body, from the body that gave it (the delegation itself read by its own rule)."""
        m = self._WORKS_FOR_AND_SHALL_RE.match(c.strip().rstrip("."))
        if not m:
            return False
        who, frm = self._body_ref(m.group("who")), self._body_ref(m.group("from"))
        if not who or not frm or not self._is_body(who) or not self._is_body(frm) or who.casefold() == frm.casefold():
            return False
        self.assignment([who], m.group("task").strip(), origin="narrative", pos=pos, given_by=frm)
        return False

    _TASK_COMES_FROM_RE = re.compile(r"^Uppdraget\s+kommer\s+(?:från|av)\s+(?P<from>[^.;,(]+?)(?:\s*\([^)]*\))?"
                                     r"(?:,\s+som\b.*|\s*\.?)$")

    def _task_comes_from(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                         giver: str | None = None) -> bool:
        """"Uppdraget kommer från kommunstyrelsen (KS 2026-02-10 § 18)" under a point titled by the task itself
        ("Kartläggning av hemlösheten i Åby"): the body that met was given the point's work by that body, and
        does it for that body."""
        m = self._TASK_COMES_FROM_RE.match(c.strip())
        item, body = self.ctx.item, self._meeting_body()
        if not m or not item or not body or self.ctx.on_generic_point():
            return False
        title = re.sub(r"\s*\([^)]*\)\s*$", "", item.title or "").strip(" .:")
        frm = self._body_ref(m.group("from"))
        if not title or not frm or not self._is_body(frm) or frm.casefold() == body.casefold() \
                or _TASK_FROM_TITLE.search(title) or find_groups(title):
            return False  # (an item titled by a body, or by the uppdrag itself, is read from its title)
        if _OWN_UPPDRAG_TITLE.match(title):
            # "Gruppens uppdrag 2027": the body works for the one its uppdrag comes from, no task in the title
            self.mandate(frm, body, "delegates", item.number, pos)
            self.mandate(body, frm, "reports_to", item.number, pos)
            return False
        task = _work_of_title(title) or title[:1].lower() + title[1:]
        self.assignment([body], task, origin="narrative", pos=pos, given_by=frm, report_to=frm)
        return False

    _FOLLOW_ON_DUE_RE = re.compile(
        # "Uppdraget ska redovisas för nämnden senast den 28 april 2026": the task just given, by then
        r"^(?:att\s+)?(?P<noun>[A-ZÅÄÖa-zåäö][a-zåäö]+?)(?:et|en|n|na)\s+(?:ska\s+|skall\s+)?(?:presenteras|redovisas|lämnas|skickas|återrapporteras)\s+"
        r"(?:(?:för|till)\s+(?P<to>[^.;]+?)\s+)?(?P<when>(?:senast\s+)?(?:den\s+)?\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|"
        r"(?:senast\s+)?\d{4}-\d{2}-\d{2}|"
        r"(?:i|under|till)\s+[a-zåäö]+(?:\s+\d{4})?|(?:på|till|vid)\s+nästa\s+möte)\s*\.?$")
    _DELIVERABLE = re.compile(r"(?i)^(?:förslag|utkast|rapport|resultat|kartläggning|sammanställning|plan|rutin|analys)$")

    def _follow_on_due(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                       giver: str | None = None) -> bool:
        """"… med uppdrag att ta fram ett utkast till X. Utkastet presenteras för teamet den 7 maj.": the sentence
        after a task tells when its work is due, and to whom a body set up for it reports."""
        m = self._FOLLOW_ON_DUE_RE.match(c.strip())
        if not m:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        noun = m.group("noun").casefold()
        made = {g.name for g in self.out.groups if g.created and g.item == item}
        # the task of the item last given whose work it names, or given to a body set up for it
        last = next((a for a in [a for a in self.out.assignments if a.item == item][::-1][:3]
                     if noun in a.task.casefold() or (made & set(a.assignees) and self._DELIVERABLE.match(noun))
                     or noun == "uppdrag"), None)
        if not last:
            return False
        body = " ".join((self.ctx.item.body or "").split()) if self.ctx.item else ""
        here = body.find(" ".join(c[:40].split()))
        named = [body.find(a) for a in last.assignees if is_person_name(a)]
        if here >= 0 and named and min(named) > here:
            return False  # those given the task are named after this sentence (a decision read first): no follow-on
        created = [a for a in last.assignees if a in made]
        if not last.due_date:
            due_date = _due(m.group("when"), self.p.date)[1] or _due_date(_full_months(m.group("when")), self.p.date)
            if due_date:
                last.due, last.due_date = m.group("when"), due_date
        met = self._meeting_body()
        raw_to = (m.group("to") or "").strip()
        # "… presenteras för teamet": the body that met, by the end of its name
        to = (self._body_ref(raw_to) or (met if met and len(raw_to) > 4 and met.casefold().endswith(raw_to.casefold()) else None)
              if raw_to else None)
        for a in created if to else ():
            self.mandate(a, to, "reports_to", item, pos)
        return False  # the sentence may tell more to other rules

    _CREATED_DELIVERS_RE = re.compile(
        r"^(?P<head>[A-ZÅÄÖ][a-zåäö-]*(?:gruppen|teamet|nätverket|rådet|beredningen))\s+"
        r"(?P<v>redovisar|presenterar|lämnar|återrapporterar|rapporterar)\s+(?P<obj>[^.;]{3,100}?)\s+"
        r"(?P<prep>till|för)\s+(?P<to>[a-zåäöA-ZÅÄÖ][^.;\d]{2,60}?)"
        r"(?P<when>\s+(?:(?:i|vid|under|till|senast|före|på|den)\s+)[^.;]{2,40})?\s*\.?$")

    def _created_delivers(self, c: str, *, origin: str = "narrative", pos: int | None = None,
                          giver: str | None = None) -> bool:
        """"En arbetsgrupp … tillsätts med A, B och C. Arbetsgruppen redovisar ett första utkast till nätverket vid
        marsmötet.": the body just set up, by its kind in the definite form, with the work it is to bring back: its
        task, and it reports to the body it brings it to."""
        m = self._CREATED_DELIVERS_RE.match(c.strip())
        if not m:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        head = _stem_kind(m.group("head"))
        made = [g.name for g in self.out.groups if g.created and g.item == item and g.name.casefold().startswith(head)]
        if len(made) != 1:
            return False
        to = self._body_ref(m.group("to").strip())
        met = self._meeting_body()
        if not to or to == made[0]:
            return False
        task = (f"{_present_to_infinitive(m.group('v'))} {m.group('obj').strip()} {m.group('prep')} {m.group('to').strip()}"
                f"{m.group('when') or ''}")
        self.assignment([made[0]], task, origin=origin, pos=pos, given_by=giver or met)
        self.mandate(made[0], to, "reports_to", item, pos)
        return True

    def _remiss_sender(self, raw: str) -> str | None:
        """A body a council answers remisser for, as a sentence names it second: "socialnämnden",
        "Region Xs hälso- och sjukvårdsnämnd" (the nämnd of that region)."""
        x = self._body_ref(raw) or _by_kind_alone(raw, whole=True)
        if x:
            return x
        gm = re.fullmatch(r"(?P<o>Region\s+[A-ZÅÄÖ][\wåäö-]+?|[A-ZÅÄÖ][\wåäö-]+?\s+kommun)s\s+(?P<n>[a-zåäö-]+(?:\s+och\s+[a-zåäö-]+)?"
                          r"(?:nämnd|styrelse))(?:en)?", raw.strip())
        if gm:
            return f"{gm.group('n')[:1].upper()}{gm.group('n')[1:]}en, {gm.group('o')}"
        gs = find_groups(raw)
        return gs[0].name if gs and gs[0].start == 0 and not gs[0].generic_head else None

    def _named_of_type(self, raw: str) -> str | None:
        """The one body of a type the document names in full, for its type word in definite form
        ("samrådet" -> "Delregionalt politiskt samråd Södra Havsby")."""
        m = _OWN_BODY_RE.match(raw)
        if not m or len(raw.split()) > 2 and not re.match(r"\S+\s+(?:den|vid|i|om|för)\b", raw):
            return None
        stem = m.group(1).casefold()
        if self._doc_bodies is None:
            texts = [t for it in self.p.items for t in (it.title, it.body)] + [d.text for d in self.p.decisions]
            # a table row's cells apart (by a tab, or by a run of spaces as a PDF laid out with them prints a
            # table): a name ends with its cell
            texts = [c for t in texts for c in _WIDE_GAP.split((t or "").replace("\t", "   "))]
            found = set()
            for t in texts:
                flat = re.sub(r"\s+", " ", t or "")
                for bm in _full_bodies(flat):
                    found.add(bm.group(0).strip())
                if "," in flat:  # a name with a comma in it: "Politiskt samråd för vård, hälsa och omsorg i Åsen"
                    found.update(g.name for g in find_groups(flat) if "," in g.name and not g.generic_head)
            self._doc_bodies = found
        cands = {n for n in self._doc_bodies if stem in n.casefold() and not _OWN_BODY_RE.fullmatch(n)}
        # "Trygghetsrådets arbetsutskott" is a body of the council's, not the council ("Kommunstyrelsens
        # arbetsutskott" not the styrelse: a stem ending in a vowel takes "-ns")
        cands = {n for n in cands if not re.search(rf"{re.escape(stem)}(?:ets|ens|ns|s)\s+[\wåäö]", n.casefold())}
        # an item's title that only ends in the type word is what the item is about, not a body's name
        # ("Representation i delregionalt närvårdsråd")
        titles = {(it.title or "").strip().casefold() for it in self.p.items}
        cands = {n for n in cands if not (n.casefold() in titles and stem not in n.split()[0].casefold())}
        # the start of a longer name the minutes write is that body, not another
        # ("Politiskt samverkansråd – Region Norrby och kommunerna" is "Politiskt samverkansråd")
        cands = {n for n in cands if not any(o != n and re.match(re.escape(n.casefold()) + r"\s*[,–(-]", o.casefold())
                                             for o in cands)}
        folded = {c.casefold() for c in cands}
        if len(folded) > 1 and self.ctx.item:
            # named in several forms in the minutes: the one form the item itself writes
            here = re.sub(r"\s+", " ", f"{self.ctx.item.title} {self.ctx.item.body}").casefold()
            cands = {n for n in cands if n.casefold() in here}
            cands = {n for n in cands if not any(o != n and o.casefold().startswith(n.casefold()) for o in cands)}
            folded = {c.casefold() for c in cands}
        if len(folded) != 1 and self.ctx.item:
            # "… i Närvårdsrådet Åsen norra. Närvårdsrådet är …": the one body the item names in full by that word
            here = re.sub(r"\s+", " ", f"{self.ctx.item.title}. {self.ctx.item.body}")
            stem_form = raw.strip().casefold() + " "
            longer = {g.name for g in find_groups(here) if not g.generic_head and g.name.casefold().startswith(stem_form)
                      and _PLACE_TAIL.fullmatch(g.name[len(stem_form):])
                      and not is_given_name(g.name[len(stem_form):].split()[0])}
            if len({x.casefold() for x in longer}) == 1:
                return longer.pop()
        return next(iter(cands)) if len(folded) == 1 else None

    def _kind_named_before(self, sentence: str, kind: str) -> str | None:
        """The last body of this kind ("råd") the item names by its proper name up to ``sentence``."""
        text = re.sub(r"\s+", " ", (self.ctx.item.body or "") if self.ctx.item else "")
        at = text.find(sentence[:40])
        gs = [g.name for g in find_groups(text[:at] if at > 0 else sentence)
              if not g.generic_head and kind in g.name.casefold()]
        return gs[-1] if gs and self._is_body(gs[-1]) else None

    def _decision_before(self, pos: int | None, origin: str) -> str:
        """The decided point of the item just before the one at ``pos`` ("" in the running text or at the first):
        "att notera att A har lämnat gruppen, att B efterträder honom": what the pronoun of the second points back to."""
        if origin != "decision" or not pos or not self.ctx.item:
            return ""
        return next((d.text for d in self.p.decisions if d.item == self.ctx.item.number and d.position == pos - 1), "")

    def _sentence_before(self, sentence: str) -> str:
        """The sentence of the item just before ``sentence`` ("" when it is the first)."""
        text = re.sub(r"\s+", " ", (self.ctx.item.body or "") if self.ctx.item else "")
        at = text.find(sentence[:40])
        return re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text[:at].strip())[-1] if at > 0 else ""

    def _group_before(self, sentence: str) -> str | None:
        """The last group named by its proper name in the item before ``sentence``."""
        text = re.sub(r"\s+", " ", (self.ctx.item.body or "") if self.ctx.item else "")
        at = text.find(sentence[:40])
        gs = [g for g in find_groups(text[:at]) if not g.generic_head] if at > 0 else []
        return gs[-1].name if gs else None

    def _recipient(self, raw: str) -> str | None:
        """The organisation or body a recommendation goes to: the huvudmän, the kommuner, the
        region, a named kommun or region, or a body."""
        raw = raw.strip(" ,.")
        if (lan := re.fullmatch(r"(?i)(huvudmännen|kommunerna)\s+i\s+(?:länet|regionen)", raw)):
            raw = lan.group(1)  # "rekommenderade huvudmännen i länet": the huvudmän of the region, no body
        if (lan := re.fullmatch(r"(?i)länets(?:\s+\w+)?\s+(kommuner|huvudmän)", raw)):
            raw = "kommunerna" if lan.group(1).lower() == "kommuner" else "huvudmännen"  # "länets (fem) kommuner"
        # a förbund's "medlemmarna" / "medlemskommunerna": its huvudmän
        if re.fullmatch(r"(?i)(?:huvudmännen|kommunerna|regionen|alla\s+kommuner|samtliga\s+huvudmän|de\s+\w+\s+kommunerna|"
                        r"medlemmarna|medlemskommunerna|förbundets\s+medlemmar|länets\s+(?:kommuner|huvudmän))"
                        r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?|(?:Region|Landstinget)\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+kommun", raw):
            return raw
        if board := _board_of_förbund(raw, self._meeting_body()):
            return board  # "föreslå direktionen att …" in a förbund's beredning: the förbund's direktion
        if _ORGAN_OF_KOMMUN.fullmatch(raw):
            return raw[:1].upper() + raw[1:]  # "föreslår kommunfullmäktige i Åby kommun att …": that kommun's organ
        if re.fullmatch(r"[a-zåäö-]+(?:nämnden|styrelsen)|kommunfullmäktige|regionfullmäktige", raw):
            return raw[:1].upper() + raw[1:]  # "föreslår socialnämnden besluta": the huvudman's own nämnd
        b = self._body_ref(raw)
        return b if b and len(raw.split()) <= 8 else None

    def _meeting_body(self) -> str | None:
        return self.p.body or self.ctx.reporting_body

    def _is_meeting_body_ref(self, raw: str) -> bool:
        """Whether a subject names the body that met: by its name or by its kind ("Nämnden",
        "Beredningen" in a beredning's minutes)."""
        body = self._meeting_body()
        if not body or not raw:
            return False
        head = body.split(",")[0].strip().casefold()
        low = raw.strip().casefold()
        if low == head or low in ("nämnden", "beredningen", "styrelsen", "utskottet", "direktionen") and low in head:
            return True
        ref = self._body_ref(raw)
        return bool(ref) and ref.split(",")[0].strip().casefold() == head

    def _reported_group(self) -> str | None:
        """The group an item of the body that met reports from (see :meth:`_Ctx.reported_group`)."""
        return self.ctx.reported_group(self._meeting_body())

    def _without_proposals(self, it: ParsedItem) -> str:
        """The item's text without the paragraphs a body proposes another to decide, under a
        heading such as "Arbetsutskottets förslag till regionstyrelsen": what they would give is not
        yet given. The heading itself is the proposing body's recommendation to the other."""
        body = it.body or ""
        if "förslag till" not in body and not _PROPOSAL_BARE.search(body):
            return body
        kept: list[str] = []
        skipping = False
        heading_only = False  # under "Arbetsutskottets förslag", before its paragraph has begun
        for line in body.split("\n"):
            if _PROPOSAL_BARE.fullmatch(line.strip()):
                skipping = heading_only = True  # "Arbetsutskottets förslag" over what the utskott proposes
                continue
            if heading_only:
                if not line.strip():
                    continue
                heading_only = False
            m = _PROPOSAL_HEADING.match(line.strip())
            if m:
                skipping = True
                frm = _own_body(m.group("by"), self._meeting_body()) or self._group_phrase(m.group("by")[:-1])
                to = _own_body(m.group("to"), self._meeting_body()) or self._group_phrase(m.group("to"))
                self.mandate(frm, to, "recommends", it.number, None)
                continue
            if skipping and (not line.strip() or _AFTER_PROPOSAL.match(line.strip())):
                skipping = False
            if not skipping:
                kept.append(line)
        return "\n".join(kept)

    def _produce(self, rule, m: re.Match, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """The facts a pattern rule's slots name; False when a slot names nothing it should."""
        g = {k: v for k, v in m.groupdict().items() if v}
        item = self.ctx.item.number if self.ctx.item else None
        body = self._meeting_body()
        if rule.name == "received_on_remiss" and re.fullmatch(r"(?i)(?:nämnden|styrelsen)", (g.get("from") or "").strip()):
            # "… på uppdrag av hälso- och sjukvårdsnämnden. Utskottet har fått planen på remiss från nämnden": that one
            kind = g["from"].strip().casefold().removesuffix("en")
            text = " ".join((self.ctx.item.body or "").split()) if self.ctx.item else ""
            at = text.find(" ".join(s[:40].split()))
            before = [x.name for x in find_groups(text[:at]) if not x.generic_head and kind in x.name.casefold()] if at > 0 else []
            named = before[-1] if before else None
            to = self._body_ref(g.get("to"))
            if not named or not to:
                return False
            self.group(named, item)
            self.mandate(named, to, "refers", item, pos)
            return True
        if rule.name == "remiss_body_for":
            council = self._body_ref(g["to"])
            also = g.get("also") and self._remiss_sender(g["also"])
            if also and council:
                # "… remissinstans till kommunstyrelsen och till socialnämnden": the second body refers to it too
                self.group(also, item)
                self.mandate(also, council, "refers", item, pos)
            if council and g.get("more"):
                # "…, och rapporterar till kommunstyrelsen en gång per år": what the council also does, its subject kept
                self._sentence(f"{g['to']} {g['more']}", origin=origin, pos=pos, giver=giver, kinds=("mandate",))
        if rule.name == "gave_us_the_task":
            # "…, som gav oss uppdraget": the body that met, as those who carry the task out call themselves
            frm = self._body_ref(_whole_body(s, m, "from7"))
            if not frm or not body or not self._is_body(frm) or frm.casefold() == body.casefold():
                return False
            self.group(frm, item)
            self.mandate(frm, body, "delegates", item, pos)
            return True
        if rule.kind == "mandate":
            for slot in ("from", "from2", "from3", "from4", "from5", "from6", "from7", "from8", "from9", "from10", "to", "to2",
                         "to3", "to5", "to6", "to7", "to8", "to9", "to10", "to13", "to15"):
                if g.get(slot):
                    g[slot] = _whole_body(s, m, slot)
            g["from"] = (g.get("from") or g.get("from2") or g.get("from3") or g.get("from4") or g.get("from5")
                         or g.get("from6") or g.get("from7") or g.get("from8") or g.get("from9") or g.get("from10"))
            if rule.mandate == "reports_to" and g["from"] and " att " in g["from"] and (
                    wish := _WISHED_REPORTER.search(g["from"])):
                # "RLG … vill att gruppen framöver avrapporterar till X": the one the clause after "att" names reports
                g["from"] = wish.group("subj")
            if rule.name == "presents_to_body" and g.get("from") and body and not self._body_ref(g["from"]):
                # "EB redovisade upplägget för Styrgrupp Nära vård": a member presents the body's work there
                who = self._people(g["from"])
                if not who or not all(w.casefold() in self.ctx.roster for w in who):
                    return False
                g["from"] = body
            if rule.name == "delegates_to" and g.get("task") and g.get("to") and not self._body_ref(g["to"]):
                # "AS delegerar till stabschefen att besluta om inköp": a task of a person, no flow between bodies
                who = self._people(g["to"]) or _subject_assignees(g["to"], origin == "decision", self.ctx)
                if who and not any(self._is_body(w) for w in who):
                    self.assignment(who, g["task"], origin=origin, pos=pos, given_by=body)
                    seat = re.match(r"(?:företräda|representera)\s+[^.;,]{2,60}?\s+i\s+(?P<g>[^.;,]+?)\s*$", g["task"])
                    gs = find_groups(seat.group("g")) if seat else []
                    seat_in = (gs[0].name if gs and gs[0].start == 0 and not gs[0].generic_head else
                               seat.group("g") if seat and re.fullmatch(r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäöÅÄÖ-]+){1,7}",
                                                                       seat.group("g")) else None)
                    for p in who if seat_in else ():
                        # "delegerar åt X att företräda gruppen i Nätverket för Y": X's seat there
                        self.membership(p, seat_in, item, role="representant", change="join")
                    return True
            if g.get("from7") and body:
                # a body's relation to the body that met, which the sentence leaves unnamed: "Arbetsgruppen har lyft
                # frågan om …", "Uppdragsgivare är Styrgrupp Nära vård"
                g["to"] = body
            pinned = None
            if g.get("to4"):  # "vid nämndens nästa sammanträde": the body whose meeting it is
                g["to4"] = re.sub(r"s$", "", g["to4"])
            g["to"] = (g.get("to") or g.get("to3") or g.get("to4") or g.get("to5") or g.get("to6") or g.get("to7")
                       or g.get("to8") or g.get("to9") or g.get("to10") or g.get("to11")
                       or g.get("to12") or g.get("to13") or g.get("to14") or g.get("to15"))
            if g.get("from") and re.match(r"(?i)gruppen\s*$", g["from"]) and body and not re.search(r"(?i)grupp", body):
                # "Gruppen" in a nämnd's minutes: the group just named, or the one the item reports from
                pinned = self._group_before(s) or self._reported_group()
                if not pinned:
                    return False
                g["from"] = None
            elif (g.get("from") and re.match(r"(?i)(?:nämnden|styrelsen|direktionen)\s*$", g["from"])
                  and (parent := _utskott_parent(body))):
                pinned, g["from"] = parent, None  # "Nämnden har delegerat …" in its arbetsutskott's minutes
            elif (g.get("from") and re.match(r"(?i)rådet\s*$", g["from"]) and "råd" not in (body or "").casefold()
                  and self.ctx.item and (council := self.ctx.one_council_of_item())):
                pinned, g["from"] = council, None  # "Rådet har rapporterat …" in a nämnd's minutes: the item's council
            elif g.get("from") and re.match(r"(?i)(?:gruppen|vi|nämnden|mötet|styrelsen|rådet)\s*$", g["from"]):
                g["from"] = None  # the body that met, by its type word
            frm = self._body_ref(g.get("from")) if g.get("from") else None
            if g.get("from") and not frm:
                gen = find_groups(g["from"])
                frm = self.ctx.resolve_generic(gen[0]) if gen and gen[0].start <= 2 else None
                if not frm and re.match(r"(?i)(?:gruppen|vi|nämnden|mötet)$", g["from"].strip()):
                    frm = body
                frm = frm or _by_kind_alone(g["from"], whole=True)
                if not frm:
                    return False
            frm = pinned or frm or body
            raw_to = g.get("to") or g.get("to2")
            if rule.mandate == "recommends":
                if raw_to and " säga " in raw_to or raw_to and "dvs" in raw_to:
                    # "huvudmännen, det vill säga Region X och kommunerna A, B och C": the huvudmän as the text spells them
                    raw_to = re.sub(r"^huvudmännen,?\s+(?:det\s+vill\s+säga|dvs\.?)\s+", "", raw_to).rstrip(" ,")
                    raw_to = re.sub(r"\bkommunerna\s+((?:[A-ZÅÄÖ][\wåäö-]+(?:,\s*|\s+och\s+))*[A-ZÅÄÖ][\wåäö-]+)",
                                    lambda k: ", ".join(f"{n} kommun" for n in re.split(r",\s*|\s+och\s+", k.group(1))), raw_to)
                if raw_to and re.search(r"\b(?:kommunerna|kommuner)\s+[A-ZÅÄÖ]", raw_to):
                    # "kommunerna A, B och C", "Region X och länets kommuner A, B, C och D": each kommun by its name
                    raw_to = re.sub(r"\b(?:kommunerna|(?:länets|regionens|[a-zåäö]+ets)\s+kommuner)\s+"
                                    r"((?:[A-ZÅÄÖ][\wåäö-]+(?:,\s*|\s+och\s+))*[A-ZÅÄÖ][\wåäö-]+)",
                                    lambda k: self._kommuner_listed(k.group(1)), raw_to)
                if raw_to and " kommuner" in raw_to:
                    # "Sandhamra, Östmo och Lövsta kommuner samt Region X": the kommuner named before their shared head
                    raw_to = _KOMMUNER_BEFORE_HEAD.sub(lambda k: self._kommuner_listed(k.group(1)), raw_to)
                if raw_to and (bare := _ORGAN_OF_PLACES.fullmatch(raw_to.strip())):
                    # "kommunfullmäktige i Åby, Ekå och Ås": the places alone, each a kommun by its name
                    raw_to = ", ".join(f"{bare.group('organ')} i {_kommun_of_place(p)}"
                                       for p in re.split(r",\s*|\s+och\s+", bare.group("places")))
                if raw_to and (each := _ORGAN_OF_EACH.fullmatch(raw_to.strip())):
                    # "kommunfullmäktige i A kommun, B kommun och C kommun": the fullmäktige of each kommun
                    organ = each.group("organ") or each.group("organs")[:-3] + "n"  # "regionstyrelserna" → "regionstyrelsen"
                    raw_to = ", ".join(f"{organ} i {k}" for k in _RECIPIENTS_SPLIT.split(each.group("kommuner") or each.group("places")))
                if raw_to and raw_to.strip().casefold() in ("regionerna", "samtliga regioner", "alla regioner") and \
                        len(regions := self._regions()) >= 2:
                    # "rekommendera regionerna att …" in a body of several regions: each region the attendance names
                    raw_to = ", ".join(regions)
                targets = [self._recipient(t) for t in _RECIPIENTS_SPLIT.split(raw_to or "")]
                if not targets or not all(targets):
                    return False
                for t in targets:
                    self.mandate(frm, t, "recommends", item, pos)
                return True
            else:
                if rule.mandate == "refers" and raw_to and raw_to.lstrip()[:8] in ("regionst", "kommunst") and (
                        each := _ORGAN_OF_EACH.match(s, s.find(raw_to.strip()))) and each.group("organs"):
                    # "överlämna det till regionstyrelserna i Region A, Region B och Region C för fastställande": to the
                    # styrelse of each
                    organ = each.group("organs")[:-3] + "n"
                    targets = [self._recipient(f"{organ} i {k}") for k in _RECIPIENTS_SPLIT.split(each.group("places"))]
                    if targets and all(targets):
                        for t in targets:
                            self.mandate(frm, t, "refers", item, pos)
                        return True
                held = re.match(r"^(?P<b>\S.+?)s\s+(?:ordförande|presidium)\b", raw_to or "")
                if rule.mandate == "reports_to" and held and self._body_ref(held.group("b")):
                    raw_to = held.group("b")  # "rapporterar till krisledningsnämndens ordförande": to the nämnd
                to = self._body_ref(raw_to) if raw_to else None
                if raw_to and not to and body and _COMMISSIONER_REF.fullmatch(raw_to.strip()):
                    # "Återkoppling sker till uppdragsgivaren": the body the minutes told gave the body that met its uppdrag
                    givers = [x.from_body for x in self.out.mandates if x.kind == "delegates"
                              and x.to_body.casefold() == body.casefold()]
                    to = givers[-1] if len(set(givers)) == 1 else None
                if raw_to and re.match(r"(?i)(?:dit)$", raw_to.strip()):
                    to = self.ctx.reporting_body
                elif raw_to and re.match(r"(?i)(?:hit|oss(?:\s+själva)?)$", raw_to.strip()):
                    # "Arbetsgruppen … rapporterar hit", "RLG har delegerat till oss att …": the body whose minutes these are
                    to = body
                same = _SAME_KIND_REF.fullmatch(raw_to.strip()) if raw_to else None
                if same:  # "… inför beslut i hälso- och sjukvårdsnämnden och rapporterar till nämnden"
                    before = [g for g in find_groups(s[:s.rfind(raw_to)]) if not g.generic_head
                              and same.group(1).casefold() in g.name.casefold()]
                    # (not the reporter itself, named by its nämnd: "Socialnämndens arbetsutskott rapporterar … till
                    # nämnden")
                    before = [r for r in map(self.ctx.resolve_generic, before) if r and not (frm and _one_name(frm, r))]
                    to = before[-1] if before else to
                elif not to and raw_to and raw_to.startswith("båda ") and (both := self._both_named(raw_to)):
                    # "Arbetsgruppen rapporterar till båda samverkansgrupperna": the two of that kind the item names
                    for t in both:
                        if not _one_name(frm, t):
                            self.mandate(frm, t, rule.mandate, item, pos)
                    return True
                elif not to and raw_to and (council := _COUNCIL_REF.fullmatch(raw_to.strip())):
                    # "RSR har ställt sig bakom … Styrgruppen arbetar på uppdrag av RSR och rapporterar till
                    # rådet": the council the item named last
                    to = self._kind_named_before(s, council.group(1))
                to = to or _by_kind_alone(raw_to, whole=True)
                if rule.mandate == "refers" and to in self.ctx.topic_named:
                    # "… lyfter frågan till processteamet": a question goes to a body that is there already, not one
                    # named after the item's topic; kept by its kind for the batch's other minutes to name
                    to = _by_kind_alone(raw_to, whole=True) or to
            if not to or not frm or frm.casefold() == to.casefold():
                return False
            if rule.mandate == "delegates" and rule.name == "on_behalf_of":
                frm, to = to, frm  # the slot names the giver first in these phrasings
                frm, to = (self._body_ref(g.get("from")) or frm), (self._body_ref(g.get("to")) or to)
                if g.get("to") and re.match(r"(?i)gruppen$", g["to"].strip()) and body and not re.search(r"(?i)grupp", body):
                    # "Gruppen arbetar på uppdrag av X" in a nämnd's minutes: the group the item reports from
                    to = self._group_before(s) or self._reported_group()
                    if not to:
                        return False
                elif g.get("to") and re.match(r"(?i)(?:gruppen|arbetsgruppen|vi)$", g["to"].strip()) and body:
                    to = (self._body_ref(g["to"]) if self.ctx.item_group else None) or (
                        self.ctx.resolve_generic(find_groups(g["to"])[0]) if find_groups(g["to"]) else body)
                if not to or not (self._is_body(to) or to == body) or is_person_name(to):
                    return False  # a group named only as "gruppen" where no group is named before
            if rule.name == "on_behalf_of" and (via := _VIA_BODY.search(s[m.start():])) \
                    and (mid := self._body_ref(via.group("v"))) and self._is_body(mid) \
                    and mid.casefold() not in (frm.casefold(), to.casefold()):
                # "Uppdraget kommer från LSVO via samverkansgruppen": handed down through the body between
                self.group(mid, item)
                self.mandate(frm, mid, "delegates", item, pos)
                self.mandate(mid, to, "delegates", item, pos)
                return True
            if rule.name == "delegates_to" and g.get("task"):
                self.assignment([to], g["task"], origin=origin, pos=pos, given_by=frm)
            elif rule.name == "delegates_to" and "rapporterar" in s and (back := _DELEGATED_REPORTS_BY.search(s)):
                # "delegerar uppdraget till SBU, som rapporterar till RLG senast i mars 2026": a report owed by a day
                self.assignment([to], f"rapportera {back.group('t')}", origin=origin, pos=pos, given_by=frm)
            kind = rule.mandate
            if kind == "refers" and _MAY_NEED_RAISING.search(s):
                return False  # "Frågan kan behöva tas upp i PSVO under hösten": a possibility, not a matter raised
            if kind == "refers" and _REMISS_ANSWER.search(s):
                return False  # "… ställer sig bakom synpunkterna och överlämnar dem till nämnden": an answer sent, no mandate
            if kind == "refers" and _WORK_HANDED_DOWN.search(s):
                # "överlämna framtagandet av ett utkast till Arbetsgrupp X": the work handed over, to do, as well
                self.mandate(frm, to, "delegates", item, pos)
            elif kind == "refers" and _REPORT_NOUN.search(s) and rule.name != "remiss_body_for":
                kind = "reports_to"  # a report handed on is reporting, not a question referred
            elif kind == "refers" and re.search(r"(?i)\bmed\s+(?:eget|ett|sitt|beredningens|utskottets)\s+förslag\b", s):
                kind = "recommends"  # "överlämna ärendet till nämnden med eget förslag till beslut": a proposal
            self.group(to, item) if self._is_body(to) else None
            self.mandate(frm, to, kind, item, pos)
            if kind in ("refers", "reports_to") and (onward := _ONWARD_TO.search(s)) \
                    and (nxt := self._body_ref(onward.group(1))) and nxt not in (to, frm):
                # "överlämnar rapporten till nämnden och vidare till kommunfullmäktige": the first passes it on
                self.group(nxt, item) if self._is_body(nxt) else None
                self.mandate(to, nxt, kind, item, pos)
            if kind == "refers" and raw_to and " till " in raw_to and (more := _AND_TO_ANOTHER.search(raw_to)) \
                    and (other := _target(more.group(1), self.ctx)) and self._is_body(other) and other not in (to, frm):
                # "Frågorna lyfts till ledningsgruppen och till styrgruppen för psykisk hälsa": to each body
                self.group(other, item)
                self.mandate(frm, other, kind, item, pos)
            if kind == "refers" and raw_to and " och " in raw_to and (more := _AND_NAEMND.search(raw_to)) \
                    and (other := self._body_ref(more.group(1))) and other != to:
                # "överlämnas till socialnämnden i Åby och välfärdsnämnden i Ekå för beslut": to each nämnd
                self.group(other, item) if self._is_body(other) else None
                self.mandate(frm, other, kind, item, pos)
            if kind == "refers" and "beredning" in s and (prep := _REFERRED_FOR_PREPARATION.search(s)):
                # "Frågan om X lyfts till RLG för beredning": the body it goes to prepares it
                what = prep.group("what")
                self.assignment([to], f"bereda {what[:1].lower()}{what[1:]}", origin=origin, pos=pos, given_by=frm)
            elif kind == "refers" and " för " in s and (work := _REFERRED_FOR_WORK.search(s)):
                # "… att frågan lämnas till Samverkansgrupp X för planering av införandet": the body it goes to
                # does that work
                verb = _WORK_VERB[work.group("noun").casefold()]
                self.assignment([to], f"{verb} {work.group('obj')}", origin=origin, pos=pos, given_by=frm,
                                delegated=False)  # handed on, not an uppdrag: the referral says it
            if rule.name == "set_up_by" and _REPORTS_THERE.search(s):  # "… tillsatt av X och återrapporterar dit"
                self.mandate(to, frm, "reports_to", item, pos)
            elif rule.name == "set_up_by" and body and to.casefold() != body.casefold() and _REPORTS_HERE.search(s):
                self.mandate(to, body, "reports_to", item, pos)
            elif rule.name == "set_up_by" and (back := _REPORTS_BACK_TO.search(s)) and self._body_ref(back.group("ref")) == frm:
                # "…, som nätverket tillsatte i våras, … och återrapporterar till nätverket i februari": back to its setter
                self.mandate(to, frm, "reports_to", item, pos)
            return True
        if rule.kind == "membership":
            return self._produce_membership(rule, g, s, origin=origin, pos=pos)
        if g.get("obj6"):  # "Förslaget har tagits fram av X på styrgruppens uppdrag": read as the passive with "av"
            g.update(obj3=g["obj6"], v3=g["v6"], part3=g.get("part6"), who3=g["who6"], giver3=g["giver6"])
        # assignments
        if rule.name == "justerare":
            who = self._people(g.get("who") or g.get("who2") or g.get("who3") or g.get("who4") or g.get("who5"))
            if not who:
                return False
            jm = re.search(r"\bjusterar?\s+(?P<o>[^.;,]+)", s)
            together = "jämte ordföranden " if "jämte" in s else (
                "tillsammans med ordföranden " if "tillsammans med ordföranden" in s else "")
            # "Att jämte ordföranden justera protokollet utses X": the object ends before the verb
            obj = re.sub(r"\s+(?:valdes|utsågs|utses|väljs)\b.*$", "", jm.group("o")) if jm else ""
            if together and obj.endswith(together.strip()):
                together = ""  # "… att justera anteckningarna tillsammans med ordföranden": said once, after the object
            task = f"{together}justera {obj}" if obj else "justera protokollet"
            self.assignment(who, task, origin=origin, pos=pos, given_by=giver or body)
            return True
        if rule.name == "meeting_secretary":
            who = self._people(g.get("who") or g.get("who2"))
            if not who or len(who) != 1:
                return False
            self.assignment(who, _duty_task("sekreterare"), origin=origin, pos=pos, given_by=giver or body)
            return True
        if rule.name == "keeps_notes":
            who = self._people(g.get("who") or g.get("who2"))
            if not who or len(who) != 1:
                return False
            self.assignment(who, f"föra {g.get('what') or g.get('what2')}", origin=origin, pos=pos, given_by=giver or body)
            return True
        if rule.name in ("convener", "chair_decided"):
            who = self._people(g.get("who") or g.get("who2"))
            if not who:
                return False
            role = g.get("role") or g.get("role2")
            grp = self._group_phrase(g["group"]) if g.get("group") else None
            named_before = [x for x in find_groups(g["pre"])] if g.get("pre") else []
            if not grp and named_before:  # "… leds av en projektgrupp med X som sammankallande": that group
                grp = self.ctx.resolve_generic(named_before[-1])
            if not grp and not named_before and role == "sammankallande" and len(who) == 1:
                # "att ge A, B och C i uppdrag att ta fram …, att A är sammankallande": A convenes those the task went
                # to, no seat in the body that met
                shared = next((a for a in reversed(self.out.assignments) if a.item == item and len(a.assignees) > 1
                               and who[0] in a.assignees), None)
                if shared and any(x.created and x.item == item and x.name in shared.assignees for x in self.out.groups):
                    shared = None  # those the task went to are a body set up in the item: its convener
                if shared:
                    self.assignment(who, f"vara sammankallande för uppdraget att {shared.task}", origin=origin, pos=pos,
                                    given_by=giver or body)
                    return True
            # "… inrätta en arbetsgrupp … Tove Lind blir sammankallande": the body created in the item
            created = [x.name for x in self.out.groups if x.created and x.item == item]
            # ("3. Arbetsgruppen för digital nattillsyn / … Sanna är tillförordnad sammankallande": the group the item's
            # title names, in another body's minutes)
            grp = grp or (created[-1] if created else None) or self.ctx.working_group or self.ctx.group_of_item() or body
            if created and grp == created[-1]:
                # "En arbetsgrupp bildas bestående av Karin Ek, … Karin är sammankallande": one of its members by first name
                joined = [x.person for x in self.out.memberships if x.group == grp and x.item == item and x.change == "join"]
                who = [next((p for p in joined if " " not in w and p.split()[0] == w), w) for w in who]
            # the preposition as written: "sammankallande i arbetsgruppen", "sammankallande för rutinarbetet"
            prep = s[:m.start("group")].rstrip().rsplit(None, 1)[-1] if g.get("group") else "i"
            where = f" {prep} {g['group']}" if g.get("group") else (f" i {grp}" if grp else "")
            told = origin != "decision" and re.search(r"\b(?:leds|leddes|består|bestod)\s+av\b", g.get("pre") or "")
            if not told:  # "Piloten leds av en projektgrupp med X som sammankallande" tells who leads it, gives no task
                self.assignment(who, f"vara {role}{where}", origin=origin, pos=pos, given_by=giver or body)
            if g.get("group") and not self._group_phrase(g["group"]) and not named_before \
                    and not _own_body(g["group"].strip(), body) and not _KIND_WORD_DEFINITE.match(g["group"].strip()):
                return True  # "Eva Ek är sammankallande för rutinarbetet": she convenes a piece of work, no body
            for p in who:
                self.membership(p, grp, item, role=role, change="member" if told else "join")
            return True
        if rule.name == "continues_as_decided":
            who = self._people(g["who"])
            if not who or not all(is_person_name(w) for w in who):
                return False
            self.assignment(who, f"vara {g['role']}{g.get('group') or ''}", origin=origin, pos=pos, given_by=giver or body)
            return True
        if rule.name in ("role_decided", "contact_decided"):
            who = self._people(g["who"])
            if not who or not all(is_person_name(w) for w in who):
                return False
            held = re.search(r"\b(?:fortsatt|ny)\s+(?=[a-zåäö]+(?:ledare|ägare))", s[m.start("who"):m.end("role")])
            where = f" {s[m.end('role'):m.end('group')].strip()}" if g.get("group") else ""
            self.assignment(who, f"vara {held.group(0) if held else ''}{g['role']}{where}", origin=origin, pos=pos,
                            given_by=giver or body)
            return True
        raw_who = g.get("who") or g.get("who2") or g.get("who3") or g.get("who4") or g.get("who5") or g.get("who7")
        if rule.name == "singled_out_doer" and raw_who:  # "Eva samt tidigare processledare Per": the names
            raw_who = re.sub(r"\b(?:tidigare|nuvarande|nya?)\s+(?=[a-zåäö])|\b[\wåäö-]*(?:chef|ledare|samordnare|strateg|"
                             r"direktör|sekreterare|handläggare)\s+(?=[A-ZÅÄÖ])", "", raw_who)
        if rule.name == "asked_to" and raw_who:
            if re.fullmatch(r"(?i)gruppen|ledamöterna", raw_who.strip()) and body:
                raw_who = body  # "rekommenderar gruppen att …": the body that met, by its members
            raw_who = re.sub(r"(?i)^(?:de\s+)?(?:berörda|ansvariga)\s+(?:på|i|inom)\s+", "", raw_who)  # "berörda på regionen"
            every = _EVERY_OF_KIND.fullmatch(raw_who.strip())
            if every and body and every.group("kind").casefold() in body.casefold() and (
                    not every.group("adj") or body.casefold().startswith(every.group("adj").casefold()[:-1])):
                raw_who = body  # "har bett alla lokala grupper att …" in a lokal grupp's minutes: this one too
        if rule.name == "uppdrag_fran" and raw_who and re.fullmatch(r"(?i)(?:arbets)?gruppen", raw_who.strip()) and body:
            # "Gruppen har fått i uppdrag av X att …": an uppdrag held, by the body whose minutes these are (or the
            # group the item reports from), not an intention
            raw_who = (self._body_ref(raw_who.strip()) if self.ctx.item_group else None) or body
        if rule.name == "invited_to_present" and raw_who:
            # "Apotekare Eva Ek bjuds in …", "Eva Ek från FoU Åby bjuds in …", "Eva Ek, apotekare, bjuds in …": the
            # person, without the title before her or where she comes from after her
            first, _, after = raw_who.strip().partition(" ")
            if after and is_title_word(first):
                raw_who = after
            raw_who = re.sub(r"(?:,\s[^,]*,?|\s+(?:från|på|vid)\s+[A-ZÅÄÖ][^,]*)$", "", raw_who.strip())
        who = self._people(raw_who)
        if not who and rule.name in ("asked_to", "asked_passive", "alades"):
            # "har bett varje kommun att …", "Kommunerna ombeds …", "Det åligger respektive kommun att …"
            who = self._collective(raw_who or "")
        who = who or _subject_assignees(raw_who or "", True, self.ctx)
        if not who and rule.name == "invited_to_present" and _CARE_UNIT.fullmatch(raw_who.strip()):
            who = [raw_who.strip()]  # "Ungdomsmottagningen i X bjuds in till nästa möte för att berätta …": the unit
        if not who and g.get("who5") and _CARE_UNIT.fullmatch(raw_who.strip()):
            who = [raw_who.strip()[0].upper() + raw_who.strip()[1:]]  # "begär att vårdcentralen i X …": the unit
        task = g.get("task") or g.get("task2") or g.get("task4") or g.get("task5") or (
            f"lämna {g['obj7']}" if g.get("obj7") else None)  # "har bett X om en rapport": to hand one in
        if g.get("obj3"):  # "Förslaget har tagits fram av X": X has "tagit fram förslaget"
            task = f"{g['v3'][:-1]}{g.get('part3') or ''} {g['obj3'][0].lower()}{g['obj3'][1:]}"
        if not who or not task:
            return False
        if rule.name == "done_on_behalf":
            task = _supine_to_infinitive(task)
        if rule.name in ("appointed_contact", "contact_told"):
            task = f"vara {task}"  # "utse X till kommunens kontaktperson": to be it
        if rule.name == "dash_responsible" and (w := task.split()) and len(w) > 1 and not w[1][:1].isupper():
            task = task[:1].lower() + task[1:]  # "Skicka ut presentationen – ansvarig AL": the task begins the line
        if g.get("task5") or g.get("task4"):  # "begär att X informerar …", "önskar att X lämnar …": present tense
            verb, _, rest = task.partition(" ")
            task = f"{_present_to_infinitive(verb)} {rest}"
        gb = giver
        givers = [g.get(k) for k in ("giver", "giver2", "giver3", "giver4", "giver5", "giver7") if g.get(k)]
        if givers:
            gb = self._body_ref(givers[0]) or gb
        # "Ledningsgruppen har bett nämnden utse …": a request of a nämnd, no mandate over it
        asked_organ = rule.name == "asked_to" and all(_OWN_ORGAN.search(w) for w in who)
        for t in _task_list(task):
            # "X bjuds in till nästa möte för att …": when, told before the task
            self.assignment(who, t, origin=origin, pos=pos, given_by=gb or (body if origin == "decision" else None),
                            delegated=not asked_organ, context=g.get("when") or "")
        return True

    _ON_LEAVE_BEFORE = re.compile(r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+är\s+"
                                  r"(?:föräldraledig|tjänstledig|studieledig|sjukskriven|ledig)\b[^.;]*[.;]\s*$")

    def _stands_in_for_one_on_leave(self, raw: str, s: str, item: str | None) -> bool:
        """"A är föräldraledig under hösten; B tjänstgör för Ronneby under tiden": B stands in for A in the body
        that met (A keeps her seat)."""
        who, body = self._people(raw), self._meeting_body()
        text = re.sub(r"\s+", " ", self.ctx.item.body or "") if self.ctx.item else ""
        at = text.find(s.strip()[:40])
        before = self._ON_LEAVE_BEFORE.search(text[:at]) if at > 0 else None
        if not who or not body or not before or not self._people(before.group("who")):
            return False
        for p in who:
            self.membership(p, body, item, change="replace")
        return True

    def _produce_membership(self, rule, g: dict, s: str, *, origin: str, pos: int | None) -> bool:
        item = self.ctx.item.number if self.ctx.item else None
        body = self._meeting_body()

        def seat_group(raw: str | None) -> str | None:
            if raw and " efter h" in raw and (cut := _AFTER_PRONOUN.search(raw)):
                raw = raw[:cut.start()]  # "till ny representant i rådet efter honom": the one named before
            if raw:
                board = _seat_board(raw) or _named_board(raw)
                if board:
                    return board  # "ledamot i Samordningsförbundet Norrvik": its board's seat
                # "representant för Ekby kommun i gruppen": the huvudman's seat in the group after it
                raw = _HUVUDMAN_THEN_GROUP.sub("", raw.strip())
                grp = self._group_phrase(raw)
                if grp:
                    return grp
                if re.match(r"(?i)gruppen$", raw.strip()):
                    return self._reported_group() or body
                if re.match(r"(?i)(?:samverkansgruppen|nämnden|mötet)$", raw.strip()):
                    return body
                if raw.strip().casefold() == "rådet" and self.ctx.item and "råd" not in (body or "").casefold():
                    # "ny representant i rådet" in a nämnd's minutes: the council the item is about
                    council = self.ctx.one_council_of_item()
                    if council:
                        return council
                b = self._body_ref(raw)
                if b:
                    return b
            return body

        if rule.name in ("consists_of", "set_up_with"):
            grp = self._group_phrase(g["group"]) or (body if re.match(r"(?i)(?:gruppen)$", g["group"].strip()) else None)
            # "tillsätta en arbetsgrupp för X med Eva Ek som sammankallande": the lead the one member named
            raw_who = g.get("who") or g.get("lead") or ""
            # "Nora Lindqvist (sammankallande), Mattias Strömberg och en representant från respektive kommun": the
            # lead by a note after the name; a seat still to be filled is no person
            noted = _LEAD_NOTE.search(raw_who)
            raw_who = _SEAT_TO_FILL.sub("", _LEAD_NOTE.sub(r"\g<who>\g<org>", raw_who))
            if rule.name == "set_up_with":
                raw_who = _members_without_orgs(raw_who)
            people = self._people(raw_who)
            raw_lead = g.get("lead") or g.get("lead2") or g.get("lead3")
            lead_role = g.get("leadrole") or g.get("leadrole2") or g.get("leadrole3")
            if g.get("lead3"):
                # "… en representant från varje kommun; sammankallande är Eva Ek": seats to fill, no one named in them
                people = [p for p in people or [] if same_person_form(p, g["lead3"])]
                if not self._people(g["lead3"], text_names=True):
                    return False
            if not grp or not (people or g.get("lead3")):
                return False
            self.group(grp, item)
            if noted and not raw_lead:
                raw_lead, lead_role = noted.group("who"), noted.group("role")
            lead = self._people(raw_lead, text_names=True) if raw_lead else None
            # "…, och Karin är sammankallande": the first name of one of the members just listed
            lead = [next((p for p in people if p.split()[0] == x), x) for x in lead or []]
            for p in lead:
                self.membership(p, grp, item, role=lead_role, change="join")
                self.assignment([p], f"vara {lead_role} i {grp}", origin=origin, pos=pos,
                                given_by=self._current_giver(pos) or body)
            for p in people:
                if p not in lead:
                    self.membership(p, grp, item, role="ledamot", change="join")
            return True
        if rule.name == "leaves_replaced_by":
            old = self._people(g.get("old"), text_names=True)
            if not old or len(old) != 1:
                return False
            mid = g.get("mid") or ""
            left = re.search(r"(?:\blämnar\s+)?(?:(?:därmed|därför|också|även|då|samtidigt)\s+)?(?P<rest>[^.;]+)$", mid)
            named_left = ([x.name for x in find_groups(left.group("rest")) if not x.generic_head]
                          if left and re.search(r"\blämnar\b", s) else [])
            if len(named_left) >= 2 and not (g.get("who") or g.get("who3") or g.get("who4")):
                # "… slutar i kommunen och lämnar därmed Styrgrupp Nära vård och Arbetsgrupp SIP": each body left
                for name in named_left:
                    self.membership(old[0], seat_group(name), item, change="leave")
                return True
            # "har lämnat beredningsgruppen i samband med …": the body left is the object, not what follows "i"
            # "slutar sin tjänst i kommunen och lämnar därmed rådet": the body left, not the employer
            gm = (re.match(r"\s*(?:(?:därmed|därför|då|samtidigt)\s+)?(?P<g>[a-zåäö-]*(?:gruppen|rådet|nämnden|teamet|beredningen|utskottet|nätverket|forumet))\b(?P<g2>)", mid)
                  if re.search(r"\blämna[rt]\b", s) else None)
            if not gm and not mid.strip() and "lämnar" in s:
                # "X lämnar arbetsgruppen vid årsskiftet och ersätts av Y": the body left told before "och ersätts"
                gm = re.search(r"\blämnar\s+(?:(?:därmed|därför|då|samtidigt)\s+)?(?P<g>[a-zåäö-]*(?:gruppen|rådet|nämnden|"
                               r"teamet|beredningen|utskottet|nätverket|forumet))\b(?P<g2>)", s)
            # "avsäger sig i en skrivelse … sitt uppdrag som nämndens representant i Lokala närvårdsrådet": the seat's body
            gm = gm or re.search(r"\buppdrag(?:et)?\s+som\s+(?:[\wåäö]+s\s+)?(?:vice\s+)?[a-zåäö]+\s+(?:i|för)\s+(?P<g>[^,.;]+)(?P<g2>)",
                                 mid)
            gm = gm or re.search(r"\b(?:i|ur)\s+(?P<g>[^,.;]+)|lämnar\s+(?:därmed\s+)?(?P<g2>[^,.;]+)", f"{s[:0]}{mid}")
            # (a name with an enumeration goes on past its comma: "… i Politiskt samrådsorgan för hälsa, vård och omsorg")
            grp = seat_group((_whole_body(gm.string, gm, "g") if gm.group("g") else gm.group("g2")) if gm else None)
            # "lämnar därför Styrgrupp DVH efter dagens möte": the adverb before the body left
            # ("X har lämnat Processteam utskrivning": the body left named, told as done)
            named = (self._group_phrase(re.sub(r"^\s*(?:därmed|därför|då|samtidigt)\s+", "", mid))
                     if not gm and ("lämnar" in s or "har lämnat" in s) and mid.strip() else None)
            if named:  # "Per Ek lämnar Styrgrupp barn och unga Norrvik": the body left is named
                grp = seat_group(named)
            elif "lämnar" in s and not gm and not re.search(r"lämnar\s+(?:(?:därmed|därför|då|samtidigt)\s+)?(?:gruppen|\w*gruppen|uppdraget|sitt\s+uppdrag|\w*rådet|nämnden|\w*nätverket|\w*forumet)\b", s):
                return False  # (not "X lämnar gruppens synpunkter till …": what is handed in, in the genitive)
            if not grp:
                return False
            if (grp == body and not gm and re.match(r"\s*(?:alla\s+)?sina\s+(?:politiska\s+)?(?:förtroende)?uppdrag\b", mid)
                    and old[0].casefold() not in self.ctx.roster and _OWN_ORGAN.match(body or "")):
                # "X har lämnat sina politiska uppdrag" in a fullmäktige's or nämnd's minutes that do not list X:
                # the seat X held the minutes tell elsewhere, not one in the body that met
                return False
            if grp == body and not gm and not named and old[0].casefold() not in self.ctx.roster and any(
                    x.change == "leave" and x.item == item and x.person.casefold() == old[0].casefold()
                    and x.group != body for x in self.out.memberships):
                # "… ersätter Jörgen Wall som representant i Styrgrupp X. Jörgen Wall går i pension.": why he left
                # the seat just told, not a seat in the body that met, whose roster does not list him
                return True
            successor = g.get("who") or g.get("who3") or g.get("who4")
            new = self._people(successor) if successor else None
            self.membership(old[0], grp, item, change="leave")
            self._leaving = (old[0], grp)
            for p in new or []:
                self.membership(p, grp, item, change="replace", replaces=old[0])
            return True
        if rule.name == "recount_seat":
            # a fullmäktige seat the länsstyrelse fills by a recount: in the fullmäktige that met unless another is named
            grp = seat_group(g["group"]) if g.get("group") else (body if re.search(r"(?i)fullmäktige", body or "") else None)
            who = self._people(g["who"], text_names=True)
            old = self._people(g["old"], text_names=True) if g.get("old") else None
            if not grp or not who or len(who) != 1:
                return False
            if old and len(old) == 1:
                self.membership(who[0], grp, item, role=g["role"], change="replace", replaces=old[0])
                self.membership(old[0], grp, item, role=g["role"], change="leave")
            else:
                self.membership(who[0], grp, item, role=g["role"], change="join")
            return True
        if rule.name == "released_from_seat":
            raw_old = next((g[k] for k in ("old", "old2", "old3", "old4", "old5") if g.get(k)), None)
            old = self._people(raw_old, text_names=True)
            grp = seat_group(g["group"])
            if not old or len(old) != 1 or not grp:
                return False
            self.membership(old[0], grp, item, role=g.get("role"), change="leave")
            self._leaving = (old[0], grp)  # the seat a successor named by a pronoun takes: "… utses att efterträda henne"
            return True
        if rule.name == "term_ends":
            # "Malins förordnande som sekreterare upphör i december": the body named, or else the one that met
            old = self._people(g["old"], text_names=True)
            grp = seat_group(g["group"]) if g.get("group") else body
            if not old or len(old) != 1 or not grp:
                return False
            self.membership(old[0], grp, item, role=g.get("role"), change="leave")
            return True
        if rule.name == "goes_in_instead_of":
            who, old = self._people(g["who"], text_names=True), self._people(g["old"], text_names=True)
            grp = seat_group(g["group"]) if g.get("group") else None
            if not grp:
                # no body named: the one the item's title names ("Byte av ledamot i Lokala närvårdsrådet i X"), else
                # the body that met
                titled = {x.name for x in find_groups(_flatten(self.ctx.item.title or "")) if not x.generic_head} \
                    if self.ctx.item else set()
                grp = seat_group(next(iter(titled))) if len(titled) == 1 else body
            if not who or not old or len(who) != 1 or len(old) != 1 or not grp or who == old:
                return False
            self.membership(who[0], grp, item, role=g["role"], change="replace", replaces=old[0])
            self.membership(old[0], grp, item, role=g["role"], change="leave")
            return True
        if rule.name == "left_since":
            old = self._people(g.get("old") or g.get("old2") or g.get("old3") or g.get("old4"), text_names=True)
            grp = seat_group(g.get("group") or g.get("group2") or g.get("group3") or g.get("group4"))
            if not old or len(old) != 1 or not grp:
                return False
            self.membership(old[0], grp, item, change="leave")
            return True
        if rule.name == "left_group_past":
            old = self._people(g.get("old"), text_names=True)
            raw = g["group"]
            if re.fullmatch(r"(?i)gruppen", raw.strip()):
                # "I den operativa samrådsgruppen … sedan Per lämnade gruppen": the group the sentence named
                named = find_groups(s[:s.find(g["old"])])
                raw = named[-1].name if named else raw
            grp = seat_group(raw)
            if not old or len(old) != 1 or not grp:
                return False
            self.membership(old[0], grp, item, change="leave")
            return True
        if rule.name == "in_place_of":
            # "Ahmed deltar i nätverket i Lena Öhrns ställe": standing in for a member who keeps the seat
            who, grp = self._people(g.get("who")), seat_group(g.get("group"))
            for p in who or []:
                self.membership(p, grp, item, change="replace")
            return bool(who and grp)
        if rule.name in ("stands_in_for", "stands_in_during_leave"):
            # "Jan Ek vikarierar för ordinarie ledamot Eva Lund": he stands in, she keeps her seat
            who, old = self._people(g.get("who"), text_names=True), self._people(g.get("old"), text_names=True)
            grp = seat_group(g.get("group"))
            if not who or not old or len(old) != 1 or not grp:
                return False
            role = g.get("role") and re.sub(r"^ordinarie\s+", "", g["role"])
            leave = rule.name == "stands_in_during_leave"
            for p in who:
                # (on leave she keeps her seat: no leave of hers implied by the stand-in)
                self.membership(p, grp, item, role="vikarie", change="replace", replaces=None if leave else old[0])
            if not (leave and old[0].casefold() in self.ctx.roster):  # the roster tells her seat already
                self.membership(old[0], grp, item, role=role or None, change="member")
            return True
        if rule.name == "replaces_the_one_leaving":
            if g.get("who5"):
                return self._stands_in_for_one_on_leave(g["who5"], s, item)
            raw = (g.get("who") or g.get("who2") or g.get("who3") or g.get("who4") or g.get("who6") or g.get("who7")
                   or g.get("who8") or g.get("who9") or g.get("who10"))
            who = self._people(raw)
            if not who and raw and re.match(r"(?i)[\wåäö-]*(?:chef|direktör|ansvarig|samordnare|ledare)\s+\S", raw):
                who = self._people(raw.split(" ", 1)[1])  # "VA-chef Tove Ek ersätter honom": the title before the name
            if who and not self._leaving and g.get("group"):
                # "ersätter henne i projektgruppen under tiden": standing in for someone who stays a member
                grp = seat_group(g["group"])
                for p in who:
                    self.membership(p, grp, item, change="replace")
                return bool(grp)
            if not who or not self._leaving:
                return False
            old, grp = self._leaving
            for p in who:
                self.membership(p, grp, item, change="replace", replaces=old)
            return True
        if rule.name == "succeeded_by_the_one_before":  # "… som ny ledamot. Hon efterträder Per Lind": his seat left
            old = self._people(g.get("who"), text_names=True)
            grp = seat_group(g.get("group"))
            if not old or len(old) != 1 or not grp:
                return False
            self.membership(old[0], grp, item, change="leave")
            new = self._people(g.get("new")) if g.get("new") else None
            if new and len(new) == 1 and new[0].casefold() in self.ctx.roster:
                # "A deltar för första gången …; hon efterträder B": A takes the seat B leaves
                self.membership(new[0], grp, item, change="replace", replaces=old[0])
            return True
        if rule.name in ("new_in_group", "first_meeting_as_member", "welcomed_to_first_meeting"):
            who = self._people(g.get("who"))
            grp = seat_group(g.get("group"))
            if not who or not grp:
                return False
            for p in who:
                self.membership(p, grp, item, change="join")
            return True
        if rule.name in ("new_representative", "takes_part_from_now", "joins_group", "takes_part_from_now_on"):
            who = self._people(g.get("who") or g.get("who2") or g.get("who3") or g.get("who4") or g.get("who5")
                               or g.get("who6"))
            grp = seat_group(g.get("group") or g.get("group2") or g.get("group3") or g.get("group4") or g.get("group5")
                             or g.get("group6") or g.get("group7"))
            hm = g.get("hm") or g.get("hm2") or g.get("hm3") or g.get("hm5")
            if not hm and g.get("hmpos") and g["hmpos"][:1].isupper():
                hm = g["hmpos"][:-1]  # "som Region Norrbys andra representant"
            if not who or not grp or (hm and self._people(hm)):
                return False
            prev = self._people(g.get("prev"), text_names=True) if g.get("prev") else None
            if prev and len(prev) == 1 and len(who) == 1 and prev[0] != who[0]:
                # "… som ny representant för Ekby kommun efter Marie Dahl": his seat left, hers taken in its place
                self.membership(prev[0], grp, item, role=g.get("role"), change="leave", on_behalf_of=hm)
                self.membership(who[0], grp, item, role=g.get("role"), change="replace", on_behalf_of=hm, replaces=prev[0])
                return True
            for p in who:
                self.membership(p, grp, item, role=g.get("role") or g.get("role4"), change="join", on_behalf_of=hm)
            return True
        if rule.name == "decided_leaders":  # "att BL och PE tillsammans leder arbetsgruppen"
            grp = self._group_phrase(g["group"])
            who = self._people(g["who"])
            if not grp or not who:
                return False
            self.group(grp, item)
            for p in who:
                self.membership(p, grp, item, role="ledare", change="join")
            task = re.sub(r"\b(?:leder|ska\s+leda)\b", "leda", g["task"])
            self.assignment(who, task, origin=origin, pos=pos, given_by=self._current_giver(pos) or body)
            return True
        if rule.name in ("created_with_members", "created_with_members_bracketed"):
            grp = self._group_phrase(g["group"])
            kind_only = not grp and re.fullmatch(r"[a-zåäö]{3,}grupp", g["group"]) is not None
            if kind_only:
                grp = g["group"].capitalize() + "en"  # "en skrivargrupp": named by its kind, as the text goes on to
                if body and origin == "decision":
                    self.mandate(body, grp, "delegates", item, pos)  # set up by the body that met, to work for it
            lead = self._people(g["lead"])
            rest = self._people(g.get("who")) if g.get("who") else []
            if not grp or not lead or rest is None:
                return False
            self.group(grp, item)
            role = g.get("role") or "ledamot"
            role = "representant" if "representant" in role else ("ledamot" if " " in role else role)
            for p in lead:
                self.membership(p, grp, item, role=g["leadrole"], change="join")
            for p in rest:
                self.membership(p, grp, item, role=role, change="join")
            if origin == "decision":  # a seat decided is a duty given
                tail = s[s.find(" med ", s.find(g["group"])) + 1:].rstrip(" ,")
                self.assignment(lead + [p for p in rest if p not in lead], f"ingå i {grp} {tail}", origin=origin,
                                pos=pos, given_by=self._current_giver(pos) or body)
            return True
        if rule.name == "delegated_to_new_group":
            # "delegera till en skrivgrupp med Linnea, Omar och Annika att ta fram …": the group, named by its kind, its
            # members, and its task, given to them and to it
            who = self._people(g["who"])
            if not who:
                return False
            # named after the item it is made under, as a body named by its kind there is
            grp = (self.ctx.named_after_topic(g["group"].casefold()) if self.ctx.item else None) or g["group"].capitalize() + "en"
            self.group(grp, item)
            if body:
                self.mandate(body, grp, "delegates", item, pos)
            for p in who:
                self.membership(p, grp, item, role="ledamot", change="join")
            self.assignment([*who, grp], g["task"], origin=origin, pos=pos, given_by=self._current_giver(pos) or body)
            return True
        if rule.name == "announces_leaving":
            # "MB meddelar att han lämnar Ekholma kommun": leaving the post leaves the seat
            old = self._people(g.get("old"))
            if not old and g.get("old") and (holder := self.ctx.role_holder(g["old"])):
                old = [holder]  # "Socialchefen har meddelat att hon lämnar …": the attendee with that title
            rest = g.get("rest") or ""
            # "… lämnar uppdraget som vice ordförande i Styrgrupp Nära vård efter sommaren": the seat named
            seat = re.match(r"\s+(?:sitt\s+)?uppdrag(?:et)?\s+som\s+(?P<role>(?:vice\s+)?[a-zåäö]+)\s+(?:i|för)\s+"
                            r"(?P<g>[^.;,]+?)(?=\s+(?:efter|från|vid|den|till|i\s+samband)\b|\s*[.;,]|\s*$)", rest)
            if re.search(r"\blämnar\b", s) and not seat and not re.match(
                    r"\s+(?:sin\s+tjänst|sitt\s+uppdrag|sina\s+uppdrag|gruppen|\w*gruppen|\w*rådet|\w*nätverket|\w*forumet|nämnden|regionen|kommunen|"
                    r"organisationen|förvaltningen|[A-ZÅÄÖ])", rest):
                return False
            grp = seat_group(seat.group("g") if seat else None)
            named = None if seat else re.match(r"\s+(?P<g>[^.;,]+?)(?=\s+(?:efter|från|vid|den|till|i\s+samband|när)\b|"
                                               r"\s*[.;,]|\s*$)", rest)
            if named and (gs := find_groups(named.group("g"))) and gs[0].start == 0 \
                    and (" för " in named.group("g") or gs[0].end == len(named.group("g")))  \
                    and not gs[0].generic_head and (other := self._group_phrase(named.group("g"))):
                # "… att han lämnar styrgruppen för lönesystemsbytet", "… att hon lämnar arbetsgruppen
                # rehabilitering": a body named by what it is for or by its topic
                grp = other
            if not old or len(old) != 1 or not grp:
                return False
            self.membership(old[0], grp, item, role=seat.group("role") if seat else None, change="leave")
            self._leaving = (old[0], grp)
            return True
        if rule.name == "seat_change_reported":
            # "X kommun har utsett A till ledamot efter B" / "… har entledigat B från uppdraget som
            # ersättare": a seat change made by a huvudman, reported to the body
            if g.get("old"):
                old = self._people(g["old"])
                grp = seat_group(g.get("group2"))
                if not old or not grp:
                    return False
                for p in old:
                    self.membership(p, grp, item, role=g.get("role2"), change="leave")
                # "… och i hans ställe valt C": C takes the seat B leaves
                for p in (self._people(g["new"]) or []) if g.get("new") else []:
                    self.membership(p, grp, item, role=g.get("role2"), change="replace", replaces=old[0])
                return True
            # "Elin Marklund, socialpsykiatrichef, och Tomas Berg, enhetschef": the names without their titles
            raw_who = re.sub(r",\s+(och|samt)\s", r" \1 ", _TITLE_APPOSITION.sub("", g["who"])) if g.get("who") else None
            if raw_who and " har " in raw_who:
                # "Ekeby kommun har utsett A och Fjällsta kommun har utsett B till ledamöter": each clause its verb
                raw_who = _AND_HUVUDMAN_APPOINTED.sub(r" \1 ", raw_who)
            if raw_who and (pre := (g.get("pre") or "").strip()) and (self._place(pre.split()[-1])
                                                                      or _HUVUDMAN_LEAD.match(pre + " X", len(pre) - len(" ".join(pre.split()[-2:])))):
                # "Norrvik har utsett Petra Sundin och Ekbo Oskar Nyström", "Åby kommun har utsett A och
                # Tallviks kommun B": the verb shared, each later name after the huvudman that appointed it
                parts = re.split(r"\s+(?:och|samt)\s+|,\s*", raw_who.strip(" ,"))
                raw_who = " och ".join(p[hm.end():] if (hm := _HUVUDMAN_LEAD.match(p)) and len(p[hm.end():].split()) > 1
                                       else " ".join(p.split()[1:]) if len(p.split()) > 2 and self._place(p.split()[0])
                                       else p for p in parts if p)
            who = self._people(raw_who.strip(" ,") if raw_who else None)
            grp = seat_group(g.get("group"))
            if not who or not grp:
                return False
            prev = self._people(g.get("prev")) if g.get("prev") else None
            if (g.get("role") or "").startswith("ledamöt"):
                g = {**g, "role": "ledamot"}
            for p in who:
                self.membership(p, grp, item, role=g.get("role"), change="replace" if prev else "join",
                                replaces=prev[0] if prev else None)
            for p in prev or []:
                self.membership(p, grp, item, role=g.get("role"), change="leave")
            self._seat_group = grp
            return True
        if rule.name == "convenes_named":
            who = self._people(g["who"], text_names=True)
            gs = find_groups(g["group"])
            if not who or len(who) != 1 or not gs or gs[0].start != 0 or gs[0].generic_head:
                return False
            grp = seat_group(gs[0].name)
            self.membership(who[0], grp, item, role="sammankallande", change="member")
            if grp and re.match(r"(?i)arbetsgrupp|projektgrupp|referensgrupp", grp):
                self.ctx.working_group = grp  # "… – Niklas och Helena deltar": the group the next clause speaks of
            if grp and g.get("task"):  # "…, som tar fram utbildningsmaterialet": the group's task
                self.group(grp, item)
                self.assignment([grp], _to_infinitive(g["task"].strip()), origin=origin, pos=pos,
                                given_by=self._meeting_body())
            return bool(grp)
        if rule.name == "chairs_body":
            who = self._people(g.get("who") or g.get("who2") or g.get("who3"))
            raw = g.get("group") or g.get("group2")
            grp = seat_group(raw) if raw and raw[:1].isupper() else None
            if g.get("group3"):  # "vård- och omsorgsnämndens": the nämnd of that name, without its genitive
                grp = seat_group(g["group3"][:-1])
            if not who or not grp:
                return False
            for p in who:
                self.membership(p, grp, item, role=g.get("role") or g.get("role2") or g.get("role3"), change="member")
            return True
        if rule.name == "huvudman_registered":
            # each name without what she is or where from: "Petra Ek, specialpedagog", "Sara Ny (BUP)"
            bare = re.sub(r"\s*\([^()]*\)|,\s+[a-zåäö][^,]*?(?=,|\s+och\s+|$)", "", g.get("who") or "")
            who = self._people(bare)
            if not who or not body or is_given_name(g["hm"].split()[0]) or is_person_name(g["hm"]):
                return False
            hm = g["hm"] if " " in g["hm"] else None
            created = [x.name for x in self.out.groups if x.created and x.item == item]
            grp = (self._group_phrase(g["grp"]) if g.get("grp") else None) or \
                (created[-1] if created else None) or body
            for p in who:
                self.membership(p, grp, item, role="ledamot", change="join", on_behalf_of=hm)
            return True
        if rule.name == "pronoun_sits_in":
            prev = getattr(self, "_prev_clause", "") or ""
            new = leading_name(prev)[0] if prev else ""
            grp = self._group_phrase(g["group"]) if g.get("group") else None
            if not new or not name_shaped(new) or not grp or grp == body:
                return False
            hm = g.get("hm") if g.get("hm") and re.search(r"\s(?:kommun)$|^Region\s", g["hm"]) else None
            self.membership(new, grp, item, change="member", on_behalf_of=hm)
            return True
        if rule.name == "members_from_side":
            who = self._people(g.get("who"))
            prev = getattr(self, "_prev_clause", "") or ""
            named = [x for x in find_groups(_flatten(prev))] if prev else []
            grp = None
            if named:
                grp = self.ctx.resolve_generic(named[-1]) if named[-1].generic_head else named[-1].name
            if not who or not grp or grp == body:
                return False
            for p in who:
                self.membership(p, grp, item, role="ledamot", change="join")
            return True
        if rule.name == "stays_in":  # "… slutar i processteamet men är kvar i Arbetsgrupp X": the seat kept
            who = self._people(g.get("who") or g.get("who2"))
            raw = g.get("group") or g.get("group2")
            grp = self._group_phrase(raw) if raw else None
            if not who or not grp or grp == body:
                return False
            for p in who:
                self.membership(p, grp, item, change="member")
            return True
        if rule.name == "leaves_post_in_passing":
            # "… en ny representant i arbetsgruppen efter Fredrik Ek, som lämnar sin tjänst": the seat named before "efter"
            old = self._people(g.get("old"), text_names=True)
            seat = re.search(r"\bi\s+(?P<g>[^.;,]{3,100}?)\s+efter\s+" + re.escape(g["old"]), s)
            # ("Samverkansrådet har bett om en ny representant efter NN, som …": the seat in the body asking)
            asker = None if seat else re.match(r"^(?P<g>[A-ZÅÄÖ][^.;,]{2,80}?)\s+(?:har\s+)?(?:bett|ber|bad|begärt|begär)\s+om\b", s)
            grp = (seat_group(seat.group("g")) if seat else None) or (self._group_phrase(asker.group("g")) if asker else None) or body
            if not old or not grp:
                return False
            for p in old:
                self.membership(p, grp, item, change="leave")
            return True
        if rule.name == "seat_vacant_since_left":
            # "Åby kommuns ersättarplats i Politiskt samråd X är vakant sedan maj, då Eva Ek avsade sig …": the body
            # whose seat stands empty
            old, grp = self._people(g.get("old")), seat_group(g.get("group"))
            if not old or len(old) != 1 or not grp:
                return False
            self.membership(old[0], grp, item, change="leave")
            return True
        if rule.name == "left_political_seats":
            old = self._people(g.get("old"))
            seat = re.search(r"\bi\s+(?P<g>[^.;,]{3,100}?)\s+efter\s+" + re.escape(g["old"]), s)
            # ("ny ersättare i Delregionala politiska samverkansgruppen efter Gun Berg (V), som har lämnat …": that seat)
            grp = self._seat_group or (seat_group(seat.group("g")) if seat else None) or seat_group(None)
            if not old or not grp:
                return False
            if grp == body and old[0].casefold() not in self.ctx.roster and _OWN_ORGAN.match(body or ""):
                return False  # a fullmäktige's or nämnd's minutes that do not list X: the seat is told elsewhere
            for p in old:
                self.membership(p, grp, item, change="leave")
            return True
        if rule.name == "appointed_to_seat":
            raw = (g.get("who") or g.get("who2") or g.get("who3") or g.get("who4") or g.get("who5") or g.get("who6")
                   or g.get("who7"))
            hm = g.get("hm")
            if raw and (tail := _HUVUDMAN_AFTER_NAME.search(raw)):
                raw, hm = raw[:tail.start()], hm or tail.group("hm")  # "väljs Oskar Brandt (M), Norrskärs kommun"
            who = self._people(raw)
            role = g.get("role") or g.get("role2") or g.get("role3") or g.get("role5")
            where = g.get("group") or g.get("group2") or g.get("group3") or g.get("group5") or g.get("group7")
            if g.get("group7") and not find_groups(g["group7"]):
                return False  # "entledigas från sin tjänst": no seat in a body
            if where and self._people(where):
                where = None  # "ersättare för Ahmad Rahimi": whose substitute, not where
            elif where and (m := re.match(r"(?P<p>[^()]+?)(?:\s+\([^()]{1,12}\))?\s+i\s+(?P<g>\S.*)$", where)) \
                    and self._people(m.group("p")):
                where = m.group("g")  # "ersättare för Mats Forsell i samverkansgruppen": his stand-in, in that body
            grp = seat_group(where) if where else (self._seat_group or seat_group(None))
            if not who or not grp:
                return False
            if (not where and grp == body and origin == "decision" and _PROJECT_LEAD.fullmatch(role or "")
                    and "projekt" not in grp.casefold()):
                # "Styrgruppen … utser Eva Ek till projektledare": she leads the project the steering group owns,
                # a duty given, no seat in the steering group
                self.assignment(who, f"vara {role}", origin=origin, pos=pos, given_by=self._current_giver(pos) or body)
                return True
            before = g.get("prev") or g.get("prev0") or g.get("prev2")
            prev = self._people(before) if before else None
            seat = re.sub(r"[\s-]+", " ", grp.split(",")[0]).casefold()
            # "som ny ledamot … välja Ulla Mörk / som ny ersättare efter Ulla Mörk …": she moved seats, left none
            prev = [p for p in prev or [] if not any(
                m.change in ("join", "replace") and re.sub(r"[\s-]+", " ", m.group.split(",")[0]).casefold() == seat
                and same_person_form(m.person, p) for m in self.out.memberships)] or None
            change = ("leave" if (g.get("who3") or g.get("who4") or g.get("who6") or g.get("who7"))
                      else "replace" if (g.get("prev0") or g.get("prev2") or g.get("prev")) and prev else "join")
            for p in who:
                self.membership(p, grp, item, role=role, change=change, on_behalf_of=hm,
                                **({"replaces": prev[0]} if change == "replace" else {}))
            for p in prev or []:
                self.membership(p, grp, item, role=role, change="leave")
            self._seat_group = grp
            if change in ("join", "replace") and origin == "decision":  # an appointment decided is a duty given
                whose = f" för {g['group2']}" if g.get("group2") and not where else ""
                self.assignment(who, f"vara {role}{whose} i {grp}", origin=origin, pos=pos,
                                given_by=self._current_giver(pos) or body)
            return True
        if rule.name == "represented_by":
            if g.get("who2"):  # the time first, the verb second: the same slots
                g = {**g, "who": g["who2"], "group": g.get("group2"), "hm": g["hm2"]}
            elif g.get("who3"):  # "Arbetsgrupp X, där Åby kommun företräds av …": the body named last before
                named = find_groups(g["group3"])
                if not named or named[-1].end < len(g["group3"].rstrip()) - 1 or named[-1].generic_head:
                    return False
                g = {**g, "who": g["who3"], "group": named[-1].name, "hm": g["hm3"]}
            who = self._people(g.get("who"))
            raw = g.get("group") or g.get("sgroup")
            grp = (self.ctx.named.get(re.sub(r"en$", "", raw.strip().casefold())) if raw and " " not in raw.strip() else None)
            if not raw and g.get("srole"):
                # "Åby kommun företräds av A (S) och B (M) som ledamöter": the seats held in the body just named
                # (the sentence is read without its party tags); else the body the item's title names
                grp = self._group_before(s[:24]) or next(
                    (x.name for x in find_groups(self.ctx.item.title or "") if not x.generic_head), None) if self.ctx.item else None
            grp = grp or (self.ctx.working_group if raw and " " not in raw.strip() else None) or seat_group(raw)
            if not who or not grp:
                return False
            hm = g["hm"] if re.search(r"(?i)\b(?:region|regionen|kommun|kommunerna)\b", g["hm"]) else None
            old = self._people(g["speaker"]) if g.get("repl") and g.get("speaker") else None
            role = {"ledamöter": "ledamot", "representanter": "representant"}.get(g.get("srole"), g.get("srole"))
            for p in who:
                self.membership(p, grp, item, role=role or "representant",
                                change="replace" if old else "member" if role else "join",
                                on_behalf_of=hm, replaces=old[0] if old else None)
            for p in old or []:  # "… som ersätter honom": the one telling it leaves
                self.membership(p, grp, item, role="representant", change="leave", on_behalf_of=hm)
            if origin == "decision" and not role and not old:
                # "att regionen representeras i arbetsgruppen av A och B", decided: the duty given them
                self.assignment(who, f"representera {g['hm'].strip()} i {raw.strip() if raw else grp}", origin=origin,
                                pos=pos, given_by=self._current_giver(pos) or body)
            return True
        if rule.name == "last_meeting":
            raw, old = g["old"], None
            # "Elins sista möte": the genitive of Elin, or "Jonas sista möte": Jonas; one the attendance lists
            for cand in ([raw[:-1], raw] if raw.endswith("s") else [raw]):
                ppl = self._people(cand) if is_person_name(cand) else None
                old = [p for p in ppl or [] if p.casefold() in self.ctx.roster]
                if old:
                    break
            grp = seat_group(g.get("group"))
            if not old or len(old) != 1 or not grp:
                return False
            self.membership(old[0], grp, item, change="leave")
            self._leaving = (old[0], grp)
            return True
        if rule.name == "takes_part_for":
            who = self._people(g["who"])
            created = [x.name for x in self.out.groups if x.created and x.item == item]
            grp = seat_group(g["group"]) if g.get("group") else (created[-1] if created else self.ctx.working_group or body)
            if not who or len(who) != 1 or not grp:
                return False
            hm = g["hm"] if g["hm"][:1].isupper() else None
            self.membership(who[0], grp, item, role="ledamot", change="join", on_behalf_of=hm)
            return True
        if rule.name == "takes_part_in_as_representative":
            who = self._people(g["who"])
            grp = seat_group(g["group"])
            raw = g["group"].strip()
            if grp and raw != grp and raw.startswith(grp + " ") and re.fullmatch(r"[A-ZÅÄÖ]{2,6}", grp):
                grp = raw  # "LPO psykisk hälsa": the programme area by its kind's letters and its field
            if not who or len(who) != 1 or not grp or grp == body:
                return False
            hm = {"kommunernas": "kommunerna", "regionens": None}.get(g["hm"], g["hm"][:-1] if g["hm"].endswith("s") else g["hm"])
            self.membership(who[0], grp, item, role="representant", change="join", on_behalf_of=hm)
            return True
        if rule.name == "first_time_as_representative":
            # "Eva Ek deltog för första gången som ny representant för Åby kommun": new in the body that met
            who = self._people(g["who"])
            grp = seat_group(g["group"]) if g.get("group") else body
            if not who or len(who) != 1 or not grp:
                return False
            hm = g["hm"] if g["hm"][:1].isupper() else None
            self.membership(who[0], grp, item, role="ledamot", change="join", on_behalf_of=hm)
            return True
        if rule.name == "named_to_body":
            who = self._people(re.sub(r"\s*\([^)]*\)", "", g["who"]))
            raw = g.get("group") or g.get("group0")
            grp = seat_group(raw)
            if not who or not grp:
                return False
            for p in who:
                self.membership(p, grp, item, role=g.get("role") or "ledamot", change="join")
            return True
        if rule.name == "holds_seat":
            who = self._people(g.get("who"))
            grp = seat_group(g.get("group"))
            if not who or not grp:
                return False
            for p in who:
                self.membership(p, grp, item, role=g["role"], change="join" if g.get("new") else "member",
                                on_behalf_of=g.get("hm"))
            return True
        if rule.name in ("last_time_here", "appointed_to_represent"):
            who = self._people(g.get("old") or g.get("who"))
            raw = (g.get("group") or "").strip()
            grp = (_own_body(raw, body) or (body if re.fullmatch(r"(?i)gruppen|rådet", raw) else self._group_phrase(raw))
                   if raw else body)
            if not who or len(who) != 1 or not grp:
                return False
            self.membership(who[0], grp, item, role="ledamot" if rule.change == "leave" else "representant",
                            change=rule.change)
            return True
        if rule.name == "led_by":
            who = self._people(g["who"])
            raw = g["group"].strip()
            grp = ((self.ctx.one_council_of_item() if self.ctx.item and "råd" not in (body or "").casefold() else body)
                   if re.fullmatch(r"(?i)rådet", raw) else body if re.fullmatch(r"(?i)gruppen", raw)
                   else self._group_phrase(raw))
            if not who or len(who) != 1 or not grp:
                return False
            self.membership(who[0], grp, item, role="ordförande", change="member")
            return True
        if rule.name in ("represents_in", "represents_in_fronted", "decided_represents_in"):
            # "Sara Lind representerar samhällsbyggnadsnämnden i rådet": her seat, for whom she holds it
            who = self._people(g["who"])
            raw = g["group"].strip()
            grp = (body if re.fullmatch(r"(?i)rådet|gruppen|nämnden", raw) else
                   _own_body(raw, body) if " " not in raw else None) or self._group_phrase(raw)
            if not grp and _OWNED_KIND.fullmatch(raw):
                grp = raw  # "Länets landsbygdsnätverk": an owner's genitive and a kind of body name one body
            together = bool(who) and len(who) == 2 and " och " in g["who"] and all(" " in w for w in who)
            if not who or (len(who) != 1 and not rule.decision_only and not together) or not grp:
                return False
            hm = g["hm"].strip()
            old = self._people(g["old"]) if g.get("old") else None
            if old and len(old) == 1 and len(who) == 1:
                # "… företräder Åby kommun i styrgruppen efter Per Holm": his seat taken over
                self.membership(who[0], grp, item, role="ledamot", change="replace", replaces=old[0],
                                on_behalf_of=hm[:1].upper() + hm[1:])
                self.membership(old[0], grp, item, role="ledamot", change="leave", on_behalf_of=hm[:1].upper() + hm[1:])
                return True
            for p in who:  # a decision may seat two together: "Lena och Emil representerar gruppen i …"
                self.membership(p, grp, item, role="representant" if rule.decision_only else "ledamot", change="join",
                                on_behalf_of=hm[:1].upper() + hm[1:])
            return True
        if rule.name in ("becomes_representative", "is_representative", "representative_is", "appointed_into_seat"):
            # "… och Per Holm blir Åbys representant i projektgruppen": the seat; decided, also the duty
            who = self._people(g["who"])
            raw = (g.get("group") or "gruppen").strip()  # "… blir ny ersättare för Åby": a seat in the body that met
            grp = _own_body(raw, body) or (body if raw.casefold() == "gruppen" else self._group_phrase(raw))
            if not who or len(who) != 1 or not grp:
                return False
            self.group(grp, item)
            self.membership(who[0], grp, item, role=g["role"], change=rule.change)
            if origin == "decision":
                self.assignment(who, f"vara {g['role']} i {raw}", origin=origin, pos=pos,
                                given_by=self._current_giver(pos) or body)
            return True
        if rule.name == "representative_becomes":
            # "Regionens representant blir Magnus Ek": a seat filled at the meeting, a duty given with it
            who = self._people(g["who"])
            grp = seat_group(g["group"]) if g.get("group") else (self._group_before(s) or self.ctx.group_of_item() or body)
            if not who or len(who) != 1 or not grp:
                return False
            self.group(grp, item)
            self.membership(who[0], grp, item, role=g["role"], change="join")
            seat = s.split(f" {g['role']}", 1)[0].split()[-1].casefold()
            self.assignment(who, f"vara {seat} {g['role']} i {grp}", origin=origin, pos=pos,
                            given_by=self._current_giver(pos) or body)
            return True
        if rule.name in ("leaves_in_other_words", "succeeds", "enters_after"):
            # "X kommer inte längre att delta i G", "… tackade X som slutar", "Y efterträder X i G",
            # "X:s plats i G tas över av Y", "Från och med nästa möte deltar Y i stället för X"
            old = self._people(g.get("old") or g.get("old2") or g.get("old3") or g.get("old4") or g.get("old5")
                               or g.get("old6"), text_names=True)
            new = (self._people(g.get("new") or g.get("new2") or g.get("new3") or g.get("new4") or g.get("new5")
                                or g.get("new6"))
                   if rule.name != "leaves_in_other_words" else None)
            grp = seat_group(g.get("group") or g.get("group2") or g.get("group3") or g.get("group4") or g.get("group5"))
            if rule.name == "enters_after" and not g.get("group") and old and len(old) == 1:
                # "X har avsagt sig sitt uppdrag i bolagets styrelse. Y inträder … efter X": the seat X just left
                grp = self._seat_left_in_item(old[0], item) or grp
            if not old or len(old) != 1 or not grp or (rule.name != "leaves_in_other_words" and not new):
                return False
            role = g.get("role") or g.get("role6")
            self.membership(old[0], grp, item, role=role, change="leave")
            for p in new or []:
                self.membership(p, grp, item, role=role, change="replace", replaces=old[0])
            if g.get("role6") and new:
                # "Y är sammankallande från 1 mars och efterträder då X": the duty Y is appointed to
                self.assignment(new, f"vara {role} i {grp}", origin="decision" if origin == "decision" else "narrative",
                                pos=pos, given_by=body)
            return True
        if rule.name == "continues_as":
            who = self._people(g["who"], text_names=True)
            grp = seat_group(g["group"]) if g.get("group") else body
            if not who or not grp:
                return False
            role = "ledamot" if g["role"].startswith("ledamöt") else re.sub(r"er$", "", g["role"])
            for p in who:
                self.membership(p, grp, item, role=role, change="member")
            return True
        if rule.name in ("asks_to_be_replaced", "appointed_takes_part"):
            who = self._people(g.get("old") or g.get("who"), text_names=True)
            grp = seat_group(g.get("group"))
            if not who or len(who) != 1 or not grp:
                return False
            self.membership(who[0], grp, item, change=rule.change)
            return True
        if rule.name == "body_role_before_name":
            who = self._people(g["who"], text_names=True)
            head = re.sub(r"(?:en|et)$", "", g["group"].casefold())
            own = body and head in body.casefold()
            before = None if own else self._group_before(s[:24])
            if before and head not in before.casefold():
                before = None  # "processteamets sammankallande" after a styrgrupp was named: the team the item is about
            grp = seat_group(g["group"]) if own else (before or self.ctx.group_of_item(head) or self.ctx.group_of_item())
            if not who or len(who) != 1 or not grp or (grp == body and not own):
                return False
            self.membership(who[0], grp, item, role=g["role"], change="member")
            return True
        if rule.name in ("appointed_as_new", "leaves_seat_held", "side_welcomed_with_seat"):
            who = self._people(g.get("who") or g.get("who2") or g.get("old"), text_names=True)
            raw = g.get("group") or g.get("group2")
            if raw and raw[:1].islower() and " " not in raw.strip():
                # "i styrgruppen": the one group of that kind the item's title names, else as a seat is read
                grp = self.ctx.group_of_item(re.sub(r"(?:en|et)$", "", raw.strip().casefold())) or seat_group(raw)
            else:
                grp = seat_group(raw) if raw else (self.ctx.group_of_item() or body)
            if not who or len(who) != 1 or not grp:
                return False
            self.membership(who[0], grp, item, role=g.get("role") or g.get("role2"), change=rule.change)
            return True
        if rule.name == "deputy_beside_appointed":
            # "utse A till representant i X …, med B som personlig ersättare": B's seat as A's deputy there
            who, old = self._people(g["who"], text_names=True), self._people(g["old"], text_names=True)
            grp = seat_group(g["group"])
            if not who or not old or len(who) != 1 or len(old) != 1 or not grp:
                return False
            self.membership(who[0], grp, item, role="ersättare", change="join")
            if origin == "decision":
                term = (g.get("term") or "").rstrip(" ,")
                self.assignment(who, f"vara {g['role']} för {old[0]} i {g['group'].strip()}{term}",
                                origin=origin, pos=pos, given_by=body)
            return True
        if rule.name == "released_and_replaced":
            # "A (L) entledigas från uppdraget som ersättare i X och B (M) väljs i hennes ställe": A leaves, B takes the seat
            who, old = self._people(g["who"], text_names=True), self._people(g["old"], text_names=True)
            grp = seat_group(g["group"])
            if not who or not old or len(who) != 1 or len(old) != 1 or not grp:
                return False
            self.membership(who[0], grp, item, role=g["role"], change="replace", replaces=old[0])
            self.membership(old[0], grp, item, role=g["role"], change="leave")
            if origin == "decision":  # the seat filled by the body that met is a duty it gave
                until = (s[s.index(g["who"]):].split("ställe", 1)[1]).strip(" .,")
                self.assignment(who, f"vara {g['role']} i {g['group'].strip()}{' ' + until if until else ''}",
                                origin=origin, pos=pos, given_by=body)
            return True
        if rule.name == "enters_when_leaving":
            who, old = self._people(g["who"], text_names=True), self._people(g["old"], text_names=True)
            if not who or not old or len(who) != 1 or len(old) != 1 or not body:
                return False
            role = re.sub(r"^(?:ordinarie|ny)\s+", "", g["role"])
            self.membership(who[0], body, item, role=role, change="replace", replaces=old[0])
            self.membership(old[0], body, item, role=role, change="leave")
            return True
        if rule.name == "deputy_takes_over":  # "A, som hittills varit ersättare, tar över som ordinarie ledamot"
            who = self._people(g["who"], text_names=True)
            if not who or len(who) != 1 or not body:
                return False
            self.membership(who[0], body, item, role=re.sub(r"^(?:ordinarie|ny)\s+", "", g["role"]), change="replace")
            return True
        if rule.name in ("stands_in_for_person", "takes_his_place"):
            who = self._people(g["who"], text_names=True)
            grp = seat_group(g["group"]) if g.get("group") else body
            if not who or len(who) != 1 or not grp:
                return False
            self.membership(who[0], grp, item, role=rule.role, change=rule.change)
            return True
        if rule.name in ("goes_in_as", "decided_goes_in_as"):
            who = self._people(g["who"], text_names=True)
            grp = seat_group(g["group"])
            prev = self._people(g["prev"]) if g.get("prev") else None
            if not who or len(who) != 1 or not grp or grp == body:
                return False
            self.membership(who[0], grp, item, role=g["role"], change="replace" if prev else "join",
                            replaces=prev[0] if prev else None)
            for p in prev or []:
                self.membership(p, grp, item, role=g["role"], change="leave")
            if rule.name == "decided_goes_in_as":  # a representation decided is a task too
                self.assignment(who, f"vara {g['role']} i {g['group'].strip()}{(g.get('tail') or '').rstrip()}",
                                origin=origin, pos=pos, given_by=self._current_giver(pos) or body)
            return True
        if rule.name == "seat_of_the_teller":
            who = self._people(g["who"], text_names=True)
            grp = self._group_phrase(g["group"])
            if not who or len(who) != 1 or not grp or grp == body:
                return False
            self.membership(who[0], grp, item, role=g["role"], change="member")
            return True
        if rule.name == "goes_into_body":
            # "Aisha går in i Styrgruppen för Nära vård X": a seat in the body named, which must be one
            who = self._people(g["who"], text_names=True)
            grp = self._group_phrase(g["group"])
            if not who or len(who) != 1 or not grp or grp == body:
                return False
            self.membership(who[0], grp, item, change="join")
            return True
        if rule.name == "group_extended":
            # "Gruppen utökas med A från Åby kommun och B från regionen": each newcomer, without where from
            raw = re.sub(r"\s+(?:från|för)\s+[^,]+?(?=\s+(?:och|samt)\s+|$)|,\s*[^,]+?,?(?=\s+(?:och|samt)\s+|$)", "",
                         g["who"])
            who = self._people(raw, text_names=True)
            grp = seat_group(g["group"])
            if not who or not grp:
                return False
            for p in who:
                self.membership(p, grp, item, change="join")
            return True
        if rule.name == "substitutes":
            who = self._people(g.get("who") or g.get("who2"))
            grp = seat_group(None)
            if not who or not grp:
                return False
            for p in who:
                self.membership(p, grp, item, role="ersättare" if "ersätt" in s else None, change="join")
            return True
        if rule.name == "lead_in_brackets":
            # "Arbetsgruppen för X (…, TN sammankallande)": the lead's seat in the body named before the brackets
            who = self._people(g.get("who"), text_names=True)
            grp = seat_group(g.get("group"))
            for p in who or []:
                self.membership(p, grp, item, role=g.get("role"), change="member")
            return bool(who and grp)
        if rule.name == "remains_as":
            # "X kvarstår som ledamot": a seat held on, the body named or the one the sentence gives a new lead
            who = self._people(g.get("who") or g.get("who2"), text_names=True)
            grp = seat_group(g.get("group") or g.get("group2"))
            for p in who or []:
                self.membership(p, grp, item, role=g.get("role") or g.get("role2"), change="member")
            return bool(who and grp)
        if rule.name in ("seat_from_day", "adjoined", "takes_part_adjoined"):
            # "Lena Dahl är från och med dagens möte ordinarie ledamot för Åby kommun i ledningsgruppen"
            who = self._people(g["who"], text_names=True)
            grp = seat_group(g.get("group"))
            for p in who or []:
                self.membership(p, grp, item, role=g.get("role") or rule.role, change="join")
            if who and grp and g.get("duty"):
                # "… adjungeras till beredningsgruppen som sekreterare": the duty there, given by the body that met
                self.assignment(who, f"vara {g['duty']} i {grp}", origin=origin, pos=pos, given_by=body, delegated=False)
            return bool(who and grp)
        if rule.name == "goes_out_of":
            # "Anneli Strand utgår ur gruppen från årsskiftet": her seat left
            who = self._people(g["who"], text_names=True)
            raw = (g.get("group") or "").strip()
            grp = seat_group(raw)
            if grp == body and not (_own_body(raw, body) or re.fullmatch(r"(?i)gruppen|nätverket|rådet|nämnden|teamet", raw)):
                return False  # "utgår ur tjänstemannaledningen": a body the minutes do not name as one, not the one that met
            if not who or len(who) != 1 or not grp:
                return False
            self.membership(who[0], grp, item, role="ledamot", change="leave")
            return True
        if rule.name in ("successor_elected", "tells_of_leaving", "takes_the_seat", "seat_taken_by", "goes_into_for",
                         "seat_taken_over_by", "elected_seat_first", "takes_over_ones_seat", "successor_named",
                         "appointed_to_the_seat", "sent_in_place"):
            # "Ulf Norgren (S) har valts i hans ställe", "… meddelar Per Lind (M) att han lämnar uppdraget som vice
            # ordförande", "Ronja tar hennes plats", "Sten går in i nätverket för Åby kommun": a seat in the body that
            # met unless one is named; the one before leaves it where the text names him
            who = self._people(g.get("who") or g.get("who2"), text_names=True)
            grp = seat_group(g["group"]) if g.get("group") else body
            if not who or len(who) != 1 or not grp:
                return False
            old = self._people(g["old"], text_names=True) if g.get("old") else None
            self.membership(who[0], grp, item, role=g.get("role") or rule.role, change=rule.change,
                            replaces=old[0] if old else None)
            for p in old or []:
                self.membership(p, grp, item, change="leave")
            return True
        return False

    _HANDED_RE = re.compile(
        r"(?:^|\b(?:beslutar|beslutade|beslöt)\s+(?:att\s+)?|^att\s+"
        # the body its own subject: "PSO överlämnar frågan om … till LVO för beredning"
        r"|^(?:[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ]?[a-zåäö-]*(?:gruppen|rådet|nämnden|styrelsen|utskottet|organet))\s+(?=[a-zåäö]+ar\b))"
        r"(?:överlämna|överlämnar|lämna\s+över|lämnar\s+över|skicka|skickar|hänskjuta|hänskjuter|remittera|remitterar)"
        r"\s+(?P<obj>frågan|ärendet|(?:medborgar)?förslaget|uppdraget|motionen|skrivelsen|granskningsrapporten)"
        # ("frågan om gemensamma utbildningar": what the matter is about)
        r"(?P<about>\s+om\s+[^.;]{2,80}?)?"
        # ("remitterar förslaget till gemensam modell för X till Y för synpunkter": what the proposal is for, before the body)
        r"(?P<of1>\s+till\s+[a-zåäö][^.;]{0,60}?(?=\s+till\s))?\s+(?:vidare\s+)?"
        r"till\s+(?P<who>[^.;]+?)\s+(?:för\s+(?:vidare\s+)?(?P<what>beredning\s+och\s+beslut|beredning|handläggning|yttrande|synpunkter|"
        # the revisorer's habit: "överlämna granskningsrapporten till socialnämnden och begära nämndens yttrande"
        r"åtgärd|beslut)\b|och\s+begära\s+(?:[a-zåäö]+s\s+)?(?P<what3>yttrande)\b)"
        # ("Förslaget till policy remitteras till …": the proposal named with what it is for)
        r"|^(?P<obj2>Frågan|Ärendet|Motionen|Medborgarförslaget|Skrivelsen|Förslaget)(?P<of>\s+till\s+[a-zåäö][^.;]{0,60}?)?"
        r"\s+(?:överlämnas|lämnas\s+över|överförs|remitteras)"
        r"\s+(?:vidare\s+)?till\s+(?P<who2>[^.;]+?)"
        # "… till socialnämnden med utskottets förslag": what goes with it, after the body it goes to
        r"(?:\s+med\s+(?:[a-zåäö]+s\s+)?(?:eget\s+)?(?:förslag|yttrande|synpunkter|ställningstagande)(?:\s+(?:till|om)\s+[^.;]+?)?)?"
        r"(?:\s+för\s+(?:vidare\s+)?(?P<what2>beredning|handläggning|yttrande|åtgärd|beslut|ställningstagande|"
        # ("… till regionfullmäktige för fastställande av modellens principer": for the body above to adopt)
        r"fastställande|antagande|godkännande)"
        # ("… för yttrande i bullerfrågorna senast …": on which part, before when)
        r"(?:\s+(?:i|om|av|gällande|avseende|rörande)\s+(?:(?!(?:senast|den|vid|på|inför)\b)[^.;])+?)?"
        # "… för ställningstagande vid sammanträdet den 13 mars 2026": when, after what for
        r"(?:\s+(?:vid|på|den|senast|inför)\s+[^.;]+)?)?$")
    _HANDED_TASK = {"beredning": "bereda", "handläggning": "handlägga", "yttrande": "yttra sig över", "åtgärd": "åtgärda",
                    "beredning och beslut": "bereda och besluta i", "beslut": "besluta i",
                    "ställningstagande": "ta ställning till", "fastställande": "fastställa", "antagande": "anta",
                    "godkännande": "godkänna", "synpunkter": "lämna synpunkter på", "svar": "svara på remissen om"}

    _REMITTED_FOR_RE = re.compile(
        # (the body by its capitalised word and the lower-case words after it: "Dnr SN 2025/205 Ärendet" before it is
        # the item's heading run on)
        r"(?:^|(?<=\s))(?P<from>[A-ZÅÄÖ][\wåäö-]+(?:\s+[a-zåäö][\wåäö-]*){0,5}?)\s+(?:har|hade)\s+"
        r"(?:(?:den|i)\s+[^.;]{2,40}?,\s+(?:§\s*\d+,\s+)?)?(?:remitterat|överlämnat)\s+"
        # (the object may say "till" too: "förslaget till nytt reglemente till rådet för yttrande")
        # (or with the day the answer is due: "… till rådet med svar senast den 20 december")
        r"(?P<obj>[^.;]{2,160}?)\s+till\s+(?P<to>(?:(?!\s+till\s)[^.;,])+?)\s+(?:för\s+(?P<what>yttrande|beredning|synpunkter)|"
        r"med\s+(?P<what2>svar)(?=\s+senast\b))\b"
        r"(?P<rest>[^.;]*)\.?$")

    # … or sent, the view it wants told after "och": "Styrgrupp X har skickat förslaget till ny riktlinje till SBU och
    # vill ha gruppens yttrande senast 30 april"
    _SENT_FOR_VIEW_RE = re.compile(
        r"^(?P<from>[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäöÅÄÖ-]+){0,5}?)\s+(?:har|hade)\s+"
        r"(?:remitterat|skickat|sänt|översänt|överlämnat)\s+(?P<obj>[^.;]{2,160})\s+till\s+(?P<to>(?:(?!\s+till\s)[^.;,])+?),?\s+"
        r"(?:och\s+)?(?:vill\s+ha|önskar|begär|efterfrågar|ber\s+om)\s+(?:[a-zåäö]+(?:ens|ets|s)\s+|dess\s+|ett\s+)?"
        r"(?P<what>yttrande|synpunkter)\b(?P<rest>[^.;]*)\.?$")

    def _md_remitted_for_comment(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Kommunfullmäktige har … remitterat X till socialnämnden för yttrande senast …": the body sending the
        matter refers it to the one asked, whose task is to give its view (by when the sentence says)."""
        m = self._REMITTED_FOR_RE.search(s) or self._SENT_FOR_VIEW_RE.search(s)
        frm = self._body_ref(m.group("from")) if m else None
        to = self._body_ref(m.group("to")) if m else None
        if not frm or not to or frm == to:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        self.mandate(frm, to, "refers", item, pos)
        task = {"yttrande": "yttra sig över", "beredning": "bereda", "synpunkter": "lämna synpunkter på",
                "svar": "svara på remissen om"}[m.group("what") or m.group("what2")]
        self.assignment([to], f"{task} {m.group('obj')}{m.group('rest')}".strip(), origin="narrative", pos=pos,
                        given_by=frm, delegated=False)
        return True

    def _handed_for_preparation(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"beslutar att överlämna frågan till LVO för beredning": the body it goes to is given the task
        (the mandate it also states is read by the refers rules)."""
        m = self._HANDED_RE.search(s)
        if not m:
            return False
        raw = m.group("who") or m.group("who2")
        if " och till " in raw:  # "remitteras till Politiskt samråd X och till länets kommuner": to each
            parts = [self._body_ref(p) or self._recipient(p) for p in raw.split(" och till ")]
            who = parts if all(parts) else None
        elif " och " in raw and (more := _AND_NAEMND.search(raw)):
            # "remitteras till socialnämnden och barn- och utbildningsnämnden": to each nämnd
            parts = [self._body_ref(raw[:more.start()]), self._body_ref(more.group(1))]
            who = parts if all(parts) else None
        else:
            who = [b] if (b := self._body_ref(raw)) else _subject_assignees(raw, origin == "decision", self.ctx)
        if not who:
            return False
        what, obj = m.group("what") or m.group("what2") or m.group("what3"), (m.group("obj") or m.group("obj2")).casefold()
        if obj == "förslaget" and m.group("obj2") and what not in ("yttrande", "beredning", "handläggning"):
            # "Förslaget överlämnas till X (för beslut)": the body's own proposal handed on, a referral; sent out for
            # comment ("för yttrande"), the answer is the task of those asked
            return False
        if m.group("of") or m.group("of1"):
            obj += " " + " ".join((m.group("of") or m.group("of1")).split())  # "förslaget till policy"
        if m.group("about"):
            obj += " " + " ".join(m.group("about").split())  # "frågan om gemensamma utbildningar"
        met = self._meeting_body() or ""
        if (not what and len(who) == 1 and (own := _UTSKOTT_PARENT.match(met))
                and who[0].casefold().startswith(own.group(1).casefold())):
            # "Ärendet överlämnas till kommunstyrelsen" in the minutes of the styrelse's own utskott: handed up
            # for the styrelse to decide, no delegation of the utskott's power
            what = "beslut"
        # handed on "för beslut" or "för ställningstagande": to the body that decides it, a referral, not a delegation
        # of its own power; nor is an answer asked of a body the revisorer review
        key = next((k for k in ("what", "what2", "what3") if m.group(k)), None)
        # (by when, after what for: "… för yttrande senast den 27 februari 2026")
        self.assignment(who, f"{self._HANDED_TASK[what] if what else 'hantera'} {obj}", origin=origin,
                        pos=pos, given_by=giver if origin == "decision" else None,
                        context=s[m.end(key):] if key else "",
                        # ("… med en begäran om en genomgång": handed on with a request, a referral too)
                        delegated=what not in ("beslut", "ställningstagande", "yttrande", "fastställande", "antagande",
                                               "godkännande", "synpunkter") and not _WITH_REQUEST.search(s))
        if what == "synpunkter" and origin == "decision" and met and len(who) == 1 and self._body_ref(raw):
            # "Nämnden remitterar förslaget till X till Ledningsgruppen Y för synpunkter": sent out for views, a referral
            # (the refers rules look for the body after the first "till", here the proposal's own)
            self.mandate(met, who[0], "refers", self.ctx.item.number if self.ctx.item else None, pos)
        return True

    _SENT_BACK_RE = re.compile(
        # (the nämnd's own verb in the present: "Nämnden återremitterar ärendet till förvaltningen för att …")
        r"(?:^|\batt\s+|^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}\s+)återremitter(?:a|ar|ade)\s+"
        r"(?P<obj>ärendet|frågan|förslaget|motionen)\s+till\s+(?P<who>[^.;]+?)"
        r"(?:\s+för\s+(?P<why>[^.;]+?)|\s+med\s+(?:uppdrag(?:et)?|uppgift(?:en)?)\s+(?P<task>att\s+[^.;]+?))?\.?$"
        # (in a decided clause, after its "att": "att ärendet återremitteras till arbetsutskottet för …")
        r"|^(?:att\s+)?(?P<obj2>[Ää]rendet|[Ff]rågan|[Ff]örslaget|[Mm]otionen)\s+återremitteras\s+till\s+(?P<who2>[^.;]+?)"
        r"(?:\s+för\s+(?P<why2>[^.;]+?)|\s+med\s+(?:uppdrag(?:et)?|uppgift(?:en)?)\s+(?P<task2>att\s+[^.;]+?))?\.?$")

    def _sent_back(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Ärendet återremitteras till förvaltningen för att kompletteras med X": whoever the case goes back to
        is to complete it ("komplettera ärendet med X"), or do what the för-clause says."""
        m = self._SENT_BACK_RE.search(s)
        if not m:
            return False
        raw, obj = m.group("who") or m.group("who2"), (m.group("obj") or m.group("obj2")).casefold()
        who = [b] if (b := self._body_ref(raw)) else _subject_assignees(raw, True, self.ctx) or [raw.strip()]
        # ("… till RLG med uppdrag att komplettera underlaget …": the task told as the case's uppdrag)
        why = (m.group("why") or m.group("why2") or m.group("task") or m.group("task2") or "").strip()
        done = re.match(r"(?:att\s+)?(?:kompletteras|komplettering|kompletteringar)\s*(?P<rest>.*)$", why)
        if done:
            task = f"komplettera {obj} {done.group('rest')}".strip()
        elif why.startswith("att "):
            task = why[4:]
        else:
            task = f"bereda {obj} på nytt" + (f" ({why})" if why else "")
        self.assignment(who, task, origin=origin, pos=pos, given_by=giver)
        met = self._meeting_body()
        if met and len(who) == 1 and self._is_body(who[0]) and who[0].casefold() != met.casefold():
            # the case sent back to the body that prepared it: a referral from the body that met
            self.mandate(met, who[0], "refers", self.ctx.item.number if self.ctx.item else None, pos)
        return False

    _REPORT_BACK_SET = re.compile(
        r"^(?:(?:Åter)?rapportering|Redovisning)(?:\s+av\s+(?:uppdraget|arbetet))?\s+(?:ska\s+ske|sker)\s+"
        r"|^Uppdraget\s+(?:återrapporteras|rapporteras|redovisas)\s+")
    _REPORT_BACK_TO = re.compile(r"^(?:till|för|i|vid)\s+(?P<to>[^.;]+?)(?=\s+(?:den\s+\d|senast|i\s+[a-zåäö]+\s+\d{4}|"
                                 r"vid\s+|på\s+|under\s+)|\s*\.?$)")

    def _report_back_set(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Återrapportering sker till LVO den 19 mars 2026" after a task given: where and when that task reports."""
        m = self._REPORT_BACK_SET.match(s)
        rest = s[m.end():].strip() if m else ""
        t = self._REPORT_BACK_TO.match(rest)
        number = self.ctx.item.number if self.ctx.item else ""
        task = next((a for a in reversed(self.out.assignments) if a.item == number), None)
        to = self._body_ref(t.group("to")) if t else None
        if not task or not to:
            return False
        task.report_to = task.report_to or to
        if not task.due_date:
            task.due, task.due_date = _due(rest, self.p.date)
        for who in task.assignees:
            if self._is_body(who) and who.casefold() != to.casefold():
                self.mandate(who, to, "reports_to", number, pos)
        return True

    def _coordinated_person_tasks(self, s: str) -> list[str]:
        """A sentence split where ", och" joins a second clause whose subject is a person of the
        minutes with a task verb of their own: "Styrgruppen ska planera dagen vid nästa möte, och Sara
        Holm tar fram ett program" gives two tasks, each read alone."""
        if " och " not in s:
            return [s]
        if (" är " in s or " blir " in s or " inte " in s) and (st := _STATE_THEN_TASK.match(s)):
            # "Anna är sammankallande och tar med sig lägesbilden till styrgruppen": her task after what she is;
            # "Sandhamra och Lövsta har inte fattat beslut och återkommer till mötet i juni": theirs after what
            # they have not done
            return [s, f"{st.group('who')} {st.group('rest')}"]
        # without the comma only after a clause of its own ("Gruppen diskuterar och Erik för …"), never
        # inside a list of who ("EL och BH tar fram …")
        # (", och kansliet ser till att …": a unit by its kind word as the second clause's subject)
        parts = re.split(r",\s+och\s+(?=[A-ZÅÄÖ]|(?:kansliet|sekretariatet|förvaltningen)\s+[a-zåäö]+r\b)"
                         r"|(?<=[a-zåäö]{3}(?:ar|er))\s+och\s+(?=[A-ZÅÄÖ])", s)
        if len(parts) == 1 and _PERSON_TASK_RE.match(s):
            # "Hugo Sand bokar lokal och Ines Björk skickar kallelse": a task of its own after the object of the first
            for och in re.finditer(r"\s+och\s+(?=[A-ZÅÄÖ])", s):
                right = _PERSON_TASK_RE.match(s[och.end():])
                if right and _PERSON_TASK_RE.match(s[:och.start()]) and self._people(right.group("who")):
                    parts = [s[:och.start()], s[och.end():]]
                    break
        out = [parts[0]]
        for p in parts[1:]:
            unit = p[:1].islower()
            m = _PERSON_TASK_RE.match(p[:1].upper() + p[1:] if unit else p)
            if m and (self._people(m.group("who")) if not unit else self._unit_subject(m.group("who"))):
                out.append(p[:1].upper() + p[1:] if unit else p)
            else:
                out[-1] = f"{out[-1]}{', och ' if f', och {p}' in s else ' och '}{p}"
        return out

    def _unit_subject(self, who: str) -> bool:
        """Whether a clause's subject is a unit by its kind word alone ("Kansliet", "Sekretariatet") that the
        sentences of this kind give tasks to."""
        return who.casefold() in ("kansliet", "sekretariatet", "förvaltningen")

    def _person_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"MÖ kollar med MAS …", "EL och BH tar fram …", "Till nästa möte sammanställer MÖ och TF …":
        a present-tense task verb whose subject is a person of the roster, by name or initials."""
        s = _LABEL_PREFIX.sub("", s)
        if s[:1] in "HAS" and (wb := _WHOLE_BODY.match(s)):
            s = wb.group(1)[:1].upper() + wb.group(1)[1:] + s[wb.end():]  # "Hela styrgruppen förankrar …": the body
        if origin == "decision" and s[:1].islower() and (ob := _OWN_BODY_SUBJECT.match(s)):
            # "(Det beslutades att) rådet lämnar sina synpunkter …": the body that met; from when, after the task
            s = s[:1].upper() + (s[1:ob.start("when")] + s[ob.end("when"):] + s[ob.start("when"):ob.end("when")]
                                 if ob.group("when") else s[1:])
        if ", " in s[:60] and (ap := _NAME_THEN_APPOSED_TITLE.match(s)) and is_title_word(ap.group("t").split()[0]) \
                and (is_person_name(ap.group("n")) or ap.group("n") in self.ctx.initials):
            # "Elin Sandqvist, socialchef, utser kontaktperson …": the title in apposition, no part of who does it
            s = f"{ap.group('n')} {s[ap.end():]}"
        pm = _NAME_THEN_BRACKET.match(s)
        if pm and (is_person_name(pm.group("n")) or pm.group("n") in self.ctx.initials):
            # "Eva J W (socialchef i Tallvik) återkommer …", "AB (MAS) samordnar …": the roster's initials too
            s = f"{pm.group('n')} {s[pm.end():]}"
        if " fortsätter " in s and (goes_on := _GOES_ON_AND.match(s)):
            # "Arbetsgruppen fortsätter arbetet och lämnar ett utkast till …": what it hands in is the task of the
            # subject before both verbs
            s = f"{goes_on.group('subj')} {s[goes_on.end():]}"
        m = _PERSON_TASK_RE.match(s)
        if m and _is_task_use(m.group("v"), m.group("rest"), self.p.date):
            who = self._people(m.group("who")) or _subject_assignees(m.group("who"), False, self.ctx)
            if not who and re.fullmatch(r"[A-ZÅÄÖ]{2,6}", m.group("who")) and re.match(
                    r"(?i)(?:åter)?rapporterar|redovisar", m.group("v")):
                # "LVO rapporterar till rådet om …": a body by its acronym reporting on a matter (what
                # another body plans, told in the meeting, is news, not a task)
                body = self._body_ref(m.group("who"))
                who = [body] if body and self._is_body(body) else None
            verb, rest = m.group("v"), m.group("rest")
            if who and origin != "decision" and re.match(r"(?i)planerar$", verb) and all(self._is_body(w) for w in who):
                return False  # "Styrgruppen planerar en utbildningsdag": what the body is about, no one's task
            if who and re.match(r"(?i)håller$", verb) and all(self._is_body(w) for w in who):
                return False  # "Arbetsgruppen håller styrgruppen informerad mellan mötena": its standing line, no task
            if who and origin != "decision" and _FOR_THE_YEAR.search(rest) and not any(
                    is_person_name(w) or self._is_body(w) for w in who):
                return False  # "Länsstyrelsen sammanställer de regionala riskerna inför 2026": an organisation's own work
            if who and origin != "decision" and _OWN_INQUIRY.match(f"{verb}{rest}") and not any(
                    is_person_name(w) or self._is_body(w) for w in who):
                return False  # "Regionen utreder en ny stationering": an organisation's own work told as news
            if who and (re.match(r"(?i)(?:åter)?rapporterar$", verb) or re.match(r"(?i)redovisar$", verb) and re.match(
                    r"\s+(?:(?:därefter|sedan|löpande|regelbundet)\s+)?till\s", rest)) and all(self._is_body(w) for w in who):
                # ("Arbetsgruppen redovisar till samverkansgruppen": the same standing line, in the other verb)
                # "Arbetsgruppen rapporterar till styrgruppen (och tar fram …)": a standing line of
                # reporting, a mandate; only a task joined to it is a task
                nm = re.search(rf"\s+och\s+(?P<v>{TASK_VERB})(?P<rest>\b.*)$", rest)
                im = None if nm else re.search(r"\s+och\s+(?:ska|skall)\s+(?P<task>[a-zåäö]{3,}\b.*)$", rest)
                if nm:
                    verb, rest = nm.group("v"), nm.group("rest")
                elif im:  # "… och ska kartlägga …": the task in the infinitive
                    self.assignment(who, im.group("task"), origin=origin, pos=pos,
                                    given_by=giver if origin == "decision" else None)
                    return True
                elif not re.match(r"\s+(?:därefter\s+|sedan\s+|löpande\s+)?till\s+[^.;]+?\s+om\s+\w", rest):
                    if re.match(r"(?i)redovisar$", verb):  # the line read in the verb the mandate rules know
                        self._sentence(f"{m.group('who')} rapporterar{rest}", origin=origin, pos=pos, giver=giver,
                                       kinds=("mandate",))
                    return False  # "… rapporterar till X om införandet …": a report on a matter is a task
            if who and (nxt := _NEXT_DOER.match(rest)):
                # "BÖ kallar, AKL skickar över sändlistan": the verb alone, then the next one's task after the comma
                self.assignment(who, _present_to_infinitive(verb), origin=origin, pos=pos,
                                given_by=giver if origin == "decision" else None)
                self._person_task(rest[nxt.end():], origin=origin, pos=pos, giver=giver)
                return True
            if who:
                with_ = self._people_with(rest)
                if with_:
                    who = who + [p for p in with_ if p not in who]
                    rest = re.sub(r"\s+tillsammans\s+med\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:(?:\s+|,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,6}", "", rest)
                second = _SECOND_TIMED_TASK.search(rest)
                for v, r in ((verb, re.sub(r"\s+och\s+$", "", rest[:second.start("v")]) if second else rest),
                             *(((second.group("v"), second.group("rest")),) if second else ())):
                    self.assignment(who, _present_to_infinitive(v) + r,
                                    origin=origin, pos=pos, given_by=giver if origin == "decision" else None)
                if _REPORTING.match(verb) and (fb := _FROM_BODY_TO.match(rest)):
                    # the body she reports from reports, through her, to the one she reports to
                    frm, to = self._body_ref(fb.group("frm")), self._body_ref(fb.group("to"))
                    if frm and to and frm.casefold() != to.casefold() and self._is_body(frm) and self._is_body(to):
                        if _ACRONYM_AND_FIELD.fullmatch(fb.group("frm")) and fb.group("frm").startswith(frm + " "):
                            frm = fb.group("frm")  # "LPO psykisk hälsa": a body by its acronym and its field, whole
                        self.group(frm, self.ctx.item.number if self.ctx.item else None)
                        self.mandate(frm, to, "reports_to", self.ctx.item.number if self.ctx.item else None, pos)
                return True
        m = _INVERTED_SPLIT_RE.match(s)
        if m and not s.startswith(m.group("who")):
            # "Till nästa möte tar kansliet fram …": the subject between a verb and its particle, put back
            adv = m.group("adv")
            return self._person_task(f"{m.group('who')[0].upper()}{m.group('who')[1:]} {m.group('v')} {m.group('part')}"
                                     f"{m.group('rest')} {adv[0].lower()}{adv[1:]}", origin=origin, pos=pos, giver=giver)
        m = _INVERTED_TASK_RE.match(s)
        # (the adverbial in front tells when, as it would after the object: "Vid LSVO:s decembermöte redovisar …")
        if m and _is_task_use(m.group("v"), f" {m.group('rest')} {m.group('adv')[:1].lower()}{m.group('adv')[1:]}",
                              self.p.date):
            words = m.group("rest").split(" ")
            for n in range(min(6, len(words) - 1), 0, -1):
                who = self._people(" ".join(words[:n])) or (
                    # "… redovisar ordföranden gruppens arbete": the one holding the role, where the minutes say who
                    _subject_assignees(words[0], False, self.ctx) if n == 1 and _ROLE_AFTER_VERB.fullmatch(words[0]) else None)
                if who:
                    task = f"{_present_to_infinitive(m.group('v'))} {' '.join(words[n:])} {m.group('adv')[0].lower()}{m.group('adv')[1:]}"
                    self.assignment(who, task, origin=origin, pos=pos,
                                    given_by=giver if origin == "decision" else None)
                    return True
        if " och " in s and (then := _FIRST_THEN_TASK.match(s)) and self._people(then.group("who")):
            # "Karolina deltar i länets nätverk den 20 mars och tar med frågan om …": what she does there, the task
            # after the first verb, which gives none
            return self._person_task(f"{then.group('who')} {s[then.end():]}", origin=origin, pos=pos, giver=giver)
        return False

    def _states_role(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Karin Ek är processledare", "med Karin Ek som processledare": who holds a role, so a
        task given to the role later ("Processledaren sammanställer …") is given to that person."""
        for m in _STATES_ROLE_RE.finditer(s):
            who = self._people(m.group("who"))
            if who and len(who) == 1:
                self.ctx.stated_roles.setdefault(m.group("role").casefold(), who[0])
        return False

    def _people_with(self, rest: str) -> list[str]:
        """Co-assignees a task names: "… tillsammans med Darius Rahimi och Siri Nordahl"."""
        m = re.search(r"\btillsammans\s+med\s+(?P<w>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:(?:\s+|,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,6})", rest)
        return (self._people(m.group("w")) or []) if m else []

    def _gapped_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Malin tar kontakt med elevhälsan och Jonas med BUP för att …": a second doer with the verb left
        out, a task each, with the purpose or time that ends the sentence (not "tar kontakt med Per och
        Lisa med en fråga", two people contacted)."""
        m = _PERSON_TASK_RE.match(_LABEL_PREFIX.sub("", s))
        gm = m and _GAPPED_DOER.search(m.group("rest"))
        if not gm or not _is_task_use(m.group("v"), m.group("rest"), self.p.date):
            return False
        rest, prep = m.group("rest"), gm.group("prep")
        first = re.search(rf"\b{prep}\s+(?P<o>[^.;]+)$", rest[:gm.start()])
        # "SL ansvarar för skolans del och ES för psykiatrins del": the preposition is the verb's own
        own = first is None and re.search(rf"\s{prep}$", m.group("v"))
        who, other = self._people(m.group("who")), self._people(gm.group("n"))
        if not ((first or own) and who and other) or set(who) & set(other) or (
                first and self._people(first.group("o"))):
            return False
        obj = gm.group("obj")
        tm = _SHARED_TAIL.search(obj)
        tail = obj[tm.start():] if tm else ""
        inf = _present_to_infinitive(m.group("v"))
        before = "" if own else f"{rest[:first.start()]}{prep}"
        for w, t in ((who, f"{inf}{rest[:gm.start()]}{tail}"), (other, f"{inf}{before} {obj[:tm.start()] if tm else obj}{tail}")):
            self.assignment(w, t, origin=origin, pos=pos, given_by=giver if origin == "decision" else None)
        return True

    def _pronoun_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Malin och Jonas tar fram ett förslag. De återkommer i februari.": "De" (or "Hon", "Han") are the
        people of the task just given in the item; what they do next ends that task, no task of a person "De"."""
        m = _PRONOUN_TASK_RE.match(s)
        if not m or not _is_task_use(m.group("v"), m.group("rest"), self.p.date):
            return False
        number = self.ctx.item.number if self.ctx.item else ""
        last = self.out.assignments[-1] if self.out.assignments else None
        if (not last or last.item != number or not all(is_person_name(a) for a in last.assignees)
                or (len(last.assignees) > 1) != (m.group("p") == "De")):
            prev = _LABEL_PREFIX.sub("", getattr(self, "_prev_clause", "") or "")
            one = _ONE_SUBJECT.match(prev) if m.group("p") in ("Hon", "Han", "Hen") else None
            who = self._people(one.group("who")) if one else None
            if not who or len(who) != 1 or not is_person_name(who[0]):
                return False
            # "Sofia har två vakanta tjänster … Hon undersöker om …": the one the sentence before was about
            self.assignment(who, f"{_present_to_infinitive(m.group('v'))}{m.group('rest')}", origin=origin, pos=pos,
                            given_by=giver if origin == "decision" else None)
            return True
        last.task = f"{last.task} och {_present_to_infinitive(m.group('v'))}{m.group('rest')}"
        if not last.due_date:
            last.due, last.due_date = _due(last.task, self.p.date)
        last.report_to = last.report_to or _report_to(last.task, self.ctx)
        return True

    def _tells_it_there(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"… att analysen redovisas för rådet den 13 juni. Lisa-Marie Fors föredrar den där.": "den" is the work
        the sentence before sends to a body, "där" that body's meeting; the task is to present it there."""
        m = _TELLS_IT_THERE_RE.match(s)
        item = self.ctx.item
        who = self._people(m.group("who")) if m and item else None
        if not who:
            return False
        head = " ".join((item.body or "").split()).split(s[:30])[0]
        sent = re.split(r"(?<=[.!?])\s+", head.strip())
        # the sentence before, or (the decision taken out of the running text) the item's last decision
        told = [sent[-1].rstrip(".")] if sent else []
        told += [d.text.rstrip(" .") for d in reversed(self.p.decisions) if d.item == item.number][:1]
        pm = next((x for x in map(_SENT_TO_BODY_RE.search, told) if x), None)
        if not pm:
            return False
        self.assignment(who, f"{_present_to_infinitive(m.group('v'))} {pm.group('obj')} {pm.group('where').rstrip(' .')}",
                        origin=origin, pos=pos, given_by=giver if origin == "decision" else None)
        return True

    def _plural_bodies_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Närvårdsgrupperna i Älvby och Norrvik ska ta fram …": a body per place, each given the task;
        "Båda styrgrupperna ska …": each body of that kind the item named before, not one body "styrgrupperna"."""
        m = _PLURAL_BODIES_RE.match(s)
        if not m:
            return False
        head = m.group("stem") + _PLURAL_HEADS[m.group("pl").casefold()]
        if not m.group("stem"):
            head = head.capitalize()  # "Teamen i Granlid och Rönnbo": "Team Granlid", "Team Rönnbo"
        rest = m.group("rest")
        tm = re.match(rf"(?:(?:ska|skall)\s+(?P<inf>[a-zåäö]{{2,}}\b.*)|(?P<v>{TASK_VERB})(?P<r>\b.*))$", rest)
        if not tm:
            return False
        task = tm.group("inf") or _present_to_infinitive(tm.group("v")) + tm.group("r")
        if m.group("places"):
            places = split_name_list(m.group("places"))
            if len(places) < 2 or not all(self._place(p) for p in places):
                return False
            bodies = [f"{head[0].upper()}{head[1:]} {p}" for p in places]
        else:
            item = self.ctx.item
            before = (item.body if item else "").split(s[:40])[0]
            bodies = []
            for g in find_groups(before):
                if not g.generic_head and g.name.casefold().startswith(head.casefold()) and g.name not in bodies:
                    bodies.append(g.name)
            if len(bodies) != 2 if re.match(r"(?i)(?:de\s+)?(?:båda|bägge|två)\b", m.group("det") or "") else len(bodies) < 2:
                return False
        number = self.ctx.item.number if self.ctx.item else None
        for b in bodies:
            self.group(b, number)
            self.assignment([b], task, origin=origin, pos=pos, given_by=giver if origin == "decision" else None)
        return True

    def _collective_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """Tasks to the kommuner or to everyone: "kommunerna ska var för sig …", "Till nästa möte
        inventerar kommunerna var för sig …", "Alla tar med sig …"."""
        label = re.match(r"^(?P<l>[A-ZÅÄÖ][^:]{2,40}):\s+", s)
        if label:  # "Till nästa möte: alla kommuner tar fram …"
            s = s[label.end():] + (f" {label.group('l')[0].lower()}{label.group('l')[1:]}"
                                   if re.match(_ADVERBIAL, label.group("l")) else "")
        m = _COLLECTIVE_RE.match(s)
        inv = None if m else _COLLECTIVE_INV_RE.match(s)
        if not m and not inv:
            return False
        x = m or inv
        who_word = x.group("who").casefold()
        rest = x.group("rest").strip()
        each = m and not m.group("each") and _EACH_IN_VERB.match(rest)
        if each:
            rest = f"{each.group('v')} {each.group('rest')}"
        holders = self._holders_of(x.group("who").split(None, 1)[1]) if re.fullmatch(
            r"(?:varje|alla|samtliga)\s+[a-zåäö]{2,5}", who_word) and x.group("who")[-1].isupper() else None
        if m:
            if not (m.group("modal") or m.group("each") or each or holders and re.match(r"[a-zåäö]+r\s", rest)):
                # "att varje kommun nominerar en representant till Arbetsgrupp X": a seat each is to fill
                if not re.match(TASK_VERB, rest) and not re.match(r"(?:nominerar|anmäler)\s+(?:en|ett|två|tre|sin|sina)\s", rest):
                    return False
            if re.match(r"(?:har|hade|är|var|kan|vet|tolkar|använder|gör\s+olika)\b", rest):
                return False
            if m.group("modal") and m.group("modal").startswith("behöver") and " och " in who_word:
                return False  # "Regionen och kommunerna behöver hjälpas åt med …": a need the huvudmän share, no task
            vm = re.match(r"(?P<v>[a-zåäö]+)(?P<r>.*)$", rest)
            task = (_present_to_infinitive(vm.group("v")) + vm.group("r")) if vm else rest
        else:
            adv = inv.group("adv")
            task = f"{_present_to_infinitive(inv.group('v'))} {rest} {adv[0].lower()}{adv[1:]}"
        places = split_name_list(x.group("who"))
        named = {k.casefold().split(" ")[0].rstrip("s"): k for k in self._kommuner()}
        if holders:
            who = holders
        elif "kommun" in who_word and m and m.group("listed") and (listed := self._listed_kommuner(m.group("listed"))):
            who = listed + ["kommunerna"]
        elif "kommun" in who_word:
            who = self._kommuner() + ["kommunerna"]
            if " och region" in who_word:  # "Kommunerna i länet och Region X ska …"
                region = x.group("who").rsplit(" och ", 1)[1]
                # "Kommunerna och regionen anmäler …": the region the attendance names
                who += [region] if region[:1].isupper() and " " in region else (self._regions() or ["regionen"])
        elif "huvudm" in who_word:  # "Varje huvudman utser …": the region and each kommun, and the collective
            who = self._regions() + self._kommuner() + ["huvudmännen"]
        elif "förening" in who_word:
            who = self._associations()
            if not who:
                return False
            who.append("föreningarna")
        elif len(places) > 1 and not re.match(r"var\s+och\s+en\b", who_word):
            who = [named.get(p.casefold().rstrip("s")) for p in places]
            if not all(who):
                return False  # "Sandhamra, Östmo och Lövsta … var och en": kommuner named by place
        else:
            body = self._meeting_body()
            if not body:
                return False
            who = [body]
        self.assignment(who, task, origin=origin, pos=pos, given_by=giver if origin == "decision" else None)
        return True

    def _we_come_back(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Vi återkommer på nästa möte med …": the writer speaks for the body that met, which owes the
        answer (what follows a semicolon is a sentence of its own)."""
        m = _WE_COME_BACK.match(s.split(";", 1)[0].strip())
        body = m and self._meeting_body()
        if not body:
            return False
        self.assignment([body], f"återkomma {m.group('rest').rstrip(' .')}", origin=origin, pos=pos,
                        given_by=giver if origin == "decision" else None)
        return True

    def _listed_kommuner(self, listed: str) -> list[str] | None:
        """"Vindeby, Lillträsk, Gransjö" in brackets after "varje kommun": each kommun the attendance names
        by that place (or the kommun Swedish names by it), or None when a part is no place."""
        known = {k.rsplit(" ", 1)[0].casefold().rstrip("s"): k for k in self._kommuner()}
        out = []
        for place in split_name_list(listed):
            if not re.fullmatch(r"[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun)?", place):
                return None
            if place.endswith(" kommun"):
                out.append(place)
            else:
                out.append(known.get(place.casefold().rstrip("s")) or _kommun_of_place(place))
        return out or None

    def _regions(self) -> list[str]:
        """The region(s) the attendance list names as a huvudman ("Region Skogland")."""
        out: list[str] = []
        for a in self.p.attendance:
            for km in re.finditer(r"\b(Region\s+[A-ZÅÄÖ][a-zåäö]+)\b", a.organisation or ""):
                if km.group(1) not in out:
                    out.append(km.group(1))
        return out

    def _kommuner_named(self, places: str) -> str:
        """"Åby, Ekeby och Tallvik" after "kommunerna": each place as the kommun the minutes
        name it by ("Åby kommun"), joined as a list of recipients; a place the minutes name
        no kommun of is kept with the word "kommunerna" before the list."""
        known = {k.rsplit(" ", 1)[0].casefold(): k for k in self._kommuner()}
        out = []
        for place in re.split(r",\s*|\s+(?:och|samt)\s+", places):
            k = known.get(place.casefold()) or known.get(place.casefold() + "s")
            if not k:
                return "kommunerna " + places
            out.append(k)
        return ", ".join(out)

    def _kommuner_listed(self, places: str) -> str:
        """"Brattvik, Lysala och Tågby" after "länets kommuner": each the kommun the minutes name, or else the
        kommun's name as Swedish forms it ("Brattviks kommun", "Lysala kommun": no genitive -s after a vowel or s)."""
        named = self._kommuner_named(places)
        if not named.startswith("kommunerna "):
            return named
        return ", ".join(f"{n} kommun" if n[-1:] in "aeiouyåäösxz" else f"{n}s kommun"
                         for n in re.split(r",\s*|\s+(?:och|samt)\s+", places))

    def _associations(self) -> list[str]:
        """The associations the attendance lists its members for ("Birgitta Ek, RSMH Ljungmyra", "Rut Ek,
        Anhörigföreningen i Ljungmyra"): each organisation of a member that is no huvudman and no unit of one;
        none unless two or more.

        >>> from samverkan.loaders.types import AttendanceEntry as E, ParsedMinutes
        >>> x = _Extractor(ParsedMinutes(path="x.txt", layout="numbered", attendance=[
        ...     E("Eva Ek", "present", [], organisation="RSMH Åby"), E("Bo Ek", "present", [], organisation="FUB Åby"),
        ...     E("Per Ek", "present", [], organisation="Åby kommun", unit="Socialförvaltningen")]))
        >>> x._associations()
        ['RSMH Åby', 'FUB Åby']
        """
        found = []
        for a in self.p.attendance:
            # (a roster line's one organisation after the name is read as a unit where no huvudman is named)
            org = (a.organisation or a.unit or "").strip()
            if (a.status == "guest" or not org or org in found or _ORG_SHAPED.match(org) or _HUVUDMAN_NAME.fullmatch(org)
                    or _UNIT_SUFFIX.search(org)):
                continue
            found.append(org)
        return found if len(found) >= 2 else []

    def _kommuner(self) -> list[str]:
        """The kommuner the minutes make identifiable: those their attendance list or text names."""
        texts = [t for a in self.p.attendance for t in (a.organisation, a.unit)]
        texts += [t for it in self.p.items for t in (it.title, it.body)]
        out: list[str] = []
        for text in texts:
            for km in (re.finditer(r"\b([A-ZÅÄÖ][a-zåäö]+s?\s+kommun)\b", text) if text and "kommun" in text else ()):
                if km.group(1) not in out and km.group(1).split(" ")[0] not in _NO_KOMMUN:
                    out.append(km.group(1))
        return out

    def _wish(self, s: str) -> tuple[str | None, str] | None:
        """("the body wishing", "the rest") for "Önskemål lyfts fram från X att ..."."""
        m = re.match(r"^Önskemål\s+(?:lyfts\s+(?:fram\s+)?)?(?:om\s+)?", s)
        if not m:
            # "Samverkansgruppen önskar att arbetsgruppen tar fram …": a body's wish that another do something
            bw = re.match(r"^(?P<g>[A-ZÅÄÖ][^.;:]{1,80}?)\s+önskar\s+(?:också\s+|även\s+)?att\s+(?P<rest>.+)$", s)
            g = bw and self._body_ref(bw.group("g"))
            return (g, bw.group("rest")) if g else None
        rest = s[m.end():]
        fm = re.match(r"från\s+", rest)
        giver = None
        if fm:
            gs = find_groups(rest[fm.end():])
            if not gs or gs[0].start != 0:
                return None
            giver = self.ctx.resolve_generic(gs[0])
            rest = rest[fm.end() + gs[0].end:]
        am = re.match(r"\s*(?:om\s+)?att\s+(?P<rest>.+)$", rest)
        return (giver, am.group("rest")) if am else None

    def _subject_verb(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        ctx = self.ctx
        # "Emil Bäck ska senast fredagen den 13 februari redovisa en plan": the deadline before the verb, read after it
        s = _DUE_BEFORE_VERB.sub(lambda m: f"{m.group('modal')} {m.group('rest').rstrip(' .')} {m.group('due')}.", s)
        decision = origin == "decision"
        regexes = [_MODAL_RE, _DEC_RE] if decision else [_MODAL_RE, _NARR_RE]
        best = None
        for rx in regexes:
            for m in rx.finditer(s):
                # subject: from the last clause start before the verb
                head = s[:m.start()]
                if _MATTER_DEFERRED.search(head):
                    continue  # "… att ärendet om avgifter utgår och återkommer i december": the matter returns, no one's task
                starts = [0] + [x.end() for x in _CLAUSE_START.finditer(head)]
                for st in sorted(set(starts)):
                    subj = head[st:]
                    if _POSSIBILITY.search(head[max(0, st - 40):st]):
                        continue  # "det finns möjlighet att gruppen återkopplar …": an option, no task given
                    if _PROPOSED_THAT.search(head[max(0, st - 30):st]):
                        continue  # "föreslår att styrgruppen gör rutinen länsgemensam": proposed to it, no task given
                    if _REPORTED_SPEECH.search(head[max(0, st - 60):st]):  # the verb ends the text before: its tail will do
                        # "Eva berättar att hon kommer se över …": the speaker's own commitment is a task
                        sp = rx is _MODAL_RE and _SELF_PRONOUN.fullmatch(subj) and _SPEAKER.match(head[:st])
                        who = sp and self._people(sp.group("sp"))
                        if who:
                            best = (m.start(), who, s[m.start():].strip())
                            break
                        continue  # "EB påminde om att arbetsgruppen tar fram …": told, not given
                    who = _subject_assignees(subj, decision, ctx) or (
                        self._collective(subj) if " och " in subj and "kommun" in subj else None)
                    if who:
                        if best is None or m.start() < best[0]:
                            best = (m.start(), who, s[m.start():].strip())
                        break
                if best:
                    break
        if not best:
            inverted = _fronted_shall(s, ctx) if s[:1].isupper() and (" ska " in s or " skall " in s) else None
            # "Under våren ska arbetsgruppen se över …": the subject after the verb, behind a fronted adverbial
            every = inverted and re.match(r"(?P<subj>Alla(?:\s+deltagare)?|Samtliga)\s+ska\s+(?P<task>[a-zåäö]+a\b.+)$", inverted)
            if every and (who := self._collective(every.group("subj"))):
                # "Till nästa gång ska alla ta med …": everyone at the meeting, the body that met
                self.assignment(who, every.group("task"), origin=origin, pos=pos, given_by=giver if decision else None,
                                context=s[:s.find(" ska ")])
                return True
            return inverted is not None and self._subject_verb(inverted, origin=origin, pos=pos, giver=giver)
        _, who, task = best
        if re.match(r"(?:(?:ska|skall)\s+)?[a-zåäö]+\s+(?:inte|ej)\b", task):
            return False  # "Kjell Ahl (S) deltar inte i beslutet": what one does not do is no task
        if re.match(r"(?:(?:ska|skall)\s+)?håll(?:a|er)\s", task) and all(self._is_body(w) for w in who):
            return False  # "Arbetsgruppen ska hålla samverkansgruppen informerad": its standing line, no task
        if re.match(r"(?:deltar|medverkar)\s+i\b", task) and _ENDORSED_THAT.search(s[:best[0]]):
            return False  # "ställa sig bakom att Åby kommun deltar i piloten": a part endorsed, no task given
        if (re.match(r"(?:(?:ska|skall)\s+)?(?:åter)?rapportera[r]?\s+(?:löpande\s+|regelbundet\s+)?till\b", task)
                and all(self._is_body(w) for w in who) and _due(task, None)[0] is None):
            return False  # "Ledningsgruppen rapporterar löpande till rådet": a line of reporting, a mandate
        if not decision and not _MODAL_START.match(task) and _FOR_THE_YEAR.search(task) and not any(
                is_person_name(w) or self._is_body(w) for w in who):
            return False  # "Polisen och kommunen tar fram ett nytt medborgarlöfte för 2026": their own work, told
        gb = giver if decision else None
        self.assignment(who, task, origin=origin, pos=pos, given_by=gb)
        return True

    # ------------------------------------------------------------- mandates in text
    _REPORTS_VIA_RE = re.compile(
        r"(?:^|\s+och\s+|\s+)(?:åter)?rapporterar\s+(?:vidare\s+)?via\s+(?P<mid>[^.;,]+?)\s+till\s+(?P<to>[^.;,]+?)"
        r"(?:,.*)?\s*\.?$")

    def _md_reports_via(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"Gruppen rapporterar via beredningsgruppen till RSR": the body reports to the one between,
        which reports on to the last."""
        m = self._REPORTS_VIA_RE.search(s)
        if not m:
            return False
        ctx = self.ctx
        head = s[:m.start()].strip() or s
        body = self._meeting_body()
        frm = self._sentence_subject_group(head)
        lead = re.match(r"[A-ZÅÄÖ][\wåäö-]*", head)
        frm = (frm and (_own_body(frm, body) or frm)) or (lead and _own_body(lead.group(0), body))
        mid, to = _target(m.group("mid"), ctx), _target(m.group("to"), ctx)
        if not frm or not mid or not to or not self._is_body(mid) or not self._is_body(to):
            return False
        item = ctx.item.number if ctx.item else None
        for g in (mid, to):
            self.group(g, item)
        self.mandate(frm, mid, "reports_to", item, pos)
        self.mandate(mid, to, "reports_to", item, pos)
        return True

    def _md_subordinate(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"G arbetar underställd H": G reports to H."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        # "Rådet är sedan i våras underställt X": since when, between the verb and the word
        m = "underställ" in s and re.search(r"(?:arbetar|är)\s+(?:(?:sedan|från\s+och\s+med|numera|nu)\s+(?:i\s+)?[\wåäö-]+"
                                            r"(?:\s+\d{4})?\s+)?underställ[dt]?\s+(?P<to>.+)$", s)
        if m:
            frm = self._sentence_subject_group(s[:m.start()])
            # a line without a full stop before it: the body right before the verb is the subject
            near = None if frm else re.search(r"(?P<g>[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|teamet|nämnden))\s*$", s[:m.start()])
            frm = frm or (near and self._sentence_subject_group(near.group("g")))
            frm = frm and (_own_body(frm, self._meeting_body()) or frm)  # "Rådet är underställt …": the body that met
            # "… och rapporterar dit": a clause after "och" (not "Ledningsgruppen för vård och omsorg")
            to = _target(re.split(r"\s+(?:och|samt)\s+(?=[a-zåäö]+(?:ar|er|r)\b)", m.group("to"))[0], ctx)
            if frm and to:
                self.mandate(frm, to, "reports_to", item, pos)
        return False

    def _as_members_shall(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"Ledamöterna ska förankra rutinen i sin organisation": a task of the members of the body that
        met, each in their own organisation; the body is its assignee."""
        m = MEMBERS_SHALL.match(s.strip())
        body = self._meeting_body()
        if not m or not body:
            return False
        self.assignment([body], m.group("task"), origin=origin, pos=pos, given_by=giver or body)
        return True

    # a delegation written as a list under its heading: "Delegeras till styrgruppen:" / "Delegeras till ordföranden
    # under perioden 15 juni–15 augusti:" and then "- att fördela …", "a) beslut om …"
    _DELEGATION_HEAD = re.compile(r"^(?:Följande\s+)?(?:[Dd]elegeras|[Dd]elegeras\s+härmed|[Dd]elegation)\s+(?:till|åt)\s+"
                                  r"(?P<to>[^:;.]{3,80}?)(?P<when>\s+(?:under|fr\.?\s?o\.?\s?m\.?|från|till\s+och\s+med|"
                                  r"t\.?\s?o\.?\s?m\.?)\b[^:;]*)?\s*:\s*(?P<rest>.*)$")
    _LIST_MARK = re.compile(r"(?:^|\s)(?:[a-h]\)|[1-9]\)|[-•–*])\s+")
    _ROLE_HELD = {"ordföranden": "ordförande", "vice ordföranden": "vice ordförande", "sekreteraren": "sekreterare",
                  "sammankallande": "sammankallande"}

    def _delegation_list(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """A heading that delegates to a body or a role holder, and the list of matters under it: each
        matter is a task of the one delegated to, given by the body that met; a body is delegated to."""
        item = self.ctx.item.number if self.ctx.item else None
        head = self._DELEGATION_HEAD.match(s)
        if not head:
            held = getattr(self, "_delegated_to", None)
            if not held or held[1] != item:
                return False
            t = re.sub(r"^(?:[a-h]\)|[1-9]\)|[-•–*])\s+", "", s.strip())
            if not t[:1].islower():
                self._delegated_to = None  # the list ends where a sentence of its own begins
                return False
            self._delegate_matters(held[0], [t], held[2], origin=origin, pos=pos, giver=giver)
            return True
        raw = head.group("to").strip()
        role = self._ROLE_HELD.get(raw.casefold())
        if role:
            to = [e.name for e in self.p.attendance if role in [r.casefold() for r in e.roles]][:1]
            is_body = False
        else:
            b = self._group_phrase(raw) or self._body_ref(raw)
            to, is_body = ([b], True) if b and self._is_body(b) else (self._people(raw) or [], False)
        if not to:
            return False
        when = (head.group("when") or "").strip()
        self._delegated_to = (to, item, (when, is_body))
        body = self._meeting_body()
        if is_body and body:
            self.group(to[0], item)
            self.mandate(body, to[0], "delegates", item, pos)
        matters = [x.strip(" ;,") for x in self._LIST_MARK.split(head.group("rest") or "") if x.strip(" ;,")]
        self._delegate_matters(to, matters, (when, is_body), origin=origin, pos=pos, giver=giver)
        return True

    def _delegate_matters(self, to: list[str], matters: list[str], how: tuple, *, origin: str, pos: int | None,
                          giver: str | None) -> None:
        when, _ = how
        for t in matters:
            t = re.sub(r"^att\s+", "", t.strip().rstrip("."))
            if len(t.split()) < 2:
                continue
            # "beslut om köp av plats": the matter by its noun, the task to decide it
            t = re.sub(r"^beslut\s+om\s+", "besluta om ", t)
            self.assignment(to, f"{t} {when}".strip() if when else t, origin=origin, pos=pos,
                            given_by=giver or self._meeting_body())

    # "Delegationen till ordföranden förlängs till och med den 31 december 2027": a standing delegation kept, what it
    # covers said before it in the item ("… har ordföranden haft delegation att besvara mindre remisser …")
    _DELEGATION_KEPT = re.compile(r"^(?:[Dd]elegationen|[Dd]elegationsuppdraget)\s+(?:till|åt)\s+(?P<to>[^.;:]{3,80}?)\s+"
                                  r"(?:förlängs|har\s+förlängts|kvarstår|gäller\s+vidare|fortsätter\s+att\s+gälla)"
                                  r"(?P<when>\s+(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till|ytterligare)\b[^.;]*)?\s*\.?$")
    _DELEGATION_COVERS = re.compile(r"\bdelegation\s+att\s+(?P<task>[a-zåäö][^.;]{5,160}?)\s*(?:[.;]|$)")

    def _delegation_kept(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Delegationen till X förlängs till och med …": the one delegated to keeps the task the item told
        before it ("X har haft delegation att …"), given by the body that met, due when it ends.

        The body that met, not X, is the one who decided; X only carries the delegation on."""
        m = self._DELEGATION_KEPT.match(s.strip())
        if not m or not self.ctx.item:
            return False
        body = re.sub(r"\s+", " ", self.ctx.item.body or "")
        upto = body.find(s.strip()[:30])
        covers = list(self._DELEGATION_COVERS.finditer(body[:upto] if upto > 0 else body))
        if not covers:
            return False
        raw = m.group("to").strip()
        role = self._ROLE_HELD.get(raw.casefold())
        if role:
            to = [e.name for e in self.p.attendance if role in [r.casefold() for r in e.roles]][:1]
        else:
            b = self._group_phrase(raw) or self._body_ref(raw)
            to = [b] if b and self._is_body(b) else (self._people(raw) or [])
        if not to:
            return False
        task = covers[-1].group("task")
        when = (m.group("when") or "").strip()
        self.assignment(to, f"{task} {when}".strip(), origin=origin, pos=pos, given_by=giver or self._meeting_body())
        return True

    _DELEGATED_PASSIVE = re.compile(
        r"^(?P<what>[A-ZÅÄÖ][^.;:]{2,100}?)\s+(?:delegeras|har\s+delegerats|överlåts|har\s+överlåtits)\s+(?:till|åt)\s+"
        r"(?P<to>[^.;,]+?)(?:,\s*(?:som|vilken|vilket)\b.*|\s+(?:som|och|med|senast|från|under)\b.*)?\.?$")
    # a matter named by its noun, as the task the body is to carry out
    _NOUN_TASKS = (("uppföljningen av", "följa upp"), ("ansvaret för", "ansvara för"), ("samordningen av", "samordna"),
                   ("arbetet med", "arbeta med"), ("uppdraget att", ""), ("uppdraget med", "arbeta med"),
                   ("planeringen av", "planera"), ("beredningen av", "bereda"), ("genomförandet av", "genomföra"))

    _DOES_ITSELF = re.compile(r"\b(?:till|åt)\s+(?P<to>[^,;.]{3,90}?),\s+som\s+(?:själv|själva|självt)\s+"
                              r"(?P<verb>(?!har\b|hade\b|är\b|var\b)[a-zåäö]{3,}(?:ar|er|ir|år|ör))\s+(?P<rest>[^,;]{3,120}?)\s*\.?$")

    def _body_does_itself(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"… erbjuda en plats i referensgruppen till nätverket, som själv utser sin representant": the body
        handed the matter settles the rest itself, its task given by the body that met."""
        m = self._DOES_ITSELF.search(s)
        if not m:
            return False
        # "till nätverket för försörjningsstödschefer" in a nätverk's own minutes: the body named in full
        raw = m.group("to").strip()
        named = [g.name for g in find_groups(raw[:1].upper() + raw[1:]) if not g.generic_head]
        if not named and re.fullmatch(r"[a-zåäö]+(?:et|en|na)", raw) and self.ctx.item:
            # "till nätverket": the one body of that kind the item names, other than the one that met
            stem = re.sub(r"(?:et|en|na)$", "", raw)
            body = self._meeting_body() or ""
            named = list(dict.fromkeys(g.name for g in find_groups(self.ctx.item.body or "") if not g.generic_head
                                       and g.name.casefold().startswith(stem) and not _one_name(g.name, body)))
            named = named if len(named) == 1 else []
        to = named[0] if named else self._body_ref(raw)
        if not to or not self._is_body(to):
            return False
        body = self._meeting_body()
        if body and _one_name(to, body):
            return False
        item = self.ctx.item.number if self.ctx.item else None
        self.group(to, item)
        self.assignment([to], f"{_present_to_infinitive(m.group('verb'))} {m.group('rest')}", origin=origin, pos=pos,
                        given_by=giver or body)
        return True

    # the work itself handed to a body: "(beslutade att) lämna arbetet med utkastet till Arbetsgrupp X",
    # "Arbetet med kartläggningen läggs på Arbetsgrupp X"
    _WORK_HANDED = re.compile(
        r"(?:^|\batt\s+)(?:lämna|överlämna|lägga)\s+(?:över\s+)?(?P<what>(?:arbetet|uppdraget)\s+(?:med|att)\s+[^.;:]{2,100}?)"
        r"\s+(?:till|på|åt)\s+(?P<to>[A-ZÅÄÖ][^.;,]+?)"
        r"(?:,\s*(?:som|vilken|vilket)\b.*|\s+(?:som|och|senast|från|under)\b.*)?\.?$"
        r"|^(?P<what2>(?:Arbetet|Uppdraget)\s+(?:med|att)\s+[^.;:]{2,100}?)\s+(?:lämnas|överlämnas|läggs)\s+(?:över\s+)?"
        r"(?:till|på|åt)\s+(?P<to2>[A-ZÅÄÖ][^.;,]+?)(?:,\s*(?:som|vilken|vilket)\b.*|\s+(?:som|och|senast|från|under)\b.*)?\.?$")

    def _delegated_passive(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Uppföljningen av betalningsansvaret delegeras till Arbetsgrupp utskrivning", "lämna arbetet med
        utkastet till Arbetsgrupp X": the body the matter is handed to has it as its task, given by the body
        that met."""
        m = self._DELEGATED_PASSIVE.match(s)
        w = None if m else self._WORK_HANDED.search(s)
        to = (m and self._body_ref(m.group("to"))) or (w and self._body_ref(w.group("to") or w.group("to2")))
        if not to or not self._is_body(to):
            return False
        what = m.group("what") if m else (w.group("what") or w.group("what2"))
        task = next((f"{verb} {what[len(noun):].strip()}".strip() for noun, verb in self._NOUN_TASKS
                     if what.casefold().startswith(noun)), f"ansvara för {what[0].lower()}{what[1:]}")
        body = self._meeting_body()
        item = self.ctx.item.number if self.ctx.item else None
        self.group(to, item)
        self.assignment([to], task, origin=origin, pos=pos, given_by=giver or body)
        self.mandate(body, to, "delegates", item, pos)
        return True

    def _both_named(self, raw: str) -> list[str] | None:
        """The two bodies "båda samverkansgrupperna" means: those of the kind the item names, the body that
        met among them when it is of that kind; None unless there are exactly two."""
        m = re.match(r"båda\s+(?:de\s+)?(?P<kind>[a-zåäö]{4,}?)(?:erna|arna|orna|na)\b", raw.strip())
        if not m or not self.ctx.item:
            return None
        kind = m.group("kind")
        found: list[str] = []
        for name in [self._meeting_body() or ""] + [g.name for g in find_groups(self.ctx.item.body or "")
                                                    if not g.generic_head]:
            if kind in name.casefold() and not any(_one_name(name, x) for x in found):
                found.append(name)
        return found if len(found) == 2 else None

    _WORK_IS_UPPDRAG_RE = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]{3,}(?:en|et|na))(?:\s+(?:av|om|för)\s+[^.;:]{1,80}?)?\s+är\s+"
                                     r"(?:ett\s+)?uppdrag\s+(?:från|av)\s+(?P<from>[^.;,(]+?)\s*\.?$")

    def _md_work_is_uppdrag(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                            giver: str | None = None) -> bool:
        """"Uppföljningen är ett uppdrag från LSVO": the body that met does the work for the one named."""
        m = self._WORK_IS_UPPDRAG_RE.match(s)
        frm = self._body_ref(m.group("from")) if m else None
        to = self._meeting_body()
        if frm and to and not _one_name(frm, to):
            self.mandate(frm, to, "delegates", self.ctx.item.number if self.ctx.item else None, pos)
        return False

    def _as_given_in_relative(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                              giver: str | None = None) -> bool:
        """"Av sammanställningen framgår 14 ärenden som nämnden uppdragit åt förvaltningschefen att bereda": the
        task, given earlier by the body that met, told in a relative clause with its verb last."""
        m = "uppdragit åt" in s and _GIVEN_IN_RELATIVE.search(s)
        body = self._meeting_body()
        if not m or not body or not _own_body(m.group("giver"), body):
            return False
        who = self._people(m.group("who")) if m.group("who")[:1].isupper() else None
        holder = None if who else self.ctx.role_holder(m.group("who"))
        who = who or ([holder] if holder else None)
        if not who:
            return False
        self.assignment(who, f"{m.group('verb')} {m.group('obj')}", origin=origin, pos=pos, given_by=body)
        return True

    def _md_owner_directive(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                            giver: str | None = None) -> bool:
        """"Kommunfullmäktige i X kommun har antagit nya ägardirektiv för bolaget": the owner's fullmäktige steers
        the company's board that met."""
        m = _OWNER_DIRECTIVE.search(s)
        body = self._meeting_body()
        if not (m and body and re.match(r"(?:Styrelsen|Bolagsstyrelsen),\s", body)):
            return False
        owner = m.group("owner")
        place = re.match(r"(?P<k>Kommunfullmäktige|Regionfullmäktige)\s+i\s+(?P<o>.+)$", owner)
        owner = f"{place.group('k')}, {place.group('o')}" if place else owner
        item = self.ctx.item.number if self.ctx.item else None
        self.group(owner, item)
        self.mandate(owner, body, "delegates", item, pos)
        return False

    def _md_serves_as(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"G fungerar som arbetsgrupp till H som styrgrupp": G reports to H."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = "fungerar" in s and re.search(r"fungerar\s+som\s+(?:\w+\s+)?(?:arbetsgrupp|referensgrupp|beredningsgrupp|\w+grupp)\s+(?:med|till|åt|under)\s+(?P<to>.+?)\s+som\s+(?:styrgrupp|uppdragsgivare|ägare)", s)
        if m:
            frm = self._sentence_subject_group(s[:m.start()])
            to = _target(m.group("to"), ctx)
            if frm and to:
                self.group(frm, item)
                self.mandate(frm, to, "reports_to", item, pos)
        return False

    # "Samrådsorganet godkände planen, som LVO fick i uppdrag att ta fram i maj, och vill ha en lägesrapport vid varje
    # möte": the body of the main clause gave the task of the relative clause, and wants reports from who holds it
    _RELATIVE_UPPDRAG = re.compile(
        r"^(?P<a>[A-ZÅÄÖ][^,.;:]{1,80}?)\s+(?:godkände|godkänner|antog|antar|fastställde|fastställer|tog\s+emot|"
        r"behandlade|ställde\s+sig\s+bakom)\s+(?P<obj>[^,;:]{3,140}?),\s+som\s+(?P<b>[A-ZÅÄÖ][^,;:]{0,60}?)\s+"
        r"(?:fick|hade\s+fått|har\s+fått)\s+i\s+uppdrag\s+(?:av\s+[^,;:]+?\s+)?att\s+"
        r"(?P<v>[a-zåäö]{2,}(?:\s+(?:fram|över|in|upp|ut))?)\b[^,;:]*(?P<rest>.*)$")
    _WANTS_REPORT = re.compile(r"(?:^|,?\s+och\s+)vill\s+ha\s+(?:en\s+)?(?:läges|åter)?rapport(?:er|en)?\b")

    def _md_relative_uppdrag(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                             giver: str | None = None) -> bool:
        """"A godkände X, som B fick i uppdrag att ta fram, och vill ha en lägesrapport vid varje möte": A gave B
        the task of making X, and B reports to A."""
        m = self._RELATIVE_UPPDRAG.match(s)
        if not m:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        frm, to = self._body_ref(m.group("a")), self._body_ref(m.group("b"))
        if frm and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+(?:et|en)", frm):
            # "Cecilia återrapporterade från PSO:s möte. Samrådsorganet godkände …": the body whose meeting was told of
            text = self.ctx.item.body if self.ctx.item else ""
            at = text.find(s[:40])
            before = re.split(r"(?<=[.!?])\s+", text[:at].strip())[-1] if at > 0 else ""
            told = [x.group("a") or x.group("b") for x in _ACRONYM_MEETS.finditer(before)]
            frm = self._body_ref(told[-1]) or told[-1] if told else frm
        if not frm or not to or frm == to or not self._is_body(frm) or not self._is_body(to):
            return False
        obj = re.sub(r"^(?:den|det|de)\s+", "", m.group("obj").strip())
        self.assignment([to], f"{m.group('v')} {obj}", origin=origin, pos=pos, given_by=frm)
        self.mandate(frm, to, "delegates", item, pos)
        if self._WANTS_REPORT.search(m.group("rest")):
            self.mandate(to, frm, "reports_to", item, pos)
        return False

    _THEN_ON_RE = re.compile(r"^(?:Ärendet|Frågan|Förslaget|Underlaget|Det|Den|Rutinen|Planen|Utkastet)\s+(?:går|lyfts|skickas|lämnas|förs)"
                             r"\s+(?:sedan|därefter|därifrån)\s+(?:vidare\s+)?till\s+(?P<to>[^.;,]+?)\s+för\s+"
                             r"(?:beslut|fastställande|fastställelse|godkännande|ställningstagande|antagande)\b")
    _HANDED_TO_RE = re.compile(r"\b(?:lämnas|skickas|överlämnas|lyfts|går)\s+(?:vidare\s+|över\s+)?till\s+(?P<b>[^.;,]+?)"
                               r"(?:\s+(?:i|den|vid|inför|senast|på|under|efter)\b[^.;]*)?\.?$")

    def _md_then_goes_on(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"Förslaget lämnas till RLG. Ärendet går sedan vidare till PSR för beslut.": the body the sentence
        before handed the matter to refers it on; the body that met handed it there."""
        m = self._THEN_ON_RE.match(s.strip())
        body = self._meeting_body()
        if not m or not body or not self.ctx.item:
            return False
        text = re.sub(r"\s+", " ", self.ctx.item.body or "")
        at = text.find(s.strip()[:40])
        before = [x for x in re.split(r"(?<=[.!?])\s+", text[:at].strip()) if x] if at > 0 else []
        hm = self._HANDED_TO_RE.search(before[-1]) if before else None
        b = self._body_ref(hm.group("b")) if hm else None
        to = self._body_ref(m.group("to"))
        if not b or not to or _one_name(b, to):
            return False
        item = self.ctx.item.number
        if not _one_name(body, b):
            self.mandate(body, b, "refers", item, pos)
        self.mandate(b, to, "refers", item, pos)
        return True

    def _md_reported_in(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"… återkopplas/återrapporteras/redovisas till H": who does the work reports to H."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = re.search(r"återkopplas|återrapporteras|redovisas|rapporteras", s) and (
            re.search(r"(?:återkopplas|återrapporteras|redovisas|rapporteras)\s+(?:in\s+)?(?:(?:gemensamt|samlat|skriftligt|muntligt)\s+)?(?:i|till|för)\s+(?P<to>.+)$", s)
            # "båda delarna redovisas vid LSVO:s möte i november": at the meeting of the body it goes to
            or _AT_BODYS_MEETING.search(s))
        # "Återrapport till LSVO 2026-05-15.": the report back as a noun, a sentence of its own after the task
        m = m or _REPORT_BACK_NOUN.match(s) or _REPORT_BACK_JOINED.search(s)
        if m:
            to = _target(m.group("to"), ctx)
            head = s[:m.start()]
            frm = None
            task_text = re.sub(r"^Det\s+finns\s+[^.]*?\s+och\s+(?=tillsammans)", "", s)
            am = re.search(rf"(?:hanteras|görs|utförs|genomförs)\s+av\s+(?P<g>{_ADJ}{_HEAD}\w*)", head)
            if am:
                gs = find_groups(am.group("g"))
                frm = ctx.resolve_generic(gs[0]) if gs else None
            # "Styrgruppen gav de lokala närvårdsgrupperna i uppdrag … Resultaten redovisas för styrgruppen": each of them
            given = [] if frm or ctx.working_group else self._delegated_in_item(item, to)
            if not frm and re.match(r"(?i)(?:båda|bägge|alla|samtliga)\s+(?:delarna|uppdragen|förslagen)\b", head):
                # "att uppdra åt A …, att uppdra åt B …, att båda delarna redovisas vid LSVO:s möte": each body the
                # decision gave a part
                given = list(dict.fromkeys(m.to_body for m in self.out.mandates if m.item == item and m.kind == "delegates"
                                           and to and _one_name(m.from_body, to)))
            frm = frm or ctx.working_group or (given[0] if given else None)
            gm = None if frm else re.search(r"\b(?:ger|gav|ge)\s+(?P<g>[A-ZÅÄÖ][^;]{2,80}?)\s+i\s+uppdrag\b"
                                             r"|\buppdra(?:r|g)?\s+åt\s+(?P<g2>[^;]{2,80}?)\s+att\b"
                                             # "Styrgrupp X får i uppdrag att …; återrapport till LSVO …"
                                             r"|^(?:Uppdrag\s*:\s*)?(?P<g3>[A-ZÅÄÖ][^;]{2,80}?)\s+(?:får|fick|ges|gavs)\s+i\s+uppdrag\b"
                                             # "(… informerar från LVO:s möte:) Styrgrupp X har fått i uppdrag av LVO att
                                             # ta fram en modell, som ska rapporteras till LVO": the group holding it
                                             r"|(?:^|:\s+)(?P<g4>[A-ZÅÄÖ][^;:]{2,80}?)\s+har\s+fått\s+i\s+uppdrag\b",
                                             head)
            if gm:
                # "ger Arbetsgrupp X i uppdrag att …; förslaget redovisas för styrgruppen": the group given the task
                frm = self._body_ref(gm.group("g") or gm.group("g2") or gm.group("g3") or gm.group("g4"))
            if not frm and m.re is _REPORT_BACK_JOINED and m.group(0).lstrip(" ,")[:3] == "och":
                # "Samverkansgruppen lyder under RLG och återrapportering sker till RLG …": the clause's subject reports
                subj = re.match(r"^\s*(?P<g>[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|teamet|nätverket))\b", head)
                frm = subj and self._sentence_subject_group(subj.group("g"))
                frm = frm and (_own_body(frm, self._meeting_body()) or frm)
            if to and not frm and self.p.body and to != self.p.body and self._is_body(to) and not re.search(
                    r"\binnan\s+det\b", s):
                frm = self.p.body  # "Utvärderingsplanen återrapporteras till styrgruppen": the body's own work
            if to:
                if frm:
                    for one in given or [frm]:
                        self.mandate(one, to, "reports_to", item, pos)
                    if am:
                        self.assignment([frm], task_text, origin="narrative" if pos is None else "decision",
                                        pos=pos, given_by=None, context=s, report_to=to)
                lm = re.search(r"\bin\s+i\s+(?P<a>.+?)\s+innan\s+det\s+lyfts\s+(?:vidare\s+)?till\s+(?P<b>.+)$", s)
                if lm:
                    a, b = _target(lm.group("a"), ctx), _target(lm.group("b"), ctx)
                    if a and b:
                        self.mandate(a, b, "reports_to", item, pos)
                # "… återrapporteras till samverkansgruppen i november och därefter lyftas till LSVO": the body
                # reported to takes it on
                then = re.search(r"\s(?:och\s+)?(?:därefter|sedan)\s+(?:lyftas|lyfts)\s+(?:vidare\s+)?till\s+(?P<b>.+)$", s)
                if then and (b := _target(then.group("b"), ctx)) and not _one_name(to, b):
                    self.mandate(to, b, "reports_to", item, pos)
        return False

    # "RLG överlämnar uppdraget om handlingsplan mot ensamhet till Samverkansgrupp Äldre, som redovisar ett utkast
    # för RLG i maj", "RLG överlämnade uppdraget från rådet att ta fram en plan till samverkansgruppen"
    _HANDED_TASK_RE = re.compile(
        r"^(?:[A-ZÅÄÖ][^.;]{0,40}?\s+(?:informerade|informerar|meddelade|berättade)\s+(?:om\s+)?att\s+)?"
        r"(?:(?P<giver>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,6}?)(?:\s+(?:den|i)\s+[^.;]{1,30}?)?\s+(?:har\s+)?)?"
        r"(?:[Öö]verlämnar|överlämnade|överlämna|lämnar\s+över|lämnade\s+över)\s+uppdraget\s+(?:från\s+(?P<from>[^.;]{1,60}?)\s+)?"
        r"(?:om\s+(?P<about>[^.;]{3,120}?)|att\s+(?P<task>[^.;]{3,160}?))\s+till\s+(?P<to>[^.;,]{2,80}?)"
        r"(?:,\s+som\s+(?P<then>[^.;]{3,120}?))?\s*\.?$")

    def _as_handed_on_task(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                           giver: str | None = None) -> bool:
        """A task handed on to another body: the task is the receiver's, given by the body that hands it on."""
        m = self._HANDED_TASK_RE.match(s.strip())
        if not m:
            return False
        to = self._body_ref(m.group("to"))
        by = self._body_ref(m.group("giver")) if m.group("giver") else (self._meeting_body() if pos is not None else None)
        if not to or not by or not self._is_body(to):
            return False
        task = m.group("task") or f"genomföra uppdraget om {m.group('about')}"
        then = m.group("then")
        if then:
            verb, _, rest = then.partition(" ")
            task = f"{task} och {_present_to_infinitive(verb)} {rest}".rstrip()
            back = re.match(r"(?:redovisar|rapporterar|återrapporterar)\b[^.;]*?\b(?:för|till)\s+(?P<k>[A-ZÅÄÖ][\wåäöÅÄÖ-]+)", then)
            k = self._body_ref(back.group("k")) if back else None
            if k:  # "…, som redovisar ett utkast för RLG i maj": the receiver reports back
                self.mandate(to, k, "reports_to", self.ctx.item.number if self.ctx.item else None, pos)
        frm = self._body_ref(m.group("from")) if m.group("from") else None
        if frm and self._is_body(frm):  # "… uppdraget från Politiskt samverkansråd": whose task it was first
            self.mandate(frm, by, "delegates", self.ctx.item.number if self.ctx.item else None, pos)
        self.assignment([to], task, origin="decision" if pos is not None else origin, pos=pos, given_by=by)
        return False  # the mandate it states is read by the mandate rules

    def _as_reported_on_day(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                            giver: str | None = None) -> bool:
        """"att ge X i uppdrag att ta fram ett förslag …, och att förslaget redovisas vid nämndens sammanträde den
        11 februari 2026": the task given in the clause before is due on the day its result is reported."""
        if not _REPORTED_ON_DAY.match(s):
            return False
        due, due_date = _due(s, self.p.date)
        item = self.ctx.item.number if self.ctx.item else None
        last = next((a for a in reversed(self.out.assignments) if a.item == item and a.origin == "decision"), None)
        if due_date and last is not None and last.due_date is None:
            last.due, last.due_date = due, due_date
        return False

    def _delegated_in_item(self, item: str | None, giver: str | None) -> list[str]:
        """The bodies ``giver`` delegated to in its last delegation earlier in the item ("att uppdra åt G att …,
        att förslaget redovisas för ledningsgruppen"; "gav de lokala närvårdsgrupperna i uppdrag att …"): who
        reports back, all of those given the task in that sentence."""
        given = [m for m in self.out.mandates
                 if m.item == item and m.kind == "delegates" and giver and _one_name(m.from_body, giver)]
        if not given:
            return []
        last = given[-1]
        return [m.to_body for m in given if m.quote == last.quote and m.decision_position == last.decision_position]

    def _md_gave_task_report_back(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"H gav G i uppdrag att … och återrapportera (till K)": G reports to K, or to H."""
        m = _GAVE_REPORT_RE.match(s)
        if m:
            item = self.ctx.item.number if self.ctx.item else None
            h, g = self._body_ref(m.group("h")), self._body_ref(m.group("g"))
            k = m.group("k") or m.group("k2") or m.group("k3") or m.group("k4")
            to = self._body_ref(k) if k else h
            if h and g and to and self._is_body(g):
                self.mandate(g, to, "reports_to", item, pos)
        return False

    def _md_owned_subgroup(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"processteamets arbetsgrupp för läkemedel": a working group under a body reports to it."""
        m = _OWNED_SUBGROUP_RE.search(s)
        if m:
            owner = re.sub(r"(?::s|s)$", "", m.group("owner"))
            frm = self._body_ref(owner)
            name = re.sub(r"^(\w+?)(?:en)?(\s)", lambda x: x.group(1).capitalize() + x.group(2), m.group("g").strip(), count=1)
            text = " ".join(re.sub(r"\s+", " ", f"{it.title} {it.body}") for it in self.p.items).casefold()
            named = frm and (frm.casefold() in text or frm.casefold() == (self.p.body or "").casefold())
            if named and self._is_body(frm) and frm.casefold() != name.casefold():
                item = self.ctx.item.number if self.ctx.item else None
                self.group(name, item, parent=frm)
                self.mandate(name, frm, "reports_to", item, pos)
        return False

    _COLLECTIVE_REPORT_RE = re.compile(
        r"^(?:[Dd]e|[Aa]lla|[Ss]amtliga)\s+(?:[a-zåäö]+a\s+){0,2}(?P<kind>[a-zåäö]*(?:grupp|team|nätverk|råd))"
        r"(?:erna|en|na)\s+(?:\w+\s+)?(?:åter)?rapporterar\s+(?:\w+\s+)?till\s+(?P<to>[^.;,]+)$")

    def _md_collective_reports_to(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                                  giver: str | None = None) -> bool:
        """"De lokala närvårdsgrupperna rapporterar till samordningsgruppen": each group of that kind
        the item names reports there."""
        m = self._COLLECTIVE_REPORT_RE.match(s)
        if not m:
            return False
        to = _target(m.group("to"), self.ctx)
        item = self.ctx.item
        if not to or not item or not self._is_body(to):
            return False
        kind = m.group("kind").casefold()
        for g in find_groups(_flatten(item.body or "")):
            if not g.generic_head and kind in g.name.casefold() and g.name[:1].isupper() and " " in g.name:
                self.group(g.name, item.number)
                self.mandate(g.name, to, "reports_to", item.number, pos)
        return False

    _AS_TASKED_RE = re.compile(r",?\s+enligt\s+(?:uppdraget|uppdrag)\s+(?:från|av)\s+(?P<g>[^.;,]+?)\s*(?:[.;,]|$)")

    def _md_as_tasked(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                      giver: str | None = None) -> bool:
        """"… hur Arbetsgrupp SIP lagt upp arbetet, enligt uppdraget från styrgruppens möte i januari": the
        body whose work it is works for the body that gave the uppdrag."""
        m = self._AS_TASKED_RE.search(s)
        if not m:
            return False
        named = [g for g in find_groups(s[:m.start()]) if not g.generic_head]
        gm = re.match(r"(?P<b>[\wåäöÅÄÖ-]+?)(?::s|s)\s+(?:möte|sammanträde)\b", m.group("g"))
        frm = self._body_ref(gm.group("b") if gm else m.group("g"))
        if len(named) != 1 or not frm:
            return False
        to = self.ctx.resolve_generic(named[0]) or named[0].name
        if to.casefold() != frm.casefold():
            self.group(to, self.ctx.item.number if self.ctx.item else None)
            self.mandate(frm, to, "delegates", self.ctx.item.number if self.ctx.item else None, pos)
        return False

    _BEHIND_PROPOSAL_RE = re.compile(
        r"^(?:(?P<x>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäöÅÄÖ-]+){0,5}?)\s+)?(?:ställer|ställde|ställa)\s+sig\s+bakom\s+"
        r"(?P<g>[\wåäöÅÄÖ-]+?)(?::s|s)\s+förslag\b")

    def _md_behind_proposal(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                            giver: str | None = None) -> bool:
        """"Samverkansgruppen ställer sig bakom processteamets förslag": the body whose proposal it is
        recommends it to the body that takes its stand."""
        m = self._BEHIND_PROPOSAL_RE.match(s)
        if not m:
            return False
        x = ((_own_body(m.group("x"), self._meeting_body()) or self._body_ref(m.group("x"))) if m.group("x")
             else giver or self._meeting_body())  # a decided clause: the body that decided
        gs = find_groups(m.group("g"))
        if not gs:
            return False
        # "processteamets": the one body of that kind the item names in full
        frm = self._items_one_group(gs[0].generic_head) if gs[0].generic_head else gs[0].name
        if x and frm and frm.casefold() != x.casefold():
            self.mandate(frm, x, "recommends", self.ctx.item.number if self.ctx.item else None, pos)
        return False

    _LIKE_THE_OTHERS_RE = re.compile(
        r"^(?P<x>.+?)\s+rapporterar\s+(?:också\s+|även\s+)?till\s+(?P<to>.+?)\s+på\s+samma\s+sätt\s+som\s+(?:de\s+)?"
        r"(?P<kind>[a-zåäö-]{4,}?)(?:erna|arna|orna|na)\s+i\s+(?P<places>[A-ZÅÄÖ][\wåäö-]+(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäö-]+)*)$")

    def _md_like_the_others(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                            giver: str | None = None) -> bool:
        """"Gruppen rapporterar till samordningsgruppen på samma sätt som närvårdsgrupperna i Åby och
        Tallvik": the sibling groups, named as this one is with their own place, report there too."""
        m = self._LIKE_THE_OTHERS_RE.match(s)
        if not m:
            return False
        x = (self._group_before(s) if re.fullmatch(r"(?i)gruppen", m.group("x").strip()) else None) or _target(m.group("x"), self.ctx)
        to = _target(m.group("to"), self.ctx)
        kind = m.group("kind").casefold()
        if not x or not to or kind not in x.casefold() or " " not in x or not x.split()[-1][:1].isupper():
            return False
        item = self.ctx.item.number if self.ctx.item else None
        stem = x.rsplit(" ", 1)[0]  # "Lokal närvårdsgrupp Ekö" -> "Lokal närvårdsgrupp"
        for place in re.split(r",\s*|\s+och\s+", m.group("places")):
            sibling = f"{stem} {place}"
            self.group(sibling, item)
            self.mandate(sibling, to, "reports_to", item, pos)
        return False

    def _md_referred_earlier(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                             giver: str | None = None) -> bool:
        """"… ärendet som Styrgrupp X lyfte till Ledningsgruppen Y i mars …": a referral told in a relative
        clause, between the two bodies it names."""
        item = self.ctx.item.number if self.ctx.item else None
        for m in _REFERRED_EARLIER.finditer(s):
            frm = self._body_ref(m.group("from"))
            to = _target(_WHEN_TAIL.sub("", m.group("to")), self.ctx)
            if frm and to and frm != to and self._is_body(frm) and self._is_body(to):
                self.mandate(frm, to, "refers", item, pos)
        return False

    def _md_hands_in_report(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                            giver: str | None = None) -> bool:
        """"… och SBU lämnar sin årsrapport till RLG i oktober": a body handing in its report reports there."""
        item = self.ctx.item.number if self.ctx.item else None
        for m in _HANDS_IN_REPORT.finditer(s):
            x, to = self._body_ref(m.group("x")), _target(_WHEN_TAIL.sub("", m.group("to")), self.ctx)
            if x and to and x != to and self._is_body(x) and self._is_body(to):
                self.mandate(x, to, "reports_to", item, pos)
        return False

    _OWN_TEAM_REPORTS = re.compile(r"^(?P<x>[A-ZÅÄÖ][^.;,]{2,80}?)\s+är\s+(?P<own>[a-zåäö]{4,}?)s\s+(?:[a-zåäö]+\s+)?"
                                   r"(?:team|arbetsgrupp|nätverk)\s+och\s+(?:åter)?rapporterar\s+till\s+(?P<again>[a-zåäö]{4,}?)"
                                   r"(?:en|et)?\b")

    def _md_own_team(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"Teamet är ledningsgruppens operativa team och rapporterar till ledningsgruppen": the body whose team it
        is gave it its work, and it reports there; "Teamet" the team the sentence before names."""
        m = self._OWN_TEAM_REPORTS.match(s)
        if not m or not m.group("own").startswith(m.group("again")):
            return False
        to = self._body_ref(m.group("own"))
        x = m.group("x")
        if x in ("Teamet", "Gruppen", "Nätverket"):
            before = self._group_before(s)
            x = before if before and x[:-2].casefold() in before.casefold() else None
        else:
            x = self._body_ref(x)
        if x and to and x != to:
            item = self.ctx.item.number if self.ctx.item else None
            self.mandate(to, x, "delegates", item, pos)
            self.mandate(x, to, "reports_to", item, pos)
        return False

    _BODY_OF_ANOTHER = re.compile(r"^(?P<x>[A-ZÅÄÖ][^.;,]{2,80}?)\s+är\s+(?P<own>[A-ZÅÄÖ][\wåäö-]{1,40}?|[a-zåäö]{4,}?)(?::s|s)\s+"
                                  r"(?:taktiska|operativa|strategiska|beredande|verkställande)\s+"
                                  r"(?P<kind>(?:samverkans|arbets|styr|berednings|lednings|process)?(?:grupp|team|nätverk|organ|forum))\b")
    _IT_REPORTS = re.compile(r"^(?P<it>[A-ZÅÄÖ][a-zåäö]+)\s+[^.;]{0,160}?\b(?:åter)?rapporterar\s+till\s+(?P<to>[^.;,]+?)"
                             r"(?:\s+(?:och|samt|en\s+gång|(?:två|tre|fyra)\s+gånger|varje|senast|i|om|efter)\b.*)?[.”\"]*$")

    def _md_body_of_another(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                            giver: str | None = None) -> bool:
        """"Samverkansgrupp äldre är RLG:s taktiska grupp för …": the body whose group it is gave it its work;
        "Gruppen … rapporterar till RLG" in the next sentence is that group's report."""
        # (after a lead-in that quotes it: "Ur uppdragsbeskrivningen citeras: ”X är …")
        m = self._BODY_OF_ANOTHER.match(re.split(r"[”“\"]|:\s", s)[-1].strip())
        if not m or m.group("x").split()[0] in ("Teamet", "Gruppen", "Nätverket", "Det", "Den", "Detta", "Vi"):
            return False
        gs = find_groups(m.group("x"))
        x = gs[0].name if gs and gs[0].start == 0 and not gs[0].generic_head else None
        to = self._body_ref(m.group("own"))
        if not x or not to or x.casefold() == to.casefold() or not self._is_body(to):
            return False
        item = self.ctx.item.number if self.ctx.item else None
        self.mandate(to, x, "delegates", item, pos)
        text = re.sub(r"\s+", " ", (self.ctx.item.body or "") if self.ctx.item else "")
        at = text.find(s[:40])
        if at >= 0:
            after = text[at + len(s):].lstrip(" .”\"")
            nxt = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", after, maxsplit=1)[0] if after else ""
            r = self._IT_REPORTS.match(nxt)
            if r and m.group("kind").casefold().endswith(r.group("it").casefold()[:-2].removeprefix("arbets")
                                                          .removeprefix("samverkans")) and r.group("it")[-2:] in ("en", "et"):
                z = self._body_ref(r.group("to"))
                if z and z.casefold() != x.casefold() and self._is_body(z):
                    self.mandate(x, z, "reports_to", item, pos)
        return False

    def _md_attached_to(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                        giver: str | None = None) -> bool:
        """"Referensgruppen är knuten till Styrgrupp X och rapporterar dit": it reports to that body."""
        m = _ATTACHED_REPORTS.match(s)
        if not m or m.group("again") and m.group("again") not in m.group("to").casefold():
            return False
        x, to = self._body_ref(m.group("x")), self._body_ref(m.group("to"))
        if x and to and x != to:
            self.mandate(x, to, "reports_to", self.ctx.item.number if self.ctx.item else None, pos)
        return False

    def _md_raised_by(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"Frågan har väckts av Samverkansgrupp äldre": the body that raised the question referred it to the body
        whose minutes these are."""
        m = _RAISED_BY.match(s)
        body = self._meeting_body()
        frm = self._body_ref(m.group("from")) if m and body else None
        if not frm or not self._is_body(frm) or is_person_name(frm) or frm.casefold() == body.casefold():
            return False
        item = self.ctx.item.number if self.ctx.item else None
        self.group(frm, item)
        self.mandate(frm, body, "refers", item, pos)
        return True

    def _md_works_on_behalf(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"G arbetar på uppdrag av H och K": H and K delegate to G."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        rel = _WORKS_FOR_RELATIVE.search(s)
        if rel and (body := self._meeting_body()):
            # "… tar upp frågan med Styrgrupp X, som gruppen arbetar på uppdrag av": the body named just before
            # (its place after the name the vocabulary knows: "Styrgrupp Nära vård" + " Mälarby")
            found = [g for g in find_groups(s[:rel.start()])
                     if re.fullmatch(r"(?:\s+[A-ZÅÄÖ][\wåäö-]*)*", s[g.end:rel.start()])]
            whole = s[found[-1].start:rel.start()].strip() if found else None
            f = (_target(whole, ctx) or whole) if whole else None
            if f and f != body:
                self.mandate(f, body, "delegates", item, pos)
        own = (self._meeting_body() or "").split(",")[0].strip()
        if own and " " in own and s.startswith(own + " ") and not _KIND_WORD_IN.search(own):
            # "SSPF område Norr arbetar på uppdrag av …": the body that met by its name, which names no kind of body
            s = "Vi" + s[len(own):]
        # "Arbetsgruppen för hemgång arbetar …": the group's name may go on after "för"
        # "SIP-forum är tillsatt av styrgruppen och återrapporterar till den": set up by the body it works for
        m = ("på uppdrag" in s or "på mandat" in s or "tillsatt" in s or "inrättad" in s or " uppdrag " in s or " mandat " in s
             or "delprojekt" in s) and re.search(
            # "Nätverket samlas på uppdrag av X": a network meets as the body it works for asks it to
            # ("… påminde om att samverkansgruppen arbetar på uppdrag av …": the body by its kind, told in a clause)
            # "Påminnelse: gruppen har sitt uppdrag från X": the body by its kind after a label
            # ("… påminde om att arbetsgrupp demens arbetar på uppdrag av …": a body named in lower case, its kind and topic)
            # ("vi jobbar på uppdrag av X": the group itself, in hurried notes' small letters and everyday verb)
            # ("påminnelse: vi är tillsatta av X": the group itself after a label)
            r"(?P<x>\b[A-ZÅÄÖ][\wÅÄÖåäö-]*(?:\s+för\s+[a-zåäö][\wåäö-]*)?|(?:(?<=\batt\s)|(?<=:\s)|^)[a-zåäö]*(?:gruppen|rådet|nätverket|teamet)"
            r"|(?:(?<=:\s)|^)vi\b"
            r"|(?<=\batt\s)[a-zåäö]*(?:grupp|team)\s+[a-zåäö][\wåäö-]+(?:\s+[a-zåäö][\wåäö-]+)?)"
            # ("Styrelsen ansvarar på uppdrag av regionfullmäktige för skolans verksamhet": a board's charge)
            # ("Styrgruppen verkar på mandat från X": the same, in the word of the arbetsordning)
            # ("Projektet drivs på uppdrag av styrgruppen": the project the body that met runs, in the passive)
            r"\s+(?:(?:arbetar|jobbar|verkar|samlas|träffas|ansvarar|drivs|bedrivs)\s+på\s+(?:uppdrag|mandat)\s+(?:från|av)|"
            # "Arbetsgruppen har sitt uppdrag från X", "Vi har fått vårt uppdrag av X": the body's standing uppdrag
            # ("Samverkansgruppen har sitt mandat från X": the same, in the word of the arbetsordning)
            r"(?:har|fick)\s+(?:fått\s+)?(?:sitt|vårt|sina|våra)\s+(?:uppdrag|mandat)\s+(?:från|av)|"
            r"(?:är|blev|har\s+blivit)\s+(?:tillsatt|tillsatta|inrättad|inrättat|inrättade)\s+av|(?:tillsattes|inrättades)\s+av|"
            # "Gruppen bildades på uppdrag av X": set up as that body asked
            r"(?:bildades|tillsattes|inrättades|startades)\s+på\s+uppdrag\s+(?:från|av)|"
            # "Projektet är ett av delprojekten inom Styrgrupp X": a part of the work that body leads
            r"(?:är|utgör)\s+(?:ett\s+(?:av\s+)?)?(?:de\s+)?delprojekt(?:en|et)?\s+(?:inom|i|under))"
            r"\s+(?P<from>[^.]+?)"
                                            # ("…, delrapporten ska dit 10/6": its report goes to the body it works for)
                                            # ("o" for "och", as hurried notes write it)
                                            r"(?:(?P<back>(?:,\s+(?=(?:del|slut)?rapport(?:en|erna)\s)|\s+(?:och|o)\s+)(?:"
                                            r"(?:del|slut)?rapport(?:en|erna)\s+(?:ska|skall|går|lämnas)\s+dit\b|"
                                            r"(?:(?:åter|av)?rapporterar|" + _HANDS_IN + r"|redovisar\s+(?:sitt|sina|vårt|våra)\s+(?:arbete|resultat))\s+(?:dit|till\s+(?:dem|den|denna|detta|densamma))\b"
                                            # "… och lyfter frågor som inte kan lösas lokalt dit": its questions go there
                                            r"|lyfter\s+(?:[^.]{0,80}?\s)?(?:dit|till\s+(?:dem|den|denna|detta))\b).*)"
                                            r"|\s+(?:och|o)\s+(?:(?:åter|av)?rapporterar|" + _HANDS_IN
                                            + r"|redovisar\s+(?:sitt|sina|vårt|våra)\s+(?:arbete|resultat))\s+till\s+(?P<to>[^.]+))?$", s)
        if m:
            # "… Lokal samverkansgrupp X. Gruppen arbetar på uppdrag av …" in a nämnd's minutes: the group just named
            body = self._meeting_body()
            x = (self._group_before(s) if m.group("x") == "Gruppen" and body and not re.search(r"(?i)grupp", body)
                 else None) or (body if m.group("x") in ("Vi", "vi", "gruppen", "Projektet", "Arbetet") else
                                # ("Teamet har sitt uppdrag från …" in the team's own notes: the body that met, by its kind)
                                # ("Gruppen" may be the group the item just named: read by the rules above)
                                (_own_body(m.group("x"), body) if body and m.group("x") in ("Teamet", "Nätverket", "Rådet")
                                 else None) or _target(m.group("x"), ctx))
            if m.group("x") == "Nätverket" and body and "nätverk" not in body.casefold():
                # "… i Nätverket för överförmyndare. Nätverket samlas på uppdrag av …" in a nämnd's minutes: the
                # network just named
                before = self._group_before(s)
                x = before if before and "nätverk" in before.casefold() else x
            back = bool(m.group("back"))
            if x and m.group("to"):
                # (when: "… två gånger per år", "… efter varje möte")
                # ("… i maj och november")
                to = re.sub(r"\s+(?:(?:en|två|tre|fyra)\s+gånger?|efter\s+varje|varje|(?:i|under)\s+(?:januari|februari|mars|"
                            r"april|maj|juni|juli|augusti|september|oktober|november|december|våren|hösten))\b.*$", "",
                            m.group("to")).strip()
                # "… på uppdrag av läkemedelskommittén och rapporterar till kommittén": the giver again, by its kind
                # ("… av Länsberedskapsrådet i X län och rapporterar till rådet")
                kind = re.fullmatch(r"([^\W\d_]{3,}?)(?:en|et|n)", to)
                if kind and kind.group(1) in m.group("from").casefold() and " " not in to:
                    back = True
                up = None if back else self._body_ref(to)
                if up and up != x:
                    self.mandate(x, up, "reports_to", item, pos)
            if x:
                # "vård och omsorg": an "och" before a lowercase word goes on with the name
                frm = re.split(r"\s+samt\b|\s+(?:och|o)\s+(?=[a-zåäö]+r\b)", m.group("from"))[0]
                # "… från X (XG) – att föreslå en modell – och …": the uppdrag's content told between
                # (not at a bare "att": "Samverkansgrupp att åldras" is a name)
                frm = re.split(r"\s*\(|\s+[–-]\s+|\s+med\s+att\b", frm)[0]
                # ("Länsstyrgruppen för hälsa, vård och omsorg i X": a comma in the name's list of fields, not
                # between two bodies)
                givers = []
                for part in re.split(r"/|,(?!\s+[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*)?\s+och\s+[a-zåäö])|"
                                     r"\s+och\s+(?=[A-ZÅÄÖ])", frm):
                    # ("förbundets styrelse": a body named by its type word, which no name pattern finds)
                    # ("på uppdrag av lönenämnden" in the minutes of "Gemensamma lönenämnden för …": the body that met,
                    # by the one word of its name)
                    own = (_own_body(part.strip(), self._meeting_body())
                           if re.fullmatch(r"[a-zåäö-]+(?:nämnden|styrelsen|rådet)", part.strip()) else None)
                    f = own or _target(part, ctx) or self._body_ref(part)
                    if f:
                        givers.append(f)
                        self.mandate(f, x, "delegates", item, pos)
                        if back:  # "… och rapporterar dit": it reports to the body it works for
                            self.mandate(x, f, "reports_to", item, pos)
                if back and len(givers) == 1 and (once := _NEXT_REPORT_THERE.search(s)):
                    # "… och lämnar nästa halvårsrapport dit i januari": the next report, a task of its own besides the
                    # standing line
                    self.assignment([x], f"lämna {once.group('what')} till {givers[0]}{once.group('when') or ''}",
                                    origin=origin, pos=pos, given_by=givers[0], report_to=givers[0])
            return False
        # "Arbetsgruppen följer sedan september upp betalningsansvaret på uppdrag av Styrgrupp X": the work
        # it does for that body, told with the work
        m = "på uppdrag" in s and _DOES_ON_BEHALF.match(s)
        if m:
            x, f = _target(m.group("x"), ctx), self._body_ref(m.group("from"))
            if x and f and x != f:
                self.mandate(f, x, "delegates", item, pos)
            return False
        # "Gruppen har på rådets uppdrag sett över rutinen": the giver in the genitive before "uppdrag"
        m = _ON_GENITIVE_UPPDRAG.match(s)
        if m and " som " not in m.group("x"):  # (the work of one named in a relative clause: read below)
            body = self._meeting_body()
            x = ((ctx.reported_group(body) or self._group_before(s)) if m.group("x") == "Gruppen" and body
                 and "grupp" not in body.casefold() else None) or _target(m.group("x"), ctx)
            f = self._body_ref(m.group("from"))
            if x and f and x != f:
                self.mandate(f, x, "delegates", item, pos)
                # "… och lämnar sin verksamhetsberättelse hit varje januari": it reports back, "dit" to the giver,
                # "hit" to the body whose minutes these are
                back = _REPORTS_BACK_AFTER.match(s, m.end())
                to = (f if back.group("where") == "dit" else self._meeting_body()) if back else None
                if to and to != x:
                    self.mandate(x, to, "reports_to", item, pos)
            return False
        m = " som " in s and _ON_GENITIVE_UPPDRAG_AFTER_SOM.search(s)
        if m and self._is_body(m.group("x").strip()):
            x, f = _target(m.group("x"), ctx), self._body_ref(m.group("from"))
            if x and f and x != f:
                self.mandate(f, x, "delegates", item, pos)
        return False

    _REPORTS_ELSEWHERE_RE = re.compile(
        r"^(?P<x>[A-ZÅÄÖ][^,;.]{2,80}),\s+som\s+(?:i\s*dag|nu)\s+rapporterar\s+till\s+(?P<old>[^,;.]+),\s+"
        r"(?:[^,;.]{0,40}?\s)?rapporterar\s+(?:[^,;.]{0,40}?\s)?till\s+(?P<new>[^,;.]+?)(?:\s+(?:i\s+stället|istället)\b.*)?\.?$")

    def _md_reports_elsewhere(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                              giver: str | None = None) -> bool:
        """"G, som i dag rapporterar till H, rapporterar från 2026 till K": G reports to H, and will to K."""
        m = self._REPORTS_ELSEWHERE_RE.match(s)
        x = self._body_ref(m.group("x")) if m else None
        if x:
            item = self.ctx.item.number if self.ctx.item else None
            for to in (m.group("old"), m.group("new")):
                body = self._body_ref(to)
                if body and body != x:
                    self.group(body, item)
                    self.mandate(x, body, "reports_to", item, pos)
        return False

    # "… att Samverkansgrupp äldre får en lägesbild – nätverket rapporterar ju dit – och …": the body that met,
    # in an aside, reports to the body the sentence named before it
    _REPORTS_THERE_ASIDE_RE = re.compile(r"^(?P<pre>.+?)\s*(?:[–—-]|\()\s*(?:vi|[a-zåäö]*(?:gruppen|nätverket|teamet|rådet|"
                                         r"beredningen))\s+(?:åter)?rapporterar\s+(?:(?:ju|också|även|ju\s+också)\s+)?"
                                         r"dit\b[^–—)(]{0,40}?\s*(?:[–—-]|\)|[.;]?$)"
                                         # "…, det är dit vi rapporterar.": the aside after a comma, "dit" first
                                         r"|^(?P<pre2>.+?),\s*(?:det\s+är\s+)?dit\s+(?:vi|[a-zåäö]*(?:gruppen|nätverket|teamet|"
                                         r"rådet|beredningen))\s+(?:ju\s+)?(?:åter)?rapporterar\s*[.;]?$")

    def _md_reports_there_aside(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                                giver: str | None = None) -> bool:
        """"… får en lägesbild – nätverket rapporterar ju dit – …": the body that met reports to the last body
        named before the aside."""
        m = self._REPORTS_THERE_ASIDE_RE.match(s)
        body = self._meeting_body()
        if not m or not body:
            return False
        gs = [g for g in find_groups(m.group("pre") or m.group("pre2")) if not g.generic_head]
        to = self._body_ref(gs[-1].name) if gs else None
        if not to or to == body:
            return False
        item = self.ctx.item.number if self.ctx.item else None
        self.group(to, item)
        self.mandate(body, to, "reports_to", item, pos)
        return True

    _WHICH_REPORTS_RE = re.compile(r",\s+som\s+(?:i\s+sin\s+tur\s+)?"
                                   # "…, som arbetar på uppdrag av RSR och rapporterar till rådet"
                                   r"(?:arbetar\s+på\s+uppdrag\s+(?:av|från)\s+[^.;,]{2,60}?\s+och\s+"
                                   # "…, som samrådsgruppen tillsatte i våras och som rapporterar till samrådsgruppen"
                                   r"|(?P<setter>[a-zåäö]*(?:gruppen|rådet|nämnden|beredningen)|[A-ZÅÄÖ][^.;,]{1,60}?)\s+"
                                   r"(?:tillsatte|inrättade|bildade)\b[^.;,]{0,30}?\s+och\s+som\s+)?"
                                   # ("…, som redovisar till samverkansgruppen i september": its work reported there)
                                   r"(?:(?:(?:åter)?rapporterar|redovisar)\s+till\s+(?P<to>[^.;,]+?)"
                                   r"(?:\s+(?:och|samt|(?:en|två|tre|fyra)\s+gånger?|varje|vid|senast|i|om)\b[^.;]*)?(?:[.;,]|$)"
                                   # "…, som arbetar på uppdrag av X och rapporterar dit": to the body it works for
                                   r"|(?<=som\s)arbetar\s+på\s+uppdrag\s+(?:av|från)\s+(?P<to2>[^.;,]{2,80}?)\s+och\s+"
                                   r"(?:åter)?rapporterar\s+dit\b)")
    _NAMED_BODY_END_RE = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:\s+[a-zåäö-]+)?(?:grupp|gruppen|råd|rådet|nämnd|nämnden|"
                                    r"beredning|beredningen|team|teamet|organ|organet|forum|forumet)\b[^,;.]{0,60}$")

    def _md_named_body_which_reports_to(self, s: str, *, origin: str = "narrative", pos: int | None = None,
                                        giver: str | None = None) -> bool:
        """"… i Samverkansgrupp X, som rapporterar till RLG": the body named just before the clause
        reports to the one after it."""
        m = self._WHICH_REPORTS_RE.search(s)
        if not m or "som i dag" in s[m.start():m.end()]:
            return False
        head = s[:m.start()]
        x = None
        ending = [g for g in find_groups(head) if not g.generic_head and g.end >= len(head.rstrip(" ,"))]
        if ending and ending[-1].start > 0:
            # "… i vårdprogramgruppen för ADHD, som …": the group whose name ends where the clause starts,
            # not the acronym that ends its name
            x = ending[-1].name
        for w in (reversed([w.start() for w in re.finditer(r"(?<![\wåäöÅÄÖ-])[A-ZÅÄÖ]", head)]) if x is None else ()):
            if self._NAMED_BODY_END_RE.fullmatch(head, w):
                x = " ".join(head[w:].split())
                break
        if x is None and re.search(r"(?<![\wåäö-])[a-zåäö]*gruppen(?:\s+[a-zåäö][^,;.]{0,60})?$", head):
            # "… från arbetsgruppen trygg hemgång, som …": the group the item's title reports from
            x = self.ctx.group_of_item()
        tg = "to" if m.group("to") else "to2"
        to = " ".join(m.group(tg).split())
        named = find_groups(s[m.start(tg):])
        if named and named[0].start == 0 and not named[0].generic_head and len(named[0].name) > len(to):
            to = named[0].name  # "… rapporterar till Länsledningsgruppen för vård och omsorg": its whole name
        council = _COUNCIL_REF.fullmatch(to)
        to = to if self._NAMED_BODY_END_RE.fullmatch(to) else self._body_ref(to)
        if not to and council:  # "… och rapporterar till rådet": the council the item named last
            to = self._kind_named_before(s, council.group(1))
        if x and to and x != to:
            item = self.ctx.item.number if self.ctx.item else None
            self.group(x, item)
            self.group(to, item)
            self.mandate(x, to, "reports_to", item, pos)
            setter = m.group("setter")
            setter = (setter if self._NAMED_BODY_END_RE.fullmatch(setter) else self._body_ref(setter)) if setter else None
            if setter and setter != x:
                self.mandate(setter, x, "delegates", item, pos)  # the body that set it up gave it its uppdrag
        return False

    def _md_takes_question_to(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"X tar med sig frågan till G", "Ordföranden tar med frågan till G och återkommer i mars": the body that
        met refers it to G."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = "tar med" in s and re.search(r"\btar\s+med\s+(?:sig\s+)?(?:frågan|ärendet|uppdraget|detta)\s+till\s+"
                                         r"(?P<to>.+?)(?:\s+och\s+(?:återkommer|återrapporterar|rapporterar)\b.*)?\.?$", s)
        if m and " sig " not in m.group(0) and not m.group("to")[:1].isupper():
            return False  # "MF tar med frågan till rektorsgruppen": home to a group of her own organisation
        if m:
            to = _target(m.group("to"), ctx)
            if re.match(r"[A-ZÅÄÖ][a-zåäö-]+s\s+(?:ledningsgrupp|förvaltningsledning|ledning|nämnd|förvaltning)", m.group("to")):
                return False  # "till Åbys ledningsgrupp": one huvudman's own body, not a collaboration body
            if to and self._is_body(to):
                self.mandate(self.p.body or ctx.reporting_body, to, "refers", item, pos)
        return False

    def _joint_partner(self) -> str | None:
        """The other body of a joint meeting, as its heading names it ("Gemensamt möte med Samverkansgrupp X (SBU)")."""
        for line in self.p.preamble:
            jm = _JOINT_WITH.match(line) if line[:9].casefold().startswith("gemensam") else None
            if jm and (other := self._body_ref(jm.group("b"))) and other != self.p.body:
                return other
        return None

    def _md_question_passed_to(self, s: str, *, origin: str = "narrative", pos: int | None = None, giver: str | None = None) -> bool:
        """"Frågan tas/lyfts/skickas vidare till G" in the running text: a referral."""
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        m = re.search(r"tas|lyfts|skickas", s) and re.search(r"\b(?:tas|lyfts|skickas)\s+(?:med\s+)?(?:(?:nu|därefter|sedan|också|även)\s+)*(?:vidare\s+)?till\s+(?P<to>(?:det\s+)?[^.]+)$", s)
        pm = None
        if m and pos is None:
            # "… till RLG av båda grupperna": who passes it on, after the passive, is no part of where it goes
            # ("… till Processteam SIP eftersom den rör alla kommuner": why, after the body, is no part of its name)
            to = _target(_PASSIVE_AGENT_TAIL.sub("", _BECAUSE_TAIL.sub("", m.group("to"))), ctx)
            if not to and (pm := _ACRONYM_PRESIDIUM.match(m.group("to"))):
                to = pm.group(0)  # "… lyfts till HSN:s presidium för beslut": the presidium of the body its letters name
            if to and (self._is_body(to) or to == (pm and pm.group(0))) and (to != self.p.body):
                # ("Utkastet lyfts därefter till X för beslut": the work the item is about, handed on to be decided)
                # (any piece of work named in the definite, first in its sentence: "Ändringarna lyfts till …",
                # "Riktlinjen skickas vidare till …")
                if (re.search(r"\b(?:Förslag(?:et)?|[Ff]rågan|[Ff]rågorna|[Ää]rendet|[Ää]rendena|Utkastet|Underlaget|Rutinen)\b",
                              s[:m.start()]) or _DEFINITE_WORK_FIRST.match(s)) and (
                        ctx.reporting_body or not re.search(r"\b(?:har|hade)\s+lyfts\s", s)):
                    # under an item reporting another body's meeting, that body passed it on; "Frågan har lyfts till
                    # X" told with no such body is done by whom the sentence does not say
                    self.mandate(ctx.reporting_body or self.p.body, to, "refers", item, pos)
                    if _BOTH_GROUPS_AGENT.search(m.group("to")) and (other := self._joint_partner()) and other != to:
                        # "… lyfts vidare till RLG av båda grupperna" at a joint meeting: the other body refers it too
                        self.mandate(other, to, "refers", item, pos)
        return False

    # "Oskar Nilsson återrapporterade det uppdrag som gruppen gav honom och Jenny Blom i september: att kartlägga …"
    _REPORTED_BACK_TASK_RE = re.compile(
        r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})\s+(?:åter)?rapporterade\s+(?:(?:det|sitt|ett)\s+"
        r"uppdrag|uppdraget)\s+som\s+(?P<giver>[^.;:]{2,60}?)\s+(?:hade\s+|har\s+)?(?:gav|gett|givit)\s+"
        r"(?P<to>honom|henne|hen|[A-ZÅÄÖ][^.;:]{2,80}?)(?P<also>\s+och\s+[A-ZÅÄÖ][^.;:]{2,60}?)?"
        r"(?:\s+(?:i|den|vid|på)\s+[^.;:]{2,40}?)?:\s*(?:att\s+)?(?P<task>[a-zåäö][^.;]{4,}?)\.?$")

    def _reported_back_task(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"X återrapporterade det uppdrag som gruppen gav honom och Y i september: att kartlägga …": the task
        reported back on, told as given earlier, read as the giving it tells ("gruppen gav X och Y i uppdrag att …")."""
        m = self._REPORTED_BACK_TASK_RE.match(s)
        if not m:
            return False
        to = m.group("who") if m.group("to") in ("honom", "henne", "hen") else m.group("to")
        given = f"{m.group('giver')[:1].upper()}{m.group('giver')[1:]} gav {to}{m.group('also') or ''} i uppdrag att {m.group('task')}."
        before = len(self.out.assignments)
        self._sentence(given, origin=origin, pos=pos, giver=giver, kinds=("assignment",))
        return len(self.out.assignments) > before

    _PREPARED_FURTHER_RE = re.compile(
        r"^(?P<what>(?:[Ff]rågan|[Ää]rendet|[Ff]rågorna|[Ää]rendena|[Dd]en|[Dd]et)(?:\s+om\s+[^.;]{2,100}?)?)\s+"
        r"(?:bereds|utreds)\s+vidare\s+(?:av|i|inom)\s+(?P<who>[A-ZÅÄÖ][^.;,]{1,100}?)"
        r"(?P<rest>(?:,|\s+(?:till|inför|före|under|och\s+tas|som|med)\b)[^.;]*)?\.?$")

    def _prepared_further_by(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Frågan bereds vidare av Eva Ek och Per Lind till februarimötet", "Frågan om X bereds vidare av
        Arbetsgrupp SIP": a task to prepare the question, given by the body that met; a body given it
        has the question referred to it."""
        m = self._PREPARED_FURTHER_RE.match(s)
        if not m:
            return False
        raw = m.group("who").strip()
        who = self._people(raw)
        body = None if who else self._body_ref(raw)
        if not who and not body:
            return False
        what = m.group("what")
        obj = f"frågan{what[len(what.split()[0]):]}" if what.split()[0].casefold() in ("frågan", "den", "det") else \
            f"ärendet{what[len(what.split()[0]):]}"
        rest = (m.group("rest") or "").strip(" ,")
        rest = "" if re.match(r"(?:som|och\s+tas|med)\b", rest) else rest
        task = f"bereda {obj} vidare" + (f" {rest}" if rest else "")
        meeting = giver or self._meeting_body()
        self.assignment(who or [body], task, origin=origin, pos=pos, given_by=meeting, delegated=False)
        if body and meeting and body != meeting:
            self.mandate(meeting, body, "refers", self.ctx.item.number if self.ctx.item else None, pos)
        return True

    _REPORTED_BACK_BY_RE = re.compile(
        r"^(?P<obj>Uppdraget|Arbetet|Resultatet|Uppföljningen|Utredningen|Kartläggningen)(?P<what>\s+[^.;]{0,160}?)?\s+"
        r"(?P<v>återrapporteras|rapporteras|redovisas)\s+(?:nu\s+|sedan\s+)?av\s+(?P<who>[^.;,]+?)"
        r"(?P<when>\s+(?:på|vid|i|till|senast|inför|under)\s+[^.;]+?)?\.?$")

    def _reported_back_by(self, s: str, *, origin: str, pos: int | None, giver: str | None) -> bool:
        """"Uppdraget från Samverkansgrupp X om Y återrapporteras av Eva Ek på oktobermötet": a task to report the
        uppdrag back, to the one the passive names; a body given it by the body the uppdrag came from ("från X")
        works on that body's uppdrag and reports to it."""
        m = self._REPORTED_BACK_BY_RE.match(s.strip())
        if not m:
            return False
        raw = m.group("who").strip()
        who = self._people(raw)
        body = None if who else self._body_ref(raw)
        if not who and not body:
            return False
        what = (m.group("what") or "").strip()
        src = re.match(r"från\s+(?P<g>[^.;]+?)(?=\s+(?:om|gällande|kring|avseende)\s|$)", what)
        source = self._body_ref(src.group("g")) if src else None
        verb = "redovisa" if m.group("v") == "redovisas" else "återrapportera"
        task = " ".join(f"{verb} {m.group('obj').casefold()} {what}{m.group('when') or ''}".split())
        if body:
            self.assignment([body], task, origin=origin, pos=pos, given_by=source or giver, report_to=source)
        else:
            self.assignment(who, task, origin=origin, pos=pos, given_by=source or giver)
        return True

    def _sentence_subject_group(self, head: str) -> str | None:
        head = head.strip()
        head = re.sub(r",\s*med\s+.*$", "", head)
        head = re.sub(r",\s*$", "", head)
        gs = find_groups(head)
        if gs and gs[0].start <= 2:
            return self.ctx.resolve_generic(gs[0])
        m = re.match(r"^(?P<n>[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäö-]+){0,6})$", head)
        if m and not is_person_name(m.group("n")):
            return m.group("n")
        return None

    # ------------------------------------------------------------- absences, vacancies
    def _absences_and_vacancies(self, s: str, **_) -> None:
        ctx = self.ctx
        item = ctx.item.number if ctx.item else None
        if not _ABS_VAC_HINT.search(s):
            return
        # each pattern below is tried only where the words it needs are: most sentences with a
        # hint have none of them, and the patterns start with a word at every position
        for m in (re.finditer(r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\s+(?:inte|ej)\s+(?:deltar|närvarar|är\s+med|kan\s+delta|deltog|närvarade)\b", s)
                  if "inte" in s or "ej" in s else ()):
            who = m.group("who")
            if is_person_name(who) and who not in self.out.absent:
                self.out.absent.append(normalise_person_name(who))
        for m in (_NOT_THERE_RE.finditer(s) if "som inte" in s or "som ej" in s else ()):
            # "en hälsning från Maja Lundell, ordförande, som inte var närvarande": away, and the seat she holds
            who = m.group("who")
            if is_person_name(who) and who not in self.out.absent:
                self.out.absent.append(normalise_person_name(who))
                if m.group("role") and self._meeting_body():
                    self.membership(who, self._meeting_body(), item, role=m.group("role"), change="member")
        for m in (re.finditer(r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\s+har\s+(?:anmält\s+|meddelat\s+)?förhinder\b", s)
                  if "förhinder" in s else ()):
            who = m.group("who")
            if is_person_name(who) and who not in self.out.absent:
                self.out.absent.append(normalise_person_name(who))
        for m in (_STOOD_IN_FOR_NOTES.finditer(s) if "anteckningar" in s else ()):
            # the one whose notes another keeps today is the body's secretary, an official with no seat
            who = m.group("who") or m.group("who2")
            if is_person_name(who) and who not in self.out.notes_kept_for:
                self.out.notes_kept_for.append(normalise_person_name(who))
        m = re.search(r"(?P<roles>[\wåäö]+(?:\s+och\s+[\wåäö]+)?)\s+(?:för|i|från)\s+(?P<hm>regionen|(?:Region|Landstinget)\s+[A-ZÅÄÖ][a-zåäö]+|kommunerna|[A-ZÅÄÖ][a-zåäö]+s?\s+kommun)\s+har\s+(?:ännu\s+)?inte\s+(?:valts|utsetts|tillsatts|rekryterats)", s) if (
            "inte" in s and ("valts" in s or "utsetts" in s or "tillsatts" in s or "rekryterats" in s)) else None
        if m:
            for role in re.split(r"\s+och\s+", m.group("roles")):
                self.out.vacancies.append(RawVacancy(text=s, role=role.casefold(), huvudman=m.group("hm"),
                                                     item=item))
            return
        m = (_NOT_APPOINTED_RE.search(s) or _MISSING_RE.search(s)
             or ("saknar" in s and (_LACKS_RE.search(s) or _HM_LACKS_RE.match(s))))
        if m:
            g = self._group_phrase(m.group("g")) if m.group("g") else None
            if g:
                self.group(g, item)
            self.out.vacancies.append(RawVacancy(text=s, role=m.group("role").casefold(), huvudman=m.group("hm"),
                                                 group=g, item=item))
            return
        m = re.search(r"\b(?:en|ny|nya)\s+(?P<role>[\wåäö-]+(?:ledare|samordnare|ägare|ordförande|sekreterare|representant))\s+behöver\s+(?:utses|tillsättas|rekryteras)", s) if (
            "behöver" in s) else None
        if m:
            self.out.vacancies.append(RawVacancy(text=s, role=m.group("role"), item=item))
        m = _SEAT_OF_HUVUDMAN_OPEN.search(s) if ("vakant" in s or "saknas" in s) else None
        if m:
            # "Platsen för Åby kommun är vakant", "Representant från Åby kommun saknas fortfarande": the
            # huvudman's seat, no one in it
            role = (m.group("role") or m.group("role2") or "representant").casefold()
            self.out.vacancies.append(RawVacancy(text=s, role="representant" if role.startswith(("plats", "post")) else role,
                                                 huvudman=m.group("hm") or m.group("hm2"), item=item))
            return
        m = re.search(r"(?P<role>[\wåäö-]+)\s+(?:för|i)\s+(?P<g>[^.]+?)\s+är\s+vakant", s) if "vakant" in s else None
        if m and m.group("role").casefold() not in ("den", "det", "som", "där") and not re.search(r",\s+(?:där|som|när)\s", m.group("g")):
            # (not "Längst är den i Lövsta, där en tjänst är vakant": a post in a place, no seat in a body)
            self.out.vacancies.append(RawVacancy(text=s, role=m.group("role"), group=m.group("g"), item=item))

    # ------------------------------------------------------------- mentions
    # an organ of the kommun or region alone on a line of the list a decision is sent to ("Beslutet skickas till:" /
    # "Kommunstyrelsen" / "Ekonomienheten")
    _ORGAN_SENT_TO = re.compile(r"(?:Kommun|Region)(?:styrelsen|fullmäktige)|[A-ZÅÄÖ][a-zåäö-]{2,}nämnden"
                                r"(?:s\s+arbetsutskott|s\s+[a-zåäö-]*utskott)?")

    def _organs_sent_to(self, it: ParsedItem) -> None:
        """The kommun's or region's organs a decision is sent to are bodies the minutes name."""
        body = (self._meeting_body() or "").split(",")[0].strip().casefold()
        for entry in it.distribution:
            name = entry.strip(" .,;")
            if self._ORGAN_SENT_TO.fullmatch(name) and name.casefold() != body:
                self.group(name, it.number)

    def _mentions(self, it: ParsedItem, decisions: list[ParsedDecision]) -> None:
        seen = {(m.text, m.item) for m in self.out.person_mentions}
        sources = [(it.title or "", it.line_start), (it.body or "", it.line_start)] + [
            (d.text or "", d.line) for d in decisions]
        # people the minutes are sent to ("Protokollet ska skickas till … Peter Lilja")
        sources += [(name, 0) for name in it.distribution if is_person_name(name)]
        for text, base in sources:
            ends = None
            for name, off in find_person_names(text):
                parts = name.split()
                if (len(parts) == 3 and " ".join(parts[:2]).casefold() in self.ctx.roster
                        and name.casefold() not in self.ctx.roster):
                    # "Ludvig Arnesson, Maja Lindroth Höstens rapport …" in a list whose column the name fills:
                    # the attendee, and the word after her the next column's
                    name = " ".join(parts[:2])
                key = (name, it.number)
                if key in seen:
                    continue
                seen.add(key)
                line = base + text.count("\n", 0, off) if base else 0
                if ends is None:
                    ends = _sentence_ends(text)
                self.out.person_mentions.append(NameMention(text=name, item=it.number, line=line,
                                                            quote=_sentence_at(text, off, ends=ends)))


# where a sentence ends: its punctuation before a capital, or a line that starts a list entry
# (blank lines are no boundary: text taken from PDFs has one between every two lines); the pattern
# starts with one character class for both ends, which a scan skips to about 1.6 times faster than
# to the first character of either of two alternatives
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])(?=\s+[A-ZÅÄÖ0-9•])|(?<=\n)(?=[ \t]*[•●▪◦*–-]\s))")


def _sentence_ends(text: str) -> list[int]:
    """Where the sentences of ``text`` end (each end is one character: its punctuation or the
    line break before a list entry), in order: found once for all the names in one text."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def _sentence_at(text: str, pos: int, limit: int = QUOTE_LIMIT, ends: list[int] | None = None) -> str | None:
    """The sentence of ``text`` around offset ``pos``, trimmed: the evidence of a name found
    there (a long sentence is cut to the part around ``pos``). ``ends``: :func:`_sentence_ends`
    of ``text``, when it has been found already.

    >>> _sentence_at("Inledning. Anna Lund presenterar läget. Frågor.", 11)
    'Anna Lund presenterar läget.'
    >>> _sentence_at("Deltar:\\n• Anna Lund\\n• Per Ek", 11)
    '• Anna Lund'
    """
    if ends is None:
        ends = _sentence_ends(text)
    i = bisect_right(ends, pos - 1)  # the last end before pos: the sentence starts after it
    start = ends[i - 1] + 1 if i else 0
    j = bisect_left(ends, pos)  # the first end at or after pos
    end = ends[j] + (1 if text[ends[j]].strip() else 0) if j < len(ends) else len(text)
    if end - start > limit:  # keep the words around the name
        start = max(start, min(pos - limit // 3, end - limit))
        if start and text[start - 1] not in " \n" and " " in text[start:end]:
            start = text.index(" ", start) + 1  # from the next whole word
        end = min(end, start + limit)
    return quote(text[start:end], limit)


def extract_relations(parsed: ParsedMinutes, knowledge=None) -> RawRelations:
    """Assignments, memberships, mandates, groups, mentions, vacancies and absences of one
    document, names as written.

    ``knowledge`` (a :class:`loaders.knowledge.Knowledge`: the pipeline passes the knowledge file
    as it applies to these minutes; by default the configured file) names the region's known
    bodies and huvudmän for the group finder.
    """
    if knowledge is None:
        from samverkan.loaders.knowledge import default_knowledge
        knowledge = default_knowledge()
    token = _VOCABULARY.set(GroupVocabulary.of(knowledge, _document_text(parsed)))
    stop = use_stop_words(getattr(knowledge, "name_stop_words", frozenset()))
    try:
        return _Extractor(parsed).run()
    finally:
        reset_stop_words(stop)
        _VOCABULARY.reset(token)


def _document_text(parsed: ParsedMinutes) -> str:
    parts = [parsed.body or "", *parsed.preamble]
    parts += [f"{a.name} {a.organisation or ''} {a.unit or ''}" for a in parsed.attendance]
    for it in parsed.items:
        parts += [it.title or "", it.body or ""]
    return "\n".join(parts)
