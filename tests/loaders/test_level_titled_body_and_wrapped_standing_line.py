"""A notes title naming the body before a dash and only its level after it, and the body's standing
line under the roster wrapped over two lines."""
from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """SSPF Åby – operativa gruppen
Anteckn. 4/2 2027, kl 9-10, Medborgarhuset

Närv:
  PE  Pia Ek, socialsekr., Åby kommun (sammankallande)
  BL  Bo Lund, kommunpolis, lokalpolisområde Åby
Antecknat: BL

Gruppen arbetar på uppdrag av Trygghetsrådet i Åby (TRÅ) och
lämnar en lägesbild dit inför varje rådsmöte.

1. Lägesbild
- PE kollar med skolan om frånvaron till nästa möte.
"""


def test_level_after_the_dash_is_no_name_of_the_body():
    assert parse_minutes(NOTES, "x.txt").body == "SSPF Åby"


def test_bare_kind_after_the_dash_still_takes_the_name_before_it():
    pm = parse_minutes(NOTES.replace("SSPF Åby – operativa gruppen", "Barnahus Åby – styrgruppen", 1), "x.txt")
    assert pm.body == "Styrgruppen Barnahus Åby"


def test_standing_line_under_roster_read_to_its_full_stop():
    pm = parse_minutes(NOTES, "x.txt")
    assert any(p.endswith("inför varje rådsmöte.") for p in pm.preamble), pm.preamble
    got = {(m.from_body, m.to_body, m.kind) for m in extract_relations(pm).mandates}
    assert ("Trygghetsrådet i Åby", "SSPF Åby", "delegates") in got
    assert ("SSPF Åby", "Trygghetsrådet i Åby", "reports_to") in got
