"""The meeting's approval of its own papers told in the running text of an item that also has a formal decision.

"Ordföranden öppnar sammanträdet. Dagordningen fastställs utan ändringar." above "PSVO beslutar att utse … att
justera protokollet": what comes before a decision block is mostly the case it decides, but the agenda and the
last minutes approved are decisions of their own. Where the block approves the same papers, they are read once."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

PROTOCOL = """Protokoll PSVO 2027-03-04

Närvarande: Magdalena Persson (S), ordförande; Christer Lund (M); Therese Wikström, sekreterare

§ 1 Öppnande och val av justerare
Ordföranden hälsar välkommen och öppnar sammanträdet. Dagordningen fastställs utan ändringar.

PSVO beslutar att utse Christer Lund (M) att tillsammans med ordföranden justera dagens protokoll.

§ 2 Föregående protokoll
Ordföranden hälsade välkommen. Protokollet från 2027-01-28 godkändes.
Beslut: Protokollet från 2027-01-28 godkänns.
"""


def _decisions():
    return [(d.item, d.text.rstrip(".")) for d in parse_minutes(PROTOCOL, "protokoll.txt").decisions]


def test_the_agenda_approved_before_the_items_decision():
    got = _decisions()
    assert ("1", "fastställa dagordningen utan ändringar") in got
    assert ("1", "utse Christer Lund (M) att tillsammans med ordföranden justera dagens protokoll") in got
    # the papers the block approves itself are read once
    assert [d for d in got if d[0] == "2"] == [("2", "Protokollet från 2027-01-28 godkänns")]
