"""RDF terms written and made one way, for every stage: a term's N-Triples text
(the N-Quads writer, the TSV results writer, the remote push) and an
xsd:decimal in canonical form (the build, and results read back from a store).

It imports rdflib alone, so the build, the stores and the SPARQL results can
all use it without depending on each other.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

_ESCAPE_MAP = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPES = str.maketrans(_ESCAPE_MAP)
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join(_ESCAPE_MAP)) + "]").search
_IRI_UNSAFE = re.compile("[" + re.escape('<>"{}|^`\\ \n\r\t') + "]")
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
        return iri_text(str(node))
    if isinstance(node, Literal):
        text = str(node)
        quoted = '"' + (text.translate(_ESCAPES) if _NEEDS_ESCAPE(text) else text) + '"'
        if node.language:
            return f"{quoted}@{node.language}"
        datatype = node.datatype
        if datatype is not None and str(datatype) != _XSD_STRING:
            return f"{quoted}^^<{datatype}>"
        return quoted
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"not an RDF term: {node!r}")


def iri_text(text: str) -> str:
    """An IRI in angle brackets, characters N-Triples forbids in one escaped."""
    if not _IRI_UNSAFE.search(text):
        return f"<{text}>"
    return "<" + _IRI_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04X}", text) + ">"


def decimal_literal(value: Decimal) -> Literal:
    """An xsd:decimal in canonical form ("300.0"), so that Turtle and N-Quads agree.

    >>> decimal_literal(Decimal("300")).n3()
    '"300.0"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    """
    text = format(value.normalize(), "f")
    return _decimal(text if "." in text else f"{text}.0")


@functools.lru_cache(maxsize=10_000)
def _decimal(text: str) -> Literal:
    return Literal(text, datatype=XSD.decimal)
