"""Terms between pyoxigraph and rdflib."""

from __future__ import annotations

from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Node

_IRIS: dict[str, URIRef] = {}


_LITERALS: dict[tuple[str, str, str], Node] = {}
_XSD_STRING = str(XSD.string)
_XSD_DECIMAL = str(XSD.decimal)
_CACHE_LIMIT = 200_000  # bounded caches: terms repeat across rows and queries


def to_rdflib(term: Any) -> Node | None:
    """The rdflib term of a pyoxigraph term, literals already :func:`canonical`."""
    import pyoxigraph as ox

    if term is None:
        return None
    kind = type(term)
    if kind is ox.NamedNode:
        value = term.value
        iri = _IRIS.get(value)
        if iri is None:
            if len(_IRIS) > _CACHE_LIMIT:
                _IRIS.clear()
            iri = _IRIS[value] = URIRef(value)
        return iri
    if kind is ox.Literal:
        language = term.language or ""
        datatype = term.datatype.value
        key = (term.value, datatype, language)
        literal = _LITERALS.get(key)
        if literal is None:  # an rdflib Literal costs microseconds: typed ones parse their value
            if len(_LITERALS) > _CACHE_LIMIT:
                _LITERALS.clear()
            if language:
                made = Literal(term.value, lang=language)
            else:
                made = Literal(
                    term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype)
                )
            literal = _LITERALS[key] = (
                (canonical(made) or made) if datatype == _XSD_DECIMAL else made
            )
        return literal
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
            graph.add((s, p, canonical(o) or o))
        result.graph = graph
    return result
