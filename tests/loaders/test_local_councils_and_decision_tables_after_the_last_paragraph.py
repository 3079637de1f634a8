"""Habits of lokala närvårdsråd, kommunstyrelsens arbetsutskott, regional ledningsgrupper and arbetsgrupper not
read before.

A lokalt närvårdsråd's notes list who came and who sent word in a table with a column per huvudman, name the
council "Lokalt närvårdsråd Ekby" where others write "Lokala närvårdsrådet i Ekby", and take on a task the
ledningsgrupp gave "samtliga lokala närvårdsråd"; an arbetsutskott elects someone "för resterande del av
mandatperioden"; a ledningsgrupp's protocol gives a new working group "följande sammansättning:" in a table with
the huvudman first, and ends with a table of its decisions, a row each naming its § ("Ärende | Beslut |
Ansvarig | Klart"); a sammankallande mails the notes with their title set off by a rule and the day under it,
and tells two members with the same initials apart by a second letter ("KrA" beside "KA").
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_docx_text, load_text


def _docx(tmp_path: Path, name: str, text: str) -> dict:
    return load_docx_text(tmp_path, name, text)


def _groups_of_folder(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    """The names of the groups minutes written as these texts, loaded together, give."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([folder], s)
        data = export_json(s.to_networkx())
    return sorted(o["name"] for o in data["organizations"] if o.get("classification") == "group")


COLUMN_PER_HUVUDMAN = """Minnesanteckningar – Lokalt närvårdsråd Ekby
Tisdag 12 mars 2030, kl. 13.15–15.30
Deltagare
\tEkby kommun\tRegion Norrby
Närvarande\tEva Holm, förvaltningschef, ordförande; Lena Berg, MAS\tTomas Ek, primärvårdschef, vice ordförande; Farid Nasser, verksamhetschef
Förhinder\tOla Strand, IFO-chef\tAnna-Karin Wester, avdelningschef
1. Inledning
Dagordningen fastställdes.
2. Övrigt
Inga övriga frågor.
"""


def test_notes_roster_with_a_column_per_huvudman(tmp_path):
    """"Närvarande" and "Förhinder" rows under a header of huvudmän: each person in each column present or
    absent, the second column's first person too."""
    f = _docx(tmp_path, "lnr.docx", COLUMN_PER_HUVUDMAN)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status.get("Tomas Ek") == "present" and status.get("Farid Nasser") == "present"
    assert status.get("Anna-Karin Wester") == "absent" and status.get("Ola Strand") == "absent"


ALL_LOCAL_COUNCILS = """Lokalt närvårdsråd Ekby
Minnesanteckningar 2030-03-12

Närvarande: Eva Holm, Ekby kommun (ordförande); Tomas Ek, Region Norrby

1. Uppdrag från ledningsgruppen
Ledningsgruppen för vård och omsorg i Norrby (LVO) gav den 6 februari 2030 samtliga lokala närvårdsråd i uppdrag att kartlägga hur SIP används vid utskrivning och att återrapportera till LVO senast den 15 juni 2030.
"""


def test_a_task_to_every_local_council_falls_on_the_one_that_met(tmp_path):
    """"gav samtliga lokala närvårdsråd i uppdrag" in the notes of one of them: that one is given it."""
    f = load_text(tmp_path, "lnr.txt", ALL_LOCAL_COUNCILS)
    assert any(who == ("Lokalt närvårdsråd Ekby",) for who, _ in f["assignments"])
    assert ("Ledningsgruppen för vård och omsorg i Norrby (LVO)", "Lokalt närvårdsråd Ekby", "delegates") in f["mandates"] \
        or any(m[1] == "Lokalt närvårdsråd Ekby" and m[2] == "delegates" for m in f["mandates"])


DEFINITE_FORM = """Lokala närvårdsrådet i Ekby
Minnesanteckningar 2030-01-14

Närvarande: Eva Holm, Ekby kommun (ordförande); Tomas Ek, Region Norrby

1. Övrigt
Inga övriga frågor.
"""
INDEFINITE_FORM = """Lokalt närvårdsråd Ekby
Minnesanteckningar 2030-03-12

Närvarande: Eva Holm, Ekby kommun (ordförande); Tomas Ek, Region Norrby

1. Övrigt
Inga övriga frågor.
"""


def test_a_local_council_in_its_definite_and_indefinite_forms_is_one(tmp_path):
    """"Lokala närvårdsrådet i Ekby" and "Lokalt närvårdsråd Ekby": one council, not two."""
    groups = _groups_of_folder(tmp_path, {"a_2030-01-14.txt": DEFINITE_FORM, "b_2030-03-12.txt": INDEFINITE_FORM})
    assert len([g for g in groups if "närvårdsråd" in g.casefold()]) == 1, groups


REMAINING_TERM = """HOLMBY KOMMUN
Kommunstyrelsens arbetsutskott
PROTOKOLL
Sammanträdesdatum: 2030-04-08

Beslutande ledamöter: Oskar Lind (M), ordförande
Ingvar Sahl (S)

§ 43
Val av kommunens representant i Lokalt närvårdsråd Holmby
Beslut
Arbetsutskottet beslutar
1. att utse Ingvar Sahl (S) till kommunens representant i Lokalt närvårdsråd Holmby för resterande del av mandatperioden.
"""


def test_the_remaining_term_after_a_seat_is_no_part_of_the_body(tmp_path):
    """"… i Lokalt närvårdsråd Holmby för resterande del av mandatperioden": the seat in the council, for the
    rest of the term."""
    f = load_text(tmp_path, "ksau.txt", REMAINING_TERM)
    assert ("Ingvar Sahl", "Lokalt närvårdsråd Holmby", "join") in f["memberships"]


MAILED_UNDER_A_RULE = """From: Maj Engstrom <maj.engstrom@ekby.se>
To: Hanna Sjo <hanna.sjo@norrby.se>
Subject: Anteckningar AG korttidsplatser 8 oktober
Date: Thu, 10 Oct 2030 16:42:07 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej alla,

här kommer anteckningarna från tisdagens möte.

Hälsningar
Maj Engström

======================================================
ARBETSGRUPP FÖR KORTTIDSPLATSER – ANTECKNINGAR
Tisdag 8 oktober 2030 kl. 13.00–15.00, Teams
======================================================

Med på mötet:
Maj Engström, Ekby kommun (sammankallande)
Kristina Ahlberg, Tallmo kommun
Karin Åslund, Holmby kommun
Hanna Sjö, Region Norrby

1) Beläggning
HS visade beläggningen. KrA tar fram väntetiderna per kommun till 15 november.

2) Övrigt
KA har meddelat att hon slutar i Holmby vid årsskiftet.
"""


def test_the_day_under_a_mailed_title_set_off_by_a_rule(tmp_path):
    """"=====" / "ARBETSGRUPP X – ANTECKNINGAR" / "Tisdag 8 oktober 2030 …" under the greeting: the day it met,
    not the day the message was sent."""
    f = load_text(tmp_path, "ag.eml", MAILED_UNDER_A_RULE)
    assert f["date"] == "2030-10-08"


def test_initials_told_apart_by_a_second_letter(tmp_path):
    """"KrA" of Kristina Ahlberg in the text: "KA" is Karin Åslund, whose Å is written A."""
    f = load_text(tmp_path, "ag.eml", MAILED_UNDER_A_RULE)
    leaving = [m for m in f["memberships"] if m[2] == "leave"]
    assert leaving and all(m[0] == "Karin Åslund" for m in leaving), leaving


DECISION_TABLE = """Protokoll från Regional ledningsgrupp för vård och omsorg (RLG)
Mötesdatum: fredag 13 september 2030
Närvarande: Eva Lind, Region Norrby (ordförande); Ola Berg, Ekby kommun
§ 44 Hjälpmedel vid utskrivning
Politiskt samverkansråd gav RLG i uppdrag att ta fram en gemensam rutin. RLG beslutade att inrätta en arbetsgrupp för uppdraget.
Arbetsgruppen för hjälpmedel vid utskrivning får följande sammansättning:
Huvudman\tRepresentant\tRoll i gruppen
Region Norrby\tLovisa Hed, arbetsterapeut, Hjälpmedelscentralen\tsammankallande
Ekby kommun\tTuula Rant, rehabchef\tledamot
§ 45 Övriga frågor
Eva Lind informerade om att Styrgrupp psykisk hälsa och beroende har utsett en ny sammankallande, Hanna Grön, från och med oktober.
Beslut och uppdrag
Ärende\tBeslut\tAnsvarig\tKlart
§ 44\tArbetsgrupp för hjälpmedel vid utskrivning inrättas. Lovisa Hed utses till sammankallande.\tEva Lind\t–
§ 44\tArbetsgruppen redovisar ett förslag för RLG.\tLovisa Hed\t2031-02-28
"""


def test_a_composition_table_with_the_huvudman_first(tmp_path):
    """"X får följande sammansättning:" over "Huvudman | Representant | Roll": each representative joins X."""
    f = _docx(tmp_path, "rlg.docx", DECISION_TABLE)
    joined = {p for p, g, ch in f["memberships"] if ch == "join" and "hjälpmedel" in g.casefold()}
    assert {"Lovisa Hed", "Tuula Rant"} <= joined, f["memberships"]


def test_a_decision_table_after_the_last_paragraph_goes_into_its_paragraphs(tmp_path):
    """A row "§ 44 | Arbetsgrupp X inrättas. Lovisa Hed utses till sammankallande." after § 45: decided under § 44,
    her seat in the group set up, not in a body named for the last point."""
    f = _docx(tmp_path, "rlg.docx", DECISION_TABLE)
    seats = {g for p, g, ch in f["memberships"] if p == "Lovisa Hed"}
    assert seats and all("arbetsgrupp" in g.casefold() for g in seats), seats


def test_a_working_group_for_the_task_just_told_is_no_named_body(tmp_path):
    """"inrätta en arbetsgrupp för uppdraget": the task told before, no body named "Arbetsgrupp för uppdraget"; the
    working group the ledningsgrupp sets up is the one named after it."""
    f = _docx(tmp_path, "rlg.docx", DECISION_TABLE)
    assert not any("för uppdraget" in m[1] for m in f["mandates"]), f["mandates"]
    assert ("Regional ledningsgrupp för vård och omsorg", "Arbetsgrupp för hjälpmedel vid utskrivning", "delegates") \
        in f["mandates"]


def test_a_new_seat_holder_told_in_apposition(tmp_path):
    """"Styrgrupp X har utsett en ny sammankallande, Hanna Grön, …": she joins Styrgrupp X."""
    f = _docx(tmp_path, "rlg.docx", DECISION_TABLE)
    assert ("Hanna Grön", "Styrgrupp psykisk hälsa och beroende", "join") in f["memberships"]


DECIDED_WITH_RESPONSIBLE = """Regional ledningsgrupp för vård och omsorg
Protokoll 2030-09-13
Närvarande: Eva Lind, Region Norrby (ordförande); Karin Bäck, Ekby kommun

§ 45 Budget 2031
Karin Bäck redovisade förslaget till budget.
Beslut: Förslaget till budget 2031 överlämnas till Politiskt samverkansråd.
Ansvarig: Karin Bäck
Klart senast: 2030-10-15
§ 46 Övrigt
Inget.
"""


def test_a_decision_in_the_passive_with_its_responsible_and_day(tmp_path):
    """"Beslut: X överlämnas …" / "Ansvarig: Karin Bäck" / "Klart senast: …": she sees the decision carried out."""
    f = load_text(tmp_path, "rlg.txt", DECIDED_WITH_RESPONSIBLE)
    assert any(who == ("Karin Bäck",) and "överlämnas till Politiskt samverkansråd" in task
               for who, task in f["assignments"]), f["assignments"]


def test_a_convener_named_in_the_table_and_in_the_decision_is_given_the_duty_once(tmp_path):
    """The composition table's "sammankallande" and the decision row "Lovisa Hed utses till sammankallande": one duty."""
    f = _docx(tmp_path, "rlg.docx", DECISION_TABLE)
    duties = [task for who, task in f["assignments"] if who == ("Lovisa Hed",) and task.startswith("vara sammankallande")]
    assert len(duties) == 1, duties
