"""Habits of four secretaries of taktisk and operativ bodies, read on small minutes of their own: a wiki page whose
front matter's "title:" names the body and whose own "# heading" names it in full; an implementeringsteam's title
"Implementeringsteam – topic" under "Minnesanteckningar"; a Loop page's "Inbjudna men deltog inte:" and its
"Uppföljningsuppgifter" restating, as "☐ X ska …", the tasks the text gave; "Vi återkommer på nästa möte med …" as the
body's own task; a new "medlem i nätverket"; "X tar också över Ys plats i G"; "Frågan lyfts till styrgruppen (SG X
6/10)"; and hurried notes' "Anteckn fr 11/8 ok, inga synpunkter."
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

WIKI = """---
title: Kuratorsnätverket Åby län – träff 24 september 2026
datum: 2026-09-24
plats: Åby skola
taggar: [elevhälsa]
---

# Kuratorsnätverket i Åby län

| Namn | Organisation | Deltog |
|------|--------------|--------|
| Ida Ek | Åby kommun | Ja |
| Eva Nord | Ekå kommun | Ja (ny) |
| Samira Lind | Ekå kommun | Ja |

## Anteckningar

### 1. Välkomna
Ida hälsade Eva Nord välkommen som ny medlem i nätverket. Eva tar också över Samiras plats i arbetsgruppen för skolnärvaro.

### 2. Rutin
Vi återkommer på nästa träff med en redovisning av erfarenheterna från Åby.

### 3. Nästa träff
26 november kl. 13.00–16.00 i Åby.
"""

TEAM = """Minnesanteckningar
Implementeringsteam – regionalt vårdprogram för trycksår

Datum: 2026-11-19

Närvarande
Helena Ek, överläkare, Region Norrby, ordförande
Nils Berg, MAS, Åby kommun

1. Inledning
Dagordningen godkändes.

2. Journalmall
Frågan lyfts till styrgruppen för kunskapsstyrning.
"""

LOOP = """Referensgrupp Norrbyportalen – månadsavstämning
tisdag 13 oktober 2026 09:00–10:30

Deltagare
Maria Ek (Region Norrby) – mötesledare
Petra Lund (Åby kommun)
Inbjudna men deltog inte: Gustav Hall (Ekå kommun)

Anteckningar
1. Piloten
Petra Lund får i uppdrag att samla in synpunkter från biståndshandläggarna i Åby under piloten.

Uppföljningsuppgifter
☐ Petra Lund ska samla in synpunkter från biståndshandläggarna under piloten i Åby
"""

HURRIED = """Projektgrupp Heltid Åby-Ekå
anteckn 8/9 2026 kl 13-15, Åby kommunhus

Närvarande: Karin Holm (KH) projektledare Åby kommun, Reza Tavakoli (RT) HR-strateg Ekå kommun

1. Välkommen, förra anteckn.
RT ny i gruppen. Anteckn fr 11/8 ok, inga synpunkter.

2. Budget
Merkostnaden ej finansierad. Frågan lyfts till styrgruppen (SG Heltid 6/10), KH föredrar.
"""


def test_a_wiki_page_names_its_body_by_its_heading_and_reads_seats_taken(tmp_path):
    f = load_text(tmp_path, "natverk.md", WIKI)
    assert f["body"] == "Kuratorsnätverket i Åby län"
    assert ("Eva Nord", "Kuratorsnätverket i Åby län", "join") in f["memberships"]
    assert {("Eva Nord", "replace"), ("Samira Lind", "leave")} <= {(p, c) for p, g, c in f["memberships"]
                                                                   if g == "Arbetsgrupp för skolnärvaro"}
    assert any(who == ("Kuratorsnätverket i Åby län",) and task.startswith("återkomma på nästa träff med en redovisning")
               for who, task in f["assignments"])


def test_an_implementeringsteam_named_by_its_topic_after_a_dash(tmp_path):
    f = load_text(tmp_path, "team.txt", TEAM)
    assert f["body"] == "Implementeringsteam regionalt vårdprogram för trycksår"
    assert ("Nils Berg", "Implementeringsteam regionalt vårdprogram för trycksår", "member") in f["memberships"]


def test_a_loop_page_reads_who_did_not_come_and_its_task_list_once(tmp_path):
    f = load_text(tmp_path, "loop.txt", LOOP)
    assert ("Gustav Hall", "absent") in {(n, s) for n, s, _ in f["attendance"]}
    assert [task for who, task in f["assignments"] if who == ("Petra Lund",)] != []
    assert len([task for who, task in f["assignments"] if who == ("Petra Lund",)]) == 1


def test_hurried_notes_approve_the_last_notes_and_name_the_styrgrupp_in_a_bracket(tmp_path):
    f = load_text(tmp_path, "hurried.txt", HURRIED)
    assert "godkänna anteckningarna från 11/8" in f["decisions"]
    assert ("Projektgrupp Heltid Åby-Ekå", "SG Heltid", "refers") in f["mandates"]
