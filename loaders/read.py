"""The read stage: a path in, text + sha256 + media type out.

Plain text and markdown are decoded with BOM detection (UTF-8, UTF-16), then strict UTF-8,
then the most plausible legacy encoding (cp1252 is common in Swedish archives). PDFs are read
from their text layer (a scan without one by OCR, :mod:`loaders.ocr`), DOCX from paragraphs and
tables; ODT, RTF, HTML and e-mail messages are
read by :mod:`loaders.formats` into the same lines. Every failure is a
:class:`graph.errors.ReadError` naming the file and the reason.
"""
from __future__ import annotations

import bisect
import hashlib
import io
import itertools
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from samverkan.graph.errors import ReadError
from samverkan.loaders import formats, ocr
from samverkan.loaders.clean import OPEN_END, SENTENCE_OPENER, is_artefact, without_invisible
from samverkan.loaders.names import is_given_name
from samverkan.loaders.types import RawDocument

TEXT_SUFFIXES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown"}
PDF = "application/pdf"
TIFF = "image/tiff"  # the file an office scanner saves a signed protocol as, read by OCR
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SUFFIXES = {**TEXT_SUFFIXES, ".pdf": PDF, ".docx": DOCX, ".docm": DOCX, ".dotx": DOCX, ".dotm": DOCX, ".doc": formats.DOC, ".odt": formats.ODT, ".rtf": formats.RTF,
            ".html": formats.HTML, ".htm": formats.HTML, ".xhtml": formats.HTML, ".eml": formats.EML,
            ".msg": formats.MSG, ".mht": formats.MHT, ".mhtml": formats.MHT, ".tif": TIFF, ".tiff": TIFF}
_KNOWN = ", ".join(sorted(SUFFIXES))
# the formats whose readers write a paragraph a line, with no blank line between paragraphs
PARAGRAPH_TYPES = frozenset({DOCX, formats.DOC, formats.ODT, formats.RTF, formats.HTML, formats.MHT})
DEFAULT_MAX_BYTES = 25 * 1024 * 1024
# Bounds on what a compressed file may unfold into: a few MB of DOCX can inflate to GB of XML,
# a small PDF to thousands of pages. Real minutes stay far below these.
MAX_DOCX_PARTS = 2000
MAX_DOCX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_DOCX_XML = 64 * 1024 * 1024
MAX_PDF_PAGES = 2000
MAX_TEXT_CHARS = 20 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def is_minutes_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and not path.name.startswith(".")


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read one minutes file.

    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "m.txt")
    >>> _ = open(p, "wb").write("§ 1 Öppnande".encode("cp1252"))
    >>> read_document(p).text
    '§ 1 Öppnande'
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        hint = " (save it as .docx or .pdf)" if suffix in (".pages", ".wpd") else ""
        raise ReadError(path, f"unsupported file type '{suffix or 'none'}'{hint}; minutes are read from {_KNOWN}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(path, f"cannot open: {exc.strerror or exc}") from exc
    if size == 0:
        raise ReadError(path, "empty file")
    if size > max_bytes:
        raise ReadError(path, f"file is {size / 1e6:.1f} MB, over the size cap of {max_bytes / 1e6:.1f} MB "
                              f"(raise it with --max-size)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot read: {exc.strerror or exc}") from exc
    media_type = SUFFIXES[suffix]
    notes: list[str] = []
    attached: list[str] = []
    text = composed(_text_of(path, media_type, data, notes=notes, attached_files=attached))
    # what draws nothing is nothing to every reader of the text ("Sand\xadhamra kommun" names Sandhamra kommun)
    text = without_invisible(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))
    if not text.strip():
        raise ReadError(path, "no text in the file")
    return RawDocument(str(path), text, hashlib.sha256(data).hexdigest(), media_type, tuple(notes),
                       attached[0] if attached else "")


# an action marked with an arrow after a sentence of the same paragraph ("… är inte klar. → HW tar med
# ett förslag"): notes typed with the arrow on a line of its own under the point, which Word and a
# PDF flow into the point's paragraph
_ARROW_AFTER_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?=[→➔➜⇒][ \t]*\S)")
# a decision marked with an arrow after what was said on the same line, no full stop between ("förra ant gicks
# igenom → beslut: godkända"): the decision on a line of its own, as an arrow at the margin marks it
_ARROW_DECISION_INLINE = re.compile(r"(?<=\S)[ \t]+(?=[→➔➜⇒][ \t]*[Bb]eslut(?:at|ades)?[ \t]*:)")


# a page header's cells drawn so close that the extractor runs them together: "… i MälarbyPROTOKOLL   1 (3)" is the
# body's name and the document's kind, two cells
_GLUED_KIND = re.compile(r"(?<=[a-zåäö])(?=(?:SAMMANTRÄDES)?PROTOKOLL\b|MINNESANTECKNINGAR\b|ANTECKNINGAR\b|KALLELSE\b|"
                         r"PROTOKOLLSUTDRAG\b)")


# typeset ligatures a PDF's text layer may keep as one character ("ﬁnns", "ﬂera", "oﬀentlig"), and the
# hyphens a word processor writes where a word must not break ("Anna‑Karin", "e‑hälsa") or its own
# hyphen character: the hyphen every pattern knows
_LETTERS = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                          "\ufb05": "st", "\ufb06": "st", "\u2010": "-", "\u2011": "-"})
_ODD_LETTERS = re.compile("[\ufb00-\ufb06\u2010\u2011]")


def composed(text: str) -> str:
    """``text`` with each letter one character: "å", "ä", "ö" written as a letter and a combining mark
    (as a Mac and many PDFs write them) composed, typeset ligatures written out and non-breaking
    hyphens as hyphens, so that names and words read as they are typed.

    >>> composed("Ulla Bystro\u0308m, Sa\u030angsta kommun: ﬂera ﬁnns, Anna\u2011Karin")
    'Ulla Byström, Sångsta kommun: flera finns, Anna-Karin'
    """
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if _ODD_LETTERS.search(text):
            text = text.translate(_LETTERS)
    return text


# the labels a protocol's paragraph is cut into, written in the left column of a two-column table:
# "Ärende | …", "Diskussion | …", "Ansvarig | …", "Sammanfattning | …", "Beslutsunderlag | …", "Yrkanden | …", "Propositionsordning | …", "Beslut | …", "Expedieras | …";
# and a working group's point as such a table, "Noteringar | …" / "Bakgrund | …" over "Beslut | …" and "Ansvarig | …"
_SECTION_CELL = re.compile(
    r"^(?P<label>Sammanfattning(?:\s+av\s+ärendet)?|Ärendebeskrivning|Ärendet|Ärende|Diskussion|Föredragande|Ansvarig|Beslutsunderlag|Yrkanden?|Propositionsordning|"
    r"Noteringar|Notering|Bakgrund|"
    r"Beslutsgång|Beslut|Förslag\s+till\s+beslut|Expedieras(?:\s+till)?|Reservation(?:er)?|Protokollsanteckning(?:ar)?|"
    r"Omedelbar\s+justering|Särskilt\s+yttrande|Jäv)[ \t]+(?=[A-ZÅÄÖ§]|[-–](?:\s|$))", re.MULTILINE)


def _section_cells_labelled(text: str) -> str:
    r"""A protocol whose paragraphs are two-column tables, the section's label in the left cell and its text in
    the right, as labelled lines: "Beslut: …", "Yrkanden: …" (the extractor runs the two cells together with a
    space or a tab). Only where two or more kinds of label open lines so: a layout, not a sentence.

    >>> print(_section_cells_labelled("§ 4 Remiss\nSammanfattning Nämnden har fått en remiss.\n"
    ...                               "Yrkanden\tEva Ek (S) yrkar bifall.\nBeslut Ärendet remitteras till nämnden."))
    § 4 Remiss
    Sammanfattning: Nämnden har fått en remiss.
    Yrkanden: Eva Ek (S) yrkar bifall.
    Beslut: Ärendet remitteras till nämnden.
    >>> print(_section_cells_labelled("2. SIP\nNoteringar\tEva Ek beskrev läget i Åby.\nBeslut\tGruppen beslutade att pröva fasta tider."))
    2. SIP
    Noteringar: Eva Ek beskrev läget i Åby.
    Beslut: Gruppen beslutade att pröva fasta tider.
    >>> _section_cells_labelled("Beslut Ärendet bordläggs.")
    'Beslut Ärendet bordläggs.'
    """
    labels = {re.sub(r"\s+", " ", m["label"]).casefold() for m in _SECTION_CELL.finditer(text)}
    if len(labels) < 2:
        return text
    return _SECTION_CELL.sub(lambda m: f"{m['label']}: ", text)


# the labels a meeting's header table writes in its first row, the values in the row below:
# "Datum | Tid | Plats | Sekreterare" over "2031-03-14 | 08.30–12.00 | Regionhuset | Eva Ek"
_HEADER_CELL_LABEL = re.compile(r"(?i)(?:datum|mötesdatum|sammanträdesdatum|tid|tidpunkt|plats|lokal|mötesplats|"
                                r"sekreterare|antecknare|protokollförare|ordförande|mötesordförande|mötesledare|"
                                r"sammankallande|justerare)")


_HEADER_DATE_CELL = re.compile(r"(?i)(?:möte|sammanträdes)?datum|tid(?:punkt)?")
# the seats a kommun protocol's title-page table heads its columns with, each column's names in one cell below:
# "Beslutande | Ersättare | Övriga närvarande" over "Eva Ek (S), ordförande; Per Lind (M) | Bo Ås (C) | Lisa Berg, …"
_ROSTER_CELL_LABEL = re.compile(r"(?i)(?:beslutande(?:\s+ledamöter)?|ledamöter|närvarande|ersättare|"
                                r"tjänstgörande\s+ersättare|ej\s+tjänstgörande\s+ersättare|övriga\s+(?:närvarande|deltagare|deltagande)|"
                                r"frånvarande|justerare|sekreterare)")


def _header_labels_over_values(text: str) -> str:
    r"""A header table of one row of labels over one row of values (a Word table of two rows) as labelled lines,
    one a cell: "Datum: …", "Plats: …". Only where the labels name a date or a time and the row below has as many
    cells and is the table's last: a roster's header row ("Namn | Parti | Uppdrag") heads many rows.

    >>> print(_header_labels_over_values("RLG\nDatum\tTid\tPlats\tSekreterare\n"
    ...                                  "2031-03-14\t08.30–12.00\tRegionhuset\tEva Ek\n\nNärvarande"))
    RLG
    Datum: 2031-03-14
    Tid: 08.30–12.00
    Plats: Regionhuset
    Sekreterare: Eva Ek
    <BLANKLINE>
    Närvarande
    >>> _header_labels_over_values("Datum\tÄrende\n2031-03-14\tBudget")
    'Datum\tÄrende\n2031-03-14\tBudget'
    >>> _header_labels_over_values("Datum\tPlats\n2031-03-14\tÅby\n2031-04-11\tEkå")
    'Datum\tPlats\n2031-03-14\tÅby\n2031-04-11\tEkå'

    A title-page table of seats over one row of cells, each cell a column's names, reads the same way:

    >>> print(_header_labels_over_values("Beslutande\tErsättare\tÖvriga närvarande\n"
    ...                                  "Eva Ek (S), ordförande; Per Lind (M)\tBo Ås (C)\tLisa Berg, socialchef"))
    Beslutande: Eva Ek (S), ordförande; Per Lind (M)
    Ersättare: Bo Ås (C)
    Övriga närvarande: Lisa Berg, socialchef
    >>> _header_labels_over_values("Namn\tParti\nEva Ek\tS")
    'Namn\tParti\nEva Ek\tS'
    """
    if "\t" not in text:
        return text
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        pair = _labelled_pair(lines, i)
        out += pair or [lines[i]]
        i += 2 if pair else 1
    return "\n".join(out)


def _labelled_pair(lines: list[str], i: int) -> list[str] | None:
    """The labelled lines of the header table whose row of labels is line ``i``; None where it heads no such table."""
    if i + 1 >= len(lines) or "\t" not in lines[i]:
        return None
    labels = [c.strip() for c in lines[i].split("\t")]
    values = [c.strip() for c in lines[i + 1].split("\t")]
    seats = len(labels) >= 2 and all(_ROSTER_CELL_LABEL.fullmatch(c) for c in labels)
    if (len(values) != len(labels) or not (seats or (all(_HEADER_CELL_LABEL.fullmatch(c) for c in labels)
                                                     and any(_HEADER_DATE_CELL.fullmatch(c) for c in labels)))
            or (i + 2 < len(lines) and lines[i + 2].count("\t") == len(labels) - 1)):
        return None
    return [f"{head}: {value}" for head, value in zip(labels, values) if value]


# a protocol's title-page table printed a column at a time (as pdftotext or a document site gives a Word table): its
# labels alone on a line ("Organ Plats och tid Beslutande Övriga deltagande Utses att justera Justeringens plats och
# tid"), then its values a line each in the labels' order
_HEADER_RUN_LABEL = re.compile(r"(?P<label>Organ|Sammanträdesdatum|Plats\s+och\s+tid|Justeringens\s+plats\s+och\s+tid|"
                               r"Beslutande|Övriga\s+(?:deltagande|deltagare|närvarande)|Utses\s+att\s+justera|Tid|Plats)"
                               r":?(?:\s+|$)")
# a value line of a roster: a name and its party tag or its details after a comma, or a seat's own label
_RUN_PERSON = re.compile(r"[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,3}\s*(?:\([A-ZÅÄÖ]{1,3}\)|,)")
_RUN_SEAT = re.compile(r"(?:Ersättare|Ledamöter|Tjänstgörande\s+ersättare|Ej\s+tjänstgörande(?:\s+ersättare)?):\s")
_RUN_PARTY = re.compile(r"\([A-ZÅÄÖ]{1,3}\)")
_RUN_NAME_ALONE = re.compile(r"[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,3}(?:\s*\([A-ZÅÄÖ]{1,3}\))?")


def _header_labels_before_values(text: str) -> str:
    r"""A title-page table printed labels first, values after, as labelled lines: each value after its label, a
    roster's lines under theirs. The members are the lines with a party tag (or a seat's label), the officials after
    them the lines of a name and a title, the one to sign the name alone; without party tags to tell the members
    from the officials the text is kept as it is.

    >>> print(_header_labels_before_values("PROTOKOLL 1(3)\nOrgan Plats och tid Beslutande Övriga deltagande "
    ...       "Utses att justera\nÅby nämnd\nRådhuset, 3 maj 2030 kl. 13.00\nEva Ek (S), ordförande\nPer Lind (M)\n"
    ...       "Ersättare: Bo Ås (C)\nLisa Berg, förvaltningschef\nPer Lind\n§ 1 Val"))
    PROTOKOLL 1(3)
    Organ: Åby nämnd
    Plats och tid: Rådhuset, 3 maj 2030 kl. 13.00
    Beslutande:
    Eva Ek (S), ordförande
    Per Lind (M)
    Ersättare: Bo Ås (C)
    Övriga deltagande:
    Lisa Berg, förvaltningschef
    Utses att justera: Per Lind
    § 1 Val
    >>> print(_header_labels_before_values("Organ: Plats och tid: Beslutande: Utses att justera:\nÅby nämnd\n"
    ...                                    "Rådhuset kl. 13\nEva Ek (S), ordförande\nPer Lind (M)\nPer Lind"))
    Organ: Åby nämnd
    Plats och tid: Rådhuset kl. 13
    Beslutande:
    Eva Ek (S), ordförande
    Per Lind (M)
    Utses att justera: Per Lind
    >>> _header_labels_before_values("Organ Plats och tid Beslutande\nÅby nämnd\nRådhuset\nEva Ek, ordförande")
    'Organ Plats och tid Beslutande\nÅby nämnd\nRådhuset\nEva Ek, ordförande'
    """
    lines = text.split("\n")
    for i, line in enumerate(lines[:60]):
        if "Beslutande" not in line:
            continue
        labels, pos, s = [], 0, line.strip()
        while pos < len(s) and (m := _HEADER_RUN_LABEL.match(s, pos)):
            labels.append(re.sub(r"\s+", " ", m["label"]))
            pos = m.end()
        if pos < len(s) or len(labels) < 3:
            continue
        values = [x.strip() for x in lines[i + 1:i + 60]]
        out, k, ok = [], 0, True
        if not any(_RUN_PARTY.search(v) for v in values[:30]):
            return text
        for n, label in enumerate(labels):
            while k < len(values) and not values[k]:
                k += 1
            if k >= len(values):
                ok = False
                break
            if label in ("Beslutande", "Övriga deltagande", "Övriga deltagare", "Övriga närvarande"):
                seated = label == "Beslutande"
                start = k
                while k < len(values) and values[k] and (
                        _RUN_SEAT.match(values[k]) or (_RUN_PERSON.match(values[k]) and (
                            not seated or _RUN_PARTY.search(values[k])))):
                    k += 1
                if k == start:
                    ok = False
                    break
                out += [f"{label}:"] + values[start:k]
            elif label == "Utses att justera":
                if not _RUN_NAME_ALONE.fullmatch(values[k]):
                    ok = False
                    break
                out.append(f"{label}: {values[k]}")
                k += 1
            else:
                out.append(f"{label}: {values[k]}")
                k += 1
        if ok:
            return "\n".join(lines[:i] + out + lines[i + 1 + k:])
        return text
    return text


def _text_of(path: Path, media_type: str, data: bytes, attached: bool = False, notes: list[str] | None = None,
             attached_files: list[str] | None = None) -> str:
    """The text of a file of ``media_type``; what the reader says of how it read it is added to ``notes``, the
    names of the attached files a message's text is read from to ``attached_files``."""
    if media_type == PDF:
        text, typed = _read_pdf(path, data, notes)
        if typed:  # a text file printed as it is: read as the text file
            return _as_typed(composed(text))
        return _own_message(_as_laid_out(_flattened_pages_apart(_flat_runs_joined(
            _GLUED_KIND.sub("   ", composed(text))))))
    if media_type == DOCX:
        if not data.startswith(b"PK"):
            return _not_a_package(path, data, attached)
        text = _read_docx(path, data)
        if "[[" in text:
            text = _WIKI_ALIAS_CUT.sub(r"[[\1|\2]]", text)
        return _own_message(_as_laid_out(_flattened_pages_apart(text)))
    if media_type == TIFF:
        if not data.startswith((b"II*\x00", b"MM\x00*")):
            raise ReadError(path, "not a TIFF image (no TIFF header)")
        text = "\n".join(_without_running_furniture(ocr.read_scanned_image(path, data)))
        if notes is not None:
            notes.append(ocr.NOTE_IMAGE)
        return text
    if media_type == formats.DOC:
        return _read_doc(path, data, attached)
    if media_type == formats.ODT:
        return _own_message(_as_laid_out(formats.read_odt(path, data)))
    if media_type == formats.RTF:
        return _own_message(_as_laid_out(formats.read_rtf(path, data)))
    if media_type == formats.HTML:
        return _own_message(_as_laid_out(formats.read_html(path, data)))
    if media_type == formats.MHT:
        if _HTML_START.match(data[:4096]):
            return _text_of(path, formats.HTML, data, attached)  # a page saved under the archive's name
        return _as_laid_out(formats.read_mht(path, data))
    if media_type in (formats.EML, formats.MSG):
        if attached:
            return ""  # a message forwarded as an attachment: its own minutes are its own file
        read_message = formats.read_eml if media_type == formats.EML else formats.read_msg
        return read_message(path, data, lambda name, payload: _attachment_text(path, name, payload, notes,
                                                                               attached_files))
    text = decode_text(path, data)
    if "]" in text[:4000]:
        text = _chat_export_posts(text)
    return _as_typed(_pipe_signature_boxes_as_line(_pipe_head_as_columns(text)))


# a post in a chat channel's export, the day and time in brackets before its writer: "[2026-11-12 09:14] Eva Ek: Text"
_EXPORT_POST = re.compile(r"^\[(?P<day>\d{4}-\d\d-\d\d)[ T](?P<time>\d{1,2}:\d\d)(?::\d\d)?\]\s+"
                          r"(?P<name>[A-ZÅÄÖ][\wåäöéü-]+(?: [A-ZÅÄÖ][\wåäöéü-]+){1,2}):[ \t]*(?P<text>.*)$")
# the export's own stamp above the posts: "Export av kanal #x", "Exporterad 2026-11-12 av Eva Ek"
_EXPORT_STAMP = re.compile(r"(?i)^\s*(?:export(?:erad|ed)?|kanal|channel)\b")


def _chat_export_posts(text: str) -> str:
    """A chat channel's export with each post as a thread of a channel shows it: its writer and time on a line
    of their own ("Eva Ek   2026-11-12 09:14", a post's head the notes' reading sets apart), its text under it
    with the lines the export wrapped (at a width, without a space at the breaks) one line again; the export's
    stamp above the posts is no part of the notes.

    A line is the rest of the line above when it starts no thing of its own (a list item, a label, a point's
    number) and its first word would not have fitted on the line above within the export's width, or the line
    above ends where a sentence cannot (after a comma, "och", "i"):

    >>> print(_chat_export_posts("Export av kanal #grupp\\n[2026-11-12 09:02] Bo Ek: Vi börjar kl 9, länken finns i\\n"
    ...                          "kalendern.\\n[2026-11-12 14:10] Eva Ek: Anteckningar för Arbetsgruppen X i\\n"
    ...                          "Åby, 12 november\\nNärvarande: Bo Ek, Åby kommun, Eva Ek, Region Ö,\\n"
    ...                          "Per Lind\\n1. Dagordningen godkändes.\\n[2026-11-12 14:31] Bo Ek: Tack!"))
    Bo Ek   2026-11-12 09:02
    Vi börjar kl 9, länken finns i kalendern.
    Eva Ek   2026-11-12 14:10
    Anteckningar för Arbetsgruppen X i Åby, 12 november
    Närvarande: Bo Ek, Åby kommun, Eva Ek, Region Ö, Per Lind
    1. Dagordningen godkändes.
    Bo Ek   2026-11-12 14:31
    Tack!

    A text with a post of that kind here and there is no export:

    >>> _chat_export_posts("[2026-11-12 09:02] Bo Ek: Hej\\nText") == "[2026-11-12 09:02] Bo Ek: Hej\\nText"
    True
    """
    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if line[:1] == "[" and _EXPORT_POST.match(line)]
    if len(heads) < 3:
        return text
    # (the export wraps a post's first line, its head included, and its further lines each at its own width)
    widths = [max((len(line.rstrip()) for i, line in enumerate(lines) if i >= heads[0] and (i in heads) == first),
                  default=0) for first in (False, True)]
    out = [line for line in lines[:heads[0]] if not _EXPORT_STAMP.match(line)]
    last = 0  # the length of the line as exported that ends the line being joined onto
    width = 0  # … and the width the export wrapped it at
    for line in lines[heads[0]:]:
        m = _EXPORT_POST.match(line) if line[:1] == "[" else None
        if m:
            out.append(f"{m.group('name')}   {m.group('day')} {m.group('time')}")
            out.append(m.group("text"))
            last, width = len(line.rstrip()), widths[True]
            continue
        body = line.strip()
        above = out[-1].rstrip() if out else ""
        if (body and above and not _OWN_START.match(line)
                and (last + 1 + len(body.split()[0]) > width or _GOES_ON_END.search(above)
                     or (above.endswith(",") and _LABELLED_LIST.match(above)))):
            out[-1] = above + " " + body
        else:
            out.append(line)
        last, width = len(line.rstrip()), widths[False]
    return "\n".join(out)


# a note's wiki link with the name it shows ("[[Eva Ek|Eva]]") whose "|" a Word document made of the note read as a
# table's cell border: the two halves in cells of a row, a tab between them
_WIKI_ALIAS_CUT = re.compile(r"\[\[([^\[\]\t\n|]{1,80})\t([^\[\]\t\n|]{1,80})\]\]")


def _as_typed(text: str) -> str:
    """The text of a text file (or of one printed as it is) as minutes typed as text are read: a message quoted
    as a whole unquoted, a table of items in pipes a row a point, a copied e-mail its own message alone."""
    text = _flattened_pages_apart(_mail_wraps_joined(formats.unquoted(text) if ">" in text else text))
    if "Beslutande" in text and "Plats" in text:
        text = _header_labels_before_values(text)
    if "\n" in text and any(len(line) > 200 for line in text.split("\n")):
        text = _unmarked_paragraphs_apart(text)
    if any(a in text for a in "→➔➜⇒"):
        text = _ARROW_DECISION_INLINE.sub("\n", text)  # (tried at every space of a text without an arrow: 0.4 ms)
    if ";" in text:
        text = _semicolon_rows_as_pipes(text)
    if " | " in text:
        text = _inner_pipe_rows(text)
    return _own_message(_pipe_item_rows_apart(_spaced_item_rows_apart(text)))


# two spaces or a tab within a line: cells of a table laid out in columns, never text a mail client wrapped
_COLUMN_GAP = re.compile(r"\S(?: {2,}|\t)\S")
# a table's heading row laid out in columns, a word a cell ("Nr  Åtgärd  Ansvarig  Klart"), and the rule under it
_COLUMN_HEADS = re.compile(r"[A-ZÅÄÖ][\wåäö/.]*(?:(?: {2,}|\t)[A-ZÅÄÖ][\wåäö/.]*)+")
_COLUMN_RULE = re.compile(r"[-=]+(?:\s+[-=]+)+")
# the end of a line of running text a capitalised word goes on from: a list's comma, a word a clause never ends
# with (after a sentence's end a capitalised line may be a heading: "… januari–februari." / "Arbetsutskottets beslut";
# a line of a roster one a line ends with its person's organisation or title; "Region" goes on with its name)
_GOES_ON_END = re.compile(r"(?:[,;]|\bRegion|\b(?:och|eller|samt|i|av|till|för|med|om|på|från|vid|hos|under|enligt|mellan|"
                          r"inom|mot|efter|inför|en|ett|den|det|de|som|är|var|har|ska|kan)\b)$", re.IGNORECASE)
# the end of a line of running text broken inside a name: a capitalised word after a word of the sentence ("… deltog
# Viktor" / "… med Region" / "… anteckningarna. Sofia"), where a roster's line ends with its person's organisation after a comma ("Eva Ek, Åby")
_NAME_BROKEN_END = re.compile(r"\b[a-zåäö][\wåäö-]*\.? [A-ZÅÄÖ][a-zåäö][\wåäö-]*$")
# a line opening with the kind of notes a title line names the body of ("Åby närvårdsgrupp" / "Beredningsanteckningar
# från mötet …", "… Ekby" / "Minnesanteckningar 12 mars"): the document's own heading, no name's rest
_NOTES_KIND_START = re.compile(r"[ \t]*(?:[A-ZÅÄÖ][a-zåäö-]*(?:anteckningar|protokoll)|Anteckningar|Protokoll)\b")
# … and the rest of the name on the next line, which goes on with the sentence ("Hallén, verksamhetschef …", "Holm
# (M), som …", "Ådalen behöver"), where a heading's next line is a word alone or another name ("Maja Lind …")
_NAME_BROKEN_REST = re.compile(r"[ \t]*[A-ZÅÄÖ][\wåäö-]*(?:[,.;:)]|[ \t]+[(a-zåäö0-9])")
# a label with the list it heads on its own line ("Närvarande: Eva Ek, Åby kommun, Per …", its entries parted by
# commas or " · "), which goes on over
# the next line whatever word the line was broken before
_LABELLED_LIST = re.compile(r"[ \t]*\**[A-ZÅÄÖ][\wåäö /-]{1,30}:\**[ \t]+\S")
# a list item's mark and the space after it, whose width a mail client indents the item's further lines by
_ITEM_MARK = re.compile(r"[ \t]*(?:[-*•–→➔➜⇒]|\d{1,3}[.)]|[a-zåäö][.)]|§[ \t]*\d{1,3}\.?)[ \t]+(?=\S)")
# a line that starts a thing of its own, never the rest of the line above: a list item, a label, a heading, a row,
# an arrow typed "=>" before what was decided (a lowercase word in asterisks, "*ordförande*", is emphasis, no bullet)
_OWN_START = re.compile(r"[ \t]*(?:=>|[-•–→➔➜⇒|#>]|\*(?![a-zåäö][^*\n]*\*(?:\s|$))|\d{1,3}[.)]\s|[a-zåäö][.)]\s|§|\**[A-ZÅÄÖ][\wåäö /-]{1,30}:(?:\s|$)|att\s|"
                        r"Dnr\s)")
# the end of a line a decision's "att" clause starts a line of its own after: a sentence's or a clause's end, a
# decision's lead-in ("… föreslår kommunfullmäktige besluta" / "att anta …"), a list's "samt" or "och"; after any other
# word a wrapped "att" goes on with its sentence ("… gav arbetsgruppen i uppdrag" / "att ta fram …")
_ATT_LEAD_END = re.compile(r"(?:[,.;:!?]|\b(?:besluta|beslutar|beslutade|beslöt|beslutat|föreslår|föreslås|föreslog|yrkar|"
                           r"yrkade|samt|och))\**$", re.IGNORECASE)
_MAIL_ATT_CLAUSE = re.compile(r"[ \t>]*(?:[-*•–]\s+)?att\s")
# a run of a grid's short cells (presence marks, dates) parted by gaps, at a line's end
_MARK_CELLS = re.compile(r"(?<!\S)\S{1,5}(?:(?: {2,}|\t)\S{1,5})+$")
_CELLS_APART = re.compile(r"(?: {2,}|\t)+")


# a table's heading row laid out in columns, a cell a word or a few ("Nr  Åtgärd  Ansvarig  Klart till  Status")
_HEAD_CELL = r"[A-ZÅÄÖ][\wåäö/.]*(?: [a-zåäö][\wåäö/.]*){0,2}"
_HEAD_CELLS = re.compile(rf"{_HEAD_CELL}(?:(?: {{2,}}|\t){_HEAD_CELL})+")


def _is_heading_row(line: str) -> bool:
    """Whether a line laid out in columns is a table's heading: short cells of a word each, one of them of a few.

    >>> _is_heading_row("Nr  Åtgärd   Ansvarig  Klart till"), _is_heading_row("Handlingsplan för telefonin   Varje vårdcentral")
    (True, False)
    """
    if not _HEAD_CELLS.fullmatch(line.strip()):
        return False
    cells = _CELLS_APART.split(line.strip())
    return all(len(c) <= 20 for c in cells) and sum(" " in c for c in cells) <= 1


def _cells(line: str) -> int:
    """The cells of a line laid out in columns: its parts between gaps of two spaces or more.

    >>> _cells(" 7  Ta fram mall   Eva Ek   2026-05"), _cells("Kort rad")
    (4, 1)
    """
    return len(_CELLS_APART.split(line.strip()))


def _column_at(row: str, k: int) -> int:
    """Where the cell after the first ``k`` cells of a row laid out in columns starts (0 where it has none).

    >>> _column_at("Namn        Företräder    Närv.", 2)
    26
    """
    starts = [m.start() for m in re.finditer(r"(?:(?<=^)|(?<= {2})|(?<=\t))\S", row)]
    return starts[k] if k < len(starts) else 0


def _table_rest(above: str, body: str, cells: int, after: str) -> str:
    """What joins ``body``, a line at the margin, to ``above``, a row of a table laid out in columns whose heading has
    ``cells`` cells, where a mail client broke the row at a gap too wide for its line: a gap where ``body`` is the
    heading's last word or the row's last cells, a space where it goes on with the row's last cell too; "" where
    ``body`` is a line of its own (a row whose cells stand under the row's, a heading, a sentence).

    >>> _table_rest("Vem       Vad", "När", 0, "NS        Skicka rutinen       17 okt")
    '   '
    >>> _table_rest("NS        Skicka rutinen för ärendeflöde till SBU", "17 okt", 3, "")
    '   '
    >>> _table_rest("TE    Sammanställa fallskadorna för alla kommuner till", "Samverkansgrupp äldre   14/10", 3, "")
    ' '
    >>> _table_rest("Åby kommun           Carina Lund (M)", "Björkby kommun       Åsa Berg (S)", 3, "")
    ''
    """
    if _is_heading_row(above):
        # (over the rows, or over the rule under the heading)
        under = _COLUMN_GAP.search(after.strip()) or re.fullmatch(r"[-=_]{3,}(?:\s+[-=_]+)*", after.strip())
        return "   " if _is_heading_row(f"{above.strip()}  {body}") and not body.isupper() and under else ""
    have, more = _cells(above), _cells(body)
    # (a heading in capitals is no cell's rest, a presence mark "X" is)
    if (not 1 < have < cells or len(body) > 40 or (body.isupper() and len(re.sub(r"[^A-ZÅÄÖ]", "", body)) > 3)
            or (_OWN_START.match(body) and body not in ("-", "–"))):
        return ""
    starts = {m.end() for m in re.finditer(r"(?:^|(?: {2,}|\t))(?=\S)", above)}
    if more > 1 and any(m.end() in starts for m in list(_CELLS_APART.finditer(body))[:1]):
        return ""  # (its second cell under the row's second: a row of its own)
    if more == 1 and len(body) > 15 and len(body.split()[0]) > 2 and above.lstrip()[:1].islower():
        return ""  # (a line of words of its own under a cell's own wrapped line: a layout whose cells wrap)
    if have + more == cells or len(_CELLS_APART.split(body)[0]) <= 2:
        return "   "  # (a cell of its own: the cells the row lacks, or a presence mark and a note after it)
    return " " if have + more == cells + 1 and more > 1 else ""


# a roster entry's paragraphs wrapped onto a line of their own after its comma ("… Region Öby," / "§ 19"): no
# heading of a point, which has its title after its number
_PARAGRAPHS_REST = re.compile(r"§§?[ \t]*\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?(?:[ \t]*(?:,|och)[ \t]*\d{1,3})*\)?")


def _mail_wraps_joined(text: str) -> str:
    """The text with each paragraph and list item a mail client hard-wrapped (at 72 or so columns) on one line again.

    A text is taken as wrapped when no line but a table row or a line without a space is longer than 80 characters; a
    line is the start of a wrapped one when the next line's first word would not have fitted on it within the text's
    longest line, and the next line goes on at the indent of the line's text (a list item's further lines under its
    text, after its mark):

    >>> _mail_wraps_joined("Närvarande: Eva Ek, Åby kommun, Per Lund, Region Öby, Kim Falk,\\n"
    ...                    "Öby kommun\\n- Bo Ax ska ta fram ett förslag till gemensam rutin för\\n"
    ...                    "  utskrivning inför nästa möte.\\n- Kort punkt")
    'Närvarande: Eva Ek, Åby kommun, Per Lund, Region Öby, Kim Falk, Öby kommun\\n- Bo Ax ska ta fram ett förslag \
till gemensam rutin för utskrivning inför nästa möte.\\n- Kort punkt'

    A short line is ended by its writer, not the client, and a list item, a label or a heading starts a line of its
    own however long the line above; a text with longer lines is not wrapped:

    >>> _mail_wraps_joined("Gruppen har gått igenom rutinen för samordnad individuell plan i år.\\n"
    ...                    "Beslut: rutinen antas\\nKort rad\\nmer")
    'Gruppen har gått igenom rutinen för samordnad individuell plan i år.\\nBeslut: rutinen antas\\nKort rad\\nmer'
    >>> _mail_wraps_joined("xy " * 30 + "\\nGruppen har gått igenom rutinen för samordnad individuell plan i\\nhöst.")[91:]
    'Gruppen har gått igenom rutinen för samordnad individuell plan i\\nhöst.'
    """
    lines = text.split("\n")
    # (a rule of dashes or a long link is no text the client wraps: it sends it as it is; nor a Markdown heading,
    # one line whatever its length)
    ends = [len(x.rstrip()) for x in lines if " " in x.strip() and not x.lstrip().startswith(("|", "#"))]
    width = max(ends, default=0)
    if not 60 <= width <= 80:
        return text
    out: list[str] = []
    hang = -1  # the indent the text of the line being joined onto starts at
    hanging = False  # … under a list item's mark, where nothing but the item's rest stands
    base = 0  # the indent of the line itself
    cells = 0  # the cells of the table heading laid out in columns above, in the block the line is in
    head = ""  # … and the heading
    last = 0  # the length of the line as sent that ends the line being joined onto, which the client filled
    for n, line in enumerate(lines):
        body = line.strip()
        if out and _is_heading_row(out[-1]):
            cells, head = _cells(out[-1]), out[-1]
        cells = cells if body else 0
        if out and hang >= 0 and body:
            above = out[-1].rstrip()
            indent = len(line) - len(line.lstrip())
            word = body.split()[0]
            # an attendance grid's row of marks broken at one of its gaps, however wide ("… (sammankallande)   X      X"
            # / "X      X"): the rest is marks alone, the row ends in one, and the gap would not have fitted
            if (indent == 0 and _MARK_CELLS.fullmatch(body) and _MARK_CELLS.search(above)
                    and len(above) + max(len(g) for g in _CELLS_APART.findall(above)) + len(word) > width):
                out[-1] = above + "   " + body
                last = len(line.rstrip())
                continue
            # a table's row broken at a gap too wide for the client's line, the rest at the margin: a heading's last
            # word over the rows ("Vem       Vad" / "När" over "NS        Skicka …"), a row short of its heading's
            # cells whose rest holds the cells it lacks ("NS        Skicka rutinen …" / "17 okt"; "… till" /
            # "Samverkansgrupp äldre   14/10"), not standing under the row's own cells as a row of the table does
            if indent == 0 and _COLUMN_GAP.search(above.strip()):
                rest = _table_rest(above, body, cells, lines[n + 1] if n + 1 < len(lines) else "")
                if (rest == "   " and _cells(body) == 1 and body[0].isupper() and not above[-1].isdigit()
                        and last + 1 + len(word) > width and not _is_heading_row(above)):
                    rest = " "  # (a name's word that would not have fitted after one space: the last cell's next word)
                if rest:
                    # (the cell back at its column, the heading's, as a grid is read by its columns; a heading's last
                    # word at the line's end, where the rows' last cells are)
                    column = (0 if rest == " " else width - len(body) if _is_heading_row(above)
                              else _column_at(head, _cells(above)))
                    out[-1] = above + (" " * (column - len(above)) if column > len(above) + 1 else rest) + body
                    last = len(line.rstrip())
                    continue
            # a row laid out in columns broken at its last cell: the cell's rest alone at the margin, where the
            # layout's own further lines stand under their column ("… Eva-Britt" / "Lönnqvist (S)*", "… Paragrafer" /
            # "9–14"; a row at the margin whose number is right-aligned, " 7  Ta fram …  2026-05" / " Klar"); a word
            # alone in capitals and letters is a heading of its own, but where it ends a row of three cells or more
            # (a row short of a cell broken at the gap of two spaces or more before its last, which the break takes)
            fewer = 0 < _cells(above) < cells  # (a row short of its heading's cells: its last went onto the next line)
            # (… or a heading's last word: "Nr  Åtgärd  Ansvarig" / "Klart")
            heading = bool(_COLUMN_HEADS.fullmatch(above.strip()) and _COLUMN_HEADS.fullmatch(body + "  " + body))
            if ((indent == 0 or indent == base <= 2) and _COLUMN_GAP.search(above.strip())
                    and last + (2 if fewer or heading else 1) + len(word) > width
                    and len(body) <= 25 and above.lstrip()[:1] not in "|#"
                    # (not a whole entry of its own under a row that ends in one: "… Rolf Dahl (S)" / "Göran Ek (M)")
                    and not (above.endswith(")") and _WHOLE_ENTRY.match(body))
                    and (not _OWN_START.match(line) or _COLUMN_RULE.fullmatch(above.strip() + " " + body)
                         # (an empty last cell's dash, where the row has fewer cells than its heading)
                         or (body in ("–", "-") and fewer) or (above.endswith(",") and _PARAGRAPHS_REST.fullmatch(body)))
                    and (not re.fullmatch(r"[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]*", body) or _COLUMN_HEADS.fullmatch(above.strip())
                         or len(_COLUMN_GAP.findall(above.strip())) >= 2)):
                # (a cell of its own, the row's last, where the row has fewer cells than its heading: "… 2026-05" /
                # "Klar" under "Nr  Åtgärd  Ansvarig  Klart  Status"; else the rest of the last cell's words)
                out[-1] = above + ("   " if _COLUMN_GAP.search(body) or _COLUMN_RULE.fullmatch(body)
                                   or _COLUMN_HEADS.fullmatch(above.strip())
                                   or fewer else " ") + body
                last = len(line.rstrip())
                continue
            # (a client that does not indent a list item's rest: the item's lowercase rest at the item's own indent)
            # (a labelled list joined over lines goes on after its comma, however its writer broke it)
            if ((indent == hang or (hanging and indent == base and word[0].islower()))
                    and (last + 1 + len(word) > width
                         or (len(above) > width and above.endswith(",") and _LABELLED_LIST.match(above)))
                    and (not _OWN_START.match(line) or (above.endswith(",") and _PARAGRAPHS_REST.fullmatch(body))
                         # (a dash in the sentence wrapped to the line's start, where not even it had room:
                         # "… två fokusområden" / "- narkotika bland unga …"; a list's item stands under an item)
                         or (word in ("-", "–") and last + 2 > width and body[2:3].islower() and not hanging)
                         # ("… version 3," / "att gälla från …": when a decision takes effect, no clause of its own)
                         or (word == "att" and re.match(r"att gälla\b", body))
                         or (word == "att" and not _ATT_LEAD_END.search(above)
                             # (under a decision's "att" clause of its own another clause, but after "i uppdrag")
                             and (not _MAIL_ATT_CLAUSE.match(above) or re.search(r"\b(?:uppdrag|uppgift)$", above))))
                    and not _COLUMN_GAP.search(above.strip() + " " + body) and above.lstrip()[:1] not in "|#"
                    and above.strip(" -=_*")
                    # (a list item's capitalised rest where the item's line was filled: a short numbered heading's
                    # text indented under it is the heading's body, "4) Uppdrag från …" / "   Samverkansgruppen har …")
                    and ((hanging and (not word[0].isupper() or last >= width - 10)) or not word[0].isupper()
                         or _GOES_ON_END.search(above)
                         or (_NAME_BROKEN_END.search(above) and _NAME_BROKEN_REST.match(line)
                             and not _NOTES_KIND_START.match(line))
                         or (_LABELLED_LIST.match(above) and above.count(",") + above.count(" · ") >= 2))):
                out[-1] = above + " " + line.strip(" \t")
                last = len(line.rstrip())
                continue
        mark = _ITEM_MARK.match(line)
        hang = (mark.end() if mark else len(line) - len(line.lstrip())) if body else -1
        hanging = bool(mark)
        base = len(line) - len(line.lstrip())
        last = len(line.rstrip())
        out.append(line)
    return "\n".join(_wrapped_pages_joined(out, width))


# a roster's entry whole on its line: a given name, a surname and what follows them ("Göran Ek (M)")
_WHOLE_ENTRY = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+")


def _wrapped_pages_joined(lines: list[str], width: int) -> list[str]:
    """The lines with a page a PDF flattened onto one line and a mail client then wrapped on one line again: a run of
    lines each of which the next line's first word would not have fitted on, whose text together holds the labels
    of a page's header ("Beslutande … Justeringens plats och tid …"), however its lines start; ``_flattened_pages_apart``
    then parts it at its labels.

    >>> _wrapped_pages_joined(["Minnesanteckningar Regionråd Åby Dag tisdagen den 3 maj 2030 Tid 13-16,",
    ...     "kommunhuset i Åby, sammanträdesrum Eken Närvarande Eva Ek, Åby Per Lind,",
    ...     "Öby Lisa Berg, Åbyregionens kansli Förhinder Bo Ås, Öby Sida 1 av 2", "", "Kort rad"], 72)[0][61:101]
    'Tid 13-16, kommunhuset i Åby, sammanträd'
    >>> _wrapped_pages_joined(["Gruppen har gått igenom rutinen för samordnad individuell plan under året",
    ...     "Närvarande och Dag"], 72)
    ['Gruppen har gått igenom rutinen för samordnad individuell plan under året', 'Närvarande och Dag']
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        run = k + 1
        while (run < len(lines) and lines[run].strip() and lines[run - 1].strip()
               and len(lines[run - 1].rstrip()) + 1 + len(lines[run].split()[0]) > width
               and not _COLUMN_GAP.search(lines[run - 1].strip()) and lines[run - 1].lstrip()[:1] not in "|#"):
            run += 1
        joined = " ".join(x.strip() for x in lines[k:run])
        if run - k >= 3 and len(joined) > 200 and len(_FLAT_LABEL.findall(joined)) >= 3:
            out.append(joined)
        else:
            out.extend(lines[k:run])
        k = run
    return out


# a heading cell of a list exported with semicolons between its fields (a meeting app's attendance report):
# a word or two, no digits
_CSV_HEAD_CELL = re.compile(r"^[A-ZÅÄÖa-zåäö][\wåäö/.-]*(?:\s[\wåäö/.-]+){0,2}$")


def _semicolon_rows_as_pipes(text: str) -> str:
    r"""The text with a list exported with semicolons between its fields (a heading row of short words, then rows
    with as many fields, as a meeting app's attendance report is saved) as a table in pipes, a row a line.

    >>> _semicolon_rows_as_pipes("Namn;Anslöt;Roll\nEva Ek;13:26;Organisatör\nPer Lind;13:30;Gäst\n\nSlut")
    '| Namn | Anslöt | Roll |\n| Eva Ek | 13:26 | Organisatör |\n| Per Lind | 13:30 | Gäst |\n\nSlut'
    >>> _semicolon_rows_as_pipes("Vi tog upp rutinen; schemat; listan.\nEva; Per; Ola tar det.")
    'Vi tog upp rutinen; schemat; listan.\nEva; Per; Ola tar det.'
    """
    lines = text.split("\n")
    k = 0
    while k < len(lines) - 1:
        cells = lines[k].strip().split(";")
        width, run = len(cells), k + 1
        headed = width >= 3 and all(_CSV_HEAD_CELL.match(c.strip()) for c in cells)
        if headed:
            while run < len(lines) and len(lines[run].strip().split(";")) == width:
                run += 1
        if headed and run - k >= 2:
            for j in range(k, run):
                lines[j] = "| " + " | ".join(c.strip() for c in lines[j].strip().split(";")) + " |"
            k = run
        else:
            k += 1
    return "\n".join(lines)


def _inner_pipe_rows(text: str) -> str:
    r"""The text with a table typed with pipes between its cells only ("Nr | Datum | Beslut", no pipe at the row's
    ends) as a table in pipes: each row opened and closed by a pipe, and a row whose first cells are empty (a long
    cell typed on over the next line under its column) joined into the row above, cell by cell. The heading row's
    cells are short words, and every row has as many cells.

    >>> print(_inner_pipe_rows("Nr  | Datum      | Beslut\nB1  | 2029-01-10 | Ge Åby i uppdrag\n    |            | "
    ...                        "att ta fram en plan\nB2  | 2029-01-10 | Godkänna dagordningen\n\nNästa möte"))
    | Nr | Datum | Beslut |
    | B1 | 2029-01-10 | Ge Åby i uppdrag att ta fram en plan |
    | B2 | 2029-01-10 | Godkänna dagordningen |
    <BLANKLINE>
    Nästa möte
    >>> _inner_pipe_rows("Tid: 10-12 | Plats: Åby\nEva | Per | Ola tar det.")
    'Tid: 10-12 | Plats: Åby\nEva | Per | Ola tar det.'
    """
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        cells = [c.strip() for c in line.split("|")]
        width = len(cells)
        if (width < 3 or line.lstrip().startswith("|") or not all(cells)
                or not all(_CSV_HEAD_CELL.match(c) for c in cells)):
            out.append(line)
            k += 1
            continue
        rows = [cells]
        run = k + 1
        while run < len(lines) and lines[run].strip():
            row = [c.strip() for c in lines[run].split("|")]
            if len(row) != width:
                break
            if not row[0] and len(rows) > 1:
                # a wrapped cell: its text goes on in the row above
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], row)]
            else:
                rows.append(row)
            run += 1
        if len(rows) < 2:
            out.append(line)
            k += 1
            continue
        out.extend("| " + " | ".join(r) + " |" for r in rows)
        k = run
    return "\n".join(out)


# a protocol's or notes' header labels, which a page flattened onto one line (as some PDF-to-text tools and document
# sites give it) keeps in its run: each opens a line of its own again
_FLAT_LABEL = re.compile(
    r"\s+(?=(?:Beslutande\s+organ|Plats\s+och\s+tid|Beslutande|Ej\s+tjänstgörande\s+ersättare|Tjänstgörande\s+ersättare|"
    r"Övriga\s+deltagare|Övriga\s+deltagande|Övriga\s+närvarande|Närvarande|Förhinder|Justeringens\s+plats\s+och\s+tid|Avser\s+paragrafer|"
    r"Sekreterare\s+Ordförande\s+Justerande|Underskrifter|Bevis\s+om\s+anslag|Anslaget\s+sätts\s+upp|"
    r"Anslaget\s+tas\s+ned|Utses\s+att\s+justera|Minnesanteckningar|Dag|Tid|Föredragande:|Deltagare|Sida\s+\d{1,3}\s+av\s+\d{1,3}|"
    # (labels written with their colon: "Närvarande: A, ordf. Ledamöter: B C Dessutom: D")
    r"(?:Ledamöter|Ersättare|Frånvarande|Deltagare|Dessutom|Adjungerade|Justerare|Sekreterare):)"
    r":?(?=\s|$))")
# a point of the notes run on after the sentence before it: "… godkändes. 2. Föregående möte …"
# (the first point after the header's last word: "… Dessutom: Eva Ek, sekretariatet 1. Fastställande av dagordning")
# (not a point's number after "p.", "punkt", "s.", "nr": "… anslöt fr. p. 3. Förhinder: …")
_FLAT_POINT = re.compile(r"(?:(?<=[.!?])(?<!\bp\.)(?<!\bs\.)(?<!\bnr\.)(?<!\bpt\.)|(?<=anteckningar))\s+(?=\d{1,2}\.\s+[A-ZÅÄÖ])|(?<=[a-zåäö])\s+(?=1\.\s+[A-ZÅÄÖ][a-zåäö])")
# a flattened roster's people with nothing between them, as a table's column gives them: "Berit Ask Anita Bohm Ulla Ek"
_FLAT_ROSTER_LABEL = re.compile(r"^(?:Närvarande|Ledamöter|Beslutande|Tjänstgörande\s+ersättare|Ersättare|Frånvarande|"
                                r"Förhinder|Deltagare|Övriga\s+deltagare|Övriga\s+deltagande|Övriga\s+närvarande):?\s+")
# in a flattened roster of a nämnd, one member's party tag (and role) and the next member's name with one space
# between: "Eva Ek (S), ordförande Per Lind (M) Åsa Berg (C), tjg ersättare Bo Ås (V)"
_FLAT_PARTY_THEN_NAME = re.compile(r"(?P<end>\([A-ZÅÄÖ]{1,3}\)(?:,\s+[a-zåäö0-9][\wåäö:.]*(?:\s+[a-zåäö][\wåäö:.]*){0,3})?)\s+"
                                   r"(?P<given>[A-ZÅÄÖ][a-zåäö]+(?:[A-ZÅÄÖ][a-zåäö]+)?(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?=\s+[A-ZÅÄÖ])")
_PARTY_TAG = re.compile(r"\([A-ZÅÄÖ]{1,3}\)")
# a name that ends in a party tag of its own: "… (S) Eeva Kaplas (MP)"
_NAME_THEN_PARTY = re.compile(r"\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?\s+\([A-ZÅÄÖ]{1,3}\)")
_FLAT_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")
_FLAT_ATTACHMENT_END = re.compile(r"(?:(?<=\.pdf)|(?<=\.docx))\s+(?=[A-ZÅÄÖ])")
_FLAT_FIRST_MEMBER = re.compile(r"(?<!\S)[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}\s+\([A-ZÅÄÖ]{1,3}\)")
_FLAT_SEAT_WORD = re.compile(r"(?:ledamöter|ersättare|tjänstgörande\s+ersättare)\s+")


def _first_member(piece: str, start: int) -> int | None:
    """Where the first member of a flattened roster starts: a given name, its surname and party tag
    ("Rum Ugglan, Åby Eva Ek (M)" starts at "Eva")."""
    from samverkan.loaders.names import is_given_name
    for m in _FLAT_FIRST_MEMBER.finditer(piece, start):
        words = m.group(0).split()
        for k in range(len(words) - 2):
            if is_given_name(words[k]):
                return m.start() + m.group(0).index(words[k]) if k else m.start()
        return None
    return None
_FLAT_PROTOCOL_HEAD = re.compile(r"(PROTOKOLL)\s+\d{1,3}\s?\(\d{1,3}\)\s+([^()]{2,60}?)\s+([A-ZÅÄÖ]{1,5}\s\d{1,4}/\d{4})\s+"
                                 r"([^()]{2,80}?)\s+([A-ZÅÄÖ][a-zåäö-]*(?:styrelsen|nämnden|fullmäktige|utskottet|direktionen))\s+")
_FLAT_COUNTER_END = re.compile(r"\s+\d{1,3} / \d{1,3}$")
_FLAT_ROSTER_WHEN = re.compile(r"\s+(?P<d>\d{4}-\d{2}-\d{2})\s+(?P<t>\d{1,2}[:.]\d{2}\s?[-–]\s?\d{1,2}[:.]\d{2})"
                               r"(?:\s+(?P<p>[^\d\s].*?))?\s*$")
_FLAT_PAGE_END = re.compile(r"(\bSida\s+(\d{1,3})\s+av\s+\d{1,3})\s+(?=\S)")
_FLAT_EMPTY_LABEL = re.compile(r"Beslutande\s+organ|Plats\s+och\s+tid|Beslutande|Justeringens\s+plats\s+och\s+tid")
_FLAT_POINT_TITLE = re.compile(r"(?P<title>\d{1,2}\.\s+\S+(?:\s+[a-zåäö][\wåäö-]*)*)\s+(?=[A-ZÅÄÖ])")
_FLAT_PRESENTER = re.compile(r"(?P<label>Föredragande:\s+(?P<n>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}))\s+(?=(?P=n)\b)")
# in a flattened roster, one person's huvudman and the next person's name with one space between:
# "Eva Ek, Åby Per Lind, Öby": the given name starts the next entry
# (or her seat at the meeting after her huvudman: "Eva Ek, Åby kommun, ordförande Per Lind, Öby")
_FLAT_PLACE_THEN_NAME = re.compile(r"(?<=,)(?P<place>(?:\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[a-zåäö]+)?|"
                                   r"\s+(?:vice\s+)?ordförande|\s+ordf\.|\s+sekreterare|\s+sammankallande)?)\s+"
                                   r"(?P<given>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?=\s+[A-ZÅÄÖ][\wåäö-]+)")


def _flat_runs_joined(text: str) -> str:
    r"""A page flattened onto one line (as a document site gives it) that a PDF printed as a paragraph, wrapped at
    the margin: its lines one line again, as :func:`_flattened_pages_apart` reads it. A run of lines filled to the
    margin (and the shorter line ending it) is one when, joined, it holds three of a page's header labels or
    numbered points run on after a sentence; a paragraph of prose holds none, a table's rows keep their cells apart.

    >>> print(_flat_runs_joined("Minnesanteckningar Regionråd Åby Dag tisdagen den 3 maj 2030 Närvarande Eva Ek,\n"
    ...                         "Åby Per Lind, Öby Lisa Berg, Åbyregionens kansli Anna Holm, Åbyregionens kansli\n"
    ...                         "Förhinder Bo Ås, Öby Karin Lund, Åby Sven Berg, Öby Maria Ek, Åbyregionens kansli\n"
    ...                         "Sida 1 av 2\n"
    ...                         "1. Mötet öppnas Dagordningen godkändes. 2. Nästa möte Nästa möte hålls i juni."))
    Minnesanteckningar Regionråd Åby Dag tisdagen den 3 maj 2030 Närvarande Eva Ek, Åby Per Lind, Öby Lisa Berg, Åbyregionens kansli Anna Holm, Åbyregionens kansli Förhinder Bo Ås, Öby Karin Lund, Åby Sven Berg, Öby Maria Ek, Åbyregionens kansli Sida 1 av 2
    1. Mötet öppnas Dagordningen godkändes. 2. Nästa möte Nästa möte hålls i juni.
    >>> _flat_runs_joined("Rådet diskuterade länets behov av platser och vad kommunerna kan göra\n"
    ...                   "tillsammans under året som kommer, och beslutade att återkomma i frågan.\nKort rad")
    'Rådet diskuterade länets behov av platser och vad kommunerna kan göra\ntillsammans under året som kommer, och beslutade att återkomma i frågan.\nKort rad'
    >>> _flat_runs_joined("Rebecka Ek     Region Åby     Hälso- och sjukvårdsdirektör, ordförande     Närvarande\n"
    ...                   "Per-Erik Lind     Region Åby     Divisionschef primärvård, vice ordförande     Närvarande\n"
    ...                   "Lena Ockberg     Åby kommun     Socialchef för individ- och familjeomsorgen     Närvarande").count("\n")
    2
    """
    lines = text.split("\n")
    lengths = sorted(len(x.strip()) for x in lines if 40 <= len(x.strip()) <= 150)
    if len(lengths) < 3:
        return text
    width = lengths[len(lengths) * 9 // 10]
    out: list[str] = []
    k = 0
    while k < len(lines):
        j = k
        # (a table's rows, cells apart by a column's gap, are no wrapped paragraph however full)
        while (j + 1 < len(lines) and len(lines[j].strip()) >= 0.8 * width and lines[j + 1].strip()
               and not _COLUMN_GAP.search(lines[j].strip()) and not _COLUMN_GAP.search(lines[j + 1].strip())):
            j += 1
        run = " ".join(x.strip() for x in lines[k:j + 1])
        if j > k and len(run) > 200 and len(_FLAT_LABEL.findall(run)) + len(_FLAT_POINT.findall(run)) >= 3:
            out.append(run)
        else:
            out.extend(lines[k:j + 1])
        k = j + 1
    return "\n".join(out)


def _flattened_pages_apart(text: str) -> str:
    """A page flattened onto one line, its header's labels and its numbered points each on a line again, and a
    roster's people each after a ";" (a line of text is kept as it is).

    >>> print(_flattened_pages_apart("Minnesanteckningar Regionråd Åby Dag tisdagen den 3 maj 2030 Närvarande "
    ...       "Eva Ek, Åby Per Lind, Öby Lisa Berg, Åbyregionens kansli Förhinder Bo Ås, Öby Sida 1 av 2 "
    ...       "1. Mötet öppnas Dagordningen godkändes. 2. Nästa möte Nästa möte hålls i juni."))
    Minnesanteckningar Regionråd Åby
    Dag tisdagen den 3 maj 2030
    Närvarande Eva Ek, Åby; Per Lind, Öby; Lisa Berg, Åbyregionens kansli
    Förhinder Bo Ås, Öby
    Sida 1 av 2
    1. Mötet öppnas
    Dagordningen godkändes.
    2. Nästa möte
    Nästa möte hålls i juni.
    """
    if not any(len(line) > 200 for line in text.split("\n")):
        return text
    out, page, first, after_flat = [], 0, True, False
    for line in _without_running_head(text.split("\n")):
        if not line.strip():
            out.append(line)
            continue
        if len(line) <= 200 or len(_FLAT_LABEL.findall(line)) + len(_FLAT_POINT.findall(line)) < 2:
            if after_flat and "/" in line[-8:]:
                line = _FLAT_COUNTER_END.sub("", line)  # "… i Granlida. 3 / 3": the last page's counter
            if after_flat and len(line) > 30 and "." in line[3:] and (point := _FLAT_POINT_TITLE.match(line)):
                # "8. Nästa möte Nästa möte hålls …": the last page, short, goes on as the flattened ones before it
                out.extend([point.group("title"), line[point.end():].strip()])
            else:
                out.append(line)
            page, after_flat = 0, False
            continue
        after_flat = True
        if "/" in line[-8:]:
            line = _FLAT_COUNTER_END.sub("", line)  # "… krisledningsorganisation. 2 / 3": the page's counter at its end
        # ("Sida 1 av 3 1. Mötet öppnas": the page's counter ends its run; "Föredragande: Eva Ek Eva Ek
        # informerade …": the presenter's name ends its label's line where the sentence about her starts)
        line = _FLAT_PRESENTER.sub(r"\g<label>\n", _FLAT_PAGE_END.sub(r"\1\n", line))
        if ".pdf " in line or ".docx " in line:
            # "Protokoll KC 2030-03-02.pdf Anteckningarna gicks igenom": the attached file's name, a line of its own
            line = _FLAT_ATTACHMENT_END.sub("\n", line)
        if page and line.startswith(f"{page + 1} "):
            line = line[len(str(page + 1)) + 1:]  # "Sida 1 av 3" / "2 Minnesanteckningar …": the next page's number
        elif first and line[:2] == "1 " and line[2:3].isupper():
            line = line[2:]  # "1 Beslutsgruppen för …": the first page's number, as a document site sets it
        if first and line[:10] == "PROTOKOLL " and (cells := _FLAT_PROTOCOL_HEAD.match(line)):
            # "PROTOKOLL 1(9) Regionens kansli RS 4/2031 Kansliavd, Eva Ek Regionstyrelsen Tid …": the page
            # header's cells (the office, the case's number, who handles it, the body) each a line, the counter dropped
            line = "\n".join(c.strip() for c in cells.groups() if c and c.strip()) + "\n" + line[cells.end():]
        first = False
        colons = False
        for part in (p for chunk in line.split("\n") for q in _FLAT_POINT.split(chunk) for p in _next_points_apart(q)):
            for piece in _FLAT_LABEL.split(part):
                if _FLAT_EMPTY_LABEL.fullmatch(piece.strip()):
                    continue  # "Beslutande organ Plats och tid …": a label whose cell the page left empty
                lab = _FLAT_ROSTER_LABEL.match(piece)
                if lab and ":" in lab.group(0):
                    colons = True
                elif lab and colons:
                    # "Beslutande: … Frånvarande: … Deltagare Eva Ek, …": a label the page printed without the colon
                    # the others on it have, a list of its own (not more of the list before it)
                    piece = f"{piece[:lab.end()].rstrip()}: {piece[lab.end():]}"
                    lab = _FLAT_ROSTER_LABEL.match(piece)
                if lab and out and out[-1].endswith("Plats") and "(" in piece and (
                        first := _first_member(piece, lab.end())) and first > lab.end() + 2:
                    # "Tid … kl Plats" / "Närvarande ledamöter Rum Ugglan, Åby Eva Ek (M), ordförande …": the place's
                    # cell printed after the next label, before the first member
                    head = out.pop()[:-len("Plats")].rstrip()
                    start = lab.end() + len(seat.group(0)) if (seat := _FLAT_SEAT_WORD.match(piece, lab.end())) else lab.end()
                    out += ([head] if head else []) + [f"Plats: {piece[start:first].strip()}"]
                    piece = piece[:start] + piece[first:]
                if lab and len(_PARTY_TAG.findall(piece)) > 1:
                    piece = _FLAT_PARTY_THEN_NAME.sub(_party_then_name, piece)
                elif lab and piece.count(",") > (0 if piece.startswith(("Frånvarande", "Förhinder")) else 1):
                    # (the absent one or two: "Frånvarande: Eva Ek, Åby kommun Per Lind")
                    piece = _FLAT_PLACE_THEN_NAME.sub(_place_then_name, piece)
                elif lab and "," not in piece and ";" not in piece:
                    piece = piece[:lab.end()] + _names_apart(piece[lab.end():])
                if lab and "-" in piece and (when := _FLAT_ROSTER_WHEN.search(piece)):
                    # "… Eva Ek, Åby kansli 2030-05-03 08:30-12:00 Rum Ugglan, Åby": the header's date, time and
                    # place cells after the roster's last entry
                    out += [piece[:when.start()], f"Tid: {when['d']} {when['t']}"] + (
                        [f"Plats: {when['p']}"] if when["p"] else [])
                    continue
                if "." in piece[3:] and len(piece) > 30 and (point := _FLAT_POINT_TITLE.match(piece)):
                    # "6. Övriga frågor Eva Ek tog upp …": the point's title ends where its first sentence starts
                    tail = piece[point.end():].strip()
                    if tail.endswith((".pdf", ".docx")) and ". " not in tail:
                        # "2. Föregående protokoll Protokoll KC 2030-03-02.pdf": the link to the point's document the
                        # site prints after its title, no sentence of the point
                        tail = ""
                    out.extend([point.group("title")] + ([tail] if tail else []))
                    continue
                out.append(piece)
        counters = _FLAT_PAGE_END.findall(line + " .")
        page = int(counters[-1][1]) if counters else 0
    return "\n".join(out)


# a page's running furniture at the start of a flattened page: "PROTOKOLL 2(4) Åby nämnd Sammanträdesdatum
# 2030-05-03", "2 2(18)" (the site's page number, then the page's own counter); and a counter that ends one: "1 / 3"
_FLAT_PAGE_HEAD = re.compile(r"^(?:\d{1,3}\s+)?(?:PROTOKOLL\s+)?\d{1,3}\s*\(\d{1,3}\)"
                             r"(?:\s+[^.\n]{1,80}?\s+Sammanträdesdatum\s+\d{4}-\d{2}-\d{2})?\s+(?=\S)")
_FLAT_PAGE_TAIL = re.compile(r"\s+\d{1,3}\s?/\s?\d{1,3}$")
# a paragraph's number without "§" where a sentence has ended (or the page starts), before its title's first word
_FLAT_PARAGRAPH = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<n>\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö]+\s)")
# the title after the number: a word, then words in small letters, then the case's number ("FTN 2027/9"); the first
# sentence starts at the next capital (the one who presents the case opens it: "Färdtjänsthandläggare Eva Ek föredrog")
_FLAT_PARAGRAPH_TITLE = re.compile(r"\S+(?:\s+[a-zåäö][\wåäö-]*)*(?:\s+[A-ZÅÄÖ]{2,5}\s+\d{4}/\d{1,4})?")
_PARAGRAPH_RANGE = re.compile(r"Paragrafer\s+(\d{1,3})\s*[-–]\s*(\d{1,3})")


def _unmarked_paragraphs_apart(text: str) -> str:
    r"""A protocol's flattened pages (a page a line) whose paragraphs are numbered without "§": the page's running
    furniture dropped, each paragraph a "§ N title" line again, its text on the next. A number is a paragraph's where
    it follows a sentence's end and numbers that follow one another in turn (three or more, or two inside the
    header's "Paragrafer 14–19"); a text that marks its paragraphs with "§" is kept as it is.

    >>> print(_unmarked_paragraphs_apart("PROTOKOLL 2(3) Åby nämnd Sammanträdesdatum 2030-05-03 4 Val av justerare "
    ...       "Per Lind utsågs att justera. Justering sker den 10 maj. 5 Dagordning Dagordningen godkändes. "
    ...       "6 Rapporter Informationen lades till handlingarna. Nämnden har 12 ledamöter." + " x" * 40))
    § 4 Val av justerare
    Per Lind utsågs att justera. Justering sker den 10 maj.
    § 5 Dagordning
    Dagordningen godkändes.
    § 6 Rapporter
    Informationen lades till handlingarna. Nämnden har 12 ledamöter. x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x
    """
    lines = text.split("\n")
    flat = [j for j, line in enumerate(lines) if len(line) > 200]
    if not flat or text.count("§") >= 2:
        return text
    for j in flat:
        lines[j] = _FLAT_PAGE_TAIL.sub("", _FLAT_PAGE_HEAD.sub("", lines[j]))
    found = [(j, m.start("n"), int(m["n"])) for j in flat for m in _FLAT_PARAGRAPH.finditer(lines[j])]
    if len(found) < 2:
        return text
    # the longest run of numbers in turn (a step of one, or two where a paragraph's number was lost)
    best: list[int] = []
    for a in range(len(found)):
        run = [a]
        for b in range(a + 1, len(found)):
            if 1 <= found[b][2] - found[run[-1]][2] <= 2:
                run.append(b)
        if len(run) > len(best):
            best = run
    run = best
    span = _PARAGRAPH_RANGE.search(text)
    inside = span and all(int(span[1]) <= found[r][2] <= int(span[2]) for r in run)
    if len(run) < 3 and not (inside and len(run) >= 2):
        return text
    cuts: dict[int, list[int]] = {}
    for r in run:
        cuts.setdefault(found[r][0], []).append(found[r][1])
    for j, starts in cuts.items():
        line, parts = lines[j], []
        bounds = starts + [len(line)]
        if line[:starts[0]].strip():
            parts.append(line[:starts[0]].strip())
        for a, b in zip(bounds, bounds[1:]):
            n, _, rest = line[a:b].strip().partition(" ")
            title = _FLAT_PARAGRAPH_TITLE.match(rest)
            parts.append(f"§ {n} {rest[:title.end()]}")
            if rest[title.end():].strip():
                parts.append(rest[title.end():].strip())
        lines[j] = "\n".join(parts)
    return "\n".join(lines)


# a page's number as a document site sets it before the page's text, and a page counter within a running header
_LEADING_PAGE_NUMBER = re.compile(r"^\d{1,3}\s+(?=\S)")
_HEAD_COUNTER = re.compile(r"^(?:\d{1,3}\s?\(\d{1,3}\)|\d{1,3}/\d{1,3})$")


def _without_running_head(lines: list[str]) -> list[str]:
    """Flattened pages (a page a line) without the running header every page starts with (its counter aside:
    "PROTOKOLL 2(4) Åby nämnd Sammanträdesdatum 2030-05-03", "2 Beslutsgruppen för X 3/12"), the first page's copy on
    a line of its own; three words or more shared by every page, never a point's number or a "§".

    >>> [line[:20] for line in _without_running_head(["1 Åby nämnd 4/9 1 Protokoll § 1 Val" + " x" * 100,
    ...                                               "2 Åby nämnd 4/9 § 2 Dagordning" + " y" * 100])]
    ['Åby nämnd', 'Protokoll § 1 Val x ', '§ 2 Dagordning y y y']
    >>> len(_without_running_head(["Styrgruppen beslutar att anta" + " x" * 100,
    ...                            "Styrgruppen beslutar att ge" + " y" * 100]))
    2
    """
    flat = [j for j, line in enumerate(lines) if len(line) > 200]
    if len(flat) < 2:
        return lines
    pages = [_LEADING_PAGE_NUMBER.sub("", lines[j]).split()[:14] for j in flat]
    common: list[str] = []
    for k, w in enumerate(pages[0]):
        if w == "§" or re.fullmatch(r"\d{1,2}\.", w) or not all(
                len(x) > k and (x[k] == w or _HEAD_COUNTER.match(x[k]) and _HEAD_COUNTER.match(w)) for x in pages):
            break
        common.append(w)
    if len(common) < 3 or not (any(_HEAD_COUNTER.match(w) for w in common)
                               or all(_LEADING_PAGE_NUMBER.match(lines[j]) for j in flat)):
        return lines  # (a page's header numbers its pages: two long paragraphs opening alike are no pages)
    out = list(lines)
    for n, j in enumerate(flat):
        rest = _LEADING_PAGE_NUMBER.sub("", lines[j]).split(" ")
        size = len(common)
        if rest[:size] != common and not all(a == b or _HEAD_COUNTER.match(a) and _HEAD_COUNTER.match(b)
                                             for a, b in zip(rest[:size], common)):
            continue
        tail = " ".join(rest[size:]).lstrip()
        lead = _LEADING_PAGE_NUMBER.match(lines[j])
        if lead and tail.startswith(lead.group(0)):
            tail = tail[len(lead.group(0)):]  # "1 Beslutsgruppen för X 3/12 1 Protokoll": the page's number again
        head = list(rest[:size])
        while head and _HEAD_COUNTER.match(head[-1]):
            head.pop()  # "Beslutsgruppen för X 3/12": the document's number and count of pages, no part of the title
        out[j] = f"{' '.join(head)}\n{tail}" if n == 0 else tail
    return "\n".join(out).split("\n")


def _names_apart(run: str) -> str:
    """People listed one after another with nothing between them, each after a ";": a new entry starts at a given
    name after a surname (a word that is no given name), so a double surname stays whole; anything else in the run
    (a note in brackets, a word in small letters) keeps the run as it is.

    >>> _names_apart("Berit Ask Anita Bohm Hans Tåg (t.o.m. p.10) Marianne Servais Höckerman Bo Ek")
    'Berit Ask; Anita Bohm; Hans Tåg (t.o.m. p.10); Marianne Servais Höckerman; Bo Ek'
    >>> _names_apart("ordförande i nämnden")
    'ordförande i nämnden'
    """
    from samverkan.loaders.names import is_given_name
    words = run.split()
    if len(words) < 4 or not _FLAT_NAME_WORD.fullmatch(words[0]) or not is_given_name(words[0]):
        return run
    out: list[list[str]] = [[words[0]]]
    for w in words[1:]:
        entry = out[-1]
        named = [x for x in entry if _FLAT_NAME_WORD.fullmatch(x)]
        if _FLAT_NAME_WORD.fullmatch(w) and is_given_name(w) and len(named) >= 2 and not is_given_name(named[-1]):
            out.append([w])
        else:
            entry.append(w)
    if len(out) < 2 or any(len([x for x in e if _FLAT_NAME_WORD.fullmatch(x)]) < 2 for e in out):
        return run
    return "; ".join(" ".join(e) for e in out)


# a numbered point run on after the one before it with no full stop between: "… Övriga frågor 2. Föregående protokoll"
def _next_points_apart(text: str) -> list[str]:
    """A flattened page's points, split where the next number in turn opens one ("1. …", then "2. …").

    >>> _next_points_apart("1. Dagordning Dagordningen fastställdes med punkten 11 Övriga frågor 2. Protokoll Lades till handlingarna")
    ['1. Dagordning Dagordningen fastställdes med punkten 11 Övriga frågor', '2. Protokoll Lades till handlingarna']
    """
    first = re.match(r"(\d{1,2})\.\s+[A-ZÅÄÖ]", text)
    if not first:
        return [text]
    parts, k = [text], int(first.group(1))
    while (nxt := re.search(rf"\s+(?={k + 1}\.\s+[A-ZÅÄÖ])", parts[-1])):
        parts[-1:] = [parts[-1][:nxt.start()], parts[-1][nxt.end():]]
        k += 1
    return parts


def _party_then_name(m: re.Match) -> str:
    """A member's party tag and role, a ";" and the given name that starts the next member, where the word is a given
    name; the match as it is otherwise.

    >>> _FLAT_PARTY_THEN_NAME.sub(_party_then_name, "Eva Ek (S), ordförande Per Lind (M) Åsa Berg (C), tjg ersättare Bo Ås (V)")
    'Eva Ek (S), ordförande; Per Lind (M); Åsa Berg (C), tjg ersättare; Bo Ås (V)'
    >>> _FLAT_PARTY_THEN_NAME.sub(_party_then_name, "Eva Ek (S) Eeva Kaplas (MP)")
    'Eva Ek (S); Eeva Kaplas (MP)'
    """
    from samverkan.loaders.names import is_given_name
    # (a given name the lexicon lacks, where the name after it ends in a party tag of its own: "… (S) Eeva Kaplas (MP)")
    tagged = _NAME_THEN_PARTY.match(m.string, m.end())
    if m["end"].endswith((" för", " efter")):
        return m.group(0)  # "…, tjänstgörande ersättare för Gösta Wik (S)": the member she stands in for
    return f"{m['end']}; {m['given']}" if tagged or is_given_name(m["given"]) else m.group(0)


def _place_then_name(m: re.Match) -> str:
    """The place that ends one entry, a ";" and the given name that starts the next, where the word is a given
    name; the match as it is otherwise."""
    from samverkan.loaders.names import is_given_name
    # (no place between: the comma parts the two already)
    # (a double given name by its first part: "Per-Erik")
    given = is_given_name(m["given"]) or "-" in m["given"] and is_given_name(m["given"].split("-")[0])
    return f"{m['place']}; {m['given']}" if m["place"] and given else m.group(0)


def _own_message(text: str) -> str:
    """An e-mail copied into a file, its headers first (into a text file, a Word document, or printed to PDF): the
    message without the earlier one it quotes under it; any other text as it is."""
    return formats.without_quoted_mail(text) if _MAIL_HEADERS_FIRST.match(text) else text


# a roster table with a column per huvudman: its header row, the first cell empty or naming what the rows hold
_HUVUDMAN_HEAD_CELL = re.compile(r"(?:Region|Landstinget)\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad)")
# the seat or the attendance a row of it lists, in its first cell: "Ledamöter", "Ersättare", "Ordinarie", and in
# notes "Närvarande", "Förhinder", "Antecknare"
_SEAT_ROW_CELL = re.compile(r"(?i)(?:ordinarie\s+)?(?:ledamöter|ledamot|ersättare|ordinarie|suppleanter)|"
                            r"närvarande|deltagare|deltog|frånvarande|(?:anmält\s+)?förhinder|adjungerade?|"
                            r"antecknare|sekreterare|övriga(?:\s+(?:närvarande|deltagare))?")
# the mark after a person in such a cell: "✔", "–", "x", "✔ tjg"
_MARK_AFTER = re.compile(r"\s+(?:[✔✓✗xX×–—-]|\(?[Xx]\)?)(?:\s+[a-zåäö.]{2,6})?\s*$")
# a legend of letters for the presence a roster marks each name with: "N = närvarande, F = förhinder"
_LETTER_LEGEND = re.compile(r"(?<![\w=])(?P<letter>[A-ZÅÄÖ])\s*=\s*(?P<meaning>närvarande|närv\.|deltog|deltar|"
                            r"förhinder|frånvarande|frånv\.|ej\s+närvarande|anmält\s+förhinder)\b", re.I)


def _legend_letters(text: str) -> dict[str, str]:
    """The marks a legend of letters stands for, as the marks a roster typed as text writes: "✔" for one there,
    "–" for one away.

    >>> _legend_letters("Närvaro\\nN = närvarande, F = förhinder\\n")
    {'N': '✔', 'F': '–'}
    """
    return {m["letter"]: "✔" if m["meaning"].casefold().startswith(("närv", "delt")) else "–"
            for m in _LETTER_LEGEND.finditer(text)}


def _huvudman_columns_apart(text: str) -> str:
    """A roster table with a column per huvudman and a row per seat ("" | "Region X" | "Åby kommun" over
    "Ledamöter" | "Eva Ek (S) ✔; Per Lund (M) –" | "Ola Berg (C) ✔") as a roster typed a person a line under the
    seat's label, each with the huvudman of the column and the mark after it.

    >>> print(_huvudman_columns_apart("\\tRegion Norrby\\tÅby kommun\\nLedamöter\\tEva Ek (S) ✔; Per Lund (M) –\\tOla Berg (C) ✔"))
    Ledamöter:
    Eva Ek (S), Region Norrby ✔
    Per Lund (M), Region Norrby –
    Ola Berg (C), Åby kommun ✔

    Notes list who came and who sent word the same way, a row per status:

    >>> print(_huvudman_columns_apart("\\tÅby kommun\\tRegion Norrby\\nNärvarande\\tEva Ek, MAS\\tOla Berg, läkare"
    ...                               "\\nFörhinder\\t\\tPer Lund, IFO-chef"))
    Närvarande:
    Eva Ek, MAS, Åby kommun
    Ola Berg, läkare, Region Norrby
    Förhinder:
    Per Lund, IFO-chef, Region Norrby

    A cell may end in a letter the legend above the table spells out, read as the mark it stands for:

    >>> print(_huvudman_columns_apart("N = närvarande, F = förhinder\\n\\tRegion Norrby\\tÅby kommun\\n"
    ...                               "Ordinarie\\tEva Ek MAS N\\tOla Berg socialchef F"))
    N = närvarande, F = förhinder
    Ordinarie:
    Eva Ek MAS, Region Norrby ✔
    Ola Berg socialchef, Åby kommun –

    A seat no one holds is no person of its column:

    >>> print(_huvudman_columns_apart("\\tRegion Norrby\\tÅby kommun\\nErsättare\\tvakant\\tOla Berg ✔"))
    Ersättare:
    Ola Berg, Åby kommun ✔
    """
    if "\t" not in text:
        return text
    out: list[str] = []
    heads: list[str] | None = None
    # (a cell may end in a letter its legend spells out: "Eva Ek, MAS N" under "N = närvarande, F = förhinder")
    letters = _legend_letters(text)
    letter_after = re.compile(rf"\s+([{''.join(letters)}])\s*$") if letters else None
    for line in text.split("\n"):
        cells = line.split("\t")
        if (len(cells) >= 3 and (not cells[0].strip() or len(cells[0].split()) == 1)
                and all(_HUVUDMAN_HEAD_CELL.fullmatch(c.strip()) for c in cells[1:])):
            heads = [c.strip() for c in cells[1:]]
            continue
        if heads and len(cells) == len(heads) + 1 and _SEAT_ROW_CELL.fullmatch(cells[0].strip()):
            out.append(f"{cells[0].strip()}:")
            for head, cell in zip(heads, cells[1:]):
                for piece in (p.strip() for p in re.split(r";\s+|" + CELL_PARAGRAPH, cell) if p.strip()):
                    if re.fullmatch(r"(?i)vakant|vakans|ej\s+utsedd|[–—-]", piece):
                        continue  # a seat no one holds: no person of the column

                    mark = _MARK_AFTER.search(piece)
                    who, after = (piece[:mark.start()], piece[mark.start():]) if mark else (piece, "")
                    if not mark and letter_after and (lettered := letter_after.search(piece)):
                        who, after = piece[:lettered.start()], f" {letters[lettered.group(1)]}"
                    out.append(f"{who}, {head}{after}")
            continue
        heads = None if line.strip() and "\t" not in line else heads
        out.append(line)
    return "\n".join(out)


def _as_laid_out(text: str) -> str:
    """The text of a document a word processor laid out (Word, OpenDocument, RTF, a saved web page) as minutes are
    typed: a table's rows of items and of decisions as headings and paragraphs, a protocol's sections labelled, and
    an arrow after a sentence opening a line of its own ("… ställningstagande. → IF bevakar frågan"), and a Markdown
    table of the items typed in pipes, as a text file opened and saved by a word processor keeps it, as the text
    file's."""
    if "Beslutande" in text and "Plats" in text:
        text = _header_labels_before_values(text)  # a title page printed a column at a time, as a PDF may give it
    return _section_cells_labelled(_decision_rows_apart(_item_rows_apart(_register_rows_into_items(
        _pipe_item_rows_apart(_huvudman_columns_apart(_header_labels_over_values(
        _ARROW_DECISION_INLINE.sub("\n", _ARROW_AFTER_SENTENCE.sub("\n", text))))))))).replace(
        CELL_PARAGRAPH, " ")


# what a file saved under a Word name may really be: Word saves a document "as .doc" in RTF or HTML when asked
# to, and meeting systems export either under a .doc name
_RTF_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\{\\rtf")
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b",
                         re.IGNORECASE | re.DOTALL)


def _read_doc(path: Path, data: bytes, attached: bool) -> str:
    """A ``.doc`` file's text: a Word 97–2003 document, or the RTF, HTML or DOCX a file of that name
    often really is, each read by its own reader."""
    if _RTF_START.match(data[:64]):
        return _text_of(path, formats.RTF, data, attached)
    if _HTML_START.match(data[:4096]):
        return _text_of(path, formats.HTML, data, attached)
    if data.startswith(b"PK\x03\x04"):
        return _text_of(path, DOCX, data, attached)
    # its tables' item rows are read as the Word reader reads a .docx's (:func:`_item_row`)
    return _ARROW_AFTER_SENTENCE.sub("\n", formats.read_doc(path, data))


def _not_a_package(path: Path, data: bytes, attached: bool) -> str:
    """A file under a Word name that is no Word package: a Word 97–2003 document, RTF or HTML saved
    under the newer name, each read as a ``.doc`` of that kind is (:func:`_read_doc`; a document Word
    encrypted with a password is an OLE2 container too, and refused there as such)."""
    if data.startswith(formats.OLE_SIGNATURE) or _RTF_START.match(data[:64]) or _HTML_START.match(data[:4096]):
        return _read_doc(path, data, attached)
    raise ReadError(path, "not a readable DOCX (truncated or corrupt)")


# the header of a table that writes the minutes a row an item: "Punkt | Anteckning", "Ärende | Anteckningar", and
# a wiki's meeting-notes template "Tid | Punkt | Vem | Anteckningar" (its time and speaker columns beside them)
_ITEM_COLUMN = re.compile(r"(?:punkt|ärende|dagordningspunkt|diskussionspunkt|nr|§|objekt|item|topic)", re.I)
_NOTES_COLUMN = re.compile(r"(?:anteckning(?:ar)?|minnesanteckning(?:ar)?|notering(?:ar)?|kommentar(?:er)?|protokoll|"
                           r"beslut och anteckningar|anteckningar och beslut|notes|diskussion|"
                           # "Punkt | Diskussion/Beslut | Ansvar": what was said and decided, in one cell
                           r"diskussion\s*(?:/|och|&)\s*beslut|beslut\s*(?:/|och|&)\s*diskussion|"
                           # "Punkt | Information/diskussion | Beslut/åtgärd | Ansvarig": what was told and talked over
                           r"information(?:\s*(?:/|och|&)\s*diskussion)?|diskussion\s*(?:/|och|&)\s*information)", re.I)
_SIDE_COLUMN = re.compile(r"(?:tid|klockan|kl\.?|vem|föredragande|ansvarig|time|who|presenter)", re.I)
# … of them the one naming who brought the item: written after its heading in brackets, as notes name a presenter
_WHO_COLUMN = re.compile(r"(?:vem|föredragande|who|presenter)", re.I)
_WHO_CELL = re.compile(r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?(?:\s*(?:,|och|/)\s*[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)*")
# … and a row's item cell: the item's number and heading
_ITEM_CELL = re.compile(r"^(?:§\s*\d{1,4}|\d{1,3}[.)])\s+[A-ZÅÄÖ][^\t]{2,100}$")
_BARE_ITEM_CELL = re.compile(r"[A-ZÅÄÖ][^\t]{2,80}")
# the bullets a list inside a cell was written with, run together on the row's line
_CELL_BULLET = re.compile(r"\s+•\s+")


def _item_columns(line: str) -> tuple[int, int, int, int | None] | None:
    """The columns of the item, of its notes and of who brought it in a table header that writes the minutes a row
    an item, and how many columns it has; None for any other line.

    >>> _item_columns("Punkt\\tAnsvarig\\tAnteckningar"), _item_columns("Punkt\\tAnteckningar\\tAnsvarig")
    ((0, 2, 3, 1), (0, 1, 3, None))
    """
    heads = [h.strip() for h in line.strip().split("\t")]
    item = next((k for k, h in enumerate(heads) if _ITEM_COLUMN.fullmatch(h)), None)
    notes = next((k for k, h in enumerate(heads) if _NOTES_COLUMN.fullmatch(h)), None)
    if item is None or notes is None or notes < item:
        return None
    titled = _titled_number(heads, item)
    if any(k not in (item, notes, titled) and not _SIDE_COLUMN.fullmatch(h) and not _ONWARD_COLUMN.fullmatch(h)
           for k, h in enumerate(heads)):
        return None
    # ("Punkt | Ansvarig | Anteckningar": the one responsible for a point, named before its notes, brings it; one
    # named after them is to carry out what the notes say)
    who = next((k for k, h in enumerate(heads) if _WHO_COLUMN.fullmatch(h)
                or k < notes and h.casefold() in ("ansvarig", "ansvar")), None)
    return item, notes, len(heads), who


# a number column with the item's heading in the column after it: "Nr | Ärende | Anteckning"
_NUMBER_COLUMN = re.compile(r"(?:nr|§|punkt|p\.)", re.I)
_TITLE_COLUMN = re.compile(r"(?:ärende|ärenden|rubrik|fråga|punkt|dagordningspunkt)", re.I)
# the columns after the notes that say who does what by when, and what goes on to another body:
# "Ansvar / när", "Åtgärd", "Till LSVO", "Vidare till styrgruppen"
_ONWARD_COLUMN = re.compile(r"(?:(?:ansvar(?:ig)?|åtgärd(?:er)?|uppdrag)(?:\s*(?:/|och|&)\s*(?:när|tidplan|klart|senast))?"
                            r"|(?:lyfts\s+|vidare\s+|går\s+vidare\s+)?till\s+\S.{0,40}"
                            # "Punkt | Diskussion | Beslut/Åtgärd | Ansvarig | Klart": what was decided and by when
                            r"|beslut(?:\s*(?:/|och)\s*åtgärd(?:er)?)?|klart(?:\s+(?:senast|till))?|senast|tidplan|deadline)", re.I)


def _titled_number(heads: list[str], item: int) -> int | None:
    """The column holding the item's heading beside a column of bare numbers, or None."""
    if (_NUMBER_COLUMN.fullmatch(heads[item]) and item + 1 < len(heads)
            and _TITLE_COLUMN.fullmatch(heads[item + 1])):
        return item + 1
    return None


def _onward_lines(cells: list[str], onward: list[tuple[int, str]]) -> list[str]:
    """The cells of a row beyond its notes as lines under them: a sentence as it is ("Rutinen ses över."), a
    cell of a word or two after its column's head, a decision's as "Beslut:" ("Beslut: Godkänd"), and who does it by
    when on one line, as such notes type it ("Ansvarig: Eva Ek och Bo Lind, Klart: 2027-05-26").

    >>> _onward_lines(["3. Rutin", "Sent.", "Rutinen ses över till juni.", "Eva Ek, Bo Lind", "2027-05-26"],
    ...               [(2, "Beslut/Åtgärd"), (3, "Ansvarig"), (4, "Klart")])
    ['Rutinen ses över till juni.', 'Ansvarig: Eva Ek och Bo Lind, Klart: 2027-05-26']
    >>> _onward_lines(["1. Start", "Inga synpunkter.", "Godkänd", "", ""],
    ...               [(2, "Beslut/Åtgärd"), (3, "Ansvarig"), (4, "Klart")])
    ['Beslut: Godkänd']
    >>> _onward_lines(["2. Gruppen", "Eva Ek slutar.", "Gruppen välkomnar Bo Lind.", "Bo Lind kallar."],
    ...               [(2, "Beslut"), (3, "Ansvarig")])
    ['Beslut: Gruppen välkomnar Bo Lind.', 'Ansvarig: Bo Lind kallar.']
    >>> _onward_lines(["5. Övrigt", "Inget.", "–", "Eva Ek skickar listan."], [(2, "Beslut"), (3, "Ansvarig")])
    ['Ansvarig: Eva Ek skickar listan.']
    >>> _onward_lines(["4. Rutin", "Klar.", "Beslut: Rutinen antas. Åtgärd: Eva skickar den. Klart: 2028-03-03."],
    ...               [(2, "Beslut / åtgärd")])
    ['Beslut: Rutinen antas.', 'Åtgärd: Eva skickar den. Klart: 2028-03-03.']
    """
    out: list[str] = []
    who = next((k for k, h in onward if _WHO_HEAD.fullmatch(h) and k < len(cells) and cells[k]), None)
    when = next((k for k, h in onward if _WHEN_HEAD.fullmatch(h) and k < len(cells) and cells[k]), None)
    for k, h in onward:
        if k >= len(cells) or not cells[k] or k == when and who is not None:
            continue
        if re.fullmatch(r"[-–—]+", cells[k]):
            continue  # "–": nothing decided, no one responsible (the next label's line is none of its)
        cell, *more = _LABELLED_PARTS.split(cells[k])
        if k == who:
            if _NAMES_CELL.fullmatch(cell):  # "Eva Ek, Bo Lind": the doers, not a doer and a time
                cell = re.sub(r",\s*(?=[^,]+$)", " och ", cell)
            out.append(f"{h}: {cell}" + (f", {dict(onward)[when]}: {cells[when]}" if when is not None else ""))
        elif (_ONLY_DECIDED_HEAD.fullmatch(h) and cell[:1].isupper() and not _DECISION_WORD.match(cell)
              and not _PASSIVE_APPROVAL.match(cell)
              and (who is None or not _WHO_CELL.fullmatch(cells[who]))):
            # a column of decisions alone ("Punkt | Diskussion | Beslut | Ansvarig"): its sentence is what was
            # decided ("Anteckningarna godkändes.", "Gruppen åtar sig uppdraget."), not more of the discussion
            # (where the next column only names who, the sentence stays as it is: what the one named carries out)
            out.append(f"Beslut: {cell}")
        elif re.search(r"[.!?]$", cell) and cell[:1].isupper():
            out.append(cell)  # a sentence: "Dagordningen fastställdes.", read as the notes' own sentences are
        else:
            out.append(f"{'Beslut' if _DECIDED_HEAD.fullmatch(h) else h}: {cell}")
        out.extend(x.strip() for x in more if x.strip())
    return out


# a cell holding parts under labels of their own, run onto one line where the cell broke its lines: "Beslut: Rutinen
# antas. Åtgärd: MLB skickar rutinen. Klart: 2028-03-03." (the date stays with the task it is due for)
_LABELLED_PARTS = re.compile(r"(?<=[.!?])\s+(?=(?:Beslut|Åtgärd|Åtgärder|Uppdrag|Att\s+göra)\s*:)")


# a column of what was decided and nothing else ("Beslut"), and a cell that names its decision itself ("Beslutades
# att …", "Beslut: …")
_ONLY_DECIDED_HEAD = re.compile(r"(?:beslut|beslutades|beslut\s+som\s+fattades)", re.I)
# (an approval in the passive, "Dagordningen fastställdes.", is read as a decision as it stands)
_PASSIVE_APPROVAL = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}\s+(?:godkändes|godkänns|fastställdes|fastställs|"
                               r"antogs|antas|lades\s+till|läggs\s+till)\b")
_DECISION_WORD = re.compile(r"(?:beslut|beslöts|beslutades|beslutar|–|-)", re.I)


# the head of a column saying when in the meeting an item was taken: "Tid", "Klockan"
_TIME_HEAD = re.compile(r"(?:tid|klockan|kl\.?|time)", re.I)
# the heads of a row's columns for who does what and by when: "Ansvarig", "Klart"
_WHO_HEAD = re.compile(r"(?:ansvarig[a]?|ansvar|vem)", re.I)
_WHEN_HEAD = re.compile(r"(?:klart(?:\s+(?:senast|till))?|senast|tidplan|deadline|när)", re.I)
# a cell of names only, two or more, parted by commas: "Eva Ek, Bo Lind", "Rasmus Holt, Lejla Hodžić"
_NAMES_CELL = re.compile(r"[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+)*(?:\s*,\s*[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+)*)+")


def _item_rows_apart(text: str) -> str:
    r"""The rows of a "Punkt | Anteckning" table as an item's heading on a line and its text on the next, as
    the Word reader writes them (:func:`_item_row`), a list in the notes a line a point; other lines as they are.

    >>> _item_rows_apart("Punkt\tAnteckning\n1. Inledning\tAnna hälsade välkommen. Dagordningen godkändes.\nSlut")
    'Punkt\tAnteckning\n1. Inledning\nAnna hälsade välkommen. Dagordningen godkändes.\n\nSlut'
    >>> _item_rows_apart("Tid\tPunkt\tVem\tAnteckningar\n13.10\t2. Statistik\tMaria\t• Antalet har ökat • Beslut: X.").split("\n")[1:]
    ['2. Statistik (Maria)', '• Antalet har ökat', '• Beslut: X.', '']
    >>> _item_rows_apart("Tid\tPunkt\tVem\tAnteckningar\n13.00\tVälkomna\t\tAnteckningarna godkändes.\n"
    ...                  "13.10\tStatistik\tMaria\tAntalet har ökat.").split("\n")[1:]
    ['1. Välkomna', 'Anteckningarna godkändes.', '', '2. Statistik (Maria)', 'Antalet har ökat.', '']

    A decision cell's att-clauses, a line each, stay the row's, and the rows after it are read as rows:

    >>> _item_rows_apart("Nr\tÄrende\tAnteckning\tBeslut/åtgärd\n1\tStart\tInga synpunkter.\tGruppen beslutar\n"
    ...                  "att anta planen,\natt utse Eva Ek.\n2\tNästa möte\tDen 3 maj.\tKallelse skickas.").split("\n")[1:]
    ['1. Start', 'Inga synpunkter.', 'Beslut: Gruppen beslutar', 'att anta planen,', 'att utse Eva Ek.', '', '2. Nästa möte', 'Den 3 maj.', 'Kallelse skickas.', '']

    A row with its item cell empty goes on with the item above it:

    >>> _item_rows_apart("Punkt\tDiskussion\tBeslut/åtgärd\tAnsvarig\n1. Budget\tLäget.\tBudgeten godkändes.\tAE\n"
    ...                  "\tKostnaden.\tEva bokar lokal.\tEE").split("\n")[1:]
    ['1. Budget', 'Läget.', 'Budgeten godkändes.', 'Ansvarig: AE', 'Kostnaden.', 'Eva bokar lokal.', 'Ansvarig: EE', '']
    """
    if "\t" not in text:
        return text
    lines = text.split("\n")
    out, columns, rows, numbered = [], None, 0, False
    titled, onward, told_after = None, [], []
    for line in lines:
        head = _item_columns(line) if "\t" in line else None
        if head:
            columns, rows, numbered = head, 0, False
            heads = [h.strip() for h in line.strip().split("\t")]
            titled = _titled_number(heads, head[0])
            # the cells beyond the notes that say who does what and what goes on: read after the notes
            onward = [(k, h) for k, h in enumerate(heads) if k not in (head[0], head[1], titled, head[3])]
            # (what was decided, who and by when, read after a row's notes where the table has a column of decisions:
            # "Punkt | Diskussion | Beslut/Åtgärd | Ansvarig | Klart"; a time column beside the item is no line of its own)
            told_after = ([(k, h) for k, h in onward if not _TIME_HEAD.fullmatch(h)]
                          if any(_DECIDED_HEAD.fullmatch(h) for _, h in onward) else [])
        elif columns and "\t" in line:
            cells = [c.strip() for c in line.strip("\n").split("\t")]
            item, notes, width, who = columns
            if titled is not None and len(cells) == width and re.fullmatch(r"(?:§\s*)?\d{1,3}[.)]?", cells[item]) \
                    and cells[titled] and cells[notes]:
                body = [cells[notes], *_onward_lines(cells, onward)]
                number = cells[item].rstrip(".)")
                number = number if number.startswith("§") else f"{number}."
                out += [f"{number} {cells[titled]}", *body, ""]
                rows, numbered = rows + 1, True
                continue
            # (a row whose discussion cell is empty still writes its item where a column beside it says what was
            # decided: "6. Nästa möte |  | Nästa möte 2027-01-21. | Pia kallar.")
            filled = len(cells) == width and (bool(cells[notes]) or any(
                _DECIDED_HEAD.fullmatch(h) and k < len(cells) and cells[k] for k, h in onward))
            titled = filled and _ITEM_CELL.match(cells[item])
            # a wiki's template numbers no row: each row is the next item ("Välkomna", "SIP-statistik")
            bare = (len(cells) == width and filled and not titled and not numbered
                    and _BARE_ITEM_CELL.fullmatch(cells[item]))
            if titled or bare:
                rows += 1
                numbered = numbered or bool(titled)
                body = cells[notes]
                body = _CELL_BULLET.sub("\n• ", body) if body.startswith("•") else body
                head = cells[item] if titled else f"{rows}. {cells[item]}"
                # (a wiki names people by their @-mention: "@Eva Ek")
                if who is not None and _WHO_CELL.fullmatch(named := cells[who].replace("@", "").strip()):
                    head = f"{head} ({named})"  # "2. Statistik (Maria)": who brought the item
                out += [head, *([body] if body else []), *_onward_lines(cells, told_after), ""]
                continue
            # a row under an item's row with its item cell empty, as a table a point's notes are written in puts each
            # thing told on a row of its own ("2. Budget | Läget. | Beslut … | AE" / " | Kostnaden. | Eva bokar. | EE"):
            # more of that item, read after what its first row said
            if (len(cells) == width and rows and not cells[item] and out and not out[-1]
                    and any(c for k, c in enumerate(cells) if k != item)):
                out[-1:-1] = [*([cells[notes]] if cells[notes] else []), *_onward_lines(cells, told_after)]
                continue
        elif columns and rows and out and not out[-1] and formats.ATT_CLAUSE_START.match(line):
            # a row's decision set out as att-clauses, a line each, as the Word reader keeps a cell's clauses
            # ("Samverkansgruppen beslutar" / "att inrätta …" / "att utse …"): the row's own, and the table goes on
            out.insert(len(out) - 1, line)
            continue
        elif columns and line.strip():
            columns = None  # the table has ended
        out.append(line)
    return "\n".join(out)


# a table whose rows are the items, each with what was decided in a column of its own: "§ | Ärende | Beslut",
# "Nr | Ärende | Beslut", as a Word protocol template lays it out (a tab between cells, or a printed page's spaces)
# … with who carries the decision out and by when in columns after it: "Nr | Ärende | Beslut | Ansvarig | Klart"
# (a due column there: "Nr | Fråga | Beslut | Ansvarig" alone is a discussion table, and "Beslut / åtgärd" beside them
# a decision log whose cells are tasks as much as decisions: each read row by row as it is)
_DECISION_HEAD = re.compile(rf"^\s*{_NUMBER_COLUMN.pattern}(?:\t|\s+)(?:ärende|ärenden|rubrik|fråga)(?:\t|\s{{3,}})(?:(?:beslut|beslutades)"
                            r"(?P<side>(?:(?:\t|\s{3,})(?:ansvarig|ansvar|vem))?(?:\t|\s{3,})"
                            r"(?:klart(?:\s+(?:senast|till))?|senast|när|tidplan))?|beslut\s*/\s*åtgärd)\s*$"
                            # … and a protocol's "§ | Ärende | Beslut/Åtgärd | Ansvarig": its paragraphs a row each, the
                            # third cell what was said, decided and set to be done, who carries it out beside it
                            r"|^\s*§(?:\t|\s+)(?:ärende|ärenden|rubrik)(?:\t|\s{3,})(?P<actions>beslut\s*/\s*åtgärd(?:er)?)"
                            r"(?P<actions_side>(?:(?:\t|\s{3,})(?:ansvarig|ansvar|vem))(?:(?:\t|\s{3,})"
                            r"(?:klart(?:\s+(?:senast|till))?|senast|när|tidplan))?)\s*$", re.I)
# … and the header of such a table whose item cell holds the item's number with its heading ("Ärende | Beslut" over
# "§ 18 Val av justerare | PSVO beslutar att …"), as a PDF's table of items in columns is read (:func:`_row_table_page`)
_TWO_CELL_DECISION_HEAD = re.compile(r"^(?:ärende|ärenden|rubrik)\t(?:beslut|beslutades)$", re.I)
_DECISION_ROW = re.compile(r"^(?:§\s*)?(?P<number>\d{1,4})[.)]?(?:\t|\s+)(?P<rest>\S.*)$")
_CELL_GAP = re.compile(r"\t+|\s{3,}")
# a decision's cell that tells the matter first, the body's "… beslutar" opening a sentence of its own after it
_BODY_DECIDES_IN_CELL = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}\s+beslutar\b)")
# the end of a sentence inside a cell, another opening after it
_SENTENCE_IN_CELL_END = re.compile(r"(?<=[a-zåäö0-9)][.!?])[ \t]+(?=[A-ZÅÄÖ])")


def _title_then_notes(item: str) -> tuple[str, str] | None:
    """An item cell that holds its heading (no full stop) and then what was said (sentences), split before the first capital that starts a sentence, not one
    inside the heading: an acronym ("Arbetsgrupp SIP – arbetsplan 2027") or a name a dash goes on from.

    >>> _title_then_notes("Arbetsgrupp SIP – arbetsplan 2027 Petra Holmgren presenterade arbetsgruppens plan.")
    ('Arbetsgrupp SIP – arbetsplan 2027', 'Petra Holmgren presenterade arbetsgruppens plan.')
    >>> _title_then_notes("Trygghetsplatser Förslag om delad finansiering av platserna.")
    ('Trygghetsplatser', 'Förslag om delad finansiering av platserna.')
    """
    for m in _TITLE_THEN_NOTES_AT.finditer(item):
        title, notes = item[:m.start()].strip(), item[m.start():].strip()
        first, _, after = notes.partition(" ")
        if re.fullmatch(r"[A-ZÅÄÖ]{2,}(?:-\w+)?", first) or after[:1] in "–—-":
            continue  # "SIP – arbetsplan": an acronym or a name the heading goes on from
        if re.fullmatch(r"[^.:;]{3,90}", title) and re.fullmatch(r"[A-ZÅÄÖ]\S*(?:\s+\S+){3,}[.!?]", notes):
            return title, notes
        return None
    return None


# where an item cell's notes may begin: a capital after the heading's last small letter or digit
_TITLE_THEN_NOTES_AT = re.compile(r"(?<=[a-zåäö0-9)])\s+(?=[A-ZÅÄÖ])")


def _decision_rows_apart(text: str) -> str:
    r"""The rows of a "§ | Ärende | Beslut" table as an item's heading, what was said and a "Beslut:" paragraph
    with its att-clauses a line each, as such minutes are typed as text; other lines as they are. A decision's
    cell that wraps over the page goes on on the indented lines under it.

    >>> print(_decision_rows_apart("§\tÄrende\tBeslut\n8\tVal av justerare\tAnna Berg utses att justera.\n"
    ...       "12\tTrygghetsplatser Förslag om delad finansiering av platserna.\tSamrådet beslutar att rekommendera "
    ...       "kommunen att dela kostnaden, att uppdra åt Eva Ek att följa upp.\n\nVid protokollet"))
    § 8 Val av justerare
    Beslut: Anna Berg utses att justera.
    <BLANKLINE>
    § 12 Trygghetsplatser
    Förslag om delad finansiering av platserna.
    Beslut: Samrådet beslutar att rekommendera kommunen att dela kostnaden,
    att uppdra åt Eva Ek att följa upp.
    <BLANKLINE>
    <BLANKLINE>
    Vid protokollet

    A decision's att-clauses a line each, as a saved document's cell gives them, stay the decision's:

    A decision's cell that tells the matter before the body's "… beslutar" gives it as what was said:

    >>> print(_decision_rows_apart("§\tÄrende\tBeslut\n9\tLägesrapport\tEva Ek redovisar läget. Samrådet beslutar\n"
    ...                            "att lägga rapporten till handlingarna."))
    § 9 Lägesrapport
    Eva Ek redovisar läget.
    Beslut: Samrådet beslutar
    att lägga rapporten till handlingarna.
    <BLANKLINE>

    >>> print(_decision_rows_apart("Ärende\tBeslut\n§ 20 Återrapport\tPSVO beslutar\natt godkänna återrapporten\n"
    ...                            "att ge LSVO i uppdrag att redovisa.\n§ 21 Övrigt\tInget."))
    § 20 Återrapport
    Beslut: PSVO beslutar
    att godkänna återrapporten
    att ge LSVO i uppdrag att redovisa.
    <BLANKLINE>
    § 21 Övrigt
    Beslut: Inget.
    <BLANKLINE>
    """
    if not any(_DECISION_HEAD.match(x) or _TWO_CELL_DECISION_HEAD.match(x) for x in text.split("\n")):
        return text
    out: list[str] = []
    rows: list[list[str]] = []  # the table's rows: number, item cell, decision cell

    side: list[str] = []  # the heads of the columns after the decision's: "Ansvarig", "Klart"
    notes_cell = False  # the decision's column one of notes and actions ("Beslut/Åtgärd"), not a "Beslut:" paragraph

    def flush() -> None:
        for number, item, decided, *beside in rows:
            if CELL_PARAGRAPH in item:  # the heading and what was said, each paragraph of the cell a line
                title, *said = item.split(CELL_PARAGRAPH)
                out.extend([f"§ {number} {title}", *said])
            else:
                m = _title_then_notes(item)
                said = [m[1]] if m else []
                out.extend([f"§ {number} {m[0]}", m[1]] if m else [f"§ {number} {item}"])
            if decided:
                decided = decided.replace(CELL_PARAGRAPH, "\n")
                if notes_cell and said:
                    # what was said stands in the matter's cell: the "Beslut/Åtgärd" cell holds what was decided and
                    # set to be done alone, each sentence a point decided ("CB sammankallande.", "AF sammanställer …")
                    out.extend(f"Beslut: {x.strip()}" for x in _SENTENCE_IN_CELL_END.sub("\n", decided).split("\n")
                               if x.strip())
                else:
                    if notes_cell:  # what was said and decided, a sentence a line as the cell's own paragraphs are
                        decided = _SENTENCE_IN_CELL_END.sub("\n", decided)
                    elif said_first := _BODY_DECIDES_IN_CELL.search(decided):
                        # the cell tells the matter before "Samrådet beslutar": what was said, not decided
                        out.append(decided[:said_first.start()].strip())
                        decided = decided[said_first.end():]
                    out.append(("" if notes_cell else "Beslut: ") + re.sub(r",\s+att\s+(?=[a-zåäö])", ",\natt ", decided))
            # "Ansvarig: Petra Holmgren" / "Klart: 2027-10-13": the side columns as the labelled lines such minutes
            # write under a decision ("–" in a cell: nobody, no date)
            out.extend(f"{head}: {cell}" for head, cell in zip(side, beside) if cell.strip(" –-"))
            out.append("")
        rows.clear()

    in_table = False
    for line in text.split("\n"):
        if head := _DECISION_HEAD.match(line) or _TWO_CELL_DECISION_HEAD.match(line):
            flush()
            in_table = True
            heads = head.groupdict()
            side = [h.strip().capitalize() for h in _CELL_GAP.split((heads.get("side") or heads.get("actions_side") or "").strip())
                    if h.strip()]
            notes_cell = bool(heads.get("actions"))  # the third cell the item's notes, its decisions among them
            continue
        if not in_table:
            out.append(line)
            continue
        row = _DECISION_ROW.match(line) if not line[:1].isspace() else None
        if row:
            cells = [c.strip() for c in (row["rest"].split("\t") if side and "\t" in row["rest"]
                                         else _CELL_GAP.split(row["rest"].strip()))]
            beside = cells[len(cells) - len(side):] if side and len(cells) > len(side) + 1 else []
            cells = cells[:len(cells) - len(beside)]
            item, decided = (" ".join(cells[:-1]), cells[-1]) if len(cells) > 1 else (cells[0], "")
            rows.append([row["number"], item, decided, *beside])
        elif not line.strip():
            continue
        elif line[:1].isspace() and rows:  # the decision's cell going on, over the page perhaps
            rows[-1][2] = f"{rows[-1][2]} {' '.join(line.split())}".strip()
        elif rows and rows[-1][2] and formats.ATT_CLAUSE_START.match(line):
            # the decision's next att-clause, a paragraph of its cell a line ("PSVO beslutar" / "att godkänna …")
            # (the cell's last paragraph is the row's last line: the side columns' cells follow it)
            clause, *beside = line.split("\t") if side else [line]
            rows[-1][2] = f"{rows[-1][2]}\n{clause.strip()}"
            rows[-1][3:] = [c.strip() for c in beside] or rows[-1][3:]
        else:
            flush()
            in_table = False
            out.extend(["", line])
    flush()
    return "\n".join(out)


# a register of decisions and tasks numbered across the meetings ("2027:14", "2027:15", …) kept as a table at the
# end of the minutes, each row naming the § it belongs to: "Nr | § | Typ | Beslut / uppdrag | Ansvarig | Senast"
_REGISTER_NUMBER = re.compile(r"^(?:\d{4}[:/-]\d{1,3}|\d{1,3}[:/]\d{2,4})$")
_REGISTER_TEXT_HEAD = re.compile(r"^(?:beslut(?:\s*(?:/|och)\s*(?:uppdrag|åtgärd|åtgärder))?|uppdrag\s*(?:/|och)\s*beslut"
                                 r"|beslut\s+eller\s+uppdrag)$", re.I)
_REGISTER_ITEM_HEAD = re.compile(r"^(?:§|paragraf|punkt|p\.?|ärende)$", re.I)
# a row of a table of the meeting's decisions after its last §, no register number, its § first: "§ 44\tBeslut …"
_SECTION_ROW = re.compile(r"^§\s*\d{1,4}[a-z]?$")
# … or only the point's number, a table "Punkt | Beslut | Ansvarig | Klart" after the notes of numbered points
_BARE_ITEM_ROW = re.compile(r"^\d{1,3}[a-z]?$")
_BARE_ITEM_HEAD = re.compile(r"^(?:§|punkt|p\.?)$", re.I)
_REGISTER_KIND_HEAD = re.compile(r"^(?:typ|b/u|art)$", re.I)
_REGISTER_WHO_HEAD = re.compile(r"^(?:ansvarig|ansvar|vem)$", re.I)
_REGISTER_DUE_HEAD = re.compile(r"^(?:senast|klart(?:\s+senast)?|när|datum\s+klart|återrapport(?:eras)?)$", re.I)
# the text's pointers into such a register: "Dagordningen fastställdes, se 2027:14." / "Se 2027:17 och 2027:18."
_REGISTER_POINTER_NUMBERS = r"[Ss]e\s+(?:nr\s+)?\d{4}:\d{1,3}(?:\s*(?:och|,|–|-)\s*\d{4}:\d{1,3})*"
_REGISTER_POINTER = re.compile(rf"(?:[,;]\s*|\s*\(){_REGISTER_POINTER_NUMBERS}\)?|(?:(?<=[.!?])\s+|^){_REGISTER_POINTER_NUMBERS}\.?",
                               re.M)


def _headings_with_text(body: list[str], starts: list[int]) -> bool:
    """Whether most numbered headings of the text have lines of their own under them (notes of the points),
    as an agenda's list of points has not."""
    told = sum(1 for a, b in zip(starts, starts[1:] + [len(body)]) if any(x.strip() for x in body[a + 1:b]))
    return len(starts) >= 2 and told * 2 > len(starts)


def _register_rows_into_items(text: str) -> str:
    r"""The rows of a register of decisions and tasks numbered across the meetings, a table at the end of the
    minutes whose rows name their §, written into the item they belong to as such minutes are typed: a decision
    ("B") as a "Beslut:" line, a task ("U") as "Uppdrag:" with "Ansvarig:" and "Klart senast:" lines under it;
    the text's pointers to the rows ("se 2027:14") dropped. A row whose § the text has not stays where it is.

    >>> print(_register_rows_into_items("§ 4 Dagordning\nDagordningen fastställdes, se 2027:14.\n§ 5 Plan\n"
    ...       "Eva Ek föredrog planen. Se 2027:15.\nBeslut och uppdrag\nNr\t§\tTyp\tBeslut / uppdrag\tAnsvarig\tSenast\n"
    ...       "2027:14\t4\tB\tDagordningen fastställs.\t\t\n2027:15\t5\tU\tTa fram en plan.\tEva Ek\t2027-06-01"))
    § 4 Dagordning
    Dagordningen fastställdes.
    Beslut: Dagordningen fastställs.
    § 5 Plan
    Eva Ek föredrog planen.
    Uppdrag: Ta fram en plan.
    Ansvarig: Eva Ek
    Klart senast: 2027-06-01
    Beslut och uppdrag

    Without numbers of its own, the table names each row's § in its first column ("Ärende | Beslut | Ansvarig | Klart"):

    >>> print(_register_rows_into_items("§ 4 Plan\nEva Ek föredrog planen.\n§ 5 Övrigt\nInget.\nBeslut och uppdrag\n"
    ...       "Ärende\tBeslut\tAnsvarig\tKlart\n§ 4\tPlanen godkänns.\tEva Ek\t2027-06-01\n§ 4\tEva Ek redovisar i juni.\t\t"))
    § 4 Plan
    Eva Ek föredrog planen.
    Beslut: Planen godkänns.
    Ansvarig: Eva Ek
    Klart senast: 2027-06-01
    Beslut: Eva Ek redovisar i juni.
    § 5 Övrigt
    Inget.
    Beslut och uppdrag
    """
    if not re.search(r"(?m)^(?:\d{4}[:/-]\d{1,3}(?:\t|\s{3,})|§\s*\d{1,4}[a-z]?\t|\d{1,3}\t)", text):
        return text
    lines = text.split("\n")
    for at, line in enumerate(lines):
        heads = [h.strip() for h in _CELL_GAP.split(line.strip())]
        if len(heads) < 3 or not any(_REGISTER_TEXT_HEAD.match(h) for h in heads) \
                or not any(_REGISTER_ITEM_HEAD.match(h) for h in heads[:3]):
            continue
        col = {k: next((i for i, h in enumerate(heads) if rx.match(h)), None)
               for k, rx in (("text", _REGISTER_TEXT_HEAD), ("item", _REGISTER_ITEM_HEAD), ("kind", _REGISTER_KIND_HEAD),
                             ("who", _REGISTER_WHO_HEAD), ("due", _REGISTER_DUE_HEAD))}
        rows, end = [], at + 1
        while end < len(lines):
            cells = [c.strip() for c in (lines[end].split("\t") if "\t" in lines[end] else _CELL_GAP.split(lines[end].strip()))]
            if not cells or not (_REGISTER_NUMBER.match(cells[0]) or col["item"] == 0 and (
                    _SECTION_ROW.match(cells[0]) or _BARE_ITEM_ROW.match(cells[0]) and "\t" in lines[end])):
                break
            cells += [""] * (len(heads) - len(cells))
            rows.append({k: (cells[i] if i is not None and i < len(cells) else "") for k, i in col.items()})
            end += 1
        if len(rows) < 2 or not all(re.fullmatch(r"\d{1,4}[a-z]?", r["item"].lstrip("§ ")) for r in rows):
            continue
        body = lines[:at]
        heading = {}  # the line each item's heading is on
        for i, x in enumerate(body):
            if m := re.match(r"^\s*(?:§\s*)?(\d{1,4}[a-z]?)[.)]?\s+\S", x):
                if x.lstrip().startswith("§") or m.group(1) not in heading:
                    heading[m.group(1)] = i
        if col["item"] == 0 and not all(r["item"].lstrip("§ ") in heading for r in rows):
            continue  # "Ärende | Beslut" over the items themselves, no § of the text before it: the minutes' own table
        starts = sorted(heading.values())
        if col["item"] == 0 and any(_BARE_ITEM_ROW.match(r["item"]) for r in rows) and (
                not _headings_with_text(body, starts) or not _BARE_ITEM_HEAD.match(heads[0])
                or len(heads) > sum(1 for i in col.values() if i is not None)):
            # "Punkt | Beslut" after a bare agenda ("1. Inledning" / "2. Val av …"), a log whose rows a matter's
            # number heads ("Ärende | Beslut | Ansvarig") or that names each row's matter in a column of its own
            # ("Punkt | Ärende | Beslut"): the minutes' own table, read as it stands
            continue
        if col["item"] == 0 and any(_BARE_ITEM_ROW.match(r["item"]) for r in rows) and any(
                r["who"].strip(" –-") and not re.match(r"(?i)att\s", r["text"]) for r in rows):
            # a log "Punkt | Beslut | Ansvarig" whose rows with someone answering for them tell what is to be done as
            # a sentence ("Regionen erbjuder utbildning …" | Per Nilsson): a decision log, its rows read as it stands
            # as the tasks of those named (the att-clauses of decided points are filed under their points)
            continue
        placed: dict[int, list[str]] = {}
        kept: list[str] = []
        for r in rows:
            number = r["item"].lstrip("§ ")
            task = "U" in r["kind"].upper() or (not r["kind"] and r["who"].strip(" –-"))
            decided = "B" in r["kind"].upper() or not r["kind"]
            out = [f"Beslut: {r['text']}"] if decided else [f"Uppdrag: {r['text']}"]
            if task and r["who"].strip(" –-"):
                out.append(f"Ansvarig: {r['who']}")
                if r["due"].strip(" –-"):
                    out.append(f"Klart senast: {r['due']}")
            if number not in heading:
                kept.extend(out)
                continue
            start = heading[number]
            stop = next((s for s in starts if s > start), len(body))
            # the item's last line before the next heading; for the last item, before the register's own heading
            if stop == len(body):
                while stop > start + 1 and not body[stop - 1].strip():
                    stop -= 1
                if stop > start + 1 and re.fullmatch(r"[^.:]{3,60}", body[stop - 1].strip()):
                    stop -= 1  # "Beslut och uppdrag" over the table
                    while stop > start + 1 and not body[stop - 1].strip():
                        stop -= 1
            placed.setdefault(stop, []).extend(out)
        new: list[str] = []
        for i, x in enumerate(body + [None]):
            new.extend(placed.get(i, []))
            if x is not None:
                new.append(_REGISTER_POINTER.sub("", x) if _REGISTER_POINTER.search(x) else x)
        new.extend(kept)
        return "\n".join(new + lines[end:]) if end < len(lines) else "\n".join(new)
    return text


# a row of a markdown (pipe) table, "| 1. Inledning | Anna hälsade välkommen. |", and the rule under its head
_PIPE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


# a cell of a protocol's head: the huvudman, the kind of document, the date line
_PROTOCOL_HEAD_CELL = re.compile(r"(?i)\b(?:kommun|region|protokoll|sammanträdesprotokoll|minnesanteckningar|sammanträdesdatum|"
                        r"datum)\b")


def _pipe_head_as_columns(text: str) -> str:
    r"""A markdown document's head typed as a pipe table ("| ÅBY KOMMUN | PROTOKOLL |" over "| Socialnämnden |
    Sammanträdesdatum 2031-03-14 |") as a text file types it, the cells in spaced columns: the body and the date are
    read from there. Only a short table of few cells at the very start, a cell of it naming the huvudman, the kind
    of document or the date; a roster or an item table starting the document stays a table.

    >>> print(_pipe_head_as_columns("| **ÅBY KOMMUN** | **PROTOKOLL** |\n|---|---|\n"
    ...                             "| Socialnämnden | Sammanträdesdatum 2031-03-14 |\n\nPlats: Kommunhuset"))
    **ÅBY KOMMUN**    **PROTOKOLL**
    Socialnämnden    Sammanträdesdatum 2031-03-14
    <BLANKLINE>
    Plats: Kommunhuset
    >>> _pipe_head_as_columns("| Namn | Roll |\n|---|---|\n| Eva Ek | ordförande |\n")
    '| Namn | Roll |\n|---|---|\n| Eva Ek | ordförande |\n'
    """
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or not _PIPE_ROW.match(lines[start]):
        return text
    end, rows = start, []
    while end < len(lines) and _PIPE_ROW.match(lines[end]):
        if not _PIPE_RULE.match(lines[end]):
            rows.append([c.strip() for c in _PIPE_ROW.match(lines[end]).group("cells").split("|")])
        end += 1
    if not rows or len(rows) > 3 or max(map(len, rows)) > 3 or not any(
            _PROTOCOL_HEAD_CELL.search(c) for row in rows for c in row):
        return text
    typed = ["    ".join(c for c in row if c) for row in rows]
    return "\n".join(lines[:start] + typed + lines[end:])


# a cell of a signature box: "Justerandes signatur", "Utdragsbestyrkande"
_SIGNATURE_BOX_CELL = re.compile(r"(?i)justerandes?\s+sign(?:atur|\.)?|justerares?\s+signatur|utdragsbestyrkande|"
                                 r"ordförandes\s+signatur")


def _pipe_signature_boxes_as_line(text: str) -> str:
    r"""The signature boxes a markdown page ends in, typed as a pipe table ("| Justerandes signatur |
    Utdragsbestyrkande |" over empty rows), as the one line of boxes a text file types: page furniture, no part of
    the decisions above it.

    >>> print(_pipe_signature_boxes_as_line("Beslut fattas.\n\n| Justerandes signatur | Utdragsbestyrkande |\n"
    ...                                     "|---|---|\n| | |\n\n§ 2"))
    Beslut fattas.
    <BLANKLINE>
    Justerandes signatur    Utdragsbestyrkande
    <BLANKLINE>
    § 2
    """
    if "|" not in text or not _SIGNATURE_BOX_CELL.search(text):
        return text
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        m = _PIPE_ROW.match(lines[i])
        cells = [c.strip() for c in m.group("cells").split("|")] if m else []
        if cells and all(_SIGNATURE_BOX_CELL.fullmatch(c) for c in cells if c) and any(cells):
            out.append("    ".join(c for c in cells if c))
            i += 1
            # (the rule under it and the empty rows to sign in)
            while i < len(lines) and (_PIPE_RULE.match(lines[i]) or (
                    (e := _PIPE_ROW.match(lines[i])) and not e.group("cells").replace("|", "").strip())):
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _pipe_item_rows_apart(text: str) -> str:
    r"""A markdown "| Punkt | Anteckning |" table's rows as :func:`_item_rows_apart` writes a Word table's: the
    item's heading on a line and its text on the next; other tables and lines as they are.

    >>> _pipe_item_rows_apart("| Punkt | Anteckning |\n|---|---|\n| 1. Inledning | Dagordningen godkändes. |\nSlut")
    'Punkt\tAnteckning\n\n1. Inledning\nDagordningen godkändes.\n\nSlut'
    >>> _pipe_item_rows_apart("| Uppdrag | Ansvarig |\n|---|---|\n| Boka lokal | Anna |")
    '| Uppdrag | Ansvarig |\n|---|---|\n| Boka lokal | Anna |'
    """
    if "|" not in text:
        return text
    out, under, seen = [], False, False
    for line in text.split("\n"):
        m = _PIPE_ROW.match(line)
        if m is None:
            under = False
        elif under and _PIPE_RULE.match(line):
            line = ""
        else:
            row = "\t".join(c.strip() for c in m.group("cells").split("|"))
            if under or _item_columns(row):
                under = seen = True
                line = row
        out.append(line)
    return _item_rows_apart("\n".join(out)) if seen else text


# the header of a "Punkt / Anteckning" table a text file types with spaces, the notes' column where its head starts
_SPACED_ITEM_HEAD = re.compile(r"^(?P<item>punkt|ärende|dagordningspunkt|nr)\s{3,}(?P<notes>anteckning(?:ar)?|"
                               r"minnesanteckning(?:ar)?|notering(?:ar)?|kommentar(?:er)?|diskussion)\s*$", re.I)
_SPACED_RULE = re.compile(r"^\s*[-=_–]{5,}\s*$")
_SPACED_ITEM_START = re.compile(r"(?:§\s*)?\d{1,3}[.)]?\s+\S")


def _spaced_item_rows_apart(text: str) -> str:
    r"""A "Punkt / Anteckning" table typed with spaces in a text file, the item's heading in the left column and
    its notes in the right, as typed minutes write it: the heading on a line of its own (its broken lines joined)
    and the notes' lines under it; other lines as they are. The table ends at a line that keeps to no column.

    >>> print(_spaced_item_rows_apart("Punkt            Anteckning\n-----------------------------\n"
    ...       "1. Öppnande      Dagordningen godkändes.\n"
    ...       "2. Ny gemensam   Eva redovisade.\n   rutin         Ansvarig: Eva Ek\n\n"
    ...       "Vid anteckningarna: Bo Lind"))
    1. Öppnande
    Dagordningen godkändes.
    <BLANKLINE>
    2. Ny gemensam rutin
    Eva redovisade.
    Ansvarig: Eva Ek
    <BLANKLINE>
    Vid anteckningarna: Bo Lind
    """
    if not re.search(r"(?im)^\S+\s{3,}\S+\s*$", text):
        return text
    out: list[str] = []
    col, row, ended = None, None, False  # the notes' column; the open row's heading and notes; a blank line after it

    def close() -> None:
        if row is not None:
            out.extend([" ".join(row[0]), *_cell_paragraphs(row[1]), ""])

    for line in text.split("\n"):
        head = None if col is not None else _SPACED_ITEM_HEAD.match(line)
        if head:
            col, row, ended = head.start("notes"), None, False
            continue
        if col is None:
            out.append(line)
            continue
        if _SPACED_RULE.match(line) or not line.strip():
            ended = ended or row is not None
            continue
        cells = _spaced_cells(line, col)
        left, right = cells or ("", "")
        if cells and left and _SPACED_ITEM_START.match(left):
            close()
            row, ended = ([left], [right] if right else []), False
        elif cells and row is not None and not ended:
            if left:
                row[0].append(left)
            if right:
                row[1].append(right)
        else:  # the table has ended
            close()
            col, row = None, None
            out.append(line)
    if col is not None:
        close()
    return "\n".join(out)


# a line of a cell that opens a paragraph of its own: a label ("Ansvarig: …", "Beslut: …") or a bullet
_CELL_PARAGRAPH_START = re.compile(r"^(?:[-•*–]\s|[A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäö]+){0,2}\s*:\s)")


def _cell_paragraphs(lines: list[str]) -> list[str]:
    """The lines of a narrow cell as its paragraphs: a line the column broke joined to the one before, a label or a
    bullet on a line of its own.

    >>> _cell_paragraphs(["Rapporten lämnas till", "ledningsgruppen i mars.", "Ansvarig: Eva Ek"])
    ['Rapporten lämnas till ledningsgruppen i mars.', 'Ansvarig: Eva Ek']
    """
    out: list[str] = []
    for line in lines:
        if out and not _CELL_PARAGRAPH_START.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _spaced_cells(line: str, col: int) -> tuple[str, str] | None:
    """The left and right cell of a line of a table typed with spaces whose right column starts at ``col``, a
    typist's column a character or two off; None for a line that keeps to no column.

    >>> _spaced_cells("1. Start     Eva hälsade.", 13), _spaced_cells("2. Rutin    Eva", 13), _spaced_cells("Vid protokollet: Bo", 13)
    (('1. Start', 'Eva hälsade.'), ('2. Rutin', 'Eva'), None)
    """
    text = line.rstrip()
    indent = len(text) - len(text.lstrip())
    if indent >= col - 2:
        return "", text.strip()
    if len(text) <= col:
        return text.strip(), ""
    gap = next((m for m in re.finditer(r"\s{2,}", text) if m.start() <= col and m.end() >= col - 2
                and m.start() > indent), None)
    return (text[:gap.start()].strip(), text[gap.end():].strip()) if gap else None


# a text that starts as a mail program writes a message: "Från: …" and "Skickat:"/"Ämne:" in its first lines
_MAIL_HEADERS_FIRST = re.compile(r"\A\s*(?:[^\n]*\n){0,3}?[ \t]*(?:från|from)\s*:[^\n]*\n(?:[^\n]*\n){0,3}?"
                                 r"[ \t]*(?:skickat|sent|ämne|subject)\s*:", re.I)


def _attachment_text(message: Path, name: Path, data: bytes, notes: list[str] | None = None,
                     attached_files: list[str] | None = None) -> str | None:
    """The text of a minutes file attached to an e-mail message; None for any other attachment (a
    logo, a calendar invitation). A damaged attachment is an error of the message's file; what the
    reader says of how it read an attachment (a scan read by OCR) is said of the message."""
    media_type = SUFFIXES.get(name.suffix.lower())
    if media_type is None or not data:
        return None
    try:
        text = _text_of(name, media_type, data, attached=True, notes=notes)
    except ReadError as exc:
        raise ReadError(message, f"attachment {name.name}: {exc.reason}") from exc
    if text and attached_files is not None:
        attached_files.append(name.name)
    return text


def decode_text(path: Path, data: bytes) -> str:
    """Decode bytes that claim to be text; binary data is refused, not guessed at."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(path, data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(path, data, "utf-16")
    if _looks_utf16(data):
        return _decode(path, data, "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
    if b"\x00" in data[:4096]:
        raise ReadError(path, "binary data, not text (the file has a text extension but is not text)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(path, data)
    if len(_CONTROL.findall(text[:20000])) > max(8, len(text[:20000]) // 50):
        raise ReadError(path, "binary data, not text (too many control characters)")
    return text


def _looks_utf16(data: bytes) -> bool:
    head = data[:400]
    if len(head) < 8:
        return False
    even, odd = head[0::2], head[1::2]
    return (odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1) or (
        even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1)


def _decode(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"undecodable text: not valid {encoding} at byte {exc.start}") from exc


LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "cp850", "mac_roman")
_SWEDISH = set("åäöÅÄÖéÉüÜ")
_PLAIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n\t.,;:!?()[]/%&'\"-–—§•*+=<>@#_")


def _decode_legacy(path: Path, data: bytes) -> str:
    """Pick the single-byte code page under which the text reads most like Swedish."""
    best, best_score = None, None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        swedish = sum(ch in _SWEDISH for ch in text)
        odd = sum(ch not in _PLAIN and ch not in _SWEDISH and not ch.isspace() for ch in text)
        score = swedish - 3 * odd
        if best_score is None or score > best_score:
            best, best_score = text, score
    if best is None:
        raise ReadError(path, "undecodable text: not UTF-8 and no plausible legacy encoding")
    letters = sum(ch.isalpha() for ch in best)
    if letters < len(best) * 0.4:
        raise ReadError(path, "undecodable text: looks like binary data, not text in any known encoding")
    return best


def _read_pdf(path: Path, data: bytes, notes: list[str] | None = None) -> tuple[str, bool]:
    """The text of a PDF, and whether it is a text file printed as it is (:func:`_typed_rows`)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, LimitReachedError, PdfReadError

    if not data.startswith(b"%PDF"):
        raise ReadError(path, "not a PDF (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise ReadError(path, "encrypted PDF: remove the password protection and load it again")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise ReadError(path, f"PDF has {len(reader.pages)} pages, more than minutes have (at most "
                                  f"{MAX_PDF_PAGES} are read)")
        pages = []
        chars = 0
        table_open = False  # the page before ended inside a table read with its layout
        items: _ItemTable | None = None  # … inside a table of the items and their notes, whose columns these are
        typed = _typed_document(reader)
        typed_rows: list[tuple[str, int, int, int]] = []  # a text file printed as it is: its lines, page after page
        for page in reader.pages:
            if typed and (rows := _typed_rows(page)) is not None:
                typed_rows += rows
                pages.append("")
                chars += sum(len(r[0]) for r in rows)
            else:
                typed = False
                text, table_open, items = _page_text(page, table_open, items, pages)
                pages.append(text)
                chars += len(pages[-1])
            if chars > MAX_TEXT_CHARS:
                raise ReadError(path, f"PDF unfolds into more than {MAX_TEXT_CHARS // (1024 * 1024)} million "
                                      f"characters of text: not read (a decompression bomb?)")
        if isinstance(items, _RowTable) and items.open_row is not None:  # the document ends inside the table's row
            pages[-1] = "\n".join(filter(None, [pages[-1], _row_table_page([], None, "", items)[0]]))
    except ReadError:
        raise
    except LimitReachedError as exc:
        raise ReadError(path, "PDF stream unfolds beyond pypdf's limits: not read (a decompression bomb?)") from exc
    except DependencyError as exc:  # AES, as PDFs locked against editing are encrypted, needs cryptography
        raise ReadError(path, "PDF locked with AES encryption: reading it needs the Python package cryptography "
                              "(pip install cryptography)") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError, IndexError,
            RecursionError, AssertionError, ZeroDivisionError) as exc:
        raise ReadError(path, f"not a readable PDF (truncated or corrupt: {exc.__class__.__name__})") from exc
    except Exception as exc:  # pypdf raises its own errors for many kinds of damage
        raise ReadError(path, f"not a readable PDF ({exc.__class__.__name__})") from exc
    if not pages:
        raise ReadError(path, "PDF has no pages: no text layer and nothing to read")
    if typed:
        return "\n".join(_printer_wraps_joined(typed_rows)).strip("\n"), True
    # a paragraph wrapped over lines is one line again once the pages' running header and footer are gone: a
    # footer under a page's last wrapped line is no part of it, and a paragraph going on over the page is one
    text = _marks_on_their_rows(_soft_wraps_joined("\n".join(_without_running_furniture(pages))))
    if "\nBeslut\n" in text:
        text = _decision_log_rows(text)
    if len(re.sub(r"\s+", "", text)) < 20:
        # a scan: page images and no text layer (a signed protocol is often archived so)
        text = "\n".join(_without_running_furniture(ocr.read_scanned_pdf(path, data, len(pages))))
        if len(re.sub(r"\s+", "", text)) < 20:
            raise ReadError(path, "PDF has no text layer and OCR found no text in its pages")
        if notes is not None:
            notes.append(ocr.NOTE)
    return text, False


# a decision log's header cells a line each ("Punkt" / "Beslut"), and its rows, the point a few spaces from the decision
_LOG_POINT_HEAD = frozenset({"punkt", "nr", "§", "ärende", "p"})
_LOG_ROW = re.compile(r"^(§?\s?\d{1,3}[a-z]?)\.?\s{2,}(\S.*)$")


def _decision_log_rows(text: str) -> str:
    """A two-column decision log printed from a table whose header the text layer gives a cell a line ("Punkt" /
    "Beslut") and whose rows it gives with spaces between the point and the decision: the table's rows again,
    its cells apart by tabs, so that "Beslut" heads a column and no paragraph of decisions.

    >>> _decision_log_rows("Beslutslogg\\nPunkt\\nBeslut\\n2  Ta fram en modell\\n3  Frågan lyfts till X\\nNästa möte").split("\\n")
    ['Beslutslogg', 'Punkt\\tBeslut', '2\\tTa fram en modell', '3\\tFrågan lyfts till X', 'Nästa möte']
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if (i + 2 < len(lines) and lines[i].strip().casefold() in _LOG_POINT_HEAD and lines[i + 1].strip() == "Beslut"
                and _LOG_ROW.match(lines[i + 2].strip())):
            out.append(f"{lines[i].strip()}\tBeslut")
            i += 2
            while i < len(lines) and (row := _LOG_ROW.match(lines[i].strip())):
                out.append(f"{row.group(1)}\t{row.group(2)}")
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


# a roster's column heading for the presence mark with its answers: "Närvarande ja/nej", "Deltog (j/n)"
_MARK_COLUMN_HEAD = re.compile(r"(?i)\b(?:närvarande|närvaro|närv\.|deltog|deltar)\s*\(?\s*(?:ja|j)\s*/\s*(?:nej|n)\)?\s*$")
_LONE_MARK = re.compile(r"(?i)ja|nej|x")


def _marks_on_their_rows(text: str) -> str:
    """A roster printed from a word processor's table whose last column is the presence mark, read with
    each row's mark on a line of its own after the row's cells (wrapped cells on lines of their own too):
    each row one line again, its mark last, as a roster's row is read.

    >>> print(_marks_on_their_rows("Namn Verksamhet Närvarande ja/nej\\nEva Ek Äldreomsorgen, Åby kommun\\nja\\n"
    ...                            "Bo Lind Vårdcentralen,\\nRegion Norrby\\nnej\\nAnna Berg BUP, Region Norrby ja\\nPunkt 1."))
    Namn Verksamhet Närvarande ja/nej
    Eva Ek Äldreomsorgen, Åby kommun ja
    Bo Lind Vårdcentralen, Region Norrby nej
    Anna Berg BUP, Region Norrby ja
    Punkt 1.
    >>> _marks_on_their_rows("Namn Närvarande ja/nej\\nEva Ek\\nBo Lind\\nAnna Berg\\nÅsa Ek\\nja")
    'Namn Närvarande ja/nej\\nEva Ek\\nBo Lind\\nAnna Berg\\nÅsa Ek\\nja'
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not (_MARK_COLUMN_HEAD.search(line) and re.match(r"(?i)(?:namn|deltagare|ledamot|ledamöter)\b", line.strip())):
            continue
        buffer: list[str] = []
        while i < len(lines):
            x = lines[i].strip()
            if _LONE_MARK.fullmatch(x) and buffer:
                out.append(" ".join(buffer + [x]))
                buffer = []
            elif not buffer and re.search(r"(?i)\s(?:ja|nej)$", x):
                out.append(lines[i])  # a row whose cells held on one line, its mark with them
            elif x and len(buffer) < 3 and not x.startswith("**"):
                buffer.append(x)  # the row's cells, wrapped
            else:
                break
            i += 1
        out.extend(buffer)  # lines that closed no row: no part of the roster
    return "\n".join(out)


_COLUMN_WORDS = (r"namn|organisation|representerar|funktion|närvaro|närv\.|närvarande(?:\s*\(.*\))?|parti|ledamot|ledamöter|ersättare|"
                 r"ordinarie ledamot|huvudman|tjänstgörande ersättare|anmärkning|sign\.?|roll|titel|befattning|"
                 r"vad|vem|när|ansvarig|åtgärd(?:er)?|klart(?:\s+till)?|tidplan|svar|uppdrag|status")
_COLUMN_WORD = re.compile(rf"^(?:{_COLUMN_WORDS})$", re.IGNORECASE)


def is_column_word(cell: str) -> bool:
    """Whether ``cell`` is a word a table's header names a column with ("Namn", "Närvaro", "Sign.")."""
    return bool(_COLUMN_WORD.match(cell.strip()))


# a table's header row that the plain text keeps on one line: "Funktion Namn Närvaro"
_HEADER_ROW = re.compile(rf"^(?:{_COLUMN_WORDS})(?:\s+(?:{_COLUMN_WORDS})){{2,}}$", re.IGNORECASE)


# a roster's header row whose cells are not all column words: "Namn Funktion Verksamhet Sign."
_NAME_HEAD = re.compile(r"^Namn(?:\s+[A-ZÅÄÖ][\w./-]*){2,5}$")


def _roster_head(line: str) -> bool:
    """Whether the line is a roster's header row read across its cells: "Namn" and capitalised
    headings, one more of them a column word (or Verksamhet, E-post), as a table a word processor
    printed gives it, its rows wrapped within their cells.

    >>> [_roster_head(x) for x in ("Namn Funktion Verksamhet Sign.", "Namn Verksamhet Kommun/", "Namn Anna Ek Bo")]
    [True, True, False]
    >>> [_roster_head(x) for x in ("Huvudman Ledamot Förvaltning / verksamhet", "Ledamot Anna Ek Huvudman")]
    [True, False]
    >>> [_roster_head(x) for x in ("Ledamöter Ersättare", "Ersättare Anna")]
    [True, False]
    >>> [_roster_head(x) for x in ("Närvarande Frånvarande", "Närvarande Förhinder", "Närvarande Anna")]
    [True, True, False]
    >>> [_roster_head(x) for x in ("Namn / Nimi Representerar / Edustaa Roll / Rooli", "Huvudman Ordinarie Ersättare")]
    [True, True]
    >>> [_roster_head(x) for x in ("Namn Representerar", "Namn Organisation", "Namn Anna", "Namn och adress")]
    [True, True, False, False]
    """
    if _NAME_HEAD.match(line) and any(_COLUMN_WORD.match(w) or w.casefold() in ("verksamhet", "e-post")
                                      for w in line.split()[1:]):
        return True
    # a roster's headings a line: "Huvudman Ledamot Förvaltning / verksamhet", each word a heading of a roster
    words: list[str] = []
    tokens = iter(line.split())
    for w in tokens:
        if w == "/":
            next(tokens, None)  # "Namn / Nimi": a heading and its translation, or a second heading of the column
        elif w not in ("och", "&"):
            words.append(w)
    if len(words) == 2 and words[0].casefold() in ("ledamöter", "ledamot", "beslutande", "ordinarie") \
            and words[1].casefold() == "ersättare":
        return True  # "Ledamöter Ersättare": a protocol's two columns, a ledamot and the ersättare beside
    if len(words) == 2 and words[0].casefold() in _PRESENT_HEADINGS and words[1].casefold() in _ABSENT_HEADINGS:
        return True  # "Närvarande Frånvarande": a roster of two columns, who came and who did not
    if len(words) == 2 and words[0] == "Namn" and words[1][:1].isupper() \
            and words[1].strip("/").casefold() in _ROSTER_HEADINGS - {"namn"}:
        return True  # "Namn Representerar": a roster of two columns, who and for whom
    return (2 < len(words) <= 8 and line[:1].isupper() and words[0].casefold() in _ROSTER_HEADINGS
            and sum(w.strip("/").casefold() in _ROSTER_HEADINGS for w in words) >= 3
            and all(w[:1].isupper() or w.strip("/").casefold() in _ROSTER_HEADINGS for w in words))


# the headings of a roster of two columns, those who came beside those who did not: "Närvarande | Frånvarande"
_PRESENT_HEADINGS = frozenset({"närvarande", "deltagare", "deltog"})
_ABSENT_HEADINGS = frozenset({"frånvarande", "förhinder", "ej närvarande"})


# the header of a roster of paired columns, a ledamot and the mark beside, an ersättare and the mark beside:
# "Ordinarie Närv. Ersättare Närv.", the narrow mark's heading broken inside its word ("När v.")
_PAIRED_HEAD = re.compile(r"(?i)(?:ordinarie(?:\s+ledam(?:ot|öter))?|ledam(?:ot|öter)|beslutande)\s+(?:närv(?:aro|\.)|när\s+v\.)"
                          r"\s+(?:tjänstgörande\s+)?ersättare\s+(?:närv(?:aro|\.)|när\s+v\.)")


def _paired_roster_head(lines: list[str]) -> bool:
    """Whether the page's plain text holds the header of a roster of paired columns, which reads each of
    its cells, and the line a narrow cell wrapped its heading onto, as a line of its own.

    >>> _paired_roster_head(["Deltagare", "Ordinarie När", "v.", "Ersättare När", "v.", "Eva Ek, chef"])
    True
    >>> [_paired_roster_head([x]) for x in ("Ordinarie Närv. Ersättare Närv.", "Ordinarie ledamöter Ersättare")]
    [True, False]
    """
    for k, x in enumerate(lines):
        if x[:3].casefold() in ("ord", "led", "bes") and any(
                _PAIRED_HEAD.fullmatch(" ".join(lines[k:k + n])) for n in range(1, 5)):
            return True
    return False


# a meeting's date as a roster over the year's meetings heads its column: "24/4", "15/10", "2025-04-24"
_MEETING_COLUMN = re.compile(r"\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}")


def _narrow_roster_head(lines: list[str]) -> bool:
    r"""Whether the page's plain text holds a roster's header whose cells were too narrow for their words:
    a heading broken inside its word ("Huvudma" / "n"), and a roster over the year's meetings whose
    columns after the headings are the meetings' dates, which the plain text sets on a line of their own.

    >>> _narrow_roster_head(["Närvaro 2025", "Ledamot Huvudma", "n", "24/4 28/5 27/8 15/10", "Eva Ek"])
    True
    >>> _narrow_roster_head(["Namn Funktion Huvudma", "n", "Eva Ek"]), _narrow_roster_head(["Ledamot Huvudman", "Eva Ek"])
    (True, False)
    >>> _narrow_roster_head(["Vi träffas", "24/4 28/5 27/8"])
    False
    """
    for k, x in enumerate(lines):
        if not x[:1].isupper() or len(x) > 60:
            continue
        head, j = x, k + 1
        while j < len(lines) and 0 < len(lines[j]) <= 3 and lines[j].replace(".", "").isalpha() \
                and lines[j][:1].islower():  # the last letters of a heading broken in its narrow cell
            head, j = head + lines[j], j + 1
        if j > k + 1 and (_roster_head(head) or _HEADER_ROW.match(head)):
            return True
        words = head.split()
        headed = sum(w.casefold() in _ROSTER_HEADINGS for w in words)
        dates = lines[j].split() if j < len(lines) else []
        if 2 <= headed == len(words) and len(dates) >= 2 and all(_MEETING_COLUMN.fullmatch(d) for d in dates):
            return True
    return False


def _action_head(line: str) -> bool:
    """Whether the line is the header row of a table of tasks read across its cells: every word a heading
    of such a table or its narrow "§" column, two of them at least the words of a table's columns. The
    last may be a heading's beginning, the rest of it wrapped in its narrow cell ("Återrappo" / "rt till").

    >>> [_action_head(x) for x in ("Nr Uppdrag Ansvarig Klart senast Status", "Nr Åtgärd Ansvarig Datum Status",
    ...                            "Ansvarig och status", "Vad Vem När", "Nr Uppgift Ansvarig Klart senast Status",
    ...                            "Nr § Uppdrag Ansvarig Återrappo", "Nr Uppdrag Ansvarig St", "Nr Beslut/åtgärd Ansvarig Klart")]
    [True, True, False, True, True, True, False, True]
    """
    words = line.split()
    return (3 <= len(words) <= 8 and all(_action_heading(w) or w == "§" for w in words[:-1])
            and (_action_heading(words[-1]) or _heading_broken(words[-1]))
            and sum(bool(_COLUMN_WORD.match(w)) for w in words) >= 2)


def _action_head_lines(lines: list[str]) -> bool:
    """Whether a page's plain text holds the header row of a table of tasks a cell a line, as it gives a row
    whose cells it cannot set side by side ("Nr" / "Uppgift" / "Ansvar" / "Klart"): three lines or more one
    under another, each a heading of such a table, one of them naming who is to do it.

    >>> _action_head_lines(["Åtgärder", "Nr", "Uppgift", "Ansvar", "Klart", "1", "Boka lokal"])
    True
    >>> _action_head_lines(["Who", "What", "When"]), _action_head_lines(["Status", "Beslut", "Datum"])
    (True, False)
    """
    run: list[str] = []
    for line in [*lines, ""]:
        words = line.casefold().split()
        if 0 < len(words) <= 2 and all(w in _ACTION_HEADINGS or w in _TASK_HEADINGS_MORE for w in words):
            run.append(line.casefold())
            continue
        if len(run) >= 3 and any(w in _WHO_HEADINGS for x in run for w in x.split()):
            return True
        run = []
    return False


# more headings of a table of tasks, as a page's plain text gives them a line each: the doer as the owner of the
# task, and the English headings of a template ("No. | Action | Owner | Due | Status")
_TASK_HEADINGS_MORE = frozenset({"ägare", "beslutade", "no.", "no", "action", "actions", "owner", "who", "what", "when",
                                 "due"})
_WHO_HEADINGS = frozenset({"ansvarig", "ansvar", "ansvariga", "vem", "ägare", "owner", "who"})


def _action_heading(word: str) -> bool:
    """Whether ``word`` heads a column of a table of tasks, or two such headings with a slash ("Beslut/åtgärd")."""
    return all(part in _ACTION_HEADINGS for part in word.casefold().split("/"))


def _heading_broken(word: str) -> bool:
    """Whether ``word`` is the beginning of a heading of a table of tasks, four letters at least."""
    return len(word) >= 4 and any(h.startswith(word.casefold()) and h != word.casefold() for h in _ACTION_HEADINGS)


# the headings of a table of tasks or of a follow-up of them
# ("Nr Uppgift Ansvarig Klart senast Status": a task by its plainer word too)
_ACTION_HEADINGS = frozenset({"nr", "nr.", "uppdrag", "åtgärd", "åtgärder", "ansvarig", "ansvar", "klart", "senast", "datum",
                              "status", "vad", "vem", "när", "tidplan", "deadline", "beslut", "kommentar", "uppföljning",
                              "uppgift", "aktivitet", "ansvariga", "punkt",
                              # a follow-up of tasks given: "Uppdrag | Mottagare | Beslutat | Status"
                              "mottagare", "beslutat", "återrapport", "återrapportering",
                              # a follow-up of questions from the last meeting: "Fråga | Ansvarig | Status"
                              "fråga"})


# the headings of a roster's columns
_ROSTER_HEADINGS = frozenset({"namn", "huvudman", "ledamot", "ledamöter", "deltagare", "organisation", "funktion",
                              "roll", "titel", "befattning", "förvaltning", "verksamhet", "närvaro", "närvarande",
                              "parti", "ordinarie", "ersättare", "e-post", "sign.", "n/f", "representerar", "närv."})


_ITEM_GAP = re.compile(r"^(\s*(?:§|\d{1,3}\s?[.)]|§\s?\d{1,4}(?:/\d{2})?))\s{2,}")


_EDGE_LINES = 6  # how far from a page's top or bottom its running header and footer stand


def _furniture_key(line: str) -> str:
    """The line with its numbers as "#", page numbers aside; a full date stays as it is, the same on every page
    a running header or footer prints it ("Sammanträdesdatum 2025-11-19"), where a line of the text dates what it
    says ("Återrapport: LSVO 2026-09-18").

    >>> _furniture_key("Sida 2 (4)"), _furniture_key("Återrapport: LSVO 2026-09-18")
    ('sida # (#)', 'återrapport: lsvo 2026-09-18')
    """
    return _NOT_A_DATE_NUMBER.sub("#", " ".join(line.split())).casefold()


_NOT_A_DATE_NUMBER = re.compile(r"(?<![\d-])(?!\d{4}-\d\d-\d\d(?![\d-]))\d+")


_PIECE_GAP = re.compile(r"\s{2,}")


def _edge_lines(lines: list[str]) -> list[tuple[int, str, str, int]]:
    """(index, furniture key, "top" or "end", place counted from that end) of the pieces of a
    page's first and last non-blank lines. A line read with its layout holds a header's cells side
    by side ("REGION X     PROTOKOLL     1 (2)"), which a page read without it gives a line each:
    each piece between wide gaps counts as a line of its own, so both pages place them alike."""
    filled = [i for i, x in enumerate(lines) if x.strip()]
    pieces = [(i, piece) for i in filled for piece in _PIECE_GAP.split(lines[i].strip())]
    return [(i, _furniture_key(piece), end, n)
            for end, order in (("top", pieces[:_EDGE_LINES]), ("end", pieces[::-1][:_EDGE_LINES]))
            for n, (i, piece) in enumerate(order)]


def _whole_edge_lines(edges: list[tuple[int, str, str, int]]) -> dict[int, tuple[str, str, int]]:
    """The line of several pieces as one (furniture key, end, place of its first piece): a page read
    without its layout gives the header cells of a page read with it on one line."""
    out: dict[int, tuple[str, str, int]] = {}
    by_line: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for i, key, end, n in edges:
        by_line.setdefault((i, end), []).append((n, key))
    for (i, end), keys in by_line.items():
        if len(keys) > 1 and i not in out:
            keys.sort(reverse=end == "end")
            out[i] = (" ".join(k for _, k in keys), end, min(n for n, _ in keys))
    return out


# a paragraph's number on a line of its own ("KS § 176", "§ 12"): the item a page begins with, which
# other pages begin with too, numbers aside, and no furniture
# (also with its diary number beside it: "§ 47    Dnr SN 2025/003", which may stand near a page's end)
_PARAGRAPH_KEY = re.compile(r"^(?:[a-zåäö]{1,6}\s+)?§\s*#(?:$|\s+dnr\b)")


def _splits_a_label(lines: list[str], i: int, page: list[tuple[int, str, str, int]]) -> bool:
    """Whether line ``i`` stands among a page's last lines only, right under a line that ends in a
    colon ("Beslut:"), is a heading over what follows ("Förslag till beslut", "Beslut") or opens a decision
    ("Nämnden beslutar"), whose text goes on on the next page."""
    if not any(j == i and end == "end" for j, _, end, _ in page) or any(j == i and end == "top" for j, _, end, _ in page):
        return False
    above = next((x.strip() for x in reversed(lines[:i]) if x.strip()), "")
    # (or a decision's opening whose clauses the next page holds, "Styrgruppen beslutar" / "att …", or a clause
    # broken where it cannot end: "… följer upp betalningsansvaret och" / "rapporterar till …")
    return above.endswith(":") or bool(_HEADING_OVER_TEXT.fullmatch(above.strip("* ")) or _OPENS_A_CLAUSE.search(above)
                                       or _GOES_ON_END.search(above))


# a heading a protocol sets over the text under it: a page's footer under it splits it from its text
_HEADING_OVER_TEXT = re.compile(r"(?i)(?:förslag\s+till\s+beslut|beslutsförslag|beslut|yrkanden?|ärendet|"
                                r"beslutsunderlag|propositionsordning)(?:\s+#)?")  # (numbered: "Beslut 5")


# a line that ends where its sentence has to go on ("Styrgruppen beslutar att", "Nämnden beslutade:"): the
# opening of a decision that stood near the end of several pages, which no running header or footer ends on
_OPENS_A_CLAUSE = re.compile(r"(?i)(?:\batt|\bbeslut(?:ar|ade)|\bbeslöt)\s*:?$")


def _without_running_furniture(pages: list[str]) -> list[str]:
    r"""The pages without the running header and footer repeated on them, kept on the first page
    only (where it may be the one place the body's name stands).

    A line counts as running furniture when, page numbers aside, it stands at the same place among
    the first or the last lines of every page but perhaps the first; the extractor gives it
    wherever the page drew it, often before the text, where it would split a decision running on
    from the page before.

    >>> _without_running_furniture(["REGION X  1 (2)\nRådet beslutar", "REGION X  2 (2)\natt godkänna"])
    ['REGION X  1 (2)\nRådet beslutar', 'att godkänna']
    >>> _without_running_furniture(["KS  1 (3)\nKS § 1\nBudget", "KS  2 (3)\nKS § 2\nVal", "KS  3 (3)\nKS § 3\nAvtal"])
    ['KS  1 (3)\nKS § 1\nBudget', 'KS § 2\nVal', 'KS § 3\nAvtal']
    >>> one = "Alfa.\nBeta.\nGamma.\nDelta.\nEpsilon.\nZeta.\nEta.\nTheta.\n"
    >>> two = one.replace("a.", "o.")
    >>> [p[-12:] for p in _without_running_furniture([one + "Beslut:\n\nGrupp X 2025", "– att anta\n" + two + "Grupp X 2025"])]
    ['ta.\nBeslut:\n', '\nEto.\nTheto.']
    >>> _without_running_furniture(["A\n§ 1 Dnr 2025/1\nBudget", "B\n§ 2 Dnr 2025/2\nVal", "C\n§ 3 Dnr 2025/3\nAvtal"])[2]
    'C\n§ 3 Dnr 2025/3\nAvtal'
    >>> _without_running_furniture(["Rubrik\n§ 1 Val\nBeslut", "att välja X.\n§ 2 Plan\nBeslut", "att anta planen.\n§ 3\nBeslut"])[1]
    'att välja X.\n§ 2 Plan\nBeslut'

    A decision's opening that ends pages more than once is the text each time:

    >>> end = "\nStyrgruppen beslutar att\n\nUtskrivet ur Mötesportalen"
    >>> pages = ["§ 1 Öppnande" + end, "§ 2 Val\n– att välja X" + end, "– att anta planen\n§ 3 Avtal"]
    >>> ["Styrgruppen beslutar att" in page for page in _without_running_furniture(pages)]
    [True, True, False]

    A footer that later pages wrap over two lines is the footer the first page kept on one:

    >>> foot = "Utskrivet från Mötesportalen 2028-06-19 · Dokument-ID SNV-2028-04"
    >>> wrapped = foot.replace(" SNV", "\nSNV")
    >>> [p.count("Utskrivet") for p in _without_running_furniture(
    ...     ["A\nText ett." + "\n" + foot, "B\nText två.\n" + wrapped, "C\nText tre.\n" + wrapped])]
    [1, 0, 0]

    A page read without its layout gives the header's cells a line each, and may set the page number
    apart from them; the cells are furniture there too:

    >>> pages = ["X KOMMUN    PROTOKOLL    1 (4)\nNämnden    Datum\n2025-11-26\nNämndens beslut\n" + "…\n" * 6,
    ...          "X KOMMUN    PROTOKOLL    2 (4)\nNämnden    Datum\n2025-11-26\natt anta\n" + "…\n" * 6]
    >>> pages += [f"X KOMMUN\nPROTOKOLL\nNämnden\nDatum\n2025-11-26\nSida\n{n} (4)\natt redovisa\n" + "…\n" * 6 for n in (3, 4)]
    >>> [page.split("\n")[:3] for page in _without_running_furniture(pages)][2:]
    [['Sida', '3 (4)', 'att redovisa'], ['Sida', '4 (4)', 'att redovisa']]

    A footer a page drew before its text, read at the top of a later page, is the footer the first page ends with:

    >>> foot = "Utskrivet från Portalen 2026-11-20 10:02"
    >>> _without_running_furniture(["Rådet X\nStyrgruppen beslutar\n" + foot + "    Sida 1 av 2",
    ...                             foot + "\nSida 2 av 2\natt anta planen."])[1]
    'att anta planen.'
    """
    if len(pages) < 2:
        return pages
    split = [page.split("\n") for page in pages]
    edges = [_edge_lines(lines) for lines in split]
    wholes = [_whole_edge_lines(page) for page in edges]
    places: dict[tuple[str, str, int], int] = {}  # (key, "top"/"end", index) -> pages holding it there
    for page, whole in zip(edges, wholes):
        for place in {(key, end, n) for _, key, end, n in page} | set(whole.values()):
            places[place] = places.get(place, 0) + 1
    need = max(2, len(pages) - 1)
    # a footer a page drew before its text ("Utskrivet från X 2026-11-20 10:02", "Sida 2 av 2") stands at the top of
    # a page read without its layout and at the end of one read with it: a numbered line among the edge lines of
    # every page, whichever end
    edged: Counter[str] = Counter(key for page, whole in zip(edges, wholes)
                                  for key in {key for _, key, _, _ in page} | {key for key, _, _ in whole.values()}
                                  if "#" in key or any(c.isdigit() for c in key))

    def running(key: str, end: str, n: int) -> bool:
        # (a heading such as "Beslut" may end page after page, the decision under it on the next)
        return (len(key) > 2 and not _PARAGRAPH_KEY.match(key) and not _HEADING_OVER_TEXT.fullmatch(key.strip("* :"))
                and not _OPENS_A_CLAUSE.search(key)
                and (sum(places.get((key, end, m), 0) for m in (n - 1, n, n + 1)) >= need
                     or edged[key] == len(pages) and len(key) > 5))

    out, kept_once = [], set()
    first_edges = {key for _, key, _, _ in edges[0]}
    for lines, page, whole in zip(split, edges, wholes):
        pieces: dict[int, dict[str, bool]] = {}  # line -> its pieces' keys -> whether each runs
        for i, key, end, n in page:
            line = pieces.setdefault(i, {})
            line[key] = line.get(key, False) or running(key, end, n)
        drop = set()
        for i, line in sorted(pieces.items()):
            keys = set(line) | ({whole[i][0]} if i in whole else set())
            # a line with a piece of its own is the page's text, unless the line as one runs
            if (all(line.values()) or (i in whole and running(*whole[i]))) and not _sentence_goes_on(lines, i):
                if (set(line) <= kept_once or (i in whole and whole[i][0] in kept_once)
                        # (a footer one line on the first page, wrapped over two on the later ones: each piece
                        # a part of the line kept)
                        or out and all(len(key) > 5 and any(key in first and key != first for first in first_edges)
                                       for key in line)):
                    drop.add(i)
                elif _splits_a_label(lines, i, page):
                    # the first page's footer under "Beslut:" that the next page goes on with: it would end
                    # the decision it stands inside
                    drop.add(i)
                kept_once |= keys
            else:
                # the running cells of a header line that holds one more of its own ("HEDVIKS KOMMUN
                # SAMMANTRÄDESPROTOKOLL" beside a page number later pages set elsewhere) are kept here, and
                # dropped where a page gives them a line each
                kept_once |= {key for key, runs in line.items() if runs}
        out.append("\n".join(x for i, x in enumerate(lines) if i not in drop))
    return out


def _sentence_goes_on(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is the start of a sentence the page's next line goes on with ("Samverkansgruppen X" /
    "beslutar att godkänna rutinen …"): running text that happens to stand where another page's does, no
    header or footer, which never runs on into the page's text.

    >>> _sentence_goes_on(["Samverkansgrupp Äldre", "beslutar att godkänna rutinen."], 0)
    True
    >>> _sentence_goes_on(["Samverkansgrupp Äldre", "Sida 2 av 3"], 0)
    False
    >>> _sentence_goes_on(["Protokollet justeras.", "att anta"], 0)
    False
    >>> _sentence_goes_on(["Styrelsen\tSammanträdesdatum 2026-02-06", "att delegera"], 0)
    False
    """
    s = lines[i].strip()
    # (a header's cells apart by a tab or a gap, or with its date or page number, are furniture whatever follows)
    if not s or "\t" in s or len(_PIECE_GAP.split(s)) > 1 or s[-1] in ".:;!?)" or re.search(r"\d", s):
        return False
    nxt = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
    # (the verb its subject goes on with; a running header's own second line is no verb: "… Region X och" / "kommunerna")
    return bool(_SUBJECT_GOES_ON.match(nxt))


# the verbs a body's name goes on with on the next line: "Samverkansgruppen X" / "beslutar att …"
_SUBJECT_VERBS = ("beslutar|beslutade|beslöt|har|hade|ger|gav|får|fick|noterar|godkänner|antar|rekommenderar|föreslår|"
                  "uppdrar|överlämnar|som")
_SUBJECT_GOES_ON = re.compile(rf"(?:{_SUBJECT_VERBS})\s+[a-zåäö]")


# the glyphs a list's bullets are drawn with, as word processors and PDF fonts give them (Symbol's private-use ones too)
_BULLET_GLYPHS = r"•▪◦‣●○■□\uf0b7\uf0a7"
# a list's bullet glyph, drawn apart from its text, which the extractor gives a line of its own (a Markdown list's
# asterisk too, printed as it was typed: "*" / "[ ] @Eva Ek kallar gruppen")
_LONE_BULLET = re.compile(rf"^([ \t]*[{_BULLET_GLYPHS}*])[ \t]*\n(?=[ \t]*\S)", re.MULTILINE)
# … or a tab stop from its text on a line of a page read by its columns
_BULLET_GAP = re.compile(rf"^([ \t]*[{_BULLET_GLYPHS}])[ \t]{{2,}}(?=\S)")


def _page_text(page, table_open: bool = False, items: "_ItemTable | None" = None,
               before: Sequence[str] = ()) -> tuple[str, bool, "_ItemTable | None"]:
    r"""A PDF page's text, whether it ends inside a table, and the columns of a table of the items and their
    notes it ends inside. A page holding a table (a row of column headers such as Namn / Närvaro, or Punkt /
    Anteckning), or going on with the table the page before ended in, is read with its layout, so each row
    stays one line with its cells in their columns (``before``, the texts of the pages before, hold words a
    narrow cell may have broken). A bullet the extractor puts on a line of its own is joined to the text it
    stands before.

    >>> _LONE_BULLET.sub(r"\1 ", "•\nFörsta punkten\n•\nAndra")
    '• Första punkten\n• Andra'
    >>> _LONE_BULLET.sub(r"\1 ", "*\n[ ] Eva Ek kallar gruppen\n*\n[x] Bo Lind bokar lokal")
    '* [ ] Eva Ek kallar gruppen\n* [x] Bo Lind bokar lokal'
    """
    text, open_, items = _page_layout_text(page, table_open, items, before)
    text = _broken_words_rejoined(_LONE_BULLET.sub(r"\1 ", text))
    # the page's last line may be its running footer: a line wrapped onto it is joined once the footer is gone
    # (see _read_pdf), as a header that wraps is joined here, alike on every page
    body, sep, last = text.rstrip().rpartition("\n")
    return (_numbers_on_their_titles(_soft_wraps_joined(body) + sep + last + text[len(text.rstrip()):]),
            open_, items)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# the last piece of a line and the first of the next, neither with white space in it
_LINE_BREAK_IN_WORD = re.compile(r"(\S+)\n(\S+)")


def _broken_words_rejoined(text: str) -> str:
    r"""The page's text with a word the page broke over two lines whole again. A word processor breaks
    a word with no space in it where the line is full, and only a word longer than the line: a title
    written as a file name ("Rådet_minnesanteckninga" / "r_2025-10-07", "Rådet_anteckningar_202" /
    "5-10-07"), a date in a narrow table cell ("HSVO 2025-" / "03-14 § 8"). A line wrapped at a space
    keeps the space, so is left as it is; so are two lines of which only one holds a date.

    >>> _broken_words_rejoined("Lokala rådet i \nEkby_minnesanteckninga\nr_2025-10-07\nMöte 2025-10-07\n2025-11-04 nästa")
    'Lokala rådet i \nEkby_minnesanteckningar_2025-10-07\nMöte 2025-10-07\n2025-11-04 nästa'
    >>> _broken_words_rejoined("Ekby_anteckningar_202\n5-10-07\nse bilaga_1\nbudget_2026\nLLG HSVO 2025-\n03-14 § 8")
    'Ekby_anteckningar_2025-10-07\nse bilaga_1\nbudget_2026\nLLG HSVO 2025-03-14 § 8'

    A narrow cell breaks a word too (a protocol's anslag: "Organ Vård- och omsorgsnämnde" / "n", "Sammanträdesd" /
    "atum"): a line of one or two letters that are no word is the end of the word above, and so is the
    rest of a date's label.

    >>> _broken_words_rejoined("Organ Socialnämnde\nn\nSammanträdesd\natum\n2025-11-18\nsom sägs i\nå andra sidan")
    'Organ Socialnämnden\nSammanträdesdatum\n2025-11-18\nsom sägs i\nå andra sidan'
    """
    if _LINE_OF_LETTERS.search(text):
        text = _WORD_END_ALONE.sub(_word_end_joined, text)
    if "_" not in text and "-" not in text:
        return text
    return _LINE_BREAK_IN_WORD.sub(lambda m: m.group(1) + m.group(2) if _broken_word(m.group(1), m.group(2))
                                   else m.group(0), text)


# a line that may be the end of the word above it, which a narrow cell broke: "Socialnämnde" / "n"
_LINE_OF_LETTERS = re.compile(r"\n[a-zåäö]{1,10}(?:\n|$)")
_WORD_END_ALONE = re.compile(r"([^\W\d_]+)\n([a-zåäö]{1,10})(?=\n|$)")


def _word_end_joined(m: re.Match) -> str:
    """A word and the line under it as one word where the line is one or two letters that are no word, or the
    rest of a date's label (see :func:`_broken_words_rejoined`)."""
    head, tail = m.group(1), m.group(2)
    if len(tail) <= 2 and tail not in _SHORT_WORDS or re.fullmatch(_DATE_LABELS, head + tail):
        return head + tail
    return m.group(0)


def _broken_word(a: str, b: str) -> bool:
    """Whether ``a`` ending a line and ``b`` opening the next are one word a line too short for broke
    (see :func:`_broken_words_rejoined`)."""
    return bool(_ISO_DATE.search(a + b) and not _ISO_DATE.search(a) and not _ISO_DATE.search(b)
                or "_" in a and "_" in b and len(a) >= 15 and b[:1].islower())


# a line a word processor wrapped at the margin: it keeps the space it broke the line at, which a
# paragraph's last line has not ("… Rådet " / "är sedan i våras …"); not before a line that starts
# a point, an item or a clause of its own, nor after a label ("Deltog: ")
# a chat's post head, the writer's name and the time on a line of its own ("Eva Lind 13:33"): the line before it
# ends the post before, though a symbol the PDF's font lacks ("… blir fel 😊") left the space before it
_CHAT_HEAD_LINE = r"[A-ZÅÄÖ][\wåäöéü-]+(?: [A-ZÅÄÖ][\wåäöéü-]+){1,2} \d{1,2}[:.]\d\d[ \t]*(?:\n|$)"
_SOFT_WRAP = re.compile(rf"(?<=[^\s:]) +\n(?=[ \t]*(?![{_BULLET_GLYPHS}–-]\s|\d{{1,3}}[.)]\s|§|att\s|{_CHAT_HEAD_LINE})\S)"
                        # "… ger Ledningsgruppen i uppdrag" / "att ta fram …": the "att" the phrase needs, no clause
                        r"|(?:(?<=\bi uppdrag)|(?<=\bmandat)|(?<=\bi uppgift)) *\n(?=[ \t]*att\s)"
                        # a line filled to the margin, printed without the space it broke at, and the verb its
                        # subject goes on with: "Samverkansgruppen X" / "beslutar att …", "… särskilt Nadia" / "som …"
                        rf"|(?<=[^\W\d_]{{2}})\n(?=(?:{_SUBJECT_VERBS})\s+[a-zåäö])")


def _soft_wraps_joined(text: str) -> str:
    r"""The page's text with each paragraph a word processor wrapped over lines on one line, as a
    Word document keeps it: LibreOffice and Word print a wrapped line with the space it broke at.

    >>> _soft_wraps_joined("Kristoffer Hallén, förvaltningschef, Ekeby kommun, \nk.hallen@ekeby.se\nDeltog: \nAnna")
    'Kristoffer Hallén, förvaltningschef, Ekeby kommun, k.hallen@ekeby.se\nDeltog: \nAnna'
    >>> _soft_wraps_joined("Rådet beslutar \natt godkänna\nPunkter: A \n– B")
    'Rådet beslutar \natt godkänna\nPunkter: A \n– B'
    >>> _soft_wraps_joined("Beslut: Rådet ger Ledningsgruppen i uppdrag \natt ta fram en plan.")
    'Beslut: Rådet ger Ledningsgruppen i uppdrag att ta fram en plan.'
    >>> _soft_wraps_joined("Inkomna synpunkter har arbetats in.\nSamverkansgrupp Äldre i Ekby\nbeslutar att godkänna rutinen.")
    'Inkomna synpunkter har arbetats in.\nSamverkansgrupp Äldre i Ekby beslutar att godkänna rutinen.'
    >>> _soft_wraps_joined("Jag rättar i efterhand om något blir fel \nEva Lind 13:33\nNärvarande: Eva Ek")
    'Jag rättar i efterhand om något blir fel \nEva Lind 13:33\nNärvarande: Eva Ek'

    A label after a sentence of the line wraps there too, its value on the next line ("Uppdrag: sammanställa
    synpunkterna. Ansvar: " / "Tove Berg. Återrapport: 2027-11-17."); a label opening its line stays over the lines
    it heads:

    >>> _soft_wraps_joined("• Uppdrag: ta fram en plan. Ansvar: \nTove Berg. Klart: maj.\nDeltog: \nAnna Ek")
    '• Uppdrag: ta fram en plan. Ansvar: Tove Berg. Klart: maj.\nDeltog: \nAnna Ek'
    """
    return _LABEL_WRAP.sub(r" \1 ", _SOFT_WRAP.sub(" ", text))


# a label after a sentence, at the end of a wrapped line, its value on the next: ". Ansvar: " / "Tove Berg."
_LABEL_WRAP = re.compile(r"(?<=[.;]) ([A-ZÅÄÖ][a-zåäö]{2,15}:) +\n(?=[ \t]*[A-ZÅÄÖ][\w-]+\s)")


# an item's number drawn apart from its title (a tab stop, a numbered heading), which the extractor
# gives a line of its own: "1" / "Föregående anteckningar"
_LONE_NUMBER = re.compile(r"^[ \t]*(§[ \t]*)?\d{1,3}[.)]?[ \t]*$")


def _numbers_on_their_titles(text: str) -> str:
    r"""The page's text with an item number alone on its line put back before the title under it,
    as minutes typed as text have it; a number on the page's first or last line (a page
    number) stays as it is.

    >>> _numbers_on_their_titles("Anteckningar\nDatum\n1\nFöregående anteckningar\nText.\n2\nBudget\nText.\nSlut\n2")
    'Anteckningar\nDatum\n1  Föregående anteckningar\nText.\n2  Budget\nText.\nSlut\n2'
    >>> _numbers_on_their_titles("Protokoll\nDatum\nÖvriga\nEva Ek, chef, §§ 120, 123–\n124\nBo Ek, MAS\nText.\nSlut")
    'Protokoll\nDatum\nÖvriga\nEva Ek, chef, §§ 120, 123–124\nBo Ek, MAS\nText.\nSlut'
    >>> _numbers_on_their_titles("Protokoll\nDatum\nÖvriga\nJenny Lund, avtalsansvarig,\n§ 83\nKarin Ek, sekreterare\nText.\nSlut")
    'Protokoll\nDatum\nÖvriga\nJenny Lund, avtalsansvarig, § 83\nKarin Ek, sekreterare\nText.\nSlut'
    """
    lines = text.split("\n")
    filled = [k for k, x in enumerate(lines) if x.strip()]
    if len(filled) < 6:
        return text
    inner = set(filled[1:-1])
    out: list[str] = []
    skip = False
    for k, line in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if k in inner and out and out[-1].rstrip().endswith(("–", ",")) and re.fullmatch(r"[ \t]*(?:§{1,2}[ \t]?)?\d{1,3}[ \t]*", line):
            # "Camilla Ek, …, §§ 120, 123–" / "124": the end of a span of paragraphs a cell wrapped, no item
            out[-1] = out[-1].rstrip() + (" " if line.strip()[:1] == "§" else "") + line.strip()
            continue
        if k in inner and _LONE_NUMBER.match(line) and nxt[:1].isupper() and len(nxt) <= 100:
            out.append(f"{line.strip()}  {nxt}")
            skip = True
            continue
        out.append(line)
    return "\n".join(out)


# a line of a table read with its layout: three cells or more, set apart by runs of spaces
_TABLE_ROW = re.compile(r"\S(?: {2,}\S+(?: \S+)*){2,}")


# the labels of a meeting's date in a header's cell
_DATE_LABELS = "Sammanträdesdatum|Mötesdatum|Sammanträdesdag"
# a page header's cells read as one line: "Vård- och omsorgsnämnden Sammanträdesdatum 2025-11-18"; the label of
# the date opens a cell of its own, as a Word header's table row gives it ("Vård- och omsorgsnämnden\tSammanträdesdatum …");
# so does a label whose date its cell wrapped onto the line below ("Socialnämnden Sammanträdesdatum" / "2025-11-25")
# a header's cells touching where the body's cell is full: "Kommunstyrelsens arbetsutskottSammanträdesdatum 2026-04-14"
_CELLS_TOUCHING = re.compile(rf"(?<=[a-zåäö])(?=(?:{_DATE_LABELS})\b[ :]*\d)")
_HEADER_CELLS_RUN_TOGETHER = re.compile(rf"(?m)(?<=\S) (?=(?:{_DATE_LABELS})\b[ :]*\d)|{_CELLS_TOUCHING.pattern}|"
                                        rf"(?<=\S) ((?:{_DATE_LABELS}|Datum)[ :]*)\n[ \t]*"
                                        r"(?=\d{4}-\d\d-\d\d[ \t]*$)")


# the kind of document in capitals beside the huvudman's name on a letterhead's line
_LETTERHEAD_KIND = re.compile(r"(?<=[a-zåäöA-ZÅÄÖ]) (?=(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLLSUTDRAG|PROTOKOLL|MINNESANTECKNINGAR)\b)")


def _header_cells_apart(text: str) -> str:
    r"""The page's text with a header row's cells run together set apart again, by a tab as Word gives them.

    >>> _header_cells_apart("Socialnämnden Sammanträdesdatum 2025-11-18\nNämnden Sammanträdesdag: 2025-11-19")
    'Socialnämnden\tSammanträdesdatum 2025-11-18\nNämnden\tSammanträdesdag: 2025-11-19'
    >>> _header_cells_apart("Kommunstyrelsens arbetsutskottSammanträdesdatum 2026-04-14")
    'Kommunstyrelsens arbetsutskott\tSammanträdesdatum 2026-04-14'
    >>> _header_cells_apart("Region Ås PROTOKOLL 1 (5)\nNämnden Sammanträdesdatum 2025-11-13")
    'Region Ås\tPROTOKOLL 1 (5)\nNämnden\tSammanträdesdatum 2025-11-13'
    >>> _header_cells_apart("ÅBY KOMMUN SAMMANTRÄDESPROTOKOLL Sida 1(5)\nNämnden Sammanträdesdatum 2025-11-13").split("\n")[0]
    'ÅBY KOMMUN\tSAMMANTRÄDESPROTOKOLL Sida 1(5)'
    >>> _header_cells_apart("Socialnämnden Sammanträdesdatum\n2025-11-25\nUppgift Ansvarig Datum\n2025-11-25 Ek")
    'Socialnämnden\tSammanträdesdatum 2025-11-25\nUppgift Ansvarig Datum\n2025-11-25 Ek'

    A heading of two lines in the row's first cell, read before the cell beside it, is one line again
    before the date's label, as Word gives its paragraphs in a cell:

    >>> _header_cells_apart("Samverkansgruppen för\nbarn och unga\nSammanträdesdatum 2025-11-18\nMinnesanteckningar")
    'Samverkansgruppen för barn och unga\tSammanträdesdatum 2025-11-18\nMinnesanteckningar'
    """
    if "datum" not in text and "dag" not in text:  # the labels' words, before the pattern looks for them
        return text
    # the letterhead's cells on the page's first line: "Region Ripfjäll PROTOKOLL 1 (5)"
    first, nl, rest = text.partition("\n")
    if (kind := _LETTERHEAD_KIND.search(first)) is not None:
        text = f"{first[:kind.start()].rstrip()}\t{first[kind.start():].lstrip()}{nl}{rest}"
    lines = text.split("\n", 4)
    for k in range(2, len(lines) - (len(lines) == 5)):
        head, tail = lines[k - 2].strip(), lines[k - 1].strip()
        if _HEADER_DATE.match(lines[k]) and head and tail and (tail[:1].islower() or _OPEN_HEADING.search(head)) \
                and not any(c.isdigit() or c in ":\t" for c in head + tail) and len(f"{head} {tail}".split()) <= 10:
            text = "\n".join(lines[:k - 2] + [f"{head} {tail}\t{lines[k].strip()}"] + lines[k + 1:])
            break
    return _HEADER_CELLS_RUN_TOGETHER.sub(lambda m: f"\t{m.group(1).rstrip()} " if m.group(1) else "\t", text)


# a line that opens with a date's label and its date, a Word header's cell beside the body's name
_HEADER_DATE = re.compile(rf"^[ \t]*(?:{_DATE_LABELS})\b[ :]*\d")
# a heading's line that leaves its name open: "Samverkansgruppen för"
_OPEN_HEADING = re.compile(r"(?:,|\s(?:och|för|i|av|med|samt|inom|mellan|kring))$")


def _page_layout_text(page, table_open: bool = False, items: "_ItemTable | None" = None,
                      before: Sequence[str] = ()) -> tuple[str, bool, "_ItemTable | None"]:
    heights: list[tuple[float, str]] = []  # (height on the page, text) of each piece the page draws
    lefts: list[tuple[float, str]] = []  # (distance from the page's left edge, text) of each piece
    sizes: list[tuple[float, str]] = []  # (size of its letters, text) of each piece

    bolds: list[tuple[bool, float, str]] = []  # (whether its font is a bold one, letter size, text) of each piece

    def seen(text, cm, tm, font, size) -> None:
        heights.append((cm[5] + tm[5] * cm[3], text))
        lefts.append((cm[4] + tm[4] * cm[0], text))
        sizes.append((abs(size * (tm[3] or 1) * (cm[3] or 1)), text))
        bolds.append((bool(_BOLD_FONT.search(str((font or {}).get("/BaseFont", "")))), sizes[-1][0], text))

    plain = _header_drawn_last(page.extract_text(visitor_text=seen) or "", heights)
    lines = [x.strip() for x in plain.split("\n")]
    if sum(1 for x in lines if _COLUMN_WORD.match(x)) < 2 and not table_open \
            and not any(_HEADER_ROW.match(x) or _roster_head(x) or _action_head(x) for x in lines) \
            and not _action_head_lines(lines) \
            and not _paired_roster_head(lines) and not _narrow_roster_head(lines) \
            and not items and not any(_item_table_head(x) or _agenda_table_head(x) for x in lines if len(x) < 60) \
            and not _row_table_head_lines(lines):
        text = _titles_unwrapped(_bullets_unwrapped(_clauses_apart(_label_cells_joined(plain, heights, lefts), heights),
                                                    lefts), heights, sizes)
        return _bold_titles_marked(_header_cells_apart(text), bolds), False, None
    try:
        laid = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # pypdf's layout mode fails on some fonts; the plain text is still good
        return plain, False, None
    rows = [x.rstrip() for x in laid.split("\n")]
    indent = min((len(x) - len(x.lstrip()) for x in rows if x.strip()), default=0)
    gaps = _line_gaps(page, rows)
    if (pairs := _roster_pairs_apart([x[indent:] for x in rows])) is not None:
        rows, gaps, indent = pairs, None, 0  # the pairs' rows follow each other: no heights line up with them
    if (blocks := _column_blocks_apart([x[indent:] for x in rows])) is not None:
        rows, gaps, indent = blocks, None, 0  # the blocks' lines follow each other: no heights line up with them
    # a list's bullet a tab stop from its text is no cell of a table: one space apart, as the plain text sets it
    rows = [_BULLET_GAP.sub(r"\1 ", x[indent:]) for x in rows]
    if isinstance(items, _RowTable) or any(_row_table(x) for x in rows):
        edge = min((x for x, t in lefts if t.strip()), default=0.0)  # the layout's first column, on the page
        return _row_table_page(rows, gaps, plain, items if isinstance(items, _RowTable) else None, (edge, indent, lefts))
    rows = _layout_soft_wraps(_join_wrapped_cells(rows, gaps, plain, before), plain)
    rows, items = _item_table_rows(rows, items, plain)
    # a tab stop after '§' or an item number reads as a run of spaces in the layout; one will do
    # a header's cells run together where the body's cell is full ("… arbetsutskottSammanträdesdatum 2026-04-14"):
    # apart by the spaces a layout sets between cells
    # (a title the page wrapped over two lines above a table, "Minnesanteckningar – Styrgrupp X" / "Åby": one line,
    # as on a page of running text)
    return (_titles_unwrapped("\n".join(_CELLS_TOUCHING.sub("   ", _ITEM_GAP.sub(r"\1 ", x)) for x in rows), heights, sizes),
            _ends_in_table(rows), items)


# a roster's heading over a column of names: "Ledamöter", "Ersättare och övriga", "Frånvarande"
_ROSTER_GROUP_HEAD = re.compile(r"(?i)(?:ledamöter|ordinarie(?:\s+ledamöter)?|ersättare|övriga(?:\s+deltagare)?|närvarande|"
                                r"frånvarande|deltagare|adjungerade|tjänstgörande(?:\s+ersättare)?|gäster)"
                                r"(?:\s+(?:och|&|/)\s+[a-zåäö]+)?")

# what a roster's second column tells of each name: "Huvudman", "Roll / huvudman", "Organisation"
_ROSTER_ATTRIBUTE_HEAD = re.compile(r"(?i)(?:huvudman|organisation|roll|funktion|titel|befattning|verksamhet|förvaltning|"
                                    r"representerar|enhet|uppdrag)(?:\s*(?:/|och)\s*(?:huvudman|organisation|roll|funktion|"
                                    r"titel|befattning|verksamhet|förvaltning|enhet|uppdrag))?")


def _roster_pairs_apart(rows: list[str]) -> list[str] | None:
    r"""A roster laid out as two pairs of columns side by side across the page, each pair a group of names and
    what they stand for ("Ledamöter | Huvudman | Ersättare och övriga | Roll"), read with the page's layout: the
    left pair's rows under its heads, then the right pair's under its own, as two rosters one after the other
    (a heading in the right pair, "Frånvarande", heads only the names under it there); None where the page has
    no such roster.

    >>> print("\n".join(_roster_pairs_apart(["Ledamöter      Huvudman      Övriga        Roll",
    ...       "Eva Ek         Åby kommun    Bo Lind       sekreterare", "Per Holm       Region Norrby Frånvarande",
    ...       "Ola Ås         Ekby kommun   Per Holm", "", "§ 1 Inledning"])))
    Ledamöter
    Eva Ek         Åby kommun
    Per Holm       Region Norrby
    Ola Ås         Ekby kommun
    Övriga
    Bo Lind       sekreterare
    Frånvarande
    Per Holm
    <BLANKLINE>
    § 1 Inledning
    """
    for at, head in enumerate(rows):
        cells = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", head)]
        # (what each name stands for beside it, not a mark: "Ledamöter | Närv. | Ersättare | Närv." is a roster of
        # paired columns read as it stands)
        if len(cells) != 4 or not (_ROSTER_GROUP_HEAD.fullmatch(cells[0][1]) and _ROSTER_GROUP_HEAD.fullmatch(cells[2][1])) \
                or not (_ROSTER_ATTRIBUTE_HEAD.fullmatch(cells[1][1]) and _ROSTER_ATTRIBUTE_HEAD.fullmatch(cells[3][1])):
            continue
        cut = cells[2][0]
        end = at + 1
        while end < len(rows) and rows[end].strip() and not rows[end][max(0, cut - 1):cut].strip():
            end += 1
        if end - at < 3:
            continue
        # each pair under its group's heading alone, as a roster's label heads its names (what the second column
        # of a pair holds, "Roll / huvudman", the rows tell)
        left = [cells[0][1]] + [x[:cut].rstrip() for x in rows[at + 1:end]]
        right = [cells[2][1]] + [x[cut:].strip() for x in rows[at + 1:end] if x[cut:].strip()]
        return rows[:at] + left + right + rows[end:]
    return None


# a piece of a layout line after a gap of three spaces or more: where the layout sets a column
_CHUNK_AFTER_GAP = re.compile(r"(?<=   )\S")


def _column_blocks_apart(rows: list[str]) -> list[str] | None:
    r"""A page laid out with its text in two column blocks under a table across the page (a landscape page, the
    roster over the width, the notes in two columns under it), read with its layout: each layout line holds a
    line of the left block and one of the right, a gutter apart. The run of such lines, the left block's lines
    first and then the right block's, as the page is read; None where the page has no such run.

    A run is the lines that keep to the gutter: blank, left of it alone, or a line of prose either side of it
    (no gap of a table's cells within a side); lines of prose wide enough to be running text, not a roster of
    names side by side.

    >>> L = "Eva Ek öppnade mötet och hälsade alla välkomna till det första mötet."
    >>> R = "Bo Lind redovisade läget i Åby och i Norrby under hösten."
    >>> rows = ["Namn        Huvudman", "Eva Ek      Åby kommun", ""] + [f"{L:<75}{R}"] * 4 + [L, f"{'Åby':<100}Sida 1"]
    >>> out = _column_blocks_apart(rows)
    >>> out[:3], out[3:8] == [L] * 5, out[8:12] == [R] * 4, out[-1].split()
    (['Namn        Huvudman', 'Eva Ek      Åby kommun', ''], True, True, ['Åby', 'Sida', '1'])
    >>> _column_blocks_apart(["Eva Ek, Åby kommun" + " " * 30 + "Bo Lind, Norrby kommun"] * 6) is None
    True
    """
    width = max((len(x) for x in rows), default=0)
    starts: dict[int, int] = {}
    for x in rows:
        for m in _CHUNK_AFTER_GAP.finditer(x):
            if m.start() >= 40 and m.start() > width // 4 and x[:m.start()].strip():
                starts[m.start()] = starts.get(m.start(), 0) + 1
    if not starts:
        return None
    gutter, seen = max(starts.items(), key=lambda kv: (kv[1], -kv[0]))
    if seen < 4:
        return None

    def sides(x: str) -> tuple[str, str] | None:
        left, right = x[:gutter].rstrip(), x[gutter:].strip() if len(x) > gutter else ""
        if len(x) > gutter and (x[gutter - 3:gutter].strip() or not x[gutter].strip() and right):
            return None  # a line across the gutter, or a piece to its right that keeps to no column
        if "   " in left.strip() or "   " in right:
            return None  # a table's cells on a side
        return left, right

    best: tuple[int, int] = (0, 0)
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and sides(rows[j]) is not None:
            j += 1
        if j - i > best[1] - best[0]:
            best = (i, j)
        i = j + 1
    run = [sides(x) for x in rows[best[0]:best[1]]]
    lefts = [a for a, b in run if a.strip() and b]  # a line of each block side by side
    rights = [b for a, b in run if b]
    if len(lefts) < 4 or len(rights) < 4 or sum(map(len, lefts)) < 40 * len(lefts) or \
            sum(map(len, rights)) < 40 * len(rights):
        return None
    return (rows[:best[0]] + _block_wraps_joined([a for a, b in run if a.strip() or not b])
            + _block_wraps_joined([b for a, b in run if b]) + rows[best[1]:])


# a block's line that opens a point, a label's paragraph or a list's entry, never the rest of the line above
_BLOCK_LINE_OPENS = re.compile(rf"^\s*(?:§|\d{{1,3}}[.)]?\s|[{_BULLET_GLYPHS}–-]\s|[A-ZÅÄÖ][a-zåäö]{{2,15}}:)")


def _block_wraps_joined(lines: list[str]) -> list[str]:
    """A column block's lines with a paragraph the block wrapped on one line: a line filled to the block's width
    that ends no sentence runs on into the next (the layout keeps no space at the break to tell it by)."""
    widest = max((len(x.strip()) for x in lines), default=0)
    out: list[str] = []
    for x in lines:
        tail = out[-1].rstrip() if out else ""
        if tail and x.strip() and len(tail.strip()) * 100 >= widest * 85 and tail[-1:] not in ".:!?" \
                and not _BLOCK_LINE_OPENS.match(x):
            out[-1] = f"{tail} {x.strip()}"
        else:
            out.append(x)
    return out


# where a paragraph of a table's cell ends inside a row read a line (:func:`_row_table_page`): the readers of such
# rows (:func:`_decision_rows_apart`, :func:`_item_rows_apart`) write each paragraph on a line of its own, and a
# space stands for any left
CELL_PARAGRAPH = formats.CELL_PARAGRAPH


class _RowTable(NamedTuple):
    """A table whose rows are the items, each in several columns beside its number and heading ("Punkt |
    Diskussion | Beslut/Åtgärd | Ansvarig"), as a page prints it: where each column starts, the widest line each
    column printed, the lines of the row still open at the page's end, a cell's lines, and the words of six
    letters or more the pages printed so far (see :func:`_cell_lines_joined`)."""
    starts: tuple[int, ...]
    widths: list[float]
    open_row: list[list[str]] | None
    words: list[str]
    numbered: bool = False  # the first column holds the item's number alone ("1" | "Inledning" | …), as its first row shows
    # where on the page the layout's first column stood on the header's page, and the width of a column of the
    # layout, in points (0 where the header's cells were not found among the pieces the page drew)
    origin: float = 0.0
    char_width: float = 0.0
    ends: frozenset[str] = frozenset()  # the lines the pages' plain text ends a paragraph with (see _cell_lines_joined)


# a table header's cell naming what was decided or is to be done
_DECIDED_HEAD = re.compile(r"(?:beslut|beslutades|beslut\s*/\s*åtgärd(?:er)?|beslut\s+och\s+åtgärd(?:er)?)", re.I)
# a row's first cell opening with its item's number: "3. Ny arbetsgrupp", "2.", "§ 14"
_ROW_NUMBER = re.compile(r"^(?:§\s*\d{1,4}|\d{1,3}[.)]?)(?:\s|$)")
_BARE_ROW_NUMBER = re.compile(r"(?:§\s*\d{1,4}|\d{1,3}[.)]?)")


# the last letters of a table's heading a narrow column broke onto the line under it ("Ansvari" / "g")
_HEAD_WORD_END = re.compile(r"[a-zåäö]{1,3}")


def _row_table(line: str) -> tuple[int, ...] | None:
    """Where the columns of a table start whose header row this layout line is: three cells or more, a word or
    two each, the first naming the item (Punkt, Nr, §, Ärende) and one what was decided (Beslut, Beslut/Åtgärd);
    None for any other line.

    >>> _row_table("Punkt        Diskussion     Beslut/Åtgärd    Ansvarig"), _row_table("Punkt   Anteckning")
    ((0, 13, 28, 45), None)
    >>> _row_table("Nr    Beslut/åtgärd    Ansvarig    Klart")
    
    """
    cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
    if len(cells) == 2 and _TWO_CELL_DECISION_HEAD.match("\t".join(c for _, c in cells)):
        return tuple(s for s, _ in cells)  # "Ärende | Beslut": the item's number and heading in its first cell
    if not 3 <= len(cells) <= 6 or not _ITEM_COLUMN.fullmatch(cells[0][1]) or any(len(c.split()) > 3 for _, c in cells):
        return None
    if _wide_notes_table([c for _, c in cells]):
        return tuple(s for s, _ in cells)
    # (a column of what was said between the item and the decision: "Nr | Beslut/åtgärd | Ansvarig | Klart" is a
    # decision log, and a "§ | Ärende | Beslut" table a protocol's items, read as such: _decision_rows_apart)
    if not any(_DECIDED_HEAD.fullmatch(c) for _, c in cells[2:]) and not _number_then_decision(
            [c for _, c in cells]):
        return None
    return tuple(s for s, _ in cells)


_POINT_NUMBER_HEAD = re.compile(r"(?:ärende|punkt|§)", re.I)


def _number_then_decision(heads: list[str]) -> bool:
    """Whether the headings of a table's columns are those of a list of decisions each under its point's number,
    who is to see to it in the column after ("Ärende | Beslut | Ansvarig"): three columns or four, the item's
    number, what was decided, then who and when.

    >>> _number_then_decision(["Ärende", "Beslut", "Ansvarig"]), _number_then_decision(["Punkt", "Beslut", "Klart"])
    (True, False)

    (a decision log's "Nr | Beslut/åtgärd | Ansvarig" is read as such: :func:`_decision_rows_apart`)
    """
    return (3 <= len(heads) <= 4 and _POINT_NUMBER_HEAD.fullmatch(heads[0]) is not None
            and _ONLY_DECIDED_HEAD.fullmatch(heads[1]) is not None and _WHO_HEAD.fullmatch(heads[2]) is not None
            and all(_WHO_HEAD.fullmatch(h) or _WHEN_HEAD.fullmatch(h) for h in heads[3:]))


def _wide_notes_table(heads: list[str]) -> bool:
    """Whether the headings of a table's columns are those of a table of items and their notes (:func:`_item_columns`)
    that :func:`_item_table_rows` cannot place: the item's number and its heading in columns of their own, or
    more than four columns ("Nr | Ärende | Anteckning | Ansvar / när | Till LSVO"). Read as a table of items in
    columns, a row a line, it is what the Word reader writes of such a table.

    >>> _wide_notes_table(["Nr", "Ärende", "Anteckning"]), _wide_notes_table(["Punkt", "Vem", "Anteckningar"])
    (True, False)
    """
    found = _item_columns("\t".join(heads))
    return found is not None and (len(heads) > 4 or _titled_number(heads, found[0]) is not None)


# the headings of a table of items and their notes as a page's plain text gives them, a space between each
# (a heading may hold spaces of its own: "Ansvar / när", "Till LSVO")
_ITEM_TABLE_HEADING = re.compile(rf"(?:{_ONWARD_COLUMN.pattern}|{_NOTES_COLUMN.pattern}|{_ITEM_COLUMN.pattern}|"
                                 rf"{_TITLE_COLUMN.pattern}|{_SIDE_COLUMN.pattern})(?=\s|$)", re.I)


def _wide_notes_head(line: str) -> bool:
    """Whether a line of a page's plain text is the header row of a table :func:`_wide_notes_table` reads.

    >>> _wide_notes_head("Nr Ärende Anteckning Ansvar / när Till LSVO"), _wide_notes_head("Nr Ärende Status")
    (True, False)
    """
    heads, at = [], 0
    while at < len(line):
        m = _ITEM_TABLE_HEADING.match(line, at)
        if not m:
            return False
        heads.append(m.group())
        at = m.end() + 1
    return 3 <= len(heads) <= 6 and _wide_notes_table(heads)


def _row_table_head_lines(lines: list[str]) -> bool:
    """Whether a page's plain text holds the header row of a table of items in columns (:func:`_row_table`), which
    it gives a cell a line ("Punkt" / "Diskussion" / "Beslut/Åtgärd" / "Ansvarig") or a row a line.

    >>> _row_table_head_lines(["Minnen", "Nr", "Bakgrund", "Diskussion", "Beslut", "Ansvarig", "1. Start"])
    True
    >>> _row_table_head_lines(["Nr", "Uppgift", "Ansvarig"]), _row_table_head_lines(["Punkt Diskussion Beslut Ansvarig"])
    (False, True)
    """
    for k, line in enumerate(lines):
        if _ITEM_COLUMN.fullmatch(line):
            heads = list(itertools.takewhile(lambda x: 0 < len(x.split()) <= 3 and len(x) <= 30, lines[k + 1:k + 6]))
            if len(heads) >= 2 and (any(_DECIDED_HEAD.fullmatch(x) for x in heads[1:])
                                    or _number_then_decision([line, *heads[:2]])):
                return True
        elif len(line) < 80 and (_row_table("   ".join(line.split())) or _wide_notes_head(line)):
            return True
    return False


def _row_table_page(rows: list[str], gaps: list[int] | None, plain: str, table: "_RowTable | None",
                    place: tuple[float, int, list[tuple[float, str]]] | None = None) -> tuple[str, bool, "_RowTable | None"]:
    r"""A page's layout read with a table of items in columns (:func:`_row_table`) one line a row, a tab between
    its cells, as the Word reader writes a table's row. A Word table printed with narrow columns wraps each cell
    over many lines, and a line of a cell stands as far below as the next row does, so the spacing cannot tell a
    row from a wrapped line: a row starts where the item's column opens with a number, and every line until the
    next is the row's. A word longer than its narrow column is broken at the cell's edge with no hyphen
    ("samverkansgrup" / "pen") and is whole again (:func:`_cell_lines_joined`). A row going on over the page is
    written where it ends. ``table`` is the table the page before ended inside; returned, the page's text,
    whether it ends inside the table and the table. ``place`` is where on the page the layout's first column
    stands, in points, how many of its columns were cut from the left of every line, and the distance from the
    page's left edge of each piece the page draws: a page's layout starts at its leftmost text, so a page the table
    goes on on with nothing in its first columns is set as far right as the header's page set them.

    >>> text, open_, table = _row_table_page(["Minnen", "Punkt       Diskussion      Beslut          Vem",
    ...     "1. Start    Eva hälsade     Dagordningen    Eva Ek", "            välkommen.      fastställdes.",
    ...     "2. Budget   Bo gick         Budgeten        –", "för 2026    igenom den.     godkändes."], None, "", None)
    >>> print(text.replace("\t", " | ")); open_
    Minnen
    Punkt | Diskussion | Beslut | Vem
    1. Start | Eva hälsade välkommen. | Dagordningen fastställdes. | Eva Ek
    True
    >>> text, open_, table = _row_table_page(["                            planen.", "", "Vid protokollet"], None, "",
    ...                                      table)
    >>> print(text.replace("\t", " | ")); open_
    2. Budget för 2026 | Bo gick igenom den. | Budgeten godkändes. planen. | –
    <BLANKLINE>
    Vid protokollet
    False

    A heading the narrow column broke ends on the line under it, before the first row:

    >>> text, _, _ = _row_table_page(["Nr   Ärende     Beslut       Ansvari", "", "                                  g",
    ...     "1    Budget     Budgeten     Bo Ek", "                godkändes.", "", "Vid protokollet"], None, "", None)
    >>> print(text.replace("\t", " | "))
    Nr | Ärende | Beslut | Ansvarig
    1 | Budget | Budgeten godkändes. | Bo Ek
    <BLANKLINE>
    Vid protokollet
    """
    words = sorted(set(table.words if table else []) | set(_page_words(plain)))
    # the lines the plain text ends without the space a wrapped line keeps: where a cell's paragraph may end
    ends = (table.ends if table else frozenset()) | {x.strip() for x in plain.split("\n") if x.strip() and not x.endswith(" ")}
    if table is not None:
        table = table._replace(words=words, ends=ends)
        if place and table.char_width:
            edge, indent, _ = place
            shift = round((edge + indent * table.char_width - table.origin) / table.char_width)
            rows = [" " * shift + x if x.strip() else x for x in rows] if shift > 0 else rows
    before: list[str] = []
    out: list[str] = []
    after: list[str] = []
    open_row = table.open_row if table else None
    blank = False

    def column(s: int) -> int:
        return max((k for k, t in enumerate(table.starts) if t <= s + 3), default=0)

    def flush() -> None:
        if open_row is not None:
            out.append("\t".join(_cell_lines_joined(lines, table.widths[k], words, table.ends) if lines else ""
                                 for k, lines in enumerate(open_row)))

    # on a page the table goes on on, the page's running header above the table's lines is none of them
    ahead = table is not None  # (the page before ended inside a row, or right under the table's header)
    # the page's footer under the table's last line ("Sida 1 av 2"): the table goes on over the page, its row too
    foot = next((k for k in range(len(rows), 0, -1) if rows[k - 1].strip() and not is_artefact(rows[k - 1])), 0)
    if table is not None:
        # a page the table goes on on: its layout sets the columns where its own scale puts them (a page of other
        # fonts is wider or narrower in the layout), as its first row with a cell in each column shows
        for line in rows:
            cells = [m.start() for m in _CELL.finditer(line)]
            if len(cells) == len(table.starts) and _ROW_NUMBER.match(line[cells[0]:]) and cells[0] <= 3 \
                    and all(abs(a - b) <= max(3, b // 4) for a, b in zip(cells, table.starts)):
                table = table._replace(starts=tuple(cells))
                break
    for at, line in enumerate(rows):
        if at >= foot and (table is not None or open_row is not None) and not after:
            continue
        if ahead:
            cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
            if cells and (is_artefact(line) or not any(abs(s - t) <= 3 for s, _ in cells for t in table.starts[1:])
                          and not _ROW_NUMBER.match(cells[0][1])):
                before.append(line)  # (the page's counter, "2 (2)", though it opens with a number)
                continue
            ahead = False
        if after or table is None:
            starts = _row_table(line) if table is None and not after else None
            if starts:
                heads = [m.group() for m in _CELL.finditer(line)]
                origin, char_width = _layout_columns(starts, heads, place)
                table = _RowTable(starts, [0.0] * len(starts), None, words, origin=origin, char_width=char_width, ends=ends)
                out.append("\t".join(heads))
            else:
                (after if table is not None else before).append(line)
            continue
        cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
        if not cells:
            blank = open_row is not None or blank
            continue
        first = next((piece for s, piece in cells if column(s) == 0), "")
        if open_row is None and out and all(_HEAD_WORD_END.fullmatch(piece) and column(s) for s, piece in cells):
            # "Nr | Ärende | Beslut / åtgärd | Ansvari" / "g": a heading the narrow column broke, its last letters under
            # it before the first row
            heads = out[-1].split("\t")
            if len(heads) == len(table.starts):
                for s, piece in cells:
                    heads[column(s)] += piece
                out[-1] = "\t".join(heads)
                continue
        if _ROW_NUMBER.match(first):
            if open_row is None:  # the table's first row
                table = table._replace(numbered=bool(_BARE_ROW_NUMBER.fullmatch(first)))
            flush()
            open_row = [[] for _ in table.starts]
        elif open_row is None or blank and first or is_artefact(line) or table.numbered and first:
            # a line under the table, or the page's footer: the table has ended, or goes on over the page (and in
            # a column of numbers alone, any other text is a line under the table: "Vid anteckningarna: …")
            after.append(line)
            continue
        blank = False
        for s, piece in cells:
            k = column(s)
            open_row[k].append(piece)
            table.widths[k] = max(table.widths[k], _printed_width(piece))
    if table is not None and not after and rows:  # the page ends inside the table: its last row may go on
        # (no lines: the document has ended inside the table, its last row is written)
        return "\n".join([_layout_rest(before, gaps, plain), *out] if before else out), True, \
            table._replace(open_row=open_row)
    flush()
    if after and after[0].strip():
        after.insert(0, "")
    rest = "\n".join(after)
    return "\n".join([_layout_rest(before, gaps, plain), *out, rest] if before else [*out, rest]), False, None


def _layout_columns(starts: tuple[int, ...], heads: list[str],
                    place: tuple[float, int, list[tuple[float, str]]] | None) -> tuple[float, float]:
    """Where on the page the layout's first column stands and the width of a column, in points, from where the
    last of a table's headings stands in the layout and on the page (see :func:`_row_table_page`); no width
    where the page drew the heading in pieces of other text."""
    if not place or starts[-1] <= 0:
        return 0.0, 0.0
    edge, indent, lefts = place
    at = next((x for x, t in lefts if t.strip() == heads[-1]), None)
    if at is None or at <= edge:
        return 0.0, 0.0
    width = (at - edge) / (starts[-1] + indent)
    return edge + indent * width, width


def _layout_rest(rows: list[str], gaps: list[int] | None, plain: str) -> str:
    """The page's lines above a table of items in columns, read as any page's layout."""
    if not rows:
        return ""
    gaps = gaps[:sum(1 for x in rows if x.strip())] if gaps else gaps
    return "\n".join(_layout_soft_wraps(_join_wrapped_cells(rows, gaps, plain), plain))


def _ends_in_table(rows: list[str]) -> bool:
    """Whether a page laid out with spaces ends inside a table: its row is the last line above the page's
    furniture. The row's cells may wrap onto lines under it, which start under a later column, or under its
    first too, each piece under a cell of the row ("Oskar Vennberg,   Hälsocentralen   ledamot" /
    "distriktsläkare   Bruksberga, Region").

    >>> _ends_in_table(["Namn       Organisation     Roll", "Oskar Ek,  Hälsocentralen   ledamot",
    ...                 "läkare     Bruksberga", "Sida 1 av 3"])
    True
    >>> _ends_in_table(["Namn       Organisation     Roll", "Oskar Ek,  Hälsocentralen   ledamot", "",
    ...                 "Beslut:    Gruppen fastställs"])
    False
    """
    tail = [x for x in reversed(rows) if x.strip() and not is_artefact(x)][:4]
    if not tail:
        return False
    k = next((i for i, x in enumerate(tail) if not x[:1].isspace()), 0)
    if _TABLE_ROW.search(tail[k].strip()):
        return True
    starts = {m.start() for m in _CELL.finditer(tail[k])}
    if len(starts) < 2:
        return False
    # the row right above it, no blank line between
    at = max(i for i, x in enumerate(rows) if x is tail[k])
    above = next((x for x in reversed(rows[max(at - 3, 0):at]) if not x.strip() or _TABLE_ROW.search(x.strip())), "")
    return bool(above.strip()) and starts <= {m.start() for m in _CELL.finditer(above)}


class _ItemTable(NamedTuple):
    """The columns of a table that writes the minutes a row an item (Punkt | Anteckning), as a page prints them:
    where each column starts, and which of them hold the item, its notes and who brought it."""
    starts: tuple[int, ...]
    item: int
    notes: int
    who: int | None
    heads: tuple[str, ...] = ()  # the header row's cells, to name a column after the notes ("Ansvar")
    pending: tuple[tuple[int, str], ...] = ()  # those cells of a row going on over the page, not yet written


def _item_table_head(line: str) -> bool:
    """Whether a line of the plain text is the header row of a table of items and their notes, its cells a
    word each.

    >>> _item_table_head("Punkt Anteckning"), _item_table_head("Punkt Vem Anteckningar"), _item_table_head("Punkt 3")
    (True, True, False)
    """
    words = line.split()
    return 2 <= len(words) <= 4 and _item_columns("\t".join(words)) is not None


def _agenda_table_head(line: str) -> bool:
    """Whether a line of the plain text is the header row of an agenda laid out as a table, with a column of who
    presents each point: "Tid Punkt Föredragande".

    >>> _agenda_table_head("Tid Punkt Föredragande"), _agenda_table_head("Tid och plats")
    (True, False)
    """
    words = line.split()
    return (2 <= len(words) <= 4 and any(_ITEM_COLUMN.fullmatch(w) for w in words)
            and any(_WHO_COLUMN.fullmatch(w) for w in words)
            and all(_ITEM_COLUMN.fullmatch(w) or _SIDE_COLUMN.fullmatch(w) for w in words))


def _item_table(cells: list[tuple[int, str]]) -> _ItemTable | None:
    """The table of items and their notes whose header row these cells are, each heading where its column
    starts; None for any other row.

    >>> _item_table([(0, "Punkt"), (17, "Vem"), (30, "Anteckningar")]), _item_table([(0, "Punkt"), (17, "3")])
    (_ItemTable(starts=(0, 17, 30), item=0, notes=2, who=1, heads=('Punkt', 'Vem', 'Anteckningar'), pending=()), None)
    """
    found = _item_columns("\t".join(c for _, c in cells)) if 2 <= len(cells) <= 4 else None
    return _ItemTable(tuple(s for s, _ in cells), found[0], found[1], found[3], tuple(c for _, c in cells)) if found else None


def _item_table_rows(rows: list[str], table: _ItemTable | None, plain: str = "") -> tuple[list[str], _ItemTable | None]:
    r"""The rows of a table of items and their notes, read with the page's layout, as an item's heading on a
    line and its notes under it a paragraph a line, as the Word reader writes such a table's rows; the other
    lines as they are. ``table`` is the table the page before ended in; returned, the table this page ends in.
    A line of the notes' cell that the page's plain text ``plain`` ends with the space it wrapped at runs on
    into the next (see :func:`_layout_soft_wraps`).

    >>> rows = ["Punkt            Anteckning", "1. Inledning     Anna hälsade välkommen.",
    ...         "                 Dagordningen godkändes.", "2. Budget för    Eva gick igenom", "nästa år         förslaget.",
    ...         "", "Vid protokollet"]
    >>> _item_table_rows(rows, None, "Punkt Anteckning\n1. Inledning Anna hälsade välkommen.\n2. Budget för Eva gick igenom \nnästa år förslaget.")[0]
    ['Punkt            Anteckning', '1. Inledning', 'Anna hälsade välkommen.', 'Dagordningen godkändes.', '', '2. Budget för nästa år', 'Eva gick igenom förslaget.', '', 'Vid protokollet']
    >>> _item_table_rows(["Sida 2", "", "                 Beslutades att …", "3. Övrigt        Inget."], _ItemTable((0, 17), 0, 1, None))[0]
    ['Sida 2', 'Beslutades att …', '', '3. Övrigt', 'Inget.']

    A column after the notes saying who sees to it is written under them, as the Word reader writes it; a row going
    on over the page keeps it for the page after:

    >>> rows = ["Punkt        Diskussion/Beslut        Ansvar", "1. Rutin     Beslut: rutinen antas.   Eva Ek",
    ...         "2. Övrigt    Inget.                   –"]
    >>> _item_table_rows(rows, None)[0][1:]
    ['1. Rutin', 'Beslut: rutinen antas.', 'Ansvar: Eva Ek', '', '2. Övrigt', 'Inget.']
    >>> _item_table_rows(["Punkt      Diskussion/Beslut      Ansvar", "1. Rutin   Frågan lyfts till      Eva Ek"], None)[1].pending
    ((2, 'Eva Ek'),)
    """
    out: list[str] = []
    title: list[str] = []  # the item's heading, the lines of its cell
    notes: list[str] = []  # its notes, a paragraph a line
    # the plain text's lines that wrapped (a cell's, or a row's cells run together), in words of three or more
    wrapped = [" ".join(x.split()) for x in plain.split("\n") if x.endswith(" ") and len(x.split()) >= 3]
    last = ""  # the notes' last line as the page prints it
    who: list[str] = []
    open_row = False
    gap = False  # a blank line since the row's last line
    carried = table is not None  # the page goes on with the page before's table: its first row may too

    onward: dict[int, list[str]] = {}  # the row's cells after its notes ("Ansvar"), the lines of each
    for k, piece in (table.pending if table is not None else ()):
        onward.setdefault(k, []).append(piece)

    def flush(runs_on: bool = False) -> None:
        nonlocal open_row
        if open_row:
            head = " ".join(title)
            if head and who:
                head = f"{head} ({' '.join(who)})"
            out.extend([head] if head else [])
            out.extend(notes)
            if onward and table is not None and table.heads and not runs_on:
                # "Punkt | Diskussion/Beslut | Ansvar": who sees to it under the notes, as a Word table's row gives it
                cells = [" ".join(onward.get(k, [])).strip(" –-") for k in range(len(table.heads))]
                out.extend(_onward_lines(cells, [(k, table.heads[k]) for k in sorted(onward)]))
            out.extend([] if runs_on else [""])  # a row going on over the page is not ended by it
        if not runs_on:
            onward.clear()
        title.clear(), notes.clear(), who.clear()
        open_row = False

    for line in rows:
        cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
        if table is None:
            table = _item_table(cells)  # the header row, or no table yet
            out.append(line)
            continue
        if not cells:
            if not open_row and not carried:  # (the notes going on over the page stand under its text: no blank)
                out.append(line)
            gap = open_row
            continue
        by_column: dict[int, list[str]] = {}
        for s, piece in cells:
            k = max((i for i, t in enumerate(table.starts) if t <= s + 1), default=0)
            by_column.setdefault(k, []).append(piece)
        item_cell = " ".join(by_column.get(table.item, []))
        starts_row = bool(_ITEM_CELL.match(item_cell))
        if not starts_row and (gap or not open_row) and table.notes not in by_column:
            if open_row or gap:  # a line under the table after a blank one: the table has ended
                flush()
                table = None
            out.append(line)
            continue
        carried = carried and not item_cell and table.notes not in by_column  # the page's furniture above it
        if starts_row:
            flush()
            open_row = True
        elif not open_row:  # the notes of the page before's last item going on
            open_row = True
        gap = False
        if item_cell:
            title.append(item_cell)
        if table.who is not None and table.who in by_column:
            who.append(" ".join(by_column[table.who]))
        for k, pieces in by_column.items():
            if k > table.notes and k != table.who and k < len(table.heads) and _ONWARD_COLUMN.fullmatch(table.heads[k]):
                onward.setdefault(k, []).append(" ".join(pieces))
        if table.notes in by_column:
            piece = " ".join(by_column[table.notes])
            # (a paragraph of its own after a sentence's end; a bracket left open goes on whatever the line ends with)
            if notes and (not last.endswith((".", "!", "?", ":")) and any(x.endswith(last) or last.endswith(x) for x in wrapped)
                          or notes[-1].count("(") > notes[-1].count(")")) and _SOFT_WRAP.search(f"{last} \n{piece}"):
                notes[-1] = f"{notes[-1]} {piece}"
            else:
                notes.append(piece)
            last = piece
    flush(runs_on=table is not None)
    if table is not None:  # a row going on over the page keeps who sees to it for the page after
        table = table._replace(pending=tuple((k, " ".join(v)) for k, v in onward.items()))
    return out, table


def _layout_soft_wraps(rows: list[str], plain: str) -> list[str]:
    r"""The layout's lines with a paragraph outside the table on one line, as
    :func:`_soft_wraps_joined` gives the plain text: the layout drops the space a wrapped line keeps,
    so the lines the plain text gives with it tell which of the layout's lines wrapped.

    >>> _layout_soft_wraps(["Minnesanteckningar – Projektgrupp Mobilt", "närvårdsteam", "Namn    Funktion"],
    ...                    "Minnesanteckningar – Projektgrupp Mobilt \nnärvårdsteam\nNamn\nFunktion")
    ['Minnesanteckningar – Projektgrupp Mobilt närvårdsteam', 'Namn    Funktion']
    >>> _layout_soft_wraps(["Projektägare: Eva Ek, ordförande i Styrgrupp för", "Digitala vårdmöten i hemmet."], "")
    ['Projektägare: Eva Ek, ordförande i Styrgrupp för Digitala vårdmöten i hemmet.']
    >>> _layout_soft_wraps(["Nätverket utsåg Eva Ek till kommunernas representant i Strama-", "gruppen från januari.",
    ...                     "Namn    Funktion"], "")[:2]
    ['Nätverket utsåg Eva Ek till kommunernas representant i Strama-', 'gruppen från januari.']
    """
    heads = {" ".join(x.split()) for x in plain.split("\n") if x.endswith(" ") and x.strip()}
    # the widest line of text the page prints: a paragraph justified to the margin wraps there without the space
    widest = max((len(x.strip()) for x in rows if x.strip() and not _PIECE_GAP.search(x.strip())), default=0)
    out: list[str] = []
    tail = ""  # the last line of the layout's text the line before ends with
    for row in rows:
        one = row.strip()
        # (a line ending in a word no line of its own ends in runs on, though the page drew no space there:
        # "… ordförande i Styrgrupp för" / "Digitala vårdmöten i hemmet"; so does a line as wide as the page's
        # text whose next line goes on in lower case: "… att jämte ordföranden justera" / "protokollet samt …")
        if (out and tail and one and (" ".join(tail.split()) in heads or _OPEN_WORD_END.search(tail)
                                      or widest >= 60 and len(tail.strip()) * 100 >= widest * 85
                                      and one[:1].islower() and one[:1].isalpha())
                and not _PIECE_GAP.search(tail.strip())
                and not _PIECE_GAP.search(one) and _SOFT_WRAP.search(f"{tail.rstrip()} \n{one}")
                # (a word broken at a hyphen, "… i Strama-" / "gruppen …", is joined where the text is cleaned)
                and not (tail.rstrip()[-1:] == "-" and tail.rstrip()[-2:-1].isalpha()
                         and " ".join(tail.split()) not in heads)):
            out[-1] = f"{out[-1].rstrip()} {one}"
        else:
            out.append(row)
        tail = row
    return out


# a word a line of its own never ends in, a preposition or a conjunction, after the line's other words
_OPEN_WORD_END = re.compile(r"\S\s+(?:för|i|till|av|med|om|på|och|samt|eller|att|som|inom|från|hos|vid)$")


_BOLD_FONT = re.compile(r"bold|black|heavy", re.IGNORECASE)


def _bold_titles_marked(text: str, bolds: list[tuple[bool, float, str]]) -> str:
    r"""The page's text with each short unlabelled line drawn bold from end to end in the letters of
    the running text marked bold as Markdown ("**Uppföljning från förra mötet**"), as
    :func:`_bold_title` marks a Word paragraph: notes mark their headings so. A page drawn bold
    throughout marks nothing. A heading wrapped over two lines is marked as one.

    Bold lines in letters larger than the running text's but smaller than a title's (the page's
    largest, where they are a third again the running text's or more) are a heading style's ("Rubrik 2"),
    which a printed page sets without the blank line a typed one keeps under the text before: they are
    marked and set apart by a blank line, as :func:`_block_lines` sets a Word heading. The title itself
    is left as it is drawn.

    >>> _bold_titles_marked("Protokoll fört vid sammanträde för Ekvikens \nBostäder AB\nTid: 13.00",
    ...                     [(True, 10, "Protokoll fört vid sammanträde för Ekvikens \n"), (True, 10, "Bostäder AB\n"),
    ...                      (False, 10, "Tid: 13.00")])
    '**Protokoll fört vid sammanträde för Ekvikens Bostäder AB**\nTid: 13.00'
    >>> _bold_titles_marked("Arbetsgrupp Tallbo\nLäget\nAllt lugnt.\nBeslut\nInga beslut.",
    ...                     [(True, 16, "Arbetsgrupp Tallbo\n"), (True, 11, "Läget\n"), (False, 10, "Allt lugnt.\n"),
    ...                      (True, 11, "Beslut\n"), (False, 10, "Inga beslut.")])
    'Arbetsgrupp Tallbo\n\n**Läget**\nAllt lugnt.\n\n**Beslut**\nInga beslut.'
    """
    counted: Counter = Counter()
    for _, size, piece in bolds:
        counted[round((size or 0) * 2) / 2] += len(piece.strip())
    body = counted.most_common(1)[0][0] if counted else 0
    largest = max((round((size or 0) * 2) / 2 for _, size, piece in bolds if piece.strip()), default=0)
    title = largest if largest >= 1.35 * body else largest + 1  # the size of a title's letters, if the page has one
    drawn: list[tuple[bool, bool, str]] = []  # (bold in the running text's letters, bold in a heading's, text)
    bold, styled, line = True, True, ""
    for b, size, piece in bolds:
        if piece.strip():
            s = round((size or 0) * 2) / 2
            bold = bold and b and s <= body
            styled = styled and b and body < s < title
        line += piece
        if piece.endswith("\n"):
            drawn.append((bold, styled, line.strip()))
            bold, styled, line = True, True, ""
    if line.strip():
        drawn.append((bold, styled, line.strip()))
    titles = {t for b, _, t in drawn if b and t and _TITLE_LIKE.match(t)}
    # the size of the letters the page's numbered points are headed in ("2. Uppdraget från ledningsgruppen"): a
    # heading in letters no larger is one within a point ("Att göra" under "6. Nästa möte"), no point of its own
    points = min((round((s or 0) * 2) / 2 for b, s, piece in bolds if b and _NUMBERED_HEADING.match(piece)), default=0)
    headings = {t for _, h, t in drawn if h and t and _STYLED_TITLE.match(t) and not _DATED_HEADING.search(t)
                and (not points or _size_of(t, bolds) > points)} - titles
    if not titles and not headings or titles and all(b for b, _, t in drawn if t):
        return text
    out: list[str] = []
    wrapped = False  # the line before is a title the page wrapped: it ends with the space it broke at
    broken = False  # the line before broke where the page wrapped it (it ends with the space it broke at)
    for x in text.split("\n"):
        t = x.strip()
        if t not in titles and (t not in headings or broken and not wrapped):
            # (the end of a heading the page wrapped, its start no heading of this kind: "§ 72 Val av representant i" /
            # "Norrvik")
            out.append(x)
            wrapped, broken = False, x.endswith(" ")
            continue
        broken = x.endswith(" ")
        if wrapped and _SOFT_WRAP.search(f"{out[-1]} \n{t}"):
            out[-1] = f"{out[-1][:-2]} {t}**"  # one heading over two lines is one heading
        else:
            if t in headings and out and out[-1].strip():
                out.append("")
            out.append(f"**{t}**")
        wrapped = x.endswith(" ")
    return "\n".join(out)


# a numbered point's heading drawn as a line of its own: "2. Uppdraget från ledningsgruppen"
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}\.\s+[^\W\d_][^\n]{1,78}\n$")
# a heading carrying the meeting's date ("Möte 2026-11-26", "Sammanträde 5 november 2026"): the meeting's, not a point's
_DATED_HEADING = re.compile(r"\d{4}-\d\d-\d\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\s+\d{4}", re.I)


def _size_of(line: str, bolds: list[tuple[bool, float, str]]) -> float:
    """The size of the letters of the first piece the page draws of ``line``."""
    return next((round((s or 0) * 2) / 2 for _, s, piece in bolds if piece.strip() and line.startswith(piece.strip())), 0)


def _drawn_lines(pieces: list[tuple]) -> list[tuple]:
    """(the value its first piece carries, text) of each line the pieces draw, a piece ending in
    a line break ending its line; ``pieces``: (value, text) of what a page draws, in order."""
    drawn: list[tuple] = []
    first, text = None, ""
    for value, piece in pieces:
        if piece.strip() and first is None:
            first = value
        text += piece
        if piece.endswith("\n"):
            drawn.append((first, text.strip()))
            first, text = None, ""
    return drawn


def _lines_joined(plain: str, runs_on: list[str], glue=lambda head, tail: f"{head.rstrip()} {tail}") -> str:
    """``plain`` with each line of ``runs_on`` (their texts, in order) put at the end of the line above
    (``glue`` joins the line above, as it ends, and the line)."""
    out: list[str] = []
    for line in plain.split("\n"):
        if runs_on and out and out[-1].strip() and line.strip() == runs_on[0]:
            runs_on.pop(0)
            out[-1] = glue(out[-1], line.strip())
            continue
        out.append(line)
    return "\n".join(out)


def _titles_unwrapped(plain: str, heights: list[tuple[float, str]], sizes: list[tuple[float, str]]) -> str:
    """The page's text with a heading wrapped over two lines on one ("Anteckningar från möte i
    Styrgrupp psykisk hälsa" / "Norrfjäll"), as a Word document keeps it in one paragraph: a line
    drawn in the same letters, larger than the page's running text, a line's distance below a
    heading line that leaves its sentence open.

    ``heights``, ``sizes``: (height on the page, text) and (size of the letters, text) of what the
    page draws, in order.
    """
    drawn = [(y, size, text) for (y, text), (size, _) in zip(_drawn_lines(heights), _drawn_lines(sizes))]
    counted: Counter = Counter()
    for _, letters, line in drawn:
        counted[round((letters or 0) * 2) / 2] += len(line)
    if not counted:
        return plain
    body = counted.most_common(1)[0][0]
    runs_on: list[str] = []
    for (y0, s0, t0), (y1, s1, t1) in zip(drawn, drawn[1:]):
        if (y0 is not None and y1 is not None and s0 is not None and s1 is not None and s0 >= body * 1.15
                and abs(s1 - s0) < 0.5 and 0 < y0 - y1 <= s0 * 1.4 and t0 and t1 and t0[-1:] not in ".:!?"
                and not re.match(r"(?:§|\d)", t1)):
            runs_on.append(t1)

    def glue(head: str, tail: str) -> str:
        # a word the line broke with no space to break at is one word again ("Ekby_minnesanteckninga" / "r_2025-10-07")
        if head[-1:] != " " and _broken_word(head.rsplit(None, 1)[-1], tail.split(None, 1)[0]):
            return head + tail
        return f"{head.rstrip()} {tail}"

    return _lines_joined(plain, runs_on, glue) if runs_on else plain


_GLYPH = re.compile(rf"^[{_BULLET_GLYPHS}–-]$")


def _bullets_unwrapped(plain: str, pieces: list[tuple[float, str]]) -> str:
    """The page's text with each list entry on one line: a line drawn where the text of the bullet
    entry above it starts, right of the bullet, is that entry wrapped under its hanging indent
    ("• Lena: ta upp registreringen med enhetscheferna i" / "Stensjö"), as a Word document keeps
    an entry in one paragraph. A line at the bullet's own place or the margin is text of its own.

    ``pieces``: (distance from the left edge, text) of what the page draws, in order.
    """
    if not any(_GLYPH.match(t.strip()) or t.lstrip()[:2] in ("• ", "▪ ") for _, t in pieces if t.strip()):
        return plain
    drawn = _drawn_lines(pieces)  # each drawn line: where its first piece starts, its text
    runs_on: set[int] = set()  # the drawn lines that go on with the entry above
    glyph_x = text_x = None  # where the open entry's bullet and its text start
    for k, (x, text) in enumerate(drawn):
        if not text or x is None:
            continue
        if _GLYPH.match(text):
            glyph_x, text_x = x, None
            continue
        if glyph_x is not None and text_x is None:
            text_x = x  # the entry's first line, after its bullet
            continue
        if text_x is not None and abs(x - text_x) <= 1 and x > glyph_x + 4 and text[:1] not in "•▪":
            runs_on.add(k)
            continue
        glyph_x = text_x = None
    if not runs_on:
        return plain

    def glue(head: str, tail: str) -> str:
        # a word hyphenated at the line's end is one word again ("Arbets-" / "gruppen"), a word
        # left open before a conjunction stays open ("vård-" / "och omsorgscollege")
        head = head.rstrip()
        joined = head.endswith("-") and tail[:1].islower() and not re.match(r"(?:och|eller|samt|till)\b", tail)
        return head[:-1] + tail if joined else f"{head} {tail}"

    return _lines_joined(plain, [drawn[k][1] for k in sorted(runs_on)], glue)


def _label_cells_joined(plain: str, heights: list[tuple[float, str]], lefts: list[tuple[float, str]]) -> str:
    r"""The page's plain text with a label drawn in a cell of its own beside its value ("Uppdrag:" | "Stämma av
    med …", "Ansvarig:" | "Eva Ek", a table of two columns under a point) on the value's line, as the text has it:
    the plain text gives each cell a line. A label is a word or three ending in a colon, alone on its line, and its
    value the next piece the page draws, at the same height and farther right; the value's lines under it in its
    column go on with it. ``heights`` and ``lefts``: the height and the distance from the left edge of each piece.

    >>> plain = "Uppdrag:\nStämma av med Eva Ek när rutinen för\nhembesök är klar.\nAnsvarig:\nPer Berg\nNästa punkt"
    >>> heights = [(434.5, "Uppdrag:\n"), (434.5, "Stämma av med Eva Ek när rutinen för\n"), (417.5, "hembesök är klar.\n"),
    ...            (400.5, "Ansvarig:\n"), (400.5, "Per Berg\n"), (380.0, "Nästa punkt\n")]
    >>> lefts = [(62.7, ""), (130.7, ""), (130.7, ""), (62.7, ""), (130.7, ""), (62.7, "")]
    >>> print(_label_cells_joined(plain, heights, lefts))
    Uppdrag: Stämma av med Eva Ek när rutinen för hembesök är klar.
    Ansvarig: Per Berg
    Nästa punkt
    """
    if ":\n" not in plain:
        return plain
    pieces = [(y, x, t.strip()) for (y, t), (x, _) in zip(heights, lefts) if t.strip()]
    runs: list[tuple[str, list[str]]] = []  # each label's line and the lines of its value, in the page's order
    for k, (y, x, text) in enumerate(pieces[:-1]):
        if not _LABEL_CELL.fullmatch(text):
            continue
        vy, vx, value = pieces[k + 1]
        if abs(vy - y) > 0.5 or vx <= x + 10 or _LABEL_CELL.fullmatch(value):
            continue
        lines = [value]
        for wy, wx, more in pieces[k + 2:]:
            if abs(wx - vx) > 0.5 or not wy < y or _LABEL_CELL.fullmatch(more):
                break
            lines.append(more)
            y = wy
        runs.append((text, lines))
    if not runs:
        return plain
    out = plain.split("\n")
    k = 0
    while k < len(out) and runs:
        label = out[k].strip()
        at = next((r for r, (head, lines) in enumerate(runs) if head == label
                   and [x.strip() for x in out[k + 1:k + 1 + len(lines)]] == lines), None)
        if at is not None:
            value = ""
            for line in runs[at][1]:
                value = value[:-1] + line if value.endswith("-") and line[:1].islower() else f"{value} {line}".strip()
            out[k:k + 1 + len(runs[at][1])] = [f"{label} {value}"]
            del runs[at]
        k += 1
    return "\n".join(out)


# a label of a point's task or decision in a cell of its own: "Uppdrag:", "Ansvarig:", "Återrapport till:"
# (a roster's label over its names, one a line, is no such cell: its lines are no wrapped value)
_LABEL_CELL = re.compile(r"(?:Uppdrag|Ansvarig[a]?|Ansvar|Åtgärd(?:er)?|Beslut|Återrapport(?:ering)?|Klart|Senast|"
                         r"Uppföljning|Förslag(?: till beslut)?|Status|Kommentar|Deadline|Tidplan)(?: [\wåäö/.-]+){0,2}:")


def _header_drawn_last(plain: str, pieces: list[tuple[float, str]]) -> str:
    r"""A page's plain text with the lines it draws last, above the first line it draws, first: a word processor
    may draw a page's header (a first page's letterhead, the body's name and the kind of minutes) after the page's
    text, and the text extracted in drawing order then ends with the minutes' title. ``pieces`` are the heights on
    the page and the text of each piece drawn, in drawing order.

    >>> print(_header_drawn_last("Datum: 8 december\nDeltagare\nMINNESANTECKNINGAR\nArbetsgrupp X",
    ...                          [(620, "Datum: 8 december"), (595, "Deltagare"), (681, "MINNESANTECKNINGAR"), (656, "Arbetsgrupp X")]))
    MINNESANTECKNINGAR
    Arbetsgrupp X
    Datum: 8 december
    Deltagare
    """
    drawn = [(y, t.strip()) for y, t in pieces if y > 0 and t.strip()]
    if len(drawn) < 4:
        return plain
    top = drawn[0][0]
    k = len(drawn)
    while k > 1 and drawn[k - 1][0] > top + 2:
        k -= 1
    if k == len(drawn) or k < len(drawn) - k:  # nothing drawn last above the page's first line, or most of the page
        return plain
    lines = plain.rstrip("\n").split("\n")
    at = next((i for i in range(len(lines) - 1, 0, -1) if lines[i].strip().startswith(drawn[k][1])), None)
    if at is None:
        return plain
    return "\n".join(lines[at:] + lines[:at])


# a font whose letters are all of one width: the font a text file is printed in
_TYPEWRITER_FONT = re.compile(r"mono|courier|consol|typewriter|fixed", re.IGNORECASE)


def _typed_document(reader) -> bool:
    """Whether every page of a PDF draws its text in a typewriter font alone (every letter of one width): a text
    file printed as it is."""
    seen = False
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        names = [str(f.get_object().get("/BaseFont", "")) for f in fonts.values()]
        if not all(_TYPEWRITER_FONT.search(n) for n in names):
            return False
        seen = seen or bool(names)
    return seen


def _typed_rows(page) -> list[tuple[str, int, int, int]] | None:
    """The lines of a page of a text file printed as it is, every letter of one width, as the file was typed: each
    piece the page draws in its column, a jump with no letters drawn the file's tab, and blank lines where a line is
    set lower under the one above than the page's line spacing (the plain text loses the blank lines that part a
    typed minutes' header, roster and points, and the spaces that line up its labels and values). Each line with
    the blank lines above it, the column its last letter ends at and the page's width in letters, for
    :func:`_printer_wraps_joined`; None where the page cannot be read so."""
    pieces: list[tuple[float, float, float, str]] = []  # (height, distance from the left edge, letter size, text)

    def seen(text, cm, tm, font, size) -> None:
        if text.strip("\n"):  # (a space alone too: the one a line was wrapped at may be drawn by itself)
            pieces.append((cm[5] + tm[5] * cm[3], cm[4] + tm[4] * cm[0], abs(size * (tm[3] or 1) * (cm[3] or 1)),
                           text.strip("\n")))

    try:
        page.extract_text(visitor_text=seen)
    except Exception:
        return None
    lettered = [p for p in pieces if p[3].strip()]
    if not lettered:
        return []
    sizes = sorted(z for _, _, z, _ in lettered)
    letter = 0.6 * sizes[len(sizes) // 2]  # a typewriter font's letters are 0.6 of its size wide
    left = min(x for _, x, _, _ in lettered)
    width = int((float(page.mediabox.width) - 2 * left) / letter + 0.05)  # the printer's margins alike on both sides
    drawn: list[tuple[float, list[tuple[float, str]]]] = []  # the lines: their height, their pieces
    for y, x, _, text in pieces:
        if drawn and (abs(drawn[-1][0] - y) < letter or not text.strip()):
            drawn[-1][1].append((x, text))
        elif text.strip():
            drawn.append((y, [(x, text)]))
    steps = Counter(round(a[0] - b[0], 1) for a, b in zip(drawn, drawn[1:]) if a[0] > b[0])
    # the line spacing: the least step seen twice (a page of short paragraphs has more blank lines than lines)
    step = min((x for x, n in steps.items() if n >= 2), default=max(steps, default=0))
    rows: list[tuple[str, int, int, int]] = []
    for k, (y, parts) in enumerate(drawn):
        line, end = "", left
        for x, text in sorted(parts, key=lambda p: (p[0], not p[1].strip())):
            if not text.strip():
                line += text  # the spaces at a line's end, drawn by themselves
                end += len(text) * letter
                continue
            if line and x > end + letter / 2:
                line += "\t"  # a jump to the next tab stop
            elif (col := round((x - left) / letter)) > len(line):
                line += " " * (col - len(line))
            line += text
            end = x + len(text) * letter
        gap = drawn[k - 1][0] - y if k else 0
        blank = max(0, round(gap / step) - 1) if step and gap > 0 else 0
        rows.append((line, min(blank, 2), round((end - left) / letter), width))
    return rows


# a typed line that opens a line of its own whatever the line above: a list's point, a numbered point, a
# paragraph, a label, a Markdown heading, bold text or a table's row
_TYPED_LINE_START = re.compile(r"(?:[-–•*]\s|\d{1,3}[.)]\s|§|\*\*|#|\||[A-ZÅÄÖ][\wåäö/ .-]{0,30}:(?:\s|$))")


def _printer_wraps_joined(rows: list[tuple[str, int, int, int]]) -> list[str]:
    """The lines of a printed text file, each ``rows`` entry (a line, the blank lines above it, the column its last
    letter ends at, the page's width in letters) with its blank lines above it, and each line the printer wrapped at
    the page's edge joined to the next (on the next page too): a line drawn with the space it broke at (the file's
    own lines end without one), or ending in a dash or a hyphen, whose next word would not have fitted after it; a
    line of prose filling the width to its last letter (the space it broke at past the margin), unless the next line
    opens a point or a label of its own, as a file typed to that width would go on; a table's row in pipes without
    its closing pipe. The next line starts at the margin right under it.

    >>> _printer_wraps_joined([("Beslut: RLG ger processteamet i ", 0, 32, 36), ("uppdrag att följa upp.", 0, 22, 36),
    ...                        ("Nästa möte", 1, 10, 36)])
    ['Beslut: RLG ger processteamet i uppdrag att följa upp.', '', 'Nästa möte']
    >>> _printer_wraps_joined([("Plats och tid   Laxen, kl. 13.30–", 0, 33, 36), ("16.05", 0, 5, 36)])
    ['Plats och tid   Laxen, kl. 13.30–16.05']
    >>> _printer_wraps_joined([("**Plats:** Biblioteket  ", 0, 24, 40), ("Närvarande: Eva Ek", 0, 18, 40)])
    ['**Plats:** Biblioteket', 'Närvarande: Eva Ek']
    >>> _printer_wraps_joined([("Med: Eva Ek, Marie", 0, 18, 18), ("Ek, Per Ås", 0, 10, 18),
    ...                        ("Eva Ek, Region X", 0, 16, 18), ("- att Per Ek leder", 0, 18, 18)])
    ['Med: Eva Ek, Marie Ek, Per Ås', 'Eva Ek, Region X', '- att Per Ek leder']
    >>> _printer_wraps_joined([("| Nr | Punkt | Vem | När |", 0, 25, 27), ("| 7 | Ny sammankallande | – |", 0, 27, 27),
    ...                        ("– |", 0, 3, 27)])
    ['| Nr | Punkt | Vem | När |', '| 7 | Ny sammankallande | – | – |']
    """
    out: list[str] = []
    above: tuple[str, int, int, int] | None = None
    pipes = 0  # the pipes of the header row of the table in pipes the lines are in
    for line, blank, end, width in rows:
        if line[:1] == "|" and not (out and out[-1][:1] == "|"):
            pipes = line.count("|")
        word = len(line.split(None, 1)[0]) if line.strip() else 0
        if above is not None and not blank and line[:1] not in (" ", "\t"):
            text, _, reach, _ = above
            body = text.rstrip()
            kept = text[len(body):]
            dash = not kept and body[-1:] in "-–" and body[-2:-1].isalnum() and reach + word > width
            full = (not kept and reach == width and (body[-1:].isalnum() or body[-1:] in ".,;)")
                    and "  " not in body.strip() and "\t" not in body and not _TYPED_LINE_START.match(line))
            # a table's row in pipes goes on until it has as many pipes as the table's header row
            piped = (body[:1] == "|" and line[:1] != "|" and reach + 1 + word > width
                     and (body[-1:] != "|" or body.count("|") < pipes))
            if (kept and reach + word > width) or dash or full or piped:
                out[-1] = out[-1].rstrip() + (kept.replace("\t", " ") or ("" if dash else " ")) + line
                above = (line, blank, end, width)
                continue
        out += [""] * blank
        out.append(line)
        above = (line, blank, end, width)
    return [x.rstrip() for x in out]


def _line_heights(lines: list[str], drawn: list[tuple]) -> list[float | None]:
    """The height on the page of each line of a page's text, from the lines its pieces draw (None where
    no drawn line near it has its words)."""
    ys: list[float | None] = []
    k = 0
    for line in lines:  # each line of the text meets the line drawn with the same words
        j = next((j for j in range(k, min(k + 4, len(drawn))) if drawn[j][1] == line.strip()), None)
        ys.append(drawn[j][0] if j is not None else None)
        k = j + 1 if j is not None else k
    return ys


def _clauses_apart(plain: str, pieces: list[tuple[float, str]]) -> str:
    """The page's text with a blank line where a paragraph of prose follows an att-clause that ends
    its sentence, as in minutes typed as text (see :func:`_clause_breaks`), and a sentence's "att"
    that wrapped onto a line of its own back on its line. A PDF has no paragraphs: a line starts
    one where the space above it is wider than the page's usual line spacing."""
    lines = plain.split("\n")
    if not any(_ATT_CLAUSE.match(x) or x.strip().lower() == "att" for x in lines):
        return plain
    ys = _line_heights(lines, _drawn_lines(pieces))  # the height of each line as the pieces draw it
    steps = [a - b for a, b in zip(ys, ys[1:]) if a is not None and b is not None and 0 < a - b < 40]
    # the line spacing: the least step between lines seen twice (most lines may begin paragraphs)
    counted = Counter(round(x * 2) / 2 for x in steps)
    step = min((x for x, n in counted.items() if n >= 2), default=None)
    if step is None:
        return plain
    paragraphs: list[list[str]] = []
    for n, line in enumerate(lines):
        gap = ys[n - 1] - ys[n] if n and ys[n - 1] is not None and ys[n] is not None else None
        if not paragraphs or (gap is not None and not 0 < gap <= step * 1.25):  # unknown: goes on
            paragraphs.append([])
        elif line.strip().lower() == "att" and paragraphs[-1][-1][-1:].isalpha():
            # a sentence's "att" wrapped onto a line of its own goes on with its line, where it
            # would read as a lone "att" opening a decision's clauses
            paragraphs[-1][-1] += " " + line.strip()
            continue
        paragraphs[-1].append(line)
    breaks = _clause_breaks([" ".join(p) for p in paragraphs])
    return "\n".join("\n".join(([""] if k in breaks else []) + p) for k, p in enumerate(paragraphs))


def _clause_breaks(paragraphs: list[str]) -> set[int]:
    """The paragraphs before which a blank line goes: prose after an att-clause that ends its
    sentence ("att … från Region X." / "Vidare gav …"), unless another att-clause follows the
    prose, which then belongs to the clause before it ("… 2023-12-31." / "Parterna har rätt …" /
    "att …").

    >>> sorted(_clause_breaks(["beslutar", "att A.", "Parterna har rätt.", "att B.", "Vidare gav Eva.", "Text."]))
    [4]

    A clause without its period ends where a sentence opens ("När det gäller …"), not where its
    words go on ("… återkommer med information från" / "Sjukvårdsregionalt vårdkompetensråd"):

    >>> sorted(_clause_breaks(["att X återkommer med information från", "Vårdrådet i söder", "När det gäller Y:"]))
    [2]

    A paragraph of prose after a list's last point, or after who presents the item, starts a paragraph
    of its own, as in text with a blank line before it (not a label such as "Förhinder:" after a
    roster's points):

    >>> sorted(_clause_breaks(["-Ny deltagare", "-Presentation av arbetet", "Föredragande: Pernilla Ek",
    ...                        "Pernilla arbetar …", "• Eva Ek", "Förhinder: Per Lind"]))
    [3]
    """
    out = set()
    clause = bool(paragraphs) and bool(_ATT_CLAUSE.match(paragraphs[0]))  # inside an att-clause's paragraphs
    for k in range(1, len(paragraphs)):
        before, this = paragraphs[k - 1].rstrip(), paragraphs[k]
        after = paragraphs[k + 1] if k + 1 < len(paragraphs) else ""
        if _ATT_CLAUSE.match(this) or not _PROSE_START.match(this):
            clause = bool(_ATT_CLAUSE.match(this))
            continue
        if _ATT_CLAUSE.match(before) and before[-1:] in ".!?" and not _ATT_CLAUSE.match(after):
            out.add(k)
        elif clause and SENTENCE_OPENER.match(this.lstrip()) and not OPEN_END.search(before):
            out.add(k)  # "att … Blekinge" / "När det gäller …": a sentence of its own opens after the clause
        elif _POINT_OR_PRESENTER.match(before) and not OPEN_END.search(before) and not _LABEL_START.match(this):
            # "- Presentation av arbetet" / "Föredragande: Pernilla Haraldsson" / "Pernilla och Magnus arbetar
            # …": the list or the label has ended
            out.add(k)
        clause = clause and k not in out and before[-1:] not in ".!?"
    return out


def _line_gaps(page, rows: list[str]) -> list[int] | None:
    """For each non-blank layout line, the space above it in quarters of the font height (the layout
    read again with a blank line per quarter); None when the two readings do not line up."""
    try:
        fine = page.extract_text(extraction_mode="layout", layout_mode_font_height_weight=0.25) or ""
    except Exception:  # an older pypdf without the weight, or a font the layout mode fails on
        return None
    gaps, blank = [], 0
    lines = []
    for line in fine.split("\n"):
        if line.strip():
            gaps.append(blank + 1)
            lines.append(line.strip())
            blank = 0
        else:
            blank += 1
    return gaps if lines == [x.strip() for x in rows if x.strip()] else None


_CELL = re.compile(r"\S+(?: \S+)*")


# a cell's line that cannot end its text (a comma, a preposition, an open bracket), and a piece that
# cannot start a row's cell (a lowercase word, a bracket, a dash or a figure running on)
# (a paragraph sign whose number the narrow cell wrapped: "Lena Berg (V), §" / "98")
_CELL_OPEN_END = re.compile(r"(?:[,(–§]|(?<=[^\W\d_])-|\b(?:och|samt|eller|att|som|i|för|till|med|av|om|på|från|inom|"
                            r"under|mellan|vid|hos|mot|efter|enligt|över|inför|kring|den|det|en|ett))$")
_CELL_RUN_ON = re.compile(r"^[a-zåäö(–-]|^\d+[–-]\d+$")


def _date_under_label(above: list[tuple[int, str]], cells: list[tuple[int, str]]) -> bool:
    """Whether a line of two cells carries on a header row whose second cell is the date's label: the
    date wrapped under its label, the first cell's heading under the heading ("Regionala ledningsgruppen för
    vård | Sammanträdesdatum" over "och omsorg (RLG) | 2025-06-12"; "Rådet (HSVO) | Sammanträdesdatum" over
    "Arbetsutskottet | 2025-10-30").

    >>> _date_under_label([(0, "Rådet för vård"), (43, "Sammanträdesdatum")], [(0, "och omsorg"), (43, "2025-06-12")])
    True
    >>> _date_under_label([(0, "Eva Ek"), (43, "Datum")], [(0, "Per Berg"), (43, "2025-06-12")])
    False
    """
    return (len(cells) == len(above) == 2 and bool(_DATE_LABEL_CELL.fullmatch(above[1][1]))
            and bool(_ISO_DAY.fullmatch(cells[1][1])) and not any(c.isdigit() for c in above[0][1] + cells[0][1])
            and len(f"{above[0][1]} {cells[0][1]}".split()) <= 12)


# the label of the meeting's date alone in a header's cell, and the date its cell wrapped under it
_DATE_LABEL_CELL = re.compile(rf"(?:{_DATE_LABELS})[ :]*")
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _row_under_header(above: list[tuple[int, str]], cells: list[tuple[int, str]]) -> bool:
    """Whether a line is a table's first row under its header row of a table of tasks, not the header's words
    wrapped: the row opens with a number or a capital ("2   Synpunkter på   Kommunerna   20/6" under "Nr
    Beslut/åtgärd   Ansvarig   Klart"), where a heading's wrapped word goes on in lower case ("rt till").

    >>> _row_under_header([(0, "Nr"), (22, "Beslut/åtgärd"), (44, "Ansvarig"), (66, "Klart")], [(0, "2"), (22, "Synpunkter")])
    True
    >>> _row_under_header([(0, "Nr"), (22, "Uppdrag"), (44, "Återrappo")], [(44, "rt till")])
    False

    So too a roster's first row under its header row, its name in the first column ("Ola Ek   kurator   Ekby
    kommun   Ja" under "Namn   Funktion   Organisation   Närvaro"), as a table continued on a new page prints its
    header again over the rows left, where the page holds too few rows to tell a row's space from a line's.

    >>> head = [(0, "Namn"), (20, "Funktion"), (40, "Organisation"), (60, "Närvaro")]
    >>> _row_under_header(head, [(0, "Ola Ek"), (20, "kurator"), (40, "Ekby kommun"), (60, "Ja")])
    True
    >>> _row_under_header(head, [(40, "(huvudman)"), (60, "(x)")])
    False
    """
    if cells[0][1][:1].islower() or len(above) < 3:
        return False
    head = " ".join(piece for _, piece in above)
    return _action_head(head) or (_roster_head(head) and len(cells) >= 2 and abs(cells[0][0] - above[0][0]) <= 1)


def _no_room_above(above: list[tuple[int, str]], cells: list[tuple[int, str]]) -> bool:
    """Whether a line holding one piece, under a cell of the row above that is not the row's first or last, is
    that cell's text wrapped: its first word has no room after the cell's text before the next column starts,
    so the cell broke its line there ("BUP Mellanland, Region" / "Mellanland"). A row of its own, with the
    row's first cell empty, would have fitted where it stands.

    >>> _no_room_above([(0, "Linnea Vik"), (22, "kurator"), (44, "BUP Mellanland, Region"), (66, "LV")], [(44, "Mellanland")])
    True
    >>> _no_room_above([(0, "Region X"), (22, "Eva Ek"), (44, "ledamot"), (66, "X")], [(44, "ersättare")])
    False
    """
    if len(cells) != 1 or len(above) < 3 or cells[0][0] <= above[0][0] + 1:
        return False
    s, piece = cells[0]
    k = next((i for i, (t, _) in enumerate(above) if abs(s - t) <= 1), None)
    if k is None or k + 1 >= len(above):
        return False
    t, old = above[k]
    return len(old) + 1 + len(piece.split()[0]) > above[k + 1][0] - t


def _surname_under_given_name(above: list[tuple[int, str]], cells: list[tuple[int, str]]) -> bool:
    """Whether a line holding one word under a cell of the row above that holds a given name alone is that
    name's surname, wrapped in a narrow column ("Magdalena" / "Persson"): a cell is never a given name alone,
    and a row of its own would fill more than the one cell.

    >>> _surname_under_given_name([(0, "Region X"), (22, "Magdalena"), (44, "S")], [(22, "Persson")])
    True
    >>> _surname_under_given_name([(0, "Region X"), (22, "Eva Ek"), (44, "S")], [(22, "Persson")])
    False
    """
    if len(cells) != 1 or len(above) < 2:
        return False
    s, piece = cells[0]
    old = next((t for pos, t in above if abs(s - pos) <= 1), None)
    return (old is not None and re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?", old) is not None
            and is_given_name(old) and re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?", piece) is not None
            and not is_given_name(piece))


def _runs_on(above: list[tuple[int, str]], cells: list[tuple[int, str]]) -> bool:
    """Whether a line of fewer cells than the row above carries on that row's cells: each piece
    starts in lowercase or with a bracket, or stands below a cell whose text is left open
    ("Informera hemtjänstens brukare om" / "kokningsrekommendationen"). Where the layout's line
    spacing cannot tell a wrapped cell from the next row, the words can.

    >>> _runs_on([(0, "Region X"), (29, "Eva Ek, chef"), (62, "Bo Lind, enhetschef")], [(29, "psykiatrin (N)"), (62, "Primärvården (–)")])
    True
    >>> _runs_on([(0, "Region X"), (29, "Eva Ek, chef"), (62, "Bo Lind, enhetschef")], [(29, "psykiatrin (N)"), (62, "Ulla Berg (–)")])
    False
    >>> _runs_on([(0, "Strandviks"), (22, "Mats-Erik"), (60, "Linnéa Borg-")], [(0, "kommun"), (22, "Svanström (C)"), (60, "Ahmadi (S)")])
    True
    >>> _runs_on([(0, "Jörgen Wallin (M), vice ordförande,"), (44, "Hanna Löfgren (M)")], [(0, "Region Mälarby"),
    ...          (44, "– ej närvarande")])
    True
    >>> _runs_on([(0, "Jörgen Wallin (M),"), (44, "Hanna Löfgren (M)")], [(0, "Bo Lind (S)"), (44, "– ej närvarande")])
    False
    >>> _runs_on([(0, "Per Holm"), (27, "KD"), (55, "Lena Berg (V), §")], [(55, "98")])
    True
    >>> _runs_on([(0, "Eva Ek, verksamhetschef"), (44, "Region X")], [(0, "Psykiatrin Norr, ordförande")])
    True
    >>> _runs_on([(0, "Eva Ek, verksamhetschef"), (44, "Region X")], [(0, "Bo Lind, ordförande")])
    False
    >>> _runs_on([(0, "Maja Ek, C, Lövsjö"), (32, "Tove Ring"), (64, "sekreterare")], [(0, "kommun, vice ordförande"),
    ...          (32, "Sanna Krook, S, Region"), (64, "Mattias Broms, socialchef")])
    False
    """
    if len(cells) > len(above):
        return False
    if cells[0][0] == above[0][0] and _CELL_RUN_ON.match(cells[0][1]) and not _CELL_RUN_ON.match(above[0][1]) \
            and not any(_NAMED_IN_CELL.match(piece) or _PRESENCE_MARK.match(piece) for _, piece in cells[1:]):
        return True  # the first cell goes on ("Strandviks" / "kommun"), and no other opens a person's row
    if len(cells) == len(above):  # a line as full as the row above: a new row, unless no piece could start one
        # (a huvudman under a cell left open after its comma goes on it: "Jörgen Wallin (M), vice ordförande," /
        # "Region Mälarby", beside "– ej närvarande")
        return all(_CELL_RUN_ON.match(piece) or _CELL_OPEN_END.search(old) and _HUVUDMAN_CELL.fullmatch(piece)
                   for (_, piece), (_, old) in zip(cells, above))
    going_on = [bool(_CELL_RUN_ON.match(piece) and not _PRESENCE_MARK.match(piece)
                     or _CELL_OPEN_END.search(old := next(old for t, old in above if abs(s - t) <= 1))
                     # a title's unit on the line under it: "Reza Tavakoli, verksamhetschef" / "Psykiatrin Skogland"
                     or _TITLE_END.search(old) and _COMPOUND_HEAD.search(piece.split()[0].casefold()))
                for s, piece in cells]
    # beside a piece that runs on, one that names no one and is no mark alone runs on too: "vuxenpsykiatrin,
    # ordförande (N)" | "Primärvården (–)" under "Mikael Ödmark, verksamhetschef" | "Ylva Brandin, enhetschef"
    return all(going_on) or any(going_on) and all(
        on or not (_NAMED_IN_CELL.match(piece) or _PRESENCE_MARK.match(piece)) for on, (_, piece) in zip(going_on, cells))


# a cell's text opening with a person's name, two words in capitals ("Bo Lind", "Eva af Ek", "Lind, Bo")
_NAMED_IN_CELL = re.compile(r"[A-ZÅÄÖ][\w-]+,?\s+(?:[a-zåäö]{2,3}\s+)?[A-ZÅÄÖ]")


# a roster's presence mark, the cell each of its rows fills last ("ja", "nej", "x")
_PRESENCE_MARK = re.compile(r"^(?:ja|nej|x|✓|✔|närv(?:arande)?|frånv(?:arande)?|deltog|deltar|(?:anmält\s+)?förhinder|"
                            r"ej\s+närv(?:arande)?|[–\-✗✘✖❌])$", re.IGNORECASE)


def _without_mark(above: list[tuple[int, str]], cells: list[tuple[int, str]]) -> bool:
    """Whether a line carries on the roster row above it: the row ends in a presence mark, which
    each row of the roster has, and the line has none, under it or elsewhere (a second person of
    the row's huvudman has a mark of their own), nor is it a note alone in its cell below the table
    ("X = närvarande", "Adjungerad: …") or the next item ("1. Uppdraget"). A table printed without
    padding in its cells (as LibreOffice prints a Word table) sets a wrapped cell's line as far
    below as the next row, so the spacing cannot tell them apart.

    >>> _without_mark([(0, "Pernilla Jonsson"), (22, "Holmsunds"), (45, "socialchef,"), (68, "ja")],
    ...               [(0, "Wedin (PJW)"), (22, "kommun"), (45, "sammankallande")])
    True
    >>> _without_mark([(0, "Eva Ek"), (22, "Holmsunds kommun"), (45, "rektor"), (68, "ja")],
    ...               [(0, "Bo Lind"), (22, "Ekeby kommun"), (45, "rektor"), (68, "nej")])
    False
    >>> _without_mark([(0, "Eva Ek"), (22, "Holmsunds kommun"), (45, "rektor"), (68, "X")], [(22, "X = närvarande")])
    False
    >>> _without_mark([(0, "Lise-Lott Persson"), (22, "KD"), (45, "X")], [(0, "Hägg, 2:e vice")])
    True
    >>> _without_mark([(0, "LGP"), (17, "Lars-Göran"), (34, "socialchef"), (51, "Strandviks"), (68, "förhinder")],
    ...               [(17, "Pettersson"), (51, "kommun")])
    True
    >>> _without_mark([(0, "Halima Osman"), (22, "Fjällåsa kommun"), (45, "X")], [(0, "1. Uppdraget")])
    False
    >>> _without_mark([(0, "Lotta Fransson"), (31, "KD"), (40, "Gäddviks kommun"), (65, "Anmält förhinder")],
    ...               [(0, "Ersättare")])
    False
    >>> _without_mark([(0, "Region X"), (22, "Eva Ek"), (45, "Ja"), (60, "Bo Lind"), (80, "Nej")],
    ...               [(22, "Ulla Berg"), (45, "Ja")])
    False
    >>> _without_mark([(0, "Region"), (19, "Eva Ek,"), (53, "x"), (63, "Bo Lind,")], [(0, "Norrby"), (19, "chef"), (63, "MAS")])
    True
    >>> _without_mark([(5, "Tomas Wernersson"), (41, "M"), (51, "Hammarö"), (68, "–"), (80, "Elin Kask (M)")],
    ...               [(5, "Vakant"), (41, "S"), (51, "Tallbacka"), (80, "Peter Sjögren (S)")])
    False
    """
    if len(above) < 3 or len(cells) >= len(above):
        return False
    # the row's marks: the last cell, or the mark beside its first person where the ersättare beside it has
    # none of its own ("Region X | Eva Ek, chef | x | Bo Lind, MAS | –")
    marks = [t for t, piece in above[1:] if _PRESENCE_MARK.match(piece)]
    parties = [t for t, piece in above if _PARTY_CELL.fullmatch(piece)]
    if any(_PARTY_CELL.fullmatch(piece) and any(abs(s - t) <= 1 for t in parties) for s, piece in cells):
        return False  # a party's letters under the party column: the next member's row ("Vakant | S | …")
    return (bool(marks) and (marks[-1] == above[-1][0] or len(cells) >= 2 or cells[0][0] != above[0][0])
            and not any(any(abs(s - t) <= 1 for t in marks) or _PRESENCE_MARK.match(piece) for s, piece in cells)
            and (len(cells) >= 2 or not (re.search(r"=|\w:\s|^(?:\d{1,3}[.)]|§)\s", cells[0][1])
                                         or _ROSTER_SECTION.match(cells[0][1]))))


# a cell of a roster's party column: "S", "KD", "MP"
_PARTY_CELL = re.compile(r"[A-ZÅÄÖ]{1,3}")


# a roster's section heading in a cell of its own: "Ersättare", "Övriga deltagande", "Tjänstepersoner"
_ROSTER_SECTION = re.compile(r"^(?:(?:tjänstgörande\s+)?ersättare|övriga(?:\s+\w+)?|tjänste(?:män|personer)|adjungerade?|"
                             r"frånvarande|närvarande|ledamöter|beslutande|deltagare)\s*:?$", re.IGNORECASE)


def _under_numbered_row(above: list[tuple[int, str]], cells: list[tuple[int, str]]) -> bool:
    """Whether a line carries on the numbered row above it: a table whose rows each open with their
    number ("Nr | Uppdrag | Ansvarig | Klart") starts no row without one, so a line with nothing in
    the number's column is the row's cells wrapped.

    >>> _under_numbered_row([(0, "4"), (17, "Kontakta"), (35, "Göran"), (53, "2025-11-19")],
    ...                     [(17, "Samordnings förbundet"), (35, "Wästberg")])
    True
    >>> _under_numbered_row([(0, "Region X"), (17, "Eva Ek"), (35, "x")], [(17, "Bo Lind"), (35, "x")])
    False
    """
    return (len(above) >= 3 and bool(re.fullmatch(r"\d{1,2}[.)]?", above[0][1])) and bool(cells)
            and cells[0][0] > above[0][0] + len(above[0][1]) and len(cells) < len(above))


# a roster's row of its own naming the huvudman of the rows under it ("Åby kommun", "Region Norrby")
_HUVUDMAN_CELL = re.compile(r"(?:Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+kommun)")


def _huvudman_heading(cells: list[tuple[int, str]], above: list[tuple[int, str]]) -> bool:
    """Whether a line of one cell under the first column is a heading, no wrapped cell: a row naming the huvudman
    of the rows under it, the heading of the roster's next section ("Övriga deltagare") or of the first item
    ("§ 58 Mötets öppnande"), which a Word table printed without padding sets as close under its last row as a
    wrapped line.

    >>> _huvudman_heading([(0, "Åby kommun")], [(0, "Bo Ek (ers.)"), (28, "ersättare")])
    True
    >>> _huvudman_heading([(0, "Åby kommun")], [(0, "Bo Ek,"), (28, "ersättare")])
    False
    >>> _huvudman_heading([(0, "Övriga deltagare")], [(0, "Eva Ek"), (28, "förvaltningschef vård och"), (60, "Närvarande")])
    True
    >>> _huvudman_heading([(0, "§ 58 Mötets öppnande")], [(0, "Eva Ek"), (28, "ordförande i Y"), (60, "§ 62")])
    True
    >>> _huvudman_heading([(0, "ersättare")], [(0, "Bo Ek"), (28, "chef"), (60, "Närvarande")])
    False
    """
    if len(cells) != 1 or cells[0][0] != above[0][0] or above[0][1].endswith((",", "-", "/")):
        return False
    piece = cells[0][1]
    return (bool(_HUVUDMAN_CELL.fullmatch(piece)) or bool(_ITEM_HEADING_CELL.match(piece))
            or piece[:1].isupper() and bool(_ROSTER_SECTION.match(piece)))



def _next_person_row(cells: list[tuple[int, str]], above: list[tuple[int, str]]) -> bool:
    """Whether a line filling as many cells as the roster row above, both opening with a person's name in the
    first column, is the next person's row: a name cell is never wrapped into a second name, though a table
    printed without padding sets its next row as close as a wrapped line.

    >>> _next_person_row([(0, "Oskar Lindén"), (36, "processledare, Region"), (72, "§ 60–61")],
    ...                  [(0, "Jenny Falkman"), (36, "samordnare, Region"), (72, "Närvarande")])
    True
    >>> _next_person_row([(0, "kommun, vice ordförande"), (32, "Sanna Krook, S, Region")],
    ...                  [(0, "Maja Ek, C, Lövsjö"), (32, "Tove Ring")])
    False
    """
    if len(cells) != len(above) or len(cells) < 2 or cells[0][0] != above[0][0]:
        return False
    return all(_PERSON_CELL.match(piece) and is_given_name(piece.split()[0]) for piece in (cells[0][1], above[0][1]))


# a cell opening with a given name and a surname: "Oskar Lindén", "Per-Erik Dahlqvist, chef"
_PERSON_CELL = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][\w-]+")


def _centred_cells_up(rows: list[str], gaps: list[int]) -> list[str]:
    """A table's rows whose cells a template centres in their height (as Word's "centre" cell alignment prints
    them) written as a top-aligned table prints them: where a cell wraps over three lines or more, the row's
    other cells stand on its middle line and the wrapped cell's first lines come before them, each on a
    line of its own. So too in a table whose cells stand at the bottom of their rows (reportlab's default):
    the row's other cells stand on the wrapped cell's last line. Such a line stands a row's space under the
    row above (a blank line between them where the rows are padded) and a line's space over the line
    of the row's other cells, its pieces where that line's cells start, inside a table (a line of cells in
    the same columns above it); the other cells go up onto it, and their line keeps the wrapped cell's
    text, a wrapped line to join (:func:`_join_wrapped_cells`). ``gaps``: the space above each
    non-blank line (:func:`_line_gaps`).

    >>> rows = [f"{a:<14}{b:<24}{c}" for a, b, c in (("Namn", "Organisation", "Närvaro"), ("", "Region Norrmark,", ""),
    ...         ("Eva Ek", "hälso- och sjukvården,", "Ja"), ("", "tandvårdsenheten", ""), ("Bo Berg", "Ekby kommun", "Ja"))]
    >>> _centred_cells_up(rows, [8, 7, 4, 4, 7])[1:3]
    ['Eva Ek        Region Norrmark,        Ja', '              hälso- och sjukvården,']
    >>> rows = [f"{a:<14}{b:<24}{c}" for a, b, c in (("Namn", "Organisation", "Närvaro"), ("", "", ""),
    ...         ("Bo Berg", "Ekby kommun", "Ja"), ("", "", ""), ("", "ordförande, Föreningen", ""),
    ...         ("Eva Ek", "för anhöriga i Åby", "Ja"))]
    >>> _centred_cells_up(rows, [8, 10, 10, 4])[4:]
    ['Eva Ek        ordförande, Föreningen  Ja', '              för anhöriga i Åby']
    """
    lines = [k for k, x in enumerate(rows) if x.strip()]
    if len(lines) != len(gaps) or len(lines) < 3:
        return rows
    gap = dict(zip(lines, gaps))
    out = list(rows)

    def cells(k: int) -> list[tuple[int, str]]:
        return [(m.start(), m.group()) for m in _CELL.finditer(out[k])]

    def at(starts: list[int], s: int) -> bool:
        return any(abs(s - t) <= 1 for t in starts)

    for n, k in enumerate(lines[1:-1], 1):
        first = cells(k)
        # (a table printed with its rows a blank line apart, its cells set at the foot of their height: the wrapped
        # cell's first line opens the row's block, the other cells on the block's last line)
        if not first or len(first) > 2 or not rows[lines[n - 1]].strip() or lines[n - 1] not in (k - 1, k - 2):
            continue
        # the line of the row's other cells: the next line of more cells, a line's space under each line before
        run = [k]
        m = n + 1
        while m < len(lines) and lines[m] == lines[m - 1] + 1 and gap[lines[m]] * 10 <= gap[k] * 7 \
                and len(cells(lines[m])) <= len(first):
            run.append(lines[m])
            m += 1
        if m >= len(lines) or lines[m] != lines[m - 1] + 1 or gap[lines[m]] * 10 > gap[k] * 7:
            continue
        middle = cells(lines[m])
        starts = [s for s, _ in middle]
        if len(middle) < 3 or not all(at(starts, s) for r in run for s, _ in cells(r)):
            continue
        above = next((cells(lines[j]) for j in range(n - 1, -1, -1)
                      if lines[j + 1] - lines[j] <= (2 if lines[n - 1] == k - 2 else 1)
                      and len(cells(lines[j])) >= (len(middle) if lines[n - 1] == k - 2 else 2)), None)
        if not above or len(above) < len(middle) or not all(at([s for s, _ in above], s) for s in starts):
            continue  # no row of the same columns above: a paragraph over a table is no cell of it
        taken = [s for r in run for s, _ in cells(r)]
        up = [(s, piece) for s, piece in middle if not at(taken, s)]
        if not up:
            continue
        line, rest = out[k], out[lines[m]]
        for s, piece in up:
            line = line[:s].ljust(s) + piece + line[s + len(piece):]
            rest = rest[:s] + " " * len(piece) + rest[s + len(piece):]
        out[k], out[lines[m]] = line.rstrip(), rest.rstrip()
    return out


def _join_wrapped_cells(rows: list[str], gaps: list[int] | None, plain: str = "", before: Sequence[str] = ()) -> list[str]:
    """Rejoin table cells whose text wrapped onto a second line.

    A wrapped cell's next line sits closer to the line above than the page's table rows sit to
    each other (the median space above its lines of two or more cells), no farther than the page's
    line spacing (the least space above a line seen twice), and its pieces start where cells of
    the row above start; it is written into those cells. A second row with an empty first cell (a
    second person for the same huvudman) keeps its row, as it stands a row's distance below; so
    does the next row of a table of few rows, which stands closer than the median where the page's
    other rows are tables of their own. A word longer than its narrow cell is whole again
    (:func:`_cell_lines_joined`); ``plain``, the page's plain text, and ``before``, the texts of the pages before it
    (a table on a page of its own), hold the words it may be.
    """
    if not gaps:
        return rows
    rows = _centred_cells_up(rows, gaps)
    text = [x for x in rows if x.strip()]
    row_gaps = sorted(g for g, x in list(zip(gaps, text))[1:] if len(_CELL.findall(x)) >= 2)
    if not row_gaps:
        return rows
    page_row_gap = row_gaps[len(row_gaps) // 2]
    seen = Counter(gaps)
    line_step = min((g for g, n in seen.items() if n >= 2), default=min(gaps))
    # a table printed without padding in its cells sets its rows a line apart, closer than the rows of the page's
    # other tables (a header's label and value cells spaced as paragraphs): a block of lines holding three rows
    # of cells or more is read by its own rows' spacing where that is the closer
    block_gaps: dict[int, list[int]] = {}
    block, first, gap_of = 0, True, iter(gaps)
    for line in rows:
        if not line.strip():
            block, first = block + 1, True
            continue
        gap = next(gap_of, 0)
        if not first and len(_CELL.findall(line)) >= 2:
            block_gaps.setdefault(block, []).append(gap)
        first = False
    row_gap_of = {b: min(page_row_gap, sorted(g)[len(g) // 2]) for b, g in block_gaps.items() if len(g) >= 3}
    out: list[str] = []
    above: list[tuple[int, str]] | None = None  # the cells of the line above, when it is not blank
    cells_out: list[list[tuple[int, str]] | None] = []
    lines_of: dict[int, list[list[str]]] = {}  # the lines of each cell of a row whose cells wrapped, by the row
    # (block, start, width) of each piece the table's lines print, for their columns: a block of lines between
    # blank ones (the page's letterhead beside its title is no cell of the table below)
    widest: list[tuple[int, int, float]] = []
    block = 0
    gap_of = iter(gaps)
    for line in rows:
        if not line.strip():
            cells_out.append(None)
            above = None
            block += 1
            continue
        gap = next(gap_of, 0)
        row_gap = row_gap_of.get(block, page_row_gap)
        cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
        if len(cells) >= 2:
            widest.extend((block, s, _printed_width(piece)) for s, piece in cells)
        if above and gap <= 2 * row_gap and _date_under_label(above, cells):
            # a header's date wrapped under its label (the header's lines stand wider apart than a table's rows):
            # the date goes up to its label; a heading that runs on goes up too, one that starts anew stays
            # on its line under the heading (the body's "Arbetsutskottet" under the body it is of)
            above[1] = (above[1][0], f"{above[1][1].rstrip(' :')} {cells[1][1]}")
            if _CELL_RUN_ON.match(cells[0][1]):
                above[0] = (above[0][0], f"{above[0][1]} {cells[0][1]}")
                continue
            cells = cells[:1]
        if (above and len(above) >= 2
                and all(any(abs(s - t) <= 1 for t, _ in above) for s, _ in cells)
                and not _huvudman_heading(cells, above)
                and not _next_person_row(cells, above)
                and not _row_under_header(above, cells)
                and ((gap * 10 <= row_gap * 7 and gap <= line_step)
                     or (gap <= row_gap and (_runs_on(above, cells) or _without_mark(above, cells)
                                             or _under_numbered_row(above, cells) or _no_room_above(above, cells)
                                             or _surname_under_given_name(above, cells))))):
            if len(cells) < 2:  # a cell's wrapped line: as wide as its column allows (a line under the table is not)
                widest.extend((block, s, _printed_width(piece)) for s, piece in cells)
            for s, piece in cells:
                k = next(i for i, (t, _) in enumerate(above) if abs(s - t) <= 1)
                t, old = above[k]
                lines_of.setdefault(id(above), [[x] for _, x in above])[k].append(piece)
                # a word hyphenated at the cell's edge is one word again ("Arbets-" / "gruppen")
                # and a cell broken after a slash is one again ("Kommun/" / "region")
                # (a word left open before a conjunction stays open: "Social-" / "och funktionsstöd")
                joined = f"{old} {piece}" if old.endswith("-") and _OPEN_BEFORE.match(piece) else (
                    old[:-1] + piece if old.endswith("-") and piece[:1].islower() else (
                        old + piece if old.endswith(("-", "/")) and not old.endswith(" /") else f"{old} {piece}"))
                above[k] = (t, joined)
            continue
        cells_out.append(cells)
        above = cells
    words = None  # the page's words, read when a cell's line may end inside a word
    block = 0
    laid: list[tuple[int, list[tuple[int, str]] | None, bool]] = []  # (block, cells, whether its cells wrapped)
    for cells in cells_out:
        block += cells is None
        wrapped = lines_of.get(id(cells)) if cells else None
        pieces = []
        for k, (s, piece) in enumerate(cells or ()):
            if wrapped and len(wrapped[k]) > 1 and any(_BROKEN_TAIL.search(x) for x in wrapped[k][:-1]):
                words = _page_words("\n".join([plain, *before])) if words is None else words
                piece = _cell_lines_joined(wrapped[k], max((w for b, t, w in widest if b == block and abs(s - t) <= 1),
                                                           default=0.0),
                                           words) or piece
            pieces.append((s, piece))
        laid.append((block, pieces if cells is not None else None, wrapped is not None))
    moved = _columns_widened(laid)
    for block, cells, _ in laid:
        line = ""
        for s, piece in cells or ():
            s = moved.get((block, s), s)
            line += " " * (s - len(line) if s - len(line) >= 3 or not line else 3) + piece  # cells stay apart as wide as columns do
        out.append(line)
    return out


def _columns_widened(laid: list[tuple[int, list[tuple[int, str]] | None, bool]]) -> dict[tuple[int, int], int]:
    """Where each column of a block of table lines starts once a row's wrapped cells are one line again: a cell
    longer than its column pushes the columns right of it, in every row of the block, so that a mark stays
    under its heading ("Närv." | "Ej närv.") where a row leaves a column empty. (block, start) → the column's
    new start, for the blocks that need it.

    >>> laid = [(0, [(0, "Namn"), (10, "Roll"), (20, "Närv."), (27, "Ej")], False),
    ...         (0, [(0, "Eva Ek"), (10, "områdeschef primärvård"), (27, "X")], True)]
    >>> _columns_widened(laid)
    {(0, 0): 0, (0, 10): 10, (0, 20): 35, (0, 27): 43}
    """
    moved: dict[tuple[int, int], int] = {}
    for block in {b for b, cells, wrapped in laid if wrapped}:
        rows = [cells for b, cells, _ in laid if b == block and cells and len(cells) >= 2]
        starts = sorted({s for cells in rows for s, _ in cells})
        if not any(s + len(piece) + 3 > t for cells in rows for (s, piece), (t, _) in zip(cells, cells[1:])):
            continue  # every cell fits its column
        column = {}  # a start within a column of one seen before is that column's
        for s in starts:
            column[s] = next((c for c in column.values() if abs(c - s) <= 1), s)
        order = {c: k for k, c in enumerate(sorted(set(column.values())))}
        if not any(order[column[t]] - order[column[s]] > 1 for cells in rows for (s, _), (t, _) in zip(cells, cells[1:])):
            continue  # no row leaves a column empty between its cells: where a cell stands tells nothing more
        new: dict[int, int] = {}
        for c in sorted(set(column.values())):
            before = [x for x in new if x < c]
            at = c + (new[max(before)] - max(before) if before else 0)
            for cells in rows:
                for (s, piece), (t, _) in zip(cells, cells[1:]):
                    if column[s] < c <= column[t]:  # (a column the cell now reaches over moves too)
                        at = max(at, new[column[s]] + len(piece) + 3)
            new[c] = at
        moved.update(((block, s), new[column[s]]) for s in starts)
        # a line of one cell under a column goes with it, and so does a table of the page printed in the same
        # columns ("Ledamöter | Parti | Närv. | …" over "Ersättare | Parti | Närv. | …")
        same = {b for b in {b for b, cells, _ in laid if cells} if b != block and all(
            any(abs(x - s) <= 1 for x in new) for b2, cells, _ in laid if b2 == b and cells and len(cells) >= 2
            for s, _ in cells) and any(b2 == b and cells and len(cells) >= 3 for b2, cells, _ in laid)}
        for b, cells, _ in laid:
            for s, _ in cells or () if b == block or b in same else ():
                c = next((x for x in new if abs(x - s) <= 1), None)
                if c is not None:
                    moved.setdefault((b, s), new[c])
    return moved


# a cell's line that is one word and ends in a letter: it may end where the cell's width broke a longer word
_BROKEN_TAIL = re.compile(r"^[^\W\d_][\w-]*[^\W\d_]$")
# the last part of a compound that names a unit, an organisation or a title: "Utbildningsförvaltningen",
# "Kommunförbundet", "ungdomspsykiatrin", "nämndsekreterare"
# (of them the ones ending a title, which a word goes on after only where the next line is no word)
_TITLE_ENDINGS = r"direktör|sekreterare|handläggare|sköterska|samordnare|chef|ledare|ansvarig"
_COMPOUND_HEAD = re.compile(r"(?:förvaltning(?:en)?|förbundet|psykiatri(?:n)?|kliniken|centralen|mottagningen|enheten|"
                            rf"avdelningen|sektionen|organisation|{_TITLE_ENDINGS}|paragraf)$")
_TITLE_END = re.compile(rf"(?:{_TITLE_ENDINGS})$")
# the two consonants a Swedish word can open with; a line opening with two others is a word's end
_ONSETS = frozenset("bl br dj dr dv fj fl fn fr gl gn gr hj hv kl kn kr kv lj mj nj pj pl pr ps sc sf sh sj sk sl sm sn "
                    "sp st sv th tj tr ts tv vr".split())
_SHORT_WORDS = frozenset("i å ö en ett av om på och är de du vi ni ja nej till med för som det den att ut in upp".split())
# the width of the letters of Arial (Liberation Sans), which Word and LibreOffice print minutes in, per thousand
_WIDTHS = {**dict.fromkeys("fijlt,.:;/ I", 250), **dict.fromkeys("r-()", 333), **dict.fromkeys("cksvxyz", 500),
           **dict.fromkeys("mM", 833), **dict.fromkeys("wCDHNRUÖOGQ", 750), "W": 944}


def _printed_width(text: str) -> float:
    """The width a line of text prints in, in thousandths of its letters' size (the letters of Arial)."""
    return sum(_WIDTHS.get(c, 667 if c.isupper() else 556) for c in text)


def _page_words(plain: str) -> list[str]:
    """The words of six letters or more a page prints, folded and sorted (see :func:`_cell_lines_joined`)."""
    return sorted({w.casefold() for w in re.findall(r"[^\W\d_]{6,}", plain)})


# a word left open before a conjunction at a line's end: "Social-" / "och funktionsstödsförvaltningen"
_OPEN_BEFORE = re.compile(r"(?:och|eller|samt)\b")


# a date written whole, as a narrow column may break it over two lines ("2025-09-1" / "0")
_BROKEN_DATE = re.compile(r"(?:^|.*\D)\d{4}-\d{2}-\d{2}")


def _cell_lines_joined(lines: list[str], width: float, words: list[str], ends: frozenset[str] | None = None) -> str:
    """A table cell's lines as one text. A word longer than its cell's width is broken inside it, where the
    line is full ("Utbildningsförva" / "ltningen"): a line that is one word, printed as wide as the widest
    line of its column, runs on into the next line's word with no space where the two make a word the page
    prints elsewhere (or begins one), a compound naming a unit or a title, or where the next line opens as
    no word does ("rvaltningen", "n,"); a comma wrapped onto a line of its own follows its word. A word hyphenated at the cell's edge is one word again ("Arbets-" /
    "gruppen"), and a cell broken after a slash is one again ("Kommun/" / "region"). With the lines ``ends`` that the
    page's plain text ends without the space a wrapped line keeps, such a line the next line's first word would have
    fit on ends a paragraph, as does a label with a name (before a capital), and is parted from the next by :data:`CELL_PARAGRAPH`.

    >>> _cell_lines_joined(["Utbildnings", "förvaltning", "en, Rönnås", "kommun"], 4600, [])
    'Utbildningsförvaltningen, Rönnås kommun'
    >>> _cell_lines_joined(["Omsorgsfö", "rvaltningen", ", Hedmora", "kommun"], 4900, [])
    'Omsorgsförvaltningen, Hedmora kommun'
    >>> _cell_lines_joined(["Socialförva", "ltningen,", "Björkviks", "kommun"], 4900, [])
    'Socialförvaltningen, Björkviks kommun'
    >>> _cell_lines_joined(["Barn- och", "ungdomsp", "sykiatrin,", "Region"], 4900, ["ungdomspsykiatrin"])
    'Barn- och ungdomspsykiatrin, Region'
    >>> _cell_lines_joined(["enhetschef", "hemtjänsten,", "Arbets-", "gruppen", "Kommun/", "region"], 9000, [])
    'enhetschef hemtjänsten, Arbetsgruppen Kommun/region'
    >>> _cell_lines_joined(["Annelie", "Lund,", "områdesc", "hef", "primärvår", "d, vice", "ordförand", "e"], 5030, [])
    'Annelie Lund, områdeschef primärvård, vice ordförande'
    >>> _cell_lines_joined(["Camilla", "Ek,", "biträdande", "verksamhe", "tschef", "vård och", "omsorg"], 5030, [])
    'Camilla Ek, biträdande verksamhetschef vård och omsorg'
    >>> _cell_lines_joined(["Karlby", "kommun, Social-", "och", "funktionsstöd"], 4800, [])
    'Karlby kommun, Social- och funktionsstöd'
    >>> _cell_lines_joined(["Verksamhetschef", "psykiatri"], 4800, []), _cell_lines_joined(["Förvaltningschef", "socialförvaltning", "en"], 4800, [])
    ('Verksamhetschef psykiatri', 'Förvaltningschef socialförvaltningen')
    >>> _cell_lines_joined(["ordförande /", "puheenjohtaja"], 4800, [])
    'ordförande / puheenjohtaja'
    >>> _cell_lines_joined(["Samverkansg", "ruppen", "bereder", "frågan inför"], 6200, ["samverkansgrupp"])
    'Samverkansgruppen bereder frågan inför'
    >>> _cell_lines_joined(["2025-09-1", "0"], 4000, []), _cell_lines_joined(["nästa", "möte"], 4000, [])
    ('2025-09-10', 'nästa möte')
    >>> _cell_lines_joined(["PSVO beslutar", "att godkänna", "rapporten", "att ge LSVO i", "uppdrag"], 9000, [],
    ...                    frozenset({"PSVO beslutar", "rapporten"}))
    'PSVO beslutar\\u2029att godkänna rapporten\\u2029att ge LSVO i uppdrag'
    """
    out = lines[0]
    for k in range(1, len(lines)):
        before, piece = lines[k - 1], lines[k]
        if piece.isdigit() and _BROKEN_DATE.fullmatch(before[-10:] + piece):
            out += piece  # "2025-09-1" / "0": a date the narrow column broke where the line was full
        elif _BROKEN_TAIL.match(before.lstrip("(")) and piece[:1].islower() and _printed_width(before) >= width * 0.8 \
                and _word_broken(out.rsplit(None, 1)[-1].lstrip("("), lines[k:], words):
            out += piece
        elif out.endswith("-") and _OPEN_BEFORE.match(piece):
            out += f" {piece}"  # "Social-" / "och funktionsstödsförvaltningen": a word left open before a conjunction
        elif out.endswith("-") and piece[:1].islower():
            out = out[:-1] + piece
        else:
            # (a slash with a space before it parts two words, a translation or an alternative: "ordförande /" /
            # "puheenjohtaja")
            glued = out.endswith(("-", "/")) and not out.endswith(" /") or piece[:1] in ",.;:)"
            # (a label with a name after it ends its paragraph where a capital follows: "Föredragande: Ulla Forsberg" /
            # "Behovet av …"; a label opens one: "§ 22 Hemsjukvård i ordinärt boende" / "Föredragande: …")
            line = before.strip()
            ended = ends is not None and (line in ends and _printed_width(f"{line} {piece.split()[0]}") <= width
                                          or formats.NAMED_LABEL.match(line) and piece[:1].isupper()
                                          or formats.NAMED_LABEL.match(piece.strip()))
            out += piece if glued else f"{CELL_PARAGRAPH if ended else ' '}{piece}"
    return out


# a noun's definite or plural ending
_INFLECTED = re.compile(r"(?:en|et|na|erna|arna|orna|ens|ets|n)$")


def _word_broken(head: str, rest: list[str], words: list[str]) -> bool:
    """Whether ``head`` (a word's beginning, a cell's line full) goes on in the first of the cell's lines
    ``rest``: the word they make, with the lines after that are one word each, is a word of the page's,
    the beginning of one or a compound naming a unit or a title, or the line opens as no word does."""
    opener = re.match(r"[^\W\d_]+", rest[0])
    if not opener:
        return False
    first = opener.group().casefold()
    if len(first) <= 2 and first not in _SHORT_WORDS or len(first) > 1 and first[0] not in "aeiouyåäöé" \
            and first[1] not in "aeiouyåäöé" and first[:2] not in _ONSETS:
        return True
    if _INFLECTED.fullmatch(first) and (len(rest) == 1 or re.fullmatch(r"[^\W\d_]+[.,;:)]", rest[0])):
        return True  # the cell's text ends in an ending alone ("sammansättning" / "en."): no word ends a sentence so
    word = head.casefold()
    if _TITLE_END.search(word):
        return False  # a title whole as it stands ("Verksamhetschef" / "psykiatri"): the next line is a word of its own
    for k, line in enumerate(rest):
        part = re.match(r"[^\W\d_]+", line)
        if not part:
            break
        word += part.group().casefold()
        if not k and (_COMPOUND_HEAD.search(word) or _COLUMN_WORD.match(word)):
            return True  # a title or a unit the word makes with the next line: the lines after are words of their own
        if part.end() < len(line) or not _BROKEN_TAIL.match(line):
            break
        if _inflected_page_word(word, head, words):
            return True  # the word whole before the cell's next line, a word of its own ("Samverkansg" / "ruppen" / "bereder")
    if _COMPOUND_HEAD.search(word) or _COLUMN_WORD.match(word):
        return True
    if _inflected_page_word(word, head, words):
        return True
    at = bisect.bisect_left(words, word)
    return at < len(words) and words[at].startswith(word)


def _inflected_page_word(word: str, head: str, words: list[str]) -> bool:
    """Whether ``word``, made of a cell's line ``head`` and what follows it, is a word of the page's ``words`` with a
    definite or plural ending, broken before the ending: "samverkansgrup" / "pen" where the page prints
    "Samverkansgrupp"."""
    stem = _INFLECTED.sub("", word)
    return len(stem) > len(head) and stem != word and bool(words) \
        and words[min(bisect.bisect_left(words, stem), len(words) - 1)] == stem


def _read_docx(path: Path, data: bytes) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_docx_size(path, data)
    try:
        try:
            document = docx.Document(io.BytesIO(data))
        except ValueError:  # "… is not a Word file, content type is …": a .docm, .dotx or .dotm, or no Word file
            kin = _as_document(data)
            if kin is data:
                raise
            document = docx.Document(io.BytesIO(kin))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReadError(path, "not a readable DOCX (truncated or corrupt)") from exc
    except Exception as exc:  # lxml raises its own XMLSyntaxError for damaged parts
        raise ReadError(path, f"not a readable DOCX ({exc.__class__.__name__})") from exc
    lines: list[str] = []
    body = document.element.body
    numbers = _ListNumbers(document)
    for part in _page_header(document):
        _block_lines(part, numbers, lines)
    _block_lines(body, numbers, lines)
    return "\n".join(lines)


def _page_header(document) -> list:
    """The header the first page prints, once: Word minutes often carry the body's name, the kind of
    minutes and the date there rather than in the body text. A first page whose own header is empty
    (a title page with a logo only) leaves the running header of the other pages to name them."""
    try:
        section = document.sections[0]
        candidates = ([section.first_page_header] if section.different_first_page_header_footer else []) + [section.header]
        for header in candidates:
            if not header.is_linked_to_previous and "".join(header._element.itertext()).strip():
                return [header._element]
        return []
    except (IndexError, KeyError, AttributeError, ValueError):
        return []


def _block_lines(parent, numbers: "_ListNumbers", lines: list[str]) -> None:
    """Paragraphs and tables in document order, also those inside content controls (w:sdt), as
    Word templates for protocols put their fields there, and the text of a paragraph's text boxes
    on lines after it.

    An att-clause paragraph that ends its sentence and a paragraph of prose after it are kept
    apart by a blank line (:func:`_clause_breaks`): the clause ends with its paragraph.
    """
    runs: list[list[tuple[int, str]]] = [[]]  # (line, text) of the paragraphs between tables
    joined = ""  # the text of paragraphs whose end was deleted with tracked changes: it runs on
    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = _paragraph_text(child)
            if child.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None:
                joined += text
                for box in _text_boxes(child):
                    _block_lines(box, numbers, lines)
                continue
            text, joined = joined + text, ""
            label = numbers.label(child, text)
            if not label and lines and lines[-1].strip() and _STYLED_TITLE.match(text.strip()) and _heading_styled(child):
                lines.append("")  # a heading in Word's heading style, set apart as a text sets a heading
            if text.strip():
                runs[-1].append((len(lines), label + text))
            lines.append(label + (_bold_title(child, text) if not label else text))
            for box in _text_boxes(child):
                _block_lines(box, numbers, lines)
            continue
        if joined and tag in ("tbl", "sdt"):  # a paragraph whose end was deleted before a table keeps its line
            lines.append(joined)
            joined = ""
        if tag == "tbl":
            _table_lines(child, lines, numbers)
            runs.append([])
        elif tag == "sdt" and not _placeholder(child):
            content = child.find(_W + "sdtContent")
            if content is not None:
                _block_lines(content, numbers, lines)
            runs.append([])
    if joined:
        lines.append(joined)
    at = sorted((run[k][0] for run in runs for k in _clause_breaks([t for _, t in run])), reverse=True)
    for line in at:
        lines.insert(line, "")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ATT_CLAUSE = re.compile(r"^\s*att\s", re.IGNORECASE)
_PROSE_START = re.compile(r"^\s*[A-ZÅÄÖÉ]")
# a point of a list, by its bullet or dash, or who presents the item ("Föredragande: …"); and a
# paragraph that opens with a label ("Förhinder:")
_POINT_OR_PRESENTER = re.compile(r"^\s*(?:[-•–*▪◦·]\s*\S|(?:föredragande|föredragare|presentatörer|presentatör)\s*:)",
                                 re.IGNORECASE)
_LABEL_START = re.compile(r"^\s*[^\s:]+(?:\s+[^\s:]+){0,2}\s*:")
# parts of a paragraph whose text is no part of what it says: text deleted or moved away with
# tracked changes, the fallback copy of a drawing, and text boxes (read as paragraphs of their own)
_UNREAD = frozenset({_W + "del", _W + "moveFrom", _MC + "Fallback", _W + "txbxContent"})


# the style ids of Word's headings, as English and Swedish Word name them: "Heading2", "Rubrik2"
_HEADING_STYLE = re.compile(r"(?i)(?:heading|rubrik)\s*[2-6]$")
# a paragraph in a heading style read as a heading: a short title, a colon only before more of it ("Remiss: Riktlinjer")
_STYLED_TITLE = re.compile(r"^(?=[^\W\d_])(?:[^\t\n:*_]|:(?=\s[A-ZÅÄÖ])){2,80}(?<![\s:.])$")
# a short paragraph with no label ("Närvarande:") and no sentence: a heading typed bold
_TITLE_LIKE = re.compile(r"^(?=[^\W\d_])[^\t\n:*_]{2,80}(?<![\s:.])$")


def _bold_title(p, text: str) -> str:
    """``text`` marked bold as Markdown ("**Uppföljning från förra mötet**") where every run of the
    paragraph is bold by direct formatting, or the paragraph is in one of Word's heading styles ("Rubrik 2",
    "Heading 2"): notes written in Word mark their headings so, as notes typed as text do with asterisks."""
    if _heading_styled(p) and _STYLED_TITLE.match(text.strip()):
        return f"**{text.strip()}**"  # (also "Remiss: Riktlinjer för färdtjänst": the style says it is a heading)
    if not _TITLE_LIKE.match(text.strip()):
        return text
    runs = [r for r in p.iter(_W + "r") if "".join(t.text or "" for t in r.iter(_W + "t")).strip()]
    for r in runs:
        b = r.find(f"{_W}rPr/{_W}b")
        if b is None or b.get(_W + "val", "true").lower() in ("0", "false", "off"):
            return text
    return f"**{text.strip()}**" if runs else text


def _heading_styled(p) -> bool:
    """Whether a Word paragraph is in one of Word's heading styles below the title's ("Rubrik 2", "Heading 3")."""
    style = p.find(f"{_W}pPr/{_W}pStyle")
    return style is not None and bool(_HEADING_STYLE.match(style.get(_W + "val") or ""))


def _paragraph_text(p, line_break: str = "\n") -> str:
    """A paragraph's text with its tabs as tabs and its line breaks as ``line_break``; inserted
    text of tracked changes is read, deleted text is not."""
    out = []
    stack = list(p)[::-1]
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag in _UNREAD or (tag == _W + "r" and _hidden(el)) or (tag == _W + "sdt" and _placeholder(el)):
            continue
        if tag == _W + "sdt" and (box := _checkbox(el)):
            out.append(box)
            continue
        if tag == _W + "t":
            out.append(el.text or "")
        elif (tag == _W + "tab" and el.getparent() is not None and el.getparent().tag == _W + "r") or tag == _W + "ptab":
            out.append("\t")  # a positional tab (w:ptab) sets the date right of the body's name in a header
        elif tag in (_W + "br", _W + "cr"):
            out.append(line_break)
        elif tag == _W + "sym":
            out.append(_SYMBOL_BOXES.get(((el.get(_W + "font") or "").lower(), (el.get(_W + "char") or "").upper()[-2:]), ""))
        elif tag == _W + "noBreakHyphen":  # "Anna-Karin", "e-hälsa" typed so as not to break there
            out.append("-")
        stack.extend(reversed(el))
    return "".join(out)


def _hidden(run) -> bool:
    """A run formatted hidden (w:vanish): a template's guidance to whoever fills it in, not printed."""
    v = run.find(f"{_W}rPr/{_W}vanish")
    return v is not None and v.get(_W + "val", "true").lower() not in ("0", "false", "off")


_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
# a presence box drawn as a symbol (w:sym) from a symbol font: ticked or crossed, or empty
_SYMBOL_BOXES = {**{("wingdings", c): "☒" for c in ("FC", "FD", "FE")},
                 **{("wingdings 2", c): "☒" for c in ("50", "52", "53")},
                 **{("wingdings", c): "☐" for c in ("A8", "6F", "71")}, ("wingdings 2", "A3"): "☐"}


def _checkbox(sdt) -> str:
    """"☒" or "☐" for a check box content control (w14:checkbox) by its state, whatever glyph
    its font draws for it (a private character of a symbol font); "" for any other control."""
    box = sdt.find(f"{_W}sdtPr/{_W14}checkbox")
    if box is None:
        return ""
    checked = box.find(_W14 + "checked")
    return "☒" if checked is not None and checked.get(_W14 + "val", "1").lower() in ("1", "true", "on") else "☐"


def _placeholder(sdt) -> bool:
    """A content control still showing its placeholder ("Klicka eller tryck här för att ange
    text."): a field of the template nobody filled in."""
    return sdt.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None


def _children(parent, tag: str):
    """``parent``'s children of kind ``tag`` (p, tr, tc, tbl), also those a content control (w:sdt)
    or custom XML wraps: protocol templates put rows, cells and their paragraphs in them."""
    for child in parent.iterchildren():
        if child.tag == _W + tag:
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml") and not _placeholder(child):
            content = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if content is not None:
                yield from _children(content, tag)


def _text_boxes(p) -> list:
    """The text boxes (w:txbxContent) a paragraph anchors, each once: Word stores a box twice, as a
    drawing and as its fallback picture for older readers."""
    if p.find(f".//{_W}txbxContent") is None:
        return []
    boxes = []
    for box in p.iter(_W + "txbxContent"):
        above = []
        for a in box.iterancestors():
            if a is p:
                break
            above.append(a.tag)
        if _MC + "Fallback" not in above and _W + "txbxContent" not in above:  # a box in a box: read with its box
            boxes.append(box)
    return boxes




_MARK = re.compile(r"^(?:[xX✓✔☒×•*–-]|ja|nej)?$")


def _label_over_marks(rows: list[list[str]]) -> list[list[str]]:
    """A heading row whose label stands over a column of presence marks ("x") with an empty cell
    after it names the column of names beside the marks: the label moves there. The heading row
    may stand inside a table, under rows of other fields (a table of the meeting's date and place
    that goes on with its roster); the marks are those of the rows right under it.

    >>> _label_over_marks([["LEDAMÖTER", "", "ERSÄTTARE", ""], ["x", "Anna Lund", "", "Eva Ek"], ["", "Per Berg", "x", "Kim Ros"]])[0]
    ['', 'LEDAMÖTER', '', 'ERSÄTTARE']
    >>> _label_over_marks([["Datum:", "", "12 maj"], ["LEDAMÖTER", ""], ["x", "Anna Lund"], ["Övriga:", "", "Eva Ek"]])[:2]
    [['Datum:', '', '12 maj'], ['', 'LEDAMÖTER']]
    """
    rows = [list(r) for r in rows]
    for h in range(len(rows) - 1):
        head = rows[h]
        for k in range(len(head) - 1):
            if not head[k] or head[k + 1] or head[k].isdigit() or _MARK.match(head[k].strip()):
                continue
            if h and not _COLUMN_WORD.match(head[k].strip()):
                continue  # inside a table only a column's name ("LEDAMÖTER") heads a roster
            marks, names = [], []
            for row in rows[h + 1:]:
                mark = row[k].strip() if k < len(row) else ""
                if not _MARK.match(mark):
                    if h:
                        break  # the roster under a heading inside the table has ended
                    marks = []  # the first row heads marks only when every row under it has one
                    break
                marks.append(mark)
                names.append(row[k + 1] if k + 1 < len(row) else "")
            if any(marks) and any(len(n) > 3 for n in names):
                head[k + 1], head[k] = head[k], ""
    return rows


# the number of an item standing alone in the first cell of a layout table's row ("§ 4", "12."),
# perhaps over the item's diary number ("§ 4" / "Dnr KS 2025/118")
_ITEM_NUMBER_CELL = re.compile(r"^(?P<number>§\s*\d{1,4}(?:/\d{2,4})?|\d{1,3}[.)]?)"
                               r"(?:\s+(?P<dnr>(?:dnr|diarienr|diarienummer)\b[.:]?\s*\S.{0,40}))?$", re.IGNORECASE)


def _frame_cells(tbl) -> list | None:
    """The cells of a table of one column that frames the text (a template's bordered box around
    the minutes, or around a part of them), or None."""
    cells = [list(_children(row, "tc")) for row in _children(tbl, "tr")]
    return [c[0] for c in cells] if cells and all(len(c) == 1 for c in cells) else None


# the first cell of a "Punkt | Anteckning" table's row: the item's number and heading ("2. Återrapport från …")
_ITEM_HEADING_CELL = re.compile(r"^(?P<number>§\s*\d{1,4}|\d{1,3}[.)])\s+(?P<title>[A-ZÅÄÖ][^\t\n]{2,100})$")
# a sentence in a cell: words and a full stop
_SENTENCE_IN_CELL = re.compile(r"(?:\S+\s+){4,}\S*[a-zåäö0-9)]\.(?:\s|$)")


def _item_row(row) -> tuple[str, str, object, str | None] | None:
    """(number, diary number, cell, heading) of a row that lays out an item: its number alone in the first cell and
    its heading and paragraphs in the second ("§ 4" | "Budget 2026" / "Nämnden beslutar" / "att …"); or its number
    and heading in the first cell and what was said in the second, as a "Punkt | Anteckning" table writes the
    minutes ("2. Återrapport från samrådet" | "Karl-Johan återrapporterade … Styrgruppen enades om att …")."""
    cells = list(_children(row, "tc"))
    if len(cells) != 2:
        return None
    first = " ".join(" ".join(_paragraph_text(q).split()) for q in _children(cells[0], "p")).strip()
    number = _ITEM_NUMBER_CELL.match(first)
    if not number:
        heading = _ITEM_HEADING_CELL.match(first)
        if heading and not heading["title"].rstrip().endswith((".", ":")) and any(
                _SENTENCE_IN_CELL.search(_paragraph_text(q)) for q in _children(cells[1], "p")):
            return heading["number"], "", cells[1], heading["title"].strip()
        return None
    # its heading and text set apart as paragraphs, or as lines of one paragraph (w:br)
    filled = sum(1 for q in _children(cells[1], "p") for x in _paragraph_text(q).split("\n") if x.strip())
    return (number["number"], number["dnr"] or "", cells[1], None) if filled > 1 else None


def _cell_blocks(number: str | None, dnr: str, cell, numbers: "_ListNumbers", lines: list[str],
                 heading: str | None = None) -> None:
    """A layout cell read as the body's paragraphs, not run into one line: an item's number before
    the heading its cell opens with (or the ``heading`` the row's first cell gave), its diary number
    under the heading, and a blank line after the item, as in minutes typed as text."""
    inner: list[str] = []
    _block_lines(cell, numbers, inner)
    if number is not None:
        inner = [x for line in inner for x in line.split("\n")]
        if heading:
            inner.insert(0, f"{number} {heading}")
        first = next((k for k, x in enumerate(inner) if x.strip()), None)
        if first is not None and not heading:
            inner[first] = f"{number} {inner[first].strip().strip('*')}"
            if dnr:
                inner.insert(first + 1, dnr)
        inner.append("")
    lines.extend(inner)


# the head of a table of two columns, the item and what was decided on it: "Ärende | Beslut"
_MATTER_DECISION_HEAD = re.compile(r"(?i)(?:ärende|ärenden|fråga|punkt)\t(?:beslut|beslutades|beslut\s*/\s*åtgärd)")
# a decision cell that says itself what was decided ("PSVO beslutar", "Beslut: …") needs no "Beslut:" before it
_SAYS_DECIDED = re.compile(r"(?i)^(?:beslut\b|\S+(?:\s+\S+){0,4}\s+beslut(?:ar|ade)\b)")


def _cell_lines(cell) -> list[str]:
    return [x.strip() for p in _children(cell, "p") for x in _paragraph_text(p).split("\n") if x.strip()]


def _matter_decision_row(row) -> list[str] | None:
    """A row of an "Ärende | Beslut" table, as minutes typed as text write the item: its number and heading,
    what was said (the rest of the first cell) and the second cell as the item's decision ("Beslut: …").

    The first cell must open with the item's number and heading ("§ 20 Återrapport …")."""
    cells = list(_children(row, "tc"))
    if len(cells) != 2:
        return None
    first, second = _cell_lines(cells[0]), _cell_lines(cells[1])
    if not first or not second:
        return None
    heading = _ITEM_HEADING_CELL.match(first[0])
    if not heading or heading["title"].rstrip().endswith((".", ":")):
        return None
    if not _SAYS_DECIDED.match(second[0]):
        second[0] = f"Beslut: {second[0]}"
    return [f"{heading['number']} {heading['title'].strip()}", *first[1:], *second, ""]


def _table_lines(tbl, lines: list[str], numbers: "_ListNumbers | None" = None) -> None:
    """One line per row, a tab between cells; a cell merged over several columns keeps their count.
    A table that only frames the text, and a row that lays out an item, are read as paragraphs
    (:func:`_frame_cells`, :func:`_item_row`)."""
    frame = _frame_cells(tbl) if numbers is not None else None
    if frame:
        for cell in frame:
            _cell_blocks(None, "", cell, numbers, lines)
        return
    trs = [row for row in _children(tbl, "tr") if row.find(f"{_W}trPr/{_W}del") is None]
    if numbers is not None and trs and _MATTER_DECISION_HEAD.fullmatch(
            "\t".join(" ".join(_cell_lines(c)) for c in _children(trs[0], "tc"))):
        read = [_matter_decision_row(row) for row in trs[1:]]
        if read and all(read):
            for r in read:
                lines.extend(r)
            return
    rows: list[list[str]] = []
    inner_tables: list[list] = []
    items: list = []  # (number, diary number, cell) of the rows that lay out an item, else None
    for row in _children(tbl, "tr"):
        if row.find(f"{_W}trPr/{_W}del") is not None:
            continue  # a row deleted with tracked changes
        items.append(_item_row(row) if numbers is not None else None)
        if items[-1]:
            rows.append([])
            inner_tables.append([])
            continue
        before = row.find(f"{_W}trPr/{_W}gridBefore")
        # a row whose first cell stands under a later column (w:gridBefore) keeps the columns' places
        cells = [""] * min(_number(before.get(_W + "val") if before is not None else None, 0), 63)
        for cell in _children(row, "tc"):
            text = formats.cell_text([_paragraph_text(q, "\n") for p in _children(cell, "p")
                                      for q in (p, *(b for box in _text_boxes(p) for b in _children(box, "p")))])
            cells.append("" if text == "☐" else text)  # an empty presence box marks no one, as a blank cell
            span = cell.find(f"{_W}tcPr/{_W}gridSpan")
            if span is not None and (span.get(_W + "val") or "1").isdigit():
                cells.extend([""] * (int(span.get(_W + "val")) - 1))
        rows.append(cells)
        # a table inside a cell: its rows follow the row holding it
        inner_tables.append([inner for cell in _children(row, "tc") for inner in _children(cell, "tbl")])
    for cells, inner, item in zip(_label_over_marks(rows), inner_tables, items):
        if item:
            _cell_blocks(*item[:3], numbers, lines, heading=item[3])
            continue
        lines.append("\t".join(cells))
        for t in inner:
            _table_lines(t, lines, numbers)


# the main part's content type of a Word document, and of its kin that python-docx refuses for theirs: a document
# with macros (.docm), a template (.dotx) and a template with macros (.dotm) — the same package otherwise
_WORD_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_WORD_KIN = (b"application/vnd.ms-word.document.macroEnabled.main+xml",
             b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
             b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")


def _as_document(data: bytes) -> bytes:
    """A Word package as a document's: ``data`` itself, or for a .docm, .dotx or .dotm the same
    parts with the content type of a document's main part (its macros are never run or read)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml") if "[Content_Types].xml" in z.namelist() else b""
        if not any(kind in types for kind in _WORD_KIN):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
            for info in z.infolist():
                part = z.read(info)
                if info.filename == "[Content_Types].xml":
                    for kind in _WORD_KIN:
                        part = part.replace(kind, _WORD_MAIN)
                w.writestr(info, part)
    return out.getvalue()


def _check_docx_size(path: Path, data: bytes) -> None:
    """Refuse a DOCX whose parts would unfold beyond the bounds (count, total, XML), before any is read.

    The sizes come from the zip's directory; a part that claims less than it holds fails its
    check when read (zipfile reads no more than the declared size).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReadError(path, "not a readable DOCX (truncated or corrupt)") from exc
    if len(infos) > MAX_DOCX_PARTS:
        raise ReadError(path, f"DOCX has {len(infos)} parts, more than {MAX_DOCX_PARTS}: not read")
    total = sum(i.file_size for i in infos)
    xml = sum(i.file_size for i in infos if i.filename.lower().endswith((".xml", ".rels")))
    if total > MAX_DOCX_UNCOMPRESSED or xml > MAX_DOCX_XML:
        what, size = ("XML", xml) if xml > MAX_DOCX_XML else ("data", total)
        raise ReadError(path, f"DOCX unfolds into {size / 1e6:.0f} MB of {what} from {len(data) / 1e6:.1f} MB: "
                              f"not read (a decompression bomb?)")


class _ListNumbers:
    """The numbers Word draws before list paragraphs and numbered headings ("1.", "a)", "§ 12"),
    which are not in their text.

    Agenda items are often a numbered list or headings numbered by their style; without their
    numbers the items cannot be told from the running text. The numbering definitions give each
    level's format (``w:lvlText`` "§ %1", "%1.%2"; ``w:numFmt`` decimal, letter, roman) and the
    number it starts from (``w:start``, or a list's ``w:startOverride``). A level's count restarts
    when a level above it moves on.
    """

    _W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

    def __init__(self, document):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, level) -> (numFmt, lvlText, start)
        self.counts: dict[str, list[int]] = {}
        self.counter: dict[str, str] = {}  # numId -> whose count it goes on with
        self.styles: dict[str, tuple[str | None, str | None]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        w = self._W
        abstract = {a.get(w + "abstractNumId"): a for a in root.iter(w + "abstractNum")}
        for num in root.iter(w + "num"):
            ref = num.find(w + "abstractNumId")
            a = abstract.get(ref.get(w + "val")) if ref is not None else None
            # lists of one definition count on together, as Word counts them; one restarted
            # (a startOverride) counts on its own
            restarts = num.find(f"{w}lvlOverride/{w}startOverride") is not None
            self.counter[num.get(w + "numId")] = (num.get(w + "numId") if restarts or ref is None
                                                 else "abstract:" + (ref.get(w + "val") or ""))
            for lvl in (a.iter(w + "lvl") if a is not None else ()):
                self.levels[(num.get(w + "numId"), _level(lvl.get(w + "ilvl")))] = self._format(lvl)
            for over in num.iter(w + "lvlOverride"):
                key = (num.get(w + "numId"), _level(over.get(w + "ilvl")))
                lvl, start = over.find(w + "lvl"), over.find(w + "startOverride")
                if lvl is not None:
                    self.levels[key] = self._format(lvl)
                if start is not None and key in self.levels:
                    self.levels[key] = (*self.levels[key][:2], _number(start.get(w + "val"), 1))
        for style in document.styles.element.iter(w + "style"):
            found = self._num_pr(style.find(w + "pPr"))
            if found != (None, None):
                self.styles[style.get(w + "styleId")] = found

    def _format(self, lvl) -> tuple[str, str, int]:
        w = self._W
        fmt, text, start = lvl.find(w + "numFmt"), lvl.find(w + "lvlText"), lvl.find(w + "start")
        return ((fmt.get(w + "val") or "") if fmt is not None else "",
                (text.get(w + "val") or "") if text is not None else "",
                _number(start.get(w + "val") if start is not None else None, 1))

    def _num_pr(self, ppr) -> tuple[str | None, str | None]:
        w = self._W
        pr = ppr.find(w + "numPr") if ppr is not None else None
        if pr is None:
            return None, None
        num, lvl = pr.find(w + "numId"), pr.find(w + "ilvl")
        return (num.get(w + "val") if num is not None else None), (lvl.get(w + "val") if lvl is not None else None)

    def label(self, p, text: str) -> str:
        """"3. " for the third paragraph of a decimal list, "b) " for a letter list, "§ 14 " for the
        third heading of a list whose level is written "§ %1" and starts at 12, else ""."""
        if not self.levels or not text.strip():
            return ""
        w = self._W
        ppr = p.find(w + "pPr")
        num, lvl = self._num_pr(ppr)
        if num is None and ppr is not None and ppr.find(w + "pStyle") is not None:
            num, style_lvl = self.styles.get(ppr.find(w + "pStyle").get(w + "val"), (None, None))
            lvl = lvl or style_lvl
        if num is None or num == "0":
            return ""
        level = _level(lvl)
        counts = self.counts.setdefault(self.counter.get(num, num), [self._start(num, k) - 1 for k in range(9)])
        return formats.word_list_label(text, level, counts, lambda k: self._start(num, k),
                                       lambda k: self.levels.get((num, k)))

    def _start(self, num: str, level: int) -> int:
        return self.levels.get((num, level), ("", "", 1))[2]



def _number(value: str | None, default: int) -> int:
    """A whole number from a numbering attribute; ``default`` for a missing or malformed one."""
    try:
        return max(0, min(int(str(value).strip()), 10000)) if value is not None else default
    except ValueError:
        return default


def _level(value: str | None) -> int:
    """A list level from ``w:ilvl``: 0 to 8, and 0 for a missing or malformed one ("abc", "-1").

    >>> _level("2"), _level("abc"), _level(None), _level("-1"), _level("99")
    (2, 0, 0, 0, 8)
    """
    try:
        level = int(str(value).strip()) if value is not None else 0
    except ValueError:
        return 0
    return min(max(level, 0), 8)
