"""A title typed in capitals with a place after its dash ("OPERATIV ARBETSGRUPP BOENDE – EKMARKA"): the body that met is
named as the title is typed, without the place, and also goes by its name with the place, as a secretary typing the
title in ordinary case names it."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

NOTES = """# OPERATIV ARBETSGRUPP BOENDE – EKMARKA

Minnesanteckningar från möte 3 februari 2027, kl. 13.30–15.00, Teams

Närvarande: Eva Ek, Ekmarka kommun, Per Lund, Region Norrå, Kim Falk, Ekmarka kommun

1. Inledning
Eva hälsade välkommen. Dagordningen godkändes.

2. Rutin för boendestöd
Arbetsgruppen gick igenom rutinen för boendestöd. Per Lund tar fram ett förslag till nästa möte.
"""


def _met(data: dict) -> dict:
    (event,) = data["events"]
    return next(o for o in data["organizations"] if o["id"] == event["organization_id"])


def _names(org: dict) -> set[str]:
    return {org["name"]} | {n if isinstance(n, str) else n["name"] for n in org.get("other_names") or []}


def test_the_body_goes_by_its_name_with_the_title_place(tmp_path):
    body = _met(load_texts(tmp_path, {"ag_boende_aby_2027-02-03.md": NOTES}))
    assert body["name"].casefold() == "operativ arbetsgrupp boende"
    assert "Operativ arbetsgrupp boende – Ekmarka".casefold() in {n.casefold() for n in _names(body)}


def test_a_title_in_ordinary_case_gets_no_second_name(tmp_path):
    text = NOTES.replace("# OPERATIV ARBETSGRUPP BOENDE – EKMARKA", "# Operativ arbetsgrupp boende – Ekmarka")
    body = _met(load_texts(tmp_path, {"ag_boende_aby_2027-02-03.md": text}))
    assert "ekmarka" in body["name"].casefold()
    assert not [n for n in _names(body) if "–" in n and n != body["name"]]
