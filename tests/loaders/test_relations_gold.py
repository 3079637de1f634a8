"""The relations stage measured against the gold annotations in ``shared/gold``.

The parser is a separate stage, so the documents are cut into items and decisions here by a
small splitter that knows the three sample layouts (numbered "N).", "§ N" and "§ N/24").
Matching follows ``shared/tools/score_gold.py``: assignments by assignee overlap and task
token overlap ≥ 0.3 (greedy), memberships by (person, group) with group similarity ≥ 0.75,
mandates by (from, to) similarity ≥ 0.75 with a wrong kind worth half. Person names are
compared after casefolding with hyphens as spaces; a short form ("Mats", "Lena H") matches
the full gold name it can stand for. Memberships a resolver adds from attendance lists are
left out of the yardstick, since this stage does not emit them.

Run with ``-s`` to see the figures.
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path

import pytest

from conftest import SHARED
from samverkan.loaders.names import same_person_form
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedDecision, ParsedItem, ParsedMinutes

# Gold files whose minutes are beside them: the measure needs both.
GOLD = [g for g in sorted((SHARED / "gold").glob("*.json")) if (SHARED / "minutes" / f"{g.stem}.txt").exists()]

pytestmark = pytest.mark.skipif(
    not GOLD, reason=f"needs gold annotations and their minutes in {SHARED} (the shared folder beside the repository, or SAMVERKAN_SHARED)"
)

# --------------------------------------------------------------------------- splitter

_NUMBERED = re.compile(r"^\s*(\d+)\)\.\s+(.*\S)")
_SECTION = re.compile(r"^\s*§\s+(\d+(?:/\d+)?)\s*$")
_SUB = re.compile(r"^\s*(?:(\d+)\s*)?([a-h])\s*[/).]+\s*(.*\S)?\s*$|^\s*(\d+)([a-h])\.?\s+(.*\S)")
_BESLUTAR = re.compile(r"^\s*(?P<by>\S.*?)\s+beslutar\s*$")
_ATT = re.compile(r"^\s*(?:\d+\.\s*|-\s*)?(?:[a-h]\.\s*)?(?:-\s*)?[Aa]tt\s+(?P<t>.*)$")
_STOP = re.compile(r"^\s*(?:Protokollet?\s+(?:ska\s+)?skickas|Dokument:?|Justerandes|Utdragsbestyrkande|-\s*$)")


def split_minutes(path: Path, body: str | None, date: str | None) -> ParsedMinutes:
    """Cut a sample document into items and decisions (a stand-in for the parser)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    items: list[ParsedItem] = []
    decisions: list[ParsedDecision] = []
    cur: ParsedItem | None = None
    top: ParsedItem | None = None
    body_lines: dict[str, list[str]] = {}
    decided_by = None
    in_dec: list[str] | None = None
    blank_run = 0
    pending_title = False
    started = False

    def close_decision():
        nonlocal in_dec
        if in_dec is not None and cur is not None:
            text = re.sub(r"\s+", " ", " ".join(in_dec)).strip()
            if text:
                decisions.append(ParsedDecision(item=cur.number, text=text, position=len(decisions),
                                                decided_by=decided_by))
        in_dec = None

    def new_item(number, title, parent=None):
        nonlocal cur, decided_by
        close_decision()
        cur = ParsedItem(number=number, title=title or "", parent=parent)
        items.append(cur)
        body_lines[number] = []
        decided_by = None

    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            blank_run += 1
            if in_dec is not None and blank_run >= 2:
                close_decision()
            if cur is not None and in_dec is None:
                body_lines[cur.number].append("")
            continue
        prev_blank, blank_run = blank_run, 0
        m = _NUMBERED.match(line)
        if m:
            new_item(m.group(1), re.sub(r"\s*\((?:[IDB]/?)+\)\s*$", "", m.group(2)).strip())
            top = cur
            started = True
            continue
        m = _SECTION.match(line)
        if m:
            new_item(m.group(1), "")
            top = cur
            pending_title = True
            started = True
            continue
        if not started:
            continue
        if pending_title:
            cur.title = re.sub(r"\s*\(.*?\)\s*$", "", line.strip())
            pending_title = False
            continue
        m = _SUB.match(line)
        if m and top is not None and (m.group(3) or m.group(6)) and in_dec is None:
            letter = m.group(2) or m.group(5)
            title = (m.group(3) or m.group(6) or "").strip()
            num = m.group(1) or m.group(4)
            if num:
                sub = f"{top.number}-{num}{letter}" if "/" in top.number else f"{num}{letter}"
            elif "/" in top.number:
                sub = f"{top.number}-{letter}"
            else:
                sub = f"{top.number}{letter}"
            if not title.lower().startswith(("dokument", "ppt")):
                new_item(sub, re.sub(r"\s*\((?:[IDB]/?)+\)\s*$", "", title), parent=top.number)
                continue
        mf = re.match(r"^\s*Föredragande:\s*(.*)$", line)
        if mf and cur is not None:
            cur.presenters = [p.strip() for p in re.split(r",|&|\boch\b", mf.group(1)) if p.strip()]
            continue
        mb = _BESLUTAR.match(line)
        if mb:
            close_decision()
            decided_by = mb.group("by").strip()
            continue
        ma = _ATT.match(line)
        if ma and decided_by:
            close_decision()
            in_dec = [ma.group("t")]
            continue
        if in_dec is not None:
            if _STOP.match(line) or (prev_blank and re.match(r"^\s*(?:Vidare|När|Dokument)", line)):
                close_decision()
            else:
                in_dec.append(line.strip())
                continue
        if cur is not None:
            body_lines[cur.number].append(line)
    close_decision()
    for it in items:
        it.body = "\n".join(body_lines.get(it.number, [])).strip()
    return ParsedMinutes(path=str(path), layout="unknown", body=body, date=date, items=items,
                         decisions=decisions)


# --------------------------------------------------------------------------- scoring


def norm(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).casefold()
    s = s.replace("–", " ").replace("-", " ").replace("§", " ")
    s = re.sub(r"[^\w/ ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def token_overlap(a: str, b: str) -> float:
    ta = {w for w in norm(a).split() if len(w) > 3}
    tb = {w for w in norm(b).split() if len(w) > 3}
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def greedy(gold, got, sim, threshold):
    pairs = sorted(((sim(g, x), i, j) for i, g in enumerate(gold) for j, x in enumerate(got)), reverse=True)
    ug, ux, tp = set(), set(), 0
    matched = []
    for s, i, j in pairs:
        if s < threshold:
            break
        if i in ug or j in ux:
            continue
        ug.add(i); ux.add(j); tp += 1
        matched.append((i, j))
    return tp, len(got) - tp, len(gold) - tp, matched


class Names:
    """Canonical names from one gold file: person mentions, group and organisation aliases."""

    def __init__(self, g: dict):
        self.alias: dict[str, str] = {}
        self.persons = set()
        for p in g.get("persons", []):
            c = norm(p["name"])
            self.persons.add(c)
            for m in p.get("mentions", []) + [p["name"]]:
                self.alias[norm(m)] = c
        self.groups: dict[str, set[str]] = {}
        for x in g.get("groups", []) + g.get("organisations", []):
            c = norm(x["name"])
            forms = {c} | {norm(a) for a in x.get("aliases", [])}
            self.groups[c] = forms
            for f in forms:
                self.alias.setdefault(f, c)

    def same(self, gold_name: str, raw: str) -> bool:
        g, r = norm(gold_name), norm(raw)
        if not g or not r:
            return False
        if g == r or self.alias.get(r) == self.alias.get(g, g):
            return True
        if g in self.persons and same_person_form(gold_name, raw):
            return True
        return g not in self.persons and self.group_sim(gold_name, raw) >= 0.75

    def group_sim(self, gold_group: str, raw: str) -> float:
        g = norm(gold_group)
        forms = self.groups.get(self.alias.get(g, g), {g}) | {g}
        r = norm(raw)
        if r in forms:
            return 1.0
        return max(difflib.SequenceMatcher(None, f, r).ratio() for f in forms)


def measure(g: dict, rel) -> dict:
    names = Names(g)
    out = {}

    def asg_sim(ga, xa):
        if not any(names.same(gn, xn) for gn in ga["assignee"] for xn in xa.assignees):
            return 0.0
        return token_overlap(ga["task"], xa.task)

    out["assignments"] = greedy(g.get("assignments", []), rel.assignments, asg_sim, 0.3)

    attendees = {norm(a["name"]) for a in g.get("attendance", [])}
    meeting = norm(g.get("meeting", {}).get("group"))
    gold_mem = [m for m in g.get("memberships", []) if m.get("group")
                and not (norm(m["person"]) in attendees and norm(m["group"]) == meeting
                         and m.get("change") == "member")]

    def mem_sim(gm, xm):
        if not names.same(gm["person"], xm.person):
            return 0.0
        return names.group_sim(gm["group"], xm.group)

    out["memberships"] = greedy(gold_mem, rel.memberships, mem_sim, 0.75)

    def man_sim(gm, xm):
        s = min(names.group_sim(gm["from"], xm.from_body), names.group_sim(gm["to"], xm.to_body))
        return s if gm["kind"] == xm.kind else s * 0.5

    out["mandates"] = greedy(g.get("mandates", []), rel.mandates, man_sim, 0.75)

    got_groups = [x.name for x in rel.groups]
    hit = sum(1 for x in g.get("groups", []) if any(names.group_sim(x["name"], n) >= 0.75 for n in got_groups))
    out["groups_recall"] = (hit, 0, len(g.get("groups", [])) - hit, [])
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_all():
    totals = {}
    details = {}
    for gf in GOLD:
        g = json.loads(gf.read_text(encoding="utf-8"))
        doc = SHARED / "minutes" / g["document"]
        mt = g.get("meeting", {})
        parsed = split_minutes(doc, mt.get("group"), mt.get("date"))
        rel = extract_relations(parsed)
        res = measure(g, rel)
        details[gf.stem] = (g, rel, res)
        for k, (tp, fp, fn, _) in res.items():
            t = totals.setdefault(k, [0, 0, 0])
            t[0] += tp; t[1] += fp; t[2] += fn
    return totals, details


@pytest.fixture(scope="module")
def figures():
    totals, details = run_all()
    print()
    for k, (tp, fp, fn) in totals.items():
        p, r, f = prf(tp, fp, fn)
        print(f"{k:15s} P={p:.2f} R={r:.2f} F1={f:.2f}  tp={tp} fp={fp} fn={fn}")
    return totals


def test_assignments_against_gold(figures):
    p, r, _ = prf(*figures["assignments"])
    assert p >= 0.85 and r >= 0.85


def test_memberships_against_gold(figures):
    _, _, f = prf(*figures["memberships"])
    assert f >= 0.85


def test_mandates_against_gold(figures):
    _, _, f = prf(*figures["mandates"])
    assert f >= 0.8


def test_group_recall_against_gold(figures):
    _, r, _ = prf(*figures["groups_recall"])
    assert r >= 0.9


def test_no_gold_non_person_is_mentioned_as_a_person():
    for gf in GOLD:
        g = json.loads(gf.read_text(encoding="utf-8"))
        parsed = split_minutes(SHARED / "minutes" / g["document"], g["meeting"].get("group"), None)
        got = {norm(m.text) for m in extract_relations(parsed).person_mentions}
        bad = got & {norm(x) for x in g.get("not_persons", [])}
        assert not bad, (gf.name, bad)


if __name__ == "__main__":   # a readable report: python tests/loaders/test_relations_gold.py
    totals, details = run_all()
    for stem, (g, rel, res) in details.items():
        print(f"=== {stem}")
        for k in ("assignments", "memberships", "mandates"):
            tp, fp, fn, matched = res[k]
            print(f"  {k}: tp={tp} fp={fp} fn={fn}")
            gold_list = g.get(k, []) if k != "memberships" else [
                m for m in g.get("memberships", []) if not (
                    norm(m["person"]) in {norm(a["name"]) for a in g.get("attendance", [])}
                    and norm(m["group"]) == norm(g["meeting"].get("group")) and m.get("change") == "member")]
            got_list = {"assignments": rel.assignments, "memberships": rel.memberships, "mandates": rel.mandates}[k]
            mj = {j for _, j in matched}
            mi = {i for i, _ in matched}
            for j, x in enumerate(got_list):
                if j not in mj:
                    print("    FP", x)
            if gold_list is not None:
                for i, x in enumerate(gold_list):
                    if i not in mi:
                        print("    FN", json.dumps(x, ensure_ascii=False))
        tp, fp, fn, _ = res["groups_recall"]
        print(f"  groups recall {tp}/{tp + fn}")
    for k, (tp, fp, fn) in totals.items():
        p, r, f = prf(tp, fp, fn)
        print(f"{k:15s} P={p:.2f} R={r:.2f} F1={f:.2f}  tp={tp} fp={fp} fn={fn}")
