"""The body standing behind what the sentence before proposed, by a pronoun ("Eva föreslog att gruppen ska ha X som
stående punkt. Gruppen ställde sig bakom det."): the decision is what was proposed, not "ställa sig bakom det".
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar Samverkansgrupp psykisk hälsa Åby
Datum: 2026-11-26
Närvarande: Eva Berg (ordförande), Per Lind, Karin Holm

1. Suicidprevention
Per informerade om det nationella programmet.
Karin föreslog att gruppen ska ha suicidprevention som stående punkt. Gruppen ställde sig bakom det.

2. Övrigt
Inget.
"""


def test_what_was_proposed_is_what_was_decided(tmp_path):
    f = load_text(tmp_path, "sg.txt", NOTES)
    assert f["decisions"] == ["gruppen ska ha suicidprevention som stående punkt"]


def test_a_proposal_backed_by_name_keeps_its_words(tmp_path):
    f = load_text(tmp_path, "sg.txt", NOTES.replace("bakom det.", "bakom förslaget."))
    assert [d for d in f["decisions"] if "bakom" in d] == ["ställa sig bakom förslaget"]
