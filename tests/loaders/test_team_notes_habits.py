"""Habits of a process team's or a local group's notes: a roster on one line with its people apart by a dash
("Närvarande: Lisa Ek, Region X, processledare – Karl Berg, Åby kommun – …"); the team agreeing on a thing
("Teamet enades om en gemensam utbildning …"); a round of the kommuner whose line tells the news and then,
past a semicolon, the kommun's task without its subject ("Åby: Stor personalomsättning; tar fram …"); the
kommuner of the region as a subject ("Länets kommuner behöver säkerställa …") and asked in the passive with an
adverbial before the verb ("… uppmanas att i budgetarbetet för 2027 beakta …"). Each read on a small minutes of
its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts

TEAM = """Processteam Trygg hemgång – anteckningar
14 oktober 2026 kl. 13.00–15.00 · Tallnäs, Stadshuset, rum Ek
Närvarande: Vera Stål, Region Ekby, processledare (leder mötet) – Olle Nord, Tallnäs kommun – Greta Holm, Byns kommun – Håkan Lind, Region Ekby, geriatriken
Anmält förhinder: Pia Berg, Åby kommun
Sekreterare: Håkan Lind
1. Uppföljning
Vera gick igenom läget för utskrivningarna under september.
{extra}
2. Övrigt
Nästa möte: 9 december 2026.
"""


def _load(tmp_path: Path, text: str, name: str = "team.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return facts(path, tmp_path)


def _tasks_of(got: dict, *who: str) -> list[str]:
    return [task for names, task in got["assignments"] if names == tuple(sorted(who))]


def test_a_roster_with_its_people_apart_by_a_dash(tmp_path):
    got = _load(tmp_path, TEAM.format(extra=""))
    present = {name for name, status, _ in got["attendance"] if status == "present"}
    assert {"Vera Stål", "Olle Nord", "Greta Holm", "Håkan Lind"} <= present
    members = {p for p, g, change in got["memberships"] if g == "Processteam Trygg hemgång"}
    assert {"Olle Nord", "Greta Holm"} <= members


def test_the_team_agreeing_on_a_thing_is_a_decision(tmp_path):
    got = _load(tmp_path, TEAM.format(extra="Teamet enades om en gemensam utbildning i SIP för chefer våren 2027."))
    assert any(d.startswith("en gemensam utbildning i SIP för chefer") for d in got["decisions"]), got["decisions"]


ROUND = """Processteam Trygg hemgång – anteckningar
14 oktober 2026 kl. 13.00–15.00
Närvarande: Vera Stål, Region Ekby; Olle Nord, Åby kommun; Greta Holm, Byns kommun
1. Inledning
Vera hälsade välkommen.
2. Kommunrunda
• Åby: Stor personalomsättning i hemtjänsten; tar fram en introduktion om SIP för nyanställda.
• Byn: Inget nytt sedan förra mötet.
3. Uppföljning
Länets kommuner behöver säkerställa att planerna följs upp inom överenskommen tid.
Regionen och länets kommuner uppmanas att i budgetarbetet för 2027 beakta analysen.
"""


def test_a_kommuns_task_after_its_news_in_a_round(tmp_path):
    got = _load(tmp_path, ROUND)
    assert _tasks_of(got, "Åby kommun") == ["ta fram en introduktion om SIP för nyanställda"]


def test_the_kommuner_of_the_region_as_a_subject(tmp_path):
    got = _load(tmp_path, ROUND)
    assert any("säkerställa att planerna följs upp" in task and "kommunerna i Ekby" in names
               for names, task in got["assignments"]), got["assignments"]


def test_asked_in_the_passive_with_an_adverbial_before_the_verb(tmp_path):
    got = _load(tmp_path, ROUND)
    assert any(task.startswith("beakta analysen") and "Region Ekby" in names and "Åby kommun" in names
               for names, task in got["assignments"]), got["assignments"]


LOCAL = """LOKAL SAMVERKANSGRUPP ÅBY
Minnesanteckningar

Mötesdatum:   2026-08-27, kl. 13.15–15.30

Närvarande
  Åby kommun
    Eva Lund, äldreförvaltningen, ordförande
    Per Berg, socialförvaltningen
  Region Ekby
    Anna Ek, vårdcentralen Norr
    Karl Sand, närsjukvården
  Anteckningar
    Lisa Holm, Åby kommun

1.  Mötet öppnas
    Eva öppnade mötet.

2.  Gruppens sammansättning
    Karl Sand lämnar gruppen vid årsskiftet; regionen utser ersättare.
"""


def test_the_note_keeper_under_a_heading_of_her_own_in_the_roster_is_no_member(tmp_path):
    got = _load(tmp_path, LOCAL)
    members = {p for p, g, change in got["memberships"] if change == "member" and "Åby" in g and "kommun" not in g}
    assert {"Eva Lund", "Per Berg", "Anna Ek", "Karl Sand"} <= members
    assert "Lisa Holm" not in members


def test_a_huvudmans_task_after_a_semicolon(tmp_path):
    got = _load(tmp_path, LOCAL)
    assert _tasks_of(got, "Region Ekby") == ["utse ersättare"], got["assignments"]


def _presenters(tmp_path: Path, text: str) -> dict[str, list[str]]:
    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    path = tmp_path / "presenters.txt"
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "p.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    n = {p["id"]: p["name"] for p in data["persons"]}
    (event,) = data["events"]
    return {i.get("number"): [n[p] for p in i.get("presenter_ids") or []] for i in event["agenda"]}


def test_who_reports_after_a_while_has_a_task_and_presents_nothing(tmp_path):
    text = ROUND.replace("Vera hälsade välkommen.", "Vera hälsade välkommen. Olle redovisar antalet SIP:ar efter tre månader.")
    assert "Olle Nord" not in _presenters(tmp_path, text)["1"]
    assert _tasks_of(_load(tmp_path, text), "Olle Nord")
