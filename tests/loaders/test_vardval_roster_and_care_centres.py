"""A vårdval's ledningsgrupp: its roster in columns of spaces under "Namn  Funktion  Vårdgivare", the care provider
each works for a region's care centre or a company ("Tallby Läkarhus AB", whose words may read as a name); a task "Varje
vårdcentral tar fram …" goes to each care centre the roster names and to them together; and "B och C ingår i gruppen"
after the item sets up a working group are seats in that group, not in the body that met."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from tests.loaders.test_read_formats import load_texts

NOTES = """Region Ekmo
Hälsovalsenheten                                              MINNESANTECKNINGAR

Ledningsgrupp Hälsoval Region Ekmo

Datum:   2027-02-04, kl. 13.00–15.00
Plats:   Regionhuset Ekmo, rum Tranan

Närvarande
Namn                  Funktion                              Vårdgivare
Karin Fjellström      hälsovalschef, ordförande             Hälsovalsenheten, Region Ekmo
Jonas Abrahamsson     verksamhetschef                       Vårdcentralen Norrö (Region Ekmo)
Mira Sandell          verksamhetschef                       Tallby Läkarhus AB
Leo Granqvist         medicinskt ansvarig sjuksköterska     Primärvården Region Ekmo

Frånvarande
Ruth Öberg            verksamhetschef                       Hagby Vårdcentral AB


1. Tillgänglighet
Andelen besvarade samtal har sjunkit.
Åtgärd: Varje vårdcentral tar fram en handlingsplan för telefontillgängligheten till nästa möte.

2. Digitala vårdmöten
Beslut: Ledningsgruppen tillsätter en arbetsgrupp för digitala vårdmöten med Jonas Abrahamsson som sammankallande. Mira Sandell och Leo Granqvist ingår i gruppen.
"""


def _export(tmp_path):
    return load_texts(tmp_path, {"lg_halsoval_ekmo_2027-02-04.txt": NOTES})


def test_everyone_on_the_roster_with_the_provider_each_works_for():
    parsed = parse_minutes(NOTES, "lg_halsoval_ekmo_2027-02-04.txt")
    rows = {a.name: (a.status, a.organisation) for a in parsed.attendance}
    assert {n: st for n, (st, _) in rows.items()} == {
        "Karin Fjellström": "present", "Jonas Abrahamsson": "present", "Mira Sandell": "present",
        "Leo Granqvist": "present", "Ruth Öberg": "absent"}
    # a company by its form, not the row above's provider
    assert rows["Mira Sandell"][1] == "Tallby Läkarhus AB" and rows["Ruth Öberg"][1] == "Hagby Vårdcentral AB"


def test_each_care_centre_and_the_seats_of_the_new_group(tmp_path):
    data = _export(tmp_path)
    people = {p["id"]: p["name"] for p in data["persons"]}
    orgs = {o["id"]: o["name"] for o in data["organizations"]}
    plan = next(a for a in data["assignments"] if "handlingsplan" in a["task"])
    assignees = {orgs.get(i) for i in plan["assignee_ids"]}  # each care centre an organisation, no person
    assert {"Vårdcentralen Norrö", "Hagby Vårdcentral AB"} <= assignees, assignees
    assert "Vårdcentralen Norrö" not in people.values()
    group = next(i for i, n in orgs.items() if n.casefold().startswith("arbetsgrupp för digitala vårdmöten"))
    seated = {people[m["person_id"]] for m in data["memberships"] if m["organization_id"] == group}
    assert {"Jonas Abrahamsson", "Mira Sandell", "Leo Granqvist"} <= seated
    lg = next(i for i, n in orgs.items() if n.startswith("Ledningsgrupp Hälsoval"))
    said_in_item = [m for m in data["memberships"] if m["organization_id"] == lg
                    and any(x.get("item_id") for x in m.get("sources", []))]
    assert not said_in_item, said_in_item  # no seat in the body that met from "ingår i gruppen"
