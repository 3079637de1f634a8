"""Reports handed in to the body that met, a mandate it gives, a seat filled later, and reports back on tasks.

"Arbetsgrupp X har lämnat sin delrapport": no receiver named, so the body that met receives it and the group
reports there; an item titled "Tertialrapport från Styrgrupp Y" is that body's periodic report to the body that
met; "Arbetsgruppen får fortsatt mandat att …" in the notes of the body above it is a task and a delegation from
it; "Åby kommun meddelar efterträdare senare" is the kommun's task of naming who takes the seat.
Who "återkopplade på uppdraget …" or "återrapporterade: …" tells the outcome of an earlier task: the item's presenter.
"Beslut: Uppdraget till Arbetsgrupp Z förlängs …": the body that met keeps Z at the work it gave it.
"Från Tallvik tillkommer Göte Almqvist, enhetschef LSS, …": a member joins the body that met."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

MINUTES = """Ledningsgrupp för vård och omsorg i Norrby – minnesanteckningar 2027-09-22

Närvarande
Region Norrby: Karin Lund, hälso- och sjukvårdsdirektör (ordförande)
Åby kommun: Jukka Berg, socialchef
Tallviks kommun: Maria Holm, socialchef
Region Norrby: Per Ek, utvecklingsledare (sekreterare)

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Tertialrapport från Styrgrupp Nära vård
Maria Holm redovisade styrgruppens rapport. Antalet gemensamma hembesök har ökat.
Mötet beslutar att lägga rapporten till handlingarna.

3. Läkarmedverkan i hemsjukvården
Arbetsgrupp hemsjukvård och läkarmedverkan har lämnat sin delrapport.
Ledningsgruppen ställde sig bakom rapportens förslag om fasta läkarkontakter.
Arbetsgrupp hemsjukvård och läkarmedverkan får fortsatt mandat att ta fram en uppföljningsmodell.

4. Ledamöter
Jukka Berg går i pension vid halvårsskiftet. Åby kommun meddelar efterträdare senare.
Från Tallvik tillkommer Göte Almqvist, enhetschef LSS, som ny representant i gruppen.

5. Korttidsplatser
Maria Holm återkopplade på uppdraget från juni om att kartlägga korttidsplatserna. Beläggningen är över 95 procent.

6. Nattpatrullen
Jukka Berg återrapporterade: nattpatrullen har sedan juni två bilar i tjänst.

7. Arbetsgrupp trygg hemgång – uppdragets längd
Uppdraget löper ut den 30 juni.
Beslut: Uppdraget till Arbetsgrupp trygg hemgång förlängs till och med den 31 december 2027.

8. Nästa möte
Onsdag 17 november 2027.
"""
BODY = "Ledningsgrupp för vård och omsorg i Norrby"
WORK_GROUP = "Arbetsgrupp hemsjukvård och läkarmedverkan"


def _read():
    return extract_relations(parse_minutes(MINUTES, "minnesanteckningar.txt"))


def _mandates(rel) -> set[tuple[str, str, str]]:
    return {(m.from_body.casefold(), m.to_body.casefold(), m.kind) for m in rel.mandates}


def test_a_report_handed_in_without_a_receiver_goes_to_the_body_that_met():
    assert (WORK_GROUP.casefold(), BODY.casefold(), "reports_to") in _mandates(_read())


def test_an_item_titled_as_a_periodic_report_from_a_body_is_its_report_to_the_body_that_met():
    assert ("styrgrupp nära vård", BODY.casefold(), "reports_to") in _mandates(_read())


def test_a_mandate_given_to_a_group_in_the_running_text_is_a_delegation_from_the_body_that_met():
    rel = _read()
    assert (BODY.casefold(), WORK_GROUP.casefold(), "delegates") in _mandates(rel)
    assert any(a.assignees == [WORK_GROUP] and a.task.startswith("ta fram en uppföljningsmodell") for a in rel.assignments)


def test_a_kommun_that_will_name_a_successor_has_that_task():
    rel = _read()
    assert any(a.assignees == ["Åby kommun"] and a.task.startswith("meddela efterträdare") for a in rel.assignments), \
        [(a.assignees, a.task) for a in rel.assignments]


def test_who_reports_back_on_an_earlier_task_presents_the_item():
    items = {it.number: it for it in parse_minutes(MINUTES, "minnesanteckningar.txt").items}
    assert items["5"].presenters == ["Maria Holm"]
    assert items["6"].presenters == ["Jukka Berg"]


def test_an_uppdrag_to_a_group_extended_by_decision_is_a_delegation():
    assert (BODY.casefold(), "arbetsgrupp trygg hemgång", "delegates") in _mandates(_read())


def test_a_member_added_from_a_huvudman_joins_the_body_that_met():
    rel = _read()
    assert ("Göte Almqvist", BODY, "join") in {(m.person, m.group, m.change) for m in rel.memberships}, \
        [(m.person, m.group, m.change) for m in rel.memberships]
