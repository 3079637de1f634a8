"""Tasks with no person in the sentence: units named by their kind ("Vårdcentralerna ansvarar för att …",
"Biståndsenheterna i kommunerna ser över …", "Socialpsykiatrin i respektive kommun ser över …"), the body that met
taking the work on itself ("Gruppen bestämde att själva ta fram …", "LSVO vill att vi ser över …"), a working
group on "vårt uppdrag", and an uppdrag granted "anstånd" in a decision."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

BODY = "Samverkansgrupp vuxna Tallmo"

NOTES = """\
Samverkansgrupp vuxna Tallmo
Minnesanteckningar 2026-11-04, kl. 13.00–15.00, Teams

Närvarande:
Klara Bengtsdotter, Region Norrby (ordförande)
Oskar Lind, Åby kommun
Malin Sjögren, Ekå kommun

1. Ansvar vid utskrivning
Vårdcentralerna ansvarar för att läkemedelslistan är uppdaterad vid utskrivning.
Biståndsenheterna i kommunerna ser över handläggningstiderna till nästa möte.
Socialpsykiatrin i respektive kommun ser över sina köer till boendestöd.

2. Enkät om överenskommelsen
Ledningsgruppen för vård och omsorg vill att vi ser över hur överenskommelsen följs i kommunerna.
Gruppen bestämde att själva ta fram en enkät till kommunerna i stället för att tillsätta en arbetsgrupp.

3. Arbetsgrupp boendestöd
Arbetsgruppen arbetar på vårt uppdrag och har lämnat sin delrapport.

4. Tidplan
Beslut: Arbetsgrupp boendestöd får anstånd med kartläggningen av väntetiderna till mötet i maj.
"""


def _tasks(tmp_path):
    return load_text(tmp_path, "sg_vuxna_tallmo_2026-11-04.txt", NOTES)


def test_units_by_their_kind_are_given_the_task(tmp_path):
    tasks = _tasks(tmp_path)["assignments"]
    assert (("Vårdcentralerna",), "ansvara för att läkemedelslistan är uppdaterad vid utskrivning") in tasks
    assert (("Biståndsenheterna",), "se över handläggningstiderna till nästa möte") in tasks
    assert (("Socialpsykiatrin",), "se över sina köer till boendestöd") in tasks


def test_the_body_that_met_takes_the_work_on_itself(tmp_path):
    tasks = _tasks(tmp_path)["assignments"]
    assert ((BODY,), "ta fram en enkät till kommunerna i stället för att tillsätta en arbetsgrupp") in tasks
    assert ((BODY,), "se över hur överenskommelsen följs i kommunerna") in tasks


def test_a_working_group_on_our_uppdrag_and_its_anstand(tmp_path):
    got = _tasks(tmp_path)
    assert (BODY, "Arbetsgrupp boendestöd", "delegates") in got["mandates"]
    assert any(who == ("Arbetsgrupp boendestöd",) and task.startswith("slutföra kartläggningen av väntetiderna")
               for who, task in got["assignments"])
