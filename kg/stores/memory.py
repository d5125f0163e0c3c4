"""The default store: rdflib's in-memory Dataset, built from the annotations."""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import Dataset, Literal, URIRef
from rdflib.query import Result

from kg.sparql import run
from kg.stores.convert import canonical_result


class MemoryStore:
    description = "memory"

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    def query(self, text: str, bindings: Mapping[str, URIRef | Literal] | None = None) -> Result:
        return canonical_result(run(self.dataset, text, bindings))

    def close(self) -> None:
        pass
