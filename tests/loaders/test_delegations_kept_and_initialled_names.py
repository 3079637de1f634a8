"""Phrasings of minutes already annotated that the loaders missed: a standing delegation kept ("Delegationen till
ordföranden förlängs till och med …") whose matter the item told before it, a double given name by its initials
("L-G Vikström"), a report told as given at another body's meeting ("redovisar … vid rådets sammanträde"), a plan's
name with its horizon year ("referensgruppen för översiktsplan Forsnäs 2040") and the nämnder of a roster's
"Representerar" column; each read on a small minutes of its own.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths, parse_file
from tests.loaders.test_read_formats import load_text


def body_names(tmp_path: Path, name: str, text: str) -> set[str]:
    """The names of the organisations and bodies a minutes text loaded alone records."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "bodies.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    return {o["name"] for o in data["organizations"]}

KEPT = """Minnesanteckningar – Samrådsgruppen för kulturfrågor i Norrby län
Datum: 2026-03-12

Närvarande
Karin Öberg, Region Norrby, ordförande
Per Lind, Åby kommun
Sara Holm, Ekby kommun

1. Delegation att besvara remisser
Gruppen får många remisser med kort svarstid. Sedan 2024 har ordföranden haft delegation att besvara mindre remisser
på gruppens vägnar.
Beslut: Delegationen till ordföranden förlängs till och med den 31 december 2027.
"""


def test_a_delegation_kept_is_the_task_it_covers(tmp_path):
    """"Delegationen till ordföranden förlängs …": the chair's task, what it covers told the sentence before."""
    f = load_text(tmp_path, "kultur.txt", KEPT)
    assert any(t.startswith("besvara mindre remisser") and who == ("Karin Öberg",) for who, t in f["assignments"]), \
        f["assignments"]


INITIALLED = """AG NUTRITION – minnesant. 4/3 2027

Med:
 - Eva Lindgren (EL), dietist, Region Norrby – sammankallande
 - Per Holm (PH), enhetschef, Åby kommun
Ej med: Karl-Gustav Öhman, Ekby kommun

1. Laget runt
 * K-G Öhman lämnar gruppen i juni (pension).
 * PH skickar enkäten till EL.
"""


def test_a_double_given_name_by_its_initials_is_the_attendee(tmp_path):
    """"K-G Öhman lämnar gruppen": Karl-Gustav Öhman of the roster leaves, no person of his own."""
    f = load_text(tmp_path, "ag.txt", INITIALLED)
    assert any(m[0] == "Karl-Gustav Öhman" and "leave" in m for m in f["memberships"]), f["memberships"]
    assert not any("K-G" in str(m) for m in f["memberships"])


COUNCIL = """FORSBY KOMMUN	SAMMANTRÄDESPROTOKOLL
Folkhälsorådet	Sammanträdesdatum 2026-11-03

Plats och tid	Kommunhuset, kl. 13.00–15.00
Utses att justera	Eva Strand
Paragrafer	§§ 1–2
Ledamöter
Namn	Representerar	Närvaro
Olle Berg (C), ordförande	Kommunstyrelsen	Ja
Eva Strand (S)	Kultur- och fritidsnämnden	Ja
Åsa Nord (M)	Socialnämnden	Nej
§ 1	Mötets öppnande
Ordföranden öppnar mötet.
§ 2	Handlingsplan för psykisk hälsa
Kommunstyrelsen har gett rådet i uppdrag att ta fram en handlingsplan.
Beslut
Folkhälsorådet beslutar
att inrätta en arbetsgrupp för handlingsplanen med Eva Strand som sammankallande,
att arbetsgruppen redovisar ett första utkast till handlingsplanen vid rådets sammanträde i februari 2027,
att utse Olle Berg att representera rådet i referensgruppen för översiktsplan Forsby 2040.
"""


def test_a_report_at_the_bodys_meeting_is_a_line_to_it(tmp_path):
    """"att arbetsgruppen redovisar … vid rådets sammanträde": the working group reports to the council."""
    f = load_text(tmp_path, "fhr.txt", COUNCIL)
    assert any(a.startswith("Arbetsgrupp för handlingsplanen") and b.startswith("Folkhälsorådet") and k == "reports_to"
               for a, b, k in f["mandates"]), f["mandates"]


def test_a_plans_year_and_the_roster_namnder_are_bodies(tmp_path):
    """The year of "översiktsplan Forsby 2040" is the plan's name; the nämnder of the "Representerar" column are
    bodies though the text never names them."""
    names = body_names(tmp_path, "fhr.txt", COUNCIL)
    assert any(n.endswith("översiktsplan Forsby 2040") for n in names), names
    assert any(n.startswith("Kultur- och fritidsnämnden") for n in names), names
    assert any(n.startswith("Socialnämnden") for n in names), names


REPORTS = """AG NUTRITION – minnesant. 4/3 2027

Med:
 - Eva Lindgren (EL), dietist, Region Norrby – sammankallande
 - Per Holm (PH), enhetschef, Åby kommun
 - Sara Ek (SE), distriktssköterska, Region Norrby

1. Screening
 * PH: 22 screenade hittills, Åby saknar rutin för uppföljning
 * beslut: gruppen tar fram en gemensam rutin

2. Kostombud
 * SE: uppgifter om tre nya kostombud i Ekby
 * EL skickar listan till PH

Till nästa gång
 - SE: rutin för uppföljning
 - PH: underlag från Åby
"""


def test_a_bullet_led_by_initials_with_a_report_names_its_presenter(tmp_path):
    """"* PH: 22 screenade hittills": PH told the point; "- PH: underlag från Åby" under "Till nästa gång" is a task."""
    path = tmp_path / "ag.txt"
    path.write_text(REPORTS, encoding="utf-8")
    items = {it.number: it.presenters for it in parse_file(str(path)).parsed.items}
    assert items["1"] == ["Per Holm"], items
    assert items["2"] == ["Sara Ek"], items


TITLED = """Samverkansgrupp Äldre Norrby
Minnesanteckningar från möte den 14 juni 2027

Närvarande: Eva Lindgren, Region Norrby; Per Holm, Åby kommun

Punkt 1  Uppdrag från RLG – uppföljning av utskrivningsrutinen
Eva och Per presenterade den färdiga uppföljningen. Två kommuner saknar rutin för kontakt före hemgång.
"""


def test_an_uppdrag_titled_by_its_noun_is_the_bodys_task(tmp_path):
    """"Uppdrag från RLG – uppföljning av utskrivningsrutinen": the body that met follows it up, a task from RLG."""
    f = load_text(tmp_path, "sg.txt", TITLED)
    assert any(t.startswith("följa upp utskrivningsrutinen") and who[0].startswith("Samverkansgrupp")
               for who, t in f["assignments"]), f["assignments"]
