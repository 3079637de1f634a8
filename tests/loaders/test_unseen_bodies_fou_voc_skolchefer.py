"""Habits of secretaries of bodies the loaders had not met (an FoU-råd, a skolchefsnätverk, a samverkansråd
for LSS, a region's hälso- och sjukvårdsberedning for a part of the län, the regional styrgrupp of a Vård- och
omsorgscollege, a socialchefsnätverk), read from small inline minutes: a presenter who "informerade kort om"
or opens the item by "påminde om", an approval told in a relative clause ("dagordningen, som godkändes"), the
secretary's aside in brackets with a body typed small ("(påminnelse: ag frånvaro rapporterar till lg BoU)"),
a standing line of report inside a proposal sentence, a task in a relative clause of a body ("till nätverket,
som själv utser sin representant"), and titles naming a beredning for a part of the län or a regional
styrgrupp under the collaboration's name."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _parse(text: str, name: str = "n.txt"):
    parsed = parse_minutes(text, name)
    return parsed, extract_relations(parsed)


NOTES = """Minnesanteckningar FoU-rådet Välfärd Åbylanda

Datum: 2025-11-19
Plats: Kommunalförbundet, Åby

Närvarande
Marita Holm, socialchef Åby kommun, ordförande
Oskar Lind, förvaltningschef Ekby kommun
Henrik Sjö, FoU-ledare, Åbylanda kommunalförbund (sekreterare)
Lovisa Berg, doktorand, Mittuniversitetet

1. Mötets öppnande
Marita öppnade mötet och gick igenom dagordningen, som godkändes.

2. Föregående anteckningar
Henrik påminde om att anteckningarna från september ännu inte publicerats. Inga synpunkter på förra anteckningarna, som därmed är godkända.

3. Äldres ensamhet
Lovisa Berg informerade kort om sin studie om ensamhet hos personer med hemtjänst. Oskar tar kontakt med hemtjänstcheferna.

4. Nätverket för verksamhetsutvecklare
Nätverket för verksamhetsutvecklare i socialtjänsten har efterfrågat en plats i referensgruppen för brukarmedverkan. Rådet beslutade att erbjuda en plats i referensgruppen till nätverket, som själv utser sin representant.

5. Skolfrånvaro
Oskar redogjorde för läget i arbetsgruppen för skolfrånvaro (påminnelse: ag frånvaro rapporterar till lg BoU). Rådet diskuterade.
"""


def test_presenter_who_informs_briefly_and_who_opens_the_item_with_a_reminder():
    parsed, _ = _parse(NOTES)
    items = {it.number: it for it in parsed.items}
    assert items["3"].presenters == ["Lovisa Berg"]
    assert items["2"].presenters == ["Henrik Sjö"]
    assert items["1"].presenters == []  # who opens the meeting chairs it
    # the chair's reminder frames the item as chairing does
    parsed, _ = _parse(NOTES.replace("Henrik påminde om att", "Ordföranden påminde om att"))
    assert [it.presenters for it in parsed.items if it.number == "2"] == [[]]


def test_approval_told_in_a_relative_clause_of_what_was_approved():
    parsed, _ = _parse(NOTES)
    texts = {(d.item, d.text) for d in parsed.decisions}
    assert ("1", "godkänna dagordningen") in texts
    assert ("2", "godkänna förra anteckningarna") in texts


def test_task_in_a_relative_clause_of_the_body_handed_the_matter():
    _, r = _parse(NOTES)
    got = {(tuple(a.assignees), a.task) for a in r.assignments}
    assert (("Nätverket för verksamhetsutvecklare i socialtjänsten",), "utse sin representant") in got


def test_secretarys_aside_with_bodies_typed_small_is_a_sentence_of_its_own():
    _, r = _parse(NOTES)
    # (the working group typed small is the one the sentence before names in full)
    assert ("Arbetsgruppen för skolfrånvaro", "Ledningsgrupp BoU", "reports_to") in {(m.from_body, m.to_body, m.kind)
                                                                                    for m in r.mandates}


PROPOSAL = """Protokoll

Hälso- och sjukvårdsberedning Södra, Region Åsland

Sammanträdesdatum: 2025-11-13

Beslutande ledamöter
Gunnel Ax (S), ordförande
Per Nyman (M)

§ 26 Uppdrag om förebyggande hembesök
Region Åsland och kommunerna har en gemensam arbetsgrupp för förebyggande arbete för äldre. Arbetsgruppen är tillsatt av Styrgruppen för nära vård söder.
Förvaltningen föreslår att arbetsgruppen, som rapporterar till styrgruppen, får i uppdrag att ta fram en modell för hembesök.
Beredningen beslutar
att ställa sig bakom förvaltningens förslag.
"""


def test_standing_line_of_report_inside_a_proposal_sentence():
    _, r = _parse(PROPOSAL)
    assert ("arbetsgrupp för förebyggande arbete för äldre", "styrgruppen för nära vård söder", "reports_to") in {
        (m.from_body.casefold(), m.to_body.casefold(), m.kind) for m in r.mandates}


def test_regions_beredning_for_a_part_of_the_lan_is_named_with_the_region():
    parsed, _ = _parse(PROPOSAL)
    assert parsed.body == "Hälso- och sjukvårdsberedning Södra, Region Åsland"


COLLEGE = """<html><body>
<h1>Vård- och omsorgscollege Åsland<br>Regional styrgrupp</h1>
<p><strong>Protokoll</strong> från möte torsdagen den 30 oktober 2025<br>Plats: Vuxenutbildningen i Åby</p>
<h2>Närvarande</h2>
<table border="1">
<tr><th>Namn</th><th>Representerar</th><th>Roll</th></tr>
<tr><td>Ingrid Nord</td><td>Åby kommun</td><td>ordförande</td></tr>
<tr><td>Patrik Sved</td><td>Region Åsland</td><td>ledamot</td></tr>
</table>
<h2>1. Mötets öppnande</h2>
<p>Ingrid öppnade mötet.</p>
</body></html>
"""


def test_regional_styrgrupp_under_the_collaborations_name():
    from samverkan.loaders.read import read_document
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "voc.html"
        p.write_text(COLLEGE, encoding="utf-8")
        doc = read_document(p)
    parsed = parse_minutes(doc.text if hasattr(doc, "text") else doc, "voc.html")
    assert parsed.body == "Regional styrgrupp Vård- och omsorgscollege Åsland"


def test_seat_in_the_body_that_met_named_between_the_verb_and_av():
    text = NOTES + """
6. Övriga frågor
Ekby kommun har meddelat att Oskar Lind ersätts i rådet av Maja Törn, enhetschef LSS, från januari.
"""
    _, r = _parse(text)
    got = {(m.person, m.change) for m in r.memberships}
    assert ("Oskar Lind", "leave") in got and ("Maja Törn", "replace") in got
