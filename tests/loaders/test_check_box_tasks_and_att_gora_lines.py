"""Habits of four secretaries read on small minutes of their own: a wiki or Loop page whose tasks are check-box
rows "- [ ] @Anna Berg: …" under each point (no "Att göra" label) and whose mandate is told after a lead-in
("Påminnelse: gruppen har fått i uppdrag av …"); "Att göra: Karin skickar …" lines inside an item, also right
after a "Beslut:" line; a leaving and the newcomer in one sentence split by a semicolon ("…; ny representant
från Åby kommun blir B"); a ledningsgrupp's "Ordföranden öppnade mötet. Ledningsgruppen beslutar:" with "– att"
clauses under it and a bare "Bordläggs."; a nämnd's case told as "X har på uppdrag av Y reviderat …" and "X har
vid sitt möte den … rekommenderat kommunerna att …".
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

LOOP = """# Arbetsgrupp egenvård – möte 4 juni 2026

**Deltagare:** Anna Berg <anna.berg@region.se>; Petra Lund <petra.lund@aby.se>; Sven Ek <sven.ek@region.se>
**Mötesledare:** @Anna Berg · **Anteckningar:** @Sven Ek

## 1. Bakgrund
Påminnelse för nya läsare: gruppen har fått i uppdrag av Styrgrupp Nära vård att ta fram en gemensam rutin för egenvård.

## 2. Blanketten
Sven visade blanketten. Den är för lång.
Beslut: gruppen använder blanketten som grund.

- [ ] @Sven Ek: ta fram förslag på förkortad blankett till nästa möte
- [ ] @Petra Lund: föra in ändringarna i kapitel 3 senast 18/6
"""

NOTES = """Samverkansgrupp äldre – anteckningar 21 maj 2026

Med på mötet:
  Birgitta Hall, Åby kommun – ordf.
  Katarina Vik, Ekå kommun
  Annika Lund, Region Norrby
Antecknat av: Karin Strand, Region Norrby

1) Hälsning
Katarina lämnar gruppen vid årsskiftet när hon blir verksamhetschef; ny representant från Ekå kommun blir Leo Forsman, enhetschef.
Att göra: Karin skickar kallelse och tidigare anteckningar till Leo.

2) Trycksår
Annika föreslog en gemensam mätning vecka 40.
Beslut: gruppen genomför en gemensam punktprevalensmätning av trycksår vecka 40.
Att göra: Annika tar fram instruktion för mätningen till septembermötet.
"""

PROTOCOL = """PROTOKOLL
Regionala ledningsgruppen för vård och omsorg

Datum: 2026-05-07

Ledamöter
Gunnar Ek, Region Norrby, ordförande
Rebecka Holm, Åby kommun

§ 19  Mötets öppnande
Ordföranden öppnade mötet. Ledningsgruppen beslutar:
– att fastställa dagordningen,
– att utse Rebecka Holm att justera protokollet.

§ 20  Gemensam rutin för SIP för vuxna
Ärendet bordlades i mars i väntan på ett yttrande. Yttrandet har ännu inte kommit in.
Bordläggs.
"""

NAMND = """ÅBY KOMMUN
Socialnämnden
Sammanträdesdatum 2026-06-16

Beslutande
Lars Ek (S), ordförande
Eva Holm (M)

§ 43  Reviderad överenskommelse om trygg hemgång

Arbetsgrupp trygg hemgång har på uppdrag av Styrgrupp Nära vård reviderat överenskommelsen om utskrivning från slutenvården. Ledningsgruppen för samverkan har vid sitt möte den 20 maj 2026 rekommenderat kommunerna att anta den reviderade överenskommelsen.

Socialnämndens beslut
Socialnämnden beslutar
att anta den reviderade överenskommelsen om trygg hemgång från den 1 september 2026.
"""


def _read(text, name):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _tasks(r) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(sorted(a.assignees)), a.task) for a in r.assignments]


def test_check_box_rows_under_a_point_are_tasks_not_decisions():
    p, r = _read(LOOP, "ag_egenvard_2026-06-04.md")
    tasks = _tasks(r)
    assert any(who == ("Sven Ek",) and t.startswith("ta fram förslag på förkortad blankett") for who, t in tasks), tasks
    assert any(who == ("Petra Lund",) and t == "föra in ändringarna i kapitel 3" for who, t in tasks), tasks
    assert [d.text for d in p.decisions] == ["gruppen använder blanketten som grund."] or \
        all("Sven Ek" not in d.text and "Petra Lund" not in d.text for d in p.decisions), [d.text for d in p.decisions]


def test_a_mandate_after_a_lead_in_label_is_read():
    _, r = _read(LOOP, "ag_egenvard_2026-06-04.md")
    assert ("Styrgrupp Nära vård", "Arbetsgrupp egenvård", "delegates") in {
        (m.from_body, m.to_body, m.kind) for m in r.mandates}, r.mandates
    assert any(who == ("Arbetsgrupp egenvård",) and t.startswith("ta fram en gemensam rutin") for who, t in _tasks(r))


def test_att_gora_lines_are_tasks_and_end_the_decision_above():
    p, r = _read(NOTES, "sg_aldre_2026-05-21.txt")
    tasks = _tasks(r)
    assert any(who == ("Karin Strand",) and t.startswith("skicka kallelse") for who, t in tasks), tasks
    assert any(who == ("Annika Lund",) and t.startswith("ta fram instruktion") for who, t in tasks), tasks
    assert not [d.text for d in p.decisions if "göra" in d.text or "instruktion" in d.text], [d.text for d in p.decisions]


def test_the_newcomer_after_a_semicolon_replaces_the_one_leaving():
    _, r = _read(NOTES, "sg_aldre_2026-05-21.txt")
    ms = {(m.person, m.change) for m in r.memberships}
    assert ("Katarina Vik", "leave") in ms and ("Leo Forsman", "replace") in ms, ms


def test_decides_heading_after_a_sentence_splits_its_dash_clauses_and_a_bare_bordlaggs_is_a_decision():
    p, _ = _read(PROTOCOL, "rlg_2026-05-07.txt")
    texts = [(d.item, d.text.rstrip(".,")) for d in p.decisions]
    assert ("19", "fastställa dagordningen") in texts, texts
    assert ("19", "utse Rebecka Holm att justera protokollet") in texts, texts
    assert any(i == "20" and t.lower().startswith("bordlägga") for i, t in texts), texts


def test_a_supine_ends_a_body_name_and_a_recommendation_at_a_meeting_is_a_mandate():
    _, r = _read(NAMND, "socialnamnden_2026-06-16.txt")
    groups = {g.name for g in r.groups}
    assert "Styrgrupp Nära vård" in groups and not [g for g in groups if "reviderat" in g], groups
    mandates = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("Styrgrupp Nära vård", "Arbetsgrupp trygg hemgång", "delegates") in mandates, mandates
    assert any(f.startswith("Ledningsgruppen för samverkan") and k == "recommends" for f, _, k in mandates), mandates


PASSING = """Samverkansgrupp äldre – anteckningar 21 maj 2026

Med på mötet:
  Birgitta Hall, Åby kommun – ordf.
  Annika Lund, Region Norrby

1) Yttrande över rutin för SIP
Gruppen har fått i uppdrag av Styrgrupp Nära vård att yttra sig över rutinen.
Beslut: Samverkansgruppen ställer sig bakom rutinen. Yttrandet överlämnas till Styrgrupp Nära vård inför mötet den 11 juni.

2) Övrigt
Birgitta påminde om Styrgrupp Nära vårds beslut att Arbetsgrupp trygg hemgång leder införandet av den nya rutinen.
"""

LG = """PROTOKOLL
Ledningsgrupp Norrby

Datum: 2026-05-07

Ledamöter
Gunnar Ek, Region Norrby, ordförande
Pär Holm, Åby kommun

§ 21  Mobil läkare
Ledningsgruppen beslutar:
– att uppdra åt Arbetsgrupp mobil läkare att leda införandet,
– att Pär Holm är ledningsgruppens kontaktperson gentemot arbetsgruppen.
"""


def test_a_remiss_answer_sent_on_is_no_mandate_and_a_decision_told_in_passing_is_one():
    _, r = _read(PASSING, "sg_aldre_2026-05-21.txt")
    mandates = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert not [x for x in mandates if x[0] == "Samverkansgrupp äldre" and x[2] == "refers"], mandates
    assert ("Styrgrupp Nära vård", "Arbetsgrupp trygg hemgång", "delegates") in mandates, mandates


def test_a_contact_person_named_in_a_decision_is_a_duty():
    _, r = _read(LG, "lg_2026-05-07.txt")
    assert any(who == ("Pär Holm",) and t.startswith("vara ledningsgruppens kontaktperson") for who, t in _tasks(r)), _tasks(r)


STATE = """Arbetsgrupp egenvård – minnesanteckningar 4 juni 2026

Närvarande: Anna Berg, Region Norrby; Petra Lund, Åby kommun

1. Uppdraget
Anna är sammankallande och tar med sig lägesbilden till styrgruppens junimöte.
Åby och Ekå har inte fattat beslut och återkommer till mötet i juni.
"""


def test_a_task_after_a_state_and_och_is_read():
    _, r = _read(STATE, "ag_egenvard_2026-06-04.txt")
    tasks = _tasks(r)
    assert any(who == ("Anna Berg",) and t.startswith("ta med sig lägesbilden") for who, t in tasks), tasks
