"""Seats changing hands told in running prose, as a brukarråd's or a nätverk's notes tell them: the newcomer welcomed
by her given name, why the seat changes told with "sedan …", a seat in another body taken by a pronoun's referent and
her ersättare after it, and a body's wish that another body do something ("vill att … ska …")."""
import pytest

from samverkan.loaders.rules import Example
from tests.loaders.test_rules import facts_of, read

ROSTER = ("Tora Ek", "Ulf Berg", "Vera Holm", "Sam Lind")


def facts(text, kind, body="Brukarrådet Norrby"):
    return facts_of(read(Example(text=text, body=body, roster=ROSTER)), kind)


def test_newcomer_welcomed_by_given_name_replaces_the_one_named():
    got = facts("Tora hälsade alla välkomna och särskilt Vera, som ersätter Kim Nord som Förening Xs representant i "
                "rådet sedan Kim flyttat till Umeå i januari.", "membership")
    assert ("membership", "vera holm", "brukarrådet norrby", "replace") in got
    assert ("membership", "kim nord", "brukarrådet norrby", "leave") in got
    assert not any(f[1] == "tora ek" for f in got)  # the one who welcomed her takes no seat


def test_pronoun_seat_in_another_body_with_ersattare():
    r = read(Example(text="Arbetsgrupp SIP har frågat om rådet vill ha en plats. Sam har sagt att han ställer upp, så han "
                          "blir rådets representant i Arbetsgrupp SIP från och med april, och Ulf är hans ersättare.",
                     body="Brukarrådet Norrby", roster=ROSTER))
    ms = facts_of(r, "membership")
    assert ("membership", "sam lind", "arbetsgrupp sip", "join") in ms
    assert ("membership", "ulf berg", "arbetsgrupp sip", "join") in ms
    tasks = facts_of(r, "assignment")
    assert any(a[1] == ["sam lind"] and a[2].startswith("vara rådets representant i arbetsgrupp sip") for a in tasks)


@pytest.mark.parametrize("text", ["Ulf berättade att Styrgrupp Barnahus vill att rådet ska ge synpunkter på rutinen.",
                                  "Styrgrupp Barnahus vill att rådet ska ge synpunkter på rutinen."])
def test_body_wants_the_body_that_met_to_do_something(text):
    tasks = facts(text, "assignment")
    assert any(a[1] == ["brukarrådet norrby"] and a[2].startswith("ge synpunkter på rutinen") for a in tasks)


def test_a_person_wanting_gives_no_task():
    assert facts("Ulf Berg vill att rådet ska ge synpunkter på rutinen.", "assignment") == []
