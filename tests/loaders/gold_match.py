"""Holding an export against hand-written gold files (the format of ``../shared/gold``), for the
tests of minutes no rule was written for: names compared after folding case and dashes, decisions
by the likeness of their text, tasks by the content words they share.
"""
from __future__ import annotations

import json
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

KINDS = ("decisions", "assignments", "memberships", "mandates")


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFC", s or "").casefold().replace("-", " ").replace("–", " ")
    return re.sub(r"\s+", " ", re.sub(r"[^\w/ ]+", " ", s)).strip()


def clause(s: str) -> str:
    return norm(re.sub(r"^att\s+", "", (s or "").strip(), flags=re.I))


def similar(a: str, b: str, at: float = 0.8) -> bool:
    return SequenceMatcher(None, clause(a), clause(b)).ratio() >= at


def close(name: str, names: set[str]) -> bool:
    """A gold name among the names read (exactly, or nearly: a case ending, a dash)."""
    return norm(name) in names or any(SequenceMatcher(None, norm(name), n).ratio() >= 0.75 for n in names)


class Document:
    """The export seen from one gold document: every name of each person and body, and its facts."""

    def __init__(self, data: dict, stem: str):
        self.names = {x["id"]: {norm(x["name"])} | {norm(n if isinstance(n, str) else n.get("name"))
                                                      for n in x.get("other_names") or []}
                      for x in data["persons"] + data["organizations"]}
        self.src = {s["id"] for s in data["sources"] if Path(s["path"]).stem == stem}
        self.event = next(e for e in data["events"] if e["source_id"] in self.src)
        self.items = {it["id"] for it in self.event["agenda"]}
        self.decisions = [d["text"] for d in data["decisions"] if d["event_id"] == self.event["id"]]
        # an assignee is a person or a body, or a role whose holder the minutes do not name ("förvaltningen")
        self.assignments = [(set().union(*(self.names[i] for i in a["assignee_ids"])) | {norm(r) for r in a.get("assignee_roles") or []},
                             a["task"], a["due_date"])
                            for a in data["assignments"] if a["item_id"] in self.items]
        self.memberships = [(self.names[m["person_id"]], self.names[m["organization_id"]]) for m in data["memberships"]
                            if any(s["source_id"] in self.src for s in m["sources"])]
        self.mandates = [(self.names[m["from_id"]], self.names[m["to_id"]], m["classification"]) for m in data["mandates"]
                         if m.get("source_id") in self.src or m.get("item_id") in self.items]


def matched(gold: list, found: list, same, score=None) -> int:
    """How many gold facts find a fact read (each fact read matches one gold fact at most; of
    several that match, the one ``score`` rates highest, so a near task does not take a closer one's)."""
    left, hits = list(found), 0
    for g in gold:
        ks = [i for i, x in enumerate(left) if same(g, x)]
        if ks:
            left.pop(max(ks, key=lambda i: score(g, left[i])) if score else ks[0])
            hits += 1
    return hits


def task_overlap(g: dict, x: tuple) -> float:
    """The share of content words the gold task and a task read have in common."""
    a, b = ({w for w in clause(t).split() if len(w) > 3} for t in (g["task"], x[1]))
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def same_task(g: dict, x: tuple) -> bool:
    """The same assignee and a task that shares its content words (tasks are worded freely)."""
    return any(norm(n) in x[0] for n in g["assignee"]) and task_overlap(g, x) >= 0.3


def found_per_kind(doc: Document, gold: dict) -> dict[str, int]:
    """Per kind of fact, how many of the gold's facts the export holds for this document."""
    return {
        "decisions": matched([d["text"] for d in gold["decisions"]], doc.decisions, similar),
        "assignments": matched(gold["assignments"], doc.assignments, same_task, task_overlap),
        "memberships": matched(gold["memberships"], doc.memberships,
                               lambda g, x: norm(g["person"]) in x[0] and close(g["group"], x[1])),
        "mandates": matched(gold["mandates"], doc.mandates,
                            lambda g, x: close(g["from"], x[0]) and close(g["to"], x[1]) and g["kind"] == x[2]),
    }


def attended_as_gold_says(doc: Document, gold: dict) -> list[str]:
    """The names of the gold's attendance not read with their status (or its second reading)."""
    got = [(doc.names[p["person_id"]], p["status"]) for p in doc.event["participants"]]
    return [a["name"] for a in gold["attendance"]
            if not any(norm(a["name"]) in names and status in {a["status"], *a.get("status_alt", [])}
                       for names, status in got)]


def stems(folder: Path) -> tuple[set[str], set[str]]:
    """The names of the minutes in ``folder`` and of the gold files beside them."""
    return {p.stem for p in folder.iterdir() if p.suffix != ".json"}, {p.stem for p in folder.glob("*.json")}


def load_export_golds(folders: list[Path], store_path: Path, gold_folder: Path) -> tuple[dict, dict]:
    """Load ``folders`` into a fresh store at ``store_path``: (the export, the golds of ``gold_folder`` by name)."""
    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    with NetworkxStore(store_path) as s:
        report = load_paths(folders, s)
        data = export_json(s.to_networkx())
    assert report.failed == 0, [d.error for d in report.documents if not d.ok]
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_folder.glob("*.json"))}
    return data, golds


def body_and_date_wrong(data: dict, golds: dict) -> list[str]:
    """The documents whose body that met or whose date is not the gold's (an undated one's range read
    must meet the range the text supports)."""
    wrong = []
    for stem, gold in golds.items():
        doc = Document(data, stem)
        group = next(g for g in gold["groups"] if g["name"] == gold["meeting"]["group"])
        if not {norm(n) for n in [group["name"], *group["aliases"]]} & doc.names[doc.event["organization_id"]]:
            wrong.append(f"{stem}: body")
        if doc.event["start_date"] != gold["meeting"]["date"]:
            wrong.append(f"{stem}: date")
        if gold["meeting"]["date"] is None and gold["meeting"].get("date_range"):
            lo, hi = gold["meeting"]["date_range"]
            got = doc.event["date_range"]
            if not (got and got[0] <= hi and lo <= got[1]):
                wrong.append(f"{stem}: date range {got}")
    return wrong
