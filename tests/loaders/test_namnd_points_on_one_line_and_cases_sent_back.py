"""Habits of four secretaries of nämnder, an arbetsutskott, a regional ledningsgrupp and a närvårdsråd: a
nämnd's decided points running on one a line in the present tense (", samt / utser NN (C) till ledamot i
pensionärsrådet efter MM"); a case sent back by the nämnd's own verb ("återremitterar ärendet till förvaltningen
för att …"); a seat of a kind ("till politisk representant i …"); a standing delegation under which the
arbetsutskott chooses ("Enligt kommunstyrelsens delegationsordning utser arbetsutskottet …"); an uppdrag told
from another body's meeting after a colon ("informerar från LVO:s möte den 1 oktober: …"); a new member told by
the huvudman that chose him ("X kommun har meddelat att socialchef NN blir ordinarie ledamot i RLG"); a
standing report handed upwards ("Rådet lämnar … en lägesrapport till … två gånger per år"); and the closing
"Nästa möte:" line, no decision of the last item.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _read(text: str, name: str):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _ms(r) -> set[tuple[str, str, str]]:
    return {(m.person, m.group, m.change) for m in r.memberships}


def _mandates(r) -> set[tuple[str, str, str]]:
    return {(m.from_body, m.to_body, m.kind) for m in r.mandates}


NAMND = """TALLVIKS KOMMUN
SAMMANTRÄDESPROTOKOLL
Omsorgsnämnden
Sammanträdesdatum 2026-10-20

Plats och tid: Kommunhuset, sal Ån, kl. 09.00–11.00
Beslutande: Eva Lund (S), ordförande; Per Berg (M); Karin Holm (C); Sara Nyström (KD)
Övriga: Maja Ek, nämndsekreterare

§ 12 Val av ledamöter i kommunala råd
Ärendet i korthet
Lars Persson (C) och Anna Strand (KD) har begärt entledigande från sina uppdrag.
Beslut
Omsorgsnämnden entledigar Lars Persson (C) och Anna Strand (KD) från uppdragen, samt
utser Karin Holm (C) till ledamot i kommunala pensionärsrådet efter Lars Persson för återstoden av mandatperioden, samt
utser Sara Nyström (KD) till ledamot i rådet för funktionshinderfrågor efter Anna Strand för återstoden av mandatperioden.
Beslutet skickas till
De valda

§ 13 Avgifter i dagverksamhet
Ärendet i korthet
Förvaltningen föreslår en ny avgiftsmodell.
Beslut
Omsorgsnämnden återremitterar ärendet till förvaltningen för att belysa konsekvenserna för personer med demenssjukdom.
"""


def test_decided_points_one_a_line_after_samt_are_each_read():
    p, r = _read(NAMND, "tallvik_on_2026-10-20.txt")
    texts = [d.text for d in p.decisions if d.item == "12"]
    assert len(texts) == 3, texts
    ms = _ms(r)
    assert ("Karin Holm", "kommunala pensionärsrådet", "replace") in {(a, b.casefold(), c) for a, b, c in ms}, ms
    assert any(m[0] == "Lars Persson" and m[2] == "leave" for m in ms), ms
    assert any(m[0] == "Sara Nyström" and "funktionshinder" in m[1] and m[2] == "replace" for m in ms), ms


def test_a_case_sent_back_by_the_namnds_own_verb_is_a_task_of_the_forvaltning():
    _, r = _read(NAMND, "tallvik_on_2026-10-20.txt")
    tasks = [(a.assignees, a.task) for a in r.assignments if a.item == "13"]
    assert any("belysa konsekvenserna" in t for _, t in tasks), tasks


AU = """ÅBY KOMMUN
PROTOKOLL
Kommunstyrelsens arbetsutskott
2026-10-13

Närvarande ledamöter: Ahmad Lind (S), ordförande; Carina Berg (M); Jonas Holm (S)
Tjänstepersoner: Per Sand, kommundirektör; Hedda Ros, kommunsekreterare

§ 142 Representation i Lokala närvårdsrådet i Åby
Sammanfattning
Carina Berg (M) har avsagt sig uppdraget. Enligt kommunstyrelsens delegationsordning utser arbetsutskottet kommunens politiska representanter i de lokala närvårdsråden.
Arbetsutskottets beslut
Arbetsutskottet utser Jonas Holm (S) till politisk representant i Lokala närvårdsrådet i Åby efter Carina Berg (M) från och med den 1 november 2026.

§ 144 Information från Ledningsgruppen för vård och omsorg i Åsen (LVO)
Kommundirektör Per Sand informerar från LVO:s möte den 1 oktober: Styrgrupp Nära vård har fått i uppdrag av LVO att ta fram en gemensam modell för mobila närvårdsteam.
Arbetsutskottets beslut
Informationen antecknas till protokollet.
"""


def test_a_seat_of_a_kind_after_whom_is_a_replacement():
    _, r = _read(AU, "ksau_aby_2026-10-13.txt")
    ms = _ms(r)
    assert any(m[0] == "Jonas Holm" and "närvårdsrådet" in m[1].casefold() and m[2] == "replace" for m in ms), ms
    assert any(m[0] == "Carina Berg" and "närvårdsrådet" in m[1].casefold() and m[2] == "leave" for m in ms), ms


def test_the_standing_delegation_under_which_the_arbetsutskott_chooses():
    _, r = _read(AU, "ksau_aby_2026-10-13.txt")
    assert any(k == "delegates" and f.casefold().startswith("kommunstyrelsen") and "arbetsutskott" in t.casefold()
               for f, t, k in _mandates(r)), _mandates(r)


def test_an_uppdrag_told_from_another_bodys_meeting_after_a_colon():
    _, r = _read(AU, "ksau_aby_2026-10-13.txt")
    assert any(k == "delegates" and f == "LVO" and "Styrgrupp Nära vård" in t for f, t, k in _mandates(r)), _mandates(r)


RLG = """PROTOKOLL
Regional ledningsgrupp Åsen (RLG)

Mötesdatum: 2026-10-08
Plats: Regionens hus, rum Forsen

Ledamöter
  Sofia Holm, regiondirektör, Region Åsen, ordförande
  Karl Berg, socialchef, Åby kommun
  Lars Lind, kommundirektör, Tallviks kommun

§ 3  Ledamot för Tallviks kommun
Lars Lind lämnar RLG vid årsskiftet. Tallviks kommun har meddelat att socialchef Magnus Ek blir ordinarie ledamot i RLG från och med den 1 januari 2027.
Beslut: RLG noterar informationen.

§ 4  Lägesbild
Beslut: RLG ger Karl Berg i uppdrag att ta fram en lägesbild. Återrapportering sker till RLG den 12 november 2026.

Nästa möte: 2026-11-12, kl. 13.00, Regionens hus.
"""


def test_a_member_told_by_the_huvudman_that_chose_him_joins():
    _, r = _read(RLG, "rlg_asen_2026-10-08.txt")
    ms = _ms(r)
    assert any(m[0] == "Magnus Ek" and m[2] in ("join", "replace") for m in ms), ms


def test_the_closing_next_meeting_line_is_no_decision():
    p, _ = _read(RLG, "rlg_asen_2026-10-08.txt")
    assert not [d.text for d in p.decisions if d.text.startswith("Nästa möte")], [d.text for d in p.decisions]
    assert any(d.text.startswith("Återrapportering sker") for d in p.decisions), [d.text for d in p.decisions]


LNR = """Lokala närvårdsrådet i Åby
Anteckningar 2026-10-21

Deltagare
Kommunen: Saga Lind, äldreomsorgschef (ordförande); Dennis Ek, enhetschef
Regionen: Tobias Holm, primärvårdschef; Malin Berg, verksamhetschef

1. Uppföljning
Rådet lämnar enligt sin uppdragsbeskrivning en lägesrapport till kommunstyrelsens arbetsutskott två gånger per år. Dennis Ek sammanställer höstens rapport.
"""


def test_a_standing_report_handed_upwards_is_a_reporting_line():
    _, r = _read(LNR, "lnr_aby_2026-10-21.txt")
    assert any(k == "reports_to" and "närvårdsrådet" in f.casefold() and "arbetsutskott" in t.casefold()
               for f, t, k in _mandates(r)), _mandates(r)


AU_REPORTED = """ÅBY KOMMUN
PROTOKOLL
Kommunstyrelsens arbetsutskott
2026-10-13

Närvarande ledamöter: Ahmad Lind (S), ordförande; Carina Berg (M); Jonas Holm (S)

§ 144 Information från Ledningsgruppen för vård och omsorg i Åsen (LVO)
Styrgrupp Nära vård har fått i uppdrag av LVO att ta fram en gemensam modell för mobila närvårdsteam, som ska rapporteras till LVO i februari.
"""


def test_a_product_reported_upwards_is_reported_by_the_group_that_holds_the_uppdrag_not_the_body_that_met():
    _, r = _read(AU_REPORTED, "ksau_aby_2026-10-13.txt")
    ms = _mandates(r)
    assert any(k == "reports_to" and "Styrgrupp Nära vård" in f and t == "LVO" for f, t, k in ms), ms
    assert not any(k == "reports_to" and "arbetsutskott" in f.casefold() for f, t, k in ms), ms
