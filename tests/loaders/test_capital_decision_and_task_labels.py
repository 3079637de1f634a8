"""Minutes typed with their labels in capitals, as the headings are: a "BESLUT:" block of att-clauses, then an
"UPPDRAG:" line whose fields follow on it ("Ansvarig: … Tidpunkt: …"). The task ends the decision and is a
task of the one responsible."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """LEDNINGSGRUPPEN FÖR VÅRD OCH OMSORG I ÅBY
MINNESANTECKNINGAR

DATUM: 2027-10-15, kl. 09.00–12.00
PLATS: Stadshuset, Åby

NÄRVARANDE LEDAMÖTER
Eva Ek, socialchef, Åby kommun, ordförande
Per Lind, förvaltningschef, Region Västmo

1. MÖTETS ÖPPNANDE
BESLUT:
att fastställa dagordningen

2. LÄGESRAPPORT NÄRA VÅRD
Per Lind redovisade läget i omställningen.
BESLUT:
att lägga lägesrapporten till handlingarna
UPPDRAG: Ta fram en gemensam uppföljningsmodell för de mobila teamen. Ansvarig: Per Lind. Tidpunkt: 2027-12-10.

Antecknat av
Eva Ek
"""


def test_the_task_line_ends_the_decision_and_is_a_task_of_the_one_responsible(tmp_path):
    got = load_text(tmp_path, "ledningsgrupp.txt", NOTES)
    assert "lägga lägesrapporten till handlingarna" in got["decisions"]
    assert not [d for d in got["decisions"] if "UPPDRAG" in d]
    assert (("Per Lind",), "ta fram en gemensam uppföljningsmodell för de mobila teamen") in got["assignments"]
