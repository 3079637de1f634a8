"""Layouts and phrasings of secretaries the sister minutes brought in, each read on a small
minutes of its own (loaded alone into a fresh store, as a user loads one file): a joint meeting's
roster by body, a roster table whose one column holds organisation and function with a presence
column marking who came for one item, a follow-up table of questions and an "Att göra" list with
dashes, numbered "Beslut 2:" / "Åtgärd 2:" labels in running text, and a political council that
names itself by its type word.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


JOINT = """Styrgrupp psykisk hälsa och beroende · Minnesanteckningar 2025-11-13
Gemensamt möte med Samverkansgrupp Barn och unga (SBU)
Tid: torsdag 13 november 2025 kl. 09.00–12.00
Plats: Tallby kommunhus
Från styrgruppen: Rut Tavast (sammankallande), Jörn Wallin, Hanna Gren
Från SBU: Per Nylund (sammankallande), Sara Lindell
Ej närvarande: Ali Demirel (styrgruppen), Johan Wiklöf (SBU)

1. Inledning
Grupperna beslutade att träffas gemensamt en gång per år.

2. Nästa möte
Den 11 december 2025 kl. 09.00.
"""


def test_a_joint_meeting_lists_each_body_s_members_under_its_name(tmp_path):
    """"Från styrgruppen:" / "Från SBU:": the body that met by its type word, its members there; the other
    body (named with its acronym in the heading) by its acronym, its members with a seat there and none in
    the body that met; "(SBU)" after an absent name is the same seat."""
    f = load_text(tmp_path, "joint.txt", JOINT)
    assert f["body"] == "Styrgrupp psykisk hälsa och beroende"
    present = {n for n, st, _ in f["attendance"] if st == "present"}
    assert present == {"Rut Tavast", "Jörn Wallin", "Hanna Gren", "Per Nylund", "Sara Lindell"}
    members = {(p, g) for p, g, change in f["memberships"] if change == "member"}
    assert ("Rut Tavast", "Styrgrupp psykisk hälsa och beroende") in members
    for p in ("Per Nylund", "Sara Lindell", "Johan Wiklöf"):
        assert (p, "Samverkansgrupp Barn och unga") in members
        assert (p, "Styrgrupp psykisk hälsa och beroende") not in members
    assert ("Ali Demirel", "Styrgrupp psykisk hälsa och beroende") in members
    assert any("träffas gemensamt" in d for d in f["decisions"])


PROJECT = """Projektgruppen för mobilt närvårdsteam
Minnesanteckningar, tisdag 21 oktober 2025 kl. 09.00–10.30
Namn\tOrganisation och funktion\tNärv.
Tobias Oskarström\tRegion Mälarby, projektledare\tx
Sanna Pihl\tEkeby kommun, medicinskt ansvarig sjuksköterska\t–
Anna-Karin Söderlund\tEkeby kommun, verksamhetschef hemsjukvård\tp. 3

1. Mötet öppnas
Tobias öppnade mötet.
2. Uppföljning
Fråga\tAnsvarig\tStatus
Broschyr om SIP på lätt svenska\tSanna Pihl\tKlar
Inbjudan till anhörigcafé i Ekeby\tTobias Oskarström\tPågår – skickas i oktober
3. Läkemedel
Anna-Karin Söderlund redogjorde för rutinen. Beslut 2: Projektgruppen godkänner rutinen för pilotperioden.
4. Att göra
• TO – boka lokal för nästa möte – 30/10
"""


def test_a_roster_column_of_organisation_and_function_and_a_mark_for_one_item(tmp_path):
    """"Organisation och funktion" reads as a roster line's details; "p. 3" in the presence column is
    someone there for that item only, a guest; "–" is away."""
    f = load_text(tmp_path, "project.txt", PROJECT)
    status = {n: st for n, st, _ in f["attendance"]}
    assert status == {"Tobias Oskarström": "present", "Sanna Pihl": "absent", "Anna-Karin Söderlund": "guest"}
    members = {p for p, _, change in f["memberships"] if change == "member"}
    assert members == {"Tobias Oskarström", "Sanna Pihl"}


def test_a_table_of_questions_followed_up_and_a_dashed_action_list_give_tasks(tmp_path):
    """"Fråga | Ansvarig | Status": a row not done is a task of the one responsible; "• TO – task – date"
    under "Att göra" is a task of the initials' holder; "Beslut 2:" labels a decision."""
    f = load_text(tmp_path, "project.txt", PROJECT)
    tasks = {(who, task) for who, task in f["assignments"]}
    assert any(who == ("Tobias Oskarström",) and "anhörigcafé" in task.casefold() for who, task in tasks)
    assert any(who == ("Tobias Oskarström",) and task.startswith("boka lokal") for who, task in tasks)
    assert any("godkänner rutinen" in d or "godkänna rutinen" in d for d in f["decisions"])


COUNCIL = """# Politiskt samråd Nära vård Åsby – minnesanteckningar

**Datum:** torsdag 2 oktober 2025
**Närvarande:** Gudrun Tall (ordförande, Region Åsby), Henrik Lodén (ledamot, Norrvik kommun)

## 1. Digitala vårdmöten

Frågan om surfplattorna har Styrgrupp för digitala vårdmöten i hemmet lyft till samrådet. Beslut 1: Samrådet ställer sig bakom förslaget. Beslut 2: Kommunerna äger surfplattorna från 1 januari 2026. Åtgärd 2: Ledningsgruppen för samverkan i Åsby får i uppdrag att ta fram en överenskommelse om förvaltningen och rapporterar till samrådet i februari.
"""


def test_numbered_decisions_and_actions_in_a_council_that_names_itself_by_its_kind(tmp_path):
    """"Beslut 2:" and "Åtgärd 2:" inside the running text; "Samrådet" deciding in the minutes of a
    "Politiskt samråd …" is that body, no other; "har Styrgrupp X lyft" ends the name before "lyft"."""
    f = load_text(tmp_path, "council.md", COUNCIL)
    assert any(d.startswith("Kommunerna äger surfplattorna") for d in f["decisions"])
    lg = "Ledningsgrupp för samverkan i Åsby"  # the body named in the definite form, stored in the indefinite
    assert any(who == (lg,) and task.startswith("ta fram en överenskommelse") for who, task in f["assignments"])
    pairs = {m[:2] for m in f["mandates"]}
    assert {("Politiskt samråd Nära vård Åsby", lg), (lg, "Politiskt samråd Nära vård Åsby"),
            ("Styrgrupp för digitala vårdmöten i hemmet", "Politiskt samråd Nära vård Åsby")} <= pairs
    groups = {g for _, g, _ in f["memberships"]} | {x for m in f["mandates"] for x in m[:2]}
    assert not any(g.casefold().startswith(("samrådet", "beslut")) for g in groups)
