"""Habits of secretaries not read before: a gemensam nämnd's protocol printed from a meeting system to PDF, whose
paragraphs keep no blank line, so the diary number stands on the line above "X-nämnden beslutar" and the numbered
points decided follow the bare heading, after a "Förslag till beslut" already told; a fullmäktige's elections with
"beslutar att godkänna avsägelsen och att begära ny sammanräkning" and "väljer vidare NN till ny ersättare … efter
MM"; "Kommunstyrelsen har berett motionen och föreslår att den anses besvarad"; a network's notes listing those
"Med på träffen:"; and a samverkansgrupp's Markdown notes naming the body it reports to in italics, its short name in
brackets, in a relative clause ("till *Regionala ledningsgruppen* (RLG-D) som gruppen rapporterar till, med …").
Each is read on a small minutes of its own, loaded alone into a fresh store."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


PRINTED = """PROTOKOLL
Gemensamma e-nämnden
Sammanträdesdatum: 2027-02-10
Beslutande
Ledamöter: Eva Holm (C), ordförande, Åby kommun
Per Lind (M), Ekby kommun
§ 1 Godkännande av dagordning
Dnr EN 2027/2
Gemensamma e-nämnden beslutar
Dagordningen godkänns.
§ 2 Verksamhetsplan 2027
Dnr EN 2026/44
Ärendebeskrivning
Planen har stämts av med kommundirektörsgruppen.
Förslag till beslut
Nämnden fastställer verksamhetsplanen.
Gemensamma e-nämnden beslutar
1. Verksamhetsplan 2027 fastställs.
2. Underskottet fördelas på kommunerna enligt fördelningsnyckeln.
"""


def test_a_diary_number_above_the_heading_is_no_part_of_the_decision(tmp_path):
    got = load_text(tmp_path, "gn.txt", PRINTED)
    assert "godkänna dagordningen" in got["decisions"]
    assert not any("Dnr" in d for d in got["decisions"])


def test_numbered_points_under_a_bare_heading_after_the_proposal_are_decided(tmp_path):
    got = load_text(tmp_path, "gn.txt", PRINTED)
    assert "Verksamhetsplan 2027 fastställs." in got["decisions"]
    assert "Underskottet fördelas på kommunerna enligt fördelningsnyckeln." in got["decisions"]


ELECTIONS = """ÅBY KOMMUN
Kommunfullmäktige
Sammanträdesdatum 2027-02-15

Ordförande: Anna Sten (S)

§ 15 Avsägelse av uppdrag som ersättare i kommunfullmäktige – Bo Nordh (SD)

Beslut
Kommunfullmäktige beslutar att godkänna avsägelsen och att begära ny sammanräkning hos Länsstyrelsen.

§ 16 Fyllnadsval till barn- och utbildningsnämnden

Beslut
Kommunfullmäktige väljer Lina Ek (KD) till ny ledamot i barn- och utbildningsnämnden.

Kommunfullmäktige väljer vidare Malin Berg (KD) till ny ersättare i barn- och utbildningsnämnden efter Lina Ek för återstoden av mandatperioden.

§ 17 Motion om ungdomsmottagning – svar

Nora Ås (V) föreslår i en motion att kommunen utreder en gemensam ungdomsmottagning. Kommunstyrelsen har berett motionen och föreslår att den anses besvarad.

Beslut
Kommunfullmäktige beslutar att motionen anses besvarad.
"""


def test_two_att_clauses_joined_by_och_are_two_decisions(tmp_path):
    got = load_text(tmp_path, "kf.txt", ELECTIONS)
    assert "att godkänna avsägelsen" in got["decisions"] or "godkänna avsägelsen" in got["decisions"]
    assert any(d.startswith(("att begära ny sammanräkning", "begära ny sammanräkning")) for d in got["decisions"])


def test_the_further_choice_of_an_election_is_a_seat(tmp_path):
    got = load_text(tmp_path, "kf.txt", ELECTIONS)
    assert any(m[0] == "Malin Berg" and m[1].startswith("Barn- och utbildningsnämnden") for m in got["memberships"])


def test_the_styrelse_that_prepared_a_motion_proposes_to_fullmaktige(tmp_path):
    got = load_text(tmp_path, "kf.txt", ELECTIONS)
    assert any(f.startswith("Kommunstyrelsen") and t.startswith("Kommunfullmäktige") and k == "recommends"
               for f, t, k in got["mandates"])


NETWORK = """NÄTVERKET FÖR SKOLSKÖTERSKOR I ÅBY
Minnesanteckningar

Träff:    onsdag 3/2 2027, 14.00-16.00
Antecknat av: Rebecka Holm

Med på träffen:
Rebecka Holm (Norrskolan), Ylva Strand (Centralskolan),
Johan Åhlin (Bäckaskolan)

1) Föregående anteckningar
Gicks igenom, inga frågor.
"""


def test_those_med_pa_traffen_attended(tmp_path):
    got = load_text(tmp_path, "ssk.txt", NETWORK)
    present = {a[0] for a in got["attendance"] if a[1] == "present"}
    assert {"Ylva Strand", "Johan Åhlin"} <= present


DIGITAL = """# Regional samverkansgrupp för digital infrastruktur – Norrby län

**Anteckningar från möte 2027-01-27**, Teams

## Närvarande

| Namn | Organisation |
|---|---|
| Henrik Vall | Region Norrby |
| Camilla Örn | Åby kommun |

## 1. Mobiltäckning
Gruppen är enig om att frågan behöver lyftas högre. Henrik skriver ett underlag till *Regionala ledningsgruppen för digitalisering* (RLG-D) som gruppen rapporterar till, med förslag om en dialog med operatörerna.
"""


def test_a_name_in_markdown_italics_is_read_without_its_asterisks(tmp_path):
    from samverkan.loaders.clean import clean

    assert clean("Ett underlag till *Regionala ledningsgruppen* (RLG-D).").lines == [
        "Ett underlag till Regionala ledningsgruppen (RLG-D)."]


def test_the_body_in_a_relative_clause_with_its_short_name_is_reported_to(tmp_path):
    got = load_text(tmp_path, "di.md", DIGITAL)
    assert any(f.startswith("Regional samverkansgrupp för digital infrastruktur") and
               t.startswith("Regionala ledningsgruppen för digitalisering") and k == "reports_to"
               for f, t, k in got["mandates"])
    assert not any(t.endswith("*") for _, t, _ in got["mandates"])
