"""Word minutes printed to PDF by LibreOffice: which originals are printed, and how the figures are summed."""
import shutil

import pytest

from bench.printed import f1, originals, printed


def test_every_word_minutes_with_gold_in_the_test_folders_is_printed_once_by_its_folder(tmp_path):
    found = originals(tmp_path)  # no corpus beside: the test folders' own
    files = [p for group in found.values() for p in group]
    assert len(files) == len(set(files)) >= 20
    assert all(p.with_suffix(".json").exists() and p.suffix in (".docx", ".odt") for p in files)
    assert all(folder == f"{p.parent.parent.name}/{p.parent.name}" for folder, group in found.items() for p in group)
    assert not any(p.parent.name == "formats" for p in files)  # the formats folder's copies are no originals


def test_micro_f1_sums_before_the_ratio():
    assert f1(0, 3, 4) == 0.0
    assert f1(9, 1, 0) == pytest.approx(18 / 19)


@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (soffice) to print a Word file")
def test_a_word_minutes_printed_by_libreoffice_is_a_pdf_with_its_text(tmp_path):
    from samverkan.loaders.read import read_document

    word = next(p for group in originals(tmp_path).values() for p in group if p.suffix == ".docx")
    pdf = printed(word, tmp_path / "out", tmp_path / "profile")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    first = next(x for x in read_document(word).text.split("\n") if x.strip())
    assert " ".join(first.split()[:2]) in " ".join(read_document(pdf).text.split())
