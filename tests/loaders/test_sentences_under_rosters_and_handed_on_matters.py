"""A sentence written right under a närvarolista, a note beside a mark, and a body's name before a second act.

A line of prose under a roster table with a column of marks ("Hugo Rantanen har lämnat sekreterarrollen; Oliver
Strand för anteckningar fr.o.m. i dag.") is no row of it: the person it names is not away for want of a mark. A
mark cell that goes on with the duty ("närvarande, antecknar") gives the role. A body's name ends before a
second act after "och" that hands a matter on ("… i Politiskt samråd X och överlämnar ärendet till …",
"… till Samverkansgrupp äldre och föreslå att …").
"""
from __future__ import annotations

from pathlib import Path

from samverkan.loaders.relations import find_groups
from tests.loaders.test_read_formats import load_text

ROSTER = """Projektgrupp Digital hemmonitorering
Projektmöte nr 14 – onsdag 15 november 2028, 09.00–11.00

Deltagare                    Huvudman                      Närvaro
Lina Backström, projektledare (ordf.)   Region Havsby      närvarande
Mattias Ek, sjuksköterska    Klippviks kommun              närvarande
Lovisa Berg-Nordström, sjuksköterska   Sandhamra kommun   frånvarande
Oliver Strand, systemförvaltare   Region Havsby            närvarande, antecknar
Hugo Rantanen har lämnat sekreterarrollen; Oliver Strand för anteckningar fr.o.m. i dag.

§ 1 Godkännande av dagordning
Dagordningen godkändes med tillägg av en övrig fråga.
"""


def test_a_sentence_under_the_roster_puts_no_one_away(tmp_path: Path):
    att = {name: (status, roles) for name, status, roles in load_text(tmp_path, "pg_2028-11-15.txt", ROSTER)["attendance"]}
    assert att["Oliver Strand"][0] == "present"
    assert att["Lovisa Berg-Nordström"][0] == "absent"
    assert "Hugo Rantanen" not in att


def test_a_duty_beside_the_mark_is_the_role(tmp_path: Path):
    text = ROSTER.replace("Hugo Rantanen har lämnat sekreterarrollen; Oliver Strand för anteckningar fr.o.m. i dag.\n", "")
    att = {name: (status, roles) for name, status, roles in load_text(tmp_path, "pg_2028-11-15.txt", text)["attendance"]}
    assert att["Oliver Strand"][0] == "present"
    assert "sekreterare" in att["Oliver Strand"][1]


def _names(text: str) -> list[str]:
    return [g.name for g in find_groups(text)]


def test_a_matter_handed_on_after_och_ends_the_name():
    assert "Politiskt samråd Nära vård Ådalen" in _names(
        "Arbetsutskottet nominerar Petra Lundmark (C) som ny ersättare i Politiskt samråd Nära vård Ådalen och "
        "överlämnar ärendet till kommunstyrelsen.")
    names = _names("Nätverket enades om att skicka en skrivelse om detta till Samverkansgrupp äldre och föreslå att "
                   "samverkansgruppen ger arbetsgruppen i uppdrag att se över rutinen.")
    assert "Samverkansgrupp äldre" in names
    assert not any("föreslå" in n for n in names)
    # (a body of two fields keeps its "och")
    assert "Arbetsgrupp hemsjukvård och läkarmedverkan" in _names(
        "Arbetsgrupp hemsjukvård och läkarmedverkan har lämnat sin delrapport.")
