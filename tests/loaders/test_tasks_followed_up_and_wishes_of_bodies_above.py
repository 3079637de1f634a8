"""Assignments told in phrasings other secretaries write: an earlier task followed up with its status after a dash
("NN fick i uppdrag vid förra mötet att … – klart" / "… – kvarstår"); a body above wishing the body that met to act
("RLG önskar att samverkansgruppen lämnar …"); a body above asking for a report ("LVO har bett arbetsgruppen om en
skriftlig rapport om …"); everyone's homework behind a fronted adverbial ("Till nästa gång ska alla ta med …");
"NN sätter ihop …"; and a decision table under "X beslutade följande:" with columns Nr / Beslut/åtgärd / Ansvarig /
Tidplan, each row a decision and a task of the one responsible.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _tasks(text: str, name: str) -> set[tuple[tuple[str, ...], str]]:
    r = extract_relations(parse_minutes(text, name))
    return {(tuple(sorted(a.casefold() for a in x.assignees)), x.task.casefold()) for x in r.assignments}


def _has(tasks, who: set[str], start: str) -> bool:
    return any(who <= set(w) and t.startswith(start) for w, t in tasks)


FOLLOW_UP = """Samverkansgrupp äldre Åby
Minnesanteckningar 2026-12-09
Plats: Teams

Närvarande: Eva Lund (ordf, Region Åby), Per Berg (Norrby kommun), Sara Ek (Tallviks kommun)

1. Uppdrag sedan förra mötet
Per Berg fick i uppdrag vid förra mötet att stämma av nattbemanningen med MAS – klart.
Sara Ek fick i uppdrag vid förra mötet att ta fram statistik över återinläggningar – kvarstår, väntas i januari.

2. RLG
RLG önskar att samverkansgruppen lämnar förslag på två utvecklingsområden inför RLG:s möte i februari.

3. Planering
Eva sätter ihop ett förslag till mötesplan för våren.
"""


def test_a_task_given_at_the_last_meeting_followed_up_with_its_status():
    t = _tasks(FOLLOW_UP, "sg_aldre_2026-12-09.txt")
    assert _has(t, {"per berg"}, "stämma av nattbemanningen med mas"), t
    assert not any("klart" in task for _, task in t), t
    assert ((("sara ek",), "ta fram statistik över återinläggningar")) in t, t


def test_a_body_above_wishes_the_body_that_met_to_act():
    t = _tasks(FOLLOW_UP, "sg_aldre_2026-12-09.txt")
    assert _has(t, {"samverkansgrupp äldre åby"}, "lämna förslag på två utvecklingsområden"), t


def test_sätter_ihop_is_a_task():
    t = _tasks(FOLLOW_UP, "sg_aldre_2026-12-09.txt")
    assert _has(t, {"eva lund"}, "sätta ihop ett förslag till mötesplan"), t


ARBETSGRUPP = """# Arbetsgrupp SIP-utbildning Åby

**Anteckningar** · 2026-12-03 · Teams

**Närvarande:** Eva Lund (Region Åby, sammankallande), Per Berg (Norrby kommun), Sara Ek (Tallviks kommun)

### 1. Rapport till LVO

LVO har bett arbetsgruppen om en skriftlig rapport om utbildningsinsatserna 2026.

### 2. Till nästa gång

Till nästa gång ska alla ta med antal genomförda SIP i sin verksamhet.
"""


def test_a_body_above_asks_for_a_report():
    t = _tasks(ARBETSGRUPP, "ag_sip_2026-12-03.md")
    assert _has(t, {"arbetsgrupp sip-utbildning åby"}, "lämna en skriftlig rapport om utbildningsinsatserna"), t


def test_everyone_to_bring_something_next_time_behind_a_fronted_adverbial():
    t = _tasks(ARBETSGRUPP, "ag_sip_2026-12-03.md")
    assert _has(t, {"arbetsgrupp sip-utbildning åby"}, "ta med antal genomförda sip"), t


TABLE = """Samverkansgrupp psykisk hälsa Åby
Minnesanteckningar från möte 2026-12-02
Plats: Teams

Närvarande: Eva Lund (ordförande, Region Åby), Per Berg (Norrby kommun), Sara Ek (Tallviks kommun)

1. Inledning
Dagordningen godkändes.

2. Beslut och åtgärder
Samverkansgruppen beslutade följande:
Nr\tBeslut/åtgärd\tAnsvarig\tTidplan
1\tSammanställa lägesbild över självskadebeteende till RLG\tSara Ek\t4 februari 2027
2\tRevidera rutinen för samordnad vård vid samsjuklighet\tPer Berg\tapril 2027
3. Övrigt
Inget.
"""


def test_each_row_of_a_table_under_beslutade_foljande_is_a_decision():
    p = parse_minutes(TABLE, "sg_psykisk_halsa_2026-12-02.txt")
    texts = [d.text for d in p.decisions]
    assert "Sammanställa lägesbild över självskadebeteende till RLG" in texts, texts
    assert "Revidera rutinen för samordnad vård vid samsjuklighet" in texts, texts
    assert not any(t.casefold().startswith("följande") for t in texts), texts


WRAPPED = """# Arbetsgrupp SIP-utbildning Åby

**Anteckningar** · 2026-12-03 · Teams

**Med på mötet:** Eva Lund (Region Åby, sammankallande), Per Berg (Norrby kommun),
Sara Ek (Tallviks kommun), Ola Sund (Åby kommun)
**Förhinder:** Nina Holm (Region Åby)

### 1. Inledning

Eva hälsade välkommen.
"""


def test_an_inline_roster_wrapped_after_a_comma_goes_on_on_the_next_line():
    p = parse_minutes(WRAPPED, "ag_sip_2026-12-03.md")
    present = {e.name for e in p.attendance if e.status == "present"}
    assert {"Eva Lund", "Per Berg", "Sara Ek", "Ola Sund"} <= present, present
