"""Working-group notes mailed by their convenor ("Med oss:" over each huvudman's people, the tasks under "Vem gör
vad" by initials), a nämnd's protocol whose paragraphs are rows of a "§ | Ärende | Beslut" table (the matter's
diary number a line of its cell between heading and text), a recommendation to kommuner named only there (each a
huvudman, no body that meets), and a PDF whose title wraps above a table."""
from __future__ import annotations

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders import formats
from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.pipeline import load_paths
from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import load_text

NOTES = """Anteckningar Arbetsgrupp hälsa i Åby

Hej alla,

Här kommer anteckningarna från onsdagens träff, 15 mars 2028 kl. 13.00-15.00 på Teams.

Med oss:
Åby kommun - Anna Ek (elevhälsan), Per Lind (beroendeenheten)
Norrby kommun - Siv Holm (vuxenenheten)
Region Ekby - Kim Dahl (BUP)
Förhinder: Bo Berg (Hälsocentralen Åby)


1. Läget sedan sist
Kim berättade om läget på BUP.

2. Nästa möte
12 april kl. 13.00, Teams.


Vem gör vad
AE         Skicka Åbys rutin till alla                       22/3
KD         Ta upp rutinen på enhetschefsmötet                 april
AE, PL     Förslag till upplägg för utbildningsdagen          12/4

Vänliga hälsningar
Kim Dahl
"""


def test_med_oss_heads_the_roster():
    attendance = {a.name: (a.status, a.organisation) for a in parse_minutes(NOTES, "ag_halsa_2028-03-15.txt").attendance}
    assert attendance["Anna Ek"] == ("present", "Åby kommun")
    assert attendance["Siv Holm"] == ("present", "Norrby kommun")
    assert attendance["Kim Dahl"] == ("present", "Region Ekby")
    assert attendance["Bo Berg"][0] == "absent"


def test_vem_gor_vad_heads_a_list_of_tasks_by_initials(tmp_path):
    tasks = dict(load_text(tmp_path, "ag_halsa_2028-03-15.txt", NOTES)["assignments"])
    assert tasks.get(("Anna Ek",)) == "skicka Åbys rutin till alla", tasks
    assert tasks.get(("Kim Dahl",)) == "ta upp rutinen på enhetschefsmötet", tasks
    assert ("Anna Ek", "Per Lind") in tasks


def test_a_matter_cell_keeps_its_diary_number_between_heading_and_text():
    cell = formats.cell_text(["Gemensam riktlinje för trygg hemgång", "Dnr VON 2028/087",
                              "Regionala samrådet har rekommenderat kommunerna att anta riktlinjen."])
    assert cell.split(formats.CELL_PARAGRAPH) == [
        "Gemensam riktlinje för trygg hemgång", "Dnr VON 2028/087",
        "Regionala samrådet har rekommenderat kommunerna att anta riktlinjen."]


def test_a_paragraph_table_row_reads_the_recommendation_after_the_diary_number(tmp_path):
    from docx import Document

    d = Document()
    d.add_paragraph("ÅBY KOMMUN")
    d.add_paragraph("Vård- och omsorgsnämnden")
    d.add_paragraph("Sammanträdesprotokoll 2028-09-19")
    d.add_paragraph("Beslutande: Eva Ek (S), ordförande; Per Lind (M)")
    t = d.add_table(rows=0, cols=3)
    for row in (("§", "Ärende", "Beslut"),
                ("§ 62", "Gemensam riktlinje för trygg hemgång\nDnr VON 2028/087\nRegionalt politiskt samråd för vård "
                 "och omsorg har rekommenderat Region Ekby samt Åby, Norrby och Ekby kommuner att anta en gemensam "
                 "riktlinje för trygg hemgång.", "Vård- och omsorgsnämnden beslutar\natt anta riktlinjen.")):
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    path = tmp_path / "von_aby_2028-09-19.docx"
    d.save(path)
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    names = {o["id"]: o for o in data["organizations"]}
    recommended = {names[m["to_id"]]["name"]: names[m["to_id"]]["classification"] for m in data["mandates"]
                   if m["classification"] == "recommends"}
    assert set(recommended) == {"Region Ekby", "Åby kommun", "Norrby kommun", "Ekby kommun"}, recommended
    assert "group" not in recommended.values(), recommended  # a kommun named only there is no body that meets


def test_a_title_wrapped_above_a_table_is_one_line(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    ss = getSampleStyleSheet()
    path = tmp_path / "sg_nara_vard_2030-03-12.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Minnesanteckningar – Styrgrupp Nära vård Norrbyslätten", ss["Title"]),
        Paragraph("Datum: 2030-03-12, kl. 13.00–15.30", ss["Normal"]),
        Table([["Namn", "Funktion", "Huvudman"], ["Eva Ek", "socialchef, ordförande", "Åby kommun"],
               ["Per Lind", "primärvårdschef", "Region Norrby"]]),
        Paragraph("1. Mötets öppnande", ss["Heading2"]),
        Paragraph("Dagordningen godkändes.", ss["Normal"])])
    first = next(x for x in read_document(path).text.split("\n") if x.strip())
    assert first.strip() == "Minnesanteckningar – Styrgrupp Nära vård Norrbyslätten"
