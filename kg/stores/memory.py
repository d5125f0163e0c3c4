"""The default store: rdflib's in-memory Dataset, built from the annotations."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from rdflib import Dataset, Literal, URIRef
from rdflib.query import Result

from kg.sparql import run
from kg.stores import rdflib_eval
from kg.stores.convert import canonical_result, is_absolute_iri

rdflib_eval.install()


class MemoryStore:
    description = "memory"

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    def query(self, text: str, bindings: Mapping[str, URIRef | Literal] | None = None) -> Result:
        dropped: list[str] = []
        result = canonical_result(run(self.dataset, text, bindings), dropped)
        if dropped:
            refuse_relative_iris(text)
        return result

    def close(self) -> None:
        pass


def refuse_relative_iris(text: str) -> None:
    """Raise QuerySyntaxError when the query text writes an IRI that is not absolute.

    The graph has no base IRI: Oxigraph refuses ``<rel>`` (or a prefix that
    stands for ``<rel/>``) as a syntax error, while rdflib takes it as it is.
    Called only when a result held such an IRI (rdflib parses the text again);
    one made by ``IRI("rel")`` leaves its variable unbound instead, as in
    Oxigraph (see :func:`kg.stores.convert.canonical_result`).
    """
    from kg.sparql import check
    from kg.sparql.errors import QuerySyntaxError

    for iri in _iris(check(text).query.algebra):
        if not is_absolute_iri(iri):
            raise QuerySyntaxError(
                f"SPARQL syntax error: <{iri}> is not an absolute IRI "
                "(the graph has no base IRI: write the IRI in full, or declare a BASE)"
            )


def _iris(node: object) -> Iterator[str]:
    """Every IRI (and datatype IRI) in a parsed query's algebra: its nodes, lists,
    templates and VALUES."""
    if isinstance(node, URIRef):
        yield str(node)
    elif isinstance(node, Literal) and node.datatype is not None:
        yield str(node.datatype)
    elif isinstance(node, Mapping):
        for key, value in node.items():
            yield from _iris(key)
            yield from _iris(value)
    elif isinstance(node, list | tuple | set | frozenset):
        for value in node:
            yield from _iris(value)
