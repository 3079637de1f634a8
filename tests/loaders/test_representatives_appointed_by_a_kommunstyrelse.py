"""A kommunstyrelse's protocol appointing its people: "utser kommundirektören Helena Strand att företräda kommunen i
Länsgemensam ledning för barn och unga" seats her there (a title in the definite before her name, a body named by
no kind of group), while "att företräda nämnden i dialogen med regionen" is an occasion, no seat; and a förbund
named at the end of an item's title is not run on into the name opening the next line."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PROTOCOL = """PROTOKOLL
Kommunstyrelsen, Norrby kommun
Sammanträdesdatum 2027-03-10

Beslutande
Maria Ek (S), ordförande
Johan Lund (M)
Karin Berg (C)
Per Holm (S)

§ 31 Val av ersättare i Samordningsförbundet Ekland
Karin Berg (C) har avsagt sig uppdraget som ersättare i förbundsstyrelsen.

Beslut
Kommunstyrelsen beviljar Karin Berg (C) entledigande från uppdraget.
Till ny ersättare i förbundsstyrelsen efter Karin Berg väljs Anders Nyman (C).

§ 32 Representation i Länsgemensam ledning för barn och unga
Kommunstyrelsen utser kommundirektören Helena Strand att företräda kommunen i Länsgemensam ledning för barn och unga.

§ 33 Dialog om sjukresor
Kommunstyrelsen utser Johan Lund att företräda kommunen i dialogen med Region Ekland.
"""


def test_a_representative_named_after_her_title_in_the_definite_takes_the_seat(tmp_path):
    found = load_text(tmp_path, "ks_norrby_2027-03-10.txt", PROTOCOL)
    assert ("Helena Strand", "Länsgemensam ledning för barn och unga", "join") in found["memberships"]
    assert (("Helena Strand",), "företräda kommunen i Länsgemensam ledning för barn och unga") in found["assignments"]


def test_representing_the_kommun_at_an_occasion_is_no_seat(tmp_path):
    found = load_text(tmp_path, "ks_norrby_2027-03-10.txt", PROTOCOL)
    assert not [m for m in found["memberships"] if "dialog" in m[1].casefold()]


def test_the_forbund_of_a_title_ends_with_the_title_line(tmp_path):
    found = load_text(tmp_path, "ks_norrby_2027-03-10.txt", PROTOCOL)
    assert ("Karin Berg", "Styrelsen, Samordningsförbundet Ekland", "leave") in found["memberships"]
    assert ("Anders Nyman", "Styrelsen, Samordningsförbundet Ekland", "replace") in found["memberships"]


def test_the_seats_a_body_is_to_fill_are_no_task_where_its_decision_fills_them(tmp_path):
    # "Nämnden ska utse en representant och en ersättare.": the case told before the decision that names whom, the
    # body the seats are in named in the sentence before
    text = PROTOCOL.replace(
        "Kommunstyrelsen utser kommundirektören Helena Strand",
        "Länsgemensam ledning för barn och unga är länets forum för samverkan. Kommunstyrelsen ska utse en "
        "representant.\nKommunstyrelsen utser kommundirektören Helena Strand")
    found = load_text(tmp_path, "ks_norrby_2027-03-10.txt", text)
    assert not [a for a in found["assignments"] if a[1].startswith("utse en representant")], found["assignments"]
    assert ("Helena Strand", "Länsgemensam ledning för barn och unga", "join") in found["memberships"]
