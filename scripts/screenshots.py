"""The README's pictures: the structure view and the options page, drawn in headless Chromium.

    .venv/bin/python scripts/screenshots.py                 # the sample minutes in ../shared/minutes
    .venv/bin/python scripts/screenshots.py --minutes examples

Loads the minutes into a temporary store, writes both pages and saves ``docs/structure.png``
(1600×1100, the window the views are designed for) and ``docs/options.png``. Needs Chromium
(``apt-get install chromium``).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import chromium  # noqa: E402  (the browser driver the tests use)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = ROOT.parent / "shared" / "minutes"
    ap.add_argument("--minutes", type=Path, default=shared if shared.is_dir() else ROOT / "examples",
                    help="folder of minutes to draw (default ../shared/minutes, else examples/)")
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    args = ap.parse_args(argv)
    if not chromium.available():
        print(f"screenshots: headless Chromium not found at {chromium.CHROMIUM} (apt-get install chromium)",
              file=sys.stderr)
        return 2
    if not args.minutes.is_dir():
        print(f"screenshots: {args.minutes}: no such folder of minutes", file=sys.stderr)
        return 2

    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.graph.options import compare
    from samverkan.graph.views import render_options, render_structure
    from samverkan.loaders.options import read_options
    from samverkan.loaders.pipeline import load_paths

    with tempfile.TemporaryDirectory(prefix="samverkan-shots-") as tmp:
        folder = Path(tmp)
        store = NetworkxStore(folder / "graph.sqlite")
        load_paths([args.minutes], store)
        G = store.to_networkx()
        store.close()
        options = read_options()
        pages = {
            "structure": (render_structure(G, folder / "structure.html"), "1600,1100"),
            "options": (render_options(options, folder / "options.html", compare(options, G)), "1600,2400"),
        }
        for name, (page, window) in pages.items():
            target = chromium.screenshot(page, args.out / f"{name}.png", budget_ms=10000, window=window, timeout=120)
            print(f"{name}: {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
