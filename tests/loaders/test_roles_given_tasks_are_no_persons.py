"""A task given to a title in the definite form whose holder the minutes do not name ("Socialchefen får i uppdrag
att …") is a task of that role: no person named "Socialchefen" enters the store."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PROTOCOL = """\
Socialnämnden, Åby kommun
Protokollsutdrag 2028-06-13

Närvarande: Ingela Sand (S), ordförande; Rolf Åberg (M)

§ 41 Närvårdsrådet
Nämnden beslutar
att Socialchefen får i uppdrag att följa upp hur frågor om barn och unga hanteras i närvårdsrådet och återrapportera
till nämnden i juni 2029.
"""


def test_a_title_given_a_task_is_a_role(tmp_path):
    f = load_text(tmp_path, "sn_aby_utdrag_2028-06-13.txt", PROTOCOL)
    assert "Socialchefen" not in f["persons"], f["persons"]


NAMND = """\
Tekniska nämnden, Åby kommun
Protokoll 2026-11-18

Närvarande: Ola Berg (S), ordförande; Eva Lund (M)

§ 81 Förnyelseplan för VA-ledningar
Nämnden beslutar
att uppdra åt förvaltningen att ta fram en förnyelseplan för vatten- och avloppsledningar 2027–2036.
"""


def test_förvaltningen_of_a_nämnd_that_names_none_is_the_huvudmans_unit(tmp_path):
    tasks = load_text(tmp_path, "tn_aby_2026-11-18.txt", NAMND)["assignments"]
    assert (("Förvaltningen, Åby kommun",), "ta fram en förnyelseplan för vatten- och avloppsledningar 2027–2036") in tasks, tasks
