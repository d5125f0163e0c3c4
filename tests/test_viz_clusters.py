"""Folding topics into their events, and clusters by class or by community (issue 25).

In Debian's Chromium (the session's, tests/conftest.py), one page for the
module. The expected classes, counts and foldings are read from the fixture
annotations (tests/fixtures/seed), not from the page.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import networkx as nx
import pytest

from kg.viz import ViewContext, ViewOptions, select, write
from kg.viz.clusters import CLUSTER_ABOVE, FOLD_ABOVE, cluster_data
from tests.view_checks import ViewPage

SEED = Path(__file__).resolve().parent / "fixtures" / "seed"
ID = "https://w3id.org/kgdiplo/id/"
DUBAI = "dubai-meeting-2025-01"
SATELLITES = {"Topic", "Commodity", "Position"}


def rows(folder: str) -> Iterator[dict[str, str]]:
    for path in sorted((SEED / folder).glob("*.tsv")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
        yield from csv.DictReader((t for t in lines if not t.startswith("#")), delimiter="\t")


ENTITY_TYPES = {row["id"]: row["type"] for row in rows("entities")}


class Page(ViewPage):
    def node_id(self, entity: str) -> int:
        return super().node_id(ID + entity)

    def hidden(self, ids: list[int]) -> list[bool]:
        return list(self.js("ids => ids.map(id => Boolean(kgView.nodes.get(id).hidden))", ids))


@pytest.fixture(scope="module")
def page(browser: Any) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.route(
        "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
    )
    tab = context.new_page()
    opened = Page(tab)
    tab.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: opened.errors.append(str(e)))

    def dialog(dialog: Any) -> None:
        opened.errors.append("dialog: " + dialog.message)
        dialog.dismiss()

    tab.on("dialog", dialog)
    yield opened
    context.close()


@pytest.fixture(scope="module")
def whole(seed_context: ViewContext, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("clusters")
    return write(select(seed_context, ViewOptions()), folder / "graph.html")


def test_whole_graph_opens_folded_and_unfolding_restores_the_topics(
    whole: Path, page: Page
) -> None:
    page.load(whole)
    satellites = [e for e, kind in ENTITY_TYPES.items() if kind in SATELLITES]
    ids = {entity: page.node_id(entity) for entity in satellites}
    assert len(ENTITY_TYPES) > FOLD_ABOVE  # the seed's whole graph is large: folded at first
    assert page.js("document.getElementById('fold').checked") is True
    # every topic, commodity and position with a neighbour is hidden; one with none stays
    linked = page.js("() => Object.keys(kgView.data.clusters.hosts).map(Number)")
    assert page.hidden(list(ids.values())) == [ids[e] in linked for e in satellites]
    assert not all(ids[e] in linked for e in satellites)  # regional-connectivity hangs on none
    # the Dubai meeting's badge counts the satellites its claims link it to
    near = {
        other
        for row in rows("claims")
        for one, other in ((row["subject"], row["object"]), (row["object"], row["subject"]))
        if one == DUBAI and ENTITY_TYPES.get(other) in SATELLITES
    }
    assert len(near) == 6  # bilateral relations, trade, terrorism, security concerns, ...
    dubai = page.node_id(DUBAI)
    folded = page.js("kgView.clusters.folded()")
    assert sorted(folded[str(dubai)]) == sorted(ids[e] for e in near)
    # its tooltip names them, and its panel still lists each with its evidence
    page.js("id => kgView.showNode(id)", dubai)
    panel = page.page.locator("#details-body").inner_text()
    assert "Sports, particularly cricket" in panel and "Folded in (6)" in page.js(
        "id => kgView.tipOf('node', id)", dubai
    )
    assert "001_75a9f5a7441c5fc0" in panel
    # focusing a folded topic (its link in the panel, or the search) unfolds it alone
    page.page.locator("#details-body button.link", has_text="Sports, particularly cricket").click()
    sports = ids["sports-cooperation"]
    assert page.hidden([sports, ids["trade"]]) == [False, True]
    assert page.js("kgView.network.getSelectedNodes()") == [sports]
    # untick: every one is back, with its edges
    page.page.locator("#fold").uncheck()
    assert page.hidden(list(ids.values())) == [False] * len(ids)
    assert page.js("kgView.clusters.folded()") == {}
    assert page.js(
        "id => kgView.data.edges.filter(e => e.from === id || e.to === id)"
        ".every(e => !kgView.edges.get(e.id).hidden)",
        ids["trade"],
    )
    assert page.errors == []


def test_clusters_by_class_one_per_class_with_its_count_and_a_click_opens_one(
    whole: Path, page: Page
) -> None:
    page.load(whole)
    page.page.locator("#fold").uncheck()
    page.page.select_option("#cluster-by", "class")
    shown = page.js("kgView.clusters.list()")
    counts = {item["key"]: len(item["members"]) for item in shown}
    assert counts == {f"class:{kind}": n for kind, n in Counter(ENTITY_TYPES.values()).items()}
    label = next(item["label"] for item in shown if item["key"] == "class:Person")
    assert label == f"Person\n{Counter(ENTITY_TYPES.values())['Person']} nodes"
    # a long class name wraps: the clusters of a class are cells of a grid
    third = next(item["label"] for item in shown if item["key"] == "class:ThirdLocationMeeting")
    assert third == "Third-location\nmeeting\n1 node"
    # every original node is hidden in its cluster; the clusters' edges stand for theirs
    assert page.js("kgView.data.nodes.every(n => kgView.nodes.get(n.id).hidden)")
    assert page.js("kgView.edges.get({filter: e => !e.hidden}).every(e => e.kgCluster)")
    # a click on the Person cluster opens it: the persons are drawn again
    persons = [page.node_id(e) for e, kind in ENTITY_TYPES.items() if kind == "Person"]
    spot = page.js(
        """() => { const p = kgView.network.getPositions(['cluster:class:Person'])['cluster:class:Person'];
                   return kgView.network.canvasToDOM(p); }"""
    )
    box = page.page.locator("#network canvas").bounding_box()
    page.page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
    assert page.hidden(persons) == [False] * len(persons)
    keys = {item["key"] for item in page.js("kgView.clusters.list()")}
    assert "class:Person" not in keys and len(keys) == len(counts) - 1
    assert page.js("kgView.nodes.get('cluster:class:Person')") is None
    # the button closes them all
    page.page.click("#cluster-close")
    assert len(page.js("kgView.clusters.list()")) == len(counts)
    page.page.select_option("#cluster-by", "none")
    assert page.js("kgView.nodes.get({filter: n => Boolean(n.kgCluster)}).length") == 0
    assert page.errors == []


def test_community_clusters_put_the_dubai_meeting_with_misri_and_name_muttaqis_own(
    whole: Path, page: Page
) -> None:
    # Misri's one meeting with the Taliban is the Dubai meeting; Muttaqi took part in
    # many events (Kabul, China, Iran, Dubai): every method of igraph (multilevel,
    # Leiden, walktrap, infomap) makes him the hub of a community of his own
    page.load(whole)
    page.page.select_option("#cluster-by", "community")
    dubai, misri, muttaqi = (page.node_id(e) for e in (DUBAI, "vikram-misri", "amir-khan-muttaqi"))
    shown = page.js("kgView.clusters.list()")
    around = [next(c for c in shown if node in c["members"]) for node in (dubai, misri, muttaqi)]
    assert around[0]["id"] == around[1]["id"] != around[2]["id"]
    # each labelled with its hubs and its count: Muttaqi's by his name first
    for cluster in shown:
        assert cluster["label"].endswith(f"\n{len(cluster['members'])} nodes")
    # drawn 14 pixels high on screen, whatever the zoom the fit chose
    page.page.wait_for_timeout(150)
    on_screen = page.js(
        "id => kgView.nodes.get(id).font.size * Math.min(kgView.network.getScale(), 1)",
        around[0]["id"],
    )
    assert 13 <= on_screen <= 15
    assert around[2]["label"].startswith("Amir Khan Muttaqi,")
    # a double click opens one too (its first click does)
    spot = page.js(
        "id => kgView.network.canvasToDOM(kgView.network.getPositions([id])[id])", around[2]["id"]
    )
    box = page.page.locator("#network canvas").bounding_box()
    page.page.mouse.dblclick(box["x"] + spot["x"], box["y"] + spot["y"])
    assert page.hidden(around[2]["members"]) == [False] * len(around[2]["members"])
    # looking for Misri opens his community and selects him
    page.page.fill("#search", "Misri")
    page.page.press("#search", "Enter")
    assert page.hidden([misri, dubai]) == [False, False]
    assert page.js("kgView.network.getSelectedNodes()") == [misri]
    assert not any(c["id"] == around[0]["id"] for c in page.js("kgView.clusters.list()"))
    assert page.errors == []


def test_a_hostile_label_in_a_cluster_stays_text(tmp_path: Path, page: Page) -> None:
    from tests.test_viz import HOSTILE_LABEL, hostile_context

    view = select(hostile_context(tmp_path), ViewOptions())
    page.load(write(view, tmp_path / "hostile.html"))
    assert not page.page.locator("#fold").is_visible()  # no topic, commodity or position
    page.page.select_option("#cluster-by", "community")
    hostile = page.js(
        "label => kgView.data.nodes.find(n => kgView.data.details[n.id].label === label).id",
        HOSTILE_LABEL,
    )
    cluster = next(c for c in page.js("kgView.clusters.list()") if hostile in c["members"])
    assert "<script>" in cluster["label"]  # drawn on the canvas as characters
    spot = page.js(
        "id => kgView.network.canvasToDOM(kgView.network.getPositions([id])[id])", cluster["id"]
    )
    box = page.page.locator("#network canvas").bounding_box()
    page.page.mouse.move(box["x"] + spot["x"] + 40, box["y"] + spot["y"] + 40)
    page.page.mouse.move(box["x"] + spot["x"], box["y"] + spot["y"], steps=3)
    tip = page.page.locator("div.kg-tip")
    tip.wait_for(state="visible", timeout=5_000)
    assert HOSTILE_LABEL in tip.inner_text()
    assert page.js("document.querySelectorAll('img, [onerror]').length") == 0
    page.page.select_option("#cluster-by", "class")
    assert page.js("document.querySelectorAll('img, [onerror]').length") == 0
    assert page.errors == []


def test_large_views_open_clustered_by_community_and_small_ones_as_they_are(
    seed_context: ViewContext,
) -> None:
    def view(count: int) -> Any:
        return SimpleNamespace(
            kind="actors", graph=nx.path_graph([f"n{i:04}" for i in range(count)])
        )

    def ids(count: int) -> dict[str, int]:
        return {f"n{i:04}": i for i in range(count)}

    assert cluster_data(view(CLUSTER_ABOVE + 1), ids(CLUSTER_ABOVE + 1))["by"] == "community"
    assert cluster_data(view(CLUSTER_ABOVE), ids(CLUSTER_ABOVE))["by"] == "none"
    ego = select(seed_context, ViewOptions(centers=(DUBAI,)))
    numbers = {node: n for n, node in enumerate(sorted(ego.graph.nodes))}
    small = cluster_data(ego, numbers)
    assert small["fold"] is False and small["hosts"]  # its topics are shown, and can fold
