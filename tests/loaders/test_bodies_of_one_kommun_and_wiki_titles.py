"""Minutes of bodies not read before: a kommun's POSOM-ledningsgrupp in a meeting app's English template, a
regional network's working group on a wiki page, a gymnasieförbund's direktion printed from Word to PDF and a
fullmäktige's demokratiberedning. Each test is one habit of their secretaries.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _read(text: str, name: str = "m.txt"):
    m = parse_minutes(text, name)
    return m, extract_relations(m)


POSOM = """POSOM-ledningsgruppen – Åby kommun
Meeting notes / Minnesanteckningar

Date: 2026-10-08, kl. 13.15–15.00
Location: Kommunhuset

Attendees:
- Eva Lund, socialchef, Åby kommun (chair)
- Per Brandt, räddningschef, Räddningstjänsten Åby
- Sara Holm, rektor, Åby kommun

1. Gruppens sammansättning
Sara Holm har bytt tjänst och lämnar ledningsgruppen vid årsskiftet. Skolans plats tas över av Olof Ryd, biträdande
rektor på Ekeby skola, fr.o.m. 2027-01-01.

2. Övningar
Övningen planeras till våren.

Action items:
- Per Brandt – uppdatera larmlistan för de frivilliga. Due: 2026-11-15
- Eva Lund & Per Brandt – ta fram ett förslag till övningsscenario. Due: 2027-01-29
"""


def test_a_kommuns_own_group_named_with_it_after_a_dash():
    """"POSOM-ledningsgruppen – Åby kommun": a kommun's own crisis support group, named with the kommun."""
    m, _ = _read(POSOM)
    assert m.body == "POSOM-ledningsgruppen, Åby kommun"


def test_dashed_action_rows_with_an_ampersand_and_a_labelled_due_date():
    """"Eva Lund & Per Brandt – ta fram … Due: 2027-01-29": two doers joined by an ampersand, the due date
    labelled after the task's full stop, as an English template writes it."""
    _, r = _read(POSOM)
    got = {(tuple(sorted(a.assignees)), a.task.split(" senast")[0]) for a in r.assignments}
    assert (("Per Brandt",), "uppdatera larmlistan för de frivilliga") in got
    assert (("Eva Lund", "Per Brandt"), "ta fram ett förslag till övningsscenario") in got
    dues = {a.task: a.due_date for a in r.assignments}
    assert dues.get("uppdatera larmlistan för de frivilliga") == "2026-11-15", dues


def test_a_seat_taken_over_in_the_passive():
    """"Skolans plats tas över av Olof Ryd, biträdande rektor …": the newcomer takes the seat of the one leaving."""
    _, r = _read(POSOM)
    got = {(x.person, x.change) for x in r.memberships}
    assert ("Olof Ryd", "replace") in got


def test_chair_in_an_english_template():
    """"Eva Lund, socialchef, Åby kommun (chair)": the chair in the template's English."""
    m, _ = _read(POSOM)
    roles = {a.name: a.roles for a in m.attendance}
    assert "ordförande" in roles.get("Eva Lund", [])


WIKI = """2026-09-17 Möte arbetsgruppen – Barnrättsnätverket
Datum
17 sep 2026, kl. 9.00–11.30, Teams
Deltagare
Namn\tOrganisation\tRoll i gruppen
Lovisa Berg\tRegion Ås\tsammankallande
Johan Tiger\tÅby kommun\tledamot
Diskussionspunkter
1. Välkommen
Johan presenterade sig.
"""


def test_a_wiki_pages_working_group_of_the_network_its_title_names():
    """"2026-09-17 Möte arbetsgruppen – Barnrättsnätverket" (a wiki page's title): the network's working group."""
    m, _ = _read(WIKI, "m.html")
    assert m.body == "Arbetsgruppen, Barnrättsnätverket"


def test_a_fullmaktiges_beredning_is_the_kommuns():
    """"Kommunfullmäktiges demokratiberedning" over "Åby kommun – Protokoll": the kommun's beredning."""
    m, _ = _read("Kommunfullmäktiges demokratiberedning\nÅby kommun – Protokoll 2026-10-20\n\n"
                 "Beslutande\nLena Storm (S), ordförande\nPer Nyqvist (S)\n\n§ 22 Justering\n"
                 "Beredningen beslutar att utse Per Nyqvist att justera dagens protokoll.\n")
    assert m.body == "Kommunfullmäktiges demokratiberedning, Åby kommun"


DIREKTION = """GYMNASIEFÖRBUNDET ÅBY
PROTOKOLL
Direktionen
Sammanträdesdatum 2026-11-05

Beslutande: Kjell Rask (S), ordförande, Marie Ulvhed (M), Ulla Berg (S)

§ 41 Ny ledamot i direktionen
Förbundsfullmäktige har den 21 oktober 2026 entledigat Kent Ahl (S), Ekeby, från uppdraget som ledamot i direktionen och i hans ställe valt Ulla Berg (S), Ekeby, för tiden till och med 2026-12-31.
Direktionen beslutar
att anteckna informationen till protokollet.

§ 42 Medlemsavgifter
Direktionen beslutar
att till förbundsfullmäktige överlämna förslaget till medlemsavgifter för medlemskommunerna.

Underskrifter
Ordförande Justerare Sekreterare
…………………………… …………………………… ……………………………
Kjell Rask Marie Ulvhed Tove Sandin
"""


def test_a_forbunds_member_named_with_her_kommun_is_released_and_replaced():
    """"entledigat Kent Ahl (S), Ekeby, … och i hans ställe valt Ulla Berg (S), Ekeby, för tiden …": the kommun
    each sits for in commas after the party."""
    _, r = _read(DIREKTION)
    got = {(x.person, x.change) for x in r.memberships}
    assert ("Kent Ahl", "leave") in got
    assert ("Ulla Berg", "replace") in got


def test_the_body_first_in_an_att_clause_handing_a_proposal_on():
    """"att till förbundsfullmäktige överlämna förslaget …": referred to the body named before the verb."""
    _, r = _read(DIREKTION)
    assert any(x.kind == "refers" and x.to_body.casefold() == "förbundsfullmäktige" for x in r.mandates), r.mandates


def test_signature_table_roles_and_names_a_single_space_apart():
    """"Ordförande Justerare Sekreterare" over "Kjell Rask Marie Ulvhed Tove Sandin": three signers, no one
    person of five words."""
    m, _ = _read(DIREKTION)
    names = {a.name for a in m.attendance}
    assert not any(len(n.split()) > 3 for n in names), names
    roles = {a.name: a.roles for a in m.attendance}
    assert "justerare" in roles.get("Marie Ulvhed", [])


def test_released_at_her_own_request_and_the_seat_told_first():
    """"har på egen begäran befriat X från uppdraget som ersättare", "Som ny ersättare har fullmäktige valt Y"."""
    _, r = _read("Kommunfullmäktiges demokratiberedning\nÅby kommun – Protokoll 2026-10-20\n\n"
                 "Beslutande\nLena Storm (S), ordförande\nAmira Haddad (M)\n\n§ 23 Ledamöter och ersättare\n"
                 "Kommunfullmäktige har på egen begäran befriat Jörgen Falk (M) från uppdraget som ersättare i "
                 "demokratiberedningen. Som ny ersättare har fullmäktige valt Amira Haddad (M).\n"
                 "Beredningen beslutar att notera informationen.\n")
    got = {(x.person, x.change) for x in r.memberships}
    assert ("Jörgen Falk", "leave") in got
    assert ("Amira Haddad", "join") in got
