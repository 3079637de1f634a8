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


NARVAROLISTA = """PROTOKOLL 1 (3)
Sammanträdestid kl 09:00-11:00
Sammanträdesplats Ekrummet, Regionens hus, Norrby
Beslutande Enligt närvarolista sidan 2
Sekreterare Ulla Ström
BEVIS OM ANSLAG
Justering har tillkännagivits genom anslag på regionens digitala anslagstavla.
Myndighet Arbetsutskottet
Sammanträdesdatum 2030-04-02
Förvaringsplats för protokollet Region Norrby, regionkansliet

PROTOKOLL 2 (3)
Närvarolista
Namn Parti Närvaro Reservation Anteckningar/Tjänstgörande ersättare
Ledamöter (4)
Eva Lund S 1 Ordförande
Per Holm M 1
Karl Stål C - Lina Strand
Sara Berg KD -
Ersättare (1)
Lina Strand C 1 Tjänstgörande
Övriga närvarande
Ulla Ström, nämndsekreterare, Nils Ås, strateg, 12 Maja Ek, ekonom, 13

PROTOKOLL 3 (3)
§ 12 Strategi
Arbetsutskottets beslut
Strategin godkänns.

§ 13 Budget
Arbetsutskottets beslut
Budgeten läggs till handlingarna.
"""


def test_a_narvarolista_of_marks_one_space_apart_and_the_anslag_box_body(tmp_path):
    f = load_text(tmp_path, "au.txt", NARVAROLISTA)
    att = {a[0]: a[1:] for a in f["attendance"]}
    assert att["Karl Stål"][0] == "absent" and att["Sara Berg"][0] == "absent"
    assert "ordförande" in att["Eva Lund"][1] and att["Lina Strand"][0] == "present"
    assert {"Nils Ås", "Maja Ek", "Ulla Ström"} <= set(att)
    assert f["body"] == "Arbetsutskottet, Region Norrby"
    assert not [d for d in f["decisions"] if d.startswith("PROTOKOLL")]


UTSKOTT = """Protokoll från Socialutskottets sammanträde 2030-05-06 Innehållsförteckning

Beslutande... 2

Budget... 3

ÅBY KOMMUN SAMMANTRÄDESPROTOKOLL

Plats och tid Kommunhuset, kl 08.30-12.00

Beslutande Eva Lund (S), ordförande

Per Holm (M) Sara Berg (C)

Övriga deltagande Ulla Ström, sekreterare

Bo Ek (KD), ej tjg ers, del av § 3 Mona Ås, socialchef

Nils Ås, controller, § 3 Maja Ek, kurator, §4, 5 Lisa Holm, enhetschef, § 4

Utses att justera Per Holm

§ 3 Budget

Socialutskottets beslut

Budgeten läggs till handlingarna.

§ 4 Rapport

Socialutskottets beslut

Rapporten godkänns.
"""


def test_several_people_on_a_line_and_the_body_in_the_genitive_before_its_meeting(tmp_path):
    f = load_text(tmp_path, "su.txt", UTSKOTT)
    att = {a[0]: a[1:] for a in f["attendance"]}
    assert {"Sara Berg", "Mona Ås", "Maja Ek", "Lisa Holm"} <= set(att)
    assert "ersättare" in att["Bo Ek"][1]
    assert f["body"].startswith("Socialutskottet")
