"""Query results written in the standard formats, and terms for a human.

Every body written here parses with a standard parser: a value a format
cannot carry is refused with a :class:`QueryError` that names it (XML 1.0 has
no escape for most control characters, U+FFFE and U+FFFF; no UTF-8 text holds
half of a surrogate pair), and what a format can escape is escaped: a carriage
return in XML as ``&#13;`` (an XML parser turns a raw one into a newline), a
line break that a reader splitting on Unicode line ends would cut at (U+2028,
NEL, form feed...) as a ``\\u`` escape in TSV, and in a quoted field in CSV.
"""

from __future__ import annotations

import re

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from kg.namespaces import BASE, PREFIXES
from kg.sparql.errors import QueryError

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""A character outside XML 1.0's ``Char`` production (which includes the surrogates)."""
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""What ``str.splitlines`` (and readers built on it) ends a line at."""
_CSV_QUOTED = re.compile('[",' + _LINE_BREAKS + "]")
_TSV_ESCAPED = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
"""The line breaks a TSV term escapes besides tab, newline and carriage return
(:mod:`kg.build.nquads` escapes those): a form feed as ``\\f``, the rest as ``\\u``;
other control characters are legal in a Turtle string and stay as they are."""
_LITERAL_TEXT = re.compile(rb"(<literal[^>]*>)([ \t\n][^<]*|[^<]*[ \t\n])(</literal>)")
"""A literal in SPARQL XML whose text begins or ends with white space (its ``<``
and ``>`` are escaped in the text and in attribute values)."""
_EDGE_SPACE = re.compile(rb"^[ \t\n]+|[ \t\n]+$")
_GRAPH_FORMATS = {"nt": "nt", "ntriples": "nt", "json-ld": "json-ld", "xml": "xml"}


def serialize_result(result: Result, fmt: str) -> bytes:
    """A result in a standard format with rdflib's serializers.

    SELECT/ASK: ``json``, ``xml``, ``csv``, ``tsv`` (an ASK only as json or
    xml). CONSTRUCT/DESCRIBE: ``turtle``, ``nt``, ``json-ld`` (and ``xml`` as
    RDF/XML). Raises QueryError for a value the format cannot carry.
    """
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if result.graph is None:
            raise QueryError("the query returned no graph")
        graph_format = _GRAPH_FORMATS.get(fmt, "turtle")
        _check_graph(result, graph_format)
        for prefix, namespace in PREFIXES.items():
            result.graph.bind(prefix, namespace)
        if graph_format != "xml":
            return result.graph.serialize(format=graph_format, encoding="utf-8")
        try:
            body = result.graph.serialize(format="xml", encoding="utf-8")
        except ValueError as exc:  # a predicate with no XML local name: http://x/1, urn:a:1
            raise QueryError(
                f"RDF/XML cannot write this graph ({exc}); ask for Turtle, N-Triples or JSON-LD"
            ) from None
        return body
    if fmt not in ("json", "xml", "csv", "tsv"):
        raise QueryError(f"a {result.type} result is written as json, xml, csv or tsv, not {fmt}")
    if result.type == "ASK":
        if fmt in ("csv", "tsv"):
            raise QueryError("an ASK result is written as json or xml")
        return result.serialize(format=fmt) or b""
    _check_rows(result, fmt)
    if fmt == "tsv":
        return _tsv(result)
    if fmt == "csv":
        return _csv(result)
    body = result.serialize(format=fmt) or b""
    return _xml_escapes(body) if fmt == "xml" else body


def _xml_escapes(body: bytes) -> bytes:
    """rdflib's SPARQL XML, with character references where readers lose characters:
    a raw carriage return reaches an XML reader as a newline, and some readers
    (Oxigraph's) trim the white space around a literal's text, so it is written
    as references there, as Oxigraph's own writer does."""
    body = body.replace(b"\r", b"&#13;")
    return _LITERAL_TEXT.sub(_literal_edges, body)


def _literal_edges(match: re.Match[bytes]) -> bytes:
    start, text, end = match.groups()
    text = _EDGE_SPACE.sub(lambda space: b"".join(b"&#%d;" % c for c in space.group()), text)
    return start + text + end


def _check_rows(result: Result, fmt: str) -> None:
    """Refuse a SELECT value that ``fmt`` cannot carry, naming its variable."""
    bad = _NOT_XML if fmt == "xml" else _SURROGATE
    for row in result.bindings:
        for name, value in row.items():
            if isinstance(value, Literal) and (found := bad.search(value)):
                problem = _cannot_carry(found.group(), "JSON, CSV or TSV")
                raise QueryError(f"the value of ?{name} {problem}")


def _check_graph(result: Result, fmt: str) -> None:
    """Refuse a literal of a graph that ``fmt`` cannot carry, naming its triple."""
    assert result.graph is not None
    bad = _NOT_XML if fmt == "xml" else _SURROGATE
    for subject, predicate, obj in result.graph:
        if isinstance(obj, Literal) and (found := bad.search(obj)):
            problem = _cannot_carry(found.group(), "Turtle, N-Triples or JSON-LD")
            raise QueryError(f"the object of {_short(subject)} <{predicate}> {problem}")


def _cannot_carry(char: str, other_formats: str) -> str:
    code = f"U+{ord(char):04X}"
    if _SURROGATE.match(char):
        return f"holds {code}, half of a surrogate pair, which no UTF-8 text can carry"
    return f"holds {code}, which XML cannot carry; ask for {other_formats}"


def _short(term: Node) -> str:
    return f"_:{term}" if isinstance(term, BNode) else f"<{term}>"


def _csv(result: Result) -> bytes:
    """SPARQL 1.1 CSV results as rdflib writes them, but with a field quoted when it
    holds a line break of any kind (rdflib quotes only commas, quotes, CR and LF,
    and its own reader cuts lines at U+2028, NEL, form feed and the like)."""
    variables = result.vars or []
    lines = [",".join(str(v) for v in variables)]
    for row in result.bindings:
        # a row of one empty field is written "" (as Python's csv does): not a blank line
        lines.append(",".join(_csv_term(row.get(v)) for v in variables) or '""')
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _csv_term(term: object) -> str:
    if term is None:
        return ""
    text = f"_:{term}" if isinstance(term, BNode) else str(term)
    if _CSV_QUOTED.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _tsv(result: Result) -> bytes:
    """SPARQL 1.1 TSV results (rdflib parses the format but has no serializer for it).

    The header names the variables with their ``?``; each term is written in its
    N-Triples/Turtle form, an unbound value as an empty field, and a row for
    every solution, an empty one too (as the other formats write it).
    """
    variables = result.vars or []
    lines = ["\t".join(f"?{v}" for v in variables)]
    for row in result.bindings:
        lines.append("\t".join(_tsv_term(row.get(v)) for v in variables))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _tsv_term(term: object) -> str:
    """A term on one line, in N-Triples syntax (literals always quoted, with escapes)."""
    from kg.rdfterms import term as ntriples_term

    if term is None:
        return ""
    if isinstance(term, Literal | URIRef | BNode):
        text = ntriples_term(term)
        if _TSV_ESCAPED.search(text):
            return _TSV_ESCAPED.sub(_tsv_escape, text)
        return text
    return str(term)


def _tsv_escape(match: re.Match[str]) -> str:
    char = match.group()
    return "\\f" if char == "\f" else f"\\u{ord(char):04X}"


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
