"""Text of a scanned PDF or TIFF by optical character recognition.

Signed protocols are often archived as scans: a PDF of page images with no text layer, or the TIFF
file an office scanner saves. Such a PDF is rendered page by page (``pdftoppm`` of poppler-utils)
and each page read by Tesseract with its Swedish data (``tesseract-ocr`` and ``tesseract-ocr-swe``);
Tesseract reads a TIFF's pages itself. Without those programs the file is
refused with a reason that names what to install; nothing else in the project needs them.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from samverkan.graph.errors import ReadError

# pages read at most: a scan of minutes is a few pages, and each takes seconds to read
MAX_OCR_PAGES = 60
# dots per inch the pages are rendered at: what Tesseract reads best at
_DPI = 300
_PAGE_SECONDS = 120
NOTE = "read by OCR from a scanned PDF with no text layer: names and numbers may be misread"
NOTE_IMAGE = "read by OCR from a scanned image: names and numbers may be misread"
_INSTALL = "install poppler-utils, tesseract-ocr and tesseract-ocr-swe (apt-get install …) to read it"


def available() -> bool:
    """Whether this machine can read a scanned PDF: both programs and the Swedish data."""
    return _missing() is None


def _missing(tools: tuple[str, ...] = ("pdftoppm", "tesseract")) -> str | None:
    tools = [t for t in tools if not shutil.which(t)]
    if tools:
        return f"{' and '.join(tools)} not found"
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return "tesseract does not run"
    if "swe" not in langs.split():
        return "tesseract has no Swedish data (tesseract-ocr-swe)"
    return None


def _one_core() -> dict[str, str]:
    """The environment the OCR programs run in: one core per file, as a load in parallel uses the others."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _tesseract(image: Path, timeout: float) -> str:
    """What Tesseract reads in ``image`` with its Swedish data, the gaps between a table's cells kept as
    runs of spaces, as in a PDF's text layer (its pages apart by form feeds)."""
    return subprocess.run(["tesseract", str(image), "-", "-l", "swe", "-c", "preserve_interword_spaces=1"],
                          check=True, capture_output=True, timeout=timeout, env=_one_core()).stdout.decode("utf-8", "replace")


def read_scanned_pdf(path: Path, data: bytes, pages: int) -> list[str]:
    """The text of each page of a PDF of ``pages`` page images."""
    missing = _missing()
    if missing:
        raise ReadError(path, f"PDF has no text layer (a scanned image) and {missing}: {_INSTALL}")
    if pages > MAX_OCR_PAGES:
        raise ReadError(path, f"scanned PDF of {pages} pages, more than the {MAX_OCR_PAGES} read by OCR")
    with tempfile.TemporaryDirectory(prefix="samverkan-ocr-") as tmp:
        source = Path(tmp) / "scan.pdf"
        source.write_bytes(data)
        try:
            subprocess.run(["pdftoppm", "-r", str(_DPI), "-gray", "-png", str(source), str(Path(tmp) / "page")],
                           check=True, capture_output=True, timeout=_PAGE_SECONDS * max(pages, 1), env=_one_core())
        except subprocess.TimeoutExpired as exc:
            raise ReadError(path, "scanned PDF: rendering its pages took too long") from exc
        except subprocess.CalledProcessError as exc:
            reason = " ".join(exc.stderr.decode("utf-8", "replace").split())[:160] or f"exit status {exc.returncode}"
            raise ReadError(path, f"scanned PDF: its pages could not be rendered ({reason})") from exc
        images = sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        texts = []
        for image in images:
            try:
                page = _tesseract(image, _PAGE_SECONDS)
            except subprocess.TimeoutExpired as exc:
                raise ReadError(path, f"scanned PDF: OCR of page {len(texts) + 1} took too long") from exc
            except subprocess.CalledProcessError as exc:
                raise ReadError(path, f"scanned PDF: OCR of page {len(texts) + 1} failed") from exc
            texts.append(ocr_cleaned(page))
    return texts


def read_scanned_image(path: Path, data: bytes) -> list[str]:
    """The text of each page of a scanner's TIFF file (one page an image, as office scanners save
    a signed protocol)."""
    missing = _missing(("tesseract",))
    if missing:
        raise ReadError(path, f"a scanned image needs OCR, and {missing}: {_INSTALL}")
    with tempfile.TemporaryDirectory(prefix="samverkan-ocr-") as tmp:
        image = Path(tmp) / "scan.tif"
        image.write_bytes(data)
        try:
            pages = _tesseract(image, _PAGE_SECONDS * MAX_OCR_PAGES).split("\x0c")
        except subprocess.TimeoutExpired as exc:
            raise ReadError(path, "scanned image: OCR took too long") from exc
        except subprocess.CalledProcessError as exc:
            reason = " ".join(exc.stderr.decode("utf-8", "replace").split())[-160:] or f"exit status {exc.returncode}"
            raise ReadError(path, f"not a readable image ({reason})") from exc
    return [ocr_cleaned(page) for page in pages if page.strip()]


# a paragraph sign read as a digit or a dollar at the start of a protocol's point: "8 42 Samverkan …",
# "$ 42 Samverkan", "§42" (the sign's loop read as an 8 is the usual misreading)
_PARAGRAPH_SIGN = re.compile(r"^(?:8|\$&?|S|&)\s?(?=\d{1,3}(?:/\d{2})?(?:\s+[A-ZÅÄÖ]|\s*$))"
                             # "§ 46/24" after a point's title in a list of points: "… för justering   8 46/24"
                             r"|(?<= {2})(?:8|\$&?|&)\s?(?=\d{1,3}/\d{2}\s*$)"
                             # a dollar or "$&" is never anything else in Swedish minutes: "FoU-verksamheten $49"
                             r"|\$&?\s?(?=\d)", re.MULTILINE)
# the marks of what a point is for, information, discussion, decision, with an I read as a 1 or an l and the
# closing bracket as a slash: "(1/D)", "(I1/D)", "(I/D/" are "(I/D)"
_POINT_MARK_I = re.compile(r"\((?:1|I1|l|Il)(?=/[DB]\b)")
_POINT_MARKS_END = re.compile(r"(?<=\([IDB]/[DB])/(?=\s*$)", re.MULTILINE)
# a table's ruling read as a bar or bracket between its cells, or a speck read so after a line's last
# word: the cells' gap ("BH | Birgitta Hallén | Sandhamra kommun", "Samverkan kring barn och unga |")
_RULE_BAR = re.compile(r"[ \t]*[|\[\]]+[ \t]*")
# a vertical ruling read as letters in a column's gap, before the next cell or at the line's end: "Birgitta
# Hallén          I Sandhamra kommun", "Katarina Wiik   TI Östmo kommun", "Region Havsby =   verksamhetschef"
# (a dash, a digit or a party's letters in a cell of their own are kept)
_RULE_GLYPHS = re.compile(r"(?<=\S)(?: {2,}(?:[Il!=_~'\"‘’{}]|TI|IT|Il|lI|II)(?= |$)"
                          r"| (?:[Il!=_~'\"‘’{}]|TI|IT|Il|lI|II)(?= {2,}|$))")
# a horizontal ruling's fragments after a line's last cell: "MAS          ee       SS"
_RULE_TAIL = re.compile(r"(?: {2,}(?:[a-zåäö]{1,2}|([A-Z])\1|[=~_]))+$")
# a ruling's fragment in a column's gap read as a short lower-case word that is none: "Organisation   od  Funktion"
_RULE_WORD = re.compile(r"(?<=\S) {2,}(?!(?:i|å|ö|en|ej|av|på|om|nu|ja|så)(?= ))[a-zåäö]{1,2}(?= {2,})")
# the header of a column of presence marks ("Närvaro", "Närv.", "Närvarande", "x = närvarande")
_PRESENCE_COLUMN = re.compile(r"(?i)\bnärv|\bdeltog\b|\bx\b")
# a dash alone after a row's last cell
_LAST_DASH = re.compile(r" {2,}[-–—]$")
# a dash between words read as a hyphen: "Samverkansgrupp Barn och unga (SBU) - Region Skogland", "hälso - och
# sjukvård" (a hyphen has no space either side)
_SPACED_HYPHEN = re.compile(r"(?<=[\w)]) - (?=[\w(\"”])")
# a list's bullet read as a full stop, a guillemet, a degree sign or an "e": ". att bilda en arbetsgrupp"
_BULLET_READ = re.compile(r"^(?:[.»«°*·]|e«?|«e)\s+(?=\w)", re.MULTILINE)


def ocr_cleaned(page: str) -> str:
    """A page read by OCR with what OCR misreads the same way on every page put right: the
    paragraph sign before a point's number, a table's ruling read as bars and letters between its
    cells; without the page break it ends with.

    >>> print(ocr_cleaned("8 41 Val av justerare |\\nBeslut enligt 8 41.\\n$ 42 Ekonomi\\n8 000 kronor\\n\\x0c"))
    § 41 Val av justerare
    Beslut enligt 8 41.
    § 42 Ekonomi
    8 000 kronor
    >>> print(ocr_cleaned("Val av justerare   8 46/24\\n8 47/24\\n& 48/24\\nFoU-strateg $49\\n"
    ...                   "4). Kunskapsstyrning (1/D)\\ne« Presentera överenskommelse\\n8. FoU (I1/D/\\n9. UPH (I/B)"))
    Val av justerare   § 46/24
    § 47/24
    § 48/24
    FoU-strateg § 49
    4). Kunskapsstyrning (I/D)
    • Presentera överenskommelse
    8. FoU (I/D)
    9. UPH (I/B)
    >>> print(ocr_cleaned("Samverkansgrupp Barn och unga (SBU) - Region Skogland\\nhälso - och sjukvård, 2024-2025"))
    Samverkansgrupp Barn och unga (SBU) – Region Skogland
    hälso – och sjukvård, 2024-2025
    >>> print(ocr_cleaned("| BH    |  Birgitta Hallén          I Sandhamra kommun  ordförande\\n"
    ...                   "KW    |  Katarina Wiik          TI Östmo kommun       I enhetschef  ee       SS\\n"
    ...                   "ALM   | Anna Ek  I Region Havsby =   verksamhetschef        -\\n"
    ...                   "Per Ek                S        -\\nI dag hölls mötet."))
    BH   Birgitta Hallén   Sandhamra kommun  ordförande
    KW   Katarina Wiik   Östmo kommun   enhetschef
    ALM   Anna Ek   Region Havsby     verksamhetschef        -
    Per Ek                S        -
    I dag hölls mötet.
    >>> print(ocr_cleaned("Sign.   Namn   -   Organisation   od  Funktion\\nBeslut:\\n. att bilda en arbetsgrupp\\n"
    ...                   "e att ge KW i uppdrag\\nAnna Ek   ej   i tjänst"))
    Sign.   Namn   Organisation   Funktion
    Beslut:
    • att bilda en arbetsgrupp
    • att ge KW i uppdrag
    Anna Ek   ej   i tjänst

    A dash after a row's last cell is a presence mark where the table has a column for them, else the
    table's right edge:

    >>> print(ocr_cleaned("Namn   Organisation   Funktion\\nAnna Ek   Region Havsby   MAS        -\\n"
    ...                   "Gruppen möttes.\\nNamn   Parti   Närvaro\\nPer Ek   S   -"))
    Namn   Organisation   Funktion
    Anna Ek   Region Havsby   MAS
    Gruppen möttes.
    Namn   Parti   Närvaro
    Per Ek   S   -
    """
    from samverkan.loaders.read import is_column_word

    lines = []
    page = _BULLET_READ.sub("• ", _PARAGRAPH_SIGN.sub("§ ", page.replace("\x0c", "").rstrip()))
    if " - " in page:
        page = _SPACED_HYPHEN.sub(" – ", page)
    if "/" in page:
        page = _POINT_MARKS_END.sub(")", _POINT_MARK_I.sub("(I", page))
    marks = True  # whether the table read last has a column of presence marks, where a dash is one
    for line in page.split("\n"):
        if "  " in line or "|" in line or "[" in line or "]" in line:  # a table's row, its cells apart
            line = _RULE_TAIL.sub("", _RULE_WORD.sub("  ", _RULE_GLYPHS.sub("  ", _RULE_BAR.sub("   ", line).strip())).rstrip())
            cells = re.split(r" {2,}", line)
            if len(cells) > 2 and all(is_column_word(c) for c in cells if c not in "-–"):
                line = "   ".join(c for c in cells if c not in "-–")  # a table's header: a dash in it is a ruling
                marks = bool(_PRESENCE_COLUMN.search(line))
            elif not marks:
                line = _LAST_DASH.sub("", line)  # no column for a dash to stand in: the table's right edge
        elif line.strip() and not _LAST_DASH.search(line):
            marks = True  # running text: the table has ended
        lines.append(line)
    return "\n".join(lines)
