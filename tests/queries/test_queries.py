"""Real answers of every named query on the hand-built sample graph (embedded store)."""
from __future__ import annotations

import pytest

from samverkan import queries
from samverkan.graph.errors import AmbiguousName, NotFound, SamverkanError
from tests.sample_graph import sample_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = sample_store(tmp_path_factory.mktemp("sample"))
    yield s
    s.close()


def rows(store, query, /, **params):
    return queries.run(query, store, **params)


@pytest.mark.parametrize("query", ["asman", "Åsman", "Martin Asman", "ÅSMAN martin"])
def test_person_forgiving_name(store, query):
    assert {r.person for r in rows(store, "person", name=query)} == {"Martin Åsman"}


@pytest.mark.parametrize("query", ["Skaar-Magnusson", "torill", "Torill Skaar Magnusson", "skaar magnusson"])
def test_person_hyphens_and_surface_forms(store, query):
    assert {r.person for r in rows(store, "person", name=query)} == {"Torill Skaar Magnusson"}


def test_person_ambiguous_lists_both(store):
    with pytest.raises(AmbiguousName) as exc:
        rows(store, "person", name="Mats")
    assert [n for _, n in exc.value.candidates] == ["Mats Berggren", "Mats Wennstig"]


def test_person_not_found(store):
    with pytest.raises(NotFound):
        rows(store, "person", name="Nobody Atall")


def test_replaced_membership_has_until(store):
    (seat,) = [r for r in rows(store, "person", name="Cecilia") if r.section == "membership"]
    assert (seat.group, seat.role, seat.until, seat.status) == ("Styrgrupp Barnahus", "sammankallande", "2023-11-17", "ended")
    (emma,) = [r for r in rows(store, "person", name="Emma Stahre") if r.section == "membership"]
    assert (emma.date, emma.until, emma.on_behalf_of) == ("2023-11-17", None, "Ronneby kommun")


def test_followed_up_assignment_is_marked(store):
    tasks = {r.detail: r for r in rows(store, "person", name="helen") if r.section == "assignment"}
    link = tasks["utforma ett gemensamt förslag till organisation av utbildningsinsatserna i LINK"]
    assert (link.status, link.due, link.report_to, link.source, link.item) == (
        "followed_up", "2024-01-19", "LSVO", "LSVO_2023-11-17.txt", "117 a")
    assert tasks["återrapportera förslaget till organisation av utbildningsinsatserna i LINK"].status == "open"


def test_person_sections(store):
    r = rows(store, "person", name="Annika Mellqvist")
    assert {x.section for x in r} == {"membership", "presented", "attendance", "meeting"}
    (att,) = [x for x in r if x.section == "attendance"]
    assert (att.present, att.absent, att.date) == (2, 0, "2024-01-19")


def test_huvudman_without_seat_in_styrgrupp_uph(store):
    gaps = rows(store, "gaps", group="Styrgrupp Uppdrag psykisk hälsa")
    no_seat = sorted(r.subject for r in gaps if r.kind == "no_seat")
    assert no_seat == ["Karlshamns kommun", "Karlskrona kommun", "Ronneby kommun"]
    assert {r.evidence for r in gaps if r.kind == "no_seat"} == {"LSVO_2023-11-17.txt § 117 c"}


def test_gaps_kinds(store):
    g = rows(store, "gaps")
    by = {(r.kind, r.group, r.subject) for r in g}
    assert ("absent_in_row", "Samverkansgrupp att åldras", "Pernilla Haraldsson") in by
    assert ("absent_in_row", "LSVO", "Martin Åsman") in by
    assert ("nobody_present", "LSVO", "Karlshamns kommun") in by
    assert ("size", "Styrgrupp för Kunskapsstyrning", "Styrgrupp för Kunskapsstyrning") in by
    assert ("missing_huvudman", "Styrgrupp för Kunskapsstyrning", "kommunerna i Blekinge") in by
    assert ("vacancy", "Styrgrupp för jämlik hälsa, nära vård, stöd och omsorg",
            "kommunal länssamordnare nära vård") in by
    assert any(r.kind == "unassigned" and r.evidence == "LSVO_2023-11-17.txt § 113" for r in g)
    not_followed = {r.subject for r in g if r.kind == "not_followed_up"}
    assert "undersöka möjligheten att använda en motsvarande modell för styrgrupp i Nära vård" in not_followed
    assert not any("LINK" in s for s in not_followed)
    assert [r.subject for r in g if r.kind == "concentration"] == ["Annika Mellqvist"]


def test_org_seats_and_groups_without_a_seat(store):
    r = rows(store, "org", name="karlshamn")
    assert {(x.person, x.group, x.via) for x in r if x.section == "member"} == {
        ("Torill Skaar Magnusson", "LSVO", "stated")}
    assert {(x.group, x.via, x.detail) for x in r if x.section == "no_seat"} == {
        ("Samverkansgrupp att åldras", "missing_huvudman", "inferred"),
        ("Styrgrupp Uppdrag psykisk hälsa", "no_seat", "evidenced")}
    assert {x.group for x in r if x.section == "not_covered"} == {"PSVO"}


def test_group(store):
    r = rows(store, "group", name="Styrgrupp UPH")
    members = {(x.subject, x.on_behalf_of) for x in r if x.section == "member"}
    assert members == {("Annika Mellqvist", "Region Blekinge"), ("Annelie Kjellström", "Sölvesborgs kommun"),
                       ("Martin Åsman", "Sölvesborgs kommun"), ("Robert Schelin", "Olofströms kommun")}
    assert {x.subject for x in r if x.section == "member" and x.detail == "inferred"} == {"Robert Schelin"}
    assert ("mandate_in", "LSVO", "delegates") in {(x.section, x.subject, x.detail) for x in r}
    assert [x.subject for x in r if x.section == "parent"] == ["LSVO"]
    (att,) = [x for x in rows(store, "group", name="LSVO") if x.section == "attendance"]
    assert att.value == 0.8


def test_mandates_tree_and_bodies_outside(store):
    r = rows(store, "mandates")
    assert ("LSVO", "Styrgrupp Uppdrag psykisk hälsa", "delegates", 1) in {(x.from_body, x.to_body, x.kind, x.depth) for x in r}
    assert ("PSVO", "LSVO", "part_of", 0) in {(x.from_body, x.to_body, x.kind, x.depth) for x in r}
    assert [x.from_body for x in r if x.kind == "no_mandate_path"] == ["Interkommunala forumet"]


def test_decisions_filters(store):
    assert len(rows(store, "decisions")) == 15
    r = rows(store, "decisions", since="2024-01-01", until="2024-01-19", text="LINK")
    assert [(x.date, x.item) for x in r] == [("2024-01-19", "3")]
    assert all(x.date <= "2023-12-31" for x in rows(store, "decisions", until="2023-12-31"))
    assert {x.group for x in rows(store, "decisions", group="att åldras")} == {"Samverkansgrupp att åldras"}
    assert [x.item for x in rows(store, "decisions", text="ersatter")] == ["117 b"]


def test_meetings(store):
    r = rows(store, "meetings", group="LSVO")
    assert [(x.date, x.present, x.absent, x.guests) for x in r] == [("2023-11-17", 9, 2, 2), ("2024-01-19", 7, 2, 1)]


def test_unknown_query(store):
    with pytest.raises(SamverkanError):
        rows(store, "nonsense")


def test_networkx_form_equals_run(store):
    from samverkan.queries import person

    assert person.networkx(store.to_networkx(), name="asman") == rows(store, "person", name="asman")


def test_answers_follow_every_change_to_an_open_store(tmp_path):
    """Facts are kept per graph version: a write, a replacement or a forget shows at once."""
    from conftest import EXAMPLES
    from samverkan.graph.privacy import pseudonym
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    with NetworkxStore(tmp_path / "g.sqlite") as s:
        load_paths([EXAMPLES / "lsvo_2024-03-15.txt"], s)
        assert len(queries.run("meetings", s)) == 1
        decided = {r.source for r in queries.run("decisions", s)}
        load_paths([EXAMPLES / "lsvo_2024-05-17_digital.txt"], s)
        assert len(queries.run("meetings", s)) == 2
        assert {r.source for r in queries.run("decisions", s)} == decided | {"lsvo_2024-05-17_digital.txt"}
        [who] = {r.person for r in queries.run("person", s, name="Fatima Haddad")}
        pid = next(n for n, d in s.to_networkx().nodes(data=True) if d.get("name") == who)
        s.forget_person(pid, pseudonym(pid, b"secret"))
        with pytest.raises(NotFound):
            queries.run("person", s, name="Fatima Haddad")


def test_decisions_newest_first_and_limited(store):
    everything = rows(store, "decisions", limit=0)
    dates = [r.date for r in everything]
    assert dates == sorted(dates, reverse=True)
    five = rows(store, "decisions", limit=5)
    assert five == everything[:5]
    assert five.omitted == {"": len(everything) - 5}
    assert rows(store, "decisions").omitted == {}  # fewer than the default limit
    lsvo = rows(store, "decisions", group="LSVO", limit=2)
    assert [r.group for r in lsvo] == ["LSVO", "LSVO"]
    assert lsvo.omitted == {"": len(rows(store, "decisions", group="LSVO", limit=0)) - 2}


def test_gaps_limit_keeps_the_newest_of_each_kind(store):
    from collections import Counter

    everything = rows(store, "gaps", limit=0)
    one = rows(store, "gaps", limit=1)
    kinds = Counter(r.kind for r in everything)
    assert Counter(r.kind for r in one) == {k: 1 for k in kinds}
    assert one.omitted == {k: n - 1 for k, n in kinds.items() if n > 1}
    for r in one:
        assert r in everything
        if r.kind != "concentration":
            assert (r.date or "") == max(x.date or "" for x in everything if x.kind == r.kind)


def test_meetings_limit_keeps_the_latest(store):
    everything = rows(store, "meetings", limit=0)
    assert [r.date for r in rows(store, "meetings", limit=1)] == [everything[-1].date] == ["2024-01-22"]
    assert rows(store, "meetings", limit=1).omitted == {"": len(everything) - 1}


def _fetch(tables: dict):
    return lambda names, **params: {n: tables.get(n, []) for n in names}


def _mandate(date, source, item, kind="DELEGATES"):
    return {"type": kind, "from_id": "g1", "from_name": "LSVO", "from_level": "strategisk", "to_id": "g2",
            "to_name": "Styrgrupp X", "to_level": "taktisk", "source": source, "date": date, "date_from": None,
            "item": item, "parent_item": None}


def test_a_mandate_stated_in_several_minutes_is_one_row_with_its_latest_source():
    from samverkan.queries import group, mandates

    groups = [{"id": "g1", "name": "LSVO", "level": "strategisk", "aliases": None, "expects": None, "size_min": None,
               "size_max": None, "parent_id": None, "parent_name": None, "mentions": None},
              {"id": "g2", "name": "Styrgrupp X", "level": "taktisk", "aliases": None, "expects": None,
               "size_min": None, "size_max": None, "parent_id": None, "parent_name": None, "mentions": None}]
    stated = [_mandate("2023-11-17", "a.txt", "4"), _mandate("2024-03-15", "c.txt", "7"),
              _mandate("2024-01-19", "b.txt", "2"), _mandate("2024-01-19", "b.txt", "5", "REPORTS_TO")]
    fetch = _fetch({"groups": groups, "mandates": stated, "task_bodies": []})
    delegates = [r for r in mandates.compute(fetch) if r.kind == "delegates"]
    assert [(r.count, r.date, r.source, r.item) for r in delegates] == [(3, "2024-03-15", "c.txt", "7")]
    out = [r for r in group.compute(fetch, name="LSVO") if r.section == "mandate_out"]
    assert sorted((r.detail, r.count, r.source) for r in out) == [("delegates", 3, "c.txt"), ("reports_to", 1, "b.txt")]


def test_org_names_each_representative_once_with_the_latest_evidence():
    from samverkan.queries import org

    orgs = [{"id": "o1", "name": "Ronneby kommun", "classification": "huvudman", "aliases": None, "collective": None,
             "parent_id": None, "mentions": None}]

    def seat(date, source):
        return {"person_id": "p1", "person": "Emma Stahre", "group_id": "g1", "group_name": "LSVO", "role": "ledamot",
                "on_behalf_of_id": "o1", "on_behalf_of": "Ronneby kommun", "start_date": date, "end_date": None,
                "change": None, "source": source, "item": None, "parent_item": None}

    def job(date, source):
        return {"person_id": "p1", "person": "Emma Stahre", "org_id": "o1", "org": "Ronneby kommun",
                "title": "socialchef", "date": date, "source": source}

    fetch = _fetch({"organisations": orgs, "memberships": [seat("2023-11-17", "a.txt"), seat("2024-01-19", "b.txt")],
                    "affiliations": [job("2024-01-19", "b.txt"), job("2023-11-17", "a.txt")]})
    reps = [(r.section, r.date, r.source) for r in org.compute(fetch, name="ronneby")]
    assert sorted(reps) == [("employed", "2024-01-19", "b.txt"), ("member", "2023-11-17", "b.txt")]
