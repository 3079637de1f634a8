"""Where a body's name ends in running text, and who may give a body's task.

A name stops before what the sentence goes on to say of the body: the term of a seat ("… för perioden
2027–2028"), a second predicate after "och" ("… för samsjuklighet och anmäla dessa till nämnden"), a verb
("Nämnden för funktionsstöd tillsätter en …", "Behöver Politiskt samverkansråd få veta …") and what the body
owns after its genitive ("vid Arbetsgrupp trygg hemgångs möte"). A task a person gives ("förvaltningschef Tomas
Edlund har gett elevhälsan i uppdrag …") is no body's, so no body is named after the person.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from samverkan.loaders.relations import find_groups


def _names(text: str) -> list[str]:
    return [g.name for g in find_groups(text)]


def test_the_term_of_a_seat_is_no_part_of_the_name():
    assert _names("Eva Lund representerar kommunerna i Styrgruppen för äldres hälsa för perioden 2027–2028.") == [
        "Styrgruppen för äldres hälsa"]


def test_a_second_predicate_after_och_ends_the_name():
    text = ("Förvaltningschefen får i uppdrag att utse två representanter till den lokala samverkansgruppen för "
            "samsjuklighet och anmäla dessa till nämnden i januari.")
    assert "lokala samverkansgruppen för samsjuklighet" in _names(text)
    assert not any("anmäla" in n for n in _names(text))


def test_a_verb_after_the_name_ends_it():
    assert _names("Nämnden för funktionsstöd tillsätter en politisk referensgrupp.")[0] == "Nämnden för funktionsstöd"
    assert _names("Behöver Politiskt samverkansråd få veta om förlängningen?") == ["Politiskt samverkansråd"]


def test_what_a_body_owns_after_its_genitive():
    assert _names("Mallen togs fram vid Arbetsgrupp trygg hemgångs möte 10 juni.") == ["Arbetsgrupp trygg hemgång"]


NOTES = """# Minnesanteckningar – Centrala elevhälsoteamet 12 mars 2026

Närvarande: Karolina Berg (ordf.), Jonas Ek, Lisa Holm

## 1. Uppdrag från förvaltningsledningen
Karolina berättade att förvaltningschef Tomas Edlund har gett centrala elevhälsan i uppdrag att ta fram en
handlingsplan mot problematisk skolfrånvaro. Teamet tar fram ett första utkast till maj.

## 2. Nästa möte
9 april 2026.
"""


def test_a_person_giving_a_task_names_no_body(tmp_path: Path):
    path = tmp_path / "eht_2026-03-12.md"
    path.write_text(NOTES, encoding="utf-8")
    with NetworkxStore(tmp_path / "m.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    names = {o["name"].casefold() for o in data["organizations"]}
    assert not any("edlund" in n for n in names), names
    [task] = [a for a in data["assignments"] if "handlingsplan" in a["task"]]
    assert task["given_by_id"] is None


def test_the_term_of_a_seat_is_cut_from_a_members_body():
    from samverkan.loaders.resolve import group_name_parts
    assert group_name_parts("Regionala programområdet för äldres hälsa för perioden 2027–2028") == (
        "Regionala programområdet för äldres hälsa", None)
    assert group_name_parts("Politiskt samråd Åby under mandatperioden 2027–2030") == ("Politiskt samråd Åby", None)


def test_a_post_empty_in_a_place_is_no_seat_in_a_body():
    from samverkan.loaders.extract import parse_minutes
    from samverkan.loaders.relations import extract_relations
    text = ("Arbetsgrupp hemrehabilitering\nAnteckningar 2026-05-04\n\nNärvarande: Eva Ek, Per Lund\n\n"
            "1. Väntetider\nVäntan på första hembesök är mellan 3 och 15 dagar. Längst är den i Lövsta, där en tjänst "
            "är vakant.\n\n2. Platser\nPlatsen för Ekby kommun i arbetsgruppen är vakant.\n")
    rel = extract_relations(parse_minutes(text, "ag.txt"))
    assert not [v for v in rel.vacancies if v.group and "Lövsta" in v.group]


def test_a_bracket_telling_what_the_body_is_names_no_other():
    assert _names("Uppdragsgivare: Hjälpmedelsnämnden i Lysmark (gemensam nämnd för Region Lysmark och länets fem "
                  "kommuner)") == ["Hjälpmedelsnämnden i Lysmark"]
    assert _names("BUS-gruppen i Lomvik (lokal samverkansgrupp för barn och unga, kommunen och regionen) saknar en "
                  "representant.") == ["BUS-gruppen"]


def test_while_an_event_lasts_is_no_part_of_the_name():
    from samverkan.loaders.resolve import group_name_parts
    assert group_name_parts("Länsstyrelsens regionala samverkanskonferens under händelsen") == (
        "Länsstyrelsens regionala samverkanskonferens", None)


def test_a_word_of_a_title_typed_in_capitals_is_no_acronym():
    from samverkan.loaders.extract import parse_minutes
    head = "\nAnteckningar från möte 2027-08-31\n\n1. Inledning\nOrdföranden hälsade välkommen.\n"
    assert parse_minutes("PROCESSTEAM VÅRDÖVERGÅNGAR – ÅDALEN" + head, "pt.txt").body.casefold() == (
        "processteam vårdövergångar")
    assert parse_minutes("SAMVERKANSGRUPP BARN OCH UNGA – SSBUP" + head, "sg.txt").body.endswith("(SSBUP)")
