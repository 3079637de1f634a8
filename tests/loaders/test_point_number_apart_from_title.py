"""A point's number or time set apart from its title: "Pkt 1" or "09:02" alone on its line, the title on the
next, as a PDF prints notes whose number and title stand in columns of their own. Read as "Ärende 3" alone on its
line is."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

NOTES = """ARBETSGRUPP HEMGÅNG
Möte 3/2027, tisdag 9 mars 2027, kl 13.00–15.00, Teams
Med på mötet
Eva Lund, Åby kommun, sammankallande
Per Holm, Region Norr

Pkt 1
Återkoppling på förra mötets åtgärder
Checklistan är klar och skickad.
Pkt 2
Helgutskrivningar
Per Holm tar fram statistik över helgutskrivningar till nästa möte.
Pkt 3
Nästa möte
Den 13 april på Teams.
"""


def test_point_number_alone_with_its_title_under_it():
    p = parse_minutes(NOTES, "notes.txt")
    assert [(i.number, i.title) for i in p.items] == [
        ("1", "Återkoppling på förra mötets åtgärder"), ("2", "Helgutskrivningar"), ("3", "Nästa möte")]


def test_point_number_alone_over_a_sentence_is_no_title():
    text = NOTES.replace("Pkt 2\nHelgutskrivningar\n", "Pkt 2\nPer Holm berättade om helgerna.\n")
    p = parse_minutes(text, "notes.txt")
    assert [i.title for i in p.items][:1] == ["Återkoppling på förra mötets åtgärder"]
    assert "Per Holm berättade om helgerna." not in [i.title for i in p.items]


def test_point_time_alone_with_its_title_under_it():
    text = ("Sammanfattning: Arbetsgrupp föräldrastöd – möte 2/6\nOnsdag 2 juni 2027\nDeltagare\nEva Lund (Åby kommun)\n"
            "Per Holm (Region Norr)\n09:02\nIncheckning\nEva hälsade välkommen.\n09:10\nKartläggningen\n"
            "Per gick igenom svaren.\n09:40\nÖvrigt\nInget.\n")
    p = parse_minutes(text, "notes.txt")
    assert [i.title for i in p.items] == ["Incheckning", "Kartläggningen", "Övrigt"]
