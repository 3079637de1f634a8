"""A fullmäktige's own beredningar, a kommun's youth assembly and a bygderåd: the kinds of politisk body whose
minutes tell where the body stands (who set it up, to whom it answers) in a sentence under the header, and whose
rosters and decisions take forms of their own."""
from __future__ import annotations

from samverkan.loaders.extract import qualified_body
from tests.loaders.test_read_formats import load_text


def test_a_fullmaktiges_beredning_is_the_kommuns():
    # "Gruppledarberedningen" (the party group leaders): only a fullmäktige has one, as it has a valberedning
    assert qualified_body("Gruppledarberedningen", "Åby kommun", "") == "Gruppledarberedningen, Åby kommun"
    # a fullmäktige's beredning named by its task, as a nämnd's beredning is
    assert qualified_body("Kommunfullmäktiges beredning för översyn av arvodena", "Åby kommun", "") == \
        "Kommunfullmäktiges beredning för översyn av arvodena, Åby kommun"
    # (a joint body "för" a field stays as written)
    assert qualified_body("Politiskt samråd för vård och omsorg", "Åby kommun", "") == "Politiskt samråd för vård och omsorg"
