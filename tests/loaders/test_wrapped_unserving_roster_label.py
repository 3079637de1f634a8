"""A roster label wrapped in two with the first name after its second half ("Ej tjänstgörande" /
"ersättare:   Mikael Lövgren (S)"), as a protocol extract typed with spaces sets it; the officials' label after
it is its own.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

WRAPPED = """ÅBY KOMMUN
Demokratiutskottet
UTDRAG UR PROTOKOLL
Sammanträdesdag: 16 november 2026

Beslutande:        Malin Grön (S), ordförande
                   Oskar Hed (M)

Ej tjänstgörande
ersättare:         Mikael Lund (S)

Övriga deltagande: Helena Stål, demokratistrateg, § 57
                   Jonas Ek, nämndsekreterare

§ 57   Medborgardialog

Beslut
Demokratiutskottet beslutar att godkänna upplägget.
"""

def test_officials_after_a_wrapped_unserving_label_hold_no_seat(tmp_path):
    f = load_text(tmp_path, "utdrag.txt", WRAPPED)
    status = {name: (st, roles) for name, st, roles in f["attendance"]}
    assert "ersättare" in status["Mikael Lund"][1]
    assert "ersättare" not in status["Helena Stål"][1] and "ersättare" not in status["Jonas Ek"][1]
    assert not [m for m in f["memberships"] if m[0] in ("Helena Stål", "Jonas Ek") and m[2] == "member"]

