"""Minutes sent in a plain mail whose client broke every line longer than 72 columns: each paragraph, roster and
list item is read as one line again, and what the broken lines say is read as from the unbroken ones."""
from __future__ import annotations

from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import load_texts

WRAPPED = """Anteckningar arbetsgrupp rehabilitering Tallvik 2027-03-09

Närvarande: Signe Alm, Åby kommun, Orvar Brink, Region Tallvik, Majken
Dahl, Granviks kommun, Tore Ekdal, Region Tallvik

1. Gemensam rutin för hemrehabilitering
- Orvar Brink får i uppdrag att ta fram ett förslag till gemensam rutin
  för hemrehabilitering efter utskrivning till nästa möte.
- Gruppen beslutar att rutinen ska gälla i hela länet från och med den 1
  maj 2027.
"""


def test_a_wrapped_paragraph_and_list_item_are_one_line_again(tmp_path):
    f = tmp_path / "ag_rehab_2027-03-09.txt"
    f.write_text(WRAPPED, encoding="utf-8")
    text = read_document(f).text
    assert ("Närvarande: Signe Alm, Åby kommun, Orvar Brink, Region Tallvik, Majken Dahl, Granviks kommun, "
            "Tore Ekdal, Region Tallvik\n") in text, text
    assert ("- Orvar Brink får i uppdrag att ta fram ett förslag till gemensam rutin för hemrehabilitering efter "
            "utskrivning till nästa möte.\n") in text, text


def test_a_name_broken_over_two_lines_is_read_as_present(tmp_path):
    data = load_texts(tmp_path, {"ag_rehab_2027-03-09.txt": WRAPPED})
    names = {p["name"] for p in data["persons"]}
    assert "Majken Dahl" in names, names
    assert "Majken" not in names and "Dahl" not in names, names


def test_lines_a_writer_ended_stay_apart(tmp_path):
    text = ("Protokoll styrgrupp Tallvik 2027-03-09\n\nUtvecklingsledaren redogjorde för läget i arbetet med den "
            "gemensamma\nplanen.\nStyrgruppens beslut\n\nLedamöter      Signe Alm      Tallviks kommun\n"
            "               Orvar Brink    Region Tallvik\n")
    f = tmp_path / "sg_2027-03-09.txt"
    f.write_text(text, encoding="utf-8")
    read = read_document(f).text
    assert "gemensamma planen.\nStyrgruppens beslut\n" in read, read
    assert "Tallviks kommun\n               Orvar Brink" in read, read
