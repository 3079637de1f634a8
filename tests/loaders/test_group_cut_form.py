"""A body named "kind för topic" with a few words more in one place and cut short in another is one body, in whichever
order the batch reads the two names (before, only the short name read first joined them)."""
from samverkan.loaders.knowledge import load_generic
from samverkan.loaders.resolve import _Groups


def test_cut_name_read_after_the_full_one_is_that_body():
    g = _Groups(load_generic())
    full = g.canonical("Arbetsgruppen för äldre med demens i ordinärt boende")
    assert g.canonical("arbetsgruppen för äldre med demens") == full


def test_either_order_gives_one_body():
    g = _Groups(load_generic())
    short = g.canonical("arbetsgrupp för äldre med demens")
    assert g.canonical("Arbetsgruppen för äldre med demens i ordinärt boende") == short


def test_a_name_cut_to_its_kind_and_one_word_is_left_alone_when_two_bodies_go_on_from_it():
    g = _Groups(load_generic())
    one = g.canonical("Arbetsgrupp för äldre med missbruk")
    two = g.canonical("Arbetsgrupp för äldre med psykisk ohälsa")
    assert one != two
    assert g.canonical("arbetsgrupp för äldre") not in (one, two)
