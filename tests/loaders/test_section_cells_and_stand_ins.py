"""A protocol whose paragraphs are two-column tables ("Sammanfattning | …", "Yrkanden | …", "Beslut | …",
"Expedieras | …"); a roster split by where each sat ("På plats:", "Via Teams:"); a stand-in during a
föräldraledighet; a newcomer who takes the seat of one who left; a body's accountability told after a
semicolon and its report told in the passive. Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts, load_text


def _docx(tmp_path: Path, rows_by_paragraph: list[tuple[str, list[tuple[str, str]]]], head: list[str]) -> Path:
    from docx import Document
    d = Document()
    for line in head:
        d.add_paragraph(line)
    for title, rows in rows_by_paragraph:
        d.add_paragraph(title)
        t = d.add_table(rows=0, cols=2)
        for label, text in rows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = label, text
    path = tmp_path / "ksau_ekby_2027-08-24.docx"
    d.save(path)
    return path


def test_a_paragraph_cut_into_labelled_cells_reads_its_decision_and_no_label_as_a_name(tmp_path):
    """"Sammanfattning | Eva Ek redogör …", "Yrkanden | Per Lind (S) yrkar …", "Beslut | Ärendet remitteras …":
    the left cell is the section's label, not the first word of a name, and "Beslut" opens the decision."""
    path = _docx(tmp_path, [
        ("§ 12   Remiss om handlingsplan för psykisk hälsa", [
            ("Sammanfattning", "Eva Ekström redogör för remissen från Samverkansgrupp psykisk hälsa."),
            ("Yrkanden", "Per Lindgren (S) yrkar att ärendet remitteras till socialnämnden."),
            ("Propositionsordning", "Ordföranden ställer proposition på yrkandet och finner att det bifalls."),
            ("Beslut", "Ärendet remitteras till socialnämnden för yttrande senast 2027-09-30."),
            ("Expedieras", "Socialnämnden")]),
        ("§ 13   Delgivningar", [
            ("Sammanfattning", "Protokoll från Ledningsgruppen för samverkan i Ekby."),
            ("Beslut", "Delgivningarna läggs till handlingarna.")])],
        ["Ekby kommun", "Protokoll", "Kommunstyrelsens arbetsutskott 2027-08-24",
         "Beslutande ledamöter: Per Lindgren (S), ordförande; Anna Sjöberg (M)", "Övriga: Eva Ekström, kommundirektör"])
    f = facts(path, tmp_path)
    assert not [p for p in f["persons"] if p.split()[0] in ("Sammanfattning", "Yrkanden", "Beslut", "Reservation")]
    assert any(d.startswith("Ärendet remitteras till socialnämnden") for d in f["decisions"])
    assert any(d.startswith("Delgivningarna läggs till handlingarna") for d in f["decisions"])


ROSTER_BY_PLACE = """PROCESSTEAM UTSKRIVNING – ÅBY
Anteckningar från möte 2027-08-31, kl. 09.00–11.30

På plats:
  Karin Holm, processledare, Region Norrby (sammankallande)
  Henrik Sten, enhetschef, Region Norrby
Via Teams:
  Tobias Lund, enhetschef, Åby kommun
Förhinder:
  Marita Berg, Ekå kommun

Punkt 1  Inledning
Karin hälsade välkommen. Dagordningen godkändes.

Punkt 2  Utskrivningsklara vårddagar
Henrik visade siffrorna. Tobias tar fram siffror per kommun till nästa möte.
"""


def test_a_roster_split_by_where_each_sat(tmp_path):
    """"På plats:" over those in the room and "Via Teams:" over those on the link: both present."""
    f = load_text(tmp_path, "pt_utskrivning_2027-08-31.txt", ROSTER_BY_PLACE)
    status = {who: st for who, st, _roles in f["attendance"]}
    assert status == {"Karin Holm": "present", "Henrik Sten": "present", "Tobias Lund": "present",
                      "Marita Berg": "absent"}


CHANGES = """Processteam utskrivning
Minnesanteckningar 2027-08-31

Närvarande: Karin Holm (Region Norrby), Henrik Sten (Region Norrby), Johanna Berg (Region Norrby),
Maja Lind (Ekå kommun)

1. Förändringar i teamet
Karin hälsade Johanna Berg välkommen. Johanna kommer från slutenvården på lasarettet och ingår i teamet
från i dag efter att Sanna Rydh slutade vid årsskiftet.
Maja Lind ersätter Lena Forsgren under dennes föräldraledighet till och med juni 2028.

2. Nästa möte
2027-10-12 via Teams.
"""


def test_a_stand_in_during_leave_and_a_newcomer_in_the_seat_of_one_who_left(tmp_path):
    """"Maja Lind ersätter Lena Forsgren under dennes föräldraledighet": a stand-in, the one away keeps her seat;
    "Johanna … ingår i teamet från i dag efter att Sanna Rydh slutade": Johanna joins, Sanna has left."""
    f = load_text(tmp_path, "pt_utskrivning_2027-08-31.txt", CHANGES)
    ms = set(f["memberships"])
    assert ("Maja Lind", "Processteam utskrivning", "replace") in ms
    assert ("Lena Forsgren", "Processteam utskrivning", "leave") not in ms
    assert ("Johanna Berg", "Processteam utskrivning", "join") in ms
    assert ("Sanna Rydh", "Processteam utskrivning", "leave") in ms


ACCOUNTABLE = """Ledningsgruppen för vård och omsorg i Norrby
Protokoll 2027-09-09

Närvarande: Helena Marklund (Region Norrby), ordförande; Per Sjö (Åby kommun); Kristoffer Alm (Ekå kommun)

1. Uppdrag om gemensam korttidsvård
Beslut: Ledningsgruppen inrättar en projektgrupp för gemensam korttidsvård i Norrby. Uppdraget ges av
ledningsgruppen; projektgruppen ansvarar inför Styrgrupp Nära vård Norrby.

2. Rapport till Politiskt samråd Norrby
Rapport lämnas till Politiskt samråd Norrby två gånger per år. Nästa rapport gäller utskrivningen.
"""


def test_accountability_after_a_semicolon_and_a_report_told_in_the_passive(tmp_path):
    """"…; projektgruppen ansvarar inför Styrgrupp X": the group answers to X (a mandate, no task);
    "Rapport lämnas till Politiskt samråd X två gånger per år": the body that met reports there."""
    f = load_text(tmp_path, "lvo_norrby_2027-09-09.txt", ACCOUNTABLE)
    assert (f["body"], "Politiskt samråd Norrby", "reports_to") in f["mandates"]
    assert any(to == "Styrgrupp Nära vård Norrby" and kind == "reports_to" and "projektgrupp" in frm.casefold()
               for frm, to, kind in f["mandates"]), f["mandates"]
    assert not [t for _who, t in f["assignments"] if t.startswith("ansvara inför")]


PRESENTED_THERE = """Ledningsgruppen för vård och omsorg i Norrby
Protokoll 2027-09-09

Närvarande: Helena Marklund (Region Norrby), ordförande; Per Sjö (Åby kommun); Kristoffer Alm (Ekå kommun)

1. Rapport till Politiskt samråd Norrby
Kristoffer Alm föredrar ärendet.
Beslut: Helena Marklund och Per Sjö föredrar rapporten vid samrådets möte 2027-10-14.
"""


def test_a_decision_that_members_present_a_matter_at_another_bodys_meeting(tmp_path):
    """"Beslut: A och B föredrar rapporten vid samrådets möte 2027-10-14": a task of theirs; "Kristoffer Alm
    föredrar ärendet" (presenting it here) is none."""
    f = load_text(tmp_path, "lvo_norrby_2027-09-09.txt", PRESENTED_THERE)
    assert any(who == ("Helena Marklund", "Per Sjö") and t.startswith("föredra rapporten vid samrådets möte")
               for who, t in f["assignments"]), f["assignments"]
    assert not [t for who, t in f["assignments"] if who == ("Kristoffer Alm",)]
