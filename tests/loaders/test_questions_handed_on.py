"""A question the meeting hands on to another body, in the passive: the meeting's decision.

"Frågan skickas vidare till Processteam X", "Frågan remitteras till Ledningsgruppen för beredning", "Ärendet
hänskjuts till nämnden" decide as "Frågan lyfts till X" does; "Kallelsen skickas ut senast 19 november" and
"Protokollet skickas till ledamöterna" hand no question on to a body and decide nothing."""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """Minnesanteckningar Styrgrupp Nära vård 2027-01-14

Närvarande: Anna Berg, Lars Holm, Eva Ek

1. Övriga frågor
Anna Berg väckte frågan om digital tillsyn nattetid. {sentence}
"""


def _read(sentence: str):
    parsed = parse_minutes(NOTES.format(sentence=sentence), "anteckningar.txt")
    return parsed, extract_relations(parsed)


@pytest.mark.parametrize("sentence, decided, to", [
    ("Frågan skickas vidare till Processteam Trygg hemgång.",
     "skicka frågan om digital tillsyn nattetid vidare till Processteam Trygg hemgång",
     "Processteam Trygg hemgång"),
    ("Frågan remitteras till Arbetsgrupp hemsjukvård för beredning.",
     "remittera frågan om digital tillsyn nattetid till Arbetsgrupp hemsjukvård för beredning", "Arbetsgrupp hemsjukvård"),
    ("Ärendet hänskjuts till Styrgrupp Äldre.", "hänskjuta ärendet till Styrgrupp Äldre", "Styrgrupp Äldre"),
])
def test_a_question_handed_on_is_decided_and_referred(sentence, decided, to):
    parsed, rel = _read(sentence)
    assert [d.text for d in parsed.decisions] == [decided]
    assert ("Styrgrupp Nära vård", to, "refers") in [(m.from_body, m.to_body, m.kind) for m in rel.mandates]


@pytest.mark.parametrize("sentence", ["Kallelsen skickas ut senast 19 november.", "Protokollet skickas till ledamöterna.",
                                      "Förslaget remitteras."])
def test_what_is_sent_without_a_body_to_take_it_on_is_no_decision(sentence):
    parsed, _ = _read(sentence)
    assert parsed.decisions == []
