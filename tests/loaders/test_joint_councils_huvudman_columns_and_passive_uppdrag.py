"""Minutes of the political and strategic bodies a region and its kommuner share: a roster indented under its label
with each huvudman in the left column, uppdrag handed out in the passive ("Uppdraget … lämnas till X"), matters
handed over to another body for beredning, and the officials an arbetsutskott lists in its attendance table.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

COUNCIL = """POLITISKT SAMVERKANSRÅD ÅSEN
Region Åsen och kommunerna Åby och Norrby

MINNESANTECKNINGAR

Tid: torsdagen den 18 mars 2027, klockan 09.30–12.00

Närvarande ledamöter
  Region Åsen        Eva Ek (S), ordförande
                     Per Lind (M)
  Åby kommun         Karin Holm (S), vice ordförande
  Norrby kommun      Olle Berg (C), ersättare för Lisa Ström (M)

Förhinder: Lisa Ström (M), Norrby kommun

1. Mötet öppnas
Ordföranden hälsade välkommen.
"""


def test_an_indented_roster_with_the_huvudman_in_the_left_column(tmp_path):
    f = load_text(tmp_path, "psr.txt", COUNCIL)
    att = {(n, st) for n, st, _ in f["attendance"]}
    assert {("Eva Ek", "present"), ("Per Lind", "present"), ("Karin Holm", "present"), ("Olle Berg", "present"),
            ("Lisa Ström", "absent")} <= att
    seats = {(p, o) for p, o, ch in f["memberships"] if ch == "employment"}
    assert {("Per Lind", "Region Åsen"), ("Karin Holm", "Åby kommun"), ("Olle Berg", "Norrby kommun")} <= seats
