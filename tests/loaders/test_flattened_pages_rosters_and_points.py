"""A protocol whose pages a document site or a PDF-to-text tool flattened onto one line each: the page number first,
labels written with their colon ("Närvarande: … Ledamöter: … Dessutom: …"), the members of a table's column with
nothing between them, and a point run on after the one before it with no full stop between. Each label opens a
line again, each member is a person of their own (a double surname kept whole), and each point is an item.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import _flattened_pages_apart, read_document

PAGE = ("1 Styrgruppen för kustprogrammet 3/27 Protokoll från styrgruppsmöte den 4 oktober 2027 Närvarande: Tove Ålund, "
        "ordf. Ledamöter: Berit Aspeby Greta Norling Hans Tåby (t.o.m. p.3) Marianne Servais Höckerman Ulla Jakobsson "
        "Bo Hasselgren Tjänstgörande ersättare Lars Wallmo Eva Jernberg Dessutom: Elin Öberg, sekretariatet "
        "1. Fastställande av dagordning Dagordningen fastställdes med ett tillägg under punkten 6 Övriga frågor "
        "2. Föregående protokoll Protokollet lades till handlingarna. 3. Val av justerare Ulla Jakobsson valdes till "
        "justerare. 4. Rapporter Greta Norling rapporterade från programrådet.")


def test_the_labels_and_points_of_a_flattened_page_open_lines_again():
    lines = _flattened_pages_apart(PAGE).split("\n")
    assert lines[0].startswith("Styrgruppen för kustprogrammet")  # the page's number is no part of the title
    assert any(line.startswith("Närvarande: Tove Ålund") for line in lines)
    assert any(line.startswith("Dessutom: Elin Öberg") for line in lines)
    assert "2. Föregående protokoll" in lines
    assert any(line.startswith("1. Fastställande av dagordning") and "2." not in line for line in lines)


def test_the_members_of_a_flattened_column_are_each_a_person(tmp_path):
    path = tmp_path / "styrgrupp.txt"
    path.write_text(PAGE + "\n", encoding="utf-8")
    p = parse_minutes(read_document(path).text, str(path))
    present = {a.name for a in p.attendance if a.status == "present"}
    assert {"Berit Aspeby", "Greta Norling", "Hans Tåby", "Marianne Servais Höckerman", "Ulla Jakobsson",
            "Bo Hasselgren", "Lars Wallmo", "Eva Jernberg"} <= present
    assert not any(len(name.split()) > 3 for name in present)  # no two people read as one
    assert [it.number for it in p.items][:4] == ["1", "2", "3", "4"]
    assert p.date == "2027-10-04"


NÄMND = ("1 Vård- och omsorgsnämnden Plats och tid Beslutande Kommunhuset, rum Ekan Måndag den 22 februari 2027, klockan 18: "
         "Ledamöter: Maja Falk (KD), ordförande Lena Kronqvist (M), vice ordförande Ismail Abdi (S), 2:e vice ordf. "
         "Kristin H Gardell (M) Charlotte Bergman Blad (L) Lotta Ranta (KD), tjg ersättare Gunvor Ek (S) Eeva Kaskinen (MP) "
         "Ersättare: Mats Åkerman (M) Ingabrit Hall (M) Lilian Wetter (M) Övriga deltagande Eva Dahl, förvaltningschef "
         "Utses att justera Lena Kronqvist (M) Justeringens plats och tid Kommunhuset den 1 mars 2027")


def test_a_flattened_roster_with_party_tags_is_read_member_by_member(tmp_path):
    path = tmp_path / "von.txt"
    path.write_text(NÄMND + "\n", encoding="utf-8")
    p = parse_minutes(read_document(path).text, str(path))
    seats = {a.name: a.roles for a in p.attendance}
    assert {"Maja Falk", "Lena Kronqvist", "Ismail Abdi", "Kristin H Gardell", "Charlotte Bergman Blad", "Lotta Ranta",
            "Gunvor Ek", "Eeva Kaskinen", "Mats Åkerman", "Ingabrit Hall", "Lilian Wetter"} <= set(seats)
    assert "ordförande" in seats["Maja Falk"]
    assert "ersättare" in seats["Lotta Ranta"]  # tjänstgörande for another
    assert "ersättare" in seats["Ingabrit Hall"]
    assert "ersättare" not in seats.get("Eva Dahl", [])  # an official, no member
