"""Habits of secretaries of collaboration bodies read from small inline minutes: a body that sends one of its
own to another body in the place of the one who had the seat ("X utsågs till styrgruppens representant i G efter
Y, som lämnar …"), and a task line labelled "Uppdrag:" or "Ansvarig:" under a "Beslut:" line, the task given and
no part of the decision; the roster's initials with a bracketed title as a task's subject ("KL (MAR) samordnar …"); a
seat taken in another body "i stället för" someone named by initials; "att ES lämnar gruppens synpunkter till …", a
task and no leaving; and a matter the body wants another body to take up ("Nätverket vill att Samverkansgrupp X tar
upp …"), referred there."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _relations(text: str, name: str = "x.txt"):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


_MINUTES = ("Styrgrupp Digital omsorg\nPROTOKOLL\nDatum: 2026-10-13\n"
            "Ledamöter: Eva Lund, ordförande (Åby kommun); Per Holm (Region Norrby); Sara Berg (Ekby kommun)\n"
            "§ 1 Mötets öppnande\nEva Lund öppnade mötet.\n"
            "§ 2 Larm i hemtjänsten\nSara Berg redogjorde för läget i Ekby.\n"
            "Beslut: Styrgruppen ställer sig bakom rutinen för larmöverföring.\n"
            "Uppdrag: Sara Berg sammanställer larmstatistiken för samtliga kommuner till decembermötet.\n"
            "§ 3 Representation\n"
            "Sara Berg utsågs till styrgruppens representant i Regionalt forum för digital vård efter Per Holm, "
            "som lämnar forumet vid årsskiftet.\n"
            "§ 4 Nästa möte\n8 december 2026.\n")


def test_uppdrag_line_after_beslut_is_a_task_and_no_decision():
    p, r = _relations(_MINUTES)
    texts = [d.text for d in p.decisions]
    assert any("ställer sig bakom rutinen" in t for t in texts)
    assert not any("sammanställer larmstatistiken" in t for t in texts)
    assert any(a.assignees == ["Sara Berg"] and "larmstatistiken" in a.task for a in r.assignments)


def test_representative_sent_by_the_body_in_someones_place():
    _, r = _relations(_MINUTES)
    seats = {(m.person, m.group, m.change) for m in r.memberships}
    assert ("Sara Berg", "Regionalt forum för digital vård", "join") in seats
    assert ("Per Holm", "Regionalt forum för digital vård", "leave") in seats
    assert any(a.assignees == ["Sara Berg"] and a.task.startswith("vara styrgruppens representant i Regionalt forum")
               for a in r.assignments)


_INITIALS = ("Arbetsgrupp Hjälpmedel Norrby\nMinnesanteckningar 2026-11-24\n"
             "Närvarande\nKL  Karin Lund, MAR, Åby kommun (ordf.)\nES  Eva Sund, enhetschef, Ekby kommun\n"
             "TR  Tore Rask, sektionschef, Region Norrby\n"
             "Förhinder\nOH  Olle Hed, arbetsterapeut, Byn kommun\n"
             "Punkt 1. Förskrivning\nTR redogjorde för läget.\n"
             "KL (MAR) samordnar en kartläggning av förskrivningen i kommunerna.\n"
             "Punkt 2. Prislistan\nGruppen beslutade\n- att föreslå oförändrade hyresnivåer för 2027,\n"
             "- att ES lämnar gruppens synpunkter till nämndens sekreterare senast den 4 december.\n"
             "Punkt 3. Representation\n"
             "ES ingår från januari i referensgruppen för upphandling av sängar, i stället för OH.\n"
             "Punkt 4. Nästa möte\nTR skickar kallelse.\n")


def test_initials_with_a_bracketed_title_as_the_subject_of_a_task():
    _, r = _relations(_INITIALS)
    assert any(a.assignees == ["Karin Lund"] and a.task.startswith("samordna en kartläggning") for a in r.assignments)


def test_handing_in_the_groups_views_is_a_task_and_no_leaving():
    _, r = _relations(_INITIALS)
    assert any(a.assignees == ["Eva Sund"] and a.task.startswith("lämna gruppens synpunkter") for a in r.assignments)
    assert not any(m.person == "Eva Sund" and m.change == "leave" for m in r.memberships)


def test_seat_in_another_body_in_place_of_the_one_by_initials():
    _, r = _relations(_INITIALS)
    seats = {(m.person, m.group.casefold(), m.change) for m in r.memberships}
    assert ("Eva Sund", "referensgruppen för upphandling av sängar", "replace") in seats
    assert ("Olle Hed", "referensgruppen för upphandling av sängar", "leave") in seats


_NETWORK = ("MAS-NÄTVERKET I NORRBY\nMinnesanteckningar från nätverksträff 5 november 2026\n"
            "Deltagare\nÅby: Sofia Ek, MAS\nEkby: Per Holm, MAS\n"
            "1) Frågor till Samverkansgrupp äldre\n"
            "Nätverket vill att Samverkansgrupp äldre tar upp bristen på läkarmedverkan i korttidsboendena. "
            "Sofia formulerar ärendet.\n"
            "2) Övrigt\nInga övriga frågor.\n")


def test_a_matter_the_body_wants_another_body_to_take_up_is_referred_there():
    _, r = _relations(_NETWORK)
    assert any(m.to_body == "Samverkansgrupp äldre" and m.kind == "refers" for m in r.mandates)


_CONVENER = ("MAS-NÄTVERKET I NORRBY\nMinnesanteckningar från nätverksträff 5 november 2026\n"
             "Deltagare\nÅby: Britt Sjö, MAR\nEkby: Niklas Holm, MAS\nByn: Helena Brand, MAS\n"
             "1) Delegering\nBritt berättade om digital delegering.\n"
             "Britt Sjö är sammankallande för arbetsgruppen för delegerings-\n"
             "utbildning, som tar fram utbildningsmaterialet – Niklas och Helena deltar.\n"
             "2) Övrigt\nInga övriga frågor.\n")


def test_convener_the_groups_task_and_who_else_takes_part():
    _, r = _relations(_CONVENER)
    seats = {(m.person, m.group.casefold()) for m in r.memberships}
    for p in ("Britt Sjö", "Niklas Holm", "Helena Brand"):
        assert (p, "arbetsgruppen för delegeringsutbildning") in seats, p
    assert any(a.assignees == ["arbetsgruppen för delegeringsutbildning"] and a.task.startswith("ta fram utbildningsmaterialet")
               for a in r.assignments)
