"""A matter the body sends to the body whose matter it is, "Frågan hänvisas till kommunchefsgruppen": the body's
decision, and a referral to that body. People sent somewhere ("Medborgare med frågor hänvisas till …") are neither.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar Regional ledningsgrupp för vård i Åby
Datum: 2026-12-03
Närvarande: Eva Berg (ordförande), Per Lind, Karin Holm

1. Trygghetslarm
Per Lind tog upp frågan om gemensam upphandling av trygghetslarm. {sentence}

2. Övrigt
Inget.
"""


def test_a_matter_sent_on_is_decided_and_referred(tmp_path):
    f = load_text(tmp_path, "rlg.txt", NOTES.format(sentence="Frågan hänvisas till Kommunchefsgruppen i Åby."))
    # (the question by what the sentence before raised)
    assert "hänvisa frågan om gemensam upphandling av trygghetslarm till Kommunchefsgruppen i Åby" in f["decisions"]
    assert [(to, kind) for frm, to, kind in f["mandates"] if frm == "Regional ledningsgrupp för vård i Åby"] == [
        ("Kommunchefsgrupp i Åby", "refers")]


def test_people_sent_somewhere_are_no_decision(tmp_path):
    f = load_text(tmp_path, "rlg.txt", NOTES.format(sentence="Medborgare med frågor hänvisas till kontaktcenter."))
    assert not [d for d in f["decisions"] if "hänvisa" in d]
