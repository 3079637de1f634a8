"""A council's letterhead names it with the sector it works for ("Politiskt samverkansråd för vård och omsorg"), a
title line under it without ("Politiskt samverkansråd – Region X och kommunerna i X"), as a protocol printed to PDF
reads, and the region's other minutes name it short ("… till Politiskt samverkansråd"): one body with both names,
as when the short name comes first."""
from __future__ import annotations

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths

PROTOCOL = """REGION NORRBY                                PROTOKOLL                                    1 (3)

 Politiskt samverkansråd för vård och omsorg                     Sammanträdesdatum 2025-03-14

 Politiskt samverkansråd – Region Norrby och kommunerna i Norrby

 Plats och tid             Regionens hus, Norrby fredagen den 14 mars 2025 kl. 09.30–12.15

 Närvarande                                   Ledamöter                                 Ersättare

 Region Norrby                  Birgitta Hallström (S), ordförande             Emelie Strand (C)
 Åby kommun                     Anders Lövgren (S), 1:e vice ordf.             Fatima Osmanović (S)

§ 1  Uppdrag om mobila team
Rådet beslutar
att ge Regional ledningsgrupp för vård och omsorg i uppdrag att ta fram en plan för mobila team.
"""


NOTES = """Regional ledningsgrupp för vård och omsorg – minnesanteckningar 2025-04-11

Närvarande: Margareta Sandell (ordförande), Region Norrby; Cecilia Hammar, Åby kommun

1. Mobila team
Planen för mobila team tas fram under våren. Ledningsgruppen rapporterar planen till Politiskt samverkansråd i juni.
"""


def test_the_council_named_with_and_without_its_sector_is_one_body(tmp_path):
    (tmp_path / "minutes").mkdir()
    (tmp_path / "minutes" / "a_psr.txt").write_text(PROTOCOL, encoding="utf-8")
    (tmp_path / "minutes" / "b_rlg.txt").write_text(NOTES, encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "minutes"], s)
        data = export_json(s.to_networkx())
    councils = [o for o in data["organizations"] if o["name"].startswith("Politiskt samverkansråd")]
    assert len(councils) == 1, [o["name"] for o in councils]
    (council,) = councils
    names = {council["name"], *council.get("other_names", [])}
    assert {"Politiskt samverkansråd för vård och omsorg", "Politiskt samverkansråd"} <= names
    assert council["id"] in {e["organization_id"] for e in data["events"]}
