"""Word minutes printed to PDF by a word processor, read against their Word originals.

Every Word or OpenDocument minutes of the test folders that has gold beside it (and the corpus's Word
minutes) is printed to PDF by LibreOffice (``soffice --convert-to pdf``, as a secretary saves a PDF
from Word). Each folder's originals and, apart, its PDFs are loaded alone into a fresh store,
exported and scored by ``../shared/tools/score_gold.py``; the figures are micro-F1 over all the
documents (true positives, false positives and misses summed before the ratio), so that what the
printing loses shows beside what the originals read.

    python -m bench.printed                    # needs soffice and ../shared
    python -m bench.printed --keep /tmp/pdfs   # keep the printed PDFs to look at
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from bench.accuracy import ROOT, score

FIXTURES = ROOT / "tests" / "loaders" / "fixtures"


def originals(shared: Path) -> dict[str, list[Path]]:
    """The Word minutes with gold, by the folder they are in (``unseen/notes``, ``sisters/adalen``, …)."""
    found = [p for p in FIXTURES.rglob("*") if p.suffix in (".docx", ".odt") and p.with_suffix(".json").exists()
             and p.parent.parent.name in ("unseen", "sisters", "blekinge")]
    found += [p for p in (shared / "corpus").rglob("*.docx") if p.with_suffix(".json").exists()]
    by_folder: dict[str, list[Path]] = defaultdict(list)
    for p in sorted(found):
        by_folder[f"{p.parent.parent.name}/{p.parent.name}"].append(p)
    return dict(by_folder)


def printed(word: Path, out: Path, profile: Path) -> Path:
    """``word`` printed to PDF by LibreOffice into ``out``."""
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(word)], check=True, capture_output=True, timeout=300)
    return out / f"{word.stem}.pdf"


def measure(shared: Path, keep: Path | None = None) -> dict[str, dict[str, list[int]]]:
    """Summed (tp, fp, fn) per metric for the originals ("word") and their PDFs ("pdf")."""
    totals: dict[str, dict[str, list[int]]] = {"word": defaultdict(lambda: [0, 0, 0]), "pdf": defaultdict(lambda: [0, 0, 0])}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for folder, files in originals(shared).items():
            for kind in ("word", "pdf"):
                d = work / kind / folder.replace("/", "_")
                d.mkdir(parents=True)
                for p in files:
                    src = p if kind == "word" else printed(p, (keep or work / "printed") / folder, work / "profile")
                    shutil.copy(src, d / src.name)
                    shutil.copy(p.with_suffix(".json"), d / f"{p.stem}.json")
                for metric, f in score(d, d, shared)["metrics"].items():
                    for i, key in enumerate(("tp", "fp", "fn")):
                        totals[kind][metric][i] += f.get(key, 0)
    return totals


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    ap.add_argument("--keep", type=Path, help="keep the printed PDFs in this folder")
    args = ap.parse_args(argv)
    if not shutil.which("soffice"):
        print("bench.printed: needs LibreOffice (soffice on the path)", file=sys.stderr)
        return 2
    totals = measure(args.shared, args.keep)
    count = sum(len(files) for files in originals(args.shared).values())
    print(f"{count} Word minutes and their PDFs, micro-F1\n")
    print("| metric | Word | PDF printed by LibreOffice |\n|---|---|---|")
    for metric, t in totals["word"].items():
        print(f"| {metric} | {f1(*t):.3f} | {f1(*totals['pdf'][metric]):.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
