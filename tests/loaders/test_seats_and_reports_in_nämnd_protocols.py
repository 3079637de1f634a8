"""Readings of a kommunstyrelsens arbetsutskott protocol printed from a case system and of a gemensam nämnd's
protocol with each huvudman's ledamöter: an ersättare whose line says she serves ("tjänstgörande ersättare för
…") holds that role; a seat named before its holder set off by commas ("kommunens representant i Styrgrupp X,
Eva Ek, har avsagt sig uppdraget") is left; politicians who "ingår som politiska representanter i Rådets arbete
med frågan" take seats there and are given the task; and a delårsrapport handed to the regionstyrelse is
reported, not referred. Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


CASE_SYSTEM = """PROTOKOLL                                         Sida 1 (2)
Kommunstyrelsens arbetsutskott                    Sammanträdesdatum
Norrviks kommun                                   2027-03-02

Plats och tid         Kommunhuset, rum Tallen, kl. 08.30-10.00

Beslutande            Åke Lindmark (S), ordförande
                      Berit Sjödin (M)
                      Olle Hägg (S), tjänstgörande ersättare för Tina Rask (V)

Justerare             Berit Sjödin

-----------------------------------------------------------------
§ 20                                          Dnr KS 2027/015

Anmälningsärenden

Kommundirektören informerar om att kommunens representant i Styrgrupp Trygg hemgång, Berit Sjödin, har
avsagt sig uppdraget.

Arbetsutskottets beslut
Informationen noteras till protokollet.
"""


def test_a_serving_ersättare_and_a_seat_left_told_by_its_holder_in_apposition(tmp_path):
    """"Olle Hägg (S), tjänstgörande ersättare för Tina Rask (V)": present, serving in her seat (the role said,
    beside the plain ersättare); "kommunens representant i Styrgrupp Trygg hemgång, Berit Sjödin, har avsagt sig
    uppdraget": she leaves that styrgrupp (not the arbetsutskott that met)."""
    f = load_text(tmp_path, "ksau.txt", CASE_SYSTEM)
    att = {n: (st, roles) for n, st, roles in f["attendance"]}
    assert att["Olle Hägg"][0] == "present"
    assert "tjänstgörande ersättare" in att["Olle Hägg"][1] and "ersättare" in att["Olle Hägg"][1]
    assert "tjänstgörande ersättare" not in att["Berit Sjödin"][1]
    assert ("Berit Sjödin", "Styrgrupp Trygg hemgång", "leave") in f["memberships"]
    assert not any(p == "Berit Sjödin" and c == "leave" and "arbetsutskott" in g.casefold()
                   for p, g, c in f["memberships"])


JOINT_BOARD = """Gemensamma kostnämnden i Norrby

PROTOKOLL 2027-05-11

Beslutande: Eva Holm (S), ordförande, Region Norrby; Lars Berg (M), Åby kommun; Nina Sund (C), Ekå kommun

§ 5 Delårsrapport april 2027

Nämndens beslut
Gemensamma kostnämnden beslutar
att godkänna delårsrapporten för januari–april 2027,
att överlämna delårsrapporten till regionstyrelsen i Region Norrby,
att överlämna delårsrapporten till kommunfullmäktige i Åby kommun för kännedom.

§ 6 Översyn av menyerna

Nämndens beslut
Nämnden beslutar att ge Kostrådet i uppdrag att ta fram förslag till gemensamma menyer och återrapportera till nämnden den 1 oktober 2027.
Nämnden beslutar vidare att Lars Berg och Nina Sund ingår som politiska representanter i Kostrådets arbete med frågan.
"""


def test_a_report_handed_on_and_politicians_given_seats_in_a_councils_work(tmp_path):
    """"överlämna delårsrapporten till regionstyrelsen": the nämnd reports to it (a report handed on is no matter
    referred; to a fullmäktige "för kännedom" it is only told); "Lars Berg och Nina Sund ingår som politiska representanter i Kostrådets arbete med frågan": each
    joins Kostrådet, and the two are given the task."""
    f = load_text(tmp_path, "gn.txt", JOINT_BOARD)
    to_rs = [k for a, b, k in f["mandates"] if b.casefold().startswith("regionstyrelsen")]
    assert to_rs and set(to_rs) == {"reports_to"}
    assert not any("fullmäktige" in b.casefold() for a, b, k in f["mandates"])  # sent for information only
    assert ("Lars Berg", "Kostrådet", "join") in f["memberships"]
    assert ("Nina Sund", "Kostrådet", "join") in f["memberships"]
    assert any(who == ("Lars Berg", "Nina Sund") and t.startswith("ingå som politiska representanter i Kostrådet")
               for who, t in f["assignments"])
