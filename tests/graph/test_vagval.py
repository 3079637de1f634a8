"""The decision space: the vägval composed, the drawn alternatives placed, consequences per
huvudman against the sample minutes, principle checks, the underlag and the options page."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import shared_path
from factories import loaded_store

from samverkan.cli import app
from samverkan.graph.consequences import COMPARED_LEVELS, consequences, principle_checks
from samverkan.graph.errors import SamverkanError
from samverkan.graph.ids import fold
from samverkan.graph.options import figures
from samverkan.graph.options_view import Underlag, render_options, underlag_markdown
from samverkan.graph.vagval import Principle, identify, structure_differences
from samverkan.loaders.options import OPTIONS_DIR, find_option, read_option, read_options
from samverkan.loaders.vagval import read_space

runner = CliRunner()
KARLSHAMN = "Karlshamns kommun"


@pytest.fixture(scope="module")
def space():
    return read_space()


@pytest.fixture(scope="module")
def drawn_options():
    return {o.name: o for o in read_options()}


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    minutes = shared_path("minutes")
    yield from loaded_store(tmp_path_factory.mktemp("sample") / "graph.sqlite", minutes)


@pytest.fixture(scope="module")
def sample_graph(sample_store):
    return sample_store.to_networkx()


def copy_options(tmp_path: Path) -> Path:
    folder = tmp_path / "options"
    shutil.copytree(OPTIONS_DIR, folder)
    return folder


# -- the space -------------------------------------------------------------------------------

def test_twelve_combinations_named_by_their_choices(space):
    assert [d.key for d in space.dimensions] == ["princip", "taktisk", "operativ"]
    assert [len(d.values) for d in space.dimensions] == [2, 3, 2]
    names = [c.name for c in space.combinations]
    assert len(names) == 12 == len(set(names))
    for c in space.combinations:
        assert c.name == "-".join(key for _, key in c.choices)
        principle = space.dimensions[0].value(c.choice("princip")).label
        assert c.option.principle == principle
        tactical = {"tre": 3, "tva": 2, "en": 1}[c.choice("taktisk")]
        assert c.option.tactical_groups == tactical
        assert len(c.option.local_fixed_groups) == (5 if c.choice("operativ") == "fasta" else 0)
        # every taktisk group has its working groups formed as needed beneath it
        for g in c.option.groups:
            if g.level == "taktisk":
                assert any(x.parent == g.name and x.formed_as_needed for x in c.option.groups), (c.name, g.name)


def test_the_drawn_seven_are_identified(space, drawn_options):
    idents = {i.drawn.number: i for i in identify(space, drawn_options)}
    assert sorted(idents) == [1, 2, 3, 4, 5, 6, 7]
    assert idents[1].combinations == ["program-tva-vid-behov"]
    assert idents[2].combinations == ["program-tre-vid-behov"]
    assert idents[3].combinations == ["program-tre-fasta"]
    assert idents[4].combinations == ["aktivitet-tre-vid-behov"]
    # the minutes do not name the principle of 5, 6 and 7: they are both principles
    for n, taktisk in ((5, "en"), (6, "tre"), (7, "tre")):
        assert idents[n].open_dimensions == ["princip"]
        assert idents[n].combinations == [f"program-{taktisk}-vid-behov", f"aktivitet-{taktisk}-vid-behov"]
    # drawings 1–5 are exactly their composed structure
    for n in range(1, 6):
        assert idents[n].differences == [], n
    # 6 and 7: the same wording, the same groups; they differ only in where the three age groups sit
    assert idents[6].same_wording == [7] and idents[7].same_wording == [6]
    assert all(i.same_wording == [] for n, i in idents.items() if n < 6)
    a, b = drawn_options["tre-taktiska-gemensam-grupp-a"], drawn_options["tre-taktiska-gemensam-grupp-b"]
    between = structure_differences(a, b)
    assert between and not any(line.startswith("only in") for line in between)
    assert all(": under " in line for line in between)
    assumptions = [x for x in idents[6].twin_differences if x.startswith("assumption")]
    assert len(assumptions) == 1 and "Variant a" in assumptions[0]
    # both have the common group the vägval do not name
    assert any("Gemensam taktisk grupp" in x for x in idents[6].differences)


def test_a_regions_extra_value_adds_combinations_without_code(tmp_path):
    folder = copy_options(tmp_path)
    path = folder / "vagval.toml"
    text = path.read_text(encoding="utf-8")
    extra = '''
[[dimensions.values]]
key = "bada"
label = "Både fasta lokala grupper och grupper som formas vid behov"
short = "båda"
local_fixed_groups = { "Karlshamns kommun" = true }

[dimensions.values.local_group]
name = "Lokal grupp {kommun}"
level = "operativ"
parent = "LSVO"
meetings_per_year = 4
seats = { kommun = 3 }

[dimensions.values.under_each]
of_level = "taktisk"
name = "Arbetsgrupper – {focus}"
level = "operativ"
formed_as_needed = true
'''
    marker = "\n# -- the seven principles"
    path.write_text(text.replace(marker, extra + marker, 1), encoding="utf-8")
    space = read_space(folder)
    assert len(space.combinations) == 2 * 3 * 3
    combo = space.combination("aktivitet-en-bada")
    assert combo is not None and combo.option.local_fixed_groups == (KARLSHAMN,)
    assert combo.option.group("Lokal grupp Karlshamns kommun").seats == {KARLSHAMN: 3}
    result = runner.invoke(app, ["options", "space", "--dir", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["combinations"]) == 18

    # a new dimension doubles them
    dimension = '''
[[dimensions]]
key = "ordforande"
question = "Vem leder den taktiska nivån?"

[[dimensions.values]]
key = "roterande"
label = "Roterande ordförandeskap"

[[dimensions.values]]
key = "fast"
label = "Fast ordförande"
'''
    path.write_text(path.read_text(encoding="utf-8").replace(marker, dimension + marker, 1), encoding="utf-8")
    assert len(read_space(folder).combinations) == 36


@pytest.mark.parametrize("change, message", [
    (lambda t: t.replace("meeting_hours = 2.5", "meeting_hours = 0"), "meeting_hours must be a number"),
    (lambda t: t.replace('check = "mandate_path"', 'check = "mandat"'), "check 'mandat' is not one of"),
    (lambda t: t.replace('choices = { princip = "program", taktisk = "tva"', 'choices = { princip = "program", taktisk = "fyra"'),
     "dimension 'taktisk' has no value 'fyra'"),
    (lambda t: t.replace('parent = "LSVO"\nprogramme = "Sömlös', 'parent = "LSV0"\nprogramme = "Sömlös'),
     "(combination program-tva-fasta): group 'Taktisk samverkansgrupp – Sömlös nära vård': parent 'LSV0'"),
    (lambda t: t + "\n[[dimensions\n", "not valid TOML"),
])
def test_a_broken_vagval_file_is_one_line_naming_it(tmp_path, change, message):
    folder = copy_options(tmp_path)
    path = folder / "vagval.toml"
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(SamverkanError) as exc:
        read_space(folder)
    assert "\n" not in str(exc.value) and str(exc.value).startswith(str(path))
    assert message in str(exc.value)
    result = runner.invoke(app, ["options", "space", "--dir", str(folder)])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "Traceback" not in result.output


# -- consequences ----------------------------------------------------------------------------

def test_structural_consequences_without_a_store(space, drawn_options):
    option = drawn_options["tre-taktiska-alder-med-lokala"]
    c = consequences(option, space.meeting_hours, space.max_seats_per_person, principles=space.principles)
    by = {f.huvudman: f for f in c.per_huvudman}
    fixed = [g for g in option.groups if not g.formed_as_needed]
    for h, f in by.items():
        assert f.seats == sum(g.seats.get(h, 0) for g in fixed)
        assert f.meeting_hours == sum(g.seats.get(h, 0) * g.meetings_per_year for g in fixed) * space.meeting_hours
        assert f.new_seats is None and f.people_keep is None
    assert c.total.seats == figures(option).total_seats
    assert c.groups is None and c.people is None
    assert c.mandate_steps == 2


def _karlshamn_by_hand(option, G, meeting_hours):
    """Karlshamn's figures worked out here, step by step, from the option and today's seats."""
    from samverkan.queries.facts import nx_facts
    from samverkan.queries.seats import current_seats

    fixed = [g for g in option.groups if not g.formed_as_needed]
    # 1. seats to fill and meeting hours: the option's own numbers
    seats = sum(g.seats.get(KARLSHAMN, 0) for g in fixed)
    seat_meetings = sum(g.seats.get(KARLSHAMN, 0) * g.meetings_per_year for g in fixed)
    # 2. today's seats of Karlshamn in politisk, strategisk and taktisk groups
    f = nx_facts(G, ("memberships", "attendance", "affiliations", "organisations"))
    today = [s for s in current_seats(f["memberships"], f["attendance"], f["affiliations"], f["organisations"]).values()
             if s.huvudman == KARLSHAMN and G.nodes[s.group_id].get("level") in COMPARED_LEVELS]
    assert today, "the sample minutes give Karlshamn seats in LSVO"

    # 3. where each goes: an option group naming it in maps_from, or with its name or an alias
    def goes_to(group_id):
        names = [G.nodes[group_id]["name"], *(G.nodes[group_id].get("aliases") or [])]
        named = [g.name for g in fixed if any(fold(m) == fold(n) for m in g.maps_from for n in names)]
        return named or [g.name for g in fixed if any(fold(g.name) == fold(n) for n in names)]
    people: dict[str, set] = {}
    lost = 0
    for s in today:
        people.setdefault(s.person_id, set()).update(goes_to(s.group_id))
        lost += not goes_to(s.group_id)
    # 4. new seats: per option group, its Karlshamn seats minus today's Karlshamn members who land there
    new = surplus = 0
    for g in fixed:
        landed = sum(1 for targets in people.values() if g.name in targets)
        new += max(0, g.seats.get(KARLSHAMN, 0) - landed)
        surplus += max(0, landed - g.seats.get(KARLSHAMN, 0))
    return {"seats": seats, "seat_meetings": seat_meetings, "meeting_hours": seat_meetings * meeting_hours,
            "people_keep": sum(1 for t in people.values() if t), "people_lose": sum(1 for t in people.values() if not t),
            "seats_lost": lost, "new_seats": new, "surplus": surplus}


@pytest.mark.parametrize("name", ["en-taktisk-utan-lokala", "program-en-vid-behov", "tre-taktiska-alder-med-lokala"])
def test_karlshamn_under_one_tactical_group_computed_by_hand(space, drawn_options, sample_graph, name):
    option = drawn_options.get(name) or space.combination(name).option
    expected = _karlshamn_by_hand(option, sample_graph, space.meeting_hours)
    c = consequences(option, space.meeting_hours, space.max_seats_per_person, sample_graph)
    got = next(f for f in c.per_huvudman if f.huvudman == KARLSHAMN)
    assert {k: getattr(got, k) for k in expected} == expected
    if name != "tre-taktiska-alder-med-lokala":
        # "en taktisk grupp utan fasta lokala grupper": PSVO, LSVO and the one taktisk group
        assert expected["seats"] == 3 and expected["new_seats"] >= 1
    # totals add up over the huvudmän
    for key in ("seats", "meeting_hours", "new_seats", "people_keep", "seats_lost"):
        assert getattr(c.total, key) == sum(getattr(f, key) for f in c.per_huvudman)


def test_groups_kept_merged_created_and_not_taken_over(space, drawn_options, sample_graph):
    one = consequences(drawn_options["en-taktisk-utan-lokala"], space.meeting_hours, 2, sample_graph)
    changes = {g.group: (g.change, g.today) for g in one.groups}
    assert changes["LSVO"] == ("keep", ["LSVO"])
    change, today = changes["Taktisk samverkansgrupp"]
    assert change == "merge" and len(today) == 3 and all("Samverkansgrupp" in t for t in today)
    assert "Styrgrupp Uppdrag psykisk hälsa" in one.dissolve
    assert not set(one.dissolve) & set(one.not_compared)
    # a member of a group not taken over loses that seat and is listed with it
    lost = [p for p in one.people if "Styrgrupp Uppdrag psykisk hälsa" in p.lost]
    assert lost and all("LSVO" in p.option for p in lost)
    local = consequences(space.combination("program-tre-fasta").option, space.meeting_hours, 2, sample_graph)
    created = [g.group for g in local.groups if g.change == "create"]
    assert len([g for g in created if g.startswith("Lokal samverkansgrupp")]) == 5


def test_people_over_the_stated_number_of_seats(space, drawn_options, sample_graph):
    option = drawn_options["nuvarande"]
    strict = consequences(option, space.meeting_hours, 1, sample_graph)
    counts = {(p.person, p.huvudman): len(p.option) for p in strict.people}
    assert strict.over_limit == sorted((n, h, k) for (n, h), k in counts.items() if k > 1)
    assert strict.over_limit, "someone sits in LSVO and a styrgrupp today"
    assert consequences(option, space.meeting_hours, 99, sample_graph).over_limit == []


def test_principle_checks(space, tmp_path):
    text = (OPTIONS_DIR / "en-taktisk-utan-lokala.toml").read_text(encoding="utf-8")
    text = text.replace('seats = { per_huvudman = 1 }\nmaps_from', 'seats = { "Region Blekinge" = 1 }\nmaps_from')
    text += '\n[[groups]]\nname = "Lös grupp"\nlevel = "operativ"\nformed_as_needed = true\n'
    path = tmp_path / "en-taktisk-utan-lokala.toml"
    path.write_text(text, encoding="utf-8")
    broken = read_option(path)
    checks = {k.check: k for k in principle_checks(broken, space.principles)}
    assert checks["mandate_path"].status == "not met" and checks["mandate_path"].items == ["Lös grupp"]
    assert checks["huvudman_seated"].status == "met"  # PSVO and LSVO still seat every huvudman
    assert checks["group_count"].figures["fixed"] == 3 and checks["group_count"].figures["formed_as_needed"] == 2
    assert checks["reporting_steps"].figures["steps"] == 2
    questions = [k for k in principle_checks(broken, space.principles) if k.status == "question"]
    assert len(questions) == 3 and all(k.check is None for k in questions)
    only = [Principle(1, "x", "huvudman_seated")]
    lonely = broken.__class__(**{**broken.__dict__, "groups": tuple(g for g in broken.groups if g.name != "PSVO" and g.name != "LSVO"),
                                 "top": "Taktisk samverkansgrupp"})
    [k] = principle_checks(lonely, only)
    assert k.status == "not met" and "Karlshamns kommun" in k.items


# -- underlag --------------------------------------------------------------------------------

def _sections(md: str) -> dict[str, str]:
    parts = re.split(r"^(#{2,3} .+)$", md, flags=re.M)
    return {parts[i].lstrip("# ").strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_underlag_markdown_and_html_from_the_command_line(tmp_path, sample_store, space):
    store = str(sample_store.path) if hasattr(sample_store, "path") else None
    md = tmp_path / "u.md"
    args = ["options", "underlag", "en-taktisk-utan-lokala", "-o", str(md), "--format", "md"]
    result = runner.invoke(app, args + (["--store", store] if store else []))
    assert result.exit_code == 0, result.output
    text = md.read_text(encoding="utf-8")
    sections = _sections(text)
    for s in ("Styrkor", "Svagheter", "Möjligheter", "Hot"):
        assert sections[s].strip() == "", s  # left for the group
    assert "Ritat alternativ 5" in text and "program-en-vid-behov, aktivitet-en-vid-behov" in text
    assert "- PSVO" in sections["Struktur"] and "    - Taktisk samverkansgrupp" in sections["Struktur"]
    for p in space.principles:
        assert p.text in sections["Principer"]
    assert "à 2,5 h" in text and any("2,5 timmar" in n for n in space.notes)
    row = next(line for line in sections["Konsekvenser per huvudman"].splitlines() if line.startswith(f"| {KARLSHAMN} |"))
    assert row.split(" | ")[1:4] == ["3", "24", "60"]
    if store:
        assert "Dagens ledamöter – Karlshamns kommun" in sections

    page = tmp_path / "u.html"
    result = runner.invoke(app, ["options", "underlag", "program-en-vid-behov", "-o", str(page)]
                           + (["--store", store] if store else []))
    assert result.exit_code == 0, result.output
    html_text = page.read_text(encoding="utf-8")
    assert html_text.count('<div><h3>') == 4 and "<div><h3>Hot</h3></div>" in html_text
    assert "Vägval taktisk: Eller att de tre grupperna integreras till en taktisk samverkansgrupp" in html_text
    from test_views import view_data

    [drawing] = view_data(html_text)
    assert {n["id"] for n in drawing["nodes"]} == {g.name for g in space.combination("program-en-vid-behov").option.groups}


def test_underlag_escapes_and_states_facts_only(space, tmp_path):
    option = space.combination("aktivitet-tre-fasta").option
    hostile = option.__class__(**{**option.__dict__, "title": "<script>window.__xss=1</script>"})
    c = consequences(hostile, space.meeting_hours, space.max_seats_per_person, principles=space.principles)
    from samverkan.graph.options_view import render_underlag

    page = render_underlag(Underlag(hostile, c), tmp_path / "x.html").read_text(encoding="utf-8")
    assert "<script>window" not in page and "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    md = underlag_markdown(Underlag(hostile, c))
    assert "inga protokoll inlästa" in md


@pytest.mark.parametrize("args, code", [
    (["options", "underlag", "finns-inte", "-o", "x.html"], 1),
    (["options", "underlag", "gemensam", "-o", "x.html"], 1),
    (["options", "underlag", "program-tre-fasta", "-o", "x.pdf", "--format", "pdf"], 2),
    (["options", "underlag", "program-tre-fasta"], 2),
    (["options", "consequences", "finns-inte"], 1),
])
def test_cli_bad_input_exit_codes(tmp_path, args, code, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output


def test_cli_without_a_vagval_file_says_so(tmp_path):
    folder = copy_options(tmp_path)
    (folder / "vagval.toml").unlink()
    result = runner.invoke(app, ["options", "space", "--dir", str(folder)])
    assert result.exit_code == 1 and "vagval.toml: no vägval file" in result.output
    assert runner.invoke(app, ["options", "view", "--dir", str(folder), "-o", str(tmp_path / "o.html")]).exit_code == 0


def test_cli_space_and_consequences(sample_store):
    result = runner.invoke(app, ["options", "space", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["combinations"]) == 12
    assert {r["name"]: r["drawn"] for r in data["combinations"]}["program-tva-vid-behov"] == "1"
    store = sample_store.path if hasattr(sample_store, "path") else None
    args = ["options", "consequences", "en-taktisk-utan-lokala", "--json"] + (["--store", str(store)] if store else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    c = json.loads(result.stdout)
    assert c["meeting_hours"] == 2.5 and len(c["checks"]) == 7
    for cmd in ("space", "consequences", "underlag"):
        assert "Example:" in runner.invoke(app, ["options", cmd, "--help"]).output


# -- the options page ------------------------------------------------------------------------

def test_options_page_has_the_matrix_filters_and_every_combination_drawn(space, drawn_options, tmp_path, sample_graph):
    options = read_options()
    cons = {o.name: consequences(o, space.meeting_hours, 2, sample_graph)
            for o in options + [c.option for c in space.combinations]}
    page = render_options(options, tmp_path / "o.html", space=space, consequences=cons).read_text(encoding="utf-8")
    from test_views import view_data

    data = view_data(page)
    assert len(data) == len(options) + 12
    # a composed option is drawn in the same tiered rows as a drawn one with the same structure
    drawn = next(d for d in data if "Taktisk samverkansgrupp" in {n["id"] for n in d["nodes"]})
    rows = {n["id"]: n["level"] for n in drawn["nodes"]}
    assert rows["PSVO"] < rows["LSVO"] < rows["Taktisk samverkansgrupp"] < rows["Arbetsgrupper och processteam – Taktisk samverkansgrupp"]
    matrix = page[page.index('id="consequence-matrix"'):page.index("</table>", page.index('id="consequence-matrix"'))]
    assert matrix.count("<tr data-option=") == len(options) + 12
    assert f"{KARLSHAMN}</th>" in matrix and "totalt</th>" in matrix
    for d in space.dimensions:
        assert f'data-dim="{d.key}"' in page
    assert 'value="new_seats"' in page  # measures from today's seats
    row = re.search(r'<tr data-option="en-taktisk-utan-lokala".*?</tr>', matrix).group(0)
    karlshamn = next(f for f in cons["en-taktisk-utan-lokala"].per_huvudman if f.huvudman == KARLSHAMN)
    assert f'data-seats="{karlshamn.seats}" data-meeting-hours="60"' in row
