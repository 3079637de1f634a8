"""Two layouts of a samverkansgrupp's and an arbetsgrupp's notes: a Word table whose rows are the items with the
number and the heading in columns of their own, the notes beside them and columns after them for who does what by
when and for what goes on to the body above ("Nr | Ärende | Anteckning | Ansvar / när | Till LSVO"); and a mail's
notes whose points are headed by a title typed as a list's point ("- Nya i gruppen") over a paragraph. Each read on
a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document

from samverkan.loaders.read import _item_rows_apart
from tests.loaders.test_read_formats import facts


def _table_minutes(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Samverkansgrupp barn och unga – minnesanteckningar")
    doc.add_paragraph("Datum: 2027-03-10")
    doc.add_paragraph("Närvarande: Eva Lind, Åby kommun (sammankallande); Bo Ek, Region Österland; Kim Ström, Ekby kommun")
    t = doc.add_table(rows=1, cols=5)
    for c, h in zip(t.rows[0].cells, ["Nr", "Ärende", "Anteckning", "Ansvar / när", "Till ledningsgruppen"]):
        c.text = h
    rows = [("1", "Inledning", "Eva hälsade välkommen. Föregående anteckningar godkändes.", "", ""),
            ("2", "Skolfrånvaro", "Bo redogjorde för kartläggningen av frånvaron i länet.",
             "Kim tar fram en sammanställning per kommun till nästa möte.", ""),
            ("3", "Gemensam rutin", "Ett utkast till rutin för samordnad plan gicks igenom.",
             "", "Rutinen lämnas till ledningsgruppen i maj för beslut.")]
    for r in rows:
        for c, v in zip(t.add_row().cells, r):
            c.text = v
    doc.save(path)
    return path


def test_a_number_and_a_heading_column_make_the_items(tmp_path):
    got = facts(_table_minutes(tmp_path / "sg.docx"), tmp_path)
    assert [n for n, _ in got["items"]] == ["1", "2", "3"]
    assert ("3", "Gemensam rutin") in got["items"]


def test_the_columns_after_the_notes_are_read_as_the_items_text(tmp_path):
    got = facts(_table_minutes(tmp_path / "sg.docx"), tmp_path)
    assert any(who == ("Kim Ström",) and "sammanställning" in task for who, task in got["assignments"])


def test_a_short_cell_beyond_the_notes_keeps_its_column_head():
    text = "Nr\tÄrende\tAnteckning\tAnsvar / när\n1\tBudget\tBudgeten gicks igenom av gruppen.\tAnna, 15/3"
    assert _item_rows_apart(text).split("\n")[1:4] == ["1. Budget", "Budgeten gicks igenom av gruppen.",
                                                        "Ansvar / när: Anna, 15/3"]


DASHED = """Hej!

Här kommer anteckningarna från träffen.

/Sara

Arbetsgrupp hemgång Ekby, 3 februari 2027
Närvarande: Sara Berg (sammankallande), Ola Nilsson, Tove Ahl

- Nya i gruppen
Tove Ahl är ny i gruppen och kommer från hemtjänsten i Ekby kommun.

- Utskrivningar
Vi gick igenom de senaste utskrivningarna och två avvikelser från januari.
Ola gör en checklista för utskrivning innan nästa möte.

- Utbildningsdag
Vi planerar en gemensam utbildningsdag om bemötande för personalen i maj.

Nästa träff: 10 mars.
"""


def test_dashed_titles_over_paragraphs_are_the_points(tmp_path):
    path = tmp_path / "ag.txt"
    path.write_text(DASHED, encoding="utf-8")
    got = facts(path, tmp_path)
    assert got["items"] == [("1", "Nya i gruppen"), ("2", "Utskrivningar"), ("3", "Utbildningsdag")]



def test_a_surname_wrapped_under_its_given_name_in_a_printed_roster(tmp_path):
    """A Word roster printed by LibreOffice whose narrow name column wraps "Margareta" / "Sjövik": one person."""
    pdf = Path(__file__).parent / "fixtures" / "formats" / "narrow_cells" / "narrow_name_cell_roster.pdf"
    got = facts(pdf, tmp_path)
    names = {name for name, _, _ in got["attendance"]}
    assert "Margareta Sjövik" in names and "Margareta" not in names and "Margareta S" not in names
    assert {"Eva Lind", "Bo Holm"} <= names


def test_a_replacement_until_further_notice_keeps_its_seat(tmp_path):
    """"A ersätter B tillsvidare som Åby kommuns representant": the length of the change does not hide the seat."""
    path = tmp_path / "sg.txt"
    path.write_text("Minnesanteckningar Samverkansgrupp barn och unga\nDatum: 2027-02-17\n"
                    "Närvarande: Eva Lind, Åby kommun (sammankallande); Bo Ek, Region Österland; Niklas Holm, Åby kommun\n\n"
                    "1. Förändringar i gruppen\nNiklas Holm ersätter Petra Lund tillsvidare som Åby kommuns representant.\n\n"
                    "2. Övrigt\nInga övriga frågor.\n", encoding="utf-8")
    got = facts(path, tmp_path)
    assert ("Niklas Holm", "Samverkansgrupp barn och unga", "replace") in got["memberships"]
    assert ("Petra Lund", "Samverkansgrupp barn och unga", "leave") in got["memberships"]


def test_a_body_that_prepared_the_matter_before_another_refers_it_there(tmp_path):
    """"Samverkansgrupp X har berett förslaget inför LSVO": the matter went from the group to LSVO."""
    path = tmp_path / "psvo.txt"
    path.write_text("PROTOKOLL PSVO\nDatum: 2027-03-04\nNärvarande: Eva Lind (S), Åby kommun, ordförande; Bo Ek (M), "
                    "Region Österland\n\n§ 1 Handlingsplan\nStyrgrupp Barnahus har berett förslaget inför LSVO, som "
                    "ställde sig bakom det i februari.\nPSVO beslutar att godkänna handlingsplanen.\n\n"
                    "§ 2 Övrigt\nInga övriga frågor.\n", encoding="utf-8")
    got = facts(path, tmp_path)
    assert ("Styrgrupp Barnahus", "LSVO", "refers") in got["mandates"]
