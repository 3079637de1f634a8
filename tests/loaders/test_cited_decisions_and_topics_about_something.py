"""Two readings of a styrgrupp's notes: another body's decision cited by its meeting's date ("LSVO beslutar
(2028-04-14, § 31) att styrgruppen ges i uppdrag att …") is background, no decision of the body that met, even
where a PDF's line break leaves the citation short; and a working body named for what its topic is about,
"Arbetsgrupp spel om pengar", keeps its "om" and the indefinite noun after it (while "informerade Arbetsgrupp
SIP om läget" tells the body something, and "förslaget från Processteam trygg utskrivning om telefonkontakt"
what the proposal is about).
"""
from __future__ import annotations

from samverkan.loaders.relations import find_groups
from tests.loaders.test_read_formats import load_text

NOTES = """STYRGRUPP BEROENDE NORRBY
Minnesanteckningar från möte tisdagen den 9 maj 2028, Teams

Närvarande: Josefin Ek (Region Norrby), ordf.; Mikael Ström (Region Norrby), sekr.; Emelie Dal (Åby)

1. Uppdrag från LVO
LVO beslutar (2028-04-14, § 31) att Styrgrupp beroende Norrby ges i
uppdrag att ta fram en plan för tidig upptäckt av spelproblem.
Planen ska redovisas för LVO senast i december 2028.

Beslut: Arbetsgrupp spel om pengar får i uppdrag att ta fram ett första utkast till planen.

2. Övrigt
Inget att notera.
"""


def test_a_decision_cited_by_its_meetings_date_is_no_decision_of_this_meeting(tmp_path):
    decisions = load_text(tmp_path, "notes.txt", NOTES)["decisions"]
    assert not [d for d in decisions if "2028-04-14" in d or "Planen ska" in d]
    assert any(d.startswith("Arbetsgrupp spel om pengar får i uppdrag") for d in decisions)


def test_a_topic_about_an_indefinite_noun_keeps_its_om():
    names = lambda t: [g.name for g in find_groups(t)]
    assert names("Arbetsgrupp spel om pengar får i uppdrag att ta fram ett utkast.") == ["Arbetsgrupp spel om pengar"]
    assert names("Eva informerade Arbetsgrupp SIP om läget.") == ["Arbetsgrupp SIP"]
    assert names("förslaget från Processteam trygg utskrivning om telefonkontakt.") == ["Processteam trygg utskrivning"]
