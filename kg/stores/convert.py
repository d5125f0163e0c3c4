"""Terms between pyoxigraph and rdflib."""

from __future__ import annotations

import functools
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Node

_XSD_STRING = str(XSD.string)
_XSD_DECIMAL = str(XSD.decimal)


# Terms repeat across rows and queries, and making an rdflib term costs
# microseconds (a typed literal parses its value): the cache is keyed by the
# pyoxigraph term itself, whose hash and equality are computed in Rust without
# building the Python strings of its parts.
@functools.lru_cache(maxsize=200_000)
def to_rdflib(term: Any) -> Node | None:
    """The rdflib term of a pyoxigraph term, literals already :func:`canonical`."""
    if term is None:
        return None
    import pyoxigraph as ox

    kind = type(term)
    if kind is ox.NamedNode:
        return URIRef(term.value)
    if kind is ox.Literal:
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        typed = None if datatype == _XSD_STRING else URIRef(datatype)
        made = Literal(term.value, datatype=typed)
        return canonical_node(made) if datatype == _XSD_DECIMAL else made
    if kind is ox.BlankNode:
        return BNode(term.value)
    raise TypeError(f"unsupported term {term!r}")


def to_oxigraph(term: Node) -> Any:
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"unsupported term {term!r}")


def canonical(term: Node | None) -> Node | None:
    """One lexical form per value where stores differ: xsd:decimal as "300.0".

    Oxigraph writes decimals canonically ("300"), rdflib keeps the lexical form
    it was given; results are made comparable (and Turtle-safe) here.
    """
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        from decimal import Decimal, InvalidOperation

        from kg.rdfgraph import decimal_literal

        try:
            return decimal_literal(Decimal(str(term)))
        except InvalidOperation:
            return term
    return term


def canonical_node(term: Node) -> Node:
    """:func:`canonical` of a term that is there (a zero decimal is falsy: no ``or``)."""
    made = canonical(term)
    assert made is not None
    return made


def canonical_result(result: Result) -> Result:
    """The result with :func:`canonical` applied to every term."""
    if result.type == "SELECT":
        result.bindings = [
            {name: canonical(value) for name, value in row.items()}  # type: ignore[misc]
            for row in result.bindings
        ]
    elif result.type in ("CONSTRUCT", "DESCRIBE") and result.graph is not None:
        graph = Graph()
        for s, p, o in result.graph:
            graph.add((s, p, canonical_node(o)))
        result.graph = graph
    return result
