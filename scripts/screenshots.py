"""Take the screenshots of docs/views.md anew, from the seed corpus, in Debian's Chromium.

Usage (from the repository root, after `make test` made .venv and installed
chromium; `make demo` or `kg build` made the default store):

    .venv/bin/python scripts/screenshots.py            # writes docs/images/view-*.png

Each view is written by `kg viz` as a user would (the default store), opened
headless at 1600x1000 and saved once the page says it is ready; a view that
shows a state the page reaches by a control (a selected node, clusters) gets
there through the page's own script API (``kgView``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")
IMAGES = ROOT / "docs" / "images"

# file, kg viz options, what to do in the page before the shot
VIEWS: list[tuple[str, list[str], str]] = [
    ("view-whole.png", [], ""),
    (
        "view-dubai-meeting.png",
        ["--center", "dubai-meeting-2025-01"],
        "kgView.focus(kgView.find('Dubai meeting'))",
    ),
    ("view-actors.png", ["--actors"], ""),
    ("view-timeline.png", ["--timeline", "--center", "Muttaqi", "--depth", "2"], ""),
    ("view-communities.png", [], "kgView.clusters.by('community')"),
]


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as work, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        for name, options, action in VIEWS:
            html = Path(work) / f"{name}.html"
            subprocess.run([KG, "viz", *options, "-o", str(html)], check=True)
            page.goto(html.as_uri())
            page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)
            if action:
                page.evaluate(action)
            page.wait_for_timeout(800)
            page.screenshot(path=str(IMAGES / name))
            print(f"wrote {IMAGES / name}")
        browser.close()


if __name__ == "__main__":
    main()
