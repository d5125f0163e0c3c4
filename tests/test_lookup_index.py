"""Lookups straight from the link index (issue 21, the 1M ``neighbours --depth 2`` target).

:class:`~kg.lookup.indexed.IndexBackend` reads a node's line for what a lookup
asks (its names, its facts or its claims) and builds no projected graph; its
answers are :class:`~kg.lookup.backend.StoreBackend`'s (which tests/test_link_index.py
holds to the store's SPARQL projection), lookup for lookup, on every node of the
seed; a walk reads the claims only of the nodes it walks from, and the facts only
of the nodes it shows.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.errors import KgError
from kg.graph.links import LinkIndex
from kg.lookup.backend import StoreBackend
from kg.lookup.indexed import IndexBackend
from kg.lookup.neighbours import neighbourhood
from kg.stores.oxigraph import OxigraphStore
from tests.test_link_index import lookups


@pytest.fixture(scope="module")
def store_path(seed_store: str) -> Path:
    """The seed's store, built once for the session (read here, never written)."""
    return Path(seed_store.partition(":")[2])


@pytest.fixture
def backends(store_path: Path) -> Iterator[tuple[IndexBackend, StoreBackend]]:
    store = OxigraphStore(store_path)
    indexed = IndexBackend.of(store)
    assert indexed is not None
    yield indexed, StoreBackend(store)
    store.close()


def around(backend: Any, iri: str, depth: int, via_events: bool) -> Any:
    """A neighbourhood's JSON, or the message when it has none."""
    try:
        return neighbourhood(backend, iri, depth=depth, via_events=via_events).as_json()
    except KgError as error:
        return str(error)


def test_the_index_backend_answers_every_lookup_as_the_store_backend(
    backends: tuple[IndexBackend, StoreBackend],
) -> None:
    indexed, projected = backends
    assert lookups(indexed) == lookups(projected)  # type: ignore[arg-type]
    everything = [name.iri for name in projected.names()]
    assert len(everything) > 100
    for iri in everything:
        for depth, via_events in ((1, True), (1, False), (2, True)):
            expected = around(projected, iri, depth, via_events)
            assert around(indexed, iri, depth, via_events) == expected, (iri, depth)


def test_a_store_without_an_index_keeps_the_store_backend(tmp_path: Path) -> None:
    class Folder:
        folder = tmp_path

    assert IndexBackend.of(Folder()) is None  # type: ignore[arg-type]
    assert IndexBackend.of(object()) is None  # type: ignore[arg-type]


def test_a_walk_reads_the_claims_only_of_the_nodes_it_walks_from(
    backends: tuple[IndexBackend, StoreBackend], monkeypatch: pytest.MonkeyPatch
) -> None:
    indexed, _ = backends
    read: dict[str, Counter[str]] = {"claims": Counter(), "facts": Counter()}

    def spy(kind: str, method: Any) -> Any:
        def reading(index: LinkIndex, iri: str) -> Any:
            read[kind][iri] += 1
            return method(index, iri)

        return reading

    monkeypatch.setattr(LinkIndex, "claims_of", spy("claims", LinkIndex.claims_of))
    monkeypatch.setattr(LinkIndex, "facts_of", spy("facts", LinkIndex.facts_of))
    result = neighbourhood(indexed, "Muttaqi", depth=1)
    centre = result.entity.iri
    events = {c.other(centre) for c in indexed.links(centre)} & {h.event for h in result.hops}
    assert len(events) > 2
    # the centre and its events, each once; no member's claims (depth 1 ends there)
    assert set(read["claims"]) == {centre} | events
    assert set(read["claims"].values()) == {1}
    # facts: of the nodes the answer shows (the hops' ends and events), each once
    assert set(read["facts"]) == set(result.nodes)
    assert set(read["facts"].values()) == {1}
    assert len(read["facts"]) < len(indexed.index._lines) / 4


def test_a_hop_lists_a_span_once_per_claim_in_key_order() -> None:
    from kg.graph.model import Claim, Evidence
    from kg.lookup.walk import Hop

    said = Evidence("s1", "Misri met Muttaqi", 0, 17, claim="c-misri")
    again = Evidence("s1", "Misri met Muttaqi", 0, 17, claim="c-misri")  # equal, not the same
    other = Evidence("s1", "Misri met Muttaqi", 0, 17, claim="c-muttaqi")  # the other leg's
    later = Evidence("s1", "in Dubai", 30, 38, claim="c-muttaqi")
    s2 = Evidence("s2", "the two met", 0, 11, claim="c-muttaqi-s2")
    misri = Claim("m", "p", "has participant", "misri", True, (said, again))
    muttaqi = Claim("m", "p", "has participant", "muttaqi", True, (later, s2, other))
    hop = Hop("misri", "muttaqi", (misri, muttaqi), event="m")
    # s2 names one leg only; the span quoted for both legs is there for each claim
    assert hop.source_ids() == ["s1"]
    assert [(s.start, s.claim) for s in hop.sources] == [
        (0, "c-misri"),
        (0, "c-muttaqi"),
        (30, "c-muttaqi"),
    ]
    no_twin = Hop("misri", "muttaqi", (misri.with_sources((said,)), muttaqi), event="m")
    assert no_twin.sources == hop.sources


def test_a_table_cell_skips_the_control_pattern_only_where_it_would_change_nothing() -> None:
    from kg.cli.output import _INVISIBLE, _visible

    escaped = [chr(c) for c in range(0x110000) if _INVISIBLE.match(chr(c))]
    assert len(escaped) > 60 and not any(ch.isprintable() for ch in escaped)
    assert _visible("a\u2028b\x1b[31m") == "a\\u2028b\\x1b[31m"
    assert _visible("Muttaqi — Āmir Khān 漢字") == "Muttaqi — Āmir Khān 漢字"


def test_a_lookup_on_an_indexed_store_loads_no_projection(store_path: Path) -> None:
    """The projection's SPARQL (kg.graph.projection, kg.lookup.backend) is for stores
    without an index: a lookup with one imports neither."""
    probe = """
import json, sys
from click.testing import CliRunner
from kg.cli import cli
result = CliRunner().invoke(cli, json.loads(sys.argv[1]))
assert result.exit_code == 0, result.output
assert '"edges"' in result.stdout
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("kg.graph", "kg.lookup")))))
"""
    command = [
        "neighbours",
        "amir-khan-muttaqi",
        "--depth",
        "2",
        "--store",
        f"oxigraph:{store_path}",
    ]
    done = subprocess.run(
        [sys.executable, "-c", probe, json.dumps([*command, "--json"])],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert "kg.lookup.indexed" in loaded
    assert "kg.graph.projection" not in loaded and "kg.lookup.backend" not in loaded
