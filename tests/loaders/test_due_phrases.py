"""When a task is due where the minutes name a holiday, a quarter, a season or a year instead of a date."""
from __future__ import annotations

import pytest

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedItem, ParsedMinutes


def due_of(text: str, held: str) -> tuple[str | None, str | None]:
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Samverkansgrupp äldre", date=held,
                                        items=[ParsedItem(number="1", title="Ärende", body=text)]))
    assert len(r.assignments) == 1, r.assignments
    return r.assignments[0].due, r.assignments[0].due_date


@pytest.mark.parametrize("text,held,due,due_date", [
    ("Anna Lund tar fram ett förslag till rutin före jul.", "2025-10-08", "före jul", "2025-12-24"),
    ("Per Ek anmäler en superanvändare före midsommar.", "2025-05-14", "före midsommar", "2025-06-20"),
    ("Anna Lund tar fram en handlingsplan före första kvartalets slut.", "2025-10-08", "före första kvartalets slut",
     "2026-03-31"),
    ("Anna Lund tar fram en handlingsplan i slutet av första kvartalet.", "2025-10-08", "i slutet av första kvartalet",
     "2026-03-31"),
    ("Per Ek återkommer med namn på en ny ledamot innan sommaren.", "2025-02-13", "innan sommaren", "2025-06"),
    ("Anna Lund sammanställer enkätsvaren innan sommaren.", "2025-10-08", "innan sommaren", "2026-06"),
    ("Per Ek tar fram ett förslag till gemensam rutin till i höst.", "2025-02-13", "till i höst", "hösten 2025"),
    ("Anna Lund återkommer med ett förslag efter sommaren.", "2025-05-14", "efter sommaren", "hösten 2025"),
    ("Anna Lund redovisar resultatet till våren.", "2025-10-08", "till våren", "våren 2026"),
    ("Per Ek tar fram en ny överenskommelse i början av nästa år.", "2025-10-08", "i början av nästa år", "2026"),
    ("Per Ek ser över rutinen till årsskiftet.", "2025-10-08", "till årsskiftet", "2025-12-31"),
])
def test_calendar_due(text, held, due, due_date):
    assert due_of(text, held) == (due, due_date)


def test_a_period_is_no_due():
    """"under hösten" tells when as often as what period a count covers: no day is given."""
    assert due_of("Anna Lund sammanställer antalet SIP-möten under våren.", "2025-10-08") == ("under våren", None)


def test_our_is_no_season():
    """"i vår region": "vår" is "our", no spring."""
    assert due_of("Anna Lund tar fram en rutin för arbetet i vår region.", "2025-10-08") == (None, None)


@pytest.mark.parametrize("text,held,due,due_date", [
    # counted from the meeting
    ("Anna Lund skickar ut underlaget inom två veckor.", "2025-10-14", "inom två veckor", "2025-10-28"),
    ("Per Ek återkommer inom en månad.", "2025-10-14", "inom en månad", "2025-11-14"),
    # a report told for a month to come is a task, due that month
    ("Anna Lund redovisar statistiken i december.", "2025-10-14", "i december", "2025-12"),
])
def test_due_counted_from_the_meeting_and_reports_for_a_month_to_come(text, held, due, due_date):
    assert due_of(text, held) == (due, due_date)


def test_a_report_of_the_meeting_s_own_month_is_no_task():
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Samverkansgrupp äldre", date="2025-10-14",
                                        items=[ParsedItem(number="1", title="Ärende",
                                                          body="Anna Lund redovisar läget i oktober.")]))
    assert r.assignments == []


def test_a_time_counted_in_what_is_done_is_no_due():
    assert due_of("Anna Lund sammanställer vilka SIP som inte följts upp inom tre månader.", "2025-02-20") == (None, None)


@pytest.mark.parametrize("text,held,due_date", [
    # a month shortened between its day and its year, as a wiki's date or a calendar writes it
    ("Maria Fält sammanställer statistiken för helåret till mötet 12 feb. 2026.", "2025-11-20", "2026-02-12"),
    ("Oskar Lindgren skickar rutinen till styrgruppen senast 05 dec. 2025.", "2025-11-20", "2025-12-05"),
])
def test_a_shortened_month_is_a_day(text, held, due_date):
    assert due_of(text, held)[1] == due_date


def test_a_task_readying_the_meeting_an_item_sets_is_due_then():
    """"6. Övrigt och nästa möte: Nästa möte hålls den 22 januari 2026. Per Ek skickar kallelse.": the call
    is due by that meeting; "till nästa träff" is the next meeting too."""
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Samverkansgrupp äldre", date="2025-11-13",
                                        items=[ParsedItem(number="5", title="Kostnader",
                                                          body="Anna Lund sammanställer kostnaderna till nästa träff."),
                                               ParsedItem(number="6", title="Övrigt och nästa möte",
                                                          body="Nästa möte hålls den 22 januari 2026. Per Ek skickar "
                                                               "kallelse.")]))
    assert sorted(a.due_date for a in r.assignments) == ["2026-01-22", "2026-01-22"], r.assignments
