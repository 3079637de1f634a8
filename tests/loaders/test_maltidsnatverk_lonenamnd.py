"""Habits of secretaries of a måltidsnätverk and a gemensam lönenämnd, read from small inline minutes: a seat
told with a time first and the verb before its holder ("Tills vidare företräder Eva Ek Åby i referensgruppen"),
a body that "redovisar till" another as others "rapporterar till", a group set up by the body that met named
by its kind in a relative clause and reporting back there ("…, som nätverket tillsatte i våras, … och
återrapporterar till nätverket"), a seat held elsewhere told of when someone "informerade om" that body
("…, där hon är kommunernas representant"), and a definite body named by its capitalised adjective, topic and
place ("Lokala samverkansgruppen vård och omsorg Åby")."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _read(text: str, name: str = "n.txt"):
    return extract_relations(parse_minutes(text, name))


NOTES = """Minnesanteckningar Måltidsnätverket i Norrby

Datum: 2026-11-12
Plats: Åby kommunhus

Deltagare
Eva Ek, kostchef, Åby kommun, sammankallande
Per Holm, måltidschef, Ekby kommun
Sara Lind, dietist, Region Norrby
Karin Sjö, enhetschef, Åby kommun

1. Upphandling
Referensgruppen för livsmedelsupphandling, som nätverket tillsatte i våras, har haft två möten och återrapporterar till nätverket i februari.
Tills vidare företräder Karin Sjö Åby kommun i referensgruppen.

2. Nutrition
Åby kommun och Region Norrby har sedan 2025 en lokal arbetsgrupp för nutrition med representanter från hemtjänsten och vårdcentralen. Arbetsgruppen redovisar till Lokala samverkansgruppen vård och omsorg Åby.

3. Krisberedskap
Sara Lind informerade om Nätverket för livsmedelsberedskap, där hon är kommunernas representant.
"""


def _mandates(r):
    return {(m.from_body.casefold(), m.to_body.casefold(), m.kind) for m in r.mandates}


def _seats(r):
    return {(m.person, m.group.casefold()) for m in r.memberships}


def test_seat_told_with_a_time_first_and_the_verb_before_its_holder():
    r = _read(NOTES)
    assert ("Karin Sjö", "referensgruppen för livsmedelsupphandling") in _seats(r)


def test_group_set_up_by_the_body_that_met_by_its_kind_and_reporting_back_there():
    m = _mandates(_read(NOTES))
    assert ("måltidsnätverket i norrby", "referensgruppen för livsmedelsupphandling", "delegates") in m
    assert ("referensgruppen för livsmedelsupphandling", "måltidsnätverket i norrby", "reports_to") in m


def test_a_body_that_redovisar_till_another_reports_to_it_named_by_adjective_topic_and_place():
    r = _read(NOTES)
    assert any(m.to_body == "Lokala samverkansgruppen vård och omsorg Åby" and m.kind == "reports_to"
               and "nutrition" in m.from_body for m in r.mandates)
    assert "Lokala samverkansgruppen vård och omsorg Åby" in {g.name for g in r.groups}


def test_seat_held_elsewhere_told_of_the_body_informed_about():
    assert ("Sara Lind", "nätverket för livsmedelsberedskap") in _seats(_read(NOTES))


PROTOCOL = """PROTOKOLL
Gemensamma lönenämnden för Åby och Ekby

Sammanträdesdatum: 2026-11-26
Plats: Åby kommunhus

Beslutande
Kent Ek (S), ordförande, Åby
Maria Holm (M), vice ordförande, Ekby
Rolf Sjö (S), Ekby

§ 43 Representation
Rolf Sjö har meddelat att han lämnar styrgruppen för lönesystemsbytet.
Lönenämnden beslutar att notera informationen.

§ 44 Arbetsgrupp för lönekartläggning
Kent Ek och Maria Holm representerar nämnden i Arbetsgruppen för lönekartläggning.
Lönenämnden beslutar att lägga informationen till handlingarna.
"""


def test_two_seated_together_in_a_sentence_of_the_running_text():
    seats = _seats(_read(PROTOCOL))
    assert ("Kent Ek", "arbetsgruppen för lönekartläggning") in seats
    assert ("Maria Holm", "arbetsgruppen för lönekartläggning") in seats


def test_leaving_another_body_named_by_what_it_is_for():
    r = _read(PROTOCOL)
    assert any(m.person == "Rolf Sjö" and m.change == "leave" and "lönesystem" in m.group.casefold()
               for m in r.memberships)


MAIL = """Minnesanteckningar Samverkansgruppen för spelproblem

Datum: 2026-11-24
Plats: Åby stadshus

Närvarande
Erik Sand, samordnare, Åby kommun
Jenny Malm, kurator, Region Norrby

1. Rapport till rådet
Samverkansgruppen är en undergrupp till Åbys lokala brottsförebyggande råd och redovisar sitt arbete där två gånger om året.

2. Nästa möte
2 februari 2027.

Att göra:
- Besked om remissväg - Jenny - före jul
"""


def test_a_row_of_what_who_and_when_with_hyphens_under_the_label():
    r = _read(MAIL)
    assert any(a.assignees == ["Jenny Malm"] and a.task.startswith("besked om remissväg") for a in r.assignments)


def test_the_kommuns_council_against_crime_in_the_genitive_of_its_place():
    r = _read(MAIL)
    assert ("samverkansgruppen för spelproblem", "lokala brottsförebyggande rådet i åby", "reports_to") in _mandates(r)


def test_a_company_given_a_task_by_its_form_and_with_the_noun_of_what_it_is_before_it():
    text = MAIL.replace("2. Nästa möte", "2. Leverantörer\nVårdbolaget Omsorg AB utser själv en ersättare. "
                                          "Leverantören Tidsvar AB ska utse en ny projektledare före årsskiftet.\n\n"
                                          "3. Nästa möte")
    tasks = {tuple(a.assignees): a.task for a in _read(text).assignments}
    assert tasks.get(("Vårdbolaget Omsorg AB",), "").startswith("utse själv en ersättare")
    assert tasks.get(("Tidsvar AB",), "").startswith("utse en ny projektledare")


def test_the_body_that_met_by_the_one_word_of_its_name_gives_the_uppdrag():
    text = PROTOCOL.replace("Kent Ek och Maria Holm representerar",
                            "Nämnden har tidigare gett i uppdrag att inrätta en gemensam arbetsgrupp för "
                            "lönekartläggning. Gruppen arbetar på uppdrag av lönenämnden och lämnar sin rapport till "
                            "nämnden i maj. "
                            "Kent Ek och Maria Holm representerar")
    r = _read(text)
    assert any(m.from_body == "Gemensamma lönenämnden för Åby och Ekby" and m.kind == "delegates"
               and "lönekartläggning" in m.to_body.casefold() for m in r.mandates)
    assert not any(m.from_body == "lönenämnden" for m in r.mandates)


def test_a_working_group_typed_small_in_an_aside_is_the_one_the_item_names_in_full():
    text = MAIL.replace("2. Nästa möte", "2. Frånvaro\nJenny redogjorde för läget i arbetsgruppen för problematisk "
                                          "skolfrånvaro (obs: ag frånvaro rapporterar till lg BoU). Gruppen diskuterade."
                                          "\n\n3. Nästa möte")
    m = _mandates(_read(text))
    assert ("arbetsgruppen för problematisk skolfrånvaro", "ledningsgrupp bou", "reports_to") in m
    assert not any(f == "arbetsgrupp frånvaro" for f, _, _ in m)
