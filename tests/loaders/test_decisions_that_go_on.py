"""A decision that goes on from the one before it: "att ge ledningsgruppen i uppdrag att föreslå en rutin /
att rutinen ska återrapporteras till beredningen" says where the product of the task goes, so the body given
the task reports there. Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

HEAD = """Minnesanteckningar från Tjänstemannaberedningen för hälsa, vård och omsorg
Datum: 2025-12-02

Närvarande:
Anna Berg, ordförande
Olof Nyström

1. Läkemedelsgenomgångar i hemsjukvården
Anna Berg redogjorde för piloten.

Beslut:
- att ge ledningsgruppen för nära vård i uppdrag att föreslå en länsgemensam rutin senast 31 mars 2026
"""
BEREDNING = "Tjänstemannaberedningen för hälsa, vård och omsorg"


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "tjb.txt", text)


def _reports(got: dict) -> list[tuple[str, str]]:
    return [(a, b) for a, b, kind in got["mandates"] if kind == "reports_to"]


def test_the_product_of_the_task_reported_makes_the_body_given_it_report(tmp_path):
    got = _load(tmp_path, HEAD + "- att rutinen ska återrapporteras till tjänstemannaberedningen\n")
    assert (BEREDNING, "Ledningsgrupp för nära vård", "delegates") in got["mandates"]
    assert ("Ledningsgrupp för nära vård", BEREDNING) in _reports(got)


def test_a_proposal_presented_to_a_body_is_reporting_there_too(tmp_path):
    got = _load(tmp_path, HEAD.replace("föreslå en länsgemensam rutin", "ta fram ett förslag till länsgemensam rutin")
                + "- att förslaget redovisas för tjänstemannaberedningen i april\n")
    assert ("Ledningsgrupp för nära vård", BEREDNING) in _reports(got)


def test_something_else_reported_is_no_report_of_the_body_given_the_task(tmp_path):
    got = _load(tmp_path, HEAD + "- att budgeten ska återrapporteras till tjänstemannaberedningen\n")
    assert ("Ledningsgrupp för nära vård", BEREDNING) not in _reports(got)


ELECTION = """HÄLSO- OCH SJUKVÅRDSNÄMNDEN
Region Ekvidd
PROTOKOLL
Sammanträdesdatum: 2025-12-04

Beslutande
Eva Strand (S), ordförande
Per Holm (M)

§ 142  Val av ledamot och ersättare i styrelsen för Samordningsförbundet Norra Ekvidd

Ärendebeskrivning
Nuvarande ledamot Britt Sandin (S) har avsagt sig uppdraget.

Beslut
Hälso- och sjukvårdsnämnden beslutar
att {elect}
att regionens ledamot i förbundets styrelse ska lämna en skriftlig rapport om förbundets arbete till nämnden två gånger per år.
"""


def test_a_duty_laid_on_a_seat_just_filled_is_the_task_of_the_one_appointed(tmp_path):
    got = _load(tmp_path, ELECTION.format(
        elect="utse Noor Rahimi (S) till ledamot och Gösta Marklund (M) till ersättare i förbundets styrelse"))
    tasks = [task for names, task in got["assignments"] if names == ("Noor Rahimi",)]
    assert any(t.startswith("lämna en skriftlig rapport om förbundets arbete till nämnden") for t in tasks), tasks
    assert not [task for names, task in got["assignments"] if names == ("Gösta Marklund",) and "rapport" in task]


def test_a_duty_laid_on_a_seat_no_one_was_appointed_to_here_is_no_ones(tmp_path):
    got = _load(tmp_path, ELECTION.format(elect="utse Noor Rahimi (S) till ersättare i förbundets styrelse"))
    assert not [task for names, task in got["assignments"] if "rapport" in task], got["assignments"]


DLG = """Anteckningar delregional ledningsgrupp närvårdssamverkan Ekvik
Datum: 2025-11-12

Närvarande:
Karin Fällström, ordförande
Anneli Kranz

1. Föregående anteckningar
Godkändes.

2. SIP-rutinen
Ronny berättade om läget. Arbetsgrupp SIP rapporterar till {to} två gånger per år.
"""


def test_an_acronym_spelling_the_name_of_the_body_that_met_is_that_body(tmp_path):
    got = _load(tmp_path, DLG.format(to="DLG"))
    assert [b for a, b in _reports(got) if a == "Arbetsgrupp SIP"] == [got["body"]], got["mandates"]


def test_an_acronym_spelling_another_name_is_not_the_body_that_met(tmp_path):
    got = _load(tmp_path, DLG.format(to="RSG"))
    assert got["body"] not in [b for a, b in _reports(got) if a == "Arbetsgrupp SIP"], got["mandates"]
