"""Readings of the minutes of förbund, föreningar and programme beslutsgrupper: their letterheads, their
rosters of X marks with Suppleanter / Sekretariatet / Dessutom sections, and item kinds on a line of their own.
Each minutes here is loaded as a user would load it."""
from __future__ import annotations

from tests.loaders.test_genre_readings import load

FÖRENING = """\
    Föreningen Anhörigstöd Tallnäs

    PROTOKOLL NR 2/2025/2026

    Möte med föreningens styrelse den 4 oktober 2025

    Ledamöter                    Närvarande
    Berit Ålund                  X, mötesordförande § 11 – § 14
    Olof Sandin                  X
    Greta Nyhus                  X, ej § 14 – § 15
    Per Ekholm                   anmält förhinder
    Suppleanter
    Ylva Strid                   X
    Sekretariatet
    Maja Lundin                  X, sekreterare

    § 11 Mötet öppnas

    Berit Ålund förklarar mötet öppnat.

    § 12 Val av justerare

    Beslut

    att utse Olof Sandin till justerare.
    """


def test_a_förenings_roster_of_marks_reads_its_suppleanter_and_staff_under_their_own_headings(tmp_path):
    got = load(tmp_path, FÖRENING)
    att = got["attendance"]
    assert att["Per Ekholm"][0] == "absent"
    # under "Suppleanter" below the "Ledamöter  Närvarande" header: an ersättare, not a ledamot
    assert att["Ylva Strid"] == ("present", ["ersättare"])
    # the staff under "Sekretariatet" attend without a seat
    assert att["Maja Lundin"][0] == "guest"
    assert "Suppleanter" not in " ".join(att)


def test_the_board_of_the_förening_on_the_letterhead_is_the_body_that_met(tmp_path):
    assert load(tmp_path, FÖRENING)["body"] == "Styrelsen, Föreningen Anhörigstöd Tallnäs"


def test_ej_before_paragraphs_says_when_a_member_was_away_and_is_no_title():
    from samverkan.loaders.extract import parse_attendance_entry
    e, _ = parse_attendance_entry("Greta Nyhus, ej § 14 – § 15", "present", ["ledamot"])
    assert e.name == "Greta Nyhus" and e.title is None and e.paragraphs == []


def test_a_member_there_until_a_point_is_no_guest_come_for_that_point(tmp_path):
    got = load(tmp_path, """\
        Beslutsgruppen för Landsbygdsfonden Tallnäs
        Protokoll från beslutsgruppsmöte den 3 oktober 2025
        Närvarande: Åke Berg, ordf.
        Ledamöter: Lisa Holm
        Nils Ek (t.o.m. p. 4)
        Tjänstgörande ersättare
        Eva Sund
        Dessutom: Anna Kron/Tor Lid, sekretariatet
        Utvärderarna Kim Falk och Ida Rask (punkt 3)

        1. Fastställande av dagordning
        Dagordningen fastställdes.
        2. Val av justerare
        Lisa Holm valdes till justerare.
        3. Ansökan Gröna byar
        Ansökan tillstyrktes.
        """)
    att = got["attendance"]
    assert att["Nils Ek"] == ("present", ["ledamot"])
    assert att["Eva Sund"] == ("present", ["ersättare"])
    # "A/B, sekretariatet" and "Utvärderarna X och Y": two people each, with what the line says of both
    assert {att[n][0] for n in ("Anna Kron", "Tor Lid", "Kim Falk", "Ida Rask")} == {"guest"}
    assert not [p for p in got["persons"] if p.startswith("Utvärderarna")]
    assert "tillstyrka ansökan" in [d.lower().rstrip(".") for d in got["decisions"]]


def test_a_kommunalförbunds_direktion_is_named_with_the_förbund_on_its_letterhead(tmp_path):
    got = load(tmp_path, """\
        KOMMUNALFÖRBUNDET HJÄLPMEDEL OCH STÖD TALLNÄS      PROTOKOLL
        Direktionen                                         Sammanträdesdatum 2025-11-27

        Beslutande        Åke Berg (S), Tallnäs kommun, ordförande
                          Lisa Holm (M), Ekö kommun

        § 41 Informationsärenden om ledtider

        Informationsärende

        Kim Falk informerar om ledtiderna.

        Beslut: att lägga informationen till handlingarna.
        """)
    assert got["body"] == "Direktionen, Kommunalförbundet Hjälpmedel och Stöd Tallnäs"
    # the kind on its own line is no part of the presenter's name
    assert not [p for p in got["persons"] if "ärende" in p.lower()]


def test_förbundets_styrelse_in_minutes_naming_one_förbund_is_that_förbunds_board(tmp_path):
    got = load(tmp_path, """\
        # Protokoll fört vid möte med Brobyggets styrgrupp den 14 oktober 2025

        Projektet Brobygget finansieras av Samordningsförbundet Tallnäs.

        **Närvarande:** Åke Berg, Försäkringskassan (ordförande); Lisa Holm, Tallnäs kommun

        ### 1. Förlängning
        Beslut: att föreslå förbundets styrelse att förlänga projektet.
        """)
    assert "Förbundets styrelse" not in got["bodies"]
    assert "Styrelsen, Samordningsförbundet Tallnäs" in got["bodies"]
