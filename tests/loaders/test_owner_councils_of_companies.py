"""An owners' council of a company titled "<Company> AB – ägarsamråd", its roster under "Ägarnas företrädare" (a
huvudman's cell beside its people) and "Från bolaget"; and a sentence after a group's stand on what another body
will decide ("Planen beslutas av kulturnämnden i april"), which is no decision of the group."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

_NOTES = """Ekby Trafik AB – ägarsamråd
Minnesanteckningar
Onsdagen den 28 oktober 2026, kl. 13.00–15.30
Stationshuset i Ekby
Ägarnas företrädare
Region Åby\tTorbjörn Alvarsson (S), regionråd; Maria Eklund-Sahlin (M), oppositionsråd
Ekby kommun\tYasmin Farah (S), kommunstyrelsens ordförande
Från bolaget
Carina Lövgren, vd
Tjänstepersoner
Sara Nyquist, kollektivtrafikstrateg, Region Åby – för anteckningarna
1. Inledning
Torbjörn Alvarsson hälsade välkommen.
"""

_STAND = """Samverkansgruppen för folkbibliotek i Åby län
Anteckningar 1 december 2026

Närvarande: Helena Qvarfordt, sammankallande; Oskar Lind; Maja Sund-Eriksson

2. Regional biblioteksplan
Oskar Lind presenterade remissversionen.
Beslut: Samverkansgruppen tillstyrker att remissversionen skickas till kommunerna. Svar lämnas senast 29 januari 2027.
Planen beslutas av kulturnämnden i Region Åby i april 2027.
"""


def test_the_company_and_its_council_kind_name_one_body():
    assert parse_minutes(_NOTES, "x.rtf").body == "Ägarsamrådet, Ekby Trafik AB"


def test_the_owners_people_and_the_companys():
    got = {(a.name, a.status) for a in parse_minutes(_NOTES, "x.rtf").attendance}
    assert {("Torbjörn Alvarsson", "present"), ("Maria Eklund-Sahlin", "present"), ("Yasmin Farah", "present"),
            ("Carina Lövgren", "guest")} <= got


def test_what_another_body_will_decide_is_no_decision():
    got = [d.text for d in parse_minutes(_STAND, "x.txt").decisions]
    assert not any("kulturnämnden" in t for t in got)
    assert any(t.startswith("Svar lämnas") for t in got)


_AWAY_ROW = _NOTES.replace("Ekby kommun\tYasmin Farah (S), kommunstyrelsens ordförande\n",
                           "Ekby kommun\tYasmin Farah (S), kommunstyrelsens ordförande, i stället för Olle Berg (M)\n"
                           "Torps kommun\tIngen företrädare – Hans-Erik Vikström (S) hade anmält förhinder\n")

_PATIENT_COUNCIL = """PATIENTRÅDET VID ÅBY SJUKHUS
Möte 4/2026, tisdag 17 november kl. 14.00-16.30

DELTOG
  Patient- och brukarföreträdare
    Gunilla Åsbrink           Reumatikerförbundet Åby, ordf.
    Nadia El-Amin             NSPH Åby
  Region Åby
    Jesper Tofte              patientsäkerhetssamordnare

1  Mötet öppnas
   Gunilla Åsbrink hälsade välkommen.
"""


def test_a_huvudmans_row_with_its_member_away_is_no_run_on():
    got = {(a.name, a.status) for a in parse_minutes(_AWAY_ROW, "x.rtf").attendance}
    assert ("Hans-Erik Vikström", "absent") in got and ("Yasmin Farah", "present") in got


def test_a_person_and_her_association_in_columns_of_spaces():
    got = {(a.name, a.status) for a in parse_minutes(_PATIENT_COUNCIL, "x.txt").attendance}
    assert got == {("Gunilla Åsbrink", "present"), ("Nadia El-Amin", "present"), ("Jesper Tofte", "present")}
