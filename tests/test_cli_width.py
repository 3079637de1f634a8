"""Terminal output that fits: at 80 and 120 columns, dates, names, ids and option names are whole."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from conftest import shared_path

runner = CliRunner()
WIDTHS = [80, 120]


@pytest.fixture(scope="module")
def minutes_store(tmp_path_factory):
    minutes = shared_path("minutes")
    path = str(tmp_path_factory.mktemp("width") / "g.sqlite")
    assert runner.invoke(app, ["load", str(minutes), "--store", path, "-j", "1"]).exit_code == 0
    return path


def show(width: int, *args: str, store: str | None = None) -> str:
    result = runner.invoke(app, [*args, *(["--store", store] if store else [])], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.output


def assert_fits(text: str, width: int) -> None:
    assert "…" not in text  # nothing cut off
    assert max(len(line) for line in text.splitlines()) <= width or "  " in text  # tables fit; blocks may soft-wrap


@pytest.mark.parametrize("width", WIDTHS)
def test_dates_and_ranges_print_whole(minutes_store, width):
    text = show(width, "meetings", store=minutes_store)
    assert_fits(text, width)
    for date in ("2021-06-05..2021-08-31", "2023-11-17", "2024-05-24", "2023-12-16..2023-12-18"):
        assert date in text
    assert "a date shown as FROM..TO is a range" in text


@pytest.mark.parametrize("width", WIDTHS)
def test_mandates_keep_names_and_kinds_whole_and_say_what_they_left_out(minutes_store, width):
    text = show(width, "mandates", store=minutes_store)
    assert "…" not in text
    for kind in ("reports_to", "delegates", "part_of"):
        assert kind in text
    if width == 120:
        assert "left out at 120 columns" in text  # levels and counts give way to the names


@pytest.mark.parametrize("width", WIDTHS)
def test_gaps_keep_kind_basis_and_dates_whole(minutes_store, width):
    text = show(width, "gaps", store=minutes_store)
    assert "…" not in text
    assert "Evidenced" in text and "no_seat" in text and "2023-11-17" in text
    assert text.index("Evidenced") < text.index("Inferred") < text.index("Not covered")
    assert "Karlshamns kommun" in text


@pytest.mark.parametrize("width", WIDTHS)
def test_a_long_roster_prints_one_line_per_huvudman(minutes_store, width):
    text = show(width, "group", "LSVO", store=minutes_store)
    assert "…" not in text.replace("… +", "")  # only the "… +N more" of a roster limited by --limit
    assert len(text.splitlines()) < 200
    roster = text[text.index("Roster"):text.index("Mandates")]
    assert "Tomas Ringberg (förhinder)" in " ".join(roster.replace("│", " ").split())
    everyone = show(width, "group", "LSVO", "--limit", "0", store=minutes_store)
    assert "more" not in everyone[everyone.index("Roster"):everyone.index("Mandates")]


def test_headers_say_what_the_columns_hold(minutes_store):
    text = show(120, "person", "Tomas Ringberg", store=minutes_store)
    affiliations = text[text.index("Affiliations"):]
    header = affiliations.splitlines()[2]
    assert "organisation" in header and "title" in header and "group" not in header


@pytest.mark.parametrize("width", WIDTHS)
def test_option_names_are_never_cut(width):
    text = show(width, "options", "list")
    for name in ("tre-taktiska-alder-med-lokala", "tre-taktiska-alder-utan-lokala", "en-taktisk-utan-lokala",
                 "tva-taktiska-effektmal", "nuvarande"):
        assert name in text
    assert "…" not in text
