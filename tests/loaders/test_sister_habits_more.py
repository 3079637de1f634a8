"""More habits of the secretaries of sister minutes: items written as a two-column Word table ("Punkt |
Anteckning"), a roster grouped by huvudman with "– förhinder" after a name, a guest row labelled in the
huvudman column ("*Gäst, punkt 2*"), decided points lettered "a)" / "b)" under "Beslut:" with an
"Uppdragsbeskrivning" in bold after them, and a task tagged with who and when ("(Ansvar: KSÖ, v. 48)").
Each is read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts, load_text

docx = pytest.importorskip("docx")


def _items_table_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Styrgrupp för Digitala vårdmöten i hemmet – minnesanteckningar")
    d.add_paragraph("Onsdag 15 oktober 2025, kl. 10.00–11.30, Teams")
    d.add_paragraph("Närvarande: Anna Berglöf (ordförande), Nils Ekdahl, Karl-Johan Berg")
    rows = [("Punkt", ["Anteckning"]),
            ("1. Mötets öppnande", ["Anna hälsade välkommen.", "Dagordningen godkändes."]),
            ("2. Återrapport från Politiskt samråd Nära vård Åby",
             ["Karl-Johan återrapporterade från samrådets möte den 2 oktober.",
              "Styrgruppen gav projektgruppen i uppdrag att pröva headset för brukare med hörapparat och "
              "återrapportera resultatet till styrgruppen den 3 december."]),
            ("3. Övrigt", ["Nästa möte: onsdag 3 december. Nils skickar kallelse."])]
    t = d.add_table(rows=len(rows), cols=2)
    for r, (head, paras) in enumerate(rows):
        t.cell(r, 0).text = head
        t.cell(r, 1).text = paras[0]
        for p in paras[1:]:
            t.cell(r, 1).add_paragraph(p)
    d.save(path)
    return path


def test_items_as_a_punkt_anteckning_table_are_read_as_items_with_their_text_below(tmp_path):
    """"2. Återrapport från …" | "Karl-Johan återrapporterade … / Styrgruppen gav …": the item's heading in the
    first cell, what was said in the second, a paragraph a line; no name runs from the heading into the text."""
    path = _items_table_docx(tmp_path / "styrgrupp_dvh_2025-10-15.docx")
    lines = read_document(path).text.split("\n")
    at = lines.index("2. Återrapport från Politiskt samråd Nära vård Åby")
    assert lines[at + 1].startswith("Karl-Johan återrapporterade") and lines[at + 2].startswith("Styrgruppen gav")
    f = facts(path, tmp_path)
    assert ("2", "Återrapport från Politiskt samråd Nära vård Åby") in f["items"]
    assert "Åby Karl-Johan" not in " ".join(f["persons"])
    # "projektgruppen" in a project's styrgrupp is the project's group, given its task by the styrgrupp
    group = "Projektgrupp Digitala vårdmöten i hemmet"
    assert ((group,), "pröva headset för brukare med hörapparat och återrapportera resultatet till styrgruppen den 3 "
            "december") in f["assignments"]
    assert ("Styrgrupp för Digitala vårdmöten i hemmet", group) in {m[:2] for m in f["mandates"]}


ROSTER_BY_HUVUDMAN = """NÄTVERKET FÖR ANHÖRIGSTÖD I ÅBY
Minnesanteckningar

Tisdagen den 18 november 2025, kl. 09.30–12.00

Deltagare

REGION NORRBY
Karin Lund, processledare

ÅBY KOMMUN
Annika Berg, anhörigkonsulent, sammankallande
Ronja Blom, demenssjuksköterska – förhinder

§ 14 Föregående anteckningar

Annika hälsade välkommen. Anteckningarna från 16 september lades till handlingarna.

§ 15 Information till närstående

Karin skickar checklistan till nätverket (Ansvar: KL, v. 48).
"""


def test_a_roster_line_ending_in_a_dash_and_forhinder_is_one_who_was_away(tmp_path):
    f = load_text(tmp_path, "natverk_2025-11-18.txt", ROSTER_BY_HUVUDMAN)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Ronja Blom"] == "absent" and status["Annika Berg"] == "present"


def test_who_and_when_tagged_after_a_task_are_no_part_of_it(tmp_path):
    f = load_text(tmp_path, "natverk_2025-11-18.txt", ROSTER_BY_HUVUDMAN)
    assert (("Karin Lund",), "skicka checklistan till nätverket") in f["assignments"]


GUEST_ROW = """# MAS-nätverket Norrby

**Minnesanteckningar, onsdag 24/9 2025, kl. 13.00–15.00, Teams**

| Huvudman | Namn | Funktion | Närv. |
|---|---|---|---|
| Åby kommun | Rickard Ek | MAS | ✓ |
| Tallviks kommun | Lovisa Berg | MAS, sammankallande | ✓ |
| *Gäst, punkt 2* | Lena Järv | Tallviks kommun, Arbetsgrupp för fallprevention | ✓ |

### 1) Inledning
Lovisa hälsade välkommen. Minnesanteckningarna från 11 juni godkändes.

### 2) Rutin för fallriskbedömning
Lena presenterade avsnittet om läkemedelsgenomgångar.
"""


def test_a_guest_row_labelled_in_the_huvudman_column_is_a_guest_for_that_point(tmp_path):
    f = load_text(tmp_path, "mas_2025-09-24.md", GUEST_ROW)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Lena Järv"] == "guest" and status["Rickard Ek"] == "present"
    assert not any(m[0] == "Lena Järv" and "nätverket" in m[1] for m in f["memberships"])


LETTERED_DECISIONS = """Styrgruppen för Nära vård Norrby
Minnesanteckningar 2025-12-10

Ledamöter
Anna Berglöf, Region Norrby, ordförande
Nils Ekdahl, Åby kommun

1. Mötets öppnande
Dagordningen fastställdes.

2. Konsultationstid för elevhälsan
Nora Lind berättade om arbetssättet i Åby.
Beslut:
a) Arbetssättet med konsultationstid för elevhälsan prövas i Tallvik under 2026.
b) En arbetsgrupp för konsultationstid i elevhälsan inrättas enligt uppdragsbeskrivningen nedan.
**Uppdragsbeskrivning – Arbetsgrupp konsultationstid elevhälsa**
Arbetsgruppen ska planera införandet av konsultationstid i Tallvik. Arbetsgruppen rapporterar till styrgruppen.

3. Övrigt
Inga övriga frågor.
"""


def test_points_lettered_under_beslut_are_decisions_and_no_sub_items_and_a_bold_heading_ends_them(tmp_path):
    f = load_text(tmp_path, "styrgrupp_2025-12-10.md", LETTERED_DECISIONS)
    assert [n for n, _ in f["items"]] == ["1", "2", "3"]
    decided = [d for d in f["decisions"] if not d.startswith("fastställa")]
    assert decided == ["Arbetssättet med konsultationstid för elevhälsan prövas i Tallvik under 2026.",
                       "En arbetsgrupp för konsultationstid i elevhälsan inrättas enligt uppdragsbeskrivningen nedan."]


def test_who_told_what_came_of_a_question_raised_earlier_presents_the_point():
    """"Karin återkopplade frågan som referensgruppen tog upp i september": the point is hers to present."""
    from samverkan.loaders.extract import parse_minutes
    text = ("Nätverket för anhörigstöd i Åby\nMinnesanteckningar 2025-11-18\n\nNärvarande: Karin Lund, Annika Berg\n\n"
            "1. Information till närstående\nKarin återkopplade frågan som referensgruppen tog upp i september.\n\n"
            "2. Nästa möte\nTisdagen den 20 januari 2026.\n")
    items = {i.number: i for i in parse_minutes(text, "natverk.txt").items}
    assert items["1"].presenters == ["Karin Lund"]


LOCAL_GROUP_BY_ITS_PLACE = """Styrgruppen för Nära vård Norrby
Minnesanteckningar 2025-12-10

Ledamöter
Anna Berglöf, Region Norrby, ordförande
Nils Ekdahl, Klippviks kommun

1. Konsultationstid för elevhälsan – förslag från Lokal närvårdsgrupp Klippvik
Närvårdsgruppen i Klippvik föreslog i oktober att arbetssättet prövas även i de andra kommunerna.

2. Kartläggningen
Lokal närvårdsgrupp Lövsta och Lokal närvårdsgrupp Klippvik har börjat kartlägga.
"""


def test_a_local_group_named_by_its_place_is_the_lokal_group_the_title_names_and_its_proposal_goes_to_the_meeting(tmp_path):
    f = load_text(tmp_path, "styrgrupp_2025-12-10.txt", LOCAL_GROUP_BY_ITS_PLACE)
    # (the body stored in the indefinite form of its name)
    assert ("Lokal närvårdsgrupp Klippvik", "Styrgrupp för Nära vård Norrby") in {m[:2] for m in f["mandates"]}


def test_samradet_under_an_item_from_a_named_samrad_is_that_samrad(tmp_path):
    """"Samrådet har beslutat …" under "Återrapport från Politiskt samråd Nära vård Åby": no body "Samrådet"."""
    from samverkan.loaders.pipeline import parse_file
    path = tmp_path / "styrgrupp_2025-10-15.txt"
    path.write_text("Styrgrupp för Digitala vårdmöten i hemmet – minnesanteckningar 2025-10-15\n\n"
                    "Närvarande: Anna Berglöf, Nils Ekdahl\n\n"
                    "1. Återrapport från Politiskt samråd Nära vård Åby\n"
                    "Nils återrapporterade. Samrådet har beslutat att kommunerna äger surfplattorna från januari.\n\n"
                    "2. Övrigt\nInga frågor.\n", encoding="utf-8")
    names = {g.name for g in parse_file(str(path)).relations.groups}
    assert "Politiskt samråd Nära vård Åby" in names and "Samrådet" not in names


def test_a_roster_label_with_the_meetings_day_is_that_label():
    """"Adjungerade den 15/10: Helga Nyberg …" under a grid of the year's meetings: a guest of this one."""
    from samverkan.loaders.extract import _match_label
    assert _match_label("Adjungerade den 15/10: Helga Nyberg, projektledare")[:2] == ("guest", ["adjungerad"])
    assert _match_label("Närvarande den 12 maj: Anna Ek")[0] == "present"


ITEMS_TABLE_HTML = """<html><body>
<h1>Styrgrupp för Digitala vårdmöten i hemmet – minnesanteckningar</h1>
<p>Onsdag 15 oktober 2025, kl. 10.00–11.30, Teams</p>
<p>Närvarande: Anna Berglöf (ordförande), Nils Ekdahl, Karl-Johan Berg</p>
<table>
<tr><th>Punkt</th><th>Anteckning</th></tr>
<tr><td>1. Mötets öppnande</td><td><p>Anna hälsade välkommen.</p><p>Dagordningen godkändes.</p></td></tr>
<tr><td>2. Återrapport från Politiskt samråd Nära vård Åby</td><td><p>Karl-Johan återrapporterade från samrådets möte
den 2 oktober.</p><p>Nils skickar kallelse till nästa möte.</p></td></tr>
</table>
</body></html>
"""


def test_items_as_a_punkt_anteckning_table_in_html_are_read_as_in_word(tmp_path):
    f = load_text(tmp_path, "styrgrupp_dvh_2025-10-15.html", ITEMS_TABLE_HTML)
    assert ("2", "Återrapport från Politiskt samråd Nära vård Åby") in f["items"]
    assert "Åby Karl-Johan" not in " ".join(f["persons"])
    assert (("Nils Ekdahl",), "skicka kallelse till nästa möte") in f["assignments"]
