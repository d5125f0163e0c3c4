"""The views in a real browser: Debian's chromium, driven by playwright, with no network.

`make test` installs Debian's chromium (/usr/bin/chromium); nothing is
downloaded. Each page is opened from file:// with every other request
aborted, and must work: no console error, the vis DataSets hold what the
graph says, the legend is there, search focuses a node, the time range and the
class filter hide what they should, and hostile labels stay text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.build import BuildResult
from kg.graph.projection import project
from kg.viz import ViewContext, ViewOptions, ViewTooLargeError, select, write
from kg.viz.views import write_demo_views

# the session's Chromium is tests/conftest.py's `browser`; the names stay importable here
from tests.conftest import ARGS as ARGS
from tests.conftest import CHROMIUM as CHROMIUM
from tests.test_viz import (
    ARAGHCHI_VISIT,
    DUBAI,
    HOSTILE_ALIAS,
    HOSTILE_HEADLINE,
    HOSTILE_LABEL,
    ID,
    MUTTAQI,
    hostile_context,
)
from tests.view_checks import ViewPage


class Opened(ViewPage):
    """A page and what it did: console errors, dialogs, requests that left the file."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.dialogs: list[str] = []
        self.remote: list[str] = []

    def hidden(self, iri: str) -> bool:
        return bool(self.js("id => Boolean(kgView.nodes.get(id).hidden)", self.node_id(iri)))


@pytest.fixture
def open_view(browser: Any) -> Iterator[Callable[[Path], Opened]]:
    contexts: list[Any] = []

    def open_page(path: Path) -> Opened:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)

        def route(route: Any) -> None:
            if route.request.url.startswith("file:"):
                route.continue_()
            else:
                opened.remote.append(route.request.url)
                route.abort()

        def dialog(dialog: Any) -> None:
            opened.dialogs.append(dialog.message)
            dialog.dismiss()

        context.route("**/*", route)
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("dialog", dialog)
        page.goto(path.as_uri())
        page.wait_for_load_state("networkidle")
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=15_000)
        return opened

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test output folder: the written views and the screenshot."""
    return tmp_path_factory.mktemp("views")


@pytest.fixture(scope="module")
def demo_views(seed: BuildResult, output: Path) -> list[Path]:
    """The views the main job (`kg demo`) writes: the whole graph, the Dubai meeting."""
    return write_demo_views(seed.dataset, output)


@pytest.fixture(scope="module")
def whole(demo_views: list[Path]) -> Path:
    return demo_views[0]


def test_whole_graph_view_loads_offline_with_the_graphs_counts(
    seed: BuildResult, whole: Path, output: Path, open_view: Callable[[Path], Opened]
) -> None:
    opened = open_view(whole)
    graph = project(seed.dataset)
    assert opened.errors == []
    assert opened.remote == []
    counts = opened.js("[kgView.nodes.length, kgView.edges.length]")
    assert counts == [graph.number_of_nodes(), graph.number_of_edges()]
    classes = {data["type"] for _, data in graph.nodes(data=True)}
    legend = opened.page.locator("#legend-classes li")
    assert legend.count() == len(classes)
    assert opened.page.locator("#legend").is_visible()
    assert "Person" in opened.page.locator("#legend-classes").inner_text()
    policy = opened.js("document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
    assert policy.startswith("default-src 'none'; script-src 'sha256-")
    shot = output / "graph.png"
    opened.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 50_000  # a drawn network, not a blank page


def test_search_muttaqi_focuses_his_node(whole: Path, open_view: Callable[[Path], Opened]) -> None:
    opened = open_view(whole)
    muttaqi = opened.node_id(MUTTAQI)
    opened.page.fill("#search", "Muttaqi")
    opened.page.press("#search", "Enter")
    assert opened.js("kgView.network.getSelectedNodes()") == [muttaqi]
    distance = opened.js(
        """id => { const p = kgView.network.getPositions([id])[id];
                   const v = kgView.network.getViewPosition();
                   return Math.hypot(p.x - v.x, p.y - v.y); }""",
        muttaqi,
    )
    assert distance < 1
    assert opened.page.locator("#details-body h3").first.inner_text() == "Amir Khan Muttaqi"
    assert opened.errors == []


def test_time_range_hides_events_outside_with_their_stranded_neighbours(
    whole: Path, open_view: Callable[[Path], Opened]
) -> None:
    # 003: "In January, Iranian Foreign Minister Abbas Araghchi made a rare trip to Kabul"
    # (month precision) stays in a range from 15 January 2025; the Dubai meeting of
    # Wednesday 8 January 2025 (001: "in Dubai on Wednesday") does not.
    opened = open_view(whole)
    opened.js("kgView.setRange('2025-01-15', null, true)")
    assert not opened.hidden(ARAGHCHI_VISIT)
    assert opened.hidden(DUBAI)
    stranded = opened.js(
        """() => kgView.data.nodes.filter(n => !n.ev && !kgView.nodes.get(n.id).hidden &&
              kgView.data.edges.some(e => e.from === n.id || e.to === n.id) &&
              !kgView.data.edges.some(e => (e.from === n.id || e.to === n.id) &&
                                          !kgView.edges.get(e.id).hidden)).length"""
    )
    assert stranded == 0
    assert "of" in opened.page.locator("#counts").inner_text()
    opened.page.click("#time-reset")
    assert not opened.hidden(DUBAI)
    opened.page.click("#time-play")  # replay: the range restarts at the earliest date
    assert opened.page.locator("#time-play").inner_text() == "Pause"
    assert opened.js("document.getElementById('time-to').value") in ("0", "1")
    opened.page.click("#time-play")
    assert opened.page.locator("#time-play").inner_text() == "Replay in time"
    assert opened.errors == []


def test_class_filter_hides_one_class(whole: Path, open_view: Callable[[Path], Opened]) -> None:
    opened = open_view(whole)
    opened.page.locator("#fold").uncheck()  # the whole graph opens with its topics folded
    opened.page.locator('#legend-classes input[data-class="Topic"]').uncheck()
    hidden = opened.js(
        """() => kgView.data.nodes.map(n => [n.cls, Boolean(kgView.nodes.get(n.id).hidden)])"""
    )
    assert {cls for cls, is_hidden in hidden if is_hidden} == {"Topic"}
    assert all(is_hidden for cls, is_hidden in hidden if cls == "Topic")


def test_demo_ego_view_and_actor_view_load_with_their_counts(
    seed_context: ViewContext,
    demo_views: list[Path],
    output: Path,
    open_view: Callable[[Path], Opened],
) -> None:
    assert [p.name for p in demo_views] == ["graph.html", "dubai-meeting-2025-01.html"]
    ego = select(seed_context, ViewOptions(centers=("dubai-meeting-2025-01",)))
    actors = select(seed_context, ViewOptions(actors=True))
    for view, path in ((ego, demo_views[1]), (actors, write(actors, output / "actors.html"))):
        opened = open_view(path)
        assert opened.errors == [] and opened.remote == []
        counts = opened.js("[kgView.nodes.length, kgView.edges.length]")
        assert counts == [view.graph.number_of_nodes(), view.graph.number_of_edges()]
        assert opened.page.locator("#legend-classes li").count() > 1
    # 000: "Vikram Misri met with Afghanistan’s acting Foreign Minister Amir Khan Muttaqi"
    opened = open_view(demo_views[1])
    assert opened.js("kgView.network.getSelectedNodes()") == [opened.node_id(DUBAI)]
    assert not opened.hidden(MUTTAQI)


def test_hostile_labels_show_as_text_and_never_run(
    tmp_path: Path, open_view: Callable[[Path], Opened]
) -> None:
    view = select(hostile_context(tmp_path), ViewOptions(title=HOSTILE_LABEL))
    opened = open_view(write(view, tmp_path / "hostile.html"))
    page = opened.page
    assert page.locator("h1").inner_text() == HOSTILE_LABEL
    assert HOSTILE_HEADLINE in page.locator("#sources").inner_text()
    page.fill("#search", HOSTILE_ALIAS)
    page.press("#search", "Enter")
    assert page.locator("#details-body h3").first.inner_text() == HOSTILE_LABEL
    assert HOSTILE_ALIAS in page.locator("#details-body").inner_text()
    hostile = opened.js("kgView.network.getSelectedNodes()[0]")
    opened.js("id => kgView.network.unselectAll()", hostile)
    spot = opened.js(
        """id => { const p = kgView.network.canvasToDOM(kgView.network.getPositions([id])[id]);
                   const box = document.getElementById('network').getBoundingClientRect();
                   return [box.left + p.x, box.top + p.y]; }""",
        hostile,
    )
    page.mouse.move(spot[0] + 40, spot[1] + 40)
    page.mouse.move(spot[0], spot[1], steps=5)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert HOSTILE_LABEL in tooltip.inner_text()
    assert page.evaluate("document.querySelectorAll('img, [onerror]').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 4
    assert opened.dialogs == []
    assert opened.errors == []


def test_two_thousand_nodes_are_ready_in_seconds(
    tmp_path: Path, open_view: Callable[[Path], Opened]
) -> None:
    import time

    context = synthetic_context(2000)
    view = select(context, ViewOptions())
    with pytest.raises(ViewTooLargeError):
        select(context, ViewOptions(max_nodes=1999))
    path = write(view, tmp_path / "large.html")
    started = time.monotonic()
    opened = open_view(path)
    assert time.monotonic() - started < 10  # measured about 1 s; with physics, about 50 s
    assert opened.js("[kgView.nodes.length, kgView.edges.length]") == [2000, 1000]
    assert opened.errors == []


def synthetic_context(count: int) -> ViewContext:
    """Meetings with one participant each: cheap to lay out, many nodes to draw."""
    import networkx as nx

    from kg.graph.model import Evidence, Fact
    from kg.graph.terms import ClassInfo
    from kg.viz.context import SourceInfo

    kg = "https://w3id.org/kgdiplo/ontology#"
    graph = nx.MultiDiGraph()
    evidence = [Evidence("s1", "met")]
    for number in range(count // 2):
        event, person = f"{ID}meeting-{number}", f"{ID}person-{number}"
        graph.add_node(
            event,
            label=f"Meeting {number}",
            type=kg + "Meeting",
            type_label="Meeting",
            is_event=True,
            aliases=[],
            facts=[Fact(kg + "hasTime", "has time", "2025-01", evidence)],
            earliest="2025-01-01",
            latest="2025-01-31",
            when=["2025-01"],
        )
        graph.add_node(
            person,
            label=f"Person {number}",
            type=kg + "Person",
            type_label="Person",
            is_event=False,
            aliases=[],
            facts=[],
            earliest="",
            latest="",
            when=[],
        )
        graph.add_edge(
            event,
            person,
            key=kg + "hasParticipant",
            predicate=kg + "hasParticipant",
            label="has participant",
            sources=evidence,
            disputed=False,
        )
    classes = {
        kg + "Meeting": ClassInfo(kg + "Meeting", "Meeting", frozenset({kg + "Meeting"})),
        kg + "Person": ClassInfo(kg + "Person", "Person", frozenset({kg + "Person"})),
    }
    sources = {"s1": SourceInfo("s1", "Synthetic", "2025-02-01")}
    return ViewContext(graph, sources, classes, frozenset({kg + "hasParticipant"}))
