"""Habits of a unit's improvement team and of a project group's notes page: a förbättringsteam named as the body
that met ("Förbättringsteamet Tillgänglighet – Vårdcentralen X"); its members listed after "Teamet:" and the
region's processledare after a label of its own; a notes page titled by the kind's meeting and its number
("Projektgruppsmöte 7 – E-tjänst X"), which names the body by the kind and what follows the dash. Each read on
a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

TEAM = """Förbättringsteamet Tillgänglighet – Vårdcentralen Norrvik
Anteckningar från lärgruppsträff 3, torsdag 8 oktober 2026, kl. 12.30–13.30
Teamet: Eva Ek, distriktssköterska (teamledare); Olof Berg, specialist i allmänmedicin; Maja Lind, undersköterska
Processledare: Stina Holm, Enheten för kvalitet, Region Norrby
Ej närvarande: Åsa Nyberg, fysioterapeut
1. Mätningar
Andelen besvarade samtal är 70 %.
2. Nästa träff
22 oktober.
"""


def test_an_improvement_team_is_the_body_that_met(tmp_path: Path):
    got = load_text(tmp_path, "team.txt", TEAM)
    assert got["body"] == "Förbättringsteamet Tillgänglighet"


def test_the_team_label_lists_its_members_as_present(tmp_path: Path):
    got = load_text(tmp_path, "team.txt", TEAM)
    status = {name: s for name, s, _ in got["attendance"]}
    assert {n: status.get(n) for n in ("Eva Ek", "Olof Berg", "Maja Lind", "Åsa Nyberg")} == {
        "Eva Ek": "present", "Olof Berg": "present", "Maja Lind": "present", "Åsa Nyberg": "absent"}
    assert status.get("Stina Holm") == "guest"
    members = {p for p, g, _ in got["memberships"] if g == "Förbättringsteamet Tillgänglighet"}
    assert {"Eva Ek", "Olof Berg", "Maja Lind", "Åsa Nyberg"} <= members and "Stina Holm" not in members


PAGE = """# Projektgruppsmöte 4 – E-tjänst bostadsanpassning

| Egenskap | Värde |
| --- | --- |
| Datum | 3 november 2026 |
| Deltagare | @Lina Berg @Karl Holm |

## 1. Läget
@Lina Berg visade prototypen.

## 2. Nästa möte
1 december.
"""


def test_a_page_titled_by_the_kinds_meeting_names_the_body_after_the_dash(tmp_path: Path):
    got = load_text(tmp_path, "page.md", PAGE)
    assert got["body"] == "Projektgrupp E-tjänst bostadsanpassning"
    members = {p for p, g, _ in got["memberships"] if g == got["body"]}
    assert {"Lina Berg", "Karl Holm"} <= members
