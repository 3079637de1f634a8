"""A body named by its kind in the definite form, capitalised, then its topic in small letters and the place it
serves: "Samverkansgruppen trygg utskrivning Åsvik" is one group of that name (not "Samverkansgruppen" alone),
and the later "samverkansgruppen" is that group.
"""
from __future__ import annotations

from samverkan.loaders.relations import GroupVocabulary, find_groups
from tests.loaders.test_read_formats import load_texts

VOCABULARY = GroupVocabulary.of(None, "Region Åsvik och Ekby kommun")


def _names(text: str) -> list[str]:
    return [g.name for g in find_groups(text, VOCABULARY)]


def test_a_capitalised_definite_kind_with_topic_and_place_is_one_name():
    assert _names("Frågan lyfts till Samverkansgruppen trygg utskrivning Åsvik\nsom ett ärende.") == [
        "Samverkansgruppen trygg utskrivning Åsvik"]
    assert _names("Ledningsgruppen kvalitet Ekby möts i maj.") == ["Ledningsgruppen kvalitet Ekby"]


def test_without_a_place_after_it_the_topic_is_not_read_as_a_name():
    # what the group did or got, and a place that is no huvudman's, name no body
    assert _names("Samverkansgruppen tog upp frågan i Åsvik.") == ["Samverkansgruppen"]
    assert _names("Samverkansgruppen trygg utskrivning tog upp frågan.") == ["Samverkansgruppen"]
    assert _names("Samverkansgruppen fick information Åsvik") == ["Samverkansgruppen"]


NOTES = """Minnesanteckningar – Chefsnätverket för hemsjukvård i Åsviks län
Träff 3 november 2026 kl. 09.00–11.00, Teams

Deltog:
- Karin Vestberg, Ekby (ordf.)
- Olof Brandt, Region Åsvik

1. Läkemedelslistor vid utskrivning
Avvikelserna har ökat. Vi enades om att lyfta frågan till Samverkansgruppen trygg utskrivning Åsvik
som ett ärende.
-> Olof anmäler ärendet till samverkansgruppen senast 15/11.
"""


def test_the_named_group_is_read_and_the_later_short_form_is_it(tmp_path):
    data = load_texts(tmp_path, {"chefsnatverk_hemsjukvard_2026-11-03.txt": NOTES})
    groups = {o["id"]: o for o in data["organizations"] if o["id"].startswith("group:")}
    named = [g for g in groups.values() if g["name"].casefold() in ("samverkansgruppen trygg utskrivning åsvik",
                                                                    "samverkansgrupp trygg utskrivning åsvik")]
    assert named, sorted(g["name"] for g in groups.values())
    assert not any(g["name"].casefold() == "samverkansgruppen" for g in groups.values()), sorted(g["name"] for g in groups.values())
    refers = [m for m in data["mandates"] if m["to_id"] == named[0]["id"]]
    assert refers and refers[0]["classification"] == "refers", data["mandates"]
