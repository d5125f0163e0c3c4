"""The project's namespaces as plain strings, for code that must not load rdflib.

:mod:`kg.namespaces` makes rdflib namespaces of these same strings (a test
checks that they agree); the lookups on an Oxigraph store compare and write
IRIs as text and never import rdflib, so that a lookup starts in a fraction
of a second. Rows of a store's SELECT give an IRI as :class:`IRI`, a ``str``.
"""

from __future__ import annotations

import re
import sys

BASE = "https://w3id.org/kgdiplo/"

NAMESPACES: dict[str, str] = {
    "kg": BASE + "ontology#",
    "kgr": BASE + "id/",
    "src": BASE + "source/",
    "kgg": BASE + "graph/",
    "claim": BASE + "claim/",
    "dispute": BASE + "dispute/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
    "org": "http://www.w3.org/ns/org#",
    "oa": "http://www.w3.org/ns/oa#",
    "qudt": "http://qudt.org/schema/qudt/",
    "unit": "http://qudt.org/vocab/unit/",
    "wd": "http://www.wikidata.org/entity/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}
"""Every prefix the queries may use, and its namespace."""

KG = NAMESPACES["kg"]
"""The project's ontology."""
KGR = NAMESPACES["kgr"]
"""Entities and events of the register."""

_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class IRI(str):
    """An IRI as a value of a SELECT row (a literal's value is a plain ``str``)."""

    __slots__ = ()


def is_iri(value: object) -> bool:
    """Whether a row's value is an IRI: an :class:`IRI`, or an rdflib ``URIRef``.

    rdflib is not imported for the test: where it is not loaded, no value is a
    ``URIRef``.

    >>> is_iri(IRI("https://w3id.org/kgdiplo/id/india")), is_iri("India")
    (True, False)
    """
    if isinstance(value, IRI):
        return True
    term = sys.modules.get("rdflib.term")
    return term is not None and isinstance(value, term.URIRef)


def iri_text(iri: str) -> str | None:
    """``<iri>`` as SPARQL writes it, or None for a text that no IRI can be.

    >>> iri_text("https://w3id.org/kgdiplo/id/india"), iri_text("a> } DROP ALL")
    ('<https://w3id.org/kgdiplo/id/india>', None)
    """
    return None if not iri or _NOT_IN_IRI.search(iri) else f"<{iri}>"
