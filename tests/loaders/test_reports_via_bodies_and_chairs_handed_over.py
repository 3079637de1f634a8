"""Habits of the notes of less common kinds of body (a samverkansgrupp för ensamkommande, a länsgemensam
hjälpmedelsgrupp, a network of biståndshandläggare, a samverkansgrupp för tandvård), told about mandates and seats:
a report that passes "via" another body, "Gruppens uppdragsgivare är alltså …", a council or group named with the
place it serves, the chair handed over, a seat adjoined with "deltar som adjungerad från …", two who share the
convener's duty, a seat empty since its holder left, a paper handed on (no seat left), the members' own part
("Ledamöterna ska förankra …") after a decision; each read on a small minutes of its own, loaded alone into a fresh
store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "m.txt", text)


HEAD = """Samverkansgruppen för munhälsa i Tallmo
Minnesanteckningar 2025-11-28

Närvarande
Malin Åkerlund, Region Tallmo, ordförande
Gustav Lindell, Åbyns kommun, ledamot
Petra Olausson, Ekhults kommun, ledamot
Anna Rönnlund, Ösby kommun, ledamot

"""

BODY = "Samverkansgrupp för munhälsa i Tallmo"


def test_a_report_that_passes_through_another_body(tmp_path):
    """"Gruppen rapporterar via X till Y": the body reports to X, and X on to Y (not straight to Y)."""
    f = _load(tmp_path, HEAD + """1. Uppdrag
Gruppen rapporterar via Tandvårdsrådet i Tallmo till Länsstyrgruppen för vård och omsorg.
""")
    assert (BODY, "Tandvårdsrådet i Tallmo", "reports_to") in f["mandates"], f["mandates"]
    assert ("Tandvårdsrådet i Tallmo", "Länsstyrgrupp för vård och omsorg", "reports_to") in f["mandates"], f["mandates"]
    assert not any(m[0] == BODY and m[1].startswith("Länsstyrgrupp") for m in f["mandates"]), f["mandates"]


def test_the_giver_named_again_by_its_kind_after_an_adverb(tmp_path):
    """"Gruppen lyder under Beredningsgruppen för X. Gruppens uppdragsgivare är alltså beredningsgruppen": the body
    it is under commissions it."""
    f = _load(tmp_path, HEAD + """1. Mandat
Gruppen lyder under Beredningsgruppen för social välfärd i Tallmo. Gruppens uppdragsgivare är alltså beredningsgruppen, som fastställer verksamhetsplanen.
""")
    assert ("Beredningsgrupp för social välfärd i Tallmo", BODY, "delegates") in f["mandates"], f["mandates"]


def test_the_place_in_the_name_of_the_body_it_is_under(tmp_path):
    """"Nätverket lyder under Socialchefsgruppen i X": the place the body that met serves (its heading) is part of
    the other body's name, though no huvudman is named by it."""
    f = _load(tmp_path, """Nätverket för biståndshandläggare i Toftnäs
Minnesanteckningar 2025-12-03

Deltagare
Sara Lindkvist, Åbyns kommun
Mikael Åberg, Ekhults kommun

1. Uppdrag
Nätverket lyder under Socialchefsgruppen i Toftnäs och lämnar en årsrapport dit varje december.
""")
    assert ("Nätverket för biståndshandläggare i Toftnäs", "Socialchefsgrupp i Toftnäs", "reports_to") in f["mandates"], f["mandates"]


def test_the_chair_handed_over(tmp_path):
    """"A lämnar över ordförandeskapet till B": B takes the chair in A's place; a seat, no task."""
    f = _load(tmp_path, HEAD + """1. Ordförande 2026
Malin Åkerlund lämnar över ordförandeskapet till Gustav Lindell från och med den 1 januari 2026.
""")
    assert ("Gustav Lindell", BODY, "replace") in f["memberships"], f["memberships"]
    assert ("Malin Åkerlund", BODY, "leave") in f["memberships"], f["memberships"]
    assert not any("ordförandeskapet" in t for _, t in f["assignments"]), f["assignments"]


def test_a_seat_adjoined_told_with_deltar_som(tmp_path):
    """"X deltar som adjungerad från Y till och med juni": a seat joined in the body that met."""
    f = _load(tmp_path, HEAD + """1. Sammansättning
Gruppen utökas med en representant från Specialisttandvården. Jenny Kvistberg deltar som adjungerad från Specialisttandvården till och med juni 2026.
""")
    assert ("Jenny Kvistberg", BODY, "join") in f["memberships"], f["memberships"]


def test_two_share_the_conveners_duty_and_a_seat_empty_since_its_holder_left(tmp_path):
    """"Nätverket beslutade att A och B delar på uppdraget som sammankallande": a seat and a task each; "X:s andra plats
    i nätverket står vakant sedan C slutade": C left; "A lämnar därefter utkastet till …": a paper, no seat left."""
    f = _load(tmp_path, """Nätverket för biståndshandläggare i Toftnäs
Minnesanteckningar 2025-12-03

Deltagare
Sara Lindkvist, Åbyns kommun
Mikael Åberg, Ekhults kommun
Eva Brinkman, Ösby kommun

1. Sammankallande
Nätverket beslutade att Sara Lindkvist och Mikael Åberg delar på uppdraget som sammankallande från januari 2026.

2. Representation
Ösbys andra plats i nätverket står vakant sedan Hanna Strömgren slutade i oktober.

3. Riktlinje
Sara lämnar därefter utkastet till Socialchefsgruppen i Toftnäs i februari.
""")
    body = "Nätverket för biståndshandläggare i Toftnäs"
    ms = f["memberships"]
    assert ("Sara Lindkvist", body, "join") in ms, ms
    assert ("Mikael Åberg", body, "join") in ms, ms
    assert ("Hanna Strömgren", body, "leave") in ms, ms
    assert ("Sara Lindkvist", body, "leave") not in ms, ms
    assert any(set(a) == {"Sara Lindkvist", "Mikael Åberg"} and t.startswith("vara sammankallande")
               for a, t in f["assignments"]), f["assignments"]


def test_the_members_own_part_after_a_decision(tmp_path):
    """"Gruppen beslutar att anta rutinen. Ledamöterna ska förankra rutinen i sin organisation …": the second sentence
    is the members' task, no decision of the body."""
    f = _load(tmp_path, HEAD + """1. Rutin
Gruppen beslutar att anta den gemensamma rutinen för munhälsobedömning.
Ledamöterna ska förankra rutinen i sin organisation innan den börjar gälla den 1 mars 2026.
""")
    assert not any("förankra" in d for d in f["decisions"]), f["decisions"]
    assert any(a == (BODY,) and t.startswith("förankra rutinen i sin organisation") for a, t in f["assignments"]), f["assignments"]



def test_a_task_due_before_the_meeting_named_by_its_month():
    """"… före januarimötet", the next meeting set for 23 January: the task is due that day."""
    from samverkan.loaders.relations import extract_relations
    from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes
    r = extract_relations(ParsedMinutes(
        path="x.txt", layout="numbered", body=BODY, date="2025-12-05",
        attendance=[AttendanceEntry(name="Gustav Lindell", status="present", roles=["ledamot"])],
        items=[ParsedItem(number="1", title="Anvisningar", body="Gustav Lindell sammanställer synpunkterna före januarimötet."),
               ParsedItem(number="2", title="Nästa möte", body="Fredag 23 januari 2026 kl. 9.30, Teams.")]))
    (a,) = [a for a in r.assignments if a.task.startswith("sammanställa synpunkterna")]
    assert a.due_date == "2026-01-23", (a.due, a.due_date)
