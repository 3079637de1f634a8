"""Notes of working groups, process teams and networks: a summary mailed with a subject naming the meeting
("Sammanfattning från nätverksträffen 10 mars") to the body's list; a roster that only counts each side's people
("Närvarande: Åby (2), Norrby (1)") with their names in the text; the writer's own task after "så" with the verb
first ("…, så sammanställer jag …"); a task to the whole team ("Hela processteamet går igenom …"); and the
kommuner's task with from when between the verb and its object ("Kommunerna rapporterar från mars …")."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes
from tests.loaders.test_read_formats import load_text

MAIL = """Från: Karin Ahl <karin.ahl@aby.se>
Skickat: den 11 mars 2027 08:14
Till: Nätverket för boendestöd Åby
Ämne: Sammanfattning från nätverksträffen 10 mars

Hej alla!

Tack för en bra träff i går. Här kommer en kort sammanfattning.

Närvarande: Åby (2), Norrby (1), Ekby (1), Region Ekland (1).

1) Runda bordet
Eva Ek och Per Lind från Åby berättade om den digitala planeringen. Jonas Berg från Norrby tog upp att kvällsbesöken ökar.

2) Ny i nätverket
Lena Ström är ny i nätverket från Ekby och ersätter Ulla Ros.

3) Samverkan med psykiatrin
Olle Hed, öppenvårdspsykiatrin, gick igenom vårdplaneringen. Olle skickar en lista med kontaktpersoner till mig senast 31 mars, så sprider jag den.

4) Kartläggning
Kommunerna tar var för sig fram hur många brukare som har boendestöd efter kl. 17. Skicka era siffror till mig senast 9 april, så sammanställer jag inför nästa träff.

Hälsningar
Karin Ahl
"""


def test_a_subject_naming_the_meeting_leaves_the_body_to_the_recipients(tmp_path):
    f = load_text(tmp_path, "natverk.txt", MAIL)
    assert f["body"] == "Nätverket för boendestöd Åby"


def test_a_roster_counting_each_side_takes_the_people_the_text_names_from_it(tmp_path):
    f = load_text(tmp_path, "natverk.txt", MAIL)
    present = {n for n, status, _ in f["attendance"] if status == "present"}
    # those named from a counted side, and the one who presented a point; no more than the roster counts
    assert present == {"Eva Ek", "Per Lind", "Jonas Berg", "Lena Ström", "Olle Hed"}, f["attendance"]
    assert ("Eva Ek", "Nätverket för boendestöd Åby", "member") in f["memberships"]
    # a side whose count the names exceed gives none of them
    (tmp_path / "fewer").mkdir()
    f = load_text(tmp_path / "fewer", "natverk.txt", MAIL.replace("Åby (2)", "Åby (1)"))
    assert {n for n, _, _ in f["attendance"]} == {"Jonas Berg", "Lena Ström", "Olle Hed"}, f["attendance"]


def test_the_writers_own_task_after_sa_with_the_verb_first(tmp_path):
    f = load_text(tmp_path, "natverk.txt", MAIL)
    assert (("Karin Ahl",), "sprida den") in f["assignments"], f["assignments"]
    assert (("Karin Ahl",), "sammanställa inför nästa träff") in f["assignments"], f["assignments"]
    # the clause before "så" is its doer's task alone
    assert any(w == ("Olle Hed",) and t.startswith("skicka en lista med kontaktpersoner") and "sprider" not in t
               for w, t in f["assignments"]), f["assignments"]


ROSTER = [("Eva Berg", "Region Norrmark"), ("Una Björk", "Gransjö kommun"), ("Olle Sand", "Tallby kommun")]


def _read(text: str, body: str = "Processteam delegering"):
    att = [AttendanceEntry(name=n, status="present", roles=["ledamot"], organisation=o) for n, o in ROSTER]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=att,
                                           items=[ParsedItem(number="1", title="Ärende", body=text)], decisions=[]))


def test_the_whole_team_as_the_doer():
    r = _read("Hela processteamet går igenom utbildningens innehåll före nästa möte och lämnar synpunkter till Eva.")
    assert [(a.assignees, a.task[:32]) for a in r.assignments] == [
        (["Processteam delegering"], "gå igenom utbildningens innehåll")]


def test_from_when_between_the_kommuners_verb_and_what_they_do():
    r = _read("Kommunerna rapporterar från mars sin beläggning månadsvis till Eva Berg.")
    assert [(a.task) for a in r.assignments] == ["rapportera sin beläggning månadsvis till Eva Berg från mars"], \
        [(a.assignees, a.task) for a in r.assignments]
