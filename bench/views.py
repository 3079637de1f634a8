"""The structure view at scale: render it for a benchmark corpus and open it in headless Chromium.

    python -m bench.views                      # the 10,000-document corpus
    python -m bench.views --sizes 100,1000     # smaller corpora

Uses the corpora of :mod:`bench.run` (``bench/out/corpora/``, generated when missing) and keeps
each loaded store in ``bench/out/stores/`` so that a second run measures only the view. Prints
the figures and writes ``bench/out/views.json``. Measured in the page itself (``performance.now``,
real time even under Chromium's virtual time): when the page's script starts (the HTML and the
inlined drawing library parsed), when it is ready (data prepared, chart laid out, first fit), when
the canvas was first drawn, and how long a search, a filter, folding a group and a PNG export
take. The wall time of the whole Chromium run is printed beside that of an empty page.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bench.run import OUT, ROOT, corpus, load_in_subprocess

TARGET_OPEN_SECONDS = 5.0
PROBE = """<script>(function () {
  var S = window.samverkan, out = {}, p = S.panels[0], t;
  var groups = p.base.nodes.filter(function (n) { return n.kind === 'group'; });
  var last = groups.length ? groups[groups.length - 1] : null;
  t = performance.now(); S.select(last ? last.f_name : 'LSVO'); out.search_ms = performance.now() - t;
  var box = document.querySelector('#filter-level input[value=operativ]');
  if (box) { t = performance.now(); box.checked = false; box.dispatchEvent(new Event('change'));
             out.filter_ms = performance.now() - t; box.checked = true; box.dispatchEvent(new Event('change')); }
  var parent = Object.keys(p.children)[0];
  if (parent) { t = performance.now(); S.toggle(parent); out.fold_ms = performance.now() - t; S.toggle(parent); }
  t = performance.now(); var png = S.exportPng(false); out.png_ms = performance.now() - t; out.png_bytes = png.length;
  out.groups = groups.length; out.visible = Number(p.container.dataset.visible);
  out.label_px = Number(p.container.dataset.labelPx);
  document.body.dataset.bench = JSON.stringify(out);
})();</script>"""


def _chromium():
    sys.path.insert(0, str(ROOT / "tests" / "browser"))
    import chromium  # noqa: PLC0415  (the browser driver the tests use)

    if not chromium.available():
        raise SystemExit(f"bench.views: headless Chromium not found at {chromium.CHROMIUM} (apt-get install chromium)")
    return chromium


def cached_store(n: int, seed: int, jobs: int, timeout: float, log) -> tuple[Path, dict | None]:
    """The loaded store of the ``n``-document corpus, loading it the first time."""
    folder, files, _, _ = corpus(n, seed, OUT / "corpora")
    store = OUT / "stores" / folder.name / "graph.sqlite"
    done = store.parent / ".complete"
    if done.exists():
        return store, None
    store.parent.mkdir(parents=True, exist_ok=True)
    store.unlink(missing_ok=True)
    log(f"[{n}] load {len(files)} documents into {store} (jobs={jobs}, once)")
    load = load_in_subprocess(folder, store, jobs, timeout)
    if "error" in load:
        raise SystemExit(f"bench.views: loading {folder} failed: {load['error']}")
    done.write_text(json.dumps(load))
    return store, load


def open_page(page: Path, chromium, timeout: float = 600) -> dict:
    """Open a structure page in headless Chromium at 1600×1100 and return the figures it reports."""
    out: dict = {}
    probed = page.with_name(f"{page.stem}-probe.html")
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>", 1), encoding="utf-8")
    blank = page.with_name("blank.html")
    blank.write_text("<!DOCTYPE html><html><body>.</body></html>", encoding="utf-8")
    t = time.perf_counter()
    chromium.dump_dom(blank, budget_ms=1000, window="1600,1100")
    out["chromium_blank_wall_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    state = chromium.dump_dom(probed, budget_ms=4000, window="1600,1100", timeout=timeout)
    out["chromium_page_wall_s"] = round(time.perf_counter() - t, 2)
    body, panel = state.body, (state.panels or [{}])[0]
    out["errors"] = state.errors
    out["script_start_ms"] = int(body.get("data-script-start-ms", -1))
    out["ready_ms"] = int(body.get("data-ready-ms", -1))
    out["first_drawn_ms"] = int(panel.get("data-drawn-ms", -1))
    out.update({k: round(v, 1) if isinstance(v, float) else v
                for k, v in json.loads(body.get("data-bench") or "{}").items()})
    opened = max(out["ready_ms"], out["first_drawn_ms"]) / 1000
    out["open_s"] = round(opened, 2)
    out["pass"] = bool(0 < opened < TARGET_OPEN_SECONDS and not out["errors"])
    return out


def measure(n: int, *, seed: int, jobs: int, timeout: float, log=print) -> dict:
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.graph.views import render_structure

    chromium = _chromium()
    store_path, load = cached_store(n, seed, jobs, timeout, log)
    out: dict = {"documents": n, "store": str(store_path), "load": load}
    t = time.perf_counter()
    store = NetworkxStore(store_path)
    G = store.to_networkx()
    store.close()
    out["read_store_s"] = round(time.perf_counter() - t, 2)
    page = OUT / "views" / f"structure-{n}.html"
    t = time.perf_counter()
    render_structure(G, page)
    out["render_s"] = round(time.perf_counter() - t, 2)
    out["page_mb"] = round(page.stat().st_size / 1e6, 2)
    out.update(open_page(page, chromium, timeout))
    chromium.screenshot(page, OUT / "views" / f"structure-{n}.png", budget_ms=4000, window="1600,1100", timeout=timeout)
    return out


def report(rows: list[dict]) -> str:
    lines = ["| documents | groups (visible at first) | page MB | render s | script starts | ready | first drawn "
             "| search | filter | fold | PNG | label px | Chromium wall (empty page) | < 5 s |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r['documents']:,} | {r.get('groups')} ({r.get('visible')}) | {r['page_mb']} | {r['render_s']} "
            f"| {r['script_start_ms']} ms | {r['ready_ms']} ms | {r['first_drawn_ms']} ms | {r.get('search_ms')} ms "
            f"| {r.get('filter_ms')} ms | {r.get('fold_ms')} ms | {r.get('png_ms')} ms | {r.get('label_px')} "
            f"| {r['chromium_page_wall_s']} s ({r['chromium_blank_wall_s']} s) | {'PASS' if r['pass'] else 'FAIL'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.views", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000", help="comma-separated corpus sizes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2, help="--jobs for loading a corpus the first time")
    ap.add_argument("--timeout", type=float, default=1800)
    args = ap.parse_args(argv)
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    rows = []
    for n in [int(x) for x in args.sizes.split(",") if x.strip()]:
        log(f"[{n}] structure view")
        rows.append(measure(n, seed=args.seed, jobs=args.jobs, timeout=args.timeout, log=log))
    (OUT / "views.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(report(rows))
    return 0 if all(r["pass"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
