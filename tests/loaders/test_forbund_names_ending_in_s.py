"""A förbund whose name ends in s takes no genitive s: "Samordningsförbundet Gransjö-Holmnäs styrelse" is the board
of Gransjö-Holmnäs, as the letterhead names it or as the name's last letters tell, while "Samordningsförbundet Åby
Norras styrelse" is still the board of Åby Norra.
"""
from __future__ import annotations

from samverkan.loaders.relations import GroupVocabulary, find_groups
from tests.loaders.test_read_formats import load_texts

NOTES = """Arbetsgruppen för unga i Gransjö
Minnesanteckningar 2026-10-08

Deltagare: Lena Ström, Gransjö kommun; Karl Vik, Region Holmvidd

1. Rapport från förbundet
Lena informerade om att Samordningsförbundet Gransjö-Holmnäs styrelse har beviljat medel till projektet.
Frågan om fortsatt finansiering lyfts till Samordningsförbundet Gransjö-Holmnäs styrelse i december.

2. Nästa möte
Nästa möte hålls den 12 november 2026.
"""


def test_the_board_of_a_forbund_whose_name_ends_in_s_keeps_the_name():
    assert [g.name for g in find_groups("Ärendet lyfts till Samordningsförbundet Gransjö-Holmnäs styrelse i oktober.")] == [
        "Styrelsen, Samordningsförbundet Gransjö-Holmnäs"]
    # the genitive s of a name that does not end in s is still dropped
    assert [g.name for g in find_groups("utse Per Ek till ersättare i Samordningsförbundet Åby Norras styrelse")] == [
        "Styrelsen, Samordningsförbundet Åby Norra"]


def test_the_name_the_minutes_give_the_forbund_decides_whose_board_it_is():
    named = GroupVocabulary.of(None, "Samordningsförbundet Vallens\nProtokoll 2026-10-08\n")
    assert named.associations == ("Samordningsförbundet Vallens",)
    assert [g.name for g in find_groups("Samordningsförbundet Vallens styrelse beslutar.", named)] == [
        "Styrelsen, Samordningsförbundet Vallens"]
    assert [g.name for g in find_groups("Samordningsförbundet Vallens styrelse beslutar.", GroupVocabulary())] == [
        "Styrelsen, Samordningsförbundet Vallen"]


def test_a_seat_in_a_forbund_whose_name_ends_in_s_is_a_seat_on_its_board():
    assert [g.name for g in find_groups("att utse Karl Vik till ledamot i Samordningsförbundet Gransjö-Holmnäs för perioden.")] == [
        "Styrelsen, Samordningsförbundet Gransjö-Holmnäs"]
    assert [g.name for g in find_groups("ledamot i Samordningsförbundet Norrviks beredningsgrupp")] != [
        "Styrelsen, Samordningsförbundet Norrvik"]


def test_minutes_naming_the_board_of_such_a_forbund_export_one_board(tmp_path):
    data = load_texts(tmp_path, {"ag_unga_2026-10-08.txt": NOTES})
    boards = [o["name"] for o in data["organizations"] if o["id"].startswith("group:") and o["name"].startswith("Styrelsen")]
    assert boards == ["Styrelsen, Samordningsförbundet Gransjö-Holmnäs"], boards
