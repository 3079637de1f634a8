"""Notes kept in a notes app (Obsidian): a YAML front matter whose strings are in quotes and hold links,
"[[Eva Ek]] (Åby kommun)", callouts ("> [!todo] Att göra") holding the tasks, and wiki links to people's pages
in the text, "[[Per Lund|Per]] tar fram …"."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """---
datum: 2031-04-23
grupp: "[[Arbetsgrupp rehabilitering]]"
deltagare:
  - "[[Eva Ekström]] (Region Åby)"
  - "[[Per Lundmark]] (Norrby kommun)"
  - Stina Holm (Norrby kommun)
förhinder:
  - "[[Olle Sund]] (Region Åby)"
tags:
  - arbetsgrupp
---

# Arbetsgrupp rehabilitering 2031-04-23

## 1. Inledning
Eva hälsade välkommen. [[Per Lundmark|Per]] beskrev läget i Norrby.

> [!todo] Att göra
> - [ ] [[Per Lundmark|Per]] tar fram antalet remisser till hemrehabiliteringen 2030 📅 2031-05-20
> - [ ] [[Stina Holm]] skickar ut rutinen till gruppen 📅 2031-05-02

## 2. Nästa möte
2031-06-04 kl. 13.00.
"""


def test_quoted_front_matter_links_are_the_roster(tmp_path):
    f = load_text(tmp_path, "ag.md", NOTES)
    who = {(name, status) for name, status, _ in f["attendance"]}
    assert {("Eva Ekström", "present"), ("Per Lundmark", "present"), ("Olle Sund", "absent")} <= who


def test_tasks_in_a_callout_with_linked_names(tmp_path):
    f = load_text(tmp_path, "ag.md", NOTES)
    tasks = {who: task for who, task in f["assignments"]}
    assert any("remisser" in t for w, t in tasks.items() if "Per Lundmark" in w)
    assert any("rutinen" in t for w, t in tasks.items() if "Stina Holm" in w)
    assert not any("[[" in t or "📅" in t for t in tasks.values())
