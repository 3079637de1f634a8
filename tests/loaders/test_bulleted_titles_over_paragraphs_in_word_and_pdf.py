"""A mail's notes whose points' titles are each a list of one point over a paragraph ("* Kartläggningen" /
"Verksamhetschefen berättade …"), as Word and a PDF print them: a bulleted line over running text, no blank
line before it. The titles head the notes' points, as they do in the text; the list of tasks under the
last title is no point."""
from __future__ import annotations

from samverkan.bench.formats import render_pdf
from tests.loaders.test_read_formats import facts, load_text

MINUTES = """\
Från: Hanna Berglöf
Skickat: den 9 mars 2027 10:12
Till: Omar Haddad; Lisa Ekwall; Gustav Ring
Ämne: Sammanfattning – Nätverk för skolsköterskor 8/3

Hej alla,

här kommer en kort sammanfattning av mötet i går.

Med på mötet:
- Hanna Berglöf, elevhälsan Ekby kommun (sammankallande)
- Omar Haddad, skolläkare, Region Norrmark
- Lisa Ekwall, skolsköterska, Åby kommun

Förhinder: Gustav Ring, skolsköterska Tallby kommun

* Vaccinationsprogrammet
Omar berättade om det nya schemat för vaccinationer i årskurs fem. Kommunerna behöver
planera om vårens vaccinationsveckor så att de följer regionens nya leveranser.

* Hälsosamtalen
Vi gick igenom hur hälsosamtalen i årskurs sju dokumenteras. Åby och Ekby använder
olika mallar, och gruppen vill ha en gemensam mall till hösten.

* Fortbildning
Vi bestämde att ordna en gemensam fortbildningsdag om elevers psykiska hälsa den
14 oktober. Omar frågar en föreläsare från barn- och ungdomspsykiatrin.

* Att göra till nästa gång
- Lisa: ta fram ett förslag till gemensam mall för hälsosamtalen
- Hanna: boka lokal för fortbildningsdagen

Vänliga hälsningar
Hanna Berglöf
"""

TITLES = [("1", "Vaccinationsprogrammet"), ("2", "Hälsosamtalen"), ("3", "Fortbildning")]


def _docx(path):
    import docx

    d = docx.Document()
    for para in MINUTES.split("\n\n"):
        lines = para.split("\n")
        if lines[0].startswith("* "):
            d.add_paragraph(lines[0][2:], style="List Bullet")
            d.add_paragraph(" ".join(lines[1:]))
        elif lines[0].startswith("- ") or lines[-1].startswith("- "):
            for line in lines:
                if line.startswith("- "):
                    d.add_paragraph(line[2:], style="List Bullet")
                else:
                    d.add_paragraph(line)
        else:
            for line in lines:
                d.add_paragraph(line)
    d.save(str(path))
    return path




def test_word_and_pdf_read_the_bulleted_titles_as_the_points(tmp_path):
    text = load_text(tmp_path, "natverk_skolskoterskor_2027-03-08.txt", MINUTES)
    assert text["items"] == TITLES
    (tmp_path / "pdf").mkdir()
    pdf = tmp_path / "pdf" / "natverk_skolskoterskor_2027-03-08.pdf"
    render_pdf(MINUTES, pdf)
    assert facts(pdf, tmp_path / "pdf")["items"] == TITLES
    (tmp_path / "docx").mkdir()
    word = _docx(tmp_path / "docx" / "natverk_skolskoterskor_2027-03-08.docx")
    assert facts(word, tmp_path / "docx")["items"] == TITLES
