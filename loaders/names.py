"""Person-name detection in Swedish minutes.

A capitalised token run is taken as a person only with evidence: a known given name
(``loaders/data/given_names.txt``, hyphenated forms checked part by part), or a
"Förnamn Efternamn" pattern in a name position (after ``Föredragande:``, before a reporting
verb such as ``presenterar``, or in an attendance-like ``Name, title`` form). Capitalised
words that are not names in this genre (headings, places, systems, group names) are kept in
a stop-list.

>>> find_person_names("Föredragande: Mats Wennstig och Torill Skaar-Magnusson")
[('Mats Wennstig', 14), ('Torill Skaar-Magnusson', 32)]
>>> split_name_list("Emmy, Mats, Mona, Lena och Carina I")
['Emmy', 'Mats', 'Mona', 'Lena', 'Carina I']
>>> normalise_person_name("Jackie. Y")
'Jackie Y'
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "given_names.txt"

_UPPER = "A-ZÅÄÖÉÈÜÆØÁÍÓÚÇŠŽČĆĐŃŁŚŹŻŐŰÑÂÊÎÔÛËÏÝ"
_LOWER = "a-zåäöéèüæøáíóúçëšžčćđńłśźżőűñâêîôûïýÿß"
# One capitalised word, optionally hyphenated ("Inga-Lisa", "Eriksson-Jonasson"); a hyphen
# broken over a line ("Inga-\n\nLisa") is accepted as well.
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-(?:[ \t]*\n\s*)?[{_UPPER}][{_LOWER}]+)*"
_WORD_RE = re.compile(_WORD)
# A single capital used as an initial ("Lena H", "Jackie. Y") must not run into a word.
_INITIAL_RE = re.compile(rf"(?:\.[ \t]?|[ \t]+)([{_UPPER}])(?![{_LOWER}{_UPPER}\w])\.?")
_GAP_RE = re.compile(r" {1,2}(?! )")  # a tab or a wider gap parts two cells of a row: no name runs across it
_SECOND_INITIAL = re.compile(rf"(?:[ \t]|-)([{_UPPER}])(?![{_LOWER}{_UPPER}\w-])")
# (after a given name: "Karin B-H" is Berg-Holm; the same letters first, "L-G Vikström", are a double given name)
_INITIALS_HYPHEN = re.compile(rf"(?<=\s)([{_UPPER}])-([{_UPPER}])(?![\w-])")
_MIDDLE_INITIAL_TAIL = re.compile(r"\.?[ \t]")
# a capital that starts a word; the pattern starts with the capital itself (the word start is
# checked behind it) so that a scan skips to the next capital instead of testing every position
_FINDER = re.compile(rf"[{_UPPER}](?<![\w-][{_UPPER}])")
_GAP_NL_RE = re.compile(r"[ \t]*\n\s*")
# the small words of a noble or foreign surname between the given name and the rest of the surname
# ("Anna von Essen", "Per de Geer", "Eva van der Berg", "Lisa af Klint"), one or two of them
PARTICLES = frozenset({"af", "von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "del", "ter"})
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES)) + ")"
# the particles before a capitalised word, for patterns that spell a name out word by word
PARTICLES_BEFORE = rf"(?:{_PARTICLE}\s+){{0,2}}(?=[A-ZÅÄÖ])"
_PARTICLE_RE = re.compile(rf"(?:{_PARTICLE}[ \t]){{1,2}}(?=[{_UPPER}])")

# Given names that are also common words or too short to trust alone: they need a surname
# or an initial beside them.
_WEAK_GIVEN = {
    "Per", "Bo", "My", "Sam", "Tom", "Max", "Tea", "Saga", "Ani", "Kim", "Ola", "Alba",
    "Lage", "Kata", "Tora", "Stella", "Iris", "Leo", "Mira", "Ronja", "Vera", "Rut", "Sten",
    "Gun", "Siv", "Ada", "Ebba", "Signe", "Malte", "Bill", "Hans", "Jane", "Ann", "Tage",
    # "Klara punkter stryks", "Dag 2 ägnas åt …": the adjective and the noun opening a sentence
    "Klara", "Dag",
}

# Capitalised words that never belong to a person name (headings, places, systems, group
# names) come from the knowledge: ``[not_persons] words`` of generic.toml, of the region file,
# and the places of the huvudmän the minutes name. extract_relations sets them for the minutes
# it reads; elsewhere they are the configured knowledge file's.
_STOP: ContextVar[frozenset[str] | None] = ContextVar("name_stop_words", default=None)


@lru_cache(maxsize=1)
def _configured_stop_words() -> frozenset[str]:
    from samverkan.loaders.knowledge import default_knowledge
    return default_knowledge().name_stop_words


def stop_words() -> frozenset[str]:
    """The capitalised words that are never part of a person's name in the minutes being read."""
    return _STOP.get() or _configured_stop_words()


def use_stop_words(words: frozenset[str]):
    """Make ``words`` the stop words until :func:`reset_stop_words` with the returned token."""
    return _STOP.set(frozenset(words))


def reset_stop_words(token) -> None:
    _STOP.reset(token)


# Words after a name that show it stands in a name position ("Birgitta Nilsson presenterar").
_NAME_CUE_AFTER = re.compile(
    r"[ \t]+(?:presenterar|presenterade|informerar|informerade|berättar|berättade|redogör|"
    r"redogjorde|beskriver|beskrev|lyfter|lyfte|föreslås|föreslår|gav|ger|har|hade|är|var|"
    r"deltar|deltog|återkommer|utses|utsågs|väljs|ersätter|och|&|samt)\b"
)
_TITLE_AFTER = re.compile(rf",[ \t]*(?:t\.?f\.?[ \t]+)?[{_LOWER}]")
_NAME_CUE_BEFORE = re.compile(
    r"(?:Föredragande|Närvarande|Frånvarande|Förhinder|Ersättare|Justerare|Ordförande|"
    r"Sekreterare|Tjänstepersoner|ledamöter|Deltagare|deltagare)[^\n:]{0,20}:[^\n]*$"
)
_SURNAME_SUFFIX = re.compile(
    r"(?:son|sson|berg|ström|gren|lund|qvist|kvist|man|mark|dahl|dal|holm|stam|stedt|blad|"
    r"lin|én|ér|ius|ander|borg|fors|hed|löf|lind|quist|sjö|strand|vall|"
    r"ås|ov|ev|ić|sen|elm|äng)$"
)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given-name lexicon (casefolded)."""
    try:
        lines = _DATA.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    return frozenset(s.strip().casefold() for s in lines if s.strip() and not s.startswith("#"))


_HYPHEN_GAP = re.compile(r"-\s+")


def _clean(token: str) -> str:
    return _HYPHEN_GAP.sub("-", token) if "-" in token else token


def is_given_name(token: str) -> bool:
    """True for a known given name, hyphenated forms when every part is one ("Inga-Lisa")."""
    return _is_given_name(token, stop_words())


@lru_cache(maxsize=16384)
def _is_given_name(token: str, stop: frozenset[str]) -> bool:
    token = _clean(token)
    if not token or token in stop:
        return False
    names = given_names()
    if token.casefold() in names:
        return True
    parts = token.split("-")
    return len(parts) > 1 and all(p.casefold() in names for p in parts)


# A word in the definite form of a place or unit ("Vårdcentralen", "Kliniken") or a title
# ("Ordföranden", "Socialchef") is no part of a person's name.
_UNIT_ENDING = re.compile(
    r"(?:centralen|kliniken|mottagningen|enheten|förvaltningen|avdelningen|huset|skolan|boendet|gruppen|"
    r"teamet|nämnden|kansliet|sjukhuset|verksamheten|kontoret|sektionen|staben|"
    # a förening's or förbund's kind after its members' word: "Synskadades Riksförbund X", "Hörselskadades Förening"
    r"förbund|förbundet|förening|föreningen)$")
# the kind of an organisation closing its first word, as its name begins ("Kvinnojouren Tranan",
# "Brottsofferjouren X", "Pensionärsföreningen Y"): no given name ends so
_ORG_NOUN_END = re.compile(r"(?:jouren|föreningen|förbundet|myndigheten|verket|kassan|förmedlingen|församlingen|"
                           # a collaboration named by its kind and place: "Miljösamverkan Östra Sälland"
                           r"organisationen|centret|samverkan|"
                           # a workplace by its kind and name: "Café Linden", where a daglig verksamhet's work is done
                           r"^café|^kafé|^restaurang)$")
_TITLE_WORD = re.compile(
    r"^(?:(?:mötes)?ordföranden|(?:mötes)?ordförande|vice|sekreteraren|tjänstgörande|ersättaren|ledamoten|justeraren|"
    # an academic title before a name in vården: "Docent Sven Rudberg informerade", "Dr Henrik Alm"
    r"docent|professor|doktor|dr\.?|"
    # a company's verkställande direktör by its acronym: "Vd Henrik Ålund redovisade driftläget"
    r"vd|"
    # a plural agent noun before the people it names: "Utvärderarna Eva Ek och Per Berg"
    r"[a-zåäö-]{5,}arna|"
    r"[a-zåäö-]*(?:chef|chefen|direktör|direktören|strateg|strategen|samordnare|samordnaren|ledare|ledaren|"
    r"läkare|läkaren|sekreterare|handläggare|handläggaren|sjuksköterska|sjuksköterskan|kurator|kuratorn|"
    r"ansvarig|ansvarige|koordinator|koordinatorn|utvecklare|utvecklaren|ombud|ombudet|controller|jurist|"
    r"juristen|ekonom|ekonomen|utredare|utredaren|rådgivare|rådgivaren|sköterska|sköterskan|terapeut|terapeuten|"
    r"psykolog|psykologen|dietist|dietisten|apotekare|apotekaren|barnmorska|barnmorskan|rektor|rektorn|"
    # "Fritidskonsulent Ida Ek föredrar ärendet", "Analytiker Lina Berg redovisar …"
    r"konsulent|konsulenten|analytiker|analytikern|planerare|planeraren|pedagog|pedagogen|bibliotekarie|bibliotekarien|"
    # a samhällsbyggnad's professions: "Planarkitekt Frida Ek föredrar ärendet", "Kommunekolog Per Ek informerade"
    r"arkitekt|arkitekten|ingenjör|ingenjören|ekolog|ekologen|antikvarie|antikvarien|lantmätare|lantmätaren|"
    # and its inspectors: "Byggnadsinspektör Erik Ek får i uppdrag …", "Miljöinspektören Eva Ek redovisar …"
    r"inspektör|inspektören|"
    # the buyer of a kommun's upphandling: "Upphandlare Johan Berg redogör för förslaget"
    r"upphandlare|upphandlaren|"
    # a länsstyrelse's officer for a field: "Viltförvaltare Johan Stig redovisade förslaget"
    r"förvaltare|förvaltaren)|"
    # the police's own officer for a kommun: "Kommunpolis Mattias Kjellgren redovisar lägesbilden" (not "Polisen")
    r"[a-zåäö]{3,}polis(?:en)?|"
    # (each of these a title as a whole word too: "Ekonom Nils Åberg redovisar …")
    r"controllern)$")


def is_title_word(token: str) -> bool:
    """A title or meeting role written before a name ("Ordföranden Anna Lund", "Avdelningschef Per Ek").

    >>> is_title_word("Ordföranden"), is_title_word("Avdelningschef"), is_title_word("Ekonom"), is_title_word("Anna")
    (True, True, True, False)
    >>> is_title_word("Mötesordföranden"), is_title_word("Utvärderarna"), is_title_word("Johanna")
    (True, True, False)
    >>> is_title_word("Docent"), is_title_word("Dr"), is_title_word("Drott")
    (True, True, False)
    >>> is_title_word("Vd"), is_title_word("VD"), is_title_word("Vide")
    (True, True, False)
    >>> is_title_word("Rektor"), is_title_word("Skolsköterskan"), is_title_word("Arbetsterapeut"), is_title_word("Rekha")
    (True, True, True, False)
    >>> is_title_word("Planarkitekt"), is_title_word("Trafikingenjören"), is_title_word("Kommunekolog"), is_title_word("Inger")
    (True, True, True, False)
    >>> is_title_word("Fritidskonsulent"), is_title_word("Analytiker"), is_title_word("Trafikplaneraren")
    (True, True, True)
    >>> is_title_word("Byggnadsinspektör"), is_title_word("Miljöinspektören"), is_title_word("Inspektörsson")
    (True, True, False)
    >>> is_title_word("Kommunpolis"), is_title_word("Områdespolisen"), is_title_word("Polisen")
    (True, True, False)
    >>> is_title_word("Viltförvaltare"), is_title_word("Viltförvaltaren")
    (True, True)
    """
    return bool(_TITLE_WORD.match(token.casefold()))


# a common noun by its ending, no surname: a verbal noun ("Anledning", "Protokollsanteckning", a letter's closing
# "Hälsningar"), a noun of Latin stock ("Egenvårdsinformation"), a definite plural ("Kostnaderna"); a page that runs a
# heading, a label or a sentence's first word onto the name before it gives "Tobias Anledning: …", "4. Egenvårdsinformation
# Rut informerade …", "Stina Kostnaderna har ökat …" (long words only: "Manning", "Henning" are names)
_NOUN_ENDING = re.compile(r"^\w{3,}(?:[dkstlrgjv]ning(?:ar|en|arna)?|tion(?:en|er|erna)?|[^\Wer]erna)$")


def _is_surname(token: str) -> bool:
    """Whether ``token`` may be a surname: no stop word, unit, title or common noun by its ending.

    >>> _is_surname("Hedlund"), _is_surname("Browning"), _is_surname("Sterna")
    (True, True, True)
    >>> _is_surname("Anledning"), _is_surname("Hälsningar"), _is_surname("Egenvårdsinformation"), _is_surname("Kostnaderna")
    (False, False, False, False)
    """
    token = _clean(token)
    stop = stop_words()
    if token in stop or len(token) < 2:
        return False
    if _UNIT_ENDING.search(token.casefold()) or is_title_word(token) or _NOUN_ENDING.match(token.casefold()):
        return False
    return all(p not in stop for p in token.split("-"))


def _looks_like_surname(token: str) -> bool:
    token = _clean(token)
    return _is_surname(token) and bool(_SURNAME_SUFFIX.search(token.split("-")[-1].casefold()))


def normalise_person_name(s: str) -> str:
    """A person surface form with whitespace, stray periods and broken hyphens tidied.

    >>> normalise_person_name("Jackie. Y")
    'Jackie Y'
    >>> normalise_person_name("Inga-\\n\\nLisa  Apelman")
    'Inga-Lisa Apelman'
    >>> normalise_person_name("Karin B-H"), normalise_person_name("L-G Vikström")
    ('Karin B H', 'L-G Vikström')
    """
    if not isinstance(s, str):
        return ""
    return _normalise_person_name(s)


_BROKEN_HYPHEN = re.compile(r"-[ \t]*\n\s*")
_STRAY_PERIOD = re.compile(r"(?<=\w)\.(?=\s*[A-ZÅÄÖ]\b)")
_WHITESPACE = re.compile(r"\s+")
_SPACED_HYPHEN = re.compile(r"\s*-\s*")


@lru_cache(maxsize=1 << 15)
def _normalise_person_name(s: str) -> str:
    """`normalise_person_name` of a string; cached, the same forms come back in every item."""
    s = _BROKEN_HYPHEN.sub("-", s)
    s = _STRAY_PERIOD.sub(" ", s)
    s = _WHITESPACE.sub(" ", s).strip(" \t\n,.;:")
    s = _SPACED_HYPHEN.sub("-", s)
    return _INITIALS_HYPHEN.sub(r"\1 \2", s) if "-" in s else s  # "Karin B-H": the initials of Berg-Holm


def _scan(text: str, pos: int) -> tuple[int, int, list[str], bool] | None:
    """Read a candidate name starting at a capitalised word at ``pos``.

    Returns (start, end, tokens, has_initial) or None when the first word is not a
    candidate.
    """
    m = _WORD_RE.match(text, pos)
    if not m:
        return None
    tokens = [m.group(0)]
    end = m.end()
    has_initial = False
    first_given = is_given_name(tokens[0])
    while len(tokens) < 4:
        gap = _GAP_RE.match(text, end)
        nl = None
        w = _WORD_RE.match(text, gap.end()) if gap else None
        if not w and len(tokens) == 1 and first_given:
            # a name may wrap after the given name ("Helene \n\nAndersson")
            nl = _GAP_NL_RE.match(text, end)
            w = _WORD_RE.match(text, nl.end()) if nl else None
        particle = None
        if not w and gap and first_given and (particle := _PARTICLE_RE.match(text, gap.end())):
            # "Anna von Essen", "Per de Geer": the surname after its particles
            w = _WORD_RE.match(text, particle.end())
            if w and not _is_surname(w.group(0)):
                w = None
        if w and _is_surname(w.group(0)):
            word = w.group(0)
            if particle:
                tokens += particle.group(0).split()
            # a second known given name on a new line starts a new person
            if nl and is_given_name(word):
                break
            if len(tokens) >= 2 and is_given_name(word) and not _looks_like_surname(word):
                break
            tokens.append(word)
            end = w.end()
            continue
        break
    if len(tokens) == 1 and first_given:
        im = _INITIAL_RE.match(text, end)
        # a middle initial between the given name and the surname ("Mikael G. Ek")
        gap = _GAP_RE.match(text, im.end()) if im and not im.group(0).startswith(".") else None
        w = _WORD_RE.match(text, gap.end()) if gap else None
        if w and _is_surname(w.group(0)) and not is_given_name(w.group(0)):
            tokens += [im.group(1), w.group(0)]
            end = w.end()
        elif im:
            after = text[im.end(): im.end() + 3]
            # "Jackie. Y presenterade" / "Lena H behöver" but not "A. Nästa"
            dotted = im.group(0).startswith(".")
            if not dotted or (im.group(1) not in "IÅ" and not re.match(rf"[ \t]*[{_UPPER}][{_LOWER}]", after)):
                tokens.append(im.group(1))
                end = im.start(1) + 1
                has_initial = True
                # the initials of a double surname: "Eva N W", "Karin B-H"
                second = _SECOND_INITIAL.match(text, end)
                if second and not dotted:
                    tokens.append(second.group(1))
                    end = second.start(1) + 1
                # a middle initial: "Anders P. Lund återkopplar" goes on to the surname
                sm = _MIDDLE_INITIAL_TAIL.match(text, end)
                w = _WORD_RE.match(text, sm.end()) if sm else None
                if w and _is_surname(w.group(0)) and not is_given_name(w.group(0)):
                    tokens.append(w.group(0))
                    end = w.end()
    return m.start(), end, tokens, has_initial


# words that open a place's name and no person's: "Östra Hagen", "Norra Berget", "Gamla stan"
_PLACE_PART = frozenset(("östra", "västra", "norra", "södra", "mellersta", "övre", "nedre", "inre", "yttre",
                         "stora", "lilla", "gamla", "nya"))


# what is recorded "in" something: a system ("rapporterats i Lisa", "dokumenteras i Siri"), never a person
_RECORDED_IN = re.compile(r"(?:rapporter|registrer|dokumenter|anmäl|avvikelserapporter)[a-zåäö]*\s+i\s+$")
# a law by the name of the person its case made known: "lex Sarah", "Lex Maria"
_LAW_NAMED = re.compile(r"\b[Ll]ex\s+$")


def _accept(text: str, start: int, end: int, tokens: list[str], has_initial: bool) -> bool:
    """Whether the candidate ``tokens`` read at ``start`` are a person's name.

    >>> [n for n, _ in find_person_names("Inga Norrå berättade om läget. Inga övriga frågor. Inga Teams-möten.")]
    ['Inga Norrå']
    >>> [n for n, _ in find_person_names("Frågan lyfts av Inga Hellqvist (S). Maj Lundberg och Per Ek deltog.")]
    ['Inga Hellqvist', 'Maj Lundberg', 'Per Ek']
    >>> find_person_names("Gruppen bedömer läget som förhöjt i Östra Hagen och resecentrum.")
    []
    >>> find_person_names("Tillsynen samordnas genom Miljösamverkan Östra Sälland, vars styrgrupp rapporterar hit.")
    []
    >>> find_person_names("Julfika 10/12 på Café Linden, alla välkomna.")
    []
    >>> find_person_names("Tre tillbud har rapporterats i Lisa sedan förra mötet. Lisa Ek deltog.")
    [('Lisa Ek', 55)]
    >>> find_person_names("Avvikelser o lex Sarah. Rutin för lex Maria-anmälan.")
    []
    >>> find_person_names("Två ansökningar inom Gröna Vågor, ett besök i Bryssel. Eva Lund inom Anna Berg.")
    [('Eva Lund', 55), ('Anna Berg', 69)]
    """
    first = _clean(tokens[0])
    word_given = False
    if first in stop_words():
        # "Inga Norrå", "Maj Lundberg": a given name that is also a word ("Inga övriga frågor", "Maj
        # månad"), a name only before a capitalised surname, with the evidence an unknown given name needs
        word_given = (len(tokens) >= 2 and is_given_name(first.casefold())
                      and all(p[:1].isupper() for t in tokens[1:] for p in t.split("-")))
        if not word_given:
            return False
    if is_given_name(first) and not word_given:
        if len(tokens) == 1 and first in _WEAK_GIVEN:
            return False
        if len(tokens) == 1 and _RECORDED_IN.search(text[max(0, start - 40):start]):
            return False  # "tillbud har rapporterats i Lisa": a system things are recorded in, named like a person
        if _LAW_NAMED.search(text[max(0, start - 8):start]):
            return False  # "lex Sarah", "lex Maria": a law named after a person, no one at the meeting
        return True
    if len(tokens) < 2 or has_initial:
        return False
    if not all(_is_surname(t) for t in tokens[word_given:]):
        return False
    if _ORG_NOUN_END.search(first.casefold()) or _UNIT_ENDING.search(first.casefold()):
        return False  # "Kvinnojouren Tranan har haft fullbelagt": an organisation by its kind and place
    if first.casefold() in _PLACE_PART:
        return False  # "förhöjt i Östra Hagen och resecentrum": a part of a town, no person
    if text[max(0, start - 6):start].endswith("inom "):
        return False  # "två ansökningar inom Gröna Vågor": a programme or field, no one unknown by name
    # unknown first name: needs a name position or a surname-like last token
    if _looks_like_surname(tokens[-1]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _NAME_CUE_BEFORE.search(text[line_start:start]):
        return True
    tail = text[end:end + 40]
    return bool(_NAME_CUE_AFTER.match(tail) or _TITLE_AFTER.match(tail))


# the verbs that open a row of a task list, in the imperative, before the one the task concerns
_TASK_IMPERATIVES = frozenset(("kalla", "skicka", "boka", "kontakta", "ring", "maila", "mejla", "bjud", "fråga",
                               "påminn", "informera", "meddela", "kolla", "uppdatera", "tillfråga", "hör",
                               "introducera", "välkomna", "avtacka", "tacka"))


def find_person_names(text: str) -> list[tuple[str, int]]:
    """Person names in ``text`` as (surface form, offset), in order of appearance.

    The surface form is the text as written, normalised with :func:`normalise_person_name`.

    >>> find_person_names("Lena och Jennie tittar gemensamt med MA-gruppen vidare på frågan.")
    [('Lena', 0), ('Jennie', 9)]
    >>> find_person_names("Justerandes signatur. Cosmic Link och Dermicus Wound.")
    []
    >>> find_person_names("Kalla Anneli Sjökvist till nästa möte")  # a task list's row, its verb first
    [('Anneli Sjökvist', 6)]
    """
    if not isinstance(text, str) or not text:
        return []
    return list(_find_cached(text, stop_words()))


@lru_cache(maxsize=8192)
def _find_cached(text: str, stop: frozenset[str]) -> tuple[tuple[str, int], ...]:
    out: list[tuple[str, int]] = []
    pos = 0
    n = len(text)
    finder = _FINDER
    while pos < n:
        m = finder.search(text, pos)
        if not m:
            break
        start = m.start()
        scanned = _scan(text, start)
        if not scanned:
            pos = start + 1
            continue
        s, e, tokens, has_initial = scanned
        if len(tokens) >= 3 and (is_title_word(tokens[0]) or tokens[0].casefold() in _TASK_IMPERATIVES) \
                and not is_given_name(tokens[0]):
            # "Ordföranden Britta Hall", "Avdelningschef Mikael Sten": the title is no part of the name; nor the verb
            # that opens a row of a task list ("Kalla Anneli Sjökvist till nästa möte")
            s = text.index(tokens[1], s + len(tokens[0]))
            tokens = tokens[1:]
        # drop trailing stop-like tokens and retry shorter runs before giving up
        accepted = False
        while tokens:
            if _accept(text, s, e, tokens, has_initial):
                accepted = True
                break
            if len(tokens) <= 1 or has_initial:
                break
            tokens = tokens[:-1]
            e = s + text[s:e].rfind(tokens[-1]) + len(tokens[-1])
        if accepted:
            out.append((normalise_person_name(text[s:e]), s))
            pos = e
        else:
            first = _WORD_RE.match(text, start)
            pos = first.end() if first else start + 1
    return tuple(out)


@lru_cache(maxsize=8192)
def _is_person_name_cached(s: str, stop: frozenset[str]) -> bool:
    return _is_person_name(s)


def is_person_name(s: str) -> bool:
    """True when the whole string reads as one person's name.

    >>> is_person_name("Sylvia Eriksson-Jonasson"), is_person_name("Lena H")
    (True, True)
    >>> is_person_name("Cosmic Link"), is_person_name("Region Skoglands")
    (False, False)
    """
    return isinstance(s, str) and _is_person_name_cached(s, stop_words())


# the initials of a double given name: "L-G", "K.-G.", "P-O" (Lars-Göran, Karl-Gustav, Per-Olof)
_DOUBLE_GIVEN_INITIALS = re.compile(rf"[{_UPPER}]\.?-[{_UPPER}]\.?[ \t]+(?P<surname>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)")


# the definite forms of the kinds of an association's local branch that close its name ("Röda Korset Ekbykretsen",
# "Hyresgästföreningen Åbyavdelningen"); no surname ends in one
_ASSOCIATION_UNIT_ENDS = ("kretsen", "avdelningen", "föreningen", "distriktet", "alliansen", "klubben")


def _is_person_name(s: str) -> bool:
    """True when the whole string reads as one person's name.

    >>> is_person_name("Sylvia Eriksson-Jonasson"), is_person_name("Lena H")
    (True, True)
    >>> is_person_name("Cosmic Link"), is_person_name("Region Skoglands")
    (False, False)
    >>> is_person_name("J. Virtala"), is_person_name("A. Nästa")
    (True, False)
    >>> is_person_name("Inga Norrå"), is_person_name("Inga övriga frågor"), is_person_name("Inga")
    (True, False, False)
    >>> is_person_name("Anna von Essen"), is_person_name("Eva van der Berg"), is_person_name("Anna de senaste")
    (True, True, False)
    >>> is_person_name("Tidsvar AB"), is_person_name("L-G Vikström"), is_person_name("L-G Anna")
    (False, True, False)
    >>> is_person_name("Mellersta Fjällfors"), is_person_name("Norra Berget")
    (False, False)
    >>> is_person_name("Röda Korset Ekbykretsen"), is_person_name("Lena Kretsen")
    (False, True)
    """
    if not isinstance(s, str):
        return False
    if double := _DOUBLE_GIVEN_INITIALS.fullmatch(s.strip()):
        # "L-G Vikström", "K.-G. Ek": a double given name by its initials, then a surname that is no given name
        last = double.group("surname")
        return _is_surname(last) and not is_given_name(last) and last not in stop_words()
    s = normalise_person_name(s)
    if not s or len(s) > 80:
        return False
    if s.endswith(" AB"):
        return False  # "Tidsvar AB": a company by its form, however its first word reads
    if s.endswith(_ASSOCIATION_UNIT_ENDS) and " " in s:
        return False  # "Röda Korset Ekbykretsen", "PRO Åbyföreningen": a local branch of an association, by its kind
    tokens = [t[:-1] if len(t) == 2 and t.endswith(".") else t for t in s.split(" ")]
    if len(tokens) >= 3 and tokens[1] in PARTICLES:
        # "Anna von Essen", "Eva van der Berg": the given name and the surname the particles open
        k = 2 if tokens[2] not in PARTICLES else 3
        if k < len(tokens) and len(tokens[k]) > 1 and tokens[k][:1].isupper():
            return is_given_name(tokens[0]) and all(_is_surname(t) for t in tokens[k:]) and len(tokens) - k <= 2 \
                and not any(t in stop_words() for t in (tokens[0], *tokens[k:]))
    if not 1 <= len(tokens) <= 4:
        return False
    if not all(_WORD_RE.fullmatch(t) or re.fullmatch(f"[{_UPPER}]", t) for t in tokens):
        return False
    if len(tokens) == 2 and s[1:2] == "." and len(tokens[0]) == 1 and len(tokens[1]) > 1:
        # "J. Virtala": the given name as its initial, then a surname that is no given name
        return _is_surname(tokens[1]) and not is_given_name(tokens[1]) and tokens[1] not in stop_words()
    if not _WORD_RE.fullmatch(tokens[0]):
        return False
    rest = tokens[1:]
    if tokens[0] in stop_words() and rest and is_given_name(tokens[0].casefold()) and not any(
            t in stop_words() for t in rest):
        # "Inga Norrå": a given name that is also a word, before capitalised surnames
        return all(len(t) > 1 and all(p[:1].isupper() for p in t.split("-")) and _is_surname(t) for t in rest)
    if any(t in stop_words() for t in tokens):
        return False
    # one middle initial between a given name and a surname ("Karin M. Holst") is part of the name
    middle_initial = len(tokens) == 3 and len(tokens[1]) == 1 and len(tokens[2]) > 1 and is_given_name(tokens[0])
    initials = len(tokens) == 3 and all(len(t) == 1 for t in rest) and is_given_name(tokens[0])  # "Eva N W"
    if any(len(t) == 1 for t in rest[:-1]) and not middle_initial and not initials:
        return False
    if is_given_name(tokens[0]):
        if not rest and tokens[0] in _WEAK_GIVEN:
            return False
        return all(len(t) == 1 or _is_surname(t) for t in rest)
    if len(tokens) < 2 or len(rest[-1]) == 1 or tokens[0].casefold() in _PLACE_PART:
        return False  # ("Mellersta Fjällfors": a place whose line a page broke off the name of the unit before it)
    return all(_is_surname(t) for t in rest) and _looks_like_surname(tokens[-1])


def is_name_list(parts: list[str]) -> bool:
    """True when every part of a split list is a person's name.

    A list where most parts are recognised names also admits parts that only have the shape
    of a name (two or three capitalised words), since an unusual given name in a list of
    colleagues is still a colleague.

    >>> is_name_list(["Per-Olof Strand", "Maja Öberg", "Zarifa Haddadi"])
    True
    >>> is_name_list(["Per-Olof Strand", "Cosmic Link"])
    False
    """
    if not parts:
        return False
    known = [is_person_name(p) for p in parts]
    if all(known):
        return True
    if sum(known) < max(2, (len(parts) + 1) // 2):
        return False
    return all(k or _name_shaped(p) for k, p in zip(known, parts))


def name_shaped(s: str) -> bool:
    """Two or three capitalised words that could be a name ("René Björk"): enough where the
    sentence itself says a person is meant ("utse … till ledamot", "… ersätter … som …").

    >>> name_shaped("René Björk"), name_shaped("Lise-Lott Wennstig"), name_shaped("Styrgrupp Barnahus")
    (True, True, False)
    >>> name_shaped("Östra Hamre")  # a kommun by its quarter's word: "Anna Ek (C), Östra Hamre"
    False
    """
    return is_person_name(s) or _name_shaped(s)


def _name_shaped(s: str) -> bool:
    tokens = normalise_person_name(s).split(" ")
    return (2 <= len(tokens) <= 3 and tokens[0].casefold() not in _PLACE_PART
            and all(_WORD_RE.fullmatch(t) and t not in stop_words() for t in tokens)
            and all(_is_surname(t) for t in tokens[1:]))


_LIST_SPLIT = re.compile(r"\s*(?:,|;|&|\+|\boch\b|\bsamt\b|\btillsammans med\b|/)\s*")


def split_name_list(s: str) -> list[str]:
    """Split "A, B och C" / "A & B" into its parts (whitespace normalised, empties dropped).

    >>> split_name_list("Annika Mellqvist, Annelie Kjellström, Martin Åsman och Robert Schelin")
    ['Annika Mellqvist', 'Annelie Kjellström', 'Martin Åsman', 'Robert Schelin']
    """
    if not isinstance(s, str):
        return []
    s = re.sub(r"\s+", " ", s).strip()
    parts = [normalise_person_name(p) for p in _LIST_SPLIT.split(s)]
    return [p for p in parts if p]


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    try:
        lines = _DATA.with_name("nicknames.txt").read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    return {w[0].casefold(): frozenset(n.casefold() for n in w[1:])
            for line in lines if not line.startswith("#") and len(w := line.split()) > 1}


def nickname_of(short: str) -> frozenset[str]:
    """The given names a short form stands for, as colleagues write them in notes (casefolded; empty if none).

    >>> sorted(nickname_of("Micke")), sorted(nickname_of("Lasse")), nickname_of("Anna")
    (['michael', 'mikael'], ['lars'], frozenset())
    """
    return _nicknames().get(short.strip().casefold(), frozenset())


def same_person_form(a: str, b: str) -> bool:
    """True when two surface forms may name the same person ("Mats" / "Mats Wennstig").

    >>> same_person_form("Mats", "Mats Wennstig"), same_person_form("Lena H", "Lena Hansson")
    (True, True)
    >>> same_person_form("Lena H", "Lena Danielsson"), same_person_form("T. Lundkvist", "Tobias Lundkvist")
    (False, True)
    """
    ta = normalise_person_name(a).casefold().replace("-", " ").replace(".", " ").split()
    tb = normalise_person_name(b).casefold().replace("-", " ").replace(".", " ").split()
    if not ta or not tb:
        return False
    if len(ta) > len(tb):
        ta, tb = tb, ta
    for x, y in zip(ta, tb):
        if x == y:
            continue
        if len(x) == 1 and y.startswith(x):
            continue
        return False
    return True
