"""Rosters and headers as a PDF-to-text tool prints them: a presence column one space after the name
("Eva Ek X", "Per Ek Anmält förhinder", "Eva Ek X, mötesordf. § 1-4").
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

MARKED = """PROTOKOLL

Möte med styrelsen för Föreningen Norrby FoU den 3 mars 2030

Ledamöter Närvarande
Eva Lund-Ek X, mötesordf. § 1-2
Per Holm X
Sara Berg Anmält förhinder
Karl Stål X, ej § 3
Suppleanter
Lina Strand X
Övriga
Nils Ås X, § 2

§1 Val av justerare

Beslut

att utse Per Holm att justera protokollet.

§2 Verksamhetsplan

Beslut

att godkänna verksamhetsplanen.

§3 Budget

Beslut

att godkänna budgeten.
"""


def test_a_mark_one_space_after_the_name_is_no_part_of_it(tmp_path):
    f = load_text(tmp_path, "marked.txt", MARKED)
    att = {a[0]: a[1:] for a in f["attendance"]}
    assert att["Per Holm"][0] == "present" and att["Karl Stål"][0] == "present"
    assert att["Sara Berg"][0] == "absent"
    assert "ordförande" in att["Eva Lund-Ek"][1]
    assert not [p for p in f["persons"] if p.endswith((" X", " Anmält"))]
