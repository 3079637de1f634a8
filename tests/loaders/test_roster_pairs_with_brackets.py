"""A roster line whose last two people are joined by "och", each with her details in a bracket ("…, Leia Roos
(kurator, Region Norrby) och Karin Holm (sammankallande)"): two people, each with her own role. Read as one entry
the second person was dropped from the attendance and her role given to the first.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Anteckningar från möte i Arbetsgruppen för skolnärvaro
Datum: 2026-11-12
Närvarande: Eva Berg (rektor, Åby kommun), {first} Roos (kurator, Region Norrby) och Karin Holm (sammankallande)

1. Mötets öppnande
Karin Holm öppnade mötet.

2. Läget
Eva Berg återkommer till gruppen med en lägesbild i december.
"""


def _roles(f: dict) -> dict[str, tuple[str, ...]]:
    return {name: roles for name, _status, roles in f["attendance"]}


def test_both_people_of_a_bracketed_pair_attend_with_their_own_roles(tmp_path):
    # (a given name the lexicon does not hold: the shape of the pair tells two people)
    roles = _roles(load_text(tmp_path, "ag.txt", NOTES.format(first="Leia")))
    assert set(roles) == {"Eva Berg", "Leia Roos", "Karin Holm"}
    assert "sammankallande" in roles["Karin Holm"] and "sammankallande" not in roles["Leia Roos"]


def test_given_names_of_the_population_at_large_start_a_person(tmp_path):
    from samverkan.loaders.names import is_given_name

    assert all(map(is_given_name, ("Ivan", "Mårten", "Sören", "Khadija", "Slobodan", "Einar")))
    # (names that are also common words open sentences, and stay out of the lexicon)
    assert not any(map(is_given_name, ("Inga", "Mina", "Liv", "Rita")))
    roles = _roles(load_text(tmp_path, "ag.txt", NOTES.format(first="Ivan")))
    assert set(roles) == {"Eva Berg", "Ivan Roos", "Karin Holm"}
