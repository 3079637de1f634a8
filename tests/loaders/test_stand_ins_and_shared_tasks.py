"""Habits of four secretaries who write down who does what and who sits for whom: a stand-in "ersätts tills
vidare av sin kollega X tills …"; two people who "ansvarar gemensamt för att …"; people and a unit sharing one
task ("A, B och hemsjukvården i Åby kartlägger …", "… går igenom ärendena …, till v. 12"); a guest invited to
the next meeting with her title before her name or where she comes from after it; a newcomer who "är ny i
gruppen och representerar X kommun efter Y, som har gått i pension"; an e-mail's "Ej med:" beside its "Med:",
and its "Att göra tills nästa gång:" list; a second doer who "granskar den medicinska delen"; and the body a
group works for told in a relative clause after its name ("…, som gruppen arbetar på uppdrag av").
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _read(text: str, name: str):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _tasks(r) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(sorted(a.assignees)), a.task) for a in r.assignments]


def _ms(r) -> set[tuple[str, str, str | None]]:
    return {(m.person, m.change, m.replaces) for m in r.memberships}


WORKGROUP = """Arbetsgrupp läkemedel i hemmet
Minnesanteckningar 2026-05-12
Plats: Vårdcentralen Åby, rum Tärnan

Närvarande
  För Region Åsen:   Cecilia Rask (ordf.), Anton Vik, distriktsläkare
  För Åby kommun:    Marita Sund, sjuksköterska
  För Tallviks kommun: Hedvig Nord, enhetschef
  För Ekby kommun:   Oliver Palm, MAS

1. Representation
Hedvig Nord är ny i gruppen och representerar Tallviks kommun efter Jessica Strand, som har gått i pension.
Lotta Nyberg har bytt tjänst och ersätts tills vidare av sin kollega Sofia Gran tills Ekby utsett en ordinarie representant.
Cecilia tar upp frågan om en representant från Norrviks kommun med Styrgrupp Vård i hemmet Åsen, som gruppen arbetar på uppdrag av.

2. Brytpunktssamtal
Anton Vik, Marita Sund och hemsjukvården i Åby kartlägger var i journalen samtalet dokumenteras, till v. 21.

3. Checklista
Hedvig Nord och Oliver Palm ansvarar gemensamt för att ta fram en checklista för vidbehovsläkemedel. Klart före midsommar.
Apotekare Samira Khan bjuds in till nästa möte för att gå igenom förslaget.
Cecilia skriver en sammanfattning och Anton granskar den medicinska delen.

4. Nästa möte
9 juni kl 14-16, Teams.
"""


def test_a_stand_in_for_now_who_is_her_colleague_replaces_the_one_who_changed_jobs():
    _, r = _read(WORKGROUP, "ag_lakemedel_hemmet_2026-05-12.txt")
    ms = _ms(r)
    assert ("Lotta Nyberg", "leave", None) in ms, ms
    assert ("Sofia Gran", "replace", "Lotta Nyberg") in ms, ms


def test_a_newcomer_who_represents_a_kommun_after_someone_replaces_her():
    _, r = _read(WORKGROUP, "ag_lakemedel_hemmet_2026-05-12.txt")
    ms = _ms(r)
    assert ("Hedvig Nord", "replace", "Jessica Strand") in ms, ms
    assert ("Jessica Strand", "leave", None) in ms, ms


def test_people_and_a_unit_share_one_task():
    _, r = _read(WORKGROUP, "ag_lakemedel_hemmet_2026-05-12.txt")
    tasks = _tasks(r)
    assert any(set(who) == {"Anton Vik", "Marita Sund", "Hemsjukvården i Åby"} and t.startswith("kartlägga var i journalen")
               for who, t in tasks), tasks


def test_two_who_answer_jointly_for_a_task():
    _, r = _read(WORKGROUP, "ag_lakemedel_hemmet_2026-05-12.txt")
    tasks = _tasks(r)
    assert any(who == ("Hedvig Nord", "Oliver Palm") and "checklista för vidbehovsläkemedel" in t for who, t in tasks), tasks


def test_a_guest_invited_with_her_title_before_her_name_and_a_second_doer_who_reviews():
    _, r = _read(WORKGROUP, "ag_lakemedel_hemmet_2026-05-12.txt")
    tasks = _tasks(r)
    assert (("Samira Khan",), "gå igenom förslaget") in tasks, tasks
    assert any(who == ("Anton Vik",) and t.startswith("granska den medicinska delen") for who, t in tasks), tasks


def test_the_body_a_group_works_for_told_in_a_relative_clause_after_its_name():
    _, r = _read(WORKGROUP, "ag_lakemedel_hemmet_2026-05-12.txt")
    man = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("Styrgrupp Vård i hemmet Åsen", "Arbetsgrupp läkemedel i hemmet", "delegates") in man, man


MAIL = """From: Nadia Berg <nadia.berg@regionasen.se>
To: Amra Lind <amra.lind@aby.se>, Jukka Salo <jukka.salo@tallvik.se>
Subject: Minnesanteckningar arbetsgrupp mobila team 10 mars
Date: Wed, 11 Mar 2026 08:42:17 +0100

Hej alla,

här kommer anteckningarna från mötet 10/3 på Teams.

Med: Nadia Berg (sammankallande), Amra Lind (Åby), Jukka Salo (Tallvik), Elvira Munck (BUP)
Ej med: Rasmus Holm (Ekby)

1. Pilotärendena
Jukka redovisade de sex pilotärendena i Tallvik.
Jukka, Elvira och elevhälsan i Tallvik går igenom de två ärendena tillsammans och tar fram vad som hade behövts tidigare, till v. 12.

2. Gäster
Fredrik Öst från Elevhälsan Tallvik bjuds in till nästa möte för att berätta om mobila insatser.

Att göra tills nästa gång:
- Amra: ta reda på hur många ärenden Åby har haft med behov av mobila insatser 2025

Hälsningar
Nadia
"""


def test_an_emails_ej_med_beside_its_med_lists_who_was_away():
    p, _ = _read(MAIL, "ag_mobila_team_2026-03-10.eml")
    status = {a.name: a.status for a in p.attendance}
    assert status.get("Rasmus Holm") == "absent", status
    assert status.get("Amra Lind") == "present", status


def test_people_and_a_unit_go_through_cases_by_a_week():
    _, r = _read(MAIL, "ag_mobila_team_2026-03-10.eml")
    tasks = _tasks(r)
    assert any(set(who) == {"Jukka Salo", "Elvira Munck", "Elevhälsan i Tallvik"} and t.startswith("gå igenom de två ärendena")
               for who, t in tasks), tasks


def test_a_guest_invited_with_where_she_comes_from_after_her_name():
    _, r = _read(MAIL, "ag_mobila_team_2026-03-10.eml")
    tasks = _tasks(r)
    assert any(who == ("Fredrik Öst",) and t.startswith("berätta om mobila insatser") for who, t in tasks), tasks


def test_a_to_do_list_until_next_time():
    _, r = _read(MAIL, "ag_mobila_team_2026-03-10.eml")
    tasks = _tasks(r)
    assert any(who == ("Amra Lind",) and t.startswith("ta reda på hur många ärenden") for who, t in tasks), tasks


NOTES = """Arbetsgrupp palliativ vård Åsen
Anteckningar 2026-05-12, kl 14-16, Vårdcentralen Åby

Närvarande: Cecilia Rask (ordf.), Region Åsen; Oliver Palm, Ekby kommun

1. Föregående anteckningar
Genomgångna, inga synpunkter. Lades till handlingarna.

2. Övrigt
Inget.
"""


def test_notes_read_without_remarks_then_filed_with_no_subject_is_a_decision():
    p, _ = _read(NOTES, "ag_palliativ_vard_2026-05-12.txt")
    texts = [d.text.casefold() for d in p.decisions]
    assert any("handlingarna" in t for t in texts), texts


SENT_NEXT_DAY = """Ämne: Minnesanteckningar arbetsgrupp mobila team
Från: Nadia Berg
Till: Amra Lind; Jukka Salo
Skickat: den 11 mars 2026 08:42

Hej alla,

tack för ett bra möte i går. Här kommer mina anteckningar.

Med: Nadia Berg (sammankallande), Amra Lind (Åby), Jukka Salo (Tallvik)

1. Pilotärendena
Jukka redovisade läget.
"""


def test_notes_mailed_the_day_after_the_meeting_date_it_the_day_before():
    p, _ = _read(SENT_NEXT_DAY, "minnesanteckningar.eml")
    assert p.date == "2026-03-10", p.date


ASKED = """Arbetsgrupp nutrition
Minnesanteckningar 2026-09-08

Närvarande: Helena Strand, Region Åsen; Per-Anders Holm, Region Åsen

1. Gruppens sammansättning
Gruppen saknar fortfarande representant från primärvården i Ekby. Helena frågar verksamhetschefen på Hälsocentralen Ekby om någon kan utses.
Ansvarig: Helena Strand, till v. 40
Per-Anders tar det med Ekbys socialchef.

2. Övrigt
Inget.
"""


def test_a_passive_after_a_modal_in_a_question_put_to_someone_is_no_decision():
    p, _ = _read(ASKED, "ag_nutrition_2026-09-08.txt")
    assert not [d.text for d in p.decisions if "utses" in d.text], [d.text for d in p.decisions]


def test_a_matter_raised_with_someone_named_is_a_task():
    _, r = _read(ASKED, "ag_nutrition_2026-09-08.txt")
    tasks = _tasks(r)
    assert any(who == ("Per-Anders Holm",) and t.startswith("ta det med Ekbys socialchef") for who, t in tasks), tasks
