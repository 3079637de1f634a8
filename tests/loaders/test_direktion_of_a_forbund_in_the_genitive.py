"""A förbund's direktion named by the förbund in the genitive: "Kommunalförbundet Gransjödalens direktion" is
"Direktionen, Kommunalförbundet Gransjödalen", as the direktion's own minutes name it (and as "direktionen för
Kommunalförbundet X" is named); a name ending in s keeps it.
"""
from __future__ import annotations

from samverkan.loaders.relations import find_groups
from tests.loaders.test_read_formats import load_texts

NOTES = """Minnesanteckningar Arbetsgrupp gemensam upphandling
2027-01-20

Deltagare: Lena Ström, Gransjö kommun; Karl Vik, Holmnäs kommun; Eva Rask, Tallby kommun

1. Rapport
Lena informerade om att Kommunalförbundet Gransjödalens direktion i december gav arbetsgruppen i uppdrag att ta fram
ett förslag till gemensam upphandling av hjälpmedel. Förslaget lämnas till Kommunalförbundet Gransjödalens
direktion i april.
"""


def test_the_direktion_of_a_forbund_in_the_genitive_is_named_as_its_minutes_name_it():
    assert [g.name for g in find_groups("Ärendet lyfts till Kommunalförbundet Gransjödalens direktion i december.")] == [
        "Direktionen, Kommunalförbundet Gransjödalen"]
    assert [g.name for g in find_groups("Räddningstjänstförbundet Norrfjälls förbundsdirektion har beslutat.")] == [
        "Direktionen, Räddningstjänstförbundet Norrfjäll"]
    assert [g.name for g in find_groups("Kommunalförbundet Gråvnäs direktion beslutade.")] == [
        "Direktionen, Kommunalförbundet Gråvnäs"]
    assert find_groups("Per informerade från Kommunalförbundet Gransjödalen.") == []


def test_notes_naming_the_direktion_so_give_it_the_mandate(tmp_path):
    data = load_texts(tmp_path, {"ag_upphandling_2027-01-20.txt": NOTES})
    names = {o["id"]: o["name"] for o in data["organizations"]}
    boards = sorted(n for n in names.values() if n.startswith("Direktionen"))
    assert boards == ["Direktionen, Kommunalförbundet Gransjödalen"], boards
    mandates = {(names[m["from_id"]], names[m["to_id"]], m["classification"]) for m in data["mandates"]}
    assert ("Direktionen, Kommunalförbundet Gransjödalen", "Arbetsgrupp gemensam upphandling", "delegates") in mandates, mandates
