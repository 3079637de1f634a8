"""A förbund's roster typed per member under a heading of its own ("NÄRVARO PER FÖRBUNDSMEDLEM"), each row the
seat first, the name after a gap and the presence after a leader of dots:
"    ledamot      Eva Ek (S) ........ närvarande"."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

MINUTES = """\
SAMORDNINGSFÖRBUNDET ÅSEN                                  PROTOKOLL
Styrelsen

Datum ............ torsdagen den 11 februari 2027, kl. 13.00–15.45
Plats ............ Förbundskansliet, Åby

NÄRVARO PER FÖRBUNDSMEDLEM
==========================

Region Åsen
    ledamot      Anna Berg (S) ...................... närvarande
    ersättare    Tore Holm (M) ...................... närvarande, ej tjänstgörande

Norrby kommun
    ledamot      Jan Wik (C) ........................ frånvarande
    ersättare    Eva Fors (S) ....................... tjänstgörande

Försäkringskassan
    ledamot      Fredrik Lund ....................... närvarande
    ersättare    Sara Palm .......................... frånvarande

Tjänstepersoner
    Maja Ek, förbundschef

§ 1  SAMMANTRÄDETS ÖPPNANDE
Ordföranden öppnar sammanträdet.
"""


def test_each_row_a_member_of_the_board_with_its_seat_and_presence():
    seen = {a.name: a for a in parse_minutes(MINUTES, "sf_asen_2027-02-11.txt").attendance}
    assert {n: (a.status, a.roles[0]) for n, a in seen.items() if n != "Maja Ek"} == {
        "Anna Berg": ("present", "ledamot"), "Tore Holm": ("present", "ersättare"),
        "Jan Wik": ("absent", "ledamot"), "Eva Fors": ("present", "ersättare"),
        "Fredrik Lund": ("present", "ledamot"), "Sara Palm": ("absent", "ersättare")}
    assert (seen["Anna Berg"].organisation, seen["Jan Wik"].organisation) == ("Region Åsen", "Norrby kommun")
    assert seen["Anna Berg"].title is None  # "närvarande" is the presence, no title
