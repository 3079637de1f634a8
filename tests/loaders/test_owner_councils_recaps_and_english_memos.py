"""Habits of bodies the loaders had not met: an ägarråd of a company the kommuner own together, whose
roster is headed "Ägarrådets sammansättning och närvaro" and whose vd is named by the acronym before his
name; a nämnd's protocol with "Justerare: X  Justeringsdatum: …" on one line, whose "Förslag till beslut" opens with "Nämnden föreslås besluta" over its
att-clauses, adopted by "Nämnden beslutar enligt förslaget", with "Skickas till:" under the decision; a
meeting app's recap whose follow-up tasks mention two people side by side ("@A @B uppdaterar …"); and a
cross-border working group's memo written in English ("MEMO" over the body's Swedish name, the day as
3.11.2026 in the subject, "Action: A and B find out …", "The group decided that …"). Each read on small
minutes of its own, loaded alone into a fresh store."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


OWNER_COUNCIL = """ÅBYVATTEN AB
Ägarrådet
PROTOKOLL
Sammanträdesdatum\t2026-10-22
Tid och plats\tKl. 09.00–11.15, Åby kommunhus, sal Forsen

Ägarrådets sammansättning och närvaro
Namn\tÄgarkommun\tFunktion / närvaro
Lena Falk (S)\tÅby kommun\tOrdförande
Per Hägg (C)\tEkby kommun\tVice ordförande
Tomas Ryd (KD)\tÅby kommun\tLedamot, anmält förhinder
Britt Sand (S)\tÅby kommun\tErsättare, tjänstgör för Tomas Ryd

Justerare: Per Hägg
§ 12 Bolagets verksamhet
Vd Henrik Ålund redovisade driftläget. Förnyelsetakten ligger under målet.
Ägarrådets beslut
1. Informationen noteras.
"""


def test_a_roster_headed_by_the_body_s_composition_and_attendance(tmp_path):
    f = load_text(tmp_path, "agarrad.txt", OWNER_COUNCIL)
    att = {a[0]: a[1] for a in f["attendance"]}
    assert att["Lena Falk"] == "present" and att["Per Hägg"] == "present"
    assert att["Tomas Ryd"] == "absent"
    assert att["Britt Sand"] == "present"


def test_the_vd_before_a_name_is_no_part_of_it(tmp_path):
    f = load_text(tmp_path, "agarrad.txt", OWNER_COUNCIL)
    assert "Henrik Ålund" in f["persons"]
    assert not any(p.casefold().startswith("vd ") for p in f["persons"])


AS_PROPOSED = """Tandvårdsnämnden
Region Åbylanda
PROTOKOLL
Datum: 2026-11-19
Plats: Regionhuset, sal Kronan

Ledamöter
Anders Kvist (S), ordförande
Olle Strand (C)

Justerare: Olle Strand   Justeringsdatum: 2026-11-24

§ 54 Budget 2027 för Folktandvården
Förslag till beslut
Tandvårdsnämnden föreslås besluta
att fastställa Folktandvårdens budget för 2027 enligt bilaga 1,
att uppdra åt tandvårdsdirektören att återrapportera budgetföljsamheten till nämnden efter första tertialet 2027.
Beslut
Tandvårdsnämnden beslutar enligt förslaget.
Skickas till: Folktandvården, Regionstyrelsen

§ 55 Representant i arbetsgruppen
Beslut
Tandvårdsnämnden beslutar att utse Olle Strand (C) till nämndens representant i arbetsgruppen för uppsökande tandvård.
Skickas till: Arbetsgruppen för uppsökande tandvård, Olle Strand
"""


def test_the_proposal_s_lead_is_no_point_and_each_clause_is_decided(tmp_path):
    f = load_text(tmp_path, "tn.txt", AS_PROPOSED)
    decisions = [d.casefold() for d in f["decisions"]]
    assert any(d.startswith("fastställa folktandvårdens budget för 2027") for d in decisions)
    assert any(d.startswith("uppdra åt tandvårdsdirektören att återrapportera") for d in decisions)
    assert not any("föreslås besluta" in d for d in decisions)


def test_skickas_till_under_a_decision_is_its_distribution(tmp_path):
    f = load_text(tmp_path, "tn.txt", AS_PROPOSED)
    assert not any("skickas till" in d.casefold() for d in f["decisions"])
    assert any("utse olle strand" in d.casefold() for d in f["decisions"])


RECAP = """Minnesanteckningar – Vaccinationsgruppen norra Ekby
Teams-möte 2026-10-07

Deltagare
Sara Lind (Ekby kommun)
Petra Hall (Åby kommun)
Linnea Eng (Region Ekby)

1. Ansvarsfördelning i hemsjukvården
Petra Hall lyfte att det är oklart vem som ordinerar vaccin.
Follow-up tasks
• @Linnea Eng @Petra Hall uppdaterar den lokala rutinen för ordination i hemsjukvården före 14 oktober.
"""


def test_two_mentions_side_by_side_share_the_task(tmp_path):
    f = load_text(tmp_path, "recap.txt", RECAP)
    assert (("Linnea Eng", "Petra Hall"), "uppdatera den lokala rutinen för ordination i hemsjukvården") in [
        (a[0], a[1].split(" före ")[0]) for a in f["assignments"]]
    assert not any(" " in p and len(p.split()) > 3 for p in f["persons"])


MEMO = """From: Aino Kettu <aino.kettu@example.fi>
To: Jonas Wik <jonas.wik@regionekby.se>
Subject: Memo - arbetsgruppen ambulanssamverkan 3.11.2026
Date: Thu, 05 Nov 2026 14:02:51 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello all, please find the memo below.

------------------------------------------------------------
MEMO
Arbetsgruppen för gränsöverskridande ambulanssamverkan

Time: 3.11.2026 at 9.00-11.30
Place: Ambulance station in Kivi and Teams

Participants:
Jonas Wik, ambulance manager, Region Ekby (chair)
Mikko Heikki, head of emergency care, Pohjan hyvinvointialue
Pekka Lain, field manager, Pohjan hyvinvointialue
Aino Kettu, planning officer, Pohjan hyvinvointialue (memo)

1. Opening and agenda
Jonas opened the meeting. The agenda was accepted as it was.

2. Follow-up of the joint unit
Pekka told that the joint unit made 41 missions.
Action: Pekka Lain and Jonas Wik find out what is needed for the radios, and report to the next meeting.

3. Agreement text for 2027
The working group decided to propose to Styrgruppen för gränssamverkan that the agreement is extended.
Mikko will send the final draft to the steering group before 20.11.
"""


def test_a_memo_over_the_body_s_name_and_a_subject_ending_in_the_full_day(tmp_path):
    f = load_text(tmp_path, "memo.eml", MEMO)
    assert f["body"].casefold() in ("arbetsgruppen för gränsöverskridande ambulanssamverkan",
                                    "arbetsgrupp för gränsöverskridande ambulanssamverkan")


def test_english_actions_and_decisions(tmp_path):
    f = load_text(tmp_path, "memo.eml", MEMO)
    tasks = {a[0]: a[1] for a in f["assignments"]}
    assert tasks[("Jonas Wik", "Pekka Lain")].startswith("find out what is needed for the radios")
    assert tasks[("Mikko Heikki",)].startswith("send the final draft to the steering group")
    assert "The agenda was accepted as it was" in f["decisions"]
    assert any(d.startswith("propose to Styrgruppen för gränssamverkan") for d in f["decisions"])


def test_the_day_of_justering_after_the_justerare_is_no_part_of_the_name(tmp_path):
    f = load_text(tmp_path, "tn.txt", AS_PROPOSED)
    assert "Olle Strand" in f["persons"]
    assert not any("Justeringsdatum" in p for p in f["persons"])
