"""An operativ network's notes that name the kommun's brottsförebyggande råd by its letters ("Lindvik BRÅ", "BRÅ:s
styrgrupp") and a newcomer with her huvudman and unit apart by commas before the verb.

Made-up notes; each test reads what main did not."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar – Nätverket mot våldsbejakande extremism i Lindvik
Datum: 2027-01-20
Plats: Lindviks kommunhus

Närvarande:
Åsa Brink, Lindviks kommun – ordförande
Hampus Lager, Polismyndigheten

1. Uppdraget
Nätverket arbetar på uppdrag av Lindvik BRÅ och rapporterar dit.

2. Rutin
Beslut: Rutinen skickas till BRÅ:s styrgrupp för fastställande.

3. Sammansättning
Maja Fors, Lindviks kommun, arbetsmarknadsenheten, ansluter till nätverket från mars 2027.
"""
BODY = "Nätverket mot våldsbejakande extremism i Lindvik"


def test_the_kommuns_bra_by_its_letters_is_a_body_with_mandates(tmp_path):
    """"arbetar på uppdrag av Lindvik BRÅ och rapporterar dit": the network's mandate from the kommun's BRÅ and its
    report to it; the rutin sent to "BRÅ:s styrgrupp" for adoption is referred to that body."""
    f = load_text(tmp_path, "natverk_vbe_lindvik_2027-01-20.txt", NOTES)
    assert ("Lindvik BRÅ", BODY, "delegates") in f["mandates"]
    assert (BODY, "Lindvik BRÅ", "reports_to") in f["mandates"]
    assert (BODY, "BRÅ:s styrgrupp", "refers") in f["mandates"]


def test_bare_letters_are_the_national_authoritys_too():
    """"Enligt BRÅ …" may be the national authority: no body of the kommun's; "BRÅ-samordnaren" is a title."""
    from samverkan.loaders.relations import find_groups

    assert find_groups("Enligt BRÅ har brotten minskat.") == []
    assert find_groups("BRÅ-samordnaren Eva Ek") == []
    assert [g.name for g in find_groups("Frågan tas upp i lokala BRÅ i mars.")] == ["lokala BRÅ"]


def test_newcomer_with_huvudman_and_unit_joins(tmp_path):
    """"Maja Fors, Lindviks kommun, arbetsmarknadsenheten, ansluter till nätverket": she joins the network."""
    f = load_text(tmp_path, "natverk_vbe_lindvik_2027-01-20.txt", NOTES)
    assert ("Maja Fors", BODY, "join") in f["memberships"]


def test_standing_mandate_after_a_decision_is_no_decision(tmp_path):
    """"Beslut: Rutinen skickas till BRÅ:s styrgrupp …" / "Nätverket arbetar på uppdrag av Lindvik BRÅ och rapporterar
    dit.": the line after the decision tells the network's standing mandate, read as mandates, decided by no one."""
    text = NOTES.replace("Beslut: Rutinen skickas till BRÅ:s styrgrupp för fastställande.\n",
                         "Beslut: Rutinen skickas till BRÅ:s styrgrupp för fastställande.\n"
                         "Nätverket arbetar på uppdrag av Lindvik BRÅ och rapporterar dit.\n").replace(
        "1. Uppdraget\nNätverket arbetar på uppdrag av Lindvik BRÅ och rapporterar dit.\n", "1. Uppdraget\nInget nytt.\n")
    f = load_text(tmp_path, "natverk_vbe_lindvik_2027-01-20.txt", text)
    assert not any("på uppdrag" in d for d in f["decisions"]), f["decisions"]
    assert any(d.startswith("Rutinen skickas") for d in f["decisions"])
    assert (BODY, "Lindvik BRÅ", "reports_to") in f["mandates"]
