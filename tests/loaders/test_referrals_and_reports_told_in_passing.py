"""Where a matter or a product goes, told in passing in the running text of working-group notes.

"Frågan om X kan arbetsgruppen inte avgöra; den lyfts till Y": the later clause after a semicolon decides, as after a
comma. "Handlingsplanen ska beslutas av RLG och redovisas dit": "dit" is the body the clause before named, so the body
given the task reports there. "Förslaget ska vara samverkansgruppen till handa senast …": the product is due with
that body, as letters of office say it, a report to it. A referral told above the item's "Beslut:" is decided too.
Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

HEAD = """Minnesanteckningar från Arbetsgrupp för rehabilitering i hemmet
Datum: 2031-09-09

Närvarande:
Karin Öhman-Lindberg, sammankallande
Jonas Pettersson

"""
GROUP = "Arbetsgrupp för rehabilitering i hemmet"


def _load(tmp_path: Path, item: str) -> dict:
    return load_text(tmp_path, "ag_rehab.txt", HEAD + item)


def _reports(got: dict) -> list[tuple[str, str]]:
    return [(a, b) for a, b, kind in got["mandates"] if kind == "reports_to"]


def test_a_referral_after_a_semicolon_is_decided(tmp_path):
    got = _load(tmp_path, "1. Hjälpmedel\nJonas berättade om förbundets försök med lånecyklar. Frågan om fortsatt "
                          "gemensam finansiering kan arbetsgruppen inte avgöra; den lyfts till Samverkansgrupp äldre.\n")
    assert any(d.startswith("lyfta frågan om fortsatt gemensam finansiering till Samverkansgrupp äldre")
               for d in got["decisions"]), got["decisions"]


def test_a_report_dit_goes_to_the_body_the_clause_before_named(tmp_path):
    got = _load(tmp_path, "1. Uppdrag från samverkansgruppen\nSamverkansgrupp äldre gav i augusti arbetsgruppen i uppdrag att "
                          "ta fram en plan för rehabilitering i hemmet. Planen ska fastställas av Samverkansgrupp äldre "
                          "och redovisas dit i mars 2032.\n")
    assert (GROUP, "Samverkansgrupp äldre") in _reports(got)


def test_dit_after_a_person_names_no_body(tmp_path):
    got = _load(tmp_path, "1. Planen\nPlanen tas fram av Jonas Pettersson och redovisas dit i mars.\n")
    assert _reports(got) == []


def test_a_product_due_with_a_body_till_handa_is_a_report_to_it(tmp_path):
    got = _load(tmp_path, "1. Uppdrag från Samverkansgrupp äldre\nSamverkansgrupp äldre har uppdragit åt arbetsgruppen att "
                          "revidera rutinen för hembesök. Förslaget ska vara samverkansgruppen till handa senast den "
                          "30 november 2031.\n")
    assert (GROUP, "Samverkansgrupp äldre") in _reports(got)


def test_a_referral_above_the_items_decision_is_decided_too(tmp_path):
    got = _load(tmp_path, "1. Mötets öppnande\nKarin öppnade mötet. Dagordningen fastställdes.\n"
                          "2. Läkemedel i hemmet\nJonas Pettersson redovisade att kommunerna har olika rutiner. Frågan "
                          "om gemensam finansiering av läkemedelsförråd kan inte lösas i arbetsgruppen och hänskjuts "
                          "till Samverkansgrupp äldre.\nBeslut: Arbetsgruppen ställer sig bakom en gemensam checklista.\n")
    assert any(d.startswith("hänskjuta frågan om gemensam finansiering av läkemedelsförråd till Samverkansgrupp äldre")
               for d in got["decisions"]), got["decisions"]
    # the decision below turning to the same body: the sentence above tells it, no decision of its own
    (tmp_path / "b").mkdir()
    got = _load(tmp_path / "b", "1. Mötets öppnande\nKarin öppnade mötet. Dagordningen fastställdes.\n"
                                   "2. Samsjuklighet\nJonas beskrev två ärenden. Frågan om en gemensam rutin lyfts till "
                                   "Samverkansgrupp äldre.\nBeslut: Gruppen föreslår Samverkansgrupp äldre att ta fram en "
                                   "gemensam rutin.\n")
    assert not any(d.startswith("lyfta") for d in got["decisions"]), got["decisions"]
