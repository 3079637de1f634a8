"""A förening given a task by its kind alone ("Föreningen ska redovisa …") under a matter naming one förening
("Verksamhetsbidrag till Åby Företagarförening"): that förening has the task. Where the matter names two, none."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

PROTOCOL = """Kommunstyrelsens arbetsutskott, Åby kommun
Protokoll 2026-11-17

Närvarande: Eva Ek (S), ordförande; Per Lind (M)

§ 203 Justering
Per Lind utses att justera protokollet.

§ 204 Verksamhetsbidrag till {who}
Föreningen har ansökt om bidrag.
Arbetsutskottets beslut
1. Bidrag om 180 000 kronor beviljas för 2027.
2. Föreningen ska redovisa hur bidraget har använts till arbetsutskottet senast 2028-03-31.

§ 205 Nästa sammanträde
12 december.
"""


def test_the_forening_of_the_matter_has_the_task(tmp_path: Path) -> None:
    f = load_text(tmp_path, "ksau_2026-11-17.txt", PROTOCOL.format(who="Åby Företagarförening"))
    assert any(a == ("Åby Företagarförening",) and t.startswith("redovisa hur bidraget") for a, t in f["assignments"]), f["assignments"]


def test_two_foreningar_leave_it_to_none(tmp_path: Path) -> None:
    f = load_text(tmp_path, "ksau_2026-11-17.txt", PROTOCOL.format(who="Åby Idrottsförening och Ekby Hembygdsförening"))
    assert not any(t.startswith("redovisa hur bidraget") and "förening" in " ".join(a).casefold()
                   for a, t in f["assignments"]), f["assignments"]

