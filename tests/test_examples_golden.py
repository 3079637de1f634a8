"""Golden tests: each bundled example minutes file against its hand-written expected result."""
import json

import pytest

from conftest import EXAMPLES
from golden import View, clause, norm, num

STEMS = sorted(p.stem for p in (EXAMPLES / "expected").glob("*.json"))


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    store = NetworkxStore(tmp_path_factory.mktemp("golden") / "g.sqlite")
    report = load_paths([EXAMPLES], store)
    assert report.failed == 0, [d.error for d in report.documents]
    data = export_json(store.to_networkx())
    store.close()
    return data


def expected(stem):
    return json.loads((EXAMPLES / "expected" / f"{stem}.json").read_text())


@pytest.mark.parametrize("stem", STEMS)
def test_meeting(export, stem):
    want, got = expected(stem), View(export, stem)
    assert norm(got.group()) == norm(want["meeting"]["group"])
    assert got.event["start_date"] == want["meeting"]["date"]
    assert (got.event["location"] or None) == want["meeting"]["place"]


@pytest.mark.parametrize("stem", STEMS)
def test_items_and_presenters(export, stem):
    want, got = expected(stem), View(export, stem)
    assert got.items() == sorted(num(i["number"]) for i in want["items"])
    assert got.presenters() == sorted((num(i["number"]), norm(p)) for i in want["items"] for p in i["presenters"])


@pytest.mark.parametrize("stem", STEMS)
def test_attendance_and_roles(export, stem):
    want, got = expected(stem), View(export, stem)
    assert got.attendance() == sorted((norm(a["name"]), a["status"]) for a in want["attendance"])
    assert got.roles() == sorted((norm(a["name"]), r) for a in want["attendance"] for r in a["roles"] if r != "ledamot")


@pytest.mark.parametrize("stem", STEMS)
def test_decisions(export, stem):
    want, got = expected(stem), View(export, stem)
    assert got.decisions() == sorted(clause(d["text"]) for d in want["decisions"])


@pytest.mark.parametrize("stem", STEMS)
def test_assignments_mandates_memberships(export, stem):
    want, got = expected(stem), View(export, stem)
    found = got.assignments()
    for a in want["assignments"]:
        names = sorted(norm(n) for n in a["assignee"])
        assert any(set(names) <= set(who) for who, _ in found), (a, found)
    want_mandates = sorted((norm(m["from"]), norm(m["to"]), m["kind"]) for m in want["mandates"])
    assert set(want_mandates) <= set(got.mandates())
    want_members = sorted((norm(m["person"]), norm(m["group"])) for m in want["memberships"])
    assert set(want_members) <= set(got.group_memberships())


def test_no_person_is_a_non_person(export):
    names = {norm(p["name"]) for p in export["persons"]}
    for stem in STEMS:
        assert not names & {norm(n) for n in expected(stem)["not_persons"]}
    wanted = {norm(p["name"]) for stem in STEMS for p in expected(stem)["persons"]}
    assert names == wanted
