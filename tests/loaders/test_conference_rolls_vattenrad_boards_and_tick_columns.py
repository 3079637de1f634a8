"""Kinds of body read for the first time: a länsstyrelse's samverkanskonferens during an event (its title under the
authority's letterhead, the actors answering the roll call "Uppropet – anslutna aktörer" with leaders of dots, one
party not connected, the moderator and the "logg", the points agreed "enades om följande inriktning …:", an action
list whose rows are numbered one space from the task and due by the hour); a vattenråd's board protocol (the
association on the letterhead over "PROTOKOLL – Styrelsemöte", "Adjungerade och övriga" over the staff, a seat given
"med B som ersättare" without a comma, a change the kommun told "genom kommunstyrelsens beslut"); and a meeting
app's roster whose unheaded first column ticks who took part ("✅" / "❌").
"""
from __future__ import annotations

from samverkan.loaders.clean import clean
from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

CONFERENCE = """LÄNSSTYRELSEN I ÅSMARKS LÄN
Krisberedskapsenheten

SAMVERKANSKONFERENS – ÖVERSVÄMNINGEN I BYÅN
Konferens nr 2
Datum/tid:  2027-03-14, kl. 08.30–09.10
Moderator:  Eva Ek, Länsstyrelsen

Uppropet – anslutna aktörer
  LST ................. Eva Ek (moderator), Per Lund (logg)
  Region Åsmark ....... Kim Sand, regional TiB
  Åby kommun .......... Lisa Berg, säkerhetssamordnare
  Ekby kommun ......... ej ansluten
  Åsmark Vatten AB .... Ola Fors, driftchef

1. Lägesbild
Vattennivån stiger i Byån. Åby kommun har öppnat en trygghetspunkt.

2. Gemensam inriktning
Konferensen enades om följande inriktning för det fortsatta arbetet:
 - Prioritera skyddet av vattenverket i Åby.
 - Ett gemensamt budskap till allmänheten om sandsäckar.

3. Åtgärdslista
Nr  Åtgärd                                          Ansvarig        Klart
2.1 Skicka prognos för vattennivån till alla         Ola Fors        kl. 12.00
    aktörer
2.2 Sammanställa lägesrapport till MSB               Per Lund        kl. 15.00

4. Nästa konferens
I dag kl. 14.00.
"""


def test_a_samverkanskonferens_is_named_by_the_län_of_the_authority_that_calls_it():
    p = parse_minutes(CONFERENCE, "konf.txt")
    assert p.body == "Samverkanskonferens, Åsmarks län"


def test_the_roll_call_of_actors_is_the_attendance_with_moderator_and_logg():
    p = parse_minutes(CONFERENCE, "konf.txt")
    got = {a.name: (a.status, a.organisation) for a in p.attendance}
    assert got["Kim Sand"] == ("present", "Region Åsmark")
    assert got["Lisa Berg"] == ("present", "Åby kommun")
    assert got["Ola Fors"][0] == "present"
    roles = {a.name: a.roles for a in p.attendance}
    assert "moderator" in roles["Eva Ek"] and "sekreterare" in roles["Per Lund"]


def test_a_party_not_connected_keeps_its_dot_leader_as_a_label():
    assert clean("  Ekby kommun ......... ej ansluten").lines == ["  Ekby kommun: ej ansluten"]


def test_points_agreed_after_enades_om_foljande_what_are_the_decisions():
    p = parse_minutes(CONFERENCE, "konf.txt")
    texts = [d.text for d in p.decisions if d.item == "2"]
    assert any(t.startswith("Prioritera skyddet av vattenverket") for t in texts)
    assert any(t.startswith("Ett gemensamt budskap till allmänheten") for t in texts)


def test_numbered_action_rows_one_space_from_the_task_due_by_the_hour_today():
    p = parse_minutes(CONFERENCE, "konf.txt")
    rel = extract_relations(p)
    got = {(tuple(a.assignees), a.task.split(",")[0]): a.due_date for a in rel.assignments if a.item == "3"}
    assert got[(("Ola Fors",), "skicka prognos för vattennivån till alla aktörer")] == "2027-03-14"
    assert got[(("Per Lund",), "sammanställa lägesrapport till MSB")] == "2027-03-14"


BOARD = """GRÖNÅNS VATTENRÅD
Ideell förening för samverkan om vattnet i Grönåns avrinningsområde
PROTOKOLL – Styrelsemöte
Datum\tTorsdag 4 mars 2027, kl. 13.00–15.00
Plats\tÅby kommunhus
Närvarande ledamöter
Namn\tRepresenterar\tUppdrag
Anna Holm\tÅby kommun\tOrdförande
Bo Strand\tEkby kommun\tLedamot
Cecilia Ås\tLRF Åsmark\tLedamot
Anmält förhinder
Dan Ek, Ekby kommun, ledamot
Adjungerade och övriga
Frida Lind, vattensamordnare, Åby kommun – sekreterare

§ 5 Representation i länets samverkansforum
Styrelsen beslutade
att utse Bo Strand till vattenrådets representant i Vattenforum Åsmark med Cecilia Ås som ersättare, för tiden till och med årsstämman 2028.

§ 6 Ny ledamot
Ekby kommun har genom kommunstyrelsens beslut meddelat att Gustav Berg ersätter Dan Ek som kommunens ledamot i vattenrådets styrelse.
"""


def test_a_vattenrad_on_the_letterhead_names_the_board_that_met():
    assert parse_minutes(BOARD, "vr.docx").body == "Styrelsen, Grönåns vattenråd"


def test_adjungerade_och_ovriga_heads_the_staff_not_those_away():
    got = {a.name: a.status for a in parse_minutes(BOARD, "vr.docx").attendance}
    assert got["Dan Ek"] == "absent" and got["Frida Lind"] == "guest"


def test_a_seat_given_with_its_substitute_names_the_body_without_the_substitute():
    rel = extract_relations(parse_minutes(BOARD, "vr.docx"))
    seats = {(m.person, m.group, m.role) for m in rel.memberships if m.change == "join"}
    assert ("Bo Strand", "Vattenforum Åsmark", "representant") in seats
    assert ("Cecilia Ås", "Vattenforum Åsmark", "ersättare") in seats
    assert not any("ersättare" in m.group for m in rel.memberships)


def test_a_change_told_by_the_kommun_through_its_decision_is_read():
    rel = extract_relations(parse_minutes(BOARD, "vr.docx"))
    changes = {(m.person, m.change) for m in rel.memberships}
    assert ("Gustav Berg", "replace") in changes and ("Dan Ek", "leave") in changes


RECAP = """# Samverkansgrupp barn och unga – Åsmarks län

**Mötets datum:** 3 mars 2027 13:00–15:00

## Deltagare

| | Namn | Organisation | Roll i gruppen |
|---|---|---|---|
| ✅ | Eva Ek | Region Åsmark | Ordförande |
| ✅ | Per Lund | Åby kommun | Ledamot |
| ❌ | Kim Sand | Ekby kommun | Ledamot |

## Anteckningar

### Uppföljning
Gruppen gick igenom handlingsplanen.
"""


def test_an_unheaded_tick_column_before_the_names_marks_who_took_part():
    got = {a.name: a.status for a in parse_minutes(RECAP, "recap.md").attendance}
    assert got == {"Eva Ek": "present", "Per Lund": "present", "Kim Sand": "absent"}


ROLL_WITH_NOTES = """LÄNSSTYRELSEN I ÅSMARKS LÄN

SAMVERKANSKONFERENS – STORMEN
Datum/tid:  2027-01-09, kl. 09.00–09.30

Uppropet – anslutna aktörer
  Åby kommun .......... Kent Ek, räddningschef i beredskap,
                        (företräder även Ekby kommun)
  Region Åsmark ....... Kim Sand, regional TiB

1. Lägesbild
Åby kommun har öppnat en trygghetspunkt i biblioteket.

2. Inriktning
Konferensen enades om följande inriktning för det fortsatta arbetet:
 - Prioritera personer med hemsjukvård.
 - Ett gemensamt budskap om trygghetspunkter.
Budskapet tas fram av Kim Sand i samråd med kommunerna.

3. Nästa konferens
I dag kl. 15.00.
"""


def test_a_party_a_person_also_speaks_for_is_not_his_own():
    got = {a.name: a.organisation for a in parse_minutes(ROLL_WITH_NOTES, "konf.txt").attendance}
    assert got["Kent Ek"] == "Åby kommun"


def test_a_sentence_back_at_the_margin_ends_the_bulleted_points_agreed():
    texts = [d.text for d in parse_minutes(ROLL_WITH_NOTES, "konf.txt").decisions]
    assert len(texts) == 2 and not any("Budskapet tas fram" in t for t in texts)


def test_a_party_not_connected_gives_its_bracketed_person_as_absent():
    text = ROLL_WITH_NOTES.replace(
        "  Region Åsmark ....... Kim Sand, regional TiB\n",
        "  Region Åsmark ....... Kim Sand, regional TiB\n"
        "  Ekby kommun ......... ej ansluten – skriftlig rapport inkom 08.40\n"
        "                        (Sara Lund, kommunikationschef)\n")
    got = {a.name: (a.status, a.organisation) for a in parse_minutes(text, "konf.txt").attendance}
    assert got["Sara Lund"] == ("absent", "Ekby kommun")
    assert got["Kim Sand"][0] == "present"


RECAP_WITH_SUMMARY = """# Samverkansgrupp barn och unga – Åsmarks län

> Sammanfattningen är genererad med Copilot och granskad av Eva Ek.

**Mötets datum:** 3 mars 2027 13:00–15:00
**Plats:** Microsoft Teams
**Mötesarrangör:** Eva Ek

## Deltagare

| | Namn | Organisation | Roll i gruppen |
|---|---|---|---|
| ✅ | Eva Ek | Region Åsmark | Ordförande |
| ✅ | Lisa Berg | Åby kommun | Ledamot (ny) |
| ✅ | Erik Malm (Extern) | Brukarföreningen Åsmark | Brukarrepresentant |
| ✅ | Kim Sand (Gäst) | Region Åsmark | Inbjuden till punkten om SIP |
| ✅ | Ola Ek (Extern) | Konsultbolaget AB | Föreläsare |

## Sammanfattning

- Lisa Berg välkomnades som ny representant för Åby; hon ersätter Per Lund.
- Kim Sand presenterade enkäten.

## Anteckningar

### Ny representant
Åby kommun har utsett Lisa Berg till ny ledamot efter Per Lund.

### Enkäten
Kim Sand visade resultatet.
"""


def test_a_summary_under_a_heading_of_the_rosters_rank_is_no_part_of_the_roster():
    got = {a.name: (a.status, tuple(a.roles)) for a in parse_minutes(RECAP_WITH_SUMMARY, "recap.md").attendance}
    assert set(got) == {"Eva Ek", "Lisa Berg", "Erik Malm", "Kim Sand", "Ola Ek"}
    assert got["Kim Sand"][0] == "guest" and "ersättare" not in got["Lisa Berg"][1]


def test_an_outside_member_marked_extern_keeps_the_seat_his_row_gives_him():
    got = {a.name: (a.status, tuple(a.roles)) for a in parse_minutes(RECAP_WITH_SUMMARY, "recap.md").attendance}
    assert got["Erik Malm"] == ("present", ("brukarrepresentant",))
    assert got["Ola Ek"][0] == "guest"


def test_a_question_settled_by_no_objection_is_decided():
    from samverkan.loaders.extract import _narrative_decisions
    found = []
    _narrative_decisions("5", [(3, "Per frågade om nästa möte ska hållas på plats. Ingen invändning – mötet i maj "
                                   "hålls i Åby kommunhus.")], found, None)
    assert [d.text for d in found] == ["mötet i maj hålls i Åby kommunhus"]


def test_a_task_back_at_the_next_board_meeting_is_due_the_day_the_text_gives_it():
    text = BOARD + ("\n§ 7 Övriga frågor\nCecilia Ås tar fram ett förslag till program och återkommer till nästa "
                    "styrelsemöte. Nästa möte: 2027-05-20 i Åby.\n")
    rel = extract_relations(parse_minutes(text, "vr.docx"))
    due = {a.task.split(" och ")[0]: a.due_date for a in rel.assignments if a.item == "7"}
    assert due == {"ta fram ett förslag till program": "2027-05-20"}
