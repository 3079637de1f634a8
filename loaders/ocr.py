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
                done = subprocess.run(["tesseract", str(image), "-", "-l", "swe"], check=True,
                                      capture_output=True, timeout=_PAGE_SECONDS, env=env)
            except subprocess.TimeoutExpired as exc:
                raise ReadError(path, f"scanned PDF: OCR of page {len(texts) + 1} took too long") from exc
            except subprocess.CalledProcessError as exc:
                raise ReadError(path, f"scanned PDF: OCR of page {len(texts) + 1} failed") from exc
            texts.append(ocr_cleaned(done.stdout.decode("utf-8", "replace")))
    return texts


# a paragraph sign read as a digit or a dollar at the start of a protocol's point: "8 42 Samverkan …",
# "$ 42 Samverkan", "§42" (the sign's loop read as an 8 is the usual misreading)
_PARAGRAPH_SIGN = re.compile(r"^(?:8|\$|S|&)\s?(?=\d{1,3}\s+[A-ZÅÄÖ])", re.MULTILINE)
# a speck or the page's edge read as a bar after the last word of a line: "Samverkan kring barn och unga |"
_STRAY_BAR = re.compile(r"[ \t]+[|!]$", re.MULTILINE)


def ocr_cleaned(page: str) -> str:
    """A page read by OCR with what OCR misreads the same way on every page put right: the
    paragraph sign before a point's number, a speck read as a bar at a line's end; without the page
    break it ends with.

    >>> print(ocr_cleaned("8 41 Val av justerare |\\nBeslut enligt 8 41.\\n$ 42 Ekonomi\\n8 000 kronor\\n\\x0c"))
    § 41 Val av justerare
    Beslut enligt 8 41.
    § 42 Ekonomi
    8 000 kronor
    """
    return _STRAY_BAR.sub("", _PARAGRAPH_SIGN.sub("§ ", page.replace("\x0c", "").rstrip()))
