"""Notes exported from a meeting app: the participant list ticks each one who took part and crosses each one who did
not, the "Möte:" field names the occasion under the notes' own title, and the follow-up tasks are cards with a check
box, "Ansvarig: @Name" and "Förfaller: date" on the line under each.

Made-up notes; each test reads what main did not."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Mötesanteckningar – Lokalt nätverk mot spelproblem, Åsvik
Exporterad från mötesappen 2027-02-04

Möte: Nätverksträff februari
Datum: onsdag 3 februari 2027, 09.00–10.30
Plats: Åsviks kommunhus, rum Ekan

Deltagare (4)
  ✓ Vera Lindgren (Åsviks kommun, socialtjänsten) – ordförande
  ✓ Tor Almström (Region Sälen, beroendemottagningen)
  ✓ Ida Rasmusson (Åsviks kommun, fritidsgårdarna)
  ✗ Olle Brand (Polismyndigheten)

Gäster (1)
  ✓ Nils Ekdahl (Länsstyrelsen Sälen) – punkt 2

Agenda
  1. Föregående anteckningar
  2. Lägesbild
  3. Övrigt

Anteckningar

1. Föregående anteckningar
Anteckningarna från förra träffen godkändes.

2. Lägesbild
Nils Ekdahl redogjorde för länets lägesbild.

3. Övrigt
Inga övriga frågor.

Åtgärdspunkter (2)
  [ ] Sammanställa kontaktlistan för nätverket
      Ansvarig: @Ida Rasmusson   Förfaller: 2027-02-19
  [ ] Boka lokal till vårens utbildningsdag
      Ansvarig: @Vera Lindgren, @Tor Almström   Förfaller: 2027-03-05
"""


def test_ticked_and_crossed_participants_are_present_and_absent(tmp_path):
    """Each ticked name is there, the crossed one away, the guest list's single tick a guest; the names keep no
    mark, and the body is the title's network, not the app's name of the occasion."""
    f = load_text(tmp_path, "natverk_spel_asvik_2027-02-03.txt", NOTES)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Vera Lindgren": "present", "Tor Almström": "present", "Ida Rasmusson": "present",
                      "Olle Brand": "absent", "Nils Ekdahl": "guest"}
    assert f["body"] == "Lokalt nätverk mot spelproblem, Åsvik"


def test_task_cards_with_app_mentions_are_assignments_due_on_their_own_day(tmp_path):
    """"[ ] task" / "Ansvarig: @Name   Förfaller: date": the task of the people mentioned, due the card's own day
    (not the next card's)."""
    f = load_text(tmp_path, "natverk_spel_asvik_2027-02-03.txt", NOTES)
    tasks = dict(f["assignments"])
    assert tasks[("Ida Rasmusson",)] == "sammanställa kontaktlistan för nätverket"
    assert tasks[("Tor Almström", "Vera Lindgren")] == "boka lokal till vårens utbildningsdag"


def test_card_due_dates_stop_at_the_next_card():
    """The card's fields run to the next card's title: each task keeps its own due day."""
    from samverkan.loaders.extract import parse_minutes
    from samverkan.loaders.relations import extract_relations

    rel = extract_relations(parse_minutes(NOTES, "natverk_spel_asvik_2027-02-03.txt"))
    due = {a.assignees[0]: a.due_date for a in rel.assignments}
    assert due["Ida Rasmusson"] == "2027-02-19"
    assert due["Vera Lindgren"] == "2027-03-05"


def test_ansvarig_without_a_check_box_is_no_task_card():
    """"Ansvarig:" under a plain line (no check box) is the notes' own label, not a card: nothing read as one."""
    from samverkan.loaders.relations import _CARD_ASSIGNED

    m = _CARD_ASSIGNED.match("Ansvarig: @Ida Rasmusson")
    assert m and m["owner"] and m["who"] == "@Ida Rasmusson"
    assert _CARD_ASSIGNED.match("Tilldelad till: Ida Rasmusson")["owner"] is None


def test_card_fields_apart_by_a_dot(tmp_path):
    """"Ansvarig: @Ida Rasmusson · Förfaller: 2027-02-19": the fields on one line, a dot between them."""
    text = NOTES.replace("Ansvarig: @Ida Rasmusson   Förfaller", "Ansvarig: @Ida Rasmusson · Förfaller")
    f = load_text(tmp_path, "natverk_spel_asvik_2027-02-03.txt", text)
    assert dict(f["assignments"])[("Ida Rasmusson",)] == "sammanställa kontaktlistan för nätverket"


def test_card_boxes_drawn_as_characters(tmp_path):
    """"☐ Boka lokal …" / "Ansvarig: @Vera Lindgren …": the box drawn as a character, the card read as with "[ ]"."""
    text = NOTES.replace("  [ ] ", "  ☐ ")
    f = load_text(tmp_path, "natverk_spel_asvik_2027-02-03.txt", text)
    assert dict(f["assignments"])[("Tor Almström", "Vera Lindgren")] == "boka lokal till vårens utbildningsdag"


def test_marks_after_the_names(tmp_path):
    """"Vera Lindgren (Åsviks kommun, socialtjänsten) ✓" / "Olle Brand (Polismyndigheten) ✗": the marks after the
    names read as before them."""
    text = NOTES
    for line in [x for x in NOTES.splitlines() if x.startswith("  ✓ ") or x.startswith("  ✗ ")]:
        text = text.replace(line, f"  {line[4:]} {line[2]}")
    f = load_text(tmp_path, "natverk_spel_asvik_2027-02-03.txt", text)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Olle Brand"] == "absent" and status["Tor Almström"] == "present"


def test_ticks_beside_bare_names_are_left_to_the_roster():
    """A roster that ticks those there and leaves the others bare keeps its ticks: the bare ones were away."""
    from samverkan.loaders.clean import _roster_ticks_as_words

    out = ["Närvaro (✓ = närvarande)", "Eva Ek (Åby kommun) ✓", "Bo Berg (Region Åby) ✓", "Per Lind (Åby kommun)"]
    _roster_ticks_as_words(out)
    assert out[1:3] == ["Eva Ek (Åby kommun) ✓", "Bo Berg (Region Åby) ✓"]
