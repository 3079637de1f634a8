"""Doers and tasks as secretaries write them in the roster and the running text: one called in under a title
with its field before the name ("Adjungerad § 3: enhetschef hemtjänst Maria Rönn, Åby kommun") and named by
that title alone in the action list's Vem column; a task whose object is a pronoun for what someone asked for
just before ("Eva efterfrågade en sammanställning …; Per tar fram den"); a seat in a national network named
by its topic in lower case. Each is read on small minutes of their own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

STYRGRUPP = """# Styrgruppen för välfärdsteknik i Norrby

Minnesanteckningar 2030-06-04, kl. 13.00–15.30, Teams

Närvarande
Region Norrby: digitaliseringschef Anna Lindblad (ordförande), IT-strateg Kim Berglund
Åby kommun: förvaltningschef Kristoffer Hallén, MAS Sanna Pihlaja
Adjungerad § 3: enhetschef hemtjänst Maria Rönn, Åby kommun

## 1. Mötets öppnande

Anna Lindblad hälsar välkommen. Anteckningarna från förra mötet godkändes.

## 2. Digital nattillsyn

Maria Rönn berättar om införandet i hemtjänsten i Åby. Kim Berglund efterfrågade en sammanställning av
larmen per natt; Kristoffer Hallén tar fram den till nästa möte.

## 3. Åtgärdslista

| Vad | Vem | När |
|---|---|---|
| Sammanställa kostnader för nattillsyn per kommun | enhetschef hemtjänst | 2030-09-01 |
| Skriva underlag om läkemedelsautomater | KB | 2030-08-31 |
"""


def test_one_called_in_under_a_title_with_its_field_is_a_guest(tmp_path):
    f = load_text(tmp_path, "sg_valfardsteknik_2030-06-04.md", STYRGRUPP)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status.get("Maria Rönn") == "guest"


def test_a_vem_cell_naming_a_title_is_the_one_holding_it(tmp_path):
    f = load_text(tmp_path, "sg_valfardsteknik_2030-06-04.md", STYRGRUPP)
    assert (("Maria Rönn",), "sammanställa kostnader för nattillsyn per kommun") in f["assignments"]


def test_a_pronoun_object_is_the_thing_asked_for_just_before(tmp_path):
    f = load_text(tmp_path, "sg_valfardsteknik_2030-06-04.md", STYRGRUPP)
    tasks = [t for who, t in f["assignments"] if who == ("Kristoffer Hallén",)]
    assert any("sammanställning av larmen per natt" in t for t in tasks), tasks


RLG = """Regional ledningsgrupp för vård och omsorg i Norrby
Protokoll 2030-11-14

Närvarande ledamöter: hälso- och sjukvårdsdirektör Margareta Sandell, Region Norrby, ordförande; socialchef
Cecilia Hammar, Åby kommun; förvaltningschef Stefan Ljung, Öby kommun.

§ 54 Övriga frågor

Cecilia Hammar informerade om att socialchefsnätverket har utsett Stefan Ljung till kommunernas representant i
nationella nätverket för hemsjukvård från och med januari 2031.
"""


def test_a_seat_in_a_national_network_named_by_its_topic(tmp_path):
    f = load_text(tmp_path, "rlg_2030-11-14.txt", RLG)
    assert ("Stefan Ljung", "Nationella nätverket för hemsjukvård", "join") in f["memberships"]
    assert ("Stefan Ljung", "Regional ledningsgrupp för vård och omsorg i Norrby", "join") not in f["memberships"]
