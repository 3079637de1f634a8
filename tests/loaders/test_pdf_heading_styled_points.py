"""Notes whose points are headed in a heading style (larger bold letters, no number), printed to PDF: the
page sets each heading straight under the text before, with no blank line, yet each still heads a point.

The PDF is made from Markdown by the bench's renderer, as Word or LibreOffice prints such notes."""
from __future__ import annotations

from tests.loaders.test_read_formats import facts

NOTES = """# Operativ arbetsgrupp ensamkommande – Granhöjd

## Möte 2027-02-11

**Tid:** 09.00–10.30 **Plats:** Socialkontoret, Granhöjd

### Närvarande
- Petra Lindqvist, enhetschef, Granhöjds kommun (sammankallande)
- Oskar Brandt, socialsekreterare, Granhöjds kommun
- Hanna Vikström, kurator, Region Norrfjäll

### Läget
Oskar berättade att fyra ungdomar flyttat till utslussningslägenheter under januari.

### Beslut
- Gruppen beslutar att ta fram en gemensam checklista för utslussning.

### Nästa steg
Hanna Vikström tar fram ett utkast till checklistan till nästa möte.

### Att göra
- [ ] @Petra bokar lokal för vårens temadag till 1/3
- [ ] @Oskar sammanställer placeringarna till 15/3
"""


def test_pdf_points_headed_in_larger_bold_letters_read_as_points(tmp_path):
    """"Läget", "Beslut", "Nästa steg", "Att göra" in a heading's letters, each under the text before without
    a blank line: four points, their decision and tasks; the meeting's dated heading ("Möte 2027-02-11") and
    the roster's heading are none."""
    from bench.formats import render_pdf

    (tmp_path / "text").mkdir()
    text = tmp_path / "text" / "ag_ensamkommande_granhojd_2027-02-11.md"
    text.write_text(NOTES, encoding="utf-8")
    pdf = tmp_path / "ag_ensamkommande_granhojd_2027-02-11.pdf"
    render_pdf(NOTES, pdf)
    read = facts(pdf, tmp_path)
    titles = [t for _, t in read["items"]]
    assert len(titles) == 4, titles
    assert {"Läget", "Beslut", "Att göra"} <= set(titles)
    assert not any("2027" in t or "Närvarande" in t for t in titles)
    assert any("checklista" in d for d in read["decisions"])
    tasks = {names: task for names, task in read["assignments"]}
    assert ("Petra Lindqvist",) in tasks and ("Oskar Brandt",) in tasks
    assert read["items"] == facts(text, tmp_path / "text")["items"]
