"""A lokal närvårdsgrupp's notes in the first person plural: "Vi ber styrgruppen … att ta fram …" is the group's decided
request to the body above it, and refers the matter there."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """# Lokal närvårdsgrupp Åby

**Minnesanteckningar från mötet 30 november 2026**

## Närvarande

| Namn | Funktion | Organisation |
|---|---|---|
| Helena Ek | verksamhetschef, ordförande | Region Norrby |
| Magnus Berg | MAS | Åby kommun |

### 1. Medicinteknik i hemmet
Vi saknar en tydlig ansvarsfördelning. Frågan är större än Åby.
Vi ber styrgruppen för nära vård i Region Norrby att ta fram en gemensam ansvarsfördelning för hela länet.

### 2. Uppdraget
Vi är tillsatta av styrgruppen för nära vård och lämnar en lägesrapport dit.
"""


def test_we_ask_the_steering_group_is_a_decision(tmp_path):
    f = load_text(tmp_path, "lng.md", NOTES)
    assert any(d.startswith("ber styrgruppen för nära vård") for d in f["decisions"]), f["decisions"]


def test_we_ask_the_steering_group_refers_the_matter_up(tmp_path):
    f = load_text(tmp_path, "lng.md", NOTES)
    assert ("Lokal närvårdsgrupp Åby", "Styrgrupp för nära vård i Region Norrby", "refers") in f["mandates"]


def test_we_ask_a_person_is_no_decision(tmp_path):
    f = load_text(tmp_path, "lng.md", NOTES.replace("styrgruppen för nära vård i Region Norrby att ta fram",
                                                    "Magnus Berg att ta fram"))
    assert not any(d.startswith("ber ") for d in f["decisions"])
