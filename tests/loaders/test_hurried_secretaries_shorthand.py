"""Notes a hurried secretary types: "Förh:" over the absent, an item titled "Avvikelser fr. Åby" (a short
preposition's dot before a place), "Överenskommet att starta en arbetsgrupp "X": EK (sammank.), PL och BÖ" (the
participle alone; the seats after the colon no part of what was decided, the group's name in quotes) and "Sista
mötet för EK" (a member's last meeting, by her initials)."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """PT Hemgång Åby – anteckn. 3/3 2027
Tid: 13.15–14.45, Teams
Närv: EK, PL, BÖ
Förh: SN
Ant: PL

EK = Eva Karlsson, enhetschef, Åby kommun
PL = Per Lindgren, sjuksköterska, Region Norrby
BÖ = Britt Öst, MAS, Ekby kommun
SN = Sara Nyström, arbetsterapeut, Ekby kommun

1. Föreg. anteckn.
Inga synpunkter.

2. Avvikelser fr. Ekby
BÖ redogjorde. 5 avvikelser i feb. Kan inte lösas här.
Lyfts till LG Norrby 23/3.

3. Checklista
Överenskommet att starta en arbetsgrupp "Checklista hemgång": EK (sammank.), PL och BÖ.

4. Gruppen
Sista mötet för EK, hon går till annan tjänst fr. 1/4.
"""


def test_the_absent_under_forh_and_an_item_titled_with_fr(tmp_path):
    f = load_text(tmp_path, "pt_aby.txt", NOTES)
    assert ("Sara Nyström", "absent") in [(who, status) for who, status, _ in f["attendance"]]
    assert [n for n, _ in f["items"]] == ["1", "2", "3", "4"]
    assert ("2", "Avvikelser fr. Ekby") in f["items"]


def test_agreed_in_the_participle_without_the_seats_after_the_colon(tmp_path):
    f = load_text(tmp_path, "pt_aby.txt", NOTES)
    assert 'starta en arbetsgrupp "Checklista hemgång"' in f["decisions"]
    assert any(kind == "delegates" and to.casefold() == "arbetsgrupp checklista hemgång" for _, to, kind in f["mandates"])


def test_last_meeting_for_a_member_by_her_initials_is_her_leaving(tmp_path):
    f = load_text(tmp_path, "pt_aby.txt", NOTES)
    assert ("Eva Karlsson", "PT Hemgång Åby", "leave") in f["memberships"]
