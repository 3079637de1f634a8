"""Word minutes with narrow tables, printed to PDF by LibreOffice, read as their Word original.

A nämnd's protocol, a styrgrupp's and an arbetsgrupp's notes and a samverkansgrupp's, each written in Word
with its tables' columns narrow (``fixtures/unseen``) and printed by ``soffice --convert-to pdf``
(``fixtures/formats/libreoffice``): a word longer than its cell broken inside it ("Utbildnings" /
"förvaltning" / "en,"), a roster of paired columns (Ordinarie | Närv. | Ersättare | Närv.) whose mark
column's heading breaks ("När" / "v.") and whose ledamot has no mark where the ersättare beside has one,
and a heading of two lines in the header's first cell beside the date.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts

FIXTURES = Path(__file__).parent / "fixtures"
PRINTED = FIXTURES / "formats" / "libreoffice"
NEW = ["gn_vard_omsorg_tornby_2025-11-18", "styrgrupp_barn_unga_salgmark_2025-11-26",
       "ag_trygg_hemgang_hedmora_2025-12-03", "sg_barn_unga_ljusvik_2025-12-10"]


def _rows(name: str) -> list[str]:
    return [" ".join(x.split()) for x in read_document(PRINTED / f"{name}.pdf").text.split("\n")]


def _original(name: str) -> Path:
    (word,) = FIXTURES.glob(f"unseen/*/{name}.docx")
    return word


def test_a_word_longer_than_its_narrow_cell_is_one_word_again():
    # "Utbildnings" / "förvaltning" / "en, Rönnås" / "kommun": the cell's lines full, the word broken inside it
    rows = _rows("styrgrupp_barn_unga_salgmark_2025-11-26")
    assert "Tomas Lindahl skolchef Utbildningsförvaltningen, Rönnås kommun ja" in rows
    assert "Johan Berggren verksamhetschef Barn- och ungdomspsykiatrin, Region Sälgmark nej" in rows
    assert "Anna-Karin Strömberg förvaltningschef Omsorgsförvaltningen, Hedmora kommun ja" in rows
    assert "Fredrik Ålund utvecklingsledare, sekreterare Kommunförbundet Sälgmark ja" in rows
    # a line wrapped at a space keeps it, a word as short as "Björkviks" did not fill its line
    assert "Elin Hammarsköld socialchef Socialförvaltningen, Björkviks kommun ja" in rows
    rows = _rows("gn_vard_omsorg_tornby_2025-11-18")
    assert "Linnéa Sjökvist nämndsekreterare Kommunledningsförvaltningen, Tornby kommun §§ 45–49" in rows
    assert "Rasmus Engqvist verksamhetschef Utbildningsförvaltningen, Ljusviks kommun § 47" in rows


def test_a_roster_whose_words_broke_in_their_cells_reads_as_its_original(tmp_path):
    name = "styrgrupp_barn_unga_salgmark_2025-11-26"
    printed, original = facts(PRINTED / f"{name}.pdf", tmp_path / "pdf"), facts(_original(name), tmp_path / "docx")
    assert len(printed["attendance"]) == 7
    assert printed["attendance"] == original["attendance"]


def test_a_roster_of_paired_columns_under_a_broken_heading_is_read_by_its_columns(tmp_path):
    # "Ordinarie När" / "v." / "Ersättare När" / "v.": the page is read with its layout, each row's wrapped
    # cells stay in their row, and a ledamot without a mark leaves the mark column empty for the ersättare's
    name = "ag_trygg_hemgang_hedmora_2025-12-03"
    assert "Ordinarie Närv. Ersättare Närv." in _rows(name)
    printed, original = facts(PRINTED / f"{name}.pdf", tmp_path / "pdf"), facts(_original(name), tmp_path / "docx")
    status = {n: s for n, s, _ in printed["attendance"]}
    assert status["Anders Holm"] == "absent" and status["Nadia Hussein"] == "present"
    assert status["Oskar Widén"] == "absent" and "Ordinarie När" not in status
    assert printed["attendance"] == original["attendance"]
    assert printed["memberships"] == original["memberships"]


def test_a_heading_of_two_lines_beside_the_date_is_one_cell():
    # "Samverkansgruppen för" / "barn och unga" in the header's first cell, bold, "Sammanträdesdatum …" beside
    text = read_document(PRINTED / "sg_barn_unga_ljusvik_2025-12-10.pdf").text
    assert text.split("\n")[0] == "Samverkansgruppen för barn och unga\tSammanträdesdatum 2025-12-10"
    assert "**barn och unga**" not in text


@pytest.mark.parametrize("name", NEW)
def test_narrow_word_tables_printed_by_libreoffice_read_the_facts_of_their_original(name, tmp_path):
    printed, original = facts(PRINTED / f"{name}.pdf", tmp_path / "pdf"), facts(_original(name), tmp_path / "docx")
    for key in ("body", "date", "attendance", "items", "persons", "memberships", "assignments"):
        assert printed[key] == original[key], key


def test_a_date_label_whose_date_wrapped_below_opens_its_own_cell(tmp_path):
    # "Socialnämnden Sammanträdesdatum" / "2025-11-25": the header row's cells run together, the date wrapped in
    # its cell; read as Word gives the row, the body's cell is the nämnd alone
    pdf = FIXTURES / "sisters" / "adalen" / "n7_bruksberga_socialnamnden_2025-11-25.pdf"
    assert "Socialnämnden\tSammanträdesdatum 2025-11-25" in read_document(pdf).text.split("\n")
    f = facts(pdf, tmp_path)
    assert f["body"] == "Socialnämnden, Bruksberga kommun" and f["date"] == "2025-11-25"


SECRETARY_AFTER_THE_ABSENT = """Samverkansgruppen för barn och unga
Minnesanteckningar 2025-12-10

Närvarande
Rasmus Engqvist, verksamhetschef, Ljusviks kommun, ordförande
Camilla Norén, enhetschef, Tornby kommun

Frånvarande
Amir Haddad, skolkurator, Tornby kommun

Sekreterare
Ellinor Berg, utvecklingsledare, Omsorgsförvaltningen, Tornby kommun

1. Mötets öppnande
Dagordningen fastställdes.
"""


def test_the_secretary_under_a_heading_of_her_own_after_the_absent_is_at_the_meeting(tmp_path):
    path = tmp_path / "sg.txt"
    path.write_text(SECRETARY_AFTER_THE_ABSENT, encoding="utf-8")
    f = facts(path, tmp_path)
    assert ("Ellinor Berg", "present", ("sekreterare",)) in f["attendance"]
    assert ("Amir Haddad", "absent", ("ledamot",)) in f["attendance"]
    assert not any(m[0] == "Ellinor Berg" and m[2] == "member" for m in f["memberships"])


def test_a_kommunforbund_in_the_roster_s_organisation_column_is_the_secretary_s_employer(tmp_path):
    # "Fredrik Ålund | utvecklingsledare, sekreterare | Kommunförbundet Sälgmark | ja": the förbund's official keeps
    # the minutes and holds no seat; the organisation is no person's name, nor the row above's huvudman
    f = facts(_original("styrgrupp_barn_unga_salgmark_2025-11-26"), tmp_path)
    assert ("Fredrik Ålund", "present", ("sekreterare",)) in f["attendance"]
    # (his employment is with the förbund itself, an organisation of its own, never a seat nor a huvudman's staff)
    assert [m for m in f["memberships"] if m[0] == "Fredrik Ålund"] in (
        [], [("Fredrik Ålund", "Kommunförbundet Sälgmark", "employment")])
