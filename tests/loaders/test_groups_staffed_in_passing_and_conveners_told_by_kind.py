"""Two habits of councils' protocols and working groups' notes: a council setting up a working group and naming
its members after a comma, its convener in brackets ("Rådet tillsätter redan nu en arbetsgrupp för X, bestående
av A, B och C (sammankallande)"), and a working group's notes telling who convenes it by the genitive of its kind
("Aino blir också gruppens sammankallande från januari"); each read on a small minutes of its own, loaded alone
into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "m.txt", text)


COUNCIL = """Kommunala funktionsrättsrådet, Ekby kommun
Protokoll 2025-11-24

Närvarande
Marie Holmqvist (S), ordförande
Jan-Erik Sundin, DHR Ekby
Ewa Kjellberg, SRF Ekby
Anders Jämtlid, Hörselskadades förening
Sanna Byström, tillgänglighetssamordnare

§ 35 Reglemente för rådet
Rådet tillsätter redan nu en arbetsgrupp för tillgänglig information, bestående av Ewa Kjellberg, Anders
Jämtlid och Sanna Byström (sammankallande).

Rådet beslutar
att föreslå kommunstyrelsen att anta reglementet.
"""

NOTES = """Arbetsgruppen för digitala vårdmöten
Minnesanteckningar 2026-11-12

Närvarande
Sanna Vikström Lind, sammankallande
Aino Oinonen
Rebecka Karaman
Jonas Ek

1. Gruppens sammansättning
Rebecka Karaman lämnar arbetsgruppen vid årsskiftet. Aino blir också gruppens sammankallande från januari,
efter Sanna.
"""


def test_a_group_the_council_sets_up_its_members_after_a_comma(tmp_path):
    """"Rådet tillsätter redan nu en arbetsgrupp för X, bestående av A, B och C (sammankallande)": the three join
    the new group, the council delegates to it, and the one in brackets is its convener."""
    f = _load(tmp_path, COUNCIL)
    group = "Arbetsgrupp för tillgänglig information"
    for who in ("Ewa Kjellberg", "Anders Jämtlid", "Sanna Byström"):
        assert (who, group, "join") in f["memberships"], f["memberships"]
    assert any(who == ("Sanna Byström",) and task.startswith("vara sammankallande")
               for who, task in f["assignments"]), f["assignments"]
    assert any(to == group and kind == "delegates" for _, to, kind in f["mandates"]), f["mandates"]


def test_a_convener_told_by_the_genitive_of_the_groups_kind(tmp_path):
    """"Aino blir också gruppens sammankallande från januari, efter Sanna": the duty of the one the first name
    points to in the roster."""
    f = _load(tmp_path, NOTES)
    assert any(who == ("Aino Oinonen",) and task.startswith("vara sammankallande")
               for who, task in f["assignments"]), f["assignments"]
