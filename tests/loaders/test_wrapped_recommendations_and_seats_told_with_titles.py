"""A political council's protocol whose recommendation wraps before the att of what is recommended, and the
ledningsgrupp notes that tell a seat's holder with a title between commas: a side changing its representative
in another body after a colon, a convener decided with her title, a seat left empty since its holder left, and
a body set up with a thing to make as its task."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedDecision, ParsedItem, ParsedMinutes
from tests.loaders.test_read_formats import load_texts

PROTOCOL = """POLITISKT SAMRÅD NORRMARK                               Sammanträdesdatum
                                                        2027-03-04

Beslutande              Eva Ek (S), ordförande, Region Norrmark
                        Olle Berg (M), Gransjö kommun

§ 5  Avgifter

Politiskt samråd beslutar

att rekommendera Region Norrmark, Gransjö kommun och Tallby kommun
att höja avgiften till förbundet med två procent från och med 2028, samt

att uppdra åt Ledningsgruppen för samverkan i Norrmark att följa upp
beslutet och återrapportera till samrådet senast 2027-12-02.

§ 6  Rapporter

Politiskt samråd beslutar

att godkänna rapporten
att lägga den till handlingarna.
"""


def _names(data: dict) -> dict:
    return {o["id"]: o.get("name") for o in data.get("organizations", []) + data.get("persons", [])}


def test_a_recommendation_wrapped_before_its_att_is_one_decided_point(tmp_path):
    data = load_texts(tmp_path, {"samrad_2027-03-04.txt": PROTOCOL})
    texts = [d["text"] for d in data["decisions"]]
    assert any(t.startswith("rekommendera Region Norrmark, Gransjö kommun och Tallby kommun att höja avgiften") for t in texts), texts
    assert not any(t.startswith("höja avgiften") for t in texts), texts
    # each huvudman named is recommended to
    names = _names(data)
    recommended = {names[m["to_id"]] for m in data["mandates"] if m["classification"] == "recommends"}
    assert {"Region Norrmark", "Gransjö kommun", "Tallby kommun"} <= recommended, recommended


def test_att_clauses_one_a_line_stay_points_of_their_own(tmp_path):
    data = load_texts(tmp_path, {"samrad_2027-03-04.txt": PROTOCOL})
    texts = [d["text"].rstrip(".") for d in data["decisions"]]
    assert "godkänna rapporten" in texts and "lägga den till handlingarna" in texts, texts


def _read(text: str, decision: bool = False, body: str = "Ledningsgrupp Norrby"):
    decisions = [ParsedDecision(item="1", text=text, position=0, decided_by=body)] if decision else []
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=[],
                                           items=[ParsedItem(number="1", title="Ärende", body="" if decision else text)],
                                           decisions=decisions))


def test_a_side_changing_its_representative_after_a_colon():
    r = _read("Tallby kommun byter representant i Styrgrupp Barnahus: Maria Lund, enhetschef för hemsjukvården, "
              "ersätter Jonas Ström från och med 1 maj.")
    got = {(m.person, m.group, m.change) for m in r.memberships}
    assert ("Maria Lund", "Styrgrupp Barnahus", "replace") in got, got
    assert ("Jonas Ström", "Styrgrupp Barnahus", "leave") in got, got


def test_a_convener_decided_with_her_title_between_commas():
    r = _read("att Lisa Holm, HR-strateg i Gransjö kommun, är sammankallande i Projektgrupp kompetens", decision=True)
    assert any(a.assignees == ["Lisa Holm"] and a.task.startswith("vara sammankallande") for a in r.assignments), r.assignments
    assert any(m.person == "Lisa Holm" and m.group == "Projektgrupp kompetens" and m.change == "join"
               for m in r.memberships), r.memberships


def test_a_regions_seat_empty_since_its_holder_left():
    r = _read("Region Norrmarks plats för beroendevården har varit vakant sedan Linus Ås slutade vid årsskiftet.")
    assert [(m.person, m.change) for m in r.memberships] == [("Linus Ås", "leave")]


def test_a_body_set_up_for_a_period_to_make_a_plan_has_that_as_its_task():
    r = _read("inrätta Projektgrupp kompetens för perioden maj–december 2027 med uppdrag att ta fram en gemensam "
              "plan för kompetensförsörjning", decision=True)
    assert any(a.assignees == ["Projektgrupp kompetens"] and a.task.startswith("ta fram en gemensam plan")
               for a in r.assignments), r.assignments
    # a standing remit is what the body is for, no task
    r = _read("inrätta Projektgrupp kompetens med uppdrag att samordna arbetet med kompetensförsörjning", decision=True)
    assert not any(a.assignees == ["Projektgrupp kompetens"] for a in r.assignments), r.assignments


def test_a_seat_in_another_body_chosen_in_the_active():
    r = _read("Ledningsgruppen utsåg Lars Ek att företräda ledningsgruppen i Nätverket för e-hälsa.")
    assert ("Lars Ek", "Nätverket för e-hälsa", "join") in {(m.person, m.group, m.change) for m in r.memberships}, r.memberships
    # a matter to speak for, no seat
    r = _read("Ledningsgruppen utsåg Lars Ek att företräda ledningsgruppen i frågan om avgifter.")
    assert not r.memberships, r.memberships
