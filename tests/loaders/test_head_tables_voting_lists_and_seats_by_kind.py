"""Political minutes of a kommun and its region's joint bodies: a markdown head typed as a pipe table, the roster
of a fullmäktige given only by its närvaro- och omröstningslista, seats chosen by their kind ("som ordinarie och
… som ersättare"), and what follows from them.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

AU_MD = """| **ÅBY KOMMUN** | **SAMMANTRÄDESPROTOKOLL** |
|---|---|
| Kommunstyrelsens arbetsutskott | Sammanträdesdatum 2031-03-14 |

**Plats och tid:** Kommunhuset, kl. 08.30–11.00

**Beslutande ledamöter**
- Eva Ekström (S), ordförande
- Per Lindgren (M)

### § 1 Val av justerare

**Arbetsutskottets beslut**
Per Lindgren utses att jämte ordföranden justera protokollet.
"""


def test_a_markdown_head_table_names_the_body_and_the_day(tmp_path):
    got = load_text(tmp_path, "au.md", AU_MD)
    assert (got["body"], got["date"]) == ("Kommunstyrelsens arbetsutskott, Åby kommun", "2031-03-14")
    assert ("Eva Ekström", "Kommunstyrelsens arbetsutskott, Åby kommun", "member") in got["memberships"]
