"""N-Quads written straight from rdflib terms, for bulk loading and sorted output.

rdflib's own N-Quads writer goes through its store; for a million quads it is
faster to format the lines here and hand them to Oxigraph's bulk loader.
The format is canonical N-Quads: IRIs in angle brackets, plain strings without
``^^xsd:string``, escapes for ``\\``, ``"``, newline, carriage return and tab, so
a term is always one line (:func:`kg.rdfterms.term`).
"""

from __future__ import annotations

from typing import TextIO

from rdflib import URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.build.emit import Triple
from kg.rdfterms import iri_text, term


def _triple_text(cache: dict[str, str], triple: Triple) -> str:
    """``s p o`` in N-Triples syntax, IRIs formatted once per graph and cached.

    The cache is keyed by the IRI as a plain ``str``: hashing and comparing
    rdflib terms runs Python code, a plain string's does not. Written out for
    the three positions rather than as a loop: it runs once per quad.
    """
    subject, predicate, obj = triple
    key = str(subject)
    s = cache.get(key) if type(subject) is URIRef else None
    if s is None:
        s = _node_text(cache, subject, key)
    key = str(predicate)
    p = cache.get(key)
    if p is None:
        p = _node_text(cache, predicate, key)
    if type(obj) is URIRef:
        key = str(obj)
        o = cache.get(key)
        if o is None:
            o = cache[key] = iri_text(key)
    else:
        o = term(obj)
    return f"{s} {p} {o}"


def _node_text(cache: dict[str, str], node: Node, key: str) -> str:
    if type(node) is URIRef:
        text = cache[key] = iri_text(key)
        return text
    return term(node)


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
    """Writes each triple twice for a named graph (in it, and in the merge)."""

    def __init__(self, sink: StreamingNQuadsSink, graph: str) -> None:
        self.sink, self.graph = sink, graph
        self.cache: dict[str, str] = {}
        self.suffix = f" {graph} .\n" if graph else " .\n"

    def add(self, triple: Triple) -> None:
        line = _triple_text(self.cache, triple)
        sink = self.sink
        if self.graph:
            sink.lines.append(f"{line}{self.suffix}{line} .\n")
        else:
            sink.lines.append(f"{line} .\n")
        sink.written += 1
        if len(sink.lines) >= sink.batch:
            sink.flush()


class StreamingNQuadsSink:
    """Streams the named graphs and their merge (the default graph) to an N-Quads file.

    Nothing is kept in memory beyond a batch of lines: a triple that two graphs
    share is written twice to the default graph, and the store's bulk loader
    keeps it once. For a store's load only; sorted output comes from
    :class:`NQuadsSink`. Call :meth:`flush` at the end.
    """

    def __init__(self, handle: TextIO, batch: int = 10_000) -> None:
        self.handle, self.batch = handle, batch
        self.lines: list[str] = []
        self.written = 0
        """Triples written (counting a triple once per graph it was written to)."""
        self._graphs: dict[URIRef, _StreamedGraph] = {}

    def graph(self, name: URIRef) -> _StreamedGraph:
        graph = self._graphs.get(name)
        if graph is None:
            label = "" if name == DATASET_DEFAULT_GRAPH_ID else term(name)
            graph = self._graphs[name] = _StreamedGraph(self, label)
        return graph

    def flush(self) -> None:
        """Hand the batched lines to the handle."""
        if self.lines:
            self.handle.write("".join(self.lines))
            self.lines = []
