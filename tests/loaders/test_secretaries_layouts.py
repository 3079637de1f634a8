"""Layouts and phrasings other secretaries of the same kind of bodies use, each read on a short
minutes of its own: a roster listed per huvudman under "Deltagare per huvudman", a Word roster whose
presence column is "N/F", a change of seat noted beside the roster, a secretary's heading after the
guests, a guest "Adjungerad punkt 4" without its preposition.
"""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes


def _attendance(text: str) -> dict[str, tuple[str, list[str], str | None]]:
    return {a.name: (a.status, a.roles, a.organisation) for a in parse_minutes(text, "x.txt").attendance}


def test_a_roster_listed_per_huvudman_under_its_heading():
    got = _attendance(
        "Samverkansgrupp Vuxna\nMinnesanteckningar 2025-04-11\n\n"
        "Deltagare per huvudman\n"
        "Åby kommun: Elsa Berg, socialförvaltningen; Jon Vik, funktionsstödsförvaltningen\n"
        "Region Norrby: Anders Holm, vuxenpsykiatrin (ordförande)\n"
        "Förhinder: Per Ödin, Åby kommun\n"
        "Adjungerad punkt 4: Oskar Fjäll, FoU-enheten\n\n"
        "1. Dagordning\nDagordningen godkändes.\n")
    assert got["Elsa Berg"][0] == got["Jon Vik"][0] == "present"
    assert got["Elsa Berg"][2] == "Åby kommun"
    assert got["Anders Holm"][0] == "present" and "ordförande" in got["Anders Holm"][1]
    assert got["Per Ödin"][0] == "absent"
    assert got["Oskar Fjäll"][0] == "guest"


def test_a_change_of_seat_beside_the_roster_keeps_its_person_present_and_ends_the_roster():
    got = _attendance(
        "Arbetsgrupp Vårdplatser – anteckningar\nMöte 15 september 2025, Teams\n\n"
        "Deltagare: Lisa Karl (Region Norrby), Amela Begić (Åby kommun)\n"
        "Förhinder: Maja Ström (Bro kommun)\n"
        "Ny i gruppen: Amela Begić, ny ledamot från Åby kommun efter Sanna Holm.\n\n"
        "Uppdraget\nArbetsgruppen tillsattes av Samverkansgrupp äldre i mars.\n\n"
        "1. Statistik\nLisa visade statistiken.\n")
    assert got["Amela Begić"][0] == "present"
    assert got["Maja Ström"][0] == "absent"
    assert "Sanna Holm" not in got


def test_the_secretary_under_a_heading_of_her_own_after_the_guests_is_present():
    got = _attendance(
        "PSVO\nPROTOKOLL\nSammanträdesdatum: 2025-06-05\n\n"
        "Beslutande ledamöter\nLars Åker (C), Region Norrby, ordförande\nEbba Rön (S), Åby kommun\n"
        "Övriga närvarande\nCecilia Hamm, hälso- och sjukvårdsdirektör, Region Norrby, § 23\n"
        "Sekreterare\nRut Alm, Region Norrby\n\n"
        "§ 21 Val av justerare\nPSVO beslutar att utse Ebba Rön att justera protokollet.\n")
    assert got["Cecilia Hamm"][0] == "guest"
    assert got["Rut Alm"][0] == "present" and "sekreterare" in got["Rut Alm"][1]


def test_a_word_roster_with_an_n_f_presence_column_and_an_ovriga_row():
    got = _attendance(
        "Samverkansgrupp Barn\nProtokoll från sammanträde 2025-03-21, Åby\n"
        "Huvudman\tLedamot\tFörvaltning / verksamhet\tN/F\n"
        "Åby kommun\tSofia Mark\tUtbildningsförvaltningen\tN\n"
        "Åby kommun\tPeter Holm\tSocialförvaltningen\tF\n"
        "Region Norrby\tEmil Gran (ordförande)\tBarn- och ungdomspsykiatrin\tN\n"
        "Övriga\tVera Lund (sekreterare)\tEnheten för kvalitet\tN\n"
        "N = närvarande, F = frånvarande\n"
        "§ 1 Val av justerare\nBeslut: Sofia Mark utses att justera protokollet.\n")
    assert got["Sofia Mark"][:1] == ("present",) and got["Sofia Mark"][2] == "Åby kommun"
    assert got["Peter Holm"][0] == "absent"
    assert got["Emil Gran"][0] == "present"
    assert got["Vera Lund"][0] == "guest" and got["Vera Lund"][2] != "N"


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_minutes(text, "x.txt").decisions]


def test_a_decision_log_numbered_b1_b2_under_its_heading_whatever_the_verb():
    got = _decisions(
        "Arbetsgrupp Vårdplatser – anteckningar\nMöte 15 september 2025, Teams\n\n"
        "1. Förslag till rutin\nEtt första utkast gicks igenom.\n\n"
        "Beslutslogg\n"
        "B1 Utkastet till rutin skickas på remiss till kommunerna med svar senast 2025-10-10.\n"
        "B2 Statistiken redovisas för samverkansgruppen på mötet i oktober.\n\n"
        "Nästa möte: 13 oktober 2025.\n")
    assert "Utkastet till rutin skickas på remiss till kommunerna med svar senast 2025-10-10." in got
    assert "Statistiken redovisas för samverkansgruppen på mötet i oktober." in got


def test_the_uppdrag_told_above_the_items_gives_the_mandates_and_slash_rows_give_tasks():
    from samverkan.loaders.relations import extract_relations
    parsed = parse_minutes(
        "Arbetsgrupp Vårdplatser – anteckningar\nMöte 15 september 2025, Teams\n\n"
        "Deltagare: Lisa Karl (Region Norrby), Amela Begić (Åby kommun)\n\n"
        "Uppdraget\nArbetsgruppen tillsattes av Styrgrupp Äldre i mars och ska ta fram en rutin. "
        "Förslaget ska återrapporteras till Styrgrupp Äldre i november.\n\n"
        "1. Förslag till rutin\nEtt första utkast gicks igenom.\n\n"
        "Vad / Vem / När\nSkicka ut utkastet på remiss / LK / 2025-09-19\n"
        "Ta fram en presentation av statistiken / LK, AB / 2025-10-13\n\n"
        "Nästa möte: 13 oktober 2025.\n", "x.txt")
    rel = extract_relations(parsed)
    mandates = {(m.from_body, m.to_body, m.kind) for m in rel.mandates}
    assert ("Styrgrupp Äldre", "Arbetsgrupp Vårdplatser", "delegates") in mandates
    assert ("Arbetsgrupp Vårdplatser", "Styrgrupp Äldre", "reports_to") in mandates
    tasks = {(tuple(a.assignees), a.task) for a in rel.assignments}
    assert (("Lisa Karl",), "skicka ut utkastet på remiss") in tasks
    assert (("Lisa Karl", "Amela Begić"), "ta fram en presentation av statistiken") in tasks


def test_a_unit_in_the_vem_column_and_a_newcomer_noted_beside_the_roster():
    from samverkan.loaders.relations import extract_relations
    parsed = parse_minutes(
        "Arbetsgrupp Vårdplatser – anteckningar\nMöte 15 september 2025, Teams\n\n"
        "Deltagare: Lisa Karl (Region Norrby), Amela Begić (Åby kommun)\n"
        "Ny i gruppen: Amela Begić, ny ledamot från Åby kommun efter Sanna Holm.\n\n"
        "1. Kommunikation\nEn plan behövs.\n\n"
        "Vad\tVem\tNär\nTa fram en kommunikationsplan\tKommunikationsavdelningen\t2025-08-31\n"
        "Kartlägga SIP som inte följts upp\tHemsjukvården\t2025-04-01\n\n"
        "Nästa möte: 13 oktober 2025.\n", "x.txt")
    rel = extract_relations(parsed)
    tasks = [(a.assignees, a.task) for a in rel.assignments]
    assert (["Kommunikationsavdelningen"], "ta fram en kommunikationsplan") in tasks
    assert (["Hemsjukvården"], "kartlägga SIP som inte följts upp") in tasks
    seats = {(m.person, m.change) for m in rel.memberships}
    assert ("Amela Begić", "replace") in seats and ("Sanna Holm", "leave") in seats


def test_notes_kept_in_a_meeting_app_set_to_english_read_their_roster_and_task_list():
    """Loop, OneNote and Teams write their notes template's labels in the app's language: "Attendees",
    "Absent", "Action items", with the tasks as open check boxes and @-mentions in sentences."""
    from samverkan.loaders.relations import extract_relations

    text = ("# Arbetsgrupp SIP Sångsta – möte 2025-10-14\n\n"
            "**Attendees:** Anna Lund (Sångsta kommun), Per Ek (Region Söderlund), Eva Ström (Sångsta kommun)\n"
            "**Absent:** Lisa Berg (Tallby kommun)\n\n"
            "## Notes\n### 1. SIP-statistik\nAnna Lund presenterade statistiken för tredje kvartalet.\n\n"
            "### 2. Övrigt\nInga övriga frågor.\n\n"
            "## Action items\n"
            "- [ ] @Eva Ström sammanställer statistiken till styrgruppen senast 1 december\n"
            "- [ ] Per Ek bokar lokal för nästa möte\n"
            "- [x] Anna Lund skickar ut kallelsen\n")
    parsed = parse_minutes(text, "x.md")
    got = {a.name: (a.status, a.organisation) for a in parsed.attendance}
    assert got == {"Anna Lund": ("present", "Sångsta kommun"), "Per Ek": ("present", "Region Söderlund"),
                   "Eva Ström": ("present", "Sångsta kommun"), "Lisa Berg": ("absent", "Tallby kommun")}
    tasks = {(tuple(a.assignees), a.task.split()[0]) for a in extract_relations(parsed).assignments}
    # the ticked box is a task done, no new one
    assert tasks == {(("Eva Ström",), "sammanställa"), (("Per Ek",), "boka")}


def _tasks_of(point: str) -> list[tuple[list[str], str]]:
    from samverkan.loaders.relations import extract_relations

    text = ("Minnesanteckningar Arbetsgrupp SIP 2025-10-14\n\nNärvarande:\nAnna Lund (AL), Sångsta kommun\n"
            "Per Ek (PE), Region Söderlund\nEva Ström (ES), Sångsta kommun\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            f"2. Rutin för SIP\nAnna Lund presenterade läget.\n{point}\n\n3. Övrigt\nInga övriga frågor.\n")
    return [(a.assignees, a.task) for a in extract_relations(parse_minutes(text, "x.txt")).assignments]


@pytest.mark.parametrize("point, tasks", [
    # the action and its responsible on two lines or one, the action in a short infinitive
    ("Åtgärd: Ta fram förslag på rutin.\nAnsvarig: AL", [(["Anna Lund"], "ta fram förslag på rutin")]),
    ("Åtgärd: Ta fram förslag på rutin. Ansvarig: AL", [(["Anna Lund"], "ta fram förslag på rutin")]),
    # a task without its doer, then who: on the next sentence, or the roster's initials in brackets
    ("Ta fram förslag på rutin. Ansvar: Anna Lund. Klart: v. 45", [(["Anna Lund"], "ta fram förslag på rutin")]),
    ("Rutinen ses över till nästa möte. Ansvarig: Per Ek.", [(["Per Ek"], "rutinen ses över till nästa möte")]),
    ("Ta fram förslag på rutin (AL).", [(["Anna Lund"], "ta fram förslag på rutin")]),
    ("Förslaget skickas ut före nästa möte (AL och PE).", [(["Anna Lund", "Per Ek"], "förslaget skickas ut före nästa möte")]),
    # rows without bullets under the label
    ("Att göra:\nES: ta fram förslag på rutin\nPE – boka lokal", [(["Eva Ström"], "ta fram förslag på rutin"),
                                                                    (["Per Ek"], "boka lokal")]),
    # who presents, and a point discussed, are no tasks
    ("Presentation av läget (PE).", []),
    ("Nästa möte hålls i mars (PE).", []),
    ("Gruppen diskuterade rutinen.\nAnsvarig: Per Ek", []),
])
def test_tasks_written_without_their_doer_and_who_after_them(point, tasks):
    assert _tasks_of(point) == tasks


@pytest.mark.parametrize("roster, expected", [
    ("På mötet deltog Anna Lund, Per Ek och Eva Ström.", [("Anna Lund", "present"), ("Per Ek", "present"),
                                                         ("Eva Ström", "present")]),
    ("Mötet hade följande deltagare: Anna Lund, Per Ek och Eva Ström.", [("Anna Lund", "present"), ("Per Ek", "present"),
                                                                       ("Eva Ström", "present")]),
    ("Följande deltog: Anna Lund och Per Ek", [("Anna Lund", "present"), ("Per Ek", "present")]),
    # who was away, in a sentence of its own after the roster on its line
    ("Närvarande: Anna Lund, Per Ek. Lisa Berg och Olle Berg hade anmält förhinder.",
     [("Anna Lund", "present"), ("Per Ek", "present"), ("Lisa Berg", "absent"), ("Olle Berg", "absent")]),
    ("Deltagare: Anna Lund, Per Ek. Lisa Berg var frånvarande.",
     [("Anna Lund", "present"), ("Per Ek", "present"), ("Lisa Berg", "absent")]),
    # the opening words of the sentence as the label, and the absent after it
    ("Vid mötet närvarade Anna Lund, Per Ek och Eva Ström. Lisa Berg hade förhinder.",
     [("Anna Lund", "present"), ("Per Ek", "present"), ("Eva Ström", "present"), ("Lisa Berg", "absent")]),
])
def test_a_roster_told_in_a_summary_s_own_words(roster, expected):
    text = (f"Minnesanteckningar Styrgrupp Nära vård 2025-10-14\n\n{roster}\n\n1. Mötets öppnande\nOrdföranden öppnade "
            "mötet.\n\n2. Fallprevention\nAnna Lund tar fram ett förslag.\n")
    assert [(e.name, e.status) for e in parse_minutes(text, "x.txt").attendance] == expected


def test_a_roster_under_huvudman_headings_in_capitals():
    """A protocol printed with each huvudman's name in capitals over its people: the heading is the
    organisation of the names under it, as "Björkå kommun" over them is."""
    text = ("Politiskt samverkansråd Skogland\nProtokoll 2025-06-13\n\nNärvarande ledamöter och ersättare\n"
            "REGION SKOGLAND\nTomas Virtanen (M)\nBJÖRKÅ KOMMUN\nAnders Lövgren (S), mötesordförande\n"
            "Fatima Osmanović (S), ersättare\nLINDESUNDS KOMMUN\nKerstin Åberg-Lind (M), justerare\n\n"
            "§ 10 Mötets öppnande\nMötet öppnades.\n\n§ 11 Budget\nBudgeten godkändes.\n")
    got = {e.name: (e.organisation, e.roles) for e in parse_minutes(text, "x.txt").attendance}
    assert got["Tomas Virtanen"][0] == "Region Skogland"
    assert got["Anders Lövgren"][0] == got["Fatima Osmanović"][0] == "Björkå kommun"
    assert got["Fatima Osmanović"][1] == ["ersättare"]
    assert got["Kerstin Åberg-Lind"][0] == "Lindesunds kommun"
