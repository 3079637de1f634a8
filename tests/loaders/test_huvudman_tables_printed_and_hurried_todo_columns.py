"""A protocol's roster printed from Word as a table per huvudman, and the typed to-do columns of hurried notes.

An LSVO protocol written in Word with its roster as one small table under each huvudman's name ("Region Blekinge",
"Karlshamns kommun", …, "Övriga deltagare") and printed to PDF by LibreOffice: the tables have no padding, so the
next section's heading and the first § under the last table stand as close as a wrapped cell, and each row's last
cell marks the person "Närvarande" or "Förhinder" (or the §§ an official attended). Hurried notes close a point's
title with the presenter's initials ("3. Kommunikation (ENB)") and end with a to-do list in typed columns
("KJ   AC Linbacken   idag"); a header line names the body's uppdragsgivare and goes on with a sentence.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts, load_text

HELDBACK = Path(__file__).parent / "fixtures" / "blekinge" / "heldback"
LSVO = HELDBACK / "r26_lsvo_2027-12-10.pdf"


def _rows(path: Path) -> list[str]:
    return [" ".join(x.split()) for x in read_document(path).text.split("\n")]


def test_a_heading_and_the_first_item_under_a_printed_roster_table_are_no_wrapped_cells():
    rows = _rows(LSVO)
    assert "Nadia Haddad förvaltningschef vård och omsorg Närvarande" in rows
    assert "Övriga deltagare" in rows
    assert "§ 58 Mötets öppnande och val av justerare" in rows
    # the next person's row, printed as close as a wrapped line, is a row of its own
    assert "Oskar Lindén processledare, Region Blekinge § 60–61" in rows
    assert "Malin Åström ordförande Samverkansgrupp Att åldras, Ronneby kommun § 62" in rows


def test_each_row_of_a_roster_per_huvudman_says_who_was_there(tmp_path):
    f = facts(LSVO, tmp_path)
    att = {name: (status, roles) for name, status, roles in f["attendance"]}
    assert att["Kjell Andersson-Bäck"][0] == "absent"  # "Förhinder" in the row's last cell
    assert att["Nadia Haddad"][0] == "present"
    assert "vice ordförande" in att["Helena Sjöstrand"][1] and "ordförande" in att["Anneli Wästberg-Ohlsson"][1]
    assert att["Yvonne Lilja"][1] == ("ersättare",)
    assert att["Oskar Lindén"][0] == att["Malin Åström"][0] == "guest"
    assert "58" in {number for number, _ in f["items"]}


HURRIED = """KRISGRUPP X, Åby kommun - anteckn.
tis 16/7-30 kl 08.00-08.45

Närv:
Anders Lund (AL) ordf
Karim Jaber (KJ) enh.chef
Eva Berg (EB) kommunikatör
Lena Park (LP) vårdcentral

1. Läget (AL)
Varmt, inga kända dödsfall.

2. Kommunikation (EB)
pressmedd ute i går. Webb ok men få klick.
-> EB + KJ: lappar i trapphus Södra Ås
Linbacken AC trasig -> KJ kollar m fastighet idag

3. Övr
AL rapp läget till kommunledn.gruppen kl 10 idag

Att göra:
KJ   AC Linbacken                       idag
EB   webb/FB + översättn                idag
LP   statistik VC värmerel besök        fre 19/7
"""


def test_a_title_closed_by_its_presenters_initials_ends_there(tmp_path):
    f = load_text(tmp_path, "kg_2030-07-16.txt", HURRIED)
    assert ("2", "Kommunikation") in f["items"]  # not "Kommunikation (EB) pressmedd ute i går."


def test_a_to_do_list_in_typed_columns_of_initials_task_and_day(tmp_path):
    f = load_text(tmp_path, "kg_2030-07-16.txt", HURRIED)
    assert (("Eva Berg",), "webb/FB + översättn") in f["assignments"]
    assert (("Lena Park",), "statistik VC värmerel besök") in f["assignments"]
    # the row restating the line that gave the task is that task once
    assert [a for a in f["assignments"] if a[0] == ("Karim Jaber",)] == [(("Karim Jaber",), "kolla m fastighet idag")]
    # the arrow before the doers' initials and a colon
    assert (("Eva Berg", "Karim Jaber"), "lappar i trapphus Södra Ås") in f["assignments"]
    # "rapp" is "rapporterar"
    assert any(who == ("Anders Lund",) and task.startswith("rapportera läget") for who, task in f["assignments"])


UPPDRAGSGIVARE = """Projektgrupp Nytt hus
Minnesanteckningar 2030-03-12
Uppdragsgivare: Styrgruppen för primärvårdens utbyggnad, Region Åby. Projektgruppen lämnar en lägesrapport till styrgruppen varje månad.

Deltagare: Eva Ek, Region Åby, ordförande; Per Lind, Ekby kommun

1. Tidplan
Byggstart flyttas till vecka 38.
"""


def test_a_labelled_uppdragsgivare_line_that_goes_on_with_a_sentence(tmp_path):
    f = load_text(tmp_path, "pg_2030-03-12.txt", UPPDRAGSGIVARE)
    assert ("Styrgrupp för primärvårdens utbyggnad, Region Åby", "Projektgrupp Nytt hus", "delegates") in f["mandates"]
