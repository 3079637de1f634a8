"""Readings that need a whole protocol: who stands in for whom, the board of a förbund, which
förvaltning "förvaltningen" is. Each minutes here is loaded as a user would load it."""
from __future__ import annotations

import textwrap

import pytest

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths


def load(tmp_path, text: str, name: str = "protokoll.txt") -> dict:
    """The export of one minutes text (or the file ``name`` holding it), with ids replaced by names."""
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "m"], s)
        d = export_json(s.to_networkx())
    n = {x["id"]: x["name"] for x in d["persons"] + d["organizations"]}
    ev = d["events"][0]
    return {
        "body": n[ev["organization_id"]],
        "attendance": {n[p["person_id"]]: (p["status"], sorted(p.get("roles") or [])) for p in ev["participants"]},
        "memberships": {(n[m["person_id"]], n[m["organization_id"]], m["change"]) for m in d["memberships"]},
        "assignments": [(sorted(n[i] for i in a["assignee_ids"]) + list(a.get("assignee_roles") or []), a["task"])
                        for a in d["assignments"]],
        "bodies": {o["name"] for o in d["organizations"]},
        "persons": {p["name"] for p in d["persons"]},
        "decisions": [x["text"] for x in d["decisions"]],
        "mandates": {(n[m["from_id"]], n[m["to_id"]], m["classification"]) for m in d["mandates"]},
    }


NOTES = """\
    Minnesanteckningar Samverkansgrupp barn och unga Tallnäs
    Datum: 2025-10-01

    Närvarande:
    Karin Holm, Tallnäs kommun, ordförande
    Per Lind, Region Åsen
    Olle Dahl, Ekö kommun

    Frånvarande:
    Maja Ström, Ekö kommun

    1. Mötets öppnande
    Karin Holm öppnar mötet. Olle Dahl deltar som ersättare för Maja Ström. Eva Sund tjänstgör för Maja Ström.

    2. Utbildning
    Samverkansgruppen planerar en utbildningsdag. Samverkansgruppen ska bjuda in skolorna till hösten.
    Eftersom Per Lind hade förhinder kunde datum inte sättas.
    """


@pytest.fixture
def notes(tmp_path):
    return load(tmp_path, NOTES)


def test_a_stand_in_attends_as_ersättare_and_joins_nothing(notes):
    assert notes["attendance"]["Olle Dahl"] == ("present", ["ersättare"])
    assert notes["attendance"]["Eva Sund"] == ("present", ["ersättare"])  # not on the roster: added
    assert not [m for m in notes["memberships"] if m[0] in ("Olle Dahl", "Eva Sund") and m[2] == "join"]


def test_a_conjunction_opening_a_sentence_is_no_part_of_the_name_after_it(notes):
    assert "Per Lind" in notes["persons"]
    assert not [p for p in notes["persons"] if p.startswith("Eftersom")]


def test_what_a_body_plans_is_no_task_what_it_shall_do_is(notes):
    tasks = [t for _, t in notes["assignments"]]
    assert not any(t.startswith("planera") for t in tasks)
    assert any(t.startswith("bjuda in skolorna") for t in tasks)


def test_the_board_of_a_förbund_is_the_body_that_met_however_named(tmp_path):
    got = load(tmp_path, """\
        PROTOKOLL
        Samordningsförbundet Mellanå
        Styrelsen

        Datum: 2025-10-01

        Beslutande:
        Karin Holm (S), Tallnäs kommun, ordförande
        Per Lind (M), Region Åsen

        § 1 Verksamhetsplan
        Förbundets styrelse ska fastställa verksamhetsplanen i december.
        """)
    assert got["body"] == "Styrelsen, Samordningsförbundet Mellanå"
    assert not {"Förbundets styrelse", "Styrelsen"} & got["bodies"]


NÄMND = """\
    PROTOKOLL
    Vård- och omsorgsnämnden
    Tallnäs kommun

    Sammanträdesdatum: 2025-10-01

    Beslutande:
    Karin Holm (S), ordförande
    Per Lind (M)

    Övriga:
    Eva Ek, förvaltningschef{unit}

    § 12 Samverkan barn

    Beslut
    Vård- och omsorgsnämnden beslutar
    att uppdra åt förvaltningen att ta fram en handlingsplan.
    """


def test_förvaltningen_is_the_förvaltning_the_protocol_names(tmp_path):
    got = load(tmp_path, NÄMND.format(unit=" för Omsorgsförvaltningen"))
    assert (["Omsorgsförvaltningen, Tallnäs kommun"], "ta fram en handlingsplan") in got["assignments"]


def test_förvaltningen_of_a_protocol_naming_none_is_the_kommuns_unit_and_no_body(tmp_path):
    got = load(tmp_path, NÄMND.format(unit=""))
    assert (["Förvaltningen, Tallnäs kommun"], "ta fram en handlingsplan") in got["assignments"]
    assert [b for b in got["bodies"] if "förvaltning" in b.casefold()] == ["Förvaltningen, Tallnäs kommun"]


@pytest.mark.parametrize("text", ["Ordföranden konstaterade att styrgruppen för första gången sedan våren är fullständig.",
                                  "Konstaterades att styrgruppen för närvarande saknar en representant."])
def test_a_time_after_för_is_no_part_of_a_body_name(text):
    from samverkan.loaders.relations import find_groups
    assert [g.name.casefold() for g in find_groups(text)] in ([], ["styrgruppen"])


def test_a_body_named_without_its_place_is_the_one_the_minutes_name_with_it(tmp_path):
    got = load(tmp_path, """\
        PROTOKOLL
        Politisk vårdsamverkan Södra Ås

        Datum: 2025-10-09

        Närvarande ledamöter
        Åsa Lind (S), ordförande, Region Ås
        Bo Ek (M), Åby kommun

        § 1  Uppdrag
        Politisk vårdsamverkan beslutar
        att ge Tjänstemannaberedningen Södra i uppdrag att följa upp införandet.

        § 2  Förändringar i tjänstemannaberedningen
        Tjänstemannaberedningen har fått en ny sekreterare.
        """)
    assert "Tjänstemannaberedningen Södra" in got["bodies"] and "Tjänstemannaberedningen" not in got["bodies"]


UNLABELLED = """\
    Protokoll från sammanträde med styrgruppen för äldrefrågor

    Dag och tid: Onsdag den 8 oktober 2025 kl 13–15
    Plats: Kommunförbundet, Storgatan 2

    Ledamöter
    Närvarande:
    Karin Holm (S), ordförande, Tallnäs
    Per Lind (M), Åsen

    Inte närvarande:
    Olle Dahl (C), Ekö

    1 Justerare
    Per Lind utses att tillsammans med ordföranden justera protokollet.

    2 Verksamhetsplan 2026
    Ett förslag till verksamhetsplan har skickats ut inför mötet.
    att ställa sig bakom förslaget till verksamhetsplan.

    3 Remiss om hemtjänst
    Förvaltningen föreslår att styrgruppen besvarar remissen.
    att besvara remissen enligt förslaget.
    """


@pytest.fixture
def unlabelled(tmp_path):
    return load(tmp_path, UNLABELLED)


def test_a_status_label_under_a_roster_heading_says_who_came(unlabelled):
    assert unlabelled["attendance"]["Karin Holm"][0] == "present"
    assert unlabelled["attendance"]["Per Lind"][0] == "present"
    assert unlabelled["attendance"]["Olle Dahl"] == ("absent", ["ledamot"])


def test_dag_och_tid_dates_the_meeting(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "utan_datum.txt").write_text(textwrap.dedent(UNLABELLED), encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "m"], s)
        (event,) = export_json(s.to_networkx())["events"]
    assert event["start_date"] == "2025-10-08"


def test_numbered_titles_with_a_year_and_bare_att_clauses_after_a_paragraph(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "styrgrupp.txt").write_text(textwrap.dedent(UNLABELLED), encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "m"], s)
        data = export_json(s.to_networkx())
    (event,) = data["events"]
    assert [(i["number"], i["title"]) for i in event["agenda"]] == [
        ("1", "Justerare"), ("2", "Verksamhetsplan 2026"), ("3", "Remiss om hemtjänst")]
    decided = [d["text"] for d in data["decisions"]]
    assert any(t.startswith("ställa sig bakom förslaget") for t in decided)
    assert not any(t.startswith("besvara remissen") for t in decided)  # the förvaltning's proposal


def test_a_proposal_to_another_body_decides_and_gives_nothing_yet(tmp_path):
    got = load(tmp_path, """\
        PROTOKOLL
        Kommunstyrelsens arbetsutskott
        Tallnäs kommun
        Datum: 2025-09-23

        Närvarande beslutande
        Karin Holm (S), ordförande
        Per Lind (M)

        Övriga närvarande
        Eva Ek, kommundirektör

        § 54 Överenskommelse om hemsjukvård
        Ärendebeskrivning
        Kommunerna har tagit fram en ny överenskommelse.

        Arbetsutskottets förslag till kommunstyrelsen
        1. Kommunstyrelsen föreslår kommunfullmäktige att anta överenskommelsen.
        2. Kommundirektören får i uppdrag att följa upp överenskommelsen.

        § 55 Representation
        Arbetsutskottets beslut
        1. Per Lind utses till kommunens representant i Vårdsamverkan Åsen från den 1 oktober 2025.
        2. Uppdrag ges till kommundirektören att meddela Vårdsamverkan Åsen beslutet.
        """)
    tasks = {t: who for who, t in got["assignments"]}
    assert "följa upp överenskommelsen" not in tasks  # proposed, not given
    assert tasks.get("meddela Vårdsamverkan Åsen beslutet") == ["Eva Ek"]
    assert ("Per Lind", "Vårdsamverkan Åsen", "join") in got["memberships"]


def test_a_roster_in_columns_goes_on_under_a_label_of_its_own():
    from samverkan.loaders.extract import parse_minutes
    text = textwrap.dedent("""\
        PROTOKOLL
        Gemensamma nämnden för hjälpmedel
        Sammanträdesdatum 2025-11-20

        Närvarande ledamöter
        Ledamot               Parti   Huvudman
        Karin Holm            S       Region Åsen, ordförande
        Per Lind              KD      Tallnäs kommun

        Tjänstgörande ersättare
        Maja Ström            S       Region Åsen, för Olle Dahl (S)

        Övriga deltagare
        Eva Ek, förvaltningschef

        § 1 Godkännande av dagordning
        Nämnden godkänner dagordningen.
        """)
    got = {a.name: (a.status, a.roles, a.organisation, a.substitute_for) for a in parse_minutes(text, "n.txt").attendance}
    assert got["Karin Holm"] == ("present", ["ledamot", "ordförande"], "Region Åsen", None)
    assert got["Per Lind"][2] == "Tallnäs kommun"  # not run on into the next label's row
    assert got["Maja Ström"] == ("present", ["ersättare"], "Region Åsen", "Olle Dahl")
    assert got["Olle Dahl"][0] == "absent" and got["Eva Ek"][0] == "guest"


def test_a_body_named_by_its_kind_and_topic_without_its_place_is_the_one_named_with_it(tmp_path):
    got = load(tmp_path, """\
        PROTOKOLL
        Gemensamma nämnden för hjälpmedel
        Sammanträdesdatum 2025-11-20

        Beslutande
        Karin Holm (S), Region Åsen, ordförande
        Per Lind (KD), Tallnäs kommun

        § 33 Val av ledamot i samverkansgruppen för hjälpmedel
        Nämndens beslut
        att välja Per Lind (KD) till ledamot i Samverkansgrupp hjälpmedel Åsen efter Olle Dahl (C).
        """)
    assert "Samverkansgrupp hjälpmedel Åsen" in got["bodies"]
    assert not [b for b in got["bodies"] if b.casefold().startswith("samverkansgrupp") and b != "Samverkansgrupp hjälpmedel Åsen"]
    assert ("Olle Dahl", "Samverkansgrupp hjälpmedel Åsen", "leave") in got["memberships"]


def test_a_roster_kept_over_the_year_counts_the_marks_under_this_meeting():
    from samverkan.loaders.extract import parse_minutes
    table = ("| Namn | Organisation | 12/3 | 14/5 | 17/9 |\n|---|---|---|---|---|\n"
             "| Karin Ulv | Åsby kommun | x | x | |\n| Nils Berg | Region Åsen | x | | |\n")
    dated = parse_minutes(f"# Arbetsgrupp SIP\n\nMinnesanteckningar 14 maj 2025\n\n## Närvaro\n\n{table}\n## 1. Inledning\nText.\n", "a.md")
    assert {a.name: a.status for a in dated.attendance} == {"Karin Ulv": "present", "Nils Berg": "absent"}
    # no date in the text: the last meeting with any marks
    undated = parse_minutes(f"# Arbetsgrupp SIP\n\n## Närvaro\n\n{table}\n## 1. Inledning\nText.\n", "a.md")
    assert {a.name: a.status for a in undated.attendance} == {"Karin Ulv": "present", "Nils Berg": "absent"}


def test_a_region_named_as_a_compound_ends_a_body_name():
    from samverkan.loaders.relations import GroupVocabulary
    text = "Ledningsgruppen i Åsbyregionen. Kommunens representant i Samverkansgrupp barn och unga Åsbyregionen."
    assert "Åsbyregionen" in GroupVocabulary.of(None, text).regions
