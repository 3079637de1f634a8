"""A working group's notes mailed as plain text, written in the first person: the group hands in "till
samverkansgruppen" as "vi", raises a matter with the object fronted ("Det lyfter vi till …"), gives tasks after
an arrow by initials the roster never states, to a side with the doer's initials in brackets, or after the reason
("…, så Malin stämmer av …"), and tells a newcomer "ny för" her kommun who "tar över efter" another."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes
from tests.loaders.test_read_formats import load_texts

ROSTER = [("Eva Berg", "Region Norrmark"), ("Rolf Tell", "Region Norrmark"), ("Una Björk", "Gransjö kommun"),
          ("Olle Sand", "Tallby kommun")]


def _read(text: str, body: str = "Arbetsgrupp trygg skola"):
    att = [AttendanceEntry(name=n, status="present", roles=["ledamot"], organisation=o) for n, o in ROSTER]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=att,
                                           items=[ParsedItem(number="1", title="Ärende", body=text)], decisions=[]))


def _tasks(r):
    return [(sorted(a.assignees), a.task) for a in r.assignments]


def test_a_list_drawn_up_by_initials_after_an_arrow():
    r = _read("-> RT och UB listar utbildningar som redan används (VIP, MHFA m.fl.) till nästa möte.")
    assert any(w == ["Rolf Tell", "Una Björk"] and t.startswith("lista utbildningar") for w, t in _tasks(r)), _tasks(r)


def test_the_side_first_and_its_doer_by_initials_in_brackets():
    r = _read("-> Tallby (OS) tar reda på vad en instruktörsutbildning kostar, till nästa möte.")
    assert any(w == ["Olle Sand"] and t.startswith("ta reda på vad en instruktörsutbildning kostar")
               for w, t in _tasks(r)), _tasks(r)


def test_the_reason_first_and_the_doer_after_sa():
    r = _read("Sara var inte med, så Eva stämmer av direkt med Ekby.")
    assert (["Eva Berg"], "stämma av direkt med Ekby") in _tasks(r), _tasks(r)


def test_new_for_a_side_and_taking_over_after_another():
    r = _read("Una Björk är ny för Gransjö och tar över efter Pelle Nyrén, som har gått i pension.")
    got = {(m.person, m.change) for m in r.memberships}
    assert {("Una Björk", "replace"), ("Pelle Nyrén", "leave")} <= got, got


def test_we_hand_in_to_a_body():
    r = _read("Vi redovisar till samverkansgruppen den 16 september.")
    assert [(m.from_body, m.kind) for m in r.mandates] == [("Arbetsgrupp trygg skola", "reports_to")]
    assert _read("Vi redovisar till nästa möte.").mandates == []


NOTES = """Arbetsgrupp trygg skola – minnesanteckningar 2027-05-05

Närvarande: Eva Berg (sammankallande), Olle Sand

1. Att lyfta
Uppföljningen efter suicidförsök på akuten fungerar dåligt. Det lyfter vi till samverkansgruppen i juni – Eva tar med det.

2. Nästa möte
Onsdag 2 juni.
"""


def test_a_matter_fronted_and_raised_by_we_is_decided(tmp_path):
    data = load_texts(tmp_path, {"ag_2027-05-05.txt": NOTES})
    assert [d["text"] for d in data["decisions"]] == ["lyfta det till samverkansgruppen i juni"]
