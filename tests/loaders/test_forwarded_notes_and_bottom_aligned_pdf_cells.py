"""Notes forwarded by mail under the forwarder's own short message (the forwarded message's Från / Skickat / Till /
Ämne block over the notes' title), a PDF roster table whose cells stand at the bottom of padded rows (a wrapped
cell's first line printed above the row's other cells), and a presence cell giving the capacity ("Ja, gäst")."""
from __future__ import annotations

from email.message import EmailMessage

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts, load_text

FORWARD = """Hej Kim,

Skickar vidare anteckningarna, eftersom du tar över min plats i gruppen.

Hälsningar
Eva

-------- Vidarebefordrat meddelande --------
Från: Per Lind <per.lind@aby.se>
Skickat: den 6 maj 2027 14:22
Till: Eva Ek; Bo Berg; Siv Holm
Ämne: Minnesanteckningar Arbetsgrupp trygg hemgång Åby 5/5

Hej alla!
Här kommer anteckningarna från gårdagen.

Arbetsgrupp trygg hemgång Åby
Minnesanteckningar 2027-05-05, kl. 09.00–11.00, kommunhuset

Närvarande:
Per Lind, socialchef, Åby kommun (ordförande)
Eva Ek, rektor, Åby kommun
Bo Berg, verksamhetschef, Region Norrmark

1. Mötets öppnande
Dagordningen godkändes.

2. Övrigt
Bo Berg tar fram en tidplan till nästa möte.
"""


def test_a_forwarded_notes_title_is_the_body_not_run_on_into_the_kind_of_document(tmp_path):
    """The notes' own title "Arbetsgrupp trygg hemgång Åby" over "Minnesanteckningar 2027-05-05, …": the subject
    names the body in full; the word after the title's line is no place of it."""
    m = EmailMessage()
    m["From"] = "Eva Ek <eva.ek@aby.se>"
    m["To"] = "Kim Dahl <kim.dahl@aby.se>"
    m["Subject"] = "VB: Minnesanteckningar Arbetsgrupp trygg hemgång Åby 5/5"
    m["Date"] = "Mon, 10 May 2027 08:41:03 +0200"
    m.set_content(FORWARD)
    p = tmp_path / "vb.eml"
    p.write_bytes(bytes(m))
    assert parse_minutes(read_document(p).text).body == "Arbetsgrupp trygg hemgång Åby"
    assert facts(p, tmp_path)["body"] == "Arbetsgrupp trygg hemgång Åby"


def test_a_bottom_aligned_wrapped_cell_of_a_padded_pdf_table_is_one_cell_of_its_row(tmp_path):
    """reportlab sets a cell at the bottom of its row: a wrapped cell's first line stands above the row's other
    cells, a blank line (the rows' padding) over it; it is read into its row."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    ss = getSampleStyleSheet()
    cell = ss["BodyText"].clone("cell", fontSize=9, leading=11)
    rows = [["Namn", "Funktion", "Organisation", "Närvaro"],
            ["Anna Ek", "samordnare", "Åby kommun", "Ja"],
            ["Per Lind", Paragraph("ordförande, Föreningen för anhöriga i Åby och Öby", cell), "Föreningen", "Ja"],
            ["Eva Berg", "kurator", "Region Norrmark", "Nej"]]
    table = Table(rows, colWidths=[4 * cm, 5 * cm, 4 * cm, 2 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    p = tmp_path / "anteckningar.pdf"
    SimpleDocTemplate(str(p)).build([Paragraph("Anteckningar", ss["Title"]), table])
    lines = [" ".join(x.split()) for x in read_document(p).text.split("\n") if x.strip()]
    assert "Per Lind ordförande, Föreningen för anhöriga i Åby och Öby Föreningen Ja" in lines


def test_a_presence_cell_giving_the_guest_capacity_reads_as_a_guest(tmp_path):
    text = ("Anteckningar Nätverket för anhörigstöd i Åby 2027-05-05\n\nNärvaro\n"
            "Namn\tOrganisation\tNärvaro\nAnna Ek\tÅby kommun\tJa\nBo Berg\tRegion Norrmark\tNej\n"
            "Per Lind\tAnhörigföreningen\tJa, gäst\n\n1. Anhörigveckan\nAnna Ek berättade om veckan.\n")
    got = {name: status for name, status, _ in load_text(tmp_path, "n.txt", text)["attendance"]}
    assert got == {"Anna Ek": "present", "Bo Berg": "absent", "Per Lind": "guest"}


def test_a_roster_row_alone_under_its_header_repeated_on_a_new_page_is_a_row(tmp_path):
    """A roster table breaking over a page prints its header row again over the rows left; one row under it, a
    line's space below as a table without padding sets its rows, and a page footer far under both: the row is
    a person's, not the header's words wrapped."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    def footer(c, doc):
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, 1.2 * cm, "Nätverket för anhörigstöd i Åby – minnesanteckningar 2027-05-05")
        c.drawRightString(19 * cm, 1.2 * cm, f"Sida {doc.page}")

    ss = getSampleStyleSheet()
    people = [("Anna Ek", "Åby kommun"), ("Per Lind", "Norrby kommun"), ("Eva Berg", "Region Norrmark"),
              ("Bo Holm", "Ekby kommun"), ("Siv Dahl", "Åby kommun"), ("Kim Lund", "Norrby kommun"),
              ("Ola Strand", "Ekby kommun")]
    table = Table([["Namn", "Funktion", "Organisation", "Närvaro"]] + [[n, "anhörigkonsulent", o, "Ja"] for n, o in people],
                  colWidths=[4 * cm, 5 * cm, 4 * cm, 2 * cm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
    p = tmp_path / "anteckningar.pdf"
    SimpleDocTemplate(str(p)).build([Paragraph("Nätverket för anhörigstöd i Åby", ss["Title"]),
                                     Paragraph("Minnesanteckningar 2027-05-05", ss["BodyText"]), Spacer(1, 17.5 * cm),
                                     Paragraph("<b>Närvaro</b>", ss["BodyText"]),
                                     table, Paragraph("1. Anhörigveckan", ss["BodyText"]),
                                     Paragraph("Anna Ek berättade om veckan.", ss["BodyText"])],
                                    onFirstPage=footer, onLaterPages=footer)
    text = read_document(p).text
    lines = [" ".join(x.split()) for x in text.split("\n") if x.strip()]
    assert "Ola Strand anhörigkonsulent Ekby kommun Ja" in lines
    assert [a.name for a in parse_minutes(text).attendance] == [n for n, _ in people]


def test_a_guest_chairing_the_association_he_comes_from_holds_no_chair_in_the_meeting(tmp_path):
    text = ("Anteckningar Nätverket för anhörigstöd i Åby 2027-05-05\n\nNärvaro\n"
            "Namn\tFunktion\tOrganisation\tNärvaro\nAnna Ek\tanhörigkonsulent, sammankallande\tÅby kommun\tJa\n"
            "Per Lind\tordförande, Anhörigföreningen Åby\tAnhörigföreningen\tJa, gäst\n\n"
            "1. Anhörigveckan\nAnna Ek berättade om veckan.\n")
    got = {name: (status, roles) for name, status, roles in load_text(tmp_path, "n.txt", text)["attendance"]}
    assert got["Per Lind"] == ("guest", ())
    assert "sammankallande" in got["Anna Ek"][1]
