"""Extraction accuracy per region: each set of annotated minutes loaded alone, exported and scored.

A user loads one region's minutes into their own store, so each folder of ``../shared/corpus`` (and
the annotated Blekinge samples, ``../shared/minutes`` with ``../shared/gold``) is loaded into a fresh
embedded store through the command line, exported as JSON and scored by ``../shared/tools/score_gold.py``.

    python -m bench.accuracy                      # print the table
    python -m bench.accuracy --write docs/accuracy.md
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
METRICS = ("items", "decisions", "attendance", "meeting_group", "meeting_date", "persons", "groups",
           "assignments", "memberships", "mandates", "presenters")
TARGETS = {"items": 0.95, "decisions": 0.95, "attendance": 0.93, "meeting_group": 0.9, "groups": 0.85,
           "assignments": 0.75, "memberships": 0.8, "mandates": 0.7}


def sets(shared: Path) -> list[tuple[str, Path, Path]]:
    """(name, minutes folder, gold folder) for the Blekinge samples and every corpus region."""
    found = []
    if (shared / "gold").is_dir() and (shared / "minutes").is_dir():
        found.append(("blekinge (gold)", shared / "minutes", shared / "gold"))
    corpus = shared / "corpus"
    if corpus.is_dir():
        found += [(d.name, d, d) for d in sorted(corpus.iterdir()) if d.is_dir()]
    return found


def fixture_sets(root: Path = ROOT) -> list[tuple[str, Path, Path]]:
    """(name, minutes folder, gold folder) for the test minutes with gold beside them: the minutes of
    bodies outside the corpus (``tests/loaders/fixtures/unseen/*``), the sister minutes of each
    corpus region (``tests/loaders/fixtures/sisters/*``, loaded alone here) and minutes of Blekinge's
    bodies by other secretaries (``tests/loaders/fixtures/blekinge/heldback``)."""
    base = root / "tests" / "loaders" / "fixtures"
    found = [(f"unseen {d.name}", d, d) for d in sorted((base / "unseen").glob("*")) if d.is_dir()]
    found += [(f"sisters {d.name} (alone)", d, d) for d in sorted((base / "sisters").glob("*")) if d.is_dir()]
    held_back = base / "blekinge" / "heldback"
    return found + ([("blekinge held back", held_back, held_back)] if held_back.is_dir() else [])


def score(minutes: Path, gold: Path, shared: Path) -> dict:
    """Load one folder into a fresh store, export it and return score_gold's figures."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "SAMVERKAN_STORE": str(Path(tmp) / "store"), "NEO4J_URI": ""}
        env.pop("NEO4J_URI")
        cli = [sys.executable, "-m", "samverkan"]
        load = subprocess.run([*cli, "load", str(minutes)], env=env, capture_output=True, text=True)
        export = Path(tmp) / "export.json"
        subprocess.run([*cli, "export", "--format", "json", "-o", str(export)], env=env, check=True,
                       capture_output=True, text=True)
        figures = Path(tmp) / "score.json"
        subprocess.run([sys.executable, str(shared / "tools" / "score_gold.py"), str(export), str(gold),
                        "--json", str(figures)], check=True, capture_output=True, text=True)
        result = json.loads(figures.read_text(encoding="utf-8"))
        result["load_errors"] = sum(1 for line in load.stderr.splitlines() if line.startswith("error:"))
        return result


def table(rows: list[tuple[str, dict]]) -> str:
    names = {"meeting_group": "body that met", "meeting_date": "date"}
    head = ["minutes"] + [names.get(m, m) for m in METRICS] + ["persons P", "junk persons", "load errors"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, r in rows:
        m = r["metrics"]
        cells = [f"{m[k]['f1']:.2f}" for k in METRICS]
        cells += [f"{m['persons']['p']:.2f}", str(len(r.get("person_false_positives", []))), str(r["load_errors"])]
        lines.append("| " + " | ".join([name] + cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    ap.add_argument("--write", type=Path, help="also write the table into this markdown file, between its markers")
    args = ap.parse_args(argv)
    found = sets(args.shared)
    if not found:
        print(f"no annotated minutes under {args.shared}", file=sys.stderr)
        return 2
    text = table([(name, score(minutes, gold, args.shared)) for name, minutes, gold in found])
    print(text)
    tests = table([(name, score(minutes, gold, args.shared)) for name, minutes, gold in fixture_sets()])
    print("\n" + tests)
    if args.write:
        for marker, body in (("accuracy table", text), ("test minutes table", tests)):
            write_marked(args.write, marker, body, f"python -m bench.accuracy --write {args.write}")
    return 0


def write_marked(path: Path, marker: str, body: str, command: str) -> None:
    """Put ``body``, stamped with today's date and the command that made it, between the markers
    ``<!-- marker -->`` and ``<!-- end marker -->`` of the markdown file ``path`` (added at its end if missing)."""
    doc = path.read_text(encoding="utf-8")
    start, end = f"<!-- {marker} -->", f"<!-- end {marker} -->"
    if start not in doc:
        doc = doc.rstrip("\n") + f"\n\n{start}\n{end}\n"
    before, rest = doc.split(start, 1)
    stamp = f"Measured {date.today().isoformat()} with `{command}`.\n\n"
    path.write_text(before + start + "\n" + stamp + body + "\n" + end + rest.split(end, 1)[1], encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
