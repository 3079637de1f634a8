"""Minutes in the other formats they arrive in: OpenDocument text (``.odt``, LibreOffice and many
kommuner's templates), RTF (``.rtf``, what older meeting systems and "save as" produce), HTML
(``.html``/``.htm``, protocols published from a meeting system or saved from a web page) and
e-mail (``.eml``, notes sent as a message, often with the minutes attached).

Each reader writes the lines the Word reader writes, so everything after the read stage sees one
layout whatever the format: a line per paragraph, the number or bullet a list draws before its
item ("3. ", "a) ", "• "), a table as a line per row with a tab between cells (a cell merged over
several columns keeps their count, a cell listing people one a paragraph keeps them apart with
"; "), and a blank line after an att-clause that ends its sentence before prose.

Every failure is a :class:`graph.errors.ReadError` naming the file and the reason.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

from samverkan.graph.errors import ReadError

ODT = "application/vnd.oasis.opendocument.text"
RTF = "application/rtf"
HTML = "text/html"
EML = "message/rfc822"
MAX_REPEAT = 64  # an ODF cell or row "repeated" this many times at most: real tables repeat empty filler


# a bullet written out before a list item as a symbol font's private code point ("\uf0b7"), and
# such code points elsewhere: they draw a symbol, not text
_SYMBOL_BULLET = re.compile(r"^[ \t]*(?:[\uf000-\uf0ff]+|[·▪■●◦])\s*(?=\S)")
_PRIVATE_USE = re.compile(r"[\uf000-\uf0ff]")


class Lines:
    """The lines of one document as the Word reader writes them.

    >>> out = Lines()
    >>> out.paragraph("Rådet beslutar")
    >>> out.paragraph("att anta planen.")
    >>> out.paragraph("Ordföranden tackar.")
    >>> out.table([["Namn", "Närvaro"], ["Anna Lund", "x"]])
    >>> out.text().split("\\n")
    ['Rådet beslutar', 'att anta planen.', '', 'Ordföranden tackar.', 'Namn\\tNärvaro', 'Anna Lund\\tx']
    """

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.runs: list[list[tuple[int, str]]] = [[]]  # (line, text) of the paragraphs between tables

    def paragraph(self, text: str, label: str = "") -> None:
        bullet = _SYMBOL_BULLET.match(text)
        if bullet:
            text, label = text[bullet.end():], label or "• "
        text = _PRIVATE_USE.sub("", text)
        for k, line in enumerate(text.split("\n")):
            if line.strip():
                self.runs[-1].append((len(self.lines), line))
            self.lines.append((label if k == 0 else "") + line)

    def table(self, rows: list[list[str]], inner: list[list[list[list[str]]]] | None = None) -> None:
        """Rows of cell texts; ``inner[k]`` the tables inside row ``k``, whose rows follow it."""
        from samverkan.loaders.read import _label_over_marks

        rows = [r for r in rows if any(c.strip() for c in r)] if inner is None else rows
        for k, cells in enumerate(_label_over_marks(rows)):
            self.lines.append("\t".join(cells))
            for table in (inner[k] if inner else ()):
                self.table(table)
        self.runs.append([])

    def text(self) -> str:
        from samverkan.loaders.read import _clause_breaks

        lines = list(self.lines)
        for at in sorted((run[k][0] for run in self.runs for k in _clause_breaks([t for _, t in run])), reverse=True):
            lines.insert(at, "")
        return "\n".join(lines)


# a paragraph that starts with a person's name: "Anna Lund", "Eva-Lena Berg …"
_PERSON_START = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?\s+[A-ZÅÄÖÉ][a-zåäöéü]")


def cell_text(paragraphs: list[str]) -> str:
    """A table cell's text from its paragraphs: people listed one a paragraph stay apart ("; "),
    other text runs on.

    >>> cell_text(["Anna Lund", "Per Berg"]), cell_text(["Beslut om", "planen"])
    ('Anna Lund; Per Berg', 'Beslut om planen')
    """
    paras = [" ".join(line.split()) for p in paragraphs for line in p.split("\n")]
    paras = [p for p in paras if p]
    sep = "; " if len(paras) > 1 and all(_PERSON_START.match(p) for p in paras) else " "
    return sep.join(paras)


# -- numbering of lists -------------------------------------------------------------------------

def roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def numeral(n: int, kind: str) -> str:
    """``n`` written as a list of ``kind`` writes it: "1", "a", "A", "i", "I" (the forms HTML's
    ``type`` and ODF's ``style:num-format`` share).

    >>> [numeral(4, k) for k in ("1", "a", "A", "i", "I")]
    ['4', 'd', 'D', 'iv', 'IV']
    """
    n = max(n, 1)
    if kind == "a":
        return letter(n)
    if kind == "A":
        return letter(n).upper()
    if kind == "i":
        return roman(n)
    if kind == "I":
        return roman(n).upper()
    return str(n)


def _unpack(path: Path, data: bytes, what: str) -> zipfile.ZipFile:
    """A zip container (ODT) opened after its directory is checked against the bounds the Word
    reader keeps, so that a small file cannot unfold into gigabytes."""
    from samverkan.loaders.read import MAX_DOCX_PARTS, MAX_DOCX_UNCOMPRESSED

    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReadError(path, f"not a readable {what} (truncated or corrupt)") from exc
    total = sum(i.file_size for i in infos)
    if len(infos) > MAX_DOCX_PARTS or total > MAX_DOCX_UNCOMPRESSED:
        raise ReadError(path, f"{what} unfolds into {len(infos)} parts and {total / 1e6:.0f} MB from "
                              f"{len(data) / 1e6:.1f} MB: not read (a decompression bomb?)")
    return z


def _xml(path: Path, z: zipfile.ZipFile, name: str, what: str):
    from lxml import etree

    try:
        raw = z.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, zlib.error) as exc:
        raise ReadError(path, f"not a readable {what} ({name} is damaged)") from exc
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        raise ReadError(path, f"not a readable {what} ({name} is not well-formed XML)") from exc


# -- OpenDocument text --------------------------------------------------------------------------

_O = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


def _q(prefix: str, name: str) -> str:
    return "{%s}%s" % (_O[prefix], name)


_T = {n: _q("text", n) for n in ("p", "h", "list", "list-item", "list-header", "s", "tab", "line-break", "span",
                                  "a", "section", "note", "tracked-changes", "change", "change-start",
                                  "change-end", "number", "soft-page-break", "bookmark", "table-of-content",
                                  "alphabetical-index", "illustration-index", "sequence-decls",
                                  "variable-decls", "user-field-decls", "list-level-style-number",
                                  "list-level-style-bullet", "list-style", "outline-style",
                                  "outline-level-style", "meta", "ruby", "ruby-text")}
_TB = {n: _q("table", n) for n in ("table", "table-row", "table-cell", "covered-table-cell", "table-header-rows",
                                    "table-rows", "table-row-group")}
_ANNOTATION = _q("office", "annotation")
_ANNOTATION_END = _q("office", "annotation-end")
_FRAME, _TEXT_BOX = _q("draw", "frame"), _q("draw", "text-box")
# what a paragraph holds that is no part of what it says: comments, footnotes (their number stays),
# the record of tracked changes, a ruby's reading
_ODT_UNREAD = frozenset({_ANNOTATION, _ANNOTATION_END, _T["note"], _T["tracked-changes"], _T["ruby-text"]})
_ODT_SKIPPED_BLOCKS = frozenset({_T["tracked-changes"], _T["table-of-content"], _T["alphabetical-index"],
                                 _T["illustration-index"], _T["sequence-decls"], _T["variable-decls"],
                                 _T["user-field-decls"]})


def read_odt(path: Path, data: bytes) -> str:
    """The text of an OpenDocument text file: its first page's header, then its body.

    Deleted text of tracked changes lives in ``text:tracked-changes`` and is not read; inserted
    text stands in the paragraphs and is. Comments and footnotes are not read; text boxes are, on
    lines after their paragraph.
    """
    with _unpack(path, data, "ODT") as z:
        content = _xml(path, z, "content.xml", "ODT")
        styles = _xml(path, z, "styles.xml", "ODT")
    if content is None:
        raise ReadError(path, "not a readable ODT (no content.xml: is it an OpenDocument text file?)")
    body = content.find(f"{_q('office', 'body')}/{_q('office', 'text')}")
    if body is None:
        raise ReadError(path, "not an OpenDocument text (no text body: a spreadsheet or a presentation?)")
    numbering = _OdfNumbering([x for x in (styles, content) if x is not None])
    out = Lines()
    if styles is not None:
        for header in _odt_headers(styles):
            _odt_blocks(header.iterchildren(), out, numbering)
    _odt_blocks(body.iterchildren(), out, numbering)
    return out.text()


def _odt_headers(styles) -> list:
    """The header of the first master page that prints one (its first-page header if it has one)."""
    for master in styles.iter(_q("style", "master-page")):
        for tag in ("header-first", "header"):
            h = master.find(_q("style", tag))
            if h is not None and "".join(h.itertext()).strip():
                return [h]
    return []


def _odt_blocks(children, out: Lines, numbering: "_OdfNumbering", list_style: str | None = None,
                level: int = 0, label: str = "") -> None:
    for child in children:
        tag = child.tag
        if tag in (_T["p"], _T["h"]):
            text = _odt_paragraph(child)
            if tag == _T["h"] and not label:
                label = numbering.outline(child, text)
            out.paragraph(text, label if text.strip() else "")
            label = ""
            for box in child.iter(_TEXT_BOX):
                _odt_blocks(box.iterchildren(), out, numbering)
        elif tag == _T["list"]:
            style = child.get(_q("text", "style-name")) or list_style
            numbering.list_start(child, style, level)
            for item in child.iterchildren(_T["list-item"], _T["list-header"]):
                mark = numbering.item(item, style, level) if item.tag == _T["list-item"] else ""
                _odt_blocks(item.iterchildren(), out, numbering, style, level + 1, mark)
        elif tag == _TB["table"]:
            rows, inner = _odt_table(child, numbering)
            out.table(rows, inner)
        elif tag == _T["section"]:
            _odt_blocks(child.iterchildren(), out, numbering)
        elif tag in _ODT_SKIPPED_BLOCKS:
            continue


def _odt_paragraph(p) -> str:
    out: list[str] = []

    def walk(el) -> None:
        if el.text and el.tag not in _ODT_UNREAD:
            out.append(el.text)
        for child in el:
            tag = child.tag
            if tag in _ODT_UNREAD or tag == _FRAME:
                pass
            elif tag == _T["s"]:
                out.append(" " * min(_count(child.get(_q("text", "c"))), 200))
            elif tag == _T["tab"]:
                out.append("\t")
            elif tag == _T["line-break"]:
                out.append("\n")
            elif tag == _T["number"]:
                pass  # a list's number as last rendered: the numbering is counted instead
            else:
                walk(child)
            if child.tail:
                out.append(child.tail)

    walk(p)
    return "".join(out)


def _count(value: str | None, default: int = 1) -> int:
    try:
        return max(1, int(value)) if value else default
    except ValueError:
        return default


def _odt_table(table, numbering: "_OdfNumbering") -> tuple[list[list[str]], list[list]]:
    rows: list[list[str]] = []
    inner: list[list] = []
    width = sum(min(_count(c.get(_q("table", "number-columns-repeated"))), MAX_REPEAT)
                for c in table.iter(_q("table", "table-column")) if _table_of(c) is table)
    for row in _odt_rows(table):
        cells: list[str] = []
        tables: list = []
        for cell in row.iterchildren(_TB["table-cell"], _TB["covered-table-cell"]):
            repeat = min(_count(cell.get(_q("table", "number-columns-repeated"))), MAX_REPEAT)
            if cell.tag == _TB["covered-table-cell"]:
                cells.extend([""] * repeat)  # the columns a merged cell spans: empty, as in Word
                continue
            lines = Lines()
            for child in cell.iterchildren():
                if child.tag == _TB["table"]:
                    sub, _ = _odt_table(child, numbering)
                    tables.append(sub)
                else:
                    _odt_blocks((child,), lines, numbering)
            text = cell_text(lines.lines)
            cells.extend([text] * repeat)
        # ODF fills a row out to the table's width with repeated empty cells
        cells = cells[:width] if width else cells
        repeat = min(_count(row.get(_q("table", "number-rows-repeated"))), MAX_REPEAT)
        for _ in range(repeat if any(cells) else 1):
            rows.append(cells)
            inner.append(tables)
    return rows, inner


def _table_of(el):
    """The table an element stands in (the nearest)."""
    for a in el.iterancestors(_TB["table"]):
        return a
    return None


def _odt_rows(table):
    for child in table.iterchildren():
        if child.tag == _TB["table-row"]:
            yield child
        elif child.tag in (_TB["table-header-rows"], _TB["table-rows"], _TB["table-row-group"]):
            yield from _odt_rows(child)


class _OdfNumbering:
    """The numbers and bullets LibreOffice draws before list items and outline-numbered headings,
    which are not in their text: each list style's level gives its format (``style:num-format``
    "1", "a", "i", with ``style:num-prefix``/``num-suffix``, e.g. "§ " and ".") and start; a list
    that continues another (``text:continue-numbering``, ``text:continue-list``) counts on."""

    def __init__(self, roots) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, str, int]] = {}  # (style, level) -> kind, prefix, suffix, start
        self.outline_levels: dict[int, tuple[str, str, str, int]] = {}
        self.counts: dict[str, list[int]] = {}
        self.outline_counts = [0] * 10
        self.last_style: str | None = None
        for root in roots:
            for style in root.iter(_T["list-style"]):
                name = style.get(_q("style", "name")) or ""
                for lvl in style:
                    self._level(lvl, lambda k, v, name=name: self.levels.__setitem__((name, k), v))
            for style in root.iter(_T["outline-style"]):
                for lvl in style:
                    self._level(lvl, self.outline_levels.__setitem__)

    @staticmethod
    def _level(lvl, put) -> None:
        k = _count(lvl.get(_q("text", "level"))) - 1
        if lvl.tag in (_T["list-level-style-number"], _T["outline-level-style"]):
            put(k, (lvl.get(_q("style", "num-format")) or "", lvl.get(_q("style", "num-prefix")) or "",
                    lvl.get(_q("style", "num-suffix")) or "", _count(lvl.get(_q("text", "start-value")))))
        elif lvl.tag == _T["list-level-style-bullet"]:
            put(k, ("•", "", "", 1))

    def list_start(self, lst, style: str | None, level: int) -> None:
        if level == 0 and style is not None:
            goes_on = (lst.get(_q("text", "continue-numbering")) == "true"
                       or lst.get(_q("text", "continue-list")) is not None)
            if not goes_on:
                self.counts[style] = [self._start(style, k) - 1 for k in range(10)]
            self.last_style = style

    def _start(self, style: str, level: int) -> int:
        return self.levels.get((style, level), ("", "", "", 1))[3]

    def item(self, item, style: str | None, level: int) -> str:
        if style is None:
            return ""
        counts = self.counts.setdefault(style, [self._start(style, k) - 1 for k in range(10)])
        start = item.get(_q("text", "start-value"))
        counts[level] = _count(start) if start else counts[level] + 1
        counts[level + 1:] = [self._start(style, k) - 1 for k in range(level + 1, 10)]
        kind, prefix, suffix, _ = self.levels.get((style, level), ("", "", "", 1))
        if kind == "•":
            return "• "
        if kind not in ("1", "a", "A", "i", "I"):
            return ""
        return f"{prefix}{numeral(counts[level], kind)}{suffix} "

    def outline(self, h, text: str) -> str:
        level = min(_count(h.get(_q("text", "outline-level"))), 10) - 1
        kind, prefix, suffix, start = self.outline_levels.get(level, ("", "", "", 1))
        if kind not in ("1", "a", "A", "i", "I") or re.match(r"\s*(?:§|\d)", text):
            return ""
        if self.outline_counts[level] == 0:
            self.outline_counts[level] = start - 1
        self.outline_counts[level] += 1
        self.outline_counts[level + 1:] = [0] * (9 - level)
        return f"{prefix}{numeral(self.outline_counts[level], kind)}{suffix} "


# -- RTF ----------------------------------------------------------------------------------------

_RTF_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)",
                        re.DOTALL)
# groups whose text is no part of the minutes: tables of fonts, colours and styles, the document's
# properties, pictures and embedded objects, footers, footnotes, comments, field codes (the result
# of a field is read), and the revision table
_RTF_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "info", "pict", "object",
    "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "atnid", "atnauthor", "fldinst",
    "revtbl", "rsidtbl", "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore",
    "generator", "filetbl", "pgdsctbl", "mmathPr", "bkmkstart", "bkmkend", "pn", "deleted", "sn", "sv",
    "shppict", "nonshppict", "xe", "tc", "template", "userprops",
})
_RTF_HEADERS = frozenset({"header", "headerl", "headerr", "headerf"})
_RTF_SYMBOLS = {"emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“",
                "rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " "}
_RTF_ESCAPES = {"~": "\u00a0", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}", "\n": "", "\r": ""}


def read_rtf(path: Path, data: bytes) -> str:
    """The text of an RTF document: paragraphs, the list numbers Word writes out (``\\listtext``),
    tables by ``\\cell`` and ``\\row``, the first page header once; code-page bytes (``\\'e5``)
    decoded by the document's ``\\ansicpg`` and ``\\uN`` characters with their fallbacks skipped.

    >>> read_rtf(Path("m.rtf"), rb"{\\rtf1\\ansi\\ansicpg1252 {\\fonttbl{\\f0 Arial;}}G\\'e5 vidare\\par "
    ...          rb"\\trowd\\intbl Anna\\cell x\\cell\\row\\pard Klart\\u8211?\\par}")
    'Gå vidare\\nAnna\\tx\\nKlart–'
    """
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ReadError(path, "not an RTF document (no {\\rtf header)")
    return _Rtf(path).read(data)


class _Rtf:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.out = Lines()
        self.codepage = "cp1252"
        self.para: list[str] = []
        self.cell: list[str] = []  # the paragraphs of the cell being read
        self.row: list[str] = []
        self.rows: list[list[str]] = []
        self.in_table = False
        self.header_read = False
        self.label_at = 0

    def read(self, data: bytes) -> str:
        # what a group restores when it closes: whether its text is skipped, the length of the
        # fallback after \uN, whether its paragraph is in a table, whether tabs are spaces
        stack: list[tuple[bool, int, bool, bool]] = []
        skip, uc, soft_tab = False, 1, False
        fallback = 0  # fallback characters still to skip after \uN
        first = star = False  # at a group's first control word; after \\*
        pending: list[int] = []  # code-page bytes of one run, decoded together (multi-byte code pages)
        pos, end = 0, len(data)
        while pos < end:
            m = _RTF_TOKEN.match(data, pos)
            if m is None:
                pos += 1
                continue
            pos = m.end()
            word, arg, hexbyte, symbol, brace, text = m.groups()
            if hexbyte is None and pending:
                self._text(bytes(pending).decode(self.codepage, "replace"), skip)
                pending = []
            was_first, first = first, False
            if brace == b"{":
                if len(stack) > 1000:
                    raise ReadError(self.path, "not a readable RTF (groups nested too deep)")
                stack.append((skip, uc, self.in_table, soft_tab))
                first, star = True, False
            elif brace == b"}":
                if not stack:
                    break
                in_label = soft_tab
                skip, uc, self.in_table, soft_tab = stack.pop()
                star = False
                if in_label and not soft_tab:
                    self._close_label()
            elif hexbyte is not None:
                if fallback:
                    fallback -= 1
                else:
                    pending.append(int(hexbyte, 16))
            elif symbol is not None:
                if symbol == b"*":
                    star, first = True, was_first
                elif fallback:
                    fallback -= 1
                else:
                    self._text(_RTF_ESCAPES.get(symbol.decode("latin-1"), ""), skip)
            elif text is not None:
                chunk = text.decode("latin-1")
                if fallback:
                    cut = min(fallback, len(chunk))
                    chunk, fallback = chunk[cut:], fallback - cut
                self._text(chunk, skip)
            elif word is not None:
                w, n = word.decode("ascii"), (int(arg) if arg is not None else None)
                if w == "bin" and n:
                    pos += max(n, 0)  # raw bytes of a picture: no text, and they may hold braces
                    continue
                if skip:
                    continue
                if was_first or star:
                    if star or w in _RTF_SKIPPED or (w in _RTF_HEADERS and self.header_read):
                        skip = True
                    elif w in _RTF_HEADERS:
                        self.header_read = True
                    elif w in ("listtext", "pntext"):
                        soft_tab = True  # the number Word wrote before a list item: "1." then a tab
                        self.label_at = len(self.para)
                    star = False
                    if skip:
                        continue
                if w in ("deleted", "v") and n != 0:
                    skip = True  # text deleted with tracked changes, hidden text: to the group's end
                    continue
                fallback = 0
                self._word(w, n, soft_tab)
                if w == "uc" and n is not None:
                    uc = max(0, min(n, 8))
                elif w == "u" and n is not None:
                    fallback = uc
        if pending:
            self._text(bytes(pending).decode(self.codepage, "replace"), skip)
        if "".join(self.para).strip():
            self._end_paragraph()
        self._end_table()
        return self.out.text()

    def _word(self, w: str, n: int | None, soft_tab: bool) -> None:
        if w == "ansicpg" and n:
            self.codepage = self._codepage(n)
        elif w == "u" and n is not None:
            code = n + 65536 if n < 0 else n
            self._text(chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "", False)
        elif w in ("par", "sect"):
            self._end_paragraph()
        elif w == "line":
            self.para.append("\n")
        elif w == "tab":
            self.para.append(" " if soft_tab else "\t")
        elif w == "pard":
            self.in_table = False
        elif w == "intbl":
            self.in_table = True
        elif w in ("cell", "nestcell"):
            self._end_cell()
        elif w in ("row", "nestrow"):
            self._end_row()
        elif w in _RTF_SYMBOLS:
            self._text(_RTF_SYMBOLS[w], False)

    def _close_label(self) -> None:
        """A list item's number as one word and a space ("§ 12 "), however it was spaced."""
        label = "".join(self.para[self.label_at:]).strip()
        self.para[self.label_at:] = [label + " "] if label else []

    def _codepage(self, n: int) -> str:
        name = f"cp{n}"
        try:
            "".encode(name)
            return name
        except LookupError:
            return "cp1252"

    def _text(self, s: str, skip: bool) -> None:
        if not skip and s:
            self.para.append(s)

    def _end_paragraph(self) -> None:
        text = "".join(self.para)
        self.para = []
        if self.in_table:
            self.cell.append(text)
            return
        self._end_table()
        self.out.paragraph(text)

    def _end_cell(self) -> None:
        if self.para:
            self.cell.append("".join(self.para))
            self.para = []
        self.row.append(cell_text(self.cell))
        self.cell = []

    def _end_row(self) -> None:
        if self.para or self.cell:
            self._end_cell()
        self.rows.append(self.row)
        self.row = []

    def _end_table(self) -> None:
        if self.rows:
            self.out.table(self.rows)
            self.rows = []


# -- HTML ---------------------------------------------------------------------------------------

_HTML_SKIPPED = frozenset({"head", "script", "style", "noscript", "template", "svg", "nav", "button", "select",
                           "iframe", "object", "math", "del", "footer"})
# an image's alt text that names no one: the kind of picture, or its file ("logo.png")
_ALT_GENERIC = re.compile(r"(?i)^(?:logo(?:typ(?:en)?|type)?|bild|image|ikon|icon|foto|photo|grafik|signatur|underskrift)?$"
                          r"|\.(?:png|jpe?g|gif|svg|webp)$")
_ALT_LEAD = re.compile(r"(?i)^(?:logo(?:typ(?:en)?|type)?|bild)(?:\s+för)?\s*[:–-]?\s*")
# a run of non-breaking spaces between two texts: a gap drawn with spaces, as a table's columns are
_NBSP_GAP = re.compile(r"[ \t]*\u00a0(?:[ \t]*\u00a0)+[ \t]*")
_HTML_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre",
                          "section", "article", "header", "footer", "main", "aside", "address", "figure",
                          "figcaption", "ul", "ol", "dl", "hr", "form", "fieldset", "center", "caption",
                          "details", "summary", "legend"})
_HTML_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
                        "track", "wbr", "param"})
_SET_APART = re.compile(r"float\s*:\s*(?:left|right)|display\s*:\s*(?:block|inline-block)", re.IGNORECASE)
_WRITTEN_NUMBER = re.compile(r"\s*(?:§\s*\d|\d{1,3}[.)]?\s)")
# an intranet page's trail of where it sits ("Samverkan > Styrgrupp > Minnesanteckningar 2025") is navigation
# even when it is no <nav>: a breadcrumb by its class, id or label, or any element in the navigation role
_BREADCRUMB = re.compile(r"breadcrumb|brödsmul", re.IGNORECASE)
_PAGE_CHROME = frozenset({"footer", "page-footer", "page-metadata"})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def read_html(path: Path, data: bytes) -> str:
    """The text of an HTML page: paragraphs, headings and list items a line each (an ordered
    list's numbers and an unordered list's bullets written out), tables a line per row; scripts,
    styles, the page's head, its navigation (a breadcrumb trail too) and its footer are not read, a logo is
    read by its alt text and a gap drawn with non-breaking spaces stays a gap.

    >>> read_html(Path("m.html"), "<div class='breadcrumb'>Samverkan &gt; Styrgrupp</div><h1>Styrgrupp X</h1>".encode())
    'Styrgrupp X'
    >>> read_html(Path("m.html"), "<div class='page-metadata'>Skapad av Eva Ek</div><p>Text</p>"
    ...           "<div id='footer'>Document generated by Confluence</div>".encode())
    'Text'
    >>> read_html(Path("m.html"), "<h2>§ 3 Uppföljning</h2><ol start=2><li>att godkänna</li></ol>"
    ...           "<table><tr><th>Namn<th>Närvaro<tr><td>Anna Lund<td>x</table>".encode())
    '§ 3 Uppföljning\\n2. att godkänna\\nNamn\\tNärvaro\\nAnna Lund\\tx'
    """
    return _wiki_title(html_text(_decode_html(path, data)))


# a wiki page's title as the wiki exports it, its space first: "Vårdsamverkan X : 2025-11-20 SIP-forum"
# (Swedish sets no space before a colon, so " : " is the wiki's own separator)
_WIKI_TITLE = re.compile(r"\A(?P<space>[^\n:]{2,80}?) : (?P<page>[^\n:]{2,120})(?=\n|\Z)")


def _wiki_title(text: str) -> str:
    r"""The page's own title first, then the space it is kept in, as a title block writes a body and its owner.

    >>> _wiki_title("Vårdsamverkan X : 2025-11-20 SIP-forum\nDatum")
    '2025-11-20 SIP-forum – Vårdsamverkan X\nDatum'
    """
    return _WIKI_TITLE.sub(lambda m: f"{m.group('page').strip()} – {m.group('space').strip()}", text, count=1)


def html_text(markup: str) -> str:
    parser = _Html()
    parser.feed(markup)
    parser.close()
    return parser.done()


def _decode_html(path: Path, data: bytes) -> str:
    from samverkan.loaders.read import decode_text

    declared = _CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(declared.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return decode_text(path, data)


class _Table:
    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.inner: list[list] = []
        self.row: list[str] | None = None
        self.row_tables: list = []
        self.cell: list[str] | None = None
        self.span = (1, 1)  # the columns and rows the open cell spans
        self.below: dict[int, int] = {}  # column -> rows still covered by a cell above (rowspan)

    def start_cell(self, columns: int, rows: int) -> None:
        self.end_cell()
        if self.row is None:
            self.row = []
        self._covered()
        self.cell, self.span = [], (columns, rows)

    def _covered(self) -> None:
        """Empty cells where a cell of a row above reaches down, as Word writes a merged cell."""
        while self.below.get(len(self.row), 0) > 0:
            self.below[len(self.row)] -= 1
            self.row.append("")

    def end_cell(self) -> None:
        if self.cell is not None:
            columns, rows = self.span
            if rows > 1:
                for k in range(len(self.row), len(self.row) + columns):
                    self.below[k] = rows - 1
            self.row.append(cell_text(self.cell))
            self.row.extend([""] * (columns - 1))
            self.cell = None

    def end_row(self) -> None:
        self.end_cell()
        if self.row is not None:
            if any(v > 0 for k, v in self.below.items() if k >= len(self.row)):
                self._covered()
            self.rows.append(self.row)
            self.inner.append(self.row_tables)
        self.row, self.row_tables = None, []


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = Lines()
        self.buf: list[str] = []
        self.skipping: list[str] = []
        self.pre = 0
        self.lists: list[list] = []  # [ordered, next number, kind]
        self.label = ""
        self.tables: list[_Table] = []
        self.spans: list[bool] = []  # per open span: whether it is drawn apart from what follows

    def handle_starttag(self, tag: str, attrs) -> None:
        if self.skipping:
            if tag == self.skipping[-1] and tag not in _HTML_VOID:
                self.skipping.append(tag)
            return
        a = {k: (v or "") for k, v in attrs}
        if tag in _HTML_SKIPPED or a.get("title") == "annotation" or "annotation" in a.get("class", ""):
            self.skipping.append(tag)  # a comment in the margin is no part of the text
            return
        if a.get("role") == "navigation" or _BREADCRUMB.search(" ".join((a.get("class", ""), a.get("id", ""),
                                                                           a.get("aria-label", "")))):
            self.skipping.append(tag)
            return
        if a.get("role") == "contentinfo" or _PAGE_CHROME.intersection((a.get("id", ""), *a.get("class", "").split())):
            # a wiki's footer as a <div> ("Document generated by Confluence on …") and its record of who edited
            # the page ("Skapad av X, senast ändrad …"): the page's chrome, no part of the minutes
            self.skipping.append(tag)
            return
        if tag == "span":
            self.spans.append(bool(_SET_APART.search(a.get("style", ""))))
        elif tag == "br":
            self.buf.append("\n")
        elif tag == "img":
            # a letterhead's logo: its alt text names the organisation, as a reader sees it in the picture
            alt = _ALT_LEAD.sub("", " ".join(a.get("alt", "").split()))  # "Logotyp för X" is X
            if alt[:1].isupper() and not _ALT_GENERIC.search(alt):
                self.buf.append(f" {alt} ")
        elif tag == "table":
            self.flush()
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            self.flush()
            self.tables[-1].end_row()
            self.tables[-1].row = []
        elif tag in ("td", "th") and self.tables:
            self.flush()
            self.tables[-1].start_cell(min(_count(a.get("colspan")), MAX_REPEAT),
                                       min(_count(a.get("rowspan")), 1000))
        elif tag in ("ol", "ul"):
            self.flush()
            start = a.get("start", "")
            self.lists.append([tag == "ol", _count(start) if start.lstrip("-").isdigit() else 1, a.get("type") or "1"])
        elif tag == "li":
            self.flush()
            if self.lists:
                ordered, number, kind = self.lists[-1]
                if a.get("value", "").isdigit():
                    number = int(a["value"])
                self.label = f"{numeral(number, kind)}. " if ordered else "• "
                self.lists[-1][1] = number + 1
        elif tag in _HTML_BLOCKS:
            self.flush()
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == "span":
            if self.spans and self.spans.pop():
                self.buf.append(" ")  # a label drawn apart from the text after it ("§ 12" floated left)
        elif tag in ("td", "th") and self.tables:
            self.flush()
            self.tables[-1].end_cell()
        elif tag == "tr" and self.tables:
            self.flush()
            self.tables[-1].end_row()
        elif tag == "table" and self.tables:
            self.flush()
            t = self.tables.pop()
            t.end_row()
            if self.tables and self.tables[-1].cell is not None:
                self.tables[-1].row_tables.append(t.rows)
            else:
                self.out.table(t.rows, t.inner)
        elif tag in ("ol", "ul"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag in _HTML_BLOCKS or tag == "li":
            self.flush()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            if not self.pre and "\u00a0\u00a0" in data.replace(" ", ""):
                data = _NBSP_GAP.sub("\x00", data)  # kept apart through the spacing below, then three spaces
            self.buf.append(data if self.pre else re.sub(r"[ \t\r\n\f]+", " ", data))

    def flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        lines = [line if self.pre else " ".join(line.split()).replace(" \x00 ", "   ").replace("\x00", "   ").strip()
                 for line in text.split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            return
        text = "\n".join(lines)
        if self.label[:1] != "•" and _WRITTEN_NUMBER.match(text):
            self.label = ""  # the list's number is written out already
        t = self.tables[-1] if self.tables else None
        if t is not None and "   " in text:
            # "Leif Granström   Marie Hökberg" under a signature box's line: two people side by side in one cell
            text = "\n".join("; ".join(parts) if len(parts := line.split("   ")) > 1 and all(
                _PERSON_START.match(p.strip()) for p in parts) else line for line in text.split("\n"))
        if t is not None:
            if t.cell is not None:
                t.cell.append(self.label + text)
        else:
            self.out.paragraph(text, self.label)
        self.label = ""

    def done(self) -> str:
        self.flush()
        while self.tables:
            t = self.tables.pop()
            t.end_row()
            self.out.table(t.rows, t.inner)
        return self.out.text()


# -- e-mail -------------------------------------------------------------------------------------

_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december")


def read_eml(path: Path, data: bytes, read_attachment) -> str:
    """The text of an e-mail message as Outlook writes one out in Swedish (Ämne, Från, Till,
    Skickat, then the message: its plain text, or its HTML when it has none) — or, when minutes
    are attached, the text of each attached minutes file alone, which ``read_attachment(name,
    bytes)`` reads by its suffix (None for a file that is no minutes, such as a logo): a message
    sending minutes is their envelope, and its subject and greeting are no part of them.
    """
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # the parser is lenient; what it refuses is not a message
        raise ReadError(path, f"not a readable e-mail message ({exc.__class__.__name__})") from exc
    if not isinstance(msg, EmailMessage) or not (msg.get("subject") or msg.get("from") or msg.get("date")):
        raise ReadError(path, "not an e-mail message (no Subject, From or Date header)")
    attached = []
    for part in msg.iter_attachments():
        name = part.get_filename() or ""
        payload = part.get_payload(decode=True)
        if name and isinstance(payload, bytes):
            text = read_attachment(Path(name), payload)
            if text:
                attached.append(text)
    if attached:
        return "\n\n".join(attached)  # the message is the minutes' envelope: its subject names no body
    lines = []
    for label, value in (("Ämne", _header(msg, "subject")), ("Från", _names(msg, "from")),
                         ("Till", _names(msg, "to")), ("Skickat", _sent(msg))):
        if value:
            lines.append(f"{label}: {value}")
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        content = _content(body)
        lines += ["", without_quoted_mail(html_text(content) if body.get_content_subtype() == "html" else content)]
    return "\n".join(lines)


# where a reply or a forward quotes the message before it: "-----Ursprungligt meddelande-----", "Den 1 sep.
# 2025 skrev Per Ek:", an Outlook rule line over "Från:", or the "Från:" / "Skickat:" block itself
_QUOTED_START = re.compile(
    r"^[ \t]*-{2,}[ \t]*(?:ursprungligt\s+meddelande|original\s+message|vidarebefordrat\s+meddelande|forwarded\s+message)"
    r"[ \t]*-{2,}[ \t]*$"
    r"|^[ \t]*(?:den|on)\s[^\n]{5,120}(?:skrev|wrote)[^\n]{0,80}:[ \t]*$"
    r"|^[ \t]*_{10,}[ \t]*\n(?=[ \t]*(?:från|from)\s*:)"
    r"|^[ \t]*(?:från|from)\s*:[^\n]+\n[ \t]*(?:skickat|sent|datum|date)\s*:", re.I | re.M)
# a mail program's signature line: "Skickat från min iPhone", "Hämta Outlook för iOS"
_MAIL_APP_LINE = re.compile(r"^[ \t]*(?:skickat\s+från\s+min\s+\w+|skickades\s+från\s+\w+|hämta\s+outlook\s+för\s+\w+|"
                            r"sent\s+from\s+my\s+\w+|get\s+outlook\s+for\s+\w+)[^\n]*$\n?", re.I | re.M)


def without_quoted_mail(text: str) -> str:
    r"""An e-mail's own text without the earlier message a reply or a forward quotes under it, where
    the own text holds minutes of its own (a greeting and a signature over a forward leave the forwarded
    minutes as the text), and without a mail program's signature line.

    >>> without_quoted_mail("Närvarande: A\n1. Statistik\nX.\n2. Övrigt\nY.\nHälsningar\nAnna\n"
    ...                     "Skickat från min iPhone\n-----Ursprungligt meddelande-----\nFrån: Per\n1. Gammalt")
    'Närvarande: A\n1. Statistik\nX.\n2. Övrigt\nY.\nHälsningar\nAnna\n'
    >>> without_quoted_mail("Hej!\n-----Vidarebefordrat meddelande-----\nFrån: Per\n1. Statistik")
    'Hej!\n-----Vidarebefordrat meddelande-----\nFrån: Per\n1. Statistik'
    """
    text = _MAIL_APP_LINE.sub("", text) if "från" in text.lower() or "from" in text.lower() else text
    for m in _QUOTED_START.finditer(text):  # (the message's own headers, a pasted one's first lines, quote nothing)
        if _MINUTES_LINE.search(text, 0, m.start()):
            return text[:m.start()]
    return text


# a line only minutes hold: an agenda point, a paragraph, a Markdown heading, a roster's label
_MINUTES_LINE = re.compile(r"^[ \t]*(?:§[ \t]*\d|\d{1,2}[.)][ \t]+[A-ZÅÄÖ]|#{1,4}[ \t]+\S|"
                           r"(?:närvarande|deltagare|närvaro|deltog)\b[^\n]{0,40}:)", re.I | re.M)


def _content(part) -> str:
    try:
        return part.get_content()
    except (LookupError, UnicodeError, ValueError):  # an unknown or lying charset
        raw = part.get_payload(decode=True) or b""
        return raw.decode("cp1252", "replace")


def _header(msg, name: str) -> str:
    try:
        return " ".join(str(msg.get(name, "")).split())
    except (ValueError, TypeError, IndexError):
        return ""


def _names(msg, name: str) -> str:
    """The display names of a From or To header ("Anna Lund; Per Berg"), an address where a
    mailbox has no name."""
    try:
        header = msg.get(name)
        mailboxes = [a for g in getattr(header, "groups", ()) for a in g.addresses] if header is not None else []
    except (ValueError, TypeError, IndexError, AttributeError):
        return _header(msg, name)
    return "; ".join(a.display_name or a.addr_spec for a in mailboxes)


def _sent(msg) -> str:
    try:
        when = parsedate_to_datetime(str(msg.get("date", "")))
    except (TypeError, ValueError, IndexError):
        return ""
    return f"den {when.day} {_MONTHS[when.month - 1]} {when.year} {when:%H:%M}"
