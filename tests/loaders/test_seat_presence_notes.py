"""A roster by seat ("Organisation | Ledamot | Ersättare | Närvaro", or a förbund's "… | Anteckning") whose last cell
says in words who of the pair came or served: "Ledamot närvarande", "Ersättare tjänstgör", "Förhinder, ingen
tjänstgör"."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

MD = """# Folkhälsorådet Åby – protokoll

**Datum:** 2028-05-12

## Ledamöter och närvaro

| Organisation | Ledamot | Ersättare | Närvaro |
|---|---|---|---|
| Region Åby | Eva Ek (S), ordförande | Olle Berg (M) | Ledamot närvarande |
| Norrby kommun | Karin Lund (C) | Per Holm (S) | Ersättare tjänstgör |
| Ekby kommun | Sara Ström (S) | Nils Dahl (KD) | Förhinder, ingen tjänstgör |

## 1. Dagordning
Dagordningen godkänns.

## 2. Nästa möte
Nästa möte hålls 2028-10-06.
"""

TABS = """Räddningstjänstförbundet Åby
Protokoll – Direktionen
Sammanträdesdatum: 2028-06-08

Förbundsmedlem\tLedamot\tErsättare\tAnteckning
Åby kommun\tEva Ek (S), ordförande\tOlle Berg (M)\tLedamot tjänstgör
Norrby kommun\tKarin Lund (C)\tPer Holm (S)\tErsättare tjänstgör för ledamoten
Ekby kommun\tSara Ström (S)\tNils Dahl (KD)\tLedamot tjänstgör, ersättare närvarande

§ 1 Godkännande av dagordning
Direktionen beslutar att godkänna dagordningen.

§ 2 Information
Informationen läggs till handlingarna.
"""


def _status(f: dict) -> dict[str, str]:
    return {name: status for name, status, _ in f["attendance"]}


def test_presence_column_in_words_splits_the_pair(tmp_path: Path) -> None:
    st = _status(load_text(tmp_path, "folkhalsorad_aby_2028-05-12.md", MD))
    assert st["Eva Ek"] == "present" and st["Olle Berg"] == "absent"
    assert st["Karin Lund"] == "absent" and st["Per Holm"] == "present"
    assert st["Sara Ström"] == "absent" and st["Nils Dahl"] == "absent"


def test_anteckning_column_of_a_forbund_roster(tmp_path: Path) -> None:
    st = _status(load_text(tmp_path, "direktion_aby_2028-06-08.txt", TABS))
    assert st["Eva Ek"] == "present" and st["Olle Berg"] == "absent"
    assert st["Karin Lund"] == "absent" and st["Per Holm"] == "present"
    assert st["Sara Ström"] == "present" and st["Nils Dahl"] == "present"
