"""A joint nämnd's protocol: a council set up "med den sammansättning som framgår av ärendebeskrivningen" whose
members a table told earlier in the item lists (Huvudman | Representant | Befattning); an uppdrag from a council
named short in the item's title and in full in its text, reported back "till rådet"; and a proposal "till
fullmäktige hos respektive huvudman". Each read on a small protocol of its own.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text, load_texts

PROTOCOL = """REGION ÅDALEN
Gemensamma nämnden för tolkservice
PROTOKOLL
Sammanträdesdatum 2027-02-11
Plats och tid: Regionhuset, kl. 13.00–15.00

Beslutande
Eva Lundmark (S), ordförande, Region Ådalen
Per Sandvik (M), Åby kommun
Stina Ragnarsson (C), Öby kommun

§ 4 Inrättande av Tolkrådet
Förvaltningen föreslår att ett tolkråd inrättas med en representant per huvudman.
Huvudmännen har anmält följande representanter:

Huvudman\tRepresentant\tBefattning
Region Ådalen\tMaja Holmgren\tenhetschef
Åby kommun\tLeo Strandberg\tsocialchef
Öby kommun\tIngrid Falk\tMAS

Nämnden beslutar
att inrätta Tolkrådet med den sammansättning som framgår av ärendebeskrivningen.

§ 5 Uppdrag från Politiskt samverkansråd – tolkning på distans
Politiskt samverkansråd för vård och omsorg gav den 3 februari 2027 Gemensamma nämnden för tolkservice i uppdrag
att utreda tolkning på distans och att återrapportera till rådet senast den 30 oktober 2027.

Nämnden beslutar
att uppdra åt tolkcentralen att ta fram ett underlag.

§ 6 Avgifter 2028
Nämnden beslutar
att föreslå fullmäktige hos respektive huvudman att fastställa avgifterna för 2028 enligt förslaget.
"""


def test_a_council_set_up_with_the_composition_a_table_told_before_gives_its_members(tmp_path):
    f = load_text(tmp_path, "tolk_2027-02-11.txt", PROTOCOL)
    for name in ("Maja Holmgren", "Leo Strandberg", "Ingrid Falk"):
        assert (name, "Tolkrådet", "join") in f["memberships"], f["memberships"]


def _mandates(data: dict) -> set[tuple[str, str, str]]:
    names = {o["id"]: o["name"] for o in data["organizations"]}
    return {(names.get(m["from_id"], ""), names.get(m["to_id"], ""), m["classification"]) for m in data["mandates"]}


def test_a_council_named_short_and_in_full_is_one_body_and_the_report_back_goes_to_it(tmp_path):
    data = load_texts(tmp_path, {"tolk_2027-02-11.txt": PROTOCOL})
    groups = {o["name"] for o in data["organizations"] if o["id"].startswith("group:")}
    assert "Politiskt samverkansråd" not in groups, groups
    m = _mandates(data)
    council = "Politiskt samverkansråd för vård och omsorg"
    assert any(f == council and c == "delegates" for f, _, c in m), m
    assert any(t == council and c == "reports_to" and f.startswith("Gemensamma nämnden") for f, t, c in m), m


def test_a_proposal_to_each_huvudmans_council_is_a_recommendation_to_the_huvudman(tmp_path):
    m = _mandates(load_texts(tmp_path, {"tolk_2027-02-11.txt": PROTOCOL}))
    assert any(c == "recommends" and "huvudm" in t.casefold() for _, t, c in m), m
