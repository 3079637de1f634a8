"""The same minutes as text, Word and PDF: does each format read the same facts?

Users bring minutes as .docx and .pdf as well as text. For each set of annotated minutes (the
Blekinge samples, ``../shared/minutes`` with ``../shared/gold``, and each region of
``../shared/corpus``) every .txt/.md minutes file is rendered twice:

- **docx** as a secretary writes it in Word: headings in Heading styles, bullets as list
  paragraphs, Markdown, pipe, tab and space-aligned tables and rosters as real Word tables, bold
  runs, hard-wrapped prose joined into one paragraph, and the running page header and footer the
  text repeats on every page moved into the section's header and footer;
- **pdf** as Word or LibreOffice prints it: the same blocks laid out with reportlab, paragraphs
  flowed to the page width, tables drawn as tables, a page header on every page and a footer with
  the page number.

Where LibreOffice is installed (``soffice`` on the path), the Word renderings are also saved by it
as **odt**, **rtf**, **html** and **doc** (Word 97–2003), as minutes arrive from kommuner on
LibreOffice, from older meeting systems, from web pages and from archives of older Word files. Where
the OCR programs are installed, each PDF is also printed to page images and saved as a **scan** with
no text layer, as signed protocols are archived.

Minutes that are Word documents already, and minutes in other forms (mails, web pages, RTF), are copied unchanged into every format's folder, so each
folder holds the same documents. Each format's folder is loaded alone into a fresh store, exported
and scored by ``../shared/tools/score_gold.py`` against the same gold (it matches documents by file
stem, which the rendered copies keep).

    python -m bench.formats                        # print the table
    python -m bench.formats --write docs/accuracy.md
    python -m bench.formats --keep /tmp/formats    # keep the rendered files to look at
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bench.accuracy import METRICS, ROOT, fixture_sets, score, sets

FORMATS = ("text", "docx", "pdf")
# what LibreOffice saves the Word rendering as, where it is installed (``soffice``): the forms
# minutes also arrive in from kommuner on LibreOffice, older meeting systems, web pages and archives of Word 97–2003 files
OFFICE_FORMATS = {"odt": "odt", "rtf": "rtf", "html": "html:XHTML Writer File:UTF8", "doc": "doc:MS Word 97"}
# what LibreOffice makes of the text file itself, opened as it is: printed to PDF in its typewriter font, and saved
# as a Word document a line a paragraph (the forms a text minutes takes when someone opens it and prints or saves it)
TEXT_OFFICE_FORMATS = {"txt→pdf": "pdf", "txt→docx": "docx"}
TEXT_SUFFIXES = (".txt", ".md")
# the metrics the format table shows; the rest hardly depend on the layout
SHOWN = ("items", "decisions", "attendance", "meeting_group", "meeting_date", "persons", "groups",
         "assignments", "memberships", "mandates", "presenters")
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/Library/Fonts"), Path("C:/Windows/Fonts"))

# -- reading the text's layout into blocks ---------------------------------------------------------
_GAP = re.compile(r"\S( {2,}|\t+)(?=\S)")
_PAGE_NO = re.compile(r"(?:\b\d{1,3}\s*\(\d{1,3}\)|\bSida\s+\d{1,3}(?:\s*(?:av|\(|/)\s*\d{1,3}\)?)?)\s*$", re.I)
_FOOTER_WORDS = re.compile(r"justerandes\s+sign|utdragsbestyrkande", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*–▪·]|o)\s+(?=\S)")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_ITEM_HEADING = re.compile(r"^\s*(?:§\s*\d+[a-z]?(?:[/:]\d+)?|\d{1,2}[a-z]?(?:\.|\)\.?))(?:\s+|\t)(?=[A-ZÅÄÖÉa-zåäö])")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


@dataclass
class Block:
    kind: str  # heading, para, bullet, table
    text: str = ""
    level: int = 1
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Layout:
    blocks: list[Block]
    header: list[str]  # the running page header, one line a row of cells joined by tabs
    footer: list[str]


def _norm_furniture(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def page_furniture(lines: list[str]) -> tuple[set[int], list[str], list[str]]:
    """The lines a text repeats at every page break (a running header, a footer with the page
    number or the signature boxes), and the header and footer they make.

    A run of non-blank lines is page furniture when one of its lines carries a page number or the
    footer's words and its lines recur (numbers aside) elsewhere in the text. Furniture that the
    next page's furniture or the end of the text follows is a footer, the rest a header.
    """
    counts: dict[str, int] = {}
    for line in lines:
        if line.strip():
            counts[_norm_furniture(line)] = counts.get(_norm_furniture(line), 0) + 1

    def recurs(k: int) -> bool:
        return counts[_norm_furniture(lines[k])] >= 2

    parts: list[list[int]] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        for k in range(i, j):
            if not (_PAGE_NO.search(lines[k]) or _FOOTER_WORDS.search(lines[k])) or not recurs(k):
                continue
            if parts and k in parts[-1]:
                continue
            lo, hi = k, k
            while lo - 1 >= i and recurs(lo - 1):
                lo -= 1
            while hi + 1 < j and recurs(hi + 1):
                hi += 1
            parts.append(list(range(lo, hi + 1)))
        i = j
    drop = {k for part in parts for k in part}
    # a recurring line on its own just before the next page's header is a footer too
    for k, line in enumerate(lines):
        if k in drop or not line.strip() or not recurs(k):
            continue
        if (k == 0 or not lines[k - 1].strip()) and (k + 1 == len(lines) or not lines[k + 1].strip()):
            after = next((n for n in range(k + 1, len(lines)) if lines[n].strip()), None)
            if after is not None and after in drop:
                parts.append([k])
                drop.add(k)
    parts.sort()
    header: list[str] = []
    footer: list[str] = []
    for part in parts:
        after = next((k for k in range(part[-1] + 1, len(lines)) if lines[k].strip()), None)
        target = footer if after is None or after in drop else header
        if not target:
            target.extend(_cells_line(lines[k]) for k in part)
    return drop, header, footer


def _cells_line(line: str) -> str:
    return "\t".join(c.strip() for c in re.split(r" {2,}|\t+", line.strip()) if c.strip())


def _segments(line: str) -> list[tuple[int, str]]:
    """(start column, text) of each piece of a line between runs of two or more spaces or tabs."""
    line = line.expandtabs(8)
    return [(m.start(), m.group().strip()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _is_table_line(line: str) -> bool:
    if "|" in line and line.count("|") >= 2 and not _ITEM_HEADING.match(line):
        return True
    if "\t" in line.strip() and not _ITEM_HEADING.match(line):
        return True
    body = line.strip()
    if not _GAP.search(body) or _ITEM_HEADING.match(line) or re.match(r"^att\s{2,}", body, re.I):
        return False
    return True


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _pipe_cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def _column(starts: list[int], pos: int) -> int:
    return max((i for i, c in enumerate(starts) if c <= pos + 2), default=0)


def _aligned_rows(lines: list[str]) -> list[list[str]]:
    """Rows of cells from lines whose columns are aligned with spaces: a column starts where pieces
    of two or more lines start (or where the first line's pieces do)."""
    segs = [_segments(x) for x in lines]
    starts: dict[int, int] = {}
    for s in segs:
        for pos, _ in s:
            starts[pos] = starts.get(pos, 0) + 1
    cols = sorted(p for p, n in starts.items() if n >= 2 or len(lines) == 1)
    if not cols or cols[0] != 0:
        cols = [0, *cols]
    merged: list[int] = []
    for c in cols:  # starts a character or two apart are one column
        if merged and c - merged[-1] <= 2:
            continue
        merged.append(c)
    for s in segs:  # a piece set apart on its line ("Karin Ek      Sara Lind") is a cell of its own
        for (p0, _), (p1, _) in zip(s, s[1:]):
            if _column(merged, p0) == _column(merged, p1):
                merged = sorted({*merged, p1})
    rows = []
    for s in segs:
        row = [""] * len(merged)
        for pos, text in s:
            k = _column(merged, pos)
            row[k] = (row[k] + " " + text).strip()
        rows.append(row)
    used = [i for i in range(len(merged)) if any(r[i] for r in rows)]
    return [[r[i] for i in used] for r in rows]


def _table(lines: list[str]) -> list[list[str]]:
    if all("|" in x for x in lines if x.strip()):
        rows = [_pipe_cells(x) for x in lines if not _MD_SEPARATOR.match(x)]
    elif any("\t" in x.strip() for x in lines):
        rows = [[c.strip() for c in x.strip().split("\t")] for x in lines]
    else:
        rows = _aligned_rows(lines)
    rows = [r for r in rows if any(c for c in r)]
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def _section_row(lines: list[str], j: int, group: list[str]) -> bool:
    """A short line alone between rows of a table laid out with spaces ("Suppleanter" between the
    ledamöter and the suppleanter): a row of the table with its first cell filled, as Word keeps it."""
    s = lines[j].strip()
    return bool(group) and "|" not in group[-1] and len(s) <= 40 and not _ITEM_HEADING.match(lines[j]) \
        and not _MD_HEADING.match(s) and not _BULLET.match(lines[j]) and _indent(lines[j]) <= 2 \
        and j + 1 < len(lines) and bool(lines[j + 1].strip()) and _is_table_line(lines[j + 1]) \
        and "|" not in lines[j + 1] and "\t" not in lines[j + 1]


def parse_layout(text: str) -> Layout:
    """The blocks a secretary's document would hold for a text's lines."""
    lines = [x.rstrip() for x in text.replace("\r\n", "\n").replace("\f", "\n").split("\n")]
    drop, header, footer = page_furniture(lines)
    prose = [len(x.strip()) for x in lines if x.strip() and not _is_table_line(x)]
    width = sorted(prose)[int(len(prose) * 0.9)] if prose else 80
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in drop or not line.strip() or _RULE.match(line):
            i += 1
            continue
        m = _MD_HEADING.match(line.strip())
        if m:
            blocks.append(Block("heading", m.group(2).strip(), level=min(len(m.group(1)), 3)))
            i += 1
            continue
        if _is_table_line(line):
            j = i
            group = []
            while j < len(lines) and j not in drop and lines[j].strip() and (
                    _is_table_line(lines[j]) or (group and "|" not in lines[j]
                                                 and len(lines[j]) - len(lines[j].lstrip()) >= 4)
                    or _section_row(lines, j, group)):
                group.append(lines[j])
                j += 1
            rows = _table(group)
            if len(rows) == 1 and len(rows[0]) == 1:
                blocks.append(Block("para", rows[0][0]))
            elif rows and len(rows[0]) == 1:
                blocks += [Block("para", r[0]) for r in rows]
            elif rows:
                blocks.append(Block("table", rows=rows))
            i = j
            continue
        hanging = i + 1 < len(lines) and _indent(lines[i + 1]) > _indent(line) and lines[i + 1].strip() \
            and not _is_table_line(lines[i + 1])
        if _ITEM_HEADING.match(line) and (line.lstrip().startswith("§") or len(line.strip()) <= 70) and not hanging:
            blocks.append(Block("heading", " ".join(line.split()), level=2))
            i += 1
            continue
        kind = "bullet" if _BULLET.match(line) else "para"
        body = _BULLET.sub("", line).strip() if kind == "bullet" else line.strip()
        listed = kind == "bullet" or _ITEM_HEADING.match(line)
        i += 1
        # a hard-wrapped line runs on into the next one, as Word flows a paragraph; so does a list
        # entry's line under its hanging indent
        while i < len(lines) and i not in drop and lines[i].strip() and not _is_table_line(lines[i]) and (
                (listed and _indent(lines[i]) > _indent(lines[i - 1 if i - 1 > 0 else 0]) - 1
                 and _indent(lines[i]) >= 2 and not _BULLET.match(lines[i]))
                or (len(lines[i - 1].strip()) >= 0.7 * width
                    and not lines[i - 1].rstrip().endswith((":", ".", "!", "?"))
                    and not _BULLET.match(lines[i]) and not _ITEM_HEADING.match(lines[i])
                    and not _MD_HEADING.match(lines[i].strip()) and not re.match(r"\s*att\b", lines[i])
                    and (not plain(lines[i]).lstrip()[:1].isupper()
                         or lines[i - 1].rstrip().endswith((",", "-", "–"))))):
            body += " " + lines[i].strip()
            i += 1
        blocks.append(Block(kind, body))
    return Layout(blocks, header, footer)


# -- inline Markdown ------------------------------------------------------------------------------
_INLINE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


def runs(text: str) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) pieces of a line with Markdown emphasis."""
    out, pos = [], 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False, False))
        if m.group(1) or m.group(2):
            out.append((m.group(1) or m.group(2), True, False))
        else:
            out.append((m.group(3), False, True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False, False))
    return [r for r in out if r[0]]


def plain(text: str) -> str:
    return "".join(t for t, _, _ in runs(text))


# -- Word ----------------------------------------------------------------------------------------
def _add_page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field_ = OxmlElement("w:fldSimple")
    field_.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    field_.append(run)
    paragraph._p.append(field_)


def _furniture_paragraph(paragraph, line: str) -> None:
    """A header or footer line: its cells at tab stops, the page number as a PAGE field."""
    text = line
    number = _PAGE_NO.search(text)
    if number:
        text = text[:number.start()].rstrip()
    paragraph.add_run(text)
    if number:
        paragraph.add_run("\tSida " if number.group().lower().startswith("sida") else "\t")
        _add_page_field(paragraph)


def render_docx(text: str, target: Path) -> None:
    import docx
    from docx.shared import Pt

    layout = parse_layout(text)
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]
    for lines, part in ((layout.header, section.header), (layout.footer or ["\t"], section.footer)):
        first = True
        for line in lines:
            p = part.paragraphs[0] if first else part.add_paragraph()
            first = False
            _furniture_paragraph(p, line)
        if not layout.footer and part is section.footer:
            p = part.paragraphs[0]
            p.add_run("Sida ")
            _add_page_field(p)
    for b in layout.blocks:
        if b.kind == "table":
            t = d.add_table(rows=0, cols=len(b.rows[0]))
            t.style = "Table Grid"
            for r in b.rows:
                cells = t.add_row().cells
                for cell, value in zip(cells, r):
                    _fill(cell.paragraphs[0], value)
            continue
        if b.kind == "heading":
            p = d.add_paragraph(style=f"Heading {b.level}")
        elif b.kind == "bullet":
            p = d.add_paragraph(style="List Bullet")
        else:
            p = d.add_paragraph()
        _fill(p, b.text)
    d.save(str(target))


def _fill(paragraph, text: str) -> None:
    for piece, bold, italic in runs(text):
        r = paragraph.add_run(piece)
        r.bold = bold or None
        r.italic = italic or None


# -- PDF -----------------------------------------------------------------------------------------
def _fonts() -> tuple[str, str]:
    """A Unicode font pair (regular, bold) as Word embeds one; Helvetica when none is found."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            if "Body" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("Body", str(regular)))
                pdfmetrics.registerFont(TTFont("Body-Bold", str(bold)))
                from reportlab.lib.fonts import addMapping
                addMapping("Body", 0, 0, "Body")
                addMapping("Body", 1, 0, "Body-Bold")
                addMapping("Body", 0, 1, "Body")
                addMapping("Body", 1, 1, "Body-Bold")
            return "Body", "Body-Bold"
    return "Helvetica", "Helvetica-Bold"


def _markup(text: str) -> str:
    from xml.sax.saxutils import escape

    out = []
    for piece, bold, italic in runs(text):
        piece = escape(piece)
        out.append(f"<b>{piece}</b>" if bold else f"<i>{piece}</i>" if italic else piece)
    return "".join(out)


def column_widths(rows: list[list[str]], usable: float, font: str, size: float) -> list[float]:
    """Column widths as Word's autofit sets them: a column whose longest cell fits in its share gets
    what it needs, the rest share what is left; no column narrower than its longest word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def width(text: str) -> float:
        return stringWidth(text, font, size) + 14  # the cell's padding on both sides

    ncols = len(rows[0])
    need = [max(width(plain(r[k])) for r in rows) for k in range(ncols)]
    word = [max((width(w) for r in rows for w in plain(r[k]).split()), default=14) for k in range(ncols)]
    if sum(need) <= usable:
        return [usable * n / sum(need) for n in need]
    fixed: dict[int, float] = {}
    while True:
        free = [k for k in range(ncols) if k not in fixed]
        share = (usable - sum(fixed.values())) / max(1, len(free))
        small = [k for k in free if need[k] <= share]
        if not small:
            break
        fixed.update({k: need[k] for k in small})
    free = [k for k in range(ncols) if k not in fixed]
    left = usable - sum(fixed.values())
    out = [fixed.get(k, max(word[k], left * need[k] / sum(need[j] for j in free))) for k in range(ncols)]
    return [usable * w / sum(out) for w in out]


def render_pdf(text: str, target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    layout = parse_layout(text)
    font, bold = _fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13, spaceAfter=5)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
    heads = {n: ParagraphStyle(f"h{n}", parent=body, fontName=bold, fontSize=size, leading=size + 3,
                               spaceBefore=8, spaceAfter=4) for n, size in ((1, 15), (2, 12), (3, 11))}
    header = layout.header  # minutes without a running header get only the page number at the top
    footer = layout.footer

    def furniture(canvas, doc, total):
        canvas.saveState()
        canvas.setFont(font, 8)
        width, height = A4
        for n, line in enumerate(header):
            cells = [c for c in _PAGE_NO.sub("", line).split("\t") if c.strip()]
            y = height - 1.2 * cm - n * 10
            for k, c in enumerate(cells[:3]):
                canvas.drawString(2 * cm + k * 6.5 * cm, y, c[:60])
        canvas.drawRightString(width - 2 * cm, height - 1.2 * cm, f"{doc.page} ({total})")
        y = 1.2 * cm
        for line in footer:
            cells = [c for c in _PAGE_NO.sub("", line).split("\t") if c.strip()]
            for k, c in enumerate(cells[:3]):
                canvas.drawString(2 * cm + k * 6.5 * cm, y, c[:60])
            y += 10
        canvas.drawCentredString(width / 2, 0.8 * cm, f"Sida {doc.page} av {total}")
        canvas.restoreState()

    def story():
        flow = []
        for b in layout.blocks:
            if b.kind == "heading":
                flow.append(Paragraph(_markup(b.text), heads[b.level]))
            elif b.kind == "bullet":
                flow.append(ListFlowable([ListItem(Paragraph(_markup(b.text), body), leftIndent=14)],
                                         bulletType="bullet", start="•", leftIndent=14, bulletFontName=font))
            elif b.kind == "table":
                widths = column_widths(b.rows, A4[0] - 4 * cm, font, cell.fontSize)
                data = [[Paragraph(_markup(c), cell) for c in r] for r in b.rows]
                t = Table(data, colWidths=widths, repeatRows=0)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow += [t, Spacer(1, 6)]
            else:
                flow.append(Paragraph(_markup(b.text), body))
        return flow

    def build(total):
        doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                                topMargin=2.2 * cm, bottomMargin=2.2 * cm, invariant=1,
                                title=target.stem)
        doc.build(story(), onFirstPage=lambda c, d: furniture(c, d, total),
                  onLaterPages=lambda c, d: furniture(c, d, total))
        return doc.page

    pages = build(0)
    build(pages)  # again, now that the page count is known


# -- the benchmark -------------------------------------------------------------------------------
def formats() -> tuple[str, ...]:
    from samverkan.loaders import ocr

    return (FORMATS + (tuple(OFFICE_FORMATS) + tuple(TEXT_OFFICE_FORMATS) if shutil.which("soffice") else ())
            + (("scan",) if ocr.available() else ()))


def render_scan(pdf: Path, target: Path) -> None:
    """``pdf`` printed and scanned: each page a grey JPEG image at 200 dpi, a little skewed, as a
    signed protocol comes back from the office scanner, and no text layer."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(Path(tmp) / "page")],
                       check=True, capture_output=True, timeout=300)
        pages = sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        images = [Image.open(page).convert("L").rotate(0.3 if k % 2 else -0.25, resample=Image.BICUBIC, fillcolor=255)
                  for k, page in enumerate(pages)]
        images[0].save(target, "PDF", resolution=200, quality=60, save_all=True, append_images=images[1:])


def render_set(minutes: Path, out: Path, wanted: list[str] | None = None) -> dict[str, Path]:
    """Folders text/, docx/ and pdf/ under ``out`` holding the set's minutes in each format,
    odt/, rtf/, html/ and doc/ with the Word documents as LibreOffice saves them where it is installed,
    and scan/ with the PDFs as scanned page images where the OCR programs are installed; ``wanted``
    keeps only those formats (text, docx and pdf are always rendered: the others are made from them)."""
    folders = {f: out / re.sub(r"\W+", "_", f) for f in formats() if not wanted or f in wanted or f in FORMATS}
    for f in folders.values():
        f.mkdir(parents=True, exist_ok=True)
    typed = out / ".typed"  # the text files under a .txt name, as LibreOffice opens a text file
    typed.mkdir(exist_ok=True)
    for path in sorted(minutes.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix.lower() in TEXT_SUFFIXES:
            shutil.copy(path, folders["text"] / path.name)
            shutil.copy(path, typed / (path.stem + ".txt"))
            text = path.read_text(encoding="utf-8-sig")
            render_docx(text, folders["docx"] / (path.stem + ".docx"))
            render_pdf(text, folders["pdf"] / (path.stem + ".pdf"))
        elif path.suffix.lower() in (".docx", ".pdf"):
            for f in FORMATS + tuple(f for f in TEXT_OFFICE_FORMATS if f in folders):
                shutil.copy(path, folders[f] / path.name)
        elif path.suffix.lower() != ".json":  # minutes in another form (a mail, a web page, RTF): as they are everywhere
            for f in folders.values():
                shutil.copy(path, f / path.name)
    words = sorted(str(p) for p in folders["docx"].glob("*.docx"))
    # a profile of its own: LibreOffice refuses to start beside another instance using the same one
    profile = (out / ".office-profile").resolve().as_uri()
    texts = sorted(str(p) for p in typed.glob("*.txt"))
    for fmt, filter_ in TEXT_OFFICE_FORMATS.items():
        if fmt in folders and texts:
            subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", filter_,
                            "--outdir", str(folders[fmt]), *texts], check=True, capture_output=True, timeout=900)
    for fmt, filter_ in OFFICE_FORMATS.items():
        if fmt in folders and words:
            subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", filter_,
                            "--outdir", str(folders[fmt]), *words], check=True, capture_output=True, timeout=900)
            for pdf in folders["docx"].glob("*.pdf"):
                shutil.copy(pdf, folders[fmt] / pdf.name)
    if "scan" in folders:
        for pdf in sorted(folders["pdf"].glob("*.pdf")):
            render_scan(pdf, folders["scan"] / pdf.name)
        for word in folders["docx"].glob("*.docx"):  # Word minutes as they are; a scan is of printed minutes
            if not (folders["scan"] / (word.stem + ".pdf")).exists():
                shutil.copy(word, folders["scan"] / word.name)
    return folders


def table(rows: list[tuple[str, str, dict]]) -> str:
    """One row per set and format; a cell below the text version's is marked with ↓."""
    names = {"meeting_group": "body that met", "meeting_date": "date"}
    head = ["minutes", "format"] + [names.get(m, m) for m in SHOWN] + ["junk persons", "load errors"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    text_rows = {name: r for name, fmt, r in rows if fmt == "text"}
    for name, fmt, r in rows:
        m, base = r["metrics"], text_rows.get(name, r)["metrics"]
        cells = []
        for k in SHOWN:
            value = m[k]["f1"]
            mark = " ↓" if round(value, 2) < round(base[k]["f1"], 2) else ""
            cells.append(f"{value:.2f}{mark}")
        cells += [str(len(r.get("person_false_positives", []))), str(r["load_errors"])]
        lines.append("| " + " | ".join([name, fmt] + cells) + " |")
    return "\n".join(lines)


def measure(shared: Path, keep: Path | None = None, only: list[str] | None = None,
            fixtures: bool = False, wanted: list[str] | None = None) -> list[tuple[str, str, dict]]:
    """Each set's figures per format; ``fixtures``: of the test minutes with gold (``fixture_sets``) instead."""
    found = [s for s in (fixture_sets() if fixtures else sets(shared)) if not only or any(o in s[0] for o in only)]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        for name, minutes, gold in found:
            folders = render_set(minutes, work / re.sub(r"\W+", "_", name).strip("_"), wanted)
            for fmt in (f for f in folders if not wanted or f in wanted):
                rows.append((name, fmt, score(folders[fmt], gold, shared)))
    return rows


def write_section(path: Path, text: str, command: str, marker: str = "format table") -> None:
    """Put ``text`` between the ``marker`` table's markers in ``path``, adding the section if missing."""
    doc = path.read_text(encoding="utf-8")
    start, end = f"<!-- {marker} -->", f"<!-- end {marker} -->"
    if start not in doc:
        doc = doc.rstrip("\n") + "\n\n" + (SECTION if marker == "format table" else FIXTURE_SECTION) + f"\n{start}\n{end}\n"
    before, rest = doc.split(start, 1)
    after = rest.split(end, 1)[1]
    stamp = f"Measured {date.today().isoformat()} with `{command}`.\n\n"
    path.write_text(before + start + "\n" + stamp + text + "\n" + end + after, encoding="utf-8")


SECTION = """## The same minutes as Word, PDF, OpenDocument, RTF, HTML, Word 97–2003 and scans

Users bring minutes as .docx and .pdf as well as text. `python -m bench.formats` renders every text
minutes file of each annotated set to a Word document as a secretary writes it (Heading styles,
list paragraphs, tables and rosters as Word tables, bold runs, the running page header and footer
in the section's header and footer) and to a PDF as Word prints it (flowed paragraphs, drawn
tables, a page header and a footer with the page number), loads each format's folder alone into a
fresh store and scores it against the same gold. Minutes that are Word documents already stay as
they are in every folder. Where LibreOffice is installed (`soffice`), the Word documents are also
saved by it as OpenDocument text, RTF, HTML and Word 97–2003 (rows odt, rtf, html, doc), and the text files
themselves are opened by it as they are and printed to PDF in their typewriter font (row txt→pdf: no blank lines
or columns of spaces in the text layer, every line longer than the page wrapped) and saved as Word documents, a
line a paragraph (row txt→docx). The HTML
is LibreOffice's XHTML export, which writes nothing of the page header into the file, so minutes that name their
body or its kommun only there (Havsby's, Mälarby's and Skogland's sister Word renderings put them
in the header) lose the body that met as HTML, and the seats and mandates that hang on it; no
reader can get it back. Writer's own "HTML Document" keeps the header in a `<div title="header">`,
which the reader reads first, as it reads a Word document's first-page header. Where the OCR
programs are installed (poppler-utils, tesseract-ocr, tesseract-ocr-swe), each PDF is also printed
to grey page images at 200 dpi, a little skewed, as a signed protocol comes back from the scanner,
and read by OCR (row scan). A cell lower than the text version's is marked ↓.

```sh
.venv/bin/python -m bench.formats --write docs/accuracy.md
```
"""


FIXTURE_SECTION = """## The test minutes as Word and PDF

The test minutes with gold (minutes of bodies outside the corpus, sister minutes of each region, Blekinge's minutes
by other secretaries: `tests/loaders/fixtures`) rendered and scored as above, each set loaded alone. Minutes that
are mails, web pages or Word documents already stay as they are in every folder.

```sh
.venv/bin/python -m bench.formats --fixtures --formats text,docx,pdf --write docs/accuracy.md
```
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    ap.add_argument("--write", type=Path, help="also write the table into this markdown file, between its markers")
    ap.add_argument("--keep", type=Path, help="render into this folder and keep the files")
    ap.add_argument("--only", action="append", help="only the sets whose name contains this (repeatable)")
    ap.add_argument("--fixtures", action="store_true",
                    help="the test minutes with gold instead (unseen bodies, sister minutes, held-back Blekinge minutes); "
                         "--write puts their table under its own heading")
    ap.add_argument("--formats", help=f"comma-separated formats to score (of {', '.join(formats())})")
    args = ap.parse_args(argv)
    wanted = [f.strip() for f in args.formats.split(",")] if args.formats else None
    if wanted and set(wanted) - set(formats()):
        print(f"unknown or unavailable formats: {', '.join(sorted(set(wanted) - set(formats())))}", file=sys.stderr)
        return 2
    if not sets(args.shared):
        print(f"no annotated minutes under {args.shared}", file=sys.stderr)
        return 2
    rows = measure(args.shared, args.keep, args.only, args.fixtures, wanted)
    text = table(rows)
    print(text)
    if args.write:
        command = "python -m bench.formats" + (" --fixtures" if args.fixtures else "") + \
            (f" --formats {args.formats}" if args.formats else "") + f" --write {args.write}"
        write_section(args.write, text, command, "fixture format table" if args.fixtures else "format table")
    return 0


assert set(SHOWN) <= set(METRICS)

if __name__ == "__main__":
    raise SystemExit(main())
