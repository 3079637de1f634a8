"""A political council's protocol and a process team's notes: seats told by the side whose seat it is, a
successor elected after a from-date, a matter approved and handed on with when it was done, work told as done on
another body's uppdrag, and an uppdrag given in a sentence that opens with when."""
from __future__ import annotations

from samverkan.loaders.relations import _giver_then_given, extract_relations
from samverkan.loaders.types import ParsedItem, ParsedMinutes


def _read(body: str, group: str = "Politiskt råd Ås", title: str = "Ärende"):
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=group, attendance=[],
                                           items=[ParsedItem(number="6", title=title, body=body)]))


def _seats(r):
    return {(m.person, m.group, m.change) for m in r.memberships}


def _mandates(r):
    return {(m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_a_new_deputy_told_by_the_side_replaces_the_one_after_efter():
    r = _read("Ekeby kommun har meddelat att Nina Berg (S) är ny ersättare i Politiskt råd Ås efter Kjell Ek (S).")
    assert {("Nina Berg", "Politiskt råd Ås", "replace"), ("Kjell Ek", "Politiskt råd Ås", "leave")} <= _seats(r)


def test_a_successor_elected_after_the_date_the_seat_is_left():
    r = _read("Ekeby kommun har meddelat att kommunfullmäktige 2027-02-15 har entledigat Eva Sand (SD) från uppdraget "
              "som ledamot i Politiskt råd Ås från och med 2027-04-01 och valt Ola Kvist (SD) till ny ledamot efter henne.")
    assert {("Eva Sand", "Politiskt råd Ås", "leave"), ("Ola Kvist", "Politiskt råd Ås", "replace")} <= _seats(r)


def test_a_matter_approved_at_a_dated_meeting_and_handed_on_is_a_referral():
    r = _read("Ledningsgruppen Ås har vid sitt sammanträde 2027-01-22 ställt sig bakom revideringen och överlämnat "
              "ärendet till Politiskt råd Ås med förslag att rådet rekommenderar huvudmännen att anta den.")
    assert ("Ledningsgruppen Ås", "Politiskt råd Ås", "refers") in _mandates(r)


def test_work_reported_as_done_on_another_bodys_uppdrag():
    r = _read("Eva Ek redovisar det arbete Arbetsgrupp tidiga insatser gjort på uppdrag av Ledningsgruppen Ås med "
              "att kartlägga de tidiga insatserna i länet.")
    assert any(a.assignees == ["Arbetsgrupp tidiga insatser"] and a.task.startswith("kartlägga de tidiga insatserna")
               for a in r.assignments)
    assert ("Ledningsgruppen Ås", "Arbetsgrupp tidiga insatser", "delegates") in _mandates(r)


def test_an_uppdrag_given_in_a_sentence_opening_with_when():
    r = _read("I september 2026 gav Styrgrupp vuxna processteamet i uppdrag att kartlägga hur SIP fungerar.",
              group="Processteam utskrivning Ås")
    assert any(a.assignees == ["Processteam utskrivning Ås"] and a.task.startswith("kartlägga hur SIP fungerar")
               for a in r.assignments)
    assert ("Styrgrupp vuxna", "Processteam utskrivning Ås", "delegates") in _mandates(r)


def test_the_giver_and_the_given_after_a_fronted_when():
    assert _giver_then_given("Styrgrupp vuxna processteamet") == ("Styrgrupp vuxna", "processteamet")
    assert _giver_then_given("Eva Ek arbetsgruppen") is None
