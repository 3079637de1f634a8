"""Minutes as OpenDocument text, RTF, HTML and e-mail read as the same minutes as Word.

``fixtures/formats`` holds three Word minutes of ``fixtures/unseen`` as LibreOffice saves them
(.odt, .rtf and .html): each must give every fact its Word original gives. The smaller tests
build documents with the features secretaries use (numbered lists, merged cells, tracked changes,
comments, page headers, attachments) and check the lines each reader writes.
"""
from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from samverkan.graph.errors import ReadError
from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from samverkan.loaders.read import read_document

FIXTURES = Path(__file__).parent / "fixtures"
CONVERTED = sorted(p for p in FIXTURES.glob("formats/*") if p.suffix in (".odt", ".rtf", ".html"))
WORD97 = sorted(FIXTURES.glob("formats/*.doc"))  # Word 97–2003 files LibreOffice saved from .docx minutes
MESSAGE = FIXTURES / "formats" / "message.eml"  # a message sending the RTF minutes as an attachment


def facts(path: Path, tmp_path: Path) -> dict:
    """What a user asks of one minutes file loaded alone, with names for ids."""
    with NetworkxStore(tmp_path / f"{path.suffix[1:]}.sqlite") as s:
        report = load_paths([path], s)
        data = export_json(s.to_networkx())
    assert report.failed == 0, [d.error for d in report.documents if not d.ok]
    n = {e["id"]: e["name"] for e in data["persons"] + data["organizations"]}
    (event,) = data["events"]
    return {
        "body": n[event["organization_id"]], "date": event.get("start_date"),
        "attendance": sorted((n[p["person_id"]], p["status"], tuple(p.get("roles") or [])) for p in event["participants"]),
        "items": sorted((i.get("number") or "", i.get("title") or "") for i in event["agenda"]),
        "persons": sorted(p["name"] for p in data["persons"]),
        "decisions": sorted(d.get("text", "") for d in data.get("decisions", [])),
        "memberships": sorted((n[m["person_id"]], n[m["organization_id"]], m.get("change") or "")
                              for m in data["memberships"]),
        "assignments": sorted((tuple(sorted(n[i] for i in a["assignee_ids"])), a["task"]) for a in data["assignments"]),
        "mandates": sorted((n.get(m.get("from_id"), ""), n.get(m.get("to_id"), ""), m.get("classification") or "")
                           for m in data.get("mandates", [])),
    }


def load_text(tmp_path: Path, name: str, text: str) -> dict:
    """The facts of minutes written as the text ``text`` into a file named ``name``, loaded alone (see :func:`facts`)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return facts(path, tmp_path)


def load_texts(tmp_path: Path, texts: dict[str, str]) -> dict:
    """The export of minutes written as texts (file name: text) into one folder and loaded together, as one
    region's minutes are; every file must load."""
    folder = tmp_path / "minutes"
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        report = load_paths([folder], s)
        data = export_json(s.to_networkx())
    assert report.failed == 0
    return data


def load_docx_text(tmp_path: Path, name: str, text: str) -> dict:
    """The facts of minutes written in Word from ``text``, a line with tabs a table's row (the rows after it too),
    saved as ``name`` and loaded alone (see :func:`facts`)."""
    from docx import Document

    d, table = Document(), None
    for line in text.split("\n"):
        if "\t" not in line:
            table = None
            d.add_paragraph(line)
            continue
        cells = line.split("\t")
        if table is None:
            table = d.add_table(rows=0, cols=len(cells))
        for c, v in zip(table.add_row().cells, cells):
            c.text = v
    path = tmp_path / name
    d.save(path)
    return facts(path, tmp_path)


def test_every_converted_minutes_has_its_word_original():
    assert {p.suffix for p in CONVERTED} == {".odt", ".rtf", ".html"}
    for p in CONVERTED:
        assert list(FIXTURES.glob(f"unseen/*/{p.stem}.docx")), p.name


@pytest.mark.parametrize("path", CONVERTED, ids=lambda p: p.name)
def test_a_converted_minutes_reads_every_fact_its_word_original_reads(path, tmp_path):
    (word,) = FIXTURES.glob(f"unseen/*/{path.stem}.docx")
    expected, got = facts(word, tmp_path), facts(path, tmp_path)
    assert expected["attendance"] and expected["items"] and expected["decisions"]
    for kind in expected:
        assert got[kind] == expected[kind], kind


def test_minutes_attached_to_a_message_read_as_the_minutes_alone(tmp_path):
    (word,) = FIXTURES.glob("unseen/*/psr_vallmark_2025-12-12.docx")
    assert facts(MESSAGE, tmp_path) == facts(word, tmp_path)


# -- OpenDocument text --------------------------------------------------------------------------

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odt(tmp_path: Path, body: str, styles: str = "", name: str = "m.odt") -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<office:document-content {NS}><office:automatic-styles>{styles}'
                                  f'</office:automatic-styles><office:body><office:text>{body}'
                                  f'</office:text></office:body></office:document-content>')
        z.writestr("styles.xml", f'<office:document-styles {NS}><office:master-styles><style:master-page '
                                 f'style:name="Standard"><style:header><text:p>SOCIALNÄMNDEN<text:tab/>'
                                 f'PROTOKOLL</text:p></style:header></style:master-page></office:master-styles>'
                                 f'</office:document-styles>')
    p = tmp_path / name
    p.write_bytes(buf.getvalue())
    return p


PARAGRAPHS_STYLE = ('<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
                    'style:num-prefix="§ " style:num-format="1" text:start-value="12"/>'
                    '<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>'
                    '</text:list-style><text:list-style style:name="L2"><text:list-level-style-bullet '
                    'text:level="1" text:bullet-char="&#xf0b7;"/></text:list-style>')


def test_odt_numbered_paragraphs_bullets_and_page_header(tmp_path):
    p = odt(tmp_path, '<text:list text:style-name="L1"><text:list-item><text:h text:outline-level="1">Öppnande'
                      '</text:h></text:list-item><text:list-item><text:h text:outline-level="1">Budget</text:h>'
                      '<text:list><text:list-item><text:p>underlag</text:p></text:list-item></text:list>'
                      '</text:list-item></text:list><text:p>Nämnden beslutar</text:p>'
                      '<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item>'
                      '<text:p>Val</text:p></text:list-item></text:list>'
                      '<text:list text:style-name="L2"><text:list-item><text:p>att anta'
                      '<text:s text:c="3"/>planen</text:p></text:list-item></text:list>', PARAGRAPHS_STYLE)
    doc = read_document(p)
    assert doc.media_type == "application/vnd.oasis.opendocument.text"
    assert doc.text.split("\n") == ["SOCIALNÄMNDEN\tPROTOKOLL", "§ 12 Öppnande", "§ 13 Budget", "a) underlag",
                                    "Nämnden beslutar", "§ 14 Val", "• att anta   planen"]


def test_odt_reads_inserted_text_and_no_deleted_text_comment_or_footnote(tmp_path):
    p = odt(tmp_path, '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
                      '<text:p>28 februari</text:p></text:deletion></text:changed-region></text:tracked-changes>'
                      '<text:p>att redovisa senast <text:change text:change-id="c1"/>31 mars'
                      '<office:annotation><dc:creator>Emil Falk</dc:creator><text:p>Stämmer det, Olle Grön?'
                      '</text:p></office:annotation> i nämnden<text:note><text:note-citation>1</text:note-citation>'
                      '<text:note-body><text:p>Enligt Per Ek.</text:p></text:note-body></text:note>.</text:p>')
    assert read_document(p).text.split("\n")[1:] == ["att redovisa senast 31 mars i nämnden."]


def test_odt_table_with_merged_and_repeated_cells(tmp_path):
    p = odt(tmp_path, '<table:table><table:table-column table:number-columns-repeated="3"/>'
                      '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Närvarande'
                      '</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>Roll'
                      '</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell>'
                      '<text:p>Anna Lund</text:p><text:p>Per Berg</text:p></table:table-cell><table:table-cell>'
                      '<text:p>Ekeby kommun</text:p></table:table-cell><table:table-cell '
                      'table:number-columns-repeated="1020"/></table:table-row></table:table>')
    assert read_document(p).text.split("\n")[1:] == ["Närvarande\t\tRoll", "Anna Lund; Per Berg\tEkeby kommun\t"]


def test_odt_that_is_a_spreadsheet_is_refused_with_the_reason(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("content.xml", f'<office:document-content {NS}><office:body><office:spreadsheet/>'
                                  f'</office:body></office:document-content>')
    p = tmp_path / "sheet.odt"
    p.write_bytes(buf.getvalue())
    with pytest.raises(ReadError, match="not an OpenDocument text"):
        read_document(p)


def test_odt_with_malformed_xml_is_refused(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("content.xml", "<office:document-content><unclosed>")
    p = tmp_path / "bad.odt"
    p.write_bytes(buf.getvalue())
    with pytest.raises(ReadError, match="not well-formed XML"):
        read_document(p)


# -- RTF ----------------------------------------------------------------------------------------

def rtf(tmp_path: Path, body: bytes) -> Path:
    p = tmp_path / "m.rtf"
    p.write_bytes(rb"{\rtf1\ansi\ansicpg1252\uc1{\fonttbl{\f0 Calibri;}}{\*\generator Word;}"
                  rb"{\header\pard V\'e5rd PROTOKOLL\par}{\header\pard upprepad\par}" + body + b"}")
    return p


def test_rtf_list_numbers_tables_and_characters(tmp_path):
    p = rtf(tmp_path, rb"\pard{\listtext\pard\plain  \u167\'a7 12\tab}G\u246\'f6teborg\u8211?V\'e4stra\par"
                      rb"{\listtext\pard\plain \u61623\'b7\tab}att anta planen\par"
                      rb"\trowd\cellx2000\cellx4000\pard\intbl Namn\cell N\'e4rvaro\cell\row"
                      rb"\trowd\pard\intbl Anna Lund\par Per Berg\cell x\cell\row"
                      rb"\pard Klart{\*\bkmkstart b}{\pict\binary\bin4 }}}}\par")
    assert read_document(p).text.split("\n") == [
        "Vård PROTOKOLL", "§ 12 Göteborg–Västra", "• att anta planen",
        "Namn\tNärvaro", "Anna Lund; Per Berg\tx", "Klart"]


def test_rtf_deleted_and_hidden_text_and_comments_are_not_read(tmp_path):
    p = rtf(tmp_path, rb"\pard att redovisa senast {\deleted 28 februari}31 mars{\v dold}"
                      rb"{\*\annotation Olle Gr\'f6n?} i n\'e4mnden\par")
    assert read_document(p).text.split("\n")[1:] == ["att redovisa senast 31 mars i nämnden"]


# -- HTML ---------------------------------------------------------------------------------------

def test_html_lists_tables_with_spans_and_page_furniture(tmp_path):
    p = tmp_path / "m.html"
    p.write_bytes("""<html><head><meta charset="windows-1252"><title>Sök</title><style>p{}</style></head>
        <body><nav><a href="/">Start</a></nav><h1>Socialnämnden</h1>
        <p>Datum: 2025-03-12<br>Plats: Kommunhuset</p>
        <ol start="3"><li><span style="float:left">§ 3</span>Budget</li><li>Val</li></ol>
        <ul><li>att anta planen</li></ul><p>att ge <del>Per</del> Eva i uppdrag</p>
        <table><tr><th rowspan="2">Region Ås</th><td>Anna Lund</td><td>x</td></tr>
        <tr><td>Per Berg</td><td></td></tr><tr><td colspan="2">Övriga: Eva Ek</td><td>–</td></tr></table>
        <script>document.write("Ola Nordman")</script></body></html>""".encode("cp1252"))
    assert read_document(p).text.split("\n") == [
        "Socialnämnden", "Datum: 2025-03-12", "Plats: Kommunhuset", "§ 3 Budget", "4. Val", "• att anta planen",
        "att ge Eva i uppdrag", "Region Ås\tAnna Lund\tx", "\tPer Berg\t", "Övriga: Eva Ek\t\t–"]


# -- e-mail -------------------------------------------------------------------------------------

NOTES = "1. Öppnande\nKarin Holm öppnar mötet.\n\n2. Rutiner\nPer Lind tar fram ett förslag till nästa möte.\n"


def message(**parts) -> EmailMessage:
    m = EmailMessage()
    m["Subject"] = "Anteckningar från möte i Arbetsgrupp SIP 12/3"
    m["From"] = "Karin Holm <karin.holm@tallnas.se>"
    m["To"] = "Arbetsgrupp SIP <sip@tallnas.se>, per.lind@asen.se"
    m["Date"] = "Thu, 13 Mar 2025 08:12:00 +0100"
    m.set_content(parts.get("text", "Hej!\n\nNärvarande: Karin Holm, Tallnäs kommun; Per Lind, Region Åsen\n\n" + NOTES))
    if "html" in parts:
        m.add_alternative(parts["html"], subtype="html")
    for name, data in parts.get("attachments", ()):
        m.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return m


def test_eml_reads_as_outlook_writes_a_message_out(tmp_path):
    p = tmp_path / "m.eml"
    p.write_bytes(bytes(message()))
    lines = read_document(p).text.split("\n")
    assert lines[:4] == ["Ämne: Anteckningar från möte i Arbetsgrupp SIP 12/3", "Från: Karin Holm",
                         "Till: Arbetsgrupp SIP; per.lind@asen.se", "Skickat: den 13 mars 2025 08:12"]
    assert "Per Lind tar fram ett förslag till nästa möte." in lines


def test_eml_with_attached_minutes_reads_them_alone_and_html_only_reads_the_html(tmp_path):
    m = EmailMessage()
    m["Subject"] = "Protokoll"
    m["Date"] = "Thu, 13 Mar 2025 08:12:00 +0100"
    m.set_content("<p>Hej,</p><p>protokollet <b>bifogas</b>.</p>", subtype="html")
    m.add_attachment(NOTES.encode("utf-8"), maintype="text", subtype="plain", filename="anteckningar.txt")
    m.add_attachment(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, maintype="image", subtype="png", filename="logo.png")
    p = tmp_path / "m.eml"
    p.write_bytes(bytes(m))
    assert read_document(p).text.strip() == NOTES.strip()  # the envelope and the logo read as nothing
    m.clear_content()
    m.set_content("<p>Hej,</p><p>protokollet <b>följer</b> nedan.</p>", subtype="html")
    p.write_bytes(bytes(m))
    lines = read_document(p).text.split("\n")
    assert lines == ["Ämne: Protokoll", "Skickat: den 13 mars 2025 08:12", "", "Hej,", "protokollet följer nedan."]


def test_eml_with_a_damaged_attachment_names_the_message_and_the_attachment(tmp_path):
    p = tmp_path / "m.eml"
    p.write_bytes(bytes(message(attachments=[("protokoll.docx", b"PK\x03\x04 trasig")])))
    with pytest.raises(ReadError) as exc:
        read_document(p)
    assert str(p) in str(exc.value) and "attachment protokoll.docx" in str(exc.value)


def test_minutes_sent_by_e_mail_load_as_minutes(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "m.eml").write_bytes(bytes(message()))
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "in"], s)
        data = export_json(s.to_networkx())
    n = {e["id"]: e["name"] for e in data["persons"] + data["organizations"]}
    (event,) = data["events"]
    assert n[event["organization_id"]].casefold().startswith("arbetsgrupp sip")
    assert {n[p["person_id"]] for p in event["participants"]} == {"Karin Holm", "Per Lind"}
    assert [(sorted(n[i] for i in a["assignee_ids"]), a["task"][:10]) for a in data["assignments"]] == [
        (["Per Lind"], "ta fram et")]


# -- damaged files ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", CONVERTED + WORD97 + [MESSAGE, MESSAGE.with_suffix(".msg")], ids=lambda p: p.name)
@pytest.mark.parametrize("seed", range(12))
def test_a_damaged_file_reads_or_is_refused_with_a_read_error(path, seed, tmp_path):
    """Bytes flipped, cut or repeated anywhere: the reader returns text or raises ReadError, never
    another exception."""
    import random

    rnd = random.Random(seed)
    data = bytearray(path.read_bytes())
    for _ in range(rnd.randrange(1, 8)):
        at = rnd.randrange(len(data))
        op = rnd.randrange(3)
        if op == 0:
            data[at] = rnd.randrange(256)
        elif op == 1:
            del data[at:at + rnd.randrange(1, 400)]
        else:
            data[at:at] = data[at:at + rnd.randrange(1, 400)] * rnd.randrange(1, 4)
    damaged = tmp_path / path.name
    damaged.write_bytes(bytes(data))
    try:
        assert isinstance(read_document(damaged).text, str)
    except ReadError as exc:
        assert str(damaged) in str(exc) and "\n" not in str(exc)


@pytest.mark.parametrize("kind", ["txt", "eml"])
def test_minutes_quoted_by_a_mail_reply_read_as_the_minutes(kind, tmp_path):
    """A reply in plain text quotes the message it answers with "> " before each line; notes saved or
    forwarded so read as the notes."""
    notes = f"Anteckningar Arbetsgrupp SIP 2025-03-12\n\nNärvarande: Karin Holm, Tallnäs kommun; Per Lind, Region Åsen\n\n{NOTES}"
    quoted = "Hej, se nedan.\n\n" + "\n".join(f"> {line}" if line else ">" for line in notes.split("\n"))
    (tmp_path / "quoted").mkdir()
    (tmp_path / "plain").mkdir()
    got = {}
    for folder, text in (("quoted", quoted), ("plain", f"Hej, se nedan.\n\n{notes}")):
        p = tmp_path / folder / f"svar.{kind}"
        p.write_bytes(text.encode() if kind == "txt" else bytes(message(text=text)))
        got[folder] = facts(p, tmp_path / folder)
    assert got["quoted"]["attendance"] and got["quoted"]["assignments"]
    assert got["quoted"] == got["plain"]
