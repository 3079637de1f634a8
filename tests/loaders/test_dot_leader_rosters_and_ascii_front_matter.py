"""Habits of secretaries not read before: a roster typed with leaders of dots between each huvudman and its people
("Region Åsen ......... Eva Ek (EE), ordf."), its next person indented under the first; points headed "PKT 3 |
Title"; a mailed title "SAMVERKANSGRUPP X – protokollsanteckningar" whose kind of document follows the body's name;
one invited "Inbjuden, pkt 4"; and a Markdown front matter whose keys are spelled without å, ä and ö ("mote:",
"forhinder:").
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.segment import segment_minutes

MAILED = """Ämne: Anteckningar SG Barn 19/1 – slutlig version
Från: Lisa Holm
Till: sg-barn@regionasen.se
Skickat: den 24 januari 2028 08:12

Hej,
här kommer anteckningarna.
Lisa

=====================================================================
SAMVERKANSGRUPP BARN OCH UNGA – protokollsanteckningar
Sammanträde: onsdag 19 januari 2028, kl. 09.00–12.00
Lokal: Åby stadshus, rum Ekan
=====================================================================

NÄRVARO
Region Åsen ............ Eva Ek (EE), verksamhetschef BUP, ordf.
                         Per Lund (PL), överläkare
Åby kommun ............. Anna Berg (AB), skolchef
Norrby kommun .......... Ola Sund – anmält förhinder
Sekreterare ............ Lisa Holm (LH), Enheten för samverkan, Region Åsen
Inbjuden, pkt 2 ........ Karin Ahl, FoU Åsen

---------------------------------------------------------------------
PKT 1 | Mötet öppnas
Beslöts att godkänna dagordningen.

PKT 2 | Kartläggning av tandvård
Karin Ahl presenterade kartläggningen.

PKT 3 | Övrigt
Nästa möte 16 mars.
"""


def test_points_headed_pkt_with_a_bar_are_the_items():
    seg = segment_minutes(MAILED, "x.eml")
    assert [(i.number, i.title) for i in seg.items] == [("1", "Mötet öppnas"), ("2", "Kartläggning av tandvård"),
                                                        ("3", "Övrigt")]


def test_a_mailed_title_names_the_body_before_the_kind_of_document():
    p = parse_minutes(MAILED, "x.eml")
    assert p.body.casefold() == "samverkansgrupp barn och unga"
    assert p.date == "2028-01-19"


def test_a_roster_with_leaders_of_dots_gives_each_huvudman_its_people():
    got = {a.name: (a.status, a.organisation) for a in parse_minutes(MAILED, "x.eml").attendance}
    assert got["Eva Ek"] == ("present", "Region Åsen")
    assert got["Per Lund"] == ("present", "Region Åsen")
    assert got["Anna Berg"] == ("present", "Åby kommun")
    assert got["Ola Sund"] == ("absent", "Norrby kommun")
    assert got["Lisa Holm"][0] == "present"
    assert got["Karin Ahl"][0] == "guest"


FRONT = """---
mote: Lokal samverkansgrupp Åby
datum: 2028-01-27
deltagare:
  Region Åsen:
    - Bo Ek, verksamhetschef Åby vårdcentral (sammankallande)
  Åby kommun:
    - Anna Lund, MAS
forhinder:
  - Cilla Ström, enhetschef, Åby kommun
---

# Lokal samverkan Åby, 27 januari 2028

## 1. Inledning
Anteckningarna godkändes.
"""


def test_front_matter_keys_spelled_without_swedish_letters_are_read():
    p = parse_minutes(FRONT, "ls.md")
    assert p.body == "Lokal samverkansgrupp Åby"
    assert {(a.name, a.status) for a in p.attendance} == {("Bo Ek", "present"), ("Anna Lund", "present"),
                                                          ("Cilla Ström", "absent")}
