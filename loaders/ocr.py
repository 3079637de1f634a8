"""Text of a scanned PDF by optical character recognition.

Signed protocols are often archived as scans: a PDF of page images with no text layer. Such a PDF
is rendered page by page (``pdftoppm`` of poppler-utils) and each page read by Tesseract with its
Swedish data (``tesseract-ocr`` and ``tesseract-ocr-swe``). Without those programs the file is
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
_INSTALL = "install poppler-utils, tesseract-ocr and tesseract-ocr-swe (apt-get install …) to read it"


def available() -> bool:
    """Whether this machine can read a scanned PDF: both programs and the Swedish data."""
    return _missing() is None


def _missing() -> str | None:
    tools = [t for t in ("pdftoppm", "tesseract") if not shutil.which(t)]
    if tools:
        return f"{' and '.join(tools)} not found"
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return "tesseract does not run"
    if "swe" not in langs.split():
        return "tesseract has no Swedish data (tesseract-ocr-swe)"
    return None


def read_scanned_pdf(path: Path, data: bytes, pages: int) -> list[str]:
    """The text of each page of a PDF of ``pages`` page images."""
    missing = _missing()
    if missing:
        raise ReadError(path, f"PDF has no text layer (a scanned image) and {missing}: {_INSTALL}")
    if pages > MAX_OCR_PAGES:
        raise ReadError(path, f"scanned PDF of {pages} pages, more than the {MAX_OCR_PAGES} read by OCR")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per file: a load in parallel uses the others
    with tempfile.TemporaryDirectory(prefix="samverkan-ocr-") as tmp:
        source = Path(tmp) / "scan.pdf"
        source.write_bytes(data)
        try:
            subprocess.run(["pdftoppm", "-r", str(_DPI), "-gray", "-png", str(source), str(Path(tmp) / "page")],
                           check=True, capture_output=True, timeout=_PAGE_SECONDS * max(pages, 1), env=env)
        except subprocess.TimeoutExpired as exc:
            raise ReadError(path, "scanned PDF: rendering its pages took too long") from exc
        except subprocess.CalledProcessError as exc:
            reason = " ".join(exc.stderr.decode("utf-8", "replace").split())[:160] or f"exit status {exc.returncode}"
            raise ReadError(path, f"scanned PDF: its pages could not be rendered ({reason})") from exc
        images = sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        texts = []
        for image in images:
            try:
                # the gaps between a table's cells kept as runs of spaces, as in a PDF's text layer
                done = subprocess.run(["tesseract", str(image), "-", "-l", "swe", "-c", "preserve_interword_spaces=1"],
                                      check=True, capture_output=True, timeout=_PAGE_SECONDS, env=env)
            except subprocess.TimeoutExpired as exc:
                raise ReadError(path, f"scanned PDF: OCR of page {len(texts) + 1} took too long") from exc
            except subprocess.CalledProcessError as exc:
                raise ReadError(path, f"scanned PDF: OCR of page {len(texts) + 1} failed") from exc
            texts.append(ocr_cleaned(done.stdout.decode("utf-8", "replace")))
    return texts


# a paragraph sign read as a digit or a dollar at the start of a protocol's point: "8 42 Samverkan …",
# "$ 42 Samverkan", "§42" (the sign's loop read as an 8 is the usual misreading)
_PARAGRAPH_SIGN = re.compile(r"^(?:8|\$|S|&)\s?(?=\d{1,3}\s+[A-ZÅÄÖ])", re.MULTILINE)
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
# a list's bullet read as a full stop, a guillemet, a degree sign or an "e": ". att bilda en arbetsgrupp"
_BULLET_READ = re.compile(r"^(?:[.»«°*·]|e)\s+(?=\w)", re.MULTILINE)


def ocr_cleaned(page: str) -> str:
    """A page read by OCR with what OCR misreads the same way on every page put right: the
    paragraph sign before a point's number, a table's ruling read as bars and letters between its
    cells; without the page break it ends with.

    >>> print(ocr_cleaned("8 41 Val av justerare |\\nBeslut enligt 8 41.\\n$ 42 Ekonomi\\n8 000 kronor\\n\\x0c"))
    § 41 Val av justerare
    Beslut enligt 8 41.
    § 42 Ekonomi
    8 000 kronor
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
    """
    from samverkan.loaders.read import is_column_word

    lines = []
    page = _BULLET_READ.sub("• ", _PARAGRAPH_SIGN.sub("§ ", page.replace("\x0c", "").rstrip()))
    for line in page.split("\n"):
        if "  " in line or "|" in line or "[" in line or "]" in line:  # a table's row, its cells apart
            line = _RULE_TAIL.sub("", _RULE_WORD.sub("  ", _RULE_GLYPHS.sub("  ", _RULE_BAR.sub("   ", line).strip())).rstrip())
            cells = re.split(r" {2,}", line)
            if len(cells) > 2 and all(is_column_word(c) for c in cells if c not in "-–"):
                line = "   ".join(c for c in cells if c not in "-–")  # a table's header: a dash in it is a ruling
        lines.append(line)
    return "\n".join(lines)
