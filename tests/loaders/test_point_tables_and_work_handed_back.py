"""Notes written as a markdown table a point ("Punkt | Information/diskussion | Beslut/åtgärd | Ansvarig"), more of a
point on a row whose item cell is empty, an approval and a decision told in one sentence, and a body the notes set to
work that hands its work back to the body that met; each read on a small minutes of its own, loaded alone.
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


HANDED_IN = """Samverkansgrupp Barn Norrby
Minnesanteckningar 2029-05-02

Närvarande: Eva Ek, Norrby kommun (ordförande); Bo Berg, Region Norrby

1. Plan för introduktion
Samverkansgruppen beslutade att tillsätta en skrivgrupp med Eva Ek och Bo Berg.
Skrivgruppen lämnar ett utkast till planen till samverkansgruppen 2029-09-10.
"""


def test_work_handed_in_to_the_body_that_met_is_reported_to_it(tmp_path):
    f = load_text(tmp_path, "sg_barn_norrby.txt", HANDED_IN)
    assert ("Skrivgruppen", "Samverkansgrupp Barn Norrby", "reports_to") in f["mandates"]
    assert ("Samverkansgrupp Barn Norrby", "Skrivgruppen", "delegates") in f["mandates"]
