"""A task told with the meeting it is for in front, the verb before its subject: "Vid LSVO:s decembermöte
redovisar ordföranden gruppens arbete": the doer by name, or by the role the roster says who holds."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """\
Minnesanteckningar Samverkansgrupp äldre Norrby 2027-11-15

Närvarande:
Malin Sjö, ordförande, Region Norrby
Per Lind, Åby kommun
Eva Holm, Ekå kommun

1. Rapport till ledningsgruppen
Vid ledningsgruppens decembermöte redovisar ordföranden gruppens arbete under hösten.

2. Enkäten
Vid RLG:s januarimöte redovisar Per Lind enkätsvaren.
"""


def test_the_doer_after_the_verb_by_name_or_by_role(tmp_path):
    tasks = load_text(tmp_path, "sg_aldre_norrby_2027-11-15.txt", NOTES)["assignments"]
    assert (("Malin Sjö",), "redovisa gruppens arbete under hösten vid ledningsgruppens decembermöte") in tasks
    assert (("Per Lind",), "redovisa enkätsvaren vid RLG:s januarimöte") in tasks
