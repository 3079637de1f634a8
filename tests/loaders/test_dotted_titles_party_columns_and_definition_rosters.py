"""Titles whose document kind a dot sets apart, bodies named with the huvudmän behind them, a mail's
"Vi var:" roster, a PDF roster's party column and a Markdown definition-list roster."""
from __future__ import annotations

from docx import Document

from tests.loaders.test_read_formats import facts, load_text

REGION = "Region Norrby och kommunerna Åby och Ekeby.\n"


def test_a_document_kind_set_apart_by_a_dot_is_no_label_over_a_name(tmp_path):
    text = ("ANTECKNINGAR  ·  ARBETSGRUPP TRYGG HEMGÅNG\n"
            "Möte 6/2028, tisdag 21 november 2028, kl 13.00–15.00, Teams\n\n"
            "Med på mötet\n  Eva Ekström, Åby kommun, sammankallande\n  Per Lundgren, Region Norrby\n\n"
            "1. Checklistan\nBeslut: checklistan fastställs.\n")
    got = load_text(tmp_path, "n.txt", text)
    assert got["body"].casefold() == "arbetsgrupp trygg hemgång"
    assert ("Eva Ekström", "present") in {a[:2] for a in got["attendance"]}


def test_the_huvudman_after_a_comma_is_no_part_of_the_body_name(tmp_path):
    text = ("# Samverkansgrupp barn och unga, Region Norrby och kommunerna\n\n"
            "**Datum:** 2028-12-06\n\n**Närvarande:** Eva Ekström, Åby kommun; Per Lundgren, Region Norrby\n\n"
            "## 1. Inledning\nAnteckningarna lades till handlingarna.\n")
    assert load_text(tmp_path, "n.md", text)["body"] == "Samverkansgrupp barn och unga"


def test_a_mail_counting_who_was_there_with_vi_var(tmp_path):
    text = ("Hej alla,\n\nhär kommer anteckningarna från arbetsgruppens möte onsdag 29 november 2028.\n"
            "Arbetsgrupp för fallprevention\n\n"
            "Vi var: Nora Lindström (Region Norrby, sammankallande), Maja Holmgren (Åby kommun) och\n"
            "Hampus Bergman (Ekeby kommun). Ronja Falkman hade förhinder.\n\n"
            "1) Utbildningsdagen\nVi bestämde att dagen blir den 14 mars.\n")
    att = load_text(tmp_path, "n.txt", text)["attendance"]
    assert ("Maja Holmgren", "present", ("ledamot",)) in att
    assert ("Ronja Falkman", "absent", ("ledamot",)) in att


def test_a_party_column_run_into_the_name_by_a_pdf_text(tmp_path):
    text = ("ÅBY KOMMUN\tPROTOKOLL\nSocialnämnden\tSammanträdesdatum 2028-12-13\n"
            "Närvarande beslutande\nLedamot Parti Uppdrag\nMaud Lindgren S ordförande\nBengt Arvidsson M vice ordförande\n"
            "Eila Korhonen S ledamot\nJan-Olof Strand SD ledamot\n\n"
            "§ 86  Justering\nSocialnämnden beslutar att utse Bengt Arvidsson (M) att justera protokollet.\n")
    names = {a[0] for a in load_text(tmp_path, "n.txt", text)["attendance"]}
    assert {"Maud Lindgren", "Bengt Arvidsson", "Eila Korhonen", "Jan-Olof Strand"} <= names
    assert not any(n.endswith((" S", " M")) for n in names)


def test_a_party_column_with_the_stand_in_in_the_last_column(tmp_path):
    text = ("ÅBY KOMMUN\tPROTOKOLL\nSocialnämnden\tSammanträdesdatum 2028-12-13\n"
            "Närvarande beslutande\nLedamot Parti Uppdrag Ersätts av\nMaud Lindgren S ordförande\n"
            "Anna-Karin Rönnberg\nS ledamot Tommy Hedlund (S)\nEila Korhonen S ledamot\n\n"
            "§ 86  Justering\nSocialnämnden beslutar att utse Eila Korhonen (S) att justera protokollet.\n")
    status = {a[0]: a[1] for a in load_text(tmp_path, "n.txt", text)["attendance"]}
    assert status.get("Anna-Karin Rönnberg") == "absent" and status.get("Tommy Hedlund") == "present"


def test_a_markdown_definition_list_roster_by_huvudman(tmp_path):
    text = ("# Samverkansgrupp barn och unga\n\n**Datum:** 2028-12-06\n\n### Närvaro per huvudman\n\n"
            "**Region Norrby**\n: Mattias Ekberg, verksamhetschef BUP – ordförande\n: Sanna Wahlin, chef barnhälsovården\n\n"
            "**Åby kommun**\n: Ida Hermelin, IFO-chef\n\n"
            "## 1. Inledning\nAnteckningarna lades till handlingarna.\n")
    att = load_text(tmp_path, "n.md", text)["attendance"]
    assert {a[0] for a in att} >= {"Mattias Ekberg", "Sanna Wahlin", "Ida Hermelin"}


def test_a_word_roster_with_a_column_per_huvudman_and_a_row_per_seat(tmp_path):
    doc = Document()
    doc.add_paragraph("POLITISKT SAMRÅD NÄRA VÅRD NORRBY")
    doc.add_paragraph("Minnesanteckningar 2028-12-07")
    table = doc.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [["", "Region Norrby", "Åby kommun"],
                                        ["Ledamöter", "Gudrun Tallgren (C), ordförande ✔", "Henrik Lodén (M) ✔"],
                                        ["Ersättare", "Sofie Lundmark (L) –", "Anneli Strandberg (S) ✔"]]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc.add_paragraph("§ 1 Öppnande")
    doc.add_paragraph("Beslut: Dagordningen fastställs.")
    path = tmp_path / "samrad.docx"
    doc.save(path)
    status = {n: s for n, s, _ in facts(path, tmp_path)["attendance"]}
    assert status.get("Henrik Lodén") == "present" and status.get("Anneli Strandberg") == "present"
    assert status.get("Sofie Lundmark") == "absent"
