"""Mailed notes sent to the body's mailing list, and a task given to a title held in one kommun.

"Till: Processteam vårdövergångar (sändlista)": the body that met, the list's kind in brackets no part of
its name. "MAS i Lövsta tar fram ett förslag …": the attendee who is MAS and comes from Lövsta kommun."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

MAILED = """Ämne: Anteckn. processteam 3/10
Från: Elvira Sandberg
Till: Processteam utskrivning (sändlista)

Hej alla,

här kommer anteckningarna från tisdagens möte, 3 oktober 2028 kl. 09.00–11.30 via Teams.

Med på mötet:
  Karin Öhlund (KÖ), processledare, Region Norrby – sammankallande
  Maja Lund (ML), biståndshandläggare, Åby kommun
  Ulrika Dahl (UD), MAS, Ekby kommun
  Sara Berg (SB), MAS, Åby kommun

1 – Förra mötet
Anteckningarna godkändes.

2 – Larm kvällstid
Larmen hanteras olika i kommunerna. MAS i Ekby tar fram ett förslag till gemensam rutin till nästa möte.

3 – Nästa möte
Tisdag 7 november kl. 09.00, Teams.

Hälsningar
Elvira Sandberg
"""


def test_notes_mailed_to_a_mailing_list_are_the_body_s_without_the_list_note(tmp_path):
    f = load_text(tmp_path, "anteckningar_2028-10-03.txt", MAILED)
    assert f["body"] == "Processteam utskrivning"


def test_a_task_to_a_title_in_one_kommun_is_the_attendee_holding_it_there(tmp_path):
    f = load_text(tmp_path, "anteckningar_2028-10-03.txt", MAILED)
    tasks = [(who, task) for who, task in f["assignments"] if "rutin" in task]
    assert tasks and all(who == ("Ulrika Dahl",) for who, _ in tasks)
