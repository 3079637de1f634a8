"""Habits of secretaries of the sister minutes written last: a title written as a file name, decisions
marked "→ Beslut:", a standing mandate told as a reminder, each read on a small minutes of its own
(loaded alone into a fresh store, as a user loads one file).
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


FILE_NAME_TITLE = """Minnesanteckningar_Utbildningsgruppen_VoO_2025-11-05

Närvarande
Anna Berglöf, Åby kommun (ordf.)
Nils Ekdahl, Region Norrby

1. Mötet öppnas
Anna hälsade välkommen. Ordföranden påminde om att Utbildningsgruppen för vård- och omsorgspersonal i Norrby
är tillsatt av Samverkansgrupp äldre och rapporterar dit två gånger om året.

2. Nästa möte
Onsdag 28 januari 2026.
"""


def test_a_title_written_as_a_file_name_names_the_body_as_the_text_names_it_in_full(tmp_path):
    """"Minnesanteckningar_Utbildningsgruppen_VoO_2025-11-05": the body by its one-word name and a shorthand,
    named in full where the text writes it; the standing mandate the chair reminds the meeting of is read."""
    f = load_text(tmp_path, "notes.txt", FILE_NAME_TITLE)
    body = "Utbildningsgrupp för vård- och omsorgspersonal i Norrby"  # the definite form, stored in the indefinite
    assert f["body"] == body and f["date"] == "2025-11-05"
    pairs = {m[:2] for m in f["mandates"]}
    assert {("Samverkansgrupp äldre", body), (body, "Samverkansgrupp äldre")} <= pairs
    assert ("Nils Ekdahl", body, "member") in f["memberships"]


ARROW_DECISIONS = """# Minnesanteckningar – Arbetsgrupp läkemedel Åby

**Datum:** tisdag 21 oktober 2025
**Närvarande:** Anna Berglöf (sammankallande), Nils Ekdahl

## 1. Mötets öppnande
Anna öppnade mötet.

→ Beslut: Dagordningen godkänns.

## 2. Lathund
Nils gick igenom funktionen i journalsystemet.

→ Beslut: Arbetsgruppen rekommenderar kommunerna att informera sina enheter om funktionen före årsskiftet.

→ Nils tar fram en kort lathund för hemsjukvården.
"""


def test_an_arrow_before_beslut_marks_the_decision_and_before_a_name_a_task(tmp_path):
    f = load_text(tmp_path, "arrows.md", ARROW_DECISIONS)
    assert any("godkänn" in d.casefold() and "dagordning" in d.casefold() for d in f["decisions"])
    assert any("informera sina enheter" in d for d in f["decisions"])
    assert any(who == ("Nils Ekdahl",) and task.startswith("ta fram en kort lathund") for who, task in f["assignments"])


LOCAL_GROUP = """Lokal närvårdsgrupp Åby
Minnesanteckningar, onsdag 22 oktober 2025 kl. 14.00–15.30. Mötet hölls via Teams.
Deltog digitalt:
- Karin Holm, socialchef, Åby kommun (ordförande)
- Rolf Ek, MAS, Åby kommun
- Dana Rahim, verksamhetschef, Hälsocentralen Åby, Region Norrby
Inbjuden till punkt 3: Emil Sund, FoU-handledare, FoU Norrby

1. Inledning
Karin Holm öppnade mötet. Dagordningen godkändes.
2. Uppdrag från Styrgruppen för Nära vård Norrby
Dana Rahim redogjorde för styrgruppens beslut. Styrgruppen har gett de lokala närvårdsgrupperna i uppdrag att
kartlägga patienter med omfattande behov och rapportera resultatet till styrgruppen i februari.
Planeringen av temadagen överlämnades till gruppen av Arbetsgrupp för fallprevention i september.
Det beslutades att gruppen ställer sig bakom planen och att Åby kommun står värd för temadagen.
3. Läkemedelsgenomgångar
Emil Sund gick igenom utfallet. MAS tar fram en plan för att nå målet till nästa möte.
4. Till nästa möte
Karin och Dana beskriver hur hälsocentralen remitterar till vuxenpsykiatrin i dag.
Uppföljningslista
Uppgift Ansvarig Status Datum
Kartläggning av patienter med
omfattande behov
DR Påbörjad 2026-02-15
Kallelse till mötet 3 december KH Ej påbörjad 2025-11-26
"""


def test_a_local_group_s_notes_with_a_flattened_follow_up_table(tmp_path):
    """The plural of the body's own kind is the body; "MAS" is the one whose title it is; a PDF-flattened
    "Uppgift Ansvarig Status Datum" table gives a task per row; "Inbjuden till punkt 3" is a guest; what is
    listed "Till nästa möte" is a task, no talk; a hand-over by another body is no decision of this one."""
    f = load_text(tmp_path, "local.txt", LOCAL_GROUP)
    body = f["body"]
    assert body == "Lokal närvårdsgrupp Åby"
    assert ("Styrgrupp för Nära vård Norrby", body) in {m[:2] for m in f["mandates"]}  # stored in the indefinite
    tasks = f["assignments"]
    assert any(who == ("Rolf Ek",) and task.startswith("ta fram en plan") for who, task in tasks)
    assert any(who == ("Dana Rahim",) and task.startswith("kartläggning av patienter") for who, task in tasks)
    assert any(who == ("Karin Holm",) and task.startswith(("kallelse till mötet", "kalla till mötet")) for who, task in tasks)
    assert any(who == ("Åby kommun",) and task.startswith("stå värd för") for who, task in tasks)
    assert ("Emil Sund", "guest") in {(n, st) for n, st, _ in f["attendance"]}
    assert not any("överlämna" in d for d in f["decisions"])
    groups = {g for _, g, _ in f["memberships"]} | {x for m in f["mandates"] for x in m[:2]}
    assert not any("beslutades" in g.casefold() for g in groups)


ADMINISTRATION_LG = """ÅBY KOMMUN                                     MINNESANTECKNINGAR

Vård- och omsorgsförvaltningen
Ledningsgruppen för vård och omsorg
Tisdag 3 juni 2025 kl. 08.30–10.00, Kommunhuset, rum Gläntan

Närvarande: Per Lind (förvaltningschef, ordförande), Eva Wik, Siri Nord

1. Sommaren
Eva Wik redogjorde för bemanningen i sommar.
"""


def test_a_förvaltning_s_own_ledningsgrupp_is_named_with_its_kommun(tmp_path):
    """Under the kommun's letterhead and the förvaltning's name: one of the kommun's own groups, named with
    the kommun as its nämnder are (another kommun has a ledningsgrupp of the same name)."""
    f = load_text(tmp_path, "lg.txt", ADMINISTRATION_LG)
    assert f["body"] == "Ledningsgrupp för vård och omsorg, Åby kommun"


def test_who_reports_with_a_colon_presents_and_who_presents_it_there_has_a_task():
    """"TF redovisade: HC Forsby fick 64 kallelser …" tells the meeting; "KSÖ föredrar den där" (the report
    lifted to another body) is to be told at that body's meeting."""
    from samverkan.loaders.extract import AttendanceEntry, _prose_presenters
    att = [AttendanceEntry(name="Tove Falk", status="present"), AttendanceEntry(name="Karin Sand-Öst", status="present")]
    assert _prose_presenters("TF redovisade: hälsocentralen fick 64 kallelser under 2024.", att) == ["Tove Falk"]
    told_there = "Delrapporten lyfts till styrgruppen den 17 september. KSÖ föredrar den där."
    assert _prose_presenters(told_there, att) == []


INITIALS_APPOINTED = """Ledningsgruppen för vård och omsorg – minnesanteckningar
Tisdag 3 juni 2025 kl. 08.30–10.00

Sign.      Namn                 Funktion                          Närvaro
KW         Karin Wik            enhetschef hemtjänst, ordförande   Ja
PL         Per Lind             enhetschef särskilt boende         Ja

1. Lokal närvårdsgrupp
Ledningsgruppen beslutade att starta Lokal närvårdsgrupp Åby från september.
KW utses till sammankallande i närvårdsgruppen.
"""


def test_one_appointed_by_initials_has_the_duty_and_the_body_no_task_of_appointing(tmp_path):
    f = load_text(tmp_path, "initials.txt", INITIALS_APPOINTED)
    assert any(who == ("Karin Wik",) and task.startswith("vara sammankallande") for who, task in f["assignments"])
    assert not any(task.startswith("utse") for _, task in f["assignments"])


DECISION_LOG = """# Arbetsgrupp SIP Åby – minnesanteckningar

**Datum:** 2025-05-07

| Namn | Organisation | Närvaro |
|---|---|---|
| Borg Elin (sammankallande) | Region Norrby | X |
| Lind Ida | Åby kommun, elevhälsan | X |

## Beslutslogg

| Nr | Ärende | Beslut / åtgärd | Ansvarig | Klart till |
|---|---|---|---|---|
| 1 | Elevhälsans roll i SIP | Frågan tas upp i styrgruppen i juni. IL beskriver hur elevhälsan kallas till SIP i dag. | IL | nästa möte |
"""


def test_what_the_one_responsible_in_a_decision_log_does_is_a_task_not_a_talk(tmp_path):
    """"IL beskriver hur …" in a row whose Ansvarig is IL, due at the next meeting: her task, whatever the verb."""
    f = load_text(tmp_path, "log.md", DECISION_LOG)
    assert any(who == ("Ida Lind",) and task.startswith("beskriva hur elevhälsan") for who, task in f["assignments"])
    from samverkan.loaders.extract import AttendanceEntry, _prose_presenters
    body = "IL beskriver hur elevhälsan kallas till SIP i dag.\nAnsvarig: IL, nästa möte"
    assert _prose_presenters(body, [AttendanceEntry(name="Ida Lind", status="present")]) == []


REFERENCE_GROUP = """Referensgruppen för brukare och närstående
Anteckningar från dialogmöte tisdag 23 september 2025 kl. 14.00–16.00
Deltog: Solveig Back, PRO Åby (ordförande), Ragnar Eldh, Anhörigföreningen Åby
Från huvudmännen: Karin Sand, processledare, Region Norrby; Hanna Mäki, anhörigkonsulent, Åby kommun
Förhindrade: Berit Krantz, PRO Åby

1. Välkommen
Solveig hälsade alla välkomna.
"""


def test_the_huvudmäns_officials_at_a_reference_group_are_no_members(tmp_path):
    f = load_text(tmp_path, "ref.txt", REFERENCE_GROUP)
    members = {p for p, _, change in f["memberships"] if change == "member"}
    assert {"Solveig Back", "Ragnar Eldh", "Berit Krantz"} <= members
    assert not members & {"Karin Sand", "Hanna Mäki"}


SEMICOLON_TASK = """Processteam Åby – anteckningar
Möte: tisdag 2 september 2025 09:00–11:00, Teams
Deltog: Hed Marie-Louise; Qvist Jenny; Yilmaz Mehmet
1. Rapport till styrgruppen
Nästa rapport lämnas i december; MLH och JQ skriver utkastet till mötet 7 oktober.
2. Nästa möte
Tisdag 7 oktober.
"""


def test_a_task_after_a_semicolon_is_read_as_a_sentence_of_its_own(tmp_path):
    f = load_text(tmp_path, "semicolon.txt", SEMICOLON_TASK)
    assert any(who == ("Jenny Qvist", "Marie-Louise Hed") and task.startswith("skriva utkastet")
               for who, task in f["assignments"])
