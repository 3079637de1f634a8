"""A decision told on its label's line and what follows it, a case sent back with its uppdrag, and the arrows
and shortened words of notes typed in a hurry.

"Beslut: Gruppen beslutar att X ges i uppdrag att …" ends with its sentence in a Word document: the paragraph after
it ("Respektive kommun ska inventera …") is the notes again, no second decision. "Ärendet återremitteras till LSVO med uppdrag att
komplettera underlaget" gives LSVO that task and sends the case back to it. In hurried notes "Ronneby utser
ersättare -> NT meddelar MF" is two steps, and "resp kommun" is "respektive kommun". A body's name ends before the
past passive after "och" ("… av Arbetsgrupp X och ställdes bakom av LSVO").
"""
from __future__ import annotations

from pathlib import Path

import docx

from samverkan.loaders.relations import find_groups
from tests.loaders.test_read_formats import facts, load_text

INLINE = """Samverkansgrupp Vuxna
Minnesanteckningar från möte 2028-06-14
Deltagare: Eva Ek, Region Norrby, ordförande; Per Lind, Åby kommun; Sara Holm, Ekby kommun

1. Handlingsplan
Eva Ek presenterade planen.
Beslut: Samverkansgruppen beslutar att Arbetsgrupp SIP ges i uppdrag att ta fram en rutin senast 2028-10-18.
Respektive kommun ska inventera utbildningarna och lämna underlaget till Eva Ek före 2028-09-01.

2. Nästa möte
2028-09-13.
"""


def test_the_paragraph_after_an_inline_beslutar_att_is_no_decision(tmp_path: Path):
    d = docx.Document()
    for line in INLINE.splitlines():
        d.add_paragraph(line)
    d.save(tmp_path / "sg_2028-06-14.docx")
    f = facts(tmp_path / "sg_2028-06-14.docx", tmp_path)
    assert f["decisions"] == ["Arbetsgrupp SIP ges i uppdrag att ta fram en rutin senast 2028-10-18."]


SENT_BACK = """PROTOKOLL
Politiskt samråd Norrby
Sammanträdesdatum 2028-06-08

Beslutande: Eva Ek (S), ordförande, Region Norrby; Per Lind (M), Åby kommun

§ 5 Gemensam finansiering
Föredragande: Eva Ek
Underlaget saknar en fördelningsnyckel.

Beslut
Ärendet återremitteras till Regional ledningsgrupp med uppdrag att komplettera underlaget med en fördelningsnyckel.
"""


def test_a_case_sent_back_with_its_uppdrag(tmp_path: Path):
    f = load_text(tmp_path, "ps_2028-06-08.txt", SENT_BACK)
    assert any(who == ("Regional ledningsgrupp",) and task.startswith("komplettera underlaget med en fördelningsnyckel")
               for who, task in f["assignments"])
    assert ("Politiskt samråd Norrby", "Regional ledningsgrupp", "refers") in f["mandates"]


HURRIED = """AG hemgång Norrby -- anteckningar 2028-07-04
Teams 9-11

Närv: EE (Eva Ek, Region Norrby, sammank.), PL (Per Lind, Åby kn), SH (Sara Holm, Ekby kn)

1. Gruppen
   - SH slutar i augusti. Ekby utser ersättare -> SH meddelar EE.

2. Rutin
   - -> resp kommun tar fram kontaktväg till socialjouren, skickar till PL senast 25/8.
"""


def test_an_arrow_between_two_steps_and_resp_for_respektive(tmp_path: Path):
    f = load_text(tmp_path, "ag_2028-07-04.txt", HURRIED)
    tasks = {who: task for who, task in f["assignments"]}
    assert tasks.get(("Ekby kommun",)) == "utse ersättare"
    assert any("Åby kommun" in who and "Ekby kommun" in who and task.startswith("ta fram kontaktväg")
               for who, task in f["assignments"])


def test_a_past_passive_after_och_ends_the_name():
    names = [g.name for g in find_groups("Förslaget har beretts av Arbetsgrupp suicidprevention och ställdes bakom "
                                         "av LSVO den 19 maj.")]
    assert "Arbetsgrupp suicidprevention" in names
