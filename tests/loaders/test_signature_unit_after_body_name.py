"""A mailed note's signature, "Sammankallande, Arbetsgrupp X" over "Socialförvaltningen, Åby kommun", names the
body and then the sender's unit and huvudman: read together as one sentence, the unit is no part of the body's name."""
from samverkan.loaders.relations import find_groups


def test_unit_and_huvudman_after_the_body_are_cut():
    got = [g.name for g in find_groups("Hälsningar Eva Ek Sammankallande, Arbetsgrupp SIP Åby Socialförvaltningen, "
                                       "Åby kommun")]
    assert got == ["Arbetsgrupp SIP Åby"]


def test_unit_of_a_region_after_the_body_is_cut():
    got = [g.name for g in find_groups("Per Lund, Processteam Hemgång Norrby Medicinkliniken, Region Norrby")]
    assert got == ["Processteam Hemgång Norrby"]


def test_place_in_the_name_before_a_kommun_stays():
    got = [g.name for g in find_groups("Frågan går till Styrgrupp Nära vård Åby, Åby kommun.")]
    assert all("Åby" in n.split(",")[0] for n in got) and got
