"""The kommuner's heads of health care meeting as one body of a län, their notes mailed under a boxed title
("Kommunala hälso- och sjukvårdsledningen i X län (HSL-chefer)") and the body called by the acronym of its name
in the text ("HSL-chefsgruppen"); and a seat filled after someone "för resterande del av mandatperioden".
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

HSL = """=====================================================================
Kommunala hälso- och sjukvårdsledningen i Åby län (HSL-chefer)
Träff 1 december 2026 kl. 09.30–12.00, Teams
=====================================================================

Deltog:
- Birgitta Sand, Öby (ordf.)
- Göran Wik, Åby
- Lena Mark, Ekeby

1. Läkarmedverkan
Länsstyrgruppen för vård och omsorg har gett HSL-chefsgruppen i uppdrag att ta fram kommunernas
gemensamma krav inför omförhandlingen och återrapportera till länsstyrgruppen i mars.
-> Göran skriver ett första utkast. Klart 2027-01-20.
"""

SEAT = """ÅBY KOMMUN
Demokratiutskottet
UTDRAG UR PROTOKOLL
Sammanträdesdag: 16 november 2026

Beslutande:        Malin Grön (S), ordförande
                   Oskar Hed (M)
                   Fatima Jaber (V)

§ 58   Utskottets representanter i Åby ungdomsråd

Beslut
Demokratiutskottet beslutar
1. att utse Oskar Hed (M) till representant i Åby ungdomsråd efter Stina Vall (L) för resterande
   del av mandatperioden.
"""


def test_the_kommuners_hsl_under_a_boxed_title_is_the_body_that_met(tmp_path):
    f = load_text(tmp_path, "hsl.eml.txt", HSL)
    assert f["body"] == "Kommunala hälso- och sjukvårdsledningen i Åby län"
    assert ("Lena Mark", "Kommunala hälso- och sjukvårdsledningen i Åby län", "member") in f["memberships"]


def test_the_group_named_by_the_acronym_of_its_name_is_the_body_that_met(tmp_path):
    """"HSL-chefsgruppen": the letters of "hälso- och sjukvårdsledningen", so the uppdrag is the body's own."""
    f = load_text(tmp_path, "hsl.eml.txt", HSL)
    body = "Kommunala hälso- och sjukvårdsledningen i Åby län"
    assert ("Länsstyrgrupp för vård och omsorg", body, "delegates") in f["mandates"]
    assert any(who == (body,) for who, _ in f["assignments"])


def test_a_seat_for_the_rest_of_the_term_is_in_the_body_named_before(tmp_path):
    f = load_text(tmp_path, "utdrag.txt", SEAT)
    assert ("Oskar Hed", "Åby ungdomsråd", "replace") in f["memberships"]
    assert ("Stina Vall", "Åby ungdomsråd", "leave") in f["memberships"]
