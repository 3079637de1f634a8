"""Mandates between bodies told in phrasings other secretaries write: the body's place in the structure as a line
above the roster ("Styrgruppen är underställd X och lämnar lägesrapport till X …"); its uppdrag in the word of the
arbetsordning ("Samverkansgruppen har sitt mandat från X"); a reference group ("Brukarrådet är referensgrupp till
samverkansgruppen", "… fungerar som referensgrupp till processteamet"); a body keeping another informed ("Arbetsgruppen
ska hålla samverkansgruppen informerad"); work ordered from another body ("Styrgruppen beställer en analys från
Projektgruppen X …; Analysen redovisas för styrgruppen …"); the body that gave the uppdrag by that role alone
("…, som också är styrgruppens uppdragsgivare. Återkoppling sker till uppdragsgivaren …"); a matter with what it is
about left for another's view ("att lämna frågan om … till X för ställningstagande"); and a matter that goes on from
the body the sentence before handed it to ("Förslaget lämnas till X i december. Ärendet går sedan vidare till Y för
beslut"); the structure drawn as a line of arrows ("Organisation: RLG → Styrgrupp X → Arbetsgrupp A,
Arbetsgrupp B"); and one invited under the singular label below a roster table ("Inbjuden: NN, …").
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _mandates(text: str, name: str) -> set[tuple[str, str, str]]:
    r = extract_relations(parse_minutes(text, name))
    return {(m.from_body.casefold(), m.to_body.casefold(), m.kind) for m in r.mandates}


STYRGRUPP = """STYRGRUPP KOMPETENSFÖRSÖRJNING ÅBY
Minnesanteckningar från möte 2026-11-05, kl. 09.00–11.30

Styrgruppen är underställd Regional ledningsgrupp Åby och lämnar lägesrapport till den två gånger per år.

Deltagare
  Eva Lund, HR-direktör, Region Åby (ordf.)
  Per Berg, personalchef, Norrby kommun
Antecknare
  Sara Ek, utvecklingsledare, Region Åby

1. Inledning
Dagordningen godkändes.

2. Introduktionsprogrammet
Per Berg redovisade arbetet.
"""


def test_the_body_subordinate_in_a_line_above_the_roster_reports_there():
    m = _mandates(STYRGRUPP, "sg_kompetens_2026-11-05.txt")
    assert ("styrgrupp kompetensförsörjning åby", "regional ledningsgrupp åby", "reports_to") in m, m


SAMVERKAN = """Samverkansgrupp psykisk hälsa Åby
Anteckningar 2026-11-12

Närvarande: Karin Westin (ordförande, Region Åby), Anton Lilja (Norrby kommun), Nora Blom (sekreterare, Region Åby)

1. Gruppens mandat
Samverkansgruppen har sitt mandat från Regional ledningsgrupp Åby.

2. Brukarrådet
Referensgrupp Barnahus är referensgrupp till samverkansgruppen och ska höras inför beslut om nya insatser.

3. Arbetsgrupp suicidprevention
Arbetsgrupp suicidprevention ska hålla samverkansgruppen informerad om arbetet mellan mötena.

4. Mottagning för unga vuxna
Beslut
- att lämna frågan om en gemensam mottagning för unga vuxna till Regional ledningsgrupp Åby för ställningstagande.
"""


def test_a_mandate_from_a_body_is_its_uppdrag():
    m = _mandates(SAMVERKAN, "sg_psykisk_halsa_2026-11-12.txt")
    assert ("regional ledningsgrupp åby", "samverkansgrupp psykisk hälsa åby", "delegates") in m, m


def test_a_reference_group_to_a_body_reports_to_it():
    m = _mandates(SAMVERKAN, "sg_psykisk_halsa_2026-11-12.txt")
    assert ("referensgrupp barnahus", "samverkansgrupp psykisk hälsa åby", "reports_to") in m, m


def test_a_body_that_keeps_another_informed_reports_to_it():
    m = _mandates(SAMVERKAN, "sg_psykisk_halsa_2026-11-12.txt")
    assert ("arbetsgrupp suicidprevention", "samverkansgrupp psykisk hälsa åby", "reports_to") in m, m


def test_a_question_about_something_left_for_another_bodys_view_is_referred():
    m = _mandates(SAMVERKAN, "sg_psykisk_halsa_2026-11-12.txt")
    assert ("samverkansgrupp psykisk hälsa åby", "regional ledningsgrupp åby", "refers") in m, m


NARA_VARD = """Styrgrupp Nära vård Åby
MINNESANTECKNINGAR
Datum: 19 november 2026

Närvarande: Gustav Holm (ordförande, Region Åby), Petra Wahl (Norrby kommun), Ida Frans (sekreterare, Region Åby)

1. Styrgruppens uppdrag
Frågan om omställningen ägs av LSVO, Ledningsgruppen för samverkan i Åby, som också är styrgruppens uppdragsgivare.
Återkoppling sker till uppdragsgivaren två gånger per år.

2. Mobilt närvårdsteam
Beslut: Styrgruppen beställer en analys från Projektgruppen för mobilt närvårdsteam av teamets effekter på
akutbesöken. Analysen redovisas för styrgruppen senast 2027-03-01.
"""


def test_the_body_whose_uppdragsgivare_another_is_and_its_report_back_there():
    m = _mandates(NARA_VARD, "sg_nara_vard_2026-11-19.txt")
    assert ("lsvo", "styrgrupp nära vård åby", "delegates") in m, m
    assert ("styrgrupp nära vård åby", "lsvo", "reports_to") in m, m


def test_work_ordered_from_another_body_is_delegated_and_reported_back():
    m = _mandates(NARA_VARD, "sg_nara_vard_2026-11-19.txt")
    assert ("styrgrupp nära vård åby", "projektgruppen för mobilt närvårdsteam", "delegates") in m, m
    assert ("projektgruppen för mobilt närvårdsteam", "styrgrupp nära vård åby", "reports_to") in m, m


PROCESSTEAM = """Processteam utskrivning Åby – minnesanteckningar
Tisdag 24 november 2026, Teams

Närvarande: Karin Sand (sammankallande, Region Åby), Henrik Ståhl (Region Åby), Annika Wed (Norrby kommun)

§ 1 Gemensam utskrivningsenhet
Annika Wed har tagit fram ett förslag om en gemensam utskrivningsenhet. Förslaget lämnas till Styrgrupp Barnahus i
december. Ärendet går sedan vidare till Politiskt samråd Åby för beslut, eftersom det kräver gemensam finansiering.
"""


def test_a_matter_going_on_from_the_body_it_was_handed_to():
    m = _mandates(PROCESSTEAM, "processteam_2026-11-24.txt")
    assert ("styrgrupp barnahus", "politiskt samråd åby", "refers") in m, m
    assert ("processteam utskrivning åby", "styrgrupp barnahus", "refers") in m, m
    assert ("processteam utskrivning åby", "politiskt samråd åby", "refers") not in m, m


INVITED = """Samverkansgrupp psykisk hälsa Åby
Anteckningar 2026-11-12

Namn\tFunktion\tOrganisation\tNärvaro
Karin Westin\tverksamhetschef, ordförande\tRegion Åby\tX
Anton Lilja\tenhetschef\tNorrby kommun\tX
Pia Lund\tavdelningschef\tNorrby kommun\tFörhinder
Inbjuden: Sofie Brandt, processledare suicidprevention, Region Åby (punkt 2).

1. Mötets öppnande
Dagordningen fastställdes.

2. Suicidprevention
Sofie Brandt redogjorde för handlingsplanen.
"""


def test_one_invited_under_a_singular_label_is_a_guest():
    p = parse_minutes(INVITED, "sg_psykisk_halsa_2026-11-12.txt")
    got = {a.name: a.status for a in p.attendance}
    assert got.get("Sofie Brandt") == "guest", got


DIAGRAM = """STYRGRUPP KOMPETENSFÖRSÖRJNING ÅBY
Minnesanteckningar från möte 2026-11-05, kl. 09.00–11.30

Organisation:
  Regional ledningsgrupp Åby → Styrgrupp kompetensförsörjning → Arbetsgrupp introduktion, Arbetsgrupp validering

Deltagare
  Eva Lund, HR-direktör, Region Åby (ordf.)
  Per Berg, personalchef, Norrby kommun

1. Inledning
Dagordningen godkändes.
"""


def test_the_structure_drawn_as_a_line_of_arrows():
    m = _mandates(DIAGRAM, "sg_kompetens_2026-11-05.txt")
    assert ("regional ledningsgrupp åby", "styrgrupp kompetensförsörjning åby", "delegates") in m, m
    assert ("styrgrupp kompetensförsörjning åby", "arbetsgrupp introduktion", "delegates") in m, m
    assert ("styrgrupp kompetensförsörjning åby", "arbetsgrupp validering", "delegates") in m, m
