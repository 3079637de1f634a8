"""Habits of the minutes of less common kinds of body (a samverkansgrupp för God och nära vård in a kommundel,
a regional arbetsgrupp för läkemedelsförsörjning vid kris, a kommunstyrelsens samhällsskyddsutskott): points agreed
listed under "Mötet enades om:", attendance given as "se deltagarlista i bilaga" with the list closing the notes,
action lines "Åtgärd: … (NN)" in the imperative and run together, a roster split by "Ordinarie" / "Ersättare" /
"Tjänstemän", and the region's särskild sjukvårdsledning as a body that gives a mandate; each read on a small
minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "m.txt", text)


HEAD = """Minnesanteckningar
Arbetsgrupp läkemedel Brunnby
Datum: 2025-12-01
Närvarande: Eva Ek (EE), Region Brunnby; Per Lind (PL), Ösby kommun; Sara Holm (SH), Åbyns kommun

"""
BODY = "Arbetsgrupp läkemedel Brunnby"


def test_points_agreed_listed_under_the_meeting(tmp_path):
    """"Mötet enades om:" over bulleted "att …" points: one decision each, and "Mötet" is no person."""
    f = _load(tmp_path, HEAD + """1. Förråden
Eva Ek redogjorde för kartläggningen.
Mötet enades om:
• att kommunerna använder den regionala mallen för förrådslistor
• att rotationen av förråden ska ske kvartalsvis

2. Övningar
Per Lind föreslog en övning. Mötet enades om:
– att genomföra en gemensam övning i april
""")
    assert "kommunerna använder den regionala mallen för förrådslistor" in f["decisions"], f["decisions"]
    assert "rotationen av förråden ska ske kvartalsvis" in f["decisions"], f["decisions"]
    assert "genomföra en gemensam övning i april" in f["decisions"], f["decisions"]
    assert "Mötet" not in f["persons"], f["persons"]


def test_attendance_in_a_deltagarlista_closing_the_notes(tmp_path):
    """"Närvarande: se deltagarlista i bilaga", and "Bilaga – deltagarlista" after the last point: those listed
    took part, and sit in the body."""
    f = _load(tmp_path, """Minnesanteckningar
Samverkansgrupp nära vård Brunnby
Datum: 2025-12-01
Närvarande: se deltagarlista i bilaga
Antecknat av: Sara Holm

1. Hälsocentralen
Eva Ek redogjorde för läget.

2. Övriga frågor
Inga.

Bilaga – deltagarlista
Eva Ek (EE), verksamhetschef, Region Brunnby – ordförande
Per Lind (PL), områdeschef, Ösby kommun
Sara Holm (SH), utvecklare, Region Brunnby – sekreterare
""")
    present = {a[0] for a in f["attendance"] if a[1] == "present"}
    assert {"Eva Ek", "Per Lind", "Sara Holm"} <= present, f["attendance"]


def test_action_lines_in_the_imperative_run_together(tmp_path):
    """"Åtgärd: Sammanställ … (EE)" / "Åtgärd: Bjud in … (PL)" on lines of their own: a task each, the doer by
    initials; two doers' initials in the brackets both carry it."""
    f = _load(tmp_path, HEAD + """1. Lokaler
Eva Ek redogjorde för två alternativ.
Åtgärd: Sammanställ kostnadsjämförelse för båda alternativen (EE)
Åtgärd: Bjud in fastighetsavdelningen till nästa möte (PL)

2. Rutiner
Åtgärd: Ta fram rutin för överlämning till jourläkare (PL, SH)
""")
    tasks = {(who, task) for who, task in f["assignments"]}
    assert any(who == ("Eva Ek",) and task.startswith("sammanställ kostnadsjämförelse") for who, task in tasks), tasks
    assert any(who == ("Per Lind",) and task.startswith("bjud in fastighetsavdelningen") for who, task in tasks), tasks
    assert any(set(who) == {"Per Lind", "Sara Holm"} and task.startswith("ta fram rutin") for who, task in tasks), tasks


def test_a_roster_split_by_ordinarie_ersattare_tjansteman(tmp_path):
    """"Ordinarie" alone over the members: they are there and hold seats, as "Ersättare" over the ersättare."""
    f = _load(tmp_path, """BRUNNBY KOMMUN
PROTOKOLL
Kommunstyrelsens samhällsskyddsutskott
Sammanträdesdatum 2025-12-04
Ordinarie
Gun Rehn (S), ordförande
Bo Asp (M), vice ordförande
Hanna Zell (C)
Ersättare
Amira Hadd (V)
Tjänstemän
Jonas Krona, säkerhetschef

§ 41 Krisberedskapsveckan
Jonas Krona informerar.
Samhällsskyddsutskottets beslut
Informationen noteras.
""")
    present = {a[0] for a in f["attendance"] if a[1] == "present"}
    assert {"Gun Rehn", "Bo Asp", "Hanna Zell", "Amira Hadd"} <= present, f["attendance"]
    assert ("Hanna Zell", "present", ("ledamot",)) in f["attendance"], f["attendance"]


def test_the_sarskild_sjukvardsledning_gives_the_mandate(tmp_path):
    """"Arbetsgruppen arbetar på uppdrag av Regional särskild sjukvårdsledning X", "Utkastet lyfts till … för
    beslut": the region's leadership in a major incident is a body that commissions and decides."""
    f = _load(tmp_path, HEAD + """Arbetsgruppen arbetar på uppdrag av Regional särskild sjukvårdsledning Brunnby.

1. Avtal
Eva Ek redogjorde för utkastet. Utkastet lyfts till Regional särskild sjukvårdsledning Brunnby för beslut.
""")
    assert ("Regional särskild sjukvårdsledning Brunnby", BODY, "delegates") in f["mandates"], f["mandates"]
    assert (BODY, "Regional särskild sjukvårdsledning Brunnby", "refers") in f["mandates"], f["mandates"]


def test_the_district_a_local_group_serves_after_a_dash(tmp_path):
    """"Samverkansgrupp X – kommundel Norra Y" as the title: the part of the kommun is part of the body's name."""
    f = _load(tmp_path, """BRUNNBY KOMMUN · REGION BRUNNBY

Minnesanteckningar
Samverkansgrupp God och nära vård – kommundel Norra Brunnby

Datum: 2025-12-01
Närvarande: Eva Ek, Region Brunnby; Per Lind, Brunnby kommun

1. Hälsocentralen
Eva Ek redogjorde för läget.
""")
    assert f["body"] == "Samverkansgrupp God och nära vård, kommundel Norra Brunnby", f["body"]
