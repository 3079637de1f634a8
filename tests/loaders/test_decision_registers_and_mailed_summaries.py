"""Habits of ledningsgrupper and styrgrupper not read before.

A ledningsgrupp keeps its decisions and tasks in a register numbered across the meetings ("2027:14", "2027:15", …),
a table at the end of the minutes whose rows name the § they belong to, while the text only points to them
("Dagordningen fastställdes, se 2027:14."); a styrgrupp's secretary mails a short summary after the meeting whose
decisions stand under "Det här bestämde vi:".
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_docx_text, load_text


def _docx(tmp_path: Path, name: str, text: str) -> dict:
    return load_docx_text(tmp_path, name, text)


REGISTER = """Ledningsgruppen för vård och omsorg i Ekby (LVO)
Minnesanteckningar 2028-03-10

Närvarande
Anna Berg, hälso- och sjukvårdsdirektör, Region Ekby, ordförande
Olof Ström, socialchef, Ekby kommun
Sekreterare: Maja Lund, Region Ekby

§ 12 Mötets öppnande
Dagordningen fastställdes, se 2028:07.

§ 13 Utvecklingsmedel
Styrgruppen för äldre har tagit fram ett förslag. Se 2028:08 och 2028:09.

§ 14 Övrigt
Nästa möte 2028-04-14.

Beslut och uppdrag
Nr\t§\tTyp\tBeslut / uppdrag\tAnsvarig\tSenast
2028:07\t12\tB\tDagordningen fastställs.\t\t
2028:08\t13\tB\tFördelningen av utvecklingsmedlen fastställs enligt förslaget.\t\t
2028:09\t13\tU\tFölja upp hur medlen används och återrapportera till LVO.\tOlof Ström\t2028-11-30"""


def test_a_register_numbered_across_meetings_gives_each_row_to_its_item(tmp_path):
    """"2028:08 | 13 | B | … fastställs …": a decision of § 13; "2028:09 | 13 | U | Följa upp … | Olof Ström": a
    task of his; the pointer "se 2028:07" is no part of what was said."""
    f = _docx(tmp_path, "lvo.docx", REGISTER)
    decisions = " | ".join(f["decisions"]).lower()
    assert "utvecklingsmedlen fastställs" in decisions, f["decisions"]
    assert "2028:0" not in decisions, f["decisions"]
    assert any(who == ("Olof Ström",) and "följa upp hur medlen används" in task.lower()
               for who, task in f["assignments"]), f["assignments"]


def test_a_register_row_goes_under_its_paragraph():
    from samverkan.loaders.read import _register_rows_into_items

    text = _register_rows_into_items("§ 1 Öppnande\nDagordningen fastställdes, se 2028:01.\n§ 2 Plan\nText.\n"
                                     "Nr\t§\tTyp\tBeslut / uppdrag\tAnsvarig\tSenast\n"
                                     "2028:01\t1\tB\tDagordningen fastställs.\t\t\n"
                                     "2028:02\t2\tU\tTa fram en plan.\tEva Ek\t2028-05-01\n")
    lines = text.split("\n")
    assert lines[:3] == ["§ 1 Öppnande", "Dagordningen fastställdes.", "Beslut: Dagordningen fastställs."], lines
    assert lines[3:8] == ["§ 2 Plan", "Text.", "Uppdrag: Ta fram en plan.", "Ansvarig: Eva Ek",
                          "Klart senast: 2028-05-01"], lines


MAILED = """From: Maja Lund <maja.lund@regionekby.se>
To: styrgruppen@regionekby.se
Subject: Kort sammanfattning styrgruppen äldre 3/3
Date: Fri, 03 Mar 2028 15:10:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej alla!

Här kommer en kort sammanfattning av dagens möte i Styrgrupp äldre Ekby.

Med på mötet: Anna Berg (ordf., Region Ekby), Olof Ström (Ekby kommun) och jag.

Det här bestämde vi:

* Dagordningen godkändes.
* Styrgruppen ställer sig bakom handlingsplanen för fallprevention.
* Vi träffas i fortsättningen varannan månad.

Hälsningar
Maja
"""


def test_a_mailed_summarys_we_decided_list_is_the_meetings_decisions(tmp_path):
    """"Det här bestämde vi:" over bullets: each bullet a decision of the body that met."""
    f = load_text(tmp_path, "sg.eml", MAILED)
    decisions = " | ".join(f["decisions"]).lower()
    assert "varannan månad" in decisions, f["decisions"]
    assert "handlingsplanen för fallprevention" in decisions, f["decisions"]


HURRIED = """Lokal samverkansgrupp Åby - anteckn 2028-05-04
Närv: Mona Ek ME (ordf), Tor Lind TL - Åby kommun; Hanna Falk HF - Region Ekby
Ant: Eva Gran EG
Gäst p 2: Petra Sjö PS, SIP-koordinator socialförv

1. Dagordning
   godkändes.

2. SIP-teamet (PS)
   PS berättade om teamets första halvår.
"""


def test_a_guest_for_an_item_under_p_without_its_full_stop(tmp_path):
    """"Gäst p 2: Petra Sjö PS, …": a guest for point 2, the abbreviation's full stop left out, no member."""
    f = load_text(tmp_path, "aby.txt", HURRIED)
    assert ("Petra Sjö", "guest") in {(n, s) for n, s, _ in f["attendance"]}, f["attendance"]
    assert not any(p == "Petra Sjö" and g.startswith("Lokal samverkansgrupp") for p, g, _ in f["memberships"]), f["memberships"]


def test_a_short_summarys_subject_names_the_body_after_its_adjective(tmp_path):
    """"Kort sammanfattning – Styrgrupp äldre Ekby 3/3": the notes called short, the body after them."""
    mail = MAILED.replace("Subject: Kort sammanfattning styrgruppen äldre 3/3",
                          "Subject: Kort sammanfattning - Styrgrupp äldre Ekby 3/3")
    mail = mail.replace(" i Styrgrupp äldre Ekby.", ".")
    f = load_text(tmp_path, "sg2.eml", mail)
    assert f["body"] == "Styrgrupp äldre Ekby", f["body"]
