"""Minutes of bodies not read before: a regional network of socialchefer kept on a wiki and exported to Markdown, a
brukarråd's notes typed into a Teams meeting's chat, a länsgemensam ledningsgrupp's Word table of matters and an
arbetsgrupp's summary mailed out. Each test is one habit of their secretaries.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import load_text


def _read(text: str, name: str = "m.md"):
    m = parse_minutes(text, name)
    return m, extract_relations(m)


WIKI = """1.  [Socialchefsnätverket Åby](index.html)
2.  [Mötesanteckningar](Motesanteckningar_48431.html)

# Socialchefsnätverket Åby : 2026-11-13 Mötesanteckningar

Created by Eva Lund, last modified by Per Ek on nov 16, 2026

|               |                                 |
|---------------|---------------------------------|
| **Datum**     | 2026-11-13, kl. 09.00–12.00     |

## Deltagare

| Namn | Kommun | Funktion | Närvaro |
|------|--------|----------|---------|
| @Eva Lund | Åby kommun | socialchef, ordförande | (/) |
| @Sara Holm | Norrby kommun | socialchef | (x) |
| @Per Ek | Region Åby | sekreterare | (/) Teams |

## Diskussionspunkter

| Tid | Punkt | Vem | Anteckningar |
|-----|-------|-----|--------------|
| 09.00 | 1. Budget | Eva | Beslut: nätverket ställer sig bakom budgeten. |
| 10.00 | 2. Övrigt | alla | Sara hade anmält förhinder. |
"""


def test_a_wiki_pages_breadcrumb_exported_as_links_is_no_title():
    """The numbered list of links over the page is where the page stands in the wiki; the body is the space the page
    is kept in, as its title "Space : Page" says."""
    m, _ = _read(WIKI)
    assert m.body == "Socialchefsnätverket Åby"


def test_a_wikis_status_icons_in_a_roster_mark_who_was_there():
    """"(/)" there, "(x)" not, as the wiki's Markdown export writes its icons."""
    m, _ = _read(WIKI)
    status = {a.name: a.status for a in m.attendance}
    assert status.get("Eva Lund") == "present" and status.get("Per Ek") == "present"
    assert status.get("Sara Holm") == "absent", status


CHAT = """Brukarråd daglig verksamhet – mötets chatt
Teams-möte torsdag 5 november 2026 13:30–15:00

Eva Lund 13:31
Närvarande: Eva Lund (ordf), Per Ek (brukarrepresentant), Sara Holm (FUB Åby)

Eva Lund 13:36
1. Dagordningen godkändes.

Eva Lund 14:05
2. Uppdrag från socialnämnden: nämnden har gett brukarrådet i uppdrag att lämna synpunkter på riktlinjerna.

Per Ek 14:06
Kan vi få riktlinjerna i lättläst version?

Eva Lund 14:07
Ja. Sara skickar ut den när den finns

Eva Lund 14:15
3. Ny medlem / avgår: Per Ek slutar i rådet efter årsskiftet, föreningen utser en ny person.

Eva Lund 14:40
4. Övrigt: julfika 10/12 på kaféet, alla välkomna.
"""


def test_a_chat_posts_head_is_no_part_of_the_post_before_it():
    """"Sara skickar ut den när den finns" ends without a stop; the next post's head ("Eva Lund 14:15") is who wrote
    and when, not the task's last words."""
    _, r = _read(CHAT, "m.txt")
    tasks = [a.task for a in r.assignments if a.assignees == ["Sara Holm"] or "Sara" in " ".join(a.assignees)]
    assert tasks and all("14:15" not in t and "Eva Lund" not in t for t in tasks), tasks


def test_a_numbered_point_opened_by_its_title_as_a_label():
    """"3. Ny medlem / avgår: Per Ek slutar i rådet …": the title before the colon, what was said after it, read
    as the point's text (a member leaving, a task from the nämnd)."""
    m, r = _read(CHAT, "m.txt")
    titles = {i.number: i.title for i in m.items}
    assert titles.get("2") == "Uppdrag från socialnämnden" and titles.get("3") == "Ny medlem / avgår", titles
    assert ("Per Ek", "leave") in {(x.person, x.change) for x in r.memberships}
    assert any(x.kind == "delegates" and "brukarråd" in x.to_body.casefold() for x in r.mandates), r.mandates


def test_a_matter_cells_heading_ending_in_a_body_stays_whole(tmp_path):
    """A Word table's matter cell: its heading a line of its own ("Uppdrag från Kommunchefsgruppen"), what was said
    under it; the heading keeps its last word though the text opens with the same body's name."""
    from docx import Document

    d = Document()
    d.add_paragraph("Minnesanteckningar")
    table = d.add_table(rows=0, cols=5)
    for row in [("§", "Ärende", "Beslut / åtgärd", "Ansvarig", "Klart"),
                ("1", "Dagordning", "Dagordningen godkändes.", "", ""),
                ("2", "Uppdrag från Kommunchefsgruppen\nKommunchefsgruppen i Åby län gav ledningsgruppen i uppdrag att "
                      "utreda en gemensam ledningscentral.", "Ledningsgruppen beslutade att tillsätta en arbetsgrupp.",
                 "EL", "2027-03-15")]:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    path = tmp_path / "m.docx"
    d.save(path)
    lines = read_document(path).text.split("\n")
    assert "§ 2 Uppdrag från Kommunchefsgruppen" in lines, lines


def test_a_seat_changing_hands_fr_o_m_a_meeting(tmp_path):
    """"… ersätter B som Region Xs ledamot fr.o.m. detta möte": "från och med" shortened in a hurry."""
    got = load_text(tmp_path, "m.txt", "\n".join([
        "Minnesanteckningar Samverkansgrupp äldre Åby 2026-11-24",
        "Närvarande: Eva Lund, Åby kommun; Per Ek, Region Åby",
        "",
        "1. Förändringar i gruppen",
        "Per Ek ersätter Bo Holm som Region Åbys ledamot fr.o.m. detta möte.",
    ]))
    changes = {(p, c) for p, _, c in got["memberships"]}
    assert ("Per Ek", "replace") in changes and ("Bo Holm", "leave") in changes, got["memberships"]


def _matter_table(tmp_path, rows) -> dict:
    """The facts of Word minutes with a "§ | Ärende | Beslut / åtgärd | Ansvarig | Klart" table of ``rows``."""
    from docx import Document

    from tests.loaders.test_read_formats import facts

    d = Document()
    d.add_paragraph("Minnesanteckningar Ledningsgrupp för räddningstjänst i Åby län")
    d.add_paragraph("Datum: 2026-11-24")
    d.add_paragraph("Närvarande: Eva Lund, Åby kommun; Carl Berg, Norrby kommun; Anna Fors, Region Åby")
    table = d.add_table(rows=0, cols=5)
    for row in [("§", "Ärende", "Beslut / åtgärd", "Ansvarig", "Klart"), *rows]:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    path = tmp_path / "m.docx"
    d.save(path)
    return facts(path, tmp_path)


def test_each_sentence_of_a_beslut_atgard_cell_beside_the_matters_notes_is_decided(tmp_path):
    """What was said stands in the matter's cell; the "Beslut / åtgärd" cell beside it holds only what was decided
    and set to be done, each sentence a point decided, a verbless duty ("CB sammankallande.") the lead of the body
    the point set up."""
    got = _matter_table(tmp_path, [
        ("1", "Uppdrag från Kommunchefsgruppen\nKommunchefsgruppen gav ledningsgruppen i uppdrag att utreda en "
              "gemensam ledningscentral.",
         "Ledningsgruppen beslutade att tillsätta en arbetsgrupp för gemensam ledningscentral.\nCB sammankallande.\n"
         "Arbetsgruppen redovisar till ledningsgruppen.", "CB", "2027-03-15"),
        ("2", "Vinterberedskap\nEva Lund informerade om läget. Flera trygghetspunkter saknar reservkraft.",
         "Informationen noterades.\nAF sammanställer lägesbild från kommunerna.", "AF", "2027-01-15"),
    ])
    assert any("CB sammankallande" in d for d in got["decisions"]), got["decisions"]
    assert any("AF sammanställer lägesbild" in d for d in got["decisions"]), got["decisions"]
    tasks = [t for _, t in got["assignments"]]
    assert any(t.startswith("vara sammankallande") for t in tasks), tasks
    assert not any("trygghetspunkt" in t for t in tasks), tasks
