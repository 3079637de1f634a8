"""A steering group named by the effort it leads, "Styrgrupp för insatsen X", is the body "Styrgrupp X"."""
from samverkan.loaders.resolve import _body_key


def test_effort_word_after_for_is_no_part_of_the_name():
    assert _body_key("Styrgrupp för insatsen Steget före") == _body_key("Styrgrupp Steget före")
    assert _body_key("Projektgruppen för projektet Hem igen") == _body_key("Projektgrupp Hem igen")


def test_effort_word_alone_stays():
    assert _body_key("Styrgrupp för projektet") != _body_key("Styrgrupp")
    assert _body_key("Styrgrupp för insatsen Steget före") != _body_key("Styrgrupp Steget efter")
