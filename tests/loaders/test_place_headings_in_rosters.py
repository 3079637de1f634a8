"""A roster whose kommuner's places stand alone on their lines over their people ("Åby:" / "Anders Holm, …"), as a PDF
sets a typed roster's "Åby:   Anders Holm, …": the people stay in the roster, under the status of their section."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


PLACE_HEADINGS = """Arbetsgrupp korttidsvistelse, Norrby län
Mötesanteckningar 2027-02-16

Närvarande
Åby:
Anders Holm, enhetschef Björkens korttidsboende (sammankallande)
Elin Torsson, biståndshandläggare
Ekby:
Sofia Nyg, enhetschef korttidsenheten
Förhinder
Ekby:
Ulla Torn, medicinskt ansvarig sjuksköterska

1. Läget i kommunerna
Åby: Anders sammanställer beläggningen och skickar den till Elin senast 1 mars.
"""


def test_a_place_alone_over_its_people_keeps_them_in_the_roster(tmp_path: Path) -> None:
    f = load_text(tmp_path, "ag_2027-02-16.txt", PLACE_HEADINGS)
    assert {(a[0], a[1]) for a in f["attendance"]} >= {("Anders Holm", "present"), ("Elin Torsson", "present"),
                                                        ("Sofia Nyg", "present"), ("Ulla Torn", "absent")}, f["attendance"]
    assert "Anders" not in f["persons"], f["persons"]
