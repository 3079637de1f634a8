"""Habits of the secretaries of sister minutes: a protocol whose "Förslag till beslut" is
adopted by "Beslut: Enligt förslaget", notes where someone "föreslog att …" and "Mötet beslutade enligt
förslaget"; each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


AS_PROPOSED = """Politiskt samrådsorgan i Norrby
PROTOKOLL

Datum: 2025-09-26
Plats: Regionhuset, Norrby

Ledamöter
Eva Lindqvist (S), Region Norrby, ordförande
Per Nyholm (M), Åby kommun

§ 5  Plan för införandet

Förslag till beslut
- att godkänna planen för införandet av överenskommelsen,
- att ge Samverkansgrupp Barn och unga i Norrby i uppdrag att följa upp införandet.

Beslut
Enligt förslaget.

§ 6  Helgrutin

Per Nyholm föreslog att avdelningarna ringer hemtjänsten senast fredag kl. 12 när en patient
ska skrivas ut under helgen. Samrådsorganet beslutade enligt förslaget.
"""


def test_a_decision_enligt_forslaget_is_the_proposal_it_adopts(tmp_path):
    """"Förslag till beslut / – att … / Beslut / Enligt förslaget.": the decisions are the proposal's points;
    so is what someone "föreslog att …" when the body then "beslutade enligt förslaget"."""
    f = load_text(tmp_path, "pso.txt", AS_PROPOSED)
    assert "godkänna planen för införandet av överenskommelsen" in f["decisions"]
    assert any(d.startswith("ge Samverkansgrupp Barn och unga i Norrby i uppdrag") for d in f["decisions"])
    assert any(d.startswith("avdelningarna ringer hemtjänsten senast fredag kl. 12") for d in f["decisions"])
    assert not any("enligt förslaget" in d.lower() for d in f["decisions"])


PROSE_ROSTER_AWAY = """PROTOKOLL
Regional ledningsgrupp för vård och omsorg i Norrby
Datum: fredag 12 september 2025, kl. 09.00–12.00

Närvarande: Eva Lindqvist (ordf., hälso- och sjukvårdsdirektör, Region Norrby), Per Nyholm
(socialchef, Åby kommun) och Kim Sandberg (socialpsykiatrichef, Ekå kommun).
Lisa Ahl (socialchef, Ekå kommun) ersattes av Kim Sandberg. Bo Ek (verksamhetschef BUP,
Region Norrby) hade förhinder.
Sekreterare: Anna Berg (utvecklingsledare, Region Norrby).

§ 1 Mötets öppnande
Beslut: Dagordningen godkänns.
"""


def test_who_was_replaced_and_who_was_away_told_in_sentences_after_a_prose_roster(tmp_path):
    """"Lisa Ahl (…) ersattes av Kim Sandberg. Bo Ek (…) hade förhinder.": sentences after a roster told in
    running text, each name with its details in brackets; the replaced and the away are absent, the deputy
    present as ersättare."""
    f = load_text(tmp_path, "rlg.txt", PROSE_ROSTER_AWAY)
    status = {name: (st, roles) for name, st, roles in f["attendance"]}
    assert status["Lisa Ahl"][0] == "absent" and status["Bo Ek"][0] == "absent"
    assert status["Kim Sandberg"] == ("present", ("ersättare",))
    assert status["Per Nyholm"][0] == "present"


TWO_LISTS = """Lokalt samverkansteam för barn och unga i Åby
Minnesanteckningar från mötet tisdagen den 18 november 2025

Närvarande\tAnmält förhinder
Jukka Ek, IFO-chef, Åby kommun (sammankallande); Ida Ström, elevhälsochef, Åby kommun\tAnders Wik, rektor, Åby kommun
Ida Ström deltog för första gången som ny representant för elevhälsan i Åby kommun. Hon efterträder Karin Alm, som har gått i pension.

1. Inledning
Anteckningarna från den 14 oktober godkändes.
"""


def test_a_roster_as_two_lists_side_by_side_those_there_and_those_away(tmp_path):
    """"Närvarande | Anmält förhinder": a Word table whose two columns list those there and those away; the
    body a "samverkansteam"; a newcomer's first meeting told under the roster, with the one she succeeds."""
    f = load_text(tmp_path, "team.txt", TWO_LISTS)
    assert f["body"] == "Lokalt samverkansteam för barn och unga i Åby"
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Jukka Ek": "present", "Ida Ström": "present", "Anders Wik": "absent"}
    body = f["body"]
    assert ("Ida Ström", body, "join") in f["memberships"] and ("Karin Alm", body, "leave") in f["memberships"]


FOOTER_NAMED = """Minnesanteckningar

Torsdag 30 oktober 2025, kl. 13.15–15.00
Vårdcentralen Åby, konferensrummet Tallen
Närvarande: se bilaga 1

1. Mötet öppnas
Ludvig hälsade välkommen. Dagordningen godkändes.

2. Mobilt team – Åby i en andra etapp?
Tobias berättade om piloten. Tobias tar upp frågan på styrgruppens möte den 12 november.

Processteam trygg hemgång Åby · Minnesanteckningar 2025-10-30 · sida 1 av 2

3. Nästa möte
Torsdag 27 november kl. 13.15.


Bilaga 1. Närvarolista 2025-10-30

Arnesson, Ludvig      enhetschef hemtjänst, Åby kommun (sammankallande)
Kallio, Jenny         MAS, Åby kommun
Oskarsson, Tobias     primärvårdschef, Region Norrby (punkt 2)

Förhinder
Nordmark, Erik        läkare, Region Norrby

Processteam trygg hemgång Åby · Minnesanteckningar 2025-10-30 · sida 2 av 2
"""


def test_notes_naming_their_body_in_the_footer_with_the_roster_appended(tmp_path):
    """Notes naming their body only on the pages' running line ("Processteam X · Minnesanteckningar … · sida 1
    av 2"), the roster "se bilaga 1" appended after the last point, each name surname first in a column of its
    own ("Arnesson, Ludvig      enhetschef …"); a point's title that asks a question is a point."""
    f = load_text(tmp_path, "pt.txt", FOOTER_NAMED)
    assert f["body"] == "Processteam trygg hemgång Åby"
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Ludvig Arnesson": "present", "Jenny Kallio": "present", "Tobias Oskarsson": "guest",
                      "Erik Nordmark": "absent"}
    assert ("2", "Mobilt team – Åby i en andra etapp?") in f["items"]


PAGE_BREAK_IN_A_CLAUSE = """PROTOKOLL
Regional ledningsgrupp för vård och omsorg i Norrby
Datum: fredag 12 september 2025

Närvarande: Eva Lindqvist (ordf., Region Norrby) och Per Nyholm (socialchef, Åby kommun).

§ 30/25 Föregående protokoll och uppföljning av uppdrag
Protokollet från 2025-05-16 läggs till handlingarna. Ledningsgruppen går igenom uppdragen.
Beslut: Uppdrag 5 stängs.

§ 31/25 Implementeringsplan
Beslut:
1. att godkänna implementeringsplanen,
2. att Styrgrupp Nära vård Norrby följer upp betalningsansvaret per kommun och



Region Norrby | Enheten för samverkan | Protokoll RLG 2025-09-12                          Sida 1
Region Norrby | Enheten för samverkan | Protokoll RLG 2025-09-12
Sida 2
rapporterar till ledningsgruppen i februari 2026,
3. att planen överlämnas till Politiskt samverkansråd för kännedom.

§ 32/25 Nästa möte
Fredag 24 oktober 2025.
"""


def test_a_decided_point_broken_by_the_page_footer_and_the_last_minutes_filed_before_the_decisions(tmp_path):
    """A PDF's footer ("… Protokoll RLG 2025-09-12      Sida 1") over the next page's running line without its
    counter is page furniture: the att-clause it broke goes on after it. The last minutes filed in the item's
    opening sentence are decided too, though a "Beslut:" on other matters comes after."""
    f = load_text(tmp_path, "rlg.txt", PAGE_BREAK_IN_A_CLAUSE)
    assert ("Styrgrupp Nära vård Norrby följer upp betalningsansvaret per kommun och rapporterar till "
            "ledningsgruppen i februari 2026") in f["decisions"]
    assert any(d.startswith("planen överlämnas till Politiskt samverkansråd") for d in f["decisions"])
    assert any(d.casefold().startswith("lägga protokollet från 2025-05-16") for d in f["decisions"])


DATED_LIST = """Processteam trygg hemgång Åby
Minnesanteckningar 2025-10-30

Närvarande: Ludvig Arnesson, Åby kommun (sammankallande); Maja Lindroth, Region Norrby

1. Mötet öppnas
Ludvig hälsade välkommen. Dagordningen godkändes.

2. Rapport till närvårdsrådet
Ludvig och Maja sammanställer höstens rapport till rådets möte den 4 december.

3. Nästa möte
Torsdag 27 november kl. 13.15.


Att göra
2025-12-04   Ludvig Arnesson, Maja Lindroth Höstens rapport till närvårdsrådet
"""


def test_a_name_filling_its_column_of_a_dated_list_is_the_attendee_not_a_longer_name(tmp_path):
    """"2025-12-04   Ludvig Arnesson, Maja Lindroth Höstens rapport …": the name column full, one space before the
    task; the attendee Maja Lindroth, not a person "Maja Lindroth Höstens"."""
    f = load_text(tmp_path, "pt.txt", DATED_LIST)
    assert f["persons"] == ["Ludvig Arnesson", "Maja Lindroth"]
