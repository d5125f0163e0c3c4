"""An rdflib graph over a finished list of triples, indexed only when searched.

A CONSTRUCT answer from a store is often read once, from end to end (written
as N-Triples, or iterated). Indexing it as rdflib's memory store does costs
about as much as the query that made it (46 ms for 17,500 triples): here the
triples stay in their list until something asks for a pattern, adds or
removes one, and are indexed then.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rdflib import Graph
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


class ListedMemory(SimpleMemory):
    """SimpleMemory that holds its first triples (distinct) in a list until searched."""

    def __init__(self, triples: list[Triple]) -> None:
        super().__init__()
        self._listed: list[Triple] | None = triples

    def _index(self) -> None:
        listed, self._listed = self._listed, None
        if listed:
            add = super().add
            for triple in listed:
                add(triple, None, False)  # type: ignore[arg-type]

    def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
        if self._listed is not None:
            self._index()
        super().add(triple, context, quoted)

    def remove(self, triple: Any, context: Any = None) -> None:
        if self._listed is not None:
            self._index()
        super().remove(triple, context)

    def triples(self, triple_pattern: Any, context: Any = None) -> Iterator[Any]:
        listed = self._listed
        if listed is not None:
            subject, predicate, obj = triple_pattern
            if subject is None and predicate is None and obj is None:
                for triple in listed:
                    yield triple, iter(())
                return
            self._index()
        yield from super().triples(triple_pattern, context)

    def __len__(self, context: Any = None) -> int:
        if self._listed is not None:
            return len(self._listed)
        return super().__len__(context)


def listed_graph(triples: list[Triple]) -> Graph:
    """A graph of ``triples``, which must be distinct."""
    return Graph(store=ListedMemory(triples))
