"""A roster line of one huvudman naming two of its people side by side, a dash between them: both are read,
each with her own status."""
from pathlib import Path

from tests.loaders.test_read_formats import load_text

NOTES = """Chefsgrupp för socialtjänst i Åby
Minnesanteckningar 2028-01-19

Deltagare
Åby kommun: Eva Ek, socialchef, ordförande – Per Lind, förvaltningschef vård och omsorg
Norrby kommun: Ola Ås, socialchef – Bo Ahl, avdelningschef stöd och service (förhinder)

PUNKT 1 – Dagordning
Dagordningen fastställdes.
"""


def test_two_people_on_one_huvudman_line_each_read(tmp_path: Path):
    attendance = {name: status for name, status, _ in load_text(tmp_path, "a.txt", NOTES)["attendance"]}
    assert attendance == {"Eva Ek": "present", "Per Lind": "present", "Ola Ås": "present", "Bo Ahl": "absent"}
