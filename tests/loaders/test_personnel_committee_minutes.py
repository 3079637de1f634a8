"""Habits of a kommunstyrelse's personalutskott, a kind of body the loaders had not read, of a kommun with no
region file: a rule line drawn across the page between the §§ ("-------"), which ends the decision above it and is
no decision of its own; the official given a task by a title led by an acronym before the name ("HR-chef Annika
Vest får i uppdrag att …"); and the standing delegation told as the ground of an item ("Enligt kommunstyrelsens
delegationsordning punkt 4.2 beslutar personalutskottet om …"). Each read on a small minutes of its own, loaded
alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

HEAD = """EKBY KOMMUN
Kommunstyrelsens personalutskott
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum: 2026-02-10

Beslutande
Eva Strand (S), ordförande
Per Holm (M)

Övriga deltagare
Lisa Berg, HR-chef

"""

RULED = HEAD + """------------------------------------------------------------

§ 4  Information om arbetsmiljöarbetet

Lisa Berg informerar om skyddsronderna.

Personalutskottets beslut
Informationen antecknas.

------------------------------------------------------------

§ 5  Lönekartläggning 2025

Ärendet utgår.

------------------------------------------------------------
"""


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "pu.txt", text)


def test_a_rule_line_between_the_paragraphs_is_no_decision(tmp_path):
    got = _load(tmp_path, RULED)
    assert "Informationen antecknas." in got["decisions"]
    assert not [d for d in got["decisions"] if not any(c.isalpha() for c in d)], got["decisions"]


def test_a_title_led_by_an_acronym_before_the_name_gives_the_task_to_the_person(tmp_path):
    got = _load(tmp_path, HEAD + """§ 6  Uppföljning av sjukfrånvaro

Personalutskottets beslut
1. Redovisningen läggs till handlingarna.
2. HR-chef Lisa Berg får i uppdrag att ta fram en handlingsplan för minskad korttidsfrånvaro.
""")
    assert (("Lisa Berg",), "ta fram en handlingsplan för minskad korttidsfrånvaro") in got["assignments"]


def test_the_delegationsordning_the_item_rests_on_is_a_delegation_to_the_utskott(tmp_path):
    got = _load(tmp_path, HEAD + """§ 7  Anställning av förvaltningschef

Ärendebeskrivning
Enligt kommunstyrelsens delegationsordning punkt 4.2 beslutar personalutskottet om anställning av
förvaltningschefer efter samråd med kommundirektören.

Personalutskottets beslut
Ola Ek anställs som förvaltningschef för socialförvaltningen.
""")
    assert ("Kommunstyrelsen, Ekby kommun", "Kommunstyrelsens personalutskott, Ekby kommun", "delegates") in got["mandates"]


def test_a_fronted_adverbial_before_ska_leaves_the_task_to_the_subject_after_it(tmp_path):
    got = _load(tmp_path, HEAD + """§ 8  Nytt samverkansavtal

Lisa Berg informerar om att det centrala samverkansavtalet ska ersättas. Lokalt ska Centrala samverkansgruppen
(CSG) se över hur samverkan bedrivs i förvaltningarnas samverkansgrupper.

Personalutskottets beslut
Informationen antecknas.
""")
    assert any(who == ("Centrala samverkansgruppen",) and task.startswith("se över hur samverkan bedrivs")
               for who, task in got["assignments"]), got["assignments"]
