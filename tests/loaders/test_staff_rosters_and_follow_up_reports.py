"""A crisis staff's briefing published on an intranet (its roster by function, its title naming the kind of
meeting before the body), the reports back in a follow-up item, and hurried notes' short words."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations
from tests.loaders.test_read_formats import load_text

BRIEFING = """<html><body>
<h1>Stabsorientering, Kommunal krisledningsgrupp – 3 mars 2027 kl. 09.00</h1>
<h2>Deltagare</h2>
<table>
<tr><th>Funktion</th><th>Namn</th><th>Förvaltning/organisation</th></tr>
<tr><td>Krisledningschef</td><td>Åsa Lindgren</td><td>kommundirektör, Kommunledningsförvaltningen</td></tr>
<tr><td>Stabschef</td><td>Olof Brandt</td><td>säkerhetssamordnare, Kommunledningsförvaltningen</td></tr>
<tr><td>Informationsansvarig</td><td>Nina Ek</td><td>kommunikatör, Kommunikationsenheten</td></tr>
<tr><td>IT</td><td>Hugo Sand</td><td>IT-chef, Kommunledningsförvaltningen</td></tr>
</table>
<h2>1. Mandat</h2>
<p>Gruppen arbetar på uppdrag av Kommunstyrelsen i Kråkby och rapporterar till Krisledningsnämnden.</p>
<h2>2. Kommunikation</h2>
<p>Informationsansvarig uppdaterar kommunens webbplats varannan timme.</p>
<h2>3. Personal</h2>
<p>Hugo Sand säkerställer att alla enhetschefer får reservrutinen under eftermiddagen.</p>
</body></html>
"""


def test_a_staff_listed_by_function_seats_each_in_the_function_its_cell_names(tmp_path):
    got = load_text(tmp_path, "stab.html", BRIEFING)
    assert got["body"] == "Kommunal krisledningsgrupp"
    roles = {name: roles for name, _, roles in got["attendance"]}
    assert "stabschef" in roles["Olof Brandt"] and "krisledningschef" in roles["Åsa Lindgren"]
    assert "ledamot" in roles["Hugo Sand"] and not any(r.casefold() == "it" for r in roles["Hugo Sand"])
    assert ("Nina Ek", "Kommunal krisledningsgrupp", "member") in got["memberships"]


def test_the_staffs_function_and_the_kommuns_board_by_its_place(tmp_path):
    got = load_text(tmp_path, "stab.html", BRIEFING)
    assert (("Nina Ek",), "uppdatera kommunens webbplats varannan timme") in got["assignments"]
    assert any(who == ("Hugo Sand",) and task.startswith("säkerställa att") for who, task in got["assignments"])
    assert ("Kommunstyrelsen, Kråkby kommun", "Kommunal krisledningsgrupp", "delegates") in got["mandates"]


FOLLOW_UP = """Minnesanteckningar
Arbetsgrupp läkemedelsgenomgångar
Datum: 2027-02-02
Närvarande: Eva Strand (Åby kommun), Johan Lind (Region Norrby), Per Holm (Åby kommun)

1. Återkoppling från förra mötet
Eva har sammanställt genomgångarna per boende.
Johan har pratat med vårdcentralernas chefer om läkartid. Per har skickat ut mallen, klart.

2. Lägesbild
Läget är oförändrat. Per meddelade att två boenden saknar läkare.

3. Checklistan
Återkoppling från förra mötet: Johan har testat checklistan på två boenden.
"""


def test_who_reports_back_in_a_follow_up_item_presents_it(tmp_path):
    items = {it.number: it.presenters for it in parse_minutes(FOLLOW_UP).items}
    assert items["1"] == ["Eva Strand", "Johan Lind"]  # (Per's task ticked off, no talk)
    assert items["2"] == ["Per Holm"]
    assert items["3"] == ["Johan Lind"]


HURRIED = """Nätverket för kvalitetsutvecklare i Norrby - anteckn 10/11-26
Närv: Anna Lund (AL) Åby kn, Mats Berg (MB) Öby kn, Lotta Ek (LV) Region Norrby, antecknar

1. Föreg anteckn
- ok, läggs t handl.

2. Nätverkets uppdrag
Nätv är tillsatt av Socialchefsnätverket i Norrby o rapporterar dit 2 ggr/år.
Lägesrapport nov -> LV skriver utkast.

3. Lex Sarah
Frågan om gemensam utredarpool lyfts t Socialchefsnätverket i Norrby, MB skriver underlag.
"""


def test_hurried_notes_short_words_read_as_written_out(tmp_path):
    got = load_text(tmp_path, "natverk_kvalitet_2026-11-10.txt", HURRIED)
    assert "lägga föreg anteckn till handlingarna" in got["decisions"]
    own = "Nätverket för kvalitetsutvecklare i Norrby"
    assert ("Socialchefsnätverket i Norrby", own, "delegates") in got["mandates"]
    assert (own, "Socialchefsnätverket i Norrby", "reports_to") in got["mandates"]
    assert (own, "Socialchefsnätverket i Norrby", "refers") in got["mandates"]
    assert (("Mats Berg",), "skriva underlag") in got["assignments"]
    assert "Sarah" not in got["persons"]


SHORTENED = """Minnesanteckningar
Referensgruppen för brukarinflytande
Datum: 2026-10-20
Närvarande: Eva Strand (RSMH Åby), Per Holm (FUB Åby), Karin Ek (Åby kommun)

1. Återkoppling
Karin har tagit med gruppens synpunkter till förvaltningens ledningsgrupp.

2. Uppdrag
Referensgruppen är tillsatt av socialnämnden och rapporterar till socialförvaltningens ledningsgrupp.
"""


def test_a_body_named_without_the_first_part_of_its_owners_compound_is_the_one_named_in_full():
    bodies = {g.name.casefold() for g in extract_relations(parse_minutes(SHORTENED)).groups}
    assert "socialförvaltningens ledningsgrupp" in bodies and "förvaltningens ledningsgrupp" not in bodies


CLINIC = """Minnesanteckningar
Referensgruppen för brukarinflytande, Åby kommun
Datum: 2026-10-20
Närvarande:
Eva Strand, Anhörigföreningen i Åby
Karin Ek, samordnare, Åby kommun
Frånvarande:
Tove Nordin, kurator, Region Norrby, Psykiatriska öppenvårdsmottagningen Åby

1. Välkommen
Anteckningarna godkändes.
"""


def test_the_huvudman_written_wins_over_the_place_in_its_units_name_and_an_association_is_its_own(tmp_path):
    got = load_text(tmp_path, "ref.txt", CLINIC)
    employers = {(p, o) for p, o, change in got["memberships"] if change == "employment"}
    assert not any(p == "Tove Nordin" and o == "Åby kommun" for p, o in employers)
    assert not any(p == "Eva Strand" and o == "Åby kommun" for p, o in employers)
