"""Attendance as two more secretaries mark it: a markdown roster whose Närvaro column ticks "✔" and crosses
"✖" (a heavy cross is as away as a ballot cross), with "✔ (ersätter …)" for a stand-in; and a roster per
huvudman where the stand-in's line names the absent member in brackets alone ("Sara Ek, utvecklingsledare
(för Johan Lind)").
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

CROSSED = """# Lokal samverkansgrupp Åby

**Minnesanteckningar** · torsdag 4 maj 2028 · vårdcentralen

## Deltagare

| Namn | Funktion | Organisation | Närvaro |
|------|----------|--------------|:-------:|
| Kristina Holm | verksamhetschef (ordförande) | Region Norrby | ✔ |
| Henrik Bäck | enhetschef hemtjänsten | Åby kommun | ✖ |
| Lina Strand | enhetschef IFO | Åby kommun | ✔ (ersätter Henrik Bäck) |
| Sara Lund | avdelningschef | Region Norrby | ❌ |

### 1. Föregående anteckningar
Anteckningarna godkändes.
"""

BRACKETED = """Styrgrupp nära vård – minnesanteckningar 2028-05-16

Närvaro
Region Norrby
Inga Ek, samordnare – ordförande
Åby kommun
Sara Berg, utvecklingsledare (för Johan Lind)
Ekå kommun
Per Holm, socialchef (för Region Norrby)

1. Dagordning
Dagordningen fastställdes.
"""


def test_a_crossed_presence_cell_is_away_and_a_ticked_stand_in_an_ersattare(tmp_path):
    att = load_text(tmp_path, "crossed.md", CROSSED)["attendance"]
    assert ("Henrik Bäck", "absent", ("ledamot",)) in att
    assert ("Sara Lund", "absent", ("ledamot",)) in att
    assert ("Lina Strand", "present", ("ersättare",)) in att


def test_a_name_alone_in_brackets_after_for_is_the_member_stood_in_for(tmp_path):
    att = {a[0]: a[1:] for a in load_text(tmp_path, "bracketed.txt", BRACKETED)["attendance"]}
    assert att["Sara Berg"] == ("present", ("ersättare",))
    assert att["Johan Lind"][0] == "absent"
    assert att["Per Holm"][0] == "present" and "Region Norrby" not in att
