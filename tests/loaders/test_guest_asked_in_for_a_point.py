"""A guest the roster lists for one point presents it where the point tells in the passive that its matter was
presented: "Gäst: Sofia Brandt, läkare, punkt 3" over "Sofia Brandt hade i uppdrag att ta fram ett utkast. Utkastet
presenterades." A guest listed for a point that tells no presentation only takes part."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

MINUTES = """Minnesanteckningar Styrgrupp missbruk och beroende 2028-05-09

Närvarande: Josefin Ahlqvist, verksamhetschef (Region Blekinge), ordf.; Mikael Strand, utvecklingsstrateg, sekr.;
Emelie Dahlin, avdelningschef (Karlskrona)
Gäst: Sofia Brandt, läkare, Beroendecentrum, punkt 3; Rasmus Tell, Länsstyrelsen, punkt 4

1. Inledning
Josefin hälsade välkommen.

2. Spel om pengar
Emelie berättade om planen.

3. LARO – gemensam rutin
Uppföljning: Sofia Brandt och Emelie Dahlin hade i uppdrag att ta fram ett utkast till gemensam rutin. Utkastet
presenterades.
Beslut: Styrgruppen ställer sig bakom utkastet.

4. Tillsyn
Rasmus Tell deltog under punkten. Gruppen diskuterade tillsynen.
"""


def test_the_guest_presents_the_point_told_presented():
    items = {it.number: it.presenters for it in parse_minutes(MINUTES, "anteckningar.txt").items}
    assert items["3"] == ["Sofia Brandt"]
    assert items["4"] == []
