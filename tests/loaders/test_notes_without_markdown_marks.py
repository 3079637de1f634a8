"""Notes typed in Markdown, then sent as a plain mail with the heading and bold marks taken off, read as with them:
the title and the line dating the meeting head no point, headings numbered "1 · Inledning" are the points, a quoted
"> Beslut:" is the decision's label, and a plain title may hold a week cut short ("v. 40–44").
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

DATED = """Samverkansgrupp vuxna Gransjö

Minnesanteckningar från mötet tisdagen den 9 mars 2027

Vi träffades kl. 13.00–15.00 i Gransjö kommunhus. Från Gransjö kommun deltog Maj Hedin, socialchef, och Ebbe Forsell, MAS. Region Norrvik representerades av Klara Wiik, verksamhetschef psykiatrin.

Inledning

Maj hälsade alla välkomna. Anteckningarna från förra mötet godkändes utan ändringar.

Boendestöd

Ebbe redovisade läget för boendestödet. Kön har minskat sedan i höstas, men bemanningen är fortfarande ansträngd.

Nästa möte

Nästa möte hålls i maj i Norrvik. Klara kallar till mötet.
"""

TEAMS = """Styrgrupp psykisk hälsa – månadsmöte mars

Teams-möte · onsdag 10 mars 2027 · 09:00–10:30
Organisatör: Klara Wiik, sekreterare.

Deltagare

- Maj Hedin (Gransjö kommun) – ordförande
- Klara Wiik (Region Norrvik) – sekreterare

Läget i länet

Maj gick igenom läget för boendestödet i länet, som har förbättrats sedan förra året.

Suicidprevention

Klara redovisade arbetet med handlingsplanen, som ska vara klar före sommaren.

Övrigt

Inga övriga frågor togs upp vid mötet, som avslutades före utsatt tid.
"""

DOTTED = """Arbetsgrupp SIP Gransjö
Anteckningar 2027-03-11

Närvarande: Maj Hedin, Ebbe Forsell, Klara Wiik

1 · Inledning
Maj öppnade mötet.

2 · Utbildningsdag
Ebbe har bokat lokal.
> Beslut: Arbetsgruppen genomför utbildningsdagen den 4 maj 2027.

3 · Övrigt
Inget att ta upp.
"""


def test_the_line_dating_the_meeting_heads_no_point():
    p = parse_minutes(DATED, "sg_vuxna_2027-03-09.txt")
    assert p.date == "2027-03-09"
    assert [i.title for i in p.items] == ["Inledning", "Boendestöd", "Nästa möte"]
    assert {a.name for a in p.attendance} >= {"Maj Hedin", "Ebbe Forsell", "Klara Wiik"}


def test_the_title_over_the_meetings_day_heads_no_point():
    p = parse_minutes(TEAMS, "styrgrupp_2027-03-10.txt")
    assert p.date == "2027-03-10"
    assert [i.title for i in p.items] == ["Läget i länet", "Suicidprevention", "Övrigt"]


def test_points_numbered_with_a_middle_dot_and_a_quoted_decision():
    p = parse_minutes(DOTTED, "ag_sip_2027-03-11.txt")
    assert [i.title for i in p.items] == ["Inledning", "Utbildningsdag", "Övrigt"]
    assert [d.text for d in p.decisions] == ["Arbetsgruppen genomför utbildningsdagen den 4 maj 2027."]


def test_a_plain_title_may_hold_a_week_cut_short():
    text = ("AG Trygg hemgång – 2027-03-12\n\nNärvarande: Maj Hedin, Ebbe Forsell\n\n"
            "Uppföljning\nChecklistan är klar och skickad till samverkansgruppen för synpunkter.\n\n"
            "Utskrivningsklara patienter v. 8–10\nTolv patienter låg kvar över tid i Gransjö under perioden.\n\n"
            "Rutiner\nRutinen för läkemedelslistan är ännu inte klar och tas upp igen.\n")
    p = parse_minutes(text, "ag_2027-03-12.txt")
    assert [i.title for i in p.items] == ["Uppföljning", "Utskrivningsklara patienter v. 8–10", "Rutiner"]


def test_a_quoted_label_without_bold_marks_is_the_label():
    from samverkan.loaders.clean import clean
    assert clean("> Beslut: Teamet utser Eva Ek.\n> Per sa att det brådskar.").lines == [
        "Beslut: Teamet utser Eva Ek.", "> Per sa att det brådskar."]


def test_a_label_ends_the_roster_told_after_med_pa_motet():
    text = ("Lokal samverkan Gransjö – anteckningar 11/2 2027\n\n"
            "Med på mötet: Maj Hedin (socialchef, leder mötet), Ebbe Forsell (MAS),\n"
            "Klara Wiik (verksamhetschef psykiatrin)\nEj med: Nils Tallberg (rektor Åsskolan)\nSkriver: Ebbe\n\n"
            "1. Runda\nAlla har det kämpigt med sjukskrivningar i januari.\n")
    p = parse_minutes(text, "lokal_2027-02-11.txt")
    assert {(a.name, a.status) for a in p.attendance} == {
        ("Maj Hedin", "present"), ("Ebbe Forsell", "present"), ("Klara Wiik", "present"), ("Nils Tallberg", "absent")}
