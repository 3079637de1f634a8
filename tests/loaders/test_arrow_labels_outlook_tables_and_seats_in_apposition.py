"""Habits of four secretaries read on small minutes of their own: a project group's notes whose points close with
"→ BESLUT: …" and "→ ATT GÖRA (MB, 7/5): …" lines; a lokal närvårdsgrupp's notes mailed from Outlook, whose plain
part flattens the HTML table of tasks (Åtgärd | Ansvarig | Senast) to one cell a line and names the doers
"Öberg, Karin"; a ledningsgrupp whose decisions are told in the present ("RLG ger samverkansgruppen för äldre i
uppdrag att … och att redovisa resultatet för RLG …") and whose appointments name the huvudman in apposition
("Pär Lind, Östmo kommun, utses till kommunernas representant i Styrgrupp X efter Eva Hall från och med den 1
april 2031"), a body's name ending before why ("… i Styrgrupp X eftersom hon …").
"""
from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from samverkan.loaders.relations import find_groups
from tests.loaders.test_read_formats import facts, load_text

ARROWS = """Projektgrupp Digital SIP – minnesanteckningar
Datum: onsdag 2031-04-23, kl. 13.15–15.00
Deltagare
• SHR – Sofia Hägglund-Rahm, projektledare, Region Norrby
• MB – Mats Björkegren, verksamhetsutvecklare, Åby kommun
• EK – Elin Kallio, verksamhetsutvecklare, Ekå kommun

1. Piloten i Åby
MB redogör för piloten. Alla är överens om att den ska fortsätta till sommaren.
→ BESLUT: Piloten i Åby förlängs till och med 2031-06-30.
→ ATT GÖRA (MB, 7/5): sammanställa avvikelser och användarsynpunkter från piloten till nästa möte.

2. Utbildning
→ ATT GÖRA (EK, SHR, 2031-05-21): ta fram manus till webbutbildningen.

3. Nästa möte
Onsdag 2031-05-28 på Teams.
"""


def test_decisions_and_tasks_marked_with_an_arrow_and_a_label_in_capitals(tmp_path):
    f = load_text(tmp_path, "pg.txt", ARROWS)
    assert any(d.startswith("Piloten i Åby förlängs") for d in f["decisions"]), f["decisions"]
    assert (("Mats Björkegren",), "sammanställa avvikelser och användarsynpunkter från piloten till nästa möte") in \
        f["assignments"], f["assignments"]
    assert (("Elin Kallio", "Sofia Hägglund-Rahm"), "ta fram manus till webbutbildningen") in f["assignments"]


PLAIN = """Hej alla!

Lokal närvårdsgrupp Klippvik – minnesanteckningar 8 april 2031

Närvarande: Öberg, Karin (enhetschef, Klippviks kommun, sammankallande), Sandberg, Petra (distriktssköterska, \
Region Havsby), Maria Lindqvist (MAS, Klippviks kommun, antecknare)

1.      Utskrivningar

Petra berättade om utskrivningarna i mars.

2.      Nästa möte

Tisdag 20 maj.

Åtgärd

Ansvarig

Senast

Bjuda in vårdplanerarna till nästa möte

Öberg, Karin

20/5

Sammanställa antalet utskrivningar utan läkemedelslista

Sandberg, Petra

2031-05-13

Med vänliga hälsningar
Maria Lindqvist
"""


def _html(plain: str) -> str:
    head, _, _ = plain.partition("Åtgärd\n")
    paragraphs = "".join(f"<p class=MsoNormal>{p}</p>\n" for p in head.split("\n") if p.strip())
    rows = [("Åtgärd", "Ansvarig", "Senast"),
            ("Bjuda in vårdplanerarna till nästa möte", "Öberg, Karin", "20/5"),
            ("Sammanställa antalet utskrivningar utan läkemedelslista", "Sandberg, Petra", "2031-05-13")]
    table = "".join("<tr>" + "".join(f"<td><p class=MsoNormal>{c}</p></td>" for c in r) + "</tr>\n" for r in rows)
    return (f"<html><body><div class=WordSection1>{paragraphs}<table class=MsoTableGrid border=1>{table}</table>"
            "<p class=MsoNormal>Med vänliga hälsningar</p><p class=MsoNormal>Maria Lindqvist</p></div></body></html>")


def test_an_outlook_message_is_read_from_its_html_where_the_plain_part_lost_the_table(tmp_path):
    msg = EmailMessage()
    msg["Subject"], msg["From"] = "Minnesanteckningar lokal närvårdsgrupp Klippvik 8/4", '"Lindqvist, Maria" <m@k.se>'
    msg["Date"] = "Tue, 8 Apr 2031 13:42:10 +0000"
    msg.set_content(PLAIN)
    msg.add_alternative(_html(PLAIN), subtype="html")
    path = tmp_path / "n.eml"
    path.write_bytes(bytes(msg))
    f = facts(path, tmp_path)
    # the doers written surname first with a comma, turned as the roster names them
    assert (("Karin Öberg",), "bjuda in vårdplanerarna till nästa möte") in f["assignments"], f["assignments"]
    assert (("Petra Sandberg",), "sammanställa antalet utskrivningar utan läkemedelslista") in f["assignments"]
    assert not any("Karin Sammanställa".casefold() == p.casefold() for p in f["persons"])


RLG = """Regionala ledningsgruppen för vård och omsorg (RLG) – minnesanteckningar 2031-03-13

Närvarande: Marie Tidén, Region Havsby; Pär Lind, Östmo kommun; Eva Hall, Sandhamra kommun

§ 11 Läkarmedverkan i särskilt boende
Eva Hall redovisar uppföljningen.
Beslut
RLG ger samverkansgruppen för äldre i uppdrag att följa upp läkarmedverkan i särskilt boende per kommun och att \
redovisa resultatet för RLG senast den 18 september 2031.

§ 12 Representation i Styrgrupp Nära vård Havsby
Eva Hall har bett att få lämna sitt uppdrag i Styrgrupp Nära vård Havsby eftersom hon är ordförande i en annan grupp.
Beslut
Pär Lind, Östmo kommun, utses till kommunernas representant i Styrgrupp Nära vård Havsby efter Eva Hall från och \
med den 1 april 2031.

§ 13 Övrigt
Inga övriga frågor.
"""


def test_an_uppdrag_in_the_present_keeps_its_report_back_after_och_att(tmp_path):
    f = load_text(tmp_path, "rlg.txt", RLG)
    assert any(frm == "Samverkansgrupp för äldre" and to.startswith("Regionala ledningsgruppen") and kind == "reports_to"
               for frm, to, kind in f["mandates"]), f["mandates"]


def test_a_seat_given_with_the_huvudman_in_apposition_and_the_day_after_the_one_replaced(tmp_path):
    f = load_text(tmp_path, "rlg.txt", RLG)
    seats = {(p, g, c) for p, g, c in f["memberships"] if g.startswith("Styrgrupp Nära vård")}
    assert {p for p, _, c in seats if c in ("join", "replace")} == {"Pär Lind"}, seats
    assert {p for p, _, c in seats if c == "leave"} == {"Eva Hall"}, seats
    # the huvudmän's seat in a body of its own standing: no mandate from the body that gave it
    assert not any(kind == "delegates" and to.startswith("Styrgrupp Nära vård") for _, to, kind in f["mandates"])


def test_a_bodys_name_ends_before_why():
    names = [g.name for g in find_groups("Eva har bett att få lämna sitt uppdrag i Styrgrupp Nära vård Havsby eftersom "
                                         "hon är ordförande i en annan grupp.")]
    assert names[0] == "Styrgrupp Nära vård Havsby", names
