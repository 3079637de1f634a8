"""An uppdrag from the body above told with its day between the auxiliary and the verb ("RLG har den 21 januari
uppdragit åt ledningsgruppen att …"): the task of the body that met, given by the one above."""
from samverkan.loaders.rules import Example
from tests.loaders.test_rules import facts_of, read


def test_day_between_har_and_uppdragit():
    r = read(Example(text="Regional ledningsgrupp Norrby har den 21 januari uppdragit åt ledningsgruppen att årligen "
                          "redovisa verksamheten till den regionala ledningsgruppen.", body="Ledningsgruppen för Barnahus Ekby"))
    tasks = facts_of(r, "assignment")
    assert any(a[1] == ["ledningsgruppen för barnahus ekby"] and a[2].startswith("årligen redovisa verksamheten")
               for a in tasks)
    assert ("mandate", "regional ledningsgrupp norrby", "ledningsgruppen för barnahus ekby", "delegates") in facts_of(r, "mandate")


def test_month_between_har_and_uppdragit():
    r = read(Example(text="Styrgrupp Barnahus har i mars uppdragit åt arbetsgruppen att ta fram en rutin.",
                     body="Arbetsgrupp SIP"))
    assert any(a[1] == ["arbetsgrupp sip"] and a[2].startswith("ta fram en rutin") for a in facts_of(r, "assignment"))
