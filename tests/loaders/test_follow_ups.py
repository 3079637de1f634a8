"""A report-back in later minutes follows up the earlier task: loaded end to end from files."""
from __future__ import annotations

from pathlib import Path

import pytest

from samverkan import queries
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from factories import loaded_store

FIRST = """Minnesanteckningar
Arbetsgrupp Hemgång
Datum: 2025-03-04
Deltagare: Karin Lund (Tallviks kommun, sammankallande), Johan Berg (Region Norrby)

1. Representation
Ingen från Ekås kommun har deltagit sedan i höstas. Karin Lund kontaktar socialchefen i Ekås kommun om en representant i arbetsgruppen.

2. Checklista
Johan Berg tar fram ett utkast till checklista för hemgång till nästa möte.
"""

SECOND = """Minnesanteckningar
Arbetsgrupp Hemgång
Datum: 2025-04-08
Deltagare: Karin Lund (Tallviks kommun, sammankallande), Johan Berg (Region Norrby)

1. Återkoppling från förra mötet
Karin Lund har kontaktat socialchefen i Ekås kommun om en representant, svar väntas i maj.

2. Övrigt
Inga övriga frågor.
"""


@pytest.fixture()
def store(tmp_path):
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "ag_hemgang_2025-03-04.txt").write_text(FIRST, encoding="utf-8")
    (folder / "ag_hemgang_2025-04-08.txt").write_text(SECOND, encoding="utf-8")
    yield from loaded_store(tmp_path / "g.sqlite", folder)


def _tasks(store, name):
    return {(r.detail, r.status) for r in queries.run("person", store, name=name) if r.section == "assignment"}


def test_report_back_follows_up_the_earlier_task(store):
    tasks = _tasks(store, "Karin Lund")
    assert ("kontakta socialchefen i Ekås kommun om en representant i arbetsgruppen", "followed_up") in tasks


def test_a_task_nobody_reports_on_stays_open(store):
    assert ("ta fram ett utkast till checklista för hemgång till nästa möte", "open") in _tasks(store, "Johan Berg")


def test_gaps_list_only_the_task_not_followed_up(store):
    rows = [r for r in queries.run("gaps", store) if r.kind == "not_followed_up"]
    subjects = " ".join(r.subject for r in rows)
    assert "checklista" in subjects
    assert "socialchefen" not in subjects


def test_loading_the_later_minutes_alone_links_to_the_stored_earlier_ones(tmp_path):
    path = tmp_path / "g.sqlite"
    for name, text in (("a_2025-03-04.txt", FIRST), ("b_2025-04-08.txt", SECOND)):
        f = tmp_path / name
        f.write_text(text, encoding="utf-8")
        with NetworkxStore(path) as s:  # one load per file: the earlier task comes from the store
            load_paths([f], s)
    with NetworkxStore(path, writable=False) as s:
        assert ("kontakta socialchefen i Ekås kommun om en representant i arbetsgruppen", "followed_up") in _tasks(s, "Karin Lund")


def test_the_report_back_itself_is_reported_not_open(store):
    assert ("har kontaktat socialchefen i Ekås kommun om en representant, svar väntas i maj", "reported") in _tasks(store, "Karin Lund")


EARLIER_TASKS = """Närvårdsrådet Östra Tallmark
Protokoll från sammanträde 2025-09-25
Närvarande: Göran Viklund (Region Tallmark), Petter Alvedal (Region Tallmark), Maja Hedfors (Lövsjö kommun)

1 Läkemedelslistor
Beslut: Närvårdsrådet ger Petter Alvedal i uppdrag att ta fram en gemensam rutin för läkemedelslistor vid utskrivning.

2 Hemsjukvård
Beslut: Närvårdsrådet ger Maja Hedfors i uppdrag att kartlägga väntetiderna till hemsjukvården i Lövsjö kommun.

3 Övriga frågor
Inga övriga frågor.
"""


def test_a_done_row_of_a_follow_up_table_reports_back_on_the_earlier_task(tmp_path):
    """"Uppföljning av uppdrag" as an Uppdrag/Ansvarig/Status table whose task cells wrap over lines: the
    "Klart" row is the earlier task reported done (FOLLOWS_UP), not a new task; "Ej påbörjad" stays open."""
    later = Path(__file__).parent / "fixtures" / "unseen" / "notes" / "narvardsrad_ostra_tallmark_2025-11-27.txt"
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "narvardsrad_2025-09-25.txt").write_text(EARLIER_TASKS, encoding="utf-8")
    (folder / later.name).write_text(later.read_text(encoding="utf-8"), encoding="utf-8")
    for s in loaded_store(tmp_path / "g.sqlite", folder):
        done = _tasks(s, "Petter Alvedal")
        assert done == {("ta fram en gemensam rutin för läkemedelslistor vid utskrivning", "followed_up"),
                        ("ta fram en gemensam rutin för läkemedelslistor vid utskrivning", "reported")}
        assert ("sammanställa avvikelserna från trygghetslarmen", "open") in _tasks(s, "Sanna Krook")


@pytest.mark.parametrize("line", [
    "JB: utkastet till checklista för hemgång är klart.",
    "- Utkast till checklista för hemgång (Johan Berg): klart",
    "Utkastet till checklista för hemgång har tagits fram av Johan Berg."])
def test_work_reported_done_by_the_thing_done_follows_up_the_task(line, tmp_path):
    """Under "Återkoppling från förra mötet", the work told done by what was done and who did it ("JB:
    utkastet … är klart", "- Utkast … (Johan Berg): klart", "… har tagits fram av Johan Berg"): the earlier
    task is followed up, end to end through two minutes files."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "ag_hemgang_2025-03-04.txt").write_text(FIRST.replace("Johan Berg (Region", "Johan Berg (JB), (Region"),
                                                      encoding="utf-8")
    second = SECOND.replace("Karin Lund har kontaktat socialchefen i Ekås kommun om en representant, svar väntas i maj.",
                            line).replace("Johan Berg (Region", "Johan Berg (JB), (Region")
    (folder / "ag_hemgang_2025-04-08.txt").write_text(second, encoding="utf-8")
    for s in loaded_store(tmp_path / "g.sqlite", folder):
        assert ("ta fram ett utkast till checklista för hemgång till nästa möte", "followed_up") in _tasks(s, "Johan Berg")
