"""A question named in one sentence and raised by its pronoun in the next: "Frågan om X kan inte lösas lokalt.
Den lyfts till Y." The body that met refers it to Y."""
from __future__ import annotations

from samverkan.loaders.rules import Example
from tests.loaders.test_rules import facts_of, read


def mandates(text: str) -> set[tuple]:
    return set(facts_of(read(Example(text=text, body="Lokal samverkansgrupp Åby", title="Palliativ vård")), "mandate"))


def test_pronoun_after_the_question():
    got = mandates("Frågan om palliativt team på kvällar kan inte lösas lokalt.\nDen lyfts till Styrgrupp Barnahus. "
                   "Elin tar med den till mötet den 28 mars.")
    assert ("mandate", "lokal samverkansgrupp åby", "styrgrupp barnahus", "refers") in got


def test_pronoun_after_no_question_is_no_referral():
    assert mandates("Rapporten är klar. Den lyfts till Styrgrupp Barnahus.") == set()
