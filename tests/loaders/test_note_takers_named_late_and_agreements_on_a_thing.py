"""Habits of the secretaries of annotated minutes: the note-taker labelled "Minnesanteckningar: X" right under the
list of those absent, or told with the verb first ("Antecknade gjorde X (Region Y)"), is the secretary and
present; a body agreeing on a thing it names ("Rådet enades om disposition för berättelsen", "Teamet enades om
en rutin för …") decides it; and the agenda and the last notes approved in a hurried secretary's few words
("dagordn ok. förra anteckn lades till handl.") are decisions, under a title they do not continue. Each read on a
small minutes of its own, loaded alone.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from tests.loaders.test_read_formats import load_text

ABSENT_THEN_NOTES = """Arbetsgrupp sårvård Tallby
Minnesanteckningar från möte 2027-04-12, kl. 09.00–11.00, Hälsocentralen Tallby
Närvarande
Sammankallande: Karin Östlund-Berg, sårsjuksköterska, Region Åsen
Ledamöter: Nils Öhrn, distriktsläkare, Region Åsen; Mira Hallqvist, sjuksköterska, Tallby kommun; Jonas Lindfors, MAS, Tallby kommun
Ej närvarande: Petra Wik, Region Åsen
Minnesanteckningar: Mira Hallqvist
1. Föregående anteckningar
BESLUT: Föregående minnesanteckningar läggs till handlingarna.
2. Rutin för trycksår
Gruppen enades om disposition för den nya rutinen. Arbetsgruppen enades om en rutin för dokumentation av trycksår.
"""

VERB_FIRST = """Samverkansgrupp äldres hälsa Åsen
Anteckningar från mötet 2027-04-20, Teams

Deltog: Åsa Grönlund (Region Åsen, sammankallande), Erik Sandberg (Tallby), Maja Lundholm (Norrvik)
Anmält förhinder: Olof Brandt (Tallby)
Antecknade gjorde Hedvig Storm (Region Åsen)

1) Läkemedelsgenomgångar
Erik berättade om arbetet i Tallby.
"""


def test_a_note_taker_labelled_under_the_absent_is_present(tmp_path):
    f = load_text(tmp_path, "ag_sarvard_tallby_2027-04-12.txt", ABSENT_THEN_NOTES)
    att = {(name, status) for name, status, _ in f["attendance"]}
    assert ("Mira Hallqvist", "present") in att, att
    assert ("Mira Hallqvist", "absent") not in att, att
    assert ("Petra Wik", "absent") in att, att


def test_a_note_taker_told_with_the_verb_first_is_present(tmp_path):
    f = load_text(tmp_path, "sg_aldres_halsa_asen_2027-04-20.txt", VERB_FIRST)
    att = {(name, status) for name, status, _ in f["attendance"]}
    assert ("Hedvig Storm", "present") in att, att
    assert ("Olof Brandt", "absent") in att, att


def test_agreeing_on_a_thing_named_decides_it():
    texts = [d.text for d in parse_minutes(ABSENT_THEN_NOTES, "ag.txt").decisions]
    assert "disposition för den nya rutinen" in texts, texts
    assert "en rutin för dokumentation av trycksår" in texts, texts


def test_agreeing_on_how_much_a_thing_matters_decides_nothing():
    text = ABSENT_THEN_NOTES.replace("Gruppen enades om disposition för den nya rutinen. ", "Gruppen enades om vikten av "
                                     "en gemensam rutin. ")
    texts = [d.text for d in parse_minutes(text, "ag.txt").decisions]
    assert not any("vikten av" in t for t in texts), texts


HURRIED = """Lokal samverkansgrupp Tallby - anteckn 2027-05-06
kl 13.15-15, vc Tallby

Närv: Mona Ek ME (ordf), Tor Wall TW (socialförv), Sara Ryd SR (MAS)

1. Dagordn + förra anteckn
   dagordn ok. förra anteckn lades till handl.

2. Uppf
   - gemensamma kalendern rullar, SR nöjd.
"""


def test_hurried_approvals_of_the_agenda_and_the_last_notes_are_decisions(tmp_path):
    """"dagordn ok. förra anteckn lades till handl.": two approvals in a hurried secretary's words, under a title
    they do not continue."""
    parsed = parse_minutes(HURRIED, "lsg_tallby_2027-05-06.txt")
    assert parsed.items[0].title == "Dagordn + förra anteckn"
    assert [d.text for d in parsed.decisions if d.item == "1"] == [
        "godkänna dagordningen", "lägga föregående anteckningar till handlingarna"]


def test_a_line_that_says_more_than_an_approval_is_no_hurried_approval():
    text = HURRIED.replace("dagordn ok. förra anteckn lades till handl.", "dagordn ok men p 4 flyttas till sept.")
    assert not [d.text for d in parse_minutes(text, "lsg_tallby_2027-05-06.txt").decisions if d.item == "1"]
