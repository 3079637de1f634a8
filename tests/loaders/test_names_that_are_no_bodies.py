"""Words after a body's kind that name no body: a person a stand-in is chosen for ("utses till ersättare för
Mikael Ek"), a store of drugs ("läkemedelsförrådet"), the huvudman a seat is for ("ny i gruppen för Åby
kommun") and a passage kept in English after a Swedish name."""
from __future__ import annotations

from samverkan.loaders.relations import find_groups
from tests.loaders.test_read_formats import load_text

PROTOCOL = """\
ÅBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Socialnämnden
Sammanträdesdatum 2028-06-13

Närvarande ledamöter
Eva Ek (S), ordförande
Per Lind (M)

§ 61 Arbetsgrupp för gemensam statistik
Socialnämnden beslutar
1. Enhetschef Mikael Strand utses till sammankallande i arbetsgruppen för gemensam statistik inom äldreomsorgen.
2. Utvecklingsledare Hanna Berg utses till ersättare för Mikael Strand.
"""


def test_a_stand_in_for_a_person_sits_where_he_does(tmp_path):
    f = load_text(tmp_path, "sn_aby_2028-06-13.txt", PROTOCOL)
    seats = {(p, g) for p, g, _ in f["memberships"]}
    assert ("Hanna Berg", "Arbetsgrupp för gemensam statistik") in seats
    assert not any(g == "Mikael Strand" for _, g in seats)


NOTES = """\
Minnesanteckningar Arbetsgrupp palliativ vård
Datum: 2028-03-21
Närvarande: Cecilia Norrbom (sammankallande), Sanna Lidström, Viktor Ek

1. Välkommen
Sanna Lidström är ny i gruppen för Åby kommun.

2. Övrigt
Viktor Ek lyfte att läkemedelsförrådet för palliativ vård i Åby behöver ses över.
"""


def test_a_seat_for_a_kommun_and_a_store_of_drugs_are_no_bodies(tmp_path):
    f = load_text(tmp_path, "ag_palliativ_vard_2028-03-21.txt", NOTES)
    groups = {g for _, g, _ in f["memberships"]}
    assert not any("för Åby kommun" in g or "förråd" in g for g in groups), groups
    assert ("Sanna Lidström", "Arbetsgrupp palliativ vård") in {(p, g) for p, g, _ in f["memberships"]}
    assert [g.name for g in find_groups("Viktor lyfte att läkemedelsförrådet för palliativ vård behöver ses över.")] == []


def test_a_swedish_name_ends_where_english_goes_on():
    assert [g.name for g in find_groups("As before, the group reports to Styrgruppen för gränssamverkan two times a year.")] \
        == ["Styrgruppen för gränssamverkan"]
    assert [g.name for g in find_groups("The group decided to propose to Styrgruppen för gränssamverkan that the agreement")] \
        == ["Styrgruppen för gränssamverkan"]


TEAM = """\
# Processteam utskrivning Åby – minnesanteckningar 2027-06-08

Närvarande: Erik Sand (samordnare), Ulrika Sten, Fatima Osmani

## 1. Inledning
Erik hälsade välkommen.

## 2. Bemanning i teamet
Som ersättare för Åby kommun utsågs Ulrika Sten, som går från vikarie till ordinarie i teamet.
"""


def test_a_point_on_the_bodys_own_staffing_names_no_body(tmp_path):
    f = load_text(tmp_path, "processteam_utskrivning_aby_2027-06-08.md", TEAM)
    groups = {g for _, g, _ in f["memberships"]}
    assert "Bemanning i teamet" not in groups
    assert ("Ulrika Sten", "Processteam utskrivning Åby") in {(p, g) for p, g, _ in f["memberships"]}


WORK = """\
Minnesanteckningar Arbetsgrupp barnhälsovård Åby
Datum: 2025-11-19
Närvarande: Sofie Grahn (ordförande), Petra Nyvall
Sekreterare: Elias Brunn

1. Rutin för orosanmälan
Elias Brunn är sammankallande för rutinarbetet; förslaget redovisas för styrgruppen i april 2026.
"""


def test_a_piece_of_work_one_convenes_is_no_seat(tmp_path):
    f = load_text(tmp_path, "ag_bhv_aby_2025-11-19.txt", WORK)
    assert (("Elias Brunn",), "vara sammankallande för rutinarbetet") in f["assignments"]
    assert not any(p == "Elias Brunn" and change == "join" for p, _, change in f["memberships"])
