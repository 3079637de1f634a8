"""A notes' closing decision log ("| Punkt | Beslut |") printed to PDF, whose text layer gives the header a cell a line
("Punkt" / "Beslut") and each row with spaces between point and decision: the log's rows, not one run-on decision
holding the rows and the line after them.
"""
from __future__ import annotations

from bench.formats import render_pdf
from tests.loaders.test_read_formats import facts

NOTES = """# Samverkansgrupp Barn och unga Åby

**Datum:** 3 mars 2027

**Närvarande:** Lina Forsberg (ordförande, Åby kommun), Oskar Lind (Ekby kommun), Amir Kaya (BUP, Region Norrby)

## 1. Skolfrånvaro
Gruppen beslutade att ta fram en gemensam modell för tidiga insatser vid skolfrånvaro.

## 2. SIP för barn
Gruppen beslutade att frågan lyfts till Styrgrupp Barn och unga Norrby.

## Beslutslogg

| Punkt | Beslut |
|---|---|
| 1 | Ta fram en gemensam modell för tidiga insatser vid skolfrånvaro |
| 2 | Frågan om SIP-kallelser lyfts till Styrgrupp Barn och unga Norrby |

Nästa möte: 14 april 2027
"""


def test_the_log_gives_no_decision_of_its_rows_run_together(tmp_path):
    path = tmp_path / "sg.pdf"
    render_pdf(NOTES, path)
    decisions = facts(path, tmp_path)["decisions"]
    assert decisions and not [d for d in decisions if "Nästa möte" in d or "Beslut" in d[:8]], decisions
