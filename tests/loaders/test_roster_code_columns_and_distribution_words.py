"""Habits of working-group notes and meeting-system protocols: a roster led by a column of organisation
codes ("RM", "FK") before each name, an absence told on the member's own bullet with who stood in
("– frånvarande, ersatt av X"), a to-do list under the heading "Att göra", and "Beslutet delges:" naming
who is told of a decision."""
from __future__ import annotations

from tests.loaders.test_genre_readings import load


def test_a_column_of_organisation_codes_before_the_names_is_read_past(tmp_path):
    got = load(tmp_path, """\
        ARBETSGRUPP HJÄLPMEDEL – ÅBY
        Träff 2/2027 · tisdag 9 mars 2027 · 09.00–11.00 · Teams

        Närvarande
          RÅ   Ingrid Tell, enhetschef rehab, Region Åby – sammankallande
          RÅ   Ylva Bran, enhetschef, Region Åby
          BK   Elvira Lund, arbetsterapeut, Byns kommun
          SK   Agnes Holm, enhetschef hemsjukvård, Strands kommun
        Förhinder: Sanna Dahl, enhetschef rehab, Strands kommun
        Antecknat av: Li Sand, Region Åby

        -- 1. Sortiment
        Beslutat: gemensamt sortiment för rollatorer gäller från 1/10.
        """)
    att = got["attendance"]
    assert att["Ingrid Tell"][0] == "present"
    assert att["Elvira Lund"][0] == "present"
    assert att["Agnes Holm"][0] == "present"
    assert att["Sanna Dahl"][0] == "absent"


def test_an_absence_with_its_stand_in_on_the_members_bullet_is_two_people(tmp_path):
    got = load(tmp_path, """\
        Beredningsgruppen Åby

        PROTOKOLL 2027-05-22, kl. 09.00–12.00, kommunhuset

        Ordinarie ledamöter:
        - Eva Ek, socialchef, Byns kommun (ordförande)
        - Per Lind, hälso- och sjukvårdsdirektör, Region Åby
        - Mona Berg, socialchef, Strands kommun – frånvarande, ersatt av Lars-Göran Mattsson

        1. Justering
        Beredningen beslutar att Per Lind justerar protokollet.
        """)
    att = got["attendance"]
    assert att["Mona Berg"][0] == "absent"
    assert att["Lars-Göran Mattsson"][0] == "present"


def test_an_att_gora_heading_is_no_decision(tmp_path):
    got = load(tmp_path, """\
        # Arbetsgrupp för korttidsplatser

        Anteckningar · 12 juni 2027 · Teams

        ## Närvaro
        - Eva Ek, Byns kommun
        - Per Lind, Region Åby

        ## 1. Kriterier
        ✔ **Beslut:** Gruppen tar fram en arbetsplan för hösten.

        ## Att göra
        - [ ] EE – arbetsplan hösten 2027 (klar 2027-09-26)
        """, name="anteckningar.md")
    assert not [d for d in got["decisions"] if d.strip().casefold() in ("göra", "att göra")]
    assert any("arbetsplan" in d for d in got["decisions"])


def test_a_beslutet_delges_line_is_no_decision(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    PROTOKOLL
        Socialnämnden                 Sammanträdesdatum 2027-06-12

        Närvarande: Eva Ek (S), ordförande; Per Lind (M); Sara Öhrn (C)

        § 1   Ledamot i närvårdsrådet
        Beslut
        Socialnämnden befriar Sara Öhrn (C) från uppdraget i Lokala närvårdsrådet i Åby.
        Beslutet delges: de berörda, rådets sammankallande

        Justerandes sign\tUtdragsbestyrkande
        """)
    assert not [d for d in got["decisions"] if "delges" in d]
    assert any("befriar Sara Öhrn" in d for d in got["decisions"])
