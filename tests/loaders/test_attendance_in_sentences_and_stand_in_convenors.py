"""Habits of the secretaries of sister minutes: a nämnd protocol whose
attendance is told in sentences under "Närvarande" ("Vid sammanträdet deltog ledamöterna Eva Ek (S, ordförande), …
samt Bo Sand (C, tjänstgörande ersättare för …). Ersättaren … närvarade utan att tjänstgöra.", "Från förvaltningen
deltog förvaltningschef … samt, under § 5, …") and whose decisions stand in running text after a reason ("Eftersom
…, beslutade nämnden att …"); notes whose membership change is told in two clauses ("A lämnar gruppen efter sista
mötet; B (…) tar över efter honom"), whose group names a stand-in for its convenor "när Elin är borta", whose
responsibility lines name the task after the doers ("Ansvar: A och B, siffror för … senast 31/8") and whose work
"överlämnas till … för beslut"; and a choice told with what it means for the one chosen ("Som ersättare för Åby
kommun utsågs Eva Ek, som alltså går från vikarie till ordinarie"). Each read on a small minutes of its own, loaded
alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


NAMND = """ÅBY KOMMUN
Socialnämnden
PROTOKOLL
Sammanträdesdag: 2027-03-10
Plats och tid: Kommunhuset, kl. 13.00–15.00

Närvarande
Vid sammanträdet deltog ledamöterna Eva Ek (S, ordförande), Per Lind (M, vice ordförande), Ola Ås (S) och Kim Berg (V) samt Bo Sand (C, tjänstgörande ersättare för Lisa Holm). Ersättaren Nils Ahl (S) närvarade utan att tjänstgöra. Lisa Holm (C) hade anmält förhinder.
Från förvaltningen deltog förvaltningschef Maria Strand och nämndsekreterare Jon Lid (sekreterare) samt, under § 5, medicinskt ansvarig sjuksköterska Pia Holm.

§ 4 Godkännande av dagordningen
Dagordningen godkändes.

§ 5 Lokal tillämpning av överenskommelsen
Pia Holm föredrog förslaget. Eftersom tillämpningen innebär åtaganden för kommunen under hela mandatperioden beslutade nämnden att ställa sig bakom förslaget och att överlämna ärendet till kommunfullmäktige för beslut.
"""


def test_a_roster_told_in_a_sentence_after_the_seat_word_reads_each_member(tmp_path):
    f = load_text(tmp_path, "sn_aby_2027-03-10.txt", NAMND)
    att = {(name, status) for name, status, _ in f["attendance"]}
    assert {("Eva Ek", "present"), ("Per Lind", "present"), ("Ola Ås", "present"), ("Kim Berg", "present"),
            ("Bo Sand", "present"), ("Nils Ahl", "present"), ("Lisa Holm", "absent")} <= att
    assert ("Nils Ahl", "Socialnämnden, Åby kommun", "member") in f["memberships"]


def test_the_party_first_in_the_brackets_is_no_organisation(tmp_path):
    f = load_text(tmp_path, "sn_aby_2027-03-10.txt", NAMND)
    assert not any(org in ("S", "M", "C") for _, org, _ in f["memberships"])
    assert ("Eva Ek", "present", ("ledamot", "ordförande")) in f["attendance"]


def test_officials_told_with_their_titles_before_their_names_are_guests(tmp_path):
    f = load_text(tmp_path, "sn_aby_2027-03-10.txt", NAMND)
    att = {(name, status) for name, status, _ in f["attendance"]}
    assert {("Maria Strand", "guest"), ("Jon Lid", "guest"), ("Pia Holm", "guest")} <= att


def test_a_decision_after_a_reason_told_first_is_read(tmp_path):
    f = load_text(tmp_path, "sn_aby_2027-03-10.txt", NAMND)
    assert any("överlämna ärendet till kommunfullmäktige" in d for d in f["decisions"])
    assert any("ställa sig bakom förslaget" in d for d in f["decisions"])


NOTES = """Minnesanteckningar Arbetsgrupp SIP 2027-06-09

Närvarande: Elin Borg (sammankallande, Region Ådalen), Sanna Pirinen (Region Ådalen), Tobias Fagerlund (Region Ådalen), Amra Hodžić (Forsby kommun), Sofia Ringström (Forsby kommun).

1. Uppdraget
Uppdraget kommer från Styrgrupp Nära vård. Rutinen ska vara klar i december och överlämnas till Styrgrupp Nära vård för beslut.

2. Statistik
Sanna visade antalet SIP-möten per kommun. De andra kommunerna har inte lämnat siffror.
Ansvar: Amra Hodžić och Sofia Ringström, siffror för Forsby och Älvnäs senast 31/8.

3. Gruppen
Tobias Fagerlund lämnar gruppen efter sista mötet före sommaren; Lina Grankvist (BUP, Region Ådalen) tar över efter honom från augusti. Gruppen utsåg Sanna Pirinen till vice sammankallande när Elin är borta.
"""


def test_one_leaving_and_one_taking_over_in_two_clauses_is_a_replacement(tmp_path):
    f = load_text(tmp_path, "ag_sip_2027-06-09.txt", NOTES)
    assert ("Lina Grankvist", "Arbetsgrupp SIP", "replace") in f["memberships"]
    assert ("Tobias Fagerlund", "Arbetsgrupp SIP", "leave") in f["memberships"]


def test_a_stand_in_convenor_chosen_for_when_the_convenor_is_away_joins(tmp_path):
    f = load_text(tmp_path, "ag_sip_2027-06-09.txt", NOTES)
    assert ("Sanna Pirinen", "Arbetsgrupp SIP", "join") in f["memberships"]


def test_a_responsibility_line_naming_the_task_after_the_doers_gives_that_task(tmp_path):
    f = load_text(tmp_path, "ag_sip_2027-06-09.txt", NOTES)
    tasks = {t for who, t in f["assignments"] if who == ("Amra Hodžić", "Sofia Ringström")}
    assert any(t.startswith("siffror för Forsby och Älvnäs") for t in tasks), f["assignments"]


def test_work_handed_on_for_decision_is_a_referral(tmp_path):
    f = load_text(tmp_path, "ag_sip_2027-06-09.txt", NOTES)
    assert ("Arbetsgrupp SIP", "Styrgrupp Nära vård", "refers") in f["mandates"]


TEAM = """# Processteam utskrivning Åby

**Minnesanteckningar 2027-06-08**

## Närvarande

Tomas Berg, Region X (ordf.); Erik Sand, Åby kommun; Jessica Mo, Åby kommun; Ulla Sten, Åby kommun.

## 4. Bemanning

Jessica Mo har gått över till en tjänst i Östmo kommun. Som ersättare för Åby kommun utsågs Ulla Sten, som alltså går från vikarie till ordinarie i teamet.
"""


def test_a_choice_told_with_what_it_means_for_the_one_chosen_keeps_only_the_choice(tmp_path):
    f = load_text(tmp_path, "pt_aby_2027-06-08.md", TEAM)
    assert "utse Ulla Sten till ersättare för Åby kommun" in f["decisions"]
