"""Habits of taktisk and operativ bodies' notes: one decided sentence that holds two of the body's acts joined by
"och" ("Gruppen fastställer dagordningen och utser Eva Ek till justerare", "… beslutar att hålla möte två gånger
per termin och utser Per Lund till sammankallande", "godkänner rapporten och överlämnar den till styrgruppen"),
each a decided point of its own; each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "m.txt", text)


TWO_ACTS = """Samverkansgrupp vuxna Åby
Minnesanteckningar 2027-03-03

Närvarande
Eva Ek, ordförande, Åby kommun
Per Lund, Norrby kommun
Karin Holm, Region Åby

1. Mötets öppnande
Gruppen fastställer dagordningen och utser Per Lund till justerare.

2. Mötesformer
Karin Holm tog upp att mötena varit oregelbundna. Gruppen beslutar att hålla möte två gånger per termin och utser
Karin Holm till sammankallande.

3. Årsrapport
Beslut: Gruppen godkänner årsrapporten för 2026 och överlämnar den till styrgruppen i Åby.
"""


def test_one_sentence_two_acts_of_the_body(tmp_path):
    """"fastställer dagordningen och utser Per Lund till justerare": the agenda set and the justerare chosen are
    two decided points, the second in the infinitive as the first; an appointment after any decided point too,
    and an approval handed on."""
    f = _load(tmp_path, TWO_ACTS)
    d = f["decisions"]
    assert "fastställa dagordningen" in d, d
    assert "utse Per Lund till justerare" in d, d
    assert "hålla möte två gånger per termin" in d, d
    assert any(x.startswith("utse Karin Holm till sammankallande") for x in d), d
    assert any(x.startswith("godkänner årsrapporten för 2026") and "överlämnar" not in x for x in d), d
    assert any(x.startswith("överlämnar den till styrgruppen") for x in d), d
