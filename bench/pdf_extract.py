"""Which PDF text extractor reads minutes best: fidelity, two-column attendance, end-to-end parse, speed.

Renders minutes (the bundled examples and, when present, ``../shared/minutes``) to PDF with
reportlab — one column with page footers as the real protocols have — and one protocol whose
attendance is laid out in two columns of two-line entries, the layout that defeats line-based
extraction. Each candidate extractor then reads them all; the table says how close the text comes
to the source, whether every two-column entry comes out whole, how many attendance entries and
decisions the parser finds in the result compared with parsing the source text, and how fast it is.

    python -m bench.pdf_extract            # prints a markdown table, writes bench/out/pdf_extract.json
"""
from __future__ import annotations

import argparse
import difflib
import io
import json
import platform
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ATTENDEES = [
    ("Anna Lindqvist", "hälso- och sjukvårdsdirektör", "Region Blekinge"),
    ("Per-Olof Strand", "förvaltningschef Socialförvaltningen", "Karlskrona kommun"),
    ("Sara Holm-Berg", "förvaltningschef Omsorgsförvaltningen", "Karlshamns kommun"),
    ("Erik Sandell", "förvaltningschef Vård- och omsorgsförvaltningen", "Ronneby kommun"),
    ("Maja Öberg", "förvaltningschef Socialförvaltningen", "Olofströms kommun"),
    ("Nils Wester", "förvaltningschef Vård- och omsorgsförvaltningen", "Sölvesborgs kommun"),
    ("Fatima Haddad", "hälso- och sjukvårdschef Nära vård", "Region Blekinge"),
    ("Torill Skaar-Magnusson", "socialchef", "Karlshamns kommun"),
]

BODY = """§ 12
Information från PSVO
Föredragande: Anna Lindqvist

LSVO beslutar

att lägga informationen till protokollet

§ 13
Styrgrupp Barn och unga
Föredragande: Fatima Haddad

LSVO beslutar

att Per-Olof Strand och Maja Öberg utgör styrgrupp Barn och unga

att Sara Holm-Berg ges i uppdrag att ta fram en uppföljningsplan till nästa möte
"""


def extractors() -> dict:
    """The candidates that are installed, by name: each takes PDF bytes and returns text."""
    out = {}
    try:
        from pypdf import PdfReader

        out["pypdf"] = lambda data: "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
        out["pypdf layout"] = lambda data: "\n".join(p.extract_text(extraction_mode="layout") or ""
                                                     for p in PdfReader(io.BytesIO(data)).pages)
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text

        out["pdfminer.six"] = lambda data: extract_text(io.BytesIO(data))
    except ImportError:
        pass
    try:
        import pdfplumber

        def plumber(data):
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                return "\n".join(p.extract_text() or "" for p in pdf.pages)
        out["pdfplumber"] = plumber
    except ImportError:
        pass
    try:
        import pypdfium2 as pdfium

        def pdfium_text(data):
            doc = pdfium.PdfDocument(data)
            try:
                return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
            finally:
                doc.close()
        out["pypdfium2"] = pdfium_text
    except ImportError:
        pass
    return out


def render_flowing(text: str) -> bytes:
    """One column of the minutes' lines, with the page footers real protocols carry."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    lines = text.splitlines()
    per_page = 58
    pages = max(1, -(-len(lines) // per_page))
    for n in range(pages):
        y = height - 50
        for line in lines[n * per_page:(n + 1) * per_page]:
            c.setFont("Helvetica", 9)
            c.drawString(50, y, line[:120])
            y -= 12.5
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, "Justerandes signatur")
        c.drawString(250, 30, "Utdragsbestyrkande")
        c.drawString(520, 30, f"{n + 1}({pages})")
        c.showPage()
    c.save()
    return buf.getvalue()


def render_two_columns(order: str = "column") -> tuple[bytes, str]:
    """A protocol whose attendance stands in two columns of two-line entries; also its source text.

    ``order`` is the order the text is written into the PDF: column by column, or line by line
    across both columns as many generators do — then only layout analysis recovers the entries.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    head = ["LSVO", "Sammanträdesprotokoll 2024-03-15", "",
            "Tid och plats: Fredagen den 15 mars 2024 kl. 09.00 - 12.00, Regionhuset Karlskrona", "",
            "Närvarande ledamöter:"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    y = height - 50
    c.setFont("Helvetica", 10)
    for line in head:
        c.drawString(50, y, line)
        y -= 14
    half = (len(ATTENDEES) + 1) // 2
    cells = []
    for col, people in ((50, ATTENDEES[:half]), (310, ATTENDEES[half:])):
        for row, (name, title, org) in enumerate(people):
            cells.append((row, 0, col, y - 30 * row, f"{name}, {title},"))
            cells.append((row, 1, col, y - 30 * row - 12, org))
    if order == "line":
        cells.sort(key=lambda c_: (c_[0], c_[1], c_[2]))
    for _, _, x, yy, text in cells:
        c.drawString(x, yy, text)
    y -= 30 * half + 10
    for line in BODY.splitlines():
        c.drawString(50, y, line)
        y -= 14
    c.showPage()
    c.save()
    source = "\n".join(head + [f"{n}, {t},\n{o}" for n, t, o in ATTENDEES] + [""] + BODY.splitlines())
    return buf.getvalue(), source


def _lines(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", ln).strip() for ln in text.splitlines() if ln.strip()]


def fidelity(extracted: str, source: str) -> float:
    """How close the extracted lines come to the source lines (difflib ratio, footers left out)."""
    got = [ln for ln in _lines(extracted)
           if not re.fullmatch(r"(Justerandes signatur|Utdragsbestyrkande|\d+\(\d+\))( .*)?", ln)]
    return difflib.SequenceMatcher(None, got, _lines(source), autojunk=False).ratio()


def entries_whole(extracted: str) -> int:
    """Two-column entries whose name and organisation come out on neighbouring lines."""
    lines = _lines(extracted)
    whole = 0
    for name, _, org in ATTENDEES:
        at = [i for i, ln in enumerate(lines) if ln.startswith(name)]
        if at and any(lines[i + 1:i + 2] == [org] for i in at):
            whole += 1
    return whole


def parse_counts(text: str) -> tuple[int, int]:
    from samverkan.loaders.extract import parse_minutes

    try:
        parsed = parse_minutes(text, "bench.pdf")
    except Exception:  # a failed parse scores nothing
        return 0, 0
    return len(parsed.attendance), len(parsed.decisions)


def sources() -> list[tuple[str, str]]:
    files = sorted((ROOT / "examples").glob("*.txt"))
    shared = ROOT.parent / "shared" / "minutes"
    if shared.is_dir():
        files += sorted(shared.glob("*.txt"))
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


def measure(repeat: int) -> dict:
    docs = [(name, render_flowing(text), text) for name, text in sources()]
    two_pdf, two_source = render_two_columns()
    line_pdf, _ = render_two_columns("line")
    want_att, want_dec = parse_counts(two_source)
    pages = sum(len(re.findall(rb"/Type\s*/Page\b", pdf)) for _, pdf, _ in docs)
    results = {}
    for name, extract in extractors().items():
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            texts = [extract(pdf) for _, pdf, _ in docs]
            best = min(best, time.perf_counter() - start)
        fid = sum(fidelity(t, src) for t, (_, _, src) in zip(texts, docs)) / len(docs)
        parsed = [parse_counts(t) for t in texts]
        expected = [parse_counts(src) for _, _, src in docs]
        two = extract(two_pdf)
        att, dec = parse_counts(two)
        by_line = extract(line_pdf)
        line_att, _ = parse_counts(by_line)
        results[name] = {
            "fidelity": round(fid, 3),
            "two_column_entries_whole": f"{entries_whole(two)}/{len(ATTENDEES)}",
            "two_column_attendance": f"{att}/{want_att}",
            "two_column_decisions": f"{dec}/{want_dec}",
            "line_order_entries_whole": f"{entries_whole(by_line)}/{len(ATTENDEES)}",
            "line_order_attendance": f"{line_att}/{want_att}",
            "decisions_found": f"{sum(p[1] for p in parsed)}/{sum(e[1] for e in expected)}",
            "pages_per_s": round(pages / best, 1),
        }
    return {"python": platform.python_version(), "machine": platform.machine(), "documents": len(docs),
            "pages": pages, "results": results}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per extractor; the best is reported")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "pdf_extract.json")
    args = ap.parse_args(argv)
    report = measure(args.repeat)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{report['documents']} documents, {report['pages']} pages; Python {report['python']}\n")
    print("| extractor | fidelity | two columns, written by column: entries whole / attendance "
          "| two columns, written by line: entries whole / attendance | decisions found | pages/s |")
    print("|---|---|---|---|---|---|")
    for name, r in report["results"].items():
        print(f"| {name} | {r['fidelity']} | {r['two_column_entries_whole']} / {r['two_column_attendance']} "
              f"| {r['line_order_entries_whole']} / {r['line_order_attendance']} | {r['decisions_found']} "
              f"| {r['pages_per_s']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
