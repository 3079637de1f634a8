"""A roster written a line per förvaltning or unit, each line labelled with where its people come from, the
region's units labelled with the huvudman before the unit ("Region Västmo, vuxenpsykiatrin: Eva Ek, …")."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar lokal samverkansgrupp Åby
Torsdag 7 oktober 2027 kl. 13.30–15.30, Åby vårdcentral

Deltagare:
Socialförvaltningen: Siv Holm, IFO-chef (ordförande)
Omsorgsförvaltningen: Omar Jaber, enhetschef hemtjänst
Region Västmo, Åby vårdcentral: Per-Erik Lund, verksamhetschef
Region Västmo, vuxenpsykiatrin: Therese Bengtsson, psykiatrisjuksköterska
Förhinder: Bo Ek, socialförvaltningen

1. Föregående anteckningar
Anteckningarna lades till handlingarna.
"""


def test_a_line_labelled_with_the_huvudman_and_its_unit_lists_its_people(tmp_path):
    got = load_text(tmp_path, "lokal_aby.txt", NOTES)
    status = {name: st for name, st, _ in got["attendance"]}
    assert status.get("Per-Erik Lund") == "present" and status.get("Therese Bengtsson") == "present"
    assert status.get("Bo Ek") == "absent"
    assert "Region Västmo, Åby vårdcentral" not in got["persons"]
