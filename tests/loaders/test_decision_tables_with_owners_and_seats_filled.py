"""Habits of a further set of sister secretaries: a Word "Nr | Ärende | Beslut | Ansvarig | Klart" table whose item
cell holds its heading and then what was said, with who carries each decision out and by when in columns of their
own; a plain-text roster whose headings put the seat before the status ("Ledamöter närvarande", "Ledamöter
frånvarande"); a nämnd's decision that releases one member and elects another "i hennes ställe" in one clause; a
representative appointed "med NN som personlig ersättare"; and a reporting line changed from a day on, the subject
after the verb ("Från och med 1 juni rapporterar processteamet löpande till …").
"""
from __future__ import annotations

from pathlib import Path

import docx

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import _decision_rows_apart
from tests.loaders.test_read_formats import facts
from tests.loaders.test_rules import facts_of, read
from samverkan.loaders.rules import Example


def _word(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Styrgrupp Nära vård Norrby – minnesanteckningar")
    d.add_paragraph("Datum: onsdag 14 april 2027, kl. 09.00–11.30")
    d.add_paragraph("Deltagare: Eva Strand, Region Norrby, ordförande; Per Holm, Åby kommun")
    t = d.add_table(rows=1, cols=5)
    for c, h in zip(t.rows[0].cells, ["Nr", "Ärende", "Beslut", "Ansvarig", "Klart"]):
        c.text = h
    for row in [("1", "Dagordning", "Dagordningen fastställdes.", "–", "–"),
                ("2", "Arbetsgrupp SIP – arbetsplan 2027\nEva Strand presenterade arbetsgruppens förslag till plan.",
                 "Styrgruppen godkänner arbetsplanen.", "Eva Strand", "2027-10-13"),
                ("3", "Information från huvudmännen\nÅby: Per Holm berättade om korttidsplatserna.",
                 "Informationen noterades.", "Per Holm", "2027-05-26"),
                ("4", "Nästa möte", "26 maj 2027 via Teams.", "Eva Strand", "–")]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    path = tmp_path / "sg.docx"
    d.save(path)
    return path


def test_a_decision_table_with_owner_and_due_columns_is_read_row_by_row(tmp_path):
    got = facts(_word(tmp_path), tmp_path)
    assert [n for n, _ in got["items"]] == ["1", "2", "3", "4"]
    assert ("2", "Arbetsgrupp SIP – arbetsplan 2027") in got["items"]
    assert ("3", "Information från huvudmännen") in got["items"]
    assert any("godkänner arbetsplanen" in d for d in got["decisions"])


def test_the_owner_and_due_cells_follow_the_decision_as_labelled_lines():
    text = ("Nr\tÄrende\tBeslut\tAnsvarig\tKlart\n"
            "2\tArbetsgrupp SIP – arbetsplan 2027 Eva Strand presenterade arbetsgruppens förslag till plan.\t"
            "Styrgruppen godkänner arbetsplanen.\tEva Strand\t2027-10-13\n"
            "3\tNästa möte\t26 maj 2027.\t–\t–\n")
    out = _decision_rows_apart(text).split("\n")
    assert out[:5] == ["§ 2 Arbetsgrupp SIP – arbetsplan 2027", "Eva Strand presenterade arbetsgruppens förslag till plan.",
                       "Beslut: Styrgruppen godkänner arbetsplanen.", "Ansvarig: Eva Strand", "Klart: 2027-10-13"]
    assert "Ansvarig: –" not in out and "§ 3 Nästa möte" in out


ROSTER = """Styrgrupp Nära vård Norrby
Minnesanteckningar 2027-03-04

Ledamöter närvarande
  Gustav Ek              Region Norrby, områdeschef nära vård – ordf.
  Siri Lund              Åby kommun, MAS
Ledamöter frånvarande
  Rasmus Berg            Region Norrby, verksamhetschef primärvård

1. Dagordning
Dagordningen godkändes.
"""


def test_roster_headings_with_the_seat_before_the_status():
    att = {a.name: a.status for a in parse_minutes(ROSTER, "sg.txt").attendance}
    assert att.get("Gustav Ek") == "present" and att.get("Siri Lund") == "present"
    assert att.get("Rasmus Berg") == "absent"


def test_released_and_another_elected_in_her_place_in_one_clause():
    r = read(Example("att Anna Lund (L) entledigas från uppdraget som ersättare i socialnämndens arbetsutskott och "
                     "Per Holm (M) väljs i hennes ställe för tiden till och med den 31 december 2030.",
                     body="Socialnämnden, Åby kommun", decision=True))
    ms = facts_of(r, "membership")
    assert any(m[1] == "per holm" and "arbetsutskott" in m[2] and m[3] == "replace" for m in ms)
    assert any(m[1] == "anna lund" and m[3] == "leave" for m in ms)
    assert any(a[1] == ["per holm"] and a[2].startswith("vara ersättare i socialnämndens arbetsutskott") for a in facts_of(r, "assignment"))


def test_a_personal_deputy_told_after_the_seat_with_med_som():
    r = read(Example("att utse Anna Lund (S) till nämndens representant i Politiskt samråd Österland för mandatperioden "
                     "2027–2030, med Per Ek (M) som personlig ersättare,", body="Socialnämnden, Åby kommun", decision=True))
    assert ("membership", "per ek", "politiskt samråd österland", "join") in facts_of(r, "membership")
    assert any(a[1] == ["per ek"] and "personlig ersättare för anna lund" in a[2] for a in facts_of(r, "assignment"))


def test_a_reporting_line_from_a_day_on_with_the_subject_after_the_verb():
    r = read(Example("Processteamet har hittills rapporterat direkt till ledningsgruppen. Från och med 1 juni rapporterar "
                     "processteamet löpande till Styrgrupp Nära vård, som i sin tur lyfter principiella frågor hit.",
                     body="Ledningsgruppen för samverkan"))
    assert ("mandate", "processteamet", "styrgrupp nära vård", "reports_to") in facts_of(r, "mandate")


ROUND = """Styrgrupp Nära vård Norrby
Minnesanteckningar 2027-03-04

Ledamöter närvarande
  Gustav Ek              Region Norrby, områdeschef nära vård – ordf.
  Siri Lund              Åby kommun, MAS

1. Runda från huvudmännen
- Åby kommun (Siri Lund): Ny larmcentral tas i drift i april.
- Region Norrby (Gustav Ek): Vårdcentralerna inför fast läkarkontakt under våren.
"""


def test_a_round_from_the_huvudman_each_line_headed_by_its_teller_in_brackets():
    (item,) = parse_minutes(ROUND, "sg.txt").items
    assert set(item.presenters) == {"Siri Lund", "Gustav Ek"}
