"""A roster cell naming the office its holder has in the body that met ("regionråd, ordförande i medlemssamrådet" in
the minutes of "Medlemssamrådet, Samordningsförbundet X"): a role of hers at the meeting, no seat in another body."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes


def _read(seat_body):
    eva = AttendanceEntry(name="Eva Ek", status="present", roles=["ledamot"], title="regionråd",
                          organisation="Region Åby", seats=[("ordförande", seat_body)])
    parsed = ParsedMinutes(path="x.txt", layout="numbered", body="Medlemssamrådet, Samordningsförbundet Åby",
                           attendance=[eva], items=[ParsedItem(number="1", title="Öppnande", body="")])
    return parsed, extract_relations(parsed)


def test_the_office_in_the_body_that_met_is_her_role():
    parsed, r = _read("medlemssamrådet")
    assert r.memberships == []
    assert "ordförande" in parsed.attendance[0].roles


def test_an_office_in_another_body_is_a_seat_there():
    parsed, r = _read("LVO")
    assert [(m.person, m.group, m.role) for m in r.memberships] == [("Eva Ek", "LVO", "ordförande")]
    assert parsed.attendance[0].roles == ["ledamot"]
