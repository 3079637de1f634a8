"""Readings of political bodies' protocols: a miljö- och byggnämnd, a regional kulturnämnd, a fullmäktige's
beredning for a field and a kommun's brottsförebyggande råd.

A roster laid out in columns of spaces wraps a tjänstgörande ersättare's cell after "för", the ledamot served for
on the line under it; a beredning named by its field ("Beredningen för folkhälsa och jämlikhet") is its region's,
and so is the förvaltning its minutes name bare; a council named "Xrådet för Y" keeps its för-tail; "nämndens
presidium" is a body of its own and "stiftelsens styrelse" the board of the one stiftelse the minutes name; a
member's note for the minutes is no task and its labelled line no part of the decision above it; a matter handed on
goes to the body after its last "till"; "X entledigas som nämndens representant i G" is X leaving G.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

HEAD = """REGION SÄLVMARK                                              PROTOKOLL
Beredningen för folkhälsa och jämlikhet                      Sammanträdesdatum 2026-10-27

Tid och plats     Tisdagen den 27 oktober 2026 kl 13.00-15.40, Regionens hus, Bredåker

"""
ROSTER = """Beslutande        Ledamöter                      Tjänstgörande ersättare
                  Åsa Nygren-Falk (S), ordf      Per-Olov Hägg (S) för
                  Tomas Bengtsson (M)                Mirja Salo (S)
                  Fatima Rahimi (V)              Elin Sjödahl (L) för
                  Göran Ek (KD)                      Harald Vinge (C)

Frånvarande       Mirja Salo (S), Harald Vinge (C)

Övriga            Karin Lövdahl, folkhälsostrateg, sekreterare

"""


def _beredning(tmp_path, items: str) -> dict:
    return load_text(tmp_path, "beredning.txt", HEAD + ROSTER + items)


def test_a_stand_ins_cell_wrapped_after_for_leaves_the_ledamot_beside_it_present(tmp_path):
    f = _beredning(tmp_path, "§ 31   Öppnande\n\n       Beredningen beslutar\n       - att dagordningen fastställs\n")
    status = {name: s for name, s, _ in f["attendance"]}
    assert status["Åsa Nygren-Falk"] == "present" and status["Fatima Rahimi"] == "present"
    assert status["Mirja Salo"] == "absent" and status["Harald Vinge"] == "absent"
    assert status["Per-Olov Hägg"] == "present" and status["Elin Sjödahl"] == "present"


def test_a_beredning_named_by_its_field_and_the_units_it_names_are_the_regions(tmp_path):
    f = _beredning(tmp_path, "§ 33   Folkhälsorapport\n\n       Beredningen beslutar\n"
                             "       - att ge Folkhälsoenheten i uppdrag att ta fram förslag på tre insatsområden\n")
    assert f["body"] == "Beredningen för folkhälsa och jämlikhet, Region Sälvmark"
    assert (("Folkhälsoenheten, Region Sälvmark",), "ta fram förslag på tre insatsområden") in f["assignments"]


def test_a_council_named_by_what_it_is_for_keeps_its_name(tmp_path):
    f = _beredning(tmp_path, "§ 32   Val\n\n       Beredningen beslutar\n"
                             "       - att entlediga Fatima Rahimi (V) från uppdraget som representant i\n"
                             "         Länsrådet för jämlik hälsa\n")
    assert ("Fatima Rahimi", "Länsrådet för jämlik hälsa", "leave") in f["memberships"]


def test_a_note_for_the_minutes_is_no_task_nor_part_of_the_decision(tmp_path):
    f = _beredning(tmp_path, "§ 34   Taxa\n\n       Beslut:\n       Beredningen fastställer taxan.\n"
                             "       Protokollsanteckning: Tomas Bengtsson (M) vill till protokollet anteckna att "
                             "taxan bör ses över.\n\n"
                             "§ 35   Plan\n\n       Beredningen beslutar\n       - att anta planen\n\n"
                             "       Protokollsanteckning\n       Göran Ek (KD) lämnar följande anteckning till "
                             "protokollet: ”Planen bör följas upp.”\n")
    assert not any("anteckn" in d for d in f["decisions"])
    assert not any("anteckning" in task for _, task in f["assignments"])


def test_a_matter_whose_subject_says_till_goes_to_the_body_after_the_last_till(tmp_path):
    f = _beredning(tmp_path, "§ 37   Bibliotek\n\n       Beredningen beslutar\n       - att överlämna frågan om "
                             "förstärkt stöd till länets folkbibliotek till regionstyrelsen för beslut i "
                             "budgetberedningen\n")
    assert ("Beredningen för folkhälsa och jämlikhet, Region Sälvmark", "Regionstyrelsen, Region Sälvmark", "refers") \
        in f["mandates"]


KULTUR = """Region Vättermark\tProtokoll\tKulturnämnden

Protokoll Kulturnämnden
Datum: 2026-11-12

Närvarande: Marie Hjortsberg (S), ordförande, Per Lindh (M), Annika Vallin (KD)

§ 45 Val till Stiftelsen Vättermarks länsmuseum

Kulturnämnden beslutar
att entlediga Tobias Rehnberg (SD) från uppdraget som ledamot i styrelsen för Stiftelsen Vättermarks länsmuseum,
att välja Annika Vallin (KD) till ny ledamot i stiftelsens styrelse för tiden till och med 2027-03-31.

§ 46 Kulturplan

Kulturnämnden beslutar
att ge nämndens presidium i uppdrag att föra dialog om kulturplanen med kommunerna.
"""


def test_the_board_of_the_one_stiftelse_named_and_the_presidium_of_the_namnd(tmp_path):
    f = load_text(tmp_path, "kultur.txt", KULTUR)
    assert ("Annika Vallin", "Styrelsen för Stiftelsen Vättermarks länsmuseum", "join") in f["memberships"]
    assert (("Kulturnämndens presidium, Region Vättermark",), "föra dialog om kulturplanen med kommunerna") \
        in f["assignments"]


MBN = """HJÄRTSJÖ KOMMUN
Sammanträdesprotokoll
Miljö- och byggnämnden
Datum: 2026-11-18

Beslutande: Birgitta Ohlsson-Rehn (S), ordförande, Kjell Brandt (M), Mona Ekdahl (S)

MBN § 80 Tillsynsplan

Tillsynen samordnas med Lerdala kommun genom Miljösamverkan Östra Sälland, vars styrgrupp rapporterar till nämnderna.
Kommunpolis Mattias Kjellgren redovisar lägesbilden.

Miljö- och byggnämndens beslut
1. Mona Ekdahl (S) entledigas som nämndens representant i styrgruppen för Miljösamverkan Östra Sälland.
2. Kjell Brandt (M) utses till nämndens representant i styrgruppen efter Mona Ekdahl från och med 2027-01-01.
"""


def test_a_seat_left_right_after_the_verb_and_no_person_in_a_collaborations_name(tmp_path):
    f = load_text(tmp_path, "mbn.txt", MBN)
    assert ("Mona Ekdahl", "Styrgrupp för Miljösamverkan Östra Sälland", "leave") in f["memberships"]
    assert "Miljösamverkan Östra Sälland" not in f["persons"]
