"""A working group's notes kept on a shared wiki page: under the page's title, the wiki's record of who last
edited it ("Senast ändrad 2026-11-27 av X") comes before the meeting's own heading with its day, and the group's
standing line is a label with the group as its subject ("Gruppen rapporterar till: X")."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

WIKI = """# Operativ arbetsgrupp för hemtjänstplanering – Åby

Sida i *Wikin* › Vård och omsorg › Arbetsgrupper
Senast ändrad 2027-03-12 av Eva Lindqvist

## Möte 2027-03-10

**Tid:** 13.00–14.30 **Plats:** Kommunhuset, Åby
Gruppen rapporterar till: Samverkansgrupp äldre Åby

### Närvarande
- Eva Lindqvist, samordnare, Åby kommun (sammankallande)
- Per Nyholm, sjuksköterska, Region Norrby

### Beslut
- Gruppen beslutar att prova nya körlistor från april.
"""


def test_the_page_edit_stamp_is_not_the_meeting_day(tmp_path):
    """"Senast ändrad 2027-03-12 av …" over "## Möte 2027-03-10": the group met on the heading's day."""
    f = load_text(tmp_path, "ag.md", WIKI)
    assert f["date"] == "2027-03-10"


def test_a_reporting_label_with_the_group_as_its_subject(tmp_path):
    f = load_text(tmp_path, "ag.md", WIKI)
    assert ("Operativ arbetsgrupp för hemtjänstplanering, Åby", "Samverkansgrupp äldre Åby", "reports_to") in \
        f["mandates"], f["mandates"]
