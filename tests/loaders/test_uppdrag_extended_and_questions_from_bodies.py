"""Habits of secretaries of collaboration bodies read from small inline minutes: an uppdrag told before
the object a decision of the meeting shares, a recommendation to "länets kommuner", a body that stood
behind a proposal and hands it on, an uppdrag extended, a question that comes from another body, a
newcomer welcomed by a host and one told before a semicolon."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedDecision, ParsedItem, ParsedMinutes


def _read(body: str, text: str, decisions=(), roster=(), number="1", title="Ärende", date="2025-12-04"):
    """The relations of one item of minutes of ``body``, its roster "Name, Organisation" entries present."""
    attendance = [AttendanceEntry(name=n, status="present", roles=["ledamot"], organisation=o or None)
                  for n, _, o in (r.partition(", ") for r in roster)]
    return extract_relations(ParsedMinutes(
        path="x.txt", layout="kommun", body=body, date=date, attendance=attendance,
        items=[ParsedItem(number=number, title=title, body=text)],
        decisions=[ParsedDecision(item=number, text=t, position=i, decided_by=body) for i, t in enumerate(decisions)]))


def _mandates(r):
    return {(m.from_body, m.to_body, m.kind) for m in r.mandates}


def _memberships(r):
    return {(m.person, m.group, m.change) for m in r.memberships}


def test_uppdrag_told_before_the_plan_the_meeting_adopts_is_kept():
    r = _read("Politiskt samråd Norrby",
              "Politiskt samråd Norrby gav den 5 juni 2025 Ledningsgrupp Norrby i uppdrag att ta fram ett förslag till "
              "gemensam handlingsplan för psykisk hälsa 2026–2028.",
              decisions=["anta gemensam handlingsplan för psykisk hälsa 2026–2028"])
    assert any(a.assignees == ["Ledningsgrupp Norrby"] and a.task.startswith("ta fram ett förslag") for a in r.assignments)


def test_recommendation_to_the_region_and_lanets_kommuner():
    r = _read("Politiskt samråd Norrby", "",
              decisions=["rekommendera Region Norrby och länets kommuner att fastställa handlingsplanen i respektive nämnd"])
    assert {("Politiskt samråd Norrby", "Region Norrby", "recommends"),
            ("Politiskt samråd Norrby", "kommunerna", "recommends")} <= _mandates(r)


def test_body_behind_a_proposal_hands_it_on():
    r = _read("Politiskt samråd Norrby",
              "Ledningsgrupp Norrby har ställt sig bakom förslaget till nytt FoU-avtal och lyfter ärendet till "
              "Politiskt samråd Norrby.")
    assert ("Ledningsgrupp Norrby", "Politiskt samråd Norrby", "refers") in _mandates(r)


def test_uppdrag_extended_by_the_body_that_gave_it():
    r = _read("Samverkansgrupp vuxna",
              "Ledningsgrupp Norrby har förlängt samverkansgruppens uppdrag så att handlingsplanen för personer med "
              "samsjuklighet ska redovisas för ledningsgruppen den 13 februari 2026.")
    assert ("Ledningsgrupp Norrby", "Samverkansgrupp vuxna", "delegates") in _mandates(r)
    assert any(a.assignees == ["Samverkansgrupp vuxna"] and a.task.startswith("redovisa handlingsplanen")
               for a in r.assignments)


def test_extended_time_told_in_a_report_from_the_body_above():
    r = _read("Politiskt samråd Norrby",
              "Samverkansgrupp vuxna har fått förlängd tid för handlingsplanen om samsjuklighet till februari 2026.",
              title="Rapport från Ledningsgrupp Norrby")
    assert any(a.assignees == ["Samverkansgrupp vuxna"] and "handlingsplanen om samsjuklighet" in a.task
               for a in r.assignments)


def test_question_that_comes_from_another_body():
    r = _read("Samverkansgrupp vuxna",
              "Frågan om gemensamt stöd vid spelberoende kommer från Samverkansgrupp barn, som vill att båda grupperna "
              "arbetar tillsammans.")
    assert ("Samverkansgrupp barn", "Samverkansgrupp vuxna", "refers") in _mandates(r)


def test_pronoun_after_a_welcome_is_the_one_welcomed():
    r = _read("Samverkansgrupp vuxna",
              "Anders hälsade välkommen, särskilt Nadia Holm som från och med detta möte är Åby kommuns ledamot i "
              "samverkansgruppen. Hon ersätter Stefan Lind som gått i pension.",
              roster=["Anders Berg, Region Norrby", "Nadia Holm, Åby kommun"])
    ms = _memberships(r)
    assert ("Nadia Holm", "Samverkansgrupp vuxna", "replace") in ms
    assert ("Anders Berg", "Samverkansgrupp vuxna", "replace") not in ms


def test_successor_before_a_semicolon():
    r = _read("Styrgrupp psykisk hälsa",
              "Therese Ek deltar för första gången och representerar Åby kommun; hon efterträder Gustav Lund.",
              roster=["Therese Ek, Åby kommun"])
    ms = _memberships(r)
    assert ("Therese Ek", "Styrgrupp psykisk hälsa", "replace") in ms
    assert ("Gustav Lund", "Styrgrupp psykisk hälsa", "leave") in ms


_HURRIED = """LOKAL SAMVERKANSGRUPP NORRVIK
Möte 2026-01-15 kl. 13.15–15.00, vårdcentralen

Närv:
AL  Anna Lind, verksamhetschef vårdcentralen, Region Norrby (ordf)
MH  Mats Holm, enhetschef hemsjukvård, Åby kommun
SK  Sara Kask, 1:e linjen barn och unga, Region Norrby
EÅ  Erik Ås, enhetschef IFO, Åby kommun

1. Föregående anteckn.
Inga synpunkter. Lades till handlingarna.

2. Nya i gruppen
EÅ är ny i gruppen för IFO och ersätter Karin Ahl. SK deltar från och med nu för att barnfrågorna
ska få en plats i gruppen.

3. Barn i familjer med missbruk
Frågan om saknat stöd från BUP lyfts till Samverkansgrupp barn. Ansv: SK.

Nästa möte: 2026-03-12.
"""


def _parse(text: str):
    from samverkan.loaders.extract import parse_minutes
    parsed = parse_minutes(text, "n.txt")
    return parsed, extract_relations(parsed)


def test_item_title_cut_short_with_a_full_stop():
    parsed, _ = _parse(_HURRIED)
    assert [it.number for it in parsed.items][:3] == ["1", "2", "3"]


def test_filed_after_a_short_remark():
    parsed, _ = _parse(_HURRIED)
    assert any(d.item == "1" and "till handlingarna" in d.text for d in parsed.decisions)


def test_newcomer_by_initials_who_replaces_and_one_from_now_on():
    _, r = _parse(_HURRIED)
    ms = _memberships(r)
    assert ("Erik Ås", "Lokal samverkansgrupp Norrvik", "replace") in ms or any(
        p == "Erik Ås" and c == "replace" for p, _, c in ms)
    assert any(p == "Karin Ahl" and c == "leave" for p, _, c in ms)
    assert any(p == "Sara Kask" and c == "join" for p, _, c in ms)


def test_question_raised_with_its_responsible_after_it():
    _, r = _parse(_HURRIED)
    assert any(a.assignees == ["Sara Kask"] and a.task.startswith("lyfta frågan om saknat stöd") for a in r.assignments)


def test_the_chair_not_a_guest_who_chairs_another_body_takes_the_question_on():
    r = extract_relations(ParsedMinutes(
        path="x.txt", layout="kommun", body="Politiskt samråd Norrby", date="2025-12-04",
        attendance=[AttendanceEntry(name="Ulla Hed", status="present", roles=["ledamot", "ordförande"],
                                    organisation="Region Norrby"),
                    AttendanceEntry(name="Karin Lund", status="guest", roles=["ordförande"], title="ordförande LG",
                                    organisation="Region Norrby")],
        items=[ParsedItem(number="7", title="Övriga frågor",
                          body="Ordföranden tar med frågan till Ledningsgrupp Norrby och återkommer i mars.")]))
    assert any(a.assignees == ["Ulla Hed"] for a in r.assignments)
    assert ("Politiskt samråd Norrby", "Ledningsgrupp Norrby", "refers") in _mandates(r)


def test_who_reported_before_a_colon_presents_the_point():
    from samverkan.loaders.extract import parse_minutes
    parsed = parse_minutes("# Samverkansgrupp vuxna\n\nMinnesanteckningar 2025-12-10\n\n**Närvarande:** Petra Sand "
                           "(Region Norrby), Jonna Falk (Åby kommun)\n\n## 1. Inledning\n\nAnteckningarna godkändes.\n\n"
                           "## 2. Handlingsplan\n\nPetra Sand, som är sammankallande i arbetsgruppen, rapporterade: "
                           "arbetsgruppen har ett första utkast.\n\n## 3. Övrigt\n\nInget.\n", "n.md")
    assert next(it for it in parsed.items if it.number == "2").presenters == ["Petra Sand"]

