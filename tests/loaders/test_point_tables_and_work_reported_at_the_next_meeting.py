"""Notes written as a markdown table a point ("Punkt | Information/diskussion | Beslut/åtgärd | Ansvarig"), more of a
point on a row whose item cell is empty, an approval and a decision told in one sentence, a report from a
samverkansgrupp that the body that met approves, and a body the notes set to work that reports back at the next
meeting of the body that met; each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


POINT_TABLES = """# Samverkansgrupp Äldre Åby

**Minnesanteckningar** · 2029-06-11 kl. 13.00–15.30 · Åby kommunhus

**Deltagare:** Eva Ek (ordf.), Åby kommun, enhetschef; Bo Berg, Region Norrby, geriatriker

---

| Punkt | Information/diskussion | Beslut/åtgärd | Ansvarig |
|---|---|---|---|
| 1. Inledning | Ordföranden hälsade välkommen. | Dagordningen godkändes. | – |

| Punkt | Information/diskussion | Beslut/åtgärd | Ansvarig |
|---|---|---|---|
| 2. Fallprevention | Bo Berg redovisade kartläggningen. | Gruppen godkände rapporten och beslutade att genomföra en kampanj vecka 40. | BB |
|  | Material behöver tryckas. | Arbetsgrupp fallskador tar fram materialet och redovisar kostnaden vid nästa möte. | BB |
"""


def test_a_table_a_point_with_an_information_column_and_rows_going_on(tmp_path):
    f = load_text(tmp_path, "sg_aldre_aby.md", POINT_TABLES)
    assert [n for n, _ in f["items"]] == ["1", "2"]
    assert "godkänna dagordningen" in f["decisions"]
    # the second row of point 2 is more of that point: its task is read
    assert any("materialet" in task for _, task in f["assignments"])


def test_an_approval_and_a_decision_in_one_sentence_are_two_points(tmp_path):
    f = load_text(tmp_path, "sg_aldre_aby.md", POINT_TABLES)
    assert "godkänna rapporten" in f["decisions"]
    assert "genomföra en kampanj vecka 40" in f["decisions"]


def test_a_body_reporting_at_the_next_meeting_is_delegated_to(tmp_path):
    f = load_text(tmp_path, "sg_aldre_aby.md", POINT_TABLES)
    assert ("Samverkansgrupp Äldre Åby", "Arbetsgrupp fallskador", "delegates") in f["mandates"]
    assert ("Arbetsgrupp fallskador", "Samverkansgrupp Äldre Åby", "reports_to") in f["mandates"]


REPORT_TAKEN = """Ledningsgruppen för vård och omsorg i Åby (LÅV)
Protokoll 2029-06-14

Närvarande: Eva Ek, Åby kommun (ordförande); Bo Berg, Region Norrby

§ 1 Dagordning
Beslut: LÅV godkänner dagordningen.

§ 2 Rapport från Samverkansgrupp Barn i Åby
Per Holm föredrog samverkansgruppens halvårsrapport.
Beslut: LÅV godkänner rapporten och lägger den till handlingarna.
"""


def test_a_report_from_a_samverkansgrupp_the_body_approves_is_reported_to_it(tmp_path):
    f = load_text(tmp_path, "lav_aby.txt", REPORT_TAKEN)
    assert ("Samverkansgrupp Barn i Åby", "Ledningsgrupp för vård och omsorg i Åby", "reports_to") in f["mandates"]
