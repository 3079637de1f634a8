"""A länsstyrelse's delegation for one field of the county ("Viltförvaltningsdelegationen i X län") is a body of
its own kind: its letterhead cell names it short, the title's sentence in full with its county ("Protokoll fört vid
sammanträde med … i X län"), its members sit in it, "delegationen" is the body that met, a group works "på uppdrag av
delegationen och rapporterar till den", and a proposal to "länsstyrelsen" goes to the authority, no body of the kind
"styrelse"; "delegationsbeslut" stays power handed down; "Viltförvaltare X redovisade …" is X, a title before him.""" 
from __future__ import annotations
from tests.loaders.test_read_formats import load_texts


PROTOCOL = """LÄNSSTYRELSEN I EKMO LÄN\tPROTOKOLL
Viltförvaltningsdelegationen\tDatum: 2027-03-02

Protokoll fört vid sammanträde med Viltförvaltningsdelegationen i Ekmo län
Tid: tisdagen den 2 mars 2027, kl. 09.30–12.00
Plats: Länsstyrelsen, Ekmo, sal Lodjuret

Närvarande ledamöter
Namn\tRepresenterar\tRoll
Sara Lindgård\tLandshövding, Länsstyrelsen i Ekmo län\tordförande
Per Holmqvist (S)\tPolitisk ledamot, Region Ekmo\tledamot
Anna Bergsten\tJaktintresset, Svenska Jägareförbundet\tledamot

§ 5 Rovdjursplan
Viltförvaltare Olle Strandberg redovisade förslaget till rovdjursplan.
Förslaget har tagits fram av arbetsgruppen för rovdjur, som arbetar på uppdrag av delegationen och rapporterar till den.
Delegationen beslutade att föreslå länsstyrelsen att fastställa planen från och med 2028.

§ 6 Delegationsbeslut
Anmälan av delegationsbeslut lades till handlingarna.
"""


def _export(tmp_path):
    return load_texts(tmp_path, {"vfd_ekmo_2027-03-02.txt": PROTOCOL})


def test_the_delegation_met_named_with_its_county_and_its_members_sit_in_it(tmp_path):
    data = _export(tmp_path)
    orgs = {o["id"]: o for o in data["organizations"]}
    (event,) = data["events"]
    body = orgs[event["organization_id"]]
    assert body["name"] == "Viltförvaltningsdelegationen i Ekmo län"
    people = {p["id"]: p["name"] for p in data["persons"]}
    seated = {people[m["person_id"]] for m in data["memberships"] if m["organization_id"] == body["id"]}
    assert {"Sara Lindgård", "Per Holmqvist", "Anna Bergsten"} <= seated
    # the länsstyrelse's officer by the title before his name ("Viltförvaltare Olle Strandberg redovisade …")
    assert "Olle Strandberg" in people.values() and not [n for n in people.values() if n.startswith("Viltförvaltare")]


def test_a_group_on_its_uppdrag_and_a_proposal_to_the_lansstyrelse(tmp_path):
    data = _export(tmp_path)
    orgs = {o["id"]: o for o in data["organizations"]}
    flows = {(orgs[m["from_id"]]["name"], orgs[m["to_id"]]["name"], m["classification"]) for m in data["mandates"]}
    body = "Viltförvaltningsdelegationen i Ekmo län"
    work = next(o["name"] for o in data["organizations"] if o["name"].casefold().startswith("arbetsgrupp"))
    assert (body, work, "delegates") in flows and (work, body, "reports_to") in flows
    to_authority = [(t, orgs_kind) for f, t, k in flows if k == "recommends"
                    for orgs_kind in [next(o["classification"] for o in data["organizations"] if o["name"] == t)]]
    assert to_authority and all(t.startswith("Länsstyrelsen") and kind != "group" for t, kind in to_authority), to_authority
    assert not [o["name"] for o in data["organizations"] if "delegationsbeslut" in o["name"].casefold()]
