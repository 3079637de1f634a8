"""Habits of a styrgrupp's protocol exported from a meeting system and of a working group's mailed notes: att-clauses
run on in one sentence, each with a subject of its own ("…, att Eva Ek efterträder honom …, att förslaget redovisas
…"); a bulleted list of decided points whose later point gives people a task; "Ersättare" in the roster's Närvaro
column; "A ersätter B" told at the opening of a meeting where A is the ersättare present and B the member away; a
report from another body's meeting ("Annika berättade från styrgruppen"); and a working group agreeing on what to
start from ("Vi var överens om att utgå från …"). Each is read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "m.txt", text)


HEAD = """Styrgrupp Nära vård – protokoll

Datum: 2028-06-14

Närvarande: Helena Strand, Region Norrby, ordförande; Lars Nyberg, Region Norrby; Annika Holm, Åby kommun, ersättare
Frånvarande: Anders Palm, Åby kommun

"""

BODY = "Styrgrupp Nära vård"


def test_att_clauses_with_a_subject_of_their_own_are_decisions_each(tmp_path):
    """"beslutar att notera att A har lämnat gruppen, att B efterträder honom …, samt att C uppdaterar …": ", att"
    before a person and her verb, or before a thing done in the passive, opens the next decided point; a clause
    going on with an infinitive ("godkänna avtalet, att gälla från …") stays one."""
    f = _load(tmp_path, HEAD + """§ 1 Ledamot för Åby kommun
Jonas Berg har lämnat sin tjänst i Åby kommun och därmed styrgruppen.
Styrgruppen beslutar att notera att Jonas Berg har lämnat styrgruppen, att Eva Lind efterträder honom som ledamot för Åby kommun från och med 2028-06-01, samt att Helena Strand uppdaterar ledamotsförteckningen.

§ 2 Demens
Styrgruppen beslutar att ge Arbetsgrupp demens i uppdrag att ta fram en gemensam vårdprocess, att förslaget redovisas för styrgruppen senast den 15 november 2028, samt att Lars Nyberg utser en läkare till arbetsgruppen.

§ 3 Avtal
Styrgruppen beslutar att godkänna avtalet, att gälla från 1 januari 2029.
""")
    assert {"notera att Jonas Berg har lämnat styrgruppen",
            "Eva Lind efterträder honom som ledamot för Åby kommun från och med 2028-06-01",
            "förslaget redovisas för styrgruppen senast den 15 november 2028"} <= set(f["decisions"])
    assert "godkänna avtalet, att gälla från 1 januari 2029." in f["decisions"] or \
        "godkänna avtalet, att gälla från 1 januari 2029" in f["decisions"]
    assert ("Eva Lind", BODY, "replace") in f["memberships"]


def test_a_bulleted_decided_point_after_one_ending_in_a_comma_is_decided_too(tmp_path):
    """"beslutar att / - överlämna frågan till X, / - A och B tar fram ett underlag …": the list of decided points goes
    on after the comma, and the point giving two people a task is decided as well as their task."""
    f = _load(tmp_path, HEAD + """§ 6 Läkarmedverkan
Styrgruppen beslutar att
- överlämna frågan om finansiering till Ledningsgruppen för samverkan i Norrby,
- Lars Nyberg och Helena Strand tar fram ett underlag till ledningsgruppens möte den 7 september 2028.

§ 7 Nästa möte
Den 20 september 2028.
""")
    assert any(d.startswith("Lars Nyberg och Helena Strand tar fram ett underlag") for d in f["decisions"])
    assert any(set(who) == {"Lars Nyberg", "Helena Strand"} for who, _ in f["assignments"])


def test_the_ersattare_present_replacing_the_member_away_is_a_stand_in_today(tmp_path):
    """"Annika Holm ersätter Anders Palm." at the opening, with Annika the ersättare present and Anders away: who
    serves in his seat today; no one leaves and no one takes a seat."""
    f = _load(tmp_path, HEAD + """§ 1 Mötets öppnande
Ordföranden öppnar mötet. Annika Holm ersätter Anders Palm.

§ 2 Övrigt
Inget.
""")
    changes = {(p, c) for p, g, c in f["memberships"] if g == BODY}
    assert ("Anders Palm", "leave") not in changes and ("Annika Holm", "replace") not in changes
    assert ("Annika Holm", "member") in changes and ("Anders Palm", "member") in changes


def test_ersattare_in_the_presence_column_is_there_in_an_ersattares_seat(tmp_path):
    """A roster table's Närvaro column with "Ja", "Nej" and "Ersättare": the last was there, as an ersättare."""
    f = _load(tmp_path, """Styrgrupp Nära vård – protokoll

Datum: 2028-06-14

| Namn | Organisation | Närvaro |
|---|---|---|
| Helena Strand | Region Norrby, hälso- och sjukvårdsdirektör | Ja |
| Anders Palm | Åby kommun, verksamhetschef | Nej |
| Annika Holm | Åby kommun, avdelningschef | Ersättare |

§ 1 Mötets öppnande
Dagordningen godkänns.
""")
    assert ("Annika Holm", "present", ("ersättare",)) in f["attendance"]
    assert any(n == "Anders Palm" and s == "absent" for n, s, _ in f["attendance"])


NOTES = """Arbetsgrupp demens – minnesanteckningar 2028-06-21

Närvarande: Annika Rask (Åby), Nadia Holm (Region Norrby), Sara Lind (Region Norrby)

1) Nytt uppdrag från styrgruppen
Annika berättade från Styrgrupp Nära vård 14 juni. Styrgruppen har gett arbetsgruppen i uppdrag att ta fram
ett förslag till gemensam vårdprocess.
Vi var överens om att utgå från kartläggningen och att börja med vägen till utredning.

2) Nästa möte
Onsdag 30 augusti 2028.
"""


def test_who_tells_from_another_bodys_meeting_presents_the_point(tmp_path):
    """"Annika berättade från Styrgrupp Nära vård 14 juni": what another body did, told at the meeting by her."""
    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    path = tmp_path / "m.txt"
    path.write_text(NOTES, encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    names = {p["id"]: p["name"] for p in data["persons"]}
    (event,) = data["events"]
    item = next(i for i in event["agenda"] if i.get("number") == "1")
    assert [names[p] for p in item.get("presenter_ids") or []] == ["Annika Rask"]


def test_agreeing_on_what_to_start_from_is_decided(tmp_path):
    """"Vi var överens om att utgå från kartläggningen och att börja med …": an infinitive in -å decides as one in -a."""
    f = _load(tmp_path, NOTES)
    assert {"utgå från kartläggningen", "börja med vägen till utredning"} <= set(f["decisions"])
