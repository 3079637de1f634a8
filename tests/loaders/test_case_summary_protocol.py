"""Habits of protocols and notes that write each item in fields ("Ärendet i korthet: … / Förslag till beslut: …
/ Beslut: …"), give the year a task was given alone before whom it was given to, and set down a body in the
last clause of a sentence.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

PROTOCOL = """Samverkansgrupp barn och unga
Protokoll 2027-03-10

Närvarande
Eva Ek, ordförande, Region Åsen
Per Lind, Bruksby kommun
Anna Berg, Forsby kommun

1. Konsultationsstöd till elevhälsan
Ärendet i korthet: Ledningsgrupp Åsen gav 2025 samverkansgruppen i uppdrag att ta fram en modell för konsultationer.
Förslag till beslut: Att ge Per Lind och Anna Berg i uppdrag att ta fram ett förslag till gemensam modell, att redovisas i maj.
Beslut: Samverkansgruppen beslutar enligt förslaget.
Beslutet ska skickas till: Ledningsgrupp Åsen

2. Övrigt
Delgruppen har gjort det den var tillsatt för, och delgruppen för konsultationsstöd avvecklas.
"""


def _parsed():
    return parse_minutes(PROTOCOL, "sg.txt")


def test_decided_as_proposed_takes_the_proposal_told_on_the_label_line():
    texts = [d.text for d in _parsed().decisions if d.item == "1"]
    assert any(t.startswith("ge Per Lind och Anna Berg i uppdrag att ta fram ett förslag till gemensam modell")
               for t in texts), texts
    assert not any("enligt förslaget" in t for t in texts)


def test_body_set_down_in_the_clause_after_och_is_a_decision():
    texts = [d.text for d in _parsed().decisions if d.item == "2"]
    assert "avveckla delgruppen för konsultationsstöd" in texts


def test_year_before_whom_and_case_summary_label_keep_the_task_given():
    rel = extract_relations(_parsed())
    mandates = {(m.from_body, m.to_body, m.kind) for m in rel.mandates}
    assert ("Ledningsgrupp Åsen", "Samverkansgrupp barn och unga", "delegates") in mandates, mandates
    tasks = [(a.assignees, a.task) for a in rel.assignments]
    assert any("Per Lind" in who and "Anna Berg" in who and t.startswith("ta fram ett förslag") for who, t in tasks), tasks


def test_group_name_ends_before_sentence_adverb_and_passive():
    from samverkan.loaders.relations import find_groups
    names = [g.name for g in find_groups("att uppdraget till Arbetsgrupp för gemensam läkarfunktion därmed anses slutfört")]
    assert names == ["Arbetsgrupp för gemensam läkarfunktion"]


NOTES = """Lokala närvårdsrådet i Åby
Minnesanteckningar 2027-02-09

Deltagare
Eva Ek, Åby kommun
Per Lind, Region Åsen

1. Trygg hemgång
Rådet fick i mars 2026 uppdraget från Styrgrupp Trygg hemgång att pröva ett gemensamt arbetssätt.

2. Läkemedel
Arbetsgrupp läkemedel har sedan 2025 arbetat på uppdrag av Ledningsgrupp Åsen med att ta fram en rutin.
"""


def test_when_the_task_came_between_verb_and_giver_keeps_the_delegation():
    rel = extract_relations(parse_minutes(NOTES, "lnr.txt"))
    mandates = {(m.from_body, m.to_body, m.kind) for m in rel.mandates}
    assert ("Styrgrupp Trygg hemgång", "Lokala närvårdsrådet i Åby", "delegates") in mandates, mandates
    assert ("Ledningsgrupp Åsen", "Arbetsgrupp läkemedel", "delegates") in mandates, mandates
