"""The body that prepares another's matters, told in the passive ("Ärenden till ägarrådet bereds av
kommundirektörsgruppen"): it reports to that body; one matter prepared by an administration is no such line."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes


def _mandates(text, body="Ägarrådet Åbyvatten AB"):
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body,
                                        attendance=[AttendanceEntry(name="Eva Ek", status="present", roles=["ledamot"],
                                                                    organisation="Åby kommun")],
                                        items=[ParsedItem(number="15", title="Ägardirektiv", body=text)]))
    return [(m.from_body.casefold(), m.to_body, m.kind) for m in r.mandates]


def test_the_preparing_body_reports_to_the_one_it_prepares_for():
    assert ("kommundirektörsgruppen", "Ägarrådet Åbyvatten AB", "reports_to") in _mandates(
        "Ärenden till ägarrådet bereds av kommundirektörsgruppen, där de tre ägarkommunernas kommundirektörer ingår.")


def test_one_matter_prepared_gives_no_line():
    assert _mandates("Ärendet bereds av förvaltningen till nästa möte.") == []
