"""Habits of a process team's or a local group's notes: a roster on one line with its people apart by a dash
("Närvarande: Lisa Ek, Region X, processledare – Karl Berg, Åby kommun – …"). Each read on a small minutes of
its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts

TEAM = """Processteam Trygg hemgång – anteckningar
14 oktober 2026 kl. 13.00–15.00 · Tallnäs, Stadshuset, rum Ek
Närvarande: Vera Stål, Region Ekby, processledare (leder mötet) – Olle Nord, Tallnäs kommun – Greta Holm, Byns kommun – Håkan Lind, Region Ekby, geriatriken
Anmält förhinder: Pia Berg, Åby kommun
Sekreterare: Håkan Lind
1. Uppföljning
Vera gick igenom läget för utskrivningarna under september.
{extra}
2. Övrigt
Nästa möte: 9 december 2026.
"""


def _load(tmp_path: Path, text: str, name: str = "team.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return facts(path, tmp_path)


def _tasks_of(got: dict, *who: str) -> list[str]:
    return [task for names, task in got["assignments"] if names == tuple(sorted(who))]


def test_a_roster_with_its_people_apart_by_a_dash(tmp_path):
    got = _load(tmp_path, TEAM.format(extra=""))
    present = {name for name, status, _ in got["attendance"] if status == "present"}
    assert {"Vera Stål", "Olle Nord", "Greta Holm", "Håkan Lind"} <= present
    members = {p for p, g, change in got["memberships"] if g == "Processteam Trygg hemgång"}
    assert {"Olle Nord", "Greta Holm"} <= members
