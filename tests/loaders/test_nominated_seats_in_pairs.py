"""A nämnd's nominees, two seats in one sentence ("Nämnden nominerar Eva Ek (S) till ledamot i G och Per Lund (M) till
ersättare"): each a seat in G, no duty given yet, the other body appointing; another's nominee told is no seat read."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NAMND = """\
PROTOKOLL
Hälso- och sjukvårdsnämnden, Region Åsen
Sammanträdesdatum 2027-11-16

Närvarande ledamöter
Karin Berg (S), ordförande
Sara Holm (KD), ledamot
Anders Nord (L), ersättare

§ 104 Nominering till Politiskt samverkansråd Åsen
Regionstyrelsen har begärt att nämnden nominerar en ledamot och en ersättare till Politiskt samverkansråd Åsen.
Beslut
Hälso- och sjukvårdsnämnden nominerar Sara Holm (KD) till ledamot i Politiskt samverkansråd Åsen och Anders Nord (L)
till ersättare. Nomineringen överlämnas till regionstyrelsen.

§ 105 Övrigt
Partiet nominerar Karin Berg (S) till ledamot i Regionala folkhälsorådet Åsen.
"""


def test_each_nominee_of_the_namnd_a_seat_in_the_body_no_duty_yet(tmp_path):
    got = load_text(tmp_path, "hsn_asen_2027-11-16.txt", NAMND)
    assert {("Sara Holm", "Politiskt samverkansråd Åsen", "join"),
            ("Anders Nord", "Politiskt samverkansråd Åsen", "join")} <= set(got["memberships"])
    assert not [t for _, t in got["assignments"] if t.startswith("vara ")]  # nominated: the other body appoints
    # another's nominee, told: no seat read
    assert not [m for m in got["memberships"] if m[1] == "Regionala folkhälsorådet Åsen"]
