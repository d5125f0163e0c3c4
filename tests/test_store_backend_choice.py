"""One place chooses how lookups read a store (kg.lookup.indexed.store_backend): its
link index where it has one, else SPARQL. `kg neighbours` and the other lookups, and
`kg demo`'s sample lookup, all take it from there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import ONTOLOGY, TinyCorpus


def _backend_of(tiny: TinyCorpus, store: Path, *, link_index: bool) -> Any:
    from kg.build.store import build_oxigraph
    from kg.lookup.indexed import store_backend
    from kg.stores.oxigraph import OxigraphStore

    build_oxigraph(store, tiny.data, ONTOLOGY, tiny.corpus, link_index=link_index)
    return store_backend(OxigraphStore(store))


def test_a_store_with_a_link_index_is_read_from_it_one_without_by_sparql(
    tiny: TinyCorpus,
) -> None:
    from kg.lookup.backend import StoreBackend
    from kg.lookup.indexed import IndexBackend

    assert isinstance(_backend_of(tiny, tiny.root / "a", link_index=True), IndexBackend)
    assert isinstance(_backend_of(tiny, tiny.root / "b", link_index=False), StoreBackend)


def test_kg_neighbours_and_the_demo_lookup_take_their_backend_from_store_backend(
    tiny: TinyCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.lookup.indexed as indexed
    from kg.cli import cli
    from kg.cli.build_commands import _demo_lookup
    from kg.cli.common import store_spec

    chosen: list[Any] = []
    original = indexed.store_backend

    def spy(store: Any) -> Any:
        chosen.append(original(store))
        return chosen[-1]

    monkeypatch.setattr(indexed, "store_backend", spy)
    store = f"oxigraph:{tiny.root / 'store'}"
    inputs = ["--data", str(tiny.data), "--ontology", str(ONTOLOGY), "--corpus", str(tiny.corpus)]
    built = CliRunner().invoke(cli, ["build", *inputs, "--store", store])
    assert built.exit_code == 0, built.output
    result = CliRunner().invoke(cli, ["neighbours", "misri", "--json", "--store", store, *inputs])
    assert result.exit_code == 0, result.output
    assert _demo_lookup(store_spec(store), "misri").entity.label == "Vikram Misri"
    assert [type(b).__name__ for b in chosen] == ["IndexBackend", "IndexBackend"]
