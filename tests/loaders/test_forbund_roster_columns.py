"""A samordningsförbund's roster "Namn | Uppdrag | Part | Närvaro": each member's seat and the party she sits
for; the förbund's official, whose Uppdrag cell holds a job title, has no seat."""
from samverkan.loaders.extract import _table_columns, parse_minutes

TEXT = """Styrelsen, Samordningsförbundet Norrå
Protokoll 2027-03-04

Närvaro
Namn\tUppdrag\tPart\tNärvaro
Eva Lind (S)\tOrdförande\tRegion Norrå\tNärvarande
Per Holm (M)\tLedamot\tÅby kommun\tFrånvarande
Ann Berg\tLedamot\tFörsäkringskassan\tNärvarande
Kim Dahl\tFörbundschef\tKansliet\tNärvarande

§ 1 Sammanträdets öppnande
Ordföranden öppnar sammanträdet.
"""


def test_part_and_uppdrag_are_roster_columns():
    assert [k for _, k, _ in _table_columns([(0, "Namn"), (1, "Uppdrag"), (2, "Part"), (3, "Närvaro")])] == [
        "name", "title", "org", "mark"]


def test_members_and_the_official():
    att = {a.name: a for a in parse_minutes(TEXT, "x.txt").attendance}
    assert att["Eva Lind"].status == "present" and "ordförande" in att["Eva Lind"].roles
    assert att["Per Holm"].status == "absent" and "ledamot" in att["Per Holm"].roles
    assert (att["Ann Berg"].organisation, att["Ann Berg"].roles) == ("Försäkringskassan", ["ledamot"])
    assert "ledamot" not in att["Kim Dahl"].roles


def test_the_official_takes_no_huvudman_from_the_row_above():
    att = {a.name: a for a in parse_minutes(TEXT, "x.txt").attendance}
    assert att["Kim Dahl"].organisation is None
    assert att["Kim Dahl"].status == "guest"
