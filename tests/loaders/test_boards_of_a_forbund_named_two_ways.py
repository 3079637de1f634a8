"""A förbund's board named two ways in one document is one body: "förbundets styrelse" (the board of the one förbund
the minutes name, named as its own minutes name it: "Styrelsen, Samordningsförbundet X") and "styrelsen för
Samordningsförbundet X" in a decision on its seats.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

HSN = """PROTOKOLL
Hälso- och sjukvårdsnämnden, Region Norrvidd
Sammanträdesdatum 2031-03-12

Närvarande ledamöter
Eva Lund (S), ordförande
Per Holm (M)
Sara Berg (C)

§ 12 Val av ledamot och ersättare i styrelsen för Samordningsförbundet Östra Norrvidd
Regionen utser en ledamot och en ersättare i förbundets styrelse enligt förbundsordningen.
Beslut
Hälso- och sjukvårdsnämnden beslutar
att entlediga Britt Sandin (S) från uppdraget som ledamot i styrelsen för Samordningsförbundet Östra Norrvidd,
att utse Per Holm (M) till ledamot och Sara Berg (C) till ersättare i förbundets styrelse för tiden
2031-04-01–2032-03-31,
att regionens ledamot i förbundets styrelse ska lämna en skriftlig rapport om förbundets arbete till nämnden två
gånger per år.
Expedieras till
Samordningsförbundet Östra Norrvidd
"""


def test_the_board_of_a_forbund_named_two_ways_is_one_group(tmp_path):
    data = load_texts(tmp_path, {"hsn_2031-03-12.txt": HSN})
    boards = [o for o in data["organizations"] if o["id"].startswith("group:") and "styrelse" in o["name"].casefold()]
    assert len(boards) == 1, [(o["name"], o["other_names"]) for o in boards]
    names = {n.casefold() for n in [boards[0]["name"], *boards[0]["other_names"]]}
    assert any("samordningsförbundet östra norrvidd" in n for n in names), names
