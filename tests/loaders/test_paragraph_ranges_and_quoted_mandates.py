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


ROSTER_THEN_NOTE = """PROTOKOLL
Regionala ledningsgruppen för vård och omsorg
Sammanträdesdatum: 2027-11-25

Ledamöter
Anna Lund, socialchef, Åby kommun
Per Ek, förvaltningschef, Ekby kommun, § 1–2

Närvarande ersättare
Eva Berg, MAS, Ekby kommun

Övriga deltagande
Ola Ås, processledare, Region Norrby, sekreterare
Anmäld frånvaro: Lisa Holm, socialchef, Ödby kommun
§ 3–4 tjänstgjorde Eva Berg i stället för Per Ek, som lämnade mötet efter § 2.
§ 1 Mötets öppnande
Ordföranden öppnade mötet.
§ 2 Dagordning
Dagordningen godkändes.
§ 3 Ekonomi
Informationen noterades.
§ 4 Nästa möte
Nästa möte i februari.
"""


def test_a_stand_in_note_under_the_roster_is_no_more_of_the_entry_above():
    """A PDF's page joins the note to the last roster line: the one away stays away, and the one who
    sat in for some paragraphs sat as ersättare for the one named."""
    from samverkan.loaders.extract import parse_minutes
    pm = parse_minutes(ROSTER_THEN_NOTE, "x.pdf")
    by = {a.name: a for a in pm.attendance}
    assert by["Lisa Holm"].status == "absent"
    assert by["Lisa Holm"].substitute_for is None
    assert by["Eva Berg"].substitute_for == "Per Ek"


def _mandates(text: str, body: str) -> set[tuple[str, str, str]]:
    from samverkan.loaders.relations import extract_relations
    from samverkan.loaders.types import ParsedItem, ParsedMinutes
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, date="2027-11-25",
                                        items=[ParsedItem(number="4", title="Uppdragsbeskrivning", body=text)]))
    return {(m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_a_body_told_as_another_body_s_group_in_a_quoted_uppdragsbeskrivning():
    """"X är RLG:s taktiska grupp för … Gruppen … rapporterar till RLG": quoted from an uppdragsbeskrivning,
    the body whose group it is gave it its work, and "Gruppen" in the next sentence is X, not the body that met."""
    got = _mandates("Eva Ek presenterade förslaget. Ur förslaget citeras:\n”Samverkansgrupp äldre är RLG:s taktiska "
                    "grupp för äldres hälsa och omsorg. Gruppen bereder frågor inför RLG, leder arbetsgrupperna och "
                    "rapporterar till RLG i maj och november.”", "Regionala ledningsgruppen för vård och omsorg")
    assert ("Regionala ledningsgruppen för vård och omsorg", "Samverkansgrupp äldre", "delegates") in got
    assert ("Samverkansgrupp äldre", "Regionala ledningsgruppen för vård och omsorg", "reports_to") in got
