"""Work a body asks of another goes back to it: made "till RLG:s möte", or an uppdrag under a title naming its giver
with an "återrapport till" it; the one asked reports to the one asking."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

HEAD = """Samverkansgrupp äldre
Minnesanteckningar 2025-05-27

Närvarande: Eva Lind, Åby kommun; Per Berg, Region Norrland; Ola Ek, Norrby kommun

"""


def test_work_made_for_the_giving_bodys_meeting_is_reported_to_it(tmp_path):
    text = HEAD + ("§ 4 Besked från styrgruppen\nEva Lind informerade om att Styrgrupp Nära vård behandlade underlaget "
                   "den 16 maj. Styrgrupp Nära vård har gett samverkansgruppen i uppdrag att ta fram en "
                   "kostnadsberäkning till styrgruppens möte den 19 september.\n")
    found = load_text(tmp_path, "sg_aldre_2025-05-27.txt", text)
    assert ("Samverkansgrupp äldre", "Styrgrupp Nära vård", "reports_to") in found["mandates"]
    # made for a meeting of another body than the one that asked: no report to the asker
    other = text.replace("till styrgruppens möte", "till nämndens möte")
    found = load_text(tmp_path, "sg_aldre_2025-05-27.txt", other)
    assert ("Samverkansgrupp äldre", "Styrgrupp Nära vård", "reports_to") not in found["mandates"]


def test_an_uppdrag_under_a_title_naming_its_giver_reported_back_to_it_by_a_noun(tmp_path):
    text = HEAD + ("§ 2 Nytt uppdrag fr Styrgrupp Nära vård (23/5)\nLäkarmedverkan i hemsjukvården ska följas upp per "
                   "kommun, återrapport till Styrgrupp Nära vård senast 5/12.\n- Per sammanställer siffrorna.\n")
    found = load_text(tmp_path, "sg_aldre_2025-05-27.txt", text)
    assert ("Styrgrupp Nära vård", "Samverkansgrupp äldre", "delegates") in found["mandates"]
    assert ("Samverkansgrupp äldre", "Styrgrupp Nära vård", "reports_to") in found["mandates"]
