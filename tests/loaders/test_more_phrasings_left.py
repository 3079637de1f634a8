"""Phrasings of the sister minutes' secretaries read on small minutes of their own: a working group named by
its definite kind and a plain topic noun ("arbetsgruppen rehabilitering"), and a body's own conclusion that
its uppdrag is done.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations, find_groups

TOPIC = """# Lokala närvårdsgruppen i Tallby

**Minnesanteckningar** · tisdag 9 mars 2027
**Ordförande:** Pia Jonsvik

## Deltagare

- Pia Jonsvik, socialchef, Tallby kommun (ordförande)
- Kent Holm, enhetschef hemsjukvård, Tallby kommun
- Rut Tavast, enhetschef rehab, Tallby kommun
- Jörn Wallin, primärvårdschef, Region Åsen

## 1. Trygg hemgång

Gruppen fick i mars 2026 uppdraget från Styrgrupp Nära vård Åsen att pröva ett arbetssätt för trygg hemgång.
Kent redovisade resultatet.

Gruppen konstaterade att uppdraget därmed är slutfört.

## 2. Sammankallande för gruppens arbetsgrupp demensvård

Rut Tavast har meddelat att hon lämnar arbetsgruppen demensvård efter sommaren. Gruppen utsåg Kent Holm till
sammankallande för arbetsgruppen demensvård under 2027.
"""


def test_a_definite_kind_and_a_topic_noun_name_a_working_group():
    """"lämnar arbetsgruppen rehabilitering", "för rådets arbetsgrupp demensvård": named by the topic right
    after the kind; a thing given to the body ("ger arbetsgruppen återkoppling") names none."""
    assert [g.name for g in find_groups("Eva lämnar arbetsgruppen rehabilitering efter sommaren.")] == \
        ["arbetsgruppen rehabilitering"]
    assert [g.name for g in find_groups("Val av sammankallande för rådets arbetsgrupp demensvård")] == \
        ["arbetsgrupp demensvård"]
    assert [g.name for g in find_groups("Styrgruppen psykisk hälsa träffas i maj.")] == ["Styrgruppen psykisk hälsa"]
    assert [g.generic_head for g in find_groups("Nätverket ger arbetsgruppen återkoppling på planen.")] == ["arbetsgrupp"]
    assert [g.generic_head for g in find_groups("Arbetsgruppen har träffats två gånger.")] == ["arbetsgrupp"]


def test_leaving_and_convening_a_working_group_named_by_its_topic():
    rel = extract_relations(parse_minutes(TOPIC, "lng.md"))
    seats = {(m.person, m.group.casefold(), m.change) for m in rel.memberships}
    assert ("Rut Tavast", "arbetsgruppen demensvård", "leave") in seats, seats
    assert not any(p == "Rut Tavast" and c == "leave" and "närvård" in g for p, g, c in seats), seats
    assert any(p == "Kent Holm" and "demensvård" in g and c == "join" for p, g, c in seats), seats


def test_a_body_concluding_its_own_uppdrag_done_decides_it_closed():
    """"Rådet konstaterade att uppdraget därmed anses slutfört och avslutas": the body's own conclusion about its
    uppdrag closes it; what a person notes is no decision."""
    texts = [d.text for d in parse_minutes(TOPIC, "lng.md").decisions]
    assert any("uppdraget därmed är slutfört" in t for t in texts), texts
    reported = TOPIC.replace("Gruppen konstaterade att uppdraget", "Kent konstaterade att uppdraget")
    assert not any("slutfört" in d.text for d in parse_minutes(reported, "lng.md").decisions)


HANDED = """Samverkansgrupp barn och unga Tallby
Minnesanteckningar 2027-02-11
Närvarande: Pia Jonsvik, Tallby kommun; Kent Holm, Region Åsen

1. Slutrapport från Arbetsgrupp för SIP barn och unga
Ledningsgrupp vård och omsorg Tallby gav 2025 samverkansgruppen i uppdrag att ta fram en rutin för SIP.
Samverkansgruppen lämnade arbetet till Arbetsgrupp för SIP barn och unga, som nu har lämnat sin slutrapport.
Beslut:
Samverkansgruppen godkänner slutrapporten.
Slutrapporten överlämnas till Ledningsgrupp vård och omsorg Tallby som återrapportering av uppdraget.

2. Trygg hemgång
Samverkansgruppen fick uppdraget från Styrgrupp Nära vård Åsen att pröva ett arbetssätt.
Slutredovisningen lämnas till styrgruppen vid dess möte i mars.
"""


def test_work_handed_down_and_a_final_report_handed_up():
    """"lämnade arbetet till Arbetsgrupp X, som nu har lämnat sin slutrapport": delegated down and reported back;
    "Slutrapporten överlämnas till G som återrapportering", "Slutredovisningen lämnas till styrgruppen": reporting,
    not a question referred."""
    mandates = {(m.from_body.casefold(), m.to_body.casefold(), m.kind)
                for m in extract_relations(parse_minutes(HANDED, "sbu.txt")).mandates}
    sbu, ag = "samverkansgrupp barn och unga tallby", "arbetsgrupp för sip barn och unga"
    assert (sbu, ag, "delegates") in mandates, mandates
    assert (ag, sbu, "reports_to") in mandates, mandates
    assert (sbu, "ledningsgrupp vård och omsorg tallby", "reports_to") in mandates, mandates
    assert (sbu, "ledningsgrupp vård och omsorg tallby", "refers") not in mandates, mandates
    assert any(f == sbu and t.startswith("styrgrupp nära vård") and k == "reports_to" for f, t, k in mandates), mandates


NEWS = """Minnesanteckningar – Arbetsgrupp hjälpmedel Tallby
Datum: 2027-02-03
Närvarande:
Pia Jonsvik, Tallby kommun – sammankallande
Kent Holm, Åby kommun

Ej närvarande: Ingrid Frisk, Primärvården, Region Åsen

1. Övrigt
Ingrid har meddelat att primärvården utser en ny representant under våren.
Pia meddelade att kommunikationsenheten tar fram en ny broschyr.
"""


def test_a_seat_to_fill_told_as_news_by_a_member_is_no_task():
    """"Ingela har meddelat att primärvården utser en ny representant": another's doing, reported; no task."""
    tasks = [(a.assignees, a.task) for a in extract_relations(parse_minutes(NEWS, "ag.txt")).assignments]
    assert not any("representant" in t or "broschyr" in t for _, t in tasks), tasks


SIP = """Arbetsgrupp SIP Tallby
Minnesanteckningar 2027-02-24
Närvarande: Pia Jonsvik, Region Åsen; Niklas Östling, Bruksberga kommun

1. Nya i gruppen
Niklas Östling, sjuksköterska i hemsjukvården, är ny i gruppen och företräder Bruksberga kommun, som har saknat
representant sedan i höstas.

2. Reviderad rutin
Gruppen beslutade att den reviderade rutinen lämnas till Styrgrupp Nära vård för fastställelse vid styrgruppens möte i april.
"""


def test_a_newcomer_for_a_huvudman_that_lacked_one_joins():
    """"är ny i gruppen och företräder X kommun, som har saknat representant …": a join, the why after it."""
    seats = {(m.person, m.group, m.change) for m in extract_relations(parse_minutes(SIP, "sip.txt")).memberships}
    assert ("Niklas Östling", "Arbetsgrupp SIP Tallby", "join") in seats, seats


def test_handed_on_for_fastställelse_is_a_referral():
    """"lämnas till Styrgrupp Nära vård för fastställelse": handed on for the other to decide (the noun's other
    form beside "fastställande"), no part of the body's name."""
    rel = extract_relations(parse_minutes(SIP, "sip.txt"))
    mandates = {(m.from_body, m.to_body, m.kind) for m in rel.mandates}
    assert ("Arbetsgrupp SIP Tallby", "Styrgrupp Nära vård", "refers") in mandates, mandates
    assert not any("fastställelse" in t for _, t, _ in mandates), mandates


NOMINATE = """Ledningsgrupp för samverkan i Tallby
Protokoll 2027-03-11
Närvarande: Pia Jonsvik, Tallby kommun; Kent Holm, Åby kommun; Eva Ek, Region Åsen

§ 13 Arbetsgrupp för suicidprevention
Beslut
Ledningsgruppen beslutar
att varje kommun nominerar en representant till Arbetsgrupp för suicidprevention,
att nomineringarna lämnas till Pia Jonsvik innan påsk.
"""


def test_each_kommun_nominating_a_representative_is_a_task_to_each():
    """"att varje kommun nominerar en representant till Arbetsgrupp X": each kommun's task, and the collective's."""
    tasks = [(set(a.assignees), a.task) for a in extract_relations(parse_minutes(NOMINATE, "lg.txt")).assignments]
    assert any({"Tallby kommun", "Åby kommun"} <= who and t.startswith("nominera en representant") for who, t in tasks), tasks


def test_a_justerare_label_after_a_sentence_on_its_line_names_the_justerare():
    """"Malin Ek ersätter Per Ås vid dagens möte. Justerare: Sofia Lind": a PDF's header paragraphs read as one
    line; the label still names who checks the minutes, as a label on a line of its own does."""
    from samverkan.loaders.extract import AttendanceEntry, roles_from_text
    att = [AttendanceEntry("Sofia Lind", "present", ["ledamot"])]
    roles_from_text("Malin Ek ersätter Per Ås vid dagens möte. Justerare: Sofia Lind", att)
    assert "justerare" in att[0].roles
    att = [AttendanceEntry("Sofia Lind", "present", ["ledamot"])]
    roles_from_text("Malin Ek ersätter Per Ås vid dagens möte.\n\nJusterare: Sofia Lind\n", att)
    assert "justerare" in att[0].roles


PASSED_ON = """Regional ledningsgrupp Tallby
Protokoll 2027-02-18
Närvarande: Pia Jonsvik, Tallby kommun; Kent Holm, Åby kommun

§ 2 Arbetsgrupp för skolläkarfunktion – återrapportering
Ledningsgruppen beslutar
att arbetsgruppen avvecklas och att den fortsatta uppföljningen av skolläkarfunktionen övergår till Samverkansgrupp
Barn och unga, som rapporterar till ledningsgruppen en gång per år.
"""


def test_follow_up_passed_on_by_decision_is_a_task_and_a_delegation():
    """"den fortsatta uppföljningen av X övergår till Samverkansgrupp Y, som rapporterar till ledningsgruppen …":
    the receiving body's task (its standing report a part of it), given by the body that met."""
    rel = extract_relations(parse_minutes(PASSED_ON, "lvo.txt"))
    tasks = [(a.assignees, a.task) for a in rel.assignments]
    assert any(w == ["Samverkansgrupp Barn och unga"] and t.startswith("följa upp skolläkarfunktionen och rapportera")
               for w, t in tasks), tasks
    mandates = {(m.from_body, m.to_body, m.kind) for m in rel.mandates}
    assert ("Regional ledningsgrupp Tallby", "Samverkansgrupp Barn och unga", "delegates") in mandates, mandates


REPORTING_TITLE = """Regional ledningsgrupp Tallby
Protokoll 2027-02-18
Närvarande: Pia Jonsvik, Tallby kommun; Kent Holm, Åby kommun

§ 2 Arbetsgrupp för gemensam skolläkarfunktion – återrapportering
Kent Holm föredrog arbetsgruppens slutredovisning.

§ 3 Slutrapport från Arbetsgrupp SIP
Pia Jonsvik föredrog rapporten.

§ 4 Återrapport från Politiskt samråd Tallby
Pia Jonsvik berättade från samrådets senaste möte.
"""


def test_an_item_titled_by_a_body_and_its_report_is_that_body_reporting():
    """"Arbetsgrupp för X – återrapportering", "Slutrapport från Arbetsgrupp SIP": the body the title names reports
    to the body that met; "Återrapport från Politiskt samråd" is news from a meeting of a body above, no report of its.
    """
    mandates = {(m.from_body, m.to_body, m.kind)
                for m in extract_relations(parse_minutes(REPORTING_TITLE, "lg.txt")).mandates}
    assert ("Arbetsgrupp för gemensam skolläkarfunktion", "Regional ledningsgrupp Tallby", "reports_to") in mandates, mandates
    assert ("Arbetsgrupp SIP", "Regional ledningsgrupp Tallby", "reports_to") in mandates, mandates
    # news brought back from a body above: no report of that body's
    assert not any(f.startswith("Politiskt samråd") for f, _, _ in mandates), mandates
