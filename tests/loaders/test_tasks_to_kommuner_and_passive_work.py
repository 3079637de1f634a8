"""Tasks and mandates told in habits of secretaries' minutes, read on small minutes of their own: a task list's
rows whose doer is a kommun or whose task opens with a capital, a body that sent a proposal and wants the
group's view by a day, and a matter sent to the kommuner of the county with a request that each decide on it.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations

WIKI = """# Samverkansgrupp Barn och unga – möte 2/2027

**När:** torsdag 25 mars 2027, 09.00–12.00
**Sammankallande:** Per-Anders Nyqvist · **Anteckningar:** Åsa Grip

### Deltagare

- Per-Anders Nyqvist, verksamhetschef BUP, Region Skogland (sammankallande)
- Jörgen Wall, IFO-chef, Björkå kommun
- Åsa Grip, FoU-ledare, FoU Skogland (anteckningar)

Frånvarande: Jessica Örn, Ekholma kommun

### 1. Remiss från styrgruppen – riktlinje för SIP

Styrgrupp psykisk hälsa och beroende har skickat förslaget till ny länsgemensam riktlinje för SIP till SBU och vill ha gruppens yttrande senast 30 april. Gruppen tycker att barnperspektivet är svagt.

### Uppdragslista

- [x] 11: Åsa – SIP-statistik per kommun för 2026 (klar, redovisad på mötet)
- [ ] 12: Jörgen – Sammanställning av placeringar under 2026 till nästa möte
- [ ] 13: Ekholma kommun – utse ny ordinarie representant efter Mikael Bergsten, klart till nästa möte
"""

PROTOCOL = """Regionstyrelsens arbetsutskott
Region Lysala

Protokoll 2026-12-02

Närvarande ledamöter: Kristina Malm (S), ordförande; Bengt Sävström (M)

§ 87 Överenskommelse om samverkan kring personer med psykisk funktionsnedsättning
RS 2026/0933

Sammanfattning
Regionala samverkansrådet har rekommenderat Region Lysala, Brattviks kommun, Lysala kommun och Tågby kommun att
anta överenskommelsen.

Beslut
1. Arbetsutskottet godkänner överenskommelsen för Region Lysalas del.
2. Överenskommelsen överlämnas till kommunerna i länet med en begäran om att respektive kommun fattar beslut om överenskommelsen senast den 31 mars 2027.

Beslutet skickas till: Brattviks kommun, Lysala kommun, Tågby kommun
"""


def _tasks(rel):
    return [({a.casefold() for a in x.assignees}, x.task.casefold()) for x in rel.assignments]


def test_task_list_rows_of_a_kommun_and_of_a_task_opening_with_a_capital():
    """"- [ ] 13: Ekholma kommun – utse …": the kommun answers for the row; "Åsa – SIP-statistik …",
    "Jörgen – Sammanställning …": what is to be delivered may open with a capital."""
    tasks = _tasks(extract_relations(parse_minutes(WIKI, "sbu.md")))
    assert any(w == {"ekholma kommun"} and t.startswith("utse ny ordinarie representant") for w, t in tasks), tasks
    assert any(w == {"åsa grip"} and t.startswith("sip-statistik per kommun") for w, t in tasks), tasks
    assert any(w == {"jörgen wall"} and "sammanställning av placeringar" in t for w, t in tasks), tasks


def test_a_proposal_sent_with_the_view_wanted_by_a_day():
    """"X har skickat förslaget … till SBU och vill ha gruppens yttrande senast 30 april": X refers the matter to
    the group, whose task is to give its view by then."""
    rel = extract_relations(parse_minutes(WIKI, "sbu.md"))
    refers = {(m.from_body.casefold(), m.to_body.casefold(), m.kind) for m in rel.mandates}
    assert ("styrgrupp psykisk hälsa och beroende", "samverkansgrupp barn och unga", "refers") in refers, refers
    assert any(w == {"samverkansgrupp barn och unga"} and t.startswith("yttra sig över förslaget till ny länsgemensam")
               and "30 april" in t for w, t in _tasks(rel)), _tasks(rel)


def test_a_matter_sent_to_the_kommuner_with_a_request_that_each_decide():
    """"… överlämnas till kommunerna i länet med en begäran om att respektive kommun fattar beslut om …": each
    kommun, and the kommuner of the county together, are to decide."""
    tasks = _tasks(extract_relations(parse_minutes(PROTOCOL, "rs_au.txt")))
    got = [w for w, t in tasks if t.startswith("fatta beslut om överenskommelsen")]
    assert got and {"brattviks kommun", "tågby kommun", "kommunerna i länet"} <= got[0], tasks


def test_the_kommuner_of_the_county_asked_in_the_passive():
    """"Kommunerna i länet ombeds …": each kommun and them together."""
    text = PROTOCOL.replace("2. Överenskommelsen överlämnas till kommunerna i länet med en begäran om att respektive "
                            "kommun fattar beslut om", "2. Kommunerna i länet ombeds fatta beslut om")
    tasks = _tasks(extract_relations(parse_minutes(text, "rs_au.txt")))
    got = [w for w, t in tasks if t.startswith("fatta beslut om överenskommelsen")]
    assert got and {"brattviks kommun", "kommunerna i länet"} <= got[0], tasks


NAEMND = """Socialnämnden
Holmsunds kommun

Protokoll 2027-03-23

Närvarande ledamöter: Eva Lindkvist (S), ordförande; Nils Haraldsson (M)

§ 25 Redovisning av delegationsbeslut
Socialnämndens arbetsutskott rapporterar löpande till nämnden om beslut som fattats med stöd av delegation.

Socialnämnden beslutar
Redovisningen läggs till handlingarna.
"""


def test_a_namnds_arbetsutskott_reports_to_the_namnd():
    """"Socialnämndens arbetsutskott rapporterar … till nämnden": the arbetsutskott, named by its nämnd, reports
    to the nämnd (not to itself)."""
    rel = extract_relations(parse_minutes(NAEMND, "sn.txt"))
    got = {(m.from_body.casefold(), m.to_body.casefold().split(",")[0], m.kind) for m in rel.mandates}
    assert ("socialnämndens arbetsutskott", "socialnämnden", "reports_to") in got, got


def test_work_told_in_the_passive_with_its_doer_after_av():
    """"Uppföljningen av teamen görs i fortsättningen av Arbetsgrupp första linjen": the group does the follow-up."""
    text = WIKI.replace("### Uppdragslista", "### 2. Arbetsgrupp mobila team\n\nNadia redovisade läget. Uppföljningen "
                        "av teamen görs i fortsättningen av Arbetsgrupp första linjen.\n\n### Uppdragslista")
    tasks = _tasks(extract_relations(parse_minutes(text, "sbu.md")))
    assert ({"arbetsgrupp första linjen"}, "följa upp teamen") in tasks, tasks


NOTES = """AG läkemedelsgenomgångar – minnesant. 2027-02-24

Närv: JE (sammank., antecknar), FL, PS, AS

JE  = Johanna Ek, apotekare, Region Havsby
FL  = Fredrik Lindahl, distriktsläkare, Region Havsby
PS  = Petter Sjödin, distriktsläkare, Region Havsby
AS  = Amira Saleh, ssk särskilt boende, Lövsta kommun

1. Utbildning
Ev. gemensam utbildningsdag för ssk i kommunerna i maj – FL och PS undersöker om läkarmedverkan går att ordna. Återkommer nästa möte.

2. Övr.
AS slutar i Lövsta 31/3. Ersättare meddelas av Lövsta – AS tar frågan m. sin chef.
"""


def test_a_topic_then_a_dash_then_who_does_what():
    """"Ev. gemensam utbildningsdag i maj – FL och PS undersöker om …": the clause after the dash is the task of
    those it names."""
    tasks = _tasks(extract_relations(parse_minutes(NOTES, "ag.txt")))
    assert any(w == {"fredrik lindahl", "petter sjödin"} and t.startswith("undersöka om läkarmedverkan")
               for w, t in tasks), tasks


def test_a_question_taken_up_with_ones_chef_with_med_shortened():
    """"AS tar frågan m. sin chef": "m." for "med", as hurried notes shorten it."""
    tasks = _tasks(extract_relations(parse_minutes(NOTES, "ag.txt")))
    assert any(w == {"amira saleh"} and t.startswith("ta frågan m") and t.endswith("sin chef") for w, t in tasks), tasks
