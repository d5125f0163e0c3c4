"""Query results written in the standard formats, and terms for a human."""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from kg.namespaces import BASE, PREFIXES
from kg.sparql.errors import QueryError


def serialize_result(result: Result, fmt: str) -> bytes:
    """A result in a standard format with rdflib's serializers.

    SELECT/ASK: ``json``, ``xml``, ``csv``, ``tsv``. CONSTRUCT/DESCRIBE:
    ``turtle``, ``nt``, ``json-ld`` (and ``xml`` as RDF/XML).
    """
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if result.graph is None:
            raise QueryError("the query returned no graph")
        graph_format = {"nt": "nt", "ntriples": "nt", "json-ld": "json-ld", "xml": "xml"}.get(
            fmt, "turtle"
        )
        for prefix, namespace in PREFIXES.items():
            result.graph.bind(prefix, namespace)
        return result.graph.serialize(format=graph_format, encoding="utf-8")
    if fmt not in ("json", "xml", "csv", "tsv"):
        raise QueryError(f"a {result.type} result is written as json, xml, csv or tsv, not {fmt}")
    if fmt == "tsv":
        return _tsv(result)
    return result.serialize(format=fmt) or b""


def _tsv(result: Result) -> bytes:
    """SPARQL 1.1 TSV results (rdflib parses the format but has no serializer for it).

    The header names the variables with their ``?``; each term is written in its
    N-Triples/Turtle form, an unbound value as an empty field.
    """
    if result.type == "ASK":
        raise QueryError("an ASK result is written as json or xml")
    names = [str(v) for v in result.vars or []]
    lines = ["\t".join(f"?{name}" for name in names)]
    for row in result:
        values = row.asdict()  # type: ignore[union-attr]
        lines.append("\t".join(_tsv_term(values[n]) if n in values else "" for n in names))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _tsv_term(term: object) -> str:
    """A term on one line, in N-Triples syntax (literals always quoted, with escapes)."""
    from kg.nquads import term as ntriples_term

    if isinstance(term, Literal | URIRef | BNode):
        return ntriples_term(term)
    return str(term)


def term_text(term: object) -> str:
    """A term for a human: CURIEs for our IRIs, plain text for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(term).startswith(str(namespace)) and str(term).startswith(BASE):
                return f"{prefix}:{str(term)[len(str(namespace)) :]}"
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)
