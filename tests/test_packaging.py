"""The distribution: one top-level package, its data inside it, and an install that prints no warnings."""
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("wheel")
    # Built from a copy of the sources, so no build/ folder left in the checkout leaks into the wheel.
    src = tmp_path_factory.mktemp("src") / "samverkan"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__",
                                                             ".samverkan", "bench/out", "*.html"))
    shutil.copytree(ROOT / "graph" / "templates", src / "graph" / "templates", dirs_exist_ok=True)
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(out), str(src)],
                           capture_output=True, text=True, timeout=600)
    if build.returncode != 0 and "Could not find a version" in build.stderr:
        pytest.skip(f"no build backend to be had here: {build.stderr.strip().splitlines()[-1]}")
    assert build.returncode == 0, build.stderr
    (path,) = out.glob("samverkan-*.whl")
    return path, build.stdout + build.stderr


def test_the_wheel_installs_one_top_level_name(wheel):
    names = zipfile.ZipFile(wheel[0]).namelist()
    assert {n.split("/")[0] for n in names} == {"samverkan", next(n.split("/")[0] for n in names if ".dist-info/" in n)}
    for module in ("samverkan/__init__.py", "samverkan/__main__.py", "samverkan/cli.py",
                   "samverkan/graph/store.py", "samverkan/loaders/pipeline.py", "samverkan/queries/person.py"):
        assert module in names
    assert not any(n.startswith(("samverkan/tests/", "samverkan/bench/")) for n in names)


def test_the_wheel_carries_the_data_the_tool_reads(wheel):
    names = set(zipfile.ZipFile(wheel[0]).namelist())
    assert {"samverkan/graph/export.schema.json", "samverkan/loaders/data/blekinge.toml",
            "samverkan/loaders/data/given_names.txt", "samverkan/options/nuvarande.toml"} <= names
    assert any(n.startswith("samverkan/examples/") and n.endswith(".txt") for n in names)
    assert {"samverkan/graph/templates/page.html", "samverkan/graph/templates/page.js"} <= names


def test_the_console_script_points_into_the_package(wheel):
    archive = zipfile.ZipFile(wheel[0])
    entry = next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
    assert "samverkan = samverkan.cli:main" in archive.read(entry).decode()


def test_building_prints_no_warnings(wheel):
    """Neither deprecation notices nor build warnings (such as data folders setuptools would not install)."""
    warnings = re.findall(r"\w*(?:Deprecation|BuildBackend|Setuptools)\w*Warning.*", wheel[1])
    assert not warnings and "deprecat" not in wheel[1].casefold(), warnings


def test_python_dash_m_runs_the_command_line():
    result = subprocess.run([sys.executable, "-m", "samverkan", "--help"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout and "load" in result.stdout
