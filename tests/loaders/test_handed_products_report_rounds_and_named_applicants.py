"""A delegated task that ends by handing its product to the giver (a report line to it); a round of reports back
from the kommuner, each teller a presenter (the part told first too) and their news no task reported done; a
"Name: noun phrase (day)" row restating a task the text gave; units and authorities named by their kind as a
task's subject; and an application made together through the one named as the applicant.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text, load_texts


def _export(tmp_path: Path, name: str, text: str) -> tuple[dict, dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        assert load_paths([path], s).failed == 0
        data = export_json(s.to_networkx())
    return data, {e["id"]: e["name"] for e in data["persons"] + data["organizations"]}


DELEGATED = """ARBETSGRUPP FALLPREVENTION
Anteckningar från möte 12 mars 2027
Plats: Teams

Vid mötet deltog Greta Holm (GH), enhetschef i Åby, som är sammankallande, och Olle Svan (OS), Region Norrby.

1. Mötets öppnande
GH öppnade mötet.

2. Uppdrag från Styrgrupp äldres hälsa
Styrgruppen gav vid sitt möte den 2 februari arbetsgruppen i uppdrag att ta fram en kartläggning av
fallskadorna och att lämna den till styrgruppen senast den 1 juni 2027.
GH sammanställer ett första utkast.

3. Nästa möte
Tisdag 13 april 2027.
"""

PROPOSAL = DELEGATED.replace("ta fram en kartläggning av\nfallskadorna och att lämna den till styrgruppen",
                             "lämna förslag till\nstyrgruppen om hur fallskadorna ska följas upp")


def test_a_delegated_product_handed_to_the_giver_reports_to_it(tmp_path):
    f = load_text(tmp_path, "ag.txt", DELEGATED)
    # (the group's name as its heading writes it, in capitals)
    assert ("arbetsgrupp fallprevention", "Styrgrupp äldres hälsa", "reports_to") in [
        (a.casefold(), b, k) for a, b, k in f["mandates"]]


def test_a_proposal_handed_to_the_giver_is_no_report(tmp_path):
    f = load_text(tmp_path, "ag.txt", PROPOSAL)
    assert not [m for m in f["mandates"] if m[2] == "reports_to" and m[1] == "Styrgrupp äldres hälsa"]


ROUND = """ARBETSGRUPP SUICIDPREVENTION
Anteckningar från möte 4 maj 2027
Plats: Teams

Vid mötet deltog Greta Holm (GH), enhetschef i Åby, som är sammankallande, och från Region Norrby Olle
Svan (OS), som förde anteckningar. Bergby företräddes av Tilda Ek (TE) och Cebu av Rut Lax (RL).

1. Mötets öppnande
GH öppnade mötet.

2. Återrapporter från kommunerna
TE rapporterade att Bergby har utbildat 30 chefer i suicidprevention under våren. RL rapporterade att Cebu
har startat en stödgrupp för efterlevande. Från Åby berättade GH att skolornas rutiner nu är uppdaterade.
Kommunernas rapporter noterades.

3. Nästa möte
8 juni 2027.
"""


def test_each_teller_of_a_round_of_reports_from_the_kommuner_presents_it(tmp_path):
    data, n = _export(tmp_path, "ag.txt", ROUND)
    (event,) = data["events"]
    item = next(i for i in event["agenda"] if i.get("number") == "2")
    presenters = {n[x] for x in item.get("presenter_ids") or []}
    assert presenters == {"Tilda Ek", "Rut Lax", "Greta Holm"}


ROW = """ANTECKNINGAR
Samverkansgrupp unga i Åby
Datum: 3 november 2026
Plats: Socialkontoret, Åby

Närvarande:
Mira Sten, enhetschef familjeenheten, Åby kommun (sammankallande, antecknar)
Jonas Falk, socialsekreterare, familjeenheten
Vera Lind, samordnare föräldrastöd, Åby kommun
Kim Roos, utredare, Polisområde Norr

Frånvarande:
Axel Moberg, kommunpolis, Lokalpolisområde Åby

1. Samverkan kring ärenden
Vi kom överens om att familjeenheten och polisen stämmer av gemensamma ärenden varje månad från december.

2. Föräldrastöd
Vera tar fram en ny broschyr om föräldrakurserna till nästa möte.

3. Nästa möte
8 december 2026.

Att göra:
- Vera: broschyr om föräldrakurserna (8/12)
"""


def test_a_named_row_restating_a_task_is_that_task_and_no_verb_made_of_its_noun(tmp_path):
    f = load_text(tmp_path, "ulo.txt", ROW)
    veras = [task for who, task in f["assignments"] if who == ("Vera Lind",)]
    assert len(veras) == 1 and veras[0].startswith("ta fram en ny broschyr"), veras


def test_units_and_authorities_named_by_their_kind_do_the_task_not_a_titled_attendee(tmp_path):
    f = load_text(tmp_path, "ulo.txt", ROW)
    (who,) = [who for who, task in f["assignments"] if task.startswith("stämma av gemensamma ärenden")]
    assert "Axel Moberg" not in who and any(w.startswith("Familjeenheten") for w in who) and "Polisen" in who


APPLICANT = """# Politiska styrgruppen för vuxenutbildning i Norrdalen

Protokoll 2026-09-10

## Närvarande

Ledamöter: Åsa Berg (S), Norrby kommun, ordförande; Lars Tå (M), Ekby kommun

### § 3 Statsbidrag för yrkesvux 2027

Styrgruppen beslutar

- att kommunerna söker statsbidrag för regional yrkesinriktad vuxenutbildning 2027 gemensamt, med Ekby kommun som sökande kommun,
- att i övrigt lägga informationen till handlingarna.
"""


def test_the_kommun_named_as_applicant_is_given_the_application(tmp_path):
    f = load_text(tmp_path, "ps.md", APPLICANT)
    assert (("Ekby kommun",), "söka statsbidrag för regional yrkesinriktad vuxenutbildning 2027 som sökande kommun") \
        in f["assignments"]


EARLIER = ROUND.replace("4 maj 2027", "6 april 2027").split("2. Återrapporter")[0] + """2. Utbildningsinsatser
Kommunerna redovisar vid nästa möte hur många som har utbildats. TE tar fram Bergbys siffror.

3. Nästa möte
4 maj 2027.
"""


def test_news_of_a_side_told_in_a_report_round_is_no_task_reported_done(tmp_path):
    data = load_texts(tmp_path, {"ag_2027-04-06.txt": EARLIER, "ag_2027-05-04.txt": ROUND})
    assert not [a["task"] for a in data["assignments"] if a["task"].startswith("rapporterade att")]
