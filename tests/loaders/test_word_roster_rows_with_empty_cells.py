"""A kommun's protocol in Word lists the beslutande as a table "Ledamot | Funktion | Tjänstgörande ersättare":
a ledamot's row with a name in the last column was away and the ersättare there served in the seat. A row whose
cells after the name are empty loses its trailing tabs as a line of text; it is still the table's row, and the
rows under it are read in the table's columns. Loaded alone from a Word file made here.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_docx_text

PROTOCOL = """ÅBY KOMMUN\tSAMMANTRÄDESPROTOKOLL
Kommunstyrelsen\tSammanträdesdatum 2027-03-02
Plats\tÅby kommunhus, Sessionssalen
Tid\t08.30–11.50

Beslutande
Ledamot\tFunktion\tTjänstgörande ersättare
Anders Vik (S)\tordförande\t
Karl Ås (M)\tvice ordförande\t
Ewa Lind (S)\t\t
Leif Gran (C)\t\tLiv Ros (C)
Sten Ek (M)\t\t
Ylva Ström (V)\t\tPer Aron (S)

Ersättare, ej tjänstgörande
Lina Sjö (S)
Övriga deltagande
Cecilia Lind, kommundirektör
Justerare
Karl Ås (M)

§ 12  Val av justerare
Beslut
Kommunstyrelsen utser Karl Ås (M) att jämte ordföranden justera dagens protokoll.
"""


def _status(got: dict) -> dict[str, str]:
    return {name: status for name, status, _ in got["attendance"]}


def test_a_ledamot_whose_row_names_a_serving_ersattare_was_away(tmp_path: Path):
    got = _status(load_docx_text(tmp_path, "ks.docx", PROTOCOL))
    assert got["Leif Gran"] == "absent"
    assert got["Ylva Ström"] == "absent"
    assert got["Liv Ros"] == "present" and got["Per Aron"] == "present"
    assert got["Ewa Lind"] == "present" and got["Sten Ek"] == "present"


def test_the_serving_ersattare_is_read_as_ersattare(tmp_path: Path):
    roles = {name: r for name, _, r in load_docx_text(tmp_path, "ks.docx", PROTOCOL)["attendance"]}
    assert "ersättare" in roles["Per Aron"] and "ledamot" not in roles["Per Aron"]


def test_a_plain_name_line_after_the_table_under_its_label_is_no_row(tmp_path: Path):
    got = load_docx_text(tmp_path, "ks.docx", PROTOCOL)
    roles = {name: r for name, _, r in got["attendance"]}
    assert roles["Lina Sjö"] == ("ersättare",)
