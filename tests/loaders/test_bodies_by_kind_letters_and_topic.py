"""A body written as the letters of its kind and its topic: "SG seniorer" for "Samverkansgrupp seniorer", "AG
rehabilitering" for "Arbetsgrupp rehabilitering", "(SG Jour)" after "Styrgruppen för Jourverksamheten Ekvik"; and a bare
"AG" in the notes of an arbetsgrupp. Each is the body it stands for where the minutes (or the batch) name one body of
that kind and topic, and none where they name two ("Samverkansgrupp seniorer" and "Styrgrupp seniorer" for "SG
seniorer").
"""
from __future__ import annotations

from samverkan.loaders.resolve import group_name_parts
from samverkan.loaders.relations import kind_letters
from tests.loaders.test_read_formats import load_texts

SENIORS = """Samverkansgrupp seniorer – minnesanteckningar 2027-03-02
Plats: Kommunhuset Ekvik

Närvarande:
Britt Holmén, socialchef, Ekviks kommun (ordförande)
Olof Sandin, verksamhetschef, Region Norrmyra

1. Uppdrag om hemrehabilitering
Samverkansgruppen beslutade att ge Arbetsgrupp rehabilitering i uppdrag att kartlägga väntetiderna.
"""

REHAB = """AG rehabilitering – anteckningar 2027-03-20
Plats: Teams

Närvarande: Karin Dahlberg (sammankallande), Yusuf Demir, Lotta Enqvist

1. Kartläggningen
AG rapporterar till SG seniorer i juni om väntetiderna.
SG seniorer har gett AG och MAS-nätverket i uppdrag att ta fram en gemensam rutin för hemgång.
Beslut: AG utser Yusuf Demir att företräda gruppen i arbetet med MAS-nätverket.
Enligt Karin ställer RLG sig bakom kartläggningen och RLG särskilt tar upp frågan i maj.
"""

STEERING = """Styrgrupp seniorer – minnesanteckningar 2027-03-10
Plats: Regionhuset

Närvarande:
Anita Roos, hälso- och sjukvårdsdirektör, Region Norrmyra (ordförande)
Per Ekman, kommundirektör, Ekviks kommun

1. Ekonomi
Informationen lades till handlingarna.
"""

JOUR = """Styrgruppen för Jourverksamheten Ekvik (SG Jour)
Minnesanteckningar 2027-04-08, Kommunhuset Ekvik

Närvarande:
Greta Lindvall, socialchef, Ekviks kommun (ordförande)
Hugo Svensk, IFO-chef, Tallsjö kommun

§ 1 Kostnader 2028
Beslut: SG Jour beslutar att föreslå Kommunchefsgruppen i Ekviks län (KCG) att fastställa fördelningen.
SG Jour ger Arbetsgruppen för jourrutiner (AG Rutiner) i uppdrag att revidera rutinen. AG Rutiner återrapporterar till styrgruppen i juni.
Greta föredrar ärendet på KCG:s möte den 8 maj.
"""


def _mandates(data: dict) -> set[tuple[str, str, str]]:
    names = {o["id"]: o["name"].casefold() for o in data["organizations"]}
    return {(names.get(m["from_id"], m["from_id"]), names.get(m["to_id"], m["to_id"]), m["classification"])
            for m in data["mandates"]}


def _groups(data: dict) -> list[str]:
    return sorted(o["name"].casefold() for o in data["organizations"] if o["id"].startswith("group:"))


def test_kind_letters_are_the_initials_of_the_kind_word_and_what_goes_before_it():
    assert kind_letters("Samverkansgrupp seniorer") == ("SG", ["seniorer"])
    assert kind_letters("Lokal samverkansgrupp LARO Gråsjöby") == ("LSG", ["laro", "gråsjöby"])
    assert kind_letters("Arbetsgruppen för jourrutiner") == ("AG", ["jourrutiner"])
    assert kind_letters("Kommunchefsgruppen i Ekviks län") == ("KG", ["ekviks", "län"])
    assert kind_letters("MAS-nätverket") is None


def test_a_bracket_of_kind_letters_and_topic_after_a_body_is_its_short_name():
    assert group_name_parts("Styrgruppen för Jourverksamheten Ekvik (SG Jour)") == \
        ("Styrgruppen för Jourverksamheten Ekvik", "SG Jour")
    assert group_name_parts("Arbetsgruppen för jourrutiner (AG Rutiner)") == ("Arbetsgruppen för jourrutiner", "AG Rutiner")
    assert group_name_parts("Lokal samverkansgrupp LARO Gråsjöby (LSG LARO)") == \
        ("Lokal samverkansgrupp LARO Gråsjöby", "LSG LARO")
    # letters that are not the kind's: no short name of this body
    assert group_name_parts("Arbetsgruppen för jourrutiner (RS Ekvik)")[1] is None


def test_kind_letters_and_topic_name_the_one_body_of_the_batch_of_that_kind_and_topic(tmp_path):
    data = load_texts(tmp_path, {"sg_seniorer_2027-03-02.txt": SENIORS, "ag_rehab_2027-03-20.txt": REHAB})
    groups = _groups(data)
    assert "sg seniorer" not in groups and "ag" not in groups, groups
    # capitals before a small word that goes on the sentence name no body of that topic
    assert not any(g.startswith(("rlg ", "ag utser")) for g in groups), groups
    mandates = _mandates(data)
    assert ("arbetsgrupp rehabilitering", "samverkansgrupp seniorer", "reports_to") in mandates, mandates
    assert ("samverkansgrupp seniorer", "arbetsgrupp rehabilitering", "delegates") in mandates, mandates
    assert ("samverkansgrupp seniorer", "mas-nätverket", "delegates") in mandates, mandates


def test_kind_letters_are_no_body_named_in_full_where_two_bodies_of_the_batch_fit(tmp_path):
    data = load_texts(tmp_path, {"sg_seniorer_2027-03-02.txt": SENIORS, "ag_rehab_2027-03-20.txt": REHAB,
                                 "styrgrupp_seniorer_2027-03-10.txt": STEERING})
    mandates = _mandates(data)
    assert not any(m[0] in ("samverkansgrupp seniorer", "styrgrupp seniorer") and m[1] == "arbetsgrupp rehabilitering"
                   for m in mandates), mandates
    assert not any(m[1] in ("samverkansgrupp seniorer", "styrgrupp seniorer") and m[0] == "arbetsgrupp rehabilitering"
                   for m in mandates), mandates


def test_kind_letters_in_a_bracket_name_the_body_that_met_and_the_body_given_the_task(tmp_path):
    data = load_texts(tmp_path, {"sg_jour_2027-04-08.txt": JOUR})
    groups = _groups(data)
    assert "styrgrupp för jourverksamheten ekvik" in groups, groups
    assert not any(g.startswith(("sg jour", "ag rutiner")) or "(sg jour)" in g for g in groups), groups
    # "Kommunchefsgruppen i Ekviks län (KCG)": one body, its acronym read with the län that ends its name
    assert [g for g in groups if g.startswith(("kommunchefsgrupp", "kcg"))] == ["kommunchefsgrupp i ekviks län"], groups
    mandates = _mandates(data)
    assert ("styrgrupp för jourverksamheten ekvik", "kommunchefsgrupp i ekviks län", "recommends") in mandates, mandates
    assert ("styrgrupp för jourverksamheten ekvik", "arbetsgrupp för jourrutiner", "delegates") in mandates, mandates
    assert ("arbetsgrupp för jourrutiner", "styrgrupp för jourverksamheten ekvik", "reports_to") in mandates, mandates


MAILED = """From: Lisa Berg <lisa.berg@ekvik.se>
To: Omar Haddad <omar.haddad@regionnorrmyra.se>, Lotta Sund <lotta.sund@ekvik.se>
Subject: Anteckningar LSG Spel 3/11
Date: Thu, 05 Nov 2026 09:12:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hej,

här kommer anteckningarna från tisdagens möte i LSG Spel.

/Lisa

----------------------------------------

LOKAL SAMVERKANSGRUPP SPEL OM PENGAR EKVIK (LSG SPEL)
Minnesanteckningar

Datum: 2026-11-03
Plats: Kommunhuset Ekvik

Närvarande:
Omar Haddad, kurator, Region Norrmyra (ordf.)
Lotta Sund, socialsekreterare, Ekviks kommun
Lisa Berg, samordnare, Ekviks kommun (sekr.)

1. Uppdrag
Styrgruppen för beroende i Norrmyra har gett LSG Spel i uppdrag att kartlägga spelproblemen i kommunen.
LSG Spel rapporterar till styrgruppen i mars.
"""


def test_a_subject_naming_the_body_by_kind_letters_is_the_title_that_gives_them_in_brackets(tmp_path):
    data = load_texts(tmp_path, {"lsg_spel_2026-11-03.eml": MAILED})
    met = {e["organization_id"] for e in data["events"]}
    names = {o["id"]: o["name"].casefold() for o in data["organizations"]}
    assert [names[m] for m in met] == ["lokal samverkansgrupp spel om pengar ekvik"], [names[m] for m in met]
    assert not any(n.startswith("lsg") for n in names.values()), names
    mandates = _mandates(data)
    assert ("lokal samverkansgrupp spel om pengar ekvik", "styrgrupp för beroende i norrmyra", "reports_to") in mandates, mandates


COORDINATION = """Samordningsgruppen Vårdsamverkan Norra Ekvik
Minnesanteckningar 2028-05-19, Regionhuset

Närvarande:
Wilma Ek, processledare, Region Norrmyra (ordförande)
Karl Holm, socialchef, Ekviks kommun

1. Halvårsrapporter
Rapporterna från närvårdsgrupperna lades till handlingarna.
"""

LOCAL = """Lokal närvårdsgrupp Sjöby
Minnesanteckningar från mötet onsdagen den 7 juni 2028

Närvarande: Kent Åberg (ordförande), Fatima Osman

1. Återkoppling
Wilma återkopplade från samordningsgruppen i Vårdsamverkan Norra Ekvik, som tagit emot halvårsrapporten.
{second}
3. Hemgång före helger
Samordningsgruppen vill att närvårdsgruppen under hösten prövar en gemensam rutin och rapporterar erfarenheterna till samordningsgruppen i december.
"""


def test_a_bare_kind_is_the_one_body_of_that_kind_the_minutes_name_small_with_what_it_is_part_of(tmp_path):
    data = load_texts(tmp_path, {"samordningsgrupp_2028-05-19.txt": COORDINATION,
                                 "narvardsgrupp_sjoby_2028-06-07.txt": LOCAL.format(second="")})
    mandates = _mandates(data)
    assert ("lokal närvårdsgrupp sjöby", "samordningsgruppen vårdsamverkan norra ekvik", "reports_to") in mandates, mandates
    assert ("samordningsgruppen vårdsamverkan norra ekvik", "lokal närvårdsgrupp sjöby", "delegates") in mandates, mandates


def test_a_bare_kind_is_no_guess_where_the_minutes_name_two_bodies_of_that_kind(tmp_path):
    two = "2. Grannarna\nKarl berättade om samordningsgruppen i Vårdsamverkan Södra Ekvik.\n"
    data = load_texts(tmp_path, {"samordningsgrupp_2028-05-19.txt": COORDINATION,
                                 "narvardsgrupp_sjoby_2028-06-07.txt": LOCAL.format(second=two)})
    mandates = _mandates(data)
    assert not any(m[0] == "lokal närvårdsgrupp sjöby" and m[1].startswith("samordningsgrupp") for m in mandates), mandates
