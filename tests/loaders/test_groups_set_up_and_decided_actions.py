"""Habits of the notes of less common kinds of body (a samverkansgrupp för hemlöshet, a network of enhetschefer
in a regional stödstruktur, an IT-samverkansgrupp, a processgrupp för barn som anhöriga): a group set up with its
members after the verb, a seat taken "efter" its former holder, a numbered list of "Beslutade åtgärder", the body
just set up bringing its work back, a proposal to another body; each read on a small minutes of its own, loaded
alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "m.txt", text)


HEAD = """Nätverket för enhetschefer barn och unga
Minnesanteckningar 2025-11-27

Deltagare
Camilla Hedberg, FoU-ledare, sammankallande
Jonas Ek, enhetschef, Åby kommun
Elin Grape, enhetschef, Ös kommun
Sofia Berggren, enhetschef, Ekby kommun

"""

BODY = "Nätverket för enhetschefer barn och unga"


def test_a_group_set_up_with_its_members_after_the_verb(tmp_path):
    """"En arbetsgrupp för X tillsätts med A och B", "En skrivgrupp tillsätts: A och B. B är sammankallande.": the
    members join the new group, which the body that met sets up; its convener's seat is in it, no task to set it up."""
    f = _load(tmp_path, HEAD + """1. Introduktion
En arbetsgrupp för introduktionsprogrammet tillsätts med Elin Grape och Jonas Ek.

2. Rutin
En skrivgrupp tillsätts: Elin Grape och Sofia Berggren. Sofia Berggren är sammankallande.
""")
    ms = f["memberships"]
    assert ("Elin Grape", "Arbetsgrupp för introduktionsprogrammet", "join") in ms, ms
    assert ("Jonas Ek", "Arbetsgrupp för introduktionsprogrammet", "join") in ms, ms
    assert ("Sofia Berggren", "Skrivgruppen", "join") in ms, ms
    assert ("Elin Grape", "Skrivgruppen", "join") in ms, ms
    assert (BODY, "Skrivgruppen", "delegates") in f["mandates"], f["mandates"]
    assert (BODY, "Arbetsgrupp för introduktionsprogrammet", "delegates") in f["mandates"], f["mandates"]
    assert not any(t.startswith("tillsätta") for _, t in f["assignments"]), f["assignments"]
    assert any(d.startswith("tillsätta en arbetsgrupp för introduktionsprogrammet") for d in f["decisions"]), f["decisions"]


def test_the_group_just_set_up_brings_its_work_back(tmp_path):
    """"Skrivgruppen presenterar ett utkast för nätverket i februari. Utkastet lyfts därefter till
    socialchefsnätverket för beslut.": the new group's task, reporting to the body that met, which refers the draft."""
    f = _load(tmp_path, HEAD + """1. Rutin
En skrivgrupp tillsätts: Elin Grape och Sofia Berggren. Skrivgruppen presenterar ett utkast för nätverket i februari.
Utkastet lyfts därefter till socialchefsnätverket för beslut.
""")
    assert ("Skrivgruppen", BODY, "reports_to") in f["mandates"], f["mandates"]
    assert (BODY, "Socialchefsnätverket", "refers") in f["mandates"], f["mandates"]
    assert any(who == ("Skrivgruppen",) and t.startswith("presentera ett utkast för nätverket")
               for who, t in f["assignments"]), f["assignments"]


def test_a_seat_taken_after_its_former_holder(tmp_path):
    """"A tillträder som ny representant för X efter B", "… som Region Xs andra representant efter B, som har lämnat
    gruppen": A's seat replaces B's, B leaves; "tillträder som representant för Ekby församling från och med detta
    möte" is a seat joined."""
    f = _load(tmp_path, HEAD + """1. Förändringar i gruppen
Karin Holm tillträder som ny representant för Åby kommun efter Per Lund.
Eva Strid tillträder som Region Norrbys andra representant efter Rolf Ekström, som har lämnat gruppen efter omorganisationen.
Maja Lind tillträder som representant för Ekby församling från och med detta möte.

2. Nästa möte
Nästa möte hålls den 12 februari 2026.
""")
    ms = f["memberships"]
    for m in [("Karin Holm", BODY, "replace"), ("Per Lund", BODY, "leave"), ("Eva Strid", BODY, "replace"),
              ("Rolf Ekström", BODY, "leave"), ("Maja Lind", BODY, "join")]:
        assert m in ms, (m, ms)


def test_one_replacing_a_member_gone_from_her_post(tmp_path):
    """"Sofia ersätter Malin Åkesson som har gått i pension": the seat in the body that met, by the given name of one
    on the roster."""
    f = _load(tmp_path, HEAD + """1. Mötet öppnas
Camilla Hedberg öppnade mötet och hälsade Sofia Berggren välkommen som ny i nätverket. Sofia ersätter Malin Åkesson som har gått i pension.

2. Nästa möte
Nästa möte hålls den 12 februari 2026.
""")
    assert ("Sofia Berggren", BODY, "replace") in f["memberships"], f["memberships"]
    assert ("Malin Åkesson", BODY, "leave") in f["memberships"], f["memberships"]


def test_a_numbered_list_of_decided_actions(tmp_path):
    """"Beslutade åtgärder" over rows numbered 1, 2 …: each row is a decision of the body that met."""
    f = _load(tmp_path, HEAD + """1. Övrigt
Inget att anteckna.

Beslutade åtgärder
1. Elin Grape skickar ut en mall till arbetsgruppen senast den 5 december.
2. Jonas Ek sammanställer placeringskostnaderna till februarimötet.

Nästa möte: 12 februari 2026.
""")
    assert any(d.startswith("Elin Grape skickar ut en mall") for d in f["decisions"]), f["decisions"]
    assert any(d.startswith("Jonas Ek sammanställer placeringskostnaderna") for d in f["decisions"]), f["decisions"]


def test_a_standing_task_reminded_of_and_a_proposal_to_another_body(tmp_path):
    """"X påminde om att socialchefsnätverket har gett nätverket i uppdrag att …": the giver's delegation;
    "Nätverket enades om att föreslå socialchefsnätverket en gemensam upphandling …": a recommendation."""
    f = _load(tmp_path, HEAD + """1. Uppdraget
Camilla Hedberg påminde om att socialchefsnätverket i Norrby har gett nätverket i uppdrag att ta fram en introduktion.

2. Placeringar
Jonas Ek visade kostnaderna. Nätverket enades om att föreslå socialchefsnätverket en gemensam upphandling av familjehem.
""")
    assert ("Socialchefsnätverket", BODY, "delegates") in f["mandates"], f["mandates"]
    assert (BODY, "Socialchefsnätverket", "recommends") in f["mandates"], f["mandates"]


def test_a_body_holding_its_meeting_ends_its_name(tmp_path):
    """"Arbetsgruppen för introduktionsprogrammet håller sitt första möte före jul": "håller" is the predicate, no
    part of the group's name."""
    f = _load(tmp_path, HEAD + """1. Introduktion
En arbetsgrupp för introduktionsprogrammet bildas bestående av Elin Grape och Jonas Ek.
Arbetsgruppen för introduktionsprogrammet håller sitt första möte före jul.
""")
    groups = {g for _, g, _ in f["memberships"]} | {x for m in f["mandates"] for x in m[:2]}
    assert not any("håller" in g for g in groups), groups


def test_the_justerare_together_with_the_chair_said_once(tmp_path):
    """"A utsågs att justera anteckningarna tillsammans med ordföranden": the words said once in the task."""
    f = _load(tmp_path, HEAD + """1. Mötets öppnande
Camilla Hedberg öppnade mötet. Jonas Ek utsågs att justera anteckningarna tillsammans med ordföranden.
""")
    tasks = [t for who, t in f["assignments"] if who == ("Jonas Ek",)]
    assert tasks and all(t.count("tillsammans med ordföranden") == 1 for t in tasks), f["assignments"]
