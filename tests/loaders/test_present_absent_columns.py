"""A roster of two columns, those present beside those absent ("Närvarande | Frånvarande"), as a word
processor prints it to PDF: each row a present member beside an absent one, read by its columns."""
from __future__ import annotations

from pathlib import Path

from samverkan.loaders.read import read_document
from tests.loaders.test_read_formats import facts

PDF = Path(__file__).parent / "fixtures" / "formats" / "sg_vuxna_vastmo_2025-10-14.pdf"


def test_present_and_absent_columns_keep_their_rows_apart():
    rows = [" ".join(x.split()) for x in read_document(PDF).text.split("\n")]
    assert "Närvarande Frånvarande" in rows
    assert "Ronja Bäck, Lindby kommun" in rows
    assert "Gerd Holmström Vik, Region Västmo (ordförande) Sixten Ahlberg, Norrlida kommun" in rows  # beside an absent one


def test_present_and_absent_columns_give_each_member_their_status(tmp_path):
    status = {name: st for name, st, _ in facts(PDF, tmp_path)["attendance"]}
    assert status["Gerd Holmström Vik"] == "present"
    assert status["Sixten Ahlberg"] == "absent"
    assert status["Ronja Bäck"] == "present" and status["Leif Ohlsson"] == "present"
