"""Who carries out a task, told in the habits of notes: a unit named by its last word only ("Sekretariatet får
i uppdrag …") is the unit of the roster whose name that word ends ("Regionala samverkanssekretariatet"), and
those told to help in a sentence of their own after the task ("Håkan Lidberg och Gunilla Hofer bistår.") have
a task of their own. Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_read_formats import load_text

NOTES = """# Minnesanteckningar – Tjänstemannaberedningen för vård och omsorg i Ekby län

**Datum:** 2 december 2025

## Deltagare

| Namn | Organisation | Funktion |
|---|---|---|
| Vera Stål | Region Ekby | hälso- och sjukvårdsdirektör, ordförande |
| Håkan Lind | Region Ekby | primärvårdschef |
| Greta Holm | Tallnäs kommun | socialchef |
| Olle Nord | Regionala samverkanssekretariatet | processledare, antecknar |

## 3. Mobila team
Vera Stål berättade om läget i länet.

**Beslut:** {task}
"""
TASK = "Sekretariatet får i uppdrag att sammanställa ett underlag om mobila team till nästa möte."


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "tjb.md", text)


def _tasks_of(got: dict, *who: str) -> list[str]:
    return [task for names, task in got["assignments"] if names == tuple(sorted(who))]


def test_a_unit_named_by_its_last_word_is_the_rosters_unit(tmp_path):
    got = _load(tmp_path, NOTES.format(task=TASK))
    assert _tasks_of(got, "Regionala samverkanssekretariatet") == [
        "sammanställa ett underlag om mobila team till nästa möte"]
    assert not _tasks_of(got, "Sekretariatet")


def test_no_unit_of_the_roster_ends_so_the_name_stays_as_written(tmp_path):
    got = _load(tmp_path, NOTES.replace("Regionala samverkanssekretariatet", "Region Ekby").format(task=TASK))
    assert _tasks_of(got, "Sekretariatet")


def test_helpers_told_after_the_task_have_a_task_of_their_own(tmp_path):
    got = _load(tmp_path, NOTES.format(task=TASK) + "\nHåkan Lind och Greta Holm bistår.\n")
    (helping,) = _tasks_of(got, "Håkan Lind", "Greta Holm")
    assert helping.startswith("bistå sekretariatet med att sammanställa ett underlag")


def test_helpers_in_the_running_text_help_the_task_of_the_sentence_before(tmp_path):
    got = _load(tmp_path, NOTES.format(task="Informationen noteras.").replace(
        "Vera Stål berättade om läget i länet.",
        "Vera Stål berättade om läget i länet. Greta Holm tar fram en tidplan för införandet. Håkan Lind hjälper till."))
    assert _tasks_of(got, "Håkan Lind") == ["bistå Greta Holm med att ta fram en tidplan för införandet"]


PROTOCOL = """EKBY KOMMUN
SAMMANTRÄDESPROTOKOLL
{body}
Sammanträdesdatum: 2025-11-20

Beslutande
Eva Strand (S), ordförande
Per Holm (M)

Övriga
Lisa Berg, {chef}

§ 50  Belysning på motionsspåret

Beslut
{body} beslutar
att uppdra åt förvaltningen att utreda om belysningen kan finansieras med medel från landsbygdsfonden.
"""
TASK_TO_FÖRVALTNING = "utreda om belysningen kan finansieras med medel från landsbygdsfonden"


def test_förvaltningen_in_a_nämnds_protocol_is_the_förvaltning_named_after_the_nämnd(tmp_path):
    got = _load(tmp_path, PROTOCOL.format(body="Kultur- och fritidsnämnden", chef="kultur- och fritidschef"))
    assert _tasks_of(got, "Kultur- och fritidsförvaltningen, Ekby kommun") == [TASK_TO_FÖRVALTNING]


def test_förvaltningen_of_an_utskott_is_its_nämnds(tmp_path):
    got = _load(tmp_path, PROTOCOL.format(body="Socialnämndens arbetsutskott", chef="socialchef"))
    assert _tasks_of(got, "Socialförvaltningen, Ekby kommun") == [TASK_TO_FÖRVALTNING]


def test_förvaltningen_is_the_one_the_protocol_names_after_the_nämnd(tmp_path):
    # no chef titled like the nämnd, but the protocol is kept at the förvaltning named after it
    text = PROTOCOL.format(body="Vård- och omsorgsnämndens individutskott", chef="förvaltningschef vård och omsorg")
    got = _load(tmp_path, text + "\nProtokollet förvaras: Vård- och omsorgsförvaltningen, Ekby\n")
    assert _tasks_of(got, "Vård- och omsorgsförvaltningen, Ekby kommun") == [TASK_TO_FÖRVALTNING]


@pytest.mark.parametrize("body,chef", [("Kommunstyrelsen", "kommundirektör"),
                                       # no chef named like the nämnd: which of the kommun's förvaltningar is not said
                                       ("Kultur- och fritidsnämnden", "förvaltningschef")])
def test_förvaltningen_of_a_body_no_förvaltning_is_named_after_is_the_kommuns(tmp_path, body, chef):
    got = _load(tmp_path, PROTOCOL.format(body=body, chef=chef))
    assert _tasks_of(got, "Förvaltningen, Ekby kommun") == [TASK_TO_FÖRVALTNING]
    assert not _tasks_of(got)  # never a task left without the one who carries it out


def _groups(tmp_path: Path, text: str) -> set[str]:
    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    path = tmp_path / "p.md"
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "g.sqlite") as s:
        assert load_paths([path], s).failed == 0
        data = export_json(s.to_networkx())
    return {o["name"] for o in data["organizations"] if o["classification"] == "group"}


def test_the_presidium_of_a_named_body_is_a_body_of_its_own(tmp_path):
    got = _groups(tmp_path, NOTES.format(task="Informationen noteras.").replace(
        "Vera Stål berättade om läget i länet.",
        "Vera Stål återkopplade från presidiet i Politiska samverkansberedningen, som träffades den 20 november. "
        "Presidiet vill att tjänstemannaberedningen tar fram ett underlag om mobila team."))
    assert "Presidiet, Politiska samverkansberedningen" in got
    assert not [g for g in got if "presidi" in g.casefold() and "Politiska" not in g], got


def test_a_presidium_without_a_body_named_is_no_body_of_its_own(tmp_path):
    got = _groups(tmp_path, NOTES.format(task="Informationen noteras.").replace(
        "Vera Stål berättade om läget i länet.", "Vera Stål återkopplade från presidiets möte den 20 november."))
    assert not [g for g in got if "presidi" in g.casefold()], got


SSPF = """MINNESANTECKNINGAR
Skola, socialtjänst, polis och fritid (SSPF) – område Norr, Ekby kommun

Tid: tisdag 25 november 2025 kl. 08.30–10.30

Deltagare
  Johanna Brink, rektor Norrbyskolan
  Robert Lund, socialsekreterare, fältgruppen
  Sara Öqvist, verksamhetsledare fritidsgården Norrbyn
  Kent Åberg, ordförande kommunstyrelsen

1. Inledning
Johanna Brink hälsade välkommen.

2. Lägesbild
Henrik Strandberg redogjorde för polisens lägesbild.
SSPF kom överens om att fältgruppen och fritidsgården gör gemensamma kvällsvandringar fredagar under december.
"""


def test_units_of_the_roster_given_a_task_together_are_each_its_holder(tmp_path):
    got = _load(tmp_path, SSPF)
    assert _tasks_of(got, "Fältgruppen", "Fritidsgården Norrbyn") == [
        "göra gemensamma kvällsvandringar fredagar under december"]
    # workplaces, no bodies: no mandate runs to them from the group that met
    assert not [m for m in got["mandates"] if m[1] in ("Fältgruppen", "Fritidsgården Norrbyn")], got["mandates"]


def test_a_lower_case_unit_after_a_title_is_the_attendees_unit_and_a_political_body_is_not(tmp_path):
    from samverkan.loaders.extract import parse_minutes

    units = {a.name: a.unit for a in parse_minutes(SSPF).attendance}
    assert units["Robert Lund"] == "Fältgruppen"
    assert units["Sara Öqvist"] == "Fritidsgården Norrbyn"
    assert units["Kent Åberg"] is None  # "ordförande kommunstyrelsen": a seat in a political body, no workplace


def test_those_told_to_carry_the_task_hold_it_with_the_body_named_by_its_acronym(tmp_path):
    got = _load(tmp_path, SSPF + """
3. Skolans närvaro
Johanna Brink berättade om den ökade frånvaron i årskurs 8.
Beslut: SSPF tar fram ett gemensamt underlag om frånvaron till ledningsgruppen inför januarimötet. Robert Lund och Sara Öqvist ansvarar.
""")
    holders = [names for names, task in got["assignments"] if task.startswith("ta fram ett gemensamt underlag")]
    assert holders == [tuple(sorted(("SSPF område Norr, Ekby kommun", "Robert Lund", "Sara Öqvist")))], got["assignments"]
    assert not [task for _, task in got["assignments"] if task == "ansvara"]


def test_a_branch_of_care_named_with_the_adjective_that_tells_which_holds_its_task(tmp_path):
    got = _load(tmp_path, SSPF.replace(
        "SSPF kom överens om att fältgruppen och fritidsgården gör gemensamma kvällsvandringar fredagar under december.",
        "Förvaltningschefen har gett centrala elevhälsan i uppdrag att ta fram en handlingsplan mot skolfrånvaro."))
    holders = [names for names, task in got["assignments"] if task.startswith("ta fram en handlingsplan mot skolfrånvaro")]
    assert holders and all(len(h) == 1 and h[0].startswith("Centrala elevhälsan") for h in holders), got["assignments"]
