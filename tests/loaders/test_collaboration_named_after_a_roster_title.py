"""A political styrgrupp of several kommuner (a vuxenutbildning's, its roster a Kommun/Ledamot table) lists its
samordnare "Maja Ström, samordnare Vux Tallbygden, sekreterare": the collaboration she works for after her title, no
second person (a direktion's line of officials after their titles stays several people: test_board_minutes_readings)."""
from __future__ import annotations

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths

PROTOCOL = """# Protokoll

## Politiska styrgruppen för Vux Tallbygden

**Datum:** 2027-02-11, kl. 13.00–15.00
**Plats:** Tallby kommunhus

### Beslutande

| Kommun | Ledamot | Närvaro |
|---|---|---|
| Tallby kommun | Greta Holm (S), ordförande | Närvarande |
| Ekå kommun | Rune Vik (M) | Närvarande |
| Ås kommun | Lisa Wahl (C) | Närvarande |

### Tjänstepersoner

- Maja Ström, samordnare Vux Tallbygden, sekreterare

### § 4 Samverkansavtalet

**Beslut**

Styrgruppen beslutar

- att rekommendera kommunerna att förlänga samverkansavtalet till och med 2029-12-31.
"""


def test_the_samordnare_s_collaboration_is_no_person(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "styrgrupp_vux_tallbygden_2027-02-11.md").write_text(PROTOCOL, encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "m"], s)
        data = export_json(s.to_networkx())
    assert sorted(p["name"] for p in data["persons"]) == ["Greta Holm", "Lisa Wahl", "Maja Ström", "Rune Vik"]
