"""Habits of four secretaries read on small minutes of their own: a OneNote page whose to-do rows carry the box as a
glyph ("☐ TM – …") with the roster's initials, and a member who "tar över som sammankallande" from a day; a
protocol's "att ge X i uppdrag att, tillsammans med Y, …" with an aside before the task's verb; a Word table of
"Beslut och uppdrag" after the points whose "Beslut:" rows have an owner; a Teams recap's "Arbetsgrupp A och
Processteam B rapporterar till styrgruppen"; and "Styrgruppen rapporterar till …" under the title "Rapport till
Styrgrupp X" in another styrgrupp's own minutes.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

ONENOTE = """Närvårdsgruppen Åby 2030-05-20
den 20 maj 2030   14:02
Lokal närvårdsgrupp Åby – anteckningar
Plats: Åby hälsocentral

Med på mötet
• Tove Mark, enhetschef hemsjukvården, Åby kommun [TM]
• Nils Lind, distriktssköterska, Hälsocentralen Åby [NL]
• Anna Sund, MAS, Åby kommun [AS]

1. Sammankallande
TM går på föräldraledighet i juni. Nils Lind tar över som sammankallande från och med 1 juni och fram till årsskiftet.

2. Avvikelser
AS berättade om läget för avvikelserna vid hemgång.

Att göra
☐ TM – överlämna kontaktlistan till NL senast 30/5
☐ AS – avvikelserutin vid hemgång klar till nästa möte
☑ NL – kartläggning av SIP med hemsjukvården (klar)
"""

PROTOCOL = """PROTOKOLL
Regionalt politiskt samråd för vård och omsorg
Sammanträdesdatum: 2030-05-28

Beslutande
Eva Ek (S), ordförande
Per Holm (M)

§ 24 Handlingsplan för psykisk hälsa
Förslaget föredrogs.

Samrådet beslutar
att ge Hälso- och sjukvårdsförvaltningen i uppdrag att, tillsammans med kommunernas socialförvaltningar, komplettera handlingsplanen med insatser för unga vuxna.
"""

TABLE = """Åby kommun – Socialförvaltningen
Minnesanteckningar, Styrgrupp välfärdsteknik
Datum: 2030-04-23

Närvaro
Namn\tOrganisation\tNärvaro
Lena Ek, verksamhetschef (ordf.)\tÅby kommun\tNärvarande
Mats Berg, IT-strateg\tÅby kommun\tNärvarande

1. Läkemedelsrobotar
Mats Berg presenterade erfarenheterna av läkemedelsrobotar.

2. Rapport till Styrgrupp Nära vård
Styrgruppen rapporterar till socialnämnden i Åby och lämnar en lägesrapport till Styrgrupp Nära vård två gånger per år.

Beslut och uppdrag
Nr\tBeslut / uppdrag\tAnsvarig\tKlart
1\tBeslut: test med tio läkemedelsrobotar i hemtjänstområde Norr hösten 2030\tLena Ek\t2030-09-01
1\tUtse kontaktperson för ordinationsändringar\tMats Berg\t2030-05-31
"""

RECAP = """# Styrgrupp Nära vård – månadsmöte maj

**Microsoft Teams-möte** · tisdag 13 maj 2030 · 09:00–10:30

## Deltagare

- Eva Lund (Region Åby) – ordförande
- Karin Berg (Ekå kommun)

## Anteckningar

### Rapportering från arbetsgrupperna
- Arbetsgrupp trygg hemgång och Processteam vårdövergångar rapporterar till styrgruppen två gånger per termin.
- Karin Berg påpekade att mallen bör skickas ut före sommaren.
"""


def _read(text, name):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _tasks(r) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(sorted(a.assignees)), a.task) for a in r.assignments]


def test_glyph_boxes_with_the_rosters_initials_are_task_rows():
    _, r = _read(ONENOTE, "narvardsgrupp_aby_2030-05-20.txt")
    tasks = _tasks(r)
    assert any(who == ("Tove Mark",) and t.startswith("överlämna kontaktlistan") for who, t in tasks), tasks
    assert any(who == ("Anna Sund",) and t.startswith("avvikelserutin vid hemgång") for who, t in tasks), tasks


def test_a_member_taking_over_as_convener_from_a_day_is_given_the_duty():
    _, r = _read(ONENOTE, "narvardsgrupp_aby_2030-05-20.txt")
    assert any(who == ("Nils Lind",) and t == "vara sammankallande" for who, t in _tasks(r)), _tasks(r)


def test_an_aside_after_i_uppdrag_att_is_part_of_the_task():
    _, r = _read(PROTOCOL, "rps_2030-05-28.txt")
    assert any(who == ("Hälso- och sjukvårdsförvaltningen",) and "komplettera handlingsplanen" in t
               for who, t in _tasks(r)), _tasks(r)


def test_a_decision_row_with_an_owner_in_a_beslut_och_uppdrag_table_is_a_task_without_its_label():
    _, r = _read(TABLE, "styrgrupp_valfardsteknik_2030-04-23.txt")
    tasks = _tasks(r)
    assert any(who == ("Lena Ek",) and t.startswith("test med tio läkemedelsrobotar") for who, t in tasks), tasks
    assert any(who == ("Mats Berg",) and t.startswith("utse kontaktperson") for who, t in tasks), tasks


def test_the_body_a_title_reports_to_is_not_the_styrgrupp_that_reports():
    _, r = _read(TABLE, "styrgrupp_valfardsteknik_2030-04-23.txt")
    mandates = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert not [m for m in mandates if m[0] == "Styrgrupp Nära vård"], mandates
    assert any(f == "Styrgrupp välfärdsteknik" and t.casefold().startswith("socialnämnden") for f, t, _ in mandates), mandates


def test_two_bodies_before_rapporterar_till_each_report():
    _, r = _read(RECAP, "styrgrupp_nara_vard_2030-05-13.md")
    mandates = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("Processteam vårdövergångar", "Styrgrupp Nära vård", "reports_to") in mandates, mandates
    assert ("Arbetsgrupp trygg hemgång", "Styrgrupp Nära vård", "reports_to") in mandates, mandates


def test_the_article_of_how_often_ends_a_body_name():
    from samverkan.loaders.relations import find_groups
    assert [g.name for g in find_groups("lämnar en lägesrapport till Styrgrupp Nära vård i Åby en gång per halvår")] == [
        "Styrgrupp Nära vård i Åby"]


DONE = """# Styrgrupp Nära vård – månadsmöte maj

**Microsoft Teams-möte** · tisdag 13 maj 2030 · 09:00–10:30

## Deltagare

- Eva Lund (Region Åby) – ordförande
- Göran Ek (Region Åby)

## Anteckningar

### Mobila team
- Eva Lund berättade om piloten.

## Åtgärdspunkter från förra mötet

- [x] @Göran Ek har tagit fram statistik över utskrivningsklara patienter per kommun (klart 2030-04-29)
"""


def test_a_ticked_row_told_in_the_perfect_is_the_task_done():
    _, r = _read(DONE, "styrgrupp_nara_vard_2030-05-13.md")
    assert any(who == ("Göran Ek",) and t == "ta fram statistik över utskrivningsklara patienter per kommun"
               for who, t in _tasks(r)), _tasks(r)


TOPICS = """# Styrgrupp Nära vård – månadsmöte maj

**Microsoft Teams-möte** · tisdag 13 maj 2030 · 09:00–10:30

## Deltagare

- Eva Lund (Region Åby) – ordförande
- Göran Ek (Region Åby)

## Sammanfattning

Styrgruppen gick igenom piloten och budgeten.

## Anteckningar

### Mobila team
- Göran Ek redovisade att piloten haft 212 hembesök sedan februari.

### Budget
- Eva Lund visade utfallet för första kvartalet.

## Uppföljningsuppgifter

- [ ] @Göran Ek tar fram en kostnadsberäkning – 2030-06-10
"""


def test_a_recaps_notes_section_is_opened_into_its_topics():
    p, _ = _read(TOPICS, "styrgrupp_nara_vard_2030-05-13.md")
    assert [(it.title, it.presenters) for it in p.items] == [
        ("Sammanfattning", []), ("Mobila team", ["Göran Ek"]), ("Budget", ["Eva Lund"]), ("Uppföljningsuppgifter", [])], \
        [(it.title, it.presenters) for it in p.items]
