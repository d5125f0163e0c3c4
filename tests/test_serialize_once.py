"""graph.ttl copies the triples once, into the graph it writes (it merged them into one graph,
then copied that into another with kg's prefixes: a third of the file's CPU)."""

from __future__ import annotations

from typing import Any

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.build.serialize import to_turtle

X = "https://example.org/"


def test_the_merged_turtle_adds_each_graphs_triples_once(monkeypatch: pytest.MonkeyPatch) -> None:
    dataset = Dataset()
    shared = (URIRef(X + "s"), URIRef(X + "p"), Literal("in both"))
    for name in ("a", "b"):
        graph = dataset.graph(URIRef(X + name))
        graph.add(shared)
        graph.add((URIRef(X + name), URIRef(X + "p"), Literal(name)))
    added: list[object] = []
    add = Graph.add

    def counted(self: Graph, triple: Any) -> Graph:
        added.append(triple)
        return add(self, triple)

    monkeypatch.setattr(Graph, "add", counted)
    text = to_turtle(dataset)
    assert len(added) == 4  # two graphs of two triples, each added once (the copy: +3)
    merged = Graph().parse(data=text, format="turtle")
    assert len(merged) == 3 and shared in merged
