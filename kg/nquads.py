"""N-Quads written straight from rdflib terms, for bulk loading and sorted output.

rdflib's own N-Quads writer goes through its store; for a million quads it is
faster to format the lines here and hand them to Oxigraph's bulk loader.
The format is canonical N-Quads: IRIs in angle brackets, plain strings without
``^^xsd:string``, escapes for ``\\``, ``"``, newline, carriage return and tab, so
a term is always one line (the SPARQL TSV results writer uses it too).
"""

from __future__ import annotations

from typing import TextIO

from rdflib import BNode, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.rdfgraph import Triple

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
_IRI_UNSAFE = frozenset('<>"{}|^`\\ \n\r\t')
_XSD_STRING = str(XSD.string)


def term(node: Node) -> str:
    """One term in N-Triples syntax.

    >>> term(Literal("a \\"b\\""))
    '"a \\\\"b\\\\""'
    >>> term(Literal("2025-01-08", datatype=XSD.date))
    '"2025-01-08"^^<http://www.w3.org/2001/XMLSchema#date>'
    >>> print(term(URIRef("https://example.org/a<b")))
    <https://example.org/a\\u003Cb>
    """
    if isinstance(node, URIRef):
        return _iri(str(node))
    if isinstance(node, Literal):
        quoted = '"' + str(node).translate(_ESCAPES) + '"'
        if node.language:
            return f"{quoted}@{node.language}"
        datatype = node.datatype
        if datatype is not None and str(datatype) != _XSD_STRING:
            return f"{quoted}^^<{datatype}>"
        return quoted
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"not an RDF term: {node!r}")


def _iri(text: str) -> str:
    if _IRI_UNSAFE.isdisjoint(text):
        return f"<{text}>"
    return "<" + "".join(f"\\u{ord(c):04X}" if c in _IRI_UNSAFE else c for c in text) + ">"


def _triple_text(cache: dict[str, str], triple: Triple) -> str:
    """``s p o`` in N-Triples syntax, IRIs formatted once per graph and cached.

    The cache is keyed by the IRI as a plain ``str``: hashing and comparing
    rdflib terms runs Python code, a plain string's does not.
    """
    parts = []
    for node in triple:
        if type(node) is URIRef:
            key = str(node)
            text = cache.get(key)
            if text is None:
                text = cache[key] = _iri(key)
        else:
            text = term(node)
        parts.append(text)
    return f"{parts[0]} {parts[1]} {parts[2]}"


class _GraphLines:
    """The triples of one graph, each written once as ``s p o``."""

    def __init__(self, triples: set[str]) -> None:
        self.lines: list[str] = []
        self.merged = triples
        self.cache: dict[str, str] = {}

    def add(self, triple: Triple) -> None:
        line = _triple_text(self.cache, triple)
        self.lines.append(line)
        self.merged.add(line)


class NQuadsSink:
    """Collects each graph's triples as text, and the merge of all graphs."""

    def __init__(self) -> None:
        self.triples: set[str] = set()
        self._graphs: dict[URIRef, _GraphLines] = {}

    def graph(self, name: URIRef) -> _GraphLines:
        graph = self._graphs.get(name)
        if graph is None:
            graph = self._graphs[name] = _GraphLines(self.triples)
        return graph

    def graphs(self) -> dict[str, list[str]]:
        """Each graph's distinct triples by graph term ("" for the default graph)."""
        return {
            ("" if name == DATASET_DEFAULT_GRAPH_ID else term(name)): sorted(set(graph.lines))
            for name, graph in self._graphs.items()
        }

    def text(self) -> str:
        """The dataset (named graphs and default graph): sorted, de-duplicated N-Quads."""
        lines = [
            f"{triple} {name} .\n" if name else f"{triple} .\n"
            for name, triples in self.graphs().items()
            for triple in triples
        ]
        return "".join(sorted(lines))

    def named_text(self) -> str:
        """Only the named graphs, as N-Quads (what a store keeps beside the merge)."""
        return "".join(
            f"{triple} {name} .\n"
            for name, triples in self.graphs().items()
            if name
            for triple in triples
        )

    def merged_text(self) -> str:
        """The RDF merge of all the graphs, as N-Triples lines (a store's default graph)."""
        return "".join(f"{triple} .\n" for triple in self.triples)


class _StreamedGraph:
    """Writes each triple to the file twice for a named graph (in it, and in the merge)."""

    def __init__(self, handle: TextIO, graph: str, counter: list[int]) -> None:
        self.handle, self.graph, self.counter = handle, graph, counter
        self.cache: dict[str, str] = {}

    def add(self, triple: Triple) -> None:
        line = _triple_text(self.cache, triple)
        if self.graph:
            self.handle.write(f"{line} {self.graph} .\n{line} .\n")
        else:
            self.handle.write(f"{line} .\n")
        self.counter[0] += 1


class StreamingNQuadsSink:
    """Streams the named graphs and their merge (the default graph) to an N-Quads file.

    Nothing is kept in memory: a triple that two graphs share is written twice
    to the default graph, and the store's bulk loader keeps it once. For a
    store's load only; sorted output comes from :class:`NQuadsSink`.
    """

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.counter = [0]
        self._graphs: dict[URIRef, _StreamedGraph] = {}

    @property
    def written(self) -> int:
        """Triples written (counting a triple once per graph it was written to)."""
        return self.counter[0]

    def graph(self, name: URIRef) -> _StreamedGraph:
        graph = self._graphs.get(name)
        if graph is None:
            label = "" if name == DATASET_DEFAULT_GRAPH_ID else term(name)
            graph = self._graphs[name] = _StreamedGraph(self.handle, label, self.counter)
        return graph
