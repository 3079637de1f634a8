"""Who opens a point with the work they have done, what they report or propose, or what they describe presents it.

"Sofia har sammanställt synpunkterna …", "Amira och Karolina har gått igenom de lokala rutinerna", "Lukas
rapporterade att …", "Göran föreslog att …", "Tobias beskrev två händelser …", "Yusuf beskriver …": the point's first sentence names
its presenter. The same words further into the point are remarks on it, and a body's work ("Gruppen har gått
igenom …") has no presenter.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

NOTES = """Arbetsgrupp välfärdsteknik
Anteckningar 2026-11-26

Närvarande: Sofia Engström, Tobias Kärr, Amira Saleh, Karolina Bergh, Lukas Berg, Göran Ek, Yusuf Demir

1. Rutin för digital nattillsyn
Sofia har sammanställt synpunkterna på remissversionen av rutinen. Gruppen fastställde rutinen.

2. Larmkedjan
Tobias beskrev två händelser i oktober då larmen inte nådde nattpatrullen.

3. Barn som anhöriga
Amira Saleh och Karolina Bergh har gått igenom de lokala rutinerna. Skillnaderna är stora.

4. Hjälpmedel
Lukas Berg rapporterade att hjälpmedelsgruppen har gått igenom sortimentet.

5. Utbildning
Göran föreslog att gruppen ordnar en utbildningsdag i mars. Gruppen var positiv.

6. Checklistan
Gruppen har gått igenom förslaget till checklista. Sofia föreslog att den prövas i december.

7. Väntan på utredning
Yusuf beskriver elever som väntat mer än ett år på utredning. Gruppen kan inte lösa väntetiderna lokalt.
"""


def _presenters() -> dict[str, list[str]]:
    return {it.number: it.presenters for it in parse_minutes(NOTES, "ag.txt").items}


def test_the_work_done_opening_a_point_presents_it():
    p = _presenters()
    assert p["1"] == ["Sofia Engström"]
    assert sorted(p["3"]) == ["Amira Saleh", "Karolina Bergh"]


def test_what_is_reported_proposed_or_described_first_presents_it():
    p = _presenters()
    assert p["2"] == ["Tobias Kärr"]
    assert p["4"] == ["Lukas Berg"]
    assert p["5"] == ["Göran Ek"]


def test_what_is_described_in_notes_kept_in_the_present_tense_presents_it():
    assert _presenters()["7"] == ["Yusuf Demir"]


def test_a_bodys_work_and_a_later_proposal_present_nothing():
    assert _presenters()["6"] == []
