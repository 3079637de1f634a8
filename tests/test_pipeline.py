"""Loading end to end: summaries, idempotency, replacement, bad files among good ones."""
import json
import shutil

import pytest

from conftest import EXAMPLES, shared_path
from samverkan.graph.export import ExportInvalid, export_json, export_schema, validate_export
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths

def load(store_file, *paths):
    with NetworkxStore(store_file) as s:
        report = load_paths(list(paths), s)
    return report


def export_of(store_file):
    return export_json(NetworkxStore(store_file, writable=False).to_networkx())


def test_load_twice_changes_nothing(store_file):
    first = load(store_file, EXAMPLES)
    before = export_of(store_file)
    second = load(store_file, EXAMPLES)
    assert first.count("loaded") == 3
    assert second.count("unchanged") == 3 and second.count("loaded") == 0
    assert export_of(store_file) == before


def test_changed_document_is_replaced(store_file, tmp_path):
    folder = tmp_path / "m"
    shutil.copytree(EXAMPLES, folder)
    load(store_file, folder)
    doc = folder / "lsvo_2024-03-15.txt"
    doc.write_text(doc.read_text().replace("att godkänna för sammanträdet upprättad dagordning",
                                           "att godkänna den ändrade dagordningen"))
    report = load(store_file, folder)
    assert report.count("replaced") == 1 and report.count("unchanged") == 2
    texts = [d["text"] for d in export_of(store_file)["decisions"]]
    assert "godkänna den ändrade dagordningen" in texts
    assert "godkänna för sammanträdet upprättad dagordning" not in texts
    assert len(export_of(store_file)["events"]) == 3


def test_bad_files_are_reported_and_the_rest_loads(store_file, tmp_path):
    folder = tmp_path / "m"
    shutil.copytree(EXAMPLES, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "letter.txt").write_text("Hej!\nTack för senast. Vi ses på fredag.\nMvh Anna\n")
    shutil.copy(folder / "lsvo_2024-03-15.txt", folder / "copy-of-lsvo.txt")
    report = load(store_file, folder)
    by_name = {d.path.rsplit("/", 1)[-1]: d for d in report.documents}
    assert by_name["empty.txt"].status == "failed" and "empty file" in by_name["empty.txt"].error
    assert by_name["noise.txt"].status == "failed" and "binary" in by_name["noise.txt"].error
    assert by_name["letter.txt"].status == "failed" and "letter.txt" in by_name["letter.txt"].error
    assert by_name["copy-of-lsvo.txt"].status == "duplicate" or by_name["lsvo_2024-03-15.txt"].status == "duplicate"
    assert report.count("loaded") == 3 and report.failed == 3
    assert len(export_of(store_file)["events"]) == 3


def test_minutes_without_recognisable_items_load_with_a_warning(store_file, tmp_path):
    notes = tmp_path / "anteckningar_hemgang.txt"
    notes.write_text(
        "Anteckningar från möte i Arbetsgrupp Hemgång\n"
        "Datum: 2025-03-04\n\n"
        "Närvarande:\nKarin Berg, Forsby kommun\nOlle Strand, Region Ådalen\n\n"
        "Vi gick igenom läget för hemgångarna. Gruppen beslutar att bjuda in vårdcentralerna till nästa möte.\n"
        "Olle Strand tar fram statistik till nästa möte.\n",
        encoding="utf-8")
    report = load(store_file, notes)
    doc = report.documents[0]
    assert doc.status == "loaded" and doc.items == 0 and doc.decisions == 1
    assert any("no agenda items found" in w for w in doc.warnings)
    x = export_of(store_file)
    assert [d["text"] for d in x["decisions"]] == ["bjuda in vårdcentralerna till nästa möte"]
    assert {p["name"] for p in x["persons"]} >= {"Karin Berg", "Olle Strand"}
    assert any("statistik" in a["task"] for a in x["assignments"])


def test_export_is_schema_valid(store_file):
    load(store_file, EXAMPLES)
    validate_export(export_of(store_file))


def test_the_packaged_schema_is_the_shared_contract():
    """The schema the package ships is the export contract the shared folder states."""
    shared = json.loads(shared_path("export.schema.json").read_text(encoding="utf-8"))
    assert export_schema()["required"] == shared["required"]
    assert set(export_schema()["properties"]) >= set(shared["properties"])


def test_a_broken_export_is_refused_with_the_place(store_file):
    load(store_file, EXAMPLES)
    doc = export_of(store_file)
    doc["memberships"][0].pop("person_id")
    with pytest.raises(ExportInvalid, match="memberships/0"):
        validate_export(doc)


def test_a_replacement_ends_the_old_seat_once(store_file):
    """"Oskar Lind ersätter Karin Nyqvist som processledare": one seat starts, one ends, each once."""
    load(store_file, EXAMPLES / "lsvo_2024-03-15.txt")
    data = export_of(store_file)
    names = {p["id"]: p["name"] for p in data["persons"]}
    seats = [(names[m["person_id"]], m.get("start_date"), m.get("end_date")) for m in data["memberships"]
             if m.get("role") == "processledare"]
    assert sorted(seats) == [("Karin Nyqvist", None, "2024-03-15"), ("Oskar Lind", "2024-03-15", None)]


NOTES_WITHOUT_HEADER = """1). Godkännande av dagordningen (B)

Föredragande: Karin Nyqvist

Arbetsgruppen beslutar

att godkänna dagordningen.

2). Uppföljning av digitala möten (I)

Föredragande: Sara Holm-Berg

Rutinen för digitala möten följs upp. Arbetsgruppen rapporterar till LSVO.
"""


@pytest.mark.parametrize("name,body", [
    ("00026_arbetsgrupp-digitala-moten_2024-02-01.txt", "Arbetsgrupp digitala möten"),
    ("samverkansgrupp-att-aldras_2024-02-01.txt", "Samverkansgrupp att åldras"),
])
def test_notes_without_a_header_take_the_body_from_the_file_name(store_file, tmp_path, name, body):
    path = tmp_path / name
    path.write_text(NOTES_WITHOUT_HEADER, encoding="utf-8")
    report = load(store_file, path)
    [doc] = report.documents
    assert doc.status == "loaded" and doc.group == body and doc.date == "2024-02-01"
    assert any("taken from the file name" in w and body in w for w in doc.warnings)


def test_a_corpus_loaded_in_small_batches_gives_the_same_graph(tmp_path, monkeypatch):
    """Large corpora are resolved in batches to bound memory; batching must not change the answer."""
    import samverkan.loaders.pipeline as pipeline

    whole = tmp_path / "whole.sqlite"
    load(whole, EXAMPLES)
    monkeypatch.setattr(pipeline, "RESOLVE_BATCH", 1)
    batched = tmp_path / "batched.sqlite"
    load(batched, EXAMPLES)
    assert export_of(batched) == export_of(whole)


ROLE_ASSIGNEES = """5). Hemsjukvårdsavtal (B)

Föredragande: Karin Nyqvist

Arbetsgruppen beslutar

att ge Projektledare hemsjukvårdsavtal i uppdrag att ta fram en tidplan för överenskommelsen.

att Karin Nyqvist ges i uppdrag att boka lokal till nästa möte.
"""


def test_an_assignee_named_by_role_is_kept_and_shown_as_the_gap(store_file, tmp_path):
    """"ge Projektledare hemsjukvårdsavtal i uppdrag": no person or body, but the role is on record."""
    from samverkan import queries

    path = tmp_path / "arbetsgrupp_vard_2024-04-02.txt"
    path.write_text(ROLE_ASSIGNEES, encoding="utf-8")
    assert load(store_file, path).failed == 0
    data = export_of(store_file)
    validate_export(data)
    tasks = {a["task"]: a for a in data["assignments"]}
    role = next(a for t, a in tasks.items() if t.startswith("ta fram en tidplan"))
    assert (role["assignee_ids"], role["assignee_roles"]) == ([], ["Projektledare hemsjukvårdsavtal"])
    person = next(a for t, a in tasks.items() if t.startswith("boka lokal"))
    assert person["assignee_roles"] == [] and len(person["assignee_ids"]) == 1
    with NetworkxStore(store_file, writable=False) as s:
        gaps = queries.run("gaps", s)
    assert [g.detail for g in gaps if g.kind == "unassigned"] == [
        "given to Projektledare hemsjukvårdsavtal: no person or body named"]


FJALLBY = """FJÄLLSTA KOMMUN                  SAMMANTRÄDESPROTOKOLL            1 (2)
                                 Sammanträdesdatum
Socialnämnden                    2025-03-25

Beslutande    Lena Hjort (S), ordförande
              Kjell Ek (M)

§ 1  Samverkan med Region Fjällby
Samverkansgrupp äldre i Fjällby rapporterar till Regionala ledningsgruppen för vård och omsorg (RLG).
Kommunerna tar med sig frågan. Ärendet lyfts till kommunfullmäktige före sommaren.

Socialnämnden beslutar
att lägga informationen till handlingarna.

§ 2  Övrigt
Inget att rapportera.
"""


def test_a_region_without_a_file_loads_with_its_own_huvudmän_and_bodies(store_file, tmp_path):
    """Minutes of a region the packaged knowledge file does not describe: nothing of Blekinge
    is matched, huvudmän come from their form, the body from the kommun's protocol header."""
    f = tmp_path / "fjallsta_sn_2025-03-25.txt"
    f.write_text(FJALLBY, encoding="utf-8")
    report = load(store_file, f)
    assert report.count("loaded") == 1, [d.error for d in report.documents]
    data = export_of(store_file)
    src = {s["id"] for s in data["sources"]}
    def from_doc(o):
        return any(x.get("source_id") in src for x in o.get("sources", []) or [])
    orgs = {o["name"]: o for o in data["organizations"] if from_doc(o)}
    groups = sorted(n for n, o in orgs.items() if o.get("classification") == "group")
    assert groups == ["Kommunfullmäktige, Fjällsta kommun", "Regionala ledningsgruppen för vård och omsorg",
                      "Samverkansgrupp äldre i Fjällby", "Socialnämnden, Fjällsta kommun"]
    assert not any("Blekinge" in o["name"] or o["name"] in ("LSVO", "PSVO", "Samverkansgrupp att åldras")
                   for o in data["organizations"] if from_doc(o))
    [event] = data["events"]
    assert next(o["name"] for o in data["organizations"] if o["id"] == event["organization_id"]) == \
        "Socialnämnden, Fjällsta kommun"
