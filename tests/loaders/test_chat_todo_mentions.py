"""A Teams chat's closing "ToDo:" block: "@Name task" rows, the task a noun without a verb, "@A + @B" giving
both; the doers are the attendees of those given names. A row restating a task the chat told earlier adds
nothing; a new one belongs to the item where the chat first told it of that person. A row led by an attendee's
initials and a verb ("RE bjuder in …") is a task too.
"""
from __future__ import annotations

from samverkan.loaders.clean import clean
from tests.loaders.test_read_formats import load_texts

CHAT = """Pensionärsråd Åsvik – mötets chatt (kopierad in som anteckningar)
Teams-möte tisdag 3 november 2026 10:00–11:30
Äldreförvaltningen, Åsviks kommun

Hanna Berglöf 10:01
Hej alla! Jag för anteckningar direkt här i chatten.

Hanna Berglöf 10:02
Närvarande: Ingrid Sävström (enhetschef, ordf), Hanna Berglöf (handläggare, sekr), Tobias Rehn (PRO Åsvik), Klara Öman (SPF Åsvik), Nils Dahlqvist (RPG Åsvik)
Frånvarande: Gun Alm (SKPF Åsvik)

Hanna Berglöf 10:05
1. Dagordningen godkändes.

Hanna Berglöf 10:12
2. Återkoppling sen förra rådet (8 sep):
- Busskortet: inte klart, Ingrid tar det med trafikenheten igen

Hanna Berglöf 10:40
3. Seniormässan. Rådet beslutade att Tobias och Klara skriver ett gemensamt program som skickas till Ingrid senast 4 december.

Klara Öman 10:42
Kan vi få programmet i stor stil?

Ingrid Sävström 10:43
Ja, jag ber kommunikatören ta fram ett i stor stil. Hanna skickar ut det när det finns

Hanna Berglöf 11:00
4. Information från äldreförvaltningen: nya öppettider på Träffpunkten från januari.

Hanna Berglöf 11:10
5. Ny ledamot: Nils Dahlqvist är ny representant för RPG (se ovan).

Hanna Berglöf 11:20
6. Övrigt: julfika 15/12 i Träffpunkten, alla välkomna. Nästa råd 2 februari 2027.

Hanna Berglöf 11:25
ToDo:
@Ingrid busskortet → trafikenheten
@Tobias + @Klara program till mässan senast 4/12
@Hanna versionen i stor stil ut till alla
ND bjuder in föreningens medlemmar till julfikan
"""


def test_mentions_joined_by_a_plus_are_one_list_and_mark_a_task_row():
    assert clean("@Tobias + @Klara program till mässan senast 4/12").lines == [
        "→ Tobias och Klara program till mässan senast 4/12"]


def _tasks(data: dict) -> list[tuple[str, tuple[str, ...], str]]:
    names = {p["id"]: p["name"] for p in data["persons"]}
    names.update({o["id"]: o["name"] for o in data["organizations"]})
    items = {it["id"]: it["number"] for e in data["events"] for it in e["agenda"]}
    return [(items.get(a["item_id"]), tuple(sorted(names.get(i, i) for i in a["assignee_ids"])), a["task"])
            for a in data["assignments"]]


def test_the_todo_rows_are_tasks_of_the_attendees_once_each(tmp_path):
    tasks = _tasks(load_texts(tmp_path, {"pensionarsrad_asvik_2026-11-03.txt": CHAT}))
    ingrid = [t for t in tasks if t[1] == ("Ingrid Sävström",)]
    # the row restates what item 2 told of Ingrid: the task is hers, under item 2
    assert any(t[0] == "2" and "busskortet" in t[2] and "trafikenheten" in t[2] for t in ingrid), tasks
    # Tobias and Klara's program was decided under item 3: the row adds no second task
    both = [t for t in tasks if t[1] == ("Klara Öman", "Tobias Rehn")]
    assert len(both) == 1 and both[0][0] == "3", tasks
    # the row names what "det" stood for in the task the chat gave Hanna: no second task
    assert len([t for t in tasks if t[1] == ("Hanna Berglöf",)]) == 1, tasks
    # "ND": Nils Dahlqvist by his initials, and the verb's infinitive
    assert any(t[1] == ("Nils Dahlqvist",) and t[2].startswith("bjuda in föreningens medlemmar") for t in tasks), tasks
    # the julfika the row invites to is dated in the item ("julfika 15/12"): the invitation is due by then
    data = load_texts(tmp_path / "again", {"pensionarsrad_asvik_2026-11-03.txt": CHAT})
    assert [a["due_date"] for a in data["assignments"] if a["task"].startswith("bjuda in")] == ["2026-12-15"]
