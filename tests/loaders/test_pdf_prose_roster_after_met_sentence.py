"""A roster told a huvudman a sentence, printed to PDF: the page flows the paragraph, so the sentence naming
who came from where starts mid-line after where the group met ("… på Lindgården. Från Åby kommun" / "deltog
Eva …"), and the next paragraph follows it with no blank line between."""
from __future__ import annotations

from tests.loaders.test_read_formats import facts

# the lines as a page wraps the paragraphs of the notes; a short last line ends each paragraph
LINES = [
    ("Lokal samverkansgrupp äldre Tallby", True),
    ("Minnesanteckningar från mötet tisdagen den 9 mars 2027", False),
    ("Vi träffades kl. 09.00–11.00 i samlingssalen på Lindgården. Från Åby kommun", False),
    ("deltog Elin Sandvik, enhetschef hemtjänsten och gruppens sammankallande, Gustav", False),
    ("Holmér, MAS, och Tove Ringblad, biståndshandläggare, som också förde anteckningarna.", False),
    ("Region Norrvik representerades av Pontus Alm, verksamhetschef Tallby vårdcentral,", False),
    ("och Ylva Stenmark, vårdenhetschef geriatriken på Tallby sjukhus. Kim Berglöf hade", False),
    ("lämnat återbud.", False),
    ("Elin hälsade välkommen. Anteckningarna från förra mötet godkändes.", False),
    ("Trygg hemgång", True),
    ("Ylva beskrev problemen med utskrivningar på fredagar. Pontus tar fram statistik", False),
    ("över helgutskrivningarna till nästa möte.", False),
]


def test_pdf_roster_told_by_huvudman_starting_mid_line_reads_its_people(tmp_path):
    """The people from each huvudman are present, and the one who sent her apologies in the roster's last
    sentence absent: the roster's paragraph ends at its short last line, as a blank line ends it in text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from bench.formats import _fonts

    font, bold = _fonts()
    path = tmp_path / "lokal_samverkan_tallby_2027-03-09.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    for line, heading in LINES:
        c.setFont(bold if heading else font, 12 if heading else 10)
        c.drawString(56, y, line)
        y -= 13
    c.save()
    f = facts(path, tmp_path)
    status = {name: st for name, st, _ in f["attendance"]}
    assert {n for n, st in status.items() if st == "present"} == {
        "Elin Sandvik", "Gustav Holmér", "Tove Ringblad", "Pontus Alm", "Ylva Stenmark"}
    assert status.get("Kim Berglöf") == "absent"
