"""Notes typed without heading styles, each point's title a line of its own over its bullets told in sentences
without full stops (a mail's plain text, a Markdown file with its marks taken off): the titles are the items. A huvudman's name over
its people's lines heads no item, nor does the title over a list of tasks or of checkboxes alone.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """Arbetsgrupp trygg hemgång – 2027-03-09

Teams, 14:00–15:30

Deltagare

Region Norrdal
- Eva Ekström, MAS
- Olle Brandt, enhetschef

Åby kommun
- Sara Lind, biståndshandläggare

Uppföljning från förra mötet
- Checklistan för hemgång är klar och skickad till samverkansgruppen
- Rutinen för läkemedelslistan är inte klar
  → Olle tar med ett förslag till nästa möte

Utskrivningsklara patienter
- Tolv patienter låg kvar över tid i Åby under februari, färre i Öby
- Gruppen vill att statistiken tas fram varje månad

Gruppens sammansättning
- Olle Brandt lämnar arbetsgruppen vid månadsskiftet och ersätts av Karin Holm

Att göra
- Eva Ekström tar fram statistik per kommun till nästa möte.
- [ ] Sara Lind bjuder in Karin Holm till nästa möte.
"""


def test_titles_over_points_are_the_items():
    p = parse_minutes(NOTES, "ag_trygg_hemgang_2027-03-09.txt")
    # (the tasks' own heading after the points is the last item, as the notes' other headings are)
    assert [i.title for i in p.items][:3] == ["Uppföljning från förra mötet", "Utskrivningsklara patienter",
                                              "Gruppens sammansättning"]
    assert not {"Deltagare", "Region Norrdal", "Åby kommun"} & {i.title for i in p.items}


def test_the_roster_and_the_tasks_are_read_with_the_items():
    p = parse_minutes(NOTES, "ag_trygg_hemgang_2027-03-09.txt")
    assert {a.name for a in p.attendance} == {"Eva Ekström", "Olle Brandt", "Sara Lind"}
    tasks = {(tuple(a.assignees), a.task.split(" till ")[0]) for a in extract_relations(p).assignments}
    assert (("Eva Ekström",), "ta fram statistik per kommun") in tasks


def test_a_title_over_a_list_of_names_or_of_tasks_alone_heads_nothing():
    text = NOTES.split("Uppföljning från förra mötet")[0] + "Att göra\n- Eva Ekström tar fram statistik per kommun.\n"
    assert [i.title for i in parse_minutes(text, "x.txt").items if i.title] == []
