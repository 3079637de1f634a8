"""Phrasings of the sister minutes' secretaries read on small minutes of their own: a piece of work
reported back by whose it is, a referral both bodies of a joint meeting make, and an action list's
call to a first meeting of a group whose convener the decision above it appointed.
"""
from __future__ import annotations

from samverkan.loaders.extract import AttendanceEntry, _prose_presenters, parse_minutes
from samverkan.loaders.relations import extract_relations


def test_who_reported_back_a_piece_of_work_by_whose_it_is_presents_it():
    """"Petra Lund återrapporterade Tallbys rutin för …", "ES återrapporterade samverkansgruppens synpunkter":
    the work reported on, named by a genitive; the present tense with "till" is still a task to come."""
    att = [AttendanceEntry("Petra Lund", "present"), AttendanceEntry("Erik Sjöling", "present")]
    assert _prose_presenters("Petra Lund återrapporterade Tallbys rutin för läkemedelsgenomgångar i hemsjukvården, "
                             "som ledningsgruppen efterfrågade i maj.", att) == ["Petra Lund"]
    assert _prose_presenters("Erik Sjöling återrapporterade samverkansgruppens synpunkter på förslaget.", att) == \
        ["Erik Sjöling"]
    assert _prose_presenters("Petra Lund återrapporterar Tallbys rutin till nämnden i december.", att) == []


JOINT = """Styrgrupp psykisk hälsa Tallby · Minnesanteckningar 2025-11-13
Gemensamt möte med Samverkansgrupp Barn och unga (SBU)
Tid: torsdag 13 november 2025 kl. 09.00–12.00
Från styrgruppen: Rut Tavast (sammankallande), Jörn Wallin
Från SBU: Per Nylund (sammankallande), Sara Lindell

1. Mobila team
Frågan om finansiering av en tredje tjänst lyfts nu vidare till Regional ledningsgrupp Tallby av båda grupperna.

2. Ekonomi
Frågan om lokaler lyfts vidare till Regional ledningsgrupp Tallby.
"""


def test_a_question_both_groups_of_a_joint_meeting_pass_on_is_referred_by_each():
    mandates = {(m.from_body, m.to_body, m.kind, m.item) for m in extract_relations(parse_minutes(JOINT, "joint.txt")).mandates}
    refers = {(f, i) for f, t, k, i in mandates if k == "refers" and t.startswith("Regional ledningsgrupp")}
    assert ("Styrgrupp psykisk hälsa Tallby", "1") in refers
    assert any(f.startswith("Samverkansgrupp Barn och unga") and i == "1" for f, i in refers), refers
    # passed on by the body that met alone: the other body of the meeting refers nothing
    assert not any(f.startswith("Samverkansgrupp Barn och unga") and i == "2" for f, i in refers), refers


LOG = """Ledningsgrupp för vård och omsorg i Tallby
Protokoll 2025-06-05
Närvarande: Pia Jonsvik (PJ), Tallby kommun; Kent Holm (KH), Åby kommun

1. Gemensam skolläkarfunktion
Beslut:
• att tillsätta en arbetsgrupp för gemensam skolläkarfunktion med Pia Jonsvik som sammankallande.

2. Åtgärdslista
Nr\tBeslut/åtgärd\tAnsvarig\tKlart
1\tKallelse till första mötet i arbetsgruppen för skolläkarfunktion\tPJ\taugusti
"""


def test_an_action_row_calling_a_group_s_first_meeting_is_no_restatement_of_its_convener_s_seat():
    tasks = [(a.assignees, a.task) for a in extract_relations(parse_minutes(LOG, "lvo.txt")).assignments]
    assert (["Pia Jonsvik"], "kalla till första mötet i arbetsgruppen för skolläkarfunktion") in tasks, tasks


FILE_TITLE = """Lokala närvårdsrådet i Tallby_minnesanteckningar_2025-10-07
Mötet hölls via Teams kl. 15.00–16.30.
Deltog digitalt:
Agnes Borg, ordförande, Tallby kommun, agnes.borg@tallby.se, 0571-180 22
Tove Skog, verksamhetschef Vårdcentralen Tallby, Region Åby, tove.skog@regionaby.se, 0570-455 10
Kent Holm, förvaltningschef vård och omsorg, Tallby kommun, kent.holm@tallby.se

1. Läkemedel vid hembesök (Föredragande: Kent Holm)
Tove Skog gick igenom synpunkterna på utkastet.
Det beslutades att rådet lämnar sina synpunkter på checklistan till Kent Holm senast den 24 oktober.
Det beslutades vidare att Tove Skog företräder rådet i Projektgruppen för mobilt team från och med november.

2. Till nästa möte
Till nästa möte:
– AB bjuder in verksamhetschefen för hemsjukvården till rådets möte i december.
– Tallby kommun redovisar bemanningen i hemsjukvården under helger.
– Förvaltningschefen i Tallby samordnar rutinerna.
"""


def test_minutes_named_only_in_a_title_written_as_a_file_name():
    """"Lokala närvårdsrådet i Tallby_minnesanteckningar_2025-10-07": the body and the date, its fields apart."""
    p = parse_minutes(FILE_TITLE, "lnr.docx")
    assert (p.body, p.date) == ("Lokala närvårdsrådet i Tallby", "2025-10-07")


def test_a_secretary_s_habits_in_a_council_s_notes():
    """Who presents named in the heading beside who the text says told; "Det beslutades (vidare) att"; the body
    that met as the subject of a decided clause; a dashed list under "Till nästa möte" with a kommun and a role
    by the place of its huvudman."""
    p = parse_minutes(FILE_TITLE, "lnr.docx")
    assert p.items[0].presenters == ["Kent Holm", "Tove Skog"]
    assert [d.text for d in p.decisions] == [
        "rådet lämnar sina synpunkter på checklistan till Kent Holm senast den 24 oktober",
        "Tove Skog företräder rådet i Projektgruppen för mobilt team från och med november"]
    tasks = {(tuple(a.assignees), a.task) for a in extract_relations(p).assignments}
    assert (("Lokala närvårdsrådet i Tallby",), "lämna sina synpunkter på checklistan till Kent Holm senast den 24 oktober") in tasks
    assert (("Tove Skog",), "företräda rådet i Projektgruppen för mobilt team från och med november") in tasks
    assert (("Agnes Borg",), "bjuda in verksamhetschefen för hemsjukvården till rådets möte i december") in tasks
    assert (("Tallby kommun",), "redovisa bemanningen i hemsjukvården under helger") in tasks
    assert (("Kent Holm",), "samordna rutinerna") in tasks, tasks


ARROWS = """Projektgrupp mobilt team – minnesanteckningar
Datum: 2025-11-20
Deltog digitalt: Linn Gust (projektledare, Region Åby, sammankallande), Per Holm (Tallby kommun), Sara Berg (Region Åby, sekreterare)

1. Tallbys deltagande
Per Holm återrapporterade uppdraget från styrgruppen.
→ Beslut: Tallby kommun ingår i piloten från den 1 mars 2026, och Per Holm blir Tallbys
representant i projektgruppen.
→ Beslut: Projektgruppen föreslår styrgruppen att piloten förlängs.
Tallby kommun tar fram ett underlag om lokaler för teamet till nästa möte.
2. Kontaktvägar
Sammankallande kontaktar läkemedelsenheten om en gemensam mall.
"""


def test_decisions_marked_with_an_arrow_and_the_sentence_after_them():
    """"→ Beslut: …" lines, one wrapped onto the next line; the sentence at the margin after the last is no decision."""
    p = parse_minutes(ARROWS, "pg.pdf")
    assert [d.text.rstrip(".") for d in p.decisions] == [
        "Tallby kommun ingår i piloten från den 1 mars 2026, och Per Holm blir Tallbys representant i projektgruppen",
        "föreslår styrgruppen att piloten förlängs"]
    # the arrow typed as two characters
    assert len(parse_minutes(ARROWS.replace("→", "->"), "pg.txt").decisions) == 2
    r = extract_relations(p)
    assert ("Per Holm", "Projektgrupp mobilt team", "join") in {(m.person, m.group, m.change) for m in r.memberships}
    tasks = {(tuple(a.assignees), a.task) for a in r.assignments}
    assert (("Per Holm",), "vara representant i projektgruppen") in tasks
    assert (("Linn Gust",), "kontakta läkemedelsenheten om en gemensam mall") in tasks, tasks


def test_two_councils_of_one_kind_in_two_places_stay_two_bodies(tmp_path):
    """"Lokala närvårdsrådet i Tallby" met; other minutes name "Lokala närvårdsrådet i Ekby": two councils, not one
    under either name (the same name without its place would be the one body)."""
    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    (tmp_path / "lnr.txt").write_text(FILE_TITLE, encoding="utf-8")
    (tmp_path / "sg.txt").write_text(
        "Styrgrupp Nära vård Åby\nMinnesanteckningar 2025-11-12\nNärvarande: Eva Lund (ordförande), Region Åby; "
        "Per Ek, socialchef, Ekby kommun; Kent Holm, Tallby kommun\n\n1. Inledning\nDagordningen godkändes.\n\n"
        "2. Hembesök\nLokala närvårdsrådet i Ekby lämnade i september sitt förslag om gemensamma hembesök till "
        "styrgruppen för beslut.\n", encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "lnr.txt", tmp_path / "sg.txt"], s)
        data = export_json(s.to_networkx())
    councils = sorted(o["name"] for o in data["organizations"] if "närvårdsrådet" in o["name"])
    assert councils == ["Lokala närvårdsrådet i Ekby", "Lokala närvårdsrådet i Tallby"], councils


def test_a_body_named_in_a_markdown_table_cell_ends_with_its_cell():
    from samverkan.loaders.relations import find_groups

    row = "| Utvärdering av kvällstäckningen | Projektgruppen för mobilt närvårdsteam | Ny | 2026-03-04 |"
    assert [g.name for g in find_groups(row)] == ["Projektgruppen för mobilt närvårdsteam"]
    # how often it reports is no part of the name of the body it reports to
    assert [g.name for g in find_groups("Projektgruppen rapporterar till Styrgrupp psykisk hälsa och beroende varje "
                                        "kvartal.")] == ["Projektgruppen", "Styrgrupp psykisk hälsa och beroende"]
