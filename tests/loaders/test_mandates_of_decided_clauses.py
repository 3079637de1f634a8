"""Mandates a body's minutes state in passing: a decided clause after "Beslut:" whose subject is the body that met
by its kind in small letters ("Beslut: nätverket tillsätter en arbetsgrupp …", "… ställer sig bakom … och
rekommenderar kommunerna att …"), a standing report with how often between the verb and where ("rapporterar
årligen dit"), and a document handed to another body only "för kännedom", which refers nothing to it.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NETWORK_NOTES = """# Nätverket för äldreomsorgschefer i Sjöbo län – minnesanteckningar

**Datum:** 2027-02-09, kl. 09.00–12.00
**Plats:** Kommunhuset i Lerby, sal Ugglan

## Deltagare

| Namn | Organisation |
|---|---|
| Åsa Lind-Berggren | Lerby kommun |
| Mats Öhman | Hasslöv kommun |
| Karin Dahl | Tuvby kommun |

## Anteckningar

| Tid | Punkt | Föredragande | Anteckning |
|---|---|---|---|
| 09.10 | 1. Nattbemanning | Mats | Bemanningen nattetid varierar mellan kommunerna. Beslut: nätverket tillsätter en arbetsgrupp för nattbemanning med Mats som sammankallande. |
| 10.00 | 2. Larmtjänst | Karin | Avtalet löper ut i juni. Beslut: nätverket ställer sig bakom kravspecifikationen och rekommenderar kommunerna att ansluta sig till den gemensamma upphandlingen. |
"""


def test_a_decided_clause_of_the_network_by_its_kind_sets_up_a_group(tmp_path):
    """"Beslut: nätverket tillsätter en arbetsgrupp för nattbemanning …": the network delegates to the group."""
    f = load_text(tmp_path, "natverk.md", NETWORK_NOTES)
    assert any(t[0].startswith("Nätverket för äldreomsorgschefer") and t[1] == "Arbetsgrupp för nattbemanning"
               and t[2] == "delegates" for t in f["mandates"]), f["mandates"]


def test_a_decided_clause_of_the_network_by_its_kind_recommends_the_kommuner(tmp_path):
    """"Beslut: nätverket ställer sig bakom … och rekommenderar kommunerna att …": a recommendation to them."""
    f = load_text(tmp_path, "natverk.md", NETWORK_NOTES)
    assert any(t[0].startswith("Nätverket för äldreomsorgschefer") and t[1].casefold().startswith("kommunerna")
               and t[2] == "recommends" for t in f["mandates"]), f["mandates"]


STEERING = """Styrgruppen för avfallssamverkan i Sjöbo län
Minnesanteckningar 2027-03-03

Närvarande
Åsa Lind-Berggren, avfallschef, Lerby kommun, ordförande
Mats Öhman, miljöstrateg, Hasslöv kommun

§ 5 Verksamhetsplan 2028

Styrgruppen verkar på uppdrag av Länsledningsgruppen för miljö och hälsa i Sjöbo län och rapporterar årligen dit.
Mats föredrog förslaget till verksamhetsplan.

Styrgruppen beslutar

att anta verksamhetsplanen för 2028, samt

att överlämna verksamhetsplanen till Länsledningsgruppen för miljö och hälsa i Sjöbo län för kännedom.
"""


def test_a_standing_report_with_how_often_before_where_it_goes(tmp_path):
    """"… på uppdrag av X och rapporterar årligen dit": the steering group reports to X."""
    f = load_text(tmp_path, "styrgrupp.txt", STEERING)
    assert any(t[1].startswith("Länsledningsgrupp") and t[1].endswith("miljö och hälsa i Sjöbo län")
               and t[2] == "reports_to" for t in f["mandates"]), \
        f["mandates"]


def test_a_plan_handed_over_for_information_refers_nothing(tmp_path):
    """"att överlämna verksamhetsplanen till X för kännedom": X is told, no matter is referred to it."""
    f = load_text(tmp_path, "styrgrupp.txt", STEERING)
    assert not [t for t in f["mandates"] if t[2] == "refers"], f["mandates"]


COUNCIL = """Lokala närvårdsrådet i Tuvby
Minnesanteckningar 2027-04-12

Närvarande
Karin Dahl, enhetschef, Tuvby kommun, ordförande
Mats Öhman, distriktsläkare, Region Sjöbo

§ 3 Rutin för läkemedelsgenomgångar

Karin Dahl informerade om utkastet till rutin.

Rådet beslutar

att Rådet lämnar sina synpunkter på rutinen till Karin Dahl senast den 30 april.
"""


def test_what_the_body_hands_in_by_a_day_is_a_task_of_its_own(tmp_path):
    """"Rådet lämnar sina synpunkter … senast den 30 april": work after the meeting, not the meeting's own act."""
    f = load_text(tmp_path, "rad.txt", COUNCIL)
    assert any("lämna sina synpunkter på rutinen" in t[1] for t in f["assignments"]), f["assignments"]
