"""Habits of sister secretaries: a nurse's terse processteam notes ("Ordf: Nikola. Antecknat: Sofia", the
kommun by its place alone in brackets beside "(Region X)"), a project group's text pointing to its decision
log ("beslutade enligt förslaget (beslut 10)"), a council deciding two acts in one sentence, and an
arbetsutskott nominating to a regional council it then calls "rådet"; each read on a small minutes of its
own, loaded alone into a fresh store.
"""
from __future__ import annotations

from samverkan.loaders.relations import find_groups
from tests.loaders.test_read_formats import load_text


TERSE = """Processteam Trygg hemsjukvård Åby
Anteckn. 6/2 2029, kl 14.00-15.30, VC Åby rum Linden

Deltagare: Nikola Jovanović (Åby), Sofia Lindqvist Aho (Åby), Tove Skarin (Region Norrby)
Ordf: Nikola. Antecknat: Sofia

1. Läkarmedverkan
Vi bestämde att fast läkartid blir tisdag fm fr o m mars.
Tove tar upp bemanningen med primärvårdsledningen innan 1/3.

2. Rapport till närvårdsrådet
Vi rapporterar till Lokala närvårdsrådet i Åby två ggr/år.
"""


def test_the_chair_and_the_note_taker_by_given_name_on_one_line(tmp_path):
    f = load_text(tmp_path, "processteam_hemsjukvard_aby_2029-02-06.txt", TERSE)
    roles = {name: set(r) for name, _, r in f["attendance"]}
    assert "ordförande" in roles["Nikola Jovanović"], roles
    assert "sekreterare" in roles["Sofia Lindqvist Aho"], roles


def test_a_kommun_by_its_place_alone_beside_region_x_ends_a_body_name(tmp_path):
    """"(Åby)" beside "(Region Norrby)": Åby is a kommun of the minutes, so "Lokala närvårdsrådet i Åby" is the
    council's whole name."""
    f = load_text(tmp_path, "processteam_hemsjukvard_aby_2029-02-06.txt", TERSE)
    assert ("Processteam Trygg hemsjukvård Åby", "Lokala närvårdsrådet i Åby", "reports_to") in f["mandates"], f["mandates"]


def test_a_matter_taken_up_with_a_named_party_is_a_task(tmp_path):
    f = load_text(tmp_path, "processteam_hemsjukvard_aby_2029-02-06.txt", TERSE)
    assert any(who == ("Tove Skarin",) and task.startswith("ta upp bemanningen med primärvårdsledningen")
               for who, task in f["assignments"]), f["assignments"]


LOGGED = """Minnesanteckningar – Projektgrupp Digitala hembesök Norrby
Datum: 2029-04-17

Närvarande: Lars-Erik Puranen, Region Norrby; Karin Bäckman-Sved, Åby kommun

1. Utvärdering
Karin föreslog att FoU Norrby gör utvärderingen. Gruppen beslutade enligt förslaget (beslut 10).

2. Nästa möte
Tisdag 15 maj 2029.

Beslutslogg
Nr\tBeslut\tDatum
9\tSamtyckesblanketten fastställs i version 2\t2029-03-13
10\tUtvärderingen av piloten görs av FoU Norrby\t2029-04-17
"""


def test_a_decision_pointing_to_its_log_row_is_that_row(tmp_path):
    """"Gruppen beslutade enligt förslaget (beslut 10)" over the log's row 10 of the same day: one decision, as
    the log words it; the row of an earlier meeting is none of this one."""
    f = load_text(tmp_path, "pg_digitala_hembesok_2029-04-17.txt", LOGGED)
    assert f["decisions"] == ["Utvärderingen av piloten görs av FoU Norrby"], f["decisions"]


COUNCIL = """Politiskt samverkansråd för vård och omsorg
Protokoll 2029-05-18

Närvarande
Katarina Öhman (S), Region Norrby, ordförande
Gustav Hellgren (S), Åby kommun

§ 12 Öppnande, dagordning och justering
Beslut
Rådet godkänner dagordningen och utser Gustav Hellgren (S) att jämte ordföranden justera protokollet.
"""


def test_a_council_approving_and_appointing_in_one_sentence_decides_twice(tmp_path):
    f = load_text(tmp_path, "psr_2029-05-18.txt", COUNCIL)
    assert len(f["decisions"]) == 2, f["decisions"]
    assert f["decisions"][0].startswith("godkänner dagordningen"), f["decisions"]


def test_a_body_name_ends_before_och_and_a_verb_with_its_particle():
    names = [g.name for g in find_groups("RLG har fastställt en ny uppdragsbeskrivning för Styrgrupp Nära vård "
                                         "och följt upp betalningsansvaret.")]
    assert "Styrgrupp Nära vård" in names, names


NOMINATION = """ÅBY KOMMUN
Kommunstyrelsens arbetsutskott
Sammanträdesdatum 2029-03-13

Närvarande ledamöter
Mats-Erik Svanström (C), ordförande
Henrik Wallin (M)

Övriga närvarande
Jonatan Eriksson-Lööf, folkhälsostrateg, § 21

§ 21   Nominering av representanter till Regionalt samverkansråd för folkhälsa i Norrby
Ärendebeskrivning
Region Norrby och kommunerna har kommit överens om att inrätta ett Regionalt samverkansråd för folkhälsa i
Norrby. Rådet ska samordna det förebyggande arbetet, och rapportera till Politiskt samrådsorgan för hälsa, vård och
omsorg i Norrby (PSO).
Arbetsutskottets beslut
Arbetsutskottet beslutar
att nominera Linnéa Borg-Ahmadi (S) till ledamot i Regionalt samverkansråd för folkhälsa i Norrby,
att nominera Henrik Wallin (M) till ersättare i rådet för samma tid,
att utse folkhälsostrateg Jonatan Eriksson-Lööf till kommunens kontaktperson gentemot rådet.
"""


def test_a_seat_in_radet_is_in_the_council_the_item_names(tmp_path):
    f = load_text(tmp_path, "ksau_aby_2029-03-13.txt", NOMINATION)
    assert ("Henrik Wallin", "Regionalt samverkansråd för folkhälsa i Norrby", "join") in f["memberships"], f["memberships"]


def test_an_official_named_by_title_first_is_the_kontaktperson(tmp_path):
    f = load_text(tmp_path, "ksau_aby_2029-03-13.txt", NOMINATION)
    assert (("Jonatan Eriksson-Lööf",), "vara kontaktperson gentemot rådet") in f["assignments"], f["assignments"]


def test_a_council_told_to_do_its_work_and_report_reports_there(tmp_path):
    f = load_text(tmp_path, "ksau_aby_2029-03-13.txt", NOMINATION)
    assert ("Regionalt samverkansråd för folkhälsa i Norrby", "Politiskt samrådsorgan för hälsa, vård och omsorg i Norrby",
            "reports_to") in f["mandates"], f["mandates"]
