"""Habits of the secretaries of held-back Blekinge minutes: a process team's Markdown notes
whose roster runs on one line with a middle dot between the people, a protocol telling that a body "gav vid sitt
sammanträde den …" another the task, notes speaking of "processteamet" under an item titled by the team's name,
someone who "föredrar ärendet i LSVO" (to come, elsewhere), a successor told by "ersätts hon av …", and a working
group named with who leads it ("… med X som sammankallande"); each read on a small minutes of its own, loaded
alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text


def _presenters(tmp_path: Path, name: str, text: str) -> dict[str, list[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "p.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    n = {e["id"]: e["name"] for e in data["persons"]}
    (event,) = data["events"]
    return {i["number"]: sorted(n[p] for p in i.get("presenter_ids") or []) for i in event["agenda"]}


DOT_ROSTER = """## Processteam Trygg hemgång

Minnesanteckningar från möte **onsdag 3 december 2025**, kl. 09.00–11.00, Teams

**Deltagare:** Lisa Ek, processledare, Region Österland (sammankallande) · Karl Berg, processledare, Åby kommun · Vera Lund, Ekby kommun

**Frånvarande:** Per Nord, Åby kommun

### 1. Uppdraget

Teamet gick igenom uppdraget.

### 2. Övrigt

Inga övriga frågor.
"""


def test_a_roster_line_with_a_middle_dot_between_the_people_lists_each(tmp_path):
    """"**Deltagare:** Lisa Ek, processledare, Region X (sammankallande) · Karl Berg, …": one person a part."""
    f = load_text(tmp_path, "pt.md", DOT_ROSTER)
    present = {n for n, status, _ in f["attendance"] if status == "present"}
    assert present == {"Lisa Ek", "Karl Berg", "Vera Lund"}
    assert ("Karl Berg", "Processteam Trygg hemgång", "member") in f["memberships"]
    assert ("Vera Lund", "Processteam Trygg hemgång", "member") in f["memberships"]


GAVE_AT_MEETING = """Ledningsgrupp för vård och omsorg i Österland
PROTOKOLL
Datum: 2025-10-17
Plats: Regionhuset

Ledamöter
Eva Lindqvist, Region Österland, ordförande
Per Nyholm, Åby kommun

§ 61/25 Handlingsplan

Politiskt samråd Österland gav vid sitt sammanträde 2025-06-05 Ledningsgruppen för vård och omsorg i Österland i
uppdrag att ta fram förslag till gemensam handlingsplan för psykisk hälsa.

Ledningsgruppen beslutar
att godkänna förslaget.
"""


def test_the_meeting_a_task_was_given_at_is_no_part_of_whom_it_was_given(tmp_path):
    """"X gav vid sitt sammanträde 2025-06-05 Y i uppdrag att …": Y has the task, X gave it."""
    f = load_text(tmp_path, "lg.txt", GAVE_AT_MEETING)
    assert (("Ledningsgrupp för vård och omsorg i Österland",),
            "ta fram förslag till gemensam handlingsplan för psykisk hälsa") in f["assignments"]
    assert ("Politiskt samråd Österland", "Ledningsgrupp för vård och omsorg i Österland") in [m[:2] for m in f["mandates"]]
    assert not any(n.startswith("Vid sitt") for g, _ in f["assignments"] for n in g)


TEAM_UNDER_ITS_TITLE = """Samverkansgrupp äldre
Minnesanteckningar 2025-11-24
Plats: Teams

Närvarande: Eva Lindqvist (Region Österland, ordförande), Per Nyholm (Åby kommun)

1. Processteam Trygg hemgång
Eva Lindqvist rapporterade från processteamet, som arbetar på uppdrag av samverkansgruppen.
Beslut: Processteamet får i uppdrag att följa upp rutinen och återrapportera till samverkansgruppen i mars 2026.

2. Övrigt
Inga övriga frågor.
"""


def test_the_team_an_item_is_titled_by_is_the_team_its_text_speaks_of(tmp_path):
    """"processteamet" under "1. Processteam Trygg hemgång" is that team, its kind not written twice."""
    f = load_text(tmp_path, "sg.txt", TEAM_UNDER_ITS_TITLE)
    assert (("Processteam Trygg hemgång",),
            "följa upp rutinen och återrapportera till samverkansgruppen i mars 2026") in f["assignments"]
    assert ("Samverkansgrupp äldre", "Processteam Trygg hemgång") in [m[:2] for m in f["mandates"]]
    assert not any("processteam processteam" in n.casefold() for g, _ in f["assignments"] for n in g)


TOLD_ELSEWHERE = """Samverkansgrupp äldre
Minnesanteckningar 2025-11-24
Plats: Teams

Närvarande: Eva Lindqvist (Region Österland, ordförande), Per Nyholm (Åby kommun), Lisa Holm (Ekby kommun)

1. Revidering av rutinen
Arbetsgruppen har lämnat sitt förslag.
Beslut: Samverkansgruppen ställer sig bakom förslaget och lyfter det till LSVO för beslut.
Per Nyholm föredrar ärendet i LSVO.

2. Kompetens
Lisa Holm presenterar sammanställningen vid LSVO i november.

3. Övrigt
Eva Lindqvist presenterar läget i nätverket.
"""


def test_who_is_to_present_a_matter_at_another_body_presents_nothing_here(tmp_path):
    """"Per föredrar ärendet i LSVO", "Lisa presenterar sammanställningen vid LSVO i november": a task to come,
    no presenter of the item; presenting at this meeting still is."""
    pres = _presenters(tmp_path, "sg.txt", TOLD_ELSEWHERE)
    assert pres["1"] == [] and pres["2"] == []
    assert pres["3"] == ["Eva Lindqvist"]
    f = load_text(tmp_path, "sg2.txt", TOLD_ELSEWHERE)
    assert (("Lisa Holm",), "presentera sammanställningen vid LSVO i november") in f["assignments"]
    assert (("Per Nyholm",), "föredra ärendet i LSVO") in f["assignments"]


SUCCESSOR_AND_CONVENER = """Ledningsgrupp för vård och omsorg i Österland
PROTOKOLL
Datum: 2025-10-17
Plats: Regionhuset

Ledamöter
Eva Lindqvist, Region Österland, ordförande
Per Nyholm, förvaltningschef, Åby kommun

§ 62/25 Samsjuklighet

Samverkansgruppen har bildat Arbetsgrupp samsjuklighet med en representant per huvudman och Fredrik Ahlgård,
Ekby kommun, som sammankallande. Arbetsgruppen rapporterar till samverkansgruppen.

Ledningsgruppen beslutar
att lägga informationen till handlingarna.

§ 66/25 Ny ledamot

Per Nyholm går i pension vid årsskiftet och lämnar ledningsgruppen. Från den 1 januari 2026 ersätts han av
Jenny Almér, tillträdande förvaltningschef, Åby kommun.

Ledningsgruppen beslutar
att anteckna informationen till protokollet.
"""


def test_a_successor_told_by_a_pronoun_takes_the_seat_of_the_one_leaving(tmp_path):
    """"Per Nyholm … lämnar ledningsgruppen. Från den 1 januari ersätts han av Jenny Almér": she takes his seat."""
    f = load_text(tmp_path, "lg.txt", SUCCESSOR_AND_CONVENER)
    body = "Ledningsgrupp för vård och omsorg i Österland"
    assert ("Jenny Almér", body, "replace") in f["memberships"]
    assert ("Per Nyholm", body, "leave") in f["memberships"]


def test_who_leads_a_group_named_in_full_sits_in_it(tmp_path):
    """"… har bildat Arbetsgrupp samsjuklighet med … och Fredrik Ahlgård, Ekby kommun, som sammankallande"."""
    f = load_text(tmp_path, "lg.txt", SUCCESSOR_AND_CONVENER)
    assert ("Fredrik Ahlgård", "Arbetsgrupp samsjuklighet", "member") in f["memberships"]


READ_AND_FILED = """LOKAL SAMVERKANSGRUPP ÅBY
Minnesanteckningar 13/11 2025, kl. 14.00–15.30
Plats: Åby vårdcentral

Närvarande:
  Peter Sjölander, verksamhetschef Åby vårdcentral, Region Österland – sammankallande
  Jonas Pettersson, enhetschef hemsjukvården, Åby kommun

1) Föregående anteckningar
   Gicks igenom och lades till handlingarna. Jonas har tagit fram en kontaktlista till
   hemsjukvårdens nattpatrull.

2) Övrigt
   Inga övriga frågor.
"""


def test_notes_read_and_filed_with_no_subject_are_what_the_item_title_names(tmp_path):
    """"1) Föregående anteckningar / Gicks igenom och lades till handlingarna. …": the notes are filed."""
    f = load_text(tmp_path, "ls.txt", READ_AND_FILED)
    assert f["decisions"] == ["lägga föregående anteckningar till handlingarna"]


EACH_HUVUDMAN_TASKED = """Ledningsgrupp för vård och omsorg i Österland
PROTOKOLL
Datum: 2025-10-17
Plats: Regionhuset

Ledamöter
Eva Lindqvist, Region Österland, ordförande
Per Nyholm, förvaltningschef, Åby kommun
Lisa Ek, förvaltningschef, Ekby kommun

§ 62/25 Samsjuklighet

Arbetet har tagit längre tid än beräknat.

Ledningsgruppen beslutar
att respektive huvudman ges i uppdrag att senast den 15 november 2025 utse en kontaktperson för
samsjuklighetsfrågor och meddela sekreteraren.

§ 63/25 Övrigt

Ledningsgruppen beslutar
att lägga informationen till handlingarna.
"""


def test_a_task_given_to_respektive_huvudman_is_each_huvudmans(tmp_path):
    """"att respektive huvudman ges i uppdrag att …": the region and each kommun at the table."""
    f = load_text(tmp_path, "lg.txt", EACH_HUVUDMAN_TASKED)
    (who, task), = [a for a in f["assignments"] if "kontaktperson" in a[1]]
    assert {"Region Österland", "Åby kommun", "Ekby kommun"} <= set(who)


REPORTED_BACK_TITLES = """Samverkansgrupp äldre
Minnesanteckningar 2025-11-24
Plats: Teams

Närvarande: Eva Lindqvist (Region Österland, ordförande), Per Nyholm (Åby kommun)

1. Återkoppling på uppdrag från LSVO: revidering av rutinen
Arbetsgruppen har lämnat sitt förslag. Samverkansgruppen ställer sig bakom det.

2. Samsjuklighet – lägesrapport från Arbetsgrupp samsjuklighet
Per Nyholm berättade om kartläggningen.

3. Övrigt
Inga övriga frågor.
"""


def test_an_item_reporting_back_on_a_task_tells_whom_the_body_reports_to(tmp_path):
    """"Återkoppling på uppdrag från LSVO: …": LSVO gave the task and the body reports back to it; "X – lägesrapport
    från Arbetsgrupp Y": the group reports to the body that met."""
    f = load_text(tmp_path, "sg.txt", REPORTED_BACK_TITLES)
    pairs = [m[:2] for m in f["mandates"]]
    assert ("LSVO", "Samverkansgrupp äldre") in pairs and ("Samverkansgrupp äldre", "LSVO") in pairs
    assert ("Arbetsgrupp samsjuklighet", "Samverkansgrupp äldre") in pairs


ASKED_TO_REPORT = """LOKAL SAMVERKANSGRUPP ÅBY
Minnesanteckningar 13/11 2025, kl. 14.00–15.30
Plats: Åby vårdcentral

Närvarande:
  Peter Sjölander, verksamhetschef Åby vårdcentral, Region Österland – sammankallande
  Jonas Pettersson, enhetschef hemsjukvården, Åby kommun

1) Uppdrag från Samverkansgrupp äldre – trygg hemgång
   Samverkansgruppen har bett samtliga lokala samverkansgrupper redovisa hur arbetet med trygg
   hemgång fungerar lokalt. Gruppen gör redovisningen gemensamt.

2) Övrigt
   Inga övriga frågor.
"""


def test_a_local_group_asked_by_the_samverkansgrupp_its_item_names_to_report_reports_to_it(tmp_path):
    """"Samverkansgruppen har bett … redovisa …" under "Uppdrag från Samverkansgrupp äldre" in a lokal
    samverkansgrupp's notes: the samverkansgrupp the title names asked, and the local group reports to it."""
    f = load_text(tmp_path, "ls.txt", ASKED_TO_REPORT)
    pairs = [(a.casefold(), b.casefold()) for a, b, _ in f["mandates"]]
    assert ("lokal samverkansgrupp åby", "samverkansgrupp äldre") in pairs
    assert not any(a == b for a, b in pairs)


CHECKBOX_LIST = """# Processteam Trygg hemgång

Minnesanteckningar 2025-12-03, Teams

Närvarande: Mats Wennstig (Region Österland, sammankallande), Carina Fransson (Åby kommun), Jesper Björnsson (Ekby kommun)

## 1. Revidering
Förslaget är klart.

## 2. Avvikelser
Jesper redovisade avvikelserna.

### Att göra

- [ ] Sammanställa avvikelserna om läkemedelslistor till samverkansgruppen – JB – 2026-01-15
- [ ] Påminna Ekby kommun om ny representant – CF – 2025-12-10

Nästa möte: 2026-01-21.
"""


def test_a_checkbox_list_under_a_heading_gives_each_task_to_the_initials_after_its_dash(tmp_path):
    """"### Att göra / - [ ] Sammanställa … – JB – 2026-01-15": the task is JB's."""
    f = load_text(tmp_path, "pt.md", CHECKBOX_LIST)
    assert (("Jesper Björnsson",), "sammanställa avvikelserna om läkemedelslistor till samverkansgruppen") in f["assignments"]
    assert (("Carina Fransson",), "påminna Ekby kommun om ny representant") in f["assignments"]


NEW_MEMBER_AND_REPORT = """LOKAL SAMVERKANSGRUPP ÅBY
Minnesanteckningar 13/11 2025, kl. 14.00–15.30
Plats: Åby vårdcentral

Närvarande:
  Peter Sjölander, verksamhetschef Åby vårdcentral, Region Österland – sammankallande
  Marita Lund, avdelningschef akutmottagningen, Region Österland
  Gunilla Råberg, MAS, Åby kommun

1) Gruppens sammansättning
   Marita Lund, akutmottagningen, är ny ledamot – gruppen har saknat någon från sjukhuset
   sedan i våras.

2) Avvikelser
   Gunilla Råberg återrapporterade, som gruppen bad om i september, att den gemensamma processen
   för avvikelser nu är införd.

3) Övrigt
   Inga övriga frågor.
"""


def test_a_newcomer_told_with_her_unit_and_a_reason_after_a_dash_joins_the_body_that_met(tmp_path):
    """"Marita Lund, akutmottagningen, är ny ledamot – gruppen har saknat …": she joins the group."""
    f = load_text(tmp_path, "ls.txt", NEW_MEMBER_AND_REPORT)
    assert any(p == "Marita Lund" and ch == "join" for p, _, ch in f["memberships"])


def test_who_reports_back_with_who_asked_for_it_between_presents_the_item(tmp_path):
    """"Gunilla Råberg återrapporterade, som gruppen bad om i september, att …": she presents the item."""
    pres = _presenters(tmp_path, "ls.txt", NEW_MEMBER_AND_REPORT)
    assert pres["2"] == ["Gunilla Råberg"]


RAISED_THERE = """LOKAL SAMVERKANSGRUPP ÅBY
Minnesanteckningar 13/11 2025, kl. 14.00–15.30
Plats: Åby vårdcentral

Närvarande:
  Peter Sjölander, verksamhetschef Åby vårdcentral, Region Österland – sammankallande
  Rebecca Welander, verksamhetschef, Åby kommun

1) Läkemedelslistor vid hemgång från akuten
   Kommunens sjuksköterskor får ofta ingen aktuell läkemedelslista. Rebecca lyfter frågan i
   Samverkansgrupp äldre och till processteamet.

2) Övrigt
   Inga övriga frågor.
"""


def test_a_question_raised_in_a_body_named_is_referred_there_and_no_team_is_named_after_the_topic(tmp_path):
    """"Rebecca lyfter frågan i Samverkansgrupp äldre och till processteamet": referred to the samverkansgrupp; the
    process team, there already, is not one named after the item ("Processteam Läkemedelslistor …")."""
    f = load_text(tmp_path, "ls.txt", RAISED_THERE)
    pairs = [(a.casefold(), b.casefold()) for a, b, _ in f["mandates"]]
    assert ("lokal samverkansgrupp åby", "samverkansgrupp äldre") in pairs
    assert not any("läkemedelslistor" in b for _, b in pairs)
