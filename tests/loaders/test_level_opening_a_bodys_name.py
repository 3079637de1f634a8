"""A body's name opened by its level in small letters, as running text writes it: "Gruppen ger taktisk
samverkansgrupp barn och unga i uppdrag att …" gives that body the task, and the body that met mandates it. "En
taktisk samverkansgrupp" says what a body is, and "Någon lokal närvårdsgrupp finns inte" names none."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

NOTES = """Strategisk samverkansgrupp barn och unga Norrmark
Minnesanteckningar 2027-02-04

Närvarande:
Anna Berg, Region Norrmark, ordförande
Per Lund, Åby kommun
Eva Ek, Ekby kommun

1. Inledning
Dagordningen godkändes.

2. Rapport från taktisk samverkansgrupp barn och unga
Eva Ek rapporterade om arbetet med SIP i skolan.
Beslut: Gruppen ger taktisk samverkansgrupp barn och unga i uppdrag att ta fram en gemensam rutin för SIP när skolan är kallande part.

3. Lokal samverkan
Ekby har en taktisk samverkansgrupp för barn. Någon lokal närvårdsgrupp finns ännu inte i Åby.
"""


def test_a_level_in_small_letters_opens_the_name_of_the_body_given_the_task(tmp_path: Path) -> None:
    f = load_text(tmp_path, "sg_norrmark_2027-02-04.txt", NOTES)
    assert [(a, t[:20]) for a, t in f["assignments"] if "SIP" in t] == [(("Taktisk samverkansgrupp barn och unga",), "ta fram en gemensam ")], f["assignments"]
    assert ("Strategisk samverkansgrupp barn och unga Norrmark", "Taktisk samverkansgrupp barn och unga", "delegates") in f["mandates"], f["mandates"]


def test_what_a_body_is_and_a_body_that_is_not_name_no_body(tmp_path: Path) -> None:
    f = load_text(tmp_path, "sg_norrmark_2027-02-04.txt", NOTES)
    assert not any("närvårdsgrupp" in t.casefold() for _f, t, _k in f["mandates"]), f["mandates"]
