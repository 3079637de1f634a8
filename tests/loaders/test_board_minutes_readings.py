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


def test_a_task_to_the_sekretariat_goes_to_the_people_the_roster_lists_under_it(tmp_path):
    got = load(tmp_path, FÖRENING + """
    § 13 Verksamhetsplan

    Beslut

    att uppdra åt sekretariatet att revidera utkastet till verksamhetsplan.
    """)
    assert (["Maja Lundin"], "revidera utkastet till verksamhetsplan") in [
        (who, task.rstrip(".")) for who, task in got["assignments"]]
    # a duty at the meeting is no seat in a group named after the item
    assert (["Olof Sandin"], "justera protokollet") in got["assignments"]
    assert "Val av justerare" not in got["bodies"]


def test_a_council_named_in_full_then_by_its_definite_form_is_one_council(tmp_path):
    got = load(tmp_path, FÖRENING + """
    § 13 Representation

    Beslut:

    att utse Olof Sandin till föreningens representant i Tallnäs kommuns anhörigråd,

    att utse Ylva Strid till ersättare i anhörigrådet.
    """)
    assert ("Ylva Strid", "Tallnäs kommuns anhörigråd", "join") in got["memberships"]
    assert "Anhörigrådet" not in got["bodies"]


def test_a_seat_left_in_connection_with_something_keeps_the_bodys_name_short(tmp_path):
    got = load(tmp_path, """\
        Protokoll Direktionen, Kommunalförbundet Stöd Tallnäs 2025-11-27

        Närvarande: Åke Berg (S), ordförande

        § 4 Representation

        Nils Ek lämnar uppdraget som förbundets representant i Samverkansgruppen för hjälpmedel i samband
        med att han går i pension.
        """)
    assert {b for b in got["bodies"] if b.startswith("Samverkansgrupp")} == {"Samverkansgrupp för hjälpmedel"}
    assert not [b for b in got["bodies"] if "samband" in b]


DIREKTION = """\
    KOMMUNALFÖRBUNDET STÖD TALLNÄS                      PROTOKOLL
    Direktionen                                         Sammanträdesdatum 2025-11-27

    Beslutande        Åke Berg (S), Tallnäs kommun, ordförande
                      Nils Ek (S), Ekö kommun, tjg ers för Eva Sund (S)
    Närvarande, ej tjg ers:   Pia Holm (M), Tallnäs kommun
    Övriga deltagande:  Kim Falk, förbundsdirektör Ida Rask, ekonomichef Tor Lid, sekreterare

    § 4 Ledtider

    Direktionen ger förbundsdirektören i uppdrag att återkomma med en analys av ledtiderna.
    """


def test_a_direktions_form_reads_its_ersättare_in_short_words_and_its_officials_on_one_line(tmp_path):
    got = load(tmp_path, DIREKTION)
    att = got["attendance"]
    assert att["Nils Ek"] == ("present", ["ersättare"])
    assert att["Pia Holm"] == ("present", ["ersättare"])
    assert {att[n][0] for n in ("Kim Falk", "Ida Rask", "Tor Lid")} == {"guest"}
    # "Direktionen" gives the task, the förbundsdirektör on the line above takes it
    assert (["Kim Falk"], "återkomma med en analys av ledtiderna") in [
        (who, task.rstrip(".")) for who, task in got["assignments"]]
    assert "Kim Falk" not in got["bodies"]


def test_a_project_styrgrupp_works_for_and_reports_to_the_board_of_the_förbund_its_minutes_name(tmp_path):
    from samverkan.loaders.pipeline import parse_file
    (tmp_path / "p.md").write_text(
        "# Protokoll fört vid möte med Brobyggets styrgrupp den 14 oktober 2025\n\n"
        "Projektet Brobygget finansieras av Samordningsförbundet Tallnäs. Styrgruppen arbetar på uppdrag av "
        "förbundets styrelse och rapporterar dit.\n\n**Närvarande:** Åke Berg, Försäkringskassan (ordförande)\n\n"
        "### 1. Läget\nÅke Berg informerar.\n", encoding="utf-8")
    kinds = {(m.from_body, m.to_body, m.kind) for m in parse_file(str(tmp_path / "p.md")).relations.mandates}
    assert ("Brobyggets styrgrupp", "förbundets styrelse", "reports_to") in kinds


def test_who_kept_the_minutes_and_who_signs_under_justeras_side_by_side(tmp_path):
    got = load(tmp_path, FÖRENING + """

    Vid protokollet                     Justeras

    Maja Lundin                         Berit Ålund           Olof Sandin
    """)
    assert "sekreterare" in got["attendance"]["Maja Lundin"][1]
    assert "justerare" not in got["attendance"]["Maja Lundin"][1]
    assert "justerare" in got["attendance"]["Olof Sandin"][1]


def test_a_förenings_board_meeting_and_its_appointments_told_duty_first(tmp_path):
    got = load(tmp_path, """\
        Protokoll från styrelsemöte i Brukarföreningen Tallnäs 2025-09-14

        Närvarande: Lars Ekman, Anna Tell, Per Olsson
        Frånvarande: Kjell Nord

        1. Ekonomi
        Mötet beslutade att godkänna den ekonomiska rapporten.
        Att representera föreningen vid länsförbundets stämma utsågs Per Olsson.
        Uppdrogs åt Anna Tell att anmäla ombuden.
        """)
    assert got["body"] == "Styrelsen, Brukarföreningen Tallnäs"
    assert "utse Per Olsson att representera föreningen vid länsförbundets stämma" in got["decisions"]
    tasks = [(who, task.rstrip(".")) for who, task in got["assignments"]]
    assert (["Per Olsson"], "representera föreningen vid länsförbundets stämma") in tasks
    assert (["Anna Tell"], "anmäla ombuden") in tasks


def test_a_direktions_web_page_names_the_förbund_beside_its_title_and_the_justerare_chosen_last(tmp_path):
    """A räddningstjänstförbund's direktion as a web page: "Direktionens protokoll <date>" over the förbund's
    name, "Direktionens ledamöter" / "Direktionens ersättare" headings and the justerare chosen after the verb."""
    got = load(tmp_path, """\
        # Direktionens protokoll 28 november 2025

        Räddningstjänstförbundet Åsfjäll – sammanträde med direktionen den 28 november 2025, brandstationen i Ek.

        ## Närvarande

        Direktionens ledamöter och ersättare som var närvarande på mötet

        ### Direktionens ledamöter

        Maja Berg (S), ordförande
        Leo Holm (M)

        ### Direktionens ersättare

        Siv Dahl (S) tjänstgörande
        Ola Strand (C)

        ### Tjänstepersoner

        Tora Ek, administratör

        ### Fackliga organisationer

        Per Lind, Kommunal

        ### Justering och sekreterare

        Att jämte ordförande Maja Berg justera dagens protokoll valdes Leo Holm. Sekreterare är Tora Ek.

        ## 60 § Sammanträdets öppnande och val av justeringsperson

        Dagordningen fastställdes.

        Till justeringsperson valdes Leo Holm.
        """)
    assert got["body"] == "Direktionen, Räddningstjänstförbundet Åsfjäll"
    # the sentence under "Närvarande" says whom it lists; each heading below it is a section of its own
    att = got["attendance"]
    # the justerare and the sekreterare chosen in the header's sentences have those roles at the meeting
    assert att["Ola Strand"] == ("present", ["ersättare"]) and att["Leo Holm"] == ("present", ["justerare", "ledamot"])
    assert att["Tora Ek"] == ("guest", ["sekreterare"]) and att["Per Lind"][0] == "guest"
    assert [t for who, t in got["assignments"] if who == ["Leo Holm"] and "justera" in t]
    assert not [t for _, t in got["assignments"] if "valdes" in t]  # the verb after the duty is no part of it


def test_a_lag_protocol_numbers_its_points_on_over_the_year_and_writes_its_roster_as_sentences(tmp_path):
    """A Leader area's LAG: "Protokoll LEADER X, LAG-möte", a roster of sentences ending in full stops with the
    verksamhetsledare adjungerad, points "112." … "116." and the older "Beslöts att …"."""
    got = load(tmp_path, """\
        Protokoll LEADER Åmyren, LAG-möte
        Tid: Onsdagen den 22 oktober 2025 kl. 18.00–20.45

        Närvarande: Siv Alm, Bo Rask, Gun Björk. Verksamhetsledare Eva Mörk (adjungerad).
        Ej närvarande: Ivar Ström, Jenny Skog.

        112. Mötets öppnande
        Ordföranden Siv Alm förklarade mötet öppnat.

        113. Fastställande av dagordning
        LAG beslutade fastställa förslaget till dagordning.

        114. Val av protokolljusterare
        Till protokolljusterare valdes Bo Rask.

        115. Arbetsutskott
        Beslöts att Gun Björk ersätter Ivar Ström i arbetsutskottet för resten av verksamhetsåret.

        116. Nästa möte
        Nästa LAG-möte hålls den 3 december 2025.
        """)
    assert got["body"] == "LAG, Leader Åmyren"
    att = got["attendance"]
    assert att["Gun Björk"][0] == "present" and att["Eva Mörk"][0] == "guest" and att["Jenny Skog"][0] == "absent"
    assert ("Gun Björk", "Arbetsutskottet, Leader Åmyren", "replace") in got["memberships"]
    assert any(d.startswith("Gun Björk ersätter Ivar Ström") for d in got["decisions"])
    assert (["Bo Rask"], "justera protokollet") in got["assignments"]


def test_a_youth_councils_pdf_reads_its_marks_a_cell_a_line_and_its_items_from_the_justerade_paragrafer(tmp_path):
    """A kommunal ungdomsråd's protocol as a PDF's text: the närvarolista's cells one a line ("Sara Öhman" /
    "-"), a member who has "avgått från rådet", items "19   Föregående protokoll" numbered on from the
    "Justerade paragrafer" of the title page, and an att-clause whose sentence ends before the running text."""
    got = load(tmp_path, """\
        VIDEBERG KOMMUN
        SAMMANTRÄDESPROTOKOLL 1(2)
        Kommunala ungdomsrådet
        Sammanträdesdatum 2025-11-05
        Beslutande
        Ledamöter
        Tilda Norén, ordförande
        Oscar Brandt, ledamot
        Justerade paragrafer
        19–21
        Närvaro- och omröstningslista
        Ordinarie ledamöter
        Närvaro
        Tilda Norén
        X
        Oscar Brandt
        X
        Sara Öhman
        -
        Leon Berg
        avgått från rådet
        19   Föregående protokoll
        Kommunala ungdomsrådet beslutar
        att bjuda in ordföranden i kultur- och fritidsnämnden till rådets nästa möte.
        Oscar Brandt berättade om nya öppettider på fritidsgårdarna.
        20   Budget
        Kommunala ungdomsrådet godkänner informationen.
        21   Övriga frågor
        Inga övriga frågor.
        """)
    att = got["attendance"]
    assert att["Sara Öhman"][0] == "absent" and att["Tilda Norén"][0] == "present"
    assert "Leon Berg" not in att
    assert "bjuda in ordföranden i kultur- och fritidsnämnden till rådets nästa möte" in [
        d.rstrip(".") for d in got["decisions"]]


def test_a_project_styrgrupps_notes_put_the_organisation_before_each_person_with_slashes(tmp_path):
    """An ESF project's styrgrupp: a letterhead box "MINNESANTECKNINGAR / STYRGRUPPEN" over "Styrgruppsmöte
    ESF-projektet X", "Deltagare:" as "Org/Name/Title" lines and "Org – Name, ersättare för sektionschef Y",
    and a group named by the two sectors it joins."""
    got = load(tmp_path, """\
        ÅSMARKS KOMMUN Arbetsmarknadsenheten\tMINNESANTECKNINGAR STYRGRUPPEN
        Nora Berg projektledare\tDATUM 2025-09-30

        Styrgruppsmöte ESF-projektet Nya steg
        Deltagare:
        Åsmarks kommun/Therese Vik/Verksamhetschef Arbetsmarknadsenheten, ordförande
        Arbetsförmedlingen – Hassan Amin, ersättare för sektionschef Petra Lind
        Adjungerande:
        Nya steg/Nora Berg/Projektledare
        Ej närvarande:
        Arbetsförmedlingen/Petra Lind/Sektionschef

        1. Samverkan skola–socialtjänst
        Samverkansgruppen skola–socialtjänst arbetar på uppdrag av styrgruppen och rapporterar till styrgruppen.

        2. Nästa möte
        Therese Vik kallar.
        """)
    assert got["body"] == "Styrgrupp ESF-projektet Nya steg"
    att = got["attendance"]
    assert att["Therese Vik"] == ("present", ["ledamot", "ordförande"])
    assert att["Hassan Amin"][0] == "present" and att["Nora Berg"][0] == "guest" and att["Petra Lind"][0] == "absent"
    assert "Samverkansgrupp skola–socialtjänst" in got["bodies"]


def test_a_regional_beredningsgrupps_notes_list_its_seats_per_side_with_the_secretary_under_a_heading(tmp_path):
    """A regional beredningsgrupp's "ANTECKNINGAR" in capitals under the region's letterhead (the kind of the
    document, not who kept it), "Kommunernas ledamöter" / "Regionens ledamöter" with the delregion in
    brackets and "fr p 4", "Sekreterare" as a heading of its own over the official, and a new member named
    with the delregion she sits for."""
    got = load(tmp_path, """\
        REGION ÅSMARK
        ANTECKNINGAR
        Beredningsgruppen för regional utveckling
        Sammanträde 2025-10-16 kl. 09.30–12.00

        NÄRVARANDE
        Kommunernas ledamöter
        Anders Ryd (Norra Åsmark), 1:e vice ordförande
        Karl Öst (Kustbygden), fr p 2
        Regionens ledamöter
        Helena Ström, ordförande
        Sekreterare
        Ebba Linde

        1. Mötets öppnande
        Ordföranden öppnade sammanträdet.

        2. Ledamöter
        Kommunförbundet Åsmark har utsett Maja Eklöv (Kustbygden) till ny ledamot i beredningsgruppen efter Ove Strandh.

        3. Strategi
        Beredningsgruppen ställer sig bakom remissversionen. Ärendet överlämnas till regionstyrelsen för beslut.
        """)
    # the region's board, named with the region on the letterhead
    assert "Regionstyrelsen, Region Åsmark" in got["bodies"]
    body = got["body"]
    assert body in ("Beredningsgruppen för regional utveckling", "Beredningsgrupp för regional utveckling")
    att = got["attendance"]
    assert att["Karl Öst"] == ("present", ["ledamot"]) and att["Ebba Linde"] == ("present", ["sekreterare"])
    assert ("Maja Eklöv", body, "replace") in got["memberships"]
    assert not [m for m in got["memberships"] if m[0] == "Ebba Linde"]
