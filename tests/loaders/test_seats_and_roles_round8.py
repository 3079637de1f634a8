"""Seats and roles as the eighth round's minutes tell them: the sub-headings under "Övriga närvarande",
a change of membership told twice in one item, a body named in its definite and indefinite forms, a
roster's "Roll" column and the role-holders the text names by their role; each read on a small minutes
of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts


def _load(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return facts(path, tmp_path)


OTHERS_SUBHEADED = """NORRVIKS KOMMUN PROTOKOLL
Socialnämnden Sammanträdesdatum
2025-11-25
Plats och tid Kommunhuset i Norrvik, kl. 13.00–15.00
Beslutande Eva Lind (S), ordförande
Per Berg (M), vice ordförande
Anna Ek (V)
Övriga närvarande Ersättare
Tomas Holm (S)
Gunnel Rask (KD)
Tjänstepersoner
Maria Sjö, förvaltningschef
Utses att justera Anna Ek (V)

§ 1  Val av justerare
Anna Ek (V) utses att justera protokollet.
"""


def test_others_present_under_the_sub_heading_ersattare_are_ersattare(tmp_path):
    """"Övriga närvarande Ersättare" (the heading cell and its first sub-heading on one line, as a PDF gives
    them) / names / "Tjänstepersoner" / names: those under "Ersättare" are the body's ersättare, not its
    ledamöter; the officials under "Tjänstepersoner" hold no seat."""
    f = _load(tmp_path, "sn.txt", OTHERS_SUBHEADED)
    att = {a[0]: a for a in f["attendance"]}
    assert att["Tomas Holm"][2] == ("ersättare",)
    assert att["Gunnel Rask"][2] == ("ersättare",)
    assert att["Maria Sjö"][1] == "guest" and "ledamot" not in att["Maria Sjö"][2]
    assert "ledamot" in att["Anna Ek"][2]
