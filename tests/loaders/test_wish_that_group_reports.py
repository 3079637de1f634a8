"""A body's wish that a group report to it reads as the group reporting to that body."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedItem, ParsedMinutes


def _mandates(text: str, body: str) -> set[tuple[str, str, str]]:
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=[],
                                        items=[ParsedItem(number="1", title="Återkoppling", body=text)], decisions=[]))
    return {(m.from_body.casefold(), m.to_body.casefold(), m.kind) for m in r.mandates}


def test_wish_reported_dit_goes_to_the_wishing_body():
    got = _mandates("Bodil återkopplade från Styrgruppen för nära vård Ekedal. Styrgruppen vill att de lokala närvårdsgrupperna från 2027 "
                    "rapporterar dit två gånger per år enligt en gemensam mall.", "Lokal närvårdsgrupp Ekedal")
    assert ("lokal närvårdsgrupp ekedal", "styrgruppen för nära vård ekedal", "reports_to") in got


def test_wish_with_named_recipient_and_work_between():
    got = _mandates("Styrgruppen vill att närvårdsgruppen under våren prövar en ny rutin och rapporterar "
                    "erfarenheterna till styrgruppen i juni.", "Lokal närvårdsgrupp Ekedal")
    assert ("lokal närvårdsgrupp ekedal", "styrgruppen", "reports_to") in got


def test_wish_without_a_report_or_for_a_person_is_no_mandate():
    for text in ("Styrgruppen vill att närvårdsgruppen tar fram en rutin före sommaren.",
                 "Styrgruppen vill att Tove Lind rapporterar till ledningsgruppen i juni."):
        assert not any(k == "reports_to" and f == "lokal närvårdsgrupp ekedal"
                       for f, _, k in _mandates(text, "Lokal närvårdsgrupp Ekedal")), text
