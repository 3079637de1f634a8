"""A body giving a förbund a task, the förbund named by its kind in the definite form: "Ägarsamrådet gav
samordningsförbundet i uppdrag att …" is a task of the förbund the minutes are of (or name), and a mandate from the
giver to that förbund, which reports back where the task says so.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

BOARD = """Samordningsförbundet Gransjö
Protokoll från styrelsens sammanträde 2026-10-01

Närvarande ledamöter
Lena Ström (S), ordförande, Gransjö kommun
Karl Vik (M), Region Holmvidd

§ 4 Rapport från ägarsamrådet
Ordföranden rapporterar från ägarsamrådet den 15 september. Ägarsamrådet gav samordningsförbundet i uppdrag att
kartlägga unga vuxna med aktivitetsersättning och att redovisa kartläggningen till ägarsamrådet i maj 2027.
Beslut
Informationen läggs till handlingarna.

§ 5 Nästa sammanträde
Nästa möte hålls den 12 november 2026.
"""

NOTES = """Minnesanteckningar Arbetsgrupp unga vuxna
2026-10-08

Deltagare: Maja Berg, Samordningsförbundet Gransjö; Olle Sund, Gransjö kommun

1. Uppdrag
Maja berättade att ägarsamrådet gav förbundet i uppdrag att ta fram en plan för insatser för unga vuxna.
"""


def _facts(data):
    names = {o["id"]: o["name"] for o in data["organizations"]} | {p["id"]: p["name"] for p in data["persons"]}
    tasks = [([names[i] for i in a["assignee_ids"]], a["task"], names.get(a["given_by_id"])) for a in data["assignments"]]
    mandates = {(names[m["from_id"]], names[m["to_id"]], m["classification"]) for m in data["mandates"]}
    return names, tasks, mandates


def test_the_forbund_whose_board_met_is_given_the_task_and_mandated(tmp_path):
    data = load_texts(tmp_path, {"sf_gransjo_2026-10-01.txt": BOARD})
    names, tasks, mandates = _facts(data)
    assert any(who == ["Samordningsförbundet Gransjö"] and task.startswith("kartlägga unga vuxna")
               and "Ägarsamrådet" in (giver or "") for who, task, giver in tasks), tasks
    förbund = next(o for o in data["organizations"] if o["name"] == "Samordningsförbundet Gransjö")
    assert not förbund["id"].startswith(("person:", "group:"))  # the förbund itself, no person, no group
    assert ("Ägarsamrådet, Samordningsförbundet Gransjö", "Samordningsförbundet Gransjö", "delegates") in mandates, mandates
    assert ("Samordningsförbundet Gransjö", "Ägarsamrådet, Samordningsförbundet Gransjö", "reports_to") in mandates, mandates
    assert not any("förbund" in p["name"].casefold() for p in data["persons"])


def test_the_one_forbund_the_notes_name_is_the_forbund_meant(tmp_path):
    data = load_texts(tmp_path, {"ag_unga_vuxna_2026-10-08.txt": NOTES})
    names, tasks, mandates = _facts(data)
    assert any(who == ["Samordningsförbundet Gransjö"] and task.startswith("ta fram en plan") for who, task, _ in tasks), tasks
    assert any(t == "Samordningsförbundet Gransjö" and kind == "delegates" for _, t, kind in mandates), mandates
