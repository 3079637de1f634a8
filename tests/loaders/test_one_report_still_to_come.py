"""An arbetsgrupp's notes reminding it of its standing uppdrag and of the one report still due there: "Arbetsgruppen
har sitt uppdrag från X och ska lämna en delrapport dit i oktober" is the mandate both ways and a task of the group.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """# Arbetsgrupp hembesök Åby – anteckningar 4 maj 2027

Plats: Teams

**Deltog:** Eva Lund (Åby kommun, sammankallande), Per Holm (Region Norrby, sjuksköterska)

### 1. Uppdraget

Vi påminns om att arbetsgruppen har sitt uppdrag från Samverkansgrupp äldre och ska lämna en delrapport dit i oktober.

### 2. Övrigt

Inget övrigt.
"""

STANDING = NOTES.replace("ska lämna en delrapport dit i oktober", "rapporterar dit två gånger per år")


def test_the_report_still_due_is_a_task_of_the_group(tmp_path):
    f = load_text(tmp_path, "ag.md", NOTES)
    assert ("Samverkansgrupp äldre", "Arbetsgrupp hembesök Åby", "delegates") in f["mandates"], f["mandates"]
    tasks = [task for who, task in f["assignments"] if who == ("Arbetsgrupp hembesök Åby",)]
    assert tasks == ["lämna en delrapport till Samverkansgrupp äldre i oktober"], f["assignments"]


def test_the_standing_report_line_is_no_task(tmp_path):
    f = load_text(tmp_path, "ag.md", STANDING)
    assert ("Arbetsgrupp hembesök Åby", "Samverkansgrupp äldre", "reports_to") in f["mandates"], f["mandates"]
    assert not [t for who, t in f["assignments"] if who == ("Arbetsgrupp hembesök Åby",)], f["assignments"]
