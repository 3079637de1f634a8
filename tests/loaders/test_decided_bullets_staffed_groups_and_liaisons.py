"""Readings of taktisk and operativ groups' notes as Word and LibreOffice save them (.htm, .mht, .odt, .rtf):

- "Gruppen beslutade att" over bulleted points with no "att" of their own: each point a decision;
- "att tillsätta en arbetsgrupp med en representant per huvudman" where the title names no work to call the
  group by: staffed at the meeting, set up by deciding it, no task left to the body that met;
- "att utse X till samverkansgruppens kontaktperson för arbetsgruppen": the body's own link to the group, a duty
  and no seat in it;
- "Kartläggningen redovisas för den taktiska gruppen" in a local group's notes: the one body of that level the
  minutes name is the one reported to.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

HEAD = """Samverkansgrupp vuxna i Åby
Minnesanteckningar 2027-05-12
Närvarande: Eva Ek (Åby kommun), Per Lund (Region Norrby), Lena Sand (Ekby kommun)

"""


def _read(body: str):
    p = parse_minutes(HEAD + body)
    return p, extract_relations(p)


def test_each_bullet_under_beslutade_att_is_a_decision():
    p, _ = _read("""1. Trygg hemgång
Eva Ek gick igenom avvikelserna vid utskrivning.
Gruppen beslutade att
• införa en gemensam checklista för hemgång från 1 september,
• följa upp avvikelserna vid mötet i november.
2. Nästa möte
1 september.
""")
    texts = sorted(d.text.rstrip(" ,.") for d in p.decisions)
    assert texts == ["följa upp avvikelserna vid mötet i november",
                     "införa en gemensam checklista för hemgång från 1 september"]


def test_beslutade_att_over_a_line_cut_short_stays_one_sentence():
    p, _ = _read("""1. Trygg hemgång
Eva Ek gick igenom avvikelserna vid utskrivning.
Gruppen beslutade att
införa en gemensam checklista för hemgång från 1 september.
2. Nästa möte
1 september.
""")
    assert [d.text.rstrip(" .") for d in p.decisions] == ["införa en gemensam checklista för hemgång från 1 september"]


def test_a_group_staffed_at_the_meeting_is_no_task_of_the_body():
    _, r = _read("""1. Uppdrag från LG – samsjuklighet
Per Lund redogjorde för uppdraget.
Beslut:
att tillsätta en arbetsgrupp med en representant per huvudman,
att utse Lena Sand till sammankallande i arbetsgruppen.
2. Nästa möte
1 september.
""")
    assert not [a for a in r.assignments if a.task.startswith("tillsätta")]
    assert [a.task for a in r.assignments if a.assignees == ["Lena Sand"]] == ["vara sammankallande i arbetsgruppen"]


def test_a_group_to_set_up_with_no_seats_told_is_still_a_task():
    _, r = _read("""1. Uppdrag från LG – samsjuklighet
Per Lund redogjorde för uppdraget.
Beslut:
att tillsätta en referensgrupp för brukare.
2. Nästa möte
1 september.
""")
    assert [a.task for a in r.assignments] == ["tillsätta en referensgrupp för brukare"]


def test_the_bodys_contact_person_for_a_group_takes_no_seat_in_it():
    _, r = _read("""§ 14 Uppdrag till Arbetsgrupp tidiga insatser
Samverkansgruppen beslutar
– att ge Arbetsgrupp tidiga insatser i uppdrag att ta fram en modell för tidiga samordnade insatser,
– att utse Per Lund till samverkansgruppens kontaktperson för arbetsgruppen.
§ 15 Nästa möte
Hösten.
""")
    assert not [m for m in r.memberships if m.person == "Per Lund" and m.group == "Arbetsgrupp tidiga insatser"]
    assert ("vara kontaktperson för Arbetsgrupp tidiga insatser"
            in [a.task for a in r.assignments if a.assignees == ["Per Lund"]])


def test_the_group_by_its_level_is_the_one_body_of_that_level_named():
    p = parse_minutes("""Lokal samverkansgrupp äldre Åby
Minnesanteckningar 2 juni 2027
Närvarande: Eva Ek (Åby kommun), Per Lund (Region Norrby)

1. Uppdrag från taktisk nivå
Taktisk samverkansgrupp äldre i Norrby har bett gruppen att kartlägga behovet av korttidsplatser i Åby. \
Kartläggningen redovisas för den taktiska gruppen i oktober.
2. Nästa möte
1 september.
""")
    r = extract_relations(p)
    assert ("Lokal samverkansgrupp äldre Åby", "Taktisk samverkansgrupp äldre i Norrby", "reports_to") in [
        (m.from_body, m.to_body, m.kind) for m in r.mandates]
