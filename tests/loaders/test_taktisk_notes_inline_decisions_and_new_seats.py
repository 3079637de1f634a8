"""A taktisk samverkansgrupp's notes in Markdown, attendance by huvudman in a table: an inline "Beslut:" inside a
paragraph covers the next sentence too when it is a decided point in the passive ("Arbetsgruppens uppdrag förlängs
…"); a seat decided as "X ingår i arbetsgruppen som Ekås företrädare" is a new seat and a duty; a newcomer welcomed
as "Ekås nya ledamot i gruppen" joins the body that met. Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

NOTES = """## Samverkansgrupp Äldres hälsa i Åby

Minnesanteckningar, torsdag 21 oktober 2027 kl. 13.00–15.30

| Huvudman | Namn | Funktion | Närvarande |
|---|---|---|---|
| Region Åby | Karl Norr | verksamhetschef, ordförande | ja |
| | Tuva Ek | verksamhetschef | ja |
| Ekå kommun | Omar Petri | utvecklingsledare | ja |
| | Rolf Berg | vård- och omsorgschef | ja |

**1. Inledning**

Karl hälsade välkommen och särskilt Omar Petri, som deltar för första gången och är Ekås nya ledamot i gruppen. Dagordningen godkändes.

**2. Arbetsgrupp för fallprevention i Åby**

Arbetsgruppen rapporterar till samverkansgruppen och lämnade sin halvårsrapport skriftligt. Ekå har saknat företrädare i arbetsgruppen sedan i våras. Beslut: Omar Petri ingår i arbetsgruppen för fallprevention som Ekås företrädare. Arbetsgruppens uppdrag förlängs till och med 31 december 2028. Tuva skickar beslutet till arbetsgruppen.

Antecknat av Rolf Berg
"""
SG = "Samverkansgrupp Äldres hälsa i Åby"
AG = "Arbetsgrupp för fallprevention i Åby"


def _load(tmp_path: Path, text: str = NOTES) -> dict:
    return load_text(tmp_path, "sg.md", text)


def test_the_inline_label_covers_a_passive_decided_point_after_it(tmp_path):
    got = _load(tmp_path)
    assert "Arbetsgruppens uppdrag förlängs till och med 31 december 2028" in got["decisions"]
    assert (SG, AG, "delegates") in got["mandates"]
    # a task told after the decided points is none of them
    assert not any(d.startswith("Tuva skickar") for d in got["decisions"])


def test_a_seat_decided_for_a_side_is_a_new_seat_and_a_duty(tmp_path):
    got = _load(tmp_path)
    assert ("Omar Petri", AG, "join") in got["memberships"]
    assert any(who == ("Omar Petri",) and "företrädare" in task for who, task in got["assignments"])


def test_a_newcomer_welcomed_as_a_sides_new_ledamot_joins(tmp_path):
    got = _load(tmp_path)
    assert ("Omar Petri", SG, "join") in got["memberships"]
    assert ("Karl Norr", SG, "join") not in got["memberships"]


def test_a_clause_the_group_endorsed_after_it_is_decided(tmp_path):
    got = _load(tmp_path, NOTES.replace("Antecknat av", "**3. Övrigt**\n\nTuva Ek har tillfrågats och blir vice "
                                        "ordförande från och med nästa möte, vilket gruppen ställde sig bakom.\n\n"
                                        "Antecknat av"))
    assert "Tuva Ek har tillfrågats och blir vice ordförande från och med nästa möte" in got["decisions"]
    assert any(who == ("Tuva Ek",) and task.startswith("vara vice ordförande") for who, task in got["assignments"])
    assert ("Tuva Ek", SG, "join") in got["memberships"]


def test_a_clause_endorsed_by_someone_else_is_no_decision(tmp_path):
    got = _load(tmp_path, NOTES.replace("Antecknat av", "**3. Övrigt**\n\nTuva Ek berättade om det nya "
                                        "larmsystemet i hemtjänsten, vilket leverantören ställde sig bakom.\n\n"
                                        "Antecknat av"))
    assert not any(d.startswith("Tuva Ek berättade") for d in got["decisions"])


def test_a_guest_under_a_label_for_one_point_presents_it(tmp_path):
    text = NOTES.replace("**1. Inledning**", "Gäst under punkt 2: Mia Sahl, apotekare, Läkemedelsenheten, Region Åby."
                         "\n\n**1. Inledning**").replace("Arbetsgruppen rapporterar till samverkansgruppen",
                                                         "Mia Sahl redovisade utfallet av piloten. Arbetsgruppen "
                                                         "rapporterar till samverkansgruppen")
    got = _load(tmp_path, text)
    assert ("Mia Sahl", "guest", ("föredragande",)) in got["attendance"]
