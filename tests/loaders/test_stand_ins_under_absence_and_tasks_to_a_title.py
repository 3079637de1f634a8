"""A strategisk group's notes: who stood in for an absent member, told on the member's line under "Förhinder", was
there; a task to everyone holding a title ("Samtliga kommundirektörer tar med sig …") goes to each one the roster
gives that title; a forum named by its level and place is a body matters go to.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """KOMMUNDIREKTÖRSGRUPPEN I NORRBY LÄN
Minnesanteckningar från möte 2026-11-27

Tid: kl. 09.00–12.00
Plats: Regionens hus, Åby

Deltagare: Marie Holm, kommundirektör Åby kommun (ordf); Jonas Berg, kommundirektör Norrby kommun; Pia Lund, regiondirektör Region Norrby
Förhinder: Göran Sjö, kommundirektör Ekby kommun – ersatt av Lotta Ek, biträdande kommundirektör Ekby kommun

Ärende 1. Lönebildning
Kommundirektörsgruppen ställer sig bakom utredningens förslag och rekommenderar Politiskt forum Norrby att anta principerna för gemensam löneväxling.
Samtliga kommundirektörer tar med sig frågan till respektive kommunledning och återkommer till gruppen senast den 15 januari.
"""


def test_who_stood_in_for_an_absent_member_was_there(tmp_path):
    f = load_text(tmp_path, "kdg.txt", NOTES)
    assert ("Lotta Ek", "present", ("ersättare",)) in f["attendance"]
    assert ("Göran Sjö", "absent", ("ledamot",)) in f["attendance"]


def test_a_task_to_everyone_holding_a_title_goes_to_each_holder(tmp_path):
    f = load_text(tmp_path, "kdg.txt", NOTES)
    (who,) = [w for w, task in f["assignments"] if task.startswith("ta med sig frågan")]
    # the regiondirektör holds another title; the absent member keeps his seat and his task
    assert {"Marie Holm", "Jonas Berg", "Göran Sjö"} <= set(who) and "Pia Lund" not in who


def test_a_title_no_one_on_the_roster_holds_gives_no_task(tmp_path):
    f = load_text(tmp_path, "kdg.txt", NOTES.replace("Samtliga kommundirektörer", "Samtliga socialchefer"))
    assert not [t for _, t in f["assignments"] if t.startswith("ta med sig frågan")]


def test_a_forum_by_its_level_and_place_is_recommended_to(tmp_path):
    f = load_text(tmp_path, "kdg.txt", NOTES)
    assert [m for m in f["mandates"] if m[1:] == ("Politiskt forum Norrby", "recommends")]


RTL = """Regional tjänstemannaledning för hälsa och välfärd (RTL)
Minnesanteckningar
Datum: 2026-12-03	Tid: 13.00–16.00	Plats: Teams

Närvarande: Ulla Sand, hälso- och sjukvårdsdirektör, Region Norrby (ordförande); Mikael Grön, socialchef, Åby kommun

§ 12 Dagordning
Dagordningen fastställdes.

§ 14 Nära vård – mobila team
RTL beslutar att ge Mikael Grön i uppdrag att ta fram ett förslag på organisation för mobila team. Ärendet lyfts därefter till Politiskt samråd Norrby i maj.
"""


def test_the_officials_leadership_named_with_its_letters_is_the_body_that_met(tmp_path):
    f = load_text(tmp_path, "rtl.txt", RTL)
    assert f["body"] == "Regional tjänstemannaledning för hälsa och välfärd"


def test_a_matter_raised_to_a_body_once_the_work_is_done_is_referred_there(tmp_path):
    f = load_text(tmp_path, "rtl.txt", RTL)
    assert ("Regional tjänstemannaledning för hälsa och välfärd", "Politiskt samråd Norrby", "refers") in f["mandates"]
    # (where the work goes once done, told after the task: the mandate only, no point decided of its own)
    assert not [d for d in f["decisions"] if "lyfts därefter" in d]
