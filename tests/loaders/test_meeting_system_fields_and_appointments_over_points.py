"""Habits of secretaries of bodies the other tests have few of: a kommunstyrelse's allmänna utskott whose
meeting system exports each paragraph as fields ("Paragraf: 118", "Diarienummer: …", "Ärende: …") and which
proposes to its board that the board propose on to fullmäktige; a regional nämnd named for its field ("Regionala
nämnden för kultur och bildning") on a region's web portal; and an appointment whose verb stands over bulleted
points, its period put first ("Nämnden utser för perioden 2027–2030" / "• A (S) och B (M) till ledamöter i …").
Each read on a small minutes of its own.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

UTSKOTT = """Gärdsmora kommun
Protokoll

Organ:              Kommunstyrelsens allmänna utskott
Sammanträdesdatum:  2026-11-24
Plats:              Kommunhuset, sammanträdesrum Tjädern

Beslutande
  Roger Fahlgren (S), ordförande
  Nils-Åke Brodin (C)
  Fatima Osman (S)

----------------------------------------------------------------------
Paragraf:       120
Diarienummer:   KS 2026/000388
Ärende:         Remissvar - Regional transportplan

Sammanfattning
Kommunstyrelsen har delegerat till allmänna utskottet att besvara remisser
som inte är av principiell betydelse.

Beslut
Allmänna utskottet beslutar
att anta förvaltningens förslag till yttrande som kommunens svar på remissen.

----------------------------------------------------------------------
Paragraf:       121
Diarienummer:   KS 2026/000341
Ärende:         Reviderade riktlinjer för e-förslag

Beslut
Allmänna utskottet föreslår kommunstyrelsen föreslå kommunfullmäktige
att anta reviderade riktlinjer för e-förslag enligt bilaga.
"""


def test_paragraph_fields_are_the_items(tmp_path):
    """"Paragraf: 120" over "Diarienummer:" and "Ärende: Remissvar …": an item numbered 120, titled by its Ärende."""
    f = load_text(tmp_path, "ksau.txt", UTSKOTT)
    assert f["items"] == [("120", "Remissvar – Regional transportplan"), ("121", "Reviderade riktlinjer för e-förslag")]


def test_the_board_delegates_to_its_utskott_named_by_its_field(tmp_path):
    """"Kommunstyrelsen har delegerat till allmänna utskottet" in the minutes of "Kommunstyrelsens allmänna utskott":
    the board above the utskott delegates to the utskott that met, not the utskott to itself."""
    f = load_text(tmp_path, "ksau.txt", UTSKOTT)
    assert f["body"] == "Kommunstyrelsens allmänna utskott, Gärdsmora kommun"
    assert ("Kommunstyrelsen, Gärdsmora kommun", "Kommunstyrelsens allmänna utskott, Gärdsmora kommun",
            "delegates") in f["mandates"]


def test_a_proposal_that_the_board_propose_on_is_one_decision(tmp_path):
    """"… föreslår kommunstyrelsen föreslå kommunfullmäktige" / "att anta …": the att-clause is what the utskott
    proposes the board propose, one decision; the utskott recommends to its board only."""
    f = load_text(tmp_path, "ksau.txt", UTSKOTT)
    assert any(d.startswith("föreslå kommunstyrelsen att föreslå kommunfullmäktige att anta reviderade riktlinjer")
               for d in f["decisions"])
    assert not any(d.startswith("föreslår kommunstyrelsen") for d in f["decisions"])
    ks = "Kommunstyrelsen, Gärdsmora kommun"
    assert ("Kommunstyrelsens allmänna utskott, Gärdsmora kommun", ks, "recommends") in f["mandates"]


NÄMND = """Region Östanmo
Protokoll – Regionala nämnden för kultur och bildning
Sammanträdesdag: torsdag 26 november 2026, kl. 10.00–15.00

Beslutande
Karin Nordqvist-Ek (S), ordförande
Mattias Orre (M)
Yusra Ali (S)
Fredrik Holm (KD)
Ann Wahlberg (V)

§ 90 Val av regionens representanter i styrelsen för Stiftelsen Östanmo läns museum

Beslut
Regionala nämnden för kultur och bildning utser för perioden 2027–2030
• Yusra Ali (S) och Mattias Orre (M) till ledamöter i styrelsen för Stiftelsen Östanmo läns museum,
• Fredrik Holm (KD) och Ann Wahlberg (V) till ersättare i styrelsen.
"""


def test_a_regional_namnd_for_its_field_is_the_regions(tmp_path):
    """"Regionala nämnden för kultur och bildning" under "Region Östanmo": the region's nämnd, named with it."""
    f = load_text(tmp_path, "kbn.txt", NÄMND)
    assert f["body"] == "Regionala nämnden för kultur och bildning, Region Östanmo"


def test_an_appointment_over_bulleted_points(tmp_path):
    """"utser för perioden 2027–2030" / "• A och B till ledamöter i …" / "• C och D till ersättare i styrelsen": each
    point a decision with the verb over it, whose people join the board named."""
    f = load_text(tmp_path, "kbn.txt", NÄMND)
    assert ("utser för perioden 2027–2030 Yusra Ali (S) och Mattias Orre (M) till ledamöter i styrelsen för "
            "Stiftelsen Östanmo läns museum,") in f["decisions"]
    assert "utser för perioden 2027–2030" not in f["decisions"]
    board = "Styrelsen för Stiftelsen Östanmo läns museum"
    for who in ("Yusra Ali", "Mattias Orre", "Fredrik Holm", "Ann Wahlberg"):
        assert (who, board, "join") in f["memberships"]
    assert (("Mattias Orre", "Yusra Ali"), "vara ledamöter i styrelsen för Stiftelsen Östanmo läns museum") \
        in f["assignments"]


ÖFN = """HÄSTVIKS KOMMUN                               SAMMANTRÄDESPROTOKOLL
Överförmyndarnämnden                          Sammanträdesdatum 2026-11-25

Beslutande         Gunnel Hägg-Ström (S), ordförande
                   Anders Wikberg (M)

Övriga närvarande  Camilla Norén, enhetschef, överförmyndarenheten
                   Jonas Ekdahl, handläggare, § 50

§ 50 Revidering av delegationsordning

Beslut
1. Överförmyndarnämnden antar reviderad delegationsordning enligt bilaga 1.
2. Nämnden delegerar till handläggarna vid överförmyndarenheten att besluta om arvode till gode män och förvaltare.

§ 51 Meddelanden

Beslut
Meddelandena läggs till handlingarna.
Justerandes signatur Utdragsbestyrkande
"""


def test_delegation_to_the_officers_of_a_unit_is_the_units_task(tmp_path):
    """"delegerar till handläggarna vid överförmyndarenheten att besluta om …": none of them named, the unit the
    roster places its chef in is given the task."""
    f = load_text(tmp_path, "ofn.txt", ÖFN)
    assert (("Överförmyndarenheten, Hästviks kommun",), "besluta om arvode till gode män och förvaltare") \
        in f["assignments"], f["assignments"]


def test_signature_boxes_one_space_apart_are_no_decision(tmp_path):
    """"Justerandes signatur Utdragsbestyrkande": a Word table's two boxes a PDF reader joins with one space."""
    f = load_text(tmp_path, "ofn.txt", ÖFN)
    assert not any("Utdragsbestyrkande" in d for d in f["decisions"]), f["decisions"]


MHN = """ÄLVBACKA KOMMUN                     PROTOKOLL
Miljö- och hälsoskyddsnämnden     Sammanträdesdatum 2026-11-17

Beslutande     Britt-Marie Löfgren (S), ordförande
               Tomas Henriksson Lund (M)
               Per-Erik Mattsson (C)

§ 74 Val av arbetsutskott för 2027

Nämndens arbetsutskott bereder ärenden inför nämndens sammanträden och beslutar i de ärenden som anges i
delegationsordningen.

Beslut
Nämnden väljer följande arbetsutskott för tiden 2027-01-01–2027-12-31:
Uppdrag\tNamn\tKommun
Ordförande\tBritt-Marie Löfgren (S)\tÄlvbacka
Vice ordförande\tTomas Henriksson Lund (M)\tKroksjö
Ledamot\tPer-Erik Mattsson (C)\tStormyra

§ 75 Övrigt

Inga övriga frågor.
"""


def test_an_utskott_elected_in_a_table_of_seats(tmp_path):
    """"Nämnden väljer följande arbetsutskott …:" over "Uppdrag | Namn | Kommun": each elected joins the nämnd's
    arbetsutskott and is given the seat the row names."""
    f = load_text(tmp_path, "mhn.txt", MHN)
    au = "Miljö- och hälsoskyddsnämndens arbetsutskott, Älvbacka kommun"
    for who in ("Britt-Marie Löfgren", "Tomas Henriksson Lund", "Per-Erik Mattsson"):
        assert (who, au, "join") in f["memberships"], f["memberships"]
    assert (("Tomas Henriksson Lund",), "vara vice ordförande i arbetsutskottet") in f["assignments"]


def test_an_utskott_deciding_by_the_delegationsordning_is_delegated_to(tmp_path):
    """"Nämndens arbetsutskott … beslutar i de ärenden som anges i delegationsordningen": the nämnd delegates."""
    f = load_text(tmp_path, "mhn.txt", MHN)
    assert ("Miljö- och hälsoskyddsnämnden, Älvbacka kommun", "Miljö- och hälsoskyddsnämndens arbetsutskott, Älvbacka kommun",
            "delegates") in f["mandates"], f["mandates"]


RÅD = """REGION ÖSTANMO                               PROTOKOLL
Regionala nämnden för kultur och bildning    Sammanträdesdatum 2026-11-26

Beslutande       Karin Nordqvist-Ek (S), ordförande
                 Elsa Hjalmarsson (C)

Tjänstepersoner  Elin Grahn, kultur- och bildningsdirektör

§ 91 Representation i Samverkansrådet för folkbildning och bibliotek i Östanmo län

Beslut
1. Elsa Hjalmarsson (C) utses till regionens representant i Samverkansrådet för folkbildning och bibliotek i Östanmo län.
2. Kultur- och bildningsdirektören Elin Grahn utses till tjänstepersonsrepresentant i rådet.
"""


def test_an_official_appointed_under_her_title_in_the_definite(tmp_path):
    """"Kultur- och bildningsdirektören Elin Grahn utses till … i rådet": the title no part of her name."""
    f = load_text(tmp_path, "kbn.txt", RÅD)
    assert ("Elin Grahn", "Samverkansrådet för folkbildning och bibliotek i Östanmo län", "join") in f["memberships"]


def test_a_surname_read_alone_is_the_attendee_of_that_surname(tmp_path):
    """"utser … Yusra Ali (S) och …": "Ali" read alone, a given name no one in the minutes has, is Yusra Ali of
    the roster, no person of its own."""
    f = load_text(tmp_path, "kbn.txt", NÄMND)
    assert "Ali" not in f["persons"], f["persons"]
