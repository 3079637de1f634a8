"""Readings from a region's sister minutes of four kinds: an operativ team's loose notes ("Med idag: LS (…)",
"Bestämdes att …", "Vi kör på det", a newcomer "ny från och med idag", a leaver "har sagt att hon slutar", a matter
handed to "dem"), a taktisk styrgrupp's notes (a question raised to the body it reports to, a contact person, a
presenter "där" on a day), a politisk council's change of seat "efter henne", and an utskott's table of seats
with each ledamot's personal ersättare and a presence column for each. Made-up names and places throughout."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

TEAM_NOTES = """Processteam hemgång Åby -- anteckn. 9/11 2027
Var: Åby vårdcentral, lilla rummet

Med idag: EB (Eva Berg, samordnare Åby kommun), PL (Per Lund, avd 7 Region Norrby),
SN (Sara Nyström, hemsjukvården Åby)
Inte med: KH (Kim Holm, rehab Åby)

Nytt i teamet
SN är ny från och med idag och ersätter Nora W som har gått till Ekby. KH har sagt att hon
slutar i teamet vid årsskiftet.

Styrgruppen
EB berättade att Styrgrupp Nära vård Norrby vill att teamet tar fram en checklista för hemgång på
fredagar och rapporterar till styrgruppen i december. Vi kör på det.

Läkemedel
Det är en fråga för Arbetsgrupp läkemedelsstöd. Teamet överlämnar frågan till dem.

Övrigt
- Bestämdes att vi fortsätter med träffar varannan vecka till jul.
"""


def test_a_teams_roster_after_med_idag_by_initials():
    p = parse_minutes(TEAM_NOTES)
    got = {(a.name, a.status, a.initials) for a in p.attendance}
    assert {("Eva Berg", "present", "EB"), ("Per Lund", "present", "PL"), ("Sara Nyström", "present", "SN"),
            ("Kim Holm", "absent", "KH")} <= got


def test_a_teams_own_words_for_what_it_decided():
    texts = [d.text for d in parse_minutes(TEAM_NOTES).decisions]
    assert "Vi kör på det" in texts
    assert any(t.startswith("vi fortsätter med träffar varannan vecka") for t in texts)


def test_newcomer_from_today_and_a_leaver_said_in_passing():
    r = extract_relations(parse_minutes(TEAM_NOTES))
    ms = {(m.person, m.change) for m in r.memberships if m.group == "Processteam hemgång Åby"}
    assert {("Sara Nyström", "replace"), ("Nora W", "leave"), ("Kim Holm", "leave")} <= ms


def test_a_wish_told_by_a_member_and_a_matter_handed_to_dem():
    r = extract_relations(parse_minutes(TEAM_NOTES))
    md = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    # (the place after a body's name is the resolver's to keep or drop)
    assert ("Styrgrupp Nära vård", "Processteam hemgång Åby", "delegates") in md
    assert ("Processteam hemgång Åby", "Styrgrupp Nära vård", "reports_to") in md
    assert ("Processteam hemgång Åby", "Arbetsgrupp läkemedelsstöd", "refers") in md


STEERING_NOTES = """STYRGRUPP SÄKER UTSKRIVNING NORRBY
Minnesanteckningar, onsdag 27 oktober 2027 kl. 13.00-15.30

Deltagare per huvudman
  Region Norrby ......... Eva Ek, verksamhetschef (ordf.)
  Åby kommun ............ Per Holm, socialchef

1. Uppdrag till Arbetsgrupp SIP
Styrgruppen ger Arbetsgrupp SIP i uppdrag att ta fram en rutin. Per Holm blir styrgruppens
kontaktperson mot arbetsgruppen.

2. Helgutskrivningar
Beslut: Styrgruppen lyfter frågan till Ledningsgruppen för samverkan i Norrby, som styrgruppen
rapporterar till. Eva Ek föredrar ärendet där 2027-11-17.
"""


def test_a_question_raised_to_the_body_the_group_reports_to_is_both():
    r = extract_relations(parse_minutes(STEERING_NOTES))
    md = {(m.from_body.casefold(), m.to_body, m.kind) for m in r.mandates}
    assert ("styrgrupp säker utskrivning norrby", "Ledningsgruppen för samverkan", "refers") in md
    assert ("styrgrupp säker utskrivning norrby", "Ledningsgruppen för samverkan", "reports_to") in md


def test_a_contact_person_and_a_presenter_there_on_a_day():
    r = extract_relations(parse_minutes(STEERING_NOTES))
    tasks = {(tuple(a.assignees), a.task.split(" där")[0]) for a in r.assignments}
    assert (("Per Holm",), "vara styrgruppens kontaktperson mot arbetsgruppen") in tasks
    assert (("Eva Ek",), "föredra ärendet") in tasks


COUNCIL = """# Politiskt samråd Norrby

**Minnesanteckningar** · fredag 24 september 2027

## Närvaro

| Huvudman | Ordinarie ledamot | Ersättare |
|---|---|---|
| Region Norrby | Britt Ek (S), ordförande | Kjell Lund (M) |
| Åby kommun | Vera Lunde (KD) | Roger Ny (S) – förhinder |

### § 33 Förändringar i samrådet

Gun Rask (S), Åby kommun, har lämnat sina politiska uppdrag och därmed sin plats i samrådet. Kommunstyrelsen i Åby har den 30 augusti 2027 utsett Vera Lunde (KD) till ny ordinarie ledamot efter henne.

**Beslut:** Informationen läggs till handlingarna.
"""


def test_a_seat_filled_after_one_named_the_sentence_before():
    r = extract_relations(parse_minutes(COUNCIL))
    ms = {(m.person, m.change) for m in r.memberships if m.group == "Politiskt samråd Norrby"}
    assert {("Vera Lunde", "replace"), ("Gun Rask", "leave")} <= ms


UTSKOTT = """ÅBY KOMMUN\tSAMMANTRÄDESPROTOKOLL
Socialnämndens arbetsutskott\tSammanträdesdatum 2027-04-13
Plats och tid\tÅby kommunhus, kl. 08.30–11.15

Närvaro
Ledamot\tParti\tNärvaro\tPersonlig ersättare\tErsättarens närvaro
Anna Berg, ordförande\tS\tNärvarande\tOla Lind (S)\tEj närvarande
Per Holm, vice ordförande\tC\tNärvarande\tIda Sten (M)\tNärvarande, ej tjänstgörande
Karl Nord\tSD\tFrånvarande\tTea Alm (SD)\tTjänstgörande

§ 31  Beslut under sommaren
Enligt socialnämndens reglemente bereder arbetsutskottet nämndens ärenden och beslutar på nämndens delegation i brådskande ärenden.
Beslut
Arbetsutskottet beslutar
att godkänna informationen.
"""


def test_a_table_of_seats_with_each_ledamots_own_ersattare():
    p = parse_minutes(UTSKOTT)
    got = {a.name: (a.status, "ersättare" in a.roles) for a in p.attendance}
    assert got["Karl Nord"] == ("absent", False)
    assert got["Ola Lind"] == ("absent", True)
    assert got["Ida Sten"] == ("present", True)
    assert got["Tea Alm"] == ("present", True)
    assert got["Anna Berg"] == ("present", False)


def test_an_utskott_deciding_on_its_nämnds_delegation():
    p = parse_minutes(UTSKOTT)
    r = extract_relations(p)
    md = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("Socialnämnden, Åby kommun", p.body, "delegates") in md


def test_two_tasks_of_one_doer_in_one_action_row():
    notes = ("Processteam X -- anteckn. 9/11 2027\n\nMed: EB (Eva Berg, Åby kommun), PL (Per Lund, Åby kommun)\n\n"
             "1. Övrigt\nInget.\n\nAtt göra\nEB  – påminna PL om listan, fråga chefen om en ersättare för PL\n"
             "PL  – förslag helgbemanning, till nästa träff\n")
    r = extract_relations(parse_minutes(notes))
    tasks = {(tuple(a.assignees), a.task) for a in r.assignments}
    assert (("Eva Berg",), "påminna PL om listan") in tasks
    assert (("Eva Berg",), "fråga chefen om en ersättare för PL") in tasks
    # a noun phrase after the comma is no second task
    assert not any(t.startswith("till nästa") for _, t in tasks)
