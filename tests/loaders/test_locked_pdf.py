"""PDFs locked against editing, as meeting systems and "Spara som PDF" with restrictions write them:
encrypted (RC4, AES-128 or AES-256) with an owner password and an empty password to open them.
They open without asking and must read as the same PDF unlocked; a PDF that needs a password to
open is refused as such.

``fixtures/formats/locked`` holds ``formats/sn_granby_2025-11-20.pdf`` so locked (printing allowed,
changes not).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.graph.errors import ReadError
from samverkan.loaders.read import read_document

FORMATS = Path(__file__).parent / "fixtures" / "formats"
OPEN = FORMATS / "sn_granby_2025-11-20.pdf"


@pytest.mark.parametrize("name", ["sn_granby_2025-11-20_aes128.pdf", "sn_granby_2025-11-20_aes256.pdf"])
def test_a_pdf_locked_against_editing_reads_as_the_pdf_unlocked(name):
    locked = read_document(FORMATS / "locked" / name)
    assert locked.text == read_document(OPEN).text
    assert "Socialnämnden" in locked.text


def test_a_pdf_that_needs_a_password_to_open_is_refused_as_such():
    p = FORMATS / "locked" / "sn_granby_2025-11-20_password.pdf"
    with pytest.raises(ReadError) as exc:
        read_document(p)
    assert str(p) in str(exc.value) and "encrypted PDF" in str(exc.value)


def test_without_the_cryptography_package_a_locked_pdf_is_refused_naming_what_to_install():
    import subprocess
    import sys

    p = FORMATS / "locked" / "sn_granby_2025-11-20_aes256.pdf"
    # a process where the package is not installed: blocked before pypdf picks how it decrypts
    script = ("import sys; sys.modules['cryptography'] = None\n"
              "from pathlib import Path\nfrom samverkan.graph.errors import ReadError\n"
              "from samverkan.loaders.read import read_document\n"
              f"try:\n    read_document(Path({str(p)!r}))\nexcept ReadError as exc:\n    print(exc)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert str(p) in out.stdout and "cryptography" in out.stdout and out.stdout.count("\n") == 1
