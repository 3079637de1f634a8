"""A wiki page exported and copied without its Markdown marks: its title "Space : 2027-02-05 Mötesanteckningar" on
the first line is the page's title with the space after it, as the marked "# Space : …" is, and the body the page
names under it is the body that met."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

PAGE = """{mark}Kuratorsnätverket Åsby : 2027-02-05 Mötesanteckningar

Created by Maja Lind, last modified by Olof Berg on feb 08, 2027

{bold}Regionalt nätverk för skolkuratorer i Åsby län{bold}

| Datum | 2027-02-05, kl. 09.00–11.00 |
| Plats | Teams |

Deltagare

| Namn | Kommun | Närvaro |
|------|--------|---------|
| Maja Lind | Åby kommun | (/) |
| Olof Berg | Öby kommun | (/) |

Diskussionspunkter

| Tid | Punkt | Vem | Anteckningar |
|-----|-------|-----|--------------|
| 09.00 | 1. Återkoppling | Maja | Anteckningarna från förra mötet godkändes. |
| 09.30 | 2. Skolfrånvaro | Olof | Beslut: nätverket tar fram en gemensam rutin. Olof Berg skriver ett utkast till mars. |
"""


def test_the_plain_wiki_title_is_read_as_the_marked_one():
    marked = parse_minutes(PAGE.format(mark="# ", bold="**"))
    plain = parse_minutes(PAGE.format(mark="", bold=""))
    assert marked.body == plain.body == "Regionalt nätverk för skolkuratorer i Åsby län"
    assert plain.date == "2027-02-05"


def test_a_title_with_a_colon_and_no_wiki_date_is_as_typed():
    text = PAGE.format(mark="", bold="").replace("Kuratorsnätverket Åsby : 2027-02-05 Mötesanteckningar",
                                                 "Kuratorsnätverket Åsby : Mötesanteckningar")
    assert parse_minutes(text).quote is None or "Mötesanteckningar – Kuratorsnätverket" not in parse_minutes(text).quote
