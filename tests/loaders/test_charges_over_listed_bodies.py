"""A body's standing charge over other bodies, listed with "liksom", "och" and "samt": "Samverkansgruppen ansvarar
för Arbetsgrupp A liksom för Arbetsgrupp B" delegates to each; a plural naming its places ("de lokala
samverkansgrupperna för barn i Åby och Ås") is one body in each place, and each stays its own body."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations, find_groups
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes


def _read(text, body="Samverkansgrupp äldre i Norrby"):
    attendance = [AttendanceEntry(name="Eva Ek", status="present", roles=["ledamot"], organisation="Region Norrby")]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=attendance,
                                           items=[ParsedItem(number="2", title="Uppdrag", body=text)]))


def _mandates(r):
    return sorted((m.from_body, m.to_body, m.kind) for m in r.mandates)


def test_liksom_ends_a_body_name():
    names = [g.name for g in find_groups("Arbetsgrupp trygg hemgång liksom för Arbetsgrupp demens")]
    assert names == ["Arbetsgrupp trygg hemgång", "Arbetsgrupp demens"]


def test_charge_over_a_list_of_bodies_after_a_fronted_phrase():
    r = _read("Enligt utkastet ansvarar Samverkansgruppen för Arbetsgrupp trygg hemgång liksom för Arbetsgrupp demens "
              "och Processteam utskrivning.")
    assert _mandates(r) == [("Samverkansgrupp äldre i Norrby", "Arbetsgrupp demens", "delegates"),
                            ("Samverkansgrupp äldre i Norrby", "Arbetsgrupp trygg hemgång", "delegates"),
                            ("Samverkansgrupp äldre i Norrby", "Processteam utskrivning", "delegates")]
    assert r.assignments == []  # a charge over bodies, no task of the body


def test_another_body_with_an_aside_and_its_report():
    r = _read("Styrgrupp psykisk hälsa, där socialchefen är ledamot, ansvarar för Arbetsgrupp suicidprevention liksom "
              "för Projektgrupp beroendeteam och rapporterar till Regional ledningsgrupp.", body="Socialnämnden, Åby kommun")
    assert ("Styrgrupp psykisk hälsa", "Arbetsgrupp suicidprevention", "delegates") in _mandates(r)
    assert ("Styrgrupp psykisk hälsa", "Projektgrupp beroendeteam", "delegates") in _mandates(r)
    assert ("Styrgrupp psykisk hälsa", "Regional ledningsgrupp", "reports_to") in _mandates(r)


def test_a_plural_naming_its_places_is_one_body_in_each():
    r = _read("Samverkansgruppen ansvarar för Arbetsgrupp SIP liksom för de lokala samverkansgrupperna för barn och "
              "unga i Åby, Ås och Ekby.", body="Samverkansgrupp barn och unga i Norrby")
    assert [t for _, t, _ in _mandates(r)] == [
        "Arbetsgrupp SIP", "Lokala samverkansgruppen för barn och unga i Ekby",
        "Lokala samverkansgruppen för barn och unga i Åby", "Lokala samverkansgruppen för barn och unga i Ås"]


def test_a_charge_over_tasks_is_no_mandate():
    r = _read("Samverkansgruppen ansvarar för uppföljningen av överenskommelsen liksom för handlingsplanen.")
    assert r.mandates == []


def test_har_ansvar_samt_and_a_name_going_on_in_capitals():
    r = _read("Styrgruppen har ansvar för Projektgrupp digital SIP samt för Arbetsgrupp utskrivning.",
              body="Styrgrupp Nära vård Norrby")
    assert _mandates(r) == [("Styrgrupp Nära vård Norrby", "Arbetsgrupp utskrivning", "delegates"),
                            ("Styrgrupp Nära vård Norrby", "Projektgrupp digital SIP", "delegates")]
