"""Changes of seat and questions sent on, as secretaries of samverkansgrupper and styrgrupper write them:

- a newcomer welcomed by name before "välkommen", the seat she takes in a relative clause after it ("Vi hälsar A
  välkommen, som från och med mars ersätter B i gruppen"): A replaces B, B leaves;
- a leaving told in the future ("A kommer att lämna gruppen efter sommaren"): a leave, as FORMAT.md's conventions
  count every stated change;
- a question raised "via" someone or some body ("Frågan lyfts till styrgruppen via ordföranden", "… via
  ordföranden till LSVO"): referred to the body named first, never to the way there; the chair carries it;
- a nämnd that is to appoint members ("Nämnden ska utse två ledamöter till …"): no one is a member yet, and
  "Nämnden" is no person;
- the officials who serve a styrgrupp under "Stöd till styrgruppen" ("Samordnare: A", "Processledare: B"): there,
  no members, and a task to "samordnaren" is A's.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

HEAD = """Minnesanteckningar Samverkansgrupp Äldre Norrvik 2027-03-15

Närvarande: Lena Ås, Norrviks kommun, ordförande; Tobias Falk, Norrviks kommun; Johan Ek, Region Söderland; \
Eva Ström, Region Söderland, sekreterare

1. {title}
{text}
"""


def _read(text: str, title: str = "Information"):
    return extract_relations(parse_minutes(HEAD.format(title=title, text=text)))


def _members(r):
    return sorted((m.person, m.group, m.change, m.replaces) for m in r.memberships)


def test_a_newcomer_welcomed_before_the_relative_clause_replaces_the_one_named_there():
    r = _read("Vi hälsar Amina Berg välkommen, som från och med mars ersätter Tobias Falk i gruppen.",
              "Förändringar i gruppen")
    assert _members(r) == [("Amina Berg", "Samverkansgrupp Äldre Norrvik", "replace", "Tobias Falk"),
                           ("Tobias Falk", "Samverkansgrupp Äldre Norrvik", "leave", None)]


def test_the_newcomers_workplace_between_commas_and_the_welcome_in_the_past():
    r = _read("Ordföranden hälsade Amina Berg, Norrviks kommun, välkommen, som ersätter Tobias Falk.")
    assert [(m.person, m.change) for m in r.memberships] == [("Amina Berg", "replace"), ("Tobias Falk", "leave")]


def test_a_guest_welcomed_with_no_seat_taken_is_no_change():
    r = _read("Vi hälsar Amina Berg välkommen, som från och med mars ersätter den gamla rutinen med en ny.")
    assert r.memberships == []


def test_a_leaving_told_in_the_future_is_a_leave():
    r = _read("Johan Ek kommer att lämna gruppen efter sommaren.", "Förändringar i gruppen")
    assert _members(r) == [("Johan Ek", "Samverkansgrupp Äldre Norrvik", "leave", None)]
    r = _read("Johan Ek ska lämna Styrgrupp Nära vård vid årsskiftet.")
    assert _members(r) == [("Johan Ek", "Styrgrupp Nära vård", "leave", None)]


def test_what_is_handed_in_in_the_future_is_no_leaving():
    for text in ("Johan Ek kommer att lämna in underlaget efter sommaren.",
                 "Johan Ek kommer att lämna ett förslag till gruppen i maj."):
        assert _read(text).memberships == [], text


def _mandates(r):
    return sorted((m.from_body, m.to_body, m.kind) for m in r.mandates)


def test_raised_via_the_chair_goes_to_the_body_named_first_and_the_chair_carries_it():
    # (the styrgrupp named in full at an earlier point, then by its kind)
    r = _read("Lena berättade om planen som Styrgrupp Nära vård tagit fram.\n\n2. Hemsjukvård\nFrågan lyfts till "
              "styrgruppen via ordföranden.", "Nära vård")
    assert _mandates(r) == [("Samverkansgrupp Äldre Norrvik", "Styrgrupp Nära vård", "refers")]
    assert [(a.assignees, a.task) for a in r.assignments] == [(["Lena Ås"], "ta frågan till styrgruppen")]


def test_raised_via_another_body_goes_to_the_body_named_first():
    r = _read("Frågan lyfts till Ledningsgruppen för hälsa via styrgruppen.")
    assert _mandates(r) == [("Samverkansgrupp Äldre Norrvik", "Ledningsgruppen för hälsa", "refers")]
    r = _read("Frågan om nattbemanning är viktig och vi lyfter den till LSVO via ledningsgruppen.")
    assert _mandates(r) == [("Samverkansgrupp Äldre Norrvik", "LSVO", "refers")]


def test_the_way_told_before_the_body():
    r = _read("Frågan lyfts via ordföranden till LSVO.")
    assert _mandates(r) == [("Samverkansgrupp Äldre Norrvik", "LSVO", "refers")]
    assert [(a.assignees, a.task) for a in r.assignments] == [(["Lena Ås"], "ta frågan till LSVO")]


def test_raised_by_mail_is_no_one_carrying_it():
    r = _read("Frågan tas till Styrgrupp Nära vård via mejl.")
    assert r.assignments == []


def test_a_namnd_to_appoint_members_makes_no_member_and_no_person():
    r = _read("Socialnämnden i Norrvik har beslutat att inrätta ett brukarråd. Nämnden ska utse två ledamöter till "
              "brukarrådet.", "Brukarråd")
    assert r.memberships == []
    assert not any("Nämnden" in who for a in r.assignments for who in a.assignees)
    p = parse_minutes(HEAD.format(title="Styrgrupp", text="Nämnden ska utse två ledamöter till Styrgrupp Nära vård."))
    assert not any("ämnden" in (a.name or "") for a in p.attendance)
    assert extract_relations(p).memberships == []


STYRGRUPP = """STYRGRUPP DIGITAL VÅRD NORRVIK

Minnesanteckningar 2027-02-09
Plats: Rådhuset, Norrvik

Närvarande ledamöter
Hanna Moberg, IT-strateg, Norrviks kommun – ordförande
Kalle Dahl, chef e-hälsa, Region Söderland

Frånvarande ledamot
Lisa Sund, utvecklingsledare, Västbyns kommun

Stöd till styrgruppen
Samordnare: Rut Ahlgren, Region Söderland (för anteckningar)
Processledare: Omar Saleh, FoU Söderland

1. Digital SIP
Samordnaren skickar den reviderade tidplanen till huvudmännen senast den 19 februari.
Samordnaren publicerar lägesrapporten på samverkanswebben.
"""


def test_the_officials_who_serve_a_styrgrupp_are_there_and_no_members():
    p = parse_minutes(STYRGRUPP)
    by_name = {a.name: a for a in p.attendance}
    assert by_name["Rut Ahlgren"].status == "guest" and "samordnare" in by_name["Rut Ahlgren"].roles
    assert by_name["Omar Saleh"].status == "guest" and "processledare" in by_name["Omar Saleh"].roles
    assert by_name["Lisa Sund"].status == "absent"


def test_a_task_to_the_samordnare_is_the_holders():
    r = extract_relations(parse_minutes(STYRGRUPP))
    tasks = sorted((tuple(a.assignees), a.task.split()[0]) for a in r.assignments)
    assert tasks == [(("Rut Ahlgren",), "publicera"), (("Rut Ahlgren",), "skicka")]


def test_decided_after_the_reason_to_raise_it_via_another_body():
    p = parse_minutes(HEAD.format(title="Journalåtkomst", text=(
        "Frågan om journalåtkomst kommer vi inte längre med på egen hand, så vi beslutade att lyfta den till "
        "Ledningsgruppen för vård och omsorg i Söderland via närvårdsrådet.")))
    # ("den": the question fronted in the clause before)
    assert [d.text for d in p.decisions] == ["lyfta frågan om journalåtkomst till Ledningsgruppen för vård och omsorg i "
                                             "Söderland via närvårdsrådet"]
    assert _mandates(extract_relations(p)) == [("Samverkansgrupp Äldre Norrvik",
                                                "Ledningsgruppen för vård och omsorg i Söderland", "refers")]


def test_a_seat_for_ones_part_is_a_seat_in_the_body_that_met():
    r = _read("Vi började med att välkomna Amina Berg, som från och med i höst ersätter Tobias Falk för psykiatrins del.")
    assert _members(r) == [("Amina Berg", "Samverkansgrupp Äldre Norrvik", "replace", "Tobias Falk"),
                           ("Tobias Falk", "Samverkansgrupp Äldre Norrvik", "leave", None)]


def test_a_leaving_to_come_by_the_given_name_with_an_adverb():
    r = _read("Johan kommer också att lämna gruppen vid årsskiftet, och regionen utser en ny representant.")
    assert ("Johan Ek", "Samverkansgrupp Äldre Norrvik", "leave", None) in _members(r)


SERVED = STYRGRUPP + """
2. Läget
Processledaren redovisade läget i kommunerna.
Beslutades att Kalle Dahl är styrgruppens representant vid den nationella nätverksträffen i maj.

3. Arbetsgrupp för digitala hjälpmedel
Arbetsgruppen, som styrgruppen tillsatte i höstas, har lämnat sin lägesrapport.
"""


def test_the_processledare_by_role_presents_and_a_representative_at_an_event_is_a_duty():
    p = parse_minutes(SERVED)
    item = next(i for i in p.items if i.number == "2")
    assert item.presenters == ["Omar Saleh"]
    r = extract_relations(p)
    assert (["Kalle Dahl"], "vara styrgruppens representant vid den nationella nätverksträffen i maj") in [
        (a.assignees, a.task) for a in r.assignments]


def test_a_working_group_told_by_a_relative_clause_hands_in_its_report():
    r = extract_relations(parse_minutes(SERVED))
    assert ("Arbetsgrupp för digitala hjälpmedel", "Styrgrupp Digital Vård Norrvik", "reports_to") in _mandates(r)


NAMND = """PROTOKOLL
Kulturnämnden, Norrviks kommun
Sammanträdesdatum 2027-03-15

Beslutande
Lena Ås (S), ordförande
Tobias Falk (M)
Johan Ek (C)

§ 12 Val av representanter till Folkhälsorådet i Norrvik

Ärendebeskrivning
Nämnden ska utse en ledamot och en ersättare till kommunens folkhälsoråd för perioden 2027–2028.

Beslut
Kulturnämnden beslutar att utse Johan Ek (C) till nämndens representant och Tobias Falk (M) till ersättare i
Folkhälsorådet i Norrvik.

§ 13 Information
Socialnämnden ska utse två ledamöter till brukarrådet.
"""


def test_the_seats_a_namnd_is_to_fill_are_its_case_not_its_task():
    r = extract_relations(parse_minutes(NAMND))
    assert not any("Kulturnämnden" in who for a in r.assignments for who in a.assignees)
    assert not any("ämnden" in m.person for m in r.memberships)
    # the decision below names whom
    assert ("Johan Ek", "join") in [(m.person, m.change) for m in r.memberships]
    # another nämnd's seats to fill stay its task
    assert (["Socialnämnden"], "utse två ledamöter till brukarrådet") in [(a.assignees, a.task) for a in r.assignments]
