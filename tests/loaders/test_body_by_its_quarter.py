"""A delregional body named with the quarter of the län or kommun it serves, after a dash on its title line.

"Delregional ledningsgrupp SSBUP – västra Vretby": the quarter is part of the name (the region's other
delregional groups are "– östra Vretby" and so on); "Styrgrupp Nära vård – januari" has no quarter after it."""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes

NOTES = """{title}
Minnesanteckningar
Datum: 11 februari 2026, kl. 09.00–11.30

Närvarande: Maria Lind, Jonas Frisk, Ali Rezaei

1. Mötets öppnande
Ordförande Maria Lind hälsade välkommen.
"""


@pytest.mark.parametrize("title, body", [
    ("Delregional ledningsgrupp SSBUP – västra Vretby", "Delregional ledningsgrupp SSBUP, västra Vretby"),
    ("Samverkansgrupp äldre – norra Ekby", "Samverkansgrupp äldre, norra Ekby"),
    ("Lokal samverkansgrupp – kommundel Norrby", "Lokal samverkansgrupp, kommundel Norrby"),
])
def test_the_quarter_after_the_dash_is_part_of_the_name(title, body):
    assert parse_minutes(NOTES.format(title=title), "anteckningar.txt").body == body
