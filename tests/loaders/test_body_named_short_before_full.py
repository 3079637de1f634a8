"""A body an item's title names by one word ("Uppdrag från Kommunchefsgruppen") before the text gives its full
name ("Kommunchefsgruppen i Norrviks län gav …", "Länsledningsgruppen för social välfärd (LLG) har …"): one body,
its full name kept with its "län".
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

NOTES = """Anteckningar – Länsgemensam ledningsgrupp för krisberedskap, Norrviks län
Datum: 2026-11-24, kl. 13.00–15.00, Länsstyrelsen, sal Ljungen

Närvarande:
Åsa Grönkvist-Berg, räddningschef, Tallby kommun (ordförande)
Olle Sjödin, beredskapssamordnare, Region Norrvik
Karin Ljungdahl, kommunchef, Ekeby kommun

1. Uppdrag från Kommunchefsgruppen
Kommunchefsgruppen i Norrviks län gav 2026-10-30 ledningsgruppen i uppdrag att utreda en gemensam
ledningscentral. Ledningsgruppen rapporterar till kommunchefsgruppen senast 2027-04-30.
Beslut: Ledningsgruppen tillsätter en arbetsgrupp för gemensam ledningscentral med Olle Sjödin som sammankallande.

2. Återkoppling till Länsledningsgruppen
Karin har skickat gruppens synpunkter till Länsledningsgruppen.
Länsledningsgruppen för social välfärd (LLG) har bett ledningsgruppen om en lägesbild till mars.
"""


def _groups(data: dict) -> list[str]:
    return sorted(o["name"].casefold() for o in data["organizations"] if o["id"].startswith("group:"))


def test_a_body_named_by_one_word_before_its_full_name_is_that_body(tmp_path):
    groups = _groups(load_texts(tmp_path, {"lg_krisberedskap_2026-11-24.txt": NOTES}))
    assert "kommunchefsgruppen" not in groups and "länsledningsgruppen" not in groups, groups
    assert any(g.startswith("kommunchefsgrupp") and g.endswith("norrviks län") for g in groups), groups
    assert any(g.startswith("länsledningsgrupp") and "social välfärd" in g for g in groups), groups


EARLIER = """Minnesanteckningar – Samverkansgrupp barn och unga, Ekby
2027-01-12, Teams

Närvarande: Petra Åhlin (ordförande), Filip Norberg, Ulla Bergman

1. Gemensam plan för tidiga insatser
En skrivgrupp bildas med Petra Åhlin, Ulla Bergman och Filip Norberg. Skrivgruppen redovisar i mars.
"""

LATER = """Minnesanteckningar – Samverkansgrupp psykisk hälsa vuxna, Ekby
2027-01-28, Kommunhuset Ekby

Närvarande: Ylva Brandin, Mirja Lahti-Ström, Lina Öhrwall

1. Samsjuklighet
Gruppen beslutade att tillsätta en skrivgrupp med Ylva Brandin och Mirja Lahti-Ström.
Skrivgruppen redovisar ett första utkast i maj.

Till nästa möte:
- Ylva: kalla skrivgruppen för samsjuklighet (v. 8)
"""


def test_a_body_named_by_one_word_is_the_fuller_one_of_its_own_minutes(tmp_path):
    """"Skrivgruppen" in minutes that name "skrivgruppen för samsjuklighet" is that body, not the "Skrivgruppen" of
    other minutes of the batch."""
    data = load_texts(tmp_path, {"sgbu_2027-01-12.txt": EARLIER, "sgpv_2027-01-28.txt": LATER})
    bare = [o for o in data["organizations"] if o["id"].startswith("group:") and o["name"].casefold() == "skrivgruppen"]
    assert len(bare) == 1 and len({s["source_id"] for s in bare[0]["sources"]}) == 1, bare


RLG = """Minnesanteckningar – Regional ledningsgrupp för vård och omsorg, Norrby
2031-05-22, Regionens hus, kl. 09.00–12.00

Närvarande: Göran Ljungqvist (ordförande), Sara Melin-Åkesson, Hanna Dahlberg

1. Trygg hemgång
Regionalt politiskt samråd för vård och omsorg gav den 25 april ledningsgruppen i uppdrag att ta fram
en gemensam modell för trygg hemgång.

2. Rapport till det politiska samrådet
Ledningsgruppen rapporterar till det politiska samrådet i juni.
Uppdrag: Göran Ljungqvist – redovisa arbetet vid samrådets möte – 2031-06-12.
"""


def test_the_definite_short_name_leaves_out_the_level_of_the_body_named(tmp_path):
    """"det politiska samrådet" after "Regionalt politiskt samråd för vård och omsorg": that body, its level left out."""
    groups = _groups(load_texts(tmp_path, {"rlg_2031-05-22.txt": RLG}))
    assert not any(g.startswith("politiska samråd") for g in groups), groups


LOCAL = """Minnesanteckningar – Lokal samverkansgrupp Ekby
2031-05-07, Vårdcentralen Ekby

Närvarande: Gustav Rydén, Malin Holm-Persson, Kerstin Åberg

1. SIP för vuxna
Gustav lämnar Ekbys underlag till arbetsgruppen samsjuklighet senast 14 maj.
"""


def test_a_working_group_named_by_its_field_written_small(tmp_path):
    """"arbetsgruppen samsjuklighet": the kind in its definite form and the field it works with, one body."""
    groups = _groups(load_texts(tmp_path, {"lokal_2031-05-07.txt": LOCAL}))
    assert any("samsjuklighet" in g for g in groups), groups
