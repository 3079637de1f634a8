"""Habits of other secretaries of a county's collaboration bodies: an intranet page exported with its cookie notice
above the minutes, a body named by an acronym's genitive ("LSVO:s ledningsgrupp"), a protocol laid out as a Word
table of two columns "Ärende | Beslut" whose first cell holds the item's number, heading and what was said, and a
task in brackets inside a sentence, a report "via samverkansgruppen" from a local group's notes, and an uppdrag
reported back in the passive; each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

import docx

from tests.loaders.test_read_formats import facts, load_text


INTRANET_PAGE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Minnesanteckningar</title></head>
<body><div id="cookie-banner">Vi använder kakor för att förbättra webbplatsen. <a href="/kakor">Läs mer</a></div>
<main><h1>NSVO:s ledningsgrupp – minnesanteckningar 4 mars 2026</h1>
<p><strong>Tid och plats:</strong> 4 mars 2026, kl. 09.00–11.00, Regionhuset</p>
<h2>Deltagare</h2>
<table><tr><th>Namn</th><th>Organisation</th><th>Roll</th></tr>
<tr><td>Eva Lindkvist</td><td>Region Norrby</td><td>Ordförande</td></tr>
<tr><td>Per Åsberg</td><td>Åby kommun</td><td>Ledamot</td></tr></table>
<h2>§ 1 Dagordning</h2><p>Dagordningen fastställdes.</p>
<h2>§ 2 Rapporter</h2><p>Per Åsberg informerade om läget i Åby.</p>
</main></body></html>
"""


def test_an_intranet_pages_cookie_notice_is_no_part_of_the_minutes_and_a_genitive_names_the_body(tmp_path):
    """The cookie banner above the title is the page's chrome; "NSVO:s ledningsgrupp – minnesanteckningar …" names
    the body that met (an acronym's genitive is no label "NSVO: s ledningsgrupp")."""
    f = load_text(tmp_path, "nsvo.html", INTRANET_PAGE)
    assert f["body"].startswith("NSVO")
    assert ("Per Åsberg", "NSVO:s ledningsgrupp", "member") in f["memberships"] or any(
        p == "Per Åsberg" and g.startswith("NSVO") for p, g, _ in f["memberships"])


def test_a_title_with_an_acronyms_genitive_names_the_body_in_a_text_file(tmp_path):
    f = load_text(tmp_path, "m.txt", "NSVO:s ledningsgrupp\n\nNärvarande: Eva Lindkvist, Region Norrby (ordförande)\n"
                                  "Datum: 2026-03-04\n\n§ 1 Dagordning\nDagordningen fastställdes.\n")
    assert f["body"].startswith("NSVO")


def _matter_decision_docx(path: Path) -> Path:
    doc = docx.Document()
    doc.add_paragraph("PROTOKOLL")
    doc.add_paragraph("Politiskt samverkansorgan i Norrby (PSN)")
    doc.add_paragraph("Sammanträdesdag: 2026-10-01")
    doc.add_paragraph("Beslutande: Anna Berg (S), ordförande, Region Norrby; Olle Dahl (M), Åby kommun")
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Ärende", "Beslut"
    for a, b in [("§ 4 Godkännande av dagordning", "Dagordningen godkänns."),
                 ("§ 5 Medel för suicidprevention\nFöredragande: Olle Dahl\nTre kommuner har beslutat om medel.",
                  "PSN rekommenderar huvudmännen att senast 31 december 2026 fatta beslut om medel.")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    doc.save(path)
    return path


def test_an_arende_beslut_table_reads_each_row_as_an_item_and_its_decision(tmp_path):
    """"Ärende | Beslut": the first cell's number and heading the item, its other lines what was said, the second
    cell what was decided ("Dagordningen godkänns." read as the body's decision, as under a "Beslut:" label)."""
    f = facts(_matter_decision_docx(tmp_path / "psn.docx"), tmp_path)
    assert ("5", "Medel för suicidprevention") in f["items"]
    assert any(d.startswith("Dagordningen godkänns") for d in f["decisions"])


LOCAL_NOTES = """Lokal samverkansgrupp Ekby – minnesanteckningar

Datum: 2026-08-27
Närvarande: Annika Lund, Ekby kommun (ordförande); Anders Berglund, Region Norrby; Jenny Nyman, Region Norrby;
Helena Sandberg, Region Norrby
Frånvarande: Elin Holm, Region Norrby

1. Gruppens uppdrag
Gruppen är tillsatt av Samverkansgrupp äldre och återrapporterar till Styrgrupp Nära vård via samverkansgruppen.
Elin Holm lämnar gruppen vid årsskiftet och regionen utser en ersättare (Anders tar frågan med sig till närsjukvårdens ledning).

2. Uppföljning
Uppdraget från Samverkansgrupp äldre om gemensamma inskrivningsmöten återrapporteras av Jenny Nyman på oktobermötet.
Läkarbilen är svår att nå kvällstid. Gruppen önskar att Samverkansgrupp äldre lyfter kvällstillgängligheten i länet.
"""


def test_a_report_via_samverkansgruppen_in_a_local_groups_notes_goes_through_the_group_named_before(tmp_path):
    """"Gruppen är tillsatt av Samverkansgrupp äldre och återrapporterar till LSVO via samverkansgruppen" in a lokal
    samverkansgrupp's notes: "samverkansgruppen" is the one the sentence has just named, not the local group itself."""
    f = load_text(tmp_path, "lokal.txt", LOCAL_NOTES)
    assert ("Lokal samverkansgrupp Ekby", "Samverkansgrupp äldre", "reports_to") in f["mandates"]


def test_a_task_in_brackets_inside_a_sentence_is_read_as_its_own(tmp_path):
    """"… utser en ersättare (Anders tar frågan med sig till närsjukvårdens ledning).": Anders's task."""
    f = load_text(tmp_path, "lokal.txt", LOCAL_NOTES)
    assert any(who == ("Anders Berglund",) and task.startswith("ta frågan med sig") for who, task in f["assignments"])


def test_an_uppdrag_reported_back_in_the_passive_is_a_task_of_the_one_after_av(tmp_path):
    f = load_text(tmp_path, "lokal.txt", LOCAL_NOTES)
    assert any(who == ("Jenny Nyman",) and task.startswith("återrapportera uppdraget") for who, task in f["assignments"])


def test_a_wish_that_another_body_does_something_is_its_task_and_no_mandate(tmp_path):
    """"Gruppen önskar att Samverkansgrupp äldre lyfter …": the task is the other body's; a wish gives no uppdrag."""
    f = load_text(tmp_path, "lokal.txt", LOCAL_NOTES)
    assert any(who == ("Samverkansgrupp äldre",) and task.startswith("lyfta kvällstillgängligheten")
               for who, task in f["assignments"])
    assert ("Lokal samverkansgrupp Ekby", "Samverkansgrupp äldre", "delegates") not in f["mandates"]


ROUND_NOTES = """Processteam SIP – anteckningar

Datum: 2026-09-15
Närvarande: Helena Sandberg, Region Norrby (ordförande); Fredrik Åberg, Ekby kommun; Maria Lindén, Region Norrby;
Ida Mårtensson, Region Norrby

1. Kommunrunda
Ekby: SIP-samordnare på plats sedan augusti. Fredrik redovisar antalet SIP:ar efter tre månader.

2. Uppföljning
Andelen uppföljda planer är låg. Regionen ska på motsvarande sätt se över rutinen för uppföljning i psykiatrin.
Regionen (Maria) tar fram uppgifter om hur många av patienterna som har en plan.
"""


def test_a_report_after_a_period_to_come_is_a_task(tmp_path):
    """"Fredrik redovisar antalet SIP:ar efter tre månader": a report to come, not one given at the meeting."""
    f = load_text(tmp_path, "pt.txt", ROUND_NOTES)
    assert any(who == ("Fredrik Åberg",) and task.startswith("redovisa antalet") for who, task in f["assignments"])


def test_a_task_told_with_how_between_modal_and_verb(tmp_path):
    """"Regionen ska på motsvarande sätt se över rutinen …": the region's task, without the "how"."""
    f = load_text(tmp_path, "pt.txt", ROUND_NOTES)
    assert any(who == ("Region Norrby",) and task.startswith("se över rutinen") for who, task in f["assignments"])


def test_an_organisation_and_its_person_in_brackets_share_the_task(tmp_path):
    """"Regionen (Maria) tar fram uppgifter …": the region's task, done by Maria for it."""
    f = load_text(tmp_path, "pt.txt", ROUND_NOTES)
    assert any(set(who) == {"Region Norrby", "Maria Lindén"} and task.startswith("ta fram uppgifter")
               for who, task in f["assignments"])


DECIDED_IN_A_SENTENCE = """Styrgrupp Nära vård – minnesanteckningar

Datum: 2026-09-18
Närvarande: Eva Lindkvist, Region Norrby (ordförande); Per Åsberg, Åby kommun

§ 4 Överenskommelse om hjälpmedel
Styrgruppen beslutade att ge Samverkansgrupp äldre i uppdrag att revidera överenskommelsen, att en arbetsgrupp \
ska tillsättas av samverkansgruppen, samt att förslaget ska återrapporteras senast i mars 2027.

§ 5 Budget
Styrgruppen beslutade att huvudmännen ska beakta analysen i budgetarbetet (Per Åsberg tar frågan till \
kommundirektörerna).
"""


def test_att_clauses_after_commas_in_a_told_decision_are_decided_points_each(tmp_path):
    f = load_text(tmp_path, "lg.txt", DECIDED_IN_A_SENTENCE)
    assert "en arbetsgrupp ska tillsättas av samverkansgruppen" in f["decisions"]
    assert "förslaget ska återrapporteras senast i mars 2027" in f["decisions"]


def test_a_doers_note_in_brackets_after_a_decided_point_is_no_part_of_it(tmp_path):
    f = load_text(tmp_path, "lg.txt", DECIDED_IN_A_SENTENCE)
    assert any(d.startswith("huvudmännen ska beakta analysen") and "Per" not in d for d in f["decisions"])
    assert any(who == ("Per Åsberg",) and task.startswith("ta frågan till") for who, task in f["assignments"])
