"""Habits of a nämnd's protocol from a minutes system and of a network's and a ledningsgrupp's notes.

A minutes system's title page lists the nämnd's substitutes under a heading of their own in the "Övriga
närvarande" column ("Ersättare" / "Eva Ek (M)"): present without a seat today, members of the nämnd all the same.
A network's notes tell a working group set up in the past tense ("En arbetsgrupp bildades med A, B och C") and
name it, as every group of that kind is, after the item it was set up under. A roster's cell may name a state
authority's office after the title of the one it sends ("sektionschef, Arbetsförmedlingen Åby län"): no person.
"""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations
from tests.loaders.test_read_formats import load_text

PROTOCOL = """                                                              PROTOKOLL
ÅBY KOMMUN                                                    Sammanträdesdatum
Kulturnämnden                                                 2028-03-15

Plats och tid            Åby kommunhus, sal Ån, kl. 13.00–15.00

Beslutande               Ledamöter
                         Kerstin Vall (S), ordförande
                         Jonas Rydh (M), vice ordförande
                         Lena Bark (C)

Övriga närvarande        Ersättare
                         Hugo Stenberg (M)
                         Alva Ring (V)

                         Tjänstepersoner
                         Maria Fjäll, förvaltningschef
                         Per Sjövall, nämndsekreterare

Utses att justera        Jonas Rydh (M)

§ 1

Godkännande av dagordning

Beslut
Kulturnämnden beslutar att godkänna dagordningen.
"""


def test_substitutes_under_their_own_heading_are_members_the_officials_not(tmp_path):
    got = load_text(tmp_path, "kulturnamnd_aby_2028-03-15.txt", PROTOCOL)
    members = {(p, g) for p, g, change in got["memberships"] if change == "member"}
    body = got["body"]
    assert ("Hugo Stenberg", body) in members and ("Alva Ring", body) in members
    assert ("Kerstin Vall", body) in members
    assert ("Maria Fjäll", body) not in members and ("Per Sjövall", body) not in members


NOTES = """# Nätverket för fixartjänst i Åby län

## Anteckningar 2 mars 2028

**Närvarande:**
- Siv Alm, Åby kommun
- Mirja Lahti, Byns kommun
- Oskar Fors, Ås kommun

1. **Gemensam kampanj om fallolyckor**
   Nätverket beslutade att genomföra en kampanj i maj. En arbetsgrupp bildades med Siv Alm, Mirja Lahti och Oskar Fors.
   → Ansvar: arbetsgruppen tar fram material till nästa träff.

2. **Nästa träff**
   4 maj 2028.
"""


def test_a_working_group_formed_in_the_past_is_named_after_its_item():
    rel = extract_relations(parse_minutes(NOTES, "fixartjanst.md"))
    joined = {(m.person, m.group) for m in rel.memberships if m.change == "join"}
    name = "Arbetsgrupp gemensam kampanj om fallolyckor"
    assert {("Siv Alm", name), ("Mirja Lahti", name), ("Oskar Fors", name)} <= joined
    assert any(m.to_body == name and m.kind == "delegates" for m in rel.mandates)
    assert any(a.assignees == [name] and a.task.startswith("ta fram material") for a in rel.assignments)


ROSTER = """LEDNINGSGRUPP ARBETE ÅBY LÄN
Minnesanteckningar
Datum: 2028-03-01

Deltagare
  Karin Ek          socialchef, Åby kommun (ordförande)
  Ahmed Berg        sektionschef, Arbetsförmedlingen Åby län
  Olle Sand         verksamhetsområdeschef, Försäkringskassan Åby

1. Inledning
Karin Ek öppnade mötet.
"""


def test_an_authoritys_office_after_a_title_is_no_person():
    att = parse_minutes(ROSTER, "lg.txt").attendance
    assert [a.name for a in att] == ["Karin Ek", "Ahmed Berg", "Olle Sand"]
    assert "Arbetsförmedlingen Åby län" in (att[1].unit, att[1].organisation)


COUNCIL = """Regionala pensionärsrådet
Minnesanteckningar 2028-03-01
Närvarande: Karin Ek, ordförande; Per Holm, ledamot; Jenny Strand, inbjuden

1. Mötets öppnande
Ordföranden öppnade mötet. Till att jämte ordföranden justera anteckningarna valdes Per Holm.

2. Färdtjänst

Jenny Strand, Länstrafiken Åby AB, informerade om den nya beställningscentralen.

3. Nästa möte

I maj.
"""


def test_where_a_presenter_comes_from_is_no_second_presenter():
    parsed = parse_minutes(COUNCIL, "rad.txt")
    assert next(it for it in parsed.items if it.number == "2").presenters == ["Jenny Strand"]


PROPOSED_BEFORE = """Protokoll, Kulturnämnden i Norrby kommun, 2026-11-25

Beslutande: Eva Holm (S), ordförande; Per Ek (M)

§ 12 Samverkan kring skolfrånvaro
Frågan har behandlats i Samverkansgruppen för barn och unga i Norrby. Gruppen {verb} att skolan och
socialtjänsten tar fram en gemensam rutin.

Beslut
Kulturnämnden beslutar att lägga informationen till handlingarna.
"""


@pytest.mark.parametrize("verb", ["föreslog", "har föreslagit", "hade föreslagit"])
def test_a_proposal_told_in_any_tense_gives_no_task(verb, tmp_path):
    """What another body has proposed that others do ("Gruppen har föreslagit att skolan … tar fram …") is a
    proposal reported, no task given to them."""
    f = load_text(tmp_path, "kn_2026-11-25.txt", PROPOSED_BEFORE.format(verb=verb))
    assert not [a for a in f["assignments"] if "rutin" in a[1]]
