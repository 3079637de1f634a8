"""Drive headless Chromium on a local page: dump the DOM after scripts ran, take a screenshot.

The pages write what happened into ``<body>`` data attributes (``data-drawn``, ``data-views``,
``data-errors``) and into each canvas container (``data-drawn``, ``data-pixels``), so the dumped
DOM is enough to judge a page without a DevTools client.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio")


def available() -> bool:
    return Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="samverkan-chromium-") as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=timeout)


@dataclass
class PageState:
    dom: str
    body: dict[str, str]
    panels: list[dict[str, str]]

    @property
    def errors(self) -> list[str]:
        return json.loads(self.body.get("data-errors") or "[]")


def _attrs(tag: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', tag)}


def dump_dom(page: Path, budget_ms: int = 10000, window: str = "1400,900", timeout: float = 60) -> PageState:
    """The page's DOM after ``budget_ms`` of virtual time."""
    result = _run([f"--virtual-time-budget={budget_ms}", f"--window-size={window}", "--dump-dom",
                   Path(page).resolve().as_uri()], timeout)
    dom = result.stdout
    body = re.search(r"<body[^>]*>", dom)
    panels = [_attrs(m.group(0)) for m in re.finditer(r'<div class="net"[^>]*>', dom)]
    return PageState(dom, _attrs(body.group(0)) if body else {}, panels)


def screenshot(page: Path, target: Path, budget_ms: int = 10000, window: str = "1400,900",
               timeout: float = 60) -> Path:
    """A PNG of the page after ``budget_ms`` of virtual time."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _run([f"--virtual-time-budget={budget_ms}", f"--window-size={window}", f"--screenshot={target.resolve()}",
          Path(page).resolve().as_uri()], timeout)
    return target
