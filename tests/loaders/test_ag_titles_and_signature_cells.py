"""Habits of sister minutes: a working group's notes typed in a hurry under a title in capitals with the
group's kind shortened ("AG DEMENS – minnesant. 19/4 2028"), loose points typed small, each a sentence of its
own, and the group's standing uppdrag told as "vi jobbar på uppdrag av …"; a nämnd protocol whose header is a
Word table, the signature lines one a paragraph of a single cell.
"""
from __future__ import annotations

import docx

from tests.loaders.test_read_formats import facts, load_text

HURRIED = """AG HEMGÅNG – minnesant. 14/3 2027
Teams, 09.00–10.30

Med:
 - Eva Lindqvist (EL), sjuksköterska, Åby kommun – sammankallande
 - Per Nyholm (PN), arbetsterapeut, Region Norrby
 - Kim Sandberg (KS), enhetschef, Öby kommun

1. Uppdraget
 * vi jobbar på uppdrag av Styrgrupp Nära vård, delrapporten ska dit 10/6
 * PN och KS skriver utkast

2. Trygghetsbesök
 * KS har provat i Öby, bra respons. Vill prova i Åby
 * gruppen enades om att EL och KS planerar ett besök i Åby under hösten
 * frågan om finansiering lyfts till styrgruppen
"""


def test_a_title_in_capitals_names_the_group_by_its_kind_shortened(tmp_path):
    """"AG HEMGÅNG – minnesant. 14/3 2027": the working group, its notes' word cut short and its day with the year
    after a space no part of its name."""
    f = load_text(tmp_path, "ag.txt", HURRIED)
    assert f["body"].casefold() == "arbetsgrupp hemgång"
    assert ("Kim Sandberg", "Arbetsgrupp Hemgång", "member") in f["memberships"]


def test_loose_points_typed_small_are_sentences_of_their_own(tmp_path):
    """"* gruppen enades om att …" / "* frågan … lyfts till styrgruppen": each point its own decision."""
    f = load_text(tmp_path, "ag.txt", HURRIED)
    assert "EL och KS planerar ett besök i Åby under hösten" in f["decisions"]
    assert not any("finansiering" in d and "planerar" in d for d in f["decisions"])


def test_we_work_on_behalf_of_a_group_and_the_report_goes_there(tmp_path):
    """"vi jobbar på uppdrag av Styrgrupp Nära vård, delrapporten ska dit": the group's standing mandate both ways."""
    f = load_text(tmp_path, "ag.txt", HURRIED)
    assert ("Styrgrupp Nära vård", "Arbetsgrupp Hemgång", "delegates") in f["mandates"]
    assert ("Arbetsgrupp Hemgång", "Styrgrupp Nära vård", "reports_to") in f["mandates"]


def _protocol(path):
    d = docx.Document()
    t = d.add_table(rows=0, cols=2)
    rows = [("ÅBY KOMMUN", "SAMMANTRÄDESPROTOKOLL"), ("Socialnämnden", "2027-04-20"),
            ("Plats och tid", "Kommunhuset i Åby, kl. 13.00–15.00"),
            ("Beslutande", "Anna Lund (S), ordförande\nPer Berg (M)\nEva Ek (C)"),
            ("Utses att justera", "Per Berg (M)"),
            ("Underskrifter", "Sekreterare ........ Kim Ahl\nOrdförande ........ Anna Lund\nJusterande ........ Per Berg")]
    for a, b in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
    d.add_paragraph("§ 1 Val av justerare")
    d.add_paragraph("Per Berg (M) utses att jämte ordföranden justera protokollet.")
    d.save(path)


def test_signature_lines_of_one_table_cell_stay_apart(tmp_path):
    """"Ordförande ........ Anna Lund" / "Justerande ........ Per Berg", one a paragraph of one cell: the chair's
    name ends at her line, the next line's role no part of it."""
    path = tmp_path / "sn.docx"
    _protocol(path)
    f = facts(path, tmp_path)
    names = {n for n, _, _ in f["attendance"]}
    assert "Anna Lund" in names and not any("Justerande" in n for n in names)
