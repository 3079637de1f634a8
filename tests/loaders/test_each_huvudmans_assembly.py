"""A recommendation handed to "respektive huvudmans fullmäktige": the fullmäktige of each huvudman recommended, each a
body of its own; the phrase names no body. A roster line read with the one before it ("…, Region Åsen" / "Leif
Bark (L), …, tjänstgör för Elin Sand (MP)") gives the stand-in, not a person named "Åsen Leif Bark".
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

PROTOCOL = """REGION ÅSEN                                         PROTOKOLL
Politiskt samverkansråd för vård och omsorg         2026-11-13

Beslutande             Ann-Sofie Lind (S), ordförande, Region Åsen
                       Per-Erik Svahn (M), Åby kommun
                       Kristina Åhman (KD), Region Åsen
                       Leif Bark (L), Region Åsen, tjänstgör för Elin Sand (MP)

§ 24  Rekommendation om gemensam finansiering av ungdomsmottagningarna

Beslut
Politiskt samverkansråd beslutar

att rekommendera Region Åsen och Åby kommun att från och med 2027 finansiera ungdomsmottagningarna gemensamt,

att överlämna rekommendationen till respektive huvudmans fullmäktige för beslut.
"""


def test_each_huvudmans_fullmaktige_is_referred_to_and_the_phrase_is_no_body(tmp_path):
    data = load_texts(tmp_path, {"psr.txt": PROTOCOL})
    names = {o["id"]: o["name"] for o in data["organizations"] + data["persons"]}
    refers = sorted(names[m["to_id"]] for m in data["mandates"] if m["classification"] == "refers")
    assert refers == ["Kommunfullmäktige, Åby kommun", "Regionfullmäktige, Region Åsen"]
    assert not [n for n in names.values() if "respektive" in n.casefold()]


def test_a_stand_in_after_a_line_ending_in_a_place_is_no_new_person(tmp_path):
    data = load_texts(tmp_path, {"psr.txt": PROTOCOL})
    people = sorted(p["name"] for p in data["persons"])
    assert "Leif Bark" in people and not [p for p in people if p.endswith("Leif Bark") and p != "Leif Bark"]
