"""A taktisk grupp's minutes mark tasks "→ Åtgärd (ansvarig, datum): …"; the doers may be every side of the
collaboration at once: "(varje kommun och regionen, 2027-01-15)"."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

MINUTES = """Taktisk samverkansgrupp för psykisk hälsa – Region Norrby
Minnesanteckningar 2026-12-02

Närvarande
Per Ek, ordförande, Region Norrby
Niklas Sjö, ledamot, Åby kommun
Camilla Lund, ledamot, Ekby kommun

1. SIP-utbildning
→ Beslut: Tillsätta en arbetsgrupp för SIP-utbildning med en representant per huvudman.
→ Åtgärd (varje kommun och regionen, 2027-01-15): Anmäla en representant till arbetsgruppen till Per Ek.
"""


def test_each_kommun_and_the_region_are_the_doers(tmp_path):
    f = load_text(tmp_path, "tsg.txt", MINUTES)
    doers = next((who for who, task in f["assignments"] if task.startswith("anmäla en representant")), ())
    assert {"Åby kommun", "Ekby kommun", "Region Norrby"} <= set(doers), f["assignments"]
