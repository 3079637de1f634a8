"""One invited for one item, told in a sentence under the roster: "Till punkt 4 deltog Eva Ek, enhetschef, Ekby
kommun, som föredrog ärendet." She is a guest for that item and its presenter, no member of the body (and the
roster's last member keeps her own details).
"""
from __future__ import annotations

from samverkan.loaders.extract import _prose_roster, parse_minutes

MINUTES = """Protokoll – Styrgrupp närvård Åsvik
Datum: 2026-11-12 kl. 13.00–15.00, Kommunhuset Åsvik

Närvarande ledamöter:
Karin Vestberg, Region Åsvik, ordförande
Olof Brandt, Ekby kommun
Maria Sund, Åsviks kommun, sekreterare
Till punkt 4 deltog Eva Ek, enhetschef, Ekby kommun, som föredrog ärendet.

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Dagordning
Dagordningen godkändes.

§ 3 Ekonomisk uppföljning
Olof Brandt redogjorde för utfallet.

§ 4 Mobil hemsjukvård
Pilotens utvärdering visar färre inläggningar.
Beslut: Styrgruppen beslutar att förlänga piloten till juni 2027.

§ 5 Övrigt
Inga övriga frågor.
"""


def test_the_sentence_is_a_guest_line_for_the_item():
    assert _prose_roster("Till punkt 4 deltog Eva Ek, enhetschef, som föredrog ärendet.") == \
        "Dessutom: Eva Ek, enhetschef, som föredrog ärendet, under punkt 4."


def test_the_invited_presenter_is_a_guest_and_presents_the_item():
    p = parse_minutes(MINUTES, "styrgrupp_narvard_asvik_2026-11-12.txt")
    by_name = {a.name: a for a in p.attendance}
    eva = by_name["Eva Ek"]
    assert eva.status == "guest" and eva.paragraphs == ["4"] and "ledamot" not in eva.roles, eva
    assert eva.title == "enhetschef" and eva.organisation == "Ekby kommun", eva
    # the member listed last keeps her own seat and details
    maria = by_name["Maria Sund"]
    assert maria.status == "present" and maria.organisation == "Åsviks kommun" and not maria.paragraphs, maria
    assert {it.number: it.presenters for it in p.items}["4"] == ["Eva Ek"]
