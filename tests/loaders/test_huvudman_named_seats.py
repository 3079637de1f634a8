"""Habits of secretaries who tell who each huvudman has named to a body: a group's composition decided and the
members named afterwards side by side ("Stenby har anmält Petra Ek, specialpedagog. Regionen har anmält Sara
Nyberg (BUP) och Ali Lind (Första linjen)"), a seat named with where it goes and from when ("Granöbyhem har anmält
Therese Malm som ny representant i rådet från 1 juli"); each read on a small minutes of its own, loaded alone into
a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


COMPOSITION_THEN_NAMES = """Delregional ledningsgrupp för skola och socialtjänst
Minnesanteckningar 2026-02-11
Plats: Kommunhuset

Närvarande: Maria Lindgren, Lövholms kommun (ordförande), Anders Öberg, Stenby kommun

1. Arbetsgrupp för gemensamma elevärenden
Ledningsgruppen beslutade att inrätta en arbetsgrupp för gemensamma elevärenden. Gruppen ska bestå av en
representant per kommun och två från regionen.
Stenby har anmält Petra Almqvist, specialpedagog. Regionen har anmält Sara Nyberg (BUP) och Ali Lindkvist (Första linjen).
Lövholm återkommer med namn senast 1 mars.

2. Övrigt
Inget övrigt.
"""


def test_members_named_by_each_huvudman_sit_in_the_group_the_item_set_up(tmp_path):
    """"Stenby har anmält A, specialpedagog. Regionen har anmält B (BUP) och C (…)": seats in the new group."""
    f = load_text(tmp_path, "lg.txt", COMPOSITION_THEN_NAMES)
    seats = {(p, g.casefold()) for p, g, _ in f["memberships"]}
    for p in ("Petra Almqvist", "Sara Nyberg", "Ali Lindkvist"):
        assert (p, "arbetsgrupp för gemensamma elevärenden") in seats, (p, f["memberships"])


NEW_REPRESENTATIVE_FROM = """Trygghetsrådet i Bergvik
Minnesanteckningar 2026-01-20
Plats: Stadshuset

Närvarande: Johan Eklund (ordförande), Göran Almqvist, Bergvikshem AB

1. Ny representant
Göran Almqvist slutar som vd vid halvårsskiftet. Bergvikshem har anmält Therese Malmberg som ny representant i rådet från 1 juli.
"""


def test_a_representative_named_with_the_body_and_the_date_sits_in_the_body(tmp_path):
    """"X har anmält A som ny representant i rådet från 1 juli": A joins the body that met."""
    f = load_text(tmp_path, "tr.txt", NEW_REPRESENTATIVE_FROM)
    assert any(p == "Therese Malmberg" and c == "join" for p, _, c in f["memberships"]), f["memberships"]


ROSTER_AFTER_SIGNATURE = """Ledningsgrupp skola och socialtjänst
Minnesanteckningar
Datum: 11 februari 2026
Närvaro: se bilaga 1

1. Inledning
Ordförande Maria Lindgren hälsade välkommen.

2. Övrigt
Inget övrigt.
Vid anteckningarna: Jonas Fredriksson

Bilaga 1 Närvarolista
Namn\tRoll\tHuvudman\tNärv.\tEj närv.
Maria Lindgren\tordförande\tLövholms kommun\tX\t
Eva Stålberg\tledamot\tStenby kommun\t\tX
Linnea Kaskinen\tledamot\tRegion Vretlanda\tX\t
"""


def test_a_roster_appended_after_the_signature_is_read_with_its_marks(tmp_path):
    """"Vid anteckningarna: A" then "Bilaga 1 Närvarolista" with "Närv. | Ej närv.": the people and their marks."""
    f = load_text(tmp_path, "lg.txt", ROSTER_AFTER_SIGNATURE)
    status = {n: s for n, s, _ in f["attendance"]}
    assert status.get("Maria Lindgren") == "present", f["attendance"]
    assert status.get("Eva Stålberg") == "absent", f["attendance"]
    assert status.get("Linnea Kaskinen") == "present", f["attendance"]


ACRONYM_OF_THE_COMPOUND = """PRIMÄRVÅRDSRÅDET REGION SOLBACKA
Anteckningar, möte 2026-03-18

Närvarande
  Bengt Forsberg, primärvårdsdirektör (ordf.)
  Lena Svedin, handläggare (sekr.)

Beslutspunkter

1. Förfrågningsunderlag
PVR beslutade att ställa sig bakom ändringarna avseende fast vårdkontakt.

2. Övrigt
Inget övrigt.
"""


def test_the_acronym_of_the_body_s_compound_name_decides_for_it(tmp_path):
    """"PVR beslutade att …" in the notes of "Primärvårdsrådet …": the body that met decided."""
    f = load_text(tmp_path, "pvr.txt", ACRONYM_OF_THE_COMPOUND)
    assert "ställa sig bakom ändringarna avseende fast vårdkontakt" in f["decisions"], f["decisions"]
