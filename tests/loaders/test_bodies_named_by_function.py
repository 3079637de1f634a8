"""Habits of collaboration minutes that name a body by its function in the definite form and tell who
leads it in a sentence of its own: "att uppdra åt tjänstemannaledningen att …" and "Sara Lind utgår ur
tjänstemannaledningen" where the minutes name no such body in full, its level given once ("den
sjukvårdsregionala tjänstemannaledningen"); "Anita Rask är sammankallande." after "Till beredningsgruppen utses
…"; "Karl Bremer adjungeras till beredningsgruppen som sekreterare"; "Som vice ordförande från årsskiftet väljs
X"; and "X utses till sammankallande för G under våren". Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from samverkan.graph.export import export_json
from tests.loaders.test_read_formats import load_text


def _levels(tmp_path: Path, name: str, text: str) -> dict[str, str | None]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "levels.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    return {o["name"]: o.get("level") for o in data["organizations"] if o.get("classification") == "group"}


NAMND = """PROTOKOLL
Samverkansnämnden för Norra sjukvårdsregionen

Sammanträdesdatum: 2026-02-13

Beslutande
Region Åsby: Eva Strand (S), ordförande; Per Holm (M)
Region Ekby: Lars Berg (C), vice ordförande; Anna Nord (KD)

Övriga närvarande
Karl Bremer, sjukvårdsregional samordnare, sekreterare
Sara Lind, hälso- och sjukvårdsdirektör, Region Ekby

§ 3 Rapport från tjänstemannaledningen
Sara Lind rapporterade från den sjukvårdsregionala tjänstemannaledningen. Tjänstemannaledningen bereder
nämndens ärenden och arbetar på uppdrag av nämnden.
Sara Lind utgår ur tjänstemannaledningen vid halvårsskiftet.
Nämnden beslutar
att lägga rapporten till handlingarna.

§ 4 Uppföljning av nivåstruktureringen
Nämnden beslutar
att uppdra åt tjänstemannaledningen att följa upp effekterna och återrapportera till nämnden i december 2026.

§ 5 Beredningsgrupp för läkemedelsfrågor
Nämnden inrättar en politisk beredningsgrupp för läkemedelsfrågor.
Till beredningsgruppen utses Per Holm (M) och Anna Nord (KD).
Anna Nord är sammankallande. Karl Bremer adjungeras till beredningsgruppen som sekreterare.
"""


def test_the_officials_leadership_named_by_its_function_is_a_body_that_takes_tasks(tmp_path):
    got = load_text(tmp_path, "svn.txt", NAMND)
    (task,) = [a for a in got["assignments"] if a[1].startswith("följa upp effekterna")]
    assert task[0] == ("Sjukvårdsregional tjänstemannaledning",)
    assert ("Samverkansnämnden för Norra sjukvårdsregionen", "Sjukvårdsregional tjänstemannaledning",
            "delegates") in got["mandates"]
    assert ("Sjukvårdsregional tjänstemannaledning", "Samverkansnämnden för Norra sjukvårdsregionen",
            "reports_to") in got["mandates"]


def test_one_leaving_the_officials_leadership_leaves_that_body(tmp_path):
    got = load_text(tmp_path, "svn.txt", NAMND)
    assert ("Sara Lind", "Sjukvårdsregional tjänstemannaledning", "leave") in got["memberships"]


def test_the_officials_leadership_keeps_the_level_of_its_kind_though_sjukvardsregional(tmp_path):
    assert _levels(tmp_path, "svn.txt", NAMND)["Sjukvårdsregional tjänstemannaledning"] == "strategisk"


def test_the_lead_named_after_an_appointment_is_decided_with_it(tmp_path):
    got = load_text(tmp_path, "svn.txt", NAMND)
    assert "Anna Nord är sammankallande" in got["decisions"]


def test_the_duty_one_is_adjoined_for_is_a_task_in_that_body(tmp_path):
    got = load_text(tmp_path, "svn.txt", NAMND)
    assert (("Karl Bremer",), "vara sekreterare i Beredningsgrupp för läkemedelsfrågor") in got["assignments"]


BEREDNING = """Minnesanteckningar – Tjänstemannaberedningen för vård och omsorg i Åsby län
Datum: 2026-02-03

Deltagare
Eva Strand, Region Åsby, ordförande
Per Holm, Ekby kommun
Lena Berg, Gårdby kommun
Olle Sand, processledare, antecknar

§ 1 Förändringar i beredningen
Som vice ordförande från årsskiftet väljs Lena Berg.
Olle Sand utses till sammankallande för arbetsgruppen för hemsjukvård under våren.
"""


def test_an_election_told_with_the_duty_first_after_som_is_decided(tmp_path):
    got = load_text(tmp_path, "tjb.txt", BEREDNING)
    assert "välja Lena Berg till vice ordförande från årsskiftet" in got["decisions"]


def test_one_appointed_for_a_term_is_decided_today_not_planned(tmp_path):
    got = load_text(tmp_path, "tjb.txt", BEREDNING)
    assert "utse Olle Sand till sammankallande för arbetsgruppen för hemsjukvård under våren" in got["decisions"]


TABLE = """# Minnesanteckningar – Tjänstemannaberedningen för vård och omsorg i Åsby län

**Datum:** 2026-02-03

## Deltagare

| Namn | Organisation | Funktion |
|---|---|---|
| Eva Strand | Region Åsby | hälso- och sjukvårdsdirektör, ordförande |
| Per Holm | Ekby kommun | socialchef |
| Olle Sand | Regionala samverkanssekretariatet | processledare, antecknar |

## 1. Inledning
Dagordningen godkändes.
"""


def test_one_a_secretariat_sends_who_antecknar_keeps_the_notes_and_holds_no_seat(tmp_path):
    got = load_text(tmp_path, "tjb.md", TABLE)
    assert not [m for m in got["memberships"] if m[0] == "Olle Sand" and m[2] == "member"]
    assert ("Per Holm", "Tjänstemannaberedningen för vård och omsorg i Åsby län", "member") in got["memberships"]


PREPARES = """# Minnesanteckningar – Tjänstemannaberedningen för vård och omsorg i Åsby län

**Datum:** 2026-02-03

## Deltagare
Eva Strand, Region Åsby, ordförande
Per Holm, Ekby kommun

## 1. Återkoppling från presidiet
Tjänstemannaberedningen bereder ärenden till Politiska samverkansberedningen och ansvarar inför den.
"""


def test_an_officials_body_preparing_the_matters_of_a_political_one_works_under_it(tmp_path):
    got = load_text(tmp_path, "tjb.md", PREPARES)
    assert ("Tjänstemannaberedningen för vård och omsorg i Åsby län", "Politiska samverkansberedningen",
            "reports_to") in got["mandates"]
