"""Minutes by other hands (round 78, b): a closing "Att göra till nästa gång" list whose rows give the task first and
its doer after "Vem:"; a "Sedan sist" round whose lines are led by the huvudman they tell of; a network's title with
the region after a comma ("Nätverket för …, Norrby"), the region no part of its name."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from tests.loaders.test_read_formats import load_text


def test_task_first_then_vem_rows_under_an_action_label(tmp_path):
    f = load_text(tmp_path, "sg.txt", "Samverkansgrupp vuxna Norrby\nMinnesanteckningar 2029-11-09\n\n"
                  "Kallade:\nEva Ek, socialchef, Åby kommun, ordförande\nPer Lind, enhetschef, Region Norrby\n\n"
                  "1. Inledning\nDagordningen godkändes.\n\n2. Nästa möte\n18 januari 2030 på Teams.\n\n"
                  "Att göra till nästa gång\n- Skicka ut utkastet på remiss till kommunerna. Vem: Per Lind\n"
                  "- Boka lokal för utbildningsdagen. Vem: Eva Ek\n")
    tasks = {(who, task) for who, task in f["assignments"]}
    assert (("Per Lind",), "skicka ut utkastet på remiss till kommunerna") in {
        (w, t[:1].lower() + t[1:]) for w, t in tasks}, f["assignments"]
    assert any(w == ("Eva Ek",) and "lokal för utbildningsdagen" in t for w, t in tasks), f["assignments"]


def test_a_network_titled_with_its_region_after_a_comma_is_the_network():
    text = ("Nätverket för biståndshandläggare – Norrby\nAnteckningar 1 december 2029\n\n"
            "Närvarande: Eva Ek, Åby kommun, och Per Lind, Region Norrby.\n\n1. Inledning\nEva hälsade välkommen.\n")
    assert parse_minutes(text, "n.txt").body == "Nätverket för biståndshandläggare"


def test_each_teller_of_a_sedan_sist_round_led_by_her_huvudman_presents():
    text = ("Samverkansgrupp vuxna Norrby\nMinnesanteckningar 2029-11-09\n\n"
            "Kallade:\nEva Ek, socialchef, Åby kommun\nPer Lind, enhetschef, Ekby kommun\n\n"
            "1. Sedan sist\nÅby: Eva Ek meddelade att två tjänster är vakanta.\n"
            "Ekby: Per Lind meddelade att rekryteringen är klar.\n\n2. Nästa möte\n18 januari 2030.\n")
    (first, *_) = parse_minutes(text, "sg.txt").items
    assert first.presenters == ["Eva Ek", "Per Lind"], first.presenters
