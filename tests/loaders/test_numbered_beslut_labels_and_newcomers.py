"""Habits of secretaries of collaboration bodies read from small inline minutes: decisions numbered "Beslut 1",
"Beslut 2" alone on their lines, each with "Ansvarig:" and "Återrapport:" under it; a case "hänskjutet från" the
body above; the body's own "Slutrapporten lämnas till" a body; a mailed message whose notes name their day after
"Träff"; members introducing themselves ("Ny i gruppen: Eva Ek, distriktsläkare …"); one replaced who "gått över
till" other work; the doers' initials in brackets after a decided task ("(ES, AB)"); a table of the tasks another
body gave ("Uppdrag från LSVO | Status | Kommentar"); and a task's "återrapport till" a body."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import read_document
from samverkan.loaders.relations import extract_relations
from tests.loaders.test_uppdrag_extended_and_questions_from_bodies import _mandates, _memberships, _read

_NUMBERED = ("Ledningsgrupp Norrby\nProtokoll 2026-05-15\n"
             "Närvarande: Eva Lund (ordförande), Region Norrby; Per Holm, Åby kommun; Sara Berg, Ekby kommun\n\n"
             "1. Modell för programområden\nPer Holm redovisade förslaget.\n"
             "Beslut 1\nLedningsgruppen godkänner förslaget till modell för programområden.\n"
             "Ansvarig: Per Holm\nÅterrapport: Ledningsgrupp Norrby 2026-11-20\n"
             "Beslut 2\nStyrgrupp Barnahus får i uppdrag att följa upp modellen i samtliga kommuner.\n"
             "Ansvarig: Sara Berg\nÅterrapport: Ledningsgrupp Norrby 2026-09-18\n\n"
             "2. Övrigt\nInget att rapportera.\n")


def _relations(text: str, name: str = "x.docx"):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def test_numbered_decision_labels_alone_on_their_lines():
    p, _ = _relations(_NUMBERED)
    texts = [d.text for d in p.decisions if d.item == "1"]
    assert len(texts) == 2
    assert "modell för programområden" in texts[0] and "följa upp modellen" in texts[1]
    assert not any("Beslut" in t for t in texts)


def test_responsible_under_a_numbered_decision_sees_it_carried_out():
    _, r = _relations(_NUMBERED)
    per = next(a for a in r.assignments if a.assignees == ["Per Holm"])
    assert "godkänner förslaget till modell för programområden" in per.task
    assert per.due_date == "2026-11-20"


def test_responsible_under_a_decision_giving_a_body_the_task_joins_it_and_the_body_reports_back():
    _, r = _relations(_NUMBERED)
    task = next(a for a in r.assignments if "Styrgrupp Barnahus" in a.assignees)
    assert "Sara Berg" in task.assignees and task.due_date == "2026-09-18"
    assert ("Styrgrupp Barnahus", "Ledningsgrupp Norrby", "reports_to") in _mandates(r)


def test_case_referred_from_the_body_above():
    r = _read("Ledningsgrupp Norrby", "Ärendet är hänskjutet från Politiskt samråd Norrby 2026-03-26. Underlaget saknas.")
    assert ("Politiskt samråd Norrby", "Ledningsgrupp Norrby", "refers") in _mandates(r)


def test_the_bodys_final_report_handed_to_a_body():
    r = _read("Styrgrupp Barnahus", "Styrgruppen ställer sig bakom delrapporten. Slutrapporten lämnas till "
                                    "Ledningsgrupp Norrby i oktober.")
    assert ("Styrgrupp Barnahus", "Ledningsgrupp Norrby", "reports_to") in _mandates(r)


_MAIL = ("From: Amanda Ek <amanda.ek@aby.se>\nTo: Per Lund <per.lund@aby.se>\n"
         "Subject: Anteckningar arbetsgruppen läkemedel 6/5\nDate: Thu, 07 May 2026 16:12:09 +0200\n"
         "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
         "Hej alla!\n\nHär kommer anteckningarna.\n\n/Amanda\n\n"
         "--------------------------------\nARBETSGRUPPEN LÄKEMEDEL I HEMSJUKVÅRDEN\n"
         "Träff 2026-05-06 kl 08.30–10.00, lasarettet, rum Vägga\n--------------------------------\n\n"
         "Med på mötet:\nPer Lund (PL), apotekare, Region Norrby\nEbba Sund (ES), distriktsläkare, Region Norrby\n"
         "Amanda Ek (AE), sjuksköterska, Åby kommun – antecknar\n\n"
         "1. Presentation\nNy i gruppen: Ebba Sund, distriktsläkare på vårdcentralen sedan 2019.\n"
         "Ebba ersätter Jon Axelsson som gått över till akutmottagningen.\n\n"
         "2. Checklista\nVi bestämde att ta fram en gemensam checklista för överrapportering (ES, AE).\n")


def _mailed(tmp_path):
    path = tmp_path / "x.eml"
    path.write_text(_MAIL, encoding="utf-8")
    return parse_minutes(read_document(path).text, str(path))


def test_mailed_notes_name_their_day_after_the_word_for_the_meeting(tmp_path):
    p = _mailed(tmp_path)
    assert p.date == "2026-05-06" and p.date_basis == "text"


def test_newcomer_introduced_under_the_label_with_her_work_and_whom_she_replaces(tmp_path):
    r = extract_relations(_mailed(tmp_path))
    ms = _memberships(r)
    assert any(m[0] == "Ebba Sund" and m[2] in ("join", "replace") for m in ms)
    assert any(m[0] == "Jon Axelsson" and m[2] == "leave" for m in ms)


def test_newcomer_label_with_her_work_in_apposition():
    r = _read("Samverkansgrupp äldre", "Ny i gruppen: Malin Öst, distriktssköterska i Mörrum, som vill bidra med "
                                       "erfarenheter från dosdispenseringen.")
    assert ("Malin Öst", "Samverkansgrupp äldre", "join") in _memberships(r)


def test_replaced_one_gone_over_to_other_work_leaves():
    r = _read("Samverkansgrupp äldre", "Ebba ersätter Jon Axelsson som gått över till akutmottagningen.",
              roster=["Ebba Sund, Region Norrby"])
    assert ("Jon Axelsson", "Samverkansgrupp äldre", "leave") in _memberships(r)


def test_initials_in_brackets_after_a_decided_task_are_its_doers(tmp_path):
    r = extract_relations(_mailed(tmp_path))
    task = next(a for a in r.assignments if "checklista" in a.task)
    assert task.assignees == ["Ebba Sund", "Amanda Ek"]
    assert "(ES" not in task.task


def test_table_of_standing_tasks_from_the_body_above():
    text = ("# Samverkansgrupp äldre – minnesanteckningar\n**Datum:** 25 maj 2026\n"
            "**Deltagare:** Eva Lund (ordf.), Region Norrby · Per Holm, Åby kommun\n\n"
            "## 3. Våra uppdrag från ledningsgruppen\n\n| Uppdrag från Ledningsgrupp Norrby | Status | Kommentar |\n"
            "|---|---|---|\n| Revidering av utskrivningsöverenskommelsen | Klart | Fastställd 2025-12-12 |\n"
            "| Uppföljning av hemsjukvårdsavtalet | Pågår | Enkät i juni |\n\n## 4. Övrigt\nInget.\n")
    _, r = _relations(text, "x.md")
    given = [(a.task, a.given_by, a.report_to) for a in r.assignments if a.assignees == ["Samverkansgrupp äldre"]]
    assert ("revidering av utskrivningsöverenskommelsen", "Ledningsgrupp Norrby", "Ledningsgrupp Norrby") in given
    assert ("uppföljning av hemsjukvårdsavtalet", "Ledningsgrupp Norrby", "Ledningsgrupp Norrby") in given


def test_task_with_its_report_back_to_a_body():
    r = _read("Samverkansgrupp äldre", "Ledningsgrupp Norrby har gett Samverkansgrupp äldre i uppdrag att kartlägga "
                                       "läkarmedverkan i hemsjukvården, återrapport till Ledningsgrupp Norrby 2026-09-18.")
    assert ("Samverkansgrupp äldre", "Ledningsgrupp Norrby", "reports_to") in _mandates(r)
