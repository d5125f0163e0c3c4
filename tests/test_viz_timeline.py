"""The timeline of a view (issue 25): vis-timeline, vendored, offline, linked to the network.

Uses the session's Chromium (tests/conftest.py) and one page for the module.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.build import BuildResult
from kg.cli import cli
from kg.viz import ViewContext, ViewOptions, load_context, select, write
from kg.viz.timeline import TIMELINE_VERSION, VENDOR, timeline_data

ID = "https://w3id.org/kgdiplo/id/"
DUBAI = "dubai-meeting-2025-01"
ARAGHCHI = "araghchi-kabul-visit-2025-01"
SINGH_YAQUB = "singh-yaqub-meeting-2024-11"
REGULAR_CONTACT = "agreement-regular-contact-2025-01"


@pytest.fixture(scope="module")
def context(seed: BuildResult) -> ViewContext:
    return load_context(seed.dataset)


@pytest.fixture(scope="module")
def items(context: ViewContext) -> dict[str, dict[str, Any]]:
    view = select(context, ViewOptions())
    ids = {node: number for number, node in enumerate(sorted(view.graph.nodes))}
    return {item["id"]: item for item in timeline_data(view, ids)["items"]}


def test_vis_timeline_is_vendored_with_its_licence_and_checksums() -> None:
    import hashlib

    assert VENDOR.name == f"vis-timeline-{TIMELINE_VERSION}"
    assert "MIT" in (VENDOR / "LICENSE.md").read_text() and (VENDOR / "LICENSE.MIT.txt").exists()
    for line in (VENDOR / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest
    assert (VENDOR.parent / "revendor.sh").read_text().count("npm pack") == 1


def test_events_are_drawn_as_precisely_as_their_sources(items: dict[str, dict[str, Any]]) -> None:
    # "January 2025" and "on Wednesday" (8 January) agree: one day
    assert (items[f"{DUBAI}.0"]["start"], items[f"{DUBAI}.0"]["end"]) == (
        "2025-01-08",
        "2025-01-09",
    )
    # 003: "In January, ... Araghchi made a rare trip to Kabul": the month, a month wide
    araghchi = items[f"{ARAGHCHI}.0"]
    assert (araghchi["start"], araghchi["end"]) == ("2025-01-01", "2025-02-01")
    # "up to 9 January 2025": open before, drawn fading out to the left
    contact = items[f"{REGULAR_CONTACT}.0"]
    assert contact["className"] == "open-start" and contact["end"] == "2025-01-10"
    # 002 gives 4-5 November 2024, 004 the 6th: each report's date, named
    disputed = sorted(i["content"] for k, i in items.items() if k.startswith(SINGH_YAQUB))
    assert len(disputed) == 2 and disputed[0].endswith("(source 002)")
    assert disputed[1].endswith("(source 004)")


@pytest.fixture(scope="module")
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    remote: list[str] = []

    def route(route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            remote.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert errors == [] and remote == []


def load(tab: Any, path: Path) -> None:
    tab.goto(path.as_uri())
    tab.wait_for_selector("body[data-ready=true]", state="attached", timeout=15_000)


def test_kg_viz_timeline_writes_the_timeline_alone(tmp_path: Path, page: Any) -> None:
    out = tmp_path / "timeline.html"
    result = CliRunner().invoke(cli, ["viz", "--timeline", "-o", str(out)])
    assert result.exit_code == 0, result.output
    load(page, out)
    assert page.evaluate("getComputedStyle(document.getElementById('network')).display") == "none"
    shown = page.locator(".vis-timeline .vis-item").count()
    assert shown == page.evaluate("kgView.data.timeline.items.length") > 60
    page.select_option("#timeline-group", "actor")
    groups = page.locator(".vis-timeline .vis-label").all_inner_texts()
    assert any("Amir Khan Muttaqi" in g for g in groups)


def test_selecting_on_the_timeline_selects_in_the_network_and_back(
    context: ViewContext, tmp_path: Path, page: Any
) -> None:
    view = select(context, ViewOptions(centers=("Muttaqi",), depth=1))
    load(page, write(view, tmp_path / "muttaqi.html"))
    assert page.evaluate("kgView.timeline") is None  # made when the panel is first opened
    page.locator("#timeline-panel summary").click()
    for _ in range(50):  # wait_for_function would eval a string, which the page's CSP forbids
        if page.evaluate("Boolean(kgView.timeline)"):
            break
        page.wait_for_timeout(100)
    dubai = page.evaluate(
        "iri => Number(Object.keys(kgView.data.details).find("
        "k => kgView.data.details[k].iri === iri))",
        ID + DUBAI,
    )
    page.evaluate(
        "id => kgView.timeline.focus(kgView.timelineItemsFor([id])[0], {animation: false})", dubai
    )
    page.locator(".vis-item", has_text="Misri–Muttaqi meeting in Dubai").first.click()
    assert page.evaluate("kgView.network.getSelectedNodes()") == [dubai]
    # and back: a click on a node selects its events on the timeline
    page.evaluate("kgView.network.unselectAll()")
    spot = page.evaluate(
        """id => { const p = kgView.network.canvasToDOM(kgView.network.getPositions([id])[id]);
                   const box = document.querySelector('#network canvas').getBoundingClientRect();
                   return [box.left + p.x, box.top + p.y]; }""",
        dubai,
    )
    page.mouse.click(spot[0], spot[1])
    assert page.evaluate("kgView.network.getSelectedNodes()") == [dubai]
    assert page.evaluate("kgView.timeline.getSelection()") == [f"{DUBAI}.0"]
