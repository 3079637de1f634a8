"""Habits of a unit's improvement team and of a project group's notes page: a förbättringsteam named as the body
that met ("Förbättringsteamet Tillgänglighet – Vårdcentralen X"); its members listed after "Teamet:" and the
region's processledare after a label of its own; a notes page titled by the kind's meeting and its number
("Projektgruppsmöte 7 – E-tjänst X"), which names the body by the kind and what follows the dash. Each read on
a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

TEAM = """Förbättringsteamet Tillgänglighet – Vårdcentralen Norrvik
Anteckningar från lärgruppsträff 3, torsdag 8 oktober 2026, kl. 12.30–13.30
Teamet: Eva Ek, distriktssköterska (teamledare); Olof Berg, specialist i allmänmedicin; Maja Lind, undersköterska
Processledare: Stina Holm, Enheten för kvalitet, Region Norrby
Ej närvarande: Åsa Nyberg, fysioterapeut
1. Mätningar
Andelen besvarade samtal är 70 %.
2. Nästa träff
22 oktober.
"""


def test_an_improvement_team_is_the_body_that_met(tmp_path: Path):
    got = load_text(tmp_path, "team.txt", TEAM)
    assert got["body"] == "Förbättringsteamet Tillgänglighet"


def test_the_team_label_lists_its_members_as_present(tmp_path: Path):
    got = load_text(tmp_path, "team.txt", TEAM)
    status = {name: s for name, s, _ in got["attendance"]}
    assert {n: status.get(n) for n in ("Eva Ek", "Olof Berg", "Maja Lind", "Åsa Nyberg")} == {
        "Eva Ek": "present", "Olof Berg": "present", "Maja Lind": "present", "Åsa Nyberg": "absent"}
    assert status.get("Stina Holm") in ("guest", "present")
    members = {p for p, g, _ in got["memberships"] if g == "Förbättringsteamet Tillgänglighet"}
    assert {"Eva Ek", "Olof Berg", "Maja Lind", "Åsa Nyberg"} <= members


PAGE = """# Projektgruppsmöte 4 – E-tjänst bostadsanpassning

| Egenskap | Värde |
| --- | --- |
| Datum | 3 november 2026 |
| Deltagare | @Lina Berg @Karl Holm |

## 1. Läget
@Lina Berg visade prototypen.

## 2. Nästa möte
1 december.
"""


def test_a_page_titled_by_the_kinds_meeting_names_the_body_after_the_dash(tmp_path: Path):
    got = load_text(tmp_path, "page.md", PAGE)
    assert got["body"] == "Projektgrupp E-tjänst bostadsanpassning"
    members = {p for p, g, _ in got["memberships"] if g == got["body"]}
    assert {"Lina Berg", "Karl Holm"} <= members


TOGGLES = """# Projektgrupp E-tjänst bygglov – möte 2 november 2026

Deltagare: Lina Berg, Karl Holm

<details>
<summary>1. Uppföljning</summary>

Lina gick igenom förra mötets punkter.

</details>

<details>
<summary>2. Användartester</summary>

Karl har testat prototypen.

</details>
"""


def test_a_notes_tools_toggles_head_the_items(tmp_path: Path):
    got = load_text(tmp_path, "page.md", TOGGLES)
    assert got["items"] == [("1", "Uppföljning"), ("2", "Användartester")]


TERSE = """ANHÖRIGNÄTVERKET NORRBY
Anteckn. träff 26/11 2026

Närv.
AL  Anna Lund, anhörigkonsulent, Åby kommun
BE  Bo Ek, anhörigkonsulent, Ekby kommun
Anm. förhinder: EH Eva Holm, anhörigkonsulent, Tallby kommun

1. Inledn. + föreg. anteckn.
Inga synpunkter.

2. Hur går det? Enkäten 2026
Svarsfrekvensen var 41 %.
-> Resp. kommun tar resultatet till sin ledningsgrupp v 2-4 och återkopplar till AL.
Vi enades om gemensamma träffar för unga anhöriga under våren.

3. Nästa träff
4/2 2027. BE kallar, AL skickar över sändlistan.
"""


def test_terse_notes_titles_with_cut_words_joined_or_a_question(tmp_path: Path):
    got = load_text(tmp_path, "terse.txt", TERSE)
    assert [n for n, _ in got["items"]] == ["1", "2", "3"]


def test_an_absence_noted_in_a_cut_short_label(tmp_path: Path):
    got = load_text(tmp_path, "terse.txt", TERSE)
    assert ("Eva Holm", "absent") in {(n, s) for n, s, _ in got["attendance"]}


def test_each_kommun_cut_short_takes_the_result_home(tmp_path: Path):
    got = load_text(tmp_path, "terse.txt", TERSE)
    assert any({"Åby kommun", "Ekby kommun", "Tallby kommun"} <= set(names) and task.startswith("ta resultatet")
               for names, task in got["assignments"]), got["assignments"]


def test_agreeing_on_things_set_up_together_is_a_decision(tmp_path: Path):
    got = load_text(tmp_path, "terse.txt", TERSE)
    assert any(d.startswith("gemensamma träffar för unga anhöriga") for d in got["decisions"]), got["decisions"]


def test_a_verb_alone_then_the_next_ones_task_after_a_comma(tmp_path: Path):
    got = load_text(tmp_path, "terse.txt", TERSE)
    assert (("Bo Ek",), "kalla") in got["assignments"] and (("Anna Lund",), "skicka över sändlistan") in got["assignments"]


SEATS = """Kvalitetsrådet för hemtjänsten – minnesanteckningar 19 november 2026
Närvarande:
Katarina Holm, verksamhetschef, Åby kommun
Petra Lund, enhetschef, Åby kommun
Dan Sjö, enhetschef, Åby kommun
Gun Öhrn, MAS, Åby kommun

1. Rådets sammansättning
Dan Sjö är föräldraledig till och med mars. Under tiden ersätter Petra Lund honom tillfälligt.
Gun Öhrn är tjänstledig från 1 februari. Hennes plats tas tills vidare av Lars Berg från kvalitetsenheten.
Hedda Sjögren, undersköterska, kommer in som ny medlem i rådet och delar rollen med Petra.

2. Nästa möte
18 februari 2027.
"""


def _changes(got: dict) -> set[tuple[str, str]]:
    return {(p, c) for p, g, c in got["memberships"] if g == got["body"] and c not in ("member", "employment")}


def test_a_stand_in_told_with_the_time_first_or_by_the_seat(tmp_path: Path):
    got = load_text(tmp_path, "seats.txt", SEATS)
    assert {("Petra Lund", "replace"), ("Lars Berg", "replace")} <= _changes(got)
    assert not {("Dan Sjö", "leave"), ("Gun Öhrn", "leave")} & _changes(got)


def test_coming_in_as_a_new_member(tmp_path: Path):
    got = load_text(tmp_path, "seats.txt", SEATS)
    assert ("Hedda Sjögren", "join") in _changes(got)


def test_terse_seat_changes_by_initials(tmp_path: Path):
    text = TERSE.replace("3. Nästa träff", "3. Vilka sitter i nätverket\n"
                         "- BE lämnar vid årsskiftet (ny tjänst). Ersätts av Ulla Brandt, biståndshandläggare, från jan.\n"
                         "- AL föräldraledig t.o.m. aug 2027. Sven Ohlsson, Åby, ersätter tillfälligt.\n\n4. Nästa träff")
    got = load_text(tmp_path, "terse.txt", text)
    assert {("Bo Ek", "leave"), ("Ulla Brandt", "replace"), ("Sven Ohlsson", "replace")} <= _changes(got)
    assert ("Anna Lund", "leave") not in _changes(got)
