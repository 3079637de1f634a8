"""A recommendation told after the fact, as a protocol's Ärendebeskrivning tells it.

"… den regionala överenskommelsen, som Ledningsgruppen X i oktober rekommenderade kommunerna att anta" and
"Överenskommelsen … rekommenderas av Politiskt samverkansråd för antagande hos samtliga huvudmän": the body that
recommended it to those it names."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

PROTOCOL = """Socialnämnden – protokoll 2026-12-09

Närvarande: Anna Berg (S), ordförande; Per Ek (M); Eva Lund (C)

§ 1 Justering
Per Ek utses att justera protokollet.

§ 2 Riktlinje för läkemedelshantering
MAS Oliver Palm redogör för ärendet. {two}

§ 3 Överenskommelse om barn och unga
{three}

§ 4 Nästa sammanträde
Nästa sammanträde hålls den 20 januari.
"""
TWO = ("Riktlinjen har arbetats om efter den regionala överenskommelsen, som Ledningsgruppen för vård och omsorg i "
       "Norrland i oktober rekommenderade kommunerna att anta.")
THREE = ("Överenskommelsen har tagits fram i Samverkansgrupp Barn och unga och rekommenderas av Politiskt "
         "samverkansråd för antagande hos samtliga huvudmän.")


def _mandates(two: str = TWO, three: str = THREE):
    rel = extract_relations(parse_minutes(PROTOCOL.format(two=two, three=three), "protokoll.txt"))
    return [(m.from_body, m.to_body, m.kind) for m in rel.mandates]


def test_a_recommendation_in_a_relative_clause_and_in_the_passive():
    got = _mandates()
    assert ("Ledningsgruppen för vård och omsorg i Norrland", "kommunerna", "recommends") in got
    assert ("Politiskt samverkansråd", "samtliga huvudmän", "recommends") in got


def test_a_person_recommending_something_to_read_is_no_mandate():
    got = _mandates("Riktlinjen, som Eva Lund rekommenderade oss att läsa, diskuterades.",
                    "Överenskommelsen rekommenderas av många.")
    assert not [m for m in got if m[2] == "recommends"]
