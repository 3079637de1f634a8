"""Habits of three secretaries read on small minutes of their own: a samverkansgrupp's RTF notes that label
each point "Noterades:", "Överenskoms:" or "Uppdrag:" (two att-clauses joined by "och att"); a working group's
notes that mark what was settled "Bestämdes:"; a samverkansgrupp's HTML notes setting up an arbetsgrupp with
its convener in brackets, its writer a member named Radić (no "råd"); a nämnd that sends a matter on to
kommunstyrelsen "för kännedom" (a referral, no task).
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

LABELLED = """Samverkansgrupp Barn och unga – Åsen
Minnesanteckningar, torsdag 9 oktober 2031

Närvarande: Anna Korpi (ordf.), Siv Wall, Ronja Kemp, Moa Lind

Ärende 1 – Inledning
Noterades: Dagordningen fastställdes med ett tillägg under ärende 3.

Ärende 2 – Första linjen
Överenskoms: att utkastet skickas på remiss till kommunernas socialchefer.
Uppdrag: Anna Korpi redovisar förslaget för Regional ledningsgrupp Åsen den 12 december 2031.

Ärende 3 – Ordförandeskap 2032
Överenskoms: att Siv Wall är ordförande för samverkansgruppen från 1 januari 2032 och att Anna Korpi då övergår till vice ordförande.
"""

SETTLED = """ARBETSGRUPP HEMSJUKVÅRD ÅSEN
Träff 4 november 2031, Teams

Vi som var med: Malin Strid, Byå kommun; Elsa Holm, Region Åsen

1) Introduktionspaketet
Elsa har gjort ett utkast med fem moduler.
Bestämdes: modul 3 (läkemedel) skrivs om och kompletteras med delegeringsprov.
"""

NEW_GROUP = """Samverkansgrupp Psykisk hälsa vuxna i Åsen
Minnesanteckningar 2 oktober 2031

Deltagare
Lars Wenn, verksamhetschef (ordförande)
Josefin Wärn, enhetschef beroendevård
Malin Alm, enhetschef socialpsykiatri
Nikola Radić, processledare (sekreterare)

1. Rutin vid samsjuklighet
Gruppen enades om att tillsätta en arbetsgrupp, Arbetsgrupp samsjuklighet Åsen, som tar fram ett utkast. I arbetsgruppen ingår Josefin Wärn (sammankallande) och Malin Alm.

2. Nästa möte
4 december 2031.
"""

FOR_INFORMATION = """BYÅ KOMMUN
Socialnämnden
SAMMANTRÄDESPROTOKOLL 2031-09-23

Beslutande: Lennart Holm (S), ordförande; Tove Arne (M)

§ 66 Trygg hemgång – kostnadsfördelning
Beslut
Socialnämnden beslutar
1. Ordföranden Lennart Holm får i uppdrag att lyfta frågan vid Politiskt samråd Åsens sammanträde den 21 november 2031.
2. Ärendet överlämnas till kommunstyrelsen för kännedom.
"""


def test_points_labelled_as_noted_or_agreed_are_decisions_one_a_clause(tmp_path):
    f = load_text(tmp_path, "sbu.txt", LABELLED)
    assert "fastställa dagordningen med ett tillägg under ärende 3" in f["decisions"]
    assert any(d.startswith("utkastet skickas på remiss") for d in f["decisions"])
    assert any(d.startswith("Siv Wall är ordförande") and "Anna Korpi" not in d for d in f["decisions"])
    assert any(d.startswith("Anna Korpi då övergår") for d in f["decisions"])
    assert any(frm.startswith("Samverkansgrupp Barn och unga") and to == "Regional ledningsgrupp Åsen" and kind == "reports_to"
               for frm, to, kind in f["mandates"])
    tasks = {(who, task.split()[0], task.split()[1]) for who, task in f["assignments"]}
    assert {(("Siv Wall",), "vara", "ordförande"), (("Anna Korpi",), "vara", "vice")} <= tasks


def test_points_labelled_bestamdes_are_decisions(tmp_path):
    f = load_text(tmp_path, "ag.txt", SETTLED)
    assert any(d.startswith("modul 3 (läkemedel) skrivs om") for d in f["decisions"])


def test_the_convener_in_brackets_of_a_group_set_up_is_given_the_duty(tmp_path):
    f = load_text(tmp_path, "sg.txt", NEW_GROUP)
    assert any(who == ("Josefin Wärn",) and task.startswith("vara sammankallande i Arbetsgrupp samsjuklighet")
               for who, task in f["assignments"])
    bodies = {body for _, body, _ in f["memberships"]}
    assert "Nikola Radić" not in bodies


def test_a_matter_sent_on_for_information_is_a_referral_without_a_task(tmp_path):
    f = load_text(tmp_path, "sn.txt", FOR_INFORMATION)
    assert not any("ärendet" in task for _, task in f["assignments"])
    assert not any(kind == "delegates" and to.casefold().startswith("kommunstyrelsen") for _, to, kind in f["mandates"])
