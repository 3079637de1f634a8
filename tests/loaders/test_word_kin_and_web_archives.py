"""Word's other files and web pages saved as one file read as the Word document and the page they are.

A document with macros (.docm) or a template (.dotx, .dotm) is a .docx package but for its main
part's content type; Word's "Webbsida, enkel fil" (.mht) and a browser's web archive (.mhtml) are a
MIME archive around the HTML page. Each must give every fact its .docx or .html gives.
"""
from __future__ import annotations

import io
import quopri
import zipfile
from pathlib import Path

import pytest

from samverkan.graph.errors import ReadError
from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import FIXTURES, facts

(WORD,) = FIXTURES.glob("unseen/*/psr_vallmark_2025-12-12.docx")
# notes whose headings are known as such only in a file written a paragraph a line
(NOTES,) = FIXTURES.glob("unseen/*/kfr_ljungfors_2025-10-06.docx")
HTML = FIXTURES / "formats" / "psr_vallmark_2025-12-12.html"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
KIN = {".docm": "application/vnd.ms-word.document.macroEnabled.main+xml",
       ".dotx": "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
       ".dotm": "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"}


def word_kin(suffix: str, word: Path = WORD) -> bytes:
    """The Word original as Word saves it with macros or as a template: another content type, and a
    macro project beside the document where it has macros."""
    out = io.BytesIO()
    with zipfile.ZipFile(word) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            part = z.read(info)
            if info.filename == "[Content_Types].xml":
                assert MAIN.encode() in part
                part = part.replace(MAIN.encode(), KIN[suffix].encode())
            w.writestr(info, part)
        if suffix.endswith("m"):
            w.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    return out.getvalue()


def web_archive(html: str, charset: str = "windows-1252") -> bytes:
    """The page as Word saves it as one file: the HTML quoted-printable in a code page, an image beside it."""
    # (characters the code page lacks written as references, as Word writes them)
    body = quopri.encodestring(html.encode(charset, "xmlcharrefreplace")).decode("ascii")
    return (f'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="----=_NextPart_01DC"\n\n'
            f"This document is a Single File Web Page, also known as a Web Archive file.\n\n"
            f'------=_NextPart_01DC\nContent-Location: file:///C:/protokoll.htm\n'
            f'Content-Transfer-Encoding: quoted-printable\nContent-Type: text/html; charset="{charset}"\n\n{body}\n'
            f"------=_NextPart_01DC\nContent-Location: file:///C:/protokoll_files/image001.png\n"
            f"Content-Transfer-Encoding: base64\nContent-Type: image/png\n\niVBORw0KGgo=\n\n"
            f"------=_NextPart_01DC--\n").encode("ascii")


@pytest.mark.parametrize("word", [WORD, NOTES], ids=lambda p: p.stem)
@pytest.mark.parametrize("suffix", sorted(KIN))
def test_a_word_document_with_macros_or_a_template_reads_as_the_docx(suffix, word, tmp_path):
    p = tmp_path / f"{word.stem}{suffix}"
    p.write_bytes(word_kin(suffix, word))
    assert read_document(p).text == read_document(word).text
    assert facts(p, tmp_path) == facts(word, tmp_path)


@pytest.mark.parametrize("suffix", [".mht", ".mhtml"])
def test_a_page_saved_as_one_file_reads_as_the_page(suffix, tmp_path):
    html = HTML.read_text(encoding="utf-8").replace("charset=utf-8", "charset=windows-1252")
    p = tmp_path / f"psr_vallmark_2025-12-12{suffix}"
    p.write_bytes(web_archive(html))
    assert read_document(p).text == read_document(HTML).text
    assert facts(p, tmp_path) == facts(HTML, tmp_path)


def test_a_page_saved_as_html_under_an_archive_name_reads_as_html(tmp_path):
    p = tmp_path / "protokoll.mht"
    p.write_bytes(HTML.read_bytes())
    assert read_document(p).text == read_document(HTML).text


@pytest.mark.parametrize("case", ["no page", "macro file damaged"])
def test_a_bad_archive_or_word_file_is_refused_with_the_file_and_the_reason(case, tmp_path):
    if case == "no page":
        p, reason = tmp_path / "bilder.mht", "no HTML page"
        p.write_bytes(b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="B"\n\n--B\n'
                      b"Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--B--\n")
    else:
        p, reason = tmp_path / "protokoll.docm", "not a readable DOCX"
        p.write_bytes(word_kin(".docm")[:4000])
    with pytest.raises(ReadError) as exc:
        read_document(p)
    assert str(p) in str(exc.value) and reason in str(exc.value)


# -- files under a Word name that are something else, and files locked with a password ---------------

@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".html"])
def test_another_format_saved_under_a_docx_name_reads_as_what_it_is(suffix, tmp_path):
    src = FIXTURES / "formats" / f"psr_vallmark_2025-12-12{suffix}"
    p = tmp_path / "psr_vallmark_2025-12-12.docx"
    p.write_bytes(src.read_bytes())
    assert read_document(p).text == read_document(src).text


def test_a_password_protected_word_or_opendocument_file_is_refused_as_such(tmp_path):
    from tests.loaders.outlook_msg import compound_file

    word = tmp_path / "protokoll.docx"  # Word keeps an encrypted document in an OLE2 container
    word.write_bytes(compound_file({"EncryptionInfo": b"\x04\x00\x04\x00" + b"\0" * 200,
                                    "EncryptedPackage": b"\0" * 5000}))
    odt = tmp_path / "protokoll.odt"  # OpenDocument keeps its parts in the zip, the manifest saying which are encrypted
    with zipfile.ZipFile(FIXTURES / "formats" / "psr_vallmark_2025-12-12.odt") as z, zipfile.ZipFile(odt, "w") as w:
        for info in z.infolist():
            part = z.read(info)
            if info.filename == "META-INF/manifest.xml":
                part = part.replace(b'manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
                                    b'manifest:full-path="content.xml" manifest:media-type="text/xml">'
                                    b'<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry>')
                assert b"encryption-data" in part
            w.writestr(info, part)
    for p in (word, odt):
        with pytest.raises(ReadError) as exc:
            read_document(p)
        assert str(p) in str(exc.value) and "password-protected" in str(exc.value)
