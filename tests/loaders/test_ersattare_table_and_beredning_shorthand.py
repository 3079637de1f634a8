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


SHORTHAND = """Politisk samverkansberedning Norrby (PSB)
Anteckningar från möte 2028-03-03, kl 09.00–11.30, Regionhuset Norrby

Närvarande
Eva Ek (S), Region Norrby – ordf
Bo Lind (M), Åby
Sara Holm (C), Ekby

Tjänstepersoner
Karin Berg, kommundirektör Åby, ordf i strategisk ledningsgrupp
Nils Sund, samordnare Region Norrby (anteckn.)

1. Inledning
Beslut 1: Dagordningen godkänns.

2. Gemensam mottagning
Åby och Ekby saknar egen mottagning.
Beslut 2: Frågan om finansiering av en gemensam mottagning lämnas till Strategisk ledningsgrupp Norrby för beredning. Återrapport till PSB 2028-06-16.

3. SIP-rutinen
Karin B: rutinen för samordnad individuell plan behöver revideras efter nya lagkrav.
Beslut 3: Taktisk styrgrupp nära vård Norrby får mandat att revidera SIP-rutinen.
"""


def test_a_beredning_shorthand_reads_the_referral_and_a_seat_elsewhere(tmp_path):
    from test_read_formats import load_text
    f = load_text(tmp_path, "psb.txt", SHORTHAND)
    slg = "Strategisk ledningsgrupp Norrby"
    # "Frågan om X lämnas till G för beredning": G prepares it, and "för beredning" is no part of G's name
    assert ((slg,), "bereda frågan om finansiering av en gemensam mottagning") in f["assignments"]
    assert ("Politisk samverkansberedning Norrby", slg, "refers") in f["mandates"]
    assert not [m for m in f["mandates"] if m[0].endswith("för beredning") or m[1].endswith("för beredning")]
    # "ordf i strategisk ledningsgrupp" among an official's details: her seat in that body
    assert ("Karin Berg", slg, "member") in f["memberships"]


def test_a_short_named_speaker_presents_the_item(tmp_path):
    from samverkan.loaders.extract import parse_minutes
    p = parse_minutes(SHORTHAND, "psb.txt")
    (item,) = [i for i in p.items if i.number == "3"]
    assert item.presenters == ["Karin Berg"]


def test_a_clause_saying_what_a_body_is_names_no_body_of_its_own():
    from samverkan.loaders.relations import find_groups
    text = ("Eva Ek har begärt entledigande från uppdraget som representant i Politisk samverkansberedning Norrby, "
            "som är det politiska samverkansorganet för Region Norrby och kommunerna i länet.")
    assert [g.name for g in find_groups(text)] == ["Politisk samverkansberedning Norrby"]


def test_the_report_back_after_a_referral_dates_the_task(tmp_path):
    # "… lämnas till G för beredning. Återrapport till PSB 2028-06-16.": the day G is to come back with it
    from test_read_formats import load_texts
    data = load_texts(tmp_path, {"psb.txt": SHORTHAND})
    (task,) = [a for a in data["assignments"] if a["task"].startswith("bereda frågan")]
    assert task.get("due_date") == "2028-06-16"
