"""The link index of a store (issue 21): the lookups read each node's claims from a file
written at build time, and answer exactly as from the store's SPARQL projection.

The seed is built once into an Oxigraph store in a temporary folder; the
index's projection of every node is compared with the store's, and the lookups'
JSON with the index and without it (the SPARQL projection, as before it).
Incremental builds keep the index a full build's, byte for byte:
tests/test_incremental_build.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.graph.links import HEADER, LINK_INDEX, LinkIndex
from kg.graph.multigraph import Multigraph
from kg.graph.projection import project
from kg.lookup.backend import StoreBackend
from kg.lookup.describe import describe
from kg.lookup.neighbours import neighbourhood
from kg.lookup.paths import find_paths
from kg.lookup.why import why
from kg.stores.generations import store_location
from kg.stores.oxigraph import OxigraphStore


@pytest.fixture(scope="module")
def store_path(seed_store: str) -> Path:
    """The seed's store, built once for the session (read here, never written)."""
    return Path(seed_store.partition(":")[2])


@pytest.fixture
def store(store_path: Path) -> Any:
    opened = OxigraphStore(store_path)
    yield opened
    opened.close()


def snapshot(graph: Any) -> tuple[list[Any], list[Any]]:
    """Nodes and edges in their order, every attribute with every span's claim IRI."""

    def plain(value: Any) -> Any:
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if hasattr(value, "__dataclass_fields__"):
            return repr(value)  # Evidence compares without its claim; repr shows it
        return value

    nodes = [(n, {k: plain(v) for k, v in d.items()}) for n, d in graph.nodes(data=True)]
    edges = [
        (s, o, k, {a: plain(v) for a, v in d.items()})
        for s, o, k, d in graph.edges(keys=True, data=True)
    ]
    return nodes, edges


def test_the_index_projects_every_node_as_the_store_does(store: Any) -> None:
    index = LinkIndex.of(store.folder)
    assert index is not None
    whole = project(store, None, factory=Multigraph)
    everything = list(whole.nodes)
    assert len(everything) > 100 and all(iri in index for iri in everything)
    events = [iri for iri in everything if whole.nodes[iri]["is_event"]]
    for nodes in [[iri] for iri in everything] + [everything, events[:40], everything[::7]]:
        for incoming in (True, False):
            expected = project(store, nodes, incoming=incoming, factory=Multigraph)
            assert snapshot(index.project(nodes, incoming=incoming)) == snapshot(expected), nodes


def test_a_name_outside_the_register_is_not_projected(store: Any) -> None:
    index = LinkIndex.of(store.folder)
    assert index is not None
    assert snapshot(index.project(["https://example.org/nobody"])) == ([], [])


def test_a_store_without_an_index_is_read_by_sparql(tmp_path: Path) -> None:
    assert LinkIndex.of(tmp_path) is None
    assert LinkIndex.of(None) is None


def lookups(backend: StoreBackend) -> list[Any]:
    """The JSON of a depth-2 neighbourhood, a description, paths and a why."""
    return [
        neighbourhood(backend, "Muttaqi", depth=2).as_json(),
        neighbourhood(backend, "Vikram Misri", depth=1, via_events=False).as_json(),
        describe(backend, "J.P. Singh").as_json(),
        find_paths(backend, "Vikram Misri", "Muttaqi").as_json(),
        why(backend, "Vikram Misri", "holdsPosition", "foreign-secretary-of-india").as_json(),
        why(backend, "taliban-takeover-2021", "hasTime", "2021").as_json(),
    ]


def test_lookups_answer_the_same_with_the_index_and_without(store_path: Path) -> None:
    indexed = StoreBackend(OxigraphStore(store_path))
    assert indexed.index is not None
    by_sparql = StoreBackend(OxigraphStore(store_path))
    by_sparql.index = None  # as a store built before the index is read
    assert lookups(indexed) == lookups(by_sparql)


def test_the_index_is_in_the_generation_the_build_swapped_in(store_path: Path) -> None:
    text = (store_location(store_path) / LINK_INDEX).read_bytes()
    assert text.startswith(HEADER)
    lines = text[len(HEADER) :].split(b"\n")
    assert lines[-1] == b""
    iris = [line.split(b"\t", 1)[0] for line in lines[:-1]]
    assert iris == sorted(iris) and len(set(iris)) == len(iris)
    assert all(line.count(b"\t") == 4 for line in lines[:-1])


def test_an_index_written_otherwise_is_not_read(store_path: Path, tmp_path: Path) -> None:
    text = (store_location(store_path) / LINK_INDEX).read_bytes()
    (tmp_path / LINK_INDEX).write_bytes(b"# kg link index 0\n" + text[len(HEADER) :])
    assert LinkIndex.of(tmp_path) is None  # lookups then read the store by SPARQL
