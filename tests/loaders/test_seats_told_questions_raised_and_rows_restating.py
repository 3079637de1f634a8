"""Readings of working-group notes: a seat change told as reported speech after a lead-in ("Per meddelade också
att Lena tar över som vice ordförande i rådet"); a roster told in a sentence that names the next one's side before
her name and a seat in a relative clause ("…, som är sammankallande, och från Region X Eva Ek (EE), …, som förde
anteckningar"), the one who kept the notes a member like the others; a question handed on with "därför" between the
verb and where it goes, a bare "Frågan" described by what it needs or is about; an action row that restates a task the
text told with a pronoun ("Sekretessfrågan till styrgruppen" under "… tar med den till styrgruppens möte"); the
calling of the next meeting told twice ("KL kallar." and the row "kallelse 16/3, …"); and the product of an uppdrag
ready for another body's decision ("Rutinen ska vara klar för beslut i samverkansgruppen i maj")."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """ARBETSGRUPP TRYGG HEMGÅNG
Region Norrå och kommunerna Åby, Öby och Ryd

Anteckningar från möte tisdag 9 mars 2027, kl. 13.00–15.00
Plats: Teams

Vid mötet deltog Maja Lind (ML), enhetschef hemtjänst i Åby, som är sammankallande, och från Region Norrå Olof Berg (OB), Geriatriken, som förde anteckningar, samt Sara Holm (SH), sjuksköterska på vårdcentralen. Öby företräddes av Pia Ek (PE) och Ryd av Nils Ås (NÅ). Tove Sund (TS), Åby, hade anmält förhinder.

1. Föregående anteckningar
ML öppnade mötet. Anteckningarna från 2 februari godkändes.

2. Gruppens sammansättning
Pia Ek meddelade också att Nils Ås tar över som vice ordförande i gruppen efter sommaren.

3. Läkemedel vid hemgång
SH tog upp att hemtjänsten inte alltid får läkemedelslistan vid hemgång.
Frågan kräver ett beslut om informationsöverföring som ligger utanför gruppens mandat och lyfts därför
till styrgruppen. ML tar med den till styrgruppens möte i april.

4. Nästa möte
Tisdag 13 april 2027 kl. 13.00 på Teams.

Åtgärder
Vad                                                   Vem        Klart
Läkemedelsfrågan till styrgruppen                     ML         april

Antecknat av Olof Berg
"""

MAIL = """ARBETSGRUPP DEMENSVÅRD – tisdag 9 februari 2027, 13.30–15.30, Teams

Närvarande:
KS  Karin Sjö, MAS, Åby kommun (sammankallande)
BL  Bo Lund, sjuksköterska, Region Norrå
EA  Eva Alm, enhetschef, Öby kommun

1. Vårt uppdrag
Påminnelse: vi har i uppdrag av Styrgrupp äldre Norrå att ta fram en
länsgemensam rutin för demensutredning. Rutinen ska vara klar för beslut i
styrgruppen i maj. KS stämmer av tidplanen med styrgruppens ordförande.

2. Utredningsstöd
BL visade antalet utredningar 2026. EA tar fram en jämförelse per kommun till aprilmötet.

Nästa möte: tisdag 16 mars kl. 13.30, Teams. KS kallar.

ATT GÖRA
EA       jämförelse per kommun                           april
KS       kallelse 16/3, lägga till Eva på sändlistan     1/3
"""


def _read(text: str, name: str):
    parsed = parse_minutes(text, name)
    return parsed, extract_relations(parsed)


def test_a_seat_change_told_after_a_lead_in_is_a_seat_taken_and_no_duty_handed_on():
    _, rel = _read(NOTES, "anteckningar.txt")
    seats = {(m.person, m.group.casefold(), m.change, m.role) for m in rel.memberships}
    assert ("Nils Ås", "arbetsgrupp trygg hemgång", "join", "vice ordförande") in seats, seats
    assert not any(a.assignees == ["Nils Ås"] for a in rel.assignments), [(a.assignees, a.task) for a in rel.assignments]


def test_the_next_ones_side_and_a_seat_told_inside_a_roster_sentence():
    parsed, _ = _read(NOTES, "anteckningar.txt")
    roles = {a.name: set(a.roles) for a in parsed.attendance}
    assert roles.get("Maja Lind") == {"ledamot", "sammankallande"}, roles
    # the one who kept the notes is one of the participants of a side: a member as well
    assert roles.get("Olof Berg") == {"ledamot", "sekreterare"}, roles
    org = {a.name: a.organisation for a in parsed.attendance}
    assert org.get("Olof Berg") == "Region Norrå", org


def test_a_question_handed_on_with_darfor_is_decided_and_described_by_what_it_needs():
    parsed, _ = _read(NOTES, "anteckningar.txt")
    texts = [d.text for d in parsed.decisions if d.item == "3"]
    assert any(t.startswith("lyfta frågan som kräver ett beslut om informationsöverföring") and t.endswith("till styrgruppen")
               for t in texts), texts


def test_an_action_row_restating_a_task_the_text_told_with_a_pronoun_is_one_task():
    _, rel = _read(NOTES, "anteckningar.txt")
    mine = [a.task for a in rel.assignments if a.assignees == ["Maja Lind"]]
    assert len(mine) == 1 and mine[0].startswith("ta med den till styrgruppens möte"), mine


def test_the_calling_told_after_the_next_meeting_and_in_the_to_do_list_is_one_task():
    _, rel = _read(MAIL, "anteckningar.txt")
    calls = [a for a in rel.assignments if a.assignees == ["Karin Sjö"] and a.task.startswith("kalla")]
    assert len(calls) == 1, [(a.assignees, a.task) for a in rel.assignments]
    assert "sändlistan" in calls[0].task and calls[0].due_date == "2027-03-01", (calls[0].task, calls[0].due_date)


def test_the_product_of_an_uppdrag_ready_for_another_bodys_decision():
    _, rel = _read(MAIL, "anteckningar.txt")
    flows = {(m.from_body.casefold(), m.to_body.casefold(), m.kind) for m in rel.mandates}
    assert ("arbetsgrupp demensvård", "styrgrupp äldre norrå", "reports_to") in flows, flows
