"""Habits of bodies in unseen minutes: a länsstyrelse's samverkansgrupp whose notes are
e-mailed as plain text wrapped at the margin, a regional cancer centre's vårdprocessgrupp whose roster names its
columns "Profession, enhet" and "Region/organisation", a kommun's revisorer meeting as a body of their own, an
utskott that "ansvarar inför kommunstyrelsen", and councils named with their level and the län they serve. Each
read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts, load_text

from samverkan.loaders.relations import find_groups
from samverkan.loaders.segment import segment_minutes


WRAPPED_MAIL = """MINNESANTECKNINGAR
Samverkansgrupp civilt försvar, Norrby län

Datum: 2025-10-09
Plats: Länsstyrelsen, Norrby

1. Inledning och godkännande av dagordningen
Eva Lind hälsade välkommen. Dagordningen godkändes med ändringen att
punkt 3 behandlades före punkt 2.

2. Lägesbild
Per Ek gav en lägesbild.

3. Övriga frågor
Inga övriga frågor.
"""


def test_a_sentence_wrapped_before_punkt_n_is_no_heading():
    # "… med ändringen att" / "punkt 3 behandlades före punkt 2.": the line goes on with the sentence above it
    seg = segment_minutes(WRAPPED_MAIL, "notes.txt")
    assert [(i.number, i.title) for i in seg.items] == [
        ("1", "Inledning och godkännande av dagordningen"), ("2", "Lägesbild"), ("3", "Övriga frågor")]


def _roster_docx(path: Path) -> Path:
    from docx import Document
    d = Document()
    d.add_paragraph("Regional vårdprocessgrupp för lungcancer")
    d.add_paragraph("Minnesanteckningar 2025-10-17")
    d.add_paragraph("Deltagare")
    t = d.add_table(rows=0, cols=5)
    for row in (["Namn", "Roll i gruppen", "Profession, enhet", "Region/organisation", "Närvaro"],
                ["Anna Berglöf", "ordförande", "överläkare, Lungkliniken", "Region Norrby", "ja"],
                ["Olof Strandberg", "ledamot", "överläkare, Onkologen", "Region Åsen", "nej"],
                ["Greta Nordlund", "patientrepresentant", "–", "Lungföreningen", "ja"],
                ["Lena Vik", "processledare, sekreterare", "RCC Norrskogen", "Region Norrby", "ja"]):
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    d.add_paragraph("1. Mötets öppnande")
    d.add_paragraph("Anna Berglöf hälsade välkommen.")
    d.add_paragraph("2. Nästa möte")
    d.add_paragraph("Nästa möte hålls i december.")
    d.save(path)
    return path


def test_a_roster_with_profession_and_region_columns_reads_its_marks(tmp_path):
    # "Profession, enhet" is the title's column, "Region/organisation" the huvudman's; "nej" is away, and a dash in
    # another column is an empty cell, not a mark
    f = facts(_roster_docx(tmp_path / "vpg.docx"), tmp_path)
    status = {n: s for n, s, _ in f["attendance"]}
    assert status == {"Anna Berglöf": "present", "Olof Strandberg": "absent", "Greta Nordlund": "present",
                      "Lena Vik": "present"}
    # "processledare, sekreterare" in the Roll column: her function in the group, then the duty she keeps
    roles = {n: set(r) for n, _, r in f["attendance"]}
    assert {"processledare", "sekreterare"} <= roles["Lena Vik"]
    assert "patientrepresentant" in roles["Greta Nordlund"]


REVISORERNA = """ÅSBYGDENS KOMMUN                       PROTOKOLL
Revisorerna                            Sammanträdesdatum 2025-11-04

Närvarande revisorer
Karin Åkerlund (S), ordförande
Nils Hedberg (M), vice ordförande
Sofia Lundkvist (C)

§ 30 Revisionsplan 2026

Revisorerna granskar på uppdrag av kommunfullmäktige och ansvarar inför fullmäktige.

Revisorerna beslutar att fastställa revisionsplan 2026.

§ 31 Nästa sammanträde

Nästa sammanträde hålls den 2 december 2025.
"""


def test_a_kommuns_revisorer_are_a_body_of_its_own(tmp_path):
    # "Revisorerna" over the date in the header: the body that met, the kommun's; its members are its revisorer,
    # it works for fullmäktige and answers to it
    f = load_text(tmp_path, "revisorerna.txt", REVISORERNA)
    assert f["body"] == "Revisorerna, Åsbygdens kommun"
    assert {p for p, g, _ in f["memberships"] if g == f["body"]} == {"Karin Åkerlund", "Nils Hedberg", "Sofia Lundkvist"}
    assert {(a, b) for a, b, _ in f["mandates"]} == {
        ("Revisorerna, Åsbygdens kommun", "Kommunfullmäktige, Åsbygdens kommun"),
        ("Kommunfullmäktige, Åsbygdens kommun", "Revisorerna, Åsbygdens kommun")}


def test_councils_named_with_their_level_and_their_lan():
    # "Regionala folkhälsoforumet Tjärnby": the level and the place belong to the forum's name; "… i Norrby län" to
    # a beredskapsråd's
    assert [g.name for g in find_groups("Regionala folkhälsoforumet Tjärnby rapporterar till rådet.")] == [
        "Regionala folkhälsoforumet Tjärnby"]
    assert [g.name for g in find_groups("Gruppen arbetar på uppdrag av Länsberedskapsrådet i Norrby län.")] == [
        "Länsberedskapsrådet i Norrby län"]


CONVENER_OF_A_TASK = """Minnesanteckningar – Regional samverkansgrupp missbruk och beroende, Norrby län

Datum: 2025-11-19
Plats: Teams

Deltagare
Eva Ek, Region Norrby, ordförande
Per Lund, Åby kommun
Anna Berg, Ekå kommun

1. Överenskommelsen

Beslut: Gruppen beslutade
- att ge Per Lund, Eva Ek och Anna Berg i uppdrag att ta fram ett förslag till reviderad överenskommelse,
- att Per Lund är sammankallande.
"""


def test_the_convener_of_those_a_task_went_to_holds_no_new_seat(tmp_path):
    # "att Per Lund är sammankallande" after the task given to three: he convenes them, no seat in the body taken
    f = load_text(tmp_path, "rsg.txt", CONVENER_OF_A_TASK)
    assert any(w == ("Per Lund",) and t.startswith("vara sammankallande för uppdraget att ta fram")
               for w, t in f["assignments"])
    assert [c for p, g, c in f["memberships"] if p == "Per Lund" and g == f["body"]] == ["member"]



def test_national_and_acronym_owned_bodies_keep_their_whole_names():
    # "den nationella vårdprogramgruppen för X" is the national group of that name; "RCC Mittskogens ledningsgrupp"
    # keeps its owner's acronym
    assert [g.name for g in find_groups("Eva är representant i den nationella vårdprogramgruppen för lungcancer.")] == [
        "Nationella vårdprogramgruppen för lungcancer"]
    assert "RCC Norrskogens ledningsgrupp" in [
        g.name for g in find_groups("Gruppen är tillsatt av RCC Norrskogens ledningsgrupp och rapporterar dit.")]
