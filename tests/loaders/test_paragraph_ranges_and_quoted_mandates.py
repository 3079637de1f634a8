"""Kommun and ledningsgrupp protocols that note a stand-in by paragraph range, and other habits of the
same minutes."""
from __future__ import annotations

from samverkan.loaders.segment import segment_minutes

RANGE_NOTE = """PROTOKOLL
Regionala ledningsgruppen
Sammanträdesdatum: 2027-11-25

Ledamöter
Anna Lund, socialchef, Åby kommun
Per Ek, förvaltningschef, Ekby kommun, § 1–3

Närvarande ersättare
Eva Berg, MAS, Ekby kommun

§ 4–5 tjänstgjorde Eva Berg i stället för Per Ek, som lämnade mötet efter § 3.

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Dagordning
Dagordningen godkändes.

§ 3 Föregående protokoll
Protokollet lades till handlingarna.

§ 4 Ekonomi
Beslut:
Finansieringen förlängs.

§ 5 Nästa möte
Nästa möte i februari.
"""


def test_a_range_of_paragraphs_told_in_the_header_is_no_heading():
    """"§ 4–5 tjänstgjorde X i stället för Y": a note on who served for which paragraphs, not the
    heading of § 4 (which would leave § 1–3 out as a broken sequence)."""
    s = segment_minutes(RANGE_NOTE, "x.txt")
    assert [i.number for i in s.items] == ["1", "2", "3", "4", "5"]


def test_one_paragraph_told_served_is_no_heading():
    text = RANGE_NOTE.replace("§ 4–5 tjänstgjorde", "§ 4 tjänstgjorde")
    s = segment_minutes(text, "x.txt")
    assert [i.number for i in s.items] == ["1", "2", "3", "4", "5"]
