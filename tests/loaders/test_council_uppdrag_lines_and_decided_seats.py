"""Habits of the secretaries of councils and networks of kinds not met before: an etikråd's notes whose standing
uppdrag is told above the roster in a sentence the text wraps over two lines ("Rådet arbetar på uppdrag av" /
"Regionala samverkansgruppen … (RSVO) och lämnar en verksamhetsberättelse dit varje år."); a samrådsgrupp whose
decided clause goes on with a second act ("bilda en arbetsgrupp … med A som sammankallande, och utser B och C till
kommunernas representanter i arbetsgruppen") and whose member "har förhinder och ersätts av" a stand-in for the
day; a kommun's trafiksäkerhetsråd under the kommun's letterhead in capitals. Each read on a small minutes of its
own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

WRAPPED_UPPDRAG = """# Etikrådet för vård och omsorg i Norrby län

*Minnesanteckningar från rådets möte tisdag 22 september 2026, kl. 09.00–11.30*

Etikrådet är gemensamt för Region Norrby och länets kommuner. Rådet arbetar på uppdrag av
Regionala samverkansgruppen för vård och omsorg (RSVO) och lämnar en verksamhetsberättelse dit varje år.

**Deltog**
- Per Sandin, överläkare, Region Norrby (ordförande)
- Camilla Hed, patientrepresentant, PRO Norrby

### 1. Inledning
Minnesanteckningarna från mötet den 2 juni godkändes.
"""


def test_a_standing_uppdrag_wrapped_over_two_lines_above_the_roster_is_read_whole(tmp_path):
    f = load_text(tmp_path, "etikrad.md", WRAPPED_UPPDRAG)
    body, rsvo = "Etikrådet för vård och omsorg i Norrby län", "Regionala samverkansgruppen för vård och omsorg"
    assert (rsvo, body, "delegates") in f["mandates"]
    assert (body, rsvo, "reports_to") in f["mandates"]


SECOND_ACT = """Samrådsgruppen för kultursamverkan i Norrby län
Protokoll 2026-10-01
Närvarande: Ingrid Malm, ordförande, Petra Ödling, Samir Haddou, Mats Kvarnström

1. Mötets öppnande
Ordföranden öppnade mötet. Kerstin Lövgren-Dahl har förhinder och ersätts av Mats Kvarnström.

2. Regional kulturplan
Beslut: Samrådsgruppen beslutar att bilda en arbetsgrupp för kulturplanen med Ingrid Malm som sammankallande, och utser
Petra Ödling och Samir Haddou till kommunernas representanter i arbetsgruppen.
"""


def test_a_second_act_after_a_decided_clause_seats_the_two_it_names(tmp_path):
    f = load_text(tmp_path, "samradsgrupp.txt", SECOND_ACT)
    joined = {(p, g) for p, g, change in f["memberships"] if change == "join"}
    assert {("Petra Ödling", "Arbetsgrupp för kulturplanen"), ("Samir Haddou", "Arbetsgrupp för kulturplanen"),
            ("Ingrid Malm", "Arbetsgrupp för kulturplanen")} <= joined
    assert any(set(who) == {"Petra Ödling", "Samir Haddou"} for who, _ in f["assignments"])


def test_a_member_away_and_stood_in_for_keeps_her_seat(tmp_path):
    f = load_text(tmp_path, "samradsgrupp.txt", SECOND_ACT)
    assert not [m for m in f["memberships"] if m[2] in ("leave", "replace")]


TRAFFIC_COUNCIL = """ÅSBY KOMMUN\tSAMMANTRÄDESPROTOKOLL
Trafiksäkerhetsrådet\tSammanträdesdatum 2026-10-13

Plats och tid\tKommunhuset i Åsby, kl. 13.15–15.40
Ledamöter
Göran Berg (C), ordförande\tSamhällsbyggnadsnämnden\tJa
Jonas Ek\tPolismyndigheten\tJa

§ 14\tFörändring i rådets sammansättning
Polismyndigheten har meddelat att kommunpolis Jonas Ek ersätter Mattias Brand som polisens ledamot i trafiksäkerhetsrådet
från och med den 1 oktober 2026.
"""


def test_a_kommuns_traffic_council_is_named_with_its_kommun_and_a_seat_changed_by_its_side(tmp_path):
    f = load_text(tmp_path, "tsr.txt", TRAFFIC_COUNCIL)
    assert f["body"] == "Trafiksäkerhetsrådet, Åsby kommun"
    assert ("Jonas Ek", "Trafiksäkerhetsrådet, Åsby kommun", "replace") in f["memberships"]
    assert ("Mattias Brand", "Trafiksäkerhetsrådet, Åsby kommun", "leave") in f["memberships"]


UNIT_AS_OBJECT = """Samrådsgruppen för kultursamverkan i Norrby län
Protokoll 2026-10-01
Närvarande: Ingrid Malm, ordförande, Johan Fyhr

1. Regional kulturplan
Kulturnämnden i Region Norrby har gett kulturenheten i uppdrag att ta fram ett förslag till ny regional kulturplan.
"""


def test_a_unit_written_small_as_the_one_given_a_task_is_the_assignee(tmp_path):
    f = load_text(tmp_path, "samradsgrupp.txt", UNIT_AS_OBJECT)
    assert (("Kulturenheten",), "ta fram ett förslag till ny regional kulturplan") in f["assignments"]
