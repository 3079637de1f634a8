"""Minutes habits of a region's collaboration bodies: a proposal handed on by a pronoun, an uppdrag
handed down through a body between, a referral only foreseen, and a roster's presence marks printed
on lines of their own."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedItem, ParsedMinutes


def mandates(body: str, text: str) -> set[tuple[str, str, str]]:
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=[],
                                        items=[ParsedItem(number="1", title="Rapport", body=text)], decisions=[]))
    return {(m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_proposal_handed_on_by_pronoun():
    """"Gruppen ställde sig bakom förslaget. Det lyfts till X för beslut i maj.": the body that met refers it."""
    got = mandates("Samverkansgrupp äldre",
                   "Gruppen ställde sig bakom förslaget. Det lyfts till Styrgrupp Barnahus för beslut i maj.")
    assert ("Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers") in got


def test_uppdrag_handed_down_via_a_body_between():
    """"Uppdraget kommer från X via Y: …": X gave it to Y, Y to the body that met."""
    got = mandates("Lokal samverkansgrupp Åby",
                   "Uppdraget kommer från Styrgrupp Nära vård via Samverkansgrupp att växa upp: varje lokal "
                   "samverkansgrupp ska beskriva hur samverkan kring tidiga insatser fungerar.")
    assert ("Styrgrupp Nära vård", "Samverkansgrupp att växa upp", "delegates") in got
    assert ("Samverkansgrupp att växa upp", "Lokal samverkansgrupp Åby", "delegates") in got


def test_on_behalf_of_via_a_body_between():
    got = mandates("Arbetsgrupp SIP", "Arbetsgruppen arbetar på uppdrag av Styrgrupp Nära vård via Samverkansgrupp äldre.")
    assert ("Styrgrupp Nära vård", "Samverkansgrupp äldre", "delegates") in got
    assert ("Samverkansgrupp äldre", "Arbetsgrupp SIP", "delegates") in got


def test_referral_only_foreseen_is_no_mandate():
    """"Frågan kan behöva tas upp i PSVO under hösten": a possibility, not a matter raised."""
    got = mandates("LSVO", "Kostnaderna har ökat med nio procent. Frågan kan behöva tas upp i PSVO under hösten.")
    assert not any(k == "refers" for _, _, k in got)


def test_presence_marks_on_lines_of_their_own_rejoin_their_rows():
    """A roster "Namn | Verksamhet | Närvarande ja/nej" printed to PDF: each row's mark, and its wrapped cells,
    on lines of their own."""
    from samverkan.loaders.read import _marks_on_their_rows

    text = ("Närvaro\nNamn Verksamhet Närvarande ja/nej\nEva Ek Äldreomsorgen, Åby kommun (ordf.)\nja\n"
            "Bo Lind Vårdcentralen,\nRegion Norrby\nnej\nAnna Berg BUP, Region Norrby ja\nPunkt 1. Föregående")
    assert _marks_on_their_rows(text).split("\n")[2:6] == [
        "Eva Ek Äldreomsorgen, Åby kommun (ordf.) ja", "Bo Lind Vårdcentralen, Region Norrby nej",
        "Anna Berg BUP, Region Norrby ja", "Punkt 1. Föregående"]
    # no mark column: left as it is
    assert _marks_on_their_rows("Namn Verksamhet\nEva Ek Åby\nja") == "Namn Verksamhet\nEva Ek Åby\nja"
