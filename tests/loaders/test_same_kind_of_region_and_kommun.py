"""Two bodies of one kind, one the region's and one a kommun's, each named with its place ("Ledningsgruppen för vård
och omsorg i Norrvik", "… i Sjömark" where Sjömark is the region): in one batch they stay two bodies, whichever the
minutes name first. The region's name after a body's name adds nothing only where no other place is named there."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_texts

KOMMUN = """Minnesanteckningar – Arbetsgrupp Trygg hemgång Norrvik
Datum: 2026-11-12, kl. 13.00–15.00
Plats: Norrviks vårdcentral

Närvarande:
Sara Holmgren, biståndshandläggare, Norrviks kommun, sammankallande
Mattias Nyberg, enhetschef hemtjänst, Norrviks kommun
Elin Sundqvist, distriktssköterska, Region Sjömark

1. Uppföljning av hemgångar
Elin Sundqvist redovisade oktobers hemgångar.
Arbetsgruppen rapporterar som tidigare till Ledningsgruppen för vård och omsorg i Norrvik.

2. Nästa möte
Nästa möte hålls 2026-12-10.
"""

REGION = """Nätverket för anhörigstöd i Sjömark
Minnesanteckningar 2026-11-26, kl. 09.30–12.00

Närvarande:
Birgitta Holm, anhörigkonsulent, Norrviks kommun, sammankallande
Jenny Hansson, kurator, Region Sjömark
Erik Strömqvist, enhetschef vuxenpsykiatri, Region Sjömark

1. Nätverkets uppdrag
Nätverket rapporterar till Ledningsgruppen för vård och omsorg i Sjömark en gång per år.

2. Nästa möte
Nästa möte hålls 2027-02-04.
"""


def _bodies(data: dict) -> dict[str, set[str]]:
    return {g["name"]: set(g.get("other_names", [])) for g in data["organizations"]
            if "ledningsgrupp" in g["name"].casefold()}


def _reports_to(data: dict) -> set[tuple[str, str]]:
    names = {g["id"]: g["name"] for g in data["organizations"]}
    return {(names[m["from_id"]], names[m["to_id"]]) for m in data.get("mandates", []) if m["classification"] == "reports_to"}


def test_the_kommun_body_named_first_stays_apart_from_the_regions(tmp_path: Path) -> None:
    data = load_texts(tmp_path, {"a_norrvik_2026-11-12.txt": KOMMUN, "b_natverk_2026-11-26.txt": REGION})
    bodies = _bodies(data)
    assert len(bodies) == 2, bodies
    assert not any("Sjömark" in n and "Norrvik" in " ".join(names) for n, names in bodies.items()), bodies
    reports = _reports_to(data)
    assert any(a.startswith("Arbetsgrupp Trygg hemgång") and b.endswith("i Norrvik") for a, b in reports), reports
    assert any(a.startswith("Nätverket för anhörigstöd") and b.endswith("i Sjömark") for a, b in reports), reports


def test_the_regions_body_named_first_stays_apart_from_the_kommuns(tmp_path: Path) -> None:
    data = load_texts(tmp_path, {"a_natverk_2026-11-26.txt": REGION, "b_norrvik_2026-11-12.txt": KOMMUN})
    assert len(_bodies(data)) == 2, _bodies(data)
