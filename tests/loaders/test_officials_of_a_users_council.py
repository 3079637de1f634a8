"""A users' council (brukarråd) whose members speak for associations: the huvudmän's people who come to serve it,
holding no office of the council, are officials with no seat; a chair or secretary from a huvudman keeps hers."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

NOTES = """Brukarrådet psykisk hälsa Åby
Anteckningar från rådsmötet tisdagen den 9 mars 2027, kl. 17.30–19.30

Från RSMH Åby kom Eva Ek, som är rådets ordförande, och Bo Lind. Attention Åby representerades av Siv Berg och FUB Åby av Kim Holm. Från Region Åby deltog Lisa Ahl, samordnare för samverkansgrupp psykisk hälsa. Anteckningarna skrevs av Bo.

1. Välkommen

Eva hälsade alla välkomna. Dagordningen godkändes.

2. Boendestöd

Lisa berättade om boendestödet i Åby.
"""


def _roles(text):
    return {a.name: (a.status, a.roles) for a in parse_minutes(text, "brukarrad_aby_2027-03-09.txt").attendance}


def test_a_huvudmans_official_holds_no_seat():
    got = _roles(NOTES)
    assert got["Lisa Ahl"] == ("present", [])
    assert "ledamot" in got["Siv Berg"][1] and "ledamot" in got["Kim Holm"][1]
    assert "ordförande" in got["Eva Ek"][1]


def test_in_another_kind_of_body_she_keeps_her_seat():
    got = _roles(NOTES.replace("Brukarrådet psykisk hälsa Åby", "Samverkansgrupp psykisk hälsa Åby"))
    assert "ledamot" in got["Lisa Ahl"][1]
