"""Minutes in renderings that put the decided points or the roster apart from the notes: a word processor's
"Punkt | Beslut | Ansvarig | Klart" table after the notes of numbered points, each row naming its point by number
alone; a landscape page whose roster runs across the page as two pairs of columns ("Ledamöter | Huvudman | Ersättare och
övriga | Roll") and whose notes stand in two column blocks under it."""
from __future__ import annotations

from tests.loaders.test_read_formats import facts, load_docx_text

from samverkan.loaders import read

POINT_TABLE = """Samverkansgruppen för äldre i Åby
Minnesanteckningar 2027-02-11
Deltagare
Namn\tHuvudman\tNärvaro
Eva Ek\tÅby kommun\tX
Bo Lind\tRegion Norrby\tX
Anteckningar
1. Inledning
Eva Ek öppnade mötet.
2. Trygg hemgång
Bo Lind redovisade läget i Åby och Ekby.
3. Nästa möte
Den 8 april.
Beslut och åtgärder
Punkt\tBeslut\tAnsvarig\tKlart
1\tDagordningen fastställs.\t\t
2\tAtt uppdra åt Bo Lind att ta fram en gemensam rutin för hemgång.\tBo Lind\t2027-04-08
2\tAtt bjuda in Ekby kommun till nästa möte.\t\t
Antecknat av Eva Ek"""


def test_a_point_table_after_the_notes_gives_each_point_its_decisions(tmp_path):
    f = load_docx_text(tmp_path, "sg_aldre_aby_2027-02-11.docx", POINT_TABLE)
    assert ("1", "Inledning") in f["items"] and ("2", "Trygg hemgång") in f["items"]
    assert any(d.startswith("uppdra åt Bo Lind att ta fram en gemensam rutin") for d in f["decisions"]), f["decisions"]
    assert any("bjuda in Ekby kommun" in d for d in f["decisions"]), f["decisions"]
    assert any(a == ("Bo Lind",) and "ta fram en gemensam rutin för hemgång" in t for a, t in f["assignments"])


AGENDA_THEN_TABLE = """Samverkansgruppen för äldre i Åby
Minnesanteckningar 2027-02-11
Närvarande: Eva Ek, Åby kommun, Bo Lind, Region Norrby
Dagordning
1. Inledning
2. Trygg hemgång
3. Nästa möte
Punkt\tBeslut\tAnsvarig\tKlart
1\tDagordningen fastställs.\t\t
2\tAtt uppdra åt Bo Lind att ta fram en gemensam rutin för hemgång.\tBo Lind\t2027-04-08
3\tNästa möte den 8 april.\t\t"""


def test_a_point_table_after_a_bare_agenda_stays_the_minutes_own_table():
    # the agenda's points have no notes under them: the table is the minutes' own, not a log to file under them
    assert read._register_rows_into_items(AGENDA_THEN_TABLE) == AGENDA_THEN_TABLE


def test_notes_in_two_column_blocks_under_a_roster_read_a_block_after_the_other(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Table, TableStyle

    w, h = landscape(A4)
    style = getSampleStyleSheet()["BodyText"]
    half = (w - 100) / 2
    frames = [Frame(40, h - 220, w - 80, 180, id="top"), Frame(40, 40, half, h - 270, id="left"),
              Frame(60 + half, 40, half, h - 270, id="right")]
    path = tmp_path / "styrgrupp_aby_2027-02-11.pdf"
    doc = BaseDocTemplate(str(path), pagesize=landscape(A4))
    doc.addPageTemplates([PageTemplate("p", frames)])
    roster = Table([["Ledamöter", "Huvudman", "Övriga", "Roll"], ["Eva Ek, ordförande", "Åby kommun", "Bo Lind", "sekreterare"],
                    ["Per Holm", "Region Norrby", "", ""]], colWidths=[160, 140, 160, 140])
    roster.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    left = ["§ 1 Mötets öppnande", "Eva Ek öppnade mötet och hälsade alla välkomna. Dagordningen godkändes utan ändringar.",
            "§ 2 Trygg hemgång", "Per Holm redovisade läget i Åby och Norrby. Väntetiderna har minskat under hösten men "
            "korttidsplatserna i Åby är fortsatt fullbelagda inför vintern."]
    right = ["§ 3 Gemensam rutin", "Beslut: Styrgruppen beslutar att ge Per Holm i uppdrag att ta fram en gemensam rutin "
             "för hemgång till mötet i april 2027.", "§ 4 Nästa möte", "Nästa möte hålls den 8 april 2027 i Norrby, "
             "lokalen meddelas i kallelsen som skickas ut i mars."]
    story = [Paragraph("Styrgrupp för äldre i Åby, minnesanteckningar 2027-02-11", style), roster, FrameBreak()]
    story += [Paragraph(x, style) for x in left] + [FrameBreak()] + [Paragraph(x, style) for x in right]
    doc.build(story)
    f = facts(path, tmp_path)
    assert [n for n, _ in f["items"]] == ["1", "2", "3", "4"], f["items"]
    assert any(d.startswith("ge Per Holm i uppdrag att ta fram en gemensam rutin för hemgång") for d in f["decisions"]), f


def test_a_roster_of_two_column_pairs_reads_each_pair_with_its_own_headings(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    roster = Table([["Ledamöter", "Huvudman", "Ersättare och övriga", "Roll / huvudman"],
                    ["Eva Ek, ordförande", "Åby kommun", "Olle Sandin (ersättare)", "Norrby kommun"],
                    ["Per Holm", "Region Ekby", "Bo Lind", "sekreterare, Region Ekby"],
                    ["Lisa Berg", "Norrby kommun", "Frånvarande", ""],
                    ["Anna Sund", "Ekby kommun", "Lisa Berg, Anna Sund", ""]], colWidths=[170, 150, 190, 170])
    roster.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story = [Paragraph("Styrgrupp för äldre i Åby, minnesanteckningar 2027-02-11", style), roster]
    story += [Paragraph(x, style) for x in ("§ 1 Mötets öppnande", "Eva Ek öppnade mötet. Dagordningen godkändes.",
                                            "§ 2 Nästa möte", "Den 8 april 2027.")]
    path = tmp_path / "styrgrupp_aby_2027-02-11.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    status = {name: st for name, st, _ in facts(path, tmp_path)["attendance"]}
    # "Frånvarande" in the right pair heads the names under it there, not the left pair's rows beside and below it
    assert status.get("Per Holm") == "present" and status.get("Eva Ek") == "present", status
    assert status.get("Lisa Berg") == "absent" and status.get("Anna Sund") == "absent", status
    assert status.get("Olle Sandin") == "present", status


SEAT_LEFT_THEN_FILLED = """Styrgrupp för barn och unga i Åby
Minnesanteckningar 2027-02-11
Närvarande: Eva Ek, ordförande, Åby kommun; Per Holm, Region Norrby; Rut Berg, Region Norrby
§ 1 Ledamöter och representation
Rut Berg lämnar styrgruppen efter årsskiftet. Habiliteringen utser Anna Lindahl som ny ledamot från 1 februari 2027.
Beslut: Styrgruppen utser Per Holm till sammankallande för Nätverket för elevhälsa i Åby.
§ 2 Nästa möte
Den 8 april 2027."""


def test_a_seat_filled_without_a_body_named_is_the_seat_just_left_not_one_decided_beside_it(tmp_path):
    from tests.loaders.test_read_formats import load_text

    f = load_text(tmp_path, "styrgrupp_barn_aby_2027-02-11.txt", SEAT_LEFT_THEN_FILLED)
    seats = {(p, g) for p, g, _ in f["memberships"]}
    assert ("Anna Lindahl", "Styrgrupp för barn och unga i Åby") in seats, f["memberships"]
    assert not any(p == "Anna Lindahl" and "Nätverket" in g for p, g in seats), f["memberships"]


def test_a_meeting_page_saved_from_a_vendors_app_names_no_person_after_the_vendor(tmp_path):
    text = ("Arbetsgrupp trygg hemgång i Åby – avstämning\ntorsdag 12 november 2026 · 13:00–14:30 · Teams\n"
            "Deltagare\n@Eva Ek (sammankallande, Åby kommun)\n@Bo Lind (Region Norrby)\nAnteckningar\n1. Läget\n"
            "Bo Lind redovisade läget.\nNästa möte: torsdag 10 december 2026.\n"
            "Den här sidan skapades i Microsoft Loop och är synkroniserad med mötet i Teams. Senast redigerad av Eva Ek.")
    f = load_docx_text(tmp_path, "ag_trygg_hemgang_aby_2026-11-12.docx", text)
    assert "Microsoft Loop" not in f["persons"], f["persons"]
