"""Habits of notes kept by officials in tools other than the sister minutes' usual ones: a page exported from a
notes app as HTML, its people @-mentioned, its tasks to-do boxes (drawn, or only tagged by OneNote's export) and
its "Kunde inte:" line the absent; a Word document opening with a timed agenda table ("Tid | Punkt |
Föredragande") over the notes of each point; an e-mail whose notes number an action point after each item
("AP 2.1 – Ansvar: … – … – Klart: …"), its roster one line of names with the huvudman in square brackets;
Markdown notes in the first person plural ("Vi som var med", "Vi har fått vårt uppdrag av …", "Vi på X kommun
tar fram …"); and the phrasings of seats changing and uppdrag told in passing that came with them. Each is read
on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from docx import Document

from tests.loaders.test_read_formats import load_text


def _tasks(f: dict) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for who, task in f["assignments"]:
        for w in who:
            out.setdefault(w, set()).add(task)
    return out


NOTES_APP = """<html><head><meta charset="utf-8"><title>AG rehab – möte 4 mars</title></head><body>
<h1>Arbetsgrupp rehabilitering – anteckningar 4 mars 2026</h1>
<p><b>Med:</b> <a href="mailto:eva.lund@norrby.se">@Eva Lund</a> (Region Norrby, sammankallande),
<a href="mailto:per.ek@aby.se">@Per Ek</a> (Åby kommun), <a href="mailto:sara.holm@eka.se">@Sara Holm</a> (Ekå kommun)</p>
<p><b>Kunde inte:</b> <a href="mailto:bo.lind@norrby.se">@Bo Lind</a> (Region Norrby)</p>
<h2>Bakgrund</h2>
<p>Arbetsgruppen har sitt uppdrag från Samverkansgrupp äldre och återrapporterar dit i maj.</p>
<h2>1. Hemrehabilitering</h2>
<p>Per beskrev hur Åby arbetar i dag.</p>
<p><b>Beslut:</b> Gruppen föreslår en gemensam rutin för hemrehabilitering.</p>
<p data-tag="to-do"><input type="checkbox" disabled> <a href="mailto:per.ek@aby.se">@Per Ek</a> tar fram ett utkast till rutinen</p>
<p data-tag="to-do:completed">Listan över hjälpmedel skickad (Eva)</p>
<h2>2. Nästa möte</h2>
<p>8 april, Teams.</p>
<p data-tag="to-do"><a href="mailto:sara.holm@eka.se">@Sara Holm</a> skickar ut kallelse</p>
</body></html>
"""


def test_a_notes_app_page_with_mentions_and_to_do_boxes(tmp_path):
    """"Med: @Eva Lund (…)", "Kunde inte: @Bo Lind": the roster by its mentions; a to-do box, drawn or only tagged,
    is a task of its own and no part of the decision above it; the uppdrag told under "Bakgrund" is a mandate."""
    f = load_text(tmp_path, "ag.html", NOTES_APP)
    att = {name: status for name, status, _ in f["attendance"]}
    assert att == {"Eva Lund": "present", "Per Ek": "present", "Sara Holm": "present", "Bo Lind": "absent"}
    assert f["decisions"] == ["Gruppen föreslår en gemensam rutin för hemrehabilitering"] or all(
        "utkast" not in d for d in f["decisions"])
    tasks = _tasks(f)
    assert any(t.startswith("ta fram ett utkast") for t in tasks["Per Ek"])
    assert tasks["Sara Holm"] and all("☑" not in t and "Listan" not in t for t in tasks["Per Ek"])
    assert "Eva Lund" not in tasks  # a box ticked is a task done
    assert ("Samverkansgrupp äldre", "Arbetsgrupp rehabilitering", "delegates") in f["mandates"]
    assert ("Arbetsgrupp rehabilitering", "Samverkansgrupp äldre", "reports_to") in f["mandates"]


def test_a_timed_agenda_table_names_who_presents_each_point(tmp_path):
    """"09.00–09.20 | 1. Inledning | Eva Lund": the presenter of a point its notes do not name."""
    d = Document()
    d.add_paragraph("Arbetsgrupp rehabilitering – minnesanteckningar")
    d.add_paragraph("Datum: 17 mars 2026, kl. 09.00–11.00")
    d.add_paragraph("Deltagare: Eva Lund, Region Norrby (ordförande); Per Ek, Åby kommun; Sara Holm, Ekå kommun.")
    t = d.add_table(rows=1, cols=3)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = "Tid", "Punkt", "Föredragande"
    for row in (("09.00–09.20", "1. Inledning", "Eva Lund"), ("09.20–10.00", "2. Statistik", "Sara Holm"),
                ("10.00–10.15", "Paus", "")):
        cells = t.add_row().cells
        for k, v in enumerate(row):
            cells[k].text = v
    d.add_paragraph("1. Inledning")
    d.add_paragraph("Anteckningarna från förra mötet lades till handlingarna.")
    d.add_paragraph("2. Statistik")
    d.add_paragraph("Siffrorna för 2025 gicks igenom.")
    path = tmp_path / "ag.docx"
    d.save(path)
    from samverkan.loaders.pipeline import parse_file
    items = {it.number: it.presenters for it in parse_file(str(path)).parsed.items}
    assert items["1"] == ["Eva Lund"] and items["2"] == ["Sara Holm"]


ACTION_POINTS = """From: Bo Lind <bo.lind@eka.se>
To: Eva Lund <eva.lund@norrby.se>
Date: Fri, 27 Feb 2026 10:42:17 +0100
Subject: Anteckn. AG ungdomsmottagningar 26/2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Möte 26 februari 2026, kl 13.15-15.00, Teams

Närv: Eva Lund [Region Norrby] ordf; Per Ek [Åby]; Sara Holm [Ekå]; Bo Lind [Ekå] sekr
Frånv: Karin Berg [Region Norrby]

1  WEBBSIDA
   Beslut: gruppen går vidare med en gemensam sida för mottagningarna.
   AP 1.1 - Ansvar: Eva Lund - ta fram textförslag till sidan - Klart: 20/3
   AP 1.2 - Ansvar: Per Ek, Sara Holm - skicka öppettider till Eva - Klart: 6/3

2  GRUPPEN
   Karin Berg är föräldraledig till hösten; Nils Ahl, barnmorska, ersätter henne som Region Norrbys andra ledamot under tiden.
   Påminnelse: gruppen har sitt uppdrag från Samverkansgrupp Barn och unga (SBU) - att föreslå en modell - och återrapporterar dit i maj.

3  NÄSTA MÖTE
   16 april kl 13.15, Teams. Bo kallar.

===================================================================
Bo Lind
Folkhälsosamordnare, Ekå kommun
"""


def test_numbered_action_points_and_a_roster_with_huvudman_in_square_brackets(tmp_path):
    """"AP 1.1 - Ansvar: X - task - Klart: date": a task of X, no part of the decision above it; "Eva Lund
    [Region Norrby] ordf": her huvudman and her role; a stand-in for one on leave; the uppdrag told with its
    content between dashes; the signature under a rule drawn after the last point."""
    f = load_text(tmp_path, "ag.eml", ACTION_POINTS)
    att = {name: (status, roles) for name, status, roles in f["attendance"]}
    assert "ordförande" in att["Eva Lund"][1] and "sekreterare" in att["Bo Lind"][1]
    assert att["Karin Berg"][0] == "absent"
    assert f["decisions"] == ["gruppen går vidare med en gemensam sida för mottagningarna"] or not any(
        "AP" in d for d in f["decisions"])
    tasks = _tasks(f)
    assert any(t.startswith("ta fram textförslag") for t in tasks["Eva Lund"])
    assert any(t.startswith("skicka öppettider") for t in tasks["Per Ek"])
    assert any(t.startswith("skicka öppettider") for t in tasks["Sara Holm"])
    assert any(p == "Nils Ahl" and c == "replace" for p, _, c in f["memberships"])
    # the sender's signature under a rule is no part of the last point, whose task stands alone
    assert any(t.startswith("kalla") for t in tasks["Bo Lind"])
    assert ("Samverkansgrupp Barn och unga", "Arbetsgrupp ungdomsmottagningar", "delegates") in f["mandates"]


FIRST_PERSON = """# Samverkansgrupp barn och unga i Norrby

**Minnesanteckningar 4 mars 2026**, Åby kommunhus

## Vi som var med

- Eva Lund, Region Norrby – ordförande
- Per Ek, Åby kommun
- Sara Holm, Ekå kommun
- Bo Lind, Ekå kommun

## 1. Vårt uppdrag

Vi har fått vårt uppdrag av Ledningsgruppen för vård och omsorg i Norrby och återrapporterar dit i juni.
Bo Lind lämnar gruppen efter detta möte. I hans ställe kommer Anna Sjö, kurator i Ekå, från och med april.

## 2. Skolfrånvaro

Vi på Åby kommun tar fram ett förslag på anmälningsvägen till nästa möte.
Vi från Åby och Ekå undersöker tillsammans om en gemensam journallösning går att upphandla.

## 3. Placerade barn

Vi enades om att frågan behöver lyftas högre. Frågan om placerade barn lämnas till ledningsgruppen.
"""


def test_notes_in_the_first_person_plural(tmp_path):
    """"Vi som var med" over the roster; "Vi har fått vårt uppdrag av X": X delegates to the body; "Vi på Åby kommun
    tar fram …": the kommun's task; "I hans ställe kommer Y": Y takes the seat of the one leaving; "Frågan … lämnas
    till ledningsgruppen": referred there."""
    f = load_text(tmp_path, "sg.md", FIRST_PERSON)
    att = {name: status for name, status, _ in f["attendance"]}
    assert att == {"Eva Lund": "present", "Per Ek": "present", "Sara Holm": "present", "Bo Lind": "present"}
    assert any(a.startswith("Ledningsgrupp") and b == "Samverkansgrupp barn och unga i Norrby" and k == "delegates"
               for a, b, k in f["mandates"])
    assert ("Bo Lind", "Samverkansgrupp barn och unga i Norrby", "leave") in f["memberships"]
    assert ("Anna Sjö", "Samverkansgrupp barn och unga i Norrby", "replace") in f["memberships"]
    # "Frågan … lämnas till ledningsgruppen": handed up to the body it reports to
    assert any(a == "Samverkansgrupp barn och unga i Norrby" and b.startswith("Ledningsgrupp") and k == "refers"
               for a, b, k in f["mandates"])
    tasks = _tasks(f)
    assert any(t.startswith("ta fram ett förslag") for t in tasks["Åby kommun"])
    assert any(t.startswith("undersöka") for t in tasks["Ekå kommun"])


def test_a_request_with_an_adverb_and_a_deepened_analysis(tmp_path):
    """"Styrgruppen har också bett gruppen att …": the body that met is asked; "X gör en fördjupad analys …": a
    piece of work to do."""
    f = load_text(tmp_path, "ag.txt", """Arbetsgrupp rehabilitering – minnesanteckningar 2026-03-17
Deltagare: Eva Lund, Region Norrby; Per Ek, Åby kommun

1. Uppdraget
Styrgruppen har också bett gruppen att ta fram ett förslag om hembesök för personer över 75 år.
Per Ek gör en fördjupad analys av nej-svaren och redovisar den vid nästa möte.
""")
    tasks = _tasks(f)
    assert any(t.startswith("ta fram ett förslag om hembesök") for t in tasks["Arbetsgrupp rehabilitering"])
    assert any("fördjupad analys" in t for t in tasks["Per Ek"])
