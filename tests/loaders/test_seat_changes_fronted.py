"""Changes of seat written with the side fronted or the seat named first, and a mailed message whose notes open
with their own ruled title line."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import read_document
from samverkan.loaders.relations import extract_relations


def _changes(text: str) -> set[tuple[str, str, str]]:
    r = extract_relations(parse_minutes(text, "x.txt"))
    return {(m.person, m.group, m.change) for m in r.memberships if m.change != "member"}


_HEAD = """Ledningsgruppen för samverkan i Åby
Minnesanteckningar 2026-12-04

Närvarande
Eva Berg, socialchef, Åby kommun, ordförande
Marie Ek, utbildningschef, Byn kommun
Per Ljung, förvaltningschef, Torp kommun

§ 1 Dagordning
Dagordningen fastställdes.

§ 2 Sammansättning
"""


def test_fronted_side_with_both_names_after_the_verb():
    """"Från Torp kommun ersätter A B från och med 1/1, då B går i pension": A takes B's seat, B leaves."""
    got = _changes(_HEAD + "Från Torp kommun ersätter Camilla Stål Per Ljung från och med 1/1 2027, då Per går i pension.\n")
    assert ("Camilla Stål", "Ledningsgruppen för samverkan i Åby", "replace") in got
    assert ("Per Ljung", "Ledningsgruppen för samverkan i Åby", "leave") in got


def test_seat_appointed_to_before_the_one_replaced():
    """"A har utsetts till Byn kommuns ledamot och ersätter B från och med 1/11"."""
    got = _changes(_HEAD + "Marie Ek har utsetts till Byn kommuns ledamot och ersätter Lars Wik från och med 1/11.\n")
    assert ("Marie Ek", "Ledningsgruppen för samverkan i Åby", "replace") in got
    assert ("Lars Wik", "Ledningsgruppen för samverkan i Åby", "leave") in got


def test_mailed_notes_with_their_own_ruled_title_line(tmp_path):
    """A message whose subject names the body by an acronym and whose notes open, under a rule, with
    "MINNESANTECKNINGAR LSG 2026-12-04": the body that met is the title's."""
    text = ("From: Eva Berg <eva.berg@aby.se>\nTo: lsg@aby.se\nSubject: Minnesanteckningar LSG 4 december 2026\n"
            "Date: Fri, 04 Dec 2026 15:42:10 +0100\n\nHej alla,\nHär kommer anteckningarna.\n/Eva\n\n"
            "------------------------------------------------------------\n"
            "MINNESANTECKNINGAR LSG 2026-12-04\nTid: 13.00–16.00\n\nNärvarande ledamöter\n"
            "Eva Berg, socialchef, Åby kommun, ordförande\nPer Ljung, förvaltningschef, Torp kommun\n\n"
            "§ 1 Dagordning\nDagordningen fastställdes.\n")
    f = tmp_path / "x.eml"
    f.write_text(text, encoding="utf-8")
    raw = read_document(str(f))
    assert parse_minutes(raw.text, raw.path, written_as=raw.written_as).body == "LSG"


def _mandates(text: str) -> set[tuple[str, str, str]]:
    r = extract_relations(parse_minutes(text, "x.txt"))
    return {(m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_decided_on_delegation_from_another_body():
    """"LSG beslutade på delegation från PSG / att …": the body acting on powers handed it by another."""
    text = ("Ledningsgruppen för samverkan i Åby\nMinnesanteckningar 2026-12-04\n\nNärvarande\nEva Berg, socialchef, Åby kommun, ordförande\n"
            "Per Ljung, förvaltningschef, Torp kommun\n\n§ 1 Dagordning\nDagordningen fastställdes.\n\n"
            "§ 2 Överenskommelse om hemsjukvård\nPer Ljung föredrog förslaget.\n\nLSG beslutade på delegation från PSG\n"
            "att fastställa reviderad bilaga 3 till överenskommelsen.\n")
    assert ("PSG", "LSG", "delegates") in _mandates(text)


def test_seat_change_told_as_done_by_the_side():
    """"Torp kommun har meddelat att A (S) ersätter B (KD) som ordinarie ledamot i rådet"."""
    got = _changes(_HEAD + "Torp kommun har meddelat att Ola Hed (S) ersätter Pia Lönn (KD) som ordinarie ledamot i "
                           "gruppen från och med den 1 januari 2026.\n")
    assert ("Ola Hed", "Ledningsgruppen för samverkan i Åby", "replace") in got
    assert ("Pia Lönn", "Ledningsgruppen för samverkan i Åby", "leave") in got
