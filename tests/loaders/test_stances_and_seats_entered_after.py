"""A group's stand labelled "Ställningstagande:" read as its decision, and a seat entered after its former holder:
"Anders Hjort (L) inträder som ordinarie ledamot efter Gunnel Fors", "Patrik inträder i samverkansgruppen efter
Ingrid Wall" (the seat in the body that met, or the one the predecessor was just told to leave)."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

_NOTES = """Samverkansgruppen för folkbibliotek i Åby län
Anteckningar från möte 1 december 2026

Närvarande: Helena Qvarfordt, sammankallande; Oskar Lind, antecknare; Maja Sund-Eriksson; Patrik Sand

1. Inledning
Helena hälsade alla välkomna. Patrik inträder i samverkansgruppen efter Ingrid Wall, som gått i pension.

2. Upphandling av e-medier
Anja Persson informerade om e-boksutredningen.
Ställningstagande: Lommeby kommun blir upphandlande part för en gemensam e-medieleverantör. Kostnaden fördelas efter invånarantal.
"""

_PROTOCOL = """Protokoll Samverkansnämnden för Regionalt cancercentrum Åby 2026-11-13

Beslutande: Ingela Berg (S), ordförande; Mats Olander (M); Anders Hjort (L)

§ 5 Anmälan om fyllnadsval
Regionfullmäktige har entledigat Gunnel Fors (L) från uppdraget i samverkansnämnden. Anders Hjort (L) inträder som ordinarie ledamot efter Gunnel Fors för återstoden av mandatperioden.
Beslut
Anmälan läggs till handlingarna.

§ 6 Bolagets styrelse
Bengt Ragnarsson (S) har avsagt sig sitt uppdrag i bolagets styrelse. Elsa Grahn (S) inträder som ordinarie ledamot efter Bengt Ragnarsson från och med den 1 december 2026.
"""


def _changes(text: str) -> set[tuple[str, str, str]]:
    r = extract_relations(parse_minutes(text, "x.txt"))
    return {(m.person, m.group.casefold(), m.change) for m in r.memberships if m.change != "member"}


def test_a_stand_labelled_stallningstagande_is_the_groups_decision():
    got = [(d.item, d.text.rstrip(".")) for d in parse_minutes(_NOTES, "x.txt").decisions]
    assert ("2", "Lommeby kommun blir upphandlande part för en gemensam e-medieleverantör") in got
    assert ("2", "Kostnaden fördelas efter invånarantal") in got


def test_a_seat_entered_after_its_holder_by_the_given_name():
    got = _changes(_NOTES)
    assert ("Patrik Sand", "samverkansgruppen för folkbibliotek i åby län", "replace") in got
    assert ("Ingrid Wall", "samverkansgruppen för folkbibliotek i åby län", "leave") in got


def test_a_seat_entered_as_ordinarie_ledamot_after_a_named_holder():
    got = _changes(_PROTOCOL)
    assert ("Anders Hjort", "samverkansnämnden för regionalt cancercentrum åby", "replace") in got
    assert ("Gunnel Fors", "samverkansnämnden för regionalt cancercentrum åby", "leave") in got


def test_no_seat_named_is_the_one_the_holder_just_left():
    got = _changes(_PROTOCOL)
    assert ("Elsa Grahn", "bolagets styrelse", "replace") in got
    assert not any(p == "Elsa Grahn" and "samverkansnämnden" in g for p, g, _ in got)


_TABLE = ("Samverkansgruppen för folkbibliotek i Åby län\nAnteckningar från möte 1 december 2026\n\nNärvaro\n"
          "Huvudman\tNamn och funktion\tNärvarande\n"
          "Region Åby, Regionbiblioteket\tHelena Qvarfordt, regionbibliotekschef (sammankallande)\tX\n"
          "Lommeby kommun\tMaja Sund-Eriksson, bibliotekschef\tX\n"
          "Kvarnbäcks kommun\tTobias Ahlgren-Rask, kultur- och bibliotekschef\t–\n"
          "\n1. Inledning\nHelena hälsade alla välkomna.\n")


def test_a_roster_column_holding_the_name_and_function_together():
    got = {(a.name, a.status) for a in parse_minutes(_TABLE, "x.odt").attendance}
    assert got == {("Helena Qvarfordt", "present"), ("Maja Sund-Eriksson", "present"), ("Tobias Ahlgren-Rask", "absent")}


_BOARD = ("Protokoll Samverkansnämnden för Regionalt cancercentrum Åby 2026-11-13\n\n**Beslutande**\n"
          "Ingela Berg (S)\tRegion Åby\tordförande\nMats Olander (M)\tRegion Ekby\tledamot\n\n"
          "**Ersättare, ej tjänstgörande**\nLisbeth Öhrn (SD)\tRegion Åby\tnärvarande\n\n"
          "**Anmält förhinder**\nJonas Ek (V), Region Ekby\n\n"
          "**Tjänstepersoner och övriga**\nMalin Wadsten\tverksamhetschef, RCC Åby\t\n"
          "Elin Sörby\tnämndsekreterare, RCC Åby\t\n\n§ 31  Val av justerare\nMats Olander utses att justera protokollet.\n")


def test_ersattare_ej_tjanstgorande_and_tjanstepersoner_och_ovriga_as_headings():
    got = {a.name: (a.status, "ersättare" in a.roles) for a in parse_minutes(_BOARD, "x.docx").attendance}
    assert got["Lisbeth Öhrn"] == ("present", True)
    assert got["Jonas Ek"][0] == "absent"
    assert got["Malin Wadsten"][0] == "guest" and got["Elin Sörby"][0] == "guest"
