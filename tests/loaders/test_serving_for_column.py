"""A närvarolista whose ersättare stand in a table of their own, the column beside each name saying whose
seat the ersättare took ("Ersättare | Parti | Tjänstgörande ersättare för …", the heading ending in the
form's blank): the cell names the ledamot away (for some paragraphs: "Lena Berg (V), § 98"), or says the
ersättare was there without serving ("Närvarande, ej tjänstgörande") or away ("Ej närvarande").
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

ROSTER = """BRUKSÅ KOMMUN  SAMMANTRÄDESPROTOKOLL
Socialnämnden  Sammanträdesdatum 2026-12-15

Närvarolista

Ledamöter           Parti                Närvarande           Anmärkning
Maria Lind, ordförande   S               Ja
Eva Koski           S                    Ja
Anna Rönn           S                    Nej
Lena Berg           V                    Ja                   Jäv § 98


Ersättare                  Parti                       Tjänstgörande ersättare för …
Tomas Hed                  S                           Anna Rönn (S)
Per Holmén                 KD                          Lena Berg (V), § 98
Gunnel Ryd                 KD                          Närvarande, ej tjänstgörande
Sofie Wik                  SD                          Ej närvarande

§ 95

Val av justerare

Beslut
Socialnämnden utser Eva Koski (S) att tillsammans med ordföranden justera protokollet.
"""


def _people():
    return {a.name: a for a in parse_minutes(ROSTER, "sn.txt").attendance}


def test_serving_for_column_names_the_seat_taken_and_no_person_of_its_own():
    people = _people()
    assert "Parti Tjänstgörande" not in people
    assert people["Tomas Hed"].status == "present"
    assert people["Tomas Hed"].substitute_for == "Anna Rönn"
    assert people["Per Holmén"].substitute_for == "Lena Berg"
    assert "Anna Rönn" in people and people["Anna Rönn"].status == "absent"


def test_serving_for_column_notes_there_without_seat_and_away():
    people = _people()
    assert people["Gunnel Ryd"].status == "present"
    assert "ersättare" in people["Gunnel Ryd"].roles
    assert people["Sofie Wik"].status == "absent"
