"""Work a body asks of another goes back to it: handed in "inför RLG:s möte", or an uppdrag under a title naming its
giver with an "återrapport till" it; the one asked reports to the one asking."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

HEAD = """Samverkansgrupp äldre
Minnesanteckningar 2025-05-27

Närvarande: Eva Lind, Åby kommun; Per Berg, Region Norrland; Ola Ek, Norrby kommun

"""


def test_work_handed_in_at_the_giving_bodys_meeting_is_reported_to_it(tmp_path):
    text = HEAD + ("§ 4 Besked från styrgruppen\nEva Lind informerade om att Styrgrupp Nära vård behandlade underlaget "
                   "den 16 maj. Styrgrupp Nära vård har gett samverkansgruppen i uppdrag att ta fram en "
                   "kostnadsberäkning och lämna den inför styrgruppens möte den 19 september.\n")
    found = load_text(tmp_path, "sg_aldre_2025-05-27.txt", text)
    assert ("Samverkansgrupp äldre", "Styrgrupp Nära vård", "reports_to") in found["mandates"]
    # handed in at another body's meeting, or only to be ready by the asker's: no report to the asker
    for other in (text.replace("inför styrgruppens möte", "inför nämndens möte"),
                  text.replace(" och lämna den inför", " till")):
        found = load_text(tmp_path, "sg_aldre_2025-05-27.txt", other)
        assert ("Samverkansgrupp äldre", "Styrgrupp Nära vård", "reports_to") not in found["mandates"], other


def test_an_uppdrag_under_a_title_naming_its_giver_reported_back_to_it_by_a_noun(tmp_path):
    text = HEAD + ("§ 2 Nytt uppdrag fr Styrgrupp Nära vård (23/5)\nLäkarmedverkan i hemsjukvården ska följas upp per "
                   "kommun, återrapport till Styrgrupp Nära vård senast 5/12.\n- Per sammanställer siffrorna.\n")
    found = load_text(tmp_path, "sg_aldre_2025-05-27.txt", text)
    assert ("Styrgrupp Nära vård", "Samverkansgrupp äldre", "delegates") in found["mandates"]
    assert ("Samverkansgrupp äldre", "Styrgrupp Nära vård", "reports_to") in found["mandates"]


def test_a_point_titled_by_the_groups_own_report_to_a_body_is_its_report_there(tmp_path):
    # "Rapport till RPO" over the request it answers: the body that met reports to the body named, by the longer
    # name the point gives it
    text = HEAD + ("§ 5 Lägesrapport till RPO om införandet\nRPO psykisk hälsa har begärt en lägesrapport inför sitt "
                   "möte i februari. Per sammanställer rapporten.\n")
    found = load_text(tmp_path, "sg_aldre_2025-05-27.txt", text)
    assert ("Samverkansgrupp äldre", "RPO psykisk hälsa", "reports_to") in found["mandates"]
    # a report from a body is no report of the body that met
    found = load_text(tmp_path, "sg_aldre_2025-05-27.txt", text.replace("Lägesrapport till RPO", "Lägesrapport från RPO"))
    assert not [m for m in found["mandates"] if m[0] == "Samverkansgrupp äldre" and m[2] == "reports_to"]
