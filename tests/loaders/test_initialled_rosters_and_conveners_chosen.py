"""Habits of a samverkansgrupp's hurried notes in plain text: the roster under "Närv:" gives each member's
initials first ("BH   Birgitta Hallén, Sandhamra, …"), the tasks after it name people by those initials, and
the group chooses its own new convener in a line of its own ("Gruppen utsåg ÅLB till ny sammankallande fr
1/9"); each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """SAMVERKANSGRUPP ÄLDRE – ÅSBY
Minnesanteckningar 2030-06-11, kl 13-15.30, Teams

Närv:
BH   Birgitta Hallén, Sandhamra, vård- och omsorgschef (samm.)
ÅLB  Åsa Lindqvist-Berg, Sandhamra, avd.chef äldreomsorg
RÖ   Rickard Öst, Klippvik, MAS
EL   Ebba Liljeqvist, RÅ, samordnare (anteckn.)

1. Förra mötet
Ok, till handlingarna.

2. Fallprevention
KW: rutin för fallriskbedömning klar. Rutinen godkändes av gruppen, gäller fr 1/9.

3. Sammankallande
BH går i pension 31/8 och lämnar gruppen. Gruppen utsåg ÅLB till ny sammankallande fr 1/9.
BH lämnar över kallelselistor och mötesplan till ÅLB före semestern.

Nästa möte: 20/8 kl 13-15.30.
"""


def test_a_task_to_a_member_by_initials_is_no_decision_of_the_body(tmp_path):
    f = load_text(tmp_path, "sg.txt", NOTES)
    assert not any("kallelselistor" in d for d in f["decisions"])
    assert any(who == ("Birgitta Hallén",) and "kallelselistor" in task for who, task in f["assignments"])


def test_the_group_choosing_its_new_convener_by_initials(tmp_path):
    f = load_text(tmp_path, "sg.txt", NOTES)
    assert any(who == ("Åsa Lindqvist-Berg",) and task.startswith("vara sammankallande") for who, task in f["assignments"])
    assert sum(1 for p, g, _ in f["memberships"] if p == "Åsa Lindqvist-Berg" and g.startswith("Samverkansgrupp")) == 2


def test_the_last_minutes_filed_in_two_words(tmp_path):
    assert "lägga förra mötet till handlingarna" in load_text(tmp_path, "sg.txt", NOTES)["decisions"]


def test_a_passive_approval_by_the_group_itself(tmp_path):
    decisions = load_text(tmp_path, "sg.txt", NOTES)["decisions"]
    assert any(d.startswith("godkänna rutinen") for d in decisions)


def test_the_convener_marked_samm_in_the_roster(tmp_path):
    attendance = load_text(tmp_path, "sg.txt", NOTES)["attendance"]
    assert any(name == "Birgitta Hallén" and "sammankallande" in roles for name, _, roles in attendance)


TASK_FROM_TITLE = """SAMVERKANSGRUPP ÄLDRE – ÅSBY
Minnesanteckningar 2030-06-11, kl 13-15.30, Teams

Närv:
BH   Birgitta Hallén, Sandhamra, vård- och omsorgschef (samm.)
RÖ   Rickard Öst, Klippvik, MAS

1. Förra mötet
Ok, till handlingarna.

2. Nytt uppdrag fr RLG (23/5)
Regionala ledningsgruppen för vård och omsorg (RLG) vill att läkarmedverkan i hemsjukvården följs upp per kommun.
- RÖ tar fram antal läkarbesök per kommun. Till aug-mötet.
"""


def test_a_new_task_from_the_ledningsgrupp_told_by_the_points_title(tmp_path):
    mandates = load_text(tmp_path, "sg.txt", TASK_FROM_TITLE)["mandates"]
    assert ("Regionala ledningsgruppen för vård och omsorg", "Samverkansgrupp Äldre", "delegates") in mandates
