"""A Word närvarolista with a table of ersättare headed "Tjänstgör för", and a samverkansberedning's short hand.

Made-up places (Åby, Norrby); each test fails without the loader rule it names.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_read_formats import load_docx_text  # noqa: E402

ROSTER = """Region Norrby
PROTOKOLL
Primärvårdsnämnden
Sammanträdesdatum: 2028-02-09
Plats och tid: Regionhuset, Norrby, kl. 09.30–12.00
Närvarolista
Ledamöter\tParti\tUppdrag\tNärvarande
Eva Ek\tS\tOrdförande\tJa
Bo Lind\tM\tLedamot\tNej
Anna Berg\tC\tLedamot\tJa

Ersättare\tParti\tTjänstgör för
Per Ek\tS\tBo Lind
Sara Holm\tM\t–
Justerare: Anna Berg (C)
§ 1 Val av justerare
Primärvårdsnämnden beslutar att utse Anna Berg (C) att jämte ordföranden justera protokollet.
§ 2 Fastställande av föredragningslista
Föredragningslistan fastställs.
"""


def test_an_ersattare_table_headed_tjanstgor_for_reads_who_serves_and_who_sits_by(tmp_path):
    # the heading row "… | Tjänstgör för" is no wrapped stand-in cell, and "–" under it is no seat taken, not away
    att = {n: (s, r) for n, s, r in load_docx_text(tmp_path, "pvn.docx", ROSTER)["attendance"]}
    assert att["Per Ek"] == ("present", ("ersättare", "tjänstgörande ersättare"))
    assert att["Sara Holm"] == ("present", ("ersättare",))
    assert att["Bo Lind"][0] == "absent"
