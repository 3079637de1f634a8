"""A steering group's protocol and a samverkansgrupp's notes by other secretaries: an empty seat named by a
compound ("Ersättarplatsen för Åby kommun är vakant sedan Eva Ek slutade i april"), which is the huvudman's seat and
the leaving of its last holder, never a body named "Åby kommun"; a new member told with the side she sits for and her
title after her name ("Till ny ledamot för Öby kommun har kommunen utsett Moa Lund, avdelningschef, från och med
2027-04-01"); and a working body named by a harm and the setting it happens in ("Arbetsgrupp våld i nära
relationer"), the whole of which is its name. Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text, load_texts

STYRGRUPP = """PROTOKOLL

Styrgrupp Trygghet
Sammanträdesdatum: 2027-03-09
Plats: Kommunhuset, Åby

Beslutande ledamöter
  Karin Ahl, socialchef, Åby kommun, ordförande
  Per Lind, socialchef, Öby kommun
  Siv Berg, verksamhetschef, Region Norr

1. Styrgruppens sammansättning

Öby kommun har meddelat att Per Lind lämnar styrgruppen efter detta möte. Till ny ledamot för Öby kommun har kommunen utsett Moa Lund, avdelningschef individ- och familjeomsorg, från och med 2027-04-01.
Ersättarplatsen för Åby kommun är vakant sedan Eva Ek slutade i april.

Styrgruppen beslutar
att notera förändringarna.

2. Arbetsgrupp

Styrgruppen beslutar
att inrätta Arbetsgrupp våld i nära relationer med en representant från varje kommun,
att ge Arbetsgrupp våld i nära relationer i uppdrag att ta fram ett utkast till handlingsplan,
att Siv Berg är sammankallande i arbetsgruppen.
"""


def test_a_new_member_told_with_her_side_and_title_joins_the_body(tmp_path):
    f = load_text(tmp_path, "styrgrupp_trygghet_2027-03-09.txt", STYRGRUPP)
    assert any(p == "Moa Lund" and g == f["body"] for p, g, _ in f["memberships"])


def test_a_compound_seat_told_empty_is_the_leaving_of_its_holder_and_no_body(tmp_path):
    f = load_text(tmp_path, "styrgrupp_trygghet_2027-03-09.txt", STYRGRUPP)
    assert ("Eva Ek", f["body"], "leave") in f["memberships"]
    data = load_texts(tmp_path / "all", {"styrgrupp_trygghet_2027-03-09.txt": STYRGRUPP})
    assert not [o for o in data["organizations"] if o["name"] == "Åby kommun" and o["classification"] == "group"]


def test_a_body_named_by_a_harm_and_its_setting_keeps_its_whole_name(tmp_path):
    f = load_text(tmp_path, "styrgrupp_trygghet_2027-03-09.txt", STYRGRUPP)
    groups = {g for _, g, _ in f["mandates"]} | {g for g, _, _ in f["mandates"]}
    assert "Arbetsgrupp våld i nära relationer" in groups
    assert "Arbetsgrupp våld" not in groups
    assert ("Siv Berg", "Arbetsgrupp våld i nära relationer", "join") in f["memberships"]
