"""Minutes sent as an Outlook message saved to a ``.msg`` file read as the same message saved as ``.eml``.

``fixtures/formats/message.msg`` is ``message.eml`` as Outlook saves it (the justerat protokoll of a
politiskt samverkansråd attached as RTF, and a logo); the smaller tests write messages with
:func:`tests.loaders.outlook_msg.outlook_message`, whose files a third-party reader of the format reads too.
"""
from __future__ import annotations

import struct
from datetime import datetime
from pathlib import Path

import pytest

from samverkan.graph.errors import ReadError
from samverkan.loaders.formats import decompressed_rtf
from samverkan.loaders.pipeline import load_paths
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.read import read_document
from tests.loaders.outlook_msg import compound_file, outlook_message
from tests.loaders.test_read_formats import FIXTURES, MESSAGE, NOTES, facts, message

ROSTER = "Närvarande: Karin Holm, Tallnäs kommun; Per Lind, Region Åsen"
SENT = datetime(2025, 3, 13, 7, 12)  # UTC: 08:12 in Sweden, as the .eml's Date header says


def write(tmp_path: Path, data: bytes, name: str = "m.msg") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def lzfu(rtf: bytes) -> bytes:
    """``rtf`` as Outlook's PR_RTF_COMPRESSED, every byte a literal (a compressor may choose to)."""
    body = bytearray()
    for at in range(0, len(rtf), 8):
        body += b"\0" + rtf[at:at + 8]
    end = (207 + len(rtf)) % 4096  # the reference to where the next byte is written ends the text
    body += b"\x01" + struct.pack(">H", end << 4)
    return struct.pack("<II", len(body) + 12, len(rtf)) + b"LZFu" + b"\0" * 4 + bytes(body)


def test_a_message_reads_as_outlook_prints_it_and_as_the_same_message_saved_as_eml(tmp_path):
    msg = write(tmp_path, outlook_message("Anteckningar från möte i Arbetsgrupp SIP 12/3", "Karin Holm",
                                          "Arbetsgrupp SIP; per.lind@asen.se", SENT,
                                          body=f"Hej!\n\n{ROSTER}\n\n{NOTES}"))
    eml = write(tmp_path, bytes(message()), "m.eml")
    lines = read_document(msg).text.split("\n")
    assert lines[:4] == ["Ämne: Anteckningar från möte i Arbetsgrupp SIP 12/3", "Från: Karin Holm",
                         "Till: Arbetsgrupp SIP; per.lind@asen.se", "Skickat: den 13 mars 2025 08:12"]
    assert read_document(msg).text == read_document(eml).text
    got = facts(msg, tmp_path)
    assert got["body"].casefold().startswith("arbetsgrupp sip")
    assert got == facts(eml, tmp_path)


def test_minutes_attached_to_an_outlook_message_read_as_the_minutes_alone(tmp_path):
    (word,) = FIXTURES.glob("unseen/*/psr_vallmark_2025-12-12.docx")
    msg = MESSAGE.with_suffix(".msg")
    assert read_document(msg).text == read_document(MESSAGE).text
    assert facts(msg, tmp_path) == facts(word, tmp_path)


def test_a_forwarded_message_and_a_logo_attached_are_passed_over(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 40
    p = write(tmp_path, outlook_message("Protokoll", "Karin Holm", sent=SENT, body="Hej, se bilaga.",
                                        attachments=(("logo.png", png), ("anteckningar.txt", NOTES.encode())),
                                        forwarded="1. Gammalt\nEva Ek tar fram något.".encode("utf-16-le")))
    assert read_document(p).text.strip() == NOTES.strip()


@pytest.mark.parametrize("form", ["html", "rtf"])
def test_a_message_without_plain_text_reads_its_html_or_its_compressed_rtf(form, tmp_path):
    if form == "html":
        data = outlook_message("Protokoll", sent=SENT, html="<html><head><meta charset='utf-8'></head><body>"
                               "<p>Hej,</p><p>protokollet <b>följer</b> nedan.</p><p>1. Öppnande</p></body></html>")
    else:
        rtf = rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Calibri;}}\pard Hej,\par protokollet \b f\'f6ljer\b0  nedan.\par 1. " \
              rb"\'d6ppnande\par}"
        data = outlook_message("Protokoll", sent=SENT, rtf=lzfu(rtf))
    lines = [line for line in read_document(write(tmp_path, data)).text.split("\n") if line.strip()]
    assert lines == ["Ämne: Protokoll", "Skickat: den 13 mars 2025 08:12", "Hej,", "protokollet följer nedan.",
                     "1. Öppnande"]


def test_strings_of_an_older_outlook_read_in_their_code_page(tmp_path):
    p = write(tmp_path, outlook_message("Möte i Styrgrupp Nära vård", "Åsa Öberg", "Per Lind", SENT,
                                        body=f"{ROSTER}\n\n{NOTES}", string8=True))
    lines = read_document(p).text.split("\n")
    assert lines[:2] == ["Ämne: Möte i Styrgrupp Nära vård", "Från: Åsa Öberg"]
    assert "Per Lind tar fram ett förslag till nästa möte." in lines


def test_summer_time_is_shown_as_outlook_shows_it_in_sweden(tmp_path):
    p = write(tmp_path, outlook_message("Protokoll", sent=datetime(2025, 6, 2, 22, 30), body="Hej"))
    assert "Skickat: den 3 juni 2025 00:30" in read_document(p).text.split("\n")


def test_compressed_rtf_references_its_dictionary():
    """The example of the format's specification: references into the initial dictionary and back."""
    data = bytes.fromhex("2d0000002b0000004c5a4675f1c5c7a703000a007263706731323542320af32068656c090020627705b06c64"
                         "7d0a800fa0")
    assert decompressed_rtf(data) == b"{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"
    assert decompressed_rtf(lzfu(b"{\\rtf1 x}")) == b"{\\rtf1 x}"
    with pytest.raises(ValueError):
        decompressed_rtf(b"\x10\0\0\0\x10\0\0\0ABCD\0\0\0\0")


@pytest.mark.parametrize("case", ["not ole", "other office file", "truncated", "damaged attachment"])
def test_a_bad_msg_is_refused_with_the_file_and_the_reason(case, tmp_path):
    if case == "not ole":
        data, reason = b"Subject: hej\n\nnot a compound file", "no OLE2 signature"
    elif case == "other office file":
        data, reason = compound_file({"WordDocument": b"\0" * 600}), "no MAPI properties"
    elif case == "truncated":
        data, reason = MESSAGE.with_suffix(".msg").read_bytes()[:3000], "not a readable .msg"
    else:
        data = outlook_message("Protokoll", sent=SENT, attachments=(("protokoll.docx", b"PK\x03\x04 trasig"),))
        reason = "attachment protokoll.docx"
    p = write(tmp_path, data)
    with pytest.raises(ReadError) as exc:
        read_document(p)
    assert str(p) in str(exc.value) and reason in str(exc.value)


def test_a_bad_msg_among_good_minutes_fails_alone(tmp_path):
    (tmp_path / "in").mkdir()
    write(tmp_path / "in", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "trasig.msg")
    write(tmp_path / "in", outlook_message("Anteckningar från möte i Arbetsgrupp SIP 12/3", "Karin Holm", sent=SENT,
                                           body=f"{ROSTER}\n\n{NOTES}"), "bra.msg")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        report = load_paths([tmp_path / "in"], s)
    bad = [d for d in report.documents if not d.ok]
    assert [Path(d.path).name for d in bad] == ["trasig.msg"] and "trasig.msg" in bad[0].error
    assert report.failed == 1 and len(report.documents) == 2


def mailed(kind: str, tmp_path: Path, name: str, data: bytes) -> Path:
    """A message, as ``kind`` (eml or msg), sending one file."""
    if kind == "msg":
        return write(tmp_path, outlook_message("Protokoll", "Karin Holm", sent=SENT, body="Hej, se bilaga.",
                                               attachments=((name, data),)))
    m = message(text="Hej, se bilaga.", attachments=[(name, data)])
    return write(tmp_path, bytes(m), "m.eml")


@pytest.mark.parametrize("kind", ["eml", "msg"])
def test_word_notes_mailed_read_as_the_word_file_is(kind, tmp_path):
    """A text read from Word is laid out a paragraph a line, whatever file it came in: notes whose
    headings are headings only in such a text give the Word file's facts when mailed."""
    (word,) = FIXTURES.glob("unseen/*/kfr_ljungfors_2025-10-06.docx")
    p = mailed(kind, tmp_path, word.name, word.read_bytes())
    assert facts(p, tmp_path) == facts(word, tmp_path)


@pytest.mark.parametrize("kind", ["eml", "msg"])
def test_mailed_minutes_are_dated_by_the_attached_file_name_when_the_text_is_not(kind, tmp_path):
    p = mailed(kind, tmp_path, "Anteckningar Arbetsgrupp SIP 2025-03-12.txt",
               f"Anteckningar Arbetsgrupp SIP\n\n{ROSTER}\n\n{NOTES}".encode())
    assert facts(p, tmp_path)["date"] == "2025-03-12"


@pytest.mark.parametrize("kind", ["eml", "msg"])
def test_mailed_minutes_name_their_body_by_the_attached_file_name_when_the_text_does_not(kind, tmp_path):
    p = mailed(kind, tmp_path, "arbetsgrupp-sip_2025-03-12.txt", f"{ROSTER}\n\n{NOTES}".encode())
    got = facts(p, tmp_path)
    assert got["body"].casefold() == "arbetsgrupp sip" and got["date"] == "2025-03-12"
