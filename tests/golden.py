"""Compare an export with hand-written expected results (the annotation format of examples/expected)."""
from __future__ import annotations

import difflib
import re
import unicodedata


def norm(s):
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).casefold().replace("–", " ").replace("-", " ").replace("§", " ")
    s = re.sub(r"[^\w/ ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def num(s):
    return re.sub(r"[^0-9a-zåäö]+", "", (s or "").casefold())


def clause(s):
    return norm(re.sub(r"^\s*att\s+", "", s or "", flags=re.I))


class View:
    """An export seen per document, with person ids turned into names."""

    def __init__(self, export: dict, stem: str):
        self.x = export
        self.names = {p["id"]: p["name"] for p in export["persons"]}
        self.orgs = {o["id"]: o for o in export["organizations"]}
        src = {s["id"]: s for s in export["sources"]}
        self.event = next(e for e in export["events"] if src[e["source_id"]]["path"].rsplit("/", 1)[-1].startswith(stem))
        self.item_ids = {it["id"] for it in self.event["agenda"]}

    def group(self):
        return self.orgs[self.event["organization_id"]]["name"]

    def items(self):
        return sorted(num(it["number"]) for it in self.event["agenda"])

    def presenters(self):
        return sorted((num(it["number"]), norm(self.names[p])) for it in self.event["agenda"] for p in it["presenter_ids"])

    def attendance(self):
        return sorted((norm(self.names[p["person_id"]]), p["status"]) for p in self.event["participants"])

    def roles(self):
        return sorted((norm(self.names[p["person_id"]]), r) for p in self.event["participants"] for r in p["roles"]
                      if r != "ledamot")

    def decisions(self):
        return sorted(clause(d["text"]) for d in self.x["decisions"] if d["event_id"] == self.event["id"])

    def assignments(self):
        out = []
        for a in self.x["assignments"]:
            if a["item_id"] in self.item_ids:
                who = sorted(norm(self.names.get(i) or self.orgs.get(i, {}).get("name")) for i in a["assignee_ids"])
                out.append((who, a["task"]))
        return out

    def mandates(self):
        return sorted((norm(self.orgs[m["from_id"]]["name"]), norm(self.orgs[m["to_id"]]["name"]), m["classification"])
                      for m in self.x["mandates"] if m.get("item_id") in self.item_ids)

    def group_memberships(self):
        src = self.event["source_id"]
        return sorted((norm(self.names[m["person_id"]]), norm(self.orgs[m["organization_id"]]["name"]))
                      for m in self.x["memberships"]
                      if self.orgs.get(m["organization_id"], {}).get("classification") == "group"
                      and any(s["source_id"] == src for s in m.get("sources", [])))


def similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, clause(a), clause(b)).ratio()
