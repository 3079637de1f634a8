"""Rosters a samrådsgrupp's secretary writes by organisation: each organisation at the margin, its people
indented under it, and an absent member marked on her own line ("    Frånvarande: Eva Ek")."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

ROSTER = """Samrådsgruppen Åby
MINNESANTECKNINGAR
Datum: 2026-11-25

Deltagare

Polismyndigheten, utredningssektion Norrby
    Tobias Ek, gruppchef
Socialtjänsten Åby kommun
    Karin Lund, enhetschef (ordförande)
Socialtjänsten Ekby kommun
    Frånvarande: Emma Berg, enhetschef mottagning
Region Norrby, BUP
    Maria Sjö, kurator
Barnahus Norrby
    Linnea Ås, samordnare (sekreterare)

1. Föregående anteckningar
Anteckningarna lades till handlingarna.
"""


def test_an_indented_absence_marks_only_its_own_line(tmp_path):
    f = load_text(tmp_path, "samrad.txt", ROSTER)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Emma Berg"] == "absent"
    assert status["Maria Sjö"] == status["Linnea Ås"] == status["Tobias Ek"] == "present"


def test_an_organisation_heading_over_indented_people_is_no_person(tmp_path):
    f = load_text(tmp_path, "samrad.txt", ROSTER)
    assert "Barnahus Norrby" not in f["persons"]
    assert "Barnahus Norrby" not in {name for name, _, _ in f["attendance"]}


def test_a_party_row_at_the_margin_keeps_its_name(tmp_path):
    f = load_text(tmp_path, "kf.txt", """ÅBY KOMMUN                 PROTOKOLL
Kommunfullmäktige          Sammanträdesdatum 2025-11-24

Beslutande ledamöter
Socialdemokraterna    Karin Lund, ordförande
                      Mikael Ek
Moderaterna           Johan Berg
                      Birgitta Holm
Liberalerna           Sara Blom

§ 1 Val av justerare
Fullmäktige beslutar att utse Birgitta Holm till justerare.
""")
    assert "Johan Berg" in {name for name, _, _ in f["attendance"]}
