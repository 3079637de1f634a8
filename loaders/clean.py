"""Remove PDF extraction noise from minutes text, keeping one output line per input line.

Page artefacts ("Justerandes signatur", "8(8)", signing-service footers, lone dashes, URLs)
become empty lines, words hyphen-split across lines are rejoined, and markdown markup is
stripped while remembering which lines were markdown headings. Line numbers stay valid, so
later stages can report where something was found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from samverkan.loaders.formats import wiki_title

_ARTEFACT = re.compile(
    r"^(?:"
    # with the lines each signs on: "Justerandes signatur: ________  ________"
    # (or a leader of dots: "Justerandes signatur ......")
    r"(?:justerandes?\s+sign(?:atur|\.)?|justerares?\s+signatur|utdragsbestyrkande|ordförandes\s+signatur)"
    r"(?::?\s*(?:_{2,}|\.{3,}|…+)(?:\s+(?:_{2,}|\.{3,}|…+))*)?"
    r"|\d{1,3}\s*\(\s*\d{1,3}\s*\)"
    r"|sid(?:a|an)?\s+\d{1,3}(?:\s*(?:av|/)\s*\d{1,3})?"
    r"|\d{1,3}\s*/\s*\d{1,3}"
    r"|det\s+här\s+dokumentet\s+är\s+elektroniskt\s+underskrivet\.?"
    # the certification of an extract, with who certifies it: "Utdrag ur protokollet bestyrks: Eva Ek, nämndsekreterare"
    r"|[*_]{0,2}utdrag(?:et)?\s+ur\s+protokollet\s+bestyrks[*_]{0,2}\s*:?[*_]{0,2}(?:\s+[^.;]{0,80})?"
    r"|var\s+vänlig\s+verifiera\b.*"
    r"|(?:https?://|www\.)\S*"
    r"|[-–—•·*_]"
    r"|[.…_\s]{6,}"
    # (a signer's line alone between boxes: "Justerandes sign ………  ………\tUtdragsbestyrkande")
    r"|…{2,}|_{3,}|\.{3,}"
    r")$",
    re.IGNORECASE,
)
# the characters page furniture starts with: a cheap first look before the pattern itself
_ARTEFACT_FIRST = frozenset("jJuUoOsSdDvVhHwW0123456789-–—•·*_.…")
# where boxes side by side part: a tab, a gap of spaces, or any space after a leader to sign on (a web page keeps
# one space of a gap: "Justerandes signatur ...... Utdragsbestyrkande ......")
# (a Word table's cells a PDF reader joins with one space: "Justerandes signatur Utdragsbestyrkande")
_BOXES = re.compile(r"\t+|\s{3,}|(?<=[._…]{3})\s+|\s+(?=(?i:utdragsbestyrkande)$)")
# a wiki page's breadcrumb over the exported notes, the page's place in the site, not its text:
# "Samverkanswiki › Samverkansgrupp X › Möten 2027 › 2027-03-25"
_BREADCRUMB = re.compile(r"^[^›»\n]{1,60}(?:\s[›»]\s[^›»\n]{1,60}){2,}(?:\s[›»])?$")
# "respektive" cut short before the side it stands for, so that no sentence ends at its dot: "Resp. kommun tar …"
_EACH_CUT_SHORT = re.compile(r"\b([Rr])esp\.\s+(?=(?:kommun|huvudman|region|verksamhet|förvaltning|organisation)\w*\b)")
# "till" cut short in a hurry before a word of its own: "lyfts t. RLG", "lagda t. handl.", "t. nästa möte" (not the
# first letter of a short form of two: "t. ex.", "t. o. m.", "t. v.")
_TILL_CUT_SHORT = re.compile(r"(?<![^\s(])t\.(?=[ ]+(?!ex\b)[A-Za-zÅÄÖåäö]{2})")
# "och" cut short to its first letter between two names or initials in hurried notes: "AB o CD tar fram …", "Åby o Ekby"
_OCH_CUT_SHORT = re.compile(r"\b([A-ZÅÄÖ][\wåäöÅÄÖ-]*) o (?=[A-ZÅÄÖ])")
# "justera" cut short after its "att", so that no sentence ends at its dot: "Eva Ek utsågs att just. protokollet"
_ADJUST_CUT_SHORT = re.compile(r"\b(att\s+(?:jämte\s+ordf(?:öranden?|\.)\s+)?)just\.(?=\s+(?:protokollet|dagens|anteckningarna|"
                               r"minnesanteckningarna)\b)")
# a toggle of a notes page exported as HTML: its summary the heading, the tags around it nothing
_TOGGLE = re.compile(r"^\s*(?:<summary>\s*(?P<head>[^<]*?)\s*</summary>|</?details(?:\s[^>]*)?>)\s*$", re.I)
# (a "#" a tab before more cells heads a table's column of numbers: "#\tBeslut\tPunkt", no heading)
_MD_HEADING = re.compile(r"^(#{1,6})(?: +|\t(?![^\t]*\t))")
# the gap before the counter starts where the whitespace starts ("(?<!\s)" finds the same matches, but
# tries each run of spaces once instead of once from every space in it: quadratic in wide table rows)
_PAGE_COUNTER = re.compile(
    r"(?<!\s)(?:\t|\s{2,})(?:(?:[Ss]ida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})|[Ss]ida\s+\d{1,3})\s*$")
# the document's kind and its page counter one space apart, as a PDF's running header prints them: "PROTOKOLL 2 (6)"
_KIND_COUNTER = re.compile(r"^(?P<kind>(?:PROTOKOLL|Protokoll|SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll))\s+\d{1,3}\s*"
                           r"\(\s*\d{1,3}\s*\)$")
# a page counter on a line of its own: "Sida 2 av 3", "2 (3)", "2/3"
_COUNTER_LINE = re.compile(r"^(?:sid(?:a|an)?\s+)?(\d{1,3})\s*(?:\(\s*\d{1,3}\s*\)|(?:av|/)\s*\d{1,3})$", re.I)
# list bullets as word processors and PDF fonts give them ("▪", "●", Symbol's private-use ""): read as "•"
_ODD_BULLETS = frozenset("▪●◦■□○►➢\uf0b7\uf0a7\uf076\uf0d8\uf0fc")
# a line of fields joined by underscores, one of them a date, as a file is named
_FILE_NAME_TITLE = re.compile(r"(?=[^@/\\]*$)(?=(?:.*_)?(?:19|20)\d\d-?\d\d-?\d\d(?:_|$))[^\s_][^_]{0,80}(?:_[^\s_][^_]{0,80})+")
_MD_EMPH = re.compile(r"\*\*|__")
# a label with its translation into a minority language after a slash, as the minutes of a förvaltningsområde
# write their labels and table heads: "Tid / Aika: …", "Närvarande / Läsnä", "Namn / Nimi<tab>Roll / Rooli"
_BILINGUAL_LABEL = re.compile(
    r"(?:^|(?<=\t)|(?<=   ))[ \t]*(?P<sv>Tid|Datum|Plats|Närvarande|Frånvarande|Förhinder|Deltagare|Namn|Roll|Representerar|"
    r"Organisation|Funktion|Ordförande|Sekreterare|Justerare|Övriga|Beslut|Ansvarig|Åtgärd|Klart|Vid\s+anteckningarna)"
    r"[ \t]+/[ \t]+[A-ZÅÄÖ][^\s:/\t]{1,30}(?:[ ][^\s:/\t]{1,30})?(?=[ \t]*(?::|\t|$)|   )")
_BILINGUAL_ROLE = re.compile(r"\b(?P<sv>ordförande|vice\s+ordförande|sekreterare|ledamot|ersättare)[ ]+/[ ]+[a-zåäö]{3,30}"
                             r"(?=[ \t]*(?:[,;\t]|$)|   )")
def _kept_in_column(m: re.Match) -> str:
    """A bilingual label or role as its Swedish words, padded to the width it had.

    >>> _BILINGUAL_LABEL.sub(_kept_in_column, "Namn / Nimi      Roll / Rooli")
    'Namn             Roll        '
    """
    return m.group(0)[:m.end("sv") - m.start()].ljust(len(m.group(0)))


# an italic label opening a line: "*Beslut:* …", "*Förslag till beslut:*" (a bullet "* " is no emphasis)
_MD_ITALIC_LEAD = re.compile(r"^\*(?=[^*\s])([^*]{1,60}?)(?<=\S)\*(?=\s|$)")
# a name or phrase in italics inside a line of Markdown: "… till *Regionala ledningsgruppen för digitalisering* (RLG-D)"
_MD_ITALIC_INLINE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,80}?)(?<=[^\s*])\*(?![\w*])")
# text struck through in Markdown: "- ~~Kerstin Blomgren, distriktssköterska~~ (förhinder)"
_MD_STRIKE = re.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~")
# a note of who added a line, as a reply forwarding the notes marks its changes: "(tillägg Magnus:) …",
# "[Tillagt av MV] …", "(rättelse Eva) …"
_ADDED_BY = re.compile(r"^[(\[](?i:tillägg|tillagt|tillagd|komplettering|rättelse|ändring)(?:\s+(?:av\s+)?[A-ZÅÄÖ][\wåäö-]*"
                       r"(?:\s+[A-ZÅÄÖ][\wåäö-]*)?)?\s*:?\s*[)\]]\s+(?=\S)")
# a Markdown definition list's line under its term: "**Åby kommun**" / ": Eva Ek, MAS"
_MD_DEFINITION = re.compile(r"^:[ \t]+(?=\S)")
# a line bold from end to end, no label ("**Uppföljning från förra mötet**", not "**Närvarande:**")
_MD_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)(?:[^*_:]|:(?=\s[A-ZÅÄÖ]))(?:[^*_:]|:(?=\s[A-ZÅÄÖ])){1,79}(?<=[^\s:])\1\s*$")
# a Markdown quote that opens with a label in bold, as a callout sets a decision or a task apart from the notes:
# "> **Beslut:** Teamet utser Eva Ek …"
# (the bold marks may be gone, as in a plain mail: "> Beslut: Teamet utser …", a label of the notes' own)
_MD_CALLOUT = re.compile(r"^>[ \t]?(?=(?:\*\*|__)[A-ZÅÄÖ][^*_:\n]{1,30}(?::(?:\*\*|__)|(?:\*\*|__):)|"
                         r"(?:Beslut|Beslutades|Uppdrag|Åtgärd(?:er)?|Ansvarig|Ansvar|Att\s+göra|Mandat)\s*:\s)")
# a notes app's callout, a quote whose first line names its kind in brackets: "> [!todo] Att göra", "> [!note]-";
# its title is a heading of the notes, the quote's lines under it (each "> …") its text
_MD_KIND_CALLOUT = re.compile(r"^>[ \t]?\[!(?P<kind>[A-Za-zåäö-]+)\][-+]?[ \t]*(?P<title>.*)$")
_MD_QUOTE_MARK = re.compile(r"^>[ \t]?")
# a chat message quoted in Markdown, as notes kept in a meeting's chat set each message apart:
# "> **[15:02] Eva Ek:** Vi behöver svaret före 1 juli" (each line its own message, read as the chat line it is)
_MD_QUOTED_CHAT = re.compile(r"^>[ \t]?(?=(?:\*\*|__)?\[\d{1,2}[:.]\d{2}(?::\d{2})?\]\s)")
# a notes app's link to a page, a person's page often: "[[Eva Ek]]", "[[Eva Ek|Eva]]" (the page, then the words shown)
_WIKI_LINK = re.compile(r"\[\[(?P<page>[^\[\]|\n]+)(?:\|(?P<shown>[^\[\]\n]+))?\]\]")


# a Markdown link as the words it shows: "[Socialchefsnätverket](index.html)" (a task's box "[x]" has no link after it)
_MD_LINK = re.compile(r"(?<!!)\[(?P<shown>[^\[\]\n]{1,160})\]\((?P<target>[^()\s]{1,300})\)")
# a wiki page exported to Markdown keeps the site's breadcrumb over the page as a numbered list of links to the
# pages above it ("1.  [Socialchefsnätverket X](index.html)" / "2.  [Mötesanteckningar](Motesanteckningar_48.html)"):
# where the page stands in the site, not its text
_MD_LINK_CRUMB = re.compile(r"^\s*\d{1,2}\.\s+\[[^\[\]\n]{1,120}\]\([^()\s]+\.html?\)\s*$")
# a wiki's status icons as its Markdown export writes them, opening a cell of a roster: "(/)" there, "(x)" not
# ("| (x) |", "| (/) Teams |", "| (/) punkt 3 |"; a cell after a tab or a column's gap once a word processor or a
# PDF has made the export a table: "Eva Ek\tÅby kommun\t(x)", "Eva Ek     Åby kommun     (/) Teams")
_WIKI_STATUS = re.compile(r"(?P<lead>(?:^|\||\t| {2,})[ \t]*)\((?P<icon>/|x)\)(?=\s|$)")


def md_links_as_text(line: str) -> str:
    r"""The line with each Markdown link as the words it shows and each wiki status icon as a mark.

    >>> md_links_as_text("Se [förra mötets anteckningar](Mote_2026-10-09.html) | Eva Ek | (/) Teams | (x) |")
    'Se förra mötets anteckningar | Eva Ek | ✓ Teams | ✗ |'
    >>> md_links_as_text("- [x] Eva Ek bokar lokal (x) gånger")  # a task's box, no icon inside a sentence
    '- [x] Eva Ek bokar lokal (x) gånger'
    >>> md_links_as_text("Eva Ek\tÅby kommun\t(x)"), md_links_as_text("Bo Lind     Öby kommun     (/) Teams")
    ('Eva Ek\tÅby kommun\t✗', 'Bo Lind     Öby kommun     ✓ Teams')
    """
    if "](" in line:
        line = _MD_LINK.sub(r"\g<shown>", line)
    if "(/)" in line or "(x)" in line:
        line = _WIKI_STATUS.sub(lambda m: m.group("lead") + ("✓" if m.group("icon") == "/" else "✗"), line)
    return line


# a task app's fields after a task, each an emoji: "📅 2031-05-02" the due date, "⏳"/"🛫"/"➕" + a date when it is
# planned, starts or was written, "⏫"/"🔼"/"🔽" its priority (✅ + the date it was done stays: a task done)
_TASK_DUE_FIELD = re.compile(r"[ \t]*📅\ufe0f?[ \t]*(?=\d{4}-\d{2}-\d{2})")
_TASK_OTHER_FIELD = re.compile(r"[ \t]*(?:[⏳🛫➕]\ufe0f?[ \t]*\d{4}-\d{2}-\d{2}|[⏫🔼🔽🔺⏬]\ufe0f?)")


def task_fields_as_text(line: str) -> str:
    """The task line with its task app's fields in words: the due date "📅 2031-05-02" as "senast 2031-05-02",
    the fields of no meaning to the minutes (planned, started, written, priority) dropped.

    >>> task_fields_as_text("- [ ] Eva Ek skickar ut mallen ⏫ ➕ 2031-04-23 📅 2031-05-02")
    '- [ ] Eva Ek skickar ut mallen, senast 2031-05-02'
    """
    return _TASK_DUE_FIELD.sub(", senast ", _TASK_OTHER_FIELD.sub("", line))


def callouts_unquoted(text: str) -> str:
    """The text with each callout of a notes app ("> [!todo] Att göra" / "> - [ ] Eva skickar mallen") out of its
    quote: the title alone on the first line (a heading of the notes, the kind in brackets no text), the lines
    under it without their quote marks. Other quotes stay as they are.

    >>> callouts_unquoted("> [!note] Styrgruppen 2031-03-26\\n> Styrgruppen gav uppdraget.\\n\\n> Citat")
    'Styrgruppen 2031-03-26\\nStyrgruppen gav uppdraget.\\n\\n> Citat'
    """
    out, inside = [], False
    for line in text.split("\n"):
        head = _MD_KIND_CALLOUT.match(line) if line[:1] == ">" else None
        if head:
            inside = True
            line = head.group("title").rstrip()
        elif inside and line[:1] == ">":
            line = _MD_QUOTE_MARK.sub("", line, count=1)
        else:
            inside = False
        out.append(line)
    return "\n".join(out)


# a page of an outliner notes app as it exports it: the page's properties on top as "key:: value", every block a
# bullet, a block's children a tab further in, a heading a block of its own ("- ## 2. Budget" over its lines a tab
# in) and a task's state as a word opening its block ("- TODO Eva Ek skickar mallen", "- DONE …")
_OUTLINE_PROPERTY = re.compile(r"^(?P<key>[A-Za-zÅÄÖåäö][\wåäöÅÄÖ-]{1,30})::(?:[ \t]+|$)")
_OUTLINE_HEADING = re.compile(r"^(?P<depth>\t*)- (?P<marks>#{1,6}) (?=\S)")
_OUTLINE_BLOCK = re.compile(r"^(?P<depth>\t*)(?P<rest>- |[^\t])")
_OUTLINE_TASK = re.compile(r"^(?P<lead>[ \t]*- )(?P<state>TODO|DOING|NOW|LATER|WAITING|DONE|CANCELED|CANCELLED) (?=\S)")
_OUTLINE_BOX = {"DONE": "[x]", "CANCELED": "[-]", "CANCELLED": "[-]"}


def outline_unfolded(text: str) -> str:
    """The text of an outliner's page as Markdown notes write it: each property "key:: value" as the label
    "Key: value" (the page's title as the first line),
    each heading block a heading, its children one level less in (the first level a list), each task state a
    task's box ("TODO" / "LATER" an open box, "DONE" a ticked one). A text with neither a property on its first
    line nor a heading block stays as it is.

    >>> outline_unfolded("datum:: 2031-03-12\\n- ## 1. Budget\\n\\t- Eva Ek redovisade.\\n\\t\\t- Underskott.\\n"
    ...                  "\\t- TODO Per Lund skickar mallen\\n\\t- DONE Eva Ek bokade lokal").split("\\n")
    ['Datum: 2031-03-12', '## 1. Budget', '- Eva Ek redovisade.', '\\t- Underskott.', '- [ ] Per Lund skickar mallen', '- [x] Eva Ek bokade lokal']
    >>> outline_unfolded("Punkt 1\\n- TODO: se över listan")  # no outline: as it is
    'Punkt 1\\n- TODO: se över listan'
    """
    lines = text.split("\n")
    first = next((line for line in lines if line.strip()), "")
    if not _OUTLINE_PROPERTY.match(first) and not any(_OUTLINE_HEADING.match(line) for line in lines):
        return text
    out, under = [], -1  # the depth of the heading block the lines are under
    for line in lines:
        if (prop := _OUTLINE_PROPERTY.match(line)) and under < 0:
            # the page's properties as the header a secretary types: its title the notes' own title, each other
            # key a label with its capital ("datum:: 2031-03-12" as "Datum: 2031-03-12")
            key, value = prop.group("key"), line[prop.end():].strip()
            line = value if key.casefold() in ("title", "titel", "rubrik") else f"{key[:1].upper()}{key[1:]}: {value}".rstrip()
        elif head := _OUTLINE_HEADING.match(line):
            under = len(head.group("depth"))
            line = f"{head.group('marks')} {line[head.end():]}"
        elif line.strip() and (block := _OUTLINE_BLOCK.match(line)):
            depth = len(block.group("depth"))
            if under >= 0 and depth > under:
                line = line[under + 1:]
            elif depth <= under:
                under = -1
        if task := _OUTLINE_TASK.match(line):
            line = f"{task.group('lead')}{_OUTLINE_BOX.get(task.group('state'), '[ ]')} {line[task.end():]}"
        out.append(line)
    return "\n".join(out)


def wiki_links_as_text(line: str) -> str:
    """The line with each wiki link as the words it stands for: the page's name where the words shown are a
    short form of it (a person's given name, "[[Eva Ek|Eva]]" is Eva Ek), else the words shown.

    >>> wiki_links_as_text("[[Eva Ek|Eva]] och [[Per Lund]] tar fram [[2031-03-12 Möte|förra mötets]] lista")
    'Eva Ek och Per Lund tar fram förra mötets lista'
    """
    def words(m: re.Match) -> str:
        page, shown = m.group("page").strip(), (m.group("shown") or "").strip()
        if not shown or shown.split()[0].casefold() in page.casefold().split():
            return page
        return shown
    return _WIKI_LINK.sub(words, line)


# a label and its value set apart by a leader of dots, as a typed roster lines them up: "Region Åby ....... Eva
# Ek (EE), ordf." reads as "Region Åby: Eva Ek (EE), ordf."; a signing role's leader before a bare name is the
# line to sign on ("Justerare ........ Per Lund")
# ("Lövsta kommun …… Mats Höglund": an ellipsis for dots; "1. Inledning ........ 3": a page number, no value; a line of
# signature fields, "Justerandes signatur ...... Utdragsbestyrkande ......", has dots after its value too)
_DOT_LEADER = re.compile(r"^(?P<label>[ \t]*[A-ZÅÄÖ][^.:…\t\n]{1,40}?)[ \t]*(?:\.{3,}|…{2,})[ \t]*"
                         r"(?=[A-ZÅÄÖ](?:[a-zåäö]|[A-ZÅÄÖ])(?!.*(?:\.{3}|…))"
                         # ("Åby kommun ...... ej ansluten – skriftlig rapport": the party that did not answer the call)
                         r"|(?:ej|inte|ingen|anmält|förhinder|frånvarande)\b(?!.*(?:\.{3}|…)))")
# a roster typed with the seat first, the name after a gap and the presence after a leader of dots, under a
# heading for each member: "    ledamot      Eva Ek (S) ........ närvarande" reads as "    Eva Ek (S), ledamot";
# "ersättare   Per Lund (C) ..... tjänstgörande" as "Per Lund (C), tjänstgörande ersättare"
_SEAT_FIRST_ROW = re.compile(r"^(?P<indent>[ \t]*)(?P<seat>ledamot|ersättare|ordinarie|suppleant)[ \t]{2,}"
                             r"(?P<name>[A-ZÅÄÖ][^.…\t\n]*?[^\s.])[ \t]*(?:\.{3,}|…{2,})[ \t]*"
                             r"(?P<mark>(?:ej\s+|inte\s+)?[a-zåäö][a-zåäö ,]*?)[ \t]*$")


def _seat_first_row(m: re.Match) -> str:
    """The row of a seat-first roster as a name, its seat and what the mark adds to "present"."""
    seat, notes = m.group("seat"), []
    for mark in (x.strip() for x in m.group("mark").split(",")):
        if mark == "tjänstgörande":
            seat = f"tjänstgörande {seat}"
        elif mark and mark != "närvarande":
            notes.append(mark)
    return ", ".join([f"{m.group('indent')}{m.group('name')}", seat, *notes])


_SIGNED_NAME = re.compile(r"[ \t]*(?i:ordförande|justerare|justerande|sekreterare|protokollförare)[ \t]*(?:\.{3,}|…{2,})[ \t]*"
                          r"[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){0,3}[ \t]*")
# a label in capitals in a column of its own, set off from its text by a gap, no colon: "BESLUT    Rutinen antas."
# reads as "Beslut: Rutinen antas."
_CAPS_LABEL = re.compile(r"^(?P<indent>[ \t]*)(?P<label>BESLUT(?:AS|ADES)?|ÅTGÄRD(?:ER)?|UPPDRAG|ANSVAR(?:IG)?|"
                         r"NOTERAS|NOTERADES|INFORMATION|KLART)(?:[ ]{2,}|\t)(?=\S)")
_CAPS_FIRST = frozenset("BÅUANIK \t")  # what such a line opens with: a cheap first look on every line
# the gavel's word as a styrgrupp's shorthand label for what was decided, at a line's start or after a sentence:
# "Klubbat: läggs till handlingarna." / "Förslaget gicks igenom. Klubbades: rutinen antas." reads as "Beslut: …"
_GAVEL_LABEL = re.compile(r"(?:^|(?<=[.!?] ))(?P<bold>\*\*)?[Kk]lubba(?:t|des)\s*:(?(bold)\*\*)(?=\s)")
# the responsible's line with its date in a field of its own after a gap, the labels in capitals: "ANSVAR: ÅN, DP
# KLART: 2028-04-04" reads as "Ansvar: ÅN och DP, Klart: 2028-04-04"
_RESPONSIBLE_FIELDS = re.compile(r"^(?P<indent>[ \t]*)(?i:ansvar(?:ig)?)\s*:(?P<who>[^\n]*?\S)[ ]{3,}"
                                 r"(?P<due>(?i:klart|senast|deadline))\s*:")
_NBSP = re.compile(r"[\u00a0\u2007\u202f]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\ufeff\u00ad]")
_SOFT_BREAK = re.compile(r"(?<=\w)\u00ad[ \t]*\n")
_NBSP_CHARS = ("\u00a0", "\u2007", "\u202f")
# a hyphen typed between words with a space on each side, where print sets a dash ("Borg, Elin - Region Norrby",
# "Anteckningar - Arbetsgrupp SIP"); not a table's rule ("| - |") nor a bullet at a line's start
# (the " - " first, the character before it looked at behind: a search then skips to each " - " at once)
_SPACED_HYPHEN = re.compile(r" - (?<=[^\s|+-] - )(?=[^\s|+-])")
# a mail address in angle brackets after the name it belongs to, as a mail program lists people
# ("Anna Lund <anna.lund@ekby.se>; Per Ek <per.ek@ekby.se>"): the name says who
_MAIL_ADDRESS = re.compile(r"(?<=\S)[ \t]*<[\w.+'-]+@[\w-]+(?:\.[\w-]+)+>")
# a meeting app's @-mention ("@Anna Lund tar fram …"): the name without its sign; an address keeps it
_MENTION = re.compile(r"(?<![\w.@])@(?=[A-ZÅÄÖÉ][a-zåäöéü])")
# a line opened by an @-mention is a task of its own, as an arrow marks one ("@Ali fixar lathund" under a
# decision reads as "→ Ali fixar lathund"), never the decision's sentence going on
# (its name followed by a verb in small letters on a line of its own: "@Helena Marklund<tab>Region X" is a roster's row,
# and so is a row whose cells a column's gap of spaces parts: "@Eva Ek      Åby kommun      socialchef      (/)")
# (several people joined by a plus, as a chat's to-do list writes them: "@Tobias + @Klara program till mässan")
_MENTION_OPENING = re.compile(r"(?m)^([ \t]*)(?=@[A-ZÅÄÖÉ][a-zåäöéü][\w-]*(?:[ ][A-ZÅÄÖÉ][\w-]*){0,2}"
                              r"(?:[ \t]*[,;+&]?[ \t]*@[A-ZÅÄÖÉ][a-zåäöéü][\w-]*(?:[ ][A-ZÅÄÖÉ][\w-]*){0,2})*"
                              r"[ ][a-zåäö]{2,}[^\t\n]*$)")
# two or more @-mentions side by side before the task they share ("@Linnea Eng @Petra Hallin uppdaterar rutinen"):
# the people named as a list, so that no name runs into the next once the signs are gone
_MENTION_RUN = re.compile(r"(?<![\w.@])@[A-ZÅÄÖÉ][\w-]+(?:[ \t]+[A-ZÅÄÖÉ][\w-]+){0,2}"
                          r"(?:[ \t]*[,;+&]?[ \t]*@[A-ZÅÄÖÉ][\w-]+(?:[ \t]+[A-ZÅÄÖÉ][\w-]+){0,2})+")


# a meeting app's follow-up task as its recap exports it: a box, the @-mention of whom it falls to, the task in the
# infinitive, and its due date after a dash ("☐ @Eva Ek skicka ut mallen – förfaller 27 okt. 2031"): the person as
# the label of the task ("Eva Ek: skicka ut mallen, senast 27 okt. 2031."), as an action list writes it, the
# sentence closed so that the next task is none of it
_DUE_MENTION_TASK = re.compile(r"(?m)^(?P<lead>[ \t]*(?:[☐☑]|[-*•][ \t]+\[[ xX]\])?[ \t]*)"
                               r"@(?P<who>[A-ZÅÄÖÉ][a-zåäöéü][\w-]*(?:[ ][A-ZÅÄÖÉ][\w-]*){0,2})"
                               r"[ \t]+(?P<task>[a-zåäö][^\t\n]*?)[ \t]+[–—-][ \t]+[Ff]örfall(?:er|odatum:?)"
                               r"[ \t]+(?P<due>\d[^\t\n]*?)[ \t]*$")


def due_mention_task_as_label(text: str) -> str:
    """The text with each follow-up task of a meeting app's recap written as an action list writes it.

    >>> due_mention_task_as_label("☐ @Eva Ek skicka ut mallen – förfaller 27 okt. 2031")
    '☐ Eva Ek: skicka ut mallen, senast 27 okt. 2031.'
    >>> due_mention_task_as_label("@Eva Ek tar fram underlaget till nästa möte")  # no due date: no recap's task
    '@Eva Ek tar fram underlaget till nästa möte'
    """
    return _DUE_MENTION_TASK.sub(lambda m: f"{m['lead']}{m['who']}: {m['task']}, senast {m['due'].rstrip('.')}.", text)


def _mention_list(m: re.Match) -> str:
    """The names of a run of @-mentions as a list.

    >>> _MENTION_RUN.sub(_mention_list, "@Linnea Eng @Petra Hallin uppdaterar rutinen")
    'Linnea Eng och Petra Hallin uppdaterar rutinen'
    >>> _MENTION_RUN.sub(_mention_list, "@Eva Ek, @Per Lund @Ola Berg tar fram underlaget")
    'Eva Ek, Per Lund och Ola Berg tar fram underlaget'
    >>> _MENTION_RUN.sub(_mention_list, "@Tobias + @Klara program till mässan")
    'Tobias och Klara program till mässan'
    """
    names = [n.strip(" \t,;+&") for n in m.group(0).split("@") if n.strip(" \t,;+&")]
    return ", ".join(names[:-1]) + " och " + names[-1]


_INVISIBLE_CHARS = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad")
_LAST_WORD = re.compile(r"(\w+)-$")
_FIRST_WORD = re.compile(r"^(\S+)")


# a line's last word that the sentence must go on from: a comma, a conjunction, a preposition, an article
OPEN_END = re.compile(
    r"(?:,|\b(?:och|samt|eller|att|som|i|för|till|med|av|om|på|från|inom|under|mellan|vid|hos|mot|genom|"
    r"efter|enligt|utan|över|inför|kring|bland|åt|den|det|de|en|ett))\s*$")
# the words a sentence of minutes opens with, which no name of a body or a person starts with
SENTENCE_OPENER = re.compile(r"(?:När|Då|Där|Det|Detta|Dessa|Denna|Vi|Man|Nästa|Inga|Ingen|Inget|Vidare|Därefter|"
                             r"Sedan|Enligt|Inför|Efter|Under|Mötet|Gruppen|Frågan|Ärendet|Hon|Han|De)\s")


@dataclass
class CleanText:
    """Cleaned lines (index 0 is line 1) and the line numbers that were markdown headings."""

    lines: list[str]
    md_headings: set[int] = field(default_factory=set)  # 1-based
    artefacts: set[int] = field(default_factory=set)  # 1-based lines that held page noise
    md_levels: dict[int, int] = field(default_factory=dict)  # 1-based line -> how many '#' it had
    bold_lines: set[int] = field(default_factory=set)  # 1-based lines written bold from end to end ("**Budget**")


def split_lines(text: str) -> list[str]:
    """Split on any newline convention, keeping the count of physical lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\f", "\n").replace("\v", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return text.split("\n")


_DASHES = ("-", "–", "—")


def _in_mark_column(out: list[str]) -> bool:
    """A lone dash after a name whose neighbour above has its mark on the line below ("Per Ek" / "X" /
    "Eva Berg" / "–"): a närvarolista's cells read one a line, the dash marking the one who was away.

    >>> _in_mark_column(["Per Ek", "X", "Eva Berg"]), _in_mark_column(["Punkter", "", "Text"])
    (True, False)
    """
    return (len(out) >= 3 and out[-2].strip() in ("X", "x", *_DASHES) and out[-1][:1].isupper()
            and len(out[-1].split()) in (2, 3))


def _after_label(out: list[str]) -> bool:
    """A lone dash under a label of its own ("Inte tjänstgörande ersättare:" / "-"): the section is empty.

    >>> _after_label(["Beslutande ledamöter:", "Eva Ek (S)", "Inte tjänstgörande ersättare:"]), _after_label(["Text."])
    (True, False)
    """
    return bool(out) and out[-1].rstrip().endswith(":") and len(out[-1]) < 60


def is_artefact(line: str) -> bool:
    """True for page furniture a reader skips: signature boxes, page numbers, footers.

    >>> is_artefact("Justerandes signatur"), is_artefact("  8(8) "), is_artefact("Bodil Sundlöf")
    (True, True, False)
    >>> is_artefact("Justerandes signatur          Utdragsbestyrkande")  # boxes side by side
    True
    >>> is_artefact("Justerandes signatur ......    Utdragsbestyrkande ......")  # leaders of dots to sign on
    True
    >>> is_artefact("Justerandes signatur ...... Utdragsbestyrkande ......")  # the gap one space, as a web page shows it
    True
    >>> is_artefact("Justerandes signatur ...... Anna Lund")
    False
    >>> is_artefact("Justerandes signatur Utdragsbestyrkande")  # a Word table's two cells, one space between
    True
    >>> is_artefact("Justerandes sign ………  ………\t\tUtdragsbestyrkande")  # two signers' lines, then the next box
    True
    >>> is_artefact("Samverkanswiki › Samverkansgrupp äldre › Möten 2027 › 2027-03-25")  # a wiki's breadcrumb
    True
    >>> is_artefact("*Utdrag ur protokollet bestyrks:* Eva Ek, nämndsekreterare")  # an extract's certification
    True
    """
    s = line.strip()
    if ("›" in s or "»" in s) and _BREADCRUMB.match(s):  # (the pattern backtracks over every line)
        return True
    if not s or len(s) >= 120 or s[0] not in _ARTEFACT_FIRST:
        return False
    if _ARTEFACT.match(s):
        return True
    if s.isprintable() and "   " not in s and ". " not in s and "_ " not in s and "… " not in s \
            and s[-18:].casefold() != "utdragsbestyrkande":
        return False  # no gap that parts boxes (only spaces in it, none after a leader): no need to scan the line
    return bool(_BOXES.search(s)) and all(_ARTEFACT.match(part) for part in _BOXES.split(s))


def _joins_hyphen(raw: str, nxt: str) -> bool:
    """A word split as 'e-' / 'hälsoplanen' or 'Inga-' / 'Lisa' (no space before the break)."""
    if not raw.endswith("-") or raw.endswith(" -") or len(raw) < 2:
        return False
    prev = raw[-2]
    first = nxt[:1]
    if not first:
        return False
    if prev.isdigit():
        return first.isdigit()
    if not prev.isalpha():
        return False
    if first.islower():
        # "hälso-" / "och sjukvårdsnämnden": a compound's first part before "och", kept apart
        return not re.match(r"(?:och|eller|samt|respektive)\b", nxt)
    if first == "/":
        return True
    if first.isupper():
        # "Inga-" + "Lisa": a capitalised fragment continues a capitalised name
        m = _LAST_WORD.search(raw)
        return bool(m) and m.group(1)[:1].isupper() and first.isupper() and len(m.group(1)) <= 12
    return False


def _soft_hyphen(raw: str, head: str, text: str = "") -> bool:
    """A hyphen a word processor put where it broke a word at the line's end ("sam-" / "verkansgrupp",
    "Led-" / "ningsgruppen"): a fragment of two or more letters, capitalised at most at its start,
    before a lowercase continuation. A hyphen that belongs to the word stays: after a letter or an
    acronym ("e-hälsa", "SIP-möten"), and between capitalised parts ("Norrby-Åsta").

    >>> _soft_hyphen("en sam-", "verkansgrupp"), _soft_hyphen("Led-", "ningsgruppen")
    (True, True)
    >>> _soft_hyphen("se över e-", "hälsoplanen"), _soft_hyphen("nya SIP-", "möten"), _soft_hyphen("Norrby-", "Åsta")
    (False, False, False)

    A name the text writes with its hyphen elsewhere keeps it where the line breaks there: "Strama-" / "gruppen"
    in a text that speaks of "Regionens Strama-grupp".

    >>> _soft_hyphen("representant i Strama-", "gruppen", "Regionens Strama-grupp har bett nätverket")
    False
    """
    m = _LAST_WORD.search(raw)
    word = m.group(1) if m else ""
    if word[:1].isupper() and re.search(rf"\b{re.escape(word)}-[^\W\d_]", text):
        return False
    return (len(word) >= 2 and word.isalpha() and word[1:].islower() and head[:1].islower()
            and head.rstrip(".,;:!?)").isalpha())


def _lone_counter_headers(raw_lines: list[str], out: list[str], art: set[int], reach: int = 3) -> None:
    """Blank the running header or footer lines that stand beside a page counter of its own line.

    A PDF gives a page's header and footer lines ("Arbetsgrupp X", "Minnesanteckningar 2025-12-10")
    around a lone "Sida 2 av 2": the lines found beside the first counter too repeat on each page.
    The first page's are kept, since they are the title; a page may count itself twice (a "1 (2)"
    in the header and a "Sida 1 av 2" in the footer), so the first page is every counter of its number.
    """
    counters = [(i - 1, int(m.group(1))) for i in sorted(art)
                if (m := _COUNTER_LINE.match(raw_lines[i - 1].strip()))]
    if len(counters) < 2:
        return
    n = len(out)

    def beside(i: int) -> list[tuple[str, int]]:
        return [(" ".join(out[j].split()).casefold(), j) for j in range(max(0, i - reach), min(n, i + reach + 1))
                if j != i and out[j].strip()]

    page_one = counters[0][1]
    first: dict[str, set[int]] = {}
    for i, page in counters:
        if page == page_one:
            for key, j in beside(i):
                first.setdefault(key, set()).add(j)
    for i in (i for i, page in counters if page != page_one):
        for key, j in beside(i):
            # the same line near both counters (the first page's footer and the next page's
            # header stand close together) repeats nothing
            if first.get(key, set()) - {j}:
                art.add(j + 1)
                out[j] = ""


def without_invisible(text: str) -> str:
    r"""``text`` without the characters that draw nothing (zero-width spaces and joiners, a byte order
    mark, soft hyphens): an optional hyphen where a line breaks ("sam\xad" / "verkan") is a word broken
    there, left as a hyphen for the line's joining; elsewhere it is nothing.

    >>> without_invisible("Sand\u00adhamra kom\u200bmun, sam\u00ad\nverkan")
    'Sandhamra kommun, sam-\nverkan'
    """
    # each character looked for with str.find first: most texts hold none, and the patterns scan slower
    if any(c in text for c in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", _SOFT_BREAK.sub("-\n", text) if "\u00ad" in text else text)
    return text


# a numbered heading a plain-text secretary marks out with rule signs before (and after) it
_RULED_HEADING = re.compile(r"^(?:-{2,4}|={2,4}|>>)[ \t]+(?P<head>\d{1,2}[.)]?[ \t]+[A-ZÅÄÖ][^\n]*?)(?:[ \t]+(?:-{2,4}|={2,4}|<<))?[ \t]*$")




# a list item led by a dash: "– Region Åby – Eva Ek", "  — Per Lund tar fram …" (a dash alone is a cell's mark)
_DASH_BULLET = re.compile(r"^([ \t]*)[–—][ \t]+(?=\S)")
# a list item led by an asterisk, as Markdown and plain-text mail type a list: "* Eva Ek, MAS", "  * Per Lund …"
# (an asterisk before a space opens no emphasis; a rule of asterisks "* * *" is no item)
# a paragraph's mark a web publication sets as a list's bullet: "• § 3" over the title of the paragraph
_BULLETED_PARAGRAPH = re.compile(r"^[ \t]*[•·▪◦‣-][ \t]+(?=§\s*\d{1,4}[a-z]?\b)")
_STAR_BULLET = re.compile(r"^([ \t]*)\*[ \t]+(?=[^\s*]|\*\*?[^\s*])")


# a wiki page's title dated as the wiki names its pages: "Nätverket X : 2026-11-13 Mötesanteckningar", the date
# ending the line where its name wrapped
_WIKI_DATED = re.compile(r" : 20\d\d-\d\d-\d\d( |$)")
# the page's name after its date, on a line of its own: a word or three ("Mötesanteckningar", "Möte om budgeten")
_WIKI_PAGE_REST = re.compile(r"[A-ZÅÄÖ][\wåäö-]+(?: [\wåäö-]+){0,3}")
# a picture (emoji) opening a line, a heading or a list item: decoration (not the ticks and boxes, U+2600–27BF,
# that mark decisions, tasks and who took part)
_LEADING_PICTOGRAPH = re.compile(r"^([ \t]*(?:#{1,6}[ \t]+|[-*•][ \t]+)?(?:\*\*)?)[\U0001F300-\U0001FAFF]\ufe0f?[ \t]*",
                                 re.M)


def clean(text: str) -> CleanText:
    """Return cleaned lines, one per physical line of ``text``.

    >>> clean("att se över e-\\n\\nhälsoplanen\\nJusterandes signatur").lines
    ['att se över e-hälsoplanen', '', '', '']
    >>> clean("i en sam-\\nverkansgrupp för Norrby-\\nÅsta").lines
    ['i en samverkansgrupp', 'för Norrby-Åsta', '']
    >>> clean("en sam\\u00ad\\nverkans\\u00adgrupp").lines
    ['en samverkansgrupp', '']
    >>> clean("Närvarande: Anna Lund <anna.lund@ekby.se>; Per Ek <per.ek@ekby.se>").lines
    ['Närvarande: Anna Lund; Per Ek']
    >>> clean("@Anna Lund tar fram underlaget; skickas till anna.lund@ekby.se").lines
    ['→ Anna Lund tar fram underlaget; skickas till anna.lund@ekby.se']
    >>> clean("Vi ses. @Anna Lund tar fram underlaget").lines
    ['Vi ses. Anna Lund tar fram underlaget']
    >>> clean("inför beslut i hälso-\\noch sjukvårdsnämnden").lines
    ['inför beslut i hälso-', 'och sjukvårdsnämnden']
    >>> clean("-- 1. Sammankallande\\n== 2. Representation ==").lines
    ['1. Sammankallande', '2. Representation']
    >>> clean(" • § 2\\n  Val av justerare\\n- §3 Budget").lines
    ['§ 2', '  Val av justerare', '§3 Budget']
    >>> clean("Protokoll LSVO   Sida 1 av 2\\natt ta fram en\\nProtokoll LSVO   Sida 2 av 2\\nplan").lines
    ['Protokoll LSVO   Sida 1 av 2', 'att ta fram en', '', 'plan']
    >>> clean("  Lövsta kommun ....... Mats Höglund, socialdirektör\\n1. Inledning ........ 3").lines
    ['  Lövsta kommun: Mats Höglund, socialdirektör', '1. Inledning ........ 3']
    >>> clean("Åby kommun ....... ej ansluten").lines  # a party that did not answer the roll call
    ['Åby kommun: ej ansluten']
    >>> clean("Justerandes signatur ........ Utdragsbestyrkande ........").lines  # signature fields: no value
    ['']
    >>> clean("## Beslut\\n#\\tBeslut\\tPunkt\\n1\\tPlanen antas.\\t2").lines
    ['Beslut', '#\\tBeslut\\tPunkt', '1\\tPlanen antas.\\t2']
    >>> clean("Region Åby ......... Eva Ek (EE), ordf.\\nSekreterare ...... Per Lund, Region Åby").lines
    ['Region Åby: Eva Ek (EE), ordf.', 'Sekreterare: Per Lund, Region Åby']
    >>> clean("Justerare ........ Per Lund").lines
    ['Justerare ........ Per Lund']
    >>> clean("Justerandes signatur: ...... Utdragsbestyrkande ......").lines
    ['']
    >>> clean("Punkt 1    Inledning\\n           BESLUT    Rutinen antas.").lines
    ['Punkt 1    Inledning', '           Beslut: Rutinen antas.']
    >>> clean("  ANSVAR: ÅN, DP   KLART: 2028-04-04").lines
    ['  Ansvar: ÅN och DP, Klart: 2028-04-04']
    >>> clean("- ~~Eva Ek, MAS~~ (förhinder)").lines
    ['- Eva Ek, MAS (förhinder)']
    >>> clean("> **Beslut:** Teamet utser Eva Ek till vice sammankallande.\\n> Per sa att det brådskar.").lines
    ['Beslut: Teamet utser Eva Ek till vice sammankallande.', '> Per sa att det brådskar.']
    >>> clean("> [!todo] Att göra\\n> - [ ] [[Eva Ek|Eva]] skickar ut mallen\\nPer sa att det brådskar.").lines
    ['Att göra', '- [ ] Eva Ek skickar ut mallen', 'Per sa att det brådskar.']
    >>> clean("**Åby kommun**\\n: Eva Ek, MAS\\n: Per Lund, socialchef").lines
    ['Åby kommun', '- Eva Ek, MAS', '- Per Lund, socialchef']
    >>> clean("ME tar frågan t. RLG 21/3, t. ex. via mejl; t. v. oklart").lines
    ['ME tar frågan till RLG 21/3, t. ex. via mejl; t. v. oklart']
    >>> clean("Eva Ek utsågs att just. protokollet. Val av just.").lines
    ['Eva Ek utsågs att justera protokollet. Val av just.']
    >>> clean("1.  [Samverkanswiki](index.html)\\n2.  [Möten](Moten_48.html)\\n# Möte 2026-11-13").lines
    ['', '', 'Möte 2026-11-13']
    >>> clean("– Region Åby – Eva Ek, MAS\\n  — Per Lund tar fram underlaget\\nmöte 2/6 – anteckningar").lines
    ['- Region Åby – Eva Ek, MAS', '  - Per Lund tar fram underlaget', 'möte 2/6 – anteckningar']
    >>> clean("(tillägg Magnus:) Polisen avsätter två dagar.\\n(se bilaga) Planen antas.").lines
    ['Polisen avsätter två dagar.', '(se bilaga) Planen antas.']
    >>> clean("# 📝 Styrgrupp X\\n## 👥 Deltagare\\n📅 Nästa möte: 5 februari\\n✅ **Beslut:** Planen antas.").lines
    ['Styrgrupp X', 'Deltagare', 'Nästa möte: 5 februari', '✅ Beslut: Planen antas.']
    """
    text = without_invisible(text)
    if text and max(text) >= "\U0001F300" and _LEADING_PICTOGRAPH.search(text):
        # "# 📝 Styrgrupp X – möte 4 december", "## 👥 Deltagare", "📅 Nästa möte: …": a notes app's pictures
        # before a heading or a line, no word of it
        text = _LEADING_PICTOGRAPH.sub(r"\1", text)
    if "[!" in text:
        text = callouts_unquoted(text)
    if "- #" in text or ":: " in text[:200]:
        text = outline_unfolded(text)
    if any(c in text for c in _NBSP_CHARS):
        text = _NBSP.sub(" ", text)
    if " - " in text:
        text = _SPACED_HYPHEN.sub(" – ", text)  # the dash most keyboards type: a hyphen between spaces
    if "@" in text:
        text = due_mention_task_as_label(text)
        text = _MENTION.sub("", _MENTION_RUN.sub(_mention_list, _MENTION_OPENING.sub(r"\1→ ", _MAIL_ADDRESS.sub("", text))))
    raw_lines = split_lines(text)
    out: list[str] = []
    md: set[int] = set()
    levels: dict[int, int] = {}
    bold: set[int] = set()
    art: set[int] = set()
    wrapped = 0  # the line a wiki page's title wrapped onto, read with it
    for i, raw in enumerate(raw_lines, start=1):
        s = raw.rstrip()
        if s.lstrip(" \t")[:1] in ("–", "—") and (dash := _DASH_BULLET.match(s)):
            # "– Region Åby – Eva Ek, MAS": a word processor turns the typed "- " of a list into a dash; the list
            # is read as the one typed with a hyphen
            s = f"{dash.group(1)}- {s[dash.end():]}"
        elif s.lstrip(" \t")[:2] in ("* ", "*\t") and (star := _STAR_BULLET.match(s)):
            s = f"{star.group(1)}- {s[star.end():]}"  # "* Eva Ek, MAS": the list read as the one typed with a hyphen
        if "§" in s[:8] and (mark := _BULLETED_PARAGRAPH.match(s)):
            s = s[mark.end():]  # "• § 3" as a web publication of a protocol lists its paragraphs: the paragraph's number
        m = _MD_HEADING.match(s) if s[:1] == "#" else None
        if m:
            md.add(i)
            levels[i] = len(m.group(1))
            s = s[m.end():]
            if " : " in s and not any(out):
                s = wiki_title(s)  # "# Space : 2026-11-13 Mötesanteckningar": a wiki page's title, its space after
        elif " : " in s and not any(out) and s[:1].isupper() and (dated := _WIKI_DATED.search(s)):
            # the same title copied without its mark, the page dated as the wiki names it; printed to PDF, the
            # page's name after the date may wrap onto the next line ("Nätverket X : 2026-11-13" / "Mötesanteckningar")
            if not dated.group(1) and i < len(raw_lines) and _WIKI_PAGE_REST.fullmatch(raw_lines[i].strip()):
                s, wrapped = f"{s} {raw_lines[i].strip()}", i + 1
            s = wiki_title(s)
        elif i == wrapped:
            s = ""
        if s[:1] == "<" and (toggle := _TOGGLE.match(s)):
            # a notes tool's toggle exported as HTML: "<summary>2. Användartester</summary>" heads what it folds
            # away, "<details>" and "</details>" around it are markup alone
            s = toggle.group("head") or ""
            if s:
                md.add(i)
                levels[i] = 3
        if s[:1] == ":" and _MD_DEFINITION.match(s):
            s = _MD_DEFINITION.sub("- ", s, count=1)  # a definition list's ": Eva Ek, MAS" under its term: an item of it
        if s[:1] == ">" and (quoted := _MD_QUOTED_CHAT.match(s) or _MD_CALLOUT.match(s)):
            s = s[quoted.end():]  # "> **Beslut:** Teamet utser …": a label set apart as a quote, read as the label
        if "[[" in s:
            s = wiki_links_as_text(s)
        if "](" in s and _MD_LINK_CRUMB.match(s):
            art.add(i)  # a wiki's breadcrumb exported as a numbered list of links: no point of the notes
            s = ""
        if "](" in s or "(/)" in s or "(x)" in s:
            s = md_links_as_text(s)
        if "📅" in s or "➕" in s or "⏳" in s or "🛫" in s:
            s = task_fields_as_text(s)
        if s[:1] in ("(", "[") and (added := _ADDED_BY.match(s)):
            s = s[added.end():]  # "(tillägg Magnus:) Polisen avsätter …": who added the line in a forwarded reply
        if "**" in s or "__" in s:
            if _MD_BOLD_LINE.match(s):
                bold.add(i)
            s = _MD_EMPH.sub("", s)
        if "~~" in s:
            s = _MD_STRIKE.sub(r"\1", s)  # "- ~~Eva Ek, MAS~~ (förhinder)": struck through, the text still read
        if s[:1] == "*":
            s = _MD_ITALIC_LEAD.sub(r"\1", s)
        if s.count("*") >= 2:
            s = _MD_ITALIC_INLINE.sub(r"\1", s)  # "ett underlag till *Regionala ledningsgruppen* (RLG-D)"
        if "_" in s and _FILE_NAME_TITLE.fullmatch(s.strip()):
            # a title written as a file name ("Lokala närvårdsrådet i Åby_minnesanteckningar_2025-10-07"): its
            # underscores part the fields where the words have spaces, part the words where none do
            s = s.replace("_", " – " if " " in s.strip() else " ")
        if " / " in s:
            # "Tid / Aika:", "Namn / Nimi", "ordförande / puheenjohtaja": the label or role, not its translation
            # (a table read with its layout keeps its columns where they stand: the translation's place is left blank)
            keep = _kept_in_column if "   " in s else r"\g<sv>"
            s = _BILINGUAL_ROLE.sub(keep, _BILINGUAL_LABEL.sub(keep, s))
        if s[:2] in ("--", "==", ">>") and (rule := _RULED_HEADING.match(s)):
            # "-- 1. Sammankallande", "== 2. Representation ==": a plain-text heading marked with rule signs
            s = rule.group("head")
        if "  " in s and (fields := _RESPONSIBLE_FIELDS.match(s)) is not None:
            who = " och ".join(x.strip() for x in fields.group("who").rsplit(",", 1))  # "ÅN, DP": listed with "och"
            s = f"{fields.group('indent')}Ansvar: {who}, {fields.group('due').capitalize()}:{s[fields.end():]}"
        if "lubba" in s:
            s = _GAVEL_LABEL.sub("Beslut:", s)
        if s[:1] in _CAPS_FIRST and (caps := _CAPS_LABEL.match(s)) is not None:
            s = f"{caps.group('indent')}{caps.group('label').capitalize()}: {s[caps.end():]}"
        if (".." in s or "……" in s) and s.lstrip()[:1] in "leos" and (row := _SEAT_FIRST_ROW.match(s)):
            s = _seat_first_row(row)
        if (".." in s or "……" in s) and (leader := _DOT_LEADER.match(s)) and not _SIGNED_NAME.fullmatch(s) \
                and not re.search(r"[._…]{4,}\s*$", s):  # "Justerandes signatur ...... Utdragsbestyrkande ......": lines to sign on
            s = f"{leader.group('label')}: {s[leader.end():]}"
        if "esp." in s:
            s = _EACH_CUT_SHORT.sub(r"\1espektive ", s)  # "Resp. kommun tar …": each kommun, cut short in a hurry
        if "t. " in s:
            s = _TILL_CUT_SHORT.sub("till", s)
        if " o " in s:
            s = _OCH_CUT_SHORT.sub(r"\1 och ", s)
        if "just." in s:
            s = _ADJUST_CUT_SHORT.sub(r"\1justera", s)  # "utsågs att just. protokollet": to sign it, cut short
        lead = s.lstrip()[:1]
        if lead in _ODD_BULLETS:
            k = len(s) - len(s.lstrip())
            s = f"{s[:k]}•{s[k + 1:]}"
        if lead.isdigit() and "/" in s[:16] and ":" in s[:24] and (m := _LOG_ENTRY.match(s)):
            s = _in_loggers_words(m)
        if lead == "[" and (m := _CHAT_LINE.match(s)):
            s = _chat_line_as_sentence(m)
        if is_artefact(s) and not (s.strip() in _DASHES and (_in_mark_column(out) or _after_label(out))):
            art.add(i)
            s = ""
        out.append(s)
    n_lines = len(out)
    # a running header or footer with a page counter ("Protokoll LSVO 2024-06-14   Sida 2 av 2"):
    # its first appearance may be the title, the later ones are page furniture
    seen: set[str] = set()
    first_at: dict[str, int] = {}
    repeats: list[tuple[str, int]] = []
    for i, s in enumerate(out):
        m = _PAGE_COUNTER.search(s) if s and (s[-1].isdigit() or s[-1] == ")") and (
            "  " in s or "\t" in s or not s.isprintable()) else None  # (the gap before the counter looked for first)
        if m is None and s[-1:] == ")" and (m := _KIND_COUNTER.match(s.strip())):
            key = m.group("kind").casefold()  # "PROTOKOLL 2 (6)": the kind and the counter one space apart
        elif m is None or not s[:m.start()].strip():
            continue
        else:
            key = " ".join(s[:m.start()].split()).casefold()
        if key in seen:
            art.add(i + 1)
            out[i] = ""
            repeats.append((key, i))
        else:
            first_at[key] = i
        seen.add(key)
    # the header's other lines ("Socialnämnden   2025-03-25" under the counter line) repeat with it
    for key, i in repeats:
        first = first_at[key]
        near: dict[str, set[int]] = {}
        for j in range(max(0, first - 2), min(n_lines, first + 3)):
            if j != first and out[j].strip():
                near.setdefault(" ".join(out[j].split()).casefold(), set()).add(j)
        for j in range(max(0, i - 2), min(n_lines, i + 3)):
            if j != i and out[j].strip() and near.get(" ".join(out[j].split()).casefold(), set()) - {j}:
                art.add(j + 1)
                out[j] = ""
    if seen:
        # a PDF's footer over the next page's header: the running line again without its counter (which stood on
        # a line of its own) is page furniture, and so is its first appearance with the counter below the title,
        # at the foot of the first page
        top = [i for i, s in enumerate(out) if s.strip()][:5]
        again = {key for key, _ in repeats}
        for i, s in enumerate(out):
            key = " ".join(s.split()).casefold() if s and i not in first_at.values() and i not in top else ""
            if key in seen:
                art.add(i + 1)
                out[i] = ""
                again.add(key)
        for key, i in first_at.items():
            if key in again and i not in top:
                art.add(i + 1)
                out[i] = ""
    _lone_counter_headers(raw_lines, out, art)
    if "✓" in text or "✔" in text or "☑" in text or "✅" in text:
        _roster_ticks_as_words(out)
    if "   " in text:
        _drop_code_column(out)
    if "Parti" in text:
        _party_column_bracketed(out)
    if art:
        _sentences_across_page_breaks(out, art)
    # rejoin words hyphen-split across a line break (the raw line had no space before it)
    n = len(out)
    whole = "\n".join(out) if any(x.endswith("-") for x in out) else ""  # how the text spells its names elsewhere
    for i in range(n):
        line = out[i]
        if not line or not line.endswith("-"):
            continue
        raw = raw_lines[i].rstrip("\r\n")
        if raw.rstrip() != raw:  # "hälso- " keeps its space: a real dash before "och"
            continue
        j = i + 1
        skipped = 0
        while j < n and not out[j].strip() and skipped < 3:
            j += 1
            skipped += 1
        if j >= n or not out[j].strip():
            continue
        nxt = out[j].lstrip()
        if _joins_hyphen(line, nxt):
            m = _FIRST_WORD.match(nxt)
            if nxt[:1] == "/":
                head, tail = "", nxt
            elif m:
                head, tail = m.group(1), nxt[m.end():]
            else:
                continue
            if head:
                out[i] = (line[:-1] if _soft_hyphen(line, head, whole) else line) + head
                indent = len(out[j]) - len(nxt)
                # "Åsa Grönlund-" / "      Berg (S), vice ordförande" in a table laid out with spaces: the rest stays
                # in its column
                out[j] = (" " * (indent + len(nxt) - len(tail.lstrip())) if indent and tail.strip() else "") + tail.lstrip()
            else:
                out[i] = line + tail
                out[j] = ""
            if not out[j]:
                out[j] = ""
    if any(_POST_HEAD.match(x) for x in out[:8] if ":" in x):
        if "jag" in text.casefold():
            out = _posts_in_writers_words(out)
        _post_heads_apart(out, art)
    return CleanText(out, md, art, levels, bold)


def _sentences_across_page_breaks(out: list[str], art: set[int], reach: int = 8) -> None:
    """A sentence a page break cut, whole again, in place: where the blank lines between two lines held a
    running header the cleaning blanked, and blank lines of the text's own around it (a header blanked right after
    the line is a gap the readers pass over already), and the line before goes on (no full stop, colon or semicolon at its end)
    in a line that opens in a small letter, the rest is moved up to the line after the first part, so the
    paragraph is one again ("… och skicka" / page head / "planen till kommunstyrelsen senast den 4 december.").

    >>> out = ["X får i uppdrag att skicka", "", "", "", "", "planen till KS senast 4 december.", "Nästa punkt."]
    >>> _sentences_across_page_breaks(out, {3, 4}); out
    ['X får i uppdrag att skicka', 'planen till KS senast 4 december.', '', '', '', '', 'Nästa punkt.']
    >>> out = ["Beslut:", "", "", "", "att godkänna planen."]
    >>> _sentences_across_page_breaks(out, {3}); out
    ['Beslut:', '', '', '', 'att godkänna planen.']
    >>> out = ["X ska skicka", "", "planen."]
    >>> _sentences_across_page_breaks(out, {2}); out
    ['X ska skicka', '', 'planen.']
    """
    n = len(out)
    i = 0
    while i < n - 1:
        line = out[i].rstrip()
        if not line or out[i + 1].strip() or not (line[-1].isalpha() or line[-1] in ",-"):
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= reach and not out[j].strip():
            j += 1
        nxt = out[j].lstrip() if j < n else ""
        if (nxt[:1].isalpha() and nxt[:1].islower() and i + 2 not in art
                and any(k + 1 in art for k in range(i + 2, j))):
            out[i + 1], out[j] = out[j], ""
        i = j


# a roster's header row with a column of parties: "Ledamot Parti Uppdrag Ersätts av", "Namn   Parti   Närvaro"
_PARTY_HEADER = re.compile(r"^\s*(?:Ledamot|Ledamöter|Namn|Ersättare|Beslutande)\s+Parti\b")
# a row of it as a PDF's text runs the cells together: "Eva Ek S ordförande", "Ola Berg S"
_PARTY_ROW = re.compile(r"^(?P<name>\s*[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+){1,3}) "
                        r"(?P<party>S|M|C|V|L|KD|SD|MP)(?=\s|$)(?P<rest>.*)$")

_COLUMN_GAP = re.compile(r"\t| {2,}")
# a column of presence marks in the header, and a row's mark in it: "1" for one there, a dash for one away
_PRESENCE_HEAD = re.compile(r"\sNärvaro\b")
# (after the role where the Uppdrag column stands before it: "1:e vice ordförande Ja", "ledamot Nej Olle Ek (C)")
_PRESENCE_MARK = re.compile(r"^(?P<role>(?:\S+\s+){0,4}?)(?P<mark>1|[-–—]|Ja|Nej)(?:\s+|$)(?P<rest>.*)$")
_AWAY_MARKS = frozenset({"-", "–", "—", "Nej"})
# a row's last cells a PDF put on a line of their own: "Ja", "Nej Olle Bäckström (C)"
_MARK_LINE = re.compile(r"^(?:1|[-–—]|Ja|Nej)(?:\s+[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+){1,3}\s"
                        r"\((?:S|M|C|V|L|KD|SD|MP)\))?$")
# a column of the header naming who served in the member's stead, and a row's cell of it at the row's end
_STAND_IN_HEAD = re.compile(r"\b(?:Ersätts|Ersatt|Ersattes)\s+av\b|\bTjänstgörande\s+ersättare\b")
_STAND_IN_CELL = re.compile(r"^(?P<role>.*?)\s*(?P<sub>[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+){1,3}\s"
                            r"\((?:S|M|C|V|L|KD|SD|MP)\))$")
_PARTY_LEAD = re.compile(r"^\s*(?:S|M|C|V|L|KD|SD|MP)\s+[a-zåäö\d]")
_BARE_NAME = re.compile(r"\s*[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+){1,3}\s*")


def _party_column_bracketed(out: list[str], reach: int = 30) -> None:
    """The party in a roster's column of its own, under a header naming it, written in brackets after the name
    as the rest of the protocol writes it, in place: "Eva Ek S ordförande" reads "Eva Ek (S), ordförande".

    >>> out = ["Ledamot Parti Uppdrag", "Eva Ek S ordförande", "Per-Erik Lund SD ledamot", "Ola Berg S"]
    >>> _party_column_bracketed(out); out[1:]
    ['Eva Ek (S), ordförande', 'Per-Erik Lund (SD), ledamot', 'Ola Berg (S)']
    >>> out = ["Namn Parti Närvaro Anteckningar", "Eva Ek S 1 Ordförande", "Per Lind C - Lisa Berg", "Bo Ek KD -"]
    >>> _party_column_bracketed(out); out[1:]
    ['Eva Ek (S), Ordförande', 'Per Lind (C), –', 'Bo Ek (KD), –']
    >>> out = ["Ledamot Parti Uppdrag Ersätts av", "Anna-Karin Holm", "S ledamot Bo Lind (S)"]
    >>> _party_column_bracketed(out); out[1:]
    ['Bo Lind (S), tjänstgörande ersättare för Anna-Karin Holm (S), ledamot', '']
    >>> out = ["**Ledamot Parti Uppdrag Närvaro Ersatt av**", "Eva Ek", "S ordförande Ja", "Bo Holm",
    ...        "M 1:e vice ordförande", "Ja", "Åsa Lind C ledamot", "Nej Ola Berg (C)", "Per Ek SD ledamot Nej"]
    >>> _party_column_bracketed(out); [x for x in out[1:] if x]
    ['Eva Ek (S), ordförande', 'Bo Holm (M), 1:e vice ordförande', 'Ola Berg (C), tjänstgörande ersättare för Åsa Lind (C), ledamot', 'Per Ek (SD), ledamot, –']
    """
    for i, line in enumerate(out):
        line = line.strip().strip("*").strip()  # (a PDF's bold header row: "**Ledamot Parti Uppdrag Närvaro**")
        if not _PARTY_HEADER.match(line) or _COLUMN_GAP.search(line):
            continue  # (a header whose columns keep their gaps is read by its columns, the marks under them too)
        for j in range(i + 1, min(len(out), i + 1 + reach)):
            below = _PARTY_LEAD.match(out[j + 1]) if j + 1 < len(out) else None
            if below is not None and _BARE_NAME.fullmatch(out[j]):
                # "Anna-Karin Holm" / "S ledamot Bo Lind (S)": the name's cell wrapped, its party below
                out[j], out[j + 1] = f"{out[j].rstrip()} {out[j + 1].strip()}", ""
            m = _PARTY_ROW.match(out[j]) if not _COLUMN_GAP.search(out[j].strip()) else None
            if m is None:
                continue
            k = j + 1 + (j + 2 < len(out) and not out[j + 1].strip())  # (past the line a wrapped name left)
            if k < len(out) and _MARK_LINE.match(out[k].strip()) and _PRESENCE_HEAD.search(line):
                # "Agneta Fröjd C 2:e vice ordförande" / "Nej Olle Bäckström (C)": the row's last cells below it
                out[j], out[k] = f"{out[j].rstrip()} {out[k].strip()}", ""
                m = _PARTY_ROW.match(out[j])
            rest = m.group("rest").strip()
            who = f"{m.group('name').strip()} ({m.group('party')})"
            away = ""
            if _PRESENCE_HEAD.search(line) and (mark := _PRESENCE_MARK.match(rest)):
                # "Namn Parti Närvaro … Anteckningar" over "Per Lind C - Lisa Berg": "1" (or "Ja") for one there, a
                # dash (or "Nej") for one away; a name in the notes is the ersättare who served, on a row of her own
                rest, away = mark.group("rest"), ", –" if mark.group("mark") in _AWAY_MARKS else ""
                rest = "" if _BARE_NAME.fullmatch(rest) else rest
                rest = f"{mark.group('role').strip()} {rest}".strip()
            sub = _STAND_IN_CELL.match(rest) if _STAND_IN_HEAD.search(line) else None
            if sub is not None:
                # "… | Ersätts av" over "Anna Ek S ledamot Per Lund (S)": the one in the last column served for her
                role = sub.group("role").strip(" ,")
                # (the seat's own office, "2:e vice ordförande", is not the ersättare's: only the seat is told)
                role = role if role.casefold() == "ledamot" else ""
                out[j] = f"{sub.group('sub')}, tjänstgörande ersättare för {who}" + (f", {role}" if role else "")
                continue
            out[j] = who + (f", {rest}" if rest else "") + away


# a meeting app's participant list ticks each one who took part and crosses each one who did not, before the
# name: "  ✓ Eva Ek (Åby kommun) – ordförande", "  ✗ Bo Lind (Region Åby) – anmält förhinder"
_TICKED_NAME = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[✓✔☑✅]|[✗✘✕✖❌☒])\ufe0f?[ \t]+"
                          r"(?=[A-ZÅÄÖÉ][\wåäöéü'’-]+(?:[ -][A-ZÅÄÖÉ][\wåäöéü'’-]+)+\b)")
_TICK_PRESENT = frozenset("✓✔☑✅")
_BARE_NAME_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?[A-ZÅÄÖÉ][\wåäöéü'’-]+ [A-ZÅÄÖÉ][\wåäöéü'’-]+")
# the same marks after the name and what the list tells of the person: "Eva Ek (Åby kommun, rektor) ✓" (one space
# before it: a mark in a column of its own, after a gap or a cell's bar, is the table's, read with its heading)
_NAME_TICKED = re.compile(r"^(?P<indent>[ \t]*)(?P<rest>[A-ZÅÄÖÉ][\wåäöéü'’-]+(?:[ -][A-ZÅÄÖÉ][\wåäöéü'’-]+)+\b"
                          r"(?:(?! {2})[^✓✔☑✅✗✘✕✖❌☒\t|])*?) (?P<mark>[✓✔☑✅]|[✗✘✕✖❌☒])\ufe0f?[ \t]*$")


def _roster_ticks_as_words(out: list[str], run: int = 2) -> None:
    """The ticks and crosses before the names of a participant list, in place, where at least ``run`` lines in a
    row have one: a tick leaves the name as a roster line, a cross becomes the dash after it that marks one who
    was away (unless the line already says so).

    >>> out = ["Deltagare (3)", "  ✓ Eva Ek (Åby kommun) – ordförande", "  ✓ Per-Olof Lind (Region Åby)",
    ...        "  ✗ Bo Berg (Polismyndigheten)", "Agenda"]
    >>> _roster_ticks_as_words(out); out[1:4]
    ['  Eva Ek (Åby kommun) – ordförande', '  Per-Olof Lind (Region Åby)', '  Bo Berg (Polismyndigheten), –']
    >>> out = ["  ✗ Bo Berg (Polismyndigheten) – anmält förhinder", "  ✓ Eva Ek (Åby kommun)", "Gäster (1)",
    ...        "  ✓ Sara Olin (Länsstyrelsen) – punkt 2"]
    >>> _roster_ticks_as_words(out); out
    ['  Bo Berg (Polismyndigheten) – anmält förhinder', '  Eva Ek (Åby kommun)', 'Gäster (1)', '  Sara Olin (Länsstyrelsen) – punkt 2']

    The marks may follow the name instead, as a participant list's last column:

    >>> out = ["Eva Ek (Åby kommun, rektor) ✓", "Bo Berg (Region Åby) ✗"]
    >>> _roster_ticks_as_words(out); out
    ['Eva Ek (Åby kommun, rektor)', 'Bo Berg (Region Åby), –']
    >>> out = ["Eva Ek     Åby kommun     ✓", "Bo Berg    Region Åby     ✗"]  # a table's column, read by its heading
    >>> _roster_ticks_as_words(out); out
    ['Eva Ek     Åby kommun     ✓', 'Bo Berg    Region Åby     ✗']

    A run beside a bare name is a roster whose ticks say who was there, the bare names away, and stays as it is:

    >>> out = ["Eva Ek (Åby kommun) ✓", "Bo Berg (Region Åby) ✓", "Per Lind (Åby kommun)"]
    >>> _roster_ticks_as_words(out); out[0]
    'Eva Ek (Åby kommun) ✓'

    A lone tick is a task done or a decision noted, not a roster:

    >>> out = ["✓ Eva Ek skickar mallen", "Nästa möte"]
    >>> _roster_ticks_as_words(out); out[0]
    '✓ Eva Ek skickar mallen'
    """
    marks = [_TICKED_NAME.match(x) or _NAME_TICKED.match(x) if x else None for x in out]
    runs, k = [], 0
    while k < len(out):
        if marks[k] is None:
            k += 1
            continue
        j = k
        while j < len(out) and marks[j] is not None:
            j += 1
        # (a name beside the run with no mark of its own: a roster whose legend ticks those there, the bare ones
        # away, read as it is)
        if not any(0 <= b < len(out) and _BARE_NAME_LINE.match(out[b]) for b in (k - 1, j)):
            runs.append((k, j))
        k = j
    if not any(j - k >= run for k, j in runs):
        return
    # once the list is known, a shorter one of the same kind ("Gäster (1)" / "  ✓ Eva Ek (…)") is one too
    for k in (k for a, b in runs for k in range(a, b)):
        m = marks[k]
        if m is not None:
            rest = out[k][m.end():].rstrip() if m.re is _TICKED_NAME else m.group("rest").rstrip()
            away = m.group("mark") not in _TICK_PRESENT and not _AWAY_NOTE.search(rest)
            out[k] = m.group("indent") + rest + (", –" if away else "")


# the note after a crossed name that already says the person was away
_AWAY_NOTE = re.compile(r"(?i)\b(?:förhinder|frånvarande|återbud|ej\s+närvarande|deltog\s+ej)\b")


# a roster line led by a short code of the person's organisation in a column of its own: "  RM   Ingela Tidström, …"
_CODE_COLUMN = re.compile(r"^(?P<indent>\s*)(?P<code>[A-ZÅÄÖ]{2,3})\s{2,}(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:[- ][A-ZÅÄÖ][a-zåäöéü]+)+)\b")
_PARTY_CODES = frozenset({"KD", "SD", "MP"})


def _drop_code_column(out: list[str], run: int = 3) -> None:
    """Blank the column of organisation codes before the names of a roster ("RM", "FK", "HK" standing for
    Region Mälarby, Fjällsta kommun, Holmsunds kommun), in place, where a run of at least ``run`` lines has one.
    A code that is the person's initials ("EB   Elsa Berg") or a party ("KD   Eva Berg") is the roster's own
    and stays.

    >>> out = ["Närvarande", "  RM   Ingela Tidström, enhetschef, Region Åby", "  RM   Ylva Brandin, Region Åby",
    ...        "  FK   Elvira Lindh, Fjällby kommun", "Förhinder: Sanna Ek"]
    >>> _drop_code_column(out); out[1:4]
    ['  Ingela Tidström, enhetschef, Region Åby', '  Ylva Brandin, Region Åby', '  Elvira Lindh, Fjällby kommun']
    >>> out = ["  EB   Elsa Berg", "  PL   Per Lund", "  ÅN   Åsa Nord"]
    >>> _drop_code_column(out); out[0]
    '  EB   Elsa Berg'
    >>> out = ["  PLU   Per Lund", "  SBE   Sofia Berg", "  AKR   Ali Kran"]
    >>> _drop_code_column(out); out[0]
    '  PLU   Per Lund'
    """
    def coded(line: str) -> re.Match | None:
        m = _CODE_COLUMN.match(line)
        if m is None or m.group("code") in _PARTY_CODES:
            return None
        words = re.split(r"[- ]", m.group("name"))
        initials = "".join(w[0] for w in words)
        code = m.group("code")
        if code in (initials, initials[0] + initials[-1]):
            return None
        # (or the given name's letter, the surname's and another of the surname's: "PLU   Per Lundqvist")
        own = len(code) == 3 and code[:2] == (words[0][0] + words[-1][0]).upper() and code[2] in words[-1][1:].upper()
        return None if own else m

    if not any(map(_CODE_COLUMN.match, out)):
        return  # (most texts have no such line: one look at each, without a call of ``coded`` per line)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and coded(out[j]):
            j += 1
        if j - i >= run:
            for k in range(i, j):
                m = coded(out[k])
                out[k] = m.group("indent") + out[k][m.start("name"):]
        i = max(j, i + 1)


# a running log's entry, dated and initialled by who wrote it or took the task: "2025-11-04 /AL: Bokar lokal."
_LOG_ENTRY = re.compile(r"^\s*(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}/\d{1,2})\s*/\s*(?P<init>[A-ZÅÄÖ]{2,3})\s*:\s+(?P<first>\S+)")


def _in_loggers_words(m: re.Match) -> str:
    """A log entry as a sentence: a verb first ("Bokar lokal") has the initials as its subject, other entries
    keep their own words without the date and initials.

    >>> _in_loggers_words(_LOG_ENTRY.match("2025-11-04 /FO: Bokar lokal till 12 mars."))
    'FO bokar lokal till 12 mars.'
    >>> _in_loggers_words(_LOG_ENTRY.match("2025-11-04 /RW: Gruppen beslutade att stänga raden."))
    'Gruppen beslutade att stänga raden.'
    """
    first, rest = m.group("first"), m.string[m.start("first"):]
    if first[:1].isupper() and first[1:].islower() and first.isalpha() and first.endswith("r") and len(first) > 2:
        return f"{m.group('init')} {first[0].lower()}{rest[1:]}"  # "Tar fram", "Lämnar gruppen": the writer does
    return rest


# a chat message copied into the notes on one line, when and who before it: "[13:58] Eva Ek: Skickar bilderna till Bo"
_CHAT_LINE = re.compile(r"^\s*\[\d{1,2}[:.]\d{2}(?::\d{2})?\]\s+(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s[A-ZÅÄÖ][\wåäö-]+){0,2}):\s+"
                        r"(?P<first>\S+)")


# a label of the notes opening a chat message: the decision or the task the chair typed for the notes
_CHAT_LABEL = re.compile(r"(?:Beslut|Beslutades|Uppdrag|Åtgärd(?:er)?|Att\s+göra)\s*:\s")


def _chat_line_as_sentence(m: re.Match) -> str:
    """A chat message as a sentence of the notes: a verb first ("Skickar …") has the writer as its subject, other
    messages keep their words after the writer's name; either ends at its line, as a message does without a full
    stop (it must not run into the secretary's next sentence).

    >>> _chat_line_as_sentence(_CHAT_LINE.match("[13:58] Eva Ek: Skickar bilderna till Bo så han kan lägga ut dem"))
    'Eva Ek skickar bilderna till Bo så han kan lägga ut dem.'
    >>> _chat_line_as_sentence(_CHAT_LINE.match("[9:02] Bo Lind: Vi tar kontakt med familjen, återkommer"))
    'Bo Lind: Vi tar kontakt med familjen, återkommer.'
    >>> _chat_line_as_sentence(_CHAT_LINE.match("[13:32] Bo Lind: 👍 tisdagar passar bäst!"))
    'Bo Lind: 👍 tisdagar passar bäst!'
    >>> _chat_line_as_sentence(_CHAT_LINE.match("[15:12] Eva Ek: Beslut: Gruppen ställer sig bakom förslaget"))
    'Beslut: Gruppen ställer sig bakom förslaget.'
    >>> _chat_line_as_sentence(_CHAT_LINE.match("[15:20] Bo Lind: Jag meddelar Eva och skickar listan till Ida."))
    'Bo Lind meddelar Eva och skickar listan till Ida.'
    >>> _chat_line_as_sentence(_CHAT_LINE.match("[15:15] Bo Lind: Klart. Som sammankallande lämnar jag rapporten i maj."))
    'Bo Lind: Klart. Som sammankallande lämnar Bo Lind rapporten i maj.'
    """
    first, rest = m.group("first"), m.string[m.start("first"):].rstrip()
    end = "" if rest[-1:] in ".!?" else "."
    if _CHAT_LABEL.match(rest):
        return f"{rest}{end}"  # "Beslut: Gruppen ställer sig bakom …": the notes' own label, whoever typed it
    if first == "Jag" and len(rest) > 4:
        rest = f"{m.group('name')}{rest[3:]}"  # "Jag skickar listan till Bo": the writer does
        return f"{_I.sub(m.group('name'), rest)}{end}"
    if "ag" in rest:
        rest = _I.sub(m.group("name"), rest)  # "Som sammankallande lämnar jag rapporten": the writer, later in the message
    if first[:1].isupper() and first[1:].islower() and first.isalpha() and first.endswith("r") and len(first) > 2 \
            and first not in ("Vår", "Här", "Där", "Hur", "Efter", "Eller", "Över", "Under", "Inför"):
        return f"{m.group('name')} {first[0].lower()}{rest[1:]}{end}"  # "Skickar presentationen …": the writer does
    return f"{m.group('name')}: {rest}{end}"


# a post in a Teams channel or chat, its writer and when: "Ida Wennström   2025-12-16 15:41", the day as the client
# shows it ("16/12", "16 december 2025", "16 dec.", "tisdag", "igår")
# (or copied from the chat of a meeting with one space before the time: "Jenny Korhonen 13:31")
_POST_HEAD = re.compile(r"^\s*(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s[A-ZÅÄÖ][\wåäö-]+){1,2})(?:\s{2,}"
                        r"(?:\d{4}-\d{2}-\d{2}\s+|\d{1,2}/\d{1,2}\s+|(?:i\s*går|idag)\s+|"
                        r"\d{1,2}\s+(?:jan|feb|mars?|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zä]*\.?(?:\s+\d{4})?,?\s+|"
                        r"(?:mån|tis|ons|tors|fre|lör|sön)dag\s+)?\d{1,2}[:.]\d{2}|[ ]\d{1,2}:\d{2})\s*$")
# "jag" not named in brackets after it ("och jag (Noor Al-Sayed)" names itself)
_I = re.compile(r"\b[Jj]ag\b(?!\s*\()")


def _post_heads_apart(out: list[str], art: set[int]) -> None:
    """Blank each post's head ("Jenny Korhonen 14:15" over its text): who wrote and when is no sentence of the
    notes, and a post that ends without a full stop ("Jenny skickar ut den när den finns") must not run into it.

    >>> lines, art = ["Eva Ek 13:31", "Eva skickar den när den finns", "", "Bo Ek 13:40", "2. Budget"], set()
    >>> _post_heads_apart(lines, art); lines, sorted(art)
    (['', 'Eva skickar den när den finns', '', '', '2. Budget'], [1, 4])
    >>> lines = ["Ida Ström   16 december 2025 15:41", "Bo Ek   tisdag 09:12", "Åsa Lind   3 feb. 10:05", "Mötet 12:00"]
    >>> _post_heads_apart(lines, art); lines
    ['', '', '', 'Mötet 12:00']
    """
    for i, line in enumerate(out):
        if ":" in line and _POST_HEAD.match(line):
            out[i] = ""
            art.add(i + 1)


def _posts_in_writers_words(lines: list[str]) -> list[str]:
    """The posts of notes shared in a chat with each writer's "jag" written as the writer's name, so that
    "Jonatan Berg och jag från HC Åby" and a reply's "så jag lämnar gruppen" say who.

    >>> _posts_in_writers_words(["Ida Ström   2025-12-16 15:41", "Med: Bo Ek och jag.", "  Bo Ek   2025-12-16 16:05",
    ...                          "  Jag lämnar gruppen."])[1:]
    ['Med: Bo Ek och Ida Ström.', '  Bo Ek   2025-12-16 16:05', '  Bo Ek lämnar gruppen.']
    """
    out, writer = [], None
    for line in lines:
        m = _POST_HEAD.match(line) if ":" in line else None
        if m:
            writer = m.group("name")
        elif writer and "ag" in line:
            line = _I.sub(writer, line)
        out.append(line)
    return out
