"""Habits of three secretaries read on small minutes of their own: a roster table whose rows are the huvudmän
and whose columns "Ordinarie" / "Ersättare" hold names, a tick after those who came ("✔ = närvarande"); a
chat app's recap headed "Sammanfattning: …" and "Kanal: … > …" over its title block, with "– organisatör",
"– för anteckningar" and "Tackade nej:" in its list of who took part; a protocol listing its officials under
"Därutöver" after the members.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

TICKED = """Samverkansgrupp äldre
Minnesanteckningar från möte måndagen den 14 juni 2027, kl. 09.00–12.00
Närvaro
✔ = närvarande
Huvudman\tOrdinarie\tErsättare
Region Norrby\tEva Ek ✔; Per Lind ✔\tAnna Berg
Åby kommun\tLena Strand\tTove Holm ✔
Ekby kommun\tKarl Sand ✔\tEmil Borg
Sekreterare: Louise Falk, Region Norrby
Punkt 1  Mötet öppnas
Dagordningen godkändes.
Punkt 2  Övrigt
Inga övriga frågor.
"""

RECAP = """Sammanfattning: Arbetsgrupp föräldrastöd – möte 2/6
Kanal: Samverkansgrupp barn och unga > Arbetsgrupp föräldrastöd
Onsdag 2 juni 2027  09:00–10:15  (Microsoft Teams-möte)

Deltagare (3)
Amra Holm (Åby kommun) – organisatör
Lisa Berg (Ekby kommun)
Vera Lund (Region Norrby) – för anteckningar
Tackade nej: Ida Sand (Tallviks kommun)

09:02  Incheckning
Amra hälsade välkommen. Anteckningarna från 5 maj godkändes.

09:10  Kartläggning
Lisa gick igenom enkätsvaren.
"""

OFFICIALS = """LEDNINGSGRUPPEN FÖR VÅRD OCH OMSORG
Protokoll 2027-06-18

Ledamöter
Anna Forsman, hälso- och sjukvårdsdirektör, Region Norrby, ordförande
Kent Ek, socialchef, Åby kommun
Därutöver
Jonas Berg, processledare, Region Norrby
Birgitta Holm, samordnare, Region Norrby, sekreterare

§ 36 Inledning
Ordföranden öppnade mötet. Föredragningslistan fastställdes.
§ 37 Övriga frågor
Inga övriga frågor anmäldes.
"""


def _status(parsed, name):
    return next(a.status for a in parsed.attendance if a.name == name)


def test_a_tick_after_a_name_in_a_roster_cell_marks_who_came():
    p = parse_minutes(TICKED, "sg.docx")
    assert [_status(p, n) for n in ("Eva Ek", "Per Lind", "Tove Holm", "Karl Sand")] == ["present"] * 4
    assert [_status(p, n) for n in ("Anna Berg", "Lena Strand", "Emil Borg")] == ["absent"] * 3
    assert _status(p, "Louise Falk") == "present"  # the secretary's label line is no ticked cell


def test_a_chat_recap_names_its_body_and_day_over_its_labelled_lines():
    p = parse_minutes(RECAP, "recap.txt")
    assert p.body == "Arbetsgrupp föräldrastöd"
    assert p.date == "2027-06-02"
    roles = {a.name: a.roles for a in p.attendance}
    assert "sammankallande" in roles["Amra Holm"] and "sekreterare" in roles["Vera Lund"]
    assert _status(p, "Ida Sand") == "absent"


def test_officials_under_darutover_are_no_members():
    p = parse_minutes(OFFICIALS, "lg.docx")
    assert _status(p, "Kent Ek") == "present"
    assert _status(p, "Jonas Berg") == "guest" and _status(p, "Birgitta Holm") == "guest"
