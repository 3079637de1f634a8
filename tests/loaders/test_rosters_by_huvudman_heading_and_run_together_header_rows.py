"""Rosters of three secretaries read on small minutes of their own: a samverkansgrupp's notes listing the
members under "Närvarande från Region X" and "Närvarande från kommunerna"; a nämnd's protocol printed to PDF,
its roster table's heading row run together ("Ledamot Parti Anm"), a serving ersättare noted "tjg för", the
other ersättare under "Ersättare i övrigt" and the justerare's cell run on into "Justeringens tid"; a working
group's notes whose writer signs "Skrev:" after those who could not come ("Kunde inte:").
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

BY_HUVUDMAN = """Samverkansgrupp Barn och unga – Åsen
Minnesanteckningar, torsdag 9 oktober 2031 kl. 13.00–16.00

Närvarande från Region Åsen
Anna Korpi, verksamhetschef BUP (ordf.)
Moa Lind, samordnare (anteckningar)
Närvarande från kommunerna
Siv Wall, socialchef, Byå kommun
Tor Klerk, IFO-chef, Lidsund kommun
Anmält förhinder
Cajsa Brun, Ekhult kommun

Ärende 1 – Inledning
Dagordningen fastställdes.
"""

PDF_ROSTER = """BYÅ KOMMUN PROTOKOLL
Social- och omsorgsnämnden 2031-09-29
Plats och tid: Byå kommunhus, Älvsalen, kl. 09.00–11.50
Närvarolista
**Ledamot Parti Anm**
Ingrid Kemi, ordförande
S
Therése Vin S
Leif Kvarn V frånvarande
Maud Engel S tjg för Leif Kvarn
Ersättare i övrigt: Halvar Roos (KD), närvarande utan att tjänstgöra.
Tjänstepersoner: Sara Kivelä, nämndsekreterare.
Utses att justera: Therése Vin Justeringens tid: 2031-10-06
Paragrafer: 44–45
**SON § 44 Protokollets justering**
Social- och omsorgsnämnden beslutar
• att utse Therése Vin (S) att jämte ordföranden justera protokollet.
**SON § 45 Delgivningar**
Social- och omsorgsnämnden beslutar
• att delgivningarna läggs till handlingarna.
"""

SIGNED = """ARBETSGRUPP HEMSJUKVÅRD ÅSEN
Träff nr 6/2031 – tisdag 4 november 2031, 13–15.30, Teams

Vi som var med:
  Malin Strid      ssk/samordnare, Byå kommun
  Petter Sjöberg   enhetschef hemsjukvård, Lidsund kommun
  Nasrin Kari      fysioterapeut, Ekhult kommun
Kunde inte: Vendela Asp (Tallby kommun)
Skrev: Petter

1) Introduktionen
Malin visade utkastet.
"""


def test_members_listed_under_the_heading_of_their_huvudman_are_present(tmp_path):
    f = load_text(tmp_path, "sbu.txt", BY_HUVUDMAN)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Anna Korpi": "present", "Moa Lind": "present", "Siv Wall": "present",
                      "Tor Klerk": "present", "Cajsa Brun": "absent"}
    assert ("Siv Wall", "Samverkansgrupp Barn och unga", "member") in f["memberships"]


def test_a_pdf_roster_heading_row_and_the_cell_run_on_after_the_justerare_are_no_people(tmp_path):
    f = load_text(tmp_path, "son.txt", PDF_ROSTER)
    names = {name for name, _, _ in f["attendance"]}
    assert "Parti Anm" not in names and not any("Justeringens" in n for n in names)
    roles = {name: roles for name, _, roles in f["attendance"]}
    assert "ersättare" in roles["Maud Engel"] and "ledamot" not in roles["Maud Engel"]
    assert "ersättare" in roles["Halvar Roos"]
    assert "justerare" in roles["Therése Vin"]


def test_the_writer_signing_after_those_who_could_not_come_was_there(tmp_path):
    f = load_text(tmp_path, "ag.txt", SIGNED)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Petter Sjöberg"] == "present"
    assert status["Vendela Asp"] == "absent"
