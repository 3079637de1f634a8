"""Habits of a regionstyrelse's arbetsutskott, a kommunalt pensionärsråd and a samordningsförbund's styrelse read on
small minutes of their own: a Word roster whose seats table has a "Närvarande" column beside each ledamot and a
"Tjänstgörande" column beside each ersättare (a cross where the ersättare took a seat; a blank where the ersättare
did not serve and, the table saying nothing else, did not come).
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes


def _attended(text: str, path: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.status, tuple(a.roles)) for a in parse_minutes(text, path).attendance}


AU_ROSTER = """Region Norrby
PROTOKOLL
Regionstyrelsens arbetsutskott
Sammanträdesdatum 2031-03-04
Närvaro
Ledamot\tParti\tNärvarande\tErsättare\tParti\tTjänstgörande
Eva Ek, ordförande\tS\tX\tBo Ås\tS\t
Per Lind, vice ordförande\tM\tX\tKim Falk\tM\t
Lisa Berg\tC\t\tMaja Holm\tKD\tX
Övriga närvarande: Anna Strand, regiondirektör
§ 1 Val av justerare
Arbetsutskottets beslut
Per Lind utses att justera protokollet.
"""


def test_a_tjanstgorande_column_beside_the_ersattare_marks_who_served_and_came():
    att = _attended(AU_ROSTER, "au.docx")
    assert att["Eva Ek"][0] == "present" and att["Lisa Berg"][0] == "absent"
    assert att["Maja Holm"][0] == "present"
    assert att["Bo Ås"][0] == "absent" and att["Kim Falk"][0] == "absent"
