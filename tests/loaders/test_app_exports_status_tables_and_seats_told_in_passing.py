"""Layouts and phrasings of a ledningsgrupp's notes exported from a meeting app, a styrgrupp's status table per
uppdrag, a nämnd's seats changed by fullmäktige and a samverkansgrupp's notes with tasks by first names; each read
on a small minutes of its own (made-up names and places).
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_docx_text, load_text

APP_EXPORT = """# Ledningsgruppen möte 2/2027

Ledningsgruppen för vård och omsorg i Norrby

| | |
|---|---|
| **Datum** | 2027-02-11 |

## Deltagare

| Namn | Roll i mötet | Organisation | Närvaro |
|---|---|---|---|
| Tove Dahl | Ordförande · hälso- och sjukvårdsdirektör | Region Norrby | Deltog |
| Olof Brink | Ledamot · socialchef | Åby kommun | Deltog |
| Rut Sandin | Ersättare · avdelningschef IFO | Ekby kommun | Deltog |
| Lars Ström | Sekreterare · samverkansstrateg | Region Norrby | Deltog |

## Agenda och anteckningar

### 1. Väntetider i BUP

**Anteckningar**
Olof Brink presenterar väntetidsläget. Andelen har ökat.

**Beslut**
- Informationen noteras.
"""


def test_a_meeting_apps_roster_gives_the_seat_and_the_title_a_dot_apart(tmp_path: Path):
    """"Ordförande · hälso- och sjukvårdsdirektör": the seat before the dot; the secretary holds none."""
    f = load_text(tmp_path, "lg.md", APP_EXPORT)
    roles = {name: set(r) for name, _, r in f["attendance"]}
    assert "ordförande" in roles["Tove Dahl"], f["attendance"]
    assert "ersättare" in roles["Rut Sandin"] and "ledamot" not in roles["Rut Sandin"], f["attendance"]
    assert "ledamot" not in roles["Lars Ström"], f["attendance"]


def test_a_section_label_on_a_line_of_its_own_is_no_part_of_a_name(tmp_path: Path):
    """"**Anteckningar**" over "Olof Brink presenterar …": no person "Anteckningar Olof Brink"."""
    f = load_text(tmp_path, "lg.md", APP_EXPORT)
    assert not any(p.startswith("Anteckningar") for p in f["persons"]), f["persons"]


STATUS_TABLE = """Styrgrupp Nära vård Norrby
Protokoll 2027-06-10
Närvarande: Tove Dahl, Region Norrby, ordförande; Olof Brink, Åby kommun; Siv Ek, Ekby kommun
§ 3 Uppföljning av styrgruppens uppdrag
Nr\tUppdrag\tAnsvarig\tStatus\tKommentar / nästa steg
1\tPilot med mobilt team\tProjektgruppen för mobilt team / Ola Berg\tGrön\tSlutrapport lämnas till styrgruppen 2027-10-14
2\tRutin för läkemedelsgenomgång\tSiv Ek\tGul\tFörsenad. Siv återkommer med ny tidplan till nästa möte
3\tUppföljning av vårdplaner\tOlof Brink\tKlar\tSlutredovisad i april
"""


def test_a_status_tables_responsible_body_and_person_are_apart(tmp_path: Path):
    """"Projektgruppen för mobilt team / Ola Berg": the body and the one who answers for it, the person no part of
    the body's name; the row's "nästa steg" is their task, due the day it names."""
    f = load_docx_text(tmp_path, "sg.docx", STATUS_TABLE)
    assert not any("/" in a for who, _ in f["assignments"] for a in who), f["assignments"]
    assert any(any(a.startswith("Projektgrupp") for a in who) and "Ola Berg" in who and t.startswith("slutrapport lämnas")
               for who, t in f["assignments"]), f["assignments"]


def test_a_table_row_is_a_sentence_of_its_own(tmp_path: Path):
    """"… Siv återkommer med ny tidplan till nästa möte" ends with its row, not in the next row's cells."""
    f = load_docx_text(tmp_path, "sg.docx", STATUS_TABLE)
    siv = [t for who, t in f["assignments"] if who == ("Siv Ek",) and t.startswith("återkomma")]
    assert siv and all("Uppföljning" not in t and "Olof" not in t for t in siv), f["assignments"]


SEATS = """ÅBY KOMMUN
Individ- och familjeomsorgsnämnden
Sammanträdesprotokoll 2027-02-23
Beslutande: Karin Holm (S), ordförande; Per Ek (M); Ylva Sten (S)
§ 11 Entledigande och fyllnadsval
Kommunfullmäktige har den 28 januari 2027 entledigat Bo Nord (S) från hans uppdrag som ledamot och 2:e vice \
ordförande i individ- och familjeomsorgsnämnden och i stället valt Ylva Sten (S), tidigare ersättare, till ledamot. \
Till ny ersättare efter Ylva Sten har fullmäktige valt Gun Alm (S).
Individ- och familjeomsorgsnämnden beslutar
att välja Ylva Sten (S) till 2:e vice ordförande för återstoden av mandatperioden.
"""


def test_a_nämnds_seats_changed_by_fullmäktige_are_read(tmp_path: Path):
    """The one released leaves, the one elected instead takes the seat, the new ersättare joins, and the nämnd's
    own choice of a 2:e vice ordförande is her duty."""
    f = load_text(tmp_path, "ifn.txt", SEATS)
    ms = {(p, c) for p, g, c in f["memberships"] if g.startswith("Individ- och familjeomsorgsnämnden")}
    assert {("Bo Nord", "leave"), ("Ylva Sten", "replace"), ("Gun Alm", "join")} <= ms, f["memberships"]
    assert any(who == ("Ylva Sten",) and t.startswith("vara 2:e vice ordförande") for who, t in f["assignments"]), \
        f["assignments"]


NOTES = """Samverkansgrupp Habilitering Norrby
Minnesanteckningar 14 april 2027

Närvarande
  Tove Dahl, verksamhetschef habilitering, Region Norrby – ordf.
  Märit Lans, avdelningschef LSS, Åby kommun
  Olof Brink, enhetschef, Ekby kommun
  Siv Ek, verksamhetschef funktionsstöd, Tallby kommun

1. Övergång barn–vuxen
Siv, som är sammankallande i Arbetsgrupp övergång barn–vuxen, visade utkastet. Kent Lund har slutat i Åby och \
Märit går in i arbetsgruppen i hans ställe.

2. Nya ledamöter
Olof Brink hälsas välkommen som Ekby kommuns ledamot i samverkansgruppen efter Nils Rask, som har lämnat kommunen.

Till nästa möte
  - Siv: skicka Tallbys rutin för korttidstillsyn
  - Alla kommuner: ta fram antal pågående LSS-ärenden för unga
"""


def test_seats_told_in_passing_by_first_names(tmp_path: Path):
    """"Siv, som är sammankallande i Arbetsgrupp X": her seat there; "Kent Lund har slutat … och Märit går in i
    arbetsgruppen i hans ställe": the seat in the arbetsgrupp, not in the body that met; a welcome as a huvudman's
    ledamot in the genitive, after the one who left."""
    f = load_text(tmp_path, "sg.txt", NOTES)
    ms = set(f["memberships"])
    assert ("Siv Ek", "Arbetsgrupp övergång barn–vuxen", "member") in ms, f["memberships"]
    assert {("Märit Lans", "Arbetsgrupp övergång barn–vuxen", "replace"),
            ("Kent Lund", "Arbetsgrupp övergång barn–vuxen", "leave")} <= ms, f["memberships"]
    assert {("Olof Brink", "Samverkansgrupp Habilitering Norrby", "replace"),
            ("Nils Rask", "Samverkansgrupp Habilitering Norrby", "leave")} <= ms, f["memberships"]


def test_the_kommuner_as_a_list_lines_doers(tmp_path: Path):
    """"Alla kommuner: ta fram …" under "Till nästa möte": each kommun the notes name, and the kommuner together."""
    f = load_text(tmp_path, "sg.txt", NOTES)
    task = [set(who) for who, t in f["assignments"] if t.startswith("ta fram antal pågående")]
    assert task and {"Åby kommun", "Ekby kommun", "Tallby kommun"} <= task[0], f["assignments"]


DELEGATION = """ÅBY KOMMUN
Individ- och familjeomsorgsnämnden
Sammanträdesprotokoll 2027-02-23
Beslutande: Karin Holm (S), ordförande; Per Ek (M); Ylva Sten (S)
§ 12 Revidering av delegationsordning
Beslut
Individ- och familjeomsorgsnämnden beslutar
att anta den reviderade delegationsordningen,
att delegera till arbetsutskottet att besluta i brådskande ärenden enligt LVU,
att delegationsbeslut ska anmälas till nämnden vid närmast följande sammanträde.
§ 13 Fyllnadsval
Bo Nord (S) var även nämndens ledamot i arbetsutskottet och nämndens representant i Brottsförebyggande rådet i Åby, \
och dessa platser behöver fyllas.
"""


def test_decisions_on_delegation_are_reported_to_the_nämnd(tmp_path: Path):
    """"att delegationsbeslut ska anmälas till nämnden": the utskott delegated to reports to the nämnd."""
    f = load_text(tmp_path, "ifn.txt", DELEGATION)
    assert any(frm.endswith("arbetsutskott, Åby kommun") and to.startswith("Individ- och familjeomsorgsnämnden")
               and kind == "reports_to" for frm, to, kind in f["mandates"]), f["mandates"]


def test_the_seats_a_member_held_elsewhere_are_left(tmp_path: Path):
    """"Bo Nord var även … representant i Brottsförebyggande rådet i Åby, och dessa platser behöver fyllas"."""
    f = load_text(tmp_path, "ifn.txt", DELEGATION)
    assert ("Bo Nord", "Brottsförebyggande rådet i Åby", "leave") in f["memberships"], f["memberships"]


def test_numbered_uppdrag_decided_one_by_one_are_two_decisions(tmp_path: Path):
    """"stänga uppdrag 3 och att uppdrag 4 ska prioriteras": two decided points."""
    f = load_docx_text(tmp_path, "sg.docx", STATUS_TABLE + "Beslut: Styrgruppen beslutar att stänga uppdrag 3 och att "
                                                           "uppdrag 4 ska prioriteras under hösten.\n")
    assert "stänga uppdrag 3" in f["decisions"], f["decisions"]
    assert any(d.startswith("uppdrag 4 ska prioriteras") for d in f["decisions"]), f["decisions"]


LEFT_EMPLOYER = """Ledningsgruppen för vård och omsorg i Norrby
Anteckningar 2027-03-11
Närvarande: Tove Dahl, Region Norrby, ordförande; Märit Lans, Ekby kommun; Olof Brink, Åby kommun

3. Styrgrupp Nära vård Norrby
Märit Lans meddelar att Pål Viberg lämnar Ekby kommun vid månadsskiftet. Ekby har utsett Stina Holm, \
verksamhetschef hemsjukvård, till ny ledamot i Styrgrupp Nära vård Norrby från och med 1 april.
"""


def test_the_seat_a_kommun_fills_after_one_leaves_it(tmp_path: Path):
    """"Pål Viberg lämnar Ekby kommun …. Ekby har utsett Stina Holm … till ny ledamot i G": he leaves the seat in G
    that the kommun fills (not when another kommun fills a seat)."""
    f = load_text(tmp_path, "lg.txt", LEFT_EMPLOYER)
    ms = set(f["memberships"])
    assert ("Stina Holm", "Styrgrupp Nära vård Norrby", "join") in ms, f["memberships"]
    assert ("Pål Viberg", "Styrgrupp Nära vård Norrby", "leave") in ms, f["memberships"]
    other = tmp_path / "other"
    other.mkdir()
    f = load_text(other, "lg.txt", LEFT_EMPLOYER.replace("Ekby har utsett", "Åby har utsett"))
    assert not any(p == "Pål Viberg" for p, _, _ in f["memberships"]), f["memberships"]


def test_a_nämnd_directs_its_förvaltning_to_report_at_its_own_meeting(tmp_path: Path):
    """"Nämnden vill att förvaltningen vid aprilsammanträdet redovisar …": a task with its time, not a hope."""
    f = load_text(tmp_path, "ifn.txt", SEATS + "§ 14 Information om placeringar\nKostnaderna har ökat. Nämnden vill "
                                               "att förvaltningen vid aprilsammanträdet redovisar vilka åtgärder som "
                                               "vidtas för fler familjehem.\n")
    assert any(t.startswith("vid aprilsammanträdet redovisa vilka åtgärder") for _, t in f["assignments"]), \
        f["assignments"]
