"""A presenter named by the title and the unit it is held in: "Verksamhetschefen för Medicinkliniken redogjorde …"
is the one attendee the roster gives that title in that unit."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

TEXT = """Samverkansgrupp äldre i Norrby
Minnesanteckningar 2027-03-16

Närvarande: Eva Berg, verksamhetschef Geriatriken, Region Norrby, ordförande; Ola Sten, äldreomsorgschef, Åby kommun
Adjungerad under punkt 2: Lars Ek, verksamhetschef Medicinkliniken, Region Norrby

1. Mötets öppnande
Ordföranden hälsade alla välkomna. Dagordningen godkändes.

2. Utskrivningsklara patienter
Verksamhetschefen för Medicinkliniken redogjorde för läget. Antalet vårddygn har minskat sedan hösten.

3. Nästa möte
Nästa möte hålls den 18 maj.
"""


def test_title_and_unit_name_the_presenter():
    p = parse_minutes(TEXT, "x.txt")
    assert [(i.number, i.presenters) for i in p.items if i.number == "2"] == [("2", ["Lars Ek"])]


def test_a_unit_no_attendee_holds_names_no_one():
    p = parse_minutes(TEXT.replace("Verksamhetschefen för Medicinkliniken", "Verksamhetschefen för Ortopedin"), "x.txt")
    assert [i.presenters for i in p.items if i.number == "2"] == [[]]
