"""Governance options: every shipped file validates, compare figures on a tiny known option, errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samverkan.graph import views
from samverkan.graph.errors import SamverkanError
from samverkan.graph.options import compare, path_length
from samverkan.loaders.options import OPTIONS_DIR, SPACE_FILE, find_option, read_option, read_options

from test_views import build_graph

TINY = """
name = "tiny"
title = "Liten struktur"
description = "Två huvudmän, LSVO, en taktisk grupp och lokala grupper i en kommun."
principle = "mål och program"
huvudman = ["Region Blekinge", "Ronneby kommun"]
local_fixed_groups = { Ronneby = true }

[local_group]
name = "Lokal grupp {kommun}"
level = "operativ"
parent = "Taktisk grupp"
meetings_per_year = 6
seats = { kommun = 2, "Region Blekinge" = 1 }

[[groups]]
name = "LSVO"
level = "strategisk"
meetings_per_year = 10
seats = { per_huvudman = 1, "Region Blekinge" = 2 }

[[groups]]
name = "Taktisk grupp"
level = "taktisk"
parent = "LSVO"
meetings_per_year = 4
seats = { "Ronneby kommun" = 1 }
maps_from = ["Samverkansgrupp Att växa upp"]

[[groups]]
name = "Arbetsgrupp"
level = "operativ"
parent = "Lokal grupp Ronneby kommun"
formed_as_needed = true
"""


def write(tmp_path: Path, text: str, name: str = "tiny") -> Path:
    p = tmp_path / f"{name}.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_every_shipped_option_validates():
    options = read_options()
    names = [o.name for o in options]
    assert names[0] == "nuvarande"
    assert len(options) == 8
    assert {p.stem for p in OPTIONS_DIR.glob("*.toml") if p.name != SPACE_FILE} == set(names)
    by = {o.name: o for o in options}
    assert by["tva-taktiska-effektmal"].tactical_groups == 2
    assert {g.name for g in by["tva-taktiska-effektmal"].groups if g.level == "taktisk"} == {
        "Taktisk samverkansgrupp – främja jämlik hälsa", "Taktisk samverkansgrupp – Sömlös nära vård"}
    assert by["en-taktisk-utan-lokala"].tactical_groups == 1
    assert len(by["tre-taktiska-alder-med-lokala"].local_fixed_groups) == 5
    assert by["tre-taktiska-alder-utan-lokala"].local_fixed_groups == ()
    assert by["tre-taktiska-utan-program"].principle == "mål och aktivitet"
    a, b = by["tre-taktiska-gemensam-grupp-a"], by["tre-taktiska-gemensam-grupp-b"]
    assert a.title.replace("(variant a)", "") == b.title.replace("(variant b)", "")
    assert any("två gånger" in x for x in a.assumptions) and any("två gånger" in x for x in b.assumptions)
    assert path_length(a, "Samverkansgrupp Att åldras") == 1 and path_length(b, "Samverkansgrupp Att åldras") == 2


def test_compare_figures_on_a_tiny_option(tmp_path):
    option = read_option(write(tmp_path, TINY))
    [f] = compare([option])
    assert [g.name for g in option.groups][-1] == "Lokal grupp Ronneby kommun"
    assert f.groups_per_level == {"politisk": 0, "strategisk": 1, "taktisk": 1, "operativ": 1}
    assert f.groups_formed_as_needed == 1
    assert f.seats_per_huvudman == {"Region Blekinge": 3, "Ronneby kommun": 4}
    assert f.total_seats == 7
    assert f.meetings_per_year == 20
    assert f.seat_meetings_per_huvudman == {"Region Blekinge": 2 * 10 + 6, "Ronneby kommun": 10 + 4 + 2 * 6}
    assert f.mandate_path_length == 3  # LSVO → Taktisk grupp → Lokal grupp → Arbetsgrupp
    assert f.huvudman_without_seat == []
    assert f.people_per_group is None


def test_compare_maps_todays_members(tmp_path):
    G = build_graph(tmp_path)
    option = read_option(write(tmp_path, TINY))
    [f] = compare([option], G)
    # today in LSVO: Anna Åberg (Region), Cecilia Lind (Ronneby), David Öst (Karlskrona; no seat here)
    # today in Att växa upp: Anna Åberg (Region), Cecilia Lind (Ronneby)
    assert f.people_per_group == {"LSVO": 3, "Taktisk grupp": 2, "Lokal grupp Ronneby kommun": 0}
    assert f.seats_per_person_max == 2
    assert f.people_mapped == 3 and f.people_unmapped == 1  # Eva Grefve-Lang sits in Att åldras only
    assert f.unfilled_seats == {"Lokal grupp Ronneby kommun": ["Ronneby kommun", "Region Blekinge"]}


def test_shipped_options_map_todays_members(tmp_path):
    G = build_graph(tmp_path)
    figs = {f.name: f for f in compare(read_options(), G)}
    assert figs["nuvarande"].people_per_group["Samverkansgrupp att växa upp"] == 2
    assert figs["en-taktisk-utan-lokala"].people_per_group["Taktisk samverkansgrupp"] == 3
    assert figs["tva-taktiska-effektmal"].people_per_group == {
        "PSVO": 0, "LSVO": 3, "Taktisk samverkansgrupp – främja jämlik hälsa": 2,
        "Taktisk samverkansgrupp – Sömlös nära vård": 1}


@pytest.mark.parametrize("change, message", [
    (lambda t: t.replace('level = "taktisk"', 'level = "taktiskt"'), "level 'taktiskt' is not one of"),
    (lambda t: t.replace('parent = "LSVO"', 'parent = "LSV0"'), "parent 'LSV0' is not a group"),
    (lambda t: t.replace('principle = "mål och program"', 'principle = "program"'), "principle 'program'"),
    (lambda t: t.replace('"Ronneby kommun" = 1 }', '"Lund" = 1 }'), "unknown huvudman 'Lund'"),
    (lambda t: t.replace("meetings_per_year = 4", "meetings_per_year = -4"), "meetings_per_year"),
    (lambda t: t.replace("maps_from", "map_from"), "unknown key(s) map_from"),
    (lambda t: t.replace('name = "tiny"', 'name = "other"'), "must match the file name"),
    (lambda t: t.replace('seats = { "Ronneby kommun" = 1 }', ""), "'seats' is required"),
    (lambda t: t + "\n[[groups\n", "not valid TOML"),
    (lambda t: t.replace('name = "LSVO"\nlevel = "strategisk"', 'name = "LSVO"\nlevel = "strategisk"\nparent = "Taktisk grupp"'),
     "sits under a lower level group"),
])
def test_broken_option_file_is_one_line_naming_the_file(tmp_path, change, message):
    path = write(tmp_path, change(TINY))
    with pytest.raises(SamverkanError) as exc:
        read_option(path)
    text = str(exc.value)
    assert "\n" not in text
    assert text.startswith(str(path) + ": ")
    assert message in text


def test_find_option_is_forgiving():
    options = read_options()
    assert find_option(options, "EN-TAKTISK-UTAN-LOKALA").name == "en-taktisk-utan-lokala"
    assert find_option(options, "Två taktiska").name == "tva-taktiska-effektmal"
    with pytest.raises(SamverkanError):
        find_option(options, "gemensam")


def test_options_page_draws_every_option_escaped(tmp_path):
    hostile = TINY.replace('name = "Taktisk grupp"', 'name = "<img src=x onerror=alert(1)>"').replace(
        'parent = "Taktisk grupp"', 'parent = "<img src=x onerror=alert(1)>"').replace(
        'title = "Liten struktur"', 'title = "<script>window.__xss=1</script>"')
    options = [read_option(write(tmp_path, hostile))] + read_options()
    page = views.render_options(options, tmp_path / "o.html", compare(options)).read_text(encoding="utf-8")
    assert "<img" not in page
    assert "<script>window" not in page
    assert "<h2>&lt;script&gt;window.__xss=1&lt;/script&gt;</h2>" in page  # panel heading
    assert "<th>&lt;script&gt;window.__xss=1&lt;/script&gt;</th>" in page  # figures table
    from test_views import view_data

    data = view_data(page)
    assert len(data) == 9
    rows = {n["id"]: n["level"] for n in data[1]["nodes"]}
    assert rows["PSVO"] < rows["LSVO"] < rows["Samverkansgrupp att växa upp"]


# -- CLI ---------------------------------------------------------------------------------------

def test_cli_options_commands():
    from samverkan.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["options", "compare", "--all", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["name"] for r in rows][0] == "nuvarande" and len(rows) == 8
    assert {"groups_per_level", "seats_per_huvudman", "meetings_per_year", "mandate_path_length",
            "huvudman_without_seat"} <= set(rows[0])
    assert runner.invoke(app, ["options", "list"]).exit_code == 0
    assert runner.invoke(app, ["options", "show", "nuvarande"]).exit_code == 0
    assert runner.invoke(app, ["options", "compare"]).exit_code == 2
    bad = runner.invoke(app, ["options", "show", "gemensam"])
    assert bad.exit_code == 1


def test_cli_view_commands(tmp_path):
    from samverkan.cli import app
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.graph.schema import document_rows
    from test_views import sample_facts

    store = tmp_path / "g.sqlite"
    s = NetworkxStore(store)
    for facts in sample_facts():
        s.write_document(document_rows(facts))
    s.close()
    runner = CliRunner()
    for args in (["view", "person", "anna aberg"], ["view", "group", "lsvo"], ["view", "mandates"],
                 ["view", "structure", "--as-of", "2024-03-01"]):
        out = tmp_path / f"{args[1]}.html"
        result = runner.invoke(app, [*args, "-o", str(out), "--store", str(store)])
        assert result.exit_code == 0, result.output
        assert out.exists()
    assert runner.invoke(app, ["view", "group", "samverkansgrupp", "--store", str(store)]).exit_code == 1
    assert runner.invoke(app, ["view", "person", "Zlatan", "--store", str(store)]).exit_code == 1
    result = runner.invoke(app, ["options", "view", "-o", str(tmp_path / "o.html")])
    assert result.exit_code == 0 and (tmp_path / "o.html").exists()


def test_every_added_command_has_an_example():
    from samverkan.cli import app

    runner = CliRunner()
    for args in (["view", "person"], ["view", "mandates"], ["view", "group"], ["options", "list"],
                 ["options", "show"], ["options", "view"], ["options", "compare"], ["options", "space"],
                 ["options", "consequences"], ["options", "underlag"]):
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.output, args


def test_cli_compare_prints_one_matrix_with_an_option_per_column():
    from samverkan.cli import app

    result = CliRunner().invoke(app, ["options", "compare", "--all"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    headers = [line for line in result.output.splitlines() if line.startswith("┃ measure")]
    assert len(headers) == 1  # one table, not one per option
    for name in ("nuvarande", "en-taktisk-utan-lokala", "tre-taktiska-alder-med-lokala", "tva-taktiska-effektmal"):
        assert name in headers[0]
    assert "seats per huvudman" in result.output


def test_a_narrow_terminal_splits_the_matrix_keeping_option_names_whole():
    from samverkan.cli import app

    result = CliRunner().invoke(app, ["options", "compare", "--all"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert "…" not in result.output
    for name in ("tre-taktiska-alder-utan-lokala", "tre-taktiska-gemensam-grupp-b", "tva-taktiska-effektmal"):
        assert name in result.output
    assert "of 8" in result.output


def test_members_is_documented_and_explained():
    from samverkan.cli import app

    help_text = " ".join(CliRunner().invoke(app, ["options", "compare", "--help"], env={"COLUMNS": "200"}).output.split())
    assert "--members" in help_text and "current seats" in help_text
