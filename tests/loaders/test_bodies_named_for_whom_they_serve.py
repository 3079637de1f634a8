"""A body named for the people it serves, whom a relative clause defines ("Lokal samverkansgrupp för unga som
varken arbetar eller studerar"): the clause is part of the name when it runs to the end of its sentence or
clause, and a recommendation told with the day of its decision between the auxiliary and the participle."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PROTOCOL = """\
ÅBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Utbildningsnämnden
Sammanträdesdatum 2027-03-10

Närvarande ledamöter
Eva Ek (S), ordförande
Per Lind (M)
Sara Holm (KD)

Övriga närvarande
Lena Berg, utvecklingsledare, Region Norrby

§ 12 Entledigande och fyllnadsval, Lokal samverkansgrupp för unga som varken arbetar eller studerar
Sara Holm (KD) har begärt att bli entledigad från uppdraget som nämndens ledamot i Lokal samverkansgrupp för
unga som varken arbetar eller studerar.
Utbildningsnämnden beslutar att
1. entlediga Sara Holm (KD) från uppdraget som ledamot i Lokal samverkansgrupp för unga som varken arbetar
eller studerar,
2. utse Per Lind (M) till ny ledamot i samverkansgruppen.

§ 13 Samverkansöverenskommelse om vuxenutbildning
Vuxenutbildningsrådet Norrby har 2027-01-20 rekommenderat kommunerna att anta en gemensam
samverkansöverenskommelse om vuxenutbildning.
Utbildningsnämnden beslutar att föreslå kommunfullmäktige att anta överenskommelsen.
"""

GROUP = "Lokal samverkansgrupp för unga som varken arbetar eller studerar"


def test_a_seat_in_a_body_named_for_whom_it_serves(tmp_path):
    f = load_text(tmp_path, "un_aby_2027-03-10.txt", PROTOCOL)
    members = {(p, g) for p, g, _ in f["memberships"]}
    assert {("Sara Holm", GROUP), ("Per Lind", GROUP)} <= members
    assert not any(g.endswith("för unga") for _, g in members)


def test_a_recommendation_with_the_day_of_its_decision(tmp_path):
    f = load_text(tmp_path, "un_aby_2027-03-10.txt", PROTOCOL)
    assert ("Vuxenutbildningsrådet Norrby", "kommunerna i Norrby", "recommends") in set(f["mandates"])
