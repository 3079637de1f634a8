"""Notes of a samverkansgrupp whose title sets the county first and the body's level in brackets after its name
("ÅBY LÄN – SAMVERKANSGRUPP VUXNA (taktisk nivå)"), its roster laid out with dot leaders and the notes' keeper under
"Noterat av"; a working group set up with its members and its purpose ("… bildas med A, B och C för att …; A är
sammankallande") and named bare as "Arbetsgruppen" under a later point; and a network's running notes that agree on
what each does ("Vi var överens om att …"), decide in passing ("Beslut att OH blir …"), and hand the report on in the
convenor's office ("Som sammankallande lämnar AL rapporten till …")."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from tests.loaders.test_read_formats import load_text

SAMVERKANSGRUPP = """\
ÅBY LÄN – SAMVERKANSGRUPP VUXNA (taktisk nivå)
Minnesanteckningar 24 augusti 2027
Kl. 09.00–11.30 · Ekby kommunhus

Ledamöter närvarande
  Region Åby ........... Johan Ek, verksamhetschef vuxenpsykiatrin
                         Lisa Berg, områdeschef primärvård
  Ekby kommun .......... Mats Dahl, förvaltningschef vård och omsorg
  Norrby kommun ........ Sara Lind, enhetschef socialpsykiatri
Ej närvarande
  Norrby kommun ........ Per Holm, socialchef
Noterat av
  Frida Ahl, processledare, FoU Åby

Punkt 1 – Inledning
Johan Ek ledde träffen och hälsade välkommen. Dagordningen fastställdes.

Punkt 2 – Samsjuklighet
Lisa Berg beskrev läget.
Beslut: En arbetsgrupp bildas med Lisa Berg, Mats Dahl och Sara Lind för att ta fram en gemensam rutin för samordning vid samsjuklighet; Lisa Berg är sammankallande.

Punkt 3 – Uppdrag till arbetsgruppen
Arbetsgruppen ska inventera befintliga lokala rutiner och redovisa ett utkast för samverkansgruppen den 19 oktober.
"""


def test_the_level_in_brackets_is_no_part_of_the_name_and_the_county_first_names_it_too():
    m = parse_minutes(SAMVERKANSGRUPP, "x.txt")
    assert m.body == "SAMVERKANSGRUPP VUXNA"
    assert m.body_with_place == "SAMVERKANSGRUPP VUXNA – Åby län"


def test_noterat_av_alone_on_its_line_heads_the_one_who_keeps_the_notes():
    m = parse_minutes(SAMVERKANSGRUPP, "x.txt")
    frida = next(a for a in m.attendance if a.name == "Frida Ahl")
    assert (frida.status, frida.roles) == ("present", ["sekreterare"])


def test_the_one_who_led_the_gathering_under_a_heading_is_the_chair():
    m = parse_minutes(SAMVERKANSGRUPP, "x.txt")
    assert "ordförande" in next(a for a in m.attendance if a.name == "Johan Ek").roles


def test_the_lead_after_a_semicolon_is_a_decided_point_of_its_own():
    texts = [d.text.rstrip(".") for d in parse_minutes(SAMVERKANSGRUPP, "x.txt").decisions if d.item == "2"]
    assert texts[-1] == "Lisa Berg är sammankallande"
    assert texts[0].endswith("samordning vid samsjuklighet")


def test_the_group_set_up_for_a_purpose_and_named_bare_later(tmp_path):
    f = load_text(tmp_path, "sg_vuxna_aby_2027-08-24.txt", SAMVERKANSGRUPP)
    group = "Arbetsgrupp för gemensam rutin för samordning vid samsjuklighet"
    assert ("Mats Dahl", group, "join") in f["memberships"]
    assert any(who == (group,) and task.startswith("inventera befintliga lokala rutiner")
               for who, task in f["assignments"])
    assert not any("uppdrag till arbetsgruppen" in g.casefold() for m in f["mandates"] for g in m[:2])


NETWORK = """\
Kuratorernas nätverk i Åby län - anteckningar 14/9 2027

Med: Anna Lund (AL), Ekby kommun, sammankallande; Tove Blom (TB), Norrby kommun; Olle Hed (OH), Åby kommun.
Antecknade: TB

AL öppnade. Nätverket arbetar på uppdrag av Samverkansgrupp barn och unga – Åby län och ska lämna en rapport om frånvaron senast 15 oktober. Vi var överens om att varje kommun skickar sina siffror till AL senast 30/9 och att AL skriver ihop ett utkast. Som sammankallande lämnar AL rapporten till samverkansgruppen.

Kort om skolsköterskornas nätverk: det har ingen sammankallande. Beslut att OH blir kontaktperson mot skolsköterskornas nätverk tills vidare.

Nästa träff 9/11 på Teams. Som sammankallande bokar AL ett rum till vårens träffar.
"""


def test_agreed_points_and_a_decision_in_passing_in_running_notes():
    texts = {d.text.rstrip(".") for d in parse_minutes(NETWORK, "x.txt").decisions}
    assert {"varje kommun skickar sina siffror till AL senast 30/9", "AL skriver ihop ett utkast",
            "OH blir kontaktperson mot skolsköterskornas nätverk tills vidare"} <= texts


def test_the_report_handed_on_in_the_convenors_office_and_the_bodies_named_in_passing(tmp_path):
    f = load_text(tmp_path, "natverk_kuratorer_aby_2027-09-14.txt", NETWORK)
    assert ("Kuratorernas nätverk i Åby län", "Samverkansgrupp barn och unga – Åby län", "reports_to") in f["mandates"]
    # the report handed on is the network's reporting, no task of hers; another act in her office is her task
    assert not any(task.startswith("lämna rapporten till") for _, task in f["assignments"])
    assert any(who == ("Anna Lund",) and task.startswith("boka ett rum") for who, task in f["assignments"])


def test_agreed_that_the_matter_goes_up_is_a_decision():
    text = ("Arbetsgrupp beroende Åby\nMinnesanteckningar 2027-09-07\n\nNärvarande: Eva Ek, Åby kommun; Per Lind, Region Åby\n\n"
            "1. Boende\nFrågan är större än gruppens mandat. Gruppen är överens om att frågan lyfts till styrgruppen.\n\n"
            "2. Nästa möte\n2 november.\n")
    assert [d.text.rstrip(".") for d in parse_minutes(text, "x.txt").decisions] == ["frågan lyfts till styrgruppen"]


def test_agreed_that_a_thing_holds_is_no_decision():
    text = ("Arbetsgrupp beroende Åby\nMinnesanteckningar 2027-09-07\n\nNärvarande: Eva Ek, Åby kommun; Per Lind, Region Åby\n\n"
            "1. Boende\nVi var överens om att frågan är viktig. Gruppen är överens om att AL är bäst lämpad.\n\n"
            "2. Nästa möte\n2 november.\n")
    assert parse_minutes(text, "x.txt").decisions == []
