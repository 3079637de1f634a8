"""A roster written in initials, its key after the last point in two columns that a PDF's text gives a cell a line:
"AB" on one line, "Anna Berg, sjuksköterska, Åby kommun" on the next."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

NOTES = """ARBETSGRUPP TRYCKSÅR NORRBY
Anteckningar från möte 2027-04-08 kl 09.00-11.00
Närvarande: JW (ordf.), AB, CL, SE (anteckn.)
Frånvarande: KN
1. Föregående anteckningar
Anteckningarna lades till handlingarna.
2. Mätningen
CL redogjorde för mätningen. AB tar fram en rutin till nästa möte.
Förkortningar
AB
Anna Berg, sjuksköterska, Åby kommun
CL
Cecilia Lund, MAS, Björkby kommun
JW
Johan Wester, vårdutvecklare, Region Norrby
KN
Karin Nord, fysioterapeut, Region Norrby
SE
Sanna Ek, samordnare, Region Norrby
"""


def test_initials_key_with_names_on_the_line_under_them():
    p = parse_minutes(NOTES, "notes.pdf")
    people = {a.name: a for a in p.attendance}
    assert set(people) == {"Anna Berg", "Cecilia Lund", "Johan Wester", "Karin Nord", "Sanna Ek"}
    assert people["Karin Nord"].status == "absent" and people["Anna Berg"].status == "present"
    assert people["Cecilia Lund"].organisation == "Björkby kommun"
