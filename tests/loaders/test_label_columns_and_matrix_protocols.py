"""Habits of secretaries not read before: an arbetsgrupp's notes typed in label columns ("Närvarande   GH   Gunnel
Holm      Beroendemottagningen, Region Åsen", "BESLUT    …", "ANSVAR: ÅN, DP   KLART: 2028-04-04", an action in
the passive); a styrgrupp's protocol kept as one matrix whose title column holds the notes too ("Nr | Ärende och
noteringar | Beslut / åtgärd | Ansvar | Klart"); and a politisk body's decisions as numbered points under
"PSVO:s beslut", a recommendation among them in the passive ("Huvudmännen rekommenderas att …").
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

COLUMNS = """ARBETSGRUPP SPEL OM PENGAR                 Minnesanteckningar 1/2028

Datum         Tisdag 8 februari 2028, kl. 13.15–15.30
Plats         Åby, Rådhuset

Närvarande    GH    Gunnel Holm          Beroendemottagningen, Region Åsen, sammankallande
              ÅN    Åsa Nordin           Socialtjänsten vuxen, Åby kommun
              DP    Dalia Pettersson     Psykiatriska öppenvården, Region Åsen

Punkt 1       Inledning
              Föregående minnesanteckningar gicks igenom.
              BESLUT    Anteckningarna läggs till handlingarna.

Punkt 2       Kartläggning
              ÅN visade sammanställningen.
              ÅTGÄRD    Kartläggningen färdigställs och redovisas för
                        styrgruppen i april.
                        ANSVAR: ÅN, DP   KLART: 2028-04-04

Punkt 3       Nästa möte
              4 april 2028.
"""


def test_a_typed_name_column_ends_at_its_gap():
    got = {a.name: a.unit for a in parse_minutes(COLUMNS, "ag.txt").attendance}
    assert got == {"Gunnel Holm": "Beroendemottagningen", "Åsa Nordin": "Socialtjänsten vuxen",
                   "Dalia Pettersson": "Psykiatriska öppenvården"}, got


def test_a_label_in_capitals_set_off_by_a_gap_is_the_decision():
    texts = [(d.item, d.text) for d in parse_minutes(COLUMNS, "ag.txt").decisions]
    assert ("1", "Anteckningarna läggs till handlingarna.") in texts, texts


def test_a_passive_action_and_its_responsibles_with_the_date_in_a_field_of_its_own():
    tasks = [(a.assignees, a.task) for a in extract_relations(parse_minutes(COLUMNS, "ag.txt")).assignments]
    assert (["Åsa Nordin", "Dalia Pettersson"], "kartläggningen färdigställs och redovisas för styrgruppen i april") in tasks, tasks


MATRIX = """Styrgrupp psykisk hälsa – Åsen
Mötesprotokoll tisdag 25 januari 2028, kl. 13.00–15.30, Regionhuset

Närvarande: Sofia Wrede (SW), Region Åsen, ordförande; Ebba Kron (EK), Åby kommun

Protokollsmatris

Nr\tÄrende och noteringar\tBeslut / åtgärd\tAnsvar\tKlart
1\tInledning. Ordföranden öppnade mötet.\tDagordningen fastställs.\t\t
2\tSuicidprevention. Planen följdes upp.\tStyrgruppen lyfter frågan om finansiering till LSVO.\tSW\t2028-02-11
"""


def test_a_matrix_whose_title_column_holds_the_notes_gives_the_items_their_titles():
    items = [(i.number, i.title) for i in parse_minutes(MATRIX, "sg.pdf").items]
    assert items == [("1", "Inledning"), ("2", "Suicidprevention")], items


PSVO = """PSVO
Protokoll 2028-02-03

Närvarande: Eva Ek (S), ordförande, Region Åsen; Per Lund (M), Åby kommun

§ 1 Handlingsplan för nära vård
Ärendet har beretts av LSVO.
PSVO:s beslut
1. Handlingsplanen godkänns.
2. Huvudmännen rekommenderas att anta handlingsplanen i respektive nämnd senast den 30 april 2028.
3. LSVO får i uppdrag att följa upp handlingsplanen och återrapportera till PSVO i november 2028.
§ 2 Nästa sammanträde
Nästa sammanträde hålls i maj.
"""


def test_numbered_points_under_the_bodys_genitive_beslut_are_its_decisions():
    p = parse_minutes(PSVO, "psvo.docx")
    assert [d.text.rstrip(".") for d in p.decisions if d.item == "1"] == [
        "Handlingsplanen godkänns",
        "Huvudmännen rekommenderas att anta handlingsplanen i respektive nämnd senast den 30 april 2028",
        "LSVO får i uppdrag att följa upp handlingsplanen och återrapportera till PSVO i november 2028"]
    mandates = {(m.from_body, m.to_body.casefold(), m.kind) for m in extract_relations(p).mandates}
    assert ("PSVO", "huvudmännen", "recommends") in mandates, mandates


SEAT = """Styrgrupp psykisk hälsa – Åsen
Minnesanteckningar 2028-01-25

Närvarande: Sofia Wrede, Region Åsen; Tommy Lind, Åby kommun; Marcus Pihl, Norrby kommun

1. Sammansättning
Tommy Lind går in som ordinarie ledamot för Åby kommun från 1 februari; kommunen utser ny ersättare. Marcus Pihl deltog för första gången som ledamot för Norrby kommun.
"""


def test_kommunen_after_a_semicolon_is_the_kommun_its_sentence_named():
    tasks = [(a.assignees, a.task) for a in extract_relations(parse_minutes(SEAT, "sg.txt")).assignments]
    assert (["Åby kommun"], "utse ny ersättare") in tasks, tasks
