"""Notes written in the first person by the one who kept them, named at the end ("Vid anteckningarna / Anna
Berg"): "Jag skickar ut den slutliga versionen …" is her task, as it is the sender's in notes sent as a mail."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar
Arbetsgrupp SIP, Åby
Datum: 2027-05-11

Närvarande:
Anna Berg, Åby kommun
Karl Lind, Norrby kommun
Eva Holm, Regionen

1. Rutin för SIP i skolan
Rutinen antogs med de ändringar som framkom. Jag skickar ut den slutliga versionen till alla senast 1 juni.

2. Nästa möte
Nästa möte 2027-06-15.

Vid anteckningarna
Anna Berg
"""


def test_the_note_takers_own_task(tmp_path):
    found = load_text(tmp_path, "ag_sip_2027-05-11.txt", NOTES)
    assert (("Anna Berg",), "skicka ut den slutliga versionen till alla senast 1 juni") in found["assignments"]


def test_no_one_is_meant_where_two_kept_the_notes(tmp_path):
    two = NOTES.replace("Eva Holm, Regionen\n", "Eva Holm, Regionen, sekreterare\n")
    found = load_text(tmp_path, "ag_sip_2027-05-11.txt", two)
    assert not [a for a in found["assignments"] if a[1].startswith("skicka ut")]


def test_i_with_a_name_in_brackets_is_the_one_named_whoever_kept_the_notes(tmp_path):
    # "Jag (Eva) tar fram …": the writer names herself; the task is Eva's even where no one is known to have
    # kept the notes, and Eva's, not Anna's, where Anna signed them
    for given in ("Eva", "Sofia"):
        named = NOTES.replace("Eva Holm", f"{given} Holm").replace("Jag skickar ut", f"Jag ({given}) skickar ut")
        for text in (named, named.replace("Vid anteckningarna\nAnna Berg\n", "")):
            found = load_text(tmp_path, "ag_sip_2027-05-11.txt", text)
            assert [a[0] for a in found["assignments"] if a[1].startswith("skicka ut")] == [(f"{given} Holm",)]


def test_an_adverb_after_the_verb_is_no_part_of_the_task(tmp_path):
    # "Karl skickar sedan ut …", "Karl lämnar då en skriftlig rapport till …": Swedish puts the sentence adverb after
    # the finite verb; the task is read as without it
    for adverb in ("sedan", "då", "också"):
        text = NOTES.replace("Jag skickar ut den slutliga versionen till alla senast 1 juni.",
                             f"Karl Lind lämnar {adverb} en skriftlig rapport till styrgruppen.")
        found = load_text(tmp_path, "ag_sip_2027-05-11.txt", text)
        assert (("Karl Lind",), "lämna en skriftlig rapport till styrgruppen") in found["assignments"], adverb
