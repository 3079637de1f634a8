"""Phrasings of tasks in the minutes of the eighth round: a standing duty to report from the group's meetings
to another body, an answer promised to someone by a day, tasks to every member of a network; each read on a
small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts


def _load(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return facts(path, tmp_path)


REPORTS_FROM_MEETINGS = """Arbetsgrupp för läkemedelsgenomgångar
Minnesanteckningar tisdag 3 februari 2026

Sign.\tNamn\tFunktion\tHuvudman
KB\tKarin Berglund\tverksamhetschef, sammankallande\tRegion Norrby
PE\tPer Ek\tMAS\tÅby kommun

1. Uppdraget
Karin gick igenom uppdraget från Samverkansgruppen för vård och omsorg i Norrby.
KB återrapporterar från arbetsgruppens möten till samverkansgruppen.
PE rapporterar från kommunernas MAS-nätverk: rutinen är antagen i alla kommuner.
"""


def test_a_standing_report_from_the_groups_meetings_is_a_task(tmp_path):
    """"KB återrapporterar från arbetsgruppens möten till samverkansgruppen": the duty to carry the group's work
    on is a task; "rapporterar från kommunernas MAS-nätverk: …" tells the meeting what another body did."""
    f = _load(tmp_path, "ag.txt", REPORTS_FROM_MEETINGS)
    tasks = {t: who for who, t in f["assignments"]}
    assert any(t.startswith("återrapportera från arbetsgruppens möten till samverkansgruppen") and who == ("Karin Berglund",)
               for t, who in tasks.items()), f["assignments"]
    assert not any("MAS-nätverk" in t for t in tasks), f["assignments"]


ANSWER_BY_A_DAY = """Lokal närvårdsgrupp Åby
Minnesanteckningar tisdag 16 december 2025

Med på mötet: Karin Berglund (sammankallande), Per Ek och Lisa Holm.

1. Kartläggningen
Vi har inte kommit igång än. Per har frågat regionen om vi behöver stöd – Karin svarar honom före jul att vi klarar oss.
Lisa svarar på frågor om listan.
"""


def test_an_answer_promised_by_a_day_is_a_task(tmp_path):
    """"Karin svarar honom före jul att …": an answer promised to someone, by a day, is a task; "svarar på
    frågor" is said at the meeting."""
    f = _load(tmp_path, "nvg.txt", ANSWER_BY_A_DAY)
    assert any(who == ("Karin Berglund",) and t.startswith("svara honom före jul") for who, t in f["assignments"]), f["assignments"]
    assert not any(who == ("Lisa Holm",) for who, t in f["assignments"]), f["assignments"]
