"""Habits of the secretaries of sister minutes: a kommunstyrelsens
arbetsutskott's Word protocol with "Dnr" and "Ärendebeskrivning" on lines of their own, "Yrkanden" and a
member's question in the text, a decision "med stöd av delegation från kommunstyrelsen" and a council the item
is about called "rådet"; each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

import docx

from tests.loaders.test_read_formats import facts, load_text


def _docx(tmp_path: Path, paragraphs: list[str], name: str = "ksau.docx") -> dict:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    path = tmp_path / name
    d.save(path)
    return facts(path, tmp_path)


HEAD = """ÅBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Kommunstyrelsens arbetsutskott
Sammanträdesdatum 2025-10-14

Beslutande
Eva Lindqvist (M), ordförande
Per Nyholm (S)
Kim Sandberg (C)

Övriga närvarande
Lisa Ahl, socialchef

"""


MOTION_AND_QUESTION = HEAD + """§ 40 Avvikelser vid utskrivning

Yrkanden
Kim Sandberg (C) yrkar bifall till förvaltningens förslag med tillägget att socialchefen ska återrapportera
utfallet till arbetsutskottet efter sex månader.

Per Nyholm (S) frågar hur många av avvikelserna som har lett till vårdskada.

Arbetsutskottet beslutar
att lägga informationen till handlingarna.
"""


def test_a_motion_and_a_question_at_the_meeting_give_no_task(tmp_path):
    """"X (C) yrkar bifall … med tillägget att socialchefen ska återrapportera …" is a motion put to the
    meeting, and "Y (S) frågar hur många …" a question asked there: neither is a task given."""
    f = load_text(tmp_path, "ksau.txt", MOTION_AND_QUESTION)
    assert f["assignments"] == []
    assert f["decisions"] == ["lägga informationen till handlingarna."]


BY_DELEGATION = HEAD + """§ 42 Riktlinje för samordnad individuell plan

Arbetsutskottet beslutar med stöd av delegation från kommunstyrelsen
att anta riktlinjen för samordnad individuell plan för kommunens del,
att uppdra åt socialchefen att införa riktlinjen under våren 2026.
"""


def test_the_warrant_a_body_decides_by_is_no_decision(tmp_path):
    """"Arbetsutskottet beslutar med stöd av delegation från kommunstyrelsen / att …": the warrant opens the
    clauses and is none of them."""
    f = load_text(tmp_path, "ksau.txt", BY_DELEGATION)
    assert not any("delegation" in d for d in f["decisions"])
    assert any(d.startswith("anta riktlinjen för samordnad individuell plan") for d in f["decisions"])
    assert any(d.startswith("uppdra åt socialchefen att införa riktlinjen") for d in f["decisions"])


def test_a_case_number_and_a_section_label_on_lines_of_their_own_open_no_sentence(tmp_path):
    """A Word protocol with no blank lines between its paragraphs: "Dnr KS 2025/176" and "Ärendebeskrivning"
    each stand alone, so the first sentence of the description, "PSO rekommenderade … huvudmännen att anta …",
    is read as it stands."""
    f = _docx(tmp_path, ["ÅBY KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsens arbetsutskott",
                         "Sammanträdesdatum 2025-10-14", "Beslutande", "Eva Lindqvist (M), ordförande", "Per Nyholm (S)",
                         "§ 42\tRiktlinje för samordnad individuell plan", "Dnr KS 2025/176", "Ärendebeskrivning",
                         "Politiskt samrådsorgan Norrby (PSO) rekommenderade den 16 maj 2025 huvudmännen att anta den "
                         "länsgemensamma riktlinjen.",
                         "Arbetsutskottet beslutar att anta riktlinjen för kommunens del."])
    assert any(m[:2] == ("Politiskt samrådsorgan Norrby", "huvudmännen") for m in f["mandates"])


COUNCIL = HEAD + """§ 41 Lokala närvårdsrådet i Åby – reviderad uppdragsbeskrivning

Lokala närvårdsrådet i Åby är ett forum för kommunen och Vårdcentralen Åby. Bo Ek, enhetschef hemtjänst,
lämnar rådet den 1 november 2025. Socialchefen har utsett Kim Sandberg, medicinskt ansvarig sjuksköterska,
till ny representant i rådet efter honom.

Arbetsutskottet beslutar
att anteckna informationen.
"""


def test_raadet_in_a_naemnds_minutes_is_the_council_the_item_is_about(tmp_path):
    """"… till ny representant i rådet efter honom" in an arbetsutskott's protocol: the seat is in the
    council the item names, not in the arbetsutskott that met."""
    f = load_text(tmp_path, "ksau.txt", COUNCIL)
    # (the one he follows named, "efter honom": a replacement)
    assert ("Kim Sandberg", "Lokala närvårdsrådet i Åby", "replace") in f["memberships"]
    assert not {("Kim Sandberg", "Kommunstyrelsens arbetsutskott, Åby kommun", c) for c in ("join", "replace")} & set(
        f["memberships"])
    assert ("Bo Ek", "Lokala närvårdsrådet i Åby", "leave") in f["memberships"]


ROLES_IN_THE_ROSTER = """# Samverkansgrupp Psykisk hälsa vuxna i Norrby

**Minnesanteckningar** · torsdag 2 oktober 2025 · kl. 09.00–11.30 · Teams

| Roll | Namn | Organisation |
|---|---|---|
| Ordförande | Nils Ödman, verksamhetschef vuxenpsykiatrin | Region Norrby |
| Vice ordförande | Per Stensson, avdelningschef | Åby kommun |
| Ledamot | Jessika Lind, enhetschef socialpsykiatri | Ekå kommun |
| Samordnare | Josefin Wall, Avdelningen för hälsa och samverkan | Region Norrby |

## 1. Rutin

Det beslutades att Jessika Lind och en överläkare från vuxenpsykiatrin skriver ett första utkast.

## 2. Suicidprevention

Vice ordföranden tar fram en kort beskrivning av arbetssättet till nästa möte.

## 3. Rapport

Ordföranden och samordnaren skriver höstens rapport till ledningsgruppens möte den 11 december.

## 4. Nästa möte

Torsdag 20 november.
Samordnaren kallar.
/Josefin Wall
"""


def test_tasks_given_to_the_roles_the_roster_names(tmp_path):
    """A roster table whose "Roll" column says who chairs, who is vice chair and who coordinates: "Vice
    ordföranden tar fram …", "Ordföranden och samordnaren skriver …" name their holders; "Jessika Lind och en
    överläkare från vuxenpsykiatrin skriver …" gives the task to the one named; and the writer's signature
    "/Josefin Wall" after the last sentence is no part of it."""
    f = load_text(tmp_path, "sg.md", ROLES_IN_THE_ROSTER)
    tasks = {who: task for who, task in f["assignments"]}
    assert tasks[("Per Stensson",)].startswith("ta fram en kort beskrivning av arbetssättet")
    assert tasks[("Josefin Wall", "Nils Ödman")].startswith("skriva höstens rapport")
    assert tasks[("Jessika Lind",)].startswith("skriva ett första utkast")
    assert tasks[("Josefin Wall",)].startswith("kalla")


COUNCIL_REPORTS = HEAD + """§ 41 Lokala närvårdsrådet i Åby – reviderad uppdragsbeskrivning

Lokala närvårdsrådet i Åby är ett forum för kommunen och Vårdcentralen Åby. Rådet har hittills rapporterat
enbart till Styrgrupp Nära vård Norrby. I den reviderade uppdragsbeskrivningen föreslås att rådet även
rapporterar till arbetsutskottet. Lisa Ahl tar upp frågan vid Lokala närvårdsrådet i Åbys möte den 4 december.

Arbetsutskottet beslutar
att godkänna den reviderade uppdragsbeskrivningen.
"""


def test_a_council_named_in_a_naemnds_minutes_and_the_sentence_after_it(tmp_path):
    """"Rådet har hittills rapporterat enbart till X. I den reviderade …": the council the item is about reports
    to X, and "I den …" opens a sentence of its own; "vid Lokala närvårdsrådet i Åbys möte" names the council,
    not one called "… i Åbys"."""
    f = load_text(tmp_path, "ksau.txt", COUNCIL_REPORTS)
    assert any(m[:2] == ("Lokala närvårdsrådet i Åby", "Styrgrupp Nära vård Norrby") for m in f["mandates"])
    assert not any(m[0].endswith("Åbys") or m[1].endswith("Åbys") for m in f["mandates"])


TWO_NAEMNDER = """Regional ledningsgrupp för vård och omsorg i Norrby
Minnesanteckningar
Datum: fredag 24 oktober 2025

Närvarande: Eva Lindqvist (ordförande, Region Norrby), Per Nyholm (Åby kommun), Kim Sandberg (Ekå kommun)

1. Korttidsplatser
Ledningsgruppen ställde sig bakom förslaget. Förslaget överlämnas till socialnämnden i Åby och välfärdsnämnden
i Ekå för beslut.

2. Hemtjänst
Frågan överlämnas till vård- och omsorgsnämnden för beslut.
"""


def test_a_matter_referred_to_two_naemnder_goes_to_each(tmp_path):
    """"… överlämnas till socialnämnden i Åby och välfärdsnämnden i Ekå för beslut": to each nämnd; "vård- och
    omsorgsnämnden" stays one."""
    f = load_text(tmp_path, "rlg.txt", TWO_NAEMNDER)
    to = {m[1] for m in f["mandates"]}
    assert {"Socialnämnden i Åby", "Välfärdsnämnden i Ekå"} <= to
    assert not any(t.casefold().startswith("omsorgsnämnden") for t in to)
