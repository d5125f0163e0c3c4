"""The violation queries that restate a SHACL shape's ``sh:minCount`` (the embedded store's
build runs them instead of pySHACL, which is too slow there) ask what the shape asks: a
node of the shape's class with one value fewer than its minimum is found, a node with the
minimum is not. `kg review` reads the counts from the shapes (kg.build.shacl), so this
keeps the build's two readings of one rule the same."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD

from kg.build.shacl import RequiredCount, load_shapes, required_counts
from kg.sparql import load_catalogue, run
from tests.conftest import ONTOLOGY, ROOT

QUERIES = ROOT / "queries"
SH = Namespace("http://www.w3.org/ns/shacl#")
X = Namespace("urn:x:")
SHAPES = load_shapes(ONTOLOGY)


def _restated() -> list[tuple[str, RequiredCount]]:
    """The violation queries whose ``# shape:`` is a shape's minimum count, with it."""
    counts = {r.shape: r for r in required_counts(SHAPES)}
    found = []
    for query in load_catalogue(QUERIES).queries.values():
        if query.shape:
            need = counts.get(URIRef(SHAPES.namespace_manager.expand_curie(query.shape)))
            if need is not None:
                found.append((query.name, need))
    return sorted(found, key=lambda pair: pair[0])


def _value(shapes: Graph, shape: URIRef, index: int, graph: Dataset) -> URIRef | Literal:
    """A value the shape accepts but for its count: of its ``sh:class``, or its
    ``sh:datatype``."""
    datatype = shapes.value(shape, SH.datatype)
    if datatype == XSD.date:
        return Literal(f"2025-01-{index + 1:02d}", datatype=XSD.date)
    if isinstance(datatype, URIRef):
        return Literal(str(index), datatype=datatype)
    value = X[f"value{index}"]
    cls = shapes.value(shape, SH["class"])
    if isinstance(cls, URIRef):
        graph.add((value, RDF.type, cls))
    return value


RESTATED = _restated()


def test_the_minimum_counts_of_the_shapes_are_restated() -> None:
    assert {name for name, _ in RESTATED} >= {
        "event-without-time-violation",
        "meeting-with-fewer-than-two-actors-violation",
    }


@pytest.mark.parametrize(("name", "need"), RESTATED, ids=[n for n, _ in RESTATED])
def test_the_query_finds_one_value_short_of_the_minimum_and_no_more(
    name: str, need: RequiredCount
) -> None:
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    for values, reported in ((need.min_count - 1, True), (need.min_count, False)):
        dataset = Dataset()
        node = X["node"]
        dataset.add((node, RDF.type, need.target_class))
        for index in range(values):
            dataset.add((node, need.path, _value(SHAPES, need.shape, index, dataset)))
        rows = list(run(dataset, text, {}))
        assert (node in {row[0] for row in rows}) is reported, (name, values)  # type: ignore[index]
