"""Habits of protocols that elect and send on: a kommunstyrelse electing its representatives to several regional
bodies as a list, one line a body, "Till ledamot i G: A (S); ersättare B (M)."; a regionstyrelse's arbetsutskott
naming the region's representative "med B (S) som personlig ersättare" in the same sentence; a council's
recommendation told as going to "Region X och länets kommuner A, B, C och D" (each kommun by its name); the
distribution list "Beslutet skickas till: …" on one long line after numbered decisions; and signature lines
"Ordförande ______ Name" after the last paragraph. Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


KS = """ÅBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen
Sammanträdesdatum: 2026-11-30

Ledamöter: Eva Strand (S), ordförande; Per Holm (M); Lena Berg (S); Omar Said (C)

§ 120
Val av representanter i regionala samverkansorgan 2027–2030

Kommunstyrelsens beslut
Till ledamot i Politiskt samverkansråd Norrby: Eva Strand (S); ersättare Per Holm (M).
Till ledamot i Regionalt samverkansråd Norrby: Lena Berg (S); ersättare Omar Said (C).

Beslutet skickas till
Region Norrby
"""


def test_an_election_list_line_elects_the_member_and_the_substitute_of_its_body(tmp_path):
    f = load_text(tmp_path, "ks_aby_2026-11-30.txt", KS)
    for who, body in (("Eva Strand", "Politiskt samverkansråd Norrby"), ("Per Holm", "Politiskt samverkansråd Norrby"),
                      ("Lena Berg", "Regionalt samverkansråd Norrby"), ("Omar Said", "Regionalt samverkansråd Norrby")):
        assert (who, body, "join") in f["memberships"], who
    assert (("Per Holm",), "vara ersättare i Politiskt samverkansråd Norrby") in f["assignments"]


AU = """Region Norrby
PROTOKOLL
Regionstyrelsens arbetsutskott
2026-12-02

Beslutande: Karin Malm (S), ordförande; Bengt Sand (M); Ola Ring (C); Eva Thörn (S)

Paragrafer: 86–88

§ 86 Överenskommelse om samverkan kring personer med psykisk funktionsnedsättning
RS 2026/0933

Sammanfattning
Politiskt samverkansråd Norrby beslutade den 6 november 2026 att rekommendera Region Norrby och länets kommuner Ekby, Åsele, Tallvik och Norrsäter att anta en ny överenskommelse.

Beslut
1. Arbetsutskottet godkänner överenskommelsen för Region Norrbys del.
2. Överenskommelsen överlämnas till kommunerna i länet för beslut.

Beslutet skickas till: Ekby kommun, Åsele kommun, Tallviks kommun, Norrsäters kommun, Politiskt samverkansråd Norrby, Hälso- och sjukvårdsförvaltningen

§ 87 Representant i samverkansrådet
RS 2026/0941

Beslut
Ola Ring (C) utses till regionens representant i Politiskt samverkansråd Norrby under 2027, med Eva Thörn (S) som personlig ersättare.

§ 88 Justering
Beslut
Protokollet justeras av ordföranden och Bengt Sand senast den 7 december 2026.

Ordförande  Karin Malm
Justerare  Bengt Sand
"""


def test_a_recommendation_to_the_region_and_the_lans_kommuner_by_name_goes_to_each_kommun(tmp_path):
    f = load_text(tmp_path, "rs_au_norrby_2026-12-02.txt", AU)
    for to in ("Region Norrby", "Ekby kommun", "Tallviks kommun", "Norrsäters kommun"):
        assert ("Politiskt samverkansråd Norrby", to, "recommends") in f["mandates"], to


def test_the_substitute_named_with_the_appointment_sits_in_the_same_body(tmp_path):
    f = load_text(tmp_path, "rs_au_norrby_2026-12-02.txt", AU)
    assert ("Ola Ring", "Politiskt samverkansråd Norrby", "join") in f["memberships"]
    assert ("Eva Thörn", "Politiskt samverkansråd Norrby", "join") in f["memberships"]


def test_a_long_distribution_line_and_the_signature_lines_are_no_decisions(tmp_path):
    f = load_text(tmp_path, "rs_au_norrby_2026-12-02.txt", AU)
    assert not [d for d in f["decisions"] if "skickas till" in d or "Karin Malm" in d and "Justerare" in d]
    assert any("godkänner överenskommelsen" in d for d in f["decisions"])


NOTES = """Arbetsgrupp placerade barn
Anteckningar från möte 1 december 2026

Närvarande: Ingela Fahl, Region Norrby (sammankallande); Oskar Wende, Åby kommun

1. Föregående anteckningar
Vi gick igenom anteckningarna från 13 oktober. Inga synpunkter, anteckningarna lades till handlingarna.

2. Remissmall
Arbetsgruppen enades om att remissmallen ska användas av alla kommuner.
"""


def test_a_remark_before_the_subject_of_a_passive_approval_is_no_part_of_what_was_filed(tmp_path):
    f = load_text(tmp_path, "ag_placerade_barn_2026-12-01.txt", NOTES)
    assert not [d for d in f["decisions"] if "synpunkter" in d.casefold()]
    assert any("anteckningarna" in d.casefold() and "handlingarna" in d for d in f["decisions"])
