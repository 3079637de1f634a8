"""Word minutes whose tables LibreOffice prints without room for their words, read as their Word original.

Four sister minutes written in Word (``fixtures/sisters``) printed by ``soffice --convert-to pdf``
(``fixtures/formats/libreoffice``): a roster over the year's meetings whose heading breaks in its narrow cell
("Huvudma" / "n") and whose columns after it are the meetings' dates; notes kept as a table of the items
and their notes (Punkt | Anteckning), its rows running over the page; a roster by huvudman with the ordinarie
and ersättare side by side, whose rows stand as close as the lines of their wrapped cells; and a protocol's
roster whose huvudman's name wraps in its first cell ("Strandviks" / "kommun"). Two protocols of other bodies
(``fixtures/unseen``): a nämnd's anslag whose narrow cells break the body's name ("Vård- och omsorgsnämnde" /
"n"), and a råd's arbetsutskott named on its header cell's second line, under the date beside it. Others
add a table of tasks whose headings break in their narrow cells and whose last row goes on over the page, a
new group's member table wrapped in its cells, a timed agenda table naming each point's presenter, a decision
log headed "Beslut/åtgärd" on a page of bulleted decisions, and a roster cell wrapped where its next word had no
room.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts

FIXTURES = Path(__file__).parent / "fixtures"
PRINTED = FIXTURES / "formats" / "libreoffice"


def _rows(name: str) -> list[str]:
    return [" ".join(x.split()) for x in read_document(PRINTED / f"{name}.pdf").text.split("\n")]


def _original(name: str) -> Path:
    (word,) = [p for base in ("sisters", "unseen", "blekinge") for p in FIXTURES.glob(f"{base}/*/{name}.docx")]
    return word


def _both(name: str, tmp_path: Path) -> tuple[dict, dict]:
    """The facts of the printed PDF and of its Word original, each loaded alone."""
    return facts(PRINTED / f"{name}.pdf", tmp_path / "pdf"), facts(_original(name), tmp_path / "docx")


def test_a_roster_over_the_years_meetings_under_a_broken_heading_is_read_by_its_columns():
    rows = _rows("n5_styrgrupp_dvh_2025-10-15")
    assert "Ledamot Huvudman 24/4 28/5 27/8 15/10" in rows
    # the words each narrow cell broke are whole again, the column's width told by the table's own lines
    assert "Annelie Lund, områdeschef primärvård, vice ordförande Region Ådalen X – X X" in rows
    assert "Camilla Ek, biträdande verksamhetschef vård och omsorg Bruksberga kommun X X X X" in rows
    assert "Karl-Johan Berg, förvaltningschef socialförvaltningen Älvnäs kommun – X X X" in rows


def test_a_table_of_the_items_and_their_notes_writes_each_item_under_its_heading():
    rows = _rows("n5_styrgrupp_dvh_2025-10-15")
    at = rows.index("1. Mötets öppnande")
    assert rows[at + 1:at + 3] == ["Annelie hälsade välkommen.", "Dagordningen godkändes."]
    # a heading wrapped in its cell is one line; the notes beside it follow it, a paragraph wrapped in its cell
    # one line again
    at = rows.index("2. Återrapport från Politiskt samråd Nära vård Ådalen")
    assert rows[at + 1] == "Karl-Johan återrapporterade från samrådets möte den 2 oktober."
    # the last row goes on over the page: its notes there are still the item's, and the next row is an item
    assert rows.index("Styrgruppen godkände delrapporten.") < rows.index("5. Övrigt")
    assert rows[rows.index("5. Övrigt") + 1].startswith("Camilla blev ordinarie ledamot i Styrgrupp Nära vård")


def test_a_roster_by_huvudman_whose_rows_stand_as_close_as_their_lines_keeps_each_row():
    rows = _rows("n9_sg_psykisk_halsa_vuxna_2025-12-04")
    assert ("Region Mälarby Mikael Ödmark, verksamhetschef vuxenpsykiatrin, ordförande (N) "
            "Ylva Brandin, enhetschef Primärvården (–)") in rows
    assert "Strandviks kommun Niklas Forsmark, socialchef (N) Mirja Lahti, enhetschef boendestöd (–)" in rows


def test_a_huvudman_wrapped_in_the_first_cell_keeps_its_row():
    rows = _rows("n6_pso_2025-09-26")
    assert "Strandviks kommun Mats-Erik Svanström (C) Linnéa Borg-Ahmadi (S)" in rows


@pytest.mark.parametrize("name", ["n5_styrgrupp_dvh_2025-10-15", "n9_sg_psykisk_halsa_vuxna_2025-12-04",
                                  "n5_lvo_2025-11-06"])
def test_printed_tables_read_the_facts_of_their_original(name, tmp_path):
    printed, original = _both(name, tmp_path)
    for key in ("body", "date", "attendance", "items", "persons", "assignments"):
        assert printed[key] == original[key], key
    # the seats in groups (a secretary's unit, told in a line the page wraps, is not a seat)
    assert [m for m in printed["memberships"] if m[2] != "employment"] == \
        [m for m in original["memberships"] if m[2] != "employment"]


def test_a_protocols_roster_wrapped_in_its_cells_reads_its_attendance(tmp_path):
    name = "n6_pso_2025-09-26"
    printed, original = _both(name, tmp_path)
    status = {n: s for n, s, _ in printed["attendance"]}
    assert status["Mats-Erik Svanström"] == "present" and status["Roland Esbjörnsson"] == "present"
    assert status["Ylva Kronqvist"] == "present" and "Eva-Britt" not in status
    assert len(set(printed["attendance"]) - set(original["attendance"])) <= 2


def test_a_body_a_narrow_cell_broke_under_the_anslag_is_the_body_that_met(tmp_path):
    # "Organ Vård- och omsorgsnämnde" / "n", "Sammanträdesd" / "atum": the words are whole again
    name = "von_granlunda_2025-11-18"
    rows = _rows(name)
    assert "Organ Vård- och omsorgsnämnden" in rows and "Sammanträdesdatum" in rows and "n" not in rows
    printed, original = _both(name, tmp_path)
    assert printed["body"] == original["body"]
    assert printed["memberships"] == original["memberships"]


def test_an_arbetsutskott_on_its_header_cells_second_line_is_the_body_that_met(tmp_path):
    # "Hälso-, sjukvårds- och omsorgsrådet (HSVO)   Sammanträdesdatum 2025-10-30" over "Arbetsutskottet"
    name = "hsvo_au_norrtuna_2025-10-30"
    printed, original = _both(name, tmp_path)
    assert printed["body"] == original["body"] == "Hälso-, sjukvårds- och omsorgsrådets arbetsutskott"


def test_a_title_whole_in_its_line_is_no_broken_word_and_a_second_persons_row_keeps_its_columns(tmp_path):
    # "Verksamhetschef" / "psykiatri" in a narrow Funktion cell: a title and the next word, not one word; the
    # row under the huvudman's first row leaves its Huvudman cell empty, its cells in the header's order
    name = "rlg_vallmark_2025-10-16"
    assert "Sofie Karlén Verksamhetschef psykiatri Förhinder" in _rows(name)
    printed, original = _both(name, tmp_path)
    assert printed["attendance"] == original["attendance"]
    assert len(printed["attendance"]) == 10


def test_a_mark_under_the_headers_mark_column_does_not_run_the_first_row_into_the_header(tmp_path):
    # "Region | Karin | x | Gunilla" under "Huvudman | Ordinarie | Närv. | Ersättare | Närv.", a line's distance
    # below: the "x" is a presence mark, no word going on, and the row is a row of its own
    name = "psg_vardsamverkan_hogmark_2025-10-03"
    rows = _rows(name)
    assert "Huvudman Ordinarie Närv. Ersättare Närv." in rows
    assert "Region Högmark Karin Malmberg (S) x Gunilla Åberg (V)" in rows
    printed, original = _both(name, tmp_path)
    assert printed["attendance"] == original["attendance"]
    assert printed["memberships"] == original["memberships"]


def test_a_decision_log_whose_header_row_the_layout_reads_with_its_cells_apart(tmp_path):
    # "Beslutslogg" / "Nr        Beslut" / "B1        Styrgruppen fastställer …": the rows are the decisions,
    # not bodies named "B2 Styrgruppen"
    name = "styrgrupp_nara_vard_2025-05-06"
    printed, original = _both(name, tmp_path)
    assert printed["decisions"] == original["decisions"]
    assert printed["mandates"] == original["mandates"]


def test_a_label_and_a_long_line_of_officials_with_titles_first_one_space_apart(tmp_path):
    # "Övriga deltagande Regiondirektör Ulf Strand, hälso- och sjukvårdsdirektör Maria Engström, …": the label
    # cell and the cell beside on one line; the officials are guests, none of them a member of the styrelse
    name = "rs_norrvidd_2025-11-18"
    printed, original = _both(name, tmp_path)
    status = {n: s for n, s, _ in printed["attendance"]}
    assert status["Ulf Strand"] == status["Maria Engström"] == status["Per Alm"] == "guest"
    assert printed["attendance"] == original["attendance"]
    assert printed["memberships"] == original["memberships"]


def test_a_label_under_a_roster_whose_rows_stand_a_blank_line_apart_is_no_row(tmp_path):
    # a PDF's roster laid out with spaces, a blank line between its rows, then "Justerare: Johan Eklund (M)":
    # the label's line is no row of the table (a row without a mark, whose person would be away)
    text = ("VASSBY KOMMUN                PROTOKOLL\n\nSocialnämnden\n\nSammanträde 2 oktober 2025, kl. 13.30–15.50\n\n"
            "Närvaro\n\nNamn                  Parti                 Funktion              Närvaro\n\n"
            "Maria Lundgren        S                     Ordförande            Närvarande\n\n"
            "Johan Eklund          M                     Vice ordförande       Närvarande\n\n"
            "Fredrik Nilsson       C                     Ledamot               Frånvarande\n\n"
            "Justerare: Johan Eklund (M)\n\n\n1. Protokollsjustering\n\n"
            "Beslutades att Johan Eklund (M) jämte ordföranden justerar protokollet.\n")
    path = tmp_path / "socialnamnden_2025-10-02.txt"
    path.write_text(text, encoding="utf-8")
    status = {n: s for n, s, _ in facts(path, tmp_path)["attendance"]}
    assert status == {"Maria Lundgren": "present", "Johan Eklund": "present", "Fredrik Nilsson": "absent"}


def test_a_footer_under_a_heading_and_a_paragraph_going_on_over_the_page(tmp_path):
    # the first page ends "Förslag till beslut" over its running footer, the next page goes on with the att-clauses;
    # a later page ends a paragraph's wrapped line ("… och därefter två") over the footer, the next goes on with it
    name = "n6_pso_2025-09-26"
    rows = _rows(name)
    assert not any(x.startswith("PSO · Protokoll") for x in rows)
    assert any("och därefter två utbildningstillfällen per termin" in x for x in rows)
    printed, original = _both(name, tmp_path)
    assert printed["decisions"] == original["decisions"]


def test_a_decisions_heading_ending_page_after_page_is_no_running_footer(tmp_path):
    # "Beslut" is the last line of three pages, the decision under it on the next: a heading, not page furniture
    name = "sf_fjallmo_sodra_styrelse_2025-12-05"
    printed, original = _both(name, tmp_path)
    assert printed["decisions"] == original["decisions"]
    assert printed["mandates"] == original["mandates"]


def test_a_roster_heading_broken_in_its_narrow_cell_is_read_whole(tmp_path):
    # "Namn   Parti   Medlemskom mun   Uppdrag   Närvarande": the member column's heading broken in its cell; the
    # table is a roster still, each row a person of the direktion
    name = "direktion_bjorkfjall_rtf_2025-12-01"
    printed, original = _both(name, tmp_path)
    assert printed["attendance"] == original["attendance"]
    assert printed["memberships"] == original["memberships"]


def test_a_task_wrapped_before_its_att_is_one_decision(tmp_path):
    # "Beslut: Samrådsgruppen ger Ledningsgruppen för vårdsamverkan i uppdrag" / "att ta fram …": the "att" the
    # phrase needs, no clause of a decision of its own
    name = "psg_vardsamverkan_hogmark_2025-10-03"
    printed, original = _both(name, tmp_path)
    assert printed["decisions"] == original["decisions"]
    assert printed["assignments"] == original["assignments"]


def test_a_surname_wrapped_after_for_and_a_given_name_keeps_the_rows_below(tmp_path):
    # "Ylva Kronqvist (S) för Göran" / "Ljung (S)": the surname of the one stood in for, and the rows after it
    # still rows of the roster
    name = "n6_pso_2025-09-26"
    printed, original = _both(name, tmp_path)
    assert printed["attendance"] == original["attendance"]


def test_a_detail_cell_wrapped_onto_a_line_of_its_own_goes_on_with_its_row(tmp_path):
    # "Anna Lyrevik   certifierad kommunal revisor, Revisa   §§ 49–56" / "Kommunrevision AB, sakkunnigt biträde":
    # the firm's name whole, so the task given to it is the firm's
    name = "revisorerna_lillforsa_2025-12-02"
    printed, original = _both(name, tmp_path)
    assert printed["assignments"] == original["assignments"]


def test_a_follow_up_table_of_tasks_given_is_read_by_its_columns(tmp_path):
    # "Uppdrag   Mottagare   Beslutat   Status": a cell "Klar – behandlas i" / "§ 24" had opened an item of its own
    # and swallowed the rest of the paragraph with its decision
    name = "hsvo_au_norrtuna_2025-10-30"
    assert "Uppdrag Mottagare Beslutat Status" in _rows(name)
    printed, original = _both(name, tmp_path)
    assert printed["items"] == original["items"]
    assert printed["decisions"] == original["decisions"]


def test_a_header_whose_cells_touch_and_a_paragraph_told_in_the_header(tmp_path):
    # "Kommunstyrelsens arbetsutskottSammanträdesdatum 2026-04-14": the body's cell full, the date's label touching
    # it; "§ 49 justerades omedelbart" under the justering's cell is no item (the items before 49 had been lost);
    # "Förhinder   Yvonne Lilja (S)" and "Övriga närvarande   Mikaela Brandt, kommundirektör" a blank line under the
    # "Ledamöter | Ersättare" roster are labels with their people, not rows of it
    name = "n11_ksau_bjorka_2026-04-14"
    printed, original = _both(name, tmp_path)
    assert printed["body"] == original["body"] == "Kommunstyrelsens arbetsutskott, Björkå kommun"
    assert printed["items"] == original["items"]
    assert printed["memberships"] == original["memberships"]
    status = {n: s for n, s, _ in printed["attendance"]}
    assert (status["Mikaela Brandt"], status["Linus Åkerman"], status["Yvonne Lilja"]) == ("guest", "guest", "absent")


def test_the_letterheads_cells_on_one_line_and_a_paragraph_wrapped_in_a_guests_cell(tmp_path):
    # "Region Ripfjäll PROTOKOLL 1 (5)": the huvudman whose utskott met, apart from the kind of document; "Jenny
    # Lundmark, avtalsansvarig vårdval," / "§ 83": the paragraph she attended, no item opened before § 78; "Ej
    # närvarande ledamöter och ersättare Kjell Abrahamsson (S), ledamot": a label before the absent, no huvudman
    name = "pvu_ripfjall_2025-11-13"
    printed, original = _both(name, tmp_path)
    assert printed["body"] == original["body"] == "Primärvårdsutskottet, Region Ripfjäll"
    assert printed["items"] == original["items"]
    assert printed["decisions"] == original["decisions"]
    assert printed["memberships"] == original["memberships"]


def test_a_presence_column_headed_by_its_two_answers(tmp_path):
    # "Namn | Funktion | Huvudman | Deltar/Förhinder": each row present or away by its cell
    name = "n11_lg_samverkan_2026-02-18"
    printed, original = _both(name, tmp_path)
    assert printed["attendance"] == original["attendance"]


def test_a_follow_up_of_last_meetings_questions_is_read_by_its_columns(tmp_path):
    # "Fråga   Ansvarig   Status": each question's row with who answers for it, as the Word table gives it
    name = "n4_referensgrupp_brukare_2025-09-23"
    printed, original = _both(name, tmp_path)
    assert printed["assignments"] == original["assignments"]


def test_a_letterhead_in_capitals_beside_the_kind_of_document(tmp_path):
    # "KÄRRHOLMS KOMMUN SAMMANTRÄDESPROTOKOLL Sida 1(5)": the kommun whose utskott met, not the one the text names
    # most
    name = "ksau_karrholm_2025-11-12"
    printed, original = _both(name, tmp_path)
    assert printed["body"] == original["body"] == "Kommunstyrelsens arbetsutskott, Kärrholms kommun"


def test_a_table_of_tasks_whose_headings_break_in_narrow_cells_and_whose_row_goes_on_over_the_page(tmp_path):
    # "Nr § Uppdrag Ansvarig Återrappo / rt till Senast Statu / s" after the signatures, the signature line
    # "Justerandes signatur: ____ ____" under every page, and the last cells of a row on the next page
    name = "n8_rlg_protokoll_2025-12-12"
    rows = _rows(name)
    assert any(r.startswith("Nr § Uppdrag Ansvarig Återrapport till Senast") for r in rows)
    assert not any(r.startswith("Justerandes signatur") for r in rows)
    printed, original = _both(name, tmp_path)
    assert printed["assignments"] == original["assignments"]
    assert (("Cecilia Hammarberg", "Karin Bäckman-Sved"),
            "underlag till Politiskt samverkansråd om fortsatt finansiering av mobila team") in printed["assignments"]


def test_a_new_groups_member_table_wrapped_in_its_cells_and_over_the_page(tmp_path):
    # "ska gruppen bestå av:" over "Namn   Organisation   Roll i gruppen", a row's cells wrapped onto the lines under
    # it and onto the next page; then "Punkt   Åtgärd   Ansvarig   Klart senast" with a row whose Ansvarig is empty
    name = "n11_lg_samverkan_2026-02-18"
    printed, original = _both(name, tmp_path)
    group = "Arbetsgrupp hemsjukvård och läkarmedverkan"
    assert sum(g == group for _, g, _ in printed["memberships"]) == 5
    for kind in ("memberships", "mandates", "assignments"):
        assert printed[kind] == original[kind], kind
    assert (("Maria Engström",), "sammanställa kostnaderna inför nästa möte") in printed["assignments"]


def test_a_timed_agenda_table_names_who_presents_each_point(tmp_path):
    # "Tid | Punkt | Föredragande" over the notes: the page read by its columns, each point's presenter its own
    name = "n12_ag_forebyggande_hembesok_2026-03-17"
    assert "09.00–09.10 1. Inledning och föregående anteckningar Sara Lindqvist" in _rows(name)
    printed, original = (_presenters(PRINTED / f"{name}.pdf", tmp_path / "pdf"),
                         _presenters(_original(name), tmp_path / "docx"))
    assert printed == original
    assert printed["1"] == printed["4"] == ["Sara Lindqvist"] and printed["5"] == ["Maria Ekström"]


def _presenters(path: Path, tmp_path: Path) -> dict[str, list[str]]:
    """Who presents each point of one minutes file loaded alone, by the point's number."""
    with NetworkxStore(tmp_path / "store.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    names = {p["id"]: p["name"] for p in data["persons"]}
    (event,) = data["events"]
    return {i["number"]: sorted(names[p] for p in i.get("presenter_ids") or []) for i in event["agenda"]}


def test_a_decision_log_headed_with_a_slash_and_decisions_in_bullets_on_a_page_read_by_its_columns(tmp_path):
    # "Nr | Beslut/åtgärd | Ansvarig | Klart" under the last point: the page read by its columns, yet the
    # decisions' bullets a tab stop from their text stay one clause each, and no body's name runs on over a cell
    # ("… arbetsgruppen för skolläkarfunktion | KH, LGP")
    name = "lvo_2025-06-05"
    rows = _rows(name)
    assert "3 Kallelse till första mötet i arbetsgruppen för skolläkarfunktion PJW augusti" in rows
    assert any(r.endswith("att AF företräder LVO i samverkansgruppens arbete med planen.") for r in rows)
    printed, original = _both(name, tmp_path)
    for kind in ("decisions", "assignments", "mandates"):
        assert printed[kind] == original[kind], kind
    assert not [m for m in printed["mandates"] if "KH" in m[0] or "KH" in m[1]]


def test_a_cell_wrapped_where_its_next_word_had_no_room_goes_on_in_its_row(tmp_path):
    # "BUP Mellanland, Region" / "Mellanland" in the Verksamhet column: the region named whole, so "kommunerna" of
    # the region are its kommuner, as in the Word original
    name = "bus_sorviken_2025-10-14"
    assert "Linnea Vik kurator BUP Mellanland, Region Mellanland LV" in _rows(name)
    printed, original = _both(name, tmp_path)
    assert printed["attendance"] == original["attendance"]
    task = "kartlägga långvarig skolfrånvaro under hösten"
    assert [a for a in printed["assignments"] if a[1] == task] == [a for a in original["assignments"] if a[1] == task]


def test_a_follow_up_rows_last_cell_wrapped_keeps_the_rows_under_it(tmp_path):
    # "Pågår – redovisas" / "2026-02-12" in the Status column: the row goes on, and the row under it is read
    name = "hsvo_au_norrtuna_2025-10-30"
    printed = facts(PRINTED / f"{name}.pdf", tmp_path)
    assert (("Styrgrupp för Barnahus Norrtuna",), "ta fram ett förslag till gemensam finansiering av Barnahus") in \
        printed["assignments"]
    assert ("Hälso-, sjukvårds- och omsorgsrådet", "Styrgrupp för Barnahus Norrtuna", "delegates") in printed["mandates"]


def test_a_line_ending_in_a_preposition_runs_on_though_the_page_drew_no_space(tmp_path):
    # "Projektägare: …, ordförande i Styrgrupp för" / "Digitala vårdmöten i hemmet (Styrgrupp DVH). Styrgrupp DVH
    # rapporterar i sin tur till Styrgrupp Nära vård." on a page read by its columns
    # (a corpus minutes printed: its Word original is in ../shared, so it stands apart from the fixtures' prints)
    printed = facts(FIXTURES / "formats" / "printed_corpus" / "n4_projektgrupp_dvh_2025-05-06.pdf", tmp_path)
    assert ("Britt-Marie Ljung", "Styrgrupp för Digitala vårdmöten i hemmet", "member") in printed["memberships"]
    assert ("Styrgrupp för Digitala vårdmöten i hemmet", "Styrgrupp Nära vård", "reports_to") in printed["mandates"]


def test_a_cell_wrapped_after_a_slash_with_a_space_before_it_keeps_the_space(tmp_path):
    # "ordförande /" / "puheenjohtaja" in a narrow Roll cell: a role and its translation, as the original writes them
    name = "samrad_sverigefinska_kallberg_2025-11-12"
    assert any(r.endswith("Kallbergin Suomi-Seura ordförande / puheenjohtaja") for r in _rows(name))
    printed = facts(PRINTED / f"{name}.pdf", tmp_path / "pdf")
    original = facts(FIXTURES / "unseen" / "notes" / f"{name}.odt", tmp_path / "odt")
    assert printed["attendance"] == original["attendance"]
    assert any(who == "Raili Mäkinen" and "ordförande" in roles for who, _, roles in printed["attendance"])
