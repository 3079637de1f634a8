"""A working group's notes mailed as text, the roster told in the first person: "Vi som var med: A (…), B (…) och jag
själv som sammankallande. C (…) hade förhinder." is the roster's label, as "Med på mötet:" is, and the one who
"hade förhinder" is absent; "jag själv som sammankallande" is the one who signs under the closing greeting."""
from samverkan.loaders.extract import parse_minutes

NOTE = """Till: Eva Ek; Bo Ahl; Ivan Roos; Lena Sund; Pia Berg
Kopia: Stina Mo
Ämne: Anteckningar från arbetsgruppen SIP Åby 5 oktober

Hej alla!

Här kommer mina anteckningar från tisdagens möte (5 oktober 2027, kl. 13.15-15.00,
Åby vårdcentral, rum Tallen). Säg till före den 12 oktober om något behöver
rättas.

Vi som var med: Eva Ek (distriktssköterska, Vårdcentralen Åby, Region
Norrby), Bo Ahl (biståndshandläggare, Åby kommun), Ivan Roos (kurator,
Vuxenpsykiatrin, Region Norrby), Pia Berg (enhetschef hemtjänst, Åby
kommun) och jag själv som sammankallande. Lena Sund (arbetsterapeut,
Åby kommun) hade förhinder.


Vi gick igenom statistiken. Bo tar fram en checklista till nästa möte.

Ha det gott!
Karin Holm
"""


def test_first_person_roster_label_reads_present_and_absent():
    att = {a.name: a.status for a in parse_minutes(NOTE, "n_ag_sip_2026-10-05.txt").attendance}
    assert att.get("Eva Ek") == "present" and att.get("Ivan Roos") == "present"
    assert att.get("Lena Sund") == "absent"


def test_writer_under_the_closing_greeting_is_present_in_her_seat():
    # no "Från:" line: "och jag själv som sammankallande" is the one who signs under "Ha det gott!"
    att = {a.name: a for a in parse_minutes(NOTE, "n_ag_sip_2026-10-05.txt").attendance}
    assert att["Karin Holm"].status == "present"
    assert "sammankallande" in att["Karin Holm"].roles
