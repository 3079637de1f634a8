"""Segmentation of minutes text: headings, tables of contents, sub-items and spans."""
import pytest

from samverkan.loaders.clean import clean
from samverkan.loaders.segment import segment_minutes, split_title


def numbers(text):
    return [i.number for i in segment_minutes(text).items]


def test_paragraph_heading_with_title_on_next_line():
    seg = segment_minutes("§ 108\nGodkännande av föredragningslista\n\nLSVO beslutar\n")
    it = seg.items[0]
    assert (it.number, it.title, it.heading_line, it.body_start) == ("108", "Godkännande av föredragningslista", 1, 3)


def test_table_of_contents_is_not_items():
    text = "§129 Godkännande av föredragningslistan\n§130 Digitala möten\n- Vidare arbete\n § 129\nGodkännande\n§ 130\nDigitala möten\n"
    seg = segment_minutes(text)
    assert numbers(text) == ["129", "130"]
    assert seg.items[0].heading_line == 4
    assert seg.toc == [(1, 3)]


def test_reference_inside_an_item_is_not_a_heading():
    text = "§ 109\nFöregående protokoll\n§100 Vårdplatsprocessen: dialog kring vårdplatser\n§ 110\nNästa\n"
    assert numbers(text) == ["109", "110"]


def test_digital_numbers_and_sub_items():
    text = "§ 49/24\n\nHälsoundersökningar\n\nText.\n\na/ Uppföljning\n\nMer.\n§ 55/24\nÅterkoppling\n10a Rapport från PSVO\nx\n10d. Extra LSVO\n"
    # 10d without 10b/10c is not taken: sub-items follow the alphabet
    assert numbers(text) == ["49/24", "49/24-a", "55/24", "55/24-10a"]


def test_numbered_notes_with_kinds_and_sub_points():
    text = ("1). Godkännande av dagordningen (B)\nFöljande fråga anmäls till punkten övriga frågor:\na/ Dokument\n"
            "10). Uppföljning/återkoppling\na). Närsjukvårdsmodellen (I/D)\nb/Folkhälsa (I/D)\n"
            "11). Övrigt\n9 a/Fysiska möten\n")
    seg = segment_minutes(text)
    assert [(i.number, i.parent) for i in seg.items] == [
        ("1", None), ("10", None), ("10a", "10"), ("10b", "10"), ("11", None)]
    assert seg.items[0].kind == ["B"]


def test_numbered_list_lines_are_not_items():
    text = "4). Kunskapsstyrning (I/D)\n– Presentera överenskommelse\n1. barn och ungas hälsa\n2. psykisk hälsa\n5). Digitalisering\n"
    assert numbers(text) == ["4", "5"]


def test_two_items_with_the_same_number_are_kept():
    assert numbers("7). FoU\n8). UPH\n8). Uppföljning\na/ FoU\n9). Övrigt\n") == ["7", "8", "8", "8a", "9"]


def test_wrapped_title_is_joined_and_notes_removed():
    seg = segment_minutes("§ 113\nNära vård - Styrning och ledning av\nomställningsarbetet (PPT)\nFöredragande: A B\n")
    assert seg.items[0].title == "Nära vård – Styrning och ledning av omställningsarbetet"  # the dash the hyphen stands for


def test_dnr_is_not_the_title():
    seg = segment_minutes("§ 12 Dnr SN 2024/123\nEkonomisk uppföljning\n")
    assert seg.items[0].title == "Ekonomisk uppföljning"


def test_markdown_headings():
    assert numbers("# Protokoll\n## § 3 Budget\ntext\n## § 4 Övrigt\n") == ["3", "4"]
    assert numbers("# Anteckningar\n## 1. Inledning\n## 2. Budget\n") == ["1", "2"]


@pytest.mark.parametrize("raw,title,kind", [
    ("Kunskapsstyrning (I/D)", "Kunskapsstyrning", ["I", "D"]),
    ("Åtgärder utifrån IVO:s granskning (se utskick + PPT)", "Åtgärder utifrån IVO:s granskning", []),
    ("FoU-avtal 2022-", "FoU-avtal 2022-", []),
    ("Dokument: Kontaktvägar särskilda händelser.", "Dokument: Kontaktvägar särskilda händelser", []),
])
def test_split_title(raw, title, kind):
    assert split_title(raw) == (title, kind)


def test_no_items_gives_the_whole_text_as_header():
    seg = segment_minutes("Hej\nDetta är inget protokoll.\n", "x.txt")
    assert seg.items == [] and seg.header == (1, 2) and seg.layout == "unknown"


def test_clean_removes_page_noise_and_rejoins_words():
    ct = clean("Inga-\n\nLisa presenterar\nJusterandes signatur\n8(8)\nsluten hälso- \noch sjukvård\nFoU-avtal 2026-\n\nMarkus")
    assert ct.lines[0] == "Inga-Lisa"
    assert ct.lines[3] == "" and ct.lines[4] == ""
    assert ct.lines[5] == "sluten hälso-"  # a real dash before 'och' stays
    assert ct.lines[7] == "FoU-avtal 2026-"
    assert len(ct.lines) == 10


def test_header_attendance_and_signature_spans():
    text = ("LSVO\nSammanträdesprotokoll\nTid och plats: 2023-11-17, via Teams\nNärvarande ledamöter:\nAnna Berg, X\n"
            "Frånvarande:\nPer Ek, Y\nParagrafer: §1 - §2\nUnderskrifter:\n……………\nAnna Berg\nOrdförande\n§ 1\nA\n§ 2\nB\n")
    seg = segment_minutes(text)
    assert (seg.header, seg.attendance, seg.signatures) == ((1, 12), (4, 7), (9, 12))


@pytest.mark.parametrize("text, expected", [
    ("1. Inledning\nText.\n\n2. Statistik t.o.m. juni\nText.\n", [("1", "Inledning"), ("2", "Statistik t.o.m. juni")]),
    ("1: Inledning\nText.\n2: Budget\nText.\n", [("1", "Inledning"), ("2", "Budget")]),
    ("7/25 Inledning\nText.\n8/25 Budget 2026\nText.\n", [("7/25", "Inledning"), ("8/25", "Budget 2026")]),
    ("Paragraf 1 Inledning\nText.\nParagraf 2 Budget\nText.\n", [("1", "Inledning"), ("2", "Budget")]),
    # a numbered sentence is no heading
    ("Inledning\n1. Vi gick igenom listan. Allt var klart.\n2. Nästa möte bokas.\n§ 3 Budget\nText.\n",
     [("3", "Budget")]),
])
def test_more_item_layouts(text, expected):
    assert [(i.number, i.title) for i in segment_minutes(text).items] == expected


def test_a_lettered_paragraph_with_running_text_is_no_sub_item():
    text = ("1. Inledning\nText.\n\n2. Övriga frågor\na) Lokaler. Eva berättar att salen är bokad hela hösten.\n"
            "b) Nästa möte: 3 juni.\n")
    assert [i.number for i in segment_minutes(text).items] == ["1", "2"]
    text = "§ 4 Övrigt\na/ Lokaler\nSalen är bokad.\nb/ Nästa möte\nDen 3 juni.\n"
    assert [i.number for i in segment_minutes(text).items] == ["4", "4a", "4b"]


def test_decimal_sub_items_under_their_item():
    text = "1. Inledning\nText.\n\n2. Rapporter\n2.1 Från styrgruppen\nText.\n2.2 Från nätverket\nText.\n\n3. Övrigt\nInget.\n"
    assert [(i.number, i.parent) for i in segment_minutes(text).items] == [
        ("1", None), ("2", None), ("2.1", "2"), ("2.2", "2"), ("3", None)]
    # numbered att-clauses are decisions, not sub-items
    text = "§ 2 Budget\nNämnden beslutar\n2.1 Att godkänna budgeten\n2.2 Att följa upp den\n§ 3 Övrigt\nInget.\n"
    assert [i.number for i in segment_minutes(text).items] == ["2", "3"]


def test_running_header_lines_repeated_with_the_page_counter_are_page_furniture():
    text = ("STORBY KOMMUN      PROTOKOLL      1 (2)\nKulturnämnden      2025-04-01\n\n§ 5 Bidrag\n"
            "att bevilja bidraget,\n\nSTORBY KOMMUN      PROTOKOLL      2 (2)\nKulturnämnden      2025-04-01\n\n"
            "att följa upp det.\nKulturnämnden 2025-04-01 godkände planen.\n")
    lines = clean(text).lines
    assert lines[1].startswith("Kulturnämnden")  # the first page's header is the title
    assert lines[6] == "" and lines[7] == ""  # the second page's header, both lines
    assert lines[10].startswith("Kulturnämnden 2025-04-01 godkände")  # far from a page break: text


def test_lettered_and_roman_items():
    assert numbers("**Punkt A – Inledning**\nText.\n\n**Punkt B – Budget**\nMer.\n") == ["A", "B"]
    assert numbers("I. Öppnande\nText.\nII. Val av leverantör\nMer text.\nIII. Övrigt\n") == ["I", "II", "III"]
    # a run that does not start at the first letter is no agenda
    assert segment_minutes("C. Något\nText.\nD. Annat\n").items == []


def test_word_headings_numbered_by_their_style_read_from_a_pdf():
    text = ("Minnesanteckningar\n1 Mötet öppnas\nJenny hälsade välkommen.\n2 Arbetsgruppens uppdrag\nText.\n"
            "3 Kartläggning av nuläget\nMer text.\n")
    assert [(i.number, i.title) for i in segment_minutes(text).items] == [
        ("1", "Mötet öppnas"), ("2", "Arbetsgruppens uppdrag"), ("3", "Kartläggning av nuläget")]
    # a run not from 1, or lines with a count, are no agenda
    assert numbers("Inledning\n2 Budget\nText.\n3 Lokaler\n4 Övrigt\n") == []
    assert numbers("Deltagare\n1 Ledamot saknades.\n2 Ersättare deltog.\n3 Gäster: Anna.\n") == []


def test_typed_numbers_set_off_by_a_gap_may_title_an_item_with_a_date():
    text = ("Minnesanteckningar\n1  Föregående anteckningar\nLades till handlingarna.\n"
            "2  Från styrgruppen 19 mars\nText.\n3  Nästa möte\nOnsdag 7 maj.\n")
    assert [(i.number, i.title) for i in segment_minutes(text).items] == [
        ("1", "Föregående anteckningar"), ("2", "Från styrgruppen 19 mars"), ("3", "Nästa möte")]
    # one space before a count is still a sentence, not an item
    assert numbers("Deltagare\n1 Ledamot saknades 2024\n2 Ersättare deltog 3 gånger\n3 Gäster 4\n") == []


def test_typed_numbers_set_off_by_a_dash_title_the_items():
    text = ("Minnesanteckningar\n1 – Mötets öppnande\nOrdföranden öppnade mötet.\n"
            "2 - Från styrgruppen 19 mars\nText.\n3 – Nästa möte\nOnsdag 7 maj.\n")
    assert [(i.number, i.title) for i in segment_minutes(text).items] == [
        ("1", "Mötets öppnande"), ("2", "Från styrgruppen 19 mars"), ("3", "Nästa möte")]
    # a count after a dash is no title
    assert numbers("Deltagare\n1 – 2 ledamöter saknades\n2 – 3 ersättare deltog\n3 – 4 gäster\n") == []


def test_unnumbered_headings_in_capitals_or_ending_in_a_colon_title_the_items():
    """Notes typed without numbers or styles set their headings off in capitals or with a colon: two are enough,
    and a short point under them is still a point; a letterhead in capitals and a label inside a point
    ("BESLUT", "Bakgrund:") head none."""
    caps = ("MINNESANTECKNINGAR\nSTYRGRUPP NÄRA VÅRD\n\nNärvarande: Anna Ek, Per Lind\n\nINLEDNING\nAnna hälsade "
            "välkommen.\n\nBUDGET\nPer redovisade budgeten.\n\nBESLUT\nBudgeten godkändes.\n")
    assert [(i.number, i.title) for i in segment_minutes(caps).items] == [("1", "INLEDNING"), ("2", "BUDGET")]
    colon = ("Anteckningar styrgrupp X\n\nNärvarande: Anna Ek, Per Lind\n\nInledning:\nAnna hälsade välkommen.\n\n"
             "Budget:\nPer redovisade budgeten.\n\nBakgrund:\nUnderlaget skickades ut i förväg.\n")
    assert [(i.number, i.title) for i in segment_minutes(colon).items] == [("1", "Inledning"), ("2", "Budget")]


def test_points_under_the_times_of_the_day_s_programme():
    text = ("Anteckningar planeringsdag\n\n09.00–09.15 Mötets öppnande\nAnna hälsade välkommen.\n"
            "09.15–10.30 Budget\nPer redovisade budgeten.\nKl. 10.45 Lokaler\nText.\n")
    assert [(i.number, i.title) for i in segment_minutes(text).items] == [
        ("1", "Mötets öppnande"), ("2", "Budget"), ("3", "Lokaler")]
    # times that run backwards are no programme
    assert numbers("Anteckningar\n10.00 Budget\nText.\n09.00 Lokaler\nText.\n") == []


def test_running_header_beside_a_page_counter_of_its_own_line_is_page_furniture():
    text = ("Region X och kommunerna\nMinnesanteckningar 2025-12-10\nArbetsgrupp Y\nSida 1 av 2\n1 Inledning\nText.\n"
            "Region X och kommunerna\nMinnesanteckningar 2025-12-10\nArbetsgrupp Y\nSida 2 av 2\n2 Övrigt\nMer.\n")
    lines = clean(text).lines
    assert lines[:3] == ["Region X och kommunerna", "Minnesanteckningar 2025-12-10", "Arbetsgrupp Y"]  # the title
    assert lines[6:10] == ["", "", "", ""] and lines[10] == "2 Övrigt"


def test_a_page_counted_in_both_header_and_footer_keeps_its_title():
    # a PDF page with "1 (2)" at the top and "Sida 1 av 2" at the foot: both count the first page,
    # whose header lines beside either are the title, not furniture to drop
    text = ("Region X och kommunerna\nArbetsgrupp Y\n1 (2)\nFotnot\nSida 1 av 2\nMINNESANTECKNINGAR\n"
            "1 Inledning\nText.\nRegion X och kommunerna\nArbetsgrupp Y\n2 (2)\nFotnot\nSida 2 av 2\n2 Övrigt\nMer.\n")
    lines = clean(text).lines
    assert lines[:2] == ["Region X och kommunerna", "Arbetsgrupp Y"] and lines[3] == "Fotnot"
    assert lines[8:13] == ["", "", "", "", ""] and lines[13] == "2 Övrigt"


def test_text_right_after_a_page_break_is_no_running_header():
    # the first page's footer counter and the next page's header counter stand a line apart: the
    # text that opens the next page lies near both, and repeats nothing
    text = ("Arbetsgrupp Y\n1 Inledning\nText.\nSida 1 av 2\nSida 2 av 2\n"
            "Arbetsgruppen rapporterar till styrgruppen.\nOch tar fram en rutin.\n2 Övrigt\nMer.\n")
    lines = clean(text).lines
    assert lines[5:7] == ["Arbetsgruppen rapporterar till styrgruppen.", "Och tar fram en rutin."]


def test_bullets_of_word_processors_and_pdf_fonts_read_as_bullets():
    lines = clean("\uf0b7\n\u25aa Beslut: Gruppen godkänner planen.\n  \u25cf Åtgärd: Eva skickar den.\nText ▪ mitt i.\n").lines
    assert lines == ["", "• Beslut: Gruppen godkänner planen.", "  • Åtgärd: Eva skickar den.", "Text ▪ mitt i.", ""]


def test_markdown_headings_without_numbers_are_the_items_in_order():
    text = ("# Processteam läkemedel – minnesanteckningar\n**Datum:** 2025-11-26\n## Deltagare\n- Sara Lind\n"
            "## Läkemedelsgenomgångar\n- Text.\n## Dosdispensering\n- Mer.\n### Detaljer\nÄnnu mer.\n## Till nästa möte\n- Alla.\n")
    seg = segment_minutes(text)
    assert [(i.number, i.title) for i in seg.items] == [
        ("1", "Läkemedelsgenomgångar"), ("2", "Dosdispensering"), ("3", "Till nästa möte")]
    assert seg.header == (1, 4)  # the roster stays in the header
    # numbered headings win where there are any
    assert numbers("# Anteckningar\n## 1. Budget\nText.\n## Lokaler\nMer.\n## 2. Övrigt\nInget.\n") == ["1", "2"]


def test_a_title_wrapped_after_a_preposition_goes_on_on_a_capitalised_line():
    text = ("§ 89                                   Dnr KS 2025/020\n"
            "Val av ledamot i Politiskt samverkansråd Norrby och i styrelsen för\n"
            "Samordningsförbundet Norrby\n\nEnligt överenskommelsen utser varje huvudman en ledamot.\n\n"
            "§ 90\nMedborgarförslag om trygghetsboende\nEtt förslag har inkommit.\n")
    assert [i.title for i in segment_minutes(text).items] == [
        "Val av ledamot i Politiskt samverkansråd Norrby och i styrelsen för Samordningsförbundet Norrby",
        "Medborgarförslag om trygghetsboende"]


def test_paragraphs_numbered_per_body_with_its_acronym_before_the_sign():
    """'SN § 21' / 'KSAU § 7': a kommun protocol numbering its paragraphs per body."""
    seg = segment_minutes("SOCIALNÄMNDEN\n\nSN § 21   Dnr SN 2025/12\nGodkännande av dagordning\nGodkänns.\n\n"
                          "SN § 22\nBudget\nNämnden beslutar att anta budgeten.\n")
    assert [(it.number, it.title) for it in seg.items] == [("21", "Godkännande av dagordning"), ("22", "Budget")]


def test_paragraphs_numbered_before_the_sign_are_items():
    """"1 § Mötets öppnande": the number before the sign, as Swedish statutes and some protocols write it."""
    seg = segment_minutes("Protokoll fört vid sammanträde med Rådet\n\n1 § Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
                          "2 § Val av justerare\nRådet beslutar att utse Olof Berg.\n\n3 §  Avslutning\nOrdföranden tackade.\n")
    assert [(it.number, it.title) for it in seg.items] == [("1", "Mötets öppnande"), ("2", "Val av justerare"),
                                                           ("3", "Avslutning")]


def test_lines_bold_from_end_to_end_are_the_headings_of_notes_without_others():
    """OneNote or mailed notes mark their headings bold on a line of their own; a bold label is no heading."""
    text = ("# AG Trygg hemgång – 2025-11-04\n\n**Kallade:** Sofia Kron, Anders Lund\n\n"
            "**Uppföljning från förra mötet**\n- Checklistan är klar.\n\n**Utskrivningsklara patienter**\n- Tolv låg kvar.\n"
            "  → SK tar fram statistik\n\n**Nästa möte**\n2025-12-02\n")
    seg = segment_minutes(text)
    assert [(i.number, i.title) for i in seg.items] == [
        ("1", "Uppföljning från förra mötet"), ("2", "Utskrivningsklara patienter"), ("3", "Nästa möte")]
    assert seg.header == (1, 4)


def test_points_of_a_summary_with_topic_and_text_on_one_line_are_items():
    """'2. Utbildning – Rådet har …': the topic is the item's title, the rest of the line its text."""
    text = ("Hej alla!\n\nVi gick igenom:\n1. Statistik – antalet planer har ökat i alla tre kommunerna.\n"
            "2. Utbildning – Vi bestämde att nätverket anordnar två utbildningstillfällen i mars.\n"
            "3. Representation – Omar lämnar nätverket.\n\nHälsningar\nJohanna\n")
    seg = segment_minutes(text)
    assert [(i.number, i.title) for i in seg.items] == [("1", "Statistik"), ("2", "Utbildning"), ("3", "Representation")]
    second = seg.items[1]
    assert seg.line(second.body_start).startswith("Vi bestämde att nätverket anordnar")
