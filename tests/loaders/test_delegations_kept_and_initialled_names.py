"""Phrasings of minutes already annotated that the loaders missed: a standing delegation kept ("Delegationen till
ordföranden förlängs till och med …") whose matter the item told before it; each read on a small minutes of its own.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

KEPT = """Minnesanteckningar – Samrådsgruppen för kulturfrågor i Norrby län
Datum: 2026-03-12

Närvarande
Karin Öberg, Region Norrby, ordförande
Per Lind, Åby kommun
Sara Holm, Ekby kommun

1. Delegation att besvara remisser
Gruppen får många remisser med kort svarstid. Sedan 2024 har ordföranden haft delegation att besvara mindre remisser
på gruppens vägnar.
Beslut: Delegationen till ordföranden förlängs till och med den 31 december 2027.
"""


def test_a_delegation_kept_is_the_task_it_covers(tmp_path):
    """"Delegationen till ordföranden förlängs …": the chair's task, what it covers told the sentence before."""
    f = load_text(tmp_path, "kultur.txt", KEPT)
    assert any(t.startswith("besvara mindre remisser") and who == ("Karin Öberg",) for who, t in f["assignments"]), \
        f["assignments"]


INITIALLED = """AG NUTRITION – minnesant. 4/3 2027

Med:
 - Eva Lindgren (EL), dietist, Region Norrby – sammankallande
 - Per Holm (PH), enhetschef, Åby kommun
Ej med: Karl-Gustav Öhman, Ekby kommun

1. Laget runt
 * K-G Öhman lämnar gruppen i juni (pension).
 * PH skickar enkäten till EL.
"""


def test_a_double_given_name_by_its_initials_is_the_attendee(tmp_path):
    """"K-G Öhman lämnar gruppen": Karl-Gustav Öhman of the roster leaves, no person of his own."""
    f = load_text(tmp_path, "ag.txt", INITIALLED)
    assert any(m[0] == "Karl-Gustav Öhman" and "leave" in m for m in f["memberships"]), f["memberships"]
    assert not any("K-G" in str(m) for m in f["memberships"])
