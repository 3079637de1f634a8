"""Habits of secretaries who write the roster and the tasks as running prose: "Närvarande från kommunerna var …
Från regionen deltog …", who kept the notes told with her as the subject, a guest for one item told after the
roster, a joint meeting "mellan" two bodies whose roster is told by body, "X är styrgrupp för Y", a stand-in
"går in som ersättare för NN", a seat taken "i hans ställe", and a task asked as a question and taken on
("Kan Sanna …? – Ja, före v. 10"); each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts


def _load(tmp_path: Path, text: str, suffix: str = ".txt") -> dict:
    path = tmp_path / f"m{suffix}"
    path.write_text(text, encoding="utf-8")
    return facts(path, tmp_path)


def _status(f: dict) -> dict:
    return {name: status for name, status, _ in f["attendance"]}


ROSTER_BY_SIDE = """Samverkansgrupp Äldre Norrby
Anteckningar från möte torsdag 18 februari 2027

Närvarande från kommunerna var Karin Ahl, Åby kommun (ordförande), Per Lind, Ösby kommun, och Eva Holm, Byns kommun. Från regionen deltog Sevgi Demir och Mikaela Rosén. Lars Ek, Ösby kommun, hade anmält förhinder. Oskar Lindberg, Region Norrby, förde anteckningar. Under punkt 2 medverkade Linda Håkansson, projektledare, Region Norrby.

1. Mötets öppnande
Karin öppnade mötet.

2. Projektet
Linda redovisade läget.
"""


def test_a_roster_told_by_side_in_sentences(tmp_path):
    """"Närvarande från kommunerna var A, B och C. Från regionen deltog D och E.": all five present, the
    absent one absent, the notes' keeper and the guest for one item read from the sentences after it."""
    st = _status(_load(tmp_path, ROSTER_BY_SIDE))
    for who in ("Karin Ahl", "Per Lind", "Eva Holm", "Sevgi Demir", "Mikaela Rosén"):
        assert st.get(who) == "present", st
    assert st.get("Lars Ek") == "absent", st
    assert st.get("Oskar Lindberg") in ("present", "guest"), st
    assert st.get("Linda Håkansson") == "guest", st


JOINT = """# Gemensamt möte mellan Styrgrupp psykisk hälsa Norrby och Arbetsgrupp suicidprevention Norrby

**Datum:** 2027-03-04

## Deltagare

Från styrgruppen deltog Rolf Tavast, Region Norrby (ordförande), Hanna Grön, Åby kommun, och Karolina Ek, Byns kommun.

Från arbetsgruppen deltog Emelie Strand, Region Norrby, Linn Kask, Ösby kommun, och Viktor Åhs, Byns kommun.

## 1. Inledning

Styrgrupp psykisk hälsa Norrby är styrgrupp för Arbetsgrupp suicidprevention Norrby och tar emot rapporter två gånger per år.

## 2. Förändringar i grupperna

Karolina Ek går på föräldraledighet. Viktor Åhs går in som ersättare för Karolina i styrgruppen under ledigheten och lämnar samtidigt arbetsgruppen.
"""


def test_a_joint_meeting_between_two_bodies_told_by_body(tmp_path):
    """"Gemensamt möte mellan Styrgrupp X och Arbetsgrupp Y": X met; "Från arbetsgruppen deltog …" seats those
    named in Y, present; "arbetsgruppen" in the text is Y, not a group named after the item."""
    f = _load(tmp_path, JOINT, ".md")
    assert f["body"] == "Styrgrupp psykisk hälsa Norrby", f["body"]
    st = _status(f)
    for who in ("Emelie Strand", "Linn Kask", "Viktor Åhs"):
        assert st.get(who) == "present", st
    seats = {(p, g) for p, g, _ in f["memberships"]}
    assert ("Emelie Strand", "Arbetsgrupp suicidprevention Norrby") in seats, f["memberships"]
    assert ("Viktor Åhs", "Arbetsgrupp suicidprevention Norrby", "leave") in f["memberships"], f["memberships"]
    assert not any("Förändringar" in g for _, g, _ in f["memberships"]), f["memberships"]


def test_a_stand_in_for_a_named_person_and_the_steering_group(tmp_path):
    """"Viktor Åhs går in som ersättare för Karolina i styrgruppen": a seat in the styrgrupp; "X är styrgrupp för
    Y": X delegates to Y."""
    f = _load(tmp_path, JOINT, ".md")
    assert ("Viktor Åhs", "Styrgrupp psykisk hälsa Norrby", "join") in f["memberships"], f["memberships"]
    assert ("Styrgrupp psykisk hälsa Norrby", "Arbetsgrupp suicidprevention Norrby", "delegates") in f["mandates"], \
        f["mandates"]


IN_HIS_PLACE = """Ledningsgruppen för samverkan i Norrby
Protokoll 2027-03-11
Närvarande: Sofia Rehn (ordförande), Britt Ljung, Karl Berg

§ 4 Styrgrupp Nära vård Norrby
Helena informerade om att Karl Wennberg har slutat i Åby kommun. Anna Lövgren, chef hälso- och sjukvård i Åby kommun, går in i styrgruppen i hans ställe.
"""


def test_a_seat_taken_in_his_place(tmp_path):
    """"Anna Lövgren … går in i styrgruppen i hans ställe": a seat in the styrgrupp the item names."""
    f = _load(tmp_path, IN_HIS_PLACE)
    assert ("Anna Lövgren", "Styrgrupp Nära vård Norrby", "replace") in f["memberships"], f["memberships"]


QUESTIONS = """Arbetsgrupp SIP Norrby
Minnesanteckningar 2027-02-24

Vid mötet deltog Elin Borg (Region Norrby), sammankallande, Sanna Pirinen från regionen och Mattias Öhrn (Åby kommun).

1. Rutinen
Kan Sanna sammanställa synpunkterna i en tabell? – Ja, före v. 10.
Kan Mattias ringa MAS i Åby om kallelserna? – Nej, det får vänta till hösten.
Kan Elin ta med frågan till styrgruppen den 17 mars? – Ja.
"""


def test_a_task_asked_as_a_question_and_taken_on(tmp_path):
    """"Kan Sanna sammanställa …? – Ja, före v. 10": her task; a question answered no is none; "Kan" is no part
    of a name."""
    f = _load(tmp_path, QUESTIONS)
    tasks = {t: who for who, t in f["assignments"]}
    assert tasks.get("sammanställa synpunkterna i en tabell") == ("Sanna Pirinen",), f["assignments"]
    assert any(t.startswith("ta med frågan till styrgruppen") and who == ("Elin Borg",) for t, who in tasks.items()), \
        f["assignments"]
    assert not any(who == ("Mattias Öhrn",) for who in tasks.values()), f["assignments"]
    assert not any(p.startswith("Kan ") for p in f["persons"]), f["persons"]
