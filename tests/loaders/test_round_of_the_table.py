"""Notes of a local group read as a round of the table: each verksamhet's label on a line of its own with who
speaks for it in brackets, then what they told; a newcomer told of before a semicolon; a duty handed on in the
passive; a request to every local group of the kind, the group named by what it does."""
from __future__ import annotations

from samverkan.loaders.relations import _sentences, extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedDecision, ParsedItem, ParsedMinutes

ROUND = """Socialtjänsten (Jonas)
Ny organisation från 1 mars. Jonas blir kvar i gruppen men lämnar uppdraget som kontaktperson för
SIP-samordningen, som tas över av Pia Holm.

Psykiatrin (Olle)
Olle presenterade sig; han ersätter Lena Sand i gruppen under hennes föräldraledighet.
"""


def _minutes(body: str, title: str = "Runda bordet", group: str = "Lokal samverkan Ekeby") -> ParsedMinutes:
    people = [("Jonas Berg", "Ekeby kommun"), ("Olle Strand", "Region Ås"), ("Lena Sand", "Region Ås"),
              ("Pia Holm", "Ekeby kommun")]
    return ParsedMinutes(path="x.md", layout="numbered", body=group,
                         attendance=[AttendanceEntry(name=n, status="present", roles=["ledamot"], organisation=o)
                                     for n, o in people],
                         items=[ParsedItem(number="2", title=title, body=body)])


def test_a_round_label_is_a_sentence_of_its_own():
    sentences = _sentences(ROUND)
    assert "Psykiatrin (Olle)" in sentences
    assert any(s.startswith("Olle presenterade sig; han ersätter Lena Sand") for s in sentences)


def test_a_label_like_bracket_inside_prose_still_runs_on():
    assert _sentences("Vi diskuterade frågan med BUP (Eva)\nsom återkommer.") == [
        "Vi diskuterade frågan med BUP (Eva) som återkommer."]


def test_the_newcomer_told_of_before_a_semicolon_replaces_the_one_named():
    r = extract_relations(_minutes(ROUND))
    seats = {(m.person, m.group, m.change) for m in r.memberships}
    assert ("Olle Strand", "Lokal samverkan Ekeby", "replace") in seats
    assert ("Lena Sand", "Lokal samverkan Ekeby", "leave") in seats


def test_a_duty_taken_over_in_the_passive_is_a_task_of_the_one_taking_it():
    r = extract_relations(_minutes(ROUND))
    assert any(a.assignees == ["Pia Holm"] and a.task.startswith("ta över uppdraget som kontaktperson")
               for a in r.assignments)


def test_a_request_to_every_local_group_reaches_the_local_group_named_by_what_it_does():
    text = ("Samverkansgrupp vuxna har bett samtliga lokala samverkansgrupper att beskriva hur SIP används "
            "och att svara senast 15 januari.")
    r = extract_relations(_minutes(text, title="Uppdrag från Samverkansgrupp vuxna"))
    assert any(a.assignees == ["Lokal samverkan Ekeby"] and a.task.startswith("beskriva hur SIP används")
               for a in r.assignments)


def test_a_decision_proposing_that_a_matter_be_raised_is_a_referral_not_a_recommendation():
    m = _minutes("")
    m.decisions = [ParsedDecision(item="2", text="gruppen föreslår att frågan om konsultationstider lyfts till "
                                                 "Samverkansgrupp barn, så att den kan tas upp i maj", position=0, decided_by="Lokal samverkan Ekeby")]
    kinds = {(x.from_body, x.to_body, x.kind) for x in extract_relations(m).mandates}
    assert ("Lokal samverkan Ekeby", "Samverkansgrupp barn", "refers") in kinds
    assert not any(k == "recommends" for _, _, k in kinds)


def test_the_answer_to_a_request_sent_to_the_body_that_asked_is_a_line_of_report():
    text = ("Samverkansgrupp vuxna har bett samtliga lokala samverkansgrupper att beskriva hur SIP används. "
            "Jonas och Olle skriver Ekebys svar och skickar det till samverkansgruppen.")
    r = extract_relations(_minutes(text, title="Uppdrag från Samverkansgrupp vuxna"))
    assert ("Lokal samverkan Ekeby", "Samverkansgrupp vuxna", "reports_to") in {
        (m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_an_answer_sent_where_no_one_asked_is_no_line_of_report():
    r = extract_relations(_minutes("Olle skriver ett svar och skickar det till Styrgrupp vuxna.", title="Övrigt"))
    assert not [m for m in r.mandates if m.kind == "reports_to"]
