"""An uppdrag the body that met follows up or takes back is one it gave: "Uppdraget till X om … kvarstår",
"Uppdrag 2027:09 (X, …) är återrapporterat", and an item "Återrapport från X" where the uppdrag is reported back."""
from __future__ import annotations

from samverkan.loaders.rules import Example
from tests.loaders.test_rules import facts_of, read

BODY = "Ledningsgrupp Åsen"


def mandates(text: str, title: str = "Ärende") -> set[tuple]:
    return set(facts_of(read(Example(text=text, body=BODY, title=title)), "mandate"))


def test_uppdrag_to_a_body_still_open():
    got = mandates("- Uppdraget till Samverkansgrupp äldre om uppföljning av\n  överenskommelsen kvarstår.")
    assert ("mandate", "ledningsgrupp åsen", "samverkansgrupp äldre", "delegates") in got


def test_numbered_uppdrag_with_its_receiver_in_brackets():
    got = mandates("Uppdrag 2027:14 (Styrgrupp Barnahus, kartläggning av väntetider) är återrapporterat och avslutas.")
    assert ("mandate", "ledningsgrupp åsen", "styrgrupp barnahus", "delegates") in got


def test_uppdrag_to_a_person_is_no_mandate():
    assert mandates("Uppdraget till Elin Borg om uppföljning av avtalet kvarstår.") == set()


def test_report_back_of_an_uppdrag_under_its_title():
    got = mandates("Elin Borg återrapporterade uppdraget att följa upp överenskommelsen. Ledningsgruppen beslutar att "
                   "godkänna återrapporten och förklara uppdraget slutfört.",
                   title="Återrapport från Samverkansgrupp äldre")
    assert ("mandate", "ledningsgrupp åsen", "samverkansgrupp äldre", "delegates") in got
    assert ("mandate", "samverkansgrupp äldre", "ledningsgrupp åsen", "reports_to") in got


def test_report_without_an_uppdrag_gives_no_delegation():
    got = mandates("Elin Borg berättade om arbetet med överenskommelsen.", title="Återrapport från Samverkansgrupp äldre")
    assert not [f for f in got if f[3] == "delegates"]
