"""The bodies of a kommunalförbund as its own minutes name them: the board by its kind alone in a
beredning's notes, a short name in brackets after a group's full name, one organ of each of several
kommuner; and no mandate ever joins a person to a body. Each habit on a small minutes loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


BEREDNING = """# Ekå gymnasieförbund

**Utbildningsberedningen** · Minnesanteckningar från beredningens sammanträde

Datum: torsdag 9 oktober 2025

## Deltagare
- Eva Lindqvist (S), Åby kommun, ordförande
- Per Nyholm (M), Ekå kommun, ledamot
- Lisa Ahl, förbundschef

## 1. Beredningens uppdrag
Beredningen har av förbundsdirektionen i uppdrag att bereda ärenden om utbildningsutbud. Beredningen rapporterar till
direktionen efter varje sammanträde.

## 2. Utbud läsåret 2026/27
Beredningen beslutade
- att föreslå direktionen att inte ta in elever till Hantverksprogrammet läsåret 2026/27,
- att överlämna ärendet till direktionens sammanträde den 11 december 2025.

## 3. Representation i SYV-gruppen
Per Nyholm lämnar Samverkansgruppen för studie- och yrkesvägledning (SYV-gruppen). SYV-gruppen rapporterar till
beredningen en gång per termin.
"""


def test_a_förbunds_board_by_its_kind_in_its_berednings_notes(tmp_path):
    """"direktionen", "förbundsdirektionen", "direktionens sammanträde" in the minutes of the förbund's
    utbildningsberedning: the förbund's direktion, which gives the beredning its task and hears its proposals."""
    f = load_text(tmp_path, "beredning.md", BEREDNING)
    board, beredning = "Direktionen, Ekå gymnasieförbund", "Utbildningsberedningen, Ekå gymnasieförbund"
    assert f["body"] == beredning
    for m in ((board, beredning, "delegates"), (beredning, board, "reports_to"), (beredning, board, "recommends"),
              (beredning, board, "refers")):
        assert m in f["mandates"], (m, f["mandates"])


def test_a_short_name_in_brackets_after_a_groups_full_name_is_that_group(tmp_path):
    """"Samverkansgruppen för studie- och yrkesvägledning (SYV-gruppen)", then "SYV-gruppen rapporterar …": one
    group, named in full, which reports to the beredning."""
    f = load_text(tmp_path, "beredning.md", BEREDNING)
    full = "Samverkansgrupp för studie- och yrkesvägledning"
    assert (full, "Utbildningsberedningen, Ekå gymnasieförbund", "reports_to") in f["mandates"], f["mandates"]
    assert not any("SYV-gruppen" in (a, b) for a, b, _ in f["mandates"])


DIREKTION = """ÅBY RÄDDNINGSTJÄNSTFÖRBUND
SAMMANTRÄDESPROTOKOLL
Direktionen
Sammanträdesdatum 2025-12-01

Beslutande
Eva Lindqvist (S), Åby kommun, ordförande
Per Nyholm (M), Ekå kommun
Tomas Gran (S), Ås kommun

§ 60 Handlingsprogram
Direktionen beslutar
att föreslå kommunfullmäktige i Åby kommun, Ekå kommun och Ås kommun att anta handlingsprogrammet.

§ 61 Delegationsordning
Arbetsutskottet rapporterar beslut som fattats med stöd av delegation till direktionen vid nästa sammanträde.

§ 62 Fyllnadsval
Kommunfullmäktige i Ås kommun valde den 20 november 2025 Tomas Gran (S) till ny ledamot i direktionen.
"""


def test_one_organ_of_each_of_several_kommuner(tmp_path):
    """"föreslå kommunfullmäktige i A kommun, B kommun och C kommun att anta …": each kommun's fullmäktige, three
    bodies (not one fullmäktige with the others as its names)."""
    f = load_text(tmp_path, "direktion.txt", DIREKTION)
    to = sorted(b for a, b, k in f["mandates"] if k == "recommends")
    assert len(to) == 3, f["mandates"]
    assert all(b.startswith("Kommunfullmäktige") for b in to)
    assert [any(k in b for b in to) for k in ("Åby kommun", "Ekå kommun", "Ås kommun")] == [True, True, True], to


def test_an_utskott_reports_its_delegated_decisions_to_the_direktion(tmp_path):
    f = load_text(tmp_path, "direktion.txt", DIREKTION)
    assert ("Arbetsutskottet, Åby Räddningstjänstförbund", "Direktionen, Åby Räddningstjänstförbund",
            "reports_to") in f["mandates"], f["mandates"]


NÄMNDS_UPPDRAG = """Minnesanteckningar Samverkansgrupp för barn och unga
Datum: 2025-12-10

Närvarande: Rasmus Engqvist, ordförande, Åby kommun; Sara Lind, Region Norrby; Olof Berg, Ekå kommun

1. Uppdrag från nämnden
Ordföranden informerade om nämndens beslut den 18 november 2025 att ge gruppen i uppdrag att ta fram en gemensam
rutin för SIP i skolan senast den 31 mars 2026.
"""


def test_no_mandate_joins_a_person_to_a_body(tmp_path):
    """"Ordföranden informerade om nämndens beslut … att ge gruppen i uppdrag …": the task comes from the nämnd, and
    the ordförande who told of it gives the group no mandate."""
    f = load_text(tmp_path, "sg.txt", NÄMNDS_UPPDRAG)
    assert not any("Rasmus Engqvist" in (a, b) for a, b, _ in f["mandates"]), f["mandates"]
