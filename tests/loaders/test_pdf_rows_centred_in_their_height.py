"""Tables a PDF prints with each row's cells centred in its height, as Word's "centre" cell alignment does.

Where one cell of a row wraps over three lines or more, the row's other cells stand on its middle line and
the wrapped cell's first line comes before them on a line of its own: read by its lines alone, that line
belongs to the row above. Each row reads as one again, the roster's marks and roles on their members and
the action table's doers and days on their tasks."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_read_formats import facts

ROSTER = [["Namn", "Organisation", "Roll", "Närvarande"],
          ["Greta Malmström", "Region Västmark, hälso- och sjukvårdsförvaltningen, enheten för samverkan och "
                              "utveckling inom nära vård", "ordförande", "Ja"],
          ["Oskar Lindahl", "Norrby kommun", "ledamot", "Ja"],
          ["Maria Sandell", "Söderby kommun, socialförvaltningen, avdelningen för äldreomsorg och "
                            "funktionsstöd, enheten för hemsjukvård", "sekreterare", "Ja"],
          ["Ivar Nordh", "Ekeby kommun, socialtjänsten, avdelningen för individ- och familjeomsorg samt "
                         "missbruksvården", "ledamot", "Nej"],
          ["Rut Hedman", "Norrby kommun", "ledamot", "Ja"]]
ACTIONS = [["Vad", "Vem", "När"],
           ["Ta fram en gemensam rutin för utskrivning av patienter med behov av kommunal hemsjukvård, "
            "rehabilitering och hjälpmedel från slutenvården", "Maria Sandell", "2027-04-15"],
           ["Boka lokal till nästa möte", "Oskar Lindahl", "2027-03-20"],
           ["Sammanställa statistik över utskrivningsklara patienter per kommun och månad under 2026 och "
            "redovisa den för styrgruppen", "Greta Malmström", "2027-05-01"]]


def _pdf(path: Path, roster: bool, actions: bool, valign: str = "MIDDLE") -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from samverkan.bench.formats import _fonts

    font, bold = _fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13, spaceAfter=5)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=12, leading=15, spaceBefore=8)

    def table(rows, widths):
        t = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), valign)]))
        return t

    flow = [Paragraph("Arbetsgrupp Trygg hemgång – minnesanteckningar", head),
            Paragraph("Datum: 2027-03-09, kl. 09.00–11.00", body)]
    if roster:
        flow += [Paragraph("Närvaro", head), table(ROSTER, [3.5 * cm, 7 * cm, 3 * cm, 3 * cm]), Spacer(1, 6)]
    flow += [Paragraph("1. Utskrivning från slutenvården", head),
             Paragraph("Gruppen gick igenom läget för utskrivningsklara patienter.", body)]
    if actions:
        flow += [Paragraph("Åtgärder", head), table(ACTIONS, [10 * cm, 3.5 * cm, 3 * cm]), Spacer(1, 6)]
    flow += [Paragraph("2. Nästa möte", head), Paragraph("Nästa möte hålls 2027-04-20.", body)]
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)
    return path


@pytest.mark.parametrize("actions", [False, True], ids=["roster", "roster_and_actions"])
def test_a_roster_row_centred_beside_a_wrapped_organisation_keeps_its_member_s_mark_and_role(actions, tmp_path):
    f = facts(_pdf(tmp_path / "ag_trygg_hemgang_2027-03-09.pdf", True, actions), tmp_path)
    att = {name: (status, roles) for name, status, roles in f["attendance"]}
    assert att["Greta Malmström"][0] == "present" and "ordförande" in att["Greta Malmström"][1], att
    assert att["Maria Sandell"][0] == "present" and "sekreterare" in att["Maria Sandell"][1], att
    assert att["Ivar Nordh"][0] == "absent", att
    assert att["Oskar Lindahl"][0] == att["Rut Hedman"][0] == "present", att
    assert not any("Organisation" in name or "Namn" in name for name in att), att
    # the wrapped cell's first line ("Ekeby kommun, socialtjänsten,") is the member's own organisation
    works = {(name, org) for name, org, kind in f["memberships"] if kind == "employment"}
    assert any(name == "Greta Malmström" and "Region Västmark" in org for name, org in works), works
    assert any(name == "Ivar Nordh" and "Ekeby kommun" in org for name, org in works), works
    assert any(name == "Maria Sandell" and "Söderby kommun" in org for name, org in works), works


def test_the_rows_read_as_the_top_aligned_table_reads_them(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "t").mkdir()
    middle = facts(_pdf(tmp_path / "m" / "ag_trygg_hemgang_2027-03-09.pdf", True, True), tmp_path / "m")
    top = facts(_pdf(tmp_path / "t" / "ag_trygg_hemgang_2027-03-09.pdf", True, True, "TOP"), tmp_path / "t")
    for kind in ("attendance", "assignments", "memberships", "persons"):
        assert middle[kind] == top[kind], kind


def test_an_action_row_centred_beside_its_wrapped_task_keeps_its_doer(tmp_path):
    f = facts(_pdf(tmp_path / "ag_trygg_hemgang_2027-03-09.pdf", False, True), tmp_path)
    tasks = {(who, task.split()[0] + " " + task.split()[1]) for who, task in f["assignments"]}
    assert (("Maria Sandell",), "ta fram") in tasks, f["assignments"]
    assert (("Greta Malmström",), "sammanställa statistik") in tasks, f["assignments"]
