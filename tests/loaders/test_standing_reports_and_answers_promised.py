"""Phrasings of tasks in minutes: a standing duty to report from the group's meetings
to another body, an answer promised to someone by a day, tasks to every member of a network; each read on a
small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


REPORTS_FROM_MEETINGS = """Arbetsgrupp för läkemedelsgenomgångar
Minnesanteckningar tisdag 3 februari 2026

Sign.\tNamn\tFunktion\tHuvudman
KB\tKarin Berglund\tverksamhetschef, sammankallande\tRegion Norrby
PE\tPer Ek\tMAS\tÅby kommun

1. Uppdraget
Karin gick igenom uppdraget från Samverkansgruppen för vård och omsorg i Norrby.
KB återrapporterar från arbetsgruppens möten till samverkansgruppen.
PE rapporterar från kommunernas MAS-nätverk: rutinen är antagen i alla kommuner.
"""


def test_a_standing_report_from_the_groups_meetings_is_a_task(tmp_path):
    """"KB återrapporterar från arbetsgruppens möten till samverkansgruppen": the duty to carry the group's work
    on is a task; "rapporterar från kommunernas MAS-nätverk: …" tells the meeting what another body did."""
    f = load_text(tmp_path, "ag.txt", REPORTS_FROM_MEETINGS)
    tasks = {t: who for who, t in f["assignments"]}
    assert any(t.startswith("återrapportera från arbetsgruppens möten till samverkansgruppen") and who == ("Karin Berglund",)
               for t, who in tasks.items()), f["assignments"]
    assert not any("MAS-nätverk" in t for t in tasks), f["assignments"]


ANSWER_BY_A_DAY = """Lokal närvårdsgrupp Åby
Minnesanteckningar tisdag 16 december 2025

Med på mötet: Karin Berglund (sammankallande), Per Ek och Lisa Holm.

1. Kartläggningen
Vi har inte kommit igång än. Per har frågat regionen om vi behöver stöd – Karin svarar honom före jul att vi klarar oss.
Lisa svarar på frågor om listan.
"""


def test_an_answer_promised_by_a_day_is_a_task(tmp_path):
    """"Karin svarar honom före jul att …": an answer promised to someone, by a day, is a task; "svarar på
    frågor" is said at the meeting."""
    f = load_text(tmp_path, "nvg.txt", ANSWER_BY_A_DAY)
    assert any(who == ("Karin Berglund",) and t.startswith("svara honom före jul") for who, t in f["assignments"]), f["assignments"]
    assert not any(who == ("Lisa Holm",) for who, t in f["assignments"]), f["assignments"]


EACH_HOLDER = """# MAS-nätverket i Norrby – minnesanteckningar 2026-01-28

| Namn | Funktion | Organisation | Närvaro |
|---|---|---|---|
| Karin Berglund | MAS | Åby kommun | Ja |
| Per Ek | MAS/MAR | Ekå kommun | Nej |
| Lisa Holm | MAR | Ekå kommun | Ja |
| Olle Sand | patientsäkerhetssamordnare | Region Norrby | Ja |

## 1. Avvikelser

Olle visade sammanställningen av avvikelser för kvartal 4.

- Varje MAS går igenom sina egna avvikelser inför nästa möte.

## 2. Åtgärdslista

| Åtgärd | Ansvarig | Klart |
|---|---|---|
| Skicka rutinen för läkemedelsgenomgångar till kommunerna | Olle Sand | 2026-02-10 |
| Anmäla en kontaktperson för vårdhygien | Alla MAR | 2026-02-20 |
"""


def test_a_task_to_every_holder_of_a_function_goes_to_each_of_them(tmp_path):
    """"Varje MAS går igenom …", "Alla MAR" in the Ansvarig column: each one the attendance lists with that function
    (present or not; "MAS/MAR" holds both), not the others."""
    f = load_text(tmp_path, "mas.md", EACH_HOLDER)
    by_task = {t: who for who, t in f["assignments"]}
    review = next(who for t, who in by_task.items() if t.startswith("gå igenom sina egna avvikelser"))
    assert {"Karin Berglund", "Per Ek"} <= set(review) and "Lisa Holm" not in review and "Olle Sand" not in review
    contact = next(who for t, who in by_task.items() if t.startswith("anmäla en kontaktperson"))
    assert {"Lisa Holm", "Per Ek"} <= set(contact) and "Karin Berglund" not in contact


BARE_GIVER = """# MAS/MAR-nätverket i Norrbys län – minnesanteckningar 2025-11-26

Närvarande: Karin Berglund (MAS, Åby kommun), Per Ek (MAS, Ekå kommun)

## 1. Uppdrag från Länsledningen för vård och omsorg i Norrby

Nätverket rapporterar till länsledningen två gånger per år. Länsledningen har nu gett nätverket i uppdrag att ta
fram en länsgemensam rutin för delegering.

## 2. Övrigt

Inget.
"""


def test_a_body_by_the_first_word_of_its_name_gives_the_uppdrag(tmp_path):
    """"Länsledningen har nu gett nätverket i uppdrag att …" under a title naming "Länsledningen för vård och omsorg
    i …": that body gives the task; the network is given it."""
    f = load_text(tmp_path, "mas.md", BARE_GIVER)
    assert (("MAS/MAR-nätverket i Norrbys län",), "ta fram en länsgemensam rutin för delegering") in f["assignments"], \
        f["assignments"]


PART_OF_A_TEXT = """Arbetsgrupp delegering
Minnesanteckningar tisdag 3 februari 2026

Närvarande: Karin Berglund, Per Ek, Lisa Holm

1. Rutinen
Karin och Per skriver ett första utkast till rutin för delegering. Lisa bidrar med rehabdelen.
Per bidrar med sin erfarenhet från Ekå.
"""


def test_contributing_a_part_of_a_text_is_a_task(tmp_path):
    """"Lisa bidrar med rehabdelen": a part of the text to come is hers to write; "bidrar med sin erfarenhet" is no
    task."""
    f = load_text(tmp_path, "ag.txt", PART_OF_A_TEXT)
    assert (("Lisa Holm",), "bidra med rehabdelen") in f["assignments"], f["assignments"]
    assert not any("erfarenhet" in t for who, t in f["assignments"]), f["assignments"]
