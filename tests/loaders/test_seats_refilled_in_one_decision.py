"""A fyllnadsval told in one decision of a nämnd's protocol: "Nämnden entledigar A (SD) från uppdraget som
ersättare i arbetsutskottet och väljer i hans ställe B (SD) till ny ersättare för tiden till och med …": the new
holder's seat is in the body the released one left, and it is her duty, decided.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts

PROTOCOL = """Primärvårdsnämnden, Region Ekby
Protokoll 2026-11-25

Närvarande ledamöter
Karin Ström (S), ordförande
Per Viklund (M), vice ordförande
Mira Olsson Fjäll (SD)

§ 145 Fyllnadsval av ersättare i arbetsutskottet
Roger Lindqvist (SD) har begärt att få lämna uppdraget som ersättare i primärvårdsnämndens arbetsutskott.

Primärvårdsnämndens beslut
Nämnden entledigar Roger Lindqvist (SD) från uppdraget som ersättare i arbetsutskottet och väljer i hans ställe
Mira Olsson Fjäll (SD) till ny ersättare för tiden till och med 2026-12-31.
"""


def test_the_new_holder_takes_the_seat_the_released_one_left(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(PROTOCOL, encoding="utf-8")
    f = facts(path, tmp_path)
    assert any(who == "Mira Olsson Fjäll" and "arbetsutskott" in group.casefold() and change in ("join", "replace")
               for who, group, change in f["memberships"]), f["memberships"]
    assert any(who == ("Mira Olsson Fjäll",) and task.startswith("vara ersättare") for who, task in f["assignments"]), \
        f["assignments"]
