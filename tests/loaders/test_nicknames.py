"""Colleagues write each other's short given names in notes ("Micke", "Lasse"): the short form is the one person
of the document whose given name it stands for, not a person of its own; where no one or two people fit, or
someone is called by the short form in full, it is left as it is."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Anteckningar från möte i lokala gruppen för trygghet i Norrby 2026-11-18

Närvarande:
- Mikael Sundh, fältsekreterare, socialförvaltningen
- Eva Holm, rektor, Norrbyskolan
- {lars}, polis

Förhinder: Per Ek (Micke tar fritidsfrågor idag)

1. Läget
Micke: fältarna har mött samma gäng vid busstorget tisdagar efter 20.
Lasse tar med sig frågan om kameror till polisens ledning.
"""


def test_short_given_name_is_the_one_person_it_stands_for(tmp_path):
    f = load_text(tmp_path, "trygghet_2026-11-18.txt", NOTES.format(lars="Lars Berg"))
    assert f["persons"] == ["Eva Holm", "Lars Berg", "Mikael Sundh", "Per Ek"]
    assert f["assignments"] == [(("Lars Berg",), "ta med sig frågan om kameror till polisens ledning")]


def test_short_given_name_fitting_two_people_stays_unresolved(tmp_path):
    f = load_text(tmp_path, "trygghet_2026-11-18.txt", NOTES.format(lars="Lars Berg\n- Lars Nyqvist, kommunpolis"))
    assert "Lars Berg" in f["persons"] and "Lars Nyqvist" in f["persons"]
    assert all(a[0] not in (("Lars Berg",), ("Lars Nyqvist",)) for a in f["assignments"])


def test_someone_called_by_the_short_form_in_full_is_that_person(tmp_path):
    f = load_text(tmp_path, "trygghet_2026-11-18.txt", NOTES.format(lars="Lars Berg\n- Lasse Åkerman, fritidsledare"))
    assert f["assignments"] == [(("Lasse Åkerman",), "ta med sig frågan om kameror till polisens ledning")]
