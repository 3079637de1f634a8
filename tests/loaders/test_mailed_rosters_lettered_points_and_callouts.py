"""Habits of secretaries not read before: a mailed roster under "På mötet:" whose huvudmän are set off from their
people by leaders of dots, indented, a detail wrapped onto a line of its own; points lettered "a)", "b)" … as the
only headings of a mail's notes; a decision set apart in Markdown as a quote opening with a bold label ("> **Beslut:**
…"); a point headed "Punkt 1 · Inledning" with a middle dot; and a närvaro table whose "Tjänstgörande ersättare"
column holds a dash where the ledamot herself came.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.segment import segment_minutes

MAILED = """LOKAL SAMVERKANSGRUPP ÅBY
Torsdag 9 mars 2028, 13.15–15.00
Åby vårdcentral, samlingsrummet

På mötet:
  Åby kommun ........ Hanna Ek (HE), samordnare, antecknar
                      Per-Olof Lund (POL), enhetschef hemsjukvården
  Region Åsen ....... Fredrik Berg (FB), verksamhetschef Åby
                      vårdcentral, ordförande
                      Jamila Sund (JS), distriktsläkare
Anmält förhinder:
  Region Åsen ....... Lars Holm (LH), psykiatrin Åby

a) Förra mötet
Anteckningarna från 12 januari lades till handlingarna.

b) Läkarstöd till särskilt boende
JS och POL går igenom schemat för läkarbesök.

c) Nästa möte
Torsdag 11 maj kl. 13.15. FB kallar.
"""


def test_a_dotted_roster_under_pa_motet_gives_each_huvudman_its_people():
    got = {a.name: (a.status, a.organisation) for a in parse_minutes(MAILED, "x.txt").attendance}
    assert got["Hanna Ek"] == ("present", "Åby kommun")
    assert got["Per-Olof Lund"] == ("present", "Åby kommun")
    assert got["Fredrik Berg"] == ("present", "Region Åsen")
    assert got["Jamila Sund"] == ("present", "Region Åsen")
    assert got["Lars Holm"] == ("absent", "Region Åsen")


def test_points_lettered_in_small_letters_are_the_items():
    seg = segment_minutes(MAILED, "x.txt")
    assert [(i.number, i.title) for i in seg.items] == [("a", "Förra mötet"), ("b", "Läkarstöd till särskilt boende"),
                                                        ("c", "Nästa möte")]


CALLOUTS = """# Processteam SIP Åsen – minnesanteckningar

*Tisdag 29 februari 2028 · 08.30–10.30 · Teams*

### Närvarande

- **Region Åsen:** Karin Strand (processledare, sammankallande)
- **Åby kommun:** Jonna Ek (SIP-samordnare)

#### Punkt 1 · Inledning

Karin öppnade mötet.

#### Punkt 2 · Teamets sammansättning

Jonna blir vice sammankallande.

> **Beslut:** Processteamet utser Jonna Ek till vice sammankallande för 2028.

#### Punkt 3 · Övrigt

> Per sa att det brådskar.
"""


def test_a_point_headed_with_a_middle_dot_keeps_its_title():
    seg = segment_minutes(CALLOUTS, "x.md")
    assert [(i.number, i.title) for i in seg.items] == [("1", "Inledning"), ("2", "Teamets sammansättning"),
                                                        ("3", "Övrigt")]


def test_a_decision_set_apart_as_a_quote_with_a_bold_label_is_read():
    decisions = [(d.item, d.text) for d in parse_minutes(CALLOUTS, "x.md").decisions]
    assert any(item == "2" and "Jonna Ek till vice sammankallande" in text for item, text in decisions), decisions
    assert not any("brådskar" in text for _, text in decisions)


TABLE = """LEDNINGSGRUPP FÖR SAMVERKAN ÅSEN
Protokoll 2028-03-17

Närvaro

Huvudman          Ordinarie ledamot                        Deltog      Tjänstgörande ersättare
Region Åsen   Maria Lund, hälso- och sjukvårdsdirektör, ordförande   Ja   –
Åby kommun   Lotta Berg, socialdirektör                    Ja          –
Norrby kommun   Björn Ax, förvaltningschef                 Nej         Camilla Hjort, verksamhetschef äldreomsorg
Västby kommun    Elin Sand, socialchef                     Ja          –

§ 13 Inledning
Ordföranden öppnade sammanträdet.

§ 14 Övriga frågor
Inga övriga frågor.
"""


def test_a_dash_in_the_ersattare_column_leaves_the_ledamot_in_her_seat():
    got = {a.name: (a.status, a.organisation) for a in parse_minutes(TABLE, "x.pdf").attendance}
    assert got["Maria Lund"] == ("present", "Region Åsen")
    assert got["Lotta Berg"] == ("present", "Åby kommun")
    assert got["Elin Sand"] == ("present", "Västby kommun")
    assert got["Björn Ax"][0] == "absent"
    assert got["Camilla Hjort"][0] == "present"
