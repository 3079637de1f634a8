"""Where a decided point ends and what it points back to.

"PSVO beslutar att fastställa planen; sekreteraren skickar ut kallelser …": the decision ends at the semicolon and
the clause after it is a task. "… att lyfta avvikelserna till X och att be gruppen ta upp …": two decided points.
"Anteckningarna från 2026-04-09 gicks igenom. Inga synpunkter, de lades till handlingarna.": what "de" were.
A task after a decision that names what the decision handed on is still read ("Uppgift: Skriva en sammanfattning
av avvikelserna till X")."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

PROTOCOL = """Protokoll PSVO 2026-10-01

Närvarande: Magdalena Persson, ordförande; Christer Lund; Therese Wikström, sekreterare

§ 22 Föregående anteckningar
Anteckningarna från 2026-04-09 gicks igenom. Inga synpunkter, de lades till handlingarna.

§ 23 Sammanträdesplan 2027
PSVO beslutar att fastställa sammanträdesplanen för 2027 enligt förslag; sekreteraren skickar ut kallelser till samtliga datum.

§ 24 Avvikelser
Beslut: Gruppen beslutar att lyfta avvikelserna till Samverkansgrupp äldre och att be gruppen ta upp frågan om läkemedelsinformation.
Uppgift: Skriva en kort sammanfattning av avvikelserna till Samverkansgrupp äldre
Ansvarig: Christer Lund
"""


def _read():
    parsed = parse_minutes(PROTOCOL, "protokoll.txt")
    return parsed, extract_relations(parsed)


def test_each_decided_point_as_written():
    parsed, _ = _read()
    got = [(d.item, d.text.rstrip(".")) for d in parsed.decisions]
    assert got == [("22", "lägga anteckningarna från 2026-04-09 till handlingarna"),
                   ("23", "fastställa sammanträdesplanen för 2027 enligt förslag"),
                   ("24", "lyfta avvikelserna till Samverkansgrupp äldre"),
                   ("24", "be gruppen ta upp frågan om läkemedelsinformation")]


def test_the_tasks_after_the_semicolon_and_under_the_decision():
    _, rel = _read()
    got = {(a.item, tuple(a.assignees), a.task) for a in rel.assignments}
    assert ("23", ("Therese Wikström",), "skicka ut kallelser till samtliga datum") in got
    assert ("24", ("Christer Lund",), "skriva en kort sammanfattning av avvikelserna till Samverkansgrupp äldre") in got
