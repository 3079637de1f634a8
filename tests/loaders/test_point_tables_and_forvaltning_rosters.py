"""Habits of secretaries of regional and local collaboration bodies: a process team's notes as a Word table a
row per point ("Punkt | Diskussion | Beslut/Åtgärd | Ansvarig | Klart"), a local group's roster under a heading
per förvaltning with "– förhinder" after the absent, and a ledningsgrupp that gives two samverkansgrupper one
task "i gemensamt uppdrag" or gives it to a body whose name holds "att". Each read on a small minutes of its own,
loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts, load_text


def _point_table(path: Path) -> Path:
    from docx import Document
    d = Document()
    d.add_paragraph("Processteam Trygg hemgång Åby")
    d.add_paragraph("Anteckningar från möte 2027-04-28, Teams")
    d.add_paragraph("Närvarande: Eva Lund (Region Åby), Per Holm (Åby kommun), Kim Ek (Åby kommun), Ola Berg (Region Åby)")
    t = d.add_table(rows=0, cols=5)
    for row in (("Punkt", "Diskussion", "Beslut/Åtgärd", "Ansvarig", "Klart"),
                ("1. Föregående anteckningar", "Inga synpunkter.", "Anteckningarna godkändes.", "", ""),
                ("2. Kallelser", "Kallelserna kommer sent på fredagar.",
                 "Rutinen ses över. Förslag presenteras på nästa möte.", "Per Holm, Eva Lund", "2027-05-26"),
                ("3. Läkemedelslistor", "Brister vid hemgång.",
                 "Processteamet beslutade att avvikelserna följs upp särskilt under maj.", "Kim Ek", "2027-05-31")):
        cells = t.add_row().cells
        for k, v in enumerate(row):
            cells[k].text = v
    d.save(path)
    return path


def test_a_point_table_reads_its_decisions_and_who_does_what_by_when(tmp_path):
    got = facts(_point_table(tmp_path / "pt.docx"), tmp_path)
    assert [t for _, t in got["items"]] == ["Föregående anteckningar", "Kallelser", "Läkemedelslistor"]
    assert "godkänna anteckningarna" in [d.casefold().rstrip(".") for d in got["decisions"]]
    tasks = dict(got["assignments"])
    # the two named in the Ansvarig cell share the row's task, both of its steps; not one doer and a due date
    assert tasks[("Eva Lund", "Per Holm")] == "rutinen ses över och förslag presenteras på nästa möte"
    # what the team decided on the row is the task of the one responsible beside it
    assert "avvikelserna följs upp" in tasks[("Kim Ek",)]


ROSTER = """ÅBY KOMMUN – REGION ÅBY
Lokal samverkansgrupp Åby
Minnesanteckningar
Datum: 2027-04-08
Plats: Kulturhuset

DELTAGARE (per förvaltning)

Vård- och omsorgsförvaltningen
    Malin Sten, förvaltningschef – ordförande
    Jens Vik, MAS
Socialförvaltningen
    Hanna Brod, enhetschef vuxenenheten
    Peter Alm, enhetschef barn och familj – förhinder
Region Åby, primärvården
    Karl Wess, verksamhetschef vårdcentralen
    Sara Tell, distriktssköterska – förhinder

§ 1  Mötets öppnande
Malin Sten hälsade välkommen. Dagordningen fastställdes.

§ 2  Nästa möte
Den 10 juni.
"""


def test_a_roster_under_forvaltning_headings_keeps_who_was_away(tmp_path):
    got = load_text(tmp_path, "lokal.txt", ROSTER)
    status = {name: st for name, st, _ in got["attendance"]}
    # "Socialförvaltningen" back at the margin heads the next people; no run-on of "Jens Vik, MAS"
    assert status["Peter Alm"] == "absent" and status["Sara Tell"] == "absent"
    assert status["Jens Vik"] == "present" and status["Hanna Brod"] == "present"


TWO_GROUPS = """PROTOKOLL
Ledningsgrupp Åsen
Sammanträdesdatum: 2027-04-23

§ 2 Övergång från barn- till vuxenpsykiatri

Ledningsgrupp Åsen beslutar

att ge Samverkansgrupp att växa upp och Samverkansgrupp vuxna i gemensamt uppdrag att ta fram en plan för övergången,

att planen återrapporteras till Ledningsgrupp Åsen senast den 17 september 2027.

§ 3 Digitala vårdmöten

Ledningsgrupp Åsen beslutar

att uppdra åt Samverkansgrupp att åldras att beskriva behoven hos äldre med hemsjukvård.
"""


def test_one_task_given_in_gemensamt_uppdrag_to_two_bodies(tmp_path):
    got = load_text(tmp_path, "lg.txt", TWO_GROUPS)
    tasks = dict(got["assignments"])
    assert tasks[("Samverkansgrupp att växa upp", "Samverkansgrupp vuxna")].startswith("ta fram en plan för övergången")
    assert ("Samverkansgrupp vuxna", "Ledningsgrupp Åsen", "reports_to") in got["mandates"]


def test_uppdra_at_a_body_whose_name_holds_att(tmp_path):
    got = load_text(tmp_path, "lg.txt", TWO_GROUPS)
    tasks = dict(got["assignments"])
    # the task starts after the body's whole name, not at its first "att"
    assert tasks[("Samverkansgrupp att åldras",)] == "beskriva behoven hos äldre med hemsjukvård"


REPORTED_BACK = """PROTOKOLL
Ledningsgrupp Åsen
Sammanträdesdatum: 2027-04-23

§ 4 Återrapportering från Samverkansgrupp äldre
Frida Ek återrapporterade uppdraget om uppföljning av utskrivningsklara.

Ledningsgrupp Åsen beslutar
att godkänna återrapporteringen.
"""

NEWS_FROM_ABOVE = """MINNESANTECKNINGAR
Lokalt samverkansteam Åby
Datum: 2027-04-23
Närvarande: Jukka Ek (Åby kommun), Eva Lund (Region Åby)

1. Återrapport från Samverkansgrupp äldre
Jukka rapporterade från samverkansgruppens senaste möte.
"""


def test_an_item_reporting_back_from_a_samverkansgrupp_to_the_ledningsgrupp(tmp_path):
    got = load_text(tmp_path, "lg.txt", REPORTED_BACK)
    assert ("Samverkansgrupp äldre", "Ledningsgrupp Åsen", "reports_to") in got["mandates"]


def test_an_aterrapport_from_the_group_above_a_local_team_is_news(tmp_path):
    got = load_text(tmp_path, "team.txt", NEWS_FROM_ABOVE)
    assert not [m for m in got["mandates"] if m[2] == "reports_to" and m[0] == "Samverkansgrupp äldre"]


def test_a_unit_seat_replaced_in_the_body_that_met(tmp_path):
    text = ROSTER.replace("§ 2  Nästa möte", "§ 2  Förändringar i gruppen\nEwa Lund ersätter Tord Palm som "
                          "utbildningsförvaltningens representant\nfrån och med detta möte.\n\n§ 3  Nästa möte")
    got = load_text(tmp_path, "lokal.txt", text)
    assert ("Ewa Lund", "Lokal samverkansgrupp Åby", "replace") in got["memberships"]
    assert ("Tord Palm", "Lokal samverkansgrupp Åby", "leave") in got["memberships"]
