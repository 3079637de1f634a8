"""Seat changes told with a pronoun for one of the two people: the newcomer goes in "i hans ställe", "hans" the
member the sentence before names ("Tobias Ek har bytt tjänst; Lisa Sand går in … i hans ställe"), or the employer
appoints the newcomer to a post "och hon ersätter Göran i gruppen" (the one replaced by given name alone)."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

HEAD = ("Arbetsgrupp för demensvård i Norrå\nMinnesanteckningar 2031-03-04\n"
        "Närvarande: Ingela Sundqvist, Åsby kommun; Per-Olof Lindh, Region Norrå; Eva Ekström, Region Norrå; "
        "Göran Wikström, Knutby kommun; Sara Öhman, Knutby kommun\n\n1. Förändringar i gruppen\n")


def _seats(tmp_path: Path, text: str) -> set:
    f = load_text(tmp_path, "ag_demensvard_norra_2031-03-04.txt", HEAD + text + "\n")
    return {m for m in f["memberships"] if m[2] in ("join", "leave", "replace")}


def test_in_his_place_is_the_member_the_clause_before_names(tmp_path):
    seats = _seats(tmp_path, "Per-Olof Lindh har bytt tjänst; Eva Ekström går in som ordinarie för Region Norrå i hans "
                             "ställe och lämnar därmed platsen som ersättare.")
    assert ("Eva Ekström", "Arbetsgrupp för demensvård i Norrå", "replace") in seats
    assert ("Per-Olof Lindh", "Arbetsgrupp för demensvård i Norrå", "leave") in seats


def test_in_her_place_after_a_sentence_of_her_own(tmp_path):
    seats = _seats(tmp_path, "Ingela Sundqvist har fått en ny tjänst i Umeå. Sara Öhman går in som ledamot i hennes ställe.")
    assert ("Sara Öhman", "Arbetsgrupp för demensvård i Norrå", "replace") in seats
    assert ("Ingela Sundqvist", "Arbetsgrupp för demensvård i Norrå", "leave") in seats


def test_appointed_to_a_post_and_she_replaces_one_by_given_name(tmp_path):
    seats = _seats(tmp_path, "Göran Wikström går i pension den 28 februari. Knutby kommun har utsett Sara Öhman till ny "
                             "HSL-chef och hon ersätter Göran i gruppen från 1 mars.")
    assert ("Sara Öhman", "Arbetsgrupp för demensvård i Norrå", "replace") in seats
    assert ("Göran Wikström", "Arbetsgrupp för demensvård i Norrå", "leave") in seats
    # replacing someone in a post, not in the group, is no seat
    (tmp_path / "post").mkdir()
    seats = _seats(tmp_path / "post", "Knutby kommun har utsett Sara Öhman till ny HSL-chef och hon ersätter Göran "
                                      "Wikström som chef för hemsjukvården.")
    assert not any(p == "Sara Öhman" for p, _, _ in seats)
