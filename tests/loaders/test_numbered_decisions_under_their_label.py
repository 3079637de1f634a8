"""Decisions numbered "1)", "2)" under their label ("Beslut:") inside a point are that point's decisions, never
items of the agenda: the points stay as the minutes number them ("Punkt A", "Punkt B", or "1)" themselves)."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

NOTES = """Minnesanteckningar – Samverkansgrupp barn och unga, Norrdal
Mötesdatum: torsdag 9 oktober 2025, 13.00–15.30

Närvarande: Helena Forsberg (ordförande), Per Strand, Nadia Haddad

Punkt A – Mötets öppnande
Helena öppnade mötet.

Punkt B – Samordnad individuell plan för barn
Nadia redogjorde för att andelen SIP där BUP deltar har minskat.

*Beslut:*
1) Samverkansgruppen ger processledaren Karin Ahlqvist i uppdrag att kartlägga hindren.
2) Kartläggningen redovisas för samverkansgruppen vid decembermötet.

Punkt C – Nästa möte
Nästa möte hålls den 13 november.
"""


def test_decisions_numbered_under_their_label_are_no_items():
    p = parse_minutes(NOTES, "sgbu_2025-10-09.md")
    assert [i.number for i in p.items] == ["A", "B", "C"]
    texts = [d.text for d in p.decisions if d.item == "B"]
    assert any("kartlägga hindren" in t for t in texts) and any("decembermötet" in t for t in texts)


def test_points_numbered_with_a_bracket_are_still_the_items():
    text = NOTES.replace("Punkt A – ", "1) ").replace("Punkt B – ", "2) ").replace("Punkt C – ", "3) ")
    text = text.replace("1) Samverkansgruppen", "- Samverkansgruppen").replace("2) Kartläggningen", "- Kartläggningen")
    assert [i.title for i in parse_minutes(text, "sgbu_2025-10-09.md").items] == [
        "Mötets öppnande", "Samordnad individuell plan för barn", "Nästa möte"]
