"""Rosters and decisions as other secretaries lay them out.

A roster per huvudman with leader dots between the huvudman and its people ("Lövsta kommun ..... Mats
Höglund"); "Lämnat återbud:" over the absent; a Word table whose title column is headed "Uppdrag i gruppen
/ befattning" and whose name cells carry initials beside a capitalised title ("Elin Forsberg (EF)" |
"Verksamhetschef Hälsocentralen Forsby"); a meeting portal's breadcrumb in a list of its own; and in a
web document, a task list's heading ("Uppgifter") right under a "Beslut:" paragraph, which ends the decision:
the task table under it is read."""
from __future__ import annotations

from tests.loaders.test_read_formats import facts, load_text

DOTTED = """REGIONALA LEDNINGSGRUPPEN FÖR VÅRD OCH OMSORG I NORRBY (RLG)
Minnesanteckningar 2028-10-19

Närvarande
  Region Norrby ....... Anna Forsman, hälso- och sjukvårdsdirektör, ordf.
                        Johan Ekberg, områdeschef primärvård
  Åby kommun .......... Therese Wiklund, socialchef
  Ekby kommun ......... Roger Stenberg, förvaltningschef vård och omsorg

Ej närvarande
  Region Norrby ....... Niklas Åhlund, verksamhetschef psykiatri

1. Formalia
Dagordningen fastställdes.
"""


def test_a_roster_with_leader_dots_after_each_huvudman_reads_its_people(tmp_path):
    f = load_text(tmp_path, "rlg_2028-10-19.txt", DOTTED)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Anna Forsman": "present", "Johan Ekberg": "present", "Therese Wiklund": "present",
                      "Roger Stenberg": "present", "Niklas Åhlund": "absent"}
    members = {(name, change) for name, group, change in f["memberships"]}
    assert ("Niklas Åhlund", "member") in members and ("Therese Wiklund", "member") in members


def test_lamnat_aterbud_is_a_label_over_the_absent(tmp_path):
    text = ("Processteam utskrivning – anteckningar 2028-10-03\n\nMed på mötet:\n  Karin Öhman, processledare, Region Norrby\n"
            "  Henrik Stål, enhetschef, Region Norrby\nLämnat återbud:\n  Annika Wedén, enhetschef, Åby kommun\n\n"
            "1 – Förra mötet\nAnteckningarna godkändes.\n")
    f = load_text(tmp_path, "pt_2028-10-03.txt", text)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Annika Wedén"] == "absent"
    assert status["Karin Öhman"] == status["Henrik Stål"] == "present"


def test_word_roster_with_initials_and_a_capitalised_title_column(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Samverkansgruppen för psykisk hälsa i Norrby", level=1)
    d.add_paragraph("Minnesanteckningar från sammanträde onsdagen den 13 september 2028")
    rows = [("Huvudman", "Namn", "Uppdrag i gruppen / befattning", "Närvaro"),
            ("Region Norrby", "Henrik Åsberg (HÅ)", "Ordförande, verksamhetschef psykiatri", "Närvarande"),
            ("", "Elin Forsell (EF)", "Verksamhetschef Hälsocentralen Åby", "Anmält förhinder"),
            ("", "Sara Wiklund (SW)", "Enhetschef BUP", "Närvarande"),
            ("Åby kommun", "Per Sjödahl (PS)", "Enhetschef beroende", "Närvarande")]
    t = d.add_table(rows=len(rows), cols=4)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    t.cell(1, 0).merge(t.cell(3, 0)).text = "Region Norrby"
    d.add_heading("1. Inledning", level=2)
    d.add_paragraph("Dagordningen antogs.")
    path = tmp_path / "sg_2028-09-13.docx"
    d.save(str(path))
    f = facts(path, tmp_path)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Henrik Åsberg": "present", "Elin Forsell": "absent", "Sara Wiklund": "present",
                      "Per Sjödahl": "present"}
    assert "Hälsocentralen Åby" not in f["persons"]


PORTAL = """<html><body><ol class="crumbs"><li><a href="/moten">Möten</a></li>
<li><a href="/g">Projektgrupp Digital hemvård</a></li><li>2028-10-04</li></ol>
<h1>Projektgrupp Digital hemvård</h1><p>Datum 2028-10-04</p>
<table><tr><th>Namn</th><th>Roll</th><th>Organisation</th><th>Närvaro</th></tr>
<tr><td>Lina Bäckström</td><td>Projektledare</td><td>Region Norrby</td><td>Deltog</td></tr>
<tr><td>Mattias Eklund</td><td>Sjuksköterska</td><td>Åby kommun</td><td>Deltog</td></tr></table>
<h3>Punkt 1. Mandat</h3>
<p>Projektgruppen rapporterar till styrgruppen.</p>
<div><strong>Beslut:</strong> Mätvärdena blir akutbesök och vårddagar.</div>
<h2>Uppgifter</h2>
<table><tr><th>Uppgift</th><th>Ansvarig</th><th>Datum</th></tr>
<tr><td>Plan för anslutning, Åby</td><td>Mattias Eklund</td><td>2028-11-15</td></tr></table>
</body></html>"""


def test_a_portal_page_is_named_by_its_heading_not_its_numbered_breadcrumb(tmp_path):
    path = tmp_path / "pg_2028-10-04.html"
    path.write_text(PORTAL, encoding="utf-8")
    f = facts(path, tmp_path)
    assert f["body"] == "Projektgrupp Digital hemvård"


def test_a_task_table_after_a_beslut_paragraph_of_a_web_page_is_read(tmp_path):
    path = tmp_path / "pg_2028-10-04.html"
    path.write_text(PORTAL.split("</ol>", 1)[1], encoding="utf-8")  # (the breadcrumb aside)
    f = facts(path, tmp_path)
    assert f["decisions"] == ["Mätvärdena blir akutbesök och vårddagar."]
    assert any(who == ("Mattias Eklund",) and "anslutning" in task for who, task in f["assignments"])
