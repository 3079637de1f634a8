"""A local group's notes whose roster is told in running prose after a head count: "Vi var sex den här gången.
Från kommunen deltog A, title, B, title, och C. Från regionen kom D, …, som var med för sista gången. E deltog som
brukarrepresentant; … F, samordnare vid X, var inbjuden under punkt 3. G från Y var också inbjuden men hade
förhinder. Annika skrev anteckningarna." Each person is read with her status; the side named only by its kind
("kommunen", "regionen") gives no organisation, the invited who could not come is absent but no member, and the
first name of the one who wrote the notes makes her the secretary.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Lokal samverkansgrupp psykisk hälsa, Åby
Minnesanteckningar från träffen den 4 februari 2027
Åby vårdcentral

Vi var sex den här gången. Från kommunen deltog Lena Ekholt, enhetschef för socialpsykiatrin,
och Ture Vall, biståndshandläggare. Från regionen kom Mira Sundell, verksamhetschef på Åby
vårdcentral, och Olle Bergfors, överläkare, som var med för sista gången. Siv Aldén deltog
som brukarrepresentant; hon sitter i gruppen på uppdrag av brukarrådet. Jon Hallert, samordnare
vid Utvecklingsenheten, var inbjuden under punkt 2. Nora Fält från myndighetsavdelningen var
också inbjuden men hade förhinder. Lena skrev anteckningarna.

1. Inledning
Mira hälsade välkommen.

2. Uppföljning
Jon visade statistiken.
"""


def _att(tmp_path):
    f = load_text(tmp_path, "lsg_aby_2027-02-04.txt", NOTES)
    return f, {name: (status, roles) for name, status, roles in f["attendance"]}


def test_each_side_told_by_its_kind_gives_its_people_present(tmp_path):
    f, att = _att(tmp_path)
    for name in ("Lena Ekholt", "Ture Vall", "Mira Sundell", "Olle Bergfors"):
        assert att[name][0] == "present"
    # the side by its kind alone is no organisation of theirs
    assert not any(org in ("kommunen", "regionen") for _, org, _ in f["memberships"])
    assert ("Olle Bergfors", "Lokal samverkansgrupp psykisk hälsa, Åby", "member") in f["memberships"]


def test_one_taking_part_in_a_capacity_of_her_own_is_a_member(tmp_path):
    f, att = _att(tmp_path)
    assert att["Siv Aldén"][0] == "present"
    assert ("Siv Aldén", "Lokal samverkansgrupp psykisk hälsa, Åby", "member") in f["memberships"]


def test_one_invited_for_an_item_is_a_guest_and_one_invited_but_away_no_member(tmp_path):
    f, att = _att(tmp_path)
    assert att["Jon Hallert"][0] == "guest"
    assert att["Nora Fält"][0] == "absent"
    assert not any(p == "Nora Fält" and g.startswith("Lokal") for p, g, _ in f["memberships"])


def test_the_first_name_of_the_note_taker_makes_her_the_secretary(tmp_path):
    _, att = _att(tmp_path)
    assert "sekreterare" in att["Lena Ekholt"][1]
