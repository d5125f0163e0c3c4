"""The server's lookups (``/describe``, the query page's name completion, ``iri``
parameters) use the lookups' one backend: on an embedded store with a link index, the
index (issue 21: lookups that feel instant at 1M triples), answering as the SPARQL
projection does."""

from __future__ import annotations

import json
from pathlib import Path

from kg.lookup.backend import StoreBackend
from kg.lookup.indexed import IndexBackend
from kg.server.jobs import Lookups, look_up
from kg.stores.oxigraph import OxigraphStore


def test_a_worker_looks_up_through_the_link_index(seed_store: str) -> None:
    store = OxigraphStore(Path(seed_store.partition(":")[2]))
    try:
        lookups = Lookups(store)
        assert isinstance(lookups.backend, IndexBackend)
        described = look_up(lookups, "describe", "J.P. Singh")
        assert described.status == 200
        answer = json.loads(described.body)
        # the seed texts: "Jitender Pal Singh, the Indian foreign ministry's point-person
        # for Afghanistan" met Muttaqi in Kabul
        assert answer["entity"]["label"] == "J.P. Singh"
        projected = Lookups(store)
        projected._backend = StoreBackend(store)
        assert look_up(projected, "describe", "J.P. Singh").body == described.body
        names = json.loads(look_up(lookups, "names", "Muttaqi").body)
        assert [entry["label"] for entry in names][:1] == ["Amir Khan Muttaqi"]
        assert look_up(lookups, "describe", "no such person anywhere").status == 404
    finally:
        store.close()
