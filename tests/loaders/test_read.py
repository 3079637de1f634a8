"""The read stage: every kind of bad input is a ReadError naming the file and the reason."""
import io
import zipfile

import pytest

from samverkan.graph.errors import ReadError
from samverkan.loaders.read import read_document

MINUTES = "§ 1\nGodkännande av dagordning\n\nLSVO beslutar\n\natt godkänna dagordningen\n"


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""),
                                          ("utf-16-le", b"\xff\xfe"), ("cp1252", b"")])
def test_text_encodings(tmp_path, encoding, bom):
    p = write(tmp_path, "m.txt", bom + MINUTES.encode(encoding))
    doc = read_document(p)
    assert doc.text.strip() == MINUTES.strip()
    assert len(doc.sha256) == 64 and doc.media_type == "text/plain"


def test_crlf_is_normalised(tmp_path):
    p = write(tmp_path, "m.md", MINUTES.replace("\n", "\r\n").encode())
    assert "\r" not in read_document(p).text


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n  ", "no text"),
    ("random.txt", bytes(range(256)) * 40, "binary data"),
    ("zeros.md", b"\x00" * 100 + b"abc", "binary data"),
    ("image.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "not a PDF"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj <<>> garbage", "PDF"),
    ("broken.docx", b"PK\x03\x04 truncated", "not a readable DOCX"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, "not a readable .doc"),
    ("notes.pages", b"PK\x03\x04 a Pages document", "save it as .docx"),
    ("notes.odt", b"whatever", "not a readable ODT"),
    ("broken.rtf", b"Hej, detta ar inte RTF", "not an RTF document"),
    ("deep.rtf", b"{\\rtf1 " + b"{" * 2000 + b"text", "nested too deep"),
    ("note.eml", b"bara text utan rubriker\n", "not an e-mail message"),
    ("empty.html", b"<html><head><title>x</title></head><body><script>var a;</script></body></html>", "no text"),
])
def test_bad_input_is_one_clear_error(tmp_path, name, data, reason):
    p = write(tmp_path, name, data)
    with pytest.raises(ReadError) as exc:
        read_document(p)
    message = str(exc.value)
    assert str(p) in message and reason in message
    assert "\n" not in message


def test_size_cap(tmp_path):
    p = write(tmp_path, "big.txt", MINUTES.encode() * 1000)
    with pytest.raises(ReadError, match="over the size cap"):
        read_document(p, max_bytes=1000)


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="cannot open"):
        read_document(tmp_path / "nope.txt")


def _pdf(text_lines, encrypt=None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt)
    y = 800
    for line in text_lines:
        c.drawString(60, y, line)
        y -= 16
    c.save()
    return buf.getvalue()


def test_pdf_text_layer(tmp_path):
    pytest.importorskip("reportlab")
    p = write(tmp_path, "m.pdf", _pdf(["§ 1", "Godkännande av dagordning", "LSVO beslutar", "att godkänna dagordningen"]))
    doc = read_document(p)
    assert "Godkännande av dagordning" in doc.text and doc.media_type == "application/pdf"


def test_pdf_with_nothing_on_its_pages_is_refused(tmp_path):
    pytest.importorskip("reportlab")
    p = write(tmp_path, "scan.pdf", _pdf([]))
    with pytest.raises(ReadError, match="no text layer") as err:
        read_document(p)
    assert str(p) in str(err.value)


def test_encrypted_pdf(tmp_path):
    pytest.importorskip("reportlab")
    p = write(tmp_path, "secret.pdf", _pdf(["§ 1 Hemligt protokoll med text"], encrypt="lösenord"))
    with pytest.raises(ReadError, match="encrypted PDF"):
        read_document(p)


def test_docx_paragraphs_and_tables(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Sammanträdesprotokoll")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Anna Berg (S)", "ordförande"
    t.cell(1, 0).text, t.cell(1, 1).text = "Per Nyman (M)", "ledamot"
    d.add_paragraph("§ 1 Godkännande av dagordning")
    buf = io.BytesIO()
    d.save(buf)
    p = write(tmp_path, "m.docx", buf.getvalue())
    text = read_document(p).text
    assert "Anna Berg (S)\tordförande" in text
    assert text.index("Sammanträdesprotokoll") < text.index("Anna Berg") < text.index("§ 1")


def test_truncated_docx(tmp_path):
    docx = pytest.importorskip("docx")
    buf = io.BytesIO()
    docx.Document().save(buf)
    p = write(tmp_path, "cut.docx", buf.getvalue()[: len(buf.getvalue()) // 2])
    with pytest.raises(ReadError, match="not a readable DOCX"):
        read_document(p)


def test_two_column_attendance_pdf_comes_out_entry_by_entry(tmp_path):
    """A table of attendees in two columns (cells of name and organisation): each entry stays whole,
    so the parser gives every person their own huvudman."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from samverkan.loaders.extract import parse_minutes

    people = [("Anna Lindqvist", "Region Blekinge"), ("Per-Olof Strand", "Karlskrona kommun"),
              ("Sara Holm-Berg", "Karlshamns kommun"), ("Erik Sandell", "Ronneby kommun")]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for y, line in zip(range(800, 700, -16), ["LSVO", "Sammanträdesprotokoll 2024-03-15", "",
                                               "Närvarande ledamöter:"]):
        c.drawString(60, y, line)
    for i, (name, org) in enumerate(people):  # a table: one cell after another, two per row
        x, y = (60 if i % 2 == 0 else 320), 730 - 34 * (i // 2)
        c.drawString(x, y, f"{name}, förvaltningschef,")
        c.drawString(x, y - 12, org)
    for y, line in zip(range(640, 560, -16), ["§ 1", "Godkännande av dagordning", "LSVO beslutar",
                                               "att godkänna dagordningen"]):
        c.drawString(60, y, line)
    c.save()
    doc = read_document(write(tmp_path, "lsvo.pdf", buf.getvalue()))
    parsed = parse_minutes(doc.text, doc.path)
    got = {(e.name, e.organisation) for e in parsed.attendance}
    assert got == set(people)


def test_docx_tabs_breaks_and_merged_cells_keep_the_layout(tmp_path):
    """A tab inside a paragraph stays a tab, a line break a new line (a space inside a cell), and a
    cell merged over two columns keeps the row's cells under their headers."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Ordförande\tAnna Lund\nSekreterare\tPer Ek")
    t = d.add_table(rows=3, cols=3)
    for row, cells in zip(t.rows, [("Namn", "Organisation", "Närvaro"), ("Eva Holm", "Norrvik\nkommun", "X"),
                                    ("Kim Ros", "", "–")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    t.cell(2, 0).merge(t.cell(2, 1))
    t.cell(2, 0).text = "Kim Ros"
    p = tmp_path / "m.docx"
    d.save(p)
    assert read_document(p).text.split("\n") == [
        "Ordförande\tAnna Lund", "Sekreterare\tPer Ek", "Namn\tOrganisation\tNärvaro", "Eva Holm\tNorrvik kommun\tX",
        "Kim Ros\t\t–"]


def test_a_pdf_attendance_table_keeps_its_rows(tmp_path):
    """A table drawn cell by cell: the page is read with its layout, one row per line."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    from samverkan.loaders.extract import parse_minutes

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(60, 800, "Styrgrupp Österland")
    c.drawString(60, 786, "Datum: 2025-01-02")
    rows = [("Namn", "Organisation", "Närvaro"), ("Anna Lund", "Region Österland", "X"),
            ("Per Berg", "Norrvik kommun", "–")]
    for k, row in enumerate(rows):
        for x, cell in zip((60, 180, 400), row):
            c.drawString(x, 760 - 14 * k, cell)
    for k, line in enumerate(["1. Öppnande", "Mötet öppnas.", "2. Avslut", "Mötet avslutas."]):
        c.drawString(60, 700 - 14 * k, line)
    c.save()
    doc = read_document(write(tmp_path, "m.pdf", buf.getvalue()))
    att = [(a.name, a.status, a.organisation) for a in parse_minutes(doc.text, doc.path).attendance]
    assert att == [("Anna Lund", "present", "Region Österland"), ("Per Berg", "absent", "Norrvik kommun")]


def test_docx_cell_listing_people_one_a_paragraph(tmp_path):
    """A label in the left cell and the people in the right one, a paragraph each: they stay apart."""
    docx = pytest.importorskip("docx")
    from samverkan.loaders.extract import parse_minutes

    d = docx.Document()
    d.add_paragraph("Styrgrupp Österland 2025-02-02")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Närvarande ledamöter"
    t.cell(0, 1).text = "Anna Lund, Region Österland"
    t.cell(0, 1).add_paragraph("Per Berg, Norrvik kommun")
    t.cell(1, 0).text = "Frånvarande"
    t.cell(1, 1).text = "Eva Ek, Åby kommun"
    d.add_paragraph("1. Öppnande")
    d.add_paragraph("2. Avslut")
    p = tmp_path / "m.docx"
    d.save(p)
    text = read_document(p).text
    assert "Anna Lund, Region Österland; Per Berg, Norrvik kommun" in text
    att = [(a.name, a.status, a.organisation) for a in parse_minutes(text).attendance]
    assert att == [("Anna Lund", "present", "Region Österland"), ("Per Berg", "present", "Norrvik kommun"),
                   ("Eva Ek", "absent", "Åby kommun")]


def test_docx_text_inside_a_content_control_is_read(tmp_path):
    """Protocol templates put their fields in content controls (w:sdt); their text is part of the document."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("Protokoll")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    sdt = parse_xml(f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Närvarande: Anna Lund</w:t></w:r></w:p>'
                    f'</w:sdtContent></w:sdt>')
    d.element.body.insert(1, sdt)
    d.add_paragraph("§ 1 Öppnande")
    p = tmp_path / "m.docx"
    d.save(p)
    assert read_document(p).text.split("\n")[:3] == ["Protokoll", "Närvarande: Anna Lund", "§ 1 Öppnande"]


def _read_back(d, tmp_path, *paragraphs):
    """Add ``paragraphs`` to the Word document ``d``, save it and read it: (path, text)."""
    for text in paragraphs:
        d.add_paragraph(text)
    p = tmp_path / "m.docx"
    d.save(p)
    return p, read_document(p).text


def test_docx_page_header_naming_the_body_and_date_is_read_once(tmp_path):
    """Word minutes often name the body and the date only in the page header: it is read, once, before
    the body text, so the body that met is found as in the printed page."""
    docx = pytest.importorskip("docx")
    from samverkan.loaders.extract import parse_minutes

    d = docx.Document()
    header = d.sections[0].header
    header.paragraphs[0].text = "Styrgrupp Österland\tSida 1"
    header.add_paragraph("Minnesanteckningar 2025-02-02")
    p, text = _read_back(d, tmp_path, "Närvarande: Anna Lund, Region Österland", "1. Öppnande", "Mötet öppnas.")
    assert text.split("\n")[:3] == ["Styrgrupp Österland\tSida 1", "Minnesanteckningar 2025-02-02",
                                    "Närvarande: Anna Lund, Region Österland"]
    parsed = parse_minutes(text, str(p))
    assert (parsed.body, parsed.date) == ("Styrgrupp Österland", "2025-02-02")


def test_docx_without_a_page_header_reads_the_body_only(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Protokoll")
    p = tmp_path / "m.docx"
    d.save(p)
    assert read_document(p).text == "Protokoll"


def _bullet_canvas():
    """A canvas writing in a font that has the bullet glyph (Vera, bundled with reportlab), and its
    buffer."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Vera", 10)
    return c, buf


def test_pdf_bullet_drawn_apart_from_its_text_stays_with_it(tmp_path):
    """A list printed from Word draws the bullet and the text as separate pieces; the extractor puts
    the bullet on a line of its own, where it was taken for page noise and the list was lost."""
    pytest.importorskip("reportlab")
    c, buf = _bullet_canvas()
    c.drawString(60, 800, "Information från LSVO:")
    for k, line in enumerate(["Strategi för suicidprevention beslutades.", "FoU-avtalet förlängs 2024."]):
        c.drawString(60, 786 - 14 * k, "\u2022")
        c.drawString(78, 786 - 14 * k, line)
    c.save()
    text = read_document(write(tmp_path, "m.pdf", buf.getvalue())).text
    assert text.split("\n")[1:3] == ["\u2022 Strategi för suicidprevention beslutades.", "\u2022 FoU-avtalet förlängs 2024."]


def _drawn_table(title: str, rows, xs):
    """A page with ``title`` and a table drawn cell by cell: rows a row's distance apart, and a row's
    wrapped cells (the second tuple, by column) a line's distance below it. Returns (canvas, buffer)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 9)
    c.drawString(60, 800, title)
    y = 775
    for cells, wrapped in rows:
        for x, cell in zip(xs, cells):
            c.drawString(x, y, cell)
        if wrapped:
            for x, cell in zip(xs, wrapped):
                c.drawString(x, y - 11, cell)
            y -= 11
        y -= 18
    return c, buf


def test_pdf_table_cell_wrapped_onto_a_second_line_is_rejoined(tmp_path):
    """A narrow cell wraps ("Bruksberga" / "kommun"): the second line sits closer than the next row
    and is written back into its cell, while a second row with an empty first cell (another person
    for the same huvudman) stays a row of its own."""
    pytest.importorskip("reportlab")
    from samverkan.loaders.extract import parse_minutes

    rows = [(("Huvudman", "Namn", "Närvaro"), ()), (("Region Österland", "Anna Lund", "ja"), ()),
            (("", "Per Berg", "ja"), ()), (("Bruksberga", "Eva Ek, Åby", "nej"), ("kommun", "kommun, ordf."))]
    c, buf = _drawn_table("Styrgrupp Österland 2025-02-02", rows, (60, 180, 400))
    for k, line in enumerate(["1. Öppnande", "Mötet öppnas."]):
        c.drawString(60, 660 - 14 * k, line)
    c.save()
    text = read_document(write(tmp_path, "m.pdf", buf.getvalue())).text
    rows = [" ".join(x.split()) for x in text.split("\n") if x.strip()]
    assert rows[2:6] == ["Region Österland Anna Lund ja", "Per Berg ja",
                         "Bruksberga kommun Eva Ek, Åby kommun, ordf. nej", "1. Öppnande"]
    att = [(a.name, a.status, a.organisation) for a in parse_minutes(text).attendance]
    assert ("Eva Ek", "absent", "Bruksberga kommun") in att or ("Eva Ek", "absent", "Åby kommun") in att


def test_pdf_running_header_between_a_decision_and_its_att_clause_is_dropped(tmp_path):
    """Word prints the page header before the page's text, so it lands between "Rådet beslutar" at
    the foot of one page and its att-clause at the top of the next; repeated on every page at the
    same place, it is page furniture and kept only where it first stands."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    from samverkan.loaders.extract import parse_minutes

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    pages = [["§ 1 Öppnande", "Mötet öppnas.", "§ 2 Kostnader", "Rådet beslutar"],
             ["att ge beredningen i uppdrag att ta fram ett förslag.", "§ 3 Avslut", "Mötet avslutas."]]
    for n, body in enumerate(pages, 1):
        c.drawString(60, 810, "REGION ÖSTERLAND")
        c.drawString(300, 810, "PROTOKOLL")
        c.drawString(500, 810, f"{n} ({len(pages)})")
        c.drawString(60, 795, "Styrgrupp Nära vård 2025-02-02")
        for k, line in enumerate(body):
            c.drawString(60, 760 - 14 * k, line)
        c.showPage()
    c.save()
    text = read_document(write(tmp_path, "m.pdf", buf.getvalue())).text
    assert text.count("REGION ÖSTERLAND") == 1 and text.count("Styrgrupp Nära vård") == 1
    decisions = [d.text for d in parse_minutes(text).decisions if d.item == "2"]
    assert decisions == ["ge beredningen i uppdrag att ta fram ett förslag."]


def test_docx_roster_label_over_a_column_of_presence_marks(tmp_path):
    """A Word roster with a narrow "x" column before the names, its heading written over the marks:
    the heading names the names' column, so who was there and who was not is read as on paper."""
    docx = pytest.importorskip("docx")
    from samverkan.loaders.extract import parse_minutes

    d = docx.Document()
    d.add_paragraph("Samordningsgruppen 2025-05-16")
    rows = [("LEDAMÖTER", "", "ERSÄTTARE", ""), ("x", "Anna Lund, Region Österland", "", "Eva Ek, Region Österland"),
            ("", "Per Berg, Norrvik kommun", "x", "Kim Ros, Norrvik kommun")]
    t = d.add_table(rows=0, cols=4)
    for row in rows:
        for cell, value in zip(t.add_row().cells, row):
            cell.text = value
    _, text = _read_back(d, tmp_path, "x = närvarande", "1) Mötets öppnande", "Ordföranden öppnar mötet.")
    assert "\tLEDAMÖTER\t\tERSÄTTARE" in text
    att = {a.name: a.status for a in parse_minutes(text).attendance}
    assert att == {"Anna Lund": "present", "Eva Ek": "absent", "Per Berg": "absent", "Kim Ros": "present"}


def test_pdf_action_list_table_keeps_its_rows(tmp_path):
    """An action list (Vad / Vem / När) drawn cell by cell is read with its layout, one row a line;
    a word hyphenated at a cell's edge ("Arbets-" / "gruppen") is one word again."""
    pytest.importorskip("reportlab")
    rows = [(("Vad", "Vem", "När"), ()), (("Kontakta MAS om rutinen", "EB", "19/3"), ()),
            (("Förslag till styrgruppen", "Arbets-", "21/5"), ("", "gruppen"))]
    c, buf = _drawn_table("Att göra", rows, (60, 330, 420))
    c.save()
    rows = [" ".join(x.split()) for x in read_document(write(tmp_path, "m.pdf", buf.getvalue())).text.split("\n")
            if x.strip()]
    assert rows[1:] == ["Vad Vem När", "Kontakta MAS om rutinen EB 19/3", "Förslag till styrgruppen Arbetsgruppen 21/5"]


_WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _body_xml(d, xml: str) -> None:
    from docx.oxml import parse_xml

    d.element.body.insert(len(d.element.body) - 1, parse_xml(xml))


def test_docx_att_clause_paragraph_ends_the_decision_before_prose(tmp_path):
    """A Word paragraph is where an att-clause ends: the prose after it is set apart as a blank line
    sets it apart in text minutes, unless it stands between two clauses of the same decision."""
    docx = pytest.importorskip("docx")
    _, text = _read_back(docx.Document(), tmp_path, "Ledningsgruppen beslutar", "att godkänna avtalet. Avtalet gäller till 2025-12-31.",
                         "Parterna har rätt att förlänga avtalet.", "att finansiering görs med medel från regionen.",
                         "Vidare gav Anna Lund en beskrivning av arbetet.")
    assert text.split("\n") == ["Ledningsgruppen beslutar", "att godkänna avtalet. Avtalet gäller till 2025-12-31.",
                                "Parterna har rätt att förlänga avtalet.", "att finansiering görs med medel från regionen.",
                                "", "Vidare gav Anna Lund en beskrivning av arbetet."]


def test_docx_tracked_changes_read_as_accepted_and_comments_not_at_all(tmp_path):
    """Text deleted or moved away with tracked changes is not read, inserted text is; a comment's
    text is no part of the minutes. A non-breaking hyphen is a hyphen, an optional one nothing."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    _body_xml(d, f'<w:p {_WNS}><w:r><w:t xml:space="preserve">Närvarande: Anna Lund, Eva</w:t><w:noBreakHyphen/>'
                 f'<w:t xml:space="preserve">Lena Ek, sam</w:t><w:softHyphen/><w:t xml:space="preserve">ordnare, </w:t></w:r>'
                 f'<w:del w:id="1" w:author="X"><w:r><w:delText>Per Berg, </w:delText></w:r></w:del>'
                 f'<w:del w:id="2" w:author="X"><w:r><w:t>Kim Ros, </w:t></w:r></w:del>'
                 f'<w:moveFrom w:id="3" w:author="X"><w:r><w:t>Eva Ek, </w:t></w:r></w:moveFrom>'
                 f'<w:ins w:id="4" w:author="X"><w:r><w:t>Lisa Holm</w:t></w:r></w:ins></w:p>')
    p = d.add_paragraph("§ 1 Öppnande")
    d.add_comment(p.runs, text="Kolla stavningen av Bertil Nilsson", author="X")
    _, text = _read_back(d, tmp_path)
    assert text.split("\n") == ["Närvarande: Anna Lund, Eva-Lena Ek, samordnare, Lisa Holm", "§ 1 Öppnande"]


def test_docx_text_box_is_read_once_on_lines_of_its_own(tmp_path):
    """A text box (w:txbxContent) is stored twice, as a drawing and as a fallback picture: its text
    is read once, as paragraphs after the paragraph anchoring it, not run into that paragraph."""
    docx = pytest.importorskip("docx")
    box = ('<w:txbxContent><w:p><w:r><w:t>Justerare: Anna Lund</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>Sekreterare: Per Berg</w:t></w:r></w:p></w:txbxContent>')
    d = docx.Document()
    _body_xml(d, f'<w:p {_WNS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                 f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
                 f'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:t>Protokoll 2025-03-04</w:t></w:r>'
                 f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx>'
                 f'</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox>'
                 f'</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    _, text = _read_back(d, tmp_path, "§ 1 Öppnande")
    assert text.split("\n") == ["Protokoll 2025-03-04", "Justerare: Anna Lund", "Sekreterare: Per Berg", "§ 1 Öppnande"]


def _numbering(d, num_id: str, *levels: tuple[str, str, int], override: int | None = None) -> None:
    """A list definition in the document's numbering part: each level (numFmt, lvlText, start)."""
    from docx.oxml import parse_xml

    root = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for k, (fmt, text, start) in enumerate(levels))
    root.insert(0, parse_xml(f'<w:abstractNum {_WNS} w:abstractNumId="9{num_id}">{lvls}</w:abstractNum>'))
    over = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{override}"/></w:lvlOverride>'
            if override is not None else "")
    root.append(parse_xml(f'<w:num {_WNS} w:numId="{num_id}"><w:abstractNumId w:val="9{num_id}"/>{over}</w:num>'))


def _num_sharing(d, num_id: str, abstract_of: str) -> None:
    """A second list (w:num) of the definition ``abstract_of`` made by :func:`_numbering`."""
    from docx.oxml import parse_xml

    d.part.numbering_part.element.append(parse_xml(
        f'<w:num {_WNS} w:numId="{num_id}"><w:abstractNumId w:val="9{abstract_of}"/></w:num>'))


def _numbered(d, text: str, num_id: str, level: int = 0, style: str | None = None):
    from docx.oxml import parse_xml

    p = d.add_paragraph(text, style=style)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {_WNS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def test_docx_automatic_numbering_writes_the_numbers_word_draws(tmp_path):
    """Headings and items numbered by Word (w:numPr) get the numbers their definition draws: the
    level's text ("§ %1", "%1.%2"), its format and the number it starts from."""
    docx = pytest.importorskip("docx")
    from samverkan.loaders.segment import segment_minutes

    d = docx.Document()
    _numbering(d, "71", ("decimal", "§ %1", 12))
    _numbering(d, "72", ("decimal", "%1.", 1), ("decimal", "%1.%2", 1), override=4)
    _numbering(d, "73", ("upperRoman", "%1.", 1))
    d.add_paragraph("Protokoll 2025-03-04")
    _numbered(d, "Val av justerare", "71", style="Heading 2")
    d.add_paragraph("Anna Lund utses att justera.")
    _numbered(d, "Budget 2026", "71", style="Heading 2")
    _numbered(d, "Driften", "72")
    _numbered(d, "Investeringar", "72", level=1)
    _numbered(d, "Lokaler", "72", level=1)
    _numbered(d, "Övrigt", "72")
    _numbered(d, "Inledning", "73")
    _numbered(d, "Avslutning", "73")
    _, text = _read_back(d, tmp_path)
    assert text.split("\n")[1:] == ["§ 12 Val av justerare", "Anna Lund utses att justera.", "§ 13 Budget 2026",
                                    "4. Driften", "4.1 Investeringar", "4.2 Lokaler", "5. Övrigt",
                                    "I. Inledning", "II. Avslutning"]
    assert [i.number for i in segment_minutes(text).items][:2] == ["12", "13"]


def test_docx_att_clauses_labelled_by_a_list_are_att_clauses(tmp_path):
    """Protocol templates give each clause of a decision a list label "att" that is not in the
    paragraph's text: the label is written, so the clauses read as typed ones do."""
    docx = pytest.importorskip("docx")
    from samverkan.loaders.extract import parse_minutes

    d = docx.Document()
    _numbering(d, "74", ("bullet", "att", 1))
    d.add_paragraph("Protokoll Styrgrupp X 2025-03-04")
    d.add_paragraph("§ 3 Handlingsplan")
    d.add_paragraph("Styrgruppen beslutar")
    _numbered(d, "godkänna handlingsplanen,", "74")
    _numbered(d, "ge Anna Lund i uppdrag att följa upp planen.", "74")
    _, text = _read_back(d, tmp_path)
    assert text.split("\n")[3:] == ["att godkänna handlingsplanen,", "att ge Anna Lund i uppdrag att följa upp planen."]
    assert [x.text for x in parse_minutes(text).decisions] == ["godkänna handlingsplanen",
                                                                "ge Anna Lund i uppdrag att följa upp planen."]


def test_pdf_running_header_read_with_and_without_the_layout_is_one_header():
    """A page holding a table is read with its layout, the header's cells side by side on one line;
    the next page is read without, a cell a line. The header is still known as the same and dropped
    from the second page, where it would stand between an item's heading and its text."""
    from samverkan.loaders.read import _without_running_furniture

    first = ("SAMVERKAN SÖDRA      MINNESANTECKNINGAR      1 (2)\nNamn      Närvaro\nAnna Lund      x\n"
             "4) Lokala grupper")
    second = "SAMVERKAN SÖDRA\nMINNESANTECKNINGAR\n2 (2)\nDe lokala grupperna rapporterar till gruppen.\nSlut."
    pages = _without_running_furniture([first, second])
    assert pages[0] == first
    assert pages[1] == "De lokala grupperna rapporterar till gruppen.\nSlut."


def test_pdf_words_hyphenated_at_line_ends_are_whole_again(tmp_path):
    """Word breaks a long word at a line's end with a hyphen the PDF keeps: the word is whole again
    once read ("sam-" / "verkansgrupp"), while a hyphen that belongs to the name stays
    ("Karlsby-" / "Granlunda", "e-" / "hälsa")."""
    from samverkan.loaders.clean import clean

    p = tmp_path / "m.pdf"
    p.write_bytes(_pdf(["Ledningsgruppen har tagit fram en sam-", "verkansöverenskommelse mellan Karlsby-",
                        "Granlunda vårdcentral och kommunens e-", "hälsoteam som rapporterar till led-",
                        "ningsgruppen."]))
    assert [x for x in clean(read_document(p).text).lines if x] == [
        "Ledningsgruppen har tagit fram en samverkansöverenskommelse", "mellan Karlsby-Granlunda",
        "vårdcentral och kommunens e-hälsoteam", "som rapporterar till ledningsgruppen."]


def test_docx_table_rows_cells_and_paragraphs_in_content_controls_are_read(tmp_path):
    """Protocol templates wrap a title page's rows, cells or cell paragraphs in content controls
    (w:sdt) and put text boxes in cells: all of it is the table's text."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    sdt = lambda inner: f"<w:sdt><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    p = lambda text: f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    box = f'<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{p("Sanna Ek (C)")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
    _body_xml(d, f'<w:tbl {_WNS} xmlns:v="urn:schemas-microsoft-com:vml">'
                 f'<w:tr><w:tc>{p("Plats och tid")}</w:tc><w:tc>{p("Kommunhuset")}</w:tc></w:tr>'
                 + sdt(f'<w:tr><w:tc>{p("Beslutande")}</w:tc><w:tc>{sdt(p("Anna Lund (S)") + p("Per Berg (M)"))}{box}</w:tc></w:tr>')
                 + f'<w:tr>{sdt("<w:tc>" + p("Utses att justera") + "</w:tc>")}<w:tc>{p("Per Berg (M)")}</w:tc></w:tr></w:tbl>')
    _, text = _read_back(d, tmp_path)
    assert text.split("\n") == ["Plats och tid\tKommunhuset", "Beslutande\tAnna Lund (S); Per Berg (M); Sanna Ek (C)",
                                "Utses att justera\tPer Berg (M)"]


def _pdf_paragraphs(tmp_path, paragraphs: list[list[str]]) -> list[str]:
    """Lines drawn 13 points apart, paragraphs 19 apart, as Word prints them; the lines read back."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800
    for para in paragraphs:
        for line in para:
            c.drawString(60, y, line)
            y -= 13
        y -= 6
    c.save()
    p = tmp_path / "m.pdf"
    p.write_bytes(buf.getvalue())
    return read_document(p).text.strip().split("\n")


def test_pdf_att_clause_ends_with_its_paragraph_before_prose(tmp_path):
    """A PDF has no paragraphs, but the space above a line tells one: where prose begins a
    paragraph after an att-clause that ends its sentence, a blank line sets it apart, as in text
    minutes; prose between two clauses stays with the clause before it."""
    lines = _pdf_paragraphs(tmp_path, [["Ledningsgruppen beslutar"], ["att godkänna avtalet. Avtalet gäller till 2025-12-31."],
                                       ["Parterna har rätt att förlänga avtalet."],
                                       ["att finansieringen görs med medel från", "regionen."],
                                       ["Vidare gav Anna Lund en beskrivning av", "arbetet i gruppen."],
                                       ["Gruppen består av fem personer."]])
    assert lines[lines.index("Vidare gav Anna Lund en beskrivning av") - 1] == ""
    assert lines.count("") == 1


def test_pdf_att_of_a_sentence_wrapped_onto_a_line_of_its_own_stays_on_its_line(tmp_path):
    """A paragraph's "att" that wrapped onto a line alone would read as a lone "att" opening the
    clauses of a decision; it goes back on its line. An "att" that is a paragraph of its own stays."""
    lines = _pdf_paragraphs(tmp_path, [["Gruppen beslutar"], ["att Eva Ek utses att delta."],
                                       ["Lena återkopplar till Mats. Förhoppningen är", "att",
                                        "arbetet kan börja efter årsskiftet."],
                                       ["Styrgruppen beslutar"], ["att"], ["godkänna planen."]])
    assert "Lena återkopplar till Mats. Förhoppningen är att" in lines
    assert lines[-2:] == ["att", "godkänna planen."]


def test_docx_cell_listing_people_one_a_line_keeps_them_apart(tmp_path):
    """A title page's Beslutande cell with a line break after each person (Shift+Enter) lists them
    as one a paragraph does; other text broken into lines runs on."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    t = d.add_table(0, 2)
    for label, lines in (("Beslutande", ["Karin Dahl (S), ordförande", "Nils Örn (M), vice ordförande", "Aisha Berglund (V)"]),
                         ("Plats och tid", ["Kommunhuset, sal Granen,", "kl. 13.00–15.10"])):
        r = t.add_row()
        r.cells[0].text = label
        p = r.cells[1].paragraphs[0]
        for k, line in enumerate(lines):
            run = p.add_run(line)
            if k < len(lines) - 1:
                run.add_break()
    _, text = _read_back(d, tmp_path)
    assert text.split("\n") == ["Beslutande\tKarin Dahl (S), ordförande; Nils Örn (M), vice ordförande; Aisha Berglund (V)",
                                "Plats och tid\tKommunhuset, sal Granen, kl. 13.00–15.10"]


def test_docx_lists_of_one_numbering_definition_count_on_together(tmp_path):
    """Word counts on across the lists (w:num) of one definition: items numbered by two of them,
    text between, are § 12, § 13, § 14, not § 12, § 13, § 12."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    _numbering(d, "75", ("decimal", "§ %1", 12))
    _num_sharing(d, "76", "75")
    _numbered(d, "Dagordning", "75")
    _numbered(d, "Budget", "75")
    d.add_paragraph("Beslut")
    _numbered(d, "Övrigt", "76")
    _, text = _read_back(d, tmp_path)
    assert text.split("\n") == ["§ 12 Dagordning", "§ 13 Budget", "Beslut", "§ 14 Övrigt"]


def test_docx_first_page_with_an_empty_header_reads_the_running_one(tmp_path):
    """A title page set to a different first-page header that holds nothing (a logo only): the
    running header of the other pages names the body and the date, and is read once."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "Styrgrupp Österland   Minnesanteckningar 2025-02-02"
    _, text = _read_back(d, tmp_path, "Närvarande: Anna Lund, Region Österland", "1. Öppnande")
    assert text.split("\n") == ["Styrgrupp Österland   Minnesanteckningar 2025-02-02",
                                "Närvarande: Anna Lund, Region Österland", "1. Öppnande"]


class _Page:
    """A PDF page as pypdf reads it: ``plain`` without its layout, ``laid`` with it (and the same
    lines a blank line apart when read again at a finer line height, as rows and wraps of a table
    whose spacing cannot tell them apart)."""

    def __init__(self, plain: str, laid: str):
        self.plain, self.laid = plain, laid

    def extract_text(self, visitor_text=None, extraction_mode=None, layout_mode_font_height_weight=None):
        if extraction_mode != "layout":
            return self.plain
        if layout_mode_font_height_weight:
            return "\n\n".join(x for x in self.laid.split("\n") if x.strip())
        return self.laid


def test_pdf_table_whose_header_row_comes_out_on_one_line_is_read_with_its_layout():
    """A Word table made PDF gives its header cells on one line ("Funktion Namn Närvaro") and each
    row's cells run together; the header row still marks a table, read with its layout."""
    from samverkan.loaders.read import _page_text

    plain = "Deltagare\nFunktion Namn Närvaro\nSocialchef Marit Olsson Närvarande\nSkolchef Ola Hedberg Förhinder"
    laid = ("Deltagare\nFunktion          Namn            Närvaro\nSocialchef        Marit Olsson    Närvarande\n"
            "Skolchef          Ola Hedberg     Förhinder")
    rows = [x.split("  ")[0] for x in _page_text(_Page(plain, laid))[0].split("\n")]
    assert rows == ["Deltagare", "Funktion", "Socialchef", "Skolchef"]
    # prose with a line of column words in it is no table
    assert _page_text(_Page("Namn och funktion\nText.", "Namn och funktion\nText."))[0] == "Namn och funktion\nText."


def test_pdf_roster_rows_closer_than_the_page_s_other_tables_keep_their_rows(tmp_path):
    """A protocol's front page draws each roster entry as a table of its own, far apart, and a
    two-row entry ("Justerare" / "Justeringens plats och tid") with its rows closer: farther apart
    than the page's lines are, so no cell wrapped, and each row keeps its label and its person."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 9)
    y = 800
    entries = [[("Ledamöter", "Tjänstgörande ersättare")], [("Plats och tid", "Stadshuset kl. 18.00")],
               [("Övriga närvarande", "Marie Lind, socialchef"), ("", "Gunnel Eng, kommunsekreterare")],
               [("Justerare", "Sara Öhrn (C)"), ("Justeringens", "Kommunkontoret, 28 april 2025")],
               [("Paragrafer", "§§ 30–34")]]
    for rows in entries:
        for cells in rows:
            for x, cell in zip((60, 200), cells):
                c.drawString(x, y, cell)
            y -= 15
        y -= 22
    for line in ["§ 30 Val av justerare", "Kommunfullmäktige beslutar", "att utse Sara Öhrn (C) att",
                 "justera protokollet."]:
        c.drawString(60, y, line)
        y -= 11
    c.save()
    text = read_document(write(tmp_path, "m.pdf", buf.getvalue())).text
    rows = [" ".join(x.split()) for x in text.split("\n") if x.strip()]
    assert "Justerare Sara Öhrn (C)" in rows and "Justeringens Kommunkontoret, 28 april 2025" in rows
    assert "Marie Lind, socialchef" in rows[2] and "Gunnel Eng, kommunsekreterare" in rows


def test_pdf_attendance_paragraph_wrapped_before_its_forhinder_label_keeps_the_absent(tmp_path):
    """Word flows "Närvarande: …" and "Förhinder: …" written in one paragraph over the page's lines;
    the label further on a wrapped line still opens the absent, and the person before it keeps
    the kommun in her own brackets."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    from samverkan.loaders.extract import parse_minutes

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 10)
    lines = ["Anteckningar arbetsgruppen för SIP-utbildning 2025-08-28",
             "Närvarande: Helén Dahl (Fjällsta kommun, sammankallande), Jonas Ek (Region Norrland), Maria",
             "Holm (Strandviks kommun) Förhinder: Erik Sjöberg (Holmsunds kommun)", "",
             "1. Utbildningsplan", "Arbetsgruppen går igenom utkastet."]
    for k, line in enumerate(lines):
        c.drawString(60, 800 - 13 * k, line)
    c.save()
    text = read_document(write(tmp_path, "m.pdf", buf.getvalue())).text
    att = {(a.name, a.status, a.organisation) for a in parse_minutes(text).attendance}
    assert ("Maria Holm", "present", "Strandviks kommun") in att
    assert ("Erik Sjöberg", "absent", "Holmsunds kommun") in att


def test_pdf_action_table_cell_ends_a_group_s_name(tmp_path):
    """A PDF's action table comes out with its cells apart by runs of spaces; a group named at a
    cell's end ("… i arbetsgruppen") does not take the next cell's kommun into its name, so
    "Arbetsgruppen" further on is still the group that met."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 10)
    lines = ["Anteckningar arbetsgrupp hemsjukvård 2025-09-03", "Närvarande: Jonas Ek (Vindeby kommun), Petra Lund "
             "(Hällås kommun)", "", "1. Rapportering", "Arbetsgruppen arbetar på uppdrag av Samverkansgrupp vård och "
             "omsorg och rapporterar dit.", "Åtgärdslista"]
    for k, line in enumerate(lines):
        c.drawString(60, 800 - 14 * k, line)
    for k, row in enumerate([("Åtgärd", "Ansvarig", "Klart"), ("Ta fram en checklista", "JE", "2025-10-01"),
                             ("Utse ny representant i arbetsgruppen", "Hällås kommun", "2025-12-01")]):
        for x, cell in zip((60, 330, 440), row):
            c.drawString(x, 700 - 14 * k, cell)
    c.save()
    path = write(tmp_path, "ag_2025-09-03.pdf", buf.getvalue())
    with NetworkxStore(tmp_path / "s.sqlite") as store:
        load_paths([path], store)
        data = export_json(store.to_networkx())
    names = [o["name"] for o in data["organizations"]]
    assert not [n for n in names if "Hällås" in n and n != "Hällås kommun"], names
    by_id = {o["id"]: o["name"] for o in data["organizations"]}
    assert {by_id.get(m.get("from_id")) for m in data["mandates"]} >= {"Arbetsgrupp hemsjukvård"}


def test_docx_roster_label_rows_after_an_absent_line_are_labels_of_their_own(tmp_path):
    """A Word protocol's roster: a table of ledamöter and tjänstgörande ersättare, a "Frånvarande:"
    paragraph under it, then label-and-value rows ("Övriga närvarande" / its people, the second in a
    row of its own; "Justerare" / two ledamöter). No blank line ends the roster table as in a text,
    yet those rows are no rows of it: the guests are no absent ersättare and the justerare present."""
    docx = pytest.importorskip("docx")
    from samverkan.loaders.extract import parse_minutes

    d = docx.Document()
    d.add_paragraph("Kommunfullmäktige 2025-04-24")

    def table(rows):
        t = d.add_table(rows=0, cols=2)
        for row in rows:
            for cell, value in zip(t.add_row().cells, row):
                cell.paragraphs[0].add_run(value)

    table([("Ledamöter", "Tjänstgörande ersättare")])
    for name in ("Kent Ådahl (S), ordförande", "Eva Brink (S)", "Sara Öhrn (C)", "Bo Hallgren (SD)"):
        d.add_paragraph(name)
    table([("Mats Ryd (S)", "Annika Frid (S) för Mats Ryd")])
    d.add_paragraph("Frånvarande: Mats Ryd (S)")
    table([("Övriga närvarande", "Marie Lind, socialchef"), ("", "Gunnel Eng, kommunsekreterare")])
    table([("Justerare", "Sara Öhrn (C) och Bo Hallgren (SD)")])
    d.add_paragraph("§ 30 Val av justerare")
    d.add_paragraph("Kommunfullmäktige beslutar att utse Sara Öhrn (C) och Bo Hallgren (SD) att justera protokollet.")
    path = tmp_path / "kf.docx"
    d.save(path)
    att = {a.name: (a.status, a.roles) for a in parse_minutes(read_document(path).text).attendance}
    assert att["Mats Ryd"][0] == "absent"
    assert att["Gunnel Eng"] == ("guest", ["sekreterare"]) and att["Marie Lind"][0] == "guest"
    assert att["Sara Öhrn"][0] == att["Bo Hallgren"][0] == "present" and "justerare" in att["Sara Öhrn"][1]


def test_pdf_bullet_entry_wrapped_under_its_hanging_indent_is_one_line(tmp_path):
    """Word prints a list entry too long for the line on a second line where the entry's text
    starts, right of its bullet; read back, it is one entry again, whatever its second line starts
    with, while the paragraph after the list, at the margin, stays a line of its own."""
    pytest.importorskip("reportlab")
    c, buf = _bullet_canvas()
    c.drawString(60, 800, "Att göra")
    y = 786
    for entry in (["Kalle: boka lokal för utbildningsdagen"],
                  ["Lena: ta upp registreringen i palliativregistret med enhetscheferna i", "Stensjö"],
                  ["Johan: ta fram förslag på gemensamt läkemedels-", "förråd, senast 15/12"],
                  ["Alla: ta med synpunkter till nästa möte"]):
        c.drawString(60, y, "\u2022")
        for line in entry:
            c.drawString(74, y, line)
            y -= 13
    c.drawString(60, y, "Nästa möte: 10 december på Teams.")
    c.save()
    text = read_document(write(tmp_path, "m.pdf", buf.getvalue())).text
    assert [x for x in text.split("\n") if x.strip()] == [
        "Att göra", "\u2022 Kalle: boka lokal för utbildningsdagen",
        "\u2022 Lena: ta upp registreringen i palliativregistret med enhetscheferna i Stensjö",
        "\u2022 Johan: ta fram förslag på gemensamt läkemedelsförråd, senast 15/12",
        "\u2022 Alla: ta med synpunkter till nästa möte", "Nästa möte: 10 december på Teams."]


def test_pdf_follow_up_table_of_tasks_and_their_status_is_read_with_its_layout():
    """"Uppdrag / Ansvarig / Status": a follow-up table of the tasks given at the last meeting, its
    cells a line each without the layout, is read with it, each task beside whom it was given to."""
    from samverkan.loaders.read import _page_text

    plain = "Uppdrag\nAnsvarig\nStatus\nKontakta IT om plattform\nRobert Falk\nPågår"
    laid = ("Uppdrag                        Ansvarig        Status\n"
            "Kontakta IT om plattform       Robert Falk     Pågår")
    rows = [" ".join(x.split()) for x in _page_text(_Page(plain, laid))[0].split("\n")]
    assert rows == ["Uppdrag Ansvarig Status", "Kontakta IT om plattform Robert Falk Pågår"]


def test_running_text_after_the_bullets_an_att_clause_opens_is_no_part_of_the_decision():
    """Word and a PDF read without blank lines keep a list that an unfinished att-clause runs into
    ("… följande återrapportering:" / "• …") right above the running text: the sentence at the
    margin after the list ends the clause, and the task it tells is read as a task."""
    from samverkan.loaders.extract import parse_minutes

    text = "\n".join([
        "§ 134 Kompetensförsörjning", "LSVO:s ledningsgrupp beslutar",
        "att Malin Ek återkommer till LSVO med information från arbetsgrupp Kompetensplattform",
        "När det gäller vård- och omsorgscollege gav huvudmännen följande återrapportering:",
        "• Kunskapsförvaltningen, Åby kommun: Finns en politisk viljeriktning att delta.",
        "• Region Norrland: Oklart om ställningstagande gjorts",
        "Vidare beskrivs att Carl-Martin Lanér, kommundirektör Åby kommun, tidigare lyft frågan till "
        "direktörsgruppen och avser göra detta återigen.",
        "§ 135 Nästa möte", "Nästa möte hålls i maj."])
    (decision,) = [d for d in parse_minutes(text).decisions if d.item == "134"]
    assert "Lanér" not in decision.text and decision.text.startswith("Malin Ek återkommer")


def test_pdf_wrapped_bullet_clause_ending_its_sentence_still_sets_the_prose_after_it_apart(tmp_path):
    """An att-clause in a bulleted list wraps under its hanging indent and ends its sentence; the
    paragraph after the list (a wider space above it) stays apart from the clause, so its task is
    no part of the decision."""
    pytest.importorskip("reportlab")
    c, buf = _bullet_canvas()
    y = 800
    for line in ("§ 24 Styrgrupp psykisk hälsa", "Beslut:"):
        c.drawString(60, y, line)
        y -= 13
    for entry in (["att inrätta styrgruppen enligt uppdragsbeskrivningen,"],
                  ["att Marie Lind ansvarar för att Åby kommun utser sina två representanter", "senast 2025-06-05."]):
        c.drawString(60, y, "\u2022")
        for line in entry:
            c.drawString(74, y, line)
            y -= 13
    y -= 8
    for line in ("Reza kallar till ett konstituerande möte i juni. Per Ek meddelar namnet på",
                 "sin kommuns representant före midsommar."):
        c.drawString(60, y, line)
        y -= 13
    c.save()
    text = read_document(write(tmp_path, "m.pdf", buf.getvalue())).text
    assert ("\u2022 att Marie Lind ansvarar för att Åby kommun utser sina två representanter senast 2025-06-05."
            "\n\nReza kallar") in text


def test_pdf_title_wrapped_over_two_lines_is_one_line(tmp_path):
    """A title in large letters too long for the line wraps ("… Styrgrupp psykisk hälsa" /
    "Norrfjäll"); read back it is one line, which names the body whole, while a heading set a
    paragraph's distance below another and the running text keep their lines."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, 780, "Anteckningar från möte i Styrgrupp psykisk hälsa")
    c.drawString(60, 762, "Norrfjäll")
    c.setFont("Helvetica", 10)
    for k, line in enumerate(["Datum: 15 oktober 2025", "Plats: Regionhuset, rum Fjällsippan",
                              "Ordförande: Helena Sjödin"]):
        c.drawString(60, 740 - 14 * k, line)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 690, "1. Föregående anteckningar")
    c.drawString(60, 668, "Uppföljning")
    c.setFont("Helvetica", 10)
    c.drawString(60, 650, "Anteckningarna godkändes och lades till handlingarna.")
    c.save()
    text = read_document(write(tmp_path, "m.pdf", buf.getvalue())).text
    assert [x for x in text.split("\n") if x.strip()] == [
        "Anteckningar från möte i Styrgrupp psykisk hälsa Norrfjäll", "Datum: 15 oktober 2025",
        "Plats: Regionhuset, rum Fjällsippan", "Ordförande: Helena Sjödin", "1. Föregående anteckningar",
        "Uppföljning", "Anteckningarna godkändes och lades till handlingarna."]


def test_pdf_table_cell_wrapped_as_far_below_as_the_next_row_is_rejoined_by_its_words():
    """A table whose rows stand a line apart: a cell's second line cannot be told from the next row
    by its distance, but by its words: it starts in lowercase or a bracket, or runs on from a cell
    left open ("… om" / "kokningsrekommendationen"); a row starting with a name is a row."""
    from samverkan.loaders.read import _page_text

    laid = ("Uppdrag                              Ansvarig      Status\n"
            "Informera hemtjänstens brukare om    MO            Pågår, klart i dag\n"
            "kokningsrekommendationen                           kl. 12\n"
            "Begära stöd från regionen för        JL            Klart\n"
            "patienter i hemdialys\n"
            "Huvudman            Ledamot           Närvaro\n"
            "Region Mälarby      Annelie Frost     Ja\n"
            "                    (ordf.)\n"
            "                    Ulla Bergman      Ja")
    rows = [" ".join(x.split()) for x in _page_text(_Page("Ansvarig\nNärvaro", laid))[0].split("\n")]
    assert rows == ["Uppdrag Ansvarig Status",
                    "Informera hemtjänstens brukare om kokningsrekommendationen MO Pågår, klart i dag kl. 12",
                    "Begära stöd från regionen för patienter i hemdialys JL Klart",
                    "Huvudman Ledamot Närvaro", "Region Mälarby Annelie Frost (ordf.) Ja", "Ulla Bergman Ja"]


def test_pdf_running_header_given_as_one_line_on_a_page_without_table_is_dropped():
    """The header's cells stand apart on a page read with its layout and run together on one line
    on the next page, read without: the line as one is the same header, dropped there."""
    from samverkan.loaders.read import _without_running_furniture

    first = "KOLBÄCKENS KOMMUN      Krisledningsgruppen      Arbetsmaterial\nFunktion    Namn\nBeslut 1. Förtur."
    second = "KOLBÄCKENS KOMMUN Krisledningsgruppen Arbetsmaterial\nBeslut 2. Socialchefen får mandat.\nSlut."
    pages = _without_running_furniture([first, second])
    assert pages == [first, "Beslut 2. Socialchefen får mandat.\nSlut."]


def test_pdf_table_running_on_over_a_page_break_keeps_its_rows_and_its_tasks(tmp_path):
    """A decision log whose rows run onto the next page: that page has no header row, and is read
    with its layout too, so each row stays one line; the log's decisions and tasks are all read."""
    pytest.importorskip("reportlab")
    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    xs = (60, 100, 330, 470)
    rows = [(("Punkt", "Beslut", "Ansvarig", "Klart"), ()),
            (("1", "Styrgruppen fastställer handlingsplanen.", "Hanna Berg", "2025-12-12"), ())]
    c, buf = _drawn_table("Styrgrupp nära vård Åby 2025-12-04", [], xs)
    c.drawString(60, 760, "1. Handlingsplan")
    c.drawString(60, 745, "Hanna Berg visade utkastet till handlingsplan.")
    c.drawString(60, 730, "2. Digital vårdplanering")
    c.drawString(60, 715, "Per Nilsson visade hur digital vårdplanering fungerar.")
    c.drawString(60, 700, "Beslutslogg")
    y = 680
    for cells, _ in rows:
        for x, cell in zip(xs, cells):
            c.drawString(x, y, cell)
        y -= 15
    c.drawString(280, 40, "Sida 1 av 2")
    c.showPage()
    c.setFont("Helvetica", 9)
    for x, cell in zip(xs, ("2", "Regionen erbjuder utbildning i Lifecare.", "Per Nilsson", "2026-02-06")):
        c.drawString(x, 800, cell)
    for x, cell in zip(xs, ("2", "Försöket förlängs till juni 2026.", "Olle Sand", "2026-06-30")):
        c.drawString(x, 785, cell)
    c.drawString(60, 750, "Nästa möte: 5 februari 2026.")
    c.drawString(280, 40, "Sida 2 av 2")
    c.save()
    (tmp_path / "m").mkdir()
    write(tmp_path / "m", "anteckningar.pdf", buf.getvalue())
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "m"], s)
        d = export_json(s.to_networkx())
    names = {p["id"]: p["name"] for p in d["persons"]}
    assert {x["text"].rstrip(".") for x in d["decisions"]} >= {
        "Styrgruppen fastställer handlingsplanen", "Regionen erbjuder utbildning i Lifecare",
        "Försöket förlängs till juni 2026"}
    tasks = {(tuple(sorted(names[i] for i in a["assignee_ids"])), a.get("due_date")) for a in d["assignments"]}
    assert {(("Per Nilsson",), "2026-02-06"), (("Olle Sand",), "2026-06-30")} <= tasks


def test_pdf_of_an_outlook_meeting_with_its_tracking_table_keeps_each_answer_with_its_person(tmp_path):
    """Outlook prints a meeting's attendees as Namn / Deltagare / Svar: read with its layout, each
    person keeps the answer beside them (Avböjt: absent; Gäst: a guest)."""
    pytest.importorskip("reportlab")
    from samverkan.loaders.extract import parse_minutes

    rows = [(("Namn", "Deltagare", "Svar"), ()),
            (("Bergqvist, Tomas (Åby kommun)", "Obligatorisk deltagare", "Accepterat"), ()),
            (("Jakobsson, Mikael (Ekö kommun)", "Obligatorisk deltagare", "Avböjt"), ()),
            (("Moberg, Lars (Brukarrådet Åby)", "Gäst", "Accepterat"), ())]
    c, buf = _drawn_table("Ämne: Samverkansgrupp psykisk hälsa Åby", rows, (60, 260, 420))
    c.drawString(60, 640, "Start: ons 2025-11-19 13:00")
    c.drawString(60, 620, "1. Inledning")
    c.drawString(60, 605, "Tomas hälsade välkommen. Dagordningen godkändes.")
    c.save()
    text = read_document(write(tmp_path, "m.pdf", buf.getvalue())).text
    seen = {a.name: a.status for a in parse_minutes(text, "m.pdf").attendance}
    assert seen == {"Tomas Bergqvist": "present", "Mikael Jakobsson": "absent", "Lars Moberg": "guest"}


def test_pdf_item_numbers_drawn_apart_from_their_titles_head_the_items(tmp_path):
    """A numbered heading drawn as a number and a title in cells of their own comes out of the
    extractor as two lines ("1" / "Föregående anteckningar"); the number goes back before its
    title, while a page number alone at the foot of the page stays apart."""
    pytest.importorskip("reportlab")
    from samverkan.loaders.extract import parse_minutes

    rows = [(("1", "Föregående anteckningar"), ()), (("", "Anteckningarna lades till handlingarna."), ()),
            (("2", "Budget"), ()), (("", "Per redovisade budgeten för året."), ()),
            (("3", "Nästa möte"), ()), (("", "Nästa möte hålls den 12 februari."), ())]
    c, buf = _drawn_table("Minnesanteckningar Arbetsgrupp SIP Åby 2025-03-26", rows, (60, 90))
    c.drawString(300, 40, "2")
    c.save()
    text = read_document(write(tmp_path, "m.pdf", buf.getvalue())).text
    m = parse_minutes(text, "m.pdf")
    assert [(it.number, it.title) for it in m.items] == [("1", "Föregående anteckningar"), ("2", "Budget"),
                                                         ("3", "Nästa möte")]


def test_letters_written_as_a_letter_and_a_combining_mark_read_as_one_letter(tmp_path):
    """A Mac and many PDFs write "ö" as "o" and a combining diaeresis, a typeset PDF keeps "fi" as one
    ligature, and a word processor writes a hyphen that must not break as a character of its own: the
    names, the body and the words read as typed, the same as from the same minutes typed with one
    character a letter."""
    import unicodedata

    from samverkan.loaders.extract import parse_minutes

    typed = ("Minnesanteckningar Samverkansgrupp äldre Sångsta\nDatum: 2025-10-14\n\nNärvarande:\n"
             "Ulla Byström, Sångsta kommun, ordförande\nÅsa Öhrn-Lind, Region Söderlund\n\n"
             "1. Fallprevention\nÅsa Öhrn-Lind informerade om att flera kommuner finns med. Ulla Byström tar fram "
             "ett förslag till nästa möte.\n")
    decomposed = (unicodedata.normalize("NFD", typed).replace("fl", "\ufb02").replace("fi", "\ufb01")
                  .replace("-", "\u2011"))
    assert decomposed != typed
    doc = read_document(write(tmp_path, "m.txt", decomposed.encode("utf-8")))
    assert doc.text.strip() == typed.strip()
    parsed = parse_minutes(doc.text, doc.path)
    assert [e.name for e in parsed.attendance] == ["Ulla Byström", "Åsa Öhrn-Lind"]
    assert parsed.body == "Samverkansgrupp äldre Sångsta"


def test_characters_that_draw_nothing_are_nothing_to_every_reader(tmp_path):
    """Soft hyphens Word wrote into names ("Sand\\xadhamra kommun") and zero-width spaces: the region's
    huvudmän are recognised in them as in the text without them."""
    from tests.loaders.test_read_formats import facts

    text = ("Anteckningar från möte i Lokal närvårdsgrupp Sandhamra 2025-05-16\n\n"
            "Närvarande: Birgitta Hallén, enhetschef, Sandhamra kommun; Tomas Wennerberg, vårdcentralschef, "
            "Region Havsby\n\n1. Inledning\nBirgitta Hallén hälsar välkommen.\n\n"
            "2. Trygg hemgång\nTomas Wennerberg tar fram en rutin till nästa möte.\n")
    plain, soft = tmp_path / "plain", tmp_path / "soft"
    for folder, t in ((plain, text), (soft, text.replace("Sandhamra", "Sand\u00adhamra").replace("Region ", "Region\u200b "))):
        folder.mkdir()
        (folder / "n.txt").write_text(t, encoding="utf-8")
    got = facts(soft / "n.txt", soft)
    assert got == facts(plain / "n.txt", plain)
    assert ("Birgitta Hallén", "Sandhamra kommun", "employment") in got["memberships"]


def test_a_hyphen_typed_between_spaces_reads_as_the_dash_it_stands_for(tmp_path):
    """Most keyboards type the dash of "Borg, Elin – Region Ådalen" as a hyphen between spaces."""
    from tests.loaders.test_read_formats import facts

    text = ("Minnesanteckningar – Arbetsgrupp SIP – Region Ådalen och kommunerna\n"
            "Datum: 2025-03-26\n\nNärvarande:\n  Borg, Elin – Region Ådalen (sammankallande)\n"
            "  Öhrn, Mattias – Forsby kommun\nForsby kommun – Kerstin Ahlgren Wik, rektor\n\n"
            "1. Rutin för SIP – genomgång\nElin Borg skriver ihop förslaget till styrgruppen.\n\n"
            "2. Övrigt – inga frågor\nNästa möte den 7 maj.\n")
    dash, hyphen = tmp_path / "dash", tmp_path / "hyphen"
    for folder, t in ((dash, text), (hyphen, text.replace(" – ", " - "))):
        folder.mkdir()
        (folder / "n.txt").write_text(t, encoding="utf-8")
    got = facts(hyphen / "n.txt", hyphen)
    assert got["body"] == "Arbetsgrupp SIP"
    assert {name for name, _, _ in got["attendance"]} == {"Elin Borg", "Mattias Öhrn", "Kerstin Ahlgren Wik"}
    assert got == facts(dash / "n.txt", dash)
