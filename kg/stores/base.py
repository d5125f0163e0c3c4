"""What every store offers the commands: SPARQL queries with bound parameters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from rdflib import Literal, URIRef
from rdflib.query import Result


class GraphStore(Protocol):
    """A graph that answers SPARQL over the union of its named graphs.

    ``query`` applies the rules of :mod:`kg.sparql` (read-only, closed to the
    outside, parameters bound as terms) and returns an rdflib ``Result`` so that
    results print and serialize the same way whatever the store.
    """

    description: str

    def query(
        self, text: str, bindings: Mapping[str, URIRef | Literal] | None = None
    ) -> Result: ...

    def close(self) -> None: ...
