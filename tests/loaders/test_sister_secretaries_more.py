"""Habits of kommunstyrelse protocols and mailed samverkansgrupp notes: a roster's "Anm." column marking
who was away ("frånv."), "Expedieras:" lines without "till" after each paragraph, and a mail subject
naming the group "SG <topic>" (a samverkansgrupp in one region, a styrgrupp in the next) while the
notes' own text names it in full."""
from __future__ import annotations

from tests.loaders.test_genre_readings import load


def test_an_abbreviated_absence_in_a_rosters_note_column_is_absence(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN\tPROTOKOLL
        Kommunstyrelsen\tSammanträdesdatum 2027-01-20

        Närvarolista
        Namn\tParti\tFunktion\tAnm.
        Eva Ek\tS\tordf\t
        Per Lind\tM\tled\t
        Sara Öhrn\tC\tled\t
        Bo Strand\tSD\ters\tfrånv.

        Paragraf 1\tVal av justerare
        Kommunstyrelsen beslutar att utse Per Lind (M) att justera protokollet.
        """)
    assert got["attendance"]["Bo Strand"][0] == "absent"
    assert got["attendance"]["Sara Öhrn"][0] == "present"


def test_an_expedieras_line_without_till_is_no_decision(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    PROTOKOLL
        Kommunstyrelsen               Sammanträdesdatum 2027-01-20

        Närvarande: Eva Ek (S), ordförande; Per Lind (M); Sara Öhrn (C)

        Paragraf 1   Val av justerare
        Kommunstyrelsen beslutar att utse Per Lind (M) att justera protokollet.
        Expedieras: –

        Paragraf 2   Information från kommundirektören
        Kommundirektören informerar om budgetläget.
        Kommunstyrelsen beslutar att lägga informationen till handlingarna.
        Expedieras: –

        Justerandes sign\tUtdragsbestyrkande
        """)
    assert not [d for d in got["decisions"] if "xpedieras" in d]
    assert any("lägga informationen till handlingarna" in d for d in got["decisions"])


def test_a_subjects_sg_is_the_group_the_mailed_notes_name_in_full(tmp_path):
    got = load(tmp_path, """\
        From: Eva Ek <eva.ek@regionaby.se>
        To: sg@regionaby.se
        Subject: Anteckningar SG Psykisk hälsa vuxna 28/1
        Date: Fri, 29 Jan 2027 14:05:33 +0100
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Hej!

        Här kommer anteckningarna från gårdagens möte i Samverkansgrupp Psykisk hälsa
        vuxna i Åby (28 januari 2027, Teams).

        Deltog:
        Eva Ek, Region Åby (ordf.)
        Per Lind, Västby kommun
        Sara Öhrn, Norrby kommun

        1. Inledning
        Dagordningen godkändes.

        Hälsningar
        Eva Ek
        """, name="anteckningar.eml")
    assert got["body"] == "Samverkansgrupp Psykisk hälsa vuxna i Åby"
    assert ("Per Lind", "Samverkansgrupp Psykisk hälsa vuxna i Åby", "member") in got["memberships"]


def test_a_teams_meetings_title_with_its_month_after_a_dash_is_the_group_without_the_month(tmp_path):
    got = load(tmp_path, """\
        Mötesanteckningar – exporterade från Microsoft Teams
        Möte: Styrgrupp Nära vård Åby – januari
        Organisatör: Eva Ek
        Starttid: 2027-01-14 13:00

        Närvarande: Eva Ek, ordf.; Per Lind; Sara Öhrn

        1. Godkännande av dagordning
        Dagordningen godkändes.
        """)
    assert got["body"] == "Styrgrupp Nära vård Åby"


def test_the_tasks_listed_under_till_dess_after_the_next_meeting_are_assignments(tmp_path):
    got = load(tmp_path, """\
        Anteckningar Samverkansgrupp äldre Åby
        Datum: 2027-01-28

        Närvarande: Eva Ek, Region Åby (ordf.); Per Lind, Västby kommun; Sara Öhrn, Norrby kommun

        1. Inledning
        Dagordningen godkändes.

        Nästa möte
        Torsdag 22 april kl. 13.00–15.30, Teams.
        Till dess:
        - Per: kalla skrivgruppen för samsjuklighet (v. 8)
        - Sara: skicka ut uppdaterad sändlista och kallelse
        """)
    tasks = {(tuple(a), t) for a, t in got["assignments"]}
    assert any(a == ("Per Lind",) and t.startswith("kalla skrivgruppen") for a, t in tasks), tasks
    assert any(a == ("Sara Öhrn",) and t.startswith("skicka ut uppdaterad sändlista") for a, t in tasks), tasks
