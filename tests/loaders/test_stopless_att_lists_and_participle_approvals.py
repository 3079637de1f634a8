"""A Word protocol's list of att-clauses written without stops, one paragraph each, where the next paragraph
is running text again: "att utse Ida Ek till sammankallande för arbetsgruppen" / "Samtliga huvudmän ska namnge
sin representant …". A sentence opening with a quantifier over the huvudmän ("Samtliga", "Alla", "Varje") and
ending with its stop is no part of the clause above it. And a hurried note approves with a participle alone
under the item's title ("Förra anteckningarna" / "Godkända."), as "Godkändes." approves.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PROTOCOL = """Samverkansgrupp äldre – protokoll 2028-04-24

Närvarande: Eva Lund, Region Norrby (ordförande); Ida Ek, Åby kommun

§ 3 Information från RLG
RLG vill ha en handlingsplan för fallprevention.
Samverkansgruppen beslutar
att inrätta Arbetsgrupp fallprevention med en representant från varje huvudman
att utse Ida Ek till sammankallande för arbetsgruppen
Samtliga huvudmän ska namnge sin representant i arbetsgruppen till sekreteraren senast 2028-05-12.

§ 4 Nästa möte
Måndag 2028-06-12.
"""


def test_a_quantified_sentence_after_a_stopless_att_clause_is_running_text(tmp_path):
    decisions = load_text(tmp_path, "protokoll.txt", PROTOCOL)["decisions"]
    assert "utse Ida Ek till sammankallande för arbetsgruppen" in decisions
    assert not [d for d in decisions if "Samtliga" in d]


NOTES = """AG Norr - anteckningar 11/4 2028
Teams kl 13-14.30

Närv:
Hanna Sjö, BUP Region Norrby (sammank.)
Oskar Lind, elevhälsan Åby

1. Förra anteckningarna
Godkända.

2. Kontaktlistor
Alla kommuner skickar listor till HS senast 30/4.
"""


def test_a_participle_alone_under_the_title_approves_what_the_title_names(tmp_path):
    """A hurried note's "Godkända." under "Förra anteckningarna", as "Godkändes." is read."""
    assert load_text(tmp_path, "notes.txt", NOTES)["decisions"] == ["godkänna förra anteckningarna"]
