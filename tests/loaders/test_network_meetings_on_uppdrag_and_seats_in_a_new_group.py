"""Notes of taktisk and operativ bodies: a network that "träffas … på uppdrag av X och lämnar en kort
sammanfattning dit" above its unnumbered headings works for X and reports to it; "Ledningsgruppen för vård och
omsorg i Åby" is that body, not a kommun's ledningsgrupp named before it; and under "Beslut:" the seats in a group
just set up ("Eva Ek är sammankallande och Per Lind ingår i arbetsgruppen") are both new seats, in a group whose name
goes on past "vid" to the condition it is for."""
from tests.loaders.test_read_formats import load_text

NETWORK = """Nätverksträff demens – Åby län
Anteckningar från träffen den 9 juni 2027, Norrby kommunhus

Deltog: Eva Ek och Ida Holm (Norrby kommun), Per Lind (Åby kommun), Anna Berg (Region Åby)
Förhinder: Åsa Dahl (Åby kommun)
Anteckningar: Ida

Eva hälsade välkommen och ledde träffen. Nätverket träffas fyra gånger per år på uppdrag av Samverkansgrupp äldre Åby och lämnar en kort sammanfattning dit efter varje träff.

Demensteam
Per berättade om Åbys demensteam. Norrby vill göra likadant.

BPSD-registret
Kommunerna ska var för sig ta fram antalet registreringar och skicka till Anna senast 31 augusti.

Utbildningsdag
Nätverket beslutade att utbildningsdagen hålls den 7 oktober i Åby.
"""

GROUP = """# Samverkansgrupp barn och unga – Åby län

Datum: 2027-05-18

**Närvarande:** Eva Ek, Åby kommun; Per Lind, Norrby kommun; Anna Berg, Region Åby

### 1. Återkoppling
Per tar med sig frågan om mallen till Norrbys ledningsgrupp.

### 2. Psykisk ohälsa i skolan
Eva presenterade kartläggningen.

**Beslut:** Samverkansgruppen inrättar en arbetsgrupp för tidiga insatser vid psykisk ohälsa i skolan. Eva Ek är sammankallande och Per Lind ingår i arbetsgruppen. Arbetsgruppen rapporterar till samverkansgruppen.

### 3. Rapportering
Samverkansgruppen rapporterar två gånger per år till Ledningsgruppen för vård och omsorg i Åby (LVO).
"""


def test_a_network_meeting_on_another_bodys_uppdrag_works_for_it_and_reports_there(tmp_path):
    got = load_text(tmp_path, "natverk.txt", NETWORK)
    body = got["body"]
    assert ("Samverkansgrupp äldre Åby", body, "delegates") in got["mandates"]
    assert (body, "Samverkansgrupp äldre Åby", "reports_to") in got["mandates"]


def test_the_definite_kind_with_its_own_field_is_that_body_not_another_of_its_kind(tmp_path):
    got = load_text(tmp_path, "sg.md", GROUP)
    reports = [t for f, t, k in got["mandates"] if k == "reports_to" and f == got["body"]]
    assert any(t.startswith("Ledningsgrupp") and "vård och omsorg" in t for t in reports), got["mandates"]
    assert not any("Norrbys" in t for t in reports), got["mandates"]


def test_the_convenor_and_the_one_beside_her_take_seats_in_the_group_just_set_up(tmp_path):
    got = load_text(tmp_path, "sg.md", GROUP)
    assert ("Eva Ek", "Arbetsgrupp för tidiga insatser vid psykisk ohälsa i skolan", "join") in got["memberships"]
    assert ("Per Lind", "Arbetsgrupp för tidiga insatser vid psykisk ohälsa i skolan", "join") in got["memberships"]
