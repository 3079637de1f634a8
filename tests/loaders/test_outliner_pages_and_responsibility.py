"""Notes kept in an outliner notes app and exported as a Markdown page (its properties "key:: value" on top,
every block a bullet, a heading a block of its own with its lines a tab further in, a task's state as a word
opening its block), read as the Markdown notes they are; and a "Beslut" paragraph naming who answers for a task
after the decision ("Eva Ek och Per Lund ansvarar för att …"), a point decided.
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


def test_who_answers_for_a_task_under_the_decision_is_a_point_decided(tmp_path):
    f = load_text(tmp_path, "pt.txt", "Minnesanteckningar\nProcessteam utskrivning i Åby\nDatum: 3 mars 2031\n"
                  "Närvarande: Eva Ek, Åby kommun; Per Lund, Region Norrby\n\n1. Försök med digital vårdplanering\n"
                  "Per Lund berättade om försöket.\nBeslut: Processteamet beslutade att starta ett försök. "
                  "Eva Ek och Per Lund ansvarar för att ta fram en instruktion.\n")
    assert len(f["decisions"]) == 2
    assert any(d.startswith("Eva Ek och Per Lund ansvarar för att ta fram en instruktion") for d in f["decisions"])
    assert f["assignments"] == [(("Eva Ek", "Per Lund"), "ansvara för att ta fram en instruktion")]
