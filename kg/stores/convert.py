"""Terms between pyoxigraph and rdflib."""

from __future__ import annotations

import functools
import re
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Node

_XSD_STRING = str(XSD.string)
_XSD_DECIMAL = str(XSD.decimal)
_DECIMAL_LEXICAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


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
        return _typed(term.value, term.datatype.value)
    if kind is ox.BlankNode:
        return BNode(term.value)
    raise TypeError(f"unsupported term {term!r}")


# Oxigraph writes a SELECT's solutions as SPARQL TSV in Rust, faster than it
# hands them to Python one term object at a time; a term's text repeats across
# rows and queries, so its rdflib term is made once.
@functools.lru_cache(maxsize=200_000)
def from_tsv(text: str) -> Node | None:
    """The rdflib term of a term as Oxigraph writes it in SPARQL TSV results (as :func:`to_rdflib`).

    IRIs as ``<...>``, blank nodes as ``_:...``, literals in N-Triples syntax or in
    Turtle's short forms (``true``, ``1``, ``1.5``, ``1e3``); the empty text is an
    unbound value (None).
    """
    if not text:
        return None
    first = text[0]
    if first == "<":
        if text.startswith("<<"):
            raise TypeError(f"unsupported term {text}")
        return URIRef(text[1:-1])
    if first == "_":
        return BNode(text[2:])
    if first == '"':
        end = text.rindex('"')
        value = text[1:end]
        if "\\" in value:
            value = _ESCAPE.sub(_unescape, value)
        rest = text[end + 1 :]
        if not rest:
            return Literal(value)
        if rest[0] == "@":
            return Literal(value, lang=rest[1:])
        return _typed(value, rest[3:-1])  # ^^<...>
    if text in ("true", "false"):
        return _typed(text, str(XSD.boolean))
    if "e" in text or "E" in text:
        return _typed(text, str(XSD.double))
    if "." in text:
        return _typed(text, _XSD_DECIMAL)
    return _typed(text, str(XSD.integer))


def _typed(value: str, datatype: str) -> Node:
    """A typed literal as both readers make it: xsd:string plain, xsd:decimal canonical.

    A decimal that is not written as one ("1E999999999") is kept as written:
    rdflib would spell out its value, a billion digits.
    """
    if datatype == _XSD_DECIMAL:
        if not _DECIMAL_LEXICAL.fullmatch(value):
            return Literal(value, datatype=XSD.decimal, normalize=False)
        return canonical_node(Literal(value, datatype=XSD.decimal))
    return Literal(value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))


def _unescape(match: re.Match[str]) -> str:
    short, long, char = match.groups()
    if char is not None:
        return _ESCAPED.get(char, char)
    return chr(int(short or long, 16))


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
    it was given; results are made comparable (and Turtle-safe) here, every
    digit kept (Python's decimals round to 28 digits unless told otherwise). A
    literal that is not a valid xsd:decimal ("1E999999999") is left as written.

    >>> str(canonical(Literal("123456789012345678901234567890.50", datatype=XSD.decimal)))
    '123456789012345678901234567890.5'
    """
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        import decimal

        from kg.rdfterms import decimal_literal

        text = str(term)
        if not _DECIMAL_LEXICAL.fullmatch(text):
            return term
        # as many digits as the text has, and any exponent: exact, never an overflow
        with decimal.localcontext(decimal.Context(prec=len(text), Emax=decimal.MAX_EMAX)):
            return decimal_literal(decimal.Decimal(text))
    return term


def canonical_node(term: Node) -> Node:
    """:func:`canonical` of a term that is there (a zero decimal is falsy: no ``or``)."""
    made = canonical(term)
    assert made is not None
    return made


_ABSOLUTE_IRI = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*:"
    r"[^\s\x00-\x20\x7f-\x9f<>\"{}|\\^`\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]*"
)


_ABSOLUTE_IRI_MATCH = _ABSOLUTE_IRI.fullmatch


def is_absolute_iri(text: str) -> bool:
    """True for an absolute IRI that every RDF syntax can write: a scheme, and no
    space, control character, noncharacter or ``<>"{}|^`\\``.

    >>> is_absolute_iri("https://w3id.org/kgdiplo/id/x"), is_absolute_iri("rel")
    (True, False)
    """
    return _ABSOLUTE_IRI.fullmatch(text) is not None


def _checked(term: Node, dropped: list[str]) -> Node | None:
    """:func:`canonical` of a result's term, or None (its IRI noted in ``dropped``) for one
    that holds an IRI that is not absolute.

    Runs once per value of a result, so the types are told apart once, by exact
    type, and IRIs compared as plain strings (rdflib's own comparison and hash
    run Python code).
    """
    kind = type(term)
    if kind is URIRef:
        if _ABSOLUTE_IRI_MATCH(term):  # type: ignore[call-overload]
            return term
        dropped.append(str(term))
        return None
    if kind is Literal:
        datatype = term.datatype  # type: ignore[attr-defined]
        if datatype is None:
            return term
        if not _ABSOLUTE_IRI_MATCH(datatype):
            dropped.append(str(datatype))
            return None
        return canonical_node(term) if str.__eq__(datatype, _XSD_DECIMAL) else term
    if isinstance(term, URIRef | Literal):  # a subclass (rare): the general path
        return _checked(URIRef(term) if isinstance(term, URIRef) else Literal(term), dropped)
    return term


def canonical_result(result: Result, dropped: list[str] | None = None) -> Result:
    """The result with :func:`canonical` applied to every term, and none that holds an
    IRI that is not absolute (:func:`is_absolute_iri`).

    rdflib makes such IRIs (``IRI("rel")`` with no BASE, ``<rel>`` in the query
    text) and writes them unchecked; in SPARQL an IRI function that gives no
    absolute IRI is an error, which leaves its variable unbound, and a CONSTRUCT
    template triple that is not valid RDF is left out. So do they here, as in
    Oxigraph; their IRIs are added to ``dropped`` when given.
    """
    noted: list[str] = [] if dropped is None else dropped
    before = len(noted)
    if result.type == "SELECT":
        rows = []
        for row in result.bindings:
            checked = {name: _checked(value, noted) for name, value in row.items()}
            if len(noted) > before:  # a value was dropped, in this row or an earlier one
                checked = {name: value for name, value in checked.items() if value is not None}
            rows.append(checked)
        result.bindings = rows  # type: ignore[assignment]
    elif result.type in ("CONSTRUCT", "DESCRIBE") and result.graph is not None:
        graph = Graph()
        for triple in result.graph:
            s, p, o = (_checked(term, noted) for term in triple)
            if s is not None and p is not None and o is not None:
                graph.add((s, p, o))
        result.graph = graph
    return result
