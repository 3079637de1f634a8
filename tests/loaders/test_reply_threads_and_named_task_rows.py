"""A reply thread whose notes sit under two mails, the subject naming the group "regional AG X", the sender's
name sent as raw UTF-8; a title naming the group by its kind alone under the programme it serves; and a
wiki's task list with the doer's full name after a dash."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

REPLY = """\
From: Maria Sundén <maria.sunden@region.se>
To: Jonas Kivelä <jonas.kivela@hedsby.se>
Subject: SV: Minnesanteckningar regional AG tolkförsörjning 2 december
Date: Thu, 3 Dec 2026 09:14:52 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej Jonas, ser bra ut!
/Maria

Från: Jonas Kivelä <jonas.kivela@hedsby.se>
Skickat: den 2 december 2026 16:05
Till: Regional AG tolkförsörjning <ag-tolk@region.se>
Ämne: Minnesanteckningar regional AG tolkförsörjning 2 december

Hej! Här kommer anteckningarna.
Jonas

______________________________________________________________________

Regional arbetsgrupp för tolkförsörjning – Västerheds län
Minnesanteckningar från möte 2 december 2026, kl. 10.00–12.00

Deltog:
Jonas Kivelä, utvecklingsledare, Hedsby kommun
Maria Sundén, upphandlare, Region Västerhed

1. Avropsmall
Maria tar fram mallen till 18 december.
"""


def test_a_reply_thread_names_the_group_its_notes_title_names(tmp_path):
    got = load_text(tmp_path, "tolk.eml", REPLY)
    assert got["body"] == "Regional arbetsgrupp för tolkförsörjning"
    assert ("Maria Sundén", "Regional arbetsgrupp för tolkförsörjning", "member") in got["memberships"]
    # the one answering the notes did not keep them: the sender of the quoted message did
    roles = {name: r for name, _, r in got["attendance"]}
    assert "sekreterare" not in roles["Maria Sundén"]


def test_a_title_naming_only_the_kind_is_the_group_of_the_programme_above_it(tmp_path):
    got = load_text(tmp_path, "sg.txt", """\
Vård- och omsorgscollege Granhammar
Minnesanteckningar – regional styrgrupp
Tid: torsdag 19 november 2026 kl. 13.15–15.30

Närvarande
Ulrika Stendahl, rektor, Granhammars kommun
Farida Haidari, enhetschef, Ekeholms kommun

1. Återcertifiering
Styrgruppen beslutar att ansöka om återcertifiering våren 2027.
""")
    assert got["body"] == "Regional styrgrupp för Vård- och omsorgscollege Granhammar"


def test_a_task_row_with_the_full_name_after_a_dash_and_a_decision_carried_back(tmp_path):
    got = load_text(tmp_path, "ag.txt", """\
Arbetsgruppen digitala vårdmöten
Minnesanteckningar 2026-11-12

Deltagare
Sanna Vikström Lind, sjuksköterska, Hallonlids kommun
Mattias Bengtsson, enhetschef, Hallonlids kommun

1. Uppföljning
Allt klart.

Åtgärder
• Boka rum till december – Sanna Vikström Lind
• Mattias Bengtsson avrapporterar beslutet om digital rond till ledningsgruppen 26 nov 2026
""")
    tasks = dict(got["assignments"])
    assert tasks[("Sanna Vikström Lind",)].startswith("boka rum till december")
    assert tasks[("Mattias Bengtsson",)].startswith("avrapportera beslutet om digital rond")


def test_a_group_name_ends_before_an_era_verb_or_a_hurried_o_and_keeps_its_level():
    from samverkan.loaders.relations import find_groups

    names = [g.name for g in find_groups("Arbetsgruppen är tillsatt av Ledningsgruppen för vård och omsorg i Hallonlid "
                                         "och avrapporterar till den efter varje möte.")]
    assert "Ledningsgruppen för vård och omsorg i Hallonlid" in names
    assert [g.name for g in find_groups("vi är tillsatta av Regionala vårdprogramgruppen för nutrition o "
                                        "återrapporterar dit")] == ["Regionala vårdprogramgruppen för nutrition"]


def test_hurried_action_rows_point_from_initials_to_the_task_with_an_arrow(tmp_path):
    got = load_text(tmp_path, "nv.txt", """\
LÄNSNÄTVERKET FÖR DIETISTER – anteckn. 5/11-2026, Teams

Närv:
  HN   Hedvig Nordqvist, dietist, Region Skärvsjö
  TM   Tarik Mansour, dietist, Lillträsk kommun
  EPF  Elin Pettersson-Frisk, dietist, Gransjö kommun

1) Nästa möte: 4/2 2027 kl 13, Teams.

ATT GÖRA
  TM, EPF -> program utb.dag ............................... 4/2
  HN   -> aulan + kolla avtal kosttillägg
""")
    tasks = dict(got["assignments"])
    assert tasks[("Elin Pettersson-Frisk", "Tarik Mansour")].startswith("program utb.dag")
    assert ("Hedvig Nordqvist",) in tasks
