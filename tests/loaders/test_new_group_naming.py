"""A body the meeting sets up, named in full by its decision and in short by the item's title; its people
told in the sentences after; a body above named with and without the region it belongs to.

Each test reads small minutes of the kind a regional programområde or a samverkansgrupp writes."""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths

from tests.loaders.test_read_formats import facts

_RPO = """Minnesanteckningar
Regionalt programområde (RPO) hjärt- och kärlsjukdomar
Datum: 2025-10-09

Närvarande
Anders Holm, ordförande, Region Östby
Karin Lövgren, processledare, Region Östby
Sven Ahlqvist, Region Västby
Elin Bergkvist, Region Västby

1. Arbetsgrupp för hjärtsvikt
Beslut: RPO inrättar en arbetsgrupp för rehabilitering vid hjärtsvikt. Elin Bergkvist är sammankallande. \
Arbetsgruppen rapporterar till RPO vid varje möte.
Sven Ahlqvist och Anders Holm ingår i arbetsgruppen.

2. Nästa möte
4 december.
"""

_NEW = "Arbetsgrupp för rehabilitering vid hjärtsvikt"


def _write(tmp_path: Path, text: str, name: str = "rpo_2025-10-09.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _groups(path: Path, tmp_path: Path) -> list[str]:
    with NetworkxStore(tmp_path / "g.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    return sorted(o["name"] for o in data["organizations"] if o["id"].startswith("group:"))


def test_care_at_a_condition_is_part_of_a_new_groups_name(tmp_path):
    """"en arbetsgrupp för rehabilitering vid hjärtsvikt": the condition after "vid" names the group
    ("vid varje möte" after it stays when)."""
    f = facts(_write(tmp_path, _RPO), tmp_path)
    assert (f["body"], _NEW, "delegates") in f["mandates"]
    assert (_NEW, f["body"], "reports_to") in f["mandates"]


def test_the_items_title_naming_the_new_group_in_short_is_the_same_group(tmp_path):
    """"1. Arbetsgrupp för hjärtsvikt" over the decision that sets up "en arbetsgrupp för rehabilitering
    vid hjärtsvikt": one group, by the name the decision gives."""
    names = _groups(_write(tmp_path, _RPO), tmp_path)
    assert _NEW in names
    assert "Arbetsgrupp för hjärtsvikt" not in names


def test_the_convener_and_those_listed_after_sit_in_the_new_group(tmp_path):
    """"Elin Bergkvist är sammankallande." after the decision, and "Sven Ahlqvist och Anders Holm ingår i
    arbetsgruppen": seats in the group set up, not in the body that met."""
    f = facts(_write(tmp_path, _RPO), tmp_path)
    seats = {(p, g) for p, g, _ in f["memberships"]}
    assert {("Elin Bergkvist", _NEW), ("Sven Ahlqvist", _NEW), ("Anders Holm", _NEW)} <= seats
    assert ("Elin Bergkvist", f["body"], "join") not in f["memberships"]


def test_a_body_named_with_and_without_its_region_is_one_body(tmp_path):
    """"den regionala styrgruppen för kunskapsstyrning i Sjukvårdsregion Östra", then "den regionala
    styrgruppen för kunskapsstyrning" and "den regionala styrgruppen": one styrgrupp."""
    text = """Minnesanteckningar
Regionalt programområde (RPO) njursjukdomar
Datum: 2025-10-09

Närvarande
Anders Holm, ordförande, Region Östby
Karin Lövgren, processledare, Region Östby

1. Uppdrag
RPO arbetar på uppdrag av den regionala styrgruppen för kunskapsstyrning i Sjukvårdsregion Östra och \
rapporterar dit två gånger per år.

2. Målnivåer
RPO beslutade att föreslå den regionala styrgruppen för kunskapsstyrning att besluta om en gemensam målnivå.

3. Rapport från den regionala styrgruppen
Karin Lövgren informerade.
"""
    names = _groups(_write(tmp_path, text, "rpo_njur_2025-10-09.txt"), tmp_path)
    styr = [n for n in names if "styrgrupp" in n.casefold()]
    assert len(styr) == 1, styr


_NETWORK = """# Anteckningar – Strokenätverket Norrby

**Datum:** 12 november 2025
**Deltagare:**
- Lisa Holm, sjuksköterska, Norrby kommun (sammankallande)
- Per Sund, läkare, Norrby hälsocentral
- Eva Dahl, fysioterapeut, Norrby kommun
- Omar Said, arbetsterapeut, Norrby kommun

### 1. Gruppen för anhörigstöd
Eva berättade att gruppen för anhörigstöd har planerat vårens träffar.
Omar Said utgår ur gruppen från årsskiftet eftersom han byter tjänst.
Eva Dahl är fortsatt sammankallande för gruppen för anhörigstöd.

### 2. Rehabilitering
Nätverket beslutade att bilda en arbetsgrupp för uppföljning efter stroke.
I den nya gruppen ingår Lisa Holm, Per Sund och Eva Dahl. Per är sammankallande för arbetsgruppen.
Arbetsgruppen redovisar ett förslag till ny rutin på nätverkets möte i februari.
Jonas Berg, MAS, adjungeras till nätverket när registret följs upp under 2026.

### 3. Nästa möte
11 februari 2026.
"""


def _network(tmp_path: Path) -> dict:
    return facts(_write(tmp_path, _NETWORK, "strokenatverk_2025-11-12.md"), tmp_path)


def _in(f: dict, person: str, words: str, change: str | None = None) -> bool:
    return any(p == person and words in g.casefold() and (change is None or c == change) for p, g, c in f["memberships"])


def test_a_group_named_by_its_topic_alone_is_a_group_one_leaves_and_convenes(tmp_path):
    """"gruppen för anhörigstöd", "Omar Said utgår ur gruppen från årsskiftet", "Eva Dahl är fortsatt
    sammankallande för gruppen för anhörigstöd": a leave and a standing seat in that group."""
    f = _network(tmp_path)
    assert _in(f, "Omar Said", "för anhörigstöd", "leave")
    assert _in(f, "Eva Dahl", "för anhörigstöd", "member")
    assert not _in(f, "Omar Said", "strokenätverket", "leave")


def test_the_members_of_a_new_group_named_in_the_next_sentence(tmp_path):
    """"bilda en arbetsgrupp för uppföljning efter stroke. I den nya gruppen ingår A, B och C": the name
    goes on after "efter", and the people listed sit in it."""
    f = _network(tmp_path)
    new = "Arbetsgrupp för uppföljning efter stroke"
    assert (f["body"], new, "delegates") in f["mandates"]
    for p in ("Lisa Holm", "Per Sund", "Eva Dahl"):
        assert _in(f, p, new.casefold()), p


def test_one_adjoined_to_the_network_until_a_follow_up(tmp_path):
    """"Jonas Berg, MAS, adjungeras till nätverket när registret följs upp": joined to the body that met."""
    f = _network(tmp_path)
    assert ("Jonas Berg", f["body"], "join") in f["memberships"]


def test_a_political_working_group_set_up_by_the_board(tmp_path):
    """"Nämnden inrättar en politisk beredningsgrupp för högspecialiserad vård": the board gives it its work."""
    text = """PROTOKOLL
Samverkansnämnden för Norra sjukvårdsregionen

Sammanträdesdatum: 2025-11-28

Beslutande
Region Åby: Ingrid Sahl (S), ordförande; Magnus Ek (M)
Region Öby: Anita Rusk (KD)

§ 12 Beredningsgrupp för högspecialiserad vård
Nämnden inrättar en politisk beredningsgrupp för högspecialiserad vård.
Till beredningsgruppen utses Magnus Ek (M) och Anita Rusk (KD).
"""
    f = facts(_write(tmp_path, text, "svn_2025-11-28.txt"), tmp_path)
    groups = {t for _, t, k in f["mandates"] if k == "delegates"}
    assert any("beredningsgrupp för högspecialiserad vård" in g.casefold() for g in groups), f["mandates"]


def test_named_to_the_new_group_is_a_seat_and_no_duty(tmp_path):
    """"Till beredningsgruppen utses Magnus Ek (M) och Anita Rusk (KD)": seats in the group, no task
    "vara beredningsgruppen"; "rekommendera regionstyrelserna i Region Åby och Region Öby att …": each
    region's styrelse."""
    text = """PROTOKOLL
Samverkansnämnden för Norra sjukvårdsregionen

Sammanträdesdatum: 2025-11-28

Beslutande
Region Åby: Ingrid Sahl (S), ordförande; Magnus Ek (M)
Region Öby: Anita Rusk (KD)

§ 11 Nivåstrukturering
Nämnden beslutar
att rekommendera regionstyrelserna i Region Åby och Region Öby att fatta beslut om nivåstruktureringen.

§ 12 Beredningsgrupp för högspecialiserad vård
Nämnden inrättar en politisk beredningsgrupp för högspecialiserad vård.
Till beredningsgruppen utses Magnus Ek (M) och Anita Rusk (KD).
"""
    f = facts(_write(tmp_path, text, "svn_2025-11-28.txt"), tmp_path)
    assert not [t for _, t in f["assignments"] if t.startswith("vara beredningsgruppen")], f["assignments"]
    assert _in(f, "Magnus Ek", "beredningsgrupp för högspecialiserad vård")
    recommended = {t for _, t, k in f["mandates"] if k == "recommends"}
    assert {"Regionstyrelsen, Region Åby", "Regionstyrelsen, Region Öby"} <= recommended, f["mandates"]


def test_the_new_group_presents_its_work_at_the_networks_meeting(tmp_path):
    """"Arbetsgruppen redovisar ett förslag till ny rutin på nätverkets möte i februari": it reports to the
    network that set it up."""
    f = _network(tmp_path)
    assert ("Arbetsgrupp för uppföljning efter stroke", f["body"], "reports_to") in f["mandates"]
