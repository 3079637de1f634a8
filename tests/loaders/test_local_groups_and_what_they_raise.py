"""Local groups in the minutes of the body above them, and that body in theirs.

"Samverkansgruppen ger de lokala grupperna i uppdrag …" in the minutes of "Lokal samverkansgrupp X" gives the
task to the group that met, one of them; "Lokal samverkansgrupp X har lyft att …" in the minutes of the body above
refers the matter there."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _read(body: str, items: str):
    text = (f"{body} – minnesanteckningar 2026-06-04\n\n"
            "Närvarande: Anna Berg, verksamhetschef Norrby vårdcentral, ordförande; Per Ek, enhetschef hemsjukvård, "
            "Norrby kommun; Eva Lund, MAS, Norrby kommun\n\n"
            "1. Föregående anteckningar\nAnteckningarna lades till handlingarna.\n\n"
            f"2. Information\n{items}\n\n3. Nästa möte\nNästa möte hålls den 10 september.\n")
    return extract_relations(parse_minutes(text, "minnesanteckningar.txt"))


def test_the_local_groups_given_a_task_are_the_local_group_that_met():
    rel = _read("Lokal samverkansgrupp Norrby",
                "Anna informerade om att Samverkansgrupp äldre ger de lokala grupperna i uppdrag att till oktober "
                "kartlägga tillgången till palliativ kompetens.")
    tasks = [a for a in rel.assignments if "palliativ kompetens" in a.task]
    assert [a.assignees for a in tasks] == [["Lokal samverkansgrupp Norrby"]]
    assert [(m.from_body, m.to_body, m.kind) for m in rel.mandates] == [
        ("Samverkansgrupp äldre", "Lokal samverkansgrupp Norrby", "delegates")]


def test_a_local_group_named_lokal_samverkan_is_one_of_the_local_groups():
    rel = _read("Lokal samverkan Norrby",
                "Samverkansgrupp äldre ger de lokala grupperna i uppdrag att kartlägga tillgången till palliativ kompetens.")
    assert [a.assignees for a in rel.assignments if "palliativ" in a.task] == [["Lokal samverkan Norrby"]]


def test_local_groups_of_another_kind_are_not_the_group_that_met():
    # "de lokala arbetsgrupperna" in a lokal samverkansgrupp's minutes: not this group
    rel = _read("Lokal samverkansgrupp Norrby",
                "Samverkansgrupp äldre ger de lokala arbetsgrupperna i uppdrag att kartlägga tillgången till "
                "palliativ kompetens.")
    assert not any(a.assignees == ["Lokal samverkansgrupp Norrby"] for a in rel.assignments)


def test_what_a_local_group_has_raised_is_referred_to_the_body_above():
    rel = _read("Samverkansgrupp äldre",
                "Lokal samverkansgrupp Norrby har lyft att läkemedelslistor saknas vid hemgång från akuten. "
                "Per Ek tar med frågan till processteamet.")
    assert ("Lokal samverkansgrupp Norrby", "Samverkansgrupp äldre", "refers") in [
        (m.from_body, m.to_body, m.kind) for m in rel.mandates]
