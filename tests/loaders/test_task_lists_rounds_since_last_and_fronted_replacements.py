"""Notes of taktisk and regional bodies: a closing "Att göra till nästa gång" list whose rows give the task first and
its doer after "Vem:"; a "Sedan sist" round whose lines are led by the huvudman they tell of; a network's title with
the region after a comma ("Nätverket för …, Norrby"), the region no part of its name; a change of seat with from when
told first ("Från och med januari ersätts A av B"); a label before a body's standing relation ("Tillägg: Gruppen
rapporterar till X"); "gemensamt" between a task's verb and its object; a steering group that "leder arbetet … på
uppdrag av X" in the header."""
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


_HEAD = ("Samverkansgrupp vuxna Norrby\nMinnesanteckningar 2029-11-09\n\n"
         "Kallade:\nEva Ek, socialchef, Åby kommun, ordförande\nPer Lind, enhetschef, Region Norrby\n"
         "Mia Sund, enhetschef, Ekby kommun\n\n")


def test_a_change_of_seat_with_from_when_told_first(tmp_path):
    f = load_text(tmp_path, "sg.txt", _HEAD + "1. Gruppen\nFrån och med januari ersätts Per Lind av Anna Berg, som "
                  "tillträder som enhetschef i Region Norrby.\n\n2. Nästa möte\n18 januari 2030.\n")
    assert ("Per Lind", "Samverkansgrupp vuxna Norrby", "leave") in f["memberships"], f["memberships"]
    assert ("Anna Berg", "Samverkansgrupp vuxna Norrby", "replace") in f["memberships"], f["memberships"]


def test_a_label_before_the_bodys_standing_report_line(tmp_path):
    f = load_text(tmp_path, "sg.txt", _HEAD + "1. Övrigt\nTillägg: Samverkansgruppen rapporterar till Ledningsgruppen "
                  "för vård och omsorg i Norrby (LVO) två gånger per år.\n\n2. Nästa möte\n18 januari 2030.\n")
    assert [m for m in f["mandates"] if m[0] == "Samverkansgrupp vuxna Norrby" and m[2] == "reports_to"
            and m[1].startswith("Ledningsgrupp")], f["mandates"]


def test_gemensamt_between_the_verb_and_the_task(tmp_path):
    f = load_text(tmp_path, "sg.txt", _HEAD + "1. Journalsystem\nEva Ek och Mia Sund tar gemensamt kontakt med "
                  "leverantören och återkommer i januari.\n\n2. Nästa möte\n18 januari 2030.\n")
    assert any(w == ("Eva Ek", "Mia Sund") and t.startswith("ta kontakt med leverantören") for w, t in f["assignments"]), \
        f["assignments"]


def test_a_steering_group_leading_the_work_on_the_uppdrag_of_a_body(tmp_path):
    f = load_text(tmp_path, "sg.md", "# Regional styrgrupp e-hälsa, Norrby\n\n**Minnesanteckningar** · 23 november 2029\n\n"
                  "Styrgruppen leder det gemensamma arbetet med e-hälsa i länet på uppdrag av Strategiska "
                  "ledningsgruppen i Norrby.\n\n## Deltagare\n\n| Namn | Organisation | Roll |\n|---|---|---|\n"
                  "| Eva Ek | Region Norrby, chef | ordförande |\n| Per Lind | Åby kommun, chef | ledamot |\n\n"
                  "## 1. Punkt\n\nText.\n")
    assert ("Strategiska ledningsgruppen i Norrby", "Regional styrgrupp e-hälsa", "delegates") in f["mandates"], f["mandates"]
