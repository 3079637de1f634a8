"""A list of decisions printed as a table under the points' numbers ("Ärende | Beslut | Ansvarig"), a decision
wrapped over two lines of its cell: the PDF's text gives the cells a line each, and the wrapped decision's
second line under its responsible. Read with the page's layout, each row is the point's number, the decision
and who sees to it, as the text and the Word document read."""
from __future__ import annotations

from samverkan.bench.formats import render_pdf
from tests.loaders.test_read_formats import facts, load_text

MINUTES = """\
# Läkemedelskommittén i Region Norrmark
## Terapigrupp Diabetes – minnesanteckningar

**Datum:** 2027-02-10, kl. 13.00–15.00
**Plats:** Norrby lasarett, konferensrum Insulinet

### Deltagare

- Agnes Wallin, överläkare, medicinkliniken (ordförande)
- Hugo Sjöberg, distriktsläkare, Hälsocentralen Strandby
- Elin Rask, diabetessjuksköterska, Hälsocentralen Ekudden
- Viktor Lundell, apotekare, Läkemedelsenheten (sekreterare)

### 1. Inledning

Agnes Wallin hälsade välkommen. Anteckningarna från förra mötet godkändes.

### 2. Rekommendationslistan 2028

Viktor Lundell gick igenom inkomna synpunkter på avsnittet om diabetes.

### 3. Kontinuerlig glukosmätning

Elin Rask redovisade erfarenheterna av glukosmätning i primärvården.

### 4. Beslut och uppdrag

| Ärende | Beslut | Ansvarig |
|---|---|---|
| 2 | Metformin kvarstår som förstahandsval vid typ 2-diabetes hos vuxna utan njursvikt i rekommendationslistan | Viktor Lundell |
| 3 | Terapigruppen ställer sig bakom förslaget om kontinuerlig glukosmätning och överlämnar det till läkemedelskommittén | Agnes Wallin |
| 3 | Elin Rask utses till terapigruppens representant i den regionala arbetsgruppen för diabetesteknik | Elin Rask |

### 5. Nästa möte

2027-04-14 kl. 13.00.
"""


def test_each_row_is_a_decision_with_its_responsible_as_in_the_text(tmp_path):
    text = load_text(tmp_path, "lkm_diabetes_2027-02-10.md", MINUTES)
    assert any(d.startswith("Metformin kvarstår") for d in text["decisions"]), text["decisions"]
    (tmp_path / "pdf").mkdir()
    pdf = tmp_path / "pdf" / "lkm_diabetes_2027-02-10.pdf"
    render_pdf(MINUTES, pdf)
    got = facts(pdf, tmp_path / "pdf")
    assert got["decisions"] == text["decisions"]
    assert got["assignments"] == text["assignments"]
    assert any(who == ("Viktor Lundell",) and "förstahandsval vid typ 2-diabetes" in task for who, task in got["assignments"])
