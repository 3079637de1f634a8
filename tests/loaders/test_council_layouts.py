"""Layouts of councils' and village councils' minutes: items numbered after the council's acronym,
points that are sentences, guests told in a sentence, a roster heading naming the organisations."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.segment import segment_minutes

BYARAD = """Minnesanteckningar från möte i Åsens byaråd 2025-11-09
Närvarande: Rune Ek, Gun Sand, Tord Back och Ylva Frisk.
Förhinder: Agneta Brink.
Dessutom deltog Sofia Ren, landsbygdsutvecklare i Åby kommun, under punkt 4.

1. Ordförande Rune Ek hälsade välkommen och förklarade mötet öppnat.

2. Dagordningen lästes upp och godkändes.

3. Föregående minnesanteckningar gicks igenom och lades till handlingarna.

4. Sofia Ren informerade om bygdepengen.
    Byarådet beslutar ansöka om bygdepeng för belysning vid badplatsen.

5. Nästa möte söndag 11 januari i bygdegården.

Vid pennan:
Ylva Frisk
"""


def test_points_that_are_sentences_are_the_items_and_keep_their_text():
    seg = segment_minutes(BYARAD)
    assert [i.number for i in seg.items] == ["1", "2", "3", "4", "5"]
    assert seg.items[1].title == "Dagordningen lästes upp och godkändes"
    assert seg.signatures is not None  # "Vid pennan:" over the writer ends the last item


def test_an_approval_read_aloud_first_is_the_meetings_decision():
    texts = [d.text for d in parse_minutes(BYARAD).decisions]
    assert "godkänna dagordningen" in texts


def test_guests_told_in_a_sentence_after_the_absent():
    att = {e.name: e for e in parse_minutes(BYARAD).attendance}
    assert att["Agneta Brink"].status == "absent"
    assert att["Sofia Ren"].status == "guest" and att["Sofia Ren"].paragraphs == ["4"]


KHR = """Kommunala handikapprådet
Beslutande:
Ingela Mård (S), ordförande
Britt Kallin (C)
Representanter från handikapporganisationerna
Sonja Lund (DHR)
Gert Holm (SRF)
KHR 1 Mötets öppnande
Ordföranden hälsar välkommen.
KHR 2 Val av justerare
Till justeringsperson valdes Sonja Lund.
KHR 3 Nästa möte
Nästa möte hålls den 11 februari 2026.
"""


def test_items_numbered_after_the_councils_acronym():
    seg = segment_minutes(KHR)
    assert [(i.number, i.title) for i in seg.items] == [("1", "Mötets öppnande"), ("2", "Val av justerare"),
                                                       ("3", "Nästa möte")]


def test_a_roster_heading_naming_the_organisations_is_no_unit():
    att = {e.name: e for e in parse_minutes(KHR).attendance}
    assert att["Britt Kallin"].unit is None
    assert att["Sonja Lund"].status == "present"


FORUM = """# MINNESANTECKNINGAR

## Forum för regional utveckling i Åslänet

**Närvarande:**

*Politiker:*

- Gösta Nordin Kommunförbundet, Ekby
- Jenny Lund Kommunförbundet, Åby t o m 2
- Bengt Ek Region Åslänet, ordförande

*Tjänstemän:*

- Kristina Alm Länsstyrelsen

## 1 Mötets öppnande

Ordförande Bengt Ek hälsade välkommen och öppnade sammanträdet.

## 2 Strategi

Forumet ställer sig bakom inriktningen. Kommunförbundet och Länsstyrelsen får i uppdrag att samordna remissvaren.

## 3 Nästa möte

Forumet rapporterar till regionstyrelsen. Nästa möte hålls den 12 februari 2026.
"""


def test_a_forums_roster_by_politicians_and_officials_with_the_forbund_after_the_name():
    att = {e.name: e for e in parse_minutes(FORUM, "forum.md").attendance}
    assert att["Gösta Nordin"].status == "present" and att["Jenny Lund"].paragraphs == ["1–2"]
    assert att["Kristina Alm"].status == "guest"


def test_an_authority_given_a_task_is_an_organisation_not_a_board():
    from samverkan.loaders.relations import find_groups
    assert find_groups("Kommunförbundet och Länsstyrelsen") == []


def test_the_secretary_on_the_title_page_listed_among_the_others_is_an_official():
    text = ("Minnesanteckningar för Integrationsrådet\nNärvarande   Enligt bifogad närvarolista\n"
            "Sekreterare   Maja Thorell\nOrdförande    Frans Heikkinen (BP)\n\nNärvarolista\n"
            "Parti   Ledamöter                              Närvarande\n"
            "BP      Frans Heikkinen, ordförande            X\n"
            "C       Kristin Lemborg                        X\n\n"
            "Övriga närvarande          Funktion\nMaja Thorell               Sekreterare\n"
            "IR 36   Mötets öppnande\nOrdföranden förklarar mötet öppnat.\nIR 37   Dagordning\n"
            "Dagordningen fastställdes.\nIR 38   Nästa möte\nNästa möte hålls den 9 februari 2026.\n")
    att = {e.name: e for e in parse_minutes(text).attendance}
    assert att["Maja Thorell"].status == "guest"
    assert att["Kristin Lemborg"].status == "present"


def test_a_member_away_for_some_points_is_present_for_the_others():
    text = ("Styrelsen\nDeltagare    Ulla Hamre, ordförande\n             Bo Nett, ej pkt 5d, 11-15\n"
            "Anmält förhinder   Lars Strand\n\n1 Föredragningslista\nStyrelsen fastställde föredragningslistan.\n"
            "2 Justering\nBo Nett justerar.\n3 Nästa möte\nNästa möte hålls den 9 februari 2026.\n")
    att = {e.name: e for e in parse_minutes(text).attendance}
    assert att["Bo Nett"].status == "present" and att["Bo Nett"].paragraphs == []
    assert att["Lars Strand"].status == "absent"


def test_sections_labelled_in_brackets_on_one_line():
    text = ("Protokoll från delegationens sammanträde 9 december 2025\n\n"
            "Närvarolista: (Ledamöter) Jonas Pelle (ordförande), Pia Bevik. (Kansli) Krister Tam, Anton Ahl.\n\n"
            "1) Mötets öppnande\nOrdförande öppnade mötet.\n2) Föregående protokoll\n"
            "Delegationen godkände protokollet.\n")
    att = {e.name: e.status for e in parse_minutes(text).attendance}
    assert att == {"Jonas Pelle": "present", "Pia Bevik": "present", "Krister Tam": "guest", "Anton Ahl": "guest"}


def test_points_that_are_sentences_wrapped_with_no_blank_lines_are_still_the_items():
    """The same notes as a PDF reads them: no blank lines, and point 4's sentence wrapped, its end
    ("… för" / "2026. Byarådet beslutar …") on the next line."""
    text = BYARAD.replace("\n\n", "\n").replace(
        "4. Sofia Ren informerade om bygdepengen.\n    Byarådet",
        "4. Sofia Ren informerade om kommunens landsbygdsprogram och om bygdepengen för\n2026. Byarådet")
    p = parse_minutes(text)
    assert [i.number for i in p.items] == ["1", "2", "3", "4", "5"]
    assert "ansöka om bygdepeng för belysning vid badplatsen" in [d.text for d in p.decisions]
