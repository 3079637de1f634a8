"""Tables a PDF prints with each row's cells at the foot of their height (reportlab's default alignment) and a
blank line's space between its rows.

Where one cell wraps, the row's other cells stand on its last line and the wrapped cell's first line opens the
row's block on a line of its own: read by its lines alone, that line is a row of its own. Each row reads as one
again, an uppdrag's responsible group on its task."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts

UPPDRAG = [["Nr", "Uppdrag", "Ansvarig", "Status"],
           ["1", "Ta fram gemensam handlingsplan för hemsjukvård", "Styrgruppen för hemsjukvård",
            "Pågår, redovisas 2027-04-08"],
           ["2", "Starta mobilt närvårdsteam i Ekby", "Lokala samverkansgruppen i Ekby kommun", "Klart"],
           ["3", "Följa upp utskrivningsprocessen", "Arbetsgruppen för trygg utskrivning", "Försenat"]]


def _pdf(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from samverkan.bench.formats import _fonts

    font, bold = _fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13, spaceAfter=5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=12, leading=15, spaceBefore=8)
    t = Table([[Paragraph(c, cell) for c in r] for r in UPPDRAG], colWidths=[25, 215, 160, 115])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    flow = [Paragraph("Ledningsgrupp för nära vård i Åby – minnesanteckningar", head),
            Paragraph("Datum: 2027-02-11, kl. 13.00–16.00", body),
            Paragraph("Närvarande: Eva Ek, ordförande, Region Åby; Per Lind, socialchef, Ekby kommun", body),
            Paragraph("§ 2 Uppföljning av uppdrag", head),
            Paragraph("Eva Ek gick igenom uppdragen:", body), Spacer(1, 4), t, Spacer(1, 4),
            Paragraph("§ 3 Nästa möte", head), Paragraph("Nästa möte hålls 2027-04-15.", body)]
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)
    return path


def test_an_uppdrag_row_at_the_foot_of_its_wrapped_cells_keeps_its_responsible_group(tmp_path):
    f = facts(_pdf(tmp_path / "lg_nara_vard_2027-02-11.pdf"), tmp_path)
    tasks = {(who, task) for who, task in f["assignments"]}
    assert (("Styrgrupp för hemsjukvård",), "ta fram gemensam handlingsplan för hemsjukvård") in tasks, tasks
    assert any(task == "starta mobilt närvårdsteam i Ekby" and "Ekby" in who[0] and "samverkansgrupp" in who[0].lower()
               for who, task in tasks), tasks
