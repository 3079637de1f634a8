"""The annotated minutes written another way: each rewrite keeps what the minutes say and changes how they are typed.

Secretaries of other bodies type the same facts in other ways: dashes or dots for bullets, labels in capitals or
with other words, the day in words, the title in capitals, no Markdown marks, Windows line ends. Each rewrite
below is applied to every annotated .txt/.md minutes of ``../shared`` and the test folders; each set is loaded
alone into a fresh store, exported and scored against its unchanged gold, and the figures of all sets are pooled.
A rule that reads one way of typing and not the other shows as a drop against the minutes as written.

    python -m bench.rewrites                          # print the table
    python -m bench.rewrites --write docs/accuracy.md
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from bench.accuracy import ROOT, fixture_sets, score, sets, write_marked

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")
SHOWN = ("meeting_group", "meeting_date", "attendance", "items", "decisions", "assignments", "memberships",
         "mandates", "groups")
LABELS = ("Närvarande", "Frånvarande", "Deltagare", "Ej närvarande", "Förhinder", "Beslut", "Ordförande",
          "Sekreterare", "Justerare", "Övriga", "Ersättare", "Ledamöter")


def dash_bullets(text: str) -> str:
    """A list typed with hyphens as a word processor turns it: en dashes.

    >>> dash_bullets("- Eva Ek\\n  * Per Lund\\nett - två")
    '– Eva Ek\\n  – Per Lund\\nett - två'
    """
    return re.sub(r"(?m)^(\s*)[-*•] ", r"\1– ", text)


def dot_bullets(text: str) -> str:
    """A list's hyphens as bullets.

    >>> dot_bullets("- Eva Ek\\n  - Per Lund")
    '• Eva Ek\\n  • Per Lund'
    """
    return re.sub(r"(?m)^(\s*)[-*] ", r"\1• ", text)


def labels_in_capitals(text: str) -> str:
    """The labels of a roster and a decision typed in capitals.

    >>> labels_in_capitals("Närvarande: Eva Ek\\nBeslut: Planen antas.")
    'NÄRVARANDE: Eva Ek\\nBESLUT: Planen antas.'
    """
    return re.sub(rf"(?m)^({'|'.join(LABELS)})(?=\s*:)", lambda m: m.group(1).upper(), text)


def other_label_words(text: str) -> str:
    """The roster's labels in other words: "Deltagare" and "Närvarande" traded, "Anmält förhinder" for the absent.

    >>> other_label_words("Närvarande: Eva Ek\\n- Frånvarande: Per Lund\\nDeltagare: Bo Ax")
    'Deltagare: Eva Ek\\n- Anmält förhinder: Per Lund\\nNärvarande: Bo Ax'
    """
    swap = {"Närvarande:": "Deltagare:", "Deltagare:": "Närvarande:", "Frånvarande:": "Anmält förhinder:"}
    return re.sub(r"(?m)^(\W*)(Närvarande:|Deltagare:|Frånvarande:)", lambda m: m.group(1) + swap[m.group(2)], text)


def day_in_words(text: str) -> str:
    """The dates of the first fifteen lines (the title and the header) written in words.

    >>> day_in_words("Protokoll 2026-03-05\\nPlats: Åby")
    'Protokoll 5 mars 2026\\nPlats: Åby'
    """
    lines = text.split("\n")
    head = re.sub(r"\b(20\d\d)-(0[1-9]|1[0-2])-(\d\d)\b",
                  lambda m: f"{int(m.group(3))} {MONTHS[int(m.group(2)) - 1]} {m.group(1)}", "\n".join(lines[:15]))
    return "\n".join([head, *lines[15:]])


def title_in_capitals(text: str) -> str:
    """The first line, the title, typed in capitals.

    >>> title_in_capitals("\\nSamverkansgrupp äldre – Åby\\nPlats: Åby")
    '\\nSAMVERKANSGRUPP ÄLDRE – ÅBY\\nPlats: Åby'
    """
    return re.sub(r"\A(\s*)([^\n]+)", lambda m: m.group(1) + m.group(2).upper(), text)


def without_markdown(text: str) -> str:
    """Markdown's heading and bold marks taken off, as notes are typed in a plain mail.

    >>> without_markdown("## 2. Budget\\n**Beslut:** Planen antas.")
    '2. Budget\\nBeslut: Planen antas.'
    """
    return re.sub(r"(?m)^#{1,6}\s+", "", re.sub(r"\*\*(.+?)\*\*", r"\1", text))


def windows_lines(text: str) -> str:
    """Windows line ends, with the spaces an editor leaves at their ends.

    >>> windows_lines("a\\nb")
    'a  \\r\\nb'
    """
    return text.replace("\n", "  \r\n")


def numbers_with_brackets(text: str) -> str:
    """Points numbered "1)" where the minutes number them "1.".

    >>> numbers_with_brackets("1. Inledning\\n  2. Budget\\n3.5 procent")
    '1) Inledning\\n  2) Budget\\n3.5 procent'
    """
    return re.sub(r"(?m)^(\s*)(\d{1,2})\.(\s+[A-ZÅÄÖ])", r"\1\2)\3", text)


def roster_on_one_line(text: str) -> str:
    """A roster of one person a line under its label written on the label's line, the names parted by commas.

    >>> roster_on_one_line("Närvarande:\\nEva Ek\\n- Per Lund\\n\\n1. Inledning")
    'Närvarande: Eva Ek, Per Lund\\n\\n1. Inledning'
    """
    lines, out, i = text.split("\n"), [], 0
    name = re.compile(r"\s*(?:[-*•]\s+)?[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2}\s*")
    while i < len(lines):
        if re.fullmatch(r"\W*(Närvarande|Deltagare|Frånvarande|Ledamöter)\s*:\s*", lines[i]):
            j = i + 1
            while j < len(lines) and name.fullmatch(lines[j]):
                j += 1
            if j - i > 2:
                people = [re.sub(r"^\s*(?:[-*•]\s+)?", "", x).strip() for x in lines[i + 1:j]]
                out.append(f"{lines[i].rstrip()} {', '.join(people)}")
                i = j
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def star_bullets(text: str) -> str:
    """A list's hyphens as asterisks, as plain-text mail and wiki editors type them.

    >>> star_bullets("- Eva Ek\\n  • Per Lund\\nett - två")
    '* Eva Ek\\n  * Per Lund\\nett - två'
    """
    return re.sub(r"(?m)^(\s*)[-•–] ", r"\1* ", text)


LIST_MARK = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)]|[a-zå][.)])\s+")


def wrapped_at_72(text: str) -> str:
    """Lines longer than 72 characters broken at the last space before the 73rd, as a mail client sends them; a list
    item's further lines indented under its text, a table row, a heading and a line without spaces kept whole.

    >>> wrapped_at_72("Gruppen diskuterade " + "frågan " * 10 + "vidare.\\n- kort punkt")
    'Gruppen diskuterade frågan frågan frågan frågan frågan frågan frågan\\nfrågan frågan frågan vidare.\\n- kort punkt'
    >>> wrapped_at_72("- " + "ord " * 20)
    '- ord ord ord ord ord ord ord ord ord ord ord ord ord ord ord ord ord\\n  ord ord ord'
    """
    out = []
    for line in text.split("\n"):
        body = line.rstrip()
        if len(body) <= 72 or body.lstrip().startswith(("|", "#")) or "\t" in body:
            out.append(line)
            continue
        mark = LIST_MARK.match(body)
        indent = " " * (mark.end() if mark else len(body) - len(body.lstrip()))
        out.append(textwrap.fill(body, 72, subsequent_indent=indent, break_long_words=False,
                                 break_on_hyphens=False, expand_tabs=False, replace_whitespace=False,
                                 drop_whitespace=True))
    return "\n".join(out)


ROSTER_LABEL = re.compile(r"\W*(Närvarande|Deltagare|Frånvarande|Ledamöter|Ersättare|Ej närvarande|Förhinder)"
                          r"(?: [a-zåäö]+)*\s*:?\s*")
ROSTER_ROW = re.compile(r"\s*(?:[-*•–]\s+)?([A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2}(?:\s+\([^)]*\))?)"
                        r"((?:,\s*[^,\t]+)+)\s*")


def roster_in_columns(text: str) -> str:
    """A roster of a person a line, "Eva Ek, samordnare, Åby kommun", pasted from a spreadsheet: the parts of a line
    parted by tabs, the bullet gone.

    >>> roster_in_columns("Närvarande:\\n- Eva Ek, samordnare, Åby kommun\\nPer Lund, Region Öby\\n\\nEva Ek, hon")
    'Närvarande:\\nEva Ek\\tsamordnare\\tÅby kommun\\nPer Lund\\tRegion Öby\\n\\nEva Ek, hon'
    """
    lines = text.split("\n")
    out, in_roster = [], False
    for line in lines:
        row = ROSTER_ROW.fullmatch(line) if in_roster else None
        if row:
            out.append("\t".join([row.group(1)] + [p.strip() for p in row.group(2).split(",")[1:]]))
            continue
        in_roster = bool(ROSTER_LABEL.fullmatch(line)) or (in_roster and bool(re.fullmatch(
            r"\s*(?:[-*•–]\s+)?[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2}(?:\s+\([^)]*\))?\s*", line)))
        out.append(line)
    return "\n".join(out)


REWRITES: dict[str, tuple[str, Callable[[str], str]]] = {
    "dash bullets": ("a list's hyphens turned into en dashes, as a word processor does", dash_bullets),
    "dot bullets": ("a list's hyphens as bullets", dot_bullets),
    "labels in capitals": ("roster and decision labels in capitals", labels_in_capitals),
    "other label words": ('"Deltagare" for "Närvarande" and back, "Anmält förhinder" for "Frånvarande"',
                          other_label_words),
    "day in words": ("the header's dates written in words", day_in_words),
    "title in capitals": ("the first line in capitals", title_in_capitals),
    "no Markdown": ("Markdown's heading and bold marks taken off", without_markdown),
    "Windows lines": ("Windows line ends, spaces at the lines' ends", windows_lines),
    "numbers with brackets": ('points numbered "1)" for "1."', numbers_with_brackets),
    "roster on one line": ("a roster of a name a line written on its label's line", roster_on_one_line),
    "star bullets": ("a list's hyphens and bullets as asterisks", star_bullets),
    "wrapped at 72": ("lines over 72 characters broken as a mail client sends them, a list item's rest indented",
                      wrapped_at_72),
    "roster in columns": ('a roster\'s "name, title, organisation" lines pasted from a spreadsheet, tab-separated',
                          roster_in_columns),
}


def rewrite_set(minutes: Path, gold: Path, target: Path, fn: Callable[[str], str]) -> int:
    """Write each annotated .txt/.md minutes of ``minutes`` rewritten by ``fn`` into ``target`` with its gold;
    the number of minutes written."""
    target.mkdir(parents=True, exist_ok=True)
    n = 0
    for f in sorted(minutes.iterdir()):
        g = gold / f"{f.stem}.json"
        if f.suffix not in (".txt", ".md") or f.name == "README.md" or not g.is_file():
            continue
        (target / f.name).write_bytes(fn(f.read_text(encoding="utf-8")).encode("utf-8"))
        shutil.copy(g, target / g.name)
        n += 1
    return n


def pooled(results: list[dict]) -> dict[str, float]:
    """F1 of each metric over the facts of every set together."""
    out = {}
    for k in SHOWN:
        tp = sum(r["metrics"][k]["tp"] for r in results)
        fp = sum(r["metrics"][k]["fp"] for r in results)
        fn = sum(r["metrics"][k]["fn"] for r in results)
        out[k] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return out


def measure(shared: Path, names: list[str], jobs: int) -> tuple[int, dict[str, dict[str, float]]]:
    found = sets(shared) + fixture_sets(ROOT)
    chosen = [("as written", lambda t: t)] + [(n, REWRITES[n][1]) for n in names]
    with tempfile.TemporaryDirectory() as tmp:
        work = []
        documents = 0
        for k, (name, fn) in enumerate(chosen):
            for j, (set_name, minutes, gold) in enumerate(found):
                folder = Path(tmp) / str(k) / str(j)
                written = rewrite_set(minutes, gold, folder, fn)
                documents += written if k == 0 else 0
                if written:
                    work.append((name, folder))
        with ThreadPoolExecutor(jobs) as ex:
            scored = list(ex.map(lambda w: (w[0], score(w[1], w[1], shared)), work))
    by_rewrite: dict[str, list[dict]] = {}
    for name, r in scored:
        by_rewrite.setdefault(name, []).append(r)
    return documents, {name: pooled(by_rewrite.get(name, [])) for name, _ in chosen}


def table(figures: dict[str, dict[str, float]]) -> str:
    labels = {"meeting_group": "body that met", "meeting_date": "date"}
    head = ["minutes"] + [labels.get(k, k) for k in SHOWN]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    base = figures["as written"]
    for name, f in figures.items():
        if name == "as written":
            cells = [f"{f[k]:.3f}" for k in SHOWN]
        else:
            cells = [f"{f[k] - base[k]:+.3f}" if round(f[k] - base[k], 3) else "·" for k in SHOWN]
        lines.append("| " + " | ".join([name] + cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    ap.add_argument("--write", type=Path, help="also write the table into this markdown file, between its markers")
    ap.add_argument("--only", action="append", choices=sorted(REWRITES), help="only this rewrite (repeatable)")
    ap.add_argument("--jobs", type=int, default=2, help="sets loaded at once")
    args = ap.parse_args(argv)
    if not sets(args.shared):
        print(f"no annotated minutes under {args.shared}", file=sys.stderr)
        return 2
    documents, figures = measure(args.shared, args.only or list(REWRITES), args.jobs)
    text = (f"{documents} annotated .txt/.md minutes; F1 over all sets pooled, each rewrite as the difference "
            f"from the minutes as written (· none).\n\n" + table(figures) + "\n\n"
            + "\n".join(f"* **{n}**: {REWRITES[n][0]}" for n in figures if n in REWRITES))
    print(text)
    if args.write:
        write_marked(args.write, "rewrites table", text, f"python -m bench.rewrites --write {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
