"""A seat handed on by a pronoun for the one person the sentence before names ("A lämnar gruppen. B
ersätter henne"), and a recommendation "till huvudmännen" in the minutes of a nämnd that names its
region only in the name of the political samråd ("… i Norrvik"): the huvudmän of that region together,
not a body called "huvudmännen". Each minutes here is loaded as a user would load it."""
from __future__ import annotations

from tests.loaders.test_genre_readings import load

NETWORK = """\
    # Anteckningar – Anhörignätverket Tallnäs

    **Datum:** 4 februari 2026

    **Deltagare:**
    - Berit Ålund, anhörigkonsulent, Tallnäs kommun
    - Olof Sandin, kurator, Tallnäs vårdcentral
    - Greta Nyhus, arbetsterapeut, Tallnäs kommun

    ### 1. Gruppen för anhörigcaféer
    Berit berättade att gruppen för anhörigcaféer planerar tre träffar under våren.
    Olof Sandin utgår ur gruppen från mars eftersom han byter tjänst. Greta Nyhus ersätter honom.

    ### 2. Nästa möte
    6 maj 2026.
    """


def test_a_pronoun_hands_the_seat_the_sentence_before_has_him_leave(tmp_path):
    got = load(tmp_path, NETWORK, "anhorignatverket_tallnas_2026-02-04.md")
    ms = got["memberships"]
    assert any(p == "Greta Nyhus" and "anhörigcaféer" in g.casefold() and c == "replace" for p, g, c in ms), ms


LEDNINGSGRUPP = """\
    LEDNINGSGRUPPEN FÖR VÅRD OCH OMSORG I NORRVIK
    Minnesanteckningar 2026-03-12

    Närvarande
    Tore Alm (ordf.), hälso- och sjukvårdsdirektör, Region Norrvik
    Eva Strand, socialchef, Åby kommun
    Per Ek, socialchef, Ekö kommun

    § 4 Förändringar i ledningsgruppen och i arbetsgrupperna
    Eva Strand avslutar sin anställning i Åby kommun den 31 mars. Vera Lund, tillförordnad socialchef, ersätter henne i ledningsgruppen från den 1 april.
    Ingvar Sund har varit Ekö kommuns representant i Arbetsgrupp för fallprevention sedan starten och har bett att få lämna gruppen. Selma Öhman, arbetsterapeut i Ekö kommun, efterträder honom.
    """


def test_the_seat_is_in_the_body_named_else_in_the_one_group_the_sentence_before_names(tmp_path):
    got = load(tmp_path, LEDNINGSGRUPP, "lg_vard_omsorg_norrvik_2026-03-12.txt")
    ms = {(p, g.casefold(), c) for p, g, c in got["memberships"]}
    body = got["body"].casefold()
    assert ("Vera Lund", body, "replace") in ms, ms
    assert ("Eva Strand", body, "leave") in ms, ms
    assert ("Selma Öhman", "arbetsgrupp för fallprevention", "replace") in ms, ms
    assert ("Ingvar Sund", "arbetsgrupp för fallprevention", "leave") in ms, ms


NÄMND = """\
    PROTOKOLL
    Socialnämnden, Åby kommun
    Sammanträdesdatum: 2026-04-21

    Beslutande
    Karin Holm (S), ordförande
    Per Lind (M)
    Olle Dahl (C)

    § 33 Reviderad överenskommelse om barn och unga
    Politiskt samrådsorgan för hälsa, vård och omsorg i Norrvik rekommenderade den 20 mars 2026 huvudmännen att anta den reviderade överenskommelsen.

    Socialnämndens beslut
    att föreslå kommunstyrelsen att anta överenskommelsen.
    """


def test_a_recommendation_to_the_huvudmän_goes_to_those_of_the_samråds_region(tmp_path):
    got = load(tmp_path, NÄMND, "sn_aby_2026-04-21.txt")
    rec = {(f, t) for f, t, k in got["mandates"] if k == "recommends"}
    assert any(t == "huvudmännen i Norrvik" for f, t in rec), rec
    assert "huvudmännen" not in got["bodies"]


STYRGRUPP = """\
    Styrgrupp Nära vård Norrvik
    Minnesanteckningar 2026-03-12

    Närvarande
    Tore Alm (ordf.), Region Norrvik
    Eva Strand, Åby kommun

    § 5 Kostnadsfördelning för mobila team
    Information lämnas av Eva Strand om hur kommunerna räknat. Styrgruppen ställer sig bakom fördelning per invånare.
    Förslaget lämnas till Politiskt samråd Norrvik för beslut den 27 mars.

    § 6 Rutin för SIP
    Rutinen behöver skrivas om.
    Ärendet bordläggs till nästa möte.
    """


def test_a_proposal_handed_on_for_decision_and_an_item_put_off_are_decisions(tmp_path):
    got = load(tmp_path, STYRGRUPP, "styrgrupp_nara_vard_norrvik_2026-03-12.txt")
    ds = [d.casefold() for d in got["decisions"]]
    assert any(d.startswith("lämna förslaget till politiskt samråd norrvik för beslut") for d in ds), ds
    assert any(d.startswith("bordlägga ärendet") for d in ds), ds
    assert not any("information" in d for d in ds), ds
