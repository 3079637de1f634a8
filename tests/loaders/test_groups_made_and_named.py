"""Groups made at the meeting and groups named again in short: a working group set up with its members
and its task in one decision, one of them appointed to lead it by a given name, and a body written
small in full once and by its level and kind later. Each on a small minutes loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


SKRIVGRUPP = """Minnesanteckningar Arbetsgruppen för elevhälsa
Datum: 2025-11-26

Närvarande: Linnea Åhs, Åby kommun; Omar Farah, Ekå kommun; Annika Ljungdahl, Region Norrby; Bo Ek, Ås kommun

1. Föregående anteckningar
Godkändes.

2. Rutin vid skolfrånvaro
Gruppen beslutade att delegera till en skrivgrupp med Linnea, Omar och Annika att ta fram ett utkast till gemensam
rutin vid skolfrånvaro. Omar utses till sammankallande i skrivgruppen. Utkastet redovisas för arbetsgruppen i februari.
"""


def test_a_group_set_up_with_its_members_and_its_task_in_one_decision(tmp_path):
    """"delegera till en skrivgrupp med Linnea, Omar och Annika att ta fram …": a new group, named after the item
    it is made under, whose three members join it and, with it, take the task."""
    f = load_text(tmp_path, "ag.txt", SKRIVGRUPP)
    groups = {g for _, g, _ in f["memberships"] if g.casefold().startswith("skrivgrupp")}
    assert len(groups) == 1, f["memberships"]
    (grp,) = groups
    assert "skolfrånvaro" in grp
    assert {p for p, g, _ in f["memberships"] if g == grp} == {"Linnea Åhs", "Omar Farah", "Annika Ljungdahl"}
    task = [who for who, t in f["assignments"] if t.startswith("ta fram ett utkast")]
    assert task and set(task[0]) == {"Linnea Åhs", "Omar Farah", "Annika Ljungdahl", grp}, f["assignments"]
    assert (f["body"], grp, "delegates") in f["mandates"], f["mandates"]


def test_one_appointed_by_a_given_name_keeps_it(tmp_path):
    """"Omar utses till sammankallande i skrivgruppen": Omar Farah is to call the group together (the decision once
    read as "utse omar …", a task of the body that met)."""
    f = load_text(tmp_path, "ag.txt", SKRIVGRUPP)
    assert any(who == ("Omar Farah",) and "sammankallande" in t for who, t in f["assignments"]), f["assignments"]
    assert not any("utse omar" in t.casefold() for _, t in f["assignments"]), f["assignments"]


NARVARD = """anteckn delregional ledningsgrupp närvård tjärnås
ons 12/11 -25 kl 13-15, teams

närv:
Karin Berg ordf, socialchef Åby
Nadia Lund Ekå kn, avd chef IFO
Per Holm regionen, psykiatrin

1. förra anteckn.
godkändes utan synpkt
(påminnelse: ag SIP rapporterar till DLG, inte direkt till regionala styrgruppen)

2. första linjen
Frågan om gemensam första linje lyfts till regionala styrgruppen för närvård Norrby, ingen här har mandat.

3. ledamöter
Karin avgår som repr i regionala styrgruppen efter 4 år.
Beslut: Nadia väljs som ny repr i regionala styrgruppen fr o m 1/1.
"""


def test_a_body_written_small_in_full_then_by_its_level_and_kind(tmp_path):
    """"regionala styrgruppen" before and after "regionala styrgruppen för närvård Norrby": one body, whose seats
    change."""
    f = load_text(tmp_path, "dlg.txt", NARVARD)
    seats = {(p, g) for p, g, _ in f["memberships"] if p in ("Karin Berg", "Nadia Lund") and "styrgrupp" in g.casefold()}
    assert {p for p, _ in seats} == {"Karin Berg", "Nadia Lund"}, f["memberships"]
    assert {g for _, g in seats} == {"Regional styrgrupp för närvård Norrby"}, seats
