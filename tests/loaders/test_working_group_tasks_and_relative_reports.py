"""A working group's notes telling tasks and the lines between bodies in passing: "Det blev också bestämt att …"
is a decision, "Vi kom fram till att X behöver …" is not; a unit named by what it is for ("Avdelningen för …")
is given a task; "Sekreteraren" / "Antecknaren" is the meeting's secretary even where a "socialsekreterare"
sits too; a body named in a clause reports where its relative clause says ("…, som redovisar sitt arbete till
samverkansgruppen", "förbundets beredningsgrupp, som i sin tur svarar inför förbundsstyrelsen"). Each read on a
small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

GROUP = "Arbetsgrupp trygga övergångar i Norrvik"
HEAD = f"""MINNESANTECKNINGAR
{GROUP}
Tisdagen den 9 mars 2027, kl. 13.00-15.00, Teams

Deltagare
Klara Ödman, samordnare, Norrviks kommun, sammankallande
Bertil Sand, socialsekreterare, Åsby kommun
Greta Fors, kurator, Region Norrvik
Hugo Lind, utvecklingsledare, Norrviks kommun, antecknar

1. Ärenden
Greta Fors berättade om läget i kommunerna.
"""


def _load(tmp_path: Path, body: str) -> dict:
    return load_text(tmp_path, "ag.txt", HEAD + body + "\n\nNästa möte: 4 maj 2027.\n")


def test_it_was_decided_told_without_the_body_is_a_decision(tmp_path):
    got = _load(tmp_path, "Vi gick igenom rutinen. Det blev också bestämt att rutinen skickas på remiss till "
                          "socialcheferna.")
    assert any(d.startswith("rutinen skickas på remiss") for d in got["decisions"]), got["decisions"]


def test_a_need_the_group_found_is_no_decision(tmp_path):
    got = _load(tmp_path, "Flera kliniker saknar ombud. Vi kom fram till att verksamhetscheferna i regionen behöver påminnas.")
    assert not any("påminnas" in d for d in got["decisions"]), got["decisions"]


def test_a_unit_named_by_what_it_is_for_is_given_the_task(tmp_path):
    got = _load(tmp_path, "Det blev bestämt att Avdelningen för vård och stöd får i uppgift att sammanställa en "
                          "lista över kontaktpersoner.")
    tasks = {who: task for who, task in got["assignments"]}
    assert any(task.startswith("sammanställa en lista") for who, task in tasks.items()
               if who == ("Avdelningen för vård och stöd",)), got["assignments"]


def test_the_secretary_by_role_is_the_one_who_keeps_the_notes_not_the_socialsekreterare(tmp_path):
    got = _load(tmp_path, "Frågan om statistik kvarstår. Antecknaren lägger in den som egen punkt på nästa möte. "
                          "Sekreteraren skickar ut minnesanteckningarna till alla kommuner.")
    who = {task.split()[0] + " " + task.split()[1]: names for names, task in got["assignments"]}
    assert who.get("lägga in") == ("Hugo Lind",), got["assignments"]
    assert who.get("skicka ut") == ("Hugo Lind",), got["assignments"]


def test_a_body_named_in_a_clause_reports_where_its_relative_clause_says(tmp_path):
    got = _load(tmp_path, "Gruppen ansvarar i sin tur för Arbetsgrupp hemgång, som redovisar sitt arbete till "
                          "Styrgrupp Nära vård två gånger per år.")
    assert ("Arbetsgrupp hemgång", "Styrgrupp Nära vård", "reports_to") in got["mandates"], got["mandates"]


def test_the_forbunds_body_by_its_kind_is_the_body_of_the_one_forbund_named(tmp_path):
    got = _load(tmp_path, "Samordningsförbundet Norrvik har startat en ny insats. Insatsen styrs av förbundets "
                          "beredningsgrupp, som i sin tur svarar inför förbundsstyrelsen.")
    assert any(a == "Beredningsgruppen, Samordningsförbundet Norrvik" and kind == "reports_to"
               for a, b, kind in got["mandates"]), got["mandates"]
