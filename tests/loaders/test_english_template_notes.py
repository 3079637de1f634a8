"""Notes kept in a meeting app whose template is set to English ("Attendees:", "Decisions:", "Action items:")
while the notes are written in Swedish, the people named as Outlook lists them, surname first
("Lindqvist Maria"), two doers joined by "+", a due date as "(due 2027-01-21)"; and a newcomer who replaces
another by the given name the text used of her.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """MAS-nätverket Åbygden – mötesanteckningar

Meeting date: 2026-12-03 13:00–15:00
Location: Microsoft Teams

Attendees:
Berg Lovisa (Åby kommun) – sammankallande
Strand Rickard (Norrby kommun)
Lind Maria (Västby kommun)

Optional / guest:
Nord Siri (Västby kommun), punkt 1

Notes:

1. Välkommen
Lovisa hälsade Lind Maria välkommen som ny MAS i Västby. Maria ersätter Siri Nord i nätverket.

2. Övrigt
Nästa möte 4 mars 2027.

Decisions:
- Nätverket ställer sig bakom förslaget om gemensam webbutbildning för delegering.

Action items:
- Berg Lovisa: ta med lägesbilden till Samverkansgrupp äldre (due 2027-01-21)
- Lind Maria + Strand Rickard: ta reda på licenskostnad för webbutbildningen
- Strand Rickard: sammanställa avvikelser Q4 till marsmötet
"""


def _read():
    m = parse_minutes(NOTES, "mas.txt")
    return m, extract_relations(m)


def test_action_items_with_surname_first_names():
    _, r = _read()
    got = {(tuple(sorted(a.assignees)), a.task.split(" (")[0]) for a in r.assignments}
    assert (("Lovisa Berg",), "ta med lägesbilden till Samverkansgrupp äldre") in got
    assert (("Maria Lind", "Rickard Strand"), "ta reda på licenskostnad för webbutbildningen") in got
    assert (("Rickard Strand",), "sammanställa avvikelser Q4 till marsmötet") in {(tuple(a.assignees), a.task) for a in r.assignments}


def test_english_decisions_label_is_no_part_of_the_decider():
    m, _ = _read()
    deciders = [d.decided_by for d in m.decisions if "webbutbildning" in d.text]
    assert deciders and all(not (d or "").startswith("Decisions") for d in deciders)


def test_newcomer_by_given_name_replaces():
    _, r = _read()
    got = {(x.person, x.change) for x in r.memberships}
    assert ("Maria Lind", "replace") in got
    assert ("Siri Nord", "leave") in got


def test_optional_guest_label_reads_a_guest():
    m, _ = _read()
    status = {a.name: a.status for a in m.attendance}
    assert status.get("Siri Nord") == "guest"
    assert status.get("Rickard Strand") == "present"
