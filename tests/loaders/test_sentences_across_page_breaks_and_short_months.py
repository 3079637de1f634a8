"""Minutes copied as a PDF's text: a sentence a page break cuts, the page's running header and the blank lines
around it between its two parts, is one sentence again (its due day with it); a table of tasks whose När column
shortens the month without a full stop or a year ("11 feb") gives that day."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_texts

MINUTES = """\
ÅSEDA KOMMUN                                         MINNESANTECKNINGAR
Trygghetsrådet                                       2031-11-12            1 (2)

Närvarande: Karin Bergström, Olle Nyqvist, Sanna Lindahl

1. Trygghetsvandring i centrum
Olle Nyqvist presenterade rapporten. Den bygger på
vandringen i oktober och har tre områden: belysning, buskage
och cykelvägar. Rådet hade synpunkter på att skolvägarna
saknas.
Rådet beslutade att ställa sig bakom rapporten från trygghetsvandringen.

Sanna Lindahl får i uppdrag att sammanställa åtgärderna och skicka

ÅSEDA KOMMUN                                         MINNESANTECKNINGAR
Trygghetsrådet                                       2031-11-12            2 (2)

dem till tekniska nämnden senast den 4 december.

2. Åtgärdslista
Vad                                          Vem                 När
Karta över otrygga platser                   Olle Nyqvist        11 feb
"""


def _tasks(tmp_path: Path) -> dict[str, str | None]:
    data = load_texts(tmp_path, {"trygghetsrad_aseda_2031-11-12.txt": MINUTES})
    return {a["task"]: a.get("due_date") for a in data["assignments"]}


def test_a_sentence_cut_by_a_page_head_keeps_its_second_part_and_its_day(tmp_path):
    tasks = _tasks(tmp_path)
    whole = [t for t in tasks if t.startswith("sammanställa åtgärderna")]
    assert whole and "tekniska nämnden" in whole[0], tasks
    assert tasks[whole[0]] == "2031-12-04"


def test_a_month_shortened_without_a_stop_in_a_tasks_when_column(tmp_path):
    tasks = _tasks(tmp_path)
    row = [t for t in tasks if "otrygga platser" in t]
    assert row and tasks[row[0]] == "2032-02-11", tasks
