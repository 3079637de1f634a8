"""Habits of secretaries of a ledningsgrupp for personligt ombud, a regional funktionsrättsråd and a läns-nätverk
with a rotating chair, read from small inline minutes: a roster whose huvudman follows each name in square
brackets ("Eva Ek [Åby kommun] socialchef, ordförande") and "för anteckningarna" for the one keeping the notes,
a seat left empty told under the roster ("Vakant: IFS Åby. Kjell Ek har lämnat sin plats i gruppen …"),
a decision ticked with a check mark ("✔ Beslut: …"), an item "Rapport från hjälpmedelsgruppen" (the working group
reports to the body that met), "jämför" as a verb giving a task, a network named after a län whose name takes no
genitive s ("… – Norrmyra län") and a region's own council named with the region."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _parse(text: str, name: str = "n.txt"):
    return parse_minutes(text, name)


def _read(text: str, name: str = "n.txt"):
    return extract_relations(parse_minutes(text, name))


BRACKETED = """ANTECKNINGAR
Ledningsgruppen för personligt ombud Åby–Ekby
Tid: onsdag 18 november 2026 kl. 13.15–15.30
Plats: Socialkontoret i Åby

Deltagare:
Eva Ek [Åby kommun] socialchef, ordförande
Per Holm [Ekby kommun] enhetschef socialpsykiatri
Sara Lind [Försäkringskassan] samverkansansvarig
Lina Borg [Åby kommun] samordnare, för anteckningarna

Förhinder: Hanna Ström [Arbetsförmedlingen]

Vakant: IFS Åby. Kjell Sand har lämnat sin plats i ledningsgruppen efter septembermötet och föreningen har ännu inte utsett någon efterträdare.

1. Föregående anteckningar
Beslut: Anteckningarna läggs till handlingarna.

2. Övrigt
Inget.
"""


def test_roster_with_the_huvudman_in_square_brackets_after_each_name():
    p = _parse(BRACKETED)
    got = {a.name: (a.status, a.organisation or a.unit) for a in p.attendance}
    assert got["Eva Ek"] == ("present", "Åby kommun")
    assert got["Per Holm"] == ("present", "Ekby kommun")
    assert got["Hanna Ström"][0] == "absent"
    assert "ordförande" in next(a for a in p.attendance if a.name == "Eva Ek").roles


def test_for_anteckningarna_marks_the_secretary():
    p = _parse(BRACKETED)
    assert "sekreterare" in next(a for a in p.attendance if a.name == "Lina Borg").roles


def test_a_seat_left_empty_told_under_the_roster():
    p = _parse(BRACKETED)
    assert "Kjell Sand" not in {a.name for a in p.attendance}
    r = extract_relations(p)
    assert any(m.person == "Kjell Sand" and m.change == "leave" and m.group.startswith("Ledningsgruppen")
               for m in r.memberships)


NETWORK = """# Länsnätverket för kommunal rehabilitering – Norrmyra län

**Minnesanteckningar från nätverksträff 2026-12-03**

Ordförandeskapet roterar mellan kommunerna. Vid dagens träff ledde Petra Ås mötet.

## Närvarande per kommun

**Åby kommun:** Petra Ås (MAR, mötesledare), Lukas Berg (enhetschef rehab)
**Ekby kommun:** Malin Öhr (enhetschef)
**Region Norrmyra:** Fredrik Lund (verksamhetsutvecklare)

### 1. Föregående anteckningar
Anteckningarna gicks igenom.

✔ Beslut: Anteckningarna från 8 oktober godkänns.

### 2. Rapport från hjälpmedelsgruppen
Lukas Berg rapporterade att gruppen har gått igenom sortimentet.

✔ Beslut: Nätverket ställer sig bakom hjälpmedelsgruppens förslag om sortimentsförändringar.

### 3. Fallprevention
Fredrik Lund och Malin Öhr jämför mallarna och tar fram ett gemensamt förslag till vårmötet.
"""


def test_a_decision_ticked_with_a_check_mark():
    p = _parse(NETWORK, "n.md")
    texts = [d.text for d in p.decisions]
    assert any("Anteckningarna från 8 oktober godkänns" in t for t in texts)
    assert any("ställer sig bakom hjälpmedelsgruppens förslag" in t for t in texts)


def test_rapport_fran_a_working_group_is_that_group_reporting_to_the_body_that_met():
    r = _read(NETWORK, "n.md")
    assert any(m.from_body == "Hjälpmedelsgruppen" and m.kind == "reports_to"
               and m.to_body.startswith("Länsnätverket för kommunal rehabilitering") for m in r.mandates)
    # (not a body above or beside it: "Rapport från regionala ledningsgruppen" is news)
    text = NETWORK.replace("Rapport från hjälpmedelsgruppen", "Rapport från regionala ledningsgruppen")
    r = _read(text, "n.md")
    assert not any(m.kind == "reports_to" and "ledningsgrupp" in m.from_body.casefold() for m in r.mandates)


def test_jamfor_gives_a_task():
    r = _read(NETWORK, "n.md")
    assert any(set(a.assignees) == {"Fredrik Lund", "Malin Öhr"} and a.task.startswith("jämföra mallarna")
               for a in r.assignments)


def test_a_lan_whose_name_takes_no_genitive_s_names_the_network():
    assert _parse(NETWORK, "n.md").body == "Länsnätverket för kommunal rehabilitering, Norrmyra län"


def test_a_regions_own_council_is_named_with_the_region():
    text = """REGION NORRMYRA
Protokoll – Regionala funktionsrättsrådet

Sammanträdesdatum: 2026-11-24
Plats: Regionens hus

Närvarande ledamöter
Eva Ek, Regionstyrelsen, ordförande
Per Holm, Funktionsrätt Norrmyra

§ 1 Dagordning
Rådets beslut
Dagordningen godkänns.
"""
    assert _parse(text).body == "Regionala funktionsrättsrådet, Region Norrmyra"
