"""Minutes a word processor printed to PDF (LibreOffice's PDF export), read as their Word original.

A word processor's PDF text layer differs from a PDF drawn line by line: each line a paragraph
wraps at the margin keeps the space it broke at, and a table printed without padding in its cells
sets a wrapped cell's line as far below as the next row. ``fixtures/formats`` holds one small
printed PDF of each.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.loaders.read import read_document

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def test_paragraphs_wrapped_at_the_margin_are_read_whole():
    lines = read_document(FORMATS / "lokalt_narvardsrad_lindby_2025-10-14.pdf").text.split("\n")
    assert ("Maja Fröberg, ordförande, Lindby kommun, verksamhetschef hemtjänsten, maja.froberg@lindby.se, "
            "0570-111 22") in lines
    assert "Oskar Nyström, distriktsläkare, Vårdcentralen Lindby, Region Västmo, oskar.nystrom@vastmo.se" in lines
    assert ("Det beslutades att Oskar Nyström tar fram en plan för läkemedelsgenomgångar i särskilt boende till "
            "nästa möte den 9 december.") in lines
    # a label and the item headings keep their lines
    assert "Deltog:" in lines and "1. Föregående anteckningar" in lines and "2. Nästa möte" in lines


def test_roster_cells_wrapped_in_a_table_without_padding_stay_in_their_row():
    rows = [" ".join(x.split()) for x in read_document(FORMATS / "ag_anhorigstod_norrlida_2025-11-04.pdf").text.split("\n")]
    assert "Ingrid Salomonsson Brandt Norrlida kommun enhetschef, sammankallande ja" in rows
    assert "Petter Vikström Region Västmo kurator ja" in rows
    assert "Halima Osman Jönsson Fjällåsa kommun konsulent nej" in rows
    assert "1. Uppdraget" in rows  # the item after the table is no cell of its last row


def test_roster_whose_header_has_headings_beside_column_words_is_read_by_its_columns():
    # "Namn Funktion Verksamhet Sign.": read across its cells, each row of the table stays one line
    rows = [" ".join(x.split()) for x in read_document(FORMATS / "lsg_barn_unga_ekvalla_2025-11-20.pdf").text.split("\n")]
    assert "Tarik Hodžić skolkurator Elevhälsan, Ekvalla kommun TH" in rows
    assert "Greta Almqvist socialsekreterare Socialtjänsten, Ekvalla kommun GA" in rows


def test_paragraphs_on_a_page_read_with_its_layout_are_read_whole():
    # the roster makes the page read with its layout, which drops the space a wrapped line keeps
    lines = read_document(FORMATS / "pg_sip_lindmo_2025-12-01.pdf").text.split("\n")
    assert "Minnesanteckningar – Projektgrupp för samordnad individuell plan i Västra Lindmo kommuner" in lines
    assert ("Projektgruppen arbetar på uppdrag av Samverkansgrupp barn och unga Lindmo och rapporterar dit två "
            "gånger per år.") in lines
    assert "Selma Vinterhav projektledare Region Lindmo ja" in [" ".join(x.split()) for x in lines]


# --------------------------------------------------------------------------- headings and header cells
from tests.loaders.test_read_formats import facts  # noqa: E402


@pytest.mark.parametrize("name", ["lnr_norrbyholm_2025-11-04.pdf", "lokala_radet_norrbyholm_2025-11-04.pdf"])
def test_a_title_written_as_a_file_name_and_broken_at_the_margin_names_the_body(name, tmp_path):
    # "Lokala närvårdsrådet i" / "Norrbyholm_minnesanteckninga" / "r_2025-11-04": a word longer than the
    # line is broken without a space to break at; the title is one line again, and names the body
    f = facts(FORMATS / name, tmp_path)
    assert f["body"] in ("Lokala närvårdsrådet i Norrbyholm", "Lokala rådet i Norrbyholm")
    assert f["date"] == "2025-11-04"
    seats = [m for m in f["memberships"] if m[2] != "employment"]
    assert len(seats) == 3 and all(m[1] == f["body"] for m in seats)


def test_a_bold_heading_wrapped_over_two_lines_is_one_heading(tmp_path):
    # "Protokoll nr 7/2025 fört vid styrelsesammanträde för Hamnby " / "Fastigheter och Parkering AB", both bold
    lines = read_document(FORMATS / "styrelse_hamnby_fastigheter_2025-11-27.pdf").text.split("\n")
    assert "**Protokoll nr 7/2025 fört vid styrelsesammanträde för Hamnby Fastigheter och Parkering AB**" in lines
    assert facts(FORMATS / "styrelse_hamnby_fastigheter_2025-11-27.pdf", tmp_path)["body"] == \
        "Styrelsen, Hamnby Fastigheter och Parkering AB"


def test_a_header_row_read_as_one_line_keeps_the_body_apart_from_the_date_label(tmp_path):
    # the Word header's row "Socialnämnden | Sammanträdesdatum 2025-11-20" printed without its layout
    f = facts(FORMATS / "sn_granby_2025-11-20.pdf", tmp_path)
    assert f["body"] == "Socialnämnden, Granby kommun"
    assert f["date"] == "2025-11-20"


# Word minutes of the test folders as LibreOffice prints them: a roster headed "Huvudman Ledamot Förvaltning /
# verksamhet", a roster of ledamöter and ersättare per huvudman, two columns of ledamöter and ersättare, a roster
# with initials and "förhinder", a follow-up table whose dates break in their cells, a table of items whose number
# and heading stand in columns of their own beside the notes and two columns more ("Nr | Ärende | Anteckning |
# Ansvar / när | Till LSVO")
PRINTED = sorted((FORMATS / "libreoffice").glob("*.pdf"))


def _original(pdf: Path) -> Path:
    (word,) = (p for p in FORMATS.parent.rglob(f"{pdf.stem}.*")
               if p.suffix in (".docx", ".odt") and p.parent.parent.name in ("unseen", "sisters", "blekinge"))
    return word


@pytest.mark.parametrize("pdf", PRINTED, ids=lambda p: p.name)
def test_word_minutes_printed_by_libreoffice_read_the_items_of_their_original(pdf, tmp_path):
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    assert printed["items"] and [n for n, _ in printed["items"]] == [n for n, _ in original["items"]]


@pytest.mark.parametrize("name", ["psr_vallmark_2025-12-12.pdf", "sg_att_vaxa_upp_2025-03-21.pdf",
                                  # "Ledamöter Ersättare": two columns, a ledamot and an ersättare a line
                                  "von_ljungsta_2025-10-07.pdf",
                                  # a row ending in "förhinder" whose name cell wraps ("Lars-Göran" / "Pettersson")
                                  "lvo_2025-06-05.pdf",
                                  # headings with their translations: "Namn / Nimi   Representerar / Edustaa"
                                  "samrad_sverigefinska_kallberg_2025-11-12.pdf",
                                  # a heading broken after its slash in a narrow cell ("Kommun/" / "region")
                                  "n3_ag_sip_barn_unga_2025-04-02.pdf",
                                  # a long cell read on one line pushes the row's next cells right of their columns
                                  "lg_familjecentral_hasslinge_2025-11-25.pdf",
                                  # headings broken inside their words in narrow cells ("Sig n.", "När v.")
                                  "n7_ag_samsjuklighet_2025-12-09.pdf",
                                  # "Parti | Namn | Tjänstgör för" under "Tjänstgörande ersättare", and the labels
                                  # after it alone on their lines ("Ej tjänstgörande ersättare", "Anmält förhinder")
                                  "n17_forsby_socialnamnden_2026-06-16.pdf",
                                  # "Ledamot | Representerar | Uppdrag", a cell wrapped under its row
                                  "frr_vindmo_2026-11-24.pdf",
                                  # "Ledamöter | Närv. | Ersättare | Närv." printed without padding: its rows
                                  # stand a line apart, as close as a cell's wrapped line, under a header whose
                                  # label and value rows stand wider apart
                                  "n13_bruksberga_sn_au_2026-03-16.pdf",
                                  # "… | Närv. | Ej närv.": wrapped cells one line again push the columns right
                                  # of them, and the cross stays under its heading
                                  "ssbup_lg_vastra_vretlanda_2026-02-11.pdf",
                                  # a double surname hyphenated at the cell's edge ("Linnéa Borg-" / "Ahmadi")
                                  "n25_kommunstyrelsen_strandvik_2027-01-20.pdf"])
def test_a_roster_table_printed_by_libreoffice_reads_as_its_original(name, tmp_path):
    pdf = FORMATS / "libreoffice" / name
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    assert len(printed["attendance"]) >= 5
    assert [(n, status) for n, status, _ in printed["attendance"]] == [(n, status) for n, status, _ in original["attendance"]]


def test_signatures_side_by_side_read_as_one_line_are_the_two_signers(tmp_path):
    # "Ordförande Justerare" / "Karin Sjöholm Hamid Rostami": the signature table's cells run together
    pdf = FORMATS / "libreoffice" / "hsvo_au_norrtuna_2025-10-30.pdf"
    assert "Karin Sjöholm Hamid Rostami" in read_document(pdf).text.split("\n")
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    assert printed["persons"] == original["persons"]
    assert "Karin Sjöholm Hamid Rostami" not in printed["persons"]


@pytest.mark.parametrize("name", ["n6_styrgrupp_nara_vard_2025-11-19.pdf", "projektgrupp_mobilt_narvardsteam_2025-10-21.pdf"])
def test_a_table_of_tasks_printed_by_libreoffice_gives_the_tasks_of_its_original(name, tmp_path):
    # "Nr Uppdrag Ansvarig Klart senast Status": the page is read by its columns, a row's cells wrapped under
    # it (nothing in the number's column) stay in the row, and the table goes on over the page break
    pdf = FORMATS / "libreoffice" / name
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    assert len(printed["assignments"]) >= 8
    assert sorted(who for who, _ in printed["assignments"]) == sorted(who for who, _ in original["assignments"])


def test_a_header_whose_heading_and_date_wrap_under_their_cells_names_the_body_as_its_original(tmp_path):
    # "Regionala ledningsgruppen för vård | Sammanträdesdatum" over "och omsorg (RLG) | 2025-06-12": the header's
    # lines stand wider apart than the roster's rows below, so the cells' wrapped lines are read by their words
    pdf = FORMATS / "libreoffice" / "n3_rlg_2025-06-12.pdf"
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    assert printed["body"] == original["body"] and printed["body"].endswith("för vård och omsorg")
    assert printed["date"] == "2025-06-12"
    # the mandates of the body that met, named by its acronym in the text, are those of the original
    assert original["mandates"] and set(original["mandates"]) <= set(printed["mandates"])


def test_a_letterhead_drawn_after_the_page_text_heads_the_minutes(tmp_path):
    # the title block stands in a text box that LibreOffice draws after the page's text, at its top: the text in
    # drawing order ended with the minutes' title, after the roster (the PDF prints the original's tracked changes)
    pdf = FORMATS / "libreoffice" / "n22_ag_palliativ_vard_2026-12-08.pdf"
    lines = read_document(pdf).text.split("\n")
    assert lines[1:3] == ["MINNESANTECKNINGAR", "Arbetsgrupp palliativ vård"]
    # (the roster's heading, in a heading style's letters, marked as a Word heading is)
    assert lines.index("Arbetsgrupp palliativ vård") < lines.index("**Deltagare**")
    printed = facts(pdf, tmp_path / "pdf")
    assert printed["body"] == "Arbetsgrupp palliativ vård"
    seats = {who for who, body, change in printed["memberships"] if body == printed["body"] and change != "employment"}
    assert {"Sofia Haapala", "Anneli Nordqvist", "Ingrid Sjöberg", "Johanna Rask", "Ylva Sandgren"} <= seats


def test_a_table_of_decisions_going_on_over_pages_with_its_first_columns_empty_reads_as_its_original(tmp_path):
    # "Nr | Ärende | Beslut | Ansvarig | Klart" in narrow cells; a row runs on over two page breaks, and the last
    # page holds text in the heading's column alone, which the page's layout sets at its left edge
    pdf = FORMATS / "libreoffice" / "n27_styrgrupp_nara_vard_2027-04-14.pdf"
    text = read_document(pdf).text
    assert "Beslut: Informationen noterades." in text.split("\n")
    assert "Bruksberga: Annika Höglund meddelade att Bruksberga inför larmpatrull nattetid från 1 juni." in text
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    assert len(printed["decisions"]) == len(original["decisions"]) == 10
    # (a word the narrow cell broke before its ending stays apart: "Arbetsgrupp" / "en redovisar" gives no task)
    assert len(printed["assignments"]) >= 6
    assert {who for who, _ in printed["assignments"]} <= {who for who, _ in original["assignments"]}


def test_a_protocol_of_two_cells_a_paragraph_ärende_and_beslut_reads_as_its_original(tmp_path):
    # "Ärende | Beslut": the item's number, heading, presenter and what was said in the first cell, the decision
    # with its att-clauses a paragraph each in the second; the cells wrap, and a paragraph ends where the next
    # line's first word would have fit
    pdf = FORMATS / "libreoffice" / "r8_psvo_2026-10-01.pdf"
    lines = read_document(pdf).text.split("\n")
    at = lines.index("§ 20 Återrapport handlingsplan psykisk hälsa")
    assert lines[at + 1:at + 6] == [
        "Föredragande: Göran Ekström",
        "LSVO har överlämnat återrapporten från Styrgrupp Uppdrag psykisk hälsa. Fyra av sex mål är uppfyllda.",
        "Beslut: PSVO beslutar", "att godkänna återrapporten",
        "att ge LSVO i uppdrag att redovisa hur de återstående målen ska nås vid PSVO:s möte i februari 2027."]
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    for kind in ("items", "decisions", "assignments"):
        assert printed[kind] == original[kind], kind


def test_a_justified_paragraph_wrapped_without_its_space_is_read_whole(tmp_path):
    # a justified paragraph's wrapped line fills the width of the page's text and keeps no space at its end; the
    # next line goes on in lower case ("… att jämte ordföranden justera" / "protokollet samt att godkänna …")
    pdf = FORMATS / "libreoffice" / "n25_kommunstyrelsen_strandvik_2027-01-20.pdf"
    assert ("Kommunstyrelsen beslutar att utse Jessica Olausson (S) att jämte ordföranden justera protokollet samt "
            "att godkänna dagordningen.") in read_document(pdf).text.split("\n")
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    assert printed["decisions"] == original["decisions"]


def test_a_decision_log_under_decided_following_on_a_page_of_its_own_reads_as_its_original(tmp_path):
    # "Samverkansgruppen beslutade följande:" over "Nr | Beslut/åtgärd | Ansvarig | Tidplan", the table on the next
    # page: its rows read with the page's layout, cells three spaces apart, are the decisions; a word its narrow
    # cell broke ("samverkansgrup" / "pen") is whole again by the words the pages before it print
    pdf = FORMATS / "libreoffice" / "n21_sg_psykisk_halsa_beroende_2026-12-02.pdf"
    text = read_document(pdf).text
    assert "samverkansgruppen" in text and "samverkansgrup pen" not in text and "självskadebeteende till RLG" in text
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    assert printed["decisions"] == original["decisions"]
    assert not any("Beslut/åtgärd" in d for d in printed["decisions"])


def test_lines_alike_at_the_top_of_two_pages_but_for_their_dates_are_no_running_header(tmp_path):
    # two pages open alike, an item's heading, its text, "Beslut 3" / "Beslut 5", its decision, "Ansvarig: …",
    # "Återrapport: LSVO 2026-10-16" / "… 2026-09-18": a running header prints the same date on every page, and a
    # numbered decision's heading is a heading over text
    pdf = FORMATS / "libreoffice" / "r6_lsvo_2026-05-15.pdf"
    lines = read_document(pdf).text.split("\n")
    assert "Återrapport: LSVO 2026-09-18" in lines and "**Beslut 5**" in lines
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    assert printed["decisions"] == original["decisions"]


def test_a_bullet_wrapped_after_a_label_gives_the_task_of_its_original(tmp_path):
    # "• Uppdrag: sammanställa synpunkterna från huvudmännen. Ansvar: " / "Tove Bergqvist. Återrapport: …": the
    # bullet wraps after the label, the name it labels on the next line
    pdf = FORMATS / "libreoffice" / "n31_lg_samverkan_2027-09-22.pdf"
    printed, original = facts(pdf, tmp_path / "pdf"), facts(_original(pdf), tmp_path / "docx")
    assert (("Tove Bergqvist",), "sammanställa synpunkterna från huvudmännen") in printed["assignments"]
    assert printed["assignments"] == original["assignments"]
