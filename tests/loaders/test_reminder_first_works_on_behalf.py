"""A group's standing uppdrag told as a reminder put first, the verb before its subject (V2 order):
"Som ni vet arbetar vi på uppdrag av X och lämnar en rapport dit" is the group that met working for X and
reporting there, as "Vi arbetar på uppdrag av X …" is."""
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedItem, ParsedMinutes


def _mandates(text: str, body: str):
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=[],
                                        items=[ParsedItem(number="1", title="Ärende", body=text)], decisions=[]))
    return {(m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_som_ni_vet_inverted_we():
    got = _mandates("Som ni vet arbetar vi på uppdrag av Styrgrupp Barnahus och lämnar en lägesrapport dit "
                    "två gånger per år.", "Arbetsgrupp SIP Åby")
    assert ("Styrgrupp Barnahus", "Arbetsgrupp SIP Åby", "delegates") in got
    assert ("Arbetsgrupp SIP Åby", "Styrgrupp Barnahus", "reports_to") in got


def test_som_bekant_inverted_group_standing_uppdrag():
    got = _mandates("Som bekant har gruppen sitt uppdrag från Samverkansgrupp äldre och återrapporterar dit i maj.",
                    "Arbetsgrupp hemgång Åby")
    assert ("Samverkansgrupp äldre", "Arbetsgrupp hemgång Åby", "delegates") in got
    assert ("Arbetsgrupp hemgång Åby", "Samverkansgrupp äldre", "reports_to") in got


def test_reminder_about_someone_else_is_not_the_group():
    # a person in the reminder, not the group: no mandate of the group that met
    got = _mandates("Som ni vet arbetar Eva Lund på uppdrag av förvaltningschefen med rutinen.", "Arbetsgrupp SIP Åby")
    assert not any(t == "Arbetsgrupp SIP Åby" and k == "delegates" for _, t, k in got)
