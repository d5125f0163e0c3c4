"""graph.trig declares every prefix its graphs use, also those rdflib makes up."""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef

from kg.build.serialize import to_trig


def test_a_namespace_kg_does_not_bind_still_parses_in_each_graph() -> None:
    dataset = Dataset()
    first = dataset.graph(URIRef("https://w3id.org/kgdiplo/graph/s1"))
    second = dataset.graph(URIRef("https://w3id.org/kgdiplo/graph/s2"))
    first.add((URIRef("urn:x:a"), URIRef("http://example.org/one#p"), Literal("1")))
    second.add((URIRef("urn:x:b"), URIRef("http://example.org/two#q"), Literal("2")))
    text = to_trig(dataset)
    back = Dataset()
    back.parse(data=text, format="trig")
    quads = set(back.quads((None, None, None, None)))
    assert quads == {
        (URIRef("urn:x:a"), URIRef("http://example.org/one#p"), Literal("1"), first.identifier),
        (URIRef("urn:x:b"), URIRef("http://example.org/two#q"), Literal("2"), second.identifier),
    }
