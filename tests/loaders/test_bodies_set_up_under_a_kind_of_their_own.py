"""A body the minutes set up under a kind no vocabulary knows ("en tillfällig sommargrupp för X"): later sentences
speak of it by its name or its kind in the definite ("Sommargruppen lämnar …"), and it is given tasks, reports up
and has seats as a body of a known kind does."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Ledningsgruppen för samverkan i Åby

MINNESANTECKNINGAR
Datum: 2028-07-04

Närvarande
  Rebecka Strand   socialchef, Åby kommun, ordförande
  Lena Ock         socialchef, Norrby kommun

1. Utskrivningsklara

Beslut:
- Ledningsgruppen tillsätter en tillfällig {kind} för utskrivningsklara med en representant per huvudman. Gruppen \
stämmer av läget varje tisdag till och med den 31 augusti och rapporterar till ledningsgruppen.
- Lena Ock är sammankallande i {kind}en. Regionens representant är Jenny Qvist, vårdsamordnare.

2. Nästa möte

Ordinarie möte 2028-09-27. {Kind}en lämnar då en skriftlig slutrapport till ledningsgruppen.
"""


def test_a_body_set_up_under_a_kind_of_its_own_is_given_tasks_reports_up_and_has_seats(tmp_path):
    for kind in ("sommargrupp", "arbetsgrupp"):
        found = load_text(tmp_path, "lg_2028-07-04.txt", NOTES.format(kind=kind, Kind=kind.capitalize()))
        body = f"{kind.capitalize()} för utskrivningsklara"
        tasks = [a[1] for a in found["assignments"] if a[0] == (body,)]
        assert any(t.startswith("stämma av läget varje tisdag") for t in tasks), kind
        if kind == "sommargrupp":  # (a bare "Arbetsgruppen" in a later point may be another arbetsgrupp)
            assert "lämna en skriftlig slutrapport till ledningsgruppen" in tasks
        assert (body, "Ledningsgrupp för samverkan i Åby", "reports_to") in found["mandates"], kind
        assert f"vara regionens representant i {body}".casefold() in {
            t.casefold() for who, t in found["assignments"] if who == ("Jenny Qvist",)}, kind
        assert ("Jenny Qvist", body, "join") in found["memberships"], kind
