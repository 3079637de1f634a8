"""A deputy moving up to an ordinary seat, tasks in a decision's att-clauses and on arrow lines, a responsible note on
a line of its own, an uppdrag whose giver the sentence before names, and two att-clauses on one "Beslut:" line."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

_HEAD = """Styrgrupp Äldre Åby
Minnesanteckningar 2026-12-04

Närvarande
Eva Berg, socialchef, Åby kommun, ordförande
Marie Ek, utbildningschef, Byn kommun
Per Ljung, förvaltningschef, Torp kommun
Karin Holm, ersättare, Torp kommun
Lars Wik, sekreterare, Åby kommun

§ 1 Dagordning
Dagordningen fastställdes.

"""


def _read(body: str):
    pm = parse_minutes(_HEAD + body, "x.txt")
    return pm, extract_relations(pm)


def _tasks(r) -> set[tuple[tuple[str, ...], str]]:
    return {(tuple(a.assignees), a.task) for a in r.assignments}


def test_deputy_moves_up_and_replaces():
    """"A går från ersättare till ordinarie ledamot för X kommun och ersätter därmed B": A's seat replaces B's."""
    _, r = _read("§ 2 Ledamöter\nKarin Holm går från ersättare till ordinarie ledamot för Torp kommun och ersätter "
                 "därmed Per Ljung.\n")
    got = {(m.person, m.group, m.change) for m in r.memberships}
    assert ("Karin Holm", "Styrgrupp Äldre Åby", "replace") in got
    assert ("Per Ljung", "Styrgrupp Äldre Åby", "leave") in got


def test_deputy_takes_over_the_seat():
    """"A, som hittills varit ersättare för X, tar över som kommunens ordinarie ledamot från februari"."""
    _, r = _read("§ 2 Ledamöter\nPer Ljung lämnar gruppen efter detta möte. Karin Holm, som hittills varit ersättare "
                 "för Torp, tar över som kommunens ordinarie ledamot från februari.\n")
    assert ("Karin Holm", "Styrgrupp Äldre Åby", "replace") in {(m.person, m.group, m.change) for m in r.memberships}


def test_att_clause_naming_its_doer_to_support():
    """"Beslut: … att Lars Wik ska stödja arbetsgruppen i uppdraget": a task to the one named."""
    _, r = _read("§ 2 Hembesök\nBeslut:\natt arbetsgruppen får uppdraget,\natt Lars Wik ska stödja arbetsgruppen i "
                 "uppdraget.\n")
    assert any(a == ("Lars Wik",) and t.startswith("stödja arbetsgruppen") for a, t in _tasks(r))


def test_responsible_note_on_its_own_line_after_a_passive():
    """"Rutinen skickas ut till enheterna senast 1 mars.\\n(Ansvar: Lars Wik)": the sentence before is his task."""
    _, r = _read("§ 2 Rutin\nRutinen gicks igenom.\nRutinen skickas ut till enheterna senast 1 mars.\n(Ansvar: Lars Wik)\n")
    assert any(a == ("Lars Wik",) and t.startswith("skicka rutinen") for a, t in _tasks(r))


def test_responsible_note_after_the_full_stop():
    """"En lägesrapport skickas till ledningsgruppen senast den 4 februari. (Ansvar: Lars Wik)"."""
    _, r = _read("§ 2 Lägesrapport\nEn lägesrapport skickas till ledningsgruppen senast den 4 februari. "
                 "(Ansvar: Lars Wik)\n")
    assert any(a == ("Lars Wik",) and "lägesrapport" in t for a, t in _tasks(r))


def test_arrow_line_with_two_doers_making_a_timeplan():
    """"→ A och B gör en tidsplan för uppdraget, klar 17 februari": a task to both."""
    _, r = _read("§ 2 Uppdraget\nUppdraget diskuterades.\n→ Marie Ek och Per Ljung gör en tidsplan för uppdraget, "
                 "klar 17 februari.\n→ Lars Wik skickar protokollet.\n")
    assert any(set(a) == {"Marie Ek", "Per Ljung"} and t.startswith("göra en tidsplan") for a, t in _tasks(r))


def test_uppdrag_whose_giver_the_sentence_before_names():
    """"Eva berättade om Samverkansgrupp barns beslut … Styrgruppen har fått i uppdrag att …": delegated by it."""
    _, r = _read("§ 2 Nytt uppdrag\nEva berättade om Samverkansgrupp barns beslut den 20 januari. Styrgruppen har "
                 "fått i uppdrag att ta fram en modell för hembesök.\n")
    assert ("Samverkansgrupp barn", "Styrgrupp Äldre Åby", "delegates") in {
        (m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_two_att_clauses_on_one_decision_line():
    """"Beslut: Gruppen beslutar att lyfta X till Y och att be gruppen ta upp Z": two decisions; a task block
    after it whose object repeats the first decision's is still read."""
    pm, r = _read("§ 2 Avvikelser\nBeslut: Gruppen beslutar att lyfta avvikelserna till Samverkansgrupp barn och att "
                  "be gruppen ta upp frågan om läkemedel.\n\nUppgift: Skriva en sammanfattning av avvikelserna till "
                  "Samverkansgrupp barn\nAnsvarig: Marie Ek\n")
    texts = [d.text.rstrip(".") for d in pm.decisions if d.item == "2"]
    assert texts == ["lyfta avvikelserna till Samverkansgrupp barn", "be gruppen ta upp frågan om läkemedel"]
    assert any(a == ("Marie Ek",) and t.startswith("skriva en sammanfattning") for a, t in _tasks(r))
