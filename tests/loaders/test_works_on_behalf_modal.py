"""A body on another's uppdrag that "ska lämna en delrapport dit" reports to it; "ska lämna förslag till" it
recommends to it instead (no reports_to)."""
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedItem, ParsedMinutes


def _mandates(text: str, body: str):
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=[],
                                        items=[ParsedItem(number="1", title="Ärende", body=text)], decisions=[]))
    return {(m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_report_still_to_come_is_reports_to():
    got = _mandates("Projektgruppen arbetar på uppdrag av Styrgrupp Barnahus och ska lämna en delrapport dit den 19 maj.",
                    "Projektgrupp kompetens")
    assert ("Projektgrupp kompetens", "Styrgrupp Barnahus", "reports_to") in got
    assert ("Styrgrupp Barnahus", "Projektgrupp kompetens", "delegates") in got


def test_report_to_named_body_with_modal():
    got = _mandates("Projektgruppen arbetar på uppdrag av Styrgrupp Barnahus och ska rapportera till styrgruppen i juni.",
                    "Projektgrupp kompetens")
    assert any(k == "reports_to" and f == "Projektgrupp kompetens" for f, _, k in got)


def test_proposals_are_no_report():
    got = _mandates("Rådet arbetar på uppdrag av kommunstyrelsen och ska lämna förslag till kommunstyrelsen om "
                    "informationen.", "Integrationsrådet, Åby kommun")
    assert not any(k == "reports_to" for _, _, k in got)
