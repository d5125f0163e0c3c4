"""A view after a filter (issue 25), in Debian's Chromium, headless.

After the date slider or the class filters hide nodes, what is left is laid
out again and fitted to the canvas, rather than left where the whole graph
put it, scattered over empty space; the nodes a filter strands are dropped;
the labels placed again do not overlap. One Chromium for the session
(tests/conftest.py), one page for the module, the seed's whole-graph view.
The 2,000- and 5,000-node figures are benchmarks/view_readability.py's.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.viz import ViewContext, ViewOptions, select, write
from tests.view_checks import OVERLAPPING_LABELS


@pytest.fixture(scope="module")
def whole_page(seed_context: ViewContext, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(select(seed_context, ViewOptions()), tmp_path_factory.mktemp("scale") / "w.html")


@pytest.fixture(scope="module")
def tab(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


def load(tab: Any, path: Path) -> None:
    tab.goto(path.as_uri())
    tab.wait_for_selector("body[data-ready=true]", state="attached", timeout=15_000)


def laid_out(tab: Any) -> None:
    """Wait until the layout a filter started is done (fitted, labels placed)."""
    tab.wait_for_selector("body[data-layout=done]", state="attached", timeout=15_000)


# the visible nodes on screen: the canvas's size, each node's spot, the visible edges
SHOWN = """() => {
  const net = kgView.network, frame = net.body.container;
  const ids = kgView.data.nodes.filter(n => !kgView.nodes.get(n.id).hidden).map(n => n.id);
  const at = net.getPositions(ids);
  return {
    width: frame.clientWidth, height: frame.clientHeight,
    spots: ids.map(id => { const p = net.canvasToDOM(at[id]); return [id, p.x, p.y]; }),
    edges: kgView.data.edges.filter(e => !kgView.edges.get(e.id).hidden).map(e => [e.from, e.to]),
  };
}"""


def spread(shown: dict[str, Any]) -> float:
    """The lower quartile of each node's distance to its nearest neighbour on screen, as a
    share of the spacing the nodes would have if they filled the canvas evenly."""
    spots = [(x, y) for _, x, y in shown["spots"]]
    nearest = sorted(
        min(math.dist(a, b) for j, b in enumerate(spots) if j != i) for i, a in enumerate(spots)
    )
    even = math.sqrt(shown["width"] * shown["height"] / len(spots))
    return nearest[len(nearest) // 4] / even


def fills(shown: dict[str, Any]) -> bool:
    """The visible nodes' bounding box spans most of the canvas one way, and all of it
    is on the canvas."""
    width, height = float(shown["width"]), float(shown["height"])
    xs = [float(x) for _, x, _ in shown["spots"]]
    ys = [float(y) for _, _, y in shown["spots"]]
    inside = min(xs) >= 0 and min(ys) >= 0 and max(xs) <= width and max(ys) <= height
    return inside and max((max(xs) - min(xs)) / width, (max(ys) - min(ys)) / height) > 0.75


def stranded(shown: dict[str, Any], all_edges: list[list[int]]) -> list[int]:
    """Visible nodes with no visible edge that had an edge before the filter."""
    linked = {end for edge in shown["edges"] for end in edge}
    had = {end for edge in all_edges for end in edge}
    return [id for id, _, _ in shown["spots"] if id in had and id not in linked]


def test_a_released_time_slider_lays_out_what_is_left_and_fits_it(
    whole_page: Path, tab: Any
) -> None:
    load(tab, whole_page)
    all_edges = tab.evaluate("kgView.data.edges.map(e => [e.from, e.to])")
    whole = tab.evaluate(SHOWN)
    # the "from" slider dragged to January 2025 and released, as a user does
    tab.evaluate(
        """() => { const input = document.getElementById('time-from');
          for (let i = 0; i <= Number(input.max); i++) { input.value = String(i);
            input.dispatchEvent(new Event('input'));
            if (kgView.range().first >= '2025-01-01') break; }
          input.dispatchEvent(new Event('change')); }"""
    )
    laid_out(tab)
    shown = tab.evaluate(SHOWN)
    assert 20 < len(shown["spots"]) < len(whole["spots"]) / 2
    assert fills(shown)
    # left where the whole graph put them, the nodes of 2025 bunched up in the middle
    # (lower quartile 0.24 of the even spacing); laid out again, about 0.5
    assert spread(shown) > 0.38
    assert stranded(shown, all_edges) == []
    # no edge laid level (vis-network#2044 draws such an edge's label in the corner)
    level = tab.evaluate(
        """() => { const at = kgView.network.body.nodes;
          return kgView.data.edges.filter(e => !kgView.edges.get(e.id).hidden && e.from !== e.to &&
                                               at[e.from].y === at[e.to].y).length; }"""
    )
    assert level == 0


def test_unticked_classes_lay_out_what_is_left(whole_page: Path, tab: Any) -> None:
    load(tab, whole_page)
    all_edges = tab.evaluate("kgView.data.edges.map(e => [e.from, e.to])")
    # three boxes unticked in a row: a layout starts at the first, and runs again once
    # it ends for the two that came meanwhile
    tab.evaluate(
        """() => ['Topic', 'Position', 'Person'].forEach(cls => {
          const box = document.querySelector(`#legend-classes input[data-class="${cls}"]`);
          box.checked = false; box.dispatchEvent(new Event('change')); })"""
    )
    laid_out(tab)
    shown = tab.evaluate(SHOWN)
    assert fills(shown)
    assert spread(shown) > 0.38  # left in place: 0.25
    assert stranded(shown, all_edges) == []
    # the labels placed again after the layout: drawn where they fit
    tab.wait_for_timeout(200)
    drawn, overlapping = tab.evaluate(OVERLAPPING_LABELS)
    assert drawn >= 15 and overlapping / drawn < 0.10
    # "Show all" brings back the whole graph's layout
    tab.evaluate("document.getElementById('time-reset').click()")
    laid_out(tab)
    back = tab.evaluate(
        """() => { const at = kgView.network.getPositions();
          const shown = kgView.data.nodes.filter(n => !kgView.nodes.get(n.id).hidden);
          return [shown.length, shown.filter(n => Math.abs(at[n.id].x - n.x) > 1 ||
                                                  Math.abs(at[n.id].y - n.y) > 1).length]; }"""
    )
    assert back[0] > 100 and back[1] == 0  # the folded topics stay folded
