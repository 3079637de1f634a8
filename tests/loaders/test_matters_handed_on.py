"""Matters a council hands on, and the lines its bodies report along, as notes and protocols tell them:
a question left to a body for preparation, questions in the plural sent to two bodies at once, a line
told "in the new structure", and a body named by the part of the region it serves ("… norra Älvby")."""
from __future__ import annotations

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text

MINUTES = """\
Minnesanteckningar
Politiskt samverkansråd för vård och omsorg i Granby
Datum: 2027-03-12

Närvarande:
Anna Berg, ordförande, Region Granby
Per Lind, Ålunda kommun
Sara Holm, Bäckby kommun

1. Inledning
Ordföranden öppnade mötet.

2. Gemensam hjälpmedelsverksamhet
Rådet lämnar frågan om gemensam hjälpmedelsverksamhet till Regionala ledningsgruppen för beredning.

3. Psykisk hälsa
Frågorna om suicidprevention och beroendevård lyfts till Regionala ledningsgruppen och till Styrgruppen för psykisk hälsa.

4. Ny struktur
Tjänstemannaledningsgruppen Granby rapporterar i den nya strukturen till Politiskt samverkansråd för vård och omsorg i Granby.

5. Vaccination
Vaccinationsgruppen är en arbetsgrupp under Närvårdsgruppen norra Älvby och återrapporterar dit efter varje säsong.
"""


def test_each_body_a_matter_goes_to_and_each_line_reported_along(tmp_path):
    council = "Politiskt samverkansråd för vård och omsorg i Granby"
    mandates = set(load_text(tmp_path, "psr_granby_2027-03-12.txt", MINUTES)["mandates"])
    assert {(council, "Regionala ledningsgruppen", "refers"),
            (council, "Styrgrupp för psykisk hälsa", "refers"),
            ("Tjänstemannaledningsgruppen Granby", council, "reports_to"),
            ("Vaccinationsgruppen", "Närvårdsgrupp norra Älvby", "reports_to")} <= mandates


NOTES = """\
Minnesanteckningar – Lokal styrgrupp för DUA, Bredby
Datum: 2027-02-10

Deltagare:
Elin Sand, arbetsmarknadschef, Bredby kommun
Omar Haddad, sektionschef, Arbetsförmedlingen
Lisa Berg, rektor vuxenutbildningen, Bredby kommun

1. Lägesbild
Styrgruppen rapporterar till kommunens arbetsmarknadsutskott två gånger per år. Elin sammanställer halvårsrapporten
senast den 15 mars.
"""


def test_a_kommuns_organ_named_by_the_kommuns_possessive_is_that_kommuns(tmp_path):
    mandates = load_text(tmp_path, "lokal_styrgrupp_dua_bredby_2027-02-10.txt", NOTES)["mandates"]
    assert [to for frm, to, kind in mandates if kind == "reports_to"] == ["Arbetsmarknadsutskottet, Bredby kommun"]


OWNERS = """\
**ÅSBY ENERGI AB**
Ägarrådet
PROTOKOLL
Sammanträdesdatum	2027-04-20

Närvarande
Lena Holm (S), Åsby kommun, ordförande
Per Sjö (C), Dalby kommun

§ 5 Fyllnadsval till bolagets styrelse
Kommunfullmäktige i Dalby har valt Karin Tuve (V) till ny ledamot i bolagets styrelse efter Göran Lindh (V), som
avsagt sig uppdraget.

Ägarrådet beslutar
att notera informationen.
"""


def test_the_board_of_the_company_an_agarrad_is_named_for_keeps_the_companys_name(tmp_path):
    got = load_text(tmp_path, "agarrad_asby_energi_2027-04-20.txt", OWNERS)
    assert got["body"].endswith("Åsby Energi AB")  # the company form as written, not "Ab"
    assert ("Karin Tuve", "Styrelsen, Åsby Energi AB", "replace") in got["memberships"]


JUSTERING = """\
Kulturnämnden
Region Vattby
PROTOKOLL
Sammanträdesdatum: 2026-11-12
Justerare: Kristina Åhrén (C)
Justeringsdag: 2026-11-17, digital justering

Närvarande
Marie Hjort (S), ordförande
Kristina Åhrén (C)

§ 44 Val av justerare
Kulturnämnden beslutar att utse Kristina Åhrén (C) att tillsammans med ordföranden justera protokollet.
"""


def test_a_justering_day_under_its_own_label_is_the_justerares_due_date(tmp_path):
    with NetworkxStore(tmp_path / "s.sqlite") as store:
        path = tmp_path / "kulturnamnd_vattby_2026-11-12.txt"
        path.write_text(JUSTERING, encoding="utf-8")
        load_paths([path], store)
        tasks = export_json(store.to_networkx())["assignments"]
    assert [a.get("due_date") for a in tasks if "justera" in a["task"]] == ["2026-11-17"]


NAMED_BY = """\
Anteckningar från Referensgrupp demensvård Kvarnby
Datum: 2027-02-03

Deltagare: Eva Holm (Kvarnby kommun), Per Lind (Region Norrby)

1. Gruppens uppdrag
Referensgruppen är utsedd av Styrgruppen för vård och omsorg i Kvarnby och lämnar sina förslag dit.

2. Korttidsplatser
Vi för över ärendet om korttidsplatser till Samverkansgrupp äldre Kvarnby.
"""


def test_a_body_named_by_another_works_for_it_and_hands_its_proposals_there(tmp_path):
    mandates = set(load_text(tmp_path, "referensgrupp_demens_kvarnby_2027-02-03.txt", NAMED_BY)["mandates"])
    styrgrupp = "Styrgrupp för vård och omsorg i Kvarnby"
    assert {(frm, to, kind) for frm, to, kind in mandates if styrgrupp in (frm, to)} == {
        (styrgrupp, "Referensgrupp demensvård Kvarnby", "delegates"),
        ("Referensgrupp demensvård Kvarnby", styrgrupp, "reports_to")}


def test_a_matter_carried_over_to_a_body_is_referred_to_it(tmp_path):
    mandates = load_text(tmp_path, "referensgrupp_demens_kvarnby_2027-02-03.txt", NAMED_BY)["mandates"]
    assert ("Referensgrupp demensvård Kvarnby", "Samverkansgrupp äldre Kvarnby", "refers") in mandates


NEXT_REPORT = """\
Minnesanteckningar Samverkansgrupp äldre Norrby 2027-11-24

Närvarande:
Ewa Lind, ordförande, Region Norrby
Per Holm, Åby kommun

1. Rapport
Samverkansgruppen arbetar på uppdrag av Regionala ledningsgruppen och lämnar nästa halvårsrapport dit i januari.
"""


def test_the_next_report_to_the_body_one_works_for_is_a_task_beside_the_standing_line(tmp_path):
    got = load_text(tmp_path, "sg_aldre_norrby_2027-11-24.txt", NEXT_REPORT)
    body = got["body"]
    assert (body, "Regionala ledningsgruppen", "reports_to") in got["mandates"]
    assert [task for who, task in got["assignments"] if who == (body,)] == [
        "lämna nästa halvårsrapport till Regionala ledningsgruppen i januari"]
