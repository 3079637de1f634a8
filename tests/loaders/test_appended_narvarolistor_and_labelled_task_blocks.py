"""Habits of the secretaries of sister minutes: a nämnd's Word protocol printed
to PDF whose "Beslutande" cell says "Se bilaga 1, närvarolista" and whose närvarolista is appended as a table,
seats given and left as the duty "att företräda nämnden i …"; a styrgrupp's notes listing its members "för Region
X:" one huvudman a line and its tasks as "Uppdrag: … / Ansvarig: … / Återrapport: …" blocks; an arbetsgrupp's
notes in an e-mail to "AG …", its roster on one line by huvudman after "Med:" and its actions marked "->" under
what the group agreed; each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.extract import parse_attendance_entry
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text


def _group_names(tmp_path: Path, name: str) -> list[str]:
    """The names of the groups the export holds after the minutes ``name`` in ``tmp_path`` are loaded alone."""
    with NetworkxStore(tmp_path / "groups.sqlite") as s:
        load_paths([tmp_path / name], s)
        data = export_json(s.to_networkx())
    return [o["name"] for o in data["organizations"] if o.get("classification") == "group"]


BY_HUVUDMAN_LINES = """STYRGRUPP NÄRA VÅRD NORRBY
Minnesanteckningar 2026-02-11, kl. 13.00–15.45

Närvarande
för Region Norrby: Eva Lindqvist (ordf.), Per Nyholm
för Åby kommun: Kim Sandberg, Lisa Ahl (adj.)
för Ekå kommun: –
Förhinder: Bo Ek, Ekå kommun
Antecknare: Hanna Berg, utvecklingsledare, Region Norrby

Punkt 1: Inledning

Dagordningen fastställdes.
"""


def test_a_roster_line_for_each_huvudman(tmp_path):
    """"för Region Norrby: Eva Lindqvist (ordf.), Per Nyholm": the people of the line, there for that huvudman."""
    f = load_text(tmp_path, "sg.txt", BY_HUVUDMAN_LINES)
    att = {name: (status, roles) for name, status, roles in f["attendance"]}
    assert att["Eva Lindqvist"] == ("present", ("ledamot", "ordförande"))
    assert att["Per Nyholm"][0] == att["Kim Sandberg"][0] == "present"
    assert att["Lisa Ahl"][0] == "guest" and att["Bo Ek"][0] == "absent"
    assert any(p == "Kim Sandberg" and g.casefold() == "styrgrupp nära vård norrby" and c == "member"
               for p, g, c in f["memberships"])


MAILED_NOTES = """Från: Hanna Berg
Till: AG suicidprevention
Skickat: den 28 november 2025 08:47
Ämne: SV: Kallelse 27/11 – minnesanteckningar

Hej alla,

Här kommer anteckningarna från torsdagens möte (27/11, Teams).

Med: för Region Norrby: Eva Lindqvist, Per Nyholm; för Åby kommun: Hanna Berg; för Ekå kommun: Kim Sandberg. Förhinder: Bo Ek, Ekå kommun.

1) Rutin efter suicidförsök
Eva visade utkastet. Vi var överens om att komplettera utkastet med en kartläggning av insatserna.
Vi beslutade att skicka utkastet till Styrgrupp psykisk hälsa för synpunkter.
-> HB lämnar utkastet till styrgruppen 4/12.
-> PN gör en mall för kartläggningen till nästa möte.

Hälsningar
Hanna Berg
"""


def test_notes_mailed_to_the_group_by_its_letters_and_a_roster_on_one_line(tmp_path):
    """"Till: AG suicidprevention": notes mailed to the arbetsgrupp; "Med: för Region Norrby: …; för Åby kommun: …":
    who came, each for the huvudman the part of the line names."""
    f = load_text(tmp_path, "ag.txt", MAILED_NOTES)
    assert f["body"] == "Arbetsgrupp suicidprevention"
    att = {name: status for name, status, _ in f["attendance"]}
    assert att == {"Eva Lindqvist": "present", "Per Nyholm": "present", "Hanna Berg": "present",
                   "Kim Sandberg": "present", "Bo Ek": "absent"}


def test_actions_marked_with_an_arrow_end_what_was_agreed(tmp_path):
    """"Vi var överens om att …" / "-> HB lämnar …": the arrow's action is no part of the decision above it."""
    f = load_text(tmp_path, "ag.txt", MAILED_NOTES)
    assert f["decisions"] == ["komplettera utkastet med en kartläggning av insatserna",
                              "skicka utkastet till Styrgrupp psykisk hälsa för synpunkter"]


def test_a_draft_sent_to_a_body_for_its_view(tmp_path):
    """"Vi beslutade att skicka utkastet till Styrgrupp psykisk hälsa för synpunkter": the group refers it there."""
    f = load_text(tmp_path, "ag.txt", MAILED_NOTES)
    assert ("Arbetsgrupp suicidprevention", "Styrgrupp psykisk hälsa") in [m[:2] for m in f["mandates"]]


APPENDED_ROSTER = """ÅBY KOMMUN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum
Socialnämnden 2025-11-19
Plats och tid Kommunhuset, Åby, onsdagen den 19 november 2025 kl. 13.15–16.05
Beslutande Se bilaga 1, närvarolista
Övriga närvarande Lisa Ahl, socialchef
Utses att justera Kim Sandberg (C)

§ 71  Val av justerare
Beslut
Kim Sandberg (C) utses att jämte ordföranden justera protokollet.

§ 72  Socialchefen informerar
Beslut
Informationen läggs till handlingarna.


Bilaga 1
Närvarolista, Socialnämnden 2025-11-19
Ledamöter                         Parti    Närv.    Tjänstgörande ersättare
Eva Lindqvist, ordförande         S        X
Kim Sandberg                      C        X                                      Jäv § 72
Bo Ek                             SD       –        Per Nyholm (SD)

Ersättare                         Parti    Närv.    Tjänstgör
Per Nyholm                        SD       X        §§ 71–72
Hanna Berg                        MP       –
"""


def test_the_roster_the_header_sends_to_the_appended_bilaga(tmp_path):
    """"Beslutande Se bilaga 1, närvarolista" (a Word table's cells one space apart in the PDF) over "Bilaga 1" /
    "Närvarolista, Socialnämnden 2025-11-19" after the last paragraph: the roster is the bilaga's, its "Jäv § 72"
    a note."""
    f = load_text(tmp_path, "sn.txt", APPENDED_ROSTER)
    att = {name: status for name, status, _ in f["attendance"]}
    assert att["Eva Lindqvist"] == att["Kim Sandberg"] == att["Per Nyholm"] == "present"
    assert att["Bo Ek"] == att["Hanna Berg"] == "absent"
    assert ("Bo Ek", "Socialnämnden, Åby kommun", "member") in f["memberships"]

def test_a_jav_note_in_the_roster_is_no_unit():
    """"Anita Hedberg (S), Jäv § 74", as the närvarolista's row reads with its note column: the paragraph she took no
    part in is no unit she works in, and no paragraph she was there for."""
    e, _ = parse_attendance_entry("Anita Hedberg (S), Jäv § 74", "present", ["ledamot"])
    assert (e.name, e.unit, e.paragraphs) == ("Anita Hedberg", None, [])


SEATS_AS_DUTIES = """ÅBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Socialnämnden
Sammanträdesdatum 2025-11-19

Beslutande
Eva Lindqvist (S), ordförande
Per Nyholm (M)

§ 75  Representation i Styrgrupp Barnahus

Socialchef Lisa Ahl företräder kommunen i Styrgrupp Barnahus, som leder arbetet med barnahuset i länet och
rapporterar till Ledningsgruppen för vård och omsorg i Norrby.

Beslut
1. Lisa Ahl entledigas från uppdraget att företräda nämnden i Styrgrupp Barnahus från och med den 1 januari 2026.
2. Tillträdande socialchef Karin Ek utses att företräda nämnden i Styrgrupp Barnahus från och med den 1 januari 2026.
3. Ordföranden Eva Lindqvist (S) och Per Nyholm (M) utses att företräda nämnden vid dialogdagen den 6 februari 2026.
"""


def test_a_seat_given_and_left_as_the_duty_to_speak_for_the_nambd(tmp_path):
    """"entledigas från uppdraget att företräda nämnden i G" leaves G; "utses att företräda nämnden i G" joins it;
    "… utses att företräda nämnden vid dialogdagen" is a duty, no seat; "Styrgrupp X, som leder … och rapporterar
    till …": whom that styrgrupp reports to."""
    f = load_text(tmp_path, "sn.txt", SEATS_AS_DUTIES)
    assert ("Lisa Ahl", "Styrgrupp Barnahus", "leave") in f["memberships"]
    assert ("Karin Ek", "Styrgrupp Barnahus", "join") in f["memberships"]
    assert not any(p in ("Lisa Ahl", "Eva Lindqvist") and c in ("leave", "join") and g != "Styrgrupp Barnahus"
                   for p, g, c in f["memberships"])
    tasks = dict((names, task) for names, task in f["assignments"])
    assert tasks[("Karin Ek",)].startswith("företräda nämnden i Styrgrupp Barnahus")
    assert tasks[("Eva Lindqvist", "Per Nyholm")].startswith("företräda nämnden vid dialogdagen")
    assert ("Styrgrupp Barnahus", "Ledningsgrupp för vård och omsorg i Norrby") in [m[:2] for m in f["mandates"]]


TASK_BLOCKS = """STYRGRUPP NÄRA VÅRD NORRBY
Minnesanteckningar 2026-02-11, kl. 13.00–15.45

Närvarande: Eva Lindqvist (ordf.), Region Norrby; Per Nyholm, Åby kommun

1. Mobilt närvårdsteam

Eva Lindqvist redogjorde för piloten. Projektgruppen för mobilt team arbetar på uppdrag av styrgruppen, och
styrgruppen rapporterar i sin tur till Ledningsgruppen för vård och omsorg i Norrby.

  Uppdrag:     Säkra läkarmedverkan i teamet från vårdcentralerna
               under våren.
  Ansvarig:    Per Nyholm
  Återrapport: Styrgruppen 2026-04-15

  Uppdrag:     Ta fram en halvtidsutvärdering av piloten.
  Ansvarig:    Eva Lindqvist
  Återrapport: 2026-04-15
"""


def test_tasks_as_blocks_of_labelled_lines(tmp_path):
    """"Uppdrag: … (wrapped) / Ansvarig: Per Nyholm / Återrapport: …": each block a task of the one it names; ", och
    styrgruppen rapporterar i sin tur till …": the body that met reports there."""
    f = load_text(tmp_path, "sg.txt", TASK_BLOCKS)
    assert (("Per Nyholm",), "säkra läkarmedverkan i teamet från vårdcentralerna under våren") in f["assignments"]
    assert (("Eva Lindqvist",), "ta fram en halvtidsutvärdering av piloten") in f["assignments"]
    assert ("styrgrupp nära vård norrby", "ledningsgrupp för vård och omsorg i norrby") in [
        (a.casefold(), b.casefold()) for a, b, _ in f["mandates"]]


WELCOMED_AND_LED = """ÅBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Socialnämnden
Sammanträdesdatum 2025-11-19

Beslutande
Eva Lindqvist (S), ordförande
Per Nyholm (M)

§ 72  Val av representant i Lokala närvårdsrådet i Åby

Kim Sandberg (V) avsäger sig sitt uppdrag som nämndens representant i Lokala närvårdsrådet i Åby. Rådet består av
företrädare för socialtjänsten, hemsjukvården och vårdcentralen och leds av Eva Lindqvist (S).

Beslut
Per Nyholm (M) utses till ny representant i Lokala närvårdsrådet i Åby.
"""


def test_the_one_who_leads_the_council_the_item_is_about(tmp_path):
    """"Rådet består av … och leds av Eva Lindqvist (S)": she chairs the council the item is about."""
    f = load_text(tmp_path, "sn.txt", WELCOMED_AND_LED)
    assert ("Eva Lindqvist", "Lokala närvårdsrådet i Åby", "member") in f["memberships"]
    assert ("Kim Sandberg", "Lokala närvårdsrådet i Åby", "leave") in f["memberships"]


WELCOMED_AFTER = """STYRGRUPP BARNAHUS NORRBY
Minnesanteckningar 2026-02-11, kl. 13.00–15.45

Närvarande
för Region Norrby: Eva Lindqvist (ordf.), Per Nyholm
för Åby kommun: Kim Sandberg

Punkt 1: Inledning

Eva Lindqvist hälsade välkommen, särskilt Kim Sandberg som sedan den 1 januari företräder Åby kommun i styrgruppen
efter Lisa Ahl. Dagordningen fastställdes.
"""


def test_the_newcomer_welcomed_in_the_seat_of_the_one_before(tmp_path):
    """"…, särskilt Kim Sandberg som sedan den 1 januari företräder Åby kommun i styrgruppen efter Lisa Ahl": her
    seat is his, and he has left it."""
    f = load_text(tmp_path, "sg.txt", WELCOMED_AFTER)
    changes = {(p, c) for p, g, c in f["memberships"] if g.casefold() == "styrgrupp barnahus norrby"}
    assert ("Kim Sandberg", "replace") in changes and ("Lisa Ahl", "leave") in changes


ACTION_LIST_AFTER_SIGNATURES = """Protokoll – Regional ledningsgrupp för vård och omsorg i Norrby (RLG)
Sammanträde fredagen den 12 december 2025, kl. 09.00–12.00

Närvaro
Huvudman\tNamn\tFunktion\tNärvaro
Region Norrby\tEva Lindqvist\thälso- och sjukvårdsdirektör, ordförande\tNärvarande
Åby kommun\tPer Nyholm\tsocialchef\tNärvarande
Ekå kommun\tKim Sandberg\tsocialchef\tNärvarande

§ 48 Handlingsplan för suicidprevention
Politiskt samverkansråd Norrby gav den 7 november 2025 ledningsgruppen i uppdrag att ta fram en handlingsplan och
redovisa den vid rådets sammanträde i juni 2026. Kim Sandberg berättade om det arbete som Arbetsgrupp suicidprevention
redan har gjort.

§ 50 Mobila team – fortsatt finansiering
Beslut
– Frågan överlämnas till Politiskt samverkansråd Norrby för ställningstagande vid sammanträdet den 13 mars 2026.

§ 51 Nästa möte
Fredag 23 januari 2026 via Teams.

Vid protokollet
Lisa Ahl
Justeras
Eva Lindqvist\t\tPer Nyholm
Uppdragslista efter mötet 2025-12-12
Nr\t§\tUppdrag\tAnsvarig\tÅterrapport till\tSenast\tStatus
31\t48\tTa fram länsgemensam handlingsplan för suicidprevention\tPer Nyholm\tRLG\t2026-04-17\tNy
33\t50\tUnderlag till rådet om fortsatt finansiering av mobila team\tKim Sandberg\tPolitiskt samverkansråd Norrby\t2026-02-27\tNy
"""


def test_the_action_list_after_the_signatures_and_a_question_handed_on_for_a_standpoint(tmp_path):
    """"Vid protokollet … Justeras …" / "Uppdragslista efter mötet" with a "§" column: each row a task, its people no
    signatories; "Frågan överlämnas till Politiskt samverkansråd Norrby för ställningstagande vid …": the council, no
    body "… för ställningstagande", is to take a stand; "… gav ledningsgruppen i uppdrag att … och redovisa den vid
    rådets sammanträde": the ledningsgrupp reports to the council."""
    f = load_text(tmp_path, "rlg.txt", ACTION_LIST_AFTER_SIGNATURES)
    tasks = dict(f["assignments"])
    assert tasks[("Per Nyholm",)].startswith("ta fram länsgemensam handlingsplan för suicidprevention")
    assert tasks[("Kim Sandberg",)].startswith("underlag till rådet") or "underlag" in tasks[("Kim Sandberg",)]
    assert tasks[("Politiskt samverkansråd Norrby",)] == "ta ställning till frågan"
    assert not any("ställningstagande" in m[1] for m in f["mandates"])
    # the list's people sign nothing; the council's task is reported at its meeting
    assert not any("justerare" in roles for name, _, roles in f["attendance"] if name == "Kim Sandberg")
    assert any(a.startswith("Regional ledningsgrupp") and b == "Politiskt samverkansråd Norrby" for a, b, _ in f["mandates"])
    # "… som Arbetsgrupp suicidprevention redan har gjort": the adverb is no part of the group's name
    assert not [g for g in _group_names(tmp_path, "rlg.txt") if g.endswith(" redan")]


def test_the_arrows_actions_hand_on_and_make_a_piece_of_work(tmp_path):
    """"-> HB lämnar utkastet till styrgruppen 4/12", "-> PN gör en mall för kartläggningen till nästa möte": tasks of
    the ones the initials stand for (not "lämnar gruppen", not "gör" of anything)."""
    f = load_text(tmp_path, "ag.txt", MAILED_NOTES)
    tasks = dict(f["assignments"])
    assert tasks[("Hanna Berg",)].startswith("lämna utkastet till styrgruppen")
    assert tasks[("Per Nyholm",)].startswith("göra en mall för kartläggningen")


HIRED_THEN_APPOINTED = """Protokoll – Regional ledningsgrupp för vård och omsorg i Norrby (RLG)
Sammanträde fredagen den 12 december 2025, kl. 09.00–12.00

Närvaro
Huvudman\tNamn\tFunktion\tNärvaro
Region Norrby\tEva Lindqvist\thälso- och sjukvårdsdirektör, ordförande\tNärvarande
Åby kommun\tPer Nyholm\tsocialchef\tNärvarande
Kommunerna gemensamt\tKim Sandberg\tlänssamordnare\tNärvarande

§ 47 Förändringar i ledningsgruppen
Per Nyholm deltar i dag för sista gången. Åby kommun har utsett Lisa Ahl att företräda kommunen i ledningsgruppen
från och med den 1 januari 2026.
Kim Sandberg lämnar tjänsten som länssamordnare den 31 januari 2026. Kommuncheferna har anställt Hanna Berg som ny
länssamordnare. Hon utses att företräda kommunerna i Norrby i ledningsgruppen från och med den 1 februari 2026.
"""


def test_seats_told_as_a_last_meeting_and_as_huvudmans_choices(tmp_path):
    """"Per Nyholm deltar i dag för sista gången": he leaves; "Åby kommun har utsett Lisa Ahl att företräda kommunen i
    ledningsgruppen": her seat; "Hon utses att företräda …" after the sentence that names her: hers too, and no
    "utse Hon" decided."""
    f = load_text(tmp_path, "rlg.txt", HIRED_THEN_APPOINTED)
    seats = {(p, c) for p, g, c in f["memberships"] if g.startswith("Regional ledningsgrupp")}
    assert {("Per Nyholm", "leave"), ("Lisa Ahl", "join"), ("Hanna Berg", "join")} <= seats
    assert not any("Hon" in d for d in f["decisions"])


REMITTED_BY_FULLMAKTIGE = """ÅBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Socialnämnden
Sammanträdesdatum 2025-11-19

Beslutande
Eva Lindqvist (S), ordförande
Per Nyholm (M)

§ 76  Medborgarförslag om trygghetsboende
Dnr SN 2025/205
Ärendet
Kommunfullmäktige har den 27 oktober 2025, § 88, remitterat ett medborgarförslag om trygghetsboende till
socialnämnden för yttrande senast den 28 februari 2026.
Beslut
Ärendet remitteras till förvaltningen för beredning.
"""


def test_a_matter_fullmaktige_sent_for_the_nambds_view(tmp_path):
    """"Kommunfullmäktige har den …, § 88, remitterat X till socialnämnden för yttrande senast …" (under the item's "Dnr"
    and "Ärendet"): fullmäktige refers the matter, the nämnd is to give its view."""
    f = load_text(tmp_path, "sn.txt", REMITTED_BY_FULLMAKTIGE)
    assert any(a.startswith("Kommunfullmäktige") and b.startswith("Socialnämnden") for a, b, _ in f["mandates"])
    assert any(names and names[0].startswith("Socialnämnden") and task.startswith("yttra sig över ett medborgarförslag")
               for names, task in f["assignments"])


TOLD_BY_A_MEMBER = """Från: Hanna Berg
Till: AG suicidprevention
Skickat: den 28 november 2025 08:47
Ämne: Minnesanteckningar

Med: för Region Norrby: Eva Lindqvist, Per Nyholm; för Åby kommun: Hanna Berg.

1) Uppdraget framåt
Per Nyholm har berättat att Politiskt samverkansråd Norrby har gett Regional ledningsgrupp Norrby i uppdrag att ta fram
en handlingsplan.
"""


def test_a_task_given_elsewhere_told_by_a_member(tmp_path):
    """"Per Nyholm har berättat att Politiskt samverkansråd Norrby har gett Regional ledningsgrupp Norrby i uppdrag att
    …": the council gave the ledningsgrupp the task, as he told it."""
    f = load_text(tmp_path, "ag.txt", TOLD_BY_A_MEMBER)
    assert ("Politiskt samverkansråd Norrby", "Regional ledningsgrupp Norrby") in [m[:2] for m in f["mandates"]]


GRANT = """ÅBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Socialnämnden
Sammanträdesdatum 2025-11-19

Beslutande
Eva Lindqvist (S), ordförande
Per Nyholm (M)

§ 74  Föreningsbidrag 2026 – Anhörigföreningen i Åby
Dnr SN 2025/176
Jäv: Per Nyholm (M) anmäler jäv och lämnar lokalen under ärendets behandling.
Ärendet
Anhörigföreningen i Åby ansöker om 40 000 kronor för 2026.
Beslut
1. Anhörigföreningen i Åby beviljas föreningsbidrag om 35 000 kronor för 2026.
2. Föreningen ska redovisa hur bidraget har använts senast den 31 mars 2027.
Expedieras till
Anhörigföreningen i Åby, ekonomienheten
"""


def test_what_the_association_granted_a_bidrag_is_to_do(tmp_path):
    """"1. Anhörigföreningen i Åby beviljas föreningsbidrag … 2. Föreningen ska redovisa …": the association's task."""
    f = load_text(tmp_path, "sn.txt", GRANT)
    assert any(names and task.startswith("redovisa hur bidraget har använts senast den 31 mars 2027")
               for names, task in f["assignments"])
