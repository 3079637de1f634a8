"""A council named by its place right after it ("Kompetensrådet Vindhammar"), a body serving two places joined by a
dash in the title of mailed notes the subject names by its definite kind ("Anteckningar referensgruppen demensvård"
over "Referensgrupp demensvård Åby–Ösby"), and a regionstyrelse's utskott for a field, which is the region's."""
from __future__ import annotations

from samverkan.loaders.extract import qualified_body
from samverkan.loaders.relations import GroupVocabulary, find_groups
from tests.loaders.test_read_formats import load_text

UTDRAG = """Region Hallonby\tPROTOKOLLSUTDRAG
Organ\tRegionstyrelsens utskott för regional utveckling
Sammanträdesdatum\t2027-02-09

§ 12\tMandat till Kompetensrådet Hallonby
Kompetensrådet Hallonby är den regionala samverkansarenan för kompetensförsörjning där Region Hallonby och länets
kommuner samordnar sitt arbete.

Utskottets beslut
Regionstyrelsens utskott för regional utveckling beslutar
att ge Kompetensrådet Hallonby mandat att förhandla med länets kommuner om en gemensam ansökan.
"""

MAIL = """From: Eva Lindqvist <eva.lindqvist@aby.se>
To: Referensgrupp demensvård <demens@aby.se>
Subject: Anteckningar referensgruppen demensvård 4/3
Date: Thu, 4 Mar 2027 15:10:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej!

Tack för ett bra möte i dag, här är mina anteckningar.

Referensgrupp demensvård Åby–Ösby
Möte 2027-03-04 kl. 09.00–10.30, Microsoft Teams

Deltagare
Lindqvist Eva (Åby kommun)
Nyholm Per (Ösby kommun)
Sandberg Kim (Region Norrby)
Lund Åkesson Maria (Region Norrby)

1. Dagverksamhet
Per berättade om dagverksamheten i Ösby.

Hälsningar
Eva Lindqvist
Åby kommun
"""


def test_a_council_named_by_its_place_after_it(tmp_path):
    """"ge Kompetensrådet Hallonby mandat": the council of Hallonby, its place part of its name."""
    f = load_text(tmp_path, "utdrag.txt", UTDRAG)
    assert any(to == "Kompetensrådet Hallonby" for _, to, kind in f["mandates"] if kind == "delegates"), f["mandates"]
    known = GroupVocabulary(regions=("Hallonby", "Åby"))
    assert [g.name for g in find_groups("att ge Vuxenutbildningsrådet Hallonby mandat att förhandla", known)] == [
        "Vuxenutbildningsrådet Hallonby"]
    assert [g.name for g in find_groups("Vuxenutbildningsrådet Anna berättade", known)] == ["Vuxenutbildningsrådet"]


def test_an_utskott_of_the_regionstyrelse_for_a_field_is_the_regions():
    assert qualified_body("Regionstyrelsens utskott för regional utveckling", "Region Norrby", "") == \
        "Regionstyrelsens utskott för regional utveckling, Region Norrby"


def test_the_title_names_in_full_the_body_the_subject_names_by_its_definite_kind(tmp_path):
    """"Anteckningar referensgruppen demensvård 4/3" over "Referensgrupp demensvård Åby–Ösby": the two places the
    body serves are part of its name."""
    f = load_text(tmp_path, "rg.eml", MAIL)
    assert f["body"] == "Referensgrupp demensvård Åby–Ösby"


def test_a_double_surname_before_the_given_name_in_a_surname_first_list(tmp_path):
    """"Lund Åkesson Maria (Region Norrby)" among "Lindqvist Eva (Åby kommun)" rows: Maria Lund Åkesson."""
    f = load_text(tmp_path, "rg.eml", MAIL)
    assert "Maria Lund Åkesson" in [name for name, _, _ in f["attendance"]], f["attendance"]


PLACES = GroupVocabulary(regions=("Åby", "Öby", "Rydsäter"))


def test_two_places_joined_by_a_dash_end_a_name():
    """"föreslå styrgruppen för vård och omsorg Åby–Öby en utbildningsdag": the places it serves end the name."""
    assert [g.name for g in find_groups("att föreslå styrgruppen för vård och omsorg Åby–Öby en gemensam "
                                        "utbildningsdag", PLACES)] == ["styrgruppen för vård och omsorg Åby–Öby"]


def test_the_rest_of_a_term_is_no_part_of_the_name():
    assert [g.name for g in find_groups("utse Eva Ek till ny ledamot i samverkansgruppen för återstående del av "
                                        "mandatperioden", PLACES)] == ["samverkansgruppen"]
