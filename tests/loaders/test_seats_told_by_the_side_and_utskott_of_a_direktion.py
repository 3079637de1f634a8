"""Habits of the minutes of a kommunalförbund's arbetsutskott, a kommunal tillgänglighetsråd and a regional
uppföljningsgrupp: the utskott of the förbund's direktion named under the förbund's letterhead, the direktion's
delegation told by the paragraph of its decision, a förening telling who takes or leaves its seat, and a group's
"mandat" from a body whose name has a comma in it. Each habit on a small minutes loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


AU = """KOMMUNALFÖRBUNDET BJÖRKDALEN\tSAMMANTRÄDESPROTOKOLL
Direktionens arbetsutskott
Sammanträdesdatum 2026-02-11
Plats och tid Förbundskontoret, Åby, kl. 09.00–11.00
Beslutande Anna Lund (S), Åby kommun, ordförande
Per Berg (M), Eklunds kommun, vice ordförande
Övriga närvarande Eva Holm, förbundschef
§ 1 Val av justerare
Arbetsutskottets beslut
Per Berg utses att justera protokollet.
§ 2 Delegation från direktionen
Direktionen har genom § 12 den 28 januari 2026 överlåtit åt arbetsutskottet att fatta beslut om tilldelning i
upphandlingar under två miljoner kronor.
Arbetsutskottets beslut
Informationen noteras.
"""


def test_the_arbetsutskott_of_a_direktion_is_the_förbunds_on_the_letterhead(tmp_path):
    """"KOMMUNALFÖRBUNDET X" on the letterhead over "Direktionens arbetsutskott": the utskott of that förbund's
    direktion, not of the kommun its first member comes from; its members sit in it."""
    f = load_text(tmp_path, "au.txt", AU)
    au = "Direktionens arbetsutskott, Kommunalförbundet Björkdalen"
    assert f["body"] == au
    assert ("Anna Lund", au, "member") in f["memberships"], f["memberships"]


def test_the_direktion_delegates_to_its_utskott_by_the_paragraph_of_its_decision(tmp_path):
    """"Direktionen har genom § 12 den 28 januari 2026 överlåtit åt arbetsutskottet att …" in the utskott's own
    minutes: the förbund's direktion delegates to the utskott that met."""
    f = load_text(tmp_path, "au.txt", AU)
    m = ("Direktionen, Kommunalförbundet Björkdalen", "Direktionens arbetsutskott, Kommunalförbundet Björkdalen",
         "delegates")
    assert m in f["mandates"], f["mandates"]


RÅD = """# Tillgänglighetsrådet, Åby kommun
Protokoll 2026-03-09

Närvarande ledamöter
- Karin Ek (C), ordförande
- Olof Lind, DHR Åby

§ 1 Rådets sammansättning
Synskadades förening i Åby har meddelat att Gösta Berglund inte längre företräder föreningen i rådet.
Föreningen har i hans ställe anmält Maria Holmgren, som deltar från och med dagens sammanträde.
Hörselskadades förening i Åby har därtill anmält Liv Sandberg som ny ersättare.

Rådet beslutar
att notera förändringarna.
"""


def test_a_förening_tells_who_leaves_and_who_takes_its_seat(tmp_path):
    """"X har meddelat att NN inte längre företräder föreningen i rådet", "Föreningen har i hans ställe anmält NN,
    som deltar …", "Y har därtill anmält NN som ny ersättare": a leaving and two joinings of the council."""
    f = load_text(tmp_path, "rad.md", RÅD)
    rad = f["body"]
    for m in (("Gösta Berglund", rad, "leave"), ("Maria Holmgren", rad, "join"), ("Liv Sandberg", rad, "join")):
        assert m in f["memberships"], (m, f["memberships"])


SVU = """Uppföljningsgruppen för samverkan vid utskrivning
Anteckningar från möte den 4 mars 2026, Teams
Närvarande: Hanna Berg (Region Norrby, sammankallande), Olle Sten (Åby kommun, MAS)

1. Gruppens mandat
Hanna påminde om att gruppen arbetar på mandat från Länsstyrgruppen för hälsa, vård och omsorg i Norrby med att
följa efterlevnaden av överenskommelsen.
"""


def test_a_group_works_on_a_mandat_from_a_body_whose_name_lists_fields(tmp_path):
    """"arbetar på mandat från Länsstyrgruppen för hälsa, vård och omsorg i X": the mandate's word for the uppdrag;
    the comma inside the giver's list of fields does not cut its name."""
    f = load_text(tmp_path, "svu.txt", SVU)
    gives = [m for m in f["mandates"] if m[2] == "delegates" and m[1] == f["body"]]
    assert [m[0] for m in gives] == ["Länsstyrgrupp för hälsa, vård och omsorg i Norrby"], f["mandates"]


ROSTER = """Tillgänglighetsrådet, Åby kommun
Protokoll 2025-11-24
Närvarande ledamöter
Ronny Falk\tDHR Åby
Britt Osslund\tSynskadades Riksförbund Åby
§ 1 Tillbud
Tre tillbud har rapporterats i Lisa sedan förra mötet.
"""


def test_a_förenings_name_in_the_roster_and_a_system_named_like_a_person_are_no_people(tmp_path):
    """"Britt Osslund<TAB>Synskadades Riksförbund Åby": the förening she sits for, its kind capitalised, is no
    second person; "rapporterats i Lisa": the system things are recorded in, though named like a person."""
    f = load_text(tmp_path, "roster.txt", ROSTER)
    assert f["persons"] == ["Britt Osslund", "Ronny Falk"], f["persons"]
