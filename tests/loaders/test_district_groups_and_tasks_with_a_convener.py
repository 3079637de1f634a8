"""A kommun's district group (skola–socialtjänst–polis) titled by its kind, acronym, district and kommun, and
referred to by its acronym in the notes; a task given to a body with who convenes it after a comma; and the body
above named before a relative clause telling that the body that met prepares its matters."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedDecision, ParsedItem, ParsedMinutes

LGS_NOTES = """LGS Tallby öster – sammanfattning från Teams-mötet 3/3

Lokal samverkansgrupp skola–socialtjänst–polis (LGS), område Öster, Tallby kommun
Tisdag 3 mars 2027 kl. 13.00–14.00, Teams

Deltog
- Eva Ek, samordnare, Tallby kommun
- Per Lind, rektor Björkskolan
- Sara Holm, kommunpolis

1. Lägesbild
Per: lugnt på skolan.

2. Information från styrgruppen
Eva: styrgruppen har gett LGS-grupperna i uppdrag att ta fram en rutin för skolbyten. LGS öster rapporterar till
styrgruppen för SSPF i Tallby kommun två gånger per termin.
"""


def _parsed():
    p = parse_minutes(LGS_NOTES, "lgs_tallby_oster_2027-03-03.txt")
    return p, extract_relations(p)


def test_a_district_group_is_named_by_its_acronym_district_and_kommun():
    p, _ = _parsed()
    assert p.body == "LGS område Öster, Tallby kommun", p.body


def test_the_district_group_by_its_acronym_is_the_body_that_met():
    p, r = _parsed()
    assert any(a.assignees == [p.body] and a.task.startswith("ta fram en rutin för skolbyten") for a in r.assignments), \
        r.assignments
    assert any(m.from_body == p.body and m.kind == "reports_to" and "styrgrupp" in m.to_body.casefold()
               for m in r.mandates), r.mandates


def _decided(text: str, body: str = "Nätverk för socialchefer i Norrby län"):
    return extract_relations(ParsedMinutes(
        path="x.md", layout="numbered", body=body, attendance=[],
        items=[ParsedItem(number="5", title="Gemensam upphandling", body="")],
        decisions=[ParsedDecision(item="5", text=text, position=0, decided_by=body)]))


def test_a_task_given_to_a_body_with_its_convener_after_a_comma():
    r = _decided("att ge arbetsgruppen för placeringar i uppdrag att ta fram ett underlag för gemensam upphandling, "
                 "med Per Lind som sammankallande")
    assert any(a.assignees == ["arbetsgruppen för placeringar"] and a.task == "ta fram ett underlag för gemensam upphandling"
               for a in r.assignments), r.assignments
    assert any(a.assignees == ["Per Lind"] and a.task.startswith("vara sammankallande") for a in r.assignments), r.assignments
    assert any(m.to_body == "arbetsgruppen för placeringar" and m.kind == "delegates" for m in r.mandates), r.mandates


def test_the_body_above_named_before_the_relative_clause_that_it_prepares_for():
    body = "Regionalt forum för socialtjänst"
    r = extract_relations(ParsedMinutes(
        path="x.md", layout="numbered", body=body, attendance=[],
        items=[ParsedItem(number="5", title="Upphandling", body="Forumet är positivt men mandat saknas – frågan ska "
                                                                "till Omsorgsberedningen, som forumet bereder ärenden åt.")],
        decisions=[]))
    assert any(m.from_body == body and m.to_body == "Omsorgsberedningen" and m.kind == "reports_to"
               for m in r.mandates), r.mandates


CHAT_NOTES = """Arbetsgrupp skolnärvaro – sammanfattning från Teams-mötet 3/3

Onsdag 3 mars 2027 kl. 13.00–14.00, Teams

Deltog
- Eva Ek, samordnare, Tallby kommun
- Anna Berg, kurator
- Per Lind, rektor

1. Föräldramöten
Anna berättade om materialet för årskurs 8–9.
[13:58] Anna Berg: Skickar presentationen till Eva så hon kan lägga den i kanalen
Gruppen beslutade att Björkskolan bjuder in elevhälsan till föräldramöte under våren.

2. Information från styrgruppen
Eva: styrgruppen för skolnärvaro i Tallby kommun har gett arbetsgruppen i uppdrag att ta fram en rutin för skolbyten.
"""


def test_a_chat_message_copied_in_ends_at_its_line_and_is_the_writers_task():
    p = parse_minutes(CHAT_NOTES, "ag_skolnarvaro_2027-03-03.txt")
    assert any(d.text.startswith("Björkskolan bjuder in elevhälsan") for d in p.decisions), p.decisions
    r = extract_relations(p)
    assert any(a.assignees == ["Anna Berg"] and a.task.startswith("skicka presentationen till Eva")
               for a in r.assignments), r.assignments


def test_the_giver_after_a_speakers_label_gives_the_task():
    p = parse_minutes(CHAT_NOTES, "ag_skolnarvaro_2027-03-03.txt")
    r = extract_relations(p)
    assert any(m.kind == "delegates" and m.from_body.casefold().startswith("styrgrupp") and m.to_body == p.body
               for m in r.mandates), (p.body, r.mandates)


def test_the_one_a_summary_says_wrote_it_kept_the_notes():
    text = CHAT_NOTES.replace("Onsdag 3 mars", "Sammanfattningen är gjord av Anna Berg utifrån chatten.\nOnsdag 3 mars")
    p = parse_minutes(text, "ag_skolnarvaro_2027-03-03.txt")
    roles = {e.name: e.roles for e in p.attendance}
    assert "sekreterare" in roles.get("Anna Berg", []), roles
    assert "sekreterare" not in roles.get("Eva Ek", []), roles


FORUM_NOTES = """# Nätverk för socialchefer – Norrby län

**Minnesanteckningar** · Fredag 4 december 2026, kl. 09.00–12.00

## Närvarande

| Kommun | Namn | Funktion |
|---|---|---|
| Åby kommun | Eva Ek | socialchef, **ordförande** |
| Tallby kommun | Maria Lund | förvaltningschef vård och omsorg (ersätter socialchefen) |

## 1. Inledning
Eva hälsade välkomna.
"""


def test_a_stand_in_for_the_member_named_by_her_post_is_an_ersattare():
    p = parse_minutes(FORUM_NOTES, "natverk_socialchefer_2026-12-04.md")
    roles = {e.name: e.roles for e in p.attendance}
    assert "ersättare" in roles.get("Maria Lund", []) and "ledamot" not in roles["Maria Lund"], roles
    assert "ersättare" not in roles.get("Eva Ek", []), roles
