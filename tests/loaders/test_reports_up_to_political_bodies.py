"""The tjänstemän's bodies under a political one report to it: "Rapport från <ledningsgrupp>" as a point of a
political samråd's protocol is the ledningsgrupp's report line to it (in a working group's notes the same title
is news told at the meeting), and the uppdrag the samråd gives in its decisions go down to those bodies."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PROTOCOL = """\
Politiskt samråd Nära vård Åby
Protokoll från sammanträde 2027-09-02

Närvarande: Anna Ek (S), ordförande, Åby kommun; Per Lind (M), Region Norrå

§ 54 Mobila närvårdsteam
Samrådet beslutar
att ge Ledningsgruppen för samverkan i Åby i uppdrag att ta fram ett underlag om finansieringen.

§ 55 Rapport från Ledningsgruppen för samverkan i Åby
Sara Holm rapporterar från ledningsgruppens möten i augusti.
"""

NOTES = """\
Arbetsgrupp SIP Åby
Anteckningar 2027-09-10

Närvarande: Eva Berg, Åby kommun; Ola Ström, Region Norrå

1. Rapport från Ledningsgruppen för samverkan i Åby
Eva berättade vad ledningsgruppen diskuterade i augusti.
"""


def test_a_report_from_the_ledningsgrupp_in_a_political_bodys_minutes(tmp_path):
    mandates = load_text(tmp_path, "politiskt_samrad_aby_2027-09-02.txt", PROTOCOL)["mandates"]
    kinds = {(a.casefold().replace("gruppen ", "grupp "), b.casefold().replace("gruppen ", "grupp "), k) for a, b, k in mandates}
    assert ("ledningsgrupp för samverkan i åby", "politiskt samråd nära vård åby", "reports_to") in kinds, mandates
    assert ("politiskt samråd nära vård åby", "ledningsgrupp för samverkan i åby", "delegates") in kinds, mandates


def test_the_same_title_in_a_working_groups_notes_is_news(tmp_path):
    mandates = load_text(tmp_path, "ag_sip_aby_2027-09-10.txt", NOTES)["mandates"]
    assert not any(k == "reports_to" and "ledningsgrupp" in a.casefold() for a, _, k in mandates), mandates
