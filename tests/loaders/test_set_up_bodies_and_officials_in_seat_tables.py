"""Three readings of a strategisk body's minutes:

- a body set up in the running text above the item's decision block ("Ledningsgruppen inrättar en arbetsgrupp för
  … . Beslut: Kommunerna utser var sin representant …") is decided too, not the case the block decides;
- a roster table whose function column writes "ledamot" row by row and a title in one row ("förbundschef"): that row
  is an official there, holding no seat;
- a body named first without its län by other minutes, then by its own minutes with it ("… i Sjömarks län"): the
  fuller name is a name of the same body.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text, load_texts

SET_UP = """Ledningsgruppen för vård och omsorg i Sjömark
Protokoll 2026-12-03

Ledamöter: Helena Forsman, Region Sjömark (ordförande); Maria Lind, Åby kommun; Petra Holm, Ekby kommun

1. Ny arbetsgrupp för läkarmedverkan
Ledningsgruppen inrättar en arbetsgrupp för läkarmedverkan i hemsjukvården med en representant per huvudman. Arbetsgruppen rapporterar till ledningsgruppen.
Beslut: Kommunerna utser var sin representant till arbetsgruppen senast den 15 januari 2027.

2. Rapport
Ledningsgruppen diskuterar läget. Beslut: Informationen läggs till handlingarna.
"""

SEAT_TABLE = """BEREDNINGSGRUPPEN, SAMORDNINGSFÖRBUNDET ÅBY
Anteckningar 2026-11-25

Närvarande
Namn                 Organisation                      Funktion
Sofia Dahlgren       Samordningsförbundet Åby          förbundschef
Per-Erik Lund        Försäkringskassan                 ledamot
Nadia Haddad         Arbetsförmedlingen                ledamot
Karl Nordin          Region Sjömark                    ledamot
Ulrika Ström         Åby kommun                        ledamot

§ 1 Föregående anteckningar
Lades till handlingarna.
"""


def test_a_body_set_up_above_the_decision_block_is_decided(tmp_path: Path) -> None:
    f = load_text(tmp_path, "lg_sjomark_2026-12-03.txt", SET_UP)
    assert any(d.startswith("inrätta en arbetsgrupp för läkarmedverkan") for d in f["decisions"]), f["decisions"]
    assert any(d.startswith("Kommunerna utser") for d in f["decisions"]), f["decisions"]
    # what is only discussed above a block stays the case it decides
    assert not any("diskuterar" in d for d in f["decisions"]), f["decisions"]


def test_the_row_that_gives_a_title_where_the_others_give_their_seat_holds_none(tmp_path: Path) -> None:
    f = load_text(tmp_path, "bg_aby_2026-11-25.txt", SEAT_TABLE)
    members = {p for p, _g, change in f["memberships"] if change == "member"}
    assert {"Per-Erik Lund", "Nadia Haddad", "Karl Nordin", "Ulrika Ström"} <= members, f["memberships"]
    assert "Sofia Dahlgren" not in members, f["memberships"]
    assert ("Sofia Dahlgren", "present") in {(a[0], a[1]) for a in f["attendance"]}, f["attendance"]


NAMED_FIRST = """Socialchefsnätverket i Sjömark
Minnesanteckningar 2026-11-20

Närvarande: Maria Lind, Åby kommun; Petra Holm, Ekby kommun

1. Nätverkets uppdrag
Nätverket arbetar på uppdrag av Länsgemensam ledningsgrupp för vård och omsorg (LLG) och rapporterar dit två gånger per år.
"""

OWN_MINUTES = """LÄNSGEMENSAM LEDNINGSGRUPP FÖR VÅRD OCH OMSORG I SJÖMARKS LÄN (LLG)
Protokoll 2026-12-03

Ledamöter: Helena Forsman, Region Sjömark (ordförande); Maria Lind, Åby kommun

1. Val av justerare
Maria Lind utses att justera protokollet.
"""


def test_the_fuller_name_of_a_body_named_first_without_its_lan_is_a_name_of_it(tmp_path: Path) -> None:
    data = load_texts(tmp_path, {"a_natverk_2026-11-20.txt": NAMED_FIRST, "b_llg_2026-12-03.txt": OWN_MINUTES})
    llg = [g for g in data["organizations"] if g["name"].startswith("Länsgemensam ledningsgrupp")]
    assert len(llg) == 1, [g["name"] for g in data["organizations"]]
    names = {n.casefold() for n in [llg[0]["name"], *llg[0]["other_names"]]}
    assert "länsgemensam ledningsgrupp för vård och omsorg i sjömarks län" in names, names
