"""A group's notes titled with its parent's short name before a dash ("ÅLVO – Styrgrupp demens Åby"); a mailed
message whose notes open, under a rule, with the group's title and the day after a dash; a body's present-tense work
on another's uppdrag; the purpose a body was set up for; "vi har i uppdrag av X att …"; a giver whose own name holds
"att"; the seat of a body named by its letters ("till PSO:s representant i …", "Platsen för PSO:s representant i …
är vakant sedan X avsagt sig uppdraget"); two seats a huvudman filled at once; another body's decision to send a
matter on."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import GroupVocabulary, _name_through_att, extract_relations
from samverkan.loaders.types import ParsedItem, ParsedMinutes


def relations(text: str, body: str):
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=[],
                                           items=[ParsedItem(number="1", title="Ärende", body=text)], decisions=[]))


def test_the_parents_short_name_before_a_dash_is_no_acronym_of_the_group_that_met():
    text = ("ÅLVO – Styrgrupp demens Åby\nMinnesanteckningar 2026-10-20\nPlats: Teams\n\n"
            "1. Inledning\nOrdföranden hälsade välkommen. Anteckningarna godkändes.\n\n"
            "2. Övrigt\nInget att ta upp.\n")
    p = parse_minutes(text, "notes.txt")
    assert p.body == "Styrgrupp demens Åby"
    assert p.date == "2026-10-20"


def test_the_day_after_the_dash_on_a_ruled_title_under_a_mails_greeting():
    text = ("Ämne: Anteckningar AG demens 9/2\nFrån: Eva Lund\nTill: Per Holm; Sara Ek\n"
            "Skickat: den 10 februari 2027 16:02\n\nHej alla,\n\nhär kommer anteckningarna.\n\n/Eva\n\n"
            "----------------------------------------------------------------\n"
            "ARBETSGRUPP DEMENS – tisdag 9 februari 2027, 13.30–15.30, Teams\n\n"
            "Närvarande:\nEva Lund, MAS, Åby kommun\nPer Holm, Region Norrby\n\n"
            "1. Rutin\nVi gick igenom utkastet. Per skriver in synpunkterna.\n\n2. Övrigt\nInget.\n")
    p = parse_minutes(text, "notes.eml")
    assert p.date == "2027-02-09"
    assert p.time == "13.30-15.30"


def test_a_body_doing_work_on_anothers_uppdrag_in_the_present_tense():
    r = relations("Processteam Säker in- och utskrivning analyserar orsakerna på uppdrag av Ledningsgruppen för vård.",
                  "Politiskt samråd Åby")
    assert [(a.assignees, a.task, a.given_by) for a in r.assignments] == [
        (["Processteam Säker in- och utskrivning"], "analysera orsakerna", "Ledningsgruppen för vård")]
    assert [(m.from_body, m.to_body, m.kind) for m in r.mandates] == [
        ("Ledningsgruppen för vård", "Processteam Säker in- och utskrivning", "delegates")]
    # whom a body works for, told after its work, is no task of that work
    assert relations("Tjänstemannaledningen bereder nämndens ärenden och arbetar på uppdrag av nämnden.",
                     "Samverkansnämnden").assignments == []


def test_the_purpose_a_body_was_set_up_for_is_its_makers_task():
    r = relations("Eva påminde om uppdraget: styrgruppen är tillsatt av Ledningsgruppen för vård för att leda "
                  "genomförandet av strategin och återrapporterar till ledningsgruppen två gånger per år.",
                  "Styrgrupp psykisk hälsa Åby")
    got = [(a.assignees, a.task, a.given_by) for a in r.assignments]
    assert (["Styrgrupp psykisk hälsa Åby"], "leda genomförandet av strategin", "Ledningsgruppen för vård") in got


def test_the_group_itself_holding_an_uppdrag_in_the_first_person():
    r = relations("Påminnelse: vi har i uppdrag av Samverkansgrupp äldre att ta fram en gemensam rutin.",
                  "Arbetsgrupp palliativ vård Åby")
    assert [(a.assignees, a.task) for a in r.assignments] == [(["Arbetsgrupp palliativ vård Åby"], "ta fram en gemensam rutin")]
    assert ("Samverkansgrupp äldre", "Arbetsgrupp palliativ vård Åby", "delegates") in [
        (m.from_body, m.to_body, m.kind) for m in r.mandates]


def test_a_givers_name_holding_att_is_read_whole_when_the_vocabulary_knows_it():
    v = GroupVocabulary(names=("Samverkansgrupp att bo hemma",))
    assert _name_through_att("Samverkansgrupp", "bo hemma att ta fram en rutin", v) == (
        "Samverkansgrupp att bo hemma", "ta fram en rutin")
    assert _name_through_att("Samverkansgrupp", "bo hemma att ta fram en rutin", GroupVocabulary()) is None


def test_the_seat_of_a_body_named_by_its_letters_filled_and_left():
    r = relations("Platsen för PSO:s representant i Regionala samrådet är vakant sedan Ola Rask avsagt sig uppdraget.",
                  "PSO")
    assert [(m.person, m.group, m.change) for m in r.memberships] == [("Ola Rask", "Regionala samrådet", "leave")]
    assert [(v.role, v.group) for v in r.vacancies] == [("representant", "Regionala samrådet")]


def test_two_seats_a_huvudman_filled_at_once():
    r = relations("Kommunstyrelsen i Åby har utsett Per Strid (S) till ny ledamot från den 1 juni 2027 och Maja Holm (V) "
                  "till ersättare.", "Politiskt samråd Österland")
    assert sorted((m.person, m.group, m.change) for m in r.memberships) == [
        ("Maja Holm", "Politiskt samråd Österland", "join"), ("Per Strid", "Politiskt samråd Österland", "join")]


def test_another_bodys_decision_told_with_its_day_to_send_a_matter_on():
    r = relations("Ledningsgruppen för vård beslutade 2027-03-19 att överlämna handlingsplanen till Politiskt samråd Åby "
                  "för ställningstagande.", "Politiskt samråd Åby")
    assert ("Ledningsgruppen för vård", "Politiskt samråd Åby", "refers") in [
        (m.from_body, m.to_body, m.kind) for m in r.mandates]
