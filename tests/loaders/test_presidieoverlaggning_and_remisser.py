"""Habits of political protocols of less common kinds, each on a small protocol of its own loaded alone:
a presidieöverläggning between a region's nämnd and the kommuners' socialnämnder, its roster grouped under
"Kommun, socialnämndens presidium" headings with a member "– anmält förhinder", and the ledningsgrupp working
"på uppdrag av presidieöverläggningen och rapporterar till denna"; an individutskott's proposal to its nämnd
under "Individutskottets förslag till vård- och omsorgsnämnden"; and a remiss decided in the passive to two
nämnder, the second of which holds "och" in its name.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


PRESIDIA = """Region Norrby
Protokoll från presidieöverläggning
mellan hälso- och sjukvårdsnämnden i Region Norrby och socialnämndernas presidier i Åby och Ekå kommuner
Datum: 12 mars 2026, kl. 09.30–12.00
Plats: Regionens hus, Norrby

Deltagare
Region Norrby, hälso- och sjukvårdsnämndens presidium
Eva Lindgren (S), ordförande
Per Holm (M), vice ordförande
Åby kommun, socialnämndens presidium
Karin Ek (C), ordförande
Olle Sand (M), vice ordförande – anmält förhinder
Ekå kommun, socialnämndens presidium
Rut Berg (S), ordförande

1. Val av justerare
Till justerare jämte mötesordföranden utses Rut Berg.

2. Samverkan vid utskrivning
Förslaget har tagits fram av Ledningsgruppen för vård och omsorg i Norrby. Ledningsgruppen arbetar på uppdrag av presidieöverläggningen och rapporterar till denna två gånger per år.
Frågan om bemanning i sommar remitteras till Ledningsgruppen för vård och omsorg i Norrby för beredning.
"""


def test_a_presidieoverlaggning_is_the_body_that_met_named_after_the_region_on_its_letterhead(tmp_path):
    f = load_text(tmp_path, "po.txt", PRESIDIA)
    assert f["body"] == "Presidieöverläggning Norrby"


def test_a_huvudmans_presidium_heading_starts_its_members_and_the_member_with_förhinder_is_absent(tmp_path):
    att = {a[0]: a[1] for a in load_text(tmp_path, "po.txt", PRESIDIA)["attendance"]}
    assert att["Olle Sand"] == "absent"
    assert att["Karin Ek"] == "present" and att["Per Holm"] == "present"


def test_a_body_reporting_to_denna_reports_to_the_presidieoverlaggning_it_works_for(tmp_path):
    mandates = set(load_text(tmp_path, "po.txt", PRESIDIA)["mandates"])
    lg = "Ledningsgrupp för vård och omsorg i Norrby"
    assert ("Presidieöverläggning Norrby", lg, "delegates") in mandates
    assert (lg, "Presidieöverläggning Norrby", "reports_to") in mandates
    # a question sent on remiss in the passive: referred to the body that prepares it
    assert ("Presidieöverläggning Norrby", lg, "refers") in mandates


INDIVIDUTSKOTT = """ÅBY KOMMUN
Vård- och omsorgsnämndens individutskott

PROTOKOLL
Sammanträdesdag: 11 november 2025

NÄRVARANDE BESLUTANDE
Lena Holm (S), ordförande
Arvid Berg (M), vice ordförande

§ 51  Ändring i delegationsordningen

Förvaltningen föreslår att beslut om kontaktperson flyttas till biståndshandläggare.

Individutskottets förslag till vård- och omsorgsnämnden
Vård- och omsorgsnämnden beslutar att anta reviderad delegationsordning enligt bilaga A.

Expedieras till
Vård- och omsorgsnämnden

§ 52  Anmälan av delegationsbeslut

Individutskottets beslut
Anmälan läggs till handlingarna.
"""


def test_an_utskotts_proposal_to_a_naemnd_named_with_och_is_no_decision_and_a_recommendation(tmp_path):
    f = load_text(tmp_path, "iu.txt", INDIVIDUTSKOTT)
    assert not any("delegationsordning" in d for d in f["decisions"])
    assert ("Vård- och omsorgsnämndens individutskott, Åby kommun", "Vård- och omsorgsnämnden, Åby kommun",
            "recommends") in f["mandates"]


REMISS = """EKÅ KOMMUN
Kommunstyrelsens välfärdsutskott
SAMMANTRÄDESPROTOKOLL 2025-12-08

Ledamöter:\tAgnes Rosell (S), ordförande
\tHåkan Berg (M), vice ordförande

§ 104  Remiss – Policy för psykisk hälsa
Beslut
Förslaget till policy remitteras till socialnämnden och barn- och utbildningsnämnden för yttrande senast den 28 februari 2026.
"""


def test_a_remiss_in_the_passive_refers_to_each_naemnd_the_second_named_with_och(tmp_path):
    mandates = {(to, kind) for frm, to, kind in load_text(tmp_path, "vfu.txt", REMISS)["mandates"]
                if frm.startswith("Kommunstyrelsens välfärdsutskott")}
    assert ("Socialnämnden, Ekå kommun", "refers") in mandates
    assert ("Barn- och utbildningsnämnden, Ekå kommun", "refers") in mandates


def test_a_remiss_in_the_passive_asks_each_naemnd_for_its_view_of_the_proposal_named_with_its_subject(tmp_path):
    tasks = dict(load_text(tmp_path, "vfu.txt", REMISS)["assignments"])
    assert tasks[("Barn- och utbildningsnämnden, Ekå kommun", "Socialnämnden, Ekå kommun")] == \
        "yttra sig över förslaget till policy"


HANDED_UP = """EKÅ KOMMUN
Kommunstyrelsens välfärdsutskott
SAMMANTRÄDESPROTOKOLL 2025-12-08

Ledamöter:\tAgnes Rosell (S), ordförande
\tHåkan Berg (M), vice ordförande

§ 103  Handlingsplan mot våld i nära relationer
Beslut
Ärendet överlämnas till kommunstyrelsen utan eget ställningstagande i fråga om finansiering.

§ 105  Ej verkställda beslut
Beslut
Välfärdsutskottet överlämnar rapporten till socialnämnden och vidare till kommunfullmäktige.
"""


def test_a_matter_an_utskott_hands_up_to_its_own_styrelse_is_no_delegation(tmp_path):
    f = load_text(tmp_path, "vfu.txt", HANDED_UP)
    vfu, ks = "Kommunstyrelsens välfärdsutskott, Ekå kommun", "Kommunstyrelsen, Ekå kommun"
    assert (vfu, ks, "delegates") not in f["mandates"]
    assert ((ks,), "besluta i ärendet") in f["assignments"]


def test_a_report_handed_to_one_body_and_vidare_to_another_goes_on_from_the_first(tmp_path):
    mandates = load_text(tmp_path, "vfu.txt", HANDED_UP)["mandates"]
    assert ("Socialnämnden, Ekå kommun", "Kommunfullmäktige, Ekå kommun", "reports_to") in mandates


ELECTION = """EKÅ KOMMUN
Kommunstyrelsens välfärdsutskott
SAMMANTRÄDESPROTOKOLL 2025-12-08

Ledamöter:\tAgnes Rosell (S), ordförande
\tHåkan Berg (M), vice ordförande

§ 106  Fyllnadsval – Brottsförebyggande rådet i Ekå
Beslut
1. Till ledamot i Brottsförebyggande rådet i Ekå för tiden t.o.m. 2026 väljs Håkan Berg (M).
"""


def test_a_term_abbreviated_after_foer_tiden_is_no_part_of_the_body_the_seat_is_in(tmp_path):
    f = load_text(tmp_path, "vfu.txt", ELECTION)
    assert ("Håkan Berg", "Brottsförebyggande rådet i Ekå", "join") in f["memberships"]
    assert (("Håkan Berg",), "vara ledamot i Brottsförebyggande rådet i Ekå") in f["assignments"]


PREPARED = """TRASTVIKS KOMMUN – värdkommun
Samverkansnämnden för tolkförmedling i Hjortsala län
PROTOKOLL 2025-11-20

Närvarande beslutande
Göran Lilja (M), ordförande, Trastviks kommun
Ylva Hammarsten (S), vice ordförande, Rökesta kommun

§ 25 Fyllnadsval – ersättare i samverkansnämndens arbetsutskott
Beslut
Till ersättare i samverkansnämndens arbetsutskott väljs Ylva Hammarsten (S).

§ 26 Prislista för tolktjänster 2026
Samverkansnämndens arbetsutskott har berett ärendet den 6 november 2025.
Beslut
Samverkansnämnden fastställer prislista för tolktjänster 2026 enligt förslaget.
"""


def test_the_body_that_prepared_the_case_recommends_the_body_that_met(tmp_path):
    mandates = load_text(tmp_path, "tolk.txt", PREPARED)["mandates"]
    assert any(frm.startswith("Samverkansnämndens arbetsutskott") and to.startswith("Samverkansnämnden för tolkförmedling")
               and kind == "recommends" for frm, to, kind in mandates), mandates
