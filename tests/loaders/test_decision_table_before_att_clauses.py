"""A Word table between the body's decision heading and the att-clauses it heads: the table shows what
is decided (a delegationsordning row by row), the clauses under it are the decisions."""
from samverkan.loaders.extract import parse_minutes

PROTOCOL = """Styrelsen för Samordningsförbundet Åby
Protokoll 2027-03-02

Närvarande
Eva Ek, ordförande
Per Lund, ledamot

§ 1 Delegationsordning
Förbundschefen har tagit fram ett förslag till ny delegationsordning.
Styrelsen beslutar
Ärende\tDelegat\tBegränsning
Beslut om förstudier\tBeredningsgruppen\tHögst 100 000 kr
Attest\tFörbundschefen\tInom budget
• att anta delegationsordningen enligt tabellen ovan,
• att beredningsgruppens beslut anmäls vid varje sammanträde.

§ 2 Nästa möte
Den 4 maj 2027.
"""


def test_att_clauses_under_a_table_are_decisions():
    pm = parse_minutes(PROTOCOL, "x.docx")
    texts = [d.text.rstrip(".") for d in pm.decisions if d.item == "1"]
    assert texts == ["anta delegationsordningen enligt tabellen ovan",
                     "beredningsgruppens beslut anmäls vid varje sammanträde"], pm.decisions


def test_table_rows_are_no_decisions():
    pm = parse_minutes(PROTOCOL, "x.docx")
    assert not any("Delegat" in d.text or "Attest" in d.text for d in pm.decisions)
