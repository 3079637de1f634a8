"""Notes written in a notes app open headings and lines with pictures ("# 📝 Styrgrupp X – möte …", "## 👥 Deltagare",
"📅 Nästa möte: …"): no word of the body's name, and a line of its own, not the end of the task before it.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """# 📝 Styrgrupp Äldres hälsa Åby – möte 4 december 2026

**Tid:** 09:00–11:00 · **Plats:** Teams

## 👥 Deltagare
- Anders Vik, Region Åsen, ordförande
- Katrin Ohlin, Åby kommun

## 1. Läkemedel
Frågan lyfts till Regional ledningsgrupp vård och omsorg (RLVO).

## 2. Övrigt
Anders informerade om läget. RLVO utser ny ordförande.

📅 Nästa möte: 5 februari 2027
"""


def test_a_picture_is_no_part_of_the_body_nor_of_the_task_before_it(tmp_path):
    f = load_text(tmp_path, "sg.md", NOTES)
    assert f["body"] == "Styrgrupp Äldres hälsa Åby"
    assert [task for _, task in f["assignments"]] == ["utse ny ordförande"]
