"""Habits of secretaries of collaboration bodies read from small inline minutes: an uppdrag whose report back
is told as a noun after a comma ("…, med återrapport till LSVO i april"), a protocol's "Uppdrag:" line with
the report back in a verbless sentence of its own, a vacant seat in another body since someone left, a
place alone for its kommun, a newcomer who takes part "i stället för" someone, a chair kept "även under
2026", and a duty taken over in a body named in lower case by its kind and what it is for."""
from __future__ import annotations

from functools import partial

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations
from tests.loaders.test_uppdrag_extended_and_questions_from_bodies import _mandates, _memberships
from tests.loaders.test_uppdrag_extended_and_questions_from_bodies import _read as _read_on

_read = partial(_read_on, date="2026-02-27")


_ROSTER = ["Sanna Pirinen, Ekby kommun", "Maja Berg, Ekby kommun", "Karin Ek, Region Norrby"]


def test_report_back_told_as_a_noun_after_a_comma():
    r = _read("Samverkansgrupp barn",
              "Ledningsgrupp Norrby gav i september samverkansgruppen i uppdrag att ta fram en länsgemensam modell för "
              "tidiga insatser vid skolfrånvaro, med återrapport till Ledningsgrupp Norrby i april 2026.")
    assert ("Samverkansgrupp barn", "Ledningsgrupp Norrby", "reports_to") in _mandates(r)


def test_uppdrag_line_with_a_verbless_report_back_in_a_protocol():
    text = ("LEDNINGSGRUPP NORRBY\nProtokoll 2026-02-13\n\n"
            "§ 5 Kunskapsstyrning\n"
            "Styrgrupp Kunskapsstyrning har lyft frågan om kommunernas deltagande.\n"
            "Beslut: Ledningsgrupp Norrby ställer sig bakom att kommunerna deltar.\n"
            "Uppdrag: Styrgrupp Kunskapsstyrning får i uppdrag att ta fram ett förslag till gemensam modell för "
            "kommunernas deltagande. Återrapport till Ledningsgrupp Norrby 2026-05-15.\n")
    p = parse_minutes(text, "x.txt")
    p.body = "Ledningsgrupp Norrby"
    r = extract_relations(p)
    assert any(a.assignees == ["Styrgrupp Kunskapsstyrning"] and a.task.startswith("ta fram ett förslag")
               for a in r.assignments)
    assert {("Ledningsgrupp Norrby", "Styrgrupp Kunskapsstyrning", "delegates"),
            ("Styrgrupp Kunskapsstyrning", "Ledningsgrupp Norrby", "reports_to")} <= _mandates(r)


def test_verbless_report_back_sentence_after_the_task():
    r = _read("Ledningsgrupp Norrby", "",
              decisions=["Uppdrag: Styrgrupp Äldre får i uppdrag att ta fram en modell.",
                         "Återrapport till Ledningsgrupp Norrby 2026-05-15."])
    assert ("Styrgrupp Äldre", "Ledningsgrupp Norrby", "reports_to") in _mandates(r)


def test_kommun_without_a_seat_in_another_body_since_someone_left():
    r = _read("Ledningsgrupp Norrby",
              "Ekby kommun saknar representant i Samverkansgrupp barn sedan Olle Sand slutade vid årsskiftet.")
    assert ("Olle Sand", "Samverkansgrupp barn", "leave") in _memberships(r)


def test_place_alone_for_its_kommun_without_a_seat():
    r = _read("Samverkansgrupp barn",
              "Ekby saknar representant sedan Olle Sand slutade; Ledningsgrupp Norrby har bett Ekby kommun återkomma "
              "med ett namn.")
    assert ("Olle Sand", "Samverkansgrupp barn", "leave") in _memberships(r)


def test_takes_part_instead_of_someone_with_the_side_first_and_a_why_after():
    r = _read("Samverkansgrupp barn",
              "Från Ekby deltar fortsättningsvis Sanna Pirinen i stället för Elin Borg, som har fått ny tjänst.",
              roster=_ROSTER)
    ms = _memberships(r)
    assert ("Sanna Pirinen", "Samverkansgrupp barn", "replace") in ms
    assert ("Elin Borg", "Samverkansgrupp barn", "leave") in ms


def test_chair_kept_another_year_is_a_duty_decided():
    r = _read("Lokal samverkansgrupp Ekby", "Gruppen beslutar att Maja Berg är ordförande även under 2026.",
              decisions=["Maja Berg är ordförande även under 2026"], roster=_ROSTER)
    assert any(a.assignees == ["Maja Berg"] and a.task.startswith("vara ordförande") for a in r.assignments)


def test_duty_taken_over_in_a_network_named_in_lower_case():
    r = _read("Samverkansgrupp barn",
              "Karin Ek tar över som sammankallande i nätverket för elevhälsans medicinska insats efter Jonas Berg.",
              roster=_ROSTER)
    ms = _memberships(r)
    assert ("Karin Ek", "Nätverket för elevhälsans medicinska insats", "replace") in ms
    assert ("Jonas Berg", "Nätverket för elevhälsans medicinska insats", "leave") in ms


def test_who_sees_to_a_task_given_to_others_in_brackets():
    r = _read("Samverkansgrupp barn",
              "  → Kommunerna kontrollerar att kontaktuppgifterna till socialjouren\n    stämmer i rutinen (SP påminner).",
              roster=_ROSTER)
    assert any(a.assignees == ["Sanna Pirinen"] and a.task.startswith("påminna") for a in r.assignments)


def test_seat_in_another_body_taken_for_the_kommuner_for_now():
    r = _read("Styrgrupp Kunskapsstyrning",
              "Kommunerna har lovat att utse en tillfällig representant. Karin Ek deltar tills vidare i Arbetsgrupp SIP "
              "som kommunernas representant.", roster=_ROSTER)
    assert ("Karin Ek", "Arbetsgrupp SIP", "join") in _memberships(r)
