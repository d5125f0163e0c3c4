"""How readable a `kg viz` page is at every size, measured in Chromium (issue 25).

Usage (from the repository root, after `make test` made .venv and installed
Debian's chromium):

    .venv/bin/python benchmarks/view_readability.py                  # a temporary folder
    .venv/bin/python benchmarks/view_readability.py --work /tmp/vr   # kept there, reused
    .venv/bin/python benchmarks/view_readability.py --events 280,1200 --runs 3

It writes the seed's whole-graph view and, for each ``--events`` count, the
whole-graph view of a synthetic corpus (`kg synth --events N --seed 1`, built
once into an Oxigraph store, `kg viz --max-nodes 10000`: 280, 1,200 and 3,000
events give about 500, 2,000 and 5,000 nodes). Each page is opened
``--runs`` times in headless Chromium at 1600x1000, as `kg viz` wrote it and,
as the baseline in the same run, with ``?labels=all`` (the page's documented
switch that turns label placement off, so vis-network draws every label, as
the pages did before labels were placed).

It prints one Markdown table: per view, the nodes, the labels drawn at the
initial zoom, the share of them that overlap another (vis-network's own label
boxes, for the labels it draws: on the canvas, not hidden, not empty, not
under its 7 px draw threshold), and the time to the first stable draw (median
of the runs): from the start of navigation to the end of the first draw that
shows the placed labels (the page sets ``data-ready`` after a draw; when a
draw is still pending then, as when labels were placed after the first draw,
the clock is read after that one). The targets are the issue's: under 10% of
drawn labels overlapping, and a first stable draw within 0.8 s on the seed
and 2.3 s at about 2,000 nodes (taken for the 500-node view too).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

# runs before the page's scripts: once the page says it is ready (labels placed), the
# time since navigation began at the end of the draw that shows them (the next one
# when a draw is still pending, as it was when labels were placed after the first)
WATCH = """
new MutationObserver((changes, observer) => {
  if (!document.body || document.body.getAttribute("data-ready") !== "true") return;
  observer.disconnect();
  const network = window.kgView.network;
  if (!network.renderer.redrawRequested) window.kgStable = performance.now();
  else network.once("afterDrawing", () => { window.kgStable = performance.now(); });
}).observe(document, {attributes: true, subtree: true, attributeFilter: ["data-ready"]});
"""

OVERLAPPING_LABELS = """() => {
  const scale = kgView.network.getScale();
  // vis-network measures a label where it draws it: one off the canvas keeps no box
  const frame = kgView.network.body.container;
  const onCanvas = n => { const p = kgView.network.canvasToDOM({x: n.x, y: n.y});
    return p.x >= 0 && p.y >= 0 && p.x <= frame.clientWidth && p.y <= frame.clientHeight; };
  const boxes = kgView.data.nodes.map(n => kgView.network.body.nodes[n.id])
    .filter(n => n && !n.options.hidden && n.options.label &&
                 n.options.font.size * scale >= 7 && onCanvas(n))
    .map(n => n.labelModule.size);
  const hit = (a, b) => a.left < b.left + b.width && b.left < a.left + a.width &&
                        a.top < b.top + b.height && b.top < a.top + a.height;
  let overlapping = 0;
  boxes.forEach((a, i) => { if (boxes.some((b, j) => i !== j && hit(a, b))) overlapping++; });
  return [kgView.data.nodes.length, kgView.data.edges.length, boxes.length, overlapping];
}"""


def kg(args: list[str]) -> None:
    """Run one `kg` command; stop with its stderr when it fails."""
    done = subprocess.run([KG, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)}: exit {done.returncode}\n{done.stderr}")


def view(work: Path, events: int | None) -> Path:
    """The whole-graph page of the seed (``None``) or of a synthetic corpus, written once."""
    if events is None:
        page = work / "view-seed.html"
        if not page.exists():
            kg(["viz", "--store", "memory", "-o", str(page)])
        return page
    corpus, store = work / f"synth-{events}", work / f"store-{events}"
    page = work / f"view-{events}.html"
    if not corpus.exists():
        kg(["synth", "--events", str(events), "--seed", "1", "-o", str(corpus)])
    data = ["--data", str(corpus / "data")]
    if not (store / "kg-store.txt").exists():
        print(f"building {store} ...", file=sys.stderr)
        kg(["build", *data, "--corpus", str(corpus / "corpus"), "--store", f"oxigraph:{store}"])
    if not page.exists():
        kg(["viz", *data, "--store", f"oxigraph:{store}", "--max-nodes", "10000", "-o", str(page)])
    return page


def measure(browser: Any, page: Path, query: str, runs: int) -> tuple[list[int], float]:
    """[nodes, edges, labels drawn, overlapping] and the median seconds to a stable draw."""
    times, counts = [], []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1600, "height": 1000})
        context.add_init_script(WATCH)
        tab = context.new_page()
        tab.goto(page.as_uri() + query)
        tab.wait_for_function("window.kgStable !== undefined", timeout=120_000)
        times.append(tab.evaluate("window.kgStable") / 1000)
        counts = tab.evaluate(OVERLAPPING_LABELS)
        context.close()
    return counts, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--work", type=Path, help="keep the corpora, stores and pages here")
    parser.add_argument("--events", default="280,1200,3000", help="synthetic sizes, in events")
    parser.add_argument("--runs", type=int, default=3, help="page loads of each row (median)")
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="view-readability-"))
    work.mkdir(parents=True, exist_ok=True)
    sizes: list[int | None] = [None, *(int(n) for n in options.events.split(",") if n)]
    pages = [(size, view(work, size)) for size in sizes]

    from playwright.sync_api import sync_playwright

    print(
        "| view | nodes | edges | labels drawn | overlapping | first stable draw "
        "| baseline: every label drawn | overlapping | first stable draw | holds |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for size, page in pages:
            (nodes, edges, drawn, over), took = measure(browser, page, "", options.runs)
            (_, _, all_drawn, all_over), all_took = measure(
                browser, page, "?labels=all", options.runs
            )
            share, all_share = over / max(drawn, 1), all_over / max(all_drawn, 1)
            limit = 0.8 if size is None else 2.3 if nodes <= 2500 else None
            holds = share < 0.10 and (limit is None or took <= limit)
            name = "seed" if size is None else f"synth {size:,} events"
            print(
                f"| {name} | {nodes:,} | {edges:,} | {drawn} | {over} ({share:.0%}) "
                f"| {took:.2f} s{f' (≤ {limit} s)' if limit else ''} "
                f"| {all_drawn} | {all_over} ({all_share:.0%}) | {all_took:.2f} s "
                f"| {'yes' if holds else 'NO'} |",
                flush=True,
            )
        browser.close()
    if options.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
