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
