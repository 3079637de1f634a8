"""A body named by words joined under one ending ("vård- och omsorgsnämnden") is one body, never the subject of the
clause after its "och"; a point titled by the body's own composition ("Projektgruppens sammansättning") names no
body; a team named in the definite is the body that met when its notes say "Teamet"."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """\
Minnesanteckningar Kvalitetsråd hemtjänst Åby
Datum: 2026-11-19
Närvarande: Katarina Holm (ordförande), Per Lind, Sara Berg

1. Uppdraget
Rådet arbetar på uppdrag av vård- och omsorgsnämnden och återrapporterar varje kvartal till förvaltningens ledningsgrupp.

2. Projektgruppens sammansättning
Beslut: Per Lind utses till biträdande samordnare.
"""


def test_a_compound_is_one_body_and_a_composition_point_no_body(tmp_path):
    f = load_text(tmp_path, "kvalitetsrad_hemtjanst_aby_2026-11-19.txt", NOTES)
    bodies = {b for m in f["mandates"] for b in m[:2]} | {g for _, g, _ in f["memberships"]}
    assert not any(b.casefold() == "omsorgsnämnden" for b in bodies), bodies
    assert not any("sammansättning" in b for b in bodies), bodies
    assert ("Kvalitetsråd hemtjänst Åby", "Förvaltningens ledningsgrupp", "reports_to") in set(f["mandates"])
    assert not any("Omsorgsnämnden" in who for who, _ in f["assignments"])


TEAM = """\
Förbättringsteamet Tillgänglighet – Vårdcentralen Åby
Möte 2026-10-15
Teamet: Anna Berg (processledare), Olle Lind, Mira Sand

1. Uppdraget
Teamet har sitt uppdrag från vårdcentralens ledningsgrupp och återrapporterar dit.
"""


def test_a_team_named_in_the_definite_reports_to_its_units_ledningsgrupp(tmp_path):
    f = load_text(tmp_path, "forbattringsteam_aby_2026-10-15.txt", TEAM)
    mandates = set(f["mandates"])
    assert any(frm.casefold() == "vårdcentralens ledningsgrupp" and kind == "delegates" for frm, _, kind in mandates), mandates
    assert any(to.casefold() == "vårdcentralens ledningsgrupp" and kind == "reports_to" for _, to, kind in mandates), mandates
