"""Kommun and ledningsgrupp protocols that note a stand-in by paragraph range, and other habits of the
same minutes."""
from __future__ import annotations

from samverkan.loaders.segment import segment_minutes

RANGE_NOTE = """PROTOKOLL
Regionala ledningsgruppen
Sammanträdesdatum: 2027-11-25

Ledamöter
Anna Lund, socialchef, Åby kommun
Per Ek, förvaltningschef, Ekby kommun, § 1–3

Närvarande ersättare
Eva Berg, MAS, Ekby kommun

§ 4–5 tjänstgjorde Eva Berg i stället för Per Ek, som lämnade mötet efter § 3.

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Dagordning
Dagordningen godkändes.

§ 3 Föregående protokoll
Protokollet lades till handlingarna.

§ 4 Ekonomi
Beslut:
Finansieringen förlängs.

§ 5 Nästa möte
Nästa möte i februari.
"""


def test_a_range_of_paragraphs_told_in_the_header_is_no_heading():
    """"§ 4–5 tjänstgjorde X i stället för Y": a note on who served for which paragraphs, not the
    heading of § 4 (which would leave § 1–3 out as a broken sequence)."""
    s = segment_minutes(RANGE_NOTE, "x.txt")
    assert [i.number for i in s.items] == ["1", "2", "3", "4", "5"]


def test_one_paragraph_told_served_is_no_heading():
    text = RANGE_NOTE.replace("§ 4–5 tjänstgjorde", "§ 4 tjänstgjorde")
    s = segment_minutes(text, "x.txt")
    assert [i.number for i in s.items] == ["1", "2", "3", "4", "5"]


ROSTER_THEN_NOTE = """PROTOKOLL
Regionala ledningsgruppen för vård och omsorg
Sammanträdesdatum: 2027-11-25

Ledamöter
Anna Lund, socialchef, Åby kommun
Per Ek, förvaltningschef, Ekby kommun, § 1–2

Närvarande ersättare
Eva Berg, MAS, Ekby kommun

Övriga deltagande
Ola Ås, processledare, Region Norrby, sekreterare
Anmäld frånvaro: Lisa Holm, socialchef, Ödby kommun
§ 3–4 tjänstgjorde Eva Berg i stället för Per Ek, som lämnade mötet efter § 2.
§ 1 Mötets öppnande
Ordföranden öppnade mötet.
§ 2 Dagordning
Dagordningen godkändes.
§ 3 Ekonomi
Informationen noterades.
§ 4 Nästa möte
Nästa möte i februari.
"""


def test_a_stand_in_note_under_the_roster_is_no_more_of_the_entry_above():
    """A PDF's page joins the note to the last roster line: the one away stays away, and the one who
    sat in for some paragraphs sat as ersättare for the one named."""
    from samverkan.loaders.extract import parse_minutes
    pm = parse_minutes(ROSTER_THEN_NOTE, "x.pdf")
    by = {a.name: a for a in pm.attendance}
    assert by["Lisa Holm"].status == "absent"
    assert by["Lisa Holm"].substitute_for is None
    assert by["Eva Berg"].substitute_for == "Per Ek"


def _mandates(text: str, body: str) -> set[tuple[str, str, str]]:
    from samverkan.loaders.relations import extract_relations
    from samverkan.loaders.types import ParsedItem, ParsedMinutes
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, date="2027-11-25",
                                        items=[ParsedItem(number="4", title="Uppdragsbeskrivning", body=text)]))
    return {(m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_a_body_told_as_another_body_s_group_in_a_quoted_uppdragsbeskrivning():
    """"X är RLG:s taktiska grupp för … Gruppen … rapporterar till RLG": quoted from an uppdragsbeskrivning,
    the body whose group it is gave it its work, and "Gruppen" in the next sentence is X, not the body that met."""
    got = _mandates("Eva Ek presenterade förslaget. Ur förslaget citeras:\n”Samverkansgrupp äldre är RLG:s taktiska "
                    "grupp för äldres hälsa och omsorg. Gruppen bereder frågor inför RLG, leder arbetsgrupperna och "
                    "rapporterar till RLG i maj och november.”", "Regionala ledningsgruppen för vård och omsorg")
    assert ("Regionala ledningsgruppen för vård och omsorg", "Samverkansgrupp äldre", "delegates") in got
    assert ("Samverkansgrupp äldre", "Regionala ledningsgruppen för vård och omsorg", "reports_to") in got


def _tasks(text: str, body: str = "Arbetsgrupp hemsjukvård", held: str = "2027-11-10"):
    from samverkan.loaders.relations import extract_relations
    from samverkan.loaders.types import ParsedItem, ParsedMinutes
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, date=held,
                                        items=[ParsedItem(number="5", title="Nästa steg", body=text)]))
    return [(a.assignees, a.task, a.due_date) for a in r.assignments]


def test_a_task_with_its_deadline_first_named_by_a_meeting():
    """"Till styrgruppens möte 20 januari: Jenny skriver …": the deadline first, a meeting and its day."""
    assert _tasks("- Till styrgruppens möte 20 januari: Jenny Holm skriver återrapporten till Styrgrupp Nära vård.") == [
        (["Jenny Holm"], "skriva återrapporten till Styrgrupp Nära vård", "2028-01-20")]


def test_a_task_with_its_deadline_first_is_due_that_day():
    assert _tasks("- Till 8 december: Malin Rehn skickar lathunden till gruppen.") == [
        (["Malin Rehn"], "skicka lathunden till gruppen", "2027-12-08")]


def test_a_task_line_with_its_deadline_first_under_beslut_is_no_decision():
    """Under "Beslut:", the decided sentence and then "Till 31 januari: X tar fram …": X's task, not a decision."""
    from samverkan.loaders.extract import parse_minutes
    text = ("Styrgruppen\nMinnesanteckningar 2027-11-25\n\nNärvarande: Johan Ek, Region Norrby; Anna Lund, Åby kommun\n\n"
            "1. Ekonomi\nJohan Ek beskrev behovet av fortsatt finansiering.\nBeslut:\n"
            "Styrgruppen beslutar att finansieringen förlängs till och med 2028-12-31.\n"
            "Till 31 januari: Johan Ek tar fram underlag för kostnadsfördelningen mellan huvudmännen.\n\n"
            "2. Nästa möte\nNästa möte i februari.\n")
    pm = parse_minutes(text, "x.txt")
    texts = [d.text for d in pm.decisions]
    assert not any(t.startswith("Till 31 januari") for t in texts), texts
    assert any("finansieringen förlängs" in t for t in texts), texts


def test_a_nämnd_nominates_its_member_to_a_seat_in_a_council():
    """"att nominera Oskar Wall (KD) till ersättare i Politiskt samråd Nära vård …": the nominee's seat, as appointed."""
    from samverkan.loaders.relations import extract_relations
    from samverkan.loaders.types import ParsedDecision, ParsedItem, ParsedMinutes
    text = "nominera Oskar Wall (KD) till ersättare i Politiskt samråd Nära vård för återstoden av mandatperioden"
    r = extract_relations(ParsedMinutes(path="x.txt", layout="formal", body="Vård- och omsorgsnämnden, Åby kommun",
                                        date="2027-11-16",
                                        items=[ParsedItem(number="119", title="Val av representant", body="")],
                                        decisions=[ParsedDecision(item="119", text=text, position=0)]))
    assert ("Oskar Wall", "Politiskt samråd Nära vård") in {(m.person, m.group) for m in r.memberships}


def test_a_matter_taken_off_the_agenda_returns_by_itself():
    """"Ordföranden meddelar att ärendet … utgår och återkommer i december": the matter comes back, no task."""
    from samverkan.loaders.relations import extract_relations
    from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes
    att = [AttendanceEntry(name="Helena Bys", status="present", roles=["ordförande", "ledamot"])]
    r = extract_relations(ParsedMinutes(path="x.txt", layout="formal", body="Vård- och omsorgsnämnden", date="2027-11-16",
                                        attendance=att, items=[ParsedItem(
                                            number="115", title="Fastställande av dagordning",
                                            body="Ordföranden meddelar att ärendet om avgifter för trygghetslarm utgår "
                                                 "och återkommer i december.")]))
    assert r.assignments == []


def test_the_fullmäktige_takes_no_words_of_the_sentence_into_its_name():
    from samverkan.loaders.relations import find_groups
    assert [g.name for g in find_groups("Ramen från kommunfullmäktige innebär en effektivisering om 4,5 mnkr.")] == [
        "kommunfullmäktige"]


def test_points_taken_off_the_uppdragslista_are_decided():
    """"Punkt 1 och 3 avförs från listan": the meeting takes tasks done off its own list, in the passive."""
    from samverkan.loaders.extract import parse_minutes
    text = ("Arbetsgrupp X\nMinnesanteckningar 2027-11-10\n\nNärvarande: Anna Lund, Region Norrby; Per Ek, Åby kommun\n\n"
            "1. Uppdragslista\nPunkt 1 och 3 avförs från listan. Anna behåller punkt 2.\n\n2. Nästa möte\nNästa möte i januari.\n")
    assert [d.text for d in parse_minutes(text, "x.md").decisions] == ["avföra punkt 1 och 3 från listan"]
