"""A local group's notes written in running prose: the paragraph opens with where the group met ("Vi träffades
kl. 13.15 i …") and then tells the roster a huvudman a sentence, each member's title after her name and the next one
after a comma ("Från Åby kommun deltog Eva Ek, verksamhetschef och gruppens sammankallande, Per Lind, MAS, och Ola
Ås, handläggare, som också förde anteckningarna. Region Norr representerades av …"), an apology "hade lämnat
återbud" and a guest for a point named by its subject ("Under punkten om läkemedel var apotekaren Siv Berg från
Läkemedelsenheten med oss"). Read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PROSE = """# Lokal samverkansgrupp äldre Åby

*Minnesanteckningar från mötet tisdagen den 4 maj 2027*

Vi träffades kl. 09.00–11.00 i sammanträdesrummet på Ekgården. Från Åby kommun deltog Eva Ek, verksamhetschef hemtjänsten och gruppens sammankallande, Per Lind, MAS, Moa Ström, enhetschef korttidsboendet, och Ola Ås, biståndshandläggare, som också förde anteckningarna. Region Norr representerades av Kim Berg, verksamhetschef Åby vårdcentral, och Lena Dahl, vårdenhetschef geriatriken. Lisa Holm från Öby vårdcentral hade lämnat återbud. Under punkten om läkemedel var apotekaren Siv Berg från Läkemedelsenheten i Region Norr med oss.

Eva hälsade välkommen. Anteckningarna från förra mötet godkändes.

## Läkemedel på korttidsboende

Siv Berg gick igenom vårens uppföljning. Andelen genomförda genomgångar har ökat.

## Trygg hemgång

Per Lind beskrev problemen med utskrivningar på fredagar.
"""


def test_each_member_of_a_roster_told_after_where_the_group_met_is_present(tmp_path):
    f = load_text(tmp_path, "lokal_samverkan_aldre_aby_2027-05-04.md", PROSE)
    att = {(name, status) for name, status, _ in f["attendance"]}
    assert {("Eva Ek", "present"), ("Per Lind", "present"), ("Moa Ström", "present"), ("Ola Ås", "present"),
            ("Kim Berg", "present"), ("Lena Dahl", "present")} <= att
    assert ("Lisa Holm", "absent") in att
    assert ("Siv Berg", "guest") in att


def test_the_seat_and_the_notes_told_in_the_roster_are_the_members_roles(tmp_path):
    f = load_text(tmp_path, "lokal_samverkan_aldre_aby_2027-05-04.md", PROSE)
    roles = {name: set(r) for name, _, r in f["attendance"]}
    assert "sammankallande" in roles["Eva Ek"]
    assert "sekreterare" in roles["Ola Ås"]
    assert "sekreterare" not in roles["Moa Ström"]


def test_the_members_told_in_prose_are_members_of_the_local_group(tmp_path):
    f = load_text(tmp_path, "lokal_samverkan_aldre_aby_2027-05-04.md", PROSE)
    members = {(p, g) for p, g, _ in f["memberships"]}
    for who in ("Eva Ek", "Per Lind", "Moa Ström", "Kim Berg", "Lena Dahl", "Lisa Holm"):
        assert (who, f["body"]) in members, who
    assert ("Siv Berg", f["body"]) not in members
