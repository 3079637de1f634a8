"""Habits of two secretaries: notes kept per agenda point as numbered points under the point's number ("2.1",
"2.2", …), headed "Noteringar" and "Åtaganden", each point a whole sentence (a decision, a task) rather than
a sub-item's title; and a council's roster laid out with a "Närv." column of marks, the officials under an
"Övriga deltagande" heading below it without marks, as guests, not as absent members; and a förening's new
member who "efterträder" the one before.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _read(text: str, name: str):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _tasks(r) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(sorted(a.assignees)), a.task) for a in r.assignments]


NUMBERED_NOTES = """Beredningsgrupp för nära vård
Minnesanteckningar 2027-03-09
Deltagare
Anna Berg, strateg, Region Norrby (sammankallande)
Sven Ek, socialchef, Åby kommun
Petra Lund, MAS, Ekå kommun
1. Föregående anteckningar
Noteringar
1.1 Anteckningarna från förra mötet gicks igenom och lades till handlingarna.
2. Handlingsplan
Noteringar
2.1 Sven Ek redogjorde för utkastet. Synpunkter kom på avsnittet om hemsjukvård.
Åtaganden
2.2 Sven Ek arbetar in dagens synpunkter i utkastet till nästa möte.
3. Rehabilitering
Noteringar
3.1 Beredningsgruppen beslutade att tillsätta en arbetsgrupp för rehabilitering med Petra Lund som sammankallande.
3.2 Petra Lund kallar till arbetsgruppens första möte i april.
"""


def test_a_numbered_point_that_is_a_sentence_is_no_sub_item():
    """"1.1 Anteckningarna … lades till handlingarna.": a note of the point, not a sub-item titled by it."""
    p, _ = _read(NUMBERED_NOTES, "beredningsgrupp_2027-03-09.txt")
    assert [i.number for i in p.items] == ["1", "2", "3"], [(i.number, i.title) for i in p.items]


def test_decisions_under_noteringar_keep_neither_label_nor_number():
    """"Noteringar" / "3.1 Beredningsgruppen beslutade att …": the body decides, not "Noteringar 3.1 Beredningsgruppen"."""
    p, _ = _read(NUMBERED_NOTES, "beredningsgrupp_2027-03-09.txt")
    texts = {d.text: d.decided_by for d in p.decisions}
    assert any(t.startswith("tillsätta en arbetsgrupp för rehabilitering") for t in texts), texts
    assert not any(by and ("Noteringar" in by or "3.1" in by) for by in texts.values()), texts
    assert any("till handlingarna" in t for t in texts), texts


def test_a_numbered_point_opening_with_a_name_is_a_task():
    """"2.2 Sven Ek arbetar in dagens synpunkter …" under "Åtaganden": the number is the point's, Sven the doer."""
    _, r = _read(NUMBERED_NOTES, "beredningsgrupp_2027-03-09.txt")
    tasks = _tasks(r)
    assert any(who == ("Sven Ek",) and t.startswith("arbeta in dagens synpunkter") for who, t in tasks), tasks
    assert any(who == ("Petra Lund",) and t.startswith("kalla till arbetsgruppens första möte") for who, t in tasks), tasks


MARKED_ROSTER = """ÅBY KOMMUN                                        PROTOKOLL
Rådet för nationella minoriteter                  Sammanträdesdatum 2027-02-10

Ledamöter och ersättare
Namn                       Företräder                                   Närv.
Eva Lind (S), ordf.        Kommunstyrelsen                              X
Per Ek (M)                 Kommunstyrelsen                              X
Sara Holm                  Föreningen Ekbacken                          -

Övriga deltagande
Lisa Berg                  samordnare, sekreterare
Jonas Dahl                 utvecklare, kultur- och fritidsförvaltningen

§ 1  Val av justerare

Rådet beslutar
att utse Per Ek att jämte ordföranden justera protokollet.
"""


def test_officials_under_a_marked_roster_are_guests_not_absent():
    """"Övriga deltagande" alone a blank line under a roster with a "Närv." column: those below get no mark
    because they hold no seat; they took part."""
    p, _ = _read(MARKED_ROSTER, "rad_2027-02-10.txt")
    status = {a.name: a.status for a in p.attendance}
    assert status.get("Sara Holm") == "absent", status
    assert status.get("Eva Lind") == "present", status
    assert status.get("Lisa Berg") == "guest", status
    assert status.get("Jonas Dahl") == "guest", status


SUCCESSOR = """Rådet för nationella minoriteter, Åby kommun
Minnesanteckningar 2027-02-10

Närvarande: Eva Lind, ordförande; Ivar Lund; Per Ek

1. Rådets sammansättning
Föreningen Ekbacken har meddelat att Rita Holm efterträder Ivar Lund som föreningens ledamot i rådet från och med nästa sammanträde.
"""


def test_a_successor_who_efterträder_replaces():
    _, r = _read(SUCCESSOR, "rad_2027-02-10.txt")
    ms = {(m.person, m.change) for m in r.memberships}
    assert ("Rita Holm", "replace") in ms, r.memberships
    assert ("Ivar Lund", "leave") in ms, r.memberships


def test_a_kommuns_council_for_its_minorities_is_named_with_the_kommun():
    """"ÅBY KOMMUN" over "Rådet för nationella minoriteter": the kommun's own council, as its Integrationsråd is."""
    p, _ = _read(MARKED_ROSTER, "rad_2027-02-10.txt")
    from samverkan.loaders.extract import qualified_body
    assert qualified_body(p.body, p.letterhead, MARKED_ROSTER) == "Rådet för nationella minoriteter, Åby kommun"


def test_who_tells_in_a_numbered_point_presents():
    """"Noteringar" / "2.1 Sven Ek redogjorde för utkastet.": Sven presents item 2."""
    p, _ = _read(NUMBERED_NOTES, "beredningsgrupp_2027-03-09.txt")
    item = next(i for i in p.items if i.number == "2")
    assert "Sven Ek" in item.presenters, item.presenters
