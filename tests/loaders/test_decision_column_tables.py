"""Notes kept as one table a row a point, with what was decided in a column of its own beside the discussion and the
one responsible after it ("Punkt | Diskussion | Beslut | Ansvarig"), as a taktisk group's secretary keeps them."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """# Minnesanteckningar – Taktisk grupp rehabilitering, Åsby

**Datum:** 2027-02-11

**Närvarande:**
- Eva Ekholm, enhetschef, Region Åsby (sammankallande)
- Bo Lindell, rektor, Åsby kommun

## Mötespunkter

| Punkt | Diskussion | Beslut | Ansvarig |
|---|---|---|---|
| 1. Föregående anteckningar | Anteckningarna gicks igenom. | Anteckningarna godkändes. | – |
| 2. Rutin för överlämning | Rutinen har prövats på två enheter. | Gruppen fastställer rutinen för överlämning. | Bo Lindell sprider rutinen. |
| 3. Ny sekreterare | Sekreteraren slutar i mars. | Gruppen utser Eva Ekholm till sekreterare. | Eva Ekholm |
| 4. Övriga frågor | Inga synpunkter på listan. | – | Eva Ekholm skickar listan till Bo Lindell. |
| 5. Nästa möte | | Nästa möte 2027-03-18 i Åsby. | Eva Ekholm kallar. |
"""


def test_sentences_in_a_decision_column_are_decisions(tmp_path):
    got = load_text(tmp_path, "tg_rehab.md", NOTES)
    decisions = " | ".join(got["decisions"])
    assert any("anteckningarna" in d.casefold() for d in got["decisions"]), decisions
    assert any("fastställer rutinen för överlämning" in d for d in got["decisions"]), decisions


def test_a_row_without_discussion_keeps_its_item_and_decision(tmp_path):
    got = load_text(tmp_path, "tg_rehab.md", NOTES)
    assert ("5", "Nästa möte") in got["items"], got["items"]
    assert any("2027-03-18" in d for d in got["decisions"]), got["decisions"]


def test_a_dash_cell_decides_nothing(tmp_path):
    got = load_text(tmp_path, "tg_rehab.md", NOTES)
    assert not any("skickar listan" in d or d.strip().startswith("–") for d in got["decisions"]), got["decisions"]


def test_a_decision_whose_doer_is_only_named_stays_a_sentence(tmp_path):
    """Where the column after the decision only names who carries it out, the decision stays a sentence of the
    point, as such tables have long been read: the one named is the doer of what it says."""
    from samverkan.loaders.read import _onward_lines
    assert _onward_lines(["3. Ny", "Slutar.", "Gruppen utser Eva Ek till sekreterare.", "Eva Ek"],
                         [(2, "Beslut"), (3, "Ansvarig")]) == ["Gruppen utser Eva Ek till sekreterare.", "Ansvarig: Eva Ek"]
