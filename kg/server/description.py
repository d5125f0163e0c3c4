"""The SPARQL 1.1 Service Description that ``GET /sparql`` without a query answers.

It says what the endpoint is (SPARQL 1.1 Query only: no update), which result
formats it writes, that its default graph is the union of its named graphs,
and which named graphs the dataset holds (the only ones that FROM, FROM
NAMED, ``default-graph-uri`` and ``named-graph-uri`` may name).
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.namespace import RDF

from kg.namespaces import PREFIXES

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)
"""Each media type of :data:`kg.server.protocol.RESULT_TYPES` and ``GRAPH_TYPES``, by its
W3C format IRI."""


def service_description(endpoint: str, graphs: Iterable[str], fmt: str) -> bytes:
    """The description of the endpoint at ``endpoint`` whose dataset holds ``graphs``,
    serialized by rdflib as ``fmt`` (``turtle``, ``nt``, ``json-ld``, ``xml``)."""
    graph = Graph()
    graph.bind("sd", SD)
    graph.bind("formats", FORMATS)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    service, dataset, default = BNode(), BNode(), BNode()
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, URIRef(endpoint)))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in RESULT_FORMATS:
        graph.add((service, SD.resultFormat, FORMATS[name]))
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    for name in graphs:
        named = BNode()
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(name)))
    return graph.serialize(format=fmt, encoding="utf-8")
