"""bench/views.py: the page reports the figures the benchmark prints (no timing is asserted here)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "browser"))
sys.path.insert(0, str(HERE.parent / "graph"))

import chromium  # noqa: E402
from test_views import build_graph  # noqa: E402

from bench.views import open_page, report  # noqa: E402
from samverkan.graph import views  # noqa: E402

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium.available(), reason=f"headless Chromium not found at {chromium.CHROMIUM}"),
]


def test_the_structure_page_reports_its_figures(tmp_path):
    page = views.render_structure(build_graph(tmp_path), tmp_path / "structure.html")
    figures = open_page(page, chromium, timeout=120)
    assert figures["errors"] == []
    assert figures["groups"] == 6 and figures["visible"] >= 6
    assert 0 < figures["script_start_ms"] <= figures["ready_ms"]
    for key in ("search_ms", "filter_ms", "fold_ms", "png_ms"):
        assert figures[key] >= 0, key
    assert figures["png_bytes"] > 10000 and figures["label_px"] >= 11
    row = {"documents": 3, "page_mb": 1.0, "render_s": 0.1, **figures}
    assert ("PASS" if figures["pass"] else "FAIL") in report([row])
