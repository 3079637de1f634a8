"""A förbund's protocol from a meeting system printed to PDF: the förbund's name in capitals on the letterhead,
its two places joined by a dash ("SAMORDNINGSFÖRBUNDET ÅBY–ÖBY"), the items listed first in an
"Ärendeförteckning" of "§ N" lines, and each item then headed "Paragraf N" with its diary number beside it.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

INDEXED = """SAMORDNINGSFÖRBUNDET ÅBY–ÖBY
Förbundsstyrelsen
PROTOKOLL
Sammanträdesdatum 2026-11-27
Plats och tid Öby kommunhus, kl. 09.00–11.30
Beslutande Eva Lind (C), ordförande, Region Norrby
Per Ek (S), vice ordförande, Åby kommun
Lisa Holm (M), Öby kommun
Övriga närvarande Karin Berg, förbundschef, sekreterare
Ärendeförteckning
Paragraf Ärende Dnr
§ 34 Val av justerare
§ 35 Godkännande av dagordning
§ 36 Förlängning av insatsen Steg framåt SF 2026/041
Paragraf 34
Val av justerare
Beslut
Förbundsstyrelsen utser Lisa Holm att jämte ordföranden justera dagens protokoll.
Paragraf 35
Godkännande av dagordning
Beslut
Dagordningen godkänns.
Paragraf 36 Dnr SF 2026/041
Förlängning av insatsen Steg framåt
Beslut
Förbundsstyrelsen beslutar
att förlänga insatsen Steg framåt till och med 2027-12-31,
att uppdra åt förbundschefen att senast 2027-03-31 redovisa en utvärderingsplan för insatsen.
Beskrivning av ärendet
Insatsen har följts upp under hösten.
"""


def test_the_board_is_named_with_the_forbund_on_a_letterhead_in_capitals(tmp_path):
    """"SAMORDNINGSFÖRBUNDET ÅBY–ÖBY" over "Förbundsstyrelsen": the board of that förbund, its places capitalised,
    named as the boards of other förbund are."""
    f = load_text(tmp_path, "sf.txt", INDEXED)
    assert f["body"] == "Styrelsen, Samordningsförbundet Åby–Öby"


def test_paragraf_headings_after_an_index_are_the_items(tmp_path):
    """The "§ N" lines of the Ärendeförteckning list the items; the "Paragraf N" headings below start them, so no
    heading is read as a decision and each decision stays with its own item."""
    f = load_text(tmp_path, "sf.txt", INDEXED)
    assert [n for n, _ in f["items"]] == ["34", "35", "36"]
    assert not [d for d in f["decisions"] if d.startswith("Paragraf")]
    assert "Dagordningen godkänns." in f["decisions"]
