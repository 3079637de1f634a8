"""Habits of secretaries not read before: a front matter block over Markdown notes ("grupp:", "deltagare:"),
a task as labelled lines with "Ansvar:", a subjectless "Enades om att …", a newcomer "som representerar" a
huvudman, "LG" in a ledningsgrupp's own minutes, "Mötet beslutar att rekommendera …", and a question escalated
to a body "som får i uppdrag att …".
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

FRONT = """---
datum: 2027-09-30
plats: Åby, kommunhuset
grupp: Samverkansgrupp Äldre
deltagare:
  - Anna Lund, verksamhetschef, Region Åsen (ordförande)
  - Bo Ek, äldreomsorgschef, Åby kommun
  - Cilla Ström, MAS, Norrby kommun (anmält förhinder)
---

# Minnesanteckningar

## 1. Inledning

Beslutades att godkänna dagordningen.

## 2. Nästa möte

2027-12-09.
"""


def test_a_front_matter_block_names_the_body_and_its_members():
    p = parse_minutes(FRONT, "sg.md")
    assert p.body == "Samverkansgrupp Äldre"
    assert [(a.name, a.status) for a in p.attendance] == [("Anna Lund", "present"), ("Bo Ek", "present"),
                                                           ("Cilla Ström", "absent")]


AG = """Arbetsgrupp trygg hemgång
Minnesanteckningar 2027-09-28

Närvarande
Eva Ek, sjuksköterska, Åby kommun
Nils Berg, arbetsterapeut, Region Åsen
Jessica Hammar, sjuksköterska, Norrby kommun

1. Inledning
Ulla Hed har slutat sin anställning och lämnar därmed gruppen. Ny i
gruppen är Jessica Hammar som representerar Norrby kommun.

2. Uppföljning
Siffrorna redovisades.
Enades om att uppföljningen ska redovisas kvartalsvis.
Uppdrag: sammanställa kvartalsrapport för tredje kvartalet
Ansvar: Nils Berg
Återrapport: 2027-11-02

3. Nästa möte
2027-11-02.
"""


def test_a_task_in_labelled_lines_with_ansvar_and_a_lowercase_task():
    tasks = [(a.assignees, a.task) for a in extract_relations(parse_minutes(AG, "ag.txt")).assignments]
    assert (["Nils Berg"], "sammanställa kvartalsrapport för tredje kvartalet") in tasks, tasks


def test_a_subjectless_enades_om_att_is_a_decision():
    texts = [d.text for d in parse_minutes(AG, "ag.txt").decisions]
    assert "uppföljningen ska redovisas kvartalsvis" in texts, texts


def test_a_newcomer_som_representerar_a_huvudman_joins_for_it():
    ms = {(m.person, m.change, m.on_behalf_of) for m in extract_relations(parse_minutes(AG, "ag.txt")).memberships}
    assert ("Jessica Hammar", "join", "Norrby kommun") in ms, ms
    assert ("Ulla Hed", "leave", None) in ms


LG = """Ledningsgruppen för samverkan i Åsen
Minnesanteckningar 2027-09-22

Närvarande
Eva Ek, socialchef, Åby kommun
Per Holm, hälso- och sjukvårdsdirektör, Region Åsen

1. Arbetsgrupp hjälpmedel
LG har delegerat till arbetsgruppen att besluta om gemensamma rutiner för förskrivning.
Arbetsgruppen återrapporterar till LG två gånger per år.

2. Nästa möte
2027-11-17.
"""


def test_lg_in_a_ledningsgrupp_s_own_minutes_is_the_body_that_met():
    ms = {(m.from_body, m.to_body, m.kind) for m in extract_relations(parse_minutes(LG, "lg.txt")).mandates}
    assert ("Ledningsgruppen för samverkan i Åsen", "Arbetsgrupp hjälpmedel", "delegates") in ms, ms
    assert ("Arbetsgrupp hjälpmedel", "Ledningsgruppen för samverkan i Åsen", "reports_to") in ms, ms


PSR = """Politiskt samverkansråd för vård och omsorg
Protokoll 2027-09-24

Ledamöter
Agneta Sund (S), Region Åsen
Bertil Hag (M), Åby kommun

§ 1 Överenskommelse om hemsjukvård
Mötet beslutar att rekommendera huvudmännen att anta överenskommelsen.

§ 2 Suicidprevention
Frågan eskaleras till Styrgrupp psykisk hälsa som får i uppdrag att ta fram förslag på gemensamma mål.

§ 3 Nästa sammanträde
2027-12-10.
"""


def test_mötet_recommending_is_the_body_that_met():
    ms = {(m.from_body, m.to_body, m.kind) for m in extract_relations(parse_minutes(PSR, "psr.txt")).mandates}
    assert not any(f == "Mötet" for f, _, _ in ms), ms
    assert any(f == "Politiskt samverkansråd för vård och omsorg" and k == "recommends" for f, _, k in ms), ms


def test_a_question_escalated_to_a_body_som_får_i_uppdrag_gives_it_the_task():
    r = extract_relations(parse_minutes(PSR, "psr.txt"))
    tasks = [(a.assignees, a.task) for a in r.assignments]
    assert (["Styrgrupp psykisk hälsa"], "ta fram förslag på gemensamma mål") in tasks, tasks
