"""A store build makes the link index with Python's cyclic collector held off
(kg/build/collector.py), and leaves it as it found it."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

import kg.build.claim_rows
import kg.graph.links
from kg.build import build_oxigraph
from kg.build.collector import collector_paused
from tests.conftest import ONTOLOGY, ROOT, TinyCorpus


def test_the_link_index_is_made_with_the_collector_paused(
    tiny: TinyCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, bool]] = []
    rows, index = kg.build.claim_rows.claim_rows, kg.graph.links.write_link_index

    def claim_rows(lines: Any) -> Any:
        seen.append(("claims", gc.isenabled()))
        return rows(lines)

    def write_link_index(*args: Any) -> None:
        seen.append(("index", gc.isenabled()))
        index(*args)

    monkeypatch.setattr(kg.build.claim_rows, "claim_rows", claim_rows)
    monkeypatch.setattr(kg.graph.links, "write_link_index", write_link_index)
    assert gc.isenabled()
    store = tmp_path / "store"
    build_oxigraph(store, tiny.data, ONTOLOGY, tiny.corpus, queries_dir=ROOT / "queries")
    assert seen == [("claims", False), ("index", False)]
    assert gc.isenabled()
    assert (store / "latest" / "kg-links.tsv").is_file()


def test_the_collector_is_left_as_it_was() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off: not turned on
    finally:
        gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()
