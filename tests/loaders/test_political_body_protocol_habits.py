"""Habits of the protocols of smaller political bodies (a valberedning, a jävsnämnd, a bygglovsutskott, an
arvodesberedning): "Protokollsutdrag:" naming who gets an extract of the paragraph, …"""
from __future__ import annotations

from tests.loaders.test_genre_readings import load


def test_a_protokollsutdrag_line_is_no_decision(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    PROTOKOLL
        Kommunfullmäktiges valberedning   Sammanträdesdatum 2027-06-12

        Närvarande ledamöter: Eva Ek (S), ordförande; Per Lind (M); Sara Öhrn (C)

        § 4   Nästa sammanträde
        Valberedningens beslut
        Nästa sammanträde hålls den 7 september 2027.

        Protokollsutdrag: Kommunfullmäktiges presidium

        § 5   Arbetsgrupp
        Valberedningens beslut
        Per Lind (M) utses att ingå i arbetsgruppen för nämndorganisationen.
        Protokollsutdrag till Kommunstyrelsen, Per Lind
        """)
    assert not [d for d in got["decisions"] if "utdrag" in d.casefold()]
    assert any("Nästa sammanträde hålls" in d for d in got["decisions"])
    assert any("Per Lind (M) utses" in d for d in got["decisions"])
