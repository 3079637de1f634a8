"""A body's duty to bring its work back on an occasion told, in the present tense of a council's protocol or a
programme area's notes: "Arbetsgruppen rapporterar till RPO vid varje möte", "Gruppen arbetar på uppdrag av
nämnden och lämnar sin rapport till nämnden i maj", "Referensgruppen fortsätter arbetet under våren och
återrapporterar till rådet i april". A report to another body told as news is no task here.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "m.txt", text)


COUNCIL = """Regionala funktionsrättsrådet, Region Ekby
Protokoll 2026-11-24

Närvarande
Marianne Sjöstedt (S), ordförande
Leila Nasser, Funktionsrätt Ekby
Henrik Ahlqvist, DHR

§ 43 Rapport från referensgruppen för digital vård
Leila Nasser rapporterade att referensgruppen för digital vård har testat den nya versionen av appen.
Referensgruppen för digital vård fortsätter arbetet under våren och återrapporterar till rådet i april.

§ 44 Arbetsgrupp för tillgänglighet
Rådet har tidigare gett i uppdrag att inrätta en arbetsgrupp för tillgänglighet. Gruppen arbetar på uppdrag
av rådet och lämnar sin rapport till rådet i maj.

§ 45 Information från regionstyrelsen
Henrik Ahlqvist informerade. Regionstyrelsen har tillsatt en styrgrupp för hjälpmedel. Styrgruppen rapporterar
till regionstyrelsen i juni.
"""


def test_a_group_brings_its_work_back_to_the_council_on_a_day(tmp_path):
    f = _load(tmp_path, COUNCIL)
    tasks = {(who, task) for who, task in f["assignments"]}
    assert any("digital vård" in who[0].casefold() and task.startswith("fortsätta arbetet under våren och återrapportera")
               for who, task in tasks), tasks
    assert any("tillgänglighet" in who[0].casefold() and task.startswith("lämna sin rapport till rådet i maj")
               for who, task in tasks), tasks
    assert not any("hjälpmedel" in who[0].casefold() for who, _ in tasks), tasks
