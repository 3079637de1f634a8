"""Habits of secretaries of sister minutes: the points of a markdown page as the
rows of a "| Punkt | Anteckning |" table; each read on a small minutes of its own, loaded alone into a
fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


PIPE_POINT_TABLE = """# Lokal närvårdsgrupp Norrby

**Anteckningar v. 45** – tisdag 4/11 2025, kl. 14.00–16.00, Hälsocentralen Norrby

### Ledamöter
- Eva Lindqvist, socialchef, Åby kommun (ordförande)
- Per Nyholm, verksamhetschef, Hälsocentralen Norrby

| Punkt | Anteckning |
|---|---|
| 1. Inledning | Eva hälsade välkommen. Anteckningarna från 7/10 lades till handlingarna. |
| 2. Läkarronder | Per berättade om ronderna. Gruppen var överens om att pröva fasta ronder under våren 2026. |
| 3. Övrigt | Nästa möte tisdag 2/12. |

## Uppdragslista

| Uppdrag | Ansvarig | Klart |
|---|---|---|
| Ta fram rutin för ronderna | Per | v. 50 |
"""


def test_the_rows_of_a_markdown_point_table_are_points_whose_text_is_the_second_cell(tmp_path):
    """"| 2. Läkarronder | Per berättade … |": a markdown table read as a Word table of points is."""
    f = load_text(tmp_path, "lng.md", PIPE_POINT_TABLE)
    assert ("1", "Inledning") in f["items"] and ("2", "Läkarronder") in f["items"]
    assert any(d.startswith("pröva fasta ronder") for d in f["decisions"])
    assert any(who == ("Per Nyholm",) and task.startswith("ta fram rutin") for who, task in f["assignments"])


PROSE_ROSTER_PROPOSALS = """Styrgrupp Nära vård – Norrby
Minnesanteckningar
Datum: 2025-11-19, kl. 13.00–15.30

Närvarande: Eva Lindqvist (ordf., Region Norrby), Kim Sandberg (Åby kommun), Lisa Ahl (ers., Ekå kommun), Elin Borg (adj., utvecklingsledare, Region Norrby).
Per Nyholm, Ekå kommun, ersattes av Lisa Ahl.

§ 4 Utbildningsdag
Elin Borg presenterade förslaget.
Förslag till beslut: att genomföra en utbildningsdag för chefer den 12 mars 2026, och att Elin Borg planerar dagen.
Beslut: Enligt förslaget.

§ 5 Mobila team
Förslag till beslut: Att ge Arbetsgrupp trygg hemgång i uppdrag att ta fram en förstudie om mobila team.
Styrgruppen beslutade enligt förslaget.

§ 6 Lägesrapport
Projektledaren hade förhinder. Punkten bordlades till nästa möte.
"""


def test_a_decision_enligt_forslaget_is_the_proposal_above_it(tmp_path):
    """"Förslag till beslut: att A, och att B" / "Beslut: Enligt förslaget.": the decisions are A and B; "Styrgruppen
    beslutade enligt förslaget" adopts the proposal too, and its task is given by decision."""
    f = load_text(tmp_path, "sg.txt", PROSE_ROSTER_PROPOSALS)
    decided = [d.rstrip(".") for d in f["decisions"]]
    assert "genomföra en utbildningsdag för chefer den 12 mars 2026" in decided
    assert "Elin Borg planerar dagen" in decided
    assert any(d.startswith("ge Arbetsgrupp trygg hemgång i uppdrag") for d in decided)
    assert not any("enligt förslaget" in d.lower() for d in decided)
    assert any(who == ("Arbetsgrupp trygg hemgång",) and task.startswith("ta fram en förstudie")
               for who, task in f["assignments"])


def test_a_member_replaced_by_a_deputy_and_short_roles_in_brackets(tmp_path):
    """"Per Nyholm, Ekå kommun, ersattes av Lisa Ahl": he was away, she served; "(ers., …)" is an ersättare,
    "(adj., …)" one adjoined, a guest."""
    f = load_text(tmp_path, "sg.txt", PROSE_ROSTER_PROPOSALS)
    status = {name: (st, roles) for name, st, roles in f["attendance"]}
    assert status["Per Nyholm"][0] == "absent"
    assert status["Lisa Ahl"] == ("present", ("ersättare",))
    assert status["Elin Borg"][0] == "guest" and "adjungerad" in status["Elin Borg"][1]


FOOTER_NAMED = """MINNESANTECKNINGAR

Tisdagen den 28 oktober 2025, kl. 13.15–15.00
Teams

Närvarande
Anna Berg, MAS, Åby kommun (sammankallande)
Lisa Ahl, enhetschef hemtjänst, Åby kommun
Bo Ek, vårdsamordnare, Region Norrby

Frånvarande
Kim Sandberg, Ekå kommun

Lisa Ahl deltog för första gången som ny representant för Åby kommun. Hon
ersätter Eva Nord, som har gått över till biståndsenheten.


1) Föregående anteckningar

Anteckningarna lades till handlingarna.


2) Övrigt

Nästa möte tisdagen den 9 december.


--------------------------------------------------------------------------
Arbetsgrupp trygg hemgång, Norrby | Minnesanteckningar 2025-10-28 | Sida 1 (1)
"""


def test_the_body_named_only_in_the_footer_met_and_teams_is_no_body(tmp_path):
    """A title of the document's kind alone, "Teams" under the date, and the body named in the footer closing
    the text: the footer's body met (without the region's name after it)."""
    f = load_text(tmp_path, "ag.txt", FOOTER_NAMED)
    assert f["body"] == "Arbetsgrupp trygg hemgång"


def test_a_change_told_under_the_roster_ends_it_and_is_read(tmp_path):
    """"Lisa Ahl deltog för första gången som ny representant för Åby kommun. Hon ersätter Eva Nord …" under the
    absent: no one's roster entry (she is present, Eva Nord is not listed), but Lisa's new seat and Eva's leaving."""
    f = load_text(tmp_path, "ag.txt", FOOTER_NAMED)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Lisa Ahl"] == "present" and "Eva Nord" not in status
    body = f["body"]
    # her new seat once, as someone's: not a join beside the replace
    assert ("Lisa Ahl", body, "replace") in f["memberships"] and ("Lisa Ahl", body, "join") not in f["memberships"]
    assert ("Eva Nord", body, "leave") in f["memberships"]


def test_a_verb_after_och_ends_a_body_name():
    """"… av Arbetsgrupp för fallprevention och bygger på …": "och bygger" is the predicate, no part of the name."""
    from samverkan.loaders.relations import find_groups
    text = "Planen har tagits fram av Arbetsgrupp för fallprevention och bygger på uppföljningen av 2025 års insatser."
    assert [g.name for g in find_groups(text)] == ["Arbetsgrupp för fallprevention"]


FOLLOW_UP_TABLE = """Styrgrupp Nära vård – Norrby
Minnesanteckningar 2025-11-19

Närvarande: Eva Lindqvist (ordf., Region Norrby), Kim Sandberg (Åby kommun), Lisa Ahl (Ekå kommun).

§ 3 Uppföljning av uppdrag
Nr\tUppdrag\tAnsvarig\tKlart senast\tStatus
1\tSammanställa erfarenheterna av SIP i hemmet\tEva Lindqvist\t2025-10-31\tKlart
2\tFörankra checklistan för trygg hemgång i kommunernas ledningsgrupper\tRespektive kommun\t2025-12-31\tPågår

§ 4 Övrigt
Inget övrigt.
"""


def test_respektive_kommun_in_the_responsible_column_is_each_kommun(tmp_path):
    """"Respektive kommun" answering for a row: each kommun the roster names, and the kommuner together."""
    f = load_text(tmp_path, "sg.txt", FOLLOW_UP_TABLE)
    (who,) = [w for w, task in f["assignments"] if task.startswith("förankra checklistan")]
    assert "Åby kommun" in who and "Ekå kommun" in who


CAPS_TITLE = """REGIONALA LEDNINGSGRUPPEN FÖR VÅRD OCH OMSORG
Minnesanteckningar
Datum: torsdagen den 20 november 2025
Närvarande: Eva Lindqvist (ordf., Region Norrby), Kim Sandberg (Åby kommun)

§ 1 Mötets öppnande
Dagordningen fastställdes. Därefter diskuterade ledningsgruppen vård och omsorg i hemmet.
"""


def test_a_body_named_in_capitals_is_written_as_the_text_writes_its_words(tmp_path):
    """"REGIONALA LEDNINGSGRUPPEN FÖR VÅRD OCH OMSORG" over notes that write "vård och omsorg" small."""
    f = load_text(tmp_path, "rlg.txt", CAPS_TITLE)
    assert f["body"] == "Regionala ledningsgruppen för vård och omsorg"


WEEK_NOTES = """# Lokal närvårdsgrupp Norrby

**Anteckningar v. 48** – tisdag 25/11 2025, kl. 14.00–16.00

### Ledamöter
- Eva Lindqvist, socialchef, Åby kommun (ordförande)
- Per Nyholm, verksamhetschef, Hälsocentralen Norrby
- Wilma Ek, processledare, Region Norrby

## 1. Läkarronder
Per och Eva tar fram en rutin för ronderna (v. 50). Gruppen var överens om att lyfta frågan om helger till
samordningsgruppen. Wilma tar med frågan om besked före helger till samordningsgruppens möte i januari (v. 3).

## Uppdragslista

| Uppdrag | Ansvarig | Klart |
|---|---|---|
| Lyfta frågan om besked om hemgång före helger till samordningsgruppen | Wilma | v. 3 |
"""


def test_a_week_in_brackets_ends_no_sentence_and_a_list_row_in_that_month_restates_the_task(tmp_path):
    """"… rutin för ronderna (v. 50). Gruppen …": "(v." is the week's abbreviation, the task is the sentence's;
    the list's row due in week 3 restates the task the text gave for January."""
    f = load_text(tmp_path, "lng.md", WEEK_NOTES)
    tasks = dict((task, who) for who, task in f["assignments"])
    assert tasks.get("ta fram en rutin för ronderna") == ("Eva Lindqvist", "Per Nyholm")
    assert len([t for who, t in f["assignments"] if who == ("Wilma Ek",)]) == 1
