"""The options page in headless Chromium: the consequence matrix sorts and filters by vägval."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chromium  # noqa: E402

from samverkan.graph.consequences import consequences  # noqa: E402
from samverkan.graph.options_view import render_options  # noqa: E402
from samverkan.loaders.options import read_options  # noqa: E402
from samverkan.loaders.vagval import read_space  # noqa: E402

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium.available(),
                       reason=f"headless Chromium not found at {chromium.CHROMIUM} (apt-get install chromium)"),
]

# Clicks the Karlshamn heading twice (descending), switches to meeting hours, then keeps only
# "en integrerad taktisk grupp"; the results go into <body> data attributes.
PROBE = """<script>setTimeout(function () {
  var t = document.getElementById("consequence-matrix");
  var h = null;
  t.querySelectorAll("th[data-col]").forEach(function (x) { if (x.textContent === "Karlshamns kommun") { h = x; } });
  var col = Number(h.dataset.col);
  h.click();
  document.body.dataset.ascending = Array.prototype.map.call(t.tBodies[0].rows, function (r) { return r.cells[col].textContent; }).join(";");
  h.click();
  document.body.dataset.descending = Array.prototype.map.call(t.tBodies[0].rows, function (r) { return r.cells[col].textContent; }).join(";");
  document.body.dataset.sorted = t.dataset.sorted;
  var m = document.getElementById("cm-measure"); m.value = "meeting_hours"; m.dispatchEvent(new Event("change"));
  document.body.dataset.hoursFirst = t.tBodies[0].rows[0].cells[col].textContent;
  document.body.dataset.firstOption = t.tBodies[0].rows[0].dataset.option;
  var f = document.querySelector('select.cm-filter[data-dim="taktisk"]'); f.value = "en"; f.dispatchEvent(new Event("change"));
  var shown = Array.prototype.filter.call(t.tBodies[0].rows, function (r) { return r.style.display !== "none"; });
  document.body.dataset.shown = shown.map(function (r) { return r.dataset.option; }).join(";");
  document.body.dataset.hiddenPanels = String(document.querySelectorAll("section.panel.filtered-out").length);
}, 2500);</script>"""


def test_matrix_sorts_switches_measure_and_filters(tmp_path):
    space = read_space()
    options = read_options()
    every = options + [c.option for c in space.combinations]
    cons = {o.name: consequences(o, space.meeting_hours, space.max_seats_per_person) for o in every}
    page = render_options(options, tmp_path / "options.html", space=space, consequences=cons)
    probed = tmp_path / "probed.html"
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>", 1), encoding="utf-8")
    state = chromium.dump_dom(probed, budget_ms=20000, window="1400,2600", timeout=120)
    assert state.errors == [], state.errors
    seats = sorted(next(f.seats for f in cons[o.name].per_huvudman if f.huvudman == "Karlshamns kommun") for o in every)
    assert [int(x) for x in state.body["data-ascending"].split(";")] == seats
    assert [int(x) for x in state.body["data-descending"].split(";")] == seats[::-1]
    assert state.body["data-sorted"].endswith(":descending")
    first = state.body["data-first-option"]
    karlshamn = next(f for f in cons[first].per_huvudman if f.huvudman == "Karlshamns kommun")
    assert float(state.body["data-hours-first"].replace(",", ".")) == karlshamn.meeting_hours
    # the filter keeps the options with one taktisk group, today's structure, and drawn 5 (no principle stated)
    shown = set(state.body["data-shown"].split(";"))
    assert shown == {"nuvarande", "en-taktisk-utan-lokala", "program-en-fasta", "program-en-vid-behov",
                     "aktivitet-en-fasta", "aktivitet-en-vid-behov"}
    assert int(state.body["data-hidden-panels"]) == len(every) - len(shown)
