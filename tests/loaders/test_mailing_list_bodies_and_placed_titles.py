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


TEAM = """Processteam utskrivning – anteckningar 2028-10-03

Närvarande: Karin Öhlund, processledare, Region Norrby; Maja Lund, biståndshandläggare, Åby kommun

1 – Förra mötet
Anteckningarna godkändes.

2 – Nytt mandat
Karin berättade att RLG (Ledningsgruppen för samverkan i Norrby) den 27/9 delegerat till oss att själva fastställa
lokala utskrivningsrutiner. Det vi fastställer redovisas för RLG i tertialrapporten.

3 – Nästa möte
Tisdag 7 november.
"""


def test_an_acronym_defined_by_the_body_named_after_it_delegates_to_us(tmp_path):
    """"RLG (Ledningsgruppen för samverkan i Norrby) … delegerat till oss att …": the body the acronym stands for
    delegates to the body that met, which reports back to it."""
    f = load_text(tmp_path, "pt_2028-10-03.txt", TEAM)
    assert ("Ledningsgruppen för samverkan i Norrby", "Processteam utskrivning", "delegates") in f["mandates"]
    assert ("Processteam utskrivning", "Ledningsgruppen för samverkan i Norrby", "reports_to") in f["mandates"]
