"""Habits of the sister minutes' secretaries read on small minutes of their own: a Word or PDF roster whose
crosses stand after each name in unheaded columns ("Huvudman | Ordinarie | | Ersättare | "); a roster row saying
its secretary holds no seat ("sekreterare, ej ledamot"); "antecknade" after a member's name; a successor named
after a comma ("GN lämnar gruppen vid årsskiftet, ersättare är Lina Carlsson"); a body named in lower case by its
kind and topic after a preposition or in an att-clause ("lyfts till samverkansgrupp äldre", "att arbetsgrupp demens
arbetar på uppdrag av …"); "Den lyfts till …" after a sentence about "Frågan"; and "för antagande" after the body a
proposal goes to.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations, find_groups


def _attended(text: str, path: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.status, tuple(a.roles)) for a in parse_minutes(text, path).attendance}


WORD_ROSTER = """Samverkansgrupp LSS – minnesanteckningar
Datum: torsdag 19 mars 2026, kl. 13.00–15.30
Deltagare
Huvudman\tOrdinarie\t\tErsättare\t
Region Norrby\tHenrik Alm, verksamhetschef, ordförande\tX\tLouise Fjäll, enhetschef\t
Åby kommun\tCarina Boström, avdelningschef LSS\tX\tEmil Sand, enhetschef\tX
Ekby kommun\tJukka Hämäläinen, verksamhetschef\t\tMaja Ek, LSS-handläggare\tX
X = närvarande

1. Föregående minnesanteckningar
Minnesanteckningarna godkändes.
"""


def test_crosses_after_each_name_in_unheaded_word_columns_mark_the_name_on_their_left():
    att = _attended(WORD_ROSTER, "sg.docx")
    assert att["Henrik Alm"][0] == "present" and att["Louise Fjäll"][0] == "absent"
    assert att["Carina Boström"][0] == "present" and att["Emil Sand"][0] == "present"
    assert att["Jukka Hämäläinen"][0] == "absent" and att["Maja Ek"][0] == "present"


PDF_ROSTER = """Samverkansgrupp LSS – minnesanteckningar
Datum: torsdag 19 mars 2026, kl. 13.00–15.30

Deltagare

Huvudman        Ordinarie                                  Ersättare
Region Norrby   Henrik Alm, verksamhetschef, ordförande   X   Louise Fjäll, enhetschef
Åby kommun   Carina Boström, avdelningschef LSS   X   Emil Sand, enhetschef   X
Ekby kommun   Jukka Hämäläinen, verksamhetschef   Maja Ek, LSS-handläggare   X
X = närvarande

1. Föregående minnesanteckningar
Minnesanteckningarna godkändes.
"""


def test_crosses_after_the_names_of_a_printed_roster_mark_the_name_on_their_left():
    att = _attended(PDF_ROSTER, "sg.pdf")
    assert att["Henrik Alm"][0] == "present" and att["Louise Fjäll"][0] == "absent"
    assert att["Emil Sand"][0] == "present"
    assert att["Jukka Hämäläinen"][0] == "absent" and att["Maja Ek"][0] == "present"


SECRETARY_ROW = """Minnesanteckningar, arbetsgrupp demens
Tid: tisdag 10 mars 2026, kl. 09.00–11.30

Namn | Funktion | Organisation | Närvaro
Annika Rask (AR) | demenssjuksköterska, sammankallande | Åby kommun | närvarande
Jonas Hedlund (JH) | distriktsläkare | Region Norrby | närvarande
Sara Nyhlén (SN) | sekreterare, ej ledamot | Region Norrby | närvarande

1. Inledning
Anteckningarna från förra mötet godkändes.
"""


def test_a_roster_row_saying_its_secretary_is_no_member_gives_no_seat():
    att = _attended(SECRETARY_ROW.replace(" | ", "\t"), "ag.txt")
    assert att["Sara Nyhlén"] == ("present", ("sekreterare",))
    assert "ledamot" in att["Jonas Hedlund"][1]


NOTES_MAIL = """MINNESANTECKNINGAR
arbetsgruppen för läkemedelsgenomgångar
onsdag 3 december 2025 kl. 14.00–15.30, Teams

Deltog:
Johanna Ek (JE), apotekare, Region Norrby – sammankallande, antecknade
Göran Nyberg (GN), MAS, Åby kommun
Amira Saleh (AS), sjuksköterska, Ekby kommun

1. Ersättning för läkemedelsgenomgångar
GN tog upp att hälsocentralerna inte får någon ersättning för genomgångarna. Frågan ligger utanför gruppens
uppdrag. Den lyfts till samverkansgrupp äldre, som gruppen rapporterar till.

2. Gruppens sammansättning
GN lämnar gruppen vid årsskiftet, ersättare är Lina Carlsson, ny MAS i Åby kommun från 1 januari.
"""


def test_antecknade_after_a_member_s_name_makes_the_secretary():
    assert "sekreterare" in _attended(NOTES_MAIL, "ag.eml")["Johanna Ek"][1]


def test_a_question_told_by_its_bare_noun_then_raised_by_den_goes_to_a_body_named_in_lower_case():
    pm = parse_minutes(NOTES_MAIL, "ag.eml")
    assert any("lyfta frågan till samverkansgrupp äldre" in d.text for d in pm.decisions), pm.decisions
    mandates = {(m.to_body.casefold(), m.kind) for m in extract_relations(pm).mandates}
    assert ("samverkansgrupp äldre", "refers") in mandates
    assert ("samverkansgrupp äldre", "reports_to") in mandates


def test_a_successor_named_after_a_comma_as_the_ersättare_replaces_the_one_who_leaves():
    changes = {(m.person, m.change) for m in extract_relations(parse_minutes(NOTES_MAIL, "ag.eml")).memberships
               if m.change != "member"}
    assert ("Lina Carlsson", "replace") in changes


def test_a_kind_in_lower_case_after_a_preposition_names_its_body_with_its_topic():
    assert [g.name for g in find_groups("Den lyfts till samverkansgrupp äldre, som gruppen rapporterar till.")] == \
        ["samverkansgrupp äldre"]
    assert [g.name for g in find_groups("Eva är ledamot i arbetsgrupp demens sedan i våras.")] == ["arbetsgrupp demens"]
    # how the work is done is no topic
    assert [g.name for g in find_groups("Arbetet görs i arbetsgrupp tillsammans med kommunerna.")] == ["arbetsgrupp"]


STANDING = """Minnesanteckningar, arbetsgrupp demens
Tid: tisdag 10 mars 2026, kl. 09.00–11.30
Närvarande: Annika Rask (AR), Åby kommun; Jonas Hedlund (JH), Region Norrby

1. Gruppens uppdrag
AR påminde om att arbetsgrupp demens arbetar på uppdrag av styrgruppen för nära vård och återrapporterar dit två
gånger per år.
"""


def test_a_body_in_lower_case_in_an_att_clause_works_for_and_reports_to_the_body_it_names():
    mandates = {(m.from_body.casefold(), m.to_body.casefold(), m.kind)
                for m in extract_relations(parse_minutes(STANDING, "ag.txt")).mandates}
    assert ("arbetsgrupp demens", "styrgruppen för nära vård", "reports_to") in mandates


def test_what_the_body_a_proposal_goes_to_is_to_do_with_it_is_no_part_of_its_name():
    found = find_groups("Socialnämnden godkänner överenskommelsen och överlämnar den till kommunstyrelsen för antagande.")
    assert [g.name for g in found] == ["Socialnämnden", "kommunstyrelsen"]


ACRONYM_FIRST = """Samverkansgrupp funktionsnedsättning – minnesanteckningar
Region Norrby och kommunerna Åby och Ekby
Datum: torsdag 19 mars 2026, kl. 13.00–15.30
Närvarande: Henrik Alm, Region Norrby, ordförande; Carina Boström, Åby kommun

1. Föregående minnesanteckningar
Minnesanteckningarna godkändes.

2. Uppdrag från RLG
Henrik Alm informerade från Regionala ledningsgruppen för vård och omsorg den 5 mars. RLG har gett
samverkansgruppen i uppdrag att ta fram en gemensam rutin för övergången till vuxenhabilitering.
Samverkansgruppen rapporterar till RLG som tidigare.
"""


def test_an_acronym_in_a_title_before_the_body_it_spells_is_named_in_full(tmp_path):
    from tests.loaders.test_read_formats import facts
    path = tmp_path / "sg.txt"
    path.write_text(ACRONYM_FIRST, encoding="utf-8")
    mandates = facts(path, tmp_path)["mandates"]
    assert ("Samverkansgrupp funktionsnedsättning", "Regionala ledningsgruppen för vård och omsorg", "reports_to") in mandates
    assert not any("RLG" in (f, t) for f, t, _ in mandates), mandates


SAY = """BRUKSBERGA KOMMUN
Socialnämndens arbetsutskott
Sammanträdesprotokoll 2026-03-16
Närvarande: Gunilla Persson (S), ordförande; Jamal Ibrahim (S)

§ 25 Representation i samverkansgruppen
Petra Lindahl lämnar gruppen den 30 april.
Frågan om kommunens representation i samverkansgruppen ska avgöras av nämnden.
Arbetsutskottets beslut
Ärendet lyfts till socialnämnden den 24 mars 2026 för beslut.
"""


def test_who_is_to_settle_a_matter_is_given_no_task():
    tasks = [a.task for a in extract_relations(parse_minutes(SAY, "au.txt")).assignments]
    assert not any("avgöras" in t for t in tasks), tasks
