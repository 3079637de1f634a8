"""Notes kept in an outliner notes app and exported as a Markdown page (its properties "key:: value" on top,
every block a bullet, a heading a block of its own with its lines a tab further in, a task's state as a word
opening its block), read as the Markdown notes they are.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

OUTLINE_PAGE = """title:: Arbetsgrupp hemtjänst Åby 2031-03-12
grupp:: [[Arbetsgrupp hemtjänst Åby]]
datum:: [[2031-03-12]]
plats:: Åby vårdcentral

- ## Närvarande
	- [[Eva Ek]], enhetschef hemtjänst, Åby kommun – sammankallande
	- [[Per Lund]], distriktsläkare, Region Norrby
	- [[Stina Holm]], sjuksköterska, Åby kommun
- ## Förhinder
	- [[Olle Berg]], MAS, Åby kommun
- ## 1. Föregående anteckningar
	- DONE [[Stina Holm]] uppdaterar kontaktlistan
	- Anteckningarna godkändes.
- ## 2. Läkemedelsgenomgångar
	- [[Per Lund]] redovisade läget.
		- Läkarna hinner inte med hembesöken.
	- TODO [[Per Lund]] och [[Stina Holm]] skriver ett utkast till checklista
- ## 3. Övrigt
	- Nästa möte: [[2031-04-09]]
"""


def test_an_outliner_page_reads_as_markdown_notes(tmp_path):
    f = load_text(tmp_path, "ag.md", OUTLINE_PAGE)
    assert f["body"] == "Arbetsgrupp hemtjänst Åby" and f["date"] == "2031-03-12"
    assert {(n, s) for n, s, _ in f["attendance"]} == {
        ("Eva Ek", "present"), ("Per Lund", "present"), ("Stina Holm", "present"), ("Olle Berg", "absent")}
    assert [n for n, _ in f["items"]] == ["1", "2", "3"]
    assert f["decisions"] == ["godkänna anteckningarna"]
    # the open task is given at the meeting; the one done was given before it
    assert f["assignments"] == [(("Per Lund", "Stina Holm"), "skriva ett utkast till checklista")]

