"""Habits of the secretaries of a regional cancercentrum's samverkansgrupp with the kommuner, a combined
pensionärs- och funktionsrättsråd and a folkhögskola's board, read from small inline minutes: an action line
under a label in capitals with its doers joined by a plus before a colon ("ÅTGÄRD Eva Ek + Bo Lind: utkast till
rutin, klart 2026-02-09"), a mailed subject that leaves out the place the notes' own title names, a body named
after an owner's acronym and its place ("RCC Norrbys ledningsgrupp"), a title written bare as a name is ("uppdra
åt rektor att …"), a board's charge "på uppdrag av regionfullmäktige för skolans verksamhet", the owner given in
a "Huvudman:" header line, a remiss whose matter says "till" before the body asked, a council that is a board's
"organ för samråd", the leaving member with whom she sat for in brackets, and the combined council named with
its kommun."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _read(text: str, name: str = "n.txt"):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _tasks(r):
    return {(tuple(a.assignees), a.task) for a in r.assignments}


def _mandates(r):
    return {(m.from_body.casefold(), m.to_body.casefold(), m.kind) for m in r.mandates}


RCC = """MINNESANTECKNINGAR
Samverkansgrupp RCC Norrby och kommunerna
Datum: 2026-03-02, kl. 09.30-12.00
Plats: Teams

Närvarande: Eva Ek (ordf., RCC Norrby), Bo Lind (Åby kommun), Kim Sand (Ekby kommun)

Punkt 1. Överrapportering
Gruppen diskuterade överrapporteringen vid utskrivning.
ÅTGÄRD Bo Lind + Kim Sand: utkast till checklista, klart 2026-04-13.

Punkt 2. Rapportering
Samverkansgruppen arbetar på uppdrag av RCC Norrbys ledningsgrupp och rapporterar dit två gånger per år.
ÅTGÄRD Eva Ek: sammanställa lägesrapport till ledningsgruppen inför majmötet.
"""


def test_action_line_under_a_capitalised_label_with_doers_joined_by_a_plus():
    _, r = _read(RCC)
    tasks = _tasks(r)
    assert (("Bo Lind", "Kim Sand"), "utkast till checklista") in tasks
    assert any(who == ("Eva Ek",) and t.startswith("sammanställa lägesrapport") for who, t in tasks)


def test_body_named_after_an_owners_acronym_and_its_place():
    _, r = _read(RCC)
    m = _mandates(r)
    assert ("rcc norrbys ledningsgrupp", "samverkansgrupp rcc norrby och kommunerna", "delegates") in m
    assert ("samverkansgrupp rcc norrby och kommunerna", "rcc norrbys ledningsgrupp", "reports_to") in m


def test_mailed_subject_without_the_place_the_title_names():
    mail = ("Ämne: Minnesanteckningar samverkansgrupp RCC och kommunerna 2/3\nFrån: Eva Ek\n"
            "Skickat: den 3 mars 2026 09:14\n\nHej alla,\nhär kommer anteckningarna.\n\nEva\n\n"
            "----------------------------------------\n" + RCC)
    p, _ = _read(mail, "n.eml")
    assert p.body == "Samverkansgrupp RCC Norrby och kommunerna"


FHS = """# Protokoll – styrelsen för Åby folkhögskola

**Sammanträde:** 2026-03-05, kl. 10.00–12.00
**Plats:** Åby folkhögskola
**Huvudman:** Region Norrby

## Närvarande

- Eva Ek (C), ordförande
- Bo Lind (S)
- Kim Sand (M)

**Övriga**

- Karin Berg, rektor
- Lena Hed, protokollförare

## 1 § Kurser

Beslöts att uppdra åt rektor att utreda en ny kurs i vård och omsorg.

## 2 § Delegationsordning

Styrelsen ansvarar på uppdrag av regionfullmäktige för skolans verksamhet.

## 3 § Lokaler

Bo Lind och rektor fick i uppdrag att ta fram ett underlag om internatet.
"""


def test_bare_title_names_its_one_holder():
    _, r = _read(FHS, "n.md")
    tasks = _tasks(r)
    assert any(who == ("Karin Berg",) and t.startswith("utreda en ny kurs") for who, t in tasks)
    assert any(set(who) == {"Bo Lind", "Karin Berg"} and t.startswith("ta fram ett underlag") for who, t in tasks)


def test_board_charged_by_the_owners_fullmaktige_named_in_the_huvudman_line():
    p, r = _read(FHS, "n.md")
    assert p.letterhead == "Region Norrby"
    assert any(f.startswith("regionfullmäktige") and f != "regionfullmäktige för skolans verksamhet"
               and t.startswith("styrelsen") and k == "delegates" for f, t, k in _mandates(r))


KPFR = """ÅBY KOMMUN
PROTOKOLL
Kommunala pensionärs- och funktionsrättsrådet (KPFR)

Sammanträdesdag: 4 mars 2026

Närvarande
Eva Ek, ordförande
Bo Lind, PRO Åby
Kim Sand, DHR Åby

§ 5 Reglemente
Kommunstyrelsen har remitterat förslaget till nytt reglemente till rådet för yttrande. Rådet är kommunstyrelsens organ för samråd med pensionärs- och funktionsrättsorganisationerna.
Rådet beslutar att ställa sig bakom förslaget.

§ 6 Ledamotsförändringar
Britt Ahl (PRO Åby) har avgått som ersättare.
"""


def test_combined_council_named_with_its_kommun():
    p, _ = _read(KPFR)
    assert p.body == "Kommunala pensionärs- och funktionsrättsrådet, Åby kommun (KPFR)"


def test_remiss_whose_matter_says_till_and_the_council_as_the_boards_organ():
    p, r = _read(KPFR)
    m = {(f.split(",")[0], t.split(",")[0], k) for f, t, k in _mandates(r)}
    assert ("kommunstyrelsen", "kommunala pensionärs- och funktionsrättsrådet", "refers") in m
    assert ("kommunala pensionärs- och funktionsrättsrådet", "kommunstyrelsen", "reports_to") in m


def test_leaving_member_with_whom_she_sat_for_in_brackets():
    _, r = _read(KPFR)
    assert any(x.person == "Britt Ahl" and x.change == "leave" for x in r.memberships)
