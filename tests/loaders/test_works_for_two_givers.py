"""A group working for two bodies and reporting to both: "Processteamet för … (XYZ) arbetar på uppdrag av A och B
och rapporterar till båda grupperna"."""
from __future__ import annotations

from samverkan.loaders.rules import Example

from tests.loaders.test_rules import facts_of, read


def mandates(text: str, body: str) -> set[tuple]:
    return set(facts_of(read(Example(text=text, body=body)), "mandate"))


def test_both_givers_delegate_and_are_reported_to():
    got = mandates("Processteamet för samordnad vårdplanering (SVP) arbetar på uppdrag av Samverkansgrupp äldre och "
                   "Styrgrupp Barnahus och rapporterar till båda grupperna.", "Processteam SVP")
    assert {("mandate", "samverkansgrupp äldre", "processteam svp", "delegates"),
            ("mandate", "styrgrupp barnahus", "processteam svp", "delegates"),
            ("mandate", "processteam svp", "samverkansgrupp äldre", "reports_to"),
            ("mandate", "processteam svp", "styrgrupp barnahus", "reports_to")} <= got


def test_subject_named_with_its_acronym_is_the_body_that_met():
    got = mandates("Arbetsgruppen för trygg hemgång (ATH) arbetar på uppdrag av Styrgrupp Nära vård.",
                   "Arbetsgrupp ATH")
    assert ("mandate", "styrgrupp nära vård", "arbetsgrupp ath", "delegates") in got


def test_both_with_one_giver_reports_nowhere():
    """"båda grupperna" with a single giver names no body: no report line is read."""
    got = mandates("Processteamet arbetar på uppdrag av Samverkansgrupp äldre och rapporterar till båda grupperna.",
                   "Processteam SVP")
    assert ("mandate", "samverkansgrupp äldre", "processteam svp", "delegates") in got
    assert not [f for f in got if f[3] == "reports_to"]
