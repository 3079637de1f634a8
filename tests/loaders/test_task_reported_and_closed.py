"""A task reported back and closed by the meeting in one passive sentence ("Uppdraget redovisas och avslutas.")
is the decision to close it, its subject the task, not the verb before "och"."""
from pathlib import Path

from tests.loaders.test_read_formats import load_text

NOTES = """Chefsgrupp för socialtjänst i Åby
Minnesanteckningar 2028-01-19

Deltagare
Eva Ek, socialchef, Åby kommun, ordförande
Per Lind, socialchef, Norrby kommun

PUNKT 1 – Uppdrag om gemensam statistik
Per Lind redovisade sammanställningen av placeringar.
Uppdraget redovisas och avslutas.
"""


def test_reported_and_closed_reads_as_closing_the_task(tmp_path: Path):
    decisions = load_text(tmp_path, "a.txt", NOTES)["decisions"]
    assert "avsluta uppdraget" in decisions
    assert not any("redovisas" in d for d in decisions)
