"""Habits of a regional ledningsgrupp's protocol: an att-clause giving the chair and the vice chair a report
to present at the political council ("att ordföranden och vice ordföranden föredrar rapporten vid samrådets
möte"), and a working group named with the samverkansgrupp it works under ("Arbetsgrupp X under
samverkansgruppen får i uppdrag …"); read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PROTOCOL = """REGIONALA LEDNINGSGRUPPEN FÖR VÅRD OCH OMSORG (RLG)
Protokoll 2030-05-23

Närvarande
Anneli Forsman, Region Åsby, ordförande
Therese Wiklander, Ekå kommun, vice ordförande
Per Lind, Tallviks kommun

§ 3 Regional handlingsplan för suicidprevention
RLG beslutar
– att ge Samverkansgrupp psykisk hälsa i uppdrag att ta fram en regional handlingsplan för suicidprevention,
– att Arbetsgrupp suicidprevention under samverkansgruppen får i uppdrag att ta fram underlag om suicid i länet.

§ 5 Lägesrapport till samrådet
RLG beslutar
– att godkänna lägesrapporten,
– att ordföranden och vice ordföranden föredrar rapporten vid samrådets möte.
"""


def test_the_chair_and_vice_chair_given_a_report_to_present(tmp_path):
    f = load_text(tmp_path, "rlg.txt", PROTOCOL)
    assert (("Anneli Forsman", "Therese Wiklander"), "föredra rapporten vid samrådets möte") in f["assignments"]


def test_a_working_group_under_a_samverkansgrupp_given_a_task(tmp_path):
    f = load_text(tmp_path, "rlg.txt", PROTOCOL)
    assert any(who == ("Arbetsgrupp suicidprevention",) for who, _ in f["assignments"])
    assert ("Arbetsgrupp suicidprevention", "Samverkansgrupp psykisk hälsa", "reports_to") in f["mandates"]
