"""Habits of a working group's notes read on small minutes of their own: the roster told in a sentence, the
absent after it with a plain "X (Åby kommun) hade förhinder." and who chaired and kept the notes in a sentence
of its own; the last of the roster "som deltog under punkt 1", a guest; "Ansvar: A och B, klart v. 24" lines under a point; a plan to draw up ("gör ett schema"); and the
successor left to "Kommunen", the one kommun the minutes speak of.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """# Arbetsgruppen för läkemedelsgenomgångar i Åby

Minnesanteckningar från möte torsdag 7 maj 2026 kl. 09.00–11.00, Vårdcentralen Åby.

Närvarande var Eva Sandell och Per Lindbom från Åby kommun, Ola Åsberg och Nora Kallin från Region Norrby samt Jon Wiklund, läkare på Vårdcentralen Åby, som deltog under punkt 1. Lisa Bergfors (Åby kommun) hade förhinder. Eva ledde mötet och Nora förde anteckningar.

## 1. Läkemedelsdagar

Ola redovisade läget på boendena.

Ansvar: Ola och Nora, klart v. 24
Ansvar: Per, klart v. 34

Ola och Nora gör ett schema för läkemedelsdagarna under hösten. Per informerar sjuksköterskorna på boendena.

## 2. Gruppens sammansättning

Per Lindbom slutar som MAS efter sommaren och lämnar därmed arbetsgruppen. Kommunen ska återkomma med namn på ersättare före nästa möte.
"""


def _read():
    p = parse_minutes(NOTES, "ag_lakemedel_2026-05-07.md")
    return p, extract_relations(p)


def _tasks(r) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(sorted(a.assignees)), a.task) for a in r.assignments]


def test_a_plain_hade_forhinder_after_a_sentence_roster_is_an_absence_and_the_chair_sentence_no_one():
    p, _ = _read()
    att = {a.name: a.status for a in p.attendance}
    assert att.get("Lisa Bergfors") == "absent"
    assert {att.get(n) for n in ("Eva Sandell", "Per Lindbom", "Ola Åsberg", "Nora Kallin")} == {"present"}
    assert not [n for n in att if "ledde" in n or "anteckningar" in n]


def test_ansvar_lines_with_a_week_end_their_sentence_and_each_doer_gets_the_own_task():
    _, r = _read()
    tasks = _tasks(r)
    assert any(who == ("Nora Kallin", "Ola Åsberg") and t.startswith("göra ett schema") for who, t in tasks), tasks
    assert not any("Per Lindbom" in who and t.startswith("göra ett schema") for who, t in tasks), tasks


def test_kommunen_is_the_one_kommun_the_roster_names():
    _, r = _read()
    tasks = _tasks(r)
    assert any(who == ("Åby kommun",) and t.startswith("återkomma med namn på ersättare") for who, t in tasks), tasks


def test_the_last_of_a_sentence_roster_there_for_some_items_is_a_guest_without_a_seat():
    p, _ = _read()
    att = {a.name: (a.status, tuple(a.roles)) for a in p.attendance}
    assert att.get("Jon Wiklund", ("",))[0] == "guest" and "ledamot" not in att["Jon Wiklund"][1]
    assert att.get("Nora Kallin", ("",))[0] == "present"
