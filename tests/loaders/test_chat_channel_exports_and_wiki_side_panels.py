"""Minutes in other renderings the readers must unfold: a chat channel's export, where the secretary posts the notes
in a few posts, each "[2026-11-12 09:14] Namn Efternamn: …" and wrapped at the export's width without a space at the
breaks; a wiki page saved with its side panel (the tree of the space's pages) and its menu; a page printed to PDF
whose running footer is drawn before the text of each page; a meeting app's page saved to Word, its roster a table
of names beside "Närvarande" / "Frånvaro"."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts, load_docx_text, load_text

from samverkan.loaders.read import read_document

CHAT = """Export av kanal #natverk-aldre-aby
Exporterad 2026-11-12 16:40 av Petra Sundin

[2026-11-12 09:02] Johan Ekvall: God morgon! Vi kör igång 09.05, länken finns i
kalenderinbjudan.
[2026-11-12 14:10] Petra Sundin: Minnesanteckningar Nätverket för äldres hälsa i
Åby, 12 november 2026 (del 1 av 2)
Närvarande: Johan Ekvall (ordf.) och Petra Sundin (sekr.), båda Åby kommun,
Lisa Granlund, Norrby kommun, Omar Said, Region Ekby
Frånvarande: Tove Malm, Norrby kommun
1. Föregående anteckningar godkändes.
2. Läget i kommunerna. Norrby har startat en ny grupp för anhöriga. Åby ser
fortsatt långa väntetider till dagverksamheten.
3. Utbildning. Beslut att genomföra en gemensam utbildningsdag om fallprevention
i mars 2027. Lisa och Omar ansvarar för planeringen.
[2026-11-12 14:15] Lisa Granlund: Tack, ser bra ut!
[2026-11-12 14:18] Petra Sundin: Tack Lisa, noterat. Del 2 av 2:
4. Representation. Tove Malm lämnar nätverket vid årsskiftet.
5. Nästa möte: 11 februari 2027.
"""


def test_a_chat_export_reads_as_the_notes_its_posts_hold(tmp_path):
    f = load_text(tmp_path, "natverk_aldre_aby_2026-11-12.txt", CHAT)
    # the notes' title in a post names the body, not the export's stamp above the posts
    assert f["body"] == "Nätverket för äldres hälsa i Åby"
    assert ("Tove Malm", "absent", ("ledamot",)) in f["attendance"]
    assert not any(p.startswith("Tack") for p in f["persons"]), f["persons"]  # "Tack Lisa, noterat.": a reply
    # the decision wrapped over the export's lines is one
    assert any("utbildningsdag om fallprevention i mars 2027" in d for d in f["decisions"]), f["decisions"]


def test_a_chat_exports_posts_have_their_writer_and_time_apart(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text(CHAT, encoding="utf-8")
    lines = [x for x in read_document(path).text.split("\n") if x]
    assert lines[:2] == ["Johan Ekvall   2026-11-12 09:02", "God morgon! Vi kör igång 09.05, länken finns i kalenderinbjudan."]
    assert "Minnesanteckningar Nätverket för äldres hälsa i Åby, 12 november 2026 (del 1 av 2)" in lines
    assert not any("Export" in line for line in lines)


WIKI = """<html><head><meta charset="utf-8"><title>Rådet – protokoll</title></head><body>
<div id="header"><a href="#">Wiki</a><ul class="nav"><li><a href="#">Utrymmen</a></li><li><a href="#">Personer</a></li></ul></div>
<div id="sidebar"><h3>Sidträd</h3><ul><li><a href="#">Samverkansrådet</a><ul><li><a href="#">Protokoll 2026</a></li>
<li><a href="#">Ledamöter</a></li></ul></li></ul></div>
<div id="main"><h1>Samverkansrådet Ekby – protokoll 2026-11-26</h1>
<p><strong>Tid:</strong> 26 november 2026 kl. 13.15–16.00</p>
<h2>Närvaro</h2>
<table><tr><th>Namn</th><th>Uppdrag</th><th>Närvaro</th></tr>
<tr><td>Göran Bäck</td><td>ordförande</td><td>Närvarande</td></tr>
<tr><td>Eva Ljung</td><td>socialchef</td><td>Närvarande</td></tr></table>
<h2>§ 1 Dagordning</h2><p>Dagordningen fastställs.</p></div></body></html>"""


def test_a_wiki_pages_side_panel_and_menu_are_not_read(tmp_path):
    path = tmp_path / "samverkansrad_ekby_2026-11-26.html"
    path.write_text(WIKI, encoding="utf-8")
    text = read_document(path).text
    assert "Sidträd" not in text and "Utrymmen" not in text and "Protokoll 2026" not in text
    assert facts(path, tmp_path)["body"] == "Samverkansrådet Ekby"


NOTES = """Minnesanteckningar Arbetsgruppen för anhörigstöd i Norrby
Datum: 2026-11-12
Närvarande: Eva Ek, Norrby kommun, Per Lind, Region Ekby, Kim Falk, Åby kommun
1. Föregående anteckningar godkändes.
2. Läget i kommunerna. Norrby har startat en ny grupp för anhöriga. Åby ser långa väntetider.
3. Utbildning. Beslut att genomföra en gemensam utbildningsdag i mars 2027. Kim ansvarar för planeringen.
4. Överenskommelse. Beslut att förlänga överenskommelsen fattades av ledningsgruppen i oktober.
5. Nästa möte: 11 februari 2027.
"""


def test_a_decisions_label_and_its_att_clause_inside_a_points_paragraph(tmp_path):
    decisions = load_text(tmp_path, "ag_anhorigstod_norrby_2026-11-12.txt", NOTES)["decisions"]
    assert any(d.startswith("genomföra en gemensam utbildningsdag i mars 2027") for d in decisions), decisions
    # a decision another body took, told as the sentence's subject, is none of the meeting's
    assert not any("förlänga överenskommelsen" in d for d in decisions), decisions


DECISION_TABLE = """<html><head><meta charset="utf-8"></head><body><h1>Samverkansrådet Åby – protokoll 2026-11-26</h1>
<p>Närvarande: Göran Bäck, ordförande, Eva Ljung, Per Holm</p>
<h2>Beslut</h2>
<table><tr><th>§</th><th>Ärende</th><th>Beslut</th><th>Ansvarig</th></tr>
<tr><td>1</td><td>Dagordning</td><td>Dagordningen fastställs.</td><td>–</td></tr>
<tr><td>2</td><td>Handlingsplan</td><td><p>Samverkansrådet fastställer handlingsplanen.</p><p>Eva Ljung får i uppdrag att följa upp
handlingsplanen till juni 2027.</p></td><td>Eva Ljung</td></tr>
<tr><td>3</td><td>Tidiga insatser</td><td>Per Holm får i uppdrag att ta fram en modell för tidiga insatser.</td><td>Per Holm</td></tr>
</table></body></html>"""


def test_the_tasks_a_column_of_decisions_gives_are_decisions(tmp_path):
    path = tmp_path / "samverkansrad_aby_2026-11-26.html"
    path.write_text(DECISION_TABLE, encoding="utf-8")
    decisions = facts(path, tmp_path)["decisions"]
    assert any(d.startswith("Eva Ljung får i uppdrag att följa upp handlingsplanen") for d in decisions), decisions
    assert any(d.startswith("Per Holm får i uppdrag att ta fram en modell") for d in decisions), decisions
    assert any(d.startswith("fastställ") and "handlingsplanen" in d for d in decisions), decisions


APP_PAGE = """Arbetsgrupp SIP Norrby
Minnesanteckningar från möte 2026-11-10
Deltagare
Namn\tNärvaro
Maria Ström, Region Ekby (ordförande)\tNärvarande
Johan Alm, Norrby kommun\tNärvarande
Sofia Berg, Åby kommun\tFrånvaro
Lars Wik, Region Ekby\tFrånvaro
1. Mötets öppnande
Dagordningen godkändes.
2. Övrigt
Inga övriga frågor."""


def test_a_meeting_apps_absence_word_in_the_roster_column(tmp_path):
    status = {name: s for name, s, _ in load_docx_text(tmp_path, "ag_sip_norrby_2026-11-10.docx", APP_PAGE)["attendance"]}
    assert status == {"Maria Ström": "present", "Johan Alm": "present", "Sofia Berg": "absent", "Lars Wik": "absent"}


def test_a_footer_drawn_before_a_pages_text_is_no_part_of_the_decision_it_splits(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    def furniture(canvas, doc):  # drawn before the page's text, as a page template's header and footer are
        canvas.setFont("Helvetica", 8)
        canvas.drawString(50, A4[1] - 35, "Styrgrupp Ekby – Minnesanteckningar 2026-11-19")
        canvas.drawString(50, 30, "Utskrivet från Portalen 2026-11-20 10:02")
        canvas.drawRightString(A4[0] - 50, 30, f"Sida {doc.page} av 2")

    style = getSampleStyleSheet()["Normal"]
    # (a roster drawn as a table with lines: the first page is read with its layout, the second without)
    roster = Table([["Namn", "Huvudman", "Närvaro"], ["Eva Ljung", "Region Ekby", "Närvarande"],
                    ["Per Holm", "Åby kommun", "Närvarande"]], colWidths=[120, 120, 90])
    roster.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
    story = [Paragraph(x, style) for x in ("Styrgrupp Ekby", "Datum: 19 november 2026", "Deltagare")]
    story += [roster] + [Paragraph(x, style) for x in ("§ 1 Dagordning", "Dagordningen fastställdes.", "§ 2 Pilot",
                                                        "Styrgruppen beslutar")]
    story += [PageBreak()] + [Paragraph(x, style) for x in ("att förlänga piloten till den 30 juni 2027,",
                                                             "att utse Eva Ljung till kontaktperson.", "§ 3 Övrigt",
                                                             "Inga övriga frågor.")]
    path = tmp_path / "styrgrupp_ekby_2026-11-19.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    lines = [x.strip() for x in read_document(path).text.split("\n") if x.strip()]
    # the second page's text goes on from the first's, its footer drawn first not read before it
    assert not any(x.startswith(("Utskrivet", "Sida 2")) for x in lines[lines.index("att förlänga piloten till den 30 "
                                                                                    "juni 2027,") - 2:]), lines


PLACED_GROUP = """Samverkansrådet Åby – protokoll 2026-11-26
Närvarande: Göran Bäck, Region Ekby, ordförande, Eva Ljung, Åby kommun, Per Holm, Norrby kommun
1. Dagordning
Dagordningen fastställs.

2. Handlingsplan
Beslut: Samverkansrådet fastställer handlingsplanen. Styrgruppen psykisk hälsa Ekby får i uppdrag att följa upp
handlingsplanen.

3. Övrigt
Inget.
"""


def test_a_definite_kind_named_by_its_topic_and_place_is_given_the_task(tmp_path):
    f = load_text(tmp_path, "samverkansrad_aby_2026-11-26.txt", PLACED_GROUP)
    assert (("Styrgrupp psykisk hälsa Ekby",), "följa upp handlingsplanen") in f["assignments"], f["assignments"]
    assert ("Samverkansrådet Åby", "Styrgrupp psykisk hälsa Ekby", "delegates") in f["mandates"], f["mandates"]


def test_a_meeting_apps_checklist_fields_after_the_task_are_no_part_of_it(tmp_path):
    page = APP_PAGE + ("\nUppgifter\n☐ Johan Alm – skicka ut presentationen till samtliga deltagare · Förfaller 2026-11-17"
                       "\n☑ Maria Ström – boka lokal för utbildningsdagen · Klar")
    tasks = load_docx_text(tmp_path, "ag_sip_norrby_2026-11-10.docx", page)["assignments"]
    assert (("Johan Alm",), "skicka ut presentationen till samtliga deltagare") in tasks, tasks
    assert (("Maria Ström",), "boka lokal för utbildningsdagen") in tasks, tasks


def test_the_part_a_post_holds_is_no_part_of_the_bodys_name():
    from samverkan.loaders.extract import parse_minutes

    text = "Minnesanteckningar Nätverket för äldres hälsa i Åby, 12 november 2026 (del 1 av 3)\n" \
           "Närvarande: Eva Ek, Bo Lind\n1. Start\nText.\n2. Övrigt\nText."
    assert parse_minutes(text, "n_2026-11-12.txt").body == "Nätverket för äldres hälsa i Åby"
