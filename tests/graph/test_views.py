"""Views: tiers, dating, escaping and offline pages, on hand-made facts."""
from __future__ import annotations

import re

import pytest

from samverkan.graph.errors import AmbiguousName, NotFound
from samverkan.graph.ids import make_id
from samverkan.graph.model import (Assignment, DocumentFacts, Group, Mandate, Meeting, Membership, Organisation, Person,
                         Source)
from samverkan.graph.nx_store import NetworkxStore
from samverkan.graph.schema import document_rows
from samverkan.graph import views

XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = '"><script>window.__xss=1</script>'
HUVUDMAN = ("Region Blekinge", "Karlskrona kommun", "Karlshamns kommun", "Ronneby kommun",
            "Olofströms kommun", "Sölvesborgs kommun")


def gid(name: str) -> str:
    return make_id("group", name)


def pid(name: str) -> str:
    return make_id("person", name)


def oid(name: str) -> str:
    return make_id("org", name)


GROUPS = [
    ("PSVO", "politisk", None),
    ("LSVO", "strategisk", "PSVO"),
    ("Samverkansgrupp Att växa upp", "taktisk", "LSVO"),
    ("Samverkansgrupp Mitt i livet", "taktisk", "LSVO"),
    ("Samverkansgrupp Att åldras", "taktisk", "LSVO"),
    ("Processteam Barnahus", "operativ", "Samverkansgrupp Att växa upp"),
    ("Referensgrupp utan nivå", None, None),
]


def _facts(n: int, date: str, group: str, persons=(), memberships=(), mandates=(), assignments=(),
           extra_groups=()) -> DocumentFacts:
    sid = make_id("source", f"doc{n}")
    orgs = tuple(Organisation(oid(h), h, "huvudman") for h in HUVUDMAN)
    groups = tuple(Group(gid(g), g, level, gid(parent) if parent else None) for g, level, parent in GROUPS)
    groups += tuple(Group(gid(g), g, level, None) for g, level in extra_groups)
    return DocumentFacts(
        source=Source(sid, f"doc{n}.txt", f"sha{n}"),
        meeting=Meeting(make_id("meeting", sid), sid, gid(group), date=date),
        persons=tuple(Person(pid(p), p) for p in persons), organisations=orgs, groups=groups,
        memberships=tuple(memberships), mandates=tuple(mandates), assignments=tuple(assignments),
    )


def membership(n: int, person: str, group: str, huvudman: str, start: str, end: str | None = None,
               role: str | None = None, change: str = "member") -> Membership:
    return Membership(make_id("membership", person, group, start), pid(person), gid(group), make_id("source", f"doc{n}"),
                      role=role, on_behalf_of_id=oid(huvudman), start_date=start, end_date=end, change=change)


def mandate(n: int, kind: str, a: str, b: str) -> Mandate:
    return Mandate(make_id("mandate", kind, a, b), gid(a), gid(b), kind, make_id("source", f"doc{n}"))


def sample_facts(hostile: bool = False) -> list[DocumentFacts]:
    """Two LSVO meetings and one samverkansgrupp meeting; optionally with hostile names."""
    people = ["Anna Åberg", "Bo Ek", "Cecilia Lind", "David Öst", "Eva Grefve-Lang"]
    extra = []
    if hostile:
        people += [XSS_IMG, XSS_SCRIPT]
        extra = [(XSS_IMG, "taktisk"), (XSS_SCRIPT, "operativ")]
    ms = [
        membership(1, "Anna Åberg", "LSVO", "Region Blekinge", "2024-01-10", role="ordförande"),
        membership(1, "Bo Ek", "LSVO", "Karlskrona kommun", "2024-01-10", end="2024-06-01"),
        membership(1, "Cecilia Lind", "LSVO", "Ronneby kommun", "2024-01-10"),
        membership(1, "Anna Åberg", "Samverkansgrupp Att växa upp", "Region Blekinge", "2024-01-10"),
        membership(2, "David Öst", "LSVO", "Karlskrona kommun", "2024-06-01"),
        membership(2, "Eva Grefve-Lang", "Samverkansgrupp Att åldras", "Sölvesborgs kommun", "2024-06-01"),
        membership(3, "Cecilia Lind", "Samverkansgrupp Att växa upp", "Ronneby kommun", "2024-09-01"),
    ]
    if hostile:
        ms += [membership(3, XSS_IMG, "LSVO", "Olofströms kommun", "2024-01-01"),
               membership(3, XSS_SCRIPT, XSS_IMG, "Karlshamns kommun", "2024-01-01")]
    docs = [
        _facts(1, "2024-01-10", "LSVO", people, [m for m in ms if m.source_id == make_id("source", "doc1")],
               mandates=[mandate(1, "delegates", "LSVO", "Samverkansgrupp Att växa upp")], extra_groups=extra),
        _facts(2, "2024-06-01", "LSVO", people, [m for m in ms if m.source_id == make_id("source", "doc2")],
               mandates=[mandate(2, "reports_to", "Samverkansgrupp Att åldras", "LSVO"),
                         mandate(2, "refers", "LSVO", "PSVO")],
               assignments=[Assignment(make_id("assignment", "doc2", 1), make_id("item", "doc2", 1),
                                       make_id("source", "doc2"), "Ta fram förslag på programstruktur",
                                       (pid("Anna Åberg"),), due="till nästa möte")], extra_groups=extra),
        _facts(3, "2024-09-01", "Samverkansgrupp Att växa upp", people,
               [m for m in ms if m.source_id == make_id("source", "doc3")],
               mandates=[mandate(3, "recommends", "Samverkansgrupp Att växa upp", "LSVO")], extra_groups=extra),
    ]
    return docs


# the huvudmän's colours, as the region's knowledge file seeds them
COLOURS = dict(zip(HUVUDMAN, ("#c0392b", "#2471a3", "#17a589", "#d68910", "#7d3c98", "#2e4053")))


def build_graph(tmp_path, hostile: bool = False):
    from samverkan.graph.schema import NodeRow
    store = NetworkxStore(tmp_path / "graph.sqlite")
    store.write_knowledge([NodeRow(oid(h), "Organisation", {"name": h, "classification": "huvudman", "colour": c})
                           for h, c in COLOURS.items()], [])
    for facts in sample_facts(hostile):
        store.write_document(document_rows(facts))
    G = store.to_networkx()
    store.close()
    return G


@pytest.fixture
def G(tmp_path):
    return build_graph(tmp_path)


@pytest.fixture
def hostile_G(tmp_path):
    return build_graph(tmp_path, hostile=True)


def view_data(page: str) -> list[dict]:
    import json

    m = re.search(r"var views = (\[.*?\]);\n", page, re.S)
    assert m, "views JSON not found"
    return json.loads(m.group(1))


def nodes_by_id(page: str, index: int = 0) -> dict:
    return {n["id"]: n for n in view_data(page)[index]["nodes"]}


# -- tiers and dates ---------------------------------------------------------------------------

def test_structure_puts_groups_in_tiers_by_level(G, tmp_path):
    page = views.render_structure(G, tmp_path / "s.html").read_text(encoding="utf-8")
    nodes = nodes_by_id(page)
    assert nodes[gid("PSVO")]["f_level"] == "politisk"
    assert nodes[gid("LSVO")]["f_level"] == "strategisk"
    assert nodes[gid("Samverkansgrupp Mitt i livet")]["f_level"] == "taktisk"
    assert nodes[gid("Processteam Barnahus")]["f_level"] == "operativ"
    # each group folds under its parent in the organisation chart
    assert nodes[gid("LSVO")]["f_parent"] == gid("PSVO")
    assert nodes[gid("Processteam Barnahus")]["f_parent"] == gid("Samverkansgrupp Att växa upp")
    assert "f_parent" not in nodes[gid("PSVO")]
    # linked to nothing: not in the chart but in the searchable side list
    assert gid("Referensgrupp utan nivå") not in nodes
    side = re.search(r'<aside class="side">(.*?)</aside>', page, re.S).group(1)
    assert f'data-id="{gid("Referensgrupp utan nivå")}"' in side and "<input" in side
    assert nodes[oid("Region Blekinge")]["kind"] == "huvudman"
    data = view_data(page)[0]
    assert data["orgchart"]["box"] and data["minLabelPx"] >= 11
    assert data["options"]["physics"]["enabled"] is False  # positions come from the chart layout


def test_structure_labels_are_cut_with_the_full_name_kept(tmp_path):
    import networkx as nx

    G = nx.MultiDiGraph()
    long_name = "Arbetsgrupp för att ta fram ett gemensamt underlag för uppdragsbeskrivningar i länet"
    G.add_node("g:a", label="Group", name="LSVO", level="strategisk")
    G.add_node("g:b", label="Group", name=long_name, level="operativ")
    G.add_edge("g:b", "g:a", type="PART_OF")
    nodes = nodes_by_id(views.render_structure(G, tmp_path / "s.html").read_text(encoding="utf-8"))
    assert nodes["g:b"]["label"].endswith("…") and len(nodes["g:b"]["label"]) <= views.STRUCTURE_LABEL
    assert nodes["g:b"]["f_name"] == long_name
    assert long_name in nodes["g:b"]["title"]


def test_a_collective_is_drawn_as_the_huvudmän_it_stands_for(tmp_path):
    """"kommunerna i X" is no extra huvudman: its seat reaches each kommun, framed together."""
    import networkx as nx

    G = nx.MultiDiGraph()
    for h in ("Region Norr", "Ås kommun", "Bro kommun"):
        G.add_node(oid(h), label="Organisation", name=h, classification="huvudman")
    G.add_node(oid("kommunerna i Norr"), label="Organisation", name="kommunerna i Norr", classification="huvudman",
               collective=True, aliases=["kommunerna"])
    G.add_node(gid("LSVO"), label="Group", name="LSVO", level="strategisk")
    G.add_node(pid("Eva Ek"), label="Person", name="Eva Ek")
    G.add_edge(pid("Eva Ek"), gid("LSVO"), type="MEMBER_OF", on_behalf_of_id=oid("kommunerna i Norr"),
               start_date="2024-01-01", source_id="s1", quote="Eva Ek företräder kommunerna")
    assert views.collective_members(G, oid("kommunerna i Norr")) == [oid("Ås kommun"), oid("Bro kommun")]
    page = views.render_structure(G, tmp_path / "s.html").read_text(encoding="utf-8")
    nodes = nodes_by_id(page)
    assert oid("kommunerna i Norr") not in nodes
    data = view_data(page)[0]
    rep = {e["from"]: e for e in data["edges"] if e.get("f_kind") == "representation"}
    assert set(rep) == {oid("Bro kommun"), oid("Ås kommun")}
    assert all(e["dashes"] for e in rep.values())
    assert "företräder kommunerna" in rep[oid("Bro kommun")]["title"]  # the quote, in the tooltip
    assert data["orgchart"]["frames"] == [{"label": "kommunerna i Norr", "members": [oid("Ås kommun"), oid("Bro kommun")]}]
    assert set(nodes[gid("LSVO")]["f_hm"]) == {oid("Bro kommun"), oid("Ås kommun")}


def test_huvudman_colours_are_fixed_and_distinct(G):
    colours = [views.huvudman_colour(G, oid(h)) for h in HUVUDMAN]
    assert len(set(colours)) == 6
    assert views.huvudman_colour(G, oid("Region Blekinge")) == COLOURS["Region Blekinge"]


def test_as_of_filters_memberships(G):
    lsvo = gid("LSVO")
    early = {s.person_id for s in views.seats(G, "2024-02-01") if s.group_id == lsvo}
    late = {s.person_id for s in views.seats(G, "2024-07-01") if s.group_id == lsvo}
    assert early == {pid("Anna Åberg"), pid("Bo Ek"), pid("Cecilia Lind")}
    assert late == {pid("Anna Åberg"), pid("Cecilia Lind"), pid("David Öst")}
    # end date on the day itself means gone that day
    assert pid("Bo Ek") not in {s.person_id for s in views.seats(G, "2024-06-01") if s.group_id == lsvo}
    # without a date: everything not ended
    assert pid("Bo Ek") not in {s.person_id for s in views.seats(G)}


def test_structure_as_of_roster_and_representation(G, tmp_path):
    page = views.render_structure(G, tmp_path / "s.html", as_of="2024-02-01").read_text(encoding="utf-8")
    nodes = nodes_by_id(page)
    tip = nodes[gid("LSVO")]["title"]
    assert "Bo Ek" in tip and "David Öst" not in tip
    assert "Karlskrona kommun (1)" in tip
    # groups not yet seated or met are absent on that date; their parent chain is present
    assert gid("Samverkansgrupp Att åldras") not in nodes
    assert gid("PSVO") in nodes
    edges = view_data(page)[0]["edges"]
    rep = [e for e in edges if e["from"] == oid("Region Blekinge") and e["to"] == gid("LSVO")]
    assert rep and rep[0]["value"] == 1
    # the mandate decided in June is not yet in force in February
    assert not [e for e in edges if e.get("label") == "rapporterar till"]
    later = views.render_structure(G, tmp_path / "t.html", as_of="2024-12-31").read_text(encoding="utf-8")
    assert [e for e in view_data(later)[0]["edges"] if e.get("label") == "rapporterar till"]


def test_mandate_edges_are_styled_by_kind(G, tmp_path):
    page = views.render_mandates(G, tmp_path / "m.html").read_text(encoding="utf-8")
    edges = view_data(page)[0]["edges"]
    labels = {e["label"] for e in edges}
    assert labels == {"delegerar", "rapporterar till", "remitterar", "rekommenderar"}
    styles = {e["label"]: (e["color"], str(e["dashes"])) for e in edges}
    assert len(set(styles.values())) == 4
    nodes = nodes_by_id(page)
    assert nodes[gid("PSVO")]["level"] < nodes[gid("LSVO")]["level"] < nodes[gid("Samverkansgrupp Att växa upp")]["level"]


def test_person_view_has_groups_tasks_and_colleagues(G, tmp_path):
    page = views.render_person(G, tmp_path / "p.html", pid("Anna Åberg")).read_text(encoding="utf-8")
    nodes = nodes_by_id(page)
    assert gid("LSVO") in nodes and gid("Samverkansgrupp Att växa upp") in nodes
    assert pid("Cecilia Lind") in nodes and pid("David Öst") in nodes
    assert pid("Bo Ek") not in nodes  # left LSVO
    assert any("programstruktur" in (n.get("title") or "") for n in nodes.values())
    roles = {e.get("label") for e in view_data(page)[0]["edges"] if e["from"] == pid("Anna Åberg")}
    assert "ordförande" in roles


def test_group_view_has_members_parent_and_children(G, tmp_path):
    page = views.render_group(G, tmp_path / "g.html", gid("Samverkansgrupp Att växa upp")).read_text(encoding="utf-8")
    nodes = nodes_by_id(page)
    assert gid("LSVO") in nodes and gid("Processteam Barnahus") in nodes
    assert nodes[pid("Cecilia Lind")]["color"] == COLOURS["Ronneby kommun"]


def test_views_refuse_unknown_ids(G, tmp_path):
    with pytest.raises(NotFound):
        views.render_person(G, tmp_path / "x.html", "person:nope")
    with pytest.raises(NotFound):
        views.render_group(G, tmp_path / "x.html", pid("Anna Åberg"))


def test_empty_graph_still_draws_something(tmp_path):
    import networkx as nx

    for render in (views.render_structure, views.render_mandates):
        page = render(nx.MultiDiGraph(), tmp_path / "e.html").read_text(encoding="utf-8")
        assert view_data(page)[0]["nodes"]


# -- look-up -----------------------------------------------------------------------------------

def test_find_node_is_forgiving(G):
    assert views.find_node(G, "Person", "anna aberg") == pid("Anna Åberg")
    assert views.find_node(G, "Person", "eva grefve lang") == pid("Eva Grefve-Lang")
    assert views.find_node(G, "Group", "att aldras") == gid("Samverkansgrupp Att åldras")
    assert views.find_node(G, "Group", "lsvo") == gid("LSVO")
    with pytest.raises(AmbiguousName) as exc:
        views.find_node(G, "Group", "samverkansgrupp")
    assert len(exc.value.candidates) == 3
    with pytest.raises(NotFound):
        views.find_node(G, "Person", "Zlatan")


# -- escaping and offline pages ------------------------------------------------------------------

def all_pages(G, tmp_path) -> dict[str, str]:
    paths = {
        "structure": views.render_structure(G, tmp_path / "structure.html"),
        "mandates": views.render_mandates(G, tmp_path / "mandates.html"),
        "person": views.render_person(G, tmp_path / "person.html", pid("Anna Åberg")),
        "group": views.render_group(G, tmp_path / "group.html", gid("LSVO")),
    }
    return {k: p.read_text(encoding="utf-8") for k, p in paths.items()}


def test_hostile_names_are_escaped_everywhere(hostile_G, tmp_path):
    pages = all_pages(hostile_G, tmp_path)
    pages["xss-person"] = views.render_person(hostile_G, tmp_path / "xp.html", pid(XSS_IMG)).read_text(encoding="utf-8")
    pages["xss-group"] = views.render_group(hostile_G, tmp_path / "xg.html", gid(XSS_IMG)).read_text(encoding="utf-8")
    for name, page in pages.items():
        assert "<img" not in page, name
        assert "<script>window.__xss" not in page, name
        data = re.search(r"var views = (\[.*?\]);\n", page, re.S).group(1)
        assert "<" not in data and ">" not in data, name
    # the name is still there, escaped for HTML inside the JSON-embedded tooltip
    assert "\\u0026lt;img src=x onerror=alert(1)\\u0026gt;" in pages["structure"]
    # and the label keeps the real text for the canvas (JSON-escaped in the page)
    nodes = nodes_by_id(pages["xss-group"])
    assert nodes[gid(XSS_IMG)]["label"] == XSS_IMG
    assert "&lt;img src=x onerror=alert(1)&gt;" in nodes[gid(XSS_IMG)]["title"]
    assert "Grupp: &lt;img" in pages["xss-group"]


def test_pages_are_offline_and_utf8(G, tmp_path):
    for name, page in all_pages(G, tmp_path).items():
        assert '<meta charset="utf-8">' in page
        assert not re.search(r"<script[^>]+src\s*=", page, re.I), name
        assert not re.search(r"<link[^>]+href\s*=\s*[\"']?(https?:)?//", page, re.I), name
        assert not re.search(r"@import\s+url\(\s*[\"']?https?://", page, re.I), name
        assert "sourceMappingURL" not in page, name
        assert "bootstrap" not in page.lower(), name
        assert "vis.Network" in page and "nivå" in page, name


def test_structure_as_of_refuses_what_is_not_a_date(tmp_path):
    """A date written another way was compared as text and showed the wrong groups."""
    import networkx as nx

    from samverkan.graph.errors import SamverkanError
    from samverkan.graph.views import render_structure

    with pytest.raises(SamverkanError, match="YYYY-MM-DD"):
        render_structure(nx.MultiDiGraph(), tmp_path / "s.html", as_of="1 jan 2024")


def test_a_mandate_stated_in_many_minutes_is_one_line(tmp_path):
    """At 10,000 documents the same delegation was drawn once per minutes: 31,000 lines for 1,400 mandates."""
    import networkx as nx

    G = nx.MultiDiGraph()
    G.add_node("g:a", label="Group", name="LSVO", level="strategisk")
    G.add_node("g:b", label="Group", name="Samverkansgrupp", level="taktisk")
    for i in range(3):
        G.add_node(f"m:{i}", label="Meeting", source_id=f"s{i}", date=f"2024-0{i + 1}-01")
        G.add_edge("g:a", "g:b", type="DELEGATES", source_id=f"s{i}")
    for page in (views.render_structure(G, tmp_path / "s.html"), views.render_mandates(G, tmp_path / "m.html")):
        edges = [e for e in view_data(page.read_text(encoding="utf-8"))[0]["edges"] if e.get("f_kind") == "DELEGATES"]
        assert len(edges) == 1, page.name
        assert "angivet 3 gånger" in edges[0]["title"] and edges[0]["f_from"] == "2024-01-01"
