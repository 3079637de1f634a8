"""Habits of the secretaries of sister minutes: a meeting app's notes export whose roster is the attendance report
saved with semicolons between its fields ("Namn;Anslöt;Lämnade;Roll;Organisation", "Inbjudna som inte anslöt: …")
and whose meeting field names the body with the month's meeting after a dash; notes whose roster gives a line per
huvudman with a dash before its people ("Region X – Eva Ek (…), ordf.; …", "Åby kommun – anmält förhinder: …")
under "Deltagare, per huvudman"; a roster told from who led the meeting ("Mötet leddes av …. Från regionen deltog
även …. Kommunerna företräddes av …"); seats changed in new words ("X kommun har anmält A som ny ledamot … i stället
för B", "Ny ordinarie ledamot för X blir A", "… att A blir hennes ersättare", "A går in som ordinarie … i hans
ställe", "A har varit sammankallande för G … och önskar lämna uppdraget"); an app's task with its fields on one
line ("Tilldelad: A   Förfallodatum: …") and task rows naming the doers by given name and initial ("– Jonas E.").
Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


APP_EXPORT = """Arbetsgrupp hjälpmedel Åby
Mötesanteckningar (export från Teams)

Möte:       Arbetsgrupp hjälpmedel – oktobermöte
Start:      2031-10-07 13:30
Plats:      Microsoft Teams-möte

=== Deltagare (närvarorapport) ===
Namn;Anslöt;Lämnade;Roll;Organisation
Eva Ek;13:26;15:02;Organisatör;Åby kommun – hemsjukvården
Per Lind;13:29;15:00;Deltagare;Region Norrby – Primärvården
Ola Ås;14:05;14:40;Gäst;Samordningsförbundet Norrby

Inbjudna som inte anslöt: Anna Berg (Öby kommun)

=== Anteckningar ===

Punkt 1 – Hjälpmedelsrutinen
Gruppen gick igenom rutinen. Per tar fram ett förslag till nästa möte.

=== Uppföljningsuppgifter ===
[ ] Boka lokal för utbildningsdagen
    Tilldelad: Eva Ek   Förfallodatum: 2031-10-14
"""


def test_a_meeting_apps_attendance_report_in_semicolons_reads_each_row(tmp_path):
    f = load_text(tmp_path, "ag_hjalpmedel_2031-10-07.txt", APP_EXPORT)
    att = {(name, status) for name, status, _ in f["attendance"]}
    assert {("Eva Ek", "present"), ("Per Lind", "present"), ("Ola Ås", "guest"), ("Anna Berg", "absent")} <= att


def test_the_title_names_the_body_the_apps_field_names_with_its_month(tmp_path):
    f = load_text(tmp_path, "ag_hjalpmedel_2031-10-07.txt", APP_EXPORT)
    assert f["body"] == "Arbetsgrupp hjälpmedel Åby"


def test_a_task_the_app_exports_with_its_fields_on_one_line(tmp_path):
    f = load_text(tmp_path, "ag_hjalpmedel_2031-10-07.txt", APP_EXPORT)
    assert (("Eva Ek",), "boka lokal för utbildningsdagen") in f["assignments"]


DASHED = """Samverkansgrupp beroende
========================

*Minnesanteckningar* – torsdag 25 september 2031, kl. 09.00–11.30

Deltagare, per huvudman
-----------------------

* **Region Norrby** – Johan Ahl (verksamhetschef, Beroendekliniken), ordf.; Ali Ek (enhetschef, Vuxenpsykiatrin)
* **Åby kommun** – Mikael Sten (socialchef); Rebecka Holm (enhetschef)
* **Öby kommun** – *anmält förhinder:* Maria Öst

1. Föregående anteckningar
--------------------------

Lades till handlingarna.

2. Gruppen
----------

Öby kommun meddelar att Maria Öst kvarstår som ledamot men att Hugo Sand blir hennes ersättare.

Att göra
--------

- [ ] Bjuda in Hugo Sand till nästa möte – Johan A. – *snarast*
- [ ] Underlag om väntetider – Ali E., Rebecka H. – *23/10*
"""


def test_a_huvudman_line_with_a_dash_before_its_people_reads_them_and_the_absent(tmp_path):
    f = load_text(tmp_path, "sg_beroende_2031-09-25.md", DASHED)
    att = {(name, status) for name, status, _ in f["attendance"]}
    assert {("Johan Ahl", "present"), ("Ali Ek", "present"), ("Mikael Sten", "present"), ("Rebecka Holm", "present"),
            ("Maria Öst", "absent")} <= att
    assert ("Maria Öst", "Samverkansgrupp beroende", "member") in f["memberships"]


def test_a_new_ersattare_told_as_hers_and_task_rows_with_initialled_surnames(tmp_path):
    f = load_text(tmp_path, "sg_beroende_2031-09-25.md", DASHED)
    assert ("Hugo Sand", "Samverkansgrupp beroende", "join") in f["memberships"]
    assert (("Johan Ahl",), "bjuda in Hugo Sand till nästa möte") in f["assignments"]
    assert any(who == ("Ali Ek", "Rebecka Holm") for who, _ in f["assignments"])


LED = """Styrgrupp psykisk hälsa
Minnesanteckningar, sammanträde 2031-10-02 kl. 13.00–15.30, Tallmo

Närvaro
Mötet leddes av Reza Tavak, Region Norrby, ordförande. Från regionen deltog även Per Nyqvist och Sofie Lund,
som förde anteckningarna. Kommunerna företräddes av Hanna Grön (Åby kommun) och Elin Mark (Öby kommun).
Karin Ek (Öby kommun) hade förhinder. Under § 2 medverkade Åsa Grip, FoU Norrby.

§ 1 Ledamöter
Åby kommun har anmält Viktor Ås som ny ledamot i styrgruppen i stället för Hanna Grön, som går i pension.
Elin Mark har varit sammankallande för Arbetsgrupp suicidprevention sedan 2027 och önskar lämna uppdraget.
Ny ordinarie ledamot för Öby blir Jonas Ljung från och med november.

§ 2 Uppföljning
Åsa Grip presenterade uppföljningen. Styrgruppen lämnar en lägesrapport till Regional ledningsgrupp i december.
"""


def test_a_roster_told_from_who_led_the_meeting_reads_each_side(tmp_path):
    f = load_text(tmp_path, "sg_psykisk_halsa_2031-10-02.txt", LED)
    att = {(name, status, roles) for name, status, roles in f["attendance"]}
    names = {(name, status) for name, status, _ in att}
    assert {("Reza Tavak", "present"), ("Per Nyqvist", "present"), ("Sofie Lund", "present"), ("Hanna Grön", "present"),
            ("Elin Mark", "present"), ("Karin Ek", "absent"), ("Åsa Grip", "guest")} <= names
    assert any(n == "Reza Tavak" and "ordförande" in roles for n, _, roles in att)
    assert any(n == "Sofie Lund" and "sekreterare" in roles for n, _, roles in att)


def test_seats_changed_in_new_words(tmp_path):
    f = load_text(tmp_path, "sg_psykisk_halsa_2031-10-02.txt", LED)
    ms = set(f["memberships"])
    assert {("Viktor Ås", "Styrgrupp psykisk hälsa", "replace"), ("Hanna Grön", "Styrgrupp psykisk hälsa", "leave"),
            ("Elin Mark", "Arbetsgrupp suicidprevention", "leave"),
            ("Jonas Ljung", "Styrgrupp psykisk hälsa", "join")} <= ms
