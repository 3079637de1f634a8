"""A ledningsgrupp hearing the report of a body below it whose name opens with its level ("Rapport från Taktisk
samverkansgrupp vuxna"): "samverkansgruppen" in the item is that body, even where another samverkansgrupp is
named later in the minutes; what it has set up told as reported ("X rapporterade att samverkansgruppen har
tillsatt en arbetsgrupp för …"); its recommendation told just over the decision that follows it ("Samverkansgruppen
rekommenderar LVO att fastställa rutinen." / "Beslut: LVO beslutade att fastställa rutinen."); and a proposal
handed on whose own name holds a "till" ("överlämna förslaget till gemensam finansiering av mobila team till PSR
för beslut"). Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

HEAD = """Ledningsgruppen för vård i Åby (LVO)
Minnesanteckningar 2027-02-04

Närvarande: Eva Ek, Åby kommun; Per Lund, Region Norrby

"""


def test_a_report_told_over_the_decision_is_the_recommendation_of_the_body_below(tmp_path: Path):
    f = load_text(tmp_path, "lvo.txt", HEAD + """1. Rapport från Taktisk samverkansgrupp vuxna
Eva Ek rapporterade om arbetet. Samverkansgruppen rekommenderar LVO att fastställa rutinen för hembesök.
Beslut: LVO beslutade att fastställa rutinen för hembesök.

2. Uppdrag
LVO ger Samverkansgrupp barn och unga i uppdrag att kartlägga väntetiderna.
""")
    assert ("Taktisk samverkansgrupp vuxna", "Ledningsgrupp för vård i Åby", "recommends") in f["mandates"]
    assert not any(m[0] == "Samverkansgrupp barn och unga" and m[2] == "recommends" for m in f["mandates"])
    assert "fastställa rutinen för hembesök." in f["decisions"]


def test_a_group_set_up_below_told_as_reported(tmp_path: Path):
    f = load_text(tmp_path, "lvo.txt", HEAD + """1. Rapport från Taktisk samverkansgrupp vuxna
Eva Ek rapporterade att samverkansgruppen har tillsatt en arbetsgrupp för korttidsplatser, som redovisas för LVO i maj.

2. Övrigt
Inget att anteckna.
""")
    assert ("Taktisk samverkansgrupp vuxna", "Arbetsgrupp för korttidsplatser", "delegates") in f["mandates"]


def test_a_proposal_named_with_till_handed_on_to_a_body_by_its_letters(tmp_path: Path):
    f = load_text(tmp_path, "lvo.txt", HEAD + """1. Politisk samverkan
LVO är tillsatt av Politiskt samverkansråd Norrby (PSR) och rapporterar till rådet.
Beslut: Att överlämna förslaget till gemensam finansiering av mobila team till PSR för beslut.
""")
    assert ("Ledningsgrupp för vård i Åby", "Politiskt samverkansråd Norrby", "refers") in f["mandates"]
