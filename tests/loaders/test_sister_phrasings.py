"""Phrasings of the sister minutes' secretaries read on small minutes of their own: a piece of work
reported back by whose it is, a referral both bodies of a joint meeting make, and an action list's
call to a first meeting of a group whose convener the decision above it appointed.
"""
from __future__ import annotations

from samverkan.loaders.extract import AttendanceEntry, _prose_presenters, parse_minutes
from samverkan.loaders.relations import extract_relations


def test_who_reported_back_a_piece_of_work_by_whose_it_is_presents_it():
    """"Petra Lund återrapporterade Tallbys rutin för …", "ES återrapporterade samverkansgruppens synpunkter":
    the work reported on, named by a genitive; the present tense with "till" is still a task to come."""
    att = [AttendanceEntry("Petra Lund", "present"), AttendanceEntry("Erik Sjöling", "present")]
    assert _prose_presenters("Petra Lund återrapporterade Tallbys rutin för läkemedelsgenomgångar i hemsjukvården, "
                             "som ledningsgruppen efterfrågade i maj.", att) == ["Petra Lund"]
    assert _prose_presenters("Erik Sjöling återrapporterade samverkansgruppens synpunkter på förslaget.", att) == \
        ["Erik Sjöling"]
    assert _prose_presenters("Petra Lund återrapporterar Tallbys rutin till nämnden i december.", att) == []


JOINT = """Styrgrupp psykisk hälsa Tallby · Minnesanteckningar 2025-11-13
Gemensamt möte med Samverkansgrupp Barn och unga (SBU)
Tid: torsdag 13 november 2025 kl. 09.00–12.00
Från styrgruppen: Rut Tavast (sammankallande), Jörn Wallin
Från SBU: Per Nylund (sammankallande), Sara Lindell

1. Mobila team
Frågan om finansiering av en tredje tjänst lyfts nu vidare till Regional ledningsgrupp Tallby av båda grupperna.

2. Ekonomi
Frågan om lokaler lyfts vidare till Regional ledningsgrupp Tallby.
"""


def test_a_question_both_groups_of_a_joint_meeting_pass_on_is_referred_by_each():
    mandates = {(m.from_body, m.to_body, m.kind, m.item) for m in extract_relations(parse_minutes(JOINT, "joint.txt")).mandates}
    refers = {(f, i) for f, t, k, i in mandates if k == "refers" and t.startswith("Regional ledningsgrupp")}
    assert ("Styrgrupp psykisk hälsa Tallby", "1") in refers
    assert any(f.startswith("Samverkansgrupp Barn och unga") and i == "1" for f, i in refers), refers
    # passed on by the body that met alone: the other body of the meeting refers nothing
    assert not any(f.startswith("Samverkansgrupp Barn och unga") and i == "2" for f, i in refers), refers


LOG = """Ledningsgrupp för vård och omsorg i Tallby
Protokoll 2025-06-05
Närvarande: Pia Jonsvik (PJ), Tallby kommun; Kent Holm (KH), Åby kommun

1. Gemensam skolläkarfunktion
Beslut:
• att tillsätta en arbetsgrupp för gemensam skolläkarfunktion med Pia Jonsvik som sammankallande.

2. Åtgärdslista
Nr\tBeslut/åtgärd\tAnsvarig\tKlart
1\tKallelse till första mötet i arbetsgruppen för skolläkarfunktion\tPJ\taugusti
"""


def test_an_action_row_calling_a_group_s_first_meeting_is_no_restatement_of_its_convener_s_seat():
    tasks = [(a.assignees, a.task) for a in extract_relations(parse_minutes(LOG, "lvo.txt")).assignments]
    assert (["Pia Jonsvik"], "kalla till första mötet i arbetsgruppen för skolläkarfunktion") in tasks, tasks
