"""A Word table's signing row a PDF joins into one line at the end of the last paragraph ("Sekreterare Ordförande
Justerare" over "Niklas Ek Birgitta Lönnqvist Sami Korhonen") names the attendees side by side, never a person
of four names."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

MINUTES = """\
Vård- och omsorgsnämnden
Datum: onsdagen den 14 maj 2031, kl. 13.15–16.00
Närvarande: Birgitta Lönnqvist (S), ordförande; Sami Korhonen (S); Niklas Ek, nämndsekreterare
§ 41  Justering
Nämnden beslutar
• Sami Korhonen (S) utses att justera protokollet.
§ 42  Delegationsbeslut och meddelanden
Förteckning över delegationsbeslut april 2031.
Nämnden beslutar
• Redovisningen noteras.
Sekreterare Ordförande Justerare
Niklas Ek Birgitta Lönnqvist Sami Korhonen
"""


def test_a_joined_signing_row_is_no_person_of_four_names(tmp_path):
    data = load_texts(tmp_path, {"von_aseda_2031-05-14.txt": MINUTES})
    names = sorted(p["name"] for p in data["persons"])
    assert names == ["Birgitta Lönnqvist", "Niklas Ek", "Sami Korhonen"]
