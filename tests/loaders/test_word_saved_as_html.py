"""Minutes a word processor saved as a web page: a Word header's tab stops are written out as tab characters
between the words of a line, beside the tabs and line breaks the markup wraps its lines with. A tab between two
words parts a header's cells ("Kommunstyrelsens arbetsutskott<tab>Sammanträdesdatum 2026-04-14"), as the Word
reader reads them; the markup's own wrapping stays a space."""
from __future__ import annotations

from pathlib import Path

from samverkan.loaders.formats import read_html
from tests.loaders.test_read_formats import facts

PAGE = """<html><head><meta charset="utf-8"><title></title></head>
<body lang="sv-SE" dir="ltr">
<div title="header"><p style="line-height: 100%">
\tBJÖRKÅ KOMMUN\tSAMMANTRÄDESPROTOKOLL<br/>
Kommunstyrelsens
\tarbetsutskott\tSammanträdesdatum 2026-04-14</p>
</div>
<p>Plats och tid: Kommunhuset Björkå, kl. 08.30–11.40</p>
<p>Närvarande ledamöter</p>
<p>Anders Lövgren (S), ordförande<br/>Gunilla Marsk (C), vice ordförande<br/>Petter Hagström (M)</p>
<p>§ 45 Val av justerare</p>
<p>Arbetsutskottet beslutar att utse Gunilla Marsk att justera protokollet.</p>
</body></html>
"""


def test_tab_stops_part_a_header_s_cells_and_the_markup_s_wrapping_does_not():
    lines = read_html(Path("ksau.html"), PAGE.encode()).split("\n")
    assert lines[:2] == ["BJÖRKÅ KOMMUN   SAMMANTRÄDESPROTOKOLL",
                         "Kommunstyrelsens arbetsutskott   Sammanträdesdatum 2026-04-14"]


def test_the_body_named_in_a_header_of_tab_stops_is_the_body_that_met(tmp_path):
    page = tmp_path / "ksau_bjorka_2026-04-14.html"
    page.write_text(PAGE, encoding="utf-8")
    f = facts(page, tmp_path)
    assert f["body"] == "Kommunstyrelsens arbetsutskott, Björkå kommun"
    assert {who for who, body, _ in f["memberships"] if body == f["body"]} == {
        "Anders Lövgren", "Gunilla Marsk", "Petter Hagström"}
