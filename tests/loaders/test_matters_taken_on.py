"""A member who takes a matter on: with her own chef, or to another body's meeting she goes to.

"Eva tar frågan med sin enhetschef." and "Karolina deltar i länets nätverk för elevhälsochefer den 20 mars och tar
med frågan om gemensam journalmall." are each the member's task; taking part in a meeting alone is none."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

NOTES = """Nätverk för biståndshandläggare – anteckningar 2025-12-03

Närvarande: Eva Brink, Kvarnsjö kommun; Karolina Berg, Åby kommun; Per Lund, Ekby kommun

1. Inledning
Per hälsade välkomna.

2. Platser
Kvarnsjös andra plats i nätverket står vakant sedan Hanna Ström slutade i oktober. {two}

3. Journalmall
{three}

4. Nästa möte
Den 20 januari.
"""


def _tasks(two: str, three: str) -> list[tuple[list[str], str]]:
    rel = extract_relations(parse_minutes(NOTES.format(two=two, three=three), "anteckningar.txt"))
    return [(a.assignees, a.task) for a in rel.assignments]


def test_a_matter_taken_up_with_ones_chef_or_carried_to_another_meeting_is_a_task():
    got = _tasks("Eva tar frågan med sin enhetschef.",
                 "Karolina deltar i länets nätverk för elevhälsochefer den 20 mars och tar med frågan om gemensam "
                 "journalmall.")
    assert (["Eva Brink"], "ta frågan med sin enhetschef") in got
    assert (["Karolina Berg"], "ta med frågan om gemensam journalmall") in got


def test_taking_part_in_a_meeting_is_no_task():
    got = _tasks("Eva deltar i länets nätverk den 20 mars.",
                 "Karolina deltar inte i länets nätverk och tar därför inte med frågan.")
    assert got == []
