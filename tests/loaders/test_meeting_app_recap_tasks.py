"""A meeting app's recap exported as text: its follow-up tasks ("☐ @Eva Ek skicka ut mallen – förfaller 27 okt.
2031") read as tasks to the person mentioned, due on the date after "förfaller"."""

from test_read_formats import load_texts

RECAP = """Mötessammanfattning
Arbetsgrupp hemgång Åby – avstämning
onsdag 12 mars 2031 10:00–11:00 · Teams-möte

Deltagare (3)
Eva Ek (Åby kommun) – Organisatör
Per Lind (Region Norrby)
Ola Berg (Ekby kommun)

Anteckningar
1. Nuläget
- Per Lind visade statistik över utskrivningar.

Uppföljningsuppgifter
☐ @Eva Ek skicka ut den nya mallen – förfaller 19 mars 2031
☐ @Ola Berg boka lokal för nästa möte – förfaller 2 apr. 2031
"""


def test_a_recaps_follow_up_tasks_read_as_tasks_with_their_due_dates(tmp_path):
    data = load_texts(tmp_path, {"recap.txt": RECAP})
    names = {p["id"]: p["name"] for p in data["persons"]}
    got = sorted((tuple(sorted(names.get(i, i) for i in a["assignee_ids"])), a["task"], a.get("due_date"))
                 for a in data["assignments"])
    assert got == [(("Eva Ek",), "skicka ut den nya mallen", "2031-03-19"),
                   (("Ola Berg",), "boka lokal för nästa möte", "2031-04-02")]
