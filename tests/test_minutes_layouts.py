"""Minutes in layouts the shared samples do not use, each loaded end to end and asked about."""
from pathlib import Path

import pytest

from samverkan import queries
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from factories import loaded_store

FIXTURE = Path(__file__).parent / "loaders" / "fixtures" / "styrgrupp_barn_och_unga_2024-10-04.txt"
BODY = "Styrgrupp Barn och unga"


def loaded(tmp_path_factory, minutes: Path):
    """A read-only store holding just these minutes, which must load without failure."""
    yield from loaded_store(tmp_path_factory.mktemp(minutes.stem) / "g.sqlite", minutes)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A styrgrupp's own protocol: "Beslutande", "Övriga deltagande", "Frånvarande", "§ N" items."""
    yield from loaded(tmp_path_factory, FIXTURE)


def seats(store, name):
    return {(r.group, r.role, r.date, r.until) for r in queries.run("person", store, name=name)
            if r.section == "membership"}


def test_the_justerare_holds_a_seat_as_ledamot(store):
    assert seats(store, "Johan Ek") == {(BODY, "ledamot", "2024-10-04", None)}


def test_a_replacement_in_the_bodys_own_minutes_takes_effect_on_the_date_written(store):
    """"Sofia Nyberg ersätter Peter Ahl som ledamot i styrgruppen från och med 1 november 2024"."""
    assert (BODY, "ledamot", "2024-11-01", None) in seats(store, "Sofia Nyberg")
    # absent from the meeting, he still held the seat then; it ends on the date written
    assert seats(store, "Peter Ahl") == {(BODY, "ledamot", "2024-10-04", "2024-11-01")}
    groups = {r.group for r in queries.run("meetings", store)} | {
        r.from_body for r in queries.run("mandates", store)}
    assert not any("ny ledamot" in (g or "").casefold() for g in groups)


def test_a_huvudman_that_has_not_appointed_its_representative_is_a_vacancy(store):
    vacancies = [(r.group, r.subject) for r in queries.run("gaps", store) if r.kind == "vacancy"]
    assert vacancies == [("Arbetsgrupp för Barnahus", "representant")]


def test_attendance_tasks_and_who_was_missing(store):
    [meeting] = queries.run("meetings", store)
    assert (meeting.group, meeting.date, meeting.present, meeting.absent, meeting.guests) == (BODY, "2024-10-04", 4, 2, 2)
    tasks = {(r.person, r.detail, r.due) for name in ("Erik Dahl", "Lena Ström")
             for r in queries.run("person", store, name=name) if r.section == "assignment"}
    # "till nästa möte" is due on the day § 26 gives the next meeting ("hålls den 6 december 2024")
    assert tasks == {("Erik Dahl", "ta fram en tidplan för införandet till nästa möte", "2024-12-06"),
                     ("Lena Ström", "kontakta Olofströms kommun om en representant", None)}
    missing = {r.subject for r in queries.run("gaps", store, group=BODY) if r.kind == "nobody_present"}
    assert missing == {"Karlshamns kommun"}


NOTES = Path(__file__).parent / "loaders" / "fixtures" / "minnesanteckningar_mitt_i_livet_2025-02-14.txt"
MIL = "Samverkansgrupp mitt i livet"


@pytest.fixture(scope="module")
def notes(tmp_path_factory):
    """Minnesanteckningar: plain "1. Rubrik" items, everyone on one "Deltagare:" line with details
    in brackets, decisions and tasks only in the running text."""
    yield from loaded(tmp_path_factory, NOTES)


def test_notes_with_plain_numbered_items_load(notes):
    [meeting] = queries.run("meetings", notes)
    assert (meeting.group, meeting.date, meeting.items, meeting.present, meeting.absent) == (MIL, "2025-02-14", 4, 7, 1)


def test_everyone_on_one_line_with_bracketed_details(notes):
    roster = {(r.subject, r.role, r.on_behalf_of) for r in queries.run("group", notes, name=MIL) if r.section == "member"}
    assert roster == {("Karin Åkesson", "ordförande", "Karlskrona kommun"), ("Ahmed Yousef", "ledamot", "Karlshamns kommun"),
                      ("Linnea Borg", "ledamot", "Ronneby kommun"), ("Göran Pettersson", "ledamot", "Olofströms kommun"),
                      ("Ewa Lind", "ledamot", "Region Blekinge"), ("Tove Ring", "ledamot", "Sölvesborgs kommun"),
                      ("Mikael Stål", "ledamot", "Region Blekinge")}  # förhinder: still a member; the secretary is an official


def test_a_decision_and_a_dated_task_told_in_the_running_text(notes):
    assert [(r.item, r.text) for r in queries.run("decisions", notes)] == [
        ("1", "godkänna anteckningarna från 2024-12-06"), ("2", "ställa sig bakom förslaget till tidplan")]
    [task] = [r for r in queries.run("person", notes, name="Ahmed Yousef") if r.section == "assignment"]
    assert (task.due, task.report_to) == ("2025-04-11", MIL)
    vacancies = [(r.group, r.subject) for r in queries.run("gaps", notes) if r.kind == "vacancy"]
    assert vacancies == [("Arbetsgrupp för suicidprevention", "representant")]


PSVO = Path(__file__).parent / "loaders" / "fixtures" / "psvo_2024-09-20.txt"


@pytest.fixture(scope="module")
def psvo(tmp_path_factory):
    """A politisk protocol: attendance as a tab-separated table with "Närvaro Ja/Nej", a serving
    ersättare, "Beslut:" with att-clauses, and signatures side by side at the end."""
    yield from loaded(tmp_path_factory, PSVO)


def test_table_attendance_with_a_serving_ersattare(psvo):
    [meeting] = queries.run("meetings", psvo)
    assert (meeting.group, meeting.present, meeting.absent, meeting.guests) == ("PSVO", 6, 1, 1)
    [absent] = [r for r in queries.run("person", psvo, name="Omar Said") if r.section == "meeting"]
    assert absent.status == "absent"
    [elin] = [r for r in queries.run("person", psvo, name="Elin Berg") if r.section == "meeting"]
    assert (elin.status, elin.role) == ("present", "ersättare")


def test_signatures_side_by_side_give_the_chair_and_the_justerare(psvo):
    roles = {name: r.role for name in ("Lars Holm", "Birgitta Ek", "Maria Strand")
             for r in queries.run("person", psvo, name=name) if r.section == "meeting"}
    assert roles == {"Lars Holm": "ledamot, ordförande", "Birgitta Ek": "ledamot, justerare",
                     "Maria Strand": "sekreterare"}


def test_uppdra_at_a_body_is_a_task_with_its_due_date_and_a_mandate(psvo):
    gaps = [r for r in queries.run("gaps", psvo, limit=0) if r.kind in ("unassigned",)]
    assert not any("återrapportera genomförandet" in r.subject for r in gaps)
    mandates = {(r.from_body, r.to_body, r.kind) for r in queries.run("mandates", psvo)}
    assert {("PSVO", "LSVO", "delegates"), ("LSVO", "PSVO", "reports_to")} <= mandates
    from samverkan.graph.export import export_json

    data = export_json(psvo.to_networkx())
    names = {o["id"]: o["name"] for o in data["organizations"]}
    tasks = {(tuple(names.get(i) for i in a["assignee_ids"]), a["due_date"], names.get(a["given_by_id"]),
              names.get(a["report_to_id"])) for a in data["assignments"] if a["task"].startswith("återrapportera")}
    assert tasks == {(("LSVO",), "2025-03-31", "PSVO", "PSVO")}


LOS = Path(__file__).parent / "loaders" / "fixtures" / "anteckningar_los.txt"


@pytest.fixture(scope="module")
def los(tmp_path_factory):
    """Notes of an arbetsgrupp: the body named only in the title line ("Anteckningar från möte i
    …"), "Punkt N:" items, dash lists under "Närvarande:" / "Ej närvarande:", impersonal
    decisions ("Beslutades att …") and responsibilities ("X ansvarar för att …")."""
    yield from loaded(tmp_path_factory, LOS)


def test_the_body_is_read_from_the_title_line(los):
    [meeting] = queries.run("meetings", los)
    assert (meeting.group, meeting.date, meeting.items, meeting.present, meeting.absent) == (
        "Arbetsgrupp LOS", "2024-03-05", 3, 4, 2)


def test_sammankallande_and_a_responsibility_in_running_text(los):
    roster = {(r.subject, r.role) for r in queries.run("group", los, name="Arbetsgrupp LOS") if r.section == "member"}
    assert ("Helena Ståhl", "sammankallande") in roster
    tasks = [r.detail for r in queries.run("person", los, name="Mira Lund") if r.section == "assignment"]
    assert tasks == ["ansvara för att sammanställa underlaget"]
    assert [r.text for r in queries.run("decisions", los)] == [
        "lägga anteckningarna till handlingarna", "statistiken ska redovisas för LSVO i april"]


def test_word_minutes_with_auto_numbered_items_and_an_attendance_table(tmp_path):
    """Word draws list numbers that are not in the paragraph text: agenda items as a numbered
    list must still come out as items 1, 2, 3, with sub-points a), b) under them."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Protokoll Styrgrupp för Barnahus 2024-06-12")
    table = d.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Namn", "Organisation", "Närvaro"),
                                        ("Eva Holm", "Karlskrona kommun", "Ja"),
                                        ("Nils Berg", "Region Blekinge", "Nej")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    d.add_paragraph("Föregående protokoll", style="List Number")
    d.add_paragraph("Protokollet godkändes.")
    d.add_paragraph("Lägesrapport", style="List Number")
    d.add_paragraph("Eva Holm ansvarar för att ta fram en tidplan.")
    d.add_paragraph("Nästa möte", style="List Number")
    d.add_paragraph("Nästa möte hålls i september.")
    path = tmp_path / "styrgrupp_barnahus_2024-06-12.docx"
    d.save(path)
    store = NetworkxStore(tmp_path / "g.sqlite")
    with store:
        report = load_paths([path], store)
    assert report.failed == 0, [x.error for x in report.documents]
    with NetworkxStore(tmp_path / "g.sqlite", writable=False) as s:
        [meeting] = queries.run("meetings", s)
        assert (meeting.items, meeting.present, meeting.absent) == (3, 1, 1)
        tasks = [r.detail for r in queries.run("person", s, name="Eva Holm") if r.section == "assignment"]
        assert tasks == ["ansvara för att ta fram en tidplan"]


PROPOSAL = Path(__file__).parent / "loaders" / "fixtures" / "lsvo_beslut_numrerade.txt"


@pytest.fixture(scope="module")
def proposal(tmp_path_factory):
    """"Beslut: Dagordningen godkänns.", a "Förslag till beslut:" paragraph before numbered
    decisions ("1. Att ge …"), and an appointment in a body the decision names."""
    yield from loaded(tmp_path_factory, PROPOSAL)


def test_a_proposal_gives_nothing_and_the_decision_gives_once(proposal):
    from samverkan.graph.export import export_json

    data = export_json(proposal.to_networkx())
    # the task decided, once (not again from the proposal), and the chair's duty the appointment gives
    assert sorted((a["task"], a["due_date"]) for a in data["assignments"]) == [
        ("ta fram en handlingsplan till LSVO den 14 mars", "2025-03-14"),
        ("vara ordförande i styrgruppen för Uppdrag psykisk hälsa", None)]
    mandates = [(r.from_body, r.to_body, r.kind, r.count) for r in queries.run("mandates", proposal) if r.kind != "part_of"]
    assert mandates == [("LSVO", "Styrgrupp Uppdrag psykisk hälsa", "delegates", 1)]
    assert [r.text for r in queries.run("decisions", proposal) if r.item == "1"] == ["Dagordningen godkänns."]


def test_an_appointment_in_the_body_the_item_names(proposal):
    seats = {(r.group, r.role) for r in queries.run("person", proposal, name="Per Ek") if r.section == "membership"}
    assert ("Styrgrupp Uppdrag psykisk hälsa", "ordförande") in seats


ACTIONS = Path(__file__).parent / "loaders" / "fixtures" / "atgardslista.txt"


def test_an_action_list_table_gives_a_task_per_row(tmp_path_factory):
    """"Åtgärd / Ansvarig / Klart" rows: the task, the one responsible and the due date."""
    from samverkan.graph.export import export_json

    for store in loaded(tmp_path_factory, ACTIONS):
        data = export_json(store.to_networkx())
        names = {p["id"]: p["name"] for p in data["persons"]}
        tasks = {(tuple(names[i] for i in a["assignee_ids"]), a["task"], a["due_date"]) for a in data["assignments"]}
        assert {(("Omid Karimi",), "sammanställa statistik för 2024", "2025-01-15"),
                (("Lisa Ahl",), "boka lokal för temadag", "2024-12-01")} <= tasks
        assert len(tasks) == 3  # and the task in the running text, nothing from the header row


NARVAROLISTA = Path(__file__).parent / "loaders" / "fixtures" / "narvarolista.txt"


def test_a_presence_column_left_empty_means_absent(tmp_path_factory):
    """A "Närvarolista" table with Namn / Organisation / Roll / Närvarande (X) columns."""
    for store in loaded(tmp_path_factory, NARVAROLISTA):
        [meeting] = queries.run("meetings", store)
        assert (meeting.group, meeting.present, meeting.absent) == ("Samverkansgrupp att växa upp", 6, 1)
        [roos] = [r for r in queries.run("person", store, name="Helena Roos") if r.section == "meeting"]
        assert roos.status == "absent"
        roles = {r.subject: r.role for r in queries.run("group", store, name="att växa upp") if r.section == "member"}
        assert (roles["Ingrid Falk"], roles["Kent Borg"]) == ("ordförande", "ledamot")
        # the secretary, the one whose Roll names no seat among ledamöter, is an official there, not a member
        assert "Jonas Nyman" not in roles
        [nyman] = [r for r in queries.run("person", store, name="Jonas Nyman") if r.section == "meeting"]
        assert nyman.status == "present"


STYRGRUPP_NOTES = Path(__file__).parent / "loaders" / "fixtures" / "styrgrupp_anteckningar.txt"


def test_a_long_body_name_in_the_title_and_sub_items_under_plain_numbers(tmp_path_factory):
    """Notes whose first line is the body's long name, bullets under "Deltagare:", "2a." sub-items."""
    for store in loaded(tmp_path_factory, STYRGRUPP_NOTES):
        [meeting] = queries.run("meetings", store)
        assert (meeting.group, meeting.date, meeting.items, meeting.present, meeting.absent) == (
            "Styrgrupp för jämlik hälsa, nära vård, stöd och omsorg", "2024-04-03", 5, 4, 1)
        assert [r.item for r in queries.run("decisions", store)] == ["2b"]
        [task] = [r for r in queries.run("person", store, name="Eva N") if r.section == "assignment"]
        assert task.detail == "ta kontakt med primärvården i Ronneby inför nästa möte"


RUNNING_HEADER = Path(__file__).parent / "loaders" / "fixtures" / "lsvo_sidhuvud.txt"


def test_a_running_header_inside_a_decision_is_not_part_of_it(tmp_path_factory):
    """"Protokoll LSVO 2024-06-14   Sida 2 av 2" repeated at a page break in the middle of a clause."""
    for store in loaded(tmp_path_factory, RUNNING_HEADER):
        [task] = [r.text for r in queries.run("decisions", store) if r.item == "61"]
        assert task == ("ge Styrgrupp för jämlik hälsa, nära vård, stöd och omsorg i uppdrag att ta fram en "
                        "reviderad överenskommelse om hemsjukvård till LSVO den 13 september")


BULLET_DECISIONS = Path(__file__).parent / "loaders" / "fixtures" / "beslut_punktlista.txt"


def test_a_bullet_per_decision_under_beslut(tmp_path_factory):
    """"Beslut" followed by "- Informationen noteras." / "- Per Ek får i uppdrag att …"."""
    for store in loaded(tmp_path_factory, BULLET_DECISIONS):
        assert sorted(r.text for r in queries.run("decisions", store)) == [
            "Informationen noteras.", "Per Ek får i uppdrag att ta fram en kommunikationsplan till nästa möte.",
            "godkänner verksamhetsplanen för 2025."]
        [task] = [r for r in queries.run("person", store, name="Per Ek") if r.section == "assignment"]
        assert (task.detail, task.due) == ("ta fram en kommunikationsplan till nästa möte", "till nästa möte")


PREAMBLE = Path(__file__).parent / "loaders" / "fixtures" / "projektgrupp_forhuvud.txt"


def test_relations_stated_in_a_header_line_and_a_short_name_defined_in_parentheses(tmp_path_factory):
    """"Projektägare: Gunilla Ek, …, ordförande i Styrgrupp för X (Styrgrupp TLH). Styrgrupp TLH
    rapporterar i sin tur till Styrgrupp Äldre." before the attendance list: her seat and the
    steering group's reporting line are read, and "Styrgrupp TLH" later in the notes is that body."""
    from samverkan.graph.export import export_json

    steering = "Styrgrupp för Trygg läkemedelshantering"
    for store in loaded(tmp_path_factory, PREAMBLE):
        mandates = {(r.from_body, r.to_body, r.kind) for r in queries.run("mandates", store) if r.kind != "part_of"}
        assert (steering, "Styrgrupp Äldre", "reports_to") in mandates
        project = {f for f, t, k in mandates if t == steering and k == "refers"}
        assert len(project) == 1 and next(iter(project)).startswith("Projektgrupp")
        data = export_json(store.to_networkx())
        groups = {o["name"]: o.get("other_names") or [] for o in data["organizations"] if o.get("classification") == "group"}
        assert "Styrgrupp TLH" in groups[steering] and "Styrgrupp TLH" not in groups
        roles = {r.subject: r.role for r in queries.run("group", store, name=steering) if r.section == "member"}
        assert roles == {"Gunilla Ek": "ordförande"}
        assert not [a for a in data["assignments"] if "Gunilla" in a["task"] or "Styrgrupp Äldre" in a["task"]]
