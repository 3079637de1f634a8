"""Tasks and seats told in passing in local notes: a reminder after the clause that says what is to be done
(by initials, of whom the clause names or a pronoun for them); "kommunen utser ny ledamot" after a clause that names
the kommun by its place alone; a convener's post taken beside a seat just taken over; "Förbundet representeras av X"
under an item about another group (a seat in it, not a task); "Kommunernas ledamöter anmäler …" (the attendees
present who sit for a kommun)."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

REMINDERS = """Nätverk för MAS Åby – minnesanteckningar 2027-03-04
Närvarande: Greta Falk (GF), Saga Lind (SL), Tora Berg (TB), Nils Ås (NÅ)

1. Dagordning
Dagordningen godkändes.

2. Läkarmedverkan
SL var inte med men har tidigare erbjudit sig att dela Åbys uppföljning av läkarmedverkan; GF påminner henne.

3. Övrigt
- Åby kommun behöver utse kontaktperson för tillsynen i hemtjänstens nattpatrull, TB påminner förvaltningen.
"""


def test_a_reminder_after_a_clause_reminds_of_what_it_says_is_to_be_done(tmp_path):
    f = load_text(tmp_path, "mas.txt", REMINDERS)
    assert f["assignments"] == [
        (("Greta Falk",), "påminna SL om att dela Åbys uppföljning av läkarmedverkan"),
        (("Tora Berg",), "påminna förvaltningen om att utse kontaktperson för tillsynen i hemtjänstens nattpatrull")]


KOMMUN_BY_PLACE = """# Ledningsgrupp för Barnahus Ås – minnesanteckningar 2027-03-03

## Närvarande

### Åby kommun
Greta Falk, socialchef

### Ekå kommun
Nils Ås, socialchef

### Region Ås
Tora Berg, verksamhetschef

## § 1 Information

- Antalet ärenden ökade under året.
- Ekå har anmält att Nils Ås slutar i juni; kommunen utser ny ledamot.
"""


def test_kommunen_after_a_clause_naming_it_by_its_place_is_that_kommun(tmp_path):
    f = load_text(tmp_path, "barnahus.md", KOMMUN_BY_PLACE)
    assert f["assignments"] == [(("Ekå kommun",), "utse ny ledamot")]


CONVENER = """Lokal samverkansgrupp psykisk hälsa och beroende, Åby
Minnesanteckningar från träffen tisdagen den 6 april 2027

Vi var fyra den här gången. Från kommunen deltog Greta Falk, enhetschef för socialpsykiatrin. Från regionen kom
Saga Lind, sektionschef för psykiatrins öppenvård, Tora Berg, överläkare vid Psykiatrin Ås, som var med för sista
gången, och Nils Ås, biståndshandläggare.

1. Välkommen
Tora hälsade välkommen.

2. Förändringar i gruppen
Tora börjar i augusti som verksamhetschef och lämnar därför gruppen efter dagens möte. Saga Lind ersätter henne som
psykiatrins representant. Vi pratade om vem som ska hålla i gruppen framöver, och gruppen beslutade
att Saga blir sammankallande från och med juni. Vi tackade Tora för fyra år som sammankallande.
"""


def test_a_convener_s_post_is_a_join_beside_the_seat_taken_over(tmp_path):
    f = load_text(tmp_path, "lsg.txt", CONVENER)
    group = "Lokal samverkansgrupp psykisk hälsa och beroende, Åby"
    saga = {change for who, g, change in f["memberships"] if who == "Saga Lind" and g == group}
    assert {"replace", "join"} <= saga


FORBUND = """SAMORDNINGSFÖRBUNDET ÅS
Beredningsgruppen – minnesanteckningar
Datum: onsdag 3 mars 2027, kl. 09.00–11.30
Ordförande: Greta Falk
Antecknare: Saga Lind
Närvarande: Greta Falk (Försäkringskassan), Tora Berg (Åby kommun), Saga Lind (förbundschef), Nils Ås (Region Ås)

1. Mötets öppnande
Dagordningen fastställdes.

2. Arbetsgruppen för nyanlända utanför arbete och studier
Saga informerade om att arbetsgruppen för nyanlända, som styrgruppen inrättat, har haft sitt första möte. Förbundet representeras av Saga.
"""


def test_the_forbund_represented_in_the_group_an_item_is_about_is_a_seat_there(tmp_path):
    f = load_text(tmp_path, "beredning.txt", FORBUND)
    assert ("Saga Lind", "Arbetsgrupp för nyanlända utanför arbete och studier", "member") in f["memberships"]
    assert not any(task.startswith("representera") for _, task in f["assignments"])


KOMMUN_MEMBERS = """Samverkansgrupp äldre Ås – minnesanteckningar 2027-02-01
Närvarande: Greta Falk (Region Ås), Tora Berg (Åby kommun), Nils Ås (Ekå kommun)
Frånvarande: Saga Lind (Lida kommun)

1. Dagordning
Dagordningen godkändes.

2. Studie om ensamhet
Greta presenterade studien. Kommunernas ledamöter anmäler var sin kontaktperson till Greta Falk senast 2027-03-01.
"""


def test_the_kommuner_s_members_are_those_present_for_a_kommun(tmp_path):
    f = load_text(tmp_path, "sg.txt", KOMMUN_MEMBERS)
    assert [a for a in f["assignments"] if "kontaktperson" in a[1]] == [
        (("Nils Ås", "Tora Berg"), "anmäla var sin kontaktperson till Greta Falk senast 2027-03-01")]
