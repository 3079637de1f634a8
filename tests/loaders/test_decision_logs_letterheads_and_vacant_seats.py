"""Habits of samverkansgrupper, arbetsutskott, councils and process teams not read before.

A "Beslutslogg" closing the notes repeats the decisions row by row, each row numbered and pointing back to its
paragraph ("1 | § 1 | Dagordningen godkänns."); a mailed protocol sets its title under the kommun's letterhead after a
rule; "Sekreterare Eva Ek, …" follows the absent; an uppdrag is given "av Y" before the participle, extended, or set
up for a time ("en tillfällig arbetsgrupp"); a seat stands "vakant sedan maj, då NN avsade sig …"; a choice is
"delegerat till arbetsutskottet enligt kommunstyrelsens delegationsordning".
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import _soft_wraps_joined, _without_running_furniture
from tests.loaders.test_read_formats import load_text


LOGGED = """Samverkansgrupp Äldre i Ekby (SÄE)
MINNESANTECKNINGAR
Datum 2028-09-14
Närvarande Helena Ström, områdeschef, Ekby kommun, ordförande
Kim Sand, verksamhetschef, Region Ekby
Förhinder Lars-Ove Petters, äldreomsorgschef, Ekby kommun
Sekreterare Elin Bys, utvecklingsledare, Region Ekby
§ 1  Mötets öppnande
Gruppen godkänner dagordningen.
§ 2  Uppdrag från LVO
Samverkansgrupp Äldre i Ekby har av Ledningsgruppen för vård och omsorg i Ekby (LVO) fått i uppdrag att ta fram en handlingsplan för fallprevention.
Beslut: Gruppen inrättar en tillfällig arbetsgrupp för fallprevention med en representant för varje huvudman. Kim Sand är sammankallande.
§ 3  Rutin för vak
Samverkansgrupp Äldre i Ekby beslutar att godkänna rutinen.

Beslutslogg
Nr\tParagraf\tBeslut
1\t§ 1\tDagordningen godkänns.
2\t§ 2\tEn tillfällig arbetsgrupp för fallprevention inrättas.
3\t§ 3\tRutinen för vak godkänns.
"""


def test_a_decision_logs_rows_numbered_before_their_paragraph_are_no_items():
    """"1 <tab> § 1 <tab> Dagordningen godkänns.": the row's number, then the paragraph it points back to; the
    items are the paragraphs above, whose decisions the log repeats."""
    parsed = parse_minutes(LOGGED, "sam.txt")
    assert [(i.number, i.title) for i in parsed.items] == [
        ("1", "Mötets öppnande"), ("2", "Uppdrag från LVO"), ("3", "Rutin för vak")]
    assert len(parsed.decisions) == 4


def test_a_secretary_labelled_after_the_absent_is_present():
    parsed = parse_minutes(LOGGED, "sam.txt")
    elin = next(a for a in parsed.attendance if a.name == "Elin Bys")
    assert elin.status == "present" and "ledamot" not in elin.roles


def test_an_uppdrag_with_its_giver_before_the_participle_and_a_temporary_group(tmp_path):
    f = load_text(tmp_path, "sam_2028-09-14.txt", LOGGED)
    assert any(a.startswith("Ledningsgrupp") and b == "Samverkansgrupp Äldre i Ekby" and k == "delegates"
               for a, b, k in f["mandates"])
    assert any(a == ("Samverkansgrupp Äldre i Ekby",) and t.startswith("ta fram en handlingsplan")
               for a, t in f["assignments"])
    # "en tillfällig arbetsgrupp": set up by the group that met, its convener a member of it
    assert ("Samverkansgrupp Äldre i Ekby", "Arbetsgrupp för fallprevention", "delegates") in f["mandates"]
    assert ("Kim Sand", "Arbetsgrupp för fallprevention", "join") in f["memberships"]


def test_a_line_printed_to_the_margin_goes_on_with_its_verb():
    assert _soft_wraps_joined("Inkomna synpunkter har arbetats in.\nSamverkansgrupp Äldre i Ekby\n"
                              "beslutar att godkänna rutinen.") == (
        "Inkomna synpunkter har arbetats in.\nSamverkansgrupp Äldre i Ekby beslutar att godkänna rutinen.")


def test_running_text_where_another_page_has_the_same_line_is_kept():
    """The body's name ending a wrapped paragraph's first line on two pages at the same place: no footer."""
    one = "\n".join(["A.", "B.", "C.", "D.", "E.", "F.", "G.", "Samverkansgrupp Äldre i Ekby",
                     "har av LVO fått i uppdrag att ta fram en plan.", "H."])
    two = "\n".join(["I.", "J.", "K.", "L.", "M.", "N.", "O.", "Samverkansgrupp Äldre i Ekby",
                     "beslutar att godkänna rutinen.", "P."])
    assert all("Samverkansgrupp Äldre i Ekby" in page for page in _without_running_furniture([one, two]))


MAILED = """From: Maja Sund <maja.sund@aby.se>
To: ks-au@aby.se
Subject: Protokoll KSAU 26 september (ojusterat)
Date: Tue, 26 Sep 2028 16:48:03 +0200
Content-Type: text/plain; charset="utf-8"

Hej,

Nedan följer dagens protokoll. Sara justerar på fredag.

/Maja

-----------------------------------------------------------------------
ÅBY KOMMUN
Kommunstyrelsens arbetsutskott
SAMMANTRÄDESPROTOKOLL 2028-09-26

Beslutande:
Mikael Öst (S), ordförande
Sara Lind (C), vice ordförande

§ 110 Val av justerare
Arbetsutskottet utser Sara Lind (C) att justera protokollet.

§ 111 Ersättare i Politiskt samråd Norrby
Åby kommuns ersättarplats i Politiskt samråd Norrby (PSN) är vakant sedan maj, då Gunnar Vest (C) avsade sig
sina förtroendeuppdrag. Valet är delegerat till arbetsutskottet enligt kommunstyrelsens delegationsordning.

Arbetsutskottet beslutar
att utse Ronja Sten (C) till ersättare i PSN för återstoden av mandatperioden.
"""


def test_a_mailed_protocols_title_under_the_kommuns_letterhead_names_the_body(tmp_path):
    f = load_text(tmp_path, "ksau.eml", MAILED)
    assert f["body"] == "Kommunstyrelsens arbetsutskott, Åby kommun"


def test_a_seat_vacant_since_its_holder_gave_it_up_and_a_choice_delegated(tmp_path):
    f = load_text(tmp_path, "ksau.eml", MAILED)
    assert ("Gunnar Vest", "Politiskt samråd Norrby", "leave") in f["memberships"]
    assert ("Kommunstyrelsen, Åby kommun", "Kommunstyrelsens arbetsutskott, Åby kommun", "delegates") in f["mandates"]


COUNCIL = """Politiskt samverkansråd
PROTOKOLL 2028-10-06

Närvarande ledamöter
- Katarina Öhm (S), Region Norrby, ordförande
- Moa Ek (S), Åsby kommun, tjänstgörande ersättare

§ 42 Åsbys representation
Lars Norr (S), Åsby kommun, lämnade sina politiska uppdrag i maj. Till dess tjänstgör ersättaren Moa Ek (S).

Rådet beslutar
att notera informationen.

§ 43 Rapport från Regional ledningsgrupp för vård och omsorg (RLG)
Mona Eli redogör för att ledningsgruppen har tillsatt en arbetsgrupp för korttidsplatser.

Rådet beslutar
att lägga rapporten till handlingarna.
"""


def test_a_member_who_left_in_the_past_tense_with_the_side_between(tmp_path):
    f = load_text(tmp_path, "psr_2028-10-06.txt", COUNCIL)
    assert ("Lars Norr", "Politiskt samverkansråd", "leave") in f["memberships"]


def test_a_group_set_up_with_tillsatt_told_in_a_report(tmp_path):
    f = load_text(tmp_path, "psr_2028-10-06.txt", COUNCIL)
    assert ("Regional ledningsgrupp för vård och omsorg", "Arbetsgrupp för korttidsplatser", "delegates") in f["mandates"]


TEAM = """# Processteam vårdövergångar Åby – möte 2028-10-12

## Deltagare

| Namn | Funktion | Organisation |
|---|---|---|
| Lovisa Gran | processledare, sammankallande | Region Norrby |
| Kim Åke | sjuksköterska | Region Norrby |

## Agenda

### 1. Uppdraget framåt

Styrgrupp Nära vård Norrby har förlängt processteamets uppdrag att förbättra vårdövergångarna i Åby. Uppdraget gäller till och med 2029-06-30.

### 2. Övrigt

* Kim tar fram en checklista till nästa möte.
"""


def test_an_uppdrag_extended_with_what_it_is(tmp_path):
    f = load_text(tmp_path, "pt_2028-10-12.md", TEAM)
    assert ("Styrgrupp Nära vård Norrby", "Processteam vårdövergångar Åby", "delegates") in f["mandates"]
    assert any(t.startswith("förbättra vårdövergångarna") for a, t in f["assignments"])
