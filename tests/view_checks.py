"""Checks the view tests run in a page (Chromium): what the analyst sees, measured the same
way by every test that measures it."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class ViewPage:
    """A Chromium tab pointed at one view after another: load it, run script in it, find a
    node's id by its IRI; ``errors`` collects what the page throws."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []

    def load(self, path: Path) -> ViewPage:
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=15_000)
        return self

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def node_id(self, iri: str) -> int:
        found = self.js(
            "iri => Object.keys(kgView.data.details).find(k => kgView.data.details[k].iri === iri)",
            iri,
        )
        assert found is not None, f"{iri} is not in the page"
        return int(found)


OVERLAPPING_LABELS = """() => {
  // the boxes vis-network drew the labels in (canvas coordinates), for the
  // labels it drew: not empty, not hidden, not under its draw threshold
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
  const overlapping = boxes.filter((a, i) => boxes.some((b, j) => i !== j && hit(a, b)));
  return [boxes.length, overlapping.length];
}"""
"""``[labels drawn, labels overlapping another]`` at the current zoom: vis-network's own
label boxes, for the labels on the canvas it drew (not empty, not hidden, not under
its 7 px draw threshold)."""
